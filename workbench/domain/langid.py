"""Language of a document: langdetect, seeded so that the answer never changes between runs.

Measured (GUIDE): reliable on paragraphs and documents, poor on a few words, so we look at
up to the first few thousand characters and give no answer for scraps of text.
"""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect

SAMPLE_CHARS = 5000
MIN_LETTERS = 12

DetectorFactory.seed = 0


def detect_language(text: str) -> str | None:
    """ISO code such as "en" or "ru" (langdetect's codes), or None when there is too little text."""
    sample = text[:SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return None
    DetectorFactory.seed = 0
    try:
        return str(detect(sample))
    except LangDetectException:
        return None
