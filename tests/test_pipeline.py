"""The whole path against a real loopback HTTP server and a real SQLite file."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from sqlmodel import Session, select

from monitor.config import FeedConfig
from monitor.loopback import LoopbackServer, Response
from monitor.models import Alert, Decision, Feed
from monitor.models import Article as ArticleRow
from monitor.politeness import DISABLE_AFTER_ERRORS
from monitor.store import transaction
from tests.pipeline_kit import Harness, page, rss

NEW_TREATY = {"title": "Kazakhstan senate ratifies water-sharing treaty with Kyrgyzstan",
              "link": "/a/kz", "guid": "kz-1",
              "description": "The senate of Kazakhstan ratified a treaty with Kyrgyzstan on sharing the waters of "
                             "the Chu and Talas rivers on Thursday, by 41 votes to 3."}
IRRELEVANT = {"title": "Rovers draw derby", "link": "/a/fc", "guid": "fc-1",
              "description": "Ten-man Rovers held on for a 1-1 draw in the derby."}
SEED_RETOLD = {"title": "Iran's parliament ratifies strategic partnership treaty with Russia",
               "link": "/a/ir", "guid": "ir-1",
               "description": "Iran's Parliament overwhelmingly approved the strategic treaty with Russia on May 21, "
                              "with 192 out of 211 lawmakers voting in favor. The agreement provides a comprehensive "
                              "framework for cooperation in defense, security, energy, banking, and technology."}


def feed(name: str, url: str, **kw: object) -> FeedConfig:
    return FeedConfig(name=name, url=url, **kw)  # type: ignore[arg-type]


def links(server: LoopbackServer, items: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{**item, "link": server.url(item["link"])} for item in items]


def test_one_cycle_decides_new_entries_and_sends_one_alert(tmp_path: Path, server: LoopbackServer) -> None:
    server.routes["/feed"] = Response(rss(links(server, [NEW_TREATY, IRRELEVANT])), etag='"v1"',
                                      headers={"Content-Type": "application/rss+xml"})
    h = Harness(tmp_path)
    reports, dispatched, service = h.cycle([feed("Test", server.url("/feed"))])
    outcomes = {o.url.rsplit("/", 1)[1]: o for o in reports["Test"].outcomes}
    assert outcomes["kz"].decision == "alert" and outcomes["kz"].watchlists == ["treaty-ratification"]
    assert outcomes["fc"].decision == "no_match"
    assert dispatched.sent == 1 and len(h.sent) == 1
    route, message = h.sent[0]
    assert route == "default" and "Kazakhstan" in message.title and "treaty-ratification" in message.title
    with Session(service.engine) as session:
        row = session.exec(select(Feed)).one()
        assert (row.etag, row.error_count, row.last_error) == ('"v1"', 0, None)
        assert row.last_success_at is not None and row.next_poll_at is not None
        assert session.exec(select(Alert.status)).all() == ["sent"]
        reasons = {d.reason for d in session.exec(select(Decision).where(Decision.decision != "known"))}
        assert reasons == {"new_story", "no_match"}
    assert server.requests[0].headers["user-agent"].startswith("newsmonitor/")


def test_second_poll_is_conditional_and_decides_nothing_twice(tmp_path: Path, server: LoopbackServer) -> None:
    server.routes["/feed"] = Response(rss(links(server, [NEW_TREATY])), etag='"v1"')
    h = Harness(tmp_path)
    _, _, service = h.cycle([feed("Test", server.url("/feed"))])
    h.make_due(service)
    reports, dispatched, _ = h.cycle([feed("Test", server.url("/feed"))])
    assert reports["Test"].status == "not_modified" and reports["Test"].outcomes == []
    assert server.requests[-1].headers.get("if-none-match") == '"v1"'
    # a changed body with one more entry: only that entry is decided, after a restart too
    server.routes["/feed"] = Response(rss(links(server, [IRRELEVANT, NEW_TREATY])), etag='"v2"')
    h.make_due(service)
    reports, dispatched, service = h.cycle([feed("Test", server.url("/feed"))])
    assert [o.title for o in reports["Test"].outcomes] == [IRRELEVANT["title"]]
    assert dispatched.sent == 0 and len(h.sent) == 1
    with Session(service.engine) as session:
        assert len(session.exec(select(ArticleRow).where(ArticleRow.origin == "feed")).all()) == 2


def test_a_retelling_of_a_seed_story_is_suppressed(tmp_path: Path, server: LoopbackServer) -> None:
    server.routes["/feed"] = Response(rss(links(server, [SEED_RETOLD])))
    reports, dispatched, _ = Harness(tmp_path).cycle([feed("Test", server.url("/feed"))])
    (outcome,) = reports["Test"].outcomes
    assert outcome.decision == "duplicate", outcome
    assert outcome.duplicate_of == "000_6ce8b6fb7b7a46a2.txt"
    assert dispatched.sent == 0


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(2)  # the fetch deadline in this test is 0.5 s; the server gives up by itself after 2 s
    handler.send_response(200)
    handler.send_header("Content-Length", "0")
    handler.end_headers()


@pytest.mark.parametrize(("route", "kind", "words"), [
    (Response(b"<rss><channel><title>x</ti", headers={"Content-Type": "application/rss+xml"}), "parse", "parse"),
    (Response(b"<html><body><h1>Welcome</h1><p>Not a feed</p></body></html>",
              headers={"Content-Type": "text/html"}), None, "feed"),
    (Response(b"gone", 404), "status", "404"),
    (Response(b"oops", 500), "status", "500"),
    (Response(b""), None, ""),
    (_slow, "timeout", "timeout"),
])
def test_a_bad_feed_is_recorded_and_never_stops_the_others(
        tmp_path: Path, server: LoopbackServer, route: object, kind: str | None, words: str) -> None:
    server.routes["/bad"] = route  # type: ignore[assignment]
    server.routes["/good"] = Response(rss(links(server, [NEW_TREATY])))
    feeds = [feed("Bad", server.url("/bad")), feed("Good", server.url("/good"))]
    reports, dispatched, service = Harness(tmp_path).cycle(feeds, fetch_timeout=0.5)
    assert reports["Bad"].status == "error" and reports["Bad"].error
    assert words.lower() in reports["Bad"].error.lower()
    assert reports["Good"].status == "new" and dispatched.sent == 1
    with Session(service.engine) as session:
        bad = session.exec(select(Feed).where(Feed.name == "Bad")).one()
        assert bad.error_count == 1 and bad.last_error == reports["Bad"].error
        assert bad.last_success_at is None and bad.lease_owner is None
        if kind:
            assert bad.last_error_kind == kind
        assert bad.next_poll_at is not None


def test_full_page_is_fetched_and_extracted_when_the_feed_has_only_a_summary(
        tmp_path: Path, server: LoopbackServer) -> None:
    paragraphs = ["The senate of Kazakhstan ratified a treaty with Kyrgyzstan on the Chu and Talas rivers.",
                  "Under the treaty, each country will receive half of the water during the summer months, "
                  "and a joint commission in Bishkek will publish the flows every week.",
                  "The lower house had approved the text in March after two years of negotiations."]
    server.routes["/a/kz"] = Response(page(NEW_TREATY["title"], paragraphs), headers={"Content-Type": "text/html"})
    short = {**NEW_TREATY, "description": "Senate votes on river pact."}
    server.routes["/feed"] = Response(rss(links(server, [short, IRRELEVANT])))
    reports, _, service = Harness(tmp_path).cycle([feed("Full", server.url("/feed"), fetch_full=True)])
    by_guid = {o.url.rsplit("/", 1)[1]: o for o in reports["Full"].outcomes}
    assert by_guid["kz"].decision == "alert"
    with Session(service.engine) as session:
        text = session.exec(select(ArticleRow.text).where(ArticleRow.url == server.url("/a/kz"))).one()
        fallback = session.exec(select(ArticleRow.text).where(ArticleRow.url == server.url("/a/fc"))).one()
    assert "joint commission in Bishkek" in text and "Home | World" not in text
    assert fallback == IRRELEVANT["description"]  # the page is missing (404): the summary is kept


def test_feeds_removed_from_the_file_are_disabled_not_deleted(tmp_path: Path, server: LoopbackServer) -> None:
    server.routes["/feed"] = Response(rss(links(server, [IRRELEVANT])))
    h = Harness(tmp_path)
    _, _, service = h.cycle([feed("A", server.url("/feed")), feed("B", server.url("/feed"))])
    h.make_due(service)
    reports, _, service = h.cycle([feed("A", server.url("/feed"))])
    assert list(reports) == ["A"]
    with Session(service.engine) as session:
        b = session.exec(select(Feed).where(Feed.name == "B")).one()
    assert (b.enabled, b.disabled_reason) == (False, "removed from feeds.yaml")


def test_each_poll_takes_the_cheapest_path_that_misses_nothing(tmp_path: Path, server: LoopbackServer) -> None:
    now = datetime.now(UTC)
    dated = [{**item, "pubDate": format_datetime(now - timedelta(hours=hours))}
             for item, hours in ((NEW_TREATY, 12), (IRRELEVANT, 1))]
    body = rss(links(server, dated))
    server.routes["/feed"] = Response(body)
    h = Harness(tmp_path)
    statuses = []

    def poll(new_body: bytes, etag: str | None = None) -> Any:
        server.routes["/feed"] = Response(new_body, etag=etag)
        reports, service = h.poll([feed("Test", server.url("/feed"))])
        statuses.append(reports["Test"].status)
        h.make_due(service)
        return reports["Test"], service

    first, service = poll(body)
    poll(body)  # the same bytes
    poll(body.replace(b"<description>d</description>", b"<description>d</description><lastBuildDate>"
                      + format_datetime(now).encode() + b"</lastBuildDate>"))  # new bytes, no new entry
    newer = {"title": "Parliament ratifies the Danube shipping convention", "guid": "dn-1", "link": "/a/dn",
             "description": "The convention was ratified.", "pubDate": format_datetime(now - timedelta(minutes=9))}
    with_newer = rss(links(server, [newer, *dated]))
    partial, _ = poll(with_newer)  # one new entry: only it is parsed
    untitled = {"title": "Untitled note", "description": "A note with neither guid nor link."}
    with_note = rss([*links(server, [newer, *dated]), untitled])
    poll(with_note)  # the scan cannot read the note's identity: full parse, one new entry
    poll(with_note.replace(b"Test feed", b"Test feed, renamed"))  # full parse again, nothing new
    poll(with_note, etag='"v5"')
    last, service = poll(with_note, etag='"v5"')
    assert statuses == ["new", "unchanged", "scanned", "new", "new", "parsed", "parsed", "not_modified"]
    assert len(first.outcomes) == 2 and last.outcomes == [] and first.elapsed > 0
    assert [o.title for o in partial.outcomes] == [newer["title"]] and partial.entries == 1  # one entry parsed
    with Session(service.engine) as session:
        row = session.exec(select(Feed)).one()
    assert row.entries_seen == 4 and row.dated_entries == 3
    assert row.entries_per_day == pytest.approx(3 / 0.5, rel=0.05)  # three entries in the last 12 hours


def test_next_poll_honours_ttl_and_the_publishing_rate(tmp_path: Path, server: LoopbackServer) -> None:
    now = datetime.now(UTC)
    hourly = [{"title": f"Bulletin {n}", "guid": f"b{n}", "link": f"/b/{n}", "description": "News.",
               "pubDate": format_datetime(now - timedelta(hours=n))} for n in range(1, 13)]
    server.routes["/hourly"] = Response(rss(links(server, hourly)))
    server.routes["/ttl"] = Response(rss(links(server, [IRRELEVANT])).replace(b"<channel>", b"<channel><ttl>180</ttl>"))
    reports, _ = Harness(tmp_path).poll([feed("Hourly", server.url("/hourly")), feed("Ttl", server.url("/ttl"))],
                                           poll_min=600.0, poll_max=7200.0)
    after = {name: (r.next_poll_at - now).total_seconds() for name, r in reports.items() if r.next_poll_at}
    assert 0.95 * 3600 < after["Hourly"] < 3600 + 60  # about one new entry per poll
    assert 3 * 3600 <= after["Ttl"] < 3 * 3600 + 60  # <ttl>180</ttl> beyond the maximum of 2 h


def test_a_feed_failing_again_and_again_is_disabled_with_the_reason(tmp_path: Path, server: LoopbackServer) -> None:
    server.routes["/bad"] = Response(b"oops", 500)
    h = Harness(tmp_path)
    _, service = h.poll([feed("Bad", server.url("/bad"))])
    with transaction(service.engine) as session:
        session.exec(update(Feed).values(error_count=DISABLE_AFTER_ERRORS - 1, next_poll_at=None))  # type: ignore[call-overload]
    reports, service = h.poll([feed("Bad", server.url("/bad"))])
    assert reports["Bad"].status == "error"
    with Session(service.engine) as session:
        row = session.exec(select(Feed)).one()
    assert not row.enabled and row.error_count == DISABLE_AFTER_ERRORS
    assert row.disabled_reason == f"failing: {DISABLE_AFTER_ERRORS} failures in a row; last: {row.last_error}"
    seen = len(server.requests)
    h.make_due(service)
    reports, _ = h.poll([feed("Bad", server.url("/bad"))])  # a restart does not revive it
    assert reports == {} and len(server.requests) == seen


def test_fetches_to_one_host_are_limited_per_cycle(tmp_path: Path, server: LoopbackServer) -> None:
    lock, in_flight, most = threading.Lock(), [0], [0]
    body = rss(links(server, [IRRELEVANT]))

    def counted(handler: BaseHTTPRequestHandler) -> None:
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        time.sleep(0.1)  # the server is slow on purpose, so that concurrent fetches would overlap
        with lock:
            in_flight[0] -= 1
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    for n in range(5):
        server.routes[f"/f{n}"] = counted
    feeds = [feed(f"F{n}", server.url(f"/f{n}")) for n in range(5)]
    reports, _ = Harness(tmp_path).poll(feeds, feed_concurrency=5, host_concurrency=2)
    assert {r.status for r in reports.values()} == {"new"} and len(reports) == 5
    assert most[0] == 2
