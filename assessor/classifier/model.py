"""Loading, auditing and running the trained post classifier.

A model file is input, and input is not trusted: :func:`load_classifier` refuses any file whose
types are not in :data:`TRUSTED_TYPES`, naming the types it refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from assessor.classifier.labels import CLASSES, RED_FLAG_CLASSES, UNKNOWN
from assessor.errors import ModelError

MODEL_NAME = "post-classifier.skops"
META_NAME = "post-classifier.json"

#: Every type a model file may contain beyond what skops trusts by default. Anything else is
#: refused: a model file could otherwise run code when loaded.
TRUSTED_TYPES: tuple[str, ...] = (
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.str",
    "builtins.int",
    "builtins.float",
    "builtins.bool",
    "builtins.slice",
    "numpy.dtype",
    "numpy.ndarray",
    "numpy.float64",
    "numpy.int64",
    "numpy.int32",
    "numpy.str_",
    "scipy.sparse._csr.csr_matrix",
    "scipy.sparse._csr.csr_array",
    "sklearn.pipeline.Pipeline",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
)

_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"(?<!\w)@\w+")
_WORD = re.compile(r"[a-zà-öø-ÿ']+")
#: Function words of Spanish, Portuguese, French, German and Italian that are not English words.
#: A post with them goes to the language identifier even when an English stop word ("de",
#: "a", "me") or a short length would otherwise call it English.
_FOREIGN_WORDS = """
el los las una unos por para con que del muy pero estoy está estás soy eres somos mis
sus nuestro también gracias hola trabajo busco buscando porque cuando donde como pero aquí hoy
não uma com para dos estou você sou muito obrigado obrigada também trabalho
todos todas pelo pela apoio
meu minha seu sua hoje aqui ele ela nós está são tenho
le les des une je nous vous avec pour dans très merci bonjour suis mes
aux cette qui être avoir aujourd'hui travail cherche équipe
und der das ist ich nicht für ein eine einen auf wir sehr danke zu dem sich wie
auch heute habe meine mein arbeit suche bei nach oder aber
il della sono molto grazie questo questa lavoro anche oggi
"""
_FOREIGN = frozenset(_FOREIGN_WORDS.split())
#: A letter outside a-z (é, ß, Cyrillic, CJK...): emoji and punctuation are not letters.
_NON_ASCII_LETTER = re.compile(r"(?![a-zA-Z])[^\W\d_]")
#: Masked swearing (f***, sh*t, a**hole): one token, so the model sees it as one signal.
_MASKED = re.compile(r"\b\w+\*+\w*|\*\w+\*+\w*")


def normalise(text: str) -> str:
    """What the model sees: links replaced by a placeholder, @handles dropped, masked swearing
    made one token."""
    # Each pattern needs a character most posts lack: test for it before running the regex.
    if "http" in text or "www." in text:
        text = _URL.sub(" urltoken ", text)
    if "@" in text:
        text = _MENTION.sub(" ", text)
    if "*" in text:
        text = _MASKED.sub(" maskedswearword ", text)
    return text


@dataclass(frozen=True, slots=True)
class Prediction:
    """One post's class. ``label`` is ``unknown`` for posts not in English."""

    label: str
    probabilities: dict[str, float]
    language: str = "en"

    @property
    def confidence(self) -> float:
        return self.probabilities.get(self.label, 0.0)


