"""The watchlist language: what analysts write in watchlists/*.yaml, how it is read, checked and reloaded.

One watchlist per file; named term lists shared by all watchlists live in ``watchlists/lists.yaml``. Every
error names file:line:column and the key, and says what was expected (see docs/watchlists.md).

    load_watchlists(dir) --> [Watchlist] --Matcher(...)--> match(article) -> [Hit]
    WatchlistRegistry(dir): the current good Matcher, re-read when the files change

The text model lives here too, because terms and articles must be read the same way: NFKC, case folding,
a few script-specific folds (Arabic/Persian letter variants, diacritics, ё), then split into words.
Punctuation separates words; a phrase is its words one after another.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, PrivateAttr, Tag

from monitor.errors import ConfigError
from monitor.yamlconf import Marks, load_model, parse_yaml, position, read_text

if TYPE_CHECKING:
    from monitor.match import Matcher

log = logging.getLogger("monitor.watchlist")

LISTS_FILE_NAMES = ("lists.yaml", "lists.yml")
SEED_DIR = Path(__file__).resolve().parent / "data" / "seed"
MAX_LEMMA_FORMS = 500

# ---------------------------------------------------------------------------------------------------------
# The text model


def _mark_ranges() -> str:
    """A regex character class body holding every combining mark of the BMP (they belong to their word)."""
    marks = [c for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M")]
    out = []
    for _, run in itertools.groupby(enumerate(marks), key=lambda pair: pair[1] - pair[0]):
        codes = [code for _, code in run]
        out.append(f"\\u{codes[0]:04x}-\\u{codes[-1]:04x}" if len(codes) > 1 else f"\\u{codes[0]:04x}")
    return "".join(out)


WORD = re.compile(rf"[\w{_mark_ranges()}]+")

_FOLD_TABLE: dict[int, int | None] = {
    0x064A: 0x06CC, 0x0649: 0x06CC,  # Arabic yeh, alef maksura -> Persian yeh
    0x0643: 0x06A9,  # Arabic kaf -> Persian keheh
    0x0623: 0x0627, 0x0625: 0x0627, 0x0622: 0x0627, 0x0671: 0x0627,  # alef variants -> alef
    0x0451: 0x0435,  # ё -> е
    0x0640: None, 0x00AD: None,  # tatweel, soft hyphen
    **{code: None for code in range(0x064B, 0x0660)},  # Arabic harakat
    0x0670: None,
    **{0x0660 + d: 0x30 + d for d in range(10)},  # Arabic-Indic digits
    **{0x06F0 + d: 0x30 + d for d in range(10)},  # Persian digits
}


_FOLDED_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD_TABLE) + "]")


def fold(text: str) -> str:
    """The form every comparison is made in: NFKC, case-folded, script variants unified."""
    if text.isascii():
        return text.lower()
    return _unify(unicodedata.normalize("NFKC", text).casefold())


def fold_keeping_case(text: str) -> str:
    """As ``fold`` but keeping letter case: what case-sensitive terms are compared with."""
    if text.isascii():
        return text
    return _unify(unicodedata.normalize("NFKC", text))


def _unify(text: str) -> str:
    """Script variants unified; ``translate`` is slow, so only when one of its characters is there."""
    return text.translate(_FOLD_TABLE) if _FOLDED_CHARS.search(text) else text


def words(text: str, *, keep_case: bool = False) -> list[str]:
    """The folded words of a piece of text."""
    return WORD.findall(fold_keeping_case(text) if keep_case else fold(text))


# ---------------------------------------------------------------------------------------------------------
# The YAML model

Scope = Literal["title", "text", "both"]
_STRICT = ConfigDict(extra="forbid", populate_by_name=True)


class _TermOptions(BaseModel):
    model_config = _STRICT
    scope: Scope | None = Field(None, description="Where to look: title, text or both (default: inherited).")
    weight: float = Field(1.0, gt=0, description="How much this term adds to the hit's score.")
    label: str | None = Field(None, description="Name shown in hits and explanations instead of the term.")


class Phrase(_TermOptions):
    """A word or phrase; ``*`` at the start or end of a word is a wildcard, a lone ``*`` is any one word."""

    term: str = Field(min_length=1, description="Word or phrase, e.g. 'ratif*' or 'arms deliveries'.")
    case_sensitive: bool = Field(False, description="Match letter case exactly (IRGC, OFAC, US).")


class Lemma(_TermOptions):
    """Every inflected form of a word (ratify: ratified, ratifies, ratifying), from simplemma's lexicons."""

    lemma: str = Field(min_length=1, description="Dictionary form of a word or of each word of a phrase.")
    lang: str | None = Field(None, description="Language code (en, ru, fa, ar...); default: the watchlist's.")


