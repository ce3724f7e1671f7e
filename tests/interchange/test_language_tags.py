"""Language tags match by primary subtag (BCP 47) wherever a file names a language."""

from __future__ import annotations

from pathlib import Path

from tests.interchange.conftest import SAMPLE_DOC
from tests.interchange.test_import_merge import catalog, export, translated_ids
from workbench.app.exchange.interchange import import_xliff
from workbench.cli import main
from workbench.domain.langtags import project_language, same_language
from workbench.domain.model import State
from workbench.formats.tbx import read_tbx
from workbench.formats.tmx import read_tmx
from workbench.storage.project import Project

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"
 srclang="ru" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="ru-RU"><seg>Азат не сломался.</seg></tuv>
<tuv xml:lang="en-GB"><seg>Azat did not break.</seg></tuv></tu>
<tu><tuv xml:lang="RU"><seg>Его пытали.</seg></tuv><tuv xml:lang="en_US"><seg>He was tortured.</seg></tuv></tu>
<tu><tuv xml:lang="ru"><seg>СИЗО.</seg></tuv><tuv xml:lang="en"><seg>SIZO.</seg></tuv></tu>
</body>
</tmx>
"""

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en-US"><text><body>
<termEntry id="sizo">
 <langSet xml:lang="en-GB"><tig><term>SIZO</term></tig></langSet>
 <langSet xml:lang="ru-RU"><tig><term>СИЗО</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def test_the_rule() -> None:
    assert same_language("ru", "ru-RU") and same_language("RU_ru", "ru")
    assert not same_language("ru", "uk") and not same_language("", "")
    assert project_language("en-GB", ("ru", "en")) == "en"
    assert project_language("ru-RU", ("ru-RU", "ru")) == "ru-RU"  # exact first
    assert project_language("de", ("ru",)) is None


def test_tmx_variants_with_region_codes_are_all_read(tmp_path: Path) -> None:
    path = tmp_path / "memory.tmx"
    path.write_text(TMX, encoding="utf-8")
    content = read_tmx(path)
    assert content.problems == []
    assert [u.target for u in content.units] == ["Azat did not break.", "He was tortured.", "SIZO."]


def test_tbx_region_codes_name_the_project_languages(tmp_path: Path) -> None:
    path = tmp_path / "glossary.tbx"
    path.write_text(TBX, encoding="utf-8")
    [entry] = read_tbx(path, ("en", "ru"))
    assert entry.terms == {"en": ["SIZO"], "ru": ["СИЗО"]}


def test_xliff_with_region_codes_imports(sample: Project, tmp_path: Path) -> None:
    [untranslated] = translated_ids(sample, State.UNTRANSLATED, 1)
    path = export(sample, tmp_path, "1.2")
    text = path.read_text(encoding="utf-8")
    text = text.replace('source-language="en"', 'source-language="en-US"')
    text = text.replace('target-language="ru"', 'target-language="ru-RU"')
    path.write_text(text, encoding="utf-8")
    [report] = import_xliff(sample, path)
    assert report.lang == "ru" and report.kept_newer == 0


def test_po_with_a_locale_imports(sample: Project, tmp_path: Path, capsys) -> None:
    path = tmp_path / f"{SAMPLE_DOC}.po"
    text = catalog(sample).path.read_text(encoding="utf-8")
    path.write_text(text.replace("Language: ru\\n", "Language: ru_RU\\n"), encoding="utf-8")
    assert "Language: ru_RU" in path.read_text(encoding="utf-8")
    assert main(["--project", str(sample.root), "import", str(path)]) == 0
    assert "0 applied" in capsys.readouterr().out


def test_a_source_language_with_a_region_is_not_a_mismatch(project_factory, tmp_path) -> None:
    from workbench.app.documents.importer import DETECTED_LANGUAGE, add_document

    project = project_factory(source="en-GB", targets=("ru",))
    source = tmp_path / "letter.txt"
    source.write_text(
        "Azat Miftakhov is a mathematician from Moscow State University. He has been held "
        "in prison since 2019, and his friends write to him every week.\n",
        encoding="utf-8",
    )
    report = add_document(project, source)
    assert report.detected_lang == "en" and report.warnings == []
    catalog = project.load_catalog(project.document("letter"), "ru")
    assert DETECTED_LANGUAGE not in catalog.header
