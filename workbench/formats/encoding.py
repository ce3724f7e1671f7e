"""Decode source documents: BOM, then strict UTF-8, then cp1251 / koi8-r.

Sources are stored as UTF-8 (`encode_for_sources`); a BOM in the original is kept as a UTF-8
BOM so that exporting an untranslated document gives back exactly the stored bytes.

Single-byte Cyrillic encodings decode almost any byte string, so "does it decode" cannot tell
cp1251 from koi8-r. `charset-normalizer` (limited to those two, see the GUIDE) tells text from
binary; between the two we pick the decoding that reads most like Russian: common letters
and a natural case pattern (koi8-r read as cp1251 swaps upper and lower case and scrambles the
letters, so it scores low on both).
"""

from __future__ import annotations

import codecs
import math
from dataclasses import dataclass

from charset_normalizer import from_bytes

from workbench.domain.errors import InputError

LEGACY_ENCODINGS = ("cp1251", "koi8-r")

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

BOM_PREFIXES = tuple(bom for bom, _codec in BOMS)
BOM_CONSUMING_CODECS = frozenset({"utf-8-sig", "utf-16", "utf-32"})

# Relative frequency (%) of Russian letters in running text.
RUSSIAN_LETTER_FREQUENCY = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47,
    "р": 4.73, "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81,
    "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59,
    "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48,
    "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
}  # fmt: skip
# koi8-r's pseudographics (besides box drawing), which cp1251 text read as koi8-r is full of.
PSEUDOGRAPHICS = frozenset("⌠⌡∙√≈≤≥÷²")
SAMPLE_CHARS = 20_000


@dataclass(frozen=True)
class DecodedSource:
    text: str  # without the BOM
    encoding: str  # codec name as reported to the user, e.g. "utf-8", "cp1251"
    bom: bool


def decode_source(data: bytes, path: str, encoding: str | None = None) -> DecodedSource:
    """Decode a source file, or raise InputError naming the file when it is not text."""
    if encoding:
        return _decode_as(data, path, encoding)
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _decode_as(data, path, codec)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(path, f"is not a text file (binary data at byte {nul})")
    try:
        return DecodedSource(data.decode("utf-8"), "utf-8", bom=False)
    except UnicodeDecodeError as error:
        utf8_error = error
    return _decode_legacy(data, path, utf8_error)


def encode_for_sources(decoded: DecodedSource) -> bytes:
    """The UTF-8 bytes stored in sources/ (and given back by an untranslated export)."""
    prefix = codecs.BOM_UTF8 if decoded.bom else b""
    return prefix + decoded.text.encode("utf-8")


def _decode_as(data: bytes, path: str, encoding: str) -> DecodedSource:
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise InputError(path, f"unknown encoding {encoding!r}") from None
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"cannot be decoded as {encoding} (invalid byte at offset {error.start})"
        raise InputError(path, message, line) from None
    # "utf-8-sig", "utf-16" and "utf-32" consume the BOM themselves
    consumed = codec.name in BOM_CONSUMING_CODECS and data.startswith(BOM_PREFIXES)
    bom = consumed or text.startswith("\ufeff")
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise InputError(path, f"is not a text file (NUL character as {encoding})", line)
    name = "utf-8-sig" if bom and codec.name == "utf-8" else encoding.lower()
    return DecodedSource(text, name, bom)


def _decode_legacy(data: bytes, path: str, utf8_error: UnicodeDecodeError) -> DecodedSource:
    candidates: dict[str, str] = {}
    for encoding in LEGACY_ENCODINGS:
        try:
            candidates[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if not candidates or not _looks_like_text(data):
        offset = _first_binary_byte(data, utf8_error.start)
        line = data.count(b"\n", 0, offset) + 1
        message = (
            f"is not a text file or not in UTF-8, UTF-16, cp1251 or koi8-r "
            f"(binary data at byte {offset}); give --encoding if you know it"
        )
        raise InputError(path, message, line)
    best = max(candidates, key=lambda name: russian_score(candidates[name]))
    return DecodedSource(candidates[best], best, bom=False)


def _looks_like_text(data: bytes) -> bool:
    matches = from_bytes(data, cp_isolation=["cp1251", "koi8_r"])
    return matches.best() is not None


def _first_binary_byte(data: bytes, fallback: int) -> int:
    for offset, byte in enumerate(data):
        if byte < 0x20 and byte not in b"\t\n\r\f\v\x1b":
            return offset
    return fallback


def russian_score(text: str) -> float:
    """How much `text` reads like Russian: mean log letter frequency, minus odd case changes."""
    sample = text[:SAMPLE_CHARS]
    total = 0.0
    letters = 0
    odd_case = 0
    odd_symbols = 0
    previous = ""
    for char in sample:
        lower = char.lower()
        frequency = RUSSIAN_LETTER_FREQUENCY.get(lower)
        if frequency is None:
            odd_symbols += char in PSEUDOGRAPHICS or "\u2500" <= char <= "\u25ff"
            previous = ""
            continue
        letters += 1
        total += math.log(frequency)
        if previous and previous.islower() and char.isupper():
            odd_case += 1
        previous = char
    if not letters:
        return 0.0
    return total / letters - 5.0 * (odd_case + odd_symbols) / letters
