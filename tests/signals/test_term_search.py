"""The fast term search gives exactly what a regex search over the whole text gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.signals.business import _has_term, _term_re

# Words and separators the term pattern treats specially, so the search meets its edge cases.
PIECES = st.sampled_from(["seo", "social", "media", "c++", "go", "-", " ", "  ", "\n", "s",
                          "es", "a", ".", "x-", "socials", "media-", "é", "_"])
TEXT = st.lists(PIECES, max_size=30).map("".join) | st.text(max_size=60)
TERM = (st.lists(st.sampled_from(["seo", "social", "media", "c++", "go", "a", "x-"]),
                 min_size=1, max_size=3).map(" ".join) | st.text(min_size=1, max_size=8))


@settings(max_examples=600, deadline=None)
@given(term=TERM, text=TEXT)
def test_same_as_a_search(term: str, text: str) -> None:
    corpus = text.lower()
    assert _has_term(term, corpus) == (_term_re(term).search(corpus) is not None)


def test_examples() -> None:
    assert _has_term("social media", "we grew our social-media reach")
    assert _has_term("seo", "two seos joined")
    assert not _has_term("seo", "seoul is far")
    assert not _has_term("go", "a go-to plan")  # "-" after the term is not a word break
    assert _has_term(" seo", "x seo") == (_term_re(" seo").search("x seo") is not None)
