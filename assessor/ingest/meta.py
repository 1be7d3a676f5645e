"""Instagram and Facebook "Download your information" exports, JSON format.

Meta localises labels (titles, ``string_map_data`` keys) to the account's language, so only
structure is relied on, and files are matched by name anywhere in the tree because the layout
moved in 2024. Every string read is repaired with :func:`~assessor.ingest.parsing.fix_mojibake`:
Meta writes UTF-8 bytes as one code point each (``"Universit\\u00c3\\u00a0"``).

Instagram: ``posts_1.json`` (``posts_2.json``...) become posts (uncaptioned photos are kept with
empty text: they are still posts); ``followers_1.json`` (``_2``...) and ``following.json`` are
counted. Facebook: ``your_posts_1.json`` or ``your_posts__check_ins__photos_and_videos_1.json``
become posts, ``comments.json`` comments, ``friends.json``/``your_friends.json`` the follower
count. A Facebook item without text is kept only when it has a title (a photo or check-in,
"Amara added a new photo."), with that title as the post's title; items with neither are skipped.

Truncated JSON is an error (re-download); a file or item of the wrong shape is skipped with a
warning naming the file, the index and the key.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

from assessor.candidate import Platform, Post, PostKind, Profile, Source
from assessor.errors import InputError
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import Notes, fix_mojibake, load_json, parse_epoch

IG_POSTS = "posts_[0-9]*.json"
IG_FOLLOWERS = "followers_[0-9]*.json"
IG_FOLLOWING = "following.json"
IG_PROFILE = "personal_information.json"
FB_POSTS = ("your_posts_[0-9]*.json", "your_posts__check_ins__photos_and_videos_[0-9]*.json")
FB_COMMENTS = "comments.json"
FB_FRIENDS = ("your_friends.json", "friends.json")
FB_PROFILE = "profile_information.json"

#: Folders only Meta's exports have, and its page names: HTML there means an HTML export.
META_FOLDERS = frozenset({
    "your_instagram_activity", "your_activity_across_facebook", "followers_and_following",
    "comments_and_reactions", "personal_information", "profile_information",
    "friends_and_followers", "security_and_login_information", "logged_information"})
_META_PAGE = re.compile(r"^(?:start_here|(?:your_)?posts_\d+|followers_\d+)\.html$")
#: Instagram's own labels in personal_information.json (they are localised; best effort).
_USERNAME_LABELS = {"username", "nome utente", "nombre de usuario", "nom d'utilisateur",
                    "benutzername", "nome de usuário", "gebruikersnaam"}
_NAME_LABELS = {"name", "nome", "nombre", "nom", "naam"}
_NUMBER = re.compile(r"_(\d+)\.json$")


# -- detection ---------------------------------------------------------------------------------
def detect_instagram(bundle: Bundle) -> bool:
    """True for an export holding Instagram posts or follower/following lists (JSON).

    Parameters
    ----------
    bundle
        An opened folder or archive.

    Returns
    -------
    bool
        Whether :func:`read_instagram` should be used. Never raises.
    """
    if bundle.kind == "file":
        return False
    if bundle.find(IG_POSTS, IG_FOLLOWERS):
        return True
    name = bundle.find_one(IG_FOLLOWING)  # a generic name: check it holds Instagram's shape
    return name is not None and _holds(bundle, name, b"relationships_following",
                                       b"string_list_data")


def detect_facebook(bundle: Bundle) -> bool:
    """True for an export holding Facebook posts, or comments/profile files in Facebook's shape.

    Parameters
    ----------
    bundle
        An opened folder or archive.

    Returns
    -------
    bool
        Whether :func:`read_facebook` should be used. Never raises.
    """
    if bundle.kind == "file":
        return False
    if bundle.find(*FB_POSTS):
        return True
    comments = bundle.find_one(FB_COMMENTS)
    profile = bundle.find_one(FB_PROFILE)
    return ((comments is not None and _holds(bundle, comments, b'"comments_v2"'))
            or (profile is not None and _holds(bundle, profile, b'"profile_v2"')))


def looks_like_html_export(bundle: Bundle) -> bool:
    """True for an Instagram/Facebook export downloaded in HTML format instead of JSON.

    Parameters
    ----------
    bundle
        An opened folder or archive no importer recognised.

    Returns
    -------
    bool
        True when it holds no JSON but has ``start_here.html``, pages named like Meta's JSON
        files (``your_posts_1.html``) or pages in folders only Meta uses.
    """
    names = [PurePosixPath(n.lower()) for n in bundle.names()]
    if any(n.suffix == ".json" for n in names):
        return False
    return any(n.suffix == ".html" and (_META_PAGE.match(n.name) is not None
                                        or bool(META_FOLDERS.intersection(n.parts[:-1])))
               for n in names)


# -- Instagram -----------------------------------------------------------------------------
def read_instagram(bundle: Bundle) -> Source:
    """Read an Instagram JSON export.

    Parameters
    ----------
    bundle
        A bundle for which :func:`detect_instagram` returned True.

    Returns
    -------
    Source
        Posts, follower and following counts, and name, handle, bio and website when
        ``personal_information.json`` uses labels we know.

    Raises
    ------
    InputError
        When a file it needs is not valid JSON (usually a cut-off download).
    """
    notes = Notes()
    posts = [p for item, at in _items(bundle, _pages(bundle, IG_POSTS), notes, "posts",
                                      ("ig_posts",)) if (p := _instagram_post(item, at))]
    followers = _count_people(bundle, _pages(bundle, IG_FOLLOWERS), notes,
                              "relationships_followers")
    following = _count_people(bundle, _shallowest(bundle, IG_FOLLOWING), notes,
                              "relationships_following")
    name, handle, profile = _instagram_profile(bundle, notes)
    return Source(platform=Platform.INSTAGRAM, path=bundle.label, name=name, handle=handle,
                  profile=profile, posts=tuple(_unique_ids(posts)), followers=followers,
                  following=following, warnings=tuple(notes.items))


def _instagram_post(item: Any, at: _At) -> Post | None:
    if not isinstance(item, dict):
        at.warn(f"expected a post object, found {_kind(item)}; skipped")
        return None
    media = [m for m in at.list(item, "media") if isinstance(m, dict)]
    # Multi-photo posts carry the caption and time at the top; single ones on their media.
    caption = at.text(item, "title") or next((t for m in media if (t := at.text(m, "title"))), "")
    created = at.time(item, "creation_timestamp") or next(
        (w for m in media if (w := at.time(m, "creation_timestamp"))), None)
    if created is None:
        at.warn("a post without a readable creation_timestamp; skipped")
        return None
    uri = next((u for m in media if (u := at.text(m, "uri"))), "")
    post_id = PurePosixPath(uri).stem if uri else str(int(created.timestamp()))
    return Post(platform=Platform.INSTAGRAM, id=post_id, created_at=created, text=caption)


def _count_people(bundle: Bundle, names: list[str], notes: Notes, wrapper: str) -> int | None:
    """Entries across follower/following/friend pages; None when no page could be used."""
    total: int | None = None
    for name in names:
        items = _array(bundle, name, notes, "accounts", (wrapper, wrapper.removesuffix("_v2")))
        if items is None:
            continue
        total = (total or 0) + sum(isinstance(item, dict) for item in items)
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                _At(bundle.where(name), index, notes).warn(
                    f"expected an account entry, found {_kind(item)}; not counted")
    return total


def _instagram_profile(bundle: Bundle, notes: Notes) -> tuple[str, str, Profile]:
    name = bundle.find_one(IG_PROFILE)
    if name is None:
        return "", "", Profile()
    data = load_json(bundle, name)
    users = data.get("profile_user") if isinstance(data, dict) else None
    first = users[0] if isinstance(users, list) and users else None
    fields = first.get("string_map_data") if isinstance(first, dict) else None
    if not isinstance(fields, dict):
        notes.add(bundle.where(name), "no profile_user[0].string_map_data; name and handle not "
                                      "read")
        return "", "", Profile()
    values: dict[str, str] = {}
    for label, entry in fields.items():
        value = entry.get("value") if isinstance(entry, dict) else None
        if isinstance(value, str):
            values[fix_mojibake(label).strip().casefold()] = fix_mojibake(value).strip()
    pick = lambda labels: next((values[k] for k in labels if values.get(k)), "")  # noqa: E731
    website = values.get("website", "")
    return (pick(_NAME_LABELS), pick(_USERNAME_LABELS),
            Profile(headline=values.get("bio", ""), websites=(website,) if website else ()))


# -- Facebook ------------------------------------------------------------------------------
def read_facebook(bundle: Bundle) -> Source:
    """Read a Facebook JSON export.

    Parameters
    ----------
    bundle
        A bundle for which :func:`detect_facebook` returned True.

    Returns
    -------
    Source
        Posts, comments (kind ``comment``), the friend count as followers, and the name from
        ``profile_information.json`` (else the author of the person's own comments).

    Raises
    ------
    InputError
        When a file it needs is not valid JSON (usually a cut-off download).
    """
    notes = Notes()
    empty: list[int] = []
    posts = [p for item, at in _items(bundle, _pages(bundle, *FB_POSTS), notes, "posts",
                                      ("status_updates_v2",))
             if (p := _facebook_post(item, at, empty))]
    if empty:
        notes.add(bundle.label, f"{len(empty)} Facebook "
                                f"{'item' if len(empty) == 1 else 'items'} with neither text "
                                f"nor a title {'was' if len(empty) == 1 else 'were'} skipped")
    authors: Counter[str] = Counter()
    posts += [c for item, at in _items(bundle, _shallowest(bundle, FB_COMMENTS), notes, "comments",
                                       ("comments_v2", "comments"))
              if (c := _facebook_comment(item, at, authors))]
    friends = _count_people(bundle, _shallowest(bundle, *FB_FRIENDS), notes, "friends_v2")
    name = _facebook_name(bundle) or (authors.most_common(1)[0][0] if authors else "")
    return Source(platform=Platform.FACEBOOK, path=bundle.label, name=name,
                  posts=tuple(_unique_ids(posts)), followers=friends,
                  warnings=tuple(notes.items))


def _facebook_post(item: Any, at: _At, empty: list[int]) -> Post | None:
    if not isinstance(item, dict):
        at.warn(f"expected a post object, found {_kind(item)}; skipped")
        return None
    created = at.time(item, "timestamp")
    text = "\n".join(p for d in at.list(item, "data") if isinstance(d, dict)
                     if (p := at.text(d, "post")))
    title = at.text(item, "title")
    if not text and not title:
        empty.append(at.index)
        return None
    if created is None:
        at.warn("a post without a readable timestamp; skipped")
        return None
    return Post(platform=Platform.FACEBOOK, id=str(int(created.timestamp())), created_at=created,
                text=text, title=None if text else title)  # Meta's titles are boilerplate


def _facebook_comment(item: Any, at: _At, authors: Counter[str]) -> Post | None:
    if not isinstance(item, dict):
        at.warn(f"expected a comment object, found {_kind(item)}; skipped")
        return None
    data = item.get("data")
    entry = next((d["comment"] for d in data if isinstance(d, dict)
                  and isinstance(d.get("comment"), dict)), None) if isinstance(data, list) else None
    if entry is None:
        at.warn("key data: expected [{\"comment\": {...}}]; skipped")
        return None
    text = at.text(entry, "comment")
    created = at.time(item, "timestamp") or at.time(entry, "timestamp")
    if created is None or not text:
        at.warn("a comment without a readable timestamp or text; skipped")
        return None
    if author := at.text(entry, "author"):
        authors[author] += 1
    return Post(platform=Platform.FACEBOOK, id=f"comment-{int(created.timestamp())}",
                created_at=created, text=text, kind=PostKind.COMMENT)


def _facebook_name(bundle: Bundle) -> str:
    name = bundle.find_one(FB_PROFILE)
    if name is None:
        return ""
    data = load_json(bundle, name)
    profile = data.get("profile_v2", data.get("profile")) if isinstance(data, dict) else None
    full = profile.get("name") if isinstance(profile, dict) else None
    value = full.get("full_name") if isinstance(full, dict) else None
    return fix_mojibake(value).strip() if isinstance(value, str) else ""


# -- shared --------------------------------------------------------------------------------
def _pages(bundle: Bundle, *patterns: str) -> list[str]:
    """Numbered files (``posts_1.json``, ``posts_2.json``...) in number order."""
    return sorted(bundle.find(*patterns), key=lambda n: (
        int(m.group(1)) if (m := _NUMBER.search(n.lower())) else 0, n))


def _shallowest(bundle: Bundle, *patterns: str) -> list[str]:
    name = bundle.find_one(*patterns)
    return [name] if name else []


def _array(bundle: Bundle, name: str, notes: Notes, what: str,
           wrappers: tuple[str, ...]) -> list[Any] | None:
    """The file's items: a bare array, or one wrapped in a known or single key.

    None (with a warning) when the file has another shape. Truncated JSON raises
    :class:`InputError`: the download is damaged and should be fetched again.
    """
    data = load_json(bundle, name)
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in wrappers:
            if isinstance(data.get(key), list):
                return data[key]
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) == 1:  # wrapper keys are renamed now and then; the shape stays
            return lists[0]
    notes.add(bundle.where(name), f"expected a list of {what}, found {_kind(data)}; file skipped")
    return None


def _items(bundle: Bundle, names: list[str], notes: Notes, what: str,
           wrappers: tuple[str, ...]) -> Iterator[tuple[Any, _At]]:
    """Every item of every listed file, with its position for messages."""
    for name in names:
        for index, item in enumerate(_array(bundle, name, notes, what, wrappers) or ()):
            yield item, _At(bundle.where(name), index, notes)


@dataclass(frozen=True)
class _At:
    """Where an item sits (file and index): typed reads that warn, naming the key."""

    where: str
    index: int
    notes: Notes

    def warn(self, message: str) -> None:
        self.notes.add(self.where, f"item {self.index}: {message}")

    def text(self, obj: dict[str, Any], key: str) -> str:
        value = obj.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.warn(f"key {key}: expected text, found {_kind(value)}; ignored")
            return ""
        return fix_mojibake(value).strip()

    def time(self, obj: dict[str, Any], key: str) -> datetime | None:
        value = obj.get(key)
        if value is None or (value == 0 and not isinstance(value, bool)):
            return None  # Meta writes 0 where it has no time
        when = parse_epoch(value)
        if when is None:
            self.warn(f"key {key}: expected unix seconds, found {_kind(value)} "
                      f"{str(value)[:30]!r}; ignored")
        return when

    def list(self, obj: dict[str, Any], key: str) -> list[Any]:
        value = obj.get(key)
        if value is not None and not isinstance(value, list):
            self.warn(f"key {key}: expected a list, found {_kind(value)}; ignored")
        return value if isinstance(value, list) else []


def _unique_ids(posts: list[Post]) -> list[Post]:
    """Meta gives no post ids: ids come from times or file names, so make repeats unique."""
    seen: Counter[str] = Counter()
    out = []
    for post in posts:
        seen[post.id] += 1
        out.append(replace(post, id=f"{post.id}-{seen[post.id]}") if seen[post.id] > 1 else post)
    return out


def _holds(bundle: Bundle, name: str, *markers: bytes) -> bool:
    try:
        head = bundle.read_bytes(name)[:65536]
    except InputError:
        return False
    return any(m in head for m in markers)


def _kind(value: Any) -> str:
    """A JSON type name for messages."""
    for types, name in ((type(None), "null"), (bool, "true/false"), (int | float, "a number"),
                        (str, "text"), (list, "an array")):
        if isinstance(value, types):
            return name
    return "an object"
