"""The candidate model: what was read from a person's exports, merged across sources.

Everything here is a frozen dataclass. Importers build one :class:`Source` per export; the
loader merges them into one :class:`Candidate`. Nothing downstream reads files again.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import ClassVar


class Platform(str):
    """A platform: its id (the string itself), its display ``label`` and its ``in_sentence`` form.

    The registry below is the single list of platforms: rubric validation, report and terminal
    names all derive from it. An importer for a new platform registers it with one line,
    ``TOOT = Platform.register("toot", "Toot Board")``. ``Platform("x")`` returns the registered
    platform and raises ``ValueError`` for an id never registered.
    """

    __slots__ = ("label", "in_sentence")
    label: str
    in_sentence: str
    _registry: ClassVar[dict[str, Platform]] = {}

    LINKEDIN: ClassVar[Platform]
    X: ClassVar[Platform]
    GITHUB: ClassVar[Platform]
    MASTODON: ClassVar[Platform]
    INSTAGRAM: ClassVar[Platform]
    FACEBOOK: ClassVar[Platform]
    BLOG: ClassVar[Platform]
    CSV: ClassVar[Platform]

    def __new__(cls, value: str) -> Platform:
        try:
            return cls._registry[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a known platform") from None

    @classmethod
    def register(cls, value: str, label: str, in_sentence: str | None = None) -> Platform:
        """Add a platform (or return the one registered under ``value``, unchanged).

        Parameters
        ----------
        value
            The id written in exports' results and rubrics: lower case, ``a-z0-9_``.
        label
            How a report names it ("LinkedIn", "Posts file").
        in_sentence
            How a sentence names it ("download the blog feed again"); ``label`` by default.
        """
        if value in cls._registry:
            return cls._registry[value]
        platform = str.__new__(cls, value)
        platform.label = label
        platform.in_sentence = in_sentence or label
        cls._registry[value] = platform
        return platform

    @classmethod
    def known(cls, value: str | None) -> Platform | None:
        """The registered platform with id ``value``, or None."""
        return cls._registry.get(value or "")

    @classmethod
    def all(cls) -> tuple[Platform, ...]:
        """Every registered platform, in registration order."""
        return tuple(cls._registry.values())

    def __reduce__(self) -> tuple[type[Platform], tuple[str]]:
        return (Platform, (str(self),))

    @property
    def value(self) -> str:
        """The plain id (as :class:`enum.StrEnum` members have it)."""
        return str(self)


Platform.LINKEDIN = Platform.register("linkedin", "LinkedIn")
Platform.X = Platform.register("x", "X")
Platform.GITHUB = Platform.register("github", "GitHub")
Platform.MASTODON = Platform.register("mastodon", "Mastodon")
Platform.INSTAGRAM = Platform.register("instagram", "Instagram")
Platform.FACEBOOK = Platform.register("facebook", "Facebook")
Platform.BLOG = Platform.register("blog", "Blog", "blog")
#: The generic posts.csv, for everything else.
Platform.CSV = Platform.register("csv", "Posts file", "posts.csv")
#: No importer: named in a manifest's ``followers``.
Platform.register("tiktok", "TikTok")
Platform.register("youtube", "YouTube")


class PostKind(StrEnum):
    """What a piece of content is. Only ``post`` and ``article`` are the person's own originals."""

    POST = "post"
    REPLY = "reply"
    COMMENT = "comment"
    REPOST = "repost"
    ARTICLE = "article"


@dataclass(frozen=True, slots=True)
class Post:
    """One piece of content the person published.

    ``created_at`` is always an aware UTC datetime; ``text`` is plain text (HTML removed,
    entities decoded). Engagement counts are ``None`` where the platform does not export them.
    """

    platform: Platform
    id: str
    created_at: datetime
    text: str
    kind: PostKind = PostKind.POST
    likes: int | None = None
    shares: int | None = None
    replies: int | None = None
    url: str | None = None
    in_reply_to: str | None = None
    mentions: tuple[str, ...] = ()
    title: str | None = None
    public: bool = True

    @property
    def original(self) -> bool:
        """True for the person's own posts and articles (not replies, comments or reposts)."""
        return self.kind in (PostKind.POST, PostKind.ARTICLE)


@dataclass(frozen=True, slots=True)
class Position:
    company: str
    title: str
    description: str = ""
    location: str = ""
    started_on: date | None = None
    finished_on: date | None = None

    @property
    def current(self) -> bool:
        return self.finished_on is None


@dataclass(frozen=True, slots=True)
class Education:
    school: str
    degree: str = ""
    started_on: date | None = None
    finished_on: date | None = None
    notes: str = ""
    activities: str = ""


@dataclass(frozen=True, slots=True)
class Certification:
    name: str
    authority: str = ""
    url: str = ""
    started_on: date | None = None
    finished_on: date | None = None


