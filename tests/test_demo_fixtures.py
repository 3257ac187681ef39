"""The offline demo's fixtures agree with each other.

Feeds are well-formed RSS 2.0 or Atom, every page a summary-only feed links to exists and extracts to the
article's paragraphs, expected.yaml has one consistent row per article in feed order, and the replay files
hold the same articles with the same text. These tests check the fixtures, not the pipeline.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import feedparser
import lxml.html
import pytest
import trafilatura
import yaml

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "monitor" / "data" / "demo"
SEED = REPO / "monitor" / "data" / "seed"
REPLAY = REPO / "tests" / "data" / "replay"
BASE = "http://127.0.0.1:8765"
REPLAY_BASE = "https://demo.example"
WATCHLISTS = {"treaty-ratification", "arms-transfers", "sanctions"}
DECISION_OF = {
    "retelling": "duplicate",
    "syndicated_copy": "duplicate",
    "new_development": "alert",
    "update": "alert",
    "irrelevant": "no_match",
    "trap": "no_match",
}
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
}
LINK = re.compile(r"^\{base\}(/articles/[a-z0-9-]+\.html)$")


@dataclass(frozen=True)
class FeedItem:
    feed: str
    fetch_full: bool
    path: str
    title: str
    content_html: str  # "" for summary-only feeds


def _feed_list() -> list[dict[str, object]]:
    data = yaml.safe_load((DEMO / "feeds.yaml").read_text(encoding="utf-8"))
    feeds: list[dict[str, object]] = data["feeds"]
    return feeds


def _feed_file(feed: dict[str, object]) -> Path:
    match = re.fullmatch(r"\{base\}/feeds/([a-z0-9-]+\.xml)", str(feed["url"]))
    assert match, f"{feed['name']}: url must be {{base}}/feeds/<name>.xml, got {feed['url']}"
    return DEMO / "feeds" / match.group(1)


def _items(feed: dict[str, object]) -> list[FeedItem]:
    root = ET.fromstring(_feed_file(feed).read_bytes())
    name, full = str(feed["name"]), bool(feed["fetch_full"])
    if root.tag == "rss":
        return [
            FeedItem(
                name,
                full,
                _path(item.findtext("link", "")),
                item.findtext("title", ""),
                item.findtext("content:encoded", "", NS),
            )
            for item in root.iter("item")
        ]
    entries = root.findall("atom:entry", NS)
    return [
        FeedItem(
            name,
            full,
            _path(_atom_link(entry)),
            entry.findtext("atom:title", "", NS),
            entry.findtext("atom:content", "", NS),
        )
        for entry in entries
    ]


def _atom_link(entry: ET.Element) -> str:
    link = entry.find("atom:link[@rel='alternate']", NS)
    assert link is not None
    return link.get("href", "")


def _path(link: str) -> str:
    match = LINK.match(link.strip())
    assert match, f"links must be {{base}}/articles/<slug>.html, got {link!r}"
    return match.group(1)


def _all_items() -> list[FeedItem]:
    return [item for feed in _feed_list() for item in _items(feed)]


def _expected() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = yaml.safe_load((DEMO / "expected.yaml").read_text(encoding="utf-8"))
    return rows


def _list(value: object) -> list[object]:
    assert isinstance(value, list), value
    return value


def _replay(name: str) -> list[dict[str, str]]:
    lines = (REPLAY / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _paragraphs_of_page(path: str) -> list[str]:
    page = lxml.html.fromstring((DEMO / path.lstrip("/")).read_text(encoding="utf-8"))
    article = page.find(".//article")
    assert article is not None, f"{path}: no <article>"
    body = max(article.iter("div"), key=lambda div: len(div.findall("p")))  # the story's body
    return [" ".join(p.text_content().split()) for p in body.findall("p")]


def _paragraphs_of_html(fragment: str) -> list[str]:
    doc = lxml.html.fromstring(f"<div>{fragment}</div>")
    return [" ".join(p.text_content().split()) for p in doc.iter("p")]


def _text_of(item: FeedItem) -> list[str]:
    """The article's paragraphs as the outlet published them: on its page, or in the feed."""
    return _paragraphs_of_page(item.path) if item.fetch_full else _paragraphs_of_html(item.content_html)


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


