"""The editing session and what surrounds it: the assist (matches, terms, QA), autocomplete,
filtering, history and undo, preview, propagation of repetitions, split and merge, sync from the editor."""
