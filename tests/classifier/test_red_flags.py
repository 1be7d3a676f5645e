"""The red-flag detector: what is and is not evidence, languages, the typo set, the numpy
features against a plain reference, the run-time model against scikit-learn, and
`assessor evaluate`."""

from __future__ import annotations

import dataclasses
import json

import pytest
from support import ROOT
from typer.testing import CliRunner

from assessor.classifier import RED_FLAG_CLASSES, load_classifier
from assessor.classifier.evaluation import read_labelled
from assessor.classifier.lexicon import CATEGORIES, describe, tokens
from assessor.cli import app
from assessor.errors import InputError

TYPOS = ROOT / "models" / "corpus" / "eval" / "typos.jsonl"
runner = CliRunner()


@pytest.fixture(scope="module")
def clf():
    return load_classifier()


def flagged(clf, texts: list[str]) -> list[str]:
    return [t for t, p in zip(texts, clf.predict(texts), strict=True)
            if p.label in RED_FLAG_CLASSES and p.confidence >= 0.5]


@pytest.mark.parametrize(("masked", "word"), [
    ("f***", "fuck"), ("f**king", "fucking"), ("sh1t", "shit"), ("a$$", "ass"),
    ("b!tch", "bitch"), ("fuuuuck", "fuck"), ("@$$hole", "asshole"), ("sh*t", "shit")])
def test_masked_and_leetspeak_swearing_is_unmasked(masked, word):
    assert tokens(f"this is {masked} honestly") == ["this", "is", word, "honestly"]


def test_obfuscated_and_abbreviated_swearing_at_people_is_flagged(clf):
    texts = ["@dan stfu you f***ing moron, nobody asked",
             "wtf is wrong with these clowns in marketing, what a bunch of a$$holes",
             "my manager is a useless piece of sh1t and everyone knows it",
             "gtfo with your stupid opinions you absolute b!tch"]
    assert flagged(clf, texts) == texts


def test_calling_the_users_of_a_product_morons_is_flagged(clf):
    texts = ["anyone who uses this app is a total moron"]
    assert flagged(clf, texts) == texts


@pytest.mark.parametrize(("text", "aimed"), [
    ("anyone who uses this app is a total moron", True),
    ("these people are clowns", True),
    ("@dan you idiot", True),
    ("Dave is a moron", True),
    ("this idiot printer jammed again", False),
    ("This is a clown show", False),
    ("@sam_k lol same, the traffic was unreal", False),
])
def test_an_insult_counts_as_aimed_at_people_only_beside_a_person(text, aimed):
    hits = [CATEGORIES[i] for i in describe(text, tokens(text))]
    assert ("insult_at_people" in hits) == aimed


HARMLESS = [
    "@sam_k lol same, the traffic on the ring road was unreal this morning",
    "lol",
    "@priya thanks! see you at the meetup",
    "She said they would send the slides tomorrow",
    "Sunday service was lovely, grateful for this community and a quiet afternoon",
    "Praying for everyone affected by the storm this week",
    "What a match! United came back from two down in the last ten minutes",
    "Lakers lost again, I need a new team to believe in haha",
    "He is the best coach our team has had, we all learned so much",
    "Tried to explain my job to my grandma, she thinks I just play on my phone all day lol",
    "OMG is ROI the only number my boss reads? asking for a friend",
    "This damn printer ate my thesis again",
    "this idiot printer jammed again",
]


def test_replies_lol_pronouns_religion_and_sport_alone_are_not_evidence(clf):
    assert flagged(clf, HARMLESS) == []


def test_the_typo_and_non_native_set_has_no_red_flag(clf):
    items = read_labelled(TYPOS)
    assert len(items) >= 120 and not any(i.red_flag for i in items)
    texts = [i.text for i in items]
    assert flagged(clf, texts) == []


LANGUAGES = {
    "es": ["Estoy buscando trabajo como coordinadora de redes sociales en Madrid.",
           "Gracias por todo, equipo!", "Hoy empecé mi nuevo trabajo en Bogotá.",
           "Busco prácticas en marketing digital."],
    "pt": ["Estou procurando emprego na área de dados.", "Obrigada a todos pelo apoio!",
           "Hoje comecei meu novo trabalho em Lisboa.", "Muito feliz com a minha equipe."],
    "fr": ["Je cherche un stage en communication à Paris.",
           "Merci à toute l'équipe pour cette belle journée.",
           "Très fière de mon équipe aujourd'hui.", "Nouvelle étape dans ma carrière !"],
    "de": ["Ich suche eine Stelle als Entwickler in Berlin.", "Danke an das ganze Team!",
           "Heute habe ich meine Bachelorarbeit abgegeben.",
           "Wir sind sehr stolz auf unser Projekt."],
    "zh": ["今天我们发布了新产品。", "我正在找工作。", "感谢团队的努力！", "很高兴加入新公司。"],
}


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_short_posts_in_five_languages_are_unknown(clf, lang):
    assert [p.label for p in clf.predict(LANGUAGES[lang])] == ["unknown"] * len(LANGUAGES[lang])


