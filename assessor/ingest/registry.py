"""The importers, in the order they are tried: adding one is its module and one ``register`` line.

An importer module provides what :class:`ImporterModule` describes: ``PLATFORM``, ``READS``,
``detect(bundle) -> bool`` and ``read(bundle) -> Source``. The contract is documented there once;
each module's own docstrings say only what is particular to its platform. A plugin registers
itself::

    PLATFORM = Platform.register("toot", "Toot Board")
    READS = ("export",)
    ...
    register(sys.modules[__name__])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Literal, Protocol

from assessor.candidate import Platform, Source
from assessor.display import joined
from assessor.ingest.bundle import Bundle

__all__ = ["Importer", "ImporterModule", "register", "unregister", "importers", "expected"]

Reads = Literal["export", "file"]


class ImporterModule(Protocol):
    """The contract every importer module meets (a module, not a class: these are its globals).

    Attributes
    ----------
    PLATFORM
        The registered :class:`~assessor.candidate.Platform` its sources and posts belong to.
    READS
        ``"export"`` when it is given folders and archives, ``"file"`` when it is given single
        files, or both; the first is what it mainly reads (see :func:`importers`).
    """

    PLATFORM: Platform
    READS: tuple[Reads, ...]

    def detect(self, bundle: Bundle) -> bool:
        """Whether :meth:`read` should be used on ``bundle``.

        Parameters
        ----------
        bundle
            An opened folder or archive (``"export"``), or a single file (``"file"``,
            ``bundle.kind == "file"``); an importer says False to a kind it does not read.

        Returns
        -------
        bool
            True when ``bundle`` holds this platform's data. Never raises: a file that cannot
            be read counts against it.
        """

    def read(self, bundle: Bundle) -> Source:
        """Read ``bundle`` into one :class:`~assessor.candidate.Source` of :attr:`PLATFORM`.

        Parameters
        ----------
        bundle
            A bundle for which :meth:`detect` returned True.

        Returns
        -------
        Source
            What the export holds. A damaged item, row or optional file is skipped and listed in
            ``warnings``, naming the file and the item, row or key.

        Raises
        ------
        InputError
            When a file it needs cannot be read (cut off, not valid JSON, wrong shape); the
            message names the file and what was expected.
        """


@dataclass(frozen=True)
class Importer:
    """One registered :class:`ImporterModule`: its name, ``PLATFORM``, ``READS`` and functions."""

    name: str
    platform: Platform
    reads: tuple[Reads, ...]
    detect: Callable[[Bundle], bool]
    read: Callable[[Bundle], Source]


_IMPORTERS: dict[str, Importer] = {}


def register(module: ModuleType) -> Importer:
    """Try ``module``'s importer after those registered before it (again: it keeps its place).

    Raises
    ------
    TypeError
        When the module lacks ``PLATFORM``, ``detect`` or ``read``, or ``READS`` names
        something other than ``"export"`` and ``"file"`` (a programming error, not user input).
    """
    platform, detect, read = (getattr(module, a, None) for a in ("PLATFORM", "detect", "read"))
    reads = tuple(getattr(module, "READS", ("export",)))
    if (not isinstance(platform, Platform) or not callable(detect) or not callable(read)
            or not reads or not set(reads) <= {"export", "file"}):
        raise TypeError(f"{module.__name__}: an importer needs PLATFORM (a registered Platform), "
                        "READS ('export' and/or 'file'), detect(bundle) and read(bundle)")
    importer = Importer(module.__name__, platform, reads, detect, read)
    _IMPORTERS[module.__name__] = importer
    return importer


def unregister(module: ModuleType) -> None:
    """Stop trying ``module``'s importer (a plugin's tests clean up with it)."""
    _IMPORTERS.pop(module.__name__, None)


def importers(reads: Reads) -> tuple[Importer, ...]:
    """The importers given ``reads`` (whole exports or single files), in the order tried.

    Those whose first ``READS`` entry is ``reads`` come first, in registration order; then
    those that read it on the side (X reads a bare ``tweets.csv`` after the blog and
    ``posts.csv`` importers have had their say).
    """
    main = [i for i in _IMPORTERS.values() if i.reads[0] == reads]
    return (*main, *(i for i in _IMPORTERS.values() if reads in i.reads[1:]))


def expected() -> str:
    """What a candidate folder may hold, from the registered importers (a plugin's included):
    "an export from LinkedIn, X, GitHub, Mastodon, Instagram or Facebook, or a blog or
    posts.csv file" with the built-in ones."""
    exports = [i.platform.label for i in importers("export")]
    files = [i.platform.in_sentence for i in importers("file") if i.reads[0] == "file"]
    parts = [f"an export from {joined(exports, 'or')}"] if exports else []
    if files:
        parts.append(f"a {joined(files, 'or')} file")
    return ", or ".join(parts)
