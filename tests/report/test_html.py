"""The rendered HTML: content, tone, escaping, and nothing a renderer could fetch."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

from support.builders import flag, with_posts

from assessor.report import render_html
from assessor.report.render import EMOJI_FONT_URL, FILTERS

DISCLAIMER = "For self-assessment and counseling, not for employer screening decisions."


def _text(html: str) -> str:
    """The visible text, whitespace collapsed (what a reader sees, roughly)."""
    body = re.sub(r"<style>.*?</style>", " ", html, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    from html import unescape

    return re.sub(r"\s+", " ", unescape(body))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_student_report_has_every_section_in_order(amara):
    text = _text(render_html(amara))
    order = ["Social media readiness report", "Your seven dimensions",
             "Your 30-day plan", "Posts to review", "Dimension by dimension", "What we read",
             "How this works, and its limits"]
    at = 0
    for heading in order:  # each after the one before (the cover may name a later section)
        at = text.index(heading, at) + len(heading)
    assert "For the counselor" not in text and "Progress since" not in text


def test_cover_names_the_person_role_date_score_band_and_contrast(amara):
    text = _text(render_html(amara))
    assert "Amara Okafor" in text and "Target role: Social media manager" in text
    assert "Assessed as of 20 November 2026" in text
    assert f"{amara.overall:.0f} / 100" in text and amara.band_label in text
    assert amara.vanity.sentence in text
    assert "Here is what to work on first" in text
    assert "Spelling and grammar are never counted against you." in text
    assert "What this rests on: your LinkedIn and X exports: 61 posts, 2 articles" in text


def test_the_disclaimer_sentence_is_there_exactly(amara):
    html = render_html(amara)
    assert DISCLAIMER in _text(html)
    assert f'<meta name="description" content="{DISCLAIMER}">' in html


def test_each_dimension_is_an_itemised_statement(amara):
    student = _text(render_html(amara))
    counselor = _text(render_html(amara, audience="counselor"))
    for dim in amara.dimensions.values():
        for c in dim.criteria:
            for text in (student, counselor):
                assert c.description in text
                assert f"{FILTERS['points'](c.points)} of {FILTERS['points'](c.max_points)}" \
                    in text
            # The student copy keeps a criterion already met to one line: nothing to act on.
            good = f"What good looks like: {c.expect}"
            assert good in counselor
            assert (good in student) == (c.level != "excellent")
    assert "read as business insight" in student


def test_every_red_flag_post_with_its_action(amara):
    posts = ["Boss is an idiot lol", "Follow for follow!! #f4f", "Drunk at work again"]
    text = _text(render_html(with_posts(amara, posts)))
    for post in posts:
        assert f"{post} An employer reading this could doubt your judgement. " \
            "Suggested action: Delete." in text
    assert "3 posts could give an employer the wrong impression." in text


def test_a_flag_is_never_said_to_be_100_percent_sure(amara):
    result = dataclasses.replace(amara, red_flags=(
        flag("Boss is an idiot lol", confidence=0.9996),
        flag("Drunk at work again", confidence=0.96),
        flag("Lunch with the team", confidence=0.87)))
    text = _text(render_html(result))
    assert "the classifier is confident (over 99%)" in text
    assert "the classifier is confident (96%)" in text
    assert "the classifier leans this way (87%)" in text
    assert "100%)" not in text


def test_posts_worth_a_second_look_cost_nothing(amara):
    result = dataclasses.replace(amara, red_flags=(), second_look=(
        flag("Honestly this launch was a mess", confidence=0.3),))
    text = _text(render_html(result))
    assert "No red flags found" in text
    assert "Worth a second look (no points lost)" in text
    assert "Honestly this launch was a mess" in text and "so it costs you nothing" in text


def test_no_red_flags_is_said_plainly(amara):
    text = _text(render_html(dataclasses.replace(amara, red_flags=())))
    assert "No red flags found" in text and "Suggested action" not in text


def test_a_long_post_is_trimmed_with_an_ellipsis(amara):
    long_post = "We measured everything. " * 60
    text = _text(render_html(with_posts(amara, [long_post])))
    assert "We measured everything. " * 60 not in text
    assert f"\u2026 Trimmed: the full post has {len(long_post.strip()):,} characters." in text


def test_post_text_is_escaped_everywhere(amara):
    hostile = ['<img src="http://127.0.0.1:9/x.png">', "<script>alert(1)</script>",
               '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
               "<style>@import url(http://127.0.0.1:9/i.css);</style>"]
    result = with_posts(dataclasses.replace(amara, candidate_name="<b>Amara</b> Okafor"),
                        hostile)
    html = render_html(result, audience="counselor")
    assert "&lt;img src=" in html and "&lt;script&gt;" in html and "&lt;b&gt;Amara" in html
    tags = _tags(html)
    assert [t for t, _ in tags if t in ("img", "script", "link", "iframe", "object")] == []
    assert [t for t, _ in tags if t == "style"] == ["style"]  # only the report's own sheet
    assert not [a for _, attrs in tags for a in attrs if a in ("src", "href")]
    # The only url() references anywhere in markup or style are the charts' own patterns and
    # the emoji font, which the renderer serves from the package (render.EMOJI_FONT_URL).
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    refs = re.findall(r"url\(([^)]*)\)", style) + [
        ref for _, attrs in tags for v in attrs.values() if v
        for ref in re.findall(r"url\(([^)]*)\)", v)]
    assert set(refs) <= {"#hatch-dims", "#hatch-duo", f'"{EMOJI_FONT_URL}"'}


def test_counselor_copy_adds_notes_signals_and_cohort(amara):
    result = dataclasses.replace(amara, cohort={"percentile": 73, "size": 120})
    text = _text(render_html(result, audience="counselor"))
    assert "Counselor copy" in render_html(result, audience="counselor")
    assert "For the counselor" in text and "Notes" in text and "Every signal" in text
    assert "73rd percentile of 120 people assessed for this role" in text
    for dim in amara.dimensions.values():
        for c in dim.criteria:
            assert f" {c.signal} " in text
    assert "percentile" not in _text(render_html(amara, audience="counselor"))


def test_paper_size_is_set_on_the_page(amara):
    assert "size: A4;" in render_html(amara)
    assert "size: letter;" in render_html(amara, paper="letter")


def test_progress_section_with_the_previous_assessment(amara):
    earlier = dataclasses.replace(amara, as_of="2026-05-01", overall=amara.overall - 7.5)
    text = _text(render_html(amara, history=earlier))
    assert "Progress since 1 May 2026" in text
    assert f"Your readiness went up by 7.5 points, from {amara.overall - 7.5:.0f}" in text
    assert text.index("Progress since") < text.index("Your 30-day plan")
    later = dataclasses.replace(amara, as_of="2026-05-01", overall=amara.overall + 3)
    assert "3.0 points lower than last time" in _text(render_html(amara, history=later))


def test_chinese_text_and_accents_pass_through(amara):
    result = with_posts(dataclasses.replace(amara, candidate_name="Diego Ramírez 林伟"),
                        ["我们的活动提高了参与度 30%"])
    text = _text(render_html(result))
    assert "Diego Ramírez 林伟" in text and "我们的活动提高了参与度 30%" in text


def test_charts_are_inline_svg_labelled_in_words(amara):
    html = render_html(amara)
    assert html.count("<svg") == 2  # the seven dimensions, reach vs readiness: one chart each
    assert 'aria-label="Bar chart of the seven dimension scores against the good level"' in html
    assert "Good (70)" in html


def test_filters_write_numbers_and_dates_plainly():
    f = FILTERS
    assert f["day"]("2026-11-02") == "2 November 2026" and f["day"](None) == "\u2013"
    assert f["day_short"]("2026-11-02") == "2 Nov 2026"
    assert f["signed"](2.25) == "+2.2" and f["signed"](-3) == "\u22123.0"
    assert f["signed"](0.01) == "no change"
    assert f["count"](1, "point") == "1 point" and f["count"](2.5, "point", 1) == "2.5 points"
    assert f["counted"]("replies", 1) == "reply" and f["counted"]("likes_given", 3) == \
        "likes given"
    assert [f["ordinal"](n) for n in (1, 2, 3, 11, 22, 73)] == \
        ["1st", "2nd", "3rd", "11th", "22nd", "73rd"]
    assert f["platform"]("x") == "X" and f["platform"]("linkedin") == "LinkedIn"


def test_coverage_lists_what_was_read_and_what_was_not(amara):
    from assessor.result import JobMatch

    result = dataclasses.replace(
        amara, warnings=("instagram-export.zip: media/ folder skipped (no JSON inside)",),
        job=JobMatch(path="posting.txt", terms=("tiktok", "analytics"), covered=("analytics",),
                     missing=("tiktok",)))
    text = _text(render_html(result))
    assert "LinkedIn Basic_LinkedInDataExport_11-15-2026.zip" in text and "33 posts" in text
    assert "Things we could not read instagram-export.zip: media/ folder skipped" in text
    assert "already use: analytics." in text and "(add them where they are true): tiktok." in text


def test_method_is_plain_words_for_students_and_metrics_for_counselors(amara):
    student = _text(render_html(amara))
    counselor = _text(render_html(amara, audience="counselor"))
    for jargon in ("macro-F1", "Precision", "Recall", "logistic regression", "tf-idf"):
        assert jargon not in student, jargon
        assert jargon.lower() in counselor.lower(), jargon
    assert "How this works, and its limits" in student
    assert "A computer program (a text classifier) sorted each of your posts" in student
    assert "How this report was made, and its limits" in counselor
    # when a flag is worded as sure and told to be deleted, in words for each reader
    assert "suggests deleting a post only when it is very sure" in student
    assert "Nor is a flag below 95% confidence" in counselor


def test_label_counts_in_method_match_the_flags_shown(amara):
    flags = (flag("Boss is an idiot lol"), flag("Drunk at work again"))
    result = dataclasses.replace(amara, red_flags=flags, second_look=(
        flag("Honestly this launch was a mess", confidence=0.3),),
        label_counts={**amara.label_counts, "unprofessional": 3})
    text = _text(render_html(result))
    assert ('unprofessional 3 (2 in "Posts to review", 1 worth a second look)') in text


def test_export_file_names_are_whole_and_wrap(amara):
    html = render_html(amara)
    x = next(s.path for s in amara.sources if s.platform == "x").rsplit("/", 1)[-1]
    assert len(x) > 70
    assert f'<td class="wrap small">{x}</td>' in html
    assert re.search(r"\.wrap[^{]*\{[^}]*overflow-wrap: anywhere", html)


def test_cover_has_the_completeness_slot_above_the_score(amara):
    from assessor.report.render import environment

    source = environment().loader.get_source(environment(), "cover.html")[0]
    assert source.index('{% include "completeness.html" %}') < \
        source.index('class="scorebox"')
    html = render_html(amara)
    assert html.count("<svg") == 2 and "What this rests on:" in html


def test_no_post_is_quoted_twice_in_one_dimension_even_cross_posted(amara):
    from assessor.result import EvidenceItem

    same = "We grew sign-ups 40% with one weekly post."
    dim_id, dim = next(iter(amara.dimensions.items()))
    # The same words on LinkedIn and on X (two post ids), as evidence for two criteria.
    crits = tuple(dataclasses.replace(c, evidence=(EvidenceItem(
        kind="post", text=same + ("" if i % 2 else " "), platform="linkedin" if i % 2 else "x",
        date="2026-01-02", post_id=f"p{i}", label="business_insight"),))
        for i, c in enumerate(dim.criteria))
    result = dataclasses.replace(
        amara, dimensions={**amara.dimensions, dim_id: dataclasses.replace(dim, criteria=crits)})
    text = _text(render_html(result, audience="counselor"))
    section = text[text.index("Dimension by dimension"):text.index("What we read")]
    assert len(crits) >= 2 and section.count(same) == 1


def test_method_says_a_red_flag_needs_both_readings_only_when_the_detector_has_two(amara):
    assert amara.classifier["red_flag_views"] == ["full", "work-blind"]
    student = _text(render_html(amara))
    counselor = _text(render_html(amara, audience="counselor"))
    assert "flags a post only when both readings agree" in student
    assert "a post is a red flag only when both readings say so" in counselor
    one = dataclasses.replace(amara, classifier={**amara.classifier, "red_flag_views": []})
    assert "both readings" not in _text(render_html(one))
    assert "both readings" not in _text(render_html(one, audience="counselor"))


def test_method_says_the_detector_weighs_word_meanings_only_when_it_does(amara):
    assert amara.classifier["red_flag_meaning_words"] == 100_000
    student = _text(render_html(amara))
    counselor = _text(render_html(amara, audience="counselor"))
    assert "knows roughly what common English words mean" in student
    assert "weighs what 100,000 common English words mean" in counselor
    none = dataclasses.replace(amara, classifier={**amara.classifier,
                                                  "red_flag_meaning_words": 0})
    assert "words mean" not in _text(render_html(none))
    assert "words mean" not in _text(render_html(none, audience="counselor"))


def test_method_says_red_flags_also_learned_from_public_posts_only_when_they_did(amara):
    n = amara.classifier["real_training_posts"]
    student = _text(render_html(amara))
    counselor = _text(render_html(amara, audience="counselor"))
    assert f"also learned from {n:,} public posts that researchers had labelled" in student
    assert f"also learned from {n:,} public posts labelled by researchers" in counselor
    none = dataclasses.replace(amara, classifier={**amara.classifier,
                                                  "real_training_posts": None})
    assert "public posts" not in _text(render_html(none))
