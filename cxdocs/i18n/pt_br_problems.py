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
    "problem.shown.nothing": "nada",
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
}
