"""Structured logs: one JSON event per line off a terminal, the ids modules pass in ``extra``, secrets never shown."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor import logs

DB = "postgresql+psycopg://monitor:s3cr3t-pass@db.internal:5432/monitor"
SLACK = "slack://T1234ABCD/B5678EFGH/XyZsecretTokenValue/#news-desk"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    root = logging.getLogger()
    before = (list(root.handlers), root.level)
    logs.setup("INFO", fmt="json", secrets=[DB, SLACK], stream=stream)
    try:
        yield stream
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in before[0]:
            root.addHandler(handler)
        root.setLevel(before[1])


def events(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_one_json_event_per_line_with_the_ids_from_extra(captured: io.StringIO) -> None:
    log = logging.getLogger("monitor.test")
    log.info("feed %s: %d new", "Wire", 2, extra={"feed": "Wire", "article_id": 17})
    log.warning("alert delivery failed", extra={"alert_id": 5, "route": "default"})
    first, second = events(captured)
    assert first["event"] == "feed Wire: 2 new" and first["feed"] == "Wire" and first["article_id"] == 17
    assert first["level"] == "info" and first["logger"] == "monitor.test" and "time" in first
    assert second["alert_id"] == 5 and second["route"] == "default" and second["level"] == "warning"


def test_a_traceback_stays_inside_its_one_line(captured: io.StringIO) -> None:
    try:
        raise RuntimeError("boom\nsecond line")
    except RuntimeError:
        logging.getLogger("monitor.test").exception("job failed", extra={"feed": "Wire"})
    lines = captured.getvalue().splitlines()
    assert len(lines) == 1
    event = json.loads(lines[0])
    assert "RuntimeError: boom" in str(event["exc"]) and event["feed"] == "Wire"


def test_secrets_are_redacted_in_messages_fields_and_tracebacks(captured: io.StringIO) -> None:
    log = logging.getLogger("monitor.test")
    log.error("cannot reach %s", DB)
    log.error("apprise said: bad token XyZsecretTokenValue", extra={"url": SLACK})
    log.error("other URL https://bob:hunter22@example.org/x")  # not configured, still a password in a URL
    try:
        raise ValueError(f"connect failed: {DB}")
    except ValueError:
        log.exception("failed")
    text = captured.getvalue()
    for secret in ("s3cr3t-pass", "XyZsecretTokenValue", "B5678EFGH", "hunter22"):
        assert secret not in text
    first = events(captured)[0]
    assert first["event"] == "cannot reach postgresql+psycopg://monitor:<redacted>@db.internal:5432/monitor"


def test_text_format_on_a_terminal_keeps_the_fields() -> None:
    stream = io.StringIO()
    stream.isatty = lambda: True  # type: ignore[method-assign]
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        logs.setup("INFO", fmt="auto", secrets=[DB], stream=stream)
        logging.getLogger("monitor.test").info("polled %s", DB, extra={"feed": "Wire"})
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in before:
            root.addHandler(handler)
    line = stream.getvalue().strip()
    assert "INFO monitor.test: polled postgresql+psycopg://monitor:<redacted>@" in line
    assert line.endswith("feed=Wire") and not line.startswith("{")


def test_monitor_config_errors_come_out_as_json_off_a_terminal(tmp_path: Path) -> None:
    """The real CLI: `monitor once` against a database it cannot reach logs JSON with the password hidden."""
    env = {**os.environ, "MONITOR_DATA_DIR": str(tmp_path), "MONITOR_FEEDS": str(tmp_path / "feeds.yaml"),
           "MONITOR_WATCHLISTS": str(tmp_path / "wl"), "MONITOR_LOG_FORMAT": "json"}
    (tmp_path / "feeds.yaml").write_text("feeds: []\n", "utf-8")
    (tmp_path / "wl").mkdir()
    code = ("import logging, sys; from monitor.cli.service import setup_logging, settings_from; "
            "s = settings_from(); setup_logging(s.log_level, s); "
            "logging.getLogger('monitor.x').warning('db %s', s.database_url, extra={'feed': 'F'})")
    env["MONITOR_DATABASE_URL"] = DB
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    event = json.loads(out.stderr.strip().splitlines()[-1])
    assert event["feed"] == "F" and "s3cr3t-pass" not in out.stderr and "<redacted>" in str(event["event"])
