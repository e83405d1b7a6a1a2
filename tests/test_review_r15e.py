"""Review (session 13, r17) of the rules of blind round h17 (tests/test_blind_r15c.py), by class:

* **The key projects' investment made in the sentence after them / the projects called back**
  (上述项目累计完成投资…; a sentence read together with the projects' one before it): too broad. The
  clause took the last subject before it whatever it was, so the investment made by the projects was
  given to funds contracted (签约金额120亿元,上述项目已完成投资25亿元), to funds attracted in place
  (…,招商引资到位资金12亿元。截至10月底,上述项目累计完成投资45亿元) or to fixed-asset investment (…,全县
  固定资产投资增长8%。截至10月底,累计完成投资45亿元: the two sentences read together for the projects'
  sake): wrong numbers. Now a clause opening on the projects called back, or one read across the 。 of
  such a join, takes only a subject of projects (continuation invested_subject), else none. And a
  sentence opening on a goal (今年,全县要确保实施…重点项目126个,…) made the progress read with it (。截至11月
  底,…累计完成投资147.3亿元) a target, and one opening on 预计 an estimate: neither reaches past that 。 now
  (kinds.kind_in).
* **A list of targets closed by 等目标**: too broad. 目标 opening a target group (…1200户、…860户等目标
  对象的帮扶工作, 等目标户) made the counts achieved targets. Now 目标 followed by 对象, 户, 企业, 客户,
  市场, 村 (as 人群, 群体 were) names no goal (target goal_after, goal_list_after).
* **A single month after 其中 without its subject** (其中6月份增长7.2%): too broad in reach. The month
  dated every later figure of the sentence, so the part-year's figures of the subjects named after the
  aside (…,其中6月份增长7.2%,工业投资增长13.6%,民间投资下降2.1%; …,其中9月份增长10.4%,规模以上工业总产值
  1286.7亿元,增长8.8%) became the month's: wrong subperiods. Now a subject named after the aside past a
  comma takes the part of the year named before the aside (subperiods.month_aside_start); the aside's
  own figures (其中9月份出口1.5亿美元,增长15%) keep the month.
* Rules probed and found right (pinned as near misses): a single month after 其中 (其中4月和5月分别…:
  the first month's figure its own, no longer the quarter's); a target restated past a share of the
  outturn (…52.3万吨,占全市的15.2%,超过市下达的50万吨的目标任务: the grain output's target).
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A department's summary of December 2023 on 2023.
META = {"year": 2023, "report_date": "2023-12-20", "region": "莒南县", "level": "county"}
#: A half-year report of July 2024.
MIDYEAR = {"year": 2024, "report_date": "2024-07-24", "region": "谷城县", "level": "county"}
#: A Q1–Q3 analysis of October 2024.
AUTUMN = {"year": 2024, "report_date": "2024-10-26", "region": "沭阳县", "level": "county"}

CASES: list[dict] = [
    # ---- the projects called back take only a subject of projects
    {
        "id": "projects_called_back_after_funds_contracted",
        "text": "全县签约招商引资项目32个,签约金额120亿元,上述项目已完成投资25亿元。",
        "facts": [("investment_contracted", "level", 120.0, 2023, "", "actual", None)],
        "absent": [("investment_contracted", "level", 25.0), ("key_project_investment", "level", 25.0)],
    },
    {
        "id": "projects_next_sentence_after_funds_attracted",
        "text": "全年实施重点项目50个,年度计划投资60亿元,招商引资到位资金12亿元。截至10月底,上述项目累计完成投资45亿元。",
        "facts": [
            ("key_project_investment", "level", 60.0, 2023, "", "target", None),
            ("investment_attracted", "level", 12.0, 2023, "", "actual", None),
        ],
        "absent": [("investment_attracted", "level", 45.0)],
    },
    {
        "id": "projects_next_sentence_after_fai",
        "text": "全年实施重点项目50个,年度计划投资60亿元,全县固定资产投资增长8%。截至10月底,累计完成投资45亿元。",
        "facts": [
            ("key_project_investment", "level", 60.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 8.0, 2023, "", "actual", None),
        ],
        "absent": [("fai", "level", 45.0)],
    },
    {
        "id": "projects_called_back_in_the_same_sentence_after_funds",
        "text": "全年实施重点项目50个,年度计划投资60亿元,招商引资到位资金12亿元,上述项目累计完成投资45亿元。",
        "facts": [("investment_attracted", "level", 12.0, 2023, "", "actual", None)],
        "absent": [("investment_attracted", "level", 45.0)],
    },
    {
        "id": "projects_next_sentence_after_a_goal_sentence",
        "text": "今年,全县要确保实施县级重点项目126个,年度计划投资158亿元。截至11月底,126个项目已开工118个,"
        "累计完成投资147.3亿元,占年度计划的93.2%。",
        "facts": [
            ("key_project_investment", "level", 158.0, 2023, "", "target", None),
            ("key_project_investment", "level", 147.3, 2023, "M1-M11", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 147.3, 2023, "M1-M11", "target")],
    },
    {
        "id": "projects_next_sentence_after_an_estimate",
        "text": "预计全年实施重点项目126个,完成投资158亿元。截至11月底,126个项目已开工118个,累计完成投资147.3亿元。",
        "facts": [
            ("key_project_investment", "level", 158.0, 2023, "", "estimate", None),
            ("key_project_investment", "level", 147.3, 2023, "M1-M11", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 147.3, 2023, "M1-M11", "estimate")],
    },
    # ---- 等目标 naming a target group, not a goal
    {
        "id": "deng_target_objects_are_counts_achieved",
        "text": "全年完成易地扶贫搬迁1200户、农村危房改造860户等目标对象的帮扶工作。",
        "facts": [
            ("relocation_households", "level", 1200.0, 2023, "", "actual", None),
            ("housing_renovated", "level", 860.0, 2023, "", "actual", None),
        ],
        "absent": [("relocation_households", "level", 1200.0, 2023, "", "target")],
    },
    {
        "id": "deng_target_households_single_figure",
        "text": "全年农村劳动力转移就业3.2万人等目标户实现稳定增收。",
        "facts": [("labor_transfer", "level", 32000.0, 2023, "", "actual", None)],
        "absent": [("labor_transfer", "level", 32000.0, 2023, "", "target")],
    },
    # ---- a month after 其中 dates its aside only, not a later subject's part-year figure
    {
        "id": "month_aside_then_parts_of_the_half_year",
        "meta": MIDYEAR,
        "text": "2024年上半年全县经济运行情况\n上半年,全县固定资产投资增长6.1%,其中6月份增长7.2%,工业投资增长13.6%,"
        "民间投资下降2.1%。",
        "facts": [
            ("fai", "yoy_pct", 6.1, 2024, "H1", "actual", None),
            ("industrial_investment", "yoy_pct", 13.6, 2024, "H1", "actual", None),
            ("private_investment", "yoy_pct", -2.1, 2024, "H1", "actual", None),
        ],
        "absent": [
            ("industrial_investment", "yoy_pct", 13.6, 2024, "M6"),
            ("private_investment", "yoy_pct", -2.1, 2024, "M6"),
        ],
    },
    {
        "id": "month_aside_then_output_of_the_three_quarters",
        "meta": AUTUMN,
        "text": "2024年前三季度全县经济运行情况分析\n1-9月,全县规模以上工业增加值增长9.1%,其中9月份增长10.4%,"
        "规模以上工业总产值1286.7亿元,增长8.8%。",
        "facts": [
            ("industrial_va", "yoy_pct", 10.4, 2024, "M9", "actual", None),
            ("industrial_output", "level", 1286.7, 2024, "Q1-Q3", "actual", None),
            ("industrial_output", "yoy_pct", 8.8, 2024, "Q1-Q3", "actual", None),
        ],
        "absent": [
            ("industrial_output", "level", 1286.7, 2024, "M9"),
            ("industrial_output", "yoy_pct", 8.8, 2024, "M9"),
        ],
    },
    # ---- near misses: the rules kept
    {
        "id": "near_miss_month_aside_with_its_own_subject_and_rate",
        "meta": MIDYEAR,
        "text": "2024年上半年全县经济运行情况\n上半年,全县出口5.2亿美元,增长8.3%,其中6月份出口1.1亿美元,增长12%。",
        "facts": [
            ("exports", "yoy_pct", 8.3, 2024, "H1", "actual", None),
            ("exports", "yoy_pct", 12.0, 2024, "M6", "actual", None),
        ],
        "absent": [("exports", "yoy_pct", 12.0, 2024, "H1")],
    },
    {
        "id": "near_miss_projects_called_back_keep_their_subject",
        "text": "全年实施市级重点项目85个,年度计划投资92亿元。截至10月底,上述项目累计完成投资80.6亿元。",
        "facts": [("key_project_investment", "level", 80.6, 2023, "M1-M10", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_miss_deng_annual_goals_kept",
        "text": "对照年初确定的地区生产总值增长7%、固定资产投资增长10%等年度目标,部分指标完成仍有差距。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_two_months_after_qizhong",
        "meta": AUTUMN,
        "text": "2024年前三季度全县经济运行情况分析\n1-9月,全县社会消费品零售总额112亿元,增长6.1%,"
        "其中4月和5月分别增长3.2%和4.5%。",
        "facts": [("retail_sales", "yoy_pct", 6.1, 2024, "Q1-Q3", "actual", None)],
        "absent": [("retail_sales", "yoy_pct", 3.2, 2024, "Q1-Q3"), ("retail_sales", "yoy_pct", 4.5, 2024, "Q1-Q3")],
    },
    {
        "id": "near_miss_restated_target_past_a_share",
        "text": "全县粮食总产量52.3万吨,占全市的15.2%,超过市下达的50万吨的目标任务。",
        "facts": [
            ("grain_output", "level", 52.3, 2023, "", "actual", None),
            ("grain_output", "level", 50.0, 2023, "", "target", None),
        ],
        "absent": [("grain_output", "level", 50.0, 2023, "", "actual")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
