"""Blind round 14b (session 12, helper h13): speeches, work summaries, reports to inspection teams and
self-assessment reports, where figures sit in looser prose. Construction classes found on the first run
of the h13 set (tests/fixtures/blind/h13_*), each written here as passages of its own:

A. a speech's title naming the meeting it was given at, plan words in the meeting's name
   (在全县上半年经济运行分析暨重点工作推进会议上的讲话): the title was read as a heading of targets, so every
   figure after it was a target of the whole year and the part of the year the title names was lost after
   the first paragraph (固定资产投资完成43.5亿元 under 一、上半年经济运行总体情况 came out as the year's);
   now the meeting's name sets no frame, the part of the year the title names holds;
B. another place's GDP through a subject that absorbed its place word (全市生产总值, 全区生产总值 were
   aliases of gdp): 在全市生产总值增长4.3%…的背景下 in a county's report was read as the county's growth;
   now 全市/全区 before 生产总值 are place words like before 地区生产总值 (the own region's in its own report);
C. a named city's urban core before the subject (巴中市中心城区优良天数比例, 百色市区空气优良天数比例 in a
   county's report): the urban core keeps ecology figures the region's own, which let the city's through;
   now a named place before the core is that place;
D. Inner Mongolia's villages (38个贫困嘎查村全部出列, 贫困嘎查): not read as villages exited;
E. a task's size between its issuer and the task word after an outturn (务工3.95万人,超额完成自治区下达的3.8万人
   目标任务): the task's size was a second actual of the year (a conflict); now a target (found in the kinds
   of the first run's output, which the scorer does not compare).

Each case is a short passage of its own (not copied from the blind texts) written for one construction:
the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and the keys it
must not give (a prefix of that tuple). Every case but the near misses failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county's report of July 2023 (a half-year speech).
JULY = {"year": 2023, "report_date": "2023-07-20", "region": "宁城县", "level": "county"}
#: A county's report of January 2024 on 2023.
COUNTY = {"year": 2023, "report_date": "2024-01-10", "region": "修水县", "level": "county"}
GUANGXI = {"year": 2023, "report_date": "2024-01-10", "region": "田林县", "level": "county"}
CITY = {"year": 2023, "report_date": "2024-01-15", "region": "百色市", "level": "city"}
TOWNSHIP = {"year": 2023, "report_date": "2024-01-08", "region": "安定镇", "level": "township"}
BANNER = {"year": 2020, "report_date": "2021-01-18", "region": "巴林右旗", "level": "county"}

CASES: list[dict] = [
    # ---- A. a speech's title: the meeting's name is no heading of targets
    {
        "id": "half_year_speech_title_with_key_work",
        "meta": JULY,
        "text": "在全县上半年经济形势分析暨重点工作调度会议上的讲话\n同志们:\n一、上半年经济运行情况\n"
        "上半年,全县规模以上工业增加值增长7.1%。\n社会消费品零售总额完成26.4亿元,增长6.3%。\n"
        "一般公共预算收入4.85亿元,完成年度预算的52.6%。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.1, 2023, "H1", "actual", None),
            ("retail_sales", "level", 26.4, 2023, "H1", "actual", None),
            ("retail_sales", "yoy_pct", 6.3, 2023, "H1", "actual", None),
            ("general_budget_revenue", "level", 4.85, 2023, "H1", "actual", None),
            ("general_budget_revenue", "completion_pct", 52.6, 2023, "H1", "actual", None),
        ],
        "absent": [("retail_sales", "level", 26.4, 2023, ""), ("general_budget_revenue", "level", 4.85, 2023, "")],
    },
    {
        "id": "quarter_speech_title_with_targets_in_meeting_name",
        "meta": {**JULY, "report_date": "2023-04-25"},
        "text": "在一季度经济运行分析暨全年目标任务推进会上的讲话\n同志们:\n"
        "一季度,全县地区生产总值增长5.2%。\n固定资产投资完成21.3亿元,增长9.6%。",
        "facts": [
            ("gdp", "yoy_pct", 5.2, 2023, "Q1", "actual", None),
            ("fai", "level", 21.3, 2023, "Q1", "actual", None),
            ("fai", "yoy_pct", 9.6, 2023, "Q1", "actual", None),
        ],
        "absent": [("fai", "level", 21.3, 2023, "")],
    },
    # near miss: the speech's own heading of the rest of the year's work still sets targets of the year
    {
        "id": "speech_plan_heading_still_targets",
        "meta": JULY,
        "text": "在全县上半年经济形势分析暨重点工作调度会议上的讲话\n同志们:\n三、下半年重点工作\n"
        "确保全年地区生产总值增长6%以上,固定资产投资增长12%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 12.0, 2023, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2023, "H1")],
    },
    # near miss: a work report's title of a plan (no meeting) keeps the plan
    {
        "id": "plan_title_not_a_speech",
        "meta": {**COUNTY, "report_date": "2023-12-20", "year": 2023},
        "text": "修水县2024年重点工作安排\n全县地区生产总值增长6.5%左右,一般公共预算收入增长6%。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    # ---- B. 全市/全区 before 生产总值: a place word, not part of the subject
    {
        "id": "city_gdp_growth_as_background_in_county_report",
        "meta": COUNTY,
        "text": "在全市生产总值仅增长4.1%、多数县区增速回落的情况下,全县实现地区生产总值238.5亿元,增长5.7%。",
        "facts": [
            ("gdp", "level", 238.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.7, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 4.1)],
    },
    {
        "id": "autonomous_region_gdp_in_guangxi_county",
        "meta": GUANGXI,
        "text": "全区生产总值增长4.1%,我县生产总值增长6.3%,高于全区2.2个百分点。",
        "facts": [("gdp", "yoy_pct", 6.3, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 4.1)],
    },
    # near misses: the own region's words keep their figures
    {
        "id": "city_gdp_in_city_report",
        "meta": CITY,
        "text": "全市生产总值完成1680.5亿元,增长4.6%。",
        "facts": [
            ("gdp", "level", 1680.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 4.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "township_gdp_in_township_report",
        "meta": TOWNSHIP,
        "text": "全镇生产总值完成12.3亿元,增长6.8%。",
        "facts": [("gdp", "level", 12.3, 2023, "", "actual", None), ("gdp", "yoy_pct", 6.8, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "banner_gdp_in_banner_report",
        "meta": BANNER,
        "text": "全旗生产总值达到132.4亿元,增长2.3%。",
        "facts": [("gdp", "level", 132.4, 2020, "", "actual", None), ("gdp", "yoy_pct", 2.3, 2020, "", "actual", None)],
        "absent": [],
    },
    # ---- C. a named city's urban core
    {
        "id": "named_city_core_air_in_county_report",
        "meta": COUNTY,
        "text": "县城空气质量优良天数比例为97.6%,九江市中心城区为88.4%;九江市中心城区优良天数比例为88.4%。",
        "facts": [("good_air_rate", "level", 97.6, 2023, "", "actual", None)],
        "absent": [("good_air_rate", "level", 88.4)],
    },
    {
        "id": "named_city_urban_area_pm25_in_county_report",
        "meta": GUANGXI,
        "text": "全县PM2.5平均浓度为23微克/立方米。百色市区PM2.5平均浓度为29微克/立方米。",
        "facts": [("pm25", "level", 23.0, 2023, "", "actual", None)],
        "absent": [("pm25", "level", 29.0)],
    },
    # near misses: the region's own urban core, and the city's own name in its own report
    {
        "id": "own_urban_core_air_kept",
        "meta": COUNTY,
        "text": "中心城区空气质量优良天数比例为96.5%。",
        "facts": [("good_air_rate", "level", 96.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "own_city_urban_area_in_city_report",
        "meta": CITY,
        "text": "百色市区空气优良天数比例为96.5%。",
        "facts": [("good_air_rate", "level", 96.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "levels_of_government_before_projects",
        "meta": COUNTY,
        "text": "实施省市县重点项目126个,完成投资98.7亿元。",
        "facts": [("key_project_investment", "level", 98.7, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- D. Inner Mongolia's villages
    {
        "id": "poor_gacha_villages_exited",
        "meta": BANNER,
        "text": "脱贫攻坚取得全面胜利,46个贫困嘎查村全部出列,贫困人口全部脱贫。",
        "facts": [("poverty_villages_exited", "level", 46.0, 2020, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "poor_gacha_exited_without_village_word",
        "meta": BANNER,
        "text": "全旗21个贫困嘎查如期出列。",
        "facts": [("poverty_villages_exited", "level", 21.0, 2020, "", "actual", None)],
        "absent": [],
    },
    # near miss: a count of villages that did not exit
    {
        "id": "gacha_villages_counted_not_exited",
        "meta": BANNER,
        "text": "全旗共有嘎查村186个,其中贫困嘎查村46个。",
        "facts": [],
        "absent": [("poverty_villages_exited",)],
    },
    # ---- E. the size of a task a higher level set, between the issuer and the task word
    {
        "id": "issued_task_size_after_outturn",
        "meta": COUNTY,
        "text": "全年城镇新增就业4523人,超额完成市下达的4000人目标任务。",
        "facts": [
            ("new_urban_jobs", "level", 4523.0, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4000.0, 2023, "", "target", None),
        ],
        "absent": [("new_urban_jobs", "level", 4000.0, 2023, "", "actual")],
    },
    {
        "id": "issued_task_size_with_task_noun",
        "meta": COUNTY,
        "text": "完成人工造林4.5万亩,超额完成省下达的4万亩造林任务。",
        "facts": [
            ("afforestation", "level", 45000.0, 2023, "", "actual", None),
            ("afforestation", "level", 40000.0, 2023, "", "target", None),
        ],
        "absent": [("afforestation", "level", 40000.0, 2023, "", "actual")],
    },
    # near misses: a task done without its issuer, and a goal met after a comma, stay the outturn
    {
        "id": "task_done_without_issuer_stays_actual",
        "meta": COUNTY,
        "text": "全年完成农村危房改造1260户任务。",
        "facts": [("housing_renovated", "level", 1260.0, 2023, "", "actual", None)],
        "absent": [("housing_renovated", "level", 1260.0, 2023, "", "target")],
    },
    {
        "id": "goal_met_after_comma_stays_actual",
        "meta": COUNTY,
        "text": "全年新增城镇就业4200人,超额完成市下达的目标任务。",
        "facts": [("new_urban_jobs", "level", 4200.0, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 4200.0, 2023, "", "target")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, COUNTY)
