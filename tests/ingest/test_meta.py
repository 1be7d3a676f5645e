"""Instagram and Facebook "Download your information" (JSON) importers."""

from __future__ import annotations

import copy
import json
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.candidate import Platform, PostKind, Source
from assessor.errors import InputError
from assessor.ingest import meta
from assessor.ingest.bundle import Bundle


def moji(text: str) -> str:
    """Meta's encoding: each UTF-8 byte as one code point (json.dumps then writes \\u00c3...)."""
    return text.encode("utf-8").decode("latin-1")


def account(handle: str, ts: int) -> dict[str, Any]:
    return {"title": "", "media_list_data": [],
            "string_list_data": [{"href": f"https://www.instagram.com/{handle}",
                                  "value": handle, "timestamp": ts}]}


# 2024 layout: your_instagram_activity/, connections/, personal_information/.
IG_POSTS = [
    {"media": [{"uri": "media/posts/202403/17998877665544332.jpg",
                "creation_timestamp": 1709650800,
                "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 53.8}]}},
                "title": moji("Graduation week at the Università di Bologna \U0001F393"),
                "cross_post_source": {"source_app": "FB"}}]},
    {"media": [{"uri": "media/posts/202402/18011112223334445.jpg",
                "creation_timestamp": 1707991200, "title": ""},
               {"uri": "media/posts/202402/18011112223334446.jpg",
                "creation_timestamp": 1707991200, "title": ""}],
     "title": moji("Two photos from the careers fair \u2014 thank you all!"),
     "creation_timestamp": 1707991260},
    {"media": [{"uri": "media/posts/202401/17900000000000001.jpg",
                "creation_timestamp": 1704103200, "title": ""}]},  # no caption
]
IG_FOLLOWERS_1 = [account("lina.berg", 1700000000), account("jonas_b", 1700000100),
                  account("river.society", 1700000200)]
IG_FOLLOWERS_2 = [account("tomasz.k", 1700000300), account("nadia.designs", 1700000400)]
IG_FOLLOWING = {"relationships_following": [account("lina.berg", 1690000000),
                                            account("bbcnews", 1690000100)]}
IG_PROFILE = {"profile_user": [{
    "media_map_data": {"Profile Photo": {"uri": "media/profile/x.jpg", "creation_timestamp": 0}},
    "string_map_data": {
        "Email": {"href": "", "value": "amara@example.com", "timestamp": 0},
        "Name": {"href": "", "value": moji("Amara Okafor-Nicolò"), "timestamp": 0},
        "Username": {"href": "", "value": "amara.creates", "timestamp": 0},
        "Bio": {"href": "", "value": moji("Social media \u00b7 community \u00b7 coffee"),
                "timestamp": 0},
        "Website": {"href": "", "value": "https://amara.example", "timestamp": 0},
        "Gender": {"href": "", "value": "female", "timestamp": 0}}}]}
INSTAGRAM = {
    "your_instagram_activity/content/posts_1.json": IG_POSTS,
    "connections/followers_and_following/followers_1.json": IG_FOLLOWERS_1,
    "connections/followers_and_following/followers_2.json": IG_FOLLOWERS_2,
    "connections/followers_and_following/following.json": IG_FOLLOWING,
    "personal_information/personal_information/personal_information.json": IG_PROFILE,
    "media/posts/202403/17998877665544332.jpg": b"\xff\xd8\xff\xe0",
    "ads_information/instagram_ads_and_businesses/no-data.txt": "No data",
}
# 2021-2022 layout: content/, followers_and_following/ with wrapped relationship lists.
INSTAGRAM_OLD = {
    "content/posts_1.json": IG_POSTS[:1],
    "followers_and_following/followers_1.json": {"relationships_followers": IG_FOLLOWERS_1},
    "followers_and_following/following.json": IG_FOLLOWING,
}

