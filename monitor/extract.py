"""Extract the article from an HTML page with trafilatura: text, title, author, date, language.

trafilatura's ``extract`` is not thread-safe (upstream #840, #925), so every extraction in a process runs
on one dedicated thread (``Extractor``), and its caches are reset every few hundred pages because they
grow over long runs (upstream #216). It returns None when a page holds no article: a normal outcome.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import trafilatura
from trafilatura.meta import reset_caches

RESET_EVERY = 500


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page."""

    text: str
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    language: str | None = None
    url: str | None = None


def extract_page(html: str | bytes, url: str | None = None) -> Page | None:
    """Extract one page, synchronously. Call it from one thread at a time (see ``Extractor``)."""
    doc: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, deduplicate=True)
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return Page(text=text, title=data.get("title") or None, author=data.get("author") or None,
                published=_date(data.get("date")), language=data.get("language") or None,
                url=data.get("url") or url)


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


class Extractor:
    """Runs ``extract_page`` on one worker thread, so the event loop stays free and trafilatura safe."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="extract")
        self._count = 0

    def _run(self, html: str | bytes, url: str | None) -> Page | None:
        self._count += 1
        if self._count % RESET_EVERY == 0:
            reset_caches()
        return extract_page(html, url)

    async def extract(self, html: str | bytes, url: str | None = None) -> Page | None:
        return await asyncio.get_running_loop().run_in_executor(self._pool, self._run, html, url)

    def close(self) -> None:
        self._pool.shutdown(wait=True)
