"""Who a report is for and the paper it is printed on: closed sets, checked once."""

from __future__ import annotations

from enum import StrEnum


class Audience(StrEnum):
    """Who reads the report: the student's own copy, or the counselor's fuller one."""

    STUDENT = "student"
    COUNSELOR = "counselor"


class Paper(StrEnum):
    """The page size of the PDF."""

    A4 = "a4"
    LETTER = "letter"
