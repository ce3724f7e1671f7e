"""The `language` check against neighbouring languages, on real text nobody here wrote.

Wrong-language segments: the translations in Debian's gettext catalogs installed under
/usr/share/locale (uk, be, kk, bg, sr; de, fr, es, nl, it, pt, pl), sampled as segments of 6+
words. Correct segments (false alarms): the ru and uk catalogs, the English msgids of the ru
catalogs and en_GB's translations, the seed texts (English), the KiCad guide in
`../shared/align-dev` (English and Russian), split into sentences of 6+ words, and, held out
(never looked at while the rules were made), the English and Russian of the memory in
`../shared/bench` from catalogs not installed here.

For each project language (ru, uk, en) it prints the false alarms on correct segments and, per
neighbour, recall and precision (precision against all correct segments of that language),
and the check's time per segment, as a ratio to tokenising the segment (baseline).

    .venv/bin/python bench/bench_qa_language.py [--per-language 1500]

Catalogs are read with polib; install more with apt (packages ship their .mo files).
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
import statistics
import sys
import time
from pathlib import Path

import polib  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from held_out_second import second_held_out  # noqa: E402
from paths import SHARED, SHARED_BENCH  # noqa: E402

from workbench.domain.model import Unit  # noqa: E402
from workbench.domain.qa import QAContext, check_unit  # noqa: E402
from workbench.domain.qa.language import detect  # noqa: E402
from workbench.domain.segment import split_sentences  # noqa: E402

LOCALE = Path("/usr/share/locale")
PROJECTS = {  # project language: (correct sets, neighbours)
    "ru": (["ru", "ru-kicad", "ru-held-out"], ["uk", "be", "kk", "bg", "sr"]),
    "uk": (["uk"], ["ru", "be", "kk", "bg", "sr"]),
    "en": (
        ["en", "en_GB", "en-seeds", "en-kicad", "en-held-out"],
        ["de", "fr", "es", "nl", "it", "pt", "pl"],
    ),
}
CATALOG_LANGS = (
    "ru",
    "uk",
    "be",
    "kk",
    "bg",
    "sr",
    "en_GB",
    "de",
    "fr",
    "es",
    "nl",
    "it",
    "pt",
    "pl",
)
CYRILLIC = ("ru", "uk", "be", "kk", "bg", "sr")
NOT_TEXT = re.compile(
    r"%(?:\([^)]*\)|\d+\$)?[-+ #0-9.*']*(?:hh|h|ll|l|L|q|j|z|t|I64|I32)?[a-zA-Z%]"
    r"|\{[^{}]*\}|\$\{?\w+\}?|<[^<>]*>|&\w+;|\\[nt]"
)
PLAIN_WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*[.,;:!?»”\"]?$")
LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
CYRILLIC_LETTER = re.compile("[\u0400-\u052f]")


ACCELERATOR = re.compile(r"(?<!\w)[_&](?=[^\W\d_])")  # _Open, &File; not frv_print_operand


def clean(text: str) -> str:
    """Placeholders, markup and accelerator marks out; one line. Identifiers keep their
    underscores (frv_print_operand), as a translator sees them."""
    return " ".join(ACCELERATOR.sub("", NOT_TEXT.sub(" ", text)).split())


def is_sentence(text: str, lang: str) -> bool:
    """6+ plain words making 3/4 of the tokens, 95% of the letters in the language's script:
    text, not command lines or identifiers."""
    tokens = text.split()
    plain = [token for token in tokens if PLAIN_WORD.match(token.strip("«„“(\"'"))]
    if len(plain) < 6 or len(plain) < 0.75 * len(tokens) or len(text) > 300:
        return False
    latin, cyrillic = len(LATIN.findall(text)), len(CYRILLIC_LETTER.findall(text))
    share = (cyrillic if lang in CYRILLIC else latin) / max(1, latin + cyrillic)
    return share >= 0.95


def catalog_segments() -> tuple[dict[str, list[str]], dict[str, int]]:
    """Every 6+ word segment of the installed catalogs, by language (en: the ru msgids)."""
    found: dict[str, dict[str, None]] = {lang: {} for lang in (*CATALOG_LANGS, "en")}
    catalogs = dict.fromkeys(found, 0)
    for lang in CATALOG_LANGS:
        for path in sorted((LOCALE / lang / "LC_MESSAGES").glob("*.mo")):
            try:
                entries = polib.mofile(str(path))
            except (OSError, ValueError):
                continue
            catalogs[lang] += 1
            for entry in entries:
                texts = list(entry.msgstr_plural.values()) if entry.msgstr_plural else []
                for text in [entry.msgstr, *texts]:
                    if text and text != entry.msgid:
                        found[lang][clean(text)] = None
                if lang == "ru":  # the English the Russian catalogs translate
                    found["en"][clean(entry.msgid)] = None
    catalogs["en"] = catalogs["ru"]
    return {
        lang: [t for t in texts if is_sentence(t, lang[:2])] for lang, texts in found.items()
    }, catalogs


def prose_sentences(path: Path, lang: str, separator: str) -> list[str]:
    if not path.is_file():
        return []
    found = []
    for paragraph in path.read_text(encoding="utf-8").split(separator):
        paragraph = " ".join(paragraph.split())
        for start, end in split_sentences(paragraph, lang):
            if len(paragraph[start:end].split()) >= 6:
                found.append(paragraph[start:end])
    return found


def corpus(per_language: int) -> tuple[dict[str, list[str]], dict[str, int]]:
    segments, catalogs = catalog_segments()
    rng = random.Random(16)
    sample = {}
    for lang, texts in segments.items():
        texts = sorted(texts)
        rng.shuffle(texts)
        sample[lang] = texts[:per_language] if per_language else texts
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    sample["en-seeds"] = [s for path in seeds for s in prose_sentences(path, "en", "\n")]
    align = SHARED / "align-dev"
    sample["en-kicad"] = prose_sentences(align / "kicad-getting-started.en.txt", "en", "\n\n")
    sample["ru-kicad"] = prose_sentences(align / "kicad-getting-started.ru.txt", "ru", "\n\n")
    sample.update(held_out())
    return sample, catalogs


def held_out() -> dict[str, list[str]]:
    """Correct segments from catalogs NOT installed here (never looked at while the rules were
    made): the English and Russian of `../shared/bench/tm-en-ru-dev.jsonl.xz`."""
    path = SHARED_BENCH / "tm-en-ru-dev.jsonl.xz"
    if not path.is_file():
        return {}
    installed = {mo.stem for mo in (LOCALE / "ru" / "LC_MESSAGES").glob("*.mo")}
    found: dict[str, dict[str, None]] = {"en-held-out": {}, "ru-held-out": {}}
    with lzma.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            unit = json.loads(line)
            if Path(unit["catalog"]).stem in installed:
                continue
            for lang in ("en", "ru"):
                text = clean(unit[lang])
                if is_sentence(text, lang):
                    found[f"{lang}-held-out"][text] = None
    return {name: list(texts) for name, texts in found.items()}


def flagged(text: str, ctx: QAContext) -> bool:
    return bool(check_unit(Unit("s-bench", "(source)", text), ctx))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=1500, help="0: every segment")
    parser.add_argument(
        "--second-held-out",
        type=Path,
        metavar="DIR",
        help="also score the second held-out set (bench/held_out_second.py); DIR holds the "
        "extracted mc-data and nano packages",
    )
    args = parser.parse_args()
    sample, catalogs = corpus(args.per_language)
    if args.second_held_out:
        score_second(args.second_held_out, sample)
        return
    print("catalogs read: " + ", ".join(f"{lang} {count}" for lang, count in catalogs.items()))
    print("segments: " + ", ".join(f"{lang} {len(texts)}" for lang, texts in sample.items()))
    for project, (correct, neighbours) in PROJECTS.items():
        ctx = QAContext("xx", project, only=frozenset({"language"}))
        print(f"\n{project} project | segments | flagged | recall | precision")
        print("|---|---:|---:|---:|---:|")
        false_alarms = 0
        for name in correct:
            wrong = [text for text in sample[name] if flagged(text, ctx)]
            false_alarms += len(wrong)
            print(f"| correct: {name} | {len(sample[name])} | {len(wrong)} (false alarms) | | |")
            for text in wrong[:10]:
                print(f"    false alarm: {text[:120]}")
        for name in neighbours:
            texts = sample[name]
            found = sum(flagged(text, ctx) for text in texts)
            recall = found / len(texts) if texts else float("nan")
            precision = found / (found + false_alarms) if found else float("nan")
            print(
                f"| {name} as {project} | {len(texts)} | {found} | {recall:.3f} | {precision:.3f} |"
            )
    timing(sample)


def score_second(packages: Path, first: dict[str, list[str]]) -> None:
    """The second held-out set: every segment, scored once (never used to make rules)."""
    seen = {text for texts in first.values() for text in texts}

    def split(paragraph: str, lang: str) -> list[str]:
        return [paragraph[start:end] for start, end in split_sentences(paragraph, lang)]

    sets: dict[str, list[str]] = {}
    for lang, sources in second_held_out(packages, clean, split).items():
        kept: dict[str, None] = {}
        counts = []
        for source, texts in sources.items():
            new = [t for t in dict.fromkeys(texts) if is_sentence(t, lang) and t not in seen]
            new = [t for t in new if t not in kept]
            english = set()
            if lang not in (*CYRILLIC, "en"):  # passages left in English (the GPL in mc's
                english = {t for t in new if _english_to_langdetect(t)}  # manual, man pages)
                new = [t for t in new if t not in english]
            kept.update(dict.fromkeys(new))
            counts.append(f"{source} {len(new)}" + (f" (-{len(english)} English)" * bool(english)))
        sets[lang] = list(kept)
        print(f"second held-out {lang}: {len(kept)} segments ({', '.join(counts)})")
    for project, (_correct, neighbours) in PROJECTS.items():
        ctx = QAContext("xx", project, only=frozenset({"language"}))
        wrong = [text for text in sets[project] if flagged(text, ctx)]
        print(f"\n{project} project, second held-out | segments | flagged | recall | precision")
        print("|---|---:|---:|---:|---:|")
        print(f"| correct: {project} | {len(sets[project])} | {len(wrong)} (false alarms) | | |")
        for text in wrong:
            print(f"    false alarm: {text[:120]}")
        for name in neighbours:
            texts = sets[name]
            found = sum(flagged(text, ctx) for text in texts)
            recall = found / len(texts) if texts else float("nan")
            precision = found / (found + len(wrong)) if found else float("nan")
            print(
                f"| {name} as {project} | {len(texts)} | {found} | {recall:.3f} | {precision:.3f} |"
            )


def _english_to_langdetect(text: str) -> bool:
    """Another detector than the check's (langdetect, seeded) reads `text` as English."""
    found = detect(text)
    return found is not None and found[0] == "en" and found[1] >= 0.9


