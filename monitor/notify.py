"""Send pending alerts: claim them from the outbox with a lease, send through apprise (or print them to
the console when no notification URL is configured), mark them sent; on failure record why and retry later
with exponential backoff. Delivery is at-least-once: only a send that completed in the instant before a
crash, before it was marked, can be repeated.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TextIO

import apprise
from sqlalchemy import or_, update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from monitor.models import Alert, utcnow
from monitor.store import transaction

log = logging.getLogger("monitor.notify")
LEASE = timedelta(minutes=2)
BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_MAX = timedelta(hours=1)


@dataclass(frozen=True)
class Message:
    title: str
    body: str  # markdown


def render(alert: Alert) -> Message:
    """The default message: what fired, where, and why, readable at a glance."""
    p: dict[str, Any] = alert.payload
    names = ", ".join(w["name"] for w in p.get("watchlists", []))
    marker = "UPDATE · " if alert.kind == "update" else ""
    title = f"{marker}[{names}] {p.get('title', '')}"
    lines = [f"**{p.get('title', '')}**", p.get("url", "")]
    meta = " · ".join(x for x in (p.get("source"), (p.get("published") or "")[:16].replace("T", " ")) if x)
    if meta:
        lines.append(meta)
    for w in p.get("watchlists", []):
        lines.append(f"Watchlist {w['name']}: {', '.join(w.get('terms', []))}")
        lines.extend(f"> {snippet}" for snippet in w.get("snippets", [])[:2])
    story = p.get("story") or {}
    if story:
        outlets = story.get("outlets", [])
        lines.append(f"Story #{story.get('id')}: {len(outlets)} outlet(s): {', '.join(outlets)}")
    if p.get("new_facts"):
        lines.append(f"What is new: {', '.join(p['new_facts'][:8])}")
    return Message(title=title, body="\n".join(lines))


Sender = Callable[[str, Message], None]  # (route, message); raises on failure


def console_sender(stream: TextIO | None = None) -> Sender:
    def send(route: str, message: Message) -> None:
        out = stream or sys.stdout
        out.write(f"\n=== ALERT ({route}) {message.title}\n{message.body}\n")
        out.flush()

    return send


def apprise_sender(routes: Mapping[str, Sequence[str]]) -> Sender:
    """Send through apprise. Each route's URLs are tagged with the route's name; an alert whose route has
    no URLs of its own goes to the ``default`` route."""
    client = apprise.Apprise()
    for route, urls in routes.items():
        for url in urls:
            if not client.add(url, tag=route):
                raise ValueError(f"route {route!r}: apprise does not accept the URL {_redact(url)}")

    def send(route: str, message: Message) -> None:
        tag = route if routes.get(route) else "default"
        with apprise.LogCapture(level=logging.WARNING) as captured:
            ok = client.notify(title=message.title, body=message.body, body_format=apprise.NotifyFormat.MARKDOWN,
                               tag=tag)
        if not ok:
            detail = captured.getvalue().strip().replace("\n", " | ") if hasattr(captured, "getvalue") else ""
            raise RuntimeError(detail or "apprise reported a failed delivery")

    return send


def _redact(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://<redacted>" if rest else "<redacted>"


@dataclass(frozen=True)
class DispatchReport:
    sent: int = 0
    failed: int = 0


class Dispatcher:
    def __init__(self, engine: Engine, sender: Sender, *, owner: str, batch: int = 50) -> None:
        self.engine, self.sender, self.owner, self.batch = engine, sender, owner, batch

    def claim(self, now: datetime) -> list[Alert]:
        """Lease up to ``batch`` due alerts: one statement, safe with several dispatchers at once."""
        due = (select(Alert.id)
               .where(Alert.status == "pending", Alert.next_attempt_at <= now,
                      or_(col(Alert.lease_until).is_(None), col(Alert.lease_until) < now))
               .order_by(col(Alert.id)).limit(self.batch).with_for_update(skip_locked=True))
        with transaction(self.engine) as session:
            ids = session.connection().execute(
                update(Alert).where(col(Alert.id).in_(due.scalar_subquery()))
                .values(lease_owner=self.owner, lease_until=now + LEASE).returning(col(Alert.id))).scalars().all()
            if not ids:
                return []
            return list(session.exec(select(Alert).where(col(Alert.id).in_(ids)).order_by(col(Alert.id))))

    def dispatch_once(self) -> DispatchReport:
        sent = failed = 0
        for alert in self.claim(utcnow()):
            try:
                self.sender(alert.route, render(alert))
            except Exception as exc:
                failed += 1
                self._mark_failed(alert, f"{type(exc).__name__}: {exc}")
            else:
                sent += 1
                self._mark_sent(alert)
        return DispatchReport(sent, failed)

    def _mark_sent(self, alert: Alert) -> None:
        with transaction(self.engine) as session:
            session.connection().execute(
                update(Alert).where(col(Alert.id) == alert.id, col(Alert.lease_owner) == self.owner)
                .values(status="sent", sent_at=utcnow(), lease_owner=None, lease_until=None,
                        attempts=col(Alert.attempts) + 1, last_error=None))
        log.info("alert sent", extra={"alert_id": alert.id, "route": alert.route})

    def _mark_failed(self, alert: Alert, reason: str) -> None:
        delay = min(BACKOFF_FIRST * (2 ** alert.attempts), BACKOFF_MAX)
        with transaction(self.engine) as session:
            session.connection().execute(
                update(Alert).where(col(Alert.id) == alert.id, col(Alert.lease_owner) == self.owner)
                .values(lease_owner=None, lease_until=None, attempts=col(Alert.attempts) + 1,
                        last_error=reason[:2000], next_attempt_at=utcnow() + delay))
        log.warning("alert delivery failed; will retry in %ss: %s", int(delay.total_seconds()), reason,
                    extra={"alert_id": alert.id, "route": alert.route})
