"""Hostile exports, generated on the spot, and the budget every hostile case must keep.

Nothing here is committed as a file: each builder writes into the folder it is given (always
under the test's ``tmp_path``). Minimal *valid* documents follow /work/shared/formats.md, so a
test can break one key at a time.
"""

from __future__ import annotations

import copy
import io
import json
import os
import resource
import signal
import struct
import tarfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
from support.files import write_tree

from assessor.candidate import Candidate
from assessor.errors import AssessorError
from assessor.ingest import load_candidate

MB = 1024 * 1024
SECONDS = 5.0
MEGABYTES = 500

# -- minimal valid documents, one set per importer -------------------------------------------------
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"

X_FILES: dict[str, Any] = {
    "data/account.js": [{"account": {
        "email": "amara@example.com", "createdVia": "web", "username": "amara_ok",
        "accountId": "1001", "createdAt": "2019-01-01T10:00:00.000Z",
        "accountDisplayName": "Amara Okafor"}}],
    "data/profile.js": [{"profile": {
        "description": {"bio": "Community &amp; data", "website": "https://t.co/abc",
                        "location": "Leeds"},
        "avatarMediaUrl": "https://pbs.twimg.com/a.jpg",
        "headerMediaUrl": "https://pbs.twimg.com/h.jpg"}}],
    "data/tweets.js": [{"tweet": {
        "id_str": "1500", "full_text": "Our club grew 40% &amp; here is how https://t.co/xyz @lina",
        "created_at": "Sat Jun 06 13:02:35 +0000 2020", "favorite_count": "16",
        "retweet_count": "2", "lang": "en", "source": "web", "display_text_range": ["0", "60"],
        "truncated": False, "retweeted": False, "favorited": False,
        "in_reply_to_status_id_str": "1400", "in_reply_to_user_id_str": "1001",
        "in_reply_to_screen_name": "amara_ok", "possibly_sensitive": False,
        "entities": {"hashtags": [{"text": "growth", "indices": ["1", "7"]}], "symbols": [],
                     "user_mentions": [{"screen_name": "lina", "name": "Lina", "id_str": "7"}],
                     "urls": [{"url": "https://t.co/xyz", "expanded_url": "https://amara.example",
                               "display_url": "amara.example"}],
                     "media": [{"url": "https://t.co/m", "expanded_url": "https://x.com/p/1"}]}}}],
    "data/note-tweet.js": [{"noteTweet": {
        "noteTweetId": "1500", "createdAt": "2020-06-06T13:02:35.000Z",
        "core": {"text": "Our club grew 40% & here is how, the long version",
                 "urls": [{"shortUrl": "https://t.co/q", "expandedUrl": "https://a.example"}],
                 "mentions": [{"screenName": "lina"}]}}}],
    "data/follower.js": [{"follower": {"accountId": "7", "userLink": "https://x.com/i/7"}}],
    "data/following.js": [{"following": {"accountId": "8", "userLink": "https://x.com/i/8"}}],
    "data/like.js": [{"like": {"tweetId": "9", "fullText": "nice", "expandedUrl": "https://x"}}],
}

MASTODON_FILES: dict[str, Any] = {
    "actor.json": {
        "@context": "https://www.w3.org/ns/activitystreams", "id": "https://m.example/users/am",
        "type": "Person", "preferredUsername": "am", "name": "Amara Okafor",
        "summary": "<p>Community and data</p>", "url": "https://m.example/@am",
        "published": "2023-01-01T00:00:00Z",
        "attachment": [{"type": "PropertyValue", "name": "Site",
                        "value": "<a href=\"https://amara.example\">amara.example</a>"}]},
    "outbox.json": {
        "@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
        "type": "OrderedCollection", "totalItems": 2, "orderedItems": [
            {"id": "https://m.example/users/am/statuses/1/activity", "type": "Create",
             "actor": "https://m.example/users/am", "published": "2024-12-05T10:39:15Z",
             "to": [PUBLIC], "cc": ["https://m.example/users/am/followers"],
             "object": {"id": "https://m.example/users/am/statuses/1", "type": "Note",
                        "content": "<p>Hello <a href=\"https://o.example/@lina\">@lina</a></p>",
                        "published": "2024-12-05T10:39:15Z", "inReplyTo": None,
                        "url": "https://m.example/@am/1", "to": [PUBLIC], "cc": [],
                        "sensitive": False, "attachment": [],
                        "tag": [{"type": "Mention", "href": "https://o.example/@lina",
                                 "name": "@lina@o.example"}]}},
            {"id": "https://m.example/users/am/statuses/2/activity", "type": "Announce",
             "actor": "https://m.example/users/am", "published": "2024-12-06T10:00:00Z",
             "to": [PUBLIC], "cc": [], "object": "https://o.example/statuses/99"}]},
    "likes.json": {"type": "OrderedCollection", "orderedItems": ["https://o.example/s/1"]},
}

