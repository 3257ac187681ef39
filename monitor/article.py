"""The records that pass between pipeline stages. Plain data: no I/O, no database.

    feed bytes --parse--> Entry --extract--> Article --match--> [Hit] --novelty--> Verdict
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Entry:
    """One item of a parsed feed, as the feed gave it."""

    guid: str | None
    link: str | None
    title: str
    summary: str  # plain text
    content: str  # plain text of the full content when the feed carries it, else ""
    published: datetime | None
    author: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Article:
    """The text we match and judge: from a feed entry, an extracted page, the seed corpus or a replay."""

    url: str
    title: str
    text: str
    published: datetime | None = None
    author: str | None = None
    language: str | None = None
    source: str | None = None  # feed name, outlet or seed file name


@dataclass(frozen=True)
class Hit:
    """A watchlist matched an article: which terms, where, and how strongly."""

    watchlist: str
    terms: tuple[str, ...]
    snippets: tuple[str, ...] = ()  # terms in context, the term wrapped in «…»
    score: float = 1.0
    routes: tuple[str, ...] = ("default",)
    priority: int = 0
    stages: tuple[str, ...] = ()  # story stages the matched query nodes name (`stage:`), e.g. "ratified"
    details: dict[str, object] = field(default_factory=dict, compare=False)
