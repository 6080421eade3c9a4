"""Typed objects for everything in the content format (FORMAT.md, version 1).

The models are the single definition of what `cxdocs check` accepts: validation
errors come from them, and so will the JSON Schemas editors use. Checks that need
more than one file (references, duplicates across files) live in `content/checks/`.

Model-level rules raise `PydanticCustomError` whose *type* is the stable problem
code, so `content.validation.validate` can turn them into problems without a lookup table;
their context names their words (`{"words": "nps_counts"}`: the catalog's
`problem.rule.nps_counts` and its `.hint`), so the problem reads in the site's locale.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from cxdocs.content.vocabulary import ActionStatus, Better, JourneyState, Severity, YesNo, canonical
from cxdocs.content.yaml.scalars import written
from cxdocs.i18n import Locale

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SLUG_RE = re.compile(SLUG_PATTERN)


# YAML reads `zip: 02134`, `wait: 1:30`... as numbers only where the 1.2 core
# schema says so, and the reader keeps the spelling: text fields show exactly
# what was written (`02134`, `5.000`, `.inf`), never a re-printed number.
# (`written` itself is the validator: it runs for every text field of every file.)
_number_to_text = written


def _id_text(value: Any) -> Any:
    # `persona: 007` is the id '007', as written.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def _text_to_object(value: Any) -> Any:
    # Pain points, opportunities and lane items may be written as a bare string.
    if isinstance(value, str | int | float):
        return {"text": written(value)}
    return value


def _flag_or_text(value: Any) -> Any:
    # `fail_point: true` or `fail_point: Card declined`; anything else is a mistake
    # reported once, rather than as one error per branch of a union.
    if isinstance(value, bool | int | float | str):
        flag = canonical("yes_no", value if isinstance(value, bool) else written(value))
        # Drawn on the diagram, so limited like every other text there.
        if isinstance(flag, str) and len(flag) > MAX_TEXT:
            raise PydanticCustomError("string_too_long", "too long", {"max_length": MAX_TEXT})
        return flag  # `fail_point: sim` is true
    raise PydanticCustomError(
        "wrong-type", "must be true or a description (text)", {"words": "flag_or_text"}
    )


_SlugText = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
# `id: 12` is the id '12': editors take a whole number too (never a negative one,
# whose '-' cannot start an id).
ID_AS_NUMBER = {
    "type": "integer",
    "minimum": 0,
    "description": "An id written as a whole number: 007 is the id '007'.",
}
_ID_FORMS = {"anyOf": [{"type": "string", "pattern": SLUG_PATTERN}, ID_AS_NUMBER]}
Slug = Annotated[_SlugText, BeforeValidator(_id_text), WithJsonSchema(_ID_FORMS)]
# The JSON Schema must accept what validation accepts, so editors agree with
# `cxdocs check`: numbers and dates are fine where text is expected.
# Graphviz (2.43, still in Debian and Ubuntu LTS) refuses a quoted string over
# 16,382 bytes, and a tooltip holds a step's whole action with `&` escaped as
# `&amp;`: 2,000 characters stay under that limit whatever they are (emoji,
# `&`, backslashes), so `cxdocs check` stops what would break the build.
MAX_TEXT = 2000
# The length limit sits on the str itself, inside the before-validator, so that
# pydantic checks it in its core (after a validator it would run in Python).
_Limited = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Text = Annotated[
    _Limited, BeforeValidator(_number_to_text, json_schema_input_type=_Limited | int | float | bool)
]


def _label(value: Any) -> Any:
    # `app:` or `app: ''` declares a channel the site and diagrams would show as nothing.
    if value is None or (isinstance(value, str) and not value.strip()):
        raise PydanticCustomError("empty-label", "has no label", {"words": "empty_label"})
    return value


# The label of a declared channel or actor: text people see, never empty.
Label = Annotated[Text, BeforeValidator(_label)]
# Narratives (`description`, a Markdown body) are never drawn: no limit.
Narrative = Annotated[
    str, BeforeValidator(_number_to_text, json_schema_input_type=str | int | float | bool)
]
# A reference to an id (persona, channel, actor, step...). Any text is taken
# here: whether it names something is the cross-checks' job, and they can say
# more than "not a valid id" ("did you mean 'email'", when the label 'E-mail'
# was written instead of the id). Editors still see the id pattern.
Ref = Annotated[
    str,
    BeforeValidator(_number_to_text),
    WithJsonSchema(_ID_FORMS),
]
# Numbers are read strictly: only what the YAML reader typed as a number is one.
# Lax pydantic would take `true` as 1 (bool is an int in Python) and the text
# `"1_0"`, `" 5 "` or `"Infinity"` through Python's float(): none is a YAML 1.2 number.
# Every kind of object can be a draft; one definition keeps its description equal.
# Like every yes/no of the format: true or false (or sim/não), nothing looser.
Draft = Annotated[
    YesNo,
    Field(
        description="Work in progress: checked for errors, but left out of the published "
        "site and of completeness warnings until removed (or the site sets drafts: true).",
    ),
]
Emotion = Annotated[int, Field(ge=-2, le=2, strict=True)]
Count = Annotated[int, Field(ge=0, strict=True)]
Number = Annotated[float, Field(allow_inf_nan=False, strict=True)]


def slugify(text: str) -> str:
    """`Pagamento por Pix!` -> `pagamento-por-pix`: the id a name implies."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def is_slug(text: str) -> bool:
    return bool(_SLUG_RE.match(text))


