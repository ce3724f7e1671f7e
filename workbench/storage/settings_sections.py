"""The optional sections of `workbench.toml`, typed and validated when the file is read.

A bad value is an `InputError` naming workbench.toml and the line, when any command or the
editor starts, never later on the first confirm or the first sync.

    [tm]
    propagate = "draft"            # repetitions elsewhere on confirm: draft | translated | off
    [qa]
    disabled = ["length"]          # check ids to switch off
    on_confirm = "warn"            # a QA error at confirm: warn | block (kept as a draft)
    [qa.severity]
    numbers = "warning"            # a check's severity: error | warning | info
    [sync]
    remote = "origin"              # the git remote to sync with (default: origin, or the only one)
    name = "vera"                  # commit identity (default: the handle,
    email = "vera@example.org"     #  <handle>@workbench.invalid)
    use_git_identity = false       # true: git's own user.name / user.email
    [annotations]
    labels = ["name", "term"]      # the labels an annotation may carry
    [storage]
    lock_timeout = 30              # seconds a writer waits for the project's lock
    history_limit = 100            # earlier versions kept per segment (0: all)
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.domain.errors import InputError
from workbench.domain.model import MAX_PREVIOUS

if TYPE_CHECKING:
    from workbench.domain.qa.base import Severity

PROPAGATE_MODES = ("draft", "translated", "off")
QA_ON_CONFIRM = ("warn", "block")
DEFAULT_LOCK_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class TMSettings:
    propagate: str = "draft"


@dataclass(frozen=True, slots=True)
class QASettings:
    disabled: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    on_confirm: str = "warn"


@dataclass(frozen=True, slots=True)
class SyncSettings:
    remote: str | None = None
    name: str | None = None
    email: str | None = None
    use_git_identity: bool = False


@dataclass(frozen=True, slots=True)
class AnnotationSettings:
    labels: tuple[str, ...] = ()  # () : the default labels


@dataclass(frozen=True, slots=True)
class StorageSettings:
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT  # seconds a writer waits for the project's lock
    history_limit: int = MAX_PREVIOUS  # earlier versions kept per segment when written; 0: all


def line_of(path: Path, key: str, section: str | None = None) -> int | None:
    """The line where `key = ...` is written in `[section]` (anywhere when None), or the header
    line when `key` is "[name]"; read only to name a line in a message."""
    if key.startswith("["):
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*(#.*)?$")
    else:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    header = re.compile(r"^\s*\[([^\]]+)\]")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    current = None
    for number, line in enumerate(lines, 1):
        starts = header.match(line)
        if starts:
            current = starts.group(1).strip()
        inside = section is None or current == section or f"{current}".startswith(f"{section}.")
        if pattern.match(line) and inside:
            return number
    return None


class _Reader:
    """Reads one section, naming the file and the line of a bad key."""

    def __init__(self, raw: dict[str, Any], path: Path, name: str) -> None:
        self.path = path
        self.name = name
        section = raw.get(name, {})
        if not isinstance(section, dict):
            raise InputError(path, f"[{name}] must be a table", self.line_of(f"[{name}]"))
        self.section: dict[str, Any] = section

    def line_of(self, key: str) -> int | None:
        return line_of(self.path, key, None if key.startswith("[") else self.name)

    def fail(self, key: str, message: str) -> InputError:
        return InputError(self.path, message, self.line_of(key))

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.section.get(key, default)
        if value not in choices:
            wanted = " or ".join(f'"{choice}"' for choice in choices)
            raise self.fail(key, f"[{self.name}] {key} must be {wanted}, not {value!r}")
        return str(value)

    def optional_text(self, key: str) -> str | None:
        value = self.section.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"[{self.name}] {key} must be a non-empty string")
        return value.strip()

    def seconds(self, key: str, default: float) -> float:
        value = self.section.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise self.fail(key, f"[{self.name}] {key} must be 0 or more seconds, not {value!r}")
        return float(value)

    def count(self, key: str, default: int) -> int:
        value = self.section.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(
                key, f"[{self.name}] {key} must be a whole number, 0 or more, not {value!r}"
            )
        return value

    def boolean(self, key: str) -> bool:
        value = self.section.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(key, f"[{self.name}] {key} must be true or false, not {value!r}")
        return value

    def text_list(self, key: str, example: str) -> tuple[str, ...]:
        value = self.section.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.fail(key, f"[{self.name}] {key} must be a list of strings, e.g. {example}")
        return tuple(item.strip() for item in value if item.strip())


# Every section and key of workbench.toml this version reads.
KNOWN_SETTINGS: dict[str, frozenset[str]] = {
    "project": frozenset({"source_lang", "target_langs"}),
    "user": frozenset({"handle"}),
    "segmentation": frozenset({"mode"}),
    "tm": frozenset({"propagate"}),
    "qa": frozenset({"disabled", "on_confirm", "severity"}),
    "sync": frozenset({"remote", "name", "email", "use_git_identity"}),
    "annotations": frozenset({"labels"}),
    "storage": frozenset({"lock_timeout", "history_limit"}),
}


def unknown_settings(raw: dict[str, Any], path: Path) -> tuple[str, ...]:
    """A line for each section or key this version does not read: a typo ("on_confrim")
    would otherwise leave a setting silently at its default. A warning, not an error: a
    teammate's newer version may write keys this one does not know yet."""
    found = []
    for section, value in raw.items():
        known = KNOWN_SETTINGS.get(section)
        if known is None:
            found.append(_unknown(path, f"[{section}]", f"[{section}]", KNOWN_SETTINGS, None))
        elif isinstance(value, dict):
            for key in value:
                if key not in known:
                    found.append(_unknown(path, key, f"[{section}] {key}", known, section))
    return tuple(found)


