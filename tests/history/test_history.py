"""The history store: record, previous, trend, forget, and upgrading old files."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

import pytest

from assessor.history import SCHEMA_VERSION, History, HistoryError, default_path, migrate


def _at(result, as_of, **changes):
    return dataclasses.replace(result, as_of=as_of, **changes)


def test_record_returns_the_assessment_before(amara, tmp_path):
    with History(tmp_path / "h.sqlite3") as h:
        assert h.record(_at(amara, "2026-05-01", overall=50.0)) is None
        before = h.record(_at(amara, "2026-08-01", overall=60.0))
        assert before is not None and (before.as_of, before.overall) == ("2026-05-01", 50.0)
        # Same person, role and date again: it replaces the stored one (issue 12), and the
        # previous one is still the one from an earlier date.
        same_day = h.record(_at(amara, "2026-08-01", overall=61.0))
        assert same_day is not None and same_day.overall == 50.0
        assert [(e.as_of, e.overall) for e in h.trend("S001")] == [
            ("2026-05-01", 50.0), ("2026-08-01", 61.0)]
        # An older date recorded later still finds only what is older than it.
        assert h.record(_at(amara, "2026-01-01")) is None


def test_previous_is_per_person_and_role(amara, tmp_path):
    with History(tmp_path / "h.sqlite3") as h:
        h.add(_at(amara, "2026-05-01"))
        assert h.previous("S001", amara.role, "2026-11-20") is not None
        assert h.previous("S001", "data-analyst", "2026-11-20") is None
        assert h.previous("S999", amara.role, "2026-11-20") is None
        assert h.previous("S001", amara.role, "2026-05-01", before_row=0) is None


def test_trend_oldest_first_with_scores_and_red_flags(amara, tmp_path):
    with History(tmp_path / "h.sqlite3") as h:
        h.add(_at(amara, "2026-09-01", overall=70.0))
        h.add(_at(amara, "2026-03-01", overall=40.0, red_flags=amara.red_flags[:0]))
        h.add(_at(amara, "2026-06-01", overall=55.0, role="data-analyst"))
        trend = h.trend("S001", amara.role)
        assert [(e.as_of, e.overall) for e in trend] == [("2026-03-01", 40.0),
                                                         ("2026-09-01", 70.0)]
        assert trend[0].dimensions == {k: d.score for k, d in amara.dimensions.items()}
        assert trend[1].red_flags == len(amara.red_flags)
        assert {e.role for e in h.trend("S001")} == {amara.role, "data-analyst"}


def test_forget_deletes_every_trace_of_one_person(amara, tmp_path):
    path = tmp_path / "h.sqlite3"
    other = dataclasses.replace(amara, candidate_id="S002", candidate_name="Blake Sterling")
    with History(path) as h:
        h.add(_at(amara, "2026-05-01"))
        h.add(_at(amara, "2026-06-01", role="data-analyst"))
        h.add(other)
        assert h.forget("S001") == 2
        assert h.forget("S001") == 0
        assert h.trend("S001") == [] and len(h.trend("S002")) == 1
    data = path.read_bytes()
    assert b"Amara Okafor" not in data and b"Blake Sterling" in data


def test_a_version_1_file_is_upgraded_with_its_rows_filled_in(amara, tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    assert migrate(db, to=1) == 1
    db.execute("INSERT INTO assessments (candidate_id, role, as_of, overall, band, result_json) "
               "VALUES (?, ?, ?, ?, ?, ?)", ("S001", amara.role, "2026-01-15", 42.0,
                                             "developing", amara.to_json()))
    db.close()
    with History(path) as h:
        assert h.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        (entry,) = h.trend("S001")
        assert entry.red_flags == len(amara.red_flags)
        assert entry.dimensions["network_quality"] == amara.dimensions["network_quality"].score
        assert h.previous("S001", amara.role, "2026-11-20").candidate_name == "Amara Okafor"


def test_files_that_are_not_a_history_are_refused_by_name(tmp_path):
    newer = tmp_path / "newer.sqlite3"
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(HistoryError, match=rf"^{newer}: was written by a newer assessor"):
        History(newer)
    foreign = tmp_path / "foreign.sqlite3"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.close()
    with pytest.raises(HistoryError, match="is an SQLite file but not an assessor history"):
        History(foreign)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(HistoryError, match=rf"^{garbage}: is not a readable history file"):
        History(garbage)
    with pytest.raises(HistoryError, match="is a folder"):
        History(tmp_path)


def test_a_damaged_stored_result_is_reported_not_crashed(amara, tmp_path):
    path = tmp_path / "h.sqlite3"
    with History(path) as h:
        h.add(_at(amara, "2026-01-01"))
        h.db.execute("UPDATE assessments SET result_json = ?", (json.dumps({"x": 1}),))
        with pytest.raises(HistoryError, match="a stored result for S001 cannot be read"):
            h.previous("S001", amara.role, "2026-11-20")


def test_default_file_is_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_path() == tmp_path / "assessor" / "history.sqlite3"


def test_several_openers_creating_the_same_new_history_all_succeed(tmp_path):
    # Two web requests (or batch and assess) opening a history file that does not exist yet:
    # one creates it and its tables, the other waits and finds them.
    import threading

    from assessor.history import SCHEMA_VERSION, open_history

    errors: list[BaseException] = []

    def opener(path) -> None:
        try:
            with open_history(path) as store:
                assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    for i in range(15):
        path = tmp_path / f"h{i}.sqlite3"
        threads = [threading.Thread(target=opener, args=(path,)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    assert errors == []


def test_an_up_to_date_history_opens_while_another_process_writes(amara, tmp_path):
    """Reading (assessor history, report, the web pages) never waits for a writer's lock."""
    path = tmp_path / "h.sqlite3"
    with History(path) as h:
        h.add(amara)
    writer = sqlite3.connect(path, isolation_level=None, timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # another assessment is being stored
    try:
        with History(path) as h:
            assert len(h.trend(amara.candidate_id)) == 1
    finally:
        writer.execute("ROLLBACK")
        writer.close()
