"""Analyst tools over stored articles: ``backtest`` runs a watchlist, edited or new, over what the service
has stored and says what would alert that did not and what did that would not; ``explain`` says why one
stored article was decided as it was."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from monitor.article import Article, Hit
from monitor.errors import MonitorError
from monitor.match import Explanation, Matcher
from monitor.models import Article as ArticleRow
from monitor.models import Decision
from monitor.models import Hit as HitRow
from monitor.novelty import DUPLICATE_LEVELS
from monitor.urls import canonical_url
from monitor.watchlist import LISTS_FILE_NAMES, Watchlist, load_lists_file, load_watchlist_file

BATCH = 500


@dataclass(frozen=True)
class Change:
    article_id: int
    url: str
    title: str
    level: str  # the novelty verdict stored for the article
    terms: tuple[str, ...] = ()
    snippets: tuple[str, ...] = ()


@dataclass
class BacktestReport:
    watchlist: str
    articles: int = 0
    matched: int = 0  # articles the watchlist matches now
    would_alert: list[Change] = field(default_factory=list)  # new matches on news (not known stories)
    would_stop: list[Change] = field(default_factory=list)  # alerted before, not matched now
    still_alert: int = 0
    matched_known: int = 0  # new matches on articles novelty judged known: no alert either way


def to_article(row: ArticleRow) -> Article:
    return Article(url=row.url, title=row.title, text=row.text, published=row.published_at, author=row.author,
                   language=row.language, source=row.source)


def shared_lists(path: Path, watchlists_dir: Path) -> dict[str, list[Any]]:
    """The shared term lists for a watchlist file: beside it, or else those of the configured directory (an
    analyst edits a copy elsewhere)."""
    beside = [path.parent / name for name in LISTS_FILE_NAMES if (path.parent / name).exists()]
    folder = path.parent if beside else watchlists_dir
    lists: dict[str, list[Any]] = {}
    for name in LISTS_FILE_NAMES:
        lists.update(load_lists_file(folder / name))
    return lists


def backtest(engine: Engine, path: Path, *, watchlists_dir: Path, since: datetime | None = None,
             progress: Callable[[int], None] | None = None) -> BacktestReport:
    """Run the watchlist in ``path`` over stored feed and replay articles (newer than ``since``)."""
    watchlist = load_watchlist_file(path, shared_lists(path, watchlists_dir))
    matcher = Matcher([watchlist.model_copy(update={"enabled": True})])
    report = BacktestReport(watchlist.name)
    for row, decision, old in _stored(engine, watchlist, since):
        report.articles += 1
        hits = matcher.match(to_article(row))
        hit = hits[0] if hits else None
        report.matched += hit is not None
        alerted_before = old and decision.decision == "alert"
        if hit is not None:
            change = Change(row.id or 0, row.url, row.title, decision.level, hit.terms, hit.snippets)
            if decision.level in DUPLICATE_LEVELS:
                report.matched_known += not old
            elif alerted_before:
                report.still_alert += 1
            elif not old:
                report.would_alert.append(change)
        elif alerted_before:
            report.would_stop.append(Change(row.id or 0, row.url, row.title, decision.level))
        if progress:
            progress(1)
    return report


def count_stored(engine: Engine, since: datetime | None) -> int:
    with Session(engine) as session:
        query = select(func.count()).select_from(ArticleRow).where(col(ArticleRow.origin).in_(["feed", "replay"]))
        if since:
            query = query.where(ArticleRow.created_at >= since)
        return int(session.exec(query).one())


def _stored(engine: Engine, watchlist: Watchlist, since: datetime | None
            ) -> Iterator[tuple[ArticleRow, Decision, bool]]:
    """Stored articles with their decision and whether this watchlist hit them, in batches (bounded memory)."""
    last = 0
    while True:
        with Session(engine) as session:
            query = (select(ArticleRow, Decision).join(Decision, col(Decision.article_id) == col(ArticleRow.id))
                     .where(col(ArticleRow.origin).in_(["feed", "replay"]), col(ArticleRow.id) > last)
                     .order_by(col(ArticleRow.id)).limit(BATCH))
            if since:
                query = query.where(ArticleRow.created_at >= since)
            rows = session.exec(query).all()
            ids = [r.id for r, _ in rows]
            hit_ids = set(session.exec(select(HitRow.article_id).where(
                col(HitRow.article_id).in_(ids), HitRow.watchlist == watchlist.name)))
        if not rows:
            return
        for row, decision in rows:
            yield row, decision, row.id in hit_ids
        last = rows[-1][0].id or last


@dataclass
class ArticleExplanation:
    article: ArticleRow
    decision: Decision | None
    duplicate_of: ArticleRow | None
    stored_hits: list[HitRow]
    watchlists: list[Explanation]


def find_article(engine: Engine, ref: str) -> ArticleRow:
    """A stored article by id, URL (canonicalised) or seed file name."""
    with Session(engine) as session:
        row = None
        if ref.isdigit():
            row = session.get(ArticleRow, int(ref))
        if row is None:
            row = session.exec(select(ArticleRow).where(
                col(ArticleRow.canonical_url).in_([canonical_url(ref), ref, f"seed:{ref}"]))
                .order_by(col(ArticleRow.id))).first()
        if row is None:
            raise MonitorError(f"no stored article with id or URL {ref!r}")
        return row


def explain(engine: Engine, ref: str, matcher: Matcher) -> ArticleExplanation:
    row = find_article(engine, ref)
    with Session(engine) as session:
        decision = session.exec(select(Decision).where(Decision.article_id == row.id)).first()
        duplicate = session.get(ArticleRow, decision.duplicate_of_id) if decision and decision.duplicate_of_id else None
        hits = list(session.exec(select(HitRow).where(HitRow.article_id == row.id)))
    return ArticleExplanation(row, decision, duplicate, hits, matcher.explain(to_article(row)))


def stored_hit(row: HitRow) -> Hit:
    return Hit(row.watchlist, tuple(row.terms), tuple(row.snippets), row.score)
