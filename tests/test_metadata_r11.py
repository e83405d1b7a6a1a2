"""The year an undated work report describes, read from the year its plan part names (session 9).

A 政府工作报告 copied without its session line (mirror sites, excerpts) often prints no year of the
year it reviews (过去一年, 一年来, 今年以来) but names the year ahead in its plan part: a heading or
line opening on it (二、2024年主要目标任务, 2024年工作安排, 2024年经济社会发展的主要预期目标是). That
year is planned for, not described: the report describes the year before it, whether it was
delivered in January (过去一年…, 今年 the plan year) or in December (今年以来…, 明年 the plan year).
Before, the latest year the text printed was taken, so every figure of the review was dated a year
late. A dated report, or one that prints its review year (2023年,全县…), is decided as before.

Each case is a document of our own (not from a corpus): its metadata year, and the facts of its
review and of its plan (indicator, measure, value, year, subperiod, kind, period_start).
"""

from __future__ import annotations

import pytest
from passages import check_case, recognised

CASES: list[dict] = [
    {
        "id": "plan_heading_after_a_past_year_review",
        "text": (
            "沭阳县2024年政府工作报告\n一、过去一年工作回顾\n"
            "过去一年,全县地区生产总值增长6.1%,一般公共预算收入增长5.2%。\n"
            "二、2024年主要目标任务\n今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。"
        ),
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.2, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.1, 2024)],
    },
    {
        "id": "untitled_report_with_a_plan_line",
        "text": (
            "政府工作报告\n各位代表:\n一年来,全县规模以上工业增加值增长8.2%,固定资产投资增长9.5%。\n"
            "2024年工作安排\n明年经济社会发展的主要预期目标是:地区生产总值增长6%左右。"
        ),
        "year": 2023,
        "facts": [
            ("industrial_va", "yoy_pct", 8.2, 2023, "", "actual", None),
            ("fai", "yoy_pct", 9.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 8.2, 2024), ("gdp", "yoy_pct", 6.0, 2025)],
    },
    {
        "id": "december_session_titled_with_its_own_year",
        "text": (
            "2023年通山县政府工作报告\n各位代表:\n今年以来,全县地区生产总值增长6.1%。\n"
            "二、2024年工作安排\n地区生产总值增长6%左右。"
        ),
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "plan_sentence_opening_on_its_year",
        "text": (
            "政府工作报告\n各位代表:\n过去一年,全县城镇居民人均可支配收入增长5.4%。\n"
            "2025年经济社会发展的主要预期目标是:城镇居民人均可支配收入增长6%。"
        ),
        "year": 2024,
        "facts": [
            ("urban_income", "yoy_pct", 5.4, 2024, "", "actual", None),
            ("urban_income", "yoy_pct", 6.0, 2025, "", "target", None),
        ],
        "absent": [("urban_income", "yoy_pct", 5.4, 2025)],
    },
    # ---- near misses: decided as before
    {
        "id": "dated_report_keeps_its_delivery_band",
        "text": (
            "沭阳县政府工作报告\n——2024年1月10日在沭阳县第十八届人民代表大会第三次会议上\n"
            "过去一年,全县地区生产总值增长6.1%。\n二、2024年主要目标任务\n地区生产总值增长6%左右。"
        ),
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "review_year_printed",
        "text": (
            "政府工作报告\n各位代表:\n2023年,全县地区生产总值增长6.1%。\n2024年主要目标任务\n地区生产总值增长6%左右。"
        ),
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "work_summary_is_not_a_delivered_report",
        "text": (
            "某镇2023年工作总结和2024年工作打算\n2023年,全镇完成固定资产投资3.2亿元。\n"
            "2024年工作打算\n全年完成固定资产投资3.5亿元。"
        ),
        "year": 2023,
        "facts": [("fai", "level", 3.2, 2023, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_year_of_an_undated_work_report(case):
    assert recognised(case["text"], case["id"])["year"] == case["year"]
    check_case(case, {})
