"""`workbench segment split|merge` end to end: catalogs, the edit record, re-add, export."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import require_tool
from tests.editor.cli_helpers import LETTER, letter_project, run
from workbench.domain.model import State
from workbench.domain.workflow import confirm, mark_draft
from workbench.storage.catalog import Catalog


def units(root: Path, lang: str = "ru"):
    return Catalog.load(root / "translations" / lang / "letter.po").units


def translate(root: Path, texts: dict[str, str], lang: str = "ru", draft: str = "") -> None:
    catalog = Catalog.load(root / "translations" / lang / "letter.po")
    for unit in catalog.units:
        if unit.source in texts:
            (mark_draft if unit.source == draft else confirm)(unit, texts[unit.source], "lev")
    catalog.save("lev")


def test_merge_joins_translations_and_survives_re_add_and_export(tmp_path: Path, capsys) -> None:
    root = letter_project(tmp_path, capsys, targets="ru,uk")
    before = {unit.source: unit.id for unit in units(root)}
    assert "The trial starts" in before and "on Monday." in before  # cut by the short line
    translate(root, {"The trial starts": "Суд начинается", "on Monday.": "в понедельник."})
    first_id = before["The trial starts"]

    code, out, err = run(capsys, "--project", str(root), "segment", "merge", "letter", first_id)
    assert code == 0, err
    assert "The trial starts on Monday." in out
    merged = [u for u in units(root) if u.id == first_id][0]
    assert merged.source == "The trial starts on Monday."
    assert merged.target == "Суд начинается в понедельник."
    assert merged.state is State.TRANSLATED
    assert before["on Monday."] not in {u.id for u in units(root)}
    # untouched segments keep their ids, in every language
    after = {unit.source: unit.id for unit in units(root)}
    for text, unit_id in before.items():
        if text not in ("The trial starts", "on Monday."):
            assert after[text] == unit_id
    assert [u.source for u in units(root, "uk")] == [u.source for u in units(root)]
    assert '"merge": ["The trial starts", "on Monday."]' in (root / "segmentation.jsonl").read_text(
        encoding="utf-8"
    )

    # re-adding the source keeps the merge and the translation
    code, out, err = run(capsys, "--project", str(root), "add", str(root / "sources/letter.txt"))
    assert code == 0, err
    assert "0 new, 0 removed" in out
    assert [u for u in units(root) if u.id == first_id][0].target == merged.target

    # an untranslated export is the source byte for byte; a translated one uses the merge
    out_dir = tmp_path / "out"
    code, _, err = run(
        capsys, "--project", str(root), "export", "--lang", "uk", "--out", str(out_dir)
    )
    assert code == 0, err
    assert (out_dir / "letter.txt").read_bytes() == LETTER.encode("utf-8")
    code, _, err = run(
        capsys, "--project", str(root), "export", "--lang", "ru", "--out", str(out_dir)
    )
    assert code == 0, err
    exported = (out_dir / "letter.txt").read_bytes().decode("utf-8")
    assert "I am well.\r\nСуд начинается в понедельник. Thank you all." in exported


def test_split_keeps_the_translation_as_a_draft_and_exports_losslessly(
    tmp_path: Path, capsys
) -> None:
    root = letter_project(tmp_path, capsys)
    translate(root, {"Thank you all.": "Спасибо всем."})
    target = {u.source: u for u in units(root)}["Thank you all."]
    code, out, err = run(
        capsys, "segment", "split", "letter", target.id, "--before", "all", "--project", str(root)
    )
    assert code == 0, err
    texts = [(u.id, u.source, u.state) for u in units(root)]
    index = [t[0] for t in texts].index(target.id)
    assert texts[index][1:] == ("Thank you", State.DRAFT)
    assert texts[index + 1][1:] == ("all.", State.UNTRANSLATED)
    first = units(root)[index]
    assert first.target == "Спасибо всем." and first.previous_source == "Thank you all."
    assert texts[index + 1][0] in out

    out_dir = tmp_path / "out"
    code, _, err = run(
        capsys, "--project", str(root), "export", "--lang", "ru", "--out", str(out_dir)
    )
    assert code == 0, err
    assert (out_dir / "letter.txt").read_bytes() == LETTER.encode("utf-8")

    # a clone sees the split: the record and the catalogs are what git carries
    source = root / "sources" / "letter.txt"
    code, out, err = run(capsys, "--project", str(root), "add", str(source))
    assert code == 0 and "0 new, 0 removed" in out, err


def test_split_follows_an_edited_source(tmp_path: Path, capsys) -> None:
    root = letter_project(tmp_path, capsys)
    greeting = {u.source: u.id for u in units(root)}["Greetings from the SIZO."]
    code, _, err = run(
        capsys, "--project", str(root), "segment", "split", "letter", greeting, "--before", "the"
    )
    assert code == 0, err
    changed = tmp_path / "letter.txt"
    changed.write_bytes(LETTER.replace("the SIZO", "the remand prison").encode("utf-8"))
    code, out, err = run(capsys, "--project", str(root), "add", str(changed))
    assert code == 0, err
    sources = [u.source for u in units(root)]
    assert sources[:2] == ["Greetings from", "the remand prison."]
    assert units(root)[0].id == greeting


def test_bad_requests_are_one_line_errors_and_change_nothing(tmp_path: Path, capsys) -> None:
    root = letter_project(tmp_path, capsys)
    po = (root / "translations/ru/letter.po").read_bytes()
    ids = {u.source: u.id for u in units(root)}
    cases = [
        (("split", "letter", ids["I am well."], "--before", "nowhere"), "is not in the segment"),
        (("split", "letter", ids["I am well."], "--before", "I am"), "starts the segment"),
        (("split", "letter", "s-00000000", "--before", "x"), "no such segment"),
        (("merge", "letter", ids["Thank you all."]), "another paragraph"),
        (("merge", "letter", ids["Free them all!"]), "no next"),
    ]
    for argv, message in cases:
        code, _, err = run(capsys, "--project", str(root), "segment", *argv)
        assert code == 2 and message in err and err.count("\n") == 1, err
    assert (root / "translations/ru/letter.po").read_bytes() == po
    assert not (root / "segmentation.jsonl").exists()


def test_catalogs_after_split_and_merge_pass_msgfmt(tmp_path: Path, capsys) -> None:
    msgfmt = require_tool("msgfmt")
    root = letter_project(tmp_path, capsys)
    translate(root, {"I am well.": "Я в порядке.", "Greetings from the SIZO.": "Привет из СИЗО."})
    ids = {u.source: u.id for u in units(root)}
    assert (
        run(
            capsys,
            "--project",
            str(root),
            "segment",
            "merge",
            "letter",
            ids["Greetings from the SIZO."],
        )[0]
        == 0
    )
    po = root / "translations/ru/letter.po"
    subprocess.run([msgfmt, "-c", "-o", "/dev/null", str(po)], check=True)
    merged = units(root)[0]
    assert merged.target == "Привет из СИЗО. Я в порядке."
    assert merged.source == "Greetings from the SIZO. I am well."


def test_a_source_in_the_wrong_language_is_recorded_for_the_editor(tmp_path: Path, capsys) -> None:
    root = letter_project(tmp_path, capsys)
    russian = tmp_path / "pismo.txt"
    russian.write_text(
        "Азат Мифтахов провёл в СИЗО больше года. Суд приговорил его к шести годам колонии.\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--project", str(root), "add", str(russian))
    assert code == 0 and "looks like 'ru'" in err
    assert Catalog.load(root / "translations/ru/pismo.po").header["X-Detected-Language"] == "ru"
    assert "X-Detected-Language" not in Catalog.load(root / "translations/ru/letter.po").header
