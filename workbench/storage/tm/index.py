"""A character-trigram index over normalised source texts, for fast fuzzy retrieval.

Retrieval answers: "the `limit` texts with the highest rapidfuzz `fuzz.ratio` to the query,
at or above `cutoff`", the same question as an exhaustive `process.extract` scan, in a few
milliseconds on a million texts:

1. Documents are numbered in order of length, so a length window (a text of length `n` can
   only reach ratio `c` against lengths in `[n*c/(2-c), n*(2-c)/c]`) is one contiguous range.
2. Each posting list (the documents holding a trigram) is sorted, so the part inside the
   window is two binary searches away. Counting shared trigrams is one `np.bincount`.
3. The `candidates` documents with the best Dice estimate `2*shared/(grams_q + grams_d)` are
   rescored exactly with rapidfuzz.

Everything is numpy arrays, saved as .npy files and read back whole on load (a million
texts: about 200 MB, well under a second).
The index is approximate by design: bench/bench_tm.py measures its recall against the
exhaustive scan.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from workbench.storage.atomic import write_text_atomic
from workbench.storage.tm.strings import save_array

MAX_ALPHABET = 4096  # characters beyond the most frequent 4095 share one id (0)
CHUNK_DOCS = 10_000  # documents encoded at a time: bounds the build's peak memory
DEFAULT_CANDIDATES = 500
POSTINGS_BUDGET = 250_000  # postings counted per query (rarest trigrams first)
SHARED_FRACTION = 0.3  # candidates share at least this fraction of the best count
OTHER = "\x00"  # stands for characters outside the alphabet
FORMAT_VERSION = 1
ARRAYS = ("alphabet", "vocab", "offsets", "postings", "doc_len", "doc_grams", "doc_key")


@dataclass(frozen=True, slots=True)
class Hit:
    key: int  # the position of the text in the sequence the index was built from
    text: str  # the normalised text
    score: float  # fuzz.ratio, 0-100


class TrigramIndex:
    def __init__(self, arrays: dict[str, np.ndarray], texts: list[str]) -> None:
        self.alphabet = arrays["alphabet"]  # sorted code points; id = position + 1
        self.vocab = arrays["vocab"]  # sorted trigram keys
        self.offsets = arrays["offsets"]  # posting list of vocab[i]: postings[off[i]:off[i+1]]
        self.postings = arrays["postings"]  # int32 document numbers, sorted per trigram
        self.doc_len = arrays["doc_len"]  # int32 length of each document, ascending
        self.doc_grams = arrays["doc_grams"]  # int32 distinct trigrams of each document
        self.doc_key = arrays["doc_key"]  # int32 caller's key of each document
        self.texts = texts  # normalised text of each document (document order)
        self.size = len(self.doc_len)
        chars = [OTHER] + [chr(code) for code in self.alphabet.tolist()]
        self.known_chars = frozenset(chars[1:])
        self.gram_lookup = {_key_text(key, chars): i for i, key in enumerate(self.vocab.tolist())}

    # ---- building ------------------------------------------------------------------------
    @classmethod
    def build(cls, texts: Sequence[str]) -> TrigramIndex:
        lengths = np.fromiter((len(text) for text in texts), dtype=np.int64, count=len(texts))
        order = np.argsort(lengths, kind="stable")
        ordered = [texts[i] for i in order]
        alphabet = _alphabet(ordered)
        size = len(ordered)
        pairs = [
            _chunk_pairs(ordered, start, min(start + CHUNK_DOCS, size), alphabet)
            for start in range(0, size, CHUNK_DOCS)
        ]
        all_pairs = np.concatenate(pairs) if pairs else np.zeros(0, dtype=np.int64)
        del pairs
        all_pairs.sort()
        distinct = np.ones(len(all_pairs), dtype=bool)  # (booleans: an int64 diff doubled the peak)
        np.not_equal(all_pairs[1:], all_pairs[:-1], out=distinct[1:])
        all_pairs = all_pairs[distinct]
        del distinct
        grams = all_pairs // max(size, 1)
        postings = np.remainder(all_pairs, max(size, 1)).astype(np.int32)
        del all_pairs
        starts = np.flatnonzero(np.diff(grams, prepend=-1)) if len(grams) else np.zeros(0, int)
        vocab = grams[starts]
        del grams
        arrays = {
            "alphabet": alphabet,
            "vocab": vocab.astype(np.int64),
            "offsets": np.append(starts, len(postings)).astype(np.int64),
            "postings": postings,
            "doc_len": lengths[order].astype(np.int32),
            "doc_grams": np.bincount(postings, minlength=size).astype(np.int32),
            "doc_key": order.astype(np.int32),
        }
        return cls(arrays, ordered)

    # ---- persistence ---------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the index into `folder` (a fresh temporary folder: the caller renames it)."""
        folder.mkdir(parents=True, exist_ok=True)
        for name in ARRAYS:
            save_array(folder / f"{name}.npy", getattr(self, name))
        # normalised texts hold no newline (whitespace runs become one space)
        write_text_atomic(folder / "texts.txt", "\n".join(self.texts))
        meta = {"version": FORMAT_VERSION, "size": self.size}
        write_text_atomic(folder / "index.json", json.dumps(meta))

    @classmethod
    def load(cls, folder: Path) -> TrigramIndex:
        """Read a saved index (raises OSError or ValueError when it is missing or foreign)."""
        meta = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        if meta.get("version") != FORMAT_VERSION:
            raise ValueError("index format changed")
        arrays = {name: np.load(folder / f"{name}.npy") for name in ARRAYS}
        texts = (folder / "texts.txt").read_text(encoding="utf-8").split("\n")
        if len(texts) != meta["size"] or len(arrays["doc_len"]) != meta["size"]:
            raise ValueError("index is incomplete")
        return cls(arrays, texts if meta["size"] else [])

    # ---- searching -----------------------------------------------------------------------
    def search(
        self,
        query: str,
        limit: int = 5,
        cutoff: float = 70.0,
        candidates: int = DEFAULT_CANDIDATES,
    ) -> list[Hit]:
        """The best `limit` documents by fuzz.ratio at or above `cutoff`, best first."""
        docs = self.candidates(query, cutoff, candidates)
        if len(docs) == 0:
            return []
        choices = [self.texts[doc] for doc in docs.tolist()]
        found = process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
        hits = [Hit(int(self.doc_key[docs[i]]), text, score) for text, score, i in found]
        hits.sort(key=lambda hit: (-hit.score, hit.key))
        return hits

    def candidates(self, query: str, cutoff: float, count: int) -> np.ndarray:
        """Documents worth rescoring: the best `count` by Dice estimate in the length window.

        Only the rarest trigrams are counted, up to POSTINGS_BUDGET postings: the common
        ones (" th", "ion") cost most and tell least. Documents sharing fewer than
        SHARED_FRACTION of the best document's count are not considered.
        """
        low, high = self.length_window(len(query), cutoff)
        gram_ids = self.gram_ids(query)
        if high <= low or not gram_ids:
            return np.zeros(0, dtype=np.int64)
        spans = self._spans_in_window(gram_ids, low, high)
        parts: list[np.ndarray] = []
        total = 0
        for length, postings in spans:
            if parts and total + length > POSTINGS_BUDGET:
                break
            parts.append(postings)
            total += length
        if not parts:
            return np.zeros(0, dtype=np.int64)
        shared = np.bincount(np.concatenate(parts) - np.int32(low), minlength=high - low)
        best = int(shared.max())
        hit = np.flatnonzero(shared >= max(1, int(best * SHARED_FRACTION)))
        if len(hit) > count:
            counted = len(parts) / len(gram_ids)  # doc grams expected among the counted ones
            estimate = shared[hit] / (len(parts) + self.doc_grams[low + hit] * counted)
            hit = hit[np.argpartition(-estimate, count - 1)[:count]]
        return hit + low

    def _spans_in_window(
        self, gram_ids: list[int], low: int, high: int
    ) -> list[tuple[int, np.ndarray]]:
        """Each trigram's postings inside [low, high), shortest first."""
        low32, high32 = np.int32(low), np.int32(high)  # same dtype: no conversion of the list
        spans = []
        for gram in gram_ids:
            plist = self.postings[self.offsets[gram] : self.offsets[gram + 1]]
            first, last = int(plist.searchsorted(low32)), int(plist.searchsorted(high32))
            if last > first:
                spans.append((last - first, plist[first:last]))
        spans.sort(key=lambda span: span[0])
        return spans

    def length_window(self, length: int, cutoff: float) -> tuple[int, int]:
        """The document numbers [low, high) whose length can reach `cutoff` against `length`."""
        c = min(max(cutoff, 1.0), 100.0) / 100.0
        shortest = np.int32(np.ceil(length * c / (2.0 - c) - 1e-9))
        longest = np.int32(min(np.floor(length * (2.0 - c) / c + 1e-9), 2**31 - 1))
        low = int(np.searchsorted(self.doc_len, shortest, side="left"))
        high = int(np.searchsorted(self.doc_len, longest, side="right"))
        return low, high

    def gram_ids(self, query: str) -> list[int]:
        """Positions in `vocab` of the query's distinct trigrams that occur in the index."""
        known = self.known_chars
        if not known.issuperset(query):
            query = "".join(char if char in known else OTHER for char in query)
        padded = f" {query} "
        lookup = self.gram_lookup
        grams = {padded[i : i + 3] for i in range(len(padded) - 2)}
        return [lookup[gram] for gram in grams if gram in lookup]