def test_english_with_a_few_foreign_words_stays_english(clf):
    texts = ["El Paso meetup was great, thanks everyone",
             "Grabbed tacos con mis amigos after work, so good",
             "I have learn so much in my internship, we reduce the cost 12%"]
    assert "unknown" not in [p.label for p in clf.predict(texts)]


def test_red_flag_probabilities_are_the_detectors_and_sum_to_one(clf):
    import numpy as np

    texts = ["you are all idiots", "FOLLOW FOR FOLLOW comment YES", "nice weekend hike"]
    preds = clf.predict(texts)
    direct = clf.flags.flag_proba(texts)
    for p, row in zip(preds, direct, strict=True):
        assert abs(sum(p.probabilities.values()) - 1) < 1e-6
        if row.sum() <= 1:
            assert np.allclose([p.probabilities["unprofessional"], p.probabilities["spam"]], row)


def test_char_hashes_match_the_plain_python_reference():
    from assessor.classifier.corpus import load_corpus
    from assessor.classifier.redflag import char_hashes, char_hashes_reference

    texts = [e.text for e in load_corpus(ROOT / "models" / "corpus" / "posts.jsonl")[:300]]
    texts += ["", "a", "ab", "日本語のテキスト 🎉", "x" * 7]
    strings = [" " + " ".join(tokens(t)) + " " for t in texts]
    docs, buckets = char_hashes(strings, 18)
    for i, s in enumerate(strings):
        assert sorted(buckets[docs == i].tolist()) == sorted(char_hashes_reference(s, 18))


def test_run_time_detector_equals_the_scikit_learn_models_it_was_exported_from():
    import numpy as np

    from assessor.classifier import redflag_training as rt
    from assessor.classifier.corpus import load_corpus
    from assessor.classifier.redflag import FLAG_COLUMNS, Featurizer, RedFlagModel

    corpus = load_corpus(ROOT / "models" / "corpus" / "posts.jsonl")
    picked = [e for c in ("personal", "networking", "unprofessional", "spam")
              for e in [x for x in corpus if x.label == c][:40]]
    texts = [e.text for e in picked]
    y = np.array([rt.flag_class(e.label) for e in picked])
    feat = Featurizer(rt.build_vocabulary(texts), rt.CHAR_BITS)
    x = feat.transform(texts).to_csr()
    fitted = [rt._fit(x, y == k, np.ones(len(texts)), 4.0, seed=3) for k in FLAG_COLUMNS]
    model = RedFlagModel(feat.vocabulary, rt.CHAR_BITS,
                         np.hstack([f.coef_.T for f in fitted]),
                         np.array([f.intercept_[0] for f in fitted]),
                         np.array([[1.0, 0.0], [1.0, 0.0]]), "x")
    sample = [e.text for e in corpus[::25]]
    expected = np.stack([f.decision_function(feat.transform(sample).to_csr()) for f in fitted],
                        axis=1)
    assert np.abs(model.scores(sample) - expected).max() < 1e-9


