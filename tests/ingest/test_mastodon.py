"""The Mastodon archive importer: zip and tar.gz archives, ActivityStreams shapes, bad input.

Fixtures are built here in ``tmp_path`` for an invented person (Tomás Ferreira,
@tomas@fosstodon.example) in the shapes Mastodon exports: an ``outbox.json``
OrderedCollection of ``Create``/``Note`` and ``Announce`` activities, a ``Person`` actor with
HTML profile fields, ``likes.json`` and the separate ``following_accounts.csv``.
"""

from __future__ import annotations

import copy
import io
import json
import tarfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.candidate import Platform, PostKind, Source
from assessor.errors import InputError
from assessor.ingest import load_candidate, mastodon
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import MAX_WARNINGS_PER_FILE

HOST = "https://fosstodon.example"
ME = f"{HOST}/users/tomas"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
FOLLOWERS = f"{ME}/followers"
CONTEXT = ["https://www.w3.org/ns/activitystreams",
           {"ostatus": "http://ostatus.org#", "sensitive": "as:sensitive",
            "toot": "http://joinmastodon.org/ns#"}]


def create(n: int, published: str, content: str, *, to: tuple[str, ...] = (PUBLIC,),
           cc: tuple[str, ...] = (FOLLOWERS,), reply_to: str | None = None,
           tags: tuple[dict, ...] = ()) -> dict:
    status = f"{ME}/statuses/{n}"
    return {
        "id": f"{status}/activity", "type": "Create", "actor": ME, "published": published,
        "to": list(to), "cc": list(cc),
        "object": {
            "id": status, "type": "Note", "summary": None, "inReplyTo": reply_to,
            "published": published, "url": f"{HOST}/@tomas/{n}", "attributedTo": ME,
            "to": list(to), "cc": list(cc), "sensitive": False, "atomUri": status,
            "inReplyToAtomUri": reply_to,
            "conversation": f"tag:fosstodon.example,2024-12-05:objectId={n}:"
                            "objectType=Conversation",
            "content": content, "contentMap": {"en": content}, "attachment": [],
            "tag": list(tags),
            "replies": {"id": f"{status}/replies", "type": "Collection",
                        "first": {"type": "CollectionPage", "next": f"{status}/replies?page=true",
                                  "partOf": f"{status}/replies", "items": []}},
        },
        "signature": {"type": "RsaSignature2017", "creator": f"{ME}#main-key",
                      "created": published, "signatureValue": "c2lnbmF0dXJl"},
    }


LENA = {"type": "Mention", "href": "https://hachyderm.example/users/lena",
        "name": "@lena@hachyderm.example"}
RUST = {"type": "Hashtag", "href": f"{HOST}/tags/rust", "name": "#rust"}
LINK_HTML = ('<a href="https://tomas.example/posts/borrowck" target="_blank" rel="nofollow '
             'noopener noreferrer" translate="no"><span class="invisible">https://</span><span '
             'class="">tomas.example/posts/borrowck</span><span class="invisible"></span></a>')
LENA_HTML = ('<span class="h-card" translate="no"><a href="https://hachyderm.example/@lena" '
             'class="u-url mention">@<span>lena</span></a></span>')

ITEMS = [
    create(1130, "2024-12-05T10:39:15Z",
           f"<p>Wrote up what finally made the borrow checker click for me &amp; why.</p>"
           f"<p>Post: {LINK_HTML} thanks {LENA_HTML} <a href=\"{HOST}/tags/rust\" "
           f"class=\"mention hashtag\" rel=\"tag\">#<span>rust</span></a></p>",
           tags=(LENA, RUST)),
    create(1131, "2024-12-05T11:02:00Z", f"<p>{LENA_HTML} yes, lifetimes next!</p>",
           reply_to="https://hachyderm.example/users/lena/statuses/999", tags=(LENA,)),
    create(1132, "2024-12-05T11:10:00Z", "<p>2/ Part two: ownership in async code.</p>",
           reply_to=f"{ME}/statuses/1130"),
    {"id": f"{ME}/statuses/1133/activity", "type": "Announce", "actor": ME,
     "published": "2024-12-06T08:00:00Z", "to": [PUBLIC], "cc": [FOLLOWERS,
                                                                  "https://hachyderm.example/users/lena"],
     "object": "https://hachyderm.example/users/lena/statuses/1000"},
    create(1134, "2024-12-07T19:45:30Z", "<p>Followers only: job hunting update soon</p>",
           to=(FOLLOWERS,), cc=()),
    create(1135, "2024-12-08T07:00:00+01:00", "<p>Unlisted morning note</p>",
           to=(FOLLOWERS,), cc=(PUBLIC,)),
]

