"""Small parsing pieces every importer shares: CSV by header name, dates, HTML to text, numbers."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from assessor.display import noun, plural
from assessor.errors import InputError
from assessor.ingest.bundle import Bundle

csv.field_size_limit(16 * 1024 * 1024)


@dataclass
class Notes:
    """Warnings collected while reading one source."""

    items: list[str] = field(default_factory=list)

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")


#: Warnings one file may add before the rest are summed up in one line.
MAX_WARNINGS_PER_FILE = 20


class CappedNotes:
    """Warnings for one source, at most :data:`MAX_WARNINGS_PER_FILE` per file, then a count."""

    def __init__(self, notes: Notes) -> None:
        self.notes = notes
        self.per_file: dict[str, int] = {}

    def add(self, where: str, message: str) -> None:
        n = self.per_file[where] = self.per_file.get(where, 0) + 1
        if n <= MAX_WARNINGS_PER_FILE:
            self.notes.add(where, message)

    def finish(self) -> list[str]:
        for where, n in self.per_file.items():
            if n > MAX_WARNINGS_PER_FILE:
                more = plural(n - MAX_WARNINGS_PER_FILE, "more problem")
                self.notes.add(where, f"{more} like these")
        return self.notes.items


@dataclass(frozen=True)
class CsvTable:
    """A CSV read by header name. ``rows`` yields ``(row_number, {header: value})``.

    Row numbers are the file's line numbers as a spreadsheet shows them (header included),
    so a message can point at the exact row.
    """

    where: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]


def read_csv(bundle: Bundle, name: str, notes: Notes, *, header_starts: str | None = None,
             expected: tuple[str, ...] = (), escapechar: str | None = None) -> CsvTable:
    """Read a CSV member, mapping columns by header name (case- and space-insensitive).

    Parameters
    ----------
    header_starts
        If given, lines before the first line starting with this text are a preamble and skipped
        (LinkedIn's Connections.csv opens with notes).
    expected
        Columns we know. Others are kept but reported once as unknown.
    escapechar
        LinkedIn's Comments.csv escapes quotes with a backslash.
    """
    where = bundle.where(name)
    text = bundle.read_text(name)
    offset = 0
    if header_starts:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if line.lstrip("\ufeff").startswith(header_starts):
                offset = i
                break
        else:
            raise InputError(where, f"has no header line starting with {header_starts!r}")
        text = "\n".join(lines[offset:])
    reader = csv.reader(_lines(text), escapechar=escapechar, strict=False)
    try:
        raw_header = next(reader)
        while not any(c.strip() for c in raw_header):  # blank lines before the header
            raw_header = next(reader)
    except StopIteration:
        return CsvTable(where, (), ())
    except csv.Error as exc:
        raise InputError(where, f"is not valid CSV ({exc})", where=f"line {offset + 1}") from None
    header = tuple(h.strip().lstrip("\ufeff") for h in raw_header)
    keys = [norm_key(h) for h in header]
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for rec in reader:
            line_no = offset + reader.line_num
            if not rec or all(not c.strip() for c in rec):
                continue  # LinkedIn leaves empty rows for hidden members
            if len(rec) != len(header):
                # Plain digits (no thousands separator): completeness.in_words reads this back.
                notes.add(where, f"row {line_no}: has {len(rec)} {noun(len(rec), 'field')}, "
                                 f"expected {len(header)}; skipped")
                continue
            rows.append((line_no, {k: v.strip() for k, v in zip(keys, rec, strict=True)}))
    except csv.Error as exc:
        notes.add(where, f"line {offset + reader.line_num}: unreadable CSV ({exc}); "
                         "the rest of the file was skipped")
    known = {norm_key(e) for e in expected}
    unknown = tuple(h for h, k in zip(header, keys, strict=True) if expected and k not in known)
    if unknown:  # names are cut short: a file with no newline is one huge "column name"
        shown = ", ".join(_short(h) for h in unknown[:10])
        more = f" and {len(unknown) - 10} more" if len(unknown) > 10 else ""
        notes.add(where, f"unknown columns kept but not used: {shown}{more}")
    return CsvTable(where, header, tuple(rows))


#: Text handed to ``io.StringIO`` at a time when splitting lines (it holds 4 bytes a character).
_CHUNK = 1 << 20


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text``, ends kept, split as ``newline=""`` splits them (\\n, \\r\\n, \\r).

    Not ``io.StringIO(text)``: it holds 4 bytes a character, so a 90 MB file would take 360 MB
    more. Ordinary text goes through it a megabyte at a time (cut after a line end, so a CR LF
    pair is never split); a stretch holding a line of megabytes is split with ``str.find``.
    """
    pos, size = 0, len(text)
    while pos < size:
        cut = text.find("\n", pos + _CHUNK)
        if cut < 0:  # no LF after this point: a CR there is a line end of its own
            cut = text.find("\r", pos + _CHUNK)
        if cut < 0:  # no line end left past the chunk: the rest is short or one long line
            cut = max(text.rfind("\n", pos), text.rfind("\r", pos))
            if cut < pos:
                yield text[pos:]
                return
        stretch = text[pos:cut + 1]
        if len(stretch) <= 2 * _CHUNK:
            yield from io.StringIO(stretch, newline="")
        else:
            yield from _long_lines(stretch)
        pos = cut + 1


def _long_lines(text: str) -> Iterator[str]:
    """:func:`_lines` for text with very long lines; the next CR and LF are remembered."""
    size, start, lf, cr = len(text), 0, -2, -2  # -2: not searched yet; -1: none left
    while start < size:
        if lf != -1 and lf < start:
            lf = text.find("\n", start)
        if cr != -1 and cr < start:
            cr = text.find("\r", start)
        ends = [p for p in (lf, cr) if p >= 0]
        if not ends:
            end = size
        elif (first := min(ends)) == cr and text.startswith("\n", cr + 1):
            end = cr + 2
        else:
            end = first + 1
        yield text[start:end]
        start = end


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


@lru_cache(maxsize=1024)
def norm_key(header: str) -> str:
    """``'Started On'`` and ``'started_on'`` both become ``'started_on'``."""
    return "_".join(header.strip().lower().replace("-", " ").replace("_", " ").split())


def require_columns(table: CsvTable, *columns: str) -> None:
    have = {norm_key(h) for h in table.header}
    missing = [c for c in columns if norm_key(c) not in have]
    if missing and table.header:
        raise InputError(table.where, f"is missing the {noun(len(missing), 'column')} "
                                      f"{', '.join(missing)}; "
                                      f"found {', '.join(table.header)}", where="line 1")


def load_json(bundle: Bundle, name: str, *, strip_js: bool = False) -> Any:
    """Parse a JSON member (or an X ``window.YTD... = [...]`` file when ``strip_js``)."""
    where = bundle.where(name)
    text = bundle.read_text(name)
    if strip_js:
        eq = text.find("=")
        if eq < 0:
            raise InputError(where, "expected 'window.YTD.<name>.part0 = [...]' as X archives have")
        text = text[eq + 1:]
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not valid JSON ({exc.msg}); the file may be cut off: "
                                "download the export again", where=f"line {exc.lineno}") from None
    except ValueError:  # json.loads raises it for a number past Python's 4,300-digit limit
        raise InputError(where, "holds a number too long to be real; expected an export file"
                         ) from None
    except RecursionError:
        raise InputError(where, "is nested too deeply to be an export file") from None


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
#: Closing tags of block elements: each ends a line, so a heading never runs into the text.
_BREAKS = re.compile(r"</(?:p|div|h[1-6]|li|blockquote|pre|tr|section|article|header|footer)>",
                     re.IGNORECASE)


