"""Known documents: the seed corpus shipped with the package, and what ``monitor corpus import`` adds.

The seed files are plain text as the user gave them, and not uniform: a headline line (sometimes followed
by byline and date lines), or a ``date YYYY-MM-DD`` marker, or no headline at all, and sometimes link
text scraped with the article at its end. ``read_text_document`` copes with each of these shapes.
JSON Lines files (one ``{url, title, text, published, source}`` object a line) are read by
``read_jsonl``, which both ``corpus import`` and ``replay`` use.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from monitor.article import Article
from monitor.errors import ConfigError, MonitorError

SEED_DIR = Path(__file__).parent / "data" / "seed"
SEED_OUTLET = "Seed corpus"  # how a story's outlet list names the seed documents to editors
_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_SENTENCE_END = re.compile(r"[.!?\"”’)\]:]\s*$")
_BYLINE = re.compile(r"^\s*[-•]\s*\S.{0,40}$")
MAX_TITLE = 140


def read_text_document(text: str, name: str) -> Article:
    """One plain-text article in any of the seed shapes -> Article (url ``seed:`` + name is set by caller)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    published = None
    title = None
    author = None
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and (marker := _DATE_MARKER.match(lines[0])):
        published = datetime.fromisoformat(marker.group(1)).replace(tzinfo=UTC)
        lines[0] = lines[0][marker.end():]
    elif lines and _is_headline(lines):
        title = lines.pop(0).strip()
        bylines = []
        while lines and _BYLINE.match(lines[0]):
            bylines.append(lines.pop(0).strip(" -•"))
        author = bylines[0] if bylines else None
    while lines and _is_trailing_junk(lines[-1]):
        lines.pop()
    body = "\n".join(lines).strip()
    body = re.sub(r"\n{3,}", "\n\n", body)
    return Article(url="", title=title or _first_sentence(body), text=body, published=published, author=author,
                   language=None, source=name)


def _is_headline(lines: list[str]) -> bool:
    first = lines[0].strip()
    return len(first) <= MAX_TITLE and not first.endswith(".")


def _is_trailing_junk(line: str) -> bool:
    stripped = line.strip()
    return not stripped or (len(stripped) < 80 and not _SENTENCE_END.search(stripped))


def _first_sentence(body: str) -> str:
    first = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0]
    return first if len(first) <= MAX_TITLE else first[: MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"


def seed_articles() -> list[Article]:
    """The five seed articles shipped in the package, in file-name order; each one's URL is ``seed:`` and its
    file name, its outlet SEED_OUTLET."""
    out = []
    for entry in sorted(SEED_DIR.glob("*.txt")):
        if entry.is_file():
            article = read_text_document(entry.read_text(encoding="utf-8"), entry.name)
            out.append(dataclasses.replace(article, url=f"seed:{entry.name}", source=SEED_OUTLET))
    return out


def parse_published(value: object, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ConfigError(f"`published` must be an ISO 8601 string, got {value!r}", file=where)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"`published` is not ISO 8601: {value!r}", file=where) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def read_jsonl(path: Path) -> Iterator[Article]:
    """Articles from JSON Lines: ``url``, ``title``, ``text`` required; ``published``, ``source`` optional.
    A bad line raises ConfigError naming the file and line; blank lines are skipped."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", file=str(path)) from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _article_from_json(line, str(path), number)


def _article_from_json(line: str, file: str, number: int) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"invalid JSON: {exc.msg} (column {exc.colno})", file=file, line=number) from None
    if not isinstance(obj, dict):
        raise ConfigError("expected a JSON object with url, title and text", file=file, line=number)
    for key in ("url", "title", "text"):
        if not isinstance(obj.get(key), str) or (key != "title" and not obj[key].strip()):
            raise ConfigError(f"`{key}` must be a non-empty string", file=file, line=number, key=key)
    return Article(url=obj["url"], title=obj["title"], text=obj["text"],
                   published=parse_published(obj.get("published"), f"{file}:{number}"),
                   source=obj.get("source") if isinstance(obj.get("source"), str) else None,
                   language=obj.get("language") if isinstance(obj.get("language"), str) else None)


def read_import_path(path: Path) -> Iterator[Article]:
    """Everything ``monitor corpus import PATH`` accepts: a .jsonl file, a .txt file, an .html page, or a
    directory of them (read in name order)."""
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.suffix.lower() in {".jsonl", ".txt", ".html", ".htm"}:
                yield from read_import_path(child)
        return
    if not path.exists():
        raise ConfigError("no such file or directory", file=str(path))
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path)
    elif suffix in {".html", ".htm"}:
        yield _read_html(path)
    else:
        article = read_text_document(path.read_text(encoding="utf-8", errors="replace"), path.name)
        yield dataclasses.replace(article, url=path.resolve().as_uri())


def _read_html(path: Path) -> Article:
    from monitor.extract import extract_page

    page = extract_page(path.read_bytes(), url=path.resolve().as_uri())
    if page is None:
        raise MonitorError(f"{path}: no article text could be extracted from this page")
    return Article(url=path.resolve().as_uri(), title=page.title or path.stem, text=page.text,
                   published=page.published, author=page.author, language=page.language, source=path.name)
