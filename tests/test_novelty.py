"""Levels of sameness, updates versus rehashes, and look-alike different events, decided against a real
SQLite database (the persisted index), with a watchlist that matches everything here."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from monitor import novelty
from monitor.article import Article, Hit
from monitor.cli.dedup import split_headline
from monitor.decide import Outcome, decide
from monitor.store import open_database


class Everything:
    def match(self, article: Article) -> list[Hit]:
        return [Hit("desk", ("any",))]


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return open_database(f"sqlite:///{tmp_path / 'n.db'}")


def run(engine: Engine, *articles: Article) -> list[Outcome]:
    return [decide(engine, Everything(), a, identity=f"t:{i}:{a.url}", origin="feed")
            for i, a in enumerate(articles)]


def art(url: str, title: str, text: str, day: int | None = None, source: str = "Wire", month: int = 6) -> Article:
    published = datetime(2025, month, day, tzinfo=UTC) if day else None
    return Article(url=url, title=title, text=text, published=published, source=source)


TREATY = art("https://a.example/senate-water", "Kazakh senate ratifies Chu-Talas water treaty with Kyrgyzstan",
             "Kazakhstan's senate on Thursday ratified the treaty with Kyrgyzstan on sharing the waters of the Chu "
             "and Talas rivers, by 41 votes to 3. The treaty, signed in Bishkek in 2023, sets up a joint commission "
             "that will publish river flows every week and divide summer water equally. Kyrgyzstan's parliament "
             "ratified the text in March. Senator Ayan Mukhametov said the vote ends three decades of disputes "
             "over irrigation water in the Zhambyl region.", 5)


def test_same_address_with_tracking_parameters_is_a_duplicate(engine: Engine) -> None:
    copy = art("https://A.example/senate-water?utm_source=rss#top", "Another headline", "Other words entirely.", 5)
    first, second = run(engine, TREATY, copy)
    assert (first.decision, second.decision, second.level) == ("alert", "duplicate", "canonical_url")
    assert second.duplicate_of == TREATY.url and second.story_id == first.story_id


def test_same_text_elsewhere_is_an_exact_duplicate(engine: Engine) -> None:
    copy = art("https://b.example/x", TREATY.title.upper(), "  " + TREATY.text.replace(". ", ".  "), 5, "Herald")
    _, second = run(engine, TREATY, copy)
    assert (second.decision, second.level, second.similarity) == ("duplicate", "content_hash", 1.0)


def test_syndicated_copy_with_small_edits_is_a_near_duplicate(engine: Engine) -> None:
    edited = TREATY.text.replace("on Thursday", "this week").replace("Senator Ayan Mukhametov said", "Officials said")
    copy = art("https://c.example/y", "Kazakhstan ratifies river treaty", edited, 6, "Herald")
    first, second = run(engine, TREATY, copy)
    assert (second.decision, second.level) == ("duplicate", "near_duplicate")
    assert second.similarity is not None and second.similarity >= 0.6
    assert second.story_id == first.story_id


def test_rewrite_in_other_words_is_the_same_story(engine: Engine) -> None:
    rewrite = art("https://d.example/z", "Kyrgyzstan water pact clears Kazakhstan's senate",
                  "Kazakh senators voted 41 to 3 to ratify the Chu-Talas agreement with Kyrgyzstan. Kyrgyz lawmakers "
                  "approved it in March. A joint commission will share the rivers' summer flow equally between the "
                  "two countries and publish the figures weekly, ending decades of quarrels over irrigation in "
                  "Zhambyl, according to senator Ayan Mukhametov.", 6, "Herald")
    first, second = run(engine, TREATY, rewrite)
    assert (second.decision, second.level) == ("duplicate", "same_story")
    assert second.story_id == first.story_id and second.new_facts == ()


def test_a_new_fact_on_a_known_story_is_an_update(engine: Engine) -> None:
    later = art("https://e.example/w", "Chu-Talas water treaty with Kyrgyzstan enters into force",
                "The Kazakhstan-Kyrgyzstan treaty on the Chu and Talas rivers entered into force on Monday after the "
                "two governments exchanged instruments of ratification in Astana. The joint commission will hold its "
                "first meeting in Taraz with a budget of 340 million tenge, and will release 2,750 cubic metres of "
                "water per second to Zhambyl farms this summer. Kazakhstan's senate ratified the treaty with "
                "Kyrgyzstan earlier this month.", 20, "Herald")
    first, second = run(engine, TREATY, later)
    assert (second.decision, second.level) == ("alert", "update")
    assert second.story_id == first.story_id
    assert "340 million" in second.new_facts and "2,750" in second.new_facts  # as the article wrote them


# ---------------------------------------------------------------- updates versus rehashes, from the fixtures

SIMILARITY = Path(__file__).parent / "data" / "similarity"


def fixture(name: str, day: int = 5) -> Article:
    title, body = split_headline((SIMILARITY / f"{name}.txt").read_text(encoding="utf-8"))
    return art(f"https://{name}.example/", title, body, day)


def texts(*articles: Article) -> list[str]:
    return [f"{a.title}\n{a.text}" for a in articles]


def test_a_rewording_of_known_facts_is_a_rehash_with_nothing_new() -> None:
    known = texts(fixture("duma_ratifies_iran_treaty"))
    for name in ("duma_ratifies_iran_treaty_rewrite", "duma_ratifies_iran_treaty_syndicated"):
        facts = novelty.new_facts(known, fixture(name))
        assert not facts.is_update and facts.all() == (), (name, facts)


def test_a_new_step_says_what_is_new_as_the_article_wrote_it() -> None:
    known = texts(fixture("duma_ratifies_iran_treaty"), fixture("duma_ratifies_iran_treaty_rewrite"))
    new = fixture("federation_council_approves_iran_treaty")
    facts = novelty.new_facts(known, new)
    assert facts.is_update
    assert facts.numbers == ("170",)  # the senators' vote; the day of the month is no fact
    assert facts.names[0] == "Valentina Matviyenko"  # names written side by side read as one
    assert "Majlis" in facts.names
    assert not {"Putin", "Duma"} & set(facts.names)  # known from the earlier versions
    assert novelty.new_facts([*known, *texts(new)], new) == novelty.Facts()


def test_delivery_of_jets_within_the_story_window_alerts_as_an_update(engine: Engine) -> None:
    """The delivery looks like the purchase word for word (same jets, buyer and maker) and brings no new figure;
    its new places and people make it an update, never a silenced rehash."""
    purchase, delivery = fixture("poland_buys_f35", 5), fixture("poland_receives_f35", 20)
    first, second = run(engine, purchase, delivery)
    assert (first.decision, second.decision, second.level) == ("alert", "alert", "update")
    assert second.story_id == first.story_id
    assert {"Ebbing", "Arkansas", "Husarz", "Lask"} <= set(second.new_facts)


@pytest.mark.parametrize(("a", "b"), [
    (art("https://x.example/1", "Senate ratifies Chu-Talas water treaty with Kyrgyzstan",
         "Kazakhstan's senate ratified the water-sharing treaty with Kyrgyzstan on the Chu and Talas rivers by 41 "
         "votes to 3 on Thursday. The treaty sets up a joint river commission.", 5),
     art("https://x.example/2", "Senate ratifies Caspian border treaty with Turkmenistan",
         "Kazakhstan's senate ratified the maritime border treaty with Turkmenistan in the Caspian Sea by 39 votes "
         "to 2 on Friday. The treaty fixes the boundary of the seabed and its oil fields.", 6)),
    (art("https://y.example/1", "EU adopts sanctions on Belarus potash exporters",
         "The European Union imposed sanctions on Belaruskali and three potash traders in Minsk, freezing their "
         "assets and banning imports of Belarusian fertiliser from July.", 5),
     art("https://y.example/2", "EU adopts sanctions on Iranian drone makers",
         "The European Union imposed sanctions on Qods Aviation Industries and two Iranian drone makers in "
         "Tehran, freezing their assets and banning exports of engines and components to Iran.", 6)),
    (art("https://z.example/1", "Poland signs deal to buy 48 FA-50 fighter jets from South Korea",
         "Poland signed a contract in Seoul to buy 48 FA-50 light fighter jets from Korea Aerospace Industries for "
         "about $3 billion, the defence ministry in Warsaw said.", 5),
     art("https://z.example/2", "First FA-50PL fighter jets land in Poland",
         "The first two FA-50PL fighter jets built by Korea Aerospace Industries landed at the Minsk Mazowiecki "
         "air base, eight months after Poland signed for them; pilots trained in Korea will fly them.", 28,
         month=12)),  # months later: beyond the story window, a new story
])
def test_look_alike_but_different_events_both_alert(engine: Engine, a: Article, b: Article) -> None:
    first, second = run(engine, a, b)
    assert (first.decision, second.decision) == ("alert", "alert"), (second.level, second.duplicate_of)
    assert second.story_id != first.story_id


def test_decisions_are_recorded_once_per_identity(engine: Engine) -> None:
    (first,) = run(engine, TREATY)
    again = decide(engine, Everything(), TREATY, identity=f"t:0:{TREATY.url}", origin="feed")
    assert first.decision == "alert" and again.decision == "seen" and again.article_id is None


# ---------------------------------------------------------------- rebuilding the index (monitor db reindex)

REWRITE = art("https://d.example/z", "Kyrgyzstan water pact clears Kazakhstan's senate",
              "Kazakh senators voted 41 to 3 to ratify the Chu-Talas agreement with Kyrgyzstan. Kyrgyz lawmakers "
              "approved it in March. A joint commission will share the rivers' summer flow equally between the "
              "two countries and publish the figures weekly, ending decades of quarrels over irrigation in "
              "Zhambyl, according to senator Ayan Mukhametov.", 6, "Herald")
SANCTIONS = art("https://y.example/1", "EU adopts sanctions on Belarus potash exporters",
                "The European Union imposed sanctions on Belaruskali and three potash traders in Minsk, freezing "
                "their assets and banning imports of Belarusian fertiliser from July.", 5)


def index_rows(engine: Engine) -> tuple[list[tuple[object, ...]], ...]:
    with engine.connect() as conn:
        return tuple(conn.execute(text(q)).all() for q in (
            "SELECT id, fingerprint, content_hash FROM article ORDER BY id",
            "SELECT article_id, band, hash FROM lsh_band ORDER BY article_id, band, hash",
            "SELECT article_id, key, published_at FROM story_key ORDER BY article_id, key"))


def age_fingerprints(engine: Engine) -> None:
    """What a database written by an older release looks like: other fingerprints and other index rows."""
    with engine.begin() as conn:
        conn.execute(text("UPDATE article SET fingerprint = :old, content_hash = 'old'"),
                     {"old": '{"v":3,"h":"old","m":[],"t":{"stale":1.0}}'})
        conn.execute(text("DELETE FROM story_key"))
        conn.execute(text("UPDATE lsh_band SET hash = hash + 1"))


def test_reindex_rewrites_stale_fingerprints_and_their_index_rows(engine: Engine) -> None:
    run(engine, TREATY, SANCTIONS)
    fresh = index_rows(engine)
    age_fingerprints(engine)
    with Session(engine) as session:
        assert novelty.stale_count(session) == 2
    assert novelty.reindex(engine, batch=1) == 2
    assert index_rows(engine) == fresh
    with Session(engine) as session:
        assert novelty.stale_count(session) == 0
    assert novelty.reindex(engine) == 0  # nothing stale is left: a second run has nothing to do
    (rewrite,) = run(engine, REWRITE)  # the rebuilt index finds the story again
    assert (rewrite.decision, rewrite.level) == ("duplicate", "same_story")


def test_reindex_all_recomputes_current_fingerprints_too(engine: Engine) -> None:
    run(engine, TREATY, SANCTIONS)
    fresh = index_rows(engine)
    with engine.begin() as conn:  # current version, wrong content: only --all looks at it
        conn.execute(text("DELETE FROM story_key"))
    assert novelty.reindex(engine) == 0
    assert novelty.reindex(engine, everything=True, batch=1) == 2
    assert index_rows(engine) == fresh


@pytest.mark.postgres
def test_reindex_on_postgresql(postgres_url: str) -> None:
    engine = open_database(postgres_url, auto_upgrade=True)
    try:
        run(engine, TREATY, SANCTIONS)
        fresh = index_rows(engine)
        age_fingerprints(engine)
        assert novelty.reindex(engine) == 2
        assert index_rows(engine) == fresh
    finally:
        engine.dispose()
