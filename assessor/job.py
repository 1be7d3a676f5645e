"""Job postings: the terms a posting stresses, to sharpen a rubric's keyword expectations."""

from __future__ import annotations

import re
from pathlib import Path

from assessor.errors import InputError
from assessor.rubric import Rubric

#: Words every posting uses that say nothing about the skills it wants.
POSTING_WORDS = frozenset("""
ability able apply applicant applicants application benefits best candidate candidates
company day days duties employer equal excellent experience experienced environment
friendly full help ideal include including job join just key know like looking make new
opportunity paid part plus preferred position related required requirements
responsibilities role salary skills strong team teams time understanding use using week
work working year years great good
""".split())  # noqa: SIM905 - a word list reads best as text


def read_job(path: Path) -> str:
    """The text of a posting file (.txt, .md or .html)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such job posting file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text; save the posting as a .txt file") from None
    if path.suffix.lower() in (".html", ".htm"):
        from assessor.ingest.parsing import html_to_text

        text = html_to_text(text)
    if len(text.split()) < 5:
        raise InputError(path, "is empty or too short to be a job posting")
    return text


def job_terms(text: str, rubric: Rubric, limit: int = 12) -> tuple[str, ...]:
    """Terms the posting stresses: the rubric's own terms it mentions, then its frequent phrases.

    Phrases come from scikit-learn's counting of one- and two-word n-grams with English stop
    words and generic posting words removed; a phrase must appear at least twice.
    """
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

    low = text.lower()
    mentioned = [t for t in rubric.all_terms
                 if re.search(r"(?<![\w-])" + re.escape(t.lower()) + r"(?![\w-])", low)]
    stop = sorted(ENGLISH_STOP_WORDS | POSTING_WORDS)
    vec = CountVectorizer(ngram_range=(1, 2), stop_words=stop,
                          token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z+#.-]*[a-zA-Z+#]\b")
    try:
        counts = vec.fit_transform([text]).toarray()[0]
    except ValueError:  # nothing left after stop words
        return tuple(mentioned[:limit])
    vocab = vec.get_feature_names_out()
    ranked = sorted(((int(c), len(t.split()), t) for c, t in zip(counts, vocab, strict=True)
                     if c >= 2), reverse=True)
    extra: list[str] = []
    for _, _, term in ranked:
        if any(term in m.lower() or m.lower() in term for m in mentioned + extra):
            continue
        extra.append(term)
    return tuple((mentioned + extra)[:limit])
