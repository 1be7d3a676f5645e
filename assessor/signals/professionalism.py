"""Professionalism: red-flag posts and the public profile's basics."""

from __future__ import annotations

import re

from assessor.completeness import data_lost
from assessor.signals.base import (
    SHARE,
    Context,
    Measurement,
    NoParams,
    best,
    not_measured,
    signal,
)


@signal("red_flags", "Posts an employer would see as a red flag (unprofessional or spam)",
        to_excellent=True, advise_when_met=True,
        state="{n} of your posts [reads|read] as a red flag", kind="clean up")
def red_flags(ctx: Context, _: NoParams) -> Measurement:
    if not ctx.own():
        return not_measured("No posts, replies or comments were read, so none could be "
                            "checked for red flags.")
    flagged = ctx.red_flag_posts()
    if not flagged and data_lost(ctx.candidate):
        # "None found" would be read as a clean record; with posts missing it is not one.
        return not_measured(f"No red flags in the {len(ctx.own())} posts, replies and "
                            "comments that could be read, but some exports could not be "
                            "read, so a clean record cannot be confirmed.")
    return Measurement(float(len(flagged)), str(len(flagged)),
                       f"{len(flagged)} posts read as unprofessional or spam." if flagged else
                       "No post reads as unprofessional or spam.", best(ctx, flagged, 5))


_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s().-]{7,}\d")


@signal("profile_hygiene", "Public profile basics: a real name, a headline, safe links, "
                           "no contact details on show", unit=SHARE,
        state="your public profile passes {d} checks", kind="profile")
def profile_hygiene(ctx: Context, _: NoParams) -> Measurement:
    prof = ctx.candidate.profile
    checks = {
        "a full name": len(ctx.candidate.name.split()) >= 2,
        "a headline": bool(prof.headline.strip()),
        "links use https": all(not w.lower().startswith("http:") for w in prof.websites),
        "no e-mail or phone number in the public profile":
            not _CONTACT.search(f"{prof.headline} {prof.summary}"),
    }
    passed = [k for k, v in checks.items() if v]
    missing = [k for k, v in checks.items() if not v]
    value = len(passed) / len(checks)
    return Measurement(value, f"{len(passed)} of {len(checks)}",
                       "Has " + (", ".join(passed) or "none of the basics")
                       + ("; missing: " + ", ".join(missing) if missing else "."))