@cache
def _english_words() -> frozenset[str]:
    """scikit-learn's English stop words. The numpy export carries a copy, so loading the
    fast model never imports scikit-learn just for this list."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


class LanguageGate:
    """Decides whether a post is English before it is classified.

    Posts where common English words make up a fair share, plain-Latin posts with any English
    function word, or plain-Latin posts made mostly of words the classifier learned from its
    English corpus, are English without further work; the rest go to py3langid (whose
    model takes about a second to load, so it is loaded only when needed), and only a confident
    non-English answer makes a post ``unknown``. Typo-laden English stays English: its function
    words are still English.
    """

    def __init__(self, min_confidence: float = 0.5,
                 known_words: frozenset[str] = frozenset(),
                 function_words: frozenset[str] | None = None) -> None:
        self.min_confidence = min_confidence
        self.known_words = known_words
        self._function_words = function_words

    @property
    def function_words(self) -> frozenset[str]:
        if self._function_words is None:
            self._function_words = _english_words()
        return self._function_words

    def language(self, text: str) -> str:
        words = _WORD.findall(text.lower())
        latin = text.isascii() or _NON_ASCII_LETTER.search(text) is None
        if words:
            foreign = sum(map(_FOREIGN.__contains__, words))
            if foreign >= 2 or (foreign and foreign * 3 >= len(words)):
                return self._identify(text, strict=False)
        if words:
            common = sum(map(self.function_words.__contains__, words))
            if common / len(words) >= 0.2 or (latin and (common or len(words) <= 4)):
                return "en"
            if latin and self.known_words:
                known = sum(map(self.known_words.__contains__, words))
                if known / len(words) >= 0.6:
                    return "en"  # words the English-trained model knows
        elif latin:
            return "en"  # emoji, numbers, hashtags only: nothing to tell
        return self._identify(text)

    def _identify(self, text: str, strict: bool = True) -> str:
        """py3langid's answer; only a confident non-English one (or, for a post full of
        foreign function words, any non-English one) makes the post non-English."""
        lang, prob = _identifier().classify(text)
        if lang != "en" and (prob >= self.min_confidence or not strict):
            return str(lang)
        return "en"


class Classifier:
    """A trained pipeline plus what it was trained on.

    Parameters
    ----------
    pipeline
        A scikit-learn pipeline with ``predict_proba`` whose ``classes_`` are the post classes.
    meta
        Training facts: scikit-learn version, corpus hash, metrics.
    """

    def __init__(self, pipeline: Any, meta: dict[str, Any], flags: Any = None) -> None:
        self.pipeline = pipeline
        self.meta = meta
        #: the red-flag detector (:class:`~assessor.classifier.redflag.RedFlagModel`); when
        #: present it alone decides red flags and their probabilities
        self.flags = flags
        self.classes: list[str] = [str(c) for c in pipeline.classes_]
        self.thresholds: dict[str, float] = dict(meta.get("thresholds", {}))
        vec = pipeline.steps[0][1] if hasattr(pipeline, "steps") else pipeline
        vocab = getattr(vec, "vocabulary_", {}) or {}
        self.gate = LanguageGate(known_words=frozenset(w for w in vocab if w.isalpha()),
                                 function_words=getattr(pipeline, "stop_words", None))

    def predict(self, texts: list[str]) -> list[Prediction]:
        """Classify posts. Empty input gives an empty list."""
        return self._predict(texts)[0]

    def predict_explained(self, texts: list[str], split: bool = False
                          ) -> tuple[list[Prediction], list[tuple[tuple[str, ...], bool]]]:
        """:meth:`predict` and, for each post, :meth:`reasons` of its label, reading each post
        once: the detector's scores that decide a flag also say which view explains it.

        ``split``: classify half of many posts in a forked child on a second core
        (:func:`assessor.forking.in_halves`; the answer is the same). For a command that
        classifies once; not for work that already runs in parallel (a batch), nor in a
        multi-threaded server."""
        if split:
            from assessor.forking import in_halves

            preds, found = in_halves(self._explained, texts)
            return preds, found
        return self._explained(texts)

    def _explained(self, texts: list[str]
                   ) -> tuple[list[Prediction], list[tuple[tuple[str, ...], bool]]]:
        preds, logits = self._predict(texts)
        return preds, self.reasons([(t, p.label) for t, p in zip(texts, preds, strict=True)],
                                   logits or None)

    def _predict(self, texts: list[str]) -> tuple[list[Prediction], list[Any]]:
        """:meth:`predict`, and the detector's :meth:`~RedFlagModel.view_logits` (none
        without a detector)."""
        if not texts:
            return [], []
        langs = [self.gate.language(t) for t in texts]
        proba = self.pipeline.predict_proba([normalise(t) for t in texts])
        logits = []
        if self.flags is not None:
            logits = self.flags.view_logits(texts)
            proba = self.combine(proba, self.flags.flag_proba(texts, logits))
        labels = self.decide_all(proba)
        classes = self.classes
        return [Prediction(label if lang == "en" else UNKNOWN,
                           dict(zip(classes, row, strict=True)), lang)
                for lang, label, row in zip(langs, labels, proba.tolist(), strict=True)], logits

    def reasons(self, posts: list[tuple[str, str]], logits: list[Any] | None = None
                ) -> list[tuple[tuple[str, ...], bool]]:
        """What each red flag rests on, for ``(text, label)`` pairs: the words that pushed the
        detector's ``label`` score up most, as written (function words passed over), and
        whether the post holds a swear word, an insult, a slur or a masked word. ``((),
        False)`` without a detector or for a label that is not a red flag. Meant for the
        flagged posts only: it reads each post again, unless ``logits`` (the detector's
        :meth:`~RedFlagModel.view_logits` of all the posts) say which view explains each."""
        from assessor.classifier.redflag import FLAG_COLUMNS

        out: list[tuple[tuple[str, ...], bool]] = [((), False)] * len(posts)
        if self.flags is None:
            return out
        todo = [i for i, (_, label) in enumerate(posts) if label in FLAG_COLUMNS]
        if not todo:
            return out
        found = self.flags.reasons_many(
            [(posts[i][0], FLAG_COLUMNS.index(posts[i][1])) for i in todo],
            self.gate.function_words, None if logits is None else [z[todo] for z in logits])
        for i, (words, explicit) in zip(todo, found, strict=True):
            out[i] = (words, explicit)
        return out

    def combine(self, topic: Any, flags: Any) -> Any:
        """The seven-class probabilities: the detector's calibrated red-flag probabilities, and
        the topic model's ordinary classes sharing what is left in their own proportions."""
        import numpy as np

        out = np.array(topic, dtype=np.float64, copy=True)
        flags = np.array(flags, dtype=np.float64, copy=True)
        total = flags.sum(axis=1, keepdims=True)
        flags /= np.maximum(total, 1.0)  # both at once above one: shares of one
        ordinary = [i for i, c in enumerate(self.classes) if c not in RED_FLAG_CLASSES]
        mass = out[:, ordinary].sum(axis=1, keepdims=True)
        mass[mass == 0] = 1.0
        out[:, ordinary] *= (1.0 - flags.sum(axis=1, keepdims=True)) / mass
        out[:, self.classes.index("unprofessional")] = flags[:, 0]
        out[:, self.classes.index("spam")] = flags[:, 1]
        return out

    def decide_all(self, proba: Any) -> list[str]:
        """:func:`decide` for a whole probability matrix at once (numpy)."""
        import numpy as np

        scores = np.array(proba, dtype=np.float64, copy=True)
        for i, c in enumerate(self.classes):
            if c in RED_FLAG_CLASSES:
                col = scores[:, i].copy()
                # a red flag past its threshold outranks every ordinary class; below, it is out
                scores[:, i] = np.where(col >= self.thresholds.get(c, 0.5), col + 2.0, -1.0)
        return [self.classes[j] for j in scores.argmax(axis=1)]


