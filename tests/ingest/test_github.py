"""GitHub importer: saved REST API responses (user.json, repos.json or pages, events.json)."""

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
from support.files import write_tree

from assessor.candidate import Platform, Source
from assessor.errors import InputError
from assessor.ingest import github
from assessor.ingest.bundle import Bundle

# Shapes as GET /users/{u} and GET /users/{u}/repos return them (invented account).
USER = {
    "login": "amara-ok", "id": 58213377, "node_id": "MDQ6VXNlcjU4MjEzMzc3",
    "avatar_url": "https://avatars.githubusercontent.com/u/58213377?v=4",
    "html_url": "https://github.com/amara-ok", "type": "User", "site_admin": False,
    "name": "Amara Okafor", "company": "@riverside-digital", "blog": "https://amara.example",
    "location": "Leeds, UK", "email": None, "hireable": True,
    "bio": "Data-minded social media coordinator. Python, dashboards, community.",
    "twitter_username": "amaraok", "public_repos": 3, "public_gists": 1,
    "followers": 41, "following": 37,
    "created_at": "2019-11-02T09:14:55Z", "updated_at": "2025-01-18T17:40:02Z",
}


def repo(name: str, **overrides: Any) -> dict[str, Any]:
    base = {
        "id": 301234567, "node_id": "R_kgDOExample", "name": name,
        "full_name": f"amara-ok/{name}", "private": False,
        "html_url": f"https://github.com/amara-ok/{name}",
        "description": "Weekly engagement dashboard for a student society",
        "fork": False, "created_at": "2023-02-11T10:00:00Z", "updated_at": "2024-11-30T08:12:44Z",
        "pushed_at": "2024-11-29T21:05:13Z", "homepage": "https://amara-ok.github.io/" + name,
        "size": 812, "stargazers_count": 12, "watchers_count": 12, "language": "Python",
        "has_issues": True, "has_pages": True, "forks_count": 3, "archived": False,
        "disabled": False, "open_issues_count": 1,
        "license": {"key": "mit", "name": "MIT License", "spdx_id": "MIT",
                    "url": "https://api.github.com/licenses/mit", "node_id": "MDc6TGljZW5zZTEz"},
        "allow_forking": True, "is_template": False, "topics": ["analytics", "dashboard"],
        "visibility": "public", "forks": 3, "open_issues": 1, "watchers": 12,
        "default_branch": "main",
    }
    base.update(overrides)
    return base


REPOS = [
    repo("society-dashboard"),
    repo("dotfiles", description=None, homepage=None, language=None, license=None, topics=[],
         has_pages=False, stargazers_count=0, forks_count=0, pushed_at="2022-05-01T12:00:00Z"),
    repo("awesome-analytics", fork=True, archived=True,
         license={"key": "other", "name": "Other", "spdx_id": "NOASSERTION", "url": None,
                  "node_id": "MDc6TGljZW5zZTA="}),
]
EVENTS = [
    {"id": "44012345678", "type": "PushEvent",
     "actor": {"id": 58213377, "login": "amara-ok", "display_login": "amara-ok"},
     "repo": {"id": 301234567, "name": "amara-ok/society-dashboard"},
     "payload": {"push_id": 1, "size": 1, "ref": "refs/heads/main"}, "public": True,
     "created_at": "2024-11-29T21:05:13Z"},
]




def export(tmp_path: Path, files: dict[str, Any]) -> Bundle:
    return Bundle.open(write_tree(tmp_path / "github-amara", files))


def zipped(tmp_path: Path, files: dict[str, Any]) -> Bundle:
    path = tmp_path / "github.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, content in files.items():
            zf.writestr(name, content if isinstance(content, str | bytes) else json.dumps(content))
    return Bundle.open(path)


# -- detection -----------------------------------------------------------------------------------
def test_detects_folder_and_zip(tmp_path):
    files = {"user.json": USER, "repos.json": REPOS}
    assert github.detect(export(tmp_path, files))
    assert github.detect(zipped(tmp_path, {f"saved/{k}": v for k, v in files.items()}))


@pytest.mark.parametrize("files", [
    {"user.json": {"id": 1, "name": "Not GitHub"}, "repos.json": []},  # another app's user.json
    {"user.json": USER},  # no repos saved
    {"repos.json": REPOS},
    {"user.json": USER, "other/repos.json": REPOS},  # repos not beside user.json
    {"user.json": [USER], "repos.json": REPOS},
    {"user.json": "", "repos.json": REPOS},
])
def test_does_not_detect_other_folders(tmp_path, files):
    assert not github.detect(export(tmp_path, files))


def test_single_file_is_not_github(tmp_path):
    (tmp_path / "user.json").write_text(json.dumps(USER))
    assert not github.detect(Bundle.open(tmp_path / "user.json"))


