import random

import pytest

from workbench.storage.tm.units import TMUnit

WORDS = (
    "the court remand prison sentenced activist years colony appeal lawyer detained "
    "moscow anarchist case trial judge letter support prisoner charges police search "
    "house arrest hearing verdict torture evidence witness journalist"
).split()


def unit(source, target="перевод", **fields):
    values = {"source_lang": "en", "target_lang": "ru", "origin": "report", "state": "translated"}
    values.update(fields)
    return TMUnit(source=source, target=target, **values)


@pytest.fixture
def generated_sources():
    """A few thousand sentences with many near neighbours (seeded)."""
    rng = random.Random(7)
    bases = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12))) for _ in range(800)]
    sources = set(bases)
    while len(sources) < 3000:
        words = rng.choice(bases).split()
        for _ in range(rng.randint(1, 3)):
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words) + 1), rng.choice(WORDS))
        sources.add(" ".join(words))
    return sorted(sources)
