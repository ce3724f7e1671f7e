"""The TUI fixtures (a real project, async tests run by asyncio) shared with tests/tui."""

from tests.tui.conftest import project, pytest_pyfunc_call  # noqa: F401
