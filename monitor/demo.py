"""``monitor demo``: the whole path, offline. A loopback HTTP server serves the project's recorded demo
feeds and article pages; one full cycle runs against them with a throw-away database; the report says what
was fetched, what matched which watchlist, what was suppressed as already known (and as a duplicate of
what), and the alerts that were sent."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from monitor.config import Settings, load_feeds
from monitor.decide import Outcome
from monitor.fetch import AddressGuard
from monitor.loopback import LoopbackServer, Response
from monitor.notify import Message
from monitor.pipeline import FeedReport
from monitor.service import Service

DEMO_DIR = Path(__file__).parent / "data" / "demo"
TYPES = {".xml": "application/rss+xml; charset=utf-8", ".atom": "application/atom+xml; charset=utf-8",
         ".html": "text/html; charset=utf-8"}


def demo_routes(base: str, directory: Path = DEMO_DIR) -> dict[str, Response]:
    """Every recorded feed and page, ``{base}`` replaced by the server's own address."""
    routes = {}
    for sub in ("feeds", "articles"):
        for path in sorted((directory / sub).glob("*")):
            if path.suffix in TYPES:
                body = path.read_text(encoding="utf-8").replace("{base}", base).encode()
                kind = TYPES[path.suffix]
                if path.suffix == ".xml" and b"<feed" in body[:500]:
                    kind = TYPES[".atom"]
                routes[f"/{sub}/{path.name}"] = Response(body, headers={"Content-Type": kind})
    return routes


@dataclass
class DemoResult:
    reports: list[FeedReport]
    alerts: list[tuple[str, Message]]
    known: list[Outcome]  # the seed corpus as loaded at the start

    @property
    def outcomes(self) -> list[Outcome]:
        return [o for r in self.reports for o in r.outcomes]


def run_demo(settings: Settings, out: Callable[[str], None] = print) -> DemoResult:
    sent: list[tuple[str, Message]] = []
    with LoopbackServer() as server, tempfile.TemporaryDirectory(prefix="monitor-demo-") as tmp:
        server.routes.update(demo_routes(server.base_url))
        feeds = load_feeds(DEMO_DIR / "feeds.yaml", base=server.base_url)
        # one feed at a time, in file order: the demo tells the same story every run (in service, feeds
        # are polled concurrently and whichever copy of a story arrives first is the one that alerts)
        settings = replace(settings, data_dir=Path(tmp), database_url=f"sqlite:///{Path(tmp) / 'demo.db'}",
                           feed_concurrency=1)
        service = Service(settings, feeds=feeds, sender=lambda route, msg: sent.append((route, msg)),
                          guard=AddressGuard(["127.0.0.1"]))
        service.open()
        out(f"Serving {len(feeds)} recorded feeds and their article pages on {server.base_url}")
        out("Known stories: the 5 seed-corpus articles (Russia–Iran strategic partnership treaty)\n")
        reports, _ = asyncio.run(_cycle(service))
    result = DemoResult(reports, sent, service.seeded)
    print_report(result, out)
    return result


async def _cycle(service: Service) -> tuple[list[FeedReport], object]:
    try:
        return await service.once()
    finally:
        await service.close()


def print_report(result: DemoResult, out: Callable[[str], None]) -> None:
    out("Fetched")
    for r in result.reports:
        out(f"  {r.feed:28} {r.status:9} {r.entries:3} entries, {len(r.outcomes):3} new"
            + (f"  ERROR {r.error}" if r.error else ""))
    out("\nDecisions")
    for o in result.outcomes:
        lists = f"[{', '.join(o.watchlists)}]" if o.watchlists else ""
        if o.decision == "alert":
            kind = "update to story" if o.level == "update" else "new story"
            extra = f"{kind} #{o.story_id}" + (f"; new: {', '.join(o.new_facts[:5])}" if o.new_facts else "")
            out(f"  ALERT      {lists} {o.title}\n             {extra}")
        elif o.decision == "duplicate":
            out(f"  suppressed {lists} {o.title}\n             {o.level} of {o.duplicate_of} "
                f"(similarity {o.similarity}), story #{o.story_id}")
        else:
            out(f"  no match   {o.title}")
    out(f"\nAlerts sent ({len(result.alerts)})")
    for route, message in result.alerts:
        out(f"  --- to {route}: {message.title}")
        out("      " + message.body.replace("\n", "\n      "))
    counts = {d: sum(1 for o in result.outcomes if o.decision == d) for d in ("alert", "duplicate", "no_match")}
    out(f"\nSummary: {len(result.outcomes)} new articles; {counts['alert']} alerted, "
        f"{counts['duplicate']} suppressed as already known, {counts['no_match']} matched no watchlist")
