"""The errors this package raises. Library code raises these; only the CLI turns them into messages.

    MonitorError                  anything the service reports to a person
    ├── ConfigError               a configuration file (feeds.yaml, a watchlist, settings) is invalid;
    │                             carries file, line, column and key when known
    ├── FetchError                a feed or page could not be fetched (network, status, size, deadline)
    ├── ParseError                a body is not a feed we can read
    ├── ExtractError              no article text could be extracted from a page
    ├── StoreError                the database is unreachable or its schema is not the one we know
    └── NotifyError               an alert could not be delivered
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class: the message is meant for a person."""


class ConfigError(MonitorError):
    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        key: str | None = None,
    ) -> None:
        self.file, self.line, self.column, self.key = file, line, column, key
        self.reason = message
        super().__init__(self._format())

    def _format(self) -> str:
        where = self.file or ""
        if self.file and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        key = f" [{self.key}]" if self.key else ""
        return f"{where}{key}: {self.reason}" if where else f"{key.strip()} {self.reason}".strip()


class FetchError(MonitorError):
    """``kind`` is a short stable label for metrics and the feed's error record (timeout, status, ...)."""

    def __init__(self, url: str, kind: str, detail: str) -> None:
        self.url, self.kind, self.detail = url, kind, detail
        super().__init__(f"fetch {url}: {kind}: {detail}")


class ParseError(MonitorError):
    def __init__(self, url: str, detail: str) -> None:
        self.url, self.detail = url, detail
        super().__init__(f"parse {url}: {detail}")


class ExtractError(MonitorError):
    pass


class StoreError(MonitorError):
    pass


class NotifyError(MonitorError):
    pass
