"""Configuration: the settings from the environment, and feeds.yaml, validated at load into typed objects.

Every setting is one row of ``SETTINGS`` (name, environment variable, default, meaning, secret or not); the
README's configuration reference and ``monitor config`` are generated from that table.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from monitor.errors import ConfigError
from monitor.yamlconf import load_model, parse_yaml, read_text

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


def parse_duration(value: Any) -> float:
    """``90``, ``"90s"``, ``"15m"``, ``"2h"``, ``"1d"`` -> seconds."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as 15m, 2h or 900 (seconds)")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError(f"expected a duration such as 15m, 2h or 900 (seconds), got {value!r}")
        seconds = float(match.group(1)) * _UNITS[match.group(2)]
    if seconds <= 0:
        raise ValueError("a duration must be positive")
    return seconds


Duration = Annotated[float, BeforeValidator(parse_duration)]


class FeedConfig(BaseModel):
    """One feed of feeds.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, description="Unique name, shown in alerts and `monitor feeds`.")
    url: str = Field(description="http or https URL of the RSS or Atom feed.")
    interval: Duration | None = Field(None, description="Fixed polling interval (15m, 1h), at least MONITOR_POLL_MIN; "
                                      "default: adaptive, from how often the feed publishes.")
    language: str | None = Field(None, description="ISO 639-1 code of the feed's language, e.g. en.")
    fetch_full: bool = Field(False, description="Fetch and extract the article page for every entry.")
    enabled: bool = Field(True, description="false keeps the feed in the file but stops polling it.")

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str) -> str:
        if not re.match(r"^https?://[^/\s]+", value):
            raise ValueError(f"expected an http:// or https:// URL, got {value!r}")
        return value


class FeedsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    feeds: list[FeedConfig]


def load_feeds(path: Path, *, base: str | None = None) -> list[FeedConfig]:
    """Read and validate feeds.yaml. ``base`` replaces ``{base}`` in URLs (the demo's loopback server)."""
    text = read_text(path)
    if base is not None:
        text = text.replace("{base}", base)
    data, marks = parse_yaml(text, str(path))
    if data is None:
        raise ConfigError("the file is empty; expected a mapping with a `feeds:` list", file=str(path))
    model = load_model(FeedsFile, data, marks, str(path))
    seen: dict[str, int] = {}
    for i, feed in enumerate(model.feeds):
        if feed.name in seen:
            line, column = marks.get(("feeds", i, "name"), (None, None))
            raise ConfigError(f"duplicate feed name {feed.name!r} (first at feeds[{seen[feed.name]}])",
                              file=str(path), line=line, column=column, key=f"feeds[{i}].name")
        seen[feed.name] = i
    return model.feeds


@dataclass(frozen=True)
class Setting:
    field: str
    env: str
    default: str
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", "MONITOR_DATA_DIR", "./data", "Directory for the SQLite database and other state."),
    Setting("database_url", "MONITOR_DATABASE_URL", "",
            "SQLAlchemy URL; empty means sqlite:///<data dir>/monitor.db.", secret=True),
    Setting("feeds_file", "MONITOR_FEEDS", "feeds.yaml", "The feeds file."),
    Setting("watchlists_dir", "MONITOR_WATCHLISTS", "watchlists", "Directory of watchlist YAML files."),
    Setting("notify_urls", "MONITOR_NOTIFY_URLS", "",
            "Apprise URLs for the default route, separated by spaces or commas; empty prints alerts "
            "to the console.", secret=True),
    Setting("routes_file", "MONITOR_ROUTES", "routes.yaml",
            "Routes file: where alerts go, digests, quiet hours, rate limits (see docs/notifications.md); "
            "when it is missing, the route default takes MONITOR_NOTIFY_URLS."),
    Setting("templates_dir", "MONITOR_TEMPLATES", "",
            "Directory of alert templates overriding the shipped ones (same file names); empty: shipped only."),
    Setting("poll_interval", "MONITOR_POLL_INTERVAL", "15m",
            "Polling interval of a feed whose publishing frequency is not known yet (its first polls)."),
    Setting("poll_min", "MONITOR_POLL_MIN", "5m",
            "Shortest interval between two polls of one feed (the adaptive interval's floor)."),
    Setting("poll_max", "MONITOR_POLL_MAX", "1h",
            "Longest interval between two polls of a feed that works (the adaptive interval's ceiling)."),
    Setting("tick_interval", "MONITOR_TICK_INTERVAL", "30s", "How often the worker looks for due feeds."),
    Setting("dispatch_interval", "MONITOR_DISPATCH_INTERVAL", "10s", "How often pending alerts are sent."),
    Setting("feed_concurrency", "MONITOR_FEED_CONCURRENCY", "8", "Feeds fetched at once by one worker."),
    Setting("host_concurrency", "MONITOR_HOST_CONCURRENCY", "2",
            "Fetches in flight to one host at once, per worker (politeness towards each publisher)."),
    Setting("fetch_timeout", "MONITOR_FETCH_TIMEOUT", "30s", "Overall deadline of one fetch."),
    Setting("max_bytes", "MONITOR_MAX_BYTES", "10485760", "Largest body accepted, on the wire and decoded."),
    Setting("fetch_allow", "MONITOR_FETCH_ALLOW", "",
            "Networks or hosts article fetches may reach although not public (e.g. 10.0.0.0/8)."),
    Setting("story_window", "MONITOR_STORY_WINDOW", "30d",
            "Articles further apart in time than this are not compared for same-story novelty."),
    Setting("encoder", "MONITOR_ENCODER", "use-m3",
            "Sentence encoder for meaning across languages: use-m3, e5-small or none (see monitor/encoder.py)."),
    Setting("log_level", "MONITOR_LOG_LEVEL", "INFO", "DEBUG, INFO, WARNING or ERROR."),
    Setting("log_format", "MONITOR_LOG_FORMAT", "auto",
            "json (one event a line), text, or auto: text on a terminal, json otherwise."),
    Setting("lease", "MONITOR_LEASE", "5m",
            "How long a worker holds a claimed feed or alert without renewing it; a dead worker's work is "
            "taken over after this. Renewed every third of it while the work goes on."),
    Setting("http_port", "MONITOR_HTTP_PORT", "0",
            "Port of the worker's /healthz, /readyz and /metrics endpoint; 0 disables it (the image uses 8080)."),
    Setting("http_host", "MONITOR_HTTP_HOST", "127.0.0.1",
            "Address the HTTP endpoint listens on (the image uses 0.0.0.0 so probes can reach it)."),
)


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    feeds_file: Path
    watchlists_dir: Path
    notify_urls: tuple[str, ...]
    routes_file: Path
    templates_dir: Path | None
    poll_interval: float
    poll_min: float
    poll_max: float
    tick_interval: float
    dispatch_interval: float
    feed_concurrency: int
    host_concurrency: int
    fetch_timeout: float
    max_bytes: int
    fetch_allow: tuple[str, ...]
    story_window: float
    encoder: str
    log_level: str
    log_format: str
    lease: float
    http_port: int
    http_host: str

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Read every setting from the environment (or ``env``); ``overrides`` win over both."""
        source = os.environ if env is None else env
        raw = {s.field: source.get(s.env, s.default) for s in SETTINGS}
        values: dict[str, Any] = {}
        for s in SETTINGS:
            try:
                values[s.field] = _convert(s.field, raw[s.field])
            except ValueError as exc:
                raise ConfigError(f"{exc}", key=s.env) from None
        values.update(overrides)
        if values["poll_min"] > values["poll_max"]:
            raise ConfigError(f"MONITOR_POLL_MIN ({values['poll_min']:g} s) is longer than MONITOR_POLL_MAX "
                              f"({values['poll_max']:g} s)", key="MONITOR_POLL_MIN")
        if not values["database_url"]:
            values["database_url"] = f"sqlite:///{Path(values['data_dir']) / 'monitor.db'}"
        return cls(**values)

    def redacted(self) -> dict[str, str]:
        """Every setting as text, secrets shown as <redacted>: for `monitor config` and logs."""
        secret = {s.field for s in SETTINGS if s.secret}
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            text = " ".join(value) if isinstance(value, tuple) else "" if value is None else str(value)
            out[f.name] = "<redacted>" if f.name in secret and text else text
        return out


def _convert(name: str, value: str) -> Any:
    if name in {"data_dir", "feeds_file", "watchlists_dir", "routes_file"}:
        return Path(value)
    if name == "templates_dir":
        return Path(value) if value.strip() else None
    if name in {"notify_urls", "fetch_allow"}:
        return tuple(part for part in re.split(r"[\s,]+", value.strip()) if part)
    if name in {"poll_interval", "poll_min", "poll_max", "tick_interval", "dispatch_interval", "fetch_timeout",
                "story_window", "lease"}:
        return parse_duration(value)
    if name in {"feed_concurrency", "host_concurrency", "max_bytes"}:
        number = int(value)
        if number <= 0:
            raise ValueError("must be a positive whole number")
        return number
    if name == "http_port":
        port = int(value)
        if not 0 <= port <= 65535:
            raise ValueError("expected a port number from 0 (disabled) to 65535")
        return port
    if name == "log_format":
        if value.lower() not in {"auto", "json", "text"}:
            raise ValueError("expected auto, json or text")
        return value.lower()
    if name == "log_level":
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("expected DEBUG, INFO, WARNING or ERROR")
        return value.upper()
    return value
