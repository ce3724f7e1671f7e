"""Where a screen asks to go: messages posted to the app, which decides (screens never
import each other). A reply, when there is one, is called with the screen's result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.message import Message

from workbench.domain.glossary import Glossary
from workbench.storage.project import Document


class OpenEditor(Message):
    def __init__(self, document: Document, lang: str, review: bool) -> None:
        super().__init__()
        self.document = document
        self.lang = lang
        self.review = review


class EditorClosed(Message):
    """The editor has saved and wants to go: back to the overview."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang


class OpenGlossary(Message):
    def __init__(
        self, lang: str, last_good: Glossary | None, reply: Callable[[bool | None], None]
    ) -> None:
        super().__init__()
        self.lang = lang
        self.last_good = last_good
        self.reply = reply


class OpenConcordance(Message):
    def __init__(
        self, memory: Any, langs: list[str], query: str, reply: Callable[[None], None]
    ) -> None:
        super().__init__()
        self.memory = memory
        self.langs = langs
        self.query = query
        self.reply = reply
