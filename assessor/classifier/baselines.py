"""Two baselines the model card compares against, measured on the same held-out batch."""

from __future__ import annotations

import re

#: A hand-made keyword list per class: the approach the classifier is meant to beat.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "business_insight": ("revenue", "growth", "roi", "strategy", "results", "conversion",
                         "lesson", "learned", "case study", "%", "increase", "reduced",
                         "customers", "market", "data"),
    "networking": ("congrat", "thank", "grateful", "shout", "proud of", "great to meet",
                   "recommend", "kudos", "welcome", "collaborat"),
    "self_promotion": ("my new", "check out", "certified", "certificate", "milestone",
                       "followers", "award", "my latest", "subscribe", "i'm thrilled"),
    "job_search": ("open to work", "looking for", "hiring", "opportunit", "referral",
                   "internship", "available", "resume", "cv", "job"),
    "personal": ("weekend", "coffee", "dog", "cat", "family", "vacation", "holiday", "lol",
                 "birthday", "hike", "game"),
    "unprofessional": ("fuck", "f***", "shit", "idiot", "stupid", "hate", "drunk", "wasted",
                       "moron", "damn", "hungover", "useless"),
    "spam": ("follow for follow", "f4f", "giveaway", "dm me", "comment yes", "earn",
             "passive income", "crypto", "click the link", "free", "like and share"),
}


def keyword_baseline(texts: list[str]) -> list[str]:
    """The class whose keywords appear most often; ``personal`` when none appear."""
    out = []
    for text in texts:
        low = text.lower()
        hits = {c: sum(low.count(k) for k in kws) for c, kws in KEYWORDS.items()}
        best = max(hits.items(), key=lambda kv: kv[1])
        out.append(best[0] if best[1] else "personal")
    return out


def profanity_baseline(texts: list[str]) -> list[bool] | None:
    """alt-profanity-check's offensive-language detector, as a detector of ``unprofessional``.

    Returns None when the package is not installed (it is a dev extra).
    """
    try:
        from profanity_check import predict_prob
    except Exception:  # noqa: BLE001 - optional, and its pickled model may not load
        return None
    cleaned = [re.sub(r"\s+", " ", t) for t in texts]
    return [bool(p >= 0.5) for p in predict_prob(cleaned)]
