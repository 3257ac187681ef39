"""fetch() against a real loopback HTTP server: conditional GET, statuses, encodings, redirects, the guard."""

from __future__ import annotations

import asyncio
import gzip
import shutil
import socket
import ssl
import subprocess
import threading
import zlib
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import TypeVar

import pytest

from monitor import PROJECT_URL, USER_AGENT
from monitor.errors import ConfigError, FetchError
from monitor.fetch import (
    AddressGuard,
    FetchLimits,
    FetchResult,
    FetchStatusError,
    HostLimiter,
    fetch,
    make_client,
    parse_max_age,
    parse_retry_after,
)
from monitor.loopback import LoopbackServer, Response, redirect

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
T = TypeVar("T")


def run(make: Callable[..., Awaitable[T]], *args: object, **kwargs: object) -> T:
    """Run one coroutine function with a fresh client, the way the pipeline calls fetch."""

    async def go() -> T:
        async with make_client() as client:
            return await make(client, *args, **kwargs)

    return asyncio.run(go())


def fetch_error(url: str, **kwargs: object) -> FetchError:
    with pytest.raises(FetchError) as caught:
        run(fetch, url, **kwargs)
    return caught.value


def test_200_returns_body_and_validators(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(
        RSS,
        headers={
            "Content-Type": "application/rss+xml; charset=utf-8",
            "Last-Modified": "Wed, 21 Oct 2026 07:28:00 GMT",
            "Cache-Control": "public, max-age=600",
        },
        etag='"v1"',
    )
    result = run(fetch, server.url("/feed.xml"))
    assert result.status == 200 and result.body == RSS and not result.not_modified
    assert result.content_type == "application/rss+xml; charset=utf-8"
    assert result.etag == '"v1"' and result.last_modified == "Wed, 21 Oct 2026 07:28:00 GMT"
    assert result.max_age == 600 and result.retry_after is None
    assert result.final_url == result.url == server.url("/feed.xml")
    assert 0 < result.elapsed < 5


def test_user_agent_names_the_project_and_its_url(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(RSS)
    run(fetch, server.url("/feed.xml"))
    seen = server.requests[-1].headers
    assert seen["user-agent"] == USER_AGENT
    assert "newsmonitor" in seen["user-agent"] and PROJECT_URL in seen["user-agent"]
    assert seen["accept-encoding"] == "gzip, deflate"  # only what fetch can decode itself
    assert "application/rss+xml" in seen["accept"]


def test_conditional_get_sends_stored_validators_and_304_keeps_them(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(RSS, etag='"v1"')
    result = run(fetch, server.url("/feed.xml"), etag='"v1"', last_modified="Wed, 21 Oct 2026 07:28:00 GMT")
    seen = server.requests[-1].headers
    assert seen["if-none-match"] == '"v1"'
    assert seen["if-modified-since"] == "Wed, 21 Oct 2026 07:28:00 GMT"
    assert result.status == 304 and result.not_modified and result.body == b""
    assert result.etag == '"v1"' and result.last_modified == "Wed, 21 Oct 2026 07:28:00 GMT"


def test_changed_etag_gets_the_new_body(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(RSS, etag='"v2"')
    result = run(fetch, server.url("/feed.xml"), etag='"v1"')
    assert result.status == 200 and result.body == RSS and result.etag == '"v2"'


def test_304_on_last_modified_alone(server: LoopbackServer) -> None:
    stamp = "Wed, 21 Oct 2026 07:28:00 GMT"

    def handle(request: BaseHTTPRequestHandler) -> None:
        fresh = request.headers.get("If-Modified-Since") == stamp
        request.send_response(304 if fresh else 200)
        request.send_header("Content-Length", "0" if fresh else str(len(RSS)))
        request.end_headers()
        if not fresh:
            request.wfile.write(RSS)

    server.routes["/feed.xml"] = handle
    result = run(fetch, server.url("/feed.xml"), last_modified=stamp)
    assert "if-none-match" not in server.requests[-1].headers
    assert result.not_modified and result.last_modified == stamp and result.etag is None


@pytest.mark.parametrize("status", [404, 410, 500, 502])
def test_error_statuses_are_status_errors(server: LoopbackServer, status: int) -> None:
    server.routes["/feed.xml"] = Response(b"nope", status)
    error = fetch_error(server.url("/feed.xml"))
    assert isinstance(error, FetchStatusError)
    assert error.kind == "status" and error.status == status and error.retry_after is None
    assert f"HTTP {status}" in str(error) and server.url("/feed.xml") in str(error)


def test_empty_body_is_fetched_as_empty(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(b"", headers={"Content-Type": "application/rss+xml"})
    result = run(fetch, server.url("/feed.xml"))
    assert result.status == 200 and result.body == b""  # parse_feed turns this into a ParseError


def test_binary_content_type_is_refused_without_reading_the_body(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(b"\x89PNG" + bytes(100), headers={"Content-Type": "image/png"})
    error = fetch_error(server.url("/feed.xml"))
    assert error.kind == "content_type" and "image/png" in error.detail


def test_feed_served_as_html_is_still_fetched(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(RSS, headers={"Content-Type": "text/html"})
    assert run(fetch, server.url("/feed.xml")).body == RSS  # lenient: parse_feed decides


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send it
        ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b))),
        ("identity", lambda b: b),
    ],
)
def test_compressed_bodies_are_decoded(
    server: LoopbackServer, encoding: str, pack: Callable[[bytes], bytes]
) -> None:
    server.routes["/feed.xml"] = Response(pack(RSS * 50), headers={"Content-Encoding": encoding})
    assert run(fetch, server.url("/feed.xml")).body == RSS * 50


@pytest.mark.parametrize(
    ("encoding", "body", "words"),
    [
        ("gzip", b"this is not gzip at all", "corrupt"),
        ("br", b"\x0b\x02\x80hello\x03", "unsupported"),
        ("gzip", gzip.compress(RSS * 50)[:-20], "ends early"),
    ],
)
def test_undecodable_bodies_are_decode_errors(
    server: LoopbackServer, encoding: str, body: bytes, words: str
) -> None:
    server.routes["/feed.xml"] = Response(body, headers={"Content-Encoding": encoding})
    error = fetch_error(server.url("/feed.xml"))
    assert error.kind == "decode" and words in error.detail


def test_content_length_over_the_cap_is_refused_up_front(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(b"x" * 5000)
    error = fetch_error(server.url("/feed.xml"), limits=FetchLimits(max_bytes=1000))
    assert error.kind == "too_large" and "Content-Length 5000" in error.detail


def test_redirects_are_followed_and_reported(server: LoopbackServer) -> None:
    server.routes["/old"] = redirect("/middle", 301)
    server.routes["/middle"] = redirect(server.url("/feed.xml"), 307)
    server.routes["/feed.xml"] = Response(RSS)
    result = run(fetch, server.url("/old"))
    assert result.body == RSS and result.url == server.url("/old")
    assert result.final_url == server.url("/feed.xml")
    assert [r.path for r in server.requests] == ["/old", "/middle", "/feed.xml"]


def test_too_many_redirects(server: LoopbackServer) -> None:
    for hop in range(4):
        server.routes[f"/{hop}"] = redirect(f"/{hop + 1}")
    server.routes["/4"] = Response(RSS)
    assert run(fetch, server.url("/0"), limits=FetchLimits(max_redirects=4)).body == RSS
    error = fetch_error(server.url("/0"), limits=FetchLimits(max_redirects=3))
    assert error.kind == "redirects" and "more than 3" in error.detail


def test_redirect_without_location(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(b"", 302)
    assert fetch_error(server.url("/feed.xml")).kind == "redirects"


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.org/feed", "gopher://x/"])
def test_only_http_and_https(server: LoopbackServer, target: str) -> None:
    assert fetch_error(target).kind == "scheme"
    server.routes["/feed.xml"] = redirect(target)
    error = fetch_error(server.url("/feed.xml"))
    assert error.kind == "scheme" and target in error.detail


@pytest.mark.parametrize(
    "junk",
    ["http://", "http:///path", "http://[::1", "http://127.0.0.1:99999/", "http://xn--a-.com/",
     "http://\x00/", "https://256.256.256.256/"],
)  # fmt: skip
def test_malformed_urls_are_url_errors(junk: str) -> None:
    assert fetch_error(junk).kind == "url"


def test_surrounding_whitespace_is_ignored(server: LoopbackServer) -> None:
    server.routes["/feed.xml"] = Response(RSS)
    assert run(fetch, f"  {server.url('/feed.xml')}\n").body == RSS


def test_refused_connection_is_a_connect_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = fetch_error(f"http://127.0.0.1:{port}/feed.xml")
    assert error.kind == "connect"


def test_guard_connects_to_the_checked_address_with_the_original_host(server: LoopbackServer) -> None:
    server.routes["/a"] = Response(b"<html>page</html>", headers={"Content-Type": "text/html"})
    port = server.base_url.rsplit(":", 1)[1]
    result = run(fetch, f"http://localhost:{port}/a", guard=AddressGuard(["127.0.0.0/8"]))
    assert result.body == b"<html>page</html>" and result.final_url == f"http://localhost:{port}/a"
    assert server.requests[-1].headers["host"] == f"localhost:{port}"


def test_guard_checks_the_address_after_dns_resolution(server: LoopbackServer) -> None:
    server.routes["/a"] = Response(b"secret")
    port = server.base_url.rsplit(":", 1)[1]
    error = fetch_error(f"http://localhost:{port}/a", guard=AddressGuard())
    assert error.kind == "blocked_address" and "localhost resolves to 127.0.0.1" in error.detail
    assert fetch_error(server.url("/a"), guard=AddressGuard()).kind == "blocked_address"
    assert server.requests == []


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("93.184.215.14", True),
        ("2606:4700::6810:84e5", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("255.255.255.255", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:169.254.169.254", False),
        ("ff02::1", False),
    ],
)
def test_guard_refuses_non_global_addresses(address: str, allowed: bool) -> None:
    assert AddressGuard().address_allowed(address) is allowed


def test_guard_allow_list_of_networks_and_hosts() -> None:
    allow = "10.0.0.0/8, 127.0.0.1 ,intranet.example.org,.corp"
    guard = AddressGuard.from_env({"MONITOR_FETCH_ALLOW": allow})
    assert guard.address_allowed("10.20.30.40") and guard.address_allowed("127.0.0.1")
    assert not guard.address_allowed("127.0.0.2") and not guard.address_allowed("192.168.0.1")
    assert guard.host_allowed("intranet.example.org") and guard.host_allowed("INTRANET.example.org.")
    assert guard.host_allowed("wiki.corp") and guard.host_allowed("corp")
    assert not guard.host_allowed("example.org") and not guard.host_allowed("notcorp")
    assert AddressGuard("10.0.0.0/8,example.org").networks == AddressGuard(["10.0.0.0/8"]).networks


def test_guard_refuses_a_malformed_allow_entry() -> None:
    with pytest.raises(ConfigError) as caught:
        AddressGuard(["10.0.0.0/33"])
    assert "MONITOR_FETCH_ALLOW" in str(caught.value) and "10.0.0.0/33" in str(caught.value)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Sun, 22 Nov 2026 12:02:00 GMT", 120.0),
        ("Sun, 22 Nov 2026 11:00:00 GMT", 0.0),  # in the past
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(header: str | None, seconds: float | None) -> None:
    now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    assert parse_retry_after(header, now=now) == seconds


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("max-age=300", 300.0),
        ("public, max-age=60, must-revalidate", 60.0),
        ('max-age="90"', 90.0),
        ("no-cache, max-age=300", None),
        ("no-store", None),
        ("max-age=abc", None),
        (None, None),
    ],
)
def test_parse_max_age(header: str | None, seconds: float | None) -> None:
    assert parse_max_age(header) == seconds


def test_result_is_a_frozen_record() -> None:
    result = FetchResult("u", "u", 200, b"", None, None, None, False, None, None, 0.0)
    with pytest.raises(AttributeError):
        result.status = 500  # type: ignore[misc]


def test_host_limiter_caps_concurrent_fetches_per_host(server: LoopbackServer) -> None:
    in_flight, most = 0, 0
    lock = threading.Lock()
    pair = threading.Barrier(2, timeout=5)  # proves two run at once; a third would push `most` to 3

    def handle(request: BaseHTTPRequestHandler) -> None:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)
        pair.wait()
        with lock:
            in_flight -= 1
        request.send_response(200)
        request.send_header("Content-Length", str(len(RSS)))
        request.end_headers()
        request.wfile.write(RSS)

    for n in range(6):
        server.routes[f"/feed{n}.xml"] = handle

    async def cycle() -> list[FetchResult]:
        limiter = HostLimiter(per_host=2)
        async with make_client() as client:
            jobs = (fetch(client, server.url(f"/feed{n}.xml"), limiter=limiter) for n in range(6))
            return await asyncio.gather(*jobs)

    results = asyncio.run(cycle())
    assert [r.body for r in results] == [RSS] * 6 and most == 2


def test_guarded_https_verifies_the_certificate_of_the_name_not_the_address(tmp_path: Path) -> None:
    """The guard connects to the checked IP address; TLS must still check the certificate for the host
    name (SNI), or pinning the address would switch verification off."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    tls_server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls_server.load_cert_chain(cert, key)
    trust = ssl.create_default_context(cafile=str(cert))
    with LoopbackServer() as tls:
        tls._server.socket = tls_server.wrap_socket(tls._server.socket, server_side=True)
        tls.routes["/a"] = Response(b"over tls")
        tls_port = tls.base_url.rsplit(":", 1)[1]
        guard = AddressGuard(["127.0.0.0/8"])

        async def get(url: str) -> FetchResult:
            async with make_client(verify=trust) as client:
                return await fetch(client, url, guard=guard)

        result = asyncio.run(get(f"https://localhost:{tls_port}/a"))
        assert result.body == b"over tls" and tls.requests[-1].headers["host"] == f"localhost:{tls_port}"
        assert tls.requests[-1].headers["connection"] == "close"  # a connection verified for one name only
        with pytest.raises(FetchError) as caught:  # the certificate is for localhost, not for 127.0.0.1
            asyncio.run(get(f"https://127.0.0.1:{tls_port}/a"))
        assert caught.value.kind == "connect" and "certificate" in caught.value.detail.lower()
