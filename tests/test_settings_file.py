"""Settings read as MkDocs reads them: INHERIT, !ENV, duplicate keys, positions.

`cxdocs check` and `mkdocs build` must see the same options and report a
mistake in them with the same mkdocs.yml:line:col message.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.settings.reader import ConfigError, read_config
from tests.conftest import make_repo

BASE = """\
site_name: Fixture
plugins:
  - search
  - cxdocs:
      locale: pt-BR
      channels: {web: Website, app: Mobile app}
      actors: {ecommerce: E-commerce team, logistics: Logistics, erp: ERP (system)}
"""


def _problems(path: Path) -> list[str]:
    try:
        read_config(path)
    except ConfigError as error:
        return [f"{p.path}:{p.line}:{p.col}: {p.code}: {p.message}" for p in error.problems]
    return []


def test_plugin_entry_in_the_inherited_file(tmp_path: Path) -> None:
    (tmp_path / "base.yml").write_text(BASE)
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_name: Child\n")
    config = read_config(tmp_path / "mkdocs.yml")
    assert config.settings.locale == "pt-BR"
    assert config.settings.channel_labels == {"web": "Website", "app": "Mobile app"}


def test_child_options_merge_over_the_parent_as_mkdocs_merges_them(tmp_path: Path) -> None:
    # Mappings merge key by key; lists are replaced: the mapping form of
    # `plugins` is the one that merges.
    (tmp_path / "base.yml").write_text(
        "site_name: X\nplugins:\n  cxdocs:\n    locale: pt-BR\n    channels: {web: Website}\n"
    )
    (tmp_path / "mkdocs.yml").write_text(
        "INHERIT: ./base.yml\nplugins:\n  cxdocs:\n    channels: {app: App}\n"
    )
    config = read_config(tmp_path / "mkdocs.yml")
    assert config.settings.locale == "pt-BR"
    assert config.settings.channel_labels == {"web": "Website", "app": "App"}


def test_a_list_of_plugins_in_the_child_replaces_the_parents(tmp_path: Path) -> None:
    (tmp_path / "base.yml").write_text(BASE)
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\nplugins:\n  - search\n")
    assert _problems(tmp_path / "mkdocs.yml") == [
        "mkdocs.yml:3:3: config: mkdocs.yml does not enable the cxdocs plugin"
    ]


@pytest.mark.parametrize(
    ("child", "expected"),
    [
        (
            "INHERIT: missing.yml\n",
            "mkdocs.yml:1:10: config: inherited settings file 'missing.yml' does not exist",
        ),
        (
            "INHERIT: mkdocs.yml\n",
            "mkdocs.yml:1:10: config: INHERIT: 'mkdocs.yml' leads back to a file already inherited",
        ),
        ("INHERIT: [a, b]\n", "mkdocs.yml:1:10: config: INHERIT must name a settings file"),
    ],
)
def test_inherit_mistakes_are_reported_at_the_inherit_line(
    tmp_path: Path, child: str, expected: str
) -> None:
    (tmp_path / "mkdocs.yml").write_text(child)
    assert _problems(tmp_path / "mkdocs.yml") == [expected]


def test_inherit_loop_through_two_files(tmp_path: Path) -> None:
    (tmp_path / "a.yml").write_text("INHERIT: mkdocs.yml\n")
    (tmp_path / "mkdocs.yml").write_text("INHERIT: a.yml\n")
    assert _problems(tmp_path / "mkdocs.yml") == [
        "a.yml:1:10: config: INHERIT: 'mkdocs.yml' leads back to a file already inherited"
    ]


@pytest.mark.parametrize(
    ("option", "line", "col"),
    [
        ("locale: fr", 5, 15),
        ("nav_limit: many", 5, 18),
        ("chanels: {}", 5, 7),
    ],
)
def test_problems_in_inherited_options_point_into_the_inherited_file(
    tmp_path: Path, option: str, line: int, col: int
) -> None:
    (tmp_path / "base" / "x").mkdir(parents=True)
    (tmp_path / "base" / "x" / "base.yml").write_text(BASE.replace("locale: pt-BR", option))
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base/x/base.yml\n")
    [problem] = _problems(tmp_path / "mkdocs.yml")
    assert problem.startswith(f"base/x/base.yml:{line}:{col}: ")


def test_a_child_override_is_reported_in_the_child(tmp_path: Path) -> None:
    (tmp_path / "base.yml").write_text(
        "site_name: X\nplugins:\n  cxdocs:\n    locale: pt-BR\n    channels: {web: Website}\n"
    )
    (tmp_path / "mkdocs.yml").write_text(
        "INHERIT: base.yml\nplugins:\n  cxdocs:\n    channels: {Web: Website}\n"
    )
    assert _problems(tmp_path / "mkdocs.yml") == [
        "mkdocs.yml:4:16: bad-id: channel 'Web' is not a valid id"
    ]


@pytest.mark.parametrize(
    ("written", "environment", "expected"),
    [
        ("!ENV CX_LOCALE", {"CX_LOCALE": "pt-BR"}, "pt-BR"),
        ("!ENV CX_LOCALE", {}, None),  # unset, no default: null, as in MkDocs
        ("!ENV [CX_LOCALE, pt-BR]", {}, "pt-BR"),
        ("!ENV [CX_LOCALE, en]", {"CX_LOCALE": "pt-BR"}, "pt-BR"),
        ("!ENV [CX_A, CX_B, en]", {"CX_B": "pt-BR"}, "pt-BR"),
        ("!ENV [CX_A, CX_B, en]", {"CX_A": "pt-BR", "CX_B": "en"}, "pt-BR"),
        ("!ENV [CX_A, CX_B, en]", {}, "en"),
        ("!ENV [CX_A]", {"CX_A": "pt-BR"}, "pt-BR"),
    ],
)
def test_env_tags_in_options_resolve_as_mkdocs_resolves_them(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    written: str,
    environment: dict[str, str],
    expected: str | None,
) -> None:
    for name in ("CX_LOCALE", "CX_A", "CX_B"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    (tmp_path / "mkdocs.yml").write_text(BASE.replace("pt-BR", written))
    if expected is None:
        assert _problems(tmp_path / "mkdocs.yml") == [
            "mkdocs.yml:5:15: invalid-value: 'locale' must be one of en, pt-BR; got nothing"
        ]
    else:
        assert read_config(tmp_path / "mkdocs.yml").settings.locale == expected


def test_env_values_are_typed_like_plain_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CX_LIMIT", "12")
    monkeypatch.setenv("CX_LABEL", "Site: the web")
    (tmp_path / "mkdocs.yml").write_text(
        BASE.replace("locale: pt-BR", "nav_limit: !ENV CX_LIMIT").replace(
            "Website", "!ENV CX_LABEL"
        )
    )
    settings = read_config(tmp_path / "mkdocs.yml").settings
    assert settings.nav_limit == 12
    assert settings.channel_labels["web"] == "Site: the web"


def test_site_dir_from_env_is_guarded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CX_SITE", "journeys")
    (tmp_path / "mkdocs.yml").write_text(BASE + "site_dir: !ENV [CX_SITE, site]\n")
    config = read_config(tmp_path / "mkdocs.yml")
    assert [(p.code, p.line, p.col) for p in config.problems] == [("unsafe-site-dir", 8, 11)]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (
            BASE + "site_name: Twice\n",
            "mkdocs.yml:8:1: duplicate-key: key 'site_name' appears twice in the same mapping "
            "(first at line 1)",
        ),
        (
            BASE.replace("locale: pt-BR", "locale: pt-BR\n      locale: en"),
            "mkdocs.yml:6:7: duplicate-key: key 'locale' appears twice in the same mapping "
            "(first at line 5)",
        ),
        (
            BASE.replace("app: Mobile app", "app: Mobile app, web: Site"),
            "mkdocs.yml:6:49: duplicate-key: key 'web' appears twice in the same mapping "
            "(first at line 6)",
        ),
    ],
)
def test_duplicate_keys_in_settings(tmp_path: Path, settings: str, expected: str) -> None:
    (tmp_path / "mkdocs.yml").write_text(settings)
    assert _problems(tmp_path / "mkdocs.yml") == [expected]


@pytest.mark.parametrize(
    ("section", "key", "col"),
    [
        ("channels", "E-mail", 18),
        ("channels", "Web Site", 18),
        ("channels", "whats_app", 18),
        ("actors", "Ecommerce", 16),
        ("actors", "'2 team'", 16),
    ],
)
def test_bad_ids_in_settings_point_at_the_key(
    tmp_path: Path, section: str, key: str, col: int
) -> None:
    line = 6 if section == "channels" else 7
    text = BASE.replace(f"{section}: {{", f"{section}: {{{key}: Label, ")
    (tmp_path / "mkdocs.yml").write_text(text)
    [problem] = _problems(tmp_path / "mkdocs.yml")
    what = section[:-1]
    assert problem.startswith(
        f"mkdocs.yml:{line}:{col}: bad-id: {what} '{key.strip(chr(39))}' is not a valid id"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "option",
    [
        "locale: fr",
        "chanels: {web: Website}",
        "nav_limit: lots",
        "actors: [a, b]",
        "nav_limit: true",
        "cell_limit: 1_0",
    ],
)
def test_the_build_reports_option_mistakes_like_check(
    tmp_path: Path,
    option: str,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = make_repo(tmp_path)
    settings = repo / "mkdocs.yml"
    settings.write_text(settings.read_text() + f"      {option}\n")
    monkeypatch.chdir(repo)
    code, _, err = run_cli("check")
    assert code == 2
    first = err.splitlines()[0]
    assert first.startswith("mkdocs.yml:6:")
    _assert_build_fails_with(settings, first)


def _assert_build_fails_with(settings: Path, message: str) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(settings), "-d", "site"],
        capture_output=True,
        text=True,
        check=False,
        cwd=settings.parent,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    assert build.returncode == 1
    assert message in build.stderr
    assert "Traceback" not in build.stderr


@pytest.mark.slow
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_the_build_names_utf16_settings_like_check(
    tmp_path: Path,
    codec: str,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With a byte order mark MkDocs itself reads UTF-16; cxdocs must still say
    # what check says (the file is UTF-16), not build as if all were well.
    repo = make_repo(tmp_path)
    settings = repo / "mkdocs.yml"
    settings.write_bytes(("\ufeff" + settings.read_text()).encode(codec))
    monkeypatch.chdir(repo)
    code, _, err = run_cli("check")
    assert code == 2
    first = err.splitlines()[0]
    assert first.startswith("mkdocs.yml:1:1: error[not-utf8] the file is saved as UTF-16")
    _assert_build_fails_with(settings, first)


@pytest.mark.slow
def test_mkdocs_builds_with_the_plugin_in_an_inherited_file(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "base.yml").write_text((repo / "mkdocs.yml").read_text())
    (repo / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_name: Child\n")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(repo / "mkdocs.yml")],
        capture_output=True,
        text=True,
        check=False,
        cwd=repo,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )
    assert build.returncode == 0, build.stderr
    assert (repo / "site" / "journeys" / "first-purchase" / "index.html").is_file()


SETTINGS_TEXT = "site_name: x\nplugins:\n  - cxdocs:\n      channels: {web: Café}\n"
WIDE = [
    (codec, bom)
    for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    for bom in ("\ufeff", "")
]


@pytest.mark.parametrize(("codec", "bom"), WIDE, ids=[f"{c}{'-bom' if b else ''}" for c, b in WIDE])
def test_settings_in_utf16_or_utf32_are_named_as_content_files_are(
    tmp_path: Path, codec: str, bom: str
) -> None:
    (tmp_path / "mkdocs.yml").write_bytes((bom + SETTINGS_TEXT).encode(codec))
    with pytest.raises(ConfigError) as error:
        read_config(tmp_path / "mkdocs.yml")
    [problem] = error.value.problems
    bits = codec.split("-")
    named = f"{bits[0].upper()}-{bits[1]} ({'little' if bits[2] == 'le' else 'big'}-endian)"
    assert (problem.path, problem.line, problem.col, problem.code) == (
        "mkdocs.yml",
        1,
        1,
        "not-utf8",
    )
    assert problem.message == f"the file is saved as {named}, not UTF-8"
    assert f"iconv -f {codec.upper().replace('-LE', 'LE').replace('-BE', 'BE')} -t UTF-8" in (
        problem.hint
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            SETTINGS_TEXT.encode("latin-1"),
            "mkdocs.yml:4:26: not-utf8: the file is not UTF-8 text (byte 0xe9)",
        ),
        (
            ("site_name: é\n" + SETTINGS_TEXT.replace("é", "\xff")).encode("latin-1"),
            "mkdocs.yml:1:12: not-utf8: the file is not UTF-8 text (byte 0xe9)",
        ),
        (
            "site_name: ação\n".encode() + SETTINGS_TEXT.encode("latin-1"),
            "mkdocs.yml:5:26: not-utf8: the file is not UTF-8 text (byte 0xe9)",
        ),
        (  # the column counts characters, not bytes: ç and ã are two bytes each
            SETTINGS_TEXT.replace("Café", "ação Café").encode().replace(b"\xc3\xa9", b"\xe9"),
            "mkdocs.yml:4:31: not-utf8: the file is not UTF-8 text (byte 0xe9)",
        ),
        (b"\x00\xff\xfe\x80" * 100, "mkdocs.yml:1:1: binary-file: the file is binary, not text"),
    ],
)
def test_settings_in_another_encoding_are_named(tmp_path: Path, raw: bytes, expected: str) -> None:
    (tmp_path / "mkdocs.yml").write_bytes(raw)
    assert _problems(tmp_path / "mkdocs.yml") == [expected]


# (how the channel `app` is declared, the column of `app`)
EMPTY_LABELS = [
    ("channels:\n        app:", 9),
    ("channels:\n        app: ''", 9),
    ('channels:\n        app: ""', 9),
    ("channels:\n        app: '   '", 9),
    ("channels:\n        app: ~", 9),
    ("channels:\n        app: null", 9),
    ("channels: {app: }", 18),
    ("channels: {web: Website, app: ''}", 32),
    ("actors:\n        app: !!null ''", 9),
]


@pytest.mark.parametrize(("written", "col"), EMPTY_LABELS, ids=[e[0] for e in EMPTY_LABELS])
def test_a_channel_or_actor_without_a_label_is_reported_at_its_id(
    tmp_path: Path, written: str, col: int
) -> None:
    text = f"site_name: x\nplugins:\n  - cxdocs:\n      {written}\n"
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    what = "actor" if written.startswith("actors") else "channel"
    line = 4 + written.count("\n")
    with pytest.raises(ConfigError) as error:
        read_config(tmp_path / "mkdocs.yml")
    [problem] = error.value.problems
    assert (problem.line, problem.col, problem.code) == (line, col, "empty-label")
    assert problem.message.startswith(f"{what} 'app' has no label")
    assert "'app: " in problem.hint
