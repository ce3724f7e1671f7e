"""The benchmark memory: the real 200k English-Russian units plus generated variants.

Variants (seeded, reproducible): a real unit with 1-4 word edits (replace a word by a word
from the memory's vocabulary, delete one, insert one, swap two neighbours), or a sentence
recombined from the first part of one real unit and the last part of another. A variant
keeps the Russian of the unit it came from (irrelevant for speed and recall). Variants
whose English already exists are dropped, so every English text is distinct.

The generated corpus is cached as JSON lines in bench/.cache/ (git-ignored).
"""

from __future__ import annotations

import json
import lzma
import random
from pathlib import Path

from paths import SHARED_BENCH

SHARED = SHARED_BENCH
MEMORY = SHARED / "tm-en-ru-dev.jsonl.xz"
QUERIES = SHARED / "tm-en-ru-dev-queries.jsonl"
CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 20261123


def real_units() -> list[dict]:
    with lzma.open(MEMORY, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def queries() -> list[dict]:
    with QUERIES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def corpus(size: int) -> list[dict]:
    """`size` units: the real ones first (truncated if size < 200k), then variants."""
    real = real_units()
    if size <= len(real):
        return real[:size]
    path = CACHE / f"tm-en-ru-{size}.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            return [json.loads(line) for line in handle]
    units = real + generate_variants(real, size - len(real))
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for unit in units:
            handle.write(json.dumps(unit, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return units


def generate_variants(real: list[dict], count: int) -> list[dict]:
    rng = random.Random(SEED)
    seen = {unit["en"] for unit in real}
    vocabulary = sorted({word for unit in real[::7] for word in unit["en"].split()})
    variants: list[dict] = []
    while len(variants) < count:
        base = real[rng.randrange(len(real))]
        if rng.random() < 0.8:
            english = edit_words(base["en"].split(" "), rng, vocabulary)
        else:
            english = recombine(base["en"], real[rng.randrange(len(real))]["en"], rng)
        if not english or english in seen:
            continue
        seen.add(english)
        variants.append({"id": f"gen-{len(variants):07d}", "en": english, "ru": base["ru"]})
    return variants


def edit_words(words: list[str], rng: random.Random, vocabulary: list[str]) -> str:
    for _ in range(rng.randint(1, 4)):
        operation = rng.choice(("replace", "delete", "insert", "swap"))
        position = rng.randrange(len(words))
        if operation == "replace":
            words[position] = rng.choice(vocabulary)
        elif operation == "delete" and len(words) > 1:
            del words[position]
        elif operation == "insert":
            words.insert(position, rng.choice(vocabulary))
        elif operation == "swap" and position + 1 < len(words):
            words[position], words[position + 1] = words[position + 1], words[position]
    return " ".join(words)


def recombine(first: str, second: str, rng: random.Random) -> str:
    head, tail = first.split(" "), second.split(" ")
    cut_head = rng.randint(1, max(1, len(head) - 1))
    cut_tail = rng.randint(0, max(0, len(tail) - 1))
    return " ".join(head[:cut_head] + tail[cut_tail:])
