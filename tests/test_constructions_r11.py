"""Constructions found by probing (session 9): the own words of an anonymised report whose masked
name shows its unit (XX市2023年政府工作报告, 关于某市…计划执行情况的报告: 全市, 我市 are the report's
own, as 全县 is an anonymised county's). Before, an anonymised report counted only the county-level
words (全县, 全区, 全旗 …) as its own, so every 全市 figure of an anonymised city's (or county-level
city's) report was taken for another place's and dropped. The prefecture named 全市 in a masked
county's or district's report stays another place.

Each case is a short passage of its own (not copied from a dev set): the facts it must give
(indicator, measure, value, year, subperiod, kind, period_start) and the keys it must not give.
"""

from __future__ import annotations

import pytest
from passages import check_case

CASES: list[dict] = [
    {
        "id": "masked_city_work_report",
        "text": "XX市2023年政府工作报告\n2023年,全市地区生产总值增长5.4%,一般公共预算收入增长3.1%。",
        "facts": [
            ("gdp", "yoy_pct", 5.4, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 3.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "masked_city_plan_report_with_wo_shi",
        "text": (
            "关于某市2023年国民经济和社会发展计划执行情况的报告\n"
            "2023年,全市规模以上工业增加值增长6.2%,我市固定资产投资增长4.0%。"
        ),
        "facts": [
            ("industrial_va", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("fai", "yoy_pct", 4.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "masked_city_figure_of_its_own_in_a_level",
        "text": "**市2022年统计公报\n2022年全市实现地区生产总值356.2亿元,比上年增长4.1%。",
        "facts": [
            ("gdp", "level", 356.2, 2022, "", "actual", None),
            ("gdp", "yoy_pct", 4.1, 2022, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- near misses: 全市 in a masked county's or district's report is the prefecture
    {
        "id": "masked_county_quotes_its_prefecture",
        "text": "XX县2023年政府工作报告\n2023年,全县地区生产总值增长5.4%;全市地区生产总值增长4.8%。",
        "facts": [("gdp", "yoy_pct", 5.4, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 4.8)],
    },
    {
        "id": "masked_district_quotes_its_city",
        "text": "**区2023年政府工作报告\n2023年,全区地区生产总值增长5.4%,全市地区生产总值增长4.8%。",
        "facts": [("gdp", "yoy_pct", 5.4, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 4.8)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_own_words_of_a_masked_unit(case):
    check_case(case, {})
