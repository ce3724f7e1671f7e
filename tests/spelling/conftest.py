"""Spelling tests need the Hunspell dictionaries that `.ci/run` installs."""

from __future__ import annotations

import os

import pytest

from workbench.storage.spelling import available


def require_dictionary(lang: str) -> None:
    """Fails in CI (where `.ci/run` installs the dictionaries), skips elsewhere."""
    if available(lang):
        return
    if os.environ.get("CI"):
        pytest.fail(f"no Hunspell dictionary for {lang} (install it in .ci/run)")
    pytest.skip(f"no Hunspell dictionary for {lang}")


@pytest.fixture(autouse=True)
def _dictionaries() -> None:
    for lang in ("ru", "en"):
        require_dictionary(lang)


from tests.tui.conftest import pytest_pyfunc_call  # noqa: E402,F401  (runs the Pilot tests)
