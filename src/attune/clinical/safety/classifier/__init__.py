"""A trained, calibrated classifier over sentence embeddings (issue 14); see README.md."""
