"""Kill the real app (a subprocess on a pty) in the middle of editing: nothing confirmed is lost."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from workbench.app.editing.session import EditingSession
from workbench.domain.model import State
from workbench.storage.project import Project

ROOT = Path(__file__).resolve().parents[2]


def read_for(fd: int, seconds: float) -> bytes:
    data = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data += os.read(fd, 65536)
            except OSError:
                break
    return data


def wait_for(fd: int, needle: bytes, seconds: float) -> bytes:
    data = b""
    end = time.monotonic() + seconds
    while time.monotonic() < end and needle not in data:
        data += read_for(fd, 0.2)
    return data


def test_kill_9_while_editing_keeps_every_confirmed_segment(project: Project) -> None:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    # a handle of her own: the first-start question would stand before the editor
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "PYTHONPATH": str(ROOT),
        "WORKBENCH_HANDLE": "tester",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench.cli", "--project", str(project.root), "open", "letters"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    try:
        screen = wait_for(master, b"done 2/6", 60)
        assert b"done 2/6" in screen, screen[-2000:]
        for text in ("first", "third", "fifth"):
            # type, enter (confirm), ctrl+u (next untranslated): at 0, 2, 4; one write
            # each, so the keys arrive together, as when typing fast over SSH
            os.write(master, text.encode() + b"\r\x15")
            read_for(master, 0.3)
        os.write(master, b"typed but not confirmed")
        read_for(master, 0.3)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    path = project.catalog_path(project.document("letters"), "ru")
    check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True)
    assert check.returncode == 0, check.stderr
    session = EditingSession(project, project.document("letters"), "ru")
    confirmed = {i: session.units[i].target for i in (0, 2, 4)}
    assert confirmed == {0: "first", 2: "third", 4: "fifth"}
    assert all(session.units[i].state is State.TRANSLATED for i in (0, 2, 4))
    session.fold()
    check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True)
    assert check.returncode == 0, check.stderr
