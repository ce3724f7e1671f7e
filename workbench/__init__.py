"""workbench: a terminal translation and annotation workbench."""

__version__ = "0.1.0"
