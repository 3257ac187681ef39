"""Matching cost per 5 KB article as the number of watchlist terms grows: 10, 100, 1,000, 10,000.

Run:  .venv/bin/python benchmarks/bench_match.py [--repeat N]

Articles: the five seed documents and the demo articles, cut into 5,000-character pieces (English, real
news prose). Terms: 10 per watchlist, a mix of words, two-word phrases, wildcards (``xyz*``), lemmas,
case-sensitive acronyms and a proximity per watchlist; one in ten is a real word of the articles (so
there are hits to evaluate), the rest are made-up words an article does not contain, as most of an
analyst's terms are on most days. Measured in the same run, on the same articles and terms:

- matcher: ``monitor.match.Matcher.match`` (one Aho-Corasick automaton over the folded word line);
- regex loop: the naive way, one compiled ``\\bterm\\b`` regex per term, each searched over the text;
- one regex: all terms in one alternation ``\\b(?:t1|t2|...)\\b`` (what NOTES.md measured at 7.9 ms).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import string
import time
from pathlib import Path

from monitor.article import Article
from monitor.match import Matcher, _Field
from monitor.watchlist import Watchlist, fold, words

ROOT = Path(__file__).resolve().parent.parent
SIZES = (10, 100, 1_000, 10_000)
PER_WATCHLIST = 10


def articles() -> list[Article]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "monitor/data/seed").glob("*.txt"))]
    replay = ROOT / "tests/data/replay/demo.jsonl"
    if replay.exists():
        texts += [json.loads(line)["text"] for line in replay.read_text(encoding="utf-8").splitlines()]
    corpus = "\n\n".join(texts)
    pieces = [corpus[i:i + 5000] for i in range(0, len(corpus) - 5000, 5000)]
    return [Article(url=f"bench:{i}", title="", text=piece) for i, piece in enumerate(pieces)]


def make_terms(count: int, vocabulary: list[str], rng: random.Random, real_share: float = 0.1) -> list[object]:
    """Terms as a watchlist holds them (strings or mappings); ``real_share`` of them are real words."""
    out: list[object] = []
    for i in range(count):
        real = rng.random() < real_share
        word = rng.choice(vocabulary) if real else "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 10)))
        kind = i % 10
        if kind == 0:
            out.append(f"{word[:5]}*")
        elif kind == 1:
            out.append(f"{word} {rng.choice(vocabulary) if real else 'accord'}")
        elif kind == 2:
            out.append({"term": word.upper()[:4], "case_sensitive": True})
        elif kind == 3 and real:
            out.append({"lemma": word})
        else:
            out.append(word)
    return out


def make_watchlists(terms: list[object]) -> list[Watchlist]:
    out = []
    for n, start in enumerate(range(0, len(terms), PER_WATCHLIST)):
        chunk = terms[start:start + PER_WATCHLIST]
        query = {"any": [*chunk, {"near": [chunk[-1], chunk[-2]], "within": 5}]} if len(chunk) > 2 else {
            "any": chunk}
        out.append(Watchlist.model_validate({"name": f"w{n}", "query": query}))
    return out


def literal(term: object) -> tuple[str, bool]:
    """The regex-loop baseline's view of a term: its text, and whether it is case-sensitive."""
    if isinstance(term, dict):
        return str(term.get("term") or term.get("lemma")), bool(term.get("case_sensitive"))
    return str(term), False


def regex_loop(terms: list[object]) -> list[re.Pattern[str]]:
    out = []
    for term in terms:
        text, case = literal(term)
        body = re.escape(text.rstrip("*")) + (r"\w*" if text.endswith("*") else "")
        out.append(re.compile(rf"\b{body}\b", 0 if case else re.IGNORECASE))
    return out


def one_regex(terms: list[object]) -> re.Pattern[str]:
    bodies = sorted({re.escape(literal(t)[0].rstrip("*")) + (r"\w*" if literal(t)[0].endswith("*") else "")
                     for t in terms}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(bodies) + r")\b", re.IGNORECASE)


def per_article(func: object, items: list[Article], repeat: int) -> float:
    """Median over articles of the best of ``repeat`` runs, in microseconds."""
    times = []
    for article in items:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            func(article)  # type: ignore[operator]
            best = min(best, time.perf_counter() - start)
        times.append(best)
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per article; the best counts")
    args = parser.parse_args()
    items = articles()
    vocabulary = sorted({w for a in items for w in words(a.text) if len(w) > 3 and w.isalpha()})
    rng = random.Random(20251122)
    print(f"{len(items)} articles of 5,000 characters; {len(vocabulary)} distinct real words to draw from")
    read = per_article(lambda a: _Field(a.text), items, args.repeat)
    print(f"reading one article (NFKC, fold, split into words): {read:.0f} µs")
    start = time.perf_counter()
    Matcher([Watchlist.model_validate({"name": "warm", "query": {"lemma": "ratify"}})])
    print(f"loading simplemma's English lexicon (once per process, at the first lemma term): "
          f"{(time.perf_counter() - start) * 1e3:.0f} ms\n")
    head = (f"{'terms':>7} {'lists':>6} {'patterns':>8} {'compile':>9} {'hits':>5} {'matcher':>10} "
            f"{'regex loop':>11} {'loop/matcher':>12} {'one regex':>10} {'one/matcher':>11} {'vs 10 terms':>11} "
            f"{'no-hit matcher':>14}")
    print(head)
    print("-" * len(head))
    first = None
    for size in SIZES:
        terms = make_terms(size, vocabulary, rng)
        watchlists = make_watchlists(terms)
        start = time.perf_counter()
        matcher = Matcher(watchlists)
        compile_ms = (time.perf_counter() - start) * 1e3
        hits = statistics.mean(len(matcher.match(a)) for a in items)
        ours = per_article(matcher.match, items, args.repeat)
        loop = regex_loop(terms)
        folded = {a.url: fold(a.text) for a in items}
        loop_us = per_article(lambda a, loop=loop: [p.search(a.text) for p in loop], items,
                              max(1, args.repeat // (5 if size >= 10_000 else 1)))
        big = one_regex(terms)
        one_us = per_article(lambda a, big=big, folded=folded: big.findall(folded[a.url]), items, args.repeat)
        first = first or ours
        quiet = Matcher(make_watchlists(make_terms(size, vocabulary, rng, real_share=0.0)))
        quiet_us = per_article(quiet.match, items, args.repeat)
        print(f"{size:>7,} {len(watchlists):>6,} {matcher.pattern_count:>8,} {compile_ms:>7.0f}ms {hits:>5.1f} "
              f"{ours:>8.0f}µs {loop_us:>9.0f}µs {loop_us / ours:>11.1f}x {one_us:>8.0f}µs {one_us / ours:>10.1f}x "
              f"{ours / first:>10.2f}x {quiet_us:>12.0f}µs")
    print("\nhits: watchlists matched per article. matcher: monitor.match.Matcher.match, the whole job (read,"
          "\nautomaton, evaluate, hits with snippets). regex loop: one \\bterm\\b regex per term. one regex: one"
          "\nalternation of every term. no-hit matcher: the same number of terms, all made-up words (nothing to"
          "\nevaluate: the cost of reading and scanning alone). Median over articles of the best run.")


if __name__ == "__main__":
    main()
