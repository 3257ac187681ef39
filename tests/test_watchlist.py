"""Loading watchlists: the shipped ones, errors that point at file:line:column and key, JSON Schema, hot reload."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from monitor.article import Article
from monitor.errors import ConfigError
from monitor.watchlist import (
    ListsFile,
    Watchlist,
    WatchlistRegistry,
    load_watchlist_file,
    load_watchlists,
)

REPO = Path(__file__).resolve().parent.parent


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_watchlists_load() -> None:
    watchlists = load_watchlists(REPO / "watchlists")
    assert [w.name for w in watchlists] == ["arms-transfers", "sanctions", "treaty-ratification"]
    for w in watchlists:
        assert w.enabled and w.routes == ["default"] and w.description
        assert w.source and w.source.endswith(".yaml")
        assert "countries" in w.lists  # the shared lists of lists.yaml
        assert w.examples.should_match and w.examples.should_not_match


def test_a_plain_string_is_a_whole_watchlist_query(tmp_path: Path) -> None:
    w = load_watchlist_file(write(tmp_path, "t.yaml", "name: t\nquery: treaty\n"))
    assert (w.name, w.query, w.enabled, w.priority, w.routes, w.scope) == ("t", "treaty", True, 0, ["default"],
                                                                          "both")


GOOD = "name: t\nquery:\n  all:\n    - treaty\n"


@pytest.mark.parametrize(("text", "line", "column", "key", "words"), [
    ("name: t\nqeury: treaty\n", 2, 1, "qeury", "unknown key (did you mean 'query'? expected one of: name,"),
    ("name: t\n", 1, 1, "query", "required key is missing"),
    ("name: T t\nquery: treaty\n", 1, 1, "name", "should match pattern"),
    ("name: t\npriority: high\nquery: treaty\n", 2, 1, "priority", "integer"),
    ("name: t\nquery:\n  all:\n    - treaty\n    - {term: x, wieght: 2}\n", 5, 17, "query.all[1].wieght",
     "unknown key"),
    ("name: t\nquery:\n  all:\n    - treaty\n    - {foo: 1}\n", 5, 7, "query.all[1]",
     "expected a term (a string, or a mapping with one of the keys term, lemma, regex, list)"),
    ("name: t\nquery:\n  any:\n    - treaty\n    - '@nope'\n", 5, 7, "query.any[1]", "unknown list 'nope'"),
    ("name: t\nquery:\n  any:\n    - {regex: 'ratif(ied'}\n", 4, 8, "query.any[0].regex",
     "invalid regular expression: missing )"),
    ("name: t\nquery:\n  any:\n    - '***'\n", 4, 7, "query.any[0]", "no words to match"),
    ("name: t\nquery:\n  any:\n    - '*'\n", 4, 7, "query.any[0]", "no words to match"),
    ("name: t\nquery:\n  any: [a, b]\n  at_least: 3\n", 4, 3, "query.at_least", "at_least is 3"),
    ("name: t\nquery:\n  none: [museum]\n", 2, 1, "query", "at least one term outside `none`"),
    ("name: t\nquery:\n  near: [a]\n", 3, 3, "query.near", "at least 2 items"),
    ("name: t\nquery:\n  near: [a, b]\n  within: 0\n", 4, 3, "query.within", "greater than or equal to 1"),
    ("name: t\nquery: {lemma: ratify, lang: xx}\n", 2, 24, "query.lang", "no lemma lexicon for language 'xx'"),
    ("name: t\nquery: {term: 'lift* SANCTIONS', case_sensitive: true}\n", 2, 9, "query.term",
     "wildcards only at its ends"),
    ("name: t\nquery: treaty\nexamples:\n  should_match: ['seed:nope.txt']\n", 4, 18, "examples.should_match[0]",
     "no seed document 'nope.txt'"),
    ("name: t\nquery: treaty\nexamples:\n  should_match: ['file:missing.txt']\n", 4, 18,
     "examples.should_match[0]", "example file not found"),
    ("name: t\nlists:\n  a: ['@b']\n  b: ['@a']\nquery: '@a'\n", 3, 7, "lists.a[0]", "refers to itself"),
    ("name: t\nquery: [treaty\n", 3, 1, None, "invalid YAML"),
    ("name: t\nquery:\n  any: [treaty, *tion]\n", 3, 17, None, "must be quoted: '*tion', '@russia'"),
    ("name: t\nquery:\n  any:\n    - @russia\n", 4, 7, None, "must be quoted"),
    ("- just\n- a list\n", 1, 1, None, "expected a mapping"),
])
def test_errors_name_file_line_column_and_key(tmp_path: Path, text: str, line: int | None, column: int | None,
                                              key: str | None, words: str) -> None:
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(ConfigError) as caught:
        load_watchlist_file(path)
    error = caught.value
    assert (error.file, error.line, error.column, error.key) == (str(path), line, column, key), str(error)
    assert words in error.reason
    if line:
        assert str(error).startswith(f"{path}:{line}:{column}")


def test_good_file_of_the_error_table_loads(tmp_path: Path) -> None:
    assert load_watchlist_file(write(tmp_path, "good.yaml", GOOD)).name == "t"


def test_shared_lists_come_from_lists_yaml_and_local_ones_may_not_shadow_them(tmp_path: Path) -> None:
    write(tmp_path, "lists.yaml", "lists:\n  russia: [Russia, Moscow]\n")
    write(tmp_path, "a.yaml", "name: a\nlists:\n  iran: [Iran, Tehran]\nquery:\n  all: ['@russia', '@iran']\n")
    (a,) = load_watchlists(tmp_path)
    assert set(a.lists) == {"russia", "iran"}
    write(tmp_path, "b.yaml", "name: b\nlists:\n  russia: [Kremlin]\nquery: '@russia'\n")
    with pytest.raises(ConfigError) as caught:
        load_watchlists(tmp_path)
    assert (caught.value.line, caught.value.key) == (3, "lists.russia")
    assert "already defined in lists.yaml" in caught.value.reason


def test_errors_in_lists_yaml_point_into_it(tmp_path: Path) -> None:
    path = write(tmp_path, "lists.yaml", "lists:\n  russia: [Russia, {term: Moscow, scope: title, case: yes}]\n")
    write(tmp_path, "a.yaml", GOOD)
    with pytest.raises(ConfigError) as caught:
        load_watchlists(tmp_path)
    assert (caught.value.file, caught.value.line, caught.value.key) == (str(path), 2, "lists.russia[1].case")


def test_duplicate_watchlist_names_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD)
    second = write(tmp_path, "b.yaml", GOOD)
    with pytest.raises(ConfigError) as caught:
        load_watchlists(tmp_path)
    assert (caught.value.file, caught.value.line, caught.value.key) == (str(second), 1, "name")
    assert "already used by a.yaml" in caught.value.reason


def test_missing_directory_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="watchlist directory not found"):
        load_watchlists(tmp_path / "nope")


def test_hidden_and_underscore_files_are_not_watchlists(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, ".#a.yaml", "editor lock file: not YAML {")
    write(tmp_path, "_draft.yaml", "name: [")
    assert [w.name for w in load_watchlists(tmp_path)] == ["t"]


def test_json_schema_describes_the_language() -> None:
    schema = Watchlist.model_json_schema(by_alias=True)
    assert schema["required"] == ["name", "query"]
    assert schema["additionalProperties"] is False
    assert {"name", "description", "enabled", "priority", "routes", "scope", "title_weight", "min_hits", "lists",
            "query", "examples"} <= set(schema["properties"])
    definitions = schema["$defs"]
    assert {"Phrase", "Lemma", "Regex", "ListRef", "Near", "Group"} <= set(definitions)
    assert set(definitions["Group"]["properties"]) == {"all", "any", "none", "at_least", "scope"}
    assert "lists" in ListsFile.model_json_schema()["properties"]


# ---------------------------------------------------------------------------------------------------------
# Hot reload

TREATY = "name: treaty\nquery: treaty\n"
PACT = "name: treaty\nquery: pact\n"


def matched(registry: WatchlistRegistry, text: str) -> list[str]:
    return [h.watchlist for h in registry.matcher.match(Article(url="t", title="", text=text))]


def test_registry_picks_up_edited_added_and_removed_watchlists(tmp_path: Path) -> None:
    write(tmp_path, "treaty.yaml", TREATY)
    registry = WatchlistRegistry(tmp_path)
    assert matched(registry, "a treaty") == ["treaty"]
    assert registry.reload_if_changed() == []

    write(tmp_path, "treaty.yaml", PACT)
    assert registry.reload_if_changed() == ["edited: treaty.yaml"]
    assert matched(registry, "a treaty") == [] and matched(registry, "a pact") == ["treaty"]

    write(tmp_path, "arms.yaml", "name: arms\nquery: missiles\n")
    assert registry.reload_if_changed() == ["added: arms.yaml"]
    assert matched(registry, "missiles") == ["arms"]

    (tmp_path / "arms.yaml").unlink()
    assert registry.reload_if_changed() == ["removed: arms.yaml"]
    assert matched(registry, "missiles") == []
    assert [w.name for w in registry.watchlists] == ["treaty"]


def test_registry_sees_an_edit_to_the_shared_lists(tmp_path: Path) -> None:
    write(tmp_path, "lists.yaml", "lists:\n  words: [treaty]\n")
    write(tmp_path, "a.yaml", "name: a\nquery: '@words'\n")
    registry = WatchlistRegistry(tmp_path)
    write(tmp_path, "lists.yaml", "lists:\n  words: [pact]\n")
    assert registry.reload_if_changed() == ["edited: lists.yaml"]
    assert matched(registry, "a pact") == ["a"]


def test_invalid_edit_is_logged_and_the_last_good_version_keeps_running(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path, "treaty.yaml", TREATY)
    registry = WatchlistRegistry(tmp_path)
    good = registry.matcher
    write(tmp_path, "treaty.yaml", "name: treaty\nquery:\n  any: [treaty, '@nope']\n")
    with caplog.at_level(logging.ERROR, logger="monitor.watchlist"):
        assert registry.reload_if_changed() == []
    assert registry.matcher is good and matched(registry, "a treaty") == ["treaty"]
    assert registry.last_error is not None and registry.last_error.line == 3
    (record,) = [r for r in caplog.records if r.name == "monitor.watchlist"]
    assert f"{path}:3:" in record.getMessage() and "unknown list 'nope'" in record.getMessage()
    assert "last good version keeps running" in record.getMessage()

    caplog.clear()
    assert registry.reload_if_changed() == []  # the same bad state is not reported on every poll
    assert not caplog.records

    write(tmp_path, "treaty.yaml", PACT)  # fixed: taken
    assert registry.reload_if_changed() == ["edited: treaty.yaml"]
    assert registry.last_error is None and matched(registry, "a pact") == ["treaty"]


def test_registry_refuses_to_start_on_an_invalid_watchlist(tmp_path: Path) -> None:
    write(tmp_path, "bad.yaml", "name: t\nquery: {regex: '('}\n")
    with pytest.raises(ConfigError) as caught:
        WatchlistRegistry(tmp_path)
    assert caught.value.line == 2 and caught.value.key == "query.regex"
