"""Throughput of one, two and three ``monitor run`` workers sharing one PostgreSQL database.

    .venv/bin/python benchmarks/bench_workers.py [--feeds 300] [--entries 3] [--workers 1,2,3] [--latency 0]

Each run gets a fresh database and the same loopback feeds (every entry a story of its own, one in five
matching a watchlist). The workers are started and left to settle with nothing due; then every feed is made
due at once and the clock runs until every feed has been polled. Printed: feeds/s and entries/s per run, and
the ratio to one worker (measured in the same invocation). ``--latency`` makes the feed server answer after
that many seconds, like a distant publisher. Needs the PostgreSQL of the tests (MONITOR_TEST_POSTGRES, default
postgresql+psycopg://postgres@127.0.0.1:5432/test).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable
from datetime import timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from sqlalchemy import text, update
from sqlalchemy.engine import Engine

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor import schedule  # noqa: E402
from monitor.config import load_feeds  # noqa: E402
from monitor.loopback import LoopbackServer, Response  # noqa: E402
from monitor.models import Feed, utcnow  # noqa: E402
from monitor.store import make_engine, transaction, upgrade  # noqa: E402
from tests.pipeline_kit import TREATY_WATCHLIST, rss  # noqa: E402

ADMIN = os.environ.get("MONITOR_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SYLLABLES = ("ka", "lo", "mi", "ra", "tu", "ve", "no", "sa", "di", "be", "gro", "pla", "wen", "tor", "fi", "mu")


def entries_of(feed: int, count: int, rng: random.Random) -> list[dict[str, str]]:
    items = []
    for j in range(count):
        words = ["".join(rng.choice(SYLLABLES) for _ in range(4)) for _ in range(40)]
        n = feed * count + j
        lead = f"The {words[0]} parliament ratified the {words[1]} treaty. " if n % 5 == 0 else ""
        items.append({"title": " ".join(words[:6]), "guid": f"e-{n}", "link": f"https://wire.example/{n}",
                      "description": lead + " ".join(words[6:])})
    return items


def slow(body: bytes, latency: float) -> Callable[[BaseHTTPRequestHandler], None]:
    def handle(request: BaseHTTPRequestHandler) -> None:
        time.sleep(latency)  # the simulated publisher's latency, not synchronisation
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handle


def fresh_database() -> str:
    name = f"monitor_bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(ADMIN)
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return ADMIN.rsplit("/", 1)[0] + "/" + name


def drop_database(url: str) -> None:
    admin = make_engine(ADMIN)
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


def count(engine: Engine, sql: str, **params: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"bench_workers: timed out waiting for {what}")
        time.sleep(0.05)


def run(workers: int, tmp: Path, feeds_file: Path, expected_entries: int) -> tuple[float, int, int]:
    """(seconds, feeds polled, entries decided) for ``workers`` workers."""
    url = fresh_database()
    engine = make_engine(url)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        upgrade(engine)
        schedule.sync_feeds(engine, load_feeds(feeds_file))
        with transaction(engine) as session:  # nothing due while the workers start
            session.connection().execute(update(Feed).values(next_poll_at=utcnow() + timedelta(days=1)))
        env = {**os.environ, "MONITOR_DATABASE_URL": url, "MONITOR_FEEDS": str(feeds_file),
               "MONITOR_WATCHLISTS": str(tmp / "wl"), "MONITOR_DATA_DIR": str(tmp / "data"),
               "MONITOR_TICK_INTERVAL": "0.5s", "MONITOR_DISPATCH_INTERVAL": "1s", "MONITOR_LOG_FORMAT": "json",
               "MONITOR_LOG_LEVEL": "WARNING"}
        ports = [free_port() for _ in range(workers)]
        for i, port in enumerate(ports):
            with (tmp / f"w{workers}-{i}.log").open("wb") as err:
                procs.append(subprocess.Popen([sys.executable, "-m", "monitor", "run"], cwd=REPO,
                                              env={**env, "MONITOR_HTTP_PORT": str(port)},
                                              stdout=subprocess.DEVNULL, stderr=err))
        total = count(engine, "select count(*) from feed")
        wait(lambda: all(ready(port) for port in ports) or any(p.poll() is not None for p in procs), 120,
             "the workers' /readyz")
        if any(p.poll() is not None for p in procs):
            raise SystemExit("bench_workers: a worker exited:\n" + (tmp / f"w{workers}-0.log").read_text()[-2000:])
        started = time.perf_counter()
        since = utcnow()
        with transaction(engine) as session:
            session.connection().execute(update(Feed).values(next_poll_at=None))
        wait(lambda: count(engine, "select count(*) from feed where last_success_at >= :t and lease_owner is null",
                           t=since) == total, 600, "every feed polled")
        seconds = time.perf_counter() - started
        entries = count(engine, "select count(*) from article where origin = 'feed'")
        if entries != expected_entries:
            raise SystemExit(f"bench_workers: {entries} entries decided, expected {expected_entries}")
        return seconds, total, entries
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
        engine.dispose()
        drop_database(url)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def ready(port: int) -> bool:
    """The worker answers /readyz: database and schema checked, its ticker running."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as resp:
            return resp.status == 200
    except OSError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--entries", type=int, default=3, help="entries per feed")
    parser.add_argument("--workers", default="1,2,3")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before the feed server answers")
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp_name, LoopbackServer() as server:
        tmp = Path(tmp_name)
        (tmp / "wl").mkdir()
        (tmp / "wl" / "treaty.yaml").write_text(TREATY_WATCHLIST, "utf-8")
        lines = ["feeds:"]
        for i in range(args.feeds):
            body = rss(entries_of(i, args.entries, rng))
            server.routes[f"/f/{i}"] = slow(body, args.latency) if args.latency else Response(body)
            lines.append(f"  - {{name: feed-{i:04d}, url: '{server.url(f'/f/{i}')}'}}")
        feeds_file = tmp / "feeds.yaml"
        feeds_file.write_text("\n".join(lines) + "\n", "utf-8")
        results = {}
        for n in [int(x) for x in args.workers.split(",")]:
            results[n] = run(n, tmp, feeds_file, args.feeds * args.entries)
            print(f"  {n} worker(s): {results[n][0]:.1f} s", file=sys.stderr)
    base = results[min(results)]
    print(f"\n{args.feeds} loopback feeds x {args.entries} entries, PostgreSQL, latency {args.latency:g} s, "
          f"{os.cpu_count()} CPUs")
    print(f"{'workers':>7} {'seconds':>8} {'feeds/s':>8} {'entries/s':>9} {'ratio':>6}")
    for n, (seconds, feeds, entries) in results.items():
        print(f"{n:>7} {seconds:>8.1f} {feeds / seconds:>8.1f} {entries / seconds:>9.1f} {base[0] / seconds:>6.2f}")


if __name__ == "__main__":
    main()