FB_POSTS = [
    {"timestamp": 1710230400,
     "attachments": [{"data": [{"external_context": {"url": "https://amara.example/blog/"}}]}],
     "data": [{"post": moji("New blog post: what I learned at the Università \U0001F389")},
              {"update_timestamp": 1710230400}],
     "title": "Amara Okafor updated her status."},
    {"timestamp": 1706745600,
     "attachments": [{"data": [{"media": {"uri": "your_activity_across_facebook/posts/media/"
                                                 "x.jpg", "creation_timestamp": 1706745600,
                                          "title": "Mobile uploads"}}]}],
     "title": "Amara Okafor added a new photo."},  # no text: kept for its title
    {"timestamp": 1704067200, "data": [{"update_timestamp": 1704067200}]},  # nothing: skipped
]
FB_COMMENTS = {"comments_v2": [
    {"timestamp": 1711000000,
     "data": [{"comment": {"timestamp": 1711000000, "comment": moji("Congratulations! \U0001F44F"),
                           "author": "Amara Okafor"}}],
     "title": "Amara Okafor commented on Lina Berg's post."},
    {"timestamp": 1711100000,
     "data": [{"comment": {"timestamp": 1711100000, "comment": "See you at the meetup",
                           "author": "Amara Okafor"}}],
     "title": "Amara Okafor replied to Jonas Berg's comment."},
]}
FB_FRIENDS = {"friends_v2": [{"name": "Lina Berg", "timestamp": 1500000000},
                             {"name": moji("Zoë Müller"), "timestamp": 1600000000}]}
FB_PROFILE = {"profile_v2": {"name": {"full_name": moji("Amara Okafor"), "first_name": "Amara",
                                      "middle_name": "", "last_name": "Okafor"},
                             "emails": {"emails": ["amara@example.com"]}}}
FACEBOOK = {
    "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json":
        FB_POSTS,
    "your_activity_across_facebook/comments_and_reactions/comments.json": FB_COMMENTS,
    "connections/friends/your_friends.json": FB_FRIENDS,
    "personal_information/profile_information/profile_information.json": FB_PROFILE,
}
FACEBOOK_OLD = {"posts/your_posts_1.json": FB_POSTS[:1],
                "comments/comments.json": {"comments": FB_COMMENTS["comments_v2"][:1]},
                "friends/friends.json": {"friends": FB_FRIENDS["friends_v2"]}}


