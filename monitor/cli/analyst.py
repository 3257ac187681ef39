"""Analyst commands over stored articles: backtest, explain."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

import click

from monitor.backtest import ArticleExplanation, BacktestReport, backtest, count_stored, explain
from monitor.cli.service import settings_from
from monitor.config import parse_duration
from monitor.decide import reference
from monitor.errors import ConfigError
from monitor.match import Matcher
from monitor.models import utcnow
from monitor.store import open_database
from monitor.watchlist import load_watchlists

COMMANDS: list[click.Command] = []


@click.command("backtest")
@click.argument("watchlist", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--since", help="Only articles stored in this period, e.g. 7d or 12h (default: all).")
@click.option("--db", "db_url", help="SQLAlchemy URL (default MONITOR_DATABASE_URL or the SQLite file).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option("--limit", default=20, show_default=True, help="Articles listed per section in the text report.")
def backtest_command(watchlist: Path, since: str | None, db_url: str | None, as_json: bool, limit: int) -> None:
    """Run a watchlist (edited or new) over stored articles: what would alert that did not, and what alerted
    that would not. Articles novelty judged known are counted but never alert. Nothing is written."""
    try:
        start = utcnow() - timedelta(seconds=parse_duration(since)) if since else None
    except ValueError as exc:
        raise ConfigError(str(exc), key="--since") from None
    settings = settings_from(db_url)
    engine = open_database(settings.database_url)
    total = count_stored(engine, start)
    if as_json or total < 200:
        report = backtest(engine, watchlist, watchlists_dir=settings.watchlists_dir, since=start)
    else:
        with click.progressbar(length=total, label=f"backtest {watchlist.name}", file=sys.stderr,
                               show_pos=True) as bar:
            report = backtest(engine, watchlist, watchlists_dir=settings.watchlists_dir, since=start,
                              progress=bar.update)
    if as_json:
        click.echo(json.dumps(asdict(report), ensure_ascii=False))
    else:
        _print_backtest(report, limit)


def _print_backtest(report: BacktestReport, limit: int) -> None:
    click.echo(f"{report.watchlist}: {report.articles} stored articles, {report.matched} matched now; "
               f"{len(report.would_alert)} would alert that did not, {len(report.would_stop)} alerted that would "
               f"not, {report.still_alert} still alert, {report.matched_known} new matches on known stories")
    for title, changes in (("Would alert now", report.would_alert), ("Would no longer alert", report.would_stop)):
        if changes:
            click.echo(f"\n{title}:")
        for change in changes[:limit]:
            terms = f"  [{', '.join(change.terms)}]" if change.terms else ""
            click.echo(f"  #{change.article_id} {change.title}{terms}\n      {change.url}")
            for snippet in change.snippets[:1]:
                click.echo(f"      {snippet}")
        if len(changes) > limit:
            click.echo(f"  ... and {len(changes) - limit} more (--limit, or --json for all)")


@click.command("explain")
@click.argument("ref", metavar="URL_OR_ID")
@click.option("--db", "db_url", help="SQLAlchemy URL (default MONITOR_DATABASE_URL or the SQLite file).")
@click.option("--watchlists", "watchlists_dir", type=click.Path(path_type=Path),
              help="Watchlists to explain against (default MONITOR_WATCHLISTS).")
def explain_command(ref: str, db_url: str | None, watchlists_dir: Path | None) -> None:
    """Why a stored article (by id, URL or seed file name) was decided as it was: the decision and its reason,
    the article it was judged a duplicate of, and for every watchlist which terms held, with snippets."""
    settings = settings_from(db_url, watchlists_dir=watchlists_dir)
    engine = open_database(settings.database_url)
    result = explain(engine, ref, Matcher(load_watchlists(settings.watchlists_dir)))
    _print_explanation(result)


def _print_explanation(e: ArticleExplanation) -> None:
    a = e.article
    click.echo(f"#{a.id} {a.title}\n  {a.url}\n  source {a.source or '-'}, {a.origin}, "
               f"published {a.published_at.isoformat() if a.published_at else 'unknown'}, story #{a.story_id}")
    d = e.decision
    if d is not None:
        line = f"\nDecision: {d.decision} ({d.reason}; novelty: {d.level}"
        line += f", similarity {d.similarity})" if d.similarity is not None else ")"
        click.echo(line)
        if e.duplicate_of is not None:
            dup = e.duplicate_of
            click.echo(f"  judged against #{dup.id} {dup.title}\n  {reference(dup)}")
        if d.new_facts:
            click.echo(f"  new facts: {', '.join(d.new_facts)}")
    if e.stored_hits:
        click.echo("\nHits recorded at decision time:")
        for hit in e.stored_hits:
            click.echo(f"  {hit.watchlist}: {', '.join(hit.terms)} (score {hit.score:g})")
            for snippet in hit.snippets[:3]:
                click.echo(f"      {snippet}")
    click.echo("\nThe watchlists as they are now:")
    for explanation in e.watchlists:
        click.echo("  " + explanation.render().replace("\n", "\n  "))


COMMANDS.extend([backtest_command, explain_command])
