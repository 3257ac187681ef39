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


def best_threshold(
    scores: Sequence[float], truth: Sequence[bool]
) -> tuple[float, tuple[float, float, float]]:
    best = (0.0, (0.0, 0.0, 0.0))
    for cut in sorted(set(scores)):
        result = prf([s >= cut for s in scores], truth)
        if result[2] > best[1][2]:
            best = (cut, result)
    return best


def ours(pairs: Sequence[Pair]) -> list[float]:
    scores = []
    for p in pairs:
        a = similarity.fingerprint(*split_title(p.text1), language=p.lang1)
        b = similarity.fingerprint(*split_title(p.text2), language=p.lang2)
        scores.append(similarity.story_score(a, b))
    return scores


def tfidf_baseline(pairs: Sequence[Pair]) -> list[float]:
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument(
        "--sweep", action="store_true", help="also print our best F1 with a per-group threshold"
    )
    args = parser.parse_args()
    if not args.csv.exists():
        print(f"skipped: labelled pairs not found at {args.csv} (see ../shared/data/README.md, story-pairs)")
        return 0
    pairs = load_pairs(args.csv)
    started = time.perf_counter()
    our_scores = dict(zip((p.pair_id for p in pairs), ours(pairs), strict=True))
    elapsed = time.perf_counter() - started
    print(
        f"{len(pairs)} pairs; same story = Overall <= 2; ours: threshold "
        f"{similarity.SAME_STORY_THRESHOLD}, {1000 * elapsed / (2 * len(pairs)):.2f} ms per fingerprint"
    )
    print(
        f"{'group':<15} {'pairs':>5} {'same':>5} | {'ours P':>6} {'R':>5} {'F1':>5} | "
        f"{'tfidf P':>7} {'R':>5} {'F1':>5} {'cut':>5}" + (" | best F1  cut" if args.sweep else "")
    )
    for name, keep in GROUPS:
        group = [p for p in pairs if keep(p)]
        truth = [p.same_story for p in group]
        scores = [our_scores[p.pair_id] for p in group]
        p, r, f = prf([s >= similarity.SAME_STORY_THRESHOLD for s in scores], truth)
        cut, (bp, br, bf) = best_threshold(tfidf_baseline(group), truth)
        line = (
            f"{name:<15} {len(group):>5} {sum(truth):>5} | {p:>6.3f} {r:>5.3f} {f:>5.3f} | "
            f"{bp:>7.3f} {br:>5.3f} {bf:>5.3f} {cut:>5.3f}"
        )
        if args.sweep:
            scut, (_, _, sf) = best_threshold(scores, truth)
            line += f" | {sf:>7.3f} {scut:>5.3f}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
