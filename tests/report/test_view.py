"""The view model: what the report shows, decided before any markup."""

from __future__ import annotations

import dataclasses

import pytest
from support.builders import flag

from assessor.errors import InputError
from assessor.report.view import (
    FLAGS_IN_FULL,
    GOOD,
    POST_LIMIT,
    build_view,
    quote,
)
from assessor.rubric import DIMENSIONS


def test_quote_keeps_short_text_and_tidies_whitespace():
    q = quote("  Hello\t  there\n\n\n\nfriend  ", 400)
    assert q == quote("Hello there\n\nfriend", 400)
    assert (q.text, q.trimmed, q.length) == ("Hello there\n\nfriend", False, 19)


def test_quote_trims_long_text_at_a_word_with_an_ellipsis():
    text = " ".join(["word"] * 200)
    q = quote(text, POST_LIMIT)
    assert q.trimmed and q.length == len(text)
    assert q.text.endswith("word\u2026") and len(q.text) <= POST_LIMIT + 1


def test_quote_cuts_one_endless_word():
    q = quote("x" * 1000, 50)
    assert q.text == "x" * 50 + "\u2026"


def test_unknown_audience_or_paper_is_refused(amara):
    with pytest.raises(InputError) as err:
        build_view(amara, audience="employer")
    assert str(err.value) == "audience: got 'employer'; expected student or counselor"
    with pytest.raises(InputError) as err:
        build_view(amara, paper="a3")
    assert str(err.value) == "paper: got 'a3'; expected a4 or letter"


def test_dimensions_follow_the_rubric_order_with_itemised_points(amara):
    view = build_view(amara)
    assert [d.id for d in view.dimensions] == list(DIMENSIONS)
    assert round(sum(d.share for d in view.dimensions)) == 100
    for d in view.dimensions:
        result = amara.dimensions[d.id]
        assert d.score == result.score
        assert [c.signal for c in d.criteria] == [c.signal for c in result.criteria]
        assert d.gap == max(0.0, GOOD - d.score)
        for c in d.criteria:
            assert c.expect and 0 <= c.points <= c.max_points


def test_red_flag_posts_are_not_repeated_in_the_professionalism_dimension(amara):
    prof = next(d for d in build_view(amara).dimensions if d.id == "professionalism")
    red = next(c for c in prof.criteria if c.signal == "red_flags")
    assert red.evidence == () and red.shown_elsewhere == "Posts to review"


def test_one_post_is_not_quoted_twice_in_a_dimension(amara):
    for d in build_view(amara).dimensions:
        quoted = [e.quote.text for c in d.criteria for e in c.evidence if e.is_post]
        assert len(quoted) == len(set(quoted)), d.id


def test_red_flags_most_severe_first_and_many_listed_briefly(amara):
    flags = [flag(f"spam number {i}", category="spam", confidence=0.5 + i / 100)
             for i in range(30)] + [flag("you are all idiots", confidence=0.7)]
    view = build_view(dataclasses.replace(amara, red_flags=tuple(flags)))
    rf = view.red_flags
    assert rf.total == 31
    assert rf.in_full[0].quote.text == "you are all idiots"
    full = FLAGS_IN_FULL["student"]
    assert len(rf.in_full) == full and len(rf.in_brief) == 31 - full
    assert [g.category for g in rf.groups] == ["spam", "unprofessional"]
    assert [g.count for g in rf.groups] == [30, 1]


def test_only_web_links_are_kept_for_a_flag(amara):
    flags = (flag("a", url="https://x.com/a/status/1"), flag("b", url="file:///etc/passwd"),
             flag("c", url="javascript:alert(1)"), flag("d", url=None))
    urls = [f.url for f in build_view(dataclasses.replace(amara, red_flags=flags),
                                      audience="counselor").red_flags.in_full]
    assert urls == ["https://x.com/a/status/1", None, None, None]


def test_plan_deals_the_biggest_gains_into_the_first_weeks(amara):
    view = build_view(amara)
    weeks = view.plan.weeks
    assert [w.number for w in weeks] == [1, 2, 3, 4]
    recs = amara.recommendations[:8]
    assert weeks[0].tasks[0].action == recs[0].action
    assert sum(len(w.tasks) for w in weeks) == len(recs)
    assert all(len(w.tasks) <= 2 for w in weeks)


