"""language: the translation is not in the target language.

Russian, Ukrainian, Belarusian, Kazakh, Bulgarian, Serbian and English targets are told from
their neighbours of the same alphabet by `neighbours.py` (letters, function words, lingua),
from 6 words on. For other target languages:
langdetect is reliable only on longer text and costs ~3.6 ms a call (measured here), too
slow to run on every segment of a 100,000-segment project. So segments of at least
MIN_WORDS words are first scored cheaply on function words and letters peculiar to one
language; langdetect (seeded, deterministic) is asked only when that score says another
language. Short segments are left to the script check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.domain.langtags import primary_subtag
from workbench.domain.qa.base import Hit, QAContext, segment_check
from workbench.domain.qa.neighbours import GROUPS, LANGUAGE_NAMES, group_of, other_language
from workbench.domain.qa.neighbours import MIN_WORDS as NEIGHBOUR_MIN_WORDS
from workbench.domain.qa.text import lang_script, words

LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
CYRILLIC_LETTER = re.compile("[\u0400-\u052f]")
PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*$")
TOKEN_EDGES = ".,;:!?()[]«»\"'“”„—…"
MIN_WORDS = 8  # for languages without measured neighbours (neighbours.py: 6)
NEIGHBOURS = (*GROUPS["cyrillic"], "en")
MIN_PROBABILITY = 0.9
FUNCTION_WORDS = {
    lang: frozenset(text.split())
    for lang, text in {
        "en": "the and of to in is that it was for on with as are by be this not from at but "
        "have he she they we you his her their an or which who has had were been will",
        "ru": "и в не на что с по как а но он она они это к у из за от о для же то так мы вы "
        "я был была были его её ее их только уже все бы если или когда чтобы",
        "uk": "і й в у не на що з як але він вона вони це до від для та ще був була були його "
        "її їх вже які який також або коли щоб",
        "be": "і ў не на што з як але ён яна яны гэта да ад для ды яшчэ быў была былі яго яе "
        "іх ужо",
        "bg": "и в не на че с по като но той тя те това да от за се е са ще беше",
        "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch "
        "es an als",
        "fr": "le la les et des est un une pas que qui dans pour sur au avec ne se il elle du",
        "es": "el la los las y de que en un una es por con para no se del al lo como más",
        "it": "il lo la gli le e di che un una è per con non si del della sono come",
    }.items()
}
RUSSIAN_ONLY = re.compile("[ыэЫЭ]")
NOT_RUSSIAN = re.compile("[іїєґўІЇЄҐЎ]")
ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|is|was|to)\b")
NOT_ENGLISH = re.compile(r"\b(?:der|die|und|le|la|les|el|los|il|di|que|het|een)\b")
# Cheap signs that a text is in the language, so most segments never reach the scoring.
QUICKLY_SURE = {
    "ru": lambda text: bool(RUSSIAN_ONLY.search(text)) and not NOT_RUSSIAN.search(text),
    "en": lambda text: bool(ENGLISH_WORDS.search(text)) and not NOT_ENGLISH.search(text),
}
PECULIAR_LETTERS = {"ru": set("ыэъё"), "uk": set("іїєґ"), "be": set("ўі")}


@segment_check(
    "language",
    "warning",
    f"the translation is not in the target language (segments of {NEIGHBOUR_MIN_WORDS} words "
    f"or more for {', '.join(NEIGHBOURS)}; {MIN_WORDS} for others)",
)
def check_language(source: str, target: str, context: QAContext) -> Iterator[Hit]:
    target_lang = context.target_lang
    if target.count(" ") < NEIGHBOUR_MIN_WORDS - 1:
        return
    lang = primary_subtag(target_lang)
    expected_script = lang_script(target_lang)
    if expected_script is not None and _wrong_script(target, expected_script):
        yield Hit(
            f"the translation is not in {target_lang}: most letters are not "
            f"{expected_script.capitalize()}",
            "error",
            start=0,
            end=len(target),
        )
        return
    if group_of(lang) is not None:
        other = other_language(target, lang, context.may_load_models)
        if other is not None:
            yield Hit(
                f"the translation looks like {LANGUAGE_NAMES[other]} ({other}), not {target_lang}",
                start=0,
                end=len(target),
            )
        return
    if target.count(" ") < MIN_WORDS - 1:
        return
    quick = QUICKLY_SURE.get(lang)
    if quick is not None and quick(target):
        return
    tokens = words(target)
    if len(tokens) < MIN_WORDS:
        return
    if lang in FUNCTION_WORDS and not _other_language_scores_higher(tokens, target, lang):
        return
    detected = detect(target)
    if detected is not None and detected[0] != lang and detected[1] >= MIN_PROBABILITY:
        yield Hit(
            f"the translation looks like {detected[0]}, not {target_lang}",
            start=0,
            end=len(target),
        )


def _wrong_script(text: str, script: str) -> bool:
    """Most letters are of another alphabet (cheap for the usual case: none are)."""
    if script == "latin" and text.isascii():
        return False
    if script == "cyrillic" and not LATIN_LETTER.search(text):
        return False
    # Judged on plain lowercase words: names and brands are capitalised (KiCad, Windows),
    # and paths, file names and URLs are not words (/usr/share/kicad, myfootprint.pretty).
    # One-letter words are often variables or leftovers ("d", "u").
    tokens = [token.strip(TOKEN_EDGES) for token in text.split()]
    plain = [token for token in tokens if len(token) > 1 and PLAIN_WORD.match(token)]
    lowercase = [token for token in plain if token.islower()]
    judged = lowercase if len(lowercase) >= 2 else plain
    return _script_share(" ".join(judged) if judged else text, script) < 0.5


def _script_share(text: str, script: str) -> float:
    latin = len(LATIN_LETTER.findall(text))
    cyrillic = len(CYRILLIC_LETTER.findall(text))
    if not latin + cyrillic:
        return 1.0
    return (latin if script == "latin" else cyrillic) / (latin + cyrillic)


def _other_language_scores_higher(tokens: list[str], text: str, lang: str) -> bool:
    script = lang_script(lang)
    lowered = [token.lower() for token in tokens]
    letters = set(text.lower())
    scores = {}
    for candidate, function_words in FUNCTION_WORDS.items():
        if lang_script(candidate) != script:
            continue
        score = sum(token in function_words for token in lowered)
        score += 2 * len(letters & PECULIAR_LETTERS.get(candidate, set()))
        scores[candidate] = score
    best = max(scores.values())
    return scores[lang] < best or best == 0


def detect(text: str) -> tuple[str, float] | None:
    """(language, probability) from langdetect, seeded; None when it cannot tell."""
    from langdetect import (
        DetectorFactory,
        LangDetectException,
        detect_langs,
    )

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return None
    return best.lang, best.prob
