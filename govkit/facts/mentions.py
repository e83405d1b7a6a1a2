"""Indicator mentions in text: catalog names and aliases, compounds, events and non-catalog subjects.

The lexicon is built from two data files an analyst can extend without Python:
``govkit/data/indicators.csv`` (each indicator's name and ``|``-separated aliases) and
``govkit/data/extract/aliases.csv`` (extra aliases, regular-expression aliases, compound
subjects such as 城乡居民人均可支配收入, event verbs such as 脱贫, and non-catalog subjects such
as 进出口总额 that own the numbers after them so those are never misattributed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from govkit.core.catalog import Indicator, load_catalog
from govkit.core.regex_gates import first_test, parsed, required_words
from govkit.core.resources import data_path, read_table
from govkit.facts.cues import cue, cue_words, required_literal

#: In the requires column of aliases.csv: the rest is a pattern the headings above the sentence must match.
_HEADING = "heading:"
MENTION_TYPES = ("subject", "compound", "event", "null")
# Latin letters match in either case (pm2.5, Gdp); the fold keeps every offset where it was.
_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_UPPER = re.compile("[A-Z]")  # a sentence without these is its own fold


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what a matched pattern means."""

    type: str  # subject | compound | event | null
    indicators: tuple[str | None, ...]  # alternatives (subject/event) or ordered members (compound)
    requires: re.Pattern | None = None
    pattern: str = ""
    under: re.Pattern | None = None  # the headings above the sentence must match (requires ``heading:…``)
    whole: str | None = None  # a compound's indicator for one figure of all members together (城乡居民…28504元)


class Mention(NamedTuple):
    """An indicator mention at ``[start, end)`` of a sentence (a tuple: cheap to create, immutable).
    *type* and *indicators* are the entry's, copied: they are read for every figure many times."""

    start: int
    end: int
    entry: Entry
    type: str
    indicators: tuple[str | None, ...]


