"""Mastodon account archive: ``outbox.json`` and ``actor.json`` (zip since 2023, tar.gz before).

``outbox.json`` is an ActivityStreams ``OrderedCollection``: a ``Create`` wraps the person's
``Note`` (HTML content), an ``Announce`` is a boost whose ``object`` is only a URI.
``actor.json`` is the profile. Followers are not in the archive; the people followed come in a
separate ``following_accounts.csv`` download, read when it sits in the same folder.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from assessor.candidate import Platform, Post, PostKind, Profile, Source
from assessor.errors import InputError
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import (
    CappedNotes,
    Notes,
    html_to_text,
    load_json,
    parse_iso,
    to_int,
)
from assessor.ingest.toolkit import found, reply_kind, threads_as_posts

PLATFORM = Platform.MASTODON
READS = ("export",)

PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
NOTE_TYPES = frozenset({"Note", "Question", "Article", "Page"})
#: Warnings kept per file; past this, one line says how many more there were.


def detect(bundle: Bundle) -> bool:
    """True when the folder, zip or tar.gz holds both ``outbox.json`` and ``actor.json``."""
    return bool(bundle.find_one("outbox.json") and bundle.find_one("actor.json"))


def read(bundle: Bundle) -> Source:
    """Read a Mastodon archive into a :class:`~assessor.candidate.Source`.

    Raises
    ------
    InputError
        When ``outbox.json`` is cut off, is not JSON or is not an ``OrderedCollection``.
    """
    log = CappedNotes(Notes())
    actor_name, outbox = bundle.find_one("actor.json"), bundle.find_one("outbox.json")
    actor = _read_actor(bundle, actor_name, log) if actor_name else {}
    posts = _read_outbox(bundle, outbox, _text(actor.get("id")), log) if outbox else []
    return Source(
        platform=PLATFORM, path=bundle.label,
        name=_text(actor.get("name")), handle=_text(actor.get("preferredUsername")),
        profile=_profile(actor, bundle.where(actor_name or "actor.json"), log),
        posts=tuple(sorted(posts, key=lambda p: p.created_at)),
        followers=None, following=_following(bundle, log), likes_given=_likes(bundle, log),
        warnings=tuple(log.finish()),
    )


# -- outbox.json -------------------------------------------------------------------------------
def _read_outbox(bundle: Bundle, name: str, actor_id: str, log: CappedNotes) -> list[Post]:
    where = bundle.where(name)
    data = load_json(bundle, name)
    items = data.get("orderedItems") if isinstance(data, dict) else data
    if not isinstance(items, list) or not isinstance(data, dict):
        raise InputError(where, "expected an ActivityStreams OrderedCollection with "
                                f"'orderedItems' (a list), found {found(items)}")
    posts: list[Post] = []
    skipped: dict[str, int] = {}
    for i, act in enumerate(items):
        at = f"orderedItems[{i}]"
        if not isinstance(act, dict):
            log.add(where, f"{at}: expected an activity object, found {found(act)}; skipped")
            continue
        kind = act.get("type")
        if kind == "Create":
            post = _note(act, at, where, actor_id, log)
        elif kind == "Announce":
            post = _boost(act, at, where, log)
        else:
            skipped[str(kind)[:40]] = skipped.get(str(kind)[:40], 0) + 1
            continue
        if post is not None:
            posts.append(post)
    for kind, n in skipped.items():
        log.add(where, f"{kind!r} activities are not posts; {n} skipped")
    return threads_as_posts(posts)


def _note(act: dict[str, Any], at: str, where: str, actor_id: str, log: CappedNotes) -> Post | None:
    """A ``Create`` activity's ``Note`` as a post or a reply."""
    obj = act.get("object")
    if not isinstance(obj, dict):
        log.add(where, f"{at}.object: expected a Note object, found {found(obj)}; skipped")
        return None
    if not isinstance(obj.get("type"), str) or obj["type"] not in NOTE_TYPES:
        log.add(where, f"{at}.object.type: expected 'Note', found {found(obj.get('type'))}; "
                       "skipped")
        return None
    pid = obj.get("id") if isinstance(obj.get("id"), str) and obj.get("id") else act.get("id")
    if not isinstance(pid, str) or not pid:
        log.add(where, f"{at}.object.id: expected the post's URI, found {found(pid)}; skipped")
        return None
    created = parse_iso(obj.get("published")) or parse_iso(act.get("published"))
    if created is None:
        log.add(where, f"{at}.object.published: expected a date like '2024-12-05T10:39:15Z', "
                       f"found {found(obj.get('published'))}; skipped")
        return None
    content = obj.get("content")
    if content is not None and not isinstance(content, str):
        log.add(where, f"{at}.object.content: expected HTML text, found {found(content)}; "
                       "left empty")
        content = None
    parent = obj.get("inReplyTo")
    if parent is not None and not isinstance(parent, str):
        log.add(where, f"{at}.object.inReplyTo: expected a URI, found {found(parent)}; ignored")
        parent = None
    to_self = bool(parent and actor_id and parent.startswith(actor_id.rstrip("/") + "/"))
    url = obj.get("url")
    return Post(
        platform=PLATFORM, id=pid, created_at=created, text=html_to_text(content),
        kind=reply_kind(parent, to_self=to_self),
        likes=_total(obj.get("likes")), shares=_total(obj.get("shares")),
        replies=_total(obj.get("replies")),
        url=url if isinstance(url, str) and url else pid, in_reply_to=parent or None,
        mentions=_mentions(obj.get("tag"), f"{at}.object.tag", where, log),
        public=_public(obj.get("to")) or _public(act.get("to")),
    )


