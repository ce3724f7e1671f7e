"""A seeded fuzzer over every reader of untrusted files.

Each reader starts from a valid file made by the workbench itself (or the sample project),
and reads mutants of it: bytes flipped, inserted, deleted, repeated (deep nesting), truncated,
tokens of the format spliced in, invalid UTF-8, odd encodings declared; for DOCX also XML
parts mutated inside a well-formed zip. A mutant must be read or refused with a
`WorkbenchError`; anything else is a failure:

- "traceback": any other exception,
- "hang": one mutant ran longer than the per-mutant budget,
- "written": the reader refused the file but a project file changed.

Run one reader in its own process (the tests do, with a timeout, so a hang in C code is
caught too):

    .venv/bin/python -m tests.reliability.fuzz --reader markdown --reader html --mutants 100

The test `tests/reliability/test_fuzz.py` runs every reader: a few hundred mutants in all by
default, more with `WORKBENCH_FUZZ_MUTANTS=1000` (and another seed with WORKBENCH_FUZZ_SEED).

It prints one JSON line per mutant started and per failure, and a summary line at the end.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import signal
import sys
import tempfile
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
MUTANT_SECONDS = 10.0

XML_TOKENS = (
    b"<",
    b">",
    b"&",
    b'"',
    b"</",
    b"/>",
    b"&amp;",
    b"&e;",
    b"&#0;",
    b"&#xD800;",
    b"&#1114112;",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b"-->",
    b'<!DOCTYPE a [<!ENTITY e "xx">]>',
    b'<!DOCTYPE a SYSTEM "file:///etc/passwd">',
    b'<?xml version="1.0" encoding="x-unknown"?>',
    b'<?xml version="1.0" encoding="utf-16"?>',
    b'<?xml version="1.0" encoding="cp1251"?>',
    b'xml:lang=""',
    b' state="approved"',
    b" xmlns:x=",
    b"<seg>",
    b"<tu>",
    b"<source>",
    b"<target>",
    b"<trans-unit>",
    b"<unit>",
    b"<segment>",
    b"<w:p>",
    b"<w:r><w:t>",
    b"<termEntry>",
    b"<langSet>",
)
PO_TOKENS = (
    b'msgid "',
    b'msgstr "',
    b'msgctxt "',
    b"msgid_plural ",
    b'msgstr[0] "',
    b"#~ ",
    b"#| ",
    b"#, fuzzy",
    b"#: ",
    b"#. ",
    b"# wb review {",
    b'# wb comment {"id": 1}',
    b"\\",
    b'"',
    b"\n\n",
    b'"Content-Type: text/plain; charset=KOI8-R\\n"',
    b'"Language: xx\\n"',
)
YAML_TOKENS = (
    b": ",
    b"- ",
    b"&a ",
    b"*a",
    b"!!python/object:os.system ",
    b"{",
    b"[",
    b"]",
    b"}",
    b"\t",
    b"---\n",
    b"...\n",
    b"? ",
    b"|\n",
    b"<<: *a",
    b"terms:",
    b"id:",
    b"~",
    b"'",
    b'"',
)
MARKDOWN_TOKENS = (
    b"> ",
    b"- ",
    b"1. ",
    b"```",
    b"~~~",
    b"| a | b |\n|---|---|\n",
    b"# ",
    b"    ",
    b"<div>",
    b"</div>",
    b"---\n",
    b"[x](y)",
    b"![i](j)",
    b"<!--",
    b"*",
    b"_",
    b"`",
    b"\\",
    b"\r",
)
HTML_TOKENS = (
    b"<p>",
    b"</p>",
    b"<script>",
    b"</script>",
    b"<!--",
    b"-->",
    b"&amp;",
    b"&#0;",
    b"&#xffffff;",
    b"<br/>",
    b"<div>",
    b"<table><tr><td>",
    b"<li>",
    b"<pre>",
    b'<meta charset="x-unknown">',
    b"<![CDATA[",
    b"<",
    b">",
)
ODD_BYTES = (b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3\x28", b"\xed\xa0\x80", b"\x1b]0;t\x07")


# ---- mutators --------------------------------------------------------------------------------
def _flip(rng: random.Random, data: bytes, _tokens: tuple[bytes, ...]) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _insert_token(rng: random.Random, data: bytes, tokens: tuple[bytes, ...]) -> bytes:
    at = rng.randint(0, len(data))
    return data[:at] + rng.choice(tokens + ODD_BYTES) + data[at:]


def _delete(rng: random.Random, data: bytes, _tokens: tuple[bytes, ...]) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, max(1, len(data) // 8)) :]


def _repeat(rng: random.Random, data: bytes, tokens: tuple[bytes, ...]) -> bytes:
    """A slice or a token repeated, up to deep nesting and long lines."""
    times = rng.choice((2, 10, 300, 3000))
    if rng.random() < 0.5 and data:
        start = rng.randrange(len(data))
        piece = data[start : start + rng.randint(1, 40)]
    else:
        piece = rng.choice(tokens)
    at = rng.randint(0, len(data))
    return data[:at] + piece * times + data[at:]


def _truncate(rng: random.Random, data: bytes, _tokens: tuple[bytes, ...]) -> bytes:
    return data[: rng.randint(0, len(data))]


def _swap(rng: random.Random, data: bytes, _tokens: tuple[bytes, ...]) -> bytes:
    if len(data) < 4:
        return data
    a, b = sorted(rng.sample(range(len(data)), 2))
    size = rng.randint(1, max(1, min(b - a, 64)))
    return (
        data[:a] + data[b : b + size] + data[a + size : b] + data[a : a + size] + data[b + size :]
    )


def _numbers(rng: random.Random, data: bytes, _tokens: tuple[bytes, ...]) -> bytes:
    digits = [i for i, byte in enumerate(data) if 48 <= byte <= 57]
    if not digits:
        return data
    at = rng.choice(digits)
    return data[:at] + rng.choice((b"99999999999999999999", b"-1", b"0", b"1e309")) + data[at + 1 :]


MUTATORS: tuple[Callable[[random.Random, bytes, tuple[bytes, ...]], bytes], ...] = (
    _flip,
    _insert_token,
    _insert_token,
    _delete,
    _repeat,
    _truncate,
    _swap,
    _numbers,
)


def mutate(rng: random.Random, data: bytes, tokens: tuple[bytes, ...]) -> bytes:
    for _ in range(rng.randint(1, 3)):
        data = rng.choice(MUTATORS)(rng, data, tokens)
    return data


W_FRAGMENTS = (
    b"<w:p><w:r><w:t>Extra words. More words.</w:t></w:r></w:p>",
    b'<w:p><w:pPr><w:pStyle w:val="Heading9"/><w:numPr/></w:pPr><w:r><w:t>H</w:t></w:r></w:p>',
    b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    b'<w:r><w:tab/><w:br/><w:cr/><w:t xml:space="preserve"> x </w:t></w:r>',
    b"<w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink>",
    b"<w:tr><w:tc><w:tbl/></w:tc></w:tr>",
    b"<w:t></w:t>",
)


def _well_formed_insert(rng: random.Random, data: bytes) -> bytes:
    """An element (or hundreds nested) inserted after a tag: the XML stays well-formed."""
    ends = [i + 1 for i, byte in enumerate(data) if byte == 62 and data[i - 1 : i] != b"?"]
    if not ends:
        return data
    at = rng.choice(ends)
    if rng.random() < 0.3:
        depth = rng.choice((50, 300, 3000))
        tag = rng.choice((b"w:sdt", b"w:sdtContent", b"w:customXml", b"w:tc", b"w:tbl"))
        piece = (b"<%s>" % tag) * depth + b"<w:p/>" + (b"</%s>" % tag) * depth
    else:
        piece = rng.choice(W_FRAGMENTS)
    return data[:at] + piece + data[at:]


def mutate_package(rng: random.Random, data: bytes) -> bytes:
    """A DOCX mutant: the zip's bytes (one in three), or one XML part inside a good zip."""
    if rng.random() < 0.33:
        return mutate(rng, data, XML_TOKENS)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    names = sorted(parts)
    weights = [8 if name == "word/document.xml" else 1 for name in names]
    name = rng.choices(names, weights)[0]
    if rng.random() < 0.5:
        parts[name] = _well_formed_insert(rng, parts[name])
    else:
        parts[name] = mutate(rng, parts[name], XML_TOKENS)
    if rng.random() < 0.1:  # a part renamed (the content types keep the old name)
        parts[name.rsplit(".", 1)[0] + ".bin"] = parts.pop(name)
    out = io.BytesIO()
    method = rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
    with zipfile.ZipFile(out, "w", method) as package:
        for part, content in parts.items():
            package.writestr(part, content)
    return out.getvalue()