def write(root: Path, files: dict[str, Any]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(json.dumps(content, indent=2), encoding="utf-8")  # ASCII, as Meta
    return root


def export(tmp_path: Path, files: dict[str, Any], name: str = "export") -> Bundle:
    return Bundle.open(write(tmp_path / name, files))


def warned(source: Source, *parts: str) -> bool:
    return any(all(p in w for p in parts) for w in source.warnings)


# -- detection -----------------------------------------------------------------------------------
def test_detection_by_content_not_names(tmp_path):
    ig, fb = export(tmp_path, INSTAGRAM, "ig"), export(tmp_path, FACEBOOK, "fb")
    assert meta.detect_instagram(ig) and not meta.detect_facebook(ig)
    assert meta.detect_facebook(fb) and not meta.detect_instagram(fb)
    assert meta.detect_instagram(export(tmp_path, INSTAGRAM_OLD, "old-ig"))
    assert meta.detect_facebook(export(tmp_path, FACEBOOK_OLD, "old-fb"))


def test_generic_names_need_meta_shapes(tmp_path):
    saved = export(tmp_path, {"following.json": [{"login": "octocat"}],
                              "comments.json": [{"body": "LGTM"}]})
    assert not meta.detect_instagram(saved) and not meta.detect_facebook(saved)
    fb_comments_only = export(tmp_path, {"comments.json": FB_COMMENTS}, "c")
    assert meta.detect_facebook(fb_comments_only)


def test_single_files_are_never_meta_exports(tmp_path):
    (tmp_path / "posts_1.json").write_text(json.dumps(IG_POSTS))
    bundle = Bundle.open(tmp_path / "posts_1.json")
    assert not meta.detect_instagram(bundle) and not meta.detect_facebook(bundle)


def test_html_format_export_is_recognised(tmp_path):
    html = "<html><body>Your information</body></html>"
    ig = export(tmp_path, {"start_here.html": html,
                           "your_instagram_activity/content/posts_1.html": html}, "ig")
    fb = export(tmp_path, {"index.html": html, "posts/your_posts_1.html": html}, "fb")
    for bundle in (ig, fb):
        assert meta.looks_like_html_export(bundle)
        assert not meta.detect_instagram(bundle) and not meta.detect_facebook(bundle)
    site = export(tmp_path, {"index.html": html, "posts/hello/index.html": html,
                             "content/about.html": html}, "site")  # a static website
    assert not meta.looks_like_html_export(site)
    old_fb = export(tmp_path, {"index.html": html, "profile_information/profile_information.html":
                               html, "friends/friends.html": html}, "old-fb")
    assert meta.looks_like_html_export(old_fb)
    assert not meta.looks_like_html_export(export(tmp_path, INSTAGRAM, "json"))


# -- Instagram -----------------------------------------------------------------------------------
def test_reads_instagram(tmp_path):
    source = meta.read_instagram(export(tmp_path, INSTAGRAM))
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
    source = meta.read_instagram(export(tmp_path, INSTAGRAM_OLD))
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
    assert meta.detect_instagram(bundle)
    assert len(meta.read_instagram(bundle).posts) == 3


def test_text_already_in_unicode_is_kept(tmp_path):
    posts = [{"media": [{"uri": "a.jpg", "creation_timestamp": 1709650800,
                         "title": "Zoë already fine \u2014 ok"}]}]
    source = meta.read_instagram(export(tmp_path, {"posts_1.json": posts}))
    assert source.posts[0].text == "Zoë already fine \u2014 ok"


def test_followers_without_following_file(tmp_path):
    source = meta.read_instagram(export(tmp_path, {"followers_1.json": []}))
    assert (source.posts, source.followers, source.following) == ((), 0, None)


# -- Facebook ------------------------------------------------------------------------------------
def test_reads_facebook(tmp_path):
    source = meta.read_facebook(export(tmp_path, FACEBOOK))
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
    source = meta.read_facebook(export(tmp_path, FACEBOOK_OLD))
    assert [p.kind for p in source.posts] == [PostKind.POST, PostKind.COMMENT]
    assert source.name == "Amara Okafor"  # no profile file: the author of their own comments
    assert source.followers == 2 and source.warnings == ()


def test_facebook_posts_at_the_same_second_keep_distinct_ids(tmp_path):
    posts = [{"timestamp": 1710230400, "data": [{"post": "one"}]},
             {"timestamp": 1710230400, "data": [{"post": "two"}]}]
    source = meta.read_facebook(export(tmp_path, {"your_posts_1.json": posts}))
    assert [p.id for p in source.posts] == ["1710230400", "1710230400-2"]


# -- bad input -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("reader", "files", "name"), [
    (meta.read_instagram, INSTAGRAM, "posts_1.json"),
    (meta.read_instagram, INSTAGRAM, "followers_1.json"),
    (meta.read_facebook, FACEBOOK, "comments.json"),
])
def test_truncated_json_is_an_input_error(tmp_path, reader, files, name):
    files = {k: (json.dumps(v)[:70] if k.endswith("/" + name) else v) for k, v in files.items()}
    with pytest.raises(InputError) as err:
        reader(export(tmp_path, files))
    assert name in str(err.value) and "is not valid JSON" in str(err.value)


@pytest.mark.parametrize("bad", ['"posts"', 7, None, {"a": 1, "b": 2}, {}])
def test_files_of_the_wrong_shape_are_skipped_with_a_warning(tmp_path, bad):
    source = meta.read_instagram(export(tmp_path, {**INSTAGRAM_OLD, "content/posts_1.json": bad}))
    assert source.posts == () and source.followers == 3
    assert warned(source, "posts_1.json: expected a list of posts, found", "file skipped")
    fb = meta.read_facebook(export(tmp_path, {**FACEBOOK_OLD, "friends/friends.json": bad}, "f"))
    assert fb.followers is None and len(fb.posts) == 2
    assert warned(fb, "friends.json: expected a list of accounts")


