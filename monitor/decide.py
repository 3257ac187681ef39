"""Decide one article: match the watchlists, judge novelty, and record everything in one transaction.

The article row, its hits, the decision with its reason, the story it joins and the alert rows (the outbox)
are written together, so a crash leaves either all of them or none. Only an article the store actually
inserted is decided: an identity seen before returns ``seen`` and nothing else happens.

    decision   when
    no_match   no enabled watchlist matched (the article is still stored and indexed: it is "seen")
    duplicate  a watchlist matched, but novelty found the article known (reason: the level that did)
    alert      a watchlist matched and the article is a new story or an update to a known one
    known      a seed or imported document: the desk's knowledge, never alerted
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from monitor import novelty, similarity
from monitor.article import Article, Hit
from monitor.models import Alert, Decision, Story, utcnow
from monitor.models import Article as ArticleRow
from monitor.models import Hit as HitRow
from monitor.novelty import Verdict
from monitor.store import Bind, serialize_novelty, transaction
from monitor.urls import canonical_url

CORPUS_ORIGINS = ("seed", "import")


@dataclass(frozen=True)
class Outcome:
    """What happened to one article: for the demo, replay, logs and tests."""

    url: str
    title: str
    decision: str  # alert, duplicate, no_match, known, seen
    level: str | None = None  # the novelty verdict's level
    article_id: int | None = None
    story_id: int | None = None
    hits: tuple[Hit, ...] = ()
    duplicate_of: str | None = None  # URL, or seed file name, of the earlier article
    similarity: float | None = None
    new_facts: tuple[str, ...] = ()
    alert_ids: tuple[int, ...] = field(default=())

    @property
    def watchlists(self) -> list[str]:
        return [hit.watchlist for hit in self.hits]


class Matching(Protocol):
    """What ``decide`` needs of a matcher (monitor.match.Matcher provides it)."""

    def match(self, article: Article) -> list[Hit]: ...


def decide(engine: Bind, matcher: Matching | None, article: Article, *, identity: str, origin: str,
           feed_id: int | None = None, window: timedelta = timedelta(days=30)) -> Outcome:
    """Match, judge and record one article. ``matcher`` is None for corpus documents (never alerted)."""
    hits = tuple(matcher.match(article)) if matcher is not None and origin not in CORPUS_ORIGINS else ()
    fp = similarity.fingerprint(article.title, article.text, article.language)
    try:
        with transaction(engine) as session:
            serialize_novelty(session)  # workers decide one at a time: no story judged new twice at once
            if session.exec(select(ArticleRow.id).where(ArticleRow.identity == identity)).first() is not None:
                return Outcome(article.url, article.title, "seen")
            verdict = novelty.judge(session, article, fp, window=window)
            return _record(session, article, fp, hits, verdict, identity=identity, origin=origin,
                           feed_id=feed_id)
    except IntegrityError:  # another worker inserted the same identity first
        return Outcome(article.url, article.title, "seen")


def _decision(origin: str, hits: tuple[Hit, ...], verdict: Verdict) -> str:
    if origin in CORPUS_ORIGINS:
        return "known"
    if not hits:
        return "no_match"
    return "duplicate" if verdict.is_duplicate else "alert"


def _record(session: Session, article: Article, fp: similarity.Fingerprint, hits: tuple[Hit, ...],
            verdict: Verdict, *, identity: str, origin: str, feed_id: int | None) -> Outcome:
    decision = _decision(origin, hits, verdict)
    story = _join_story(session, article, verdict)
    row = ArticleRow(identity=identity, origin=origin, feed_id=feed_id, source=article.source, url=article.url,
                     canonical_url=canonical_url(article.url), title=article.title, text=article.text,
                     author=article.author, language=article.language, published_at=article.published,
                     content_hash=fp.content_hash, fingerprint=fp.to_json(), story_id=story.id)
    session.add(row)
    session.flush()
    assert row.id is not None
    if story.first_article_id is None:
        story.first_article_id = row.id
    novelty.index(session, row, fp)
    session.add_all(HitRow(article_id=row.id, watchlist=h.watchlist, terms=list(h.terms),
                           snippets=list(h.snippets), score=h.score) for h in hits)
    reason = "no_match" if decision == "no_match" else verdict.level
    session.add(Decision(article_id=row.id, decision=decision, reason=reason, level=verdict.level,
                         duplicate_of_id=verdict.duplicate_of,
                         similarity=verdict.similarity, story_id=story.id, new_facts=list(verdict.new_facts)))
    alert_ids = _enqueue_alerts(session, row, story, hits, verdict) if decision == "alert" else ()
    return Outcome(article.url, article.title, decision, verdict.level, row.id, story.id, hits,
                   _reference(session, verdict.duplicate_of), verdict.similarity, verdict.new_facts, alert_ids)


def _join_story(session: Session, article: Article, verdict: Verdict) -> Story:
    story = session.get(Story, verdict.story_id) if verdict.story_id is not None else None
    outlet = article.source or "unknown"
    if story is None:
        story = Story(title=article.title, outlets=[outlet], article_count=0)
        session.add(story)
    if outlet not in story.outlets:
        story.outlets = [*story.outlets, outlet]  # reassigned: in-place changes to JSON are not saved
    story.article_count += 1
    story.updated_at = utcnow()
    session.flush()
    return story


def _reference(session: Session, article_id: int | None) -> str | None:
    """How an earlier article is named to people: its URL, or the file name of a seed document."""
    if article_id is None:
        return None
    row = session.get(ArticleRow, article_id)
    return None if row is None else reference(row)


def reference(row: ArticleRow) -> str:
    """How a stored article is named to people: its URL, or the file name of a seed document."""
    return row.url.removeprefix("seed:") if row.origin == "seed" else row.url


def _enqueue_alerts(session: Session, row: ArticleRow, story: Story, hits: tuple[Hit, ...],
                    verdict: Verdict) -> tuple[int, ...]:
    """One alert per route: a new story alerts once per route; an update once per route and article."""
    kind = "update" if verdict.level == "update" else "new"
    routes: dict[str, list[Hit]] = {}
    for hit in sorted(hits, key=lambda h: (-h.priority, h.watchlist)):
        for route in hit.routes:
            routes.setdefault(route, []).append(hit)
    ids = []
    assert row.id is not None
    for route, route_hits in routes.items():
        key = f"story:{story.id}:{route}:{kind}" + (f":{row.id}" if kind == "update" else "")
        if session.exec(select(Alert.id).where(Alert.dedup_key == key)).first() is not None:
            continue
        alert = Alert(dedup_key=key, article_id=row.id, story_id=story.id, route=route, kind=kind,
                      watchlists=[h.watchlist for h in route_hits],
                      payload=_payload(row, story, route_hits, verdict, kind))
        session.add(alert)
        session.flush()
        assert alert.id is not None
        ids.append(alert.id)
    return tuple(ids)


def _payload(row: ArticleRow, story: Story, hits: list[Hit], verdict: Verdict, kind: str) -> dict[str, Any]:
    """Everything a message needs, frozen at decision time (the dispatcher renders it later)."""
    return {
        "kind": kind,
        "title": row.title,
        "url": row.url,
        "source": row.source,
        "published": row.published_at.isoformat() if row.published_at else None,
        "watchlists": [{"name": h.watchlist, "terms": list(h.terms), "snippets": list(h.snippets[:3]),
                        "score": h.score} for h in hits],
        "story": {"id": story.id, "title": story.title, "outlets": list(story.outlets),
                  "articles": story.article_count},
        "new_facts": list(verdict.new_facts),
    }
