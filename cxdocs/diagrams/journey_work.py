"""The optional lanes that put numbers and owners on the wall: Metrics and Actions.

Each is drawn only where the journey has the data and the lane is on (the
site's `lanes` setting, overridden by the journey's own `lanes`). A metric is a
chip: its name, the value against the target, and a tick or a cross with the
words the pages use ("meets target", "below target"), so met and missed never
rest on colour. An action is a chip on every step it addresses: its title, its
owner and its status. Both lanes are plain text lanes of `journey.py`, so more
lanes (evidence, for one) slot in the same way.
"""

from __future__ import annotations

from cxdocs.content.model import Action, Journey, Metric, Settings
from cxdocs.diagrams import journey_cells as cells
from cxdocs.diagrams import style as st
from cxdocs.diagrams.common import LegendItem
from cxdocs.diagrams.journey_cells import BADGE_W, TEXT_W, CellRows, Column, join, more
from cxdocs.diagrams.scene import Row, TextStyle, paragraph, spacer
from cxdocs.i18n import catalog as i18n
from cxdocs.i18n.numbers import measure

MET = ("\u2713", "#1e7b34", "#f2f8f4")  # badge, badge colour, chip fill
MISSED = ("\u2717", "#b42318", "#fcf3f3")
NO_TARGET = ("\u25cb", st.MUTED, "#f1f4f7")
NAME = TextStyle(size=9.5, bold=True, color=st.INK)
FIGURE = TextStyle(size=9, color=st.INK_SOFT)
STATUS_BADGE = {
    "idea": "\u25cb",
    "planned": "\u25cb",
    "doing": "\u25b6",
    "done": "\u2713",
    "dropped": "\u00d7",
}


def metric_value(metric: Metric, loc: str) -> str:
    """ "87% · target 85%": the figures as the metric pages write them."""
    value = measure(metric.current, metric.unit, loc)
    if metric.target is None:
        return value
    target = i18n.label(loc, "report.target", value=measure(metric.target, metric.unit, loc))
    return f"{value} \u00b7 {target}"


def metric_chip(metric: Metric, loc: str) -> list[Row]:
    met = metric.meets_target
    badge, color, fill = NO_TARGET if met is None else MET if met else MISSED
    verdict = i18n.label(
        loc, "no_target" if met is None else "meets_target" if met else "misses_target"
    )
    badge_style = TextStyle(size=10, bold=True, color=color)
    rows = paragraph(
        metric.name, TEXT_W - BADGE_W, NAME, badge=badge, badge_style=badge_style, fill=fill
    )
    rows += paragraph(
        f"{metric_value(metric, loc)} \u00b7 {verdict}",
        TEXT_W - BADGE_W,
        FIGURE,
        badge="",
        fill=fill,
        line_height=12,
    )
    return rows


def metrics(col: Column, loc: str, limit: int) -> list[Row]:
    """One chip per metric, at most `limit` of them; then "+N more"."""
    chips = [metric_chip(m, loc) for m in col.step.metrics[:limit]]
    return join([*chips, more(len(col.step.metrics) - limit, loc)])


def actions_by_step(journey: Journey) -> dict[str, list[Action]]:
    """Step id -> the actions addressing it, open work first, in the file's order."""
    found: dict[str, list[Action]] = {}
    for action in sorted(journey.actions, key=lambda a: not a.is_open):
        for step_id in dict.fromkeys(action.addresses):
            found.setdefault(step_id, []).append(action)
    return found


def action_chip(action: Action, settings: Settings, loc: str) -> list[Row]:
    owner = settings.actors.get(action.owner, action.owner)
    status = i18n.label(loc, f"status_{action.status}")
    badge_style = TextStyle(size=10, bold=True, color=st.NAVY_SOFT)
    fill = "#eef3f8" if action.is_open else "#f6f7f9"
    title = TextStyle(size=9.5, bold=True, color=st.INK, strike=action.status == "dropped")
    rows = paragraph(
        action.title,
        TEXT_W - BADGE_W,
        title,
        badge=STATUS_BADGE[action.status],
        badge_style=badge_style,
        fill=fill,
    )
    rows += [spacer(2, fill)]
    rows += paragraph(
        f"{owner} \u00b7 {status}", TEXT_W - BADGE_W, st.SMALL_BOLD, badge="", fill=fill
    )
    return rows


def work(
    col: Column, found: dict[str, list[Action]], settings: Settings, loc: str, limit: int
) -> list[Row]:
    """The actions addressing this step, as chips; then "+N more"."""
    actions = found.get(col.step.id, [])
    chips = [action_chip(a, settings, loc) for a in actions[:limit]]
    return join([*chips, more(len(actions) - limit, loc)])


def has_metrics(journey: Journey, settings: Settings) -> bool:
    shown = journey.shows_lane("metrics", settings.lanes)
    return shown and any(s.metrics for s in journey.steps)


def has_actions(journey: Journey, settings: Settings) -> bool:
    return journey.shows_lane("actions", settings.lanes) and bool(actions_by_step(journey))


def lanes(loc: str, settings: Settings, journey: Journey) -> tuple[list[tuple[str, CellRows]], ...]:
    """Every text lane of `journey`'s map above and below the curve, by label key:
    the standard ones, then Metrics and Actions where they are on and have data."""
    above, below = cells.lanes(loc, settings)
    limit = settings.cell_limit
    if has_metrics(journey, settings):
        below.append(("journey.lane.metrics", lambda c: metrics(c, loc, limit)))
    if has_actions(journey, settings):
        found = actions_by_step(journey)
        below.append(("journey.lane.work", lambda c: work(c, found, settings, loc, limit)))
    return above, below


def legend(loc: str, current: bool, lanes: list[str]) -> list[LegendItem]:
    """Legend entries for the current-state overlay and the metric chips, when drawn."""
    items: list[LegendItem] = []
    if current:
        ghost = TextStyle(size=10, bold=True, color=st.GHOST)
        chip = TextStyle(size=9, bold=True, color=st.NAVY)
        items += [
            LegendItem(i18n.label(loc, "journey.legend.current"), "\u25cb", ghost),
            LegendItem(i18n.label(loc, "journey.legend.change"), "+1", chip, st.LANE_FILL),
        ]
    if "journey.lane.metrics" in lanes:
        items.append(LegendItem(i18n.label(loc, "journey.legend.metrics"), heading=True))
        for (badge, color, fill), key in ((MET, "meets_target"), (MISSED, "misses_target")):
            style = TextStyle(size=10, bold=True, color=color)
            items.append(LegendItem(i18n.label(loc, key), badge, style, fill))
    return items
