"""Fixtures for every test. Shared helpers live in ``support`` (not here: several test
folders have a conftest of their own, and ``from conftest import`` would be ambiguous)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import EXAMPLES, example_assessment

from assessor.result import Assessment


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def amara() -> Assessment:
    """One real assessment: Amara Okafor for social-media-manager as of 2026-11-20."""
    return example_assessment("amara-okafor", "social-media-manager")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Keep the default history database out of the real user data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
