"""`workbench qa` end to end (in-process main(), and once through the installed command)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.qa.conftest import make_project
from workbench.cli import main

CLEAN = {
    "letter": [
        ("Azat Miftakhov is a hero.", "Азат Мифтахов — герой."),
        ("He was held for 72 hours.", "Его держали 72 часа."),
    ],
}
WITH_ERROR = {
    "letter": [
        ("Azat Miftakhov is a hero.", "Азат Мифтахов — герой."),
        ("He was held for 72 hours.", "Его держали 27 часов."),
    ],
    "notes": [("The court ruled.", "Суд  постановил.")],
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_clean_project_exits_0(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    make_project(root, CLEAN)
    code, out, err = run(capsys, "--project", str(root), "qa")
    assert (code, out, err) == (0, "", "")


def test_error_exits_1_and_prints_one_line_per_finding(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    make_project(root, WITH_ERROR)
    code, out, _ = run(capsys, "--project", str(root), "qa")
    assert code == 1
    lines = out.splitlines()
    assert "letter:2 [error] numbers: number 72 is missing from the translation" in lines
    assert "notes:1 [warning] typography: double space" in lines


def test_warnings_only_exit_0(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    make_project(root, WITH_ERROR)
    code, out, _ = run(capsys, "--project", str(root), "qa", "notes")
    assert code == 0 and out.splitlines() == ["notes:1 [warning] typography: double space"]


def test_json_output(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    make_project(root, WITH_ERROR)
    code, out, _ = run(capsys, "--project", str(root), "qa", "letter", "--json", "--lang", "ru")
    assert code == 1
    findings = json.loads(out)
    numbers = [f for f in findings if f["check"] == "numbers"]
    assert numbers and numbers[0]["severity"] == "error"
    assert set(numbers[0]) >= {
        "document",
        "segment",
        "check",
        "severity",
        "message",
        "side",
        "start",
        "end",
    }
    assert numbers[0]["document"] == "letter" and numbers[0]["segment"].startswith("s-")


def test_check_option_limits_the_checks(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    make_project(root, WITH_ERROR)
    code, out, _ = run(capsys, "--project", str(root), "qa", "--check", "typography", "--json")
    assert code == 0 and {f["check"] for f in json.loads(out)} == {"typography"}


def test_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    make_project(root, CLEAN)
    code, _, err = run(capsys, "--project", str(root), "qa", "--check", "grammar")
    assert code == 2 and "grammar: no such check" in err and len(err.splitlines()) == 1
    code, _, err = run(capsys, "--project", str(root), "qa", "nope")
    assert code == 2 and "nope: no such document" in err
    code, _, err = run(capsys, "--project", str(root), "qa", "--lang", "de")
    assert code == 2 and "not a target language" in err


def test_bad_settings_exit_2_naming_the_file(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    make_project(root, CLEAN)
    toml = root / "workbench.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[qa]\ndisabled = ["nope"]\n')
    code, _, err = run(capsys, "--project", str(root), "qa")
    assert code == 2 and "workbench.toml" in err and "nope" in err


def test_ignore_from_the_command_line(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    make_project(root, WITH_ERROR)
    code, out, _ = run(
        capsys,
        "--project",
        str(root),
        "--as",
        "lev",
        "qa",
        "letter",
        "--ignore",
        "2",
        "--check",
        "numbers",
        "--reason",
        "checked with the author",
    )
    assert code == 0 and "ignoring numbers" in out
    po = (root / "translations" / "ru" / "letter.po").read_text(encoding="utf-8")
    assert '"reason": "checked with the author", "by": "lev"' in po
    code, out, _ = run(capsys, "--project", str(root), "qa", "letter")
    assert code == 0 and "numbers" not in out
    msgfmt = shutil.which("msgfmt")
    if msgfmt:
        subprocess.run(
            [msgfmt, "-c", "-o", "/dev/null", str(root / "translations" / "ru" / "letter.po")],
            check=True,
        )


def test_ignore_needs_check_and_reason(tmp_path: Path, capsys) -> None:
    root = tmp_path / "p"
    make_project(root, WITH_ERROR)
    code, _, err = run(capsys, "--project", str(root), "qa", "letter", "--ignore", "2")
    assert code == 2 and "--reason" in err


def test_list_checks(capsys) -> None:
    code, out, _ = run(capsys, "qa", "--list")
    ids = [line.split()[0] for line in out.splitlines()]
    assert code == 0 and {"numbers", "script", "names", "terminology", "markup"} <= set(ids)


def test_installed_command(tmp_path: Path) -> None:
    root = tmp_path / "p"
    make_project(root, WITH_ERROR)
    command = str(Path(sys.executable).with_name("workbench"))  # the venv running the tests
    result = subprocess.run(
        [command, "--project", str(root), "qa", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert any(f["check"] == "numbers" for f in json.loads(result.stdout))