def test_the_meaning_block_at_run_time_equals_the_fitted_model():
    """Each word's share of the meaning block, stored as one number per class, gives the
    scores of the logistic regression fitted on the posts' mean word vectors."""
    import numpy as np

    from assessor.classifier import redflag_training as rt
    from assessor.classifier.corpus import load_corpus
    from assessor.classifier.lexicon import tokens
    from assessor.classifier.redflag import FLAG_COLUMNS, Featurizer, RedFlagModel

    corpus = load_corpus(ROOT / "models" / "corpus" / "posts.jsonl")
    picked = [e for c in ("personal", "networking", "unprofessional", "spam")
              for e in [x for x in corpus if x.label == c][:40]]
    texts = [e.text for e in picked]
    sample = [e.text for e in corpus[::25]] + ["", "🎉🎉", "zxqv blorp", "Agree", "well said"]
    index, vectors = rt.load_vectors(ROOT / "models" / "corpus" / rt.VECTORS)
    words = sorted({t for x in texts + sample for t in tokens(x) if t in index})
    small = {w: i for i, w in enumerate(words)}
    matrix = vectors[[index[w] for w in words]]
    y = np.array([rt.flag_class(e.label) for e in picked])
    feat = Featurizer(rt.build_vocabulary(texts), rt.CHAR_BITS, meaning=small)
    x = rt.design(feat, texts, matrix)
    assert x.shape[1] == feat.width + matrix.shape[1]
    fitted = [rt._fit(x, y == k, np.ones(len(texts)), 4.0, seed=3) for k in FLAG_COLUMNS]
    coef = np.hstack([f.coef_.T for f in fitted])
    model = RedFlagModel(feat.vocabulary, rt.CHAR_BITS, coef[:feat.width],
                         np.array([f.intercept_[0] for f in fitted]),
                         np.array([[1.0, 0.0], [1.0, 0.0]]), "x", meaning=small,
                         meaning_coef=matrix.astype(np.float64) @ coef[feat.width:])
    expected = np.stack([f.decision_function(rt.design(feat, sample, matrix))
                         for f in fitted], axis=1)
    assert np.abs(model.scores(sample) - expected).max() < 1e-9
    # a post of fewer than MEANING_FLOOR words with vectors gets that share of each word's row
    from assessor.classifier.redflag import MEANING_FLOOR

    blank = dataclasses.replace(model, meaning_coef=np.zeros_like(model.meaning_coef))
    assert (model.scores(["Agree"]) - blank.scores(["Agree"]))[0] == pytest.approx(
        model.meaning_coef[small["agree"]] / MEANING_FLOOR)
    # and a post's pushes still add up to its score
    text = "had 3 beers before the client call lol, nailed it"
    _, push, _ = model.pushes(text, 0)
    assert push.sum() + model.intercept[0] == pytest.approx(model.scores([text])[0, 0])


def test_a_post_is_a_red_flag_only_when_both_views_say_so(clf, tmp_path):
    import numpy as np

    from assessor.classifier.redflag import (
        FLAG_NPZ,
        WORK_WORDS,
        RedFlagModel,
        read_posts,
        sigmoid,
    )

    full = clf.flags
    blind = full.second
    assert blind is not None and full.joint is not None and blind.view == "work-blind"
    texts = ["Meeting with a new client tomorrow, wish me luck", "my boss is a useless moron",
             "this client is a f***ing idiot", "FOLLOW FOR FOLLOW, I follow back 100%",
             "Team lunch at the office, tacos!"]
    read = read_posts(texts)
    low = np.minimum(full.logits(texts, read), blind.logits(texts, read))
    expected = sigmoid(low * full.joint[:, 0] + full.joint[:, 1])
    assert dataclasses.replace(full, slur_floor=0.0).flag_proba(texts) == pytest.approx(expected)
    # the work-blind view does not read the words of work at all
    assert not WORK_WORDS & set(blind.vocabulary)
    pairs, push, _ = blind.pushes(texts[0], 0)
    assert all(push[i] == 0 for i, (t, _) in enumerate(pairs) if t in WORK_WORDS)
    # what a flag rests on is the words of the view that decided it
    for text in texts[1:3]:
        view = full.binding([text], [0])[0]
        assert full.reasons(text, 0) == full.reasons(text, 0, view=view)
    # both views survive saving and loading
    full.save(tmp_path / FLAG_NPZ)
    again = RedFlagModel.load(tmp_path / FLAG_NPZ)
    assert again.second is not None and again.second.view == "work-blind"
    # and so does the meaning block, its words shared by the views
    assert full.meaning_coef is not None and blind.meaning_coef is not None
    assert again.meaning == full.meaning and again.second.meaning is again.meaning
    assert again.flag_proba(texts) == pytest.approx(full.flag_proba(texts), abs=1e-6)
    # a detector saved before the words were packed (arrays of strings) still loads
    with np.load(tmp_path / FLAG_NPZ) as z:
        arrays = {k: z[k] for k in z.files}
    assert arrays["terms"].dtype == np.uint8
    arrays["terms"] = np.array(sorted(full.vocabulary, key=full.vocabulary.__getitem__))
    arrays["blind_terms"] = np.array(sorted(blind.vocabulary, key=blind.vocabulary.__getitem__))
    # and one saved before the abuse rule, which then stays off
    assert float(arrays.pop("abuse_floor")) == full.abuse_floor
    np.savez_compressed(tmp_path / "old.npz", **arrays)
    old = RedFlagModel.load(tmp_path / "old.npz")
    assert old.vocabulary == full.vocabulary and old.second.vocabulary == blind.vocabulary
    assert old.abuse_floor == 0.0 and again.abuse_floor == full.abuse_floor
    assert old.flag_proba(texts) == pytest.approx(again.flag_proba(texts))


