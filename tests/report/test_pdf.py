"""End-to-end PDF smoke tests: a few real renders, read back with pypdf (about 1-2 s each)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from pypdf import PdfReader
from support.builders import with_posts

from assessor.report import write_pdf

DISCLAIMER = "For self-assessment and counseling, not for employer screening decisions."


def _pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def test_student_pdf_has_name_role_score_and_red_flags(amara, tmp_path):
    result = with_posts(amara, ["Honestly my boss is a clown and everyone knows it",
                                "Follow for follow, I always follow back #f4f"])
    out = write_pdf(result, tmp_path / "nested" / "amara.pdf")
    assert out == tmp_path / "nested" / "amara.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == ["amara.pdf"]  # no temporary file left
    text = _pdf_text(out)
    assert "Amara Okafor" in text and "Social media manager" in text
    assert f"{amara.overall:.0f} / 100" in text and amara.band_label in text
    assert "Honestly my boss is a clown and everyone knows it" in text
    assert "Follow for follow, I always follow back #f4f" in text
    assert DISCLAIMER in text
    reader = PdfReader(out)
    assert 3 <= len(reader.pages) <= 12
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (595, 842)  # A4
    assert reader.metadata.title == "Readiness report: Amara Okafor, Social media manager"


def test_counselor_letter_pdf_replaces_an_existing_file(amara, tmp_path):
    out = tmp_path / "amara.pdf"
    out.write_bytes(b"old")
    write_pdf(dataclasses.replace(amara, cohort={"percentile": 73, "size": 120}), out,
              audience="counselor", paper="letter")
    reader = PdfReader(out)
    assert (round(reader.pages[0].mediabox.width), round(reader.pages[0].mediabox.height)) == \
        (612, 792)
    text = _pdf_text(out)
    assert "For the counselor" in text and "Every signal" in text
    assert "73rd percentile" in text


def test_text_the_font_cannot_show_does_not_stop_the_report(amara, tmp_path):
    result = with_posts(dataclasses.replace(amara, candidate_name="Zoë Ramírez-Nguyễn 林伟"),
                        ["我们的活动提高了参与度 30% 🎉", "x" * 3000, "https://" + "a" * 500])
    out = write_pdf(result, tmp_path / "intl.pdf")
    assert len(PdfReader(out).pages) >= 3
    # Glyphs no font here has (the Chinese ones; the emoji have Noto Emoji) are drawn as
    # visible boxes (.notdef), not dropped. With them in the
    # font, pypdf reads the text layer as UTF-16 bytes (poppler reads it fine), hence the NULs.
    assert "Zoë Ramírez" in _pdf_text(out).replace("\x00", "")


def test_emoji_in_posts_print_with_the_emoji_font(amara, tmp_path):
    """Emoji are drawn from the shipped Noto Emoji, not as empty boxes: the PDF embeds it, and
    only when a post has emoji (the text fonts draw everything else)."""
    def fonts(path: Path) -> set[str]:
        reader = PdfReader(path)
        return {str(f["/BaseFont"]).split("+")[-1] for page in reader.pages
                for f in (page["/Resources"].get("/Font") or {}).values()
                for f in [f.get_object()]}

    with_emoji = write_pdf(with_posts(amara, ["Launch day 🚀 four proseccos deep 🥂🥴 📂"]),
                           tmp_path / "emoji.pdf")
    assert "Noto-Emoji" in fonts(with_emoji)
    plain = write_pdf(with_posts(amara, ["Launch day, and a good one."]), tmp_path / "plain.pdf")
    assert "Noto-Emoji" not in fonts(plain) and "DejaVu-Sans" in fonts(plain)


STUDENT_PAGES = 6


def _roster() -> list[tuple[str, str]]:
    import csv

    with open(Path(__file__).resolve().parents[2] / "examples" / "roster.csv",
              encoding="utf-8") as fh:
        return [(row["path"], row["role"]) for row in csv.DictReader(fh)]


def test_every_example_student_copy_fits_six_pages() -> None:
    """The student copy is a short read for every shipped example (issue 12)."""
    from datetime import date
    from io import BytesIO

    from assessor import assess
    from assessor.report import html_to_pdf, render_html

    examples = Path(__file__).resolve().parents[2] / "examples"
    pages = {}
    for folder, role in _roster():
        result = assess(examples / folder, role, as_of=date(2026, 11, 20))
        pages[folder] = len(PdfReader(BytesIO(html_to_pdf(render_html(result)))).pages)
    assert len(pages) == 5
    assert all(n <= STUDENT_PAGES for n in pages.values()), pages


def test_forked_renderer_writes_the_pdf_or_says_it_could_not(amara, tmp_path):
    from assessor.report.prefork import PdfWorker

    worker = PdfWorker.start()
    if worker is None:  # not Linux: assess --pdf renders in its own process
        return
    out = tmp_path / "fork.pdf"
    assert worker.write(out, amara, audience="student", paper="a4")
    assert "Amara Okafor" in _pdf_text(out)
    assert not worker.write(out, amara, audience="student", paper="a4")  # used once
    (tmp_path / "taken").mkdir()
    failing = PdfWorker.start()
    assert failing is not None
    assert not failing.write(tmp_path / "taken", amara, audience="student", paper="a4")
    unused = PdfWorker.start()
    assert unused is not None
    unused.close()  # the child sees the pipe close and exits; close() reaps it
