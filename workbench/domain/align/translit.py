"""Transliteration keys: one Latin consonant skeleton for a name or cognate in either script.

"Мифтахов" and "Miftakhov", "компонента" and "component", "Кремль" and "Kremlin" should
meet. Russian is romanised letter by letter (close to BGN/PCGN), then both sides are folded
the same way: c/q/ck -> k, ph -> f, w -> v, x -> ks, and vowels, h, y, j and doubled letters
are dropped. The key is the skeleton's first letters (Russian endings fall off that way),
and a word whose skeleton is too short to mean anything gets no key.
"""

from __future__ import annotations

from functools import lru_cache

RUSSIAN_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    }
)  # fmt: skip
_DIGRAPHS = (("shch", "S"), ("zh", "Z"), ("ch", "C"), ("sh", "S"), ("ph", "f"), ("ck", "k"),
             ("kh", "k"))  # fmt: skip
_LETTERS = str.maketrans({"c": "k", "q": "k", "w": "v", "x": "ks", "C": "c", "Z": "z", "S": "s"})
_DROPPED = frozenset("aeiouyhj'")
SKELETON_KEY_LENGTH = 5
MIN_SKELETON = 3
MIN_PREFIX = 4


def romanise(word: str) -> str:
    """A lower-case Latin spelling of `word` (Latin words are only lower-cased)."""
    return word.lower().translate(RUSSIAN_TO_LATIN)


def skeleton(latin: str) -> str:
    for digraph, letter in _DIGRAPHS:
        latin = latin.replace(digraph, letter)
    folded = latin.translate(_LETTERS)
    out: list[str] = []
    for char in folded:
        if char in _DROPPED or not char.isalpha():
            continue
        if out and out[-1] == char:
            continue
        out.append(char)
    return "".join(out)


@lru_cache(maxsize=262_144)
def translit_keys(word: str) -> tuple[str, ...]:
    """The skeleton's prefixes of MIN_PREFIX..SKELETON_KEY_LENGTH letters: "Соломоновы"
    (slmnv) meets "Solomon" (slmn) on their common four."""
    bones = skeleton(romanise(word))
    if len(bones) < MIN_SKELETON:
        return ()
    if len(bones) == MIN_SKELETON:
        return (bones,)
    return tuple(
        bones[:size] for size in range(MIN_PREFIX, min(len(bones), SKELETON_KEY_LENGTH) + 1)
    )


@lru_cache(maxsize=262_144)
def translit_key(word: str) -> str | None:
    """The shared key of a word in either script, or None for short or vowel-only words."""
    bones = skeleton(romanise(word))
    if len(bones) < MIN_SKELETON:
        return None
    return bones[:SKELETON_KEY_LENGTH]
