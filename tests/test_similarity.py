"""The similarity core: each level of sameness on the project's own short fixtures, updates versus rehashes,
stable fingerprints, tokenisation across scripts, and a quality gate on the SemEval labelled pairs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from monitor import similarity
from monitor.cli.dedup import split_headline
from monitor.similarity import Fingerprint
from tests.conftest import shared_data

FIXTURES = Path(__file__).parent / "data" / "similarity"


def article(name: str) -> Fingerprint:
    return similarity.fingerprint(*split_headline((FIXTURES / f"{name}.txt").read_text(encoding="utf-8")))


ORIGINAL = "duma_ratifies_iran_treaty"


# ---------------------------------------------------------------- exact content


def test_exact_copy_differing_only_in_case_space_and_punctuation_has_the_same_hash() -> None:
    text = (FIXTURES / f"{ORIGINAL}.txt").read_text(encoding="utf-8")
    head, body = split_headline(text)
    reformatted = body.upper().replace(" ", "  \n").replace(",", " ;")
    assert similarity.fingerprint(head, body).content_hash == similarity.fingerprint(head, reformatted).content_hash


def test_one_changed_word_changes_the_hash() -> None:
    head, body = split_headline((FIXTURES / f"{ORIGINAL}.txt").read_text(encoding="utf-8"))
    changed = body.replace("unanimously", "narrowly")
    assert similarity.fingerprint(head, body).content_hash != similarity.fingerprint(head, changed).content_hash


# ---------------------------------------------------------------- near-duplicates


def test_syndicated_copy_with_small_edits_is_a_near_duplicate_found_through_the_bands() -> None:
    original, copy = article(ORIGINAL), article("duma_ratifies_iran_treaty_syndicated")
    assert original.content_hash != copy.content_hash
    assert similarity.near_duplicate_score(original, copy) >= similarity.NEAR_DUPLICATE_THRESHOLD
    assert set(similarity.lsh_bands(original)) & set(similarity.lsh_bands(copy))


@pytest.mark.parametrize(
    "other", ["duma_ratifies_iran_treaty_rewrite", "duma_ratifies_north_korea_treaty", "eu_sanctions_russia"]
)
def test_a_rewrite_or_a_look_alike_is_not_a_near_duplicate(other: str) -> None:
    original, rewrite = article(ORIGINAL), article(other)
    assert similarity.near_duplicate_score(original, rewrite) < similarity.NEAR_DUPLICATE_THRESHOLD


def test_lsh_bands_cover_the_signature_and_fit_a_signed_64_bit_column() -> None:
    bands = similarity.lsh_bands(article(ORIGINAL))
    assert [band for band, _ in bands] == list(range(similarity.LSH_BANDS))
    assert similarity.LSH_BANDS * similarity.LSH_ROWS == similarity.NUM_PERM
    assert all(0 <= value < 2**63 for _, value in bands)
    assert len({value for _, value in bands}) == len(bands)


def test_a_text_without_words_has_no_bands() -> None:
    assert similarity.lsh_bands(similarity.fingerprint("", " ... ")) == []


def test_band_layout_catches_the_near_duplicate_threshold() -> None:
    """The probability that a pair at the threshold shares a band, from the band layout."""
    s = similarity.NEAR_DUPLICATE_THRESHOLD
    caught = 1 - (1 - s**similarity.LSH_ROWS) ** similarity.LSH_BANDS
    assert caught > 0.98


# ---------------------------------------------------------------- same story


@pytest.mark.parametrize(
    "other",
    [
        "duma_ratifies_iran_treaty_rewrite",  # the same vote in other words
        "duma_ratifies_iran_treaty_syndicated",
        "federation_council_approves_iran_treaty",  # the next step of the same story
    ],
)
def test_same_event_in_other_words_is_the_same_story(other: str) -> None:
    assert similarity.story_score(article(ORIGINAL), article(other)) >= similarity.SAME_STORY_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (ORIGINAL, "duma_ratifies_north_korea_treaty"),  # two ratifications of different treaties
        ("duma_ratifies_iran_treaty_rewrite", "duma_ratifies_north_korea_treaty"),
        ("eu_sanctions_russia", "eu_sanctions_iran"),  # two sanctions packages, different targets
        (ORIGINAL, "eu_sanctions_iran"),
        (ORIGINAL, "poland_buys_f35"),
    ],
)
def test_look_alike_reports_of_different_events_are_different_stories(a: str, b: str) -> None:
    assert similarity.story_score(article(a), article(b)) < similarity.SAME_STORY_THRESHOLD
    assert similarity.story_score(article(b), article(a)) < similarity.SAME_STORY_THRESHOLD


def test_story_features_are_bounded_symmetric_and_match_the_fitted_weights() -> None:
    a, b = article(ORIGINAL), article("federation_council_approves_iran_treaty")
    features = similarity.story_features(a, b)
    assert len(features) == len(similarity.STORY_FEATURES) == len(similarity.STORY_WEIGHTS)
    assert features == pytest.approx(similarity.story_features(b, a))
    assert all(0.0 <= x <= 1.0 for x in features)
    assert dict(zip(similarity.STORY_FEATURES, features, strict=True))["same_language"] == 1.0


def test_learned_score_rises_with_every_kind_of_shared_evidence() -> None:
    """Every feature measures agreement, so none may lower the score (same_language only shifts the scale:
    reports in one language share far more words than an English and a German report of one event)."""
    weights = dict(zip(similarity.STORY_FEATURES, similarity.STORY_WEIGHTS, strict=True))
    assert all(w > 0 for name, w in weights.items() if name != "same_language")


ENGLISH_DUMA = (
    "Duma ratifies treaty with Iran",
    "Russia's State Duma on Tuesday ratified the comprehensive strategic partnership treaty with Iran. Vladimir "
    "Putin and Masoud Pezeshkian signed the treaty in Moscow in January; it runs for 20 years and covers "
    "defence, energy and banking. The vote was 398 to 0, Vyacheslav Volodin said.",
)
GERMAN_DUMA = (
    "Duma billigt Vertrag mit dem Iran",
    "Die russische Staatsduma hat am Dienstag den Vertrag über eine umfassende strategische Partnerschaft mit "
    "dem Iran ratifiziert. Wladimir Putin und Massud Peseschkian hatten das Abkommen im Januar in Moskau "
    "unterzeichnet. Es gilt 20 Jahre. 398 Abgeordnete stimmten dafür, sagte Wjatscheslaw Wolodin.",
)
GERMAN_JETS = (
    "Polen kauft 32 Kampfjets",
    "Das polnische Verteidigungsministerium hat am Freitag in Warschau einen Vertrag mit den USA über 32 "
    "Kampfflugzeuge vom Typ F-35 unterzeichnet. Mariusz Blaszczak sprach von einem historischen Tag; Lockheed "
    "Martin soll die Jets ab 2024 liefern. Der Preis liegt bei 4600 Millionen Dollar.",
)


def test_an_english_and_a_german_report_of_one_event_match_through_names_and_figures() -> None:
    english = similarity.fingerprint(*ENGLISH_DUMA, language="en")
    german = similarity.fingerprint(*GERMAN_DUMA, language="de")
    jets = similarity.fingerprint(*GERMAN_JETS, language="de")
    assert similarity.story_score(english, german) >= similarity.SAME_STORY_THRESHOLD
    assert similarity.story_score(english, jets) < similarity.SAME_STORY_THRESHOLD
    assert similarity.story_score(german, jets) < similarity.SAME_STORY_THRESHOLD


def test_names_are_compared_without_accents() -> None:
    a = similarity.fingerprint("", "Talks in Brussels. Then Gülen and Müller met Çavuşoğlu in Ankara.", "en")
    b = similarity.fingerprint("", "Talks in Brussels. Then Gulen and Muller met Cavusoglu in Ankara.", "en")
    features = dict(zip(similarity.STORY_FEATURES, similarity.story_features(a, b), strict=True))
    assert features["names_overlap"] == 1.0


def test_capitalised_german_nouns_in_headlines_are_not_taken_for_names() -> None:
    """German capitalises every noun: different headline nouns must not mark two reports as different events."""
    a = similarity.fingerprint(
        "Abgeordnete billigen Abkommen mit Iran",
        "Der Bundestag hat am Donnerstag das Abkommen mit dem Iran gebilligt. Die Abgeordneten stimmten mit großer "
        "Mehrheit für den Vertrag, den Außenministerin Baerbock im Januar unterzeichnet hatte.",
        language="de",
    )
    b = similarity.fingerprint(
        "Parlament stimmt Vertrag zu",
        "Das Parlament in Berlin hat dem Abkommen mit dem Iran zugestimmt. Der Bundestag billigte den Vertrag, "
        "den Baerbock im Januar unterzeichnet hatte, mit großer Mehrheit der Stimmen.",
        language="de",
    )
    assert not similarity.headline_conflict(a, b)
    assert similarity.story_score(a, b) >= similarity.SAME_STORY_THRESHOLD


def test_a_huge_page_is_fingerprinted_from_its_beginning_but_hashed_whole() -> None:
    head, body = split_headline((FIXTURES / f"{ORIGINAL}.txt").read_text(encoding="utf-8"))
    padding = " filler" * 60_000
    a = similarity.fingerprint(head, body + padding + " one ending")
    b = similarity.fingerprint(head, body + padding + " another ending")
    assert a.content_hash != b.content_hash
    assert a.minhash == b.minhash and a.terms == b.terms


def test_purchase_of_jets_and_their_delivery_resemble_each_other_less_than_a_rewrite() -> None:
    """Lexically the delivery report resembles the purchase (same jets, same buyer, same maker); the story
    window and the update rule keep it from being silenced (tests/test_novelty.py)."""
    purchase, delivery = article("poland_buys_f35"), article("poland_receives_f35")
    assert similarity.story_score(purchase, delivery) < similarity.story_score(
        article(ORIGINAL), article("duma_ratifies_iran_treaty_rewrite")
    )


def test_story_score_is_symmetric_bounded_and_one_for_the_same_text() -> None:
    a, b = article(ORIGINAL), article("duma_ratifies_iran_treaty_rewrite")
    assert similarity.story_score(a, b) == pytest.approx(similarity.story_score(b, a))
    assert 0.0 <= similarity.story_score(a, b) <= 1.0
    assert similarity.story_score(a, a) == 1.0
    empty = similarity.fingerprint("", "")
    assert similarity.story_score(empty, a) == 0.0


def test_shared_site_boilerplate_does_not_make_unrelated_articles_one_story() -> None:
    furniture = (
        " TAKE A FREE TRIAL. Registered users can read up to 3 reports. Enter your email below for "
        "immediate access. Subscribe to our newsletter. We use cookies to improve your experience."
    )
    a = similarity.fingerprint(
        "Oil prices rise", "Brent crude rose 2 percent on Monday after OPEC cut output." + furniture
    )
    b = similarity.fingerprint(
        "Election in Ghana", "Voters in Accra queued for hours to elect a president." + furniture
    )
    assert similarity.story_score(a, b) < 0.1


def test_same_story_candidates_share_index_keys_and_unrelated_ones_barely_do() -> None:
    """novelty looks candidates up by shared candidate keys (at least 2 of 12)."""
    keys = set(similarity.candidate_keys(article(ORIGINAL)))
    assert len(keys) == 12
    for other in ("duma_ratifies_iran_treaty_rewrite", "federation_council_approves_iran_treaty"):
        assert len(keys & set(similarity.candidate_keys(article(other)))) >= 2
    assert len(keys & set(similarity.candidate_keys(article("poland_buys_f35")))) < 2
    assert similarity.candidate_keys(article(ORIGINAL), limit=3) == similarity.candidate_keys(article(ORIGINAL))[:3]


def test_candidate_keys_leave_out_years_and_days_that_every_article_has() -> None:
    fp = similarity.fingerprint(
        "Budget for 2025 passed", "On 12 May 2025 parliament passed the 2025 budget of 4,500 million."
    )
    keys = similarity.candidate_keys(fp, limit=50)
    assert "#4500" in keys
    assert "#2025" not in keys and "#12" not in keys
    assert "#2025" in fp.terms  # still part of the score


# ---------------------------------------------------------------- numbers as written


def test_numbers_are_compared_by_digits_and_shown_as_written() -> None:
    text = "Poland paid $4.9 billion for 2,750 tonnes (1.200 in May), up 12% or 3.5 per cent; 340 million tenge."
    written = similarity.number_mentions(text)
    assert set(written) == similarity.numbers_in(text)
    assert written == {"49": "$4.9 billion", "2750": "2,750", "1200": "1.200", "12": "12%", "35": "3.5 per cent",
                       "340": "340 million"}


# ---------------------------------------------------------------- stored fingerprints


def test_fingerprint_survives_its_json_form() -> None:
    fp = article("federation_council_approves_iran_treaty")
    again = Fingerprint.from_json(fp.to_json())
    assert again == fp
    assert similarity.story_score(again, article(ORIGINAL)) == similarity.story_score(fp, article(ORIGINAL))
    assert len(fp.to_json()) < 4000


def test_fingerprints_are_stable_for_the_life_of_a_database() -> None:
    """Stored fingerprints are compared with new ones for years: a change here needs FINGERPRINT_VERSION
    bumped and the index rebuilt (then regenerate this golden file)."""
    golden = json.loads((FIXTURES / "golden_duma_ratifies_iran_treaty.json").read_text(encoding="utf-8"))
    head, body = split_headline((FIXTURES / f"{ORIGINAL}.txt").read_text(encoding="utf-8"))
    fp = similarity.fingerprint(head, body, language="en")
    assert golden["fingerprint_version"] == similarity.FINGERPRINT_VERSION
    assert fp.content_hash == golden["content_hash"]
    assert list(fp.minhash[:8]) == golden["minhash_first8"]
    assert [list(b) for b in similarity.lsh_bands(fp)[:4]] == golden["lsh_bands_first4"]
    assert similarity.candidate_keys(fp) == golden["candidate_keys"]


# ---------------------------------------------------------------- languages and scripts


def test_chinese_runs_become_character_bigrams_and_latin_words_stay_whole() -> None:
    assert similarity.tokens("中华人民 today 北京abc") == ["中华", "华人", "人民", "today", "北京", "abc"]


def test_folding_handles_turkish_dotted_capital_and_other_scripts() -> None:
    assert similarity.normalise("İran'ın İSTANBUL") == "iran ın istanbul"
    assert similarity.tokens("Государственная Дума") == ["государственная", "дума"]
    assert similarity.tokens("مجلس الشورى") == ["مجلس", "الشورى"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("السكندري", "السكندرى"),  # final yeh written as alef maksura (Egyptian usage)
        ("أحمد", "احمد"),  # alef with or without hamza
        ("المدينة", "مدينه"),  # teh marbuta or heh, with or without the article
        ("كُورُونَا", "كورونا"),  # with or without short vowels
    ],
)
def test_arabic_spelling_variants_of_one_word_are_one_term(one: str, other: str) -> None:
    assert similarity.stem(one, "ar") == similarity.stem(other, "ar")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The parliament approved the treaty with a large majority of the votes.", "en"),
        ("Das Parlament hat den Vertrag mit einer großen Mehrheit der Stimmen gebilligt.", "de"),
        ("俄罗斯国家杜马批准了与伊朗的全面战略伙伴关系条约。", "zh"),
        ("صادق البرلمان الإيراني على معاهدة الشراكة مع روسيا", "ar"),
        ("Государственная дума ратифицировала договор с Ираном", "ru"),
    ],
)
def test_language_is_guessed_when_not_given(text: str, language: str) -> None:
    assert similarity.fingerprint("", text).language == language


def test_chinese_reports_of_one_event_match_and_a_different_event_does_not() -> None:
    a = similarity.fingerprint(
        "俄罗斯国家杜马批准与伊朗的全面战略伙伴关系条约",
        "俄罗斯国家杜马周二批准了俄罗斯与伊朗全面战略伙伴关系条约。该条约由普京和佩泽希齐扬于一月在莫斯科签署，"
        "有效期二十年，涵盖国防、能源和银行领域的合作。",
    )
    b = similarity.fingerprint(
        "俄议会批准俄伊全面战略伙伴关系条约",
        "俄罗斯国家杜马批准了与伊朗签署的全面战略伙伴关系条约。普京与伊朗总统佩泽希齐扬今年一月在莫斯科签署该条约，"
        "条约为期二十年。",
    )
    c = similarity.fingerprint(
        "波兰签署购买三十二架战斗机的合同",
        "波兰国防部周五与美国签署合同，购买三十二架F-35战斗机，以取代苏联时代的米格-29战机。",
    )
    assert a.language == b.language == "zh"
    assert similarity.story_score(a, b) >= similarity.SAME_STORY_THRESHOLD
    assert similarity.story_score(a, c) < similarity.SAME_STORY_THRESHOLD


# ---------------------------------------------------------------- quality gate on real labelled pairs


@pytest.mark.slow
def test_quality_on_semeval_pairs_does_not_drop() -> None:
    """Same story = Overall <= 2. Floors a little under the figures reached (benchmarks/story_pairs.py); the
    model was fitted on these pairs, so the honest, held-out estimate is the cross-validated one in
    docs/novelty.md. Cross-language pairs (English and German reports of one event) are gated too."""
    path = shared_data("story-pairs") / "semeval2022-task8-train.csv"
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    results = {"en": [0, 0, 0], "all": [0, 0, 0], "cross": [0, 0, 0]}  # tp, fp, fn
    for row in rows:
        a = similarity.fingerprint(*_semeval_title(row["text1"]), language=row["lang1"])
        b = similarity.fingerprint(*_semeval_title(row["text2"]), language=row["lang2"])
        predicted = similarity.story_score(a, b) >= similarity.SAME_STORY_THRESHOLD
        truth = float(row["Overall"]) <= 2.0
        groups = ("cross",) if row["lang1"] != row["lang2"] else ("all", "en") if row["lang1"] == "en" else ("all",)
        for group in groups:
            results[group][0] += predicted and truth
            results[group][1] += predicted and not truth
            results[group][2] += truth and not predicted
    for group, floor in (("en", 0.83), ("all", 0.77), ("cross", 0.58)):
        tp, fp, fn = results[group]
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)
        assert f1 >= floor, (group, precision, recall, f1)
        assert precision >= recall, (group, precision, recall)


def _semeval_title(text: str) -> tuple[str, str]:
    """As benchmarks/story_pairs.py reads them: the headline ends at the first line break or double space."""
    stripped = text.strip()
    ends = [i for i in (stripped.find("\n"), stripped.find("  ")) if i > 0]
    if ends and min(ends) <= 200 and stripped[min(ends) :].strip():
        return stripped[: min(ends)].strip(), stripped[min(ends) :].strip()
    return "", text
