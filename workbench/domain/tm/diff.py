"""Word-level diff between a match's source and the query, for highlighting.

`word_diff(match_source, query)` returns (op, text) pairs: "equal" text is in both,
"delete" is only in the match's source, "insert" only in the query. Joining the equal and
insert parts gives the query back; joining equal and delete gives the match's source.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from workbench.domain.tm.text import tokens

EQUAL, INSERT, DELETE = "equal", "insert", "delete"


def word_diff(match_source: str, query: str) -> tuple[tuple[str, str], ...]:
    old = [token for _, token in tokens(match_source)]
    new = [token for _, token in tokens(query)]
    result: list[tuple[str, str]] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for op, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if op == "equal":
            _append(result, EQUAL, "".join(old[old_start:old_end]))
            continue
        _append(result, DELETE, "".join(old[old_start:old_end]))
        _append(result, INSERT, "".join(new[new_start:new_end]))
    return tuple(result)


def _append(result: list[tuple[str, str]], op: str, text: str) -> None:
    if not text:
        return
    if result and result[-1][0] == op:
        result[-1] = (op, result[-1][1] + text)
    else:
        result.append((op, text))
