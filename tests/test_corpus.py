from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.corpus import read_import_path, read_jsonl, read_text_document, seed_articles
from monitor.errors import ConfigError


def test_seed_corpus_ships_five_articles_in_their_shapes() -> None:
    seeds = {a.url.removeprefix("seed:"): a for a in seed_articles()}
    assert len(seeds) == 5
    assert {a.source for a in seeds.values()} == {"Seed corpus"}  # the outlet editors see in a story's list
    headline = seeds["000_6ce8b6fb7b7a46a2.txt"]
    assert headline.title == "SHOCKING Alliance Formed— Russia and Iran Go All-In"
    assert headline.url == "seed:000_6ce8b6fb7b7a46a2.txt"
    no_headline = seeds["001_1f536f8a4cf45538.txt"]
    assert no_headline.title.startswith("Russian President Vladimir Putin has officially ratified")
    assert no_headline.text.startswith("Russian President Vladimir Putin")
    dated = seeds["002_cf23d07f81d0f978.txt"]
    assert dated.published == datetime(2025, 1, 18, tzinfo=UTC)
    assert not dated.text.startswith("date")
    byline = seeds["003_f3dbd404c7ea3b61.txt"]
    assert byline.author == "Armin Sijamić"
    assert byline.text.startswith("About ten days ago")
    assert not byline.text.rstrip().endswith("Kommentare")
    junk_tail = seeds["004_b76afbf72e858fd9.txt"]
    assert "Guide of the World" not in junk_tail.text
    assert junk_tail.text.rstrip().endswith("critical issues.")


def test_seed_files_are_shipped_unchanged() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seed-corpus"
    if not shared.exists():
        pytest.skip(f"{shared} not present")
    package = Path(__file__).resolve().parents[1] / "monitor" / "data" / "seed"
    for original in shared.glob("*.txt"):
        assert (package / original.name).read_bytes() == original.read_bytes()


def test_text_document_with_headline_and_body() -> None:
    article = read_text_document("Senate ratifies pact\n\nThe senate voted on Monday.\n", "x.txt")
    assert (article.title, article.text) == ("Senate ratifies pact", "The senate voted on Monday.")


def test_jsonl_reads_articles_and_names_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"url": "https://a.org/1", "title": "T", "text": "Body", "published": "2025-05-21T10:00:00Z"}\n'
                    "\n"
                    '{"url": "https://a.org/2", "title": "T2", "text": "Body 2", "source": "Wire"}\n', "utf-8")
    first, second = read_jsonl(path)
    assert first.published == datetime(2025, 5, 21, 10, tzinfo=UTC)
    assert second.source == "Wire"
    path.write_text('{"url": "https://a.org/1", "title": "T", "text": "x"}\n{"url": "u", "title": "T"}\n', "utf-8")
    with pytest.raises(ConfigError) as info:
        list(read_jsonl(path))
    assert (info.value.line, info.value.key) == (2, "text")
    path.write_text('{"url": oops}\n', "utf-8")
    with pytest.raises(ConfigError, match="invalid JSON") as info:
        list(read_jsonl(path))
    assert info.value.line == 1
    path.write_text('{"url": "u", "title": "T", "text": "x", "published": "yesterday"}\n', "utf-8")
    with pytest.raises(ConfigError, match="ISO 8601"):
        list(read_jsonl(path))


def test_import_path_reads_a_directory_of_text_and_html(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nFirst paragraph of the story.\n", "utf-8")
    (tmp_path / "b.html").write_text(
        "<html><head><title>Page title</title></head><body><article><h1>Page title</h1>"
        + "<p>This is a long paragraph about a treaty ratified by a parliament in a vote on Tuesday.</p>" * 5
        + "</article></body></html>", "utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\0")
    articles = list(read_import_path(tmp_path))
    assert [a.title for a in articles] == ["Headline", "Page title"]
    assert "ratified by a parliament" in articles[1].text
    with pytest.raises(ConfigError, match="no such file"):
        list(read_import_path(tmp_path / "missing"))
