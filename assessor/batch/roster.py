"""A class roster: who to assess, where their exports are, and for which role.

A roster is a CSV or Excel (.xlsx) file with one student a row::

    student_id,name,path,role,job
    S001,Amara Okafor,amara-okafor,social-media-manager,
    S002,Lin Wei,lin-wei,marketing-specialist,postings/acme.txt

``path`` and ``job`` are relative to the roster's own folder and must stay inside it. ``role``
may be left out when the batch is given a default role. Any other column is kept and carried
into the batch's results.

A roster is input, and input is not trusted: :func:`read_roster` checks every row before any
student is assessed and reports every problem at once, each with its row number as a
spreadsheet shows it (the header is row 1 of a CSV file).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from assessor.display import noun
from assessor.errors import RosterError, RubricError

__all__ = ["Student", "Roster", "RosterError", "read_roster", "REQUIRED_COLUMNS"]

REQUIRED_COLUMNS = ("student_id", "name", "path")
OPTIONAL_COLUMNS = ("role", "job")
#: Largest roster sheet read: rows, columns, and bytes the .xlsx unpacks to.
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_XLSX_BYTES = 50_000_000
#: Rows searched for the header in a spreadsheet (title rows above it are skipped).
HEADER_SEARCH_ROWS = 10
#: A student id names the student's PDF, so it must be a plain file name on every system:
#: ASCII letters, digits, dots, dashes and underscores, starting with a letter or digit.
_ID_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
MAX_ID_LENGTH = 64
#: Ids that would name a batch's own outputs (summary.pdf...) or a Windows device (CON...).
RESERVED_IDS = frozenset({"summary", "results", "con", "prn", "aux", "nul",
                          *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


@dataclass(frozen=True)
class Student:
    """One roster row, checked: its paths exist and lie inside the roster's folder."""

    row: int
    student_id: str
    name: str
    path: Path
    role: str
    job: Path | None = None
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Roster:
    """A checked roster: its students in file order and the extra columns it carries."""

    path: Path
    students: tuple[Student, ...]
    extra_columns: tuple[str, ...] = ()

    @property
    def folder(self) -> Path:
        return self.path.resolve().parent

    def __len__(self) -> int:
        return len(self.students)


def normalise_column(name: str) -> str:
    """``"Student ID"`` -> ``"student_id"``: how a header cell is matched to a known column."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


# -- reading the file into a table ---------------------------------------------------------

@dataclass(frozen=True)
class Table:
    """A roster file's cells as text: its column names, and each row that is not blank with the
    number a spreadsheet shows for it (blank rows' numbers are skipped, as in the spreadsheet).

    Read with the csv module and openpyxl, not pandas: the batch's own process reads the roster
    and then runs for the whole batch, and pandas (with numpy) would add some 40 MB to it.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]

    @property
    def empty(self) -> bool:
        return not self.rows


def _table(header: list[str], body: list[list[str]], first: int) -> Table:
    """A :class:`Table` of ``body`` under ``header``, its first row numbered ``first``; short
    rows are filled with empty cells, blank rows left out."""
    rows = []
    for number, cells in enumerate(body, start=first):
        cells = cells + [""] * (len(header) - len(cells))
        if any(cells):
            rows.append((number, dict(zip(header, cells, strict=False))))
    return Table(tuple(header), tuple(rows))


def read_table(path: Path) -> Table:
    """The roster as a table of strings, each row with the number a spreadsheet shows.

    Blank rows are dropped (their numbers are skipped, as in the spreadsheet).

    Raises
    ------
    RosterError
        The file is missing, unreadable, empty, or not CSV/.xlsx.
    """
    suffix = path.suffix.lower()
    if not path.is_file():
        raise RosterError(path, [(None, "no such roster file; expected a .csv or .xlsx file")])
    if suffix == ".csv":
        table = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path)
    elif suffix == ".xls":
        raise RosterError(path, [(None, "old Excel .xls files are not read; save the roster "
                                        "as .xlsx or as CSV UTF-8")])
    else:
        raise RosterError(path, [(None, f"unsupported roster type {suffix or '(none)'!r}; "
                                        "expected a .csv or .xlsx file")])
    return table


