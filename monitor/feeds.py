"""Parse feed bytes into Entry records (feedparser), tell entries apart, and scan ids cheaply (lxml).

``parse_feed`` is the full parse: about 230 ms for a typical real feed, so it runs off the event loop and
only when the cheap ``scan_entry_ids`` (about 2 ms) finds an id we have not seen. Neither expands XML
entities nor fetches anything: feedparser drops entity declarations, and the lxml scan runs with entity
resolution, DTD loading and network access off.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import io
import re
import threading
import time
import xml.sax
import zlib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
import lxml.html
from lxml import etree

from monitor.article import Entry
from monitor.errors import ParseError
from monitor.urls import canonical_url

PLACEHOLDER_GUIDS = frozenset({"", "0", "1", "-1", "guid", "id", "null", "none", "undefined", "nil", "n/a"})
BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
        "pre", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr",
    }
)  # fmt: skip
MAX_INFLATED = 10 * 1024 * 1024  # a gzip body without Content-Encoding is inflated up to this size
_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE([^\[>]*)\[.*?\]\s*>", re.DOTALL)
_WIDE_ENTITY = re.compile(rb"E\x00{1,3}N\x00{1,3}T\x00{1,3}I\x00{1,3}T\x00{1,3}Y")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2028\u2029\x85]+")
_local = threading.local()


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: list[Entry]
    ttl_minutes: int | None  # RSS <ttl>: how long the publisher asks us to wait between polls
    warning: str | None  # feedparser's bozo text: the feed was ill-formed but readable
    version: str = ""  # feedparser's format name: rss20, atom10, ...


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse ``body`` (fetched from ``url``) into entries; ParseError when it is not a feed.

    Safe to call from a worker thread. Summaries and contents come back as plain text, dates as aware UTC.
    """
    body = _without_internal_subset(_gunzip(body, url), url)
    if not body.strip():
        raise ParseError(url, "empty body")
    # No content-location: feedparser would resolve GUIDs such as "a1" against the feed URL, making every
    # entry look new when the feed moves. Relative links are resolved against ``url`` in _entry instead.
    headers = {"content-type": content_type} if content_type else {}
    parsed = _feedparser(body, headers, url)
    warning = _bozo_text(parsed)
    if not parsed.get("version") and not parsed.entries:
        raise ParseError(url, _not_a_feed(body, content_type, warning))
    feed = parsed.get("feed", {})
    language = feed.get("language")
    entries = [e for e in (_entry(raw, url, language) for raw in parsed.entries) if _has_substance(e)]
    if not entries and _is_syntax_error(parsed):  # broken, with nothing usable in it: an error, not news
        raise ParseError(url, f"malformed feed with no readable entries: {warning}")
    return ParsedFeed(
        title=_plain(feed.get("title_detail") or feed.get("title", "")),
        entries=entries,
        ttl_minutes=_int_or_none(feed.get("ttl")),
        warning=warning,
        version=parsed.get("version") or "",
    )


