"""load_candidate: a candidate folder of mixed exports, single exports, junk and failures."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from support.files import write_tree

from assessor.candidate import Candidate, Platform
from assessor.errors import InputError
from assessor.ingest import load_candidate

USER = {"login": "amara-ok", "name": "Amara Okafor", "company": None,
        "blog": "https://amara.example", "location": "Leeds, UK", "bio": "Community and data",
        "public_repos": 1, "followers": 41, "following": 37,
        "html_url": "https://github.com/amara-ok", "created_at": "2019-11-02T09:14:55Z"}
REPOS = [{"name": "society-dashboard", "full_name": "amara-ok/society-dashboard",
          "html_url": "https://github.com/amara-ok/society-dashboard", "description": None,
          "fork": False, "pushed_at": "2024-11-29T21:05:13Z", "homepage": None,
          "stargazers_count": 12, "forks_count": 3, "language": "Python", "archived": False,
          "license": None, "topics": [], "has_pages": False}]
GITHUB = {"user.json": USER, "repos.json": REPOS}


def _account(handle: str) -> dict[str, Any]:
    return {"title": "", "media_list_data": [], "string_list_data": [
        {"href": f"https://www.instagram.com/{handle}", "value": handle, "timestamp": 1700000000}]}


INSTAGRAM = {  # the 2024 layout: posts and followers in different top folders
    "your_instagram_activity/content/posts_1.json": [
        {"media": [{"uri": "media/posts/202403/1799.jpg", "creation_timestamp": 1709650800,
                    "title": "Graduation week at the Universit\u00c3\u00a0"}]}],
    "connections/followers_and_following/followers_1.json": [_account("lina.berg"),
                                                             _account("jonas_b")],
    "connections/followers_and_following/following.json": {
        "relationships_following": [_account("lina.berg")]},
    "media/posts/202403/1799.jpg": b"\xff\xd8\xff\xe0",
}
FACEBOOK = {
    "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json": [
        {"timestamp": 1710230400, "data": [{"post": "New blog post is up"}],
         "title": "Amara Okafor updated her status."}],
    "personal_information/profile_information/profile_information.json": {
        "profile_v2": {"name": {"full_name": "Amara Okafor"}}},
}
FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Amara writes</title><link>https://amara.example/blog/</link>
<item><title>Hello</title><link>https://amara.example/blog/hello/</link>
<guid>https://amara.example/?p=1</guid><pubDate>Tue, 05 Mar 2024 15:00:00 +0100</pubDate>
<description>First post.</description></item></channel></rss>"""
POSTS_CSV = "date,text,platform,likes\n2024-02-01,Our TikTok hit 5k followers,tiktok,310\n"
MANIFEST = ("name: Amara Okafor\ntarget_role: social-media-manager\n"
            "links: [https://amara-portfolio.example]\nfollowers: {tiktok: 5300}\n")