def test_progress_only_with_a_previous_assessment(amara):
    assert build_view(amara).progress is None
    earlier = dataclasses.replace(amara, as_of="2026-05-01", overall=amara.overall - 10,
                                  red_flags=amara.red_flags + (flag("old"),))
    p = build_view(amara, history=earlier).progress
    assert p is not None and p.previous_as_of == "2026-05-01"
    assert p.overall.delta == 10.0
    assert p.flags_before == len(amara.red_flags) + 1
    assert all(c.delta == 0 for c in p.dimensions)


def test_counselor_extras_with_every_signal_and_the_cohort(amara):
    assert build_view(amara).counselor is None
    extras = build_view(dataclasses.replace(amara, cohort={"percentile": 73, "size": 120}),
                        audience="counselor").counselor
    assert extras is not None
    assert len(extras.signals) == sum(len(d.criteria) for d in amara.dimensions.values())
    assert (extras.cohort_percentile, extras.cohort_size) == (73.0, 120)
    no_cohort = build_view(amara, audience="counselor").counselor
    assert no_cohort is not None and no_cohort.cohort_percentile is None


def test_export_names_are_whole(amara):
    rows = build_view(amara).coverage.rows
    x = next(r for r in rows if r.platform == "x")
    assert x.file == next(s.path for s in amara.sources if s.platform == "x").rsplit("/", 1)[-1]
    assert len(x.file) > 70 and "\u2026" not in x.file


def test_the_report_words_a_flag_clear_where_the_advice_says_delete():
    """One threshold, two places: the report's surest wording and the rubric advice's "delete"
    start at the same confidence."""
    from assessor.report.flags import TONES
    from assessor.tuning import AdviceParams

    assert TONES[0][1] == "clear" and TONES[0][0] == AdviceParams().delete_from_confidence


def test_flag_wording_follows_its_confidence(amara):
    from assessor.report.flags import TONES

    floors = [floor for floor, *_ in TONES]
    assert floors == sorted(floors, reverse=True) and floors[-1] == 0.0
    flags = (flag("sure thing", confidence=0.97), flag("fairly sure", confidence=0.93),
             flag("leaning", confidence=0.65),
             flag("borderline", confidence=0.55), flag("spammy", category="spam",
                                                        confidence=0.52))
    rf = build_view(dataclasses.replace(amara, red_flags=flags), audience="counselor").red_flags
    by_text = {f.quote.text: f for f in rf.in_full}
    assert by_text["sure thing"].tone == "clear"
    assert by_text["sure thing"].reading == "An employer reading this could doubt your judgement."
    # below 0.95 a flag is right less than half the time where flags are rare: "likely"
    for text in ("fairly sure", "leaning"):
        assert by_text[text].tone == "likely"
        assert "Some employers could read this as unprofessional" in by_text[text].reading
    for text in ("borderline", "spammy"):
        assert by_text[text].tone == "possible"
        assert "doubt your judgement" not in by_text[text].reading
        assert "worth a second look" in by_text[text].reading
    assert "spam or engagement bait" in by_text["spammy"].reading
    # The report's one sentence about all its flags is as sure as the surest of them.
    assert rf.headline == "5 posts could give an employer the wrong impression."
    leaning = build_view(dataclasses.replace(amara, red_flags=flags[1:])).red_flags
    assert leaning.headline == "4 posts could give some employers the wrong impression."
    unsure = build_view(dataclasses.replace(amara, red_flags=flags[3:])).red_flags
    assert unsure.headline == ("2 posts might read the wrong way to some readers; worth a "
                               "second look.")
    assert build_view(dataclasses.replace(amara, red_flags=())).cover.first_flag is None


def test_a_flag_on_a_slur_says_how_the_word_is_read_not_what_was_meant(amara):
    flags = (flag("that kike at the bank", confidence=0.87, words=("kike", "bank")),
             flag("sure thing", confidence=0.97))
    rf = build_view(dataclasses.replace(amara, red_flags=flags), audience="counselor").red_flags
    by_text = {f.quote.text: f for f in rf.in_full}
    assert by_text["that kike at the bank"].reading == (
        "Many readers, employers among them, take “kike” as a slur, whatever it means to you.")
    assert by_text["sure thing"].reading == "An employer reading this could doubt your judgement."


def test_label_counts_add_up_to_the_flags_shown(amara):
    flags = tuple(flag(f"spam {i}", category="spam") for i in range(3))
    second = tuple(flag(f"maybe {i}", category="spam", confidence=0.3) for i in range(12))
    result = dataclasses.replace(amara, red_flags=flags, second_look=second,
                                 label_counts={"spam": 15, "networking": 4})
    rows = {r.label: r for r in build_view(result).method.labels}
    spam = rows["spam"]
    assert (spam.count, spam.flagged, spam.second_look, spam.unlisted) == (15, 3, 10, 2)
    assert spam.flagged + spam.second_look + spam.unlisted == spam.count
    assert (rows["networking"].flagged, rows["networking"].second_look) == (0, 0)


