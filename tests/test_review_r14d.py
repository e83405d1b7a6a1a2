"""Review of the blind round's h12 rules (session 12, reviewer rv12): passages of our own that use the
rules' trigger words in other constructions. Three rules were too broad and are narrowed here; the
others kept their readings on every passage probed.

By class:

* **上年同期 as a comparison's base** — h12 let 上年同期 date the figures after it as 去年同期 does
  (上半年…完成5.62亿元,上年同期为5.31亿元). But 上年同期 after a comparison word is a base: 增速快于上年同期
  1.2个百分点,一般公共预算收入增长8% (the 8% was dated the year before), 低于去年同期2.1个百分点, 恢复到上年同期,
  受上年同期基数较低影响, 是上年同期的1.5倍,占年度预算的52.3% (the share was dated the year before). 上年同期
  (去年同期) now dates its figures only opening its clause (or its bracket, or after 而/但/其中), or
  right before 为/是/达 and a figure; opening a clause before 基数/水平 it is a base too (time
  same_period_lead, same_period_base). The same mistake of 去年同期, made before h12, is mended with it.
* **a part of the year alone in a table of targets** — h12 read a plan table's column naming only a part
  of the year (1-6月 | 同比增长% | 全年目标) as that part's outturn. A table of quarterly targets
  (2024年主要经济指标分季度目标: 一季度 | 上半年 | 前三季度 | 全年; 季度分解: 1-3月 | 1-6月 | 1-9月 | 全年目标)
  had its targets read as actuals. Such a column is now its outturn only when the table's title or
  section names no plan and no column of another part alone stands beside it (one part of two
  years, 2023年1-6月 | 2024年1-6月, is read).
* **a figure alone on its line** — h12 joined a short line ending in a Han character to a next line opening on
  a figure and its unit. A table laid out one cell a line (指标 / 2023年完成 / 2024年目标 / 地区生产总值 /
  320亿元 / 345亿元) had its label and first cell joined, and the outturn read as the next year's target. The
  figure's clause must now end right after it on its line, on a sentence mark (…增长 / 6.1%。; …隐性债务 /
  3.2亿元,完成…): a figure alone on its line (6.5%左右 too) stays a cell, and a paragraph opening on a figure
  before more words under a headline without a marker (财政收入稳步增长 / 12.6亿元专项债券资金全部投入…,
  固定资产投资较快增长 / 35%的项目提前开工: the sum and the share were read as the headline's) stays a
  paragraph (cue wrap figure_runs_on).

Probed and kept (their readings right): a printed year inside an adjustment phrase, longer factors
continuing the subject; a part of the year before 完成投资; a budget's sum planned at a rate; a plan
column's growth cell; the share of the adjusted budget; 较上年末 at a month's end and at the year's end.
"""

from __future__ import annotations

import pytest
from passages import check_case

from govkit.pipeline.corpus import document_from_text

#: A half-year economic review of July 2024.
HALF = {"year": 2024, "report_date": "2024-07-20", "region": "武功县", "level": "county"}
#: A notice of February 2024 setting the year's targets.
PLAN = {"year": 2024, "report_date": "2024-02-20", "region": "武功县", "level": "county"}
#: A statistical bulletin of March 2024 on 2023.
BULLETIN = {"year": 2023, "report_date": "2024-03-20", "region": "武功县", "level": "county"}

_HALF_TITLE = "武功县2024年上半年经济运行情况\n"

