"""A numpy-only export of the trained pipeline, for fast start-up.

Importing scikit-learn and skops costs seconds on this machine, more than ``assess`` may take
in all. When the selected model is a word TF-IDF + multinomial logistic regression, training
also writes its weights as plain arrays (``post-classifier.npz``, read with
``allow_pickle=False``: no objects, nothing to audit). :class:`LinearTextModel` applies them
exactly as the pipeline does: lower-case, the vectorizer's token pattern, sublinear term
frequency, idf, L2 normalisation, linear scores, softmax. A test checks that its probabilities
match the scikit-learn pipeline's on the whole corpus.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

NPZ_NAME = "post-classifier.npz"


@dataclass(frozen=True)
class LinearTextModel:
    classes_: tuple[str, ...]
    vocabulary_: dict[str, int]
    idf: np.ndarray          # (V,)
    coef: np.ndarray         # (V, K), transposed for row gathers
    intercept: np.ndarray    # (K,)
    token_pattern: str
    sublinear_tf: bool
    source_sha256: str       # of the skops file these weights came from
    #: scikit-learn's English stop words, for the language gate (not used for features)
    stop_words: frozenset[str] = frozenset()

    @classmethod
    def from_pipeline(cls, pipeline: Any, source_sha256: str) -> LinearTextModel | None:
        """The export, or None when the pipeline is not of the supported shape."""
        vec, clf = pipeline.steps[0][1], pipeline.steps[-1][1]
        supported = (type(vec).__name__ == "TfidfVectorizer" and vec.analyzer == "word"
                     and tuple(vec.ngram_range) == (1, 1) and vec.lowercase
                     and vec.norm == "l2" and vec.use_idf and vec.stop_words is None
                     and vec.preprocessor is None and vec.tokenizer is None
                     and not vec.strip_accents and type(clf).__name__ == "LogisticRegression"
                     and len(clf.classes_) > 2)
        if not supported:
            return None
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        return cls(stop_words=frozenset(ENGLISH_STOP_WORDS),
                   classes_=tuple(str(c) for c in clf.classes_),
                   vocabulary_={str(k): int(v) for k, v in vec.vocabulary_.items()},
                   idf=np.asarray(vec.idf_, dtype=np.float64),
                   coef=np.ascontiguousarray(np.asarray(clf.coef_, dtype=np.float64).T),
                   intercept=np.asarray(clf.intercept_, dtype=np.float64),
                   token_pattern=vec.token_pattern, sublinear_tf=bool(vec.sublinear_tf),
                   source_sha256=source_sha256)

    def save(self, path: Path) -> None:
        terms = sorted(self.vocabulary_, key=self.vocabulary_.__getitem__)
        np.savez_compressed(
            path, classes=np.array(self.classes_), terms=np.array(terms), idf=self.idf,
            coef=self.coef, intercept=self.intercept, token_pattern=np.array(self.token_pattern),
            sublinear_tf=np.array(self.sublinear_tf), source_sha256=np.array(self.source_sha256),
            stop_words=np.array(sorted(self.stop_words)))

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        """Read an export; raises ValueError when its arrays do not fit together."""
        with np.load(path, allow_pickle=False) as z:
            terms = [str(t) for t in z["terms"].tolist()]
            model = cls(classes_=tuple(str(c) for c in z["classes"]),
                        vocabulary_={t: i for i, t in enumerate(terms)},
                        idf=z["idf"].astype(np.float64), coef=z["coef"].astype(np.float64),
                        intercept=z["intercept"].astype(np.float64),
                        token_pattern=str(z["token_pattern"]),
                        sublinear_tf=bool(z["sublinear_tf"]),
                        source_sha256=str(z["source_sha256"]),
                        stop_words=frozenset(str(w) for w in z["stop_words"]))
        v, k = len(terms), len(model.classes_)
        if model.idf.shape != (v,) or model.coef.shape != (v, k) or model.intercept.shape != (k,):
            raise ValueError("arrays of inconsistent shapes")
        re.compile(model.token_pattern)
        return model

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        tokenize = re.compile(self.token_pattern).findall
        vocab = self.vocabulary_
        flat: list[int] = []
        lengths: list[int] = []
        for text in texts:
            ids = [j for j in map(vocab.get, tokenize(text.lower())) if j is not None]
            flat.extend(ids)
            lengths.append(len(ids))
        n, v = len(texts), len(vocab)
        # count each (document, term) pair at once: keys sort by document, then term
        keys = np.repeat(np.arange(n, dtype=np.int64), lengths) * v + np.asarray(flat, np.int64)
        uniq, freq = np.unique(keys, return_counts=True)
        r = (uniq // v).astype(np.intp)
        c = (uniq % v).astype(np.intp)
        val = freq.astype(np.float64)
        if self.sublinear_tf:
            val = 1.0 + np.log(val)
        val *= self.idf[c]
        norm = np.sqrt(np.bincount(r, weights=val * val, minlength=n))
        norm[norm == 0] = 1.0
        val /= norm[r]
        scores = np.zeros((n, len(self.classes_)))
        if len(r):
            # rows are grouped by document, so each document's terms are one contiguous run
            starts = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
            scores[r[starts]] = np.add.reduceat(self.coef[c] * val[:, None], starts, axis=0)
        scores += self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
