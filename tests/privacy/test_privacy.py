"""Privacy: --redact replaces third parties' names and handles; contacts are always removed."""

from __future__ import annotations

import dataclasses
import json

import pytest
from support import AS_OF, EXAMPLES, example_assessment, example_candidate
from typer.testing import CliRunner

from assessor.privacy import (
    EMAIL_MASK,
    PHONE_MASK,
    initials,
    redact,
    scrub_contacts,
    scrub_text,
    third_party_names,
)
from assessor.report import render_html
from assessor.result import EvidenceItem, RedFlag

ROLE = "social-media-manager"
POST = ("Thanks Dana Whitfield and @danaw_writes for the review! Reach me at "
        "amara.o@example.com or +1 555 123 4567. Amara Okafor, raised $8.2M, 12% up.")
SECRETS = ("Dana Whitfield", "danaw_writes", "amara.o@example.com", "555 123 4567")


def _with_post(result):
    dim_id, dim = next(iter(result.dimensions.items()))
    crit = dataclasses.replace(dim.criteria[0], evidence=(
        EvidenceItem(kind="post", text=POST, platform="x", date="2026-01-02", post_id="e1"),
        *dim.criteria[0].evidence))
    flag = RedFlag(category="unprofessional", platform="x", date="2026-03-01", text=POST,
                   why="Dana Whitfield is named.", action="Ask @danaw_writes first.",
                   severity=2, post_id="p1", confidence=0.9)
    return dataclasses.replace(
        result, dimensions={**result.dimensions,
                            dim_id: dataclasses.replace(dim, criteria=(crit, *dim.criteria[1:]))},
        red_flags=(flag,), second_look=(flag,))


@pytest.fixture(scope="module")
def amara():
    return example_assessment("amara-okafor", ROLE)


def test_redact_json_and_html(amara):
    raw = _with_post(amara)
    out = redact(scrub_contacts(raw), ["Dana Whitfield", "Amara"])
    for text in (out.to_json(), render_html(out)):
        assert not [s for s in SECRETS if s in text]
        assert "D. W." in text and "@d…" in text
        assert EMAIL_MASK in text and PHONE_MASK in text
        assert "Amara Okafor" in text          # the candidate's own name stays whole
        assert "$8.2M" in text and "12%" in text
    assert raw.red_flags[0].text == POST       # pure: the input is unchanged


def test_contacts_scrubbed_without_redact(amara):
    out = scrub_contacts(_with_post(amara))
    for text in (out.to_json(), render_html(out)):
        assert "amara.o@example.com" not in text and "555 123 4567" not in text
        assert "Dana Whitfield" in text and "@danaw_writes" in text


def test_scrubbing_rebuilds_only_what_changes(amara):
    # Nothing to scrub: the result comes back as it was, equal and unrebuilt.
    assert scrub_contacts(amara) is amara
    raw = _with_post(amara)
    out = scrub_contacts(raw)
    # The parts without an address or number are shared; those with one are new.
    assert out.vanity is raw.vanity and out.sources is raw.sources
    assert out.red_flags is not raw.red_flags
    assert EMAIL_MASK in out.red_flags[0].text and EMAIL_MASK in out.second_look[0].text
    dim_id = next(iter(raw.dimensions))
    assert EMAIL_MASK in out.dimensions[dim_id].criteria[0].evidence[0].text
    assert out.dimensions[dim_id].criteria[1:] == raw.dimensions[dim_id].criteria[1:]


def test_structural_fields_are_made_printable_but_not_scrubbed(amara):
    # A role id is never free text: its control codes go, its digits stay.
    raw = dataclasses.replace(amara, role="x\x1b[31m+1 555 123 4567")
    assert scrub_contacts(raw).role == "x[31m+1 555 123 4567"


def test_the_json_form_is_asdict(amara):
    raw = _with_post(amara)
    d = dataclasses.asdict(raw)
    assert raw.to_dict() == {"schema_version": d.pop("schema_version"),
                             "candidate": {"name": d.pop("candidate_name"),
                                           "id": d.pop("candidate_id")}, **d}


@pytest.mark.parametrize("text", [
    "on 2026-11-20", "$8.2M raised", "12% growth", "1,400 followers", "2019-2023",
    "2024 2025 2026", "post 1234567890123", "v3.14.159"])
def test_phone_regex_leaves_numbers_alone(text):
    assert scrub_text(text) == text


@pytest.mark.parametrize("text", [
    "+1 555 123 4567", "(555) 123-4567", "555.123.4567", "+44 20 7946 0958", "020 7946 0958",
    "+49-30-1234567"])
def test_phone_regex_finds_phones(text):
    assert scrub_text(f"call {text} today") == f"call {PHONE_MASK} today"


def test_names_and_initials():
    cand = example_candidate("amara-okafor")
    names = third_party_names(cand)
    assert "Kofi Mensah" in names and cand.name not in names
    assert initials("Dana Whitfield") == "D. W."


def test_cli_assess_redact_json(tmp_path):
    from assessor.cli import app

    runner = CliRunner()
    args = ["assess", str(EXAMPLES / "amara-okafor"), "--role", ROLE,
            "--as-of", AS_OF.isoformat(), "--json", "-", "--db", str(tmp_path / "h.sqlite3")]
    plain = runner.invoke(app, args)
    assert plain.exit_code == 0, plain.output
    connections = {c.name for c in example_candidate("amara-okafor").connections}
    shown = [n for n in connections if n in plain.stdout]
    assert shown, "the example's evidence should name a connection"
    res = runner.invoke(app, [*args, "--redact"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["candidate"]["name"] == "Amara Okafor"
    assert not [n for n in shown if n in res.stdout]
    assert all(initials(n) in res.stdout for n in shown)
    assert "@junpark_comms" not in res.stdout


def test_digits_inside_a_file_names_hash_are_not_a_phone_number():
    from assessor.privacy import scrub_text

    name = "twitter-2026-11-15-76d897858bfb55958a0e55c92d4545a7d95e9331f209c4065b81558d4545.zip"
    assert scrub_text(name) == name
    assert scrub_text(f"{name}, or call 555-123-4567") == f"{name}, or call [phone removed]"


def test_digits_before_a_short_id_ending_a_file_name_are_not_a_phone_number():
    from assessor.privacy import scrub_text

    # an Instagram export's name: "2026-11-15-43" read as a number once (2026-12-07)
    name = "instagram-meilin.sketches-2026-11-15-43d65c87.zip"
    assert scrub_text(name) == name
    assert scrub_text(f"{name}, or call 555-123-4567") == f"{name}, or call [phone removed]"
    assert "[phone removed]" in scrub_text("+1 (555) 123-4567abcd")


def test_a_number_with_letters_right_before_or_after_it_is_removed_whole():
    from assessor.privacy import scrub_text

    for text in ("Telefon5551234567", "call 555-123-4567now", "+447700900123now",
                 "+44 20 7946 0958ok", "+1 (555) 123-4567abc",
                 "电话13812345678联系我", "電話090-1234-5678です", "5551234567é"):
        assert "[phone removed]" in scrub_text(text), text
        assert not any(run in scrub_text(text) for run in (
            "5551234567", "7700900123", "13812345678", "1234-5678", "0958", "4567")), text