class Regex(_TermOptions):
    """A Python regular expression over the article text as published: the escape hatch."""

    regex: str = Field(min_length=1, description="Python regular expression (re module syntax).")
    case_sensitive: bool = Field(False, description="Match letter case exactly (default: ignore case).")


class ListRef(BaseModel):
    """Any term of a named list (also written as the string ``@name``)."""

    model_config = _STRICT
    list_: str = Field(alias="list", description="Name of a list from lists.yaml or this file's lists.")
    scope: Scope | None = Field(None, description="Where to look: title, text or both (default: inherited).")
    weight: float = Field(1.0, gt=0, description="Multiplies the weight of each of the list's terms.")


def _leaf_kind(value: Any) -> str | None:
    if isinstance(value, str):
        return "tagged-string"
    if isinstance(value, dict):
        for key in ("term", "lemma", "regex", "list"):
            if key in value:
                return f"tagged-{key}"
        return None
    kinds: dict[type, str] = {Phrase: "tagged-term", Lemma: "tagged-lemma", Regex: "tagged-regex",
                              ListRef: "tagged-list"}
    return kinds.get(type(value))


_LEAF_EXPECTED = "expected a term: a string, or a mapping with one of the keys term, lemma, regex, list"
Leaf = Annotated[
    Annotated[str, Tag("tagged-string")]
    | Annotated[Phrase, Tag("tagged-term")]
    | Annotated[Lemma, Tag("tagged-lemma")]
    | Annotated[Regex, Tag("tagged-regex")]
    | Annotated[ListRef, Tag("tagged-list")],
    Discriminator(_leaf_kind, custom_error_type="term", custom_error_message=_LEAF_EXPECTED),
]


class Near(BaseModel):
    """Proximity: a term of the first side within ``within`` words of a term of the second."""

    model_config = _STRICT
    near: list[Leaf | list[Leaf]] = Field(
        min_length=2, max_length=2, description="Two sides; each a term or a list of terms (any of them).")
    within: int = Field(5, ge=1, le=1000,
                        description="Greatest distance in words (adjacent words are 1 apart).")
    ordered: bool = Field(False, description="The first side must come before the second.")
    scope: Scope | None = Field(None, description="Where to look: title, text or both (default: inherited).")
    weight: float = Field(1.0, gt=0, description="How much this proximity adds to the hit's score.")
    label: str | None = Field(None, description="Name shown in hits and explanations, e.g. 'sanctions lifted'.")


class Group(BaseModel):
    """Boolean group: every ``all`` item, at least ``at_least`` ``any`` items, and no ``none`` item."""

    model_config = _STRICT
    all_: list[Node] = Field(default_factory=list, alias="all", description="Every item must match.")
    any_: list[Node] = Field(default_factory=list, alias="any",
                             description="At least `at_least` items must match.")
    none_: list[Node] = Field(default_factory=list, alias="none", description="No item may match.")
    at_least: int = Field(1, ge=1, description="How many distinct `any` items must match (default 1).")
    scope: Scope | None = Field(None, description="Default scope of the terms inside.")


