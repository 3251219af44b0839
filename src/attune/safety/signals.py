"""What the safety layer tells other apps without importing them (they listen)."""

from __future__ import annotations

from django.dispatch import Signal

# A private couple safety check found a concern where none stood before (kwarg: client).
# Sent before the plan swaps its couple steps, so what the partner sees can be held first.
couple_concern_started = Signal()
