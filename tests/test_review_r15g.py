"""Review r16b of blind helper h16's rules (session 13), classes 6–8, by class:

* **当年 ('that year') and 今年 after a span** (6908f7e, 51a6bf9, c403659). 当年 passes the year printed before
  it to the figures after it, but not 当年起/当年开始 ('from that year on': 我县2020年被评为国家生态县,当年起
  实施退耕还林,全县新增造林2.1万亩 was 2020, is the year described) nor past a 全年 after it (全县2022年投产的
  项目当年实现产值…,全年规模以上工业增加值增长6.5% was 2022, is 2023). After a span, 当年/今年 makes the figure the
  year's own, but not 当年价 (2021年以来,按当年价格计算,累计完成投资300亿元: the span's sum, was its start
  dropped) nor 今年底 (党的十八大以来,到今年年底累计脱贫3.2万人: the sum up to the year's end). Near misses:
  2021年…,当年完成投资…,增长12% (both 2021); a speech's 我2015年刚到县里工作时,当年… (2015); 2021年以来累计…,当年完成… (the year's own).
* **进口 a null subject in 分别 lists; the parts after 其中** (4967998): probed with other wordings (imports beside
  foreign investment, 进口博览会, a whole, its part and another whole): fine, near misses kept here (the
  rule also mends 进口总额…、实际利用外资…,分别增长5%和8%: FDI took 5% before).
* **Plan headings naming work goals or a year's goals** (c1b041d). 工作目标 and 2025年目标 make a plan heading
  only as what the heading names (ends there or joins other heading words), not the goals a review heading's
  work aimed at (一、聚焦年度工作目标,经济运行稳中有进 in a summary of 2024: was target 2025, is actual 2024); and a
  year's goals of a year already reviewed set no plan ((一)2024年工作目标 under 一、2024年工作回顾 in a report
  of January 2025: was target, is actual). Near misses: 五、2025年工作目标 and 五、2025年目标: in a bulletin on
  2024 (targets of 2025); 二、工作目标和重点任务 (a plan).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-03-30", "region": "某县", "level": "county"}
BULLETIN = {"year": 2023, "report_date": "2024-04-10", "region": "某县", "level": "county"}
SUMMARY = {"year": 2023, "report_date": "2023-12-20", "region": "某县", "level": "county"}
SUMMARY24 = {"year": 2024, "report_date": "2024-12-20", "region": "某县", "level": "county"}
REPORT25 = {"year": 2024, "report_date": "2025-01-10", "region": "某县", "level": "county"}
ECO = {"year": 2024, "report_date": "2025-06-05", "region": "腾冲市", "level": "county"}

CASES: list[dict] = [
    # ---- 当年 passing the year printed before it
    {
        "id": "that_year_onward_is_no_year_of_the_figure",
        "meta": BULLETIN,
        "text": "某县2023年国民经济和社会发展统计公报\n二、农业\n我县2020年被评为国家生态县,当年起实施退耕还林,"
        "全县新增造林2.1万亩。",
        "facts": [("afforestation", "level", 21000.0, 2023, "", "actual", None)],
        "absent": [("afforestation", "level", 21000.0, 2020)],
    },
    {
        "id": "whole_year_after_that_year_is_the_year_described",
        "meta": BULLETIN,
        "text": "某县2023年国民经济和社会发展统计公报\n三、工业\n全县2022年投产的12个项目,当年实现产值15亿元,"
        "全年规模以上工业增加值增长6.5%。",
        "facts": [("industrial_va", "yoy_pct", 6.5, 2023, "", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 6.5, 2022)],
    },
    {
        "id": "near_miss_that_year_growth_in_the_next_clause",
        "meta": BULLETIN,
        "text": "某县2023年国民经济和社会发展统计公报\n三、工业\n2021年全县实施重点项目42个,当年完成投资56.3亿元,增长12%。",
        "facts": [
            ("key_project_investment", "level", 56.3, 2021, "", "actual", None),
            ("key_project_investment", "yoy_pct", 12.0, 2021, "", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 56.3, 2023)],
    },
    {
        "id": "near_miss_that_year_back_then_in_a_speech",
        "meta": SUMMARY,
        "text": "在全县2023年经济工作会议上的讲话\n我2015年刚到县里工作时,当年全县地区生产总值只有50亿元,今年预计达到120亿元。",
        "facts": [
            ("gdp", "level", 50.0, 2015, "", "actual", None),
            ("gdp", "level", 120.0, 2023, "", "estimate", None),
        ],
        "absent": [("gdp", "level", 50.0, 2023)],
    },
    # ---- 当年/今年 after a span
    {
        "id": "current_prices_after_a_span_keep_the_sum",
        "meta": SUMMARY,
        "text": "某县2023年工作总结\n一、主要成效\n2021年以来,按当年价格计算,全县累计完成固定资产投资300亿元。",
        "facts": [("fai", "level", 300.0, 2023, "", "actual", 2021)],
        "absent": [("fai", "level", 300.0, 2023, "", "actual", None)],
    },
    {
        "id": "up_to_this_years_end_after_a_span_keeps_the_sum",
        "meta": SUMMARY,
        "text": "某县2023年工作总结\n一、主要成效\n党的十八大以来,到今年年底累计脱贫3.2万人。",
        "facts": [("poverty_people_lifted", "level", 32000.0, 2023, "", "actual", 2013)],
        "absent": [("poverty_people_lifted", "level", 32000.0, 2023, "", "actual", None)],
    },
    {
        "id": "near_miss_this_years_own_figure_after_the_sum",
        "meta": SUMMARY,
        "text": "某县2023年工作总结\n一、主要成效\n2021年以来累计完成造林12万亩,当年完成造林3.2万亩。",
        "facts": [
            ("afforestation", "level", 120000.0, 2023, "", "actual", 2021),
            ("afforestation", "level", 32000.0, 2023, "", "actual", None),
        ],
        "absent": [("afforestation", "level", 32000.0, 2023, "", "actual", 2021)],
    },
    # ---- imports and 其中 lists (near misses: fine as merged)
    {
        "id": "near_miss_import_expo_before_exports",
        "meta": REPORT25,
        "text": "某县2025年政府工作报告\n一、2024年工作回顾\n组织企业参加中国国际进口博览会,外贸出口总额2亿美元,增长8%。",
        "facts": [("exports", "yoy_pct", 8.0, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_miss_imports_listed_with_foreign_investment",
        "meta": BULLETIN,
        "text": "全年进口总额10亿元、实际利用外资2亿美元,分别增长5%和8%。",
        "facts": [("fdi", "yoy_pct", 8.0, 2023, "", "actual", None)],
        "absent": [("fdi", "yoy_pct", 5.0)],
    },
    {
        "id": "near_miss_incomes_with_a_part_between",
        "meta": BULLETIN,
        "text": "城镇居民人均可支配收入42000元,其中工资性收入25000元,农村居民人均可支配收入18000元,分别增长4.5%和6.8%。",
        "facts": [
            ("urban_income", "yoy_pct", 4.5, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 6.8, 2023, "", "actual", None),
        ],
        "absent": [("rural_income", "yoy_pct", 4.5)],
    },
    # ---- plan headings naming goals
    {
        "id": "review_heading_aiming_at_work_goals_stays_a_review",
        "meta": SUMMARY24,
        "text": "某县2024年工作总结\n一、聚焦年度工作目标,经济运行稳中有进\n全县地区生产总值完成120亿元,增长6.2%。",
        "facts": [("gdp", "yoy_pct", 6.2, 2024, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.2, 2025), ("gdp", "yoy_pct", 6.2, 2024, "", "target")],
    },
    {
        "id": "goals_of_the_year_reviewed_under_its_review",
        "meta": REPORT25,
        "text": "某县2025年政府工作报告\n一、2024年工作回顾\n（一）2024年工作目标\n全县地区生产总值增长6.2%,完成年初预期目标。",
        "facts": [("gdp", "yoy_pct", 6.2, 2024, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.2, 2024, "", "target")],
    },
    {
        "id": "near_miss_year_goals_heading_with_a_colon",
        "meta": ECO,
        "text": "腾冲市2024年生态环境状况公报\n五、2025年目标：\n全市森林覆盖率稳定在77%以上。",
        "facts": [("forest_coverage", "level", 77.0, 2025, "", "target", None)],
        "absent": [("forest_coverage", "level", 77.0, 2024)],
    },
    {
        "id": "near_miss_work_goals_and_tasks_heading",
        "meta": SUMMARY24,
        "text": "某县2024年工作总结\n二、工作目标和重点任务\n全县地区生产总值增长6%。",
        "facts": [("gdp", "yoy_pct", 6.0, 2025, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 6.0, 2024)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
