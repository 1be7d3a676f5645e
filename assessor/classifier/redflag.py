"""The red-flag detector: is a post ``unprofessional``, ``spam`` or clean?

It sits beside the topic classifier (which says what an ordinary post is about) and decides red
flags alone. Features, all computed with numpy (no scikit-learn at run time):

- word unigrams and bigrams from a vocabulary fixed at training time,
- character 3- to 5-grams of each token padded with spaces, hashed into ``2**char_bits`` buckets
  with a deterministic rolling hash (the same at training and at run time, on any machine),
- the lexicon's description of the post (:mod:`assessor.classifier.lexicon`).

Within a block each occurrence weighs ``1/sqrt(occurrences)``; one logistic regression per
red-flag class (one against the rest) scores a post, and a Platt scaling fitted on out-of-fold
scores turns each score into a calibrated logit. This is done in two views (:data:`VIEWS`): the
full one, and a work-blind one that leaves :data:`WORK_WORDS` out of its word and character
blocks. A post's logit for a class is the lower of the two, calibrated once more: a red flag
needs both views. A post that uses a slur with no everyday
second meaning (:func:`~assessor.classifier.lexicon.used_slur`) is ``unprofessional`` with at
least the probability measured for that rule on the training posts (``slur_floor``); so is a
post that abuses the person it speaks to (:func:`~assessor.classifier.lexicon.abuse`: "you sad
twat", "go f*** yourself"), with its own measured floor (``abuse_floor``). The whole
model is one ``.npz`` of plain arrays (``allow_pickle=False``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assessor.classifier.lexicon import (
    CATEGORIES,
    INTOXICATED,
    LEXICON,
    abuse,
    describe,
    explicit,
    mask_denied,
    token_sources,
    tokens,
    used_slur,
)

FLAG_NPZ = "red-flags.npz"
FLAG_CLASSES = ("clean", "spam", "unprofessional")
#: The detector's columns: one score and one calibrated probability per red-flag class.
FLAG_COLUMNS = ("unprofessional", "spam")
_P = np.uint64(1_000_003)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_SEP = 0  # code point that separates documents in the batch string
#: Words shown as what a flag rests on: at most this many, each adding at least MIN_PUSH to
#: the post's score (a logit), and never a placeholder such as a link, a number or a "!".
REASON_WORDS = 3
MIN_PUSH = 0.25
_NOT_WORDS = frozenset(("urltoken", "num", "numlong", "$", "£", "€", "%", "!", "?"))
#: Lexicon entries that belong to the words of their kind; the entries about how words are
#: aimed (at people, as name-calling) belong to the strong words they are about.
_OWN_WORDS = frozenset(("swear", "mild", "abbrev", "insult", "slur"))
_AIMED = frozenset(("targeted", "insult_at_people", "name_calling"))


@dataclass(frozen=True)
class Features:
    """A sparse matrix as coordinates; repeated coordinates add up."""

    rows: np.ndarray
    cols: np.ndarray
    vals: np.ndarray
    n: int
    width: int

    def to_csr(self) -> Any:
        from scipy.sparse import csr_matrix

        return csr_matrix((self.vals, (self.rows, self.cols)), shape=(self.n, self.width))


def _mix(h: np.ndarray, bits: int) -> np.ndarray:
    h = h ^ (h >> np.uint64(29))
    h = h * _M1
    h = h ^ (h >> np.uint64(32))
    return (h & np.uint64((1 << bits) - 1)).astype(np.int64)


def char_hashes(strings: list[str], bits: int, ns: tuple[int, ...] = (3, 4, 5)
                ) -> tuple[np.ndarray, np.ndarray]:
    """(document index, bucket) of every character n-gram, computed for the whole batch at once.

    A polynomial hash of the code points (mod 2**64), then a bit mixer. n-grams never cross
    from one document into the next.
    """
    if not strings:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    big = "\0".join(strings) + "\0"
    codes = np.frombuffer(big.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(s) + 1 for s in strings), dtype=np.int64, count=len(strings))
    doc = np.repeat(np.arange(len(strings), dtype=np.int64), lengths)
    seps = np.concatenate(([0], np.cumsum(codes == _SEP)))
    docs, buckets = [], []
    for n in ns:
        m = len(codes) - n + 1
        if m <= 0:
            continue
        h = np.full(m, np.uint64(n), dtype=np.uint64)
        for k in range(n):
            h = h * _P + codes[k:k + m]
        ok = seps[n:n + m] - seps[:m] == 0
        docs.append(doc[:m][ok])
        buckets.append(_mix(h[ok], bits))
    return np.concatenate(docs), np.concatenate(buckets)


def char_hashes_reference(text: str, bits: int, ns: tuple[int, ...] = (3, 4, 5)) -> list[int]:
    """The same buckets as :func:`char_hashes` for one string, in plain Python (for tests)."""
    mask64 = (1 << 64) - 1
    out = []
    for n in ns:
        for i in range(len(text) - n + 1):
            h = n
            for ch in text[i:i + n]:
                h = (h * 1_000_003 + ord(ch)) & mask64
            h ^= h >> 29
            h = (h * 0xBF58476D1CE4E5B9) & mask64
            h ^= h >> 32
            out.append(h & ((1 << bits) - 1))
    return out


def _scaled(r: np.ndarray, n: int) -> np.ndarray:
    """Each occurrence's value: 1 / sqrt(occurrences in its document), so a long post does not
    outweigh a short one (no sort or unique needed, which keeps run time low)."""
    count = np.bincount(r, minlength=n).astype(np.float64)
    count[count == 0] = 1.0
    scale: np.ndarray = 1.0 / np.sqrt(count)[r]
    return scale


@dataclass(frozen=True)
class Parsed:
    """A batch read once: word and lexicon entries, token occurrences (post, distinct token),
    and the character n-gram buckets of each distinct token (grouped by token)."""

    n: int
    w_rows: np.ndarray
    w_cols: np.ndarray
    l_rows: np.ndarray
    l_cols: np.ndarray
    occ_doc: np.ndarray
    occ_tok: np.ndarray
    tok_count: np.ndarray    # n-grams per distinct token
    tok_buckets: np.ndarray  # their buckets, token after token
    m_rows: np.ndarray       # (post, word vector) for each token with a pre-trained vector
    m_ids: np.ndarray


#: Words that name a group of people (a religion, an ethnicity, a nationality, a sexuality, a
#: gender, a disability): never evidence on their own, so the word and character blocks do not
#: read them. "Her colleague is a woman." or "No Muslim deserves to die." must be judged on
#: what they say of people, not on whom they mention; what makes a post bigoted ("vermin",
#: "go back", "disgusting") is still read, and so are slurs (the lexicon's, and the words).
IDENTITY_WORDS = frozenset((
    "woman", "women", "womens", "women's", "female", "females", "men", "male", "males",
    "feminist", "feminists", "muslim", "muslims", "moslem", "moslems", "islam", "islamic",
    "jew", "jews", "jewish", "judaism", "christian", "christians", "christianity", "catholic",
    "catholics",
    "hindu", "hindus", "sikh", "sikhs", "buddhist", "buddhists", "atheist", "atheists",
    "black", "blacks", "white", "whites", "asian", "asians", "latino", "latinos", "latina",
    "latinas", "latinx", "hispanic", "hispanics", "arab", "arabs", "african", "africans",
    "mexican", "mexicans", "indian", "indians", "chinese", "immigrant", "immigrants",
    "immigration", "migrant", "migrants", "refugee", "refugees", "foreigner", "foreigners",
    "gay", "gays", "lesbian", "lesbians", "queer", "trans", "transgender", "lgbt", "lgbtq",
    "lgbtqia", "bisexual", "homosexual", "homosexuals", "disabled", "disability",
    "disabilities", "deaf", "blind", "autistic", "elderly", "indigenous", "roma"))
#: Left out the same way and not kept (2026-12-07, measured as in ``CANDIDATE_C``'s note): the
#: words of work ("client", "office", "intern", "manager", "team", ...: 63 words) cleared short
#: posts such as "Meeting with a new client tomorrow, wish me luck" (0.99 -> 0.31) but raised
#: estimated false flags on airline tweets to .0151 (blunt complaints to the airline rose
#: past the threshold) and flagged 12 ordinary posts of the test candidates; twelve of them
#: (.0108, 9); and pronouns (.0097), which flagged 18 ordinary posts of the twelve test
#: candidates instead of 10.
#: Words of work, which the detector's second view (:attr:`RedFlagModel.second`) does not read.
#: The invented posts are the only ones about work, and many of their red flags are about a
#: client, a manager or the office, so a view that reads these words learns them as evidence:
#: "Meeting with a new client tomorrow, wish me luck" scored 0.99 and "Our director opened the
#: all-hands" 0.93. Left out of the only view (2026-12-07) they cleared such posts but blunt
#: complaints rose instead; a flag now needs both views, one that reads them and one that
#: does not.
WORK_WORDS = frozenset((
    "client", "clients", "customer", "customers", "office", "offices", "intern", "interns",
    "internship", "manager", "managers", "boss", "bosses", "director", "directors", "team",
    "teams", "teammate", "teammates", "colleague", "colleagues", "coworker", "coworkers", "hr",
    "leadership", "ceo", "cfo", "cto", "vp", "exec", "execs", "executive", "executives",
    "meeting", "meetings", "call", "calls", "standup", "all-hands", "hands", "project",
    "projects", "deadline", "deadlines", "company", "companies", "employer", "employers", "job",
    "jobs", "work", "working", "workplace", "shift", "shifts", "desk", "agency", "startup",
    "firm", "department", "staff", "employee", "employees", "recruiter", "recruiters", "hiring",
    "onboarding", "quarter", "q1", "q2", "q3", "q4", "budget", "report", "reports",
    "presentation", "deck", "pitch", "campaign", "campaigns", "brand", "brands", "account",
    "accounts", "stakeholder", "stakeholders", "partner", "partners", "vendor", "vendors",
    "lunch"))
#: What each view leaves out of its word and character features.
VIEWS = {"full": IDENTITY_WORDS, "work-blind": IDENTITY_WORDS | WORK_WORDS}
# Tried with the two views and not kept (2026-12-07, trained on two thirds of the training
# rows, calibrated and thresholded on the rest, measured on the 21 test candidates): words of
# asking (share, give, donate, raise, support, need, help, ...) left out of the work-blind view
# too did not clear the fundraisers flagged as spam (other posts flagged 19 -> 20); a third,
# pronoun-blind view ("you", "your", "ur", ...) cleared two banter posts (19 -> 17) but lost
# recall on ConvAbuse (.432 -> .415) and Jigsaw (.415 -> .394) and costs a third pass;
# numbers and currency signs left out of the work-blind view (numbers push towards spam, from
# SMS spam) flagged 20 and lowered SMS spam recall (.747 -> .722).
# A nonlinear head was tried too (2026-12-07, the same protocol, one view): gradient-boosted
# trees on the linear score (out of fold), the pooled word vectors and the lexicon entries.
# It caught more of the invented red flags (batch i .931 -> .971, the 21 test candidates 64 ->
# 70 of 79) but flagged 34 other posts of the candidates instead of 19, and recall at 3 % false
# flags fell on HateXplain (.154 -> .128) and HateCheck (.094 -> .057): not kept.
# Also tried without retraining, not kept (2026-12-07): a post of 40 words or more in two or more
# paragraphs scored as the lower of the whole post and its most flagged paragraph (a red flag
# sits somewhere). On the 33 test candidates (488 such posts) it cleared 3 of the 27 other posts
# flagged and lost none of the 95 caught, but it lowered a leak told across two paragraphs from
# 1.00 to 0.87, and no validation source has posts in paragraphs to measure it on.
#: The meaning block divides the sum of a post's word vectors by their number or by this,
#: whichever is larger: a post of one or two words does not rest on their vectors alone. With a
#: plain mean (2026-12-07) a bare "Agree 💯" was spam at 0.76 (the vector of "agree" carries
#: engagement bait, "comment AGREE"); with three it is clean, and the 24 test candidates had 16
#: other posts flagged instead of 18.
MEANING_FLOOR = 3


def pack_words(words: list[str]) -> np.ndarray:
    """A word list as one array of UTF-8 bytes, one word per line (stored with the detector and
    the vendored vectors; plain bytes load faster than an array of strings)."""
    return np.frombuffer("\n".join(words).encode("utf-8"), np.uint8)


def unpack_words(packed: np.ndarray) -> list[str]:
    """The words :func:`pack_words` packed, in order."""
    return bytes(packed).decode("utf-8").split("\n")


#: A batch's tokens and lexicon entries, post by post (:func:`read_posts`), shared by the views.
Read = list[tuple[list[str], list[int]]]


def read_posts(texts: list[str]) -> Read:
    """Each post's tokens and its lexicon entries: what every view reads first."""
    out = []
    for text in texts:
        full = tokens(text)
        read = mask_denied(text, full)
        if read is not text:
            text, full = read, tokens(read)
        out.append((full, describe(text, full)))
    return out


