"""The cue scans of the words before each figure are made once per sentence (issue 13).

:mod:`govkit.facts.prefixes` answers for every prefix of a sentence exactly what a scan of
the prefix itself would; these tests hold it to that (random texts of cue words, passages of
time and block words right before a figure, long runs without 。 against the plain scan) and
check that the time per figure no longer grows with the length of the sentence.
"""

from __future__ import annotations

import random
import re
import time

import pytest

from govkit.core.regex_gates import parsed
from govkit.facts import prefixes
from govkit.facts.cues import any_of, load_cues
from govkit.facts.extract import default_extractor, extract_records
from govkit.facts.prefixes import Scans, prefixed, reach_of
from govkit.pipeline.corpus import document_from_text

_PIECES = (
    "2020年 到2025年 比2019年 较上年 1-9月 上半年 前三季度 十三五 五年来 2016-2020年 2014年以来 全省 "
    "低于5.5%的 要低于 上年 今年 去年 明年 预计 力争 目标 计划投资 第3位 2.5倍 由2015年的 增至 以来 累计 "
    "20XX年 同比增长 分别 标准线 拉动 三年间 年均 的 , ; : ， ； ： ( ) “ ” 5 . % 年 月 上 三 \n"
).split(" ")


def _patterns() -> list[re.Pattern]:
    out = [rx for rows in load_cues().values() for rx in rows.values()]
    out += [any_of(c) for c in ("kind", "time", "sub", "block")]
    out += [re.compile(p) for p in (r"[,:，：]", r"((?:19|20)\d{2})年的\s*$", r"(?:增长|提高|增)了?$")]
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_scans_answer_what_a_scan_of_the_prefix_itself_would(seed, monkeypatch):
    if seed == 1:
        monkeypatch.setattr(prefixes, "_SHORT", 0)  # short windows kept too (searched as they are by default)
    rng = random.Random(seed)
    patterns = [prefixed(rx) for rx in _patterns()]
    assert sum(p.reach > 0 for p in patterns) > len(patterns) // 2  # most cue patterns have a bounded reach
    assert sum(p.plain for p in patterns) > len(patterns) // 3
    for _ in range(25):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(10, 160)))
        scans = Scans(text)
        for p in patterns:
            for start in sorted({0, rng.randrange(len(text))}):
                for end in sorted(rng.sample(range(start, len(text) + 1), min(6, len(text) + 1 - start))):
                    window = text[start:end]
                    got = [(m.span(), m.groups()) for m in scans.finditer(p, window, start)]
                    assert got == [(m.span(), m.groups()) for m in p.rx.finditer(window)], (p.rx.pattern, window)
                    first, plain = scans.search(p, window, start), p.rx.search(window)
                    assert (first and first.span()) == (plain and plain.span()), (p.rx.pattern, window)
                    assert scans.occurs(p, start, end) == (plain is not None), (p.rx.pattern, window)


def test_the_reach_of_a_pattern_bounds_what_one_attempt_reads():
    def reach(pattern: str) -> int:
        return reach_of(parsed(re.compile(pattern)))

    assert reach(r"(?:19|20)\d{2}年") == 5 + prefixes._MARGIN
    assert reach(r"年(?!的|度)") == 2 + prefixes._MARGIN  # a lookahead reads ahead
    assert reach(r"(?<=比)\d年") == 2 + prefixes._MARGIN  # a lookbehind reads only what lies before
    assert reach(r"\d+年") == -1  # unbounded: every prefix is scanned as it is
    assert reach(r"[^,;]*$") == -1
    assert reach(r"年?") == -1  # may match the empty string
    assert prefixed(re.compile(r"[\d.]+倍|翻番")).plain
    assert not prefixed(re.compile(r"增长$")).plain and not prefixed(re.compile(r"(?<!全)省")).plain


# -- decisions made from the words right before a figure ---------------------------------------
_PASSAGES = {
    # 1-9月 heads the sentence; 比2021年 is a base year two years back (not a year-on-year rate).
    "2023年前三季度经济运行情况\n2023年1-9月,全县规模以上工业增加值同比增长6.2%,固定资产投资比2021年增长14.1%,"
    "社会消费品零售总额比上年增长4.3%。": [
        ("industrial_va", "yoy_pct", 6.2, 2023, None, "Q1-Q3", "actual"),
        ("retail_sales", "yoy_pct", 4.3, 2023, None, "Q1-Q3", "actual"),
    ],
    # 到2025年: a target year.
    "十四五规划纲要\n到2025年,全县地区生产总值达到500亿元,年均增长7%。": [
        ("gdp", "level", 500.0, 2025, None, "", "target"),
        ("gdp", "cagr_pct", 7.0, 2025, 2021, "", "target"),
    ],
    # 由…的…增至: the start of the change takes its own year.
    "2023年政府工作报告\n全县一般公共预算收入由2020年的12.3亿元增至2023年的15.6亿元。": [
        ("general_budget_revenue", "level", 12.3, 2020, None, "", "actual"),
        ("general_budget_revenue", "level", 15.6, 2023, None, "", "actual"),
    ],
    # A year right before the number: the nearest one wins.
    "2024年政府工作报告\n过去一年,2023年地区生产总值230亿元,增长6.1%;2022年地区生产总值210亿元。": [
        ("gdp", "level", 230.0, 2023, None, "", "actual"),
        ("gdp", "yoy_pct", 6.1, 2023, None, "", "actual"),
        ("gdp", "level", 210.0, 2022, None, "", "actual"),
    ],
}


