"""Constructions the blind set h31 (helper b31, session 18) was the first to show, by class: what was wrong on main
(7e7cac1), the rule that fixes it, and the near passages that must read as before (guards). Every passage is written
for this file (not copied from the blind documents). The guards (near_…) mark where each rule stops: they read
the same before the rules, except near_rate_title_keeps_levels, near_growth_title_level_body and the two near_table
cases, which main read nothing of (the title or the row labels named no indicator) and now read as stated.

1. A numbered item whose title names a growth (1.地区生产总值增长。目标任务6.5%,完成5.8%): the bare figures after
   目标任务/完成 are that growth's target and outturn (11 missed: the title was taken for no indicator's name,
   增长 ending it, so the bare percentages had no subject). Rule: measure_after growth_label also ends an item's title
   (item_titles.item_title strips it as it strips 增速; a 。 or a line break after it when the title is read with its
   body), and a body that names the indicator only after its first figures (…完成6.8%,全年实现社会消费品零售总额
   61.25亿元) is read with its title too (item_titles.figures_open_body). A fall named (能耗降低。目标任务3%) gives
   falls. Guards: a rate's title (森林覆盖率增长。目标任务70%: levels), a level body under a growth title, a body
   opening on an action on another thing (全年发放消费券…: not read with the title).
2. A drag on the growth rate (拉低全县生产总值增速约1个百分点): a sector's share of the change, not GDP's own change
   (1 wrong: gdp pp_change 1.0). Rule: block contribution_points_before takes 拉低, 下拉, 拉下, 拖累, 拖低 as it
   took 拉动/支撑; block multiple takes 拉低, 下拉 between a subject and its figure as it took 拉动 (工业投资拉低
   全县投资增速3个百分点). Guards: 受…影响,地区生产总值增速回落2.1个百分点 (the subject's own change: 影响 is no
   drag word), 拉动…增长3.2个百分点 after the sector's own growth.
3. The seat of the government named before a place sharing the region's stem (州府所在地楚雄市's air quality in
   楚雄彝族自治州's bulletin): another place (1 wrong). Rule: place place_lead_open takes 州府所在地, 县政府驻地,
   县城所在地, 首府 before the place names. The clauses after the seat's, in its ;-segment, are the seat's as after
   any other place (the blind gold reads the PM2.5 after it as the prefecture's: left missed, precision first).
   Guards: the prefecture's own figures before and after.
4. A DOCX table of indicator rows over year columns with a goal column (指标 | 2022年 | 2023年 | 2024年目标): the
   earlier years' cells were not read (3 missed). Two causes, neither the DOCX reader (one cell per line, as the
   HTML reader lays out a table without merged cells, read by text/table_cell_lines): (a) the row labels
   城市生活污水集中处理率 and 国省考断面水质达标率 named no indicator from their first character (aliases:
   (城市|城镇|县城)生活污水(集中)处理率; [国省市]{1,3}[考控]断面); (b) in a table of goals only the columns printing
   their kind were read: bare years before the goal's year, up to the table's, are now those years' outturns
   (table_columns.plan_columns; not in a table whose title or section names a plan). Guards: a table under a plan
   heading, a table titled as goals.
5. 招商引资实际到位资金 (3 missed: 招商引资 and 实际到位资金 were two names, so the item's title named no one
   indicator). Rule: alias 招商引资实际到位(资金|内资).
6. The rest, general ones: 未完成增长8%的年度计划 (a plan's rate restated: target restated_tail and goal_after take
   计划 after a rate named a growth; not 完成95%的年度计划, a share done); 谋划生成重点项目…,年度计划投资150亿元 (the
   year's planned investment of key projects, no pipeline money: block funds_in_place); 累计识别监测对象1312户4106人
   (the register's size: time register_entry takes 识别 before 监测; not 累计识别贫困人口); 纳入国家、省考核的地表水
   断面水质达标率 (的 and 地表水 inside the assessed sections' name).
"""

from __future__ import annotations

import pytest
from passages import check_case, docx_with_table

from govkit.text.read import read_file

