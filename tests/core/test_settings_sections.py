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
