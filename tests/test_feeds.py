"""parse_feed, entry_identity and scan_entry_ids on small feeds written here, and hostile XML."""

from __future__ import annotations

import gzip
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from monitor.article import Entry
from monitor.errors import ParseError
from monitor.feeds import entry_identity, html_to_text, only_entries, parse_feed, scan_entry_ids
from monitor.loopback import LoopbackServer, Response

URL = "https://news.example.org/world/rss.xml"
RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example &amp; World</title>
  <link>https://news.example.org/</link>
  <language>en-gb</language>
  <ttl>45</ttl>
  <item>
    <title>Duma ratifies &lt;b&gt;treaty&lt;/b&gt;</title>
    <link>https://news.example.org/a/1?utm_source=rss&amp;id=7</link>
    <guid isPermaLink="false">urn:example:1</guid>
    <description><![CDATA[<p>The State Duma <b>ratified</b> the treaty.</p><p>Second&nbsp;paragraph.</p>
      <script>alert(1)</script>]]></description>
    <pubDate>Tue, 08 Apr 2025 14:30:00 +0300</pubDate>
    <dc:creator>A. Writer</dc:creator>
  </item>
  <item>
    <title>Relative link, no guid</title>
    <link>/a/2#comments</link>
    <description>Plain 3 &lt; 4 text</description>
  </item>
  <item>
    <title>Placeholder guid</title>
    <guid isPermaLink="false">0</guid>
    <link>https://news.example.org/a/3?fbclid=xyz</link>
  </item>
</channel>
</rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title type="html">Le &lt;i&gt;Monde&lt;/i&gt;</title>
  <id>urn:uuid:feed</id>
  <updated>2025-05-21T10:00:00Z</updated>
  <entry>
    <title>Le Majlis ratifie le trait\u00e9</title>
    <id>tag:example.fr,2025:42</id>
    <link rel="alternate" type="text/html" href="https://example.fr/42"/>
    <link rel="enclosure" href="https://example.fr/42.mp3"/>
    <updated>2025-05-21T09:15:00+02:00</updated>
    <author><name>R\u00e9daction</name></author>
    <summary>R\u00e9sum\u00e9</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Texte <em>complet</em>.</p></div>
    </content>
  </entry>
  <entry>
    <title>No id</title>
    <link rel="related" href="https://example.fr/related"/>
    <link href="https://example.fr/43"/>
    <updated>2025-05-22T00:00:00Z</updated>
  </entry>
