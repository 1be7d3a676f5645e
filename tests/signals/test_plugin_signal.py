"""Adding a signal is one function in one file plus a rubric criterion that names it (issue 13).

A toy signal lives in a temporary plugin module; a toy rubric (a shipped one with one more
criterion) reads it with a parameter override; the criterion, its unit and its advice reach the
Assessment and the rendered report without any other file changing.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from support import AS_OF, example_candidate

from assessor import assess
from assessor.report import render_html
from assessor.rubric import rubric_dir
from assessor.signals import SIGNALS, signal, unregister

PLUGIN = '''
from pydantic import Field

from assessor.signals import Context, Measurement, Params, Unit, signal


class EmojiParams(Params):
    """What counts as a lot of emoji."""

    per_post: int = Field(default=3, ge=1, description="Emoji in one post that make it busy.")


@signal("calm_posts", "Posts without a wall of emoji", params=EmojiParams,
        unit=Unit("calm", lambda v: f"{v:g} calm posts", adds=True),
        state="you have {n} calm posts", kind="calm")
def calm_posts(ctx: Context, p: EmojiParams) -> Measurement:
    calm = [x for x in ctx.own() if sum(not c.isascii() for c in x.text) < p.per_post]
    return Measurement(float(len(calm)), f"{len(calm)} calm posts",
                       f"{len(calm)} posts carry fewer than {p.per_post} emoji.")
'''


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    (tmp_path / "toy_signals.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("toy_signals")
    yield "calm_posts"
    unregister("calm_posts")
    sys.modules.pop("toy_signals", None)


def _toy_rubric(folder: Path, params: dict[str, int]) -> Path:
    data = yaml.safe_load((rubric_dir() / "social-media-manager.yaml").read_text("utf-8"))
    data["role"] = "toy-role"
    data["dimensions"]["professionalism"]["criteria"].append({
        "signal": "calm_posts", "weight": 30, "params": params,
        "curve": {"poor": 0, "fair": 1000, "good": 2000, "excellent": 3000},
        "expect": "Posts read calmly, without walls of emoji.",
        "advice": "Let the words carry the post; keep emoji to one or two.",
    })
    path = folder / "toy-role.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_a_plugin_signal_flows_to_the_result_and_the_report(plugin, tmp_path):
    result = assess(example_candidate("amara-okafor"), _toy_rubric(tmp_path, {"per_post": 2}),
                    as_of=AS_OF)
    crit = next(c for c in result.dimensions["professionalism"].criteria
                if c.signal == "calm_posts")
    assert crit.description == "Posts without a wall of emoji"
    assert crit.display.endswith(" calm posts") and crit.measured
    assert "fewer than 2 emoji" in crit.detail  # the rubric's params, not the default 3
    rec = next(r for r in result.recommendations if r.signal == "calm_posts")
    assert rec.target == "1000 calm posts"  # the signal's unit says the target
    n = int(crit.value)
    assert rec.action.startswith(f"You have {n} calm posts; {1000 - n} more reach the next "
                                 "level. Let the words carry the post")
    html = render_html(result)
    assert "Posts without a wall of emoji" in html
    assert "Let the words carry the post" in html


def test_the_default_params_apply_without_an_override(plugin, tmp_path):
    result = assess(example_candidate("amara-okafor"), _toy_rubric(tmp_path, {}), as_of=AS_OF)
    crit = next(c for c in result.dimensions["professionalism"].criteria
                if c.signal == "calm_posts")
    assert "fewer than 3 emoji" in crit.detail


def test_a_name_is_registered_once(plugin):
    with pytest.raises(ValueError, match=r"signal 'calm_posts' is already registered by "
                                         r"toy_signals\.calm_posts; choose another name"):
        signal("calm_posts", "Another")(lambda ctx, p: SIGNALS["red_flags"].measure(ctx, p))
    assert SIGNALS["calm_posts"].measure.__module__ == "toy_signals"
    with pytest.raises(ValueError, match="'red_flags' is already registered"):
        signal("red_flags", "Another")(lambda ctx, p: SIGNALS["red_flags"].measure(ctx, p))


def test_every_shipped_signal_documents_its_parameters():
    from pydantic_core import PydanticUndefined

    for name, sig in SIGNALS.items():
        assert sig.description and sig.state, name
        for field, info in sig.params.model_fields.items():
            assert info.default is not PydanticUndefined, f"{name}.{field} has no default"
            assert info.description, f"{name}.{field} has no description"
        sig.params()  # the defaults validate
