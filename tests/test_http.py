"""The worker's HTTP endpoint: /healthz, /readyz (database, migrations, scheduler) and /metrics, in-process
and on a real ``monitor run``."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from monitor import health, metrics
from monitor.loopback import LoopbackServer, Response
from tests.pipeline_kit import TREATY_WATCHLIST, rss

ITEM = {"title": "Kazakhstan senate ratifies water-sharing treaty with Kyrgyzstan", "guid": "kz-1",
        "link": "https://wire.example/kz", "description": "The senate ratified the Chu-Talas treaty on Thursday."}


def get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_endpoints_answer_and_readiness_names_the_failing_check() -> None:
    state = {"database": None}

    async def database() -> str | None:
        return state["database"]

    async def broken() -> str | None:
        raise RuntimeError("cannot connect")

    async def go() -> list[tuple[int, str, str]]:
        server = await health.start("127.0.0.1", 0, health.Probes({"database": database}))
        port = server.sockets[0].getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        answers = [await asyncio.to_thread(get, base + path) for path in ("/healthz", "/readyz", "/metrics", "/x")]
        state["database"] = "schema at 0001, this release needs 0003"
        answers.append(await asyncio.to_thread(get, base + "/readyz"))
        server.close()
        failing = await health.start("127.0.0.1", 0, health.Probes({"database": broken}))
        answers.append(await asyncio.to_thread(get, f"http://127.0.0.1:{failing.sockets[0].getsockname()[1]}/readyz"))
        failing.close()
        return answers

    healthz, ready, scrape, missing, unready, raised = asyncio.run(go())
    assert healthz[0] == 200 and healthz[2] == "ok\n"
    assert ready[0] == 200 and json.loads(ready[2]) == {"ready": True, "checks": {"database": "ok"}}
    assert scrape[0] == 200 and scrape[1].startswith("text/plain; version=") and "monitor_outbox_depth" in scrape[2]
    assert missing[0] == 404
    assert unready[0] == 503 and json.loads(unready[2])["checks"]["database"].startswith("schema at 0001")
    assert raised[0] == 503 and "RuntimeError: cannot connect" in raised[2]


def test_metrics_count_outcomes_by_decision_watchlist_and_reason() -> None:
    class Decided:
        def __init__(self, decision: str, level: str, watchlists: list[str], alert_ids: tuple[int, ...]) -> None:
            self.decision, self.level, self.watchlists, self.alert_ids = decision, level, watchlists, alert_ids

    def value(text: str, series: str) -> float:
        return next((float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(series + " ")), 0)

    before = metrics.exposition().decode()
    metrics.record_outcomes([Decided("alert", "new_story", ["sanctions-xyz"], (1,)),
                             Decided("duplicate", "near_duplicate", ["sanctions-xyz"], ()),
                             Decided("no_match", "new_story", [], ())])
    after = metrics.exposition().decode()
    for series, delta in (('monitor_hits_total{watchlist="sanctions-xyz"}', 2),
                          ('monitor_alerts_total{watchlist="sanctions-xyz"}', 1),
                          ('monitor_suppressions_total{reason="near_duplicate"}', 1),
                          ('monitor_entries_total{decision="no_match"}', 1)):
        assert value(after, series) - value(before, series) == delta, series


def test_monitor_run_serves_probes_and_metrics(tmp_path: Path, server: LoopbackServer) -> None:
    server.routes["/feed"] = Response(rss([ITEM]))
    (tmp_path / "feeds.yaml").write_text(f"feeds:\n  - {{name: Loop, url: '{server.url('/feed')}'}}\n", "utf-8")
    (tmp_path / "wl").mkdir()
    (tmp_path / "wl" / "treaty.yaml").write_text(TREATY_WATCHLIST, "utf-8")
    port = free_port()
    env = {**os.environ, "MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_FEEDS": str(tmp_path / "feeds.yaml"),
           "MONITOR_WATCHLISTS": str(tmp_path / "wl"), "MONITOR_TICK_INTERVAL": "1s",
           "MONITOR_DISPATCH_INTERVAL": "1s", "MONITOR_HTTP_PORT": str(port), "MONITOR_LOG_FORMAT": "json"}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "run"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        scrape = ""
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                scrape = get(base + "/metrics")[2]
            except OSError:
                scrape = ""
            if "monitor_deliveries_total 1.0" in scrape and "monitor_outbox_depth 0.0" in scrape:
                break
            time.sleep(0.1)
        assert proc.poll() is None, proc.communicate()[1]
        assert "monitor_deliveries_total 1.0" in scrape, scrape
        assert 'monitor_feeds_polled_total{status="new"} 1.0' in scrape
        assert 'monitor_alerts_total{watchlist="treaty-ratification"} 1.0' in scrape
        assert 'monitor_stage_seconds_count{stage="dispatch"}' in scrape
        assert "monitor_outbox_depth 0.0" in scrape
        assert get(base + "/healthz")[0] == 200
        status, _, body = get(base + "/readyz")
        assert status == 200, body
        assert json.loads(body)["checks"] == {"database": "ok", "scheduler": "ok"}
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    events = [json.loads(line) for line in err.splitlines()]
    decided = [e for e in events if e.get("decision") == "alert"]
    assert decided and decided[0]["feed"] == "Loop" and decided[0]["article_id"] and decided[0]["alert_ids"]
    assert any(e.get("alert_id") or e.get("alert_ids") for e in events if e["logger"] == "monitor.notify")


def test_a_port_in_use_is_a_configuration_error_naming_the_setting() -> None:
    from monitor.errors import ConfigError

    async def go() -> None:
        first = await health.start("127.0.0.1", 0, health.Probes({}))
        port = first.sockets[0].getsockname()[1]
        try:
            with pytest.raises(ConfigError, match=rf"MONITOR_HTTP_PORT.*cannot listen on 127.0.0.1:{port}"):
                await health.start("127.0.0.1", port, health.Probes({}))
        finally:
            first.close()

    asyncio.run(go())
