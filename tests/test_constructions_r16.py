"""Constructions of session 14 (helper k16), seen last session and not fixed, by class:

- a single month's figure named 其中N月份 inside a part-year (or the year's) passage, its subject not
  repeated (上半年,…一般公共预算收入完成5.2亿元,…,其中6月份入库0.9亿元; 1-9月,…出口11.84亿美元,…;其中9月份出口
  1.5亿美元,增长15%): that month's own figure (M6, M9; flagged subtotal, a part of the whole), never the
  part-year's level. Before, the month's level was read as H1's (a wrong number beside the half year's own), or
  dropped with the month's growth. Near misses: a span from the month to now (其中6月份以来…) or before it
  (其中6月份前…), a date or part of a month (其中6月底…, 其中6月中旬…) and a named part (其中税收收入…) keep no month;
- growth against the budget (较预算增长5.2%, 比年初预算增长3.6%, 比调整预算增长2.1%, 与年初预算相比增长3.6%):
  no year-on-year growth (EXTRACTION.md: comparisons with a target are gaps; 为预算的X% is a completion share).
  Before, 较预算增长 passed as the adverb of 超预期增长 (growth better than expected, the subject's own) and gave
  a second yoy (flagged conflict beside the real one). Near misses: 为预算的103.5% (completion), 比上年增长 after it;
- a fall printed in the indicator's unit (万元GDP能耗下降0.05吨标准煤, 降低0.032吨标煤; the same in any unit:
  粮食产量下降0.5万吨, 一般公共预算收入下降0.3亿元): the change, not the level (the catalog has no measure of a
  change in units; 增加/减少 before a figure in units were changes already, change absolute); the level
  (能耗0.86吨标准煤) and the percentage fall stay, and so do a level reached (下降到, 降至) and people lifted
  (贫困人口减少1.1万人);
- an assessment table flattened into sentences (指标:城镇新增就业人数。目标值:2000人。完成值:2356人。; 考核指标:森林
  覆盖率。…; (三)地区生产总值增速。目标值:7%。完成值:7.3%。): the 指标: label opens an item's title as a numbered
  marker does (a trailing word of scale, 规模/人数, allowed), and each sentence opening on a value's label is read
  with the title (target, then actual). Before, the label's item gave nothing, and a numbered item gave only
  its first label sentence. Near misses: a label sentence naming its own subject keeps it; a title naming two
  indicators gives nothing; a label sentence without a title before it is not read with another sentence.

Every case but the near misses failed before; each passage is written for the test.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A half-year economic review of July 2023.
MIDYEAR = {"year": 2023, "report_date": "2023-07-20", "region": "同心县", "level": "county"}
H1_TITLE = "2023年上半年全县经济运行情况分析\n"
Q3_TITLE = "2023年1-9月全县经济运行情况\n"
#: A work report of January 2024 on 2023.
REPORT = {"year": 2023, "report_date": "2024-01-20", "region": "同心县", "level": "county"}
#: An assessment self-check report of January 2022 on 2021.
CHECK = {"year": 2021, "report_date": "2022-01-06", "region": "同心县", "level": "county"}
#: A statistical bulletin of March 2017 on 2016.
BULLETIN = {"year": 2016, "report_date": "2017-03-20", "region": "呼图壁县", "level": "county"}

CASES: list[dict] = [
    # ---- a single month named 其中N月份 inside a part-year passage
    {
        "id": "month_revenue_entered_in_half_year",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县一般公共预算收入完成5.2亿元,同比增长8.1%,其中6月份入库0.9亿元。",
        "facts": [
            ("general_budget_revenue", "level", 5.2, 2023, "H1", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.1, 2023, "H1", "actual", None),
            ("general_budget_revenue", "level", 0.9, 2023, "M6", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 0.9, 2023, "H1")],
    },
    {
        "id": "month_retail_sales_in_three_quarters",
        "meta": {**MIDYEAR, "report_date": "2023-10-20"},
        "text": Q3_TITLE + "1-9月,全县社会消费品零售总额完成32.1亿元,同比增长7.5%,其中9月份实现4.1亿元。",
        "facts": [
            ("retail_sales", "level", 32.1, 2023, "Q1-Q3", "actual", None),
            ("retail_sales", "level", 4.1, 2023, "M9", "actual", None),
        ],
        "absent": [("retail_sales", "level", 4.1, 2023, "Q1-Q3")],
    },
    {
        # the month's subject repeated: its level and its growth are both the month's
        "id": "month_exports_subject_repeated_level_and_growth",
        "meta": {**MIDYEAR, "report_date": "2023-10-20"},
        "text": Q3_TITLE + "1-9月,全县出口11.84亿美元,增长12.3%;其中9月份出口1.5亿美元,增长15%。",
        "facts": [
            ("exports", "level", 118400.0, 2023, "Q1-Q3", "actual", None),
            ("exports", "level", 15000.0, 2023, "M9", "actual", None),
            ("exports", "yoy_pct", 15.0, 2023, "M9", "actual", None),
        ],
        "absent": [("exports", "level", 15000.0, 2023, "Q1-Q3"), ("exports", "yoy_pct", 15.0, 2023, "Q1-Q3")],
    },
    {
        "id": "month_with_completion_verb_is_month",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县一般公共预算收入完成5.2亿元,其中6月份完成0.9亿元。",
        "facts": [("general_budget_revenue", "level", 0.9, 2023, "M6", "actual", None)],
        "absent": [("general_budget_revenue", "level", 0.9, 2023, "H1")],
    },
    {
        # near miss: a span from the month to now is no single month (and no H1 level either)
        "id": "near_miss_since_month_is_no_month",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县一般公共预算收入完成5.2亿元,其中6月份以来入库1.5亿元。",
        "facts": [("general_budget_revenue", "level", 5.2, 2023, "H1", "actual", None)],
        "absent": [("general_budget_revenue", "level", 1.5, 2023, "M6")],
    },
    {
        # near miss: the months before a month, and a part of a month, are no single month
        "id": "near_miss_before_month_and_mid_month",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县一般公共预算收入完成5.2亿元,其中6月份前入库4.3亿元。其中6月中旬入库0.4亿元。",
        "facts": [("general_budget_revenue", "level", 5.2, 2023, "H1", "actual", None)],
        "absent": [
            ("general_budget_revenue", "level", 4.3, 2023, "M6"),
            ("general_budget_revenue", "level", 0.4, 2023, "M6"),
        ],
    },
    {
        # near miss: a named part after 其中 keeps the half year, no month
        "id": "near_miss_named_part_keeps_half_year",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县固定资产投资增长6.0%,其中工业投资增长13.6%。",
        "facts": [("fai", "yoy_pct", 6.0, 2023, "H1", "actual", None)],
        "absent": [("fai", "yoy_pct", 13.6), ("industrial_investment", "yoy_pct", 13.6, 2023, "M6")],
    },
    # ---- growth against the budget
    {
        "id": "growth_against_budget_beside_yoy",
        "meta": REPORT,
        "text": "全县一般公共预算收入完成8.6亿元,较预算增长5.2%,比上年增长7.1%。",
        "facts": [
            ("general_budget_revenue", "level", 8.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 5.2)],
    },
    {
        "id": "growth_against_initial_budget_alone",
        "meta": REPORT,
        "text": "全年一般公共预算收入12.4亿元,比年初预算增长3.6%。",
        "facts": [("general_budget_revenue", "level", 12.4, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct")],
    },
    {
        "id": "growth_against_adjusted_budget_then_yoy",
        "meta": REPORT,
        "text": "全年一般公共预算收入12.4亿元,比调整预算增长2.1%,同比增长9.8%。",
        "facts": [("general_budget_revenue", "yoy_pct", 9.8, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 2.1)],
    },
    {
        "id": "growth_compared_with_budget_xiangbi",
        "meta": REPORT,
        "text": "全年一般公共预算收入12.4亿元,与年初预算相比增长3.6%。",
        "facts": [("general_budget_revenue", "level", 12.4, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct")],
    },
    {
        # near miss: the share of the budget is a completion share, the growth after it the yoy
        "id": "near_miss_share_of_budget_then_yoy",
        "meta": REPORT,
        "text": "全县一般公共预算支出完成26.3亿元,为预算的103.5%,比预算增加0.9亿元,比上年增长4.2%。",
        "facts": [
            ("fiscal_expenditure", "completion_pct", 103.5, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 4.2, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 0.9)],
    },
    {
        # near miss: growth better than expected (an adverb) stays the subject's own
        "id": "near_miss_better_than_expected_growth",
        "meta": REPORT,
        "text": "全年旅游收入超预期增长25%,达到45亿元。",
        "facts": [("tourism_revenue", "yoy_pct", 25.0, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- a fall printed in the intensity's unit
    {
        "id": "intensity_fall_in_tons_of_coal",
        "meta": BULLETIN,
        "text": "万元地区生产总值能耗下降0.05吨标准煤。",
        "facts": [],
        "absent": [("energy_intensity", "level")],
    },
    {
        "id": "intensity_fall_in_short_unit_with_task",
        "meta": BULLETIN,
        "text": "全年万元GDP能耗降低0.032吨标煤,完成市下达目标任务。",
        "facts": [],
        "absent": [("energy_intensity", "level")],
    },
    {
        "id": "intensity_level_then_fall_in_units_then_percent",
        "meta": BULLETIN,
        "text": "全县万元GDP能耗0.86吨标准煤,下降0.05吨标准煤,下降5.5%。",
        "facts": [
            ("energy_intensity", "level", 0.86, 2016, "", "actual", None),
            ("energy_intensity", "yoy_pct", -5.5, 2016, "", "actual", None),
        ],
        "absent": [("energy_intensity", "level", 0.05)],
    },
    {
        "id": "grain_fall_in_tons",
        "meta": BULLETIN,
        "text": "全县粮食总产量下降0.5万吨,下降3.1%。",
        "facts": [("grain_output", "yoy_pct", -3.1, 2016, "", "actual", None)],
        "absent": [("grain_output", "level")],
    },
    {
        "id": "revenue_fall_in_yuan_listed",
        "meta": REPORT,
        "text": "全县一般公共预算收入、税收收入分别下降0.3亿元和0.2亿元。",
        "facts": [],
        "absent": [("general_budget_revenue", "level")],
    },
    {
        "id": "income_fall_in_yuan",
        "meta": REPORT,
        "text": "受疫情影响,全县城镇居民人均可支配收入下降200元。",
        "facts": [],
        "absent": [("urban_income", "level")],
    },
    {
        "id": "visits_and_tourism_revenue_fall_in_units",
        "meta": REPORT,
        "text": "受疫情影响,全县接待游客下降12万人次,旅游收入下降1.2亿元。",
        "facts": [],
        "absent": [("tourist_visits", "level"), ("tourism_revenue", "level")],
    },
    {
        # near miss: a level reached by falling (下降到) is the level; people lifted (减少) stay
        "id": "near_miss_poor_fell_to_level_and_lifted",
        "meta": BULLETIN,
        "text": "全年减少贫困人口1.1万人,贫困人口下降到0.8万人。",
        "facts": [("poverty_people_lifted", "level", 11000, 2016, "", "actual", None)],
        "absent": [("poverty_people_lifted", "level", 8000)],
    },
    {
        # near miss: a level reached by falling (降至) is the level
        "id": "near_miss_intensity_fell_to_level",
        "meta": BULLETIN,
        "text": "万元GDP能耗降至0.95吨标准煤,完成年度目标。",
        "facts": [("energy_intensity", "level", 0.95, 2016, "", "actual", None)],
        "absent": [],
    },
    # ---- an assessment table flattened into sentences
    {
        "id": "indicator_label_scale_word_in_name",
        "meta": CHECK,
        "text": "二、民生保障\n指标:城镇新增就业人数。目标值:2000人。完成值:2356人。",
        "facts": [
            ("new_urban_jobs", "level", 2000, 2021, "", "target", None),
            ("new_urban_jobs", "level", 2356, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "assessment_indicator_label_rate",
        "meta": CHECK,
        "text": "四、生态建设\n考核指标:森林覆盖率。目标值:62%。完成值:62.5%。",
        "facts": [
            ("forest_coverage", "level", 62, 2021, "", "target", None),
            ("forest_coverage", "level", 62.5, 2021, "", "actual", None),
        ],
        "absent": [("forest_coverage", "level", 62, 2021, "", "actual")],
    },
    {
        # a numbered item's title: the second label sentence is read with it too
        "id": "numbered_title_then_two_label_sentences",
        "meta": CHECK,
        "text": "一、经济发展\n(三)地区生产总值增速。目标值:7%。完成值:7.3%。",
        "facts": [
            ("gdp", "yoy_pct", 7, 2021, "", "target", None),
            ("gdp", "yoy_pct", 7.3, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a label sentence naming its own subject keeps it (no new jobs of 5.1)
        "id": "near_miss_label_sentence_with_its_own_subject",
        "meta": CHECK,
        "text": "二、民生保障\n指标:城镇新增就业。目标值:2000人。完成情况:全县一般公共预算收入5.1亿元。",
        "facts": [
            ("new_urban_jobs", "level", 2000, 2021, "", "target", None),
            ("general_budget_revenue", "level", 5.1, 2021, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 51000)],
    },
    {
        # near miss: a title naming two indicators is no item of one
        "id": "near_miss_label_of_two_indicators",
        "meta": CHECK,
        "text": "二、民生保障\n指标:城镇新增就业和农村劳动力转移就业。目标值:2000人。完成值:2356人。",
        "facts": [],
        "absent": [("new_urban_jobs",), ("labor_transfer",)],
    },
    {
        # near miss: a label sentence after a figure's sentence (no title) is not read with it
        "id": "near_miss_label_sentence_without_title",
        "meta": CHECK,
        "text": "二、民生保障\n全县城镇新增就业2356人。目标值:2000人。",
        "facts": [("new_urban_jobs", "level", 2356, 2021, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 2000)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    check_case(case, REPORT)
