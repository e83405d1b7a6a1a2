"""Review of helper k16's rules of session 14 (branch s14-k16, tests/test_constructions_r16.py), by rule.

(a) 其中N月份 + verb + figure is that month's (M N; sub month_current, which may now end the text read).
    Probed: a span from the month (其中9月份至今/以来/起/后出口…), a holiday or event inside the month
    (其中10月份黄金周接待…, 其中9月份中秋节期间…, 其中6月份招聘会现场签约…), two months listed with 分别, the
    month's own figure with 单月. Misfired: 其中9月份至今/以来/起/后 + the repeated subject gave M9 (the cue
    backtracked from 月份 to 月, so the excluded words after it were tested against 份). Narrowed: 月份 is read
    whole (no backtracking): the span gives no month. Left: the span's figure under a whole of another
    indicator (进出口总额…,其中9月份以来出口1.5亿美元) is then read as the part-year's (it was M9 on main:
    wrong either way; a span from a month has no catalog period, no cue blocks it yet).
(b) growth against the budget or the goal is no yoy (compare 与…相比, compare_adverbial not after 比/较).
    Probed: 与预期目标相比增长, 比预期目标增长, 比年初预期增长, 较计划增长, 与年度预算数相比, 与年度目标相比低…个
    百分点, 超预期/好于预期增长 (adverbs). Misfired: 与预期目标相比增长2.1% gave a target yoy 2.1;
    比预期目标增长2.1% gave a yoy 2.1 in conflict with the real one (the target named by two words,
    预期目标, escaped both). Narrowed: compare's 相比 takes 预期/控制/计划 before the target word, and the
    adverbial is not read after 比/较 + 预期/计划/控制 (+ 年初/年度/全年).
(c) 下降/降低 in change absolute. Probed: 下降到/下降至/下降为/降低到 (levels reached), 由…下降到…, 下降…至…,
    个百分点, ‰, a ratio, a count of firms, a concentration, a list with 分别, percentages. No misfire.
(d) an assessment table flattened into sentences (label_title, value_label). Probed: two items in one
    paragraph and in two, a title naming no catalog indicator, 指标:无, 考核指标:优秀, a 完成值 of another
    indicator, a sentence of another subject between, a label sentence dated to another year. Misfired:
    指标:城镇新增就业。目标:2025年达到3000人。完成值:2356人 dated the outturn 2356 to 2025 (the label
    sentences read as one, the year of the first dated the second); so did a half year's (完成情况:上半年增长
    6.1%。完成值:增长6.5%: 6.5 read as H1). Narrowed: a label sentence is not read with label sentences before
    it that hold a year, a span or a part of the year (attribution value_label_dated) unless it names its own
    time (value_label_own_time: 目标:2024年增长7%, 完成值:全年增长6.5%): the outturn is then missing, not misdated. Left: a second item in the same paragraph gives nothing
    (a title is only read at a paragraph's start), a number missing.
"""

from __future__ import annotations

import pytest
from passages import check_case

MID = {"year": 2023, "report_date": "2023-07-20", "region": "同心县", "level": "county"}
Q3 = {"year": 2023, "report_date": "2023-10-20", "region": "同心县", "level": "county"}
REPORT = {"year": 2023, "report_date": "2024-01-20", "region": "同心县", "level": "county"}
BULLETIN = {"year": 2016, "report_date": "2017-03-20", "region": "呼图壁县", "level": "county"}
CHECK = {"year": 2021, "report_date": "2022-01-06", "region": "同心县", "level": "county"}
H1_TITLE = "2023年上半年全县经济运行情况分析\n"
Q3_TITLE = "2023年1-9月全县经济运行情况\n"
EXPORTS_Q3 = "1-9月,全县出口11.84亿美元,增长12.3%;"
EXPORTS_Q3_FACTS = [
    ("exports", "level", 118400.0, 2023, "Q1-Q3", "actual", None),
    ("exports", "yoy_pct", 12.3, 2023, "Q1-Q3", "actual", None),
]

