"""Read an export the way it was downloaded: a folder, a zip, a tar.gz, or a single file.

Archives are never extracted to disk. Members are read into memory through a size-capped reader,
and members whose names are absolute or climb out with ``..`` are refused. Names are matched
case-insensitively by their base name, because platforms move files between folders over the years.
"""

from __future__ import annotations

import fnmatch
import itertools
import lzma
import os
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TypeVar

from assessor.display import shown_path
from assessor.errors import InputError

#: Largest single file we read. Real exports stay well below; a bigger file is refused.
MAX_FILE_BYTES = 96 * 1024 * 1024
#: Largest total an archive may declare when decompressed (a zip bomb guard).
MAX_TOTAL_BYTES = 500 * 1024 * 1024
#: Most files we look at in one folder tree or archive.
MAX_MEMBERS = 50_000

ARCHIVE_SUFFIXES = (".zip", ".tar.gz", ".tgz", ".tar")
#: Why a symbolic link in a candidate's folder is not read.
LINK_SKIPPED = ("is a symbolic link; links are never followed (it could lead outside the "
                "folder), so it was not read. Copy the file itself into the folder")
#: Why a FIFO, socket or device is not read.
NOT_REGULAR = "is not a regular file (a FIFO, socket or device); it was not read"

T = TypeVar("T")


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def _unsafe(name: str) -> bool:
    """True for member names that are absolute or climb out of the archive."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return True
    return ".." in PurePosixPath(norm).parts


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


@dataclass
class Bundle:
    """The files of one export, by their relative posix path inside it.

    ``label`` is how messages name the export (the path the user gave).
    """

    label: str
    root: Path
    kind: str  # "dir", "zip", "tar" or "file"
    _names: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _zip: zipfile.ZipFile | None = None
    _tar: tarfile.TarFile | None = None
    _tar_members: dict[str, tarfile.TarInfo] = field(default_factory=dict)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path) -> Bundle:
        """Open a folder, an archive or a single file as a bundle.

        A symbolic link is never followed (it could lead anywhere on the computer) and a FIFO,
        socket or device is never opened (reading one can block forever).
        """
        label = shown_path(path)
        try:
            info = path.lstat()
        except OSError:
            raise InputError(label, "no such file or folder") from None
        if stat.S_ISLNK(info.st_mode):
            raise InputError(label, LINK_SKIPPED)
        if stat.S_ISDIR(info.st_mode):
            return cls._open_dir(path, label)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(label, NOT_REGULAR)
        lower = path.name.lower()
        if lower.endswith(".zip") or _looks_like_zip(path):
            return cls._open_zip(path, label)
        if lower.endswith((".tar.gz", ".tgz", ".tar")):
            return cls._open_tar(path, label)
        return cls(label=label, root=path.parent, kind="file", _names=[path.name])

    @classmethod
    def _open_dir(cls, path: Path, label: str) -> Bundle:
        names: list[str] = []
        warnings: list[str] = []
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            kept = []
            for d in sorted(dirnames):
                if d.startswith("."):
                    continue
                if os.path.islink(os.path.join(dirpath, d)):
                    warnings.append(f"{shown_path(Path(dirpath) / d)}: {LINK_SKIPPED}")
                else:
                    kept.append(d)
            dirnames[:] = kept
            for fn in sorted(filenames):
                full = Path(dirpath) / fn
                if fn.startswith("."):
                    continue
                problem = irregular(full)
                if problem:
                    warnings.append(f"{shown_path(full)}: {problem}")
                    continue
                names.append(full.relative_to(path).as_posix())
                if len(names) > MAX_MEMBERS:
                    raise InputError(label, f"holds more than {MAX_MEMBERS:,} files; "
                                            "expected one export folder")
        return cls(label=label, root=path, kind="dir", _names=names, warnings=warnings)

    @classmethod
    def _open_zip(cls, path: Path, label: str) -> Bundle:
        try:
            zf = zipfile.ZipFile(path)
            infos = zf.infolist()
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise InputError(label, f"is not a readable zip archive ({exc}); "
                                    "it may be truncated: download the export again") from None
        bundle = cls(label=label, root=path, kind="zip", _zip=zf)
        bundle._admit((info.filename, info.file_size) for info in infos if not info.is_dir())
        return bundle

    @classmethod
    def _open_tar(cls, path: Path, label: str) -> Bundle:
        try:
            tf = tarfile.open(path, "r:*")  # noqa: SIM115 - kept open in the bundle, closed by close()
            # Headers are read one by one, stopping past the member cap: a tar holding
            # millions of tiny files is refused without listing them all (as a zip is).
            files = list(itertools.islice((m for m in tf if m.isfile()), MAX_MEMBERS + 1))
        except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
            raise InputError(label, f"is not a readable tar archive ({exc}); "
                                    "it may be truncated: download the export again") from None
        bundle = cls(label=label, root=path, kind="tar", _tar=tf)
        bundle._admit((m.name, m.size) for m in files)
        kept = set(bundle._names)
        bundle._tar_members = {m.name: m for m in files if m.name in kept}
        return bundle

    def _admit(self, members: Iterable[tuple[str, int]]) -> None:
        """List an archive's files (name, declared size), refusing unsafe names and zip bombs."""
        total = 0
        for name, size in members:
            if _unsafe(name):
                self.warnings.append(f"{self.label}: refused archive member {name!r} "
                                     "(absolute path or '..'); it was not read")
                continue
            total += size
            self._names.append(name)
        if len(self._names) > MAX_MEMBERS:
            self.close()
            raise InputError(self.label, f"holds more than {MAX_MEMBERS:,} files")
        if total > MAX_TOTAL_BYTES:
            self.close()
            raise InputError(self.label, f"would expand to {_mb(total)}, past the "
                                         f"{_mb(MAX_TOTAL_BYTES)} limit; expected a personal "
                                         "data export")

    # -- finding -------------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._names)

    def find(self, *patterns: str) -> list[str]:
        """Members whose base name matches any glob pattern, case-insensitively, in order."""
        pats = [p.lower() for p in patterns]
        return [n for n in self._names
                if any(fnmatch.fnmatchcase(PurePosixPath(n).name.lower(), p) for p in pats)]

    def find_one(self, *patterns: str) -> str | None:
        """The shallowest member matching the patterns, or None."""
        found = self.find(*patterns)
        return min(found, key=lambda n: (n.count("/"), n)) if found else None

    def where(self, name: str) -> str:
        """How a message names a member: ``export.zip/Connections.csv`` or ``folder/x.csv``."""
        if self.kind == "file":
            return self.label
        return f"{self.label}/{shown_path(name)}"

    # -- reading -------------------------------------------------------------------------
    def read_bytes(self, name: str) -> bytes:
        """The member's bytes; refuses files past :data:`MAX_FILE_BYTES` without reading them."""
        where = self.where(name)
        try:
            if self._zip is not None:
                info = self._zip.getinfo(name)
                if info.file_size > MAX_FILE_BYTES:
                    raise InputError(where, _too_big(info.file_size))
                with self._zip.open(info) as fh:
                    data = fh.read(MAX_FILE_BYTES + 1)
            elif self._tar is not None:
                member = self._tar_members[name]
                if member.size > MAX_FILE_BYTES:
                    raise InputError(where, _too_big(member.size))
                fh2 = self._tar.extractfile(member)
                data = fh2.read(MAX_FILE_BYTES + 1) if fh2 else b""
            else:
                data = _read_regular(self.root / name, where)
        except InputError:
            raise
        except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, KeyError,
                ValueError, RuntimeError, zlib.error, lzma.LZMAError) as exc:
            raise InputError(where, f"could not be read ({exc}); "
                                    "the archive may be damaged") from None
        if len(data) > MAX_FILE_BYTES:
            raise InputError(where, _too_big(len(data)))
        return data

    def read_text(self, name: str) -> str:
        """The member as text: UTF-8 (a byte-order mark is stripped); UTF-16 with a BOM too."""
        return decode_text(self.read_bytes(name), self.where(name))

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._tar is not None:
            self._tar.close()