def _read_csv(path: Path) -> Table:
    """A CSV roster (UTF-8, with or without a byte-order mark): the header is row 1, so the
    first student is on row 2. A row with more cells than the header is refused, naming it."""
    import csv
    import io

    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            text = fh.read()
    except UnicodeDecodeError:
        raise RosterError(path, [(None, "is not UTF-8 text; in Excel use Save As > "
                                        "CSV UTF-8")]) from None
    except OSError as exc:
        raise RosterError(path, [(None, f"cannot be read ({exc.strerror or exc})")]) from None
    _check_quotes(path, text)
    try:  # as spreadsheets read a stray quote: '"Amara" Okafor' is Amara Okafor
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:  # a cell over the csv module's field limit (128 KB)
        raise RosterError(path, [(None, "is not a readable CSV file; save it again from "
                                        "your spreadsheet as CSV UTF-8")]) from None
    if len(records) > MAX_ROWS + 1:
        raise RosterError(path, [(None, f"is too large: {len(records):,} rows; a roster has at "
                                        f"most {MAX_ROWS:,}")])
    # The header is the first row that is not blank (and not Excel's "sep=," hint line).
    first = next((i for i, r in enumerate(records) if any(c.strip() for c in r)
                  and not (r[0].strip().lower().startswith("sep=") and not any(r[2:]))), None)
    if first is None:
        raise RosterError(path, [(None, "is empty; expected a header row with "
                                        f"{', '.join(REQUIRED_COLUMNS)}")])
    header = _dedupe([c.strip() or f"column {_column_letter(i)}"
                      for i, c in enumerate(records[first])])
    body = [[c.strip() for c in r] for r in records[first + 1:]]
    for number, cells in enumerate(body, start=first + 2):
        if len(cells) > len(header) and any(cells[len(header):]):
            raise RosterError(path, [(number, f"has {len(cells)} cells but the header has "
                                              f"{len(header)} columns; check for an extra "
                                              "comma, or put a value that holds a comma in "
                                              "double quotes")])
    return _table(header, body, first + 2)


