"""Words cxdocs itself puts on diagrams and pages, in each supported locale.

Content is written in any language by its authors; these are only the labels
the tool adds (lane names, legends, "Future state"...). One flat dict per
locale, keyed by dotted names grouped by where they appear, so the site pages
can add their own keys beside the diagram ones. A key missing in a locale falls
back to English, so a new key never breaks a build; a key missing in English is
a programming error and raises KeyError.
"""

from __future__ import annotations

DEFAULT_LOCALE = "en"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        # shared by diagrams
        "diagram.future_state": "Future state",
        "diagram.improves": "improves {journey}",
        "diagram.moment_of_truth": "Moment of truth",
        "diagram.legend": "Legend",
        "count.stages.one": "{n} stage",
        "count.stages.other": "{n} stages",
        "count.steps.one": "{n} step",
        "count.steps.other": "{n} steps",
        "count.phases.one": "{n} phase",
        "count.phases.other": "{n} phases",
        "count.items.one": "{n} activity",
        "count.items.other": "{n} activities",
        "count.fail_points.one": "{n} fail point",
        "count.fail_points.other": "{n} fail points",
        "count.waits.one": "{n} wait",
        "count.waits.other": "{n} waits",
        "count.high_pains.one": "{n} high-severity pain point",
        "count.high_pains.other": "{n} high-severity pain points",
        # journey map
        "journey.title": "Journey map: {title}",
        "journey.persona": "Persona: {persona}",
        "journey.step": "Step {n}",
        "journey.average_emotion": "average emotion {value}",
        "journey.no_emotion": "no emotion scores",
        "journey.moments": "moments of truth: {steps}",
        "journey.no_score": "no score",
        "journey.lane.actions": "Actions",
        "journey.lane.channel": "Channel & touchpoint",
        "journey.lane.thinks_feels": "Thinks & feels",
        "journey.lane.emotion": "Emotion",
        "journey.lane.pain_points": "Pain points",
        "journey.lane.opportunities": "Opportunities",
        "journey.legend.severity": "Pain point severity:",
        "journey.legend.emotion": "Emotion:",
        "journey.legend.negative": "very negative",
        "journey.legend.positive": "very positive",
        "severity.high": "high",
        "severity.medium": "medium",
        "severity.low": "low",
        # service blueprint
        "blueprint.title": "Service blueprint: {title}",
        "blueprint.journey": "Journey: {journey}",
        "blueprint.lane.evidence": "Physical evidence",
        "blueprint.lane.customer": "Customer actions",
        "blueprint.lane.frontstage": "Front stage",
        "blueprint.lane.backstage": "Back stage",
        "blueprint.lane.support": "Support processes",
        "blueprint.line.interaction": "Line of interaction",
        "blueprint.line.visibility": "Line of visibility",
        "blueprint.line.internal": "Line of internal interaction",
        "blueprint.badge.fail": "F",
        "blueprint.badge.wait": "W",
        "blueprint.fail_point": "Fail point",
        "blueprint.wait": "Wait",
        "blueprint.legend.fail": "Fail point",
        "blueprint.legend.wait": "Customer waits (time)",
        "blueprint.legend.handover": "Hand-over",
        # persona empathy map
        "persona.title": "Empathy map: {name}",
        "persona.thinks": "Thinks",
        "persona.feels": "Feels",
        "persona.says": "Says",
        "persona.does": "Does",
        "persona.empty": "Nothing recorded yet",
        # diff highlights (cxdocs diff --svg-dir)
        "diff.tag.added": "NEW",
        "diff.tag.removed": "REMOVED",
        "diff.tag.changed": "CHANGED",
        "diff.tag.moved": "MOVED",
        "diff.banner.added": "Added since {base}",
        "diff.banner.changed": "Changes since {base}",
        "diff.was_step": "Was step {n}",
        "diff.was": "was {value}",
        "diff.was_unscored": "was not scored",
        "diff.moved_from": "moved from {place}",
        "diff.reordered": "moved within its stage",
        "diff.legend.heading": "Changes since {base}:",
        "diff.legend.added": "added",
        "diff.legend.removed": "removed (shown where it was)",
        "diff.legend.changed": "changed (amber outline on what changed)",
        "diff.legend.moved": "moved (a note says from where)",
        "diff.legend.was": "earlier emotion score",
        "diff.legend.arrow_added": "new hand-over",
        "diff.legend.arrow_removed": "removed hand-over",
        "diff.summary.added": "Added since {base}.",
        "diff.summary.journey": "Changes since {base}: steps added {added}, "
        "removed {removed}, changed {changed}.",
        "diff.summary.blueprint": "Changes since {base}: activities added {added}, "
        "removed {removed}, changed {changed}.",
    },
    "pt-BR": {
        "diagram.future_state": "Estado futuro",
        "diagram.improves": "melhora {journey}",
        "diagram.moment_of_truth": "Momento da verdade",
        "diagram.legend": "Legenda",
        "count.stages.one": "{n} etapa",
        "count.stages.other": "{n} etapas",
        "count.steps.one": "{n} passo",
        "count.steps.other": "{n} passos",
        "count.phases.one": "{n} fase",
        "count.phases.other": "{n} fases",
        "count.items.one": "{n} atividade",
        "count.items.other": "{n} atividades",
        "count.fail_points.one": "{n} ponto de falha",
        "count.fail_points.other": "{n} pontos de falha",
        "count.waits.one": "{n} espera",
        "count.waits.other": "{n} esperas",
        "count.high_pains.one": "{n} ponto de dor de alta severidade",
        "count.high_pains.other": "{n} pontos de dor de alta severidade",
        "journey.title": "Mapa da jornada: {title}",
        "journey.persona": "Persona: {persona}",
        "journey.step": "Passo {n}",
        "journey.average_emotion": "emoção média {value}",
        "journey.no_emotion": "sem notas de emoção",
        "journey.moments": "momentos da verdade: {steps}",
        "journey.no_score": "sem nota",
        "journey.lane.actions": "Ações",
        "journey.lane.channel": "Canal e ponto de contato",
        "journey.lane.thinks_feels": "Pensa e sente",
        "journey.lane.emotion": "Emoção",
        "journey.lane.pain_points": "Pontos de dor",
        "journey.lane.opportunities": "Oportunidades",
        "journey.legend.severity": "Severidade da dor:",
        "journey.legend.emotion": "Emoção:",
        "journey.legend.negative": "muito negativa",
        "journey.legend.positive": "muito positiva",
        "severity.high": "alta",
        "severity.medium": "média",
        "severity.low": "baixa",
        "blueprint.title": "Blueprint de serviço: {title}",
        "blueprint.journey": "Jornada: {journey}",
        "blueprint.lane.evidence": "Evidências físicas",
        "blueprint.lane.customer": "Ações do cliente",
        "blueprint.lane.frontstage": "Palco (linha de frente)",
        "blueprint.lane.backstage": "Bastidores",
        "blueprint.lane.support": "Processos de suporte",
        "blueprint.line.interaction": "Linha de interação",
        "blueprint.line.visibility": "Linha de visibilidade",
        "blueprint.line.internal": "Linha de interação interna",
        "blueprint.badge.fail": "F",
        "blueprint.badge.wait": "E",
        "blueprint.fail_point": "Ponto de falha",
        "blueprint.wait": "Espera",
        "blueprint.legend.fail": "Ponto de falha",
        "blueprint.legend.wait": "Cliente espera (tempo)",
        "blueprint.legend.handover": "Passagem",
        "persona.title": "Mapa de empatia: {name}",
        "persona.thinks": "Pensa",
        "persona.feels": "Sente",
        "persona.says": "Diz",
        "persona.does": "Faz",
        "persona.empty": "Nada registrado ainda",
        "diff.tag.added": "NOVO",
        "diff.tag.removed": "REMOVIDO",
        "diff.tag.changed": "ALTERADO",
        "diff.tag.moved": "MOVIDO",
        "diff.banner.added": "Novo desde {base}",
        "diff.banner.changed": "Mudanças desde {base}",
        "diff.was_step": "Era o passo {n}",
        "diff.was": "era {value}",
        "diff.was_unscored": "não tinha nota",
        "diff.moved_from": "veio de {place}",
        "diff.reordered": "mudou de lugar na etapa",
        "diff.legend.heading": "Mudanças desde {base}:",
        "diff.legend.added": "adicionado",
        "diff.legend.removed": "removido (mostrado onde estava)",
        "diff.legend.changed": "alterado (contorno âmbar no que mudou)",
        "diff.legend.moved": "movido (uma nota diz de onde)",
        "diff.legend.was": "nota de emoção anterior",
        "diff.legend.arrow_added": "nova passagem",
        "diff.legend.arrow_removed": "passagem removida",
        "diff.summary.added": "Novo desde {base}.",
        "diff.summary.journey": "Mudanças desde {base}: passos adicionados {added}, "
        "removidos {removed}, alterados {changed}.",
        "diff.summary.blueprint": "Mudanças desde {base}: atividades adicionadas {added}, "
        "removidas {removed}, alteradas {changed}.",
    },
}


def locales() -> tuple[str, ...]:
    return tuple(LABELS)


def label(locale: str, key: str, **values: object) -> str:
    """The label `key` in `locale` (English if missing), formatted with `values`."""
    template = LABELS.get(locale, {}).get(key)
    if template is None:
        template = LABELS[DEFAULT_LOCALE][key]
    return template.format(**values) if values else template


def plural(locale: str, key: str, count: int, **values: object) -> str:
    """`{key}.one` or `{key}.other` with `n` = count: "1 step", "3 steps"."""
    form = "one" if count == 1 else "other"
    return label(locale, f"{key}.{form}", n=count, **values)


def number(locale: str, value: float, decimals: int = 1, signed: bool = False) -> str:
    """`value` as text: "+0.3" in English, "+0,3" in Portuguese; a true minus sign."""
    text = f"{abs(value):.{decimals}f}"
    if locale.startswith("pt"):
        text = text.replace(".", ",")
    if value < 0 and float(text.replace(",", ".")) != 0:
        return "\u2212" + text
    return ("+" + text) if signed and value > 0 and float(text.replace(",", ".")) != 0 else text
