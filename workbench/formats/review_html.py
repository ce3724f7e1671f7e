"""Bilingual review page: a side-by-side table a reviewer reads in any browser.

Columns: number, source, translation, state, QA findings, comments (and annotations). Every
value is escaped; the page is standalone (no scripts, no external resources).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

STYLE = (
    "body{font-family:sans-serif;margin:1em}table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #bbb;padding:.3em .5em;vertical-align:top}"
    "th{background:#eee;position:sticky;top:0}td.n{text-align:right;color:#666}"
    ".untranslated{background:#fdd}.draft{background:#ffe9c4}.translated{background:#fff}"
    ".approved{background:#dfd}.rejected{background:#f6c}.qa{color:#a00;font-size:.9em}"
    ".comments{font-size:.9em}"
)


@dataclass
class ReviewLine:
    number: int
    id: str
    source: str
    target: str
    state: str
    qa: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


def _cell(lines: Sequence[str], css: str) -> str:
    return f'<td class="{css}">' + "<br>".join(html.escape(line) for line in lines) + "</td>"


def write_review_html(
    title: str, source_lang: str, lang: str, lines: Sequence[ReviewLine], summary: str
) -> str:
    rows = []
    for line in lines:
        rows.append(
            f'<tr id="{html.escape(line.id)}" class="{html.escape(line.state)}">'
            f'<td class="n">{line.number}</td>'
            f'<td lang="{html.escape(source_lang)}">{html.escape(line.source)}</td>'
            f'<td lang="{html.escape(lang)}">{html.escape(line.target)}</td>'
            f"<td>{html.escape(line.state)}</td>"
            + _cell(line.qa, "qa")
            + _cell(line.comments, "comments")
            + "</tr>"
        )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n<p>{html.escape(summary)}</p>\n"
        "<table>\n<thead><tr><th>#</th>"
        f"<th>Source ({html.escape(source_lang)})</th><th>Translation ({html.escape(lang)})</th>"
        "<th>State</th><th>QA</th><th>Comments</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )
