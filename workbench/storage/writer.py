"""The one way to change a project's files: under the project's lock, re-read, change, write.

    with project_writer(project).catalog(document, lang) as catalog:
        add_comment(catalog.unit(unit_id), project.handle, text)

takes the project's lock (`.workbench/lock`, an fcntl lock shared by every workbench process
of the project), reads the catalog as it is on disk *now*, lets the caller change its units,
and writes it atomically when something changed. An exception inside the block writes
nothing. The editor's session folds its journal through the same lock (`ProjectWriter.lock`
and `ProjectWriter.save`), and notices a file written by someone else by its signature, so a
command run while an editor is open loses neither side's work.

glossary.yml, workbench.toml and the other project files are written with `write_text` (or
inside `lock()`), the same way.

A writer that cannot get the lock within the timeout (`[storage] lock_timeout` in
workbench.toml, seconds, default 30; the `WORKBENCH_LOCK_TIMEOUT` environment variable wins)
raises `LockTimeout`, a one-line `WorkbenchError`.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from workbench.domain.errors import WorkbenchError
from workbench.domain.model import Unit, trim_history
from workbench.storage.atomic import write_bytes_atomic, write_text_atomic
from workbench.storage.catalog import Catalog
from workbench.storage.project import CACHE, Document, Project
from workbench.storage.settings import SETTINGS_FILE, load_settings

LOCK_FILE = "lock"
LOCK_TIMEOUT_ENV = "WORKBENCH_LOCK_TIMEOUT"
POLL_SECONDS = 0.02


class LockTimeout(WorkbenchError):
    """Another process held the project's lock for longer than the timeout."""


class _HeldLock:
    """The project lock as this process holds it: re-entrant for the thread holding it,
    serialising the threads of the process, and an fcntl lock between processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.threads = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_held: dict[Path, _HeldLock] = {}
_held_guard = threading.Lock()


def _held_lock(path: Path) -> _HeldLock:
    with _held_guard:
        lock = _held.get(path)
        if lock is None:
            lock = _held[path] = _HeldLock(path)
        return lock


def lock_timeout(root: Path, configured: float | None = None) -> float:
    """Seconds a writer waits for the lock: the environment, else the setting, else 30."""
    value = os.environ.get(LOCK_TIMEOUT_ENV)
    if value:
        try:
            seconds = float(value)
        except ValueError:
            raise WorkbenchError(f"{LOCK_TIMEOUT_ENV}={value!r}: not a number of seconds") from None
        if seconds >= 0:
            return seconds
        raise WorkbenchError(f"{LOCK_TIMEOUT_ENV}={value!r}: must be 0 or more seconds")
    if configured is not None:
        return configured
    return load_settings(root / SETTINGS_FILE).storage.lock_timeout


@contextmanager
def project_lock(root: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the lock of the project at `root` (re-entrant within a thread)."""
    root = Path(root).resolve()
    path = root / CACHE / LOCK_FILE
    wait = lock_timeout(root, timeout)
    held = _held_lock(path)
    if not held.threads.acquire(timeout=wait):
        raise _timeout(path, wait)
    try:
        if held.depth == 0:
            held.fd = _acquire(path, time.monotonic() + wait, wait)
        held.depth += 1
        try:
            yield
        finally:
            held.depth -= 1
            if held.depth == 0 and held.fd is not None:
                fcntl.flock(held.fd, fcntl.LOCK_UN)
                os.close(held.fd)
                held.fd = None
    finally:
        held.threads.release()


def _acquire(path: Path, deadline: float, wait: float) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise _timeout(path, wait) from None
            time.sleep(POLL_SECONDS)
        except BaseException:
            os.close(fd)
            raise


def _timeout(path: Path, wait: float) -> LockTimeout:
    return LockTimeout(
        f"{path}: another workbench process has held the project's lock for {wait:g} s; "
        f"try again when it is done (the wait is [storage] lock_timeout / {LOCK_TIMEOUT_ENV})"
    )


def project_root_of(path: Path) -> Path | None:
    """The project folder holding `path` (the nearest with a workbench.toml), if any."""
    for folder in Path(path).resolve().parents:
        if (folder / SETTINGS_FILE).is_file():
            return folder
    return None


@contextmanager
def lock_for_file(path: Path) -> Iterator[None]:
    """The project lock for a file inside a project; no lock for a file outside one."""
    root = project_root_of(path)
    if root is None:
        yield
        return
    with project_lock(root):
        yield


class ProjectWriter:
    """Writes of one project's files, each under the project's lock."""

    def __init__(self, project: Project, handle: str | None = None) -> None:
        self.project = project
        self.handle = handle or project.handle

    def lock(self) -> AbstractContextManager[None]:
        """Hold the project's lock (re-entrant) for a change spanning several files."""
        return project_lock(self.project.root, self.project.settings.storage.lock_timeout)

    @contextmanager
    def catalog(self, document: Document, lang: str, *, create: bool = False) -> Iterator[Catalog]:
        """The catalog as on disk now, written back (atomically) if the block changed it.

        `create`: a missing catalog is given empty (its path set) instead of an error.
        """
        with self.lock():
            path = self.project.catalog_path(document, lang)
            if create and not path.exists():
                catalog, original = Catalog(path), ""
            else:
                catalog = self.project.load_catalog(document, lang)
                original = _read_text(path)
            yield catalog
            self.save(catalog, original)

    @contextmanager
    def catalog_at(self, path: Path) -> Iterator[Catalog]:
        """As `catalog`, for a catalog found by its path."""
        with self.lock():
            catalog = Catalog.load(path)
            original = _read_text(path)
            yield catalog
            self.save(catalog, original)

    def save(
        self, catalog: Catalog, original: str | None = None, changed: Iterable[Unit] | None = None
    ) -> bool:
        """Write `catalog` (under the lock); with `original`, the text it was read from, only
        when it changed. `changed`: the units that may have changed (their history is bounded;
        all units when not given). True when the file was written."""
        with self.lock():
            if original is not None and original:
                text = catalog.to_text()
                if text == original or text == _rendered(original, catalog.path):
                    return False
            limit = self.project.settings.storage.history_limit
            for unit in catalog.units if changed is None else changed:
                trim_history(unit, limit)
            catalog.save(self.handle)
            return True

    def write_text(self, path: Path, text: str) -> None:
        with self.lock():
            write_text_atomic(path, text)

    def write_bytes(self, path: Path, data: bytes) -> None:
        with self.lock():
            write_bytes_atomic(path, data)


def _read_text(path: Path) -> str:
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    return text[1:] if text.startswith("\ufeff") else text


def _rendered(original: str, path: Path) -> str:
    """What the writer would make of the file as read (a file written by another tool
    renders differently without any change of ours)."""
    return Catalog.from_text(original, path).to_text()


def project_writer(project: Project, handle: str | None = None) -> ProjectWriter:
    return ProjectWriter(project, handle)
