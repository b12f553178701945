"""Errors every layer may raise and catch, kept below them all (storage imports nothing above)."""

from __future__ import annotations


class ConfigError(Exception):
    """Configuration is wrong; the message says what to change, in one line."""
