"""Speed work on the document stage (session 11, s3): quicker ways to the same results.

* Word gates (:mod:`govkit.text.regex_gates`): the words every match of a pattern holds, read from
  its parse tree, and a gate that finds one of them; a text without any matches no pattern. Tested
  on patterns of our own and, for the gated data patterns (chrome line rules, recognition's chrome
  patterns, un-numbered headings), on every line of the shared seeds and dev texts: no line the
  patterns match is turned away.
* Table line kinds remembered per line: the same kinds and the same lone-figure test as line by
  line.
* A narrow column's widths: long lines measured only when the narrow ones could make a column;
  the same width as measuring every line.
* Masked years (20XX年) replaced only where one can start (a few characters before a mask
  character): the same text as the pattern's substitution.
"""

from __future__ import annotations

import random
import re

import pytest

from govkit.core.regex_gates import required_words, words_gate
from govkit.text import chrome, segment, tables, wraps
from govkit.text.years import MASKED_YEAR, unmask_years


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("甲乙丙", ["甲乙丙"]),
        ("甲.乙丙", ["乙丙"]),  # the longest run
        ("(?:甲乙|丙丁)戊", ["甲乙戊", "丙丁戊"]),  # a branch gives one word per branch, multiplied out
        ("[甲乙]+.{0,9}", ["乙", "甲"]),  # a small class repeated at least once
        ("甲?乙", ["乙"]),  # an optional character is not required
        (r"\d+元", ["元"]),
        (".{0,20}(?:丙丁|戊)", ["丙丁", "戊"]),
        ("(?:甲|)乙丙", ["乙丙"]),  # an empty branch requires nothing, the rest does
    ],
)
def test_required_words(pattern, expected):
    assert sorted(required_words(re.compile(pattern)) or ()) == sorted(expected)


@pytest.mark.parametrize("pattern", [r"\d+", "甲|.", "(?i)abc", "[^甲]{2}", "(?:甲)?"])
def test_no_required_words(pattern):
    assert required_words(re.compile(pattern)) is None


def test_gate_keeps_minimal_words_and_gives_up_on_one_pattern_without():
    gate = words_gate([re.compile("甲乙丙"), re.compile("甲乙"), re.compile("丁戊.")])
    assert gate is not None and sorted(gate.pattern.split("|")) == sorted(["甲乙", "丁戊"])  # 甲乙丙 holds 甲乙
    assert words_gate([re.compile("甲乙"), re.compile(r"\d+")]) is None


def _lines(shared_corpus) -> list[str]:
    out: list[str] = []
    for d in ("seeds", "dev"):
        for p in sorted(shared_corpus(d).glob("*.txt")):
            out += [ln.strip() for ln in p.read_text(encoding="utf-8", errors="replace").split("\n")]
    return [ln for ln in out if ln]


def test_gates_never_turn_away_a_match(shared_corpus):
    lines = _lines(shared_corpus)
    extra = ["首页 > 新闻中心 > 政务动态", "版权所有:某某县人民政府", "- 3 -", "2024年工作安排", "发布时间:2024-01-05"]
    rules = chrome.rules()
    checks = [
        (rules.line_gate, rules.line_rx.fullmatch),
        (chrome._chrome_gate(), lambda s: any(p.search(s) for p in chrome.chrome_patterns())),
        (segment._heading_gate(), segment._heading_patterns().fullmatch),
    ]
    for gate, matches in checks:
        assert gate is not None
        for s in lines + extra:
            if matches(s):
                assert gate.search(s), s


def test_table_kinds_remembered_are_the_kinds():
    lines = [
        "指标 2022年 2023年 增长%",
        "地区生产总值 120.5 130.2 8.0",
        "61.2",
        "全县完成投资12亿元,增长8%。",
        "|---|---|",
    ]
    tables._KIND_MEMO.clear()
    for _ in range(2):  # found, then remembered
        kinds, lone = tables._kinds(lines)
        assert kinds == [tables._kind(ln) for ln in lines]
        assert lone is True
    assert tables._kinds(lines[:2] + lines[3:])[1] is False


def _narrow_reference(lines: list[str]) -> float | None:
    """:func:`wraps._narrow_column` measuring every line (as before)."""
    widths: dict[int, int] = {}
    prose: dict[int, int] = {}
    n = 0
    for line in lines:
        core = line.strip()
        if core:
            n += 1
            half = sum(1 for ch in core if ch.isascii() and (ch.isalnum() or ch == "."))
            w = round(len(core) - half / 2)
            widths[w] = widths.get(w, 0) + 1
            prose[w] = prose.get(w, 0) + (re.search(r"[,、;:。]", core[: len(core) - 1]) is not None)
    if not widths:
        return None
    width, count = max(((w, widths.get(w, 0) + widths.get(w - 1, 0)) for w in widths), key=lambda x: (x[1], x[0]))
    if count < 8 or count < 0.4 * n or not 8 <= width < 20:
        return None
    if 2 * (prose.get(width, 0) + prose.get(width - 1, 0)) < count:
        return None
    return width - 1.5


@pytest.mark.parametrize(
    "short, long",
    [(10, 0), (10, 3), (10, 12), (10, 30), (7, 2), (0, 5), (12, 8)],
)
def test_narrow_column_same_width(short, long):
    narrow = ["全县上下团结一心,奋力拼搏", "经济发展稳中有进,民生改善", "完成192.45亿元,增长6.5%"]
    wide = ["全县地区生产总值完成一百九十二亿元,比上年增长百分之六点五,其中第一产业增加值增长三点九" * 2]
    lines = [narrow[i % 3] for i in range(short)] + wide * long + ["", "专此报告"]
    assert wraps._narrow_column(lines) == _narrow_reference(lines)


@pytest.mark.parametrize(
    "text", ["20XX年,全县…", "202X年和20××年", "xx年 x 年", "版本x2.0,2019年", "**年度*年", "ab20XX年", "X\nXX年"]
)
def test_unmask_years_as_the_pattern_substitutes(text):
    assert unmask_years(text) == MASKED_YEAR.sub("2099", text)


def test_unmask_years_on_random_texts():
    rnd = random.Random(11)
    alphabet = [*"2019X x×*＊年a\n", "20", "19", "年"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert unmask_years(text) == MASKED_YEAR.sub("2099", text), text


def test_unmask_each_line_as_one_by_one():
    from govkit.text.years import _unmask_each

    for lines in (["2023年工作总结", "全县…"], ["20XX年工作总结", "x", "XX年"], []):
        assert _unmask_each(lines) == [unmask_years(ln) for ln in lines]


def test_may_match_never_turns_away_a_match(shared_corpus):
    from govkit.core.regex_gates import may_match
    from govkit.text import dates, report_types, title

    lines = _lines(shared_corpus) + [
        "临泉县人民政府 2024年1月15日",
        "2023年3月",
        "宁远县财政局 2024-3-2",
        "(2024.1.15)",
    ]
    anchored = [dates._BYLINE_DATE, dates._MONTH_ONLY_LINE, dates._NUMERIC_SIGNATURE, dates._DOTTED_SIGNATURE]
    anchored.append(dates._DATE_ONLY_LINE)
    searched = [p for t in report_types.report_types() for p in t.head + t.body]
    searched += [p for p, _ in title._title_noise_words()]
    for s in lines:
        for rx in anchored:
            if rx.match(s):
                assert may_match(rx, s), (rx.pattern, s)
        for rx in searched:
            if rx.search(s):
                assert may_match(rx, s), (rx.pattern, s)
