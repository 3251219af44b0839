"""Psychoeducation library: Markdown articles with citations, their loader and renderer."""
