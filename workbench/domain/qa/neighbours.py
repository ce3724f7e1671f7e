"""Telling a language from its neighbours of the same alphabet, on one segment of 6+ words.

A Russian translation that is in fact Ukrainian, Belarusian, Kazakh, Bulgarian or Serbian, a
Ukrainian one that is Russian (or those), an English one that is German, French, Spanish,
Dutch, Italian, Portuguese or Polish. Measured on Debian's translation catalogs and real prose
(docs/qa.md, bench/bench_qa_language.py): letters and function words decide most segments at
once; `lingua` (restricted to the languages still possible) is asked about the rest, and
trusted alone only when it is sure. The detector is `neighbours_lingua`'s, in this process
(its models load on first use, ~1-4 s with the GIL held; `warm_up` does that ahead), or one
installed with `use_detector`: the editor's runs lingua in a process of its own.

Rules, each measured:
- letters a language never writes (Russian never writes і ї є ґ ў; Ukrainian never ы э ъ ё;
  Belarusian never и щ ъ; Bulgarian never ы э ё; Serbian never й щ ю я ы э ъ ё): no segment of
  the catalogs breaks them. Two words with letters the target never writes decide that the
  segment is not in the target language (one may be a name).
- Kazakh segments have one of ә ғ қ ң ө ұ ү һ (98%), Belarusian ones one of ы э ё ў (95%+):
  without them, those languages are not considered.
- function words: English ones outnumbering the neighbours' mean English; a Russian one and
  none of the neighbours' mean Russian. Otherwise the detector must be sure, or the text must
  show the other language's own words or letters.
- what is no evidence: names (capitalised words, and the particles inside them: Las Palmas
  de Gran Canaria), acronyms, identifiers (frv_print_operand, DocBook) and transliterations
  (lowercase words of under 3 letters on average: Hawaiian *али'и о кона и ка лева*). The
  detector alone judges an English target on its plain lowercase words, and only when there
  are MIN_PLAIN of them. Nor is code: command lines (`$ gcloud ...`), C declarations,
  segments a quarter or more identifiers; nor URLs, paths and e-mail addresses, the names a
  definition line starts with (`installkernel - install a new kernel image`), or a function
  word inside a hyphenated word (os-login). (Both held-out sets had these as their only
  false alarms.)
- French and Italian elisions (l'option, n'est, dell'archivio) are those languages' function
  words; the "all" of Italian all'archivio is not English.
"""

from __future__ import annotations

import re

from workbench.domain.qa.neighbours_lingua import Detector, InProcessDetector

