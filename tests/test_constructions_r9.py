"""Constructions found by probing (session 8): the size of a fall changed in its own clause after the
fall (…下降2.5%,降幅比上年收窄1.3个百分点: the growth rate rose by 1.3 points), and a figure printed in
a unit that stands in for the catalog's without converting to it (外贸出口总额12.5亿元 where exports
are counted in 万美元; 接待游客85.6万人 where visitors are counted in 人次), a numbered item's title
on a line of its own (assessment self-checks, plan execution reports: 1.地区生产总值 / 全年完成…),
whose body line names no indicator, and 新增 opening a clause after the subject's target (年度目标任务
4000人,全年新增4523人: the count achieved), and a sentence opening on a bare 力争 that lists goals
(力争地区生产总值增长7%,固定资产投资增长10%,…: every clause a goal, not only the first), and a
clause opening on a word of a year (去年…210亿元,今年前三季度完成165亿元; …25万吨,去年为24.1万吨):
it continues the subject of the clause before, as a printed year does; and spans of two years
(两年来, 近两年: the last two years ended; 未来两年: the two ahead), as 三年来 and 未来三年 already were;
a task of debt (化解隐性债务任务3亿元: 债务任务 is the task, a target) and an outturn opening on 实际 and
the subject's verb (实际化解3.2亿元, 实际转移2.3万人); the level named 绝对额/绝对值 after a growth
rate (增长7.2%,绝对值达到21560元), while the change named so (增收绝对额1.2亿元) stays no level; and
the figure by which last year's is exceeded (超过上年规模1200人).

Each case is a short passage of its own (not copied from a dev set) written for one construction:
the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and the
keys it must not give (a prefix of that tuple). Every case but the near-misses failed before.
"""

from __future__ import annotations

import pandas as pd
import pytest
from passages import check_case, passage_facts

from govkit.core.fact import UNCONVERTED_FLAG

#: A work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}
CITY = {"region": "阜阳市", "level": "city"}
#: A speech of December 2023 on 2023.
DECEMBER = {"year": 2023, "report_date": "2023-12-20"}

