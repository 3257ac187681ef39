"""``monitor watchlists test`` and ``monitor schema``, run through click's runner on real files."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.cli import watchlists as commands

REPO = Path(__file__).resolve().parent.parent


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_shipped_watchlists_pass_their_examples() -> None:
    code, out = run("watchlists", "test", str(REPO / "watchlists"))
    assert code == 0, out
    assert "3 watchlist(s), 0 miss(es)" in out
    assert "ok   treaty-ratification:" in out and "MISS" not in out


def test_default_directory_is_watchlists_in_the_current_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    code, out = run("watchlists", "test")
    assert code == 0 and "3 watchlist(s)" in out


def test_each_miss_is_reported_readably_and_the_exit_status_is_1(tmp_path: Path) -> None:
    (tmp_path / "seeds.txt").write_text("The treaty was ratified by parliament.", encoding="utf-8")
    path = tmp_path / "treaty.yaml"
    path.write_text("""
name: treaty
query:
  all: [treaty, ratif*]
examples:
  should_match:
    - The treaty was ratified.
    - The treaty was signed.
    - file:seeds.txt
  should_not_match:
    - A labour treaty, ratified by the union.
    - {title: Nothing, text: here}
""", encoding="utf-8")
    code, out = run("watchlists", "test", str(path))
    assert code == 1
    assert "FAIL treaty: 3 of 5 examples right" in out
    assert "MISS treaty: examples.should_match[1] did not match: 'The treaty was signed.'" in out
    assert "[-] term ratif*" in out  # why it did not match
    assert ("MISS treaty: examples.should_not_match[0] matched on treaty, ratif*: "
            "'A labour treaty, ratified by the union.'") in out
    assert "A labour «treaty», ratified by the union." in out  # what fired, in context
    assert "1 watchlist(s), 2 miss(es)" in out


def test_an_invalid_watchlist_is_an_error_naming_file_line_and_key(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: bad\nquery:\n  any: [treaty, '@nope']\n", encoding="utf-8")
    code, out = run("watchlists", "test", str(tmp_path))
    assert code == 2
    assert f"Error: {path}:3:17 [query.any[1]]: unknown list 'nope'" in out


def test_schema_watchlist_prints_the_json_schema() -> None:
    code, out = run("schema", "watchlist")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Watchlist" and "query" in schema["properties"]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    code, out = run("schema", "lists")
    assert code == 0 and "lists" in json.loads(out)["properties"]


def _all_commands() -> list[tuple[str, click.Command]]:
    out = []
    for command in commands.COMMANDS:
        out.append((command.name or "", command))
        if isinstance(command, click.Group):
            out += [(f"{command.name} {name}", sub) for name, sub in command.commands.items()]
    return out


@pytest.mark.parametrize(("name", "command"), _all_commands())
def test_every_command_and_option_has_help(name: str, command: click.Command) -> None:
    assert command.help, name
    assert all(getattr(p, "help", None) for p in command.params if isinstance(p, click.Option)), name
    code, out = run(*name.split(), "--help")
    assert code == 0 and "Usage:" in out
