import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.tm.conftest import unit
from workbench.app.memory.project_memory import load_project_memory
from workbench.app.memory.tm_analysis import analyse
from workbench.cli import main
from workbench.domain.workflow import confirm, mark_draft
from workbench.formats.tmx import write_tmx

TEXT = (
    "The FSB detained 3 activists in Moscow.\n\nThey were taken to the SIZO.\n\n"
    "The FSB detained 5 activists in Moscow.\n\nThey were taken to the SIZO.\n\n"
    "Nobody knows where he is.\n"
)


@pytest.fixture
def project(project_factory, tmp_path):
    project = project_factory()
    source = tmp_path / "report.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["--project", str(project.root), "add", str(source)]) == 0
    document = project.documents()[0]
    catalog = project.load_catalog(document, "ru")
    confirm(catalog.units[0], "ФСБ задержала 3 активистов в Москве.", "vera")
    mark_draft(catalog.units[1], "Их доставили в СИЗО.", "vera")
    catalog.save("vera")
    return project


def run(project, *args: str) -> int:
    return main(["--project", str(project.root), *args])


def test_for_project_indexes_translated_units_and_caches_the_index(project):
    memory = load_project_memory(project)
    assert len(memory) == 2
    (best,) = memory.lookup("The FSB detained 4 activists in Moscow.", "en", "ru", limit=1)
    assert best.unit.origin == "report" and best.unit.by == "vera"
    assert best.unit.segment_id.startswith("report/s-")
    assert best.fixed_target == "ФСБ задержала 4 активистов в Москве."
    cache = project.cache_dir / "tm" / "project"
    assert (cache / "inputs.json").exists()
    # an unchanged project loads the cache; a changed PO makes it rebuild
    stamp = (cache / "inputs.json").stat().st_mtime_ns
    load_project_memory(project)
    assert (cache / "inputs.json").stat().st_mtime_ns == stamp
    document = project.documents()[0]
    catalog = project.load_catalog(document, "ru")
    confirm(catalog.units[4], "Никто не знает, где он.", "vera")
    catalog.save("vera")
    memory = load_project_memory(project)
    assert len(memory) == 3
    assert memory.lookup("Nobody knows where he is.", "en", "ru")[0].score == 100


def test_damaged_cache_is_rebuilt(project):
    load_project_memory(project)
    for path in (project.cache_dir / "tm" / "project").rglob("postings.npy"):
        path.write_bytes(b"garbage")
    assert len(load_project_memory(project)) == 2


def test_tm_search_json_and_stdin(project, capsys):
    assert run(project, "tm", "search", "--json", "They were taken to SIZO.") == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["source"] == "They were taken to the SIZO." and item["origin"] == "report"
    assert item["score"] < 100 and item["state"] == "draft"
    import io
    import sys

    stdin = sys.stdin
    sys.stdin = io.StringIO("They were taken to the SIZO.\nzzz qqq\n")
    try:
        assert run(project, "tm", "search", "--stdin") == 0
    finally:
        sys.stdin = stdin
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and json.loads(lines[1]) == []
    assert json.loads(lines[0])[0]["target"] == "Их доставили в СИЗО."


def test_tm_import_and_export(project, tmp_path, capsys):
    tmx_file = tmp_path / "other.tmx"
    write_tmx(tmx_file, [unit("Nobody knows where he is.", "Никто не знает, где он.")], "en")
    assert run(project, "tm", "import", str(tmx_file)) == 0
    assert (project.translations_dir / "tm" / "other.tmx").exists()
    capsys.readouterr()
    assert run(project, "tm", "search", "--json", "Nobody knows where he is.") == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["origin"] == "other.tmx" and item["score"] == 100  # exact, whatever the origin
    assert item["penalty"] == 2
    out = tmp_path / "export.tmx"
    assert run(project, "tm", "export", str(out)) == 0
    validate = subprocess.run(
        [str(REPO.parent / "shared" / "tools" / "validate-exports"), str(out)], capture_output=True
    )
    assert validate.returncode == 0, validate.stderr
    exported = out.read_text(encoding="utf-8")
    assert "ФСБ задержала" in exported and "Никто не знает" not in exported
    assert run(project, "tm", "export", "--all", str(out)) == 0
    assert "Никто не знает" in out.read_text(encoding="utf-8")


def test_tm_import_refuses_bad_files_and_imports_nothing(project, tmp_path, capsys):
    bomb = tmp_path / "bomb.tmx"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "x">]><tmx/>', encoding="utf-8")
    assert run(project, "tm", "import", str(bomb)) == 2
    assert "refused" in capsys.readouterr().err
    wrong = tmp_path / "de.tmx"
    write_tmx(wrong, [unit("Hallo", "Bonjour", source_lang="de", target_lang="fr")], "de")
    assert run(project, "tm", "import", str(wrong)) == 2
    assert "do not match this project" in capsys.readouterr().err
    assert not (project.translations_dir / "tm").exists()


