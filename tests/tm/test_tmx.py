import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO, require_tool
from tests.tm.conftest import unit
from workbench.domain.errors import InputError
from workbench.formats.tmx import read_tmx, write_tmx

VALIDATE = REPO.parent / "shared" / "tools" / "validate-exports"

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
HEADER = (
    '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" '
    'adminlang="en" srclang="en" datatype="plaintext"/>'
)


def tmx(body: str, header: str = HEADER, prolog: str = "") -> str:
    return f'{HEAD}{prolog}<tmx version="1.4">\n{header}\n<body>\n{body}\n</body>\n</tmx>\n'


def tu(source: str, target: str, lang: str = "ru") -> str:
    return (
        f'<tu><tuv xml:lang="en"><seg>{source}</seg></tuv>'
        f'<tuv xml:lang="{lang}"><seg>{target}</seg></tuv></tu>'
    )


def write(tmp_path: Path, text: str, name: str = "memory.tmx") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_round_trip_keeps_units_and_validates_against_the_dtd(tmp_path):
    require_tool("xmllint")
    units = [
        unit(
            "He was sent to <b>SHIZO</b> & back.",
            "Его отправили в ШИЗО.",
            by="vera",
            at="2026-11-20T10:00:00Z",
            origin="report",
            prev_source="Before.",
            next_source=None,
        ),
        unit('Draft "quoted" text', "Черновик «в кавычках»", state="draft", origin="letters"),
    ]
    path = tmp_path / "out.tmx"
    assert write_tmx(path, units, "en") == 2
    result = subprocess.run([str(VALIDATE), str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    back = read_tmx(path, origin="report")
    assert back.problems == []
    first, second = back.units
    assert first.source == units[0].source and first.target == units[0].target
    assert (first.by, first.at, first.prev_source, first.next_source) == (
        "vera",
        "2026-11-20T10:00:00Z",
        "Before.",
        None,
    )
    assert second.state == "draft"


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30
).filter(lambda s: s.strip() and s == s.strip())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(texts, texts), min_size=1, max_size=5))
def test_property_round_trip(tmp_path_factory, pairs):
    path = tmp_path_factory.mktemp("tmx") / "p.tmx"
    write_tmx(path, [unit(s, t) for s, t in pairs], "en")
    back = read_tmx(path)
    assert [(u.source, u.target) for u in back.units] == pairs


def test_billion_laughs_is_refused(tmp_path):
    prolog = (
        '<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
    )
    path = write(tmp_path, tmx(tu("&c;", "x"), prolog=prolog))
    with pytest.raises(InputError, match="refused"):
        read_tmx(path)


def test_external_entity_is_refused_and_does_not_leak(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    prolog = f'<!DOCTYPE tmx [<!ENTITY leak SYSTEM "file://{secret}">]>\n'
    path = write(tmp_path, tmx(tu("&leak;", "x"), prolog=prolog))
    with pytest.raises(InputError) as error:
        read_tmx(path)
    assert "TOP-SECRET" not in str(error.value)
    assert "refused" in str(error.value)


def test_broken_xml_names_the_line(tmp_path):
    path = write(tmp_path, tmx(tu("a", "b") + "\n<tu><tuv xml:lang='en'><seg>oops</tuv></tu>"))
    with pytest.raises(InputError) as error:
        read_tmx(path)
    assert error.value.line == 6
    assert str(error.value).startswith(f"{path}:6: not well-formed XML")


def test_missing_source_language_is_an_error(tmp_path):
    header = HEADER.replace(' srclang="en"', "")
    with pytest.raises(InputError, match="srclang"):
        read_tmx(write(tmp_path, tmx(tu("a", "b"), header=header)))


def test_not_a_tmx_file(tmp_path):
    with pytest.raises(InputError, match="not a TMX"):
        read_tmx(write(tmp_path, HEAD + "<html><body/></html>"))
    with pytest.raises(InputError, match="no such file"):
        read_tmx(tmp_path / "missing.tmx")


def test_bad_units_are_skipped_and_reported(tmp_path):
    body = "\n".join(
        [
            tu("Good one.", "Хороший."),
            '<tu tuid="7"><tuv xml:lang="ru"><seg>только перевод</seg></tuv></tu>',
            '<tu><tuv xml:lang="en"><seg>No translation</seg></tuv></tu>',
            '<tu><tuv><seg>no lang</seg></tuv><tuv xml:lang="ru"><seg>x</seg></tuv></tu>',
            tu("Another good one.", "Ещё один.", lang="ru-RU"),
        ]
    )
    content = read_tmx(write(tmp_path, tmx(body)))
    assert [u.source for u in content.units] == ["Good one.", "Another good one."]
    assert content.units[1].target_lang == "ru-RU"
    assert len(content.problems) == 3
    assert content.problems[0].startswith("unit 2 (tuid 7): no text in the source language en")


def test_inline_codes_are_kept_as_text(tmp_path):
    body = (
        '<tu><tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept>'
        '</seg></tuv><tuv xml:lang="ru"><seg>Нажмите <ph>%s</ph></seg></tuv></tu>'
    )
    (only,) = read_tmx(write(tmp_path, tmx(body))).units
    assert only.source == "Press <b>OK</b>" and only.target == "Нажмите %s"
