"""CPU time per feed of each step of a poll's fast path on the 200 real feeds of ../shared/data/feeds, against
an lxml parse of the same bytes, all measured in one run.

    .venv/bin/python benchmarks/bench_scan.py

Rows: the lxml parse alone (baseline), sha256 of the body (the "unchanged" check), scan_entry_ids (the
"scanned" check), only_entries + parse_feed of the newest entry alone (a poll with one new entry), and the
full parse_feed (feedparser) that the fast path avoids. Skipped with a message when the folder is absent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from monitor.errors import ParseError  # noqa: E402
from monitor.feeds import only_entries, parse_feed, scan_entry_ids  # noqa: E402

FEEDS_DIR = ROOT.parent / "shared" / "data" / "feeds"


def lxml_only(body: bytes, url: str) -> None:
    with contextlib.suppress(etree.XMLSyntaxError):
        etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))


def newest_entry_only(body: bytes, url: str) -> None:
    ids = scan_entry_ids(body, url=url)
    subset = only_entries(body, url=url, content_type=None, keep={ids[0]}) if ids else None
    with contextlib.suppress(ParseError):
        parse_feed(subset if subset is not None else body, url=url, content_type="application/xml")


def full_parse(body: bytes, url: str) -> None:
    with contextlib.suppress(ParseError):
        parse_feed(body, url=url)


def cpu_ms(step: Callable[[bytes, str], Any], feeds: list[tuple[bytes, str]]) -> float:
    start = time.process_time()
    for body, url in feeds:
        step(body, url)
    return (time.process_time() - start) / len(feeds) * 1000


def main() -> int:
    if not (FEEDS_DIR / "manifest.json").exists():
        print(f"skipped: {FEEDS_DIR} is absent (the real feeds this benchmark reads)")
        return 0
    manifest = json.loads((FEEDS_DIR / "manifest.json").read_text("utf-8"))
    feeds = [((FEEDS_DIR / m["file"]).read_bytes(), str(m["url"])) for m in manifest]
    readable = sum(scan_entry_ids(body, url=url) is not None for body, url in feeds)
    rows = [("lxml parse alone (baseline)", cpu_ms(lxml_only, feeds)),
            ("sha256 of the body", cpu_ms(lambda b, u: hashlib.sha256(b).digest(), feeds)),
            ("scan_entry_ids", cpu_ms(lambda b, u: scan_entry_ids(b, url=u), feeds)),
            ("only_entries + parse_feed, newest entry", cpu_ms(newest_entry_only, feeds)),
            ("parse_feed, whole feed (feedparser)", cpu_ms(full_parse, feeds))]
    size = sum(len(body) for body, _ in feeds) / len(feeds) / 1024
    print(f"{len(feeds)} real feeds (mean {size:.0f} KB); the id scan reads {readable} of them")
    print(f"{'step':42} {'ms/feed':>8} {'x lxml':>7}")
    for name, ms in rows:
        print(f"{name:42} {ms:8.2f} {ms / rows[0][1]:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
