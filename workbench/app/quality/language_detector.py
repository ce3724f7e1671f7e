"""The language check's detector (lingua) in a process of its own, for the editor.

lingua loads its models holding the GIL (~1.3 s for a Russian or Ukrainian project's six
Cyrillic languages, ~3.7 s for English's eight; measured in bench/bench_language_detector.py),
which in the editor's process froze the UI, in whatever thread it ran. Here it loads in a
child process (`python -m workbench.app.quality.language_detector LANG...`) that an open
editor holds (`hold`, `release`) and that the first segment needing the detector starts; the
editor's process never imports lingua, so the models' ~210-270 MB are not in its memory
either. Until the child is ready the detector abstains (the check then decides on letters
and function words alone); the editor checks again when it is (`on_ready`), and the finding
appears then.

Protocol, one JSON document a line: the child prints {"ready": seconds} (or {"failed":
reason}) once its models are loaded, then answers each {"text", "candidates"} with the
candidates' confidences.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

from workbench.domain.langtags import primary_subtag
from workbench.domain.qa import neighbours
from workbench.domain.qa.neighbours_lingua import Detector, InProcessDetector


class DetectorProcess:
    """A child process answering the detector's questions for `languages` (a Detector).
    Started by the first question that needs it (`start`, or `confidences`), not before:
    most projects' segments never do."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self.failed = ""  # why the child cannot answer ("" while it can or may)
        self.load_seconds = 0.0  # how long the child took to load its models
        self.process: subprocess.Popen[str] | None = None
        self._ready = threading.Event()
        self._ended = threading.Event()  # ready, failed or stopped
        self._lock = threading.Lock()  # one question at a time on the pipe; one start
        self._callbacks: list[Callable[[], object]] = []
        self._starting = False

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and not self.failed

    def on_ready(self, callback: Callable[[], object]) -> None:
        """Call `callback` (from another thread) once the models are loaded."""
        self._callbacks.append(callback)

    def start(self) -> None:
        """Start the child (a few ms; once). Its models load there, in 1-4 s."""
        with self._lock:
            if self.process is not None or self.failed:
                return
            package_root = str(Path(__file__).resolve().parents[3])
            try:
                self.process = subprocess.Popen(
                    [sys.executable, "-m", __name__, *self.languages],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                    encoding="utf-8",
                    cwd=package_root,  # `-m` finds this workbench, installed or not
                )
            except OSError as error:
                self.failed = f"cannot start the language detector: {error}"
                self._ended.set()
                return
        threading.Thread(target=self._await_ready, name="language-detector", daemon=True).start()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Start the child if need be and block (a worker thread, never the event loop)
        until its models are loaded or it failed; True when it can answer."""
        self.start()
        self._ended.wait(timeout)
        return self.ready

    def confidences(
        self, text: str, candidates: tuple[str, ...], may_load: bool
    ) -> dict[str, float] | None:
        """The child's answer; None (abstain) until it is ready, or when it failed. The
        first question starts the child, in a thread of its own: the caller never waits."""
        if not self.ready:
            if not self._starting and not self.failed:
                self._starting = True  # one thread starts it, however many questions come
                threading.Thread(target=self.start, daemon=True).start()
            return None
        process = self.process
        assert process is not None and process.stdin is not None and process.stdout is not None
        with self._lock:
            try:
                process.stdin.write(json.dumps({"text": text, "candidates": candidates}) + "\n")
                process.stdin.flush()
                line = process.stdout.readline()
            except (OSError, ValueError):
                line = ""
            if not line:
                self.failed = "the language detector's process ended"
                return None
        return {str(lang): float(value) for lang, value in json.loads(line).items()}

    def stop(self) -> None:
        with self._lock:
            self.failed = self.failed or "stopped"
            if self.process is not None and self.process.poll() is None:
                self.process.terminate()
                self.process.wait()
        self._ended.set()

    def _await_ready(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        line = self.process.stdout.readline()
        try:
            message = json.loads(line) if line else {"failed": "the process ended"}
        except ValueError:
            message = {"failed": f"unexpected answer {line[:80]!r}"}
        if "ready" in message and not self.failed:
            self.load_seconds = float(message["ready"])
            self._ready.set()
        else:
            self.failed = self.failed or str(message.get("failed", "unknown"))
        self._ended.set()
        if self.ready:
            for callback in self._callbacks:
                callback()


class ProcessDetectors:
    """The detector a process with a UI installs: each question goes to the child process of
    a language group held by an open editor; with none open, to lingua in this process (a
    batch run in the same process, a test)."""

    def __init__(self) -> None:
        self.held: dict[tuple[str, ...], tuple[DetectorProcess, int]] = {}
        self.fallback: Detector = InProcessDetector()

    def confidences(
        self, text: str, candidates: tuple[str, ...], may_load: bool
    ) -> dict[str, float] | None:
        for group, (detector, _holders) in list(self.held.items()):
            if set(candidates) <= set(group):
                return detector.confidences(text, candidates, may_load)
        return self.fallback.confidences(text, candidates, may_load)


_ROUTER = ProcessDetectors()
_LOCK = threading.Lock()


def hold(lang: str) -> DetectorProcess | None:
    """The detector process of `lang` and its neighbours, for an open editor: this process's
    language checks ask it from now on (it starts at the first question that needs it); None
    for a language without neighbours here. `release` it when the editor closes."""
    group = neighbours.group_of(primary_subtag(lang))
    if group is None:
        return None
    with _LOCK:
        detector, holders = _ROUTER.held.get(group, (None, 0))
        if detector is None or detector.failed:
            detector = DetectorProcess(group)
        _ROUTER.held[group] = (detector, holders + 1)
        if neighbours.DETECTOR[0] is not _ROUTER:
            _ROUTER.fallback = neighbours.use_detector(_ROUTER)
    return detector


def release(detector: DetectorProcess) -> None:
    """An editor closed: the last one to hold the process stops it."""
    with _LOCK:
        held, holders = _ROUTER.held.get(detector.languages, (None, 0))
        if held is not detector:
            detector.stop()
            return
        if holders > 1:
            _ROUTER.held[detector.languages] = (detector, holders - 1)
            return
        del _ROUTER.held[detector.languages]
        if not _ROUTER.held and neighbours.DETECTOR[0] is _ROUTER:
            neighbours.use_detector(_ROUTER.fallback)
    detector.stop()


def serve(languages: tuple[str, ...], requests: IO[str], answers: IO[str]) -> None:
    """The child: load the models, say so, answer each question until the pipe closes."""
    import time

    start = time.perf_counter()
    detector = InProcessDetector()
    if not detector.warm_up(languages):
        answers.write(json.dumps({"failed": "lingua is not installed"}) + "\n")
        answers.flush()
        return
    answers.write(json.dumps({"ready": time.perf_counter() - start}) + "\n")
    answers.flush()
    for line in requests:
        question = json.loads(line)
        found = detector.confidences(question["text"], tuple(question["candidates"]), True)
        answers.write(json.dumps(found or {}) + "\n")
        answers.flush()


if __name__ == "__main__":
    serve(tuple(sys.argv[1:]), sys.stdin, sys.stdout)
