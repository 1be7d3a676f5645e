"""Convert public, human-labelled sources of real posts into models/corpus/real/<source>.jsonl.

Run once by a maintainer with the original files on disk; the output is vendored, so
``assessor train`` never needs the network. The conversion is deterministic: the same input
gives byte-identical output.

    python scripts/convert_real_corpus.py --sms SMSSpamCollection \
        --youtube DIR_WITH_5_CSVS --stormfront DIR_WITH_annotations_metadata.csv_AND_all_files \
        --hatexplain 092-HateXplain.csv --convabuse DIR_WITH_ConvAbuseEMNLP_CSVS \
        --hatecheck test_suite_cases.csv \
        --jigsaw DIR_WITH_text_comment_1.csv_AND_text_comment_2.csv

Each option is optional: only the sources given are (re)written.

Every record: ``{"id", "source", "text", "label", "orig_label", "split"}`` where ``label`` is
one of ``clean``, ``unprofessional``, ``spam`` (the red-flag view of our classes: ``clean``
means "any of the five ordinary classes") and ``split`` is ``train`` or ``validation``.

The split is fixed by a hash of the whitespace-normalised, lower-cased text: 40 % of each
source is ``validation`` and is never trained or tuned on. Duplicates share a hash, so the same
text can never sit on both sides. Exact duplicates are kept once.

Label mapping (see models/corpus/real/README.md for the limits of each):
- SMS Spam Collection: ``spam`` -> spam, ``ham`` -> clean.
- YouTube Spam Collection: CLASS 1 (spam) -> spam, 0 (ham) -> clean.
- Stormfront hate speech (Vicomtech): ``hate`` -> unprofessional, ``noHate`` -> clean;
  ``relation`` (hate only in context with other sentences) and ``idk/skip`` are dropped.
- HateXplain (majority of three annotators, as converted by the MBIB benchmark's
  ``092-HateXplain.csv``): category 1 (hatespeech) and 2 (offensive) -> unprofessional,
  0 (normal) -> clean; 3 (no majority) is dropped, and so is any text that appears with both a
  red-flag and a clean label.
- ConvAbuse (Cercas Curry, Abercrombie & Rieser, EMNLP 2021; the ``2_splits`` CSVs): the
  user's message, rated by each of its annotators from 1 (not abuse) through 0 (ambiguous) to
  -1, -2, -3 (mildly, strongly, very strongly abusive). More than half of the raters at -1 or
  below -> unprofessional; more than half at 1 -> clean; anything else is dropped, and so is a
  text seen with both labels. The three published splits are pooled and split again by hash.
- HateCheck (Röttger et al., ACL 2021; ``test_suite_cases.csv``): functional tests, each case
  validated by at least four of five trained annotators. Every ``*_h`` (hateful) case and the
  non-hateful abuse of individuals and of groups that are not protected (``target_indiv_nh``,
  ``target_group_nh``: threats and insults at people, red flags for us) -> unprofessional; the
  other non-hateful cases (neutral and positive mentions of a group, negated hate, counter-speech
  that quotes or names hate, abuse of objects, profanity not aimed at people, slur homonyms)
  -> clean; reclaimed slurs (``slur_reclaimed_nh``) are dropped: whether an employer would read
  them as reclaimed depends on who writes. ``orig_label`` is the functionality, so figures can
  be read per test.
- Jigsaw Toxic Comment Classification (2018; the first 20,000 rows of ``train.csv``, with its
  ``toxic`` column as ``labels``): toxic -> unprofessional, not toxic -> clean; only comments of
  20 to 320 characters are kept, and IP addresses are removed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "corpus" / "real"
VALIDATION_SHARE = 40  # percent


def key(text: str) -> str:
    return " ".join(text.lower().split())


def split_of(text: str) -> str:
    h = int(hashlib.sha256(key(text).encode("utf-8")).hexdigest()[:8], 16)
    return "validation" if h % 100 < VALIDATION_SHARE else "train"


def flat(text: str) -> str:
    """The text on one line: runs of whitespace (and byte-order marks) as one space."""
    return re.sub(r"[ \t\r\n\ufeff]+", " ", text).strip()


def records(source: str, rows: list[tuple[str, str, str]]) -> list[dict[str, str]]:
    """rows: (text, our label, original label); duplicates (by normalised text) kept once."""
    out, seen = [], set()
    for text, label, orig in rows:
        text = flat(text)
        if not text or key(text) in seen:
            continue
        seen.add(key(text))
        digest = hashlib.sha256(key(text).encode("utf-8")).hexdigest()[:12]
        out.append({"id": f"{source}-{digest}", "source": source, "text": text, "label": label,
                    "orig_label": orig, "split": split_of(text)})
    return out


def without_conflicts(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """rows without any text (normalised) that appears under two different labels."""
    labels: dict[str, set[str]] = {}
    for text, label, _ in rows:
        labels.setdefault(key(text), set()).add(label)
    return [r for r in rows if len(labels[key(r[0])]) == 1]


def sms(path: Path) -> list[dict[str, str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or (n == 1 and line.startswith("Label\t")):
            continue
        orig, _, text = line.partition("\t")
        if orig not in ("ham", "spam"):
            raise SystemExit(f"{path}: line {n}: expected ham or spam, got {orig!r}")
        rows.append((text, "spam" if orig == "spam" else "clean", orig))
    return records("sms-spam", rows)


def youtube(folder: Path) -> list[dict[str, str]]:
    rows = []
    for path in sorted(folder.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                orig = row["CLASS"].strip()
                rows.append((row["CONTENT"], "spam" if orig == "1" else "clean",
                             "spam" if orig == "1" else "ham"))
    return records("youtube-spam", rows)


def stormfront(folder: Path) -> list[dict[str, str]]:
    rows = []
    with open(folder / "annotations_metadata.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["label"] not in ("hate", "noHate"):
                continue
            text = (folder / "all_files" / f"{row['file_id']}.txt").read_text(encoding="utf-8")
            rows.append((text, "unprofessional" if row["label"] == "hate" else "clean",
                         row["label"]))
    return records("stormfront-hate", rows)


HATEXPLAIN_CATEGORY = {"0": ("clean", "normal"), "1": ("unprofessional", "hatespeech"),
                       "2": ("unprofessional", "offensive")}


def hatexplain(path: Path) -> list[dict[str, str]]:
    """MBIB's ``092-HateXplain.csv``: ``post_id, text, label, category, id``; the text is
    HateXplain's tokens joined by spaces, with punctuation removed by MBIB."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.reader(fh), start=1):
            if n == 1:
                continue
            if len(row) != 5 or row[3] not in ("0", "1", "2", "3"):
                raise SystemExit(f"{path}: row {n}: expected post id, text, label, category "
                                 f"0-3 and id")
            if row[3] == "3":
                continue
            label, orig = HATEXPLAIN_CATEGORY[row[3]]
            rows.append((row[1], label, orig))
    return records("hatexplain", without_conflicts(rows))