class Model(BaseModel):
    """Base for all content models: unknown keys are errors, never ignored."""

    # defer_build: a model's validator is built when first used, so a check
    # that reuses every document (cxdocs.content.checks.memo) never builds one.
    model_config = ConfigDict(extra="forbid", validate_default=False, frozen=True, defer_build=True)


def _id_is_optional(schema: dict[str, Any]) -> None:
    # Required in Python (always filled in before or during validation), but a
    # file may leave it out: it defaults to the file name or the item's name.
    required = schema.get("required", [])
    if "id" in required:
        required.remove("id")


class Identified(Model):
    """A model whose `id` may be omitted in files (see _id_is_optional)."""

    model_config = ConfigDict(json_schema_extra=_id_is_optional)


def _derive_id(data: Any, source_field: str) -> Any:
    """Give a stage or step the id its name implies when none is written."""
    if isinstance(data, dict) and "id" not in data:
        source = written(data.get(source_field))
        if isinstance(source, str) and slugify(source):
            return {**data, "id": slugify(source)}
    return data


# --- persona -----------------------------------------------------------------

# Evidence: free text (shown as written) or citations of research sources,
# `source-id` or `source-id#quote-id` (see `content/evidence.py`).
Evidence = list[Text]
_EVIDENCE = (
    "Where this comes from: citations of research sources ('interview-ana#q3', "
    "'nps-survey-2024') or free text."
)


class EmpathyMap(Model):
    """What the persona thinks, feels, says and does in the situation studied."""

    thinks: list[Text] = Field(default_factory=list)
    feels: list[Text] = Field(default_factory=list)
    says: list[Text] = Field(default_factory=list)
    does: list[Text] = Field(default_factory=list)
    pains: list[Text] | None = Field(
        default=None,
        description="Fears, frustrations, obstacles; default: the persona's pain_points.",
    )
    gains: list[Text] | None = Field(
        default=None, description="Wants, needs, measures of success; default: the persona's goals."
    )


