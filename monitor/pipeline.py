"""The orchestrator. ``refresh_feed`` reads top to bottom: fetch, skip if unchanged, parse, keep new entries,
extract, then decide each article (match, novelty, record, enqueue alerts: see monitor.decide).
``run_cycle`` claims the due feeds and refreshes them concurrently; one feed's failure is recorded on that
feed and never stops the others.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from monitor import schedule
from monitor.article import Article, Entry
from monitor.config import Settings
from monitor.decide import Matching, Outcome, decide
from monitor.errors import FetchError, MonitorError, ParseError
from monitor.extract import Extractor
from monitor.feeds import entry_identity, parse_feed
from monitor.fetch import AddressGuard, FetchLimits, fetch
from monitor.models import Article as ArticleRow
from monitor.models import Feed

log = logging.getLogger("monitor.pipeline")
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"


@dataclass
class Context:
    """What a cycle needs; built once per process by the service, the demo or a test."""

    engine: Engine
    client: httpx.AsyncClient
    extractor: Extractor
    matcher: Callable[[], Matching]  # the current watchlists (hot reload swaps what this returns)
    settings: Settings
    owner: str
    guard: AddressGuard | None = None

    @property
    def limits(self) -> FetchLimits:
        return FetchLimits(max_bytes=self.settings.max_bytes, deadline=self.settings.fetch_timeout)


@dataclass
class FeedReport:
    feed: str
    status: str  # new, unchanged, not_modified, error
    entries: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    error: str | None = None


async def refresh_feed(ctx: Context, feed: Feed) -> FeedReport:
    """Poll one feed and decide its new entries. Errors are recorded on the feed, not raised."""
    interval = feed.interval or ctx.settings.poll_interval
    try:
        result = await fetch(ctx.client, feed.url, etag=feed.etag, last_modified=feed.last_modified,
                             limits=ctx.limits)
        body_hash = hashlib.sha256(result.body).hexdigest() if not result.not_modified else feed.body_hash
        if result.not_modified or body_hash == feed.body_hash:
            await _succeeded(ctx, feed, interval, result.etag, result.last_modified, body_hash, 0)
            return FeedReport(feed.name, "not_modified" if result.not_modified else "unchanged")
        parsed = await asyncio.to_thread(parse_feed, result.body, url=result.final_url,
                                         content_type=result.content_type)
        fresh = await asyncio.to_thread(new_entries, ctx.engine, feed, parsed.entries)
        outcomes = []
        for entry in fresh:
            article = await build_article(ctx, feed, entry)
            outcomes.append(await asyncio.to_thread(
                decide, ctx.engine, ctx.matcher(), article, identity=_identity(feed, entry), origin="feed",
                feed_id=feed.id, window=timedelta(seconds=ctx.settings.story_window)))
        await _succeeded(ctx, feed, interval, result.etag, result.last_modified, body_hash, len(fresh))
        return FeedReport(feed.name, "new", len(parsed.entries), outcomes)
    except MonitorError as exc:  # fetch, parse, database: recorded on the feed, the cycle goes on
        return await _failed(ctx, feed, interval, exc)
    except Exception as exc:  # a bug must not stop the other feeds either; it is logged with its traceback
        log.exception("feed %s: internal error", feed.name, extra={"feed": feed.name})
        return await _failed(ctx, feed, interval, exc)


async def _succeeded(ctx: Context, feed: Feed, interval: float, etag: str | None, last_modified: str | None,
                     body_hash: str | None, new: int) -> None:
    await asyncio.to_thread(schedule.record_success, ctx.engine, feed, ctx.owner, interval=interval, etag=etag,
                            last_modified=last_modified, body_hash=body_hash, new_entries=new)


async def _failed(ctx: Context, feed: Feed, interval: float, exc: Exception) -> FeedReport:
    kind = getattr(exc, "kind", "parse" if isinstance(exc, ParseError) else "internal")
    message = str(exc) if isinstance(exc, MonitorError) else f"internal error: {type(exc).__name__}: {exc}"
    log.warning("feed %s: %s", feed.name, message, extra={"feed": feed.name, "kind": kind})
    await asyncio.to_thread(schedule.record_failure, ctx.engine, feed, ctx.owner, interval=interval, kind=kind,
                            message=message, retry_after=getattr(exc, "retry_after", None))
    return FeedReport(feed.name, "error", error=message)


def _identity(feed: Feed, entry: Entry) -> str:
    """An entry is new to a feed once: the feed's id plus the entry's identity (see entry_identity)."""
    return f"feed:{feed.id}:{entry_identity(entry)}"


def new_entries(engine: Engine, feed: Feed, entries: Sequence[Entry]) -> list[Entry]:
    """The entries whose identity the store has never seen, in feed order (oldest first when dated)."""
    keyed = {_identity(feed, e): e for e in entries}
    with Session(engine) as session:
        known = set(session.exec(select(ArticleRow.identity).where(col(ArticleRow.identity).in_(list(keyed)))))
    fresh = [e for key, e in keyed.items() if key not in known]
    far_future = datetime.max.replace(tzinfo=UTC)
    return sorted(fresh, key=lambda e: e.published or far_future)


async def build_article(ctx: Context, feed: Feed, entry: Entry) -> Article:
    """The entry's own text, or the extracted page when the feed carries only a summary and the feed
    asks for full pages. A page that cannot be fetched or extracted falls back to the summary."""
    text, page = entry.content or entry.summary, None
    if feed.fetch_full and not entry.content and entry.link:
        try:
            result = await fetch(ctx.client, entry.link, limits=ctx.limits, guard=ctx.guard, accept=HTML_ACCEPT)
            page = await ctx.extractor.extract(result.body, result.final_url)
        except FetchError as exc:
            log.warning("feed %s: article page %s: %s; using the summary", feed.name, entry.link, exc)
        if page is not None:
            text = page.text
    return Article(
        url=entry.link or f"{feed.url}#{entry_identity(entry)}",
        title=entry.title or (page.title if page and page.title else "(untitled)"),
        text=text,
        published=entry.published or (page.published if page else None),
        author=entry.author or (page.author if page else None),
        language=entry.language or feed.language or (page.language if page else None),
        source=feed.name,
    )


async def run_cycle(ctx: Context, *, limit: int = 1000) -> list[FeedReport]:
    """Claim every due feed and refresh them, at most ``feed_concurrency`` at once."""
    feeds = await asyncio.to_thread(schedule.claim_due_feeds, ctx.engine, ctx.owner, limit=limit)
    gate = asyncio.Semaphore(ctx.settings.feed_concurrency)

    async def one(feed: Feed) -> FeedReport:
        async with gate:
            return await refresh_feed(ctx, feed)

    return list(await asyncio.gather(*(one(feed) for feed in feeds)))
