"""Contacts and names a hostile (or careless) export carries (issue 11, item 6)."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader
from support import example_assessment

from assessor.ingest import load_candidate
from assessor.privacy import EMAIL_MASK, PHONE_MASK, redact, scrub_contacts, scrub_text
from assessor.report import write_pdf
from assessor.result import RedFlag

PHONES = ["Call 07700 900123 today", "text me 5551234567", "ring 555-1234 after six",
          "Büro 030 12345678", "from abroad 0044 7700 900123", "+44 7700 900123",
          "(555) 123-4567", "+49 30 12345678", "06 12 34 56 78 in Paris",
          "0171 2345678 mobil", "+1-555-123-4567."]
EMAILS = ["mail amara@bücher.de now", "write to amara.okafor at gmail dot com",
          "amara [at] example [dot] org", "amara(at)example(dot)co.uk",
          "пример@пример.рф", "AMARA@EXAMPLE.COM"]
NOT_CONTACTS = ["In 2024 we grew 40%", "scored 85/100 and 72.5 points", "on 2024-03-05",
                "on 05/03/2024 at 10:30", "12,345 followers", "raised $1,200,000",
                "Top 10 in 2023-2024", "ISBN 978-3-16-148410-0 is a book",
                "1.5 million views", "v2.10.3 released", "we met at the Lake dot",
                "50-60% of 1200 users", "from 2019 to 2024", "Q3 2024: 3,500 sign-ups"]


@pytest.mark.parametrize("text", PHONES)
def test_phone_numbers_in_many_formats_are_removed(text: str) -> None:
    out = scrub_text(text)
    assert PHONE_MASK in out, out
    assert sum(c.isdigit() for c in out) <= 2, out


@pytest.mark.parametrize("text", EMAILS)
def test_emails_idn_and_spelled_out_are_removed(text: str) -> None:
    out = scrub_text(text)
    assert EMAIL_MASK in out, out
    assert "amara" not in out.lower().replace("[e-mail removed]", "") or "amara" in text[:5]


@pytest.mark.parametrize("text", NOT_CONTACTS)
def test_years_scores_percentages_and_dates_are_kept(text: str) -> None:
    assert scrub_text(text) == text


def test_a_folder_named_like_an_email_does_not_leak_the_address(tmp_path) -> None:
    root = tmp_path / "amara.okafor@example.com"
    root.mkdir()
    (root / "posts.csv").write_text("date,text\n2024-03-05,Shipped the club dashboard\n",
                                    encoding="utf-8")
    from assessor.api import assess

    result = assess(load_candidate(root), "software-engineer")
    assert "amara.okafor@example.com" not in result.to_json()
    pdf = tmp_path / "r.pdf"
    write_pdf(result, pdf)
    reader = PdfReader(pdf)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    assert "amara.okafor@example.com" not in meta
    assert "amara.okafor@example.com" not in text.replace("\n", "")


@pytest.fixture(scope="module")
def amara():
    return example_assessment("amara-okafor", "social-media-manager")


@pytest.mark.parametrize("variant", ["dana whitfield", "DANA WHITFIELD", "Whitfield, Dana",
                                     "#DanaWhitfield", "Dana\nWhitfield", "Dana  Whitfield",
                                     "whitfield,dana"])
def test_redact_catches_every_spelling_of_a_name(amara, variant: str) -> None:
    text = f"Thanks {variant} for the review"
    flag = RedFlag(category="unprofessional", platform="x", date="2026-03-01", text=text,
                   why="", action="", severity=2, post_id="p1", confidence=0.9)
    out = redact(scrub_contacts(dataclasses.replace(amara, red_flags=(flag,))),
                 ["Dana Whitfield"])
    got = out.red_flags[0].text
    assert "whitfield" not in got.lower() and "dana" not in got.lower(), got
    assert "Thanks" in got and "for the review" in got


# -- 12. a long name never runs across the footer ----------------------------------------------
def test_a_long_name_is_shortened_in_the_page_footer(amara) -> None:
    import re

    from assessor.report import render_html

    long_name = "Amara " + "Okafor-Whitfield-" * 20 + "End"
    html = render_html(dataclasses.replace(amara, candidate_name=long_name))
    runner = re.search(r'<p class="runner">(.*?)</p>', html, re.S)
    assert runner is not None
    assert long_name not in runner.group(1) and "…" in runner.group(1)
    assert len(runner.group(1)) < 140
    assert long_name in html   # the cover still names the candidate in full