class Featurizer:
    """Texts to the detector's sparse features. ``vocabulary`` maps words and word pairs
    (``"a b"``) to columns; the character block follows it, then the lexicon block.

    Within the word block and within the character block each occurrence counts
    ``1 / sqrt(n)``, ``n`` being the block's occurrences in that post; lexicon entries are 1.
    """

    def __init__(self, vocabulary: dict[str, int], char_bits: int,
                 leave_out: frozenset[str] = IDENTITY_WORDS,
                 meaning: dict[str, int] | None = None) -> None:
        self.vocabulary = vocabulary
        #: Words with a pre-trained vector (:attr:`RedFlagModel.meaning`), to their rows.
        self.meaning = meaning or {}
        self.char_bits = char_bits
        self.leave_out = leave_out
        self.n_words = len(vocabulary)
        self.n_chars = 1 << char_bits
        self.width = self.n_words + self.n_chars + len(CATEGORIES)

    def content(self, toks: list[str]) -> list[str]:
        """The tokens the word and character blocks read: all but ``leave_out``
        (:data:`IDENTITY_WORDS`, and for the work-blind view :data:`WORK_WORDS` too)."""
        leave_out = self.leave_out
        return [t for t in toks if t not in leave_out]

    @staticmethod
    def terms(toks: list[str]) -> list[str]:
        return toks + list(map(" ".join, zip(toks, toks[1:], strict=False)))

    def parse(self, texts: list[str], read: Read | None = None) -> Parsed:
        """Tokens, word and lexicon entries, and each distinct token's character n-grams
        (``read``: :func:`read_posts` of ``texts``, when already computed)."""
        vocab = self.vocabulary
        w_rows: list[int] = []
        w_cols: list[int] = []
        l_rows: list[int] = []
        l_cols: list[int] = []
        occ_doc: list[int] = []
        every: list[str] = []
        m_rows: list[int] = []
        m_ids: list[int] = []
        meaning = self.meaning
        if read is None:
            read = read_posts(texts)
        for i, (full, hits) in enumerate(read):
            tk = self.content(full)
            ids = [j for j in map(vocab.get, self.terms(tk)) if j is not None]
            w_rows.extend([i] * len(ids))
            w_cols.extend(ids)
            if meaning:
                found = [j for j in map(meaning.get, tk) if j is not None]
                m_rows.extend([i] * len(found))
                m_ids.extend(found)
            l_rows.extend([i] * len(hits))
            l_cols.extend(hits)
            occ_doc.extend([i] * len(tk))
            every.extend(tk)
        seen = {t: j for j, t in enumerate(dict.fromkeys(every))}
        occ_tok = list(map(seen.__getitem__, every))
        tok_of, bucket = char_hashes([f" {t} " for t in seen], self.char_bits)
        order = np.argsort(tok_of, kind="stable")
        return Parsed(len(texts), np.asarray(w_rows, np.int64), np.asarray(w_cols, np.int64),
                      np.asarray(l_rows, np.int64), np.asarray(l_cols, np.int64),
                      np.asarray(occ_doc, np.int64), np.asarray(occ_tok, np.int64),
                      np.bincount(tok_of, minlength=len(seen)), bucket[order],
                      np.asarray(m_rows, np.int64), np.asarray(m_ids, np.int64))

    def blocks(self, texts: list[str], parsed: Parsed | None = None
               ) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """(rows, columns, values) of the word, character and lexicon blocks; duplicates (a term
        twice in a post) are separate entries that add up. Character n-grams are those of each
        token padded with a space on either side (like scikit-learn's ``char_wb``)."""
        p = parsed if parsed is not None else self.parse(texts)
        n = p.n
        lengths = p.tok_count[p.occ_tok]
        starts = np.cumsum(p.tok_count) - p.tok_count
        total = int(lengths.sum())
        cr = np.repeat(p.occ_doc, lengths)
        within = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        cc = p.tok_buckets[np.repeat(starts[p.occ_tok], lengths) + within]
        return [(p.w_rows, p.w_cols, _scaled(p.w_rows, n)),
                (cr, cc + self.n_words, _scaled(cr, n)),
                (p.l_rows, p.l_cols + self.n_words + self.n_chars, np.ones(len(p.l_rows)))]

    def transform(self, texts: list[str], parsed: Parsed | None = None) -> Features:
        """``parsed``: :meth:`parse` of ``texts``, when already computed."""
        parts = self.blocks(texts, parsed)
        rows, cols, vals = (np.concatenate([p[k] for p in parts]) for k in range(3))
        return Features(rows, cols, vals, len(texts), self.width)


