"""Adding an importer is one module and one registration line: a toy plugin flows to the report."""

from __future__ import annotations

import importlib
import json
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from assessor import assess, load_candidate
from assessor.candidate import Platform
from assessor.ingest import registry
from assessor.report import render_html

PLUGIN = '''
"""Toot Board exports: tootboard.json with the account and its toots (a toy platform)."""

import sys

from assessor.candidate import Platform, Post, Source
from assessor.ingest.parsing import Notes, load_json, parse_iso
from assessor.ingest.registry import register
from assessor.ingest.toolkit import Fields, unique_ids

PLATFORM = Platform.register("toot", "Toot Board", "Toot Board")
READS = ("export",)


def detect(bundle):
    return bundle.kind != "file" and bundle.find_one("tootboard.json") is not None


def read(bundle):
    name = bundle.find_one("tootboard.json")
    notes = Notes()
    account = Fields(load_json(bundle, name), bundle.where(name), notes)
    posts = []
    for index, toot in enumerate(account.list("toots")):
        at = Fields(toot, bundle.where(name), notes, at=f"toot {index}")
        when = parse_iso(at.text("at"))
        if when is not None:
            posts.append(Post(platform=PLATFORM, id=at.text("id"), created_at=when,
                              text=at.text("text")))
    return Source(platform=PLATFORM, path=bundle.label, name=account.text("name"),
                  posts=unique_ids(posts), followers=account.count("followers"),
                  warnings=tuple(notes.items))


register(sys.modules[__name__])
'''

TOOTS = [
    "Shipped our team's first dashboard for the campus food bank: waiting times down 20%.",
    "Wrote up how I cleaned three years of survey data with pandas, with the notebook linked.",
    "Presenting my capstone on bus ridership at the analytics meetup on Thursday.",
    "Looking for feedback on my SQL portfolio project: a query library for open city data.",
]


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The toy plugin imported from a temporary folder; the registries are restored after."""
    monkeypatch.setattr(Platform, "_registry", dict(Platform._registry))
    monkeypatch.setattr(registry, "_IMPORTERS", dict(registry._IMPORTERS))
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "tootboard_plugin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    sys.modules.pop("tootboard_plugin", None)
    module = importlib.import_module("tootboard_plugin")
    yield module
    sys.modules.pop("tootboard_plugin", None)


def test_a_plugin_importer_flows_to_the_report(plugin, tmp_path: Path) -> None:
    assert registry.importers("export")[-1].platform == "toot"
    person = tmp_path / "sam"
    person.mkdir()
    (person / "tootboard.json").write_text(json.dumps({
        "name": "Sam Quill", "followers": 140,
        "toots": [{"id": f"t{i}", "at": f"2026-0{i + 1}-10T09:00:00Z", "text": text}
                  for i, text in enumerate(TOOTS)] + [{"id": "t9", "at": 5, "text": "?"}],
    }), encoding="utf-8")

    candidate = load_candidate(person)
    assert candidate.name == "Sam Quill" and candidate.platforms == ("toot",)
    assert len(candidate.posts) == 4
    assert any("toot 4: key at: expected text, found the number 5" in w
               for w in candidate.sources[0].warnings)

    result = assess(candidate, "data-analyst", as_of=date(2026, 6, 1))
    html = " ".join(render_html(result).split())
    assert "your Toot Board export: 4 posts" in html  # the cover says what the score rests on
    assert "<tr> <td>Toot Board</td>" in html  # the sources table names the platform by its label
    assert '"toot"' in result.to_json()


def test_an_empty_folder_names_the_plugin_among_what_is_expected(plugin, tmp_path: Path) -> None:
    from assessor.errors import InputError

    with pytest.raises(InputError) as err:
        load_candidate(tmp_path)
    assert str(err.value).endswith("Instagram, Facebook or Toot Board, or a blog or posts.csv file")


def test_a_rubric_may_expect_a_registered_plugin_platform(plugin) -> None:
    from assessor.rubric import _known_platform

    assert _known_platform("toot") == "toot"
    assert Platform("toot").label == "Toot Board"


def test_built_in_importers_are_tried_in_their_order() -> None:
    assert [i.platform for i in registry.importers("export")] == [
        "linkedin", "x", "github", "mastodon", "instagram", "facebook"]
    # X reads a bare tweets.csv on the side: a posts.csv with a tweet_id column stays generic.
    assert [i.platform for i in registry.importers("file")] == ["blog", "csv", "x"]
