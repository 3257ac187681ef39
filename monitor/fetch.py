"""Fetch a feed or an article page over HTTP(S), politely and safely.

One call, ``fetch(client, url, ...)``, does a conditional GET and returns a ``FetchResult`` that says what
happened (304, the validators to store, the server's Retry-After and max-age hints). Everything that can go
wrong ends in ``monitor.errors.FetchError`` with a short ``kind``:

    url               the URL (or a redirect's Location) is malformed: no host, bad port, bad IDNA, ...
    scheme            the URL (or a redirect) is not http/https
    blocked_address   the AddressGuard refused the host's resolved address (SSRF guard)
    connect           DNS failure, connection refused or reset, TLS failure, protocol error
    timeout           the overall deadline (or a connect timeout) passed
    redirects         too many redirects, a redirect loop, or a redirect without Location
    status            the server answered 4xx/5xx (``FetchStatusError``: ``status`` and ``retry_after``)
    too_large         more than ``max_bytes`` on the wire or after decompression
    decode            an unknown or corrupt Content-Encoding
    content_type      a binary media type (image, audio, video, PDF, ...) where text was expected

Hostile servers are the normal case at scale, so the defences live here rather than in callers:
httpx decompresses without limit and restarts its read timeout at every chunk, so we read raw bytes,
decompress them ourselves with a cap, and wrap the whole fetch (DNS, redirects, body) in ``asyncio.timeout``.
Redirects are followed by hand so that every hop is checked (scheme, loop, AddressGuard).
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
import ssl
import time
import zlib
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from monitor import USER_AGENT
from monitor.errors import ConfigError, FetchError

MiB = 1024 * 1024
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
ACCEPT_ENCODING = "gzip, deflate"  # what _Decoder can undo; never let the server pick something else
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
BINARY_TYPES = ("image/", "audio/", "video/", "font/", "model/", "multipart/")
BINARY_APPLICATION_TYPES = frozenset(
    {"application/pdf", "application/zip", "application/x-tar", "application/msword"}
)


@dataclass(frozen=True)
class FetchLimits:
    """Caps for one fetch. ``deadline`` covers everything: DNS, every redirect hop and the whole body."""

    max_bytes: int = 10 * MiB  # on the wire, and again after decompression
    deadline: float = 30.0  # seconds, overall
    connect_timeout: float = 10.0
    max_redirects: int = 5


@dataclass(frozen=True)
class FetchResult:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    body: bytes  # b"" on 304
    content_type: str | None
    etag: str | None
    last_modified: str | None
    not_modified: bool
    retry_after: float | None  # seconds, from Retry-After
    max_age: float | None  # seconds, from Cache-Control: max-age
    elapsed: float  # seconds, wall clock


class FetchStatusError(FetchError):
    """The server answered with an error status. ``retry_after`` (seconds) is set when it sent one."""

    def __init__(self, url: str, status: int, reason: str, retry_after: float | None = None) -> None:
        detail = f"HTTP {status} {reason}".strip()
        if retry_after is not None:
            detail += f" (Retry-After {retry_after:g} s)"
        super().__init__(url, "status", detail)
        self.status = status
        self.retry_after = retry_after


class AddressGuard:
    """Refuses to connect to anything but global unicast addresses, unless the operator allows it.

    ``allow`` holds networks ("10.1.0.0/16", "127.0.0.1") and host names ("intranet.example.org", or
    ".example.org" for a domain and its subdomains). An allowed host name skips the address check; an
    address inside an allowed network passes it. ``AddressGuard.from_env()`` reads MONITOR_FETCH_ALLOW, a
    comma-separated list. The check runs after DNS resolution, on every redirect hop, and ``fetch``
    connects to the address that passed (no second lookup that could answer differently).
    """

    def __init__(self, allow: Iterable[str] | str = ()) -> None:
        self.networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        self.hosts: set[str] = set()
        self.domains: list[str] = []
        items = allow.split(",") if isinstance(allow, str) else allow
        for item in (a.strip().lower() for a in items):
            if not item:
                continue
            try:
                self.networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                if "/" in item or ":" in item or " " in item:
                    raise ConfigError(
                        f"{item!r} is neither a network nor a host name", key="MONITOR_FETCH_ALLOW"
                    ) from None
                if item.startswith("."):
                    self.domains.append(item)
                else:
                    self.hosts.add(item.rstrip("."))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AddressGuard:
        env = os.environ if environ is None else environ
        return cls(env.get("MONITOR_FETCH_ALLOW", ""))

    def host_allowed(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return host in self.hosts or any(host.endswith(d) or host == d[1:] for d in self.domains)

    def address_allowed(self, address: str) -> bool:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if any(ip in net for net in self.networks):
            return True
        return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)

    async def resolve(self, url: str, host: str, port: int) -> str | None:
        """The checked address to connect to, or None when the host name itself is allowed.

        Raises FetchError("blocked_address") when no resolved address may be used.
        """
        if self.host_allowed(host):
            return None
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise FetchError(url, "connect", f"cannot resolve {host}: {exc}") from exc
        addresses = [str(info[4][0]) for info in infos]
        for address in addresses:
            if self.address_allowed(address):
                return address
        shown = ", ".join(sorted(set(addresses)))
        what = "is not a global address" if shown == host.strip("[]") else f"resolves to {shown}"
        raise FetchError(url, "blocked_address", f"{host} {what} (set MONITOR_FETCH_ALLOW to allow it)")


class HostLimiter:
    """At most ``per_host`` fetches in flight to one host at a time: politeness towards each publisher
    when a cycle fetches thousands of feeds at once. Waiting for a slot does not count against the
    fetch's deadline. One limiter per event loop."""

    def __init__(self, per_host: int = 2) -> None:
        self.per_host = per_host
        self._slots: dict[str, asyncio.Semaphore] = {}

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            host = ""
        semaphore = self._slots.setdefault(host, asyncio.Semaphore(self.per_host))
        async with semaphore:
            yield


