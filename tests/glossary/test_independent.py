"""Term recognition on the independently judged units of Debian's English-Russian memory
(data/independent: chosen by regular expressions over the other side, judged by reading
before the matcher ran). The figures are in docs/glossary.md; bench/bench_terms_recall.py
prints them with the misses."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from workbench.storage.glossary import load_glossary, parse_glossary

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from bench_terms_recall import score_gold, score_kicad, score_precision, score_seeds  # noqa: E402
from terms_independent import DATA, GLOSSARY, KICAD_GLOSSARY, PROJECT_GLOSSARY  # noqa: E402


@pytest.mark.parametrize(
    "name", ["gold_ru", "gold_en", "gold_ru_2", "gold_en_2", "gold_ru_3", "gold_en_3"]
)
def test_recall_and_precision_on_judged_units(name: str) -> None:
    if not (DATA / f"{name}.jsonl").exists():
        pytest.skip(f"{name} is not judged yet")
    score = score_gold(load_glossary(GLOSSARY), name)
    assert score.expected >= 100
    assert score.recall >= 0.97, score.misses
    assert score.precision >= 0.99, score.wrong


@pytest.mark.parametrize("name", ["precision_ru", "precision_en"])
def test_hits_where_the_other_side_is_silent(name: str) -> None:
    score = score_precision(load_glossary(GLOSSARY), name)
    if score is None:
        pytest.skip(f"{name} is not judged yet")
    assert score.hits >= 50
    assert score.precision >= 0.99, score.wrong


def test_the_project_glossary_over_the_seeds() -> None:
    score = score_seeds(load_glossary(PROJECT_GLOSSARY))
    assert score.expected >= 130
    assert score.recall >= 0.97, score.misses
    assert score.precision >= 0.99, score.wrong


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_prose_of_the_kicad_guide(lang: str) -> None:
    score = score_kicad(load_glossary(KICAD_GLOSSARY), lang)
    if score is None:
        pytest.skip("../shared/align-dev is not beside the repository")
    assert score.expected >= 80
    assert score.recall >= 0.97, score.misses
    assert score.precision >= 0.99, score.wrong


def test_the_judgements_were_written_to_the_gold_files() -> None:
    rows = [json.loads(line) for line in (DATA / "gold_ru.jsonl").read_text("utf-8").splitlines()]
    assert {row["judged"] for row in rows} == {"ru"} and len(rows) == 204


GLOSSARY_TEXT = """\
entries:
  - {id: delete, terms: {en: [delete], ru: [удалить]}, pos: verb}
  - {id: install, terms: {en: [install], ru: [установить]}, pos: verb}
  - {id: select, terms: {en: [select], ru: [выбрать]}, pos: verb}
  - {id: save, terms: {en: [save], ru: [сохранить]}, pos: verb}
  - {id: encrypt, terms: {en: [encrypt], ru: [зашифровать]}, pos: verb}
  - {id: bookmark, terms: {en: [bookmark], ru: [закладка]}, pos: noun}
  - {id: key, terms: {en: [key], ru: [ключ]}, pos: noun}
  - {id: favourite, terms: {en: [favourite], ru: [избранное]}, pos: noun}
  - {id: file-system, terms: {en: [file system], ru: [файловая система]}, pos: noun}
  - {id: user-name, terms: {en: [user name], ru: [имя пользователя]}, pos: noun}
"""


def found(text: str, lang: str, tmp_path: Path) -> list[tuple[str, str]]:
    path = tmp_path / "glossary.yml"
    path.write_text(GLOSSARY_TEXT, encoding="utf-8")
    glossary = parse_glossary(GLOSSARY_TEXT, path)
    return [(hit.text, hit.entry.id) for hit in glossary.find(text, lang)]


def test_the_other_verb_of_an_aspect_pair(tmp_path: Path) -> None:
    text = "Удаляемый файл; устанавливать пакеты; выбирайте файл; выбрить бороду."
    assert found(text, "ru", tmp_path) == [
        ("Удаляемый", "delete"),
        ("устанавливать", "install"),
        ("выбирайте", "select"),
    ]


def test_english_closed_compounds_and_inner_our(tmp_path: Path) -> None:
    text = "Favorites, the filesystems, a username; file systems; the files; user's name."
    assert found(text, "en", tmp_path) == [
        ("Favorites", "favourite"),
        ("filesystems", "file-system"),
        ("username", "user-name"),
        ("file systems", "file-system"),
    ]


def test_reflexive_verbs_and_prefix_pairs_of_borrowed_verbs(tmp_path: Path) -> None:
    text = "Заметки будут сохраняться; всегда шифровать; файл сохранился."
    assert found(text, "ru", tmp_path) == [
        ("сохраняться", "save"),
        ("шифровать", "encrypt"),
        ("сохранился", "save"),
    ]


def test_a_noun_used_as_a_verb_and_accelerator_marks(tmp_path: Path) -> None:
    text = "Boo&kmarked: certificates/ke&ys; AT&T; bookmarking; KE_YS"
    assert found(text, "en", tmp_path) == [
        ("Boo&kmarked", "bookmark"),
        ("ke&ys", "key"),
        ("bookmarking", "bookmark"),
    ]
    assert found("закл&адки и за_кладку", "ru", tmp_path) == [
        ("закл&адки", "bookmark"),
        ("за_кладку", "bookmark"),
    ]


def test_markup_tag_names_are_not_text(tmp_path: Path) -> None:
    text = '<key> <filename>%1</filename>; <a title="the key">key</a> <key/>'
    hits = [(hit.start, hit.text) for hit in parse_glossary(GLOSSARY_TEXT).find(text, "en")]
    assert hits == [
        (1, "key"),  # a placeholder is a word the reader sees
        (text.index("the key") + 4, "key"),
        (text.rindex(">key<") + 1, "key"),
    ]


def test_a_url_is_not_text(tmp_path: Path) -> None:
    text = "Keys: see https://example.org/keys/list or www.example.org/key; the key."
    assert found(text, "en", tmp_path) == [("Keys", "key"), ("key", "key")]
