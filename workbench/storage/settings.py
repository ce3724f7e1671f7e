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
from workbench.storage.atomic import write_text_atomic
from workbench.storage.settings_sections import (
    QA_ON_CONFIRM,
    AnnotationSettings,
    QASettings,
    StorageSettings,
    SyncSettings,
    TMSettings,
    line_of,
    read_annotations,
    read_qa,
    read_storage,
    read_sync,
    read_tm,
    unknown_settings,
)

__all__ = ["QA_ON_CONFIRM", "Settings", "load_settings"]

SETTINGS_FILE = "workbench.toml"
HANDLE_ENV = "WORKBENCH_HANDLE"
CONFIG_HOME_ENV = "XDG_CONFIG_HOME"
USER_CONFIG = ("workbench", "config.toml")  # under $XDG_CONFIG_HOME (default ~/.config)
LANG_CODE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
HANDLE = re.compile(r"^[\w.\-]{1,40}$")
SEGMENTATION_MODES = ("sentences", "paragraphs")

TEMPLATE = """\
# workbench project settings. Edit freely: the tool only reads this file.

[project]
# Language of the documents in sources/ (a code such as en, ru, uk).
source_lang = "{source_lang}"
# Languages to translate into; each gets translations/<lang>/<document>.po
target_langs = [{target_langs}]

[user]
# A shared fallback only. Each person's handle (recorded with edits, reviews and comments;
# a handle, not a real name) lives in their own user config, ~/.config/workbench/config.toml
# ([user] handle = "..."), which the workbench asks for on first start; WORKBENCH_HANDLE
# and --as override it.
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
    # where the handle came from: "env", "user config", "project" or "default"
    handle_source: str = "default"

    @property
    def handle_is_personal(self) -> bool:
        """False when the handle is the project's shared one (or none): ask the person."""
        return self.handle_source in ("env", "user config", "flag")

    tm: TMSettings = field(default_factory=TMSettings)
    qa: QASettings = field(default_factory=QASettings)
    sync: SyncSettings = field(default_factory=SyncSettings)
    annotations: AnnotationSettings = field(default_factory=AnnotationSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    # sections and keys this version does not read, one warning line each
    unknown: tuple[str, ...] = ()

    @property
    def paragraph_only(self) -> bool:
        return self.segmentation == "paragraphs"

    def section(self, name: str) -> dict[str, Any]:
        """A section as written, {} when absent. The known ones are typed: .tm, .qa, .sync,
        .annotations (see settings_sections)."""
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
    handle, handle_source, where = resolve_handle(raw, path)
    handle = validate_handle(handle, where)
    segmentation = raw.get("segmentation", {})
    mode = segmentation.get("mode", "sentences") if isinstance(segmentation, dict) else "sentences"
    if mode not in SEGMENTATION_MODES:
        wanted = ", ".join(SEGMENTATION_MODES)
        message = f"[segmentation] mode must be one of {wanted}, not {mode!r}"
        raise InputError(path, message, line_of(path, "mode", "segmentation"))
    return Settings(
        source,
        target_tuple,
        handle,
        mode,
        raw,
        handle_source=handle_source,
        tm=read_tm(raw, path),
        qa=read_qa(raw, path),
        sync=read_sync(raw, path),
        annotations=read_annotations(raw, path),
        storage=read_storage(raw, path),
        unknown=unknown_settings(raw, path),
    )


# ---- the person's own handle ----------------------------------------------------------------


def user_config_path() -> Path:
    """The person's config, outside every project: $XDG_CONFIG_HOME/workbench/config.toml."""
    base = os.environ.get(CONFIG_HOME_ENV) or str(Path.home() / ".config")
    return Path(base).joinpath(*USER_CONFIG)


def load_user_config() -> dict[str, Any]:
    path = user_config_path()
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise InputError(path, f"not valid TOML: {error}", _toml_error_line(str(error))) from None
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None


def resolve_handle(raw: dict[str, Any], settings_path: Path) -> tuple[str, str, str]:
    """(handle, where it came from, what to name in an error): the environment, then the
    person's user config, then the project's shared [user] handle."""
    from_env = os.environ.get(HANDLE_ENV)
    if from_env:
        return from_env, "env", HANDLE_ENV
    user = load_user_config().get("user", {})
    if isinstance(user, dict) and user.get("handle"):
        return str(user["handle"]), "user config", str(user_config_path())
    shared = raw.get("user", {})
    if isinstance(shared, dict) and shared.get("handle"):
        return str(shared["handle"]), "project", str(settings_path)
    return "anonymous", "default", str(settings_path)


def render_user_config(handle: str) -> str:
    return (
        "# Your own workbench settings, for every project on this machine.\n"
        "[user]\n"
        "# The handle recorded with your edits, reviews and comments (not your real name).\n"
        f'handle = "{handle}"\n'
    )


def _toml_error_line(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def save_user_handle(handle: str) -> Path:
    """Record the person's handle in their user config (other settings there are kept)."""
    handle = validate_handle(handle.strip(), "handle")
    path = user_config_path()
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    line = f'handle = "{handle}"'
    if not text.strip():
        text = render_user_config(handle)
    elif re.search(r"(?m)^\s*handle\s*=", text):
        text = re.sub(r"(?m)^\s*handle\s*=.*$", line, text, count=1)
    elif re.search(r"(?m)^\[user\]\s*$", text):
        text = re.sub(r"(?m)^\[user\]\s*$", f"[user]\n{line}", text, count=1)
    else:
        text = text.rstrip("\n") + f"\n\n[user]\n{line}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text)
    return path
