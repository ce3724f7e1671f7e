"""QA benchmarks.

1. Speed: `workbench qa` over a generated 100,000-segment project (target: <= 20 s) and
   re-checking one segment as the editor does on confirm (target: <= 5 ms median), each as
   a ratio to a baseline measured in the same run (loading the catalogs; tokenising one
   segment).
2. pofilter comparison: the Translate Toolkit's `pofilter` (GPL: run as a separate process
   from its own venv, never imported) and our checks on the same PO files, built from real
   sentences of the seed texts with our Russian translations, clean and with injected errors.

    .venv/bin/python bench/bench_qa.py [--segments 100000] [--pofilter PATH]  (default: $TTK_VENV/bin/pofilter)
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import polib  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from paths import TTK_VENV  # noqa: E402

from workbench.app.quality.qa_run import context_for_project, run_qa  # noqa: E402
from workbench.domain.model import Unit  # noqa: E402
from workbench.domain.qa import QAContext, check_unit  # noqa: E402
from workbench.storage.project import Project  # noqa: E402

# Real sentences from the seed texts (English) with our Russian translations.
PAIRS: list[tuple[str, str]] = [
    (
        "Russia is a good example of what will happen if we constantly tighten our belts and do "
        "not protest.",
        "Россия — хороший пример того, что будет, если мы постоянно будем "
        "затягивать пояса и не протестовать.",
    ),
    ("It has become a real dystopia.", "Она превратилась в настоящую антиутопию."),
    (
        "Azat Miftakhov's case is full of absurdity, and clearly demonstrates all the charms of the "
        "dictatorial regime.",
        "Дело Азата Мифтахова полно абсурда и наглядно показывает все "
        "прелести диктаторского режима.",
    ),
    (
        "The FSB storms anarchists across Moscow, and reports the discovery of an underground "
        "terrorist group.",
        "ФСБ штурмует анархистов по всей Москве и сообщает о раскрытии "
        "подпольной террористической группы.",
    ),
    (
        "The only person who testified immediately stated that they had been tortured.",
        "Единственный человек, давший показания, сразу заявил, что его пытали.",
    ),
    (
        "He did not immediately report the attack because his phone was discharged.",
        "Он не сообщил о нападении сразу, потому что у него разрядился телефон.",
    ),
    ("Our strength is in solidarity!", "Наша сила — в солидарности!"),
    (
        "More than ten people were detained, some were beaten and tortured with electric shocks.",
        "Более десяти человек были задержаны, некоторых избивали и пытали электрошокером.",
    ),
    ("He is suspected of making explosives.", "Его подозревают в изготовлении взрывчатки."),
    ("However, Azat did not break.", "Однако Азат не сломался."),
    (
        "We wish Azat strength and courage in the trials that await him.",
        "Желаем Азату сил и мужества в предстоящих ему испытаниях.",
    ),
    (
        "They didn't even have enough evidence to detain him for a standard two months, and they "
        "had to take time out for 72 hours from the court.",
        "У них даже не хватило "
        "доказательств, чтобы задержать его на стандартные два месяца, и им пришлось взять у суда "
        "тайм-аут на 72 часа.",
    ),
    (
        "There were the 2010s, when the movement barely manifested in any form.",
        "Потом были 2010-е, когда движение почти никак себя не проявляло.",
    ),
    ("Lev was detained again for 3 months.", "Льва снова задержали на 3 месяца."),
    (
        "I was given 5.5 years in prison for hooliganism.",
        "Мне дали 5,5 года колонии за хулиганство.",
    ),
    (
        "Egor is a 16-year-old youth whose life was ruined for trying to set fire to a military "
        "recruitment office.",
        "Егор — 16-летний юноша, чья жизнь была разрушена за попытку поджечь военкомат.",
    ),
    (
        "If we subtract the three months in Bishkek, I spent a total of 9 months in detention.",
        "Если вычесть три месяца в Бишкеке, всего я провёл под стражей 9 месяцев.",
    ),
    (
        "I was in two Moscow SIZOs (remand prisons).",
        "Я побывал в двух московских СИЗО (следственных изоляторах).",
    ),
    (
        "But before COVID-19, it was made “red” (state-controlled), and they still treat "
        "everything through the lens of quarantine.",
        "Но перед COVID-19 его сделали «красным» "
        "(подконтрольным администрации), и там до сих пор всё делают через призму карантина.",
    ),
    (
        "This is a pure formality, but it serves as a basis to send a person to the SHIZO for 15 "
        "days.",
        "Это чистая формальность, но она служит основанием отправить человека в ШИЗО на 15 суток.",
    ),
    (
        "I don’t know, maybe in 20 years, we’ll see.",
        "Не знаю, может быть, лет через 20, посмотрим.",
    ),
    (
        "Fortunately, there is the famous Article 51—you have the right not to testify against "
        "yourself or your relatives—and it really worked in some moments.",
        "К счастью, есть "
        "знаменитая статья 51 — ты имеешь право не свидетельствовать против себя и своих "
        "близких, — и в некоторые моменты это действительно сработало.",
    ),
    (
        "I was held for about 6-7 hours, not allowed to call or use legal aid, and no protocols "
        "were given.",
        "Меня продержали около 6-7 часов, не давали позвонить и воспользоваться "
        "юридической помощью, никаких протоколов не выдали.",
    ),
    (
        "On February 9, 2023, Kazakh security forces simply walked into the apartment, woke me up, "
        "and took me to the station.",
        "9 февраля 2023 года казахстанские силовики просто вошли "
        "в квартиру, разбудили меня и отвезли в отделение.",
    ),
    ("Who is Azat Miftakhov?", "Кто такой Азат Мифтахов?"),
    (
        "Security officials suspect Azat Miftakhov of trying to undermine a gas pipeline in the "
        "forest near Balashikha.",
        "Силовики подозревают Азата Мифтахова в попытке подорвать газопровод в лесу под Балашихой.",
    ),
    (
        "Azat’s comrades immediately raised the noise in Mass Media and it proved that publicity "
        "is our main weapon in such cases.",
        "Товарищи Азата сразу подняли шум в СМИ, и это "
        "доказало, что огласка — наше главное оружие в таких случаях.",
    ),
    (
        "Azat is in dire need of our support, the service rosuznik.org has an opportunity to write "
        "him a letter.",
        "Азат очень нуждается в нашей поддержке; через сервис rosuznik.org можно "
        "написать ему письмо.",
    ),
    (
        "Programs broadcast on the 30 January and 13 February specifically reported on the pre "
        "and post sentencing of the ‘Network’ prisoners.",
        "В программах, вышедших в эфир 30 "
        "января и 13 февраля, подробно рассказывалось о заключённых по делу «Сети» до и после "
        "приговора.",
    ),
    (
        "Anarchists in Kuala Lumpur, Malaysia, visited the Embassy of the Russian Federation on "
        "February 15th.",
        "Анархисты в Куала-Лумпуре (Малайзия) 15 февраля пришли к посольству Российской Федерации.",
    ),
    (
        "In Kyrgyzstan, so-called prison “concepts” (subculture rules) are still strong.",
        "В Киргизии так называемые тюремные «понятия» (правила субкультуры) всё ещё сильны.",
    ),
    ("The second SIZO was Butyrka.", "Вторым СИЗО была Бутырка."),
    (
        "Butyrka is one of the oldest prisons in Russia.",
        "Бутырка — одна из старейших тюрем России.",
    ),
    ("Nothing changes there.", "Там ничего не меняется."),
    (
        "They keep you for two weeks in quarantine before letting you into a cell.",
        "Перед тем как пустить в камеру, тебя две недели держат на карантине.",
    ),
    (
        "Then they asked me three questions that formed the basis of the case.",
        "Потом мне задали три вопроса, которые и легли в основу дела.",
    ),
    (
        "He was charged under Article 205.2 of the Criminal Code (justification of terrorism).",
        "Ему предъявили обвинение по ст. 205.2 УК РФ (оправдание терроризма).",
    ),
]

GLOSSARY = """\
entries:
  - id: sizo
    terms: {en: [SIZO, remand prison], ru: [СИЗО, следственный изолятор]}
  - id: shizo
    terms: {en: [SHIZO, punishment cell], ru: [ШИЗО, штрафной изолятор]}
  - id: fsb
    terms: {en: [FSB], ru: [ФСБ]}
  - id: penal-colony
    terms: {en: [penal colony], ru: [исправительная колония]}
  - id: house-arrest
    terms: {en: [house arrest], ru: [домашний арест]}
  - id: hooliganism
    terms: {en: [hooliganism], ru: [хулиганство]}
  - id: political-prisoner
    terms: {en: [political prisoner], ru: [политзаключённый]}
