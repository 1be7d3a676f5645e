"""Real sources and what the red-flag detector learns from them: HateXplain's conversion and
label mapping, the spelling copies added to training, the swear words from better-profanity."""

from __future__ import annotations

import importlib.util

import pytest
from support import ROOT

from assessor.classifier.lexicon import LEXICON, tokens
from assessor.classifier.redflag_training import as_hatexplain


def _converter():
    spec = importlib.util.spec_from_file_location(
        "convert_real_corpus", ROOT / "scripts" / "convert_real_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hatexplain_categories_map_to_our_labels_and_ambiguous_texts_are_dropped(tmp_path):
    csv = tmp_path / "092-HateXplain.csv"
    csv.write_text(",text,label,category,id\n"
                   "1_twitter,a normal post about lunch,0,0,0\n"
                   "2_gab,a hateful post,1,1,1\n"
                   "3_gab,an offensive post,0,2,2\n"
                   "4_gab,nobody agreed on this one,0,3,3\n"
                   "5_gab,same words two labels,0,0,4\n"
                   "6_gab,Same  words two labels,0,2,5\n"
                   "7_gab,a normal post about lunch,0,0,6\n", encoding="utf-8")
    rows = _converter().hatexplain(csv)
    got = {r["text"]: (r["label"], r["orig_label"]) for r in rows}
    assert got == {"a normal post about lunch": ("clean", "normal"),
                   "a hateful post": ("unprofessional", "hatespeech"),
                   "an offensive post": ("unprofessional", "offensive")}
    assert {r["split"] for r in rows} <= {"train", "validation"}
    assert all(r["source"] == "hatexplain" and r["id"].startswith("hatexplain-") for r in rows)


def test_vendored_hatexplain_split_is_the_hash_split():
    import json

    conv = _converter()
    path = ROOT / "models" / "corpus" / "real" / "hatexplain.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:500]]
    assert all(r["split"] == conv.split_of(r["text"]) for r in rows)


def test_spelling_copies_are_spelled_as_hatexplain_posts_are():
    assert (as_hatexplain("@dana You're RIGHT, it's 10x better! https://x.co/a")
            == "you re right it s 10x better")


def test_strong_swear_words_from_better_profanity_are_known_and_cum_laude_is_not():
    for word in ("fucktard", "cocksucker", "douchebag", "motherfucka", "skank"):
        assert LEXICON[word] == "swear"
    assert "cum" not in LEXICON
    assert tokens("you absolute fucktard") == ["you", "absolute", "fucktard"]


def _convabuse_csv(path, rows):
    """A ConvAbuse split with three annotators; ``rows`` are (user message, three ratings)."""
    head = ["example_id", "user"] + [f"Annotator{a}_is_abuse.{v}" for a in (1, 2, 3)
                                     for v in ("1", "0", "-1", "-2", "-3")]
    lines = [",".join(head)]
    for n, (text, ratings) in enumerate(rows):
        marks = []
        for r in ratings:
            marks += ["1" if r == v else ("" if r is None else "0")
                      for v in ("1", "0", "-1", "-2", "-3")]
        lines.append(",".join([str(n), text] + marks))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_convabuse_majority_of_raters_decides_and_ambiguous_texts_are_dropped(tmp_path):
    _convabuse_csv(tmp_path / "ConvAbuseEMNLPtrain.csv", [
        ("what time is it", ("1", "1", "1")),
        ("shut up you stupid bot", ("-2", "-1", "1")),
        ("are you a robot", ("0", "0", "1")),         # no majority: dropped
        ("hello there", ("1", "1", None)),             # third annotator did not rate it
    ])
    _convabuse_csv(tmp_path / "ConvAbuseEMNLPvalid.csv", [
        ("you are useless", ("-1", "-3", "-1")),
        ("Hello  there", ("-1", "-1", "-1")),          # same text, other label: dropped
    ])
    _convabuse_csv(tmp_path / "ConvAbuseEMNLPtest.csv", [])
    rows = _converter().convabuse(tmp_path)
    got = {r["text"]: r["label"] for r in rows}
    assert got == {"what time is it": "clean", "shut up you stupid bot": "unprofessional",
                   "you are useless": "unprofessional"}
    assert all(r["source"] == "convabuse" for r in rows)


def test_compare_models_keeps_the_same_validation_only_sources_as_training():
    from assessor.classifier.redflag_training import VALIDATION_ONLY

    spec = importlib.util.spec_from_file_location(
        "compare_models", ROOT / "scripts" / "compare_models.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(module.VALIDATION_ONLY) == VALIDATION_ONLY


def test_hatecheck_cases_map_to_our_labels(tmp_path):
    csv = tmp_path / "test_suite_cases.csv"
    csv.write_text(
        ",functionality,case_id,test_case,label_gold\n"
        "0,derog_neg_emote_h,1,I hate women.,hateful\n"
        "1,ident_neutral_nh,2,Her colleague is a woman.,non-hateful\n"
        "2,target_indiv_nh,3,I despise you.,non-hateful\n"
        "3,target_obj_nh,4,I despise long queues.,non-hateful\n"
        "4,slur_reclaimed_nh,5,We call ourselves that all the time.,non-hateful\n",
        encoding="utf-8")
    rows = _converter().hatecheck(csv)
    got = {r["text"]: (r["label"], r["orig_label"]) for r in rows}
    assert got == {"I hate women.": ("unprofessional", "derog_neg_emote_h"),
                   "Her colleague is a woman.": ("clean", "ident_neutral_nh"),
                   "I despise you.": ("unprofessional", "target_indiv_nh"),
                   "I despise long queues.": ("clean", "target_obj_nh")}


def test_hatecheck_converter_names_the_file_and_row_of_a_bad_label(tmp_path):
    csv = tmp_path / "cases.csv"
    csv.write_text("functionality,test_case,label_gold\nident_pos_nh,Women are great.,maybe\n",
                   encoding="utf-8")
    with pytest.raises(SystemExit, match=r"cases.csv: row 2: label_gold should be"):
        _converter().hatecheck(csv)
    csv.write_text("functionality,text\nx,y\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="expected the columns label_gold, test_case"):
        _converter().hatecheck(csv)


def test_of_hatexplain_only_clean_training_posts_without_strong_words_are_trained_on():
    from assessor.classifier.redflag_training import RealPost, trained_on

    def post(source, text, label, split="train"):
        return RealPost("x", source, text, label, split)

    assert trained_on(post("hatexplain", "waiting for the bus in the rain again", "clean"))
    assert not trained_on(post("hatexplain", "this bus is so fucking late", "clean"))
    assert not trained_on(post("hatexplain", "what a moron lol", "clean"))
    assert not trained_on(post("hatexplain", "they are vermin", "unprofessional"))
    assert not trained_on(post("hatexplain", "waiting for the bus", "clean", "validation"))
    assert trained_on(post("stormfront-hate", "they are vermin", "unprofessional"))
    assert not trained_on(post("hatecheck", "I hate women", "unprofessional"))


def _jigsaw_csvs(folder, first, second=()):
    import csv

    for name, rows in (("text_comment_1.csv", first), ("text_comment_2.csv", second)):
        with open(folder / name, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["comment_text", "labels"])
            writer.writerows(rows)


def test_jigsaw_toxic_comments_of_a_posts_length_map_to_our_labels(tmp_path):
    _jigsaw_csvs(tmp_path, [
        ("Thanks for fixing the citation on the bridge article.", "0"),
        ("You are a clueless idiot,\nstop reverting my edits", "1"),
        ("ok", "0"),                                   # too short for a post
        ("A long discussion of sources. " * 20, "0"),  # longer than a post
    ], [("Please stop vandalising the page. 89.205.38.27", "0")])
    rows = _converter().jigsaw(tmp_path)
    got = {r["text"]: (r["label"], r["orig_label"]) for r in rows}
    assert got == {
        "Thanks for fixing the citation on the bridge article.": ("clean", "not toxic"),
        "You are a clueless idiot, stop reverting my edits": ("unprofessional", "toxic"),
        "Please stop vandalising the page.": ("clean", "not toxic")}
    assert all(r["source"] == "jigsaw" and r["id"].startswith("jigsaw-") for r in rows)


def test_jigsaw_converter_names_the_file_and_row_of_a_bad_label(tmp_path):
    _jigsaw_csvs(tmp_path, [("Thanks for the welcome message, much appreciated.", "0"),
                            ("Who wrote this section about the river?", "yes")])
    with pytest.raises(SystemExit, match=r"text_comment_1.csv: row 3: labels should be 0 or 1"):
        _converter().jigsaw(tmp_path)
    (tmp_path / "text_comment_2.csv").unlink()
    with pytest.raises(SystemExit, match="expected text_comment_2.csv"):
        _converter().jigsaw(tmp_path)


def test_jigsaw_is_measured_on_and_never_trained_on():
    from assessor.classifier.redflag_training import RealPost, trained_on

    for label in ("clean", "unprofessional"):
        assert not trained_on(RealPost("x", "jigsaw", "Thanks for the edit.", label, "train"))
