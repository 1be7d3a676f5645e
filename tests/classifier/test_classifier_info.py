"""What a result says about the classifier that read the posts."""

from __future__ import annotations

from types import SimpleNamespace

from assessor.api import classifier_info


def test_real_training_posts_count_only_the_sources_trained_on():
    meta = {"corpus": {"size": 40},
            "red_flags": {"validation_only": ["watched"],
                          "sources": {"taught": {"counts": {"train_clean": 7,
                                                            "train_unprofessional": 3,
                                                            "validation_clean": 100}},
                                      "watched": {"counts": {"train_clean": 50}}}}}
    info = classifier_info(SimpleNamespace(meta=meta))
    assert info["corpus_size"] == 40 and info["real_training_posts"] == 10


def test_a_model_without_real_sources_says_none():
    assert classifier_info(SimpleNamespace(meta={}))["real_training_posts"] is None


def test_the_count_training_recorded_wins_over_the_split_counts():
    # a source trained on in part (HateXplain: only its clean posts without strong words)
    meta = {"red_flags": {"real_training_posts": 12,
                          "sources": {"partly": {"counts": {"train_clean": 70}}}}}
    assert classifier_info(SimpleNamespace(meta=meta))["real_training_posts"] == 12
