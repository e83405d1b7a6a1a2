"""Cheap tests read from a regular expression's parsed form (``re._parser``): the one home of the
analyses that let a costly pattern be skipped or tried only where it can match. Used by the document
stage (chrome lines, headings, report types, dates) and by the extractor (cues, aliases, prefix scans).

* **Required words** (:func:`required_words`): strings one of which every match holds. A text holding
  none of them has no match (:func:`may_occur`, :func:`may_match`, :func:`words_gate`: a few substring
  tests instead of a regex scan, which for patterns with ``.{0,60}`` or a lookbehind first is far
  slower).
* **First characters** (:func:`first_class`, :func:`first_test`, :class:`FirstScan`): the characters a
  match can start with. A pattern that opens with an alternation of groups, a lookbehind or an
  optional part is otherwise tried in full at every position of the text; behind a lookahead of its
  first characters (or tried only where one stands) it finds the same matches.

Every test is necessary, never sufficient: where it passes the pattern itself decides, so a gated
scan finds exactly what the plain scan finds (``tests/test_speed_s1.py``, ``test_speed_s2.py`` and
``test_speed_s3.py`` check this on the corpora for every cue, alias and rule pattern).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from functools import lru_cache
from typing import Any

#: (pattern, flags) of each pattern :func:`first_test` made -> the pattern it tests (compiled, or its
#: text when the pattern was never compiled on its own: :func:`untested` compiles it when asked).
_TESTED: dict[tuple[str, int], re.Pattern | str] = {}

_PARSER: Any = importlib.import_module(
    "re._parser" if importlib.util.find_spec("re._parser") is not None else "sre_parse"
)
#: The flags ``re.compile`` gives a text pattern without inline global flags.
_TEXT_FLAGS = re.compile("").flags
#: Inline global flags opening a pattern (``(?i)``): they change the pattern's flags.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def parsed(rx: re.Pattern) -> Any:
    """The parsed form of *rx* (``re._parser``), or None when it cannot be read."""
    return _parse(rx.pattern, rx.flags)


def _parse(pattern: str, flags: int) -> Any:
    try:
        return _PARSER.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern this analysis cannot read gets no test
        return None


# ---------------------------------------------------------------------- required words
#: Most strings an item's set of exact matches (and so a gate) may hold.
_EXACT_MAX = 128
#: Most characters a class is expanded to.
_CLASS_MAX = 64


def required_words(rx: re.Pattern, tree: Any = None) -> tuple[str, ...] | None:
    """Strings one of which every match of *rx* contains (a cheap necessary test: when none occurs in a
    text, *rx* cannot match in it), read from the parsed pattern; None when no such set is known.

    Runs of items whose matches are a short list (literals, small classes, optional groups,
    alternations of those) are multiplied out (重[点大](建设)?项目: 重点项目, 重大项目, 重点建设项目,
    重大建设项目); the run or item whose strings are the longest (then the fewest) is the gate.
    Lookarounds and anchors read nothing the match holds and are left out.
    """
    if rx.flags & re.IGNORECASE:
        return None
    if tree is None:
        tree = parsed(rx)
    if tree is None:
        return None
    g = _seq_gate(list(tree))[1]
    if g is None:
        return None
    kept = [w for w in g if not any(o != w and o in w for o in g)]
    return tuple(sorted(kept, key=lambda w: (-len(w), w)))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The gate less likely to pass by chance: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return b if kb > ka else a


def _seq_gate(items: list[Any]) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(every string the sequence can match, or None; a gate, or None)."""
    best: frozenset[str] | None = None
    run: frozenset[str] = frozenset({""})
    exact = True
    for op, av in items:
        e, g = _item_gate(str(op), av)
        if e is not None and len(run) * len(e) <= _EXACT_MAX:
            run = frozenset(a + b for a in run for b in e)
            continue
        if "" not in run:
            best = _better(best, run)
        exact = False
        if e is not None:
            run = e
        else:
            run = frozenset({""})
            best = _better(best, g)
    if "" not in run:
        best = _better(best, run)
    return (run if exact else None), best


