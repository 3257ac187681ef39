"""Is this article news, or something the desk already knows? Levels of sameness, cheapest first:

    canonical_url   the same address, tracking parameters and fragment dropped
    content_hash    the same text after folding case, punctuation and white space
    near_duplicate  the same text with small edits (MinHash over word shingles, LSH bands in the database)
    same_story      the same event in other words (informative terms, names, numbers; within a time window)

An article on a known story that brings new facts (numbers, names, key terms that no earlier version had)
is an ``update``; one that brings none is a rehash, recorded as a duplicate. Everything else starts a new
story. The index lives in the database (``lsh_band``, ``story_key``) so that restarts and several workers
share it, and a lookup reads only the rows that share a band or a key with the article, however large the
corpus grows.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import TextClause, bindparam, delete, func, not_, text
from sqlalchemy.engine import Engine
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from monitor import similarity
from monitor.article import Article
from monitor.models import Article as ArticleRow
from monitor.models import LshBand, StoryKey, UTCDateTime, utcnow
from monitor.similarity import Fingerprint
from monitor.store import serialize_novelty, transaction
from monitor.urls import canonical_url

DUPLICATE_LEVELS = ("canonical_url", "content_hash", "near_duplicate", "same_story")
CANDIDATES = 15  # most-overlapping stored articles scored in full for same-story
STORY_KEYS = 16
MIN_SHARED_KEYS = 2
POSTINGS = 100  # newest postings read per key and lookup
STORY_VERSIONS = 50  # how many articles of a story are read to tell an update from a rehash


@dataclass(frozen=True)
class Verdict:
    """The novelty decision and its reason. ``level`` is new_story, update or one of DUPLICATE_LEVELS."""

    level: str
    duplicate_of: int | None = None
    similarity: float | None = None
    story_id: int | None = None
    new_facts: tuple[str, ...] = ()

    @property
    def is_duplicate(self) -> bool:
        return self.level in DUPLICATE_LEVELS


def key_hash(term: str) -> int:
    """A stable signed-63-bit number for a term, for the indexed ``story_key.key`` column."""
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8).digest(), "big") & (2**63 - 1)


def judge(session: Session, article: Article, fp: Fingerprint, *, window: timedelta) -> Verdict:
    """Compare one article with everything stored, cheapest level first."""
    canon = canonical_url(article.url)
    same_url = session.exec(select(ArticleRow).where(ArticleRow.canonical_url == canon).limit(1)).first()
    if same_url is not None:
        return Verdict("canonical_url", same_url.id, 1.0, same_url.story_id)
    same_text = session.exec(
        select(ArticleRow).where(ArticleRow.content_hash == fp.content_hash).limit(1)).first()
    if same_text is not None:
        return Verdict("content_hash", same_text.id, 1.0, same_text.story_id)
    near = _near_duplicate(session, fp)
    if near is not None:
        return near
    return _same_story(session, article, fp, window)


def _near_duplicate(session: Session, fp: Fingerprint) -> Verdict | None:
    bands = similarity.lsh_bands(fp)
    if not bands:
        return None
    params: dict[str, object] = {"n": CANDIDATES}
    for i, (band, value) in enumerate(bands):
        params[f"b{i}"], params[f"h{i}"] = band, value
    ranked = session.connection().execute(_bands_statement(len(bands)), params).all()
    best: tuple[float, _Candidate] | None = None
    for candidate in _candidates(session, [article_id for article_id, _ in ranked]):
        score = similarity.near_duplicate_score(fp, candidate.fingerprint)
        if score >= similarity.NEAR_DUPLICATE_THRESHOLD and (best is None or score > best[0]):
            best = (score, candidate)
    if best is None:
        return None
    return Verdict("near_duplicate", best[1].id, round(best[0], 4), best[1].story_id)


def _same_story(session: Session, article: Article, fp: Fingerprint, window: timedelta) -> Verdict:
    keys = [key_hash(term) for term in similarity.candidate_keys(fp, STORY_KEYS)]
    best: tuple[float, _Candidate] | None = None
    for candidate in _candidates(session, _story_candidates(session, keys, article.published or utcnow(), window)):
        score = similarity.story_score(fp, candidate.fingerprint)
        if score >= similarity.SAME_STORY_THRESHOLD and (best is None or score > best[0]):
            best = (score, candidate)
    if best is None:
        return Verdict("new_story")
    score, match = best
    facts = new_facts(_story_texts(session, match), article)
    if facts.is_update:
        return Verdict("update", match.id, round(score, 4), match.story_id, facts.all())
    return Verdict("same_story", match.id, round(score, 4), match.story_id)


def _story_candidates(session: Session, keys: list[int], when: datetime, window: timedelta) -> list[int]:
    """Stored articles sharing at least MIN_SHARED_KEYS informative keys with the article, most shared first.

    Each key reads at most POSTINGS of its newest postings within the window (plus timeless corpus documents),
    through the (key, published_at) index: a lookup costs the same with ten thousand or ten million articles,
    and a key as common as a country's name cannot flood it.
    """
    if not keys:
        return []
    params: dict[str, object] = {f"k{i}": key for i, key in enumerate(keys)}
    params.update(lo=when - window, hi=when + window, n=POSTINGS)
    pairs = session.connection().execute(_postings_statement(len(keys)), params).all()
    shared = Counter(row[0] for row in pairs)
    ranked = sorted((n, -article_id) for article_id, n in shared.items() if n >= MIN_SHARED_KEYS)
    return [-negative_id for _, negative_id in ranked[::-1][:CANDIDATES]]


@functools.cache
def _bands_statement(bands: int) -> TextClause:
    """Articles sharing a MinHash band with the article, most bands shared first; each (band, hash) pair is
    one index probe. Built once per band count, then only bound."""
    pairs = " OR ".join(f"(band = :b{i} AND hash = :h{i})" for i in range(bands))
    return text(f"SELECT article_id, count(*) AS shared FROM lsh_band WHERE {pairs} "
                "GROUP BY article_id ORDER BY shared DESC, article_id LIMIT :n")


@functools.cache
def _postings_statement(keys: int) -> TextClause:
    """One statement for every key's bounded postings: built once per key count, then only bound. Each key
    contributes its newest postings in the window and its timeless ones, each part read through the index."""
    parts = []
    for i in range(keys):
        parts.append(f"SELECT article_id FROM (SELECT article_id FROM story_key WHERE key = :k{i} "
                     f"AND published_at BETWEEN :lo AND :hi ORDER BY published_at DESC LIMIT :n) AS w{i}")
        parts.append(f"SELECT article_id FROM (SELECT article_id FROM story_key WHERE key = :k{i} "
                     f"AND published_at IS NULL LIMIT :n) AS t{i}")
    return text(" UNION ALL ".join(parts)).bindparams(bindparam("lo", type_=UTCDateTime),
                                                      bindparam("hi", type_=UTCDateTime))


@dataclass(frozen=True)
class _Candidate:
    id: int
    story_id: int | None
    fingerprint: Fingerprint


def _candidates(session: Session, ids: list[int]) -> list[_Candidate]:
    """Only what scoring needs: never the article text."""
    if not ids:
        return []
    rows = session.exec(select(ArticleRow.id, ArticleRow.story_id, ArticleRow.fingerprint)
                        .where(col(ArticleRow.id).in_(ids)).order_by(col(ArticleRow.id))).all()
    return [_Candidate(i or 0, story, Fingerprint.from_json(fp)) for i, story, fp in rows]


def _story_texts(session: Session, row: _Candidate) -> list[str]:
    """Title and text of the known versions of a story: what the desk already has."""
    if row.story_id is None:
        found = session.exec(select(ArticleRow.title, ArticleRow.text).where(ArticleRow.id == row.id)).all()
        return [f"{title}\n{text}" for title, text in found]
    rows = session.exec(select(ArticleRow.title, ArticleRow.text).where(ArticleRow.story_id == row.story_id)
                        .order_by(col(ArticleRow.id)).limit(STORY_VERSIONS)).all()
    return [f"{title}\n{text}" for title, text in rows]


_CALENDAR = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday"))
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Facts:
    """What an article tells that no known version of its story does, as the article wrote it: ``numbers``
    ("$4.9 billion", "2,750"), smallest first; ``names``, most mentioned first, adjacent ones joined
    ("Valentina Matviyenko", "Guardian Council")."""

    numbers: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        return self.numbers + self.names

    @property
    def is_update(self) -> bool:
        """An update brings at least MIN_NEW_FACTS facts, one of them a number (a new step in a story comes
        with a date, a count, a sum or a vote), or at least MIN_NEW_NAMES new names (a delivery at a new place,
        handed over by new people). One or two new names are too often a rewrite's own colour."""
        names = sum(len(name.split()) for name in self.names)  # each word of a joined name counts
        if self.numbers:
            return len(self.numbers) + names >= MIN_NEW_FACTS
        return names >= MIN_NEW_NAMES


