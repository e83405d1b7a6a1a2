"""Regex scans of the words before each figure, made once per sentence.

The extractor reads the words before every figure of a sentence (``sent[:q.start]``, the clause
up to the figure) with a dozen cue patterns. Scanning that prefix anew for every figure costs
(figures × sentence length) per sentence: on a long run of figures without 。 (scraped tables,
hostile input; a sentence is cut at ``sentence_chars``) that is most of the extraction time.

:class:`Scans` scans the sentence once per pattern and window start and answers for each prefix
exactly what ``pattern.finditer(prefix)`` / ``pattern.search(prefix)`` would:

A pattern's *reach* bounds how far past its start one attempt to match reads (the longest match,
lookaheads and an end-of-text test included; :func:`reach_of` works it out from the parsed
pattern). An attempt that starts more than *reach* characters before the end of a prefix reads
the same characters in the prefix as in the sentence, so it succeeds or fails alike and yields
the same match. The matches in the prefix are therefore the sentence's matches that start
before that point, then the matches of a scan of the prefix's last *reach* characters (from the
end of the last of those, if later). Patterns whose reach is unbounded (``\\d+``, ``[^,;]*$``)
or that may match the empty string are scanned as before, on the prefix itself.

Two cheap tests, read from the parsed pattern, spare most scans: a pattern's *gate*
(:func:`gate`: strings one of which every match holds; a sentence holding none of them has no
match in any window, and the lexicon tries an alias pattern only where one occurs), and a
*first-character test* (:func:`first_test`: the pattern behind a lookahead of the characters its
matches start with, for patterns the regex engine would otherwise try in full at every position;
cues.tsv's patterns are compiled so).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

_INF = 1 << 30
#: Characters added to a pattern's reach: an end-of-text test (``$`` looks at one character more
#: before a final newline) and one of safety.
_MARGIN = 3
#: Windows up to this long are searched as they are (faster than keeping their scan).
_SHORT = 48
#: (pattern, flags) of each pattern :func:`first_test` made -> the pattern it tests.
_TESTED: dict[tuple[str, int], re.Pattern] = {}


class Prefixed:
    """A pattern with its reach (-1: scan each prefix as it is) and whether it is *plain*: no
    lookaround, anchor or back-reference, so that a window holds a match as soon as a window
    inside it does."""

    __slots__ = ("ahead", "fast", "key", "plain", "probe", "reach", "rx")

    def __init__(self, rx: re.Pattern, key: int) -> None:
        self.rx = rx
        self.key = key
        # A pattern behind a first-character test (cues.load_cues makes them) reads as the pattern it tests.
        base = untested(rx)
        tree = _parsed(base)
        self.reach = reach_of(tree)
        self.plain = tree is not None and _plain(tree, True)
        # Whether a match may need what follows it (a lookahead, an anchor): if not, a prefix of a
        # text without a match has none either.
        self.ahead = tree is None or not _plain(tree, False)
        # The same pattern behind a test of the characters a match can start with, when the regex
        # engine would otherwise try the whole pattern at every position (see :func:`first_test`).
        self.fast = rx if base is not rx else first_test(rx, tree)
        # Strings one of which every match holds (see :func:`gate`), as one pattern: where none occurs
        # in a sentence, no window of it holds a match.
        words = gate(base, tree)
        self.probe = re.compile("|".join(re.escape(w) for w in words)) if words else None


_REGISTRY: dict[tuple[str, int], Prefixed] = {}
_MADE: list[Prefixed] = []  # every one made: its index is its key in the scans' caches


def prefixed(rx: re.Pattern) -> Prefixed:
    """*rx* registered for prefix scans (made once per pattern, at import)."""
    key = (rx.pattern, rx.flags)
    p = _REGISTRY.get(key)
    if p is None or p.rx is not rx:
        p = Prefixed(rx, len(_MADE))
        _MADE.append(p)
        _REGISTRY[key] = p
    return p


class Scans:
    """The scans of one sentence, made on demand and kept for its later figures. A *window*
    given to its methods must be ``text[start:start + len(window)]`` (the callers slice it so)."""

    __slots__ = ("_cache", "_ends", "_held", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # pattern key -> whether the text holds one of the strings of the pattern's gate (its probe)
        self._held: dict[int, bool] = {}
        # (pattern key, window start) -> (end of the scanned text, its matches, their starts)
        self._cache: dict[tuple[int, int], tuple[int, list[re.Match], list[int]]] = {}
        # (plain pattern key, window start) -> the shortest window end holding a match (-1: none)
        self._ends: dict[tuple[int, int], tuple[int, int]] = {}

    def _may(self, p: Prefixed, window: str, start: int) -> bool:
        """Whether *p* may match in *window*: False when *window* lies in the text (as the callers
        slice it) and the text holds none of the strings of *p*'s gate."""
        if p.probe is None:
            return True
        held = self._held.get(p.key)
        if held is None:
            held = self._holds(p)
        return held or not self.text.startswith(window, start)

    def _holds(self, p: Prefixed) -> bool:
        """Whether the text holds one of the strings of *p*'s gate (tested once per pattern)."""
        held = p.probe is None or p.probe.search(self.text) is not None
        self._held[p.key] = held
        return held

    def _scanned(self, p: Prefixed, start: int, end: int, stop: int) -> tuple[list[re.Match], list[int]]:
        key = (p.key, start)
        hit = self._cache.get(key)
        if hit is None or hit[0] < end:
            stop = min(len(self.text), max(stop, end))
            ms = list(p.fast.finditer(self.text[start:stop]))
            hit = (stop, ms, [m.start() for m in ms])
            self._cache[key] = hit
        return hit[1], hit[2]

    def finditer(self, p: Prefixed, window: str, start: int = 0, stop: int = -1) -> list[re.Match]:
        """``list(p.rx.finditer(window))`` for *window* = ``text[start:start + len(window)]``.

        *stop*: how far the sentence is scanned for this window start (the sentence's end by
        default; a clause's end for windows that stay in it). Positions are in *window*.
        """
        if not self._may(p, window, start):
            return []
        reach = p.reach
        n = len(window)
        if reach < 0 or n <= reach or n <= _SHORT:
            return list(p.fast.finditer(window))
        ms, starts = self._scanned(p, start, start + n, stop if stop >= 0 else len(self.text))
        if not ms and not p.ahead:
            return []
        cut = n - reach
        k = bisect_left(starts, cut)
        out = ms[:k]
        pos = max(out[-1].end(), cut) if k else cut
        out.extend(p.fast.finditer(window, pos))
        return out

    def search(self, p: Prefixed, window: str, start: int = 0, stop: int = -1) -> re.Match | None:
        """``p.rx.search(window)`` for *window* = ``text[start:start + len(window)]``."""
        if p.probe is not None:  # (self._may, inline: the most frequent call)
            held = self._held.get(p.key)
            if held is None:
                held = self._holds(p)
            if not held and self.text.startswith(window, start):
                return None
        reach = p.reach
        n = len(window)
        if reach < 0 or n <= reach or n <= _SHORT:
            return p.fast.search(window)
        ms, starts = self._scanned(p, start, start + n, stop if stop >= 0 else len(self.text))
        if not ms and not p.ahead:
            return None
        cut = n - reach
        if ms and starts[0] < cut:
            return ms[0]
        return p.fast.search(window, cut)

    def occurs(self, p: Prefixed, start: int, end: int, stop: int = -1) -> bool:
        """``p.rx.search(text[start:end]) is not None`` for a *plain* pattern (any otherwise).

        A plain pattern matches in a window as soon as it matches in a window inside it, so
        the shortest window end from *start* that holds a match decides every end: it is found
        once per start (a scan up to *stop*, then halving), and each figure compares with it.
        """
        if p.probe is not None and not self._may(p, "", 0):
            return False
        if not p.plain or end - start <= _SHORT:
            return p.fast.search(self.text[start:end]) is not None
        stop = min(len(self.text), max(stop, end))
        key = (p.key, start)
        hit = self._ends.get(key)
        if hit is None or (hit[1] < 0 and hit[0] < end):
            hit = (stop, self._shortest_end(p.fast, start, stop))
            self._ends[key] = hit
        first = hit[1]
        return first >= 0 and first <= end

    def _shortest_end(self, rx: re.Pattern, start: int, stop: int) -> int:
        m = rx.search(self.text, start, stop)
        if m is None:
            return -1
        low, high = start, m.end()  # a match ends by high; none by low
        while high - low > 1:
            mid = (low + high) // 2
            if rx.search(self.text, start, mid) is not None:
                high = mid
            else:
                low = mid
        return high


