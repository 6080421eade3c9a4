"""Palavras dos problemas em português do Brasil: parte do catálogo pt-BR.

Kept apart from cxdocs.i18n.pt_br only for size, as cxdocs.i18n.en_problems is.
Keys, YAML keys and values the person writes (`action:`, `true`, `svg`) stay as
written in the files; only the sentences around them are Portuguese.
"""

from __future__ import annotations

# (the thing, "ao/à <thing>": the preposition agrees with the noun's gender)
_THINGS = {
    "journey": ("jornada", "à jornada"),
    "persona": ("persona", "à persona"),
    "blueprint": ("blueprint", "ao blueprint"),
    "source": ("fonte", "à fonte"),
    "settings": ("configurações do cxdocs", "às configurações do cxdocs"),
    "step": ("passo", "ao passo"),
    "stage": ("etapa", "à etapa"),
    "phase": ("fase", "à fase"),
    "action": ("ação", "à ação"),
    "metric": ("métrica", "à métrica"),
    "quote": ("citação", "à citação"),
    "finding": ("achado", "ao achado"),
    "focus": ("foco", "ao foco"),
    "empathy_map": ("mapa de empatia", "ao mapa de empatia"),
    "pain_point": ("ponto de dor", "ao ponto de dor"),
    "hand_off": ("passagem", "à passagem"),
    "customer_action": ("ação do cliente", "à ação do cliente"),
    "channel": ("canal", "ao canal"),
    "actor": ("ator", "ao ator"),
    "key": ("chave", "à chave"),
}

