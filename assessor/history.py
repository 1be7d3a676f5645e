"""The assessment history: every result, per person and role, in a local SQLite file.

Beside the pipeline, not inside it: ``assessor assess`` stores each result here and asks for
the previous one, so the report can show progress. The file is the user's own (by default in
``platformdirs.user_data_dir('assessor')``), and :meth:`History.forget` deletes one person
completely. ::

    with open_history() as history:
        previous = history.record(result)   # store, and get the one before it

The schema is versioned with ``PRAGMA user_version`` and upgraded by :data:`MIGRATIONS`, an
ordered list of functions: migration ``n`` takes a file from version ``n`` to ``n + 1``.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assessor.errors import HistoryError
from assessor.result import Assessment

DB_NAME = "history.sqlite3"


@dataclass(frozen=True)
class Entry:
    """One stored assessment, as the trend shows it."""

    row_id: int
    candidate_id: str
    role: str
    as_of: str
    overall: float
    band: str
    dimensions: dict[str, float]
    red_flags: int


def default_path() -> Path:
    """``<user data dir>/assessor/history.sqlite3`` (the folder is not created here)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("assessor")) / DB_NAME


# -- schema migrations ------------------------------------------------------------------

def _v0_to_v1(db: sqlite3.Connection) -> None:
    """The first schema: one row per assessment with its full JSON."""
    db.execute("""
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            candidate_id TEXT NOT NULL,
            role TEXT NOT NULL,
            as_of TEXT NOT NULL,
            overall REAL NOT NULL,
            band TEXT NOT NULL,
            result_json TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX assessments_by_person ON assessments (candidate_id, role, as_of)")


def _v1_to_v2(db: sqlite3.Connection) -> None:
    """Dimension scores and the red-flag count as columns, filled in from the stored JSON."""
    db.execute("ALTER TABLE assessments ADD COLUMN dimensions_json TEXT NOT NULL DEFAULT '{}'")
    db.execute("ALTER TABLE assessments ADD COLUMN red_flags INTEGER NOT NULL DEFAULT 0")
    rows = db.execute("SELECT id, result_json FROM assessments").fetchall()
    for row_id, text in rows:
        data = json.loads(text)
        dims = {k: v["score"] for k, v in data.get("dimensions", {}).items()}
        db.execute("UPDATE assessments SET dimensions_json = ?, red_flags = ? WHERE id = ?",
                   (json.dumps(dims), len(data.get("red_flags", [])), row_id))


#: Migration ``i`` upgrades a file from version ``i`` to ``i + 1``.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v0_to_v1, _v1_to_v2)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection, *, to: int = SCHEMA_VERSION) -> int:
    """Bring an open database up to schema version ``to``; each step in its own transaction.

    Returns
    -------
    int
        The version the database is at afterwards.
    """
    while True:
        # IMMEDIATE: a second process opening a new file waits here, then sees the version
        # the first one wrote, instead of creating the same tables again.
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version >= to:
                db.execute("COMMIT")
                return int(version)
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


# -- the store ---------------------------------------------------------------------------

_COLUMNS = "id, candidate_id, role, as_of, overall, band, dimensions_json, red_flags"


def _entry(row: tuple[Any, ...]) -> Entry:
    return Entry(row_id=row[0], candidate_id=row[1], role=row[2], as_of=row[3],
                 overall=row[4], band=row[5], dimensions=json.loads(row[6]), red_flags=row[7])


class History:
    """Stored assessments in one SQLite file, created or upgraded as needed when opened.

    Use it as a context manager (``with History(path) as h: ...``) or call :meth:`close`.

    Parameters
    ----------
    path
        The SQLite file; default :func:`default_path`.

    Raises
    ------
    HistoryError
        When the file is not an assessor history, is damaged, or was written by a newer
        version of assessor. Every method raises it, too, for a file damaged later.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        if self.path.is_dir():
            raise HistoryError(self.path, f"is a folder; expected a history file such as "
                               f"{DB_NAME}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Private, like every other output (0600); O_EXCL never follows a link, and
            # FileExistsError means the file is there already (or another process was first).
            with contextlib.suppress(FileExistsError):
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            # Autocommit: each write below is one statement, atomic on its own, and
            # migrate() opens its own transactions.
            self.db = sqlite3.connect(self.path, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(self.path, f"cannot be opened ({exc})") from None
        try:
            with self._reading():
                # Only an old or new file takes the write lock: opening an up-to-date history
                # to read it never waits for another process that is writing.
                if self._check() < SCHEMA_VERSION:
                    migrate(self.db)
        except BaseException:
            self.db.close()
            raise

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            raise HistoryError(self.path, f"is not a readable history file ({exc})") from None

    def _check(self) -> int:
        """The file's schema version, refusing a newer one or a foreign SQLite file."""
        self.db.execute("BEGIN")  # one snapshot: another process may be creating the file
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in
                      self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            self.db.execute("COMMIT")
        if version > SCHEMA_VERSION:
            raise HistoryError(self.path, f"was written by a newer assessor (schema {version}; "
                               f"this one reads up to {SCHEMA_VERSION}); upgrade assessor")
        if version == 0 and tables - {"sqlite_sequence"}:
            raise HistoryError(self.path, "is an SQLite file but not an assessor history")
        return int(version)

    def add(self, result: Assessment) -> int:
        """Store one assessment; returns its row id.

        A person has one assessment per role and date: assessing again on the same date
        replaces the stored one (in one transaction), so the trend has no duplicates.
        """
        dims = {k: d.score for k, d in result.dimensions.items()}
        with self._reading():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.execute("DELETE FROM assessments WHERE candidate_id = ? AND role = ? "
                                "AND as_of = ?", (result.candidate_id, result.role,
                                                  result.as_of))
                cur = self.db.execute(
                    "INSERT INTO assessments (candidate_id, role, as_of, overall, band, "
                    "result_json, dimensions_json, red_flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (result.candidate_id, result.role, result.as_of, result.overall,
                     result.band, result.to_json(indent=None), json.dumps(dims),
                     len(result.red_flags)))
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        return int(cur.lastrowid or 0)

    def previous(self, candidate_id: str, role: str, as_of: str, *,
                 before_row: int | None = None) -> Assessment | None:
        """The latest stored assessment of this person and role before ``as_of``.

        One on the same date counts as earlier when it was stored earlier: before row
        ``before_row`` if given, otherwise any stored so far.
        """
        same_day = "as_of = ?" + (" AND id < ?" if before_row is not None else "")
        args = (candidate_id, role, as_of, as_of) + ((before_row,) if before_row is not None
                                                     else ())
        with self._reading():
            row = self.db.execute(
                "SELECT result_json FROM assessments WHERE candidate_id = ? AND role = ? "
                f"AND (as_of < ? OR ({same_day})) ORDER BY as_of DESC, id DESC LIMIT 1",
                args).fetchone()
        if row is None:
            return None
        try:
            return Assessment.from_dict(json.loads(row[0]))
        except (ValueError, KeyError, TypeError) as exc:
            raise HistoryError(self.path, f"a stored result for {candidate_id} cannot be read "
                               f"({type(exc).__name__}: {exc}); `assessor history "
                               f"{candidate_id} --forget` deletes it") from None

    def record(self, result: Assessment) -> Assessment | None:
        """Store ``result`` (replacing one of the same date) and return the latest one from
        an earlier date, for the progress section."""
        before = self.previous(result.candidate_id, result.role, result.as_of, before_row=0)
        self.add(result)
        return before

    def trend(self, candidate_id: str, role: str | None = None) -> list[Entry]:
        """Every stored assessment of a person (for one role, or all), oldest first."""
        sql = f"SELECT {_COLUMNS} FROM assessments WHERE candidate_id = ?"
        args: tuple[str, ...] = (candidate_id,)
        if role is not None:
            sql += " AND role = ?"
            args += (role,)
        with self._reading():
            rows = self.db.execute(sql + " ORDER BY role, as_of, id", args).fetchall()
        return [_entry(r) for r in rows]

    def forget(self, candidate_id: str) -> int:
        """Delete everything stored for a person, leaving no trace in the file's free pages.

        Returns
        -------
        int
            How many assessments were deleted.
        """
        with self._reading():
            self.db.execute("PRAGMA secure_delete = ON")
            n = self.db.execute("DELETE FROM assessments WHERE candidate_id = ?",
                                (candidate_id,)).rowcount
            if n:
                self.db.execute("VACUUM")
        return n


def open_history(path: str | Path | None = None) -> History:
    """Open the history file (default :func:`default_path`); see :class:`History`."""
    return History(path)