def _node_kind(value: Any) -> str | None:
    if (isinstance(value, dict) and "near" in value) or isinstance(value, Near):
        return "tagged-near"
    if (isinstance(value, dict) and value.keys() & {"all", "any", "none"}) or isinstance(value, Group):
        return "tagged-group"
    return _leaf_kind(value)


Node = Annotated[
    Annotated[str, Tag("tagged-string")]
    | Annotated[Phrase, Tag("tagged-term")]
    | Annotated[Lemma, Tag("tagged-lemma")]
    | Annotated[Regex, Tag("tagged-regex")]
    | Annotated[ListRef, Tag("tagged-list")]
    | Annotated[Near, Tag("tagged-near")]
    | Annotated[Group, Tag("tagged-group")],
    Discriminator(_node_kind, custom_error_type="query", custom_error_message=(
        "expected a term (a string, or a mapping with one of the keys term, lemma, regex, list), "
        "a proximity (near) or a group (all, any, none)")),
]
Group.model_rebuild()

ListItem = Annotated[
    Annotated[str, Tag("tagged-string")]
    | Annotated[Phrase, Tag("tagged-term")]
    | Annotated[Lemma, Tag("tagged-lemma")]
    | Annotated[Regex, Tag("tagged-regex")],
    Discriminator(_leaf_kind, custom_error_type="term", custom_error_message=(
        "expected a term: a string, or a mapping with one of the keys term, lemma, regex")),
]
ListName = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]+$")]


class Example(BaseModel):
    """An example article given as title and text."""

    model_config = _STRICT
    title: str = ""
    text: str = ""


class Examples(BaseModel):
    """Texts the watchlist must and must not match. A string is a text, ``seed:NAME`` a seed document,
    ``file:PATH`` a file relative to the watchlist."""

    model_config = _STRICT
    should_match: list[str | Example] = Field(default_factory=list)
    should_not_match: list[str | Example] = Field(default_factory=list)


