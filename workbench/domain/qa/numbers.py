"""numbers: every number, date and legal reference of the source is in the translation.

Numbers are compared by value across locale forms (5.5 = 5,5; 1,000 = 1 000 = 1 000),
small numbers may be written as words (a warning), dates are compared by day, month and
year (17 February 2019 = 17 февраля 2019 = 17.02.2019), and article references must stay
article references (ст. 205.2 УК РФ = Article 205.2 of the Criminal Code).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.domain.langtags import primary_subtag
from workbench.domain.qa.base import Hit, QAContext, Severity, Side, segment_check
from workbench.domain.qa.text import inside, url_spans

NUMBER = re.compile(r"\d+(?:(?:[.,]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*")
GROUP_SEPARATORS = re.compile(r"[.,\u00a0\u202f\u2009 ]")
DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
TAG = re.compile(r"<[^<>]{1,200}>")
DIGIT = re.compile(r"\d")
DATE_IN_TEXT = re.compile(r"(?<![\d.])\d{1,2}\.(\d{1,2})\.(?:\d{4}|\d{2})(?![\d.])")
CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
# The number of a numbered list item ("1. Free Azat.", "... the case. 2."): at the start of the
# segment or after a sentence's end, followed by "." or ")" and a space or the end.
LIST_AFTER = '.!?…:;»”"'

SMALL_NUMBER_WORDS: dict[str, int] = {}
for _value, _forms in enumerate(
    [
        "one один одна одно одного одной одному одним одних одни",
        "two два две двух двум двумя",
        "three три трёх трех трём трем тремя",
        "four четыре четырёх четырех четырём четырем четырьмя",
        "five пять пяти пятью",
        "six шесть шести шестью",
        "seven семь семи семью",
        "eight восемь восьми восемью восьмью",
        "nine девять девяти девятью",
        "ten десять десяти десятью",
    ],
    start=1,
):
    for _form in _forms.split():
        SMALL_NUMBER_WORDS[_form] = _value
SMALL_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(SMALL_NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)

MONTHS_EN = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH_EN = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
MONTH_RU = re.compile(
    r"\b(январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
    r"(?:ь|я|е|ю|ем|ём|а|у|ом)?\b",
    re.IGNORECASE,
)
MONTH_EN_HINTS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
MONTH_RU_STEMS = (  # in month order: the index + 1 is the month
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)

ARTICLE_NUMBER = r"(\d+(?:\.\d+)*)"
ARTICLE = {
    "en": re.compile(r"\b(?:Articles?|Art\.)\s*" + ARTICLE_NUMBER, re.IGNORECASE),
    "ru": re.compile(
        r"(?:\bст\.|\bстать(?:я|и|е|ю|ей|ям|ями|ях))\s*"
        + ARTICLE_NUMBER
        + r"|"
        + ARTICLE_NUMBER
        + r"(?:-?(?:я|й|ю|ой))?\s+стать",
        re.IGNORECASE,
    ),
}
LEGAL_CODES = [  # (name, en pattern, ru pattern)
    (name, re.compile(en), re.compile(ru))
    for name, en, ru in [
        ("Criminal Code", r"Criminal Code", r"\bУК\b|Уголовн\w+ кодекс"),
        (
            "Code of Criminal Procedure",
            r"Criminal Procedure|Code of Criminal",
            r"\bУПК\b|Уголовно-процессуальн",
        ),
        (
            "Code of Administrative Offences",
            r"Administrative (?:Code|Offen[cs]es)",
            r"\bКоАП\b|административных правонарушени",
        ),
        ("Constitution", r"\bConstitution", r"\bКонституци"),
    ]
]
LEGAL_HINT = {
    "en": re.compile(r"Art|art|Code|Constitution"),
    "ru": re.compile(r"\bст\.|стать|УК|УПК|КоАП|[Кк]одекс|Конституци"),
}


@dataclass(slots=True)
class NumberToken:
    text: str
    start: int
    end: int
    values: frozenset[str]


@segment_check(
    "numbers", "error", "numbers, dates and legal references of the source are in the translation"
)
def check_numbers(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    if DIGIT.search(source) or DIGIT.search(target):
        yield from _compare_numbers(source, target)
    yield from _compare_months(source, target, context.source_lang, context.target_lang)
    yield from _compare_legal(source, target, context.source_lang, context.target_lang)


# ---- numbers ---------------------------------------------------------------------------------
def number_tokens(text: str) -> list[NumberToken]:
    matches = list(NUMBER.finditer(text))
    if not matches:
        return []
    skip = url_spans(text)
    if "<" in text:
        skip += [match.span() for match in TAG.finditer(text)]
    tokens: list[NumberToken] = []
    for match in matches:
        if skip and inside(match.start(), skip):
            continue
        run = match.group()
        if run.isdigit():
            tokens.append(NumberToken(run, match.start(), match.end(), frozenset({_canon(run)})))
            continue
        for start, end in _split_run(run, match.start()):
            chunk = text[start:end]
            date = DATE.match(chunk)
            if date:  # a numeric date: compare its day and year like numbers
                day, _month, year = date.groups()
                tokens.append(NumberToken(day, start, start + len(day), frozenset({_canon(day)})))
                tokens.append(NumberToken(year, end - len(year), end, frozenset({_canon(year)})))
                continue
            tokens.append(NumberToken(chunk, start, end, _values(chunk)))
    return tokens


def _not_list(text: str) -> list[NumberToken]:
    """The numbers of `text` without the numbers of list items, which a translation may leave
    to the list's layout (and the segmenter may put at the end of the previous item)."""
    tokens = number_tokens(text)
    return [token for token in tokens if not _list_number(text, token)] if tokens else tokens