GITHUB_FILES: dict[str, Any] = {
    "user.json": {
        "login": "amara-ok", "name": "Amara Okafor", "company": "Club", "blog": "",
        "location": "Leeds", "email": None, "hireable": True, "bio": "Data",
        "twitter_username": "amara_ok", "public_repos": 1, "followers": 41, "following": 37,
        "created_at": "2019-11-02T09:14:55Z", "updated_at": "2024-11-02T09:14:55Z",
        "html_url": "https://github.com/amara-ok"},
    "repos.json": [{
        "name": "dash", "full_name": "amara-ok/dash", "html_url": "https://github.com/amara-ok/d",
        "description": "A dashboard", "fork": False, "created_at": "2023-01-01T00:00:00Z",
        "updated_at": "2024-01-01T00:00:00Z", "pushed_at": "2024-11-29T21:05:13Z",
        "homepage": "https://d.example", "size": 120, "stargazers_count": 12,
        "watchers_count": 12, "language": "Python", "forks_count": 3, "archived": False,
        "open_issues_count": 1, "license": {"key": "mit", "name": "MIT License", "spdx_id": "MIT"},
        "topics": ["dashboard"], "has_pages": True}],
    "events.json": [{"id": "1", "type": "PushEvent", "actor": {"login": "amara-ok"},
                     "repo": {"name": "amara-ok/dash"}, "payload": {},
                     "created_at": "2024-11-29T21:05:13Z"}],
}


def _ig_account(handle: str) -> dict[str, Any]:
    return {"title": handle, "media_list_data": [], "string_list_data": [
        {"href": f"https://www.instagram.com/{handle}", "value": handle,
         "timestamp": 1700000000}]}


INSTAGRAM_FILES: dict[str, Any] = {
    "content/posts_1.json": [
        {"media": [{"uri": "media/posts/202403/1799.jpg", "creation_timestamp": 1709650800,
                    "title": "Graduation week at the Universit\u00c3\u00a0"}]},
        {"title": "Two photos", "creation_timestamp": 1709750800,
         "media": [{"uri": "media/posts/202403/1800.jpg", "creation_timestamp": 1709750800,
                    "title": ""}]}],
    "connections/followers_1.json": [_ig_account("lina.berg")],
    "connections/following.json": {"relationships_following": [_ig_account("jonas_b")]},
    "personal_information/personal_information.json": {"profile_user": [{
        "media_map_data": {}, "string_map_data": {
            "Username": {"href": "", "value": "amara.ok", "timestamp": 0},
            "Name": {"href": "", "value": "Amara Okafor", "timestamp": 0},
            "Bio": {"href": "", "value": "Community", "timestamp": 0},
            "Website": {"href": "", "value": "https://amara.example", "timestamp": 0}}}]},
}

FACEBOOK_FILES: dict[str, Any] = {
    "posts/your_posts_1.json": [
        {"timestamp": 1709650800, "data": [{"post": "Proud of our club"}],
         "attachments": [{"data": [{"external_context": {"url": "https://a.example"}}]}],
         "title": "Amara Okafor updated her status."},
        {"timestamp": 1709750800, "title": "Amara Okafor added a new photo.",
         "attachments": []}],
    "comments/comments.json": {"comments_v2": [
        {"timestamp": 1709850800, "title": "Amara commented.", "data": [{"comment": {
            "timestamp": 1709850800, "comment": "Great work", "author": "Amara Okafor"}}]}]},
    "friends/friends.json": {"friends_v2": [{"name": "Lina Berg", "timestamp": 1600000000}]},
    "profile_information/profile_information.json": {"profile_v2": {
        "name": {"full_name": "Amara Okafor", "first_name": "Amara", "last_name": "Okafor"}}},
}

LINKEDIN_FILES: dict[str, str] = {
    "Profile.csv": "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,"
                   "Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
                   "Amara,Okafor,,,Apr 22,Community lead,Hi,Marketing,,Leeds,,"
                   "[PORTFOLIO:https://amara.example],",
    "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
                     "Club,Lead,Ran it,Leeds,Nov 2022,",
    "Connections.csv": "Notes:\n\"When exporting your connection data, you may notice that some "
                       "of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email "
                       "Address,Company,Position,Connected On\nLina,Berg,https://www.linkedin.com"
                       "/in/lina,,Acme,Analyst,04 Jul 2023",
    "Shares.csv": "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
                  "2025-07-01 14:33:22,https://www.linkedin.com/feed/1,Hello world,,,"
                  "MEMBER_NETWORK",
}

