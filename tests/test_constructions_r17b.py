"""Constructions of plan periods and plan tables (session 15, helper k2), by class:

- a target level of a flow over the years ahead its own sentence names (今后五年, 未来五年, “十五五”期间,
  力争五年…): new jobs, labour moved, funds attracted or secured, farmland built are counted anew each year,
  so the figure is their sum over the span: ``period_start`` the span's first year, ``year`` its last, as
  五年来… in a review (EXTRACTION.md: cumulative sums over a span are level with period_start set). It was
  read as the end year's level (a five-year sum paired with one year's outcome in targets vs outcomes);
- near misses that keep their readings: an annual aggregate, a stock or a rate reached by the span's end
  (地区生产总值达到500亿元, 森林覆盖率75%: the end year's), a year printed for the target (力争到2030年…),
  a growth rate averaged over the span (年均增长6%: cagr_pct with the span), the same flow in a review,
  and a span named only in the paragraph's heading (left as the end year's: not told for the figure).

Each case is a short passage of our own (not copied from any corpus); the cases of the class failed
before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county work report of January 2026 on 2025 (十五五 goals ahead).
META = {"year": 2025, "report_date": "2026-01-10", "region": "安福县", "level": "county"}
#: A county work report of January 2023 on 2022 (a new term: 今后五年 is 2023-2027).
TERM_META = {"year": 2022, "report_date": "2023-01-08", "region": "安福县", "level": "county"}

PLAN_CASES: list[dict] = [
    # ---- a flow over the years ahead: their sum
    {
        "id": "next_five_years_flows_and_growth",
        "text": "今后五年,全县城镇新增就业2.5万人,新建高标准农田10万亩,地区生产总值年均增长6%。",
        "facts": [
            ("new_urban_jobs", "level", 25000.0, 2030, "", "target", 2026),
            ("high_standard_farmland", "level", 100000.0, 2030, "", "target", 2026),
            ("gdp", "cagr_pct", 6.0, 2030, "", "target", 2026),
        ],
        "absent": [("new_urban_jobs", "level", 25000.0, 2030, "", "target", None)],
    },
    {
        "id": "plan_period_funds_attracted_and_investment_summed",
        "text": "“十五五”期间,招商引资到位资金500亿元以上,累计完成固定资产投资1000亿元以上。",
        "facts": [
            ("investment_attracted", "level", 500.0, 2030, "", "target", 2026),
            ("fai", "level", 1000.0, 2030, "", "target", 2026),
        ],
        "absent": [("investment_attracted", "level", 500.0, 2030, "", "target", None)],
    },
    {
        "id": "years_ahead_of_a_new_term",
        "meta": TERM_META,
        "text": "未来五年,全县农村劳动力转移就业5万人,城镇新增就业1.5万人。",
        "facts": [
            ("labor_transfer", "level", 50000.0, 2027, "", "target", 2023),
            ("new_urban_jobs", "level", 15000.0, 2027, "", "target", 2023),
        ],
        "absent": [("new_urban_jobs", "level", 15000.0, 2027, "", "target", None)],
    },
    # ---- near misses: unchanged
    {
        "id": "levels_reached_by_the_span_end",
        "text": "今后五年,全县地区生产总值达到500亿元,森林覆盖率稳定在75%。",
        "facts": [
            ("gdp", "level", 500.0, 2030, "", "target", None),
            ("forest_coverage", "level", 75.0, 2030, "", "target", None),
        ],
        "absent": [("gdp", "level", 500.0, 2030, "", "target", 2026)],
    },
    {
        "id": "a_year_printed_for_the_target",
        "text": "今后五年,力争到2030年城镇新增就业6000人。",
        "facts": [("new_urban_jobs", "level", 6000.0, 2030, "", "target", None)],
        "absent": [("new_urban_jobs", "level", 6000.0, 2030, "", "target", 2026)],
    },
    {
        "id": "the_same_flow_in_a_review",
        "text": "五年来,全县城镇新增就业2.5万人,地区生产总值年均增长6.5%。",
        "facts": [
            ("new_urban_jobs", "level", 25000.0, 2025, "", "actual", 2021),
            ("gdp", "cagr_pct", 6.5, 2025, "", "actual", 2021),
        ],
        "absent": [],
    },
    {
        "id": "span_only_in_the_heading",
        "text": "二、“十五五”时期主要目标\n城镇新增就业2.5万人以上,新建高标准农田10万亩。",
        "facts": [
            ("new_urban_jobs", "level", 25000.0, 2030, "", "target", None),
            ("high_standard_farmland", "level", 100000.0, 2030, "", "target", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", PLAN_CASES, ids=[c["id"] for c in PLAN_CASES])
def test_plan_period_goals(case):
    check_case(case, META)
