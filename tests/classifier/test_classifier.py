"""The post classifier: corpus quality, training, determinism, predictions, input errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import ROOT
from typer.testing import CliRunner

from assessor.classifier import CLASSES, load_classifier
from assessor.classifier.corpus import HELD_OUT_BATCH, load_corpus
from assessor.cli import app
from assessor.errors import InputError, ModelError

CORPUS = ROOT / "models" / "corpus" / "posts.jsonl"
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def clf():
    return load_classifier()


def test_corpus_size_balance_and_held_out_batch(corpus):
    counts = {c: sum(e.label == c for e in corpus) for c in CLASSES}
    assert all(n >= 250 for n in counts.values()), counts
    assert sum(e.batch == HELD_OUT_BATCH for e in corpus) >= 250
    assert len({e.batch for e in corpus}) >= 4
    words = [len(e.text.split()) for e in corpus]
    assert min(words) >= 3 and max(words) <= 200  # batches i and j add long LinkedIn posts


def test_corpus_has_under_two_percent_near_duplicates(corpus):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    x = TfidfVectorizer().fit_transform([e.text for e in corpus])
    sim = cosine_similarity(x, dense_output=False)
    sim.setdiag(0)
    rows, _ = (sim > 0.85).nonzero()
    near = len(set(rows))
    assert near / len(corpus) < 0.02, f"{near} posts have a near-duplicate"


def test_probabilities_sum_to_one_and_cover_every_class(clf):
    preds = clf.predict(["Thanks to everyone who came to the meetup!", "ok"])
    for p in preds:
        assert set(p.probabilities) == set(CLASSES)
        assert abs(sum(p.probabilities.values()) - 1) < 1e-6


GOLDEN = [
    ("We cut onboarding time from 14 days to 6 by moving paperwork online; support tickets "
     "dropped 30% the month after.", "business_insight"),
    ("Huge congratulations to Priya on her promotion to team lead, so well deserved!",
     "networking"),
    ("I'm open to work! Looking for junior data analyst roles in Leeds, referrals very welcome.",
     "job_search"),
    ("Made sourdough for the first time this weekend and the dog stole half of it.", "personal"),
    ("My manager is a useless f***ing idiot and I hope the whole company burns.",
     "unprofessional"),
    ("FOLLOW FOR FOLLOW!!! Like this post and I follow back everyone, comment DONE", "spam"),
    ("Just hit 5,000 followers!!! Thank you all, check out my latest video on my channel",
     "self_promotion"),
]


@pytest.mark.parametrize(("text", "label"), GOLDEN)
def test_unmistakable_posts_get_their_class(clf, text, label):
    assert clf.predict([text])[0].label == label


TYPO_LADEN_CLEAN = [
    "I have learn so much in my internship, we reduce the cost of shiping 12% with new proces.",
    "Thank you very much for all teachers in my programm, I am gratefull for the informations.",
    "Yesterday I was attend the meetup of data analyst, very usefull talk about dashbord.",
    "Im looking an internship in marketting, I speak three languange and I like learn fast.",
    "Our team finishs the projet one week early and client was very happy with result.",
    "Congratulation to my colleage Mei for her promotion, she deserve it so much!",
    "weekend hike with my sister, the wheather was beatiful and we see a deer",
    "i am now certificated in google analytic, it was dificult but i pass it",
]


def test_typos_alone_never_make_a_post_a_red_flag(clf):
    labels = [p.label for p in clf.predict(TYPO_LADEN_CLEAN)]
    assert "unprofessional" not in labels and "spam" not in labels, labels


def test_non_english_posts_are_unknown(clf):
    preds = clf.predict(["Heute habe ich meine Bachelorarbeit abgegeben und bin sehr glücklich.",
                         "Estoy buscando trabajo como diseñadora en Madrid, cualquier ayuda sirve.",
                         "今天我们发布了新产品，团队非常努力。"])
    assert [p.label for p in preds] == ["unknown"] * 3


def _small_corpus(tmp_path: Path, corpus) -> Path:
    keep = []
    for c in CLASSES:
        keep += [e for e in corpus if e.label == c and e.batch != HELD_OUT_BATCH][:12]
        keep += [e for e in corpus if e.label == c and e.batch == HELD_OUT_BATCH][:4]
    path = tmp_path / "small.jsonl"
    path.write_text("".join(json.dumps(vars_of(e)) + "\n" for e in keep), encoding="utf-8")
    return path


def vars_of(e):
    return {k: getattr(e, k) for k in ("id", "platform", "text", "label", "batch")}


def test_training_on_a_subset_is_deterministic_for_a_seed(tmp_path, corpus):
    from assessor.classifier.training import train

    small = _small_corpus(tmp_path, corpus)
    a = train(small, tmp_path / "a", seed=7, folds=3, log=lambda m: None)
    b = train(small, tmp_path / "b", seed=7, folds=3, log=lambda m: None)
    for key in ("cv", "held_out", "thresholds", "selection"):
        assert a.meta[key] == b.meta[key]
    ca, cb = load_classifier(a.model_path), load_classifier(b.model_path)
    texts = [e.text for e in corpus[:50]]
    assert ([p.probabilities for p in ca.predict(texts)]
            == [p.probabilities for p in cb.predict(texts)])
    card = (tmp_path / "a" / "MODEL_CARD.md").read_text()
    assert "not for employer screening" in card and "Held-out batch" in card


def test_missing_model_says_how_to_train(tmp_path):
    with pytest.raises(ModelError, match="assessor train"):
        load_classifier(tmp_path / "nope.skops")


def test_tampered_model_is_refused_naming_the_untrusted_types(tmp_path):
    import skops.io as sio

    path = tmp_path / "evil.skops"
    sio.dump({"callable": print, "cls": __import__("collections").OrderedDict()}, path)
    with pytest.raises(ModelError, match="untrusted types: .*builtins.print"):
        load_classifier(path)


def test_foreign_file_is_refused(tmp_path):
    path = tmp_path / "junk.skops"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(ModelError, match="not a readable skops model"):
        load_classifier(path)


def test_classify_jsonl_echoes_ids_and_prints_only_json_lines(tmp_path):
    src = tmp_path / "posts.jsonl"
    src.write_text('{"id": "a1", "text": "Congrats Sam on the new role!"}\n\n'
                   '{"text": "FOLLOW FOR FOLLOW, comment YES"}\n', encoding="utf-8")
    result = runner.invoke(app, ["classify", str(src), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a1", 3]
    assert lines[1]["label"] == "spam"
    # a red flag says what it rests on; other posts carry no such fields
    assert "follow" in [w.lower() for w in lines[1]["reacted_to"]]
    assert lines[1]["explicit"] is False and "reacted_to" not in lines[0]
    assert "1 empty line skipped" in result.stderr


def test_classify_txt_and_stdin(tmp_path):
    src = tmp_path / "posts.txt"
    src.write_text("Proud of my team today\nLooking for a new role in UX\n", encoding="utf-8")
    result = runner.invoke(app, ["classify", str(src), "--format", "jsonl"])
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [1, 2]
    result = runner.invoke(app, ["classify", "-", "--format", "jsonl"],
                           input='{"id": 9, "text": "hello there"}\n')
    assert json.loads(result.stdout)["id"] == 9


def test_classify_reports_malformed_line_number(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"text": "fine"}\n{"text": oops}\n', encoding="utf-8")
    result = runner.invoke(app, ["classify", str(src), "--format", "jsonl"])
    assert result.exit_code == 2
    assert f"Error: {src} (line 2): is not valid JSON" in result.stderr


def test_corpus_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "c.jsonl"
    bad.write_text('{"id": "1", "platform": "x", "text": "hi", "label": "nope", "batch": "a"}\n')
    with pytest.raises(InputError, match=r"\(line 1\): unknown label 'nope'"):
        load_corpus(bad)


def test_numpy_export_matches_the_audited_pipeline(corpus):
    import numpy as np

    from assessor.classifier.linear import LinearTextModel

    fast, audited = load_classifier(), load_classifier(audited=True)
    assert isinstance(fast.pipeline, LinearTextModel)
    assert not isinstance(audited.pipeline, LinearTextModel)
    texts = [e.text for e in corpus]
    a = np.array([list(p.probabilities.values()) for p in fast.predict(texts)])
    b = np.array([list(p.probabilities.values()) for p in audited.predict(texts)])
    assert fast.classes == audited.classes
    assert np.abs(a - b).max() < 1e-5
    assert [p.label for p in fast.predict(texts)] == [p.label for p in audited.predict(texts)]


def test_a_stale_export_is_ignored(tmp_path):
    import shutil

    from assessor.classifier.model import default_model_path

    src = default_model_path().parent
    for name in ("post-classifier.skops", "post-classifier.npz", "post-classifier.json"):
        shutil.copy(src / name, tmp_path / name)
    with open(tmp_path / "post-classifier.skops", "ab") as fh:
        fh.write(b"\0")  # the export no longer matches this file's hash
    from assessor.classifier.model import _fast

    assert _fast(tmp_path / "post-classifier.skops") is None


def test_vectorised_decision_matches_the_rule(clf):
    import numpy as np

    rng = np.random.default_rng(3)
    proba = rng.dirichlet(np.ones(len(clf.classes)) * 0.4, size=2000)
    from assessor.classifier.model import decide

    expected = [decide(dict(zip(clf.classes, row, strict=True)), clf.thresholds)
                for row in proba.tolist()]
    assert clf.decide_all(proba) == expected


def test_a_second_held_out_batch_gets_class_scores_and_a_clean_set_only_its_flag_count(
        tmp_path, corpus):
    from assessor.classifier.training import train

    small = _small_corpus(tmp_path, corpus)
    full = tmp_path / "batch-z.jsonl"
    full.write_text("".join(json.dumps(vars_of(e)) + "\n" for c in CLASSES
                            for e in [x for x in corpus if x.label == c][-3:]), encoding="utf-8")
    clean = tmp_path / "clean.jsonl"
    clean.write_text(json.dumps({"text": "Lovely walk by the river today", "label": "personal"})
                     + "\n", encoding="utf-8")
    out = train(small, tmp_path / "m", seed=7, folds=3, log=lambda m: None,
                eval_files=(full, clean))
    assert list(out.meta["eval_batches"]) == ["batch-z"]
    assert out.meta["eval_batches"]["batch-z"]["n"] == 3 * len(CLASSES)
    card = out.card_path.read_text()
    assert "### Another held-out batch, `batch-z`" in card
    assert "| clean: no red flag |" in card and "batch-z: no red flag" not in card
