"""The database tables. The database is the shared state of every worker: nothing that matters lives only
in memory, and every decision is stored with its reason.

    feed ──< article >── story
               │  └──< hit           (which watchlists matched, on which terms)
               │  └─── decision      (alert / duplicate / no_match, the level and the article it duplicates)
               │  └──< lsh_band      (near-duplicate index: one row per MinHash band)
               │  └──< story_key     (same-story index: one row per informative term)
               └──< alert            (the outbox: one row per story, route and kind; claimed by the dispatcher)
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, DateTime, Index, Text, TypeDecorator, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel

JSONType = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in Python on every database (SQLite keeps no zone: we store UTC and say so)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Feed(SQLModel, table=True):
    """A feed from feeds.yaml and its fetch state. Error state belongs to the feed and resets on success."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    url: str
    language: str | None = None
    fetch_full: bool = False
    interval: float | None = None
    enabled: bool = True
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_polled_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_success_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_error_kind: str | None = None
    error_count: int = 0
    next_poll_at: datetime | None = Field(default=None, index=True, sa_type=UTCDateTime)
    lease_owner: str | None = None
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    entries_seen: int = 0
    disabled_reason: str | None = None
    # Publishing statistics from the last full parse (see monitor.politeness): the dated entries the feed
    # showed and the oldest date among them give entries per day, recomputed at every poll so a feed that
    # falls silent drifts towards the maximum interval. ttl_minutes is RSS <ttl>, kept for polls that skip
    # the parse.
    entries_per_day: float | None = None
    dated_entries: int = 0
    oldest_entry_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ttl_minutes: int | None = None


class Story(SQLModel, table=True):
    """One event, however many outlets report it."""

    id: int | None = Field(default=None, primary_key=True)
    title: str
    first_article_id: int | None = None
    article_count: int = 1
    outlets: list[str] = Field(default_factory=list, sa_type=JSONType)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Article(SQLModel, table=True):
    """Everything the service has seen or was given: feed entries, seed and imported documents, replays.

    ``identity`` is unique: the store inserts an entry only once, and only what it inserted goes on to
    matching and alerts (see monitor.feeds.entry_identity for the order of identity within a feed).
    """

    id: int | None = Field(default=None, primary_key=True)
    identity: str = Field(unique=True, index=True)
    origin: str  # feed, seed, import, replay
    feed_id: int | None = Field(default=None, foreign_key="feed.id", index=True)
    source: str | None = None
    url: str
    canonical_url: str = Field(index=True)
    title: str
    text: str = Field(sa_column=Column(Text, nullable=False))
    author: str | None = None
    language: str | None = None
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, index=True, sa_type=UTCDateTime)
    content_hash: str = Field(index=True)
    fingerprint: str = Field(sa_column=Column(Text, nullable=False))
    story_id: int | None = Field(default=None, foreign_key="story.id", index=True)


class Hit(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    watchlist: str = Field(index=True)
    terms: list[str] = Field(default_factory=list, sa_type=JSONType)
    snippets: list[str] = Field(default_factory=list, sa_type=JSONType)
    score: float = 1.0
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Decision(SQLModel, table=True):
    """What the service decided about one article, and why."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", unique=True)
    decision: str = Field(index=True)  # alert, duplicate, no_match, known (seed and imported documents)
    reason: str  # new_story, update, canonical_url, content_hash, near_duplicate, same_story, no_match
    level: str = "new_story"  # the novelty verdict, recorded even when no watchlist matched (for backtests)
    duplicate_of_id: int | None = Field(default=None, foreign_key="article.id")
    similarity: float | None = None
    story_id: int | None = Field(default=None, foreign_key="story.id")
    new_facts: list[str] = Field(default_factory=list, sa_type=JSONType)
    created_at: datetime = Field(default_factory=utcnow, index=True, sa_type=UTCDateTime)


class LshBand(SQLModel, table=True):
    __tablename__ = "lsh_band"
    # covering: a lookup reads the article ids from the index alone, never the table rows
    __table_args__ = (Index("ix_lsh_band_lookup", "band", "hash", "article_id"),)

    id: int | None = Field(default=None, primary_key=True)
    band: int
    hash: int = Field(sa_type=BigInteger)
    article_id: int = Field(foreign_key="article.id", index=True)


class StoryKey(SQLModel, table=True):
    __tablename__ = "story_key"
    __table_args__ = (Index("ix_story_key_lookup", "key", "published_at", "article_id"),)

    id: int | None = Field(default=None, primary_key=True)
    key: int = Field(sa_type=BigInteger)
    article_id: int = Field(foreign_key="article.id", index=True)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Alert(SQLModel, table=True):
    """The outbox. Written in the same transaction as the decision that caused it; the dispatcher claims
    pending rows with a lease, sends them and marks them sent. ``dedup_key`` makes a second alert for the
    same story, route and kind impossible."""

    __table_args__ = (UniqueConstraint("dedup_key"), Index("ix_alert_due", "status", "next_attempt_at"))

    id: int | None = Field(default=None, primary_key=True)
    dedup_key: str
    article_id: int = Field(foreign_key="article.id", index=True)
    story_id: int | None = Field(default=None, foreign_key="story.id")
    route: str = "default"
    kind: str = "new"  # new, update
    watchlists: list[str] = Field(default_factory=list, sa_type=JSONType)
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JSONType)
    status: str = "pending"  # pending, sent, failed
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    lease_owner: str | None = None
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, index=True, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    held_reason: str | None = None  # why it waits: digest, quiet_hours, rate_limit, backlog (a failing route)
    message_id: str | None = Field(default=None, index=True)  # the message that carried it (a digest: many)
    delivery: str | None = None  # how it went out: single, digest, quiet_hours, rate_limit, backlog
