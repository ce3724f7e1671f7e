"""Many writers at once: every change kept, and a writer that cannot get the lock says so.

Real `workbench` processes run at the same time on one project; the test then reads the
catalog and counts what each of them wrote.
"""

from __future__ import annotations

from pathlib import Path

from tests.reliability.conftest import SENTENCES, run_workbench, start_workbench
from workbench.app.editing.session import EditingSession
from workbench.app.exchange.interchange import export_xliff
from workbench.domain.comments import comments
from workbench.domain.model import State
from workbench.formats.tmx import write_tmx
from workbench.storage.project import Project
from workbench.storage.tm.units import TMUnit
from workbench.storage.writer import LockTimeout, project_lock, project_writer


def catalog_of(project: Project):  # noqa: ANN201
    return project.load_catalog(project.document("letters"), "ru")


def finish(processes: list) -> None:  # noqa: ANN001
    for process in processes:
        _out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err


def test_twenty_parallel_comment_commands_keep_twenty_comments(letters: Project) -> None:
    processes = [
        start_workbench(letters, "comment", "add", "letters", str(1 + n % 3), f"note number {n}")
        for n in range(20)
    ]
    finish(processes)
    texts = {c["text"] for unit in catalog_of(letters).units for c in comments(unit)}
    assert texts == {f"note number {n}" for n in range(20)}


def test_comments_an_import_and_pretranslate_at_once_keep_everything(
    letters: Project, tmp_path: Path
) -> None:
    document = letters.document("letters")
    with project_writer(letters).catalog(document, "ru") as catalog:
        ids = [unit.id for unit in catalog.units]
    assert len(ids) == len(SENTENCES)
    # an XLIFF with translations of the first five segments
    xliff = export_xliff(letters, document, "ru", "1.2").decode("utf-8")
    for number in range(5):
        source = SENTENCES[number]
        xliff = xliff.replace(
            f"<source>{source}</source>",
            f"<source>{source}</source><target>Письмо {number + 1}.</target>",
            1,
        )
    (tmp_path / "back.xlf").write_text(xliff, encoding="utf-8")
    # a memory with exact matches for the next five
    memory = [
        TMUnit(SENTENCES[n], f"Память {n + 1}.", "en", "ru", "old.tmx", "translated")
        for n in range(5, 10)
    ]
    write_tmx(letters.translations_dir / "tm" / "old.tmx", memory, "en")
    processes = [
        start_workbench(letters, "comment", "add", "letters", str(1 + n % 12), f"remark {n}")
        for n in range(10)
    ]
    processes.insert(5, start_workbench(letters, "import", str(tmp_path / "back.xlf")))
    processes.insert(3, start_workbench(letters, "pretranslate", "letters"))
    finish(processes)
    units = catalog_of(letters).units
    assert [u.target for u in units[:5]] == [f"Письмо {n}." for n in range(1, 6)]
    assert [u.target for u in units[5:10]] == [f"Память {n}." for n in range(6, 11)]
    assert all(u.state is State.DRAFT for u in units[5:10])
    texts = {c["text"] for unit in units for c in comments(unit)}
    assert texts == {f"remark {n}" for n in range(10)}


def test_a_command_while_an_editor_is_open_loses_neither_side(letters: Project) -> None:
    document = letters.document("letters")
    session = EditingSession(letters, document, "ru", handle="vera")
    session.confirm(0, "Первое письмо.")
    session.fold()
    session.confirm(1, "Второе письмо.")  # journaled, not folded yet
    session.comment(2, "check the date")
    for segment in ("1", "2", "3"):
        result = run_workbench(letters, "comment", "add", "letters", segment, f"cli on {segment}")
        assert result.returncode == 0, result.stderr
    result = run_workbench(letters, "annotations", "add", "letters", "4", "--side", "source",
                           "--quote", "Letter 4", "--label", "fact-check")  # fmt: skip
    assert result.returncode == 0, result.stderr
    session.confirm(3, "Четвёртое письмо.")
    report = session.fold()
    assert report is not None
    session.close()
    units = catalog_of(letters).units
    assert [u.target for u in units[:4]] == [
        "Первое письмо.",
        "Второе письмо.",
        "",
        "Четвёртое письмо.",
    ]
    assert [sorted(c["text"] for c in comments(u)) for u in units[:3]] == [
        ["cli on 1"],
        ["cli on 2"],
        ["check the date", "cli on 3"],
    ]
    assert units[3].records_of("note"), "the annotation made while the editor was open"
    assert not any(u.records_of("conflict") for u in units)


def test_a_writer_that_cannot_get_the_lock_says_so_and_changes_nothing(letters: Project) -> None:
    path = letters.catalog_path(letters.document("letters"), "ru")
    before = path.read_bytes()
    with project_lock(letters.root):
        result = run_workbench(
            letters,
            "comment",
            "add",
            "letters",
            "1",
            "blocked",
            env={"WORKBENCH_LOCK_TIMEOUT": "0.3"},
        )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: error: ")
    assert "lock" in lines[0] and "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_the_lock_timeout_comes_from_the_settings(letters: Project) -> None:
    settings = letters.root / "workbench.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8") + "\n[storage]\nlock_timeout = 0.2\n",
        encoding="utf-8",
    )
    project = Project.load(letters.root)
    assert project.settings.storage.lock_timeout == 0.2
    with project_lock(project.root):
        result = run_workbench(project, "comment", "add", "letters", "1", "blocked")
    assert result.returncode == 2 and "0.2 s" in result.stderr


def test_a_bad_lock_timeout_is_refused_at_start(letters: Project) -> None:
    settings = letters.root / "workbench.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8") + '\n[storage]\nlock_timeout = "soon"\n',
        encoding="utf-8",
    )
    result = run_workbench(letters, "stats")
    assert result.returncode == 2
    assert "lock_timeout" in result.stderr and "Traceback" not in result.stderr


def test_the_lock_is_reentrant_in_a_thread_and_exclusive_between_processes(
    letters: Project,
) -> None:
    writer = project_writer(letters)
    with writer.lock(), writer.lock():
        result = run_workbench(
            letters, "comment", "add", "letters", "1", "x", env={"WORKBENCH_LOCK_TIMEOUT": "0"}
        )
        assert result.returncode == 2
    result = run_workbench(letters, "comment", "add", "letters", "1", "x")
    assert result.returncode == 0, result.stderr
    assert LockTimeout.__mro__[1].__name__ == "WorkbenchError"
