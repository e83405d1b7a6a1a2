"""Speed work on the figures of a sentence (session 11): the shortcuts give the same answers.

* Word gates (:func:`govkit.facts.gates.required_words`): every match of a cue contains one
  of its words, so a text without them is not searched. Checked on every cue of cues.tsv over the
  fixture texts, and on hand-written patterns.
* Gated readers equal ungated ones: :func:`~govkit.facts.subperiods.subperiod_of` and
  :func:`~govkit.facts.timeframe.span_of_phrase` on every prefix of the fixture sentences.
* First characters (:func:`govkit.facts.gates.first_class`): :class:`~govkit.facts.gates.FirstScan`
  finds what ``finditer`` finds, for every cue of cues.tsv over the fixture texts.
* Kind cues before a figure (:func:`govkit.facts.kinds._cues_before`) equal a scan of its words.
* A clause end inside a figure (clauses._end_inside, by bisection) as found by testing every clause.
* Place tests kept per sentence (:class:`govkit.facts.blocking.PlaceMemo`): the facts of the fixture
  texts are the same with a memo shared by a sentence's figures as with a fresh one per figure.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govkit.core.regex_gates import FirstScan, first_class, may_occur, required_words
from govkit.facts import subperiods, timeframe
from govkit.facts.cues import any_of, load_cues
from govkit.facts.subperiods import subperiod_of
from govkit.facts.timeframe import Dates, span_of_phrase

ROOT = Path(__file__).resolve().parent.parent
_SPLIT = re.compile(r"(?<=[。;；!！?？\n])")


def _texts() -> list[str]:
    out = []
    for p in sorted((ROOT / "tests" / "fixtures" / "blind").glob("*.txt")):
        out.append(p.read_text(encoding="utf-8", errors="replace"))
    for p in sorted((ROOT / "data" / "raw").rglob("*.txt")):
        out.append(p.read_text(encoding="utf-8", errors="replace"))
    # Passages of my own with the words the gates look for.
    out.append(
        "“十三五”期间,全县地区生产总值年均增长7.2%;2016-2020年累计完成投资800亿元。精准扶贫以来,"
        "累计脱贫2.1万人;建档立卡贫困人口4800人,其中已脱贫4700人。五年来,财政收入年均增长8%。"
        "今后五年,力争地区生产总值年均增长6%。1-9月,规模以上工业增加值增长5.1%;前三季度增长5.3%;"
        "一至十月增长5.0%;截至三季度末贷款余额增长9%;前10个月增长4.9%;9月当月增长3.1%;全年增长6%。"
    )
    return out


def _sentences() -> list[str]:
    return [s for t in _texts() for s in _SPLIT.split(t) if 4 <= len(s) <= 400]


@pytest.mark.parametrize(
    "pattern,words",
    [
        ("ab+c", ("a",)),
        # short alternatives multiplied out (core.regex_gates: at most 128 strings)
        (
            "(?:收入|支出)(?:建议|拟)?(?:预算|安排)",
            tuple(
                sorted(
                    (a + b + c for a in ("收入", "支出") for b in ("", "建议", "拟") for c in ("预算", "安排")),
                    key=lambda w: (-len(w), w),
                )
            ),
        ),
        ("x(?=abc)", ("x",)),
        ("(?<=%)安排", ("安排",)),
        ("(ab|cd)e*f", ("ab", "cd")),
        ("(?:a|b)c", ("ac", "bc")),
        ("(ab|cd)e*", ("ab", "cd")),
        ("a?b?", None),
        ("(?:甲|[乙丙])丁?", ("丙", "乙", "甲")),
        ("(?i)abc", None),
    ],
)
def test_required_words_of_patterns(pattern: str, words: tuple[str, ...] | None) -> None:
    assert required_words(re.compile(pattern)) == words


def test_every_cue_match_holds_a_required_word() -> None:
    texts = _texts()
    checked = 0
    patterns = {(category, name): rx for category, cues in load_cues().items() for name, rx in cues.items()}
    patterns["kind", "any"] = any_of("kind")  # kinds.KIND_WORDS
    for (category, name), rx in patterns.items():
        words = required_words(rx)
        if words is None:
            continue
        for t in texts:
            for m in rx.finditer(t):
                assert any(w in m.group() for w in words), (category, name, m.group(), words)
                checked += 1
    assert checked > 1000


def test_may_occur() -> None:
    assert may_occur(None, "")
    assert may_occur(("上半年", "全年"), "今年全年增长")
    assert not may_occur(("上半年",), "下半年")


def test_subperiod_of_gated_equals_ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    prefixes = [s[:k] for s in _sentences() for k in range(1, len(s) + 1, 3)]
    gated = [(subperiod_of(p), subperiod_of(p, single_month=True)) for p in prefixes]
    plain = {
        n: (FirstScan(re.compile("(?:.(?!))|" + scan.rx.pattern)), None) for n, (scan, _) in subperiods._GATED.items()
    }
    assert all(scan.firsts is None for scan, _ in plain.values())  # no first characters: finditer as it is
    assert subperiods._GATED["H1"][0].firsts is not None and subperiods._GATED["months"][0].firsts is None
    monkeypatch.setattr(subperiods, "_GATED", plain)
    ungated = [(subperiod_of(p), subperiod_of(p, single_month=True)) for p in prefixes]
    assert gated == ungated
    assert sum(1 for g in gated if g[0]) > 20


@pytest.mark.parametrize("dates", [Dates(2023, 2024, 1), Dates(2020, 2020, 7), Dates(2021, None, None)])
def test_span_of_phrase_gated_equals_ungated(monkeypatch: pytest.MonkeyPatch, dates: Dates) -> None:
    prefixes = [s[:k] for s in _sentences() for k in range(1, len(s) + 1, 3)]
    gated = [span_of_phrase(p, dates) for p in prefixes]
    monkeypatch.setattr(timeframe, "_SPAN_WORDS", dict.fromkeys(timeframe._SPAN_WORDS))
    ungated = [span_of_phrase(p, dates) for p in prefixes]
    assert gated == ungated
    assert sum(1 for g in gated if g) > 10


def test_place_memo_per_sentence_equals_per_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    from govkit.facts import figures
    from govkit.facts.extract import extract_records
    from govkit.pipeline.corpus import document_from_bytes

    paths = sorted((ROOT / "tests" / "fixtures" / "blind").glob("*.txt"))
    docs = [document_from_bytes(p.read_bytes(), p.name) for p in paths]
    kept = [[repr(f) for f in extract_records(d)] for d in docs]
    monkeypatch.setattr(figures, "PlaceMemo", lambda: None)  # blocked() then makes one per figure
    fresh = [[repr(f) for f in extract_records(d)] for d in docs]
    assert kept == fresh
    assert sum(len(k) for k in kept) > 50


def test_kind_cues_before_a_figure_equal_a_scan_of_its_words() -> None:
    from govkit.facts.kinds import _KIND_P, _cues_before, kind_cues_in

    sentences = [
        *_sentences(),
        "全县一般公共预算收入预算安排为12.5亿元,实际完成13.1亿元,年初预算数为8亿元,上年为7.2亿元。",
        "城镇登记失业率计划控制在4.5%以内,实际为三点一,力争增长8%,预计完成16亿元。",
    ]
    checked = 0
    for s in sentences:
        in_sentence = kind_cues_in(s)
        for k in range(1, len(s) + 1):
            want = [(m.span(), m.lastgroup) for m in _KIND_P.rx.finditer(s[:k])]
            if in_sentence is None:
                assert want == []  # kind_in reads no cue (may_cue False)
                continue
            got = [(m.span(), m.lastgroup) for m in _cues_before(s, k, in_sentence)]
            assert got == want, (s, k)
            checked += bool(want)
    assert checked > 100


@pytest.mark.parametrize(
    "pattern,cls",
    [
        ("(?<!完成)目标|计划", "[目计]"),
        ("(?:年初|全年)?安排", "[全安年]"),
        ("[1-3]月", "[1-3]"),
        (r"\d+月|[-—]", r"[\-\d—]"),
        ("a?", None),
        ("(?=x)y", "[y]"),
        ("[^a]b", None),
        (".b", None),
        ("(?i)ab", None),
    ],
)
def test_first_class(pattern: str, cls: str | None) -> None:
    assert first_class(re.compile(pattern)) == cls


def test_first_scan_equals_finditer() -> None:
    texts = _texts()
    patterns = [rx for cues in load_cues().values() for rx in cues.values()] + [any_of("kind")]
    found = 0
    for rx in patterns:
        scan = FirstScan(rx)
        for t in texts:
            want = [(m.span(), m.groups()) for m in rx.finditer(t)]
            assert [(m.span(), m.groups()) for m in scan.finditer(t)] == want, rx.pattern
            found += len(want)
            mid = len(t) // 2
            assert [m.span() for m in scan.finditer(t, mid)] == [m.span() for m in rx.finditer(t, mid)]
    assert found > 1000


def test_span_of_phrase_with_the_sentences_span_cues() -> None:
    from govkit.facts.prefixes import Scans
    from govkit.facts.timeframe import span_cues_in

    dates = Dates(2023, 2024, 1)
    found = 0
    for s in _sentences():
        sc, names = Scans(s), span_cues_in(s)
        for k in range(1, len(s) + 1, 2):
            want = span_of_phrase(s[:k], dates)
            assert span_of_phrase(s[:k], dates, sc, names) == want, (s, k)
            found += want is not None
    assert found > 10


def test_subperiod_of_with_the_sentences_sub_cues() -> None:
    from govkit.facts.subperiods import sub_cues_in

    found = 0
    for s in _sentences():
        names = sub_cues_in(s)
        for k in range(1, len(s) + 1, 2):
            for words in (s[:k], re.sub(r"[(（][^()（）]*[)）]", lambda m: " " * len(m.group()), s[:k])):
                want = subperiod_of(words)
                assert subperiod_of(words, names=names) == want, (s, k)
                found += want is not None
    assert found > 20


def test_clause_ends_inside_figures() -> None:
    from govkit.facts.clauses import _end_inside, clauses_of
    from govkit.facts.numbers import find_quantities

    seen = 0
    for s in [*_sentences(), "城镇居民人均可支配收入42,409元,增长5.2%,农村居民1,234,567元。"]:
        clauses = clauses_of(s)
        ends = sorted(c.end for c in clauses)
        for q in find_quantities(s):
            want = any(q.start < c.end < q.end for c in clauses)
            assert _end_inside(ends, q) == want
            seen += want
    assert seen >= 2