def sigmoid(z: np.ndarray) -> np.ndarray:
    p: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))
    return p


@dataclass(frozen=True)
class RedFlagModel:
    """Weights of the detector, columns in :data:`FLAG_COLUMNS` order. The calibrated
    probability of column ``k`` is ``sigmoid(a_k * score_k + b_k)``, ``calibration[k] = (a, b)``."""

    vocabulary: dict[str, int]
    char_bits: int
    coef: np.ndarray          # (width, 2)
    intercept: np.ndarray     # (2,)
    calibration: np.ndarray   # (2, 2)
    tie: str                  # hash of the topic model this detector was trained with
    #: The share of training posts using a slur (:func:`used_slur`) that are unprofessional:
    #: the least ``unprofessional`` probability such a post gets. 0: the rule is off.
    slur_floor: float = 0.0
    #: The same for posts that abuse the person they speak to (:func:`abuse`: "you sad twat",
    #: "go f*** yourself"). 0: the rule is off.
    abuse_floor: float = 0.0
    #: Which words this view leaves out (:data:`VIEWS`).
    view: str = "full"
    #: The work-blind view. With it a post's logit for a class is the lower of the two views'
    #: calibrated logits, calibrated once more by ``joint`` (``(2, 2)``, like ``calibration``):
    #: a post is a red flag only when a view that reads the words of work and one that does
    #: not both say so.
    second: RedFlagModel | None = None
    joint: np.ndarray | None = None
    #: The meaning block: words with a pre-trained vector (GloVe, ``models/corpus/vectors``)
    #: to their rows in ``meaning_coef`` (``(words, 2)``), each row what that word adds to the
    #: class scores: the view's weights on the vector dimensions times the word's vector. A
    #: post adds the sum of its words' rows over their number, at least :data:`MEANING_FLOOR`,
    #: so a word never seen in training still counts by what it means ("imbecile" as "idiot"
    #: does). Both views share the words. None: no block.
    meaning: dict[str, int] | None = None
    meaning_coef: np.ndarray | None = None

    @property
    def featurizer(self) -> Featurizer:
        f = self.__dict__.get("_featurizer")
        if f is None:
            f = Featurizer(self.vocabulary, self.char_bits, VIEWS[self.view],
                           self.meaning if self.meaning_coef is not None else None)
            object.__setattr__(self, "_featurizer", f)
        return f

    def logits(self, texts: list[str], read: Read | None = None) -> np.ndarray:
        """This view's calibrated logits (its own Platt scaling of :meth:`scores`)."""
        z: np.ndarray = self.scores(texts, read) * self.calibration[:, 0] + self.calibration[:, 1]
        return z

    def view_logits(self, texts: list[str]) -> list[np.ndarray]:
        """Each view's :meth:`logits` (this view's, then the work-blind one's when there is
        one), reading the posts once for both."""
        read = read_posts(texts)
        out = [self.logits(texts, read)]
        if self.second is not None:
            out.append(self.second.logits(texts, read))
        return out

    def binding(self, texts: list[str], columns: list[int],
                logits: list[np.ndarray] | None = None) -> list[RedFlagModel]:
        """For each post, the view whose logit for its column is the lower one: the view the
        flag's probability rests on, and whose words explain it (``logits``: the posts'
        :meth:`view_logits`, when already computed)."""
        if self.second is None:
            return [self] * len(texts)
        a, b = logits if logits is not None else self.view_logits(texts)
        return [self if a[i, c] <= b[i, c] else self.second for i, c in enumerate(columns)]

    def scores(self, texts: list[str], read: Read | None = None) -> np.ndarray:
        """Each class's linear score (the logistic regressions' decision function).

        The same sums as the sparse features times the weights, grouped for speed: a distinct
        token's character n-grams are summed once, then each post adds its tokens' sums and
        divides by the square root of its n-gram count."""
        f = self.featurizer
        p = f.parse(texts, read)
        n, k = p.n, len(FLAG_COLUMNS)
        out = np.tile(self.intercept, (n, 1))
        w_count = np.bincount(p.w_rows, minlength=n).astype(np.float64)
        c_count = np.bincount(p.occ_doc, weights=p.tok_count[p.occ_tok].astype(np.float64),
                              minlength=n)
        tok_of = np.repeat(np.arange(len(p.tok_count)), p.tok_count)
        for j in range(k):
            words = np.bincount(p.w_rows, weights=self.coef[p.w_cols, j], minlength=n)
            out[:, j] += words / np.sqrt(np.maximum(w_count, 1.0))
            per_token = np.bincount(tok_of, weights=self.coef[p.tok_buckets + f.n_words, j],
                                    minlength=len(p.tok_count))
            chars = np.bincount(p.occ_doc, weights=per_token[p.occ_tok], minlength=n)
            out[:, j] += chars / np.sqrt(np.maximum(c_count, 1.0))
            out[:, j] += np.bincount(p.l_rows, weights=self.coef[
                p.l_cols + f.n_words + f.n_chars, j], minlength=n)
        if self.meaning_coef is not None and len(p.m_rows):
            m_count = np.maximum(np.bincount(p.m_rows, minlength=n), MEANING_FLOOR)
            for j in range(k):
                out[:, j] += np.bincount(p.m_rows, weights=self.meaning_coef[p.m_ids, j],
                                         minlength=n) / m_count
        return out

    def char_sums(self, toks: list[str], column: int) -> dict[str, tuple[float, int]]:
        """Each distinct token's character n-gram weights for ``column``, summed, and how many
        n-grams it has (one hashing pass for them all)."""
        distinct = list(dict.fromkeys(toks))
        if not distinct:
            return {}
        f = self.featurizer
        tok_of, buckets = char_hashes([f" {t} " for t in distinct], f.char_bits)
        sums = np.bincount(tok_of, weights=self.coef[buckets + f.n_words, column],
                           minlength=len(distinct))
        counts = np.bincount(tok_of, minlength=len(distinct))
        return {t: (float(v), int(c)) for t, v, c in zip(distinct, sums, counts, strict=True)}

    def pushes(self, text: str, column: int,
               chars: dict[str, tuple[float, int]] | None = None,
               pairs: list[tuple[str, str]] | None = None
               ) -> tuple[list[tuple[str, str]], np.ndarray, bool]:
        """How much each token of a post adds to its score for ``column`` (``FLAG_COLUMNS``):
        its word weight, half of each word pair it is in, its character n-grams, its share of
        the meaning block and the lexicon entries that are about it, each scaled as
        :meth:`scores` scales them; with the tokens as
        :func:`~assessor.classifier.lexicon.token_sources` gives them, and whether the lexicon
        found anything explicit. The pushes plus the intercept add up to the score
        but for the lexicon entries about the post as a whole (shouting, "!!!", money, a link).
        ``chars``: :meth:`char_sums` of these tokens, and ``pairs``: the post's
        :func:`~assessor.classifier.lexicon.token_sources`, when already computed.
        """
        f = self.featurizer
        read = mask_denied(text)
        if pairs is None:
            pairs = token_sources(read)
        full = [t for t, _ in pairs]
        keep = [i for i, t in enumerate(full) if t not in f.leave_out]
        tk = [full[i] for i in keep]
        coef = self.coef[:, column]
        push = [0.0] * len(full)  # plain floats: a post has few words, numpy calls cost more
        hits = [(j, c) for j, c in enumerate(map(self.vocabulary.get, f.terms(tk)))
                if c is not None]
        if hits:
            scale = 1.0 / math.sqrt(len(hits))
            weights = coef[[c for _, c in hits]].tolist()
            n = len(tk)
            for (j, _), w in zip(hits, weights, strict=True):
                if j < n:
                    push[keep[j]] += w * scale
                else:  # a word pair: half to each of its words
                    push[keep[j - n]] += w * scale / 2
                    push[keep[j - n + 1]] += w * scale / 2
        if tk:
            if chars is None or not all(t in chars for t in tk):
                chars = self.char_sums(tk, column)
            per_gram = 1.0 / math.sqrt(max(sum(chars[t][1] for t in tk), 1))
            for i, t in zip(keep, tk, strict=True):
                push[i] += chars[t][0] * per_gram
        if self.meaning_coef is not None:
            found = [(i, j) for i, j in zip(keep, map(f.meaning.get, tk), strict=True)
                     if j is not None]
            if found:
                share = self.meaning_coef[[j for _, j in found], column].tolist()
                for (i, _), v in zip(found, share, strict=True):
                    push[i] += v / max(len(found), MEANING_FLOOR)
        cats = [CATEGORIES[c] for c in describe(read, full)]
        base = f.n_words + f.n_chars
        for name in cats:
            if name in _OWN_WORDS:
                about = [i for i, t in enumerate(full) if LEXICON.get(t) == name]
            elif name == "masked":
                about = [i for i, t in enumerate(full) if t == "maskedswear"]
            elif name in _AIMED:
                about = [i for i, t in enumerate(full)
                         if LEXICON.get(t) in ("swear", "insult", "slur", "abbrev")]
            elif name in ("intoxicated", "intoxicated_at_work"):
                about = [i for i, t in enumerate(full) if t in INTOXICATED]
            else:
                about = []
            for i in about:
                push[i] += float(coef[base + CATEGORIES.index(name)]) / len(about)
        return pairs, np.array(push), explicit(text, cats)

    def reasons_many(self, posts: list[tuple[str, int]], skip: frozenset[str] = frozenset(),
                     logits: list[np.ndarray] | None = None
                     ) -> list[tuple[tuple[str, ...], bool]]:
        """:meth:`reasons` of many ``(text, column)`` posts, hashing their words once per view
        (``logits``: the posts' :meth:`view_logits`, when already computed)."""
        views = self.binding([t for t, _ in posts], [c for _, c in posts], logits)
        read = [token_sources(mask_denied(text)) for text, _ in posts]
        sums: dict[tuple[int, int], dict[str, tuple[float, int]]] = {}
        for view in {id(v): v for v in views}.values():
            toks = view.featurizer.content([t for pairs, v in zip(read, views, strict=True)
                                            if v is view for t, _ in pairs])
            for c in {c for (_, c), v in zip(posts, views, strict=True) if v is view}:
                sums[id(view), c] = view.char_sums(toks, c)
        return [self.reasons(text, c, skip, sums[id(v), c], pairs, v)
                for (text, c), pairs, v in zip(posts, read, views, strict=True)]

    def reasons(self, text: str, column: int, skip: frozenset[str] = frozenset(),
                chars: dict[str, tuple[float, int]] | None = None,
                pairs: list[tuple[str, str]] | None = None,
                view: RedFlagModel | None = None) -> tuple[tuple[str, ...], bool]:
        """The words that pushed a post's ``column`` score up the most, as the person wrote
        them (at most :data:`REASON_WORDS`, each adding at least :data:`MIN_PUSH`), and whether
        the lexicon found a swear word, an insult, a slur or a masked word in it. Words in
        ``skip`` (function words: "your", "this", "can't") are passed over: they weigh, but
        they tell a reader nothing. The words are those of the view the probability rests on
        (:meth:`binding`; ``view`` when already known, with ``chars`` of that view)."""
        if view is None:
            view = self.binding([text], [column])[0]
        pairs, push, explicit = view.pushes(text, column, chars, pairs)
        words: list[str] = []
        slur = used_slur(text) if column == 0 and self.slur_floor else None
        if slur:  # what the rule rests on comes first
            words.append(slur)
        abused = abuse(text) if column == 0 and self.abuse_floor and not slur else None
        if abused:
            words.append(abused)
        # a word of the rule's phrase is not shown again on its own ("you sad twat", not "twat")
        covered = set(abused.split()) if abused else set()
        for i in np.argsort(-push, kind="stable"):
            if push[i] < MIN_PUSH or len(words) == REASON_WORDS:
                break
            token, piece = pairs[i]
            shown = piece.strip("!?'#.,") or token
            if (token not in _NOT_WORDS and token not in skip
                    and token.split("'")[0] not in skip and shown not in words
                    and shown not in covered):
                words.append(shown)
        return tuple(words), explicit

    def flag_proba(self, texts: list[str], logits: list[np.ndarray] | None = None
                   ) -> np.ndarray:
        """Calibrated probabilities, columns ``unprofessional`` and ``spam``: each is the chance
        that the post is that red flag (``logits``: the posts' :meth:`view_logits`, when
        already computed)."""
        z, *blind = logits if logits is not None else self.view_logits(texts)
        if blind and self.joint is not None:
            z = np.minimum(z, blind[0]) * self.joint[:, 0] + self.joint[:, 1]
        p = sigmoid(z)
        for floor, rule in ((self.slur_floor, used_slur), (self.abuse_floor, abuse)):
            if floor:
                hit = [i for i, t in enumerate(texts) if rule(t)]
                p[hit, 0] = np.maximum(p[hit, 0], floor)
        return p

    def save(self, path: Path) -> None:
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        arrays: dict[str, Any] = {
            "terms": pack_words(terms), "char_bits": np.array(self.char_bits),
            "coef": self.coef.astype(np.float32), "intercept": self.intercept,
            "calibration": self.calibration, "columns": np.array(FLAG_COLUMNS),
            "tie": np.array(self.tie), "slur_floor": np.array(self.slur_floor),
            "abuse_floor": np.array(self.abuse_floor),
            **self._second_arrays(), **self._meaning_arrays()}
        np.savez_compressed(path, **arrays)

    def _meaning_arrays(self) -> dict[str, np.ndarray]:
        if self.meaning is None or self.meaning_coef is None:
            return {}
        words = sorted(self.meaning, key=self.meaning.__getitem__)
        out: dict[str, np.ndarray] = {
            "meaning_words": pack_words(words),
            "meaning_coef": self.meaning_coef.astype(np.float32)}
        if self.second is not None and self.second.meaning_coef is not None:
            out["blind_meaning_coef"] = self.second.meaning_coef.astype(np.float32)
        return out

    def _second_arrays(self) -> dict[str, np.ndarray]:
        b = self.second
        if b is None or self.joint is None:
            return {}
        terms = sorted(b.vocabulary, key=b.vocabulary.__getitem__)
        return {"blind_terms": pack_words(terms), "blind_coef": b.coef.astype(np.float32),
                "blind_intercept": b.intercept, "blind_calibration": b.calibration,
                "joint": self.joint}

    @classmethod
    def load(cls, path: Path) -> RedFlagModel:
        """Read a detector; raises ValueError when its arrays do not fit together."""
        k = len(FLAG_COLUMNS)
        with np.load(path, allow_pickle=False) as z:
            char_bits = int(z["char_bits"])
            meaning = None
            if "meaning_words" in z.files:
                meaning = {w: i for i, w in enumerate(unpack_words(z["meaning_words"]))}

            def block(name: str) -> np.ndarray | None:
                if meaning is None or name not in z.files:
                    return None
                coef: np.ndarray = z[name].astype(np.float64)
                if coef.shape != (len(meaning), k):
                    raise ValueError("arrays of inconsistent shapes")
                return coef

            second = joint = None
            if "blind_coef" in z.files:
                second = cls._view(z["blind_terms"], char_bits, z["blind_coef"],
                                   z["blind_intercept"], z["blind_calibration"], "work-blind",
                                   meaning=meaning, meaning_coef=block("blind_meaning_coef"))
                joint = z["joint"].astype(np.float64)
                if joint.shape != (k, 2):
                    raise ValueError("arrays of inconsistent shapes")
            model = cls._view(z["terms"], char_bits, z["coef"], z["intercept"],
                              z["calibration"], "full", tie=str(z["tie"]),
                              slur_floor=float(z["slur_floor"]),
                              abuse_floor=float(z["abuse_floor"]) if "abuse_floor" in z.files
                              else 0.0, second=second, joint=joint,
                              meaning=meaning, meaning_coef=block("meaning_coef"))
            columns = tuple(str(c) for c in z["columns"])
        if columns != FLAG_COLUMNS:
            raise ValueError("arrays of inconsistent shapes")
        return model

    @classmethod
    def _view(cls, terms_array: np.ndarray, char_bits: int, coef: np.ndarray,
              intercept: np.ndarray, calibration: np.ndarray, view: str, tie: str = "",
              slur_floor: float = 0.0, abuse_floor: float = 0.0,
              second: RedFlagModel | None = None, joint: np.ndarray | None = None,
              meaning: dict[str, int] | None = None,
              meaning_coef: np.ndarray | None = None) -> RedFlagModel:
        # packed bytes (pack_words); detectors saved before 2026-12-07 hold an array of strings
        terms = (unpack_words(terms_array) if terms_array.dtype == np.uint8
                 else [str(t) for t in terms_array.tolist()])
        model = cls(vocabulary={t: i for i, t in enumerate(terms)}, char_bits=char_bits,
                    coef=coef.astype(np.float64), intercept=intercept.astype(np.float64),
                    calibration=calibration.astype(np.float64), tie=tie,
                    slur_floor=slur_floor, abuse_floor=abuse_floor, view=view, second=second,
                    joint=joint,
                    meaning=meaning if meaning_coef is not None else None,
                    meaning_coef=meaning_coef)
        width = len(terms) + (1 << char_bits) + len(CATEGORIES)
        k = len(FLAG_COLUMNS)
        if (model.coef.shape != (width, k) or model.intercept.shape != (k,)
                or model.calibration.shape != (k, 2)):
            raise ValueError("arrays of inconsistent shapes")
        return model
