"""What Instagram and Facebook exports share: detection by content, HTML exports, wild input."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.meta_exports import (
    FACEBOOK,
    FACEBOOK_OLD,
    FB_COMMENTS,
    FB_POSTS,
    IG_POSTS,
    INSTAGRAM,
    INSTAGRAM_OLD,
    export,
    warned,
    write_tree,
)

from assessor.candidate import Source
from assessor.errors import InputError
from assessor.ingest import facebook, instagram, meta
from assessor.ingest.bundle import Bundle


def test_detection_by_content_not_names(tmp_path):
    ig, fb = export(tmp_path, INSTAGRAM, "ig"), export(tmp_path, FACEBOOK, "fb")
    assert instagram.detect(ig) and not facebook.detect(ig)
    assert facebook.detect(fb) and not instagram.detect(fb)
    assert instagram.detect(export(tmp_path, INSTAGRAM_OLD, "old-ig"))
    assert facebook.detect(export(tmp_path, FACEBOOK_OLD, "old-fb"))


def test_generic_names_need_meta_shapes(tmp_path):
    saved = export(tmp_path, {"following.json": [{"login": "octocat"}],
                              "comments.json": [{"body": "LGTM"}]})
    assert not instagram.detect(saved) and not facebook.detect(saved)
    fb_comments_only = export(tmp_path, {"comments.json": FB_COMMENTS}, "c")
    assert facebook.detect(fb_comments_only)


def test_single_files_are_never_meta_exports(tmp_path):
    (tmp_path / "posts_1.json").write_text(json.dumps(IG_POSTS))
    bundle = Bundle.open(tmp_path / "posts_1.json")
    assert not instagram.detect(bundle) and not facebook.detect(bundle)


def test_html_format_export_is_recognised(tmp_path):
    html = "<html><body>Your information</body></html>"
    ig = export(tmp_path, {"start_here.html": html,
                           "your_instagram_activity/content/posts_1.html": html}, "ig")
    fb = export(tmp_path, {"index.html": html, "posts/your_posts_1.html": html}, "fb")
    for bundle in (ig, fb):
        assert meta.looks_like_html_export(bundle)
        assert not instagram.detect(bundle) and not facebook.detect(bundle)
    site = export(tmp_path, {"index.html": html, "posts/hello/index.html": html,
                             "content/about.html": html}, "site")  # a static website
    assert not meta.looks_like_html_export(site)
    old_fb = export(tmp_path, {"index.html": html, "profile_information/profile_information.html":
                               html, "friends/friends.html": html}, "old-fb")
    assert meta.looks_like_html_export(old_fb)
    assert not meta.looks_like_html_export(export(tmp_path, INSTAGRAM, "json"))


@pytest.mark.parametrize(("reader", "files", "name"), [
    (instagram.read, INSTAGRAM, "posts_1.json"),
    (instagram.read, INSTAGRAM, "followers_1.json"),
    (facebook.read, FACEBOOK, "comments.json"),
])
def test_truncated_json_is_an_input_error(tmp_path, reader, files, name):
    files = {k: (json.dumps(v)[:70] if k.endswith("/" + name) else v) for k, v in files.items()}
    with pytest.raises(InputError) as err:
        reader(export(tmp_path, files))
    assert name in str(err.value) and "is not valid JSON" in str(err.value)


@pytest.mark.parametrize("bad", ['"posts"', 7, None, {"a": 1, "b": 2}, {}])
def test_files_of_the_wrong_shape_are_skipped_with_a_warning(tmp_path, bad):
    source = instagram.read(export(tmp_path, {**INSTAGRAM_OLD, "content/posts_1.json": bad}))
    assert source.posts == () and source.followers == 3
    assert warned(source, "posts_1.json: expected a list of posts, found", "file skipped")
    fb = facebook.read(export(tmp_path, {**FACEBOOK_OLD, "friends/friends.json": bad}, "f"))
    assert fb.followers is None and len(fb.posts) == 2
    assert warned(fb, "friends.json: expected a list of accounts")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=6)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _set(value: Any, path: tuple, new: Any) -> Any:
    if not path:
        return new
    value[path[0]] = _set(value[path[0]], path[1:], new)
    return value


def _outcome(files: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Bundle.open(write_tree(Path(tmp), files))
        for detect, read in ((instagram.detect, instagram.read),
                             (facebook.detect, facebook.read)):
            assert isinstance(detect(bundle), bool)
            try:
                assert isinstance(read(bundle), Source)
            except InputError as exc:
                assert str(exc)
        assert isinstance(meta.looks_like_html_export(bundle), bool)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([INSTAGRAM_OLD, FACEBOOK]), st.data())
def test_mutated_json_gives_a_source_or_an_input_error(files, data):
    doc = {k: v for k, v in copy.deepcopy(files).items() if not isinstance(v, bytes | str)}
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(_paths(doc)[1:]))
        doc = _set(doc, path, data.draw(JSON_VALUES))
    _outcome(doc)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["posts_1.json", "followers_1.json", "following.json",
                        "your_posts_1.json", "comments.json", "your_friends.json",
                        "personal_information.json", "profile_information.json"]),
       st.binary(max_size=300))
def test_random_bytes_give_a_source_or_an_input_error(name, raw):
    _outcome({"posts_1.json": IG_POSTS, "your_posts_1.json": FB_POSTS, name: raw})
