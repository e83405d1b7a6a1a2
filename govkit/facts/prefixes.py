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

Two cheap tests, read from the parsed pattern (:mod:`govkit.core.regex_gates`), spare most scans: a
pattern's *gate* (:func:`~govkit.core.regex_gates.required_words`: strings one of which every match holds; a sentence holding none of them has no
match in any window, and the lexicon tries an alias pattern only where one occurs), and a
*first-character test* (:func:`~govkit.core.regex_gates.first_test`: the pattern behind a lookahead of the characters its
matches start with, for patterns the regex engine would otherwise try in full at every position;
cues.tsv's patterns are compiled so). Given the sentence's gate words
(:class:`~govkit.facts.sentence_words.SentenceWords`), the gate is read from them: a window holds
none of a gate's words when none ends by the window's end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from govkit.core.regex_gates import first_test, parsed, required_words, untested
from govkit.facts.sentence_words import ALWAYS, SentenceWords, gate

_INF = 1 << 30
#: Characters added to a pattern's reach: an end-of-text test (``$`` looks at one character more
#: before a final newline) and one of safety.
_MARGIN = 3
#: Windows up to this long are searched as they are (faster than keeping their scan).
_SHORT = 48


class Prefixed:
    """A pattern with its reach (-1: scan each prefix as it is) and whether it is *plain*: no
    lookaround, anchor or back-reference, so that a window holds a match as soon as a window
    inside it does."""

    __slots__ = ("ahead", "fast", "gate", "key", "plain", "probe", "reach", "rx")

    def __init__(self, rx: re.Pattern, key: int) -> None:
        self.rx = rx
        self.key = key
        # A pattern behind a first-character test (cues.load_cues makes them) reads as the pattern it tests.
        base = untested(rx)
        tree = parsed(base)
        self.reach = reach_of(tree)
        self.plain = tree is not None and _plain(tree, True)
        # Whether a match may need what follows it (a lookahead, an anchor): if not, a prefix of a
        # text without a match has none either.
        self.ahead = tree is None or not _plain(tree, False)
        # The same pattern behind a test of the characters a match can start with, when the regex
        # engine would otherwise try the whole pattern at every position (see :func:`~govkit.core.regex_gates.first_test`).
        self.fast = rx if base is not rx else first_test(rx, tree)
        # Strings one of which every match holds (see :func:`~govkit.core.regex_gates.required_words`), as one pattern: where none occurs
        # in a sentence, no window of it holds a match.
        words = required_words(base, tree)
        self.probe = re.compile("|".join(re.escape(w) for w in words)) if words else None
        # The same test as a gate of a sentence's words (:mod:`govkit.facts.sentence_words`).
        self.gate = gate(words) if words else ALWAYS


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

    __slots__ = ("_cache", "_ends", "_held", "found", "text")

    def __init__(self, text: str, found: SentenceWords | None = None) -> None:
        """*found*: the gate words of *text* (:class:`~govkit.facts.sentence_words.SentenceWords`), when
        found already: they answer the gates' tests."""
        self.text = text
        self.found = found if found is not None and found.text is text else None
        # pattern key -> whether the text holds one of the strings of the pattern's gate (its probe)
        self._held: dict[int, bool] = {}
        # (pattern key, window start) -> (end of the scanned text, its matches, their starts)
        self._cache: dict[tuple[int, int], tuple[int, list[re.Match], list[int]]] = {}
        # (plain pattern key, window start) -> the shortest window end holding a match (-1: none)
        self._ends: dict[tuple[int, int], tuple[int, int]] = {}

    def _may(self, p: Prefixed, window: str, start: int) -> bool:
        """Whether *p* may match in *window*: False when *window* lies in the text (as the callers
        slice it) and the text holds none of the strings of *p*'s gate (with the text's gate words
        found: none of them ends by the window's end)."""
        if p.probe is None:
            return True
        found = self.found
        if found is not None:
            return found.holds_before(p.gate, start + len(window)) or not self.text.startswith(window, start)
        held = self._held.get(p.key)
        if held is None:
            held = self._holds(p)
        return held or not self.text.startswith(window, start)

    def _holds(self, p: Prefixed) -> bool:
        """Whether the text holds one of the strings of *p*'s gate (tested once per pattern)."""
        found = self.found
        if found is not None:
            held = found.holds(p.gate)
        else:
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
            found = self.found
            if found is not None:
                held = found.holds_before(p.gate, start + len(window))
            else:
                known = self._held.get(p.key)
                held = self._holds(p) if known is None else known
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
        if p.probe is not None and not (
            self.found.holds_before(p.gate, end) if self.found is not None else self._may(p, "", 0)
        ):
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