def _feedparser(body: bytes, headers: dict[str, str], url: str) -> Any:
    """feedparser itself, whose own bugs on hostile bytes become a ParseError.

    It raises OverflowError on a character reference such as ``&#xFFFFFFFF;``, and AttributeError,
    KeyError or UnicodeDecodeError from its fallback parser on mangled documents (found by fuzzing the
    real feeds); none of these is a reason to stop a cycle, so any exception here means "not readable".
    """
    try:
        return feedparser.parse(
            io.BytesIO(body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
        )
    except Exception as exc:
        raise ParseError(url, f"unreadable feed ({type(exc).__name__} in feedparser: {exc})") from exc


def entry_identity(entry: Entry) -> str:
    """The key that tells one entry from another across polls, in this order:

    1. the GUID (RSS ``<guid>``, Atom ``<id>``), stripped, unless blank or a bare placeholder such as "0"
       or "null": the publisher's own promise of identity survives edits to the title, text and link;
    2. otherwise the canonical link (``monitor.urls.canonical_url``): feeds without GUIDs still link each
       entry to its page, and canonicalisation stops tracking parameters from making one page look new;
    3. otherwise ``sha256:`` of the normalised title plus content (or summary): the last resort for feeds
       with neither, which means an edited entry without GUID or link counts as a new one.
    """
    guid = (entry.guid or "").strip()
    if _usable_guid(guid):
        return guid
    if entry.link and entry.link.strip():
        return canonical_url(entry.link)
    text = " ".join(f"{entry.title}\n{entry.content or entry.summary}".casefold().split())
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _usable_guid(guid: str) -> bool:
    return guid.strip().lower() not in PLACEHOLDER_GUIDS


def _entry(raw: Any, url: str, feed_language: str | None) -> Entry:
    contents = raw.get("content") or []
    title_detail = raw.get("title_detail") or {}
    link = (raw.get("link") or "").strip()
    return Entry(
        guid=(raw.get("id") or "").strip() or None,
        link=_absolute(url, link) if link else None,
        title=_plain(title_detail or raw.get("title", "")),
        summary=_plain(raw.get("summary_detail") or raw.get("summary", "")),
        content="\n".join(filter(None, (_plain(c) for c in contents))),
        published=_utc(raw.get("published_parsed") or raw.get("updated_parsed") or raw.get("created_parsed")),
        author=(raw.get("author") or "").strip() or None,
        language=(title_detail.get("language") if title_detail else None) or feed_language or None,
    )


def _has_substance(entry: Entry) -> bool:
    """An item with no id, link, title or text (a truncated document's last gasp) is dropped."""
    return any((entry.guid, entry.link, entry.title, entry.summary, entry.content))


def _absolute(base: str | None, link: str) -> str:
    try:
        return urljoin(base or "", link)
    except ValueError:
        return link


def _plain(detail: Any) -> str:
    """Plain text from a feedparser text construct (a dict with value and type) or a bare string."""
    if not detail:
        return ""
    if isinstance(detail, str):
        return html_to_text(detail)
    value = detail.get("value") or ""
    kind = (detail.get("type") or "text/html").lower()
    if "html" in kind:
        return html_to_text(value)
    return _tidy(value)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, one line per block, whitespace collapsed."""
    markup = _CONTROL.sub("", markup)
    if "<" not in markup and "&" not in markup:
        return _tidy(markup)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div", parser=_html_parser())
    except (etree.ParserError, ValueError):
        return _tidy(markup)
    for element in root.iter(etree.Element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style", "noscript", "template"):
            element.text = ""
            continue
        if tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return _tidy(root.text_content())


def _html_parser() -> lxml.html.HTMLParser:
    parser = getattr(_local, "html_parser", None)
    if parser is None:  # lxml parsers must not be shared between threads
        parser = _local.html_parser = lxml.html.HTMLParser(
            no_network=True, remove_comments=True, remove_pis=True, default_doctype=False
        )
    return parser


def _tidy(text: str) -> str:
    lines = (line.strip() for line in _SPACES.sub(" ", text).split("\n"))
    return "\n".join(line for line in lines if line)


def _utc(parsed: time.struct_time | None) -> datetime | None:
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _int_or_none(value: Any) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _gunzip(body: bytes, url: str) -> bytes:
    """A gzip file served without Content-Encoding (a misconfigured server): inflate it, capped."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(47)
    try:
        inflated = inflater.decompress(body, MAX_INFLATED + 1)
    except zlib.error as exc:
        raise ParseError(url, f"corrupt gzip-compressed body: {exc}") from exc
    if len(inflated) > MAX_INFLATED or inflater.unconsumed_tail:
        raise ParseError(url, f"gzip-compressed body inflates to more than {MAX_INFLATED} bytes")
    return inflated


def _without_internal_subset(body: bytes, url: str) -> bytes:
    """Drop the DOCTYPE's internal subset, so no entity declared there can be expanded.

    feedparser keeps "safe-looking" entity declarations and expat expands them: one large entity used many
    times (quadratic blowup) would still cost memory and time. Without the declarations, references stay
    literal text. A UTF-16/32 document that declares entities is refused (bytes patterns cannot edit it).
    """
    if b"<!DOCTYPE" in body:
        return _INTERNAL_SUBSET.sub(rb"<!DOCTYPE\1>", body, count=1)
    if _WIDE_ENTITY.search(body):
        raise ParseError(url, "a UTF-16/32 document that declares XML entities is refused")
    return body


def _is_syntax_error(parsed: Any) -> bool:
    return isinstance(parsed.get("bozo_exception"), xml.sax.SAXException)


def _bozo_text(parsed: Any) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    return f"{type(exc).__name__}: {exc}" if exc is not None else "ill-formed feed"


def _not_a_feed(body: bytes, content_type: str | None, warning: str | None) -> str:
    head = body[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or "html" in (content_type or ""):
        return f"not a feed but an HTML page (Content-Type {content_type or 'unknown'})"
    if head.startswith((b"{", b"[")):
        return "not a feed but JSON (JSON Feed is not supported)"
    return f"not a feed (no RSS/Atom/RDF root, no entries){': ' + warning if warning else ''}"


# -- the cheap id scan ---------------------------------------------------------------------------------

ATOM_NAMESPACES = frozenset({"http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"})
RSS_NAMESPACES = frozenset(
    {"", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2"}
)
_RDF_ABOUT = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"
# The entry elements by their full names, so that lxml finds them in C without visiting their content.
_ENTRY_TAGS = tuple(f"{{{ns}}}item" if ns else "item" for ns in sorted(RSS_NAMESPACES)) + tuple(
    f"{{{ns}}}entry" for ns in sorted(ATOM_NAMESPACES))
_HTML_TYPES = frozenset({"", "text/html", "application/xhtml+xml"})
_URI_FIXER = re.compile(r"^([A-Za-z][A-Za-z0-9+-.]*://)(/*)(.*?)")


def scan_entry_ids(body: bytes, *, url: str | None = None) -> list[str] | None:
    """Each entry's ``entry_identity`` read with lxml alone, in feed order; None when that is not possible.

    None means "do a full parse": the bytes are not well-formed XML, the document declares entities in a
    DTD internal subset, or an entry has neither a usable GUID nor a link (its identity needs
    the text). Pass the feed's ``url`` so relative links resolve as
    ``parse_feed`` resolves them. No entities are expanded, no DTD is loaded, nothing is fetched,
    and huge trees are refused.
    """
    scanned = _scan(body, url)
    return None if scanned is None else [identity for identity, _ in scanned[1]]


def only_entries(body: bytes, *, url: str | None, content_type: str | None, keep: Collection[str]) -> bytes | None:
    """The feed document with only the entries whose identity (as ``scan_entry_ids`` reads it) is in
    ``keep``, everything else in it (channel, namespaces, xml:base) unchanged, as UTF-8 for ``parse_feed``.

    feedparser costs about 7 ms per entry, so a poll that brings one new entry among fifty parses one
    entry instead of fifty. None when the scan cannot read the document, or when the HTTP charset
    contradicts the document's own encoding (feedparser would follow the HTTP charset, lxml the document:
    the full parse keeps feedparser's reading).
    """
    scanned = _scan(body, url)
    if scanned is None:
        return None
    root, entries = scanned
    declared = root.getroottree().docinfo.encoding or "utf-8"
    charset = _charset(content_type)
    if charset is not None and _codec(charset) != _codec(declared):
        return None
    for identity, element in entries:
        parent = element.getparent()
        if identity not in keep and parent is not None:
            parent.remove(element)
    return etree.tostring(root.getroottree(), encoding="utf-8", xml_declaration=True)


def _scan(body: bytes, url: str | None) -> tuple[etree._Element, list[tuple[str, etree._Element]]] | None:
    try:
        root = etree.fromstring(body, _xml_parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    dtd = root.getroottree().docinfo.internalDTD  # <!DOCTYPE html> has one too, without declarations
    if dtd is not None and any(True for _ in dtd.iterentities()):
        return None  # entities are declared: leave it to the full parse, which neutralises them
    entries: list[tuple[str, etree._Element]] = []
    for item in root.iter(*_ENTRY_TAGS):
        namespace, local = _split_tag(item.tag)
        read = _rss_identity if local == "item" else _atom_identity
        identity = read(item, namespace, url)
        if identity is None:
            return None
        entries.append((identity, item))
    return root, entries


def _charset(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _xml_parser() -> etree.XMLParser:
    parser = getattr(_local, "xml_parser", None)
    if parser is None:
        parser = _local.xml_parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
        )
    return parser


def _split_tag(tag: Any) -> tuple[str, str]:
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _child(item: etree._Element, namespace: str, local: str) -> etree._Element | None:
    return item.find(f"{{{namespace}}}{local}" if namespace else local)


def _text(element: etree._Element) -> str:
    return "".join(element.itertext()).strip()


def _rss_identity(item: etree._Element, namespace: str, url: str | None) -> str | None:
    guid_element = _child(item, namespace, "guid")
    if guid_element is not None:
        guid = _text(guid_element)
        if guid and guid_element.get("isPermaLink", "true") == "true":
            guid = _resolve(guid_element, guid)  # feedparser treats a permalink GUID as a URI
        if _usable_guid(guid):
            return guid
    link_element = _child(item, namespace, "link")
    if link_element is None or not _text(link_element):
        return None
    return _link_identity(_resolve(link_element, _text(link_element)), url)


def _atom_identity(entry: etree._Element, namespace: str, url: str | None) -> str | None:
    id_element = _child(entry, namespace, "id")
    if id_element is not None:
        guid = _resolve(id_element, _text(id_element)) if _text(id_element) else ""
        if _usable_guid(guid):
            return guid
    for link in entry.iterfind(f"{{{namespace}}}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("type", "") in _HTML_TYPES:
            href = (link.get("href") or "").strip()
            return _link_identity(_resolve(link, href), url) if href else None
    return None


def _link_identity(link: str, url: str | None) -> str | None:
    return canonical_url(_absolute(url, link)) if link else None


def _resolve(element: etree._Element, uri: str) -> str:
    """``uri`` resolved against the element's xml:base (if any), as feedparser does it."""
    uri = _URI_FIXER.sub(r"\1\3", uri)
    try:
        return urljoin(element.base or "", uri)
    except ValueError:
        return ""