MIN_WORDS = 6
DETECTOR: list[Detector] = [InProcessDetector()]  # the one asked in this process (use_detector)
MIN_LOWERCASE = 3
MIN_PLAIN = 4  # lowercase words outside names and identifiers, for the detector alone to decide
MIN_MEAN_LENGTH = 3  # letters a lowercase word, on average, for the detector to be asked
SURE_NOT = {"cyrillic": 0.1, "latin": 0.05}  # with no function words either way, flagged
# only when the detector gives the target language less than this (measured on catalogs)
WORD = re.compile(r"[^\W\d_]+")
# URLs, e-mail addresses, paths (/usr/share, ~/x, a/b/c; not and/or)
ADDRESS = re.compile(r"\S*(?:://|\w@\w)\S*|(?<!\S)[(\"']?[~.]*/\S*|\S+/\S+/\S*")
# French and Italian elided articles and pronouns: l'option, n'est, qu'il, dell'archivio
ELISION = re.compile(
    r"(?<![^\W\d_])([lLdDnNjJsScC]|[qQ]u|[dD]ell|[aA]ll|[nN]ell|[sS]ull|[dD]all|[uU]n|[qQ]uest)"
    r"['’](?=[a-zàâçéèêëîïôûùüÿœæ])"
)
# the names a definition line starts with: "sigvec, sigblock - BSD signal API"
DEFINED_NAMES = re.compile(r"^\s*\S+(?:,\s+\S+)*\s+[-–—]\s+")
COMMAND_LINE = re.compile(r"\s*\$\s")  # a shell prompt
CODE_PUNCTUATION = re.compile(r"\*[A-Za-z_]\w*\s*[,)]|\)\s*;\s*$")  # f(Display *dpy, int op);
CODE_SHARE = 0.25  # of the tokens identifiers, or more: code
COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
# frv_print_operand, DocBook, iWMMXt, x86: code and brands, no evidence of a language
IDENTIFIER = re.compile(r"[^\W_]_[^\W_]|[a-z][A-Z]|[^\W\d_]\d|\d[^\W\d_]")
GROUPS = {
    "cyrillic": ("ru", "uk", "be", "kk", "bg", "sr"),
    "latin": ("en", "de", "fr", "es", "nl", "it", "pt", "pl"),
}
LANGUAGE_NAMES = {
    "ru": "Russian",
    "uk": "Ukrainian",
    "be": "Belarusian",
    "kk": "Kazakh",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "nl": "Dutch",
    "it": "Italian",
    "pt": "Portuguese",
    "pl": "Polish",
}
NEVER_WRITES = {
    "ru": "іїєґўәғқңөұүһђјљњћџ",
    "uk": "ыэъёўәғқңөұүһђјљњћџ",
    "be": "иїєґщъәғқңөұүһђјљњћџ",
    "kk": "їєґўђјљњћџ",
    "bg": "ыэёіїєґўәғқңөұүһђјљњћџ",
    "sr": "ыэъёйщюяіїєґўәғқңөұүһ",
}
NEEDS_ONE_OF = {"kk": "әғқңөұүһ", "be": "ыэёў"}
# Letters that, with none the language never writes, leave no neighbour possible: Russian
# ы э ё (and, for Belarusian, и щ ъ), Ukrainian і ї є ґ.
WRITTEN_ONLY_IN = {"ru": re.compile("[ыэё]"), "uk": re.compile("[іїєґ]")}
NEVER_PATTERN = {lang: re.compile(f"[{letters}]") for lang, letters in NEVER_WRITES.items()}
NEEDS_PATTERN = {lang: re.compile(f"[{letters}]") for lang, letters in NEEDS_ONE_OF.items()}
# Function words without ы э ъ ё (segments with those are decided by their letters already).
RUSSIAN_ONLY_WORDS = frozenset(
    "что он она оно они его ее их если когда только уже чтобы также будет можно нужно надо "
    "который которая которое которые которых где может сейчас здесь через нет ещё еще после "
    "к об чем него ним них всех всем свой свою своей удалось мне меня тебя себя ему ей ней "
    "нему тем же тот".split()
)
FUNCTION_WORDS = {
    "ru": RUSSIAN_ONLY_WORDS,
    "uk": frozenset("що як та це він вона вони але або й який яка яке які буде можна".split()),
    "bg": frozenset(
        "е са че ще се този тази това които който която към със във си ги му беше няма трябва "
        "нещо може има като всички тези тях нея още чрез където когато докато защото обаче "
        "също кой коя кое кои".split()
    ),
    "sr": frozenset(
        "је су од као али што ће сам смо ово овај није бити ако нисам нису успео успела "
        "тренутно".split()
    ),
}
NOT_RUSSIAN_WORDS = FUNCTION_WORDS["uk"] | FUNCTION_WORDS["bg"] | FUNCTION_WORDS["sr"]
# Russian writes ъ only before е ё ю я; Bulgarian's verbal nouns end in -ане/-яне/-ене
# (копиране, разделяне), Russian's in -ание/-ение.
BULGARIAN_VOWEL_YER = re.compile(r"ъ[^еёюя]|[^\W\d_]{4}(?:ва|[ая]|е)не$")
ENGLISH_WORDS = frozenset(  # not words the neighbours write too (is, of, a, in, to, was...)
    "the and that with for this not from are were be by you your have which at been there "
    "their they she we his her its these those would should could into than then but if when "
    "all only what who how does did must about after before other some any each more most "
    "such our us my can cannot has had it".split()
)
ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e)\.")  # not Italian e, Polish i
NAME_PARTICLES = frozenset("de la da del di van le el du des dos".split())
SHARED_WORDS = frozenset("no a in die da do is of an on to as or was will he me".split())
NOT_ENGLISH_WORDS = (
    frozenset(
        # de
        "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es als "
        "werden wird kann oder sie ich wir ihr nur noch kein keine wenn zum zur bei aus nach "
        "wie vom über diese dieser sind wurde "
        # fr
        "le la les et des est un une pas que qui dans pour sur au avec ne se il elle du aux ce "
        "cette sont "
        # es
        "el los las y en una es por con para no del al lo como más está son "
        # nl
        "het een van niet op te voor met zijn naar wordt dit deze dat er om bij ook uit aan "
        "worden moet geen wel nog maar hun ze zich hebt heeft je u wilt "
        # it
        "gli di che è della sono alla nel non dei delle degli dello nella nelle sul sulla questo "
        "questa essere può viene deve tutti anche più già dal dalla alle agli cui ogni senza "
        # pt
        "o os as e de em um é com não do da na ao dos das "
        # pl
        "i w z się do nie jest że jak po dla oraz".split()
    )
    - ENGLISH_WORDS
    - SHARED_WORDS  # as common in English (or in names: Tristan da Cunha)
)


