"""Danger words: a cry for help at any step starts the emergency path at once.

The engine asks only whether a message is a cry for help; what kind (danger or self-harm),
whose (hers or someone else's) and the words that say it come from
``flows.understand.danger.detect``, which holds the rules and their lexicon. This module stays
the engine's one entry point (compiled with it, see flows/native.py).
"""

from __future__ import annotations

from flows.understand.danger import detect


def detect_danger(text: str) -> bool:
    """True when the message tells of danger or of self-harm, hers or someone else's."""
    return detect(text) is not None
