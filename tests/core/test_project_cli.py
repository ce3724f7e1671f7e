"""The foundation end to end through the real `workbench` command line (in-process main())."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SEEDS, require_tool
from workbench.cli import main
from workbench.domain.model import State
from workbench.domain.workflow import approve, confirm
from workbench.storage.catalog import Catalog
from workbench.storage.project import Project


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def init(tmp_path: Path, capsys, source: str = "en", targets: str = "ru") -> Path:
    root = tmp_path / "proj"
    code, out, _ = run(capsys, "init", str(root), "--source-lang", source, "--target-lang", targets)
    assert code == 0 and "Created a project" in out
    return root


def test_init_add_stats_export_round_trip(tmp_path: Path, capsys) -> None:
    root = init(tmp_path, capsys, targets="ru,uk")
    source = tmp_path / "letter.txt"
    source.write_bytes(
        "Greetings from the SIZO.\r\nI am well.  Thank you all.\r\n\r\n\tThe trial starts on "
        "Monday.\u00a0 \r\n".encode()
    )
    code, out, err = run(capsys, "--project", str(root), "add", str(source))
    assert code == 0, err
    assert "encoding utf-8" in out
    assert (root / "sources" / "letter.txt").read_bytes() == source.read_bytes()
    for lang in ("ru", "uk"):
        catalog = Catalog.load(root / "translations" / lang / "letter.po")
        assert [u.source for u in catalog.units][:2] == ["Greetings from the SIZO.", "I am well."]
    code, out, _ = run(capsys, "--project", str(root), "stats", "--json")
    rows = json.loads(out)
    assert {row["lang"] for row in rows} == {"ru", "uk"}
    assert rows[0]["states"]["untranslated"] == rows[0]["segments"] == 4
    assert rows[0]["document"] == "letter" and rows[0]["words"] == 15

    out_dir = tmp_path / "out"
    code, out, _ = run(
        capsys, "--project", str(root), "export", "--lang", "ru", "--out", str(out_dir)
    )
    assert code == 0
    assert (out_dir / "letter.txt").read_bytes() == source.read_bytes()
    assert "4 segments left in en" in out


def test_translations_land_in_place_and_stats_count_states(tmp_path: Path, capsys) -> None:
    root = init(tmp_path, capsys)
    source = tmp_path / "doc.md"
    source.write_text("# Who is Azat?\n\nHe is a mathematician. He is in the SIZO.\n")
    run(capsys, "--project", str(root), "add", str(source))
    project = Project.find(explicit=root)
    document = project.document("doc")
    catalog = project.load_catalog(document, "ru")
    heading, first, second = catalog.units
    confirm(heading, "Кто такой Азат?", "lev")
    confirm(first, "Он математик.", "lev")
    approve(first, "vera")
    catalog.save("lev")
    code, out, _ = run(capsys, "--project", str(root), "stats", "--json", "--lang", "ru")
    states = json.loads(out)[0]["states"]
    assert states == {"untranslated": 1, "draft": 0, "translated": 1, "approved": 1, "rejected": 0}
    code, out, _ = run(capsys, "--project", str(root), "export", "--format", "markdown")
    exported = (root / "export" / "ru" / "doc.md").read_text()
    assert exported == "# Кто такой Азат?\n\nОн математик. He is in the SIZO.\n"


def test_readding_a_changed_document_keeps_every_translation(tmp_path: Path, capsys) -> None:
    root = init(tmp_path, capsys)
    source = tmp_path / "doc.txt"
    source.write_text("First sentence here. Second sentence is long enough.\n\nThird one.\n")
    run(capsys, "--project", str(root), "add", str(source))
    project = Project.find(explicit=root)
    catalog = project.load_catalog(project.document("doc"), "ru")
    for unit, text in zip(catalog.units, ["Первое.", "Второе.", "Третье."], strict=True):
        confirm(unit, text, "lev")
    catalog.save("lev")
    ids = [u.id for u in catalog.units]

    source.write_text("First sentence here. Second sentence is quite long enough.\n\nNew one.\n")
    code, out, _ = run(capsys, "--project", str(root), "add", str(source))
    assert "1 kept, 1 changed (now drafts), 1 new, 1 removed" in out
    catalog = project.load_catalog(project.document("doc"), "ru")
    first, second, new = catalog.units
    assert (first.id, first.target, first.state) == (ids[0], "Первое.", State.TRANSLATED)
    assert (second.id, second.target, second.state) == (ids[1], "Второе.", State.DRAFT)
    assert second.previous_source == "Second sentence is long enough."
    assert new.state is State.UNTRANSLATED and new.id not in ids
    assert [u.target for u in catalog.obsolete] == ["Третье."]


def test_document_accepted_by_name_file_name_and_path(tmp_path: Path, capsys, monkeypatch) -> None:
    root = init(tmp_path, capsys)
    source = tmp_path / "note.txt"
    source.write_text("A short note about the colony.\n")
    run(capsys, "--project", str(root), "add", str(source))
    monkeypatch.chdir(root / "translations")  # found by walking up, like git
    for ref in ("note", "note.txt", "../sources/note.txt", str(root / "sources" / "note.txt")):
        code, out, _ = run(capsys, "stats", ref, "--json")
        assert code == 0 and json.loads(out)[0]["document"] == "note"
    code, _, err = run(capsys, "stats", "nothing")
    assert code == 2 and err.startswith("workbench: error: nothing: no such document")


def test_russian_source_english_target(tmp_path: Path, capsys) -> None:
    root = init(tmp_path, capsys, source="ru", targets="en")
    source = tmp_path / "pismo.txt"
    source.write_bytes(
        "Привет из СИЗО. Меня перевели в ШИЗО на 15 суток, т. е. до пятницы.\n".encode("cp1251")
    )
    code, out, _ = run(capsys, "--project", str(root), "add", str(source))
    assert code == 0 and "encoding cp1251" in out and "language ru" in out
    catalog = Catalog.load(root / "translations" / "en" / "pismo.po")
    assert [u.source for u in catalog.units] == [
        "Привет из СИЗО.",
        "Меня перевели в ШИЗО на 15 суток, т. е. до пятницы.",
    ]
    assert (root / "sources" / "pismo.txt").read_text(encoding="utf-8").startswith("Привет")


def test_language_mismatch_is_a_warning(tmp_path: Path, capsys) -> None:
    root = init(tmp_path, capsys)
    source = tmp_path / "ru.txt"
    source.write_text(
        "Вчера в Москве прошли обыски у активистов. Задержаны более десяти "
        "человек, некоторых избили.\n"
    )
    code, _, err = run(capsys, "--project", str(root), "add", str(source))
    assert code == 0 and "looks like 'ru'" in err


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\xff\xfe\x00" * 20, bytes(range(256)) * 4])
def test_binary_file_is_refused_and_nothing_written(tmp_path: Path, capsys, data: bytes) -> None:
    root = init(tmp_path, capsys)
    source = tmp_path / "blob.txt"
    source.write_bytes(data)
    code, _, err = run(capsys, "--project", str(root), "add", str(source))
    assert code == 2 and str(source) in err and err.count("\n") == 1
    assert not list((root / "sources").iterdir())
    assert not list((root / "translations" / "ru").iterdir())


def test_malformed_po_is_reported_and_never_overwritten(tmp_path: Path, capsys) -> None:
    root = init(tmp_path, capsys)
    source = tmp_path / "doc.txt"
    source.write_text("One sentence.\n")
    run(capsys, "--project", str(root), "add", str(source))
    po = root / "translations" / "ru" / "doc.po"
    broken = po.read_text() + 'msgctxt "x"\nmsgid "y\n'
    po.write_text(broken)
    code, _, err = run(capsys, "--project", str(root), "add", str(source))
    assert code == 2 and f"{po}:" in err and "malformed PO file" in err
    assert po.read_text() == broken


def test_bad_settings_and_missing_project_are_clear(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "stats")
    assert code == 2 and "not inside a workbench project" in err
    root = init(tmp_path, capsys)
    (root / "workbench.toml").write_text('[project]\nsource_lang = "en"\ntarget_langs = [\n')
    code, _, err = run(capsys, "--project", str(root), "stats")
    assert code == 2 and "workbench.toml:" in err and "TOML" in err


def test_every_written_po_passes_msgfmt(tmp_path: Path, capsys) -> None:
    msgfmt = require_tool("msgfmt")
    root = init(tmp_path, capsys)
    for seed in sorted(SEEDS.glob("*.txt")):
        run(capsys, "--project", str(root), "add", str(seed))
    for po in (root / "translations" / "ru").glob("*.po"):
        subprocess.run([msgfmt, "-c", "-o", "/dev/null", str(po)], check=True)


def test_version_and_help(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and "workbench 0." in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["add", "--help"])
    assert "changed document keeps every translation" in " ".join(capsys.readouterr().out.split())


def test_paragraph_only_segmentation_setting(tmp_path: Path, capsys) -> None:
    root = init(tmp_path, capsys)
    settings = root / "workbench.toml"
    settings.write_text(settings.read_text().replace('mode = "sentences"', 'mode = "paragraphs"'))
    source = tmp_path / "doc.txt"
    source.write_text("One sentence. Two sentences.\n\nA second paragraph. With two.\n")
    run(capsys, "--project", str(root), "add", str(source))
    catalog = Catalog.load(root / "translations" / "ru" / "doc.po")
    assert [u.source for u in catalog.units] == [
        "One sentence. Two sentences.",
        "A second paragraph. With two.",
    ]


def test_stats_per_person(tmp_path: Path, capsys) -> None:
    root = init(tmp_path, capsys)
    source = tmp_path / "doc.txt"
    source.write_text("One sentence here. Another sentence there.\n")
    run(capsys, "--project", str(root), "add", str(source))
    project = Project.find(explicit=root)
    catalog = project.load_catalog(project.document("doc"), "ru")
    confirm(catalog.units[0], "Одно предложение.", "lev")
    confirm(catalog.units[1], "Другое предложение.", "lev")
    approve(catalog.units[0], "vera")
    catalog.save("lev")
    code, out, _ = run(capsys, "--project", str(root), "stats", "--people", "--json")
    people = {row["handle"]: row for row in json.loads(out)}
    assert people["lev"]["translated"] == 2 and people["vera"]["approved"] == 1
    assert people["vera"]["translated"] == 0
