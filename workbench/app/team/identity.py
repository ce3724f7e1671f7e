"""Who is working: the person's handle, kept in their own user config (not the project's)."""

from __future__ import annotations

from pathlib import Path

from workbench.storage.project import Project
from workbench.storage.settings import (
    CONFIG_HOME_ENV,
    HANDLE,
    save_user_handle,
    user_config_path,
    validate_handle,
)


def needs_handle(project: Project) -> bool:
    """True when nobody has told us who this person is (no --as, WORKBENCH_HANDLE or user
    config): the handle would be the project's shared one, or "anonymous"."""
    return not project.settings.handle_is_personal


def remember_handle(project: Project, handle: str) -> Project:
    """Save `handle` in the user config and act as it from now on."""
    handle = validate_handle(handle.strip(), str(user_config_path()))
    save_user_handle(handle)
    return project.with_handle(handle)


def is_valid_handle(handle: str) -> bool:
    return HANDLE.match(handle) is not None


def config_path_shown() -> str:
    """The user config's place as a person would write it ($XDG_CONFIG_HOME/... or ~/...)."""
    import os

    path = user_config_path()
    base = os.environ.get(CONFIG_HOME_ENV)
    if base:
        return "$" + CONFIG_HOME_ENV + "/" + path.relative_to(base).as_posix()
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)
