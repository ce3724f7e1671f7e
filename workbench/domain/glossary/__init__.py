"""The glossary's model and its term recognition across word forms.

    Glossary.find(text, lang) -> [TermHit]     longest match wins, no overlaps, by start
    Glossary.find_forbidden(text, lang)
    inflect_like(target_term, source_hit_text, source_lang, target_lang, pos) -> [str]
    forms_for_hit(entry, hit_text, source_lang, target_lang) -> [str]   what ctrl+g offers

Reading and writing `glossary.yml` is in `workbench.storage.glossary`; how each term was
rendered across a project is in `workbench.app.quality.glossary_consistency`.
"""

from workbench.domain.glossary.inflect import forms_for_hit, inflect_like
from workbench.domain.glossary.model import POS_VALUES, Entry, Glossary, TermHit

__all__ = ["POS_VALUES", "Entry", "Glossary", "TermHit", "forms_for_hit", "inflect_like"]
