"""Routes: where alerts go and when. Defined once in routes.yaml; watchlists name them.

    routes:
      desk-slack:
        urls: ["${SLACK_DESK_WEBHOOK}"]          # secrets come from the environment...
        url_files: [/run/secrets/desk_email_url] # ...or from files, never from this file
        mode: immediate                          # or digest
        quiet_hours: {from: "22:00", to: "07:00", timezone: Europe/Berlin}
        rate_limit: {max: 5, per: 10m}           # a burst beyond this folds into one message
      morning:
        urls: ["${DESK_MAILTO}"]
        mode: digest
        digest: {every: daily, at: "08:00", timezone: Europe/Berlin}   # or every: hourly

A URL written literally in the file is refused when apprise finds anything secret in it (a password, a
token): put it in an environment variable or a file. URLs are only ever shown redacted. The route
``default`` always exists: when routes.yaml does not define it, it takes MONITOR_NOTIFY_URLS.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import apprise
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from monitor.config import Duration
from monitor.errors import ConfigError
from monitor.yamlconf import Marks, load_model, parse_yaml, read_text

Channel = Literal["slack", "email", "text"]
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _clock(value: Any) -> str:
    if not isinstance(value, str) or not _CLOCK.match(value.strip()):
        raise ValueError(f"expected a local time such as 08:00, got {value!r}")
    return value.strip()


def _zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (use an IANA name such as Europe/Berlin or UTC)") from None
    return value


class DigestConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    every: Literal["hourly", "daily"] = Field("daily", description="hourly, or daily at `at`.")
    at: str = Field("08:00", description="Local time of the daily digest (HH:MM).")
    timezone: str = Field("UTC", description="IANA time zone of `at`.")

    _check_at = field_validator("at", mode="before")(classmethod(lambda cls, v: _clock(v)))
    _check_zone = field_validator("timezone")(classmethod(lambda cls, v: _zone(v)))


DEFAULT_DIGEST = DigestConfig.model_validate({})


class QuietHoursConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    start: str = Field(alias="from", description="Local time quiet hours begin (HH:MM).")
    end: str = Field(alias="to", description="Local time they end (HH:MM); held alerts go out then, as a digest.")
    timezone: str = Field("UTC", description="IANA time zone of from and to.")

    _check_clock = field_validator("start", "end", mode="before")(classmethod(lambda cls, v: _clock(v)))
    _check_zone = field_validator("timezone")(classmethod(lambda cls, v: _zone(v)))


class RateLimitConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    max: int = Field(ge=1, description="Messages allowed per window.")
    per: Duration = Field(description="The window (10m, 1h).")


class RouteConfig(BaseModel):
    """One route of routes.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    urls: list[str] = Field(default_factory=list, description="Apprise URLs; secrets as ${VARIABLE}.")
    url_files: list[str] = Field(default_factory=list, description="Files holding one apprise URL per line.")
    mode: Literal["immediate", "digest"] = Field("immediate", description="immediate, or digest.")
    digest: DigestConfig | None = Field(None, description="When a digest route sends (default daily 08:00 UTC).")
    quiet_hours: QuietHoursConfig | None = Field(None, description="Hold alerts in these hours for a digest.")
    rate_limit: RateLimitConfig | None = Field(None, description="At most max messages per window; more fold.")

    @model_validator(mode="after")
    def _digest_needs_digest_mode(self) -> RouteConfig:
        if self.digest is not None and self.mode != "digest":
            raise ValueError("`digest:` is only used with `mode: digest`")
        return self


class RoutesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    routes: dict[str, RouteConfig]

    @field_validator("routes")
    @classmethod
    def _names(cls, value: dict[str, RouteConfig]) -> dict[str, RouteConfig]:
        for name in value:
            if not re.match(r"^[a-z0-9][a-z0-9_-]*$", str(name)):
                raise ValueError(f"route name {name!r}: use lowercase letters, digits, - and _")
        return value