def test_cover_tells_the_whole_story(amara):
    many = tuple(flag(f"post {i}", confidence=0.9 - i / 100) for i in range(5))
    result = dataclasses.replace(amara, red_flags=many,
                                 warnings=("x.zip: the archive is cut off",))
    built = build_view(result)
    cover = built.cover
    # The top three steps of the plan (Amara is ready: fewer remain once met ones are skipped).
    tasks = [t for w in built.plan.weeks for t in w.tasks]
    assert 1 <= len(cover.steps) <= 3 and len(cover.steps) == min(3, len(tasks))
    assert [t.gain for t in cover.steps] == sorted((t.gain for t in cover.steps), reverse=True)
    assert cover.first_flag is not None and cover.first_flag.quote.text == "post 0"
    # A sure flag further down the list is the one to look at first.
    sure = flag("follow for follow", category="spam", confidence=0.99, explicit=False)
    first = build_view(dataclasses.replace(result, red_flags=(*many, sure))).cover.first_flag
    assert first is not None and first.quote.text == "follow for follow"
    # ... and in the list, where it is among those shown in full, first.
    listed = build_view(dataclasses.replace(result, red_flags=(*many, sure))).red_flags
    assert [f.quote.text for f in listed.in_full] == ["follow for follow", "post 0", "post 1"]
    # An unprofessional flag with no explicit word is at most "likely", however confident.
    unsure_words = flag("wording only", confidence=0.999, explicit=False)
    first = build_view(dataclasses.replace(result, red_flags=(unsure_words, sure))
                       ).cover.first_flag
    assert first is not None and first.quote.text == "follow for follow"
    first = build_view(dataclasses.replace(result, red_flags=(unsure_words, *many))
                       ).cover.first_flag
    assert first is not None and first.quote.text == "wording only"  # none sure: the first
    assert cover.red_flag_count == 5 and cover.unread == ("x.zip: the archive is cut off",)
    assert cover.rests_on.platforms == ("linkedin", "x")
    assert dict(cover.rests_on.counts)["connections"] == 320


def test_plan_names_what_the_numbers_measure(amara):
    result = dataclasses.replace(amara, recommendations=(dataclasses.replace(
        amara.recommendations[0], dimension="professionalism", signal="red_flags",
        current="3", target="0"),))
    task = build_view(result).plan.weeks[0].tasks[0]
    assert task.measure.startswith("Posts an employer would see as a red flag")


def test_a_flag_without_an_explicit_word_never_sounds_sure_and_shows_its_words(amara):
    flags = (flag("still shaking after presenting, honestly", confidence=0.99,
                  words=("honestly", "presenting"), explicit=False),
             flag("Follow back tonight #f4f", category="spam", confidence=0.99, explicit=False),
             flag("you absolute clown", confidence=0.99, words=("clown",)))
    rf = build_view(dataclasses.replace(amara, red_flags=flags), audience="counselor").red_flags
    by_text = {f.quote.text: f for f in rf.in_full}
    capped = by_text["still shaking after presenting, honestly"]
    assert capped.tone == "likely" and "doubt your judgement" not in capped.reading
    assert capped.certainty == "judged on the wording" and capped.capped
    assert capped.words == ("honestly", "presenting")
    # spam is not judged by swear words, and an explicit flag keeps its tone
    assert by_text["Follow back tonight #f4f"].tone == "clear"
    assert by_text["you absolute clown"].tone == "clear"
    alone = build_view(dataclasses.replace(amara, red_flags=flags[:1])).red_flags
    assert alone.headline == "1 post could give some employers the wrong impression."


def test_flags_keep_their_words_through_json_and_old_results_read_as_before(amara):
    from assessor.result import Assessment

    new = dataclasses.replace(amara, red_flags=(
        flag("still drunk at my desk", words=("drunk", "desk"), explicit=False),))
    assert Assessment.from_dict(new.to_dict()).red_flags == new.red_flags
    old = new.to_dict()
    for r in old["red_flags"]:
        del r["words"], r["explicit"]
    back = Assessment.from_dict(old).red_flags[0]
    assert back.words == () and back.explicit  # saved before: worded as it was
