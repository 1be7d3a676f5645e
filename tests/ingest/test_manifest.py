"""candidate.yaml: who the candidate is, plus facts no export carries."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.errors import InputError
from assessor.ingest import manifest

FULL = """\
name: Amara Okafor
student_id: S-2025-014
target_role: social-media-manager
headline: Social media coordinator in the making
links: [https://amara-portfolio.example, https://www.behance.net/amaraok]
followers: {tiktok: 5300, youtube: 120}
notes: Asked for feedback on LinkedIn headline.
"""


def yaml_file(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "candidate.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_reads_every_key(tmp_path):
    facts = manifest.read(yaml_file(tmp_path, FULL))
    assert facts.name == "Amara Okafor" and facts.student_id == "S-2025-014"
    assert facts.target_role == "social-media-manager"
    assert facts.headline == "Social media coordinator in the making"
    assert facts.links == ["https://amara-portfolio.example", "https://www.behance.net/amaraok"]
    assert facts.followers == {"tiktok": 5300, "youtube": 120}
    assert facts.notes.startswith("Asked for feedback")


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n"])
def test_empty_manifest_is_all_defaults(tmp_path, text):
    facts = manifest.read(yaml_file(tmp_path, text))
    assert facts == manifest.Manifest()
    assert (facts.name, facts.links, facts.followers) == (None, [], {})


def test_numeric_student_id_becomes_text(tmp_path):
    assert manifest.read(yaml_file(tmp_path, "student_id: 2025014\n")).student_id == "2025014"


def test_byte_order_mark_is_stripped(tmp_path):
    facts = manifest.read(yaml_file(tmp_path, "\ufeffname: Amara Okafor\n"))
    assert facts.name == "Amara Okafor"


def test_manifest_is_frozen(tmp_path):
    facts = manifest.read(yaml_file(tmp_path, FULL))
    with pytest.raises(ValueError):
        facts.name = "Someone Else"


# -- errors name the file and the key or line ------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("name: Amara\ncolour: blue\n",
     "(key colour): unknown key; expected one of name, student_id, target_role, headline, links, "
     "followers, notes"),
    ("followers: {tiktok: -5}\n", "(key followers): followers.tiktok must be 0 or more"),
    ("followers: {tiktok: yes}\n", "(key followers): followers.tiktok must be a whole number"),
    ("followers: {tiktok: lots}\n", "(key followers.tiktok): Input should be a valid integer"),
    ("followers: 5300\n", "(key followers): Input should be a valid dictionary"),
    ("links: https://amara.example\n", "(key links): Input should be a valid list"),
    ("links: [https://a.example, 3]\n", "(key links.1): Input should be a valid string"),
    ("name: [Amara, Okafor]\n", "(key name): Input should be a valid string"),
    ("student_id: true\n", "(key student_id): Input should be a valid string"),
    ("student_id: 1.5\n", "(key student_id): Input should be a valid string"),
    ("target_role: {a: 1}\n", "(key target_role): Input should be a valid string"),
    ("- name: Amara\n", ": expected a mapping of keys such as name, student_id, target_role"),
    ("Amara Okafor\n", ": expected a mapping of keys such as name, student_id, target_role"),
    ("name: [unclosed\n", "(line 2): is not valid YAML (expected ',' or ']', but got "
                          "'<stream end>')"),
    ("name: Amara\n\tstudent_id: 3\n", "(line 2): is not valid YAML"),
    ("name: !!python/object/apply:os.system ['echo hi']\n",
     "(line 1): is not valid YAML (could not determine a constructor for the tag"),
])
def test_bad_manifests_name_file_and_key(tmp_path, text, expected):
    path = yaml_file(tmp_path, text)
    with pytest.raises(InputError) as err:
        manifest.read(path)
    assert str(err.value).startswith(f"{path} {expected}" if expected.startswith("(")
                                     else f"{path}{expected}")
    assert err.value.exit_code == 2


def test_not_utf8(tmp_path):
    with pytest.raises(InputError, match=r"candidate\.yaml: could not be read as YAML"):
        manifest.read(yaml_file(tmp_path, "name: Ren\xe9e\n".encode("latin-1")))


def test_deep_nesting_is_an_input_error(tmp_path):
    text = "notes: " + "[" * 3000 + "]" * 3000 + "\n"
    with pytest.raises(InputError, match="nested too deeply"):
        manifest.read(yaml_file(tmp_path, text))


# -- properties ----------------------------------------------------------------------------------
KEYS = st.sampled_from(["name", "student_id", "target_role", "headline", "links", "followers",
                        "notes", "other"])
SCALARS = st.sampled_from(["Amara", "3", "-1", "true", "null", "[a, b]", "{x: 1}", "{x: -2}",
                           "{tiktok: 5300}", "1.5", "'quoted'", "[", "&a x", "*a", "!!binary AA"])


def _outcome(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "candidate.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            assert isinstance(manifest.read(path), manifest.Manifest)
        except InputError as exc:
            assert str(exc).startswith(str(path))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(KEYS, SCALARS), max_size=6))
def test_any_keys_and_values_give_a_manifest_or_an_input_error(pairs):
    _outcome("".join(f"{key}: {value}\n" for key, value in pairs))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_manifest_or_an_input_error(text):
    _outcome(text)