class Watchlist(BaseModel):
    """One analyst-written watchlist (one YAML file)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, title="Watchlist")
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$",
                      description="Unique name: lowercase letters, digits, - and _.")
    description: str = Field("", description="What the watchlist is for, in a sentence.")
    enabled: bool = Field(True, description="A disabled watchlist is loaded and checked but never alerts.")
    priority: int = Field(0, description="Higher is more urgent; alerts and hits are ordered by it.")
    routes: list[str] = Field(default_factory=lambda: ["default"], min_length=1,
                              description="Where its alerts go (notification routes).")
    languages: list[str] = Field(default_factory=lambda: ["en"], min_length=1,
                                 description="Languages of lemma terms (simplemma codes: en, ru, fa, ar...).")
    scope: Scope = Field("both", description="Default scope of every term.")
    title_weight: float = Field(2.0, ge=0, description="Score multiplier of a term found in the title.")
    min_hits: int = Field(1, ge=1, description="Minimum number of distinct terms that must be found.")
    lists: dict[ListName, list[ListItem]] = Field(
        default_factory=dict, description="Named term lists used in this file (shared ones: lists.yaml).")
    query: Node = Field(description="What to look for: a term, a proximity, or a group of all/any/none.")
    examples: Examples = Field(default_factory=Examples, description="Texts it must and must not match.")

    _source: str | None = PrivateAttr(None)

    @property
    def source(self) -> str | None:
        """The file this watchlist was read from."""
        return self._source


class ListsFile(BaseModel):
    """watchlists/lists.yaml: named term lists that every watchlist can use as ``@name``."""

    model_config = ConfigDict(extra="forbid", title="Watchlist term lists")
    lists: dict[ListName, list[ListItem]] = Field(default_factory=dict)


# ---------------------------------------------------------------------------------------------------------
# Reading terms: shared with the matcher


@dataclass(frozen=True)
class PhraseForm:
    """How a phrase is looked for: its folded words, whether its first word may have anything before it
    (``*tion``) and its last anything after it (``ratif*``), and a regular expression over the word line
    when a wildcard sits inside (``lift* sanctions``, ``sanctions on * iran``)."""

    words: tuple[str, ...]
    open_start: bool
    open_end: bool
    pattern: str | None = None
    literal: str = ""  # the longest literal word: the pattern is only tried when the text contains it


def read_phrase(term: str) -> PhraseForm:
    """Read a phrase term; ValueError (with a message for the analyst) when it has no words."""
    parts = term.split()
    if not parts:
        raise ValueError(f"term {term!r} is empty")
    open_start = parts[0].startswith("*") and parts[0] != "*"
    open_end = parts[-1].endswith("*") and parts[-1] != "*"
    parts[0] = parts[0][1:] if open_start else parts[0]
    parts[-1] = parts[-1][:-1] if open_end else parts[-1]
    if not any("*" in p for p in parts):
        found = words(" ".join(parts))
        if not found:
            raise ValueError(f"term {term!r} has no words to match (letters or digits)")
        return PhraseForm(tuple(found), open_start, open_end, None, max(found, key=len))
    pieces, literals = [], []
    for part in parts:
        if part == "*":
            pieces.append("[^ ]+")
            continue
        chunks = []
        for chunk in part.split("*"):
            found = words(chunk)
            literals += found
            chunks.append(" ".join(re.escape(w) for w in found))
        pieces.append("[^ ]*".join(chunks))
    if not literals:
        raise ValueError(f"term {term!r} has no words to match (letters or digits)")
    pattern = ("[^ ]*" if open_start else "(?<= )") + " ".join(pieces) + ("[^ ]*" if open_end else "(?= )")
    return PhraseForm(tuple(literals), open_start, open_end, pattern, max(literals, key=len))


_LEMMA_FORMS: dict[tuple[str, str], frozenset[str]] = {}  # (lang, folded lemma) -> folded forms


def lemma_forms(lemma: str, lang: str) -> frozenset[str]:
    """Every inflected form simplemma knows for ``lemma`` (folded), the lemma itself included."""
    target = fold(lemma)
    if lang not in lemma_languages():
        raise ValueError(f"no lemma lexicon for language {lang!r}")
    if (lang, target) not in _LEMMA_FORMS:
        prepare_lemmas([(target, lang)])
    return _LEMMA_FORMS[(lang, target)]


def prepare_lemmas(pairs: Iterable[tuple[str, str]]) -> None:
    """Look up the forms of every (lemma, lang) not known yet: one pass over each language's lexicon.

    Only the forms asked for are kept (simplemma keeps its own lexicon cached: about 25 MB for English).
    """
    missing: dict[str, set[str]] = {}
    for lemma, lang in pairs:
        if (lang, fold(lemma)) not in _LEMMA_FORMS and lang in lemma_languages():
            missing.setdefault(lang, set()).add(fold(lemma))
    for lang, targets in missing.items():
        found = _scan_lexicon(lang, targets)
        for target in targets:
            _LEMMA_FORMS[(lang, target)] = frozenset({target, *found.get(target, ())})


def _scan_lexicon(lang: str, targets: set[str]) -> dict[str, set[str]]:
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    lexicon = DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)
    out: dict[str, set[str]] = {}
    raw = getattr(lexicon, "_dict", None)  # bytes->bytes behind the str view: far faster to walk
    if isinstance(raw, dict):
        # lexicon lemmas keep their case (German nouns are capitalised): look for both
        wanted = {variant.encode(): t for t in targets for variant in (t, t.capitalize())}
        for form, lemma in raw.items():
            if lemma in wanted and b" " not in form:
                out.setdefault(wanted[lemma], set()).add(fold(form.decode()))
        return out
    for text_form, text_lemma in lexicon.items():
        if fold(text_lemma) in targets and " " not in text_form:
            out.setdefault(fold(text_lemma), set()).add(fold(text_form))
    return out


def lemma_pairs(node: Any, languages: Sequence[str]) -> set[tuple[str, str]]:
    """Every (word, lang) that the lemma terms under ``node`` (a query, a list, a list of them) need."""
    if isinstance(node, Lemma):
        return {(w, lang) for w in words(node.lemma) for lang in ([node.lang] if node.lang else languages)}
    if isinstance(node, Group):
        return set().union(*(lemma_pairs(n, languages) for n in (*node.all_, *node.any_, *node.none_)))
    if isinstance(node, Near):
        return set().union(*(lemma_pairs(side, languages) for side in node.near))
    if isinstance(node, list):
        return set().union(*(lemma_pairs(n, languages) for n in node))
    return set()


def lemma_languages() -> frozenset[str]:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return frozenset(SUPPORTED_LANGUAGES)


def expand_lemma(lemma: str, langs: Sequence[str]) -> list[list[str]]:
    """Every word sequence a lemma phrase stands for: the product of each word's forms in ``langs``."""
    per_word = []
    for word in words(lemma):
        forms: set[str] = set()
        for lang in langs:
            forms |= lemma_forms(word, lang)
        per_word.append(sorted(forms))
    combos = list(itertools.islice(itertools.product(*per_word), MAX_LEMMA_FORMS + 1))
    if len(combos) > MAX_LEMMA_FORMS:
        raise ValueError(f"lemma {lemma!r} expands to more than {MAX_LEMMA_FORMS} phrases; narrow it")
    return [list(c) for c in combos]


