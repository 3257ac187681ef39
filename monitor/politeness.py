"""When to poll a feed next: pure functions, no clock and no I/O (the caller adds the delay to "now").

The interval adapts to how often the feed publishes (about one new entry per poll), bounded by the
configured minimum and maximum. The publisher's own hints then stretch it, never shorten it: a 429/503
Retry-After, Cache-Control max-age, RSS <ttl>. A failing feed backs off exponentially with jitter, so a
thousand feeds on one broken host do not all retry in the same second, and after ``DISABLE_AFTER_ERRORS``
consecutive failures it is disabled (the caller keeps the last error as the reason).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import datetime

DAY = 86_400.0
DISABLE_AFTER_ERRORS = 10  # consecutive failures; with the backoff below that is days of retrying
BACKOFF_CAP = DAY  # a failing feed is still tried at least once a day until disabled
HINT_CAP = 7 * DAY  # a server cannot park a feed for longer than a week with Retry-After or max-age


def next_poll_delay(
    *,
    interval_min: float,
    interval_max: float,
    configured: float | None,
    error_count: int,
    retry_after: float | None,
    max_age: float | None,
    ttl_minutes: int | None,
    entries_per_day: float | None,
    initial: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Seconds until the next poll of one feed.

    ``configured`` is the feed's own interval from feeds.yaml: it replaces the adaptive one but is not
    allowed below ``interval_min``. ``initial`` is the interval while the frequency is unknown (default: the
    minimum). ``rng`` makes the backoff jitter reproducible in tests.
    """
    if configured is not None:
        delay = max(configured, interval_min)
    else:
        delay = adaptive_interval(interval_min, interval_max, entries_per_day, initial=initial)
    if error_count > 0:
        delay = backoff(delay, error_count, rng or random.Random())
    hints = [h for h in (retry_after, max_age, ttl_minutes * 60.0 if ttl_minutes else None) if h]
    if hints:
        delay = max(delay, min(max(hints), max(HINT_CAP, interval_max)))
    return delay


def adaptive_interval(interval_min: float, interval_max: float, entries_per_day: float | None, *,
                      initial: float | None = None) -> float:
    """About one new entry per poll, within [min, max]. Unknown frequency: ``initial`` (default the minimum)
    to learn it; a feed that published nothing lately: the maximum."""
    if entries_per_day is None:
        return interval_min if initial is None else min(max(initial, interval_min), interval_max)
    if entries_per_day <= 0:
        return interval_max
    return min(max(DAY / entries_per_day, interval_min), interval_max)


def backoff(base: float, error_count: int, rng: random.Random) -> float:
    """``base`` doubled per consecutive failure, capped, with "equal jitter" (between half and all of it)."""
    ceiling = max(base, min(base * 2.0 ** min(error_count, 30), BACKOFF_CAP))
    return max(base, ceiling / 2 + rng.uniform(0, ceiling / 2))


def should_disable(error_count: int) -> bool:
    """True after ``DISABLE_AFTER_ERRORS`` consecutive failures; re-enabling is the operator's call."""
    return error_count >= DISABLE_AFTER_ERRORS


def entries_per_day(published: Iterable[datetime | None], *, now: datetime) -> float | None:
    """Publishing frequency from the entries' dates (as a feed shows its latest few); None when unknown.

    The window runs from the oldest dated entry to ``now``, so a feed whose last entry is months old
    reads as nearly silent.
    """
    dates = sorted(d for d in published if d is not None and d <= now)
    return publishing_rate(len(dates), dates[0] if dates else None, now=now)


def publishing_rate(dated_entries: int, oldest: datetime | None, *, now: datetime) -> float | None:
    """``dated_entries`` published since ``oldest``, per day up to ``now``; None when unknown. The feed row
    keeps the two numbers, so the rate can be recomputed at every poll, even one that parses nothing."""
    if dated_entries < 2 or oldest is None:
        return None
    days = (now - oldest).total_seconds() / DAY
    return dated_entries / days if days > 0 else None
