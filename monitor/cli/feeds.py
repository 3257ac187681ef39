"""``monitor feeds``: the state of every feed the database knows (a status table, or JSON), and
``monitor feeds enable NAME`` to give a feed disabled after repeated failures another chance."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import click
from sqlmodel import Session, col, select

from monitor import schedule
from monitor.cli.service import settings_from
from monitor.errors import ConfigError
from monitor.models import Feed, utcnow
from monitor.store import open_database

COMMANDS: list[click.Command] = []
DB_HELP = "SQLAlchemy URL (default MONITOR_DATABASE_URL or the SQLite file)."


@click.group("feeds", invoke_without_command=True)
@click.option("--db", "db_url", help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per feed, one per line.")
@click.pass_context
def feeds_command(ctx: click.Context, db_url: str | None, as_json: bool) -> None:
    """Show every feed's state: enabled or disabled (with the reason), last success, last error, consecutive
    errors, next poll and entries per day. The worker writes these after every poll."""
    if ctx.invoked_subcommand is not None:
        return
    engine = open_database(settings_from(db_url).database_url)
    try:
        with Session(engine) as session:
            rows = list(session.exec(select(Feed).order_by(col(Feed.name))))
    finally:
        engine.dispose()
    now = utcnow()
    if as_json:
        for row in rows:
            click.echo(json.dumps(feed_json(row), ensure_ascii=False))
        return
    if not rows:
        click.echo("No feeds yet: the worker adds the feeds of feeds.yaml when it starts (monitor run, monitor once).")
        return
    _print_table([_row_cells(row, now) for row in rows])


@feeds_command.command("enable")
@click.argument("name")
@click.option("--db", "db_url", help=DB_HELP)
def enable_command(name: str, db_url: str | None) -> None:
    """Re-enable a feed that was disabled after repeated failures: its errors are cleared and it is polled at
    the next tick. Feeds disabled in feeds.yaml are enabled there instead."""
    engine = open_database(settings_from(db_url).database_url)
    try:
        row = schedule.enable(engine, name)
    finally:
        engine.dispose()
    if row is None:
        raise ConfigError(f"no feed named {name!r} (see `monitor feeds`)", key="NAME")
    if not row.enabled:
        raise ConfigError(f"feed {name!r} is disabled because: {row.disabled_reason or 'enabled: false'}; "
                          f"change feeds.yaml instead", key="NAME")
    click.echo(f"{name}: enabled, due now")


COMMANDS.append(feeds_command)


def feed_json(row: Feed) -> dict[str, Any]:
    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {"name": row.name, "url": row.url, "enabled": row.enabled, "disabled_reason": row.disabled_reason,
            "last_success": when(row.last_success_at), "last_polled": when(row.last_polled_at),
            "last_error": row.last_error, "last_error_kind": row.last_error_kind, "error_count": row.error_count,
            "next_poll": when(row.next_poll_at) if row.enabled else None, "entries_per_day": row.entries_per_day,
            "entries_seen": row.entries_seen}


HEADERS = ("feed", "state", "last success", "errors", "last error", "next poll", "entries/day")


def _row_cells(row: Feed, now: datetime) -> tuple[str, ...]:
    state = "enabled" if row.enabled else f"disabled: {row.disabled_reason or 'enabled: false in feeds.yaml'}"
    next_poll = "-" if not row.enabled else ("due" if not row.next_poll_at or row.next_poll_at <= now
                                             else f"in {_span(row.next_poll_at - now)}")
    rate = "-" if row.entries_per_day is None else f"{row.entries_per_day:.1f}"
    return (row.name, _clip(state, 50), f"{_span(now - row.last_success_at)} ago" if row.last_success_at else "never",
            str(row.error_count), _clip(row.last_error or "-", 70), next_poll, rate)


def _print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADERS)]
    for cells in (HEADERS, *rows):
        click.echo("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _span(delta: Any) -> str:
    seconds = max(0, int(delta.total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