def make_client(
    *,
    user_agent: str = USER_AGENT,
    max_connections: int = 100,
    max_keepalive: int = 100,
    connect_timeout: float = 10.0,
    read_timeout: float = 20.0,
    verify: ssl.SSLContext | bool = True,
) -> httpx.AsyncClient:
    """An AsyncClient for ``fetch``: no proxies from the environment, no automatic redirects.

    Every connection may be kept alive (httpx keeps 20 by default): with more fetches in flight than
    kept-alive connections, httpcore closes a connection after nearly every request and opens a new one.

    ``verify`` is httpx's: True (the certifi bundle), or an SSLContext with an operator's own CA.
    """
    return httpx.AsyncClient(
        verify=verify,
        headers={"User-Agent": user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_keepalive),
        follow_redirects=False,
        trust_env=False,
    )


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    limits: FetchLimits = FetchLimits(),
    guard: AddressGuard | None = None,
    accept: str = FEED_ACCEPT,
    limiter: HostLimiter | None = None,
) -> FetchResult:
    """GET ``url``, conditionally when validators are given, within ``limits``; FetchError on failure.

    With a ``limiter``, waits for a free slot for the URL's host first.
    """
    if limiter is not None:
        async with limiter.slot(url):
            return await fetch(client, url, etag=etag, last_modified=last_modified, limits=limits,
                               guard=guard, accept=accept)  # fmt: skip
    started = time.monotonic()
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(limits.deadline):
            result = await _follow(client, url, headers, limits, guard, started)
    except TimeoutError:
        raise FetchError(url, "timeout", f"no complete answer within {limits.deadline:g} s") from None
    if result.not_modified:  # a 304 need not repeat the validators: keep the ones we sent
        sent_etag, sent_modified = etag, last_modified
        result = replace(
            result, etag=result.etag or sent_etag, last_modified=result.last_modified or sent_modified
        )
    return result


