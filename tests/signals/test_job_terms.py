"""Job postings: terms from a vocabulary of skills, tools and platforms plus repeated noun
phrases; never stop-words or verbs; covered and missing both shown (issue 12)."""

from __future__ import annotations

import pytest
from support import AS_OF, EXAMPLES
from typer.testing import CliRunner

from assessor import assess
from assessor.cli import app
from assessor.errors import RubricError
from assessor.job import STOP_WORDS, VERBS, job_terms, parse_vocabulary, vocabulary
from assessor.rubric import load_rubric

BACKEND = """Backend Engineer (Platform)

We are hiring a backend engineer to build and run our payments platform. You will design
services in Go, deploy them on Kubernetes, and store data in PostgreSQL. Our services talk
over gRPC, and our infrastructure is managed with Terraform on AWS.

Requirements: 3+ years of Go, Kubernetes in production, PostgreSQL, gRPC, Terraform, AWS.
"""

SOCIAL = """Social Media Coordinator

You will run our Instagram and TikTok accounts, plan the content calendar and run paid social
campaigns. You will report on engagement rate with Google Analytics every week, and run A/B
testing on ad creative. You will run community management for our brand community.
Run weekly reporting for the brand community.
"""

STACK = ["Go", "kubernetes", "postgresql", "grpc", "terraform", "aws"]


def test_a_backend_posting_names_its_stack():
    terms = job_terms(BACKEND, load_rubric("software-engineer"))
    assert list(terms[:6]) == STACK


def test_the_stack_is_missing_for_a_candidate_who_never_mentions_it(tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text(BACKEND, encoding="utf-8")
    result = assess(EXAMPLES / "amara-okafor", "software-engineer", job=posting, as_of=AS_OF)
    assert result.job is not None
    assert set(STACK) <= set(result.job.missing)
    assert not set(STACK) & set(result.job.covered)


def test_verbs_and_stop_words_never_become_terms():
    terms = job_terms(SOCIAL, load_rubric("social-media-manager"))
    assert "run" not in terms
    for term in terms:
        words = term.lower().split()
        assert not (len(words) == 1 and words[0] in VERBS | STOP_WORDS), term
    assert {"google analytics", "a/b testing", "content calendar", "instagram",
            "brand community"} <= set(terms)
    assert "analytics" not in terms  # only inside "Google Analytics" here


def test_go_the_verb_is_not_go_the_language():
    terms = job_terms("We go to market fast and go the extra mile for customers. We go far.",
                      load_rubric("software-engineer"))
    assert "Go" not in terms


def test_other_spellings_count_for_the_candidate_too():
    vocab = {t.name: t for t in vocabulary().terms}
    assert "k8s" in vocab["kubernetes"].spellings and "postgres" in vocab["postgresql"].spellings


def test_a_broken_vocabulary_file_names_itself():
    with pytest.raises(RubricError, match=r"rubrics/vocabulary/bad.yaml: terms: expected"):
        parse_vocabulary([("bad.yaml", "roles: [x]\nterms: [python]\n")])


def test_cli_shows_covered_and_missing(tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text(BACKEND, encoding="utf-8")
    res = CliRunner().invoke(app, ["assess", str(EXAMPLES / "lin-wei"), "--role",
                                   "software-engineer", "--job", str(posting), "--as-of",
                                   "2026-11-20", "--no-history"], env={"COLUMNS": "80"})
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    assert "covered (0): none" in out
    assert "missing (" in out and "Go, kubernetes, postgresql, grpc, terraform, aws" in out
