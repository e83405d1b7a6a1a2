"""Cheap tests that tell a cue cannot match a text, and a faster scan for cues no regex prefix speeds up.

Read from a cue's parsed pattern (``re._parser``), at import:

* :func:`required_words`: words one of which every match contains. A text holding none of them has
  no match (:func:`may_occur`, a few substring tests instead of a regex scan): the extractor tests a
  sentence once and skips the cue for each of its figures.
* :func:`first_class`: a class of the characters a match can start with. :class:`FirstScan` finds the matches
  of a pattern as ``finditer`` does, trying it only where one of them stands: a pattern whose
  branches open on lookbehinds (the kind cues: ``(?<!完成)目标``, ``(?<=%,)安排``) is otherwise tried
  at every position of the text.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from typing import Any


def required_words(rx: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which every match of *rx* contains (read from the parsed pattern: a run of
    literal characters, a group or a repeat that must match, a branch's words from each branch), or
    None when no such words are known. Unlike :func:`~govkit.facts.cues.probe`, a branch of groups
    (``(?:收入|支出)…``) gives the words of each; a lookaround reads no words of the match."""
    if rx.flags & re.IGNORECASE:
        return None
    tree = _parsed(rx)
    words = _needed(list(tree)) if tree is not None else None
    return tuple(sorted(words)) if words else None


def _parsed(rx: re.Pattern) -> Any:
    name = "re._parser" if importlib.util.find_spec("re._parser") is not None else "sre_parse"
    parser: Any = importlib.import_module(name)
    try:
        return parser.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - a pattern this analysis cannot read has no words
        return None


def _needed(items: list[Any]) -> set[str] | None:
    """Words one of which every match of the parsed sequence *items* contains, or None."""
    found: list[set[str]] = []
    run = ""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(arg)
            continue
        if run:
            found.append({run})
            run = ""
        sub: set[str] | None = None
        if name == "SUBPATTERN":
            if arg[1] & re.IGNORECASE:
                return None
            sub = _needed(list(arg[3]))
        elif name == "ATOMIC_GROUP":
            sub = _needed(list(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
            sub = _needed(list(arg[2]))
        elif name == "BRANCH":
            alts = [_needed(list(b)) for b in arg[1]]
            sub = None if any(a is None for a in alts) else set().union(*[a for a in alts if a is not None])
        if sub:
            found.append(sub)
    if run:
        found.append({run})
    if not found:
        return None
    return min(found, key=_cost)


def _cost(words: set[str]) -> float:
    """How often one of *words* may stand in a text, roughly: one-character words count most."""
    return sum(1 / len(w) ** 2 for w in words)


def may_occur(words: tuple[str, ...] | None, text: str) -> bool:
    """False when none of *words* (:func:`required_words`) occurs in *text*: their cue cannot match there."""
    if words is None:
        return True
    for w in words:
        if w in text:
            return True
    return False


#: The class escapes of the parser's categories.
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def first_class(rx: re.Pattern) -> str | None:
    """A character class (``[一上前\\d]``) that holds the first character of every match of *rx*, or
    None when none is known (``.``, a negated class, a flag that folds case or makes ``\\d`` ASCII, a
    pattern that may match the empty string)."""
    items = _first_items(rx)
    return "[" + "".join(sorted(items)) + "]" if items is not None else None


def _first_items(rx: re.Pattern) -> set[str] | None:
    if rx.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    tree = _parsed(rx)
    if tree is None:
        return None
    items, empty = _firsts(list(tree))
    return None if items is None or empty or not items else items


def _firsts(items: list[Any]) -> tuple[set[str] | None, bool]:
    """The class items (escaped characters, ranges, category escapes) of the first characters of the
    parsed sequence *items* (None: not known), and whether it may match the empty string."""
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # reads no character of the match
        sub: set[str] | None
        if name == "LITERAL":
            sub, empty = {re.escape(chr(arg))}, False
        elif name == "IN":
            sub, empty = _class_items(arg), False
        elif name == "SUBPATTERN":
            if arg[1] & re.IGNORECASE:
                return None, False
            sub, empty = _firsts(list(arg[3]))
        elif name == "BRANCH":
            sub, empty = set(), False
            for alt in arg[1]:
                a, e = _firsts(list(alt))
                if a is None:
                    return None, False
                sub |= a
                empty = empty or e
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub, empty = _firsts(list(arg[2]))
            empty = empty or arg[0] == 0
        else:
            return None, False  # any character, a back-reference, an atomic group …
        if sub is None:
            return None, False
        out |= sub
        if not empty:
            return out, False
    return out, True


def _class_items(items: list[Any]) -> set[str] | None:
    """The items of a parsed class as class syntax (None for a negated class)."""
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.add(re.escape(chr(arg)))
        elif name == "RANGE":
            out.add(re.escape(chr(arg[0])) + "-" + re.escape(chr(arg[1])))
        elif name == "CATEGORY" and str(arg) in _CATEGORIES:
            out.add(_CATEGORIES[str(arg)])
        else:
            return None
    return out


class FirstScan:
    """``list(rx.finditer(text))``, trying *rx* only where one of its first characters stands, when
    they are all Chinese characters or other non-ASCII ones (rare enough in a text of figures to pay
    for a try at each; a digit, a blank or a comma stands at many positions, and the regex engine
    itself skips to a class a pattern plainly opens on). Otherwise *rx* is scanned as it is."""

    __slots__ = ("firsts", "rx")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        items = _first_items(rx)
        rare = items is not None and all(len(i) == 1 and not i.isascii() for i in items)
        self.firsts = re.compile("[" + "".join(sorted(items)) + "]") if items is not None and rare else None

    def finditer(self, text: str, pos: int = 0) -> list[re.Match[str]]:
        """The matches of the pattern in *text* from *pos*, as ``rx.finditer(text, pos)`` gives them
        (a lookbehind still reads the characters before a match, as there)."""
        if self.firsts is None:
            return list(self.rx.finditer(text, pos))
        out: list[re.Match[str]] = []
        find, match = self.firsts.search, self.rx.match
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