ACTOR = {
    "@context": CONTEXT, "id": ME, "type": "Person", "following": f"{ME}/following",
    "followers": FOLLOWERS, "inbox": f"{ME}/inbox", "outbox": "outbox.json",
    "preferredUsername": "tomas", "name": "Tomás Ferreira",
    "summary": '<p>Backend developer learning Rust. Mentor at <a href="https://codeclub.'
               'example">Code Club</a>.</p><p>He/him &amp; Lisbon</p>',
    "url": f"{HOST}/@tomas", "manuallyApprovesFollowers": False, "discoverable": True,
    "published": "2022-11-05T00:00:00Z",
    "publicKey": {"id": f"{ME}#main-key", "owner": ME, "publicKeyPem": "-----BEGIN..."},
    "tag": [],
    "attachment": [
        {"type": "PropertyValue", "name": "Portfolio",
         "value": LINK_HTML.replace("/posts/borrowck", "")},
        {"type": "PropertyValue", "name": "Pronouns", "value": "he/him"},
        {"type": "PropertyValue", "name": "GitHub", "value": "https://github.com/tomas-example"},
    ],
    "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"},
}


def outbox(items: list) -> dict:
    return {"@context": CONTEXT, "id": "outbox.json", "type": "OrderedCollection",
            "totalItems": len(items), "orderedItems": items}


def archive_files(items: list | None = None) -> dict[str, str | bytes]:
    return {
        "outbox.json": json.dumps(outbox(ITEMS if items is None else items), indent=2),
        "actor.json": json.dumps(ACTOR, indent=2),
        "likes.json": json.dumps({"@context": CONTEXT, "id": "likes.json",
                                  "type": "OrderedCollection",
                                  "orderedItems": [f"https://x.example/s/{n}" for n in range(7)]}),
        "bookmarks.json": json.dumps({"id": "bookmarks.json", "type": "OrderedCollection",
                                      "orderedItems": []}),
        "avatar.png": b"\x89PNG\r\n",
        "media_attachments/files/111/original/a.png": b"\x89PNG\r\n",
    }


FOLLOWING_CSV = ("Account address,Show boosts,Notify on new posts,Languages\n"
                 "lena@hachyderm.example,true,false,\n"
                 "rustlang@fosstodon.example,true,false,en\n"
                 "ana@mastodon.example,false,false,\"en,pt\"\n")


def write_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            zf.writestr(name, content)
    return path


