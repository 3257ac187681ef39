"""The ``monitor`` command as a person uses it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from sqlalchemy import text

from monitor import similarity
from monitor.cli import main
from monitor.store import make_engine
from tests.conftest import REPO

SMALL = REPO / "tests" / "data" / "replay" / "small.jsonl"


def all_commands(group: click.Group = main, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((f"{prefix}{name}", cmd))
        if isinstance(cmd, click.Group):
            out.extend(all_commands(cmd, f"{prefix}{name} "))
    return out


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("MONITOR_DATA_DIR", str(tmp_path / "data"))
    return CliRunner()


@pytest.mark.parametrize(("name", "command"), all_commands())
def test_every_command_has_help_and_is_in_the_readme(runner: CliRunner, name: str, command: click.Command) -> None:
    result = runner.invoke(main, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert command.help and len(command.help) > 20
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    reference = readme.split("## CLI reference", 1)[1].split("\n## ", 1)[0]
    assert f"monitor {name}" in reference, f"`monitor {name}` is missing from the README's CLI reference"


def test_check_reports_what_it_loaded(runner: CliRunner) -> None:
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert re.search(r"feeds.yaml: \d+ feeds", result.output)
    assert "treaty-ratification" in result.output and "sanctions" in result.output


def test_check_refuses_an_invalid_file_naming_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - name: A\n    url: https://x.org/\n    colour: red\n", "utf-8")
    result = runner.invoke(main, ["check", "--feeds", str(bad)])
    assert result.exit_code != 0
    assert f"{bad}:4:5 [feeds[0].colour]: unknown key" in result.output


def test_replay_json_prints_one_decision_per_line(runner: CliRunner) -> None:
    result = runner.invoke(main, ["replay", "--json", str(SMALL)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == len(SMALL.read_text("utf-8").splitlines())
    for line in lines:
        assert {"url", "decision", "watchlists", "duplicate_of", "similarity"} <= line.keys()
        assert line["decision"] in {"alert", "duplicate", "no_match"}
        assert (line["duplicate_of"] is None) == (line["similarity"] is None)


def test_replay_names_the_bad_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"url": "https://a.org/", "title": "t", "text": "x"}\n{"url": 3}\n', "utf-8")
    result = runner.invoke(main, ["replay", str(bad)])
    assert result.exit_code != 0 and f"{bad}:2" in result.output


def test_corpus_import_makes_documents_known_and_replay_against_db_writes_nothing(
        runner: CliRunner, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'm.db'}"
    doc = tmp_path / "known.jsonl"
    story = {"url": "https://wire.example/kz-senate", "title": "Kazakh senate ratifies Chu-Talas water treaty",
             "text": "Kazakhstan's senate ratified the Chu-Talas water-sharing treaty with Kyrgyzstan on Thursday "
                     "by 41 votes to 3, the senate press office in Astana said."}
    doc.write_text(json.dumps(story) + "\n", "utf-8")
    result = runner.invoke(main, ["corpus", "import", str(doc), "--db", db])
    assert result.exit_code == 0 and "1 documents added" in result.output, result.output
    again = runner.invoke(main, ["corpus", "import", str(doc), "--db", db])
    assert "0 documents added, 1 already known" in again.output
    probe = tmp_path / "probe.jsonl"
    probe.write_text(json.dumps({**story, "url": "https://other.example/kz?utm_source=x"}) + "\n", "utf-8")
    first = json.loads(runner.invoke(main, ["replay", "--json", "--db", db, str(probe)]).output)
    assert first["decision"] == "duplicate" and first["duplicate_of"] == story["url"]
    second = json.loads(runner.invoke(main, ["replay", "--json", "--db", db, str(probe)]).output)
    assert second == first  # the first replay left nothing behind in the database


def test_extract_prints_text_and_metadata(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Senate ratifies pact</title><meta name='author' content='A. Writer'>"
                    "</head><body><nav>Home</nav><article><h1>Senate ratifies pact</h1>"
                    + "<p>The senate ratified the river pact after a long debate in the capital.</p>" * 4
                    + "</article></body></html>", "utf-8")
    result = runner.invoke(main, ["extract", "--json", str(page)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["title"] == "Senate ratifies pact" and "river pact" in data["text"] and "Home" not in data["text"]
    missing = runner.invoke(main, ["extract", str(tmp_path / "nope.html")])
    assert missing.exit_code != 0 and "nope.html" in missing.output


def test_db_upgrade_and_current(runner: CliRunner, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert "at None" in runner.invoke(main, ["db", "current", "--db", db]).output
    assert "schema at revision" in runner.invoke(main, ["db", "upgrade", "--db", db]).output
    out = runner.invoke(main, ["db", "current", "--db", db]).output
    assert re.search(r"at (\w+), this release needs \1", out), out
    assert "every fingerprint at version" in out


def test_db_reindex_recomputes_fingerprints_of_an_older_version(runner: CliRunner, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    assert runner.invoke(main, ["corpus", "import", str(REPO / "monitor" / "data" / "seed"), "--db", db]).exit_code == 0
    engine = make_engine(db)
    with engine.begin() as conn:  # as an older release left them
        conn.execute(text("UPDATE article SET fingerprint = replace(fingerprint, :now, :old) WHERE id <= 2"),
                     {"now": similarity.stored_prefix(), "old": similarity.stored_prefix(1)})
    engine.dispose()
    out = runner.invoke(main, ["db", "current", "--db", db]).output
    assert "2 articles with fingerprints older than version" in out and "monitor db reindex" in out
    result = runner.invoke(main, ["db", "reindex", "--db", db])
    assert result.exit_code == 0 and "2 articles reindexed" in result.output, result.output
    assert "every fingerprint at version" in runner.invoke(main, ["db", "current", "--db", db]).output


def test_config_shows_settings_with_secrets_redacted(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_NOTIFY_URLS", "slack://TOKENA/TOKENB/TOKENC")
    result = runner.invoke(main, ["config"])
    assert result.exit_code == 0 and "MONITOR_NOTIFY_URLS" in result.output
    assert "<redacted>" in result.output and "TOKENA" not in result.output
