"""Ingest: turn a candidate folder (or one export) into a :class:`~assessor.candidate.Candidate`.

A candidate is a folder holding any mix of exports: a LinkedIn zip, an X archive, a folder of
saved GitHub API responses, a Mastodon archive, Instagram/Facebook JSON, a blog feed, a generic
``posts.csv`` and an optional ``candidate.yaml``. Each export is recognised by what it holds,
never by its name.

Every importer module exposes ``PLATFORM``, ``detect(bundle) -> bool`` and
``read(bundle) -> Source``. Archive/folder importers see whole exports; file importers see one
file at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from assessor.candidate import Candidate, Profile, Source, Unreadable
from assessor.errors import InputError
from assessor.ingest import blog, github, linkedin, manifest, mastodon, meta, posts_csv, x
from assessor.ingest.bundle import Bundle, is_archive

__all__ = ["load_candidate", "read_sources", "Importer"]


@dataclass(frozen=True)
class Importer:
    platform: str
    detect: Callable[[Bundle], bool]
    read: Callable[[Bundle], Source]


#: Importers for whole exports (folders and archives), in the order they are tried.
EXPORT_IMPORTERS: tuple[Importer, ...] = (
    Importer("linkedin", linkedin.detect, linkedin.read),
    Importer("x", x.detect, x.read),
    Importer("github", github.detect, github.read),
    Importer("mastodon", mastodon.detect, mastodon.read),
    Importer("instagram", meta.detect_instagram, meta.read_instagram),
    Importer("facebook", meta.detect_facebook, meta.read_facebook),
)
#: Importers for single files.
FILE_IMPORTERS: tuple[Importer, ...] = (
    Importer("blog", blog.detect, blog.read),
    Importer("csv", posts_csv.detect, posts_csv.read),
    Importer("x", x.detect, x.read),  # a bare pre-2019 tweets.csv
)

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
        raise InputError(path, "no such file or folder; expected a candidate folder or an export")
    facts = None
    if path.is_dir():
        for name in MANIFEST_NAMES:
            if (path / name).is_file():
                facts = manifest.read(path / name)
                break
    sources, problems = read_sources(path)
    if not sources:
        detail = "; ".join(map(str, problems)) if problems else "no recognised export inside"
        raise InputError(path, f"no usable source found ({detail}). Expected a LinkedIn or "
                               "X export, GitHub API JSON, a Mastodon archive, Instagram/Facebook "
                               "JSON, a blog feed or a posts.csv")
    return _merge(path, sources, problems, facts)


def read_sources(path: Path) -> tuple[list[Source], list[InputError]]:
    """Every source under ``path`` and the exports that could not be read (each naming its
    file)."""
    sources: list[Source] = []
    problems: list[InputError] = []
    for bundle_path in _candidates(path):
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
    importers = FILE_IMPORTERS if bundle.kind == "file" else EXPORT_IMPORTERS
    if bundle.kind == "file" and bundle.names()[0].lower().endswith(".html"):
        raise InputError(bundle.label, "is an HTML page; for Instagram or Facebook, download "
                                       "your information in JSON format instead of HTML")
    for imp in importers:
        if imp.detect(bundle):
            return imp.read(bundle)
    if bundle.kind != "file" and meta.looks_like_html_export(bundle):
        raise InputError(bundle.label, "is an Instagram/Facebook export in HTML format; request "
                                       "'Download your information' again with Format: JSON")
    if bundle.kind != "file" and not bundle.names():
        raise InputError(bundle.label, "is empty")
    return None


def _candidates(path: Path) -> list[Path]:
    """The exports to try under ``path``.

    A folder is one export when it is recognised as a whole and holds no other exports;
    otherwise each entry in it is tried on its own.
    """
    if not path.is_dir():
        return [path]
    children = sorted(p for p in path.iterdir()
                      if not p.name.startswith(".") and p.name.lower() not in MANIFEST_NAMES)
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


def _is_html_meta_export(path: Path) -> bool:
    """An unpacked Instagram/Facebook HTML export: its start page sits at the top."""
    if not any((path / page).is_file() for page in ("start_here.html", "index.html")):
        return False
    try:
        bundle = Bundle.open(path)
    except InputError:
        return False
    try:
        return meta.looks_like_html_export(bundle)
    finally:
        bundle.close()


def _detect_exports(path: Path) -> list[Importer]:
    """The export importers that recognise ``path`` as a whole (none when it cannot be opened)."""
    try:
        bundle = Bundle.open(path)
    except InputError:
        return []
    try:
        return [imp for imp in EXPORT_IMPORTERS if imp.detect(bundle)]
    except InputError:
        return []
    finally:
        bundle.close()


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


def _merge(path: Path, sources: list[Source], problems: list[InputError],
           facts: manifest.Manifest | None) -> Candidate:
    sources = [_relative_source(path, s) for s in sources]
    name = (facts.name if facts and facts.name else "") or next(
        (s.name for s in sources if s.name), "") or path.name
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
        warnings=tuple(relative_to(path, str(p)) for p in problems),
        # A stray file that is no export (notes.txt, photos) is only a warning.
        unreadable=tuple(Unreadable(path=relative_to(path, p.path),
                                    reason=p.problem + (f" ({p.where})" if p.where else ""))
                         for p in problems if p.problem != NOT_AN_EXPORT),
    )


def merge_profiles(profiles: list[Profile]) -> Profile:
    """First non-empty text wins; lists are concatenated without duplicates."""
    def first(attr: str) -> str:
        return next((getattr(p, attr) for p in profiles if getattr(p, attr)), "")

    def union(attr: str) -> tuple:
        return tuple(dict.fromkeys(x for p in profiles for x in getattr(p, attr)))

    return Profile(
        headline=first("headline"), summary=first("summary"), industry=first("industry"),
        location=first("location"),
        **{a: union(a) for a in ("websites", "skills", "languages", "positions", "education",
                                 "certifications", "projects", "recommendations",
                                 "endorsements", "volunteering")},
    )
