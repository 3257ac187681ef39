"""``monitor replay``: articles from JSON Lines run through matching and novelty in file order, exactly as
if they had arrived from feeds, against the seed corpus plus whatever a given database holds. Nothing is
kept: a throw-away database, or the given one inside a transaction that is rolled back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import timedelta
from pathlib import Path

from monitor.config import Settings
from monitor.corpus import read_jsonl
from monitor.decide import Outcome, decide
from monitor.match import Matcher
from monitor.service import seed_corpus
from monitor.store import Bind, dry_run, scratch_database
from monitor.watchlist import load_watchlists


def replay_file(file: Path, settings: Settings, *, db_url: str | None = None) -> Iterator[Outcome]:
    articles = list(read_jsonl(file))  # every line is checked before anything runs
    matcher = Matcher([w for w in load_watchlists(settings.watchlists_dir) if w.enabled])
    window = timedelta(seconds=settings.story_window)
    run = uuid.uuid4().hex[:8]
    database: AbstractContextManager[Bind] = dry_run(db_url) if db_url else scratch_database()
    with database as bind:
        seed_corpus(bind)
        for number, article in enumerate(articles, start=1):
            yield decide(bind, matcher, article, identity=f"replay:{run}:{number}", origin="replay", window=window)
