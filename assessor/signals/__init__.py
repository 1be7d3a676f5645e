"""Signals: named measurements of a candidate, each registered with ``@signal`` and read by rubric
criteria.

:mod:`assessor.signals.base` holds the registry and what signals read; one module per dimension
family holds its signals. Adding a signal is one decorated function (its unit, parameters and
advice behaviour declared with it) and a rubric criterion that names it.
"""

from assessor.signals import evidence as evidence
from assessor.signals import professionalism as professionalism
from assessor.signals.base import (
    COUNT,
    DAYS,
    NUMBER,
    PER_MONTH,
    SHARE,
    SIGNALS,
    Context,
    Evidence,
    Measurement,
    NoParams,
    Params,
    RoleView,
    Signal,
    Unit,
    compute,
    not_measured,
    post_evidence,
    post_key,
    signal,
    unregister,
)

# The family modules register their signals on import, in the order results list them.
from assessor.signals.business import covered_terms, has_quantified_result  # noqa: I001
from assessor.signals.consistency import PROFESSIONAL, DaysSinceParams
from assessor.signals.engagement import AmplificationParams, OneToOneParams
from assessor.signals.network import AudienceParams, authenticity_words
from assessor.signals.profile import ProfileFieldsParams

__all__ = [
    "COUNT", "DAYS", "NUMBER", "PER_MONTH", "PROFESSIONAL", "SHARE", "SIGNALS",
    "AmplificationParams",
    "AudienceParams", "Context", "DaysSinceParams", "Evidence", "Measurement", "NoParams",
    "OneToOneParams", "Params", "ProfileFieldsParams", "RoleView", "Signal", "Unit",
    "authenticity_words", "compute", "covered_terms", "has_quantified_result", "not_measured",
    "post_evidence", "post_key", "signal", "unregister",
]
