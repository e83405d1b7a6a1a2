"""Speed work of session 12 (sfig): a sentence's gate words found in one scan.

Classes:

* **One scan, same answers** (:mod:`govkit.facts.sentence_words`): every gate registered by the
  extractor's cue tests answers, for a sentence and for each start of it, exactly what the gate's own
  substring test answers (``any(w in text for w in words)``) — on the development corpora's sentences
  and on short passages of our own.
* **Unchanged results**: the per-sentence cue tests given the scan (block cues, timing cues, sub-period
  names) equal those made without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govkit.facts.blocking import block_cues_in
from govkit.facts.sentence_words import _REGISTRY, SentenceWords
from govkit.facts.subperiods import may_name_subperiod, subperiod_of
from govkit.facts.timing import timing_cues_in

_CORPUS = Path("/work/shared/corpus")

_PASSAGES = [
    "2023年,全县实现地区生产总值125.4亿元,比上年增长6.5%;上半年一般公共预算收入完成8.2亿元。",
    "预计全年城镇居民人均可支配收入达到36520元,力争增长7%以上,比全省平均水平高1.2个百分点。",
    "“十四五”以来累计完成固定资产投资320亿元,年均增长9.8%,1-11月规上工业增加值增长8.1%。",
    "全市粮食总产量连续8年稳定在20亿斤以上,得分4分(权重5%),跨越2000亿元新台阶。",
    "",
    "A",
]


def _sentences() -> list[str]:
    texts = list(_PASSAGES)
    for d in ("seeds", "dev"):
        for p in sorted((_CORPUS / d).glob("*.txt"))[:15]:
            for part in p.read_text(encoding="utf-8", errors="replace").split("。"):
                if part.strip():
                    texts.append(part + "。")
    return texts


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _sentences()


def test_gates_answer_as_the_substring_tests(sentences: list[str]) -> None:
    assert _REGISTRY.words, "the extractor's modules register their gates at import"
    for text in sentences:
        found = SentenceWords(text)
        for g, words in enumerate(_REGISTRY.words):
            assert found.holds(g) == any(w in text for w in words), (text, words)
            for at in range(0, len(text) + 1, 7):
                assert found.holds_before(g, at) == any(w in text[:at] for w in words), (text, words, at)


def test_sentence_tests_unchanged(sentences: list[str]) -> None:
    for text in sentences:
        found = SentenceWords(text)
        assert block_cues_in(text, found) == block_cues_in(text)
        new, old = timing_cues_in(text, found), timing_cues_in(text)
        assert new[:4] == old[:4] and new[5:7] == old[5:7]
        assert [m.span() for m in new[4] or []] == [m.span() for m in old[4] or []]
        for single in (False, True):
            assert may_name_subperiod(text, single, found) == may_name_subperiod(text, single)
        for at in range(0, len(text) + 1, 11):
            assert subperiod_of(text[:at], found=found) == subperiod_of(text[:at])
            assert subperiod_of(text[:at] + ",", True, found=found) == subperiod_of(text[:at] + ",", True)


def test_prefix_scans_gated_by_the_sentence_words(sentences: list[str]) -> None:
    """A prefix scan given the sentence's gate words (where each gate's first word ends) finds what the
    scan without them finds, for windows starting anywhere (the words before each figure, a clause)."""
    from govkit.facts.prefixes import _MADE, Scans

    for text in sentences[:300]:
        found = SentenceWords(text)
        fast, plain = Scans(text, found), Scans(text)
        for p in _MADE:
            for start in range(0, len(text), 13):
                for end in range(start, len(text) + 1, 9):
                    window = text[start:end]
                    a, b = fast.search(p, window, start), plain.search(p, window, start)
                    assert (a and a.span()) == (b and b.span()), (text, p.rx.pattern, start, end)
                    got = [m.span() for m in fast.finditer(p, window, start)]
                    assert got == [m.span() for m in plain.finditer(p, window, start)], (text, start, end)
                    if p.plain:
                        assert fast.occurs(p, start, end) == plain.occurs(p, start, end), (text, start, end)


def test_gates_within_a_window(sentences: list[str]) -> None:
    """``holds_within(g, i, k)`` answers as the gate's substring test on ``text[i:k]``."""
    for text in sentences[:400]:
        found = SentenceWords(text)
        for g, words in enumerate(_REGISTRY.words):
            for i in range(0, len(text) + 1, 5):
                for k in range(i, len(text) + 1, 6):
                    assert found.holds_within(g, i, k) == any(w in text[i:k] for w in words), (text, words, i, k)
