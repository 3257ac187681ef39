"""A small real HTTP server on 127.0.0.1 that serves canned responses, for the demo and the tests.

Routes map a path to a ``Response`` or to a callable that writes the answer itself (for misbehaving
servers in tests). It records every request it saw, so tests can check conditional GET headers.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Response:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # when set, a matching If-None-Match gets a 304


Handler = Callable[[BaseHTTPRequestHandler], None]
Route = Response | Handler


@dataclass
class SeenRequest:
    path: str
    headers: dict[str, str]


class LoopbackServer:
    """``with LoopbackServer() as srv: srv.routes["/feed.xml"] = Response(...); srv.url("/feed.xml")``."""

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[SeenRequest] = []
        owner = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                owner.requests.append(SeenRequest(self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = owner.routes.get(self.path) or owner.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    self._send(Response(b"not found", 404, {"Content-Type": "text/plain"}))
                elif isinstance(route, Response):
                    self._send(route)
                else:
                    route(self)

            def _send(self, resp: Response) -> None:
                if resp.etag and self.headers.get("If-None-Match") == resp.etag:
                    self.send_response(304)
                    self.send_header("ETag", resp.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(resp.status)
                for name, value in resp.headers.items():
                    self.send_header(name, value)
                if resp.etag:
                    self.send_header("ETag", resp.etag)
                self.send_header("Content-Length", str(len(resp.body)))
                self.end_headers()
                self.wfile.write(resp.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        # a short poll interval: shutdown() returns within 50 ms instead of the default half second
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


# -- Misbehaving servers, for the hostile-input tests ---------------------------------------------------
# Each handler stops by itself (a bounded loop) or as soon as the client hangs up, so no server thread
# outlives its test for long.


def gzip_bomb(decoded_size: int, *, content_type: str = "application/rss+xml") -> Response:
    """A small gzip body (``Content-Encoding: gzip``) that inflates to ``decoded_size`` zero bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1024 * 1024)
    parts = [packer.compress(block[: min(len(block), decoded_size - done)])
             for done in range(0, decoded_size, len(block))]
    parts.append(packer.flush())
    return Response(b"".join(parts), headers={"Content-Type": content_type, "Content-Encoding": "gzip"})


def endless_body(*, chunk_size: int = 64 * 1024, limit: int = 256 * 1024 * 1024) -> Handler:
    """200 with no Content-Length, then chunks until the client hangs up or ``limit`` bytes were sent."""

    def handle(request: BaseHTTPRequestHandler) -> None:
        request.close_connection = True
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml")
        request.send_header("Connection", "close")
        request.end_headers()
        chunk = b"<item>" + b"x" * (chunk_size - 6)
        try:
            for _ in range(limit // chunk_size):
                request.wfile.write(chunk)
        except OSError:  # the client hung up: what we want
            pass

    return handle


def drip(*, interval: float = 0.05, size: int = 100, content_type: str = "application/rss+xml") -> Handler:
    """A slow server: announces ``size`` bytes, then sends one every ``interval`` seconds (bounded)."""
    def handle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(size))
        request.end_headers()
        try:
            for _ in range(size):
                request.wfile.write(b" ")
                request.wfile.flush()
                time.sleep(interval)  # the misbehaviour itself, not synchronisation
        except OSError:
            pass

    return handle


def redirect(location: str, status: int = 302) -> Response:
    """A redirect to ``location`` (absolute or relative)."""
    return Response(b"", status, {"Location": location})
