"""The schedule on a real SQLite file: what a finished poll leaves on its feed row (next poll, backoff,
disabling), batched writes under the lease, claims per cycle, and feeds.yaml syncing around disabled feeds."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from monitor import schedule
from monitor.cli import main
from monitor.config import FeedConfig, Settings
from monitor.errors import ConfigError
from monitor.models import Feed
from monitor.politeness import DISABLE_AFTER_ERRORS
from monitor.store import open_database, transaction

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
POLICY = schedule.Policy(interval_min=300.0, interval_max=3600.0, initial=900.0)
OK = {"etag": '"v1"', "last_modified": None, "body_hash": "h"}


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return open_database(f"sqlite:///{tmp_path / 'm.db'}")


def seconds_until(values: schedule.PollValues) -> float:
    return float((values["next_poll_at"] - NOW).total_seconds())


def test_a_new_feed_is_polled_at_the_initial_interval_then_by_its_publishing_rate() -> None:
    feed = Feed(id=1, name="f", url="http://x.org/")
    assert seconds_until(schedule.success(feed, POLICY, now=NOW, **OK)) == 900.0
    # 24 entries over the last 12 hours: 48 a day, about one every half hour
    stats = schedule.Stats.of([NOW - timedelta(hours=12)] + [NOW - timedelta(minutes=m) for m in range(23)], now=NOW)
    values = schedule.success(feed, POLICY, now=NOW, stats=stats, **OK)
    assert values["entries_per_day"] == pytest.approx(48.0)
    assert seconds_until(values) == pytest.approx(1800.0)
    # a poll that skipped the parse keeps the statistics and recomputes the rate: a month of silence later
    # the feed is polled at the maximum interval
    feed.dated_entries, feed.oldest_entry_at = values["dated_entries"], values["oldest_entry_at"]
    later = schedule.success(feed, POLICY, now=NOW + timedelta(days=30), **OK)
    assert later["entries_per_day"] < 1 and (later["next_poll_at"] - NOW - timedelta(days=30)).total_seconds() == 3600


def test_statistics_from_new_entries_alone_add_up_within_a_window() -> None:
    feed = Feed(id=1, name="f", url="http://x.org/", dated_entries=10, oldest_entry_at=NOW - timedelta(days=5))
    added = schedule.Stats.added(feed, [NOW - timedelta(hours=1), None], now=NOW)
    assert added == schedule.Stats(11, NOW - timedelta(days=5))
    old = Feed(id=2, name="g", url="http://x.org/", dated_entries=60, oldest_entry_at=NOW - timedelta(days=60))
    assert schedule.Stats.added(old, [NOW], now=NOW) == schedule.Stats(30, NOW - schedule.STATS_WINDOW)


def test_server_hints_stretch_the_interval_and_a_fixed_interval_replaces_the_adaptive_one() -> None:
    feed = Feed(id=1, name="f", url="http://x.org/")
    assert seconds_until(schedule.success(feed, POLICY, now=NOW, max_age=7200.0, **OK)) == 7200.0
    assert seconds_until(schedule.success(feed, POLICY, now=NOW, ttl_minutes=180, stats=schedule.Stats(0, None),
                                          **OK)) == 3 * 3600
    assert seconds_until(schedule.success(feed, POLICY, now=NOW, max_age=60.0, **OK)) == 900.0  # never shorter
    fixed = Feed(id=2, name="g", url="http://x.org/", interval=120.0)
    assert seconds_until(schedule.success(fixed, POLICY, now=NOW, **OK)) == 300.0  # not below the minimum


def test_failures_back_off_honour_retry_after_and_disable_with_the_reason() -> None:
    feed = Feed(id=1, name="f", url="http://x.org/")
    delays = []
    for _ in range(DISABLE_AFTER_ERRORS):
        values = schedule.failure(feed, POLICY, now=NOW, kind="status", message="fetch x: status: HTTP 500")
        delays.append(seconds_until(values))
        feed.error_count = values["error_count"]
        if feed.error_count < DISABLE_AFTER_ERRORS:
            assert "enabled" not in values
    assert delays[0] >= 900.0 and delays[4] > 4 * 900.0 and max(delays) <= 86400.0
    assert values["enabled"] is False
    reason = f"failing: {DISABLE_AFTER_ERRORS} failures in a row; last: fetch x: status: HTTP 500"
    assert values["disabled_reason"] == reason
    busy = schedule.failure(Feed(id=2, name="g", url="http://x.org/"), POLICY, now=NOW, kind="status",
                            message="429", retry_after=5400.0)
    assert seconds_until(busy) == 5400.0


def add_feeds(engine: Engine, *names: str, **values: object) -> list[Feed]:
    with transaction(engine) as session:
        rows = [Feed(name=name, url=f"http://x.org/{name}", **values) for name in names]  # type: ignore[arg-type]
        session.add_all(rows)
    return rows


def test_polls_are_written_in_one_batch_only_while_the_lease_is_held(engine: Engine) -> None:
    add_feeds(engine, "a", "b", "c")
    mine = schedule.claim_due_feeds(engine, "me", limit=2)
    theirs = schedule.claim_due_feeds(engine, "them", limit=5)
    assert [f.name for f in mine] == ["a", "b"] and [f.name for f in theirs] == ["c"]
    polls = [(mine[0].id, schedule.success(mine[0], POLICY, now=NOW, **OK)),
             (mine[1].id, schedule.failure(mine[1], POLICY, now=NOW, kind="timeout", message="slow"))]
    polls.append((theirs[0].id, schedule.success(theirs[0], POLICY, now=NOW, **OK)))  # not my lease
    schedule.write_polls(engine, "me", polls)  # type: ignore[arg-type]
    with Session(engine) as session:
        rows = {f.name: f for f in session.exec(select(Feed))}
    assert rows["a"].etag == '"v1"' and rows["a"].lease_owner is None and rows["a"].error_count == 0
    assert rows["b"].last_error == "slow" and rows["b"].error_count == 1
    assert rows["c"].etag is None and rows["c"].lease_owner == "them"


def test_a_cycle_claims_each_feed_once(engine: Engine) -> None:
    add_feeds(engine, "a", "b")
    start = datetime.now(UTC)
    (a,) = schedule.claim_due_feeds(engine, "me", due_by=start, limit=1)
    schedule.write_polls(engine, "me", [(a.id, {**schedule.success(a, POLICY, now=start, **OK),  # type: ignore[list-item]
                                                "next_poll_at": start})])  # due again right away
    names = [f.name for f in schedule.claim_due_feeds(engine, "me", due_by=start - timedelta(seconds=1), limit=5)]
    assert names == ["b"]


def test_a_feed_disabled_after_failures_stays_disabled_until_enabled_or_its_url_changes(engine: Engine) -> None:
    config = [FeedConfig(name="a", url="http://x.org/a")]
    schedule.sync_feeds(engine, config)
    with transaction(engine) as session:
        row = session.exec(select(Feed)).one()
        row.enabled, row.disabled_reason, row.error_count = False, "failing: 10 failures in a row; last: boom", 10
        session.add(row)
    assert schedule.sync_feeds(engine, config) == []  # a restart does not revive it
    enabled = schedule.enable(engine, "a")
    assert enabled is not None and enabled.enabled and enabled.error_count == 0 and enabled.disabled_reason is None
    assert [f.name for f in schedule.claim_due_feeds(engine, "me")] == ["a"]
    with transaction(engine) as session:
        row = session.exec(select(Feed)).one()
        row.enabled, row.disabled_reason, row.lease_owner = False, "failing: 10 failures in a row; last: boom", None
        session.add(row)
    (moved,) = schedule.sync_feeds(engine, [FeedConfig(name="a", url="http://x.org/new")])
    assert moved.enabled and moved.disabled_reason is None


def test_poll_bounds_are_validated() -> None:
    with pytest.raises(ConfigError, match="MONITOR_POLL_MIN"):
        Settings.from_env({"MONITOR_POLL_MIN": "2h", "MONITOR_POLL_MAX": "1h"})
    settings = Settings.from_env({"MONITOR_POLL_MIN": "1m", "MONITOR_POLL_MAX": "1d", "MONITOR_HOST_CONCURRENCY": "3"})
    assert schedule.Policy.from_settings(settings) == schedule.Policy(60.0, 86400.0, 900.0)
    assert settings.host_concurrency == 3


def test_monitor_feeds_shows_state_errors_and_next_poll(engine: Engine, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    add_feeds(engine, "Wire", last_success_at=now - timedelta(minutes=3), next_poll_at=now + timedelta(minutes=30),
              entries_per_day=48.0)
    add_feeds(engine, "Broken", enabled=False, error_count=10, last_error="fetch http://x.org/Broken: status: HTTP 500",
              disabled_reason="failing: 10 failures in a row; last: fetch http://x.org/Broken: status: HTTP 500")
    db = f"sqlite:///{tmp_path / 'm.db'}"
    runner = CliRunner()
    table = runner.invoke(main, ["feeds", "--db", db])
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    assert lines[0].split()[:3] == ["feed", "state", "last"]
    wire = next(line for line in lines if line.startswith("Wire"))
    assert "enabled" in wire and "3m ago" in wire and "in 29m" in wire and "48.0" in wire
    broken = next(line for line in lines if line.startswith("Broken"))
    assert "disabled: failing: 10 failures" in broken and "never" in broken and " 10 " in broken
    output = runner.invoke(main, ["feeds", "--json", "--db", db]).output
    rows = {r["name"]: r for r in map(json.loads, output.splitlines())}
    assert rows["Broken"]["enabled"] is False and rows["Broken"]["error_count"] == 10
    assert rows["Broken"]["last_error"].endswith("HTTP 500") and rows["Wire"]["entries_per_day"] == 48.0
    enabled = runner.invoke(main, ["feeds", "enable", "Broken", "--db", db])
    assert enabled.exit_code == 0 and "enabled" in enabled.output
    missing = runner.invoke(main, ["feeds", "enable", "Nope", "--db", db])
    assert missing.exit_code == 2 and "no feed named 'Nope'" in missing.output
