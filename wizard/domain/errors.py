"""Errors every layer may meet and must tell apart by type: the store raises them, the UI catches them
without importing the store (errors cross layers by type, never by class name)."""

from __future__ import annotations


class EditConflict(Exception):
    """A colleague saved the case since we read it: our write was refused, our edits are kept."""
