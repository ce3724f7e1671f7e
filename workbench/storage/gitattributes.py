"""The project's `.gitattributes`: how git merges each kind of project file.

Translations merge segment by segment and the glossary entry by entry (drivers registered by
`workbench setup-git`); the files that are lists of lines (the project dictionaries, the record
of hand-made splits and merges, the encrypted remote's participants) merge line by line with
git's own `union` driver, so two people's additions never conflict. Lines the user wrote are
kept; ours are added once.
"""

from __future__ import annotations

from pathlib import Path

from workbench.storage.atomic import write_text_atomic

PO_DRIVER = "workbench-po"
GLOSSARY_DRIVER = "workbench-glossary"
DICTIONARY_FILES = "/dictionary/*.txt"
SEGMENTATION_FILE = "segmentation.jsonl"
PARTICIPANTS_FILE = "team/participants.txt"

ATTRIBUTES = (
    f"translations/**/*.po merge={PO_DRIVER}",
    f"/glossary.yml merge={GLOSSARY_DRIVER}",
    f"{DICTIONARY_FILES} merge=union",
    f"/{SEGMENTATION_FILE} merge=union",
    f"/{PARTICIPANTS_FILE} merge=union",
)
HEADER = (
    "# workbench: translations merge segment by segment, the glossary entry by entry\n"
    "# (drivers registered by `workbench setup-git`; see docs/team.md); word lists, the\n"
    "# segmentation record and the team's participants line by line\n"
)


def write_attributes(project_root: Path) -> bool:
    """Add our lines to the project's .gitattributes (kept otherwise). True when changed."""
    path = project_root / ".gitattributes"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    present = {line.strip() for line in text.splitlines()}
    missing = [line for line in ATTRIBUTES if line not in present]
    if not missing:
        return False
    if text and not text.endswith("\n"):
        text += "\n"
    header = HEADER if HEADER.splitlines()[0] not in present else ""
    write_text_atomic(path, text + header + "".join(line + "\n" for line in missing))
    return True
