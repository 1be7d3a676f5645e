"""The red-flag part of the report's view model: which flagged posts are shown, how fully, and
how sure each one sounds.

A red flag is the most serious thing the report says to a person, so its wording follows the
classifier's confidence: a flag the classifier is sure of says plainly what an employer could
think; a borderline one says the post *might* read that way and is worth a second look. The
confidence bands and their sentences live in :data:`TONES`, and nowhere else.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from assessor.classifier.lexicon import PLAIN_SLURS
from assessor.report.quotes import Quote, quote
from assessor.result import Assessment, RedFlag

FLAG_CATEGORIES = {"unprofessional": "Unprofessional", "spam": "Spam"}
#: Characters of a flagged post shown in full before it is trimmed with an ellipsis.
POST_LIMIT = 400
#: Red flags shown in full per audience; any beyond are listed one line each, so 60 spam posts
#: stay readable and the student copy stays short. The counselor copy shows more in full.
FLAGS_IN_FULL = {"student": 3, "counselor": 12}
FLAG_LINE_LIMIT = 38
#: Posts the classifier leaned red-flag on without enough confidence to count them.
SECOND_LOOK_LIMIT = 10
SECOND_LOOK_CHARS = 100

#: How a flag is worded, by the classifier's confidence: ``(floor, tone, label, sentence)``,
#: highest floor first. ``{kind}`` is the category in words ("unprofessional", "spam"). A flag
#: takes the first row whose floor its confidence reaches. "clear" starts at 0.95, where the
#: rubric's advice starts saying "delete" (``AdviceParams.delete_from_confidence``): where red
#: flags are rare, as in one person's posts, flags from 0.75 to 0.95 were right less than half
#: the time (12 of 33 on the 33 test candidates), flags above it nearly always (80 of 83); on
#: Jigsaw's and Stormfront's validation posts, where flags are commoner, .64 to .73 and .45 to
#: .47 below, .91 and .59 above. It was 0.8 until
#: 2026-12-07, and the calibration (right about 80 % of the time at 0.8) holds only where red
#: flags are as common as in the validation sets.
TONES: tuple[tuple[float, str, str, str], ...] = (
    (0.95, "clear", "the classifier is confident",
     "An employer reading this could doubt your judgement."),
    (0.6, "likely", "the classifier leans this way",
     "Some employers could read this as {kind}; it is worth changing."),
    (0.0, "possible", "the classifier is not sure",
     "This might read as {kind} to some readers; worth a second look."),
)
#: What the whole report says about its flags, by the most confident flag's tone.
HEADLINES = {
    "clear": "{n} {posts} could give an employer the wrong impression.",
    "likely": "{n} {posts} could give some employers the wrong impression.",
    "possible": "{n} {posts} might read the wrong way to some readers; worth a second look.",
}
KIND_WORDS = {"unprofessional": "unprofessional", "spam": "spam or engagement bait"}
#: The surest tone an ``unprofessional`` flag takes when the post holds no swear word, insult,
#: slur or masked word (a denied insult, "not stupid", does not count). Measured on real
#: airline tweets (models/corpus/airline), such flags were right about one time in twenty even
#: at 0.8 and above, against two in three for flags
#: with such a word; on HateXplain's and Stormfront's validation posts 0.75 and 0.50 (0.84
#: and 0.57 with one). On invented posts (leaks, drinking at work) both kinds were right.
WITHOUT_EXPLICIT_WORDS = "likely"
#: What a flag that rests on a slur says instead (see ``lexicon.used_slur``): that the word is
#: read as a slur, not what the person meant by it.
SLUR_READING = ("Many readers, employers among them, take “{word}” as a slur, whatever it means "
                "to you.")
#: Tone names, surest first.
_TONE_ORDER = tuple(row[1] for row in TONES)


@dataclass(frozen=True)
class FlagView:
    category: str
    category_label: str
    platform: str
    date: str
    quote: Quote
    action: str
    confidence: float
    url: str | None
    tone: str           # clear | likely | possible (see TONES)
    certainty: str      # "the classifier is confident", in words
    reading: str        # what an employer might think, as sure as the classifier is
    words: tuple[str, ...] = ()     # what the classifier reacted to most, as written
    capped: bool = False            # less sure than its confidence: no explicit word in it


@dataclass(frozen=True)
class FlagGroup:
    category: str
    label: str
    count: int
    why: str


@dataclass(frozen=True)
class RedFlags:
    total: int
    headline: str       # one sentence for the cover and the section, "" when none
    groups: tuple[FlagGroup, ...]
    in_full: tuple[FlagView, ...]
    in_brief: tuple[FlagView, ...]
    second_look: tuple[FlagView, ...]   # below the confidence floor: shown, never penalised
    second_look_total: int


def tone(confidence: float, capped: bool = False) -> tuple[str, str, str]:
    """``(tone, certainty, sentence template)`` for a flag of this confidence (see TONES);
    ``capped``: no surer than :data:`WITHOUT_EXPLICIT_WORDS`."""
    for floor, name, certainty, sentence in TONES:
        if confidence >= floor and not (capped and _TONE_ORDER.index(name)
                                        < _TONE_ORDER.index(WITHOUT_EXPLICIT_WORDS)):
            return name, certainty, sentence
    return TONES[-1][1:]  # pragma: no cover - the last floor is 0


def flag_tone(f: RedFlag) -> tuple[str, str, str]:
    """The tone of one flag: its confidence, capped when an ``unprofessional`` post holds no
    explicit word (see :data:`WITHOUT_EXPLICIT_WORDS`)."""
    return tone(f.confidence, capped=f.category == "unprofessional" and not f.explicit)


def headline(flags: tuple[RedFlag, ...]) -> str:
    """The one sentence about all the flags, as sure as the surest of them (each worded as
    :func:`flag_tone` words it)."""
    if not flags:
        return ""
    name = min((flag_tone(f)[0] for f in flags), key=_TONE_ORDER.index)
    n = len(flags)
    return HEADLINES[name].format(n=n, posts="post" if n == 1 else "posts")


def _safe_link(url: str | None) -> str | None:
    """Only web links become clickable; anything else (file:, data:, javascript:) is dropped."""
    if url and re.match(r"^https?://[^\s\"'<>]+$", url, re.IGNORECASE):
        return url
    return None


def _rests_on_slur(f: RedFlag) -> bool:
    """The detector names a slur first when its slur rule raised the flag."""
    return f.category == "unprofessional" and bool(f.words) and f.words[0] in PLAIN_SLURS


def flag_view(f: RedFlag, limit: int) -> FlagView:
    name, certainty, sentence = flag_tone(f)
    capped = name != tone(f.confidence)[0]
    if capped:
        certainty = "judged on the wording"
    return FlagView(
        category=f.category, category_label=FLAG_CATEGORIES.get(f.category, f.category),
        platform=f.platform, date=f.date, action=f.action.capitalize(),
        quote=quote(f.text, limit), confidence=f.confidence, url=_safe_link(f.url),
        tone=name, certainty=certainty,
        reading=(SLUR_READING.format(word=f.words[0]) if _rests_on_slur(f)
                 else sentence.format(kind=KIND_WORDS.get(f.category, f.category))),
        words=f.words,
        capped=capped)


def shortened(f: FlagView, limit: int = 150) -> FlagView:
    """The same flag with its post cut to a line or two (the cover's copy of the first one)."""
    return replace(f, quote=quote(f.quote.text, limit, one_paragraph=True))


def shown_order(f: RedFlag) -> tuple[bool, int, float, str]:
    """The order a report lists flags in: those worded as sure (:func:`flag_tone` "clear")
    first, then the rest; within each, :meth:`RedFlag.order` (most severe, most confident,
    oldest). A flag worded "likely" is wrong more often than a sure one, so it does not push a
    sure one out of the few shown in full, nor off the cover."""
    return (flag_tone(f)[0] != "clear", *f.order())


def red_flags(result: Assessment, audience: str) -> RedFlags:
    """The flags in :func:`shown_order`, the first few in full."""
    flags = tuple(sorted(result.red_flags, key=shown_order))
    counts = Counter(f.category for f in flags)
    why = {f.category: f.why for f in flags}
    groups = tuple(FlagGroup(c, FLAG_CATEGORIES.get(c, c), n, why[c])
                   for c, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    full = FLAGS_IN_FULL.get(audience, FLAGS_IN_FULL["student"])
    return RedFlags(
        total=len(flags), headline=headline(flags), groups=groups,
        in_full=tuple(flag_view(f, POST_LIMIT) for f in flags[:full]),
        in_brief=tuple(shortened(flag_view(f, POST_LIMIT), FLAG_LINE_LIMIT)
                       for f in flags[full:]),
        second_look=tuple(shortened(flag_view(f, POST_LIMIT), SECOND_LOOK_CHARS)
                          for f in result.second_look[:SECOND_LOOK_LIMIT]),
        second_look_total=len(result.second_look))
