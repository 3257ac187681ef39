from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import Settings, load_feeds, parse_duration
from monitor.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_feeds_file_loads_into_typed_objects(tmp_path: Path) -> None:
    path = write(tmp_path, """
feeds:
  - name: One
    url: https://example.org/rss
    interval: 15m
    language: en
    fetch_full: true
  - {name: Two, url: "http://example.org/atom"}
""")
    one, two = load_feeds(path)
    assert (one.name, one.interval, one.language, one.fetch_full) == ("One", 900.0, "en", True)
    assert (two.interval, two.fetch_full, two.enabled) == (None, False, True)


@pytest.mark.parametrize(("text", "line", "key", "words"), [
    ("feeds:\n  - name: A\n    url: https://x.org/\n    intervall: 5m\n", 4, "feeds[0].intervall", "unknown key"),
    ("feeds:\n  - name: A\n    url: ftp://x.org/\n", 3, "feeds[0].url", "http"),
    ("feeds:\n  - name: A\n", 2, "feeds[0].url", "required"),
    ("feeds:\n  - name: A\n    url: https://x.org/\n    interval: soon\n", 4, "feeds[0].interval", "duration"),
    ("feeds:\n  - name: A\n    url: https://x.org/\n  - name: A\n    url: https://y.org/\n", 4, "feeds[1].name",
     "duplicate feed name"),
    ("feeds:\n  - name: A\n    url: https://x.org/\n    fetch_full: maybe\n", 4, "feeds[0].fetch_full", "bool"),
])
def test_invalid_feeds_name_file_line_and_key(tmp_path: Path, text: str, line: int, key: str, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_feeds(path)
    err = info.value
    assert (err.file, err.line, err.key) == (str(path), line, key)
    assert words in str(err)
    assert str(err).startswith(f"{path}:{line}:")


def test_invalid_yaml_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "feeds:\n  - name: A\n    url: [unclosed\n")
    with pytest.raises(ConfigError) as info:
        load_feeds(path)
    assert info.value.line == 4 and "invalid YAML" in str(info.value)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_feeds(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match="empty"):
        load_feeds(write(tmp_path, "# nothing\n"))


def test_base_placeholder_is_replaced(tmp_path: Path) -> None:
    path = write(tmp_path, 'feeds:\n  - {name: A, url: "{base}/feed.xml"}\n')
    assert load_feeds(path, base="http://127.0.0.1:9")[0].url == "http://127.0.0.1:9/feed.xml"


@pytest.mark.parametrize(("value", "seconds"), [(90, 90.0), ("90s", 90.0), ("15m", 900.0), ("2h", 7200.0),
                                                ("1d", 86400.0), ("1.5m", 90.0)])
def test_durations(value: object, seconds: float) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize("value", ["", "soon", "-5m", 0, True])
def test_bad_durations(value: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(value)


def test_settings_from_environment_with_secrets_redacted(tmp_path: Path) -> None:
    env = {"MONITOR_DATA_DIR": str(tmp_path), "MONITOR_NOTIFY_URLS": "slack://T1/B2/C3, json://127.0.0.1:9/x",
           "MONITOR_POLL_INTERVAL": "5m"}
    settings = Settings.from_env(env)
    assert settings.database_url == f"sqlite:///{tmp_path / 'monitor.db'}"
    assert settings.notify_urls == ("slack://T1/B2/C3", "json://127.0.0.1:9/x")
    assert settings.poll_interval == 300.0
    shown = settings.redacted()
    assert shown["notify_urls"] == "<redacted>" and "T1" not in str(shown)


def test_bad_setting_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="MONITOR_FEED_CONCURRENCY"):
        Settings.from_env({"MONITOR_FEED_CONCURRENCY": "0"})
