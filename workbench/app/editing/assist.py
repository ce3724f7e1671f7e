"""What the side panels show for the current segment: fuzzy matches, glossary hits, QA.

Each lookup is blocking and runs in a worker thread. The TM, glossary and QA modules are
imported lazily; when one is missing or fails to load, its panel says so and the editor keeps
working (matches then come from the document itself).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from workbench.app.editing.memory_release import release_freed_memory
from workbench.domain.diff import new_side, word_diff
from workbench.domain.model import State, Unit
from workbench.storage.project import Document, Project

if TYPE_CHECKING:  # imported lazily at run time (see above)
    from workbench.domain.glossary import Entry, Glossary, TermHit
    from workbench.domain.qa import Finding, QAContext
    from workbench.storage.catalog import Catalog
    from workbench.storage.tm.memory import TranslationMemory

Loaded = TypeVar("Loaded")
# forms_for_hit(entry, hit_text, source_lang, target_lang) -> target forms, best first
FormsForHit = Callable[["Entry", str, str, str], list[str]]

DOCUMENT_WINDOW = 20_000  # units searched around the current one when there is no TM


@dataclass(frozen=True, slots=True)
class MatchView:
    source: str
    target: str
    score: int
    origin: str
    diff: tuple[tuple[str, str], ...]  # (op, text) of the match source against ours


@dataclass(frozen=True, slots=True)
class TermView:
    start: int
    end: int
    text: str  # as it appears in the source
    targets: tuple[str, ...]  # target terms, the best form first
    note: str


class Assist:
    def __init__(self, project: Project, document: Document, lang: str, source_lang: str):
        self.project = project
        self.document = document
        self.lang = lang
        self.source_lang = source_lang
        self._tm: TranslationMemory | None = None
        self._glossary: Glossary | None = None
        self._qa: QAContext | None = None
        self.problems: dict[str, str] = {}
        # One thread loads the TM, glossary and QA context; the others wait for it. Without
        # it, each lookup started while the TM was still being built (a cancelled Textual
        # worker's thread runs on) built its own, and four threads fought the UI for the GIL.
        self._loading = threading.RLock()
        self.open_catalog: Catalog | None = (
            None  # the editor's catalog: the TM need not read it again
        )

    # ---- fuzzy matches -------------------------------------------------------------------
    def matches(self, units: list[Unit], index: int, limit: int = 5) -> list[MatchView]:
        tm = self._load_tm()
        if tm is not None:
            try:
                found = self._tm_matches(tm, units, index, limit)
                if found:
                    return found
            except Exception as error:  # noqa: BLE001 - a broken TM must not stop editing
                self.problems["tm"] = f"translation memory: {error}"
        return self._document_matches(units, index, limit)

    def remember(self, unit: Unit, handle: str) -> None:
        """Make a confirmed segment findable by the TM at once (no-op without a TM)."""
        if self._tm is None or not unit.target:
            return
        try:
            from workbench.storage.tm.units import TMUnit

            self._tm.add(
                TMUnit(
                    unit.source,
                    unit.target,
                    self.source_lang,
                    self.lang,
                    self.document.name,
                    str(unit.state),
                    by=handle,
                    segment_id=self._segment_key(unit),
                )
            )
        except Exception as error:  # noqa: BLE001
            self.problems["tm"] = f"translation memory: {error}"

    def _segment_key(self, unit: Unit) -> str:
        """The TM's id of `unit`: its own current and earlier versions carry it."""
        from workbench.storage.tm.units import segment_key

        return segment_key(self.document.name, unit.id)

    def _load_once(
        self, attribute: str, problem: str, what: str, load: Callable[[], Loaded]
    ) -> Loaded | None:
        """`self.<attribute>`, loaded by `load()` the first time; on failure the panel's
        problem says so and it is not tried again. One thread loads, the others wait."""
        with self._loading:
            if getattr(self, attribute) is None and problem not in self.problems:
                try:
                    setattr(self, attribute, load())
                except Exception as error:  # noqa: BLE001 - the panel says so; editing goes on
                    self.problems[problem] = f"{what} unavailable ({error})"
            loaded: Loaded | None = getattr(self, attribute)
            return loaded

    def _load_tm(self) -> TranslationMemory | None:
        return self._load_once("_tm", "tm", "translation memory", self._read_tm)

    def _read_tm(self) -> TranslationMemory:
        from workbench.app.memory.project_memory import load_project_memory

        catalog = self.open_catalog
        loaded = {catalog.path: catalog} if catalog is not None else None
        memory = load_project_memory(self.project, loaded)
        release_freed_memory()
        return memory

    def _tm_matches(
        self, tm: TranslationMemory, units: list[Unit], index: int, limit: int
    ) -> list[MatchView]:
        unit = units[index]
        found = tm.lookup(
            unit.source,
            self.source_lang,
            self.lang,
            limit=limit,
            min_score=50,
            prev_source=units[index - 1].source if index > 0 else None,
            next_source=units[index + 1].source if index + 1 < len(units) else None,
            exclude_segment_id=self._segment_key(unit),  # never itself
        )
        views = []
        for match in found:
            tm_unit = match.unit
            target = match.fixed_target or tm_unit.target
            state = tm_unit.state
            parts = (
                tm_unit.origin,
                tm_unit.by,
                state if state in ("draft", "rejected") else None,  # why it is listed lower
            )
            origin = " · ".join(str(part) for part in parts if part)
            views.append(
                MatchView(
                    tm_unit.source,
                    target,
                    int(match.score),
                    origin.strip(),
                    new_side(word_diff(unit.source, tm_unit.source)),
                )
            )
        return views

    def _document_matches(self, units: list[Unit], index: int, limit: int) -> list[MatchView]:
        from rapidfuzz import fuzz, process

        unit = units[index]
        done = {State.TRANSLATED, State.APPROVED}
        first = max(0, index - DOCUMENT_WINDOW // 2)
        candidates = {
            other.source: other.target
            for other in units[first : first + DOCUMENT_WINDOW]
            if other is not unit and other.target and other.state in done
        }
        found = process.extract(
            unit.source, list(candidates), scorer=fuzz.ratio, limit=limit, score_cutoff=50
        )
        return [
            MatchView(
                source,
                candidates[source],
                int(score),
                f"this document ({self.document.name})",
                new_side(word_diff(unit.source, source)),
            )
            for source, score, _ in found
        ]

    # ---- glossary ------------------------------------------------------------------------
    def terms(self, text: str) -> list[TermView]:
        glossary = self._load_glossary()
        if glossary is None:
            return []
        try:
            from workbench.domain.glossary import forms_for_hit

            views = []
            for hit in glossary.find(text, self.source_lang):
                targets = _safe_forms(forms_for_hit, hit, self)
                gloss = hit.entry.gloss.get(self.lang, "") if hit.entry.gloss else ""
                note = " ".join(part for part in (gloss, hit.entry.note) if part)
                views.append(TermView(hit.start, hit.end, hit.text, tuple(targets), note))
            return views
        except Exception as error:  # noqa: BLE001
            self.problems["glossary"] = f"glossary: {error}"
            return []

    def _load_glossary(self) -> Glossary | None:
        from workbench.storage.glossary import load_glossary

        return self._load_once(
            "_glossary", "glossary", "glossary", lambda: load_glossary(self.project.glossary_path)
        )

    def glossary(self) -> Glossary | None:
        """The glossary in use (the last good one), or None."""
        return self._load_glossary()

    def reload_glossary(self) -> str:
        """Re-read glossary.yml after a change; on error keep the last good glossary and
        return the one-line error ("" when it loaded)."""
        from workbench.domain.glossary import Glossary
        from workbench.storage.glossary import reload_glossary

        last_good = self._glossary or Glossary([], self.project.glossary_path)
        self._glossary, error = reload_glossary(self.project.glossary_path, last_good)
        if error is None:
            self.problems.pop("glossary", None)
            return ""
        self.problems["glossary"] = str(error)
        return str(error)

    def memory(self) -> TranslationMemory | None:
        """The translation memory (loaded once; None when unavailable). Blocking."""
        return self._load_tm()

    # ---- QA ------------------------------------------------------------------------------
    def qa_context(self, wait: bool = True) -> QAContext | None:
        """The document's QA context (loaded once; None when unavailable). With `wait`
        False it never blocks: None while it is not loaded yet."""
        if not wait:
            return self._qa
        from workbench.app.quality.qa_run import context_for_project

        return self._load_once(
            "_qa",
            "qa",
            "QA",
            lambda: context_for_project(self.project, self.lang).for_document(self.document),
        )

    def findings(self, unit: Unit) -> list[Finding]:
        if not unit.target:
            return []
        from workbench.domain.qa import check_unit

        context = self.qa_context()
        if context is None:
            return []
        try:
            return list(check_unit(unit, context))
        except Exception as error:  # noqa: BLE001
            self.problems["qa"] = f"QA unavailable ({error})"
            return []


def _safe_forms(forms_for_hit: FormsForHit, hit: TermHit, assist: Assist) -> list[str]:
    """The forms of a hit's target terms, best first; the terms as written if that fails."""
    try:
        return list(forms_for_hit(hit.entry, hit.text, assist.source_lang, assist.lang))
    except Exception:  # noqa: BLE001 - an inflection failure only loses a suggestion
        return list(hit.entry.terms.get(assist.lang, []))
