"""Privacy: keep third parties' names and everybody's contact details out of results.

Both functions here are pure: they take an :class:`~assessor.result.Assessment` and return it
with every free-text field rewritten; what needs no change (the whole result, when nothing
does) is returned as it is, not copied, so the result shares those parts with the input.

* :func:`scrub_contacts` replaces e-mail addresses and phone numbers with ``[e-mail removed]``
  and ``[phone removed]``. :func:`assessor.api.assess` always applies it.
* :func:`redact` replaces the names of third parties (connections, recommenders, endorsers,
  invitation counterparts, people mentioned in posts) with initials ("Dana Whitfield" becomes
  "D. W.") and ``@handles`` with "@" plus the first letter and "…". The candidate's own name
  (and own handles) stay. :func:`third_party_names` collects the names from a
  :class:`~assessor.candidate.Candidate`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from assessor.candidate import Candidate
from assessor.result import Assessment

T = TypeVar("T")

EMAIL_MASK = "[e-mail removed]"
PHONE_MASK = "[phone removed]"

#: Structural fields that are never free text: left alone by both rewrites.
_STRUCTURAL = frozenset({
    "candidate_name", "candidate_id", "post_id", "role", "as_of", "date", "band", "kind",
    "platform", "signal", "level", "category", "dimension", "id", "first_post", "last_post",
    "expect", "schema_version"})
#: Fields that are addresses, not prose: contacts are scrubbed there, names are not redacted.
_ADDRESSES = frozenset({"url", "path"})

_EMAIL = re.compile(r"(?:mailto:)?[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
# "name at domain dot com", "name [at] domain [dot] org", "name(at)domain(dot)co.uk": the
# spelled-out "dot" (or a bracketed "at") is required, so "met at the lake" is prose.
_AT = r"(?:\s*[\[({]\s*at\s*[\])}]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({]\s*dot\s*[\])}]\s*|\s+dot\s+)"
_SPELLED_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:(?:{_DOT}|\.)[\w-]+)*?{_DOT}[^\W\d_]{{2,}}"
    r"(?:\.[^\W\d_]{2,})?(?!\w)", re.IGNORECASE)
# Conservative shapes kept from before: an international number (+CC and 7+ digits in groups),
# a North American 3-3-4 number, or a trunk-prefixed (0...) national number in three groups.
# A letter right after the number does not stop the match ("+44 20 7946 0958ok"): requiring
# a non-word character there made the regex back off and remove only part of the number.
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,4}){2,5}"
    r"|(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}"
    r"|0\d{2,4}[ .-]\d{3,4}[ .-]\d{3,4}"
    r")(?!\d)")
#: Regions whose national formats are recognised (a number valid in any of them is removed).
#: phonenumbers knows every country; these cover the students this tool is used with.
PHONE_REGIONS = ("US", "GB", "DE", "FR", "IN", "ES", "IT", "NL", "BR", "NG", "AU", "CN")
_NANP_LOCAL = re.compile(r"\d{3}[ .-]\d{4}")
_HANDLE = re.compile(r"(?<![\w.@])@([A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]|[A-Za-z0-9_])"
                     r"(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?")
#: A hash (16 or more hex characters, with a letter and a digit, standing alone), such as the
#: one in an X archive's file name: phone numbers found overlapping one are not removed.
_HEX = r"(?<![0-9A-Za-z])(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)"  # letters and digits
_HEX_RUN = re.compile(_HEX + r"[0-9a-fA-F]{16,}(?![0-9A-Za-z])")
#: A shorter hex ID that ends a file name (``instagram-name-2026-11-15-43d65c87.zip``): the
#: date and the ID's first digits together looked like a number to call.
_FILE_ID = re.compile(_HEX + r"[0-9a-fA-F]{6,}(?=\.(?:zip|json|csv|js|xml|html?)\b)",
                      re.IGNORECASE)
#: Shapes that are dates, not numbers to call.
_DATE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")


#: Every character a number found by :mod:`phonenumbers` can hold, as its matcher's pattern
#: allows them: digits, its punctuation (dashes, spaces, dots, slashes, brackets, tildes, "x",
#: full-width forms), plus signs, and the extension labels (";ext=", "ext", "extensión",
#: "anexo", "int", "доб", "#", "~"), matched without case as the library does. A text with no
#: run of these holding 7 digits has no number :func:`_phone_spans` would remove.
_NOT_IN_PHONE = re.compile(
    "[^\\d\\s\\-x\u2010-\u2015\u2212\u30FC\uFF0D-\uFF0F\u00A0\u00AD\u200B\u2060\u3000"
    "()\\[\\]\uFF08\uFF09\uFF3B\uFF3D./~\u2053\u223C\uFF5E+\uFF0B;=:\uFF0E,#\uFF03"
    "extnsioa\u00F3\u0301\u0434\u043E\u0431\uFF45\uFF58\uFF54\uFF4E\uFF49]+", re.IGNORECASE)


def _may_hold_phone(text: str) -> bool:
    """False when no phone number can be in ``text``. The :mod:`phonenumbers` matcher takes
    milliseconds a text, and most texts with 7 digits hold them apart, between letters no
    number can hold ("grew 40,000 followers in 30 days")."""
    return any(sum(c.isdigit() for c in run) >= 7 for run in _NOT_IN_PHONE.split(text))


def _phone(m: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in m.group(0))
    return PHONE_MASK if digits >= 7 else m.group(0)


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """Where phone numbers are, by :mod:`phonenumbers`: a number valid in one of
    :data:`PHONE_REGIONS`, one dialled internationally (``+44 ...``, ``0044 ...``), or one
    shaped like a North American number (``555-1234``, ``5551234567``, ``(555) 123-4567``)."""
    from phonenumbers import Leniency, PhoneNumberMatcher

    hashes = [h.span() for rx in (_HEX_RUN, _FILE_ID) for h in rx.finditer(text)]

    def in_hash(start: int, end: int) -> bool:
        """Digits that are part of a hash, as in an export's file name
        (``twitter-2026-11-15-76d8978…zip``): not a number someone would dial."""
        return any(a < end and start < b for a, b in hashes)

    def found(region: str, leniency: int) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.raw_string)
                for m in PhoneNumberMatcher(text, region, leniency=leniency)
                if sum(c.isdigit() for c in m.raw_string) >= 7 and not _DATE.match(m.raw_string)
                and not in_hash(m.start, m.end)]

    spans = [(a, b) for region in PHONE_REGIONS for a, b, _ in found(region, Leniency.VALID)]
    for a, b, raw in found("US", Leniency.POSSIBLE):
        digits = sum(c.isdigit() for c in raw)
        if raw.startswith(("+", "(")) or digits >= 10 or _NANP_LOCAL.fullmatch(raw):
            spans.append((a, b))
    spans += [(a, b) for a, b, raw in found("GB", Leniency.POSSIBLE)
              if raw.startswith(("+", "00"))]
    return spans


def scrub_text(text: str) -> str:
    """``text`` with e-mail addresses and phone numbers replaced."""
    if "@" in text:
        text = _EMAIL.sub(EMAIL_MASK, text)
    lower = text.lower()
    if " at " in lower or "at]" in lower or "at)" in lower:
        text = _SPELLED_EMAIL.sub(EMAIL_MASK, text)
    if sum(map(str.isdigit, text)) < 7:
        return text  # no phone number has fewer than 7 digits
    text = _PHONE.sub(_phone, text)
    if not _may_hold_phone(text):
        return text
    spans = sorted(_phone_spans(text))
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + PHONE_MASK + text[end:]
    return text


def initials(name: str) -> str:
    """``"Dana Whitfield"`` -> ``"D. W."``."""
    return " ".join(f"{w[0].upper()}." for w in name.split() if w[:1].isalnum())


def mask_handle(handle: str) -> str:
    """``"@danaw"`` (or ``"danaw"``) -> ``"@d…"``."""
    h = handle.lstrip("@")
    return f"@{h[:1]}…" if h else handle


def third_party_names(candidate: Candidate) -> tuple[str, ...]:
    """The names of the people in a candidate's exports other than the candidate.

    Connections, recommendation authors, endorsers, invitation counterparts and people
    mentioned in posts (mentions stored as names; handles are masked as ``@handles``).
    """
    names: list[str] = []
    profiles = [candidate.profile, *(s.profile for s in candidate.sources)]
    for p in profiles:
        names += [r.author for r in p.recommendations]
        names += [e.endorser for e in p.endorsements]
    for s in candidate.sources:
        names += [c.name for c in s.connections]
        names += [i.counterpart for i in s.invitations]
        for post in s.posts:
            names += [m for m in post.mentions if " " in m.strip()]  # not handles
    own = {candidate.name.casefold(), *(s.name.casefold() for s in candidate.sources if s.name)}
    out = {n.strip() for n in names if n and n.strip()}
    return tuple(sorted((n for n in out if n.casefold() not in own), key=str.casefold))


def own_handles(candidate: Candidate) -> tuple[str, ...]:
    """The candidate's own account handles (kept by :func:`redact`)."""
    return tuple(s.handle.lstrip("@") for s in candidate.sources if s.handle)