class Persona(Identified):
    """A fictional customer built from research, standing for a segment."""

    id: Slug = Field(description="Defaults to the file name without extension.")
    name: Text = Field(description="The persona's name, e.g. 'Ana Souza'.")
    role: Text | None = Field(default=None, description="One line under the name.")
    image: Text | None = Field(default=None, description="Picture, relative to this file.")
    segment: Text | None = Field(default=None, description="Value and need segment.")
    quote: Text | None = None
    demographics: dict[str, Text] = Field(
        default_factory=dict, description="Free mapping of label to value, shown as a table."
    )
    traits: list[Text] = Field(default_factory=list)
    behaviour: list[Text] = Field(default_factory=list)
    goals: list[Text] = Field(default_factory=list)
    motivations: list[Text] = Field(default_factory=list)
    needs: list[Text] = Field(default_factory=list)
    pain_points: list[Text] = Field(default_factory=list)
    channels: list[Ref] = Field(default_factory=list, description="Preferred channel ids.")
    empathy_map: EmpathyMap | None = None
    evidence: Evidence = Field(default_factory=list, description=_EVIDENCE)
    description: Narrative | None = Field(default=None, description="Markdown narrative.")
    draft: Draft = False


# --- journey -----------------------------------------------------------------

OPEN_STATUSES: frozenset[str] = frozenset({"idea", "planned", "doing"})


class PainPoint(Model):
    text: Text
    severity: Severity = "medium"
    evidence: Evidence = Field(default_factory=list, description=_EVIDENCE)


class Opportunity(Model):
    """An idea to improve the step; it may cite the research that suggests it."""

    text: Text
    evidence: Evidence = Field(default_factory=list, description=_EVIDENCE)


class Metric(Model):
    """A measure on a step; NPS may be given as counts and is then computed."""

    name: Text
    value: Number | None = None
    target: Number | None = None
    unit: Text | None = None
    better: Better = Field(
        default="higher", description="Whether higher or lower values are better (CES: lower)."
    )
    promoters: Count | None = None
    passives: Count | None = None
    detractors: Count | None = None

    @model_validator(mode="after")
    def _value_or_counts(self) -> Metric:
        counts = (self.promoters, self.passives, self.detractors)
        given = [c for c in counts if c is not None]
        if given and len(given) != 3:
            raise PydanticCustomError(
                "incomplete-nps",
                "an NPS given as counts needs promoters, passives and detractors",
                {"words": "nps_counts"},
            )
        if given and sum(given) == 0:
            raise PydanticCustomError(
                "incomplete-nps",
                "an NPS needs at least one answer; all counts are 0",
                # Not "give all three counts": they were all given, all 0.
                {"words": "nps_no_answers"},
            )
        if not given and self.value is None:
            raise PydanticCustomError(
                "metric-without-value",
                "no value and no NPS counts",
                {"words": "metric_without_value"},
            )
        return self

    @property
    def is_computed_nps(self) -> bool:
        return self.promoters is not None

    @property
    def responses(self) -> int:
        return (self.promoters or 0) + (self.passives or 0) + (self.detractors or 0)

    @property
    def current(self) -> float:
        """The value to report: computed NPS (% promoters - % detractors) or `value`."""
        if self.is_computed_nps:
            promoters, detractors = self.promoters or 0, self.detractors or 0
            # Exact: the one number formatter (i18n/numbers.py) rounds it, once, for display.
            return 100 * (promoters - detractors) / self.responses
        assert self.value is not None  # guaranteed by _value_or_counts
        return self.value

    @property
    def meets_target(self) -> bool | None:
        if self.target is None:
            return None
        if self.better == "lower":
            return self.current <= self.target
        return self.current >= self.target


class Step(Identified):
    """What the customer does inside a stage, where, and how it feels."""

    id: Slug = Field(description="Defaults to the action turned into an id.")
    action: Text
    channel: Ref | None = None
    touchpoint: Text | None = None
    actors: list[Ref] = Field(default_factory=list)
    thinks: Text | None = None
    feels: Text | None = None
    emotion: Emotion | None = Field(
        default=None, description="-2 (very negative) .. +2 (very positive)."
    )
    moment_of_truth: YesNo = False
    pain_points: list[
        Annotated[
            PainPoint, BeforeValidator(_text_to_object, json_schema_input_type=Text | PainPoint)
        ]
    ] = Field(default_factory=list)
    opportunities: list[
        Annotated[
            Opportunity,
            BeforeValidator(_text_to_object, json_schema_input_type=Text | Opportunity),
        ]
    ] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    evidence: Evidence = Field(
        default_factory=list, description=_EVIDENCE + " Backs the step and its emotion."
    )
    description: Narrative | None = None

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        return _derive_id(data, "action")


