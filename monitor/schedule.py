"""Which feeds are due, who polls them, and what their last poll left behind.

The database is the schedule: each feed row carries ``next_poll_at`` and a lease. A worker claims due
feeds with one statement (``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING``), so
several workers never poll the same feed at once, and a worker that dies has its leases expire. Error
state belongs to the feed: ``last_error``, ``error_count``, ``last_success_at``, reset on success.

When a poll ends, ``success`` or ``failure`` computes what it leaves on the feed row, including the next
poll (monitor.politeness: the adaptive interval from the feed's publishing rate between MONITOR_POLL_MIN
and MONITOR_POLL_MAX, stretched by Retry-After, max-age and <ttl>; exponential backoff when failing).
After ``DISABLE_AFTER_ERRORS`` consecutive failures the feed is disabled with the reason kept; it stays
disabled across restarts until its URL changes in feeds.yaml or an operator runs ``monitor feeds enable``.
``write_polls`` stores many polls in one transaction (a worker's cycle batches them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from monitor import politeness
from monitor.config import FeedConfig, Settings
from monitor.models import Feed, utcnow
from monitor.store import transaction

LEASE = timedelta(minutes=5)
FAILING = "failing: "  # the prefix of disabled_reason for a feed disabled after repeated failures
REMOVED = "removed from feeds.yaml"
STATS_WINDOW = timedelta(days=30)  # publishing statistics kept up by partial parses look this far back
PollValues = dict[str, Any]  # the columns one finished poll sets on its feed row


@dataclass(frozen=True)
class Policy:
    """The polling bounds from the settings (seconds)."""

    interval_min: float = 300.0
    interval_max: float = 3600.0
    initial: float = 900.0  # while the feed's publishing rate is unknown

    @classmethod
    def from_settings(cls, settings: Settings) -> Policy:
        return cls(settings.poll_min, settings.poll_max, settings.poll_interval)


def sync_feeds(engine: Engine, configs: Sequence[FeedConfig]) -> list[Feed]:
    """Make the feed table match feeds.yaml: add new feeds, update changed ones, disable removed ones.
    A feed keeps its row (and its history) when it leaves the file."""
    by_name = {c.name: c for c in configs}
    with transaction(engine) as session:
        rows = {row.name: row for row in session.exec(select(Feed))}
        for name, cfg in by_name.items():
            row = rows.get(name) or Feed(name=name, url=cfg.url)
            failing = (row.disabled_reason or "").startswith(FAILING)
            if row.url != cfg.url:  # a new address: new validators, and a failing feed gets a new chance
                row.etag = row.last_modified = row.body_hash = None
                if failing:
                    row.disabled_reason, row.error_count, row.next_poll_at, failing = None, 0, None, False
            row.url, row.language, row.fetch_full = cfg.url, cfg.language, cfg.fetch_full
            row.interval, row.enabled = cfg.interval, cfg.enabled and not failing
            if cfg.enabled and row.disabled_reason == REMOVED:
                row.disabled_reason = None
            session.add(row)
        for name, row in rows.items():
            if name not in by_name and row.enabled:
                row.enabled, row.disabled_reason = False, REMOVED
                session.add(row)
        session.flush()
        return list(session.exec(select(Feed).where(Feed.enabled).order_by(col(Feed.id))))


def claim_due_feeds(engine: Engine, owner: str, *, now: datetime | None = None, due_by: datetime | None = None,
                    limit: int = 100, lease: timedelta = LEASE) -> list[Feed]:
    """Lease the feeds whose next poll is due by ``due_by`` (default now) and that nobody else holds. A cycle
    that claims in batches passes its start time as ``due_by``, so it polls each feed once."""
    now = now or utcnow()
    due_by = due_by or now
    due = (select(Feed.id)
           .where(Feed.enabled, or_(col(Feed.next_poll_at).is_(None), col(Feed.next_poll_at) <= due_by),
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


@dataclass(frozen=True)
class Stats:
    """Publishing statistics read from a full parse: how many entries carry a date, and the oldest date."""

    dated_entries: int
    oldest: datetime | None

    @classmethod
    def of(cls, published: Iterable[datetime | None], *, now: datetime) -> Stats:
        """From every entry the feed shows (a full parse)."""
        dates = [d for d in published if d is not None and d <= now]
        return cls(len(dates), min(dates) if dates else None)

    @classmethod
    def added(cls, feed: Feed, published: Iterable[datetime | None], *, now: datetime) -> Stats:
        """The feed's statistics plus newly seen entries (a parse of only the new entries shows no others).
        Counts older than ``STATS_WINDOW`` are scaled down, so the rate follows a change of pace."""
        dates = [d for d in published if d is not None and d <= now]
        count = feed.dated_entries + len(dates)
        oldest = min([*dates, *([feed.oldest_entry_at] if feed.oldest_entry_at else [])], default=None)
        if oldest is not None and now - oldest > STATS_WINDOW:
            count, oldest = round(count * (STATS_WINDOW / (now - oldest))), now - STATS_WINDOW
        return cls(count, oldest)


def success(feed: Feed, policy: Policy, *, now: datetime, etag: str | None, last_modified: str | None,
            body_hash: str | None, new_entries: int = 0, retry_after: float | None = None,
            max_age: float | None = None, ttl_minutes: int | None = None, stats: Stats | None = None) -> PollValues:
    """The feed row after a successful poll. ``stats`` and ``ttl_minutes`` come from a full parse; a poll
    that skipped the parse passes neither and the feed's stored ones are used (the rate is recomputed for
    ``now``, so a feed that stays silent drifts towards the maximum interval)."""
    dated, oldest = (stats.dated_entries, stats.oldest) if stats else (feed.dated_entries, feed.oldest_entry_at)
    ttl = ttl_minutes if stats else feed.ttl_minutes
    rate = politeness.publishing_rate(dated, oldest, now=now)
    delay = politeness.next_poll_delay(
        interval_min=policy.interval_min, interval_max=policy.interval_max, configured=feed.interval,
        error_count=0, retry_after=retry_after, max_age=max_age, ttl_minutes=ttl, entries_per_day=rate,
        initial=policy.initial)
    return {"etag": etag, "last_modified": last_modified, "body_hash": body_hash, "last_polled_at": now,
            "last_success_at": now, "last_error": None, "last_error_kind": None, "error_count": 0,
            "entries_seen": feed.entries_seen + new_entries, "entries_per_day": rate, "dated_entries": dated,
            "oldest_entry_at": oldest, "ttl_minutes": ttl, "next_poll_at": now + timedelta(seconds=delay),
            "lease_owner": None, "lease_until": None}


def failure(feed: Feed, policy: Policy, *, now: datetime, kind: str, message: str,
            retry_after: float | None = None) -> PollValues:
    """The feed row after a failed poll: the error kept, exponential backoff (never sooner than a
    Retry-After), and disabled with the reason after ``politeness.DISABLE_AFTER_ERRORS`` failures in a row."""
    errors = feed.error_count + 1
    rate = politeness.publishing_rate(feed.dated_entries, feed.oldest_entry_at, now=now)
    delay = politeness.next_poll_delay(
        interval_min=policy.interval_min, interval_max=policy.interval_max, configured=feed.interval,
        error_count=errors, retry_after=retry_after, max_age=None, ttl_minutes=None, entries_per_day=rate,
        initial=policy.initial)
    values: PollValues = {"last_polled_at": now, "last_error": message[:2000], "last_error_kind": kind,
                          "error_count": errors, "next_poll_at": now + timedelta(seconds=delay),
                          "lease_owner": None, "lease_until": None}
    if politeness.should_disable(errors):
        values["enabled"] = False
        values["disabled_reason"] = f"{FAILING}{errors} failures in a row; last: {message}"[:2000]
    return values


def write_polls(engine: Engine, owner: str, polls: Sequence[tuple[int, PollValues]]) -> None:
    """Store finished polls, one transaction for all, one executemany per kind of row. A row is written
    only while ``owner`` still holds the feed's lease."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for feed_id, values in polls:
        groups.setdefault(tuple(sorted(values)), []).append({"feed_id_": feed_id, **values})
    with transaction(engine) as session:
        conn = session.connection()
        for rows in groups.values():
            statement = update(Feed).where(col(Feed.id) == bindparam("feed_id_"), col(Feed.lease_owner) == owner)
            conn.execute(statement, rows)


