"""One polling cycle of 10,000 feeds on loopback with SQLite, and the CPU cost of each kind of poll against an
lxml parse of the same bytes, all measured in one run.

    .venv/bin/python benchmarks/bench_fetch.py [--feeds 10000] [--changed 0.05] [--concurrency 32]

The feeds are the 200 real feeds of ../shared/data/feeds (skipped with a message when absent), each served
under 50 variants whose GUIDs and links differ. A loopback HTTP server in its own process (asyncio, HTTP/1.1
keep-alive; it stops when told to or after --lifetime seconds) serves them the way real publishers do:

    half of the feeds   send an ETag and answer 304 while unchanged          -> not_modified
    a quarter           send the same bytes without validators              -> unchanged (sha256)
    a quarter           rebuild the document at every request (a comment)   -> scanned (lxml id scan)

and in each cycle 5% of all feeds gain one new entry -> new (full parse, then decide: watchlists, novelty,
one transaction). The database is primed first as after earlier cycles: 10,000 feed rows and an article row
for every entry the feeds show (about 330,000). The worker is the real one: monitor.pipeline.run_cycle with
its claims, per-host limit, fetches, fast paths and batched feed-row writes. Goals (issue 6): the cycle in
under 60 s on a 2-core machine, and an unchanged poll at most 2x an lxml parse of the same bytes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import multiprocessing
import multiprocessing.synchronize
import os
import re
import resource
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402
from sqlalchemy import insert, update  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

from monitor import similarity  # noqa: E402
from monitor.config import Settings  # noqa: E402
from monitor.errors import ParseError  # noqa: E402
from monitor.extract import Extractor  # noqa: E402
from monitor.feeds import entry_identity, parse_feed, scan_entry_ids  # noqa: E402
from monitor.fetch import make_client  # noqa: E402
from monitor.models import Article, Feed  # noqa: E402
from monitor.pipeline import Context, FeedReport, run_cycle  # noqa: E402
from monitor.store import open_database  # noqa: E402
from monitor.watchlist import WatchlistRegistry  # noqa: E402

FEEDS_DIR = ROOT.parent / "shared" / "data" / "feeds"
KINDS = ("etag", "etag", "same", "rebuilt")  # by feed number modulo 4
_ID_TEXT = re.compile(rb"(<(guid|id|link)\b[^>]*>)([^<]+)(</\2>)")
_HREF = re.compile(rb'(<link\b[^>]*?\bhref=")([^"]+)(")')
_FIRST_ITEM = re.compile(rb"<(item|entry)[\s>]")


# -- The feeds: the same function serves them and primes the database ------------------------------------

def load_bases() -> list[bytes]:
    manifest = json.loads((FEEDS_DIR / "manifest.json").read_text("utf-8"))
    return [(FEEDS_DIR / m["file"]).read_bytes() for m in manifest]


def kind(n: int) -> str:
    return KINDS[n % len(KINDS)]


def changed(n: int, cycle: int, share: float) -> bool:
    return (zlib.crc32(f"{n}:{cycle}".encode()) % 10_000) < share * 10_000


def version(n: int, cycle: int, share: float) -> int:
    return sum(changed(n, c, share) for c in range(1, cycle + 1))


def _vary(variant: int) -> Callable[[bytes], bytes]:
    def one(value: bytes) -> bytes:
        if b"://" in value:
            return value.replace(b"://", b"://v%d." % variant, 1)
        return b"v%d-" % variant + value

    return one


def feed_body(bases: list[bytes], n: int, ver: int, build: int | None = None) -> bytes:
    """Feed ``n`` at version ``ver``: a real feed whose GUIDs and links carry the variant, with one bench
    entry on top from version 1 on, and a build comment when the publisher rebuilds at every request."""
    data, variant = bases[n % len(bases)], n // len(bases)
    if variant:
        vary = _vary(variant)
        data = _ID_TEXT.sub(lambda m: m.group(1) + vary(m.group(3)) + m.group(4), data)
        data = _HREF.sub(lambda m: m.group(1) + vary(m.group(2)) + m.group(3), data)
    if ver:
        first = _FIRST_ITEM.search(data)
        if first:
            data = data[: first.start()] + _bench_entry(n, ver, first.group(1)) + data[first.start():]
    if build is not None:
        data += b"\n<!-- built %d -->\n" % build
    return data


def _bench_entry(n: int, ver: int, tag: bytes) -> bytes:
    when = datetime(2026, 11, 22, 12, 0, tzinfo=UTC) + timedelta(minutes=ver)
    text = (f"Bench story {n}.{ver}: the regional council of district {n} approved budget line {ver} "
            f"for road repairs after a public hearing on {when:%d %B}.")
    if tag == b"entry":
        return (f"<entry><title>Bench story {n}.{ver}</title><id>urn:bench:{n}:{ver}</id>"
                f'<link rel="alternate" href="http://bench.example/{n}/{ver}"/>'
                f"<updated>{when.isoformat()}</updated><summary>{text}</summary></entry>").encode()
    return (f"<item><title>Bench story {n}.{ver}</title><link>http://bench.example/{n}/{ver}</link>"
            f'<guid isPermaLink="false">bench-{n}-{ver}</guid><description>{text}</description>'
            f"<pubDate>{format_datetime(when)}</pubDate></item>").encode()


# -- The loopback server, in its own process ---------------------------------------------------------------

def serve(port_out: Any, cycle: Any, stop: multiprocessing.synchronize.Event, share: float,
          lifetime: float) -> None:
    asyncio.run(_serve(port_out, cycle, stop, share, lifetime))


async def _serve(port_out: Any, cycle: Any, stop: multiprocessing.synchronize.Event, share: float,
                 lifetime: float) -> None:
    bases, builds = load_bases(), [0]

    def answer(n: int, if_none_match: str | None) -> tuple[str, dict[str, str], bytes]:
        ver = version(n, cycle.value, share)
        if kind(n) == "etag":
            etag = f'"{n}-{ver}"'
            if if_none_match == etag:
                return "304 Not Modified", {"ETag": etag}, b""
            return "200 OK", {"ETag": etag}, feed_body(bases, n, ver)
        if kind(n) == "same":
            return "200 OK", {}, feed_body(bases, n, ver)
        builds[0] += 1
        return "200 OK", {}, feed_body(bases, n, ver, builds[0])

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            for _ in range(100_000):  # requests on one kept-alive connection, bounded
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
                inm = next((v for k, v in headers.items() if k.lower() == "if-none-match"), None)
                try:
                    status, extra, body = answer(int(path.rsplit("/", 1)[1]), inm)
                except ValueError:
                    status, extra, body = "404 Not Found", {}, b""
                extra = {"Content-Type": "application/xml", "Content-Length": str(len(body)), **extra}
                writer.write(f"HTTP/1.1 {status}\r\n".encode() + "".join(
                    f"{k}: {v}\r\n" for k, v in extra.items()).encode() + b"\r\n" + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    port_out.send(server.sockets[0].getsockname()[1])
    deadline = time.monotonic() + lifetime
    async with server:
        while not stop.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
    print(f"server: {time.process_time():.1f} s CPU", file=sys.stderr)


# -- Priming the database as after earlier cycles ----------------------------------------------------------

def identities(job: tuple[int, str]) -> list[str]:
    """Feed ``n``'s entry identities at version 0, as the pipeline would key them (process-pool worker)."""
    n, url = job
    body = feed_body(_BASES, n, 0)
    ids = scan_entry_ids(body, url=url)
    if ids is None:
        try:
            ids = [entry_identity(e) for e in parse_feed(body, url=url).entries]
        except ParseError:
            ids = []
    return [f"feed:{n + 1}:{i}" for i in dict.fromkeys(ids)]


