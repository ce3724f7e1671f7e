"""The independent term-recognition test set on Debian's English-Russian memory: how units
are sampled and how a judged set is scored. Used by bench/bench_terms_recall.py.

Units are chosen WITHOUT the matcher: for each entry of the test glossary
(tests/glossary/data/independent/glossary.yml) a plain regular expression over the OTHER
language's side (`POINTERS`) says the unit probably speaks of the term; a seeded random
sample of such units (both sides at most MAX_CHARS characters) is then judged by reading:
where in the judged side the entry's term stands, in any form. The judgements are written
to the gold file before the matcher is run on those units.
"""

from __future__ import annotations

import json
import lzma
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from paths import REPO, SHARED_BENCH

MEMORY = SHARED_BENCH / "tm-en-ru-dev.jsonl.xz"
DATA = REPO / "tests" / "glossary" / "data" / "independent"
GLOSSARY = DATA / "glossary.yml"
MAX_CHARS = 250

# entry id -> (pattern over the English side, pattern over the Russian side)
POINTERS: dict[str, tuple[str, str]] = {
    "file": (r"\bfiles?\b", r"файл"),
    "folder": (r"\bfolders?\b", r"папк"),
    "directory": (r"\bdirector(?:y|ies)\b", r"каталог"),
    "password": (r"\bpasswords?\b", r"парол"),
    "user": (r"\busers?\b", r"пользовател"),
    "server": (r"\bservers?\b", r"сервер"),
    "key": (r"\bkeys?\b", r"ключ"),
    "settings": (r"\bsettings\b", r"настро[йе]к"),
    "window": (r"\bwindows?\b", r"\b(?:ок[нo]|окон)"),
    "message": (r"\bmessages?\b", r"сообщени"),
    "device": (r"\bdevices?\b", r"устройств"),
    "error": (r"\berrors?\b", r"ошиб"),
    "network": (r"\bnetworks?\b", r"\bсет(?:ь|и|ей|ям|ях|ью)\b"),
    "printer": (r"\bprinters?\b", r"принтер"),
    "image": (r"\bimages?\b", r"изображени"),
    "page": (r"\bpages?\b", r"страниц"),
    "keyboard": (r"\bkeyboards?\b", r"клавиатур"),
    "screen": (r"\bscreens?\b", r"экран"),
    "archive": (r"\barchives?\b", r"архив"),
    "list": (r"\blists?\b", r"спис(?:ок|к)"),
    "button": (r"\bbuttons?\b", r"кнопк|кнопок"),
    "font": (r"\bfonts?\b", r"шрифт"),
    "bookmark": (r"\bbookmarks?\b", r"заклад"),
    "background": (r"\bbackgrounds?\b", r"\bфон"),
    "colour": (r"\bcolou?rs?\b", r"цвет"),
    "licence": (r"\blicen[cs]es?\b", r"лиценз"),
    "favourite": (r"\bfavou?rites?\b", r"избранн"),
    "database": (r"\bdata ?bases?\b", r"баз[аеуыо]\w* данных"),
    "toolbar": (r"\btool ?bars?\b", r"панел\w* инструмент"),
    "email-address": (r"\be-?mail address", r"адрес\w* электронн"),
    "file-system": (r"\bfile ?systems?\b", r"файлов\w* систем"),
    "user-account": (r"\buser accounts?\b", r"учётн|учетн"),
    "command-line": (r"\bcommand[ -]?lines?\b", r"командн\w* строк"),
    "web-browser": (r"\bweb[ -]?browsers?\b", r"браузер"),
    "plug-in": (r"\bplug-?ins?\b", r"модул|плагин"),
    "check-box": (r"\bcheck ?box", r"флаж"),
    "private-key": (r"\bprivate keys?\b", r"закрыт\w* ключ"),
    "public-key": (r"\bpublic keys?\b", r"открыт\w* ключ"),
    "time-zone": (r"\btime ?zones?\b", r"часов\w* пояс"),
    "user-name": (r"\buser ?names?\b", r"им(?:я|ени|ена|ен) пользовател"),
    "file-name": (r"\bfile ?names?\b", r"им(?:я|ени|ена|ен|енам|енами) файл"),
    "clipboard": (r"\bclipboard", r"буфер\w* обмен"),
    "read-only": (r"\bread[- ]?only\b", r"только для чтени|только чтени"),
    "by-default": (r"\bby default\b", r"по умолчанию"),
    "delete": (r"\bdelet(?:e|es|ed|ing)\b", r"удал[ияеё]"),
    "save": (r"\bsav(?:e|es|ed|ing)\b", r"сохран"),
    "install": (r"\binstall(?:s|ed|ing)?\b", r"установ|устанавл"),
    "open": (r"\bopen(?:s|ed|ing)?\b", r"откр[ыо]"),
    "select": (r"\bselect(?:s|ed|ing)?\b", r"выбр|выбир"),
    "encrypt": (r"\bencrypt(?:s|ed|ing)?\b", r"шифр"),
    "cancel": (r"\bcancel(?:s|led|ed|ling|ing)?\b", r"отмен"),
}