async def _follow(
    client: httpx.AsyncClient,
    url: str,
    headers: dict[str, str],
    limits: FetchLimits,
    guard: AddressGuard | None,
    started: float,
) -> FetchResult:
    """Follow redirects by hand, checking every hop, until a final answer."""
    current = url.strip()
    seen = {current}
    for _ in range(limits.max_redirects + 1):
        location = await _request(client, url, current, headers, limits, guard)
        if isinstance(location, _Answer):
            return location.result(url, current, time.monotonic() - started)
        current = location
        if current in seen:
            raise FetchError(url, "redirects", f"redirect loop at {current}")
        seen.add(current)
    raise FetchError(url, "redirects", f"more than {limits.max_redirects} redirects")


@dataclass(frozen=True)
class _Answer:
    status: int
    body: bytes
    headers: httpx.Headers

    def result(self, url: str, final_url: str, elapsed: float) -> FetchResult:
        h = self.headers
        return FetchResult(
            url=url,
            final_url=final_url,
            status=self.status,
            body=self.body,
            content_type=h.get("content-type"),
            etag=h.get("etag"),
            last_modified=h.get("last-modified"),
            not_modified=self.status == 304,
            retry_after=parse_retry_after(h.get("retry-after")),
            max_age=parse_max_age(h.get("cache-control")),
            elapsed=elapsed,
        )


async def _request(
    client: httpx.AsyncClient,
    url: str,
    current: str,
    headers: dict[str, str],
    limits: FetchLimits,
    guard: AddressGuard | None,
) -> _Answer | str:
    """One hop: the final answer, or the absolute URL of the next hop."""
    target, hop_headers, extensions = await _route(url, current, headers, guard)
    timeout = httpx.Timeout(limits.deadline, connect=limits.connect_timeout)
    try:
        async with client.stream(
            "GET", target, headers=hop_headers, extensions=extensions, timeout=timeout
        ) as response:
            return await _answer(url, current, response, limits)
    except (httpx.InvalidURL, UnicodeError) as exc:  # junk that urlsplit let through (IDNA, control chars)
        raise FetchError(url, "url", f"malformed URL {current!r}: {exc}") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(url, "timeout", f"{type(exc).__name__} at {current}") from exc
    except httpx.TransportError as exc:
        raise FetchError(url, "connect", f"{type(exc).__name__} at {current}: {exc}") from exc


async def _route(
    url: str, current: str, headers: dict[str, str], guard: AddressGuard | None
) -> tuple[str, dict[str, str], dict[str, object]]:
    """Check the hop's scheme and address; with a guard, aim the request at the checked IP address."""
    try:
        parts = urlsplit(current)
        port = parts.port
    except ValueError as exc:
        raise FetchError(url, "url", f"malformed URL {current!r}: {exc}") from exc
    if parts.scheme not in ("http", "https"):
        raise FetchError(url, "scheme", f"only http and https are fetched, not {current!r}")
    host = parts.hostname
    if not host:
        raise FetchError(url, "url", f"no host in {current!r}")
    if guard is None:
        return current, headers, {}
    port = port or (443 if parts.scheme == "https" else 80)
    address = await guard.resolve(url, host, port)
    if address is None:
        return current, headers, {}
    literal = f"[{address}]" if ":" in address else address
    target = urlunsplit((parts.scheme, f"{literal}:{port}", parts.path or "/", parts.query, ""))
    host_header = parts.netloc.rsplit("@", 1)[-1]
    if parts.scheme == "http":
        return target, {**headers, "Host": host_header}, {}
    # The pool keys connections by address, not by name: a kept-alive TLS connection verified for one
    # name must not carry a request for another name on the same address. So no reuse here.
    return target, {**headers, "Host": host_header, "Connection": "close"}, {"sni_hostname": host}


async def _answer(url: str, current: str, response: httpx.Response, limits: FetchLimits) -> _Answer | str:
    status = response.status_code
    if status in REDIRECT_STATUSES:
        location = response.headers.get("location")
        if not location:
            raise FetchError(url, "redirects", f"HTTP {status} without Location at {current}")
        return urljoin(current, location.strip())
    if status == 304:
        return _Answer(304, b"", response.headers)
    if status >= 300:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        raise FetchStatusError(url, status, response.reason_phrase, retry_after)
    _check_content_type(url, response.headers.get("content-type"))
    body = await _read_body(url, response, limits.max_bytes)
    return _Answer(status, body, response.headers)


