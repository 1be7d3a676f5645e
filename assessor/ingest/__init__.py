"""Ingest: turn a candidate folder (or one export) into a :class:`~assessor.candidate.Candidate`.

A candidate is a folder holding any mix of exports: a LinkedIn zip, an X archive, a folder of
saved GitHub API responses, a Mastodon archive, Instagram/Facebook JSON, a blog feed, a generic
``posts.csv`` and an optional ``candidate.yaml``. Each export is recognised by what it holds,
never by its name.

Every importer module exposes ``PLATFORM``, ``READS``, ``detect(bundle) -> bool`` and
``read(bundle) -> Source`` and is registered below, one line each (see
:mod:`assessor.ingest.registry`). Archive/folder importers see whole exports; file importers see
one file at a time.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from assessor.candidate import Candidate, Profile, Source, Unreadable
from assessor.display import plural, shown_path
from assessor.errors import InputError
from assessor.ingest import (
    blog,
    facebook,
    github,
    instagram,
    linkedin,
    manifest,
    mastodon,
    meta,
    posts_csv,
    x,
)
from assessor.ingest.bundle import Bundle, irregular, is_archive, peek
from assessor.ingest.registry import Importer, expected, importers, register

__all__ = ["load_candidate", "read_sources", "Importer", "MAX_ENTRIES", "MAX_POSTS",
           "MAX_PROBLEMS"]

#: Entries at the top of a candidate folder tried as exports; a real folder holds a handful.
MAX_ENTRIES = 200
#: Posts assessed per candidate: the most recent ones, when a candidate has more.
MAX_POSTS = 5_000
#: Problems listed one by one in a candidate's warnings; the rest are counted.
MAX_PROBLEMS = 20


# The importers, in the order they are tried (see registry.importers).
register(linkedin)
register(x)
register(github)
register(mastodon)
register(instagram)
register(facebook)
register(blog)
register(posts_csv)

MANIFEST_NAMES = ("candidate.yaml", "candidate.yml")
NOT_AN_EXPORT = "not a recognised export; skipped"


def load_candidate(path: str | Path) -> Candidate:
    """Read every export under ``path`` and merge them into one candidate.

    Parameters
    ----------
    path
        A candidate folder, or a single export (zip, tar.gz, folder or file).

    Returns
    -------
    Candidate
        Merged across sources. Problems with one source become warnings naming the file; the
        other sources are still read.

    Raises
    ------
    InputError
        When nothing usable was found (the message lists what was tried).
    """
    path = Path(path)
    if not path.exists():
        raise InputError(shown_path(path), "no such file or folder; expected a candidate "
                                           "folder or an export")
    if path.is_symlink():  # the path the user gave: followed once, nothing below it is
        path = path.resolve()
    facts = None
    notes: list[str] = []
    if path.is_dir():
        for name in MANIFEST_NAMES:
            if os.path.lexists(path / name):
                problem = irregular(path / name)
                if problem:
                    notes.append(f"{shown_path(path / name)}: {problem}")
                else:
                    facts = manifest.read(path / name)
                break
    sources, problems = read_sources(path, notes)
    if not sources:
        listed = _capped(notes + [str(p) for p in problems])
        detail = "; ".join(listed) if listed else "no recognised export inside"
        raise InputError(shown_path(path), f"no usable source found ({detail}). Expected "
                         f"{expected()}")
    return _merge(path, sources, problems, notes, facts)


def read_sources(path: Path, notes: list[str] | None = None
                 ) -> tuple[list[Source], list[InputError]]:
    """Every source under ``path`` and the exports that could not be read (each naming its
    file); entries never tried (links, FIFOs, past the cap) are added to ``notes``."""
    sources: list[Source] = []
    problems: list[InputError] = []
    for bundle_path in _candidates(path, notes if notes is not None else []):
        try:
            bundle = Bundle.open(bundle_path)
        except InputError as exc:
            problems.append(exc)
            continue
        try:
            source = _read_bundle(bundle)
        except InputError as exc:
            problems.append(exc)
            continue
        except RecursionError:
            problems.append(InputError(bundle.label, "nested too deeply to be an export"))
            continue
        finally:
            bundle.close()
        if source is None:
            problems.append(InputError(bundle_path, NOT_AN_EXPORT))
        else:
            sources.append(replace(source, warnings=tuple(bundle.warnings) + source.warnings))
    return sources, problems


def _read_bundle(bundle: Bundle) -> Source | None:
    tried = importers("file" if bundle.kind == "file" else "export")
    if bundle.kind == "file" and bundle.names()[0].lower().endswith(".html"):
        raise InputError(bundle.label, "is an HTML page; for Instagram or Facebook, download "
                                       "your information in JSON format instead of HTML")
    for imp in tried:
        if imp.detect(bundle):
            return imp.read(bundle)
    if bundle.kind != "file" and meta.looks_like_html_export(bundle):
        raise InputError(bundle.label, "is an Instagram/Facebook export in HTML format; request "
                                       "'Download your information' again with Format: JSON")
    if bundle.kind != "file" and not bundle.names():
        raise InputError(bundle.label, "is empty")
    return None


def _candidates(path: Path, problems: list[str]) -> list[Path]:
    """The exports to try under ``path``; entries that are not tried are added to ``problems``.

    A folder is one export when it is recognised as a whole and holds no other exports;
    otherwise each entry in it is tried on its own. Links, FIFOs and devices are never tried,
    and at most :data:`MAX_ENTRIES` entries are (likely exports first).
    """
    if not path.is_dir():
        return [path]
    children = []
    for p in sorted(path.iterdir()):
        if p.name.startswith(".") or p.name.lower() in MANIFEST_NAMES:
            continue
        problem = None if p.is_dir() and not p.is_symlink() else irregular(p)
        if problem:
            problems.append(f"{shown_path(p)}: {problem}")
        else:
            children.append(p)
    if len(children) > MAX_ENTRIES:
        problems.append(f"{shown_path(path)}: holds {len(children):,} entries; only the first "
                        f"{MAX_ENTRIES:,} were tried (folders, archives and feeds first). "
                        "Expected a few exports")
        children = sorted(children, key=lambda c: (not _likely_export(c), c.name))[:MAX_ENTRIES]
        children.sort()
    has_candidate_parts = any(is_archive(c) or c.is_dir() or c.suffix.lower() in
                              (".xml", ".rss", ".atom") or c.name.lower() == "posts.csv"
                              for c in children)
    matches = _detect_exports(path)
    if len(matches) == 1 and (not has_candidate_parts
                              or _is_single_export_tree(children, matches[0])):
        return [path]
    if not matches and _is_html_meta_export(path):
        return [path]  # one clear "download it again as JSON" instead of a line per page
    return [c for c in children if c.is_dir() or c.is_file()]


def _likely_export(path: Path) -> bool:
    return is_archive(path) or path.is_dir() or path.suffix.lower() in (
        ".xml", ".rss", ".atom", ".csv", ".json", ".js")


def _is_html_meta_export(path: Path) -> bool:
    """An unpacked Instagram/Facebook HTML export: its start page sits at the top."""
    if not any((path / page).is_file() for page in ("start_here.html", "index.html")):
        return False
    return peek(path, meta.looks_like_html_export, False)


def _detect_exports(path: Path) -> list[Importer]:
    """The export importers that recognise ``path`` as a whole (none when it cannot be opened)."""
    return peek(path, lambda bundle: [imp for imp in importers("export") if imp.detect(bundle)],
                [])


def _is_single_export_tree(children: list[Path], whole: Importer) -> bool:
    """True when no child is a separate export (an unpacked export's own folders).

    Several child folders recognised as the whole's platform are one export spread over its
    folders (an unpacked Instagram export: ``your_instagram_activity/`` holds the posts,
    ``connections/`` the followers), not several exports.
    """
    same = 0
    for child in children:
        if child.is_dir() or is_archive(child):
            found = _detect_exports(child)
            if child.is_dir() and found == [whole]:
                same += 1
            elif found:
                return False
        elif child.suffix.lower() in (".xml", ".rss", ".atom") or child.name.lower() == "posts.csv":
            return False
    return same != 1


def _capped(problems: list[str]) -> list[str]:
    """The first :data:`MAX_PROBLEMS` problems, and a count of the rest."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = len(problems) - MAX_PROBLEMS
    return problems[:MAX_PROBLEMS] + [f"... and {plural(more, 'more entry', 'more entries')} "
                                      "skipped (not listed)"]


def _recent_posts(sources: list[Source], problems: list[str]) -> list[Source]:
    """At most :data:`MAX_POSTS` posts across the sources: the most recent ones."""
    total = sum(len(s.posts) for s in sources)
    if total <= MAX_POSTS:
        return sources
    ranked = sorted(((p.created_at, i, j) for i, s in enumerate(sources)
                     for j, p in enumerate(s.posts)), reverse=True)[:MAX_POSTS]
    keep: dict[int, set[int]] = {}
    for _, i, j in ranked:
        keep.setdefault(i, set()).add(j)
    problems.insert(0, f"{total:,} posts in the exports; the most recent {MAX_POSTS:,} were "
                       "assessed (older posts say little about readiness today)")
    return [replace(s, posts=tuple(p for j, p in enumerate(s.posts) if j in keep.get(i, ())))
            for i, s in enumerate(sources)]


def relative_to(path: Path, text: str) -> str:
    """``text`` with the candidate folder's own path taken off the front of a file name."""
    if not path.is_dir():
        path = path.parent
    for prefix in (f"{path}/", f"{path.resolve()}/"):
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


def one_per_problem(warnings: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Warnings without the notes a later warning makes moot.

    A file that was skipped as a whole gets that one warning: "unknown columns kept but not
    used" before it would contradict it.
    """
    skipped = {w.split(":", 1)[0].split(" (", 1)[0] for w in warnings
               if w.endswith("the file was skipped")}
    return tuple(w for w in warnings
                 if not (w.split(":", 1)[0] in skipped and "unknown columns kept" in w))


def _relative_source(path: Path, source: Source) -> Source:
    return replace(source, path=relative_to(path, source.path) or source.path,
                   warnings=one_per_problem([relative_to(path, w) for w in source.warnings]))


def _merge(path: Path, sources: list[Source], problems: list[InputError], notes: list[str],
           facts: manifest.Manifest | None) -> Candidate:
    sources = _recent_posts([_relative_source(path, s) for s in sources], notes)
    warnings = _capped([relative_to(path, n) for n in notes]
                       + [relative_to(path, str(p)) for p in problems])
    name = (facts.name if facts and facts.name else "") or next(
        (s.name for s in sources if s.name), "") or _folder_name(path)
    profile = merge_profiles([s.profile for s in sources])
    manual: tuple[tuple[str, int], ...] = ()
    if facts is not None:
        profile = replace(profile,
                          websites=tuple(dict.fromkeys(profile.websites + tuple(facts.links))),
                          headline=profile.headline or (facts.headline or ""))
        manual = tuple(sorted(facts.followers.items()))
    return Candidate(
        name=name,
        sources=tuple(sources),
        profile=profile,
        student_id=facts.student_id if facts else None,
        target_role=facts.target_role if facts else None,
        manual_followers=manual,
        warnings=tuple(warnings),
        # A stray file that is no export (notes.txt, photos) is only a warning.
        unreadable=tuple(Unreadable(path=relative_to(path, p.path),
                                    reason=p.problem + (f" ({p.where})" if p.where else ""))
                         for p in problems if p.problem != NOT_AN_EXPORT),
    )


def _folder_name(path: Path) -> str:
    """A candidate named after their folder: never an e-mail address or phone number."""
    from assessor.privacy import scrub_text

    return scrub_text(shown_path(path.name))


def merge_profiles(profiles: list[Profile]) -> Profile:
    """First non-empty text wins; lists are concatenated without duplicates."""
    def first(attr: str) -> str:
        return next((getattr(p, attr) for p in profiles if getattr(p, attr)), "")

    def union(attr: str) -> tuple[Any, ...]:
        return tuple(dict.fromkeys(x for p in profiles for x in getattr(p, attr)))

    return Profile(
        headline=first("headline"), summary=first("summary"), industry=first("industry"),
        location=first("location"),
        **{a: union(a) for a in ("websites", "skills", "languages", "positions", "education",
                                 "certifications", "projects", "recommendations",
                                 "endorsements", "volunteering")},
    )
