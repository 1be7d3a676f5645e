"""With the network switched off, every command still works: nothing is fetched, ever.

``socket.socket``, ``socket.create_connection`` and ``socket.getaddrinfo`` raise (local
AF_UNIX sockets stay allowed: process pools use them), and each attempt is recorded, so a library
that tries the network and quietly swallows the failure still fails the test.
"""

from __future__ import annotations

import csv
import json
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
import typer.main
from support import EXAMPLES
from typer.testing import CliRunner

from assessor.cli import app

AS_OF = "2026-11-20"
ROLE = "social-media-manager"


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    class NoNetworkSocket(socket.socket):
        def __init__(self, family: Any = -1, *args: Any, **kwargs: Any) -> None:
            if family == socket.AF_UNIX:
                super().__init__(family, *args, **kwargs)
                return
            attempts.append(f"socket.socket({family!r})")
            raise OSError("network disabled by test_offline")

    def refuse(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[:2]!r}")
            raise OSError(f"network disabled by test_offline ({name})")
        return call

    monkeypatch.setattr(socket, "socket", NoNetworkSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return attempts


def _commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    return dict(getattr(group, "commands", {}))


def _options(command: Any) -> set[str]:
    return {opt for param in command.params for opt in getattr(param, "opts", ())}


def _run(args: list[str]) -> Any:
    result = CliRunner().invoke(app, args)
    output = result.output
    assert "Traceback" not in output, output
    assert result.exit_code == 0, f"{args} exited {result.exit_code}:\n{output}"
    return result


def test_assess_runs_offline(offline: list[str], tmp_path: Path) -> None:
    result = _run(["assess", str(EXAMPLES / "amara-okafor"), "--role", ROLE, "--as-of", AS_OF,
                   "--json", "-", *_private_history(_commands()["assess"], tmp_path)])
    document = json.loads(result.stdout)
    assert document  # a full result, computed without a single network call
    assert offline == []


def _private_history(command: Any, tmp_path: Path) -> list[str]:
    """Keep the test out of the per-user history store."""
    return ["--db", str(tmp_path / "history.db")] if "--db" in _options(command) else []


def test_assess_pdf_runs_offline(offline: list[str], tmp_path: Path) -> None:
    assess = _commands()["assess"]
    if "--pdf" not in _options(assess):
        pytest.skip("assess --pdf is not in cli.py yet")
    pdf = tmp_path / "amara.pdf"
    _run(["assess", str(EXAMPLES / "amara-okafor"), "--role", ROLE, "--as-of", AS_OF,
          "--pdf", str(pdf), *_private_history(assess, tmp_path)])
    assert pdf.read_bytes().startswith(b"%PDF")
    assert offline == []


def test_report_runs_offline(offline: list[str], tmp_path: Path) -> None:
    commands = _commands()
    if "report" not in commands:
        pytest.skip("assessor report is not in cli.py yet")
    saved = tmp_path / "amara.json"
    _run(["assess", str(EXAMPLES / "amara-okafor"), "--role", ROLE, "--as-of", AS_OF,
          "--json", str(saved), *_private_history(commands["assess"], tmp_path)])
    pdf = tmp_path / "report.pdf"
    _run(["report", str(saved), "--pdf", str(pdf),
          *_private_history(commands["report"], tmp_path)])
    assert pdf.read_bytes().startswith(b"%PDF")
    assert offline == []


def test_batch_runs_offline(offline: list[str], tmp_path: Path) -> None:
    batch = _commands().get("batch")
    if batch is None:
        pytest.skip("assessor batch is not in cli.py yet")
    opts = _options(batch)
    with open(EXAMPLES / "roster.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))[:2]
    class_dir = tmp_path / "class"  # roster paths must stay inside the roster's folder
    for row in rows:
        shutil.copytree(EXAMPLES / row["path"], class_dir / row["path"])
    roster = class_dir / "roster.csv"
    with open(roster, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    out = tmp_path / "out"
    args = ["batch", str(roster)]
    if "--workers" in opts:
        args += ["--workers", "1"]
    if "--as-of" in opts:
        args += ["--as-of", AS_OF]
    args += _private_history(batch, tmp_path)
    out_opt = next((o for o in ("--out", "--output", "-o", "--out-dir") if o in opts), None)
    if out_opt:
        args += [out_opt, str(out)]
    _run(args)
    assert offline == []
    if out_opt:
        assert len(list(out.glob("*.pdf"))) >= 2, sorted(p.name for p in out.iterdir())
