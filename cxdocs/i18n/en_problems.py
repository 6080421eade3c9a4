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
}