def _decisions(text: str) -> list[tuple]:
    return [
        (f.indicator, f.measure, f.value, f.year, f.period_start, f.subperiod, f.kind)
        for f in extract_records(document_from_text(text, "p"))
    ]


@pytest.mark.parametrize("text", list(_PASSAGES))
def test_time_words_right_before_a_figure_date_it(text):
    assert _decisions(text) == _PASSAGES[text]


def _plain_scans(monkeypatch) -> None:
    """Every registered pattern scanned on each prefix itself (what the extractor did before)."""
    for p in list(prefixes._REGISTRY.values()):
        monkeypatch.setattr(p, "reach", -1)
        monkeypatch.setattr(p, "plain", False)


def _long_runs() -> list[str]:
    out = []
    for text in _PASSAGES:
        title, body = text.split("\n")
        out.append(title + "\n" + body.replace("。", ";") * 40)  # many figures, one sentence cut in pieces
        out.append(title + "\n" + "附表" + "、".join(str(i % 97) for i in range(300)) + "," + body.replace("。", ""))
    out.append("2023年统计公报\n" + "五年来地区生产总值增长37%,年均增长6.5%,比2018年增长9%" * 60)
    out.append("2023年统计公报\n" + "全省地区生产总值位居第3位,是全市的2.5倍,要低于5%的标准线" * 60)
    return out


def _all_facts(text: str) -> list[dict]:
    """Every fact the extractor makes (before validation merges repeated ones)."""
    return [f.row() for f in default_extractor().extract(document_from_text(text, "r"))]


def test_long_runs_without_a_full_stop_are_read_as_by_the_plain_scan(monkeypatch):
    fast = [_all_facts(t) for t in _long_runs()]
    assert sum(map(len, fast)) > 400  # 429 facts
    _plain_scans(monkeypatch)
    assert [_all_facts(t) for t in _long_runs()] == fast


# -- time per figure independent of the sentence's length --------------------------------------
_SHAPES = {
    "years": "2020年地区生产总值增长5%",
    "gdp_yi": "地区生产总值100亿元",
    "parens": "(地区生产总值增长5%",
    "respective": "地区生产总值分别为1亿元、2亿元,",
    "fiscal_mix": "一般公共预算收入3.2亿元，同比增长8%；",
}


def _seconds(text: str) -> float:
    doc = document_from_text(text, "shape")
    t0 = time.process_time()
    extract_records(doc)
    return time.process_time() - t0


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def test_time_per_megabyte_does_not_grow_with_the_length_of_a_run():
    _seconds("地区生产总值100亿元,增长5%。")  # warm up
    for name, unit in _SHAPES.items():
        small = min(_seconds(_repeat(unit, 30_000)) for _ in range(2))
        large = min(_seconds(_repeat(unit, 120_000)) for _ in range(2))  # 4x the text (about 0.35 MB)
        assert large < 8 * max(small, 0.02), (name, small, large)  # about 4x; quadratic: 16x


def test_time_per_figure_does_not_grow_with_the_sentence_cap(monkeypatch):
    # Each figure reads the words before it in its sentence: with the scans made once per sentence,
    # pieces eight times longer cost about the same; rescanning each prefix costs about 8x. Measured
    # (session 18, compiled): 1.6-2.4x alone, 2.6x once beside the suite's other worker (this text has no
    # comma, so the clause-bounded scans of the rules read the whole piece); the session's start: 1.6-1.8x.
    text = _repeat(_SHAPES["years"], 60_000)
    _seconds(text)
    capped = min(_seconds(text) for _ in range(3))
    monkeypatch.setenv("GOVKIT_LIMIT_SENTENCE_CHARS", "8000")
    long = min(_seconds(text) for _ in range(3))
    assert long < 3 * capped, (capped, long)


def test_every_cue_scanned_before_each_figure_reads_a_bounded_number_of_characters():
    # A cue pattern whose reach is unbounded (``\s*$``, ``[^,;]*``) is scanned again on every
    # prefix, so each figure pays for the whole sentence again. The cues come from cues.tsv: this
    # fails when an edit there (or a new prefix scan in code) brings such a pattern back. Plain
    # patterns asked only whether they occur (rank, threshold, multiple) need no bound.
    import govkit.facts.blocking
    import govkit.facts.printed_year
    import govkit.facts.spans
    import govkit.facts.subperiods
    import govkit.facts.timeframe
    import govkit.facts.timing

    used: list[prefixes.Prefixed] = []
    modules = (
        govkit.facts.blocking,
        govkit.facts.timeframe,
        govkit.facts.subperiods,
        govkit.facts.timing,
        govkit.facts.printed_year,
    )
    for module in (*modules, govkit.facts.spans):
        for value in vars(module).values():
            items = value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else [value]
            used += [p for p in items if isinstance(p, prefixes.Prefixed)]
    assert len(used) >= 20  # the scans the stage makes (a guard on the guard)
    unbounded = [p.rx.pattern for p in used if p.reach < 0 and not p.plain]
    assert not unbounded, unbounded
