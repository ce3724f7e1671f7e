"""Term recognition measured on an independently judged test set: recall and precision of
`Glossary.find` on units of Debian's English-Russian memory that nobody on this project
wrote, judged by reading before the matcher ran (tests/glossary/data/independent/README.md).

    .venv/bin/python bench/bench_terms_recall.py [--show] [--set NAME]

Recall and precision come from `gold_<lang>.jsonl`: every judged occurrence of the sampled
entry's term is found when a hit of that entry (or of a longer entry containing it)
overlaps it; every hit of that entry that overlaps no judged occurrence is a false one.
The precision sets `precision_<lang>.jsonl` hold matcher hits on units whose other side
does NOT point to the entry, each judged right or wrong (`correct`).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field

from terms_independent import (
    ALIGN_DEV,
    CONTAINED_IN,
    DATA,
    GLOSSARY,
    KICAD_GLOSSARY,
    PROJECT_GLOSSARY,
    kicad_paragraphs,
    read_jsonl,
)

from workbench.storage.glossary import load_glossary

Span = tuple[int, int]


def gold_spans(text: str, surfaces: list[str]) -> list[Span]:
    """The places of the judged surfaces: whole-word occurrences, in order, each once."""
    spans: list[Span] = []
    for surface in dict.fromkeys(surfaces):
        wanted = surfaces.count(surface)
        pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
        found = [m.span() for m in pattern.finditer(text)][:wanted]
        if len(found) < wanted:
            raise SystemExit(f"{surface!r} is not {wanted} times in {text!r}")
        spans += found
    return sorted(spans)


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    hits: int = 0
    false_hits: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return (self.hits - self.false_hits) / self.hits if self.hits else 1.0

    def tally(
        self,
        text: str,
        expected: list[Span],
        covering: list[Span],
        own: list[tuple[int, int, str]],
        where: str,
        context: str = "",
    ) -> None:
        """Count one judged row: an expected span is found when a hit standing for its entry
        covers it; a hit of the entry itself is wrong when it lies on no expected span."""
        self.expected += len(expected)
        for span in expected:
            if any(overlaps(span, hit) for hit in covering):
                self.found += 1
            else:
                self.misses.append(f"{where} {text[span[0] : span[1]]!r}{context}")
        self.hits += len(own)
        for start, end, hit_text in own:
            if not any(overlaps((start, end), span) for span in expected):
                self.false_hits += 1
                self.wrong.append(f"{where} {hit_text!r}{context}")


def score_gold(glossary, name: str) -> Score:
    score = Score()
    for row in read_jsonl(DATA / f"{name}.jsonl"):
        lang, entry = row["judged"], row["entry"]
        text = row[lang]
        expected = gold_spans(text, row["found"])
        hits = glossary.find(text, lang)
        standing_for = {entry, *CONTAINED_IN.get(entry, ())}
        covering = [(h.start, h.end) for h in hits if h.entry.id in standing_for]
        own = [(h.start, h.end, h.text) for h in hits if h.entry.id == entry]
        score.tally(text, expected, covering, own, f"{row['id']} [{entry}]", f" in {text!r}")
    return score


def score_precision(glossary, name: str) -> Score | None:
    """Judged hits on units whose other side does not point to the entry; a hit the
    matcher no longer makes is left out, a new one is reported unjudged."""
    path = DATA / f"{name}.jsonl"
    if not path.exists():
        return None
    score = Score()
    for row in read_jsonl(path):
        lang, entry = row["judged"], row["entry"]
        text = row[lang]
        hits = [h for h in glossary.find(text, lang) if h.entry.id == entry]
        span = (row["start"], row["end"])
        if not any((h.start, h.end) == span for h in hits):
            continue
        score.hits += 1
        if not row["correct"]:
            score.false_hits += 1
            score.wrong.append(f"{row['id']} [{entry}] {row['text']!r} in {text!r}")
    return score


def score_seeds(glossary, name: str = "seeds_en") -> Score:
    """The project glossary over the seeds: every judged occurrence (text, entry) is found
    when a hit (or forbidden-variant hit) of that entry overlaps it; every hit that
    overlaps no judged occurrence of its entry is a false one."""
    score = Score()
    for row in read_jsonl(DATA / f"{name}.jsonl"):
        lang, text = row["judged"], row["text"]
        expected: list[tuple[Span, str]] = []
        for entry in dict.fromkeys(entry for _surface, entry in row["found"]):
            surfaces = [surface for surface, e in row["found"] if e == entry]
            expected += [(span, entry) for span in gold_spans(text, surfaces)]
        hits = glossary.find(text, lang) + glossary.find_forbidden(text, lang)
        score.expected += len(expected)
        for span, entry in expected:
            if any(h.entry.id == entry and overlaps(span, (h.start, h.end)) for h in hits):
                score.found += 1
            else:
                score.misses.append(
                    f"{row['file']}:{row['line']} [{entry}] {text[span[0] : span[1]]!r}"
                )
        score.hits += len(hits)
        for hit in hits:
            if not any(
                e == hit.entry.id and overlaps(span, (hit.start, hit.end)) for span, e in expected
            ):
                score.false_hits += 1
                score.wrong.append(f"{row['file']}:{row['line']} [{hit.entry.id}] {hit.text!r}")
    return score


def score_kicad(glossary, lang: str = "ru") -> Score | None:
    """The KiCad guide's paragraphs of `lang` (read from ../shared/align-dev)."""
    if not ALIGN_DEV.exists():
        return None
    english, russian = kicad_paragraphs()
    paragraphs = russian if lang == "ru" else english
    score = Score()
    for row in read_jsonl(DATA / f"kicad_{lang}.jsonl"):
        text, entry = paragraphs[row["para"]], row["entry"]
        expected = gold_spans(text, row["found"])
        own = [(h.start, h.end, h.text) for h in glossary.find(text, lang) if h.entry.id == entry]
        covering = [(start, end) for start, end, _text in own]
        score.tally(text, expected, covering, own, f"p{row['para']} [{entry}]")
    return score


