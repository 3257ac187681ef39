"""The orchestrator. ``refresh_feed`` reads top to bottom: fetch, skip if unchanged (304, same bytes, or only
known entry ids), parse, keep new entries, extract, then decide each article (match, novelty, record,
enqueue alerts: see monitor.decide), and record the poll on the feed with its next poll time.
``run_cycle`` claims the due feeds in batches and refreshes them concurrently, politely per host; one feed's
failure is recorded on that feed and never stops the others. See docs/fetching.md.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from monitor import metrics, schedule
from monitor.article import Article, Entry
from monitor.config import Settings
from monitor.decide import Matching, Outcome, decide
from monitor.errors import FetchError, MonitorError, ParseError
from monitor.extract import Extractor
from monitor.feeds import ParsedFeed, entry_identity, only_entries, parse_feed, scan_entry_ids
from monitor.fetch import AddressGuard, FetchLimits, FetchResult, HostLimiter, fetch
from monitor.models import Article as ArticleRow
from monitor.models import Feed, utcnow

log = logging.getLogger("monitor.pipeline")
T = TypeVar("T")
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
CLAIM_BATCH = 16  # feeds claimed at a time by run_cycle: small, so that replicas share the due feeds
SCAN_ON_LOOP_BYTES = 1024 * 1024  # the id scan of a body up to this size runs on the event loop (~1 ms)


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

    @property
    def policy(self) -> schedule.Policy:
        return schedule.Policy.from_settings(self.settings)


@dataclass
class FeedReport:
    """What one poll did. ``status`` names the path it took, cheapest first:

        not_modified  304: nothing read, nothing parsed
        unchanged     200 with the same bytes as last time (sha256): nothing parsed
        scanned       changed bytes, but the lxml id scan read only entries the store knows: no full parse
        parsed        full parse (feedparser), no new entry
        new           full parse, new entries decided
        error         the fetch or the parse failed; the error is kept on the feed row
    """

    feed: str
    status: str
    entries: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    error: str | None = None
    page_errors: list[str] = field(default_factory=list)  # article pages not fetched (the summary was used)
    elapsed: float = 0.0  # seconds, wall clock
    next_poll_at: datetime | None = None


class PollWriter:
    """Writes finished polls to the feed rows in batches, one transaction per batch: a cycle of thousands
    of feeds would otherwise spend much of its time committing one row at a time. A batch is written when it
    holds ``batch`` polls or its oldest poll has waited ``linger`` seconds, and when the cycle ends. Polls
    lost with a crashed worker only mean that their feeds are polled again once the leases expire."""

    def __init__(self, engine: Engine, owner: str, *, batch: int = 200, linger: float = 1.0) -> None:
        self.engine, self.owner, self.batch, self.linger = engine, owner, batch, linger
        self._rows: list[tuple[int, schedule.PollValues]] = []
        self._since = 0.0

    async def add(self, feed: Feed, values: schedule.PollValues) -> None:
        assert feed.id is not None
        if not self._rows:
            self._since = time.monotonic()
        self._rows.append((feed.id, values))
        if len(self._rows) >= self.batch or time.monotonic() - self._since >= self.linger:
            await self.flush()

    async def flush(self) -> None:
        rows, self._rows = self._rows, []
        if not rows:
            return
        try:
            await asyncio.to_thread(schedule.write_polls, self.engine, self.owner, rows)
        except MonitorError as exc:  # the feeds stay leased until the leases expire, then are polled again
            log.error("could not record %d polls: %s", len(rows), exc)


async def refresh_feed(ctx: Context, feed: Feed, *, limiter: HostLimiter | None = None,
                       writer: PollWriter | None = None) -> FeedReport:
    """Poll one feed and decide its new entries, on the cheapest path that misses nothing (see FeedReport).
    Errors are recorded on the feed, not raised. ``writer`` batches the feed-row writes of a cycle."""
    started = time.monotonic()
    writer = writer or PollWriter(ctx.engine, ctx.owner, batch=1)
    try:
        result = await fetch(ctx.client, feed.url, etag=feed.etag, last_modified=feed.last_modified,
                             limits=ctx.limits, limiter=limiter)
        metrics.observe_stage("fetch", time.monotonic() - started)
        if result.not_modified:
            return await _succeeded(ctx, feed, writer, FeedReport(feed.name, "not_modified"), result,
                                    feed.body_hash, started)
        body_hash = hashlib.sha256(result.body).hexdigest()
        if body_hash == feed.body_hash:
            return await _succeeded(ctx, feed, writer, FeedReport(feed.name, "unchanged"), result, body_hash,
                                    started)
        document = await _unknown_entries(ctx, feed, result)
        if document is None:
            return await _succeeded(ctx, feed, writer, FeedReport(feed.name, "scanned"), result, body_hash,
                                    started)
        parse_started = time.monotonic()
        parsed = await asyncio.to_thread(parse_feed, document.body, url=result.final_url,
                                         content_type=document.content_type)
        metrics.observe_stage("parse", time.monotonic() - parse_started)
        fresh = await asyncio.to_thread(new_entries, ctx.engine, feed, parsed.entries)
        report = FeedReport(feed.name, "new" if fresh else "parsed", len(parsed.entries))
        for entry in fresh:
            article = await build_article(ctx, feed, entry, limiter=limiter, page_errors=report.page_errors)
            decide_started = time.monotonic()
            report.outcomes.append(await asyncio.to_thread(
                decide, ctx.engine, ctx.matcher(), article, identity=_identity(feed, entry), origin="feed",
                feed_id=feed.id, window=timedelta(seconds=ctx.settings.story_window)))
            metrics.observe_stage("decide", time.monotonic() - decide_started)
        return await _succeeded(ctx, feed, writer, report, result, body_hash, started, parsed, len(fresh),
                                partial=document.partial)
    except MonitorError as exc:  # fetch, parse, database: recorded on the feed, the cycle goes on
        return await _failed(ctx, feed, writer, exc, started)
    except Exception as exc:  # a bug must not stop the other feeds either; it is logged with its traceback
        log.exception("feed %s: internal error", feed.name, extra={"feed": feed.name})
        return await _failed(ctx, feed, writer, exc, started)


@dataclass(frozen=True)
class Document:
    """What feedparser is given: the whole body, or (``partial``) only the entries the store does not know."""

    body: bytes
    content_type: str | None
    partial: bool = False


async def _unknown_entries(ctx: Context, feed: Feed, result: FetchResult) -> Document | None:
    """None when the cheap lxml scan reads every entry's identity and the store knows them all: nothing to
    parse. Otherwise the document for the full parse, cut down to the unknown entries when the scan can do
    that (monitor.feeds.only_entries). An empty scan proves nothing (an XHTML error page scans as a feed
    without items): the full parse decides."""
    whole = Document(result.body, result.content_type)
    ids = await _off_the_loop_if_large(result.body, scan_entry_ids, result.body, url=result.final_url)
    if not ids:
        return whole
    keys = {entry_id: _identity(feed, entry_id) for entry_id in ids}
    known = await asyncio.to_thread(known_identities, ctx.engine, set(keys.values()))
    unknown = {entry_id for entry_id, key in keys.items() if key not in known}
    if not unknown:
        return None
    subset = await _off_the_loop_if_large(result.body, only_entries, result.body, url=result.final_url,
                                          content_type=result.content_type, keep=unknown)
    return whole if subset is None else Document(subset, "application/xml", partial=True)


async def _off_the_loop_if_large(body: bytes, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """lxml work on a feed takes about a millisecond: cheaper on the event loop than in a thread, unless
    the body is large."""
    if len(body) <= SCAN_ON_LOOP_BYTES:
        return work(*args, **kwargs)
    return await asyncio.to_thread(work, *args, **kwargs)


async def _succeeded(ctx: Context, feed: Feed, writer: PollWriter, report: FeedReport, result: FetchResult,
                     body_hash: str | None, started: float, parsed: ParsedFeed | None = None,
                     new: int = 0, *, partial: bool = False) -> FeedReport:
    now = utcnow()
    stats = None
    if parsed is not None:
        dates = (e.published for e in parsed.entries)
        stats = schedule.Stats.added(feed, dates, now=now) if partial else schedule.Stats.of(dates, now=now)
    values = schedule.success(feed, ctx.policy, now=now, etag=result.etag, last_modified=result.last_modified,
                              body_hash=body_hash, new_entries=new, retry_after=result.retry_after,
                              max_age=result.max_age, ttl_minutes=parsed.ttl_minutes if parsed else None,
                              stats=stats)
    await writer.add(feed, values)
    report.next_poll_at, report.elapsed = values["next_poll_at"], time.monotonic() - started
    return report


async def _failed(ctx: Context, feed: Feed, writer: PollWriter, exc: Exception, started: float) -> FeedReport:
    kind = getattr(exc, "kind", "parse" if isinstance(exc, ParseError) else "internal")
    message = str(exc) if isinstance(exc, MonitorError) else f"internal error: {type(exc).__name__}: {exc}"
    log.warning("feed %s: %s", feed.name, message, extra={"feed": feed.name, "kind": kind})
    metrics.FETCH_ERRORS.labels(kind).inc()
    values = schedule.failure(feed, ctx.policy, now=utcnow(), kind=kind, message=message,
                              retry_after=getattr(exc, "retry_after", None))
    if "disabled_reason" in values:
        log.error("feed %s: disabled after %d failures in a row", feed.name, values["error_count"],
                  extra={"feed": feed.name, "kind": kind})
    await writer.add(feed, values)
    return FeedReport(feed.name, "error", error=message, elapsed=time.monotonic() - started,
                      next_poll_at=values["next_poll_at"])


def _identity(feed: Feed, entry: Entry | str) -> str:
    """An entry is new to a feed once: the feed's id plus the entry's identity (see entry_identity)."""
    return f"feed:{feed.id}:{entry if isinstance(entry, str) else entry_identity(entry)}"


def known_identities(engine: Engine, identities: Collection[str]) -> set[str]:
    """Which of these article identities the store already holds."""
    keys, known, column = list(identities), set[str](), col(ArticleRow.identity)
    with engine.connect() as conn:  # a plain connection: this runs for every changed body, keep it lean
        for i in range(0, len(keys), 500):
            known.update(conn.execute(select(column).where(column.in_(keys[i:i + 500]))).scalars())
    return known


def new_entries(engine: Engine, feed: Feed, entries: Sequence[Entry]) -> list[Entry]:
    """The entries whose identity the store has never seen, in feed order (oldest first when dated)."""
    keyed = {_identity(feed, e): e for e in entries}
    known = known_identities(engine, keyed)
    fresh = [e for key, e in keyed.items() if key not in known]
    far_future = datetime.max.replace(tzinfo=UTC)
    return sorted(fresh, key=lambda e: e.published or far_future)


async def build_article(ctx: Context, feed: Feed, entry: Entry, *, limiter: HostLimiter | None = None,
                        page_errors: list[str] | None = None) -> Article:
    """The entry's own text, or the extracted page when the feed carries only a summary and the feed
    asks for full pages. A page that cannot be fetched or extracted falls back to the summary (the error
    goes to ``page_errors`` and the log). Article URLs come from the feed, that is from strangers: they
    are fetched through ctx.guard (the SSRF guard), while feed URLs come from the operator's feeds.yaml."""
    text, page = entry.content or entry.summary, None
    if feed.fetch_full and not entry.content and entry.link:
        try:
            result = await fetch(ctx.client, entry.link, limits=ctx.limits, guard=ctx.guard, accept=HTML_ACCEPT,
                                 limiter=limiter)
            extract_started = time.monotonic()
            page = await ctx.extractor.extract(result.body, result.final_url)
            metrics.observe_stage("extract", time.monotonic() - extract_started)
        except FetchError as exc:
            log.warning("feed %s: article page %s: %s; using the summary", feed.name, entry.link, exc,
                        extra={"feed": feed.name, "kind": exc.kind})
            if page_errors is not None:
                page_errors.append(str(exc))
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