_ABUSE = ("-1", "-2", "-3")


def convabuse(folder: Path) -> list[dict[str, str]]:
    """``ConvAbuseEMNLP{train,valid,test}.csv``: the ``user`` column, and per annotator a one-hot
    ``AnnotatorN_is_abuse.{1,0,-1,-2,-3}`` (all empty when that annotator did not rate it)."""
    rows = []
    for part in ("train", "valid", "test"):
        path = folder / f"ConvAbuseEMNLP{part}.csv"
        if not path.is_file():
            raise SystemExit(f"{folder}: expected ConvAbuseEMNLP{part}.csv")
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if "user" not in (reader.fieldnames or ()):
                raise SystemExit(f"{path}: expected a 'user' column")
            for n, row in enumerate(reader, start=2):
                votes = [v.rpartition(".")[2] for v, mark in row.items()
                         if re.fullmatch(r"Annotator\d+_is_abuse\.-?\d", v) and mark == "1"]
                if not votes:
                    raise SystemExit(f"{path}: row {n}: no annotator rated this message")
                abuse = sum(v in _ABUSE for v in votes)
                clean = votes.count("1")
                if 2 * abuse > len(votes):
                    label, orig = "unprofessional", "abuse " + "/".join(sorted(votes))
                elif 2 * clean > len(votes):
                    label, orig = "clean", "not abuse " + "/".join(sorted(votes))
                else:
                    continue
                rows.append((row["user"], label, orig))
    return records("convabuse", without_conflicts(rows))


