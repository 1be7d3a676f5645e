"""Shared fixtures: the examples, a fixed assessment date, cached assessments."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AS_OF = dt.date(2026, 11, 20)


@cache
def example_candidate(name: str):
    from assessor.ingest import load_candidate

    return load_candidate(EXAMPLES / name)


@cache
def example_assessment(name: str, role: str):
    from assessor import assess

    return assess(example_candidate(name), role, as_of=AS_OF)


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real per-user history: the user data folder is a temporary one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Keep the default history database out of the real user data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
