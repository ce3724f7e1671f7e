"""Quality checks (issue 6). See docs/qa.md for the list of checks.

ctx = QAContext.for_project(project, "ru").for_document("who-is-azat-miftakhov", "text")
findings = check_unit(unit, ctx)                 # live, in the editor
findings = check_project(project, lang="ru")     # `workbench qa`
"""

from __future__ import annotations

from workbench.core.qa.base import Check, Finding, Hit, QAContext, all_checks


def load_checks() -> None:
    """Import every check module so that each registers its checks."""
    from workbench.core.qa import (  # noqa: F401
        basic,
        consistency,
        language,
        length,
        markup,
        names,
        numbers,
        punctuation,
        script,
        terminology,
    )


load_checks()

from workbench.core.qa.runner import (  # noqa: E402
    QAReport,
    check_project,
    check_unit,
    ignore_finding,
    run_qa,
    unignore_finding,
)

__all__ = [
    "Check",
    "Finding",
    "Hit",
    "QAContext",
    "QAReport",
    "all_checks",
    "check_project",
    "check_unit",
    "ignore_finding",
    "run_qa",
    "unignore_finding",
]
