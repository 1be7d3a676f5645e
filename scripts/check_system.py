"""Check the system libraries the PDF report needs, with a clear message when one is missing.

weasyprint needs Pango (Debian: libpango-1.0-0, libpangoft2-1.0-0) and a font with wide
coverage (Debian: fonts-dejavu-core). Recommended, with a warning when missing: the Noto fonts
(fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji), so emoji and Chinese, Japanese and
Korean text in posts print as real glyphs instead of empty boxes, and libharfbuzz-subset0,
which makes reports faster. Python 3.11 is needed for the virtual environment.
"""

import ctypes.util
import glob
import sys

problems = []
if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before the venv exists
    problems.append(f"Python 3.11 or newer is needed (this is {sys.version.split()[0]}).")
for lib, pkg in (("pango-1.0", "libpango-1.0-0"), ("pangoft2-1.0", "libpangoft2-1.0-0")):
    if ctypes.util.find_library(lib) is None:
        problems.append(f"the system library {lib} is missing: apt-get install {pkg}")
if not glob.glob("/usr/share/fonts/**/DejaVuSans*.ttf", recursive=True):
    problems.append("the DejaVu fonts are missing: apt-get install fonts-dejavu-core")
if ctypes.util.find_library("harfbuzz-subset") is None:
    # Optional: weasyprint subsets fonts faster with it (about 0.7 s less per report).
    print("note: apt-get install libharfbuzz-subset0 makes PDF reports faster", file=sys.stderr)
#: Recommended font packages and a file each installs (Debian paths, searched anywhere).
NOTO = (("fonts-noto-core", "NotoSans-Regular.ttf"), ("fonts-noto-cjk", "NotoSansCJK-Regular.ttc"),
        ("fonts-noto-color-emoji", "NotoColorEmoji.ttf"))
missing = [pkg for pkg, name in NOTO
           if not glob.glob(f"/usr/share/fonts/**/{name}", recursive=True)]
if missing:
    print("note: apt-get install " + " ".join(missing) + " prints emoji and Chinese, Japanese "
          "and Korean text in reports with real glyphs (without them: empty boxes)",
          file=sys.stderr)
if problems:
    print("assessor cannot build reports on this machine yet:", file=sys.stderr)
    for p in problems:
        print(f"  - {p}", file=sys.stderr)
    sys.exit(1)
