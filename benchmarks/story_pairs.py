"""Same story or not: monitor.similarity against a TF-IDF cosine baseline on SemEval-2022 Task 8 pairs.

Run:  .venv/bin/python benchmarks/story_pairs.py [--csv PATH] [--sweep] [--cv] [--fit]

Reads ../shared/data/story-pairs/semeval2022-task8-train.csv (labelled news article pairs; Overall from 1,
very similar, to 4, very dissimilar; Overall <= 2 counts as the same story). For each group of pairs
(English-English, all same-language, cross-language) it prints precision, recall and F1 of
``story_score >= SAME_STORY_THRESHOLD`` and of a TF-IDF cosine baseline (scikit-learn, word unigrams and
bigrams, sublinear tf, fitted on the texts of the group; CJK text as character bigrams) whose threshold is
tuned on the same pairs in the same run, so the baseline is given every advantage. ``--sweep`` also prints
the best F1 our score could reach with a threshold tuned per group (for information: the shipped threshold
is the one fixed in monitor/similarity.py).

``story_score`` is a logistic regression over ``similarity.story_features``. ``--cv`` prints its honest
estimate: grouped 5-fold cross-validation (an article that appears in several pairs keeps all of them in one
fold: folds are cut along connected components of the pair graph), repeated over 5 shuffles of the groups,
the model fitted and the threshold chosen (best same-language F1 with precision above recall) on the four
training folds only. ``--fit`` fits on the whole file and prints the constants to paste into similarity.py.
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
    """SemEval texts are ``title body``: the headline ends at the first line break or double space when one
    comes within 200 characters (as ``monitor dedup-pairs`` reads a first line); many texts join headline
    and body with a single space, and those are read as having no headline."""
    stripped = text.strip()
    ends = [i for i in (stripped.find("\n"), stripped.find("  ")) if i > 0]
    if ends and min(ends) <= 200 and stripped[min(ends) :].strip():
        return stripped[: min(ends)].strip(), stripped[min(ends) :].strip()
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
    features: tuple[float, ...]  # similarity.story_features
    hand_weighted: float  # the score before the learned model: cosine / 2 + mean containment / 2


def ours(pairs: Sequence[Pair]) -> list[Scored]:
    scored = []
    for p in pairs:
        a = similarity.fingerprint(*split_title(p.text1), language=p.lang1)
        b = similarity.fingerprint(*split_title(p.text2), language=p.lang2)
        conflict = similarity.headline_conflict(a, b)
        shared = len(set(similarity.candidate_keys(a)) & set(similarity.candidate_keys(b)))
        features = similarity.story_features(a, b)
        hand = 0.5 * features[0] + 0.25 * (features[1] + features[2])
        if a.content_hash == b.content_hash:
            hand = 1.0
        elif conflict:
            hand *= 1 - similarity.HEADLINE_CONFLICT_WEIGHT
        scored.append(Scored(similarity.story_score(a, b), conflict, shared, features, hand))
    return scored


# ---------------------------------------------------------------- the learned model: fit and cross-validate

C_REGULARISATION = 0.3  # scikit-learn's C (inverse L2 strength); the features are all on 0..1
FOLDS, SHUFFLES = 5, 5


def article_groups(pairs: Sequence[Pair]) -> list[str]:
    """Connected components of the pair graph (articles as nodes): pairs sharing an article share a group."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for p in pairs:
        a, b = p.pair_id.split("_")
        parent[root(a)] = root(b)
    return [root(p.pair_id.split("_")[0]) for p in pairs]


def _probabilities(model: object, features: Sequence[Sequence[float]], conflicts: Sequence[bool]) -> list[float]:
    probs = model.predict_proba(features)[:, 1]  # type: ignore[attr-defined]
    keep = 1 - similarity.HEADLINE_CONFLICT_WEIGHT
    return [float(p) * keep if c else float(p) for p, c in zip(probs, conflicts, strict=True)]


def operating_cut(scores: Sequence[float], truth: Sequence[bool]) -> float:
    """The threshold with the best F1 among those where precision is above recall."""
    best, best_f1 = 0.5, -1.0
    for cut in sorted({round(s, 3) for s in scores}):
        p, r, f = prf([s >= cut for s in scores], truth)
        if p > r and f > best_f1:
            best, best_f1 = cut, f
    return best


