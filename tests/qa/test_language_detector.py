"""The language detector in a process of its own (the editor's): the editor's process never
loads lingua (its models held the GIL for seconds), the check abstains until the child is
ready, and the finding appears once it is: in the grid and on the current segment."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.tui.conftest import build_project
from tests.tui.pilot_helpers import editor, until
from workbench.app.quality import language_detector
from workbench.domain.langtags import primary_subtag
from workbench.domain.qa import neighbours
from workbench.tui.screens.editor_qa_marks import QAMarker

BULGARIAN = "използване на конфигурационния файл на работното копие"  # git's bg catalog
# letters and function words leave it open between Russian, Bulgarian and Serbian: only the
# detector tells


def test_the_detector_loads_in_another_process_and_answers_once_ready() -> None:
    script = f"""
import sys
from workbench.app.quality import language_detector
from workbench.domain.qa.neighbours import other_language
detector = language_detector.hold("ru")
print(other_language({BULGARIAN!r}, "ru"))  # the first question starts the child: abstains
print(detector.wait_ready(timeout=300))
print(other_language({BULGARIAN!r}, "ru"), other_language({BULGARIAN!r}, "ru", False))
print("lingua" in sys.modules)
language_detector.release(detector)
print(detector.process.poll() is not None, other_language({BULGARIAN!r}, "uk", False))
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
        cwd=REPO,
    )
    assert done.stdout.split("\n")[:5] == ["None", "True", "bg bg", "False", "True None"]


def test_languages_without_neighbours_here_need_no_process() -> None:
    assert language_detector.hold("de") is None
    assert primary_subtag("pt_BR") == "pt"
    assert primary_subtag("en-GB") == "en"


def test_the_editor_shows_the_finding_once_the_detector_is_ready(tmp_path: Path) -> None:
    asyncio.run(editor_finds_bulgarian(tmp_path))  # (tests/qa has no async test runner)


async def editor_finds_bulgarian(tmp_path: Path) -> None:
    project = build_project(tmp_path / "proj", targets={1: BULGARIAN})
    before = neighbours.DETECTOR[0]
    async with editor(project) as (pilot, screen):
        marker = screen.query_one(QAMarker)
        assert screen.session is not None
        unit = screen.session.units[1]

        def found() -> bool:
            return screen.controller.qa.marks.get(unit.id) == "warning" and any(
                flag.check == "language" for flag in screen.controller.qa.flags.get(unit.id, ())
            )

        await until(pilot, found, timeout=300)
        assert marker.detector is not None and marker.detector.ready
        assert marker.detector.process is not None and marker.detector.process.poll() is None
        screen.go_to(1)
        await until(
            pilot,
            lambda: any(
                f.check == "language" and "Bulgarian" in f.message
                for f in screen.controller.findings
            ),
            timeout=60,
        )
        process = marker.detector.process
    assert process.poll() is not None  # the editor closed: the child is stopped
    assert neighbours.DETECTOR[0] is before
