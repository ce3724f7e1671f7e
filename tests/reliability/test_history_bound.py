"""A segment's history is kept whole up to a large, configurable bound."""

from __future__ import annotations

from tests.reliability.conftest import run_workbench
from workbench.app.editing.session import EditingSession
from workbench.domain.model import MAX_PREVIOUS, PREVIOUS
from workbench.storage.project import Project


def confirm_many(project: Project, count: int) -> list[str]:
    session = EditingSession(project, project.document("letters"), "ru", handle="vera")
    for number in range(count):
        session.confirm(0, f"Перевод {number}.")
        session.fold()
    session.close()
    unit = project.load_catalog(project.document("letters"), "ru").units[0]
    return [record["text"] for record in unit.records_of(PREVIOUS)]


def test_thirteen_versions_are_all_kept(letters: Project) -> None:
    assert MAX_PREVIOUS >= 100
    history = confirm_many(letters, 14)
    assert history == [f"Перевод {number}." for number in reversed(range(13))]


def test_the_bound_is_a_setting(letters: Project) -> None:
    settings = letters.root / "workbench.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8") + "\n[storage]\nhistory_limit = 3\n", encoding="utf-8"
    )
    history = confirm_many(Project.load(letters.root), 6)
    assert history == ["Перевод 4.", "Перевод 3.", "Перевод 2."]


def test_a_bad_bound_is_refused_with_its_line(letters: Project) -> None:
    settings = letters.root / "workbench.toml"
    text = settings.read_text(encoding="utf-8") + "\n[storage]\nhistory_limit = -1\n"
    settings.write_text(text, encoding="utf-8")
    result = run_workbench(letters, "stats")
    assert result.returncode == 2
    line = text.splitlines().index("history_limit = -1") + 1
    assert f"workbench.toml:{line}" in result.stderr and "history_limit" in result.stderr