def _unknown(path: Path, key: str, what: str, known: Iterable[str], section: str | None) -> str:
    number = line_of(path, key, section)
    where = f"{path}:{number}" if number else str(path)
    close = difflib.get_close_matches(key.strip("[]"), list(known), n=1)
    hint = f" (did you mean {close[0]}?)" if close else ""
    kind = "section" if key.startswith("[") else "setting"
    return f"{where}: {what} is not a {kind} this version knows{hint}; ignored"


def read_tm(raw: dict[str, Any], path: Path) -> TMSettings:
    return TMSettings(_Reader(raw, path, "tm").choice("propagate", PROPAGATE_MODES, "draft"))


def read_qa(raw: dict[str, Any], path: Path) -> QASettings:
    reader = _Reader(raw, path, "qa")
    disabled = reader.text_list("disabled", '["length"]')
    overrides = reader.section.get("severity", {})
    if not isinstance(overrides, dict):
        raise reader.fail("severity", '[qa.severity] must be a table, e.g. numbers = "warning"')
    on_confirm = reader.choice("on_confirm", QA_ON_CONFIRM, QA_ON_CONFIRM[0])
    if not disabled and not overrides:
        return QASettings((), {}, on_confirm)  # without loading every check (a quick start)
    from workbench.domain.qa.base import SEVERITIES
    from workbench.domain.qa.registry import all_checks

    known = all_checks()
    for check_id in disabled:
        if check_id not in known:
            raise reader.fail(
                "disabled", f"[qa] disabled: no check {check_id!r} (checks: {', '.join(known)})"
            )
    severity: dict[str, Severity] = {}
    for check_id, value in overrides.items():
        if check_id not in known:
            raise reader.fail(check_id, f"[qa.severity]: no check {check_id!r}")
        if value not in SEVERITIES:
            raise reader.fail(
                check_id,
                f"[qa.severity] {check_id}: {value!r} is not one of {', '.join(SEVERITIES)}",
            )
        severity[check_id] = value
    return QASettings(disabled, severity, on_confirm)


def read_sync(raw: dict[str, Any], path: Path) -> SyncSettings:
    reader = _Reader(raw, path, "sync")
    return SyncSettings(
        remote=reader.optional_text("remote"),
        name=reader.optional_text("name"),
        email=reader.optional_text("email"),
        use_git_identity=reader.boolean("use_git_identity"),
    )


def read_annotations(raw: dict[str, Any], path: Path) -> AnnotationSettings:
    reader = _Reader(raw, path, "annotations")
    return AnnotationSettings(reader.text_list("labels", '["name", "term"]'))


def read_storage(raw: dict[str, Any], path: Path) -> StorageSettings:
    reader = _Reader(raw, path, "storage")
    return StorageSettings(
        reader.seconds("lock_timeout", DEFAULT_LOCK_TIMEOUT),
        reader.count("history_limit", MAX_PREVIOUS),
    )
