"""Project settings: `workbench.toml` at the project root, small and edited by hand.

Read with tomllib; written only by `workbench init` (from a commented template), so the
user's own comments are never touched by the tool.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.domain.errors import InputError

SETTINGS_FILE = "workbench.toml"
HANDLE_ENV = "WORKBENCH_HANDLE"
LANG_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
HANDLE = re.compile(r"^[\w.\-]{1,40}$")
SEGMENTATION_MODES = ("sentences", "paragraphs")
QA_ON_CONFIRM = ("warn", "block")  # [qa] on_confirm: what a QA error does when confirming

TEMPLATE = """\
# workbench project settings. Edit freely: the tool only reads this file.

[project]
# Language of the documents in sources/ (a code such as en, ru, uk).
source_lang = "{source_lang}"
# Languages to translate into; each gets translations/<lang>/<document>.po
target_langs = [{target_langs}]

[user]
# The handle recorded with your edits, reviews and comments. Choose a handle, not your
# real name. Override per person with the WORKBENCH_HANDLE environment variable or --as.
handle = "{handle}"

[segmentation]
# "sentences": paragraphs are split into sentences; "paragraphs": one segment per paragraph.
mode = "sentences"
"""


@dataclass(frozen=True, slots=True)
class Settings:
    source_lang: str
    target_langs: tuple[str, ...]
    handle: str = "anonymous"
    segmentation: str = "sentences"
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def paragraph_only(self) -> bool:
        return self.segmentation == "paragraphs"

    def section(self, name: str) -> dict[str, Any]:
        """A free-form section such as [qa] or [tm]; {} when absent."""
        value = self.raw.get(name, {})
        return value if isinstance(value, dict) else {}


def validate_lang(code: str, where: str) -> str:
    code = code.strip()
    if not LANG_CODE.match(code):
        raise InputError(where, f"{code!r} is not a language code (expected e.g. en, ru, pt-BR)")
    return code


def validate_handle(handle: str, where: str) -> str:
    if not HANDLE.match(handle):
        raise InputError(
            where, f"handle {handle!r} must be 1-40 letters, digits, '.', '_' or '-' (no spaces)"
        )
    return handle


def render_settings(source_lang: str, target_langs: tuple[str, ...], handle: str) -> str:
    langs = ", ".join(f'"{lang}"' for lang in target_langs)
    return TEMPLATE.format(source_lang=source_lang, target_langs=langs, handle=handle)


def load_settings(path: Path) -> Settings:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        line = _toml_error_line(str(error))
        raise InputError(path, f"not valid TOML: {error}", line) from None
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    project = raw.get("project")
    if not isinstance(project, dict):
        raise InputError(path, "missing the [project] section")
    source = project.get("source_lang")
    targets = project.get("target_langs")
    if not isinstance(source, str):
        raise InputError(path, '[project] source_lang must be a string such as "en"')
    if isinstance(targets, str):
        targets = [targets]
    if not isinstance(targets, list) or not targets or not all(isinstance(t, str) for t in targets):
        raise InputError(path, '[project] target_langs must be a list such as ["ru"]')
    source = validate_lang(source, str(path))
    target_tuple = tuple(validate_lang(t, str(path)) for t in targets)
    if source in target_tuple:
        raise InputError(path, f"target_langs includes the source language {source!r}")
    user = raw.get("user", {}) if isinstance(raw.get("user", {}), dict) else {}
    handle = os.environ.get(HANDLE_ENV) or user.get("handle") or "anonymous"
    handle = validate_handle(str(handle), str(path))
    segmentation = raw.get("segmentation", {})
    mode = segmentation.get("mode", "sentences") if isinstance(segmentation, dict) else "sentences"
    if mode not in SEGMENTATION_MODES:
        raise InputError(
            path, f"[segmentation] mode must be one of {', '.join(SEGMENTATION_MODES)}"
        )
    _validate_qa(raw, path)
    return Settings(source, target_tuple, handle, mode, raw)


def _validate_qa(raw: dict[str, Any], path: Path) -> None:
    """The [qa] keys read at confirm time; check ids are validated by the QA run."""
    qa = raw.get("qa", {})
    if not isinstance(qa, dict):
        raise InputError(path, "[qa] must be a table")
    on_confirm = qa.get("on_confirm", QA_ON_CONFIRM[0])
    if on_confirm not in QA_ON_CONFIRM:
        choices = " or ".join(f'"{choice}"' for choice in QA_ON_CONFIRM)
        line = _key_line(path, "on_confirm")
        raise InputError(path, f"[qa] on_confirm must be {choices}, not {on_confirm!r}", line)


def _key_line(path: Path, key: str) -> int | None:
    """The line where `key = ...` is set (only read again to report an error)."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if pattern.match(line):
            return number
    return None


def _toml_error_line(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None