def test_pretranslate_fills_exact_then_fuzzy_as_drafts(project, capsys):
    assert run(project, "pretranslate") == 0
    out = capsys.readouterr().out
    assert "1 filled as drafts (1 exact or in-context, 0 fuzzy)" in out
    document = project.documents()[0]
    units = project.load_catalog(document, "ru").units
    assert units[3].target == "Их доставили в СИЗО." and units[3].fuzzy
    assert units[2].target == ""
    assert run(project, "pretranslate", "--min-score", "90") == 0
    units = project.load_catalog(document, "ru").units
    assert units[2].target == "ФСБ задержала 5 активистов в Москве." and units[2].fuzzy
    assert units[4].target == ""


def test_concordance_cli(project, capsys):
    assert run(project, "tm", "concordance", "--json", "сизо") == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["target"] == "Их доставили в СИЗО." and item["spans"] == [["target", 15, 19]]


def test_analysis_buckets(project):
    result = analyse(project, "ru")
    buckets = result["report"]
    # the memory holds segments 1 and 2 only, and a segment never matches itself
    assert buckets["repetitions"]["segments"] == 1  # the second "They were taken..."
    assert buckets["95-99"]["segments"] == 1  # "... 5 activists" against "... 3 activists"
    assert buckets["no match"]["segments"] == 3
    assert sum(b["segments"] for b in buckets.values()) == 5
    assert str(buckets["repetitions"]) == "1/6"


def test_reading_a_broken_po_is_reported_not_fatal(project, capsys):
    broken = project.translations_dir / "ru" / "broken.po"
    broken.write_text('msgid "x"\nmsgstr "y\n', encoding="utf-8")
    memory = load_project_memory(project)
    assert len(memory) == 2
    assert any("broken.po" in problem for problem in memory.problems)
    assert Path(broken).exists()


def write_po(path: Path, language: str, entries: str) -> Path:
    header = f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: {language}\\n"\n\n'
    path.write_text(header + entries, encoding="utf-8")
    return path


def test_import_po_from_another_project(project, tmp_path, capsys):
    po = write_po(
        tmp_path / "other.po",
        "ru",
        'msgid "Nobody knows where he is."\nmsgstr "Никто не знает, где он."\n\n'
        '#, fuzzy\nmsgid "Free them."\nmsgstr "Свободу им."\n\nmsgid "Untranslated"\nmsgstr ""\n',
    )
    assert run(project, "tm", "import", str(po)) == 0
    assert "Imported 2 units" in capsys.readouterr().out
    memory = load_project_memory(project)
    (match,) = memory.lookup("Nobody knows where he is.", "en", "ru")
    assert match.unit.origin == "other.po" and match.score == 100 and match.penalty == 2
    (draft,) = memory.lookup("Free them.", "en", "ru")
    assert draft.score == 100 and draft.rank_score == 100 - 5 - 2


def test_import_po_with_another_language_pair_is_refused(project, tmp_path, capsys):
    po = write_po(tmp_path / "de.po", "de", 'msgid "Hello"\nmsgstr "Hallo"\n')
    assert run(project, "tm", "import", str(po)) == 2
    assert "language pair en -> de is not this project's (en -> ru)" in capsys.readouterr().err
    assert not (project.translations_dir / "tm").exists()


def test_import_of_a_broken_or_non_utf8_po_names_the_file_and_line(project, tmp_path, capsys):
    broken = write_po(tmp_path / "broken.po", "ru", 'msgid "One"\nmsgstr "Один\n')
    assert run(project, "tm", "import", str(broken)) == 2
    error = capsys.readouterr().err
    assert "broken.po:7: malformed PO file" in error and "Traceback" not in error
    latin = tmp_path / "latin.po"
    latin.write_bytes(b'msgid ""\nmsgstr "Language: ru\\n"\n\nmsgid "Caf\xe9"\nmsgstr "x"\n')
    assert run(project, "tm", "import", str(latin)) == 2
    assert "latin.po: is not UTF-8" in capsys.readouterr().err
    assert not (project.translations_dir / "tm").exists()


def test_propagation_finds_a_repetition_wrapped_by_msgcat_and_skips_other_files(tmp_path):
    """The word pre-filter must not miss a source that another tool wrapped over lines."""
    from tests.tui.conftest import build_project
    from workbench.app.memory.pretranslate import may_hold, propagate
    from workbench.storage.project import Project

    long_source = (
        "Supporters of the anarchist mathematician gathered outside the court building "
        "in Moscow again today, holding letters and flowers for the political prisoners."
    )
    root = tmp_path / "p"
    build_project(root, [long_source, "Unrelated sentence."], {})
    project = Project.load(root)
    path = project.translations_dir / "ru" / "letters.po"
    wrapped = subprocess.run(
        ["msgcat", "--width=40", str(path)], check=True, capture_output=True, text=True
    ).stdout
    path.write_text(wrapped, encoding="utf-8")
    assert 'msgid ""\n"Supporters of the' in wrapped  # the source is now over several lines
    assert may_hold(path, long_source)
    assert not may_hold(path, "Nothing about the zebra here.")

    filled = propagate(project, long_source, "перевод", "ru")
    assert filled == 1
    again = project.load_catalog(project.document("letters"), "ru").units
    assert (again[0].target, str(again[0].state)) == ("перевод", "draft")
    before = path.stat().st_mtime_ns
    assert propagate(project, "Nothing about the zebra here.", "х", "ru") == 0
    assert path.stat().st_mtime_ns == before
