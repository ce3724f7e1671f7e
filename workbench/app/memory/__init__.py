"""The project's translation memory: its index over the project's files, pretranslation, analysis."""