MIN_NEW_FACTS = 2
MIN_NEW_NAMES = 4


def new_facts(known_texts: Sequence[str], article: Article) -> Facts:
    """Numbers (not years, not days of the month) and names of the article that no known text has. The
    outlet's own name and calendar words do not count."""
    seen = "\n".join(known_texts)
    seen_words = set(_WORDS.findall(similarity.normalise(seen)))
    seen_numbers = similarity.numbers_in(seen)
    ignored = set(_WORDS.findall(similarity.normalise(article.source or ""))) | _CALENDAR
    text = f"{article.title}\n{article.text}"
    written = similarity.number_mentions(text)
    numbers = tuple(written[n] for n in sorted(written, key=lambda n: (len(n), n))
                    if n not in seen_numbers and not _is_year_or_day(n))
    stop = similarity.stop_words(article.language or "en")
    names = [n for n, _ in similarity.names_in(text, stop).most_common()
             if n not in seen_words and n not in ignored and not n.isdigit()]
    return Facts(numbers, _as_written(text, names))


def _as_written(text: str, names: list[str]) -> tuple[str, ...]:
    """Folded names as the text first wrote them, those written side by side joined into one:
    ["valentina", "matviyenko"] -> ("Valentina Matviyenko",)."""
    wanted = set(names)
    phrase: dict[str, str] = {}  # folded name -> the first run of wanted words it was written in
    run: list[tuple[str, str]] = []  # (word as written, folded)
    end = -1
    for match in _WORDS.finditer(text + "\n."):  # the sentinel closes the last run
        word, key = match.group(), _folded(match.group())
        if run and not (key in wanted and text[end:match.start()] == " "):
            joined = " ".join(written for written, _ in run)
            for _, member in run:
                phrase.setdefault(member, joined)
            run = []
        if key in wanted:
            run.append((word, key))
        end = match.end()
    return tuple(dict.fromkeys(phrase.get(n, n) for n in names))


