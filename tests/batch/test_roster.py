"""Reading and checking class rosters: every problem named with its spreadsheet row."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from support import EXAMPLES
from typer.testing import CliRunner

from assessor.batch.roster import read_roster
from assessor.cli import app
from assessor.errors import RosterError


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A roster folder with two candidate folders (empty is enough: rosters are not read)."""
    for name in ("amara", "lin"):
        (tmp_path / name).mkdir()
    (tmp_path / "posting.txt").write_text("We want a marketing specialist.", encoding="utf-8")
    return tmp_path


def write(folder: Path, text: str, name: str = "roster.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problem(path: Path, **kw: object) -> str:
    with pytest.raises(RosterError) as info:
        read_roster(path, **kw)  # type: ignore[arg-type]
    return str(info.value)


def test_a_good_roster_keeps_order_extra_columns_and_resolves_paths(folder: Path) -> None:
    path = write(folder, "student_id,name,path,role,job,advisor\n"
                         "S1,Amara,amara,social-media-manager,,Ms Ode\n"
                         "S2,Lin,lin,,posting.txt,Mr Tan\n")
    roster = read_roster(path, role="marketing-specialist")
    assert [s.student_id for s in roster.students] == ["S1", "S2"]
    assert [s.row for s in roster.students] == [2, 3]
    assert roster.students[0].path == (folder / "amara").resolve()
    assert roster.students[1].role == "marketing-specialist"
    assert roster.students[1].job == (folder / "posting.txt").resolve()
    assert roster.extra_columns == ("advisor",)
    assert roster.students[1].extra == {"advisor": "Mr Tan"}


def test_header_names_are_matched_loosely(folder: Path) -> None:
    path = write(folder, "Student ID, Name ,Path\nS1,Amara,amara\n")
    assert read_roster(path, role="data-analyst").students[0].student_id == "S1"


def test_missing_columns(folder: Path) -> None:
    path = write(folder, "student_id,name,role\nS1,Amara,data-analyst\n")
    assert problem(path) == (f"{path}: missing column path; the header has student_id, "
                             "name, role. Expected student_id, name, path and optionally "
                             "role, job")


def test_duplicate_ids_name_every_row(folder: Path) -> None:
    path = write(folder, "student_id,name,path\nS1,A,amara\nS2,B,lin\ns1,C,lin\n")
    assert problem(path, role="data-analyst") == (
        f"{path}: row 4: duplicate student_id 'S1' (rows 2, 4)")


def test_path_escaping_the_folder(folder: Path) -> None:
    path = write(folder, "student_id,name,path\nS1,A,../elsewhere\n")
    assert problem(path, role="data-analyst") == (
        f"{path}: row 2: path '../elsewhere' leads outside the roster's folder "
        f"{folder.resolve()}; keep the students' exports inside it")


def test_a_symlink_out_of_the_folder_escapes_too(folder: Path, tmp_path_factory) -> None:
    outside = tmp_path_factory.mktemp("outside")
    (folder / "link").symlink_to(outside, target_is_directory=True)
    path = write(folder, "student_id,name,path\nS1,A,link\n")
    assert "row 2: path 'link' leads outside the roster's folder" in problem(
        path, role="data-analyst")


def test_nonexistent_path(folder: Path) -> None:
    path = write(folder, "student_id,name,path\nS1,A,amara\nS2,B,nobody\n")
    assert problem(path, role="data-analyst") == (
        f"{path}: row 3: path 'nobody' does not exist (looked for "
        f"{(folder / 'nobody').resolve()})")


def test_empty_roster(folder: Path) -> None:
    header_only = write(folder, "student_id,name,path\n")
    assert problem(header_only) == f"{header_only}: has no students: there is a header but no rows"
    empty = write(folder, "", "empty.csv")
    assert problem(empty) == (f"{empty}: is empty; expected a header row with student_id, "
                              "name, path")


def test_unreadable_files(folder: Path) -> None:
    assert problem(folder / "none.csv") == (f"{folder / 'none.csv'}: no such roster file; "
                                            "expected a .csv or .xlsx file")
    old = write(folder, "x", "roster.xls")
    assert "old Excel .xls files are not read" in problem(old)
    junk = folder / "roster.xlsx"
    junk.write_bytes(b"this is not a workbook")
    assert problem(junk).startswith(f"{junk}: is not a readable .xlsx workbook")
    latin = folder / "latin.csv"
    latin.write_bytes("student_id,name,path\nS1,Ram\xedrez,amara\n".encode("latin-1"))
    assert problem(latin) == f"{latin}: is not UTF-8 text; in Excel use Save As > CSV UTF-8"


def test_every_row_problem_is_listed_with_blank_rows_counted(folder: Path) -> None:
    path = write(folder, "student_id,name,path,role\n"
                         "S1,A,amara,\n"
                         "\n"
                         ",B,lin,data-analyst\n"
                         "S3,C,,no-such-role\n")
    text = problem(path)
    assert text.startswith(f"{path}: 4 problems:\n")
    assert "\n  row 2: no role: fill the role column or pass --role" in text
    assert "\n  row 4: student_id is empty" in text
    assert "\n  row 5: path is empty" in text
    assert re.search(r"\n  row 5: role: unknown role 'no-such-role'\. Available roles: ", text)


def test_a_student_id_must_be_a_file_name(folder: Path) -> None:
    path = write(folder, "student_id,name,path\n../x,A,amara\n")
    assert "row 2: student_id '../x' cannot name a file" in problem(path, role="data-analyst")


# -- Excel ---------------------------------------------------------------------------------

def _with_cached_value(path: Path, cell: str, value: str) -> None:
    """Store a formula's value as Excel would (openpyxl writes formulas without values)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text, n = re.subn(rf'<c r="{cell}"( [^>]*)?><f>(.*?)</f><v\s*/>',
                                  rf'<c r="{cell}" t="str"><f>\2</f><v>{value}</v>', text)
                assert n == 1
                data = text.encode()
            dst.writestr(item, data)
    shutil.move(tmp, path)


def test_excel_formula_values_merged_header_and_merged_role(folder: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Spring class roster"])                                # a title row
    ws.merge_cells("A1:F1")
    ws.append(["Student ID", "Name", "Path", "Role", "Contact", None])
    ws.append([None, None, None, None, "email", "phone"])
    for col in "ABCD":                                                # header merged down
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("E2:F2")                                           # header merged across
    ws.append([1001, "Amara", "amara", "social-media-manager", "a@x.org", 555])
    ws.append(['="S"&(A4+1)', "Lin", "lin", None, "l@x.org", None])
    ws.merge_cells("D4:D5")                                           # one role for both
    path = folder / "roster.xlsx"
    wb.save(path)
    _with_cached_value(path, "A5", "S1002")

    roster = read_roster(path)
    assert [(s.row, s.student_id, s.role) for s in roster.students] == [
        (4, "1001", "social-media-manager"), (5, "S1002", "social-media-manager")]
    assert roster.extra_columns == ("Contact email", "Contact phone")
    assert roster.students[0].extra == {"Contact email": "a@x.org", "Contact phone": "555"}


def test_excel_formula_without_a_saved_value_is_explained(folder: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["student_id", "name", "path"])
    wb.active.append(["S1", "Amara", '="am"&"ara"'])
    path = folder / "roster.xlsx"
    wb.save(path)
    assert problem(path, role="data-analyst") == (
        f'{path}: row 2: column path holds the formula ="am"&"ara" with no saved value; open '
        "the workbook in Excel or LibreOffice and save it so its values are stored")


def test_a_row_of_formulas_without_saved_values_is_explained_not_dropped(folder: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["student_id", "name", "path"])
    wb.active.append(["S1", "Amara", "amara"])
    wb.active.append(['="S2"', '="Lin"', '="lin"'])  # reads as a blank row
    path = folder / "roster.xlsx"
    wb.save(path)
    text = problem(path, role="data-analyst")
    assert text.startswith(f"{path}: 3 problems:") and text.count("row 3: column") == 3


def test_the_cli_exits_2_on_a_bad_roster(folder: Path) -> None:
    path = write(folder, "student_id,name,path\nS1,A,amara\nS1,B,lin\n")
    res = CliRunner().invoke(app, ["batch", str(path), "--out", str(folder / "out"),
                                   "--role", "data-analyst"])
    assert res.exit_code == 2
    assert res.stderr == f"Error: {path}: row 3: duplicate student_id 'S1' (rows 2, 3)\n"
    assert not (folder / "out").exists()


def test_the_example_roster_reads() -> None:
    roster = read_roster(EXAMPLES / "roster.csv")
    assert [s.student_id for s in roster.students] == ["S001", "S002", "S003", "S004", "S005"]


def test_csv_quirks_spreadsheets_write(folder: Path) -> None:
    # Trailing empty cells (Excel writes them) are no extra cells; a repeated header name is
    # numbered as in a workbook; a value with a comma or a line break is quoted.
    path = write(folder, "\ufeffstudent_id,name,path,advisor,advisor,,\n"
                         'S1,"Okafor, Amara",amara,Tan,"Lee\nLi",,\n\nS2,Lin,lin,,,,\n')
    roster = read_roster(path, role="data-analyst")
    assert [(s.row, s.student_id, s.name) for s in roster.students] == [
        (2, "S1", "Okafor, Amara"), (4, "S2", "Lin")]
    assert roster.extra_columns == ("advisor", "advisor (2)", "column F", "column G")
    assert roster.students[0].extra["advisor (2)"] == "Lee\nLi"


def test_an_unclosed_quote_is_named_and_a_stray_one_read_as_spreadsheets_do(folder: Path
                                                                           ) -> None:
    path = write(folder, 'student_id,name,path\nS1,"Amara,amara\n')
    assert problem(path, role="data-analyst") == (
        f'{path}: row 2: has a double quote that is never closed; check the row where a value '
        'starts with " and make sure it ends with one')
    stray = write(folder, 'student_id,name,path\nS1,"Amara" Okafor,amara\n', "stray.csv")
    assert read_roster(stray, role="data-analyst").students[0].name == "Amara Okafor"
    # A stray quote first does not hide an unclosed one later (read leniently, it would
    # swallow the rows after it into one cell).
    both = write(folder, 'student_id,name,path,note\nS1,"Amara" Okafor,amara,\n'
                         'S2,Lin,lin,"see me\nS3,X,amara,\n', "both.csv")
    assert "row 3: has a double quote that is never closed" in problem(both, role="data-analyst")


def test_the_header_is_the_first_row_that_is_not_blank(folder: Path) -> None:
    path = write(folder, "\nsep=,\nstudent_id,name,path,advisor,advisor (2),advisor\n"
                         "S1,Amara,amara,a,b,c\n")
    roster = read_roster(path, role="data-analyst")
    assert [(s.row, s.student_id) for s in roster.students] == [(4, "S1")]
    # a repeated name never takes a name the header already has
    assert roster.extra_columns == ("advisor", "advisor (2)", "advisor (3)")
    assert roster.students[0].extra == {"advisor": "a", "advisor (2)": "b", "advisor (3)": "c"}


def test_reading_a_roster_does_not_load_pandas() -> None:
    """The batch's own process reads the roster and runs for the whole batch: pandas and numpy
    would add some 40 MB to it (a fresh process, as other tests load pandas)."""
    import subprocess
    import sys

    code = ("import sys; from assessor.batch.roster import read_roster; "
            f"assert len(read_roster({str(EXAMPLES / 'roster.csv')!r})) == 5; "
            "assert not {'pandas', 'numpy'} & set(sys.modules), sorted(sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)
