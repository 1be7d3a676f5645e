"""What must hold on the examples (issue: the rubric engine)."""

from __future__ import annotations

import pytest
from support import example_assessment, example_candidate

from assessor.rubric import DIMENSIONS

SMM = "social-media-manager"
STRONG, VANITY, QUIET, ENGINEER, FLAGS = ("amara-okafor", "blake-sterling", "lin-wei",
                                          "diego-ramirez", "jordan-blake")


def test_strong_candidate_outranks_the_others_for_social_media():
    strong = example_assessment(STRONG, SMM).overall
    for other in (VANITY, QUIET, FLAGS):
        assert strong > example_assessment(other, SMM).overall, other


def test_influencer_has_weaker_network_quality_despite_far_more_followers():
    strong, vanity = example_assessment(STRONG, SMM), example_assessment(VANITY, SMM)
    assert vanity.vanity.followers > 10 * strong.vanity.followers
    assert (vanity.dimensions["network_quality"].score
            < strong.dimensions["network_quality"].score)


def test_roles_matter():
    assert (example_assessment(ENGINEER, "software-engineer").overall
            > example_assessment(STRONG, "software-engineer").overall)
    assert (example_assessment(STRONG, SMM).overall
            > example_assessment(ENGINEER, SMM).overall)


def _intended(name: str, category: str) -> set[str]:
    import json

    from support import EXAMPLES

    exp = json.loads((EXAMPLES / "expected.json").read_text())["candidates"][name]["sources"]
    return {pid for src in exp.values() for pid in src.get(category, [])}


def _post_texts(name: str, ids: set[str]) -> set[str]:
    cand = example_candidate(name)
    return {p.text for p in cand.posts if p.id in ids or (p.url and p.url in ids)
            or any(i in (p.url or "") or p.id.endswith(i) for i in ids)}


def test_every_unprofessional_post_is_a_red_flag_with_its_exact_text():
    result = example_assessment(FLAGS, SMM)
    flagged = {f.text for f in result.red_flags if f.category == "unprofessional"}
    intended = _post_texts(FLAGS, _intended(FLAGS, "unprofessional"))
    assert len(intended) == 5
    assert intended <= flagged


def test_jordan_blakes_red_flags_are_only_the_intended_ones():
    result = example_assessment(FLAGS, SMM)
    intended = _post_texts(FLAGS, _intended(FLAGS, "unprofessional") | _intended(FLAGS, "spam"))
    assert {f.text for f in result.red_flags} <= intended


@pytest.mark.parametrize("name", [STRONG, QUIET, ENGINEER])
def test_candidates_without_red_flag_posts_have_none(name):
    assert example_assessment(name, SMM).red_flags == ()


def test_quiet_students_plan_leads_with_cadence_and_network_building():
    # Lin has few posts, so one post read as networking rather than business insight (her
    # guest-lecture post, 0.63 against 0.31 since the 2026-12-06 model) puts "business share"
    # first; talking to people one to one stays in her first three.
    result = example_assessment(QUIET, "marketing-specialist")
    lead = [r.signal for r in result.recommendations[:3]]
    cadence_and_network = {"active_months", "days_since_last", "one_to_one_per_month",
                           "relevant_connections", "relevant_connection_share",
                           "conversation_ratio", "amplification"}
    assert cadence_and_network & set(lead), lead
    assert all(r.gain > 0 for r in result.recommendations)


@pytest.mark.parametrize("name", [STRONG, VANITY, QUIET, ENGINEER, FLAGS])
@pytest.mark.parametrize("role", [SMM, "software-engineer"])
def test_every_result_has_seven_dimensions_in_range(name, role):
    result = example_assessment(name, role)
    assert list(result.dimensions) == list(DIMENSIONS)
    assert 0 <= result.overall <= 100
    for dim in result.dimensions.values():
        assert 0 <= dim.score <= 100
        for c in dim.criteria:
            assert 0 <= c.points <= c.max_points + 1e-6


def test_json_result_matches_published_schema_and_round_trips():
    import json

    from assessor.result import Assessment, validate

    result = example_assessment(FLAGS, SMM)
    data = json.loads(result.to_json())
    validate(data)
    assert Assessment.from_dict(data) == result
    assert {"text", "category", "platform"} <= set(data["red_flags"][0])
