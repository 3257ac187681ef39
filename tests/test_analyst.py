"""backtest and explain over a real database filled by the demo articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.corpus import read_jsonl
from monitor.decide import decide
from monitor.match import Matcher
from monitor.service import seed_corpus
from monitor.store import open_database
from monitor.watchlist import load_watchlists
from tests.conftest import REPO

DEMO = REPO / "tests" / "data" / "replay" / "demo.jsonl"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("analyst")
    engine = open_database(f"sqlite:///{folder / 'monitor.db'}")
    seed_corpus(engine)
    matcher = Matcher(load_watchlists(REPO / "watchlists"))
    for i, article in enumerate(read_jsonl(DEMO)):
        decide(engine, matcher, article, identity=f"demo:{i}", origin="feed")
    engine.dispose()
    return folder


@pytest.fixture
def cli(database: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("MONITOR_DATA_DIR", str(database))
    monkeypatch.setenv("MONITOR_WATCHLISTS", str(REPO / "watchlists"))
    return CliRunner()


def run_json(cli: CliRunner, *args: str) -> dict[str, object]:
    result = cli.invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_an_unchanged_watchlist_changes_nothing(cli: CliRunner) -> None:
    report = run_json(cli, "backtest", str(REPO / "watchlists" / "sanctions.yaml"))
    assert report["articles"] == 28 and report["would_alert"] == [] and report["would_stop"] == []
    assert report["still_alert"] == 3  # the demo's sanctions alerts: EU package, US Treasury, Syria


def test_a_broader_edit_would_alert_on_new_stories_only(cli: CliRunner, tmp_path: Path) -> None:
    edited = tmp_path / "sanctions.yaml"  # outside watchlists/: the shared lists come from the configured dir
    edited.write_text("name: sanctions\nquery:\n  any: [the, der]\n", "utf-8")
    report = run_json(cli, "backtest", str(edited))
    would = {Path(c["url"]).name for c in report["would_alert"]}  # type: ignore[union-attr]
    assert "rovers-hold-on-for-derby-draw.html" in would and "harbour-lights-festival-drone-show.html" in would
    assert "majlis-vote-russia-treaty.html" not in would  # a retelling of a seed story: known, never alerts
    assert report["matched_known"] > 0 and report["would_stop"] == []


def test_a_narrower_edit_lists_what_would_stop_alerting(cli: CliRunner, tmp_path: Path) -> None:
    shutil.copy(REPO / "watchlists" / "lists.yaml", tmp_path / "lists.yaml")
    edited = tmp_path / "sanctions.yaml"
    edited.write_text("name: sanctions\nquery: {term: OFAC, case_sensitive: true}\n", "utf-8")
    report = run_json(cli, "backtest", str(edited))
    stopped = {Path(c["url"]).name for c in report["would_stop"]}  # type: ignore[union-attr]
    assert "eu-adopts-sanctions-package-shadow-fleet.html" in stopped
    text = cli.invoke(main, ["backtest", str(edited), "--since", "30d"])
    assert "alerted that would not" in text.output and "Would no longer alert" in text.output


def test_backtest_refuses_bad_input(cli: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nquery:\n  all: [treaty, {nearr: [a, b]}]\n", "utf-8")
    result = cli.invoke(main, ["backtest", str(bad)])
    assert result.exit_code != 0 and f"{bad}:3" in result.output
    result = cli.invoke(main, ["backtest", str(REPO / "watchlists" / "sanctions.yaml"), "--since", "soon"])
    assert result.exit_code != 0 and "--since" in result.output


def test_explain_says_decision_reason_duplicate_and_terms(cli: CliRunner) -> None:
    result = cli.invoke(main, ["explain", "https://demo.example/articles/majlis-vote-russia-treaty.html"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Decision: duplicate (same_story" in out and "judged against #" in out
    assert "treaty-ratification: MATCH" in out and "«" in out and "[+]" in out and "[-]" in out
    alert = cli.invoke(main, ["explain", "https://demo.example/articles/russia-iran-treaty-enters-into-force.html"])
    assert "Decision: alert (update" in alert.output and "new facts:" in alert.output
    seed = cli.invoke(main, ["explain", "001_1f536f8a4cf45538.txt"])
    assert seed.exit_code == 0 and "Decision: known" in seed.output
    missing = cli.invoke(main, ["explain", "https://nowhere.example/x"])
    assert missing.exit_code != 0 and "no stored article" in missing.output


def test_long_backtests_show_progress_on_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor.article import Article

    engine = open_database(f"sqlite:///{tmp_path / 'monitor.db'}")
    for i in range(210):
        article = Article(url=f"https://p.example/{i}", title=f"Item {i}", text=f"Note number {i} about weather.")
        decide(engine, None, article, identity=f"p:{i}", origin="feed")
    engine.dispose()
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MONITOR_WATCHLISTS", str(REPO / "watchlists"))
    result = CliRunner().invoke(main, ["backtest", str(REPO / "watchlists" / "sanctions.yaml")])
    assert result.exit_code == 0, result.output
    assert "backtest sanctions.yaml" in result.stderr  # off a terminal click prints the label only
    assert result.stdout.startswith("sanctions: 210 stored articles, 0 matched now")