# A hit of a longer entry that contains another entry's term stands for it too: "закрытый
# ключ" is where the key is, "file name" where the file is.
CONTAINED_IN: dict[str, tuple[str, ...]] = {
    "key": ("private-key", "public-key"),
    "user": ("user-name", "user-account"),
    "file": ("file-name", "file-system"),
    "window": (),
    "address": ("email-address",),
}


@dataclass(frozen=True)
class Unit:
    id: str
    en: str
    ru: str
    pkg: str


def units() -> Iterator[Unit]:
    with lzma.open(MEMORY, "rt", encoding="utf-8") as handle:
        for line in handle:
            raw = json.loads(line)
            if len(raw["en"]) <= MAX_CHARS and len(raw["ru"]) <= MAX_CHARS:
                yield Unit(raw["id"], raw["en"], raw["ru"], raw["pkg"])


def pointer(entry: str, lang: str) -> re.Pattern[str]:
    english, russian = POINTERS[entry]
    return re.compile(english if lang == "en" else russian, re.IGNORECASE)


def sample(judged: str, per_entry: int, seed: int, exclude: set[str]) -> list[dict[str, str]]:
    """`per_entry` units for each entry whose side OTHER than `judged` matches the entry's
    pointer, seeded; units in `exclude` (an earlier sample) are left out."""
    other = "en" if judged == "ru" else "ru"
    pools: dict[str, list[Unit]] = {entry: [] for entry in POINTERS}
    patterns = {entry: pointer(entry, other) for entry in POINTERS}
    for unit in units():
        if unit.id in exclude:
            continue
        text = unit.en if other == "en" else unit.ru
        for entry, pattern in patterns.items():
            if pattern.search(text):
                pools[entry].append(unit)
    rng = random.Random(seed)
    chosen = []
    for entry, pool in pools.items():
        for unit in rng.sample(pool, min(per_entry, len(pool))):
            chosen.append(
                {"id": unit.id, "entry": entry, "pkg": unit.pkg, "en": unit.en, "ru": unit.ru}
            )
    return chosen


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def silent_side_hits(glossary, judged: str) -> tuple[int, list[dict]]:
    """Every hit of the matcher on the `judged` side of the memory, split by whether the
    other side points to the hit's entry: (hits where it does, hits where it does not)."""
    other = "en" if judged == "ru" else "ru"
    patterns = {entry: pointer(entry, other) for entry in POINTERS}
    pointed = 0
    silent: list[dict] = []
    for unit in units():
        text = unit.ru if judged == "ru" else unit.en
        other_text = unit.en if judged == "ru" else unit.ru
        for hit in glossary.find(text, judged):
            if patterns[hit.entry.id].search(other_text):
                pointed += 1
                continue
            silent.append(
                {
                    "id": unit.id,
                    "entry": hit.entry.id,
                    "judged": judged,
                    "start": hit.start,
                    "end": hit.end,
                    "text": hit.text,
                    "en": unit.en,
                    "ru": unit.ru,
                }
            )
    return pointed, silent


# ---- the project's own glossary over the seeds -------------------------------------------

SEEDS = REPO.parent / "shared" / "seeds"
# The project glossary as it was when the seeds were judged (glossary.yml may change).
PROJECT_GLOSSARY = DATA / "project_glossary.yml"
# Cyrillic letters that look like Latin ones (and back), folded before comparing prefixes.
LOOKALIKES = str.maketrans("асеорхуkмтвнАСЕОРХУКМТВН", "aceopxykmtbhACEOPXYKMTBH")
CANDIDATE_WORD = re.compile(r"[^\W_]+(?:['’ʼ-][^\W_]+)*")
PREFIX = 5
# Short function words inside terms ("remand in custody", "thief-in-law") bring up every
# line: they are left out, and so are words of fewer than 3 letters except acronyms (ИК, E).
FUNCTION_WORDS = frozenset("the of in for to on at by and not with under".split())


def _fold(word: str) -> str:
    return word.translate(LOOKALIKES).lower().replace("ё", "е")


