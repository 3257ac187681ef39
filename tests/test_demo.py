"""``monitor demo`` against the recorded fixtures: every article gets the decision expected.yaml gives it."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from monitor.config import Settings
from monitor.demo import DEMO_DIR, DemoResult, run_demo
from tests.conftest import REPO


@pytest.fixture(scope="module")
def demo() -> tuple[DemoResult, str]:
    lines: list[str] = []
    settings = Settings.from_env({}, watchlists_dir=REPO / "watchlists")
    return run_demo(settings, out=lines.append), "\n".join(lines)


def expected() -> list[dict[str, Any]]:
    return yaml.safe_load((DEMO_DIR / "expected.yaml").read_text(encoding="utf-8"))


def test_every_fixture_was_fetched_and_decided(demo: tuple[DemoResult, str]) -> None:
    result, _ = demo
    assert all(r.status == "new" for r in result.reports), [(r.feed, r.error) for r in result.reports]
    assert sorted(urlsplit(o.url).path for o in result.outcomes) == sorted(e["path"] for e in expected())


@pytest.mark.parametrize("case", expected(), ids=lambda c: f"{c['category']}:{Path(c['path']).stem}")
def test_decision_matches_expected(demo: tuple[DemoResult, str], case: dict[str, Any]) -> None:
    result, _ = demo
    outcome = next(o for o in result.outcomes if urlsplit(o.url).path == case["path"])
    assert outcome.decision == case["decision"], (outcome.level, outcome.duplicate_of, outcome.new_facts)
    assert sorted(outcome.watchlists) == sorted(case["watchlists"] or [])
    if case["decision"] == "duplicate":  # a duplicate of the expected article, or of another copy of its story
        want = case["duplicate_of"]
        stories = {urlsplit(o.url).path: o.story_id for o in result.outcomes}
        stories.update({f"seed:{o.url.removeprefix('seed:')}": o.story_id for o in result.known})
        assert outcome.story_id == stories[want], (outcome.duplicate_of, want)


def test_one_alert_per_new_story_and_the_report_says_why(demo: tuple[DemoResult, str]) -> None:
    result, report = demo
    alerting = [e for e in expected() if e["decision"] == "alert"]
    assert len(result.alerts) == len(alerting)
    for outcome in result.outcomes:
        if outcome.decision == "duplicate":
            assert f"{outcome.level} of {outcome.duplicate_of}" in report
    assert "Summary:" in report and f"{len(alerting)} alerted" in report
