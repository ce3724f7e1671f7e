"""Comment threads on a segment: several comments from several people, resolvable."""

from __future__ import annotations

import secrets
from typing import Any

from workbench.domain.errors import WorkbenchError
from workbench.domain.model import COMMENT, Unit, now_iso


def comments(unit: Unit) -> list[dict[str, Any]]:
    return unit.records_of(COMMENT)


def open_comments(unit: Unit) -> list[dict[str, Any]]:
    return [comment for comment in comments(unit) if not comment.get("resolved")]


def add_comment(
    unit: Unit, handle: str, text: str, at: str | None = None, reply_to: str | None = None
) -> dict[str, Any]:
    text = text.strip()
    if not text:
        raise WorkbenchError("a comment needs some text")
    comment: dict[str, Any] = {
        "id": "c-" + secrets.token_hex(4),
        "by": handle,
        "at": at or now_iso(),
        "text": text,
        "resolved": False,
    }
    if reply_to:
        comment["reply_to"] = reply_to
    unit.add_record(COMMENT, comment)
    return comment


def resolve_thread(unit: Unit, handle: str, at: str | None = None) -> int:
    """Mark every open comment of the segment resolved; returns how many were open."""
    count = 0
    for comment in comments(unit):
        if not comment.get("resolved"):
            comment["resolved"] = True
            comment["resolved_by"] = handle
            comment["resolved_at"] = at or now_iso()
            count += 1
    return count
