"""Commands that run the service and feed it: run, once, check, config, db, corpus, replay, extract, demo."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any, TypeVar

import click

from monitor.config import SETTINGS, Settings, load_feeds
from monitor.decide import Outcome
from monitor.errors import ConfigError

COMMANDS: list[click.Command] = []


C = TypeVar("C", bound=click.Command)


def command(fn: C) -> C:
    COMMANDS.append(fn)
    return fn


def setup_logging(level: str, settings: Settings | None = None) -> None:
    """One event per line on stderr (JSON unless on a terminal, see monitor.logs), secrets redacted."""
    from monitor import logs

    secrets = [settings.database_url, *settings.notify_urls] if settings else []
    logs.setup(level, fmt=settings.log_format if settings else "auto", secrets=secrets)


def settings_from(db: str | None = None, **overrides: Any) -> Settings:
    extra = {k: v for k, v in overrides.items() if v is not None}
    if db:
        extra["database_url"] = db
    return Settings.from_env(**extra)


@command
@click.command()
def run() -> None:
    """Run the service: poll due feeds, decide, and send alerts until SIGTERM or Ctrl-C."""
    from monitor.service import Service

    settings = settings_from()
    setup_logging(settings.log_level, settings)
    service = Service(settings)
    service.open()
    asyncio.run(_run_forever(service))


async def _run_forever(service: Any) -> None:
    await service.run_forever()


@command
@click.command()
def once() -> None:
    """Run one cycle (poll every due feed, send the alerts) and exit."""
    from monitor.service import Service

    settings = settings_from()
    setup_logging(settings.log_level, settings)
    service = Service(settings)
    service.open()
    reports, dispatched = asyncio.run(_once(service))
    errors = sum(1 for r in reports if r.status == "error")
    click.echo(f"{len(reports)} feeds polled ({errors} with errors), "
               f"{sum(len(r.outcomes) for r in reports)} new entries, {dispatched.sent} alerts sent, "
               f"{dispatched.failed} failed")


async def _once(service: Any) -> Any:
    try:
        return await service.once()
    finally:
        await service.close()


@command
@click.command()
@click.option("--feeds", "feeds_file", type=click.Path(path_type=Path), help="Feeds file (default MONITOR_FEEDS).")
@click.option("--watchlists", "watchlists_dir", type=click.Path(path_type=Path),
              help="Watchlists directory (default MONITOR_WATCHLISTS).")
def check(feeds_file: Path | None, watchlists_dir: Path | None) -> None:
    """Validate all configuration (settings, feeds.yaml, watchlists, routes, alert templates) and say what was
    loaded."""
    from monitor.routes import check_watchlist_routes, describe
    from monitor.service import load_delivery
    from monitor.watchlist import load_watchlists

    settings = settings_from(feeds_file=feeds_file, watchlists_dir=watchlists_dir)
    feeds = load_feeds(settings.feeds_file)
    full = sum(1 for f in feeds if f.fetch_full)
    click.echo(f"{settings.feeds_file}: {len(feeds)} feeds ({full} fetch full pages, "
               f"{sum(1 for f in feeds if not f.enabled)} disabled)")
    watchlists = load_watchlists(settings.watchlists_dir)
    click.echo(f"{settings.watchlists_dir}: {len(watchlists)} watchlists: "
               + ", ".join(f"{w.name}{'' if w.enabled else ' (disabled)'}" for w in watchlists))
    routes, _ = load_delivery(settings)
    check_watchlist_routes(watchlists, routes)
    where = settings.routes_file if settings.routes_file.exists() else "MONITOR_NOTIFY_URLS"
    click.echo(f"{where}: {len(routes)} route(s)")
    for route in routes.values():
        click.echo(f"  {describe(route)}")
    click.echo(f"templates: ok ({settings.templates_dir or 'shipped defaults'})")
    click.echo("settings: ok (see `monitor config`)")


@command
@click.command("config")
def show_config() -> None:
    """Print the effective settings, secrets shown as <redacted>."""
    settings = settings_from()
    values = settings.redacted()
    for s in SETTINGS:
        click.echo(f"{s.env:28} {values[s.field]}")


@command
@click.group()
def db() -> None:
    """Database schema and index: upgrade, current, reindex."""


@db.command()
@click.option("--db", "db_url", help="SQLAlchemy URL (default MONITOR_DATABASE_URL or the SQLite file).")
def upgrade(db_url: str | None) -> None:
    """Apply every schema migration not yet applied (run this before starting a new release)."""
    from monitor.store import current_revision, make_engine, redact_url
    from monitor.store import upgrade as do_upgrade

    settings = settings_from(db_url)
    engine = make_engine(settings.database_url)
    do_upgrade(engine)
    click.echo(f"{redact_url(settings.database_url)}: schema at revision {current_revision(engine)}")


@db.command()
@click.option("--db", "db_url", help="SQLAlchemy URL (default MONITOR_DATABASE_URL or the SQLite file).")
def current(db_url: str | None) -> None:
    """Show the schema revision of the database and the one this release needs."""
    from monitor.store import current_revision, head_revision, make_engine, redact_url

    settings = settings_from(db_url)
    engine = make_engine(settings.database_url)
    at, needed = current_revision(engine), head_revision()
    click.echo(f"{redact_url(settings.database_url)}: at {at}, this release needs {needed}")
    if at == needed:
        click.echo(_stale_fingerprints(engine))


def _stale_fingerprints(engine: Any) -> str:
    from sqlmodel import Session

    from monitor.novelty import stale_count
    from monitor.similarity import FINGERPRINT_VERSION

    with Session(engine) as session:
        stale = stale_count(session)
    if not stale:
        return f"novelty index: every fingerprint at version {FINGERPRINT_VERSION}"
    return (f"novelty index: {stale} articles with fingerprints older than version {FINGERPRINT_VERSION} "
            "(still compared; run 'monitor db reindex' to recompute them)")


@db.command()
@click.option("--db", "db_url", help="SQLAlchemy URL (default MONITOR_DATABASE_URL or the SQLite file).")
@click.option("--all", "everything", is_flag=True, help="Recompute every article, not only stale ones.")
@click.option("--batch", default=100, show_default=True, type=click.IntRange(1, 10_000),
              help="Articles written per transaction.")
def reindex(db_url: str | None, everything: bool, batch: int) -> None:
    """Recompute stored fingerprints and the novelty index after an upgrade that changed the fingerprint
    version (see 'monitor db current'). Workers may keep running; stopped half-way, it resumes."""
    from monitor import novelty
    from monitor.store import open_database, redact_url

    settings = settings_from(db_url)
    engine = open_database(settings.database_url)
    done = novelty.reindex(engine, everything=everything, batch=batch)
    click.echo(f"{redact_url(settings.database_url)}: {done} articles reindexed; {_stale_fingerprints(engine)}")


@command
@click.group()
def corpus() -> None:
    """The known documents novelty is judged against."""


@corpus.command("import")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--db", "db_url", help="SQLAlchemy URL (default MONITOR_DATABASE_URL or the SQLite file).")
def corpus_import(path: Path, db_url: str | None) -> None:
    """Add known documents: .txt files, .html pages (extracted), .jsonl (url, title, text, published, source),
    or a directory of them. They become known stories and never alert."""
    from monitor.corpus import read_import_path
    from monitor.decide import decide
    from monitor.service import seed_corpus
    from monitor.store import open_database
    from monitor.urls import canonical_url

    settings = settings_from(db_url)
    engine = open_database(settings.database_url)
    seed_corpus(engine)
    added = seen = 0
    for article in read_import_path(path):
        outcome = decide(engine, None, article, identity=f"import:{canonical_url(article.url)}", origin="import")
        added, seen = (added + 1, seen) if outcome.decision != "seen" else (added, seen + 1)
    click.echo(f"{path}: {added} documents added, {seen} already known")


@command
@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--db", "db_url", help="Judge against this database too (nothing is written to it).")
@click.option("--watchlists", "watchlists_dir", type=click.Path(path_type=Path),
              help="Watchlists directory (default MONITOR_WATCHLISTS).")
def replay(file: Path, as_json: bool, db_url: str | None, watchlists_dir: Path | None) -> None:
    """Run articles from JSON Lines (url, title, text, published, source) through matching and novelty, in file
    order, as if they had arrived from feeds; print one decision per line."""
    from monitor.replay import replay_file

    settings = settings_from(watchlists_dir=watchlists_dir)
    for outcome in replay_file(file, settings, db_url=db_url):
        click.echo(json.dumps(outcome_json(outcome), ensure_ascii=False) if as_json else outcome_line(outcome))


def outcome_json(o: Outcome) -> dict[str, Any]:
    return {"url": o.url, "title": o.title, "decision": o.decision, "watchlists": o.watchlists,
            "duplicate_of": o.duplicate_of, "similarity": o.similarity, "level": o.level, "story": o.story_id,
            "new_facts": list(o.new_facts)}


def outcome_line(o: Outcome) -> str:
    what = {"alert": "ALERT", "duplicate": "duplicate", "no_match": "no match", "seen": "already seen",
            "known": "known"}.get(o.decision, o.decision)
    if o.decision == "alert" and o.level == "update":
        what = "ALERT (update)"
    line = f"{what:15} {o.url}"
    if o.watchlists:
        line += f"  [{', '.join(o.watchlists)}]"
    if o.duplicate_of and o.decision != "alert":
        line += f"  {o.level} of {o.duplicate_of} ({o.similarity})"
    if o.new_facts:
        line += f"  new: {', '.join(o.new_facts[:6])}"
    return line


@command
@click.command()
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="Print text and metadata as JSON.")
def extract(source: str, as_json: bool) -> None:
    """Print the article text extracted from an HTML file or an http(s) URL."""
    from monitor.extract import extract_page

    html, url = _read_page(source)
    page = extract_page(html, url)
    if page is None:
        raise ConfigError("no article text found in this page", file=source)
    if as_json:
        data = {"url": page.url, "title": page.title, "author": page.author, "language": page.language,
                "published": page.published.isoformat() if page.published else None, "text": page.text}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(page.text)


def _read_page(source: str) -> tuple[bytes, str | None]:
    if source.startswith(("http://", "https://")):
        from monitor.fetch import fetch, make_client
        from monitor.pipeline import HTML_ACCEPT

        async def get() -> tuple[bytes, str]:
            async with make_client() as client:
                result = await fetch(client, source, accept=HTML_ACCEPT)
                return result.body, result.final_url

        return asyncio.run(get())
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", file=source) from None
    if path.suffix == ".gz":
        import gzip

        data = gzip.decompress(data)
    return data, None


@command
@click.command()
@click.option("--watchlists", "watchlists_dir", type=click.Path(path_type=Path),
              help="Watchlists directory (default MONITOR_WATCHLISTS).")
def demo(watchlists_dir: Path | None) -> None:
    """Serve the recorded demo feeds on 127.0.0.1, run one full cycle on a throw-away database, and print what
    was fetched, matched, suppressed and alerted."""
    from monitor.demo import run_demo

    settings = settings_from(watchlists_dir=watchlists_dir)
    setup_logging("WARNING")
    run_demo(settings, out=click.echo)


@command
@click.command()
def health() -> None:
    """Exit 0 when the database is reachable and its schema current, 1 otherwise (for container health checks)."""
    from monitor.errors import StoreError
    from monitor.store import check_schema, make_engine

    settings = settings_from()
    engine = make_engine(settings.database_url)
    try:
        check_schema(engine)
    except StoreError as exc:
        click.echo(f"unhealthy: {exc}", err=True)
        sys.exit(1)
    finally:
        engine.dispose()
    click.echo("ok")