# -- reading -------------------------------------------------------------------------------------
def test_reads_user_and_repositories(tmp_path):
    source = github.read(export(tmp_path, {"user.json": USER, "repos.json": REPOS,
                                           "events.json": EVENTS}))
    assert isinstance(source, Source) and source.platform is Platform.GITHUB
    assert (source.name, source.handle) == ("Amara Okafor", "amara-ok")
    assert source.profile.headline.startswith("Data-minded social media coordinator")
    assert source.profile.location == "Leeds, UK"
    assert source.profile.websites == ("https://amara.example",)
    assert (source.followers, source.following) == (41, 37)
    assert source.warnings == ()
    dash, dots, fork = source.repositories
    assert dash.name == "society-dashboard" and dash.language == "Python"
    assert (dash.stars, dash.forks, dash.license, dash.has_pages) == (12, 3, "MIT", True)
    assert dash.topics == ("analytics", "dashboard")
    assert dash.pushed_at == datetime(2024, 11, 29, 21, 5, 13, tzinfo=UTC)
    assert dash.url == "https://github.com/amara-ok/society-dashboard"
    assert dash.homepage == "https://amara-ok.github.io/society-dashboard"
    # null description, homepage, language and license are normal
    assert (dots.description, dots.homepage, dots.language, dots.license) == ("", "", None, None)
    # GitHub reports unknown licences as NOASSERTION: keep the name instead
    assert (fork.fork, fork.archived, fork.license) == (True, True, "Other")


def test_null_user_fields_are_tolerated(tmp_path):
    user = {**USER, "name": None, "bio": None, "blog": "", "company": None, "location": None,
            "followers": None, "following": None, "public_repos": None}
    source = github.read(export(tmp_path, {"user.json": user, "repos.json": REPOS}))
    assert (source.name, source.handle, source.profile.headline) == ("", "amara-ok", "")
    assert source.profile.websites == ()  # blog is "" when empty
    assert (source.followers, source.following) == (None, None)
    assert source.warnings == ()


def test_reads_repository_pages_in_number_order(tmp_path):
    pages = {f"repos-{n}.json": [repo(f"project-{n}-{i}") for i in range(2)]
             for n in (1, 2, 10)}
    user = {**USER, "public_repos": 6}
    source = github.read(export(tmp_path, {"user.json": user, **pages}))
    assert [r.name for r in source.repositories] == [
        "project-1-0", "project-1-1", "project-2-0", "project-2-1", "project-10-0",
        "project-10-1"]
    assert source.warnings == ()


def test_overlapping_pages_are_counted_once(tmp_path):
    files = {"user.json": USER, "repos.json": REPOS, "repos_1.json": REPOS[:2]}
    assert len(github.read(export(tmp_path, files)).repositories) == 3


def test_warns_when_pages_are_missing(tmp_path):
    source = github.read(export(tmp_path, {"user.json": {**USER, "public_repos": 45},
                                           "repos.json": REPOS}))
    assert len(source.repositories) == 3
    assert any("45 public repositories" in w and "repos-2.json" in w for w in source.warnings)


def test_api_error_saved_instead_of_repos(tmp_path):
    files = {"user.json": USER, "repos.json": {"message": "API rate limit exceeded for 10.0.0.1.",
                                               "documentation_url": "https://docs.github.com"}}
    source = github.read(export(tmp_path, files))
    assert source.repositories == ()
    assert any("repos.json: expected a JSON array of repositories" in w
               and "API rate limit exceeded" in w for w in source.warnings)


def test_reads_from_zip_with_a_top_folder(tmp_path):
    source = github.read(zipped(tmp_path, {"amara/user.json": USER, "amara/repos.json": REPOS}))
    assert source.handle == "amara-ok" and len(source.repositories) == 3


def test_several_accounts_in_one_bundle_are_flagged(tmp_path):
    files = {"a/user.json": USER, "a/repos.json": REPOS,
             "b/user.json": {**USER, "login": "someone-else"}, "b/repos.json": REPOS[:1]}
    source = github.read(export(tmp_path, files))
    assert source.handle == "amara-ok" and len(source.repositories) == 3
    assert any("1 other user.json" in w for w in source.warnings)


# -- events.json (optional, checked only) ------------------------------------------------------
def test_damaged_events_are_a_warning(tmp_path):
    source = github.read(export(tmp_path, {"user.json": USER, "repos.json": REPOS,
                                           "events.json": json.dumps(EVENTS)[:50]}))
    assert len(source.repositories) == 3
    assert any("events.json: unreadable, ignored" in w for w in source.warnings)


def test_events_of_the_wrong_shape_are_a_warning(tmp_path):
    source = github.read(export(tmp_path, {"user.json": USER, "repos.json": REPOS,
                                           "events.json": {"message": "Not Found"}}))
    assert any("events.json: expected a JSON array of events" in w for w in source.warnings)