def test_predict_explained_is_predict_and_reasons_in_one_pass(clf):
    """What `assess` and `classify --format jsonl` use: the same labels and probabilities as
    predict, and for each red flag the same words as reasons, which reads the posts again."""
    texts = ["my boss is a useless moron lol", "Team lunch at the office, tacos!",
             "FOLLOW FOR FOLLOW, I follow back 100%", "this client is a f***ing idiot",
             "Estoy buscando trabajo como coordinadora de redes sociales en Madrid.",
             "Shipped the new onboarding flow; sign-ups rose 12% in two weeks."]
    preds, reasons = clf.predict_explained(texts)
    assert preds == clf.predict(texts)
    assert reasons == clf.reasons([(t, p.label) for t, p in zip(texts, preds, strict=True)])
    assert sum(p.label in RED_FLAG_CLASSES for p in preds) >= 2  # the check is not empty
    assert all(words for (words, _), p in zip(reasons, preds, strict=True)
               if p.label in RED_FLAG_CLASSES)
    assert clf.predict_explained([]) == ([], [])


def test_predict_explained_split_across_a_child_gives_the_same_answer(clf, monkeypatch):
    """`assess` and `classify` classify a large export's posts half here, half in a forked
    child: the labels, probabilities and reasons are those of one pass, in the same order."""
    from assessor import forking

    corpus = [json.loads(line)["text"] for line in
              (ROOT / "models" / "corpus" / "posts.jsonl").read_text().splitlines()[:301]]
    monkeypatch.setattr(forking, "SPLIT_FROM", 300)
    forked = []
    start = forking._start
    monkeypatch.setattr(forking, "_start", lambda *a: forked.append(1) or start(*a))
    one_pass = clf.predict_explained(corpus)
    assert clf.predict_explained(corpus, split=True) == one_pass
    assert forked == ([1] if forking.can_split() else [])
    assert sum(p.label in RED_FLAG_CLASSES for p in one_pass[0]) >= 10  # reasons compared


def test_shipped_detector_is_tied_to_the_shipped_model(clf):
    from assessor.classifier.linear import file_sha256
    from assessor.classifier.model import default_model_path

    assert clf.flags is not None
    assert clf.flags.tie == file_sha256(default_model_path())
    audited = load_classifier(audited=True)
    texts = HARMLESS + ["you f***ing idiot"]
    assert ([p.label for p in audited.predict(texts)] == [p.label for p in clf.predict(texts)])


def test_evaluate_prints_precision_recall_and_false_flags(tmp_path):
    data = tmp_path / "labelled.jsonl"
    rows = [{"text": "my boss is a f***ing idiot", "label": "unprofessional"},
            {"text": "FOLLOW FOR FOLLOW!!! comment YES and I follow back", "red_flag": True},
            {"text": "Lovely hike with my sister this weekend", "label": "personal"},
            {"text": "Thanks for a great session today", "label": "clean"}]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(data)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "4 posts, 2 red flags, 2 clean" in result.stdout
    assert "precision" in result.stdout and "false flags" in result.stdout
    assert "assessor" in result.stdout


@pytest.mark.parametrize(("line", "message"), [
    ('{"text": oops}', "is not valid JSON"),
    ('{"text": "hi"}', 'expected "label"'),
    ('{"text": "hi", "label": "rude"}', "unknown label 'rude'"),
    ('["text"]', 'expected an object with a "text" string'),
])
def test_evaluate_names_file_and_line_of_a_bad_row(tmp_path, line, message):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "fine", "red_flag": false}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_labelled(data)
    result = runner.invoke(app, ["evaluate", str(data)])
    assert result.exit_code == 2
    assert f"{data} (line 2)" in result.stderr


def test_train_will_not_take_both_out_and_replace(tmp_path):
    result = runner.invoke(app, ["train", "--out", str(tmp_path), "--replace"])
    assert result.exit_code == 2
    assert "give either --out DIR or --replace, not both" in result.stderr


def test_whom_a_post_mentions_is_never_a_feature():
    """A group's name is not read by the word and character blocks, so two posts that differ
    only in the group they mention get the same features."""
    from assessor.classifier.redflag import IDENTITY_WORDS, Featurizer

    assert {"muslim", "jews", "women", "gay", "immigrants", "black"} <= IDENTITY_WORDS
    texts = ["Her colleague is a Muslim.", "Her colleague is a Christian.",
             "Her colleague is a trans woman.", "Her colleague is a."]
    feat = Featurizer({"her": 0, "colleague": 1, "is a": 2, "muslim": 3, "christian": 4}, 12)
    rows = feat.transform(texts).to_csr().toarray()
    assert (rows == rows[-1]).all()


