"""Small inputs that cost a lot, and input mistakes that used to look like crashes (issue 11).

Items 9 (caps on rubrics and spreadsheets), 10 (finite weights) and 11 (exit 2 with a clear
message, never the internal-error exit 3).
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from hostile_files import budget
from support import EXAMPLES, ROOT
from typer.testing import CliRunner

from assessor.batch.roster import read_roster
from assessor.cli import app
from assessor.errors import RosterError, RubricError
from assessor.rubric import MAX_RUBRIC_NODES, parse_rubric

SE = (ROOT / "rubrics" / "software-engineer.yaml").read_text()
ROLE = "software-engineer"


def alias_rubric(refs: int = 700) -> str:
    """A 23 KB rubric whose criteria lists are hundreds of aliases of one criterion."""
    text = SE.replace("      - signal: keyword_coverage\n",
                      "      - &c\n        signal: keyword_coverage\n", 1)
    out, skipping, first = [], False, True
    for line in text.split("\n"):
        if re.match(r"^    criteria:", line):
            if first:
                first = False
                out.append(line)
                continue
            out.append("    criteria: [" + ", ".join(["*c"] * refs) + "]")
            skipping = True
            continue
        if skipping and (line.startswith("      ") or not line.strip()):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out)


# -- 9. caps ---------------------------------------------------------------------------------------
def test_a_rubric_that_expands_through_aliases_is_refused_quickly() -> None:
    text = alias_rubric()
    assert len(text) < 25_000
    with budget("alias rubric"), pytest.raises(RubricError) as info:
        parse_rubric(text, "alias.yaml")
    assert f"more than {MAX_RUBRIC_NODES:,}" in str(info.value)
    assert str(info.value).startswith("alias.yaml: ")


def test_a_few_aliases_are_still_fine() -> None:
    text = SE.replace("  recruiters: [", "  recruiters: &r [", 1)
    assert parse_rubric(text, "ok.yaml").role == ROLE


def test_a_workbook_claiming_a_huge_sheet_is_refused(tmp_path: Path) -> None:
    import openpyxl

    (tmp_path / "a").mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["student_id", "name", "path"])
    ws.append(["S1", "A", "a"])
    ws["XFD1048576"] = "x"
    wb.save(tmp_path / "far.xlsx")
    assert (tmp_path / "far.xlsx").stat().st_size < 10_000
    with budget("far cell"), pytest.raises(RosterError, match="too large"):
        read_roster(tmp_path / "far.xlsx", role=ROLE)


def test_an_xlsx_billion_laughs_is_an_input_error(tmp_path: Path) -> None:
    import openpyxl

    (tmp_path / "a").mkdir()
    wb = openpyxl.Workbook()
    wb.active.append(["student_id", "name", "path"])
    wb.save(tmp_path / "plain.xlsx")
    lol = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)) + "]>"
    src = zipfile.ZipFile(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "lol.xlsx", "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/sharedStrings.xml" or item.filename.endswith("sheet1.xml"):
                text = data.decode()
                text = text.replace("?>", "?>" + lol, 1)
                data = text.replace("<t>name</t>", "<t>&i;</t>").encode()
            dst.writestr(item, data)
    with budget("xlsx laughs"):
        res = CliRunner().invoke(app, ["batch", str(tmp_path / "lol.xlsx"), "--out",
                                       str(tmp_path / "out"), "--role", ROLE])
    assert res.exit_code == 2, res.output
    assert "lol.xlsx" in res.output and "internal error" not in res.output


# -- 10. weights -----------------------------------------------------------------------------------
@pytest.mark.parametrize("value", [".inf", "1e308", ".nan", "-.inf", "100001"])
def test_rubric_weights_must_be_finite_and_bounded(value: str) -> None:
    old = "  business_alignment:\n    weight: 14\n"
    assert old in SE
    with pytest.raises(RubricError, match=r"^w\.yaml: dimensions\.business_alignment\.weight: "
                                          r".*\(line \d+\)"):
        parse_rubric(SE.replace(old, f"  business_alignment:\n    weight: {value}\n"), "w.yaml")
    crit = "        weight: 40\n"
    with pytest.raises(RubricError, match=r"criteria\.0\.weight: .*\(line \d+\)"):
        parse_rubric(SE.replace(crit, f"        weight: {value}\n", 1), "w.yaml")


def test_curve_values_must_be_finite() -> None:
    old = "curve: {poor: 0.0, fair: 0.25, good: 0.45, excellent: 0.65}"
    assert old in SE
    with pytest.raises(RubricError, match=r"curve\.excellent"):
        parse_rubric(SE.replace(old, old.replace("0.65", ".inf")), "c.yaml")


# -- 11. input errors exit 2 -----------------------------------------------------------------------
def _assess(*extra: str) -> object:
    return CliRunner().invoke(app, ["assess", str(EXAMPLES / "lin-wei"), "--role", ROLE,
                                    "--no-history", *extra])


def _clean_exit_2(res: object, *words: str) -> None:
    out = res.output  # type: ignore[attr-defined]
    assert res.exit_code == 2, out  # type: ignore[attr-defined]
    assert "internal error" not in out and "Traceback" not in out
    for w in words:
        assert w in out, out


def test_pdf_at_a_folder_or_a_system_file_is_an_input_error(tmp_path: Path) -> None:
    _clean_exit_2(_assess("--pdf", str(tmp_path)), str(tmp_path))
    _clean_exit_2(_assess("--pdf", "/proc/version"), "/proc/version")


def test_an_absurd_as_of_date_is_an_input_error() -> None:
    _clean_exit_2(_assess("--as-of", "0001-01-01"), "--as-of")
    _clean_exit_2(_assess("--as-of", "9999-12-31"), "--as-of")


@pytest.mark.parametrize("kind", ["deep", "digits"])
def test_a_hostile_result_json_is_an_input_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "r.json"
    path.write_text("[" * 100_000 if kind == "deep" else
                    json.dumps({"schema_version": 1}).replace("1", "9" * 5000))
    res = CliRunner().invoke(app, ["report", str(path), "--pdf", str(tmp_path / "r.pdf"),
                                   "--no-history"])
    _clean_exit_2(res, str(path))


def test_a_dask_address_that_is_not_one_fails_fast(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    (tmp_path / "a").mkdir()
    roster.write_text("student_id,name,path\nS1,A,a\n", encoding="utf-8")
    with budget("dask address", seconds=5):
        res = CliRunner().invoke(app, ["batch", str(roster), "--out", str(tmp_path / "out"),
                                       "--role", ROLE, "--dask", "not a url"])
    _clean_exit_2(res, "--dask")


def _archive(path: Path, files: int) -> Path:
    """A zip or tar (by ``path``'s suffix) of ``files`` small JSON files."""
    import tarfile

    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w") as zf:
            for i in range(files):
                zf.writestr(f"posts/{i}.json", "[]")
        return path
    body = path.with_suffix(".json")
    body.write_text("[]")
    with tarfile.open(path, "w") as tf:
        for i in range(files):
            tf.add(body, arcname=f"posts/{i}.json")
    return path


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_an_archive_of_too_many_files_is_refused_whatever_its_kind(
        kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The member cap holds for tar archives as for zips (it used to be zip-only)."""
    from assessor.errors import InputError
    from assessor.ingest import bundle as bundle_module

    monkeypatch.setattr(bundle_module, "MAX_MEMBERS", 10)
    with pytest.raises(InputError) as info:
        bundle_module.Bundle.open(_archive(tmp_path / f"eleven.{kind}", 11))
    assert str(info.value).endswith("holds more than 10 files")
    assert len(bundle_module.Bundle.open(_archive(tmp_path / f"ten.{kind}", 10)).names()) == 10