def _list_number(text: str, token: NumberToken) -> bool:
    """ "1." or "2)" at the start, or after a sentence's end, and before a space or the end."""
    end = token.end
    after = text[end + 1 : end + 2]
    if text[end : end + 1] not in (".", ")") or (after and not after.isspace()):
        return False  # the usual case: not followed by "." or ")" and a space
    if len(token.text) > 2 or not token.text.isdigit():
        return False
    before = text[: token.start]
    stripped = before.rstrip()
    return not stripped or (before != stripped and stripped[-1] in LIST_AFTER)


def _split_run(run: str, offset: int) -> list[tuple[int, int]]:
    """Split "2019 100" (two numbers next to each other) but keep "1 000" together."""
    parts = re.split(r"([ \u00a0\u202f\u2009])", run)
    if len(parts) == 1 or _is_grouped(parts[0::2]):
        return [(offset, offset + len(run))]
    spans, position = [], offset
    for index, part in enumerate(parts):
        if index % 2 == 0:
            spans.append((position, position + len(part)))
        position += len(part)
    return spans


def _is_grouped(groups: list[str]) -> bool:
    first = GROUP_SEPARATORS.split(groups[0])[-1]
    return 1 <= len(first) <= 3 and all(len(group) == 3 for group in groups[1:])


def _values(token: str) -> frozenset[str]:
    separators = GROUP_SEPARATORS.findall(token)
    groups = GROUP_SEPARATORS.split(token)
    if not separators:
        return frozenset({_canon(token)})
    values = set()
    if len(set(separators)) == 1 and _is_grouped(groups):
        values.add(_canon("".join(groups)))  # thousands: 1,000 / 1 000 / 1.000
    if len(separators) == 1 and separators[0] in ".,":
        values.add(f"{_canon(groups[0])}.{groups[1]}")  # decimal: 5.5 / 5,5
    if not values:
        values.add(".".join(_canon(group) for group in groups))  # 1.2.3
    return frozenset(values)


def _canon(digits: str) -> str:
    return digits.lstrip("0") or "0"


def _compare_numbers(source: str, target: str) -> Iterator[Hit]:
    source_tokens, target_tokens = _not_list(source), _not_list(target)
    unmatched_target = list(target_tokens)
    missing = []
    for token in source_tokens:
        for index, candidate in enumerate(unmatched_target):
            if token.values & candidate.values:
                del unmatched_target[index]
                break
        else:
            missing.append(token)
    target_words = _small_words(target) if missing else []
    source_words = _small_words(source) if unmatched_target else []
    yield from _unpaired(
        missing,
        target_words,
        "source",
        as_word=("is written as a word in the translation", "warning"),
        absent=("is missing from the translation", None),
    )
    yield from _unpaired(
        unmatched_target,
        source_words,
        "target",
        as_word=("is a word in the source", "info"),
        absent=("is not in the source", "warning"),
    )


