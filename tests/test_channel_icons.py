"""A channel's mark (`icon`): drawn before its name on the map and named with it on pages."""

from __future__ import annotations

from cxdocs.content.model import Settings
from cxdocs.diagrams import journey_diagram, to_dot
from cxdocs.site.pages import channel_name
from tests.helpers import small_journey

SETTINGS = Settings.model_validate(
    {
        "channels": {
            "web": "Website",
            "app": {"label": "Mobile app", "icon": "📱"},
            "whatsapp": {"label": "WhatsApp"},
        }
    }
)


def test_the_short_and_long_forms_declare_the_same_channels() -> None:
    assert SETTINGS.channel_labels == {
        "web": "Website",
        "app": "Mobile app",
        "whatsapp": "WhatsApp",
    }
    assert SETTINGS.channel_icons == {"app": "📱"}


def test_the_map_draws_the_mark_before_the_channel_name_in_its_column() -> None:
    diagram = journey_diagram(small_journey(), SETTINGS)
    texts = [row.text for box in diagram.boxes for row in box.rows]
    assert texts.count("📱 Mobile app") == 2  # both steps on the app
    assert "Mobile app" not in texts
    assert "Website" in texts and "WhatsApp" in texts  # no mark: drawn as before
    assert "📱" in to_dot(diagram)


def test_a_map_without_marks_is_unchanged_by_the_long_form() -> None:
    short = Settings.model_validate({"channels": {"web": "Website", "app": "Mobile app"}})
    long = Settings.model_validate(
        {"channels": {"web": {"label": "Website"}, "app": {"label": "Mobile app"}}}
    )
    journey = small_journey()
    assert to_dot(journey_diagram(journey, short)) == to_dot(journey_diagram(journey, long))


def test_pages_name_the_channel_after_its_mark_escaped_and_hidden_from_screen_readers() -> None:
    settings = Settings.model_validate(
        {"channels": {"app": {"label": "App <beta> & co", "icon": "<&>"}, "web": "Web & more"}}
    )
    assert str(channel_name(settings, "app")) == (
        '<span class="cx-channel-icon" aria-hidden="true">&lt;&amp;&gt;</span> '
        "App &lt;beta&gt; &amp; co"
    )
    assert str(channel_name(settings, "web")) == "Web &amp; more"
    assert str(channel_name(settings, "unknown")) == "unknown"
