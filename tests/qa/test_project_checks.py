from __future__ import annotations

from pathlib import Path

import pytest

from tests.qa.conftest import make_project
from workbench.app.quality.qa_run import check_project, context_for_project
from workbench.domain.errors import InputError, WorkbenchError
from workbench.domain.qa import check_unit, ignore_finding
from workbench.domain.qa.names import name_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Miftakhov", "Miftahov"),
        ("Ilya", "Ilia"),
        ("Yevgeny", "Evgeny"),
        ("Lesnykh", "Lesnyh"),
        ("Vasiliy", "Vasily"),
        ("Aleksandr", "Alexandr"),
    ],
)
def test_transliteration_variants_share_a_key(first, second):
    assert name_key(first) == name_key(second)


@pytest.mark.parametrize(
    ("first", "second"), [("Moscow", "Mosul"), ("Ivanov", "Ivanova"), ("Azat", "Arman")]
)
def test_different_names_have_different_keys(first, second):
    assert name_key(first) != name_key(second)


def test_seed_name_spelled_two_ways_in_sources(tmp_path: Path):
    # the seeds: "Azat Miftakhov" in three documents, "Azat Miftahov" in another
    project = make_project(
        tmp_path / "p",
        {
            "who-is": [
                ("Azat Miftakhov's case is full of absurdity.", ""),
                ("Azat Miftakhov is a hero.", ""),
            ],
            "actions": [
                ("Azat Miftahov, Ilia Romanov, Egor Lesnyh, know that you are in our thoughts.", "")
            ],
        },
    )
    findings = check_project(project, checks=["names"])
    assert [(f.document, f.side, f.severity) for f in findings] == [
        ("actions", "source", "warning")
    ]
    assert "'Miftahov' is spelled 'Miftakhov'" in findings[0].message
    source = project.load_catalog(project.document("actions"), "ru").units[0].source
    assert source[findings[0].start : findings[0].end] == "Miftahov"


def test_names_in_english_translations(tmp_path: Path):
    project = make_project(
        tmp_path / "p",
        {
            "a": [
                ("Азат Мифтахов — герой.", "Azat Miftakhov is a hero."),
                ("Мифтахов не сдался.", "Miftakhov did not give up."),
            ],
            "b": [("Свободу Азату Мифтахову!", "Freedom for Azat Miftahov!")],
        },
        source_lang="ru",
        target_lang="en",
    )
    findings = check_project(project, checks=["names"])
    assert [(f.document, f.side) for f in findings] == [("b", "target")]


def test_consistent_names_and_common_words_are_fine(tmp_path: Path):
    project = make_project(
        tmp_path / "p",
        {
            "a": [
                ("Present at the trial were Russian anarchists from Moscow.", ""),
                ("Prevent the torture! Russia must stop.", ""),
                ("Azat Miftakhov is a hero.", ""),
            ],
            "b": [("Azat Miftakhov did not give up in Moscow.", "")],
        },
    )
    assert check_project(project, checks=["names"]) == []


def test_consistency_same_source_different_translations(tmp_path: Path):
    project = make_project(
        tmp_path / "p",
        {
            "a": [
                ("Azat did not break.", "Азат не сломался."),
                ("Our strength is in solidarity!", "Наша сила в солидарности!"),
            ],
            "b": [
                ("Azat did not break.", "Азат не сдался."),
                ("Our strength is in solidarity!", "Наша сила — в солидарности!"),
            ],
        },
    )
    findings = check_project(project, checks=["consistency"])
    assert sorted((f.document, f.segment[-4:]) for f in findings) == [("a", "0000"), ("b", "0000")]
    assert all(f.severity == "warning" for f in findings)


def test_consistency_different_sources_same_translation(tmp_path: Path):
    project = make_project(
        tmp_path / "p",
        {
            "a": [
                ("Наша сила в солидарности.", "Our strength is in solidarity."),
                ("Сила наша в солидарности!", "Our strength is in solidarity."),
            ],
        },
        source_lang="ru",
        target_lang="en",
    )
    findings = check_project(project, checks=["consistency"])
    assert len(findings) == 2 and "different source" in findings[0].message


def test_consistency_ignores_punctuation_only_differences(tmp_path: Path):
    project = make_project(
        tmp_path / "p",
        {
            "a": [
                ("Our strength is in solidarity!", "Наша сила в солидарности!"),
                ("Our strength is in solidarity.", "Наша сила в солидарности!"),
            ],
        },
    )
    assert check_project(project, checks=["consistency"]) == []


