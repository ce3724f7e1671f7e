"""Running the checks: one unit (live, in the editor) or a whole project (`workbench qa`).

Settings (workbench.toml):

    [qa]
    disabled = ["length"]          # check ids to switch off
    on_confirm = "warn"            # or "block": a segment with an error stays a draft
    [qa.severity]
    numbers = "warning"            # change a check's severity

One unit is checked by `workbench.domain.qa.checking.check_unit`; `confirm_findings` is what the
editor asks when a segment is confirmed. This module also runs the checks over documents and
projects, and counts the findings per document (`document_counts`).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from workbench.domain.errors import WorkbenchError
from workbench.domain.glossary.model import Glossary
from workbench.domain.model import Unit
from workbench.domain.qa.base import (
    PROJECT_CHECKS,
    Finding,
    PlacedUnit,
    QAContext,
    SpanFinder,
)
from workbench.domain.qa.checking import check_unit, ignored_checks
from workbench.domain.qa.registry import all_checks
from workbench.storage.project import Document, Project
from workbench.storage.settings import Settings

if TYPE_CHECKING:
    from workbench.storage.spelling import Speller

PARALLEL_MIN_BYTES = 4_000_000  # ~20,000 segments: below, starting processes costs more
MAX_WORKERS = 4


# ---- context from the project -------------------------------------------------------------------
def qa_context(project: Project, lang: str, document: Document) -> QAContext:
    """The QA context for one document of the project (its settings, glossary and format)."""
    return context_for_project(project, lang).for_document(document)


def context_for_project(project: Project, lang: str) -> QAContext:
    settings = project.settings.qa  # validated when workbench.toml was read
    glossary = load_project_glossary(project)
    return QAContext(
        source_lang=project.settings.source_lang,
        target_lang=lang,
        glossary=glossary,
        speller=_speller(project, lang, glossary, settings.disabled),
        protected_spans=_registry_spans(),
        disabled=frozenset(settings.disabled),
        severity_overrides=dict(settings.severity),
    )


def load_project_glossary(project: Project) -> Glossary | None:
    """The project glossary, or None when there is none (or no glossary package yet)."""
    try:
        from workbench.storage.glossary import load_glossary
    except ImportError:
        return None
    path = project.glossary_path
    return load_glossary(path) if path.is_file() else None


def _speller(
    project: Project, lang: str, glossary: Glossary | None, disabled: Collection[str]
) -> Speller | None:
    if "spelling" in disabled:
        return None
    from workbench.app.quality.spelling import speller_or_none

    return speller_or_none(project, lang, glossary)


def _registry_spans() -> SpanFinder | None:
    try:
        from workbench.formats.registry import protected_spans
    except ImportError:
        return None
    return protected_spans


# ---- at confirm ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ConfirmVerdict:
    """What the checks say about a segment being confirmed."""

    findings: list[Finding]
    blocked: bool = False  # True: keep the segment a draft (on_confirm = "block" and an error)
    reason: str = ""  # why it is blocked, one line; "" when not blocked


def confirm_findings(unit: Unit, ctx: QAContext, settings: Settings) -> ConfirmVerdict:
    """The per-segment checks on `unit` (its new translation), and whether to confirm it.

    With `[qa] on_confirm = "block"` a segment with an error is kept as a draft (its text
    kept); warnings and info never block. The default, "warn", never blocks. Safe on a UI's
    event loop: no check waits for a model to load (the `language` check's detector says
    nothing until its models are loaded, by `neighbours.warm_up` or by a check in a worker).
    """
    live = replace(ctx, may_load_models=False)
    findings = check_unit(unit, live) if unit.target else []
    errors = [finding for finding in findings if finding.severity == "error"]
    if not errors or on_confirm(settings) != "block":
        return ConfirmVerdict(findings)
    first = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    reason = f"kept as a draft: {first.check}: {first.message}{more}"
    return ConfirmVerdict(findings, True, reason)


def on_confirm(settings: Settings) -> str:
    """ "warn" or "block" (validated when the settings were read)."""
    return settings.qa.on_confirm


# ---- the whole project ------------------------------------------------------------------------
@dataclass(slots=True)
class QAReport:
    findings: list[Finding] = field(default_factory=list)
    # (lang, document, segment id) -> 1-based number of the segment in its document
    positions: dict[tuple[str, str, str], int] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        return any(finding.severity == "error" for finding in self.findings)


def check_project(
    project: Project,
    documents: Sequence[Document | str] | None = None,
    lang: str | None = None,
    checks: Iterable[str] | None = None,
) -> list[Finding]:
    return run_qa(project, documents, lang, checks).findings


def run_qa(
    project: Project,
    documents: Sequence[Document | str] | None = None,
    lang: str | None = None,
    checks: Iterable[str] | None = None,
    workers: int | None = None,
) -> QAReport:
    """Check `documents` (default: all) in `lang` (default: every target language).

    Project checks (names, consistency) look at every document, so that a name spelled
    differently in another document is noticed, but report only on `documents`. Large
    projects are checked in several processes (`workers`: None decides from the size, 1
    never), one group of documents each.
    """
    only = _validate_checks(checks)
    wanted = (
        frozenset(
            project.document(doc).name if isinstance(doc, str) else doc.name for doc in documents
        )
        if documents
        else None
    )
    report = QAReport()
    run_project_checks = any(only is None or check_id in only for check_id in PROJECT_CHECKS)
    for target in project.target_langs(lang):
        ctx = context_for_project(project, target)  # settings errors surface here, once
        ctx.only = only
        all_documents = project.documents()
        cache_key = _cache_key(project, target, all_documents, only)
        project_findings = _PROJECT_FINDINGS.get(cache_key) if run_project_checks else None
        load_all = run_project_checks and project_findings is None
        names = [
            document.name
            for document in all_documents
            if wanted is None or document.name in wanted or load_all
        ]
        placed: list[PlacedUnit] = []
        for part in _check_in_parts(_Job(project, target, names, wanted, only), workers):
            report.findings.extend(part.findings)
            report.positions.update(part.positions)
            placed.extend(part.placed)
        if load_all:
            project_findings = _project_findings(placed, ctx)
            _PROJECT_FINDINGS.clear()  # keep one project and language: the one in use
            _PROJECT_FINDINGS[cache_key] = project_findings
        report.findings.extend(
            finding
            for finding in project_findings or ()
            if (finding.lang, finding.document, finding.segment) in report.positions
        )
    report.findings.sort(
        key=lambda f: (f.lang, f.document, report.positions.get((f.lang, f.document, f.segment), 0))
    )
    return report


# ---- counts per document ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QACounts:
    """Findings of one document: by severity, those `workbench qa DOC --lang LANG` lists line
    by line; apart, the untranslated segments it sums up in one line (progress, not a fault)."""

    errors: int = 0
    warnings: int = 0
    info: int = 0
    untranslated: int = 0

    @property
    def total(self) -> int:
        return self.errors + self.warnings + self.info


def document_counts(
    project: Project, lang: str, documents: Sequence[Document | str] | None = None
) -> dict[str, QACounts]:
    """Per document name, the findings `workbench qa DOC --lang LANG` reports, counted.

    One QA run for all `documents` (default: all): the project checks read every catalog
    once, not once per document.
    """
    chosen = list(documents) if documents else project.documents()
    names = [document if isinstance(document, str) else document.name for document in chosen]
    tally: dict[str, Counter[str]] = {name: Counter() for name in names}
    for finding in run_qa(project, chosen, lang).findings:
        kind = "untranslated" if finding.check == "untranslated" else finding.severity
        tally.setdefault(finding.document, Counter())[kind] += 1
    return {
        name: QACounts(c["error"], c["warning"], c["info"], c["untranslated"])
        for name, c in tally.items()
    }


@dataclass(slots=True)
class _Part:
    findings: list[Finding] = field(default_factory=list)
    positions: dict[tuple[str, str, str], int] = field(default_factory=dict)
    placed: list[PlacedUnit] = field(default_factory=list)
    error: str | None = None  # a WorkbenchError's message (exceptions do not pickle well)


@dataclass(frozen=True, slots=True)
class _Job:
    """Documents of one language to read (`names`), of which the `wanted` ones are checked
    (None: all) with the `only` checks (None: every enabled one)."""

    project: Project
    lang: str
    names: list[str]
    wanted: frozenset[str] | None
    only: frozenset[str] | None


def _check_documents(job: _Job) -> _Part:
    """The per-segment checks on some documents: what one process does."""
    part, lang = _Part(), job.lang
    try:
        ctx = context_for_project(job.project, lang)
        ctx.only = job.only
        for name in job.names:
            document = job.project.document(name)
            catalog = job.project.load_catalog(document, lang)
            fmt = catalog.header.get("X-Source-Format") or document.format
            doc_ctx = replace(ctx, document=name, fmt=fmt, memo={})
            checked = job.wanted is None or name in job.wanted
            for number, unit in enumerate(catalog.units, 1):
                part.placed.append(PlacedUnit(name, lang, ctx.source_lang, unit))
                if checked:
                    part.positions[(lang, name, unit.id)] = number
                    part.findings.extend(check_unit(unit, doc_ctx))
    except WorkbenchError as error:
        part.error = str(error)
    return part


def _check_in_parts(job: _Job, workers: int | None) -> list[_Part]:
    groups = _split(job.project, job.lang, job.names, workers)
    if len(groups) <= 1:
        parts = [_check_documents(job)]
    else:
        context = multiprocessing.get_context("spawn")  # safe from a threaded caller
        with ProcessPoolExecutor(len(groups), mp_context=context) as pool:
            futures = [pool.submit(_check_documents, replace(job, names=group)) for group in groups]
            parts = [future.result() for future in futures]
    for part in parts:
        if part.error is not None:
            raise WorkbenchError(part.error)
    return parts


def _idle_cores() -> int:
    """Cores nobody else is using: on a busy machine more processes only add overhead."""
    cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except OSError:  # pragma: no cover - not on this platform
        busy = 0.0
    others = max(0.0, busy - 1)  # the load average counts this process too
    return max(1, min(MAX_WORKERS, round(cores - others)))


def _split(project: Project, lang: str, names: list[str], workers: int | None) -> list[list[str]]:
    """Documents in contiguous groups of about equal size, one per process."""
    sizes = []
    for name in names:
        path = project.translations_dir / lang / f"{name}.po"
        sizes.append(path.stat().st_size if path.is_file() else 0)
    total = sum(sizes)
    if workers is None:
        workers = 1 if total < PARALLEL_MIN_BYTES else _idle_cores()
    workers = max(1, min(workers, len(names)))
    if workers == 1:
        return [names]
    groups: list[list[str]] = [[]]
    share, running = total / workers, 0
    for name, size in zip(names, sizes, strict=True):
        if running >= share * len(groups) and len(groups) < workers:
            groups.append([])
        groups[-1].append(name)
        running += size
    return [group for group in groups if group]


# Findings of the project checks, remembered while no catalog changes: checking one document
# after another (the overview does) then loads every other document only once.
_PROJECT_FINDINGS: dict[tuple[object, ...], list[Finding]] = {}


def _cache_key(
    project: Project, lang: str, documents: list[Document], only: frozenset[str] | None
) -> tuple[object, ...]:
    catalogs = []
    for document in documents:
        try:
            stat = project.catalog_path(document, lang).stat()
            catalogs.append((document.name, stat.st_mtime_ns, stat.st_size))
        except OSError:
            catalogs.append((document.name, 0, 0))
    settings = repr(project.settings.section("qa"))
    return (str(project.root), lang, only, settings, tuple(catalogs))


def _project_findings(placed: list[PlacedUnit], ctx: QAContext) -> list[Finding]:
    """Every project check on every unit, ignored findings left out, severities applied."""
    ignored = {(p.document, p.unit.id): ignored_checks(p.unit) for p in placed if p.unit.records}
    findings = []
    for check in PROJECT_CHECKS.values():
        if not ctx.enabled(check.id):
            continue
        for finding in check.func(placed):
            if check.id in ignored.get((finding.document, finding.segment), ()):
                continue
            severity = ctx.severity_of(check, finding.severity)
            findings.append(
                finding if severity == finding.severity else replace(finding, severity=severity)
            )
    return findings


def _validate_checks(checks: Iterable[str] | None) -> frozenset[str] | None:
    if not checks:
        return None
    known = all_checks()
    chosen = frozenset(checks)
    unknown = sorted(chosen - set(known))
    if unknown:
        raise WorkbenchError(f"--check {unknown[0]}: no such check (checks: {', '.join(known)})")
    return chosen