def group_of(lang: str) -> tuple[str, ...] | None:
    """The neighbours this module tells `lang` from, or None (another method is used)."""
    if lang == "en":
        return GROUPS["latin"]
    return GROUPS["cyrillic"] if lang in NEVER_WRITES else None


def other_language(text: str, lang: str, may_load: bool = True) -> str | None:
    """The neighbouring language `text` is in when it is not `lang`; None when it is `lang`
    (or cannot be told: fewer than MIN_WORDS words; or, with `may_load` False, the detector
    would first have to load models)."""
    if lang == "en" and "." in text:
        text = ABBREVIATION.sub(" ", text)
    if "/" in text or "@" in text:
        text = ADDRESS.sub(" ", text)  # URLs, paths, e-mail addresses: no language's words
    lowered = text.lower()
    at_once = WRITTEN_ONLY_IN.get(lang)
    if at_once is not None and at_once.search(lowered) and not NEVER_PATTERN[lang].search(lowered):
        if lang != "ru" or NEVER_PATTERN["be"].search(lowered):
            return None  # the usual case, decided by letters alone (see _possible)
    original = WORD.findall(text)
    if len(original) < MIN_WORDS or sum(word.islower() for word in original) < MIN_LOWERCASE:
        return None  # too short, or names and titles: capitalised words tell no language
    if _code(text):
        return None
    # Function words are looked up in lower case, but not in acronyms (DER, SE, USB).
    words = [word.lower() if not word.isupper() or len(word) == 1 else word for word in original]
    if lang == "en":
        return _not_english(text, words, original, may_load)
    return _not_cyrillic_lang(lowered, words, lang, may_load)


def _code(text: str) -> bool:
    """A command line (`$ gcloud compute ssh-keys list`), a C declaration (`void f ( Display
    *dpy, int xOff );`) or text made mostly of identifiers: no language's evidence."""
    if COMMAND_LINE.match(text) or CODE_PUNCTUATION.search(text):
        return True
    if not IDENTIFIER.search(text):
        return False  # prose, the usual case: one pass
    tokens = text.split()
    return sum(bool(IDENTIFIER.search(token)) for token in tokens) >= CODE_SHARE * len(tokens)


def _not_cyrillic_lang(lowered: str, words: list[str], lang: str, may_load: bool) -> str | None:
    never = NEVER_PATTERN[lang]
    if never.search(lowered):
        strangers = sum(1 for word in words if never.search(word))
        if strangers >= 2:  # one could be a name (Київ in a Russian text)
            others = _possible(lowered, lang, include_target=False)
            if len(others) == 1:
                return others[0]
            others = others or tuple(o for o in GROUPS["cyrillic"] if o != lang)
            return _best(lowered, others, may_load)
    candidates = _possible(lowered, lang, include_target=True)
    if len(candidates) == 1:
        return None
    if lang == "ru" and _surely_russian(words):
        return None
    if _syllables(words):
        return None
    confidence = _confidences(lowered, candidates, may_load)
    best = max(confidence, key=confidence.__getitem__, default=lang)
    if best == lang:
        return None
    # The detector alone is trusted only when it is sure; else the text must show the other
    # language itself: its function words, or a letter the target never writes.
    if (
        confidence[lang] < SURE_NOT["cyrillic"]
        or never.search(lowered)
        or _has_words_of(best, words)
    ):
        return best
    return None


def _syllables(words: list[str]) -> bool:
    """Lowercase words of fewer than 3 letters on average: a transliteration (Hawaiian
    *али'и о кона и ка лева*), verse or abbreviations, too little to tell neighbours apart."""
    lowercase = [word for word in words if word.islower()]
    return sum(map(len, lowercase)) < MIN_MEAN_LENGTH * len(lowercase)


def _has_words_of(lang: str, words: list[str]) -> bool:
    if lang == "bg" and any(BULGARIAN_VOWEL_YER.search(word) for word in words):
        return True
    own = FUNCTION_WORDS.get(lang)
    return own is not None and any(word in own for word in words)


def _surely_russian(words: list[str]) -> bool:
    """A Russian function word that no neighbour writes, and none of the neighbours'."""
    return any(word in RUSSIAN_ONLY_WORDS for word in words) and not any(
        word in NOT_RUSSIAN_WORDS for word in words
    )


