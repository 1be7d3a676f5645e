"""X (Twitter) account archive: ``data/*.js`` files, or a pre-2019 ``tweets.csv``.

Every data file is ``window.YTD.<name>.part<N> = [...]``. Tweets live in ``tweets.js`` (now),
``tweet.js`` (about 2019-2022) or ``tweets-part1.js``... in large archives; long posts keep their
full text in ``note-tweet.js``. Counts and ids are strings, ``full_text`` is HTML-escaped and its
t.co links are expanded from ``entities``.

A tweets file that cannot be parsed is an :class:`~assessor.errors.InputError`; anything of the
wrong type inside a tweet is skipped with a warning naming the file, the item and the key.
"""

from __future__ import annotations

import csv
import html
import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from assessor.candidate import Platform, Post, PostKind, Profile, Source
from assessor.errors import InputError
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import (
    CappedNotes,
    Notes,
    load_json,
    norm_key,
    parse_datetime,
    parse_iso,
    read_csv,
    require_columns,
    to_int,
)
from assessor.ingest.toolkit import found, reply_kind, threads_as_posts

PLATFORM = Platform.X
#: Whole archives, and a bare pre-2019 tweets.csv given on its own.
READS = ("export", "file")

TWEET_FILES = ("tweets.js", "tweet.js", "tweets-part*.js", "tweet-part*.js")
CSV_COLUMNS = ("tweet_id", "in_reply_to_status_id", "in_reply_to_user_id", "timestamp", "source",
               "text", "retweeted_status_id", "retweeted_status_user_id",
               "retweeted_status_timestamp", "expanded_urls")
DATE_FORMATS = ("%a %b %d %H:%M:%S %z %Y",)
CSV_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M:%S")
#: Warnings kept per file; past this, one line says how many more there were.

_TCO = re.compile(r"https?://t\.co/[A-Za-z0-9]+")
_URL = re.compile(r"https?://\S+")
_MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")
_PART = re.compile(r"part(\d+)")


def detect(bundle: Bundle) -> bool:
    """True for an X archive (folder or zip), a bare ``tweets.js`` or a pre-2019 ``tweets.csv``."""
    return bool(bundle.find("account.js", *TWEET_FILES)) or _tweets_csv(bundle) is not None


def read(bundle: Bundle) -> Source:
    """Read an X archive (or a bare tweets file) into a :class:`~assessor.candidate.Source`.

    Raises
    ------
    InputError
        When a tweets file is empty, cut off or not a list of tweets (the message names it).
    """
    log = CappedNotes(Notes())
    account = _read_account(bundle, log)
    posts: list[Post] = []
    for name in sorted(bundle.find(*TWEET_FILES), key=_part_order):
        posts.extend(_read_tweet_file(bundle, name, account, log))
    csv_name = None if posts else _tweets_csv(bundle)
    if csv_name:
        posts.extend(_read_tweets_csv(bundle, csv_name, account, log))
    posts = _merge_note_tweets(bundle, list({p.id: p for p in posts}.values()), account, log)
    posts = threads_as_posts(posts)
    return Source(
        platform=PLATFORM, path=bundle.label, name=account.get("name", ""),
        handle=account.get("username", ""), profile=_read_profile(bundle, log),
        posts=tuple(sorted(posts, key=lambda p: p.created_at)),
        followers=_count(bundle, "follower", log), following=_count(bundle, "following", log),
        likes_given=_count(bundle, "like", log), warnings=tuple(log.finish()),
    )


# -- tweets.js ---------------------------------------------------------------------------------
def _read_tweet_file(bundle: Bundle, name: str, account: dict[str, str],
                     log: CappedNotes) -> list[Post]:
    where = bundle.where(name)
    data = load_js(bundle, name)
    if not isinstance(data, list):
        raise InputError(where, f"expected a list of tweets after '=', found {found(data)}")
    posts = []
    for i, item in enumerate(data):
        tweet = item.get("tweet", item) if isinstance(item, dict) else item  # 2019: no wrapper
        if not isinstance(tweet, dict):
            log.add(where, f"item {i}, key tweet: expected an object, found {found(tweet)}; "
                           "skipped")
        elif post := _tweet_post(tweet, f"item {i}, key tweet", where, account, log):
            posts.append(post)
    return posts


