"""End-to-end fixtures live in tests/conftest.py; ``spawn`` is re-exported for existing imports."""

from tests.support import spawn

__all__ = ["spawn"]
