"""Sentence embeddings for the risk screen (MiniLM, ``encoder.py``) and the pieces of a text
that are embedded (``segments.py``); the classifier over them is in ``../classifier/``.
"""
