"""GitHub: REST API responses a person (or the tool) saved as JSON.

GitHub has no account export, so the "export" is a folder or zip of saved responses:

- ``user.json`` from ``GET /users/{u}`` (must hold a ``login`` key),
- ``repos.json`` from ``GET /users/{u}/repos`` (one array), or its pages ``repos-1.json``,
  ``repos-2.json``, ... (``repos_1.json`` is accepted too),
- optionally ``events.json`` from ``GET /users/{u}/events/public``.

Events are only checked for shape: the candidate model has no place for them and posts are not
made from pushes. ``company`` is checked but not kept (the profile model has no field for it);
``public_repos`` is compared with the repositories found, to warn when pages are missing.

A value of the wrong type never stops the import: the field is ignored (or the repository
skipped) with a warning naming the file, the array index and the key.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath
from typing import Any

from assessor.candidate import Platform, Profile, Repository, Source
from assessor.display import plural
from assessor.errors import InputError
from assessor.ingest.bundle import Bundle, decode_text
from assessor.ingest.parsing import Notes, load_json, parse_iso
from assessor.ingest.toolkit import Fields, found

PLATFORM = Platform.GITHUB
READS = ("export",)

_PAGE = re.compile(r"^repos(?:[-_](\d+))?\.json$")


def detect(bundle: Bundle) -> bool:
    """True for a folder or archive holding ``user.json`` (with ``login``) and repos JSON."""
    if bundle.kind == "file":
        return False
    user = bundle.find_one("user.json")
    if user is None or not _repo_pages(bundle, user):
        return False
    try:
        raw = bundle.read_bytes(user)
    except InputError:
        return False
    try:  # decoded as every member is read, so a UTF-16 user.json with a BOM is recognised too
        data = json.loads(decode_text(raw, bundle.where(user)))
    except (InputError, ValueError, RecursionError):
        # A cut-off download still starts with "login": claim it, so read() can say so.
        return b'"login"' in raw[:4096]
    return isinstance(data, dict) and "login" in data


def read(bundle: Bundle) -> Source:
    """Name, handle, profile facts, follower counts and repositories from the saved responses.

    Raises
    ------
    InputError
        When ``user.json`` is missing, not valid JSON, not an object or has no text ``login``,
        or when a repos file is not valid JSON.
    """
    notes = Notes()
    user_name = bundle.find_one("user.json")
    if user_name is None:
        raise InputError(bundle.label, "holds no user.json; expected the saved response of "
                                       "GET /users/{username}")
    where = bundle.where(user_name)
    others = len(bundle.find("user.json")) - 1
    if others:
        notes.add(where, f"read this account only; {plural(others, 'other user.json file')} "
                         "ignored: give each account its own folder or zip")
    user = load_json(bundle, user_name)
    if not isinstance(user, dict):
        raise InputError(where, f"expected a JSON object (GET /users/{{username}}), "
                                f"found {found(user)}")
    login = user.get("login")
    if not isinstance(login, str) or not login.strip():
        raise InputError(where, "expected the account name as text", where="key login")
    fields = Fields(user, where, notes)
    blog = fields.text("blog")
    fields.text("company")  # checked only: the profile model has no company field
    profile = Profile(headline=fields.text("bio"), location=fields.text("location"),
                      websites=(blog,) if blog else ())
    repos = _read_repos(bundle, user_name, notes)
    public_repos = fields.count("public_repos")
    if public_repos is not None and public_repos > len(repos):
        notes.add(where, f"the account has {public_repos} public repositories but the saved "
                         f"repos JSON holds {len(repos)}; save every page (repos-2.json, ...) "
                         "to count them all")
    _check_events(bundle, user_name, notes)
    return Source(
        platform=PLATFORM,
        path=bundle.label,
        name=fields.text("name"),
        handle=login.strip(),
        profile=profile,
        repositories=tuple(repos),
        followers=fields.count("followers"),
        following=fields.count("following"),
        warnings=tuple(notes.items),
    )


def _repo_pages(bundle: Bundle, user_name: str) -> list[str]:
    """Repos files beside ``user.json``: ``repos.json`` first, then pages in number order."""
    folder = PurePosixPath(user_name).parent
    pages: list[tuple[int, str]] = []
    for name in bundle.find("repos*.json"):
        path = PurePosixPath(name)
        match = _PAGE.match(path.name.lower())
        if match and path.parent == folder:
            pages.append((int(match.group(1) or 0), name))
    return [name for _, name in sorted(pages)]


def _read_repos(bundle: Bundle, user_name: str, notes: Notes) -> list[Repository]:
    repos: list[Repository] = []
    seen: set[str] = set()
    pages = _repo_pages(bundle, user_name)
    if not pages:
        notes.add(bundle.label, "holds no repos.json; no repositories were read")
    for page in pages:
        where = bundle.where(page)
        items = load_json(bundle, page)
        if not isinstance(items, list):
            notes.add(where, f"expected a JSON array of repositories (GET /users/{{username}}/"
                             f"repos), found {found(items)}{_api_message(items)}; skipped")
            continue
        for index, item in enumerate(items):
            repo = _repository(item, where, index, notes)
            if repo is None:
                continue
            key = (repo.url or repo.name).casefold()
            if key in seen:  # repos.json and its pages overlap when both were saved
                continue
            seen.add(key)
            repos.append(repo)
    return repos


def _repository(item: Any, where: str, index: int, notes: Notes) -> Repository | None:
    if not isinstance(item, dict):
        notes.add(where, f"item {index}: expected a repository object, found {found(item)}; "
                         "skipped")
        return None
    f = Fields(item, where, notes, at=f"item {index}")
    name = f.text("name")
    if not name:
        notes.add(where, f"item {index}: a repository without a name; skipped")
        return None
    pushed_raw = f.text("pushed_at")
    pushed = parse_iso(pushed_raw)
    if pushed_raw and pushed is None:
        notes.add(where, f"item {index}: key pushed_at: {pushed_raw!r} is not an ISO 8601 date; "
                         "ignored")
    topics = item.get("topics")
    if topics is not None and not isinstance(topics, list):
        notes.add(where, f"item {index}: key topics: expected a list, found {found(topics)}; "
                         "ignored")
        topics = None
    return Repository(
        name=name,
        description=f.text("description"),
        language=f.text("language") or None,
        stars=f.count("stargazers_count") or 0,
        forks=f.count("forks_count") or 0,
        fork=f.flag("fork"),
        archived=f.flag("archived"),
        license=_license(item.get("license"), where, index, notes),
        topics=tuple(t.strip() for t in topics or () if isinstance(t, str) and t.strip()),
        pushed_at=pushed,
        homepage=f.text("homepage"),
        url=f.text("html_url"),
        has_pages=f.flag("has_pages"),
    )


def _license(value: Any, where: str, index: int, notes: Notes) -> str | None:
    """SPDX id when GitHub knows it (``NOASSERTION`` means it does not), else the name."""
    if value is None:
        return None
    if not isinstance(value, dict):
        notes.add(where, f"item {index}: key license: expected an object or null, found "
                         f"{found(value)}; ignored")
        return None
    for key in ("spdx_id", "name", "key"):
        text = value.get(key)
        if isinstance(text, str) and text.strip() and text != "NOASSERTION":
            return text.strip()
    return None


def _check_events(bundle: Bundle, user_name: str, notes: Notes) -> None:
    """``events.json`` is optional and only checked: a damaged one is a warning, not an error."""
    folder = PurePosixPath(user_name).parent
    name = next((n for n in bundle.find("events.json") if PurePosixPath(n).parent == folder),
                None)
    if name is None:
        return
    try:
        events = load_json(bundle, name)
    except InputError as exc:
        notes.add(bundle.where(name), f"unreadable, ignored ({exc.problem})")
        return
    if not isinstance(events, list):
        notes.add(bundle.where(name), f"expected a JSON array of events, found {found(events)}; "
                                      "ignored")


def _api_message(value: Any) -> str:
    """GitHub's error responses (rate limit, not found) are objects with a ``message``."""
    if isinstance(value, dict) and isinstance(value.get("message"), str):
        return f" (a GitHub API error: {value['message'][:80]!r})"
    return ""