# ---------------------------------------------------------------- feeds.yaml and the feeds


def test_feed_list_names_each_outlet_once_and_mixes_summary_and_full_text_feeds() -> None:
    feeds = _feed_list()
    names = [str(f["name"]) for f in feeds]
    assert len(names) == len(set(names)), f"duplicate feed names: {names}"
    assert 5 <= len(feeds) <= 6
    assert sum(1 for f in feeds if f["fetch_full"] is True) >= 2
    assert sum(1 for f in feeds if f["fetch_full"] is False) >= 1
    for feed in feeds:
        assert set(feed) <= {"name", "url", "language", "fetch_full", "interval"}, feed
        assert isinstance(feed["language"], str) and len(feed["language"]) == 2
        assert re.fullmatch(r"\d+[mh]", str(feed["interval"]))
        assert _feed_file(feed).is_file()


@pytest.mark.parametrize("feed", _feed_list(), ids=lambda f: str(f["name"]))
def test_feed_is_well_formed_and_feedparser_reads_it_cleanly(feed: dict[str, object]) -> None:
    raw = _feed_file(feed).read_bytes()
    ET.fromstring(raw)  # raises on anything that is not well-formed XML
    parsed = feedparser.parse(raw.replace(b"{base}", BASE.encode()))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version in {"rss20", "atom10"}
    assert len(parsed.entries) == len(_items(feed)) >= 2
    for entry in parsed.entries:
        assert entry.get("id") and entry.get("published_parsed") and entry.get("link", "").startswith(BASE)
        assert entry.published_parsed.tm_year == 2025


def test_feed_formats_are_mixed() -> None:
    roots = {ET.fromstring(_feed_file(f).read_bytes()).tag for f in _feed_list()}
    assert roots == {"rss", f"{{{NS['atom']}}}feed"}


@pytest.mark.parametrize("feed", _feed_list(), ids=lambda f: str(f["name"]))
def test_summary_feeds_carry_no_content_and_full_feeds_carry_all_of_it(feed: dict[str, object]) -> None:
    for item in _items(feed):
        if feed["fetch_full"]:
            assert item.content_html == "", f"{item.path}: a fetch_full feed should carry only a summary"
            assert (DEMO / item.path.lstrip("/")).is_file(), f"{item.path}: linked page is missing"
        else:
            assert len(_paragraphs_of_html(item.content_html)) >= 4, f"{item.path}: no full text in the feed"


def test_every_page_is_linked_from_a_summary_feed() -> None:
    linked = {item.path for item in _all_items() if item.fetch_full}
    pages = {f"/articles/{p.name}" for p in (DEMO / "articles").glob("*.html")}
    assert pages == linked


# ---------------------------------------------------------------- pages


def _pages() -> list[str]:
    return [item.path for item in _all_items() if item.fetch_full]


@pytest.mark.parametrize("path", _pages())
def test_page_has_metadata_and_four_to_ten_paragraphs(path: str) -> None:
    page = lxml.html.fromstring((DEMO / path.lstrip("/")).read_text(encoding="utf-8"))
    published = page.xpath("//meta[@property='article:published_time']/@content")
    assert published and datetime.fromisoformat(published[0]).year == 2025
    assert page.xpath("//meta[@name='author']/@content")
    assert len(page.xpath("//article//h1")) == 1
    assert 4 <= len(_paragraphs_of_page(path)) <= 10
    assert page.xpath("//nav") and page.xpath("//footer")


@pytest.mark.parametrize("path", _pages())
def test_trafilatura_finds_the_article_and_leaves_the_chrome(path: str) -> None:
    html = (DEMO / path.lstrip("/")).read_text(encoding="utf-8").replace("{base}", BASE)
    text = trafilatura.extract(html, include_comments=False)
    assert text, f"{path}: nothing extracted"
    text = " ".join(text.split())
    paragraphs = _paragraphs_of_page(path)
    assert paragraphs[0][:80] in text and paragraphs[-1][-80:] in text
    for chrome in ("Accept all", "Alle akzeptieren", "I agree", "All rights reserved", "Cookie policy"):
        assert chrome not in text, f"{path}: page chrome {chrome!r} extracted"


# ---------------------------------------------------------------- expected.yaml