def record_success(engine: Engine, feed: Feed, owner: str, policy: Policy = Policy(), *,
                   now: datetime | None = None, **poll: Any) -> PollValues:
    """``success`` written at once (outside a cycle's batch); returns what was written."""
    assert feed.id is not None
    values = success(feed, policy, now=now or utcnow(), **poll)
    write_polls(engine, owner, [(feed.id, values)])
    return values


def record_failure(engine: Engine, feed: Feed, owner: str, policy: Policy = Policy(), *,
                   now: datetime | None = None, kind: str, message: str,
                   retry_after: float | None = None) -> PollValues:
    """``failure`` written at once (outside a cycle's batch); returns what was written."""
    assert feed.id is not None
    values = failure(feed, policy, now=now or utcnow(), kind=kind, message=message, retry_after=retry_after)
    write_polls(engine, owner, [(feed.id, values)])
    return values


def enable(engine: Engine, name: str) -> Feed | None:
    """Re-enable a feed disabled after failures (the operator's call): errors cleared, due at once.
    A feed disabled in or removed from feeds.yaml is left alone (the file decides those)."""
    with transaction(engine) as session:
        row = session.exec(select(Feed).where(Feed.name == name)).first()
        if row is None or not (row.disabled_reason or "").startswith(FAILING):
            return row
        row.enabled, row.disabled_reason, row.error_count, row.next_poll_at = True, None, 0, None
        session.add(row)
        session.flush()
        return row


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