@dataclass(frozen=True, slots=True)
class Project:
    title: str
    description: str = ""
    url: str = ""
    started_on: date | None = None
    finished_on: date | None = None


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A recommendation someone else wrote about the person."""

    author: str
    text: str
    company: str = ""
    job_title: str = ""
    created_on: date | None = None
    visible: bool = True


@dataclass(frozen=True, slots=True)
class Endorsement:
    skill: str
    endorser: str
    endorsed_on: date | None = None


@dataclass(frozen=True, slots=True)
class Connection:
    """A two-way relationship (LinkedIn connection). Followers are only counted, see Audience."""

    name: str
    company: str = ""
    position: str = ""
    connected_on: date | None = None
    url: str = ""


@dataclass(frozen=True, slots=True)
class Invitation:
    direction: str  # "incoming" or "outgoing"
    counterpart: str
    sent_at: datetime | None = None
    message: str = ""


@dataclass(frozen=True, slots=True)
class Repository:
    name: str
    description: str = ""
    language: str | None = None
    stars: int = 0
    forks: int = 0
    fork: bool = False
    archived: bool = False
    license: str | None = None
    topics: tuple[str, ...] = ()
    pushed_at: datetime | None = None
    homepage: str = ""
    url: str = ""
    has_pages: bool = False


@dataclass(frozen=True, slots=True)
class Profile:
    """Profile facts. Importers fill what their platform has; the loader merges them."""

    headline: str = ""
    summary: str = ""
    industry: str = ""
    location: str = ""
    websites: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    positions: tuple[Position, ...] = ()
    education: tuple[Education, ...] = ()
    certifications: tuple[Certification, ...] = ()
    projects: tuple[Project, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    endorsements: tuple[Endorsement, ...] = ()
    volunteering: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """Everything read from one export (one platform, one zip or folder or file)."""

    platform: Platform
    path: str
    name: str = ""
    handle: str = ""
    profile: Profile = field(default_factory=Profile)
    posts: tuple[Post, ...] = ()
    connections: tuple[Connection, ...] = ()
    invitations: tuple[Invitation, ...] = ()
    repositories: tuple[Repository, ...] = ()
    followers: int | None = None
    following: int | None = None
    likes_given: int | None = None
    warnings: tuple[str, ...] = ()

    def counts(self) -> dict[str, int | None]:
        """Counts for ``inspect``. ``posts`` counts only the person's own originals."""
        kinds = Counter(p.kind for p in self.posts)
        prof = self.profile
        return {
            "posts": kinds[PostKind.POST],
            "articles": kinds[PostKind.ARTICLE],
            "replies": kinds[PostKind.REPLY],
            "comments": kinds[PostKind.COMMENT],
            "reposts": kinds[PostKind.REPOST],
            "connections": len(self.connections),
            "followers": self.followers,
            "following": self.following,
            "invitations": len(self.invitations),
            "repositories": len(self.repositories),
            "positions": len(prof.positions),
            "education": len(prof.education),
            "skills": len(prof.skills),
            "certifications": len(prof.certifications),
            "projects": len(prof.projects),
            "recommendations": len(prof.recommendations),
            "endorsements": len(prof.endorsements),
            "likes_given": self.likes_given,
        }

    @property
    def first_post(self) -> datetime | None:
        return min((p.created_at for p in self.posts), default=None)

    @property
    def last_post(self) -> datetime | None:
        return max((p.created_at for p in self.posts), default=None)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An export that was found but could not be read at all.

    ``path`` is relative to the candidate folder; ``reason`` says what is wrong in words.
    """

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """One person, merged across any number of sources.

    ``profile`` is the merge of every source's profile plus the manifest's manual facts.
    ``student_id`` and ``target_role`` come from ``candidate.yaml`` when there is one.
    """

    name: str
    sources: tuple[Source, ...]
    profile: Profile = field(default_factory=Profile)
    student_id: str | None = None
    target_role: str | None = None
    manual_followers: tuple[tuple[str, int], ...] = ()
    warnings: tuple[str, ...] = ()
    unreadable: tuple[Unreadable, ...] = ()

    @property
    def candidate_id(self) -> str:
        """The manifest's student id, otherwise a stable hash of who the sources belong to.

        The hash uses each source's platform and account handle (or name), not file contents,
        so a fresh export of the same accounts keeps the same id and the history stays joined.
        """
        if self.student_id:
            return self.student_id
        keys = sorted(f"{s.platform}:{(s.handle or s.name or self.name).casefold()}"
                      for s in self.sources)
        digest = hashlib.sha256("|".join([self.name.casefold(), *keys]).encode()).hexdigest()
        return f"c-{digest[:12]}"

    @property
    def posts(self) -> tuple[Post, ...]:
        """Every post from every source, oldest first."""
        return tuple(sorted((p for s in self.sources for p in s.posts),
                            key=lambda p: p.created_at))

    @property
    def connections(self) -> tuple[Connection, ...]:
        return tuple(c for s in self.sources for c in s.connections)

    @property
    def invitations(self) -> tuple[Invitation, ...]:
        return tuple(i for s in self.sources for i in s.invitations)

    @property
    def repositories(self) -> tuple[Repository, ...]:
        return tuple(r for s in self.sources for r in s.repositories)

    @property
    def platforms(self) -> tuple[Platform, ...]:
        return tuple(dict.fromkeys(s.platform for s in self.sources))

    def audience(self) -> dict[str, tuple[int | None, int | None]]:
        """Followers and following per platform (manual manifest facts fill the gaps)."""
        out: dict[str, tuple[int | None, int | None]] = {}
        for s in self.sources:
            if s.followers is not None or s.following is not None:
                out[str(s.platform)] = (s.followers, s.following)
        for platform, followers in self.manual_followers:
            out.setdefault(platform, (followers, None))
        return out
