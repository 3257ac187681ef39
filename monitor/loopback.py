"""A small real HTTP server on 127.0.0.1 that serves canned responses, for the demo and the tests.

Routes map a path to a ``Response`` or to a callable that writes the answer itself (for misbehaving
servers in tests). It records every request it saw, so tests can check conditional GET headers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Union


@dataclass
class Response:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # when set, a matching If-None-Match gets a 304


Handler = Callable[[BaseHTTPRequestHandler], None]
Route = Union[Response, Handler]


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

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

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
