"""The LinkedIn importer, against exports shaped like the real ones (invented people).

Fixtures are built here as exact file text: UTF-8, LF, fields quoted only when needed and no
newline after the last row, as LinkedIn writes them. Each export is written both as an unpacked
folder and as the zip a person downloads.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.candidate import Platform, PostKind, Source
from assessor.errors import InputError
from assessor.ingest import linkedin, load_candidate
from assessor.ingest.bundle import Bundle


def csv_text(*lines: str) -> str:
    """Lines joined as LinkedIn writes them: LF, no newline after the last row."""
    return "\n".join(lines)


PROFILE = csv_text(
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers",
    'Maren,Okafor,,,Apr 22,UX Designer | Accessibility & Research,"I design calm, accessible '
    "tools.",
    'Currently at Lumen Health.",Design Services,,"Rotterdam, South Holland, Netherlands",'
    '[marenokafor],"[PORTFOLIO:https://marenokafor.design,BLOG:https://notes.marenokafor.design]",',
)
POSITIONS = csv_text(
    "Company Name,Title,Description,Location,Started On,Finished On",
    "Lumen Health,Senior UX Designer,Leads research for the patient app.,"
    '"Rotterdam, Netherlands",Nov 2022,',
    "Studio Kade,UX Designer,\"Booking flows, design system and usability tests.\","
    "Amsterdam,Mar 2019,Oct 2022",
)
EDUCATION = csv_text(
    "School Name,Start Date,End Date,Notes,Degree Name,Activities",
    'Delft University of Technology,2015,2019,,"Bachelor of Science - BS, Industrial Design",'
    "Study association Io",
    "Interaction Design Foundation,Nov 2021,Nov 2021,,Certificate,",
)
SKILLS = csv_text("Name", "User Research", "Accessibility", "Figma")
LANGUAGES = csv_text(
    "Name,Proficiency",
    "English,Full professional proficiency",
    "Dutch,Native or bilingual proficiency",
)
CERTIFICATIONS = csv_text(
    "Name,Url,Authority,Started On,Finished On,License Number",
    "Certified Professional in Accessibility Core Competencies (CPACC),"
    "https://www.credly.com/badges/0f1e2d3c,IAAP,Jan 2022,,CPACC-88213",
)
PROJECTS = csv_text(
    "Title,Description,Url,Started On,Finished On",
    "Open accessibility checklist,A plain-language checklist for product teams.,"
    "https://github.com/example/a11y-checklist,May 2018,Dec 2019",
)
RECOMMENDATIONS = csv_text(
    "First Name,Last Name,Company,Job Title,Text,Creation Date,Status",
    'Ines,Carvalho,Studio Kade,Design Lead,"Maren ran our research practice with care, rigour '
    'and humour.","12/09/22, 07:18 PM",VISIBLE',
    'Jonas,Weber,Lumen Health,Engineer,Great to work with.,"03/01/23, 10:02 AM",HIDDEN',
)
ENDORSEMENTS = csv_text(
    "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,"
    "Endorsement Status",
    "2021/08/11 11:00:31 UTC,User Research,Tomas,Brandt,www.linkedin.com/in/tomasbrandt,ACCEPTED",
    "2023/02/27 16:45:09 UTC,Accessibility,Ines,Carvalho,www.linkedin.com/in/ines-carvalho-4b1a2,"
    "ACCEPTED",
)
CONNECTIONS = csv_text(
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "Tomas,Brandt,https://www.linkedin.com/in/tomasbrandt,,Lumen Health,Product Manager,"
    "04 Jul 2023",
    ",,,,,,",
    "Ines,Carvalho,https://www.linkedin.com/in/ines-carvalho-4b1a2,ines@example.org,"
    '"Studio Kade, B.V.",Design Lead,12 Jan 2021',
    ",,,,,,03 Mar 2022",
    "Priya,Natarajan,https://www.linkedin.com/in/priyanatarajan,,,,17 Jun 2023",
)
INVITATIONS = csv_text(
    "From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn",
    'Maren Okafor,Priya Natarajan,"6/17/23, 6:18 AM","Hi Priya, loved your talk on inclusive '
    'forms.",OUTGOING,urn:li:fsd_profile:ACoAAB1x2y3,urn:li:fsd_profile:ACoAAC4d5e6',
    'Jonas Weber,Maren Okafor,"5/2/23, 11:04 PM",,INCOMING,urn:li:fsd_profile:ACoAAD7f8g9,'
    "urn:li:fsd_profile:ACoAAB1x2y3",
)
# A multi-line post: every line after the first arrives wrapped in quote characters.
SHARES = csv_text(
    "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility",
    "2025-07-01 14:33:22,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345678901234567890,"
    '"Three things I learned running 40 usability sessions this spring:""',
    '""""',
    '""1. Recruit early.""',
    '""2. Pay people.""',
    '""""',
    '""Which one surprised you?",,,MEMBER_NETWORK',
    "2025-06-12 09:15:03,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7338901234567890123,"
    ",https://www.nngroup.com/articles/ten-usability-heuristics/,,MEMBER_NETWORK",
    "2025-05-20 17:42:10,https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7330123456789012345,"
    "Our accessibility checklist is now open source.,https://github.com/example/a11y-checklist,,"
    "CONNECTIONS",
)
# Quotes escaped with a backslash, and a real newline inside a quoted field.
COMMENTS = csv_text(
    "Date,Link,Message",
    "2025-06-30 08:12:45,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7345000000000000001,"
    '"Great thread! We call this the \\"five-user myth\\" internally.',
    'Happy to share our notes, Tomas."',
    "2025-06-02 19:01:10,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7345000000000000001,"
    "Agreed.",
)
REACTIONS = csv_text(
    "Date,Type,Link",
    "2025-06-29 10:00:00,LIKE,https://www.linkedin.com/feed/update/urn:li:activity:7344000000000000001",
    "2025-06-28 21:13:40,EMPATHY,https://www.linkedin.com/feed/update/urn:li:activity:734400000000002",
    "2025-06-20 07:05:12,PRAISE,https://www.linkedin.com/feed/update/urn:li:activity:734400000000003",
)
ARTICLE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    "<title>Five-user tests are not a myth</title><style>body { font-family: serif; }</style>"
    '</head><body><h1><a href="https://www.linkedin.com/pulse/five-user-tests-maren-okafor-1a2b">'
    'Five-user tests are not a myth</a></h1><p class="created">Created on 2024-03-02 18:40</p>'
    '<p class="published">Published on 2024-03-04 07:15</p><div><p>Small usability tests find '
    "most of the problems that matter.</p><p>Here is how we run them &amp; what we learned."
    "</p></div></body></html>"
)
DRAFT = (
    "<html><head><title>Notes on forms</title></head><body><h1>Notes on forms</h1>"
    '<p class="created">Created on 2024-11-19 09:02</p><div><p>Labels above fields.</p></div>'
    "</body></html>"
)