CASES: list[dict] = [
    # ---- (a) 其中N月份
    *[
        {
            # misfired: the span from the month was read as the month (M9)
            "id": f"a_span_from_month_{tag}",
            "meta": Q3,
            "text": Q3_TITLE + EXPORTS_Q3 + f"其中9月份{words}出口1.5亿美元。",
            "facts": EXPORTS_Q3_FACTS,
            "absent": [("exports", "level", 15000.0)],
        }
        for tag, words in (("zhijin", "至今"), ("yilai", "以来"), ("qi", "起"), ("hou", "后"), ("daomuqian", "到目前"))
    ],
    {
        "id": "a_holiday_inside_month_no_month",
        "meta": Q3,
        "text": "全县旅游工作总结\n今年以来,全县接待游客320万人次,其中10月份黄金周接待45万人次。",
        "facts": [],
        "absent": [("tourist_visits", "level", 450000.0), ("tourist_visits", "level", 45.0)],
    },
    {
        "id": "a_festival_inside_month_no_month",
        "meta": Q3,
        "text": Q3_TITLE + "1-9月,全县社会消费品零售总额完成32.1亿元,其中9月份中秋节期间实现2.1亿元。",
        "facts": [("retail_sales", "level", 32.1, 2023, "Q1-Q3", "actual", None)],
        "absent": [("retail_sales", "level", 2.1)],
    },
    {
        "id": "a_job_fair_inside_month_no_month",
        "meta": MID,
        "text": H1_TITLE + "上半年,全县城镇新增就业2100人,其中6月份招聘会现场签约800人。",
        "facts": [("new_urban_jobs", "level", 2100, 2023, "H1", "actual", None)],
        "absent": [("new_urban_jobs", "level", 800)],
    },
    {
        # must read: two months listed with 分别: the first is the month's own
        "id": "a_two_months_listed_first_is_month",
        "meta": MID,
        "text": H1_TITLE + "上半年,全县一般公共预算收入完成5.2亿元,其中6月份和7月份分别入库0.9亿元和1.1亿元。",
        "facts": [("general_budget_revenue", "level", 0.9, 2023, "M6", "actual", None)],
        "absent": [("general_budget_revenue", "level", 0.9, 2023, "H1"), ("general_budget_revenue", "level", 1.1)],
    },
    {
        "id": "a_single_month_word",
        "meta": MID,
        "text": H1_TITLE + "上半年,全县一般公共预算收入完成5.2亿元,其中6月份单月入库0.9亿元。",
        "facts": [
            ("general_budget_revenue", "level", 5.2, 2023, "H1", "actual", None),
            ("general_budget_revenue", "level", 0.9, 2023, "M6", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 0.9, 2023, "H1")],
    },
    # ---- (b) growth against the budget or the goal
    {
        # misfired: a target yoy of 2.1
        "id": "b_compared_with_expected_goal",
        "meta": REPORT,
        "text": "全年一般公共预算收入12.4亿元,与预期目标相比增长2.1%。",
        "facts": [("general_budget_revenue", "level", 12.4, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct")],
    },
    {
        # misfired: a yoy of 2.1 in conflict with the real one
        "id": "b_against_expected_goal_then_yoy",
        "meta": REPORT,
        "text": "全年一般公共预算收入12.4亿元,比预期目标增长2.1%,比上年增长7.6%。",
        "facts": [("general_budget_revenue", "yoy_pct", 7.6, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 2.1)],
    },
    {
        "id": "b_against_initial_expectation",
        "meta": REPORT,
        "text": "全年一般公共预算收入12.4亿元,比年初预期增长3.1%。",
        "facts": [("general_budget_revenue", "level", 12.4, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct")],
    },
    {
        "id": "b_against_plan_then_yoy",
        "meta": REPORT,
        "text": "全年一般公共预算收入12.4亿元,较计划增长3.1%,较上年增长7.6%。",
        "facts": [("general_budget_revenue", "yoy_pct", 7.6, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 3.1)],
    },
    {
        "id": "b_compared_with_annual_budget_sum_then_yoy",
        "meta": REPORT,
        "text": "全年一般公共预算收入12.4亿元,与年度预算数相比增长2.1%,比上年增长7.6%。",
        "facts": [("general_budget_revenue", "yoy_pct", 7.6, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 2.1)],
    },
    {
        "id": "b_gap_to_annual_goal_in_points",
        "meta": REPORT,
        "text": "全县城镇登记失业率3.2%,与年度目标相比低0.8个百分点。",
        "facts": [("unemployment_rate", "level", 3.2, 2023, "", "actual", None)],
        "absent": [("unemployment_rate", "pp_change")],
    },
    {
        # must read: better than expected is an adverb, the growth the subject's own
        "id": "b_better_than_expected_adverb",
        "meta": REPORT,
        "text": "全年旅游收入好于预期增长25%,达到45亿元。",
        "facts": [
            ("tourism_revenue", "yoy_pct", 25.0, 2023, "", "actual", None),
            ("tourism_revenue", "level", 45.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- (c) a fall printed in the unit
    {
        "id": "c_levels_reached_by_falling",
        "meta": BULLETIN,
        "text": "全县贫困发生率下降至1.2%,下降4个百分点。全县一般公共预算收入降低到5.2亿元。",
        "facts": [
            ("poverty_incidence", "level", 1.2, 2016, "", "actual", None),
            ("poverty_incidence", "pp_change", -4.0, 2016, "", "actual", None),
            ("general_budget_revenue", "level", 5.2, 2016, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "c_fall_then_level_reached",
        "meta": BULLETIN,
        "text": "全县粮食总产量下降0.5万吨至8.5万吨。全县PM2.5平均浓度下降8微克/立方米,为32微克/立方米。",
        "facts": [
            ("grain_output", "level", 8.5, 2016, "", "actual", None),
            ("pm25", "level", 32.0, 2016, "", "actual", None),
        ],
        "absent": [("grain_output", "level", 0.5), ("pm25", "level", 8.0)],
    },
    {
        "id": "c_from_to_then_fall",
        "meta": BULLETIN,
        "text": "全县粮食总产量由9.0万吨下降到8.5万吨,下降0.5万吨。",
        "facts": [("grain_output", "level", 8.5, 2016, "", "actual", None)],
        "absent": [("grain_output", "level", 0.5)],
    },
    {
        "id": "c_fall_in_points_then_level",
        "meta": BULLETIN,
        "text": "全县贫困发生率下降1.2个百分点至3.1%。全县城镇登记失业率3.2%,下降0.3个百分点。",
        "facts": [
            ("poverty_incidence", "pp_change", -1.2, 2016, "", "actual", None),
            ("poverty_incidence", "level", 3.1, 2016, "", "actual", None),
            ("unemployment_rate", "pp_change", -0.3, 2016, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "level", 1.2)],
    },
    {
        "id": "c_listed_falls_and_rates",
        "meta": BULLETIN,
        "text": "全县粮食总产量、油料产量分别下降0.3万吨和0.1万吨。全县一般公共预算收入同比下降1.2亿元,下降18.5%。",
        "facts": [("general_budget_revenue", "yoy_pct", -18.5, 2016, "", "actual", None)],
        "absent": [("grain_output", "level"), ("general_budget_revenue", "level")],
    },
    {
        # must read: the level after the fall in units, and the rate after it
        "id": "c_fall_in_units_then_level_and_rate",
        "meta": BULLETIN,
        "text": "全县万元GDP能耗下降0.05吨标准煤,为0.82吨标准煤。全县一般公共预算收入下降0.3亿元,完成5.2亿元,下降5.5%。",
        "facts": [
            ("energy_intensity", "level", 0.82, 2016, "", "actual", None),
            ("general_budget_revenue", "level", 5.2, 2016, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", -5.5, 2016, "", "actual", None),
        ],
        "absent": [("energy_intensity", "level", 0.05), ("general_budget_revenue", "level", 0.3)],
    },
    {
        # a list of a level and a rate after 分别下降: the fall in units is no level
        "id": "c_listed_fall_in_units_and_rate",
        "meta": BULLETIN,
        "text": "全县粮食总产量和油料产量分别下降3.1%和0.1万吨。全县一般公共预算收入比年初预算下降0.3亿元。",
        "facts": [("grain_output", "yoy_pct", -3.1, 2016, "", "actual", None)],
        "absent": [("grain_output", "level"), ("general_budget_revenue",)],
    },
    {
        # a fall of the ratio of the two incomes is no income
        "id": "c_fall_of_the_income_ratio",
        "meta": BULLETIN,
        "text": "全县城乡居民收入比下降0.05。全县城乡居民收入比由2.45下降到2.40。",
        "facts": [],
        "absent": [("urban_income",), ("rural_income",), ("resident_income",)],
    },
    {
        "id": "c_level_then_fall_in_yuan",
        "meta": BULLETIN,
        "text": "全县农村居民人均可支配收入12000元,受灾情影响下降200元。",
        "facts": [("rural_income", "level", 12000, 2016, "", "actual", None)],
        "absent": [("rural_income", "level", 200)],
    },
    # ---- (d) an assessment table flattened into sentences
    {
        # misfired: the outturn was dated 2025 by the target's year in the label sentence before it
        "id": "d_dated_target_label_does_not_date_outturn",
        "meta": CHECK,
        "text": "二、民生保障\n指标:城镇新增就业。目标:2025年达到3000人。完成值:2356人。",
        "facts": [("new_urban_jobs", "level", 3000, 2025, "", "target", None)],
        "absent": [("new_urban_jobs", "level", 2356, 2025)],
    },
    {
        # misfired: the outturn after a half year's label sentence was read as the half year's (H1, in conflict)
        "id": "d_half_year_label_does_not_date_outturn",
        "meta": REPORT,
        "text": "三、主要指标\n1.地区生产总值。目标:增长7%。完成情况:上半年增长6.1%。完成值:增长6.5%。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 6.1, 2023, "H1", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.5, 2023, "H1")],
    },
    {
        # must read: a label sentence naming its own time is read with the dated sentences before it
        "id": "d_label_with_its_own_time_after_dated_ones",
        "meta": REPORT,
        "text": "三、主要指标\n1.地区生产总值。2023年完成280亿元,增长6.5%。目标:2024年增长7%。\n"
        "2.一般公共预算收入。目标:增长5%。完成情况:上半年增长6.1%。完成值:全年增长6.5%。",
        "facts": [
            ("gdp", "level", 280.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 7.0, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 6.5, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.0, 2023)],
    },
    {
        "id": "d_dated_labels_each_own_year",
        "meta": CHECK,
        "text": "二、民生保障\n指标:城镇新增就业。目标:2025年达到3000人。完成值:2021年2356人。\n"
        "指标:城镇登记失业率。目标值:全年4.5%。完成值:3.2%。",
        "facts": [
            ("new_urban_jobs", "level", 3000, 2025, "", "target", None),
            ("new_urban_jobs", "level", 2356, 2021, "", "actual", None),
            ("unemployment_rate", "level", 4.5, 2021, "", "target", None),
            ("unemployment_rate", "level", 3.2, 2021, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 2356, 2025)],
    },
    {
        "id": "d_two_items_two_paragraphs",
        "meta": CHECK,
        "text": "二、民生保障\n指标:城镇新增就业。目标值:2000人。完成值:2356人。\n指标:城镇登记失业率。目标值:4.5%。完成值:3.2%。",
        "facts": [
            ("new_urban_jobs", "level", 2000, 2021, "", "target", None),
            ("new_urban_jobs", "level", 2356, 2021, "", "actual", None),
            ("unemployment_rate", "level", 4.5, 2021, "", "target", None),
            ("unemployment_rate", "level", 3.2, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # a second item in the same paragraph: nothing of it, and nothing of it under the first
        "id": "d_two_items_one_paragraph",
        "meta": CHECK,
        "text": "二、民生保障\n指标:城镇新增就业。目标值:2000人。完成值:2356人。指标:农村劳动力技能培训人数。目标值:3000人。完成值:3200人。",
        "facts": [("new_urban_jobs", "level", 2356, 2021, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 3000), ("new_urban_jobs", "level", 3200)],
    },
    {
        "id": "d_labels_of_no_indicator",
        "meta": CHECK,
        "text": "二、年度考核\n考核指标:优秀。目标值:2000人。完成值:2356人。\n指标:无。目标值:2000人。完成值:2356人。\n指标:农民工培训人数。目标值:500人。完成值:520人。",
        "facts": [],
        "absent": [("new_urban_jobs",), ("labor_transfer",)],
    },
    {
        "id": "d_other_subject_between_stops_the_labels",
        "meta": CHECK,
        "text": "二、民生保障\n指标:城镇新增就业。目标值:2000人。全县登记失业人员1200人。完成值:2356人。",
        "facts": [("new_urban_jobs", "level", 2000, 2021, "", "target", None)],
        "absent": [("new_urban_jobs", "level", 2356), ("new_urban_jobs", "level", 1200)],
    },
    {
        "id": "d_completion_share_and_next_year_label",
        "meta": CHECK,
        "text": "二、民生保障\n指标:城镇新增就业。目标值:2000人。完成值:2356人。完成情况:完成率117.8%。目标值:2022年2100人。",
        "facts": [
            ("new_urban_jobs", "level", 2356, 2021, "", "actual", None),
            ("new_urban_jobs", "completion_pct", 117.8, 2021, "", "actual", None),
            ("new_urban_jobs", "level", 2100, 2022, "", "target", None),
        ],
        "absent": [("new_urban_jobs", "level", 2100, 2021)],
    },
    {
        "id": "d_scale_word_title_level_and_growth",
        "meta": CHECK,
        "text": "二、经济发展\n指标:地区生产总值规模。目标值:100亿元。完成值:102.3亿元,增长7.1%。",
        "facts": [
            ("gdp", "level", 100.0, 2021, "", "target", None),
            ("gdp", "level", 102.3, 2021, "", "actual", None),
            ("gdp", "yoy_pct", 7.1, 2021, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    check_case(case, REPORT)
