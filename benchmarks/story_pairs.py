"""Same story or not: monitor.similarity against a TF-IDF cosine baseline on SemEval-2022 Task 8 pairs.

Run:  .venv/bin/python benchmarks/story_pairs.py [--csv PATH] [--sweep]

Reads ../shared/data/story-pairs/semeval2022-task8-train.csv (labelled news article pairs; Overall from 1,
very similar, to 4, very dissimilar; Overall <= 2 counts as the same story). For each group of pairs
(English-English, all same-language, cross-language) it prints precision, recall and F1 of
``story_score >= SAME_STORY_THRESHOLD`` and of a TF-IDF cosine baseline (scikit-learn, word unigrams and
bigrams, sublinear tf, fitted on the texts of the group; CJK text as character bigrams) whose threshold is
tuned on the same pairs in the same run, so the baseline is given every advantage. ``--sweep`` also prints
the best F1 our score could reach with a threshold tuned per group (for information: the shipped threshold
is the one fixed in monitor/similarity.py).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor import similarity  # noqa: E402

DEFAULT_CSV = REPO.parent / "shared" / "data" / "story-pairs" / "semeval2022-task8-train.csv"


@dataclass(frozen=True)
class Pair:
    pair_id: str
    lang1: str
    lang2: str
    text1: str
    text2: str
    same_story: bool


def load_pairs(path: Path) -> list[Pair]:
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            Pair(
                row["pair_id"],
                row["lang1"],
                row["lang2"],
                row["text1"],
                row["text2"],
                float(row["Overall"]) <= 2.0,
            )
            for row in csv.DictReader(fh)
        ]


def split_title(text: str) -> tuple[str, str]:
    """SemEval texts are ``title  body`` (two spaces after the headline when there is one)."""
    head, sep, body = text.partition("  ")
    if sep and 0 < len(head) <= 200:
        return head.strip(), body.strip()
    return "", text


def prf(predicted: Sequence[bool], truth: Sequence[bool]) -> tuple[float, float, float]:
    tp = sum(1 for p, t in zip(predicted, truth, strict=True) if p and t)
    fp = sum(1 for p, t in zip(predicted, truth, strict=True) if p and not t)
    fn = sum(1 for p, t in zip(predicted, truth, strict=True) if t and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def best_threshold(scores: Sequence[float], truth: Sequence[bool]) -> tuple[float, tuple[float, float, float]]:
    best = (0.0, (0.0, 0.0, 0.0))
    for cut in sorted(set(scores)):
        result = prf([s >= cut for s in scores], truth)
        if result[2] > best[1][2]:
            best = (cut, result)
    return best


@dataclass(frozen=True)
class Scored:
    score: float
    headline_conflict: bool  # the two headlines each name what the other article never mentions
    shared_keys: int  # candidate keys (of 12) the two articles share: what novelty's index looks up by


def ours(pairs: Sequence[Pair]) -> list[Scored]:
    scored = []
    for p in pairs:
        a = similarity.fingerprint(*split_title(p.text1), language=p.lang1)
        b = similarity.fingerprint(*split_title(p.text2), language=p.lang2)
        conflict = similarity.headline_conflict(a, b)
        shared = len(set(similarity.candidate_keys(a)) & set(similarity.candidate_keys(b)))
        scored.append(Scored(similarity.story_score(a, b), conflict, shared))
    return scored


def tfidf_plain(pairs: Sequence[Pair]) -> list[float]:
    """scikit-learn's TfidfVectorizer with its defaults (word unigrams), fitted on the group's texts."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import paired_cosine_distances

    vectorizer = TfidfVectorizer()
    vectorizer.fit([p.text1 for p in pairs] + [p.text2 for p in pairs])
    a = vectorizer.transform([p.text1 for p in pairs])
    b = vectorizer.transform([p.text2 for p in pairs])
    return [1.0 - d for d in paired_cosine_distances(a, b)]


def tfidf_tuned(pairs: Sequence[Pair]) -> list[float]:
    """A stronger baseline: unigrams and bigrams of our tokens (CJK bigrams), sublinear tf."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import paired_cosine_distances

    def analyse(text: str) -> list[str]:
        words = similarity.tokens(text)
        return words + [f"{x} {y}" for x, y in itertools.pairwise(words)]

    vectorizer = TfidfVectorizer(analyzer=analyse, sublinear_tf=True, min_df=1)
    vectorizer.fit([p.text1 for p in pairs] + [p.text2 for p in pairs])
    a = vectorizer.transform([p.text1 for p in pairs])
    b = vectorizer.transform([p.text2 for p in pairs])
    return [1.0 - d for d in paired_cosine_distances(a, b)]


GROUPS: list[tuple[str, Callable[[Pair], bool]]] = [
    ("en-en", lambda p: p.lang1 == p.lang2 == "en"),
    ("same-language", lambda p: p.lang1 == p.lang2),
    ("cross-language", lambda p: p.lang1 != p.lang2),
]


def _row(group: str, method: str, result: tuple[float, float, float], cut: float, note: str = "") -> str:
    p, r, f = result
    return f"{group:<15} {method:<36} {p:>6.3f} {r:>6.3f} {f:>6.3f} {cut:>7.3f}  {note}"


def report(pairs: Sequence[Pair], sweep: bool) -> None:
    started = time.perf_counter()
    scored = dict(zip((p.pair_id for p in pairs), ours(pairs), strict=True))
    elapsed = time.perf_counter() - started
    cut = similarity.SAME_STORY_THRESHOLD
    print(f"{len(pairs)} pairs; same story = Overall <= 2; {1000 * elapsed / (2 * len(pairs)):.2f} ms per fingerprint")
    print(f"{'group':<15} {'method':<36} {'P':>6} {'R':>6} {'F1':>6} {'cut':>7}  note")
    for name, keep in GROUPS:
        group = [p for p in pairs if keep(p)]
        truth = [p.same_story for p in group]
        mine = [scored[p.pair_id] for p in group]
        predicted = [s.score >= cut for s in mine]
        found = sum(1 for s, t, q in zip(mine, truth, predicted, strict=True) if t and q and s.shared_keys >= 2)
        hits = sum(1 for t, q in zip(truth, predicted, strict=True) if t and q)
        note = f"{len(group)} pairs, {sum(truth)} same; index finds {found}/{hits} true hits"
        print(_row(name, "similarity.same_story (shipped cut)", prf(predicted, truth), cut, note))
        without = [
            s.score / (1 - similarity.HEADLINE_CONFLICT_WEIGHT) if s.headline_conflict else s.score for s in mine
        ]
        print(_row(name, "  same, no headline-conflict rule", prf([s >= cut for s in without], truth), cut))
        if sweep:
            best, result = best_threshold([s.score for s in mine], truth)
            print(_row(name, "  same, cut tuned for this group", result, best))
        for label, baseline in (("tfidf plain (cut tuned)", tfidf_plain), ("tfidf 1-2gram (cut tuned)", tfidf_tuned)):
            best, result = best_threshold(baseline(group), truth)
            print(_row(name, label, result, best))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--sweep", action="store_true", help="also print our F1 with a threshold tuned per group")
    args = parser.parse_args()
    if not args.csv.exists():
        print(f"skipped: labelled pairs not found at {args.csv} (see ../shared/data/README.md, story-pairs)")
        return 0
    report(load_pairs(args.csv), args.sweep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
