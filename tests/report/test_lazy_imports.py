"""What the commands load: the process that assesses for `assess --pdf` does not load the
report's templates (the forked renderer does), and JSON for a pipe does not load rich."""

from __future__ import annotations

import subprocess
import sys

from tests.support.examples import EXAMPLES


def _loaded(code: str) -> set[str]:
    """The modules loaded by ``code``, as its last line on stderr."""
    tail = "\nimport sys\nprint(' '.join(sys.modules), file=sys.stderr)"
    run = subprocess.run([sys.executable, "-c", code + tail], capture_output=True, text=True,
                         check=True)
    return set(run.stderr.splitlines()[-1].split())


def test_prefork_loads_neither_jinja2_nor_weasyprint() -> None:
    mods = _loaded("import assessor.report.prefork\nimport assessor.report")
    assert "jinja2" not in mods and "weasyprint" not in mods
    assert "assessor.report.render" not in mods


def test_report_names_load_on_first_use() -> None:
    from assessor import report

    assert callable(report.write_pdf) and list(report.Audience) == ["student", "counselor"]
    assert "write_pdf" in dir(report)


def test_json_to_a_pipe_loads_no_rich() -> None:
    amara = EXAMPLES / "amara-okafor"
    mods = _loaded("import sys\nfrom assessor.cli import main\n"
                   f"sys.argv = ['assessor', 'assess', {str(amara)!r}, '--role', "
                   "'social-media-manager', '--as-of', '2026-11-20', '--no-history', "
                   "'--json', '-']\n"
                   "try:\n    main()\nexcept SystemExit:\n    pass")
    assert "assessor.api" in mods and "rich" not in mods
