"""A student's uploaded files: one private temporary folder per upload, removed after a while.

Each upload gets its own folder (``mkdtemp``: readable by this user only), named by an
unguessable id and tied to the browser session that made it, so two tabs or two people never
see each other's files. The files stay only as long as "try another role" needs them: the
folder is removed when the upload has been idle for ``ttl`` seconds, and all of them when the
server stops. Nothing is written anywhere else.
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from assessor.errors import InputError
from assessor.ingest.bundle import MAX_FILE_BYTES, MAX_TOTAL_BYTES, Bundle, peek
from assessor.result import Assessment

#: The kinds of file a student may upload, by how the name ends.
ACCEPTED = (".zip", ".tar.gz", ".tgz", ".tar", ".csv", ".yaml", ".yml", ".json", ".xml",
            ".rss", ".atom", ".txt", ".md")
MAX_FILES = 20
#: Results kept per upload for the result page and its downloads (oldest dropped first).
MAX_RESULTS = 8
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass
class Result:
    assessment: Assessment
    previous: Assessment | None


@dataclass
class Upload:
    """One student's files and the results made from them."""

    id: str
    session: str
    folder: Path
    names: tuple[str, ...]
    touched: float = field(default_factory=time.monotonic)
    inspection: dict[str, Any] | None = None
    results: dict[str, Result] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_result(self, result: Result) -> str:
        rid = secrets.token_urlsafe(9)
        with self.lock:
            self.results[rid] = result
            while len(self.results) > MAX_RESULTS:
                self.results.pop(next(iter(self.results)))
        return rid


def safe_name(name: str) -> str:
    """A browser-given file name reduced to a plain name inside the upload folder.

    Folders in the name (``../../x``, ``C:\\x``) are dropped: only the last part is kept.
    """
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = _SAFE_NAME.sub("_", base).strip(" .")
    return base[:120] or "upload"


def accepted(name: str) -> bool:
    return name.lower().endswith(ACCEPTED)


class UploadStore:
    """Every live upload, by id; thread-safe; expired ones are removed as new ones come."""

    def __init__(self, ttl: float = 1800.0, root: Path | None = None) -> None:
        self.ttl = ttl
        self.root = root
        self._uploads: dict[str, Upload] = {}
        self._lock = threading.Lock()

    def create(self, session: str, files: list[tuple[str, Any]]) -> Upload:
        """Save ``(name, file object)`` pairs into a new private folder.

        Raises
        ------
        InputError
            A file of an unknown kind, or over the size cap. Nothing is kept then.
        """
        self.expire()
        folder = Path(tempfile.mkdtemp(prefix="assessor-upload-", dir=self.root))
        try:
            names: list[str] = []
            for name, fh in files:
                names.append(_save(folder, name, fh, names))
            for name in list(names):
                if _is_folder_zip(folder / name):
                    _unpack(folder / name, folder)
                    (folder / name).unlink()
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        upload = Upload(id=secrets.token_urlsafe(18), session=session, folder=folder,
                        names=tuple(names))
        with self._lock:
            self._uploads[upload.id] = upload
        return upload

    def get(self, upload_id: str, session: str | None) -> Upload | None:
        """The upload, if it exists, has not expired and belongs to this session."""
        with self._lock:
            upload = self._uploads.get(upload_id)
        if upload is None or upload.session != session:
            return None
        if time.monotonic() - upload.touched > self.ttl:
            self.remove(upload_id)
            return None
        upload.touched = time.monotonic()
        return upload

    def remove(self, upload_id: str) -> None:
        with self._lock:
            upload = self._uploads.pop(upload_id, None)
        if upload is not None:
            shutil.rmtree(upload.folder, ignore_errors=True)

    def expire(self) -> None:
        now = time.monotonic()
        with self._lock:
            old = [u.id for u in self._uploads.values() if now - u.touched > self.ttl]
        for uid in old:
            self.remove(uid)

    def clear(self) -> None:
        with self._lock:
            ids = list(self._uploads)
        for uid in ids:
            self.remove(uid)

    def __len__(self) -> int:
        return len(self._uploads)


def _save(folder: Path, name: str, fh: Any, taken: list[str]) -> str:
    clean = safe_name(name)
    if not accepted(clean):
        raise InputError(clean, "is not a kind of file assessor reads; expected export "
                                "zips, posts.csv, candidate.yaml, a blog feed or GitHub JSON")
    stem, dot, ext = clean.partition(".")
    n = 1
    while clean in taken:
        n += 1
        clean = f"{stem}-{n}{dot}{ext}"
    size = 0
    with open(folder / clean, "wb") as out:
        while chunk := fh.read(1 << 20):
            size += len(chunk)
            if size > MAX_FILE_BYTES:
                raise InputError(clean, f"is larger than the {MAX_FILE_BYTES // 2**20} MB "
                                        "limit for one file")
            out.write(chunk)
    return clean


def _top(name: str) -> str:
    parts = PurePosixPath(name).parts
    return parts[0] if len(parts) > 1 else ""


def _is_folder_zip(path: Path) -> bool:
    """A zipped candidate folder (its ``candidate.yaml`` or its exports at the top, maybe
    inside one folder) rather than one platform's export."""
    if not path.name.lower().endswith(".zip"):
        return False
    names: list[str] = peek(path, Bundle.names, [])  # unopenable: none, not a folder zip
    tops = {_top(n) for n in names}
    prefix = next(iter(tops)) + "/" if len(tops) == 1 and "" not in tops else ""
    inner = [n[len(prefix):] for n in names]
    return any(n.lower() in ("candidate.yaml", "candidate.yml") for n in inner) or (
        bool(inner) and all("/" not in n and n.lower().endswith(ACCEPTED) for n in inner)
        and any(n.lower().endswith((".zip", ".tar.gz", ".tgz")) for n in inner))


def _unpack(path: Path, folder: Path) -> None:
    """Unpack a zipped candidate folder through the same checks as any export (member caps,
    zip-slip refused) into ``folder``, dropping one common top folder."""
    bundle = Bundle.open(path)
    try:
        names = bundle.names()
        tops = {_top(n) for n in names}
        prefix = next(iter(tops)) + "/" if len(tops) == 1 and "" not in tops else ""
        total = 0
        for name in names:
            rel = PurePosixPath(name[len(prefix):])
            if any(p.startswith(".") or p == ".." for p in rel.parts) or not rel.parts:
                continue
            target = folder.joinpath(*rel.parts)
            if folder.resolve() not in target.resolve().parents:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            data = bundle.read_bytes(name)
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise InputError(path.name, f"expands past the {MAX_TOTAL_BYTES // 2**20} MB "
                                            "limit; expected a personal data export")
            target.write_bytes(data)
    finally:
        bundle.close()
