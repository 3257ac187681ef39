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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from datasketch import MinHash

FINGERPRINT_VERSION = 1
NUM_PERM = 128
MINHASH_SEED = 1
SHINGLE_SIZE = 3
LSH_BANDS = 32
LSH_ROWS = 4  # LSH_BANDS * LSH_ROWS == NUM_PERM

NEAR_DUPLICATE_THRESHOLD = 0.6
SAME_STORY_THRESHOLD = 0.3

MAX_TERMS = 60
MAX_NAMES = 40
MAX_NUMBERS = 40

_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # han
    "\uac00-\ud7af"  # hangul syllables
    "\u0e00-\u0e7f"  # thai (no spaces between words either)
)
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_NAME = re.compile(r"(?<![\w])([^\W\d_][\w'’-]*)")


@dataclass(frozen=True)
class Fingerprint:
    """What novelty stores per article. ``terms`` maps informative terms to weights (sum of squares 1)."""

    content_hash: str
    minhash: tuple[int, ...]
    terms: dict[str, float]
    names: frozenset[str] = field(default_factory=frozenset)
    numbers: frozenset[str] = field(default_factory=frozenset)
    language: str | None = None
    title_terms: frozenset[str] = field(default_factory=frozenset)
    version: int = FINGERPRINT_VERSION

    def to_json(self) -> str:
        return json.dumps(
            {
                "v": self.version,
                "h": self.content_hash,
                "m": list(self.minhash),
                "t": self.terms,
                "n": sorted(self.names),
                "d": sorted(self.numbers),
                "l": self.language,
                "tt": sorted(self.title_terms),
            },
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, s: str) -> Fingerprint:
        raw = json.loads(s)
        return cls(
            content_hash=raw["h"],
            minhash=tuple(raw["m"]),
            terms={str(k): float(v) for k, v in raw["t"].items()},
            names=frozenset(raw.get("n", ())),
            numbers=frozenset(raw.get("d", ())),
            language=raw.get("l"),
            title_terms=frozenset(raw.get("tt", ())),
            version=int(raw.get("v", 1)),
        )


# ---------------------------------------------------------------- text folding and tokens


