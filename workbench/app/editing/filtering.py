"""Filtering the grid and search-and-replace: plain functions over units (no widgets)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from workbench.domain.comments import open_comments
from workbench.domain.model import CONFLICT, State, Unit
from workbench.domain.review import ReviewFilter, last_review_at

WHERE = ("both", "source", "target")


@dataclass(frozen=True)
class Filter:
    states: frozenset[State] = field(default_factory=frozenset)  # empty: any state
    text: str = ""
    regex: bool = False
    case: bool = False
    where: str = "both"  # "both", "source" or "target"
    has_comment: bool = False
    has_qa: bool = False
    qa_severity: str = ""  # with has_qa: only findings of this severity ("error", ...)
    qa_check: str = ""  # with has_qa: only findings of this check ("numbers", ...)
    has_conflict: bool = False
    review: ReviewFilter | None = None  # translator, changed since my review, ...

    @property
    def is_empty(self) -> bool:
        return not (
            self.states
            or self.text
            or self.has_comment
            or self.has_qa
            or self.has_conflict
            or self.review is not None
        )

    def describe(self) -> str:
        parts = [", ".join(sorted(str(s) for s in self.states))] if self.states else []
        if self.text:
            parts.append(f"{'/' if self.regex else '“'}{self.text}{'/' if self.regex else '”'}")
        if self.has_comment:
            parts.append("has comments")
        if self.has_qa:
            kind = " ".join(part for part in (self.qa_severity, self.qa_check) if part)
            parts.append(f"has QA ({kind})" if kind else "has QA")
        if self.has_conflict:
            parts.append("has conflicts")
        if self.review is not None:
            parts.append(describe_review(self.review))
        return " · ".join(parts) or "all"


def compile_pattern(text: str, regex: bool, case: bool) -> re.Pattern[str]:
    """The search pattern; ValueError with a readable message for a broken regex."""
    flags = 0 if case else re.IGNORECASE
    try:
        return re.compile(text if regex else re.escape(text), flags)
    except re.error as error:
        raise ValueError(f"bad regular expression: {error}") from None


def matching_indices(
    units: Sequence[Unit], spec: Filter, qa_flagged: Collection[str] = ()
) -> list[int]:
    pattern = compile_pattern(spec.text, spec.regex, spec.case) if spec.text else None
    review, since = spec.review, None
    if review is not None and review.changed_since_review_of:
        since = last_review_at(units, review.changed_since_review_of)
    result = []
    for index, unit in enumerate(units):
        if review is not None and not review.accepts(unit, since):
            continue
        if spec.states and unit.state not in spec.states:
            continue
        if pattern is not None and not _text_matches(pattern, unit, spec.where):
            continue
        if spec.has_comment and not open_comments(unit):
            continue
        if spec.has_qa and unit.id not in qa_flagged:
            continue
        if spec.has_conflict and unit.first_record(CONFLICT) is None:
            continue
        result.append(index)
    return result


def _text_matches(pattern: re.Pattern[str], unit: Unit, where: str) -> bool:
    if where in ("both", "source") and pattern.search(unit.source):
        return True
    return where in ("both", "target") and bool(pattern.search(unit.target))


@dataclass(frozen=True, slots=True)
class Replacement:
    index: int
    old: str
    new: str
    count: int


def plan_replace(
    units: Sequence[Unit], find: str, replace: str, regex: bool, case: bool
) -> list[Replacement]:
    """Every translation that changes when `find` is replaced by `replace` (a preview)."""
    pattern = compile_pattern(find, regex, case)
    template = replace if regex else replace.replace("\\", "\\\\")
    plan = []
    for index, unit in enumerate(units):
        if not unit.target:
            continue
        try:
            new, count = pattern.subn(template, unit.target)
        except (re.error, IndexError) as error:
            raise ValueError(f"bad replacement: {error}") from None
        if count and new != unit.target:
            plan.append(Replacement(index, unit.target, new, count))
    return plan


def describe_review(spec: ReviewFilter) -> str:
    parts = []
    if spec.needs_review:
        parts.append("needs review")
    if spec.translator:
        parts.append(f"by {spec.translator}")
    if spec.changed_since_review_of:
        parts.append("changed since my review")
    if spec.open_threads:
        parts.append("open comments")
    return " · ".join(parts) or "review"
