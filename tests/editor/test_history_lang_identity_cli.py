"""`workbench history`, `workbench lang`, who you are, and global options anywhere."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.editor.cli_helpers import letter_project, run
from workbench.domain.model import State
from workbench.domain.workflow import approve, confirm, mark_draft
from workbench.storage.catalog import Catalog
from workbench.storage.settings import user_config_path


def test_history_lists_versions_and_restores_one(tmp_path: Path, capsys) -> None:
    root = letter_project(tmp_path, capsys)
    po = root / "translations/ru/letter.po"
    catalog = Catalog.load(po)
    unit = catalog.units[1]
    mark_draft(unit, "Я норм.", "lev", at="2026-12-01T10:00:00Z")
    confirm(unit, "Я в порядке.", "vera", at="2026-12-01T11:00:00Z")
    approve(unit, "ada", at="2026-12-01T12:00:00Z")
    confirm(unit, "У меня всё хорошо.", "lev", at="2026-12-02T09:00:00Z")
    catalog.save("lev")

    code, out, err = run(capsys, "--project", str(root), "history", "letter", unit.id, "--json")
    assert code == 0, err
    versions = json.loads(out)
    assert [(v["text"], v["by"], v["at"], v["state"]) for v in versions] == [
        ("У меня всё хорошо.", "lev", "2026-12-02T09:00:00Z", "translated"),
        ("Я в порядке.", "vera", "2026-12-01T11:00:00Z", "approved"),
        ("Я норм.", "lev", "2026-12-01T10:00:00Z", "draft"),
    ]
    code, out, _ = run(capsys, "--project", str(root), "history", "letter", unit.id, "--lang", "ru")
    assert code == 0 and out.splitlines()[0].startswith("* 1  translated")

    code, out, err = run(
        capsys,
        "history",
        "letter",
        unit.id,
        "--restore",
        "2",
        "--project",
        str(root),
        "--as",
        "kim",
    )
    assert code == 0, err
    restored = Catalog.load(po).unit(unit.id)
    assert restored.target == "Я в порядке."
    assert restored.state is State.APPROVED  # the approval of that very text still holds
    assert restored.last_edit and restored.last_edit["by"] == "kim"
    texts = [
        v["text"]
        for v in json.loads(
            run(capsys, "--project", str(root), "history", "letter", unit.id, "--json")[1]
        )
    ]
    assert texts[:2] == ["Я в порядке.", "У меня всё хорошо."]  # nothing lost

    code, _, err = run(
        capsys, "--project", str(root), "history", "letter", unit.id, "--restore", "9"
    )
    assert code == 2 and "no version 9" in err


def test_lang_add_creates_every_catalog(tmp_path: Path, capsys) -> None:
    root = letter_project(tmp_path, capsys)
    ru_ids = [u.id for u in Catalog.load(root / "translations/ru/letter.po").units]
    code, out, err = run(capsys, "--project", str(root), "lang", "add", "uk")
    assert code == 0, err
    assert "Target languages: ru, uk" in out
    uk = Catalog.load(root / "translations/uk/letter.po")
    assert [u.id for u in uk.units] == ru_ids and uk.lang == "uk"
    settings = (root / "workbench.toml").read_text(encoding="utf-8")
    assert 'target_langs = ["ru", "uk"]' in settings and "# Languages to translate into" in settings
    code, out, _ = run(capsys, "--project", str(root), "lang", "list")
    assert out.splitlines() == ["ru: 1/1 catalogs", "uk: 1/1 catalogs"]
    code, _, err = run(capsys, "--project", str(root), "lang", "add", "en")
    assert code == 2 and "source language" in err


def test_a_language_added_by_hand_gets_its_catalogs(tmp_path: Path, capsys) -> None:
    root = letter_project(tmp_path, capsys)
    settings = root / "workbench.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace('["ru"]', '["ru", "be"]'), encoding="utf-8"
    )
    code, out, err = run(capsys, "--project", str(root), "stats", "--json")
    assert code == 0, err
    assert "created translations/be/letter.po" in err
    assert {row["lang"] for row in json.loads(out)} == {"ru", "be"}


def test_a_source_that_cannot_be_read_is_reported_and_the_rest_goes_on(
    tmp_path: Path, capsys
) -> None:
    root = letter_project(tmp_path, capsys)
    (root / "sources" / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8 not text")
    code, out, err = run(capsys, "--project", str(root), "stats", "letter", "--json")
    assert code == 0
    assert "warning: translations/ru/broken.po: missing:" in err
    assert json.loads(out)[0]["document"] == "letter"


def test_the_handle_is_per_person(tmp_path: Path, capsys, monkeypatch) -> None:
    root = letter_project(tmp_path, capsys)  # the shared workbench.toml says "translator"
    monkeypatch.delenv("WORKBENCH_HANDLE", raising=False)
    config = user_config_path()
    assert str(config).startswith(os.environ["XDG_CONFIG_HOME"])
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[user]\nhandle = "vera"\n', encoding="utf-8")

    def handle(*options: str) -> str:
        from workbench.cli import build_parser
        from workbench.cli.common import project_from_args

        args = build_parser().parse_args(["--project", str(root), *options, "stats"])
        return project_from_args(args).handle

    def recorded_by(*options: str) -> str:
        catalog = Catalog.load(root / "translations/ru/letter.po")
        unit_id = catalog.units[0].id
        code, _, err = run(
            capsys, "--project", str(root), *options, "history", "letter", unit_id, "--restore", "2"
        )
        assert code == 0, err
        return str(Catalog.load(root / "translations/ru/letter.po").units[0].last_edit["by"])

    catalog = Catalog.load(root / "translations/ru/letter.po")
    confirm(catalog.units[0], "Привет", "x")
    confirm(catalog.units[0], "Привет!", "x")
    catalog.save()
    assert recorded_by() == "vera"
    assert handle() == "vera"
    monkeypatch.setenv("WORKBENCH_HANDLE", "lev")
    assert handle() == "lev"
    assert handle("--as", "kim") == "kim"
    monkeypatch.delenv("WORKBENCH_HANDLE")
    config.unlink()
    assert handle() == "translator"  # the project's shared fallback


@pytest.mark.parametrize(
    "argv",
    [
        ("--as", "vera", "--project", "{root}", "stats", "--json"),
        ("stats", "--json", "--as", "vera", "--project", "{root}"),
        ("stats", "--as=vera", "--json", "--project={root}"),
    ],
)
def test_global_options_anywhere(tmp_path: Path, capsys, argv) -> None:
    root = letter_project(tmp_path, capsys)
    from workbench.cli import build_parser

    args = build_parser().parse_args([part.format(root=root) for part in argv])
    assert args.handle == "vera" and args.project == str(root)
    code, out, err = run(capsys, *(part.format(root=root) for part in argv))
    assert code == 0, err
    assert json.loads(out)[0]["document"] == "letter"


def test_global_options_after_a_nested_command(tmp_path: Path, capsys) -> None:
    root = letter_project(tmp_path, capsys)
    code, out, err = run(capsys, "lang", "list", "--project", str(root))
    assert code == 0 and out.startswith("ru: 1/1"), err
