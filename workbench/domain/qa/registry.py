"""Every check, registered: importing this module imports each check module once."""

from __future__ import annotations

from workbench.domain.qa import (  # noqa: F401  (each module registers its checks)
    basic,
    consistency,
    language,
    length,
    markup,
    names,
    numbers,
    punctuation,
    script,
    spelling,
    terminology,
)
from workbench.domain.qa.base import PROJECT_CHECKS, SEGMENT_CHECKS, RegisteredCheck

ORDER = (
    "untranslated",
    "unchanged",
    "terminology",
    "numbers",
    "markup",
    "script",
    "language",
    "punctuation",
    "typography",
    "repeated-words",
    "length",
    "consistency",
    "names",
)


def all_checks() -> dict[str, RegisteredCheck]:
    """Every check by id, in the order of docs/qa.md."""
    checks: dict[str, RegisteredCheck] = {**SEGMENT_CHECKS, **PROJECT_CHECKS}
    rank = {check_id: index for index, check_id in enumerate(ORDER)}
    return dict(sorted(checks.items(), key=lambda item: rank.get(item[0], len(rank))))
