"""Where a screen asks to go: messages posted to the app, which decides (screens never
import each other). A reply, when there is one, is called with the screen's result.
Textual messages may be dataclasses: `Message.__post_init__` sets up the rest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.message import Message

from workbench.domain.glossary import Glossary
from workbench.storage.project import Document
from workbench.storage.tm.memory import TranslationMemory


@dataclass
class OpenEditor(Message):
    document: Document
    lang: str
    review: bool


@dataclass
class EditorClosed(Message):
    """The editor has saved and wants to go: back to the overview."""

    lang: str


@dataclass
class OpenGlossary(Message):
    lang: str
    last_good: Glossary | None
    reply: Callable[[bool | None], None]


@dataclass
class OpenConcordance(Message):
    load_memory: Callable[[], TranslationMemory | None]  # blocking: call it in a worker
    langs: list[str]
    query: str
    reply: Callable[[None], None]