def _tweet_post(tw: dict[str, Any], at: str, where: str, account: dict[str, str],
                log: CappedNotes) -> Post | None:
    """One tweet object as a Post, or None (with a warning) when its id or date is unusable."""
    tid = _id(tw.get("id_str", tw.get("id")))
    if tid is None:
        log.add(where, f"{at}.id_str: expected the tweet id as text, found "
                       f"{found(tw.get('id_str'))}; skipped")
        return None
    raw_date = tw.get("created_at")
    created = parse_datetime(raw_date, DATE_FORMATS) if isinstance(raw_date, str) else None
    if created is None:
        log.add(where, f"{at}.created_at: expected a date like 'Sat Jun 06 13:02:35 +0000 "
                       f"2020', found {found(raw_date)}; skipped")
        return None
    raw_text = tw.get("full_text", tw.get("text"))
    if not isinstance(raw_text, str):
        log.add(where, f"{at}.full_text: expected text, found {found(raw_text)}; left empty")
        raw_text = ""
    links, mentions = _entities(tw.get("entities"), f"{at}.entities", where, log)
    # Unescape first: an expanded URL is not escaped, and must not be unescaped.
    text = _expand(html.unescape(raw_text), links)
    retweeted = tw.get("retweeted", False)
    if not isinstance(retweeted, bool):
        log.add(where, f"{at}.retweeted: expected true or false, found {found(retweeted)}")
    raw_parent = tw.get("in_reply_to_status_id_str", tw.get("in_reply_to_status_id"))
    parent = _id(raw_parent)
    if parent is None and raw_parent not in (None, ""):
        log.add(where, f"{at}.in_reply_to_status_id_str: expected a tweet id, found "
                       f"{found(raw_parent)}; read as not a reply")
    if text.startswith("RT @") or retweeted is True:
        kind = PostKind.REPOST
    else:
        kind = reply_kind(parent, to_self=_to_self(tw, account))
    return Post(platform=PLATFORM, id=tid, created_at=created, text=text, kind=kind,
                likes=_count_field(tw, "favorite_count", at, where, log),
                shares=_count_field(tw, "retweet_count", at, where, log),
                url=_status_url(account, tid), in_reply_to=parent,
                mentions=tuple(dict.fromkeys(mentions)))


def _entities(ent: Any, at: str, where: str, log: CappedNotes) -> tuple[dict[str, Any], list[str]]:
    """The t.co -> expanded link map and the mentioned screen names of one tweet."""
    links: dict[str, Any] = {}
    mentions: list[str] = []
    if ent is not None and not isinstance(ent, dict):
        log.add(where, f"{at}: expected an object, found {found(ent)}; links left as t.co")
    if not isinstance(ent, dict):
        return links, mentions
    for key in ("urls", "media"):
        for _, u in _items(ent.get(key), f"{at}.{key}", where, log):
            if isinstance(u.get("url"), str):
                links[u["url"]] = u.get("expanded_url")
    for j, m in _items(ent.get("user_mentions"), f"{at}.user_mentions", where, log):
        if isinstance(m.get("screen_name"), str) and m["screen_name"]:
            mentions.append(m["screen_name"])
        else:
            log.add(where, f"{at}.user_mentions[{j}].screen_name: expected text, found "
                           f"{found(m.get('screen_name'))}; skipped")
    return links, mentions


def _items(value: Any, at: str = "", where: str = "",
           log: CappedNotes | None = None) -> list[tuple[int, dict[str, Any]]]:
    """The (index, object) pairs of an optional list, warning (if ``log``) about anything else."""
    if value is not None and not isinstance(value, list) and log:
        log.add(where, f"{at}: expected a list, found {found(value)}; skipped")
    out = []
    for j, item in enumerate(value if isinstance(value, list) else []):
        if isinstance(item, dict):
            out.append((j, item))
        elif log:
            log.add(where, f"{at}[{j}]: expected an object, found {found(item)}; skipped")
    return out


def _count_field(tw: dict[str, Any], key: str, at: str, where: str, log: CappedNotes) -> int | None:
    n = to_int(tw.get(key))
    if n is None and key in tw:
        log.add(where, f"{at}.{key}: expected a count like \"16\", found {found(tw[key])}; "
                       "left empty")
    return n


def _to_self(tw: dict[str, Any], account: dict[str, str]) -> bool:
    """True for a reply to one's own tweet (a thread), by user id or screen name."""
    uid = _id(tw.get("in_reply_to_user_id_str", tw.get("in_reply_to_user_id")))
    name = tw.get("in_reply_to_screen_name")
    return bool((uid and uid == account.get("id"))
                or (isinstance(name, str) and name
                    and name.casefold() == account.get("username", "").casefold()))


