"""The benchmark's Debian test sets: disjoint packages, and gold links that cover each side."""

from __future__ import annotations

import json
import re

from tests.conftest import REPO, load_bench_module

MEMORY = REPO.parent / "shared" / "bench" / "tm-en-ru-dev.jsonl.xz"


def load_testset():
    return load_bench_module("align_testset")


def test_set_c_draws_on_packages_sets_a_and_b_do_not_use_and_no_catalog_is_shared():
    sets = load_testset().SETS
    packages = {
        name: {package for package, _catalog in docs.values()} for name, docs in sets.items()
    }
    assert not packages["test-c"] & (packages["tuning"] | packages["test"])
    catalogs = [pair for docs in sets.values() for pair in docs.values()]
    assert len(catalogs) == len(set(catalogs))


def test_the_held_out_set_c_pairs_are_built_with_gold_covering_both_sides(tmp_path):
    documents = load_testset().build(MEMORY, tmp_path, "test-c")
    assert len(documents) == 6
    for name in documents:
        english = re.split(
            r"\n\n", (tmp_path / f"{name}.en.txt").read_text(encoding="utf-8").strip()
        )
        for ru_name, gold_name in (
            (f"{name}.ru.txt", f"{name}.gold.jsonl"),
            (f"{name}.ru-perturbed.txt", f"{name}.gold-perturbed.jsonl"),
        ):
            russian = re.split(r"\n\n", (tmp_path / ru_name).read_text(encoding="utf-8").strip())
            links = [json.loads(line) for line in (tmp_path / gold_name).open(encoding="utf-8")]
            assert [i for link in links for i in link["en"]] == list(range(len(english)))
            assert [j for link in links for j in link["ru"]] == list(range(len(russian)))


def test_the_held_out_sets_draw_on_packages_no_other_set_uses():
    sets = load_testset().SETS
    packages = {
        name: {package for package, _catalog in docs.values()} for name, docs in sets.items()
    }
    for new in ("test-d", "test-e", "test-f", "test-g", "test-h"):
        others = set().union(*(found for name, found in packages.items() if name != new))
        assert not packages[new] & others


def test_near_identical_template_paragraphs_of_a_real_catalog_are_linked_one_to_one(tmp_path):
    """korganizer's "Check this box to show the days containing daily / weekly recurring
    events ..." paragraphs, translated alike and shortened: each keeps its own translation."""
    from workbench.domain.align.document import align_documents

    testset = load_testset()
    documents = testset.read_documents(MEMORY, {"korganizer": ("korganizer", "korganizer")})
    pairs = documents["korganizer"]
    result = align_documents([en for en, _ in pairs], [ru for _, ru in pairs], "en", "ru")
    links = [(link.source, link.target) for link in result.paragraph_links]
    assert links == [((i,), (i,)) for i in range(len(pairs))]