def write_tar(path: Path, files: dict[str, str | bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        for name, content in files.items():
            data = content.encode() if isinstance(content, str) else content
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content.encode() if isinstance(content, str) else content)
    return root


def read_path(path: Path) -> Source:
    bundle = Bundle.open(path)
    try:
        assert mastodon.detect(bundle)
        return mastodon.read(bundle)
    finally:
        bundle.close()


def by_n(source: Source) -> dict:
    return {p.id.rsplit("/", 2)[-2] if p.id.endswith("/activity") else p.id.rsplit("/", 1)[-1]:
            p for p in source.posts}


@pytest.fixture(params=["zip", "tar.gz", "folder"])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    files = archive_files()
    if request.param == "zip":
        return write_zip(tmp_path / "archive-20241208093000-5f1e2d.zip", files)
    if request.param == "tar.gz":
        return write_tar(tmp_path / "archive-20221208093000-5f1e2d.tar.gz", files)
    return write_tree(tmp_path / "archive", files)


# -- detection and reading ---------------------------------------------------------------------
def test_detects_zip_tar_and_folder(archive: Path, tmp_path: Path) -> None:
    assert mastodon.detect(Bundle.open(archive))
    only_outbox = write_tree(tmp_path / "half", {"outbox.json": "{}"})
    assert not mastodon.detect(Bundle.open(only_outbox))


def test_actor_gives_name_handle_bio_and_websites(archive: Path) -> None:
    src = read_path(archive)
    assert src.platform is Platform.MASTODON
    assert (src.name, src.handle) == ("Tomás Ferreira", "tomas")
    assert src.profile.headline == "Backend developer learning Rust. Mentor at Code Club."
    assert src.profile.summary == ("Backend developer learning Rust. Mentor at Code Club.\n"
                                   "He/him & Lisbon")
    assert src.profile.websites == ("https://tomas.example", "https://github.com/tomas-example")
    assert src.followers is None
    assert src.likes_given == 7
    assert src.warnings == ()


def test_note_becomes_a_plain_text_post(archive: Path) -> None:
    post = by_n(read_path(archive))["1130"]
    assert post.kind is PostKind.POST
    assert post.text == ("Wrote up what finally made the borrow checker click for me & why.\n"
                         "Post: https://tomas.example/posts/borrowck thanks @lena #rust")
    assert post.created_at == datetime(2024, 12, 5, 10, 39, 15, tzinfo=UTC)
    assert post.url == f"{HOST}/@tomas/1130"
    assert post.mentions == ("lena@hachyderm.example",)
    assert post.public


def test_replies_to_others_and_to_oneself(archive: Path) -> None:
    posts = by_n(read_path(archive))
    reply = posts["1131"]
    assert reply.kind is PostKind.REPLY
    assert reply.in_reply_to == "https://hachyderm.example/users/lena/statuses/999"
    assert reply.text == "@lena yes, lifetimes next!"
    thread = posts["1132"]
    assert thread.kind is PostKind.POST
    assert thread.in_reply_to == f"{ME}/statuses/1130"


def test_announce_is_a_repost_of_the_uri(archive: Path) -> None:
    boost = by_n(read_path(archive))["1133"]
    assert boost.kind is PostKind.REPOST
    assert boost.text == ""
    assert boost.url == "https://hachyderm.example/users/lena/statuses/1000"
    assert boost.created_at == datetime(2024, 12, 6, 8, 0, tzinfo=UTC)


def test_non_public_posts_are_kept_but_marked(archive: Path) -> None:
    posts = by_n(read_path(archive))
    assert not posts["1134"].public
    assert not posts["1135"].public  # unlisted: Public only in cc
    assert posts["1135"].created_at == datetime(2024, 12, 8, 6, 0, tzinfo=UTC)
    assert len(posts) == len(ITEMS)


def test_posts_are_sorted_oldest_first(archive: Path) -> None:
    dates = [p.created_at for p in read_path(archive).posts]
    assert dates == sorted(dates)


@pytest.mark.parametrize("csv_text, expected", [
    (FOLLOWING_CSV, 3),
    ("lena@hachyderm.example\nrustlang@fosstodon.example\n", 2),  # older: no header
    ("Account address,Show boosts,Notify on new posts,Languages\n", 0),
])
def test_following_accounts_csv(tmp_path: Path, csv_text: str, expected: int) -> None:
    files = archive_files()
    files["following_accounts.csv"] = csv_text
    assert read_path(write_zip(tmp_path / "a.zip", files)).following == expected


def test_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    files = archive_files()
    files["outbox.json"] = "\ufeff" + str(files["outbox.json"])
    assert len(read_path(write_tree(tmp_path / "a", files)).posts) == len(ITEMS)


def test_following_unknown_without_the_csv(tmp_path: Path) -> None:
    assert read_path(write_zip(tmp_path / "a.zip", archive_files())).following is None


def test_loads_as_a_candidate(tmp_path: Path) -> None:
    folder = tmp_path / "tomas"
    folder.mkdir()
    write_tar(folder / "archive-20221208.tar.gz", archive_files())
    cand = load_candidate(folder)
    assert cand.name == "Tomás Ferreira"
    assert [s.platform for s in cand.sources] == [Platform.MASTODON]


# -- damaged input -----------------------------------------------------------------------------
def test_outbox_cut_off_mid_json_names_the_file(tmp_path: Path) -> None:
    files = archive_files()
    files["outbox.json"] = files["outbox.json"][:1500]
    zpath = write_zip(tmp_path / "archive.zip", files)
    with pytest.raises(InputError) as info:
        read_path(zpath)
    assert info.value.path == f"{zpath}/outbox.json"
    assert "is not valid JSON" in str(info.value)
    assert "the file may be cut off: download the export again" in str(info.value)


def test_zero_byte_outbox(tmp_path: Path) -> None:
    files = archive_files()
    files["outbox.json"] = ""
    with pytest.raises(InputError, match="outbox.json .*is not valid JSON"):
        read_path(write_tree(tmp_path / "a", files))


@pytest.mark.parametrize("content, found", [
    ("[]", "a list"), ('{"type": "OrderedCollection"}', "null (or nothing)"),
    ('{"orderedItems": "none"}', "the text 'none'"),
])
def test_outbox_that_is_not_a_collection(tmp_path: Path, content: str, found: str) -> None:
    files = archive_files()
    files["outbox.json"] = content
    with pytest.raises(InputError) as info:
        read_path(write_tree(tmp_path / "a", files))
    assert str(info.value) == (f"{tmp_path / 'a'}/outbox.json: expected an ActivityStreams "
                               f"OrderedCollection with 'orderedItems' (a list), found {found}")


def test_a_number_too_long_for_python_is_an_input_error(tmp_path: Path) -> None:
    files = archive_files()
    files["outbox.json"] = '{"orderedItems": [' + "7" * 5000 + "]}"
    with pytest.raises(InputError, match="outbox.json: holds a number too long to be real"):
        read_path(write_tree(tmp_path / "a", files))


def test_broken_actor_is_a_warning(tmp_path: Path) -> None:
    files = archive_files()
    files["actor.json"] = '{"type": "Person", "name": "Tom'
    src = read_path(write_tree(tmp_path / "a", files))
    assert len(src.posts) == len(ITEMS)
    assert src.name == ""
    assert len(src.warnings) == 1
    assert src.warnings[0].startswith(f"{tmp_path / 'a'}/actor.json: is not valid JSON")
    assert src.warnings[0].endswith("the profile was not read")


@pytest.mark.parametrize("suffix, writer", [(".zip", write_zip), (".tar.gz", write_tar)])
def test_truncated_archive_is_an_input_error(tmp_path: Path, suffix: str, writer) -> None:
    whole = writer(tmp_path / f"whole{suffix}", archive_files())
    cut = tmp_path / f"archive-cut{suffix}"
    cut.write_bytes(whole.read_bytes()[:600])
    with pytest.raises(InputError, match="(not a readable|could not be read).*download|damaged"):
        read_path(cut)


BAD_VALUES = [None, 42, "oops", [], {}, False]
KEYS = ["id", "type", "published", "to", "object", "object.id", "object.type",
        "object.published", "object.content", "object.inReplyTo", "object.to", "object.url",
        "object.tag", "object.tag.0", "object.tag.0.name", "object.tag.0.type", "object.replies"]


def _set(obj: dict, dotted: str, value: object) -> None:
    *parents, last = dotted.split(".")
    for key in parents:
        obj = obj[int(key)] if isinstance(obj, list) else obj[key]
    if isinstance(obj, list):
        obj[int(last)] = value
    else:
        obj[last] = value


@pytest.mark.parametrize("value", BAD_VALUES, ids=repr)
@pytest.mark.parametrize("key", KEYS)
def test_wrong_types_at_every_key_never_crash(tmp_path: Path, key: str, value: object) -> None:
    bad = copy.deepcopy(ITEMS[1])
    _set(bad, key, value)
    src = read_path(write_tree(tmp_path / "a", archive_files([bad, ITEMS[0], ITEMS[3]])))
    assert {"1130", "1133"} <= set(by_n(src))
    for w in src.warnings:
        assert w.startswith(f"{tmp_path / 'a'}/outbox.json: "), w


def test_wrong_type_messages_name_the_item_and_key(tmp_path: Path) -> None:
    no_date = copy.deepcopy(ITEMS[0])
    no_date["object"]["published"] = "last Tuesday"
    no_date["published"] = None
    odd_tag = copy.deepcopy(ITEMS[1])
    odd_tag["object"]["tag"] = ["@lena"]
    items = [no_date, "Create", odd_tag, {"type": "Announce", "object": 7},
             {"type": "Like", "object": "https://x"}]
    where = f"{tmp_path / 'a'}/outbox.json"
    src = read_path(write_tree(tmp_path / "a", archive_files(items)))
    assert src.warnings == (
        f"{where}: orderedItems[0].object.published: expected a date like "
        "'2024-12-05T10:39:15Z', found the text 'last Tuesday'; skipped",
        f"{where}: orderedItems[1]: expected an activity object, found the text 'Create'; "
        "skipped",
        f"{where}: orderedItems[2].object.tag[0]: expected an object, found the text '@lena'; "
        "ignored",
        f"{where}: orderedItems[3]: expected an Announce with an 'id' and an 'object' URI; "
        "skipped",
        f"{where}: 'Like' activities are not posts; 1 skipped",
    )
    assert [p.kind for p in src.posts] == [PostKind.REPLY]


def test_warnings_per_file_are_capped(tmp_path: Path) -> None:
    src = read_path(write_tree(tmp_path / "a", archive_files([1] * 30)))
    assert len(src.warnings) == MAX_WARNINGS_PER_FILE + 1
    assert src.warnings[-1].endswith("outbox.json: 10 more problems like these")


# -- property tests ----------------------------------------------------------------------------
def _read_with_outbox(root: Path, content: bytes) -> None:
    files = archive_files()
    files["outbox.json"] = content
    bundle = Bundle.open(write_tree(root, files))
    try:
        assert isinstance(mastodon.read(bundle), Source)
    except InputError:
        pass  # the one error a damaged file may raise
    finally:
        bundle.close()


_settings = settings(max_examples=100, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_settings
@given(data=st.binary(max_size=400))
def test_random_bytes_in_outbox(tmp_path: Path, data: bytes) -> None:
    _read_with_outbox(tmp_path, data)


@_settings
@given(data=st.data())
def test_byte_mutations_of_a_real_outbox(tmp_path: Path, data: st.DataObject) -> None:
    raw = bytearray(json.dumps(outbox(ITEMS)).encode())
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        op = data.draw(st.sampled_from(["cut", "flip", "insert", "drop"]))
        if op == "cut":
            raw = raw[:at]
        elif op == "flip":
            raw[at] = data.draw(st.integers(0, 255))
        elif op == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        else:
            del raw[at:at + data.draw(st.integers(1, 20))]
        if not raw:
            break
    _read_with_outbox(tmp_path, bytes(raw))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=3),
    max_leaves=8,
)


@_settings
@given(data=st.data())
def test_json_value_mutations_of_the_outbox(tmp_path: Path, data: st.DataObject) -> None:
    doc = copy.deepcopy(outbox(ITEMS))  # CONTEXT is shared: never mutate it
    for _ in range(data.draw(st.integers(1, 6))):
        node: object = doc
        while True:  # walk to a random container, then replace one of its values
            keys = list(range(len(node))) if isinstance(node, list) else list(node)  # type: ignore[arg-type]
            if not keys:
                break
            key = data.draw(st.sampled_from(keys))
            child = node[key]  # type: ignore[index]
            if isinstance(child, dict | list) and child and data.draw(st.booleans()):
                node = child
                continue
            node[key] = data.draw(JSON_VALUES)  # type: ignore[index]
            break
    _read_with_outbox(tmp_path, json.dumps(doc).encode())