def _item_gate(name: str, av: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if name == "LITERAL":
        s = frozenset({chr(av)})
        return s, s
    if name == "IN":
        chars: set[str] = set()
        for iop, iav in av:
            iname = str(iop)
            if iname == "LITERAL":
                chars.add(chr(iav))
            elif iname == "RANGE" and iav[1] - iav[0] < _CLASS_MAX:
                chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
            else:
                return None, None  # a negated class, a category, a wide range
        cls = frozenset(chars) if 0 < len(chars) <= _CLASS_MAX else None
        return cls, cls
    if name == "SUBPATTERN":
        if av[1] & re.IGNORECASE:
            return None, None
        return _seq_gate(list(av[-1]))
    if name == "BRANCH":
        parts = [_seq_gate(list(b)) for b in av[1]]
        es = [p[0] for p in parts]
        gs = [p[1] for p in parts]
        union_e = frozenset().union(*[e for e in es if e is not None])
        e_out = union_e if all(e is not None for e in es) and len(union_e) <= _EXACT_MAX else None
        g_out: frozenset[str] | None = frozenset().union(*[g for g in gs if g is not None])
        if any(g is None for g in gs):
            g_out = None
        return e_out, g_out
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        mn, mx, sub = av
        e, g = _seq_gate(list(sub))
        if e is not None and mx <= 1:
            return (e | {""} if mn == 0 else e), (g if mn >= 1 else None)
        return None, (g if mn >= 1 else None)
    if name == "ATOMIC_GROUP":
        return _seq_gate(list(av))
    if name in ("ASSERT", "ASSERT_NOT", "AT"):
        return frozenset({""}), None  # reads, but holds nothing of the match
    return None, None  # any character, a back-reference, a conditional: not known


def may_occur(words: tuple[str, ...] | None, text: str) -> bool:
    """False when none of *words* (:func:`required_words`) occurs in *text*: their cue cannot match there."""
    if words is None:
        return True
    for w in words:
        if w in text:
            return True
    return False


def words_gate(patterns: list[re.Pattern]) -> re.Pattern | None:
    """A regex that finds a word of each of *patterns*' :func:`required_words` (a text where it finds
    none matches none of them), or None when one of them has no required words. Words holding
    another word are left out: the shorter one is found in them."""
    words: set[str] = set()
    for p in patterns:
        req = required_words(p)
        if req is None:
            return None
        words.update(req)
    minimal = sorted(w for w in words if not any(o != w and o in w for o in words))
    return re.compile("|".join(map(re.escape, sorted(minimal, key=lambda w: (len(w), w))))) if minimal else None


#: The most words :func:`may_match` looks for, one by one (more would cost more than most patterns).
_GATE_WORDS = 6


@lru_cache(maxsize=1024)  # the patterns of the data files: a fixed set, fewer
def gate_words(pattern: re.Pattern) -> tuple[str, ...]:
    """:func:`required_words` of *pattern* when there are at most :data:`_GATE_WORDS`, else ()."""
    words = required_words(pattern) or ()
    return tuple(words) if len(words) <= _GATE_WORDS else ()


#: :func:`gate_words` by the pattern's id, with the pattern (so that the id stays its own): looking a
#: compiled pattern up by itself hashes its whole program, a microsecond or two on every call.
_GATES_BY_ID: dict[int, tuple[re.Pattern, tuple[str, ...]]] = {}


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when *text* holds none of the words every match of *pattern* needs (:func:`gate_words`):
    then *pattern* finds nothing in it. True otherwise (it may). For the patterns of the code and the
    data files (a fixed set: each is kept once)."""
    entry = _GATES_BY_ID.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _GATES_BY_ID[id(pattern)] = (pattern, gate_words(pattern))
    for w in entry[1]:
        if w in text:
            return True
    return not entry[1]


# ---------------------------------------------------------------------- a test of the first character
#: The categories a class of first characters may hold (``\\d``, ``\\s``): small sets.
#: A range of this many characters or more (all Chinese characters) is no useful test.
_WIDE = 256
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


def first_test(rx: re.Pattern, tree: Any = None) -> re.Pattern:
    """*rx*, or the same pattern behind a lookahead for the characters its matches can start with
    (``(?=[预计力…])(?:…)``) when the regex engine finds no such test of its own: a pattern that opens
    with an alternation of groups, a lookbehind or an optional part is otherwise tried in full at
    every position of the text. A match consumes its first character, so the lookahead holds
    wherever the pattern matches: the matches, their groups and their names are the same."""
    text = _tested_text(rx.pattern, rx.flags, tree)
    if text is None:
        return rx
    try:
        fast = re.compile(text, rx.flags)
    except re.error:  # an inline global flag, which must open the pattern: left as it is
        return rx
    _TESTED[(fast.pattern, fast.flags)] = rx
    return fast


def _tested_text(pattern: str, flags: int, tree: Any = None) -> str | None:
    """The text :func:`first_test` compiles for the pattern (*pattern*, *flags*), or None when it
    leaves the pattern as it is (*tree*: its parsed form, if read already)."""
    if (pattern, flags) in _TESTED:
        return None  # tested already
    if tree is None:
        tree = _parse(pattern, flags)
    if tree is None or flags & (re.IGNORECASE | re.VERBOSE) or _engine_skips(list(tree)):
        return None  # (a verbose pattern's text does not compose: a comment may run to its end)
    firsts = _firsts(list(tree))
    if firsts is None or firsts[1] or not firsts[0]:
        return None
    return f"(?=[{''.join(sorted(firsts[0]))}])(?:{pattern})"


def untested(rx: re.Pattern) -> re.Pattern:
    """The pattern *rx* tests, if :func:`first_test` or :func:`first_tests` made it; else *rx*."""
    key = (rx.pattern, rx.flags)
    base = _TESTED.get(key, rx)
    if isinstance(base, str):  # compiled once, when first asked for
        base = _TESTED[key] = re.compile(base, rx.flags)
    return base


def first_tests(rx: re.Pattern, branches: list[str]) -> re.Pattern:
    """*rx*, whose top-level alternatives are *branches*, with each alternative behind its own
    first-character test (:func:`first_test`): the text of the pattern then composes as *rx*'s
    does (``[,，]`` + ``A|B`` reads ``[,，]A`` or ``B``, as before)."""
    if len(branches) < 2 or rx.flags & re.VERBOSE:
        return first_test(rx)
    parts = []
    for b in branches:
        try:
            part = re.compile(b, rx.flags)
        except re.error:  # a branch that does not stand alone (a back-reference): left as it is
            return rx
        tested = first_test(part)
        parts.append(tested.pattern if tested is not part else b)
    if parts == branches:
        return rx
    try:
        fast = re.compile("|".join(parts), rx.flags)
    except re.error:
        return rx
    _TESTED[(fast.pattern, fast.flags)] = rx
    return fast


def compile_tested(pattern: str, branches: list[str]) -> re.Pattern:
    """``first_tests(re.compile(pattern), branches)``, compiling only the pattern it returns: each
    alternative is read (parsed) once for its test, never compiled on its own, and *pattern* itself is
    compiled only when no test applies (:func:`untested` compiles it if ever asked for it). Where
    anything is unusual (inline global flags, a text the analysis cannot read, a test that does not
    compile), it does exactly what :func:`first_tests` does."""
    if _GLOBAL_FLAGS.match(pattern):
        return first_tests(re.compile(pattern), branches)
    flags = _TEXT_FLAGS
    texts: list[str | None] = []
    for b in branches if len(branches) >= 2 else [pattern]:
        tree = _parse(b, flags)
        if tree is None:  # a branch that does not stand alone (or a pattern that does not compile)
            return first_tests(re.compile(pattern), branches)
        texts.append(_tested_text(b, flags, tree))
    if all(t is None for t in texts):
        return re.compile(pattern)
    whole = "|".join(b if t is None else t for b, t in zip(branches, texts)) if len(branches) >= 2 else texts[0]
    assert whole is not None
    try:
        fast = re.compile(whole, flags)
    except re.error:
        return first_tests(re.compile(pattern), branches)
    if len(branches) >= 2:
        for b, t in zip(branches, texts):
            if t is not None:  # as first_test registers each alternative it tests
                _TESTED[(t, flags)] = b
    _TESTED[(fast.pattern, fast.flags)] = pattern
    return fast


def _engine_skips(items: list[Any]) -> bool:
    """Whether the regex engine itself skips to the positions where a match can start (the pattern
    opens with a literal, a class, or an alternation whose every branch opens with a literal)."""
    while items:
        name, av = str(items[0][0]), items[0][1]
        if name == "SUBPATTERN":
            items = list(av[-1])
            continue
        if name in ("LITERAL", "IN"):
            return True
        if name == "BRANCH":
            return all(b and str(b[0][0]) == "LITERAL" for b in av[1])
        return False
    return False


def _firsts(items: list[Any]) -> tuple[set[str], bool] | None:
    """(the class items of the characters a match of the sequence can start with, whether it may
    match the empty string), or None when that set is not known or not small."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # reads, consumes nothing
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
            return out, False
        if name == "IN":
            for iop, iav in av:
                iname = str(iop)
                if iname == "LITERAL":
                    out.add(re.escape(chr(iav)))
                elif iname == "RANGE" and iav[1] - iav[0] < _WIDE:
                    out.add(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
                elif iname == "CATEGORY" and str(iav) in _CATEGORIES:
                    out.add(_CATEGORIES[str(iav)])
                else:
                    return None  # a negated class, a wide category
            return out, False
        if name == "SUBPATTERN":
            if av[1] & re.IGNORECASE:
                return None
            sub = _firsts(list(av[-1]))
        elif name == "BRANCH":
            subs = [_firsts(list(b)) for b in av[1]]
            if any(x is None for x in subs):
                return None
            sub = (set().union(*(x[0] for x in subs if x)), any(x[1] for x in subs if x))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            inner = _firsts(list(av[2]))
            sub = None if inner is None else (inner[0], inner[1] or av[0] == 0)
        else:
            return None  # any character, a back-reference, a conditional
        if sub is None:
            return None
        out |= sub[0]
        if not sub[1]:
            return out, False
    return out, True


def first_class(rx: re.Pattern) -> str | None:
    """A character class (``[一上前\\d]``) that holds the first character of every match of *rx*, or
    None when none is known (``.``, a negated class, a wide range, a flag that folds case or makes
    ``\\d`` ASCII, a pattern that may match the empty string)."""
    items = _first_items(rx)
    return "[" + "".join(sorted(items)) + "]" if items is not None else None


def _first_items(rx: re.Pattern) -> set[str] | None:
    if rx.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    tree = parsed(rx)
    firsts = _firsts(list(tree)) if tree is not None else None
    return None if firsts is None or firsts[1] or not firsts[0] else firsts[0]


class FirstScan:
    """``list(rx.finditer(text))``, trying *rx* only where one of its first characters stands, when
    they are all Chinese characters or other non-ASCII ones (rare enough in a text of figures to pay
    for a try at each; a digit, a blank or a comma stands at many positions, and the regex engine
    itself skips to a class a pattern plainly opens on). Otherwise *rx* is scanned as it is. Where it
    finds a first character, the pattern *rx* tests (:func:`untested`) is matched: the lookahead of a
    :func:`first_test` would only test that character again."""

    __slots__ = ("base", "firsts", "rx")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.base = untested(rx)
        items = _first_items(rx)
        rare = items is not None and all(len(i) == 1 and not i.isascii() for i in items)
        self.firsts = re.compile("[" + "".join(sorted(items)) + "]") if items is not None and rare else None

    def finditer(self, text: str, pos: int = 0) -> list[re.Match[str]]:
        """The matches of the pattern in *text* from *pos*, as ``rx.finditer(text, pos)`` gives them
        (a lookbehind still reads the characters before a match, as there)."""
        if self.firsts is None:
            return list(self.rx.finditer(text, pos))
        out: list[re.Match[str]] = []
        find, match = self.firsts.search, self.base.match
        while True:
            f = find(text, pos)
            if f is None:
                return out
            at = f.start()
            m = match(text, at)
            if m is None:
                pos = at + 1
            else:
                out.append(m)
                pos = m.end()  # (never empty: the pattern cannot match the empty string)
