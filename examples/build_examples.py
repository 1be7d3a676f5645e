"""Rebuild the example candidates under ``examples/``, each export in its platform's real format.

Usage::

    python examples/build_examples.py            # rewrite examples/ in place
    python examples/build_examples.py --out DIR  # write the same tree somewhere else

The output is deterministic: every random choice comes from a generator seeded with a fixed
string, zip members carry a fixed timestamp, and nothing reads the clock or the network. Only
the standard library is used. Post texts are hand-written literals in ``_texts.py``; this
script adds structure around them (ids, timestamps, counts, connection and follower lists).

Formats follow ``shared/formats.md`` (LinkedIn CSVs with their quirks, the X archive's
``window.YTD`` JavaScript files, GitHub API JSON, the Mastodon ActivityStreams archive,
Instagram JSON with Meta's mojibake, Atom). Everything is invented: people, companies,
handles; e-mail addresses use example.com and links use reserved ``.example`` domains.

Besides the exports it writes ``roster.csv``, ``README.md`` and ``expected.json`` (the
counts each export holds, and the ids of posts written as red flags), which
``tests/test_examples.py`` checks against the importers.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import random
import re
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.dont_write_bytecode = True  # keep examples/ free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))
import _texts as T  # noqa: E402

AS_OF = datetime(2026, 11, 20, tzinfo=UTC)
EXPORT_DAY = datetime(2026, 11, 15, 9, 30, tzinfo=UTC)  # when the exports were downloaded
ZIP_TIME = (2026, 11, 15, 9, 30, 0)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"

Files = dict[str, bytes]
#: What each platform writer returns: the files, the export's name in the folder, and what
#: it holds (for expected.json).
Export = tuple[Files, str, dict]


# -- deterministic helpers ------------------------------------------------------------------

def rng(*key: object) -> random.Random:
    """A generator seeded from a string, the same on every machine and Python run."""
    seed = hashlib.sha256("/".join(map(str, key)).encode()).hexdigest()
    return random.Random(int(seed[:16], 16))


def hexid(*key: object, n: int = 32) -> str:
    return hashlib.sha256("/".join(map(str, key)).encode()).hexdigest()[:n]


def dt(s: str) -> datetime:
    """``'2025-03-04'`` or ``'2025-03-04 10:20'`` as aware UTC."""
    fmt = "%Y-%m-%d %H:%M" if " " in s else "%Y-%m-%d"
    return datetime.strptime(s, fmt).replace(tzinfo=UTC)


def spread(r: random.Random, start: str, end: str, n: int) -> list[datetime]:
    """``n`` sorted moments between two dates: an even cadence with jitter, in waking hours."""
    a, b = dt(start), dt(end)
    step = (b - a) / max(n, 1)
    out = []
    for i in range(n):
        day = a + step * i + timedelta(seconds=r.uniform(0, step.total_seconds() * 0.35))
        out.append(day.replace(hour=r.randint(7, 20), minute=r.randint(0, 59),
                               second=r.randint(0, 59), microsecond=0))
    return sorted(out)


def dated(r: random.Random, start: str, end: str, texts: list) -> list:
    """Pair texts (oldest first) with moments spread evenly between two dates."""
    return list(zip(spread(r, start, end, len(texts)), texts, strict=True))


def snowflake(moment: datetime, r: random.Random) -> str:
    """An X-style id: milliseconds since the Twitter epoch in the high bits."""
    ms = int(moment.timestamp() * 1000) + r.randint(0, 999)
    return str(((ms - 1288834974657) << 22) | r.getrandbits(22))


def linkedin_urn_id(moment: datetime, r: random.Random) -> str:
    """A LinkedIn activity id: milliseconds since 1970 in the high 41 bits."""
    return str((int(moment.timestamp() * 1000) << 22) | r.getrandbits(22))


def li_time(m: datetime) -> str:
    return m.strftime("%Y-%m-%d %H:%M:%S")


def li_connected(d: date) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def li_clock(m: datetime, *, padded: bool) -> str:
    """LinkedIn's US-style stamps: ``6/17/23, 6:18 AM`` (invitations) or ``12/09/22, 07:18 PM``
    (recommendations)."""
    h, ampm = m.hour % 12 or 12, "AM" if m.hour < 12 else "PM"
    if padded:
        return f"{m.month:02d}/{m.day:02d}/{m.year % 100:02d}, {h:02d}:{m.minute:02d} {ampm}"
    return f"{m.month}/{m.day}/{m.year % 100:02d}, {h}:{m.minute:02d} {ampm}"


def x_time(m: datetime) -> str:
    return f"{DAYS[m.weekday()]} {MONTHS[m.month - 1]} {m.day:02d} {m:%H:%M:%S} +0000 {m.year}"


def iso_z(m: datetime) -> str:
    return m.strftime("%Y-%m-%dT%H:%M:%SZ")


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# -- writers ---------------------------------------------------------------------------------

def csv_bytes(header: list[str], rows: list[list[str]], *, backslash: bool = False,
              trailing_newline: bool = False) -> bytes:
    """CSV as LinkedIn writes it: LF, minimal quoting, no newline after the last row.

    ``backslash`` escapes quotes as ``\\"`` (LinkedIn's Comments.csv) instead of doubling them.
    """
    buf = io.StringIO()
    opts = {"doublequote": False, "escapechar": "\\"} if backslash else {}
    w = csv.writer(buf, lineterminator="\n", **opts)
    w.writerow(header)
    w.writerows(rows)
    text = buf.getvalue()
    return (text if trailing_newline else text.rstrip("\n")).encode("utf-8")


def js_json(value: object) -> str:
    """JSON pretty-printed the way X archives are: ``"key" : value`` and ``[ ]`` for empty."""
    text = json.dumps(value, indent=2, ensure_ascii=False, separators=(",", " : "))
    return re.sub(r"(:|^\s*) \[\]", r"\1 [ ]", text, flags=re.M).replace(" : []", " : [ ]")


def ytd(name: str, items: list) -> bytes:
    return f"window.YTD.{name}.part0 = {js_json(items)}".encode()


def pretty(value: object, *, ascii_only: bool = False) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=ascii_only) + "\n").encode("utf-8")


def zip_bytes(members: Files) -> bytes:
    """A zip with members in the given order and a fixed timestamp, so it is reproducible."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=9)
    return buf.getvalue()


# -- invented people ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Person:
    first: str
    last: str
    company: str
    title: str
    group: str
    connected: date

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def url(self) -> str:
        return f"https://www.linkedin.com/in/{slugify(self.name)}-{hexid(self.name, n=8)}"


