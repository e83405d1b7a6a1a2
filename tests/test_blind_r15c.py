"""Constructions of blind round h17 (session 13: the genres between a department and the county: a
发改局 summary, a 财政局 half-year summary, a 统计局 Q1–Q3 analysis, a 乡村振兴局 summary, a 生态环境分局
report to the 人大, a mid-year 计划执行 report, a county head's 述职报告, a township party committee's
summary; Shandong, Henan, Jiangsu, Guizhou, Guangdong, Hubei, Yunnan, Hebei), by class:

* **A single month inside a part-year figure's clause, its subject not repeated** (…规模以上工业增加值
  同比增长9.1%,…;其中9月当月增长10.4%; 固定资产投资增长6.1%,其中6月份增长7.2%; 其中6月单月增长7.1%; 其中9月份出口
  1.5亿美元,增长15%):
  the subject's growth in that month (M9, M6). Before, a ;-segment opening on 其中 had no subject (the
  figure was lost), and 其中6月份增长 gave the month's rate as the part-year's (a wrong number); and a
  month named so (当月 too) became the paragraph's part of the year, so the next sentence's figures were
  read as the month's, and so were the next ;-segment's (…其中6月当月增长7.1%;全县规模以上工业增加值增长8.2%
  was M6). Near misses: a named part after 其中 (其中工业投资增长…) keeps the part-year; a span
  from a month to now (其中7月份以来…); a month's count of visitors (其中7月份接待游客…: no growth word) is no month's
  growth.
* **A list of targets closed by 等年度目标** (对照年初确定的地区生产总值增长7%、固定资产投资增长10%、一般公共
  预算收入增长6%等年度目标 in a half-year report): the year's targets (whole year, kind target). Before,
  they were read as actuals of the half year (flagged conflict); 全面完成…增长7%、…增长10%等年度目标任务 in a
  review is the targets met. Near misses: …等指标均好于预期 (actuals), …等目标人群 (people, not a goal), a gap
  to the targets (距离…增长7%等目标: no figure).
* **A target restated past the outturn's own change** (PM2.5年均浓度为19微克/立方米,同比下降5.0%,优于市
  下达的24微克/立方米的考核目标; 森林覆盖率达到62.3%,比上年提高0.4个百分点,高于省下达的62%的目标): the
  subject's target of the same year, as when it follows the level directly; 优于/好于 restate it as
  高于/低于 do. Before, the clause between cut the target off its subject (missed). Near misses: a clause
  between with its own subject (PM10浓度同比下降3%,优于…45微克/立方米的目标: not PM2.5's target), a
  comparison with another place (优于全市平均水平).
* **The key projects' investment made in the sentence after them** (全年谋划实施县级重点项目126个,总投资486亿元,
  年度计划投资158亿元。截至11月底,126个项目已开工118个,开工率93.7%,累计完成投资147.3亿元,占年度计划的93.2%;
  上述项目累计完成投资…): the projects' investment to that month and its share of the plan. Before,
  the second sentence had no subject (missed); the clause 开工率100% between the projects and 年度完成投资 cut
  the subject off too (dev_11 now gives its optional rows). Near misses: a sentence before of other figures (招商引资
  到位资金…。截至10月底,上述项目累计完成投资…; 固定资产投资增长9.5%。…126个项目累计完成投资…: no
  subject carried).
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A department's summary of December 2023 on 2023.
META = {"year": 2023, "report_date": "2023-12-15", "region": "莒南县", "level": "county"}
#: A half-year report of July 2024.
MIDYEAR = {"year": 2024, "report_date": "2024-07-24", "region": "谷城县", "level": "county"}
#: A Q1–Q3 analysis of October 2024.
AUTUMN = {"year": 2024, "report_date": "2024-10-26", "region": "沭阳县", "level": "county"}

H1_TITLE = "2024年上半年全县经济运行情况\n"
Q3_TITLE = "2024年前三季度全县经济运行情况分析\n"

CASES: list[dict] = [
    # ---- a single month inside a part-year figure's clause
    {
        "id": "month_alone_after_semicolon",
        "meta": AUTUMN,
        "text": Q3_TITLE + "1—9月,全县规模以上工业增加值同比增长9.1%,增速居全市第二;其中9月当月增长10.4%。"
        "规模以上工业总产值1286.7亿元,增长8.8%。",
        "facts": [
            ("industrial_va", "yoy_pct", 9.1, 2024, "Q1-Q3", "actual", None),
            ("industrial_va", "yoy_pct", 10.4, 2024, "M9", "actual", None),
            ("industrial_output", "level", 1286.7, 2024, "Q1-Q3", "actual", None),
            ("industrial_output", "yoy_pct", 8.8, 2024, "Q1-Q3", "actual", None),
        ],
        "absent": [("industrial_output", "level", 1286.7, 2024, "M9")],
    },
    {
        "id": "month_named_with_fen_after_comma",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县固定资产投资增长6.1%,其中6月份增长7.2%。社会消费品零售总额45.2亿元,增长6.6%,"
        "其中6月单月增长7.1%。一般公共预算收入8.2亿元,增长3.1%。",
        "facts": [
            ("fai", "yoy_pct", 6.1, 2024, "H1", "actual", None),
            ("fai", "yoy_pct", 7.2, 2024, "M6", "actual", None),
            ("retail_sales", "level", 45.2, 2024, "H1", "actual", None),
            ("retail_sales", "yoy_pct", 6.6, 2024, "H1", "actual", None),
            ("retail_sales", "yoy_pct", 7.1, 2024, "M6", "actual", None),
            ("general_budget_revenue", "level", 8.2, 2024, "H1", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 7.2, 2024, "H1"), ("retail_sales", "level", 45.2, 2024, "M6")],
    },
    {
        "id": "month_current_does_not_date_the_next_sentence",
        "meta": MIDYEAR,
        "text": H1_TITLE + "全县规模以上工业增加值增长8.2%,6月当月增长9.5%。社会消费品零售总额45.2亿元,增长6.6%。",
        "facts": [
            ("industrial_va", "yoy_pct", 9.5, 2024, "M6", "actual", None),
            ("retail_sales", "level", 45.2, 2024, "H1", "actual", None),
            ("retail_sales", "yoy_pct", 6.6, 2024, "H1", "actual", None),
        ],
        "absent": [("retail_sales", "level", 45.2, 2024, "M6")],
    },
    {
        "id": "month_named_does_not_date_the_next_segment",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县固定资产投资增长6.0%,其中6月当月增长7.1%;全县规模以上工业增加值增长8.2%,"
        "其中6月份增长9%。",
        "facts": [
            ("fai", "yoy_pct", 7.1, 2024, "M6", "actual", None),
            ("industrial_va", "yoy_pct", 8.2, 2024, "H1", "actual", None),
            ("industrial_va", "yoy_pct", 9.0, 2024, "M6", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 8.2, 2024, "M6")],
    },
    {
        "id": "month_with_its_subject_named_after_qizhong",
        "meta": AUTUMN,
        "text": Q3_TITLE + "1-9月,全县出口11.84亿美元,增长12.3%;其中9月份出口1.5亿美元,增长15%。",
        "facts": [
            ("exports", "level", 118400.0, 2024, "Q1-Q3", "actual", None),
            ("exports", "yoy_pct", 12.3, 2024, "Q1-Q3", "actual", None),
            ("exports", "yoy_pct", 15.0, 2024, "M9", "actual", None),
        ],
        "absent": [("exports", "yoy_pct", 15.0, 2024, "Q1-Q3")],
    },
    {
        "id": "near_miss_month_since_after_qizhong",
        "meta": AUTUMN,
        "text": Q3_TITLE + "前三季度,全县农村劳动力转移就业3.2万人,其中7月份以来新增转移就业3200人,增长8%。",
        "facts": [("labor_transfer", "level", 32000.0, 2024, "Q1-Q3", "actual", None)],
        "absent": [("labor_transfer", "level", 3200.0, 2024, "M7"), ("labor_transfer", "yoy_pct", 8.0, 2024, "M7")],
    },
    {
        "id": "near_miss_named_part_after_qizhong",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县固定资产投资增长6.1%;其中工业投资增长13.6%。",
        "facts": [
            ("fai", "yoy_pct", 6.1, 2024, "H1", "actual", None),
            ("industrial_investment", "yoy_pct", 13.6, 2024, "H1", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 13.6), ("industrial_investment", "yoy_pct", 13.6, 2024, "M6")],
    },
    {
        "id": "near_miss_month_of_visitors_counted",
        "text": "全年接待游客120万人次,增长12%,其中7月份接待游客25万人次。",
        # (session 14: the month's own count is that month's, M7, as 其中6月份入库0.9亿元 is M6 (test_constructions_r16);
        # never the year's level nor a growth)
        "facts": [
            ("tourist_visits", "level", 120.0, 2023, "", "actual", None),
            ("tourist_visits", "level", 25.0, 2023, "M7", "actual", None),
        ],
        "absent": [("tourist_visits", "level", 25.0, 2023, ""), ("tourist_visits", "yoy_pct", 25.0)],
    },
    # ---- a list of targets closed by 等年度目标
    {
        "id": "targets_listed_before_deng_annual_goal",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县地区生产总值增长6.3%。对照年初确定的地区生产总值增长7%、固定资产投资增长10%、"
        "一般公共预算收入增长6%等年度目标,部分指标完成仍有差距。",
        "facts": [
            ("gdp", "yoy_pct", 6.3, 2024, "H1", "actual", None),
            ("gdp", "yoy_pct", 7.0, 2024, "", "target", None),
            ("fai", "yoy_pct", 10.0, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.0, 2024, "H1"), ("fai", "yoy_pct", 10.0, 2024, "H1")],
    },
    {
        "id": "near_miss_gap_to_targets_deng",
        "meta": AUTUMN,
        "text": Q3_TITLE + "前三季度,全县社会消费品零售总额增长5.9%,距离年初确定的增长7%等目标仍有差距。",
        "facts": [("retail_sales", "yoy_pct", 5.9, 2024, "Q1-Q3", "actual", None)],
        "absent": [("retail_sales", "yoy_pct", 7.0, 2024, "Q1-Q3", "actual")],
    },
    {
        "id": "near_miss_deng_indicators_are_actuals",
        "meta": MIDYEAR,
        "text": H1_TITLE + "上半年,全县地区生产总值增长6.3%、固定资产投资增长8.7%等指标均好于预期。",
        "facts": [
            ("gdp", "yoy_pct", 6.3, 2024, "H1", "actual", None),
            ("fai", "yoy_pct", 8.7, 2024, "H1", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.3, 2024, "", "target")],
    },
    {
        "id": "near_miss_deng_target_people",
        "text": "全年新增城镇就业5200人、农村劳动力转移就业3.2万人等目标人群实现稳定就业。",
        "facts": [
            ("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None),
            ("labor_transfer", "level", 32000.0, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 5200.0, 2023, "", "target")],
    },
    {
        "id": "deng_annual_goals_met_in_a_review",
        "text": "全年全面完成地区生产总值增长7%、固定资产投资增长10%等年度目标任务,地区生产总值实际增长7.2%。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 7.2, 2023, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 10.0, 2023, "", "actual")],
    },
    # ---- a target restated past the outturn's own change
    {
        "id": "restated_target_past_the_growth_youyu",
        "text": "2023年,全县PM2.5年均浓度为19微克/立方米,同比下降5.0%,优于市下达的24微克/立方米的考核目标。",
        "facts": [
            ("pm25", "level", 19.0, 2023, "", "actual", None),
            ("pm25", "yoy_pct", -5.0, 2023, "", "actual", None),
            ("pm25", "level", 24.0, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "restated_target_past_the_pp_change",
        "text": "全县森林覆盖率达到62.3%,比上年提高0.4个百分点,高于省下达的62%的目标。",
        "facts": [
            ("forest_coverage", "level", 62.3, 2023, "", "actual", None),
            ("forest_coverage", "pp_change", 0.4, 2023, "", "actual", None),
            ("forest_coverage", "level", 62.0, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "restated_target_past_growth_jobs",
        "text": "全年城镇新增就业5200人,同比增长4.1%,好于年初确定的5000人的目标。",
        "facts": [
            ("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 5000.0, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_clause_between_has_own_subject",
        "text": "2023年,全县PM2.5年均浓度为31微克/立方米,PM10浓度同比下降3%,优于市下达的45微克/立方米的目标。",
        "facts": [("pm25", "level", 31.0, 2023, "", "actual", None)],
        "absent": [("pm25", "level", 45.0)],
    },
    {
        "id": "near_miss_better_than_the_city_average",
        "text": "2023年,全县PM2.5年均浓度为31微克/立方米,同比下降6.1%,优于全市平均水平3微克/立方米。",
        "facts": [("pm25", "level", 31.0, 2023, "", "actual", None)],
        "absent": [("pm25", "level", 3.0)],
    },
    # ---- the key projects' investment made in the sentence after them
    {
        "id": "projects_counted_again_then_invested",
        "text": "全年谋划实施县级重点项目126个,总投资486亿元,年度计划投资158亿元。截至11月底,126个项目已开工118个,"
        "开工率93.7%,累计完成投资147.3亿元,占年度计划的93.2%。",
        "facts": [
            ("key_project_investment", "level", 158.0, 2023, "", "target", None),
            ("key_project_investment", "level", 147.3, 2023, "M1-M11", "actual", None),
            ("key_project_investment", "completion_pct", 93.2, 2023, "M1-M11", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "projects_called_back_shangshu",
        "text": "全年实施市级重点项目85个,年度计划投资92亿元。截至10月底,上述项目累计完成投资80.6亿元,占年度计划的87.6%。",
        "facts": [
            ("key_project_investment", "level", 80.6, 2023, "M1-M10", "actual", None),
            ("key_project_investment", "completion_pct", 87.6, 2023, "M1-M10", "actual", None),
        ],
        "absent": [("key_project_investment", "level", 80.6, 2023, "M1-M10", "target")],
    },
    {
        "id": "projects_invested_months_opening",
        "text": "全县安排重点建设项目64个,年度计划投资58亿元。1-10月累计完成投资51.2亿元。",
        "facts": [("key_project_investment", "level", 51.2, 2023, "M1-M10", "actual", None)],
        "absent": [("key_project_investment", "level", 51.2, 2023, "M1-M10", "target")],
    },
    {
        "id": "near_miss_funds_attracted_before",
        "text": "全县招商引资到位资金12亿元。截至10月底,上述项目累计完成投资8.6亿元。",
        "facts": [("investment_attracted", "level", 12.0, 2023, "", "actual", None)],
        "absent": [("investment_attracted", "level", 8.6), ("key_project_investment", "level", 8.6)],
    },
    {
        "id": "near_miss_fai_before",
        "text": "全县固定资产投资增长9.5%。截至10月底,126个项目累计完成投资80.6亿元。",
        "facts": [("fai", "yoy_pct", 9.5, 2023, "", "actual", None)],
        "absent": [("fai", "level", 80.6), ("key_project_investment", "level", 80.6)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