def timing(sample: dict[str, list[str]]) -> None:
    """Per segment on correct targets (the usual case) and on wrong ones, after a warm-up."""
    rows = []
    for project, name in (
        ("ru", "ru"),
        ("ru", "ru-kicad"),
        ("uk", "uk"),
        ("en", "en"),
        ("ru", "uk"),
    ):
        ctx = QAContext("xx", project, only=frozenset({"language"}))
        texts = sample[name][:1000]
        for text in texts:
            flagged(text, ctx)  # models loaded, caches warm
        check = _per_segment(texts, lambda text, ctx=ctx: flagged(text, ctx))
        tokenise = _per_segment(texts, lambda text: re.findall(r"\w+", text))
        rows.append((project, name, check, tokenise))
    print("\n| project | segments | language check per segment | tokenising (baseline) | ratio |")
    print("|---|---|---:|---:|---:|")
    for project, name, check, tokenise in rows:
        print(
            f"| {project} | {name} | {check * 1000:.3f} ms | {tokenise * 1000:.4f} ms "
            f"| {check / tokenise:.0f}x |"
        )


def _per_segment(texts: list[str], func) -> float:  # noqa: ANN001
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        for text in texts:
            func(text)
        runs.append((time.perf_counter() - start) / max(1, len(texts)))
    return statistics.median(runs)


if __name__ == "__main__":
    main()
