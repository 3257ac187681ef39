"""The worker's Prometheus metrics (served at /metrics by monitor.health).

Counters are per process; Prometheus sums them over replicas. The outbox depth is read from the database
at scrape time, so every replica reports the same shared figure (use ``max`` over replicas, not ``sum``).

    monitor_feeds_polled_total{status}          new, unchanged, not_modified, error
    monitor_fetch_errors_total{kind}            timeout, status, too_large, parse, ... (FetchError.kind)
    monitor_entries_total{decision}             new entries decided: alert, duplicate, no_match, seen
    monitor_hits_total{watchlist}               articles a watchlist matched
    monitor_alerts_total{watchlist}             alerts enqueued, by the watchlists they name
    monitor_suppressions_total{reason}          matched but already known: canonical_url, content_hash, ...
    monitor_deliveries_total                    alerts sent
    monitor_delivery_failures_total             alerts whose send failed (retried later)
    monitor_stage_seconds{stage}                fetch, parse, extract, decide, dispatch
    monitor_outbox_depth                        alerts pending in the outbox (all replicas)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics, generate_latest

disable_created_metrics()  # the *_created series only double the output; restarts show in process metrics
REGISTRY = CollectorRegistry(auto_describe=True)

FEEDS_POLLED = Counter("monitor_feeds_polled", "Feeds polled, by outcome.", ["status"], registry=REGISTRY)
FETCH_ERRORS = Counter("monitor_fetch_errors", "Failed feed polls, by kind of error.", ["kind"], registry=REGISTRY)
ENTRIES = Counter("monitor_entries", "New feed entries decided, by decision.", ["decision"], registry=REGISTRY)
HITS = Counter("monitor_hits", "Articles a watchlist matched.", ["watchlist"], registry=REGISTRY)
ALERTS = Counter("monitor_alerts", "Alerts enqueued, by watchlist.", ["watchlist"], registry=REGISTRY)
SUPPRESSIONS = Counter("monitor_suppressions", "Matched articles not alerted because already known, by reason.",
                       ["reason"], registry=REGISTRY)
DELIVERIES = Counter("monitor_deliveries", "Alerts sent.", registry=REGISTRY)
DELIVERY_FAILURES = Counter("monitor_delivery_failures", "Alerts whose send failed (retried later).",
                            registry=REGISTRY)
STAGE_SECONDS = Histogram("monitor_stage_seconds", "Time spent in each stage of the pipeline.", ["stage"],
                          buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
                          registry=REGISTRY)
OUTBOX_DEPTH = Gauge("monitor_outbox_depth", "Alerts pending in the outbox (shared by every replica).",
                     registry=REGISTRY)


def observe_stage(stage: str, seconds: float) -> None:
    """Record that one pass through ``stage`` took ``seconds``."""
    STAGE_SECONDS.labels(stage).observe(seconds)


class Decided(Protocol):
    """What ``record_outcomes`` needs of an outcome (monitor.decide.Outcome provides it)."""

    @property
    def decision(self) -> str: ...
    @property
    def level(self) -> str | None: ...
    @property
    def watchlists(self) -> list[str]: ...
    @property
    def alert_ids(self) -> tuple[int, ...]: ...


def record_outcomes(outcomes: Iterable[Decided]) -> None:
    """Count decided entries, hits, alerts and suppressions."""
    for outcome in outcomes:
        ENTRIES.labels(outcome.decision).inc()
        for name in outcome.watchlists:
            HITS.labels(name).inc()
            if outcome.decision == "alert" and outcome.alert_ids:
                ALERTS.labels(name).inc()
        if outcome.decision == "duplicate":
            SUPPRESSIONS.labels(outcome.level or "unknown").inc()


def exposition() -> bytes:
    """The Prometheus text format of every metric."""
    return generate_latest(REGISTRY)
