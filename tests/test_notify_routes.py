"""Routes and modes: routes.yaml and its secrets, digest and quiet-hours clocks, the delivery plan per route
(digest, quiet hours, rate limit, a failing route), and the commands `monitor notify test` and `monitor alerts`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.errors import ConfigError
from monitor.models import Alert, utcnow
from monitor.notify import plan_delivery
from monitor.routes import Route, check_watchlist_routes, load_routes
from monitor.watchlist import load_watchlists
from tests.notify_kit import Recorder, add_alerts, dispatcher, rows
from tests.receivers import WebhookReceiver

SECRET = "TOPSECRET123xyz"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "routes.yaml"
    path.write_text(text, "utf-8")
    return path


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# ---------------------------------------------------------------- routes.yaml


def test_routes_take_secrets_from_the_environment_and_files(tmp_path: Path) -> None:
    (tmp_path / "mail.url").write_text("# the desk's mailbox\nmailto://bot:pw@mail.example.org?to=desk@example.org\n")
    path = write(tmp_path, """routes:
  desk:
    urls: ["${DESK_SLACK}"]
    url_files: [mail.url]
    rate_limit: {max: 5, per: 10m}
  morning:
    urls: ["json://127.0.0.1:9/hook"]
    mode: digest
    digest: {every: daily, at: "08:00", timezone: Europe/Berlin}
