"""The Facebook "Download your information" (JSON) importer."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest
from support.meta_exports import (
    FACEBOOK,
    FACEBOOK_OLD,
    FB_COMMENTS,
    FB_POSTS,
    export,
    warned,
)

from assessor.candidate import Platform, PostKind
from assessor.ingest import facebook


def test_reads_facebook(tmp_path):
    source = facebook.read(export(tmp_path, FACEBOOK))
    assert source.platform is Platform.FACEBOOK
    assert source.name == "Amara Okafor" and source.followers == 2
    status, photo, *comments = source.posts
    assert status.text == "New blog post: what I learned at the Università \U0001F389"
    assert status.created_at == datetime(2024, 3, 12, 8, 0, tzinfo=UTC)
    assert status.kind is PostKind.POST and status.title is None
    assert (photo.text, photo.title) == ("", "Amara Okafor added a new photo.")
    assert [c.kind for c in comments] == [PostKind.COMMENT, PostKind.COMMENT]
    assert comments[0].text == "Congratulations! \U0001F44F"
    assert source.warnings == (
        f"{tmp_path / 'export'}: 1 Facebook item with neither text nor a title was skipped",)


def test_reads_older_facebook_layout(tmp_path):
    source = facebook.read(export(tmp_path, FACEBOOK_OLD))
    assert [p.kind for p in source.posts] == [PostKind.POST, PostKind.COMMENT]
    assert source.name == "Amara Okafor"  # no profile file: the author of their own comments
    assert source.followers == 2 and source.warnings == ()


def test_facebook_posts_at_the_same_second_keep_distinct_ids(tmp_path):
    posts = [{"timestamp": 1710230400, "data": [{"post": "one"}]},
             {"timestamp": 1710230400, "data": [{"post": "two"}]}]
    source = facebook.read(export(tmp_path, {"your_posts_1.json": posts}))
    assert [p.id for p in source.posts] == ["1710230400", "1710230400-2"]


FB_POST_KEYS = {"timestamp": ["noon", None, -1, [1]], "data": ["text", 4, {"post": "x"}],
                "title": [1, ["t"]]}


@pytest.mark.parametrize(("key", "bad"), [(k, v) for k, vs in FB_POST_KEYS.items() for v in vs])
def test_wrong_type_at_facebook_post_keys(tmp_path, key, bad):
    post = copy.deepcopy(FB_POSTS[0])
    post[key] = bad
    source = facebook.read(export(tmp_path, {"your_posts_1.json": [post, FB_POSTS[1]]}))
    assert any(p.title == "Amara Okafor added a new photo." for p in source.posts)
    assert source.warnings  # each problem is named: file, item index and key
    assert all("your_posts_1.json: item" in w or "neither text nor a title" in w
               for w in source.warnings)


@pytest.mark.parametrize(("path", "bad"), [
    (("data",), "x"), (("data",), [1, 2]), (("data", 0, "comment"), "text"),
    (("data", 0, "comment", "comment"), 12), (("data", 0, "comment", "author"), ["a"]),
    (("timestamp",), "now"),
])
def test_wrong_type_at_facebook_comment_keys(tmp_path, path, bad):
    comment = copy.deepcopy(FB_COMMENTS["comments_v2"][0])
    target = comment
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    items = {"comments_v2": [comment, FB_COMMENTS["comments_v2"][1]]}
    source = facebook.read(export(tmp_path, {"comments.json": items}))
    assert "See you at the meetup" in [p.text for p in source.posts]
    assert warned(source, "comments.json: item 0:")


@pytest.mark.parametrize("profile", [[], {"profile_v2": []}, {"profile_v2": {"name": "Amara"}},
                                     {"profile_v2": {"name": {"full_name": 3}}}])
def test_odd_profile_files_leave_the_name_empty(tmp_path, profile):
    files = {"your_posts_1.json": FB_POSTS[:1], "profile_information.json": profile}
    assert facebook.read(export(tmp_path, files)).name == ""
