"""Home-page blocks in hand-written pages: ```cxdocs dashboard and friends."""

from __future__ import annotations

from cxdocs.content.embeds import cxdocs_blocks, find_embeds

PAGE = (
    "# Home\n\n```cxdocs dashboard\n```\n\n```cxdocs\nhigh-pain-points\n```\n\n"
    "```cxdocs\njourney: first-purchase\n```\n"
)


def test_blocks_are_named_on_the_fence_or_inside_it() -> None:
    keys = [block.key for block in cxdocs_blocks(PAGE)]
    assert keys == ["block:dashboard", "block:high-pain-points", "journey:first-purchase"]


def test_the_plugin_takes_blocks_and_other_doors_say_they_need_it() -> None:
    embeds, problems = find_embeds(PAGE, ["journey:first-purchase"], page_blocks=True)
    assert [key for _, _, key in embeds][:2] == ["block:dashboard", "block:high-pain-points"]
    assert problems == []
    embeds, problems = find_embeds(PAGE, ["journey:first-purchase"])
    assert [key for _, _, key in embeds] == ["journey:first-purchase"]
    assert problems[0] == (3, "cxdocs dashboard: needs the cxdocs plugin")
    assert len(problems) == 2