def people(key: str, groups: dict[str, int], since: str, until: str,
           org_override: dict[str, list[str]] | None = None) -> list[Person]:
    """Invented contacts: ``groups`` maps a kind (marketing, recruiter, ...) to how many."""
    r = rng("people", key)
    names: set[tuple[str, str]] = set()
    out = []
    total = sum(groups.values())
    days = spread(r, since, until, total)
    r.shuffle(days)
    i = 0
    for group, n in groups.items():
        orgs = (org_override or {}).get(group) or T.ORGS[T.GROUP_ORGS[group]]
        for _ in range(n):
            while (pair := (r.choice(T.FIRST), r.choice(T.LAST))) in names:
                pass
            names.add(pair)
            out.append(Person(pair[0], pair[1], r.choice(orgs), r.choice(T.TITLES[group]), group,
                              days[i].date()))
            i += 1
    return sorted(out, key=lambda p: p.connected, reverse=True)


# -- LinkedIn --------------------------------------------------------------------------------

@dataclass
class LinkedIn:
    """One person's LinkedIn export. Lists hold the literals from ``_texts``."""

    key: str
    first: str
    last: str
    headline: str
    location: str
    industry: str = ""
    summary: str = ""
    birth: str = ""
    websites: str = ""
    twitter: str = ""
    positions: list = field(default_factory=list)
    education: list = field(default_factory=list)
    skills: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    certifications: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    recommendations: list = field(default_factory=list)
    contacts: list[Person] = field(default_factory=list)
    hidden_rows: int = 0
    endorsements: int = 0
    invitations: list = field(default_factory=list)  # (direction, Person, message)
    shares: list = field(default_factory=list)  # (datetime, text, shared url)
    comments: list = field(default_factory=list)  # (datetime, text)
    reactions: int = 0
    articles: list = field(default_factory=list)  # (datetime, title, html)