</feed>""".encode()


def test_rss_entries_become_plain_text_records() -> None:
    parsed = parse_feed(RSS, url=URL, content_type="application/rss+xml; charset=utf-8")
    assert parsed.title == "Example & World" and parsed.ttl_minutes == 45 and parsed.warning is None
    assert parsed.version == "rss20" and len(parsed.entries) == 3
    first = parsed.entries[0]
    assert first.guid == "urn:example:1"
    assert first.link == "https://news.example.org/a/1?utm_source=rss&id=7"
    assert first.title == "Duma ratifies treaty"
    assert first.summary == "The State Duma ratified the treaty.\nSecond paragraph."
    assert first.content == ""
    assert first.published == datetime(2025, 4, 8, 11, 30, tzinfo=UTC)
    assert first.author == "A. Writer" and first.language == "en-gb"


def test_relative_links_resolve_against_the_feed_url_and_plain_text_stays_plain() -> None:
    second = parse_feed(RSS, url=URL).entries[1]
    assert second.guid is None and second.link == "https://news.example.org/a/2#comments"
    assert second.summary == "Plain 3 < 4 text" and second.published is None


def test_atom_entries() -> None:
    parsed = parse_feed(ATOM, url="https://example.fr/atom")
    assert parsed.title == "Le Monde" and parsed.version == "atom10" and parsed.ttl_minutes is None
    first, second = parsed.entries
    assert first.guid == "tag:example.fr,2025:42" and first.link == "https://example.fr/42"
    assert first.content == "Texte complet." and first.summary == "Résumé"
    assert first.published == datetime(2025, 5, 21, 7, 15, tzinfo=UTC)
    assert first.author == "Rédaction" and first.language == "fr"
    assert second.guid is None and second.link == "https://example.fr/43"


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        (b"", None, "empty body"),
        (b"  \n\t ", None, "empty body"),
        (b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>",
         "text/html", "HTML page"),
        (b"<html><body>not a feed</body></html>", None, "HTML page"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), None, "not a feed"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": []}', "application/json", "JSON Feed"),
        (gzip.compress(b"<html><body>gzipped page</body></html>"), None, "HTML page"),
        (b"\x1f\x8b\x08\x00 truncated gzip", None, "corrupt gzip"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>cut", None, "no readable entries"),
    ],
)  # fmt: skip
def test_what_is_not_a_feed_is_a_parse_error_naming_the_url(
    body: bytes, content_type: str | None, words: str
) -> None:
    with pytest.raises(ParseError) as caught:
        parse_feed(body, url=URL, content_type=content_type)
    assert caught.value.url == URL and URL in str(caught.value) and words in str(caught.value)


def test_feedparser_crashing_on_a_character_reference_is_a_parse_error() -> None:
    body = RSS.replace(b"Relative link, no guid", b"a &#xFFFFFFFF; b")  # OverflowError inside feedparser
    with pytest.raises(ParseError, match="OverflowError in feedparser"):
        parse_feed(body, url=URL)


def test_ill_formed_but_readable_feed_gives_entries_and_a_warning() -> None:
    broken = RSS.replace(b"<ttl>45</ttl>", b"<ttl>45</tl>")
    parsed = parse_feed(broken, url=URL)
    assert parsed.warning and "SAXParseException" in parsed.warning
    assert parsed.entries[0].guid == "urn:example:1"


def test_gzip_file_served_without_content_encoding_is_inflated() -> None:
    assert parse_feed(gzip.compress(RSS), url=URL) == parse_feed(RSS, url=URL)


def test_empty_but_valid_feed_has_no_entries() -> None:
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    parsed = parse_feed(body, url=URL)
    assert parsed.entries == [] and parsed.title == "Quiet" and parsed.version == "rss20"


def test_identity_order_guid_then_canonical_link_then_content_hash() -> None:
    first, second, third = parse_feed(RSS, url=URL).entries
    assert entry_identity(first) == "urn:example:1"  # the GUID, though a link is present
    assert entry_identity(second) == "https://news.example.org/a/2"  # fragment dropped
    assert entry_identity(third) == "https://news.example.org/a/3"  # placeholder GUID "0" ignored
    bare = Entry(None, None, "Some  Title", "A summary", "", None)
    key = entry_identity(bare)
    assert key.startswith("sha256:") and len(key) == len("sha256:") + 64
    assert entry_identity(replace(bare, title="some title ", summary="A\nsummary")) == key
    assert entry_identity(replace(bare, summary="Another summary")) != key
    assert entry_identity(replace(bare, content="Full text")) != key  # content wins over summary


def test_identity_is_stable_when_the_feed_moves() -> None:
    body = RSS.replace(b'<guid isPermaLink="false">urn:example:1</guid>', b"<guid>1234</guid>")
    here = parse_feed(body, url=URL).entries[0]
    there = parse_feed(body, url="https://mirror.example.net/feed").entries[0]
    assert entry_identity(here) == entry_identity(there) == "1234"


def test_scan_gives_the_same_ids_as_the_full_parse() -> None:
    doctype = RSS.replace(b"<rss", b"<!DOCTYPE html><rss", 1)  # a DOCTYPE that declares nothing is harmless
    for body, url in ((RSS, URL), (ATOM, "https://example.fr/atom"), (doctype, URL)):
        expected = [entry_identity(e) for e in parse_feed(body, url=url).entries]
        assert expected and scan_entry_ids(body, url=url) == expected


def test_only_the_new_entries_are_left_for_the_full_parse() -> None:
    ids = scan_entry_ids(RSS, url=URL)
    assert ids is not None and len(ids) >= 2
    subset = only_entries(RSS, url=URL, content_type="application/rss+xml", keep={ids[-1]})
    assert subset is not None
    partial = parse_feed(subset, url=URL, content_type="application/xml")
    assert [entry_identity(e) for e in partial.entries] == [ids[-1]]
    assert partial.entries == parse_feed(RSS, url=URL).entries[-1:] and partial.ttl_minutes == 45
    # where the HTTP charset contradicts the document, feedparser's reading wins: no subset
    assert only_entries(RSS, url=URL, content_type="text/xml; charset=windows-1251", keep={ids[-1]}) is None


def test_scan_gives_up_when_it_cannot_be_sure() -> None:
    assert scan_entry_ids(RSS.replace(b"<ttl>45</ttl>", b"<ttl>45</tl>"), url=URL) is None  # ill-formed
    no_guid_no_link = RSS.replace(b"<link>/a/2#comments</link>", b"")
    assert scan_entry_ids(no_guid_no_link, url=URL) is None  # identity needs the text
    assert scan_entry_ids(b"", url=URL) is None
    assert scan_entry_ids(b"<html><body>x</body></html>", url=URL) == []  # no entries, nothing new


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("plain", "plain"),
        ("<p>a</p><p>b</p>", "a\nb"),
        ("x<br>y", "x\ny"),
        ("<style>p{}</style><b>bold</b> &amp; <i>it</i>", "bold & it"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("a\x00b\x1f c", "ab c"),
        ("<div>", ""),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_parse_runs_in_worker_threads() -> None:
    expected = parse_feed(RSS, url=URL)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: parse_feed(RSS, url=URL), range(16)))
    assert all(r == expected for r in results)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><guid>g1</guid><title>&lol9;</title><description>&lol9;</description></item>
</channel></rss>"""


