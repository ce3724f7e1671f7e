"""DOCX export keeps hyperlinks and carries the project's core properties, not python-docx's."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from tests.interchange.conftest import libreoffice_convert, pandoc_markdown
from workbench.cli import main

MARKDOWN = (
    "# Letters to Azat\n\n"
    "Write to him through [the support group](https://example.org/azat) or "
    "**by [post](https://example.org/post)**.\n\n"
    "- Read [the FAQ](https://example.org/faq).\n"
)
HTML = (
    "<html><body><h1>Letters</h1>\n"
    '<p>Write through <a href="https://example.org/azat">the support group</a>.</p>\n'
    "</body></html>\n"
)


def export_docx(project_factory, tmp_path: Path, name: str, text: str, *extra: str) -> Path:
    project = project_factory(handle="lev")
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    root = str(project.root)
    assert main(["--project", root, "add", str(source)]) == 0
    out = tmp_path / "out"
    assert main(["--project", root, "export", "--format", "docx", "--out", str(out), *extra]) == 0
    [path] = list(out.glob("*.docx"))
    return path


def links_of(path: Path) -> dict[str, str]:
    """Hyperlink text -> target, as Word reads them (relationships of the main part)."""
    document = docx.Document(str(path))
    part = document.part
    found = {}
    for link in document.element.body.xpath(".//w:hyperlink"):
        rel = link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        text = "".join(t.text or "" for t in link.xpath(".//w:t"))
        found[text] = part.rels[rel].target_ref
    return found


@pytest.mark.parametrize(("name", "text"), [("letters.md", MARKDOWN), ("letters.html", HTML)])
def test_links_stay_links(project_factory, tmp_path: Path, name: str, text: str) -> None:
    path = export_docx(project_factory, tmp_path, name, text)
    links = links_of(path)
    assert links["the support group"] == "https://example.org/azat"
    if name.endswith(".md"):
        assert links["post"] == "https://example.org/post"
        assert links["the FAQ"] == "https://example.org/faq"
    assert "[the support group](https://example.org/azat)" in pandoc_markdown(path)


def test_core_properties_come_from_the_project(project_factory, tmp_path: Path) -> None:
    path = export_docx(project_factory, tmp_path, "letters.md", MARKDOWN)
    core = zipfile.ZipFile(path).read("docProps/core.xml").decode()
    assert "python-docx" not in core and "lev" not in core
    properties = docx.Document(str(path)).core_properties
    assert properties.title == "Letters to Azat"
    assert properties.language == "ru"
    assert properties.author == "" and properties.last_modified_by == ""
    today = datetime.now(UTC).date()
    assert properties.created is not None and properties.created.date() == today
    assert properties.modified is not None and properties.modified.date() == today


def test_the_handle_only_when_asked(project_factory, tmp_path: Path) -> None:
    path = export_docx(project_factory, tmp_path, "letters.md", MARKDOWN, "--sign")
    assert docx.Document(str(path)).core_properties.author == "lev"


def test_libreoffice_opens_it_with_its_links(project_factory, tmp_path: Path) -> None:
    path = export_docx(project_factory, tmp_path, "letters.md", MARKDOWN)
    converted = libreoffice_convert(path, "html", tmp_path / "lo", tmp_path / "profile")
    html = converted.read_text(encoding="utf-8", errors="replace")
    assert 'href="https://example.org/azat"' in html
    assert "Letters to Azat" in html


def test_review_docx_has_no_python_docx_boilerplate(project_factory, tmp_path: Path) -> None:
    from workbench.app.exchange.interchange import export_review_docx

    project = project_factory(handle="lev")
    source = tmp_path / "letters.md"
    source.write_text(MARKDOWN, encoding="utf-8")
    assert main(["--project", str(project.root), "add", str(source)]) == 0
    data = export_review_docx(project, project.document("letters"), "ru")
    core = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode()
    assert "python-docx" not in core and "2013" not in core
