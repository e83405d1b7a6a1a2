"""Constructions found in session 10: a single month opening a sentence (or a paragraph) that dates an
administrative act (2020年9月,经县级验收认定,…; 2019年12月,经省政府批准,…). The figures after it are
the state the act found in that year (贫困发生率由1.33%下降为零, 减少贫困人口1.2万人), not the month's
own figures: before, they were dated to that single month (M9, M12), so the year's final poverty
incidence never reached the whole-year cell of the panel. The month of a statistic (2023年6月,经监测,
…优良率为81.5% in a monthly bulletin; 2020年11月,全县贫困发生率降至0.38% with no act) keeps its month.
The words of an act are the cue ``time event_after_month`` in ``govkit/data/extract/cues.tsv``.

A 分别 list of rates after a whole and its part (一般公共预算收入12.5亿元,其中税收收入8.6亿元,分别增长6.2%和
7.8%): the rates go with the amounts printed before the list, in order, when there are exactly as many
amounts as rates and the list's clause has no subject of its own (``indicator_choice.amounts_before_list``).
Before, the list went to the nearest subject, the part: when the part was not in the catalog (税收收入,
民生支出, a part with no name the lexicon knows) or was the same indicator as the whole (省外到位资金), the
whole's growth was lost with it. Near misses: subjects listed before 分别 (森林覆盖率、城镇化率分别…), more
amounts than rates (收入12.5亿元,税收收入8.6亿元,非税收入3.9亿元,分别增长…: positions not told), a rate
among the amounts before the list.

Two changes in one ;-segment, the first with printed years (由2014年的3.2万人减少到2019年底的0.12万人), the
second without (贫困发生率由18.6%下降到0.7%): the second starts and ends where the first does (cues ``time
change_from_year``, ``time change_to_year``). Before, its end was dated to the year the report describes
(0.7% in 2023, a wrong year) unless that happened to be the first change's end year, and its start was
dropped. Near misses: a later start with a year of its own (2018年由8%降至3%), changes with no year printed.

The flag ``subtotal`` (a part of a total named after 其中) is set only when the sentence's earlier figure
of the same indicator stands before the 其中: 其中,第一产业增加值35.21亿元,增长3.8% is the part's own growth
after its own level (before, it was flagged, and so kept out of the conflict check), while 累计投入扶贫资金
67.8亿元,其中2020年投入14.6亿元 and 到位资金75.7亿元,其中省外到位资金53.8亿元 stay parts.

A goal as a speech says it, with modal words between its time and its figure (去年全县地区生产总值增长5.2%,
今年要确保增长6%以上; 今年我们必须确保…; 今年一定要实现…): the clause continues the subject (cue
``continuation modal``). Before, only 确保/力争 were continuation words, so the year's target was lost.

A list of parts of a year ending its own clause before a 分别 list (一季度和上半年,全县地区生产总值分别增长
4.2%和5.1%; 1-3月和1-6月,…分别为80.1%、85.3%): one figure per part, as when the list stands in the
figure's clause (cues ``sub part_list``, ``sub joined_parts``). Before, the comma hid the 分别 and the
figures were dropped as one figure of two parts joined. With the subjects listed too (…地区生产总值和固定
资产投资分别增长…) which figure is whose is not told: no fact (before, with 、, each was given the last part).

Each case is a short passage of its own (not copied from a dev set): the facts it must give
(indicator, measure, value, year, subperiod, kind, period_start) and the keys it must not give.
"""

from __future__ import annotations

import pytest
from passages import check_case, passage_facts

SUMMARY_2020 = {"year": 2020, "report_date": "2020-12-10"}

