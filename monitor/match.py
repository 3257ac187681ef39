"""Match articles against every watchlist at once.

All the words and phrases of all watchlists are compiled into ONE Aho-Corasick automaton (ahocorasick_rs)
that runs over the article's *word line*: its words, folded (see ``monitor.watchlist.fold``), joined by single
spaces, with a space at each end. A whole-word pattern is `` word `` with its spaces, so word boundaries hold
in every script without a check per hit; ``ratif*`` is `` ratif`` and ``*tion`` is ``tion ``. Lemma terms
become the list of their inflected forms at compile time. Only regular expressions, and phrases with a
wildcard inside, run as regexes, and the latter only when their longest literal word is in the text.

    article -> title, text -> word lines -> automaton -> occurrences (term, field, first word, last word)
            -> watchlists having an occurrence -> all/any/none/near evaluated -> Hit (terms, snippets, score)

``explain()`` evaluates every watchlist and keeps the whole tree: which group and term held, and on what.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import ahocorasick_rs

from monitor.article import Article, Hit
from monitor.watchlist import (
    WORD,
    Group,
    Lemma,
    ListRef,
    Near,
    Phrase,
    Regex,
    Scope,
    Watchlist,
    expand_lemma,
    fold,
    fold_keeping_case,
    read_phrase,
    words,
)

SNIPPET_CONTEXT = 60  # characters of context each side of a term
SNIPPETS_PER_HIT = 3
SNIPPET_WORDS_APART = 12  # two snippets closer than this would show the same passage
TITLE, TEXT = 0, 1
FIELD_NAMES = ("title", "text")
_FIELDS_OF: dict[str, tuple[int, ...]] = {"title": (TITLE,), "text": (TEXT,), "both": (TITLE, TEXT)}

Occurrence = tuple[int, int, int]  # field, first word, last word


# ---------------------------------------------------------------------------------------------------------
# Reading an article


class _Field:
    """One field (title or text) of an article, read as words. Word positions in the source are found
    lazily, as far as a snippet or a case check needs them: most words of most articles never need one."""

    def __init__(self, source: str) -> None:
        self.source = source
        folded = fold(source)
        self._spans: list[tuple[int, int]] = []
        self._span_iter: Iterator[re.Match[str]] | None = None
        if len(folded) == len(source):  # offsets in the folded text are offsets in the source
            self.words: list[str] = WORD.findall(folded)
            self._span_iter = WORD.finditer(folded)
        else:  # NFKC or folding changed lengths: fold word by word and keep each word's source span
            self.words = []
            for m in WORD.finditer(source):
                for word in WORD.findall(fold(m.group())):
                    self.words.append(word)
                    self._spans.append(m.span())
        self.line = " " + " ".join(self.words) + " "
        self._starts: list[int] | None = None
        self._raw: list[str] | None = None

    def span(self, index: int) -> tuple[int, int]:
        """Where word ``index`` is in the source text."""
        while len(self._spans) <= index:
            if self._span_iter is None:
                raise IndexError(index)
            batch = [m.span() for m in itertools.islice(self._span_iter, max(64, len(self._spans)))]
            if not batch:
                raise IndexError(index)
            self._spans += batch
        return self._spans[index]

    def spans(self) -> list[tuple[int, int]]:
        """Where every word is in the source text."""
        if self.words:
            self.span(len(self.words) - 1)
        return self._spans

    def starts(self) -> list[int]:
        """Where each word starts in the word line (C-level iterators: this runs for every article)."""
        if self._starts is None:
            lengths = map(operator.add, map(len, self.words), itertools.repeat(1))
            self._starts = list(itertools.accumulate(lengths, initial=1))
        return self._starts

    def raw_word(self, index: int) -> str:
        """Word ``index`` with its letter case (for case-sensitive terms); "" if it cannot be aligned."""
        if self._raw is None:
            raw = WORD.findall(fold_keeping_case(self.source))
            self._raw = raw if len(raw) == len(self.words) else []
        if self._raw:
            return self._raw[index]
        start, end = self.span(index)  # folding split or merged words: align this word alone
        first, last = index, index
        while first > 0 and self.span(first - 1) == (start, end):
            first -= 1
        while last + 1 < len(self.words) and self.span(last + 1) == (start, end):
            last += 1
        found = WORD.findall(fold_keeping_case(self.source[start:end]))
        return found[index - first] if len(found) == last - first + 1 else ""

    def first_word(self, start: int, open_start: bool) -> int:
        """The word at which an automaton match starting at ``start`` of the line begins."""
        if open_start:
            return bisect.bisect_right(self.starts(), start) - 1
        return bisect.bisect_left(self.starts(), start + 1)

    def line_range(self, start: int, end: int) -> tuple[int, int] | None:
        starts = self.starts()
        first, last = bisect.bisect_right(starts, start) - 1, bisect.bisect_left(starts, end) - 1
        return (max(first, 0), last) if last >= max(first, 0) else None

    def source_range(self, start: int, end: int) -> tuple[int, int] | None:
        spans = self.spans()
        first = bisect.bisect_right([e for _, e in spans], start)
        last = bisect.bisect_left([s for s, _ in spans], end) - 1
        return (first, last) if first <= last else None

    def snippet(self, first: int, last: int) -> str:
        """The words first..last in their context, wrapped in «…», whitespace collapsed."""
        src = self.source
        start, end = self.span(first)[0], self.span(last)[1]
        low, high = max(0, start - SNIPPET_CONTEXT), min(len(src), end + SNIPPET_CONTEXT)
        left, right = src[low:start], src[end:high]
        if low > 0:  # do not begin or end in the middle of a word
            left = left.split(None, 1)[1] if len(left.split(None, 1)) > 1 else ""
        if high < len(src):
            right = right.rsplit(None, 1)[0] if len(right.rsplit(None, 1)) > 1 else ""
        text = (" ".join(left.split()) + (" " if left[-1:].isspace() else "")
                + "«" + " ".join(src[start:end].split()) + "»"
                + (" " if right[:1].isspace() else "") + " ".join(right.split()))
        return ("…" if low > 0 else "") + text + ("…" if high < len(src) else "")


# ---------------------------------------------------------------------------------------------------------
# Compiled terms and queries


@dataclass
class _Leaf:
    """One term to look for, shared by every watchlist that uses it."""

    id: int
    label: str
    regex: re.Pattern[str] | None = None
    on_source: bool = False  # the regex runs on the source text, not the word line
    literal: str = ""  # the regex is only tried when the word line contains this


@dataclass
class _Ref:
    """A leaf as one watchlist uses it: where to look and what it weighs."""

    leaf: int
    label: str
    fields: tuple[int, ...]
    weight: float
    path: str
    kind: str


@dataclass
class _AnyOf:
    """A named list: any of its terms."""

    label: str
    refs: list[_Ref]
    path: str


@dataclass
class _Near:
    label: str
    sides: tuple[list[_Ref], list[_Ref]]
    within: int
    ordered: bool
    fields: tuple[int, ...]
    weight: float
    path: str


@dataclass
class _Group:
    all_: list[_Node]
    any_: list[_Node]
    none_: list[_Node]
    at_least: int
    path: str


_Node = _Ref | _AnyOf | _Near | _Group


@dataclass
class _Compiled:
    watchlist: Watchlist
    root: _Node
    leaves: set[int]


# ---------------------------------------------------------------------------------------------------------
# What the matcher reports


@dataclass(frozen=True)
class NodeResult:
    """How one part of a query fared on an article: for ``monitor explain``."""

    path: str  # where it is in the YAML, e.g. query.all[0]
    kind: str  # all, any, none, term, lemma, regex, list, near
    label: str
    satisfied: bool
    found: tuple[str, ...] = ()  # the words found in the article
    children: tuple[NodeResult, ...] = ()
    note: str = ""

    def lines(self, depth: int = 0) -> list[str]:
        mark = "[+]" if self.satisfied else "[-]"
        found = f"  found: {', '.join(self.found)}" if self.found else ""
        note = f"  ({self.note})" if self.note else ""
        out = [f"{'  ' * depth}{mark} {self.kind} {self.label}{found}{note}".rstrip()]
        for child in self.children:
            out += child.lines(depth + 1)
        return out


@dataclass(frozen=True)
class Explanation:
    """Why a watchlist matched an article or not."""

    watchlist: str
    enabled: bool
    matched: bool
    reason: str
    tree: NodeResult
    hit: Hit | None = None

    def render(self) -> str:
        head = f"{self.watchlist}: {'MATCH' if self.matched else 'no match'} - {self.reason}"
        if not self.enabled:
            head += " (disabled: it never alerts)"
        out = [head, *("  " + line for line in self.tree.lines())]
        if self.hit:
            out += [f"  snippet: {s}" for s in self.hit.snippets]
        return "\n".join(out)


_NOT_EXPLAINED = NodeResult("query", "query", "", False, note="not explained: use Matcher.explain")


@dataclass
class _Found:
    """A positive term found while evaluating one watchlist."""

    label: str
    weight: float
    occurrences: list[Occurrence] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------------
# The matcher


class Matcher:
    """Every watchlist compiled once; ``match`` an article against all of them in one pass."""

    def __init__(self, watchlists: Sequence[Watchlist]) -> None:
        self._leaves: list[_Leaf] = []
        self._leaf_ids: dict[tuple[object, ...], int] = {}
        self._pattern_ids: dict[str, int] = {}
        self._entries: list[list[tuple[int, int, bool, bool, tuple[str, ...] | None]]] = []
        self._regex_leaves: list[_Leaf] = []
        self._compiled: list[_Compiled] = []
        self._leaf_watchlists: dict[int, set[int]] = defaultdict(set)
        for watchlist in watchlists:
            self._compile_watchlist(watchlist)
        patterns = list(self._pattern_ids)
        self._automaton = (ahocorasick_rs.AhoCorasick(
            patterns, matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=ahocorasick_rs.Implementation.DFA) if patterns else None)

    @property
    def watchlists(self) -> list[Watchlist]:
        return [c.watchlist for c in self._compiled]

    @property
    def pattern_count(self) -> int:
        """How many distinct strings the automaton looks for (lemma forms included)."""
        return len(self._pattern_ids)

    # -- compiling ------------------------------------------------------------------------------------------

    def _compile_watchlist(self, watchlist: Watchlist) -> None:
        index = len(self._compiled)
        leaves: set[int] = set()
        root = self._compile_node(watchlist, watchlist.query, "query", watchlist.scope, leaves)
        self._compiled.append(_Compiled(watchlist, root, leaves))
        for leaf in leaves:
            self._leaf_watchlists[leaf].add(index)

    def _compile_node(self, w: Watchlist, node: object, path: str, scope: Scope, leaves: set[int]) -> _Node:
        if isinstance(node, Group):
            inner = node.scope or scope
            groups = [[self._compile_node(w, item, f"{path}.{key}[{i}]", inner, leaves)
                       for i, item in enumerate(items)]
                      for key, items in (("all", node.all_), ("any", node.any_), ("none", node.none_))]
            return _Group(groups[0], groups[1], groups[2], node.at_least, path)
        if isinstance(node, Near):
            inner = node.scope or scope
            sides = tuple(self._compile_side(w, side, f"{path}.near[{i}]", inner, leaves)
                          for i, side in enumerate(node.near))
            label = node.label or (f"{_side_label(node.near[0])} {'BEFORE' if node.ordered else 'NEAR'}/"
                                   f"{node.within} {_side_label(node.near[1])}")
            return _Near(label, (sides[0], sides[1]), node.within, node.ordered, _FIELDS_OF[inner],
                         node.weight, path)
        refs = self._compile_leaf(w, node, path, scope, leaves)
        if len(refs) == 1 and not _is_reference(node):
            return refs[0]
        name = node.list_ if isinstance(node, ListRef) else str(node)[1:]
        return _AnyOf(f"@{name}", refs, path)

    def _compile_side(self, w: Watchlist, side: object, path: str, scope: Scope, leaves: set[int],
                      ) -> list[_Ref]:
        items = side if isinstance(side, list) else [side]
        return [ref for i, item in enumerate(items)
                for ref in self._compile_leaf(w, item, f"{path}[{i}]" if isinstance(side, list) else path,
                                              scope, leaves)]

    def _compile_leaf(self, w: Watchlist, leaf: object, path: str, scope: Scope, leaves: set[int],
                      factor: float = 1.0) -> list[_Ref]:
        """A term as _Refs: one for a term, one per list item for a list reference."""
        if _is_reference(leaf):
            name = leaf.list_ if isinstance(leaf, ListRef) else str(leaf)[1:]
            inner = (leaf.scope if isinstance(leaf, ListRef) else None) or scope
            factor *= leaf.weight if isinstance(leaf, ListRef) else 1.0
            return [ref for i, item in enumerate(w.lists[name])
                    for ref in self._compile_leaf(w, item, f"lists.{name}[{i}]", inner, leaves, factor)]
        spec = Phrase.model_validate({"term": leaf}) if isinstance(leaf, str) else leaf
        assert isinstance(spec, Phrase | Lemma | Regex)
        leaf_id, label, kind = self._leaf_for(spec, w.languages)
        label = spec.label or label
        leaves.add(leaf_id)
        return [_Ref(leaf_id, label, _FIELDS_OF[spec.scope or scope], spec.weight * factor, path, kind)]

    def _leaf_for(self, spec: Phrase | Lemma | Regex, languages: Sequence[str]) -> tuple[int, str, str]:
        if isinstance(spec, Phrase):
            key: tuple[object, ...] = ("term", spec.term.strip(), spec.case_sensitive)
            label, kind = spec.term.strip(), "term"
        elif isinstance(spec, Lemma):
            langs = (spec.lang,) if spec.lang else tuple(languages)
            key, label, kind = ("lemma", spec.lemma.strip(), langs), f"lemma:{spec.lemma.strip()}", "lemma"
        else:
            key, label, kind = ("regex", spec.regex, spec.case_sensitive), f"regex:{spec.regex}", "regex"
        if key not in self._leaf_ids:
            leaf = _Leaf(len(self._leaves), label)
            self._leaves.append(leaf)
            self._leaf_ids[key] = leaf.id
            self._add_patterns(leaf, spec, languages)
        return self._leaf_ids[key], label, kind

    def _add_patterns(self, leaf: _Leaf, spec: Phrase | Lemma | Regex, languages: Sequence[str]) -> None:
        if isinstance(spec, Regex):
            flags = 0 if spec.case_sensitive else re.IGNORECASE
            leaf.regex, leaf.on_source = re.compile(spec.regex, flags), True
            self._regex_leaves.append(leaf)
        elif isinstance(spec, Lemma):
            for forms in expand_lemma(spec.lemma, [spec.lang] if spec.lang else languages):
                self._add_pattern(leaf.id, tuple(forms), False, False, None)
        else:
            form = read_phrase(spec.term)
            if form.pattern:
                leaf.regex, leaf.literal = re.compile(form.pattern), form.literal
                self._regex_leaves.append(leaf)
                return
            case = tuple(words(_strip_wildcards(spec.term), keep_case=True)) if spec.case_sensitive else None
            self._add_pattern(leaf.id, form.words, form.open_start, form.open_end, case)

    def _add_pattern(self, leaf: int, found: tuple[str, ...], open_start: bool, open_end: bool,
                     case: tuple[str, ...] | None) -> None:
        pattern = ("" if open_start else " ") + " ".join(found) + ("" if open_end else " ")
        if pattern not in self._pattern_ids:
            self._pattern_ids[pattern] = len(self._entries)
            self._entries.append([])
        self._entries[self._pattern_ids[pattern]].append((leaf, len(found), open_start, open_end, case))

    # -- reading an article ---------------------------------------------------------------------------------

    def _occurrences(self, fields: Sequence[_Field]) -> dict[int, list[Occurrence]]:
        occ: dict[int, list[Occurrence]] = defaultdict(list)
        for index, fld in enumerate(fields):
            if not fld.words:
                continue
            if self._automaton is not None:
                matches = self._automaton.find_matches_as_indexes(fld.line, overlapping=True)
                for pattern, start, _end in matches:
                    for leaf, count, open_start, open_end, case in self._entries[pattern]:
                        first = fld.first_word(start, open_start)
                        if case is None or _case_holds([fld.raw_word(i) for i in range(first, first + count)],
                                                       case, open_start, open_end):
                            occ[leaf].append((index, first, first + count - 1))
            for leaf_spec in self._regex_leaves:
                self._regex_occurrences(leaf_spec, index, fld, occ)
        return occ

    @staticmethod
    def _regex_occurrences(leaf: _Leaf, index: int, fld: _Field, occ: dict[int, list[Occurrence]]) -> None:
        assert leaf.regex is not None
        if leaf.literal and leaf.literal not in fld.line:
            return
        target = fld.source if leaf.on_source else fld.line
        for m in leaf.regex.finditer(target):
            span = fld.source_range(*m.span()) if leaf.on_source else fld.line_range(*m.span())
            if span is not None:
                occ[leaf.id].append((index, *span))

    def _read(self, article: Article) -> tuple[list[_Field], dict[int, list[Occurrence]]]:
        fields = [_Field(article.title or ""), _Field(article.text or "")]
        return fields, self._occurrences(fields)

    # -- matching -------------------------------------------------------------------------------------------

    def match(self, article: Article) -> list[Hit]:
        """The hits of every enabled watchlist on this article, most urgent first."""
        fields, occ = self._read(article)
        candidates: set[int] = set()
        for leaf in occ:
            candidates |= self._leaf_watchlists[leaf]
        hits = []
        for index in sorted(candidates):
            compiled = self._compiled[index]
            if compiled.watchlist.enabled:
                explanation = self._evaluate(compiled, fields, occ)
                if explanation.hit is not None:
                    hits.append(explanation.hit)
        return sorted(hits, key=lambda h: (-h.priority, -h.score, h.watchlist))

    def explain(self, article: Article) -> list[Explanation]:
        """For every watchlist (disabled ones too): matched or not, and which groups and terms held."""
        fields, occ = self._read(article)
        return [self._evaluate(compiled, fields, occ, explain=True) for compiled in self._compiled]

    def _evaluate(self, compiled: _Compiled, fields: list[_Field], occ: dict[int, list[Occurrence]],
                  explain: bool = False) -> Explanation:
        w = compiled.watchlist
        found: dict[str, _Found] = {}
        evaluation = _Evaluation(fields, occ, found)
        if explain:
            tree = evaluation.node(compiled.root, positive=True)
            held = tree.satisfied
        else:
            tree, held = _NOT_EXPLAINED, evaluation.holds(compiled.root, positive=True)
        hit = None
        if not held:
            reason = "the query does not hold"
        elif len(found) < w.min_hits:
            reason = f"{len(found)} distinct term(s) found, min_hits is {w.min_hits}"
        else:
            hit = _make_hit(w, fields, found)
            reason = f"{len(found)} distinct term(s): {', '.join(hit.terms)}; score {hit.score:g}"
        return Explanation(w.name, w.enabled, hit is not None, reason, tree, hit)


class _Evaluation:
    """Evaluates one watchlist's query tree over an article's occurrences, noting the positive terms found."""

    def __init__(self, fields: list[_Field], occ: dict[int, list[Occurrence]], found: dict[str, _Found],
                 ) -> None:
        self.fields, self.occ, self.found = fields, occ, found

    def holds(self, node: _Node, positive: bool) -> bool:
        """Whether ``node`` holds (the quick way, for ``match``: no explanation tree)."""
        if isinstance(node, _Ref):
            occurrences = self.occurrences(node)
            if occurrences and positive:
                self.note(node.label, node.weight, occurrences)
            return bool(occurrences)
        if isinstance(node, _AnyOf):
            return sum(self.holds(ref, positive) for ref in node.refs) > 0
        if isinstance(node, _Near):
            pairs = self.pairs(node)
            if pairs and positive:
                self.note(node.label, node.weight, pairs)
            return bool(pairs)
        held = True
        if node.all_:  # every item is evaluated, not only up to the first failure: the hit lists all terms found
            held = sum(self.holds(item, positive) for item in node.all_) == len(node.all_)
        if node.any_:
            held = sum(self.holds(item, positive) for item in node.any_) >= node.at_least and held
        if node.none_ and held:
            held = not any(self.holds(item, False) for item in node.none_)
        return held

    def node(self, node: _Node, positive: bool) -> NodeResult:
        if isinstance(node, _Group):
            return self.group(node, positive)
        if isinstance(node, _Near):
            return self.near(node, positive)
        if isinstance(node, _AnyOf):
            children = tuple(self.ref(ref, positive) for ref in node.refs)
            held = [c for c in children if c.satisfied]
            return NodeResult(node.path, "list", node.label, bool(held),
                              tuple(dict.fromkeys(f for c in held for f in c.found)), tuple(held))
        return self.ref(node, positive)

    def occurrences(self, ref: _Ref) -> list[Occurrence]:
        found = self.occ.get(ref.leaf, [])
        return found if len(ref.fields) == 2 or not found else [o for o in found if o[0] in ref.fields]

    def ref(self, ref: _Ref, positive: bool) -> NodeResult:
        occurrences = self.occurrences(ref)
        if occurrences and positive:
            self.note(ref.label, ref.weight, occurrences)
        return NodeResult(ref.path, ref.kind, ref.label, bool(occurrences), self.surface(occurrences))

    def group(self, node: _Group, positive: bool) -> NodeResult:
        parts = []
        held = True
        for key, items in (("all", node.all_), ("any", node.any_), ("none", node.none_)):
            if not items:
                continue
            children = tuple(self.node(item, positive and key != "none") for item in items)
            count = sum(c.satisfied for c in children)
            if key == "all":
                ok, note = count == len(items), f"{count} of {len(items)} hold, all needed"
            elif key == "any":
                ok, note = count >= node.at_least, f"{count} of {len(items)} hold, {node.at_least} needed"
            else:
                ok, note = count == 0, f"{count} of {len(items)} hold, none allowed"
            held = held and ok
            parts.append(NodeResult(f"{node.path}.{key}", key, "", ok, (), children, note))
        if len(parts) == 1:
            return parts[0]
        return NodeResult(node.path, "group", "", held, (), tuple(parts))

    def sides(self, node: _Near) -> list[list[Occurrence]]:
        return [[o for ref in side for o in self.occurrences(ref) if o[0] in node.fields] for side in node.sides]

    def pairs(self, node: _Near) -> list[Occurrence]:
        """Each place where the two sides are within reach: (field, first word, last word)."""
        first, second = self.sides(node)
        if not first or not second:
            return []
        pairs = []
        for (fa, a0, a1), (fb, b0, b1) in itertools.product(first, second):
            if fa != fb:
                continue
            if a1 < b0 <= a1 + node.within:
                pairs.append((fa, a0, b1))
            elif not node.ordered and b1 < a0 <= b1 + node.within:
                pairs.append((fa, b0, a1))
        return pairs

    def near(self, node: _Near, positive: bool) -> NodeResult:
        sides, pairs = self.sides(node), self.pairs(node)
        if pairs and positive:
            self.note(node.label, node.weight, pairs)
        note = "" if pairs else (f"sides found {len(sides[0])} and {len(sides[1])} times, never within "
                                 f"{node.within} words{' in order' if node.ordered else ''}")
        return NodeResult(node.path, "near", node.label, bool(pairs), self.surface(pairs), (), note)

    def note(self, label: str, weight: float, occurrences: list[Occurrence]) -> None:
        entry = self.found.setdefault(label, _Found(label, weight))
        entry.occurrences += [o for o in occurrences if o not in entry.occurrences]

    def surface(self, occurrences: list[Occurrence]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for index, first, last in occurrences:
            seen[" ".join(self.fields[index].words[first:last + 1])] = None
        return tuple(seen)


def _make_hit(w: Watchlist, fields: list[_Field], found: dict[str, _Found]) -> Hit:
    ordered = sorted(found.values(), key=lambda f: (-f.weight, min(f.occurrences)))  # weightiest first
    score = sum(f.weight * (w.title_weight if any(o[0] == TITLE for o in f.occurrences) else 1.0)
                for f in ordered)
    snippets = [fields[i].snippet(first, last) for i, first, last in _snippet_places(ordered)]
    words_found = {f.label: sorted({" ".join(fields[i].words[a:b + 1]) for i, a, b in f.occurrences})
                   for f in ordered}
    return Hit(
        watchlist=w.name,
        terms=tuple(f.label for f in ordered),
        snippets=tuple(snippets),
        score=round(score, 3),
        routes=tuple(w.routes),
        priority=w.priority,
        details={"file": w.source, "words": words_found,
                 "title_terms": [f.label for f in ordered if any(o[0] == TITLE for o in f.occurrences)]},
    )


def _snippet_places(ordered: list[_Found]) -> list[Occurrence]:
    """Where to show the hit: passages of the weightiest terms (context terms of less than half the top
    weight are left out), in the text rather than the title (the alert shows the title anyway), each
    passage once: first one passage per term, then further passages of the same terms."""
    top = ordered[0].weight
    eligible = [f for f in ordered if f.weight >= top / 2]
    first_pass = [min([o for o in f.occurrences if o[0] == TEXT] or f.occurrences) for f in eligible]
    second_pass = [o for f in eligible for o in sorted(f.occurrences) if o[0] == TEXT]
    places: list[Occurrence] = []
    for place in first_pass + second_pass:
        if not any(p[0] == place[0] and abs(p[1] - place[1]) < SNIPPET_WORDS_APART for p in places):
            places.append(place)
        if len(places) == SNIPPETS_PER_HIT:
            break
    return places


def _case_holds(raw: list[str], expected: tuple[str, ...], open_start: bool, open_end: bool) -> bool:
    if len(raw) != len(expected):
        return False
    last = len(expected) - 1
    for i, (got, want) in enumerate(zip(raw, expected, strict=True)):
        start_open, end_open = open_start and i == 0, open_end and i == last
        if start_open and end_open:
            ok = want in got
        elif start_open:
            ok = got.endswith(want)
        elif end_open:
            ok = got.startswith(want)
        else:
            ok = got == want
        if not ok:
            return False
    return True


def _is_reference(leaf: object) -> bool:
    return isinstance(leaf, ListRef) or (isinstance(leaf, str) and leaf.startswith("@"))


def _strip_wildcards(term: str) -> str:
    return term.strip().strip("*")


def _leaf_label(leaf: object) -> str:
    if isinstance(leaf, ListRef):
        return f"@{leaf.list_}"
    if isinstance(leaf, Phrase):
        return leaf.term.strip()
    if isinstance(leaf, Lemma):
        return f"lemma:{leaf.lemma.strip()}"
    if isinstance(leaf, Regex):
        return f"regex:{leaf.regex}"
    return str(leaf).strip()


def _side_label(side: object) -> str:
    if not isinstance(side, list):
        return _leaf_label(side)
    labels = [_leaf_label(leaf) for leaf in side]
    if len(labels) == 1:
        return labels[0]
    return "(" + "|".join(labels[:4]) + ("|…" if len(labels) > 4 else "") + ")"