# -- note-tweet.js: the full text of long posts (UNCONFIRMED format, read tolerantly) ----------
def _merge_note_tweets(bundle: Bundle, posts: list[Post], account: dict[str, str],
                       log: CappedNotes) -> list[Post]:
    """Give long posts their full text from ``note-tweet.js``.

    A note's id is not its tweet's id, so a note is matched by id only where they agree, else
    by the tweet's truncated text starting the note, else by the same second. A note matching
    no tweet is kept as a post of its own.
    """
    notes = _records(bundle, ("note-tweet.js", "note-tweet-part*.js"), "noteTweet", log)
    by_start: dict[str, list[int]] = {}
    by_time: dict[datetime, list[int]] = {}
    for k, p in enumerate(posts):
        if p.kind is not PostKind.REPOST:
            by_start.setdefault(_norm(p.text)[:40], []).append(k)
            by_time.setdefault(p.created_at.replace(microsecond=0), []).append(k)
    by_id = {p.id: k for k, p in enumerate(posts)}
    out, taken = list(posts), set()
    for where, i, note in notes:
        text, mentions = _note_text(note)
        if text is None:
            log.add(where, f"item {i}, key noteTweet.core.text: expected the post's text, "
                           "found none; skipped")
            continue
        nid, created = _id(note.get("noteTweetId")), parse_iso(note.get("createdAt"))
        start = _norm(text)[:40]
        candidates = [[by_id[nid]] if nid in by_id else [],
                      by_start.get(start, []) if len(start) >= 20 else [],
                      [k for d in (0, -1, 1) for k in by_time.get(
                          created.replace(microsecond=0) + timedelta(seconds=d), [])]
                      if created else []]
        match = next((free[0] for c in candidates
                      if len(free := [k for k in c if k not in taken]) == 1), None)
        if match is not None:
            taken.add(match)
            old = out[match]
            out[match] = replace(old, text=text,
                                 mentions=tuple(dict.fromkeys(old.mentions + tuple(mentions))))
        elif nid is not None and created is not None:
            out.append(Post(platform=PLATFORM, id=nid, created_at=created, text=text,
                            url=_status_url(account, nid), mentions=tuple(mentions)))
        else:
            log.add(where, f"item {i}, key noteTweet: matches no tweet and has no usable "
                           "noteTweetId/createdAt; skipped")
    return out


def _note_text(note: dict[str, Any]) -> tuple[str | None, list[str]]:
    """Text (links expanded) and mentions, from ``core`` or ``noteTweetResults``."""
    core, results = _obj(note.get("core")), _obj(note.get("noteTweetResults"))
    text = next((t for t in (core.get("text"), results.get("text"),
                             _obj(results.get("result")).get("text"))
                 if isinstance(t, str) and t.strip()), None)
    if text is None:
        return None, []
    links = {u["shortUrl"]: u.get("expandedUrl") for _, u in _items(core.get("urls"))
             if isinstance(u.get("shortUrl"), str)}
    text = _expand(html.unescape(text), links)
    mentions = [m["screenName"] for _, m in _items(core.get("mentions"))
                if isinstance(m.get("screenName"), str) and m["screenName"]]
    return text, mentions


def _norm(text: str) -> str:
    """Text without links, ellipsis or repeated spaces, to compare a stub with its note."""
    return " ".join(_URL.sub(" ", text).replace("\u2026", " ").split())


# -- pre-2019 tweets.csv -----------------------------------------------------------------------
def _tweets_csv(bundle: Bundle) -> str | None:
    """The pre-2019 ``tweets.csv`` (any ``.csv`` given on its own) whose header has tweet_id."""
    for name in bundle.find("*.csv" if bundle.kind == "file" else "tweets.csv"):
        try:
            first = bundle.read_bytes(name)[:4096].decode("utf-8-sig", "replace").split("\n")[0]
            header = {norm_key(h) for h in next(csv.reader([first]), [])}
        except (InputError, csv.Error):
            continue
        if {"tweet_id", "text"} <= header:
            return name
    return None


def _read_tweets_csv(bundle: Bundle, name: str, account: dict[str, str],
                     log: CappedNotes) -> list[Post]:
    table = read_csv(bundle, name, log.notes, expected=CSV_COLUMNS)
    require_columns(table, "tweet_id", "timestamp", "text")
    posts = []
    for row_no, row in table.rows:
        tid = _id(row.get("tweet_id"))
        created = parse_datetime(row.get("timestamp"), CSV_DATE_FORMATS)
        if tid is None or created is None:
            log.add(table.where, f"row {row_no}: needs a tweet_id and a timestamp like "
                                 "'2013-03-13 08:52:14 +0000'; skipped")
            continue
        text = html.unescape(row.get("text", ""))
        shorts = _TCO.findall(text)
        expanded = [u.strip() for u in row.get("expanded_urls", "").split(",") if u.strip()]
        if shorts and len(shorts) == len(expanded):  # listed in the order they appear
            text = _expand(text, dict(zip(shorts, expanded, strict=True)))
        parent = _id(row.get("in_reply_to_status_id"))
        if row.get("retweeted_status_id") or text.startswith("RT @"):
            kind = PostKind.REPOST
        else:  # replies to oneself become posts in read(), once every id is known
            kind = reply_kind(parent)
        posts.append(Post(platform=PLATFORM, id=tid, created_at=created, text=text, kind=kind,
                          url=_status_url(account, tid), in_reply_to=parent,
                          mentions=tuple(dict.fromkeys(_MENTION.findall(text)))))
    return posts


