"""The closed set of post classes."""

from enum import StrEnum


class PostClass(StrEnum):
    BUSINESS_INSIGHT = "business_insight"
    NETWORKING = "networking"
    SELF_PROMOTION = "self_promotion"
    JOB_SEARCH = "job_search"
    PERSONAL = "personal"
    UNPROFESSIONAL = "unprofessional"
    SPAM = "spam"
    UNKNOWN = "unknown"  # not English: not forced into a class


CLASSES: tuple[str, ...] = tuple(c.value for c in PostClass if c is not PostClass.UNKNOWN)
RED_FLAG_CLASSES: frozenset[str] = frozenset({PostClass.UNPROFESSIONAL, PostClass.SPAM})
UNKNOWN = PostClass.UNKNOWN.value
