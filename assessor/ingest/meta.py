"""Scaffold: replaced by the real importer."""
from assessor.candidate import Source
from assessor.ingest.bundle import Bundle


def detect_instagram(bundle: Bundle) -> bool:
    return False


def detect_facebook(bundle: Bundle) -> bool:
    return False


def read_instagram(bundle: Bundle) -> Source:
    raise NotImplementedError


def read_facebook(bundle: Bundle) -> Source:
    raise NotImplementedError


def looks_like_html_export(bundle: Bundle) -> bool:
    return False