CASES = [
    # ---- 上年同期 after a comparison word: a base, dating nothing
    {
        "id": "same_period_after_faster_than_dates_nothing",
        "text": _HALF_TITLE + "上半年,全县地区生产总值增长5.6%,增速快于上年同期1.2个百分点,一般公共预算收入增长8%。",
        "meta": HALF,
        "facts": [
            ("gdp", "yoy_pct", 5.6, 2024, "H1", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.0, 2024, "H1", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 8.0, 2023)],
    },
    {
        "id": "same_period_recovered_to_dates_nothing",
        "text": _HALF_TITLE + "上半年,全县旅游收入恢复到上年同期,一般公共预算收入增长8%。",
        "meta": HALF,
        "facts": [("general_budget_revenue", "yoy_pct", 8.0, 2024, "H1", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 8.0, 2023)],
    },
    {
        "id": "same_period_quqian_below_dates_nothing",
        "text": _HALF_TITLE + "上半年,全县固定资产投资增长5.6%,低于去年同期2.1个百分点,社会消费品零售总额增长8%。",
        "meta": HALF,
        "facts": [("retail_sales", "yoy_pct", 8.0, 2024, "H1", "actual", None)],
        "absent": [("retail_sales", "yoy_pct", 8.0, 2023)],
    },
    {
        "id": "same_period_multiple_of_dates_nothing",
        "text": _HALF_TITLE + "上半年,全县一般公共预算收入完成5.6亿元,是上年同期的1.5倍,占年度预算的52.3%。",
        "meta": HALF,
        "facts": [("general_budget_revenue", "completion_pct", 52.3, 2024, "H1", "actual", None)],
        "absent": [("general_budget_revenue", "completion_pct", 52.3, 2023)],
    },
    {
        "id": "same_period_low_base_reason_dates_nothing",
        "text": _HALF_TITLE + "受上年同期基数较低影响,上半年全县规模以上工业增加值增长15.2%。",
        "meta": HALF,
        "facts": [("industrial_va", "yoy_pct", 15.2, 2024, "H1", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 15.2, 2023)],
    },
    {
        "id": "same_period_base_opening_its_clause_dates_nothing",
        "text": _HALF_TITLE + "由于去年同期基数低,上半年全县固定资产投资增长18.6%,社会消费品零售总额增长7.2%。",
        "meta": HALF,
        "facts": [
            ("fai", "yoy_pct", 18.6, 2024, "H1", "actual", None),
            ("retail_sales", "yoy_pct", 7.2, 2024, "H1", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 18.6, 2023), ("retail_sales", "yoy_pct", 7.2, 2023)],
    },
    {
        # near miss (h12's reading kept): 上年同期 opening its clause dates its figure
        "id": "same_period_near_miss_opening_growth",
        "text": _HALF_TITLE + "上半年,全县规模以上工业增加值增长8.2%,上年同期增长3.1%。",
        "meta": HALF,
        "facts": [
            ("industrial_va", "yoy_pct", 8.2, 2024, "H1", "actual", None),
            ("industrial_va", "yoy_pct", 3.1, 2023, "H1", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 3.1, 2024)],
    },
    {
        # near miss (h12's reading kept): 上年同期为 dates its figure only, not the growth after it
        "id": "same_period_near_miss_figure_then_growth",
        "text": _HALF_TITLE + "上半年,全县一般公共预算收入完成5.62亿元,上年同期为5.31亿元,增长5.8%。",
        "meta": HALF,
        "facts": [
            ("general_budget_revenue", "level", 5.62, 2024, "H1", "actual", None),
            ("general_budget_revenue", "level", 5.31, 2023, "H1", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.8, 2024, "H1", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 5.8, 2023)],
    },
    {
        # near miss (h12's reading kept): the year before's same half opening a sentence
        "id": "same_period_near_miss_opening_sentence",
        "text": _HALF_TITLE + "上年同期,受疫情影响,全县固定资产投资下降12.5%;今年上半年,全县固定资产投资增长15.2%。",
        "meta": HALF,
        "facts": [
            ("fai", "yoy_pct", -12.5, 2023, "H1", "actual", None),
            ("fai", "yoy_pct", 15.2, 2024, "H1", "actual", None),
        ],
        "absent": [],
    },
    # ---- a part of the year alone in a table of targets
    {
        "id": "quarterly_targets_titled_not_outturns",
        "text": "关于印发武功县2024年经济发展目标任务的通知\n表1 2024年主要经济指标分季度目标\n"
        "指标名称 单位 一季度 上半年 前三季度 全年\n固定资产投资 亿元 20 45 70 95\n社会消费品零售总额 亿元 30 62 95 130\n",
        "meta": PLAN,
        "facts": [],
        "absent": [("fai", "level"), ("retail_sales", "level")],
    },
    {
        "id": "quarterly_schedule_beside_year_target_not_outturns",
        "text": "关于印发武功县2024年经济发展目标任务的通知\n表1 2024年主要指标季度分解\n"
        "指标名称 单位 1-3月 1-6月 1-9月 全年目标\n固定资产投资 亿元 20 45 70 95\n",
        "meta": PLAN,
        "facts": [("fai", "level", 95.0, 2024, "", "target", None)],
        "absent": [("fai", "level", 20.0), ("fai", "level", 45.0), ("fai", "level", 70.0)],
    },
    {
        # near miss (h12's reading kept): one part's column in a review's table beside the year's target
        "id": "part_alone_near_miss_review_table",
        "text": "武功县2024年上半年主要经济指标完成情况\n指标名称 单位 1-6月 同比增长% 全年目标 完成进度%\n"
        "一般公共预算收入 万元 52360 4.1 98000 53.4\n",
        "meta": HALF,
        "facts": [
            ("general_budget_revenue", "level", 5.236, 2024, "M1-M6", "actual", None),
            ("general_budget_revenue", "yoy_pct", 4.1, 2024, "M1-M6", "actual", None),
            ("general_budget_revenue", "level", 9.8, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        # near miss (h12's reading kept): one part of two years beside the year's target
        "id": "part_alone_near_miss_same_part_two_years",
        "text": "武功县2024年上半年主要经济指标完成情况\n指标名称 单位 2023年1-6月 2024年1-6月 增长% 全年目标\n"
        "一般公共预算收入 万元 50300 52360 4.1 98000\n",
        "meta": HALF,
        "facts": [
            ("general_budget_revenue", "level", 5.03, 2023, "M1-M6", "actual", None),
            ("general_budget_revenue", "level", 5.236, 2024, "M1-M6", "actual", None),
            ("general_budget_revenue", "yoy_pct", 4.1, 2024, "M1-M6", "actual", None),
            ("general_budget_revenue", "level", 9.8, 2024, "", "target", None),
        ],
        "absent": [],
    },
    # ---- a figure alone on its line: a table's cell
    {
        "id": "headline_above_a_paragraph_opening_on_a_sum_kept_apart",
        "text": "武功县2023年政府工作报告\n财政收入稳步增长\n12.6亿元专项债券资金全部投入重点项目建设。全县一般公共预算收入完成10.2亿元。",
        "meta": BULLETIN,
        "facts": [("general_budget_revenue", "level", 10.2, 2023, "", "actual", None)],
        "absent": [("fiscal_revenue", "level", 12.6)],
    },
    {
        "id": "headline_above_a_paragraph_opening_on_a_share_kept_apart",
        "text": "武功县2023年政府工作报告\n固定资产投资较快增长\n35%的项目提前开工,全县固定资产投资增长8.2%。",
        "meta": BULLETIN,
        "facts": [("fai", "yoy_pct", 8.2, 2023, "", "actual", None)],
        "absent": [("fai", "yoy_pct", 35.0)],
    },
    {
        "id": "cell_a_line_table_label_and_figure_kept_apart",
        "text": "武功县2023年国民经济和社会发展统计公报\n指标\n2023年完成\n2024年目标\n地区生产总值\n320亿元\n345亿元\n",
        "meta": BULLETIN,
        "facts": [],
        "absent": [("gdp", "level", 320.0, 2024)],
    },
]


@pytest.mark.parametrize(
    "text",
    [
        "指标\n2023年完成\n2024年目标\n地区生产总值\n320亿元\n345亿元",  # one cell a line
        "主要指标\n地区生产总值增长\n6.5%左右\n一般公共预算收入增长\n6%以上",  # a growth cell alone
        "全年化解政府隐性债务\n3.2亿元",  # a figure alone at the end
        "财政收入稳步增长\n12.6亿元专项债券资金全部投入重点项目建设。",  # a headline without a marker
        "固定资产投资较快增长\n35%的项目提前开工,全县固定资产投资增长8.2%。",  # a paragraph opening on a figure
    ],
)
def test_figure_alone_on_its_line_kept(text):
    assert document_from_text(text, "r14d_wrap").text.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    "text",
    [
        "全县一般公共预算收入完成12.6亿元,增长\n6.1%。",
        "全年化解政府隐性债务\n3.2亿元,完成年度任务。",
        "地区生产总值增长\n6.5%左右,一般公共预算收入增长6%。",
    ],
)
def test_figure_running_on_joined(text):
    # near miss (h12's reading kept): the sentence goes on after the figure
    assert "\n" not in document_from_text(text, "r14d_wrap").text


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, HALF)
