"""Send pending alerts: claim them from the outbox with a lease, decide per route what goes out now (one
message per alert, a digest, or nothing yet), render each message from templates per channel, send it
through apprise (or print it when a route has no URL), and mark its alerts sent; on failure record why and
retry later with exponential backoff.

Per route (monitor.routes), ``plan_delivery`` decides, from the claimed alerts and the clock:

- digest mode: alerts wait for the next digest time, then go out as one message grouped by story;
- quiet hours: alerts wait for the end of quiet hours, then go out together as one digest;
- rate limit: at most ``max`` messages per window; a burst beyond that folds into one digest message,
  and with no budget left alerts wait for the window to free; nothing is ever dropped;
- a failing route: every pending alert of the route waits for the same retry time, so when the channel
  returns the backlog goes out as one digest instead of a flood.

Delivery is at-least-once: an alert is marked sent only after its message was sent, so a crash (kill -9)
at any point loses nothing; only a message whose send completed in the instant before the crash, before
it was marked, can be repeated.
"""

from __future__ import annotations

import logging
import re
import sys
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, TextIO
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import apprise
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, StrictUndefined, TemplateError, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape
from sqlalchemy import func, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from monitor.errors import ConfigError, NotifyError
from monitor.models import Alert, utcnow
from monitor.routes import Channel, Route, channel_of, redact, scrub
from monitor.store import transaction

log = logging.getLogger("monitor.notify")
LEASE = timedelta(minutes=2)
BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_MAX = timedelta(hours=1)
DIGEST_LABELS = {"digest": "Digest", "quiet_hours": "Held during quiet hours", "rate_limit": "Burst folded",
                 "backlog": "Backlog after delivery failures"}


# ---------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    format: str = "markdown"  # markdown, html, text
    alerts: tuple[Alert, ...] = ()  # what the message carries: each channel renders them its own way
    reason: str | None = None  # None: one alert; else why several were folded (see DIGEST_LABELS)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#~!"})
_SPACE = re.compile(r"\s+")
_MENTION = ("@channel", "@here", "@everyone", "@all")


def escape_markdown(text: Any) -> str:
    """Feed text made inert in markdown and Slack: no emphasis, links, HTML, `<!here>` or @channel mentions."""
    out = _SPACE.sub(" ", str(text or "")).translate(_MD_SPECIAL)
    for mention in _MENTION:  # a word joiner after @ keeps the word readable but never a mention
        out = out.replace(mention, "@\u2060" + mention[1:]).replace(mention.upper(), "@\u2060" + mention[1:].upper())
    return out


def highlight_markdown(snippet: Any) -> str:
    """A snippet with its «matched words» in bold, everything else escaped."""
    parts = str(snippet or "").replace("»", "«").split("«")
    return "".join(f"**{escape_markdown(p.strip())}**" if i % 2 and p.strip() else escape_markdown(p)
                   for i, p in enumerate(parts))


def highlight_html(snippet: Any) -> Markup:
    parts = str(snippet or "").replace("»", "«").split("«")
    return Markup("").join(
        Markup('<mark style="background:#fde68a;padding:0 2px">{}</mark>').format(p) if i % 2 else escape(p)
        for i, p in enumerate(parts))


def safe_link(url: Any) -> str:
    """Only http(s) links: a feed cannot slip a javascript: or data: URL into a message."""
    text = str(url or "").strip()
    if urlsplit(text).scheme.lower() not in {"http", "https"}:
        return ""
    return text.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20").replace('"', "%22")


def local_time(value: Any, zone: str = "UTC") -> str:
    if not value:
        return ""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.astimezone(ZoneInfo(zone)).strftime("%-d %b %Y, %H:%M %Z")


def _view(alert: Alert) -> dict[str, Any]:
    p: dict[str, Any] = alert.payload or {}
    watchlists = p.get("watchlists", [])
    snippets = [s for w in watchlists for s in w.get("snippets", [])]
    return {**p, "id": alert.id, "kind": alert.kind, "is_update": alert.kind == "update", "route": alert.route,
            "watchlists": watchlists, "watchlist_names": [w["name"] for w in watchlists],
            "snippets": list(dict.fromkeys(snippets)), "story": p.get("story") or {},
            "new_facts": p.get("new_facts") or [], "created": alert.created_at}


