"""Cheap necessary tests for cue patterns: they may pass too often, but never miss a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govkit.facts.cues import literal_alternatives, load_cues, probe, required_literal, top_level_branches
from govkit.facts.mentions import default_lexicon


def _all_patterns() -> list[re.Pattern]:
    out = [rx for cat in load_cues().values() for rx in cat.values()]
    out += [rx for rx, _entry, _anchor in default_lexicon().regexes]
    return out


def _real_sentences(shared_corpus) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for d in ("seeds", "dev")
        for p in sorted(shared_corpus(d).glob("*.txt"))
    ]
    return [s for t in texts for s in re.split(r"[。\n]", t) if s.strip()]


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("ab.c", "ab"),
        ("abc?d", "ab"),
        ("ab+c", "abc"),
        ("a(b)c", "a"),
        ("x[(]yz", "yz"),
        (r"a\.bc", "bc"),
        ("ab{2}cd", "cd"),
        ("ab*?cd", "cd"),
        ("上半年|前两个季度", ""),
        (r"(\d{1,2})[-—~至](\d{1,2})月(份)?", "月"),
        (r"((?:19|20)\d{2})年以来", "年以来"),
        ("(十[一二三四五六]五)(期间|时期)?", "十"),
        ("(?:abc)?d", "d"),
        ("(?<!xy)z", "z"),
        ("(?P<n>hello)w", "hello"),
        ("(a|bb)c", "c"),
    ],
)
def test_required_literal(pattern, expected):
    assert required_literal(pattern) == expected


def test_literal_alternatives():
    assert literal_alternatives("全年|年末|年底") == ("全年", "年末", "年底")
    assert literal_alternatives("全年|年(末)") is None
    assert literal_alternatives("a||b") is None


def test_top_level_branches():
    assert top_level_branches(r"a|b(c|d)|[|]x|\|y") == ["a", "b(c|d)", "[|]x", r"\|y"]
    assert top_level_branches("abc") == ["abc"]
    assert top_level_branches(r"a\\|b") == ["a\\\\", "b"]  # an escaped backslash, then a real |


def test_probe_of_alternation():
    assert probe((re.compile(r"(?<![增加])到((?:19|20)\d{2})年(?!的)|((?:19|20)\d{2})年(底|末)?前"),)).pattern in (
        "到|年",
        "年|到",
    )
    assert probe((re.compile(r"a|b?"),)) is None  # a branch that may match the empty string


def test_required_literal_is_in_every_real_match(shared_corpus):
    sentences = _real_sentences(shared_corpus)
    assert len(sentences) > 500
    checked = 0
    for rx in _all_patterns():
        lit = required_literal(rx.pattern)
        p = probe((rx,))
        for s in sentences:
            if rx.search(s):
                checked += 1
                assert lit in s, (rx.pattern, s)
                assert p is None or p.search(s), (rx.pattern, s)
    assert checked > 200


_ALPHABET = "0123456789-—~至到年月份上下半季度前三两个第一全末底十五期间以来本届政府过去的这近来()（）,，:是为目标预计计划增长下降占"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_probe_never_misses(text):
    for rx in _all_patterns():
        if rx.search(text):
            assert required_literal(rx.pattern) in text
            p = probe((rx,))
            assert p is None or p.search(text)
