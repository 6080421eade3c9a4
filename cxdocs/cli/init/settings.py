"""The mkdocs.yml that `cxdocs init` writes: a site that builds with --strict
from the first commit, the cxdocs plugin with starter channels and actors, and
the theme in the content's language (search and navigation words match)."""

from __future__ import annotations

from cxdocs.content.model import Settings
from cxdocs.i18n.catalog import label

SITE_NAMES = {"en": "Customer experience", "pt-BR": "Experiência do cliente"}

# Starters a team renames and extends; declared (not commented out) so the
# first journey's channels resolve and editors can offer them.
STARTER_CHANNELS = {
    "en": {
        "web": "Website",
        "app": "Mobile app",
        "email": "E-mail",
        "phone": "Phone",
        "store": "Store",
    },
    "pt-BR": {
        "web": "Site",
        "app": "Aplicativo",
        "email": "E-mail",
        "phone": "Telefone (SAC)",
        "store": "Loja",
    },
}
STARTER_ACTORS = {
    "en": {
        "cx": "CX team",
        "support": "Customer support",
        "operations": "Operations",
        "website": "Website (system)",
    },
    "pt-BR": {
        "cx": "Time de CX",
        "support": "Atendimento",
        "operations": "Operações",
        "website": "Site (sistema)",
    },
}
# Material's language codes; MkDocs' own theme spells Brazilian Portuguese pt_BR.
MATERIAL_LANGUAGE = {"en": "en", "pt-BR": "pt-BR"}
MKDOCS_LOCALE = {"en": "en", "pt-BR": "pt_BR"}


def starter_settings(locale: str) -> Settings:
    return Settings(
        locale=locale,
        channels=STARTER_CHANNELS[locale],
        actors=STARTER_ACTORS[locale],
    )


def _mapping(values: dict[str, str], indent: str) -> str:
    return "".join(f"{indent}{key}: {label}\n" for key, label in values.items())


def settings_text(locale: str, theme: str, docs_dir: str, cache_dir: str) -> str:
    def w(key: str) -> str:  # the comments speak the repository's language
        return label(locale, key)

    if theme == "material":
        theme_block = (
            "theme:\n"
            f"  name: material           # {w('init.comment.material')}\n"
            f"  language: {MATERIAL_LANGUAGE[locale]}\n"
            "  features:\n"
            f"    - navigation.indexes   # {w('init.comment.indexes')}\n"
            "    - navigation.sections\n"
            "    - content.tooltips\n"
        )
    else:
        theme_block = f"theme:\n  name: mkdocs\n  locale: {MKDOCS_LOCALE[locale]}\n"
    return (
        f"site_name: {SITE_NAMES[locale]}\n"
        f"docs_dir: {docs_dir}        # {w('init.comment.docs_dir')}\n"
        "\n"
        f"{theme_block}"
        "\n"
        "plugins:\n"
        "  - search\n"
        f"  - awesome-nav          # {w('init.comment.awesome_nav')}\n"
        "  - cxdocs:\n"
        f"      locale: {locale}         # {w('init.comment.locale')}\n"
        f"      cache_dir: {cache_dir}   # {w('init.comment.cache_dir')}\n"
        f"      # downloads: [svg, png, pdf]  # {w('init.comment.downloads')}\n"
        f"      # {w('init.comment.channels')}\n"
        f"      # {w('init.comment.channels_schema')}\n"
        "      channels:\n"
        f"{_mapping(STARTER_CHANNELS[locale], '        ')}"
        f"      # {w('init.comment.actors')}\n"
        "      actors:\n"
        f"{_mapping(STARTER_ACTORS[locale], '        ')}"
        "\n"
        "markdown_extensions:\n"
        f"  - cxdocs               # {w('init.comment.extension')}\n"
        "  - admonition\n"
        "  - attr_list\n"
        "  - toc:\n"
        "      permalink: true\n"
    )


def _toml_mapping(values: dict[str, str]) -> str:
    return "".join(f"{key} = {_toml_string(label)}\n" for key, label in values.items())


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def zensical_settings_text(locale: str, docs_dir: str, cache_dir: str) -> str:
    """zensical.toml: the site for Zensical, and cxdocs' settings under
    [project.extra.cxdocs] (Zensical reads nothing there; cxdocs does); its
    comments speak the repository's language."""

    def w(key: str) -> str:
        return label(locale, key)

    return (
        f"# {w('init.toml.site')}\n"
        "[project]\n"
        f"site_name = {_toml_string(SITE_NAMES[locale])}\n"
        f'docs_dir = "{docs_dir}"  # {w("init.toml.docs_dir")}\n'
        "\n"
        f"# {w('init.toml.nav')}\n"
        "[project.plugins.awesome-nav]\n"
        "\n"
        "[project.theme]\n"
        f'language = "{MATERIAL_LANGUAGE[locale]}"\n'
        'features = ["navigation.indexes", "navigation.sections", "content.tooltips"]\n'
        "\n"
        "[project.markdown_extensions]\n"
        f"cxdocs = {{}}  # {w('init.toml.extension')}\n"
        "admonition = {}\n"
        "attr_list = {}\n"
        "toc = { permalink = true }\n"
        "\n"
        f"# {w('init.toml.extra')}\n"
        "[project.extra.cxdocs]\n"
        f'locale = "{locale}"  # {w("init.comment.locale")}\n'
        f'cache_dir = "{cache_dir}"  # {w("init.comment.cache_dir")}\n'
        f'# downloads = ["svg", "png", "pdf"]  # {w("init.toml.downloads")}\n'
        "\n"
        f"# {w('init.toml.channels')}\n"
        f"# {w('init.comment.channels_schema')}\n"
        "[project.extra.cxdocs.channels]\n"
        f"{_toml_mapping(STARTER_CHANNELS[locale])}"
        "\n"
        f"# {w('init.comment.actors')}\n"
        "[project.extra.cxdocs.actors]\n"
        f"{_toml_mapping(STARTER_ACTORS[locale])}"
    )
