"""Forms of a glossary word beyond its own paradigm, that texts written by others use.

- Russian: the feminine of a substantivised adjective or a person noun (политзаключённый ->
  политзаключённая, иноагент -> иноагентка, узник -> узница); the verb of a deverbal noun heading a term
  (заключение под стражу -> заключили под стражу, оправдание терроризма -> оправдывал
  терроризм: pymorphy3 gives participles and verbs the infinitive as their lemma); the
  other verb of an aspect pair (удалить -> удалять, открыть -> открывать).
- English: British and American spellings (centre/center, defence/defense,
  organisation/organization, colour/color, combating/combatting) and the verb of a deverbal
  noun (justification -> justified, detention -> detained).

Every derived lemma of a Russian word is checked against pymorphy3's dictionary, so no
invented word ever becomes a key.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.domain.glossary import english, russian

ADJECTIVE_ENDINGS = {"ый": "ая", "ий": "ая", "ой": "ая"}
VERB_SUFFIXES = ("ить", "ать", "ять", "еть", "ывать", "ивать")


# Feminine suffixes of person nouns: активист -> активистка, иностранец -> иностранка,
# узник -> узница, преподаватель -> преподавательница.
FEMININE_SUFFIXES = (("ец", "ка"), ("ец", "ица"), ("ник", "ница"), ("тель", "тельница"))


def _feminine_candidates(word: str) -> list[str]:
    candidates = [word[:-2] + fem for end, fem in ADJECTIVE_ENDINGS.items() if word.endswith(end)]
    candidates.append(word + "ка")
    candidates += [word[: -len(end)] + fem for end, fem in FEMININE_SUFFIXES if word.endswith(end)]
    return candidates


@lru_cache(maxsize=4096)
def russian_feminine_lemmas(word: str) -> frozenset[str]:
    """Lemmas of the feminine of a masculine person word (normalised: ё -> е).

    A candidate counts when pymorphy3's dictionary has it as a feminine animate noun; a
    word the dictionary does not know (иноагент, a neologism) may have a feminine it does
    not know either (иноагентка): then pymorphy3's prediction of one is enough.
    """
    found: set[str] = set()
    analyzer = russian.analyzer()
    base_known = analyzer.word_is_known(word)
    for candidate in _feminine_candidates(word):
        known = analyzer.word_is_known(candidate)
        if not known and base_known:
            continue
        for parse in analyzer.parse(candidate):
            if (
                parse.tag.POS == "NOUN"
                and {"femn", "anim"} <= parse.tag.grammemes
                and (known or parse.normal_form == candidate)
            ):
                found.add(parse.normal_form.replace("ё", "е"))
    return frozenset(found)


@lru_cache(maxsize=4096)
def russian_verb_lemmas(noun: str) -> frozenset[str]:
    """Infinitives a deverbal noun comes from: заключение -> заключить, заключать."""
    if not noun.endswith(("ение", "ание", "яние")):
        return frozenset()
    analyzer = russian.analyzer()
    stems = {noun[:-4], noun[:-3]}  # заключ-ение, оправд-ание / оправда-ние
    found: set[str] = set()
    for stem in stems:
        for suffix in VERB_SUFFIXES:
            for candidate in (stem + suffix, stem + suffix + "ся"):
                if not analyzer.word_is_known(candidate):
                    continue
                if any(p.tag.POS == "INFN" for p in analyzer.parse(candidate)):
                    found.add(candidate.replace("ё", "е"))
    return frozenset(found)


# Perfective -> imperfective endings (удалить -> удалять, открыть -> открывать, выбрать ->
# выбирать, подписать -> подписывать, установить -> устанавливать) and back.
ASPECT_ENDINGS = (
    ("ить", "ять"),
    ("ить", "ать"),
    ("ить", "ивать"),
    ("вить", "вливать"),
    ("бить", "бливать"),
    ("пить", "пливать"),
    ("мить", "мливать"),
    ("ыть", "ывать"),
    ("ать", "ывать"),
    ("ать", "ивать"),
    ("рать", "ирать"),
    ("звать", "зывать"),
    ("ять", "ивать"),
)


# Both directions of every pair, the most specific (longest) ending first.
ASPECT_RULES = sorted(
    ((a, b) for pair in ASPECT_ENDINGS for a, b in (pair, pair[::-1])),
    key=lambda rule: -len(rule[0]),
)


def _aspect_candidates(verb: str) -> list[str]:
    """Candidates, the most specific ending first (выбрать: выбирать before выбривать)."""
    candidates: list[str] = []
    for a, b in ASPECT_RULES:
        if not verb.endswith(a):
            continue
        stem = verb[: -len(a)]
        candidates.append(stem + b)
        vowel, other = ("о", "а") if b.endswith("вать") else ("а", "о")
        where = stem.rfind(vowel)
        if where >= 0 and (b.endswith("вать") or a.endswith("вать")):
            candidates.append(stem[:where] + other + stem[where + 1 :] + b)  # установить
    return candidates


def _aspect(parse: object) -> str | None:
    grammemes = parse.tag.grammemes  # type: ignore[attr-defined]
    return "perf" if "perf" in grammemes else "impf" if "impf" in grammemes else None


def _infinitive_aspects(word: str) -> set[str]:
    parses = russian.analyzer().parse(word)
    return {a for p in parses if p.tag.POS == "INFN" and (a := _aspect(p)) is not None}


@lru_cache(maxsize=4096)
def russian_aspect_partners(verb: str) -> frozenset[str]:
    """The other verb of an aspect pair made by a suffix (удалить <-> удалять, открыть <->
    открывать, установить <-> устанавливать, выбрать <-> выбирать): the first candidate,
    most specific ending first, that pymorphy3's dictionary knows as an infinitive of the
    other aspect; the reflexive -ся form keeps it (сохраниться -> сохраняться)."""
    reflexive = verb.endswith(("ся", "сь"))
    bare = verb[:-2] if reflexive else verb
    if not bare.endswith("ть"):
        return frozenset()
    analyzer = russian.analyzer()
    aspects = _infinitive_aspects(verb)
    if len(aspects) != 1:
        return frozenset()
    for candidate in _aspect_candidates(bare):
        if reflexive:
            candidate += "ся"
        if candidate == verb or not analyzer.word_is_known(candidate):
            continue
        if any(
            p.tag.POS == "INFN" and _aspect(p) not in aspects for p in analyzer.parse(candidate)
        ):
            return frozenset((candidate.replace("ё", "е"),))
    return frozenset()


# Prefixes that only make a borrowed -овать verb perfective: зашифровать -> шифровать,
# отформатировать -> форматировать, скопировать -> копировать.
ASPECT_PREFIXES = ("за", "от", "со", "с", "про", "о", "на")


def _prefix_partner(verb: str) -> str | None:
    """The unprefixed imperfective of a prefixed perfective -овать verb."""
    if not verb.endswith("овать") or _infinitive_aspects(verb) != {"perf"}:
        return None
    for prefix in ASPECT_PREFIXES:
        bare = verb[len(prefix) :]
        if verb.startswith(prefix) and len(bare) >= 7:
            if russian.analyzer().word_is_known(bare) and _infinitive_aspects(bare) == {"impf"}:
                return bare
    return None


@lru_cache(maxsize=4096)
def russian_verb_family(verb: str) -> frozenset[str]:
    """The lemmas a verb term stands for: the verb, the other verb of its aspect pair (by a
    suffix, or by a prefix for a borrowed -овать verb: шифровать for зашифровать), and the
    reflexive -ся verbs of both (сохраняться: "заметки будут сохраняться"), each one in
    pymorphy3's dictionary."""
    family = {verb, *russian_aspect_partners(verb)}
    partner = _prefix_partner(verb)
    if partner:
        family.add(partner)
    analyzer = russian.analyzer()
    for member in list(family):
        if member.endswith("ть") and analyzer.word_is_known(member + "ся"):
            family.add(member + "ся")
    return frozenset(member.replace("ё", "е") for member in family)