"""


# ---- 1. speed ---------------------------------------------------------------------------------
VARIANTS = 2000


def po_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def generate_project(root: Path, segments: int, per_document: int = 1000) -> Project:
    project = Project.init(root, "en", ("ru",), "bench")
    project.glossary_path.write_text(GLOSSARY, encoding="utf-8")
    for doc in range(segments // per_document):
        name = f"doc-{doc:04d}"
        (project.sources_dir / f"{name}.txt").write_text("(generated)\n", encoding="utf-8")
        lines = [
            'msgid ""',
            'msgstr ""',
            '"Language: ru\\n"',
            '"Content-Type: text/plain; charset=UTF-8\\n"',
            '"X-Source-Language: en\\n"',
            '"X-Source-Format: text\\n"',
            "",
        ]
        for index in range(per_document):
            number = doc * per_document + index
            source, target = PAIRS[number % len(PAIRS)]
            # A number per segment, from a realistic range: real texts repeat their numbers
            # (years, days, articles); a unique one per segment would make every segment a
            # new word for the glossary's morphology cache.
            label = number % VARIANTS
            lines += [
                f"#: sources/{name}.txt:{index + 1}",
                f'msgctxt "s-{number:08x}"',
                f"msgid {po_string(f'{source} ({label})')}",
                f"msgstr {po_string(f'{target} ({label})')}",
                "",
            ]
        path = project.translations_dir / "ru" / f"{name}.po"
        path.write_text("\n".join(lines), encoding="utf-8")
    return project


def timed(func: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def cpu_timed(func: Callable[[], object]) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result): the machine is shared, so the
    CPU time says more about our code than the wall clock when others are busy."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = func()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def bench_speed(segments: int, workers: int | None) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        project = generate_project(Path(folder) / "p", segments)
        documents = project.documents()
        load_seconds, load_cpu, catalogs = cpu_timed(
            lambda: [project.load_catalog(doc, "ru") for doc in documents]
        )
        qa_seconds, qa_cpu, report = cpu_timed(lambda: run_qa(project, lang="ru", workers=1))
        parallel_seconds, _cpu, parallel = cpu_timed(
            lambda: run_qa(project, lang="ru", workers=workers)
        )
        assert parallel.findings == report.findings  # type: ignore[attr-defined]
        units = [unit for catalog in catalogs for unit in catalog.units]  # type: ignore[attr-defined]
        ctx = context_for_project(project, "ru").for_document(documents[0])
        sample = units[:: max(1, len(units) // 2000)]
        per_unit = [timed(partial(check_unit, unit, ctx))[0] for unit in sample]
        tokenise = [
            timed(partial(re.findall, r"\w+", unit.source + unit.target))[0] for unit in sample
        ]
        counts = Counter(f.check for f in report.findings)  # type: ignore[attr-defined]
    return {
        "segments": len(units),
        "load_s": load_seconds,
        "load_cpu_s": load_cpu,
        "qa_s": qa_seconds,
        "qa_cpu_s": qa_cpu,
        "parallel_s": parallel_seconds,
        "qa_over_load": qa_cpu / load_cpu,
        "unit_median_ms": statistics.median(per_unit) * 1000,
        "unit_p95_ms": sorted(per_unit)[int(len(per_unit) * 0.95)] * 1000,
        "unit_over_tokenise": statistics.median(per_unit) / statistics.median(tokenise),
        "findings": sum(counts.values()),
    }


# ---- 1b. the language check on its own ------------------------------------------------------
NEIGHBOURS_OF_RUSSIAN = [  # real translations from Debian's catalogs (uk, bg, sr, be)
    "Для присипляння системи слід пройти розпізнавання.",
    "използване на конфигурационния файл на работното копие",
    "Жељена највећа ширина ознаке, као број знакова",
    "У каталогах пошуку не знойдзена правільных файлаў ключоў",
]


def bench_language() -> dict[str, float]:
    """The language check per segment: Russian targets (the usual case, decided by letters
    and function words), neighbours' text as Russian targets (the detector decides), and the
    detector's first use in a process (its models load)."""
    ctx = QAContext("en", "ru", only=frozenset({"language"}))
    first = timed(partial(check_unit, Unit("s-0", "(source)", NEIGHBOURS_OF_RUSSIAN[1]), ctx))[0]
    russian = [Unit(f"s-{i}", source, target) for i, (source, target) in enumerate(PAIRS)]
    others = [Unit(f"s-{i}", "(source)", text) for i, text in enumerate(NEIGHBOURS_OF_RUSSIAN)]
    correct = [timed(partial(check_unit, unit, ctx))[0] for unit in russian * 20]
    wrong = [timed(partial(check_unit, unit, ctx))[0] for unit in others * 20]
    tokenise = [
        timed(partial(re.findall, r"\w+", unit.target))[0] for unit in (russian + others) * 20
    ]
    assert all(check_unit(unit, ctx) for unit in others)
    return {
        "correct_ms": statistics.median(correct) * 1000,
        "wrong_ms": statistics.median(wrong) * 1000,
        "first_s": first,
        "over_tokenise": statistics.median(correct) / statistics.median(tokenise),
    }