# ---------------------------------------------------------------------------------------------------------
# Loading


def _parse(path: Path) -> tuple[Any, Marks]:
    """parse_yaml, with a hint for the YAML mistake analysts make most: an unquoted ``*term`` or ``@list``."""
    try:
        return parse_yaml(read_text(path), str(path))
    except ConfigError as exc:
        if "alias" in exc.reason or "'@'" in exc.reason:
            raise ConfigError(exc.reason + " (a term that starts with * or @ must be quoted: '*tion', '@russia')",
                              file=exc.file, line=exc.line, column=exc.column, key=exc.key) from None
        raise


def load_lists_file(path: Path) -> dict[str, list[Any]]:
    """Read lists.yaml; an absent file is no lists."""
    if not path.exists():
        return {}
    data, marks = _parse(path)
    model = load_model(ListsFile, data if data is not None else {}, marks, str(path))
    _Checker(str(path), marks, model.lists, ["en"]).check_lists(model.lists, ("lists",))
    return dict(model.lists)


def load_watchlist_file(path: Path, lists: dict[str, list[Any]] | None = None) -> Watchlist:
    """Read and check one watchlist file. ``lists`` are the shared lists (default: lists.yaml beside it)."""
    if lists is None:
        lists = {}
        for name in LISTS_FILE_NAMES:
            lists.update(load_lists_file(path.parent / name))
    file = str(path)
    data, marks = _parse(path)
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping with at least the keys name and query",
                          file=file, line=1, column=1)
    _check_top_level_keys(data, marks, file)
    try:
        watchlist = load_model(Watchlist, data, marks, file)
    except ConfigError as exc:
        raise _with_spelling_hint(exc) from None
    for name in watchlist.lists:
        if name in lists:
            line, col = position(marks, ("lists", name, "__key__"))
            raise ConfigError(f"list {name!r} is already defined in lists.yaml; give it another name",
                              file=file, line=line, column=col, key=f"lists.{name}")
    merged = {**lists, **watchlist.lists}
    prepare_lemmas(lemma_pairs([watchlist.query, *merged.values()], watchlist.languages))
    checker = _Checker(file, marks, merged, watchlist.languages)
    checker.check_lists(watchlist.lists, ("lists",))
    checker.check_query(watchlist.query, ("query",))
    checker.check_examples(watchlist.examples, path.parent)
    loaded = watchlist.model_copy(update={"lists": merged})
    loaded._source = file
    return loaded


