"""Several replicas share the work through PostgreSQL: leases, heartbeats, take-over of a dead worker's feeds
and alerts, and one decision per story however the workers race.

The end-to-end test runs three real ``monitor run`` processes against 500 loopback feeds, kills one with
SIGKILL while it is polling feeds and sending an alert, and checks that every entry was decided once, every
alert was delivered once (counted at a loopback webhook when it acknowledges), and nothing was lost.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from monitor import leases, schedule
from monitor.article import Article, Hit
from monitor.decide import decide
from monitor.loopback import LoopbackServer, Response, drip
from monitor.models import utcnow
from monitor.notify import Dispatcher, Message
from monitor.store import make_engine, open_database, upgrade
from tests.pipeline_kit import TREATY_WATCHLIST, rss

pytestmark = pytest.mark.postgres

FEEDS = 500
ALERT_EVERY = 5  # every fifth entry matches the treaty watchlist: 100 alerts
STORY_URL = re.compile(r"https://wire\d\.example/story/\d+")
SYLLABLES = ("ka", "lo", "mi", "ra", "tu", "ve", "no", "sa", "di", "be", "gro", "pla", "wen", "tor", "fi", "mu",
             "zan", "el", "or", "ip", "quo", "sti")


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll a condition until it holds (the workers go at their own pace)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"not reached in {timeout:.0f} s: {what}")


def made_up_words(rng: random.Random, n: int) -> list[str]:
    """Words no other entry shares, so every entry is a story of its own."""
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))) for _ in range(n)]


def entry(i: int, rng: random.Random) -> dict[str, str]:
    words = made_up_words(rng, 24)
    name, place = words[0].capitalize(), words[1].capitalize()
    if i % ALERT_EVERY == 0:
        title = f"{place} parliament ratifies the {name} treaty"
        body = (f"The {place} parliament ratified the {name} treaty by {100 + i} votes. " + " ".join(words[2:]))
    else:
        title = f"{place} {words[2]} {words[3]}"
        body = " ".join(words[2:])
    return {"title": title, "guid": f"entry-{i}", "link": f"https://wire{i % 7}.example/story/{i}",
            "description": body}


@dataclass
class Receiver:
    """A loopback webhook for apprise's json://. A delivery counts when the receiver acknowledges it (200).
    Requests to ``/hold`` are kept waiting and never acknowledged: the sender is stuck mid-send."""

    delivered: Counter[str] = field(default_factory=Counter)
    held: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
                found = STORY_URL.search(body["message"])
                url = found.group(0) if found else body["title"]
                if self.path.startswith("/hold"):
                    owner.held.append(url)
                    owner.release.wait(60)
                    return  # the connection closes without an answer
                owner.delivered[url] += 1
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"json://127.0.0.1:{self.server.server_address[1]}/{path}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    try:
        yield r
    finally:
        r.close()


def scalar(engine: Engine, sql: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def start_worker(tmp: Path, name: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with (tmp / f"{name}.log").open("wb") as log:  # the child keeps its own descriptor
        return subprocess.Popen([sys.executable, "-m", "monitor", "run"], env={**os.environ, **env},
                                stdout=subprocess.DEVNULL, stderr=log)


@pytest.mark.slow
def test_three_workers_one_killed_every_entry_decided_once_every_alert_sent_once(
        tmp_path: Path, postgres_url: str, server: LoopbackServer, receiver: Receiver) -> None:
    rng = random.Random(7)
    items = [entry(i, rng) for i in range(FEEDS)]
    lines = ["feeds:"]
    for i, item in enumerate(items):
        server.routes[f"/feed/{i}"] = Response(rss([item]), headers={"Content-Type": "application/rss+xml"})
        lines.append(f"  - {{name: feed-{i:03d}, url: '{server.url(f'/feed/{i}')}'}}")
    (tmp_path / "feeds.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    (tmp_path / "wl").mkdir()
    (tmp_path / "wl" / "treaty.yaml").write_text(TREATY_WATCHLIST, "utf-8")
    engine = make_engine(postgres_url)
    try:
        run_three_workers_and_kill_one(tmp_path, postgres_url, engine, receiver, items)
    finally:
        engine.dispose()


def run_three_workers_and_kill_one(tmp_path: Path, postgres_url: str, engine: Engine, receiver: Receiver,
                                   items: list[dict[str, str]]) -> None:
    upgrade(engine)  # the one-shot `monitor db upgrade` of a deployment
    common = {"MONITOR_DATABASE_URL": postgres_url, "MONITOR_FEEDS": str(tmp_path / "feeds.yaml"),
              "MONITOR_WATCHLISTS": str(tmp_path / "wl"), "MONITOR_DATA_DIR": str(tmp_path / "data"),
              "MONITOR_TICK_INTERVAL": "1s", "MONITOR_LEASE": "6s", "MONITOR_LOG_FORMAT": "json",
              "MONITOR_HTTP_PORT": "0", "MONITOR_FEED_CONCURRENCY": "4"}
    workers = {
        "a": start_worker(tmp_path, "a", {**common, "MONITOR_DISPATCH_INTERVAL": "1s",
                                          "MONITOR_NOTIFY_URLS": receiver.url("a")}),
        "b": start_worker(tmp_path, "b", {**common, "MONITOR_DISPATCH_INTERVAL": "1s",
                                          "MONITOR_NOTIFY_URLS": receiver.url("b")}),
        # the victim sends first (a shorter dispatch interval) and its sends hang at the receiver
        "victim": start_worker(tmp_path, "victim", {**common, "MONITOR_DISPATCH_INTERVAL": "0.3s",
                                                    "MONITOR_NOTIFY_URLS": receiver.url("hold?rto=60")}),
    }
    victim = workers["victim"].pid
    held_by_victim = f"lease_owner like '%:{victim}:%'"
    try:
        def victim_busy() -> bool:
            return bool(receiver.held) and scalar(engine, f"select count(*) from feed where {held_by_victim}") > 0

        wait_for(lambda: victim_busy() or any(p.poll() is not None for p in workers.values()), 90,
                 "the victim polling feeds while stuck sending an alert")
        assert all(p.poll() is None for p in workers.values()), (tmp_path / "victim.log").read_text()[-3000:]
        workers["victim"].send_signal(signal.SIGKILL)
        workers["victim"].wait(10)
        orphaned_feeds = scalar(engine, f"select count(*) from feed where {held_by_victim}")
        orphaned_alerts = scalar(engine, f"select count(*) from alert where {held_by_victim}")
        assert orphaned_feeds > 0 and orphaned_alerts > 0, "the kill must leave leases to take over"

        def done() -> bool:
            return (scalar(engine, "select count(*) from article where origin = 'feed'") == FEEDS
                    and scalar(engine, "select count(*) from feed where last_success_at is null "
                                       "or lease_owner is not null") == 0
                    and scalar(engine, "select count(*) from alert where status <> 'sent'") == 0
                    and sum(receiver.delivered.values()) >= scalar(engine, "select count(*) from alert"))

        wait_for(done, 90, "every feed polled and every alert sent after the kill")
        for name in ("a", "b"):
            workers[name].send_signal(signal.SIGTERM)
        for name in ("a", "b"):
            assert workers[name].wait(60) == 0, (tmp_path / f"{name}.log").read_text()[-3000:]
    finally:
        for proc in workers.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)

    expected_alerts = {item["link"] for i, item in enumerate(items) if i % ALERT_EVERY == 0}
    assert scalar(engine, "select count(*) from decision d join article a on a.id = d.article_id "
                          "where a.origin = 'feed'") == FEEDS
    assert scalar(engine, "select count(distinct identity) from article where origin = 'feed'") == FEEDS
    with engine.connect() as conn:
        alerted = [row[0] for row in conn.execute(text(
            "select a.url from alert join article a on a.id = alert.article_id"))]
    assert sorted(alerted) == sorted(expected_alerts), "one alert per matching story, none twice"
    assert set(receiver.delivered) == expected_alerts, "every alert delivered"
    assert max(receiver.delivered.values()) == 1, [u for u, n in receiver.delivered.items() if n > 1]
    assert receiver.held[0] in expected_alerts  # the victim's stuck send was delivered by another worker


class Treaty:
    def match(self, article: Article) -> list[Hit]:
        return [Hit("treaty-ratification", ("ratified",), ("ratified",), routes=("default",))]


def test_copies_of_one_story_decided_at_once_by_many_workers_alert_once(postgres_url: str) -> None:
    """The novelty lock: eight threads decide copies of one story at the same moment; one alert."""
    engine = open_database(postgres_url, auto_upgrade=True)
    start = threading.Barrier(8)
    outcomes = []

    def worker(i: int) -> None:
        article = Article(url=f"https://outlet{i}.example/treaty", title="Senate ratifies the Kuril treaty",
                          text="The senate ratified the Kuril fisheries treaty by 71 votes to 20 on Thursday.",
                          source=f"Outlet {i}")
        start.wait()
        outcomes.append(decide(engine, Treaty(), article, identity=f"race:{i}", origin="feed"))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(o.decision for o in outcomes) == ["alert"] + ["duplicate"] * 7
    assert scalar(engine, "select count(*) from alert") == 1
    assert scalar(engine, "select count(distinct story_id) from article") == 1
    engine.dispose()


def test_the_same_entry_raced_by_two_workers_is_recorded_once(postgres_url: str) -> None:
    engine = open_database(postgres_url, auto_upgrade=True)
    start = threading.Barrier(4)
    outcomes = []
    article = Article(url="https://wire.example/a", title="Senate ratifies treaty",
                      text="The senate ratified the treaty.", source="Wire")

    def worker() -> None:
        start.wait()
        outcomes.append(decide(engine, Treaty(), article, identity="feed:1:same", origin="feed"))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(o.decision for o in outcomes) == ["alert", "seen", "seen", "seen"]
    for table in ("article", "decision", "alert", "hit"):
        assert scalar(engine, f"select count(*) from {table}") == 1, table
    engine.dispose()


def test_a_dead_dispatchers_alerts_are_taken_over_when_its_lease_runs_out(postgres_url: str) -> None:
    engine = open_database(postgres_url, auto_upgrade=True)
    article = Article(url="https://wire.example/b", title="Senate ratifies treaty", text="The senate ratified it.")
    decide(engine, Treaty(), article, identity="feed:1:b", origin="feed")
    sent: list[tuple[str, str]] = []

    def sender(name: str) -> Callable[[str, Message], None]:
        return lambda route, message: sent.append((name, message.title))

    dead = Dispatcher(engine, sender("dead"), owner="dead", lease=timedelta(seconds=30))
    alive = Dispatcher(engine, sender("alive"), owner="alive", lease=timedelta(seconds=30))
    now = utcnow()
    assert len(dead.claim(now)) == 1  # ...and the process dies before sending
    assert alive.dispatch_once(now + timedelta(seconds=10)).sent == 0  # the lease still holds
    assert leases.renew(engine, "dead", timedelta(seconds=30)).alerts == 1  # a heartbeat (were it alive)
    assert alive.dispatch_once(now + timedelta(seconds=29)).sent == 0
    assert alive.dispatch_once(now + timedelta(minutes=2)).sent == 1  # expired: taken over
    assert [who for who, _ in sent] == ["alive"]
    assert leases.release(engine, "dead").alerts == 0  # nothing left to give back: the lease moved on
    engine.dispose()


def test_a_worker_keeps_a_slow_feed_past_its_lease_by_renewing_it(tmp_path: Path, server: LoopbackServer) -> None:
    """The heartbeat: a 2 s lease, a feed that takes about 5 s to download; nobody else may claim it meanwhile."""
    server.routes["/slow"] = drip(interval=0.05, size=100)
    (tmp_path / "feeds.yaml").write_text(f"feeds:\n  - {{name: Slow, url: '{server.url('/slow')}'}}\n", "utf-8")
    (tmp_path / "wl").mkdir()
    (tmp_path / "wl" / "treaty.yaml").write_text(TREATY_WATCHLIST, "utf-8")
    db = tmp_path / "data" / "monitor.db"
    env = {"MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_FEEDS": str(tmp_path / "feeds.yaml"),
           "MONITOR_WATCHLISTS": str(tmp_path / "wl"), "MONITOR_TICK_INTERVAL": "1s", "MONITOR_LEASE": "2s",
           "MONITOR_HTTP_PORT": "0"}
    worker = start_worker(tmp_path, "worker", env)
    try:
        wait_for(lambda: (db.exists() and server.requests != []) or worker.poll() is not None, 60, "the first poll")
        engine = make_engine(f"sqlite:///{db}")
        started, stolen = time.monotonic(), []
        while (worker.poll() is None and time.monotonic() - started < 60
               and scalar(engine, "select count(*) from feed where last_polled_at is null")):
            stolen += schedule.claim_due_feeds(engine, "intruder", lease=timedelta(seconds=2))
            time.sleep(0.2)
        held_for = time.monotonic() - started
        engine.dispose()
        assert worker.poll() is None, (tmp_path / "worker.log").read_text()[-2000:]
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(60)
    assert stolen == [], "the lease ran out while the worker was still on the feed"
    assert held_for > 4, f"the feed took {held_for:.1f} s, not longer than two leases: the test proves nothing"


def test_a_clean_stop_gives_back_its_leases_so_the_work_is_due_at_once(tmp_path: Path) -> None:
    from monitor.config import FeedConfig

    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    schedule.sync_feeds(engine, [FeedConfig(name=f"f{i}", url=f"http://127.0.0.1/{i}") for i in range(3)])
    assert len(schedule.claim_due_feeds(engine, "leaving")) == 3
    assert schedule.claim_due_feeds(engine, "other") == []
    assert leases.release(engine, "leaving").feeds == 3
    assert len(schedule.claim_due_feeds(engine, "other")) == 3
    assert leases.renew(engine, "leaving", timedelta(minutes=5)).feeds == 0  # nothing of theirs to renew
    engine.dispose()
