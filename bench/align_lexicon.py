"""Build the aligner's English-Russian lexicon from Debian's human translations.

    .venv/bin/python bench/align_lexicon.py

Source: `../shared/bench/tm-en-ru-dev.jsonl.xz` (Russian catalogs shipped in Debian, see its
README), WITHOUT the packages of any alignment test set (`align_testset.SETS`: A to H),
so no test document's text has been seen by it. How: every unit of 1-25 English words
(short units say which word translates which) becomes a bag of English stems and a bag of
Russian lemmas, the same ones the aligner uses (`features.english_stem`,
`features.russian_lemma`); a pair of (stem, lemma) seen together in at least MIN_TOGETHER
units with a Dice coefficient of at least MIN_DICE is kept, at most MAX_TRANSLATIONS lemmas a
stem. The result is written as a Python module (`workbench/domain/align/lexicon_en_ru.py`), so
the domain reads it without any file I/O; the build is deterministic.
"""

from __future__ import annotations

import json
import lzma
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from align_testset import SETS  # noqa: E402

from workbench.domain.align.dictionary import dice_pairs  # noqa: E402
from workbench.domain.align.features import (  # noqa: E402
    WORD,
    english_stem,
    russian_lemma,
)
from workbench.domain.glossary.normalise import is_cyrillic  # noqa: E402

MEMORY = REPO.parent / "shared" / "bench" / "tm-en-ru-dev.jsonl.xz"
OUTPUT = REPO / "workbench" / "domain" / "align" / "lexicon_en_ru.py"
MIN_WORDS, MAX_WORDS = 1, 25
MIN_STEM = 3
MIN_TOGETHER = 3
MIN_DICE = 0.2
MAX_TRANSLATIONS = 3


def held_out_packages() -> set[str]:
    return {package for documents in SETS.values() for package, _catalog in documents.values()}


def bags(text: str, russian: bool) -> set[str]:
    found = set()
    for match in WORD.finditer(text):
        word = match.group()
        if word.isdigit():
            continue
        if is_cyrillic(word) != russian:
            continue  # a Latin name inside Russian text is matched as it is, not translated
        stem = russian_lemma(word) if russian else english_stem(word)
        if len(stem) >= MIN_STEM:
            found.add(stem)
    return found


def learn(memory: Path) -> tuple[dict[str, list[str]], int, int]:
    excluded = held_out_packages()
    source_count: Counter[str] = Counter()
    target_count: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    units = skipped = 0
    with lzma.open(memory, "rt", encoding="utf-8") as lines:
        for line in lines:
            unit = json.loads(line)
            if unit["pkg"] in excluded:
                skipped += 1
                continue
            words = len(unit["en"].split())
            if not MIN_WORDS <= words <= MAX_WORDS:
                continue
            english, russian = bags(unit["en"], False), bags(unit["ru"], True)
            if not english or not russian:
                continue
            units += 1
            source_count.update(english)
            target_count.update(russian)
            together.update((s, t) for s in english for t in russian)
    candidates = dice_pairs(together, source_count, target_count, MIN_TOGETHER, MIN_DICE)
    lexicon = {
        s: [t for _dice, t in sorted(found, key=lambda pair: (-pair[0], pair[1]))][
            :MAX_TRANSLATIONS
        ]
        for s, found in sorted(candidates.items())
    }
    return lexicon, units, skipped


def write_module(lexicon: dict[str, list[str]], units: int, skipped: int) -> None:
    lines = "\n".join(f"{s} {' '.join(ts)}" for s, ts in lexicon.items())
    OUTPUT.write_text(
        '"""English stems and the Russian lemmas they translate to, learned from Debian\'s\n'
        "human translations by `bench/align_lexicon.py` (generated: do not edit by hand).\n\n"
        f"{units} units of {MIN_WORDS}-{MAX_WORDS} English words, none from the packages of the\n"
        f"alignment test sets ({skipped} units left out); Dice >= {MIN_DICE}, together >= "
        f"{MIN_TOGETHER}.\n"
        '"""\n\n'
        f'LEXICON = """\n{lines}\n"""\n',
        encoding="utf-8",
    )


if __name__ == "__main__":
    found, used, left_out = learn(MEMORY)
    write_module(found, used, left_out)
    print(
        f"{len(found)} stems from {used} units ({left_out} left out) -> {OUTPUT.relative_to(REPO)}"
    )