def _model_keys() -> list[str]:
    models: list[type[BaseModel]] = [Phrase, Lemma, Regex, ListRef, Near, Group, Examples, Example]
    return sorted({f.alias or name for model in models for name, f in model.model_fields.items()})


def _with_spelling_hint(exc: ConfigError) -> ConfigError:
    """yamlconf says "unknown key"; say which key was probably meant."""
    if not exc.reason.startswith("unknown key") or not exc.key:
        return exc
    last = re.split(r"[.\[]", exc.key)[-1]
    close = difflib.get_close_matches(last, _model_keys(), n=1)
    if not close:
        return exc
    reason = f"unknown key {last!r} (did you mean {close[0]!r}?)" + exc.reason.partition(")")[2]
    return ConfigError(reason, file=exc.file, line=exc.line, column=exc.column, key=exc.key)


def _check_top_level_keys(data: dict[str, Any], marks: Marks, file: str) -> None:
    """A misspelt key first: it is usually why a required one is "missing"."""
    known = [f.alias or name for name, f in Watchlist.model_fields.items()]
    for key in data:
        if key not in known:
            line, col = position(marks, (key, "__key__"))
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ConfigError(f"unknown key ({hint}expected one of: {', '.join(known)})",
                              file=file, line=line, column=col, key=str(key))


def watchlist_files(directory: Path) -> list[Path]:
    """The watchlist files of a directory, in name order (lists.yaml and hidden files left out)."""
    if not directory.is_dir():
        raise ConfigError("watchlist directory not found", file=str(directory))
    return sorted(p for p in directory.iterdir()
                  if p.suffix in (".yaml", ".yml") and p.name not in LISTS_FILE_NAMES
                  and not p.name.startswith((".", "_")) and p.is_file())


def load_watchlists(directory: Path) -> list[Watchlist]:
    """Read every watchlist of ``directory`` and its lists.yaml; raise ConfigError on the first bad file."""
    lists: dict[str, list[Any]] = {}
    for name in LISTS_FILE_NAMES:
        lists.update(load_lists_file(directory / name))
    out: list[Watchlist] = []
    seen: dict[str, str] = {}
    for path in watchlist_files(directory):
        watchlist = load_watchlist_file(path, lists)
        if watchlist.name in seen:
            _, marks = parse_yaml(read_text(path), str(path))
            line, col = position(marks, ("name",))
            raise ConfigError(f"watchlist name {watchlist.name!r} is already used by {seen[watchlist.name]}",
                              file=str(path), line=line, column=col, key="name")
        seen[watchlist.name] = path.name
        out.append(watchlist)
    return out


