"""Blind panel test r19e (session 17, helper p19): one report series of our own, written by hand before govkit
read it, for a county in a province no earlier series used (吉林 四平 梨树县, 220322), in genres no earlier series
combined: the 2023 plan execution report with the 2024 draft plan (delivered 2024-01-11: the plan's targets
recited, a mid-year adjustment of two of them — 地区生产总值增长目标调整为5%左右 in a later sentence, 固定资产投资增长
目标由10%调整为4% in its own — 预计 outcomes, H1 and Q1–Q3 figures, grain in 亿斤, a park, the 2024 targets), the
2023 budget execution report with the 2024 draft budget (年初预算 18.6 adjusted in its sentence to 17.9, the
执行数 with 为调整预算的%, 政府性基金 and 税收收入 beside the general budget, 预期/安排 for 2024), the work report on 2024
(delivered 2025-01-08: 预计 figures, 低于年初确定的5.5%左右的目标, a milestone, a town, 2025 targets with 左右/以上/
a range) and the 2024 bulletin (2025-04-22: actuals replacing the estimates, two actuals differing from the
work report's, 根据第五次全国经济普查结果,2023年…修订为, 其中 parts, 四平市's growth and the county's share of it).
The texts are tests/fixtures/panel_r19e/*.txt; the cells and pairs an analyst reads in them were written before
the first run (tests/fixtures/panel_r19e/EXPECTED.md, with the winning document and why) and are asserted
through the real pipeline (tests/series.py).

First run (main at 77b62b5; /work/scratch/p19/FIRST_RUN.md): 72 of 77 whole-year cells right, 5 wrong (the
plan's recited targets read as 2023 actuals: 8, 10, 7, 6, 7 instead of 8.6, -2.4, 8.1, 4.6, 7.2), none missing
or extra; 2 of 2 part-year cells right, 2 extra (the mid-year targets dated Q1-Q3); 25 of 33 pairs right (six
of the plan's 2023 targets unpaired or missing; two were my error: the work report's targets restated beside
their outcomes are paired with the bulletin's value, a later report's, as the spec says; corrected).

Classes fixed, each with passages of our own (those marked fixed failed before, the guards passed before and after):

* A. A plan approved reciting its goals (cues.tsv kind target and target clause_goal ``set``; kinds._clause_goal):
  县人大批准的2023年计划,确定全县地区生产总值增长6%左右,规模以上工业增加值增长8%,… read as the year's actuals;
  2023年计划确定…, …计划提出:…, and 年初确定,… (a goal verb closing its clause, the list after it) too. Guards: a
  plan followed (按照批准的计划,…增长6.2%), a requirement followed (按照上级要求,全年完成…,新建…), a plan's goal done
  (计划确定的目标全面完成,…), an outturn after the goal.
* B. A part-year carried into a year's goal (timing.figure_time, Dates.printed_after): 前三季度…增长7.4%。经县人大
  常委会批准,地区生产总值增长目标调整为5%左右 in a review printed after the year dated the goal Q1-Q3. Guards: the
  same in an October analysis, a part named in the goal's sentence (第四季度要确保…), outturns after a part.
* C. A target adjusted in a later sentence of its report (evidence.adjusted_targets): 确定…增长6%左右。…增长目标
  调整为5%左右 measured 6 against the outcome; the adjusted target stands (in the pairs and in a panel cell of
  targets only), as for one adjusted in its own sentence. Guards: another key's target, a target restated
  without adjustment words.
* D. Probing past the series (its adjustment written 调减为 instead of 调整为): a growth goal cut to a new rate
  (固定资产投资增长目标由10%调减为4%, cue measure yoy_down) read as a fall of 4%, a wrong sign; 调减 before 为/到/至
  names the new value, its sign from the words before (增长目标: +4, 能耗下降目标调减为2%: -2). Guards: 减6.5%, 调减5%.
  Left (fixed in r20e, class A): 由6%下调至5% and 调减至4% give no figure for the new goal (the pair then measures
  the initial goal).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from passages import check_case
from series import (
    build_all,
    loss_reasons,
    one_region_and_code,
    others_figures_held,
    run_series,
    wrong_cells,
    wrong_pairs,
)

FIXTURES = Path(__file__).parent / "fixtures" / "panel_r19e"

A, E, T = "actual", "estimate", "target"
GBR, EXP, HSF, KPI = "general_budget_revenue", "fiscal_expenditure", "high_standard_farmland", "key_project_investment"
PLAN, BUD, WR, BUL = "lishu_2023_plan", "lishu_2023_budget", "lishu_2024_wr", "lishu_2024_bulletin"
# doc (the winner), indicator, measure, year, period_start, value, kind (EXPECTED.md gives the reasons)
CELLS = [
    # ---- 2023: the plan and budget execution reports; the 2023 GDP revised by the bulletin
    (BUL, "gdp", "level", 2023, None, 311.2, A),
    (PLAN, "gdp", "yoy_pct", 2023, None, 5.2, E),
    (PLAN, "industrial_va", "yoy_pct", 2023, None, 8.6, A),
    (PLAN, "fai", "yoy_pct", 2023, None, -2.4, A),
    (PLAN, "retail_sales", "level", 2023, None, 97.8, E),
    (PLAN, "retail_sales", "yoy_pct", 2023, None, 8.1, E),
    (PLAN, "urban_income", "level", 2023, None, 35120.0, E),
    (PLAN, "urban_income", "yoy_pct", 2023, None, 4.6, E),
    (PLAN, "rural_income", "level", 2023, None, 19860.0, E),
    (PLAN, "rural_income", "yoy_pct", 2023, None, 7.2, E),
    (PLAN, "grain_output", "level", 2023, None, 258.0, A),  # 51.6亿斤
    (PLAN, HSF, "level", 2023, None, 128000.0, A),
    (PLAN, KPI, "level", 2023, None, 63.5, A),
    (PLAN, "tourist_visits", "level", 2023, None, 318.0, A),
    (PLAN, "tourism_revenue", "level", 2023, None, 24.8, A),
    (PLAN, "new_urban_jobs", "level", 2023, None, 3185.0, A),
    (PLAN, "good_air_rate", "level", 2023, None, 89.5, A),
    (BUD, GBR, "level", 2023, None, 18.12, A),
    (BUD, GBR, "yoy_pct", 2023, None, 4.3, A),
    (BUD, GBR, "completion_pct", 2023, None, 101.2, A),
    (BUD, EXP, "level", 2023, None, 58.73, A),
    (BUD, EXP, "yoy_pct", 2023, None, 2.7, A),
    (BUD, EXP, "completion_pct", 2023, None, 94.1, A),
    (BUD, "livelihood_spending_share", "level", 2023, None, 81.6, A),
    (BUD, "debt_resolved", "level", 2023, None, 3.2, A),
    # ---- 2024: the bulletin over the work report's estimates and actuals
    (BUL, "gdp", "level", 2024, None, 325.4, A),
    (BUL, "gdp", "yoy_pct", 2024, None, 5.1, A),
    (BUL, "primary_va", "level", 2024, None, 98.7, A),
    (BUL, "primary_va", "yoy_pct", 2024, None, 4.2, A),
    (BUL, "secondary_va", "level", 2024, None, 72.3, A),
    (BUL, "secondary_va", "yoy_pct", 2024, None, 6.3, A),
    (BUL, "tertiary_va", "level", 2024, None, 154.4, A),
    (BUL, "tertiary_va", "yoy_pct", 2024, None, 5.0, A),
    (BUL, "gdp_per_capita", "level", 2024, None, 51860.0, A),
    (BUL, "gdp_per_capita", "yoy_pct", 2024, None, 6.2, A),
    (BUL, "new_urban_jobs", "level", 2024, None, 3356.0, A),
    (BUL, "unemployment_rate", "level", 2024, None, 2.9, A),
    (BUL, "grain_output", "level", 2024, None, 263.0, A),
    (BUL, "grain_output", "yoy_pct", 2024, None, 1.9, A),
    (BUL, HSF, "level", 2024, None, 152000.0, A),
    (BUL, "industrial_va", "yoy_pct", 2024, None, 8.2, A),
    (BUL, "industrial_output", "level", 2024, None, 128.6, A),
    (BUL, "industrial_output", "yoy_pct", 2024, None, 7.9, A),
    (BUL, "fai", "yoy_pct", 2024, None, 3.2, A),
    (BUL, "industrial_investment", "yoy_pct", 2024, None, 12.5, A),
    (BUL, "private_investment", "yoy_pct", 2024, None, -4.1, A),
    (BUL, "retail_sales", "level", 2024, None, 104.1, A),
    (BUL, "retail_sales", "yoy_pct", 2024, None, 6.4, A),
    (BUL, "tourist_visits", "level", 2024, None, 389.2, A),
    (BUL, "tourist_visits", "yoy_pct", 2024, None, 22.4, A),
    (BUL, "tourism_revenue", "level", 2024, None, 31.6, A),
    (BUL, "tourism_revenue", "yoy_pct", 2024, None, 27.4, A),
    (BUL, GBR, "level", 2024, None, 18.86, A),
    (BUL, GBR, "yoy_pct", 2024, None, 4.1, A),
    (BUL, EXP, "level", 2024, None, 60.95, A),
    (BUL, EXP, "yoy_pct", 2024, None, 3.8, A),
    (BUL, "loan_balance", "level", 2024, None, 286.3, A),
    (BUL, "urban_income", "level", 2024, None, 36580.0, A),
    (BUL, "urban_income", "yoy_pct", 2024, None, 4.2, A),
    (BUL, "rural_income", "level", 2024, None, 21310.0, A),
    (BUL, "rural_income", "yoy_pct", 2024, None, 7.3, A),
    (BUL, "good_air_rate", "level", 2024, None, 91.3, A),
    (BUL, "good_air_rate", "pp_change", 2024, None, 1.8, A),
    (BUL, "garbage_treatment_rate", "level", 2024, None, 100.0, A),
    (WR, GBR, "completion_pct", 2024, None, 100.1, A),
    (WR, KPI, "level", 2024, None, 72.6, A),
    (WR, "investment_attracted", "level", 2024, None, 45.3, A),
    (WR, "investment_attracted", "yoy_pct", 2024, None, 9.6, A),
    # ---- 2025: the work report's targets
    (WR, "gdp", "yoy_pct", 2025, None, 5.0, T),
    (WR, "industrial_va", "yoy_pct", 2025, None, 7.0, T),
    (WR, "fai", "yoy_pct", 2025, None, 4.0, T),
    (WR, "retail_sales", "yoy_pct", 2025, None, 6.0, T),
    (WR, GBR, "yoy_pct", 2025, None, 3.0, T),
    (WR, "grain_output", "level", 2025, None, 250.0, T),
    (WR, "new_urban_jobs", "level", 2025, None, 3000.0, T),
    (WR, KPI, "level", 2025, None, 75.0, T),
    (WR, HSF, "level", 2025, None, 150000.0, T),
]
N = "no outcome reported"
# target doc, indicator, measure, year, target, target_high, outcome, outcome doc, status
PAIRS = [
    (PLAN, "gdp", "yoy_pct", 2023, 5.0, None, 5.2, PLAN, "met"),  # the adjusted 5%左右, not the 6%左右 it replaced
    (PLAN, "industrial_va", "yoy_pct", 2023, 8.0, None, 8.6, PLAN, "met"),
    (PLAN, "fai", "yoy_pct", 2023, 4.0, None, -2.4, PLAN, "missed"),  # 由10%调整为4%
    (PLAN, "retail_sales", "yoy_pct", 2023, 7.0, None, 8.1, PLAN, "met"),
    (PLAN, "urban_income", "yoy_pct", 2023, 6.0, None, 4.6, PLAN, "missed"),
    (PLAN, "rural_income", "yoy_pct", 2023, 7.0, None, 7.2, PLAN, "met"),
    (PLAN, "gdp", "yoy_pct", 2024, 5.5, None, 5.1, BUL, "missed"),
    (PLAN, "industrial_va", "yoy_pct", 2024, 7.0, None, 8.2, BUL, "met"),
    (PLAN, "fai", "yoy_pct", 2024, 5.0, None, 3.2, BUL, "missed"),
    (PLAN, "retail_sales", "yoy_pct", 2024, 6.5, None, 6.4, BUL, "missed"),
    (PLAN, "urban_income", "yoy_pct", 2024, 5.5, None, 4.2, BUL, "missed"),
    (PLAN, "rural_income", "yoy_pct", 2024, 6.5, None, 7.3, BUL, "met"),
    (PLAN, "grain_output", "level", 2024, 250.0, None, 263.0, BUL, "met"),
    (PLAN, "new_urban_jobs", "level", 2024, 3200.0, None, 3356.0, BUL, "met"),
    (PLAN, KPI, "level", 2024, 70.0, None, 72.6, WR, "met"),
    (PLAN, HSF, "level", 2024, 150000.0, None, 152000.0, BUL, "met"),
    (BUD, GBR, "level", 2023, 17.9, None, 18.12, BUD, "met"),  # 调整预算, not 年初预算 18.6
    (BUD, EXP, "level", 2023, 62.4, None, None, None, N),  # its 执行数 in the same sentence
    (BUD, GBR, "level", 2024, 18.85, None, 18.86, BUL, "met"),
    (BUD, GBR, "yoy_pct", 2024, 4.0, None, 4.1, BUL, "met"),
    (BUD, EXP, "level", 2024, 60.2, None, 60.95, BUL, "met"),
    (BUD, EXP, "yoy_pct", 2024, 2.5, None, 3.8, BUL, "met"),
    # restated beside the work report's own figure, answered by the bulletin (corrected after the first run)
    (WR, "gdp", "yoy_pct", 2024, 5.5, None, 5.1, BUL, "missed"),
    (WR, "new_urban_jobs", "level", 2024, 3200.0, None, 3356.0, BUL, "met"),
    (WR, "gdp", "yoy_pct", 2025, 5.0, None, None, None, N),
    (WR, "industrial_va", "yoy_pct", 2025, 7.0, None, None, None, N),
    (WR, "fai", "yoy_pct", 2025, 4.0, 5.0, None, None, N),
    (WR, "retail_sales", "yoy_pct", 2025, 6.0, None, None, None, N),
    (WR, GBR, "yoy_pct", 2025, 3.0, None, None, None, N),
    (WR, "grain_output", "level", 2025, 250.0, None, None, None, N),
    (WR, "new_urban_jobs", "level", 2025, 3000.0, None, None, None, N),
    (WR, KPI, "level", 2025, 75.0, None, None, None, N),
    (WR, HSF, "level", 2025, 150000.0, None, None, None, N),
]
# the park, the town, 四平市, the milestone, crops, sub-industries, parts of retail, taxes, 政府性基金, the debt
# balance, comparisons with the plan, investment by sector, the structure: never the county's whole year
NOT_THE_COUNTYS = [21.3, 6.8, 76.5, 11.8, 80.0, 21.6, 7.6, 4.8, 3.9, 30.8, 320.0, 231.5, 17.4, 10.6, 9.1]
NOT_THE_COUNTYS += [71.3, 5.9, 32.8, 7.5, 12.46, 6.1, 13.02, 4.5, 13.1, 6.35, 92.6, 18.4, 8.12, 86.4]
NOT_THE_COUNTYS += [0.6, 1.1, 0.2, 1.2, 12.2, -2.6, 30.3, 22.2, 47.5]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("lishu_*.txt"))}
    assert len(texts) == 4
    return build_all(tmp_path_factory, {"lishu": texts})


def test_the_series_cells(built):
    wrong = wrong_cells(built, CELLS)
    assert not wrong, wrong
    panel = built["lishu"][0]
    assert int((panel["subperiod"] == "").sum()) == len(CELLS)  # no whole-year cell the texts do not hold


def test_the_part_year_cells(built):
    panel = built["lishu"][0]
    part = panel[panel["subperiod"] != ""]
    got = sorted(zip(part["indicator"], part["measure"], part["subperiod"], part["value"], part["kind"]))
    assert got == [("gdp", "yoy_pct", "H1", 3.1, A), ("industrial_va", "yoy_pct", "Q1-Q3", 7.4, A)]


def test_no_park_town_prefecture_part_or_comparison_is_the_countys(built):
    held = others_figures_held(built, {"lishu": NOT_THE_COUNTYS})
    assert not held, held


def test_one_region_and_its_code(built):
    one_region_and_code(built, "lishu", "梨树县", "220322")


def test_what_loses_and_why(built):
    conflicts = built["lishu"][1]
    got = loss_reasons(conflicts)
    superseded = [
        (2023, "gdp", "level", 305.6),
        (2024, "gdp", "level", 322.8),
        (2024, "gdp", "yoy_pct", 5.3),
        (2024, "fai", "yoy_pct", 3.6),
        (2024, "retail_sales", "level", 104.4),
        (2024, "retail_sales", "yoy_pct", 6.7),
        (2024, "urban_income", "level", 36720.0),
        (2024, "urban_income", "yoy_pct", 4.6),
        (2024, "rural_income", "level", 21200.0),
        (2024, "rural_income", "yoy_pct", 6.7),
    ]
    by_genre = [(2024, "tourist_visits", "level", 386.0), (2024, "tourist_visits", "yoy_pct", 21.5)]
    by_genre += [(2024, "tourism_revenue", "level", 31.2)]
    want = {k: "superseded estimate" for k in superseded} | {k: "more authoritative genre" for k in by_genre}
    assert got == want


def test_the_series_pairs(built):
    wrong, seen = wrong_pairs(built, PAIRS)
    assert not wrong, wrong
    assert seen == len(built["lishu"][2])  # no pair the texts do not hold


# --------------------------------------------------------------------------- A. a plan approved reciting its goals
PLAN_REPORT = {
    "year": 2023,
    "report_date": "2024-01-11",
    "region": "梨树县",
    "level": "county",
    "report_type": "计划执行情况报告",
}
WORK_REPORT = dict(PLAN_REPORT, report_type="政府工作报告", report_date="2024-01-09")
PLAN_GOALS = [
    {  # fixed
        "id": "the_plan_approved_then_its_verb_after_a_comma",
        "meta": PLAN_REPORT,
        "text": "县十九届人大二次会议批准的2023年计划，确定全县地区生产总值增长6%左右，规模以上工业增加值增长8%，"
        "固定资产投资增长10%，城镇和农村居民人均可支配收入分别增长6%和7%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", T, None),
            ("industrial_va", "yoy_pct", 8.0, 2023, "", T, None),
            ("fai", "yoy_pct", 10.0, 2023, "", T, None),
            ("urban_income", "yoy_pct", 6.0, 2023, "", T, None),
            ("rural_income", "yoy_pct", 7.0, 2023, "", T, None),
        ],
        "absent": [("industrial_va", "yoy_pct", 8.0, 2023, "", A), ("fai", "yoy_pct", 10.0, 2023, "", A)],
    },
    {  # fixed
        "id": "the_years_plan_sets_then_the_list",
        "meta": PLAN_REPORT,
        "text": "2023年计划确定全县一般公共预算收入增长5%，社会消费品零售总额增长7%，城镇新增就业3000人。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 5.0, 2023, "", T, None),
            ("retail_sales", "yoy_pct", 7.0, 2023, "", T, None),
            ("new_urban_jobs", "level", 3000.0, 2023, "", T, None),
        ],
        "absent": [("retail_sales", "yoy_pct", 7.0, 2023, "", A)],
    },
    {  # fixed
        "id": "the_plan_proposed_then_a_colon",
        "meta": PLAN_REPORT,
        "text": "县人代会审议通过的2023年国民经济和社会发展计划提出：全县地区生产总值增长6%左右，固定资产投资增长10%。",
        "facts": [("gdp", "yoy_pct", 6.0, 2023, "", T, None), ("fai", "yoy_pct", 10.0, 2023, "", T, None)],
        "absent": [("fai", "yoy_pct", 10.0, 2023, "", A)],
    },
    {  # fixed: a body's goal verb closing its clause, the list after it
        "id": "set_at_the_years_start_then_a_comma",
        "meta": WORK_REPORT,
        "text": "年初确定，全县一般公共预算收入增长5%，规模以上工业增加值增长8%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 5.0, 2023, "", T, None),
            ("industrial_va", "yoy_pct", 8.0, 2023, "", T, None),
        ],
        "absent": [("industrial_va", "yoy_pct", 8.0, 2023, "", A)],
    },
    # guards
    {
        "id": "a_plan_followed",
        "meta": PLAN_REPORT,
        "text": "按照县人大批准的计划，全年地区生产总值增长6.2%，固定资产投资增长10.5%。",
        "facts": [("gdp", "yoy_pct", 6.2, 2023, "", A, None), ("fai", "yoy_pct", 10.5, 2023, "", A, None)],
        "absent": [("gdp", "yoy_pct", 6.2, 2023, "", T)],
    },
    {
        "id": "a_requirement_followed_then_a_comma",
        "meta": WORK_REPORT,
        "text": "按照上级要求，全年完成植树造林1.5万亩，新建高标准农田12.8万亩。",
        "facts": [
            ("afforestation", "level", 15000.0, 2023, "", A, None),
            ("high_standard_farmland", "level", 128000.0, 2023, "", A, None),
        ],
        "absent": [("afforestation", "level", 15000.0, 2023, "", T)],
    },
    {
        "id": "the_plans_goal_done",
        "meta": PLAN_REPORT,
        "text": "2023年计划确定的目标全面完成，全年地区生产总值增长6.2%，固定资产投资增长10.5%。",
        "facts": [("gdp", "yoy_pct", 6.2, 2023, "", A, None), ("fai", "yoy_pct", 10.5, 2023, "", A, None)],
        "absent": [("fai", "yoy_pct", 10.5, 2023, "", T)],
    },
    # fixed for the goal's half (read as an outturn before), the outturn after it a guard
    {
        "id": "the_goal_then_the_same_indicators_outturn",
        "meta": PLAN_REPORT,
        "text": "县人大批准的2023年计划，安排固定资产投资增长10%，全县固定资产投资下降2.4%。",
        "facts": [("fai", "yoy_pct", 10.0, 2023, "", T, None), ("fai", "yoy_pct", -2.4, 2023, "", A, None)],
        "absent": [("fai", "yoy_pct", -2.4, 2023, "", T)],
    },
    {
        "id": "the_goal_after_a_comma_then_its_outturn",
        "meta": PLAN_REPORT,
        "text": "县人大批准的2023年计划提出，全县地区生产总值增长6%左右，全年实现增长5.2%。",
        "facts": [("gdp", "yoy_pct", 6.0, 2023, "", T, None), ("gdp", "yoy_pct", 5.2, 2023, "", A, None)],
        "absent": [("gdp", "yoy_pct", 5.2, 2023, "", T)],
    },
    {
        "id": "above_the_plan_is_a_comparison",
        "meta": PLAN_REPORT,
        "text": "规模以上工业增加值增长8.6%，超过年度计划0.6个百分点。",
        "facts": [("industrial_va", "yoy_pct", 8.6, 2023, "", A, None)],
        "absent": [("industrial_va", "pp_change"), ("industrial_va", "yoy_pct", 8.6, 2023, "", T)],
    },
]


@pytest.mark.parametrize("case", PLAN_GOALS, ids=[c["id"] for c in PLAN_GOALS])
def test_a_plan_approved_reciting_its_goals(case):
    check_case(case, {})


# --------------------------------------------------------------------------- B. a part of the year carried to a goal
ANALYSIS_OCT = dict(PLAN_REPORT, report_type="经济运行分析", report_date="2023-10-20")
SUMMARY_JAN = dict(PLAN_REPORT, report_type="工作总结")
CARRIED_PART = [
    {  # fixed
        "id": "the_goal_adjusted_after_three_quarters",
        "meta": PLAN_REPORT,
        "text": "前三季度规模以上工业增加值增长7.4%。经县十九届人大常委会第十二次会议审议批准，"
        "地区生产总值增长目标调整为5%左右。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.4, 2023, "Q1-Q3", A, None),
            ("gdp", "yoy_pct", 5.0, 2023, "", T, None),
        ],
        "absent": [("gdp", "yoy_pct", 5.0, 2023, "Q1-Q3")],
    },
    {  # fixed
        "id": "the_goal_cut_after_the_first_half",
        "meta": SUMMARY_JAN,
        "text": "上半年，全县固定资产投资下降6.1%。经研究，固定资产投资增长目标由10%调整为4%。",
        "facts": [
            ("fai", "yoy_pct", -6.1, 2023, "H1", A, None),
            ("fai", "yoy_pct", 4.0, 2023, "", T, None),
        ],
        "absent": [("fai", "yoy_pct", 4.0, 2023, "H1"), ("fai", "yoy_pct", 10.0, 2023, "H1")],
    },
    # guards
    {
        "id": "in_an_analysis_of_three_quarters",
        "meta": ANALYSIS_OCT,
        "text": "前三季度规模以上工业增加值增长7.4%。经县十九届人大常委会第十二次会议审议批准，"
        "地区生产总值增长目标调整为5%左右。",
        "facts": [("gdp", "yoy_pct", 5.0, 2023, "Q1-Q3", T, None)],
        "absent": [("gdp", "yoy_pct", 5.0, 2023, "", T)],
    },
    {
        "id": "a_quarter_named_in_the_goals_sentence",
        "meta": SUMMARY_JAN,
        "text": "前三季度，全县规模以上工业增加值增长7.4%。第四季度要确保规模以上工业增加值增长8%。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.4, 2023, "Q1-Q3", A, None),
            ("industrial_va", "yoy_pct", 8.0, 2023, "Q4", T, None),
        ],
        "absent": [("industrial_va", "yoy_pct", 8.0, 2023, "")],
    },
    {
        "id": "outturns_after_a_part_keep_it",
        "meta": SUMMARY_JAN,
        "text": "上半年，全县地区生产总值增长3.1%。规模以上工业增加值增长4.2%。",
        "facts": [
            ("gdp", "yoy_pct", 3.1, 2023, "H1", A, None),
            ("industrial_va", "yoy_pct", 4.2, 2023, "H1", A, None),
        ],
        "absent": [("industrial_va", "yoy_pct", 4.2, 2023, "")],
    },
]


@pytest.mark.parametrize("case", CARRIED_PART, ids=[c["id"] for c in CARRIED_PART])
def test_a_part_of_the_year_carried_to_a_goal(case):
    check_case(case, {})


# --------------------------------------------------------------------------- D. a growth goal cut to a new rate
GOAL_CUT = [
    {  # fixed
        "id": "a_growth_goal_cut_to_a_rate",
        "meta": PLAN_REPORT,
        "text": "经县人大常委会批准，固定资产投资增长目标由10%调减为4%。",
        "facts": [("fai", "yoy_pct", 10.0, 2023, "", T, None), ("fai", "yoy_pct", 4.0, 2023, "", T, None)],
        "absent": [("fai", "yoy_pct", -4.0)],
    },
    {  # fixed
        "id": "a_revenue_growth_goal_cut_to_a_rate",
        "meta": dict(PLAN_REPORT, report_type="预算执行情况报告"),
        "text": "年中，一般公共预算收入增长目标调减到3%。",
        "facts": [("general_budget_revenue", "yoy_pct", 3.0, 2023, "", T, None)],
        "absent": [("general_budget_revenue", "yoy_pct", -3.0)],
    },
    # guards: a fall goal cut keeps its fall, a cut by a share and a fall stay falls
    {
        "id": "a_fall_goal_cut_keeps_its_sign",
        "meta": PLAN_REPORT,
        "text": "单位地区生产总值能耗下降目标调减为2%。",
        "facts": [("energy_intensity", "yoy_pct", -2.0, 2023, "", T, None)],
        "absent": [("energy_intensity", "yoy_pct", 2.0)],
    },
    {
        "id": "falls_stay_falls",
        "meta": WORK_REPORT,
        "text": "全年固定资产投资减6.5%，社会消费品零售总额调减5%。",
        "facts": [("fai", "yoy_pct", -6.5, 2023, "", A, None)],
        "absent": [("fai", "yoy_pct", 6.5)],
    },
]


@pytest.mark.parametrize("case", GOAL_CUT, ids=[c["id"] for c in GOAL_CUT])
def test_a_growth_goal_cut_to_a_new_rate(case):
    check_case(case, {})


# --------------------------------------------------------------------------- C. a target adjusted in a later sentence
HEAD = "关于梨树县{y}年国民经济和社会发展计划执行情况的报告\n——{d}在梨树县第十九届人民代表大会第三次会议上\n梨树县发展和改革局\n"


def _pairs(tmp_path: Path, body: str, year: int = 2023, date: str = "2024年1月11日"):
    panel, _, tvo = run_series(tmp_path, {"lishu_plan": HEAD.format(y=year, d=date) + body})
    return panel, tvo


def _one(tvo, ind, year):
    t = tvo[(tvo["indicator"] == ind) & (tvo["year"] == year)]
    assert len(t) == 1, t
    return t.iloc[0]


def test_a_goal_adjusted_in_a_later_sentence_is_the_one_measured(tmp_path):  # fixed
    _, tvo = _pairs(
        tmp_path,
        "县人大批准的2023年计划，确定全县地区生产总值增长6%左右，固定资产投资增长10%。\n"
        "年中，经县人大常委会批准，地区生产总值增长目标调整为5%左右。\n"
        "全年地区生产总值增长5.2%，固定资产投资增长8.5%。\n",
    )
    gdp = _one(tvo, "gdp", 2023)
    assert (gdp["target"], gdp["outcome"], gdp["status"]) == (5.0, 5.2, "met")
    fai = _one(tvo, "fai", 2023)  # guard: another key's target is not adjusted
    assert (fai["target"], fai["outcome"], fai["status"]) == (10.0, 8.5, "missed")


def test_a_budget_cut_in_a_later_sentence_is_the_one_measured(tmp_path):  # fixed
    _, tvo = _pairs(
        tmp_path,
        "2023年全县一般公共预算收入年初预算为18.6亿元。\n"
        "受减税降费影响，经县人大常委会批准，一般公共预算收入预算调减为17.9亿元。\n"
        "全县一般公共预算收入完成18.12亿元，同比增长4.3%。\n",
    )
    gbr = _one(tvo, "general_budget_revenue", 2023)
    assert (gbr["target"], gbr["outcome"], gbr["status"]) == (17.9, 18.12, "met")


def test_the_adjusted_goal_stands_in_a_panel_of_targets(tmp_path):  # fixed
    panel, _ = _pairs(
        tmp_path,
        "2024年计划确定全县地区生产总值增长6%左右。\n"
        "上半年，全县地区生产总值增长3.8%。\n"
        "经县人大常委会批准，全年地区生产总值增长目标调整为5%左右。\n",
        year=2024,
        date="2024年7月26日",
    )
    cell = panel[(panel["indicator"] == "gdp") & (panel["measure"] == "yoy_pct") & (panel["subperiod"] == "")]
    assert list(zip(cell["value"], cell["kind"])) == [(5.0, T)]


def test_a_goal_restated_without_adjustment_words_adjusts_nothing(tmp_path):  # guard
    _, tvo = _pairs(
        tmp_path,
        "2023年计划确定全县固定资产投资增长10%。\n"
        "下半年，我们对标年初确定的固定资产投资增长8%的工作目标，狠抓项目建设。\n"
        "全年固定资产投资增长8.5%。\n",
    )
    fai = _one(tvo, "fai", 2023)
    assert fai["target"] == 10.0