""")
    routes = load_routes(path, ("json://127.0.0.1:9/default",), env={"DESK_SLACK": f"slack://T1/B2/{SECRET}"})
    assert set(routes) == {"desk", "morning", "default"}
    desk = routes["desk"]
    assert desk.urls == (f"slack://T1/B2/{SECRET}", "mailto://bot:pw@mail.example.org?to=desk@example.org")
    assert desk.rate_limit is not None and desk.rate_limit.per == 600
    assert not any(SECRET in u or ":pw@" in u for u in desk.redacted_urls())
    assert routes["default"].urls == ("json://127.0.0.1:9/default",)


@pytest.mark.parametrize(("text", "env", "where", "says"), [
    ('routes:\n  desk:\n    urls: ["slack://T1/B2/' + SECRET + '"]\n', {}, ":3:12 [routes.desk.urls[0]]",
     "carries a secret"),
    ('routes:\n  desk:\n    urls: ["${NOPE}"]\n', {}, ":3:12 [routes.desk.urls[0]]",
     "environment variable NOPE is not set"),
    ("routes:\n  desk:\n    urls: []\n    mode: sometimes\n", {}, ":4:5 [routes.desk.mode]",
     "'immediate' or 'digest'"),
    ("routes:\n  desk:\n    urls: []\n    colour: red\n", {}, ":4:5 [routes.desk.colour]", "unknown key"),
    ('routes:\n  desk:\n    mode: digest\n    digest: {at: "25:00"}\n', {}, ":4:14 [routes.desk.digest.at]",
     "expected a local time"),
    ('routes:\n  desk:\n    quiet_hours: {from: "22:00", to: "07:00", timezone: Mars/Olympus}\n', {},
     ":3:47 [routes.desk.quiet_hours.timezone]", "unknown time zone"),
    ('routes:\n  desk:\n    urls: ["${HOOK}"]\n', {"HOOK": f"nosuch://{SECRET}@x"}, ":3:12 [routes.desk.urls[0]]",
     "apprise does not accept the URL nosuch://<redacted>"),
])
def test_an_invalid_routes_file_is_refused_naming_file_line_and_key(tmp_path: Path, text: str, env: dict[str, str],
                                                                     where: str, says: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_routes(path, env=env)
    assert f"{path}{where}" in str(info.value) and says in str(info.value)
    assert SECRET not in str(info.value)


def test_a_watchlist_naming_an_undefined_route_is_refused_at_its_line(tmp_path: Path) -> None:
    wl = tmp_path / "watchlists"
    wl.mkdir()
    (wl / "ports.yaml").write_text("name: ports\nroutes:\n  - default\n  - desk-slak\nquery: harbour\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        check_watchlist_routes(load_watchlists(wl), load_routes(None))
    assert str(info.value).startswith(f"{wl / 'ports.yaml'}:4:5 [routes[1]]: unknown route 'desk-slak'")


def test_monitor_check_validates_routes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DESK_HOOK", f"slack://T1/B2/{SECRET}")
    good = write(tmp_path, 'routes:\n  default:\n    urls: ["${DESK_HOOK}"]\n'
                           '    quiet_hours: {from: "22:00", to: "07:00"}\n')
    monkeypatch.setenv("MONITOR_ROUTES", str(good))
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert "default: immediate, quiet 22:00-07:00 UTC -> slack://T...1/B...2/" in result.output
    assert SECRET not in result.output
    monkeypatch.delenv("DESK_HOOK")
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2
    assert f"Error: {good}:3:12 [routes.default.urls[0]]: environment variable DESK_HOOK" in result.output


# ---------------------------------------------------------------- clocks


def test_digest_times_in_the_route_time_zone_across_a_dst_change() -> None:
    daily = Route("m", mode="digest", digest=_digest(every="daily", at="08:00", timezone="Europe/Berlin"))
    assert daily.next_digest(utc("2025-03-29T06:59:00")) == utc("2025-03-29T07:00:00")  # 08:00 CET
    assert daily.next_digest(utc("2025-03-29T07:00:00")) == utc("2025-03-30T06:00:00")  # 08:00 CEST
    hourly = Route("h", mode="digest", digest=_digest(every="hourly", timezone="Asia/Kolkata"))  # UTC+5:30
    assert hourly.next_digest(utc("2025-05-21T10:10:00")) == utc("2025-05-21T10:30:00")


def test_quiet_hours_over_midnight() -> None:
    route = Route("q", quiet_hours=_quiet("22:00", "07:00", "Europe/London"))
    assert route.quiet_until(utc("2025-06-01T20:59:00")) is None  # 21:59 BST
    assert route.quiet_until(utc("2025-06-01T21:00:00")) == utc("2025-06-02T06:00:00")
    assert route.quiet_until(utc("2025-06-02T05:59:00")) == utc("2025-06-02T06:00:00")
    assert route.quiet_until(utc("2025-06-02T06:00:00")) is None


def _digest(**kw: Any) -> Any:
    from monitor.routes import DigestConfig

    return DigestConfig.model_validate(kw)


def _quiet(start: str, end: str, zone: str) -> Any:
    from monitor.routes import QuietHoursConfig

    return QuietHoursConfig.model_validate({"from": start, "to": end, "timezone": zone})


# ---------------------------------------------------------------- the plan


NOW = utc("2025-05-21T12:00:00")


def alerts(n: int, *, attempts: int = 0, held: str | None = None, created: datetime = NOW) -> list[Alert]:
    return [Alert(id=i + 1, dedup_key=str(i), article_id=1, attempts=attempts, held_reason=held, created_at=created)
            for i in range(n)]


def shape(plan: Any) -> tuple[list[tuple[int, str | None]], list[tuple[int, datetime, str]]]:
    return ([(len(o.alerts), o.reason) for o in plan.send], [(len(h.alerts), h.until, h.reason) for h in plan.hold])


def limited(max_: int, per: str) -> Route:
    from monitor.routes import RateLimitConfig

    return Route("r", rate_limit=RateLimitConfig.model_validate({"max": max_, "per": per}))


@pytest.mark.parametrize(("route", "batch", "recent", "failing", "expected"), [
    # immediate, no limit: one message per alert
    (Route("r"), alerts(3), [], None, ([(1, None)] * 3, [])),
    # rate limit 3 per 10 min, a burst of 6: two alone, the other four folded into one message
    (limited(3, "10m"), alerts(6), [], None, ([(1, None), (1, None), (4, "rate_limit")], [])),
    # one message left in the window: the whole burst in one message
    (limited(3, "10m"), alerts(6), [NOW - timedelta(minutes=1)] * 2, None, ([(6, "rate_limit")], [])),
    # no budget left: wait until the oldest message leaves the window; nothing dropped
    (limited(2, "10m"), alerts(4), [NOW - timedelta(minutes=8), NOW - timedelta(minutes=1)], None,
     ([], [(4, NOW + timedelta(minutes=2), "rate_limit")])),
    # held alerts coming due together go out as one digest, new ones alone
    (Route("r"), alerts(3, held="quiet_hours") + alerts(1), [], None, ([(3, "quiet_hours"), (1, None)], [])),
    # a route whose earlier alerts are failing: new ones queue behind them
    (Route("r"), alerts(2), [], NOW + timedelta(minutes=5), ([], [(2, NOW + timedelta(minutes=5), "backlog")])),
    # retried alerts of a failing route that come due together: one backlog digest
    (Route("r"), alerts(5, attempts=2, held="backlog"), [], None, ([(5, "backlog")], [])),
    # quiet hours: hold until they end
    (Route("r", quiet_hours=_quiet("11:00", "13:30", "UTC")), alerts(2), [], None,
     ([], [(2, utc("2025-05-21T13:30:00"), "quiet_hours")])),
    # digest: wait for the next digest time; once it passed, one message
    (Route("r", mode="digest", digest=_digest(every="hourly")), alerts(2), [], None,
     ([], [(2, utc("2025-05-21T13:00:00"), "digest")])),
    (Route("r", mode="digest", digest=_digest(every="hourly")), alerts(2, created=NOW - timedelta(hours=2)), [],
     None, ([(2, "digest")], [])),
])
def test_plan_delivery(route: Route, batch: list[Alert], recent: list[datetime], failing: datetime | None,
                       expected: Any) -> None:
    assert shape(plan_delivery(route, batch, NOW, recent=recent, failing_until=failing)) == expected


# ---------------------------------------------------------------- modes in the dispatcher


def test_rate_limit_folds_a_burst_and_never_exceeds_the_limit(tmp_path: Path) -> None:
    route = limited(3, "10m")
    sender = Recorder()
    d = dispatcher(tmp_path, sender, route)
    add_alerts(d.engine, 10, route="r")
    now = utcnow()
    report = d.dispatch_once(now=now)
    assert (report.sent, report.messages) == (10, 3)
    assert [m[2:] for m in sender.messages] == [(1, None), (1, None), (8, "rate_limit")]
    add_alerts(d.engine, 2, route="r", start=10)
    assert d.dispatch_once(now=now + timedelta(minutes=1)).held == 2  # no budget: they wait, not dropped
    (held,) = {a.next_attempt_at for a in rows(d.engine) if a.status == "pending"}
    report = d.dispatch_once(now=held)
    assert (report.sent, report.messages) == (2, 1) and sender.messages[-1][2:] == (2, "rate_limit")
    assert [a.status for a in rows(d.engine)] == ["sent"] * 12


def test_quiet_hours_hold_alerts_for_one_digest_when_they_end(tmp_path: Path) -> None:
    now = utcnow() + timedelta(seconds=5)
    start, end = (now - timedelta(hours=1)).strftime("%H:%M"), (now + timedelta(hours=2)).strftime("%H:%M")
    route = Route("night", quiet_hours=_quiet(start, end, "UTC"))
    sender = Recorder()
    d = dispatcher(tmp_path, sender, route)
    add_alerts(d.engine, 4, route="night")
    assert d.dispatch_once(now=now).held == 4 and sender.messages == []
    until = route.quiet_until(now)
    assert until is not None and {a.held_reason for a in rows(d.engine)} == {"quiet_hours"}
    report = d.dispatch_once(now=until + timedelta(seconds=1))
    assert (report.sent, report.messages) == (4, 1)
    assert sender.messages[0][1].startswith("Held during quiet hours · ")
    assert sender.messages[0][2:] == (4, "quiet_hours")


# ---------------------------------------------------------------- commands


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MONITOR_ROUTES", str(tmp_path / "routes.yaml"))
    return tmp_path


def test_notify_test_sends_a_sample_through_a_route(cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with WebhookReceiver() as hook:
        monkeypatch.setenv("DESK_HOOK", f"json://127.0.0.1:{hook.port}/desk")
        write(cli_env, 'routes:\n  desk:\n    urls: ["${DESK_HOOK}"]\n')
        result = CliRunner().invoke(main, ["notify", "test", "desk"])
        assert result.exit_code == 0, result.output
        digest = CliRunner().invoke(main, ["notify", "test", "desk", "--digest"])
        assert digest.exit_code == 0, digest.output
    assert "sent: '[sanctions] EU sanctions 118 more shadow-fleet tankers" in result.output
    assert [p["title"] for p in hook.posts] == [
        "[sanctions] EU sanctions 118 more shadow-fleet tankers in its 17th package",
        "Digest · sanctions, maritime, iran-russia: 3 alerts in 2 stories"]


def test_notify_test_reports_a_failure_with_its_reason(cli_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with WebhookReceiver() as hook:
        hook.statuses = [503]
        monkeypatch.setenv("DESK_HOOK", f"json://127.0.0.1:{hook.port}/desk")
        write(cli_env, 'routes:\n  desk:\n    urls: ["${DESK_HOOK}"]\n')
        result = CliRunner().invoke(main, ["notify", "test", "desk"])
    assert result.exit_code == 1
    assert "FAILED: json://127.0.0.1" in result.output and "503" in result.output
    unknown = CliRunner().invoke(main, ["notify", "test", "nowhere"])
    assert unknown.exit_code == 2 and "unknown route 'nowhere' (routes defined: default, desk)" in unknown.output


def test_alerts_lists_delivery_state_and_errors(cli_env: Path) -> None:
    d = dispatcher(cli_env, Recorder(), Route("default"), url=f"sqlite:///{cli_env / 'monitor.db'}")
    add_alerts(d.engine, 2)
    add_alerts(d.engine, 1, route="desk", start=5)
    d.dispatch_once()  # default: sent; desk: no such route, waits with the reason
    result = CliRunner().invoke(main, ["alerts"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("#3") and "failing, retry at" in lines[0] and "Headline number 5" in lines[0]
    assert "last error: unknown route 'desk' (routes defined: default)" in lines[1]
    assert "sent " in lines[2] and "Headline number 1" in lines[2]
    as_json = [json.loads(x) for x in CliRunner().invoke(main, ["alerts", "--json", "--status", "sent"]).output
               .splitlines()]
    assert [(a["id"], a["state"], a["delivery"]) for a in as_json] == [(2, "sent", "single"), (1, "sent", "single")]
    assert CliRunner().invoke(main, ["alerts", "--since", "2999-01-01"]).output == "no alerts in this period\n"


# ---------------------------------------------------------------- in the service


def test_the_service_routes_by_routes_yaml_and_holds_a_digest_route(tmp_path: Path) -> None:
    from monitor.loopback import LoopbackServer, Response
    from tests.pipeline_kit import Harness, rss
    from tests.test_pipeline import NEW_TREATY, feed, links

    routes = write(tmp_path, 'routes:\n  default:\n    mode: digest\n    digest: {every: hourly}\n')
    h = Harness(tmp_path)
    with LoopbackServer() as server:
        server.routes["/feed.xml"] = Response(rss(links(server, [NEW_TREATY])))
        _, dispatched, service = h.cycle([feed("Test", server.url("/feed.xml"))], routes_file=routes)
    assert (dispatched.sent, dispatched.held, h.sent) == (0, 1, [])
    (alert,) = rows(service.engine)
    assert alert.held_reason == "digest" and alert.next_attempt_at.minute == 0


def test_the_service_refuses_a_watchlist_naming_an_undefined_route(tmp_path: Path) -> None:
    from tests.pipeline_kit import Harness

    h = Harness(tmp_path)
    settings = h.settings()
    treaty = settings.watchlists_dir / "treaty.yaml"
    treaty.write_text(treaty.read_text("utf-8").replace("name: treaty-ratification",
                                                        "name: treaty-ratification\nroutes: [desk]"), "utf-8")
    with pytest.raises(ConfigError) as info:
        h.service([])
    assert f"{treaty}:" in str(info.value) and "unknown route 'desk'" in str(info.value)