def _rewrite(value: T, fn: Callable[[str], str], skip: frozenset[str],
             skip_fn: Callable[[str], str] | None = None) -> T:
    """``value`` with ``fn`` applied to every string in it, except fields (and dict entries)
    named in ``skip``, whose strings get ``skip_fn`` when one is given.

    What does not change is returned as it is (the objects are frozen), so a result with few
    strings to rewrite is not rebuilt field by field.
    """
    v: Any = value
    if isinstance(v, str):
        return fn(v)  # type: ignore[return-value]
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        changes = {}
        for f in dataclasses.fields(v):
            old = getattr(v, f.name)
            if f.name not in skip:
                new = _rewrite(old, fn, skip, skip_fn)
            elif skip_fn is not None:
                new = _rewrite(old, skip_fn, frozenset())
            else:
                continue
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(v, **changes) if changes else value  # type: ignore[return-value]
    if isinstance(v, dict):
        out = {k: (_rewrite(x, fn, skip, skip_fn) if k not in skip
                   else x if skip_fn is None else _rewrite(x, skip_fn, frozenset()))
               for k, x in v.items()}
        same = all(out[k] is x for k, x in v.items())
        return value if same else out  # type: ignore[return-value]
    if isinstance(v, tuple | list):
        items = [_rewrite(x, fn, skip, skip_fn) for x in v]
        if all(a is b for a, b in zip(items, v, strict=True)):
            return value
        if isinstance(v, tuple) and hasattr(v, "_fields"):  # a named tuple keeps its type
            return type(v)(*items)  # type: ignore[return-value]
        return (tuple(items) if isinstance(v, tuple) else items)  # type: ignore[return-value]
    return value


