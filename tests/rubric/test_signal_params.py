"""A rubric criterion may override its signal's parameters under ``params:``; a bad one is
refused with the file, the key path and the line, like every rubric error (issue 13)."""

from __future__ import annotations

import pytest

from assessor.errors import RubricError
from assessor.rubric import parse_rubric, rubric_dir
from assessor.signals import AudienceParams, NoParams, OneToOneParams

SHIPPED = (rubric_dir() / "social-media-manager.yaml").read_text(encoding="utf-8")
#: The criterion reading one_to_one_per_month starts on line 128, weight on 129.
ONE_TO_ONE = "      - signal: one_to_one_per_month\n        weight: 45\n"


def _with(params_yaml: str, anchor: str = ONE_TO_ONE) -> str:
    """The shipped rubric with ``params:`` lines after the criterion's weight (line 130 on)."""
    assert anchor in SHIPPED
    return SHIPPED.replace(anchor, anchor + params_yaml, 1)


def test_shipped_rubrics_use_the_defaults():
    rubric = parse_rubric(SHIPPED, "copy.yaml")
    assert rubric.signal_params("one_to_one_per_month") == OneToOneParams()
    assert rubric.signal_params("audience_authenticity") == AudienceParams()
    assert rubric.signal_params("articles") == NoParams()


def test_an_override_is_validated_and_used():
    text = _with("        params: {window_days: 90, months: 3}\n")
    rubric = parse_rubric(text, "copy.yaml")
    assert rubric.signal_params("one_to_one_per_month") == OneToOneParams(window_days=90,
                                                                           months=3)
    rows = {r.name: r for r in rubric.parameter_rows(
        rubric.dimensions["engagement"].criteria[0])}
    assert (rows["window_days"].value, rows["window_days"].default,
            rows["window_days"].overridden) == (90, 182, True)


@pytest.mark.parametrize(("params", "message"), [
    ("{window: 90}",
     "dimensions.engagement.criteria.0.params.window: unknown parameter of signal "
     "'one_to_one_per_month'; its parameters: window_days, months (line 130)"),
    ("{window_days: soon}",
     "dimensions.engagement.criteria.0.params.window_days: Input should be a valid integer, "
     "unable to parse string as an integer (line 130)"),
    ("{months: 0}",
     "dimensions.engagement.criteria.0.params.months: Input should be greater than or equal "
     "to 1 (line 130)"),
    ("[90, 6]",
     "dimensions.engagement.criteria.0.params: Input should be a valid dictionary (line 130)"),
])
def test_a_bad_override_names_file_key_and_line(params, message):
    with pytest.raises(RubricError) as exc:
        parse_rubric(_with(f"        params: {params}\n"), "copy.yaml")
    assert str(exc.value) == f"copy.yaml: {message}"


def test_a_signal_without_parameters_refuses_any():
    anchor = "      - signal: articles\n        weight: 20\n"
    with pytest.raises(RubricError) as exc:
        parse_rubric(_with("        params: {count: 2}\n", anchor), "copy.yaml")
    assert str(exc.value) == ("copy.yaml: dimensions.evidence_of_results.criteria.3.params.count: "
                              "unknown parameter: signal 'articles' takes none (line 164)")


def test_rubric_wide_tuning_is_validated_too():
    rubric = parse_rubric(SHIPPED + "advice: {min_gain: 1.5}\nreach: {scale: 10}\n", "copy.yaml")
    assert rubric.advice.min_gain == 1.5 and rubric.reach.scale == 10
    with pytest.raises(RubricError) as exc:
        parse_rubric(SHIPPED + "advice: {min_gains: 1}\n", "copy.yaml")
    assert str(exc.value) == "copy.yaml: advice.min_gains: unknown key (line 201)"


def test_one_signal_is_measured_once_so_its_params_agree():
    anchor = "      - signal: articles\n        weight: 20\n"
    text = _with("        params: {window_days: 90}\n")
    # a second criterion reading one_to_one_per_month with other params, after articles
    extra = ("      - signal: one_to_one_per_month\n        weight: 5\n"
             "        curve: {poor: 0, fair: 1, good: 4, excellent: 8}\n"
             "        expect: Replies.\n        advice: Reply.\n")
    text = text.replace(anchor, extra + anchor, 1)
    with pytest.raises(RubricError) as exc:
        parse_rubric(text, "copy.yaml")
    assert str(exc.value) == (
        "copy.yaml: dimensions.evidence_of_results.criteria.3.params: signal "
        "'one_to_one_per_month' is read by another criterion with different params; one signal "
        "is measured once, so give both the same params (line 163)")


def test_rubrics_show_lists_each_parameter_and_who_set_it(tmp_path):
    from typer.testing import CliRunner

    from assessor.cli import app

    path = tmp_path / "tuned.yaml"
    path.write_text(_with("        params: {window_days: 90}\n"), encoding="utf-8")
    res = CliRunner().invoke(app, ["rubrics", "show", str(path)], env={"COLUMNS": "120"})
    assert res.exit_code == 0, res.output
    rows = [" ".join(line.replace("│", " ").split()) for line in res.output.splitlines()]
    assert "one_to_one_per_month window_days 90 rubric (default 182)" in rows
    assert "one_to_one_per_month months 6 default" in rows
    assert "profile_fields skills 5 default" in rows
    assert any(r.startswith("Tuning: advice.min_gain 0.05") for r in rows)