def _boost(act: dict[str, Any], at: str, where: str, log: CappedNotes) -> Post | None:
    """An ``Announce`` (boost) as a repost: no text of the person's own, the boosted URI."""
    target = act.get("object")
    if isinstance(target, dict):  # some servers embed the boosted post
        target = target.get("url") or target.get("id")
    pid, created = act.get("id"), parse_iso(act.get("published"))
    if not isinstance(target, str) or not target or not isinstance(pid, str) or not pid:
        log.add(where, f"{at}: expected an Announce with an 'id' and an 'object' URI; skipped")
        return None
    if created is None:
        log.add(where, f"{at}.published: expected a date like '2024-12-05T10:39:15Z', "
                       f"found {found(act.get('published'))}; skipped")
        return None
    return Post(platform=PLATFORM, id=pid, created_at=created, text="", kind=PostKind.REPOST,
                url=target, public=_public(act.get("to")))


def _mentions(tags: Any, at: str, where: str, log: CappedNotes) -> tuple[str, ...]:
    """``bob@example.social`` for each ``Mention`` tag (its ``name`` is ``@bob@example.social``)."""
    if tags is None:
        return ()
    if isinstance(tags, dict):
        tags = [tags]
    if not isinstance(tags, list):
        log.add(where, f"{at}: expected a list of tags, found {found(tags)}; ignored")
        return ()
    out = []
    for j, tag in enumerate(tags):
        if not isinstance(tag, dict):
            log.add(where, f"{at}[{j}]: expected an object, found {found(tag)}; ignored")
        elif tag.get("type") == "Mention":
            name = tag.get("name")
            if isinstance(name, str) and name.strip("@"):
                out.append(name.strip().lstrip("@"))
            else:
                log.add(where, f"{at}[{j}].name: expected '@user@server', found {found(name)}")
    return tuple(dict.fromkeys(out))


def _public(audience: Any) -> bool:
    if isinstance(audience, str):
        audience = [audience]
    return isinstance(audience, list) and any(isinstance(a, str) and a in PUBLIC
                                              for a in audience)


def _total(collection: Any) -> int | None:
    """``totalItems`` of an inlined likes/shares/replies collection (newer servers), or None."""
    return to_int(collection.get("totalItems")) if isinstance(collection, dict) else None


# -- actor.json and the optional extras --------------------------------------------------------
def _read_actor(bundle: Bundle, name: str, log: CappedNotes) -> dict[str, Any]:
    """The actor object; an unreadable actor.json is a warning (the posts are still read)."""
    try:
        actor = load_json(bundle, name)
    except InputError as exc:
        log.add(bundle.where(name), f"{exc.problem}; the profile was not read")
        return {}
    if not isinstance(actor, dict):
        log.add(bundle.where(name), f"expected a Person object, found {found(actor)}; "
                                    "the profile was not read")
        return {}
    for key in ("name", "preferredUsername", "summary", "id"):
        if actor.get(key) is not None and not isinstance(actor[key], str):
            log.add(bundle.where(name), f"key {key}: expected text, found {found(actor[key])}; "
                                        "ignored")
    return actor


def _profile(actor: dict[str, Any], where: str, log: CappedNotes) -> Profile:
    bio = html_to_text(_text(actor.get("summary")))
    websites: list[str] = []
    fields = actor.get("attachment")
    if fields is not None and not isinstance(fields, list):
        log.add(where, f"key attachment: expected a list of profile fields, found "
                       f"{found(fields)}; ignored")
        fields = []
    for j, field in enumerate(fields or []):
        if not isinstance(field, dict):
            log.add(where, f"key attachment[{j}]: expected an object, found {found(field)}; "
                           "ignored")
        elif field.get("type") == "PropertyValue" and isinstance(field.get("value"), str):
            websites.extend(_links(field["value"]))
    return Profile(headline=bio.split("\n", 1)[0].strip(), summary=bio,
                   websites=tuple(dict.fromkeys(websites)))


def _links(value: str) -> list[str]:
    """The ``href`` of each link in a profile field's HTML value, or the value if it is a URL."""
    if "<" not in value:
        text = value.strip()
        return [text] if text.startswith(("http://", "https://")) else []
    hrefs = (a.attributes.get("href") for a in HTMLParser(value).css("a"))
    return [h for h in hrefs if h and h.startswith(("http://", "https://"))]


def _following(bundle: Bundle, log: CappedNotes) -> int | None:
    """Accounts listed in ``following_accounts.csv`` (a header row in newer versions), or None."""
    name = bundle.find_one("following_accounts.csv")
    if name is None:
        return None
    try:
        rows = list(csv.reader(io.StringIO(bundle.read_text(name), newline="")))
    except (InputError, csv.Error) as exc:
        log.add(bundle.where(name), f"could not be read ({exc}); following not counted")
        return None
    rows = [r for r in rows if r and r[0].strip()]
    if rows and rows[0][0].strip().lower() == "account address":
        rows = rows[1:]
    return sum(1 for r in rows if "@" in r[0])


def _likes(bundle: Bundle, log: CappedNotes) -> int | None:
    """How many posts the person favourited (``likes.json``), or None without the file."""
    name = bundle.find_one("likes.json")
    if name is None:
        return None
    try:
        data = load_json(bundle, name)
    except InputError as exc:
        log.add(bundle.where(name), f"{exc.problem}; likes not counted")
        return None
    if isinstance(data, dict) and isinstance(data.get("orderedItems"), list):
        return len(data["orderedItems"])
    n = to_int(data.get("totalItems")) if isinstance(data, dict) else None
    if n is None:
        log.add(bundle.where(name), "expected an OrderedCollection; likes not counted")
    return n


# -- small pieces ------------------------------------------------------------------------------
def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