def scrub_contacts(assessment: Assessment) -> Assessment:
    """The assessment with every e-mail address and phone number in its texts replaced.

    The candidate's name is scrubbed too (a folder named like an e-mail address names the
    candidate when nothing else does), and every text is made printable
    (:func:`assessor.display.printable`: no terminal escapes, no bidi overrides).
    """
    from assessor.display import printable

    # A post is quoted in several places: scrub each text once. The memo lives for this call
    # only, so no post text stays in memory in a long-running server.
    scrub = functools.cache(scrub_text)
    return _rewrite(assessment, lambda text: scrub(printable(text)),
                    _STRUCTURAL - {"candidate_name"}, printable)


def _words(name: str) -> list[str]:
    return [w.casefold() for w in re.split(r"[\s,]+", name.lstrip("#")) if w]


def _name_pattern(name: str) -> str:
    """A name as it may be written: any case, words split by any run of spaces or a line
    break, "Last, First", or run together as a hashtag (``#DanaWhitfield``)."""
    words = [re.escape(w) for w in name.split()]
    forms = [r"\s+".join(words), "#" + "".join(words)]
    if len(words) > 1:
        forms.append(words[-1] + r"\s*,\s*" + r"\s+".join(words[:-1]))
    return "|".join(forms)


def redact(assessment: Assessment, names: Iterable[str] = (), *,
           keep_handles: Iterable[str] = ()) -> Assessment:
    """The assessment with third parties' names as initials and ``@handles`` masked.

    Parameters
    ----------
    names
        Third parties' full names (:func:`third_party_names`); each is replaced where it
        appears as whole words, in any case, split over lines, as "Last, First" or as a
        ``#hashtag``. The candidate's own name is never replaced, even where a third party's
        name is part of it.
    keep_handles
        Handles left as they are (the candidate's own, :func:`own_handles`).
    """
    own = assessment.candidate_name.strip()
    wanted = {n.strip() for n in names if n and n.strip() and initials(n.strip())}
    wanted = {n for n in wanted if _words(n) != _words(own)}
    keep = {h.lstrip("@").casefold() for h in keep_handles}
    alts = sorted(wanted | ({own} if own else set()), key=len, reverse=True)
    # Each way of writing a name -> the name, to give the initials of the name as written in
    # the export whatever the text made of it.
    by_words: dict[tuple[str, ...], str] = {}
    for n in alts:
        words = _words(n)
        by_words.setdefault(tuple(words), n)
        by_words.setdefault(("".join(words),), n)
        if len(words) > 1:
            by_words.setdefault((words[-1], *words[:-1]), n)
    name_re = re.compile(r"(?<![\w@])(?:" + "|".join(_name_pattern(n) for n in alts)
                         + r")(?!\w)", re.IGNORECASE) if wanted else None

    def name(m: re.Match[str]) -> str:
        text = m.group(0)
        found = by_words.get(tuple(_words(text)))
        if found is None or found == own:
            return text
        return initials(found)

    def handle(m: re.Match[str]) -> str:
        return m.group(0) if m.group(1).casefold() in keep else mask_handle(m.group(1))

    def fn(text: str) -> str:
        if name_re is not None:
            text = name_re.sub(name, text)
        if "@" in text:
            text = _HANDLE.sub(handle, text)
        return text

    return _rewrite(assessment, fn, _STRUCTURAL | _ADDRESSES)


def redact_candidate(assessment: Assessment, candidate: Candidate) -> Assessment:
    """:func:`redact` with the names and own handles taken from ``candidate``."""
    return redact(assessment, third_party_names(candidate),
                  keep_handles=own_handles(candidate))
