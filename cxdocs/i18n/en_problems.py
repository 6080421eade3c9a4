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
    "hand_off": "hand-off",
    "customer_action": "customer action",
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
    "problem.rule.bad_icon": "must be one emoji or symbol, not a word",
    "problem.rule.bad_icon.hint": 'write the mark itself, e.g. icon: "📱"; the name goes in '
    "'label'",
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
    "problem.yaml.colon_in_text": "the text of '{key}' holds ': ', which YAML reads as the "
    "start of another key",
    "problem.yaml.colon_in_text.hint": "put the text in quotes: {key}: {quoted}",
    "problem.yaml.colon_next_line": "the ':' of a key inside {{ }} or [ ] must be on the "
    "key's line",
    "problem.yaml.colon_next_line.hint": "move the ':' and its value up to the line of the "
    'key: {{"foo": "bar"}}',
    "problem.yaml.pair_no_value": "'{key}' has no value: inside [ ], '?' starts a "
    "'key: value' pair",
    "problem.yaml.pair_no_value.hint": "quote text that starts with '?': \"?{key}\"",
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
    "problem.char.a": "a {name}",
    "problem.char.an": "an {name}",
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
    # cross-file checks, continued
    "problem.thing.lane_item_any": "lane item",
    "problem.thing.research_source": "research source",
    "problem.this.journey": "this journey",
    "problem.this.blueprint": "this blueprint",
    "problem.this.persona": "this persona",
    "problem.a.persona": "a persona",
    "problem.a.journey": "a journey",
    "problem.a.blueprint": "a blueprint",
    "problem.a.source": "a source",
    "problem.folder_holds.persona": "personas",
    "problem.folder_holds.journey": "journeys",
    "problem.folder_holds.blueprint": "blueprints",
    "problem.folder_holds.source": "research",
    "problem.ref.hint": "{hint} ({choices})",
    "problem.ref.none_yet": "none are defined yet",
    "problem.ref.declare.mkdocs": "declare it in mkdocs.yml under plugins > cxdocs > {section}",
    "problem.ref.declare.toml": "declare it in zensical.toml under "
    "[project.extra.cxdocs.{section}]",
    "problem.ref.persona.hint": "add a file under personas/ with this id, or fix the id",
    "problem.ref.addresses.hint": "'addresses' lists step ids of this journey",
    "problem.ref.improves.hint": "'improves' names a current-state journey id",
    "problem.ref.journey.hint": "'journey' names a journey id",
    "problem.ref.to.hint": "'to' lists ids of items in this blueprint",
    "problem.ref.step.hint": "'step' names a step of journey '{journey}'",
    "problem.ref.source_persona.hint": "write the id of a file in personas/, or create it with "
    "'cxdocs new persona {id}'",
    "problem.duplicate_id": "{thing} id '{id}'{origin} is already used",
    "problem.duplicate_id.from_name": " (from the file name)",
    "problem.duplicate_id.hint": "first defined at {place}; ids must be unique",
    "problem.image.url": "image '{image}' is a URL; a persona picture is a file in the repository",
    "problem.image.url.hint": "download the picture next to the persona (e.g. personas/images/) "
    "and give its path relative to this file",
    "problem.image.absolute": "image '{image}' is an absolute path",
    "problem.image.absolute.hint": "give the path relative to {file}, inside the repository",
    "problem.image.outside": "image '{image}' leads outside the repository",
    "problem.image.outside.hint": "keep persona pictures inside the repository "
    "(e.g. personas/images/)",
    "problem.image.missing": "image '{image}' does not exist",
    "problem.image.missing.hint": "the path is relative to {file}; add the file or fix the path",
    "problem.improves.on_current": "only a future-state journey can improve another journey",
    "problem.improves.on_current.hint": "add 'state: future', or remove 'improves'",
    "problem.improves.missing": "a future-state journey must name the current-state journey "
    "it improves",
    "problem.improves.missing.hint": "add 'improves: <id of the current-state journey>'",
    "problem.improves.itself": "journey '{id}' names itself in 'improves'",
    "problem.improves.itself.hint": "'improves' names the current-state journey this future "
    "state replaces",
    "problem.improves.not_current": "journey '{id}' is a future-state journey; 'improves' must "
    "name a current-state one",
    "problem.improves.not_current.hint": "point at the journey that '{id}' improves instead",
    "problem.item_step.lane": "only customer-lane items link to journey steps; "
    "this one is in '{lane}'",
    "problem.item_step.lane.hint": "move 'step' to the customer action it belongs to",
    "problem.item_step.no_journey": "item links to step '{step}' but the blueprint names "
    "no journey",
    "problem.item_step.no_journey.hint": "add 'journey: <journey id>' at the top of the blueprint",
    "problem.personal": "this published quote seems to hold {what}; research may not publish "
    "personal data",
    "problem.personal.an_e-mail_address": "an e-mail address",
    "problem.personal.a_CPF": "a CPF",
    "problem.personal.a_phone_number": "a phone number",
    "problem.personal.hint": "remove it (quote people by a pseudonym such as P07), or mark the "
    "quote 'private: true' so only its id is published",
    "problem.evidence.source.hint": "cite a source as '<source id>' or one of its quotes as "
    "'<source id>#<quote id>'; free-text evidence is a sentence, e.g. "
    "'Interview 7: the price is hidden'",
    "problem.evidence.quotes": "its quotes and findings: {known}",
    "problem.evidence.no_quotes": "it has no quotes yet",
    "problem.evidence.quote": "source '{source}' has no quote or finding '{quote}'{suggestion}",
    "problem.evidence.quote.hint": "cite one of {choices}, or the whole source as '{source}'",
    "problem.unsupported.pain.high": "high-severity pain point '{text}' cites no research source",
    "problem.unsupported.pain.medium": "medium-severity pain point '{text}' cites no "
    "research source",
    "problem.unsupported.pain.low": "low-severity pain point '{text}' cites no research source",
    "problem.unsupported.pain.hint": "add 'evidence: [<source id>#<quote id>]' to the pain point, "
    "or lower 'evidence_required' in mkdocs.yml",
    "problem.unsupported.emotion": "the emotion of step '{step}' cites no research source",
    "problem.unsupported.emotion.hint": "add 'evidence: [<source id>#<quote id>]' to the step, "
    "or remove 'emotion' from 'evidence_required' in mkdocs.yml",
    "problem.unused_persona": "persona '{id}' appears in no journey",
    "problem.unused_persona.hint": "map a journey for this persona, or remove the persona",
    "problem.missing_emotion": "step '{step}' has no emotion score; the curve has a gap",
    "problem.missing_emotion.hint": "add 'emotion: <-2..+2>' from your research",
    "problem.unaddressed": "high-severity pain point in step '{step}' has no action: {text}",
    "problem.unaddressed.hint": "add an action with 'addresses: [{step}]' and an owner",
    "problem.uses_draft": "{thing} '{id}' is published but its {field} '{target}' is a draft, "
    "so the site would link to a page it leaves out",
    "problem.uses_draft.hint": "mark {this} 'draft: true' too, or publish the {field} "
    "(remove its 'draft: true')",
    "problem.count.steps.one": "{figure} step",
    "problem.count.steps.other": "{figure} steps",
    "problem.count.phases.one": "{figure} phase",
    "problem.count.phases.other": "{figure} phases",
    "problem.serves.customer": "a customer action is a column of its own; 'serves' is for the "
    "lanes around it",
    "problem.serves.customer.hint": "remove 'serves' here, or put it on the activity that serves "
    "this action",
    "problem.serves.other_phase": "customer action '{id}' is in phase '{there}', not in '{here}' "
    "where this activity is",
    "problem.serves.other_phase.hint": "move the activity to that phase, or name an action of its "
    "own phase ({known})",
    "problem.serves.none": "it has none",
    "problem.ref.serves.hint": "'serves' names a customer action of phase '{phase}'",
    "problem.ref.stage.hint": "'stage' names a stage of journey '{journey}'",
    "problem.stage.no_journey": "phase '{id}' names stage '{stage}' but the blueprint names no "
    "journey",
    "problem.phase_name.journey": "phase '{id}' has no name and journey '{journey}' has no stage "
    "for it",
    "problem.phase_name.none": "phase '{id}' has no name and the blueprint names no journey to "
    "take it from",
    "problem.phase_name.hint": "add 'name: ...', or 'stage: <stage id>' to take the journey "
    "stage's name",
    "problem.count.columns.one": "{figure} column (one per customer action)",
    "problem.count.columns.other": "{figure} columns (one per customer action)",
    "problem.too_wide.journey": "journey '{id}' has {size}; a journey draws at most {limit} "
    "(Graphviz cannot draw wider than {points} points)",
    "problem.too_wide.blueprint": "blueprint '{id}' has {size}; a blueprint draws at most "
    "{limit} (Graphviz cannot draw wider than {points} points)",
    "problem.too_wide.journey.hint": "split it into several journeys, a few stages each "
    "(e.g. before and after the purchase), for the same persona",
    "problem.too_wide.blueprint.hint": "split it into several blueprints, or merge customer "
    "actions that are one moment for the customer (each has a "
    "column of its own)",
    "problem.wrong_folder": "this looks like {looks} (it has {keys}), not {not_a}: "
    "{folder}/ holds {holds}",
    "problem.wrong_folder.hint": "move it to {folder}/, e.g. `git mv {rel} {target}`",
    "problem.reserved": "{thing} id '{id}' is taken by the generated page {page} "
    "(the list of {listed})",
    "problem.reserved.given": "choose another id, e.g. '{example}'",
    "problem.reserved.named": "rename the file or add another 'id:', e.g. '{example}'",
    # reading files and settings (cxdocs.content.load, encodings, settings)
    "problem.load.no_front_matter": "a Markdown content file must start with YAML front matter",
    "problem.load.no_front_matter.hint": "start the file with a line '---', then the fields, "
    "then another '---' line",
    "problem.load.unclosed_front_matter": "the front matter that starts here is never closed",
    "problem.load.unclosed_front_matter.hint": "end the YAML fields with a line '---' before "
    "the Markdown text",
    "problem.load.not_a_file": "this is {what}, not a regular file",
    "problem.load.not_a_file.hint": "put the content in a regular file, or move this out of "
    "the content folder",
    "problem.load.empty": "the file holds no {thing}",
    "problem.load.empty.hint": "write the {thing}'s fields (see {url}) or delete the file",
    "problem.load.not_a_mapping": "the top level must be a mapping of fields, not a {found}",
    "problem.load.not_a_mapping.hint": "write 'key: value' lines at the top level, "
    "e.g. 'title: First purchase'",
    "problem.load.python.list": "list",
    "problem.load.python.str": "str",
    "problem.load.python.int": "int",
    "problem.load.python.float": "float",
    "problem.load.python.bool": "bool",
    "problem.encoding.wide": "the file is saved as {name}, not UTF-8",
    "problem.encoding.resave": "re-save it as UTF-8: in VS Code click the encoding in the "
    "status bar > Save with Encoding > UTF-8; in Notepad use Save as > Encoding: UTF-8; "
    "or run `iconv -f {codec} -t UTF-8 FILE > NEW`",
    "problem.encoding.binary": "the file is binary, not text",
    "problem.encoding.binary.hint": "content files are UTF-8 text (YAML or Markdown); "
    "remove this file",
    "problem.encoding.bad_byte": "the file is not UTF-8 text (byte {byte})",
    "problem.encoding.save_as": "save the file as UTF-8 (most editors: 'Save with encoding' "
    "> UTF-8)",
    "problem.settings.unreadable": "cannot read the settings: {why}",
    "problem.settings.unreadable.hint": "check the file",
    "problem.settings.binary.yaml": "the settings file is YAML text: restore it, "
    "e.g. `git checkout -- FILE`",
    "problem.settings.binary.toml": "zensical.toml is TOML text: restore it from git",
    "problem.settings.not_a_mapping": "the settings file must be a mapping of 'key: value' lines",
    "problem.settings.not_a_mapping.hint": "start with 'site_name: ...' and 'plugins:'",
    "problem.settings.inherit": "INHERIT must name a settings file",
    "problem.settings.inherit.hint": "write 'INHERIT: base.yml'",
    "problem.settings.inherit_missing": "inherited settings file '{target}' does not exist",
    "problem.settings.inherit_missing.hint": "the path is relative to {file}; fix it or "
    "remove INHERIT",
    "problem.settings.inherit_loop": "INHERIT: '{target}' leads back to a file already inherited",
    "problem.settings.inherit_loop.hint": "settings files must not inherit each other in a loop",
    "problem.settings.toml": "zensical.toml is not valid TOML: {message}",
    "problem.settings.toml.hint": "fix the TOML syntax here",
    "problem.settings.missing": "configuration file '{path}' does not exist",
    "problem.settings.missing.hint": "run cxdocs inside a repository set up with 'cxdocs init' "
    "(any sub-folder works), or pass --config PATH",
    "problem.settings.toml_none": "{name} has no cxdocs settings",
    "problem.settings.toml_none.hint": "add a [project.extra.cxdocs] table "
    "(locale, channels, actors)",
    "problem.settings.no_plugin": "mkdocs.yml does not enable the cxdocs plugin",
    "problem.settings.no_plugin.hint": "add '- cxdocs' (with its channels and actors) "
    "under 'plugins:'",
    "problem.settings.options": "the cxdocs plugin options must be a mapping",
    "problem.settings.options.hint": "write locale, channels and actors indented under "
    "'- cxdocs:' (in zensical.toml: under [project.extra.cxdocs])",
    "problem.file_name": "the file name '{name}' is not a valid id",
    "problem.file_name.hint": "rename the file to '{name}' or add an 'id:' field",
    "problem.description_twice": "the narrative is given twice: a 'description' field and a "
    "Markdown body",
    "problem.description_twice.hint": "keep one: move the description text below the front matter",
    "problem.stale_pages": "the generated pages in {folder} are older than the content: "
    "engines without the cxdocs plugin would publish the old version",
    "problem.stale_pages.hint": "run '{command}' before building the site (in CI too)",
    "problem.stale_schema": "this editor schema no longer matches the settings or this version "
    "of cxdocs; editors will accept or flag the wrong ids",
    "problem.stale_schema.hint": "run 'cxdocs schema' to refresh the schemas, then commit them",
    "problem.unsafe": "{key} '{value}' {reason}; {why}",
    "problem.unsafe.site_dir.why": "MkDocs empties site_dir before every build",
    "problem.unsafe.site_dir.hint": "give the site a folder of its own beside the content, "
    "e.g. 'site_dir: site'",
    "problem.unsafe.cache_dir.why": "the diagram cache must not write there",
    "problem.unsafe.cache_dir.hint": "keep the diagram cache outside content, "
    "e.g. 'cache_dir: .cache/cxdocs'",
    "problem.unsafe.is_repository": "is the repository itself",
    "problem.unsafe.contains_repository": "contains the repository",
    "problem.unsafe.is_content": "is the content folder {folder}",
    "problem.unsafe.inside_content": "lies inside the content folder {folder}",
    "problem.unsafe.contains_content": "contains the content folder {folder}",
    "problem.unsafe.is_docs": "is docs_dir ({folder})",
    "problem.unsafe.inside_docs": "lies inside docs_dir ({folder})",
    "problem.unsafe.contains_docs": "contains docs_dir ({folder})",
    "problem.load.type.folder": "a folder",
    "problem.load.type.pipe": "a named pipe",
    "problem.load.type.socket": "a socket",
    "problem.load.type.device": "a device",
    "problem.load.type.special": "a special file",
    "problem.load.link_loop": "the link to '{target}' is not followed: it leads back to a "
    "folder above it, so its files would be read again and again",
    "problem.load.link_loop.hint": "delete the link, or link the folder you meant to share "
    "(not one that holds the link)",
    "problem.load.too_large": "the file is {size} MB; the limit is {limit} MB",
    "problem.load.too_large.hint": "a journey, persona or blueprint fits in a few kilobytes; "
    "split the file",
    "problem.load.unreadable": "cannot read the file: {why}",
    "problem.load.unreadable.hint": "check the file's permissions",
    "problem.load.unreadable.loop": "the link leads back to itself; point it at a real file "
    "or delete it",
    "problem.load.unreadable.dangling": "the link points at nothing; point it at a real file "
    "or delete it",
}
