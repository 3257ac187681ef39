"""``monitor dedup-pairs``: verdicts per line, single levels, JSON output, bad lines named by file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main

FIXTURES = Path(__file__).parent / "data" / "similarity"


def _text(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture
def pairs_file(tmp_path: Path) -> Path:
    original = _text("duma_ratifies_iran_treaty")
    rows = [
        {"a": original, "b": _text("duma_ratifies_iran_treaty_rewrite")},  # same story, other words
        {"a": original, "b": _text("duma_ratifies_north_korea_treaty")},  # a different treaty
        {"a": original, "b": original.upper()},  # the same text
        {"a": original, "b": _text("duma_ratifies_iran_treaty_syndicated"), "lang_a": "en", "lang_b": "en"},
    ]
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows[:2]) + "\n\n" + "\n".join(json.dumps(r) for r in rows[2:]))
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["dedup-pairs", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_output_says_per_line_whether_b_is_the_same_story(pairs_file: Path) -> None:
    code, out, _ = _run(str(pairs_file), "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["line"] for r in rows] == [1, 2, 4, 5]  # the blank line 3 is skipped, numbering kept
    assert [r["same_story"] for r in rows] == [True, False, True, True]
    assert rows[2]["score"] == 1.0
    assert 0.0 < rows[1]["score"] < rows[0]["score"] < 1.0


def test_text_output_has_one_line_per_pair(pairs_file: Path) -> None:
    code, out, _ = _run(str(pairs_file))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("line 1: same_story=yes score=0.")
    assert lines[1].startswith("line 2: same_story=no score=")


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("exact", [False, False, True, False]),
        ("near_duplicate", [False, False, True, True]),
        ("same_story", [True, False, True, True]),
    ],
)
def test_a_single_level(pairs_file: Path, level: str, expected: list[bool]) -> None:
    code, out, _ = _run(str(pairs_file), "--json", "--level", level)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r[level] for r in rows] == expected
    assert all("same_story" not in r for r in rows) or level == "same_story"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a", "b"]', "expected an object"),
        ('{"a": "text"}', '"b" must be a string'),
        ('{"a": 3, "b": "text"}', '"a" must be a string'),
        ('{"a": "x", "b": "y", "lang_a": 7}', '"lang_a" must be a language code'),
    ],
)
def test_a_bad_line_is_an_error_naming_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"a": "one text", "b": "another text"}\n' + line + "\n")
    code, _, err = _run(str(path))
    assert code != 0
    assert f"{path}:2: " in err
    assert message in err


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    code, _, err = _run(str(tmp_path / "absent.jsonl"))
    assert code == 2
    assert "does not exist" in err


def test_help_documents_the_command_and_its_options() -> None:
    result = CliRunner().invoke(main, ["dedup-pairs", "--help"])
    assert result.exit_code == 0
    for text in ("same story", "--json", "--level", "exact", "near_duplicate", "same_story"):
        assert text in result.stdout
    assert "dedup-pairs" in CliRunner().invoke(main, ["--help"]).stdout