def _folded(word: str) -> str:
    """A word folded as ``similarity.names_in`` folds names (NFKC forms and a dotted capital I included)."""
    return word.casefold() if word.isascii() else similarity.normalise(word)


def _is_year_or_day(number: str) -> bool:
    value = int(number) if number.isdigit() and len(number) <= 6 else -1
    return 0 <= value <= 31 or 1900 <= value <= 2100


def index(session: Session, row: ArticleRow, fp: Fingerprint) -> None:
    """Add a stored article to the near-duplicate and same-story indexes (same transaction as the row)."""
    assert row.id is not None
    session.add_all(LshBand(band=band, hash=value, article_id=row.id) for band, value in similarity.lsh_bands(fp))
    # a feed article without a date is dated when it arrived; a corpus document without one is timeless
    when = row.published_at or (None if row.origin in ("seed", "import") else row.created_at)
    session.add_all(StoryKey(key=key_hash(term), article_id=row.id, published_at=when)
                    for term in similarity.candidate_keys(fp, STORY_KEYS))


# ---------------------------------------------------------------- rebuilding the index


def stale_count(session: Session) -> int:
    """How many stored articles carry a fingerprint of an older FINGERPRINT_VERSION than this release's."""
    return session.exec(select(func.count()).select_from(ArticleRow).where(_stale())).one()


def _stale() -> ColumnElement[bool]:
    return not_(col(ArticleRow.fingerprint).startswith(similarity.stored_prefix(), autoescape=True))


def reindex(engine: Engine, *, everything: bool = False, batch: int = 100) -> int:
    """Recompute the fingerprint and index rows of every stored article whose fingerprint is of an older
    version (or of every article, with ``everything``); returns how many were rewritten.

    Fingerprints are computed outside any transaction; each batch is then written in one short transaction
    under the novelty lock, so workers keep deciding meanwhile. Stopped half-way, it resumes where it stopped
    (the articles already rewritten are no longer stale).
    """
    done, after = 0, 0
    while True:
        with Session(engine) as session:
            query = select(ArticleRow.id, ArticleRow.title, ArticleRow.text, ArticleRow.language) \
                .where(col(ArticleRow.id) > after).order_by(col(ArticleRow.id)).limit(batch)
            rows = session.exec(query if everything else query.where(_stale())).all()
        if not rows:
            return done
        fresh = {row_id or 0: similarity.fingerprint(title, body, language) for row_id, title, body, language in rows}
        with transaction(engine) as session:
            serialize_novelty(session)
            for row_id, fp in fresh.items():
                _rewrite(session, row_id, fp)
        done, after = done + len(fresh), max(fresh)


def _rewrite(session: Session, article_id: int, fp: Fingerprint) -> None:
    row = session.get(ArticleRow, article_id)
    if row is None:  # removed meanwhile
        return
    session.execute(delete(LshBand).where(col(LshBand.article_id) == article_id))
    session.execute(delete(StoryKey).where(col(StoryKey.article_id) == article_id))
    row.fingerprint, row.content_hash = fp.to_json(), fp.content_hash
    session.add(row)
    index(session, row, fp)