CASES: list[dict] = [
    {
        "id": "verified_by_the_county_in_a_month",
        "text": (
            "XX县2020年脱贫攻坚工作总结\n2019年底,全县贫困发生率降至1.33%。2020年9月,经县级验收认定,"
            "剩余贫困人口全部脱贫,贫困发生率由1.33%下降为零。"
        ),
        "facts": [
            ("poverty_incidence", "level", 1.33, 2019, "", "actual", None),
            ("poverty_incidence", "level", 0.0, 2020, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "level", 0.0, 2020, "M9")],
    },
    {
        "id": "approved_by_the_province_in_december_of_the_year_before",
        "text": (
            "XX县2020年脱贫攻坚工作总结\n2019年12月,经省政府批准,全县退出贫困县序列,贫困发生率降至0.46%,"
            "减少贫困人口1.2万人。"
        ),
        "facts": [
            ("poverty_incidence", "level", 0.46, 2019, "", "actual", None),
            ("poverty_people_lifted", "level", 12000.0, 2019, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "level", 0.46, 2019, "M12")],
    },
    {
        "id": "evaluated_by_a_third_party_opening_a_paragraph",
        "text": (
            "XX县2020年脱贫攻坚工作总结\n一、基本情况\n2020年9月,经省级第三方评估验收,我县综合贫困发生率降至0.21%,"
            "群众认可度98.6%。当年全县减少贫困人口3512人。"
        ),
        "facts": [
            ("poverty_incidence", "level", 0.21, 2020, "", "actual", None),
            ("poverty_people_lifted", "level", 3512.0, 2020, "", "actual", None),
        ],
        "absent": [("poverty_people_lifted", "level", 3512.0, 2020, "M9")],
    },
    # ---- near misses: the month of a statistic keeps its month
    {
        "id": "monitored_in_a_month_of_a_bulletin",
        "text": "2023年6月,经监测,全县空气质量优良率为81.5%。",
        "facts": [("good_air_rate", "level", 81.5, 2023, "M6", "actual", None)],
        "absent": [("good_air_rate", "level", 81.5, 2023, "")],
    },
    {
        "id": "a_month_with_no_act",
        "text": "2020年11月,全县贫困发生率降至0.38%。",
        "facts": [("poverty_incidence", "level", 0.38, 2020, "M11", "actual", None)],
        "absent": [("poverty_incidence", "level", 0.38, 2020, "")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_a_month_that_dates_an_act(case):
    check_case(case, SUMMARY_2020)


REVIEW_2022 = {"year": 2022, "report_date": "2023-01-08"}

LIST_CASES: list[dict] = [
    {
        "id": "budget_revenue_and_its_tax_part_not_in_the_catalog",
        "text": "全县一般公共预算收入12.5亿元,其中税收收入8.6亿元,分别增长6.2%和7.8%。",
        "facts": [
            ("general_budget_revenue", "level", 12.5, 2022, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.2, 2022, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 7.8)],
    },
    {
        "id": "expenditure_and_its_livelihood_part",
        "text": "2022年,全县一般公共预算支出32.6亿元,其中民生支出26.1亿元,分别增长4.5%、6.8%,民生支出占比80.1%。",
        "facts": [("fiscal_expenditure", "yoy_pct", 4.5, 2022, "", "actual", None)],
        "absent": [("fiscal_expenditure", "yoy_pct", 6.8)],
    },
    {
        "id": "retail_sales_and_a_part_the_lexicon_does_not_know",
        "text": "全年社会消费品零售总额85.3亿元,其中乡村消费品零售额20.1亿元,分别增长7.2%和8.5%。",
        "facts": [("retail_sales", "yoy_pct", 7.2, 2022, "", "actual", None)],
        "absent": [("retail_sales", "yoy_pct", 8.5), ("retail_sales", "level", 20.1)],
    },
    {
        "id": "same_indicator_whole_and_part_respectively",
        "text": "全年招商引资到位资金75.7亿元,其中省外到位资金53.8亿元,分别增长10.2%和12%。",
        "facts": [("investment_attracted", "yoy_pct", 10.2, 2022, "", "actual", None)],
        "absent": [("investment_attracted", "yoy_pct", 12.0)],
    },
    {
        "id": "two_catalog_amounts_keep_their_growths",
        "text": "全年实现地区生产总值186.4亿元,第三产业增加值98.2亿元,分别增长5.8%、6.4%。",
        "facts": [
            ("gdp", "yoy_pct", 5.8, 2022, "", "actual", None),
            ("tertiary_va", "yoy_pct", 6.4, 2022, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- near misses
    {
        "id": "more_amounts_than_rates",
        "text": "一般公共预算收入12.5亿元,税收收入8.6亿元,非税收入3.9亿元,分别增长7.8%和5.1%。",
        "facts": [("general_budget_revenue", "level", 12.5, 2022, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct")],
    },
    {
        "id": "a_rate_among_the_amounts",
        "text": "全县一般公共预算收入12.5亿元,增长6.2%;非税收入3.9亿元、税收收入8.6亿元,分别增长5.1%和7.8%。",
        "facts": [("general_budget_revenue", "yoy_pct", 6.2, 2022, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 5.1), ("general_budget_revenue", "yoy_pct", 7.8)],
    },
    {
        "id": "subjects_listed_before_the_list",
        "text": "全县粮食产量12万吨,蔬菜产量8万吨,森林覆盖率、城镇化率分别达到62%和55%。",
        "facts": [
            ("grain_output", "level", 12.0, 2022, "", "actual", None),
            ("forest_coverage", "level", 62.0, 2022, "", "actual", None),
        ],
        "absent": [("grain_output", "yoy_pct")],
    },
]


@pytest.mark.parametrize("case", LIST_CASES, ids=[c["id"] for c in LIST_CASES])
def test_rates_listed_after_a_whole_and_its_part(case):
    check_case(case, REVIEW_2022)


SUMMARY_2023 = {"year": 2023, "report_date": "2024-01-15"}

CHANGE_CASES: list[dict] = [
    {
        "id": "poverty_people_then_incidence",
        "text": "全县贫困人口由2014年的3.2万人减少到2019年底的0.12万人,贫困发生率由18.6%下降到0.7%。",
        "facts": [
            ("poverty_incidence", "level", 18.6, 2014, "", "actual", None),
            ("poverty_incidence", "level", 0.7, 2019, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "level", 0.7, 2023)],
    },
    {
        "id": "urban_then_rural_income_over_five_years",
        "text": (
            "城镇居民人均可支配收入由2018年的28000元增加到2022年的36500元,"
            "农村居民人均可支配收入由12000元增加到16800元。"
        ),
        "facts": [
            ("rural_income", "level", 12000.0, 2018, "", "actual", None),
            ("rural_income", "level", 16800.0, 2022, "", "actual", None),
        ],
        "absent": [("rural_income", "level", 16800.0, 2023)],
    },
    {
        "id": "households_registered_then_incidence",
        "text": "全县贫困人口由2014年建档立卡时的3.82万户减少到2018年底的0.5万户,贫困发生率由35.2%下降至10.1%。",
        "facts": [
            ("poverty_incidence", "level", 35.2, 2014, "", "actual", None),
            ("poverty_incidence", "level", 10.1, 2018, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "level", 10.1, 2023)],
    },
    # ---- near misses
    {
        "id": "a_later_start_with_its_own_year",
        "text": "贫困发生率由2014年的25%降至2017年的8%,2018年由8%降至3%。",
        "facts": [
            ("poverty_incidence", "level", 25.0, 2014, "", "actual", None),
            ("poverty_incidence", "level", 8.0, 2017, "", "actual", None),
            ("poverty_incidence", "level", 3.0, 2018, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "level", 3.0, 2017)],
    },
    {
        "id": "changes_with_no_year_printed",
        "text": "城镇居民人均可支配收入由28000元增加到36500元,农村居民人均可支配收入由12000元增加到16800元。",
        "facts": [
            ("urban_income", "level", 36500.0, 2023, "", "actual", None),
            ("rural_income", "level", 16800.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CHANGE_CASES, ids=[c["id"] for c in CHANGE_CASES])
def test_a_later_change_in_the_years_of_the_first(case):
    check_case(case, SUMMARY_2023)


FLAG_CASES: list[tuple[str, str, str, str, float, bool]] = [
    # id, text, indicator, measure, value, flagged subtotal
    (
        "own_growth_of_a_sector_after_qizhong",
        "全年全县地区生产总值236.52亿元,比上年增长5.6%。其中,第一产业增加值35.21亿元,增长3.8%;第二产业增加值82.36亿元,增长6.2%。",
        "primary_va",
        "yoy_pct",
        3.8,
        False,
    ),
    (
        "own_completion_of_key_projects_after_qizhong",
        "全年完成固定资产投资增长12.6%,其中重大项目完成投资156.7亿元,占年度计划的118.4%。",
        "key_project_investment",
        "completion_pct",
        118.4,
        False,
    ),
    (
        "income_parts_after_qizhong_and_a_comma",
        "全体居民人均可支配收入21560元,增长6.1%。其中,城镇居民人均可支配收入31245元,增长4.5%。",
        "urban_income",
        "yoy_pct",
        4.5,
        False,
    ),
    # ---- near misses: parts of a total stay flagged
    (
        "a_year_of_a_five_year_sum",
        "五年来,累计投入各类扶贫资金67.8亿元,其中2020年投入14.6亿元。",
        "poverty_funds",
        "level",
        14.6,
        True,
    ),
]


@pytest.mark.parametrize("case", FLAG_CASES, ids=[c[0] for c in FLAG_CASES])
def test_subtotal_only_for_a_part_of_an_earlier_figure(case):
    cid, text, indicator, measure, value, flagged = case
    f = passage_facts({"id": cid, "text": text}, {"year": 2023, "report_date": "2024-01-15"})
    rows = f[(f["indicator"] == indicator) & (f["measure"] == measure) & ((f["value"] - value).abs() < 1e-9)]
    assert len(rows) == 1, f
    assert ("subtotal" in rows.iloc[0]["flags"]) == flagged, rows.iloc[0]["flags"]


SPEECH_2024 = {"year": 2023, "report_date": "2024-02-18", "report_type": "讲话"}

MODAL_CASES: list[dict] = [
    {
        "id": "last_year_then_this_year_must",
        "text": "去年全县地区生产总值增长5.2%,今年要确保增长6%以上。",
        "facts": [
            ("gdp", "yoy_pct", 5.2, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "we_must_this_year",
        "text": "一般公共预算收入去年增长7.2%,今年我们必须确保增长8%。",
        "facts": [("general_budget_revenue", "yoy_pct", 8.0, 2024, "", "target", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 8.0, 2024, "", "actual")],
    },
    {
        "id": "a_quarter_last_year_and_this_year",
        "text": "去年一季度我们GDP只增长了3.1%,今年一季度一定要实现增长6%以上,实现开门红。",
        "facts": [
            ("gdp", "yoy_pct", 3.1, 2023, "Q1", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "Q1", "target", None),
        ],
        "absent": [],
    },
    # ---- near misses: a modal clause with a subject of its own keeps it; a modal before a sum
    {
        "id": "modal_before_a_sum_is_no_goal_of_the_subject",
        "text": "全县地区生产总值增长5.2%,要投资30亿元建设产业园。",
        "facts": [("gdp", "yoy_pct", 5.2, 2023, "", "actual", None)],
        "absent": [("gdp", "level", 30.0)],
    },
    {
        "id": "modal_clause_with_its_own_subject",
        "text": "去年全县地区生产总值增长5.2%,今年固定资产投资要确保增长10%以上。",
        "facts": [("fai", "yoy_pct", 10.0, 2024, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 10.0)],
    },
]


@pytest.mark.parametrize("case", MODAL_CASES, ids=[c["id"] for c in MODAL_CASES])
def test_a_goal_with_modal_words(case):
    check_case(case, SPEECH_2024)


MIDYEAR_2023 = {"year": 2023, "report_date": "2023-07-20"}

PART_LIST_CASES: list[dict] = [
    {
        "id": "quarter_and_half_year_then_a_comma",
        "text": "一季度和上半年,全县地区生产总值分别增长4.2%和5.1%。",
        "facts": [
            ("gdp", "yoy_pct", 4.2, 2023, "Q1", "actual", None),
            ("gdp", "yoy_pct", 5.1, 2023, "H1", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "months_so_far_then_a_comma",
        "text": "1-3月和1-6月,全县空气质量优良天数比例分别为80.1%、85.3%。",
        "facts": [
            ("good_air_rate", "level", 80.1, 2023, "Q1", "actual", None),
            ("good_air_rate", "level", 85.3, 2023, "M1-M6", "actual", None),
        ],
        "absent": [("good_air_rate", "level", 80.1, 2023, "M1-M6")],
    },
    # ---- near misses
    {
        "id": "parts_and_subjects_both_listed",
        "text": "一季度和上半年,全县地区生产总值和固定资产投资分别增长4.2%和5.1%。",
        "facts": [],
        "absent": [("gdp",), ("fai",)],
    },
    {
        "id": "parts_and_subjects_both_listed_with_a_pause_mark",
        "text": "一季度、上半年全县地区生产总值和固定资产投资分别增长4.2%、5.1%。",
        "facts": [],
        "absent": [("gdp",), ("fai",)],
    },
    {
        "id": "two_parts_joined_without_respectively",
        "text": "1—3月和11—12月,全县优良天数比例为78.2%。",
        "facts": [],
        "absent": [("good_air_rate",)],
    },
    {
        "id": "one_part_and_listed_subjects",
        "text": "上半年,全县地区生产总值和固定资产投资分别增长4.2%和5.1%。",
        "facts": [
            ("gdp", "yoy_pct", 4.2, 2023, "H1", "actual", None),
            ("fai", "yoy_pct", 5.1, 2023, "H1", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", PART_LIST_CASES, ids=[c["id"] for c in PART_LIST_CASES])
def test_parts_of_a_year_listed_in_a_clause_of_their_own(case):
    check_case(case, MIDYEAR_2023)