def zip_of(path: Path, files: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as zf:
        for name, content in files.items():
            zf.writestr(name, content if isinstance(content, str | bytes) else json.dumps(content))
    return path


def mixed_folder(root: Path) -> Path:
    write_tree(root / "github-responses", GITHUB)
    zip_of(root / "instagram-amara.creates-2025-01-20-AbCdEf.zip", INSTAGRAM)
    write_tree(root / "facebook-amaraokafor-2025-01-20", FACEBOOK)
    write_tree(root, {"feed.xml": FEED, "posts.csv": POSTS_CSV, "candidate.yaml": MANIFEST})
    return root


# -- a candidate folder ------------------------------------------------------------------------
def test_candidate_folder_mixing_sources(tmp_path):
    candidate = load_candidate(mixed_folder(tmp_path / "amara"))
    assert isinstance(candidate, Candidate)
    assert candidate.warnings == ()
    assert sorted(candidate.platforms) == sorted([Platform.GITHUB, Platform.INSTAGRAM,
                                                  Platform.FACEBOOK, Platform.BLOG, Platform.CSV])
    assert all(s.warnings == () for s in candidate.sources)
    assert candidate.name == "Amara Okafor" and candidate.target_role == "social-media-manager"
    assert candidate.profile.websites == ("https://amara.example/blog/", "https://amara.example",
                                          "https://amara-portfolio.example")
    assert candidate.profile.headline == "Community and data"
    assert [p.platform for p in candidate.posts] == [  # oldest first, across sources
        Platform.CSV, Platform.BLOG, Platform.INSTAGRAM, Platform.FACEBOOK]
    assert "Università" in candidate.posts[2].text
    assert candidate.audience() == {"github": (41, 37), "instagram": (2, 1),
                                    "tiktok": (5300, None)}
    assert len(candidate.repositories) == 1


# -- single exports passed directly --------------------------------------------------------------
def test_unpacked_instagram_export_passed_directly_is_one_source(tmp_path):
    candidate = load_candidate(write_tree(tmp_path / "instagram-amara.creates-2025", INSTAGRAM))
    (source,) = candidate.sources
    assert source.platform is Platform.INSTAGRAM
    assert (len(source.posts), source.followers, source.following) == (1, 2, 1)
    assert candidate.warnings == ()
    assert candidate.name == "instagram-amara.creates-2025"  # no name in the export: the folder


def test_candidate_folder_holding_one_unpacked_export(tmp_path):
    write_tree(tmp_path / "amara" / "instagram", INSTAGRAM)
    (source,) = load_candidate(tmp_path / "amara").sources
    assert (len(source.posts), source.followers) == (1, 2)


@pytest.mark.parametrize(("make", "platform"), [
    (lambda p: write_tree(p / "gh", GITHUB), Platform.GITHUB),
    (lambda p: zip_of(p / "instagram.zip", INSTAGRAM), Platform.INSTAGRAM),
    (lambda p: write_tree(p / "fb", FACEBOOK), Platform.FACEBOOK),
    (lambda p: write_tree(p, {"feed.xml": FEED}) / "feed.xml", Platform.BLOG),
    (lambda p: write_tree(p, {"my-posts.csv": POSTS_CSV}) / "my-posts.csv", Platform.CSV),
])
def test_single_export_passed_directly(tmp_path, make, platform):
    candidate = load_candidate(make(tmp_path))
    assert [s.platform for s in candidate.sources] == [platform]
    assert candidate.warnings == ()


def test_github_export_name_comes_from_the_source(tmp_path):
    candidate = load_candidate(write_tree(tmp_path / "gh", GITHUB))
    assert candidate.name == "Amara Okafor" and candidate.sources[0].handle == "amara-ok"


# -- junk and damaged sources are warnings -------------------------------------------------------
def test_junk_beside_a_good_source_is_reported_not_crashed_on(tmp_path):
    root = write_tree(tmp_path / "amara", {"github/user.json": USER, "github/repos.json": REPOS,
                                      "empty.dat": b"", "notes.txt": "Call Amara on Tuesday.\n"})
    zip_of(root / "holiday-photos.zip", {"IMG_0001.jpg": b"\xff\xd8", "readme.txt": "hi"})
    (root / "cut-off.zip").write_bytes(b"PK\x03\x04\x14\x00\x00\x00")
    candidate = load_candidate(root)
    assert [s.platform for s in candidate.sources] == [Platform.GITHUB]
    assert len(candidate.warnings) == 4
    for name in ("empty.dat", "notes.txt", "holiday-photos.zip"):
        # Named relative to the candidate folder.
        assert f"{name}: not a recognised export; skipped" in candidate.warnings
    assert any(w.startswith("cut-off.zip: is not a readable zip archive")
               for w in candidate.warnings)
    # Only the damaged archive is an export that could not be read; stray files are not.
    assert [u.path for u in candidate.unreadable] == ["cut-off.zip"]


def test_a_damaged_source_does_not_stop_the_others(tmp_path):
    root = write_tree(tmp_path / "amara", {"gh/user.json": USER,
                                           "gh/repos.json": "[{\"name\": \"so",
                                           "feed.xml": FEED})
    candidate = load_candidate(root)
    assert [s.platform for s in candidate.sources] == [Platform.BLOG]
    (warning,) = candidate.warnings
    assert warning.startswith("gh/repos.json (line 1): is not valid JSON")


def test_html_meta_export_beside_other_sources_is_a_warning(tmp_path):
    root = write_tree(tmp_path / "amara", {"feed.xml": FEED, "ig/start_here.html": "<html></html>",
                                      "ig/your_instagram_activity/content/posts_1.html": "<p>"})
    candidate = load_candidate(root)
    assert candidate.warnings == (
        "ig: is an Instagram/Facebook export in HTML format; request 'Download your "
        "information' again with Format: JSON",)


# -- nothing usable ------------------------------------------------------------------------------
def test_folder_with_nothing_usable_is_an_input_error(tmp_path):
    root = write_tree(tmp_path / "amara", {"empty.dat": b"", "notes.txt": "hello\n"})
    zip_of(root / "photos.zip", {"IMG_0001.jpg": b"\xff\xd8"})
    with pytest.raises(InputError) as err:
        load_candidate(root)
    assert err.value.exit_code == 2
    message = str(err.value)
    assert message.startswith(f"{root}: no usable source found (")
    assert f"{root / 'notes.txt'}: not a recognised export; skipped" in message
    assert message.endswith("Expected an export from LinkedIn, X, GitHub, Mastodon, Instagram or "
                            "Facebook, or a blog or posts.csv file")


def test_empty_folder(tmp_path):
    (tmp_path / "amara").mkdir()
    with pytest.raises(InputError, match="no usable source found .no recognised export inside"):
        load_candidate(tmp_path / "amara")


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        load_candidate(tmp_path / "nobody")


@pytest.mark.parametrize("as_zip", [False, True])
def test_html_meta_export_alone_asks_for_json(tmp_path, as_zip):
    files = {"start_here.html": "<html></html>",
             "your_instagram_activity/likes/liked_posts.html": "<html></html>"}
    path = zip_of(tmp_path / "ig.zip", files) if as_zip else write_tree(tmp_path / "ig", files)
    with pytest.raises(InputError) as err:
        load_candidate(path)
    assert "in HTML format; request 'Download your information' again with Format: JSON" in str(
        err.value)
    assert err.value.exit_code == 2


def test_single_html_page_asks_for_json(tmp_path):
    page = write_tree(tmp_path, {"your_posts_1.html": "<html></html>"}) / "your_posts_1.html"
    with pytest.raises(InputError, match="is an HTML page; for Instagram or Facebook, download "
                                         "your information in JSON format"):
        load_candidate(page)


# -- the candidate id ----------------------------------------------------------------------------
def test_candidate_id_is_stable(tmp_path):
    first = load_candidate(mixed_folder(tmp_path / "amara")).candidate_id
    assert re.fullmatch(r"c-[0-9a-f]{12}", first)
    assert load_candidate(tmp_path / "amara").candidate_id == first
    # a fresh export of the same accounts, with new content and another folder name
    shutil.copytree(tmp_path / "amara", tmp_path / "amara-march")
    more = [*REPOS, {**REPOS[0], "name": "new-project", "html_url": "https://x.example/new"}]
    write_tree(tmp_path / "amara-march" / "github-responses", {"repos.json": more})
    (tmp_path / "amara-march" / "posts.csv").write_text(POSTS_CSV + "2024-03-01,More,tiktok,2\n")
    assert load_candidate(tmp_path / "amara-march").candidate_id == first


def test_candidate_id_changes_with_the_accounts(tmp_path):
    base = load_candidate(write_tree(tmp_path / "a", GITHUB)).candidate_id
    other = load_candidate(write_tree(tmp_path / "b", {**GITHUB, "user.json": {
        **USER, "login": "someone-else"}})).candidate_id
    assert base != other


def test_manifest_student_id_is_the_candidate_id(tmp_path):
    root = write_tree(tmp_path / "amara", {**{f"gh/{k}": v for k, v in GITHUB.items()},
                                      "candidate.yaml": "student_id: S-2025-014\n"})
    assert load_candidate(root).candidate_id == "S-2025-014"


def test_bad_manifest_is_an_input_error(tmp_path):
    root = write_tree(tmp_path / "amara", {**{f"gh/{k}": v for k, v in GITHUB.items()},
                                      "candidate.yaml": "colour: blue\n"})
    with pytest.raises(InputError, match=r"candidate\.yaml \(key colour\): unknown key"):
        load_candidate(root)