@pytest.mark.parametrize("text", [
    "Our new designer is a Muslim woman who spent six years at a Lagos fintech.",
    "Two of the speakers at the meetup were gay engineers from the payments team.",
    "We hired three refugees as interns this summer; all three got return offers.",
    "No immigrant deserves to be treated like that at a border crossing.",
    "Black founders raised less than 1% of venture funding last year. Thoughts?",
    "Her colleague is a Jewish woman from Leeds.",
])
def test_mentioning_a_group_is_not_a_red_flag(clf, text):
    assert not flagged(clf, [text])


def test_praising_a_manager_is_not_a_red_flag(clf):
    text = "Grateful for my manager, she pushed me to apply for the promotion and I got it."
    assert not flagged(clf, [text])


_PROUD = pytest.mark.xfail(strict=True, reason="known false flag: 'honestly', 'best ... I've "
                           "ever' and 'still shaking lol' are how the corpus's jokes about being "
                           "drunk or high at work are written (models/corpus/pending/README.md "
                           "has what was tried)")


@pytest.mark.parametrize("text", [
    "My new manager is honestly the best boss I've had.",
    pytest.param("Best presentation I've ever given, honestly. So grateful for the team.",
                 marks=_PROUD),
    "Honestly the best client feedback we've ever gotten 🙌",
    pytest.param("Can't believe I presented to the whole company today, still shaking lol",
                 marks=_PROUD),
])
def test_proud_casual_posts_are_not_red_flags(clf, text):
    assert not flagged(clf, [text])


#: From a test candidate the detector had never seen (a bartender moving into social media,
#: written by a helper who saw only GUIDE.md; the stop-22 note on issue 10 has the whole run).
CAMPAIGN_REPORT = ("Report back: the hot cross bun Reel did 1.3M views, 48k likes and 6,200 "
                   "shares. The bakery account went from 3,100 to 11,400 followers in 5 days. "
                   "420 bun orders over Easter week (normal is ~90)")


def test_a_campaign_report_with_follower_numbers_is_not_spam(clf):
    assert not flagged(clf, [CAMPAIGN_REPORT])


def test_asking_a_support_account_to_follow_back_for_a_dm_is_not_spam(clf):
    assert not flagged(clf, ["@VoltMobileHelp hi, I've been charged twice for my bill this "
                             "month. Followed you, can you follow me back so I can DM my "
                             "account number? Cheers"])


@pytest.mark.parametrize("text", [
    "Meeting with a new client tomorrow, wish me luck",
    "the intern presented her project",
    "Our director opened the all-hands",
    "Team lunch at the office, tacos!",
    "first day at the office!",
    "My manager gave me great advice today",
    "our clients are small nonprofits",
])
def test_a_short_post_about_work_is_not_a_red_flag(clf, text):
    assert not flagged(clf, [text])


@pytest.mark.parametrize("text", ["Agree 💯", "Agree", "AGREE!!", "Well said", "Following"])
def test_a_one_or_two_word_comment_is_not_a_red_flag(clf, text):
    """'agree' and its vector sit in engagement bait ('comment AGREE'): with the meaning block
    as a plain mean, "Agree 💯" was spam at 0.76 (MEANING_FLOOR in redflag.py)."""
    assert not flagged(clf, [text])


@pytest.mark.xfail(strict=True, reason="known miss: mocking customers by name, told as a funny "
                   "recap, has no insult the detector knows (0.2)")
def test_mocking_customers_by_name_is_a_red_flag(clf):
    assert flagged(clf, ["NYE at the Copper Tap recap: Dean Whitlock from the estate agents on "
                         "Bradford St got so battered he proposed to the fruit machine, and Kyle "
                         "Parry cried in the disabled loo for 40 mins about his ex. EVERY year "
                         "these two 🤡🤡 lads"])


def test_what_a_flag_rests_on_adds_up_to_its_score_and_is_shown_as_written():
    from assessor.classifier.lexicon import token_sources, tokens
    from assessor.classifier.redflag import IDENTITY_WORDS

    detector = load_classifier().flags
    for text in ("@dan you absolute f***ing idiot, everyone knows it",
                 "had 3 beers before the client call lol, nailed it",
                 "Her colleague is a woman and she is great at her job"):
        assert [t for t, _ in token_sources(text)] == tokens(text)
        pairs, push, _ = detector.pushes(text, 0)
        # nothing about the post as a whole (shouting, '!!!', money, links) in these three
        assert push.sum() + detector.intercept[0] == pytest.approx(
            detector.scores([text])[0, 0], abs=1e-9)
        assert all(push[i] == 0 for i, (t, _) in enumerate(pairs) if t in IDENTITY_WORDS)
    words, explicit = detector.reasons("@dan you absolute f***ing idiot, everyone knows it", 0,
                                       frozenset({"you", "it"}))
    shown = " ".join(words).split()  # the abuse rule names "you absolute f***ing idiot" whole
    assert explicit and "f***ing" in shown and "fucking" not in shown and "you" not in words
    assert detector.reasons("had 3 beers before the client call lol", 0)[1] is False


