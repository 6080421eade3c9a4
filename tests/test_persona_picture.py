"""The persona's picture on its card in journey maps: inline in the SVG, drawn in PNG/PDF."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

import pytest

from cxdocs.diagrams import Related, journey_diagram, render_formats, to_dot
from cxdocs.diagrams.draw import MAX_PICTURE_BYTES, persona_picture
from cxdocs.diagrams.scene import Picture
from tests.helpers import sample_persona, small_journey

SETTINGS_CHANNELS = {"web": "Website", "app": "Mobile app", "whatsapp": "WhatsApp"}


def _png(rgb: tuple[int, int, int], size: int = 8) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _picture(tmp_path: Path, rgb: tuple[int, int, int] = (200, 80, 40)) -> Picture:
    path = tmp_path / "personas" / "images" / "ana.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_png(rgb))
    persona_file = tmp_path / "personas" / "ana.yaml"
    found = persona_picture(persona_file, sample_persona(image="images/ana.png"))
    assert found is not None
    return found


def _map(picture: Picture | None) -> str:
    from cxdocs.content.model import Settings

    settings = Settings.model_validate({"channels": SETTINGS_CHANNELS})
    related = Related(persona=sample_persona(), picture=picture)
    return to_dot(journey_diagram(small_journey(), settings, related=related))


def test_the_card_shows_the_picture_instead_of_the_initials(tmp_path: Path) -> None:
    with_picture, without = _map(_picture(tmp_path)), _map(None)
    assert "<IMG SRC=" in with_picture and "<IMG" not in without
    assert "<B>AS</B>" in without and "<B>AS</B>" not in with_picture


def test_a_new_picture_at_the_same_path_is_a_new_drawing(tmp_path: Path) -> None:
    first = _map(_picture(tmp_path, (200, 80, 40)))
    second = _map(_picture(tmp_path, (40, 80, 200)))
    assert first != second  # the caches key on the DOT source


def test_pictures_the_map_cannot_carry_give_the_initials(tmp_path: Path) -> None:
    persona_file = tmp_path / "personas" / "ana.yaml"
    (tmp_path / "personas").mkdir()
    (tmp_path / "personas" / "ana.webp").write_bytes(b"RIFF....WEBP")
    (tmp_path / "personas" / "big.png").write_bytes(b"\0" * (MAX_PICTURE_BYTES + 1))
    (tmp_path / "personas" / "empty.png").write_bytes(b"")
    for image in ("ana.webp", "big.png", "empty.png", "missing.png"):
        assert persona_picture(persona_file, sample_persona(image=image)) is None, image
    assert persona_picture(persona_file, sample_persona()) is None  # no image at all


def test_the_picture_digest_is_of_the_file_bytes(tmp_path: Path) -> None:
    picture = _picture(tmp_path)
    assert picture.digest == hashlib.sha256(Path(picture.path).read_bytes()).hexdigest()


@pytest.mark.dot
def test_the_svg_carries_the_picture_inline_and_never_the_build_machines_path(
    tmp_path: Path,
) -> None:
    picture = _picture(tmp_path)
    drawn = render_formats(_map(picture), ("svg", "png", "pdf"))
    svg = drawn["svg"].decode("utf-8")
    assert "data:image/png;base64," in svg
    assert str(tmp_path) not in svg and "ana.png" not in svg
    assert drawn["png"].startswith(b"\x89PNG") and b"/Subtype /Image" in drawn["pdf"]


@pytest.mark.dot
def test_a_picture_deleted_after_drawing_is_left_out_not_pointed_at(tmp_path: Path) -> None:
    picture = _picture(tmp_path)
    source = _map(picture)
    render_formats(source, ("svg",), tmp_path / "cache")  # Graphviz output cached
    Path(picture.path).unlink()
    svg = render_formats(source, ("svg",), tmp_path / "cache")["svg"].decode("utf-8")
    assert "<image" not in svg and str(tmp_path) not in svg