def _check_quotes(path: Path, text: str) -> None:
    """Refuse a double quote that is never closed, naming the row it opens on. Read leniently,
    it would swallow the rest of the file into one cell; the strict reader says so, and goes
    on past the stray quotes spreadsheets accept ('"Amara" Okafor')."""
    import csv
    import io

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    row = 0
    while True:
        try:
            next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "end of data" in str(exc) or "field larger" in str(exc):
                raise RosterError(path, [(row + 1, "has a double quote that is never closed; "
                                                   "check the row where a value starts with "
                                                   "\" and make sure it ends with one")]
                                  ) from None
        row += 1


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _read_xlsx(path: Path) -> Table:
    """The first sheet of a workbook: formulas as their saved values, merged cells filled."""
    import zipfile

    import openpyxl

    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
        if unpacked > MAX_XLSX_BYTES:
            raise RosterError(path, [(None, f"is too large: it unpacks to "
                                            f"{unpacked / 1e6:,.0f} MB (a roster needs well "
                                            f"under {MAX_XLSX_BYTES / 1e6:,.0f} MB)")])
        # defusedxml (a dependency) makes openpyxl refuse XML entities (billion laughs).
        wb = openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError) as exc:
        # SyntaxError: xml.etree's ParseError (damaged XML, or an entity defusedxml refused)
        raise RosterError(path, [(None, f"is not a readable .xlsx workbook ({_first_line(exc)})")]
                          ) from None
    ws = wb.worksheets[0]
    # A single cell far away (XFD1048576) makes the grid below 17 billion cells.
    if ws.max_row > MAX_ROWS or ws.max_column > MAX_COLUMNS:
        wb.close()
        raise RosterError(path, [(None, f"is too large: its first sheet reaches row "
                                        f"{ws.max_row:,} and column {ws.max_column:,} "
                                        f"({_column_letter(ws.max_column - 1)}); a roster has "
                                        f"at most {MAX_ROWS:,} rows and {MAX_COLUMNS} columns. "
                                        "Clear the cells beyond the table and save again")])
    grid = [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    # A merged range shows its top-left value across the whole range; read it that way, so a
    # header cell merged over two rows, or a role merged down a group of students, is seen in
    # every cell it covers.
    for rng in ws.merged_cells.ranges:
        value = grid[rng.min_row - 1][rng.min_col - 1]
        for r in range(rng.min_row - 1, min(rng.max_row, len(grid))):
            for c in range(rng.min_col - 1, min(rng.max_col, width)):
                grid[r][c] = value
    if not any(any(v for v in r) for r in grid):
        raise RosterError(path, [(None, "is empty; expected a header row with "
                                        f"{', '.join(REQUIRED_COLUMNS)}")])
    header_row = _find_header(grid)
    # A header merged down over several rows makes a multi-row header: its cells are named by
    # joining the distinct texts down each column ("Contact" over "email" -> "Contact email").
    last = max((rng.max_row for rng in ws.merged_cells.ranges
                if rng.min_row == header_row + 1 and rng.max_row > rng.min_row),
               default=header_row + 1)
    block = grid[header_row:last]
    header = []
    for c in range(width):
        parts: list[str] = []
        for cells in block:
            if cells[c] and cells[c] not in parts:
                parts.append(cells[c])
        header.append(" ".join(parts) or f"column {_column_letter(c)}")
    header = _dedupe(header)
    wb.close()
    body = grid[last:]
    if body:  # every row, blank-looking ones too: a row of unsaved formulas reads as blank
        _check_formulas(path, header, body, last + 1)
    return _table(header, body, last + 1)


def _find_header(grid: list[list[str]]) -> int:
    """Index of the first row naming a student_id column (0 when there is none)."""
    for i, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        if "student_id" in {normalise_column(v) for v in row}:
            return i
    return 0


def _check_formulas(path: Path, header: list[str], body: list[list[str]], first: int) -> None:
    """A formula with no saved value reads as empty: say so, rather than 'student_id is empty'.

    Workbooks written by a script (not saved by Excel or LibreOffice) hold formulas without
    their values.
    """
    wanted = [i for i, h in enumerate(header) if normalise_column(h) in
              REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    empty = {r: cells for r, cells in enumerate(body, start=first)
             if any(cells[i] == "" for i in wanted)}
    if not empty:
        return
    import openpyxl

    wb = openpyxl.load_workbook(path, data_only=False)
    ws = wb.worksheets[0]
    problems = []
    for r, cells in empty.items():
        for i in wanted:
            v = ws.cell(row=r, column=i + 1).value
            if cells[i] == "" and isinstance(v, str) and v.startswith("="):
                problems.append((r, f"column {header[i]} holds the formula {v} with no saved "
                                    "value; open the workbook in Excel or LibreOffice and save "
                                    "it so its values are stored"))
    wb.close()
    if problems:
        raise RosterError(path, problems)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    letter: str = get_column_letter(index + 1)
    return letter


def _dedupe(names: list[str]) -> list[str]:
    """Repeated names numbered, ``advisor``, ``advisor (2)``, never colliding with a name
    the header already has."""
    taken = set(names)
    seen: dict[str, int] = {}
    out = []
    for n in names:
        if n not in seen:
            seen[n] = 1
            out.append(n)
            continue
        k = seen[n]
        while (name := f"{n} ({k + 1})") in taken:
            k += 1
        seen[n] = k + 1
        taken.add(name)
        out.append(name)
    return out


# -- checking it -------------------------------------------------------------------------

def read_roster(path: str | Path, *, role: str | None = None) -> Roster:
    """Read and check a roster.

    Parameters
    ----------
    path
        A ``.csv`` (UTF-8) or ``.xlsx`` file.
    role
        The role for rows that do not name one (a role id or a rubric YAML file).

    Returns
    -------
    Roster

    Raises
    ------
    RosterError
        Naming every problem with its row: missing columns, an empty roster, empty or
        duplicate student ids, paths that do not exist or lead outside the roster's folder,
        a missing or unknown role.
    """
    path = Path(path)
    table = read_table(path)
    columns = {normalise_column(c): c for c in reversed(list(table.columns))}
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        found = ", ".join(str(c) for c in table.columns) or "none"
        word = noun(len(missing), "column")
        raise RosterError(path, [(None, f"missing {word} {', '.join(missing)}; the header "
                                        f"has {found}. Expected {', '.join(REQUIRED_COLUMNS)} "
                                        f"and optionally {', '.join(OPTIONAL_COLUMNS)}")])
    if table.empty:
        raise RosterError(path, [(None, "has no students: there is a header but no rows")])
    known = {columns[c] for c in REQUIRED_COLUMNS + OPTIONAL_COLUMNS if c in columns}
    extra_columns = tuple(c for c in table.columns if c not in known)
    folder = path.resolve().parent
    problems: list[tuple[int, str]] = []
    first_row: dict[str, tuple[int, str]] = {}  # a student id's first row, as written there
    duplicates: dict[str, list[int]] = {}
    students = []
    for row, values in table.rows:
        def get(col: str, _values: dict[str, str] = values) -> str:
            return _values[columns[col]] if col in columns else ""

        sid = get("student_id")
        if not sid:
            problems.append((row, "student_id is empty"))
        elif not _ID_SAFE.fullmatch(sid) or sid.endswith(".") or len(sid) > MAX_ID_LENGTH:
            problems.append((row, f"student_id {sid!r} cannot name a file; use up to "
                                  f"{MAX_ID_LENGTH} letters, digits, dots, dashes or "
                                  "underscores, starting with a letter or digit"))
        elif sid.split(".")[0].casefold() in RESERVED_IDS:
            problems.append((row, f"student_id {sid!r} is reserved: it would name one of the "
                                  "batch's own outputs (summary.pdf, results) or a Windows "
                                  "device; choose another id"))
        else:
            key = sid.casefold()
            if key in first_row:
                duplicates.setdefault(key, [first_row[key][0]]).append(row)
            else:
                first_row[key] = (row, sid)
        cand = _inside(folder, get("path"), "path", problems, row, want_dir=None)
        job = _inside(folder, get("job"), "job", problems, row, want_dir=False) \
            if get("job") else None
        student_role = get("role") or role or ""
        if not student_role:
            problems.append((row, "no role: fill the role column or pass --role"))
        elif get("role") and student_role.lower().endswith((".yaml", ".yml")) \
                and not Path(student_role).is_absolute():
            student_role = str(folder / student_role)
        students.append(Student(
            row=row, student_id=sid, name=get("name"), path=cand or folder, role=student_role,
            job=job, extra={c: values[c] for c in extra_columns}))
    for key, rows in duplicates.items():
        sid = first_row[key][1]
        problems.append((rows[-1], f"duplicate student_id {sid!r} (rows "
                                   f"{', '.join(map(str, rows))})"))
    problems.extend(_check_roles(students))
    if problems:
        problems.sort(key=lambda p: p[0])
        raise RosterError(path, list(problems))
    return Roster(path=path, students=tuple(students), extra_columns=extra_columns)


def _inside(folder: Path, value: str, column: str, problems: list[tuple[int, str]], row: int,
            *, want_dir: bool | None) -> Path | None:
    """``value`` resolved against the roster's folder, or None with a problem recorded."""
    if not value:
        problems.append((row, f"{column} is empty"))
        return None
    resolved = (folder / value).resolve()
    try:
        resolved.relative_to(folder)
    except ValueError:
        problems.append((row, f"{column} {value!r} leads outside the roster's folder "
                              f"{folder}; keep the students' exports inside it"))
        return None
    if not resolved.exists():
        problems.append((row, f"{column} {value!r} does not exist (looked for {resolved})"))
        return None
    if want_dir is False and not resolved.is_file():
        problems.append((row, f"{column} {value!r} is not a file"))
        return None
    return resolved


def _check_roles(students: list[Student]) -> list[tuple[int, str]]:
    """Every distinct role loads as a rubric; a bad one is reported on the first row using it."""
    from assessor.rubric import load_rubric

    problems = []
    seen: dict[str, list[int]] = {}
    for s in students:
        if s.role:
            seen.setdefault(s.role, []).append(s.row)
    for role, rows in seen.items():
        try:
            load_rubric(role)
        except RubricError as exc:
            where = f" (also rows {', '.join(map(str, rows[1:6]))}" + \
                (", ..." if len(rows) > 6 else "") + ")" if len(rows) > 1 else ""
            problems.append((rows[0], f"role: {exc}{where}"))
    return problems
