"""Sections whose heading names a place other than the report's region.

A county's work summary gives each township a section (三、各乡镇工作亮点 / (一)安定镇 / 完成…), a
city's report each county or district ((二)船山区 / 实现地区生产总值…) or park (1.经开区 / 完成…). The
figures under such a heading print no place word, yet they are the place's, not the region's
(../shared/spec/EXTRACTION.md, "Not a fact of the report's region"), until the next heading of the
same or a higher rank (a sentence opening on the report's own region, 全县…, stays its own). A heading that is only another place's name (a numbering mark, and 工作/情况
words, around it) opens such a section; a heading naming the report's own region, or a topic heading
(二、经济发展, (一)农业农村), ends it. A topic heading that names a place as part of its topic
((三)安定镇特色产业园建设) is a topic of the region's own work: it opens no such section (a clause
that names the place is blocked by the sentence rules of :mod:`govkit.facts.places`).

Each case is a short passage written for these tests, not copied from ../shared: its meta, the facts
it must give (indicator, measure, value, year, subperiod, kind, period_start) and the keys it must
not give.
"""

from __future__ import annotations

import pytest
from passages import check_case

CITY = {"year": 2022, "report_date": "2023-01-10", "region": "遂宁市", "level": "city"}
COUNTY = {"year": 2022, "report_date": "2023-01-08", "region": "平江县", "level": "county", "prefecture": "岳阳市"}


def actual(ind: str, measure: str, value: float, year: int = 2022) -> tuple:
    return (ind, measure, value, year, "", "actual", None)


BLOCK: list[dict] = [
    # ---- a county's townships, each under its own heading (工作 words after one name)
    {
        "id": "county_township_sections",
        "meta": COUNTY,
        "text": (
            "一、2022年工作回顾\n"
            "全县地区生产总值增长6.2%。\n"
            "二、各乡镇工作亮点\n"
            "(一)安定镇\n"
            "完成一般公共预算收入1.2亿元,增长5%。\n"
            "(二)思村乡工作\n"
            "实现社会消费品零售总额3.4亿元,增长7.6%。\n"
        ),
        "facts": [actual("gdp", "yoy_pct", 6.2)],
        "absent": [("general_budget_revenue",), ("retail_sales",)],
    },
    # ---- a city's districts and counties; deeper headings under one stay its own
    {
        "id": "city_district_sections",
        "meta": CITY,
        "text": (
            "二、区县发展情况\n"
            "(一)船山区\n"
            "实现地区生产总值560亿元,增长7.3%。\n"
            "1.工业经济\n"
            "规模以上工业增加值增长9.4%。\n"
            "(二)大英县发展情况\n"
            "一般公共预算收入完成11.6亿元,增长4.1%。\n"
        ),
        "facts": [],
        "absent": [("gdp",), ("industrial_va",), ("general_budget_revenue",)],
    },
    # ---- parks under numbered lines of a topic heading
    {
        "id": "county_park_items",
        "meta": COUNTY,
        "text": (
            "(三)园区建设\n"
            "全县规模以上工业增加值增长8.1%。\n"
            "1.经开区\n"
            "完成固定资产投资42亿元,增长12%。2022年,全县固定资产投资完成186亿元,增长9.5%。\n"
            "2.高新区\n"
            "规模以上工业增加值增长12.5%。\n"
        ),
        "facts": [actual("industrial_va", "yoy_pct", 8.1), actual("fai", "level", 186), actual("fai", "yoy_pct", 9.5)],
        "absent": [("fai", "level", 42), ("fai", "yoy_pct", 12), ("industrial_va", "yoy_pct", 12.5)],
    },
    # ---- a table under a township's heading is the township's; the county's own table after it stays
    {
        "id": "county_township_table",
        "meta": COUNTY,
        "text": (
            "(一)安定镇\n"
            "| 指标 | 单位 | 全年 | 比上年增长(%) |\n"
            "|---|---|---|---|\n"
            "| 一般公共预算收入 | 亿元 | 1.3 | 4.6 |\n"
            "(二)主要经济指标\n"
            "| 指标 | 单位 | 全年 | 比上年增长(%) |\n"
            "|---|---|---|---|\n"
            "| 一般公共预算收入 | 亿元 | 15.2 | 6.3 |\n"
        ),
        "facts": [actual("general_budget_revenue", "level", 15.2), actual("general_budget_revenue", "yoy_pct", 6.3)],
        "absent": [("general_budget_revenue", "level", 1.3), ("general_budget_revenue", "yoy_pct", 4.6)],
    },
    # ---- two places under one heading (a list), the item on the heading's own line
    {
        "id": "city_two_counties_heading",
        "meta": CITY,
        "text": ("(四)射洪市、蓬溪县\n两地地区生产总值合计增长6.9%,城镇居民人均可支配收入41200元。\n"),
        "facts": [],
        "absent": [("gdp",), ("urban_income",)],
    },
]

KEEP: list[dict] = [
    # ---- a topic heading of the same rank, or a higher one, ends a place's section
    {
        "id": "county_topic_heading_ends",
        "meta": COUNTY,
        "text": (
            "(一)安定镇\n"
            "完成一般公共预算收入1.2亿元。\n"
            "(二)农业农村\n"
            "粮食总产量达到35.2万吨,增长1.8%。\n"
            "二、社会事业\n"
            "城镇居民人均可支配收入增长5.6%。\n"
        ),
        "facts": [actual("grain_output", "level", 35.2), actual("urban_income", "yoy_pct", 5.6)],
        "absent": [("general_budget_revenue",)],
    },
    # ---- a heading naming the report's own region ends it (its figures are the region's)
    {
        "id": "city_own_heading_ends",
        "meta": CITY,
        "text": ("(一)船山区\n实现地区生产总值560亿元,增长7.3%。\n(二)遂宁市\n实现地区生产总值1710亿元,增长6.1%。\n"),
        "facts": [actual("gdp", "level", 1710), actual("gdp", "yoy_pct", 6.1)],
        "absent": [("gdp", "level", 560), ("gdp", "yoy_pct", 7.3)],
    },
    # ---- a topic heading that names a place as part of its topic: the region's own work
    {
        "id": "county_place_in_topic_heading",
        "meta": COUNTY,
        "text": (
            "(三)安定镇特色产业园建设\n"
            "全县规模以上工业增加值增长9.2%,高新技术产业增加值占比提高到31%。\n"
            "(四)城乡建设\n"
            "完成固定资产投资186亿元,增长10.3%。\n"
        ),
        "facts": [actual("industrial_va", "yoy_pct", 9.2), actual("fai", "level", 186)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", BLOCK, ids=[c["id"] for c in BLOCK])
def test_section_of_another_place(case):
    check_case(case, CITY)


@pytest.mark.parametrize("case", KEEP, ids=[c["id"] for c in KEEP])
def test_section_of_the_region(case):
    check_case(case, CITY)
