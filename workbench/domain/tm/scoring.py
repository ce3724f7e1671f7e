"""The score a translator sees, the penalties, and fixing numbers in a near-exact match.

Score (0-101), OmegaT-like: Levenshtein similarity over word tokens (case-folded; each
number and each placeholder counts as one and the same token, so "3 files" and "5 files"
score alike), normalised by the longer token list, rounded. Only an identical source
scores 100: anything else is capped at 99. An identical source whose previous and next
segments also match the query's scores 101 (in-context).

Penalties order the matches but are never shown as part of the score (an exact match from
an imported memory is still 100, with its origin beside it): DRAFT_PENALTY for units that are
drafts (or whose translation a reviewer rejected), EXTERNAL_PENALTY for units from imported
memories (TMX, other projects' PO files).
"""

from __future__ import annotations

import unicodedata

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from workbench.domain.tm.text import masked, score_tokens, tokens, variables

EXACT = 100
IN_CONTEXT = 101
DRAFT_PENALTY = 5
EXTERNAL_PENALTY = 2
PENALISED_STATES = frozenset({"draft", "rejected"})
EXTERNAL_SUFFIXES = (".tmx", ".po")  # imported memories are named by their file


def word_score(query: str, source: str) -> int:
    """0-100 similarity over words (100 only for identical text)."""
    query_nfc, source_nfc = (
        unicodedata.normalize("NFC", query),
        unicodedata.normalize("NFC", source),
    )
    if query_nfc == source_nfc:
        return EXACT
    query_tokens, source_tokens = score_tokens(query_nfc), score_tokens(source_nfc)
    if query_tokens or source_tokens:
        similarity = Levenshtein.normalized_similarity(query_tokens, source_tokens)
    else:  # punctuation only: fall back to characters
        similarity = ratio(query_nfc, source_nfc) / 100.0
    return min(EXACT - 1, round(similarity * 100))


def penalty(state: str, origin: str) -> int:
    total = DRAFT_PENALTY if state in PENALISED_STATES else 0
    if origin.lower().endswith(EXTERNAL_SUFFIXES):
        total += EXTERNAL_PENALTY
    return total


def fixed_target(query: str, source: str, target: str) -> str | None:
    """The target with numbers/placeholders changed as the query changes them, or None.

    Only when the query and the match's source differ in nothing but numbers and
    placeholders, and every changed value appears in the target as a whole token.
    """
    if query == source or masked(query) != masked(source):
        return None
    changes: dict[str, str] = {}
    for old, new in zip(variables(source), variables(query), strict=True):
        if changes.setdefault(old, new) != new:
            return None  # the same value became two different ones: ambiguous
    changes = {old: new for old, new in changes.items() if old != new}
    if not changes:
        return None
    target_tokens = tokens(target)
    present = {token for kind, token in target_tokens if kind in ("num", "ph")}
    if not set(changes) <= present:
        return None
    return "".join(
        changes.get(token, token) if kind in ("num", "ph") else token
        for kind, token in target_tokens
    )