def test_expected_has_one_row_per_article_in_feed_order() -> None:
    rows = _expected()
    assert [r["path"] for r in rows] == [item.path for item in _all_items()]
    for row in rows:
        assert set(row) == {"path", "category", "decision", "watchlists", "duplicate_of", "note"}, row


def test_expected_rows_are_consistent() -> None:
    seen: dict[str, dict[str, object]] = {}
    for row in _expected():
        path, category, decision = row["path"], row["category"], row["decision"]
        watchlists, duplicate_of = row["watchlists"], row["duplicate_of"]
        assert isinstance(watchlists, list) and set(watchlists) <= WATCHLISTS, path
        assert DECISION_OF[str(category)] == decision, path
        assert bool(watchlists) == (decision != "no_match"), path
        assert (duplicate_of is not None) == (decision == "duplicate"), path
        if isinstance(duplicate_of, str) and duplicate_of.startswith("seed:"):
            assert category == "retelling" and (SEED / duplicate_of[5:]).is_file(), path
        elif duplicate_of is not None:
            original = seen.get(str(duplicate_of))
            assert original is not None, f"{path}: duplicate_of must name an earlier article"
            assert original["decision"] == "alert" and category == "syndicated_copy", path
        assert isinstance(row["note"], str) and row["note"].strip(), path
        seen[str(path)] = row


def test_expected_covers_what_the_demo_must_show() -> None:
    rows = _expected()
    count = Counter(str(r["category"]) for r in rows)
    assert 25 <= len(rows) <= 30
    assert count["retelling"] >= 5 and count["irrelevant"] >= 4 and count["trap"] >= 4
    assert count["update"] == 1 and count["syndicated_copy"] == 2
    seeds = {r["duplicate_of"] for r in rows if r["category"] == "retelling"}
    assert len(seeds) >= 4, "retellings should cover most of the seed stories"
    for name in WATCHLISTS:
        alerts = [r for r in rows if r["category"] == "new_development" and name in _list(r["watchlists"])]
        assert len(alerts) >= 2, f"{name}: fewer than two new developments"
    originals = {r["duplicate_of"] for r in rows if r["category"] == "syndicated_copy"}
    assert len(originals) == 1, "the syndicated copies should all be copies of one story"


# ---------------------------------------------------------------- replay files


def test_demo_replay_holds_the_same_articles_with_the_same_text() -> None:
    items = _all_items()
    lines = _replay("demo.jsonl")
    assert [line["url"] for line in lines] == [REPLAY_BASE + item.path for item in items]
    for item, line in zip(items, lines, strict=True):
        assert set(line) == {"url", "title", "text", "published", "source"}
        assert line["title"] == item.title and line["source"] == item.feed
        assert datetime.fromisoformat(line["published"]).year == 2025
        paragraphs = _text_of(item)
        assert line["text"].split("\n\n") == paragraphs, item.path
        assert 150 <= _words(paragraphs) <= 600, f"{item.path}: {_words(paragraphs)} words"


def test_new_developments_come_after_the_seed_stories() -> None:
    published = {line["url"][len(REPLAY_BASE) :]: line["published"] for line in _replay("demo.jsonl")}
    last_seed_story = datetime.fromisoformat("2025-05-22T00:00Z")
    for row in _expected():
        if row["category"] in {"new_development", "update", "syndicated_copy"}:
            assert datetime.fromisoformat(published[str(row["path"])]) > last_seed_story, row["path"]


def test_small_replay_is_a_consistent_subset() -> None:
    demo = {line["url"]: line for line in _replay("demo.jsonl")}
    rows = {REPLAY_BASE + str(r["path"]): r for r in _expected()}
    small = _replay("small.jsonl")
    assert len(small) == 6
    assert all(demo[line["url"]] == line for line in small)
    count = Counter(str(rows[line["url"]]["category"]) for line in small)
    assert count == {"retelling": 2, "new_development": 2, "syndicated_copy": 1, "irrelevant": 1}
    urls = [line["url"] for line in small]
    copy = next(u for u in urls if rows[u]["category"] == "syndicated_copy")
    original = REPLAY_BASE + str(rows[copy]["duplicate_of"])
    assert original in urls and urls.index(original) < urls.index(copy)
