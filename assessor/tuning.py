"""Rubric-wide numbers a counselor may tune: advice and the reach figure.

A rubric may override any of them under a top-level ``advice:`` or ``reach:`` key; the defaults
here are what every shipped rubric uses.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Tuning(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AdviceParams(_Tuning):
    """What is worth advising, and what to do about a red-flag post."""

    min_gain: float = Field(default=0.05, ge=0, le=100,
                            description="Overall points a step must add to be advised.")
    rewrite_below_confidence: float = Field(default=0.6, ge=0, le=1,
                                            description="A red flag the classifier is less sure "
                                                        "of than this is to be rewritten or "
                                                        "explained, not deleted.")
    delete_from_confidence: float = Field(
        default=0.95, ge=0, le=1,
        description="A red flag the classifier is less sure of than this is to be rewritten or "
                    "deleted, not just deleted. Where red flags are rare, as in one person's "
                    "posts, flags below 0.95 were right less than half the time (33 test "
                    "candidates: 12 of 33), flags above it nearly always (80 of 83); on "
                    "Jigsaw's and Stormfront's validation posts, where flags are commoner, "
                    ".64-.73 and .45-.47 below, .91 and .59 above. The "
                    "report words such flags no surer than 'likely' "
                    "(report.flags.TONES).")
    delete_needs_explicit_word: bool = Field(
        default=True,
        description="An unprofessional flag says delete only when the post holds a swear "
                    "word, an insult, a slur or a masked word (a denied insult, 'not stupid', "
                    "does not count); without one it says rewrite or "
                    "delete. Such flags are wrong far more often (on real airline tweets about "
                    "19 times in 20 even at 0.8 and above), and the report words them no surer "
                    "than 'likely' (report.flags.WITHOUT_EXPLICIT_WORDS).")
    archive_after_days: int = Field(default=3 * 365, ge=0,
                                    description="A red flag older than this (three years) is to "
                                                "be archived or deleted.")


class ReachParams(_Tuning):
    """The Klout-style reach figure: ``min(most, round(scale * log10(1 + audience + likes /
    likes_per_follower)))``, and when it is contrasted with readiness."""

    scale: float = Field(default=12, gt=0,
                         description="Points per tenfold audience.")
    likes_per_follower: float = Field(default=10, gt=0,
                                      description="Likes that count as one follower.")
    most: int = Field(default=100, gt=0,
                      description="The highest reach.")
    high: int = Field(default=50, ge=0,
                      description="Reach from which a low readiness is called out.")
    low: int = Field(default=40, ge=0,
                     description="Reach below which a good readiness is called out.")
    ready: float = Field(default=60, ge=0, le=100,
                         description="Readiness that counts as good for the contrast.")
