"""The outbox and its dispatcher, against real endpoints on loopback."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from monitor.article import Article, Hit
from monitor.decide import decide
from monitor.models import Alert, utcnow
from monitor.notify import Dispatcher, apprise_sender, console_sender, render
from monitor.store import open_database, transaction
from tests.receivers import WebhookReceiver, smtp_server


class OneHit:
    def match(self, article: Article) -> list[Hit]:
        return [Hit("sanctions", ("sanctions", "shadow fleet"), ("EU imposes «sanctions» on 118 tankers",),
                    routes=("default",))]


TOPICS = ["Brussels freezes assets of Belarusian potash exporter Belaruskali",
          "Washington blacklists Venezuelan gold traders in Caracas and Panama",
          "London bars Myanmar aviation fuel suppliers from British insurers"]


def enqueue(tmp_path: Path, n: int = 1) -> Dispatcher:
    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    for i in range(n):
        article = Article(url=f"https://news.example/{i}", title=f"{TOPICS[i]} <b>@channel</b>",
                          text=TOPICS[i], source="Wire")
        assert decide(engine, OneHit(), article, identity=f"t:{i}", origin="feed").decision == "alert"
    return Dispatcher(engine, console_sender(io.StringIO()), owner="test")


def statuses(d: Dispatcher) -> list[tuple[str, int]]:
    with Session(d.engine) as session:
        return [(a.status, a.attempts) for a in session.exec(select(Alert).order_by(Alert.id))]


def test_render_says_what_fired_and_why() -> None:
    alert = Alert(dedup_key="k", article_id=1, kind="update", payload={
        "title": "Headline", "url": "https://x.org/a", "source": "Wire", "published": "2025-05-21T10:00:00+00:00",
        "watchlists": [{"name": "sanctions", "terms": ["sanctions"], "snippets": ["new «sanctions» today"]}],
        "story": {"id": 4, "outlets": ["Wire", "Herald"], "articles": 2}, "new_facts": ["118"]})
    message = render(alert)
    assert message.title == "UPDATE · [sanctions] Headline"
    for part in ("https://x.org/a", "Wire · 2025-05-21 10:00", "new «sanctions» today", "2 outlet(s)", "118"):
        assert part in message.body


def test_json_webhook_receives_each_alert_once(tmp_path: Path) -> None:
    with WebhookReceiver() as hook:
        d = enqueue(tmp_path, 3)
        d.sender = apprise_sender({"default": [f"json://127.0.0.1:{hook.port}/hook"]})
        assert d.dispatch_once().sent == 3
        assert d.dispatch_once().sent == 0  # nothing left: sent alerts are never claimed again
    assert len(hook.posts) == 3
    assert {p["title"] for p in hook.posts} == {f"[sanctions] {topic} <b>@channel</b>" for topic in TOPICS}
    assert statuses(d) == [("sent", 1)] * 3


def test_failed_delivery_is_kept_with_its_reason_and_retried_later(tmp_path: Path) -> None:
    with WebhookReceiver() as hook:
        hook.statuses = [500]
        d = enqueue(tmp_path)
        d.sender = apprise_sender({"default": [f"json://127.0.0.1:{hook.port}/hook"]})
        report = d.dispatch_once()
        assert (report.sent, report.failed) == (0, 1)
        with Session(d.engine) as session:
            alert = session.exec(select(Alert)).one()
        assert alert.status == "pending" and alert.attempts == 1 and alert.last_error
        assert "500" in alert.last_error or "failed" in alert.last_error.lower()
        assert alert.next_attempt_at > utcnow() + timedelta(seconds=20)  # backed off, not due yet
        assert d.dispatch_once().sent == 0
        with transaction(d.engine) as session:  # time passes
            alert.next_attempt_at = utcnow() - timedelta(seconds=1)
            session.add(alert)
        assert d.dispatch_once().sent == 1
    assert len(hook.posts) == 1 and statuses(d) == [("sent", 2)]


def test_endpoint_down_loses_nothing(tmp_path: Path) -> None:
    d = enqueue(tmp_path, 2)
    with WebhookReceiver() as hook:
        port = hook.port
    d.sender = apprise_sender({"default": [f"json://127.0.0.1:{port}/hook"]})  # nobody listens any more
    assert d.dispatch_once().failed == 2
    assert statuses(d) == [("pending", 1)] * 2


def test_a_leased_alert_is_not_claimed_by_another_dispatcher(tmp_path: Path) -> None:
    d = enqueue(tmp_path, 2)
    other = Dispatcher(d.engine, d.sender, owner="other")
    now = utcnow()
    assert len(d.claim(now)) == 2
    assert other.claim(now) == []
    assert len(other.claim(now + timedelta(minutes=3))) == 2  # the first one's lease expired


def test_email_arrives_with_text_and_html_parts(tmp_path: Path) -> None:
    with smtp_server() as (port, inbox):
        d = enqueue(tmp_path)
        url = f"mailto://127.0.0.1:{port}?from=monitor@example.org&to=desk@example.org&mode=insecure"
        d.sender = apprise_sender({"default": [url]})
        assert d.dispatch_once().sent == 1
    (mail,) = inbox
    assert f"[sanctions] {TOPICS[0]}" in mail["Subject"]
    assert mail["To"] == "desk@example.org"
    parts = {part.get_content_type(): part.get_payload(decode=True).decode() for part in mail.walk()
             if not part.is_multipart()}
    assert "https://news.example/0" in parts["text/plain"]
    assert "text/html" in parts and "https://news.example/0" in parts["text/html"]


def test_unknown_apprise_url_is_refused_without_showing_secrets() -> None:
    with pytest.raises(ValueError) as info:
        apprise_sender({"default": ["nosuchscheme://user:hunter2@host/path"]})
    assert "hunter2" not in str(info.value)