#: A county's self-check of January 2025 on 2024.
META = {"year": 2024, "report_date": "2025-01-12", "region": "宜章县", "level": "county", "report_type": "工作总结"}
#: An autonomous prefecture's bulletin on 2023.
PREFECTURE = {
    "year": 2023,
    "report_date": "2024-04-18",
    "region": "大理白族自治州",
    "level": "city",
    "report_type": "统计公报",
    "province": "云南省",
}
#: A county-level city's plan execution report of January 2025 (2024 reviewed, 2025 planned).
PLAN = {"region": "福安市", "report_type": "计划执行情况报告"}
#: A county's 河湖长制 summary of January 2024 on 2023.
RIVERS = {"year": 2023, "report_date": "2024-01-09", "region": "泗洪县", "level": "county", "report_type": "工作总结"}

HEAD = "三、主要指标完成情况\n"

CASES: list[dict] = [
    # ---- 1. a numbered item's title naming a growth, then bare figures
    {
        "id": "growth_title_target_and_outturn",
        "text": HEAD + "(二)规模以上工业增加值增长。年度目标9%,完成9.4%,超额完成。",
        "facts": [
            ("industrial_va", "yoy_pct", 9, 2024, "", "target", None),
            ("industrial_va", "yoy_pct", 9.4, 2024, "", "actual", None),
        ],
        "absent": [("industrial_va", "level")],
    },
    {
        "id": "growth_title_on_its_own_line_signed_outturn",
        "text": HEAD + "2.固定资产投资增长\n目标任务10%,完成-4.6%,未完成。",
        "facts": [
            ("fai", "yoy_pct", 10, 2024, "", "target", None),
            ("fai", "yoy_pct", -4.6, 2024, "", "actual", None),
        ],
        "absent": [("fai", "level")],
    },
    {
        "id": "fall_title",
        "text": HEAD + "6.单位地区生产总值能耗降低。目标任务3%,完成3.4%。",
        "facts": [
            ("energy_intensity", "yoy_pct", -3, 2024, "", "target", None),
            ("energy_intensity", "yoy_pct", -3.4, 2024, "", "actual", None),
        ],
        "absent": [("energy_intensity", "level")],
    },
    {
        "id": "growth_title_body_names_the_level_after",
        "text": HEAD + "4.农村居民人均可支配收入增长。目标任务7.5%,完成7.8%,全年农村居民人均可支配收入18260元。",
        "facts": [
            ("rural_income", "yoy_pct", 7.5, 2024, "", "target", None),
            ("rural_income", "yoy_pct", 7.8, 2024, "", "actual", None),
            ("rural_income", "level", 18260, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_rate_title_keeps_levels",
        "text": HEAD + "1.森林覆盖率增长。目标任务70%,完成70.3%。",
        "facts": [
            ("forest_coverage", "level", 70, 2024, "", "target", None),
            ("forest_coverage", "level", 70.3, 2024, "", "actual", None),
        ],
        "absent": [("forest_coverage", "yoy_pct")],
    },
    {
        "id": "near_growth_title_level_body",
        "text": HEAD + "1.地区生产总值增长。全年完成186.2亿元,比上年增长6.1%。",
        "facts": [
            ("gdp", "level", 186.2, 2024, "", "actual", None),
            ("gdp", "yoy_pct", 6.1, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_growth_title_body_on_another_thing",
        "text": HEAD + "(三)社会消费品零售总额增长。全年发放消费券3000万元,全县社会消费品零售总额增长5%。",
        "facts": [("retail_sales", "yoy_pct", 5, 2024, "", "actual", None)],
        "absent": [("retail_sales", "level")],
    },
    # ---- 2. a drag on a growth rate in points
    {
        "id": "drag_on_the_growth_rate",
        "text": "建筑业增加值下降8.2%,拉低全县地区生产总值增速1.3个百分点。",
        "facts": [],
        "absent": [("gdp", "pp_change")],
    },
    {
        "id": "drag_down_on_investment",
        "text": "工业投资下降15%,下拉全县固定资产投资增速4.1个百分点。",
        "facts": [("industrial_investment", "yoy_pct", -15, 2024, "", "actual", None)],
        "absent": [("fai", "pp_change"), ("industrial_investment", "pp_change")],
    },
    {
        "id": "drag_verb_between_subject_and_points",
        "text": "房地产开发投资拖累地区生产总值增长0.6个百分点,工业投资拉低全县投资增速3个百分点。",
        "facts": [],
        "absent": [("gdp", "pp_change"), ("industrial_investment", "pp_change"), ("real_estate_investment",)],
    },
    {
        "id": "near_affected_own_change",
        "text": "受房地产市场调整影响,地区生产总值增速回落2.1个百分点。",
        "facts": [("gdp", "pp_change", -2.1, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_pull_after_own_growth",
        "text": "服务业增加值增长7%,拉动地区生产总值增长3.2个百分点。",
        "facts": [("tertiary_va", "yoy_pct", 7, 2024, "", "actual", None)],
        "absent": [("gdp", "pp_change")],
    },
    # ---- 3. the seat of the government
    {
        "id": "prefecture_seat_air",
        "meta": PREFECTURE,
        "text": "全州环境空气质量优良天数比例为98.6%,州府所在地大理市环境空气质量优良天数比例为99.2%。",
        "facts": [("good_air_rate", "level", 98.6, 2023, "", "actual", None)],
        "absent": [("good_air_rate", "level", 99.2)],
    },
    {
        "id": "county_seat_town",
        "text": "县政府驻地城关镇实现一般公共预算收入1.8亿元;全县一般公共预算收入完成9.6亿元。",
        "facts": [("general_budget_revenue", "level", 9.6, 2024, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 1.8)],
    },
    {
        "id": "near_prefecture_own_air_and_pm25",
        "meta": PREFECTURE,
        "text": "全州环境空气质量优良天数比例为98.6%,细颗粒物(PM2.5)平均浓度22微克/立方米。",
        "facts": [
            ("good_air_rate", "level", 98.6, 2023, "", "actual", None),
            ("pm25", "level", 22, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 4. tables: labels from their first character, years before a goal column
    {
        "id": "table_years_before_a_goal_column",
        "meta": RIVERS,
        "text": "全县河湖长制主要指标如下。\n指标\n2022年\n2023年\n2024年目标\n城镇生活污水集中处理率(%)\n93.2\n94.8\n95.5\n"
        "国省控断面水质达标率(%)\n100\n100\n100\n二、存在的问题\n部分支流水质仍不稳定。",
        "facts": [
            ("sewage_treatment_rate", "level", 93.2, 2022, "", "actual", None),
            ("sewage_treatment_rate", "level", 94.8, 2023, "", "actual", None),
            ("sewage_treatment_rate", "level", 95.5, 2024, "", "target", None),
            ("surface_water_rate", "level", 100, 2022, "", "actual", None),
            ("surface_water_rate", "level", 100, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "table_plain_years_city_sewage",
        "meta": RIVERS,
        "text": "主要指标见下表。\n指标 | 2022年 | 2023年\n城市生活污水处理率(%) | 95.6 | 96.4\n国考断面水质达标率(%) | 100 | 100\n"
        "二、存在的问题\n部分支流水质仍不稳定。",
        "facts": [
            ("sewage_treatment_rate", "level", 95.6, 2022, "", "actual", None),
            ("sewage_treatment_rate", "level", 96.4, 2023, "", "actual", None),
            ("surface_water_rate", "level", 100, 2022, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_table_under_a_plan_heading",
        "meta": RIVERS,
        "text": "三、2024年工作打算\n指标\n2023年\n2024年目标\n城镇生活污水集中处理率(%)\n94.8\n95.5\n"
        "城市建成区绿化覆盖率(%)\n41.2\n41.5\n",
        "facts": [("sewage_treatment_rate", "level", 95.5, 2024, "", "target", None)],
        "absent": [("sewage_treatment_rate", "level", 94.8)],
    },
    {
        "id": "near_table_titled_as_goals",
        "meta": RIVERS,
        "text": "2024年主要预期目标\n指标 | 2023年 | 2024年目标\n城镇生活污水集中处理率(%) | 94.8 | 95.5\n"
        "国考断面水质达标率(%) | 100 | 100\n",
        "facts": [("sewage_treatment_rate", "level", 95.5, 2024, "", "target", None)],
        "absent": [("sewage_treatment_rate", "level", 94.8)],
    },
    # ---- 5. 招商引资实际到位资金
    {
        "id": "item_title_funds_in_place",
        "text": HEAD + "6.招商引资实际到位资金。年度目标52亿元,完成55.3亿元,完成率106.3%。",
        "facts": [
            ("investment_attracted", "level", 52, 2024, "", "target", None),
            ("investment_attracted", "level", 55.3, 2024, "", "actual", None),
            ("investment_attracted", "completion_pct", 106.3, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "prose_funds_in_place_domestic",
        "text": "全年招商引资实际到位内资38.2亿元,增长9.5%。",
        "facts": [
            ("investment_attracted", "level", 38.2, 2024, "", "actual", None),
            ("investment_attracted", "yoy_pct", 9.5, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 6. a plan's rate restated, key projects' planned investment, monitored people, assessed sections
    {
        "id": "plan_rate_missed",
        "meta": PLAN,
        "text": "一、2024年计划执行情况\n社会消费品零售总额增长3.1%,未完成增长7%的年度计划,主要是汽车类零售额下降。",
        "facts": [
            ("retail_sales", "yoy_pct", 3.1, 2024, "", "actual", None),
            ("retail_sales", "yoy_pct", 7, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "plan_rate_met",
        "meta": PLAN,
        "text": "一、2024年计划执行情况\n规模以上工业增加值增长9.6%,完成增长9%的年度计划。",
        "facts": [
            ("industrial_va", "yoy_pct", 9.6, 2024, "", "actual", None),
            ("industrial_va", "yoy_pct", 9, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "near_share_of_the_plan_done",
        "meta": PLAN,
        "text": "一、2024年计划执行情况\n固定资产投资增长12%,完成95%的年度计划。",
        "facts": [("fai", "yoy_pct", 12, 2024, "", "actual", None)],
        "absent": [("fai", "yoy_pct", 95)],
    },
    {
        "id": "near_plan_of_a_level_done",
        "meta": PLAN,
        "text": "一、2024年计划执行情况\n全年完成造林1.5万亩的年度计划。",
        "facts": [("afforestation", "level", 15000, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "key_projects_planned_investment_next_year",
        "meta": PLAN,
        "text": "二、2025年计划安排\n(一)扩大有效投资。谋划生成重点项目85个以上,年度计划投资62亿元。",
        "facts": [("key_project_investment", "level", 62, 2025, "", "target", None)],
        "absent": [],
    },
    {
        "id": "near_pipeline_total_investment",
        "meta": PLAN,
        "text": "二、2025年计划安排\n(一)扩大有效投资。谋划生成重点项目85个以上,总投资410亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "monitored_identified_since",
        "text": "全年新纳入防返贫监测对象63户210人,累计识别监测对象856户2731人,已消除风险702户2290人。",
        "facts": [("monitored_people", "level", 2731, 2024, "", "actual", None)],
        "absent": [("monitored_people", "level", 2290)],
    },
    {
        "id": "near_poor_identified_since",
        "meta": {"year": 2018, "report_date": "2019-01-15"},
        "text": "全县累计识别贫困人口1.2万人。",
        "facts": [],
        "absent": [("poverty_people_lifted",), ("monitored_people",)],
    },
    {
        "id": "sections_assessed_by_two_levels",
        "meta": PREFECTURE,
        "text": "全州纳入国家、省考核的地表水断面水质优良率为92.3%。",
        "facts": [("surface_water_rate", "level", 92.3, 2023, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_r20e(case):
    check_case(case, META)


def test_docx_table_over_years_and_a_goal(tmp_path):
    """The DOCX of the blind document's shape (a python-docx table without merged cells, one cell per line once
    read): its rows over 2022年 | 2023年 | 2024年目标, a ≥ cell in one row."""
    rows = [
        ["指标", "2022年", "2023年", "2024年目标"],
        ["国省考断面水质达标率(%)", "100", "100", "100"],
        ["优Ⅲ类断面比例(%)", "80.0", "86.7", "≥86"],
        ["城市生活污水集中处理率(%)", "94.3", "95.7", "96"],
    ]
    paras = ["一、2023年工作成效", "全县河湖长制工作取得明显成效。", "主要指标完成情况见下表。"]
    text = read_file(docx_with_table(tmp_path / "t.docx", paras, rows)).text
    case = {
        "id": "docx_years_and_goal",
        "text": text,
        "facts": [
            ("surface_water_rate", "level", 100, 2022, "", "actual", None),
            ("surface_water_rate", "level", 100, 2024, "", "target", None),
            ("sewage_treatment_rate", "level", 94.3, 2022, "", "actual", None),
            ("sewage_treatment_rate", "level", 95.7, 2023, "", "actual", None),
            ("sewage_treatment_rate", "level", 96, 2024, "", "target", None),
        ],
        "absent": [],
    }
    check_case(case, RIVERS)