@dataclass(frozen=True)
class Route:
    """A route as the dispatcher uses it: secrets resolved, times as zones."""

    name: str
    urls: tuple[str, ...] = ()
    mode: Literal["immediate", "digest"] = "immediate"
    digest: DigestConfig | None = None
    quiet_hours: QuietHoursConfig | None = None
    rate_limit: RateLimitConfig | None = None
    source: str = field(default="MONITOR_NOTIFY_URLS", compare=False)  # where it was defined

    def redacted_urls(self) -> list[str]:
        return [redact(url) for url in self.urls]

    def next_digest(self, after: datetime) -> datetime:
        """The first digest time strictly after ``after`` (UTC)."""
        cfg = self.digest or DEFAULT_DIGEST
        zone = ZoneInfo(cfg.timezone)
        local = after.astimezone(zone)
        if cfg.every == "hourly":
            return (local.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)).astimezone(UTC)
        at = _hm(cfg.at)
        day = local.date()
        while True:
            slot = _local(day, at, zone)
            if slot > after:
                return slot
            day += timedelta(days=1)

    def quiet_until(self, now: datetime) -> datetime | None:
        """When quiet hours end, if ``now`` falls in them; None otherwise."""
        q = self.quiet_hours
        if q is None:
            return None
        zone = ZoneInfo(q.timezone)
        start, end = _hm(q.start), _hm(q.end)
        today = now.astimezone(zone).date()
        for day in (today - timedelta(days=1), today):
            begin = _local(day, start, zone)
            finish = _local(day + timedelta(days=1) if end <= start else day, end, zone)
            if begin <= now < finish:
                return finish
        return None

    def channels(self) -> dict[Channel, list[str]]:
        """The route's URLs by the template family that renders for them."""
        out: dict[Channel, list[str]] = {}
        for url in self.urls:
            out.setdefault(channel_of(url), []).append(url)
        return out


