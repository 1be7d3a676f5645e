"""Fixtures for every test. Shared helpers live in ``example_support`` (not here: several
test folders have a conftest of their own, and ``from conftest import`` would be ambiguous)."""

from __future__ import annotations

from pathlib import Path

import pytest
from example_support import EXAMPLES


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Keep the default history database out of the real user data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
