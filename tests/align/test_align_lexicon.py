"""The built-in lexicon: both directions, other languages left alone, and its builder keeps
the test sets' packages out."""

from __future__ import annotations

import json
import lzma

from tests.conftest import load_bench_module
from workbench.domain.align.features import Dictionary, english_stem, russian_lemma
from workbench.domain.align.lexicon import builtin_lexicon, merged


def load_builder():
    return load_bench_module("align_lexicon")


def test_the_lexicon_translates_english_stems_into_russian_lemmas_and_back():
    forward = builtin_lexicon("en", "ru")
    backward = builtin_lexicon("ru-RU", "en_GB")
    assert forward is not None and backward is not None
    assert russian_lemma("файлы") in forward.translations[english_stem("files")]
    assert english_stem("file") in backward.translations[russian_lemma("файл")]
    assert builtin_lexicon("en", "de") is None
    assert builtin_lexicon("uk", "en") is None


def test_merged_dictionaries_keep_both_translations():
    first = Dictionary({"cat": frozenset({"кошка"})}, frozenset({"кошка"}))
    second = Dictionary({"cat": frozenset({"кот"}), "dog": frozenset({"пёс"})}, frozenset())
    both = merged(first, second)
    assert both.translations["cat"] == {"кошка", "кот"}
    assert both.translations["dog"] == {"пёс"}
    assert merged(None, second) is second


def test_the_builder_leaves_out_every_test_set_package(tmp_path):
    builder = load_builder()
    held_out = builder.held_out_packages()
    assert {"darktable", "coreutils", "korganizer", "bash", "freeciv-data"} <= held_out
    memory = tmp_path / "memory.jsonl.xz"
    units = [
        {"pkg": "somepackage", "en": f"Open the folder {n}", "ru": f"Открыть папку {n}"}
        for n in range(6)
    ] + [
        {"pkg": "darktable", "en": f"Black level {n}", "ru": f"Уровень чёрного {n}"}
        for n in range(6)
    ]
    with lzma.open(memory, "wt", encoding="utf-8") as out:
        for unit in units:
            out.write(json.dumps(unit, ensure_ascii=False) + "\n")
    lexicon, used, left_out = builder.learn(memory)
    assert (used, left_out) == (6, 6)
    assert russian_lemma("папку") in lexicon[english_stem("folder")]
    assert english_stem("level") not in lexicon
