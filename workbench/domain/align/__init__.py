"""Alignment of a document with its translation: paragraphs, then sentences inside them."""
