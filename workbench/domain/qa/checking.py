"""Checking one unit: every enabled per-segment check, minus the findings ignored on it.

A finding can be ignored for everyone with a reason: `ignore_finding` adds a
`# wb ignore {"check": ..., "reason": ..., "by": ..., "at": ...}` record to the unit, and
`check_unit` leaves that check's findings out for that unit from then on.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.domain.errors import WorkbenchError
from workbench.domain.model import IGNORE, Unit, now_iso
from workbench.domain.qa.base import SEGMENT_CHECKS, Check, Finding, QAContext, SegmentCheckFunc
from workbench.domain.qa.registry import all_checks


def check_unit(unit: Unit, ctx: QAContext) -> list[Finding]:
    """Every enabled per-segment check on one unit, minus the findings ignored on it."""
    if not unit.source.strip():
        return []
    ignored = ignored_checks(unit) if unit.records else set()
    ctx.memo.clear()
    findings: list[Finding] = []
    for check in _active_checks(ctx.disabled, ctx.only):
        if check.id in ignored or (check.needs_target and not unit.target):
            continue
        for hit in check.func(unit.source, unit.target, ctx):
            findings.append(
                Finding(
                    check.id,
                    ctx.severity_of(check, hit.severity),
                    hit.message,
                    ctx.document,
                    unit.id,
                    hit.side,
                    hit.start,
                    hit.end,
                    ctx.target_lang,
                )
            )
    return findings


@lru_cache(maxsize=64)
def _active_checks(
    disabled: frozenset[str], only: frozenset[str] | None
) -> tuple[Check[SegmentCheckFunc], ...]:
    return tuple(
        check
        for check in SEGMENT_CHECKS.values()
        if check.id not in disabled and (only is None or check.id in only)
    )


def ignored_checks(unit: Unit) -> set[str]:
    return {str(data.get("check")) for data in unit.records_of(IGNORE)}


def ignore_finding(unit: Unit, check_id: str, reason: str, handle: str) -> None:
    """Record that `check_id` is to be ignored on this unit, with who and why.

    The caller saves the catalog. A second ignore of the same check replaces the first.
    """
    if check_id not in all_checks():
        raise WorkbenchError(f"{check_id}: no such check (checks: {', '.join(all_checks())})")
    if not reason.strip():
        raise WorkbenchError(f"ignoring {check_id} on {unit.id}: give a reason")
    unit.remove_records(IGNORE, lambda data: data.get("check") == check_id)
    unit.add_record(
        IGNORE, {"check": check_id, "reason": reason.strip(), "by": handle, "at": now_iso()}
    )


def unignore_finding(unit: Unit, check_id: str) -> bool:
    """Remove an ignore record; True when there was one."""
    before = len(unit.records)
    unit.remove_records(IGNORE, lambda data: data.get("check") == check_id)
    return len(unit.records) != before
