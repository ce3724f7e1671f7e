"""A reviewer's changes to an alignment: join two links, split one, shift a boundary.

Links stay in document order and every unit stays in exactly one link. A link a person
changed gets the score REVIEWED (they vouch for it); links left empty disappear.
"""

from __future__ import annotations

from dataclasses import replace

from workbench.domain.align.aligner import Link

REVIEWED = 1.0


def join(links: list[Link], index: int) -> list[Link]:
    """Link `index` and the next one become one link."""
    if not 0 <= index < len(links) - 1:
        return list(links)
    first, second = links[index], links[index + 1]
    joined = Link(first.source + second.source, first.target + second.target, REVIEWED)
    return [*links[:index], joined, *links[index + 2 :]]


def split(links: list[Link], index: int) -> list[Link]:
    """Link `index` loses its last unit on the longer side (the last target of a 1-2, the
    last source of a 2-1), which becomes a link of its own; a 1-1 link is undone into a
    1-0 and a 0-1 link."""
    if not 0 <= index < len(links):
        return list(links)
    link = links[index]
    if len(link.source) <= 1 and len(link.target) <= 1:
        if not (link.source and link.target):
            return list(links)
        parts = [Link(link.source, (), REVIEWED), Link((), link.target, REVIEWED)]
    elif len(link.source) >= len(link.target):
        rest_target = link.target[-1:] if len(link.target) > 1 else ()
        parts = [
            Link(link.source[:-1], link.target[: len(link.target) - len(rest_target)], REVIEWED),
            Link(link.source[-1:], rest_target, REVIEWED),
        ]
    else:
        parts = [
            Link(link.source, link.target[:-1], REVIEWED),
            Link((), link.target[-1:], REVIEWED),
        ]
    return [*links[:index], *parts, *links[index + 1 :]]


def shift(links: list[Link], index: int, down: bool) -> list[Link]:
    """Move the target boundary between link `index` and the next: `down` gives the last
    target of link `index` to the next link, otherwise the next link's first target moves
    up into link `index`."""
    if not 0 <= index < len(links) - 1:
        return list(links)
    first, second = links[index], links[index + 1]
    if down and first.target:
        first, second = (
            replace(first, target=first.target[:-1], score=REVIEWED),
            replace(second, target=first.target[-1:] + second.target, score=REVIEWED),
        )
    elif not down and second.target:
        first, second = (
            replace(first, target=first.target + second.target[:1], score=REVIEWED),
            replace(second, target=second.target[1:], score=REVIEWED),
        )
    else:
        return list(links)
    kept = [link for link in (first, second) if link.source or link.target]
    return [*links[:index], *kept, *links[index + 2 :]]


def covers_everything(links: list[Link], sources: int, targets: int) -> bool:
    """Every unit in exactly one link, in order on both sides (an invariant of the edits)."""
    source = [i for link in links for i in link.source]
    target = [j for link in links for j in link.target]
    return source == list(range(sources)) and target == list(range(targets))