def peek(path: Path, look: Callable[[Bundle], T], default: T) -> T:
    """What ``look`` finds in the export at ``path`` (closed afterwards), else ``default``.

    ``default`` when ``path`` cannot be opened or ``look`` raises :class:`InputError`: for the
    questions asked before reading (is this an export, and whose?), which never fail.
    """
    try:
        bundle = Bundle.open(path)
    except InputError:
        return default
    try:
        return look(bundle)
    except InputError:
        return default
    finally:
        bundle.close()


def decode_text(data: bytes, where: str) -> str:
    """Decode export bytes. Exports are UTF-8; we also accept a UTF-16 file that has a BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise InputError(where, "contains NUL bytes; expected a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(where, "is not UTF-8 text (as platforms export it); "
                                "re-download the export or save the file as UTF-8",
                         where=f"line {line}") from None


def irregular(path: Path) -> str | None:
    """Why ``path`` is not read (a link, a FIFO, a device...), or None for a plain file."""
    try:
        mode = path.lstat().st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc}); skipped"
    if stat.S_ISLNK(mode):
        return LINK_SKIPPED
    if not stat.S_ISREG(mode):
        return NOT_REGULAR
    return None


def _read_regular(path: Path, where: str) -> bytes:
    """A plain file's bytes, opened without following a link and without blocking on a FIFO
    (a file swapped for either after the folder was listed is refused, not read)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError(where, NOT_REGULAR)
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(where, _too_big(info.st_size))
        return fh.read(MAX_FILE_BYTES + 1)


def _too_big(size: int) -> str:
    return (f"is {_mb(size)}, larger than the {_mb(MAX_FILE_BYTES)} a single export file "
            "may be; expected a personal data export file")


def _looks_like_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False
