"""The Instagram "Download your information" (JSON) importer."""

from __future__ import annotations

import copy
import json
import zipfile
from datetime import UTC, datetime

import pytest
from support.meta_exports import (
    IG_FOLLOWERS_1,
    IG_POSTS,
    INSTAGRAM,
    INSTAGRAM_OLD,
    export,
    warned,
)

from assessor.candidate import Platform, PostKind
from assessor.ingest import instagram
from assessor.ingest.bundle import Bundle


def test_reads_instagram(tmp_path):
    source = instagram.read(export(tmp_path, INSTAGRAM))
    assert source.platform is Platform.INSTAGRAM and source.warnings == ()
    assert (source.name, source.handle) == ("Amara Okafor-Nicolò", "amara.creates")
    assert source.profile.headline == "Social media \u00b7 community \u00b7 coffee"
    assert source.profile.websites == ("https://amara.example",)
    assert (source.followers, source.following) == (5, 2)  # followers_1 + followers_2
    single, multi, bare = source.posts
    # mojibake repaired: "Universit\u00c3\u00a0" -> "Università", emoji too
    assert single.text == "Graduation week at the Università di Bologna \U0001F393"
    assert single.created_at == datetime(2024, 3, 5, 15, 0, tzinfo=UTC)
    assert single.id == "17998877665544332" and single.kind is PostKind.POST
    # multi-photo posts carry caption and time at the top
    assert multi.text == "Two photos from the careers fair \u2014 thank you all!"
    assert multi.created_at == datetime.fromtimestamp(1707991260, UTC)
    assert bare.text == "" and bare.created_at == datetime(2024, 1, 1, 10, 0, tzinfo=UTC)


def test_reads_older_instagram_layout_with_wrappers(tmp_path):
    source = instagram.read(export(tmp_path, INSTAGRAM_OLD))
    assert (len(source.posts), source.followers, source.following) == (1, 3, 2)
    assert (source.name, source.handle) == ("", "")
    assert source.warnings == ()


def test_reads_instagram_zip(tmp_path):
    path = tmp_path / "instagram-amara.creates-2025-01-20-AbCdEf.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, content in INSTAGRAM.items():
            zf.writestr(name, content if isinstance(content, bytes | str)
                        else json.dumps(content))
    bundle = Bundle.open(path)
    assert instagram.detect(bundle)
    assert len(instagram.read(bundle).posts) == 3


def test_text_already_in_unicode_is_kept(tmp_path):
    posts = [{"media": [{"uri": "a.jpg", "creation_timestamp": 1709650800,
                         "title": "Zoë already fine \u2014 ok"}]}]
    source = instagram.read(export(tmp_path, {"posts_1.json": posts}))
    assert source.posts[0].text == "Zoë already fine \u2014 ok"


def test_followers_without_following_file(tmp_path):
    source = instagram.read(export(tmp_path, {"followers_1.json": []}))
    assert (source.posts, source.followers, source.following) == ((), 0, None)


IG_POST_KEYS = {"media": ["x", 3, {"uri": "a"}], "title": [5, ["t"], True],
                "creation_timestamp": ["yesterday", -5, True, 1.5e20, [1]]}


@pytest.mark.parametrize(("key", "bad"), [(k, v) for k, vs in IG_POST_KEYS.items() for v in vs])
def test_wrong_type_at_instagram_post_keys(tmp_path, key, bad):
    post = copy.deepcopy(IG_POSTS[1])
    post[key] = bad
    source = instagram.read(export(tmp_path, {"posts_1.json": [IG_POSTS[0], post]}))
    assert source.posts[0].text.startswith("Graduation week")
    assert warned(source, "posts_1.json: item 1: key " + key)


@pytest.mark.parametrize(("key", "bad"), [("title", 5), ("creation_timestamp", "soon"),
                                          ("uri", {"x": 1})])
def test_wrong_type_at_instagram_media_keys(tmp_path, key, bad):
    post = copy.deepcopy(IG_POSTS[0])
    post["media"][0][key] = bad
    source = instagram.read(export(tmp_path, {"posts_1.json": [post]}))
    assert warned(source, "posts_1.json: item 0: key " + key)


@pytest.mark.parametrize("item", [None, 5, "post", ["media"], {}, {"media": []}])
def test_unusable_instagram_items_are_skipped_with_index(tmp_path, item):
    source = instagram.read(export(tmp_path, {"posts_1.json": [IG_POSTS[0], item]}))
    assert len(source.posts) == 1
    assert warned(source, "posts_1.json: item 1:", "skipped")


def test_wrong_items_in_follower_lists_are_not_counted(tmp_path):
    source = instagram.read(export(tmp_path, {"followers_1.json": [*IG_FOLLOWERS_1, "x", 3]}))
    assert source.followers == 3
    assert warned(source, "followers_1.json: item 3: expected an account entry, found the text 'x'")


@pytest.mark.parametrize("profile", [[], {"profile_user": "x"}, {"profile_user": [{}]},
                                     {"profile_user": [{"string_map_data": {"Name": "x"}}]}])
def test_odd_instagram_profile_files(tmp_path, profile):
    files = {"posts_1.json": IG_POSTS, "personal_information.json": profile}
    source = instagram.read(export(tmp_path, files))
    assert (source.name, source.handle, len(source.posts)) == ("", "", 3)