_BASES: list[bytes] = []


def _init_worker() -> None:
    _BASES.extend(load_bases())


def prime(engine: Engine, bases: list[bytes], base_url: str, count: int) -> int:
    now = datetime.now(UTC)
    rows = []
    for n in range(count):
        body_hash = hashlib.sha256(feed_body(bases, n, 0)).hexdigest() if kind(n) == "same" else None
        rows.append({"id": n + 1, "name": f"bench-{n:05d}", "url": f"{base_url}/f/{n}", "fetch_full": False,
                     "enabled": True, "etag": f'"{n}-0"' if kind(n) == "etag" else None, "body_hash": body_hash,
                     "error_count": 0, "entries_seen": 0, "dated_entries": 0, "last_success_at": now,
                     "next_poll_at": now + timedelta(days=1)})
    with engine.begin() as conn:
        conn.execute(insert(Feed), rows)
    total = 0
    with ProcessPoolExecutor(2, initializer=_init_worker) as pool:
        jobs = [(n, f"{base_url}/f/{n}") for n in range(count)]
        batch: list[dict[str, Any]] = []
        for n, keys in enumerate(pool.map(identities, jobs, chunksize=50)):
            batch.extend({"identity": key, "origin": "feed", "feed_id": n + 1, "url": key, "canonical_url": key,
                          "title": "primed", "text": "", "content_hash": key[-40:], "fingerprint": "{}",
                          "created_at": now} for key in keys)
            if len(batch) >= 20_000 or n == count - 1:
                with engine.begin() as conn:
                    conn.execute(insert(Article), batch)
                total += len(batch)
                batch = []
    return total


