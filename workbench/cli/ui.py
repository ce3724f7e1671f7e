"""`workbench` (overview), `workbench open`: the TUI (issue 3)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # noqa: ARG001
    return None


def open_overview(args: argparse.Namespace) -> int:
    from workbench.core.errors import WorkbenchError

    raise WorkbenchError("the terminal UI is not built yet")