# ---------------------------------------------------------------------- reach of a pattern
def _parsed(rx: re.Pattern) -> Any:
    """The parsed form of *rx* (``re._parser``), or None when it cannot be read."""
    import importlib
    import importlib.util

    name = "re._parser" if importlib.util.find_spec("re._parser") is not None else "sre_parse"
    parser: Any = importlib.import_module(name)
    try:
        return parser.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - a pattern this analysis cannot read is scanned as before
        return None


def reach_of(tree: Any) -> int:
    """How many characters past its start one attempt of the parsed pattern may read (plus a
    margin), or -1 when that is unbounded or the pattern may match the empty string."""
    if tree is None:
        return -1
    low, high = _widths(tree)
    if low <= 0 or high >= _INF:
        return -1
    return high + _MARGIN


def _plain(items: Any, behind: bool) -> bool:
    """No lookahead, anchor, back-reference, atomic group or possessive repeat, and no empty match;
    no lookbehind either when *behind* is set."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
            continue
        if name == "SUBPATTERN":
            ok = _plain(av[-1], behind)
        elif name == "BRANCH":
            ok = all(_plain(b, behind) for b in av[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            ok = _plain(av[2], behind)
        elif name == "ASSERT" or name == "ASSERT_NOT":
            ok = not behind and av[0] < 0 and _plain(av[1], behind)
        else:
            ok = False
        if not ok:
            return False
    return _widths(items)[0] > 0


def _widths(items: Any) -> tuple[int, int]:
    """(fewest characters matched, most characters read) of a sequence of parsed items; a
    lookahead counts as if its characters were matched (an upper bound on what it reads)."""
    low = high = 0
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL", "IN", "ANY", "CATEGORY", "RANGE", "NEGATE"):
            lo, hi = 1, 1
        elif name == "AT":
            lo, hi = 0, 1
        elif name == "SUBPATTERN":
            lo, hi = _widths(av[-1])
        elif name == "ATOMIC_GROUP":
            lo, hi = _widths(av)
        elif name == "BRANCH":
            pairs = [_widths(b) for b in av[1]]
            lo, hi = min(p[0] for p in pairs), max(p[1] for p in pairs)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            mn, mx, sub = av
            slo, shi = _widths(sub)
            lo = mn * slo
            hi = _INF if mx >= _INF or (shi >= _INF and mx > 0) else mx * shi
        elif name in ("ASSERT", "ASSERT_NOT"):
            direction, sub = av
            lo = 0
            hi = 0 if direction < 0 else _widths(sub)[1]
        else:
            return 0, _INF  # back-references, conditionals: not bounded here
        low += lo
        high = min(_INF, high + hi)
    return low, high


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
    if (rx.pattern, rx.flags) in _TESTED:
        return rx  # tested already
    if tree is None:
        tree = _parsed(rx)
    if tree is None or rx.flags & (re.IGNORECASE | re.VERBOSE) or _engine_skips(list(tree)):
        return rx  # (a verbose pattern's text does not compose: a comment may run to its end)
    firsts = _firsts(list(tree))
    if firsts is None or firsts[1] or not firsts[0]:
        return rx
    try:
        fast = re.compile(f"(?=[{''.join(sorted(firsts[0]))}])(?:{rx.pattern})", rx.flags)
    except re.error:  # an inline global flag, which must open the pattern: left as it is
        return rx
    _TESTED[(fast.pattern, fast.flags)] = rx
    return fast


def untested(rx: re.Pattern) -> re.Pattern:
    """The pattern *rx* tests, if :func:`first_test` or :func:`first_tests` made it; else *rx*."""
    return _TESTED.get((rx.pattern, rx.flags), rx)


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


# ---------------------------------------------------------------------- gates from the parsed pattern
#: Most strings an item's set of exact matches (and so a gate) may hold.
_EXACT_MAX = 128
#: Most characters a class is expanded to.
_CLASS_MAX = 64


def gate(rx: re.Pattern, tree: Any = None) -> tuple[str, ...] | None:
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
        tree = _parsed(rx)
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