def test_settings_disable_and_override_severity(tmp_path: Path):
    settings = '\n[qa]\ndisabled = ["length"]\n\n[qa.severity]\nnumbers = "warning"\n'
    project = make_project(
        tmp_path / "p",
        {
            "a": [
                ("I was held for 72 hours, and it was a very long time indeed.", "Меня держали.")
            ],
        },
        settings=settings,
    )
    findings = check_project(project)
    checks = {(f.check, f.severity) for f in findings}
    assert ("numbers", "warning") in checks
    assert not any(check == "length" for check, _ in checks)


@pytest.mark.parametrize(
    ("settings", "needle"),
    [
        ('\n[qa]\ndisabled = ["lenght"]\n', "no check 'lenght'"),
        ('\n[qa]\ndisabled = "length"\n', "must be a list"),
        ('\n[qa.severity]\nnumbers = "fatal"\n', "'fatal' is not one of"),
    ],
)
def test_bad_settings_are_input_errors_when_the_project_is_read(
    tmp_path: Path, settings: str, needle: str
):
    with pytest.raises(InputError, match=needle) as error:
        make_project(tmp_path / "p", {"a": [("One.", "Один.")]}, settings=settings)
    assert "workbench.toml:" in str(error.value)


def test_ignore_finding_is_stored_and_filters(tmp_path: Path):
    project = make_project(tmp_path / "p", {"a": [("I was held for 72 hours.", "Меня держали.")]})
    document = project.document("a")
    catalog = project.load_catalog(document, "ru")
    ctx = context_for_project(project, "ru").for_document(document)
    unit = catalog.units[0]
    assert any(f.check == "numbers" for f in check_unit(unit, ctx))
    ignore_finding(unit, "numbers", "the hours are in the next sentence", "vera")
    catalog.save()
    reloaded = project.load_catalog(document, "ru").units[0]
    record = reloaded.first_record("ignore")
    assert record is not None and record["check"] == "numbers" and record["by"] == "vera"
    assert not any(f.check == "numbers" for f in check_unit(reloaded, ctx))
    text = project.catalog_path(document, "ru").read_text(encoding="utf-8")
    assert '# wb ignore {"check": "numbers"' in text


def test_ignore_needs_a_known_check_and_a_reason(tmp_path: Path):
    from workbench.domain.model import Unit

    unit = Unit("s-1", "a", "b")
    with pytest.raises(WorkbenchError, match="no such check"):
        ignore_finding(unit, "nope", "because", "vera")
    with pytest.raises(WorkbenchError, match="give a reason"):
        ignore_finding(unit, "numbers", " ", "vera")
    assert unit.records == []


def test_one_document_still_compares_names_with_the_others(tmp_path: Path):
    project = make_project(
        tmp_path / "p",
        {
            "a": [("Azat Miftakhov is a hero.", ""), ("Azat Miftakhov did not give up.", "")],
            "b": [("Azat Miftahov is in prison.", "")],
        },
    )
    assert check_project(project, documents=["a"], checks=["names"]) == []
    assert len(check_project(project, documents=["b"], checks=["names"])) == 1


def test_parallel_run_gives_the_same_findings(tmp_path: Path):
    from workbench.app.quality.qa_run import run_qa

    documents = {
        f"doc{index}": [
            ("Azat Miftakhov was held for 72 hours.", "Азата Мифтахова держали 27 часов."),
            ("Azat Miftahov did not break.", "Азат  не сломался"),
        ]
        for index in range(3)
    }
    project = make_project(tmp_path / "p", documents)
    serial = run_qa(project, workers=1)
    parallel = run_qa(project, workers=2)
    assert serial.findings and parallel.findings == serial.findings
    assert parallel.positions == serial.positions


def test_broken_catalog_in_a_worker_is_a_one_line_error(tmp_path: Path):
    from workbench.app.quality.qa_run import run_qa

    project = make_project(tmp_path / "p", {"a": [("One.", "Один.")], "b": [("Two.", "Два.")]})
    (project.translations_dir / "ru" / "b.po").write_text('msgid "x"\nmsgstr\n', encoding="utf-8")
    with pytest.raises(WorkbenchError, match="b.po"):
        run_qa(project, workers=2)


def test_project_findings_are_remembered_until_a_catalog_changes(tmp_path: Path):
    project = make_project(
        tmp_path / "p",
        {
            "a": [("Azat Miftakhov is a hero.", ""), ("Azat Miftakhov did not give up.", "")],
            "b": [("Azat Miftahov is in prison.", "")],
        },
    )
    assert len(check_project(project, documents=["b"], checks=["names"])) == 1
    # a catalog that changes is read again: the finding goes when the name is fixed
    document = project.document("b")
    catalog = project.load_catalog(document, "ru")
    catalog.units[0].source = "Azat Miftakhov is in prison."
    catalog.save()
    assert check_project(project, documents=["b"], checks=["names"]) == []
    assert check_project(project, documents=["a"], checks=["names"]) == []
