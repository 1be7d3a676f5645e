"""Instagram's "Download your information" export, JSON format.

``posts_1.json`` (``posts_2.json``...) become posts (uncaptioned photos are kept with empty text:
they are still posts); ``followers_1.json`` (``_2``...) and ``following.json`` are counted; the
name, handle, bio and website come from ``personal_information.json`` when its labels are known.
What all Meta exports share (localised labels, mojibake, layout moves, warnings) is in
:mod:`assessor.ingest.meta`.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from assessor.candidate import Platform, Post, Profile, Source
from assessor.ingest.bundle import Bundle
from assessor.ingest.meta import count_people, holds, items, pages, shallowest
from assessor.ingest.parsing import Notes, fix_mojibake, load_json
from assessor.ingest.toolkit import Fields, found, unique_ids

PLATFORM = Platform.INSTAGRAM
READS = ("export",)

IG_POSTS = "posts_[0-9]*.json"
IG_FOLLOWERS = "followers_[0-9]*.json"
IG_FOLLOWING = "following.json"
IG_PROFILE = "personal_information.json"
#: Instagram's own labels in personal_information.json (they are localised; best effort).
_USERNAME_LABELS = {"username", "nome utente", "nombre de usuario", "nom d'utilisateur",
                    "benutzername", "nome de usuário", "gebruikersnaam"}
_NAME_LABELS = {"name", "nome", "nombre", "nom", "naam"}


def detect(bundle: Bundle) -> bool:
    """True for an export holding Instagram posts or follower/following lists (JSON)."""
    if bundle.kind == "file":
        return False
    if bundle.find(IG_POSTS, IG_FOLLOWERS):
        return True
    name = bundle.find_one(IG_FOLLOWING)  # a generic name: check it holds Instagram's shape
    return name is not None and holds(bundle, name, b"relationships_following",
                                       b"string_list_data")


def read(bundle: Bundle) -> Source:
    """Posts, follower and following counts, and name, handle, bio and website.

    The profile fields are read when ``personal_information.json`` uses labels we know. A file
    that is not valid JSON (usually a cut-off download) raises.
    """
    notes = Notes()
    posts = [p for item, at in items(bundle, pages(bundle, IG_POSTS), notes, "posts",
                                      ("ig_posts",)) if (p := _post(item, at))]
    followers = count_people(bundle, pages(bundle, IG_FOLLOWERS), notes,
                              "relationships_followers")
    following = count_people(bundle, shallowest(bundle, IG_FOLLOWING), notes,
                              "relationships_following")
    name, handle, profile = _profile(bundle, notes)
    return Source(platform=PLATFORM, path=bundle.label, name=name, handle=handle,
                  profile=profile, posts=unique_ids(posts, keep_repeats=True), followers=followers,
                  following=following, warnings=tuple(notes.items))


def _post(item: Any, at: Fields) -> Post | None:
    if not isinstance(item, dict):
        at.warn(f"expected a post object, found {found(item)}; skipped")
        return None
    media = [m for m in at.list("media") if isinstance(m, dict)]
    # Multi-photo posts carry the caption and time at the top; single ones on their media.
    caption = at.text("title") or next((t for m in media if (t := at.of(m).text("title"))), "")
    created = at.epoch("creation_timestamp") or next(
        (w for m in media if (w := at.of(m).epoch("creation_timestamp"))), None)
    if created is None:
        at.warn("a post without a readable creation_timestamp; skipped")
        return None
    uri = next((u for m in media if (u := at.of(m).text("uri"))), "")
    post_id = PurePosixPath(uri).stem if uri else str(int(created.timestamp()))
    return Post(platform=PLATFORM, id=post_id, created_at=created, text=caption)


def _profile(bundle: Bundle, notes: Notes) -> tuple[str, str, Profile]:
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

    def pick(labels: set[str]) -> str:
        return next((values[k] for k in labels if values.get(k)), "")

    website = values.get("website", "")
    return (pick(_NAME_LABELS), pick(_USERNAME_LABELS),
            Profile(headline=values.get("bio", ""), websites=(website,) if website else ()))


