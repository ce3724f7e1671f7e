"""What every check shares: findings, the check registry, severities and the check context.

A per-segment check is a pure function `(source, target, context)` (the languages are the
context's) returning `Hit`s (what is wrong and where); the runner turns hits into `Finding`s by adding
the check id, the (possibly overridden) severity, the document and the segment id. Project
checks (names, consistency) see every catalog at once and return findings directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Literal, Protocol, TypeVar

from workbench.domain.glossary.model import Glossary, TermHit
from workbench.domain.model import Unit
from workbench.domain.spelling import KnownWords, WordChecker

Severity = Literal["error", "warning", "info"]
Side = Literal["source", "target"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SpanFinder = Callable[[str, str], list[tuple[int, int]]]  # (segment text, format) -> spans


# The keys of a finding in JSON reports: where first, then what.
FINDING_JSON_ORDER = tuple("document segment lang check severity message side start end".split())


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    severity: Severity
    message: str
    document: str
    segment: str
    side: Side = "target"
    start: int | None = None
    end: int | None = None
    lang: str = ""  # the target language of the catalog the finding comes from

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FINDING_JSON_ORDER}


@dataclass(frozen=True, slots=True)
class Hit:
    """A problem found by a per-segment check, before it knows its segment."""

    message: str
    severity: Severity | None = None  # None: the check's default severity
    side: Side = "target"
    start: int | None = None
    end: int | None = None


class ContextSpeller(WordChecker, Protocol):
    """A language's spell checker, with the glossary's words it never flags."""

    glossary_words: KnownWords | None


class HasName(Protocol):
    """A document as the project describes it (its name, and its format)."""

    @property
    def name(self) -> str: ...


@dataclass(slots=True)
class QAContext:
    """Everything a check needs besides the two texts. Cheap to copy per document."""

    source_lang: str
    target_lang: str
    glossary: Glossary | None = None
    protected_spans: SpanFinder | None = None
    fmt: str = "text"
    document: str = ""
    disabled: frozenset[str] = frozenset()
    only: frozenset[str] | None = None  # run only these checks (None: all enabled)
    severity_overrides: dict[str, Severity] = field(default_factory=dict)
    # per-unit cache: the glossary hits of (text, lang), shared by the checks
    memo: dict[tuple[str, str], list[TermHit]] = field(default_factory=dict)
    # False: checks never wait for a model to load (at confirm, on the UI's event loop); a
    # check that would need one says nothing this time
    may_load_models: bool = True
    speller: ContextSpeller | None = None  # the spelling check's (storage.spelling.Speller)

    def for_document(self, document: str | HasName, fmt: str | None = None) -> QAContext:
        """A copy for one document (a Document or its name); fmt defaults to its format."""
        name = getattr(document, "name", document)
        fmt = fmt or getattr(document, "format", None) or self.fmt
        return replace(self, document=str(name), fmt=fmt, memo={})

    def enabled(self, check_id: str) -> bool:
        if check_id in self.disabled:
            return False
        return self.only is None or check_id in self.only

    def severity_of(self, check: RegisteredCheck, hit_severity: Severity | None) -> Severity:
        override = self.severity_overrides.get(check.id)
        if override is not None:
            return override
        return hit_severity or check.severity


@dataclass(frozen=True, slots=True)
class PlacedUnit:
    """A unit with where it lives: what project checks iterate over."""

    document: str
    lang: str  # target language of its catalog
    source_lang: str
    unit: Unit


SegmentCheckFunc = Callable[[str, str, QAContext], Iterable[Hit]]  # (source, target, context)
ProjectCheckFunc = Callable[[list[PlacedUnit]], list[Finding]]
CheckFunc = TypeVar("CheckFunc", SegmentCheckFunc, ProjectCheckFunc)


@dataclass(frozen=True, slots=True)
class Check(Generic[CheckFunc]):
    id: str
    severity: Severity  # the default
    description: str  # one line, for `docs/qa.md` and `workbench qa --list`
    func: CheckFunc
    scope: Literal["segment", "project"] = "segment"
    needs_target: bool = True  # False: also runs on untranslated units (source-side checks)


RegisteredCheck = Check[SegmentCheckFunc] | Check[ProjectCheckFunc]  # either kind
SEGMENT_CHECKS: dict[str, Check[SegmentCheckFunc]] = {}
PROJECT_CHECKS: dict[str, Check[ProjectCheckFunc]] = {}


def segment_check(
    check_id: str, severity: Severity, description: str, needs_target: bool = True
) -> Callable[[SegmentCheckFunc], SegmentCheckFunc]:
    def register(func: SegmentCheckFunc) -> SegmentCheckFunc:
        SEGMENT_CHECKS[check_id] = Check(
            check_id, severity, description, func, "segment", needs_target
        )
        return func

    return register


def project_check(
    check_id: str, severity: Severity, description: str
) -> Callable[[ProjectCheckFunc], ProjectCheckFunc]:
    def register(func: ProjectCheckFunc) -> ProjectCheckFunc:
        PROJECT_CHECKS[check_id] = Check(check_id, severity, description, func, "project")
        return func

    return register
