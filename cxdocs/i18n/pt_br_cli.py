"""Palavras da linha de comando `cxdocs` em português do Brasil: ajuda e erros de uso.

Part of the pt-BR catalog (merged into cxdocs.i18n.pt_br's one table), as
cxdocs.i18n.en_cli is of the English one.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "cli.positionals": "argumentos posicionais",
    "cli.options": "opções",
    "cli.help": "mostra esta ajuda e sai",
    "cli.version": "mostra a versão do programa e sai",
    "cli.locale": "o idioma das mensagens quando nenhuma configuração indica um: en ou pt-BR "
    "(também CXDOCS_LOCALE)",
    "cli.usage": "uso",
    "cli.error": "erro",
    "cli.error.required": "faltam os argumentos obrigatórios: {names}",
    "cli.error.unrecognized": "argumentos desconhecidos: {names}",
    "cli.error.choice": "argumento {name}: escolha inválida: {value} (escolha entre {choices})",
    "cli.error.one_argument": "argumento {name}: espera um argumento",
    "cli.description": "Personas, jornadas do cliente e blueprints de serviço como código.",
    "cli.build.help": "escreve as páginas e diagramas gerados para Zensical, MkDocs, TechDocs...",
    "cli.build.description": "Escreve uma página em Markdown para cada persona, jornada, "
    "blueprint e visão de insights, com seus diagramas, imagens e o CSS/JS do visualizador, no "
    "docs_dir, onde qualquer motor de sites em Markdown as publica nos endereços que o plugin do "
    "MkDocs lhes dá (Zensical, MkDocs sem o plugin, Backstage TechDocs). O cxdocs nunca "
    "substitui nem remove um arquivo que não escreveu: uma página sua no mesmo lugar é mantida e "
    "publicada no lugar da gerada.",
    "cli.build.out": "uma pasta só do cxdocs em vez do docs_dir (as páginas ganham o nome dela "
    "nos endereços)",
    "cli.build.engine": "como os links são escritos: zensical (padrão) os lê a partir da pasta "
    "do arquivo Markdown; mkdocs (também ProperDocs, TechDocs, sem o plugin cxdocs) precisa "
    "deles relativos à página servida",
    "cli.build.strict": "falha também com avisos sobre o conteúdo",
    "cli.build.drafts": "publica também os rascunhos (draft: true), por exemplo para um site de "
    "revisão; o mesmo que a configuração 'drafts: true'",
    "cli.build.watch": "continua rodando: gera de novo sempre que o conteúdo ou as configurações "
    "mudam (ao lado do 'zensical serve', que então mostra a mudança); pare com Ctrl+C",
    "cli.check.help": "valida o conteúdo e aponta problemas em arquivo:linha:coluna",
    "cli.check.description": "Valida personas, jornadas e blueprints. Arquivos fora das pastas "
    "de conteúdo são ignorados, então o comando serve para hooks de pre-commit.",
    "cli.check.paths": "arquivos ou pastas a verificar (padrão: todo o conteúdo)",
    "cli.check.format": "text (padrão), github (anotações do Actions), gitlab (Code Quality) ou "
    "json",
    "cli.check.strict": "falha também com avisos",
    "cli.check.no-cache": "lê e valida todos os arquivos de novo, sem guardar nada na pasta de "
    "cache (por padrão, arquivos que não mudaram desde a última vez não são lidos de novo)",
    "cli.common.force": "substitui um arquivo de saída que não foi escrito pelo cxdocs (arquivos "
    "de conteúdo e de configurações nunca são substituídos)",
    "cli.diff.help": "mudanças de sentido entre duas revisões do git, para revisar pull requests",
    "cli.diff.description": "Compara personas, jornadas e blueprints em duas revisões do git e "
    "conta o que mudou para os clientes: emoções, pontos de dor, passos, ações, atividades do "
    "blueprint. Sempre sai com 0, a não ser que o comando seja usado errado.",
    "cli.diff.base": "revisão do git de onde comparar, por exemplo origin/main ou HEAD~1",
    "cli.diff.head": "revisão do git com que comparar (padrão: a árvore de trabalho, incluindo "
    "arquivos não commitados)",
    "cli.diff.format": "markdown (padrão: um comentário de PR ou resumo de etapa) ou json",
    "cli.diff.svg-dir": "escreve também em DIR (criada se faltar) um diagrama de cada jornada e "
    "blueprint que mudou, com as mudanças marcadas: <tipo>-<id>.svg",
    "cli.diff.max-chars": "encurta um relatório em Markdown mais longo para N caracteres, "
    "mudanças mais importantes primeiro (padrão: {default}, abaixo do limite de comentários do "
    "GitHub; 0: nunca); o JSON nunca é encurtado",
    "cli.diff.full-report": "onde os leitores encontram o relatório inteiro quando ele é "
    "encurtado (por exemplo a URL dos artefatos de uma execução do workflow)",
    "cli.export.help": "escreve uma jornada como diagrama Mermaid, arquivo CSV ou planilha do "
    "Excel",
    "cli.export.description": "Exporta uma jornada nos formatos que o `cxdocs import` lê: uma "
    "jornada Mermaid (emoções como notas de 1 a 5), ou uma linha por passo (CSV, Excel). Guia: "
    "{guide}import-export/",
    "cli.export.format": "mermaid, csv ou xlsx",
    "cli.export.path": "um arquivo de jornada",
    "cli.export.output": "onde escrever (padrão: <id>.mmd/.csv/.xlsx aqui; '-' para a saída "
    "padrão, não para xlsx); um arquivo .md recebe um bloco ```mermaid",
    "cli.export.template": "csv, xlsx: a planilha em branco para preencher, com um exemplo (sem "
    "PATH)",
    "cli.export.lang": "idioma dos cabeçalhos das colunas (padrão: o idioma do site)",
    "cli.export.delimiter": "csv: o delimitador (padrão ',')",
    "cli.history.help": "como cada jornada e blueprint mudou com o tempo, a partir do git",
    "cli.history.description": "Percorre os commits que mexeram em jornadas e blueprints, do "
    "mais novo para o mais antigo, e diz o que cada um mudou para os clientes, com os números "
    "depois dele.",
    "cli.history.paths": "arquivos ou pastas de jornadas ou blueprints (padrão: todas as "
    "jornadas e blueprints)",
    "cli.history.since": "só commits depois de DATE: 2026-01-31, ou '3 months ago'",
    "cli.history.format": "markdown (padrão) ou json",
    "cli.import.help": "cria uma jornada a partir de um diagrama Mermaid, um arquivo CSV ou uma "
    "planilha do Excel, ou fontes de pesquisa a partir de uma planilha de citações (--research)",
    "cli.import.description": "Cria um arquivo de jornada a partir de uma jornada Mermaid (.mmd, "
    "ou um bloco ```mermaid em Markdown), um arquivo CSV ou uma planilha .xlsx do Excel (uma "
    "linha por passo com uma linha de cabeçalho, ou a grade dos modelos de mapa de jornada). Com "
    "--research: fontes de pesquisa a partir de uma planilha de citações (CSV ou .xlsx: uma "
    "linha por citação, com colunas como Id, Source, Participant, Text, Tags, Private, como as "
    "ferramentas de pesquisa as exportam). Guia: {guide}import-export/",
    "cli.import.file": "o arquivo a importar",
    "cli.import.persona": "o id da persona da jornada (jornadas)",
    "cli.import.research": "FILE é uma planilha de citações: escreve fontes de pesquisa em "
    "research/",
    "cli.import.method": "--research: o método das fontes (interview, survey, usability-test...; "
    "padrão: interview)",
    "cli.import.title": "o título da jornada (ou da fonte) (padrão: tirado de FILE)",
    "cli.import.id": "o id da jornada (ou da fonte) (padrão: tirado do título)",
    "cli.import.output": "onde escrever (padrão: journeys/<id>.yaml ou research/<id>.yaml; '-' "
    "mostra uma jornada na tela); nunca substitui um arquivo",
    "cli.import.sheet": "Excel: a aba a ler (padrão: a primeira visível)",
    "cli.import.scale": "as emoções são notas de 1 a 5 (padrão: -2..+2)",
    "cli.init.help": "prepara um repositório: configurações, pastas, schemas, CI e hooks",
    "cli.init.description": "Cria o mkdocs.yml (ou zensical.toml), docs/index.md, as pastas de "
    "conteúdo, schemas e configurações para editores, um workflow do GitHub Actions, um job de "
    "CI do GitLab e uma configuração de pre-commit. Arquivos existentes nunca são substituídos.",
    "cli.init.dir": "padrão: aqui",
    "cli.init.locale": "idioma do conteúdo (padrão: CXDOCS_LOCALE, senão en)",
    "cli.init.theme": "material (padrão; precisa de cxdocs[site]) ou mkdocs, o tema que vem com "
    "o MkDocs",
    "cli.init.engine": "mkdocs (padrão: mkdocs.yml, o plugin cxdocs) ou zensical (zensical.toml; "
    "o CI roda cxdocs build, depois zensical build)",
    "cli.init.example": "acrescenta uma pequena persona, jornada e blueprint",
    "cli.new.help": "cria um arquivo válido e comentado de persona, jornada, blueprint ou fonte "
    "de pesquisa",
    "cli.new.kind": "o que criar",
    "cli.new.id": "o id, por exemplo primeira-compra (também o nome do arquivo); "
    "suporte/reembolso (ou journeys/suporte/reembolso) o põe numa subpasta: "
    "journeys/suporte/reembolso.yaml",
    "cli.new.persona": "jornada (e fonte): o id da persona (padrão: a única persona)",
    "cli.new.journey": "blueprint: o id da jornada que ele atende",
    "cli.options.config": "a configuração do site com as configurações do cxdocs (padrão: "
    "mkdocs.yml, mkdocs.yaml ou properdocs.yml aqui ou na pasta mais próxima acima)",
    "cli.render.help": "desenha um arquivo de jornada, blueprint ou persona (SVG, PNG ou PDF)",
    "cli.render.description": "Desenha o diagrama de um arquivo de conteúdo, para slides e "
    "documentos.",
    "cli.render.path": "um arquivo de jornada, blueprint ou persona",
    "cli.render.output": "onde escrever (padrão: <id>.<formato> na pasta atual; '-' para a saída "
    "padrão); com --slides, uma pasta (padrão: a atual)",
    "cli.render.slides": "corta uma jornada (por etapas) ou blueprint (por fases) em slides "
    "16:9, 1920x1080: um SVG ou PNG por slide, ou um PDF de várias páginas",
    "cli.render.format": "svg, png ou pdf (padrão: a extensão do arquivo de -o, senão svg)",
    "cli.schema.help": "escreve os JSON Schemas para editores",
    "cli.schema.description": "Escreve os JSON Schemas de persona, jornada e blueprint, gerados "
    "a partir do modelo que o `check` usa e conhecendo os canais e atores do repositório.",
    "cli.schema.out": "pasta onde escrever (padrão: {folder}/ ao lado do mkdocs.yml)",
    "cli.schema.check": "não escreve nada; sai com 1 se os arquivos em DIR faltarem ou estiverem "
    "desatualizados",
    "cli.serve.help": "pré-visualiza personas, jornadas e blueprints; edições salvas aparecem na "
    "hora",
    "cli.serve.description": "Serve as páginas do cxdocs e atualiza a página aberta no navegador "
    "assim que um arquivo de conteúdo é salvo (só o que mudou é desenhado de novo). O site "
    "publicado continua sendo o do seu motor (mkdocs build, cxdocs build + zensical).",
    "cli.serve.dev-addr": "onde servir (padrão 127.0.0.1:8000)",
    "cli.error.folder": "{path} é uma pasta; indique um arquivo dentro dela",
    "cli.error.no_file": "arquivo não encontrado: {path}",
    "cli.error.no_path": "arquivo ou pasta não encontrado: {paths}",
    "cli.error.not_a_folder": "{path} é um arquivo, não uma pasta",
}
