"""Spelling dictionaries: Hunspell's (installed by the system) and the project's own.

Engine: `chunspell` (libhunspell in a wheel), measured against spylls and pyenchant in
docs/benchmarks.md. Dictionaries: the system's Hunspell files (Debian's `hunspell-ru`,
`hunspell-en-us`, `hunspell-en-gb`, `hunspell-uk` in /usr/share/hunspell), or folders named
in the WORKBENCH_HUNSPELL_PATH environment variable (searched first).

The project dictionary is `dictionary/<lang>.txt` in the project: one word per line, sorted,
no duplicates, so that git merges two people's additions line by line (the project's
.gitattributes gives it git's `union` merge, so additions never conflict). It is written
atomically.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from workbench.domain.errors import InputError, WorkbenchError
from workbench.domain.glossary.model import Glossary
from workbench.domain.glossary.normalise import normalise_word
from workbench.domain.langtags import primary_subtag
from workbench.domain.spelling import KnownWords, quick_suggestions
from workbench.storage.atomic import write_text_atomic
from workbench.storage.gitattributes import write_attributes
from workbench.storage.writer import project_lock

SYSTEM_DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
# Bare language codes: the dictionaries whose words all count (English: US and British).
PREFERRED = {"en": ("en_US", "en_GB"), "ru": ("ru_RU",), "uk": ("uk_UA",), "be": ("be_BY",)}
INSTALL_HINTS = {
    "ru": "hunspell-ru",
    "en": "hunspell-en-us",
    "en_GB": "hunspell-en-gb",
    "uk": "hunspell-uk",
}
DICTIONARY_DIR = "dictionary"
CACHE_LIMIT = 100_000


def search_dirs() -> list[Path]:
    extra = os.environ.get("WORKBENCH_HUNSPELL_PATH", "")
    return [Path(part) for part in extra.split(os.pathsep) if part] + [Path(d) for d in SYSTEM_DIRS]


def hunspell_names(lang: str) -> tuple[str, ...]:
    """Dictionary names for a language code: en-GB -> en_GB; en -> en_US and en_GB."""
    base, _, region = lang.replace("_", "-").partition("-")
    if region:
        return (f"{base}_{region.upper()}",)
    return PREFERRED.get(base, (f"{base}_{base.upper()}",))


def find_dictionaries(lang: str) -> list[tuple[Path, str]]:
    """(folder, name) of the installed Hunspell dictionaries for `lang` (empty: none)."""
    base = primary_subtag(lang)
    found: list[tuple[Path, str]] = []
    for name in hunspell_names(lang):
        for folder in search_dirs():
            if (folder / f"{name}.dic").exists() and (folder / f"{name}.aff").exists():
                found.append((folder, name))
                break
    if found or "-" in lang.replace("_", "-"):
        return found
    for folder in search_dirs():  # de -> de_AT when only that one is installed
        for dic in sorted(folder.glob(f"{base}_*.dic")) if folder.is_dir() else []:
            if dic.with_suffix(".aff").exists():
                return [(folder, dic.stem)]
    return []


def available(lang: str) -> bool:
    return bool(find_dictionaries(lang))


@lru_cache(maxsize=8)
def _hunspell(folder: str, name: str) -> Any:
    from hunspell import Hunspell  # chunspell

    return Hunspell(name, hunspell_data_dir=folder)


class Speller:
    """One language's Hunspell dictionary plus the project's words. Thread-safe."""

    def __init__(
        self, lang: str, engines: list[Any], project_words: KnownWords, alphabet: str = ""
    ) -> None:
        self.lang = lang
        self.alphabet = alphabet  # letters to try in suggestions, most frequent first
        self._engines = engines
        self._lock = threading.Lock()
        self.project_words = project_words
        self._known: dict[str, bool] = {}
        self.glossary: Glossary | None = None  # set by the app: its terms are never flagged
        self.glossary_words: KnownWords | None = None

    def is_correct(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._check(word)
            if len(self._known) > CACHE_LIMIT:
                self._known.clear()
            self._known[word] = known
        return known

    def _check(self, word: str) -> bool:
        plain = word.replace("’", "'").replace("ʼ", "'")
        with self._lock:
            for engine in self._engines:
                if engine.spell(plain):
                    return True
                if "-" in plain and all(engine.spell(p) for p in plain.split("-") if p):
                    return True  # a compound of known words (по-русски is in Hunspell itself)
        return plain in self.project_words  # one of the project's words, or a form of one

    def suggest(self, word: str) -> list[str]:
        """Corrections, best first: the known words one edit away (milliseconds, as often
        right as Hunspell's own, which take 0.1-0.4 s in English and 0.5-1.4 s in Russian);
        Hunspell's only when there is none (measured in bench/bench_spelling.py)."""
        return self.quick_suggest(word) or self.hunspell_suggest(word)

    def quick_suggest(self, word: str) -> list[str]:
        return quick_suggestions(word.replace("’", "'"), self._in_dictionary, self.alphabet)

    def hunspell_suggest(self, word: str) -> list[str]:
        with self._lock:
            return list(self._engines[0].suggest(word.replace("’", "'")))

    def _in_dictionary(self, word: str) -> bool:
        with self._lock:
            return any(engine.spell(word) for engine in self._engines)


def load_speller(root: Path, lang: str) -> Speller:
    """The speller for `lang` in the project at `root`; a WorkbenchError naming the Debian
    package to install when no dictionary is found."""
    found = find_dictionaries(lang)
    if not found:
        base = primary_subtag(lang)
        package = INSTALL_HINTS.get(base, f"hunspell-{base}")
        where = ", ".join(str(d) for d in search_dirs())
        raise WorkbenchError(
            f"no spelling dictionary for {lang!r} (install {package}; looked in {where})"
        )
    engines = [_hunspell(str(folder), name) for folder, name in found]
    alphabet = _try_letters(found[0][0] / f"{found[0][1]}.aff")
    project_words = KnownWords.of_words(read_project_words(root, lang), lang)
    return Speller(lang, engines, project_words, alphabet)


@lru_cache(maxsize=8)
def _try_letters(aff: Path) -> str:
    """The lower-case letters of the dictionary's TRY line (most frequent first)."""
    data = aff.read_bytes()
    encoding = "utf-8"
    for line in data.splitlines():
        if line.startswith(b"SET "):
            encoding = line.split()[1].decode("ascii", "replace")
            break
    for line in data.splitlines():
        if line.startswith(b"TRY "):
            letters = line[4:].decode(encoding, "replace").strip()
            kept = [c for c in letters if c.isalpha() and c.islower() or c == "'"]
            return "".join(dict.fromkeys(kept))
    return ""


# ---- the project dictionary -------------------------------------------------------------


def project_dictionary_path(root: Path, lang: str) -> Path:
    return root / DICTIONARY_DIR / f"{lang}.txt"


def read_words(path: Path) -> list[str]:
    """The words of a project dictionary file (comments `#` and blank lines skipped)."""
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 ({error.reason})") from error
    words = []
    for number, line in enumerate(text.splitlines(), start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if any(char.isspace() for char in word):
            raise InputError(path, f"one word per line, found {word!r}", number)
        words.append(word)
    return words


def read_project_words(root: Path, lang: str) -> frozenset[str]:
    return frozenset(normalise_word(w) for w in read_words(project_dictionary_path(root, lang)))


def add_project_word(root: Path, lang: str, word: str) -> bool:
    """Add `word` to the project dictionary of `lang`; False when it was already there."""
    word = word.strip()
    if not word or any(char.isspace() for char in word):
        raise WorkbenchError(f"not one word: {word!r}")
    path = project_dictionary_path(root, lang)
    with project_lock(root):  # read and write as one: another process may add a word too
        words = read_words(path)
        if normalise_word(word) in {normalise_word(w) for w in words}:
            return False
        words = sorted(set(words) | {word}, key=lambda w: (normalise_word(w), w))
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, "".join(f"{w}\n" for w in words))
        write_attributes(root)
    return True
