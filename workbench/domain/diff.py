"""The one word diff: what changed between two texts, word by word, whitespace kept.

`word_diff(old, new)` gives runs of "equal", "delete" (only in old) and "insert" (only in new).
Joining the equal and delete runs gives `old` back; joining equal and insert gives `new`.
Numbers and placeholders (`%s`, `<b>`, `{0}`) count as one word each. Used for review
("what changed since I approved"), for fuzzy matches ("what differs from my sentence") and by
the translation memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from workbench.domain.tm.text import tokens

DiffKind = Literal["equal", "insert", "delete"]
EQUAL: DiffKind = "equal"
INSERT: DiffKind = "insert"
DELETE: DiffKind = "delete"


class DiffOp(NamedTuple):
    kind: DiffKind
    text: str


def word_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    old_tokens = [token for _, token in tokens(old)]
    new_tokens = [token for _, token in tokens(new)]
    ops: list[DiffOp] = []
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(ops, EQUAL, "".join(old_tokens[i1:i2]))
            continue
        _append(ops, DELETE, "".join(old_tokens[i1:i2]))
        _append(ops, INSERT, "".join(new_tokens[j1:j2]))
    return tuple(ops)


def new_side(ops: Sequence[DiffOp]) -> tuple[DiffOp, ...]:
    """The runs that make up the new text: equal, or inserted (only in the new text)."""
    return tuple(op for op in ops if op.kind != DELETE)


def render_diff(ops: Sequence[DiffOp]) -> str:
    """Plain-text rendering: `[-deleted-]{+inserted+}` (the `git diff --word-diff` style)."""
    marks = {EQUAL: ("", ""), DELETE: ("[-", "-]"), INSERT: ("{+", "+}")}
    return "".join(marks[op.kind][0] + op.text + marks[op.kind][1] for op in ops)


def _append(ops: list[DiffOp], kind: DiffKind, text: str) -> None:
    if not text:
        return
    if ops and ops[-1].kind == kind:
        ops[-1] = DiffOp(kind, ops[-1].text + text)
    else:
        ops.append(DiffOp(kind, text))