def fit(pairs: Sequence[Pair], scored: Sequence[Scored]) -> tuple[object, float]:
    """Logistic regression on every pair; the cut from the same-language pairs."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C_REGULARISATION, max_iter=1000)
    model.fit([s.features for s in scored], [p.same_story for p in pairs])
    probs = _probabilities(model, [s.features for s in scored], [s.headline_conflict for s in scored])
    same = [i for i, p in enumerate(pairs) if p.lang1 == p.lang2]
    return model, operating_cut([probs[i] for i in same], [pairs[i].same_story for i in same])


def cross_validate(pairs: Sequence[Pair], scored: Sequence[Scored]) -> None:
    """Grouped K-fold: the honest estimate of the learned score on pairs it was not fitted on."""
    import random

    from sklearn.model_selection import GroupKFold

    groups = article_groups(pairs)
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name, _ in GROUPS}
    cuts = []
    for shuffle in range(SHUFFLES):
        rng = random.Random(shuffle)
        label = {g: rng.random() for g in sorted(set(groups))}
        predicted = [False] * len(pairs)
        for train, test in GroupKFold(FOLDS).split(scored, groups=[label[g] for g in groups]):
            model, cut = fit([pairs[i] for i in train], [scored[i] for i in train])
            cuts.append(cut)
            probs = _probabilities(
                model, [scored[i].features for i in test], [scored[i].headline_conflict for i in test]
            )
            for i, prob in zip(test, probs, strict=True):
                predicted[i] = prob >= cut
        for name, keep in GROUPS:
            idx = [i for i, p in enumerate(pairs) if keep(p)]
            results[name].append(prf([predicted[i] for i in idx], [pairs[i].same_story for i in idx]))
    print(
        f"\ncross-validated: {FOLDS} folds grouped by article ({len(set(groups))} groups), {SHUFFLES} shuffles; "
        f"model and cut fitted on the training folds (cuts {min(cuts):.3f}..{max(cuts):.3f})"
    )
    print(f"{'group':<15} {'method':<36} {'P':>6} {'R':>6} {'F1':>6}  F1 range")
    for name, runs in results.items():
        mean = tuple(sum(r[k] for r in runs) / len(runs) for k in range(3))
        spread = f"{min(r[2] for r in runs):.3f}..{max(r[2] for r in runs):.3f}"
        method = "learned score, held-out folds"
        print(f"{name:<15} {method:<36} {mean[0]:>6.3f} {mean[1]:>6.3f} {mean[2]:>6.3f}  {spread}")


def print_constants(pairs: Sequence[Pair], scored: Sequence[Scored]) -> None:
    model, cut = fit(pairs, scored)
    weights = ", ".join(f"{w:.4f}" for w in model.coef_[0])  # type: ignore[attr-defined]
    print(f"\nfitted on all {len(pairs)} pairs (paste into monitor/similarity.py):")
    print(f"STORY_WEIGHTS = ({weights})")
    print(f"STORY_BIAS = {model.intercept_[0]:.4f}")  # type: ignore[attr-defined]
    print(f"SAME_STORY_THRESHOLD = {cut}")


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


def report(pairs: Sequence[Pair], sweep: bool) -> list[Scored]:
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
        hand = [s.hand_weighted for s in mine]
        print(_row(name, "hand-weighted score (before), 0.31", prf([s >= 0.31 for s in hand], truth), 0.31))
        if sweep:
            best, result = best_threshold([s.score for s in mine], truth)
            print(_row(name, "  same, cut tuned for this group", result, best))
        for label, baseline in (("tfidf plain (cut tuned)", tfidf_plain), ("tfidf 1-2gram (cut tuned)", tfidf_tuned)):
            best, result = best_threshold(baseline(group), truth)
            print(_row(name, label, result, best))
    return [scored[p.pair_id] for p in pairs]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--sweep", action="store_true", help="also print our F1 with a threshold tuned per group")
    parser.add_argument("--cv", action="store_true", help="grouped 5-fold cross-validation of the learned score")
    parser.add_argument("--fit", action="store_true", help="fit the model on all pairs and print its constants")
    args = parser.parse_args()
    if not args.csv.exists():
        print(f"skipped: labelled pairs not found at {args.csv} (see ../shared/data/README.md, story-pairs)")
        return 0
    pairs = load_pairs(args.csv)
    scored = report(pairs, args.sweep)
    if args.cv:
        cross_validate(pairs, scored)
    if args.fit:
        print_constants(pairs, scored)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
