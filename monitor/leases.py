"""A worker's leases on shared work: the heartbeat that keeps them while the work goes on, and their
release on a clean stop.

Feeds (monitor.schedule) and alerts (monitor.notify) are claimed with a lease: ``lease_owner`` and
``lease_until``. While a worker lives, its heartbeat pushes ``lease_until`` forward every third of
MONITOR_LEASE, so a slow feed is never taken from a worker that is still on it; when a worker dies (SIGKILL,
a lost node), its leases run out and the other workers' next claims take the work over. On a clean stop the
worker gives back what it still holds, so nobody waits for the leases to run out. Every statement is
``WHERE lease_owner = :me``: a lease another worker took over is never touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import col

from monitor.models import Alert, Feed, utcnow
from monitor.store import transaction


@dataclass(frozen=True)
class Held:
    feeds: int
    alerts: int


def renew(engine: Engine, owner: str, lease: timedelta) -> Held:
    """Heartbeat: extend every lease ``owner`` holds to now + ``lease``."""
    until = utcnow() + lease
    with transaction(engine) as session:
        conn = session.connection()
        feeds = conn.execute(update(Feed).where(col(Feed.lease_owner) == owner).values(lease_until=until))
        alerts = conn.execute(update(Alert).where(col(Alert.lease_owner) == owner, col(Alert.status) == "pending")
                              .values(lease_until=until))
        return Held(feeds.rowcount, alerts.rowcount)


def release(engine: Engine, owner: str) -> Held:
    """A clean stop: give back every lease ``owner`` still holds; the work is due again at once."""
    with transaction(engine) as session:
        conn = session.connection()
        feeds = conn.execute(update(Feed).where(col(Feed.lease_owner) == owner)
                             .values(lease_owner=None, lease_until=None))
        alerts = conn.execute(update(Alert).where(col(Alert.lease_owner) == owner)
                              .values(lease_owner=None, lease_until=None))
        return Held(feeds.rowcount, alerts.rowcount)