# ---- 2. pofilter comparison ---------------------------------------------------------------------
def _replace_first_digit(text: str) -> str | None:
    match = re.search(r"\d", text)
    if not match:
        return None
    digit = str((int(match.group()) + 1) % 10)
    return text[: match.start()] + digit + text[match.end() :]


def _drop_end(text: str) -> str | None:
    return text[:-1] if text[-1:] in ".!?" else None


def _bracket(text: str) -> str:
    if ")" in text:
        index = text.rindex(")")
        return text[:index] + text[index + 1 :]
    head, _, tail = text.rpartition(" ")
    return f"{head} ({tail}"


def _double_word(text: str) -> str:
    words = text.split(" ")
    index = min(2, len(words) - 1)
    words.insert(index, words[index])
    return " ".join(words)


def _quote(text: str) -> str:
    if "»" in text:
        return text.replace("»", "", 1)
    head, _, tail = text.partition(" ")
    return f"{head} «{tail}"


def _latin_leftover(text: str) -> str:
    words = text.split(" ")
    words.insert(1, "recently")
    return " ".join(words)


def _homoglyph(text: str) -> str | None:
    index = text.find("о", 1)
    return text[:index] + "o" + text[index + 1 :] if index > 0 else None


# kind -> (inject(source, target) -> (source, target) | None, pofilter filters, our checks)
Injection = Callable[[str, str], tuple[str, str] | None]


