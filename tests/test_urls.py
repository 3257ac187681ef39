"""canonical_url: one spelling per page, and never an exception."""

from __future__ import annotations

import pytest

from monitor.urls import canonical_url, is_tracking_param


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTP://Example.COM/News", "http://example.com/News"),  # the path keeps its case
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a/", "https://example.com/a/"),  # trailing slash kept
        ("https://example.com/a", "https://example.com/a"),
        ("https://example.com/a#section-2", "https://example.com/a"),
        ("https://example.com/app#!/story/9", "https://example.com/app#!/story/9"),
        ("https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com/a?id=7&fbclid=X&gclid=Y&mc_cid=1&mc_eid=2", "https://example.com/a?id=7"),
        ("https://example.com/a?ocid=rss&cmpid=x&UTM_Campaign=y&page=2", "https://example.com/a?page=2"),
        ("https://example.com/a?q=a+b&z=%2F", "https://example.com/a?q=a+b&z=%2F"),  # encoding kept
        ("https://example.com/a?", "https://example.com/a"),
        ("https://example.com/a?&&x=1&", "https://example.com/a?x=1"),
        ("  https://example.com/a \n", "https://example.com/a"),
        ("https://User:pw@Example.com/a", "https://User:pw@example.com/a"),
        ("http://[2001:DB8::1]:8080/a", "http://[2001:db8::1]:8080/a"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical
    assert canonical_url(canonical) == canonical  # idempotent


@pytest.mark.parametrize(
    "junk",
    ["", "   ", "not a url", "/relative/path", "mailto:desk@example.org", "http://[::1", "http://x:99999/",
     "http://x:port/", "urn:uuid:1234", "\x00\x01", "https://"],
)  # fmt: skip
def test_junk_comes_back_stripped(junk: str) -> None:
    assert canonical_url(f" {junk} ") == junk.strip()


@pytest.mark.parametrize(
    ("name", "tracking"),
    [("utm_source", True), ("UTM_TERM", True), ("fbclid", True), ("utm%5Fsource", True),
     ("pk_campaign", True), ("id", False), ("page", False), ("q", False), ("cid", False)],
)  # fmt: skip
def test_is_tracking_param(name: str, tracking: bool) -> None:
    assert is_tracking_param(name) is tracking
