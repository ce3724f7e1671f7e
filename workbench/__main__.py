"""`python -m workbench` runs the workbench command."""

from workbench.cli import run

run()
