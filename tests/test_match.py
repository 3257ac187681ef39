"""The matcher, feature by feature, as tables of (text, terms expected to hit); then the shipped watchlists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from monitor.article import Article
from monitor.match import Matcher
from monitor.watchlist import Watchlist, load_watchlists

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "monitor" / "data" / "seed"


def watchlist(query: Any, **options: Any) -> Watchlist:
    return Watchlist.model_validate({"name": options.pop("name", "w"), "query": query, **options})


def terms(query: Any, text: str, title: str = "", **options: Any) -> tuple[str, ...] | None:
    """The terms of the hit, or None when the watchlist does not match."""
    hits = Matcher([watchlist(query, **options)]).match(Article(url="t", title=title, text=text))
    return hits[0].terms if hits else None


# ---------------------------------------------------------------------------------------------------------
# Terms

@pytest.mark.parametrize(("term", "text", "expected"), [
    # whole words and phrases, case-folded; punctuation separates words
    ("treaty", "The Treaty was signed.", ("treaty",)),
    ("treaty", "the treaty's text", ("treaty",)),
    ("treaty", "a retreaty or treatyx", None),
    ("arms deal", "An ARMS DEAL, worth $2bn.", ("arms deal",)),
    ("arms deal", "arms\n  deal", ("arms deal",)),
    ("arms deal", "arms, deal", ("arms deal",)),  # punctuation is not a word
    ("s-300", "S-300 systems", ("s-300",)),
    ("s-300", "S 300 systems", ("s-300",)),
    ("u.s.", "the U.S. Treasury", ("u.s.",)),
    # wildcards at the ends
    ("ratif*", "ratified", ("ratif*",)),
    ("ratif*", "the ratification", ("ratif*",)),
    ("ratif*", "gratify", None),
    ("*ification", "ratification", ("*ification",)),
    ("*ification", "ratifications", None),
    # wildcards inside a phrase, and a lone * for any one word
    ("lift* sanctions", "Washington lifted sanctions", ("lift* sanctions",)),
    ("lift* sanctions", "lifting sanctions on Syria", ("lift* sanctions",)),
    ("lift* sanctions", "lifted the sanctions", None),
    ("sanctions on * banks", "sanctions on Russian banks", ("sanctions on * banks",)),
    ("sanctions on * banks", "sanctions on banks", None),
])
def test_phrase_terms(term: str, text: str, expected: tuple[str, ...] | None) -> None:
    assert terms(term, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Parliament ratified it", ("lemma:ratify",)),
    ("she ratifies", ("lemma:ratify",)),
    ("ratifying the pact", ("lemma:ratify",)),
    ("the ratification", None),  # another word (a noun), not a form of the verb
])
def test_lemma_terms_match_every_inflected_form(text: str, expected: tuple[str, ...] | None) -> None:
    assert terms({"lemma": "ratify"}, text) == expected


def test_lemma_phrase_expands_each_word() -> None:
    query = {"lemma": "impose sanction"}
    assert terms(query, "They imposed sanctions.") == ("lemma:impose sanction",)
    assert terms(query, "imposing sanction") == ("lemma:impose sanction",)
    assert terms(query, "impose new sanctions") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The US imposed", ("US",)),
    ("Let us impose", None),
    ("the U.S. imposed", None),
    ("US-led", ("US",)),
    ("ＵＳ officials", ("US",)),  # full-width letters: NFKC makes them US
])
def test_case_sensitive_terms(text: str, expected: tuple[str, ...] | None) -> None:
    assert terms({"term": "US", "case_sensitive": True}, text) == expected


def test_case_sensitive_wildcard_and_acronym() -> None:
    query = {"any": [{"term": "IRGC*", "case_sensitive": True}, {"term": "OFAC", "case_sensitive": True}]}
    assert terms(query, "IRGC-linked firms") == ("IRGC*",)
    assert terms(query, "IRGCs and irgc") == ("IRGC*",)
    assert terms(query, "irgc ofac Ofac") is None


@pytest.mark.parametrize(("query", "text", "expected"), [
    ({"regex": r"\$\d+(\.\d+)? ?(bn|billion)"}, "a deal worth $23 billion", (r"regex:\$\d+(\.\d+)? ?(bn|billion)",)),
    ({"regex": r"\$\d+ ?(bn|billion)"}, "a deal worth 23 billion", None),
    ({"regex": "Su-3[05]"}, "su-35 jets", ("regex:Su-3[05]",)),
    ({"regex": "Su-3[05]", "case_sensitive": True}, "su-35 jets", None),
])
def test_regex_terms_run_on_the_text_as_published(query: Any, text: str, expected: Any) -> None:
    assert terms(query, text) == expected


# ---------------------------------------------------------------------------------------------------------
# Multilingual

@pytest.mark.parametrize(("term", "text", "matched"), [
    ("ратифи*", "Госдума ратифицировала договор", True),
    ("ратифи*", "РАТИФИКАЦИЯ договора", True),
    ("договор*", "договора о партнерстве", True),
    ("ёлка", "елка", True),  # ё and е are one letter for matching
    ("ایران", "ايران", True),  # Arabic yeh in the text, Persian yeh in the term
    ("تحریم*", "تحریم‌های جدید", True),  # zero-width non-joiner ends the word
    ("*ایران", "وإيران", True),  # Arabic conjunction prefix; alef with hamza folded
    ("عقوبات", "عُقُوبَات", True),  # harakat ignored
    ("كتاب", "کتاب", True),  # Arabic kaf and Persian keheh
    ("Straße", "STRASSE", True),  # case folding: ß is ss
    ("strasse", "Die Straße ist gesperrt", True),
    ("ایران", "ایرانی", False),  # a longer word is not the term
    ("ратифи*", "нератифицирован", False),
])
def test_terms_in_several_scripts(term: str, text: str, matched: bool) -> None:
    assert (terms(term, text) is not None) == matched


def test_snippet_points_at_the_right_place_when_folding_changes_lengths() -> None:
    text = "Die Straße nach Moskau ist lang. " * 3 + "Am Ende liegt der Vertrag."
    hit = Matcher([watchlist("vertrag")]).match(Article(url="t", title="", text=text))[0]
    assert "«Vertrag»" in hit.snippets[0]


# ---------------------------------------------------------------------------------------------------------
# Proximity, groups, lists, scope, min_hits

@pytest.mark.parametrize(("near", "text", "matched"), [
    ({"near": ["sanctions", "imposed"], "within": 1}, "sanctions imposed", True),
    ({"near": ["sanctions", "imposed"], "within": 1}, "imposed sanctions", True),
    ({"near": ["sanctions", "imposed"], "within": 1, "ordered": True}, "imposed sanctions", False),
    ({"near": ["sanctions", "imposed"], "within": 3}, "sanctions were then imposed", True),
    ({"near": ["sanctions", "imposed"], "within": 2}, "sanctions were then imposed", False),
    ({"near": ["sanctions", ["lift*", "eas*"]], "within": 4}, "the US eased its sanctions", True),
    ({"near": ["arms deal", "iran"], "within": 2}, "an arms deal with Iran", True),
    ({"near": ["sanctions", "imposed"], "within": 5}, "sanctions", False),
])
def test_proximity(near: Any, text: str, matched: bool) -> None:
    assert (terms(near, text) is not None) == matched


GROUP = {"all": ["treaty", {"any": ["ratif*", "approv*"]}], "none": ["museum"]}


@pytest.mark.parametrize(("text", "expected"), [
    ("The treaty was ratified", ("treaty", "ratif*")),
    ("The treaty was approved and ratified", ("treaty", "approv*", "ratif*")),
    ("The treaty was signed", None),
    ("It was ratified", None),
    ("The museum shows the treaty, ratified in 1654", None),
])
def test_all_any_none_groups(text: str, expected: tuple[str, ...] | None) -> None:
    assert terms(GROUP, text) == expected


def test_at_least_counts_distinct_items_of_any() -> None:
    query = {"any": ["drones", "missiles", "jets"], "at_least": 2}
    assert terms(query, "drones, drones and more drones") is None
    assert terms(query, "drones and missiles") == ("drones", "missiles")


def test_min_hits_counts_distinct_terms() -> None:
    query = {"any": ["drones", "missiles", "jets"]}
    assert terms(query, "drones, drones", min_hits=2) is None
    assert terms(query, "drones and jets", min_hits=2) == ("drones", "jets")


def test_named_lists_are_expanded_and_report_their_own_terms() -> None:
    lists = {"russia": ["Russia*", "Moscow", "Kremlin", "@leaders"], "leaders": ["Putin"]}
    query = {"all": ["@russia", {"list": "russia", "scope": "title"}]}
    assert terms(query, "Putin said", title="Moscow says", lists=lists) == ("Moscow", "Putin")
    assert terms(query, "Putin and the Kremlin", title="Weather", lists=lists) is None


@pytest.mark.parametrize(("scope", "title", "text", "matched"), [
    ("title", "Treaty ratified", "nothing", True),
    ("title", "nothing", "Treaty ratified", False),
    ("text", "Treaty ratified", "nothing", False),
    ("both", "nothing", "Treaty ratified", True),
])
def test_scope(scope: str, title: str, text: str, matched: bool) -> None:
    query = {"term": "ratif*", "scope": scope}
    assert (terms(query, text, title=title) is not None) == matched


def test_watchlist_scope_is_the_default_and_a_group_scope_overrides_it() -> None:
    query = {"all": ["treaty", {"any": ["ratif*"], "scope": "text"}]}
    assert terms(query, "ratified", title="Treaty", scope="title") == ("treaty", "ratif*")
    assert terms(query, "nothing", title="Treaty ratified", scope="title") is None


def test_title_hits_weigh_more_in_the_score() -> None:
    matcher = Matcher([watchlist({"any": ["treaty", {"term": "ratif*", "weight": 3}]}, title_weight=2.0)])
    in_title = matcher.match(Article(url="t", title="Treaty ratified", text=""))[0]
    in_text = matcher.match(Article(url="t", title="", text="Treaty ratified"))[0]
    assert (in_title.score, in_text.score) == (8.0, 4.0)
    assert in_title.terms == ("ratif*", "treaty")  # weightiest first


# ---------------------------------------------------------------------------------------------------------
# Hits and explanations

def test_hit_carries_snippets_routes_priority_and_details() -> None:
    w = watchlist({"all": ["sanctions", "iran"]}, routes=["desk", "slack"], priority=3, name="iran-sanctions")
    text = ("Lorem ipsum dolor sit amet. " * 5 + "The European Union extended sanctions on Iran's central bank "
            "for six months, officials said on Friday. " + "Consectetur adipiscing elit. " * 5)
    hit = Matcher([w]).match(Article(url="t", title="", text=text))[0]
    assert hit.watchlist == "iran-sanctions" and hit.routes == ("desk", "slack") and hit.priority == 3
    assert hit.terms == ("sanctions", "iran")
    assert hit.snippets == ("…Lorem ipsum dolor sit amet. The European Union extended «sanctions» on Iran's central "
                            "bank for six months, officials said on…",)  # iran is in the same passage: one snippet
    assert hit.details["words"] == {"sanctions": ["sanctions"], "iran": ["iran"]}


def test_snippets_show_distinct_passages_of_the_text_rather_than_the_title() -> None:
    w = watchlist({"all": ["sanctions", "iran", "oil"]})
    text = "Sanctions were discussed. " + "Nothing to see here at all. " * 6 + "Iran exports oil."
    hit = Matcher([w]).match(Article(url="t", title="Iran sanctions", text=text))[0]
    assert hit.snippets == ("…Nothing to see here at all. Nothing to see here at all. «Iran» exports oil.",
                            "«Sanctions» were discussed. Nothing to see here at all. Nothing to…")
    assert hit.details["title_terms"] == ["iran", "sanctions"]


def test_matcher_returns_hits_most_urgent_first_and_skips_disabled_watchlists() -> None:
    matcher = Matcher([watchlist("treaty", name="low", priority=1), watchlist("treaty", name="high", priority=5),
                       watchlist("treaty", name="off", enabled=False)])
    article = Article(url="t", title="", text="a treaty")
    assert [h.watchlist for h in matcher.match(article)] == ["high", "low"]
    explained = {e.watchlist: e for e in matcher.explain(article)}
    assert explained["off"].matched and not explained["off"].enabled  # explain says it would match


def test_explain_shows_which_groups_and_terms_held() -> None:
    w = watchlist({"all": ["treaty", {"near": ["ratif*", "parliament"], "within": 3}], "none": ["museum"]})
    explanation = Matcher([w]).explain(Article(url="t", title="", text="The treaty was ratified by the Senate."))[0]
    assert not explanation.matched and explanation.reason == "the query does not hold"
    text = explanation.render()
    assert "[+] term treaty  found: treaty" in text
    assert "[-] near ratif* NEAR/3 parliament  (sides found 1 and 0 times, never within 3 words)" in text
    assert "[-] all   (1 of 2 hold, all needed)" in text
    assert "[+] none   (0 of 1 hold, none allowed)" in text


def test_one_automaton_serves_every_watchlist() -> None:
    matcher = Matcher([watchlist("treaty", name="a"), watchlist({"any": ["treaty", "pact"]}, name="b")])
    assert matcher.pattern_count == 2
    hits = matcher.match(Article(url="t", title="", text="treaty and pact"))
    assert [(h.watchlist, h.terms) for h in hits] == [("b", ("treaty", "pact")), ("a", ("treaty",))]


def test_empty_article_matches_nothing() -> None:
    assert Matcher([watchlist("treaty")]).match(Article(url="t", title="", text="")) == []


# ---------------------------------------------------------------------------------------------------------
# The shipped watchlists

@pytest.fixture(scope="module")
def shipped() -> Matcher:
    return Matcher(load_watchlists(REPO / "watchlists"))


def shipped_hits(matcher: Matcher, text: str, title: str = "") -> set[str]:
    return {h.watchlist for h in matcher.match(Article(url="t", title=title, text=text))}


@pytest.mark.parametrize(("text", "expected"), [
    # word-sense traps: nothing fires
    ("The football federation sanctioned the club after its fans invaded the pitch in Istanbul, Turkey.", set()),
    ("UEFA imposed sanctions on two Serbian clubs and fined Galatasaray of Turkey for crowd trouble.", set()),
    ("A drone light show over Sydney Harbour, Australia: 1,500 drones lit up the sky for the new year.", set()),
    ("A Ukrainian drone strike hit an oil depot in Russia's Bryansk region; Russia launched 90 drones and "
     "missiles at Kyiv overnight, Ukraine's air force said.", set()),
    ("Union members ratified the collective agreement with the Canadian carmaker.", set()),
    # what must fire
    ("The Kenyan parliament ratified the African Continental Free Trade Agreement.", {"treaty-ratification"}),
    ("Brazil's Senate voted to ratify the Paris climate accord.", {"treaty-ratification"}),
    ("North Korea delivered artillery shells and ballistic missiles to Russia.", {"arms-transfers"}),
    ("The United States approved the sale of F-16 fighter jets to Turkey.", {"arms-transfers"}),
    ("Iran transferred Shahed drones to Russia, Western officials said.", {"arms-transfers"}),
    ("The EU imposed new sanctions on Belarus.", {"sanctions"}),
    ("The EU extended sanctions against Russia for six months.", {"sanctions"}),
    ("Washington lifted sanctions on Syria's central bank.", {"sanctions"}),
    ("A tanker network helped Iran evade oil sanctions.", {"sanctions"}),
])
def test_shipped_watchlists_on_word_sense(shipped: Matcher, text: str, expected: set[str]) -> None:
    assert shipped_hits(shipped, text) == expected


@pytest.mark.parametrize(("seed", "expected"), [
    ("000_6ce8b6fb7b7a46a2.txt", {"treaty-ratification", "arms-transfers", "sanctions"}),
    ("001_1f536f8a4cf45538.txt", {"treaty-ratification", "arms-transfers"}),
    ("002_cf23d07f81d0f978.txt", {"arms-transfers"}),
    ("003_f3dbd404c7ea3b61.txt", {"treaty-ratification", "arms-transfers"}),
    ("004_b76afbf72e858fd9.txt", {"arms-transfers", "sanctions"}),
])
def test_shipped_watchlists_on_the_seed_documents(shipped: Matcher, seed: str, expected: set[str]) -> None:
    assert shipped_hits(shipped, (SEED / seed).read_text(encoding="utf-8")) == expected
