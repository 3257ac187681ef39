"""``monitor dedup-pairs``: would the service treat article b as the same story as article a?

Reads JSON Lines ``{"a": text, "b": text}`` (optionally ``"lang_a"``, ``"lang_b"``); the first line of a
text is taken as its headline when it is short and followed by more lines. Prints one result per input line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import click

from monitor import similarity

LEVELS = ("exact", "near_duplicate", "same_story")
HEADLINE_MAX = 200


@dataclass(frozen=True)
class PairResult:
    line: int
    level: str
    same: bool
    score: float


def split_headline(text: str) -> tuple[str, str]:
    """(headline, body): the first line when it is short and more lines follow, else no headline."""
    head, sep, body = text.strip().partition("\n")
    if sep and body.strip() and len(head) <= HEADLINE_MAX:
        return head.strip(), body
    return "", text


def judge_pair(a: similarity.Fingerprint, b: similarity.Fingerprint, level: str | None) -> tuple[bool, float]:
    """(same, score) at one level; with no level, same story in the service's sense (any level matches)."""
    exact = a.content_hash == b.content_hash
    if level == "exact":
        return exact, 1.0 if exact else 0.0
    if level == "near_duplicate":
        score = similarity.near_duplicate_score(a, b)
        return score >= similarity.NEAR_DUPLICATE_THRESHOLD, score
    score = similarity.story_score(a, b)
    if level == "same_story":
        return score >= similarity.SAME_STORY_THRESHOLD, score
    near = similarity.near_duplicate_score(a, b) >= similarity.NEAR_DUPLICATE_THRESHOLD
    return exact or near or score >= similarity.SAME_STORY_THRESHOLD, score


def read_pairs(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, record) for each non-blank line; a bad line raises ClickException naming file:line."""
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            yield number, _parse_line(path, number, line)


def _parse_line(path: Path, number: int, line: str) -> dict[str, str]:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise click.ClickException(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise click.ClickException(f'{where}: expected an object {{"a": text, "b": text}}')
    for key in ("a", "b"):
        if not isinstance(record.get(key), str):
            raise click.ClickException(f'{where}: "{key}" must be a string (the text of an article)')
    for key in ("lang_a", "lang_b"):
        if key in record and not isinstance(record[key], str | None):
            raise click.ClickException(f'{where}: "{key}" must be a language code such as "en"')
    return record


def compare(number: int, record: dict[str, str], level: str | None) -> PairResult:
    a = similarity.fingerprint(*split_headline(record["a"]), language=record.get("lang_a"))
    b = similarity.fingerprint(*split_headline(record["b"]), language=record.get("lang_b"))
    same, score = judge_pair(a, b, level)
    return PairResult(number, level or "same_story", same, round(score, 4))


def _render(result: PairResult, as_json: bool) -> str:
    if as_json:
        return json.dumps({"line": result.line, result.level: result.same, "score": result.score})
    verdict = "yes" if result.same else "no"
    return f"line {result.line}: {result.level}={verdict} score={result.score:.4f}"


@click.command("dedup-pairs")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per line instead of text.")
@click.option(
    "--level",
    type=click.Choice(LEVELS),
    default=None,
    help="Judge a single level: exact (same folded text), near_duplicate (MinHash Jaccard of shingles) "
    "or same_story (informative-term score) alone. Default: same story by any level, scored by the "
    "same-story score.",
)
def dedup_pairs(file: Path, as_json: bool, level: str | None) -> None:
    """Say for each pair in FILE (JSON Lines {"a": text, "b": text}) whether b is the same story as a.

    Prints the verdict and the score per line; with --json, {"line": n, "same_story": bool, "score": x}
    (the key is the level's name when --level is given).
    """
    for number, record in read_pairs(file):
        click.echo(_render(compare(number, record, level), as_json))


COMMANDS: list[click.Command] = [dedup_pairs]
