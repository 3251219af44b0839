"""The semantic layer of the risk screen: sentence embeddings compared with curated exemplars.

See ``README.md`` in this folder for the method, the figures and the limits.
"""
