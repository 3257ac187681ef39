"""kill -9 a dispatcher in the middle of its run: every alert still arrives, and at most the one message
whose send had completed before the crash, but was not yet marked sent, arrives twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from monitor.models import utcnow
from monitor.notify import LEASE, Dispatcher, apprise_sender
from monitor.routes import Route
from monitor.store import open_database
from tests.conftest import REPO
from tests.notify_kit import add_alerts, rows
from tests.receivers import WebhookReceiver

ALERTS = 30
WORKER = """
import sys
from monitor.notify import Dispatcher, apprise_sender
from monitor.routes import Route
from monitor.store import open_database

engine = open_database(sys.argv[1])
route = Route("default", (sys.argv[2],))
dispatcher = Dispatcher(engine, apprise_sender({"default": route}), owner="doomed", routes={"default": route})
while dispatcher.dispatch_once().sent:
    pass
"""


def wait_for(condition: object, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.005)


@pytest.mark.parametrize("kill_after", [1, 13])
def test_sigkill_mid_run_loses_no_alert_and_duplicates_at_most_one(tmp_path: Path, kill_after: int) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    engine = open_database(url)
    add_alerts(engine, ALERTS)
    with WebhookReceiver() as hook:
        hook.pace = 0.02  # a send takes a moment, so the kill lands mid-run
        hook_url = f"json://127.0.0.1:{hook.port}/hook"
        worker = subprocess.Popen([sys.executable, "-c", WORKER, url, hook_url], cwd=REPO,
                                  env={**os.environ, "PYTHONPATH": str(REPO)})
        try:
            wait_for(lambda: len(hook.posts) >= kill_after or worker.poll() is not None)
            os.kill(worker.pid, signal.SIGKILL)
        finally:
            worker.wait(timeout=30)
        assert worker.returncode == -signal.SIGKILL
        orphaned = [a for a in rows(engine) if a.status == "pending"]
        assert orphaned and all(a.lease_owner == "doomed" for a in orphaned)  # it died holding them
        hook.pace = 0
        route = Route("default", (hook_url,))
        survivor = Dispatcher(engine, apprise_sender({"default": route}), owner="survivor", routes={"default": route})
        assert survivor.dispatch_once().sent == 0  # their lease has not run out yet
        later = utcnow() + LEASE + timedelta(seconds=1)
        while survivor.dispatch_once(now=later).sent:
            pass
    titles = Counter(p["title"].split("] ", 1)[1] for p in hook.posts)
    assert set(titles) == {f"Headline number {i}" for i in range(ALERTS)}  # nothing lost
    assert sum(n - 1 for n in titles.values()) <= 1  # at most the one in flight twice
    assert [a.status for a in rows(engine)] == ["sent"] * ALERTS