# -- account, profile and counts ---------------------------------------------------------------
def _read_account(bundle: Bundle, log: CappedNotes) -> dict[str, str]:
    """``username``, ``name`` and ``id`` from account.js."""
    out: dict[str, str] = {}
    for where, i, rec in _records(bundle, ("account.js",), "account", log)[:1]:
        for ours, theirs in (("username", "username"), ("name", "accountDisplayName"),
                             ("id", "accountId")):
            value = rec.get(theirs)
            if isinstance(value, str) and value.strip():
                out[ours] = value.strip()
            elif value is not None:
                log.add(where, f"item {i}, key account.{theirs}: expected text, found "
                               f"{found(value)}")
    return out


def _read_profile(bundle: Bundle, log: CappedNotes) -> Profile:
    """Bio (as headline), website and location from profile.js."""
    for where, i, rec in _records(bundle, ("profile.js",), "profile", log)[:1]:
        desc = rec.get("description")
        if not isinstance(desc, dict):
            log.add(where, f"item {i}, key profile.description: expected an object, found "
                           f"{found(desc)}")
            desc = {}
        values = {}
        for key in ("bio", "website", "location"):
            v = desc.get(key)
            if v is not None and not isinstance(v, str):
                log.add(where, f"item {i}, key profile.description.{key}: expected text, "
                               f"found {found(v)}")
            values[key] = html.unescape(v).strip() if isinstance(v, str) else ""
        return Profile(headline=values["bio"], location=values["location"],
                       websites=(values["website"],) if values["website"] else ())
    return Profile()


def _count(bundle: Bundle, key: str, log: CappedNotes) -> int | None:
    """How many records follower.js / following.js / like.js hold; None without the file."""
    patterns = (f"{key}.js", f"{key}-part*.js")
    return len(_records(bundle, patterns, key, log)) if bundle.find(*patterns) else None


def _records(bundle: Bundle, patterns: tuple[str, ...], key: str,
             log: CappedNotes) -> list[tuple[str, int, dict[str, Any]]]:
    """``(where, index, record)`` for every ``{key: {...}}`` item of optional data files.

    An unreadable optional file is a warning, not an error: the tweets can still be read.
    """
    out = []
    for name in sorted(bundle.find(*patterns), key=_part_order):
        where = bundle.where(name)
        try:
            data = load_js(bundle, name)
        except InputError as exc:
            log.add(where, f"{exc.problem}; not used")
            continue
        for i, item in enumerate(data if isinstance(data, list) else [data]):
            rec = item.get(key) if isinstance(item, dict) else item
            if isinstance(rec, dict):
                out.append((where, i, rec))
            else:
                log.add(where, f"item {i}, key {key}: expected an object, found {found(rec)}; "
                               "skipped")
    return out


# -- small pieces ------------------------------------------------------------------------------
def load_js(bundle: Bundle, name: str) -> Any:
    """Parse an X data file, ``window.YTD.<name>.part0 = [...]``.

    Raises
    ------
    InputError
        When the file is empty, has no ``=`` before its data, or is not valid JSON (cut off).
    """
    try:
        return load_json(bundle, name, strip_js=True)
    except InputError as exc:
        if exc.where is None and not bundle.read_bytes(name).strip():
            raise InputError(exc.path, "is empty; the archive may be incomplete: download it "
                                       "again") from None
        raise


def _expand(text: str, links: dict[str, Any]) -> str:
    """Each t.co link replaced by its expanded URL, where the map has one that is text."""
    def swap(m: re.Match[str]) -> str:
        long = links.get(m.group(0))
        return long if isinstance(long, str) and long else m.group(0)
    return _TCO.sub(swap, text)


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _part_order(name: str) -> tuple[int, str]:
    m = _PART.search(name.rsplit("/", 1)[-1].lower())
    return (int(m.group(1)) if m else 0, name)


def _id(value: Any) -> str | None:
    """A tweet or user id: digits, as text (ids as numbers are accepted too)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    s = str(value).strip()
    return s if s.isascii() and s.isdigit() else None


def _status_url(account: dict[str, str], tid: str) -> str:
    return f"https://x.com/{account.get('username') or 'i/web'}/status/{tid}"