WORDS: dict[str, str] = {
    "problems.files_checked.one": "{n} arquivo verificado",
    "problems.files_checked.other": "{n} arquivos verificados",
    "problems.none": "{checked}: nenhum problema",
    "problems.errors.one": "{n} erro",
    "problems.errors.other": "{n} erros",
    "problems.warnings.one": "{n} aviso",
    "problems.warnings.other": "{n} avisos",
    "problems.error": "erro",
    "problems.warning": "aviso",
    "problems.hint": "dica",
    **{f"problem.thing.{key}": word for key, (word, _) in _THINGS.items()},
    **{f"problem.to.{key}": to for key, (_, to) in _THINGS.items()},
    "problem.thing.lane_item": "item de {lane}",
    "problem.to.lane_item": "ao item de {lane}",
    "problem.thing.list": "{name}",
    "problem.to.list": "em {name}",
    "problem.the.channel": "o canal",
    "problem.the.actor": "o ator",
    "problem.the.key": "a chave",
    "problem.where.named": "{thing} '{id}'",
    "problem.where.numbered": "{thing} {n}",
    "problem.where.of": "{item} ({owner})",
    "problem.subject.field": "'{field}'",
    "problem.subject.field_of": "'{field}' em {owner}",
    "problem.shown.mapping": "um mapeamento",
    "problem.shown.list": "uma lista",
    "problem.shown.nothing": "(nada)",
    "problem.did_you_mean": "; você quis dizer '{id}'?",
    "problem.did_you_mean.its": "; você quis dizer '{id}' (é o {what})?",
    "problem.did_you_mean.labelled": "; você quis dizer '{id}' ({what} '{label}')?",
    "problem.word.label": "rótulo",
    "problem.word.name": "nome",
    "problem.word.title": "título",
    "problem.word.text": "texto",
    "problem.and_more.one": "{shown} e mais {n}",
    "problem.and_more.other": "{shown} e mais {n}",
    "problem.missing.message": "falta o campo obrigatório '{field}' em {owner}",
    "problem.missing.hint": "acrescente '{field}: ...' {to}",
    "problem.unknown_key.message": "chave desconhecida '{key}' em {owner}{suggestion}",
    "problem.unknown_key.hint": "chaves aceitas: {keys}",
    "problem.not_an_option.message": "{subject} precisa ser um destes valores: {options}; "
    "está escrito {got}{suggestion}",
    "problem.not_an_option.hint": "use um destes: {options}{synonyms}",
    "problem.downloads.hint": "liste qualquer um de svg, png, pdf (por exemplo "
    "'downloads: [svg, pdf]'), ou escreva 'downloads: []' para não oferecer downloads",
    "problem.downloads.one_format": "escreva uma lista, mesmo de um formato só: "
    "'downloads: [{format}]'",
    "problem.emotion_range.message": "{subject} precisa estar entre -2 e +2; está escrito {got}",
    "problem.emotion_range.hint": "a emoção vai de -2 (muito negativa), passando por 0 (neutra), "
    "até +2 (muito positiva)",
    "problem.count_range.message": "{subject} precisa ser {least} ou mais; está escrito {got}",
    "problem.text_too_long.message": "{subject} tem {length} caracteres; "
    "os diagramas aceitam no máximo {limit}",
    "problem.text_too_long.hint": "deixe aqui o texto curto e leve o detalhe para uma "
    "'description' (ou o corpo em Markdown), que não tem limite",
    "problem.empty_list.message": "{subject} precisa ter pelo menos um item",
    "problem.empty_list.hint": "acrescente pelo menos um item em '{field}'",
    "problem.list_too_long.message.one": "{subject} tem mais de {n} item",
    "problem.list_too_long.message.other": "{subject} tem mais de {n} itens",
    "problem.list_too_long.why": "'why' é a cadeia dos cinco porquês: no máximo cinco",
    "problem.list_too_long.hint.one": "mantenha no máximo {n} item",
    "problem.list_too_long.hint.other": "mantenha no máximo {n} itens",
    "problem.bad_id.message": "{subject} não é um id válido{got}",
    "problem.bad_id.got": ": {got}",
    "problem.bad_id.hint": "ids usam letras minúsculas, dígitos e '-'{example}",
    "problem.bad_id.example": "; por exemplo '{id}'",
    "problem.empty_label.message": "{thing} '{id}' não tem rótulo: o site e os diagramas "
    "o mostrariam vazio",
    "problem.empty_label.hint": "escreva depois dos dois-pontos o nome que as pessoas veem, "
    "por exemplo '{id}: {example}', ou remova {the}",
    "problem.empty_label.example.channel": "Aplicativo",
    "problem.empty_label.example.actor": "Atendimento ao cliente",
    "problem.empty_label.example.key": "Aplicativo",
    "problem.not_whole.message": "{subject} precisa ser um número inteiro; está escrito {got}",
    "problem.not_a_number.message": "{subject} não é um número: {got}",
    "problem.not_finite.message": "{subject} precisa ser um número finito; está escrito {got}",
    "problem.not_a_flag.message": "{subject} precisa ser true ou false; está escrito {got}",
    "problem.model_rule": "{subject}: {rule}",
    "problem.rule.flag_or_text": "precisa ser true ou uma descrição (texto)",
    "problem.rule.flag_or_text.hint": "escreva true, ou uma descrição curta de como falha",
    "problem.rule.empty_label": "não tem rótulo",
    "problem.rule.empty_label.hint": "escreva depois dos dois-pontos o nome que as pessoas veem",
    "problem.rule.nps_counts": "um NPS dado por contagens precisa de promoters, "
    "passives e detractors",
    "problem.rule.nps_counts.hint": "dê as três contagens: promoters (9-10), passives (7-8), "
    "detractors (0-6)",
    "problem.rule.nps_no_answers": "um NPS precisa de pelo menos uma resposta; "
    "todas as contagens são 0",
    "problem.rule.nps_no_answers.hint": "ainda sem respostas: deixe o NPS de fora até "
    "alguém responder",
    "problem.rule.bad_icon": "precisa ser um emoji ou símbolo, não uma palavra",
    "problem.rule.bad_icon.hint": 'escreva a própria marca, por exemplo icon: "📱"; o nome vai '
    "em 'label'",
    "problem.rule.metric_without_value": "sem valor e sem contagens de NPS",
    "problem.rule.metric_without_value.hint": "acrescente 'value: ...', ou "
    "promoters/passives/detractors para um NPS",
    "problem.wrong_type.message": "{subject} precisa ser {expected}; está escrito {got}",
    "problem.wrong_type.empty": "'{field}' está vazio: escreva o valor depois dos dois-pontos, "
    "ou remova a chave",
    "problem.wrong_type.hint": "confira o tipo do valor: listas se escrevem '- item' ou [a, b]; "
    "ponha texto entre aspas",
    "problem.expected.string": "texto",
    "problem.expected.int": "um número inteiro",
    "problem.expected.float": "um número",
    "problem.expected.bool": "true ou false",
    "problem.expected.list": "uma lista",
    "problem.expected.dict": "um mapeamento",
    "problem.expected.model": "um mapeamento",
    "problem.expected.finite": "um número finito",
    "problem.expected.other": "outro tipo de valor",
    "problem.flag.unquote": "escreva {value} sem aspas",
    "problem.flag.lower_case": "escreva {value} em minúsculas (só true e false são sim/não)",
    "problem.flag.yes_no": "escreva true ou false (o YAML 1.2 lê yes, no, on e off como texto)",
    "problem.flag.hint": "escreva true ou false",
    "problem.flag.number": "escreva true ou false (1 e 0 são números)",
    "problem.number.not_finite": "infinito e não-número (.inf, .nan) não são medidas: "
    "escreva um número",
    "problem.number.emotion": "a emoção é um número inteiro de -2 (muito negativa), "
    "passando por 0, até +2 (muito positiva)",
    "problem.number.count": "{field} conta pessoas que responderam: um número inteiro, "
    "0 ou mais (nunca negativo)",
    "problem.number.nav_limit": "nav_limit é um número inteiro: seções com mais objetos "
    "listam só a página de índice na navegação; 0 lista tudo",
    "problem.number.cell_limit": "cell_limit é um número inteiro, 1 ou mais: quantos pontos "
    "de dor ou oportunidades uma célula do mapa da jornada mostra",
    "problem.number.sample": "sample conta os participantes (ou respostas, chamados, sessões) "
    "de uma fonte de pesquisa: um número inteiro, 0 ou mais",
    "problem.number.counts_answers": "{field} conta respostas: escreva um número inteiro",
    "problem.number.plain_minus": "um '-' simples como sinal de menos",
    "problem.number.plain_digits": "os dígitos 0-9",
    "problem.number.plain_both": "um '-' simples como sinal de menos e os dígitos 0-9",
    "problem.number.plain": "escreva o número com {what}: {field}: {plain}",
    "problem.number.unquote": "escreva o número sem aspas: {field}: {written}",
    "problem.number.underscore": "números do YAML 1.2 não têm separadores '_': "
    "escreva {bare} sem o sublinhado",
    "problem.number.lower_prefix": "escreva o prefixo em minúsculas: {field}: {written}",
    "problem.number.signed_prefix": "um número 0x ou 0o não leva sinal no YAML 1.2: "
    "escreva {field}: {decimal}",
    "problem.number.binary": "o YAML 1.2 não tem números binários: escreva {written}",
    "problem.number.flag_not_score": "{said} é um valor sim/não, não uma nota: {then}",
    "problem.number.flag_not_number": "{said} é um valor sim/não, não um número: {then}",
    "problem.number.flag_measure": "{said} é um valor sim/não, não um número: escreva a "
    'medida ({field}: 4.5), ou "{said}" entre aspas como texto numa nota',
    "problem.number.same_line": "escreva o número na linha da chave, sem | ou >: "
    "{field}: {written}",
    "problem.number.decimal_comma": "use ponto decimal, não vírgula: {written}",
    "problem.number.grouped": "escreva o número sem separador de milhar: {digits}",
    "problem.number.time": "um horário não é um número: escreva {decimal} (uma unidade, "
    'por exemplo horas, em unit:), ou mantenha "{written}" como texto numa nota',
    "problem.number.percent": "escreva o número sozinho e a unidade à parte: "
    '{field}: {number}, unit: "%"',
    "problem.number.fraction": "uma fração não é um número no YAML: escreva {field}: {decimal}",
    "problem.number.unit": "escreva o número sozinho e a unidade à parte: "
    "{field}: {number}, unit: {unit}",
    "problem.number.yes_no_text": "'{written}' é texto no YAML 1.2; {field} precisa de um número",
    "problem.number.hint": "escreva um número como 4.5 (ponto decimal, sem unidade); "
    "texto vai numa nota",
    "problem.number.thousands": "{written} é lido como fração; para milhares escreva {digits}",
    "problem.known": "existentes: {known}",
    "problem.not_defined": "{thing} '{id}' não existe{suggestion}",
    "problem.embed.malformed": "um bloco cxdocs tem uma linha só: 'journey: <id>', "
    "'blueprint: <id>' ou 'persona: <id>'{near}",
    "problem.embed.malformed.hint": "escreva dentro do bloco uma linha como "
    "'journey: <id da jornada>'",
    "problem.embed.no_empathy_map": "a persona '{id}' não tem mapa de empatia para desenhar",
    "problem.embed.no_empathy_map.hint": "acrescente um 'empathy_map' à persona, "
    "ou incorpore uma das jornadas dela",
    "problem.embed.no_diagram.persona": "nenhuma persona tem diagrama ainda",
    "problem.embed.no_diagram.journey": "nenhuma jornada tem diagrama ainda",
    "problem.embed.no_diagram.blueprint": "nenhum blueprint tem diagrama ainda",
    "problem.embed.unknown.hint": "um bloco cxdocs indica um id de {thing} ({listed})",
    "problem.yaml.documents": "o arquivo tem mais de um documento YAML",
    "problem.yaml.documents.hint": "mantenha um objeto por arquivo; remova a linha '---' a mais",
    "problem.yaml.alias": "o alias *{name} se refere a uma âncora que não foi definida acima",
    "problem.yaml.alias.hint": "defina &{name} antes de usar *{name}",
    "problem.yaml.alias.emphasis": "texto que começa com '*' (ênfase do Markdown?) precisa "
    'de aspas: "*importante* passo"',
    "problem.yaml.quote_open": "o texto entre aspas que começa aqui nunca é fechado",
    "problem.yaml.quote_open.hint": "feche as aspas que começam aqui "
    "(ou escape as aspas dentro do texto)",
    "problem.yaml.quote_runs_on": "feche com {quote} no fim desta linha; do jeito que está, "
    "o texto continua até o {quote} da linha {line}",
    "problem.yaml.tab": "não se pode usar um caractere de tabulação aqui",
    "problem.yaml.tab.hint": "recue com espaços: o YAML não aceita tabulação no recuo",
    "problem.yaml.list_open": "a lista aberta com '{bracket}' aqui nunca é fechada",
    "problem.yaml.list_open.hint": "acrescente o '{closing}' de fechamento no fim da lista; "
    "ponha entre aspas todo texto que tenha '{closing}' ou ','",
    "problem.yaml.mapping_open": "o mapeamento aberto com '{bracket}' aqui nunca é fechado",
    "problem.yaml.mapping_open.hint": "acrescente o '{closing}' de fechamento no fim do "
    "mapeamento; ponha entre aspas todo texto que tenha '{closing}' ou ','",
    "problem.yaml.apostrophe": "escreva um apóstrofo dentro de '...' como dois: 'Pedido d''Ajuda'",
    "problem.yaml.double_quote": 'escreva aspas dentro de "..." como \\": "Diga \\"oi\\""',
    "problem.yaml.after_quote": "o texto continua depois do {quote} de fechamento",
    "problem.yaml.after_quote.hint": "{inner}; ou use o outro tipo de aspas em volta do texto",
    "problem.yaml.no_space": "'{key}:{rest}' precisa de um espaço depois do ':'",
    "problem.yaml.no_space.hint": "escreva '{key}: {rest}': o YAML só lê 'chave: valor' "
    "com um espaço",
    "problem.yaml.colon_in_text": "o texto de '{key}' tem ': ', que o YAML lê como o "
    "início de outra chave",
    "problem.yaml.colon_in_text.hint": "ponha o texto entre aspas: {key}: {quoted}",
    "problem.yaml.colon_next_line": "o ':' de uma chave dentro de {{ }} ou [ ] precisa "
    "ficar na linha da chave",
    "problem.yaml.colon_next_line.hint": "suba o ':' e o valor para a linha da chave: "
    '{{"foo": "bar"}}',
    "problem.yaml.pair_no_value": "'{key}' não tem valor: dentro de [ ], '?' começa um par "
    "'chave: valor'",
    "problem.yaml.pair_no_value.hint": "ponha entre aspas o texto que começa com '?': \"?{key}\"",
    "problem.yaml.indented": "'{key}:' está mais recuado que a linha de cima",
    "problem.yaml.indented.hint": "o YAML lê isso como continuação do texto de '{above}'; "
    "recue '{key}:' como '{above}:'",
    "problem.yaml.read_as_alias": "texto que começa com '{char}' é lido como alias do YAML",
    "problem.yaml.read_as_anchor": "texto que começa com '{char}' é lido como âncora do YAML",
    "problem.yaml.too_many": "há um '{char}' sobrando aqui",
    "problem.yaml.too_many.hint": "remova-o, ou ponha o texto entre aspas se o '{char}' "
    "fizer parte dele",
    "problem.yaml.no_colon": "esta linha tem texto mas nenhum ':' depois de uma chave",
    "problem.yaml.context": "{context}: {problem}",
    "problem.yaml.not_allowed": "o texto tem um caractere que o YAML não aceita, {char}",
    "problem.yaml.not_allowed.hint": "apague-o; o arquivo pode ter sido danificado ou salvo "
    "em outro formato",
    "problem.yaml.emphasis": "texto que começa com '{char}' (ênfase do Markdown?) precisa "
    'de aspas: "{char}..."',
    "problem.yaml.quote_it": "texto que começa com '{char}' precisa de aspas",
    "problem.yaml.colon.hint": 'um valor com ": " precisa de aspas, por exemplo '
    'action: "Paga: por Pix"',
    "problem.yaml.indentation.hint": "confira o recuo desta linha em relação às linhas de cima",
    "problem.yaml.list_item.hint": "esta linha não é um item de lista ('- ...') como as de "
    "cima; recue-a ou acrescente '- '",
    "problem.yaml.key_value.hint": "escreva 'chave: valor' aqui, ou recue a linha para "
    "continuar o texto de cima",
    "problem.yaml.hint": "corrija a sintaxe YAML aqui; o erro de fato pode estar na linha de cima",
    "problem.yaml.too_deep": "o documento tem mais de {depth} níveis de aninhamento",
    "problem.yaml.too_deep.hint": "arquivos de conteúdo precisam de poucos níveis; "
    "achate a estrutura",
    "problem.yaml.too_complex": "o documento se expande para mais de {values} valores",
    "problem.yaml.too_complex.hint": "aliases (*nome) que repetem âncoras grandes multiplicam "
    "o tamanho do documento; escreva o conteúdo por extenso ou divida o arquivo",
    "problem.yaml.complex_key": "uma chave de mapeamento precisa ser texto simples, "
    "não uma lista nem um mapeamento",
    "problem.yaml.complex_key.hint": "escreva a chave como texto seguido de ':'",
    "problem.yaml.duplicate_key": "a chave '{key}' aparece duas vezes no mesmo mapeamento{where}",
    "problem.yaml.duplicate_key.first": " (a primeira na linha {line})",
    "problem.yaml.duplicate_key.hint": "o YAML fica só com a última; remova ou junte a repetida",
    "problem.yaml.tag": "tag YAML não suportada: {tag}",
    "problem.yaml.tag.hint": "arquivos de conteúdo usam YAML simples; remova a tag",
    "problem.yaml.tagged_not.int": "'{text}' não é um número inteiro",
    "problem.yaml.tagged_not.float": "'{text}' não é um número",
    "problem.yaml.tagged_not.bool": "'{text}' não é true nem false",
    "problem.yaml.tagged_not.null": "'{text}' não é null",
    "problem.yaml.unreadable_value": "não foi possível ler o valor: {message}",
    "problem.yaml.unreadable_value.hint": "ponha o valor entre aspas para mantê-lo como texto",
    "problem.yaml.control": "o texto tem um caractere de controle invisível, {char}",
    "problem.yaml.control.hint": "apague-o (os editores o mostram como uma caixinha ou como "
    "<0x..>); costuma vir de um editor que travou, de uma cópia ruim de PDF ou planilha, "
    "ou de um merge quebrado",
    "problem.yaml.conflict": "conflito de merge não resolvido: o arquivo ainda tem o "
    "marcador do git '{marker}'",
    "problem.yaml.conflict.hint": "fique com a versão que quiser entre '<<<<<<<' e "
    "'>>>>>>>', apague as linhas dos marcadores ('<<<<<<<', '=======', '>>>>>>>') e faça "
    "o commit",
    "problem.yaml.invisible.indentation": "{char} é usado como recuo; o YAML não o conta "
    "como espaço",
    "problem.yaml.invisible.after_colon": "{char} vem depois do ':'; o YAML não o conta "
    "como espaço",
    "problem.char.a": "o caractere {name}",
    "problem.char.an": "o caractere {name}",
    "problem.yaml.invisible.hint": "troque-o por um espaço comum (costuma vir de texto "
    "copiado de uma página web, do Word ou de um app de conversa)",
    "problem.yaml.comma.decimal": "vírgula decimal? escreva {point}; ou ponha o texto entre "
    'aspas: "{whole}"',
    "problem.yaml.comma.quote": 'ponha entre aspas o texto que tem vírgula: "{whole}"',
    "problem.yaml.comma.splits": "uma vírgula divide '{whole}' em dois: dentro de {{ }} "
    "a vírgula começa um novo campo",
    "problem.yaml.comma.no_value": "'{key}' não tem valor: dentro de {{ }} cada item é "
    "'chave: valor'",
    "problem.yaml.comma.no_value.hint": "escreva 'chave: valor', ou ponha entre aspas o "
    "texto que tem vírgula",
    "problem.escape.keep": "escreva o próprio caractere, uma barra invertida que faz parte "
    "do texto como \\\\ (\"C:\\\\Users\"), ou ponha o texto entre aspas simples ('...'), "
    "onde a barra invertida é um caractere comum",
    "problem.escape.two_halves": "'{written}' é um caractere escrito como duas metades "
    "UTF-16, como o JSON escreve; o YAML usa um escape por caractere",
    "problem.escape.two_halves.hint": "escreva o próprio caractere ({char}) ou {escape}",
    "problem.escape.half": "'{written}' é metade de um par substituto UTF-16, não um caractere",
    "problem.escape.unknown": "'{shown}' não é um escape que o YAML conheça em texto "
    "entre aspas duplas",
    "problem.escape.digits": "'\\{letter}' precisa de {size} dígitos hexadecimais "
    "(0-9, A-F), por exemplo {example}",
    "problem.escape.too_large": "'\\{written}' não é um caractere Unicode (o maior é \\U0010FFFF)",
    "problem.libyaml.indicator": "há um caractere que não pode começar nenhum elemento",
    "problem.libyaml.mapping_values": "um valor de mapeamento não é permitido neste contexto",
    "problem.libyaml.mapping_values_here": "um valor de mapeamento não é permitido aqui",
    "problem.libyaml.expected_key": "a chave esperada não foi encontrada",
    "problem.libyaml.expected_colon": "o ':' esperado não foi encontrado",
    "problem.libyaml.expected_dash": "o indicador '-' esperado não foi encontrado",
    "problem.libyaml.end_of_stream": "o arquivo termina antes da hora",
    "problem.libyaml.unknown_escape": "há um caractere de escape desconhecido",
    "problem.libyaml.block_mapping": "ao ler um mapeamento em bloco",
    "problem.libyaml.block_collection": "ao ler uma coleção em bloco",
    "problem.libyaml.flow_mapping": "ao ler um mapeamento entre {{ }}",
    "problem.libyaml.flow_sequence": "ao ler uma lista entre [ ]",
    "problem.libyaml.flow_node": "ao ler um valor entre [ ] ou {{ }}",
    "problem.libyaml.block_node": "ao ler um valor em bloco",
    "problem.libyaml.simple_key": "ao ler uma chave simples",
    "problem.libyaml.quoted_scalar": "ao ler um texto entre aspas",
    "problem.libyaml.plain_scalar": "ao ler um texto sem aspas",
    "problem.libyaml.block_scalar": "ao ler um texto em bloco",
    "problem.libyaml.alias": "ao ler um alias",
    "problem.libyaml.anchor": "ao ler uma âncora",
    "problem.libyaml.tag": "ao ler uma tag",
    "problem.libyaml.directive": "ao ler uma diretiva",
    "problem.libyaml.node": "ao ler um valor",
    "problem.libyaml.single_document": "era esperado um só documento",
    "problem.libyaml.expected_but_found": "era esperado {expected}, mas veio {found}",
    "problem.thing.lane_item_any": "item de raia",
    "problem.thing.research_source": "fonte de pesquisa",
    "problem.this.journey": "esta jornada",
    "problem.this.blueprint": "este blueprint",
    "problem.this.persona": "esta persona",
    "problem.a.persona": "uma persona",
    "problem.a.journey": "uma jornada",
    "problem.a.blueprint": "um blueprint",
    "problem.a.source": "uma fonte de pesquisa",
    "problem.folder_holds.persona": "personas",
    "problem.folder_holds.journey": "jornadas",
    "problem.folder_holds.blueprint": "blueprints",
    "problem.folder_holds.source": "pesquisa",
    "problem.ref.hint": "{hint} ({choices})",
    "problem.ref.none_yet": "nenhum definido ainda",
    "problem.ref.declare.mkdocs": "declare-o no mkdocs.yml em plugins > cxdocs > {section}",
    "problem.ref.declare.toml": "declare-o no zensical.toml em [project.extra.cxdocs.{section}]",
    "problem.ref.persona.hint": "crie um arquivo em personas/ com este id, ou corrija o id",
    "problem.ref.addresses.hint": "'addresses' lista ids de passos desta jornada",
    "problem.ref.improves.hint": "'improves' indica o id de uma jornada do estado atual",
    "problem.ref.journey.hint": "'journey' indica o id de uma jornada",
    "problem.ref.to.hint": "'to' lista ids de itens deste blueprint",
    "problem.ref.step.hint": "'step' indica um passo da jornada '{journey}'",
    "problem.ref.source_persona.hint": "escreva o id de um arquivo em personas/, ou crie-o com "
    "'cxdocs new persona {id}'",
    "problem.duplicate_id": "{thing}: o id '{id}'{origin} já está em uso",
    "problem.duplicate_id.from_name": " (tirado do nome do arquivo)",
    "problem.duplicate_id.hint": "definido primeiro em {place}; os ids precisam ser únicos",
    "problem.image.url": "a imagem '{image}' é uma URL; a foto de uma persona é um arquivo "
    "no repositório",
    "problem.image.url.hint": "baixe a foto para junto da persona (por exemplo "
    "personas/images/) e indique o caminho relativo a este arquivo",
    "problem.image.absolute": "a imagem '{image}' é um caminho absoluto",
    "problem.image.absolute.hint": "indique o caminho relativo a {file}, dentro do repositório",
    "problem.image.outside": "a imagem '{image}' leva para fora do repositório",
    "problem.image.outside.hint": "mantenha as fotos das personas dentro do repositório "
    "(por exemplo personas/images/)",
    "problem.image.missing": "a imagem '{image}' não existe",
    "problem.image.missing.hint": "o caminho é relativo a {file}; acrescente o arquivo ou "
    "corrija o caminho",
    "problem.improves.on_current": "só uma jornada do estado futuro pode melhorar outra jornada",
    "problem.improves.on_current.hint": "acrescente 'state: future', ou remova 'improves'",
    "problem.improves.missing": "uma jornada do estado futuro precisa indicar a jornada do "
    "estado atual que ela melhora",
    "problem.improves.missing.hint": "acrescente 'improves: <id da jornada do estado atual>'",
    "problem.improves.itself": "a jornada '{id}' indica a si mesma em 'improves'",
    "problem.improves.itself.hint": "'improves' indica a jornada do estado atual que este "
    "estado futuro substitui",
    "problem.improves.not_current": "a jornada '{id}' é do estado futuro; 'improves' precisa "
    "indicar uma do estado atual",
    "problem.improves.not_current.hint": "aponte para a jornada que '{id}' melhora",
    "problem.item_step.lane": "só itens da raia do cliente se ligam a passos da jornada; "
    "este está em '{lane}'",
    "problem.item_step.lane.hint": "leve 'step' para a ação do cliente a que ele pertence",
    "problem.item_step.no_journey": "o item se liga ao passo '{step}', mas o blueprint não "
    "indica jornada",
    "problem.item_step.no_journey.hint": "acrescente 'journey: <id da jornada>' no início "
    "do blueprint",
    "problem.personal": "esta citação publicada parece conter {what}; a pesquisa não pode "
    "publicar dados pessoais",
    "problem.personal.an_e-mail_address": "um endereço de e-mail",
    "problem.personal.a_CPF": "um CPF",
    "problem.personal.a_phone_number": "um número de telefone",
    "problem.personal.hint": "remova-o (cite as pessoas por um pseudônimo como P07), ou marque "
    "a citação com 'private: true' para publicar só o id dela",
    "problem.evidence.source.hint": "cite uma fonte como '<id da fonte>' ou uma das citações "
    "dela como '<id da fonte>#<id da citação>'; evidência em texto livre é uma frase, por "
    "exemplo 'Entrevista 7: o preço fica escondido'",
    "problem.evidence.quotes": "uma das citações ou achados dela: {known}",
    "problem.evidence.no_quotes": "ela ainda não tem citações",
    "problem.evidence.quote": "a fonte '{source}' não tem citação nem achado '{quote}'{suggestion}",
    "problem.evidence.quote.hint": "cite {choices}, ou a fonte inteira como '{source}'",
    "problem.unsupported.pain.high": "o ponto de dor de gravidade alta '{text}' não cita "
    "nenhuma fonte de pesquisa",
    "problem.unsupported.pain.medium": "o ponto de dor de gravidade média '{text}' não cita "
    "nenhuma fonte de pesquisa",
    "problem.unsupported.pain.low": "o ponto de dor de gravidade baixa '{text}' não cita "
    "nenhuma fonte de pesquisa",
    "problem.unsupported.pain.hint": "acrescente 'evidence: [<id da fonte>#<id da citação>]' "
    "ao ponto de dor, ou reduza 'evidence_required' no mkdocs.yml",
    "problem.unsupported.emotion": "a emoção do passo '{step}' não cita nenhuma fonte de pesquisa",
    "problem.unsupported.emotion.hint": "acrescente 'evidence: [<id da fonte>#<id da "
    "citação>]' ao passo, ou tire 'emotion' de 'evidence_required' no mkdocs.yml",
    "problem.unused_persona": "a persona '{id}' não aparece em nenhuma jornada",
    "problem.unused_persona.hint": "mapeie uma jornada para esta persona, ou remova a persona",
    "problem.missing_emotion": "o passo '{step}' não tem nota de emoção; a curva fica "
    "com um buraco",
    "problem.missing_emotion.hint": "acrescente 'emotion: <-2..+2>' a partir da sua pesquisa",
    "problem.unaddressed": "ponto de dor de gravidade alta no passo '{step}' sem ação: {text}",
    "problem.unaddressed.hint": "acrescente uma ação com 'addresses: [{step}]' e um responsável",
    "problem.uses_draft": "{thing} '{id}' sai no site, mas '{field}: {target}' é um rascunho, "
    "e o site teria um link para uma página que ele deixa de fora",
    "problem.uses_draft.hint": "marque {this} com 'draft: true' também, ou publique o que "
    "'{field}' indica (tirando o 'draft: true' dele)",
    "problem.count.steps.one": "{figure} passo",
    "problem.count.steps.other": "{figure} passos",
    "problem.count.phases.one": "{figure} fase",
    "problem.count.phases.other": "{figure} fases",
    "problem.serves.customer": "uma ação do cliente é uma coluna própria; 'serves' é para as raias"
    " em volta dela",
    "problem.serves.customer.hint": "tire 'serves' daqui, ou ponha-o na atividade que atende a "
    "esta ação",
    "problem.serves.other_phase": "a ação do cliente '{id}' está na fase '{there}', não em "
    "'{here}', onde está esta atividade",
    "problem.serves.other_phase.hint": "leve a atividade para aquela fase, ou indique uma ação da "
    "própria fase ({known})",
    "problem.serves.none": "ela não tem nenhuma",
    "problem.ref.serves.hint": "'serves' indica uma ação do cliente da fase '{phase}'",
    "problem.ref.stage.hint": "'stage' indica uma etapa da jornada '{journey}'",
    "problem.stage.no_journey": "a fase '{id}' indica a etapa '{stage}', mas o blueprint não "
    "indica jornada",
    "problem.phase_name.journey": "a fase '{id}' não tem nome e a jornada '{journey}' não tem "
    "etapa para ela",
    "problem.phase_name.none": "a fase '{id}' não tem nome e o blueprint não indica jornada de "
    "onde tirá-lo",
    "problem.phase_name.hint": "acrescente 'name: ...', ou 'stage: <id da etapa>' para usar o nome"
    " da etapa da jornada",
    "problem.count.columns.one": "{figure} coluna (uma por ação do cliente)",
    "problem.count.columns.other": "{figure} colunas (uma por ação do cliente)",
    "problem.too_wide.journey": "a jornada '{id}' tem {size}; uma jornada desenha no máximo "
    "{limit} (o Graphviz não desenha com mais de {points} pontos de largura)",
    "problem.too_wide.blueprint": "o blueprint '{id}' tem {size}; um blueprint desenha no "
    "máximo {limit} (o Graphviz não desenha com mais de {points} pontos de largura)",
    "problem.too_wide.journey.hint": "divida-a em várias jornadas, de poucas etapas cada "
    "(por exemplo antes e depois da compra), para a mesma persona",
    "problem.too_wide.blueprint.hint": "divida-o em vários blueprints, ou junte ações do cliente "
    "que são um só momento para ele (cada uma tem coluna "
    "própria)",
    "problem.wrong_folder": "isto parece {looks} (tem {keys}), não {not_a}: "
    "{folder}/ guarda {holds}",
    "problem.wrong_folder.hint": "mova-o para {folder}/, por exemplo `git mv {rel} {target}`",
    "problem.reserved": "{thing}: o id '{id}' é o da página gerada {page} (a lista de {listed})",
    "problem.reserved.given": "escolha outro id, por exemplo '{example}'",
    "problem.reserved.named": "renomeie o arquivo ou acrescente outro 'id:', por exemplo "
    "'{example}'",
    "problem.load.no_front_matter": "um arquivo de conteúdo em Markdown precisa começar com "
    "front matter em YAML",
    "problem.load.no_front_matter.hint": "comece o arquivo com uma linha '---', depois os "
    "campos, depois outra linha '---'",
    "problem.load.unclosed_front_matter": "o front matter que começa aqui nunca é fechado",
    "problem.load.unclosed_front_matter.hint": "termine os campos YAML com uma linha '---' "
    "antes do texto em Markdown",
    "problem.load.not_a_file": "isto é {what}, não um arquivo comum",
    "problem.load.not_a_file.hint": "ponha o conteúdo num arquivo comum, ou tire isto da "
    "pasta de conteúdo",
    "problem.load.empty": "o arquivo está vazio (sem {thing})",
    "problem.load.empty.hint": "escreva os campos ({thing}; veja {url}) ou apague o arquivo",
    "problem.load.not_a_mapping": "o nível de cima precisa ser um mapeamento de campos, "
    "não {found}",
    "problem.load.not_a_mapping.hint": "escreva linhas 'chave: valor' no nível de cima, "
    "por exemplo 'title: Primeira compra'",
    "problem.load.python.list": "uma lista",
    "problem.load.python.str": "um texto",
    "problem.load.python.int": "um número inteiro",
    "problem.load.python.float": "um número",
    "problem.load.python.bool": "um valor true/false",
    "problem.encoding.wide": "o arquivo está salvo como {name}, não como UTF-8",
    "problem.encoding.resave": "salve-o de novo como UTF-8: no VS Code clique na codificação "
    "na barra de status > Salvar com Codificação > UTF-8; no Bloco de Notas use Salvar como > "
    "Codificação: UTF-8; ou rode `iconv -f {codec} -t UTF-8 ARQUIVO > NOVO`",
    "problem.encoding.binary": "o arquivo é binário, não texto",
    "problem.encoding.binary.hint": "arquivos de conteúdo são texto UTF-8 (YAML ou Markdown); "
    "remova este arquivo",
    "problem.encoding.bad_byte": "o arquivo não é texto UTF-8 (byte {byte})",
    "problem.encoding.save_as": "salve o arquivo como UTF-8 (na maioria dos editores: "
    "'Salvar com codificação' > UTF-8)",
    "problem.settings.unreadable": "não foi possível ler as configurações: {why}",
    "problem.settings.unreadable.hint": "confira o arquivo",
    "problem.settings.binary.yaml": "o arquivo de configurações é texto YAML: restaure-o, "
    "por exemplo com `git checkout -- ARQUIVO`",
    "problem.settings.binary.toml": "o zensical.toml é texto TOML: restaure-o do git",
    "problem.settings.not_a_mapping": "o arquivo de configurações precisa ser um mapeamento "
    "de linhas 'chave: valor'",
    "problem.settings.not_a_mapping.hint": "comece com 'site_name: ...' e 'plugins:'",
    "problem.settings.inherit": "INHERIT precisa indicar um arquivo de configurações",
    "problem.settings.inherit.hint": "escreva 'INHERIT: base.yml'",
    "problem.settings.inherit_missing": "o arquivo de configurações herdado '{target}' não existe",
    "problem.settings.inherit_missing.hint": "o caminho é relativo a {file}; corrija-o ou "
    "remova INHERIT",
    "problem.settings.inherit_loop": "INHERIT: '{target}' volta para um arquivo já herdado",
    "problem.settings.inherit_loop.hint": "arquivos de configurações não podem herdar uns "
    "dos outros em círculo",
    "problem.settings.toml": "o zensical.toml não é TOML válido: {message}",
    "problem.settings.toml.hint": "corrija a sintaxe TOML aqui",
    "problem.settings.missing": "o arquivo de configuração '{path}' não existe",
    "problem.settings.missing.hint": "rode o cxdocs dentro de um repositório criado com "
    "'cxdocs init' (qualquer subpasta serve), ou passe --config CAMINHO",
    "problem.settings.toml_none": "o {name} não tem configurações do cxdocs",
    "problem.settings.toml_none.hint": "acrescente uma tabela [project.extra.cxdocs] "
    "(locale, channels, actors)",
    "problem.settings.no_plugin": "o mkdocs.yml não ativa o plugin cxdocs",
    "problem.settings.no_plugin.hint": "acrescente '- cxdocs' (com os channels e actors) "
    "em 'plugins:'",
    "problem.settings.options": "as opções do plugin cxdocs precisam ser um mapeamento",
    "problem.settings.options.hint": "escreva locale, channels e actors recuados sob "
    "'- cxdocs:' (no zensical.toml: em [project.extra.cxdocs])",
    "problem.file_name": "o nome de arquivo '{name}' não é um id válido",
    "problem.file_name.hint": "renomeie o arquivo para '{name}' ou acrescente um campo 'id:'",
    "problem.description_twice": "a narrativa aparece duas vezes: num campo 'description' e "
    "num corpo em Markdown",
    "problem.description_twice.hint": "fique com um: leve o texto da descrição para baixo "
    "do front matter",
    "problem.stale_pages": "as páginas geradas em {folder} são mais antigas que o conteúdo: "
    "motores sem o plugin cxdocs publicariam a versão antiga",
    "problem.stale_pages.hint": "rode '{command}' antes de gerar o site (no CI também)",
    "problem.stale_schema": "este schema de editor não corresponde mais às configurações ou a "
    "esta versão do cxdocs; os editores vão aceitar ou marcar os ids errados",
    "problem.stale_schema.hint": "rode 'cxdocs schema' para atualizar os schemas, depois "
    "faça o commit",
    "problem.unsafe": "{key} '{value}' {reason}; {why}",
    "problem.unsafe.site_dir.why": "o MkDocs esvazia o site_dir antes de cada build",
    "problem.unsafe.site_dir.hint": "dê ao site uma pasta só dele ao lado do conteúdo, "
    "por exemplo 'site_dir: site'",
    "problem.unsafe.cache_dir.why": "o cache de diagramas não pode escrever ali",
    "problem.unsafe.cache_dir.hint": "mantenha o cache de diagramas fora do conteúdo, "
    "por exemplo 'cache_dir: .cache/cxdocs'",
    "problem.unsafe.is_repository": "é o próprio repositório",
    "problem.unsafe.contains_repository": "contém o repositório",
    "problem.unsafe.is_content": "é a pasta de conteúdo {folder}",
    "problem.unsafe.inside_content": "fica dentro da pasta de conteúdo {folder}",
    "problem.unsafe.contains_content": "contém a pasta de conteúdo {folder}",
    "problem.unsafe.is_docs": "é o docs_dir ({folder})",
    "problem.unsafe.inside_docs": "fica dentro do docs_dir ({folder})",
    "problem.unsafe.contains_docs": "contém o docs_dir ({folder})",
    "problem.load.type.folder": "uma pasta",
    "problem.load.type.pipe": "um pipe nomeado",
    "problem.load.type.socket": "um socket",
    "problem.load.type.device": "um dispositivo",
    "problem.load.type.special": "um arquivo especial",
    "problem.load.link_loop": "o link para '{target}' não é seguido: ele volta para uma pasta "
    "acima dele, e os arquivos seriam lidos de novo e de novo",
    "problem.load.link_loop.hint": "apague o link, ou crie um link para a pasta que queria "
    "compartilhar (não uma que contenha o link)",
    "problem.load.too_large": "o arquivo tem {size} MB; o limite é {limit} MB",
    "problem.load.too_large.hint": "uma jornada, persona ou blueprint cabe em poucos kilobytes; "
    "divida o arquivo",
    "problem.load.unreadable": "não foi possível ler o arquivo: {why}",
    "problem.load.unreadable.hint": "confira as permissões do arquivo",
    "problem.load.unreadable.loop": "o link volta para ele mesmo; aponte-o para um arquivo de "
    "verdade ou apague-o",
    "problem.load.unreadable.dangling": "o link não aponta para nada; aponte-o para um arquivo "
    "de verdade ou apague-o",
}
