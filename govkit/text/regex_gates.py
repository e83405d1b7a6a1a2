"""Quick gates for costly patterns: the literal words one of which every match must hold.

A pattern of the data files (a chrome line rule, say) is often tried on every line of a text, and
fails on nearly all of them, after much backtracking (``.{0,60}(?:ICP备|…)``). The words a match
cannot do without are read from the pattern itself (:func:`required_words`): in a sequence, a run of
literal characters, a small character class, a group or a repetition of at least one of them, or an
alternation whose every branch requires words of its own. A text holding none of them cannot match
(:func:`words_gate`, :func:`may_match`), which a plain search for the words tells far more quickly than the
pattern.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

# the parser of the re module (its parse trees: lists of (opcode, argument))
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

#: The largest character class read as alternative words (one per character).
_MAX_CLASS = 16


def required_words(pattern: re.Pattern) -> list[str] | None:
    """Words one of which every match of *pattern* holds (sorted), or None when the pattern gives
    none to rely on (case-insensitive, or some branch requires nothing literal)."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    words = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    return sorted(set(words)) if words else None


def _sequence(items: list[tuple[Any, Any]]) -> list[str] | None:
    """Of the elements of a sequence that every match goes through, the one whose words are longest."""
    found: list[list[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(["".join(run)])
            run = []
        words = _element(op, av)
        if words:
            found.append(words)
    if run:
        found.append(["".join(run)])
    if not found:
        return None
    return max(found, key=lambda ws: (min(map(len, ws)), -len(ws)))


def _element(op: Any, av: Any) -> list[str] | None:
    if op is _c.IN:
        chars: list[str] = []
        for iop, iav in av:
            if iop is _c.LITERAL:
                chars.append(chr(iav))
            elif iop is _c.RANGE and iav[1] - iav[0] < _MAX_CLASS:
                chars.extend(chr(x) for x in range(iav[0], iav[1] + 1))
            else:  # a negated class, a category (\d, \s), a wide range
                return None
        return chars if 0 < len(chars) <= _MAX_CLASS else None
    if op is _c.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None
        return _sequence(list(av[3]))
    if op is _c.BRANCH:
        out: list[str] = []
        for branch in av[1]:
            words = _sequence(list(branch))
            if not words:
                return None
            out.extend(words)
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    return None  # any character, a category, an anchor, a look-around, a group reference …


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
    words = required_words(pattern) or []
    return tuple(words) if len(words) <= _GATE_WORDS else ()


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when *text* holds none of the words every match of *pattern* needs (:func:`gate_words`):
    then *pattern* finds nothing in it. True otherwise (it may)."""
    words = gate_words(pattern)
    if not words:
        return True
    for w in words:
        if w in text:
            return True
    return False