def exhaustive_search(query: str, texts: Sequence[str], limit: int, cutoff: float) -> list[Hit]:
    """The reference answer: rapidfuzz's full scan (used by tests and the benchmark)."""
    found = process.extract(query, texts, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
    return [Hit(i, text, score) for text, score, i in found]


# ---- helpers ---------------------------------------------------------------------------------
def _alphabet(texts: Sequence[str]) -> np.ndarray:
    sample = texts[:: max(1, len(texts) // 100_000)]
    counts = Counter(" ".join(sample))
    counts[" "] += len(texts)
    kept = sorted(counts, key=lambda char: -counts[char])[: MAX_ALPHABET - 1]
    return np.array(sorted(ord(char) for char in kept), dtype=np.uint32)


def _key_text(key: int, chars: list[str]) -> str:
    a = MAX_ALPHABET
    return chars[key // (a * a)] + chars[(key // a) % a] + chars[key % a]


def _encode(text: str, alphabet: np.ndarray) -> np.ndarray:
    """Character ids (1..A-1, 0 for characters outside the alphabet) of ' ' + text + ' '."""
    codes = np.frombuffer(f" {text} ".encode("utf-32-le"), dtype=np.uint32)
    ids = np.searchsorted(alphabet, codes)
    ids[ids >= len(alphabet)] = 0
    known = alphabet[np.minimum(ids, len(alphabet) - 1)] == codes
    return np.where(known, ids + 1, 0).astype(np.int64)


def _gram_keys(ids: np.ndarray) -> np.ndarray:
    if len(ids) < 3:
        return np.zeros(0, dtype=np.int64)
    a = MAX_ALPHABET
    keys: np.ndarray = (ids[:-2] * a + ids[1:-1]) * a + ids[2:]
    return keys


def _chunk_pairs(texts: Sequence[str], start: int, end: int, alphabet: np.ndarray) -> np.ndarray:
    """Distinct (trigram, document) pairs of documents [start, end) as trigram*size + doc."""
    size = len(texts)
    chunk = texts[start:end]
    padded = np.fromiter((len(text) + 2 for text in chunk), dtype=np.int64, count=len(chunk))
    ids = _encode("  ".join(chunk), alphabet)  # "  " joins: ' a ' + ' b ' == ' a  b '
    keys = _gram_keys(ids)
    doc_of = np.repeat(np.arange(start, end, dtype=np.int64), padded)[: len(keys)]
    begin = np.repeat(np.cumsum(padded) - padded, padded)[: len(keys)]
    valid = np.arange(len(keys)) - begin <= np.repeat(padded - 3, padded)[: len(keys)]
    return keys[valid] * size + doc_of[valid]
