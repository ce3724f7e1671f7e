"""Running the real `workbench` command line in-process, on real projects in temp folders."""

from __future__ import annotations

from pathlib import Path

from workbench.cli import main

LETTER = (
    "Greetings from the SIZO. I am well.\r\n"
    "The trial starts\r\n"
    "on Monday. Thank you all.\r\n"
    "\r\n"
    "\tFree them all!\u00a0\n"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def letter_project(tmp_path: Path, capsys, targets: str = "ru") -> Path:
    """A project (en -> targets) with the document `letter` added through the CLI."""
    root = tmp_path / "proj"
    code, _, err = run(capsys, "init", str(root), "--source-lang", "en", "--target-lang", targets)
    assert code == 0, err
    source = tmp_path / "letter.txt"
    source.write_bytes(LETTER.encode("utf-8"))
    code, _, err = run(capsys, "--project", str(root), "add", str(source))
    assert code == 0, err
    return root
