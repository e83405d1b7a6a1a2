"""Cheap tests in front of the cue and alias patterns (session 11 speed work) change no match.

By class:

- Gates (:func:`govkit.core.regex_gates.required_words`): strings one of which every match of a pattern holds,
  read from the parsed pattern. They decide which regular-expression aliases of the lexicon are
  tried on a sentence, which probes :func:`govkit.facts.cues.probe` gives, and which prefix scans
  are answered without a scan. A gate must never miss a match.
- First-character tests (:func:`govkit.core.regex_gates.first_test`, ``first_tests``): a pattern the
  regex engine would try in full at every position sits behind a lookahead of the characters its
  matches start with. The matches, their groups and names must be those of the pattern itself,
  alone and inside larger patterns built from its text.
- Scans of a sentence's prefixes answer what a scan of the window itself would, also for a window
  that is not a slice of the sentence.
"""

from __future__ import annotations

import random
import re

import pytest

from govkit.core.regex_gates import first_test, first_tests, untested
from govkit.core.regex_gates import required_words as gate
from govkit.facts.clauses import _CLAUSE_SEPS, clause_start, inside_parens
from govkit.facts.cues import any_of, load_cues, probe, required_literal
from govkit.facts.mentions import _FOLD, default_lexicon
from govkit.facts.prefixes import Scans, prefixed


def _sentences(shared_corpus) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for d in ("seeds", "dev")
        for p in sorted(shared_corpus(d).glob("*.txt"))
    ]
    return [s for t in texts for s in re.split(r"[。\n]", t) if s.strip()]


def _tested_cues() -> list[tuple[re.Pattern, re.Pattern]]:
    """(the pattern as compiled, the pattern it tests) of each cue behind a first-character test."""
    out = []
    for rows in load_cues().values():
        for rx in rows.values():
            base = untested(rx)
            if base is not rx:
                out.append((rx, base))
    for category in ("kind", "measure"):
        rx = any_of(category)
        base = untested(rx)
        if base is not rx:
            out.append((rx, base))
    return out


def _found(rx: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.lastgroup, m.groupdict()) for m in rx.finditer(text)]


_ALPHABET = (
    "0123456789.%,，;；:：、()（）年月上下半季度前三十五全县比较增长下降预计目标计划任务实际完成到至达为的以来同期"
)


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 40))) for _ in range(n)]


# -- gates -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("重[点大](建设)?项目", ("重点建设项目", "重大建设项目", "重点项目", "重大项目")),
        ("(?<=其中)城镇(?:居民)?(?=\\d)", ("城镇",)),
        ("五年来|过去五年|(?<!未来)五年(?=累计)", ("五年",)),  # 五年来 and 过去五年 hold 五年
        ("ab[^,]{0,4}c", ("ab",)),  # the longer string
        ("(?:x|y)+z", ("z",)),
    ],
)
def test_gate_of_a_pattern(pattern, expected):
    words = gate(re.compile(pattern))
    assert words is not None and sorted(words) == sorted(expected)


@pytest.mark.parametrize("pattern", ["a|b?", ".+", "[^,]+", "(?i)abc", "\\d+", "(a)?\\1"])
def test_no_gate_where_a_match_may_hold_no_known_string(pattern):
    assert gate(re.compile(pattern)) is None


def _all_patterns() -> list[re.Pattern]:
    out = [rx for rows in load_cues().values() for rx in rows.values()]
    out += [any_of(c) for c in ("kind", "time", "sub", "block", "measure")]
    out += [rx for rx, _entry, _anchor in default_lexicon().regexes]
    return out


def test_a_gate_never_misses_a_match(shared_corpus):
    texts = _sentences(shared_corpus) + _random_texts(3000, 7)
    checked = 0
    for rx in _all_patterns():
        words = gate(rx)
        p = probe((rx,))
        for s in texts:
            if rx.search(s):
                checked += 1
                assert words is None or any(w in s for w in words), (rx.pattern, s)
                assert p is None or p.search(s), (rx.pattern, s)
    assert checked > 1000


def test_the_lexicon_tries_every_alias_pattern_that_matches(shared_corpus):
    lex = default_lexicon()
    for s in _sentences(shared_corpus):
        tried = set(lex._always)
        for _end, (_length, _entries, gated) in lex._automaton.iter(s.translate(_FOLD)):
            tried.update(gated)
        for i, (rx, _entry, _anchor) in enumerate(lex.regexes):
            if rx.search(s):
                assert i in tried, (rx.pattern, s)