def _target_only(func: Callable[[str], str | None]) -> Injection:
    def inject(source: str, target: str) -> tuple[str, str] | None:
        changed = func(target)
        return None if changed is None else (source, changed)

    return inject


def _markup(source: str, target: str) -> tuple[str, str]:
    first, _, rest = source.partition(" ")
    return f"<b>{first}</b> {rest}", target


def _short(source: str, target: str) -> tuple[str, str] | None:
    return (source, " ".join(target.split()[:2])) if len(source) >= 60 else None


KINDS: dict[str, tuple[Injection, set[str], set[str]]] = {
    "numbers changed": (_target_only(_replace_first_digit), {"numbers"}, {"numbers"}),
    "untranslated": (lambda s, t: (s, ""), {"untranslated", "blank"}, {"untranslated"}),
    "unchanged (copy of source)": (lambda s, t: (s, s), {"unchanged"}, {"unchanged"}),
    "end punctuation dropped": (_target_only(_drop_end), {"endpunc"}, {"punctuation"}),
    "unbalanced bracket": (_target_only(_bracket), {"brackets"}, {"punctuation"}),
    "unbalanced quote": (_target_only(_quote), {"doublequoting"}, {"punctuation"}),
    "repeated word": (_target_only(_double_word), {"doublewords"}, {"repeated-words"}),
    "double space": (
        _target_only(lambda t: t.replace(" ", "  ", 1)),
        {"doublespacing"},
        {"typography"},
    ),
    "trailing whitespace": (_target_only(lambda t: t + " "), {"endwhitespace"}, {"typography"}),
    "markup missing": (_markup, {"xmltags"}, {"markup"}),
    "much too short": (_short, {"short"}, {"length"}),
    "Latin word left in Russian": (_target_only(_latin_leftover), set(), {"script"}),
    "homoglyph (Latin o in a Russian word)": (_target_only(_homoglyph), set(), {"script"}),
}


def write_po(path: Path, entries: list[tuple[str, str, str]]) -> None:
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    for context, source, target in entries:
        po.append(polib.POEntry(msgctxt=context, msgid=source, msgstr=target))
    po.save(str(path))


def run_pofilter(pofilter: str, path: Path) -> dict[str, set[str]]:
    """msgctxt -> pofilter test names that failed."""
    output = path.with_suffix(".pofilter.po")
    subprocess.run(
        [pofilter, "--language=ru", "--progress=none", "-i", str(path), "-o", str(output)],
        check=True,
        capture_output=True,
    )
    failed: dict[str, set[str]] = {}
    if not output.exists():
        return failed
    for entry in polib.pofile(str(output)):
        tests = set(re.findall(r"\(pofilter\) (\w+):", entry.tcomment or ""))
        failed.setdefault(entry.msgctxt or "", set()).update(tests)
    return failed


