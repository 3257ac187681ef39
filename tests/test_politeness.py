"""next_poll_delay and friends: a table of feeds and the delay each should get."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from monitor.politeness import (
    BACKOFF_CAP,
    DAY,
    DISABLE_AFTER_ERRORS,
    HINT_CAP,
    entries_per_day,
    next_poll_delay,
    should_disable,
)

MIN, MAX = 300.0, 3600.0  # 5 minutes .. 1 hour
QUIET = {"error_count": 0, "retry_after": None, "max_age": None, "ttl_minutes": None}


def delay(**kwargs: object) -> float:
    args: dict[str, object] = {"interval_min": MIN, "interval_max": MAX, "configured": None,
                               "entries_per_day": None, "rng": random.Random(7), **QUIET,
                               **kwargs}  # fmt: skip
    return next_poll_delay(**args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("entries_per_day", "expected"),
    [
        (None, MIN),  # unknown: poll often to learn
        (0.0, MAX),  # silent
        (1.0, MAX),  # daily: one poll per hour is plenty
        (48.0, 1800.0),  # every half hour
        (1000.0, MIN),  # a wire service: the floor
    ],
)
def test_interval_follows_publishing_frequency(entries_per_day: float | None, expected: float) -> None:
    assert delay(entries_per_day=entries_per_day) == expected


def test_configured_interval_replaces_the_adaptive_one_but_not_below_the_minimum() -> None:
    assert delay(configured=7200.0, entries_per_day=1000.0) == 7200.0
    assert delay(configured=10.0) == MIN


@pytest.mark.parametrize(
    ("hints", "expected"),
    [
        ({"retry_after": 1200.0}, 1200.0),
        ({"retry_after": 60.0}, MIN),  # hints never shorten the interval
        ({"max_age": 900.0}, 900.0),
        ({"ttl_minutes": 30}, 1800.0),
        ({"ttl_minutes": 30, "max_age": 2400.0, "retry_after": 600.0}, 2400.0),  # the longest wins
        ({"retry_after": 365 * DAY}, HINT_CAP),  # but a server cannot park us for a year
        ({"ttl_minutes": 60 * 24 * 30}, HINT_CAP),
    ],
)
def test_server_hints_stretch_the_interval(hints: dict[str, float], expected: float) -> None:
    assert delay(**hints) == expected


def test_failing_feed_backs_off_exponentially_with_jitter() -> None:
    base = delay(entries_per_day=48.0)
    previous = base
    for errors in range(1, 6):
        rngs = [random.Random(seed) for seed in range(20)]
        delays = [delay(entries_per_day=48.0, error_count=errors, rng=rng) for rng in rngs]
        ceiling = min(base * 2**errors, BACKOFF_CAP)
        assert all(max(base, ceiling / 2) <= d <= ceiling for d in delays)
        assert len(set(delays)) > 10  # jittered: feeds on one broken host spread out
        assert min(delays) >= previous / 2
        previous = max(delays)
    assert delay(error_count=50) <= BACKOFF_CAP


def test_retry_after_still_counts_for_a_failing_feed() -> None:
    assert delay(error_count=1, retry_after=3 * 3600.0) == 3 * 3600.0


def test_should_disable_after_the_documented_limit() -> None:
    assert not should_disable(0) and not should_disable(DISABLE_AFTER_ERRORS - 1)
    assert should_disable(DISABLE_AFTER_ERRORS) and should_disable(DISABLE_AFTER_ERRORS + 5)


def test_entries_per_day_from_entry_dates() -> None:
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    hourly = [now - timedelta(hours=h) for h in range(1, 25)]
    assert entries_per_day(hourly, now=now) == pytest.approx(24.0)
    sparse = [now - timedelta(days=90), now - timedelta(days=60)]
    assert entries_per_day(sparse, now=now) == pytest.approx(2 / 90)
    assert entries_per_day([now - timedelta(hours=1), None], now=now) is None  # one date tells nothing
    assert entries_per_day([now + timedelta(days=1), now + timedelta(days=2)], now=now) is None  # future
    assert entries_per_day([], now=now) is None
