"""Commands for analysts who write watchlists: ``monitor watchlists test`` and ``monitor schema watchlist``."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from monitor.article import Article, Hit
from monitor.errors import ConfigError
from monitor.match import Matcher
from monitor.watchlist import (
    Example,
    ListsFile,
    Watchlist,
    example_text,
    load_watchlist_file,
    load_watchlists,
)

DEFAULT_DIRECTORY = Path("watchlists")


@dataclass(frozen=True)
class Miss:
    """An example the watchlist got wrong."""

    watchlist: str
    expected: str  # should_match or should_not_match
    index: int
    example: str  # how the example was written (text start, seed:..., file:...)
    hit: Hit | None  # what fired, for should_not_match misses
    explanation: str  # the watchlist's explain tree on this example


def run_examples(watchlist: Watchlist) -> tuple[int, list[Miss]]:
    """Run a watchlist's examples (as if it were enabled); return how many ran and the misses."""
    matcher = Matcher([watchlist.model_copy(update={"enabled": True})])
    base = Path(watchlist.source).parent if watchlist.source else Path()
    ran, misses = 0, []
    for key, want in (("should_match", True), ("should_not_match", False)):
        for index, item in enumerate(getattr(watchlist.examples, key)):
            title, text = example_text(item, base)
            article = Article(url=f"example:{watchlist.name}:{key}[{index}]", title=title, text=text)
            hits = matcher.match(article)
            ran += 1
            if bool(hits) != want:
                explanation = matcher.explain(article)[0].render()
                misses.append(Miss(watchlist.name, key, index, _describe(item), hits[0] if hits else None,
                                   explanation))
    return ran, misses


def _describe(item: str | Example) -> str:
    if isinstance(item, Example):
        item = f"title: {item.title} / text: {item.text}"
    if item.startswith(("seed:", "file:")):
        return item
    flat = " ".join(item.split())
    return repr(flat if len(flat) <= 100 else flat[:99] + "…")


def _load(paths: tuple[Path, ...]) -> list[Watchlist]:
    if not paths:
        return load_watchlists(DEFAULT_DIRECTORY)
    out: list[Watchlist] = []
    for path in paths:
        out += load_watchlists(path) if path.is_dir() else [load_watchlist_file(path)]
    return out


def _report(miss: Miss, verbose: bool) -> str:
    if miss.expected == "should_match":
        head = f"MISS {miss.watchlist}: examples.should_match[{miss.index}] did not match: {miss.example}"
    else:
        assert miss.hit is not None
        head = (f"MISS {miss.watchlist}: examples.should_not_match[{miss.index}] matched on "
                f"{', '.join(miss.hit.terms)}: {miss.example}")
        head += "".join(f"\n    {snippet}" for snippet in miss.hit.snippets)
    if verbose or miss.expected == "should_match":
        head += "\n" + "\n".join("    " + line for line in miss.explanation.splitlines()[1:])
    return head


@click.group("watchlists")
def watchlists_group() -> None:
    """Work with watchlists: test them against their examples."""


@watchlists_group.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-v", "--verbose", is_flag=True, help="Show the explain tree of every miss, not only of those "
              "that should have matched.")
def watchlists_test(paths: tuple[Path, ...], verbose: bool) -> None:
    """Run the examples of watchlists (files or directories; default ./watchlists).

    Every `examples.should_match` text must match and every `should_not_match` text must not. Prints each
    miss with what fired or why nothing did, and exits with status 1 on any miss.
    """
    watchlists = _load(paths)
    if not watchlists:
        raise ConfigError("no watchlists found", file=", ".join(map(str, paths)) or str(DEFAULT_DIRECTORY))
    total_misses = 0
    for watchlist in watchlists:
        ran, misses = run_examples(watchlist)
        total_misses += len(misses)
        status = "ok  " if not misses else "FAIL"
        click.echo(f"{status} {watchlist.name}: {ran - len(misses)} of {ran} examples right"
                   + ("" if ran else " (it has no examples)"))
        for miss in misses:
            click.echo(_report(miss, verbose))
    click.echo(f"{len(watchlists)} watchlist(s), {total_misses} miss(es)")
    if total_misses:
        sys.exit(1)


@click.group("schema")
def schema_group() -> None:
    """Print JSON Schemas of configuration files, for editors to validate and autocomplete."""


def json_schema(model: type[Watchlist] | type[ListsFile]) -> dict[str, object]:
    """The JSON Schema (draft 2020-12, as pydantic writes it) of a configuration model."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema(by_alias=True)}


@schema_group.command("watchlist")
def schema_watchlist() -> None:
    """JSON Schema of a watchlist file (watchlists/*.yaml)."""
    click.echo(json.dumps(json_schema(Watchlist), indent=2, ensure_ascii=False))


@schema_group.command("lists")
def schema_lists() -> None:
    """JSON Schema of the shared term lists file (watchlists/lists.yaml)."""
    click.echo(json.dumps(json_schema(ListsFile), indent=2, ensure_ascii=False))


COMMANDS: list[click.Command] = [watchlists_group, schema_group]