def test_entities_are_never_expanded() -> None:
    tracemalloc.start()
    started = time.monotonic()
    try:
        parsed = parse_feed(BILLION_LAUGHS, url=URL)
        ids = scan_entry_ids(BILLION_LAUGHS, url=URL)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 2 and peak < 16 * 1024 * 1024
    assert ids is None  # the scan gives up; the full parse decides
    entry = parsed.entries[0]
    assert entry.guid == "g1" and "lollol" not in entry.title + entry.summary + parsed.title
    assert parsed.warning is not None


def test_internal_entities_stay_literal_and_quadratic_blowup_costs_nothing() -> None:
    simple = (b'<?xml version="1.0"?><!DOCTYPE rss [ <!ENTITY e "EXPANDED"> ]><rss version="2.0"><channel>'
              b"<item><guid>g1</guid><title>a &e; b</title></item></channel></rss>")  # fmt: skip
    entry = parse_feed(simple, url=URL).entries[0]
    assert entry.title == "a &e; b" and "EXPANDED" not in repr(entry)
    big = b"x" * 100_000  # used 80 times: 8 MB of text, under expat's own amplification limit
    blowup = (b'<?xml version="1.0"?><!DOCTYPE rss [ <!ENTITY big "' + big + b'"> ]><rss version="2.0">'
              b"<channel><item><guid>g1</guid><description>" + b"&big;" * 80 + b"</description></item>"
              b"</channel></rss>")  # fmt: skip
    tracemalloc.start()
    started = time.monotonic()
    try:
        parsed = parse_feed(blowup, url=URL)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 2 and peak < 16 * 1024 * 1024
    assert len(parsed.entries[0].summary) < 20_000
    assert scan_entry_ids(blowup, url=URL) is None and scan_entry_ids(simple, url=URL) is None


def test_wide_encoded_entity_declarations_are_refused() -> None:
    body = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE rss [ <!ENTITY e "x"> ]><rss/>'.encode("utf-16")
    with pytest.raises(ParseError, match="UTF-16/32 document that declares XML entities"):
        parse_feed(body, url=URL)


def test_external_entities_are_never_fetched(server: LoopbackServer) -> None:
    server.routes["/secret"] = Response(b"TOPSECRET", headers={"Content-Type": "text/plain"})
    secret = server.url("/secret")
    body = f"""<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "{secret}"> <!ENTITY % remote SYSTEM "{secret}"> %remote; ]>
<rss version="2.0"><channel><title>&xxe;</title>
<item><guid>g1</guid><title>&xxe;</title><description>&xxe;</description></item>
</channel></rss>""".encode()
    dtd = f"""<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{secret}">
<rss version="2.0"><channel><title>t</title><item><guid>g2</guid></item></channel></rss>""".encode()
    for document in (body, dtd):
        parsed = parse_feed(document, url=URL)
        scanned = scan_entry_ids(document, url=URL)
        assert "TOPSECRET" not in repr(parsed) and "TOPSECRET" not in repr(scanned)
    assert server.requests == []