def html_to_text(html: str | None) -> str:
    """Plain text from an HTML fragment, paragraphs and line breaks kept as newlines."""
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        return html.strip()
    tree = HTMLParser(_BREAKS.sub(lambda m: m.group(0) + "\n", _BR.sub("\n", html)))
    for node in tree.css("script, style"):
        node.decompose()
    text = tree.text(separator="") if tree.body is not None else ""
    return "\n".join(line.strip() for line in text.strip().splitlines()).strip()


#: Largest count or timestamp believed (2**53, the largest whole number JSON keeps exactly).
#: Anything bigger is no real count, and would overflow a float in scoring.
MAX_INT = 2**53


def to_int(value: Any) -> int | None:
    """``'16'``, ``16``, ``'1,204'`` become 16 / 1204; anything else (or past
    :data:`MAX_INT`) None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if abs(value) <= MAX_INT else None
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and abs(value) <= MAX_INT else None
    if isinstance(value, str):
        s = value.strip().replace(",", "")
        if s.isascii() and s.isdigit() and len(s) <= 16:  # '²' is a digit
            n = int(s)
            return n if n <= MAX_INT else None
    return None


#: For each tuple of formats, the one that matched last: exports use one format per column,
#: so trying it first avoids a failed strptime (an exception) per value.
_LAST_FORMAT: dict[tuple[str, ...], str] = {}


def parse_datetime(value: str | None, formats: tuple[str, ...]) -> datetime | None:
    """Parse with the first matching format; naive results are taken as UTC."""
    if not value:
        return None
    return _parse_datetime(value.strip(), formats)


@lru_cache(maxsize=8192)  # exports repeat dates (many connections made on one day)
def _parse_datetime(value: str, formats: tuple[str, ...]) -> datetime | None:
    last = _LAST_FORMAT.get(formats)
    for fmt in (last, *formats) if last else formats:
        try:
            dt = datetime.strptime(value, fmt)
            result = dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
        except (ValueError, OverflowError):  # year 1 with a +offset overflows in astimezone
            continue
        _LAST_FORMAT[formats] = fmt
        return result
    return None


def parse_iso(value: Any) -> datetime | None:
    """ISO 8601 (``2024-12-05T10:39:15Z``) to aware UTC, or None."""
    if not isinstance(value, str) or not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    except (ValueError, OverflowError):  # year 1 with a +offset overflows in astimezone
        return None


def parse_epoch(value: Any) -> datetime | None:
    """Unix seconds to aware UTC, or None."""
    n = to_int(value)  # floats too; inf and nan give None
    if n is None or n < 0 or n > 32503680000:
        return None
    return datetime.fromtimestamp(n, UTC)


def parse_month(value: str | None) -> date | None:
    """LinkedIn profile dates: ``Nov 2022``, ``2015``, ``Jan 2022``; None when empty or odd."""
    if not value:
        return None
    for fmt in ("%b %Y", "%B %Y", "%Y", "%m/%Y", "%Y-%m", "%Y-%m-%d"):
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


def fix_mojibake(s: str) -> str:
    """Undo Meta's one-byte-per-code-point escaping of UTF-8; keep the original if that fails."""
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s
