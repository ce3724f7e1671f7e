"""Randomised concurrent work: people edit, comment, approve and sync in any order.

After everyone has synced: every PO passes `msgfmt -c`, no file holds conflict markers, and
every translation anyone typed is still there (as the translation, a kept alternative or an
earlier version), as is every comment.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.team.conftest import Team, assert_clean, git, isolate_git, texts_kept
from workbench.domain.comments import add_comment
from workbench.domain.model import COMMENT
from workbench.domain.workflow import approve, confirm

PEOPLE = ("alice", "bob", "carol")
SEGMENTS = 3  # few segments, so people often collide

edit = st.tuples(st.just("edit"), st.sampled_from(PEOPLE), st.integers(0, SEGMENTS - 1))
comment = st.tuples(st.just("comment"), st.sampled_from(PEOPLE), st.integers(0, SEGMENTS - 1))
review = st.tuples(st.just("approve"), st.sampled_from(PEOPLE), st.integers(0, SEGMENTS - 1))
sync = st.tuples(st.just("sync"), st.sampled_from(PEOPLE), st.just(0))
actions = st.lists(st.one_of(edit, edit, comment, review, sync), min_size=2, max_size=6).filter(
    lambda steps: sum(step[0] == "sync" for step in steps) <= 2
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One team made once; each example works on a fresh copy."""
    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as patch:
        isolate_git(patch, folder)
        team = Team(folder)
        team.join("bob")
        team.join("carol")
    return folder


def _copy_team(template: Path, target: Path) -> Team:
    shutil.copytree(template, target, symlinks=True)
    team = Team.__new__(Team)
    team.tmp, team.remote = target, target / "remote.git"
    team.people = {name: target / name for name in PEOPLE}
    for name in PEOPLE:  # the clones point at the template's remote: repoint them
        git(team.people[name], "remote", "set-url", "origin", str(team.remote))
    return team


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=actions)
def test_concurrent_work_loses_nothing(
    steps: list[tuple[str, str, int]], template: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        work = tmp_path_factory.mktemp("example")
        isolate_git(patch, work)
        team = _copy_team(template, work / "team")
        typed, comments = play(team, steps)
        _check(team, typed, comments)


def play(team, steps: list[tuple[str, str, int]]) -> tuple[list[tuple[int, str]], ...]:
    """Run the steps, then everyone syncs; (typed translations, comments) by segment."""
    typed: list[tuple[int, str]] = []
    comments: list[tuple[int, str]] = []
    for number, (action, person, index) in enumerate(steps):
        if action == "sync":
            assert team.sync(person) == 0
            continue
        text = f"{person} {action} {number}"
        team.edit(
            person, lambda units, a=action, p=person, i=index, t=text: _act(units, a, p, i, t)
        )
        if action == "edit":
            typed.append((index, text))
        elif action == "comment":
            comments.append((index, text))
    for person in (*PEOPLE, PEOPLE[0], PEOPLE[1]):  # everyone ends with everything
        assert team.sync(person) == 0
    return typed, comments


def _act(units, action: str, person: str, index: int, text: str) -> None:
    unit = units[index]
    if action == "edit":
        confirm(unit, text, person)
    elif action == "comment":
        add_comment(unit, person, text)
    elif action == "approve" and unit.target:
        approve(unit, person)


def _check(team: Team, typed: list[tuple[int, str]], comments: list[tuple[int, str]]) -> None:
    catalogs = {name: team.catalog(name) for name in PEOPLE}
    first = catalogs[PEOPLE[0]].to_text()
    for name, catalog in catalogs.items():
        assert catalog.to_text() == first, f"{name} did not end with the same file"
        assert_clean(team.people[name])
    units = catalogs[PEOPLE[0]].units
    for index, text in typed:
        assert text in texts_kept(units[index]), (index, text)
    for index, text in comments:
        assert text in {c.get("text") for c in units[index].records_of(COMMENT)}
