"""Sentence splitting inside one paragraph of prose, as offsets.

Russian uses `razdel`, other languages `sentencex` (both measured in the GUIDE). Both split
too eagerly around abbreviations, so their output is cleaned up with two rules:

- a sentence that starts with a lowercase letter or a digit continues the previous one
  ("ст. | 205.2 УК РФ", "Art. | 51", "e.g. | at home");
- a sentence that ends with a known abbreviation ("Mr.", "St.", "т.е.", "ст.") or an
  initial ("А.", "С.") continues into the next one ("А. С. | Пушкин");

and one rule the other way: an ending that closes a sentence when a capital follows is a
break, whatever the splitter thought: "и т. д.", "etc.", an ellipsis, a year ("в 2002 г."),
a unit ("в см.", "кбит/с.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import razdel
import sentencex

Span = tuple[int, int]

ENGLISH_ABBREVIATIONS = (
    "Mr. Mrs. Ms. Mx. Dr. Prof. St. Sts. Mt. Ft. Art. Arts. No. Nos. Nr. Vol. Ch. Fig. Sec. "
    "Gen. Col. Lt. Sgt. Capt. Cpl. Gov. Sen. Rep. Pres. Rev. Hon. Jr. Sr. Messrs. "
    "e.g. i.e. cf. vs. approx. ca. p. pp. para. paras. viz. "
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec."
).split()
RUSSIAN_ABBREVIATIONS = (
    "т.е. т.к. т.н. т.ч. т.о. ст. ч. п. пп. пт. им. ул. пер. просп. пр. см. напр. "
    "проф. акад. доц. тов. гр. д. кв. корп. стр. рис. гл. разд. абз. подп. прим. ред. "
    "нач. зам. пос. обл. р-н. ген. полк. подполк. ср. сокр."
).split()


def _abbreviation_pattern(abbreviations: Iterable[str]) -> re.Pattern[str]:
    forms: set[str] = set()
    for abbreviation in abbreviations:
        forms.add(abbreviation)
        forms.add(abbreviation[0].upper() + abbreviation[1:])  # at the start of a sentence
    # "т.е." is also written "т. е."
    alternatives = sorted(
        (re.escape(form).replace(r"\.", r"\.\s?").removesuffix(r"\s?") for form in forms),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?:^|[\s(«\"“„'‘\[])(?:" + "|".join(alternatives) + r")$")


ABBREVIATION_AT_END = _abbreviation_pattern(ENGLISH_ABBREVIATIONS + RUSSIAN_ABBREVIATIONS)
INITIAL_AT_END = re.compile(r"(?:^|[\s(«\"“„'‘])[A-ZА-ЯЁ]\.$")
# Skip punctuation, markup characters and HTML tags before the first letter or digit.
FIRST_ALPHANUMERIC = re.compile(r"(?:<[^<>]*>|\W|_)*?([^\W_])")
MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
# Endings that close a sentence when a capital letter (perhaps after a quote) follows; a year
# only after a date ("22 февраля 2002 г. Сайт", but "в 2019 г. Азата задержали").
BREAK_AFTER = re.compile(
    r"(?:(?:…|\.\.\.|\bи\s+др\.|\bт\.\s?[дп]\.|\betc\.)(?=\s+[«\"“„‘(]?[A-ZА-ЯЁ])"
    r"|(?:(?:" + MONTHS + r")\s+\d{4}\s+г\.|\d{3,4}\s+гг\.|/\s?(?:с|ч|мин|сек)\."
    r"|\bв\s+(?:см|мм|км|кг|мин|сек|руб)\.)"
    r"(?=\s+[A-ZА-ЯЁ]))"
)
LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
RAZDEL_LANGS = frozenset({"ru"})


def split_sentences(text: str, lang: str) -> list[Span]:
    """Offsets (start, end) of the sentences in `text`, without surrounding whitespace."""
    if not text.strip():
        return []
    flat = LINE_BREAKS.sub(" ", text)  # one paragraph: line breaks are just spaces
    raw = _razdel_spans(flat) if lang in RAZDEL_LANGS else _sentencex_spans(flat, lang)
    spans = [span for span in (strip_span(flat, start, end) for start, end in raw) if span]
    return _split_missed_breaks(flat, _merge_false_breaks(flat, spans))


def join_spans_over(spans: list[Span], regions: Iterable[Span]) -> list[Span]:
    """Join neighbouring spans when a boundary between them falls inside one of `regions`.

    Formats use this so that a sentence break never cuts a link, code span or tag in two.
    """
    ordered = sorted(regions)
    if not ordered or len(spans) < 2:
        return spans
    joined = [spans[0]]
    index = 0
    for start, end in spans[1:]:
        previous_start, previous_end = joined[-1]
        while index < len(ordered) and ordered[index][1] <= previous_end:
            index += 1
        if index < len(ordered) and ordered[index][0] < start:
            joined[-1] = (previous_start, end)
        else:
            joined.append((start, end))
    return joined


def _razdel_spans(text: str) -> list[Span]:
    return [(piece.start, piece.stop) for piece in razdel.sentenize(text)]


def _sentencex_spans(text: str, lang: str) -> list[Span]:
    try:
        boundaries = sentencex.get_sentence_boundaries(lang or "en", text)
    except Exception:  # an unknown language code: English rules are the safest default
        boundaries = sentencex.get_sentence_boundaries("en", text)
    return [
        (item["start_index"], item["end_index"])
        for item in boundaries
        if not item.get("is_paragraph_break")
    ]


def strip_span(text: str, start: int, end: int) -> Span | None:
    """`start..end` without the white space at its ends; None when nothing else is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _merge_false_breaks(text: str, spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in spans:
        if merged and _continues_previous(text, merged[-1], (start, end)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _split_missed_breaks(text: str, spans: list[Span]) -> list[Span]:
    """Break after "и т. д.", "etc.", an ellipsis, a year or a unit when a capital follows."""
    split: list[Span] = []
    for start, end in spans:
        for match in BREAK_AFTER.finditer(text, start, end):
            if match.end() < end:
                split.append((start, match.end()))
                start = match.end()
                while start < end and text[start].isspace():
                    start += 1
        split.append((start, end))
    return split


def _continues_previous(text: str, previous: Span, current: Span) -> bool:
    first = _first_alphanumeric(text, *current)
    if not first:  # only punctuation, e.g. a stray closing quote
        return True
    if first.islower() or first.isdigit():
        return True
    tail = text[max(previous[0], previous[1] - 20) : previous[1]]
    return bool(ABBREVIATION_AT_END.search(tail) or INITIAL_AT_END.search(tail))


def _first_alphanumeric(text: str, start: int, end: int) -> str:
    """The first letter or digit of a sentence, looking past quotes, brackets and tags."""
    match = FIRST_ALPHANUMERIC.match(text, start, end)
    return match.group(1) if match else ""