def make_due(engine: Engine, feed_ids: Iterable[int] | None = None) -> None:
    past, future = datetime.now(UTC) - timedelta(seconds=1), datetime.now(UTC) + timedelta(days=1)
    with engine.begin() as conn:
        if feed_ids is None:
            conn.execute(update(Feed).values(next_poll_at=past))
            return
        conn.execute(update(Feed).values(next_poll_at=future))
        ids = list(feed_ids)
        for i in range(0, len(ids), 500):
            conn.execute(update(Feed).where(Feed.id.in_(ids[i:i + 500])).values(next_poll_at=past))  # type: ignore[union-attr]


# -- Measuring ---------------------------------------------------------------------------------------------

async def timed_cycle(engine: Engine, settings: Settings, matcher: Any) -> tuple[list[FeedReport], float, float]:
    extractor = Extractor()
    async with make_client() as client:
        ctx = Context(engine, client, extractor, lambda: matcher, settings, "bench")
        wall, cpu = time.perf_counter(), time.process_time()
        reports = await run_cycle(ctx)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    extractor.close()
    return reports, wall, cpu


def cpu_per_item(fn: Callable[[bytes], Any], bodies: list[bytes]) -> float:
    start = time.process_time()
    for body in bodies:
        fn(body)
    return (time.process_time() - start) / len(bodies)


def lxml_parse(body: bytes) -> None:
    with contextlib.suppress(etree.XMLSyntaxError):
        etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--changed", type=float, default=0.05, help="share of feeds with a new entry per cycle")
    parser.add_argument("--concurrency", type=int, default=32, help="MONITOR_FEED_CONCURRENCY (and per host)")
    parser.add_argument("--sample", type=int, default=300, help="polls per kind for the per-poll CPU table")
    parser.add_argument("--lifetime", type=float, default=900.0, help="the server stops after this many seconds")
    args = parser.parse_args()
    if not (FEEDS_DIR / "manifest.json").exists():
        print(f"skipped: {FEEDS_DIR} is absent (the real feeds this benchmark serves)")
        return 0
    bases = load_bases()
    mp = multiprocessing.get_context("spawn")
    cycle, stop = mp.RawValue("i", 0), mp.Event()
    receive, send = mp.Pipe(duplex=False)
    server = mp.Process(target=serve, args=(send, cycle, stop, args.changed, args.lifetime), daemon=True)
    server.start()
    try:
        base_url = f"http://127.0.0.1:{receive.recv()}"
        with tempfile.TemporaryDirectory(prefix="bench-fetch-") as tmp:
            return run(args, bases, base_url, cycle, Path(tmp))
    finally:
        stop.set()
        server.join(timeout=10)
        if server.is_alive():
            server.terminate()


