"""A DOCX source's hyperlinks survive translation when the linked text is in the translation."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.interchange.conftest import pandoc_markdown
from workbench.cli import main


def add_link(paragraph, url: str, text: str) -> None:
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def source_docx(path: Path) -> None:
    document = docx.Document()
    first = document.add_paragraph("Write to ")
    add_link(first, "https://example.org/azat", "Azat Miftakhov")
    first.add_run(" every week.")
    whole = document.add_paragraph()
    add_link(whole, "https://example.org/group", "The support group")
    lost = document.add_paragraph("See ")
    add_link(lost, "https://example.org/faq", "the questions")
    lost.add_run(" first.")
    document.save(str(path))


TRANSLATIONS = {
    "Write to Azat Miftakhov every week.": "Пишите Azat Miftakhov каждую неделю.",
    "The support group": "Группа поддержки",
    "See the questions first.": "Сначала прочтите вопросы.",
}


def test_links_follow_their_text(project_factory, tmp_path: Path) -> None:
    project = project_factory()
    source = tmp_path / "letter.docx"
    source_docx(source)
    root = str(project.root)
    assert main(["--project", root, "add", str(source)]) == 0
    catalog = project.load_catalog(project.document("letter"), "ru")
    for unit in catalog.units:
        unit.target = TRANSLATIONS[unit.source]
    catalog.save("tester")
    out = tmp_path / "out"
    assert main(["--project", root, "export", "--format", "docx", "--out", str(out)]) == 0
    flat = pandoc_markdown(out / "letter.docx")
    assert "Пишите [Azat Miftakhov](https://example.org/azat) каждую неделю." in flat
    assert "[Группа поддержки](https://example.org/group)" in flat
    assert "Сначала прочтите вопросы." in flat  # the link's text is gone: no empty link left
    assert "](https://example.org/faq)" not in flat
