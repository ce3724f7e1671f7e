"""The reviewer's edits keep every unit in exactly one link, in order."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.align.aligner import Link
from workbench.domain.align.edit import REVIEWED, covers_everything, join, shift, split


def one_to_one(count: int) -> list[Link]:
    return [Link((i,), (i,), 0.4) for i in range(count)]


def pairs(links):
    return [(link.source, link.target) for link in links]


def test_join_split_and_shift():
    links = one_to_one(4)
    joined = join(links, 1)
    assert pairs(joined) == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]
    assert joined[1].score == REVIEWED and joined[0].score == 0.4
    assert pairs(split(joined, 1)) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
    assert pairs(shift(links, 0, down=True)) == [
        ((0,), ()),
        ((1,), (0, 1)),
        ((2,), (2,)),
        ((3,), (3,)),
    ]
    assert pairs(shift(links, 0, down=False)) == [
        ((0,), (0, 1)),
        ((1,), ()),
        ((2,), (2,)),
        ((3,), (3,)),
    ]
    assert pairs(split(links, 2)) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), ()),
        ((), (2,)),
        ((3,), (3,)),
    ]
    one_two = [Link((0,), (0, 1), 0.9)]
    assert pairs(split(one_two, 0)) == [((0,), (0,)), ((), (1,))]


def test_a_link_emptied_by_a_shift_disappears():
    links = [Link((0,), (0,), 0.9), Link((), (1,), 0.9)]
    assert pairs(shift(links, 0, down=False)) == [((0,), (0, 1))]


@given(
    st.lists(st.tuples(st.sampled_from("jsud"), st.integers(0, 12)), max_size=25),
    st.integers(0, 2**16),
)
def test_any_edits_keep_the_alignment_whole(edits, seed):
    rng = random.Random(seed)
    links = []
    source = target = 0
    for _ in range(8):
        ns, nt = rng.choice([(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)])
        links.append(
            Link(tuple(range(source, source + ns)), tuple(range(target, target + nt)), 0.5)
        )
        source, target = source + ns, target + nt
    for kind, index in edits:
        if kind == "j":
            links = join(links, index)
        elif kind == "s":
            links = split(links, index)
        else:
            links = shift(links, index, down=kind == "d")
        assert covers_everything(links, source, target)
        assert all(link.source or link.target for link in links)
