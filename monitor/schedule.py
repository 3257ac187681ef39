"""Which feeds are due, who polls them, and what their last poll left behind.

The database is the schedule: each feed row carries ``next_poll_at`` and a lease. A worker claims due
feeds with one statement (``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING``), so
several workers never poll the same feed at once, and a worker that dies has its leases expire. Error
state belongs to the feed: ``last_error``, ``error_count``, ``last_success_at``, reset on success.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from monitor.config import FeedConfig
from monitor.models import Feed, utcnow
from monitor.store import transaction

LEASE = timedelta(minutes=5)
MAX_BACKOFF = timedelta(hours=6)


def sync_feeds(engine: Engine, configs: Sequence[FeedConfig]) -> list[Feed]:
    """Make the feed table match feeds.yaml: add new feeds, update changed ones, disable removed ones.
    A feed keeps its row (and its history) when it leaves the file."""
    by_name = {c.name: c for c in configs}
    with transaction(engine) as session:
        rows = {row.name: row for row in session.exec(select(Feed))}
        for name, cfg in by_name.items():
            row = rows.get(name) or Feed(name=name, url=cfg.url)
            if row.url != cfg.url:
                row.etag = row.last_modified = row.body_hash = None
            row.url, row.language, row.fetch_full = cfg.url, cfg.language, cfg.fetch_full
            row.interval, row.enabled = cfg.interval, cfg.enabled
            if cfg.enabled and row.disabled_reason == "removed from feeds.yaml":
                row.disabled_reason = None
            session.add(row)
        for name, row in rows.items():
            if name not in by_name and row.enabled:
                row.enabled, row.disabled_reason = False, "removed from feeds.yaml"
                session.add(row)
        session.flush()
        return list(session.exec(select(Feed).where(Feed.enabled).order_by(col(Feed.id))))


def claim_due_feeds(engine: Engine, owner: str, *, now: datetime | None = None, limit: int = 100,
                    lease: timedelta = LEASE) -> list[Feed]:
    """Lease the feeds whose next poll is due and that nobody else holds."""
    now = now or utcnow()
    due = (select(Feed.id)
           .where(Feed.enabled, or_(col(Feed.next_poll_at).is_(None), col(Feed.next_poll_at) <= now),
                  or_(col(Feed.lease_until).is_(None), col(Feed.lease_until) < now))
           .order_by(col(Feed.next_poll_at).asc().nulls_first(), col(Feed.id)).limit(limit)
           .with_for_update(skip_locked=True))
    with transaction(engine) as session:
        ids = session.connection().execute(
            update(Feed).where(col(Feed.id).in_(due.scalar_subquery()))
            .values(lease_owner=owner, lease_until=now + lease).returning(col(Feed.id))).scalars().all()
        if not ids:
            return []
        return list(session.exec(select(Feed).where(col(Feed.id).in_(ids)).order_by(col(Feed.id))))


def record_success(engine: Engine, feed: Feed, owner: str, *, interval: float, etag: str | None,
                   last_modified: str | None, body_hash: str | None, new_entries: int) -> None:
    now = utcnow()
    with transaction(engine) as session:
        session.connection().execute(update(Feed).where(col(Feed.id) == feed.id, col(Feed.lease_owner) == owner).values(
            etag=etag, last_modified=last_modified, body_hash=body_hash, last_polled_at=now,
            last_success_at=now, last_error=None, last_error_kind=None, error_count=0,
            entries_seen=col(Feed.entries_seen) + new_entries, next_poll_at=now + timedelta(seconds=interval),
            lease_owner=None, lease_until=None))


def record_failure(engine: Engine, feed: Feed, owner: str, *, interval: float, kind: str, message: str,
                   retry_after: float | None = None) -> None:
    """Keep the error on the feed and back off: interval x 2^errors, at most MAX_BACKOFF, or Retry-After."""
    now = utcnow()
    delay = min(timedelta(seconds=interval) * (2 ** min(feed.error_count, 10)), MAX_BACKOFF)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    with transaction(engine) as session:
        session.connection().execute(update(Feed).where(col(Feed.id) == feed.id, col(Feed.lease_owner) == owner).values(
            last_polled_at=now, last_error=message[:2000], last_error_kind=kind,
            error_count=col(Feed.error_count) + 1, next_poll_at=now + delay, lease_owner=None, lease_until=None))


def renew_lease(engine: Engine, feed: Feed, owner: str, lease: timedelta = LEASE) -> None:
    with transaction(engine) as session:
        session.connection().execute(update(Feed).where(col(Feed.id) == feed.id, col(Feed.lease_owner) == owner)
                     .values(lease_until=utcnow() + lease))


def release(engine: Engine, feeds: Sequence[Feed], owner: str) -> None:
    """Give back leases without polling (a clean stop): the feeds stay due for the next worker."""
    ids = [f.id for f in feeds]
    if not ids:
        return
    with transaction(engine) as session:
        session.connection().execute(update(Feed).where(col(Feed.id).in_(ids), col(Feed.lease_owner) == owner)
                     .values(lease_owner=None, lease_until=None))
