"""The whole path against a real loopback HTTP server and a real SQLite file."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from sqlmodel import Session, select

from monitor.config import FeedConfig
from monitor.loopback import LoopbackServer, Response
from monitor.models import Alert, Decision, Feed
from monitor.models import Article as ArticleRow
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