@pytest.mark.parametrize(("text", "expected"), [
    ("Assume the reader is tired. Not stupid. Tired.", False),
    ("Nobody read the policy. Not because they were lazy, but because it was 2am.", False),
    ("my boss is an idiot", True),
    ("you are not just lazy, you are stupid", True),  # the comma ends the denial
    ("you are an idiot, not a genius", True),
    ("not fucking around today", True),                # swearing counts, denied or not
    ("no way this f***ing build passed", True),
    ("Shipped the onboarding flow; sign-ups rose 12%.", False),
    ("No stupid questions!", False),
    ("They weren\u2019t lazy.", False),                 # a curly apostrophe, as exports have
    # name-calling is never denied, and a negator's reach ends at "you", "but" and "than"
    ("no way you idiot", True),
    ("Nobody likes you idiot", True),
    ("@dan no one asked you moron", True),
    ("Not stupid. You bozos.", True),                   # an insult noun outside the lexicon
    ("He is not just lazy but stupid", True),
    ("Don't hire these lazy idiots from the agency", True),  # "don't" denies the verb
    # a name denied is no name: "you", which ends a negator's reach, is inside these phrases
    ("You're not an idiot for asking questions, you're new.", False),
    ("Rejection doesn't make you a loser. It makes you someone who tried.", False),
    ("Nobody thinks you are an idiot for asking questions.", False),
    ("Stop thinking you're an idiot for asking questions.", False),
    ("Don't call yourself useless, you shipped your first feature!", False),
    ("He is not a moron, he is a genius", False),
    ("He is not a moron, he is a complete idiot", True),
    ("Rejection doesn't make you a loser, but whining about it does, you loser", True),
    # the loser of a bet is no insult; a loser who does or gets something is still one
    ("@tiago your team defends like the ball owes them money, loser pays the francesinhas", False),
    ("derby on sunday, losers buy the first round", False),
    ("that's exactly what a loser does", True),
    ("loser buys the pizza, and you're a loser anyway", True),
])
def test_a_denied_insult_is_not_an_explicit_word(text, expected):
    """A flag on a post whose only insults are denied ("Not stupid. Tired.") rests on the
    wording: it is worded "likely" and says "rewrite or delete", never a sure "delete"."""
    from assessor.classifier.lexicon import explicit

    cats = [CATEGORIES[i] for i in describe(text, tokens(text))]
    assert explicit(text, cats) is expected


@pytest.mark.parametrize(("text", "read"), [
    ("Stop thinking you're an idiot for asking questions.",
     "Stop thinking you're an  for asking questions."),
    ("Rejection doesn't make you a loser. It makes you someone who tried.",
     "Rejection doesn't make you a . It makes you someone who tried."),
    ("You\u2019re not an idiot, you're new.", "You're not an , you're new."),
    ("Not stupid. Tired.", "Not . Tired."),
    ("No Stupid Questions!", "No  Questions!"),
    # what is not denied is read as written
    ("you are not just lazy, you are stupid", "you are not just , you are stupid"),
    ("He is not a moron, he is a complete idiot",
     "He is not a , he is a complete idiot"),
    ("Nobody likes you idiot", "Nobody likes you idiot"),
    ("my boss is an idiot", "my boss is an idiot"),
    # denied once and not once in the same clause: left as it is
    ("no stupid questions but plenty of stupid answers",
     "no stupid questions but plenty of stupid answers"),
    ("Team lunch at the office, tacos!", "Team lunch at the office, tacos!"),
    ("see you friday, loser buys the pierogies", "see you friday,  buys the pierogies"),
    ("Losers shout the first round", " shout the first round"),
    ("you loser, buy your own lunch", "you loser, buy your own lunch"),
])
def test_the_detector_reads_a_post_without_the_insults_it_denies(text, read):
    from assessor.classifier.lexicon import mask_denied

    assert mask_denied(text) == read


def test_a_reassuring_post_is_not_flagged_and_a_denied_word_is_never_shown(clf):
    kind = ["Rejection doesn't make you a loser. It makes you someone who tried. Keep going!",
            "Don't call yourself an idiot. You are learning.",
            "No question is stupid when you are new to a team."]
    assert flagged(clf, kind) == []
    text = "You're not an idiot for asking, you clown"  # denied, then called one
    words, _ = clf.reasons([(text, "unprofessional")])[0]
    assert words and "idiot" not in words