# ---- the project and the seeds ---------------------------------------------------------------
TEXT = (
    "Azat Miftakhov is a mathematician held in the SIZO since 2019. He was moved to a penal "
    "colony in Omsk.\n\nHis lawyer, Svetlana Sidorkina, filed an appeal on 12 March. The FSB "
    "called it “justification of terrorism” (Art. 205.2).\n\nLetters reach him slowly.\n"
)
MARKDOWN = """---
title: Letters
---
# Letters from the colony

Azat *Miftakhov* wrote on **12 March** about the [SIZO](https://example.org) and `code`.

> A quote from the letter.
> > Nested once.

1. First item with a sentence. And a second one.
2. Second item
   - nested bullet

| Name | Place |
|------|-------|
| Azat | Omsk  |

```
kept as is
```

<div>Some inline HTML.</div>
"""
HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Letters</title>
</head><body><h1>Letters</h1><p>Azat <em>Miftakhov</em> wrote from the SIZO. He waits.</p>
<ul><li>One item.</li><li>Two <a href="x">items</a>.</li></ul>
<table><tr><td>Omsk</td><td>2019</td></tr></table><pre>kept</pre>
<script>var x = "<p>";</script><p>Last&nbsp;one &amp; done.</p></body></html>
"""


@dataclass
class Workshop:
    project: Any
    scratch: Path


def make_workshop(folder: Path) -> Workshop:
    from workbench.app.documents.importer import add_document
    from workbench.app.editing.session import EditingSession
    from workbench.storage.project import Project

    project = Project.init(folder / "proj", "en", ("ru",), "fuzzer")
    (project.root / "glossary.yml").write_bytes((REPO / "glossary.yml").read_bytes())
    source = folder / "letters.txt"
    source.write_text(TEXT, encoding="utf-8")
    add_document(project, source)
    session = EditingSession(project, project.document("letters"), "ru")
    session.confirm(0, "Азат Мифтахов — математик, он в СИЗО с 2019 года.")
    session.draft(1, "Его перевели в колонию в Омске.")
    session.comment(2, "check the date")
    session.approve(0)
    session.fold()
    session.close()
    scratch = folder / "scratch"
    scratch.mkdir()
    return Workshop(project, scratch)


def _docx_seed() -> bytes:
    import docx

    made = docx.Document()
    made.add_heading("Letters from the colony", level=1)
    made.add_paragraph("Azat Miftakhov wrote from the SIZO. He waits for the appeal.")
    made.add_paragraph("A bullet item.", style="List Bullet")
    table = made.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Omsk"
    table.rows[0].cells[1].text = "2019"
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class Reader:
    suffix: str
    tokens: tuple[bytes, ...]
    seed: Callable[[Workshop], bytes]
    read: Callable[[Workshop, Path], object]
    package: bool = False


def _po_seed(shop: Workshop) -> bytes:
    return shop.project.catalog_path(shop.project.document("letters"), "ru").read_bytes()


def _po_read(shop: Workshop, path: Path) -> object:
    from workbench.app.exchange.po_import import import_po
    from workbench.storage.catalog import Catalog

    Catalog.load(path)
    return import_po(shop.project, path)


def _xliff_seed(version: str) -> Callable[[Workshop], bytes]:
    def seed(shop: Workshop) -> bytes:
        from workbench.app.exchange.interchange import export_xliff

        return export_xliff(shop.project, shop.project.document("letters"), "ru", version)

    return seed


def _xliff_read(shop: Workshop, path: Path) -> object:
    from workbench.app.exchange.interchange import import_xliff

    return import_xliff(shop.project, path)


def _tmx_seed(shop: Workshop) -> bytes:
    from workbench.app.memory.project_memory import catalog_units
    from workbench.formats.tmx import render_tmx

    catalog = shop.project.load_catalog(shop.project.document("letters"), "ru")
    units = [u for u in catalog_units(catalog, "letters", "en", "ru") if u.target]
    return render_tmx(units, "en").encode("utf-8")


def _tmx_read(shop: Workshop, path: Path) -> object:
    from workbench.formats.tmx import read_tmx

    return read_tmx(path)


def _tbx_seed(shop: Workshop) -> bytes:
    from workbench.formats.tbx import render_tbx
    from workbench.storage.glossary import load_glossary

    return render_tbx(load_glossary(shop.project.glossary_path).entries[:30], "en")


def _tbx_read(shop: Workshop, path: Path) -> object:
    from workbench.formats.tbx import read_tbx
    from workbench.storage.glossary import merge_entries

    entries = read_tbx(path, ("en", "ru"))
    return merge_entries(shop.project.glossary_path, entries)


def _glossary_seed(shop: Workshop) -> bytes:
    return shop.project.glossary_path.read_bytes()


def _glossary_read(shop: Workshop, path: Path) -> object:
    from workbench.storage.glossary import add_entry, load_glossary

    load_glossary(path)
    return add_entry(path, {"en": ["fuzzword"], "ru": ["фаззслово"]})


def _text_seed(text: str) -> Callable[[Workshop], bytes]:
    return lambda _shop: text.encode("utf-8")


def _add_read(shop: Workshop, path: Path) -> object:
    from workbench.app.documents.importer import add_document

    return add_document(shop.project, path)


def _review_seed(shop: Workshop) -> bytes:
    from workbench.app.exchange.interchange import export_review_docx

    return export_review_docx(shop.project, shop.project.document("letters"), "ru")


def _review_read(shop: Workshop, path: Path) -> object:
    from workbench.app.exchange.interchange import import_review_docx

    return import_review_docx(shop.project, path)


READERS: dict[str, Reader] = {
    "po": Reader(".po", PO_TOKENS, _po_seed, _po_read),
    "xliff12": Reader(".xlf", XML_TOKENS, _xliff_seed("1.2"), _xliff_read),
    "xliff20": Reader(".xlf", XML_TOKENS, _xliff_seed("2.0"), _xliff_read),
    "tmx": Reader(".tmx", XML_TOKENS, _tmx_seed, _tmx_read),
    "tbx": Reader(".tbx", XML_TOKENS, _tbx_seed, _tbx_read),
    "glossary": Reader(".yml", YAML_TOKENS, _glossary_seed, _glossary_read),
    "markdown": Reader(".md", MARKDOWN_TOKENS, _text_seed(MARKDOWN), _add_read),
    "html": Reader(".html", HTML_TOKENS, _text_seed(HTML), _add_read),
    "docx": Reader(".docx", XML_TOKENS, lambda _shop: _docx_seed(), _add_read, package=True),
    "review_docx": Reader(".docx", XML_TOKENS, _review_seed, _review_read, package=True),
}


# ---- running ---------------------------------------------------------------------------------
class Hang(BaseException):
    pass


def _on_alarm(_signum: int, _frame: object) -> None:
    raise Hang()


def project_files(root: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if ".workbench" in relative.parts or not path.is_file():
            continue
        files[relative.as_posix()] = path.read_bytes()
    return files


def _where(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    last = frames[-1] if frames else None
    place = f" at {Path(last.filename).name}:{last.lineno}" if last else ""
    return f"{type(error).__name__}: {str(error)[:200]}{place}"


def run(name: str, mutants: int, seed: int, emit: Callable[[dict[str, Any]], None]) -> dict:
    from workbench.domain.errors import WorkbenchError

    reader = READERS[name]
    counts = {"read": 0, "refused": 0, "traceback": 0, "hang": 0, "written": 0}
    signal.signal(signal.SIGALRM, _on_alarm)
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{name}-") as folder:
        shop = make_workshop(Path(folder))
        original = reader.seed(shop)
        path = shop.scratch / f"fuzz-{name}{reader.suffix}"
        if name == "glossary":
            path = shop.project.glossary_path
        for number in range(mutants):
            rng = random.Random(f"{seed}-{name}-{number}")
            if reader.package:
                data = mutate_package(rng, original)
            else:
                data = mutate(rng, original, reader.tokens)
            path.write_bytes(data)
            before = project_files(shop.project.root)
            emit({"start": number})
            outcome, detail = "read", ""
            signal.setitimer(signal.ITIMER_REAL, MUTANT_SECONDS)
            try:
                reader.read(shop, path)
            except WorkbenchError as error:
                outcome, detail = "refused", str(error)[:200]
            except Hang:
                outcome, detail = "hang", f"over {MUTANT_SECONDS:g} s"
            except Exception as error:  # noqa: BLE001 - exactly what the fuzzer looks for
                outcome, detail = "traceback", _where(error)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if outcome == "refused":
                after = project_files(shop.project.root)
                if name == "glossary":  # the refused file is the mutant itself
                    after[path.name] = before[path.name]
                if after != before:
                    changed = sorted(k for k in after.keys() | before.keys()
                                     if after.get(k) != before.get(k))  # fmt: skip
                    outcome, detail = "written", f"changed on refusal: {changed}"
            counts[outcome] += 1
            if outcome not in ("read", "refused"):
                emit({"mutant": number, "outcome": outcome, "detail": detail, "seed": seed})
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reader", choices=sorted(READERS), action="append", required=True)
    parser.add_argument("--mutants", type=int, default=40, help="per reader")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    def emit(item: dict[str, Any]) -> None:
        print(json.dumps(item, ensure_ascii=True), flush=True)

    for name in args.reader:
        emit({"reader": name})
        counts = run(name, args.mutants, args.seed, emit)
        emit({"done": name, "counts": counts})
    return 0


if __name__ == "__main__":
    sys.exit(main())
