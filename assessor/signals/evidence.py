"""Evidence of results: projects, repositories, recommendations, writing, certifications."""

from __future__ import annotations

from assessor.candidate import PostKind, Repository
from assessor.signals.base import (
    COUNT,
    Context,
    Evidence,
    Measurement,
    NoParams,
    day,
    post_evidence,
    signal,
)


def _documented_repos(ctx: Context) -> list[Repository]:
    return [r for r in ctx.candidate.repositories
            if not r.fork and r.description.strip() and (r.stars or r.forks or r.homepage
                                                          or r.topics or r.has_pages)]


@signal("portfolio_items", "Projects and documented repositories someone else can check",
        unit=COUNT, state="you have {n} [project or documented repository|projects or "
                          "documented repositories]")
def portfolio_items(ctx: Context, _: NoParams) -> Measurement:
    projects = ctx.candidate.profile.projects
    repos = _documented_repos(ctx)
    n = len(projects) + len(repos)
    ev = tuple(Evidence("project", f"{p.title}: {p.description}", url=p.url or None)
               for p in projects[:2])
    ev += tuple(Evidence("repository", f"{r.name}: {r.description} ({r.stars} stars)",
                         url=r.url or None) for r in sorted(repos, key=lambda r: -r.stars)[:2])
    return Measurement(float(n), str(n), f"{len(projects)} projects on the profile and "
                       f"{len(repos)} documented repositories.", ev)


@signal("recommendations", "Recommendations written by other people",
        unit=COUNT, state="you have {n} [recommendation|recommendations]")
def recommendations(ctx: Context, _: NoParams) -> Measurement:
    recs = [r for r in ctx.candidate.profile.recommendations if r.visible]
    ev = tuple(Evidence("recommendation", r.text, date=day(r.created_on)) for r in recs[:2])
    return Measurement(float(len(recs)), str(len(recs)), f"{len(recs)} visible recommendations.",
                       ev)


@signal("articles", "Articles and blog posts",
        unit=COUNT, state="you have {n} [article or blog post|articles or blog posts]", kind="post")
def articles(ctx: Context, _: NoParams) -> Measurement:
    arts = [p for p in ctx.own() if p.kind is PostKind.ARTICLE]
    return Measurement(float(len(arts)), str(len(arts)), f"{len(arts)} articles or blog posts.",
                       tuple(post_evidence(ctx, p) for p in arts[-2:]))


@signal("certifications", "Certifications",
        unit=COUNT, state="you have {n} [certification|certifications]")
def certifications(ctx: Context, _: NoParams) -> Measurement:
    certs = ctx.candidate.profile.certifications
    return Measurement(float(len(certs)), str(len(certs)), f"{len(certs)} certifications.",
                       tuple(Evidence("profile", f"{c.name} ({c.authority})".replace(" ()", ""))
                             for c in certs[:3]))


@signal("repository_use", "Stars and forks other people gave the person's own repositories",
        state="your repositories have {n} [star or fork|stars and forks]")
def repository_use(ctx: Context, _: NoParams) -> Measurement:
    own = [r for r in ctx.candidate.repositories if not r.fork]
    n = sum(r.stars + r.forks for r in own)
    return Measurement(float(n), str(n), f"{n} stars and forks across {len(own)} own "
                       "repositories.", tuple(Evidence("repository", f"{r.name}: {r.stars} stars, "
                                                       f"{r.forks} forks", url=r.url or None)
                                              for r in sorted(own, key=lambda r: -r.stars)[:2]))


@signal("endorsed_skills", "Distinct skills other people endorsed",
        unit=COUNT, state="{n} of your skills [is|are] endorsed by others")
def endorsed_skills(ctx: Context, _: NoParams) -> Measurement:
    skills = {e.skill for e in ctx.candidate.profile.endorsements}
    return Measurement(float(len(skills)), str(len(skills)),
                       f"{len(skills)} skills endorsed by others.")
