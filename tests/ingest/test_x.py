"""The X (Twitter) archive importer: real archive shapes, pre-2019 CSVs, and damaged input.

Fixtures are built here in ``tmp_path``: an invented person (Priya Raman, @priyabuilds) in the
shapes X really exports: ``window.YTD.<name>.part0 = [...]`` pretty-printed as ``"key" : value``,
string counts, HTML-escaped text with t.co links, retweets, replies, a self-thread, a long
post in note-tweet.js.
"""

from __future__ import annotations

import copy
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.candidate import Platform, PostKind, Source
from assessor.errors import InputError
from assessor.ingest import load_candidate, x
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import MAX_WARNINGS_PER_FILE

OWN_ID = "1190435209384771584"


def ytd(name: str, items: object) -> str:
    """A data file as X writes it: JS assignment, 2-space indent, ``"key" : value``."""
    body = json.dumps(items, indent=2, separators=(",", " : "), ensure_ascii=False)
    return f"window.YTD.{name}.part0 = {body}"


def tweet(tid: str, text: str, created: str, *, fav: str = "0", rt: str = "0",
          urls: tuple[tuple[str, str], ...] = (), mentions: tuple[str, ...] = (),
          reply_to: tuple[str, str, str] | None = None) -> dict:
    """One ``{"tweet": {...}}`` item; ``reply_to`` is (status id, user id, screen name)."""
    t: dict = {
        "edit_info": {"initial": {"editTweetIds": [tid], "editsRemaining": "5",
                                  "editableUntil": "2023-05-02T10:11:12.000Z",
                                  "isEditEligible": True}},
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {
            "hashtags": [], "symbols": [],
            "user_mentions": [{"name": m.title(), "screen_name": m, "indices": ["0", "9"],
                               "id_str": "99" + str(i), "id": "99" + str(i)}
                              for i, m in enumerate(mentions)],
            "urls": [{"url": short, "expanded_url": long, "display_url": long[8:30] + "…",
                      "indices": ["10", "33"]} for short, long in urls],
        },
        "display_text_range": ["0", str(len(text))],
        "favorite_count": fav, "id_str": tid, "truncated": False, "retweet_count": rt,
        "id": tid, "created_at": created, "favorited": False, "full_text": text, "lang": "en",
    }
    if reply_to:
        t.update({"in_reply_to_status_id_str": reply_to[0], "in_reply_to_status_id": reply_to[0],
                  "in_reply_to_user_id": reply_to[1], "in_reply_to_user_id_str": reply_to[1],
                  "in_reply_to_screen_name": reply_to[2]})
    return {"tweet": t}


NOTE_TEXT = ("What I learned running our team's first accessibility audit: start with "
             "keyboard navigation, then colour contrast, then screen readers. Most fixes took "
             "minutes once we knew where to look & the checklist is here "
             "https://priya.example/a11y-checklist")

TWEETS = [
    tweet("1601000000000000001", "Shipped the new onboarding flow today &amp; the drop-off "
          "fell by a third. Write-up: https://t.co/AbC123xyZ0", "Sat Jun 06 13:02:35 +0000 2020",
          fav="16", rt="3", urls=(("https://t.co/AbC123xyZ0", "https://priya.example/onboarding"),)),
    tweet("1601000000000000002", "RT @datadiva: Great thread on funnel metrics &gt; vanity "
          "metrics", "Sun Jun 07 09:00:00 +0000 2020", mentions=("datadiva",)),
    tweet("1601000000000000003", "@samir_ux Thanks, the checklist helped a lot",
          "Mon Jun 08 18:30:12 +0000 2020", fav="2", mentions=("samir_ux",),
          reply_to=("1600999999999999999", "4402", "samir_ux")),
    tweet("1601000000000000004", "2/ The biggest win was removing one form field.",
          "Sat Jun 06 13:05:00 +0000 2020", fav="4",
          reply_to=("1601000000000000001", OWN_ID, "priyabuilds")),
    tweet("1601000000000000005", "What I learned running our team's first accessibility audit: "
          "start with keyboard navigation, then colour contrast, then screen readers. Most "
          "fixes took minutes once we knew where to look &amp; the… https://t.co/NoTe0001",
          "Tue Mar 14 08:15:02 +0000 2023", fav="41", rt="9",
          urls=(("https://t.co/NoTe0001", "https://twitter.com/i/web/status/1601000000000000005"),)),
]

