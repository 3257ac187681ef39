"""Per-article CPU time of each pipeline stage, and the whole pipeline against trafilatura's extraction
alone, measured in the same run.

    .venv/bin/python benchmarks/bench_pipeline.py [--pages N]

Inputs: the demo fixtures (monitor/data/demo) and, when present, the 181 real article pages of
../shared/data/extraction (skipped with a message otherwise). Parsing is measured per entry on the demo
feeds and on ../shared/data/feeds. Decide = match + fingerprint + novelty lookup + the write of article,
hits, decision, index rows and alerts to a real SQLite file that already holds the seed corpus.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor import similarity  # noqa: E402
from monitor.article import Article  # noqa: E402
from monitor.decide import decide  # noqa: E402
from monitor.demo import DEMO_DIR  # noqa: E402
from monitor.extract import extract_page  # noqa: E402
from monitor.feeds import parse_feed  # noqa: E402
from monitor.match import Matcher  # noqa: E402
from monitor.service import seed_corpus  # noqa: E402
from monitor.store import open_database  # noqa: E402
from monitor.watchlist import load_watchlists  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def cpu(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    value = fn()
    return time.process_time() - start, value


def parse_cost(files: list[Path]) -> float | None:
    total, entries = 0.0, 0
    for path in files:
        body = path.read_bytes().replace(b"{base}", b"http://127.0.0.1:8000")
        seconds, parsed = cpu(lambda b=body, p=path: parse_feed(b, url=p.as_uri()))  # type: ignore[misc]
        total += seconds
        entries += len(parsed.entries)
    return total / entries if entries else None


def stage_costs(pages: list[tuple[str, bytes]], matcher: Matcher) -> dict[str, float]:
    costs = {"extract": 0.0, "match": 0.0, "fingerprint": 0.0, "decide": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        seed_corpus(engine)
        done = 0
        for n, (url, html) in enumerate(pages):
            seconds, page = cpu(lambda h=html, u=url: extract_page(h, u))  # type: ignore[misc]
            costs["extract"] += seconds
            if page is None:
                continue
            article = Article(url=url, title=page.title or "", text=page.text, published=page.published,
                              source="bench")
            costs["match"] += cpu(lambda a=article: matcher.match(a))[0]  # type: ignore[misc]
            costs["fingerprint"] += cpu(lambda a=article: similarity.fingerprint(a.title, a.text))[0]  # type: ignore[misc]
            costs["decide"] += cpu(lambda a=article, i=n: decide(engine, matcher, a, identity=f"b:{i}",  # type: ignore[misc]
                                                                 origin="feed"))[0]
            done += 1
        engine.dispose()
    count = max(len(pages), 1)
    return {"extract": costs["extract"] / count, "match": costs["match"] / max(done, 1),
            "fingerprint": costs["fingerprint"] / max(done, 1),
            # decide includes its own match and fingerprint: the store's share is the rest
            "store": max(costs["decide"] - costs["match"] - costs["fingerprint"], 0.0) / max(done, 1)}


def demo_pages() -> list[tuple[str, bytes]]:
    return [(f"http://127.0.0.1:8000/articles/{p.name}",
             p.read_bytes().replace(b"{base}", b"http://127.0.0.1:8000"))
            for p in sorted((DEMO_DIR / "articles").glob("*.html"))]


def real_pages(limit: int) -> list[tuple[str, bytes]] | None:
    folder = SHARED / "extraction" / "html"
    if not folder.exists():
        print(f"note: {folder} not present; real pages skipped")
        return None
    truth = json.loads((SHARED / "extraction" / "ground-truth.json").read_text())
    out = []
    for path in sorted(folder.glob("*.html.gz"))[:limit]:
        key = path.name.removesuffix(".html.gz")
        out.append((truth.get(key, {}).get("url") or path.as_uri(), gzip.decompress(path.read_bytes())))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=181, help="how many real pages to use (default all 181)")
    args = parser.parse_args()
    matcher = Matcher([w for w in load_watchlists(ROOT / "watchlists") if w.enabled])
    columns: dict[str, dict[str, float]] = {}
    inputs = {"demo fixtures": demo_pages(), "real pages": real_pages(args.pages)}
    for name, pages in inputs.items():
        if pages:
            columns[f"{name} ({len(pages)})"] = stage_costs(pages, matcher)
    demo_parse = parse_cost(sorted((DEMO_DIR / "feeds").glob("*.xml")))
    feeds_dir = SHARED / "feeds"
    real_feeds = sorted(p for p in feeds_dir.iterdir() if "." not in p.name)[:40] if feeds_dir.exists() else []
    real_parse = parse_cost(real_feeds) if real_feeds else None
    rows = ["parse (per entry)", "extract", "match", "fingerprint", "store", "pipeline", "pipeline / extract"]
    print(f"\nCPU time per article, ms (parse: demo feeds and {len(real_feeds)} real feeds, per entry)\n")
    print(f"{'stage':22}" + "".join(f"{c:>24}" for c in columns))
    for row in rows:
        cells = []
        for i, stage in enumerate(columns.values()):
            parse = demo_parse if i == 0 else real_parse
            total = (parse or 0.0) + sum(stage.values())
            ratio = total / stage["extract"] if stage["extract"] else None
            named = {"parse (per entry)": parse, "pipeline": total, "pipeline / extract": ratio}
            value = named.get(row, stage.get(row))
            if value is None:
                cells.append(f"{'n/a':>24}")
            elif row == "pipeline / extract":
                cells.append(f"{value:>23.2f}x")
            else:
                cells.append(f"{value * 1000:>24.2f}")
        print(f"{row:22}" + "".join(cells))


if __name__ == "__main__":
    main()
