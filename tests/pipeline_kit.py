"""Builders shared by the end-to-end tests: RSS documents, article pages, a service on a temp database."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from sqlalchemy import update

from monitor.config import FeedConfig, Settings
from monitor.fetch import AddressGuard
from monitor.models import Feed
from monitor.notify import Message
from monitor.pipeline import FeedReport
from monitor.service import Service
from monitor.store import transaction

TREATY_WATCHLIST = """
name: treaty-ratification
query:
  all:
    - any: ["ratif*", "signed into law"]
    - any: [treaty, agreement, pact, accord, convention]
"""


def rss(items: list[dict[str, str]], title: str = "Test feed") -> bytes:
    parts = [f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
             "<link>http://127.0.0.1/</link><description>d</description>"]
    for item in items:
        parts.append("<item>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in item.items()) + "</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<html><head><title>{escape(title)}</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>{escape(title)}</h1>{body}</article><footer>© Outlet</footer></body></html>").encode()


@dataclass
class Harness:
    tmp: Path
    sent: list[tuple[str, Message]] = field(default_factory=list)

    def settings(self, **overrides: Any) -> Settings:
        wl = self.tmp / "watchlists"
        if not wl.exists():
            wl.mkdir()
            (wl / "treaty.yaml").write_text(TREATY_WATCHLIST, "utf-8")
        values: dict[str, Any] = {"data_dir": self.tmp, "database_url": f"sqlite:///{self.tmp / 'm.db'}",
                                  "watchlists_dir": wl, "fetch_timeout": 5.0}
        values.update(overrides)
        return Settings.from_env({}, **values)

    def service(self, feeds: list[FeedConfig], *, guard: AddressGuard | None = None, **overrides: Any) -> Service:
        """A service on the temp database. Article pages go through ``guard``; the default allows 127.0.0.1,
        where the test servers are (feeds are never guarded: they come from the operator)."""
        service = Service(self.settings(**overrides), feeds=feeds,
                          sender=lambda route, msg: self.sent.append((route, msg)),
                          guard=guard or AddressGuard(["127.0.0.1"]))
        service.open()
        return service

    def poll(self, feeds: list[FeedConfig], *, guard: AddressGuard | None = None,
             **overrides: Any) -> tuple[dict[str, FeedReport], Service]:
        """One polling cycle without dispatching alerts."""
        service = self.service(feeds, guard=guard, **overrides)

        async def go() -> list[FeedReport]:
            try:
                return await service.poll()
            finally:
                await service.close()

        return {r.feed: r for r in asyncio.run(go())}, service

    def cycle(self, feeds: list[FeedConfig], **overrides: Any) -> Any:
        service = self.service(feeds, **overrides)

        async def go() -> Any:
            try:
                return await service.once()
            finally:
                await service.close()

        reports, dispatched = asyncio.run(go())
        return {r.feed: r for r in reports}, dispatched, service

    def make_due(self, service: Service) -> None:
        with transaction(service.engine) as session:
            session.exec(update(Feed).values(next_poll_at=None))  # type: ignore[call-overload]
