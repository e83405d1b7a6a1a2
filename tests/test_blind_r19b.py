"""Constructions of whole county documents (a district 人大财经委's review of the plan, a county's 2025年一季度
经济运行分析 in GB18030, a 农业农村局(乡村振兴局)'s summary and plan as DOCX, a county's 生态环境状况公报 as HTML)
found by the blind set h29 (session 17), by class:

- a part left out before the subject (剔除电力行业后,规模以上工业增加值仅增长3.4%): the rest's figure, not the
  indicator's (block excluded_part_before); a factor of a comparable basis (剔除留抵退税因素后) stays the fact;
- the poor's transfers named with the monitored beside them (脱贫劳动力和监测对象务工就业2.31万人): poverty labour
  transferred, not monitored people (aliases.csv);
- a month after 其中 right before the verb of its subject's figure (其中,3月份实现社会消费品零售总额4.71亿元): that
  month's (sub month_current), not an event's days in it nor a task's share;
- an earlier clause's comparison with a span of months (…,较1—2月加快2.1个百分点;其中3月当月增长11.2%): that
  clause's, no base of the later rate (blocking) and no figure that ends the aside (attribution);
- a standard's limit column (国家二级标准) between the years and a change column in words: no level the change
  compares with (table limit), and a change cell after the standard's empty cell (—) still closes the row;
- a row label 新建高标准农田 (table label_lead) and a source named in brackets before 水质达标率;
- a level of last year (or its same part) in brackets after its base word (较上年同期(5.01亿元)增长18.1%): of the
  year before (time base_figure), not a second figure of this year;
- a restated goal named a growth after a fall (下降1.9%,与年初确定的增长4%的目标差距较大: target restated_growth), a
  goal set by 市级下达的 (restated_lead), and the year's budget printed before a share in a part-year paragraph
  (完成年度预算5.15亿元的26.8%: the year's target, continuation words and time annual_target).

Each case is a short passage of its own (not copied from any corpus); every case but the near misses failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A district's review of the 2024 plan, delivered in January 2025.
REVIEW = {"year": 2024, "report_date": "2025-01-07", "region": "门头沟区", "level": "county"}
#: A county's analysis of the first quarter of 2025.
QUARTER = {"year": 2025, "report_date": "2025-04-22", "region": "临洮县", "level": "county"}
#: A county bureau's summary of 2024.
SUMMARY = {"year": 2024, "report_date": "2024-12-20", "region": "隆德县", "level": "county"}
#: A county's ecology bulletin of 2024.
BULLETIN = {"year": 2024, "report_date": "2025-06-05", "region": "共和县", "level": "county"}

CASES: list[dict] = [
    # ---- a part left out before the subject
    {
        "id": "industry_without_power_sector",
        "meta": QUARTER,
        "text": "二是工业结构单一。电力行业拉动作用突出,剔除电力行业后,规模以上工业增加值仅增长3.4%。",
        "facts": [],
        "absent": [("industrial_va",)],
    },
    {
        "id": "investment_without_real_estate",
        "meta": QUARTER,
        "text": "扣除房地产开发投资后,全县固定资产投资增长9.2%。",
        "facts": [],
        "absent": [("fai",)],
    },
    {
        "id": "revenue_without_tobacco_firms",
        "meta": REVIEW,
        "text": "不含烟草企业,全县财政总收入增长6.1%。",
        "facts": [],
        "absent": [("fiscal_revenue",)],
    },
    {
        "id": "near_miss_comparable_basis_factor",
        "meta": REVIEW,
        "text": "剔除留抵退税因素后,一般公共预算收入增长7.3%。",
        "facts": [("general_budget_revenue", "yoy_pct", 7.3, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_miss_price_factor",
        "meta": REVIEW,
        "text": "扣除价格因素后,全县农村居民人均可支配收入实际增长6.2%。",
        "facts": [("rural_income", "yoy_pct", 6.2, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_miss_one_off_income_of_a_year",
        "meta": REVIEW,
        "text": "剔除2023年一次性土地出让收入影响后,全区一般公共预算收入增长5.5%。",
        "facts": [("general_budget_revenue", "yoy_pct", 5.5, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_miss_sector_firms_as_subject_words",
        "meta": QUARTER,
        "text": "全县重点行业企业完成工业投资12.5亿元。",
        "facts": [("industrial_investment", "level", 12.5, 2025, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_miss_scope_of_investment_before_subject",
        "meta": QUARTER,
        "text": "不含农户,全县固定资产投资增长13.5%。",
        "facts": [("fai", "yoy_pct", 13.5, 2025, "", "actual", None)],
        "absent": [],
    },
    # ---- the poor's transfers with the monitored named beside them
    {
        "id": "poor_and_monitored_in_work_with_task",
        "meta": SUMMARY,
        "text": "4.就业帮扶。脱贫劳动力和监测对象务工就业2.31万人,完成自治区下达任务2.2万人的105%。",
        "facts": [
            ("poverty_labor_transfer", "level", 23100, 2024, "", "actual", None),
            ("poverty_labor_transfer", "level", 22000, 2024, "", "target", None),
            ("poverty_labor_transfer", "completion_pct", 105, 2024, "", "actual", None),
        ],
        "absent": [("monitored_people",)],
    },
    {
        "id": "poor_people_and_monitored_migrant_work",
        "meta": SUMMARY,
        "text": "全县脱贫人口及监测对象外出务工3.2万人,人均务工收入2.1万元。",
        "facts": [("poverty_labor_transfer", "level", 32000, 2024, "", "actual", None)],
        "absent": [("monitored_people",)],
    },
    {
        "id": "poor_and_monitored_goal",
        "meta": {**SUMMARY, "report_date": "2025-01-10"},
        "text": "2025年,力争脱贫劳动力与监测对象务工就业稳定在2.3万人以上。",
        "facts": [("poverty_labor_transfer", "level", 23000, 2025, "", "target", None)],
        "absent": [("monitored_people",)],
    },
    {
        "id": "near_miss_monitored_people_counted",
        "meta": SUMMARY,
        "text": "截至12月底,全县累计纳入监测对象1862户6931人。",
        "facts": [("monitored_people", "level", 6931, 2024, "", "actual", None)],
        "absent": [("poverty_labor_transfer",)],
    },
    # ---- a month after 其中 before the verb of its subject's figure
    {
        "id": "month_in_part_with_subject_named",
        "meta": QUARTER,
        "text": "一季度全县实现社会消费品零售总额13.64亿元,同比增长5.2%;其中,3月份实现社会消费品零售总额4.71亿元,同比增长6.0%。",
        "facts": [
            ("retail_sales", "level", 13.64, 2025, "Q1", "actual", None),
            ("retail_sales", "level", 4.71, 2025, "M3", "actual", None),
            ("retail_sales", "yoy_pct", 6.0, 2025, "M3", "actual", None),
        ],
        "absent": [("retail_sales", "level", 4.71, 2025, "Q1")],
    },
    {
        "id": "month_in_part_region_then_verb",
        "meta": QUARTER,
        "text": "1—3月,全县完成固定资产投资12.6亿元,增长13.5%。其中3月份全县完成固定资产投资5.8亿元,增长16.2%。",
        "facts": [
            ("fai", "level", 12.6, 2025, "Q1", "actual", None),
            ("fai", "level", 5.8, 2025, "M3", "actual", None),
            ("fai", "yoy_pct", 16.2, 2025, "M3", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_event_days_in_the_month",
        "meta": QUARTER,
        "text": "一季度全县接待游客118.6万人次,增长15.3%,其中2月份春节黄金周期间接待游客42.3万人次,增长30%。",
        "facts": [("tourist_visits", "level", 118.6, 2025, "Q1", "actual", None)],
        "absent": [("tourist_visits", "level", 42.3)],
    },
    {
        "id": "near_miss_share_of_a_seasons_task",
        "meta": QUARTER,
        "text": "一季度全县完成造林1.2万亩,其中3月份完成春季造林任务的60%。",
        "facts": [],
        "absent": [("afforestation", "completion_pct")],
    },
    {
        "id": "near_miss_month_share_of_years_task",
        "meta": QUARTER,
        "text": "1—3月全县接待游客118.6万人次,其中3月份完成年度任务的30%。",
        "facts": [("tourist_visits", "level", 118.6, 2025, "Q1", "actual", None)],
        "absent": [("tourist_visits", "completion_pct")],
    },
    # ---- an earlier clause's comparison with a span of months
    {
        "id": "month_after_comparison_with_months_semicolon",
        "meta": QUARTER,
        "text": "1—3月,全县规模以上工业增加值同比增长8.6%,较1—2月加快2.1个百分点;其中3月当月增长11.2%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.6, 2025, "Q1", "actual", None),
            ("industrial_va", "yoy_pct", 11.2, 2025, "M3", "actual", None),
        ],
        "absent": [("industrial_va", "pp_change")],
    },
    {
        "id": "month_after_comparison_with_months_comma",
        "meta": {**QUARTER, "report_date": "2025-09-20"},
        "text": "1—8月,全县规模以上工业增加值同比增长7.8%,增速较1—7月回落0.4个百分点,8月当月增长6.1%。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.8, 2025, "M1-M8", "actual", None),
            ("industrial_va", "yoy_pct", 6.1, 2025, "M8", "actual", None),
        ],
        "absent": [("industrial_va", "pp_change")],
    },
    {
        "id": "near_miss_change_against_months_in_its_own_clause",
        "meta": {**QUARTER, "report_date": "2025-10-20"},
        "text": "前三季度,全县固定资产投资同比增长3.2%,比1—8月回落4.5个百分点。",
        "facts": [("fai", "yoy_pct", 3.2, 2025, "Q1-Q3", "actual", None)],
        "absent": [("fai", "pp_change"), ("fai", "yoy_pct", 4.5)],
    },
    # ---- a level of the same part of last year in brackets
    {
        "id": "same_period_last_year_level_in_brackets",
        "meta": QUARTER,
        "text": "一季度全县实现旅游综合收入5.92亿元,较上年同期(5.01亿元)增长18.1%。",
        "facts": [
            ("tourism_revenue", "level", 5.92, 2025, "Q1", "actual", None),
            ("tourism_revenue", "level", 5.01, 2024, "Q1", "actual", None),
        ],
        "absent": [("tourism_revenue", "level", 5.01, 2025)],
    },
    {
        "id": "same_year_base_level_in_brackets",
        "meta": REVIEW,
        "text": "全区实现旅游收入38.7亿元,较上年(35.0亿元)增长10.5%。",
        "facts": [("tourism_revenue", "level", 35.0, 2023, "", "actual", None)],
        "absent": [("tourism_revenue", "level", 35.0, 2024)],
    },
    # ---- a standard's limit column and a change column
    {
        "id": "table_years_limit_and_change_in_words",
        "meta": BULLETIN,
        "text": (
            "表1 2024年县城环境空气主要污染物浓度及变化\n项目\n2023年\n2024年\n国家二级标准\n变化情况\n"
            "PM2.5(微克/立方米)\n23\n21\n35\n下降8.7%\nPM10(微克/立方米)\n50\n48\n70\n下降4.0%\n"
            "优良天数比例(%)\n97.3\n97.8\n—\n提高0.5个百分点\n"
        ),
        "facts": [
            ("pm25", "level", 23, 2023, "", "actual", None),
            ("pm25", "level", 21, 2024, "", "actual", None),
            ("pm10", "level", 50, 2023, "", "actual", None),
            ("pm10", "level", 48, 2024, "", "actual", None),
            ("good_air_rate", "level", 97.3, 2023, "", "actual", None),
            ("good_air_rate", "level", 97.8, 2024, "", "actual", None),
        ],
        "absent": [("pm25", "level", 35), ("pm10", "level", 70)],
    },
    {
        "id": "near_miss_table_limit_then_change_in_figures",
        "meta": BULLETIN,
        "text": (
            "表2 县城环境空气质量\n项目\n2023年\n2024年\n标准限值\n变化\n"
            "PM2.5(微克/立方米)\n23\n21\n35\n-2\nPM10(微克/立方米)\n50\n48\n70\n-2\n"
        ),
        "facts": [
            ("pm25", "level", 21, 2024, "", "actual", None),
            ("pm10", "level", 50, 2023, "", "actual", None),
        ],
        "absent": [("pm25", "level", 35), ("pm25", "level", -2)],
    },
    # ---- row labels and subjects
    {
        "id": "table_row_new_high_standard_farmland",
        "meta": SUMMARY,
        "text": (
            "表1 2024年主要指标完成情况\n指标\n单位\n年度目标\n完成情况\n完成率(%)\n"
            "新建高标准农田\n万亩\n3.0\n3.2\n106.7\n农村危房改造\n户\n120\n126\n105.0\n"
        ),
        "facts": [
            ("high_standard_farmland", "level", 30000, 2024, "", "target", None),
            ("high_standard_farmland", "level", 32000, 2024, "", "actual", None),
            ("high_standard_farmland", "completion_pct", 106.7, 2024, "", "actual", None),
            ("housing_renovated", "level", 126, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_table_row_new_urban_jobs",
        "meta": SUMMARY,
        "text": (
            "表1 2024年主要指标完成情况\n指标\n单位\n年度目标\n完成情况\n完成率(%)\n"
            "新增城镇就业\n人\n1500\n1620\n108.0\n农村危房改造\n户\n120\n126\n105.0\n"
        ),
        "facts": [("new_urban_jobs", "level", 1620, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "drinking_water_source_named_in_brackets",
        "meta": BULLETIN,
        "text": "县城集中式饮用水水源地(恰卜恰河地下水源地)水质达标率为100%。",
        "facts": [("drinking_water_rate", "level", 100, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "drinking_water_source_named_in_brackets_then_place",
        "meta": BULLETIN,
        "text": "集中式饮用水水源地(含备用水源地)县城段水质达标率为98.5%。",
        "facts": [("drinking_water_rate", "level", 98.5, 2024, "", "actual", None)],
        "absent": [],
    },
    # ---- restated goals and the year's budget
    {
        "id": "restated_growth_goal_after_a_fall",
        "meta": REVIEW,
        "text": "社会消费品零售总额97.8亿元,下降1.9%,与年初确定的增长4%的目标差距较大。",
        "facts": [
            ("retail_sales", "yoy_pct", -1.9, 2024, "", "actual", None),
            ("retail_sales", "yoy_pct", 4, 2024, "", "target", None),
        ],
        "absent": [("retail_sales", "yoy_pct", -4)],
    },
    {
        "id": "restated_growth_goal_after_a_fall_lower_than",
        "meta": REVIEW,
        "text": "全区固定资产投资下降2.1%,低于年初确定的增长8%的预期目标。",
        "facts": [("fai", "yoy_pct", 8, 2024, "", "target", None)],
        "absent": [("fai", "yoy_pct", -8)],
    },
    {
        "id": "near_miss_restated_goal_sign_unsaid",
        "meta": REVIEW,
        "text": "单位地区生产总值能耗下降3.2%,完成年初确定的3%的目标。",
        "facts": [("energy_intensity", "yoy_pct", -3.2, 2024, "", "actual", None)],
        "absent": [("energy_intensity", "yoy_pct", 3), ("energy_intensity", "yoy_pct", -3)],
    },
    {
        "id": "goal_set_by_city_level",
        "meta": REVIEW,
        "text": "PM2.5年均浓度29微克/立方米,比上年下降3.3%,完成市级下达的30微克/立方米目标。",
        "facts": [
            ("pm25", "level", 29, 2024, "", "actual", None),
            ("pm25", "level", 30, 2024, "", "target", None),
        ],
        "absent": [("pm25", "level", 30, 2024, "", "actual")],
    },
    {
        "id": "years_budget_before_share_in_a_quarter",
        "meta": QUARTER,
        "text": "1—3月,全县一般公共预算收入完成1.38亿元,同比增长7.4%,完成年度预算5.15亿元的26.8%。",
        "facts": [
            ("general_budget_revenue", "level", 1.38, 2025, "Q1", "actual", None),
            ("general_budget_revenue", "level", 5.15, 2025, "", "target", None),
            ("general_budget_revenue", "completion_pct", 26.8, 2025, "Q1", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 5.15, 2025, "Q1")],
    },
    {
        "id": "near_miss_share_of_years_budget_without_figure",
        "meta": REVIEW,
        "text": "一般公共预算收入完成5.38亿元,完成年度预算的102.1%。",
        "facts": [("general_budget_revenue", "completion_pct", 102.1, 2024, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 102.1)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, case["meta"])


@pytest.mark.xfail(strict=True, reason="the same part of last year's growth in brackets (比上年同期(5.1%)), h29_02")
def test_same_period_last_year_in_brackets():
    check_case(
        {
            "id": "same_period_last_year_in_brackets",
            "text": "一季度全县实现地区生产总值41.27亿元,同比增长6.3%,比上年同期(5.1%)提高1.2个百分点。",
            "facts": [("gdp", "yoy_pct", 5.1, 2024, "Q1", "actual", None)],
            "absent": [],
        },
        QUARTER,
    )


@pytest.mark.xfail(strict=True, reason="a goal set above with its subject and 不低于 inside (h29_04)")
def test_goal_set_above_naming_its_subject():
    check_case(
        {
            "id": "goal_set_above_naming_its_subject",
            "text": "优良天数比例为97.8%,比上年提高0.5个百分点,完成州下达的优良天数比例不低于95%的目标。",
            "facts": [("good_air_rate", "level", 95, 2024, "", "target", None)],
            "absent": [],
        },
        BULLETIN,
    )