def _possible(lowered: str, lang: str, include_target: bool) -> tuple[str, ...]:
    """The languages of the group whose letters `lowered` can be written in."""
    return tuple(
        other
        for other in GROUPS["cyrillic"]
        if (other == lang and include_target)
        or (
            other != lang
            and not NEVER_PATTERN[other].search(lowered)
            and (other not in NEEDS_PATTERN or NEEDS_PATTERN[other].search(lowered))
        )
    )


def _not_english(text: str, words: list[str], original: list[str], may_load: bool) -> str | None:
    elided = ELISION.findall(text) if "'" in text or "’" in text else []  # l'option, n'est
    if elided:
        elided_words = {word.lower() for word in elided}
        words = [word if word not in elided_words else "" for word in words]
    english = sum(word in ENGLISH_WORDS for word in words)
    compounds = (
        {part.lower() for token in COMPOUND.findall(text) for part in WORD.findall(token)}
        if "-" in text
        else set()
    )
    foreign = len(elided) + sum(
        len(word) > 1  # one letter is too often a variable ('x', "i") to be Italian e, Polish i
        and word in NOT_ENGLISH_WORDS
        and word not in compounds  # os-login, op-code: part of a word, not a function word
        and not _in_name(index, original)
        for index, word in enumerate(words)
    )
    if english >= 2 and english > foreign:
        return None
    accented = any(word.islower() and not word.isascii() for word in original)  # not Bézier
    if english and not foreign and not accented:
        return None  # English words and no sign of another language: jargon, names
    if english >= foreign and not accented:  # no more evidence against than for English
        # Only a sure detector, asked about the plain lowercase words: names (Fétukai,
        # Las Palmas), acronyms and identifiers (DocBook, frv_print_operand) are no
        # evidence, and without enough of the rest there is nothing to go on.
        plain = _plain_lowercase(text)
        if len(plain) < MIN_PLAIN:
            return None
        return _surely_not(" ".join(plain), "en", GROUPS["latin"], may_load)
    best = _best(text, GROUPS["latin"], may_load)
    return None if best == "en" else best


def _plain_lowercase(text: str) -> list[str]:
    """The lowercase words of 2+ letters outside identifiers (frv_print_operand, DocBook)
    and outside the names a definition line starts with (`sigvec, sigblock - BSD signal
    API`, a manual page's NAME line)."""
    text = DEFINED_NAMES.sub("", text, count=1)
    return [
        word
        for token in text.split()
        if not IDENTIFIER.search(token)
        for word in WORD.findall(token)
        if word.islower() and len(word) > 1
    ]


def _in_name(index: int, original: list[str]) -> bool:
    """A function word inside a name: Las Palmas, Miguel de Cervantes, Quixote de la Mancha."""
    word = original[index]
    following = original[index + 1 : index + 3]
    if not following:
        return False
    if word[:1].isupper():
        return index > 0 and following[0][:1].isupper()
    if word.lower() not in NAME_PARTICLES:
        return False
    if following[0].lower() in NAME_PARTICLES and len(following) > 1:
        return following[1][:1].isupper()
    return following[0][:1].isupper()


def _confidences(text: str, candidates: tuple[str, ...], may_load: bool) -> dict[str, float]:
    """Each candidate's confidence; empty when the detector abstains."""
    return DETECTOR[0].confidences(text, candidates, may_load) or {}


def _best(text: str, candidates: tuple[str, ...], may_load: bool) -> str:
    """The likeliest of `candidates` (the first when the detector abstains)."""
    confidence = _confidences(text, candidates, may_load)
    return max(confidence, key=confidence.__getitem__, default=candidates[0])


def _surely_not(text: str, lang: str, candidates: tuple[str, ...], may_load: bool) -> str | None:
    """The detected language when the detector gives `lang` less than SURE_NOT confidence."""
    confidence = _confidences(text, candidates, may_load)
    best = max(confidence, key=confidence.__getitem__, default=lang)
    return best if best != lang and confidence[lang] < SURE_NOT["latin"] else None


def use_detector(detector: Detector) -> Detector:
    """Ask `detector` from now on, in this process (the editor: lingua in a process of its
    own); returns the one used before."""
    previous, DETECTOR[0] = DETECTOR[0], detector
    return previous


def warm_up(lang: str) -> None:
    """Load the in-process detector's models for `lang`'s neighbours now (seconds, the GIL
    held), not at the first doubtful segment. A no-op for languages without neighbours here,
    or when another detector is used."""
    group = group_of(lang)
    detector = DETECTOR[0]
    if group is not None and isinstance(detector, InProcessDetector):
        detector.warm_up(group)
