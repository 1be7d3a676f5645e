"""The importers, in the order they are tried: adding one is its module and one ``register`` line.

An importer module has ``PLATFORM`` (a registered :class:`~assessor.candidate.Platform`),
``READS`` (``"export"`` for folders and archives, ``"file"`` for single files, or both, what
it mainly reads first),
``detect(bundle) -> bool`` and ``read(bundle) -> Source``. A plugin registers itself::

    PLATFORM = Platform.register("toot", "Toot Board")
    READS = ("export",)
    ...
    register(sys.modules[__name__])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

from assessor.candidate import Platform, Source
from assessor.ingest.bundle import Bundle

__all__ = ["Importer", "register", "unregister", "importers"]

Reads = Literal["export", "file"]


@dataclass(frozen=True)
class Importer:
    """One importer: the platform it reads, what it is given, and its two functions."""

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
