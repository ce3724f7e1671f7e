"""workbench.toml's sections are typed and checked when the project is read, not on first use."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.cli import main
from workbench.storage.project import Project


def project_with(tmp_path: Path, extra: str) -> Path:
    root = tmp_path / "p"
    Project.init(root, "en", ("ru",), "tester")
    toml = root / "workbench.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return root


def test_typed_sections_carry_the_values(tmp_path: Path) -> None:
    root = project_with(
        tmp_path,
        '\n[tm]\npropagate = "off"\n\n[qa]\ndisabled = ["length"]\non_confirm = "block"\n'
        '\n[qa.severity]\nnumbers = "warning"\n\n[sync]\nremote = "team"\nname = "vera"\n'
        '\n[annotations]\nlabels = ["who", " where "]\n',
    )
    settings = Project.find(explicit=root).settings
    assert settings.tm.propagate == "off"
    assert settings.qa.disabled == ("length",) and settings.qa.on_confirm == "block"
    assert settings.qa.severity == {"numbers": "warning"}
    assert settings.sync.remote == "team" and settings.sync.name == "vera"
    assert settings.sync.email is None and settings.sync.use_git_identity is False
    assert settings.annotations.labels == ("who", "where")


def test_defaults_without_sections(tmp_path: Path) -> None:
    settings = Project.find(explicit=project_with(tmp_path, "")).settings
    assert settings.tm.propagate == "draft" and settings.qa.on_confirm == "warn"
    assert settings.qa.disabled == () and settings.sync.remote is None
    assert settings.annotations.labels == ()


@pytest.mark.parametrize(
    ("extra", "key", "needle"),
    [
        ('\n[tm]\npropagate = ["x"]\n', "propagate", "[tm] propagate must be"),
        ('\n[tm]\npropagate = "always"\n', "propagate", "[tm] propagate must be"),
        ("\n[sync]\nremote = 3\n", "remote", "[sync] remote must be a non-empty string"),
        ('\n[sync]\nuse_git_identity = "yes"\n', "use_git_identity", "must be true or false"),
        ("\n[annotations]\nlabels = [1, 2]\n", "labels", "[annotations] labels must be a list"),
        ('\n[qa]\ndisabled = ["lenght"]\n', "disabled", "no check 'lenght'"),
        ('\n[qa]\nseverity = "high"\n', "severity", "[qa.severity] must be a table"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_file_and_line_at_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: str, key: str, needle: str
) -> None:
    root = project_with(tmp_path, extra)
    lines = (root / "workbench.toml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.split("=")[0].strip() == key)
    assert main(["--project", str(root), "stats"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: error: ") and err.count("\n") == 1
    assert f"workbench.toml:{line}: " in err and needle in err


def test_an_unknown_key_or_section_is_a_warning_naming_the_line_and_the_likely_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A typo must not leave a setting at its default silently; a newer teammate's key must not
    stop this version: a warning naming file and line, and the command runs."""
    root = project_with(
        tmp_path,
        '\n[qa]\non_confrim = "block"\n\n[sync]\nname = "vera"\nnmae = "x"\n\n[stroage]\n',
    )
    lines = (root / "workbench.toml").read_text(encoding="utf-8").splitlines()
    typo, second, section = (
        lines.index(text) + 1 for text in ('on_confrim = "block"', 'nmae = "x"', "[stroage]")
    )
    assert main(["--project", str(root), "stats"]) == 0
    warnings = capsys.readouterr().err.splitlines()
    assert warnings == [
        f"workbench: warning: {root / 'workbench.toml'}:{typo}: [qa] on_confrim is not a setting "
        "this version knows (did you mean on_confirm?); ignored",
        f"workbench: warning: {root / 'workbench.toml'}:{second}: [sync] nmae is not a setting "
        "this version knows (did you mean name?); ignored",
        f"workbench: warning: {root / 'workbench.toml'}:{section}: [stroage] is not a section "
        "this version knows (did you mean storage?); ignored",
    ]
    assert Project.find(explicit=root).settings.qa.on_confirm == "warn"


def test_the_line_named_is_the_key_in_its_own_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`name` stands in [tm] (unknown there) and in [sync]: the message names the [sync] one."""
    root = project_with(tmp_path, '\n[tm]\nname = "vera"\n\n[sync]\nname = 3\n')
    lines = (root / "workbench.toml").read_text(encoding="utf-8").splitlines()
    line = len(lines) - lines[::-1].index("name = 3")
    assert main(["--project", str(root), "stats"]) == 2
    err = capsys.readouterr().err
    assert f"workbench.toml:{line}: [sync] name must be a non-empty string" in err
