"""Data completeness: what each export gave, and how much of the rubric the data could measure.

Pure: reads the candidate (its sources, their warnings and the exports that could not be read)
and the scored dimensions; no files. A broken export is said first and plainly, and never
passes for a weak student.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assessor.candidate import Candidate, Platform, Source
from assessor.display import plural
from assessor.result import DataCompleteness, DimensionResult, SourceStatus

#: How exports are usually named when downloaded, to name the platform of one that could not
#: be opened at all.
_NAME_HINTS = (
    (re.compile(r"linkedin", re.I), "linkedin"),
    (re.compile(r"^twitter-|^x-", re.I), "x"),
    (re.compile(r"^archive-\d", re.I), "mastodon"),
    (re.compile(r"instagram", re.I), "instagram"),
    (re.compile(r"facebook", re.I), "facebook"),
    (re.compile(r"github", re.I), "github"),
    (re.compile(r"\.(xml|rss|atom)$", re.I), "blog"),
)

#: Words in a warning that say data was lost (a file, a row or an entry not read).
_LOST = re.compile(r"skipped|cut off|could not be read|refused|truncated|damaged|unreadable",
                   re.I)

#: A measured share of the rubric's weight below this makes the data insufficient.
INSUFFICIENT_BELOW = 0.5
#: Reasons shown per source before "and N more".
REASONS_SHOWN = 2


def data_lost(candidate: Candidate) -> bool:
    """True when an export could not be read, or was read only in part."""
    return bool(candidate.unreadable) or any(_LOST.search(w) for s in candidate.sources
                                             for w in s.warnings)


def platform_name(platform: str | None) -> str:
    """How a sentence names a platform: "LinkedIn", "blog", "posts.csv"."""
    known = Platform.known(platform)
    return known.in_sentence if known else platform or ""


def guess_platform(file: str) -> str | None:
    """The platform an export's file name suggests (only for exports that could not be read)."""
    name = file.rsplit("/", 1)[-1]
    return next((p for pattern, p in _NAME_HINTS if pattern.search(name)), None)


def _download_again(platform: str | None, what: str) -> str:
    if platform in ("linkedin", "x", "mastodon", "instagram", "facebook"):
        return f"download the {platform_name(platform)} {what} again"
    if platform == "github":
        return "save the GitHub files again"
    return "download this export again, or take it out of the folder"


#: Importers' messages said for a person: (pattern, wording).
_WORDS = (
    (re.compile(r"^(?P<f>.+?) \(line \d+\): is missing the (?P<w>columns?) (?P<c>[^;]+); "
                r"found (?P<found>[^;]+); the file was skipped$"),
     "{f} was not read: it lacks the {w} {c} (it has {found})"),
    (re.compile(r"^(?P<f>.+?): row (?P<r>\d+): has (?P<n>\d+) fields?, expected (?P<m>\d+); "
                r"skipped$"),
     "{f} breaks off at row {r} ({n} of {m} columns): it was probably cut off during the "
     "download, and only the rows before it were read"),
    (re.compile(r"^is not a readable (?P<k>zip|tar) archive \(.*\); it may be truncated.*$"),
     "the {k} archive is cut off or damaged, so nothing in it could be read"),
)


def in_words(message: str) -> str:
    """An importer's warning as a person would say it (unchanged when not recognised)."""
    for pattern, words in _WORDS:
        m = pattern.match(message)
        if m:
            return words.format(**m.groupdict())
    return message.replace("; the file was skipped", ", so it was not read")


def _reason(source: Source, lost: list[str]) -> str:
    prefix = f"{source.path}/"
    said = [in_words(w[len(prefix):] if w.startswith(prefix) else w) for w in lost]
    more = len(said) - REASONS_SHOWN
    text = "; ".join(said[:REASONS_SHOWN])
    return text + (f"; and {plural(more, 'more problem')} like these"
                   if more > 0 else "")


def source_statuses(candidate: Candidate) -> tuple[SourceStatus, ...]:
    """Every export found in the candidate folder, read or not, in the order found."""
    out = []
    for s in candidate.sources:
        lost = [w for w in s.warnings if _LOST.search(w)]
        platform = str(s.platform)
        if lost:
            out.append(SourceStatus(
                platform=platform, file=s.path, status="partly read",
                reason=_reason(s, lost),
                action=_download_again(platform, "export")
                + "; what could be read is used meanwhile"))
        else:
            out.append(SourceStatus(platform=platform, file=s.path, status="read"))
    for u in candidate.unreadable:
        guess = guess_platform(u.path)
        out.append(SourceStatus(platform=guess, file=u.path, status="unreadable",
                                reason=in_words(u.reason),
                                action=_download_again(guess, "archive")))
    return tuple(out)


def data_completeness(candidate: Candidate, dims: Mapping[str, DimensionResult]
                      ) -> DataCompleteness:
    """The level (complete, partial or insufficient), one sentence, and every source's status.

    Complete: every export read in full and every dimension measured. Insufficient: the
    measured dimensions carry less than half the rubric's weight. Partial: anything between.
    """
    sources = source_statuses(candidate)
    weighted = {k: d for k, d in dims.items() if d.weight > 0}
    measured = [d for d in weighted.values() if d.measured]
    total_w = sum(d.weight for d in weighted.values()) or 1.0
    share = sum(d.weight for d in measured) / total_w
    unreadable = sum(s.status == "unreadable" for s in sources)
    partly = sum(s.status == "partly read" for s in sources)
    n, of = len(measured), len(weighted)
    fully = sum(s.status == "read" for s in sources)
    if share < INSUFFICIENT_BELOW or not fully:
        level = "insufficient"
    elif unreadable or partly or n < of:
        level = "partial"
    else:
        level = "complete"
    basis = (f"based on all {of} dimensions" if n == of else
             f"based on {n} of {of} dimensions: the measured ones carry {share:.0%} of the "
             "rubric's weight and are scaled up to 100%")
    problems = []
    if unreadable:
        problems.append(f"{plural(unreadable, 'export')} could not be read")
    if partly:
        problems.append(f"{plural(partly, 'export')} {'was' if partly == 1 else 'were'} "
                        "read only in part")
    said = " and ".join(problems)
    missing = [d.id.replace("_", " ") for d in weighted.values() if not d.measured]
    gap = (f"{', '.join(missing)} could not be measured from the data, so the score is {basis}"
           if missing else f"the score is {basis}")
    if level == "complete":
        summary = f"Every export was read in full; {gap}."
    elif level == "insufficient":
        summary = ((said + ". " if said else "") + "Too little could be read to judge "
                   f"readiness: {gap}, and should not be relied on until the exports are "
                   "fixed.")
    else:
        summary = (said + "; " if said else "") + gap + (
            ", and may miss activity those exports hold." if said else ".")
    summary = summary[0].upper() + summary[1:]
    return DataCompleteness(level=level, summary=summary, sources=sources, basis=basis,
                            measured_dimensions=n, total_dimensions=of)