BASIC: dict[str, str | bytes] = {
    "Profile.csv": PROFILE,
    "Positions.csv": POSITIONS,
    "Education.csv": EDUCATION,
    "Skills.csv": SKILLS,
    "Languages.csv": LANGUAGES,
    "Certifications.csv": CERTIFICATIONS,
    "Projects.csv": PROJECTS,
    "Recommendations_Received.csv": RECOMMENDATIONS,
    "Endorsement_Received_Info.csv": ENDORSEMENTS,
    "Connections.csv": CONNECTIONS,
    "Invitations.csv": INVITATIONS,
    "Shares.csv": SHARES,
    "Comments.csv": COMMENTS,
    "Reactions.csv": REACTIONS,
    "Company Follows.csv": csv_text("Organization,Followed On", "Lumen Health,Mon Jan 09 2023"),
    "Articles/Articles/Five-user tests are not a myth.html": ARTICLE,
    "Articles/Articles/Notes on forms.html": DRAFT,
}
ZIP_NAME = "Basic_LinkedInDataExport_07-02-2025.zip"


def write_folder(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return root


def write_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            zf.writestr(name, content)
    return path


def read_export(path: Path) -> Source:
    bundle = Bundle.open(path)
    try:
        assert linkedin.detect(bundle)
        return linkedin.read(bundle)
    finally:
        bundle.close()


def export_path(tmp_path: Path, files: dict[str, str | bytes], form: str) -> Path:
    if form == "zip":
        return write_zip(tmp_path / ZIP_NAME, files)
    return write_folder(tmp_path / "Basic_LinkedInDataExport_07-02-2025", files)


def with_files(**changes: str | bytes | None) -> dict[str, str | bytes]:
    """BASIC with files replaced (``Shares_csv="..."``) or removed (``None``)."""
    files = dict(BASIC)
    for key, content in changes.items():
        name = key.replace("_csv", ".csv")
        files.pop(name, None)
        if content is not None:
            files[name] = content
    return files


@pytest.fixture(params=["folder", "zip"])
def form(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def source(tmp_path: Path, form: str) -> Source:
    return read_export(export_path(tmp_path, BASIC, form))


# -- the export as downloaded ----------------------------------------------------------------
def test_clean_export_reads_without_warnings(source: Source, tmp_path: Path, form: str) -> None:
    assert source.platform is Platform.LINKEDIN
    assert source.path == str(export_path(tmp_path, {}, form))
    assert source.warnings == ()
    assert source.followers is None and source.following is None
    assert source.counts() == {
        "posts": 2, "articles": 2, "replies": 0, "comments": 2, "reposts": 1,
        "connections": 3, "followers": None, "following": None, "invitations": 2,
        "repositories": 0, "positions": 2, "education": 2, "skills": 3, "certifications": 1,
        "projects": 1, "recommendations": 2, "endorsements": 2, "likes_given": 3,
    }


def test_profile_facts(source: Source) -> None:
    prof = source.profile
    assert source.name == "Maren Okafor"
    assert prof.headline == "UX Designer | Accessibility & Research"
    assert prof.summary == "I design calm, accessible tools.\nCurrently at Lumen Health."
    assert prof.industry == "Design Services"
    assert prof.location == "Rotterdam, South Holland, Netherlands"
    assert prof.websites == ("https://marenokafor.design", "https://notes.marenokafor.design")
    assert prof.skills == ("User Research", "Accessibility", "Figma")
    assert prof.languages == ("English", "Dutch")


def test_positions_month_dates_and_current(source: Source) -> None:
    current, past = source.profile.positions
    assert (current.company, current.title) == ("Lumen Health", "Senior UX Designer")
    assert current.started_on == date(2022, 11, 1)
    assert current.finished_on is None and current.current
    assert current.location == "Rotterdam, Netherlands"
    assert (past.started_on, past.finished_on) == (date(2019, 3, 1), date(2022, 10, 1))
    assert past.description == "Booking flows, design system and usability tests."


def test_education_certifications_projects(source: Source) -> None:
    delft, idf = source.profile.education
    assert delft.degree == "Bachelor of Science - BS, Industrial Design"
    assert (delft.started_on, delft.finished_on) == (date(2015, 1, 1), date(2019, 1, 1))
    assert delft.activities == "Study association Io"
    assert idf.started_on == date(2021, 11, 1)
    (cert,) = source.profile.certifications
    assert (cert.authority, cert.started_on, cert.finished_on) == ("IAAP", date(2022, 1, 1), None)
    assert cert.url == "https://www.credly.com/badges/0f1e2d3c"
    (project,) = source.profile.projects
    assert (project.started_on, project.finished_on) == (date(2018, 5, 1), date(2019, 12, 1))


def test_recommendations_and_endorsements(source: Source) -> None:
    ines, jonas = source.profile.recommendations
    assert ines.author == "Ines Carvalho" and ines.job_title == "Design Lead"
    assert ines.text == "Maren ran our research practice with care, rigour and humour."
    assert ines.created_on == date(2022, 12, 9) and ines.visible
    assert jonas.created_on == date(2023, 3, 1) and not jonas.visible
    first, second = source.profile.endorsements
    assert (first.skill, first.endorser, first.endorsed_on) == (
        "User Research", "Tomas Brandt", date(2021, 8, 11))
    assert second.endorsed_on == date(2023, 2, 27)


def test_connections_skip_preamble_and_empty_rows(source: Source) -> None:
    assert [c.name for c in source.connections] == ["Tomas Brandt", "Ines Carvalho",
                                                    "Priya Natarajan"]
    tomas, ines, priya = source.connections
    assert tomas.connected_on == date(2023, 7, 4)
    assert tomas.url == "https://www.linkedin.com/in/tomasbrandt"
    assert (ines.company, ines.position) == ("Studio Kade, B.V.", "Design Lead")
    assert priya.company == "" and priya.connected_on == date(2023, 6, 17)


def test_invitations_direction_and_time(source: Source) -> None:
    out, inc = source.invitations
    assert (out.direction, out.counterpart) == ("outgoing", "Priya Natarajan")
    assert out.sent_at == datetime(2023, 6, 17, 6, 18, tzinfo=UTC)
    assert out.message == "Hi Priya, loved your talk on inclusive forms."
    assert (inc.direction, inc.counterpart) == ("incoming", "Jonas Weber")
    assert inc.sent_at == datetime(2023, 5, 2, 23, 4, tzinfo=UTC)


def test_shares_multiline_repaired_and_reposts(source: Source) -> None:
    shares = [p for p in source.posts if p.kind in (PostKind.POST, PostKind.REPOST)]
    multi, repost, private = shares
    assert multi.text == ("Three things I learned running 40 usability sessions this spring:\n"
                          "\n1. Recruit early.\n2. Pay people.\n\nWhich one surprised you?")
    assert multi.id == "7345678901234567890" and multi.kind is PostKind.POST
    assert multi.created_at == datetime(2025, 7, 1, 14, 33, 22, tzinfo=UTC)
    assert multi.url is not None and multi.url.endswith("urn%3Ali%3Ashare%3A7345678901234567890")
    assert multi.public
    assert repost.kind is PostKind.REPOST and repost.text == "" and not repost.original
    assert repost.id == "7338901234567890123"
    assert private.id == "7330123456789012345" and not private.public


def test_comments_backslash_escapes_and_newlines(source: Source) -> None:
    first, second = [p for p in source.posts if p.kind is PostKind.COMMENT]
    assert first.text == ('Great thread! We call this the "five-user myth" internally.\n'
                          "Happy to share our notes, Tomas.")
    assert first.in_reply_to is not None and first.in_reply_to == second.in_reply_to
    assert first.in_reply_to.endswith("urn%3Ali%3Aactivity%3A7345000000000000001")
    assert first.id != second.id and first.id.startswith("comment-")
    assert second.created_at == datetime(2025, 6, 2, 19, 1, 10, tzinfo=UTC)


def test_articles_from_html(source: Source) -> None:
    article, draft = sorted((p for p in source.posts if p.kind is PostKind.ARTICLE),
                            key=lambda p: p.created_at)
    assert article.title == "Five-user tests are not a myth"
    assert article.created_at == datetime(2024, 3, 4, 7, 15, tzinfo=UTC)  # published, not created
    assert article.text == ("Small usability tests find most of the problems that matter.\n"
                            "Here is how we run them & what we learned.")
    assert article.url == "https://www.linkedin.com/pulse/five-user-tests-maren-okafor-1a2b"
    assert article.public
    assert draft.title == "Notes on forms" and draft.text == "Labels above fields."
    assert draft.created_at == datetime(2024, 11, 19, 9, 2, tzinfo=UTC) and not draft.public


def test_post_ids_unique_and_stable(tmp_path: Path, source: Source) -> None:
    ids = [p.id for p in source.posts]
    assert len(ids) == len(set(ids))
    again = read_export(write_folder(tmp_path / "again", BASIC))
    assert [p.id for p in again.posts] == ids
    assert all(p.created_at.tzinfo is UTC for p in source.posts)


def test_detect_by_content_not_name(tmp_path: Path) -> None:
    renamed = write_zip(tmp_path / "my stuff.zip", {"connections.CSV": CONNECTIONS})
    other = write_folder(tmp_path / "LinkedInDataExport", {"Shares.csv": SHARES,
                                                           "notes.txt": "hello"})
    for path, expected in ((renamed, True), (other, False)):
        bundle = Bundle.open(path)
        try:
            assert linkedin.detect(bundle) is expected
        finally:
            bundle.close()


# -- other shapes of export -------------------------------------------------------------------
def test_complete_export_suffixed_case_varied_bom(tmp_path: Path, form: str) -> None:
    files = with_files(Profile_csv=None, Shares_csv=None, Comments_csv=None, Skills_csv=None,
                       Endorsement_Received_Info_csv=None)
    files.update({
        "PROFILE.CSV": "\ufeff" + PROFILE,
        "Shares_155814142.csv": SHARES,
        "shares_155814142_2.csv": SHARES.split("\n")[0] + "\n" + SHARES.split("\n")[-1],
        "Comments_155814142.csv": COMMENTS,
        "Profile Summary.csv": "Summary\nNot the profile.",
        "Skills.csv": "\ufeff\n" + SKILLS,
        "Endorsement Received Info.csv": ENDORSEMENTS,
        "Jobs/Job Applications.csv": "Application Date,Company Name\n6/1/25,Lumen Health",
    })
    path = export_path(tmp_path, files, form).rename(
        tmp_path / ("Complete_LinkedInDataExport_07-02-2025" + (".zip" if form == "zip" else "")))
    source = read_export(path)
    assert source.warnings == ()
    assert source.name == "Maren Okafor"
    assert source.profile.skills == ("User Research", "Accessibility", "Figma")
    assert len(source.profile.endorsements) == 2
    counts = source.counts()
    # The same share in two files is kept once.
    assert (counts["posts"], counts["reposts"], counts["comments"]) == (2, 1, 2)


def test_2021_export_without_url_and_urn_columns(tmp_path: Path, form: str) -> None:
    files = with_files(
        Connections_csv=csv_text(
            "First Name,Last Name,Email Address,Company,Position,Connected On",
            "Tomas,Brandt,,Lumen Health,Product Manager,14 Feb 2021",
            "Ines,Carvalho,,Studio Kade,Design Lead,02 Nov 2020",
        ),
        Invitations_csv=csv_text(
            "From,To,Sent At,Message,Direction",
            'Maren Okafor,Tomas Brandt,"2/14/21, 9:30 AM",,OUTGOING',
        ),
        Shares_csv=None, Comments_csv=None, Reactions_csv=None,
        Recommendations_Received_csv=None,
    )
    source = read_export(export_path(tmp_path, files, form))
    assert source.warnings == ()
    assert [(c.name, c.url, c.connected_on) for c in source.connections] == [
        ("Tomas Brandt", "", date(2021, 2, 14)), ("Ines Carvalho", "", date(2020, 11, 2))]
    (inv,) = source.invitations
    assert inv.sent_at == datetime(2021, 2, 14, 9, 30, tzinfo=UTC)
    assert source.likes_given is None  # a missing optional file is not a warning
    assert [p.kind for p in source.posts] == [PostKind.ARTICLE, PostKind.ARTICLE]


def test_profile_only_export(tmp_path: Path) -> None:
    source = read_export(write_folder(tmp_path / "x", {"Profile.csv": PROFILE}))
    assert source.name == "Maren Okafor" and source.posts == () and source.warnings == ()


@pytest.mark.parametrize(("cell", "urls"), [
    ("[PORTFOLIO:https://a.example/work,BLOG:https://b.example]",
     ("https://a.example/work", "https://b.example")),
    ("[COMPANY:https://c.example?x=1]", ("https://c.example?x=1",)),
    ("https://plain.example", ("https://plain.example",)),
    ("[OTHER:www.no-scheme.example]", ("www.no-scheme.example",)),
    ("", ()),
])
def test_websites_cell(cell: str, urls: tuple[str, ...]) -> None:
    assert linkedin._websites(cell) == urls


# -- damaged input: warnings name the file and row ---------------------------------------------
def test_truncated_row_is_skipped_with_warning(tmp_path: Path, form: str) -> None:
    path = export_path(tmp_path, with_files(Positions_csv=POSITIONS + "\nAcme Corp,Designer"),
                       form)
    source = read_export(path)
    assert source.warnings == (
        f"{path}/Positions.csv: row 4: has 2 fields, expected 6; skipped",)
    assert len(source.profile.positions) == 2


def test_zero_byte_shares_warns_and_rest_is_read(tmp_path: Path, form: str) -> None:
    path = export_path(tmp_path, with_files(Shares_csv=b""), form)
    source = read_export(path)
    assert source.warnings == (
        f"{path}/Shares.csv: is empty; expected a CSV file starting with the header "
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility (the download may have "
        "been cut off); the file was skipped",)
    assert source.counts()["comments"] == 2 and source.counts()["posts"] == 0


def test_non_utf8_file_warns_and_rest_is_read(tmp_path: Path, form: str) -> None:
    latin = (SHARES + "\n2025-04-01 10:00:00,,Caf\u00e9 talk tonight,,,PUBLIC").encode("cp1252")
    path = export_path(tmp_path, with_files(Shares_csv=latin), form)
    source = read_export(path)
    assert source.warnings == (
        f"{path}/Shares.csv (line 10): is not UTF-8 text (as platforms export it); re-download "
        "the export or save the file as UTF-8; the file was skipped",)
    assert source.name == "Maren Okafor" and len(source.connections) == 3


def test_nul_bytes_warn(tmp_path: Path) -> None:
    path = write_folder(tmp_path / "x", with_files(Comments_csv=b"Date,Link,Message\x00\x00"))
    source = read_export(path)
    assert source.warnings == (f"{path}/Comments.csv: contains NUL bytes; expected a UTF-8 text "
                               "file; the file was skipped",)


def test_unknown_columns_bad_dates_and_directions_are_warned(tmp_path: Path) -> None:
    files = with_files(
        Connections_csv=csv_text(
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On,Tags",
            "Tomas,Brandt,,,,,31 Foo 2023,",
        ),
        Invitations_csv=csv_text("From,To,Sent At,Message,Direction",
                                 "A B,Maren Okafor,yesterday,,SIDEWAYS"),
        Comments_csv=csv_text("Date,Link,Message", "soon,,Nice.", "0001-01-01 00:00:00,,Old."),
        Positions_csv=csv_text("Company Name,Title,Description,Location,Started On,Finished On",
                               "Acme,Designer,,,Spring 2020,", ",,Orphan description,,,"),
    )
    path = write_folder(tmp_path / "x", files)
    source = read_export(path)
    assert source.warnings == (
        f"{path}/Positions.csv: row 2: unreadable date 'Spring 2020' in Started On; left empty",
        f"{path}/Positions.csv: row 3: has no Company Name or Title; skipped",
        f"{path}/Comments.csv: row 2: unreadable date 'soon' in Date; skipped",
        f"{path}/Comments.csv: row 3: unreadable date '0001-01-01 00:00:00' in Date; skipped",
        f"{path}/Connections.csv: unknown columns kept but not used: Tags",
        f"{path}/Connections.csv: row 2: unreadable date '31 Foo 2023' in Connected On; "
        "left empty",
        f"{path}/Invitations.csv: row 2: Direction is 'SIDEWAYS', expected INCOMING or "
        "OUTGOING; skipped",
    )
    assert source.connections[0].connected_on is None
    assert source.profile.positions[0].started_on is None


def test_missing_required_column_and_header(tmp_path: Path) -> None:
    files = with_files(Shares_csv=csv_text("Date,Link", "2025-01-01 10:00:00,x"),
                       Connections_csv="Notes:\nnothing here")
    path = write_folder(tmp_path / "x", files)
    source = read_export(path)
    assert source.warnings == (
        f"{path}/Shares.csv: unknown columns kept but not used: Link",
        f"{path}/Shares.csv (line 1): is missing the column ShareCommentary; found Date, "
        "Link; the file was skipped",
        f"{path}/Connections.csv: has no header line starting with 'First Name'; "
        "the file was skipped",
    )


def test_article_without_date_is_warned(tmp_path: Path) -> None:
    path = write_folder(tmp_path / "x", with_files(
        **{"Articles/Articles/Notes on forms.html": "<html><body><h1>Hi</h1></body></html>"}))
    source = read_export(path)
    assert source.warnings == (
        f'{path}/Articles/Articles/Notes on forms.html: has no readable date (expected <p '
        'class="published"> or <p class="created">); the article was skipped',)


def test_nothing_usable_raises(tmp_path: Path) -> None:
    path = write_folder(tmp_path / "x", {"Connections.csv": b"First Name,Last Name\nJos\xe9,",
                                         "Shares.csv": b"Date\x00"})
    with pytest.raises(InputError) as info:
        read_export(path)
    assert str(info.value) == (
        f"{path}: no usable LinkedIn data could be read: {path}/Shares.csv: contains NUL bytes; "
        f"expected a UTF-8 text file; the file was skipped; {path}/Connections.csv (line 2): is "
        "not UTF-8 text (as platforms export it); re-download the export or save the file as "
        "UTF-8; the file was skipped")


def test_zip_member_climbing_out_is_refused(tmp_path: Path) -> None:
    files = with_files(Shares_csv=None)
    files["../Shares.csv"] = SHARES
    path = write_zip(tmp_path / "maren" / ZIP_NAME, files)
    candidate = load_candidate(path)
    (source,) = candidate.sources
    assert source.warnings == (f"{path.name}: refused archive member '../Shares.csv' "
                               "(absolute path or '..'); it was not read",)
    assert source.counts()["posts"] == 0 and source.name == "Maren Okafor"


# -- end to end ------------------------------------------------------------------------------
def test_load_candidate_from_candidate_folder(tmp_path: Path) -> None:
    write_zip(tmp_path / "maren" / ZIP_NAME, BASIC)
    candidate = load_candidate(tmp_path / "maren")
    assert candidate.name == "Maren Okafor"
    assert candidate.platforms == (Platform.LINKEDIN,)
    assert candidate.warnings == ()
    assert candidate.profile.headline == "UX Designer | Accessibility & Research"
    assert len(candidate.connections) == 3 and len(candidate.posts) == 7
    assert candidate.posts[0].created_at == datetime(2024, 3, 4, 7, 15, tzinfo=UTC)


def test_load_candidate_from_unpacked_folder(tmp_path: Path) -> None:
    path = write_folder(tmp_path / "Basic_LinkedInDataExport_07-02-2025", BASIC)
    candidate = load_candidate(path)
    assert [s.path for s in candidate.sources] == [str(path)]


# -- never a traceback -----------------------------------------------------------------------
FUZZ_FILES = sorted(BASIC)
NASTY = ['"', ",", "\n", "\r", "\r\n", "\\", "\\\"", '"\n"', "\x00", "\ufeff", "First Name,",
         "\u2028", "<h1>", "</p>", "<p class=\"published\">", "&#xD800;", "9999-99-99", " ", ""]


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "truncate", "text"]))
        if op == "insert":
            text = text[:i] + draw(st.sampled_from(NASTY)) + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 40)):]
        elif op == "truncate":
            text = text[:i]
        else:
            text = text[:i] + draw(st.text(max_size=20)) + text[i:]
    return text


