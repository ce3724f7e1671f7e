"""`workbench annotations`, `comment` and `approve` end to end through the real command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.review.conftest import TEXT
from tests.review.test_web_annotation import check_shape
from workbench.cli import main
from workbench.domain.model import State
from workbench.domain.workflow import confirm
from workbench.storage.project import Project


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def root(tmp_path: Path, capsys) -> Path:
    root = tmp_path / "proj"
    code, _, err = run(
        capsys, "--as", "lev", "init", str(root), "--source-lang", "en", "--target-lang", "ru"
    )
    assert code == 0, err
    source = tmp_path / "letter.txt"
    source.write_text(TEXT, encoding="utf-8")
    code, _, err = run(capsys, "--project", str(root), "add", str(source))
    assert code == 0, err
    return root


def catalog(root: Path):
    project = Project.find(explicit=root)
    return project.load_catalog(project.document("letter"), "ru")


def translate(root: Path, texts: list[str]) -> None:
    loaded = catalog(root)
    for unit, text in zip(loaded.units, texts, strict=False):
        confirm(unit, text, "lev")
    loaded.save("lev")


def test_annotations_add_list_edit_remove_export(root: Path, capsys, tmp_path: Path) -> None:
    base = ("--project", str(root), "--as", "vera")
    code, out, err = run(
        capsys,
        *base,
        "annotations",
        "add",
        "letter",
        "1",
        "--quote",
        "Miftakhov",
        "--label",
        "person",
        "--text",
        "mathematician",
    )
    assert code == 0, err
    note_id = out.split("added ")[1].split()[0]
    code, out, err = run(
        capsys,
        *base,
        "annotations",
        "add",
        "letter",
        "s-nope",
        "--span",
        "0:4",
        "--label",
        "person",
    )
    assert code == 2 and "no segment 's-nope'" in err
    code, out, err = run(
        capsys, *base, "annotations", "add", "letter", "2", "--span", "0:2", "--label", "colour"
    )
    assert code == 2 and "not in the project's labels" in err
    code, out, _ = run(capsys, *base, "annotations", "list", "--json")
    [row] = json.loads(out)
    assert (row["id"], row["quote"], row["start"], row["by"]) == (note_id, "Miftakhov", 5, "vera")

    code, out, err = run(
        capsys, *base, "annotations", "edit", "letter", note_id, "--label", "term", "--publish"
    )
    assert code == 0, err
    [unit_note] = catalog(root).units[0].records_of("note")
    assert unit_note["label"] == "term" and unit_note["publish"] is True

    out_file = tmp_path / "notes.json"
    code, _, err = run(
        capsys, *base, "annotations", "export", "--format", "json", "--out", str(out_file)
    )
    assert code == 0, err
    [exported] = json.loads(out_file.read_text(encoding="utf-8"))
    check_shape(exported, catalog(root).units[0].source)
    code, out, _ = run(
        capsys, *base, "annotations", "export", "--format", "collection", "--anonymise"
    )
    made = json.loads(out)
    assert made["type"] == "AnnotationCollection" and "vera" not in out

    code, out, err = run(capsys, *base, "annotations", "remove", "letter", note_id)
    assert code == 0, err
    assert catalog(root).units[0].records_of("note") == []


def test_comment_add_list_resolve(root: Path, capsys) -> None:
    base = ("--project", str(root))
    assert run(capsys, *base, "comment", "add", "letter", "2", "Is SIZO right?")[0] == 0
    assert run(capsys, *base, "--as", "vera", "comment", "add", "letter", "2", "Yes.")[0] == 0
    code, out, _ = run(capsys, *base, "comment", "list", "--open", "--json")
    assert [(c["by"], c["text"], c["number"]) for c in json.loads(out)] == [
        ("lev", "Is SIZO right?", 2),
        ("vera", "Yes.", 2),
    ]
    code, out, _ = run(capsys, *base, "--as", "ira", "comment", "resolve", "letter", "2")
    assert "resolved 2" in out
    code, out, _ = run(capsys, *base, "comment", "list", "--open", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, *base, "comment", "list")
    assert out.count("(resolved)") == 2
    code, _, err = run(capsys, *base, "comment", "add", "letter", "2", "  ")
    assert code == 2 and "needs some text" in err


def test_bulk_approve_asks_counts_and_refuses_qa_errors(root: Path, capsys, monkeypatch) -> None:
    translate(
        root,
        [
            "Азат Мифтахов — математик.",
            "Его держали в СИЗО целый год.",
            "Его обвинили по статье Уголовного кодекса.",
        ],
    )
    base = ("--project", str(root), "--as", "vera")
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, _ = run(capsys, *base, "approve", "letter", "--all-translated")
    assert "Approve 2 segments of letter?" in out and "Nothing approved." in out
    assert "refused (QA error)" in out and code == 1
    assert [u.state for u in catalog(root).units][:2] == [State.TRANSLATED] * 2

    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, out, _ = run(capsys, *base, "approve", "letter", "--all-translated")
    assert "approved 2 segments" in out and code == 1
    units = catalog(root).units
    assert [u.state for u in units] == [
        State.APPROVED,
        State.APPROVED,
        State.TRANSLATED,
        State.UNTRANSLATED,
    ]
    assert units[0].first_record("review")["by"] == "vera"

    code, out, _ = run(capsys, *base, "approve", "letter", "3", "--yes")
    assert code == 1 and "refused" in out and catalog(root).units[2].state is State.TRANSLATED
    code, _, err = run(capsys, *base, "approve", "letter")
    assert code == 2 and "--all-translated" in err


def test_approve_named_segments_with_yes(root: Path, capsys) -> None:
    translate(root, ["Азат Мифтахов — математик.", "Его держали в СИЗО целый год."])
    code, out, err = run(capsys, "--project", str(root), "approve", "letter", "2", "--yes")
    assert code == 0, err
    assert [u.state for u in catalog(root).units][:2] == [State.TRANSLATED, State.APPROVED]


def test_one_segment_commands_need_lang_when_there_are_several(tmp_path: Path, capsys) -> None:
    root = tmp_path / "multi"
    run(capsys, "init", str(root), "--source-lang", "en", "--target-lang", "ru,uk")
    source = tmp_path / "letter.txt"
    source.write_text(TEXT, encoding="utf-8")
    run(capsys, "--project", str(root), "add", str(source))
    code, _, err = run(capsys, "--project", str(root), "comment", "add", "letter", "1", "Hi")
    assert code == 2 and "--lang: choose one of ru, uk" in err
    code, out, _ = run(
        capsys, "--project", str(root), "comment", "add", "letter", "1", "Hi", "--lang", "uk"
    )
    assert code == 0 and out.startswith("uk/letter:")
    code, out, _ = run(capsys, "--project", str(root), "comment", "list", "--lang", "ru")
    assert out == "No comments.\n"
