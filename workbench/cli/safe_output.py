"""Every line the `workbench` command prints goes through `printable`: text from users' files
(sources, names, comments) never reaches the terminal as control sequences.

The command's sys.stdout and sys.stderr are wrapped for the time of the command; bytes
written to `sys.stdout.buffer` (a file exported to standard output) pass unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from workbench.domain.printable import printable


class PrintableStream:
    """A text stream that writes `printable(text)` to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, buffer, encoding...
        return getattr(self._stream, name)


@contextmanager
def printable_output() -> Iterator[None]:
    out, err = sys.stdout, sys.stderr
    sys.stdout = PrintableStream(out)
    sys.stderr = PrintableStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
