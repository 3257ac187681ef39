"""Real notification endpoints on loopback: an HTTP receiver for apprise's json:// and an SMTP server."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller


class WebhookReceiver:
    """Records every JSON POST (and its path); answers with the next status of ``statuses`` (then 200) after
    ``delay`` seconds (a slow endpoint: what arrives then is not recorded, the client has given up), with the
    body ``ok`` (what Slack's webhook answers). ``pace`` slows every answer but records it."""

    def __init__(self) -> None:
        self.posts: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.statuses: list[int] = []
        self.delay = 0.0
        self.pace = 0.0
        self.attempts = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                owner.attempts += 1
                status = owner.statuses.pop(0) if owner.statuses else 200
                if owner.delay:
                    threading.Event().wait(owner.delay)  # a slow endpoint (the client times out first)
                if owner.pace:
                    threading.Event().wait(owner.pace)
                if status == 200 and not owner.delay:
                    owner.posts.append(json.loads(body))
                    owner.paths.append(self.path)
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"ok")
                except OSError:
                    pass  # the client gave up waiting

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def __enter__(self) -> WebhookReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"


@contextmanager
def smtp_server() -> Iterator[tuple[int, list[Message]]]:
    inbox = _Inbox()
    with socket.socket() as probe:  # aiosmtpd's readiness check cannot use port 0: find a free port first
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox.messages
    finally:
        controller.stop()