# -- bad input -----------------------------------------------------------------------------------
def test_truncated_user_json_is_detected_and_explained(tmp_path):
    bundle = export(tmp_path, {"user.json": json.dumps(USER)[:120], "repos.json": REPOS})
    assert github.detect(bundle)
    with pytest.raises(InputError) as err:
        github.read(bundle)
    assert "user.json" in str(err.value)
    assert "is not valid JSON" in str(err.value) and "download the export again" in str(err.value)
    assert err.value.exit_code == 2


def test_truncated_repos_json(tmp_path):
    with pytest.raises(InputError, match=r"repos\.json \(line \d+\): is not valid JSON"):
        github.read(export(tmp_path, {"user.json": USER, "repos.json": json.dumps(REPOS)[:300]}))


def test_user_json_that_is_not_an_object(tmp_path):
    with pytest.raises(InputError, match=r"user\.json: expected a JSON object .* found a list"):
        github.read(export(tmp_path, {"user.json": [USER], "repos.json": REPOS}))


@pytest.mark.parametrize("login", [None, 42, "", ["amara-ok"]])
def test_login_must_be_text(tmp_path, login):
    with pytest.raises(InputError) as err:
        github.read(export(tmp_path, {"user.json": {**USER, "login": login},
                                      "repos.json": REPOS}))
    assert "user.json (key login): expected the account name as text" in str(err.value)


USER_KEYS = ["name", "bio", "blog", "company", "location", "followers", "following",
             "public_repos"]


@pytest.mark.parametrize("key", USER_KEYS)
@pytest.mark.parametrize("bad", [["x"], {"a": 1}, True, -3, "many", 1.5])
def test_wrong_type_at_every_user_key_is_a_warning(tmp_path, key, bad):
    if isinstance(bad, str) and key in ("name", "bio", "blog", "company", "location"):
        bad = 7  # text is right for these keys
    source = github.read(export(tmp_path, {"user.json": {**USER, key: bad},
                                           "repos.json": REPOS}))
    assert any(w.startswith(f"{tmp_path / 'github-amara' / 'user.json'}: key {key}: expected")
               and w.endswith("ignored") for w in source.warnings), source.warnings
    assert len(source.repositories) == 3


REPO_KEYS = ["description", "language", "stargazers_count", "forks_count", "fork", "archived",
             "license", "topics", "pushed_at", "homepage", "html_url", "has_pages"]


@pytest.mark.parametrize("key", REPO_KEYS)
@pytest.mark.parametrize("bad", [["x"], {"a": 1}, 1.5, "nonsense"])
def test_wrong_type_at_every_repository_key_is_a_warning(tmp_path, key, bad):
    if isinstance(bad, str) and key in ("description", "language", "homepage", "html_url"):
        bad = 99
    if isinstance(bad, list) and key == "topics":
        bad = [1, None, "ok"]  # items of the wrong type are dropped quietly
    items = [repo("first"), repo("second", **{key: bad})]
    source = github.read(export(tmp_path, {"user.json": USER, "repos.json": items}))
    assert [r.name for r in source.repositories] == ["first", "second"]
    if key == "topics" and isinstance(bad, list):
        assert source.repositories[1].topics == ("ok",)
    elif key == "license" and isinstance(bad, dict):
        assert source.repositories[1].license is None  # an object naming no licence
    else:
        assert any("repos.json: item 1: key " + key in w for w in source.warnings), \
            source.warnings


@pytest.mark.parametrize("item", [None, 3, "society-dashboard", ["name"], {"name": None},
                                  {"name": 12}, {"description": "no name"}])
def test_bad_repository_items_are_skipped_with_index(tmp_path, item):
    source = github.read(export(tmp_path, {"user.json": USER,
                                           "repos.json": [repo("kept"), item]}))
    assert [r.name for r in source.repositories] == ["kept"]
    assert any("repos.json: item 1:" in w and "skipped" in w for w in source.warnings)


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
        bundle = Bundle.open(write_tree(Path(tmp), files))
        assert isinstance(github.detect(bundle), bool)
        try:
            assert isinstance(github.read(bundle), Source)
        except InputError as exc:
            assert str(exc)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_json_gives_a_source_or_an_input_error(data):
    doc = copy.deepcopy({"user.json": USER, "repos.json": REPOS, "events.json": EVENTS})
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(_paths(doc)[1:]))
        doc = _set(doc, path, data.draw(JSON_VALUES))
    _outcome(doc)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["user.json", "repos.json", "repos-2.json", "events.json"]),
       st.binary(max_size=300))
def test_random_bytes_give_a_source_or_an_input_error(name, raw):
    files: dict[str, Any] = {"user.json": USER, "repos.json": REPOS, name: raw}
    _outcome(files)
