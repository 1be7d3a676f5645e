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
from dataclasses import replace
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
FB_FRIENDS = ("friends.json", "your_friends.json")
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
    posts: list[Post] = []
    for name in _pages(bundle, IG_POSTS):
        items = _array(bundle, name, notes, "posts", ("ig_posts",))
        for index, item in enumerate(items or ()):
            post = _instagram_post(item, bundle.where(name), index, notes)
            if post is not None:
                posts.append(post)
    followers = _count_people(bundle, _pages(bundle, IG_FOLLOWERS), notes,
                              "relationships_followers")
    following_file = bundle.find_one(IG_FOLLOWING)
    following = (_count_people(bundle, [following_file], notes, "relationships_following")
                 if following_file else None)
    name, handle, profile = _instagram_profile(bundle, notes)
    return Source(platform=Platform.INSTAGRAM, path=bundle.label, name=name, handle=handle,
                  profile=profile, posts=tuple(_unique_ids(posts)), followers=followers,
                  following=following, warnings=tuple(notes.items))


def _instagram_post(item: Any, where: str, index: int, notes: Notes) -> Post | None:
    if not isinstance(item, dict):
        notes.add(where, f"item {index}: expected a post object, found {_kind(item)}; skipped")
        return None
    media = item.get("media")
    if media is not None and not isinstance(media, list):
        notes.add(where, f"item {index}: key media: expected a list, found {_kind(media)}; "
                         "ignored")
        media = None
    media = [m for m in media or () if isinstance(m, dict)]
    # Multi-photo posts carry the caption and time at the top; single ones on their media.
    caption = _str(item, "title", where, index, notes) or next(
        (t for m in media if (t := _str(m, "title", where, index, notes))), "")
    created = _time(item, "creation_timestamp", where, index, notes) or next(
        (w for m in media if (w := _time(m, "creation_timestamp", where, index, notes))), None)
    if created is None:
        notes.add(where, f"item {index}: a post without a readable creation_timestamp; skipped")
        return None
    uri = next((u for m in media if (u := _str(m, "uri", where, index, notes))), "")
    post_id = PurePosixPath(uri).stem if uri else str(int(created.timestamp()))
    return Post(platform=Platform.INSTAGRAM, id=post_id, created_at=created, text=caption)


def _count_people(bundle: Bundle, names: list[str], notes: Notes, wrapper: str) -> int | None:
    """Entries across follower/following pages; None when no page could be used."""
    total: int | None = None
    for name in names:
        items = _array(bundle, name, notes, "accounts", (wrapper,))
        if items is not None:
            total = (total or 0) + _count_dicts(items, bundle.where(name), notes,
                                                "an account entry")
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
    posts: list[Post] = []
    empty: list[int] = []
    for name in _pages(bundle, *FB_POSTS):
        where = bundle.where(name)
        items = _array(bundle, name, notes, "posts", ("status_updates_v2",))
        for index, item in enumerate(items or ()):
            post = _facebook_post(item, where, index, notes, empty)
            if post is not None:
                posts.append(post)
    if empty:
        notes.add(bundle.label, f"{len(empty)} Facebook item(s) with neither text nor a title "
                                "were skipped")
    authors: Counter[str] = Counter()
    comments_file = bundle.find_one(FB_COMMENTS)
    if comments_file:
        where = bundle.where(comments_file)
        items = _array(bundle, comments_file, notes, "comments", ("comments_v2", "comments"))
        for index, item in enumerate(items or ()):
            comment = _facebook_comment(item, where, index, notes, authors)
            if comment is not None:
                posts.append(comment)
    friends_file = bundle.find_one(*FB_FRIENDS)
    friends = None
    if friends_file:
        items = _array(bundle, friends_file, notes, "friends", ("friends_v2", "friends"))
        if items is not None:
            friends = _count_dicts(items, bundle.where(friends_file), notes, "a friend entry")
    name = _facebook_name(bundle) or (authors.most_common(1)[0][0] if authors else "")
    return Source(platform=Platform.FACEBOOK, path=bundle.label, name=name,
                  posts=tuple(_unique_ids(posts)), followers=friends,
                  warnings=tuple(notes.items))


def _facebook_post(item: Any, where: str, index: int, notes: Notes,
                   empty: list[int]) -> Post | None:
    if not isinstance(item, dict):
        notes.add(where, f"item {index}: expected a post object, found {_kind(item)}; skipped")
        return None
    created = _time(item, "timestamp", where, index, notes)
    data = item.get("data")
    if data is not None and not isinstance(data, list):
        notes.add(where, f"item {index}: key data: expected a list, found {_kind(data)}; ignored")
        data = None
    parts = [_str(d, "post", where, index, notes) for d in data or () if isinstance(d, dict)]
    text = "\n".join(p for p in parts if p)
    title = _str(item, "title", where, index, notes)
    if not text and not title:
        empty.append(index)
        return None
    if created is None:
        notes.add(where, f"item {index}: a post without a readable timestamp; skipped")
        return None
    return Post(platform=Platform.FACEBOOK, id=str(int(created.timestamp())), created_at=created,
                text=text, title=None if text else title)  # Meta's titles are boilerplate


def _facebook_comment(item: Any, where: str, index: int, notes: Notes,
                      authors: Counter[str]) -> Post | None:
    if not isinstance(item, dict):
        notes.add(where, f"item {index}: expected a comment object, found {_kind(item)}; "
                         "skipped")
        return None
    data = item.get("data")
    entry = next((d.get("comment") for d in data if isinstance(d, dict)
                  and isinstance(d.get("comment"), dict)), None) if isinstance(data, list) else None
    if entry is None:
        notes.add(where, f"item {index}: key data: expected [{{\"comment\": {{...}}}}]; skipped")
        return None
    text = _str(entry, "comment", where, index, notes)
    created = (_time(item, "timestamp", where, index, notes)
               or _time(entry, "timestamp", where, index, notes))
    if created is None or not text:
        notes.add(where, f"item {index}: a comment without a readable timestamp or text; "
                         "skipped")
        return None
    author = _str(entry, "author", where, index, notes)
    if author:
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
    def number(name: str) -> tuple[int, str]:
        match = _NUMBER.search(name.lower())
        return (int(match.group(1)) if match else 0, name)
    return sorted(bundle.find(*patterns), key=number)


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


def _count_dicts(items: list[Any], where: str, notes: Notes, what: str) -> int:
    count = 0
    for index, item in enumerate(items):
        if isinstance(item, dict):
            count += 1
        else:
            notes.add(where, f"item {index}: expected {what}, found {_kind(item)}; not counted")
    return count


def _str(obj: dict[str, Any], key: str, where: str, index: int, notes: Notes) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        notes.add(where, f"item {index}: key {key}: expected text, found {_kind(value)}; ignored")
        return ""
    return fix_mojibake(value).strip()


def _time(obj: dict[str, Any], key: str, where: str, index: int,
          notes: Notes) -> datetime | None:
    value = obj.get(key)
    if value is None:
        return None
    if value == 0 and not isinstance(value, bool):
        return None  # Meta writes 0 where it has no time
    when = parse_epoch(value)
    if when is None:
        notes.add(where, f"item {index}: key {key}: expected unix seconds, found "
                         f"{_kind(value)} {str(value)[:30]!r}; ignored")
        return None
    return when


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
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "an array" if isinstance(value, list) else "an object"
