"""The persisted novelty index at 10^4, 10^5 and 10^6 stored articles, on SQLite.

    .venv/bin/python benchmarks/bench_index.py [--sizes 10000,100000,1000000] [--db PATH]

The corpus is built by bulk insert of synthetic articles whose fingerprints look like real ones: MinHash
signatures, and informative terms drawn from a Zipf distribution over a 200,000-word vocabulary (so common
keys have long posting lists, as a country's name does in the news), published over three years. Then, at
each size, a fresh child process measures through the real code (monitor.novelty):

- lookup: ``novelty.judge`` for 200 probes (half near-copies of stored articles, half new), mean and p95;
- insert: storing one article with its index rows (``novelty.index``), mean;
- the child's memory: peak RSS, and at the end its heap (RssAnon) apart from the file pages it maps (RssFile,
  which includes up to 256 MiB of the SQLite file through PRAGMA mmap_size). The heap must not grow with the
  corpus; the mapped part is capped by mmap_size and reclaimable;
- the same heap in a second fresh child whose connections keep SQLite's page cache at 2 MiB (SQLite's own
  default) instead of the service's 64 MiB: what the heap holds apart from that cache.

Baseline, measured in the same run: a primary-key read of one article row (the cheapest useful query).
Goal (issue 4): at most 5 ms per lookup at 10^6 on SQLite, and worker memory that does not grow.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, insert  # noqa: E402
from sqlmodel import Session, func, select  # noqa: E402

from monitor import novelty, similarity  # noqa: E402
from monitor.article import Article  # noqa: E402
from monitor.models import Article as ArticleRow  # noqa: E402
from monitor.models import LshBand, StoryKey  # noqa: E402
from monitor.similarity import Fingerprint  # noqa: E402
from monitor.store import open_database, transaction  # noqa: E402

VOCABULARY = 200_000
TERMS = 30
START = datetime(2023, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=3 * 365)
PROBES = 200
BATCH = 5_000


def synthetic(rng: random.Random, n: int) -> tuple[Fingerprint, datetime]:
    ranks = {min(int(rng.paretovariate(1.05)), VOCABULARY) for _ in range(TERMS)}
    ranks |= {rng.randrange(VOCABULARY) for _ in range(TERMS // 2)}
    raw = {f"w{r}": rng.random() for r in ranks}
    norm = sum(v * v for v in raw.values()) ** 0.5
    fp = Fingerprint(content_hash=f"{n:064x}", minhash=tuple(rng.getrandbits(32) for _ in range(similarity.NUM_PERM)),
                     terms={t: v / norm for t, v in raw.items()})
    return fp, START + SPAN * rng.random()


def grow(url: str, have: int, want: int, seed: int) -> None:
    """Bulk-insert articles have..want-1 with their band and key rows."""
    engine = open_database(url)
    rng = random.Random(seed)
    with Session(engine) as session:  # the measuring step inserted rows of its own
        offset = int(session.exec(select(func.max(ArticleRow.id))).one() or 0) - have
    for start in range(have, want, BATCH):
        articles, bands, keys = [], [], []
        for n in range(start, min(start + BATCH, want)):
            fp, when = synthetic(rng, n)
            article_id = n + 1 + offset
            articles.append({"id": article_id, "identity": f"s:{n}", "origin": "feed", "url": f"https://s.example/{n}",
                             "canonical_url": f"https://s.example/{n}", "title": f"synthetic {n}", "text": "-",
                             "content_hash": fp.content_hash, "fingerprint": fp.to_json(), "published_at": when,
                             "created_at": when})
            bands += [{"band": b, "hash": h, "article_id": article_id} for b, h in similarity.lsh_bands(fp)]
            keys += [{"key": novelty.key_hash(t), "article_id": article_id, "published_at": when}
                     for t in similarity.candidate_keys(fp, novelty.STORY_KEYS)]
        with transaction(engine) as session:
            conn = session.connection()
            conn.execute(insert(ArticleRow), articles)
            conn.execute(insert(LshBand), bands)
            conn.execute(insert(StoryKey), keys)
    engine.dispose()


SMALL_CACHE_KIB = 2048


def measure(url: str, size: int, cache_kib: int | None = None) -> dict[str, float]:
    """In a fresh process: lookup and insert latency through monitor.novelty, and peak memory. With
    ``cache_kib``, every connection's SQLite page cache is capped at that size."""
    engine = open_database(url)
    if cache_kib is not None:
        event.listen(engine, "connect", lambda conn, _record: conn.execute(f"PRAGMA cache_size=-{cache_kib}"))
        engine.dispose()  # the connection that checked the schema was made before the listener: drop it
    rng = random.Random(size)
    lookups, inserts, baseline = [], [], []
    window = timedelta(days=30)
    with Session(engine) as session:
        for i in range(PROBES):
            stored_id = rng.randrange(1, size + 1)  # ids up to size are bulk-loaded articles or earlier probes
            start = time.perf_counter()
            row = session.get(ArticleRow, stored_id)
            baseline.append(time.perf_counter() - start)
            assert row is not None
            if i % 2 == 0:  # a near-copy of a stored article: same signature, other address
                fp, when = Fingerprint.from_json(row.fingerprint), row.published_at
                fp = Fingerprint(content_hash=f"probe{i}", minhash=fp.minhash, terms=fp.terms)
            else:
                fp, when = synthetic(rng, 10**9 + i)
            probe = Article(url=f"https://probe.example/{i}", title="probe", text="-", published=when)
            start = time.perf_counter()
            verdict = novelty.judge(session, probe, fp, window=window)
            lookups.append(time.perf_counter() - start)
            assert i % 2 == 1 or verdict.level == "near_duplicate", verdict
            session.expunge_all()
    for i in range(PROBES // 4):
        fp, when = synthetic(rng, 2 * 10**9 + i)
        start = time.perf_counter()
        with transaction(engine) as session:
            tag = f"{size}/{cache_kib}/{i}"  # each measuring child inserts rows of its own
            row = ArticleRow(identity=f"ins:{tag}", origin="feed", url=f"https://ins.example/{tag}",
                             canonical_url=f"https://ins.example/{tag}", title="t", text="-",
                             content_hash=fp.content_hash + str(i), fingerprint=fp.to_json(), published_at=when)
            session.add(row)
            session.flush()
            novelty.index(session, row, fp)
        inserts.append(time.perf_counter() - start)
    anon, mapped = _memory()
    engine.dispose()
    lookups.sort()
    return {"lookup_ms": statistics.mean(lookups) * 1000, "lookup_p95_ms": lookups[int(0.95 * len(lookups))] * 1000,
            "insert_ms": statistics.mean(inserts) * 1000, "baseline_ms": statistics.mean(baseline) * 1000,
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "anon_mb": anon, "file_mb": mapped}


def _memory() -> tuple[float, float]:
    """Resident memory now, MB: the process's own (heap, RssAnon) and file pages it maps (RssFile: the SQLite
    file through mmap_size, shared libraries), which the kernel can drop at will."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("RssAnon", "RssFile"):
            fields[name] = int(value.split()[0]) / 1024
    return fields.get("RssAnon", float("nan")), fields.get("RssFile", float("nan"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="corpus sizes, ascending")
    parser.add_argument("--db", help="SQLite file to build in (default: a temporary directory)")
    parser.add_argument("--measure", nargs=2, metavar=("URL", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--cache-kib", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], int(args.measure[1]), args.cache_kib)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-index-") as tmp:
        url = f"sqlite:///{args.db or Path(tmp) / 'index.db'}"
        rows, have = [], 0
        for size in sizes:
            start = time.perf_counter()
            grow(url, have, size, seed=size)
            built = time.perf_counter() - start
            child = [sys.executable, __file__, "--measure", url, str(size)]
            out = subprocess.run(child, check=True, capture_output=True, text=True).stdout
            small = subprocess.run([*child, "--cache-kib", str(SMALL_CACHE_KIB)], check=True,
                                   capture_output=True, text=True).stdout
            rows.append((size, built / max(size - have, 1) * 1e6, json.loads(out), json.loads(small)))
            have = size
            print(f"  built {size:>9,} articles (+{built:.0f} s)", file=sys.stderr)
    print("\nNovelty index on SQLite: per operation, ms (lookup = novelty.judge; baseline = a primary-key read)\n")
    print(f"{'articles':>10} {'lookup':>9} {'p95':>9} {'insert':>9} {'baseline':>9} {'lookup/base':>12} "
          f"{'bulk load µs/art':>17} {'peak RSS MB':>12} {'heap MB':>8} {'mapped MB':>10} "
          f"{'heap, 2 MiB cache':>18} {'its lookup':>11}")
    for size, bulk_us, m, small in rows:
        print(f"{size:>10,} {m['lookup_ms']:>9.2f} {m['lookup_p95_ms']:>9.2f} {m['insert_ms']:>9.2f} "
              f"{m['baseline_ms']:>9.3f} {m['lookup_ms'] / m['baseline_ms']:>11.0f}x {bulk_us:>17.0f} "
              f"{m['max_rss_mb']:>12.0f} {m['anon_mb']:>8.0f} {m['file_mb']:>10.0f} "
              f"{small['anon_mb']:>18.0f} {small['lookup_ms']:>11.2f}")


if __name__ == "__main__":
    main()
