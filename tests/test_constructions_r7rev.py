"""Constructions found by reviewing session 6's rules on passages of unseen reports: the same words
used differently, where a rule of the session gave a wrong number or dropped a correct one.

* A bracket between a subject and its figure is an aside (its figures are not the subject's), unless
  it holds only the subject's own change: 固定资产投资(同比增长12%)完成86亿元, 森林覆盖率(比上年提高
  0.5个百分点)达到62% (the growth and the change in points are the subject's).
* A subject right after 比/较 is the base of a comparison (比地区生产总值增速高2.3个百分点), but not
  after the end of a comparison with the own past: 与上年相比地区生产总值增长6.5%, 与去年同期相比全县
  规模以上工业增加值增长5% (a bulletin's line without a comma) are the subject's own growth.

Each case is a short report of its own (not copied from a dev set): its meta, the facts it must give
(indicator, measure, value, year, subperiod, kind, period_start) and the keys it must not give.
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}

CASES: list[dict] = [
    # ---- a bracket of the subject's own change is no aside
    {
        "id": "bracket_of_growth_between_subject_and_level",
        "text": "固定资产投资(同比增长12%)完成86亿元。全县森林覆盖率(比上年提高0.5个百分点)达到62%。",
        "facts": [
            ("fai", "yoy_pct", 12, 2023, "", "actual", None),
            ("fai", "level", 86, 2023, "", "actual", None),
            ("forest_coverage", "pp_change", 0.5, 2023, "", "actual", None),
            ("forest_coverage", "level", 62, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "bracket_of_scope_or_part_stays_an_aside",
        "text": (
            "固定资产投资(500万元以上项目)完成126亿元,增长9%。城镇新增就业(含灵活就业1200人)4521人。"
            "一般公共预算收入(全口径为18.3亿元)完成10.2亿元。"
        ),
        "facts": [
            ("fai", "level", 126, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4521, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 10.2, 2023, "", "actual", None),
        ],
        "absent": [
            ("fai", "level", 500),
            ("new_urban_jobs", "level", 1200),
            ("general_budget_revenue", "level", 18.3),
        ],
    },
    # ---- 与上年相比 right before the subject: its own growth, not a comparison base
    {
        "id": "compared_with_last_year_right_before_the_subject",
        "text": "与上年相比地区生产总值增长6.5%。与去年同期相比全县规模以上工业增加值增长5%。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 5, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "subject_after_bi_is_still_a_base",
        "text": "农村居民人均可支配收入增长8.1%,比地区生产总值增速高2.3个百分点。",
        "facts": [("rural_income", "yoy_pct", 8.1, 2023, "", "actual", None)],
        "absent": [("gdp",), ("rural_income", "pp_change")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)
