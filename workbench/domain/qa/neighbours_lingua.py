"""The detector the neighbouring-language check asks when letters and function words leave a
segment open: `lingua`, built only for the languages asked (a project's target language and
its neighbours, never all 75), in high-accuracy mode.

Measured here (bench/bench_language_detector.py): the models of six Cyrillic languages take
~1.3 s to load and ~210 MB; eight Latin-script ones ~3.7 s and ~270 MB. lingua loads them
holding the GIL, so in a process with a UI they are loaded in another process
(`workbench.app.quality.language_detector`); this module is what runs there, and in batch
runs (`workbench qa`), where a second of loading does not matter.

A detector answers `confidences(text, candidates, may_load)`: each candidate's confidence,
or None when it abstains (lingua not installed; models not loaded and `may_load` False).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol


class Detector(Protocol):
    def confidences(
        self, text: str, candidates: tuple[str, ...], may_load: bool
    ) -> dict[str, float] | None: ...


class InProcessDetector:
    """lingua in this process: models load on the first question about a language (or in
    `warm_up`), and stay."""

    def __init__(self) -> None:
        self.loaded: set[str] = set()  # languages whose models are loaded

    def confidences(
        self, text: str, candidates: tuple[str, ...], may_load: bool
    ) -> dict[str, float] | None:
        if not (may_load or self.loaded.issuperset(candidates)):
            return None  # would first load models (seconds, the GIL held)
        detector = _detector(candidates)
        if detector is None:
            return None
        values = detector.compute_language_confidence_values(text)
        self.loaded.update(candidates)
        found = {str(value.language.iso_code_639_1.name).lower(): value.value for value in values}
        return {candidate: found.get(candidate, 0.0) for candidate in candidates}

    def warm_up(self, languages: tuple[str, ...]) -> bool:
        """Load the models of `languages` now; False when lingua is not installed."""
        try:
            from lingua import LanguageDetectorBuilder
        except ImportError:
            return False
        builder = LanguageDetectorBuilder.from_languages(*_languages(languages))
        builder.with_preloaded_language_models().build()  # models are shared by every detector
        self.loaded.update(languages)
        return True


@lru_cache(maxsize=64)
def _detector(candidates: tuple[str, ...]) -> Any:
    """lingua's detector for `candidates`; None when lingua is not installed (an old
    environment): then only letters and function words decide."""
    try:
        from lingua import LanguageDetectorBuilder
    except ImportError:
        return None
    return LanguageDetectorBuilder.from_languages(*_languages(candidates)).build()


def _languages(codes: tuple[str, ...]) -> list[Any]:
    from lingua import IsoCode639_1, Language

    return [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
