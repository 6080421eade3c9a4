"""Validated content -> the list of generated pages: where, titled what, showing what.

Each page is a template name plus its context; the plugin turns them into
MkDocs files in memory. Nothing is written to disk here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from cxdocs.content.evidence import journey_claims
from cxdocs.content.model import LANES, Blueprint, LaneItem, Persona, Phase, Settings
from cxdocs.content.repository import Repository
from cxdocs.diagrams.persona_card import initials
from cxdocs.files import FOLDERS
from cxdocs.i18n import catalog as i18n
from cxdocs.site import views
from cxdocs.site.compare import comparison_svg
from cxdocs.site.history import journey_history
from cxdocs.site.insights import facet, insight_contexts
from cxdocs.site.research import (
    evidence_items,
    journey_evidence,
    public_source,
    source_context,
    source_register,
)


@dataclass(frozen=True)
class TocEntry:
    level: int
    anchor: str
    title: str
    children: list[TocEntry] = field(default_factory=list)


@dataclass
class PageSpec:
    src_uri: str  # e.g. "journeys/first-purchase.md"
    title: str
    template: str
    context: dict[str, Any]
    toc: list[TocEntry] = field(default_factory=list)


# Folder for each section of generated pages; also the diagram keys' prefixes.
SECTIONS = (*FOLDERS.values(), "insights")
INSIGHT_PAGES = (
    ("pain-points", "pain_register"),
    ("actions", "actions_backlog"),
    ("channels", "channel_matrix"),
    ("metrics", "metrics_vs_targets"),
    ("moments-of-truth", "moments_of_truth"),
)


def journey_order(repo: Repository) -> list[str]:
    """Journey pages in reading order: the index, then by title, each
    current-state journey followed by the future states that improve it."""
    journeys = [e.item for e in repo.journeys.values()]

    def key(journey: Any) -> tuple[str, int, str]:
        current = repo.journeys.get(journey.improves) if journey.improves else None
        base = current.item.title if current else journey.title
        return (base.lower(), 0 if journey.state == "current" else 1, journey.title.lower())

    ordered = sorted(journeys, key=key)
    return ["journeys/index.md", *(f"journeys/{j.id}.md" for j in ordered)]


@dataclass(frozen=True)
class LaneRow:
    phase: Phase
    lane: str
    item: LaneItem


def _lane_rows(blueprint: Blueprint) -> list[LaneRow]:
    return [
        LaneRow(phase, lane, item)
        for phase in blueprint.phases
        for lane in LANES
        for item in phase.lane(lane)
    ]


def plan_pages(
    repo: Repository, svgs: dict[str, Markup], image_urls: dict[str, str]
) -> list[PageSpec]:
    """Every generated page; `svgs` maps 'journey:<id>' etc. to the diagram's markup.

    The markup is trusted: our renderer escaped every user string inside it (the
    plugin passes placeholders that it swaps for the SVG after rendering).
    """
    locale = repo.settings.locale

    def t(key: str) -> str:
        return i18n.label(locale, key)

    pages: list[PageSpec] = []
    personas = sorted(repo.personas.values(), key=lambda e: e.item.name.lower())
    pages.append(
        PageSpec(
            "personas/index.md",
            t("personas"),
            "personas.html",
            {"cards": [_persona_card(e.item, image_urls) for e in personas]},
        )
    )
    for entry in personas:
        pages.append(_persona_page(repo, entry.item, svgs, image_urls, t))

    order = journey_order(repo)
    summaries = sorted(
        views.journey_summaries(repo),
        key=lambda s: order.index(f"journeys/{s.journey.id}.md"),
    )
    tags = sorted({tag for s in summaries for tag in s.journey.tags}, key=str.lower)
    pages.append(
        PageSpec(
            "journeys/index.md", t("journeys"), "journeys.html", {"rows": summaries, "tags": tags}
        )
    )
    for summary in summaries:
        pages.append(_journey_page(repo, summary.journey.id, svgs, t))

    blueprints = sorted(repo.blueprints.values(), key=lambda e: e.item.title.lower())
    rows = []
    for b_entry in blueprints:
        lane_rows = _lane_rows(b_entry.item)
        rows.append(
            {
                "blueprint": b_entry.item,
                "journey": _journey(repo, b_entry.item.journey),
                "fail_points": sum(1 for r in lane_rows if r.item.fail_text is not None),
                "waits": sum(1 for r in lane_rows if r.item.wait),
            }
        )
        pages.append(_blueprint_page(repo, b_entry.item, lane_rows, svgs, t))
    pages.insert(
        len(pages) - len(blueprints),
        PageSpec("blueprints/index.md", t("blueprints"), "blueprints.html", {"rows": rows}),
    )

    pages.extend(_research_pages(repo, t))
    pages.insert(0, _home_page(repo, t))
    contexts = insight_contexts(repo, t)
    for slug, label in INSIGHT_PAGES:
        context, toc = contexts[slug]
        entries = [TocEntry(2, anchor, title) for anchor, title in toc]
        pages.append(PageSpec(f"insights/{slug}.md", t(label), f"{slug}.html", context, entries))
    return pages


def object_page(
    repo: Repository, src_uri: str, svgs: dict[str, Markup], image_urls: dict[str, str]
) -> PageSpec | None:
    """The page of one persona, journey or blueprint, exactly as `plan_pages`
    plans it, without planning the others (registers and insights cost far
    more): what a live preview shows first after an edit. None for any other page."""
    locale = repo.settings.locale

    def t(key: str) -> str:
        return i18n.label(locale, key)

    folder, _, name = src_uri.partition("/")
    ident = name.removesuffix(".md")
    if folder == FOLDERS["persona"] and ident in repo.personas:
        return _persona_page(repo, repo.personas[ident].item, svgs, image_urls, t)
    if folder == FOLDERS["journey"] and ident in repo.journeys:
        return _journey_page(repo, ident, svgs, t)
    if folder == FOLDERS["blueprint"] and ident in repo.blueprints:
        blueprint = repo.blueprints[ident].item
        return _blueprint_page(repo, blueprint, _lane_rows(blueprint), svgs, t)
    return None


def home_context(repo: Repository) -> dict[str, Any]:
    """What the home page's blocks show: today's figures (current state only)."""
    refs = [r for r in views.step_refs(repo) if r.journey.state == "current"]
    scored = sorted(
        (r for r in refs if r.step.emotion is not None and r.step.emotion < 0),
        key=lambda r: (r.step.emotion, r.journey.title, r.step.id),
    )
    high = [
        row
        for row in views.pain_register(repo)
        if row.pain.severity == "high" and row.ref.journey.state == "current"
    ]
    counts = {
        "personas": len(repo.personas),
        "journeys": len(repo.journeys),
        "blueprints": len(repo.blueprints),
        "high_pains": len(high),
    }
    if repo.has_research:  # without research, every pain point would count as a guess
        counts["sources"] = len(repo.sources)
        counts["unsupported_high"] = sum(1 for row in high if not repo.support(row.pain.evidence))
    return {"counts": counts, "worst": scored[:10], "high_pains": high}


def _home_page(repo: Repository, t: Any) -> PageSpec:
    """A landing page, used when docs/ has no index.md of its own."""
    return PageSpec(
        "index.md",
        t("home"),
        "home.html",
        home_context(repo),
        [TocEntry(2, "worst-moments", t("worst_moments")), TocEntry(2, "explore", t("insights"))],
    )


def _journey(repo: Repository, journey_id: str | None) -> Any:
    entry = repo.journeys.get(journey_id) if journey_id else None
    return entry.item if entry else None


def _persona_card(persona: Persona, image_urls: dict[str, str]) -> dict[str, Any]:
    return {
        "persona": persona,
        "initials": initials(persona.name),
        "image_url": image_urls.get(persona.id),
    }


def channel_name(settings: Settings, ident: str) -> Markup:
    """A channel's label, after its mark when it has one (hidden from screen
    readers: the label says it already)."""
    label = escape(settings.channel_labels.get(ident, ident))
    icon = settings.channel_icons.get(ident)
    if not icon:
        return label
    return Markup('<span class="cx-channel-icon" aria-hidden="true">%s</span> %s') % (icon, label)


def _persona_page(
    repo: Repository, persona: Persona, svgs: dict[str, Markup], image_urls: dict[str, str], t: Any
) -> PageSpec:
    toc = [TocEntry(2, "demographics", t("demographics"))] if persona.demographics else []
    if f"persona:{persona.id}" in svgs:
        toc.append(TocEntry(2, "empathy-map", t("empathy_map")))
    toc.append(TocEntry(2, "journeys", t("appears_in")))
    return PageSpec(
        f"personas/{persona.id}.md",
        persona.name,
        "persona.html",
        {
            **_persona_card(persona, image_urls),
            "channel_labels": [channel_name(repo.settings, c) for c in persona.channels],
            "evidence": evidence_items(repo, persona.evidence),
            "empathy_svg": svgs.get(f"persona:{persona.id}"),
            "journeys": sorted(repo.journeys_of(persona.id), key=lambda j: j.title.lower()),
        },
        toc,
    )


def _journey_page(repo: Repository, journey_id: str, svgs: dict[str, Markup], t: Any) -> PageSpec:
    journey = repo.journeys[journey_id].item
    improves = _journey(repo, journey.improves)
    comparison = None
    if improves is not None:
        comparison = Markup(
            comparison_svg(
                improves,
                journey,
                {
                    "title": t("current_vs_future"),
                    "current": f"{t('state_current')}: {improves.title}",
                    "future": f"{t('state_future')}: {journey.title}",
                    "current_state": t("state_current"),
                    "future_state": t("state_future"),
                },
                id_prefix=f"cmp-{journey.id}",
                locale=repo.settings.locale,
            )
        )
    blueprints = sorted(repo.blueprints_of(journey.id), key=lambda b: b.title.lower())
    toc = [TocEntry(2, "journey-map", t("journey_map"))]
    if comparison:
        toc.append(TocEntry(2, "current-vs-future", t("current_vs_future")))
    toc.append(
        TocEntry(
            2,
            "details",
            t("details"),
            [TocEntry(3, f"stage-{s.id}", s.name) for s in journey.stages],
        )
    )
    if journey.actions:
        toc.append(TocEntry(2, "actions", t("actions")))
    if blueprints:
        toc.append(TocEntry(2, "blueprints", t("related_blueprints")))
    return PageSpec(
        f"journeys/{journey.id}.md",
        journey.title,
        "journey.html",
        {
            "journey": journey,
            "journey_svg": svgs.get(f"journey:{journey.id}", ""),
            "comparison_svg": comparison,
            "improves": improves,
            "futures": sorted(repo.future_of(journey.id), key=lambda j: j.title.lower()),
            "blueprints": blueprints,
            "step_titles": {s.id: s.action for s in journey.steps},
            "evidence": journey_evidence(repo, list(journey_claims(journey))),
            "history": journey_history(repo, journey.id),
        },
        toc,
    )


def _blueprint_page(
    repo: Repository,
    blueprint: Blueprint,
    lane_rows: list[LaneRow],
    svgs: dict[str, Markup],
    t: Any,
) -> PageSpec:
    return PageSpec(
        f"blueprints/{blueprint.id}.md",
        blueprint.title,
        "blueprint.html",
        {
            "blueprint": blueprint,
            "journey": _journey(repo, blueprint.journey),
            "blueprint_svg": svgs.get(f"blueprint:{blueprint.id}", ""),
            # Most severe first, as pain points are; the diagram's order within a rank.
            "fail_points": sorted(
                (r for r in lane_rows if r.item.fail_severity is not None),
                key=lambda r: views.SEVERITY_ORDER[r.item.fail_severity or "medium"],
            ),
            "waits": [r for r in lane_rows if r.item.wait],
        },
        [
            TocEntry(2, "blueprint", t("blueprint")),
            TocEntry(2, "fail-points", t("fail_points")),
            TocEntry(2, "waits", t("waits")),
        ],
    )


def _research_pages(repo: Repository, t: Any) -> list[PageSpec]:
    """The Research section: the register of sources, then a page per source."""
    if not repo.sources:
        return []
    rows = source_register(repo)
    methods = facet(
        "method",
        "method",
        ([row.source.method] for row in rows),
        {row.source.method: t(f"method_{row.source.method}") for row in rows},
    )
    pages = [
        PageSpec(
            "research/index.md", t("research"), "research.html", {"rows": rows, "facets": [methods]}
        )
    ]
    for row in rows:
        source = repo.sources[row.source.id].item
        toc = [TocEntry(2, "quotes", t("quotes"))] if source.quotes else []
        if source.findings:
            toc.append(TocEntry(2, "findings", t("findings")))
        pages.append(
            PageSpec(
                f"research/{source.id}.md",
                public_source(source).name,
                "source.html",
                source_context(repo, source),
                toc,
            )
        )
    return pages