class Stage(Identified):
    """A phase of the journey; its steps run in order."""

    id: Slug = Field(description="Defaults to the name turned into an id.")
    name: Text
    description: Narrative | None = None
    steps: list[Step] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        return _derive_id(data, "name")


class Focus(Model):
    """The focus challenge: (who) can (do what) so that (why)."""

    who: Text
    can: Text
    so_that: Text


class Action(Model):
    """An insight turned into owned work."""

    id: Slug
    title: Text
    owner: Ref = Field(description="An actor id.")
    status: ActionStatus = "idea"
    addresses: list[Ref] = Field(default_factory=list, description="Step ids of this journey.")
    why: list[Text] = Field(default_factory=list, max_length=5, description="Up to five whys.")
    description: Narrative | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class MapLanes(Model):
    """Optional journey-map lanes: shown when the journey has their data, unless turned off.

    Unset (None) follows the site's `lanes` setting; the site's default is on.
    """

    metrics: YesNo | None = Field(
        default=None,
        description="Each step's metrics as chips: value against target, met or missed.",
    )
    actions: YesNo | None = Field(
        default=None,
        description="The journey's actions (owner and status) on the steps they address.",
    )


class Journey(Identified):
    """The end-to-end experience of one persona going after one goal."""

    id: Slug = Field(description="Defaults to the file name without extension.")
    title: Text
    persona: Ref = Field(description="A persona id.")
    state: JourneyState = "current"
    improves: Ref | None = Field(
        default=None, description="Future state only: the current-state journey id."
    )
    owner: Ref | None = Field(default=None, description="An actor id.")
    scenario: Text | None = None
    focus: Focus | None = None
    based_on: Text | None = Field(
        default=None,
        description="The research the map is built from, e.g. '14 interviews, web "
        "analytics Aug-Sep 2024'; printed in the map's header.",
    )
    lanes: MapLanes | None = Field(
        default=None,
        description="Turn the optional map lanes (metrics, actions) on or off for this "
        "journey; unset follows the site's `lanes` setting.",
    )
    expectations: list[Text] = Field(default_factory=list)
    tags: list[Text] = Field(default_factory=list)
    stages: list[Stage] = Field(min_length=1)
    actions: list[Action] = Field(default_factory=list)
    description: Narrative | None = Field(default=None, description="Markdown narrative.")
    draft: Draft = False

    @property
    def steps(self) -> list[Step]:
        return [step for stage in self.stages for step in stage.steps]

    @property
    def average_emotion(self) -> float | None:
        scores = [s.emotion for s in self.steps if s.emotion is not None]
        # Exact: rounded once, where it is shown (i18n/numbers.py).
        return sum(scores) / len(scores) if scores else None

    def shows_lane(self, lane: Literal["metrics", "actions"], site: MapLanes) -> bool:
        """Is the optional `lane` on for this journey's map (its data decides the rest)?"""
        own = getattr(self.lanes, lane) if self.lanes else None
        chosen: bool | None = own if own is not None else getattr(site, lane)
        return chosen is not False


# --- blueprint ---------------------------------------------------------------

LANES: tuple[str, ...] = ("evidence", "customer", "frontstage", "backstage", "support")


def _id_to_object(value: Any) -> Any:
    # `to: [reserve]` is a hand-off without a label; numbers are ids as written.
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return {"id": written(value)}
    return value


class HandOff(Model):
    """One `to:` entry: the item handed over to, and what passes (optional)."""

    id: Ref = Field(description="The id of the item handed over to, in any phase.")
    label: Text | None = Field(
        default=None,
        description="What is handed over (an order id, the parcel): drawn on the arrow.",
    )