IG_POST_KEYS = {"media": ["x", 3, {"uri": "a"}], "title": [5, ["t"], True],
                "creation_timestamp": ["yesterday", -5, True, 1.5e20, [1]]}


@pytest.mark.parametrize(("key", "bad"), [(k, v) for k, vs in IG_POST_KEYS.items() for v in vs])
def test_wrong_type_at_instagram_post_keys(tmp_path, key, bad):
    post = copy.deepcopy(IG_POSTS[1])
    post[key] = bad
    source = meta.read_instagram(export(tmp_path, {"posts_1.json": [IG_POSTS[0], post]}))
    assert source.posts[0].text.startswith("Graduation week")
    assert warned(source, "posts_1.json: item 1: key " + key)


@pytest.mark.parametrize(("key", "bad"), [("title", 5), ("creation_timestamp", "soon"),
                                          ("uri", {"x": 1})])
def test_wrong_type_at_instagram_media_keys(tmp_path, key, bad):
    post = copy.deepcopy(IG_POSTS[0])
    post["media"][0][key] = bad
    source = meta.read_instagram(export(tmp_path, {"posts_1.json": [post]}))
    assert warned(source, "posts_1.json: item 0: key " + key)


@pytest.mark.parametrize("item", [None, 5, "post", ["media"], {}, {"media": []}])
def test_unusable_instagram_items_are_skipped_with_index(tmp_path, item):
    source = meta.read_instagram(export(tmp_path, {"posts_1.json": [IG_POSTS[0], item]}))
    assert len(source.posts) == 1
    assert warned(source, "posts_1.json: item 1:", "skipped")


def test_wrong_items_in_follower_lists_are_not_counted(tmp_path):
    source = meta.read_instagram(export(tmp_path, {"followers_1.json": [*IG_FOLLOWERS_1, "x", 3]}))
    assert source.followers == 3
    assert warned(source, "followers_1.json: item 3: expected an account entry, found text")


FB_POST_KEYS = {"timestamp": ["noon", None, -1, [1]], "data": ["text", 4, {"post": "x"}],
                "title": [1, ["t"]]}


@pytest.mark.parametrize(("key", "bad"), [(k, v) for k, vs in FB_POST_KEYS.items() for v in vs])
def test_wrong_type_at_facebook_post_keys(tmp_path, key, bad):
    post = copy.deepcopy(FB_POSTS[0])
    post[key] = bad
    source = meta.read_facebook(export(tmp_path, {"your_posts_1.json": [post, FB_POSTS[1]]}))
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
    source = meta.read_facebook(export(tmp_path, {"comments.json": items}))
    assert "See you at the meetup" in [p.text for p in source.posts]
    assert warned(source, "comments.json: item 0:")


@pytest.mark.parametrize("profile", [[], {"profile_v2": []}, {"profile_v2": {"name": "Amara"}},
                                     {"profile_v2": {"name": {"full_name": 3}}}])
def test_odd_profile_files_leave_the_name_empty(tmp_path, profile):
    files = {"your_posts_1.json": FB_POSTS[:1], "profile_information.json": profile}
    assert meta.read_facebook(export(tmp_path, files)).name == ""


@pytest.mark.parametrize("profile", [[], {"profile_user": "x"}, {"profile_user": [{}]},
                                     {"profile_user": [{"string_map_data": {"Name": "x"}}]}])
def test_odd_instagram_profile_files(tmp_path, profile):
    files = {"posts_1.json": IG_POSTS, "personal_information.json": profile}
    source = meta.read_instagram(export(tmp_path, files))
    assert (source.name, source.handle, len(source.posts)) == ("", "", 3)


# -- properties ----------------------------------------------------------------------------------
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
        bundle = Bundle.open(write(Path(tmp), files))
        for detect, read in ((meta.detect_instagram, meta.read_instagram),
                             (meta.detect_facebook, meta.read_facebook)):
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