def decide(probs: dict[str, float], thresholds: dict[str, float]) -> str:
    """A post's class from its probabilities.

    Red-flag classes must reach their threshold (chosen at training time); below it a post
    falls back to its most likely ordinary class. Above it, a red flag wins even when another
    class is slightly higher: a missed red flag costs a student more than a second look does,
    and a weak guess should never brand a post.
    """
    flagged = [(p, c) for c, p in probs.items()
               if c in RED_FLAG_CLASSES and p >= thresholds.get(c, 0.5)]
    if flagged:
        return max(flagged)[1]
    return max(((p, c) for c, p in probs.items() if c not in RED_FLAG_CLASSES))[1]


def default_model_path() -> Path:
    """The model shipped in the package (``models/`` in the repository)."""
    return Path(str(resources.files("assessor.models"))) / MODEL_NAME


def load_classifier(path: Path | None = None, *, audited: bool = False) -> Classifier:
    """Load a saved classifier.

    The skops file is loaded only after auditing its types. When the numpy export written
    beside it was made from that very file (checked by hash), the export is used instead: it
    holds only arrays and needs neither scikit-learn nor skops. ``audited=True`` always loads
    the skops file.

    Raises
    ------
    ModelError
        If the file is missing (with how to train one), unreadable, or holds untrusted types.
    """
    path = Path(path) if path else default_model_path()
    return _load(str(path.resolve()), audited)