# -- first-character tests ---------------------------------------------------------------------
def test_most_cues_the_engine_would_try_everywhere_are_tested():
    assert len(_tested_cues()) > 100


def test_a_first_character_test_keeps_every_match(shared_corpus):
    texts = _sentences(shared_corpus) + _random_texts(2000, 11)
    for fast, base in _tested_cues():
        assert fast.pattern.startswith("(?=[") or "|(?=[" in fast.pattern
        assert fast.groupindex == base.groupindex and fast.groups == base.groups
        for s in texts:
            assert _found(fast, s) == _found(base, s), (base.pattern, s)


def test_the_text_of_a_tested_cue_composes_as_before(shared_corpus):
    """[,，] + A|B reads [,，]A or B, and so it does with each alternative tested on its own."""
    texts = _sentences(shared_corpus)[:3000] + _random_texts(1000, 5)
    for fast, base in _tested_cues():
        for before, after in (("[,，]", ""), ("", "$"), ("(?:", ")年")):
            composed, plain = re.compile(before + fast.pattern + after), re.compile(before + base.pattern + after)
            for s in texts:
                assert _found(composed, s) == _found(plain, s), (before, base.pattern, after, s)


@pytest.mark.parametrize(
    "pattern",
    [
        "(?<!x)ab|(?P<n>c)d",
        "(?:年初|全年)?(?:计划|目标)(?=\\d)",
        "(?:^|[,，])\\s{0,2}(?:与|比)(\\d{4})年",
        "[\\d.]+倍|翻番",
        "(?P<a>(?<![前])第?二季度)|(?P<b>上半年)",
    ],
)
def test_first_tests_of_made_up_patterns(pattern):
    base = re.compile(pattern)
    for fast in (first_test(base), first_tests(base, pattern.split("|") if "(?P" in pattern else [pattern])):
        for s in _random_texts(400, 3) + ["与2019年比", "x年初计划12", "翻番3.5倍", "前第二季度上半年", "xab cd"]:
            assert _found(fast, s) == _found(base, s), (pattern, s)


def test_the_engine_own_skips_are_left_alone():
    for pattern in ("abc|abd", "[一二]季度", "(?:预计|预测)增长"):
        rx = re.compile(pattern)
        assert first_test(rx) is rx


# -- scans ---------------------------------------------------------------------------------------
def test_a_window_not_sliced_from_the_sentence_is_scanned_as_it_is():
    p = prefixed(re.compile("(?<!未来)五年(?=累计)"))
    sc = Scans("全县经济平稳增长")  # holds no string of the gate
    assert sc.search(p, "过去五年累计") is not None
    assert [m.span() for m in sc.finditer(p, "近五年累计,五年累计")] == [(1, 3), (6, 8)]
    assert sc.search(p, "经济平稳", 2) is None


# -- clauses -------------------------------------------------------------------------------------
def test_clause_start_is_after_the_last_separator_before_the_position():
    rng = random.Random(2)
    alphabet = "ab,;:，；：。\n 年"
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        pos = rng.randint(-3, len(s) + 3)
        assert clause_start(s, pos) == max(s.rfind(ch, 0, pos) for ch in _CLAUSE_SEPS) + 1, (s, pos)


def test_probes_and_literals_read_a_tested_cue_as_the_cue_itself():
    """Callers skip more than a pattern's own scan when its probe fails (timing's kind probe gates
    kinds.kind_in, sentence_goal included): a probe must stay the one the cue always had."""
    for fast, base in _tested_cues():
        assert probe((fast,)) == probe((base,)), base.pattern
        assert required_literal(fast.pattern) == required_literal(base.pattern), base.pattern


def test_verbose_and_case_blind_patterns_are_left_alone():
    for rx in (re.compile("(?<!x)ab # a comment", re.VERBOSE), re.compile("(?<!x)ab|(?<!y)cd", re.IGNORECASE)):
        assert first_test(rx) is rx
        assert first_tests(rx, rx.pattern.split("|")) is rx


def test_inside_parens_as_the_last_bracket_before_the_position_tells():
    rng = random.Random(4)
    for _ in range(20000):
        s = "".join(rng.choice("ab()（）年,") for _ in range(rng.randint(0, 20)))
        pos = rng.randint(-2, len(s) + 2)
        o = max(s.rfind("(", 0, pos), s.rfind("（", 0, pos))
        c = max(s.rfind(")", 0, pos), s.rfind("）", 0, pos))
        assert inside_parens(s, pos) == (o > c), (s, pos)