def glossary_prefixes(glossary, lang: str) -> dict[str, set[str]]:
    """First letters (PREFIX, or the whole word when shorter) of every word of every term
    of `lang` (and of every do-not-translate term) -> the entries they come from."""
    prefixes: dict[str, set[str]] = {}
    for entry in glossary.entries:
        terms = list(entry.terms_for(lang)) + list(entry.forbidden.get(lang, ()))
        if entry.dnt:
            terms += [term for _lang, term in entry.all_terms()]
        for term in terms:
            for word in CANDIDATE_WORD.findall(term):
                for part in word.split("-"):
                    if part.lower() in FUNCTION_WORDS or (len(part) < 3 and not part.isupper()):
                        continue
                    prefixes.setdefault(_fold(part)[:PREFIX], set()).add(entry.id)
    return prefixes


def seed_candidates(glossary, lang: str = "en") -> list[dict]:
    """Every line of the seeds with a word that starts like a word of a glossary term
    (case-insensitive, look-alike letters folded, any quotes): found without the matcher."""
    prefixes = glossary_prefixes(glossary, lang)
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            words = []
            for match in CANDIDATE_WORD.finditer(line):
                folded = _fold(match.group())
                parts = [folded, *folded.split("-")]
                entries = {
                    e for p in parts for k, v in prefixes.items() if p.startswith(k) for e in v
                }
                if entries:
                    words.append(
                        {"word": match.group(), "start": match.start(), "entries": sorted(entries)}
                    )
            if words:
                rows.append({"file": path.name, "line": number, "text": line, "candidates": words})
    return rows


# ---- prose: the KiCad guide (../shared/align-dev), paragraph by paragraph ----------------

ALIGN_DEV = REPO.parent / "shared" / "align-dev"
KICAD_GLOSSARY = DATA / "kicad_glossary.yml"
KICAD_POINTERS: dict[str, str] = {
    "schematic": r"\bschematics?\b",
    "footprint": r"\bfootprints?\b",
    "library": r"\blibrar(?:y|ies)\b",
    "component": r"\bcomponents?\b",
    "board": r"\bboards?\b",
    "netlist": r"\bnet ?lists?\b",
    "layer": r"\blayers?\b",
    "track": r"\btracks?\b",
    "pad": r"\bpads?\b",
    "project": r"\bprojects?\b",
    "window": r"\bwindows?\b",
    "file": r"\bfiles?\b",
    "wire": r"\bwires?\b",
    "pin": r"\bpins?\b",
    "click": r"\bclick(?:s|ed|ing)?\b",
    "select": r"\bselect(?:s|ed|ing)?\b",
    "toolbar": r"\btool ?bars?\b",
    "field": r"\bfields?\b",
}


# Russian stems that point to an entry, for judging the English side.
KICAD_RUSSIAN_POINTERS: dict[str, str] = {
    "schematic": r"схем",
    "footprint": r"посадочн\w* мест",
    "library": r"библиотек",
    "component": r"компонент",
    "board": r"\bплат",
    "netlist": r"спис\w* цеп",
    "layer": r"\bсло[йяеёию]",
    "track": r"дорож",
    "pad": r"контактн\w* площад",
    "project": r"проект",
    "window": r"\b(?:окн|окон)",
    "file": r"файл",
    "wire": r"\bпровод",
    "pin": r"\bвывод",
    "click": r"щ[её]лкн|нажм",
    "select": r"\bвыб[иеор]",
    "toolbar": r"панел\w* инструмент",
    "field": r"\bпол(?:е|я|ю|ем|ей|ям|ями|ях)\b",
}


def kicad_paragraphs() -> tuple[list[str], list[str]]:
    """The guide's English and Russian paragraphs (1-1, blank-line separated). The text
    stays in ../shared: the gold file keeps paragraph numbers and the judged words only."""
    english = (ALIGN_DEV / "kicad-getting-started.en.txt").read_text(encoding="utf-8")
    russian = (ALIGN_DEV / "kicad-getting-started.ru.txt").read_text(encoding="utf-8")
    return english.split("\n\n"), russian.split("\n\n")


def kicad_sample(per_entry: int, seed: int, judged: str = "ru") -> list[dict]:
    """Paragraphs whose OTHER side points to each entry, seeded."""
    english, russian = kicad_paragraphs()
    pointing, pointers = (
        (english, KICAD_POINTERS) if judged == "ru" else (russian, KICAD_RUSSIAN_POINTERS)
    )
    rng = random.Random(seed)
    chosen = []
    for entry, pattern in pointers.items():
        regex = re.compile(pattern, re.IGNORECASE)
        pool = [index for index, text in enumerate(pointing) if regex.search(text)]
        for index in sorted(rng.sample(pool, min(per_entry, len(pool)))):
            chosen.append({"para": index, "entry": entry})
    return chosen