class _Checker:
    """The checks pydantic cannot make: list references, wildcards, regexes, lemmas, group shapes."""

    def __init__(self, file: str, marks: Marks, lists: dict[str, list[Any]], languages: Sequence[str],
                 ) -> None:
        self.file, self.marks, self.lists, self.languages = file, marks, lists, languages

    def fail(self, message: str, path: tuple[Any, ...]) -> ConfigError:
        line, col = position(self.marks, path)
        key = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in path).replace(".[", "[")
        return ConfigError(message, file=self.file, line=line, column=col, key=key or None)

    def check_lists(self, lists: dict[str, list[Any]], path: tuple[Any, ...]) -> None:
        for name, items in lists.items():
            if not items:
                raise self.fail("a list needs at least one term", (*path, name))
            for i, item in enumerate(items):
                self.check_leaf(item, (*path, name, i), chain=(name,))

    def check_query(self, node: Any, path: tuple[Any, ...]) -> None:
        if not self._has_positive(node):
            raise self.fail("the query needs at least one term outside `none` (it would match everything)",
                            path)
        self.check_node(node, path)

    def _has_positive(self, node: Any) -> bool:
        if isinstance(node, Group):
            return any(self._has_positive(n) for n in (*node.all_, *node.any_))
        return True

    def check_node(self, node: Any, path: tuple[Any, ...]) -> None:
        if isinstance(node, Group):
            self.check_group(node, path)
        elif isinstance(node, Near):
            for i, side in enumerate(node.near):
                for j, leaf in enumerate(side if isinstance(side, list) else [side]):
                    where = (*path, "near", i, j) if isinstance(side, list) else (*path, "near", i)
                    self.check_leaf(leaf, where)
        else:
            self.check_leaf(node, path)

    def check_group(self, group: Group, path: tuple[Any, ...]) -> None:
        if not (group.all_ or group.any_ or group.none_):
            raise self.fail("a group needs items under at least one of all, any, none", path)
        if group.at_least > 1 and group.at_least > len(group.any_):
            raise self.fail(f"at_least is {group.at_least} but `any` has only {len(group.any_)} items",
                            (*path, "at_least"))
        for key, items in (("all", group.all_), ("any", group.any_), ("none", group.none_)):
            for i, item in enumerate(items):
                self.check_node(item, (*path, key, i))

    def check_leaf(self, leaf: Any, path: tuple[Any, ...], chain: tuple[str, ...] = ()) -> None:
        if (isinstance(leaf, str) and leaf.startswith("@")) or isinstance(leaf, ListRef):
            self.check_reference(leaf[1:] if isinstance(leaf, str) else leaf.list_, path, chain)
            return
        try:
            if isinstance(leaf, str | Phrase):
                form = read_phrase(leaf if isinstance(leaf, str) else leaf.term)
                if isinstance(leaf, Phrase) and leaf.case_sensitive and form.pattern:
                    raise ValueError("a case-sensitive term can have wildcards only at its ends; use a regex")
            elif isinstance(leaf, Regex):
                re.compile(leaf.regex)
            elif isinstance(leaf, Lemma):
                self.check_lemma(leaf)
        except re.error as exc:
            raise self.fail(f"invalid regular expression: {exc}", self._key(leaf, path, "regex")) from None
        except ValueError as exc:
            key = "term" if isinstance(leaf, Phrase) else "lemma"
            if isinstance(leaf, Lemma) and leaf.lang and "lexicon" in str(exc):
                key = "lang"
            raise self.fail(str(exc), self._key(leaf, path, key)) from None

    @staticmethod
    def _key(leaf: Any, path: tuple[Any, ...], key: str) -> tuple[Any, ...]:
        return (*path, key) if isinstance(leaf, BaseModel) else path

    def check_reference(self, name: str, path: tuple[Any, ...], chain: tuple[str, ...]) -> None:
        if name not in self.lists:
            known = (f"expected one of: {', '.join(sorted(self.lists))}" if self.lists
                     else "no lists are defined: add it to lists.yaml or to this file's lists")
            raise self.fail(f"unknown list {name!r} ({known})", path)
        if name in chain:
            raise self.fail(f"list {name!r} refers to itself: {' -> '.join((*chain, name))}", path)
        for item in self.lists[name]:
            if isinstance(item, str) and item.startswith("@"):
                self.check_reference(item[1:], path, (*chain, name))

    def check_lemma(self, leaf: Lemma) -> None:
        langs = [leaf.lang] if leaf.lang else list(self.languages)
        unknown = [lang for lang in langs if lang not in lemma_languages()]
        if unknown:
            raise ValueError(f"no lemma lexicon for language {unknown[0]!r} "
                             f"(expected one of: {', '.join(sorted(lemma_languages()))})")
        if not words(leaf.lemma):
            raise ValueError(f"lemma {leaf.lemma!r} has no words")
        forms = expand_lemma(leaf.lemma, langs)
        if len(forms) == 1:
            raise ValueError(f"simplemma knows no other forms of {leaf.lemma!r} in {', '.join(langs)}; "
                             "use a plain term, a wildcard (word*) or list the forms")

    def check_examples(self, examples: Examples, base: Path) -> None:
        for key in ("should_match", "should_not_match"):
            for i, item in enumerate(getattr(examples, key)):
                if isinstance(item, str) and item.startswith(("seed:", "file:")):
                    try:
                        example_text(item, base)
                    except ConfigError as exc:
                        raise self.fail(exc.reason, ("examples", key, i)) from None