def run(args: argparse.Namespace, bases: list[bytes], base_url: str, cycle: Any, tmp: Path) -> int:
    engine = open_database(f"sqlite:///{tmp / 'bench.db'}")
    started = time.perf_counter()
    articles = prime(engine, bases, base_url, args.feeds)
    print(f"primed {args.feeds} feeds and {articles} known entries in {time.perf_counter() - started:.0f} s "
          f"(not part of the figures)", file=sys.stderr)
    settings = Settings.from_env({}, data_dir=tmp, database_url=str(engine.url), watchlists_dir=ROOT / "watchlists",
                                 feed_concurrency=args.concurrency, host_concurrency=args.concurrency)
    matcher = WatchlistRegistry(settings.watchlists_dir).matcher
    similarity.fingerprint("Warm-up", "Loads the language tables once, as a running worker has.", None)
    cycle.value = 1
    make_due(engine)
    load = os.getloadavg()
    reports, wall, cpu = asyncio.run(timed_cycle(engine, settings, matcher))
    statuses = Counter(r.status for r in reports)
    errors = [r for r in reports if r.status == "error"]

    # CPU per poll, one kind at a time, one feed at a time (the server stays at cycle 1: nothing changes)
    one_at_a_time = Settings.from_env({}, data_dir=tmp, database_url=str(engine.url),
                                      watchlists_dir=settings.watchlists_dir, feed_concurrency=1, host_concurrency=1)
    polls: dict[str, tuple[float, list[bytes]]] = {}
    scannable = {b for b, body in enumerate(bases) if scan_entry_ids(body)}  # the others take the full parse
    for path, wanted in (("not_modified", "etag"), ("unchanged", "same"), ("scanned", "rebuilt")):
        sample = [n for n in range(args.feeds) if kind(n) == wanted and not changed(n, 1, args.changed)
                  and n % len(bases) in scannable]
        sample = sample[:: max(1, len(sample) // args.sample)][: args.sample]
        make_due(engine, [n + 1 for n in sample])
        sample_reports, _, sample_cpu = asyncio.run(timed_cycle(engine, one_at_a_time, matcher))
        assert {r.status for r in sample_reports} == {path}, Counter(r.status for r in sample_reports)
        bodies = [feed_body(bases, n, version(n, 1, args.changed), 1 if wanted == "rebuilt" else None)
                  for n in sample]
        polls[path] = (sample_cpu / len(sample_reports), bodies)
    bodies = polls["unchanged"][1]
    lxml_ms = cpu_per_item(lxml_parse, bodies) * 1000
    rows = [("lxml parse of the same bytes (baseline)", lxml_ms),
            ("sha256 of the body", cpu_per_item(lambda b: hashlib.sha256(b).digest(), bodies) * 1000),
            ("scan_entry_ids", cpu_per_item(scan_entry_ids, bodies) * 1000),
            ("parse_feed (feedparser)", cpu_per_item(_parse_or_not, bodies[:40]) * 1000),
            ("poll: 304 not_modified", polls["not_modified"][0] * 1000),
            ("poll: 200, same bytes (unchanged)", polls["unchanged"][0] * 1000),
            ("poll: 200, new bytes, known ids (scanned)", polls["scanned"][0] * 1000)]

    print(f"\nOne cycle: {len(reports)} feeds on loopback, SQLite, {args.changed:.0%} with a new entry, "
          f"MONITOR_FEED_CONCURRENCY={args.concurrency}")
    print(f"{'':34} {'value':>10}")
    print(f"{'cycle wall time (s)':34} {wall:10.1f}   goal < 60 s: {'met' if wall < 60 else 'MISSED'}")
    print(f"{'feeds per second':34} {len(reports) / wall:10.0f}")
    print(f"{'worker CPU (s)':34} {cpu:10.1f}")
    for status in ("not_modified", "unchanged", "scanned", "parsed", "new", "error"):
        print(f"{'polls ' + status:34} {statuses.get(status, 0):10d}")
    print(f"{'load average before / after':34} {load[0]:5.1f} / {os.getloadavg()[0]:.1f}   (2 cores)")
    print(f"{'peak RSS of the worker (MiB)':34} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:10.0f}")
    print(f"\nCPU per poll, one feed at a time ({args.sample} feeds per kind; mean body "
          f"{sum(map(len, bodies)) / len(bodies) / 1024:.0f} KB), against an lxml parse of the same bytes")
    print(f"{'step':44} {'ms':>7} {'x lxml':>7}")
    for name, ms in rows:
        print(f"{name:44} {ms:7.2f} {ms / lxml_ms:7.2f}")
    unchanged = polls["unchanged"][0] * 1000 / lxml_ms
    print(f"goal: an unchanged poll at most 2x an lxml parse: {'met' if unchanged <= 2 else 'MISSED'} "
          f"({unchanged:.2f}x)")
    for error, feeds in Counter(re.sub(r"/f/\d+", "/f/N", r.error or "") for r in errors).most_common(5):
        print(f"errors ({feeds} feeds): {error}")
    engine.dispose()
    return 0


def _parse_or_not(body: bytes) -> None:
    with contextlib.suppress(ParseError):
        parse_feed(body, url="http://127.0.0.1/feed")


if __name__ == "__main__":
    sys.exit(main())
