"""The shortcut that skips the phone-number matcher never changes what is scrubbed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor import privacy
from assessor.privacy import _may_hold_phone, _phone_spans, scrub_text

# Pieces of real phone numbers and of the prose around them, in the forms the matcher knows:
# separators, brackets, plus signs, extension labels (any case, full-width, Cyrillic), and
# letters that fold onto them without case (ſ -> s, K -> k, ı/İ -> i).
PIECES = st.sampled_from([
    "0", "1", "2", "5", "7", "9", "12", "555", "0123", "4567", "20 7946 0958", "+", "＋", "00",
    "+44", "(", ")", "[", "]", "（", "）", "-", "–", "—", ".", "/", "~", "～", " ", "  ", "\t",
    "\n", "\xa0", "\u3000", "x", "X", "ext", "EXT.", "ext:", "extension", "extensión", "anexo",
    "int", "доб", "ｅｘｔ", "#", ";ext=", ",", ":", "ſ", "K", "ı", "İ", "a", "in", "on", "call",
    "tel", "days", "$", "%", "٣", "²", "https://x.com/a/status/", "20", "26", "-10-", "é"])
TEXT = st.lists(PIECES, max_size=25).map("".join)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_no_number_where_the_shortcut_sees_none(text: str) -> None:
    if not _may_hold_phone(text):
        assert _phone_spans(text) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_scrub_text_unchanged_by_the_shortcut(text: str) -> None:
    fast = scrub_text(text)
    saved = privacy._may_hold_phone
    privacy._may_hold_phone = lambda _text: True  # the matcher on every text with 7 digits
    try:
        assert scrub_text(text) == fast
    finally:
        privacy._may_hold_phone = saved


def test_numbers_still_found() -> None:
    assert _may_hold_phone("call +44 20 7946 0958 ext 12")
    assert scrub_text("call 020 7946 0958 today") == "call [phone removed] today"
    assert not _may_hold_phone("grew 40,000 followers in 30 days")
