"""The worker's HTTP endpoint: ``/healthz``, ``/readyz`` and ``/metrics`` (``MONITOR_HTTP_PORT``, 0 disables).

    /healthz   200 while the process and its event loop answer (a liveness probe: restart me when it fails)
    /readyz    200 when the database answers, its schema is the one this release knows, and the ticker runs;
               503 otherwise, with the failing checks in the JSON body (a readiness probe)
    /metrics   the Prometheus text format (monitor.metrics); the outbox depth is read at scrape time

A few dozen lines on asyncio streams: GET only, one request per connection, no request body. Probes and a
scraper are the only clients; anything more would be a framework's job.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from prometheus_client import CONTENT_TYPE_LATEST

from monitor import metrics
from monitor.errors import ConfigError

log = logging.getLogger("monitor.health")
READ_TIMEOUT = 5.0

Check = Callable[[], Awaitable[str | None]]  # None when fine, else what is wrong


@dataclass
class Probes:
    """The readiness checks (name -> check) and what to refresh before a scrape."""

    ready: dict[str, Check]
    before_scrape: Callable[[], Awaitable[None]] | None = None


async def readiness(probes: Probes) -> tuple[bool, dict[str, str]]:
    results: dict[str, str] = {}
    for name, check in probes.ready.items():
        try:
            problem = await check()
        except Exception as exc:  # a probe must answer, whatever the check ran into
            problem = f"{type(exc).__name__}: {exc}"
        results[name] = problem or "ok"
    return all(v == "ok" for v in results.values()), results


async def respond(path: str, probes: Probes) -> tuple[int, str, bytes]:
    """(status, content type, body) for a GET of ``path``."""
    if path == "/healthz":
        return 200, "text/plain; charset=utf-8", b"ok\n"
    if path == "/readyz":
        ok, results = await readiness(probes)
        body = json.dumps({"ready": ok, "checks": results}).encode() + b"\n"
        return (200 if ok else 503), "application/json", body
    if path == "/metrics":
        if probes.before_scrape is not None:
            try:
                await probes.before_scrape()
            except Exception as exc:
                log.warning("metrics: cannot refresh the outbox depth: %s", exc)
        return 200, CONTENT_TYPE_LATEST, metrics.exposition()
    return 404, "text/plain; charset=utf-8", b"not found: try /healthz, /readyz or /metrics\n"


async def _serve(probes: Probes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        request = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT)
        method, target, *_ = request.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
        if method not in {"GET", "HEAD"}:
            status, kind, body = 405, "text/plain; charset=utf-8", b"GET only\n"
        else:
            status, kind, body = await respond(target.split("?", 1)[0], probes)
        reason = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable"}[status]
        head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
                "Connection: close\r\n\r\n").encode()
        writer.write(head + (b"" if method == "HEAD" else body))
        await writer.drain()
    except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, ConnectionError):
        pass  # a client that sends no valid request gets the connection closed
    finally:
        writer.close()


async def start(host: str, port: int, probes: Probes) -> asyncio.Server:
    """Listen on ``host:port`` (port 0 picks a free one: see ``server.sockets``)."""
    try:
        return await asyncio.start_server(lambda r, w: _serve(probes, r, w), host, port)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}", key="MONITOR_HTTP_PORT") from exc