class Lexicon:
    """Finds indicator mentions, leftmost-longest and non-overlapping."""

    def __init__(
        self,
        catalog_path: str | None = None,
        aliases_path: str | None = None,
        catalog: dict[str, Indicator] | None = None,
    ):
        """Mentions of the indicators of *catalog* (else the catalog file at *catalog_path*, else the
        packaged one) and of the aliases file at *aliases_path* (else the packaged ``aliases.csv``)."""
        if catalog is None:
            catalog = load_catalog(catalog_path)
        self.literals: dict[str, list[Entry]] = {}
        self.regexes: list[tuple[re.Pattern, Entry, str]] = []
        for ind in catalog.values():
            for name in ind.names:
                self._add(name, Entry("subject", (ind.id,), None, name))
        for row in read_table(aliases_path or data_path("extract", "aliases.csv")):
            typ = row["type"].strip()
            if typ not in MENTION_TYPES:
                raise ValueError(f"aliases.csv: unknown type {typ!r} for pattern {row['pattern']!r}")
            raw = (row.get("indicators") or "").strip()
            whole: str | None = None
            if typ == "compound" and "=" in raw:
                # urban_income+rural_income=resident_income: one figure without 分别 is the whole's
                raw, whole = (p.strip() for p in raw.split("=", 1))
                if whole not in catalog:
                    raise ValueError(f"aliases.csv: unknown indicator {whole!r} for pattern {row['pattern']!r}")
            sep = "+" if typ == "compound" else "|"
            inds = tuple(None if p.strip() in ("", "-") else p.strip() for p in raw.split(sep)) if raw else ()
            for i in inds:
                if i is not None and i not in catalog:
                    raise ValueError(f"aliases.csv: unknown indicator {i!r} for pattern {row['pattern']!r}")
            req = (row.get("requires") or "").strip()
            under = re.compile(req[len(_HEADING) :]) if req.startswith(_HEADING) else None
            req = "" if under is not None else req
            entry = Entry(typ, inds, re.compile(req) if req else None, row["pattern"], under, whole)
            pat = row["pattern"]
            if pat.startswith("re:"):
                self.regexes.append((re.compile(pat[3:]), entry, required_literal(pat[3:])))
            else:
                self._add(pat, entry)
        # One automaton over the folded sentence finds the literal aliases and the words that gate the
        # regular-expression aliases: a regex is tried only when one of the strings each of its
        # matches contains (regex_gates.required_words) occurs. Folding keeps the test necessary: a string in the
        # sentence is in the folded sentence folded.
        always: list[int] = []
        gated: dict[str, list[int]] = {}
        trees = [parsed(rx) for rx, _e, _a in self.regexes]  # read once, for the gates and the tests
        for k, (rx, _e, anchor) in enumerate(self.regexes):
            words = required_words(rx, trees[k]) or ((anchor,) if anchor else None)
            if words is None:
                always.append(k)
                continue
            for w in words:
                gated.setdefault(w.translate(_FOLD), []).append(k)
        self._always: tuple[int, ...] = tuple(always)
        # The patterns as scanned: behind a test of their first character where that is faster.
        self._scanned = [(first_test(rx, tree), e, anchor) for (rx, e, anchor), tree in zip(self.regexes, trees)]
        self._automaton = ahocorasick.Automaton()
        for key in {*self.literals, *gated}:
            entries = tuple(self.literals.get(key, ()))
            self._automaton.add_word(key, (len(key), entries, tuple(gated.get(key, ()))))
        self._automaton.make_automaton()

    def _add(self, text: str, entry: Entry) -> None:
        text = text.strip().translate(_FOLD)
        if not text:
            return
        entries = self.literals.setdefault(text, [])
        if entry.under is not None or entry.requires is not None:
            # A meaning under some headings or in some sentences is tried before the plain one.
            entries.insert(sum(1 for e in entries if e.under is not None or e.requires is not None), entry)
            return
        # Later (more specific) data-file entries override the catalog's plain alias.
        plain = [e for e in entries if e.under is None]
        if plain and plain[0].type == "subject" and entry.type != "subject":
            entries[:] = [e for e in entries if e.under is not None]
        # Several indicators sharing one name (易地扶贫搬迁: 户 or 人) become one entry whose
        # alternatives the number's unit decides between.
        for i, e in enumerate(entries):
            if e.type == entry.type == "subject" and e.requires is None and entry.requires is None and e.under is None:
                merged = tuple(dict.fromkeys(e.indicators + entry.indicators))
                entries[i] = Entry("subject", merged, None, e.pattern)
                return
        entries.append(entry)

    def mentions(self, sentence: str, headings: str = "") -> list[Mention]:
        """The mentions in *sentence*; *headings* are the headings above it (for ``heading:`` entries).

        A regular-expression alias with a group ``at`` reads the words around the mention (…断面…,
        水质达标率): only the group is the mention, and it wins over other entries of the same span.
        """
        cands: list[tuple[int, int, Entry, int]] = []  # start, end, entry, rank among equal spans
        tried: list[int] = list(self._always)
        folded = sentence.translate(_FOLD) if _UPPER.search(sentence) else sentence
        for end_idx, (length, entries, gated) in self._automaton.iter(folded):
            if gated:
                tried.extend(gated)
            for e in entries:
                if e.under is not None and not e.under.search(headings):
                    continue
                if e.requires is None or e.requires.search(sentence):
                    cands.append((end_idx - length + 1, end_idx + 1, e, 1))
                    break
        for i in sorted(set(tried)) if tried else ():
            rx, e, anchor = self._scanned[i]
            if anchor and anchor not in sentence:
                continue
            if e.requires is not None and not e.requires.search(sentence):
                continue
            if e.under is not None and not e.under.search(headings):
                continue
            at = "at" in rx.groupindex
            for m in rx.finditer(sentence):
                s, t = m.span("at") if at else m.span()
                if t > s >= 0:
                    cands.append((s, t, e, 0 if at else 1))
        # Leftmost-longest, non-overlapping; on equal spans prefer an alias read in its context (group at),
        # then data-file entries (null/compound/event).
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[3]))
        out: list[Mention] = []
        last_end = -1
        for s, e, entry, _rank in cands:
            if s >= last_end:
                out.append(Mention(s, e, entry, entry.type, entry.indicators))
                last_end = e
            elif out and s == out[-1].start and e == out[-1].end:
                continue
            elif (
                out
                and e > out[-1].end
                and s < out[-1].end
                and (e - s) > (out[-1].end - out[-1].start)
                and s > out[-1].start
            ):
                # A longer match starting inside the previous one: keep the longer (e.g. 县 + 生产总值).
                prev = out[-1]
                if (prev.end - prev.start) <= 2:
                    out[-1] = Mention(s, e, entry, entry.type, entry.indicators)
                    last_end = e
        return out


#: An indicator's name as the other term of a goal in words (计划与地区生产总值增长同步): the word before it, and after it.
_IN_STEP_BEFORE = frozenset(cue_words("attribution", "in_step_before"))
_IN_STEP_AFTER = cue("attribution", "in_step_after")


def without_in_step_terms(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """*mentions* less those naming the other term of a goal stated in words (…增长:计划与地区生产总值增长
    同步,完成5.1%; 与GDP增长基本同步): not a subject of the figures after it (the income's outturn, named before)."""
    if not any(m.start and sentence[m.start - 1] in _IN_STEP_BEFORE for m in mentions):
        return mentions
    return [
        m
        for m in mentions
        if not (m.start and sentence[m.start - 1] in _IN_STEP_BEFORE and _IN_STEP_AFTER.match(sentence, m.end))
    ]


@lru_cache(maxsize=4)
def default_lexicon() -> Lexicon:
    return Lexicon()
