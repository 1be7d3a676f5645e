"""What Instagram's and Facebook's "Download your information" exports (JSON) share.

Meta localises labels (titles, ``string_map_data`` keys) to the account's language, so only
structure is relied on, and files are matched by name anywhere in the tree because the layout
moved in 2024. Every string read is repaired with :func:`~assessor.ingest.parsing.fix_mojibake`:
Meta writes UTF-8 bytes as one code point each (``"Universit\\u00c3\\u00a0"``).

Truncated JSON is an error (re-download); a file or item of the wrong shape is skipped with a
warning naming the file, the index and the key. The importers are :mod:`.instagram` and
:mod:`.facebook`; an export downloaded as HTML is recognised here to say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from assessor.errors import InputError
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import Notes, fix_mojibake, load_json
from assessor.ingest.toolkit import Fields, found

#: Folders only Meta's exports have, and its page names: HTML there means an HTML export.
META_FOLDERS = frozenset({
    "your_instagram_activity", "your_activity_across_facebook", "followers_and_following",
    "comments_and_reactions", "personal_information", "profile_information",
    "friends_and_followers", "security_and_login_information", "logged_information"})
_META_PAGE = re.compile(r"^(?:start_here|(?:your_)?posts_\d+|followers_\d+)\.html$")
_NUMBER = re.compile(r"_(\d+)\.json$")


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


# -- shared by both importers ------------------------------------------------------------
def pages(bundle: Bundle, *patterns: str) -> list[str]:
    """Numbered files (``posts_1.json``, ``posts_2.json``...) in number order."""
    return sorted(bundle.find(*patterns), key=lambda n: (
        int(m.group(1)) if (m := _NUMBER.search(n.lower())) else 0, n))


def shallowest(bundle: Bundle, *patterns: str) -> list[str]:
    name = bundle.find_one(*patterns)
    return [name] if name else []


def array(bundle: Bundle, name: str, notes: Notes, what: str,
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
            wrapped = data.get(key)
            if isinstance(wrapped, list):
                return wrapped
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) == 1:  # wrapper keys are renamed now and then; the shape stays
            return lists[0]
    notes.add(bundle.where(name), f"expected a list of {what}, found {found(data)}; file skipped")
    return None


def items(bundle: Bundle, names: list[str], notes: Notes, what: str,
           wrappers: tuple[str, ...]) -> Iterator[tuple[Any, Fields]]:
    """Every item of every listed file, with its position for messages."""
    for name in names:
        for index, item in enumerate(array(bundle, name, notes, what, wrappers) or ()):
            record = item if isinstance(item, dict) else {}
            yield item, Fields(record, bundle.where(name), notes, at=f"item {index}",
                               repair=fix_mojibake)


def holds(bundle: Bundle, name: str, *markers: bytes) -> bool:
    """True when the file's first 64 KiB hold one of ``markers`` (a generic name, Meta's shape)."""
    try:
        head = bundle.read_bytes(name)[:65536]
    except InputError:
        return False
    return any(m in head for m in markers)


def count_people(bundle: Bundle, names: list[str], notes: Notes, wrapper: str) -> int | None:
    """Entries across follower/following/friend pages; None when no page could be used."""
    total: int | None = None
    for name in names:
        entries = array(bundle, name, notes, "accounts", (wrapper, wrapper.removesuffix("_v2")))
        if entries is None:
            continue
        total = (total or 0) + sum(isinstance(item, dict) for item in entries)
        for index, item in enumerate(entries):
            if not isinstance(item, dict):
                Fields({}, bundle.where(name), notes, at=f"item {index}").warn(
                    f"expected an account entry, found {found(item)}; not counted")
    return total