def _hm(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def _local(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def channel_of(url: str) -> Channel:
    scheme = url.split("://", 1)[0].lower()
    if scheme == "slack" or url.lower().startswith("https://hooks.slack.com/"):
        return "slack"
    if scheme in {"mailto", "mailtos", "email"}:
        return "email"
    return "text"


def redact(url: str) -> str:
    """The URL as apprise prints it with secrets masked; a bare scheme when apprise cannot parse it."""
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if plugin:
        return str(plugin.url(privacy=True)).split("?", 1)[0]  # the query only repeats apprise's defaults
    scheme, _, rest = url.partition("://")
    return f"{scheme}://<redacted>" if rest else "<redacted>"


def scrub(text: str, urls: Iterable[str]) -> str:
    """``text`` (an error message) with every part of ``urls`` that their redacted form hides replaced by
    <redacted>: an HTTP library's error may quote the request URL, and a webhook URL is its own secret."""
    for url in urls:
        shown = redact(url)
        for piece in sorted(set(re.split(r"[/?&=:@#,]+", url)), key=len, reverse=True):
            if len(piece) >= 4 and piece not in shown:
                text = text.replace(piece, "<redacted>")
    return text


def _carries_secret(url: str) -> bool:
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    return plugin is not None and bool(plugin) and plugin.url(privacy=True) != plugin.url(privacy=False)


def _resolve(url: str, env: Mapping[str, str], where: dict[str, Any]) -> str:
    missing = [name for name in _VAR.findall(url) if not env.get(name)]
    if missing:
        raise ConfigError(f"environment variable {missing[0]} is not set (it holds this route's URL)", **where)
    return _VAR.sub(lambda m: env[m.group(1)], url)


def _check_url(url: str, literal: str, where: dict[str, Any]) -> None:
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if not plugin:
        raise ConfigError(f"apprise does not accept the URL {redact(url)}", **where)
    if literal == url and _carries_secret(url):
        raise ConfigError(f"this URL carries a secret ({redact(url)}): put it in an environment variable "
                          "(\"${SLACK_WEBHOOK}\") or a file (url_files:), never in this file", **where)


def _read_url_file(path: str, base: Path, where: dict[str, Any]) -> list[str]:
    file = Path(path) if Path(path).is_absolute() else base / path
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read the URL file {file}: {exc.strerror}", **where) from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def load_routes(path: Path | None, default_urls: Sequence[str] = (),
                env: Mapping[str, str] | None = None) -> dict[str, Route]:
    """Read routes.yaml (if ``path`` exists) and resolve its secrets; ``default`` comes from ``default_urls``
    unless the file defines it. Raises ConfigError naming file, line and key."""
    env = os.environ if env is None else env
    routes: dict[str, Route] = {}
    if path is not None and path.exists():
        data, marks = parse_yaml(read_text(path), str(path))
        if data is None:
            raise ConfigError("the file is empty; expected a mapping with a `routes:` mapping", file=str(path))
        model = load_model(RoutesFile, data, marks, str(path))
        for name, cfg in model.routes.items():
            routes[name] = _build_route(name, cfg, path, marks, env)
    if "default" not in routes:
        for url in default_urls:
            if not apprise.Apprise.instantiate(url, suppress_exceptions=True):
                raise ConfigError(f"apprise does not accept the URL {redact(url)}", key="MONITOR_NOTIFY_URLS")
        routes["default"] = Route("default", tuple(default_urls))
    return routes


def _build_route(name: str, cfg: RouteConfig, path: Path, marks: Marks, env: Mapping[str, str]) -> Route:
    urls: list[str] = []
    for i, literal in enumerate(cfg.urls):
        where = _where(path, marks, ("routes", name, "urls", i))
        url = _resolve(literal, env, where)
        _check_url(url, literal, where)
        urls.append(url)
    for i, file in enumerate(cfg.url_files):
        where = _where(path, marks, ("routes", name, "url_files", i))
        for url in _read_url_file(file, path.parent, where):
            _check_url(url, "", where)
            urls.append(url)
    return Route(name, tuple(urls), cfg.mode, cfg.digest if cfg.mode == "digest" else None, cfg.quiet_hours,
                 cfg.rate_limit, source=str(path))


def _where(path: Path, marks: Marks, loc: tuple[Any, ...]) -> dict[str, Any]:
    line, column = marks.get(loc, (None, None))
    key = f"routes.{loc[1]}.{loc[2]}[{loc[3]}]"
    return {"file": str(path), "line": line, "column": column, "key": key}


def check_watchlist_routes(watchlists: Iterable[Any], routes: Mapping[str, Route]) -> None:
    """Every route a watchlist names must exist: ConfigError at the watchlist's ``routes:`` line if not."""
    for watchlist in watchlists:
        for i, name in enumerate(watchlist.routes):
            if name in routes:
                continue
            file, line, column = watchlist.source, None, None
            if file:
                _, marks = parse_yaml(read_text(Path(file)), file)
                line, column = marks.get(("routes", i), (None, None))
            known = ", ".join(sorted(routes))
            raise ConfigError(f"unknown route {name!r} (routes defined: {known}; define routes in routes.yaml)",
                              file=file, line=line, column=column, key=f"routes[{i}]")


def describe(route: Route) -> str:
    """One line for `monitor check` and logs: name, mode, timing, redacted URLs."""
    parts: list[str] = [route.mode]
    if route.mode == "digest":
        d = route.digest or DEFAULT_DIGEST
        parts.append("hourly" if d.every == "hourly" else f"daily at {d.at} {d.timezone}")
    if route.quiet_hours:
        q = route.quiet_hours
        parts.append(f"quiet {q.start}-{q.end} {q.timezone}")
    if route.rate_limit:
        per = int(route.rate_limit.per)
        parts.append(f"at most {route.rate_limit.max} per " + (f"{per // 3600}h" if per % 3600 == 0 else
                                                              f"{per // 60}m" if per % 60 == 0 else f"{per}s"))
    urls = ", ".join(route.redacted_urls()) or "console"
    return f"{route.name}: {', '.join(parts)} -> {urls}"
