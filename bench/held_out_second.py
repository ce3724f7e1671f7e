"""A second held-out set for the neighbouring-language check, from text the rules were never
made or tuned on (bench/bench_qa_language.py scores it with --second-held-out DIR):

- the gettext catalogs of two Debian packages NOT installed here, Midnight Commander
  (`mc-data`) and `nano`: `apt-get download mc-data nano`, then `dpkg-deb -x FILE.deb DIR` for
  each; and mc's tips (`mc.hint.LANG`) and manual (`mc.hlp.LANG`) from the same package;
- Vim's catalogs (`/usr/share/vim/vim90/lang/LANG/LC_MESSAGES/vim.mo`, outside
  /usr/share/locale, so never read by the first measurement);
- the translated manual pages installed under /usr/share/man/LANG (ru, uk, de, fr, es, nl,
  it, pt, pl, sr) and, for English, every 8th English manual page under /usr/share/man/man*.

English: the msgids of the Russian catalogs, en_GB's translations, mc's English tips and
manual, the English manual pages. Segments are split into sentences and filtered as in the
first measurement (6+ plain words); those already in the first measurement's sets are left
out.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

import polib

VIM_LANG = Path("/usr/share/vim/vim90/lang")
MAN = Path("/usr/share/man")
LANGS = ("ru", "uk", "be", "kk", "bg", "sr", "de", "fr", "es", "nl", "it", "pt", "pl")
CATALOG_DIRS = {"pt": ("pt", "pt_BR")}  # Portuguese of Portugal and of Brazil
ROFF_ESCAPE = re.compile(r"\\f(?:\[[^]]*\]|\(..|.)|\\\(..|\\\[[^]]*\]|\\\*(?:\(..|\[[^]]*\]|.)|\\.")
ROFF_TEXT_MACROS = re.compile(r"^\.(?:B|I|BR|RB|IR|RI|BI|IB|SM|SB)\s+(.*)$")
ROFF_BREAK = re.compile(r"^\.(?:PP|P|LP|SH|SS|TP|IP|HP|sp|br|RS|RE|TH|nf|fi|EX|EE|in|ti)\b")
ROFF_ACCENTS = {
    ":": "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    ",": "\u0327",
}
MC_MARKUP = re.compile(r"[\x01-\x1f]|%|\[[^]]*\]")


def second_held_out(
    packages: Path, clean: Callable[[str], str], split: Callable[[str, str], list[str]]
) -> dict[str, dict[str, list[str]]]:
    """{language: {source: segments}}; `packages` holds the extracted mc-data and nano."""
    found: dict[str, dict[str, list[str]]] = {}
    for lang in (*LANGS, "en"):
        sources = found.setdefault(lang, {})
        if lang == "en":
            sources["catalogs"] = _english_of_catalogs(packages, clean)
        else:
            sources["catalogs"] = _catalogs(packages, lang, clean)
        suffix = "" if lang == "en" else f".{lang}"
        sources["mc tips and manual"] = [
            sentence
            for name in (f"hints/mc.hint{suffix}", f"help/mc.hlp{suffix}")
            for paragraph in _mc_paragraphs(packages / "usr/share/mc" / name)
            for sentence in split(paragraph, lang)
        ]
        sources["manual pages"] = [
            sentence
            for page in _man_pages(lang)
            for paragraph in _roff_paragraphs(page)
            for sentence in split(paragraph, lang)
        ]
    return found


def _mo_files(packages: Path, lang: str) -> Iterable[Path]:
    for name in CATALOG_DIRS.get(lang, (lang,)):
        yield from sorted((packages / "usr/share/locale" / name / "LC_MESSAGES").glob("*.mo"))
        vim = VIM_LANG / name / "LC_MESSAGES" / "vim.mo"
        if vim.is_file():
            yield vim


def _catalogs(packages: Path, lang: str, clean: Callable[[str], str]) -> list[str]:
    texts: dict[str, None] = {}
    for path in _mo_files(packages, lang):
        for entry in polib.mofile(str(path)):
            plural = list(entry.msgstr_plural.values()) if entry.msgstr_plural else []
            for text in [entry.msgstr, *plural]:
                if text and text != entry.msgid:
                    texts[clean(text)] = None
    return list(texts)


def _english_of_catalogs(packages: Path, clean: Callable[[str], str]) -> list[str]:
    texts: dict[str, None] = {}
    for path in _mo_files(packages, "ru"):
        for entry in polib.mofile(str(path)):
            texts[clean(entry.msgid)] = None
    for path in _mo_files(packages, "en_GB"):
        for entry in polib.mofile(str(path)):
            if entry.msgstr:
                texts[clean(entry.msgstr)] = None
    return list(texts)


def _mc_paragraphs(path: Path) -> list[str]:
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8", errors="replace")
    return [" ".join(MC_MARKUP.sub(" ", part).split()) for part in re.split(r"\n\s*\n", text)]


def _man_pages(lang: str) -> list[Path]:
    if lang == "en":
        pages = sorted(p for p in MAN.glob("man*/*.gz"))
        return pages[::8]
    return sorted((MAN / lang).glob("man*/*.gz"))


def _roff_paragraphs(path: Path) -> list[str]:
    """The running text of a manual page: macros dropped (their text kept for font macros),
    escapes removed, paragraphs joined into one line each."""
    try:
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError, EOFError):
        return []
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line.strip() or ROFF_BREAK.match(line):
            paragraphs.append(" ".join(current))
            current = []
            continue
        macro = ROFF_TEXT_MACROS.match(line)
        if macro:
            line = macro.group(1).replace('"', "")
        elif line.startswith((".", "'")):
            continue
        current.append(ROFF_ESCAPE.sub(_roff_char, line))
    paragraphs.append(" ".join(current))
    return [" ".join(p.split()) for p in paragraphs if p.strip()]


def _roff_char(match: re.Match[str]) -> str:
    """A roff escape as the character it stands for: \\(:a = ä, \\['e] = é, \\[u00E9] = é."""
    escape = match.group(0)
    simple = {"\\-": "-", "\\e": "\\", "\\ ": " ", "\\~": " ", "\\(aq": "'", "\\(em": "—"}
    if escape in simple:
        return simple[escape]
    name = (
        escape[2:-1] if escape.startswith("\\[") else escape[2:] if escape.startswith("\\(") else ""
    )
    if re.fullmatch(r"u[0-9A-F]{4,5}", name):
        return chr(int(name[1:], 16))
    if len(name) == 2 and name[0] in ROFF_ACCENTS:
        return unicodedata.normalize("NFC", name[1] + ROFF_ACCENTS[name[0]])
    return {"ss": "ß", "Fo": "«", "Fc": "»", "lq": "“", "rq": "”", "en": "–"}.get(name, "")
