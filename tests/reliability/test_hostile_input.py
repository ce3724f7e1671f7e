"""Hostile and unlucky input: one clear line naming the file, exit 2, no traceback, and
nothing written. Each case runs the real `workbench` command in a subprocess."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.reliability.conftest import run_workbench
from workbench.app.exchange.interchange import export_xliff
from workbench.storage.project import Project


def project_bytes(project: Project) -> dict[str, bytes]:
    """Every file of the project outside .workbench (what a refusal must leave alone)."""
    files = {}
    for path in sorted(project.root.rglob("*")):
        if path.is_file() and ".workbench" not in path.relative_to(project.root).parts:
            files[str(path.relative_to(project.root))] = path.read_bytes()
    return files


def refused(project: Project, *args: str, naming: str = "") -> str:
    before = project_bytes(project)
    result = run_workbench(project, *args, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: error: "), result.stderr
    assert naming in lines[0]
    assert project_bytes(project) == before
    return lines[0]


# ---- item 4: names ---------------------------------------------------------------------------
def test_a_file_name_with_a_newline_is_refused_at_add(letters: Project, tmp_path: Path) -> None:
    odd = tmp_path / "two\nlines.txt"
    odd.write_text("One sentence here.\n", encoding="utf-8")
    message = refused(letters, "add", str(odd))
    assert "\\n" in message and "file name" in message


def test_a_file_name_with_an_escape_is_refused_at_add(letters: Project, tmp_path: Path) -> None:
    odd = tmp_path / "title\x1b]0;pwned\x07.txt"
    odd.write_text("One sentence here.\n", encoding="utf-8")
    message = refused(letters, "add", str(odd))
    assert "\x1b" not in message and "\x07" not in message


# ---- item 7: tracebacks ----------------------------------------------------------------------
def damaged_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>" * 50)
        package.writestr("word/document.xml", "<w:document/>" * 500)
    data = bytearray(buffer.getvalue())
    data[60:90] = b"\x00" * 30  # inside the first member's compressed data
    return bytes(data)


@pytest.mark.parametrize("damage", ["deflate", "truncated", "offsets"])
def test_a_damaged_docx_is_refused_by_add_and_import_review(
    letters: Project, tmp_path: Path, damage: str
) -> None:
    good = io.BytesIO()
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>" * 50)
        package.writestr("word/document.xml", "<w:document/>" * 500)
    data = bytearray(good.getvalue())
    if damage == "deflate":
        data = bytearray(damaged_docx())
    elif damage == "truncated":
        data = data[: len(data) // 2] + data[-22:]
    else:
        data[-6:-2] = (len(data) * 4).to_bytes(4, "little")  # central directory offset
    for name in ("story.docx", "review.docx"):
        (tmp_path / name).write_bytes(bytes(data))
    refused(letters, "add", str(tmp_path / "story.docx"), naming="story.docx")
    refused(letters, "import-review", str(tmp_path / "review.docx"), naming="review.docx")


@pytest.mark.parametrize("kind", ["xliff", "tmx", "tbx"])
def test_an_unknown_xml_encoding_is_refused(letters: Project, tmp_path: Path, kind: str) -> None:
    declaration = '<?xml version="1.0" encoding="x-no-such-encoding"?>\n'
    if kind == "xliff":
        body = export_xliff(letters, letters.document("letters"), "ru", "1.2").decode("utf-8")
        body = body.split("?>", 1)[1]
        path, args = tmp_path / "in.xlf", ("import",)
    elif kind == "tmx":
        body = '<tmx version="1.4"><header srclang="en"/><body/></tmx>'
        path, args = tmp_path / "in.tmx", ("tm", "import")
    else:
        body = '<martif type="TBX"><text><body/></text></martif>'
        path, args = tmp_path / "in.tbx", ("glossary", "import")
    path.write_text(declaration + body, encoding="utf-8")
    refused(letters, *args, str(path), naming=path.name)


@pytest.mark.parametrize("depth", [250, 1000])
def test_deeply_nested_markdown_is_refused(letters: Project, tmp_path: Path, depth: int) -> None:
    deep = tmp_path / "deep.md"
    deep.write_text("> " * depth + "deep words\n", encoding="utf-8")
    refused(letters, "add", str(deep), naming="deep.md")
    nested_list = tmp_path / "list.md"
    nested_list.write_text(
        "".join("  " * level + "- item\n" for level in range(depth)), encoding="utf-8"
    )
    refused(letters, "add", str(nested_list), naming="list.md")


COMMANDS = (
    ("stats",),
    ("qa",),
    ("export",),
    ("export", "--format", "xliff12"),
    ("pretranslate",),
    ("comment", "add", "letters", "1", "hello"),
    ("comment", "list"),
    ("annotations", "list"),
    ("approve", "letters", "--all-translated", "--yes"),
    ("history", "letters", "s-00000000"),
    ("tm", "search", "letter"),
)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_a_directory_where_a_po_should_be(letters: Project, command: tuple[str, ...]) -> None:
    po = letters.catalog_path(letters.document("letters"), "ru")
    po.unlink()
    po.mkdir()
    (po / "inside.txt").write_text("x", encoding="utf-8")
    before = project_bytes(letters)
    result = run_workbench(letters, *command)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1, 2)
    if result.returncode == 2:
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith("workbench: error: ") and "letters.po" in last
    assert project_bytes(letters) == before


def test_an_empty_po_is_refused_not_read_as_empty(letters: Project) -> None:
    po = letters.catalog_path(letters.document("letters"), "ru")
    po.write_bytes(b"")
    message = refused(letters, "stats", naming="letters.po")
    assert "empty" in message


def test_a_huge_single_line_is_refused_quickly(letters: Project, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("word " * 2_000_000 + "\n", encoding="utf-8")  # 10 MB, one line
    message = refused(letters, "add", str(huge), naming="huge.txt")
    assert "limit" in message or "longer than" in message


# ---- item 8: silent oddities -----------------------------------------------------------------
def test_a_broken_tmx_in_the_memory_folder_is_skipped_with_a_warning(letters: Project) -> None:
    folder = letters.translations_dir / "tm"
    folder.mkdir(exist_ok=True)
    (folder / "broken.tmx").write_text("<tmx><body><tu>", encoding="utf-8")
    result = run_workbench(letters, "tm", "search", "letter")
    assert result.returncode == 0, result.stderr
    assert "broken.tmx" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_propagation_mode_is_refused(letters: Project) -> None:
    settings = letters.root / "workbench.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8") + '\n[tm]\npropagate = ["x"]\n', encoding="utf-8"
    )
    refused(letters, "stats", naming="workbench.toml")


# ---- item 6: escape sequences ----------------------------------------------------------------
def test_escape_sequences_from_user_data_never_reach_the_terminal(
    letters: Project, tmp_path: Path
) -> None:
    title = "\x1b]0;pwned\x07"
    source = tmp_path / "escapes.txt"
    source.write_text(f"A letter {title} from the colony.\n\nSecond \x9b31m line.\n", "utf-8")
    assert run_workbench(letters, "add", str(source)).returncode == 0
    comment = run_workbench(letters, "comment", "add", "escapes", "1", f"see {title} here\rX")
    assert comment.returncode == 0, comment.stderr
    outputs = []
    for command in (
        ("qa", "--check", "untranslated"),
        ("comment", "list"),
        ("comment", "list", "--json"),
        ("stats",),
        ("tm", "concordance", "letter"),
        ("history", "escapes", "s-nothing"),
    ):
        result = run_workbench(letters, *command)
        assert "Traceback" not in result.stderr
        outputs.append(result.stdout + result.stderr)
    text = "".join(outputs)
    assert "pwned" in text  # the text is shown ...
    assert not any(char in text for char in "\x1b\x07\x9b\r")  # ... its controls are not
    assert "\\u001b" in text


# ---- item 9: a DTD in any XML part of a DOCX -------------------------------------------------
DTD_PART = (
    b'<?xml version="1.0"?>\n<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)


def repacked_docx(tmp_path: Path, declare: bool) -> Path:
    import docx

    made = docx.Document()
    made.add_paragraph("A harmless sentence.")
    plain = tmp_path / "plain.docx"
    made.save(str(plain))
    target = tmp_path / ("declared.docx" if declare else "sniffed.docx")
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(target, "w") as package:
        for info in source.infolist():
            data = source.read(info.filename)
            if declare and info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/main.bin" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                    b"</Types>",
                )
            if declare and info.filename == "_rels/.rels":
                data = data.replace(b"word/document.xml", b"word/main.bin")
            package.writestr(info, data)
        package.writestr("word/main.bin" if declare else "word/extra.dat", DTD_PART)
    return target


@pytest.mark.parametrize("declare", [True, False], ids=["declared", "sniffed"])
def test_a_dtd_in_a_part_not_named_xml_is_refused(
    letters: Project, tmp_path: Path, declare: bool
) -> None:
    path = repacked_docx(tmp_path, declare)
    message = refused(letters, "add", str(path), naming=path.name)
    assert "DTD" in message and ("main.bin" in message or "extra.dat" in message)


# ---- item 5: sync commits only files that read -----------------------------------------------
@pytest.mark.parametrize(
    ("name", "damage", "line"),
    [
        ("glossary.yml", "entries:\n  - id: x\n    terms: [unclosed\n", 4),
        ("workbench.toml", '[project]\nsource_lang = "en"\ntarget_langs = [\n', 0),
        ("translations/ru/letters.po", "<<<<<<< ours\n", 0),
    ],
)
def test_sync_refuses_to_commit_a_file_that_does_not_read(
    repo: Project, name: str, damage: str, line: int
) -> None:
    path = repo.root / name
    if name.endswith(".po"):
        path.write_text(damage + path.read_text(encoding="utf-8"), encoding="utf-8")
    else:
        path.write_text(damage, encoding="utf-8")
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo.root, capture_output=True, text=True
    ).stdout
    result = run_workbench(repo, "sync")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    message = result.stderr.strip().splitlines()[-1]
    assert name.rsplit("/", 1)[-1] in message
    if name != "workbench.toml":  # without it the project itself cannot be read
        assert "nothing committed" in message
    if line:
        assert f":{line}" in message
    after = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo.root, capture_output=True, text=True
    ).stdout
    assert after == head