def linkedin_zip(li: LinkedIn) -> Export:
    r = rng("linkedin", li.key)
    m: Files = {}
    m["Profile.csv"] = csv_bytes(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
         "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
         "Instant Messengers"],
        [[li.first, li.last, "", "", li.birth, li.headline, li.summary, li.industry, "",
          li.location, li.twitter, li.websites, ""]])
    facts = {  # file: (header, rows); optional files are left out when empty
        "Positions.csv": (["Company Name", "Title", "Description", "Location", "Started On",
                           "Finished On"], li.positions),
        "Education.csv": (["School Name", "Start Date", "End Date", "Notes", "Degree Name",
                           "Activities"], li.education),
        "Skills.csv": (["Name"], [[x] for x in li.skills]),
        "Languages.csv": (["Name", "Proficiency"], li.languages),
        "Certifications.csv": (["Name", "Url", "Authority", "Started On", "Finished On",
                                "License Number"], li.certifications),
        "Projects.csv": (["Title", "Description", "Url", "Started On", "Finished On"],
                         li.projects),
    }
    for fname, (header, rows) in facts.items():
        if rows or fname in ("Positions.csv", "Education.csv", "Skills.csv"):
            m[fname] = csv_bytes(header, [list(row) for row in rows])

    # Connections: preamble, header, newest first, a few blank rows for hidden members.
    rows = []
    for i, p in enumerate(li.contacts):
        email = f"{p.first.lower()}.{p.last.lower()}@example.com" if i % 61 == 7 else ""
        rows.append([p.first, p.last, p.url, email, p.company, p.title, li_connected(p.connected)])
    for k in range(li.hidden_rows):  # hidden or deleted members leave empty rows
        rows.insert((k + 1) * len(rows) // (li.hidden_rows + 1), [""] * 7)
    preamble = ("Notes:\n\"When exporting your connection data, you may notice that some of the "
                "email addresses are missing. You will only see email addresses for connections "
                "who have allowed their connections to see or download their email address using "
                "this setting https://www.linkedin.com/psettings/privacy/email. You can learn "
                "more here https://www.linkedin.com/help/linkedin/answer/261\"\n\n")
    m["Connections.csv"] = preamble.encode() + csv_bytes(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
         "Connected On"], rows)

    if li.endorsements:
        skills_weighted = li.skills[:6] * 3 + li.skills
        endorsers = [p for p in li.contacts if p.group != "recruiter"]
        rows = []
        for i in range(li.endorsements):
            p = endorsers[(i * 13 + 5) % len(endorsers)]
            when = datetime.combine(p.connected, datetime.min.time(), UTC) + timedelta(
                days=r.randint(5, 120), hours=r.randint(8, 20), minutes=r.randint(0, 59),
                seconds=r.randint(0, 59))
            if when > EXPORT_DAY:
                when -= timedelta(days=121)
            rows.append((when, [when.strftime("%Y/%m/%d %H:%M:%S UTC"),
                                skills_weighted[i % len(skills_weighted)], p.first, p.last,
                                p.url.removeprefix("https://"), "ACCEPTED"]))
        m["Endorsement_Received_Info.csv"] = csv_bytes(
            ["Endorsement Date", "Skill Name", "Endorser First Name", "Endorser Last Name",
             "Endorser Public Url", "Endorsement Status"],
            [row for _, row in sorted(rows, key=lambda x: x[0], reverse=True)])
    if li.recommendations:
        rows = []
        for first, last, company, title, text, when in li.recommendations:
            moment = dt(when) + timedelta(hours=r.randint(9, 21), minutes=r.randint(0, 59))
            rows.append([first, last, company, title, text, li_clock(moment, padded=True),
                         "VISIBLE"])
        m["Recommendations_Received.csv"] = csv_bytes(
            ["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"],
            rows)
    if li.invitations:
        me = f"{li.first} {li.last}"
        my_urn = f"urn:li:fsd_profile:ACoAA{hexid('urn', me, n=22)}"
        rows = []
        for i, (direction, p, message) in enumerate(li.invitations):
            sent = EXPORT_DAY - timedelta(days=3 + i * 4, hours=r.randint(0, 12),
                                          minutes=r.randint(0, 59))
            urn = f"urn:li:fsd_profile:ACoAA{hexid('urn', p.name, n=22)}"
            incoming = direction == "INCOMING"
            rows.append([p.name if incoming else me, me if incoming else p.name,
                         li_clock(sent, padded=False), message, direction,
                         urn if incoming else my_urn, my_urn if incoming else urn])
        m["Invitations.csv"] = csv_bytes(
            ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrn",
             "inviteeProfileUrn"], rows)

    flagged: dict[str, list[str]] = {"unprofessional": [], "spam": []}
    if li.shares:
        rows = []
        for when, text, url, flag in sorted(li.shares, key=lambda s: s[0], reverse=True):
            link = ("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A"
                    + linkedin_urn_id(when, r))
            # LinkedIn wraps every line after the first in literal quote characters.
            rows.append([li_time(when), link, text.replace("\n", '"\n"'), url, "",
                         "MEMBER_NETWORK"])
            if flag:
                flagged[flag].append(link)
        m["Shares.csv"] = csv_bytes(
            ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"], rows)
    if li.comments:
        rows = []
        for when, text in sorted(li.comments, key=lambda c: c[0], reverse=True):
            target = linkedin_urn_id(when - timedelta(hours=r.randint(1, 40)), r)
            rows.append([li_time(when),
                         f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{target}",
                         text])
        m["Comments.csv"] = csv_bytes(["Date", "Link", "Message"], rows, backslash=True)
    if li.reactions:
        moments = spread(r, "2024-06-01", "2026-11-14", li.reactions)
        types = ["LIKE"] * 6 + ["PRAISE", "EMPATHY", "INTEREST", "APPRECIATION"]
        rows = [[li_time(w), r.choice(types),
                 f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A"
                 f"{linkedin_urn_id(w - timedelta(hours=r.randint(1, 30)), r)}"]
                for w in reversed(moments)]
        m["Reactions.csv"] = csv_bytes(["Date", "Type", "Link"], rows)
    for created, title, body in li.articles:
        published = created + timedelta(minutes=47)
        slug = slugify(title)
        m[f"Articles/Articles/{slug}.html"] = (
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{html.escape(title)}</title></head><body>"
            f"<h1><a href=\"https://www.linkedin.com/pulse/{slug}-{li.first.lower()}-"
            f"{li.last.lower()}\">{html.escape(title)}</a></h1>"
            f"<p class=\"created\">Created on {created:%Y-%m-%d %H:%M}</p>"
            f"<p class=\"published\">Published on {published:%Y-%m-%d %H:%M}</p>"
            f"<div>{body}</div></body></html>").encode()

    originals = sum(1 for s in li.shares if s[1])
    counts = {
        "posts": originals, "articles": len(li.articles), "replies": 0,
        "comments": len(li.comments), "reposts": len(li.shares) - originals,
        "connections": len(li.contacts), "invitations": len(li.invitations),
        "positions": len(li.positions), "education": len(li.education),
        "skills": len(li.skills), "certifications": len(li.certifications),
        "projects": len(li.projects), "recommendations": len(li.recommendations),
        "endorsements": li.endorsements,
    }
    info = {"reactions": li.reactions, "hidden_connection_rows": li.hidden_rows,
            "connections_by_group": dict(Counter(p.group for p in li.contacts))}
    name = f"Basic_LinkedInDataExport_{EXPORT_DAY:%m-%d-%Y}.zip"
    return {name: zip_bytes(m)}, name, {"platform": "linkedin", "counts": counts, "info": info,
                                        **flagged}


# -- X ------------------------------------------------------------------------------------------

@dataclass
class XAccount:
    key: str
    handle: str
    name: str
    bio: str
    location: str
    website: str
    created: str
    tweets: list  # entries from _texts
    likes: list[str]
    followers: int
    following: int
    overlap: int  # how many followers are also followed (follow-for-follow)
    start: str
    end: str
    engagement: dict[str, tuple[int, int]]  # kind -> (min, max) likes


def user_id(handle: str) -> str:
    return str(int(hexid("user", handle.lower(), n=15), 16) % 10**18 + 10**17)


def tco(url: str) -> str:
    return "https://t.co/" + hexid("tco", url, n=10)


def _entities(text: str) -> tuple[str, dict]:
    """Swap links for t.co and index mentions, hashtags and urls as X does."""
    urls = []
    for raw in re.findall(r"https?://\S+", text):
        text = text.replace(raw, tco(raw), 1)
        urls.append(raw)
    ents: dict[str, list] = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
    for mt in re.finditer(r"(?<!\w)#(\w+)", text):
        ents["hashtags"].append({"text": mt.group(1),
                                 "indices": [str(mt.start()), str(mt.end())]})
    for mt in re.finditer(r"(?<!\w)@(\w{1,15})", text):
        uid = user_id(mt.group(1))
        ents["user_mentions"].append({"name": mt.group(1).replace("_", " ").title(),
                                      "screen_name": mt.group(1),
                                      "indices": [str(mt.start()), str(mt.end())],
                                      "id_str": uid, "id": uid})
    for raw in urls:
        short = tco(raw)
        i = text.index(short)
        ents["urls"].append({"url": short, "expanded_url": raw,
                             "display_url": raw.split("://", 1)[1][:26] + (
                                 "…" if len(raw.split("://", 1)[1]) > 26 else ""),
                             "indices": [str(i), str(i + len(short))]})
    return text, ents


def _tweet(acc: XAccount, r: random.Random, when: datetime, text: str, kind: str,
           reply_to: tuple[str, str] | None) -> dict:
    tid = snowflake(when, r)
    prefix = 0
    if kind == "reply" and reply_to and reply_to[0] != acc.handle:
        prefix = re.match(r"(@\w+\s+)+", text).end()
    text, ents = _entities(text)
    low, high = acc.engagement.get("post" if kind == "thread" else kind, (0, 0))
    tweet: dict = {
        "edit_info": {"initial": {"editTweetIds": [tid],
                                  "editableUntil": (when + timedelta(hours=1)).strftime(
                                      "%Y-%m-%dT%H:%M:%S.000Z"),
                                  "editsRemaining": "5", "isEditEligible": kind != "rt"}},
        "retweeted": False,
        "source": r.choice(['<a href="http://twitter.com/download/iphone" rel="nofollow">'
                            'Twitter for iPhone</a>',
                            '<a href="https://mobile.twitter.com" rel="nofollow">'
                            'Twitter Web App</a>']),
        "entities": ents,
        "display_text_range": [str(prefix), str(len(text))],
        "favorite_count": str(0 if kind == "rt" else r.randint(low, high)),
        "id_str": tid,
        "truncated": False,
        "retweet_count": str(0 if kind == "rt" else r.randint(0, max(0, high // 6))),
        "id": tid,
        "created_at": x_time(when),
        "favorited": False,
        "full_text": html.escape(text, quote=False),
        "lang": "en",
    }
    if reply_to:
        screen, status = reply_to
        uid = user_id(acc.handle) if screen == acc.handle else user_id(screen)
        tweet.update({"in_reply_to_status_id_str": status, "in_reply_to_status_id": status,
                      "in_reply_to_user_id": uid, "in_reply_to_user_id_str": uid,
                      "in_reply_to_screen_name": screen})
    return tweet


def x_zip(acc: XAccount) -> Export:
    r = rng("x", acc.key)
    moments = spread(r, acc.start, acc.end, len(acc.tweets))
    tweets, flagged = [], {"unprofessional": [], "spam": []}
    kinds = {"posts": 0, "replies": 0, "reposts": 0, "thread_continuations": 0}
    for when, entry in zip(moments, acc.tweets, strict=True):
        kind, text, flag = (*entry, None)[:3]
        if kind == "thread":
            prev = None
            for j, part in enumerate(text):
                t = _tweet(acc, r, when + timedelta(minutes=2 * j), part,
                           "post" if j == 0 else "thread",
                           (acc.handle, prev) if prev else None)
                prev = t["id_str"]
                tweets.append(t)
            kinds["posts"] += len(text)
            kinds["thread_continuations"] += len(text) - 1
            continue
        reply_to = None
        if kind == "reply":
            screen = re.match(r"@(\w+)", text).group(1)
            reply_to = (screen, snowflake(when - timedelta(minutes=r.randint(8, 600)), r))
        t = _tweet(acc, r, when, text, kind, reply_to)
        tweets.append(t)
        kinds[{"post": "posts", "reply": "replies", "rt": "reposts"}[kind]] += 1
        if flag:
            flagged[flag].append(t["id_str"])

    ids = rng("audience", acc.key)
    pool = [str(ids.randint(10**9, 2 * 10**18)) for _ in range(acc.followers + acc.following)]
    followers = pool[:acc.followers]
    following = followers[:acc.overlap] + pool[acc.followers:acc.followers + acc.following
                                               - acc.overlap]
    link = "https://twitter.com/intent/user?user_id="
    liked = [(snowflake(m, r), text) for m, text in dated(r, acc.start, acc.end, acc.likes)]
    likes = [{"like": {"tweetId": i, "fullText": text,
                       "expandedUrl": f"https://twitter.com/i/web/status/{i}"}}
             for i, text in liked]
    account_id = user_id(acc.handle)
    data = {
        "account": [{"account": {"email": f"{acc.handle.lower()}@example.com",
                                 "createdVia": "web", "username": acc.handle,
                                 "accountId": account_id, "createdAt": acc.created,
                                 "accountDisplayName": acc.name}}],
        "profile": [{"profile": {"description": {"bio": acc.bio, "website": tco(acc.website)
                                                 if acc.website else "",
                                                 "location": acc.location},
                                 "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/"
                                                   f"{account_id[:10]}/avatar.jpg",
                                 "headerMediaUrl": f"https://pbs.twimg.com/profile_banners/"
                                                   f"{account_id}/1700000000"}}],
        "tweets": [{"tweet": t} for t in reversed(tweets)],  # newest first, as X writes it
        "follower": [{"follower": {"accountId": a, "userLink": link + a}} for a in followers],
        "following": [{"following": {"accountId": a, "userLink": link + a}} for a in following],
        "like": likes,
    }
    files = {"account": "account.js", "profile": "profile.js", "tweets": "tweets.js",
             "follower": "follower.js", "following": "following.js", "like": "like.js"}
    manifest = {
        "userInfo": {"accountId": account_id, "userName": acc.handle, "displayName": acc.name},
        "archiveInfo": {"sizeBytes": "0",
                        "generationDate": EXPORT_DAY.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "dataTypes": {k: {"files": [{"fileName": f"data/{v}", "globalName": f"YTD.{k}.part0",
                                     "count": str(len(data[k]))}]} for k, v in files.items()},
    }
    members: Files = {
        "Your archive.html": (
            b"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Your archive"
            b"</title></head><body><noscript>Your archive needs JavaScript to display.</noscript>"
            b"<div id=\"root\"></div><script src=\"data/manifest.js\"></script></body></html>\n"
        ),
        "data/manifest.js": f"window.__THAR_CONFIG = {js_json(manifest)}".encode(),
    }
    for k, v in files.items():
        members[f"data/{v}"] = ytd(k, data[k])
    name = f"twitter-{EXPORT_DAY:%Y-%m-%d}-{hexid('x-archive', acc.handle, n=64)}.zip"
    counts = {"posts": kinds["posts"], "replies": kinds["replies"],
              "reposts": kinds["reposts"], "comments": 0, "articles": 0,
              "followers": len(followers), "following": len(following),
              "likes_given": len(likes)}
    return {name: zip_bytes(members)}, name, {
        "platform": "x", "counts": counts,
        "info": {"thread_continuations": kinds["thread_continuations"],
                 "note": "thread continuations (self-replies) are counted as posts",
                 "mutual_follows": acc.overlap},
        "unprofessional": flagged["unprofessional"], "spam": flagged["spam"]}


# -- GitHub -----------------------------------------------------------------------------------

LICENSES = {
    "mit": ("MIT License", "MIT"),
    "apache-2.0": ("Apache License 2.0", "Apache-2.0"),
    "bsd-3-clause": ('BSD 3-Clause "New" or "Revised" License', "BSD-3-Clause"),
    "agpl-3.0": ("GNU Affero General Public License v3.0", "AGPL-3.0"),
    "cc-by-4.0": ("Creative Commons Attribution 4.0 International", "CC-BY-4.0"),
}


def github_folder(login: str, name: str, followers: int, following: int) -> Export:
    """``user.json``, ``repos.json`` and ``events.json`` as the REST API returns them."""
    r = rng("github", login)
    api, web = "https://api.github.com", "https://github.com"
    uid = 40_000_000 + r.randint(0, 9_999_999)
    user = {
        "login": login, "id": uid, "node_id": f"MDQ6VXNlcj{uid}", "avatar_url":
        f"https://avatars.githubusercontent.com/u/{uid}?v=4", "gravatar_id": "",
        "url": f"{api}/users/{login}", "html_url": f"{web}/{login}", "type": "User",
        "site_admin": False, "name": name, "company": "@quarry-labs",
        "blog": "https://diegoramirez.example/blog", "location": "Valencia, Spain",
        "email": None, "hireable": True, "bio": T.DIEGO_BIO, "twitter_username": None,
        "public_repos": len(T.DIEGO_REPOS), "public_gists": 3, "followers": followers,
        "following": following, "created_at": "2017-09-02T18:44:12Z",
        "updated_at": "2026-11-12T17:41:30Z",
    }
    repos = []
    for (rname, desc, lang, stars, forks, topics, lic, homepage, fork, archived, created,
         pushed, pages) in T.DIEGO_REPOS:
        rid = 600_000_000 + r.randint(0, 300_000_000)
        issues = 0 if archived or fork else r.randint(0, 9)
        repos.append({
            "id": rid, "node_id": f"R_kgDO{hexid('repo', rname, n=10)}", "name": rname,
            "full_name": f"{login}/{rname}", "private": False,
            "owner": {"login": login, "id": uid, "type": "User"},
            "html_url": f"{web}/{login}/{rname}", "description": desc, "fork": fork,
            "url": f"{api}/repos/{login}/{rname}", "created_at": created,
            "updated_at": pushed, "pushed_at": pushed, "homepage": homepage or None,
            "size": r.randint(40, 4800), "stargazers_count": stars, "watchers_count": stars,
            "language": lang, "has_issues": not fork, "has_projects": True,
            "has_downloads": True, "has_wiki": False, "has_pages": pages,
            "has_discussions": stars > 40, "forks_count": forks, "mirror_url": None,
            "archived": archived, "disabled": False, "open_issues_count": issues,
            "license": None if lic is None else {
                "key": lic, "name": LICENSES[lic][0], "spdx_id": LICENSES[lic][1],
                "url": f"{api}/licenses/{lic}", "node_id": f"MDc6TGljZW5zZ{hexid(lic, n=4)}"},
            "allow_forking": True, "is_template": False, "web_commit_signoff_required": False,
            "topics": topics, "visibility": "public", "forks": forks, "open_issues": issues,
            "watchers": stars, "default_branch": "main",
        })
    repos.sort(key=lambda x: x["pushed_at"], reverse=True)  # as ?sort=pushed returns them

    moments = spread(r, "2026-08-20", "2026-11-14", len(T.DIEGO_EVENTS))
    actor = {"id": uid, "login": login, "display_login": login, "gravatar_id": "",
             "url": f"{api}/users/{login}", "avatar_url": user["avatar_url"]}
    events = []
    for i, (when, (etype, repo, detail)) in enumerate(zip(moments, T.DIEGO_EVENTS, strict=True)):
        if etype == "PushEvent":
            commits = [{"sha": hexid("sha", repo, i, msg, n=40),
                        "author": {"email": "diego.ramirez@example.com", "name": name},
                        "message": msg, "distinct": True,
                        "url": f"{api}/repos/{repo}/commits/{hexid('sha', repo, i, msg, n=40)}"}
                       for msg in detail]
            payload = {"repository_id": 600_000_000 + i, "push_id": 21_000_000_000 + i * 977,
                       "size": len(commits), "distinct_size": len(commits),
                       "ref": "refs/heads/main", "head": commits[-1]["sha"],
                       "before": hexid("before", repo, i, n=40), "commits": commits}
        elif etype == "PullRequestEvent":
            action, title, body = detail
            number = 40 + i
            payload = {"action": action, "number": number, "pull_request": {
                "url": f"{api}/repos/{repo}/pulls/{number}",
                "html_url": f"{web}/{repo}/pull/{number}", "number": number,
                "state": "closed" if action == "closed" else "open", "title": title,
                "user": {"login": login, "id": uid}, "body": body,
                "created_at": iso_z(when - timedelta(days=2 if action == "closed" else 0)),
                "merged": action == "closed"}}
        else:
            title, body = detail
            number = 20 + i
            payload = {"action": "created", "issue": {
                "html_url": f"{web}/{repo}/issues/{number}", "number": number, "title": title},
                "comment": {"html_url": f"{web}/{repo}/issues/{number}#issuecomment-{9000 + i}",
                            "user": {"login": login, "id": uid}, "body": body,
                            "created_at": iso_z(when)}}
        events.append({"id": str(45_100_000_000 + i * 7919), "type": etype, "actor": actor,
                       "repo": {"id": 600_000_000 + i, "name": repo,
                                "url": f"{api}/repos/{repo}"},
                       "payload": payload, "public": True, "created_at": iso_z(when)})
    events.reverse()  # newest first
    files = {"github/user.json": pretty(user), "github/repos.json": pretty(repos),
             "github/events.json": pretty(events)}
    types = {t: sum(1 for e in events if e["type"] == t) for t in
             ("PushEvent", "PullRequestEvent", "IssueCommentEvent")}
    return files, "github", {"platform": "github",
                   "counts": {"repositories": len(repos), "followers": followers,
                              "following": following},
                   "info": {"events": len(events), "events_by_type": types,
                            "forks": sum(1 for x in repos if x["fork"]),
                            "archived": sum(1 for x in repos if x["archived"]),
                            "stars": sum(x["stargazers_count"] for x in repos)}}


# -- blog (Atom) --------------------------------------------------------------------------------

def atom_feed(base: str, title: str, author: str) -> Export:
    r = rng("blog", base)
    moments = spread(r, "2024-03-01", "2026-10-25", len(T.DIEGO_BLOG))
    entries = []
    for when, (slug, etitle, tags, body) in zip(moments, T.DIEGO_BLOG, strict=True):
        first_para = re.sub(r"<[^>]+>", "", re.search(r"<p>(.*?)</p>", body).group(1))
        cats = "".join(f'\n    <category term="{t}"/>' for t in tags)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        entries.append(
            f"  <entry>\n    <title>{html.escape(etitle)}</title>\n"
            f'    <link href="{base}{slug}/" rel="alternate" type="text/html"/>\n'
            f"    <id>{base}{slug}/</id>\n    <published>{stamp}</published>\n"
            f"    <updated>{stamp}</updated>\n    <author><name>{author}</name></author>"
            f"{cats}\n    <summary>{html.escape(first_para)}</summary>\n"
            f'    <content type="html">{html.escape(body)}</content>\n  </entry>\n')
    newest = moments[-1].strftime("%Y-%m-%dT%H:%M:%S+00:00")
    feed = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n'
            f"  <title>{title}</title>\n  <subtitle>Notes on performance, reliability and small "
            "tools</subtitle>\n"
            f'  <link href="{base}" rel="alternate" type="text/html"/>\n'
            f'  <link href="{base}atom.xml" rel="self" type="application/atom+xml"/>\n'
            f"  <id>{base}</id>\n  <updated>{newest}</updated>\n"
            f"  <author><name>{author}</name><uri>{base}</uri></author>\n"
            '  <generator uri="https://astro.build/">Astro</generator>\n'
            + "".join(reversed(entries)) + "</feed>\n")
    return ({"blog-feed.xml": feed.encode()}, "blog-feed.xml",
            {"platform": "blog", "counts": {"articles": len(entries), "posts": 0}})


# -- Mastodon ------------------------------------------------------------------------------------

def mastodon_zip(user: str, host: str, name: str) -> Export:
    r = rng("mastodon", user, host)
    me = f"https://{host}/users/{user}"

    def actor_of(acct: str) -> tuple[str, str]:
        who, server = acct.split("@")
        return f"https://{server}/users/{who}", f"https://{server}/@{who}"

    def status_uri(acct: str, when: datetime) -> str:
        return f"{actor_of(acct)[0]}/statuses/{mastodon_id(when, r)}"

    def content(text: str) -> str:
        out = html.escape(text, quote=False)
        out = re.sub(r"https://(\S+)", lambda m: (
            f'<a href="https://{m.group(1)}" target="_blank" rel="nofollow noopener noreferrer" '
            f'translate="no"><span class="invisible">https://</span><span class="">'
            f"{m.group(1)}</span><span class=\"invisible\"></span></a>"), out)
        out = re.sub(r"@(\w+)@([\w.]+)", lambda m: (
            f'<span class="h-card" translate="no"><a href="https://{m.group(2)}/@{m.group(1)}" '
            f'class="u-url mention">@<span>{m.group(1)}</span></a></span>'), out)
        return f"<p>{out}</p>"

    boosts = ["marta@toot.example", "aiko@devs.example", "lea@fosscafe.example",
              "kwame@toot.example", "jules@mastodon.example", "priyam@devs.example"]
    moments = spread(r, "2025-01-10", "2026-11-13", len(T.DIEGO_TOOTS) + len(boosts))
    every = len(moments) // len(boosts)
    boost_slots = {3 + k * every for k in range(len(boosts))}
    items, toots, boosted = [], iter(T.DIEGO_TOOTS), iter(boosts)
    counts = {"posts": 0, "replies": 0, "reposts": 0}
    for i, when in enumerate(moments):
        sid = mastodon_id(when, r)
        uri = f"{me}/statuses/{sid}"
        if i in boost_slots:
            acct = next(boosted)
            items.append({"id": f"{uri}/activity", "type": "Announce", "actor": me,
                          "published": iso_z(when), "to": [PUBLIC],
                          "cc": [actor_of(acct)[0], f"{me}/followers"],
                          "object": status_uri(acct, when - timedelta(hours=r.randint(1, 20)))})
            counts["reposts"] += 1
            continue
        kind, text, reply_to = next(toots)
        tags, cc, in_reply = [], [f"{me}/followers"], None
        if reply_to:
            in_reply = status_uri(reply_to, when - timedelta(minutes=r.randint(10, 900)))
            cc.append(actor_of(reply_to)[0])
            tags.append({"type": "Mention", "href": actor_of(reply_to)[0],
                         "name": f"@{reply_to}"})
        counts["replies" if reply_to else "posts"] += 1
        note = {"id": uri, "type": "Note", "summary": None, "inReplyTo": in_reply,
                "published": iso_z(when), "url": f"https://{host}/@{user}/{sid}",
                "attributedTo": me, "to": [PUBLIC], "cc": cc, "sensitive": False,
                "atomUri": uri, "inReplyToAtomUri": in_reply,
                "conversation": f"tag:{host},{when:%Y-%m-%d}:objectId={sid}:objectType="
                                "Conversation",
                "content": content(text), "contentMap": {"en": content(text)},
                "attachment": [], "tag": tags,
                "replies": {"id": f"{uri}/replies", "type": "Collection"}}
        items.append({"id": f"{uri}/activity", "type": "Create", "actor": me,
                      "published": iso_z(when), "to": [PUBLIC], "cc": cc, "object": note})
    context = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"]
    outbox = {"@context": context, "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len(items), "orderedItems": items}
    actor = {
        "@context": context, "id": me, "type": "Person", "following": f"{me}/following",
        "followers": f"{me}/followers", "inbox": f"{me}/inbox", "outbox": "outbox.json",
        "featured": f"{me}/collections/featured", "preferredUsername": user, "name": name,
        "summary": T.DIEGO_MASTODON_SUMMARY, "url": f"https://{host}/@{user}",
        "manuallyApprovesFollowers": False, "discoverable": True, "indexable": True,
        "published": "2022-11-08T00:00:00Z", "memorial": False,
        "attachment": [link_field("Blog", "https://diegoramirez.example/blog"),
                       link_field("GitHub", "https://github.com/drmz-tinkers"),
                       {"type": "PropertyValue", "name": "Pronouns", "value": "he/him"}],
        "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"},
    }
    liked = [status_uri(acct, m) for acct, m in zip(
        (boosts * 5)[:25], spread(r, "2025-01-10", "2026-11-13", 25), strict=True)]
    likes = {"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
             "type": "OrderedCollection", "orderedItems": liked}
    bookmarks = {"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                 "type": "OrderedCollection", "orderedItems": liked[:4]}
    servers = ["toot.example", "devs.example", "fosscafe.example", "mastodon.example"]
    following_accts = sorted(set(boosts) | {
        f"{p.first.lower()}_{p.last.lower()}@{servers[i % 4]}"
        for i, p in enumerate(people("mastodon-follows", {"engineer": 52}, "2022-11-08",
                                     "2026-11-01"))})
    following_csv = csv_bytes(["Account address", "Show boosts", "Notify on new posts",
                               "Languages"],
                              [[a, "true", "false", ""] for a in following_accts],
                              trailing_newline=True)
    members = {"outbox.json": pretty(outbox, ascii_only=False), "actor.json": pretty(actor),
               "likes.json": pretty(likes), "bookmarks.json": pretty(bookmarks),
               "following_accounts.csv": following_csv}
    archive = f"archive-{EXPORT_DAY:%Y%m%d%H%M%S}-{hexid('mastodon', user, n=32)}.zip"
    counts.update({"comments": 0, "articles": 0, "following": len(following_accts)})
    return {archive: zip_bytes(members)}, archive, {
        "platform": "mastodon", "counts": counts,
        "info": {"likes": len(liked), "note": "following_accounts.csv is a separate download; "
                 "the example keeps it inside the archive zip"}}


def link_field(name: str, url: str) -> dict:
    """A verified profile field as Mastodon stores it (HTML with the scheme hidden)."""
    bare = url.split("://", 1)[1]
    return {"type": "PropertyValue", "name": name, "value":
            f'<a href="{url}" target="_blank" rel="nofollow noopener noreferrer me" '
            f'translate="no"><span class="invisible">https://</span><span class="">{bare}'
            '</span><span class="invisible"></span></a>'}


def mastodon_id(when: datetime, r: random.Random) -> str:
    return str((int(when.timestamp() * 1000) << 16) | r.getrandbits(16))


# -- Instagram -------------------------------------------------------------------------------------

def meta_text(s: str) -> str:
    """Meta's mojibake: each UTF-8 byte stored as one code point (escaped by json.dumps)."""
    return s.encode("utf-8").decode("latin-1")


def instagram_zip(handle: str, followers: int, following: int, overlap: int) -> Export:
    r = rng("instagram", handle)
    moments = spread(r, "2025-01-05", "2026-11-01", len(T.BLAKE_IG_CAPTIONS))
    posts, spam = [], []
    for i, (when, (caption, flag)) in enumerate(zip(moments, T.BLAKE_IG_CAPTIONS, strict=True)):
        ts = int(when.timestamp())
        folder = f"media/posts/{when:%Y%m}"
        if i % 4 == 1:  # a multi-photo post: caption and time at the top
            media = [{"uri": f"{folder}/{hexid('ig', i, k, n=17)}.jpg",
                      "creation_timestamp": ts, "title": ""} for k in range(3)]
            posts.append({"media": media, "title": meta_text(caption),
                          "creation_timestamp": ts})
        else:
            posts.append({"media": [{"uri": f"{folder}/{hexid('ig', i, n=17)}.jpg",
                                     "creation_timestamp": ts, "title": meta_text(caption),
                                     "cross_post_source": {"source_app": "FB"}}]})
        if flag:
            spam.append(posts[-1]["media"][0]["uri"])
    posts.reverse()
    syll = ["ka", "lo", "mi", "ra", "ve", "zo", "ty", "bel", "nix", "sun", "fit", "glo", "vibe",
            "jay", "dee", "lux", "max", "kel", "rio", "zen", "ash", "sky"]
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < followers + following - overlap:
        u = (r.choice(syll) + r.choice(syll) + r.choice(["", ".", "_"]) + r.choice(syll)
             + str(r.randint(1, 999)))
        if u not in seen:
            seen.add(u)
            names.append(u)
    stamps = spread(r, "2021-04-01", "2026-11-10", len(names))

    def entry(u: str, ts: datetime) -> dict:
        return {"title": "", "media_list_data": [], "string_list_data": [
            {"href": f"https://www.instagram.com/{u}", "value": u,
             "timestamp": int(ts.timestamp())}]}

    follower_list = [entry(u, s) for u, s in zip(names[:followers], stamps, strict=False)]
    following_list = [entry(u, s) for u, s in zip(
        names[:overlap] + names[followers:], stamps[::-1], strict=False)]
    members = {
        "your_instagram_activity/media/posts_1.json": pretty(posts, ascii_only=True),
        "connections/followers_and_following/followers_1.json":
            pretty(follower_list, ascii_only=True),
        "connections/followers_and_following/following.json":
            pretty({"relationships_following": following_list}, ascii_only=True),
    }
    name = f"instagram-{handle}-{EXPORT_DAY:%Y-%m-%d}-{hexid('ig', handle, n=8)}.zip"
    return {name: zip_bytes(members)}, name, {
        "platform": "instagram", "spam": spam,
        "note": "red-flag posts are identified by the uri of their first photo",
        "counts": {"posts": len(posts), "followers": len(follower_list),
                   "following": len(following_list), "replies": 0, "comments": 0},
        "info": {"multi_photo_posts": sum(1 for p in posts if "title" in p),
                 "mutual_follows": overlap}}


# -- generic posts.csv -------------------------------------------------------------------------

def posts_csv(handle: str) -> Export:
    r = rng("posts-csv", handle)
    moments = spread(r, "2025-06-02", "2026-10-30", len(T.JORDAN_TIKTOK))
    rows, flagged = [], []
    for when, (text, flag) in zip(moments, T.JORDAN_TIKTOK, strict=True):
        url = f"https://www.tiktok.com/@{handle}/video/{snowflake(when, r)}"
        likes = r.randint(900, 4000) if flag else r.randint(40, 900)
        rows.append([when.strftime("%Y-%m-%d %H:%M"), text, "tiktok", str(likes), url])
        if flag:
            flagged.append(url)
    data = csv_bytes(["date", "text", "platform", "likes", "url"], rows, trailing_newline=True)
    return {"posts.csv": data}, "posts.csv", {
        "platform": "csv", "counts": {"posts": len(rows), "replies": 0},
        "unprofessional": flagged, "spam": [],
        "info": {"note": "red-flag posts are identified by their url"}}


# -- the candidates ------------------------------------------------------------------------------

def network(key: str, groups: dict[str, int], since: str, until: str, known: list = (),
            orgs: dict[str, list[str]] | None = None) -> list[Person]:
    """Generated contacts plus the ones the person's posts name, newest first."""
    named = [Person(f, la, c, t, g, dt(d).date()) for f, la, c, t, g, d in known]
    return sorted(people(key, groups, since, until, orgs) + named,
                  key=lambda p: p.connected, reverse=True)


def shares(r: random.Random, start: str, end: str, texts: list) -> list:
    """Shares as (moment, text, shared url, flag); plain strings are text-only posts."""
    return [(w, *((t,) if isinstance(t, str) else t), "", None)[:4]
            for w, t in dated(r, start, end, texts)]


def invitations(key: str, incoming: dict[str, int], outgoing: dict[str, int],
                messages: dict[int, str] | None = None) -> list:
    """Pending invitations both ways, with people who are not (yet) connections."""
    rows = ([("INCOMING", p) for p in people(key + "-in", incoming, "2026-08-01", "2026-11-10")]
            + [("OUTGOING", p) for p in people(key + "-out", outgoing, "2026-08-01",
                                               "2026-11-10")])
    return [(d, p, (messages or {}).get(i, "")) for i, (d, p) in enumerate(rows)]


def amara() -> dict:
    r = rng("amara")
    msgs = T.AMARA_INVITE_MESSAGES
    li = LinkedIn(
        key="amara", **T.AMARA_LINKEDIN, hidden_rows=3, endorsements=20, reactions=90,
        contacts=network("amara", {"marketing": 143, "recruiter": 30, "hiring": 40, "other": 98},
                         "2019-09-01", "2026-11-10", T.AMARA_KNOWN,
                         {"marketing": T.ORGS["marketing"] + T.ORGS["employer"]}),
        invitations=invitations("amara", {"recruiter": 4, "hiring": 2, "marketing": 2},
                                {"marketing": 5, "hiring": 1},
                                {0: msgs[1], 6: msgs[0], 8: msgs[2], 10: msgs[3]}),
        shares=shares(r, "2025-02-10", "2026-11-14", T.AMARA_SHARES),
        comments=dated(r, "2025-02-03", "2026-11-10", T.AMARA_COMMENTS),
        articles=[(dt("2025-07-14 10:05"), *T.AMARA_ARTICLES[0]),
                  (dt("2026-02-09 08:40"), *T.AMARA_ARTICLES[1])])
    x = XAccount(key="amara", handle="amaraokafor_mkt", name="Amara Okafor", bio=T.AMARA_BIO,
                 location="Leeds, UK", website="https://amaraokafor.example",
                 created="2019-03-10T14:22:31.000Z", tweets=T.AMARA_TWEETS,
                 likes=T.AMARA_LIKES, followers=1400, following=600, overlap=380,
                 start="2025-01-06", end="2026-11-14",
                 engagement={"post": (12, 95), "reply": (0, 9)})
    return {"slug": "amara-okafor", "name": "Amara Okafor", "student_id": "S001",
            "target_role": "social-media-manager",
            "headline": "Social media coordinator: content strategy, community and analytics",
            "links": ["https://amaraokafor.example"], "followers": {"instagram": 860},
            "exports": [linkedin_zip(li), x_zip(x)]}


def blake() -> dict:
    li = LinkedIn(key="blake", **T.BLAKE_LINKEDIN,
                  contacts=network("blake", {"hustle": 45, "other": 12, "marketing": 3},
                                   "2023-06-01", "2026-10-30"),
                  shares=shares(rng("blake"), "2025-09-01", "2026-10-20", T.BLAKE_SHARES))
    x = XAccount(key="blake", handle="BlakeSterlingX", name="Blake Sterling \U0001f680",
                 bio=T.BLAKE_BIO, location="Miami \U0001f334",
                 website="https://linktr.example/blake", created="2021-08-14T03:11:09.000Z",
                 tweets=T.BLAKE_TWEETS, likes=T.BLAKE_LIKES, followers=18_000,
                 following=17_000, overlap=16_200, start="2025-03-01", end="2026-11-10",
                 engagement={"post": (2, 15), "reply": (0, 2)})
    return {"slug": "blake-sterling", "name": "Blake Sterling", "student_id": "S002",
            "target_role": "social-media-manager", "followers": {"tiktok": 12_500},
            "exports": [linkedin_zip(li), x_zip(x),
                        instagram_zip("blake.sterling.official", 9_000, 8_800, 8_400)]}


def lin() -> dict:
    # Hand-picked dates: four posts in two years, the last one in March 2026.
    share_dates = ["2024-10-08 11:02", "2025-03-18 20:15", "2025-09-22 18:40", "2026-03-30 12:31"]
    comment_dates = ["2024-11-21 19:05", "2025-05-06 13:48", "2026-02-17 10:22"]
    li = LinkedIn(
        key="lin", **T.LIN_LINKEDIN, reactions=14,
        contacts=network("lin", {"classmate": 32, "marketing": 5, "other": 8}, "2022-10-01",
                         "2026-04-10", orgs={"marketing": ["Bluefern Tea Co."],
                                             "other": ["Easton Vale University",
                                                       "Suzhou Lakeside University"]}),
        invitations=invitations("lin", {"classmate": 2}, {}),
        shares=[(dt(w), t, "", None) for w, t in zip(share_dates, T.LIN_SHARES, strict=True)],
        comments=[(dt(w), c) for w, c in zip(comment_dates, T.LIN_COMMENTS, strict=True)])
    return {"slug": "lin-wei", "name": "Lin Wei", "student_id": "S003",
            "target_role": "marketing-specialist", "exports": [linkedin_zip(li)]}


def diego() -> dict:
    r = rng("diego")
    li = LinkedIn(
        key="diego", **T.DIEGO_LINKEDIN, hidden_rows=1, endorsements=12, reactions=40,
        contacts=network("diego", {"engineer": 95, "eng_manager": 25, "recruiter": 8,
                                   "other": 20}, "2018-10-01", "2026-11-05", T.DIEGO_KNOWN),
        invitations=invitations("diego", {"recruiter": 2}, {"engineer": 1}),
        shares=shares(r, "2024-06-10", "2026-10-28", T.DIEGO_SHARES),
        comments=dated(r, "2024-09-02", "2026-11-06", T.DIEGO_COMMENTS))
    return {"slug": "diego-ramirez", "name": "Diego Ramírez", "student_id": "S004",
            "target_role": "software-engineer",
            "links": ["https://diegoramirez.example/blog", "https://github.com/drmz-tinkers"],
            "exports": [linkedin_zip(li), github_folder("drmz-tinkers", "Diego Ramírez", 45, 31),
                        atom_feed("https://diegoramirez.example/blog/", "Tinker Notes",
                                  "Diego Ramírez"),
                        mastodon_zip("diego", "fedi.example", "Diego Ramírez")]}


def jordan() -> dict:
    r = rng("jordan")
    li = LinkedIn(
        key="jordan", **T.JORDAN_LINKEDIN, reactions=25,
        contacts=network("jordan", {"marketing": 50, "other": 58, "hiring": 8, "recruiter": 4},
                         "2020-01-15", "2026-10-25",
                         orgs={"marketing": T.ORGS["marketing"] + ["Hemlock & Vine Marketing"],
                               "other": T.ORGS["hospitality"] + T.ORGS["other"]}),
        shares=shares(r, "2025-04-01", "2026-09-15", T.JORDAN_SHARES),
        comments=dated(r, "2025-05-01", "2026-08-01", T.JORDAN_COMMENTS))
    x = XAccount(key="jordan", handle="jordanblake_co", name="Jordan Blake", bio=T.JORDAN_BIO,
                 location="Columbus, OH", website="", created="2018-05-30T22:04:51.000Z",
                 tweets=T.JORDAN_TWEETS, likes=T.JORDAN_LIKES, followers=2_100,
                 following=1_650, overlap=900, start="2025-02-03", end="2026-11-08",
                 engagement={"post": (3, 40), "reply": (0, 5)})
    return {"slug": "jordan-blake", "name": "Jordan Blake", "student_id": "S005",
            "target_role": "social-media-manager", "followers": {"tiktok": 4_800},
            "exports": [linkedin_zip(li), x_zip(x), posts_csv("jordanblake.co")]}


CANDIDATES = (amara, blake, lin, diego, jordan)


# -- writing -------------------------------------------------------------------------------------

def manifest_yaml(c: dict) -> bytes:
    """``candidate.yaml``; strings are written as JSON strings, which YAML reads as-is."""
    lines = [f"name: {json.dumps(c['name'], ensure_ascii=False)}",
             f"student_id: {c['student_id']}", f"target_role: {c['target_role']}"]
    if c.get("headline"):
        lines.append(f"headline: {json.dumps(c['headline'])}")
    if c.get("links"):
        lines += ["links:"] + [f"  - {u}" for u in c["links"]]
    if c.get("followers"):
        lines += ["followers:"] + [f"  {k}: {v}" for k, v in c["followers"].items()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def candidate_files(c: dict) -> tuple[Files, dict]:
    """Every file of one candidate folder, and what each export holds."""
    files: Files = {"candidate.yaml": manifest_yaml(c)}
    sources: dict[str, dict] = {}
    for export_files, key, held in c["exports"]:
        files.update(export_files)
        sources[key] = {"unprofessional": [], "spam": [], **held}
    return files, {"name": c["name"], "student_id": c["student_id"],
                   "target_role": c["target_role"], "sources": sources}


def build(out: Path) -> list[Path]:
    """Write every candidate folder plus roster.csv, README.md and expected.json under ``out``."""
    written: list[Path] = []
    expected: dict = {"as_of": AS_OF.date().isoformat(), "candidates": {}}
    roster = [["student_id", "name", "path", "role"]]
    readme = ["# Example candidates", "",
              "Invented people with exports in their platforms' real formats, rebuilt by "
              "`python examples/build_examples.py`",
              "(deterministic, standard library only). Assess them as of 2026-11-20. "
              "`expected.json` lists what each export holds.", ""]
    for make in CANDIDATES:
        c = make()
        folder = out / c["slug"]
        if folder.exists():
            for old in sorted(folder.rglob("*"), reverse=True):
                old.rmdir() if old.is_dir() else old.unlink()
        files, exp = candidate_files(c)
        for rel, data in files.items():
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            written.append(path)
        expected["candidates"][c["slug"]] = exp
        roster.append([c["student_id"], c["name"], c["slug"], c["target_role"]])
        blurb = T.BLURBS[c["slug"]]
        readme += [f"- **{c['slug']}/** ({c['student_id']}, {c['target_role']}): {blurb}", ""]
    extra = {"roster.csv": csv_bytes(roster[0], roster[1:], trailing_newline=True),
             "README.md": "\n".join(readme).encode("utf-8"),
             "expected.json": pretty(expected, ascii_only=False)}
    for rel, data in extra.items():
        (out / rel).write_bytes(data)
        written.append(out / rel)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                        help="folder to write into (default: the examples/ folder itself)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    written = build(args.out)
    total = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} files, {total / 1024 / 1024:.1f} MB, under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