def test_a_friendly_bet_between_fans_is_not_a_red_flag(clf):
    # Two test candidates' banter (ruling 17), flagged at 1.00 and 0.90 on "loser" alone, the
    # first told "Delete" before the loser of a bet stopped counting as an insult.
    banter = ["@dannyp your Tigers bullpen couldn't hold a lead if you handed it to them in a "
              "ziploc bag \N{FACE WITH TEARS OF JOY} see you friday, loser buys the pierogies",
              "@tiagorebelo9 your team defends like the ball owes them money "
              "\N{FACE WITH TEARS OF JOY} Saturday 15h, loser pays the francesinhas."]
    assert flagged(clf, banter) == []


def test_a_blog_post_with_denied_insults_is_not_explicit(clf):
    # Round 11's content writer: flagged at 0.98 and told "Delete" before the denial counted.
    text = ("So a few rules I've given myself. Assume the reader is tired. Not stupid. Tired. "
            "Nobody was reading the policy. Not because they were lazy, but because at 2am, "
            "with a patient waiting, a 14-page document is the same as no document.")
    words, explicit = clf.reasons([(text, "unprofessional")])[0]
    assert words and not explicit


def test_red_flags_have_reasons_and_other_posts_none():
    clf = load_classifier()
    texts = ["@dan you absolute f***ing idiot",
             "Thanks to Priya for a great mentoring session on SQL"]
    flagged, clean = clf.predict(texts)
    assert flagged.label == "unprofessional"
    (words, explicit), nothing = clf.reasons([(texts[0], flagged.label),
                                              (texts[1], clean.label)])
    assert explicit and "idiot" in " ".join(words).split() and nothing == ((), False)
    # many at once, one word hashing for all: the same as one by one
    one_by_one = [clf.flags.reasons(t, 0, clf.gate.function_words) for t in texts]
    assert clf.flags.reasons_many([(t, 0) for t in texts], clf.gate.function_words) == one_by_one


@pytest.mark.parametrize(("text", "used"), [
    ("that faggot at the gym keeps staring at me", "faggot"),
    ("Kikes run the banks, everyone knows it.", "kikes"),
    ("why would anyone think it's okay to call me a tranny?", None),          # reported
    ('He wrote "go home wetback" on my car. Reported it.', None),            # quoted
    ("someone sprayed 'kikes' on the synagogue wall and I am sick", None),    # quoted
    ("Faggots, mushy peas and gravy: Nan's Tuesday tea.", None),              # the meatball
    ("rebuilt the tranny on my truck this weekend, shifts like new", None),   # the gearbox
    ("Fag break then back to the spreadsheet", None),                         # not on the list
    ("the nightly build passed, Nigeria office says hi", None),
])
def test_a_slur_counts_when_it_is_used_not_quoted_reported_or_a_homonym(text, used):
    from assessor.classifier.lexicon import used_slur

    assert used_slur(text) == used


def test_a_used_slur_is_a_red_flag_at_the_measured_floor_and_named_as_its_reason(clf):
    floor = clf.flags.slur_floor
    meta = clf.meta["red_flags"]["slur_rule"]
    assert floor == meta["floor"] > clf.thresholds["unprofessional"]
    assert floor == round(meta["unprofessional"] / meta["posts"], 3)
    text = "that faggot at the gym keeps staring at me"
    pred = clf.predict([text])[0]
    assert pred.label == "unprofessional" and pred.confidence >= floor
    words, explicit = clf.reasons([(text, "unprofessional")])[0]
    assert words[0] == "faggot" and explicit
    # the same slur reported is left to the detector alone
    reported = "a guy at the gym called me a faggot today and nobody said a thing"
    alone = dataclasses.replace(clf.flags, slur_floor=0.0).flag_proba([reported])
    assert clf.flags.flag_proba([reported]) == pytest.approx(alone)


