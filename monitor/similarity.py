"""The database-free core of novelty: fingerprints of articles and the scores that compare them.

Levels of sameness, from strictest to loosest (monitor/novelty.py persists and decides; this module only
computes):

    exact content     ``content_hash``: sha256 of the text folded for case, whitespace and punctuation
    near-duplicate    ``near_duplicate_score``: MinHash estimate of the Jaccard similarity of word 3-shingles
                      (syndicated copies, lightly edited wire copy); ``lsh_bands`` gives the banded keys a
                      database table indexes on (band, hash) so candidates are found without a scan
    same story        ``story_score``: the same event told in other words; weighted overlap of informative
                      terms (names, numbers, dates, rare words), headline weighted more; ``candidate_keys``
                      gives the terms an inverted index looks candidates up by

Everything is deterministic: ``NUM_PERM``, ``MINHASH_SEED``, the shingle size and the band layout are fixed,
because fingerprints are stored for the life of a deployment. Changing any of them requires
``FINGERPRINT_VERSION`` to change and stored fingerprints to be recomputed.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from datasketch import MinHash

FINGERPRINT_VERSION = 4
NUM_PERM = 128
MINHASH_SEED = 1
SHINGLE_SIZE = 3
LSH_BANDS = 32
LSH_ROWS = 4  # LSH_BANDS * LSH_ROWS == NUM_PERM

NEAR_DUPLICATE_THRESHOLD = 0.6
SAME_STORY_THRESHOLD = 0.456  # a probability from the same-story model (see STORY_FEATURES)

MAX_TEXT = 200_000  # characters of a text that shingles and terms are taken from (a page can be huge)
MAX_TERMS = 128  # stored informative terms per article
TOP_TERMS = 10  # the terms an article is "about": the story score checks they recur in the other article
KEY_WORDS = 24  # surface forms kept for the top terms (how the article wrote them, for people to read)
MAX_NAMES = 40
HEADLINE_CONFLICT_WEIGHT = 0.75  # how much a score drops when both headlines name what the other lacks
NOUNS_CAPITALISED = frozenset({"de", "lb"})  # languages whose capitals do not single out names
SALIENT_NAMES = 10  # the most salient names, which the story score compares
MAX_NUMBERS = 40
STEM_LENGTH = 6  # terms are words cut to their first 6 letters: a cheap stem for inflected languages
LISTED_CENTIBELS = 600  # word lists are kept down to a frequency of 1e-6
UNLISTED_IDF = -math.log(1e-7)  # informativeness of a word rarer than that (a name, a rare word)
CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})
DEFAULT_IDF = 10.0  # informativeness of a word in a language without a word list
SMALL_NUMBER_IDF, YEAR_IDF, FIGURE_IDF = 4.0, 6.0, 10.0  # days of the month < years < other figures

_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # han
    "\uac00-\ud7af"  # hangul syllables
    "\u0e00-\u0e7f"  # thai (no spaces between words either)
)
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_AMOUNT = re.compile(
    r"(?:(?:\b(?:US|A|C|HK))?[$€£¥₽₹]\s?)?(?P<number>" + _NUMBER.pattern + r")"
    r"(?:\s?(?:%|(?:per ?cent|percent|million|billion|trillion|bn|mn)\b))?",
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?![\d])")
_NAME = re.compile(r"(?<![\w])([^\W\d_][\w'’-]*)")
_SENTENCE = re.compile(r"(?<=[.!?…。！？])\s+|\n+")
# Sentences that are site furniture rather than reporting: logins, subscriptions, cookies, sharing, links.
_BOILERPLATE = re.compile(
    r"(?i)(registered users|free trial|subscri|newsletter|cookie|\blog ?in\b|\blog ?out\b|sign ?up\b|"
    r"\bsign in\b|all rights reserved|copyright|©|click here|e-?mail|password|terms of (use|service)|"
    r"privacy policy|advertis|follow us|share this|read more|related:|javascript|your browser|"
    r"reached the limit|https?://|www\.)"
)
_EMPTY_SLOT = 2**32 - 1  # the value of every MinHash slot when there were no shingles
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_SUFFIXES = ("ات", "ون", "ين", "ها", "ه", "يه")
# Arabic spelling variants that one word is written with from one outlet to the next: hamza forms of alef,
# alef maksura for final yeh (Egyptian usage), teh marbuta for heh; short vowels and the stretching tatweel.
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None} | {
    chr(c): None for c in range(0x064B, 0x0653)
})


@dataclass(frozen=True)
class Fingerprint:
    """What novelty stores per article (about 2 KB as JSON).

    ``terms`` maps informative terms (stems; numbers as ``#digits``) to weights, sum of squares 1;
    ``words`` gives the most frequent surface word of the top terms; ``names`` are capitalised words inside
    sentences (people, places, organisations), folded; ``numbers`` are digits with separators removed.
    """

    content_hash: str
    minhash: tuple[int, ...]
    terms: dict[str, float]
    words: dict[str, str] = field(default_factory=dict)
    names: tuple[str, ...] = ()
    numbers: frozenset[str] = field(default_factory=frozenset)
    language: str | None = None
    headline: tuple[str, ...] = ()
    version: int = FINGERPRINT_VERSION

    def to_json(self) -> str:
        """The stored form; it begins with ``stored_prefix(version)``, so a query can find stale versions."""
        return json.dumps(
            {
                "v": self.version,
                "h": self.content_hash,
                "m": list(self.minhash),
                "t": self.terms,
                "w": self.words,
                "n": list(self.names),
                "d": sorted(self.numbers),
                "l": self.language,
                "hl": list(self.headline),
            },
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=False,
        )

    @classmethod
    def from_json(cls, s: str) -> Fingerprint:
        raw = json.loads(s)
        return cls(
            content_hash=raw["h"],
            minhash=tuple(raw["m"]),
            terms={str(k): float(v) for k, v in raw["t"].items()},
            words={str(k): str(v) for k, v in raw.get("w", {}).items()},
            names=tuple(raw.get("n", ())),
            numbers=frozenset(raw.get("d", ())),
            language=raw.get("l"),
            headline=tuple(raw.get("hl", ())),
            version=int(raw.get("v", 1)),
        )


def stored_prefix(version: int = FINGERPRINT_VERSION) -> str:
    """How a stored fingerprint of ``version`` begins (``to_json`` writes the version first)."""
    return f'{{"v":{version},'


# ---------------------------------------------------------------- text folding and tokens


def normalise(text: str) -> str:
    """Fold case, compatibility forms, punctuation and whitespace: the text the exact hash is taken of."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("\u0307", "").replace("_", " ")
    return " ".join(_WORD.findall(folded))


def tokens(text: str) -> list[str]:
    """Words of a folded text; runs of CJK or Thai characters become overlapping character bigrams."""
    out: list[str] = []
    for word in normalise(text).split():
        if not _CJK_RUN.search(word):
            out.append(word)
            continue
        pos = 0
        for run in _CJK_RUN.finditer(word):
            if run.start() > pos:
                out.append(word[pos : run.start()])
            chars = run.group()
            out.extend(chars[i : i + 2] for i in range(max(1, len(chars) - 1)))
            pos = run.end()
        if pos < len(word):
            out.append(word[pos:])
    return out


def _is_cjk(term: str) -> bool:
    return bool(_CJK_RUN.match(term))


def without_boilerplate(text: str) -> str:
    """The text without sentences that are site furniture (log in, subscribe, cookies, links, ...)."""
    return "\n".join(s for s in _SENTENCE.split(text) if s and not _BOILERPLATE.search(s))


# ---------------------------------------------------------------- languages, stop words, informativeness

_SCRIPTS = (
    ("zh", re.compile("[\u4e00-\u9fff]")),
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("ko", re.compile("[\uac00-\ud7af]")),
    ("ar", re.compile("[\u0600-\u06ff]")),
    ("ru", re.compile("[\u0400-\u04ff]")),
    ("el", re.compile("[\u0370-\u03ff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
)
_GUESSABLE = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv", "da", "cs", "ro", "hu", "fi")


def detect_language(text: str) -> str | None:
    """A guess good enough to pick stop words: the script, then the most frequent stop words."""
    sample = text[:2000]
    for language, script in _SCRIPTS:
        if len(script.findall(sample)) > len(sample) // 10:
            return "ja" if language == "zh" and _SCRIPTS[1][1].search(sample) else language
    words = normalise(sample).split()
    best, hits = None, 0
    for language in _GUESSABLE:
        common = _common_words(language)
        count = sum(1 for w in words if w in common)
        if count > hits:
            best, hits = language, count
    return best if hits >= 3 else None


@lru_cache(maxsize=64)
def _common_words(language: str) -> frozenset[str]:
    return frozenset(list(_frequencies(language))[:40])


@lru_cache(maxsize=64)
def stop_words(language: str | None) -> frozenset[str]:
    """The stop words of a language (stopwordsiso), or a small multilingual set when it is unknown."""
    import stopwordsiso

    if language and stopwordsiso.has_lang(language):
        return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))
    common: set[str] = set()
    for lang in ("en", "de", "fr", "es", "it"):
        common |= {w.casefold() for w in stopwordsiso.stopwords(lang) if len(w) <= 4}
    return frozenset(common)


@lru_cache(maxsize=64)
def _frequencies(language: str | None) -> dict[str, int]:
    """Word -> how rare it is in the language at large, in wordfreq's centibels (frequency = 10 ** (-cB/100)),
    most common first.

    Only words more common than one in a million are kept (about 30,000 to 60,000 a language, a few MB):
    the rest count as rare anyway. For CJK languages all one- and two-character words are kept, since a
    character pair must be a known word to count at all.
    """
    from wordfreq import available_languages, read_cBpack

    path = available_languages("best").get(language or "")
    if path is None:
        return {}
    cjk = language in CJK_LANGUAGES
    table: dict[str, int] = {}
    for centibels, bucket in enumerate(read_cBpack(path)):
        if centibels > LISTED_CENTIBELS and not cjk:
            break
        table.update((word, centibels) for word in bucket if not cjk or len(word) <= 2)
    return table


def informativeness(word: str, language: str | None) -> float:
    """How much a word says about what an article is about: -ln(frequency in the language at large).

    Frequencies come from wordfreq's word lists (no corpus needed at run time); a word the list lacks (a
    name, a rare word) counts as very rare. Numbers: long figures say more than days of the month.
    """
    if word.isdigit():
        if len(word) <= 2:
            return SMALL_NUMBER_IDF
        return YEAR_IDF if len(word) == 4 and word.startswith(("19", "20")) else FIGURE_IDF
    table = _frequencies(language)
    if not table:
        return DEFAULT_IDF
    centibels = table.get(word)
    if centibels is None:
        # a character pair across a word boundary is noise, not a term; another unlisted word is rare
        return 0.0 if _is_cjk(word) else UNLISTED_IDF
    return centibels / 100 * math.log(10)


def stem(word: str, language: str | None) -> str:
    """The key a word is compared by: numbers as ``#digits``, CJK bigrams as they are, other words cut to
    ``STEM_LENGTH`` letters (after the article prefixes of Arabic)."""
    if word.isdigit():
        return "#" + (word.lstrip("0") or "0")
    if _is_cjk(word):
        return word
    if language == "ar":
        word = _arabic_light_stem(word)
    return word[:STEM_LENGTH]


def _arabic_light_stem(word: str) -> str:
    word = word.translate(_ARABIC_FOLD)
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# ---------------------------------------------------------------- informative features


def numbers_in(text: str) -> set[str]:
    """Numbers and dates, separators removed (``1,200`` and ``1.200`` both give ``1200``)."""
    found = set()
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if digits:
            found.add(digits.lstrip("0") or "0")
    return found


def number_mentions(text: str) -> dict[str, str]:
    """Each number of ``text`` (as ``numbers_in`` gives it) mapped to how the text first wrote it, with its
    currency and scale: ``{"49": "$4.9 billion", "2750": "2,750", "12": "12%"}``. For people to read."""
    found: dict[str, str] = {}
    for match in _AMOUNT.finditer(text):
        digits = re.sub(r"\D", "", match.group("number"))
        if digits:
            found.setdefault(digits.lstrip("0") or "0", " ".join(match.group().split()))
    return found


def names_in(text: str, stop: frozenset[str]) -> Counter[str]:
    """Capitalised words not at the start of a sentence: people, places, organisations (folded)."""
    found: Counter[str] = Counter()
    for sentence in _SENTENCE.split(text):
        for i, match in enumerate(_NAME.finditer(sentence)):
            word = match.group(1)
            if i == 0 or not word[0].isupper():
                continue
            folded = normalise(word)
            if len(folded) > 1 and folded not in stop and " " not in folded:
                found[folded] += 1
    return found


def _headline_terms(title: str, language: str | None) -> list[str]:
    stop = stop_words(language)
    return [stem(w, language) for w in tokens(title) if w not in stop and (len(w) > 1 or _is_cjk(w))]


def _salient_names(names: Counter[str], language: str | None) -> tuple[str, ...]:
    """Names, most salient first: mentions times informativeness (a rare name outranks a common word)."""
    score = {n: c * informativeness(n, language) for n, c in names.items()}
    return tuple(sorted(score, key=lambda n: (-score[n], n))[:MAX_NAMES])


@dataclass
class _Terms:
    weights: dict[str, float] = field(default_factory=dict)
    surface: dict[str, Counter[str]] = field(default_factory=dict)


def _count(text: str, language: str | None, stop: frozenset[str], boost: float, into: _Terms) -> Counter[str]:
    counts: Counter[str] = Counter()
    text = _THOUSANDS.sub(lambda m: re.sub(r"\D", "", m.group()), text)  # 4,500 and 4.500 are one figure
    for word in tokens(text):
        if word in stop or (len(word) < 2 and not _is_cjk(word)):
            continue
        key = stem(word, language)
        counts[key] += 1
        into.weights[key] = max(into.weights.get(key, 0.0), informativeness(word, language))
        into.surface.setdefault(key, Counter())[word] += 1
    return Counter({k: boost * v for k, v in counts.items()})


def _informative_terms(title: str, body: str, language: str | None) -> tuple[dict[str, float], dict[str, str]]:
    stop = stop_words(language)
    terms = _Terms()
    tf = _count(body, language, stop, 1.0, terms) + _count(title, language, stop, 2.0, terms)
    raw = {k: (1.0 + math.log(n)) * terms.weights[k] for k, n in tf.items() if terms.weights[k] > 0}
    top = sorted(raw.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    weights = {k: round(w / norm, 6) for k, w in top}
    words = {k: terms.surface[k].most_common(1)[0][0] for k, _ in top[:KEY_WORDS]}
    return weights, words


# ---------------------------------------------------------------- fingerprints


def _shingles(words: Sequence[str]) -> list[bytes]:
    if len(words) < SHINGLE_SIZE:
        return [" ".join(words).encode()] if words else []
    return [" ".join(words[i : i + SHINGLE_SIZE]).encode() for i in range(len(words) - SHINGLE_SIZE + 1)]


def _minhash(words: Sequence[str]) -> tuple[int, ...]:
    mh = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    shingles = _shingles(words)
    if shingles:
        mh.update_batch(shingles)
    return tuple(int(v) for v in mh.hashvalues)


def fingerprint(title: str, text: str, language: str | None = None) -> Fingerprint:
    """The fingerprint of one article (``title`` may be empty; ``language`` is guessed when None)."""
    full = f"{title}\n{text}" if title else text
    language = (language or detect_language(full) or "").split("-")[0].lower() or None
    text = text[:MAX_TEXT]  # the exact hash covers everything; the rest describes the first 200,000 characters
    body = without_boilerplate(text)
    terms, words = _informative_terms(title, body, language)
    names = names_in(f"{title}\n{body}", stop_words(language))
    numbers = numbers_in(f"{title}\n{body}")
    return Fingerprint(
        content_hash=hashlib.sha256(normalise(full).encode()).hexdigest(),
        minhash=_minhash(tokens(f"{title}\n{text}" if title else text)),
        terms=terms,
        words=words,
        names=_salient_names(names, language),
        numbers=frozenset(sorted(numbers, key=lambda n: (-len(n), n))[:MAX_NUMBERS]),
        language=language,
        headline=tuple(dict.fromkeys(_headline_terms(title, language))),
    )


def lsh_bands(fp: Fingerprint) -> list[tuple[int, int]]:
    """(band number, band hash) pairs; two articles sharing any pair are near-duplicate candidates.

    32 bands of 4 rows: an article pair with Jaccard 0.6 shares a band with probability 0.99, at 0.3 with
    probability 0.23, at 0.1 with probability 0.003. The hash fits a signed 64-bit column (0 <= h < 2**63).
    A text without words has no bands.
    """
    if all(v == _EMPTY_SLOT for v in fp.minhash):
        return []  # no words: nothing to be a near-duplicate of (the exact hash still matches)
    out = []
    for band in range(LSH_BANDS):
        rows = fp.minhash[band * LSH_ROWS : (band + 1) * LSH_ROWS]
        digest = hashlib.blake2b(",".join(map(str, rows)).encode(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "big") & (2**63 - 1)))
    return out


def _ranked(fp: Fingerprint) -> list[tuple[str, float]]:
    return sorted(fp.terms.items(), key=lambda kv: (-kv[1], kv[0]))


def candidate_keys(fp: Fingerprint, limit: int = 12) -> list[str]:
    """The most informative terms, for an inverted-index lookup of same-story candidates.

    Years and short numbers are left out: half the articles of a year mention it, and a key that every
    article has would make a lookup read the whole corpus.
    """
    return [t for t, _ in _ranked(fp) if not _common_number(t)][:limit]


def _common_number(term: str) -> bool:
    return term.startswith("#") and informativeness(term[1:], None) < FIGURE_IDF


def near_duplicate_score(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the word 3-shingles of the two texts."""
    if a.content_hash == b.content_hash:
        return 1.0
    same = sum(1 for x, y in zip(a.minhash, b.minhash, strict=True) if x == y)
    return same / len(a.minhash)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def _containment(a: Fingerprint, b: Fingerprint) -> float:
    """The share (by weight) of what ``a`` is about (its top terms) that ``b`` mentions too."""
    top = _ranked(a)[:TOP_TERMS]
    total = sum(w for _, w in top)
    return sum(w for t, w in top if t in b.terms) / total if total else 0.0


# The same-story model: a logistic regression over STORY_FEATURES, fitted on the 1,283 SemEval-2022 Task 8
# training pairs (same story = Overall <= 2) by ``benchmarks/story_pairs.py --fit``; its grouped 5-fold
# cross-validated figures are in docs/novelty.md. Refit and paste here when a feature changes.
STORY_FEATURES = (
    "term_cosine",  # cosine of the informative-term vectors
    "containment_min",  # the smaller of the two top-term containments
    "containment_max",  # the larger
    "headline_terms",  # share of each headline's terms the other article mentions (mean of both ways)
    "headline_overlap",  # shared headline terms / terms of the shorter headline
    "names_overlap",  # shared salient names / names of the article with fewer, accents folded
    "figures_overlap",  # shared figures of three digits or more / figures of the article with fewer
    "same_language",  # 1 when both articles are in one language
)
STORY_WEIGHTS = (1.1922, 1.6871, 3.1337, 1.1581, 0.2096, 0.9268, 0.2515, -1.0164)
STORY_BIAS = -1.7540


def story_features(a: Fingerprint, b: Fingerprint) -> tuple[float, ...]:
    """The pair features the same-story model weighs (``STORY_FEATURES``), each from 0 to 1, symmetric."""
    ab, ba = _containment(a, b), _containment(b, a)
    return (
        float(_cosine(a.terms, b.terms)),
        min(ab, ba),
        max(ab, ba),
        (_headline_in(a, b) + _headline_in(b, a)) / 2,
        _overlap(set(a.headline), set(b.headline)),
        _overlap(_name_keys(a), _name_keys(b)),
        _overlap({n for n in a.numbers if len(n) >= 3}, {n for n in b.numbers if len(n) >= 3}),
        float(a.language == b.language),
    )


def story_score(a: Fingerprint, b: Fingerprint) -> float:
    """0..1: how likely the two articles report the same event (in the same or in other words).

    A logistic regression over ``story_features``: a broad shared vocabulary (term cosine), the few terms
    each article is most about recurring in the other (containments), shared headline terms, names and
    figures (which carry across languages). When each headline names someone or
    somewhere the other article never mentions (``headline_conflict``) the score drops by three quarters.
    """
    if a.content_hash == b.content_hash:
        return 1.0
    if not a.terms or not b.terms:
        return 0.0
    z = STORY_BIAS + sum(w * x for w, x in zip(STORY_WEIGHTS, story_features(a, b), strict=True))
    score = 1.0 / (1.0 + math.exp(-z))
    if headline_conflict(a, b):
        score *= 1.0 - HEADLINE_CONFLICT_WEIGHT
    return max(0.0, min(1.0, score))


def _overlap(a: set[str], b: set[str]) -> float:
    """Shared items over the items of the smaller set (0 when either is empty)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _headline_in(a: Fingerprint, b: Fingerprint) -> float:
    """The share of ``a``'s headline terms that ``b`` mentions."""
    return sum(1 for t in a.headline if t in b.terms) / len(a.headline) if a.headline else 0.0


def _name_keys(fp: Fingerprint) -> set[str]:
    """The article's salient names, accents folded and cut like terms (Müller = Muller, Merkels = Merkel)."""
    return {_fold_accents(n)[:STEM_LENGTH] for n in fp.names[:SALIENT_NAMES]}


def _fold_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def headline_conflict(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether each headline names someone or somewhere the other article never mentions: the mark of two
    look-alike reports of different events (a treaty with Iran / with North Korea)."""
    return _headline_names_missing(a, b) and _headline_names_missing(b, a)


def _headline_names_missing(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether ``a``'s headline names someone or somewhere (a name of ``a``) that ``b`` never mentions."""
    if a.language in NOUNS_CAPITALISED:
        return False  # every noun is capitalised: a capital letter does not mark a name
    names = {stem(n, a.language) for n in a.names}
    return any(t in names and t not in b.terms and t not in b.headline for t in a.headline)