def report(name: str, units: str, score: Score, show: bool, recall: bool = True) -> None:
    """One row of the table (without the recall columns for a precision-only set); with
    `show`, the misses and the false hits under it."""
    found = f"{score.expected} | {score.found} | {score.recall:.3f}" if recall else " |  | "
    print(
        f"| {name} | {units} | {found} | {score.hits} | {score.false_hits} "
        f"| {score.precision:.3f} |"
    )
    if show:
        for line in score.misses if recall else []:
            print("  MISS", line)
        for line in score.wrong:
            print("  FALSE", line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the misses and false hits")
    parser.add_argument("--set", default="", help="suffix of a second sample (e.g. _2)")
    args = parser.parse_args()
    glossary = load_glossary(GLOSSARY)
    print(f"glossary: {GLOSSARY.relative_to(DATA.parents[3])} ({len(glossary.entries)} entries)")
    print("| set | judged units | judged occurrences | found | recall | hits | false | precision |")
    print("|---|---|---|---|---|---|---|---|")
    for lang in ("ru", "en"):
        name = f"gold_{lang}{args.set}"
        if not (DATA / f"{name}.jsonl").exists():
            continue
        units = len(read_jsonl(DATA / f"{name}.jsonl"))
        report(name, str(units), score_gold(glossary, name), args.show)
    for lang in ("ru", "en"):
        name = f"precision_{lang}{args.set}"
        judged = score_precision(glossary, name)
        if judged is not None:
            report(f"{name} (other side silent)", "", judged, args.show, recall=False)
    if not args.set:
        seeds = score_seeds(load_glossary(PROJECT_GLOSSARY))
        report("seeds_en (project glossary)", "80 lines", seeds, args.show)
        for lang in ("ru", "en"):
            kicad = score_kicad(load_glossary(KICAD_GLOSSARY), lang)
            if kicad is None:
                continue
            pairs = len(read_jsonl(DATA / f"kicad_{lang}.jsonl"))
            report(f"kicad_{lang} (prose)", f"{pairs} paragraph-entry pairs", kicad, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