def _fail_point(value: Any) -> Any:
    # `fail_point: {text: ..., severity: high}` ranks it; `true` or a text is a
    # medium one. Every form becomes the object, so a mistake inside it is
    # reported once, at its key, not once per form a union would try.
    if value is None or isinstance(value, dict | FailPoint):
        return value
    flag = _flag_or_text(value)
    if flag is False:
        return None
    return {"text": None if flag is True else flag}


class FailPoint(Model):
    """A fail point written as an object, to rank it like a pain point."""

    text: Text | None = Field(default=None, description="How it fails (optional).")
    severity: Severity = "medium"


class LaneItem(Model):
    """One box in a blueprint lane."""

    text: Text
    id: Slug | None = None
    actor: Ref | None = Field(default=None, description="An actor id.")
    to: list[
        Annotated[HandOff, BeforeValidator(_id_to_object, json_schema_input_type=Ref | HandOff)]
    ] = Field(
        default_factory=list,
        description="Items this one hands over to: ids, or {id, label} to name what passes.",
    )
    fail_point: Annotated[
        FailPoint | None,
        BeforeValidator(_fail_point, json_schema_input_type=bool | Text | FailPoint | None),
    ] = Field(
        default=None,
        description="true, a description of how it fails, or {text, severity} to rank it.",
    )
    wait: Text | None = Field(default=None, description="How long the customer waits.")
    step: Ref | None = Field(default=None, description="Customer lane: a step id of the journey.")
    serves: Ref | None = Field(
        default=None,
        description="Not in the customer lane: the id of the customer action (same phase) "
        "this activity serves; the diagram draws it in that action's column. Without it, "
        "hand-offs decide, then order.",
    )

    @property
    def targets(self) -> list[str]:
        """The ids this item hands over to, in order."""
        return [hand.id for hand in self.to]

    @property
    def fail_text(self) -> str | None:
        """The fail point as text (`true` or no text becomes an empty string), or None."""
        return None if self.fail_point is None else self.fail_point.text or ""

    @property
    def fail_severity(self) -> str | None:
        """low, medium (a flag or text) or high; None without a fail point."""
        return None if self.fail_point is None else self.fail_point.severity


LaneItems = list[
    Annotated[LaneItem, BeforeValidator(_text_to_object, json_schema_input_type=Text | LaneItem)]
]


class Phase(Identified):
    """A column of the blueprint."""

    id: Slug = Field(description="Defaults to the name (or the stage) turned into an id.")
    # "" until the repository is loaded: then the journey's stage name (see
    # content/checks/phases.py), so a blueprint and its journey hang side by side.
    name: Text = Field(
        default="",
        description="Defaults to the name of the journey's stage this phase is: `stage`, "
        "else the stage with the phase's id, else the stage of its first customer action.",
    )
    stage: Ref | None = Field(
        default=None, description="The journey stage this phase is (for its name)."
    )
    evidence: LaneItems = Field(default_factory=list)
    customer: LaneItems = Field(default_factory=list)
    frontstage: LaneItems = Field(default_factory=list)
    backstage: LaneItems = Field(default_factory=list)
    support: LaneItems = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and "id" not in data and "name" not in data:
            return _derive_id(data, "stage")
        return _derive_id(data, "name")

    def lane(self, name: str) -> list[LaneItem]:
        items: list[LaneItem] = getattr(self, name)
        return items


class Blueprint(Identified):
    """The journey seen from inside: what the organisation does at each phase."""

    id: Slug = Field(description="Defaults to the file name without extension.")
    title: Text
    journey: Ref | None = Field(default=None, description="The journey it serves.")
    phases: list[Phase] = Field(min_length=1)
    description: Narrative | None = Field(default=None, description="Markdown narrative.")
    draft: Draft = False


# --- settings ----------------------------------------------------------------


DownloadFormat = Literal["svg", "png", "pdf"]
# The formats the site can offer a diagram in, in the order its links show them.
DOWNLOAD_FORMATS: tuple[DownloadFormat, ...] = ("svg", "png", "pdf")


