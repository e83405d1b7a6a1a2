"""The gate words of a sentence's cues, found in one scan of the sentence.

Most cue patterns the extractor reads around a figure carry a *gate*: words one of which every match
holds (:func:`govkit.core.regex_gates.required_words`, or a probe's word list,
:func:`govkit.facts.cues.probe_words`). Testing each gate on each sentence costs one substring test
per word, or one regex scan per probe, gate after gate. Here every gate registers its words once, at
import; one Aho-Corasick automaton over all of them finds, in one pass over a sentence, which gates
hold there and where the first of each gate's words ends (:class:`SentenceWords`). ``holds(g)`` is
then exactly ``any(w in sentence for w in g's words)``, and ``holds_before(g, k)`` exactly that test
on ``sentence[:k]`` (the words before a figure): the same truth value the gate's own test gives, so
nothing the gates decide moves. For a window ``sentence[i:k]``, ``holds_before(g, k)`` is a necessary
test (no word of the gate ends by *k*: none lies in the window), which is all a gate is.

Used for the figures of :func:`govkit.facts.figures.facts_of_sentence`: the sentence's block, timing,
kind, span and sub-period cue tests (:func:`~govkit.facts.blocking.block_cues_in`,
:func:`~govkit.facts.timing.timing_cues_in`), the sub-period and relative-year tests of the words
before each figure, and the gates of the prefix scans (:class:`govkit.facts.prefixes.Scans`).
"""

from __future__ import annotations

import re

import ahocorasick

from govkit.core.regex_gates import required_words

#: A gate that always holds (a cue without words: always looked for).
ALWAYS = -1


class _Registry:
    """The registered gates (a word tuple each) and the automaton over their words (made on first use,
    made again if a gate is registered after)."""

    __slots__ = ("automaton", "ids", "words")

    def __init__(self) -> None:
        self.ids: dict[tuple[str, ...], int] = {}
        self.words: list[tuple[str, ...]] = []
        self.automaton: ahocorasick.Automaton | None = None

    def gate(self, words: tuple[str, ...] | None) -> int:
        if words is None or not words or not all(words):
            return ALWAYS
        key = tuple(sorted(set(words)))
        g = self.ids.get(key)
        if g is None:
            g = self.ids[key] = len(self.words)
            self.words.append(key)
            self.automaton = None
        return g

    def made(self) -> ahocorasick.Automaton:
        a = self.automaton
        if a is None:
            by_word: dict[str, list[int]] = {}
            for g, ws in enumerate(self.words):
                for w in ws:
                    by_word.setdefault(w, []).append(g)
            a = ahocorasick.Automaton()
            for w, gs in by_word.items():
                a.add_word(w, (len(w), tuple(gs)))
            a.make_automaton()
            self.automaton = a
        return a


_REGISTRY = _Registry()


def gate(words: tuple[str, ...] | None) -> int:
    """The id of the gate of *words* (one of which every match of some cue holds); :data:`ALWAYS` for
    None or no words (no test)."""
    return _REGISTRY.gate(words)


def pattern_gate(rx: re.Pattern) -> int:
    """The gate of the words one of which every match of *rx* holds (:func:`~govkit.core.regex_gates.required_words`;
    :data:`ALWAYS` without such words): a sentence whose :class:`SentenceWords` do not hold it has no match of *rx*
    in any part of it (nor in its words with some blanked out)."""
    return _REGISTRY.gate(required_words(rx))


def may_hold(found: SentenceWords | None, g: int) -> bool:
    """Whether gate *g* holds in the sentence of *found* (always when its words are not known: None)."""
    return found is None or g in found.first_end or g < 0


def probe_gate(rx: re.Pattern | None, words: tuple[str, ...] | None) -> int:
    """The gate of a probe *rx* (a plain word list) made of *words*: :data:`ALWAYS` without one."""
    return ALWAYS if rx is None else _REGISTRY.gate(words)


class SentenceWords:
    """Which gates hold in one text (a sentence), and where the first of their words ends, from one
    scan of it."""

    __slots__ = ("first_end", "hits", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # (where a word ends - 1, (its length, the gates holding it)), in the order of their ends
        self.hits: list[tuple[int, tuple[int, tuple[int, ...]]]] = list(_REGISTRY.made().iter(text))
        # gate -> where its first word in the text ends (read backwards, the last value written is the first)
        self.first_end: dict[int, int] = {g: end + 1 for end, (_n, gs) in reversed(self.hits) for g in gs}

    def holds(self, g: int) -> bool:
        """Whether one of gate *g*'s words occurs in the text (always for :data:`ALWAYS`)."""
        return g < 0 or g in self.first_end

    def holds_before(self, g: int, at: int) -> bool:
        """Whether one of gate *g*'s words occurs in ``text[:at]`` (always for :data:`ALWAYS`)."""
        return g < 0 or self.first_end.get(g, _NEVER) <= at

    def holds_within(self, g: int, start: int, end: int) -> bool:
        """Whether one of gate *g*'s words occurs in ``text[start:end]`` (always for :data:`ALWAYS`)."""
        if g < 0:
            return True
        if self.first_end.get(g, _NEVER) > end:
            return False
        for last, (n, gs) in self.hits:
            if last >= end:
                return False
            if last + 1 - n >= start and g in gs:
                return True
        return False

    def prefix_of(self, words: str) -> bool:
        """Whether *words* are the text's first ``len(words)`` characters (then :meth:`holds_before` reads them)."""
        return self.text.startswith(words)


_NEVER = 1 << 62