async def run_cycle(ctx: Context, *, limit: int | None = None) -> list[FeedReport]:
    """Claim the feeds due when the cycle starts and refresh them, at most ``feed_concurrency`` at once and
    ``host_concurrency`` per host. Feeds are claimed in small batches, the next one while half a batch is
    still waiting for a slot: the slots never run dry during a claim, a worker holds few feeds that it has
    not started (replicas share the rest), and a lease is fresh when its poll starts. Each feed is polled
    once per cycle; ``limit`` caps how many are claimed (None: every due feed)."""
    s = ctx.settings
    due_by, batch = utcnow(), max(CLAIM_BATCH, 2 * s.feed_concurrency)
    limiter, gate = HostLimiter(s.host_concurrency), asyncio.Semaphore(s.feed_concurrency)
    writer = PollWriter(ctx.engine, ctx.owner)
    tasks: list[asyncio.Task[FeedReport]] = []
    pending: set[asyncio.Task[FeedReport]] = set()

    async def one(feed: Feed) -> FeedReport:
        async with gate:
            return await refresh_feed(ctx, feed, limiter=limiter, writer=writer)

    try:
        while limit is None or len(tasks) < limit:
            size = batch if limit is None else min(batch, limit - len(tasks))
            feeds = await asyncio.to_thread(schedule.claim_due_feeds, ctx.engine, ctx.owner, due_by=due_by,
                                            lease=timedelta(seconds=s.lease),
                                            limit=size)
            if not feeds:
                break
            started = [asyncio.create_task(one(feed)) for feed in feeds]
            tasks.extend(started)
            pending.update(started)
            while len(pending) > s.feed_concurrency + batch // 2:
                _, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        return list(await asyncio.gather(*tasks))
    except BaseException:  # cancelled (a stop past its grace period): abandon the rest, leases expire
        for task in tasks:
            task.cancel()
        raise
    finally:
        await writer.flush()