def _check_content_type(url: str, content_type: str | None) -> None:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media.startswith(BINARY_TYPES) or media in BINARY_APPLICATION_TYPES:
        raise FetchError(url, "content_type", f"{media} is not a feed or a web page")


async def _read_body(url: str, response: httpx.Response, max_bytes: int) -> bytes:
    """Raw bytes off the wire, decompressed here, both counts capped at ``max_bytes``."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(url, "too_large", f"Content-Length {declared} exceeds {max_bytes} bytes")
    decoder = _Decoder(url, response.headers.get("content-encoding", ""), max_bytes)
    wire = 0
    for_body: list[bytes] = []
    async for chunk in response.aiter_raw():
        wire += len(chunk)
        if wire > max_bytes:
            raise FetchError(url, "too_large", f"more than {max_bytes} bytes on the wire")
        for_body.append(decoder.feed(chunk))
    for_body.append(decoder.flush())
    return b"".join(for_body)


class _Decoder:
    """Undo Content-Encoding (gzip, deflate, possibly chained) with a cap on the decoded size."""

    def __init__(self, url: str, content_encoding: str, max_bytes: int) -> None:
        self.url, self.max_bytes, self.decoded = url, max_bytes, 0
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        for coding in codings:
            if coding not in ("gzip", "x-gzip", "deflate"):
                raise FetchError(url, "decode", f"unsupported Content-Encoding {coding!r}")
        # Applied in order by the server, so undone in reverse.
        self.stages = [_Inflater(c) for c in reversed(codings)]

    def feed(self, data: bytes) -> bytes:
        return self._through(data, flush=False)

    def flush(self) -> bytes:
        return self._through(b"", flush=True)

    def _through(self, data: bytes, *, flush: bool) -> bytes:
        try:
            for stage in self.stages:
                data = stage.feed(data, self._room() + 1) + (stage.flush() if flush else b"")
                if len(data) > self._room() or stage.unconsumed:
                    self._too_large()
        except zlib.error as exc:
            raise FetchError(self.url, "decode", f"corrupt compressed body: {exc}") from exc
        if len(data) > self._room():
            self._too_large()
        self.decoded += len(data)
        return data

    def _room(self) -> int:
        return self.max_bytes - self.decoded

    def _too_large(self) -> None:
        raise FetchError(self.url, "too_large", f"more than {self.max_bytes} bytes after decompression")


class _Inflater:
    """One zlib stream: gzip or zlib headers detected (wbits 47); raw deflate as a fallback."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self.obj = zlib.decompressobj(47)
        self.started = False

    @property
    def unconsumed(self) -> bool:
        return bool(self.obj.unconsumed_tail)

    def feed(self, data: bytes, max_length: int) -> bytes:
        if not data:
            return b""
        if not self.started and self.coding == "deflate":
            self.started = True
            try:
                return self.obj.decompress(data, max_length)
            except zlib.error:
                self.obj = zlib.decompressobj(-zlib.MAX_WBITS)  # servers that send raw deflate
        self.started = True
        return self.obj.decompress(data, max_length)

    def flush(self) -> bytes:
        if not self.started:
            return b""
        data = self.obj.flush()
        if not self.obj.eof:
            raise zlib.error("the compressed stream ends early")
        return data


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def parse_max_age(cache_control: str | None) -> float | None:
    """``max-age`` seconds from Cache-Control; None when absent, or when no-store/no-cache forbid reuse."""
    if not cache_control:
        return None
    directives = [d.strip().lower() for d in cache_control.split(",")]
    if "no-store" in directives or "no-cache" in directives:
        return None
    for directive in directives:
        name, _, value = directive.partition("=")
        if name.strip() == "max-age" and value.strip().strip('"').isdigit():
            return float(value.strip().strip('"'))
    return None
