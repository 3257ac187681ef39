"""Logging: one event per line, JSON when stderr is not a terminal, secrets redacted.

Modules log with the standard library and name what they talk about in ``extra``: ``feed``, ``article_id``,
``alert_id``, ``kind``, ``route``... Those keys become fields of the JSON event (or ``key=value`` pairs on a
terminal). Every message and field passes through ``Redactor`` first: passwords in URLs
(``scheme://user:secret@host``) anywhere, and the configured secrets themselves (the database URL's password,
each notification URL and its tokens) wherever they appear, for instance in an apprise error.

Our own formatter rather than python-json-logger or structlog: the stdlib ``extra`` convention the modules
already use is all the structure we need, and redaction has to be ours either way; this is 100 lines.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlsplit

REDACTED = "<redacted>"
_USERINFO = re.compile(r"(?P<scheme>[a-z][a-z0-9+.\-]*://)(?P<user>[^:/@\s]*):(?P<password>[^@/\s]+)@", re.I)
_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime",
                                                                                  "taskName"}
NOISY = ("httpx", "httpcore", "apscheduler", "trafilatura", "htmldate", "courlan", "alembic", "asyncio")


class Redactor:
    """Hides passwords in URLs, and every configured secret (and its parts long enough to be one)."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        parts: set[str] = set()
        for secret in secrets:
            if secret:
                parts.add(secret)
                parts.update(secret_parts(secret))
        self.secrets = sorted((p for p in parts if len(p) >= 6), key=len, reverse=True)

    def __call__(self, text: str) -> str:
        text = _USERINFO.sub(lambda m: f"{m['scheme']}{m['user']}:{REDACTED}@", text)
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self(value)
        if isinstance(value, list | tuple):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        return value


def secret_parts(url: str) -> list[str]:
    """The parts of a secret URL that are secrets themselves: password, user, path segments, query values
    (apprise URLs carry tokens in all of these, e.g. slack://TokenA/TokenB/TokenC)."""
    try:
        parsed = urlsplit(url)
    except ValueError:
        return []
    if parsed.scheme.split("+")[0] in {"postgresql", "postgres", "mysql", "mariadb", "sqlite"}:
        return [parsed.password] if parsed.password else []  # user, host and database name are not secrets
    parts = [parsed.password or "", parsed.username or ""]
    if "://" in url:
        parts += [parsed.netloc.rsplit("@", 1)[-1], *parsed.path.split("/")]
    parts += [value for _, value in parse_qsl(parsed.query)]
    return [p for p in parts if p]


def fields_of(record: logging.LogRecord) -> dict[str, Any]:
    """What the caller passed in ``extra``."""
    return {k: v for k, v in vars(record).items() if k not in _RECORD_FIELDS and not k.startswith("_")}


class JsonFormatter(logging.Formatter):
    """``{"time", "level", "logger", "event", ...extra, "exc"}``, one line per event."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        event: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": self.redact(record.getMessage()),
        }
        for key, value in fields_of(record).items():
            event.setdefault(key, self.redact.value(value))
        if record.exc_info:
            event["exc"] = self.redact(self.formatException(record.exc_info))
        return json.dumps(event, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """``time LEVEL logger: message key=value ...`` for people at a terminal."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extra = " ".join(f"{k}={v}" for k, v in fields_of(record).items())
        return self.redact(f"{line} {extra}" if extra else line)


def setup(level: str, *, fmt: str = "auto", secrets: Iterable[str] = (), stream: TextIO | None = None) -> None:
    """Replace the root logger's handlers with one that writes to ``stream`` (stderr) in ``fmt``:
    ``json``, ``text``, or ``auto`` (text on a terminal, JSON otherwise)."""
    stream = stream or sys.stderr
    if fmt == "auto":
        fmt = "text" if stream.isatty() else "json"
    redact = Redactor(secrets)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(redact) if fmt == "json" else TextFormatter(redact))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
