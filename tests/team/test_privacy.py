"""Exports carry no machine name, user name, e-mail or time zone.

Run in a time zone ten hours from UTC, with a real-looking name and e-mail in the
environment, every export format is scanned (DOCX files unzipped, entry dates included).
"""

from __future__ import annotations

import re
import socket
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.team.conftest import wb

FORMATS = (
    "text",
    "markdown",
    "html",
    "docx",
    "review-html",
    "review-docx",
    "xliff12",
    "xliff20",
    "po",
)
FAR_ZONE = "Asia/Vladivostok"  # UTC+10, no daylight saving
OFFSETS = re.compile(r"(?<![\d.])[+-](?:10:?00|1000)\b")


@pytest.fixture
def far_zone(monkeypatch: pytest.MonkeyPatch):
    """This process's local time ten hours from UTC (time.tzset), restored afterwards."""
    monkeypatch.setenv("TZ", FAR_ZONE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, far_zone) -> dict[str, list[Path]]:
    assert time.strftime("%z") == "+1000"
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USER", "realperson")
    monkeypatch.setenv("LOGNAME", "realperson")
    monkeypatch.setenv("EMAIL", "real.person@example.org")
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Real Person")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "real.person@example.org")
    root = tmp_path / "p"
    assert wb("--as", "lev", "init", str(root), "--source-lang", "en", "--target-lang", "ru") == 0
    source = tmp_path / "letter.txt"
    source.write_text("Greetings from the SIZO. I am well.\n\nWrite to me.\n", encoding="utf-8")
    assert wb("--project", str(root), "add", str(source)) == 0
    found = {}
    for fmt in FORMATS:
        out = tmp_path / f"out-{fmt}"
        assert (
            wb("--project", str(root), "--as", "lev", "export", "--format", fmt, "--out", str(out))
            == 0
        )
        found[fmt] = sorted(path for path in out.rglob("*") if path.is_file())
        assert found[fmt], fmt
    return found


def _texts(path: Path) -> list[tuple[str, str]]:
    if path.suffix != ".docx":
        return [(path.name, path.read_text(encoding="utf-8", errors="replace"))]
    with zipfile.ZipFile(path) as archive:
        return [
            (f"{path.name}:{name}", archive.read(name).decode("utf-8", "replace"))
            for name in archive.namelist()
        ]


def test_exports_name_no_machine_person_or_time_zone(exports: dict[str, list[Path]]) -> None:
    host = socket.gethostname()
    needles = ["realperson", "Real Person", "example.org", FAR_ZONE]
    leaks = []
    for paths in exports.values():
        for path in paths:
            for name, text in _texts(path):
                leaks += [f"{needle!r} in {name}" for needle in needles if needle in text]
                if len(host) >= 2 and re.search(rf"\b{re.escape(host)}\b", text):
                    leaks.append(f"host name {host!r} in {name}")
                if OFFSETS.search(text):
                    leaks.append(f"a +10:00 offset in {name}: {OFFSETS.search(text)}")
    assert leaks == []


def test_docx_zip_entries_carry_no_local_time(exports: dict[str, list[Path]]) -> None:
    now_utc = datetime.now(UTC)
    for fmt in ("docx", "review-docx"):
        for path in exports[fmt]:
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    stamp = datetime(*info.date_time, tzinfo=UTC)
                    assert (
                        abs((stamp - now_utc).total_seconds()) < 3 * 3600
                        or info.date_time[0] == 1980
                    ), (path.name, info.filename, info.date_time)