CASES: list[dict] = [
    # ---- the size of a fall, changed, in its own clause after the fall: the sign reverses
    {
        "id": "fall_narrowed_against_last_year",
        "text": "全县地区生产总值下降2.5%,降幅比上年收窄1.3个百分点。",
        "facts": [
            ("gdp", "yoy_pct", -2.5, 2023, "", "actual", None),
            ("gdp", "pp_change", 1.3, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "pp_change", -1.3)],
    },
    {
        "id": "fall_widened_after_a_semicolon",
        "meta": CITY,
        "text": "全市固定资产投资下降8.1%;降幅较上年扩大3.2个百分点。",
        "facts": [
            ("fai", "yoy_pct", -8.1, 2023, "", "actual", None),
            ("fai", "pp_change", -3.2, 2023, "", "actual", None),
        ],
        "absent": [("fai", "pp_change", 3.2)],
    },
    {
        "id": "size_of_the_fall_spelled_out_no_base",
        "text": "全县一般公共预算收入下降6.3%,下降幅度收窄2个百分点,税收收入下降4.1%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", -6.3, 2023, "", "actual", None),
            ("general_budget_revenue", "pp_change", 2.0, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "pp_change", -2.0)],
    },
    {
        # near-miss: against an earlier part of the year, not the year before
        "id": "fall_narrowed_against_the_first_quarter",
        "text": "全县地区生产总值同比下降2.5%,降幅比一季度收窄1.3个百分点。",
        "facts": [("gdp", "yoy_pct", -2.5, 2023, "", "actual", None)],
        "absent": [("gdp", "pp_change")],
    },
    # ---- an item's title on a line of its own: the body line after it is the item's
    {
        "id": "title_line_then_its_figures",
        "text": "1.地区生产总值\n全年完成156.3亿元,增长6.1%。\n2.固定资产投资\n全年增长6.2%。",
        "facts": [
            ("gdp", "level", 156.3, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("fai", "yoy_pct", 6.2, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.2)],
    },
    {
        "id": "assessment_items_target_and_outturn_under_title_lines",
        "meta": CITY,
        "text": (
            "一、主要指标完成情况\n(一)地区生产总值\n目标任务增长7%,实际完成增长7.3%,完成率104%。\n"
            "(二)一般公共预算收入\n年度目标38亿元,全年完成39.2亿元。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 7.3, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 38.0, 2023, "", "target", None),
            ("general_budget_revenue", "level", 39.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near-miss: the line after the title names its own indicator
        "id": "title_line_then_another_indicator",
        "text": "1.地区生产总值\n全县规上工业增加值增长8.2%。",
        "facts": [("industrial_va", "yoy_pct", 8.2, 2023, "", "actual", None)],
        "absent": [("gdp",)],
    },
    {
        # near-miss: a title line right after another: the first has no body
        "id": "two_title_lines_in_a_row",
        "text": "1.地区生产总值\n2.固定资产投资\n全年增长6.2%。",
        "facts": [("fai", "yoy_pct", 6.2, 2023, "", "actual", None)],
        "absent": [("gdp",)],
    },
    # ---- 新增 opening a clause after the subject's target: the count achieved
    {
        "id": "new_jobs_target_then_added",
        "text": "(三)城镇新增就业\n年度目标任务4000人,全年新增4523人,完成年度任务的113.1%。",
        "facts": [
            ("new_urban_jobs", "level", 4000.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4523.0, 2023, "", "actual", None),
            ("new_urban_jobs", "completion_pct", 113.1, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 4523.0, 2023, "", "target")],
    },
    {
        "id": "labour_transfer_task_then_added",
        "text": "农村劳动力转移就业:市下达任务2.5万人,新增2.7万人。",
        "facts": [
            ("labor_transfer", "level", 25000.0, 2023, "", "target", None),
            ("labor_transfer", "level", 27000.0, 2023, "", "actual", None),
        ],
        "absent": [("labor_transfer", "level", 27000.0, 2023, "", "target")],
    },
    {
        # near-miss: 新增 after a sum of money is its increment, not the level
        "id": "revenue_then_added_amount",
        "text": "全县一般公共预算收入完成12.1亿元,新增1.2亿元。",
        "facts": [("general_budget_revenue", "level", 12.1, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 1.2)],
    },
    # ---- a sentence opening on 力争 lists goals: each of its clauses is one
    {
        "id": "striving_opens_a_list_of_goals",
        "text": "力争地区生产总值增长7%,固定资产投资增长10%,城镇新增就业5000人。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 5000.0, 2023, "", "target", None),
        ],
        "absent": [
            ("fai", "yoy_pct", 10.0, 2023, "", "actual"),
            ("new_urban_jobs", "level", 5000.0, 2023, "", "actual"),
        ],
    },
    {
        "id": "year_then_striving_goals_respectively",
        "meta": CITY,
        "text": "2024年,力争全市一般公共预算收入增长6%,城乡居民人均可支配收入分别增长6%和8%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
            ("urban_income", "yoy_pct", 6.0, 2024, "", "target", None),
            ("rural_income", "yoy_pct", 8.0, 2024, "", "target", None),
        ],
        "absent": [("urban_income", "yoy_pct", 6.0, 2024, "", "actual")],
    },
    {
        # near-miss: the outturn printed after the goal
        "id": "striving_then_the_outturn",
        "text": "力争全年地区生产总值增长7%,实际增长7.3%。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 7.3, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.3, 2023, "", "target")],
    },
    {
        # near-miss: 争取 opens a review of funds secured, not goals
        "id": "funds_secured_then_jobs_done",
        "text": "争取上级资金5.6亿元,增长12%,城镇新增就业5200人。",
        "facts": [("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 5200.0, 2023, "", "target")],
    },
    # ---- a clause opening on a word of a year continues the subject
    {
        "id": "last_years_level_then_this_years_quarters",
        "meta": DECEMBER,
        "text": "去年全县实现地区生产总值210亿元,今年前三季度完成165亿元,增长5.8%。",
        "facts": [
            ("gdp", "level", 210.0, 2022, "", "actual", None),
            ("gdp", "level", 165.0, 2023, "Q1-Q3", "actual", None),
            ("gdp", "yoy_pct", 5.8, 2023, "Q1-Q3", "actual", None),
        ],
        "absent": [("gdp", "level", 165.0, 2022)],
    },
    {
        "id": "subject_first_then_last_year_and_this_year",
        "meta": DECEMBER,
        "text": "全县一般公共预算收入去年为8.1亿元,今年预计完成8.9亿元。",
        "facts": [
            ("general_budget_revenue", "level", 8.1, 2022, "", "actual", None),
            ("general_budget_revenue", "level", 8.9, 2023, "", "estimate", None),
        ],
        "absent": [],
    },
    {
        "id": "this_years_figure_then_last_years",
        "meta": DECEMBER,
        "text": "全县粮食总产量25万吨,去年为24.1万吨。",
        "facts": [
            ("grain_output", "level", 25.0, 2023, "", "actual", None),
            ("grain_output", "level", 24.1, 2022, "", "actual", None),
        ],
        "absent": [("grain_output", "level", 24.1, 2023)],
    },
    {
        # near-miss: the clause names its own subject (not a catalog one)
        "id": "this_year_opens_another_subject",
        "meta": DECEMBER,
        "text": "全县城镇新增就业4200人,今年以来新增市场主体1800户。",
        "facts": [("new_urban_jobs", "level", 4200.0, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 1800.0)],
    },
    # ---- spans of two years
    {
        "id": "sum_over_the_last_two_years",
        "text": "两年来,累计化解隐性债务5.2亿元。",
        "facts": [("debt_resolved", "level", 5.2, 2023, "", "actual", 2022)],
        "absent": [("debt_resolved", "level", 5.2, 2023, "", "actual", None)],
    },
    {
        "id": "recent_two_years_sum_and_average",
        "meta": CITY,
        "text": "近两年,全市累计新增城镇就业9800人,年均增长6.5%。",
        "facts": [
            ("new_urban_jobs", "level", 9800.0, 2023, "", "actual", 2022),
            ("new_urban_jobs", "cagr_pct", 6.5, 2023, "", "actual", 2022),
        ],
        "absent": [("new_urban_jobs", "level", 9800.0, 2023, "", "actual", None)],
    },
    {
        "id": "two_years_ahead_average_goal",
        "text": "未来两年,力争全县地区生产总值年均增长7%。",
        "facts": [("gdp", "cagr_pct", 7.0, 2025, "", "target", 2024)],
        "absent": [("gdp", "cagr_pct", 7.0, 2023)],
    },
    {
        # near-miss: the average of two years' growth (a 2021 report) keeps its reading
        "id": "two_year_average_growth_unchanged",
        "text": "全县地区生产总值两年平均增长5.1%。",
        "facts": [("gdp", "cagr_pct", 5.1, 2023, "", "actual", 2022)],
        "absent": [],
    },
    # ---- a task, then the outturn on 实际 and the subject's verb
    {
        "id": "debt_task_then_debt_resolved",
        "text": "年度化解隐性债务任务3亿元,实际化解3.2亿元。",
        "facts": [
            ("debt_resolved", "level", 3.0, 2023, "", "target", None),
            ("debt_resolved", "level", 3.2, 2023, "", "actual", None),
        ],
        "absent": [("debt_resolved", "level", 3.0, 2023, "", "actual")],
    },
    {
        "id": "transfer_task_then_transferred",
        "text": "农村劳动力转移就业任务2万人,实际转移2.3万人。",
        "facts": [
            ("labor_transfer", "level", 20000.0, 2023, "", "target", None),
            ("labor_transfer", "level", 23000.0, 2023, "", "actual", None),
        ],
        "absent": [("labor_transfer", "level", 23000.0, 2023, "", "target")],
    },
    {
        # near-miss: 实际利用外资 is a subject of its own
        "id": "actual_use_of_foreign_capital_is_its_own_subject",
        "text": "全县地区生产总值增长6%,实际利用外资3000万美元。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "actual", None),
            ("fdi", "level", 3000.0, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level")],
    },
    # ---- 绝对额 / 绝对值: the level after its growth; a change named so is none
    {
        "id": "incomes_growth_then_absolute_levels_respectively",
        "text": "城镇、农村居民人均可支配收入分别增长5.1%、7.2%,绝对额分别达到41230元、21560元。",
        "facts": [
            ("urban_income", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.2, 2023, "", "actual", None),
            ("urban_income", "level", 41230.0, 2023, "", "actual", None),
            ("rural_income", "level", 21560.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "growth_then_absolute_value",
        "text": "农村居民人均可支配收入增长7.2%,绝对值达到21560元。",
        "facts": [("rural_income", "level", 21560.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near-miss: the change named by 绝对额 is no level
        "id": "absolute_increase_is_no_level",
        "text": "全县一般公共预算收入增长8%,增收绝对额1.2亿元;农村居民人均可支配收入21560元,比上年增加的绝对值为1420元。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 8.0, 2023, "", "actual", None),
            ("rural_income", "level", 21560.0, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level"), ("rural_income", "level", 1420.0)],
    },
    # ---- a figure by which last year's is exceeded is the change
    {
        "id": "exceeds_last_years_scale_by",
        "text": "脱贫劳动力务工就业3.6万人,超过上年规模1200人。",
        "facts": [("poverty_labor_transfer", "level", 36000.0, 2023, "", "actual", None)],
        "absent": [("poverty_labor_transfer", "level", 1200.0)],
    },
    {
        "id": "exceeds_a_printed_years_level_by",
        "text": "全县粮食总产量52.3万吨,超过2022年水平1.1万吨。",
        "facts": [("grain_output", "level", 52.3, 2023, "", "actual", None)],
        "absent": [("grain_output", "level", 1.1)],
    },
    {
        # near-miss: a bound of the figure itself (超过3.5万人) stays, flagged approximate
        "id": "exceeding_a_bound_stays",
        "text": "脱贫劳动力务工就业规模超过3.5万人。",
        "facts": [("poverty_labor_transfer", "level", 35000.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near-miss: against another place
        "id": "fall_smaller_than_the_province",
        "text": "全县规上工业增加值下降4.1%,降幅比全省低1.2个百分点。",
        "facts": [("industrial_va", "yoy_pct", -4.1, 2023, "", "actual", None)],
        "absent": [("industrial_va", "pp_change")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)


#: Passages whose figure is the indicator's in a unit that does not convert to the catalog's: the
#: fact is kept with no value, its printed text and the flag (indicator, printed text); and the
#: figures in the catalog's own unit that must keep their value (indicator, value).
UNCONVERTED: list[dict] = [
    {
        "id": "exports_and_fdi_in_yuan",
        "text": "2023年,全县外贸出口总额12.5亿元,增长8.1%。实际利用外资2.3亿元。",
        "unconverted": [("exports", "12.5亿元"), ("fdi", "2.3亿元")],
        "values": [("exports", "yoy_pct", 8.1)],
    },
    {
        "id": "exports_part_of_trade_in_yuan",
        "meta": CITY,
        "text": "全市完成外贸进出口总额56亿元,其中出口42亿元,进口14亿元。",
        "unconverted": [("exports", "42亿元")],
        "values": [],
    },
    {
        "id": "visitors_counted_in_persons",
        "text": "全年接待国内外游客85.6万人,实现旅游综合收入7.2亿元。",
        "unconverted": [("tourist_visits", "85.6万人")],
        "values": [("tourism_revenue", "level", 7.2)],
    },
    {
        # near-miss: the catalog's own units convert and keep their values
        "id": "dollars_and_visits_convert",
        "text": "完成外贸出口3.2亿美元,实际利用外资1100万美元;接待游客120万人次,其中过夜游客30万人。",
        "unconverted": [],
        "values": [("exports", "level", 32000.0), ("fdi", "level", 1100.0), ("tourist_visits", "level", 120.0)],
    },
]


@pytest.mark.parametrize("case", UNCONVERTED, ids=[c["id"] for c in UNCONVERTED])
def test_a_unit_that_does_not_convert_keeps_the_fact_without_a_value(case):
    f = passage_facts(case, META)
    flagged = f[f["flags"].str.contains(UNCONVERTED_FLAG)]
    got = {(r.indicator, r.value_text) for r in flagged.itertuples()}
    assert got == set(case["unconverted"]), f
    assert flagged["value"].isna().all() and (flagged["measure"] == "level").all()
    valued = {(r.indicator, r.measure, round(float(r.value), 6)) for r in f.itertuples() if not pd.isna(r.value)}
    assert set(case["values"]) <= valued, valued
    assert not any(ind == "tourist_visits" and v == 30.0 for ind, _, v in valued)  # a part's head count
