"""English words of problems (`cxdocs check`, the build): part of the English catalog.

Kept apart from cxdocs.i18n.en only for size; cxdocs.i18n.en merges them into its
one table. Problem codes are identifiers and never appear here. Templates are
always formatted (cxdocs.i18n.say), so a literal brace is written `{{`.
"""

from __future__ import annotations

# The things a problem names: kinds of files and the objects inside them.
_THINGS = {
    "journey": "journey",
    "persona": "persona",
    "blueprint": "blueprint",
    "source": "source",
    "settings": "cxdocs settings",
    "step": "step",
    "stage": "stage",
    "phase": "phase",
    "action": "action",
    "metric": "metric",
    "quote": "quote",
    "finding": "finding",
    "focus": "focus",
    "empathy_map": "empathy map",
    "pain_point": "pain point",
    "channel": "channel",
    "actor": "actor",
    "key": "key",
}

WORDS: dict[str, str] = {
    # the report around the problems
    "problems.files_checked.one": "{n} file checked",
    "problems.files_checked.other": "{n} files checked",
    "problems.none": "{checked}: no problems",
    "problems.errors.one": "{n} error",
    "problems.errors.other": "{n} errors",
    "problems.warnings.one": "{n} warning",
    "problems.warnings.other": "{n} warnings",
    "problems.error": "error",
    "problems.warning": "warning",
    "problems.hint": "hint",
    # where a mistake is: "pain point 2 of step 'pays'"
    **{f"problem.thing.{key}": word for key, word in _THINGS.items()},
    **{f"problem.to.{key}": f"to the {word}" for key, word in _THINGS.items()},
    "problem.thing.lane_item": "{lane} item",
    "problem.to.lane_item": "to the {lane} item",
    "problem.thing.list": "{name}",
    "problem.to.list": "to the {name}",
    "problem.the.channel": "the channel",
    "problem.the.actor": "the actor",
    "problem.the.key": "the key",
    "problem.where.named": "{thing} '{id}'",
    "problem.where.numbered": "{thing} {n}",
    "problem.where.of": "{item} of {owner}",
    "problem.subject.field": "'{field}'",
    "problem.subject.field_of": "'{field}' of {owner}",
    "problem.shown.mapping": "a mapping",
    "problem.shown.list": "a list",
    "problem.shown.nothing": "nothing",
    # suggestions
    "problem.did_you_mean": "; did you mean '{id}'?",
    "problem.did_you_mean.its": "; did you mean '{id}' (its {what})?",
    "problem.did_you_mean.labelled": "; did you mean '{id}' ({what} '{label}')?",
    "problem.word.label": "label",
    "problem.word.name": "name",
    "problem.word.title": "title",
    "problem.word.text": "text",
    "problem.and_more.one": "{shown} and {n} more",
    "problem.and_more.other": "{shown} and {n} more",
    # schema mistakes (cxdocs.content.validation.rules)
    "problem.missing.message": "{owner} is missing required field '{field}'",
    "problem.missing.hint": "add '{field}: ...' {to}",
    "problem.unknown_key.message": "unknown key '{key}' in {owner}{suggestion}",
    "problem.unknown_key.hint": "allowed keys: {keys}",
    "problem.not_an_option.message": "{subject} must be one of {options}; got {got}{suggestion}",
    "problem.not_an_option.hint": "use one of: {options}{synonyms}",
    "problem.downloads.hint": "list any of svg, png, pdf (e.g. 'downloads: [svg, pdf]'), "
    "or write 'downloads: []' to offer no downloads",
    "problem.downloads.one_format": "write a list, even of one format: 'downloads: [{format}]'",
    "problem.emotion_range.message": "{subject} must be between -2 and +2; got {got}",
    "problem.emotion_range.hint": "emotion runs from -2 (very negative) through 0 (neutral) "
    "to +2 (very positive)",
    "problem.count_range.message": "{subject} must be {least} or more; got {got}",
    "problem.text_too_long.message": "{subject} is {length} characters long; "
    "diagrams take at most {limit}",
    "problem.text_too_long.hint": "keep the short text here and move the detail into a "
    "'description' (or the Markdown body), which has no limit",
    "problem.empty_list.message": "{subject} must list at least one entry",
    "problem.empty_list.hint": "add at least one entry under '{field}'",
    "problem.list_too_long.message.one": "{subject} has more than {n} entry",
    "problem.list_too_long.message.other": "{subject} has more than {n} entries",
    "problem.list_too_long.why": "'why' is the five-whys chain: keep at most five",
    "problem.list_too_long.hint.one": "keep at most {n} entry",
    "problem.list_too_long.hint.other": "keep at most {n} entries",
    "problem.bad_id.message": "{subject} is not a valid id{got}",
    "problem.bad_id.got": ": {got}",
    "problem.bad_id.hint": "ids use lower-case letters, digits and '-'{example}",
    "problem.bad_id.example": "; for example '{id}'",
    "problem.empty_label.message": "{thing} '{id}' has no label: the site and diagrams "
    "would show it as nothing",
    "problem.empty_label.hint": "write the name people see after the colon, "
    "e.g. '{id}: {example}', or remove {the}",
    "problem.empty_label.example.channel": "Mobile app",
    "problem.empty_label.example.actor": "Customer service",
    "problem.empty_label.example.key": "Mobile app",
    "problem.not_whole.message": "{subject} must be a whole number; got {got}",
    "problem.not_a_number.message": "{subject} is not a number: {got}",
    "problem.not_finite.message": "{subject} must be a finite number; got {got}",
    "problem.not_a_flag.message": "{subject} must be true or false; got {got}",
    "problem.model_rule": "{subject}: {rule}",
    "problem.rule.flag_or_text": "must be true or a description (text)",
    "problem.rule.flag_or_text.hint": "write true, or a short description of how it fails",
    "problem.rule.empty_label": "has no label",
    "problem.rule.empty_label.hint": "write the name people see after the colon",
    "problem.rule.nps_counts": "an NPS given as counts needs promoters, passives and detractors",
    "problem.rule.nps_counts.hint": "give all three counts: promoters (9-10), passives (7-8), "
    "detractors (0-6)",
    "problem.rule.nps_no_answers": "an NPS needs at least one answer; all counts are 0",
    "problem.rule.nps_no_answers.hint": "no answers yet: leave the NPS out until someone answers",
    "problem.rule.metric_without_value": "no value and no NPS counts",
    "problem.rule.metric_without_value.hint": "add 'value: ...', or promoters/passives/detractors "
    "for an NPS",
    "problem.wrong_type.message": "{subject} must be {expected}; got {got}",
    "problem.wrong_type.empty": "'{field}' is empty: write its value after the colon, "
    "or remove the key",
    "problem.wrong_type.hint": "check the value's type: lists are written '- item' or [a, b]; "
    "quote text",
    "problem.expected.string": "text",
    "problem.expected.int": "a whole number",
    "problem.expected.float": "a number",
    "problem.expected.bool": "true or false",
    "problem.expected.list": "a list",
    "problem.expected.dict": "a mapping",
    "problem.expected.model": "a mapping",
    "problem.expected.finite": "a finite number",
    "problem.expected.other": "a different kind of value",
    "problem.flag.unquote": "write {value} without quotes",
    "problem.flag.lower_case": "write {value} in lower case (only true and false are yes/no)",
    "problem.flag.yes_no": "write true or false (YAML 1.2 reads yes, no, on and off as text)",
    "problem.flag.hint": "write true or false",
    "problem.flag.number": "write true or false (1 and 0 are numbers)",
    # text where a number belongs (cxdocs.content.validation.numbers)
    "problem.number.not_finite": "infinity and not-a-number (.inf, .nan) are not measurements: "
    "write a number",
    "problem.number.emotion": "emotion is a whole number from -2 (very negative) through 0 "
    "to +2 (very positive)",
    "problem.number.count": "{field} counts people who answered: a whole number, 0 or more "
    "(never negative)",
    "problem.number.nav_limit": "nav_limit is a whole number: sections with more objects list "
    "only their index page in the navigation; 0 lists everything",
    "problem.number.cell_limit": "cell_limit is a whole number, 1 or more: how many pain points "
    "or opportunities a journey-map cell shows",
    "problem.number.sample": "sample counts the participants (or responses, tickets, sessions) "
    "of a research source: a whole number, 0 or more",
    "problem.number.counts_answers": "{field} counts answers: write a whole number",
    "problem.number.plain_minus": "a plain '-' for minus",
    "problem.number.plain_digits": "the digits 0-9",
    "problem.number.plain_both": "a plain '-' for minus and the digits 0-9",
    "problem.number.plain": "write the number with {what}: {field}: {plain}",
    "problem.number.unquote": "write the number without quotes: {field}: {written}",
    "problem.number.underscore": "YAML 1.2 numbers have no '_' separators: "
    "write {bare} without the underscore",
    "problem.number.lower_prefix": "write the prefix in lower case: {field}: {written}",
    "problem.number.signed_prefix": "a 0x or 0o number takes no sign in YAML 1.2: "
    "write {field}: {decimal}",
    "problem.number.binary": "YAML 1.2 has no binary numbers: write {written}",
    "problem.number.flag_not_score": "{said} is a yes/no value, not a score: {then}",
    "problem.number.flag_not_number": "{said} is a yes/no value, not a number: {then}",
    "problem.number.flag_measure": "{said} is a yes/no value, not a number: write the "
    'measurement ({field}: 4.5), or "{said}" in quotes as text in a note',
    "problem.number.same_line": "write the number on the key's line, without | or >: "
    "{field}: {written}",
    "problem.number.decimal_comma": "use a decimal point, not a comma: {written}",
    "problem.number.grouped": "write the number without thousands separators: {digits}",
    "problem.number.time": "a time is not a number: write {decimal} (one unit, e.g. hours, "
    'in unit:), or keep "{written}" as text in a note',
    "problem.number.percent": "write the number alone and the unit apart: "
    '{field}: {number}, unit: "%"',
    "problem.number.fraction": "a fraction is not a number in YAML: write {field}: {decimal}",
    "problem.number.unit": "write the number alone and the unit apart: "
    "{field}: {number}, unit: {unit}",
    "problem.number.yes_no_text": "'{written}' is text in YAML 1.2; {field} needs a number",
    "problem.number.hint": "write a number such as 4.5 (a decimal point, no unit); "
    "text belongs in a note",
    "problem.number.thousands": "{written} reads as a fraction; for thousands write {digits}",
    # cross-file checks (cxdocs.content.checks)
    "problem.known": "known: {known}",
    "problem.not_defined": "{thing} '{id}' is not defined{suggestion}",
    "problem.embed.malformed": "a cxdocs block holds one line 'journey: <id>', "
    "'blueprint: <id>' or 'persona: <id>'{near}",
    "problem.embed.malformed.hint": "write one line such as 'journey: <journey id>' "
    "inside the block",
    "problem.embed.no_empathy_map": "persona '{id}' has no empathy map to draw",
    "problem.embed.no_empathy_map.hint": "add an 'empathy_map' to the persona, "
    "or embed one of its journeys",
    "problem.embed.no_diagram.persona": "no persona has a diagram yet",
    "problem.embed.no_diagram.journey": "no journey has a diagram yet",
    "problem.embed.no_diagram.blueprint": "no blueprint has a diagram yet",
    "problem.embed.unknown.hint": "a cxdocs block names a {thing} id ({listed})",
    # reading YAML (cxdocs.content.yaml)
    "problem.yaml.documents": "the file holds more than one YAML document",
    "problem.yaml.documents.hint": "keep one object per file; remove the extra '---' line",
    "problem.yaml.alias": "alias *{name} refers to an anchor that is not defined above",
    "problem.yaml.alias.hint": "define &{name} before using *{name}",
    "problem.yaml.alias.emphasis": "text starting with '*' (Markdown emphasis?) must be quoted: "
    '"*important* step"',
    "problem.yaml.quote_open": "the quoted text that starts here is never closed",
    "problem.yaml.quote_open.hint": "close the quote that starts here "
    "(or escape quotes inside the text)",
    "problem.yaml.quote_runs_on": "add the closing {quote} at the end of this line; as written, "
    "the text runs on to the {quote} on line {line}",
    "problem.yaml.tab": "a tab character cannot be used here",
    "problem.yaml.tab.hint": "indent with spaces: YAML does not allow tab characters "
    "for indentation",
    "problem.yaml.list_open": "the list opened with '{bracket}' here is never closed",
    "problem.yaml.list_open.hint": "add the closing '{closing}' at the end of the list; "
    "quote any text that contains '{closing}' or ','",
    "problem.yaml.mapping_open": "the mapping opened with '{bracket}' here is never closed",
    "problem.yaml.mapping_open.hint": "add the closing '{closing}' at the end of the mapping; "
    "quote any text that contains '{closing}' or ','",
    "problem.yaml.apostrophe": "write an apostrophe inside '...' as two: 'Customer''s order'",
    "problem.yaml.double_quote": 'write a quote inside "..." as \\": "Say \\"hi\\""',
    "problem.yaml.after_quote": "text continues after the closing {quote}",
    "problem.yaml.after_quote.hint": "{inner}; or use the other kind of quotes around the text",
    "problem.yaml.no_space": "'{key}:{rest}' needs a space after the ':'",
    "problem.yaml.no_space.hint": "write '{key}: {rest}': YAML reads 'key: value' only "
    "with a space",
    "problem.yaml.indented": "'{key}:' is indented more than the line above it",
    "problem.yaml.indented.hint": "YAML reads it as more of the text of '{above}'; "
    "indent '{key}:' like '{above}:'",
    "problem.yaml.read_as_alias": "text starting with '{char}' is read as a YAML alias",
    "problem.yaml.read_as_anchor": "text starting with '{char}' is read as a YAML anchor",
    "problem.yaml.too_many": "there is a '{char}' too many here",
    "problem.yaml.too_many.hint": "remove it, or quote the text if '{char}' belongs to it",
    "problem.yaml.no_colon": "this line has text but no ':' after a key",
    "problem.yaml.context": "{context}: {problem}",
    "problem.yaml.not_allowed": "the text contains a character YAML does not allow, {char}",
    "problem.yaml.not_allowed.hint": "delete it; the file may have been damaged or saved "
    "in another format",
    "problem.yaml.emphasis": "text starting with '{char}' (Markdown emphasis?) must be quoted: "
    '"{char}..."',
    "problem.yaml.quote_it": "text starting with '{char}' must be quoted",
    "problem.yaml.colon.hint": 'a value containing ": " needs quotes, e.g. action: "Pays: by Pix"',
    "problem.yaml.indentation.hint": "check the indentation of this line against the lines "
    "above it",
    "problem.yaml.list_item.hint": "this line is not a list item ('- ...') like the lines above; "
    "indent it or add '- '",
    "problem.yaml.key_value.hint": "write 'key: value' here, or indent the line to continue "
    "the text above it",
    "problem.yaml.hint": "fix the YAML syntax here; the real mistake may be on the line above",
    "problem.yaml.too_deep": "the document nests more than {depth} levels deep",
    "problem.yaml.too_deep.hint": "content files need a few levels; flatten the structure",
    "problem.yaml.too_complex": "the document expands to more than {values} values",
    "problem.yaml.too_complex.hint": "aliases (*name) that repeat large anchors multiply the "
    "document's size; write the content out or split the file",
    "problem.yaml.complex_key": "a mapping key must be plain text, not a list or mapping",
    "problem.yaml.complex_key.hint": "write the key as text followed by ':'",
    "problem.yaml.duplicate_key": "key '{key}' appears twice in the same mapping{where}",
    "problem.yaml.duplicate_key.first": " (first at line {line})",
    "problem.yaml.duplicate_key.hint": "YAML keeps only the last one; remove or merge "
    "the duplicate",
    "problem.yaml.tag": "unsupported YAML tag {tag}",
    "problem.yaml.tag.hint": "content files use plain YAML; remove the tag",
    "problem.yaml.tagged_not.int": "'{text}' is not an integer",
    "problem.yaml.tagged_not.float": "'{text}' is not a number",
    "problem.yaml.tagged_not.bool": "'{text}' is not true or false",
    "problem.yaml.tagged_not.null": "'{text}' is not null",
    "problem.yaml.unreadable_value": "cannot read value: {message}",
    "problem.yaml.unreadable_value.hint": "quote the value to keep it as text",
    "problem.yaml.control": "the text contains an invisible control character, {char}",
    "problem.yaml.control.hint": "delete it (editors show it as a box or as <0x..>); it often "
    "comes from a crashed editor, a bad copy from a PDF or spreadsheet, or a broken merge",
    "problem.yaml.conflict": "unresolved merge conflict: the file still holds git's marker "
    "'{marker}'",
    "problem.yaml.conflict.hint": "keep the version you want between '<<<<<<<' and '>>>>>>>', "
    "delete the marker lines ('<<<<<<<', '=======', '>>>>>>>'), then commit",
    "problem.yaml.invisible.indentation": "{char} is used as indentation; YAML does not count "
    "it as a space",
    "problem.yaml.invisible.after_colon": "{char} is after the ':'; YAML does not count it "
    "as a space",
    "problem.yaml.invisible.hint": "replace it with an ordinary space (it often comes from "
    "copying text from a web page, Word or a chat app)",
    "problem.yaml.comma.decimal": 'a decimal comma? write {point}; or quote text: "{whole}"',
    "problem.yaml.comma.quote": 'quote text that contains a comma: "{whole}"',
    "problem.yaml.comma.splits": "a comma splits '{whole}' in two: inside {{ }} a comma starts "
    "a new field",
    "problem.yaml.comma.no_value": "'{key}' has no value: inside {{ }} each entry is 'key: value'",
    "problem.yaml.comma.no_value.hint": "write 'key: value', or quote text that contains a comma",
    "problem.escape.keep": "write the character itself, a backslash that is part of the text "
    "as \\\\ (\"C:\\\\Users\"), or put the text in single quotes ('...'), where a backslash "
    "is an ordinary character",
    "problem.escape.two_halves": "'{written}' is a character written as two UTF-16 halves, "
    "as JSON writes it; YAML takes one escape per character",
    "problem.escape.two_halves.hint": "write the character itself ({char}) or {escape}",
    "problem.escape.half": "'{written}' is half of a UTF-16 surrogate pair, not a character",
    "problem.escape.unknown": "'{shown}' is not an escape YAML knows in double-quoted text",
    "problem.escape.digits": "'\\{letter}' needs {size} hexadecimal digits (0-9, A-F), "
    "e.g. {example}",
    "problem.escape.too_large": "'\\{written}' is not a Unicode character "
    "(the largest is \\U0010FFFF)",
    # libyaml's own words (cxdocs.content.yaml.syntax.libyaml_words)
    "problem.libyaml.indicator": "found character that cannot start any token",
    "problem.libyaml.mapping_values": "mapping values are not allowed in this context",
    "problem.libyaml.mapping_values_here": "mapping values are not allowed here",
    "problem.libyaml.expected_key": "did not find expected key",
    "problem.libyaml.expected_colon": "could not find expected ':'",
    "problem.libyaml.expected_dash": "did not find expected '-' indicator",
    "problem.libyaml.end_of_stream": "found unexpected end of stream",
    "problem.libyaml.unknown_escape": "found unknown escape character",
    "problem.libyaml.block_mapping": "while parsing a block mapping",
    "problem.libyaml.block_collection": "while parsing a block collection",
    "problem.libyaml.flow_mapping": "while parsing a flow mapping",
    "problem.libyaml.flow_sequence": "while parsing a flow sequence",
    "problem.libyaml.flow_node": "while parsing a flow node",
    "problem.libyaml.block_node": "while parsing a block node",
    "problem.libyaml.simple_key": "while scanning a simple key",
    "problem.libyaml.quoted_scalar": "while scanning a quoted scalar",
    "problem.libyaml.plain_scalar": "while scanning a plain scalar",
    "problem.libyaml.block_scalar": "while scanning a block scalar",
    "problem.libyaml.alias": "while scanning an alias",
    "problem.libyaml.anchor": "while scanning an anchor",
    "problem.libyaml.tag": "while scanning a tag",
    "problem.libyaml.directive": "while scanning a directive",
    "problem.libyaml.node": "while parsing a node",
    "problem.libyaml.single_document": "expected a single document in the stream",
    "problem.libyaml.expected_but_found": "expected {expected}, but found {found}",
}
