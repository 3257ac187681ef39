"""Hostile servers on loopback (issue 6): each ends in a FetchError of the right kind, within its deadline,
with memory bounded, and without disturbing the other fetches running beside it."""

from __future__ import annotations

import asyncio
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from monitor.errors import FetchError
from monitor.feeds import parse_feed
from monitor.fetch import AddressGuard, FetchLimits, FetchResult, FetchStatusError, fetch, make_client
from monitor.loopback import LoopbackServer, Response, drip, endless_body, gzip_bomb, redirect

MiB = 1024 * 1024
LIMITS = FetchLimits(max_bytes=1 * MiB, deadline=0.5, connect_timeout=0.5)
GOOD = FetchLimits(max_bytes=1 * MiB, deadline=5.0)
MEMORY_BOUND = 8 * MiB  # peak Python allocations while fetching with a 1 MiB cap
T = TypeVar("T")
FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
    b"<item><guid>a1</guid><title>Treaty ratified</title><link>http://example.org/a1</link></item>"
    b"</channel></rss>"
)


def run(make: Callable[..., Awaitable[T]], *args: object, **kwargs: object) -> T:
    async def go() -> T:
        async with make_client() as client:
            return await make(client, *args, **kwargs)

    return asyncio.run(go())


def hostile(url: str, kind: str, *, limits: FetchLimits = LIMITS, **kwargs: object) -> FetchError:
    """Fetch ``url``, expect FetchError(kind) within the deadline and with bounded memory."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(FetchError) as caught:
            run(fetch, url, limits=limits, **kwargs)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.kind == kind, caught.value
    assert elapsed < limits.deadline + 1.0, f"took {elapsed:.2f} s"
    assert peak < MEMORY_BOUND, f"peak {peak / MiB:.1f} MiB"
    return caught.value


def test_gzip_bomb_is_stopped_at_the_decoded_cap(server: LoopbackServer) -> None:
    bomb = gzip_bomb(64 * MiB)
    assert len(bomb.body) < 128 * 1024  # small on the wire, 64 MiB once inflated
    server.routes["/feed.xml"] = bomb
    error = hostile(server.url("/feed.xml"), "too_large")
    assert "after decompression" in error.detail


def test_endless_body_is_stopped_at_the_wire_cap(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = endless_body()
    error = hostile(server.url("/feed.xml"), "too_large")
    assert "on the wire" in error.detail


def test_one_byte_at_a_time_hits_the_overall_deadline(server: LoopbackServer) -> None:
    # Each byte arrives well within httpx's read timeout; only the overall deadline stops this.
    server.routes["/feed.xml"] = drip(interval=0.05, size=60)
    started = time.monotonic()
    error = hostile(server.url("/feed.xml"), "timeout")
    assert time.monotonic() - started >= LIMITS.deadline
    assert "0.5 s" in error.detail


def test_redirect_loop(server: LoopbackServer) -> None:
    server.routes["/a"] = redirect("/b")
    server.routes["/b"] = redirect("/a")
    error = hostile(server.url("/a"), "redirects")
    assert "loop" in error.detail and len(server.requests) == 2


def test_redirect_to_loopback_is_blocked_for_article_urls(server: LoopbackServer) -> None:
    # The article's own host is allowed by name; the hop to 127.0.0.1 is checked and refused.
    port = server.base_url.rsplit(":", 1)[1]
    server.routes["/article"] = redirect(server.url("/admin"))
    server.routes["/admin"] = Response(b"secret")
    error = hostile(f"http://localhost:{port}/article", "blocked_address", guard=AddressGuard(["localhost"]))
    assert "127.0.0.1" in error.detail
    assert [r.path for r in server.requests] == ["/article"]  # /admin was never requested


def test_redirect_to_cloud_metadata_is_blocked(server: LoopbackServer) -> None:
    server.routes["/article"] = redirect("http://169.254.169.254/latest/meta-data/")
    error = hostile(server.url("/article"), "blocked_address", guard=AddressGuard(["127.0.0.0/8"]))
    assert "169.254.169.254" in error.detail


def test_wrong_content_type(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(bytes(4096), headers={"Content-Type": "application/pdf"})
    hostile(server.url("/feed.xml"), "content_type")


def test_content_encoding_that_lies(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(FEED, headers={"Content-Encoding": "gzip"})
    hostile(server.url("/feed.xml"), "decode")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (FEED.replace(b"Treaty", "Trait\u00e9".encode("latin-1")), "application/rss+xml; charset=utf-8"),
        (FEED.replace(b"utf-8", b"windows-1251").replace(b"Wire", "Лента".encode()), None),
        (FEED.replace(b"Treaty", "Trait\u00e9 – ".encode() + "na\u00efve".encode("cp1252")), "text/xml"),
    ],
    ids=["latin1-declared-utf8", "utf8-declared-cp1251", "mixed-utf8-cp1252"],
)
def test_wrong_and_mixed_charsets_still_give_entries(
    server: LoopbackServer, body: bytes, content_type: str | None
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    server.routes["/feed.xml"] = Response(body, headers=headers)
    result = run(fetch, server.url("/feed.xml"), limits=LIMITS)
    parsed = parse_feed(result.body, url=result.final_url, content_type=result.content_type)
    assert [e.guid for e in parsed.entries] == ["a1"]
    assert "ratified" in parsed.entries[0].title


def test_500(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(b"Internal Server Error", 500)
    error = hostile(server.url("/feed.xml"), "status")
    assert isinstance(error, FetchStatusError) and error.status == 500


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_carried_by_the_error(server: LoopbackServer, status: int) -> None:
    server.routes["/feed.xml"] = Response(b"slow down", status, {"Retry-After": "120"})
    error = hostile(server.url("/feed.xml"), "status")
    assert isinstance(error, FetchStatusError)
    assert error.status == status and error.retry_after == 120.0 and "Retry-After 120 s" in str(error)


def test_hostile_feeds_do_not_disturb_the_others(server: LoopbackServer) -> None:
    server.routes["/bomb"] = gzip_bomb(64 * MiB)
    server.routes["/endless"] = endless_body()
    server.routes["/drip"] = drip(interval=0.05, size=60)
    server.routes["/loop"] = redirect("/loop")
    server.routes["/busy"] = Response(b"", 429, {"Retry-After": "60"})
    for n in range(4):
        server.routes[f"/good{n}"] = Response(FEED, headers={"Content-Type": "application/rss+xml"})
    paths = ["/bomb", "/endless", "/drip", "/loop", "/busy", "/good0", "/good1", "/good2", "/good3"]

    async def cycle() -> list[FetchResult | BaseException]:
        async with make_client() as client:
            # The good feeds get a roomier deadline: under tracemalloc this machine is slow, and the point
            # is that they complete, not how fast.
            jobs = [fetch(client, server.url(p), limits=GOOD if "good" in p else LIMITS) for p in paths]
            return await asyncio.gather(*jobs, return_exceptions=True)

    tracemalloc.start()
    started = time.monotonic()
    try:
        outcomes = asyncio.run(cycle())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < GOOD.deadline
    assert peak < 2 * MEMORY_BOUND, f"peak {peak / MiB:.1f} MiB"
    kinds = {p: o.kind if isinstance(o, FetchError) else o for p, o in zip(paths, outcomes, strict=True)}
    assert kinds["/bomb"] == "too_large" and kinds["/endless"] == "too_large"
    assert kinds["/drip"] == "timeout" and kinds["/loop"] == "redirects" and kinds["/busy"] == "status"
    for path in paths[5:]:
        outcome = kinds[path]
        assert isinstance(outcome, FetchResult) and outcome.body == FEED, (path, outcome)
