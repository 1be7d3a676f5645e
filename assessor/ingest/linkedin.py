"""LinkedIn's "Get a copy of your data" export, as the downloaded zip or the unpacked folder.

Reads the profile (Profile, Positions, Education, Skills, Languages, Certifications, Projects,
Recommendations_Received, Endorsement_Received_Info), the network (Connections, Invitations),
what the person wrote (Shares, Comments, ``Articles/*.html``) and how often they react
(Reactions, a count only). Files are matched by base name, case-insensitively, wherever they sit,
and the Complete export's ``Shares_<member id>.csv`` names too. Every file is optional: a damaged
one becomes a warning naming it and the rest of the export is still read.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import PurePosixPath

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from assessor.candidate import (
    Certification,
    Connection,
    Education,
    Endorsement,
    Invitation,
    Platform,
    Position,
    Post,
    PostKind,
    Profile,
    Project,
    Recommendation,
    Source,
)
from assessor.display import plural
from assessor.errors import InputError
from assessor.ingest.bundle import Bundle
from assessor.ingest.parsing import (
    CsvTable,
    Notes,
    html_to_text,
    parse_datetime,
    parse_month,
    read_csv,
    require_columns,
)
from assessor.ingest.toolkit import Fields, unique_ids

PLATFORM = Platform.LINKEDIN
READS = ("export",)

#: Timestamps as LinkedIn writes them, across files and years. Naive ones are taken as UTC.
STAMPS = (
    "%Y-%m-%d %H:%M:%S",  # Shares, Comments, Reactions: 2025-07-01 14:33:22
    "%Y/%m/%d %H:%M:%S UTC",  # Endorsements: 2021/08/11 11:00:31 UTC
    "%m/%d/%y, %I:%M %p",  # Recommendations, Invitations: 12/09/22, 07:18 PM
    "%d %b %Y",  # Connections: 04 Jul 2023
    "%Y-%m-%d %H:%M",  # Articles: Published on 2024-09-20 06:12
    "%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S%z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f", "%Y/%m/%d %H:%M:%S", "%m/%d/%Y, %I:%M %p", "%m/%d/%y %I:%M %p",
    "%m/%d/%Y %I:%M %p", "%d %B %Y", "%b %d, %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y",
)

#: Years a LinkedIn timestamp can fall in (it launched in 2003); others are treated as unreadable.
YEARS = range(2003, 2101)

#: Share audiences that are not public. ``MEMBER_NETWORK`` is the ordinary value, not a limit.
PRIVATE_VISIBILITY = frozenset({"CONNECTIONS", "CONTAINER"})

_URN = re.compile(r"urn(?::|%3A)li(?::|%3A)(?:activity|share|ugcPost)(?::|%3A)(\d+)", re.I)
_WEBSITE_SPLIT = re.compile(r",\s*(?=[A-Z][A-Z_ ]*:(?!//)|https?://)")
_WEBSITE_LABEL = re.compile(r"^[A-Z][A-Z_ ]*:(?!//)")


@dataclass(frozen=True)
class CsvFile:
    """One CSV file of the export: its name, the columns we know and those it cannot lack."""

    stem: str  # base name without .csv; ``[_ ]`` where exports mix spaces and underscores
    columns: tuple[str, ...]
    required: tuple[str, ...]
    header_starts: str | None = None
    escapechar: str | None = None

    @property
    def patterns(self) -> tuple[str, str]:
        # The Complete export may add the member id: Shares_155814142.csv.
        return f"{self.stem}.csv", f"{self.stem}_[0-9]*.csv"


PROFILE = CsvFile("Profile", (
    "First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
    "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers",
), ("First Name", "Last Name"))
POSITIONS = CsvFile("Positions", ("Company Name", "Title", "Description", "Location",
                                  "Started On", "Finished On"), ("Company Name", "Title"))
EDUCATION = CsvFile("Education", ("School Name", "Start Date", "End Date", "Notes", "Degree Name",
                                  "Activities"), ("School Name",))
SKILLS = CsvFile("Skills", ("Name",), ("Name",))
LANGUAGES = CsvFile("Languages", ("Name", "Proficiency"), ("Name",))
CERTIFICATIONS = CsvFile("Certifications", ("Name", "Url", "Authority", "Started On",
                                            "Finished On", "License Number"), ("Name",))
PROJECTS = CsvFile("Projects", ("Title", "Description", "Url", "Started On", "Finished On"),
                   ("Title",))
RECOMMENDATIONS = CsvFile("Recommendations[_ ]Received", (
    "First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status",
), ("Text",))
ENDORSEMENTS = CsvFile("Endorsement[_ ]Received[_ ]Info", (
    "Endorsement Date", "Skill Name", "Endorser First Name", "Endorser Last Name",
    "Endorser Public Url", "Endorsement Status",
), ("Skill Name",))
CONNECTIONS = CsvFile("Connections", ("First Name", "Last Name", "URL", "Email Address",
                                      "Company", "Position", "Connected On"),
                      ("First Name", "Last Name"), header_starts="First Name")
INVITATIONS = CsvFile("Invitations", ("From", "To", "Sent At", "Message", "Direction",
                                      "inviterProfileUrn", "inviteeProfileUrn"),
                      ("From", "To", "Direction"))
SHARES = CsvFile("Shares", ("Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl",
                            "Visibility"), ("Date", "ShareCommentary"))
COMMENTS = CsvFile("Comments", ("Date", "Link", "Message"), ("Date", "Message"), escapechar="\\")
REACTIONS = CsvFile("Reactions", ("Date", "Type", "Link"), ("Type",))

#: Any one of these marks a LinkedIn export.
MARKERS = (PROFILE, CONNECTIONS, POSITIONS)


def detect(bundle: Bundle) -> bool:
    """True when it holds ``Profile.csv``, ``Connections.csv`` or ``Positions.csv``.

    In any case and any folder; the zip or folder name plays no part.
    """
    return any(bundle.find(*spec.patterns) for spec in MARKERS)


def read(bundle: Bundle) -> Source:
    """Profile facts, connections, invitations, posts and the number of reactions given.

    Posts are shares, comments and articles. Skipped rows, unknown columns, unreadable dates and
    damaged files are listed in ``warnings``; a damaged file does not stop the rest being read.

    Raises
    ------
    InputError
        When files were damaged and nothing usable could be read from the rest.
    """
    export = _Export(bundle)
    name, profile = _profile(export)
    profile = replace(
        profile, skills=_names(export, SKILLS), languages=_names(export, LANGUAGES),
        positions=_positions(export), education=_education(export),
        certifications=_certifications(export), projects=_projects(export),
        recommendations=_recommendations(export), endorsements=_endorsements(export),
    )
    source = Source(
        platform=PLATFORM, path=bundle.label, name=name, profile=profile,
        posts=unique_ids(_shares(export) + _comments(export) + _articles(export)),
        connections=_connections(export), invitations=_invitations(export),
        likes_given=_reactions(export), warnings=tuple(export.notes.items),
    )
    usable = (source.name or source.posts or source.connections or source.invitations
              or source.likes_given or profile != Profile())
    if export.notes.items and not usable:
        shown = "; ".join(export.notes.items[:3])
        more = len(export.notes.items) - 3
        raise InputError(bundle.label, "no usable LinkedIn data could be read: " + shown
                         + (f"; and {plural(more, 'more problem')}"
                            if more > 0 else ""))
    return source


class _Export:
    """The export being read and the warnings gathered so far."""

    def __init__(self, bundle: Bundle) -> None:
        self.bundle = bundle
        self.notes = Notes()

    def tables(self, spec: CsvFile, *, every: bool = False) -> list[CsvTable]:
        """The readable tables for ``spec``: the shallowest match, or ``every`` match."""
        if every:
            names = self.bundle.find(*spec.patterns)
        else:
            one = self.bundle.find_one(*spec.patterns)
            names = [one] if one else []
        tables = []
        for name in names:
            try:
                table = read_csv(self.bundle, name, self.notes, expected=spec.columns,
                                 header_starts=spec.header_starts, escapechar=spec.escapechar)
                require_columns(table, *spec.required)
            except InputError as exc:
                self.notes.items.append(f"{exc}; the file was skipped")
                continue
            if not table.header:
                self.notes.add(table.where, "is empty; expected a CSV file starting with the "
                                            f"header {','.join(spec.columns)} (the download may "
                                            "have been cut off); the file was skipped")
                continue
            tables.append(table)
        return tables

    def rows(self, spec: CsvFile, *key: str, every: bool = False) -> Iterator[Fields]:
        """The rows of ``spec``; rows with none of the ``key`` columns filled are skipped."""
        for table in self.tables(spec, every=every):
            for number, values in table.rows:
                row = Fields(values, table.where, self.notes, at=f"row {number}",
                             by_header=True)
                if key and not any(row[k] for k in key):
                    row.warn(f"has no {' or '.join(key)}; skipped")
                    continue
                yield row


def _stamp_of(row: Fields, column: str, *, needed: bool = False) -> datetime | None:
    return row.date(column, _stamp, needed=needed)


def _day(row: Fields, column: str) -> date | None:
    when = _stamp_of(row, column)
    return when.date() if when else None


def _month(row: Fields, column: str) -> date | None:
    """A profile date (``Nov 2022``, ``2015``); a warning when present but unreadable."""
    return row.date(column, parse_month)


def _name(row: Fields, first: str = "First Name", last: str = "Last Name") -> str:
    return " ".join(part for part in (row[first], row[last]) if part)


# -- profile --------------------------------------------------------------------------------
def _profile(export: _Export) -> tuple[str, Profile]:
    """The name and the one-line facts from Profile.csv (its first row)."""
    for row in export.rows(PROFILE):
        return _name(row), Profile(
            headline=row["Headline"], summary=row["Summary"], industry=row["Industry"],
            location=row["Geo Location"], websites=_websites(row["Websites"]),
        )
    return "", Profile()


def _websites(value: str) -> tuple[str, ...]:
    """``[PORTFOLIO:https://a.example,BLOG:https://b.example]`` (or bare URLs) to the URLs."""
    inner = value.strip().removeprefix("[").removesuffix("]")
    parts = (_WEBSITE_LABEL.sub("", part.strip()).strip() for part in _WEBSITE_SPLIT.split(inner))
    return tuple(dict.fromkeys(p for p in parts if p))


def _names(export: _Export, spec: CsvFile) -> tuple[str, ...]:
    return tuple(dict.fromkeys(row["Name"] for row in export.rows(spec, "Name")))


def _positions(export: _Export) -> tuple[Position, ...]:
    return tuple(Position(
        company=r["Company Name"], title=r["Title"], description=r["Description"],
        location=r["Location"], started_on=_month(r, "Started On"),
        finished_on=_month(r, "Finished On"),  # empty: the current position
    ) for r in export.rows(POSITIONS, "Company Name", "Title"))


def _education(export: _Export) -> tuple[Education, ...]:
    return tuple(Education(
        school=r["School Name"], degree=r["Degree Name"], started_on=_month(r, "Start Date"),
        finished_on=_month(r, "End Date"), notes=r["Notes"], activities=r["Activities"],
    ) for r in export.rows(EDUCATION, "School Name"))


def _certifications(export: _Export) -> tuple[Certification, ...]:
    return tuple(Certification(
        name=r["Name"], authority=r["Authority"], url=r["Url"],
        started_on=_month(r, "Started On"), finished_on=_month(r, "Finished On"),
    ) for r in export.rows(CERTIFICATIONS, "Name"))


def _projects(export: _Export) -> tuple[Project, ...]:
    return tuple(Project(
        title=r["Title"], description=r["Description"], url=r["Url"],
        started_on=_month(r, "Started On"), finished_on=_month(r, "Finished On"),
    ) for r in export.rows(PROJECTS, "Title"))


def _recommendations(export: _Export) -> tuple[Recommendation, ...]:
    return tuple(Recommendation(
        author=_name(r), text=r["Text"], company=r["Company"], job_title=r["Job Title"],
        created_on=_day(r, "Creation Date"), visible=r["Status"].upper() != "HIDDEN",
    ) for r in export.rows(RECOMMENDATIONS, "Text"))


def _endorsements(export: _Export) -> tuple[Endorsement, ...]:
    return tuple(Endorsement(
        skill=r["Skill Name"], endorser=_name(r, "Endorser First Name", "Endorser Last Name"),
        endorsed_on=_day(r, "Endorsement Date"),
    ) for r in export.rows(ENDORSEMENTS, "Skill Name"))


# -- network --------------------------------------------------------------------------------
def _connections(export: _Export) -> tuple[Connection, ...]:
    # Hidden or deleted members leave nameless rows: normal, so skipped without a warning.
    return tuple(Connection(
        name=_name(r), company=r["Company"], position=r["Position"],
        connected_on=_day(r, "Connected On"), url=r["URL"],  # 2021 exports have no URL column
    ) for r in export.rows(CONNECTIONS) if _name(r))


def _invitations(export: _Export) -> tuple[Invitation, ...]:
    out = []
    for r in export.rows(INVITATIONS):
        direction = r["Direction"].lower()
        if direction not in ("incoming", "outgoing"):
            r.warn(f"Direction is {r['Direction']!r}, expected INCOMING or OUTGOING; skipped")
            continue
        out.append(Invitation(
            direction=direction, counterpart=r["From" if direction == "incoming" else "To"],
            sent_at=_stamp_of(r, "Sent At"), message=r["Message"],
        ))
    return tuple(out)


def _reactions(export: _Export) -> int | None:
    tables = export.tables(REACTIONS, every=True)
    return sum(len(t.rows) for t in tables) if tables else None


# -- posts ----------------------------------------------------------------------------------
def _shares(export: _Export) -> list[Post]:
    out = []
    for r in export.rows(SHARES, every=True):
        when = _stamp_of(r, "Date", needed=True)
        if when is None:
            continue
        # Every line after the first arrives wrapped in quotes: line1"\n""\n"line2.
        text = r["ShareCommentary"].replace('"\n"', "\n").strip()
        match = _URN.search(r["ShareLink"])
        out.append(Post(
            platform=PLATFORM, id=match.group(1) if match else _digest("share", when, text),
            created_at=when, text=text, kind=PostKind.POST if text else PostKind.REPOST,
            url=r["ShareLink"] or None,
            public=r["Visibility"].upper() not in PRIVATE_VISIBILITY,
        ))
    return out


def _comments(export: _Export) -> list[Post]:
    out = []
    for r in export.rows(COMMENTS, every=True):
        when = _stamp_of(r, "Date", needed=True)
        if when is not None:
            out.append(Post(
                platform=PLATFORM, id=_digest("comment", when, f"{r['Link']}\n{r['Message']}"),
                created_at=when, text=r["Message"], kind=PostKind.COMMENT,
                in_reply_to=r["Link"] or None,
            ))
    return out


def _articles(export: _Export) -> list[Post]:
    out = []
    for name in export.bundle.find("*.html", "*.htm"):
        if "articles" not in (part.lower() for part in PurePosixPath(name).parts[:-1]):
            continue
        try:
            html = export.bundle.read_text(name)
        except InputError as exc:
            export.notes.items.append(f"{exc}; the file was skipped")
            continue
        post = _article(name, html)
        if post is not None:
            out.append(post)
            continue
        export.notes.add(export.bundle.where(name), 'has no readable date (expected <p class='
                         '"published"> or <p class="created">); the article was skipped')
    return out


def _article(name: str, html: str) -> Post | None:
    tree = HTMLParser(html)
    heading = tree.css_first("h1") or tree.css_first("title")
    title = " ".join(heading.text().split()) if heading else ""
    anchor = tree.css_first("h1 a")
    url = (anchor.attributes.get("href") or "").strip() if anchor else ""
    published = _article_date(tree, "p.published")
    when = published or _article_date(tree, "p.created") or _leading_date(name)
    if when is None:
        return None
    # One selector at a time: a node inside one already removed is never touched again.
    for selector in ("script", "style", "title", "h1", "p.created", "p.published"):
        for node in tree.css(selector):
            node.decompose()
    body = html_to_text(tree.body.html) if tree.body is not None and tree.body.html else ""
    return Post(
        platform=PLATFORM, id=_digest("article", when, url or PurePosixPath(name).name),
        created_at=when, text=body, kind=PostKind.ARTICLE, url=url or None,
        title=title or PurePosixPath(name).stem,
        public=published is not None,  # a draft has only a created date
    )


def _article_date(tree: HTMLParser, selector: str) -> datetime | None:
    node = tree.css_first(selector)
    # "Published on 2024-09-20 06:12": the words before the date vary with the language.
    found = re.search(r"\d.*", node.text()) if node else None
    return _stamp(found.group(0)) if found else None


def _leading_date(name: str) -> datetime | None:
    found = re.match(r"\d{4}-\d{2}-\d{2}", PurePosixPath(name).name)
    return _stamp(found.group(0)) if found else None


def _stamp(value: str) -> datetime | None:
    when = parse_datetime(value, STAMPS)
    return when if when is not None and when.year in YEARS else None


def _digest(kind: str, when: datetime, text: str) -> str:
    raw = f"{when.isoformat()}|{text}".encode("utf-8", "surrogatepass")
    return f"{kind}-{hashlib.sha256(raw).hexdigest()[:16]}"