def is_person_word(word: str) -> bool:
    """A masculine animate noun (or substantivised adjective): заключённый, иноагент."""
    return any(
        p.tag.POS == "NOUN" and {"anim", "masc"} <= p.tag.grammemes for p in russian.parses(word)
    )


# ---- English ----------------------------------------------------------------------------

SPELLING_PAIRS = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ence", "ense"),
    ("ogue", "og"),
    ("tre", "ter"),
    ("bre", "ber"),
    ("our", "or"),
    ("tting", "ting"),
    ("lling", "ling"),
    ("lled", "led"),
    ("mme", "m"),
)


# -our- before a suffix: favourite/favorite, honourable/honorable, colourful/colorful.
OUR_SUFFIXES = ("ite", "ites", "able", "ably", "ful", "less", "ed", "ing", "er", "ers", "ist")


@lru_cache(maxsize=8192)
def english_spellings(word: str) -> frozenset[str]:
    """The word in British and American spelling (itself included)."""
    found = {word}
    if len(word) < 5:
        return frozenset(found)
    for british, american in SPELLING_PAIRS:
        if word.endswith(british):
            found.add(word[: -len(british)] + american)
        elif word.endswith(american):
            found.add(word[: -len(american)] + british)
    for suffix in OUR_SUFFIXES:
        for british, american in (("our", "or"), ("or", "our")):
            ending = british + suffix
            if word.endswith(ending) and len(word) > len(ending) + 1:
                found.add(word[: -len(ending)] + american + suffix)
    return frozenset(found)


def english_verbs(noun: str) -> frozenset[str]:
    """Verbs a deverbal noun may come from: justification -> justify, detention -> detain,
    violation -> violate, examination -> examine, restriction -> restrict."""
    rules = (
        ("ification", "ify"),
        ("ention", "ain"),
        ("ation", "ate"),
        ("ation", "e"),
        ("ition", "ite"),
        ("ion", ""),
        ("ment", ""),
    )
    found = {noun[: -len(end)] + verb for end, verb in rules if noun.endswith(end)}
    return frozenset(verb for verb in found if len(verb) >= 4)


def english_verb_forms(noun: str) -> frozenset[str]:
    forms: set[str] = set()
    for verb in english_verbs(noun):
        forms |= english.inflections(verb, verb=True)
    return frozenset(forms)
