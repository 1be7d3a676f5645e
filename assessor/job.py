"""Job postings: the terms a posting asks for, to sharpen a rubric's keyword expectations.

Terms come first from a vocabulary of skills, tools and platforms per role family
(``rubrics/vocabulary/*.yaml``, shipped as package data, with multi-word terms and other
spellings), then from the rubric's own keywords, then from the posting's repeated noun
phrases. Stop-words and verbs never become terms.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from assessor.errors import InputError, RubricError
from assessor.rubric import Rubric

#: Words every posting uses that say nothing about the skills it wants.
POSTING_WORDS = frozenset("""
ability able apply applicant applicants application benefits best candidate candidates
company day days duties employer equal excellent experience experienced environment
friendly full help ideal include including job join just key know like looking make new
opportunity paid part plus preferred position related required requirements
responsibilities role salary skills strong team teams time understanding use using week
work working year years great good bonus nice must hybrid remote office per hour hours
""".split())  # noqa: SIM905 - a word list reads best as text

#: Verbs postings use to say what the job does; never a term on their own or inside a phrase.
VERBS = frozenset("""
run runs running ran manage manages managing managed build builds building built create
creates creating develop develops developing drive drives driving own owns owning lead leads
leading support supports supporting ensure ensures deliver delivers delivering design designs
write writes writing plan plans planning report reports collaborate collaborates
collaborating partner partners communicate communicates grow grows growing improve improves
maintain maintains maintaining monitor monitors track tracks analyse analyze analyses
analyzes analysing analyzing identify identifies execute executes executing coordinate
coordinates coordinating implement implements implementing optimise optimize optimising
optimizing launch launches launching share shares post posts respond responds respond
engage engages engaging ship ships shipping operate operates scale scales review reviews
mentor mentors learn learns thrive thrives apply bring brings help helps keep keeps want
love enjoy get gets take takes give gives set sets seeking seek seeks hire hiring offer
offers need needs expect expects will can may should would could is are be been being
have has had do does did am was were
""".split())  # noqa: SIM905

#: English function words (a short, fixed list: no download, no library).
STOP_WORDS = frozenset("""
a about above after again against all also an and any as at because before below between
both but by during each few for from further here how i if in into it its itself me more
most no nor not of off on once only or other our ours out over own same she so some such
than that the their theirs them then there these they this those through to too under
until up very we what when where which while who whom why with you your yours us he his
her him my one two three across within via etc e.g i.e well every based day-to-day
""".split())  # noqa: SIM905


@dataclass(frozen=True)
class Term:
    """One vocabulary term: its name, the spellings that count, and whether case matters."""

    name: str
    spellings: tuple[str, ...]
    exact: bool = False

    @property
    def pattern(self) -> str:
        """A regular expression matching any spelling as a whole word (plural allowed)."""
        alts = "|".join(re.escape(s if self.exact else s.lower()).replace(r"\ ", r"[\s-]+")
                        for s in sorted(self.spellings, key=len, reverse=True))
        plural = "" if self.exact else "(?:s|es)?"
        body = rf"(?<![\w+#.-])(?:{alts}){plural}(?![\w+#-])(?!\.\w)"
        return body if self.exact else "(?i)" + body


@dataclass(frozen=True)
class Vocabulary:
    """Terms by role family, from ``rubrics/vocabulary/*.yaml``."""

    terms: tuple[Term, ...]
    roles: dict[str, frozenset[str]]   # term name -> the roles whose files list it

    def for_role(self, role: str) -> tuple[Term, ...]:
        """Every term, the role's own family first (a posting may name any tool)."""
        own = [t for t in self.terms if role in self.roles.get(t.name, frozenset())]
        return tuple(own + [t for t in self.terms if t not in own])


def _vocabulary_files() -> list[tuple[str, str]]:
    folder = resources.files("assessor.rubrics").joinpath("vocabulary")
    return sorted((f.name, f.read_text(encoding="utf-8")) for f in folder.iterdir()
                  if f.name.endswith(".yaml"))


def parse_vocabulary(files: list[tuple[str, str]]) -> Vocabulary:
    """Read vocabulary files ``(name, text)``; a bad file names itself and the key."""
    terms: dict[str, Term] = {}
    roles: dict[str, set[str]] = {}
    for name, text in files:
        where = f"rubrics/vocabulary/{name}"
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise RubricError(where, f"is not valid YAML ({exc})") from None
        if not isinstance(data, dict) or not isinstance(data.get("roles", []), list):
            raise RubricError(where, "expected a mapping with roles: [role ids] and terms:")
        for key, exact in (("terms", False), ("exact", True)):
            section = data.get(key) or {}
            if not isinstance(section, dict):
                raise RubricError(where, f"{key}: expected term: [other spellings]")
            for term, others in section.items():
                if not isinstance(others, list | type(None)):
                    raise RubricError(where, f"{key}.{term}: expected a list of spellings")
                tname = str(term) if exact else str(term).lower()
                spellings = (str(term), *(str(o) for o in others or ()))
                old = terms.get(tname.lower())
                if old is not None:
                    spellings = tuple(dict.fromkeys(old.spellings + spellings))
                terms[tname.lower()] = Term(old.name if old else tname, spellings, exact)
                roles.setdefault(tname.lower(), set()).update(map(str, data.get("roles", [])))
    return Vocabulary(terms=tuple(terms.values()),
                      roles={terms[k].name: frozenset(v) for k, v in roles.items()})


@cache
def vocabulary() -> Vocabulary:
    """The shipped vocabulary (read once)."""
    return parse_vocabulary(_vocabulary_files())


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


_WORD = re.compile(r"[A-Za-z][A-Za-z+#./-]*[A-Za-z+#]|[A-Za-z]")
_SENTENCE = re.compile(r"[.;:!?()\n•\u2022,]+")


def _ignored(word: str) -> bool:
    w = word.lower()
    return w in STOP_WORDS or w in VERBS or w in POSTING_WORDS or len(w) < 2


def repeated_phrases(text: str, minimum: int = 2) -> list[str]:
    """Two- and three-word phrases the posting repeats, made only of content words.

    A phrase never crosses punctuation and never holds a stop-word, a verb or a generic
    posting word, so "you will run" or "run our" never become terms.
    """
    counts: Counter[str] = Counter()
    for chunk in _SENTENCE.split(text):
        words = [w.lower() for w in _WORD.findall(chunk)]
        for n in (3, 2):
            for i in range(len(words) - n + 1):
                gram = words[i:i + n]
                if not any(_ignored(w) for w in gram):
                    counts[" ".join(gram)] += 1
    ranked = sorted((c, len(p.split()), p) for p, c in counts.items() if c >= minimum)
    out: list[str] = []
    for _, _, phrase in reversed(ranked):
        if not any(phrase in longer for longer in out):
            out.append(phrase)
    return out


def job_terms(text: str, rubric: Rubric, limit: int = 20) -> tuple[str, ...]:
    """Terms the posting asks for, most specific first.

    The vocabulary's skills, tools and platforms the posting names (the role's family
    first, in the order the posting names them), then the rubric's own keywords it
    mentions, then its repeated noun phrases.
    """
    return tuple(t for t, _ in job_term_patterns(text, rubric, limit))


def job_term_patterns(text: str, rubric: Rubric, limit: int = 20
                      ) -> tuple[tuple[str, str], ...]:
    """:func:`job_terms` with the regular expression each term is matched by."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []   # spans a longer term already claimed
    terms = sorted(vocabulary().for_role(rubric.role),
                   key=lambda t: -max(len(s) for s in t.spellings))
    for term in terms:
        spans = [m.span() for m in re.finditer(term.pattern, text)]
        free = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in taken)]
        if free:
            found.append((free[0][0], term.name, term.pattern))
            taken.extend(spans)
    found.sort()
    out: dict[str, str] = {name: pattern for _, name, pattern in found}
    low = text.lower()
    for t in rubric.all_terms:
        key = t.lower()
        if key not in out and not any(key in o or o in key for o in out) and re.search(
                r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", low):
            out[key] = ""
    for phrase in repeated_phrases(text):
        if not any(phrase in o or o in phrase for o in out):
            out[phrase] = ""
    return tuple(list(out.items())[:limit])