def run_ours(path: Path) -> dict[str, set[str]]:
    """msgctxt -> our checks that reported an error or a warning."""
    ctx = QAContext("en", "ru", fmt="text")
    failed: dict[str, set[str]] = {}
    for entry in polib.pofile(str(path)):
        unit = Unit(entry.msgctxt or "", entry.msgid, entry.msgstr)
        checks = {f.check for f in check_unit(unit, ctx) if f.severity != "info"}
        if checks:
            failed[unit.id] = checks
    return failed


def bench_pofilter(pofilter: str) -> tuple[list[tuple[str, int, int, int]], dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        clean = Path(folder) / "clean.po"
        write_po(clean, [(f"clean-{i}", s, t) for i, (s, t) in enumerate(PAIRS)])
        injected_entries, kinds_of = [], {}
        for kind, (inject, _theirs, _ours) in KINDS.items():
            for index, (source, target) in enumerate(PAIRS):
                changed = inject(source, target)
                if changed is not None:
                    context = f"{kind}-{index}"
                    kinds_of[context] = kind
                    injected_entries.append((context, *changed))
        injected = Path(folder) / "injected.po"
        write_po(injected, injected_entries)
        theirs, ours = run_pofilter(pofilter, injected), run_ours(injected)
        theirs_clean, ours_clean = run_pofilter(pofilter, clean), run_ours(clean)
    rows = []
    for kind, (_inject, their_tests, our_checks) in KINDS.items():
        contexts = [c for c, k in kinds_of.items() if k == kind]
        found_theirs = sum(bool(theirs.get(c, set()) & their_tests) for c in contexts)
        found_ours = sum(bool(ours.get(c, set()) & our_checks) for c in contexts)
        rows.append((kind, len(contexts), found_theirs if their_tests else -1, found_ours))
    clean_stats = {
        "clean_segments": len(PAIRS),
        "pofilter_false_alarm_segments": len(theirs_clean),
        "pofilter_false_alarm_tests": dict(
            Counter(t for tests in theirs_clean.values() for t in tests)
        ),
        "ours_false_alarm_segments": len(ours_clean),
        "ours_false_alarm_checks": dict(
            Counter(c for checks in ours_clean.values() for c in checks)
        ),
    }
    return rows, clean_stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--pofilter", default=str(TTK_VENV / "bin" / "pofilter"))
    parser.add_argument("--workers", type=int, default=None, help="processes (default: auto)")
    args = parser.parse_args()

    speed = bench_speed(args.segments, args.workers)
    print(
        f"QA of {speed['segments']:,} segments: {speed['qa_s']:.1f} s wall, "
        f"{speed['qa_cpu_s']:.1f} s CPU (target <= 20 s); loading the catalogs alone "
        f"(baseline): {speed['load_s']:.1f} s wall, {speed['load_cpu_s']:.1f} s CPU; "
        f"ratio (CPU) {speed['qa_over_load']:.1f}x; {speed['findings']} findings"
    )
    print(
        f"the same in processes (workers: {args.workers or 'auto'}): "
        f"{speed['parallel_s']:.1f} s wall, same findings"
    )
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"re-check one segment: median {speed['unit_median_ms']:.2f} ms, "
        f"p95 {speed['unit_p95_ms']:.2f} ms (target <= 5 ms); "
        f"{speed['unit_over_tokenise']:.0f}x tokenising the segment (baseline)"
    )

    language = bench_language()
    print(
        f"language check alone: {language['correct_ms']:.3f} ms median on a Russian target "
        f"({language['over_tokenise']:.0f}x tokenising it, baseline), "
        f"{language['wrong_ms']:.3f} ms on a neighbour's text (uk, bg, sr, be); the detector's "
        f"first use in a process (models load): {language['first_s']:.1f} s"
    )

    if not Path(args.pofilter).exists():
        print(
            f"pofilter comparison skipped: {args.pofilter} not found "
            "(python3 -m venv .ci/ttk-venv && .ci/ttk-venv/bin/pip install translate-toolkit)"
        )
        return
    rows, clean = bench_pofilter(args.pofilter)
    print("\n| injected error | injected | found by pofilter | found by workbench |")
    print("|---|---:|---:|---:|")
    for kind, count, theirs, ours in rows:
        shown = "no such check" if theirs < 0 else str(theirs)
        print(f"| {kind} | {count} | {shown} | {ours} |")
    print(
        f"\nfalse alarms on {clean['clean_segments']} clean segments: pofilter "
        f"{clean['pofilter_false_alarm_segments']} segments "
        f"({clean['pofilter_false_alarm_tests']}), workbench "
        f"{clean['ours_false_alarm_segments']} segments "
        f"({clean['ours_false_alarm_checks']})"
    )


if __name__ == "__main__":
    main()
