"""The outbox and its dispatcher against real endpoints on loopback: apprise's json:// to a local HTTP
receiver, Slack's webhook payload to a local receiver, email to a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from email.header import decode_header, make_header
from email.message import Message as Mail
from pathlib import Path

import pytest
from apprise.plugins.slack import NotifySlack

from monitor.article import Article, Hit
from monitor.decide import decide
from monitor.errors import ConfigError
from monitor.models import Alert, utcnow
from monitor.notify import BACKOFF_FIRST, Dispatcher, Renderer, apprise_sender, console_sender, render, sample_alerts
from monitor.routes import Route
from monitor.store import open_database
from tests.notify_kit import HOSTILE, add_alerts, dispatcher, payload, rows
from tests.receivers import WebhookReceiver, smtp_server


class OneHit:
    def match(self, article: Article) -> list[Hit]:
        return [Hit("sanctions", ("sanctions", "shadow fleet"), ("EU imposes «sanctions» on 118 tankers",),
                    routes=("default",))]


TOPICS = ["Brussels freezes assets of Belarusian potash exporter Belaruskali",
          "Washington blacklists Venezuelan gold traders in Caracas and Panama",
          "London bars Myanmar aviation fuel suppliers from British insurers"]


def enqueue(tmp_path: Path, n: int = 1) -> Dispatcher:
    """Alerts written the real way: decide() on articles that match."""
    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    for i in range(n):
        article = Article(url=f"https://news.example/{i}", title=f"{TOPICS[i]} <b>@channel</b>",
                          text=TOPICS[i], source="Wire")
        assert decide(engine, OneHit(), article, identity=f"t:{i}", origin="feed").decision == "alert"
    return Dispatcher(engine, console_sender(io.StringIO()), owner="test", routes={"default": Route("default")})


def statuses(d: Dispatcher) -> list[tuple[str, int]]:
    return [(a.status, a.attempts) for a in rows(d.engine)]


def subject(mail: Mail) -> str:
    return str(make_header(decode_header(mail["Subject"])))


def parts(mail: Mail) -> dict[str, str]:
    return {part.get_content_type(): part.get_payload(decode=True).decode() for part in mail.walk()
            if not part.is_multipart()}


@pytest.fixture
def slack_hook(monkeypatch: pytest.MonkeyPatch) -> Iterator[WebhookReceiver]:
    """Apprise's Slack plugin, unchanged, posting to a loopback receiver instead of hooks.slack.com (its
    webhook base URL is a class attribute; no URL form points it elsewhere)."""
    with WebhookReceiver() as hook:
        monkeypatch.setattr(NotifySlack, "webhook_url", f"http://127.0.0.1:{hook.port}/services")
        yield hook


# ---------------------------------------------------------------- what a message says


def test_render_says_what_fired_and_why() -> None:
    alert = Alert(dedup_key="k", article_id=1, kind="update", payload={
        "title": "Headline", "url": "https://x.org/a", "source": "Wire", "published": "2025-05-21T10:00:00+00:00",
        "watchlists": [{"name": "sanctions", "terms": ["sanctions"], "snippets": ["new «sanctions» today"]}],
        "story": {"id": 4, "outlets": ["Wire", "Herald"], "articles": 2}, "new_facts": ["118"]})
    message = render(alert)
    assert message.title == "UPDATE · [sanctions] Headline"
    assert message.body.splitlines() == [
        "🔄 **UPDATE** · **[Headline](<https://x.org/a>)**",
        "Wire · 21 May 2025, 10:00 UTC",
        "🔎 sanctions (sanctions)",
        "> new **sanctions** today",
        "What is new: 118",
        "📰 2 outlets carry this story: Wire, Herald",
    ]


@pytest.mark.parametrize("channel", ["text", "slack"])
def test_markdown_channels_escape_markup_links_and_mentions(channel: str) -> None:
    alert = Alert(dedup_key="k", article_id=1, payload=payload(0, title=HOSTILE))
    alert.payload["watchlists"][0]["snippets"] = ["a «<!channel>» and [link](javascript:alert(1)) here"]
    body = render(alert, channel).body  # type: ignore[arg-type]
    assert "\\<script\\>" in body and "<script>" not in body
    assert "@channel" not in body and "@\u2060channel" in body
    assert "<!here>" not in body and "<!channel>" not in body
    assert "<http://evil.example|click>" not in body and "\\[x\\]\\(http://e\\)" in body
    assert "](javascript:" not in body


def test_email_escapes_html_and_refuses_non_http_links() -> None:
    p = payload(0, title=HOSTILE)
    p["url"] = "javascript:alert(document.cookie)"
    p["watchlists"][0]["snippets"] = ["<img src=x onerror=alert(1)> «shadow fleet»"]
    body = Renderer().render("email", [Alert(dedup_key="k", article_id=1, payload=p)]).body
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert "<img" not in body and "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "javascript:" not in body and 'href=""' in body
    assert '<mark style="background:#fde68a;padding:0 2px">shadow fleet</mark>' in body


def test_user_templates_override_the_shipped_ones(tmp_path: Path) -> None:
    (tmp_path / "text_alert.md.j2").write_text("{{ alerts[0].title | md }} for {{ route }}", "utf-8")
    renderer = Renderer(tmp_path)
    renderer.check()
    message = renderer.render("text", sample_alerts()[:1])
    assert message.body == "EU sanctions 118 more shadow-fleet tankers in its 17th package for default\n"
    assert message.title.startswith("[sanctions] EU sanctions")  # the title template is still the shipped one


def test_a_broken_user_template_is_refused_at_load_naming_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "email_digest.html.j2").write_text("<p>\n{% for a in alerts %}\n{{ a.title }\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        Renderer(tmp_path).check()
    assert f"{tmp_path / 'email_digest.html.j2'}:3" in str(info.value)


# ---------------------------------------------------------------- real endpoints


def test_json_webhook_receives_each_alert_once(tmp_path: Path) -> None:
    with WebhookReceiver() as hook:
        d = enqueue(tmp_path, 3)
        d.sender = apprise_sender({"default": [f"json://127.0.0.1:{hook.port}/hook"]})
        assert d.dispatch_once().sent == 3
        assert d.dispatch_once().sent == 0  # nothing left: sent alerts are never claimed again
    assert len(hook.posts) == 3
    assert {p["title"] for p in hook.posts} == {f"[sanctions] {topic} <b>@channel</b>" for topic in TOPICS}
    assert all("\\<b\\>@\u2060channel\\</b\\>" in p["message"] for p in hook.posts)
    assert statuses(d) == [("sent", 1)] * 3


def test_slack_receives_the_exact_payload(tmp_path: Path, slack_hook: WebhookReceiver) -> None:
    alert = sample_alerts()[1]  # an update, in a story four outlets carry
    alert.payload["published"] = "2025-05-21T10:00:00+00:00"
    send = apprise_sender({"desk": Route("desk", ("slack://T1ABC/B2DEF/C3ghijkl/?footer=no&image=no",))})
    send("desk", Renderer().render("text", [alert]))
    assert slack_hook.paths == ["/services/T1ABC/B2DEF/C3ghijkl"]
    assert slack_hook.posts == [{"mrkdwn": True, "attachments": [{"title": "", "color": "#3AA3E3", "text": (
        "🔄 *UPDATE* · *<https://lloydslist.example/eu-panama-tankers|EU tanker sanctions now cover "
        "Panama-flagged vessels, diplomats say>*\n"
        "Lloyd's List · 21 May 2025, 10:00 UTC\n"
        "🔎 sanctions (shadow fleet, Panama) · maritime (shadow fleet, Panama)\n"
        "> Diplomats said the list includes 23 *Panama*-flagged ships of the *shadow fleet*.\n"
        "What is new: Panama, 23\n"
        "📰 4 outlets carry this story: Reuters, Politico Europe, Lloyd's List, Kyiv Independent")}]}]


def test_slack_payload_carries_no_mention_link_or_markup_from_the_feed(slack_hook: WebhookReceiver) -> None:
    alert = Alert(dedup_key="k", article_id=1, payload=payload(0, title=HOSTILE))
    send = apprise_sender({"desk": Route("desk", ("slack://T1ABC/B2DEF/C3ghijkl/?footer=no&image=no",))})
    send("desk", Renderer().render("text", [alert]))
    text = slack_hook.posts[0]["attachments"][0]["text"]
    headline = text.splitlines()[0]
    assert headline == ("*<https://news.example/0|Blast at port &lt;script&gt;alert(1)&lt;/script&gt; "
                        "@\u2060channel &lt;!here&gt; &lt;http://evil.example|click&gt; \\*bold\\* [x](http://e)>*")
    assert "<!" not in text and "<http://evil" not in text and "<@" not in text


def test_email_arrives_with_text_and_html_parts(tmp_path: Path) -> None:
    with smtp_server() as (port, inbox):
        d = enqueue(tmp_path)
        url = f"mailto://127.0.0.1:{port}?from=monitor@example.org&to=desk@example.org&mode=insecure"
        d.sender = apprise_sender({"default": [url]})
        assert d.dispatch_once().sent == 1
    (mail,) = inbox
    assert subject(mail) == f"[sanctions] {TOPICS[0]} <b>@channel</b>"  # plain text: nothing to inject
    assert mail["To"] == "desk@example.org"
    assert mail.get_content_type() == "multipart/alternative"
    body = parts(mail)
    html = body["text/html"]
    assert 'href="https://news.example/0"' in html and "&lt;b&gt;@channel&lt;/b&gt;" in html
    assert '<mark style="background:#fde68a;padding:0 2px">sanctions</mark>' in html
    assert "New story" in html and "First report of this story" in html
    text = body["text/plain"]
    assert TOPICS[0] in text and "EU imposes sanctions on 118 tankers" in text and "<mark" not in text
    assert "https://news.example/0" in text and "New story sanctions" in text  # the address survives


def test_email_digest_groups_alerts_by_story(tmp_path: Path) -> None:
    route = Route("morning", mode="digest")
    with smtp_server() as (port, inbox):
        url = f"mailto://127.0.0.1:{port}?from=monitor@example.org&to=desk@example.org&mode=insecure"
        d = dispatcher(tmp_path, None, route)
        d.sender = apprise_sender({"morning": Route("morning", (url,), mode="digest")})
        add_alerts(d.engine, 3, route="morning", payloads=[a.payload for a in sample_alerts()])
        assert (d.dispatch_once().held, inbox) == (3, [])
        report = d.dispatch_once(now=route.next_digest(utcnow()) + timedelta(seconds=1))
        assert (report.sent, report.messages) == (3, 1)
    (mail,) = inbox
    assert subject(mail) == "Digest · sanctions, maritime, iran-russia: 3 alerts in 2 stories"
    html = parts(mail)["text/html"]
    first = html.index("Story 1</b> · 4 outlets: Reuters, Politico Europe, Lloyd&#39;s List, Kyiv Independent")
    second = html.index("Story 2</b> · 1 outlet (first report)")
    tankers, panama, barter = (html.index(t) for t in ("in its 17th package", "Panama-flagged vessels",
                                                       "grain-for-drones barter deal"))
    assert first < tankers < panama < second < barter
    assert [a.delivery for a in rows(d.engine)] == ["digest"] * 3
    assert len({a.message_id for a in rows(d.engine)}) == 1


# ---------------------------------------------------------------- failures


def test_failed_delivery_is_kept_with_its_reason_and_retried_later(tmp_path: Path) -> None:
    with WebhookReceiver() as hook:
        hook.statuses = [500]
        d = enqueue(tmp_path)
        d.sender = apprise_sender({"default": [f"json://127.0.0.1:{hook.port}/hook"]})
        report = d.dispatch_once()
        assert (report.sent, report.failed) == (0, 1)
        (alert,) = rows(d.engine)
        assert alert.status == "pending" and alert.attempts == 1
        assert alert.last_error and "500" in alert.last_error and "json://127.0.0.1" in alert.last_error
        assert alert.next_attempt_at > utcnow() + timedelta(seconds=20)  # backed off, not due yet
        assert d.dispatch_once().sent == 0
        assert d.dispatch_once(now=alert.next_attempt_at).sent == 1  # time passes
    assert len(hook.posts) == 1 and statuses(d) == [("sent", 2)]
    assert rows(d.engine)[0].last_error is None


def test_backoff_doubles_until_its_ceiling(tmp_path: Path) -> None:
    with WebhookReceiver() as hook:
        hook.statuses = [500] * 9
        d = enqueue(tmp_path)
        d.sender = apprise_sender({"default": [f"json://127.0.0.1:{hook.port}/hook"]})
        now, delays = utcnow(), []
        for _ in range(9):
            assert d.dispatch_once(now=now).failed == 1
            (alert,) = rows(d.engine)
            delays.append(alert.next_attempt_at - now)
            now = alert.next_attempt_at
    assert [round(x / BACKOFF_FIRST) for x in delays] == [1, 2, 4, 8, 16, 32, 64, 120, 120]  # 30 s .. 1 h


def test_slow_endpoint_times_out_is_recorded_and_retried(tmp_path: Path) -> None:
    with WebhookReceiver() as hook:
        hook.delay = 1.5
        d = enqueue(tmp_path)
        d.sender = apprise_sender({"default": [f"json://127.0.0.1:{hook.port}/hook?rto=0.3"]})
        assert d.dispatch_once().failed == 1
        (alert,) = rows(d.engine)
        assert alert.last_error and "timed out" in alert.last_error.lower()
        hook.delay = 0
        assert d.dispatch_once(now=alert.next_attempt_at).sent == 1
    assert len(hook.posts) == 1


def test_a_channel_down_for_hours_loses_nothing_and_its_backlog_arrives_as_one_digest(tmp_path: Path) -> None:
    with WebhookReceiver() as hook:
        port = hook.port
    d = dispatcher(tmp_path)
    d.sender = apprise_sender({"default": [f"json://127.0.0.1:{port}/hook"]})  # nobody listens
    now = utcnow()
    for hour in range(5):  # two new alerts every hour; every retry fails
        add_alerts(d.engine, 2, start=2 * hour, created=now)
        for _ in range(6):
            d.dispatch_once(now=now)
            now += timedelta(minutes=10)
    pending = rows(d.engine)
    assert [a.status for a in pending] == ["pending"] * 10
    assert all(a.attempts >= 1 and "json://127.0.0.1" in (a.last_error or "") for a in pending[:2])
    assert len({a.next_attempt_at for a in pending}) == 1  # the whole route waits for one retry time
    with WebhookReceiver() as hook:  # the channel is back, on the same port
        hook.server.server_close()
        hook.server = type(hook.server)(("127.0.0.1", port), hook.server.RequestHandlerClass)
        hook.thread = type(hook.thread)(target=hook.server.serve_forever, daemon=True)
        hook.thread.start()
        report = d.dispatch_once(now=pending[0].next_attempt_at)
    assert (report.sent, report.messages) == (10, 1)
    (post,) = hook.posts
    assert post["title"].startswith("Backlog after delivery failures · ") and "10 alerts in 10 stories" in post["title"]
    assert [a.status for a in rows(d.engine)] == ["sent"] * 10


def test_endpoint_refusing_the_connection_loses_nothing(tmp_path: Path) -> None:
    d = enqueue(tmp_path, 2)
    with WebhookReceiver() as hook:
        port = hook.port
    d.sender = apprise_sender({"default": [f"json://127.0.0.1:{port}/hook"]})
    report = d.dispatch_once()
    assert (report.failed, report.held, report.messages) == (1, 1, 0)  # the route is down: no second try now
    assert statuses(d) == [("pending", 1), ("pending", 0)]
    assert len({a.next_attempt_at for a in rows(d.engine)}) == 1


def test_a_leased_alert_is_not_claimed_by_another_dispatcher(tmp_path: Path) -> None:
    d = enqueue(tmp_path, 2)
    other = Dispatcher(d.engine, d.sender, owner="other")
    now = utcnow()
    assert len(d.claim(now)) == 2
    assert other.claim(now) == []
    assert len(other.claim(now + timedelta(minutes=3))) == 2  # the first one's lease expired


def test_an_alert_for_an_undefined_route_waits_with_the_reason(tmp_path: Path) -> None:
    d = dispatcher(tmp_path)
    add_alerts(d.engine, 1, route="desk-slack")
    assert d.dispatch_once().failed == 1
    (alert,) = rows(d.engine)
    assert alert.status == "pending" and alert.last_error == "unknown route 'desk-slack' (routes defined: default)"


def test_unknown_apprise_url_is_refused_without_showing_secrets() -> None:
    with pytest.raises(ConfigError) as info:
        apprise_sender({"default": ["nosuchscheme://user:hunter2@host/path"]})
    assert "hunter2" not in str(info.value)


def test_postgres_digest_and_fold(postgres_url: str, tmp_path: Path) -> None:
    """The same outbox on PostgreSQL: claim with SKIP LOCKED, holds, one digest message."""
    route = Route("default", mode="digest", )
    with WebhookReceiver() as hook:
        d = dispatcher(tmp_path, None, route, url=postgres_url)
        d.sender = apprise_sender({"default": Route("default", (f"json://127.0.0.1:{hook.port}/h",), "digest")})
        add_alerts(d.engine, 4)
        assert d.dispatch_once().held == 4
        report = d.dispatch_once(now=route.next_digest(utcnow()))
    assert (report.sent, report.messages, len(hook.posts)) == (4, 1, 1)
    d.engine.dispose()


def test_a_failure_reason_never_quotes_the_secret_in_a_webhook_url(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with WebhookReceiver() as hook:
        port = hook.port
    monkeypatch.setattr(NotifySlack, "webhook_url", f"http://127.0.0.1:{port}/services")  # nobody listens
    secret = "C3sEcReTwEbHoOk"
    d = enqueue(tmp_path)
    d.sender = apprise_sender({"default": [f"slack://T1ABC/B2DEF/{secret}/"]})
    d.dispatch_once()
    (alert,) = rows(d.engine)
    assert alert.last_error and "Connection refused" in alert.last_error  # the library's error quotes the URL...
    assert secret not in alert.last_error and "/services/<redacted>/<redacted>/<redacted>" in alert.last_error