NOTES = [{"noteTweet": {
    "noteTweetId": "1635555555555555555", "updatedAt": "2023-03-14T08:15:02.000Z",
    "lifecycle": {"value": "live", "name": "Live", "originalName": "live", "annotations": {}},
    "createdAt": "2023-03-14T08:15:02.000Z",
    "core": {"styletags": [], "urls": [{"shortUrl": "https://t.co/LiNk0002",
                                         "expandedUrl": "https://priya.example/a11y-checklist"}],
             "text": NOTE_TEXT.replace("https://priya.example/a11y-checklist",
                                       "https://t.co/LiNk0002").replace("&", "&amp;"),
             "mentions": [], "cashtags": [], "hashtags": []}}}]


def archive_files(tweets: list | None = None) -> dict[str, str]:
    return {
        "Your archive.html": "<!DOCTYPE html><html><body>Your archive</body></html>",
        "data/manifest.js": 'window.__THAR_CONFIG = {"userInfo" : {"userName" : "priyabuilds"}}',
        "data/account.js": ytd("account", [{"account": {
            "email": "priya@example.org", "createdVia": "web", "username": "priyabuilds",
            "accountId": OWN_ID, "createdAt": "2019-11-02T01:02:03.000Z",
            "accountDisplayName": "Priya Raman"}}]),
        "data/profile.js": ytd("profile", [{"profile": {
            "description": {"bio": "Product designer. Accessibility &amp; onboarding.",
                            "website": "https://t.co/Web123", "location": "Leeds, UK"},
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/a.jpg"}}]),
        "data/follower.js": ytd("follower", [{"follower": {
            "accountId": str(n), "userLink": f"https://twitter.com/intent/user?user_id={n}"}}
            for n in range(3)]),
        "data/following.js": ytd("following", [{"following": {
            "accountId": str(n), "userLink": f"https://twitter.com/intent/user?user_id={n}"}}
            for n in range(2)]),
        "data/like.js": ytd("like", [{"like": {"tweetId": str(n), "fullText": "nice",
                                               "expandedUrl": f"https://twitter.com/i/web/status/{n}"}}
                                     for n in range(4)]),
        "data/tweets.js": ytd("tweets", TWEETS if tweets is None else tweets),
        "data/note-tweet.js": ytd("note_tweet", NOTES),
        "data/tweets_media/1601000000000000001-Ab12.jpg": "not really a jpeg",
    }


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content.encode() if isinstance(content, str) else content)
    return root


def write_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            zf.writestr(name, content)
    return path


def read_path(path: Path) -> Source:
    bundle = Bundle.open(path)
    try:
        assert x.detect(bundle)
        return x.read(bundle)
    finally:
        bundle.close()


@pytest.fixture
def archive_zip(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "twitter-2024-05-01-3f9a.zip", archive_files())


def posts_by_id(source: Source) -> dict:
    return {p.id: p for p in source.posts}


# -- detection ---------------------------------------------------------------------------------
def test_detects_zip_folder_and_bare_files(tmp_path: Path, archive_zip: Path) -> None:
    folder = write_tree(tmp_path / "unpacked", archive_files())
    old_csv = tmp_path / "tweets.csv"
    old_csv.write_text(CSV_ORDER_A)
    bare_js = write_tree(tmp_path / "bare", {"tweets.js": ytd("tweets", TWEETS)}) / "tweets.js"
    other = tmp_path / "posts.csv"
    other.write_text("date,text\n2024-01-01,hello\n")
    for path in (archive_zip, folder, old_csv, bare_js):
        assert x.detect(Bundle.open(path)), path
    assert not x.detect(Bundle.open(other))
    assert not x.detect(Bundle.open(write_tree(tmp_path / "m", {"outbox.json": "{}"})))


# -- a full archive ----------------------------------------------------------------------------
def test_account_profile_and_counts(archive_zip: Path) -> None:
    src = read_path(archive_zip)
    assert src.platform is Platform.X
    assert (src.name, src.handle) == ("Priya Raman", "priyabuilds")
    assert src.profile.headline == "Product designer. Accessibility & onboarding."
    assert src.profile.location == "Leeds, UK"
    assert src.profile.websites == ("https://t.co/Web123",)
    assert (src.followers, src.following, src.likes_given) == (3, 2, 4)
    assert src.warnings == ()
    assert src.path == str(archive_zip)


def test_text_is_unescaped_with_links_expanded_and_counts_read(archive_zip: Path) -> None:
    post = posts_by_id(read_path(archive_zip))["1601000000000000001"]
    assert post.text == ("Shipped the new onboarding flow today & the drop-off fell by a third. "
                         "Write-up: https://priya.example/onboarding")
    assert post.created_at == datetime(2020, 6, 6, 13, 2, 35, tzinfo=UTC)
    assert (post.likes, post.shares, post.replies) == (16, 3, None)
    assert post.kind is PostKind.POST
    assert post.url == "https://x.com/priyabuilds/status/1601000000000000001"


def test_kinds_retweet_reply_and_self_thread(archive_zip: Path) -> None:
    posts = posts_by_id(read_path(archive_zip))
    rt = posts["1601000000000000002"]
    assert rt.kind is PostKind.REPOST
    assert rt.text.startswith("RT @datadiva: Great thread on funnel metrics > vanity")
    assert rt.mentions == ("datadiva",)
    reply = posts["1601000000000000003"]
    assert reply.kind is PostKind.REPLY
    assert reply.in_reply_to == "1600999999999999999"
    assert reply.mentions == ("samir_ux",)
    thread = posts["1601000000000000004"]
    assert thread.kind is PostKind.POST  # a reply to oneself continues a thread
    assert thread.in_reply_to == "1601000000000000001"


def test_posts_sorted_oldest_first_in_utc(archive_zip: Path) -> None:
    src = read_path(archive_zip)
    dates = [p.created_at for p in src.posts]
    assert dates == sorted(dates)
    assert all(d.tzinfo is UTC for d in dates)


def test_note_tweet_gives_the_long_post_its_full_text(archive_zip: Path) -> None:
    src = read_path(archive_zip)
    long_post = posts_by_id(src)["1601000000000000005"]
    assert long_post.text == NOTE_TEXT
    assert (long_post.likes, long_post.shares) == (41, 9)
    assert len(src.posts) == len(TWEETS)  # matched, not added twice


def test_note_tweet_matching_no_tweet_is_kept_as_a_post(tmp_path: Path) -> None:
    files = archive_files(TWEETS[:2])
    src = read_path(write_tree(tmp_path / "a", files))
    note = posts_by_id(src)["1635555555555555555"]
    assert note.text == NOTE_TEXT
    assert note.created_at == datetime(2023, 3, 14, 8, 15, 2, tzinfo=UTC)
    assert note.kind is PostKind.POST


def test_note_tweet_with_other_shapes_is_tolerated(tmp_path: Path) -> None:
    files = archive_files()
    files["data/note-tweet.js"] = ytd("note_tweet", [
        {"noteTweet": {"noteTweetResults": {"text": NOTE_TEXT}}},  # no id, no date
        {"noteTweet": "a string"},
        {"noteTweet": {"core": {"text": None}}},
        "not an object",
    ])
    src = read_path(write_tree(tmp_path / "a", files))
    assert posts_by_id(src)["1601000000000000005"].text == NOTE_TEXT
    assert len(src.warnings) == 3
    assert all("note-tweet.js: item " in w for w in src.warnings)


def test_split_parts_and_old_tweet_js_are_all_read(tmp_path: Path) -> None:
    files = archive_files()
    del files["data/tweets.js"]
    files["data/tweets-part1.js"] = ytd("tweets", TWEETS[:2]).replace("part0", "part1")
    files["data/tweets-part2.js"] = ytd("tweets", TWEETS[2:4]).replace("part0", "part2")
    # about 2019-2022 the file was tweet.js, and items were the tweet without a wrapper
    files["data/tweet.js"] = ytd("tweet", [TWEETS[4]["tweet"]])
    src = read_path(write_tree(tmp_path / "split", files))
    assert sorted(posts_by_id(src)) == sorted(t["tweet"]["id_str"] for t in TWEETS)
    assert src.warnings == ()


def test_byte_order_mark_and_crlf_are_tolerated(tmp_path: Path) -> None:
    files = archive_files()
    files["data/tweets.js"] = ("\ufeff" + files["data/tweets.js"]).replace("\n", "\r\n")
    assert len(read_path(write_tree(tmp_path / "a", files)).posts) == len(TWEETS)


def test_a_repeated_tweet_across_parts_is_read_once(tmp_path: Path) -> None:
    files = archive_files()
    files["data/tweets-part1.js"] = ytd("tweets", TWEETS[:1])
    assert len(read_path(write_tree(tmp_path / "a", files)).posts) == len(TWEETS)


# -- pre-2019 tweets.csv -----------------------------------------------------------------------
CSV_ORDER_A = (
    '"tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text",'
    '"retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp",'
    '"expanded_urls"\n'
    '"918239532981669888","","","2017-10-11 22:18:59 +0000","<a href=""http://twitter.com/'
    'download/iphone"" rel=""nofollow"">Twitter for iPhone</a>","Notes from the meetup &amp; '
    'slides: https://t.co/VLoqAPpTIZ","","","","https://priya.example/meetup"\n'
    '"918239532981669889","","","2017-10-12 07:00:00 +0000","web","RT @datadiva: read this",'
    '"918200000000000000","4401","2017-10-11 20:00:00 +0000",""\n'
    '"918239532981669890","918100000000000000","4402","2017-10-12 08:00:00 +0000","web",'
    '"@samir_ux agreed, good point","","","",""\n'
    '"918239532981669891","918239532981669888","1190435209384771584","2017-10-12 08:05:00 '
    '+0000","web","and a second thought on it","","","",""\n'
)
CSV_ORDER_B = (
    '"tweet_id","in_reply_to_status_id","in_reply_to_user_id","retweeted_status_id",'
    '"retweeted_status_user_id","timestamp","source","text","expanded_urls"\n'
    '"918239532981669888","","","","","2017-10-11 22:18:59 +0000","web","Notes from the '
    'meetup &amp; slides: https://t.co/VLoqAPpTIZ","https://priya.example/meetup"\n'
    '"918239532981669889","","","918200000000000000","4401","2017-10-12 07:00:00 +0000","web",'
    '"RT @datadiva: read this",""\n'
    '"918239532981669890","918100000000000000","4402","","","2017-10-12 08:00:00 +0000","web",'
    '"@samir_ux agreed, good point",""\n'
    '"918239532981669891","918239532981669888","1190435209384771584","","","2017-10-12 08:05:00 '
    '+0000","web","and a second thought on it",""\n'
)


@pytest.mark.parametrize("content", [CSV_ORDER_A, CSV_ORDER_B], ids=["order-a", "order-b"])
def test_pre_2019_tweets_csv_in_both_column_orders(tmp_path: Path, content: str) -> None:
    path = tmp_path / "tweets.csv"
    path.write_text(content, encoding="utf-8")
    src = read_path(path)
    posts = posts_by_id(src)
    first = posts["918239532981669888"]
    assert first.text == "Notes from the meetup & slides: https://priya.example/meetup"
    assert first.created_at == datetime(2017, 10, 11, 22, 18, 59, tzinfo=UTC)
    assert first.kind is PostKind.POST
    assert posts["918239532981669889"].kind is PostKind.REPOST
    reply = posts["918239532981669890"]
    assert (reply.kind, reply.in_reply_to, reply.mentions) == (
        PostKind.REPLY, "918100000000000000", ("samir_ux",))
    assert posts["918239532981669891"].kind is PostKind.POST  # self-thread
    assert src.warnings == ()


def test_bare_tweets_csv_loads_as_a_candidate(tmp_path: Path) -> None:
    path = tmp_path / "tweets.csv"
    path.write_text("\ufeff" + CSV_ORDER_B, encoding="utf-8")
    cand = load_candidate(path)
    assert [s.platform for s in cand.sources] == [Platform.X]
    assert len(cand.posts) == 4


def test_csv_row_without_a_date_is_skipped_with_its_row_number(tmp_path: Path) -> None:
    path = tmp_path / "tweets.csv"
    path.write_text(CSV_ORDER_A + '"1","","","yesterday","web","hi","","","",""\n')
    src = read_path(path)
    assert len(src.posts) == 4
    assert src.warnings == (f"{path}: row 6: needs a tweet_id and a timestamp like "
                            "'2013-03-13 08:52:14 +0000'; skipped",)


# -- damaged input -----------------------------------------------------------------------------
def test_tweets_js_cut_off_mid_json_names_the_file(tmp_path: Path) -> None:
    files = archive_files()
    files["data/tweets.js"] = files["data/tweets.js"][:900]
    zpath = write_zip(tmp_path / "twitter.zip", files)
    with pytest.raises(InputError) as info:
        read_path(zpath)
    assert info.value.path == f"{zpath}/data/tweets.js"
    assert "is not valid JSON" in str(info.value)
    assert "the file may be cut off: download the export again" in str(info.value)
    assert info.value.where and info.value.where.startswith("line ")


def test_zero_byte_tweets_js(tmp_path: Path) -> None:
    files = archive_files()
    files["data/tweets.js"] = ""
    folder = write_tree(tmp_path / "a", files)
    with pytest.raises(InputError, match="tweets.js: is empty; the archive may be incomplete"):
        read_path(folder)


def test_tweets_js_that_is_not_a_list(tmp_path: Path) -> None:
    files = archive_files()
    files["data/tweets.js"] = 'window.YTD.tweets.part0 = {"tweet" : {}}'
    with pytest.raises(InputError, match="expected a list of tweets after '=', found an object"):
        read_path(write_tree(tmp_path / "a", files))


def test_tweets_js_without_the_assignment(tmp_path: Path) -> None:
    files = archive_files()
    files["data/tweets.js"] = "hello"
    with pytest.raises(InputError, match=r"expected 'window.YTD.<name>.part0 = \[...\]'"):
        read_path(write_tree(tmp_path / "a", files))


def test_a_number_too_long_for_python_is_an_input_error(tmp_path: Path) -> None:
    files = archive_files()
    files["data/tweets.js"] = "window.YTD.tweets.part0 = [" + "7" * 5000 + "]"
    with pytest.raises(InputError, match="tweets.js: holds a number too long to be real"):
        read_path(write_tree(tmp_path / "a", files))


def test_broken_optional_files_are_warnings(tmp_path: Path) -> None:
    files = archive_files()
    files["data/profile.js"] = files["data/profile.js"][:60]
    files["data/follower.js"] = ""
    src = read_path(write_tree(tmp_path / "a", files))
    assert len(src.posts) == len(TWEETS)
    assert src.followers == 0
    assert any("profile.js: is not valid JSON" in w and w.endswith("not used")
               for w in src.warnings)
    assert any("follower.js: is empty" in w for w in src.warnings)


BAD_VALUES = [None, 42, "oops", [], {}, True]
TWEET_KEYS = ["id_str", "created_at", "full_text", "favorite_count", "retweet_count",
              "entities", "retweeted", "in_reply_to_status_id_str", "in_reply_to_user_id_str",
              "in_reply_to_screen_name", "truncated", "lang"]
NESTED = ["entities.urls", "entities.urls.0", "entities.urls.0.expanded_url", "entities.urls.0.url",
          "entities.user_mentions", "entities.user_mentions.0",
          "entities.user_mentions.0.screen_name"]


def _set(obj: dict, dotted: str, value: object) -> None:
    *parents, last = dotted.split(".")
    for key in parents:
        obj = obj[int(key)] if isinstance(obj, list) else obj[key]
    if isinstance(obj, list):
        obj[int(last)] = value
    else:
        obj[last] = value


@pytest.mark.parametrize("value", BAD_VALUES, ids=repr)
@pytest.mark.parametrize("key", TWEET_KEYS + NESTED)
def test_wrong_types_at_every_key_never_crash(tmp_path: Path, key: str, value: object) -> None:
    bad = copy.deepcopy(TWEETS[2])  # a reply with a mention and the full set of keys
    bad["tweet"]["entities"]["urls"] = [{"url": "https://t.co/x", "expanded_url": "https://e.x"}]
    _set(bad["tweet"], key, value)
    files = archive_files([bad, *TWEETS[3:]])
    src = read_path(write_tree(tmp_path / "a", files))
    assert {"1601000000000000004", "1601000000000000005"} <= set(posts_by_id(src))
    for w in src.warnings:
        assert w.startswith(f"{tmp_path / 'a'}/data/tweets.js: item 0, key tweet."), w
    if key in ("id_str", "created_at") and not (key == "id_str" and value == 42):
        assert "1601000000000000003" not in posts_by_id(src)
        assert len(src.warnings) == 1 and src.warnings[0].endswith("; skipped")


def test_wrong_type_messages_name_the_key_and_what_was_expected(tmp_path: Path) -> None:
    bad = copy.deepcopy(TWEETS[0])
    bad["tweet"]["favorite_count"] = None
    bad["tweet"]["created_at"] = "2020-06-06"
    good = copy.deepcopy(TWEETS[2])
    good["tweet"]["favorite_count"] = None
    where = f"{tmp_path / 'a'}/data/tweets.js"
    src = read_path(write_tree(tmp_path / "a", archive_files([bad, good, "just text"])))
    assert src.warnings == (
        f"{where}: item 0, key tweet.created_at: expected a date like 'Sat Jun 06 13:02:35 "
        "+0000 2020', found the text '2020-06-06'; skipped",
        f"{where}: item 1, key tweet.favorite_count: expected a count like \"16\", found null "
        "(or nothing); left empty",
        f"{where}: item 2, key tweet: expected an object, found the text 'just text'; skipped",
    )
    assert posts_by_id(src)["1601000000000000003"].likes is None


def test_warnings_per_file_are_capped(tmp_path: Path) -> None:
    src = read_path(write_tree(tmp_path / "a", archive_files(["x"] * 35)))
    assert len(src.warnings) == MAX_WARNINGS_PER_FILE + 1
    assert src.warnings[-1].endswith("data/tweets.js: 15 more problems like these")


def test_truncated_zip_is_an_input_error(tmp_path: Path, archive_zip: Path) -> None:
    data = archive_zip.read_bytes()
    cut = tmp_path / "cut" / "twitter-2024.zip"
    cut.parent.mkdir()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="is not a readable zip archive .*it may be truncated"):
        Bundle.open(cut)
    cand_dir = tmp_path / "cut"
    with pytest.raises(InputError, match="no usable source found .*twitter-2024.zip: is not a "
                                         "readable zip archive"):
        load_candidate(cand_dir)


def test_broken_x_zip_beside_a_good_mastodon_archive(tmp_path: Path) -> None:
    folder = tmp_path / "priya"
    folder.mkdir()
    files = archive_files()
    files["data/tweets.js"] = files["data/tweets.js"][:700]
    write_zip(folder / "twitter-2024-05-01.zip", files)
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
              "type": "OrderedCollection", "totalItems": 1, "orderedItems": [{
                  "id": "https://mastodon.example/users/priya/statuses/1/activity",
                  "type": "Create", "actor": "https://mastodon.example/users/priya",
                  "published": "2024-12-05T10:39:15Z",
                  "to": ["https://www.w3.org/ns/activitystreams#Public"],
                  "object": {"id": "https://mastodon.example/users/priya/statuses/1",
                             "type": "Note", "published": "2024-12-05T10:39:15Z",
                             "content": "<p>Hello fediverse</p>",
                             "to": ["https://www.w3.org/ns/activitystreams#Public"]}}]}
    actor = {"type": "Person", "id": "https://mastodon.example/users/priya",
             "preferredUsername": "priya", "name": "Priya Raman", "summary": "<p>Designer</p>"}
    write_zip(folder / "archive-20241206-ab12.zip",
              {"outbox.json": json.dumps(outbox), "actor.json": json.dumps(actor)})
    cand = load_candidate(folder)
    assert [s.platform for s in cand.sources] == [Platform.MASTODON]
    assert cand.name == "Priya Raman"
    assert len(cand.warnings) == 1
    assert cand.warnings[0].startswith("twitter-2024-05-01.zip/data/tweets.js (line ")
    assert "is not valid JSON" in cand.warnings[0]


# -- property tests: wild bytes never escape as anything but InputError -------------------------
def _read_with_tweets_js(root: Path, content: bytes) -> None:
    files: dict[str, str | bytes] = dict(archive_files())
    files["data/tweets.js"] = content
    bundle = Bundle.open(write_tree(root, files))
    try:
        assert isinstance(x.read(bundle), Source)
    except InputError:
        pass  # the one error a damaged file may raise
    finally:
        bundle.close()


_settings = settings(max_examples=100, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_settings
@given(data=st.binary(max_size=400))
def test_random_bytes_in_tweets_js(tmp_path: Path, data: bytes) -> None:
    _read_with_tweets_js(tmp_path, data)


@_settings
@given(data=st.data())
def test_byte_mutations_of_a_real_tweets_js(tmp_path: Path, data: st.DataObject) -> None:
    raw = bytearray(ytd("tweets", TWEETS).encode())
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
    _read_with_tweets_js(tmp_path, bytes(raw))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=3),
    max_leaves=8,
)


@_settings
@given(data=st.data())
def test_json_value_mutations_of_tweets(tmp_path: Path, data: st.DataObject) -> None:
    items = copy.deepcopy(TWEETS)
    for _ in range(data.draw(st.integers(1, 6))):
        node: object = items
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
    text = "window.YTD.tweets.part0 = " + json.dumps(items)
    _read_with_tweets_js(tmp_path, text.encode())