#: Importer name -> (files of a minimal valid export, whether .js files get the X prefix).
JSON_EXPORTS: dict[str, dict[str, Any]] = {
    "x": X_FILES, "mastodon": MASTODON_FILES, "github": GITHUB_FILES,
    "instagram": INSTAGRAM_FILES, "facebook": FACEBOOK_FILES,
}


def encode(name: str, doc: Any) -> bytes:
    """A document as its platform writes it: X data files get the ``window.YTD`` prefix."""
    text = json.dumps(doc, indent=1)
    if name.endswith(".js"):
        key = Path(name).stem.replace("-", "_")
        text = f"window.YTD.{key}.part0 = {text}"
    return text.encode()




def zip_bytes(files: dict[str, Any]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, value in files.items():
            data = value if isinstance(value, bytes) else (
                value.encode() if isinstance(value, str) else encode(name, value))
            zf.writestr(name, data)
    return buf.getvalue()


# -- walking a document: every key, every item -----------------------------------------------------
WRONG_VALUES: tuple[Any, ...] = (None, 0, "", [], {})


def paths(doc: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into ``doc`` (the root too), depth first."""
    yield prefix
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield from paths(value, prefix + (index,))


def replaced(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return copy.deepcopy(value)
    out = copy.deepcopy(doc)
    node = out
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = copy.deepcopy(value)
    return out


# -- hostile builders: each takes a fresh folder and returns the path to load ----------------------
Builder = Callable[[Path], Path]


def truncated_zip(at: float) -> Builder:
    def build(root: Path) -> Path:
        data = zip_bytes(LINKEDIN_FILES)
        root.mkdir(parents=True, exist_ok=True)
        (root / "Basic_LinkedInDataExport.zip").write_bytes(data[: int(len(data) * at)])
        return root
    return build


def zip_slip(root: Path) -> Path:
    """A LinkedIn zip whose extra members climb out or are absolute (POSIX and Windows)."""
    root.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in LINKEDIN_FILES.items():
            zf.writestr(name, text)
        for name in SLIP_NAMES:
            info = zipfile.ZipInfo("x")
            info.filename = name  # ZipInfo() would sanitise some of these names; we want them raw
            zf.writestr(info, b"pwned")
    (root / "export.zip").write_bytes(buf.getvalue())
    return root


SLIP_NAMES = ("../evil.txt", "../../evil.txt", "data/../../evil.txt",
              "/tmp/assessor-hostile-evil.txt", "C:/evil.txt", "..\\evil.txt",
              "../Connections.csv")


def tar_slip(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(root / "archive.tar.gz", "w:gz") as tf:
        for name, value in {**MASTODON_FILES, **dict.fromkeys(SLIP_NAMES, b"pwned")}.items():
            data = value if isinstance(value, bytes) else encode(name, value)
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("outbox_link.json")  # links are never followed either
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    return root


def lying_zip(root: Path) -> Path:
    """A tiny zip whose central directory declares 6 x 100 MB members (a bomb by declaration)."""
    root.mkdir(parents=True, exist_ok=True)
    decoys = {f"Shares_{i}.csv": "Date\n" for i in range(6)}
    data = bytearray(zip_bytes({**LINKEDIN_FILES, **decoys}))
    _patch_central_sizes(data, lambda name: 100 * MB if name.startswith("Shares_") else None)
    (root / "export.zip").write_bytes(bytes(data))
    return root


def understated_zip(root: Path) -> Path:
    """A member that declares 1 KB but inflates to far more: the reader must stop at the size."""
    root.mkdir(parents=True, exist_ok=True)
    data = bytearray(zip_bytes({**LINKEDIN_FILES, "Comments.csv": b"Date,Link,Message\n" +
                                b"0" * (8 * MB)}))
    _patch_central_sizes(data, lambda name: 1024 if name == "Comments.csv" else None)
    (root / "export.zip").write_bytes(bytes(data))
    return root


def _patch_central_sizes(data: bytearray, size_for: Callable[[str], int | None]) -> None:
    """Rewrite the uncompressed size in central directory entries (signature PK\\x01\\x02)."""
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        name = data[pos + 46: pos + 46 + name_len].decode()
        size = size_for(name)
        if size is not None:
            struct.pack_into("<I", data, pos + 24, size)
        pos = data.find(b"PK\x01\x02", pos + 46)


def zip_bomb(root: Path, member_mb: int = 600) -> Path:
    """A real bomb: one member of ``member_mb`` MB of zeros, written in 1 MB chunks (~600 KB)."""
    root.mkdir(parents=True, exist_ok=True)
    chunk = bytes(MB)
    with zipfile.ZipFile(root / "export.zip", "w", zipfile.ZIP_DEFLATED,
                         compresslevel=1) as zf:
        for name, text in LINKEDIN_FILES.items():
            zf.writestr(name, text)
        with zf.open("Shares.csv.bak", "w", force_zip64=True) as member:
            for _ in range(member_mb):
                member.write(chunk)
    return root


def member_bomb(root: Path) -> Path:
    """Under the 500 MB archive total, but one member (Shares.csv) is 120 MB of zeros."""
    root.mkdir(parents=True, exist_ok=True)
    files = dict(LINKEDIN_FILES)
    del files["Shares.csv"]
    with zipfile.ZipFile(root / "export.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
        with zf.open("Shares.csv", "w", force_zip64=True) as member:
            member.write(b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n")
            for _ in range(120):
                member.write(b"a" * MB)
    return root


def deep_json(name: str, opener: str = "[", depth: int = 100_000) -> Builder:
    """``depth`` unclosed ``[`` (or ``{"a":``) in ``name`` inside an otherwise valid export."""
    def build(root: Path) -> Path:
        platform, files = _export_holding(name)
        body = (opener * depth).encode()
        if name.endswith(".js"):
            body = b"window.YTD.tweets.part0 = " + body
        write_files(root / platform, {**files, _member(files, name): body})
        return root
    return build


def one_line_file(name: str, megabytes: int) -> Builder:
    """A file of ``megabytes`` MB with no newline at all, written in 1 MB chunks."""
    def build(root: Path) -> Path:
        root.mkdir(parents=True, exist_ok=True)
        if name == "Shares.csv":
            write_files(root / "linkedin", {k: v for k, v in LINKEDIN_FILES.items()
                                            if k != "Shares.csv"})
            target = root / "linkedin" / name
        else:
            target = root / name
        with open(target, "wb") as fh:
            fh.write(b"date,text," if name == "posts.csv" else b"Date,ShareCommentary,")
            for _ in range(megabytes):
                fh.write(b"a" * MB)
        return root
    return build


def csv_with_nul(name: str) -> Builder:
    def build(root: Path) -> Path:
        if name == "posts.csv":
            write_files(root, {name: b"date,text\n2024-03-05,hel\x00lo\n" + b"\x00" * 10_000})
        else:
            files = dict(LINKEDIN_FILES)
            files[name] = files[name].encode().replace(b",", b"\x00,", 3) + b"\x00" * 5000
            write_files(root / "linkedin", files)
        return root
    return build


def wrong_encoding(name: str, codec: str) -> Builder:
    """``name`` re-encoded as ``codec`` (``utf-16`` has a BOM, ``utf-16-le`` has none)."""
    def build(root: Path) -> Path:
        if name == "posts.csv":
            write_files(root, {name: "date,text\n2024-03-05,Caf\u00e9 r\u00e9sum\u00e9 tips\n"
                                     .encode(codec)})
            return root
        if name in LINKEDIN_FILES:
            files: dict[str, Any] = dict(LINKEDIN_FILES)
            files[name] = (files[name].replace("Okafor", "Ok\u00e1for")
                           .replace("Berg", "B\u00e9rg")).encode(codec)
            write_files(root / "linkedin", files)
            return root
        platform, files = _export_holding(name)
        files.pop("data/note-tweet.js", None)  # its full text would replace the tweet's
        member = _member(files, name)
        text = encode(member, files[member]).decode()
        for word in ("Amara", "Hello", "club", "Graduation"):  # one of them is in each file
            text = text.replace(word, f"{word} caf\u00e9")
        write_files(root / platform, {**files, member: text.encode(codec)})
        return root
    return build


def random_bytes(name: str, data: bytes) -> Builder:
    """``data`` under ``name``: inside a valid export when it is one of its files, else alone."""
    def build(root: Path) -> Path:
        if name in LINKEDIN_FILES:
            write_files(root / "linkedin", {**LINKEDIN_FILES, name: data})
        elif name.endswith((".json", ".js")):
            platform, files = _export_holding(name)
            write_files(root / platform, {**files, _member(files, name): data})
        else:
            write_files(root, {name: data})
        return root
    return build


def billion_laughs(root: Path) -> Path:
    lol = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)]
    xml = ('<?xml version="1.0"?>\n<!DOCTYPE rss [' + "".join(lol) + ']>\n'
           '<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
           '<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>&lol9;</description>'
           '</item></channel></rss>')
    write_files(root, {"feed.xml": xml})
    return root


def tar_declares_huge(root: Path) -> Path:
    """A plain .tar whose header declares a 600 MB outbox.json, cut off after a few bytes."""
    root.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        data = encode("actor.json", MASTODON_FILES["actor.json"])
        info = tarfile.TarInfo("actor.json")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    raw = buf.getvalue().rstrip(b"\x00")
    header = tarfile.TarInfo("outbox.json")
    header.size = 600 * MB
    raw = raw + b"\x00" * (-len(raw) % 512) + header.tobuf(tarfile.GNU_FORMAT) + b"{" * 100
    (root / "archive.tar").write_bytes(raw)
    return root


def _export_holding(name: str) -> tuple[str, dict[str, Any]]:
    for platform, files in JSON_EXPORTS.items():
        if _member(files, name, missing_ok=True):
            return platform, dict(files)
    raise KeyError(name)


def _member(files: dict[str, Any], name: str, missing_ok: bool = False) -> str:
    found = next((m for m in files if Path(m).name == name), None)
    if found is None and not missing_ok:
        raise KeyError(name)
    return found or ""


# -- the budget: time, memory, no hang -------------------------------------------------------------
@dataclass
class Measure:
    label: str = ""
    seconds: float = 0.0
    peak_mb: float = 0.0


#: Every measurement this process took; conftest prints the heaviest at the end of the run.
MEASURES: list[Measure] = []


class _Hang(Exception):
    pass


@contextmanager
def budget(label: str = "", seconds: float = SECONDS,
           megabytes: float = MEGABYTES) -> Iterator[Measure]:
    """Assert the block ran in under ``seconds`` and grew RSS by under ``megabytes``.

    Peak growth is the larger of a 5 ms RSS sampler (psutil) and the growth of the process's
    lifetime peak (``ru_maxrss``), which catches spikes the sampler misses. A block that runs
    6x over time is interrupted (SIGALRM) so a hang fails instead of stalling the suite.
    """
    proc = psutil.Process()
    base = proc.memory_info().rss
    peak = [base]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.005):
            peak[0] = max(peak[0], proc.memory_info().rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    use_alarm = threading.current_thread() is threading.main_thread()
    if use_alarm:
        def on_alarm(signum: int, frame: Any) -> None:
            raise _Hang(f"{label}: still running after {seconds * 6:.0f} s")
        old = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds * 6)
    measure = Measure(label)
    start = time.perf_counter()
    try:
        yield measure
    finally:
        measure.seconds = time.perf_counter() - start
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        stop.set()
        sampler.join()
        peak[0] = max(peak[0], proc.memory_info().rss)
        maxrss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - maxrss_before
        measure.peak_mb = max(peak[0] - base, maxrss_growth, 0) / MB
        MEASURES.append(measure)
    assert measure.seconds < seconds, f"{label}: took {measure.seconds:.2f} s (limit {seconds} s)"
    assert measure.peak_mb < megabytes, (f"{label}: memory grew {measure.peak_mb:.0f} MB "
                                         f"(limit {megabytes} MB)")


@dataclass
class Outcome:
    """How loading ended: the project's error message, or a candidate and its warnings."""

    error: str | None = None
    candidate: Candidate | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.error is not None or bool(self.warnings)


def load(path: Path, label: str = "") -> Outcome:
    """``load_candidate`` within the budget; any exception but the project's propagates."""
    with budget(label or str(path)):
        try:
            candidate = load_candidate(path)
        except AssessorError as exc:
            return Outcome(error=str(exc))
    warnings = list(candidate.warnings) + [w for s in candidate.sources for w in s.warnings]
    return Outcome(candidate=candidate, warnings=warnings)


def listing(*folders: Path) -> dict[Path, set[str]]:
    """Names in each folder, one level deep (where an escaping member would land)."""
    return {f: set(os.listdir(f)) for f in folders}


def write_files(root: Path, files: dict[str, Any]) -> Path:
    """Write ``files`` under ``root``, JSON documents encoded as each platform writes them."""
    return write_tree(root, files, encode)
