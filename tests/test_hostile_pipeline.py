"""Hostile servers through the real pipeline (issue 6): one polling cycle of a real service on a SQLite file,
with hostile feeds and hostile article pages next to good feeds. Each hostile one ends in a recorded error
within its deadline, memory stays bounded, the good feeds are unaffected, and a 429's Retry-After sets the
feed's next poll.

The article pages are fetched through an AddressGuard that allows the name ``localhost`` but no address: the
article's first hop reaches the test server by name, and every hop to 127.0.0.1 or 169.254.169.254 is
refused. Feeds themselves are fetched without the guard (they come from the operator's feeds.yaml), which
is how the hostile feeds on 127.0.0.1 are reached at all.
"""

from __future__ import annotations

import asyncio
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from monitor.config import FeedConfig
from monitor.fetch import AddressGuard
from monitor.loopback import LoopbackServer, Response, drip, endless_body, gzip_bomb, redirect
from monitor.models import Article, Feed
from monitor.pipeline import FeedReport
from tests.pipeline_kit import Harness, rss

MiB = 1024 * 1024
DEADLINE = 1.0  # MONITOR_FETCH_TIMEOUT for this cycle
MEMORY_BOUND = 16 * MiB  # peak Python allocations during the whole cycle, with a 1 MiB body cap
RETRY_AFTER = 5400  # seconds, beyond MONITOR_POLL_MAX (1 h) and any first backoff
HOSTILE_FEEDS = {  # path: the error kind recorded on the feed
    "/bomb": "too_large", "/endless": "too_large", "/drip": "timeout", "/loop": "redirects",
    "/pdf": "content_type", "/500": "status", "/busy": "status",
}


STORIES = [
    ("Kazakhstan senate ratifies water-sharing treaty with Kyrgyzstan",
     "The senate of Kazakhstan ratified a treaty on the Chu and Talas rivers by 41 votes to 3."),
    ("Chile ratifies fisheries agreement with Peru",
     "Chile's congress ratified the fisheries agreement with Peru covering anchovy quotas until 2030."),
    ("Norway ratifies Arctic search-and-rescue pact",
     "The Storting ratified the Arctic search-and-rescue pact with Iceland and Denmark on Tuesday."),
    ("Ghana ratifies cocoa pricing convention with Ivory Coast",
     "Ghana's parliament ratified the cocoa pricing convention, fixing a joint floor price for two seasons."),
]


def treaty_item(n: int, base: str) -> dict[str, str]:
    title, text = STORIES[n]
    return {"title": title, "guid": f"good-{n}", "link": f"{base}/good/{n}", "description": text}


def serve(server: LoopbackServer) -> str:
    """Hostile and good routes; returns the localhost base URL of the article pages."""
    local = server.base_url.replace("127.0.0.1", "localhost")
    server.routes.update({
        "/bomb": gzip_bomb(64 * MiB), "/endless": endless_body(), "/drip": drip(interval=0.05, size=200),
        "/loop": redirect("/loop"), "/pdf": Response(bytes(4096), headers={"Content-Type": "application/pdf"}),
        "/500": Response(b"Internal Server Error", 500),
        "/busy": Response(b"slow down", 429, {"Retry-After": str(RETRY_AFTER)}),
        "/a/to-loopback": redirect(server.url("/admin")),
        "/a/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
        "/admin": Response(b"<html><body><p>the admin page must never be fetched</p></body></html>"),
    })
    articles = [{"title": f"Ministers sign treaty, page {name}", "guid": name, "link": link,
                 "description": "The summary of the article."}
                for name, link in (("loopback", f"{local}/a/to-loopback"), ("metadata", f"{local}/a/to-metadata"),
                                   ("direct", server.url("/admin")))]
    server.routes["/articles"] = Response(rss(articles))
    for n in range(3):
        server.routes[f"/good{n}"] = Response(rss([treaty_item(n, server.base_url)]),
                                              headers={"Content-Type": "application/rss+xml"})
    latin1 = rss([treaty_item(3, server.base_url)]).replace(b"Ivory Coast", "C\u00f4te d'Ivoire".encode("latin-1"))
    server.routes["/latin1"] = Response(latin1, headers={"Content-Type": "application/rss+xml; charset=utf-8"})
    return local


def test_one_cycle_with_hostile_feeds_and_pages_records_each_error_and_spares_the_good_feeds(
        tmp_path: Path, server: LoopbackServer) -> None:
    serve(server)
    feeds = [FeedConfig(name=path.strip("/"), url=server.url(path)) for path in HOSTILE_FEEDS]
    feeds += [FeedConfig(name="articles", url=server.url("/articles"), fetch_full=True)]
    feeds += [FeedConfig(name=f"good{n}", url=server.url(f"/good{n}")) for n in range(3)]
    feeds += [FeedConfig(name="latin1", url=server.url("/latin1"))]
    h = Harness(tmp_path)
    service = h.service(feeds, guard=AddressGuard(["localhost"]), fetch_timeout=DEADLINE, max_bytes=1 * MiB,
                        feed_concurrency=16, host_concurrency=4)

    async def go() -> list[FeedReport]:
        try:
            return await service.poll()
        finally:
            await service.close()

    tracemalloc.start()
    started, now = time.monotonic(), datetime.now(UTC)
    try:
        reports = {r.feed: r for r in asyncio.run(go())}
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BOUND, f"peak {peak / MiB:.1f} MiB"
    assert time.monotonic() - started < 15, "the cycle took too long"
    with Session(service.engine) as session:
        rows = {row.name: row for row in session.exec(select(Feed))}
        stored = {a.url: a.text for a in session.exec(select(Article).where(Article.origin == "feed"))}
    for path, kind in HOSTILE_FEEDS.items():
        name = path.strip("/")
        report, row = reports[name], rows[name]
        assert report.status == "error" and row.last_error == report.error, (name, report)
        assert row.last_error_kind == kind, (name, row.last_error)
        assert row.error_count == 1 and row.lease_owner is None and row.enabled
        # within the deadline, plus a wait for one of the 4 slots on the host (the drip alone would take 10 s)
        assert report.elapsed < DEADLINE + 1.5, (name, report.elapsed)
    busy = rows["busy"].next_poll_at
    assert busy is not None and (busy - now).total_seconds() >= RETRY_AFTER
    assert (busy - now).total_seconds() < RETRY_AFTER + 60
    # the article pages: every hop to a non-global address refused, the summary kept, the admin page unread
    articles = reports["articles"]
    assert articles.status == "new" and len(articles.outcomes) == 3
    assert len(articles.page_errors) == 3 and all("blocked_address" in e for e in articles.page_errors)
    assert sum("169.254.169.254" in e for e in articles.page_errors) == 1
    assert sum("127.0.0.1" in e for e in articles.page_errors) == 2
    assert not any(r.path.startswith("/admin") for r in server.requests)
    assert all(text == "The summary of the article." for url, text in stored.items() if "/a/" in url or "admin" in url)
    # the good feeds, in the same cycle, are unaffected
    for name in ("good0", "good1", "good2", "latin1"):
        assert reports[name].status == "new", reports[name]
        assert [o.decision for o in reports[name].outcomes] == ["alert"], reports[name].outcomes
        assert rows[name].error_count == 0 and rows[name].last_success_at is not None
    assert "Côte d'Ivoire" in reports["latin1"].outcomes[0].title
