"""The translation memory: lookup, incremental add, concordance.

A memory is a set of immutable shards (one per language pair and input: the project's PO
files, each imported TMX) plus a small in-memory delta of units added since it was built.
A unit added with the `segment_id` of an older one hides the older one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rapidfuzz import fuzz, process

from workbench.domain.diff import word_diff
from workbench.domain.tm.concordance import Concordance
from workbench.domain.tm.scoring import (
    EXACT,
    IN_CONTEXT,
    fixed_target,
    penalty,
    word_score,
)
from workbench.domain.tm.text import normalise
from workbench.storage.tm.shard import Shard
from workbench.storage.tm.units import Match, TMUnit

RETRIEVAL_MARGIN = 10  # char cutoff = min_score - margin: word and char scores differ
MIN_CHAR_CUTOFF = 30.0
HITS_PER_RESULT = 2


class TranslationMemory:
    def __init__(self, shards: Iterable[Shard] = ()) -> None:
        self.shards: dict[tuple[str, str], list[Shard]] = defaultdict(list)
        for shard in shards:
            self.shards[shard.pair].append(shard)
        self.delta: dict[tuple[str, str], list[TMUnit]] = defaultdict(list)
        self._delta_sources: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.current: dict[str, TMUnit | None] = {}  # segment id -> its unit in the delta
        self.problems: list[str] = []  # inputs left out (e.g. a PO file that does not parse)

    # ---- making ---------------------------------------------------------------------------
    @classmethod
    def from_units(cls, units: Iterable[TMUnit]) -> TranslationMemory:
        by_pair: dict[tuple[str, str], list[TMUnit]] = defaultdict(list)
        for unit in units:
            by_pair[(unit.source_lang, unit.target_lang)].append(unit)
        return cls(Shard.build(pair, group) for pair, group in by_pair.items())

    def add(self, unit: TMUnit) -> None:
        """Make `unit` findable at once (a confirmed segment); hides older units of its id."""
        pair = (unit.source_lang, unit.target_lang)
        if unit.segment_id is not None:
            self.current[unit.segment_id] = unit if unit.target else None
            kept = [
                (old, text)
                for old, text in zip(self.delta[pair], self._delta_sources[pair], strict=True)
                if old.segment_id != unit.segment_id
            ]
            self.delta[pair] = [old for old, _ in kept]
            self._delta_sources[pair] = [text for _, text in kept]
        if unit.target:
            self.delta[pair].append(unit)
            self._delta_sources[pair].append(normalise(unit.source))

    # ---- reading --------------------------------------------------------------------------
    def __len__(self) -> int:
        return sum(len(s) for group in self.shards.values() for s in group) + sum(
            len(units) for units in self.delta.values()
        )

    def pairs(self) -> list[tuple[str, str]]:
        return sorted(set(self.shards) | {pair for pair, units in self.delta.items() if units})

    def units(self, pair: tuple[str, str] | None = None) -> Iterator[TMUnit]:
        """Every live unit (of one pair, or all)."""
        for current in [pair] if pair else self.pairs():
            for shard in self.shards.get(current, []):
                yield from (unit for unit in shard.units if self.is_live(unit))
            yield from self.delta.get(current, [])

    # ---- lookup ---------------------------------------------------------------------------
    def lookup(
        self,
        source: str,
        source_lang: str,
        target_lang: str,
        limit: int = 5,
        min_score: int = 50,
        prev_source: str | None = None,
        next_source: str | None = None,
        exclude_segment_id: str | None = None,
    ) -> list[Match]:
        """The best `limit` matches scoring at least `min_score`, best first."""
        pair = (source_lang, target_lang)
        query = normalise(source)
        cutoff = max(MIN_CHAR_CUTOFF, min(100.0, min_score - RETRIEVAL_MARGIN))
        wanted = max(limit, 1) * HITS_PER_RESULT
        found: list[tuple[TMUnit, float]] = []
        for shard in self.shards.get(pair, []):
            for key, char_score in shard.search(query, wanted, cutoff):
                found.extend((unit, char_score) for unit in shard.units_of(key))
        delta_sources = self._delta_sources.get(pair)
        if delta_sources:
            hits = process.extract(
                query, delta_sources, scorer=fuzz.ratio, score_cutoff=cutoff, limit=wanted
            )
            found.extend((self.delta[pair][i], score) for _, score, i in hits)
        context = (prev_source, next_source)
        ranked = self._rank(source, found, context, exclude_segment_id)
        best = [match for match in ranked if match.score >= min_score][:limit]
        return [finish(source, match) for match in best]

    def lookup_exact(
        self,
        source: str,
        source_lang: str,
        target_lang: str,
        prev_source: str | None = None,
        next_source: str | None = None,
        exclude_segment_id: str | None = None,
    ) -> list[Match]:
        """Matches whose source is identical to `source` (fast: no fuzzy search), best first.

        Scores are 100/101 minus penalties, as in `lookup`.
        """
        pair = (source_lang, target_lang)
        query = normalise(source)
        found: list[tuple[TMUnit, float]] = []
        for shard in self.shards.get(pair, []):
            key = shard.exact_key(query)
            if key is not None:
                found.extend((unit, 100.0) for unit in shard.units_of(key))
        for unit, text in zip(
            self.delta.get(pair, []), self._delta_sources.get(pair, []), strict=True
        ):
            if text == query:
                found.append((unit, 100.0))
        found = [(unit, score) for unit, score in found if unit.source == source]
        ranked = self._rank(source, found, (prev_source, next_source), exclude_segment_id)
        return [finish(source, match) for match in ranked]

    def _rank(
        self,
        source: str,
        found: list[tuple[TMUnit, float]],
        context: tuple[str | None, str | None],
        exclude: str | None,
    ) -> list[Match]:
        best: dict[tuple[str, str], Match] = {}
        scores: dict[str, int] = {}
        for unit, char_score in found:
            if not self.is_live(unit) or (exclude is not None and unit.segment_id == exclude):
                continue
            if unit.source not in scores:
                scores[unit.source] = word_score(source, unit.source)
            score = scores[unit.source]
            if score == EXACT and in_context(unit, *context):
                score = IN_CONTEXT
            match = Match(unit, score, char_score, (), None, penalty(unit.state, unit.origin))
            kept = best.get((unit.source, unit.target))
            if kept is None or _rank(match) < _rank(kept):
                best[(unit.source, unit.target)] = match
        newest_first = sorted(best.values(), key=lambda m: m.unit.at or "", reverse=True)
        return sorted(newest_first, key=_rank)

    def is_live(self, unit: TMUnit) -> bool:
        """False for a unit replaced by a later `add` of the same segment."""
        if unit.segment_id is None or unit.segment_id not in self.current:
            return True
        return self.current[unit.segment_id] is unit

    # ---- concordance ----------------------------------------------------------------------
    def concordance(
        self, words: str, lang: str, limit: int = 50
    ) -> list[tuple[TMUnit, tuple[tuple[str, int, int], ...]]]:
        """Units whose source or target (in `lang`) holds all the words, any word form.

        Spans are (field, start, end) with field "source" or "target".
        """
        finder = Concordance(words, lang)
        results: list[tuple[TMUnit, tuple[tuple[str, int, int], ...]]] = []
        if finder.empty:
            return results
        for pair in self.pairs():
            fields = [f for f, code in (("source", pair[0]), ("target", pair[1])) if code == lang]
            if not fields:
                continue
            for unit in self.units(pair):
                spans = finder.spans(unit, fields)
                if spans:
                    results.append((unit, spans))
                    if len(results) >= limit:
                        return results
        return results


def finish(query: str, match: Match) -> Match:
    """The match with its diff and number-fixed target (computed for shown matches only)."""
    diff = word_diff(match.unit.source, query)
    fixed = fixed_target(query, match.unit.source, match.unit.target)
    return Match(match.unit, match.score, match.char_score, diff, fixed, match.penalty)


def in_context(unit: TMUnit, prev_source: str | None, next_source: str | None) -> bool:
    """Both neighbours match; the query must know at least one of them."""
    if prev_source is None and next_source is None:
        return False
    return unit.prev_source == prev_source and unit.next_source == next_source


def _rank(match: Match) -> tuple[int, int, float]:
    """Penalties order the list (a confirmed exact match before an imported one) but the
    score shown stays what the texts say: an identical source is 100 whatever its origin."""
    return (-match.rank_score, -match.score, -match.char_score)
