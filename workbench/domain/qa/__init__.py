"""Quality checks: the rules, one module per family. See docs/qa.md for the list of checks.

findings = check_unit(unit, ctx)                 # live, in the editor

A whole project is checked by `workbench.app.quality.qa_run` (`run_qa`, `check_project`), which also
builds a context from the project's settings (`context_for_project`).
"""

from __future__ import annotations

from workbench.domain.qa.base import Check, Finding, Hit, QAContext
from workbench.domain.qa.checking import check_unit, ignore_finding, unignore_finding
from workbench.domain.qa.registry import all_checks

__all__ = [
    "Check",
    "Finding",
    "Hit",
    "QAContext",
    "all_checks",
    "check_unit",
    "ignore_finding",
    "unignore_finding",
]
