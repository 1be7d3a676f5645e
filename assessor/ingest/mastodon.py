"""Scaffold: replaced by the real importer."""
from assessor.candidate import Platform, Source
from assessor.ingest.bundle import Bundle

PLATFORM = Platform.CSV


def detect(bundle: Bundle) -> bool:
    return False


def read(bundle: Bundle) -> Source:
    raise NotImplementedError
