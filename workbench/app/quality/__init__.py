"""Quality runs and figures: QA over documents and projects, spelling, progress, term consistency."""