def _download_order(formats: list[DownloadFormat]) -> list[DownloadFormat]:
    # A format listed twice is offered once; links always read SVG, PNG, PDF.
    return [fmt for fmt in DOWNLOAD_FORMATS if fmt in formats]


_MARK = re.compile(r"[^\sA-Za-z0-9]{1,8}")


def _mark(value: Any) -> Any:
    # One mark, not a word: a word is what the channel's label is for.
    if isinstance(value, str) and not _MARK.fullmatch(value):
        raise PydanticCustomError(
            "bad-icon",
            "must be one emoji or symbol, not a word",
            {"words": "bad_icon"},
        )
    return value


# A channel's mark on the map and the pages: the emoji or symbol a team picks.
ChannelIcon = Annotated[str, AfterValidator(_mark)]


class Channel(Model):
    """A declared channel: `app: Mobile app`, or with its mark,
    `app: {label: Mobile app, icon: "📱"}`."""

    label: Label
    icon: ChannelIcon | None = Field(
        default=None,
        description="An emoji or symbol drawn before the channel's name on the map "
        "and the pages (for example 📱, ✉️, ☎️, 🏬, 💬).",
    )


def _channel_shorthand(value: Any) -> Any:
    # `app: Mobile app` is `app: {label: Mobile app}`; an empty one is reported at
    # the channel itself, as "channel 'app' has no label".
    if isinstance(value, dict):
        return value
    return {"label": _label(value)}


ChannelDeclaration = Annotated[
    Channel, BeforeValidator(_channel_shorthand, json_schema_input_type=Label | Channel)
]


class Settings(Model):
    """The `cxdocs` plugin settings in mkdocs.yml, shared by `check` and the build."""

    locale: Locale = "en"
    channels: dict[Slug, ChannelDeclaration] = Field(
        default_factory=dict,
        description="Every channel a step may use: id -> label, or id -> {label, icon}.",
    )
    actors: dict[Slug, Label] = Field(default_factory=dict)
    nav_limit: int = Field(
        default=40,
        ge=0,
        strict=True,
        description="Sections with more objects than this list only their index page in "
        "the navigation (the index table lists them all); 0 lists everything.",
    )
    cell_limit: int = Field(
        default=4,
        ge=1,
        strict=True,
        description="Most pain points (most severe first) or opportunities a journey-map "
        "cell shows; the rest are counted ('+N more') and listed in the step's details.",
    )
    cache_dir: Text = Field(
        default=".cache/cxdocs", description="Rendered-diagram cache, relative to mkdocs.yml."
    )
    drafts: YesNo = Field(
        default=False,
        description="Publish objects marked `draft: true` too (e.g. for a preview site).",
    )
    lanes: MapLanes = Field(
        default_factory=lambda: MapLanes(metrics=True, actions=True),
        description="The optional journey-map lanes (metrics, actions) the site shows where "
        "a journey has their data; a journey's own `lanes` overrides this.",
    )
    evidence_required: list[Literal["low", "medium", "high", "emotion"]] = Field(
        default_factory=list,
        description="Warn about claims that cite no research source: pain points of these "
        "severities, and ('emotion') steps with an emotion score; [] warns about none.",
    )
    downloads: Annotated[list[DownloadFormat], AfterValidator(_download_order)] = Field(
        default_factory=lambda: list(DOWNLOAD_FORMATS),
        description="The formats every diagram is offered for download in (drawn at build "
        "time); [] offers none. The page always shows the diagram itself.",
    )

    @property
    def channel_labels(self) -> dict[str, str]:
        """Each declared channel's label, what pages and diagrams show."""
        return {k: v.label for k, v in self.channels.items()}

    @property
    def channel_icons(self) -> dict[str, str]:
        """The channels declared with an `icon`, and their mark."""
        return {k: v.icon for k, v in self.channels.items() if v.icon}
