"""Shared by the notification tests: an outbox with alerts in it, and a look at their rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from monitor.models import Alert, Article, utcnow
from monitor.notify import Dispatcher, Sender, console_sender, sample_alerts
from monitor.routes import Route
from monitor.store import open_database, transaction

HOSTILE = "Blast at port <script>alert(1)</script> @channel <!here> <http://evil.example|click> *bold* [x](http://e)"


def payload(n: int, title: str | None = None, story: int | None = None, kind: str = "new") -> dict[str, Any]:
    base = sample_alerts()[n % 3].payload
    story_id = story if story is not None else 100 + n
    return {**base, "kind": kind, "title": title or f"Headline number {n}", "url": f"https://news.example/{n}",
            "story": {**base["story"], "id": story_id, "title": f"Story {story_id}"}}


def add_alerts(engine: Engine, count: int, *, route: str = "default", start: int = 0,
               created: datetime | None = None, payloads: Sequence[dict[str, Any]] | None = None) -> list[int]:
    """Alerts as decide() writes them (one article each), created at ``created`` (default now)."""
    ids = []
    with transaction(engine) as session:
        for i in range(start, start + count):
            p = payloads[i - start] if payloads else payload(i)
            article = Article(identity=f"t:{route}:{i}", origin="feed", url=p["url"], canonical_url=p["url"],
                              title=p["title"], text="text", content_hash=f"h{route}{i}", fingerprint="f")
            session.add(article)
            session.flush()
            assert article.id is not None
            alert = Alert(dedup_key=f"k:{route}:{i}", article_id=article.id, route=route, kind=p["kind"],
                          watchlists=[w["name"] for w in p["watchlists"]], payload=p,
                          created_at=created or utcnow(), next_attempt_at=created or utcnow())
            session.add(alert)
            session.flush()
            assert alert.id is not None
            ids.append(alert.id)
    return ids


def dispatcher(tmp_path: Path, sender: Sender | None = None, *routes: Route, url: str | None = None) -> Dispatcher:
    engine = open_database(url or f"sqlite:///{tmp_path / 'm.db'}", auto_upgrade=True)
    table = {r.name: r for r in routes} or {"default": Route("default")}
    return Dispatcher(engine, sender or console_sender(_Null()), owner="test", routes=table)


class _Null:
    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def rows(engine: Engine) -> list[Alert]:
    with Session(engine) as session:
        return list(session.exec(select(Alert).order_by(col(Alert.id))))


class Recorder:
    """A sender that keeps what it was given (route, title, how many alerts, the digest's reason)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, int, str | None]] = []
        self.fail_with: Exception | None = None

    def __call__(self, route: str, message: Any) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.messages.append((route, message.title, len(message.alerts), message.reason))