def _read_meta(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(META_NAME) if path.name == MODEL_NAME else path.with_suffix(".json")
    if meta_path.is_file():
        try:
            return dict(json.loads(meta_path.read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError, TypeError, ValueError):
            return {}
    return {}


def _fast(path: Path) -> Classifier | None:
    """The numpy export beside the model, when it was made from exactly this model file."""
    from assessor.classifier.linear import NPZ_NAME, LinearTextModel, file_sha256

    npz = path.with_name(NPZ_NAME)
    if path.name != MODEL_NAME or not npz.is_file():
        return None
    try:
        model = LinearTextModel.load(npz)
    except (OSError, ValueError, KeyError):
        return None
    digest = file_sha256(path)
    if model.source_sha256 != digest or sorted(model.classes_) != sorted(CLASSES):
        return None
    meta = _read_meta(path)
    return Classifier(model, meta, _flags(path, meta, digest))


def _flags(path: Path, meta: dict[str, Any], digest: str | None = None) -> Any:
    """The red-flag detector trained with this model, or None for a model trained without one.

    Raises ModelError when the model's metadata names a detector that is missing or was
    trained with another model."""
    if "red_flags" not in meta:
        return None
    from assessor.classifier.linear import file_sha256
    from assessor.classifier.redflag import FLAG_NPZ, RedFlagModel

    npz = path.with_name(FLAG_NPZ)
    try:
        flags = RedFlagModel.load(npz)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(npz, f"the red-flag detector could not be read ({exc}); retrain "
                         "with `assessor train`") from None
    if flags.tie != (digest or file_sha256(path)):
        raise ModelError(npz, f"the red-flag detector was trained with another model than "
                         f"{path.name}; retrain with `assessor train`")
    return flags


@cache
def _load(path_str: str, audited: bool = False) -> Classifier:
    path = Path(path_str)
    if not path.is_file():
        raise ModelError(path, "no trained classifier found. Train one with "
                         "`assessor train` (it reads models/corpus/posts.jsonl)")
    fast = None if audited else _fast(path)
    if fast is not None:
        return fast
    import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:  # noqa: BLE001 - any parse failure means "not a skops model"
        raise ModelError(path, f"not a readable skops model file ({type(exc).__name__}); "
                         "retrain with `assessor train`") from None
    refused = sorted(set(untrusted) - set(TRUSTED_TYPES))
    if refused:
        raise ModelError(path, f"refused to load a model with untrusted types: "
                         f"{', '.join(refused)}. Only models made by `assessor train` load")
    try:
        pipeline = sio.load(path, trusted=list(untrusted))
    except Exception as exc:  # noqa: BLE001
        raise ModelError(path, f"the model could not be loaded ({exc}); "
                         "retrain with `assessor train`") from None
    meta = _read_meta(path)
    flags = _flags(path, meta)
    if not hasattr(pipeline, "predict_proba") or sorted(map(str, pipeline.classes_)) != sorted(
            CLASSES):
        raise ModelError(path, f"not a post classifier for the classes {', '.join(CLASSES)}")
    return Classifier(pipeline, meta, flags)
