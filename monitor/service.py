"""The long-running worker: ``monitor run`` and ``monitor once``.

APScheduler (AsyncIOScheduler, memory job store) is only this process's ticker: every tick the worker asks
the database which feeds are due (monitor.schedule), refreshes them (monitor.pipeline), and the dispatcher
sends pending alerts (monitor.notify). On SIGTERM or Ctrl-C the ticker pauses, work in flight finishes
(or, past the grace period, is abandoned with its leases left to expire), and the process exits: what was
fetched and decided is already committed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.schedulers.base import STATE_RUNNING
from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from monitor import corpus, health, leases, metrics, schedule
from monitor.config import FeedConfig, Settings, load_feeds
from monitor.decide import Outcome, decide
from monitor.errors import ConfigError
from monitor.extract import Extractor
from monitor.fetch import AddressGuard, make_client
from monitor.models import Alert
from monitor.models import Article as ArticleRow
from monitor.notify import Dispatcher, DispatchReport, Renderer, Sender, apprise_sender
from monitor.pipeline import Context, FeedReport, run_cycle
from monitor.routes import Route, check_watchlist_routes, describe, load_routes
from monitor.store import Bind, check_schema, open_database
from monitor.watchlist import WatchlistRegistry

log = logging.getLogger("monitor.service")
GRACE_SECONDS = 30.0
RELOAD_SECONDS = 5.0


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def seed_corpus(engine: Bind) -> list[Outcome]:
    """Load the shipped seed corpus into an empty database (a no-op once loaded)."""
    articles = corpus.seed_articles()
    identities = [a.url for a in articles]  # seed:FILE
    with Session(engine) as session:
        known = set(session.exec(select(ArticleRow.identity).where(col(ArticleRow.identity).in_(identities))))
    return [decide(engine, None, a, identity=i, origin="seed") for a, i in zip(articles, identities, strict=True)
            if i not in known]


def load_delivery(settings: Settings) -> tuple[dict[str, Route], Renderer]:
    """The routes (routes.yaml, or MONITOR_NOTIFY_URLS as the route default) and the templates, checked."""
    routes = load_routes(settings.routes_file, settings.notify_urls)
    renderer = Renderer(settings.templates_dir)
    renderer.check()
    return routes, renderer


@dataclass
class Service:
    settings: Settings
    feeds: list[FeedConfig] | None = None  # default: read settings.feeds_file
    sender: Sender | None = None
    guard: AddressGuard | None = None
    owner: str = field(default_factory=worker_id)

    def open(self) -> Context:
        """Everything that can fail on bad configuration happens here, before any work starts."""
        feeds = self.feeds if self.feeds is not None else load_feeds(self.settings.feeds_file)
        self.registry = WatchlistRegistry(self.settings.watchlists_dir)
        self.engine = open_database(self.settings.database_url)
        self.seeded = seed_corpus(self.engine)
        try:
            schedule.sync_feeds(self.engine, feeds)
        except IntegrityError:  # another replica starting at the same moment added the same feeds first
            schedule.sync_feeds(self.engine, feeds)
        routes, renderer = load_delivery(self.settings)
        check_watchlist_routes(self.registry.watchlists, routes)
        for route in routes.values():
            log.info("route %s", describe(route))
        self.dispatcher = Dispatcher(self.engine, self.sender or apprise_sender(routes, renderer),
                                     owner=self.owner, routes=routes, renderer=renderer,
                                     lease=timedelta(seconds=self.settings.lease))
        self.extractor = Extractor()
        guard = self.guard or AddressGuard(self.settings.fetch_allow)
        self.ctx = Context(self.engine, make_client(), self.extractor, lambda: self.registry.matcher, self.settings,
                           self.owner, guard)
        return self.ctx

    async def close(self) -> None:
        await self.ctx.client.aclose()
        self.extractor.close()
        self.engine.dispose()

    async def poll(self) -> list[FeedReport]:
        reports = await run_cycle(self.ctx)
        for r in reports:
            metrics.FEEDS_POLLED.labels(r.status).inc()
            metrics.record_outcomes(r.outcomes)
            for o in r.outcomes:
                log.info("article %s: %s (%s)", o.url, o.decision, o.level or "-",
                         extra={"feed": r.feed, "article_id": o.article_id, "story_id": o.story_id,
                                "decision": o.decision, "alert_ids": list(o.alert_ids)})
            log.info("feed %s: %s, %d entries, %d new, %d alerts%s", r.feed, r.status, r.entries, len(r.outcomes),
                     sum(1 for o in r.outcomes if o.decision == "alert"), f": {r.error}" if r.error else "",
                     extra={"feed": r.feed})
        return reports

    async def dispatch(self) -> DispatchReport:
        started = time.perf_counter()
        report = await asyncio.to_thread(self.dispatcher.dispatch_once)
        metrics.observe_stage("dispatch", time.perf_counter() - started)
        metrics.DELIVERIES.inc(report.sent)
        metrics.DELIVERY_FAILURES.inc(report.failed)
        return report

    async def heartbeat(self) -> None:
        """Keep the leases on work in flight (see monitor.leases)."""
        await asyncio.to_thread(leases.renew, self.engine, self.owner, timedelta(seconds=self.settings.lease))

    def probes(self) -> health.Probes:
        """What /readyz checks and what /metrics refreshes."""
        async def database() -> str | None:
            await asyncio.to_thread(check_schema, self.engine)  # reachable, and migrations current
            return None

        async def ticker() -> str | None:
            running = getattr(self, "scheduler", None) is not None and self.scheduler.state == STATE_RUNNING
            return None if running else "the scheduler is not running"

        async def outbox() -> None:
            metrics.OUTBOX_DEPTH.set(await asyncio.to_thread(self.outbox_depth))

        return health.Probes({"database": database, "scheduler": ticker}, before_scrape=outbox)

    def outbox_depth(self) -> int:
        with Session(self.engine) as session:
            return session.exec(select(func.count()).select_from(Alert).where(Alert.status == "pending")).one()

    async def reload(self) -> None:
        changed = await asyncio.to_thread(self.registry.reload_if_changed)
        if changed:
            try:
                check_watchlist_routes(self.registry.watchlists, self.dispatcher.routes)
            except ConfigError as exc:  # its alerts wait, with this reason, until the route is defined
                log.error("watchlists name a route that does not exist: %s", exc)
            log.info("watchlists reloaded: %s", ", ".join(changed))

    async def once(self) -> tuple[list[FeedReport], DispatchReport]:
        """One cycle: poll every due feed, then send what it alerted."""
        reports = await self.poll()
        return reports, await self.dispatch()

    async def run_forever(self) -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        inflight: set[asyncio.Task[Any]] = set()

        def job(make: Any) -> Any:
            async def run() -> None:
                task = asyncio.current_task()
                assert task is not None
                inflight.add(task)
                try:
                    await make()
                except Exception:
                    log.exception("job %s failed", make.__name__)
                finally:
                    inflight.discard(task)
            run.__name__ = make.__name__
            return run

        scheduler = self.scheduler = AsyncIOScheduler()
        s = self.settings
        scheduler.add_job(job(self.poll), "interval", seconds=s.tick_interval, next_run_time=datetime.now(UTC),
                          misfire_grace_time=max(1, int(s.tick_interval)), coalesce=True, max_instances=1, id="poll")
        scheduler.add_job(job(self.dispatch), "interval", seconds=s.dispatch_interval, misfire_grace_time=60,
                          coalesce=True, max_instances=1, id="dispatch")
        scheduler.add_job(job(self.reload), "interval", seconds=RELOAD_SECONDS, misfire_grace_time=60,
                          coalesce=True, max_instances=1, id="reload")
        scheduler.add_job(job(self.heartbeat), "interval", seconds=s.lease / 3, misfire_grace_time=60,
                          coalesce=True, max_instances=1, id="heartbeat")
        server = await health.start(s.http_host, s.http_port, self.probes()) if s.http_port else None
        scheduler.start()
        log.info("monitor running as %s; watchlists in %s%s", self.owner, s.watchlists_dir,
                 f"; /healthz, /readyz and /metrics on {s.http_host}:{s.http_port}" if server else "")
        await stop.wait()
        log.info("stopping: waiting up to %.0f s for work in flight", GRACE_SECONDS)
        scheduler.pause()
        deadline = loop.time() + GRACE_SECONDS
        while inflight and loop.time() < deadline:  # the paused ticker no longer renews leases: we do
            await asyncio.wait(set(inflight), timeout=min(s.lease / 3, deadline - loop.time()))
            if inflight:
                await self.heartbeat()
        scheduler.shutdown(wait=False)
        held = await asyncio.to_thread(leases.release, self.engine, self.owner)
        if held.feeds or held.alerts:
            log.info("gave back %d feed and %d alert leases", held.feeds, held.alerts)
        if server is not None:
            server.close()
        await self.close()
        log.info("stopped")
