"""Facebook's "Download your information" export, JSON format.

``your_posts_1.json`` or ``your_posts__check_ins__photos_and_videos_1.json`` become posts,
``comments.json`` comments, ``friends.json``/``your_friends.json`` the follower count. An item
without text is kept only when it has a title (a photo or check-in, "Amara added a new photo."),
with that title as the post's title; items with neither are skipped. What all Meta exports share
(localised labels, mojibake, layout moves, warnings) is in :mod:`assessor.ingest.meta`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from assessor.candidate import Platform, Post, PostKind, Source
from assessor.display import plural
from assessor.ingest.bundle import Bundle
from assessor.ingest.meta import count_people, holds, items, pages, shallowest
from assessor.ingest.parsing import Notes, fix_mojibake, load_json
from assessor.ingest.toolkit import Fields, found, unique_ids

PLATFORM = Platform.FACEBOOK
READS = ("export",)

FB_POSTS = ("your_posts_[0-9]*.json", "your_posts__check_ins__photos_and_videos_[0-9]*.json")
FB_COMMENTS = "comments.json"
FB_FRIENDS = ("your_friends.json", "friends.json")
FB_PROFILE = "profile_information.json"


def detect(bundle: Bundle) -> bool:
    """True for an export holding Facebook posts, or comments/profile files in Facebook's shape."""
    if bundle.kind == "file":
        return False
    if bundle.find(*FB_POSTS):
        return True
    comments = bundle.find_one(FB_COMMENTS)
    profile = bundle.find_one(FB_PROFILE)
    return ((comments is not None and holds(bundle, comments, b'"comments_v2"'))
            or (profile is not None and holds(bundle, profile, b'"profile_v2"')))


def read(bundle: Bundle) -> Source:
    """Posts, comments (kind ``comment``), the friend count as followers, and the name.

    The name is read from ``profile_information.json``, else it is the author of the person's
    own comments. A file that is not valid JSON (usually a cut-off download) raises.
    """
    notes = Notes()
    empty: list[str] = []
    posts = [p for item, at in items(bundle, pages(bundle, *FB_POSTS), notes, "posts",
                                      ("status_updates_v2",))
             if (p := _post(item, at, empty))]
    if empty:
        notes.add(bundle.label, f"{plural(len(empty), 'Facebook item')} with neither text nor a "
                                f"title {'was' if len(empty) == 1 else 'were'} skipped")
    authors: Counter[str] = Counter()
    posts += [c for item, at in items(bundle, shallowest(bundle, FB_COMMENTS), notes, "comments",
                                       ("comments_v2", "comments"))
              if (c := _comment(item, at, authors))]
    friends = count_people(bundle, shallowest(bundle, *FB_FRIENDS), notes, "friends_v2")
    name = _name(bundle) or (authors.most_common(1)[0][0] if authors else "")
    return Source(platform=PLATFORM, path=bundle.label, name=name,
                  posts=unique_ids(posts, keep_repeats=True), followers=friends,
                  warnings=tuple(notes.items))


def _post(item: Any, at: Fields, empty: list[str]) -> Post | None:
    if not isinstance(item, dict):
        at.warn(f"expected a post object, found {found(item)}; skipped")
        return None
    created = at.epoch("timestamp")
    text = "\n".join(p for d in at.list("data") if isinstance(d, dict)
                     if (p := at.of(d).text("post")))
    title = at.text("title")
    if not text and not title:
        empty.append(at.at)
        return None
    if created is None:
        at.warn("a post without a readable timestamp; skipped")
        return None
    return Post(platform=PLATFORM, id=str(int(created.timestamp())), created_at=created,
                text=text, title=None if text else title)  # Meta's titles are boilerplate


def _comment(item: Any, at: Fields, authors: Counter[str]) -> Post | None:
    if not isinstance(item, dict):
        at.warn(f"expected a comment object, found {found(item)}; skipped")
        return None
    data = item.get("data")
    entry = next((d["comment"] for d in data if isinstance(d, dict)
                  and isinstance(d.get("comment"), dict)), None) if isinstance(data, list) else None
    if entry is None:
        at.warn("key data: expected [{\"comment\": {...}}]; skipped")
        return None
    text = at.of(entry).text("comment")
    created = at.epoch("timestamp") or at.of(entry).epoch("timestamp")
    if created is None or not text:
        at.warn("a comment without a readable timestamp or text; skipped")
        return None
    if author := at.of(entry).text("author"):
        authors[author] += 1
    return Post(platform=PLATFORM, id=f"comment-{int(created.timestamp())}",
                created_at=created, text=text, kind=PostKind.COMMENT)


def _name(bundle: Bundle) -> str:
    name = bundle.find_one(FB_PROFILE)
    if name is None:
        return ""
    data = load_json(bundle, name)
    profile = data.get("profile_v2", data.get("profile")) if isinstance(data, dict) else None
    full = profile.get("name") if isinstance(profile, dict) else None
    value = full.get("full_name") if isinstance(full, dict) else None
    return fix_mojibake(value).strip() if isinstance(value, str) else ""


