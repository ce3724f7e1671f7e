"""False alarms gone, each on a real case: documents added with `workbench add` (the real
segmenter), translated, and checked with `workbench qa`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.qa.conftest import run_check
from workbench.cli import main
from workbench.storage.project import Project

# A letter quoted over two sentences: razdel splits it, and the translation mirrors the split.
LETTER_RU = (
    "Азат написал из колонии: «Меня снова отправили в ШИЗО на 15 суток. "
    "Обвинение строится только на словах засекреченного свидетеля».\n"
)
LETTER_EN = [
    "Azat wrote from the colony: “They sent me to the SHIZO again for 15 days.",
    "The charge rests only on the words of a secret witness.”",
]
# A numbered list: the segmenter takes the markers out of the items, but the next item's
# number may end the previous segment ("Free Azat Miftakhov. 2."), in Markdown and in text.
LIST_MD = "# Our demands\n\n1. Free Azat Miftakhov.\n2. Stop the torture in the SIZO.\n"
LIST_TXT = "The demands are:\n1. Free him. 2. Close the case.\n"
TRANSLATIONS = {
    "Our demands": "Наши требования",
    "Free Azat Miftakhov. 2.": "Свободу Азату Мифтахову.",
    "Free Azat Miftakhov.": "Свободу Азату Мифтахову.",  # Markdown: each item a segment
    "Stop the torture in the SIZO.": "Прекратить пытки в СИЗО.",
    "The demands are:": "Требования:",
    "Free him. 2.": "Освободить его.",
    "Close the case.": "Закрыть дело.",
}


def project_with(tmp_path: Path, source: str, target: str, files: dict[str, str]) -> Project:
    root = tmp_path / "p"
    assert main(["init", str(root), "--source-lang", source, "--target-lang", target]) == 0
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
        assert main(["--project", str(root), "add", str(root / name)]) == 0
    return Project.find(explicit=root)


def translate(project: Project, name: str, lang: str, targets: list[str] | dict[str, str]):
    catalog = project.load_catalog(project.document(name), lang)
    for index, unit in enumerate(catalog.units):
        unit.target = targets[index] if isinstance(targets, list) else targets[unit.source]
    catalog.save("tester")
    return catalog


def qa_json(capsys, project: Project, *argv: str) -> list[dict]:
    capsys.readouterr()
    main(["--project", str(project.root), "qa", *argv, "--json"])
    return json.loads(capsys.readouterr().out)


def test_quotation_over_two_segments_mirrored_is_not_unbalanced(tmp_path: Path, capsys) -> None:
    project = project_with(tmp_path, "ru", "en", {"letter.txt": LETTER_RU})
    catalog = translate(project, "letter", "en", LETTER_EN)
    assert [unit.source[-11:] for unit in catalog.units] == ["а 15 суток.", "свидетеля»."]
    assert qa_json(capsys, project, "--check", "punctuation") == []


def test_quotation_over_two_segments_with_straight_quotes(tmp_path: Path, capsys) -> None:
    project = project_with(tmp_path, "ru", "en", {"letter.txt": LETTER_RU})
    translate(project, "letter", "en", [LETTER_EN[0].replace("“", '"'), LETTER_EN[1][:-1] + '"'])
    assert qa_json(capsys, project, "--check", "punctuation") == []


def test_a_quotation_left_open_only_in_the_translation_is_still_found() -> None:
    findings = run_check("punctuation", "He said: “no”.", "Он сказал: «нет.")
    assert [f.message for f in findings] == ["unbalanced «» in the translation"]
    opened_instead = run_check("punctuation", "so it ends.”", "и всё «закончилось.")
    assert [f.message for f in opened_instead] == ["unbalanced «» in the translation"]
    straight = run_check("punctuation", "He said no.", 'Он сказал "нет.', "en", "ru")
    assert [f.message for f in straight] == ['odd number of " quotes in the translation']


def test_the_source_has_the_same_imbalance_in_other_quotes() -> None:
    assert run_check("punctuation", "“They sent me away.", "«Меня отправили.") == []
    assert run_check("punctuation", '"They sent me away.', "«Меня отправили.") == []
    assert run_check("punctuation", "«Меня отправили.", '"They sent me away.', "ru", "en") == []
    assert run_check("punctuation", "(as I said.", "(как я сказал.") == []


def test_numbers_of_a_numbered_list_are_not_missing(tmp_path: Path, capsys) -> None:
    project = project_with(
        tmp_path, "en", "ru", {"demands.md": LIST_MD, "demands-text.txt": LIST_TXT}
    )
    for name in ("demands", "demands-text"):
        catalog = translate(project, name, "ru", TRANSLATIONS)
        # plain text keeps "1. ... 2. ..." in one line; Markdown list items are segments
        ends_with_number = any(unit.source.endswith(". 2.") for unit in catalog.units)
        assert ends_with_number == (name == "demands-text")
    assert qa_json(capsys, project, "--check", "numbers") == []


def test_list_numbers_kept_in_the_translation_are_not_added() -> None:
    assert run_check("numbers", "Free him.", "1. Освободить его.") == []
    assert run_check("numbers", "Free him. 2. Close the case.", "Освободить его. Закрыть.") == []


def test_other_numbers_next_to_a_sentence_end_still_count() -> None:
    findings = run_check("numbers", "He got 15. I got 10.", "Ему дали 15. Мне дали.")
    assert [f.message for f in findings] == ["number 10 is missing from the translation"]
    findings = run_check("numbers", "In 2019. 12 people came.", "В 2019 году пришли люди.")
    assert [f.message for f in findings] == ["number 12 is missing from the translation"]


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("It ended.", "Закончилось", "no end punctuation, but the source ends with '.'"),
        ("It ended", "Закончилось!", "ends with '!', but the source has no end punctuation"),
        ("It ended?", "Закончилось.", "ends with '.', but the source ends with '?'"),
    ],
)
def test_the_end_punctuation_message_says_what_is_missing(
    source: str, target: str, message: str
) -> None:
    assert [f.message for f in run_check("punctuation", source, target)] == [message]
