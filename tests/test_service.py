"""``monitor run`` as a real process: it polls, alerts to the console, and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from monitor.loopback import LoopbackServer, Response
from tests.pipeline_kit import TREATY_WATCHLIST, rss

ITEM = {"title": "Kazakhstan senate ratifies water-sharing treaty with Kyrgyzstan", "guid": "kz-1",
        "link": "https://wire.example/kz", "description": "The senate ratified the Chu-Talas treaty on Thursday."}


def wait_for(condition: object, timeout: float = 60.0) -> None:
    """Poll a condition until it holds: the process works at its own pace."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError("condition not reached in time")


def polled(db: Path) -> bool:
    if not db.exists():
        return False
    try:
        with sqlite3.connect(db) as conn:
            return bool(conn.execute("select count(*) from alert where status = 'sent'").fetchone()[0])
    except sqlite3.OperationalError:
        return False


def test_run_polls_alerts_and_stops_on_sigterm(tmp_path: Path, server: LoopbackServer) -> None:
    server.routes["/feed"] = Response(rss([ITEM]))
    (tmp_path / "feeds.yaml").write_text(f"feeds:\n  - {{name: Loop, url: '{server.url('/feed')}'}}\n", "utf-8")
    (tmp_path / "wl").mkdir()
    (tmp_path / "wl" / "treaty.yaml").write_text(TREATY_WATCHLIST, "utf-8")
    env = {**os.environ, "MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_FEEDS": str(tmp_path / "feeds.yaml"),
           "MONITOR_WATCHLISTS": str(tmp_path / "wl"), "MONITOR_TICK_INTERVAL": "1s",
           "MONITOR_DISPATCH_INTERVAL": "1s", "MONITOR_NOTIFY_URLS": ""}
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "run"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: polled(tmp_path / "data" / "monitor.db") or proc.poll() is not None)
        assert proc.poll() is None, proc.communicate()[1]
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "=== ALERT (default) [treaty-ratification] Kazakhstan senate ratifies" in out
    assert "stopped" in err


def test_running_service_reloads_edited_added_and_removed_watchlists(tmp_path: Path,
                                                                     caplog: object) -> None:
    import asyncio
    import logging

    from monitor.article import Article
    from tests.pipeline_kit import Harness

    harness = Harness(tmp_path)
    service = harness.service([])
    article = Article(url="https://x.example/1", title="Volcano erupts", text="Ash over the island of Stromboli.")
    assert service.registry.matcher.match(article) == []
    wl = tmp_path / "watchlists"
    (wl / "volcano.yaml").write_text("name: volcano\nquery: {any: [volcano, eruption]}\n", "utf-8")
    asyncio.run(service.reload())
    assert [h.watchlist for h in service.registry.matcher.match(article)] == ["volcano"]
    (wl / "volcano.yaml").write_text("name: volcano\nquery: {any: [volcano, [broken\n", "utf-8")  # invalid edit
    with caplog.at_level(logging.ERROR):  # type: ignore[attr-defined]
        asyncio.run(service.reload())
    assert [h.watchlist for h in service.registry.matcher.match(article)] == ["volcano"]  # last good kept
    assert "volcano.yaml:3:1: invalid YAML" in caplog.text  # type: ignore[attr-defined]
    (wl / "volcano.yaml").unlink()
    asyncio.run(service.reload())
    assert service.registry.matcher.match(article) == []
    asyncio.run(service.close())
