"""Commands about alerts and where they go: ``monitor notify test [ROUTE]`` and ``monitor alerts``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from monitor.cli.service import settings_from
from monitor.config import parse_duration
from monitor.errors import ConfigError

if TYPE_CHECKING:
    from monitor.models import Alert

COMMANDS: list[click.Command] = []


@click.group()
def notify() -> None:
    """Notification routes: send a sample alert through one to see it arrive."""


COMMANDS.append(notify)


@notify.command("test")
@click.argument("route", default="default")
@click.option("--digest", is_flag=True, help="Send a sample digest (three alerts in two stories) instead.")
@click.option("--routes", "routes_file", type=click.Path(path_type=Path), help="Routes file (default MONITOR_ROUTES).")
def notify_test(route: str, digest: bool, routes_file: Path | None) -> None:
    """Send a sample alert through ROUTE (default: default), now, whatever its mode, and report the result.
    Exits 1 when the route's channels refused it, with apprise's reason; URLs are shown redacted."""
    from monitor.notify import apprise_sender, sample_alerts
    from monitor.routes import describe
    from monitor.service import load_delivery

    settings = settings_from(routes_file=routes_file)
    routes, renderer = load_delivery(settings)
    if route not in routes:
        raise ConfigError(f"unknown route {route!r} (routes defined: {', '.join(sorted(routes))})",
                          file=str(settings.routes_file))
    chosen = routes[route]
    alerts = sample_alerts(route) if digest else sample_alerts(route)[:1]
    message = renderer.render("text", alerts, route=chosen, reason="digest" if digest else None)
    click.echo(f"route {describe(chosen)}")
    try:
        apprise_sender({route: chosen}, renderer)(route, message)
    except Exception as exc:
        click.echo(f"FAILED: {exc}", err=True)
        raise SystemExit(1) from None
    where = "the console (the route has no URLs)" if not chosen.urls else f"{len(chosen.urls)} URL(s)"
    click.echo(f"sent: {message.title!r} to {where}")


def _since(value: str) -> datetime:
    try:
        return datetime.now(UTC) - timedelta(seconds=parse_duration(value))
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected a duration (24h, 7d) or a date (2025-05-21), got {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@click.command()
@click.option("--since", default="24h", show_default=True, help="A duration back from now (24h, 7d) or a date.")
@click.option("--status", type=click.Choice(["pending", "sent", "failed"]), help="Only alerts in this state.")
@click.option("--route", help="Only alerts of this route.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", default=100, show_default=True, help="At most this many, newest first.")
@click.option("--db", "db_url", help="SQLAlchemy URL (default MONITOR_DATABASE_URL or the SQLite file).")
def alerts(since: str, status: str | None, route: str | None, as_json: bool, limit: int, db_url: str | None) -> None:
    """List recent alerts, newest first, with their delivery state: sent (when, how: single or in a digest),
    held (until when and why: digest, quiet hours, rate limit, a failing route), or failing (attempts, the
    last error, the next try)."""
    from sqlmodel import Session, col, select

    from monitor.models import Alert
    from monitor.store import open_database

    settings = settings_from(db_url)
    engine = open_database(settings.database_url)
    query = select(Alert).where(col(Alert.created_at) >= _since(since))
    if status:
        query = query.where(col(Alert.status) == status)
    if route:
        query = query.where(col(Alert.route) == route)
    with Session(engine) as session:
        rows = list(session.exec(query.order_by(col(Alert.id).desc()).limit(limit)))
    engine.dispose()
    for alert in rows:
        click.echo(json.dumps(alert_json(alert), ensure_ascii=False) if as_json else alert_line(alert))
    if not rows and not as_json:
        click.echo("no alerts in this period")


COMMANDS.append(alerts)


def state(alert: Alert) -> str:
    now = datetime.now(UTC)
    if alert.status == "sent":
        return "sent" if alert.delivery in (None, "single") else f"sent in a digest ({alert.delivery})"
    if alert.status == "failed":
        return "failed"
    if alert.attempts:
        return f"failing, retry at {alert.next_attempt_at:%Y-%m-%d %H:%M} UTC"
    if alert.next_attempt_at > now and alert.held_reason:
        return f"held until {alert.next_attempt_at:%Y-%m-%d %H:%M} UTC ({alert.held_reason.replace('_', ' ')})"
    return "pending"


def alert_json(alert: Alert) -> dict[str, Any]:
    p = alert.payload or {}
    return {"id": alert.id, "created": alert.created_at.isoformat(), "route": alert.route, "kind": alert.kind,
            "watchlists": alert.watchlists, "title": p.get("title"), "url": p.get("url"), "story": alert.story_id,
            "status": alert.status, "state": state(alert), "attempts": alert.attempts,
            "last_error": alert.last_error, "held_reason": alert.held_reason, "delivery": alert.delivery,
            "next_attempt": alert.next_attempt_at.isoformat(),
            "sent": alert.sent_at.isoformat() if alert.sent_at else None, "message": alert.message_id}


def alert_line(alert: Alert) -> str:
    p = alert.payload or {}
    kind = "UPDATE " if alert.kind == "update" else ""
    line = (f"#{alert.id:<5} {alert.created_at:%Y-%m-%d %H:%M}  {alert.route:12} {state(alert):40} "
            f"[{', '.join(alert.watchlists)}] {kind}{p.get('title', '')}")
    if (alert.attempts and alert.status != "sent") or alert.last_error:
        line += f"\n       attempts {alert.attempts}; last error: {alert.last_error}"
    return line
