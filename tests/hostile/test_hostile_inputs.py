"""Hostile exports: every one ends in the project's own error or a warning, quickly and lightly.

Each case is generated in ``tmp_path`` (nothing hostile is committed), loaded within a budget of
5 s and 500 MB of RSS growth (see ``hostile_files.budget``), and must leave no file outside
``tmp_path``. Heavy cases (real zip bombs, 100 MB files, long hypothesis runs) are marked
``slow`` and run by ``make fuzz``; a light sample of each kind runs with ``make test``.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hostile_files import (
    GITHUB_FILES,
    JSON_EXPORTS,
    LINKEDIN_FILES,
    SLIP_NAMES,
    WRONG_VALUES,
    Builder,
    billion_laughs,
    budget,
    csv_with_nul,
    deep_json,
    listing,
    load,
    lying_zip,
    member_bomb,
    one_line_file,
    paths,
    random_bytes,
    replaced,
    tar_declares_huge,
    tar_slip,
    truncated_zip,
    understated_zip,
    write_files,
    wrong_encoding,
    zip_bomb,
    zip_bytes,
    zip_slip,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from assessor.candidate import Source
from assessor.cli import app
from assessor.errors import InputError
from assessor.ingest.bundle import Bundle
from assessor.ingest.registry import importers

EXPORT_NAMES = ("Connections.csv", "tweets.js", "outbox.json", "user.json", "posts_1.json",
                "feed.xml", "posts.csv", "export.zip")
#: No hypothesis database: it would write .hypothesis/ into the working directory.
LIGHT = settings(max_examples=12, deadline=None, database=None, derandomize=True,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])
HEAVY = settings(LIGHT, max_examples=300, derandomize=False)


def _seeded(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


#: name -> builder. The light sample: every kind of hostility, each small enough for `make test`.
LIGHT_CASES: dict[str, Builder] = {
    **{f"random-{n}": random_bytes(n, _seeded(4096, i)) for i, n in enumerate(EXPORT_NAMES)},
    "truncated-zip-10%": truncated_zip(0.10),
    "truncated-zip-50%": truncated_zip(0.50),
    "truncated-zip-99%": truncated_zip(0.99),
    "zip-slip": zip_slip,
    "tar-slip": tar_slip,
    "zip-declares-600MB": lying_zip,
    "zip-understates-member-size": understated_zip,
    "tar-declares-600MB-truncated": tar_declares_huge,
    **{f"deep-json-{n}": deep_json(n) for n in ("tweets.js", "outbox.json", "user.json",
                                                "actor.json", "posts_1.json")},
    "deep-json-objects-outbox.json": deep_json("outbox.json", opener='{"a":'),
    "deep-json-closed-user.json": lambda root: _closed_deep(root),
    "csv-nul-posts.csv": csv_with_nul("posts.csv"),
    "csv-nul-Connections.csv": csv_with_nul("Connections.csv"),
    **{f"{codec}-{n}": wrong_encoding(n, codec)
       for codec in ("utf-16", "utf-16-le", "latin-1")
       for n in ("posts.csv", "Connections.csv", "Profile.csv", "tweets.js", "outbox.json",
                 "user.json", "posts_1.json")},
    "billion-laughs-feed.xml": billion_laughs,
    "one-line-posts.csv-2MB": one_line_file("posts.csv", 2),
}

#: UTF-16 with a byte-order mark is accepted on purpose (Excel saves CSV that way): these must
#: load, and load correctly, rather than warn.
ACCEPTED = frozenset(label for label in LIGHT_CASES if label.startswith("utf-16-")
                     and not label.startswith("utf-16-le-"))

SLOW_CASES: dict[str, Builder] = {
    "zip-bomb-600MB-of-zeros": zip_bomb,
    "zip-member-120MB": member_bomb,
    "one-line-Shares.csv-100MB": one_line_file("Shares.csv", 100),
    "one-line-posts.csv-100MB": one_line_file("posts.csv", 100),
    "one-line-posts.csv-90MB": one_line_file("posts.csv", 90),  # under the cap: must be handled
    "deep-json-tweets.js-1M": deep_json("tweets.js", depth=1_000_000),
}


def _closed_deep(root: Path) -> Path:
    files = dict(GITHUB_FILES)
    write_files(root / "github", {**files, "user.json": b"[" * 50_000 + b"]" * 50_000})
    return root


# -- loading each hostile export -------------------------------------------------------------------
def _check(build: Builder, label: str, tmp_path: Path) -> None:
    root = build(tmp_path / "candidate")
    before = listing(tmp_path.parent, Path.cwd())
    outcome = load(root, label)
    if label in ACCEPTED:
        assert outcome.error is None, outcome.error
        assert "\u00e1" in repr(outcome.candidate) or "\u00e9" in repr(outcome.candidate)
    else:
        assert outcome.flagged, f"{label}: loaded cleanly without a single warning"
    assert listing(tmp_path.parent, Path.cwd()) == before
    if outcome.error:
        assert "Traceback" not in outcome.error


@pytest.mark.parametrize("label", LIGHT_CASES)
def test_hostile_export_ends_in_an_error_or_a_warning(label: str, tmp_path: Path) -> None:
    _check(LIGHT_CASES[label], label, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("label", SLOW_CASES)
def test_heavy_hostile_export(label: str, tmp_path: Path) -> None:
    _check(SLOW_CASES[label], label, tmp_path)


def test_zip_bomb_is_refused_by_its_declared_size(tmp_path: Path) -> None:
    outcome = load(lying_zip(tmp_path / "c"), "zip-declares-600MB")
    assert outcome.error and "past the 500 MB limit" in outcome.error


@pytest.mark.slow
def test_real_zip_bomb_is_refused_without_inflating(tmp_path: Path) -> None:
    root = zip_bomb(tmp_path / "c")
    assert (root / "export.zip").stat().st_size < 5 * 1024 * 1024
    outcome = load(root, "zip-bomb")
    assert outcome.error and "past the 500 MB limit" in outcome.error


@pytest.mark.slow
def test_100mb_single_line_file_is_refused_by_the_file_cap(tmp_path: Path) -> None:
    outcome = load(one_line_file("posts.csv", 100)(tmp_path / "c"), "posts.csv-100MB")
    assert outcome.error and "larger than the 96 MB" in outcome.error


def test_understated_member_size_is_not_trusted(tmp_path: Path) -> None:
    outcome = load(understated_zip(tmp_path / "c"), "understated")
    assert any("Comments.csv" in w for w in outcome.warnings + [outcome.error or ""])


def test_deep_json_names_the_file(tmp_path: Path) -> None:
    outcome = load(deep_json("tweets.js")(tmp_path / "c"), "deep tweets.js")
    assert outcome.error and "tweets.js" in outcome.error and "nested too deeply" in outcome.error


# -- archive members that try to escape ------------------------------------------------------------
@pytest.mark.parametrize("builder", ["zip", "tar"])
def test_escaping_members_are_refused_and_nothing_is_written(builder: str, tmp_path: Path) -> None:
    root = (zip_slip if builder == "zip" else tar_slip)(tmp_path / "candidate")
    watched = [tmp_path.parent, Path.cwd(), tmp_path, root, Path("/tmp")]
    before = listing(*watched[:4])
    outcome = load(root, f"{builder}-slip")
    assert listing(*watched[:4]) == before
    assert not Path("/tmp/assessor-hostile-evil.txt").exists()
    refused = [w for w in outcome.warnings if "refused archive member" in w]
    climbing = [n for n in SLIP_NAMES if "\\" not in n]  # a backslash is a POSIX filename char
    for name in climbing:
        assert any(repr(name) in w for w in refused), f"{name} was not refused: {refused}"
    archive = next(root.iterdir())
    bundle = Bundle.open(archive)
    try:
        assert not any(".." in n.split("/") or n.startswith("/") for n in bundle.names())
    finally:
        bundle.close()


# -- random bytes, via hypothesis ------------------------------------------------------------------
def _counter() -> Any:
    n = 0

    def fresh(tmp_path: Path) -> Path:
        nonlocal n
        n += 1
        return tmp_path / f"case{n}"
    return fresh


def _random_bytes_case(tmp_path: Path, fresh: Any, name: str, data: bytes) -> None:
    root = random_bytes(name, data)(fresh(tmp_path))
    load(root, f"random {name}")  # the project's error or a Candidate; anything else fails


@pytest.mark.parametrize("name", EXPORT_NAMES)
@LIGHT
@given(data=st.binary(max_size=2048))
def test_random_bytes_light(tmp_path: Path, name: str, data: bytes) -> None:
    _random_bytes_case(tmp_path, _FRESH, name, data)


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPORT_NAMES)
@HEAVY
@given(data=st.binary(max_size=1 << 16))
def test_random_bytes_heavy(tmp_path: Path, name: str, data: bytes) -> None:
    _random_bytes_case(tmp_path, _FRESH, name, data)


_FRESH = _counter()
_VALID_ZIP = zip_bytes(LINKEDIN_FILES)


def _mutated_zip_case(tmp_path: Path, flips: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(_VALID_ZIP)
    for pos, value in flips:
        data[pos % len(data)] = value
    root = _FRESH(tmp_path)
    write_files(root, {"export.zip": bytes(data[: max(cut, 1)])})
    load(root, "mutated zip")


_flips = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=8)


@LIGHT
@given(flips=_flips, cut=st.integers(1, len(_VALID_ZIP)))
def test_mutated_zip_light(tmp_path: Path, flips: list[tuple[int, int]], cut: int) -> None:
    _mutated_zip_case(tmp_path, flips, cut)


@pytest.mark.slow
@HEAVY
@given(flips=_flips, cut=st.integers(1, len(_VALID_ZIP)))
def test_mutated_zip_heavy(tmp_path: Path, flips: list[tuple[int, int]], cut: int) -> None:
    _mutated_zip_case(tmp_path, flips, cut)


@pytest.mark.slow
def test_zip_truncated_at_every_byte(tmp_path: Path) -> None:
    for cut in range(1, len(_VALID_ZIP)):
        root = _FRESH(tmp_path)
        write_files(root, {"export.zip": _VALID_ZIP[:cut]})
        assert load(root, f"zip cut at {cut}").flagged


# -- the wrong JSON type at every key of every importer --------------------------------------------
IMPORTERS = {imp.platform: imp for imp in importers("export")}


def _wrong_types(platform: str, tmp_path: Path) -> int:
    files = JSON_EXPORTS[platform]
    imp = IMPORTERS[platform]
    root = tmp_path / platform
    write_files(root, files)
    bundle = Bundle.open(root)
    try:
        assert imp.detect(bundle), f"the minimal {platform} export is not recognised"
        clean = imp.read(bundle)
    finally:
        bundle.close()
    assert not clean.warnings, clean.warnings
    cases = 0
    # One memory budget (and hang guard) for the walk; each read is timed on its own.
    with budget(f"{platform} wrong types", seconds=120):
        for member, doc in files.items():
            for path in paths(doc):
                for value in WRONG_VALUES:
                    label = f"{platform} {member} {'.'.join(map(str, path)) or '<root>'}={value!r}"
                    write_files(root, {member: replaced(doc, path, value)})
                    bundle = Bundle.open(root)
                    start = time.perf_counter()
                    try:
                        result = imp.read(bundle)
                    except InputError as exc:
                        assert member.rsplit("/", 1)[-1] in str(exc), f"{label}: {exc}"
                    else:
                        assert isinstance(result, Source), label
                    finally:
                        bundle.close()
                    assert time.perf_counter() - start < 5, label
                    cases += 1
            write_files(root, {member: doc})
    return cases


@pytest.mark.parametrize("platform", JSON_EXPORTS)
def test_wrong_type_at_every_key(platform: str, tmp_path: Path) -> None:
    assert _wrong_types(platform, tmp_path) > 50


# -- the same hostile folders through the CLI ------------------------------------------------------
def _cli(path: Path, accepted: bool = False) -> None:
    result = CliRunner().invoke(app, ["inspect", str(path)])
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert "Traceback" not in output, output
    assert result.exit_code in (0, 2), (result.exit_code, output)
    if result.exit_code == 2:
        assert re.search(r"^Error: ", output, re.M), output
    elif not accepted:
        assert "warning" in output.lower() or "skipped" in output.lower(), output


@pytest.mark.parametrize("label", LIGHT_CASES)
def test_cli_inspect_on_hostile_folder(label: str, tmp_path: Path) -> None:
    root = LIGHT_CASES[label](tmp_path / "candidate")
    before = listing(tmp_path.parent, Path.cwd())
    with budget(f"cli {label}"):
        _cli(root, accepted=label in ACCEPTED)
    assert listing(tmp_path.parent, Path.cwd()) == before


@pytest.mark.slow
@pytest.mark.parametrize("label", SLOW_CASES)
def test_cli_inspect_on_heavy_hostile_folder(label: str, tmp_path: Path) -> None:
    root = SLOW_CASES[label](tmp_path / "candidate")
    with budget(f"cli {label}"):
        _cli(root)

