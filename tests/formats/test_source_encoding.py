"""decode_source / encode_for_sources on real bytes written to files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from workbench.domain.errors import InputError
from workbench.formats.encoding import decode_source, encode_for_sources

RUSSIAN = [
    "Его задержали в Москве, а потом отправили в СИЗО.",
    "Суд приговорил анархиста к шести годам колонии.",
    "Азат Мифтахов - математик и политзаключённый.",
    "Письмо из колонии: держитесь, друзья! Привет всем.",
    "ФСБ ЗАДЕРЖАЛА АКТИВИСТОВ В ПОДМОСКОВЬЕ",
    "Он в СИЗО",
]
TEXT = "Line one\r\n\tTabbed\u00a0NBSP  \nЁжик «в тумане»\n"


def write(tmp_path: Path, data: bytes) -> tuple[bytes, str]:
    path = tmp_path / "source.txt"
    path.write_bytes(data)
    return path.read_bytes(), str(path)


@pytest.mark.parametrize(
    ("data", "encoding", "bom"),
    [
        (TEXT.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", True),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", True),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", True),
    ],
)
def test_unicode_sources_decode_and_store_as_utf8(tmp_path, data, encoding, bom):
    raw, path = write(tmp_path, data)
    decoded = decode_source(raw, path)
    assert decoded.text == TEXT
    assert (decoded.encoding, decoded.bom) == (encoding, bom)
    stored = encode_for_sources(decoded)
    assert stored == (codecs.BOM_UTF8 if bom else b"") + TEXT.encode("utf-8")
    # what we store decodes back to the same document
    again = decode_source(stored, path)
    assert (again.text, again.bom) == (TEXT, bom)


def test_stored_utf8_is_stable(tmp_path):
    raw, path = write(tmp_path, codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    stored = encode_for_sources(decode_source(raw, path))
    assert encode_for_sources(decode_source(stored, path)) == stored


@pytest.mark.parametrize("legacy", ["cp1251", "koi8-r"])
@pytest.mark.parametrize("sentence", RUSSIAN)
def test_short_russian_legacy_encodings_are_told_apart(tmp_path, legacy, sentence):
    raw, path = write(tmp_path, sentence.encode(legacy))
    decoded = decode_source(raw, path)
    assert decoded.encoding == legacy
    assert decoded.text == sentence
    assert not decoded.bom


@pytest.mark.parametrize("legacy", ["cp1251", "koi8-r"])
def test_legacy_document_with_crlf(tmp_path, legacy):
    document = "\r\n\r\n".join(RUSSIAN) + "\r\n"
    raw, path = write(tmp_path, document.encode(legacy))
    decoded = decode_source(raw, path)
    assert (decoded.encoding, decoded.text) == (legacy, document)
    assert encode_for_sources(decoded) == document.encode("utf-8")


def test_binary_is_refused_with_the_byte_offset(tmp_path):
    raw, path = write(tmp_path, b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff")
    with pytest.raises(InputError) as error:
        decode_source(raw, path)
    message = str(error.value)
    assert message.startswith(path)
    assert "not a text file" in message and "byte 7" in message


def test_random_binary_without_nul_is_refused(tmp_path):
    data = bytes((index * 131 + 7) % 256 or 1 for index in range(4000))
    raw, path = write(tmp_path, data)
    with pytest.raises(InputError, match="not a text file"):
        decode_source(raw, path)


def test_given_encoding_overrides_detection(tmp_path):
    raw, path = write(tmp_path, "Привет, мир! Это тест.".encode("cp1251"))
    decoded = decode_source(raw, path, encoding="koi8-r")
    assert decoded.encoding == "koi8-r"
    assert decoded.text == raw.decode("koi8-r")


def test_given_encoding_that_fails_names_offset_and_line(tmp_path):
    raw, path = write(tmp_path, "first line\nвторая".encode("cp1251"))
    with pytest.raises(InputError) as error:
        decode_source(raw, path, encoding="utf-8")
    assert error.value.line == 2
    assert "offset 11" in str(error.value)
    assert str(error.value).startswith(f"{path}:2: ")


def test_unknown_encoding_is_an_input_error(tmp_path):
    raw, path = write(tmp_path, b"hello")
    with pytest.raises(InputError, match="unknown encoding"):
        decode_source(raw, path, encoding="no-such-codec")


def test_given_utf8_keeps_the_bom_flag(tmp_path):
    raw, path = write(tmp_path, codecs.BOM_UTF8 + b"hello")
    decoded = decode_source(raw, path, encoding="utf-8")
    assert (decoded.text, decoded.bom, decoded.encoding) == ("hello", True, "utf-8-sig")


def test_empty_file_is_empty_utf8_text(tmp_path):
    raw, path = write(tmp_path, b"")
    assert decode_source(raw, path).text == ""
    assert encode_for_sources(decode_source(raw, path)) == b""