@pytest.mark.parametrize(("text", "words"), [
    ("You undid my changes, you sad twat.", "you sad twat"),
    ("@dan you absolute f***ing idiot", "you absolute f***ing idiot"),
    ("you are a f***ing liar and everyone knows it", "you are a f***ing liar"),
    ("lol you clown, that was our client", "you clown"),
    ("WTF is the matter with you?!", "WTF is the matter with you"),
    ("Fuck you Eminem", "fuck you"),
    ("yeah fuck you too", "fuck you"),
    ("Go f*** yourself.", "go f*** yourself"),
    ("you can f*** off with that attitude", "you can f*** off"),
    ("STFU and read the ticket", "stfu"),
    # not calling the reader anything
    ("Stop thinking you're an idiot for asking questions.", None),
    ("You're not an idiot for asking, you're new.", None),
    ("Nobody thinks you are a loser for changing careers.", None),
    ("if you are a fool with money, a budget app will not save you", None),
    ("Did you see the clown at the kids' party? Best hire ever.", None),
    ("You know that idiot printer on floor 3? It ate my thesis.", None),
    ("My toddler yelled 'you idiot' at the TV and I had to hide my face", None),
    ("Thank you, you absolute legend", None),
    ("screw you, allen key", None),
    ("Is it too early to fuck off home? Long week.", None),
    ("The usher told me to shut the fuck up, fair enough", None),
    ("where the fuck you are is where the party is", None),
    ("do not kill yourself over a deadline, nothing is worth it", None),
    ("Rejection doesn't make you a loser. It makes you someone who tried.", None),
    ("Nobody thinks you are an idiot for asking questions.", None),
])
def test_the_abuse_rule_finds_a_person_called_names_or_told_off(text, words):
    from assessor.classifier.lexicon import abuse

    assert abuse(text) == (words.lower() if words else None)


def test_abuse_is_a_red_flag_at_the_measured_floor_and_named_as_its_reason(clf):
    floor = clf.flags.abuse_floor
    meta = clf.meta["red_flags"]["abuse_rule"]
    assert floor == meta["floor"] > clf.thresholds["unprofessional"]
    assert floor == round(meta["unprofessional"] / meta["posts"], 3)
    text = "You undid my changes, you sad twat."
    alone = dataclasses.replace(clf.flags, abuse_floor=0.0).flag_proba([text])
    assert alone[0, 0] < clf.thresholds["unprofessional"]  # what the rule is for
    pred = clf.predict([text])[0]
    assert pred.label == "unprofessional" and pred.confidence >= floor
    words, explicit = clf.reasons([(text, "unprofessional")])[0]
    assert words[0] == "you sad twat" and explicit and "twat" not in words[1:]
    # advice in the second person is left to the detector alone
    kind = "Stop thinking you're an idiot for asking questions in your first month."
    off = dataclasses.replace(clf.flags, abuse_floor=0.0).flag_proba([kind])
    assert clf.flags.flag_proba([kind]) == pytest.approx(off)


@pytest.mark.parametrize(("text", "found"), [
    ("still a bit tipsy from the launch party and I have a client call at 9", ["intoxicated",
                                                                              "intoxicated_at_work"]),
    ("hungover on the early shift, customers are so loud today", ["intoxicated",
                                                                "intoxicated_at_work"]),
    ("so drunk at my cousin's wedding last night, best dancing of my life", ["intoxicated"]),
    ("drunk after work drinks with the team, great week", ["intoxicated"]),
    ("Whisky tasting at the distillery with Dad, the 12 year old was lovely", []),
])
def test_the_lexicon_sees_being_drunk_and_whether_it_is_at_work(text, found):
    seen = [CATEGORIES[i] for i in describe(text, tokens(text))]
    assert [c for c in seen if c.startswith("intoxicated")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Store closures in the north region are not announced yet but it's 11 sites", True),
    ("Signed an NDA so I can't name the client, but the lesson holds", True),
    ("don't tell anyone but we're being bought by a bigger agency 🤫", True),
    ("The recall is embargoed until Monday", True),
    ("As announced this morning, we're opening a second office in Leeds", False),
    ("Secret family recipe for jollof, finally written down", False),
])
def test_the_lexicon_sees_words_that_something_is_not_public_yet(text, found):
    seen = [CATEGORIES[i] for i in describe(text, tokens(text))]
    assert ("not_yet_public" in seen) == found


@pytest.mark.parametrize("text", [
    "@sam your keeper couldn't catch a cold 😂 see you at the derby",
    "when I die, scatter me over the staging server",
    "We're hiring two junior accountants in Leeds! Please share with anyone who might be a fit, "
    "and DM me if you want to know what the team is really like.",
    "Our food drive is at $3,200 of $5,000. If you can give, thank you; if you can't, please "
    "share this post. Link in comments 🙏",
])
def test_banter_dark_humour_and_honest_asks_are_not_red_flags(clf, text):
    assert not flagged(clf, [text])


def test_being_drunk_at_work_is_a_red_flag_and_drunk_at_a_wedding_is_not(clf):
    assert flagged(clf, ["lol still tipsy from last night and I just ran the 9am client call, "
                         "nobody noticed 🍻"])
    assert not flagged(clf, ["so drunk at my cousin's wedding last night, best dancing of my "
                             "life"])
