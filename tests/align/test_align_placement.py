"""Null links placed by the words that set neighbours apart, and split pieces joined, on real
Debian catalogs (set A of the benchmark: evolution and gramps, human translations)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.align.test_align_testset import MEMORY, load_testset
from workbench.domain.align.cost import CostParams
from workbench.domain.align.document import align_documents


@pytest.fixture(scope="module")
def set_a(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("set-a")
    load_testset().build(MEMORY, folder, "tuning")
    return folder


def perturbed_pair(folder: Path, name: str):
    def read(path: Path) -> list[str]:
        return [p.strip() for p in path.read_text(encoding="utf-8").strip().split("\n\n")]

    gold = {
        (tuple(link["en"]), tuple(link["ru"]))
        for link in map(json.loads, (folder / f"{name}.gold-perturbed.jsonl").open())
    }
    return read(folder / f"{name}.en.txt"), read(folder / f"{name}.ru-perturbed.txt"), gold


def links_of(en, ru, params=None):
    result = align_documents(en, ru, "en", "ru", params=params)
    return {(link.source, link.target) for link in result.paragraph_links}


def test_a_dropped_paragraph_is_left_out_where_its_words_say_not_where_length_does(set_a):
    en, ru, gold = perturbed_pair(set_a, "evolution")
    dropped = {((62,), ()), ((63,), (61,)), ((64,), (62,))}
    assert dropped <= gold
    assert dropped <= links_of(en, ru)
    # without the placement the null link sits two paragraphs off
    unplaced = links_of(en, ru, replace(CostParams(), null_reach=0))
    assert ((64,), ()) in unplaced and ((62,), ()) not in unplaced


def test_a_paragraph_split_in_two_is_one_to_two_not_an_insertion(set_a):
    en, ru, gold = perturbed_pair(set_a, "gramps")
    assert ((117,), (113, 114)) in gold
    assert ((117,), (113, 114)) in links_of(en, ru)
    unjoined = links_of(en, ru, replace(CostParams(), piece_coverage=1.0))
    assert ((), (113,)) in unjoined
