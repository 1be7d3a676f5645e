"""Profile completeness: the basics filled in, and skills that match the role."""

from __future__ import annotations

from pydantic import Field

from assessor.signals.base import COUNT, SHARE, Context, Measurement, NoParams, Params, signal


class ProfileFieldsParams(Params):
    """How much of each basic counts as there."""

    summary_words: int = Field(default=30, ge=0,
                               description="Words a summary needs.")
    role_description_words: int = Field(default=8, ge=0,
                                        description="Words the current position's description "
                                                    "needs.")
    skills: int = Field(default=5, ge=0,
                        description="Skills the profile needs to list.")


@signal("profile_fields", "Headline, summary, current role with description, education, links, "
                          "skills", unit=SHARE, params=ProfileFieldsParams,
        state="your profile has {d} basics", kind="profile")
def profile_fields(ctx: Context, p: ProfileFieldsParams) -> Measurement:
    prof = ctx.candidate.profile
    current = [x for x in prof.positions if x.current]
    checks = {
        "headline": bool(prof.headline.strip()),
        f"summary of {p.summary_words}+ words": len(prof.summary.split()) >= p.summary_words,
        "current position with a description": any(
            len(x.description.split()) >= p.role_description_words for x in current),
        "education": bool(prof.education),
        "links (portfolio, blog or code)": bool(prof.websites) or bool(
            ctx.candidate.repositories) or any(str(s.platform) == "blog"
                                               for s in ctx.candidate.sources),
        f"{p.skills}+ skills": len(prof.skills) >= p.skills,
    }
    have = [k for k, v in checks.items() if v]
    missing = [k for k, v in checks.items() if not v]
    value = len(have) / len(checks)
    return Measurement(value, f"{len(have)} of {len(checks)}",
                       "Has " + (", ".join(have) or "none") +
                       ("; missing: " + ", ".join(missing) if missing else "."))


@signal("relevant_skills", "Listed skills that match the role's keywords",
        unit=COUNT, state="{n} of your listed skills [matches|match] the role", kind="words")
def relevant_skills(ctx: Context, _: NoParams) -> Measurement:
    terms = [t.lower() for t in ctx.terms]
    skills = ctx.candidate.profile.skills
    rel = [s for s in skills if any(t in s.lower() or s.lower() in t for t in terms)]
    return Measurement(float(len(rel)), str(len(rel)),
                       f"{len(rel)} of {len(skills)} listed skills match the role"
                       + (f": {', '.join(rel[:8])}." if rel else "."))