def assert_source_or_input_error(path: Path) -> None:
    bundle = Bundle.open(path)
    try:
        assert isinstance(linkedin.detect(bundle), bool)
        source = linkedin.read(bundle)
    except InputError:
        return
    finally:
        bundle.close()
    assert isinstance(source, Source)
    ids = [p.id for p in source.posts]
    assert len(ids) == len(set(ids))
    assert all(p.created_at.tzinfo is UTC and p.created_at.year in linkedin.YEARS
               for p in source.posts)
    assert all(isinstance(w, str) for w in source.warnings)


FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(member=st.sampled_from(FUZZ_FILES), data=st.binary(max_size=1500))
def test_random_bytes_in_any_file(tmp_path_factory: pytest.TempPathFactory, member: str,
                                  data: bytes) -> None:
    files = dict(BASIC)
    files[member] = data
    assert_source_or_input_error(write_folder(tmp_path_factory.mktemp("bytes"), files))


@FUZZ
@given(data=st.data(), member=st.sampled_from(FUZZ_FILES))
def test_mutated_text_in_any_file(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject,
                                  member: str) -> None:
    original = BASIC[member]
    assert isinstance(original, str)
    text = data.draw(mutated(original))
    files = dict(BASIC)
    files[member] = text.encode("utf-8", "surrogatepass")
    assert_source_or_input_error(write_folder(tmp_path_factory.mktemp("text"), files))


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_file_mutated_at_once(tmp_path_factory: pytest.TempPathFactory,
                                    data: st.DataObject) -> None:
    files: dict[str, str | bytes] = {}
    for name, content in BASIC.items():
        assert isinstance(content, str)
        files[name] = data.draw(mutated(content)).encode("utf-8", "surrogatepass")
    assert_source_or_input_error(write_zip(tmp_path_factory.mktemp("all") / ZIP_NAME, files))