def _unpaired(
    tokens: list[NumberToken],
    other_side_words: list[int],
    side: Side,
    as_word: tuple[str, Severity | None],
    absent: tuple[str, Severity | None],
) -> Iterator[Hit]:
    """A hit for each number the other side lacks: milder where the other side writes it as
    a word (each word pairs with one number)."""
    for token in tokens:
        value = _small_value(token)
        if value is not None and value in other_side_words:
            other_side_words.remove(value)
            message, severity = as_word
        else:
            message, severity = absent
        yield Hit(f"number {token.text} {message}", severity, side, token.start, token.end)


def _small_value(token: NumberToken) -> int | None:
    for value in token.values:
        if value.isdigit() and 1 <= int(value) <= 10:
            return int(value)
    return None


def _small_words(text: str) -> list[int]:
    return [SMALL_NUMBER_WORDS[match.group().lower()] for match in SMALL_WORD.finditer(text)]


# ---- dates -----------------------------------------------------------------------------------
def months(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(month 1-12, start, end) for month names and numeric dates in `text`."""
    found: list[tuple[int, int, int]] = []
    lowered = text.lower()
    if any(stem in lowered for stem in MONTH_RU_STEMS) and (
        primary_subtag(lang) == "ru" or CYRILLIC_LETTER.search(text)
    ):
        for match in MONTH_RU.finditer(text):
            stem = match.group(1).lower()
            stem = "ма" if stem.startswith("ма") and stem != "март" else stem
            found.append((MONTH_RU_STEMS.index(stem) + 1, match.start(), match.end()))
    if not any(abbreviation in text for abbreviation in MONTH_EN_HINTS):
        match_en: list[re.Match[str]] = []
    else:
        match_en = list(MONTH_EN.finditer(text))
    for match in match_en:
        name = match.group(1).lower()
        if name == "may" and not _next_to_number(text, match.start(), match.end()):
            continue  # "may" is a verb far more often than a month
        number = next(i for i, month in enumerate(MONTHS_EN, 1) if month.startswith(name[:3]))
        found.append((number, match.start(), match.end()))
    if "." in text:
        for match in DATE_IN_TEXT.finditer(text):
            if 1 <= int(match.group(1)) <= 12:
                found.append((int(match.group(1)), match.start(), match.end()))
    return found


def _next_to_number(text: str, start: int, end: int) -> bool:
    return bool(
        re.search(r"\d\s*$", text[max(0, start - 4) : start])
        or re.match(r"\s*\d", text[end : end + 4])
    )


def _compare_months(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Hit]:
    source_months = months(source, source_lang)
    if not source_months:
        return
    target_months = [month for month, _start, _end in months(target, target_lang)]
    for month, start, end in source_months:
        if month in target_months:
            target_months.remove(month)
        else:
            yield Hit(
                f"date: {MONTHS_EN[month - 1].capitalize()} is not in the translation",
                None,
                "source",
                start,
                end,
            )


# ---- legal references -----------------------------------------------------------------------
def articles(text: str, lang: str) -> list[tuple[str, int, int]]:
    pattern = ARTICLE.get(primary_subtag(lang))
    if pattern is None:
        return []
    return [
        (next(group for group in match.groups() if group), match.start(), match.end())
        for match in pattern.finditer(text)
    ]


def _compare_legal(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Hit]:
    source_key, target_key = primary_subtag(source_lang), primary_subtag(target_lang)
    if source_key not in ARTICLE or target_key not in ARTICLE:
        return
    if not LEGAL_HINT[source_key].search(source):
        return
    target_articles = [number for number, _s, _e in articles(target, target_lang)]
    for number, start, end in articles(source, source_lang):
        if number in target_articles:
            target_articles.remove(number)
        else:
            label = "Article" if target_key == "en" else "статья"
            yield Hit(
                f"legal reference {source[start:end]!r} should be '{label} {number}' "
                "in the translation",
                None,
                "source",
                start,
                end,
            )
    index = {"en": 0, "ru": 1}
    for name, *patterns in LEGAL_CODES:
        source_match = patterns[index[source_key]].search(source)
        if source_match and not patterns[index[target_key]].search(target):
            yield Hit(
                f"legal reference: the {name} ({source_match.group()!r}) is not named "
                "in the translation",
                "warning",
                "source",
                source_match.start(),
                source_match.end(),
            )