def example_text(item: str | Example, base: Path) -> tuple[str, str]:
    """(title, text) of an example: a literal text, ``seed:NAME``, ``file:PATH`` or a title/text mapping."""
    if isinstance(item, Example):
        return item.title, item.text
    if item.startswith("seed:"):
        path = SEED_DIR / item[5:].strip()
        if path.parent != SEED_DIR or not path.is_file():
            known = ", ".join(sorted(p.name for p in SEED_DIR.glob("*.txt")))
            raise ConfigError(f"no seed document {item[5:].strip()!r} (expected one of: {known})")
        return "", path.read_text(encoding="utf-8")
    if item.startswith("file:"):
        path = (base / item[5:].strip()).resolve()
        if not path.is_file():
            raise ConfigError(f"example file not found: {path}")
        return "", path.read_text(encoding="utf-8")
    return "", item


# ---------------------------------------------------------------------------------------------------------
# Hot reload


def _fingerprint(directory: Path) -> dict[str, str]:
    """File name -> content hash of every YAML file the watchlists are made of."""
    out = {}
    for path in sorted(directory.glob("*.y*ml")):
        if path.name.startswith((".", "_")) or not path.is_file():
            continue
        try:
            out[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:  # removed between listing and reading: it is gone
            continue
    return out


class WatchlistRegistry:
    """The watchlists in force: loaded at start (ConfigError if invalid), re-read when their files change.

    An invalid edit is logged with its file:line error and refused; the last good version keeps running.
    """

    def __init__(self, directory: Path) -> None:
        from monitor.match import Matcher

        self.directory = directory
        self._fingerprint = _fingerprint(directory)
        self._watchlists = load_watchlists(directory)
        self._matcher = Matcher(self._watchlists)
        self.last_error: ConfigError | None = None

    @property
    def matcher(self) -> Matcher:
        """The compiled matcher of the last good version of the watchlists."""
        return self._matcher

    @property
    def watchlists(self) -> list[Watchlist]:
        return list(self._watchlists)

    def reload_if_changed(self) -> list[str]:
        """Re-read the watchlists if a file was added, edited or removed; return what changed
        (``added: x.yaml``, ``edited: y.yaml``, ``removed: z.yaml``), or [] if nothing changed or the
        change was refused (then ``last_error`` holds why)."""
        from monitor.match import Matcher

        current = _fingerprint(self.directory) if self.directory.is_dir() else {}
        if current == self._fingerprint:
            return []
        changes = _describe_changes(self._fingerprint, current)
        self._fingerprint = current  # an invalid state is reported once, not on every poll
        try:
            watchlists = load_watchlists(self.directory)
            matcher = Matcher(watchlists)
        except ConfigError as exc:
            self.last_error = exc
            log.error("watchlist change refused (%s), the last good version keeps running: %s",
                      ", ".join(changes), exc)
            return []
        self._watchlists, self._matcher, self.last_error = watchlists, matcher, None
        log.info("watchlists reloaded (%s): %s", ", ".join(changes), ", ".join(w.name for w in watchlists))
        return changes


def _describe_changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    out = [f"added: {n}" for n in sorted(after.keys() - before.keys())]
    out += [f"edited: {n}" for n in sorted(after.keys() & before.keys()) if after[n] != before[n]]
    out += [f"removed: {n}" for n in sorted(before.keys() - after.keys())]
    return out