def _stories(views: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Alerts grouped by story, in order of first appearance; most outlets first within a digest."""
    groups: dict[Any, dict[str, Any]] = {}
    for v in views:
        story = v["story"]
        key = story.get("id") or f"alert:{v['id']}"
        group = groups.setdefault(key, {"id": story.get("id"), "title": story.get("title") or v.get("title", ""),
                                        "outlets": list(story.get("outlets", [])), "articles": 0, "alerts": []})
        group["alerts"].append(v)
        group["outlets"] = list(dict.fromkeys([*group["outlets"], *story.get("outlets", [])]))
        group["articles"] = max(group["articles"], story.get("articles", 1))
    return sorted(groups.values(), key=lambda g: -len(g["outlets"]))


class Renderer:
    """Messages from Jinja2 templates: ``<channel>_alert``, ``<channel>_digest`` and ``<channel>_title``
    (falling back to ``title.txt.j2``), first from ``directory`` (the user's overrides), then the shipped
    defaults in monitor/templates."""

    FORMATS: ClassVar[dict[str, tuple[str, str]]] = {
        "slack": ("md", "markdown"), "text": ("md", "markdown"), "email": ("html", "html")}

    def __init__(self, directory: Path | None = None) -> None:
        loaders: list[Any] = [FileSystemLoader(str(directory))] if directory else []
        self.directory = directory
        self.env = SandboxedEnvironment(
            loader=ChoiceLoader([*loaders, PackageLoader("monitor", "templates")]), undefined=StrictUndefined,
            autoescape=select_autoescape(enabled_extensions=("html.j2", "html"), default_for_string=False),
            trim_blocks=True, lstrip_blocks=True)
        self.env.filters.update(md=escape_markdown, highlight_md=highlight_markdown, highlight_html=highlight_html,
                                link=safe_link, local=local_time, host=lambda u: urlsplit(str(u)).netloc,
                                oneline=lambda s: " ".join(str(s or "").split()))

    def check(self) -> list[str]:
        """Compile every template a message can use; ConfigError naming the file and line on the first fault."""
        names = [f"{c}_{layout}.{self.FORMATS[c][0]}.j2" for c in self.FORMATS for layout in ("alert", "digest")]
        for name in [*names, "title.txt.j2", "slack_title.txt.j2"]:
            try:
                self.env.get_template(name)
            except TemplateError as exc:
                line = getattr(exc, "lineno", None)
                raise ConfigError(f"template error: {exc}", file=getattr(exc, "filename", None) or name,
                                  line=line) from None
        return names

    def render(self, channel: Channel, alerts: Sequence[Alert], *, route: Route | None = None,
               reason: str | None = None) -> Message:
        ext, fmt = self.FORMATS[channel]
        views = [_view(a) for a in alerts]
        zone = _zone_of(route)
        context = {"alerts": views, "stories": _stories(views), "digest": reason is not None,
                   "digest_label": DIGEST_LABELS.get(reason or "", "Digest"), "reason": reason,
                   "now": utcnow(), "tz": zone,
                   "route": route.name if route else (alerts[0].route if alerts else "default"),
                   "watchlist_names": list(dict.fromkeys(n for v in views for n in v["watchlist_names"]))}
        layout = "digest" if reason is not None else "alert"
        try:
            body = self.env.get_template(f"{channel}_{layout}.{ext}.j2").render(context).strip() + "\n"
            title = self.env.select_template([f"{channel}_title.txt.j2", "title.txt.j2"]).render(context).strip()
        except TemplateError as exc:
            raise NotifyError(f"template {getattr(exc, 'name', None) or channel + '_' + layout}: {exc}") from exc
        return Message(title, body, fmt, tuple(alerts), reason)


def _zone_of(route: Route | None) -> str:
    if route is None:
        return "UTC"
    if route.digest is not None:
        return route.digest.timezone
    return route.quiet_hours.timezone if route.quiet_hours else "UTC"


_DEFAULT_RENDERER: Renderer | None = None


def render(alert: Alert, channel: Channel = "text") -> Message:
    """One alert with the shipped templates (the console and generic-channel form by default)."""
    global _DEFAULT_RENDERER
    _DEFAULT_RENDERER = _DEFAULT_RENDERER or Renderer()
    return _DEFAULT_RENDERER.render(channel, [alert])


# ---------------------------------------------------------------- senders

Sender = Callable[[str, Message], None]  # (route, message); raises on failure


def console_sender(stream: TextIO | None = None) -> Sender:
    def send(route: str, message: Message) -> None:
        out = stream or sys.stdout
        out.write(f"\n=== ALERT ({route}) {message.title}\n{message.body}\n")
        out.flush()

    return send


_FORMATS = {"markdown": apprise.NotifyFormat.MARKDOWN, "html": apprise.NotifyFormat.HTML,
            "text": apprise.NotifyFormat.TEXT}


def apprise_sender(routes: Mapping[str, Route | Sequence[str]], renderer: Renderer | None = None,
                   fallback: Sender | None = None) -> Sender:
    """Send through apprise: each route's URLs are grouped by channel (Slack, email, anything else), and each
    channel gets the message rendered from its own templates. A route without URLs goes to ``fallback``
    (the console by default). Failures raise NotifyError with apprise's own reason, URLs redacted."""
    renderer = renderer or Renderer()
    fallback = fallback or console_sender()
    clients: dict[str, list[tuple[Channel, str, apprise.Apprise]]] = {}
    table = {name: r if isinstance(r, Route) else Route(name, tuple(r)) for name, r in routes.items()}
    for name, route in table.items():
        for url in route.urls:
            client = apprise.Apprise()
            if not client.add(url):
                raise ConfigError(f"route {name!r}: apprise does not accept the URL {redact(url)}")
            clients.setdefault(name, []).append((channel_of(url), url, client))

    def send(route_name: str, message: Message) -> None:
        route = table.get(route_name)
        if not clients.get(route_name):
            fallback(route_name, message)
            return
        errors, rendered = [], {}
        for channel, url, client in clients[route_name]:
            if channel not in rendered:
                rendered[channel] = renderer.render(channel, message.alerts, route=route, reason=message.reason) \
                    if message.alerts else message
            out = rendered[channel]
            with apprise.LogCapture(level=logging.DEBUG, fmt="%(levelname)s %(message)s") as captured:
                ok = client.notify(title=out.title, body=out.body, body_format=_FORMATS[out.format])
            if not ok:
                why = _why(captured.getvalue() if hasattr(captured, "getvalue") else "")
                errors.append(f"{redact(url)}: {scrub(why, [url])}")
        if errors:
            raise NotifyError("; ".join(errors)[:2000])

    return send


def _why(log_text: str) -> str:
    """Apprise's own account of a failure: its warnings, and the exception behind a connection error."""
    lines = [line.split(" ", 1) for line in log_text.splitlines() if " " in line]
    kept = [text.strip() for level, text in lines
            if level in {"WARNING", "ERROR", "CRITICAL"} or (level == "DEBUG" and "Exception" in text)]
    return " | ".join(dict.fromkeys(kept)) or "apprise reported a failed delivery"


# ---------------------------------------------------------------- planning


@dataclass(frozen=True)
class Hold:
    alerts: tuple[Alert, ...]
    until: datetime
    reason: str  # digest, quiet_hours, rate_limit, backlog


@dataclass(frozen=True)
class Outgoing:
    alerts: tuple[Alert, ...]
    reason: str | None = None  # None: a single alert; else the digest's reason


@dataclass(frozen=True)
class Plan:
    send: list[Outgoing] = field(default_factory=list)
    hold: list[Hold] = field(default_factory=list)


def plan_delivery(route: Route, alerts: Sequence[Alert], now: datetime, *, recent: Sequence[datetime] = (),
                  failing_until: datetime | None = None) -> Plan:
    """What to do now with the due ``alerts`` of one route. ``recent``: when the route's recent messages
    were sent (for the rate limit); ``failing_until``: the retry time of the route's failed alerts."""
    if not alerts:
        return Plan()
    alerts = tuple(alerts)
    if failing_until is not None and failing_until > now:
        return Plan(hold=[Hold(alerts, failing_until, "backlog")])
    quiet = route.quiet_until(now)
    if quiet is not None:
        return Plan(hold=[Hold(alerts, quiet, "quiet_hours")])
    if route.mode == "digest":
        due = tuple(a for a in alerts if route.next_digest(a.created_at) <= now)
        waiting: dict[datetime, list[Alert]] = {}
        for a in alerts:
            if a not in due:
                waiting.setdefault(route.next_digest(a.created_at), []).append(a)
        return Plan(send=[Outgoing(due, "digest")] if due else [],
                    hold=[Hold(tuple(group), until, "digest") for until, group in waiting.items()])
    return _plan_immediate(route, alerts, now, recent)


def _plan_immediate(route: Route, alerts: tuple[Alert, ...], now: datetime, recent: Sequence[datetime]) -> Plan:
    held = tuple(a for a in alerts if a.held_reason or a.attempts)
    units = ([Outgoing(held, held[0].held_reason or "backlog")] if len(held) > 1 else
             [Outgoing(held)] if held else [])
    units += [Outgoing((a,)) for a in alerts if a not in held]
    limit = route.rate_limit
    if limit is None:
        return Plan(send=units)
    window = timedelta(seconds=limit.per)
    in_window = sorted(t for t in recent if t > now - window)
    budget = limit.max - len(in_window)
    if len(units) <= budget:
        return Plan(send=units)
    if budget <= 0:
        return Plan(hold=[Hold(alerts, in_window[-limit.max] + window, "rate_limit")])
    singles, rest = units[:budget - 1], units[budget - 1:]
    folded = tuple(a for unit in rest for a in unit.alerts)
    return Plan(send=[*singles, Outgoing(folded, "rate_limit")])


# ---------------------------------------------------------------- the dispatcher


@dataclass(frozen=True)
class DispatchReport:
    sent: int = 0  # alerts delivered
    failed: int = 0  # alerts whose message failed (they stay pending, retried later)
    held: int = 0  # alerts waiting for a digest, the end of quiet hours, the rate limit or a failing route
    messages: int = 0  # messages sent


class Dispatcher:
    def __init__(self, engine: Engine, sender: Sender, *, owner: str, batch: int = 200,
                 routes: Mapping[str, Route] | None = None, renderer: Renderer | None = None,
                 lease: timedelta = LEASE) -> None:
        self.engine, self.sender, self.owner, self.batch = engine, sender, owner, batch
        self.lease = lease  # renewed by the worker's heartbeat while a send goes on (monitor.leases)
        self.routes = dict(routes) if routes is not None else {"default": Route("default")}
        self.renderer = renderer or Renderer()

    def claim(self, now: datetime) -> list[Alert]:
        """Lease up to ``batch`` due alerts: one statement, safe with several dispatchers at once."""
        due = (select(Alert.id)
               .where(Alert.status == "pending", Alert.next_attempt_at <= now,
                      or_(col(Alert.lease_until).is_(None), col(Alert.lease_until) < now))
               .order_by(col(Alert.id)).limit(self.batch).with_for_update(skip_locked=True))
        with transaction(self.engine) as session:
            ids = session.connection().execute(
                update(Alert).where(col(Alert.id).in_(due.scalar_subquery()))
                .values(lease_owner=self.owner, lease_until=now + self.lease).returning(col(Alert.id))).scalars().all()
            if not ids:
                return []
            return list(session.exec(select(Alert).where(col(Alert.id).in_(ids)).order_by(col(Alert.id))))

    def dispatch_once(self, now: datetime | None = None) -> DispatchReport:
        now, started = now or utcnow(), time.monotonic()
        report = DispatchReport()
        by_route: dict[str, list[Alert]] = {}
        for alert in self.claim(now):
            by_route.setdefault(alert.route, []).append(alert)
        for name, alerts in by_route.items():
            route = self.routes.get(name)
            if route is None:
                known = ", ".join(sorted(self.routes))
                self._mark_failed(name, alerts, f"unknown route {name!r} (routes defined: {known})", now)
                report = replace(report, failed=report.failed + len(alerts))
                continue
            plan = plan_delivery(route, alerts, now, recent=self._recent_messages(name, now),
                                 failing_until=self._failing_until(name, alerts, now))
            for hold in plan.hold:
                self._hold(hold)
                report = replace(report, held=report.held + len(hold.alerts))
            for i, out in enumerate(plan.send):
                if time.monotonic() - started > LEASE.total_seconds() / 2:  # give back what the lease may not cover
                    self._release([a for later in plan.send[i:] for a in later.alerts])
                    break
                retry = self._deliver(route, out, now)
                if retry is None:
                    report = replace(report, sent=report.sent + len(out.alerts), messages=report.messages + 1)
                    continue
                report = replace(report, failed=report.failed + len(out.alerts))
                for later in plan.send[i + 1:]:  # the route is down: its other messages wait with the backlog
                    self._hold(Hold(later.alerts, retry, "backlog"))
                    report = replace(report, held=report.held + len(later.alerts))
                break
        return report

    def _deliver(self, route: Route, out: Outgoing, now: datetime) -> datetime | None:
        """Send one message; None when sent, else the time of the retry."""
        try:
            message = self.renderer.render("text", out.alerts, route=route, reason=out.reason)
            self.sender(route.name, message)
        except Exception as exc:
            return self._mark_failed(route.name, out.alerts, f"{type(exc).__name__}: {exc}", now)
        self._mark_sent(route.name, out)
        return None

    def _release(self, alerts: Sequence[Alert]) -> None:
        with transaction(self.engine) as session:
            session.connection().execute(
                update(Alert).where(col(Alert.id).in_([a.id for a in alerts]), col(Alert.lease_owner) == self.owner)
                .values(lease_owner=None, lease_until=None))

    def _recent_messages(self, route: str, now: datetime) -> list[datetime]:
        rate = self.routes[route].rate_limit
        if rate is None:
            return []
        since = now - timedelta(seconds=rate.per)
        with Session(self.engine) as session:
            rows = session.exec(select(Alert.message_id, func.min(Alert.sent_at))
                                .where(Alert.route == route, col(Alert.sent_at) > since,
                                       col(Alert.message_id).is_not(None))
                                .group_by(col(Alert.message_id))).all()
        return [t for _, t in rows if t is not None]

    def _failing_until(self, route: str, claimed: Sequence[Alert], now: datetime) -> datetime | None:
        """The retry time of this route's failed alerts that are still waiting (the route is down)."""
        with Session(self.engine) as session:
            return session.exec(select(func.min(Alert.next_attempt_at))
                                .where(col(Alert.route) == route, col(Alert.status) == "pending",
                                       col(Alert.attempts) > 0, col(Alert.next_attempt_at) > now,
                                       col(Alert.id).not_in([a.id for a in claimed]))).one()

    def _hold(self, hold: Hold) -> None:
        with transaction(self.engine) as session:
            session.connection().execute(
                update(Alert).where(col(Alert.id).in_([a.id for a in hold.alerts]),
                                    col(Alert.lease_owner) == self.owner)
                .values(lease_owner=None, lease_until=None, next_attempt_at=hold.until, held_reason=hold.reason))
        log.info("%d alert(s) for route %s held until %s (%s)", len(hold.alerts), hold.alerts[0].route,
                 hold.until.isoformat(timespec="minutes"), hold.reason)

    def _mark_sent(self, route: str, out: Outgoing) -> None:
        ids = [a.id for a in out.alerts]
        with transaction(self.engine) as session:
            session.connection().execute(
                update(Alert).where(col(Alert.id).in_(ids), col(Alert.lease_owner) == self.owner)
                .values(status="sent", sent_at=utcnow(), lease_owner=None, lease_until=None,
                        attempts=col(Alert.attempts) + 1, last_error=None, message_id=uuid.uuid4().hex[:16],
                        delivery=out.reason or "single"))
        log.info("sent %s to route %s: %d alert(s)", out.reason or "alert", route, len(ids),
                 extra={"alert_ids": ids, "route": route})

    def _mark_failed(self, route: str, alerts: Sequence[Alert], reason: str, now: datetime) -> datetime:
        """Record why; retry with exponential backoff. Every other waiting alert of the route moves to the
        same retry time, so that when the channel returns its backlog goes out as one digest."""
        attempts = max(a.attempts for a in alerts)
        delay = min(BACKOFF_FIRST * (2 ** attempts), BACKOFF_MAX)
        retry = now + delay
        ids = [a.id for a in alerts]
        with transaction(self.engine) as session:
            conn = session.connection()
            conn.execute(update(Alert).where(col(Alert.id).in_(ids), col(Alert.lease_owner) == self.owner)
                         .values(lease_owner=None, lease_until=None, attempts=col(Alert.attempts) + 1,
                                 last_error=reason[:2000], next_attempt_at=retry, held_reason="backlog"))
            conn.execute(update(Alert).where(col(Alert.route) == route, col(Alert.status) == "pending",
                                             col(Alert.id).not_in(ids), col(Alert.lease_owner).is_(None),
                                             col(Alert.next_attempt_at) < retry)
                         .values(next_attempt_at=retry, held_reason="backlog"))
        log.warning("route %s: delivery of %d alert(s) failed; retry in %ss: %s", route, len(ids),
                    int(delay.total_seconds()), reason, extra={"alert_ids": ids, "route": route})
        return retry


# ---------------------------------------------------------------- samples (monitor notify test, docs)


def sample_alerts(route: str = "default") -> list[Alert]:
    """Three alerts in two stories, one an update: what `monitor notify test` sends and the docs show."""
    now = utcnow()
    stories = {
        7: {"id": 7, "title": "EU sanctions 118 more shadow-fleet tankers", "articles": 4,
            "outlets": ["Reuters", "Politico Europe", "Lloyd's List", "Kyiv Independent"]},
        9: {"id": 9, "title": "Iran and Russia sign grain-for-drones deal", "articles": 1, "outlets": ["Al-Monitor"]},
    }
    items = [
        (1, "new", 7, "EU sanctions 118 more shadow-fleet tankers in its 17th package", "Reuters",
         "https://www.reuters.com/world/europe/eu-sanctions-118-tankers/", ["sanctions"],
         ["shadow fleet", "tankers", "asset freeze"],
         ["The EU added «118 tankers» of Russia's «shadow fleet» to its blacklist on Tuesday.",
          "Owners face an «asset freeze» and a port ban across the bloc."], []),
        (2, "update", 7, "EU tanker sanctions now cover Panama-flagged vessels, diplomats say", "Lloyd's List",
         "https://lloydslist.example/eu-panama-tankers", ["sanctions", "maritime"], ["shadow fleet", "Panama"],
         ["Diplomats said the list includes 23 «Panama»-flagged ships of the «shadow fleet»."], ["Panama", "23"]),
        (3, "new", 9, "Iran and Russia sign grain-for-drones barter deal", "Al-Monitor",
         "https://www.al-monitor.com/originals/iran-russia-barter", ["iran-russia"], ["barter", "drones"],
         ["Tehran will receive wheat in a «barter» for «drones» and spare parts."], []),
    ]
    out = []
    for n, kind, story, title, source, url, lists, terms, snippets, facts in items:
        payload = {"kind": kind, "title": title, "url": url, "source": source,
                   "published": (now - timedelta(minutes=40 - 10 * n)).isoformat(),
                   "watchlists": [{"name": name, "terms": terms, "snippets": snippets if i == 0 else [], "score": 3.0}
                                  for i, name in enumerate(lists)],
                   "story": stories[story], "new_facts": facts}
        out.append(Alert(id=n, dedup_key=f"sample:{n}", article_id=n, story_id=story, route=route, kind=kind,
                         watchlists=lists, payload=payload, created_at=now))
    return out