def normalise(text: str) -> str:
    """Fold case, compatibility forms, punctuation and whitespace: the text the exact hash is taken of."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_fold_tokens(text))


def _fold_tokens(text: str) -> list[str]:
    return _WORD.findall(text.replace("_", " "))


def tokens(text: str) -> list[str]:
    """Words of a folded text; runs of CJK or Thai characters become overlapping character bigrams."""
    out: list[str] = []
    for word in _fold_tokens(unicodedata.normalize("NFKC", text).casefold()):
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


def _is_cjk(term: str) -> bool:
    return bool(_CJK_RUN.match(term))


# ---------------------------------------------------------------- informative features


def numbers_in(text: str) -> set[str]:
    """Numbers and dates, separators removed (``1,200`` and ``1.200`` both give ``1200``)."""
    found = set()
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if digits:
            found.add(digits.lstrip("0") or "0")
    return found


def names_in(text: str, stop: frozenset[str]) -> Counter[str]:
    """Capitalised words not at the start of a sentence: people, places, organisations (folded)."""
    found: Counter[str] = Counter()
    for sentence in re.split(r"(?<=[.!?:;\n])\s+|\n", text):
        for i, match in enumerate(_NAME.finditer(sentence)):
            word = match.group(1)
            if i == 0 or not word[0].isupper():
                continue
            folded = word.casefold().strip("'’-")
            if len(folded) > 1 and folded not in stop:
                found[folded] += 1
    return found


def _term_counts(text: str, stop: frozenset[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for tok in tokens(text):
        if tok.isdigit() or tok in stop:
            continue
        if not _is_cjk(tok) and len(tok) < 3:
            continue
        counts[tok] += 1
    return counts


def _weights(
    title: str, text: str, stop: frozenset[str]
) -> tuple[dict[str, float], Counter[str], set[str], set[str]]:
    body = _term_counts(text, stop)
    head = _term_counts(title, stop)
    names = names_in(title + "\n" + text, stop)
    numbers = numbers_in(title + "\n" + text)
    raw: dict[str, float] = {}
    for term in set(body) | set(head):
        w = 1.0 + math.log(body.get(term, 0) + head.get(term, 0))
        if term in names:
            w *= 2.0
        if term in head:
            w *= 2.0
        raw[term] = w
    for num in numbers:
        raw["#" + num] = 1.5
    return raw, names, numbers, set(head)


def _unit(weights: dict[str, float], limit: int) -> dict[str, float]:
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: round(w / norm, 6) for t, w in top}


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
    """The fingerprint of one article (``title`` may be empty)."""
    full = f"{title}\n{text}" if title else text
    folded = normalise(full)
    stop = stop_words(language)
    raw, names, numbers, head = _weights(title, text, stop)
    terms = _unit(raw, MAX_TERMS)
    return Fingerprint(
        content_hash=hashlib.sha256(folded.encode()).hexdigest(),
        minhash=_minhash(tokens(full)),
        terms=terms,
        names=frozenset(n for n, _ in names.most_common(MAX_NAMES)),
        numbers=frozenset(sorted(numbers, key=lambda n: (-len(n), n))[:MAX_NUMBERS]),
        language=language,
        title_terms=frozenset(t for t in head if t in terms),
    )


def lsh_bands(fp: Fingerprint) -> list[tuple[int, int]]:
    """(band number, band hash) pairs; two articles sharing any pair are near-duplicate candidates.

    32 bands of 4 rows: an article pair with Jaccard 0.6 shares a band with probability 0.99, at 0.3 with
    probability 0.23, at 0.1 with probability 0.003. The hash fits a signed 64-bit column (0 <= h < 2**63).
    """
    out = []
    for band in range(LSH_BANDS):
        rows = fp.minhash[band * LSH_ROWS : (band + 1) * LSH_ROWS]
        digest = hashlib.blake2b(",".join(map(str, rows)).encode(), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "big") & (2**63 - 1)))
    return out


def candidate_keys(fp: Fingerprint, limit: int = 12) -> list[str]:
    """The most informative terms, for an inverted-index lookup of same-story candidates."""
    ranked = sorted(fp.terms.items(), key=lambda kv: (-kv[1], kv[0]))
    return [t for t, _ in ranked[:limit]]


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


def _overlap(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb)) ** 0.5 / max(len(sa), len(sb)) ** 0.5


def story_score(a: Fingerprint, b: Fingerprint) -> float:
    """0..1: how likely the two articles report the same event (in the same or in other words)."""
    if a.content_hash == b.content_hash:
        return 1.0
    score = 0.7 * _cosine(a.terms, b.terms) + 0.3 * _overlap(a.names, b.names)
    return max(0.0, min(1.0, score))


def new_facts(known: Sequence[Fingerprint], new: Fingerprint) -> list[str]:
    """Numbers, names and key terms of ``new`` absent from every known version of the story."""
    seen_terms: set[str] = set()
    seen_names: set[str] = set()
    seen_numbers: set[str] = set()
    for fp in known:
        seen_terms |= set(fp.terms)
        seen_names |= fp.names
        seen_numbers |= fp.numbers
    facts = [n for n in sorted(new.numbers) if n not in seen_numbers and ("#" + n) in new.terms]
    facts += [n for n in sorted(new.names) if n not in seen_names and n not in seen_terms and n in new.terms]
    key = candidate_keys(new, limit=12)
    facts += [t for t in key if not t.startswith("#") and t not in seen_terms and t not in facts]
    return facts


def is_update(known: Sequence[Fingerprint], new: Fingerprint) -> bool:
    """True when ``new`` adds a fact (a number, a name, or several key terms) to the known story."""
    facts = new_facts(known, new)
    strong = [f for f in facts if f in new.numbers or f in new.names]
    return bool(strong) or len(facts) >= 3