#: Only Jigsaw comments of a social-media post's length are kept (characters, whitespace
#: collapsed): most talk-page comments are long discussions of an article's sources.
JIGSAW_LENGTH = (20, 320)
#: Talk-page comments signed by an anonymous editor end with the editor's IP address: removed,
#: since it can point to a person and says nothing about the comment.
_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def jigsaw(folder: Path) -> list[dict[str, str]]:
    """``text_comment_1.csv`` and ``text_comment_2.csv``: the first 20,000 rows of the Jigsaw /
    Conversation AI Toxic Comment Classification Challenge's ``train.csv`` (2018), as two columns
    ``comment_text, labels``, where ``labels`` is that file's ``toxic`` column (rude,
    disrespectful or unreasonable, by the majority of its crowd raters; checked against the
    original six columns on the 267 rows published elsewhere: equal on every one). IP addresses
    are removed from the text."""
    paths = [folder / "text_comment_1.csv", folder / "text_comment_2.csv"]
    for path in paths:
        if not path.is_file():
            raise SystemExit(f"{folder}: expected {path.name}")
    rows = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if not {"comment_text", "labels"} <= set(reader.fieldnames or ()):
                raise SystemExit(f"{path}: expected the columns comment_text and labels")
            for n, row in enumerate(reader, start=2):
                if row["labels"] not in ("0", "1"):
                    raise SystemExit(f"{path}: row {n}: labels should be 0 or 1, "
                                     f"not {row['labels']!r}")
                text = flat(_IPV4.sub("", row["comment_text"]))
                if JIGSAW_LENGTH[0] <= len(text) <= JIGSAW_LENGTH[1]:
                    toxic = row["labels"] == "1"
                    rows.append((text, "unprofessional" if toxic else "clean",
                                 "toxic" if toxic else "not toxic"))
    return records("jigsaw", without_conflicts(rows))


#: HateCheck's non-hateful functionalities that are red flags for us (abuse of people who are
#: not a protected group), and the one that is dropped.
HATECHECK_RED = frozenset({"target_indiv_nh", "target_group_nh"})
HATECHECK_DROPPED = frozenset({"slur_reclaimed_nh"})


def hatecheck(path: Path) -> list[dict[str, str]]:
    """``test_suite_cases.csv``: ``functionality``, ``test_case``, ``label_gold`` (hateful or
    non-hateful), among others."""
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"functionality", "test_case", "label_gold"} - set(reader.fieldnames or ())
        if missing:
            raise SystemExit(f"{path}: expected the columns {', '.join(sorted(missing))}")
        for n, row in enumerate(reader, start=2):
            func, gold = row["functionality"], row["label_gold"]
            if gold not in ("hateful", "non-hateful"):
                raise SystemExit(f"{path}: row {n}: label_gold should be hateful or "
                                 f"non-hateful, not {gold!r}")
            if func in HATECHECK_DROPPED:
                continue
            red = gold == "hateful" or func in HATECHECK_RED
            rows.append((row["test_case"], "unprofessional" if red else "clean", func))
    return records("hatecheck", without_conflicts(rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sms", type=Path)
    ap.add_argument("--youtube", type=Path)
    ap.add_argument("--stormfront", type=Path)
    ap.add_argument("--hatexplain", type=Path)
    ap.add_argument("--convabuse", type=Path)
    ap.add_argument("--hatecheck", type=Path)
    ap.add_argument("--jigsaw", type=Path)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    readers = {"sms-spam": (sms, args.sms), "youtube-spam": (youtube, args.youtube),
               "stormfront-hate": (stormfront, args.stormfront),
               "hatexplain": (hatexplain, args.hatexplain),
               "convabuse": (convabuse, args.convabuse),
               "hatecheck": (hatecheck, args.hatecheck),
               "jigsaw": (jigsaw, args.jigsaw)}
    for name, (read, source) in readers.items():
        if source is None:
            continue
        recs = read(source)
        path = OUT / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                        encoding="utf-8")
        counts: dict[str, int] = {}
        for r in recs:
            counts[f"{r['split']}/{r['label']}"] = counts.get(f"{r['split']}/{r['label']}", 0) + 1
        print(f"{path.name}: {len(recs)} posts {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
