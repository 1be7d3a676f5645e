"""Rubric files: every shipped rubric is valid; bad rubrics get messages naming key and line."""

from __future__ import annotations

import pytest
from support import ROOT
from typer.testing import CliRunner

from assessor.cli import app
from assessor.errors import RubricError
from assessor.rubric import available_roles, load_rubric, parse_rubric

SMM = (ROOT / "rubrics" / "social-media-manager.yaml").read_text()
runner = CliRunner()
REQUIRED_ROLES = {"social-media-manager", "marketing-specialist", "software-engineer",
                  "data-analyst", "hr-recruiter", "sales-business-development",
                  "communications-pr", "ux-designer", "nonprofit-program-coordinator",
                  "content-writer"}


def test_all_required_roles_ship_and_validate():
    assert set(available_roles()) >= REQUIRED_ROLES
    for role in available_roles():
        rubric = load_rubric(role)
        assert rubric.role == role
        assert rubric.keywords and rubric.network.relevant_titles


@pytest.mark.parametrize(("old", "new", "message"), [
    ("    weight: 20\n    criteria:\n      - signal: business_share",
     "    weight: 20\n    colour: blue\n    criteria:\n      - signal: business_share",
     r"dimensions\.business_alignment\.colour: unknown key \(line \d+\)"),
    ("      - signal: business_share\n        weight: 50",
     "      - signal: business_share\n        weight: -5",
     r"dimensions\.business_alignment\.criteria\.0\.weight: Input should be greater than 0"),
    ("      - signal: business_share", "      - signal: follower_count",
     r"dimensions\.business_alignment\.criteria\.0\.signal: unknown signal 'follower_count'"),
    ("curve: {poor: 0.0, fair: 0.1, good: 0.25, excellent: 0.4}",
     "curve: {poor: 0.0, fair: 0.3, good: 0.25, excellent: 0.4}",
     r"dimensions\.business_alignment\.criteria\.0\.curve: poor, fair, good and excellent "
     r"must strictly increase .*\(line \d+\)"),
    ("    weight: 20\n    criteria:\n      - signal: business_share",
     "    weight: many\n    criteria:\n      - signal: business_share",
     r"dimensions\.business_alignment\.weight: Input should be a valid number"),
])
def test_bad_rubric_messages_name_file_and_key_path(old, new, message):
    assert old in SMM
    with pytest.raises(RubricError, match=r"^copy\.yaml: " + message):
        parse_rubric(SMM.replace(old, new, 1), "copy.yaml")


def test_all_weights_zero_makes_no_sense():
    import re

    text = re.sub(r"(?m)^(  [a-z_]+:\n    weight: )\d+", r"\g<1>0", SMM)
    with pytest.raises(RubricError, match="dimension weights add up to 0"):
        parse_rubric(text, "zero.yaml")


def test_missing_dimension_is_named():
    start = SMM.index("  profile_completeness:")
    with pytest.raises(RubricError, match="missing dimension.*profile_completeness"):
        parse_rubric(SMM[:start], "short.yaml")


def test_validate_command_exit_codes(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(SMM)
    bad = tmp_path / "bad.yaml"
    bad.write_text(SMM.replace("role: social-media-manager", "role: Social Media!"))
    ok = runner.invoke(app, ["rubrics", "validate", str(good)])
    assert ok.exit_code == 0 and "ok" in ok.output
    res = runner.invoke(app, ["rubrics", "validate", str(good), str(bad)])
    assert res.exit_code == 1
    assert f"Error: {bad}: role: String should match pattern" in res.stderr


def test_unknown_role_lists_available_roles():
    res = runner.invoke(app, ["assess", str(ROOT / "examples" / "lin-wei"), "--role", "pilot"])
    assert res.exit_code == 2  # a usage error (issue 12)
    assert "unknown role 'pilot'. Available roles: " in res.stderr
    assert "software-engineer" in res.stderr


def test_rubrics_list_and_show():
    res = runner.invoke(app, ["rubrics", "list"])
    assert res.exit_code == 0 and "social-media-manager" in res.output
    res = runner.invoke(app, ["rubrics", "show", "social-media-manager"])
    assert res.exit_code == 0 and "business_share" in res.output
