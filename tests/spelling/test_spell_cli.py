"""`workbench spell` and the project dictionary, end to end on real projects."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.glossary.conftest import SAMPLE_GLOSSARY
from tests.spelling.conftest import require_dictionary
from workbench.cli import main


@pytest.fixture
def root(project_factory) -> Path:
    project = project_factory(targets=("ru", "uk"))
    project.glossary_path.write_text(SAMPLE_GLOSSARY.read_text(encoding="utf-8"), "utf-8")
    return project.root


def spell(root: Path, capsys, *args: str) -> tuple[int, object]:
    code = main(["--project", str(root), "spell", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_misspelled_words_with_offsets_and_suggestions(root: Path, capsys) -> None:
    text = "Его извенение не приняли."
    code, found = spell(root, capsys, text, "--lang", "ru")
    assert code == 1
    assert found == [
        {"word": "извенение", "start": 4, "end": 13, "suggestions": found[0]["suggestions"]}
    ]
    assert found[0]["suggestions"][0] == "извинение"
    code, found = spell(root, capsys, "I recieve letters.", "--lang", "en")
    assert code == 1 and found[0]["word"] == "recieve" and "receive" in found[0]["suggestions"]
    assert spell(root, capsys, "Его извинение приняли.", "--lang", "ru") == (0, [])


def test_yo_and_ye_are_both_accepted_in_russian(root: Path, capsys) -> None:
    assert spell(root, capsys, "Всё и все, ещё и еще, тёмный и темный.", "--lang", "ru") == (0, [])


def test_british_and_american_spellings_are_both_english(root: Path, capsys) -> None:
    assert (
        spell(root, capsys, "The colour and color of defence and defense.", "--lang", "en")[0] == 0
    )
    code, found = spell(root, capsys, "The colour of defence.", "--lang", "en-US")
    assert [item["word"] for item in found] == ["colour", "defence"]


def test_glossary_terms_names_and_dnt_entries_are_never_flagged(root: Path, capsys) -> None:
    text = (
        "Его отправили в ШИЗО, потом в Бутырку. Иноагентов судят. "
        "Адвокат Мифтахова и Азат Мифтахов говорили о политзеках. Росузник пишет."
    )
    assert spell(root, capsys, text, "--lang", "ru") == (0, [])
    text = "Butyrka and SHIZO held Azat Miftakhov's friends; politzeks wrote to Rosuznik."
    assert spell(root, capsys, text, "--lang", "en") == (0, [])


def test_ukrainian(root: Path, capsys) -> None:
    require_dictionary("uk")
    code, found = spell(root, capsys, "Листи не доходилт до в'язниці.", "--lang", "uk")
    assert code == 1 and [item["word"] for item in found] == ["доходилт"]


def test_a_language_without_a_dictionary_is_one_clear_error(root: Path, capsys) -> None:
    assert main(["--project", str(root), "spell", "Wort", "--lang", "xx"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: error: no spelling dictionary for 'xx'") and "\n" == err[-1]


def test_add_to_the_project_dictionary(root: Path, capsys) -> None:
    code, found = spell(root, capsys, "Зэчка и шконка.", "--lang", "ru")
    assert {item["word"] for item in found} >= {"шконка"}
    for word in ("шконка", "Баланда", "шконка"):
        assert main(["--project", str(root), "spell", "add", word, "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "already in dictionary/ru.txt" in out
    path = root / "dictionary" / "ru.txt"
    assert path.read_text(encoding="utf-8") == "Баланда\nшконка\n"  # sorted, one a line
    assert "/dictionary/*.txt merge=union" in (root / ".gitattributes").read_text("utf-8")
    code, found = spell(root, capsys, "Шконка и баланда.", "--lang", "ru")
    assert "шконка" not in {item["word"].lower() for item in found}


def test_a_word_added_as_it_stood_covers_its_other_forms(root: Path, capsys) -> None:
    """ctrl+o adds the word at the cursor, usually inflected: its other forms are known too
    (by lemma, as glossary terms are); Ukrainian words are not lemmatised by the Russian
    analyser, and a different word is still flagged."""
    require_dictionary("ru")
    text = "Его били электрошокером; электрошокеры и электрошокер. Электорошокер."
    code, found = spell(root, capsys, text, "--lang", "ru")
    assert {item["word"] for item in found} >= {"электрошокером", "электрошокеры"}
    assert main(["--project", str(root), "spell", "add", "электрошокером", "--lang", "ru"]) == 0
    capsys.readouterr()
    code, found = spell(root, capsys, text, "--lang", "ru")
    assert [item["word"] for item in found] == ["Электорошокер"] and code == 1


def test_a_broken_project_dictionary_names_its_file_and_line(root: Path, capsys) -> None:
    (root / "dictionary").mkdir()
    (root / "dictionary" / "ru.txt").write_text("шконка\nдва слова\n", encoding="utf-8")
    assert main(["--project", str(root), "spell", "текст", "--lang", "ru"]) == 2
    err = capsys.readouterr().err
    assert "dictionary/ru.txt:2: one word per line" in err


def git(root: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_git_merges_two_peoples_additions_without_a_conflict(root: Path) -> None:
    require_tool("git")
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "a@example.invalid")
    git(root, "config", "user.name", "a")
    assert main(["--project", str(root), "spell", "add", "баланда", "--lang", "ru"]) == 0
    git(root, "add", "-A")
    git(root, "commit", "-qm", "start")
    git(root, "checkout", "-q", "-b", "other")
    assert main(["--project", str(root), "spell", "add", "шконка", "--lang", "ru"]) == 0
    git(root, "commit", "-qam", "other adds a word")
    git(root, "checkout", "-q", "main")
    assert main(["--project", str(root), "spell", "add", "автозак", "--lang", "ru"]) == 0
    assert main(["--project", str(root), "spell", "add", "шнырь", "--lang", "ru"]) == 0
    git(root, "commit", "-qam", "main adds two words")
    git(root, "merge", "-q", "--no-edit", "other")  # check=True: no conflict
    words = (root / "dictionary" / "ru.txt").read_text(encoding="utf-8").split()
    assert sorted(words) == ["автозак", "баланда", "шконка", "шнырь"]


def test_a_name_opening_a_sentence_is_not_a_misspelling(root: Path, capsys) -> None:
    text = "Kozlov was arrested in Penza. His lawyer met Kozlov. Kozlov's mother came."
    assert spell(root, capsys, text, "--lang", "en") == (0, [])
    text = "Skoryakin's lawyer and Miftakhov's mother came. Miftakhov's case is old."
    assert spell(root, capsys, text, "--lang", "en") == (0, [])
    assert main(["--project", str(root), "spell", "add", "Navalny", "--lang", "en"]) == 0
    capsys.readouterr()
    assert spell(root, capsys, "Navalny's lawyers spoke. Navalny did too.", "--lang", "en") == (
        0,
        [],
    )
    text = "Жлобицкий погиб. О Жлобицком писали. Козыреву отпустили, Козырева уехала."
    assert spell(root, capsys, text, "--lang", "ru") == (0, [])
    code, found = spell(root, capsys, "Teh court sat. Kozlov's case. Kozlof spoke.", "--lang", "en")
    assert code == 1 and [item["word"] for item in found] == ["Teh", "Kozlov's", "Kozlof"]
