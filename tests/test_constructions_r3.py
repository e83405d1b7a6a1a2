"""Constructions of issue 15 (classes 5, 6 and 8): figures that are not facts, poverty subjects, plain-text tables.

Each case is a passage written for the construction (not copied from a dev set): its meta, the facts it
must give (indicator, measure, value, year, subperiod, kind, period_start) and the keys it must not give
((indicator, measure) or (indicator, measure, value)).
"""

from __future__ import annotations

import pytest
from passages import check_case

from govkit.facts.extract import extract_document
from govkit.pipeline.corpus import document_from_text

META = {"year": 2020, "report_date": "2021-01-20", "region": "青川县", "level": "county"}

CASES: list[dict] = [
    # ---- 5. not facts: milestones
    {
        "id": "milestone_list",
        "text": "五年来,全县经济总量跨越180亿元、迈向200亿元。地区生产总值连续跨越50亿、60亿台阶。",
        "facts": [],
        "absent": [("gdp", "level")],
    },
    {
        "id": "milestone_then_level",
        "text": "2020年,全县一般公共预算收入突破十亿元大关,达10.9亿元,增长6.1%。",
        "facts": [("general_budget_revenue", "level", 10.9, 2020, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 10.0)],
    },
    {
        "id": "milestone_step",
        "text": "2020年,规模以上工业总产值迈上300亿元新台阶,社会消费品零售总额跨上百亿元台阶。",
        "facts": [],
        "absent": [("industrial_output", "level"), ("retail_sales", "level")],
    },
    # ---- 5. a threshold crossed, said after the exact figure of the same key: not a second figure
    {
        "id": "crossed_after_exact",
        "text": "2020年,全年完成地区生产总值125.4亿元,同比增长7.9%,总量突破百亿元。",
        "facts": [
            ("gdp", "level", 125.4, 2020, "", "actual", None),
            ("gdp", "yoy_pct", 7.9, 2020, "", "actual", None),
        ],
        "absent": [("gdp", "level", 100.0)],
    },
    {
        "id": "crossed_after_exact_income",
        "text": "2020年,城镇居民人均可支配收入30560元,增长8.2%,突破3万元;粮食总产量12.3万吨,超过12万吨。",
        "facts": [
            ("urban_income", "level", 30560.0, 2020, "", "actual", None),
            ("grain_output", "level", 12.3, 2020, "", "actual", None),
        ],
        "absent": [("urban_income", "level", 30000.0), ("grain_output", "level", 12.0)],
    },
    {
        "id": "crossed_of_another_kind_or_year",
        "text": "预计全年地区生产总值可达125亿元,力争突破130亿元。2020年,地方一般公共预算收入达到8.6亿元,2019年突破8亿元。",
        "facts": [
            ("gdp", "level", 125.0, 2020, "", "estimate", None),
            ("gdp", "level", 130.0, 2020, "", "target", None),
            ("general_budget_revenue", "level", 8.6, 2020, "", "actual", None),
            ("general_budget_revenue", "level", 8.0, 2019, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 5. threshold buckets
    {
        "id": "bucket_villages",
        "text": "2020年全县贫困发生率在25%以上的贫困村41个,贫困发生率15%以下的贫困村23个,全县贫困发生率降至0.8%。",
        "facts": [("poverty_incidence", "level", 0.8, 2020, "", "actual", None)],
        "absent": [("poverty_incidence", "level", 25.0), ("poverty_incidence", "level", 15.0)],
    },
    {
        "id": "bucket_households",
        "text": "2020年,人均纯收入4000元以下的农户减少到312户,农村居民人均可支配收入达到13250元。",
        "facts": [("rural_income", "level", 13250.0, 2020, "", "actual", None)],
        "absent": [("rural_income", "level", 4000.0)],
    },
    # ---- 5. absolute changes are not levels
    {
        "id": "absolute_change_days",
        "text": "2020年,全县空气质量优良天数为318天,较上年增加7天;重污染天数同比减少2天。",
        "facts": [("good_air_days", "level", 318.0, 2020, "", "actual", None)],
        "absent": [("good_air_days", "level", 7.0)],
    },
    {
        "id": "absolute_change_money",
        "text": "2020年,农村居民人均可支配收入比上年增加986元,达到14120元,增长7.5%。",
        "facts": [
            ("rural_income", "level", 14120.0, 2020, "", "actual", None),
            ("rural_income", "yoy_pct", 7.5, 2020, "", "actual", None),
        ],
        "absent": [("rural_income", "level", 986.0)],
    },
    # ---- 5. per-capita values and subtotals are not totals
    {
        "id": "per_capita_not_total",
        "text": "2020年,全县人均财政收入1860元,城乡居民人均储蓄存款2.1万元,一般公共预算收入5.2亿元。",
        "facts": [("general_budget_revenue", "level", 5.2, 2020, "", "actual", None)],
        "absent": [("fiscal_revenue", "level"), ("deposits", "level")],
    },
    {
        "id": "season_subtotal",
        "text": "2020年,全县夏粮产量4.1万吨,秋粮产量8.3万吨,粮食总产量12.4万吨。",
        "facts": [("grain_output", "level", 12.4, 2020, "", "actual", None)],
        "absent": [("grain_output", "level", 4.1), ("grain_output", "level", 8.3)],
    },
    # ---- 5. growth over a span, clock times, counts of a city's projects
    {
        "id": "span_growth",
        "text": "全县地区生产总值三年增长26%,2020年地区生产总值增长4.2%。",
        "facts": [("gdp", "yoy_pct", 4.2, 2020, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 26.0)],
    },
    {
        "id": "clock_time",
        "text": "发布时间:2021-01-05 09:30:12\n2020年,全县实施市重点项目23个,完成投资41.5亿元。",
        "facts": [("key_project_investment", "level", 41.5, 2020, "", "actual", None)],
        "absent": [("key_project_investment", "level", 30.0)],
    },
    {
        "id": "count_of_city_projects",
        "text": "2020年,全县实施89个市重点项目,完成投资36.2亿元。",
        "facts": [("key_project_investment", "level", 36.2, 2020, "", "actual", None)],
        "absent": [],
    },
    # ---- 5. a falling rate reaches a level
    {
        "id": "falls_to_level",
        "text": "2020年,全县贫困发生率降低到0.9%,城镇登记失业率控制在3.6%。",
        "facts": [("poverty_incidence", "level", 0.9, 2020, "", "actual", None)],
        "absent": [("poverty_incidence", "yoy_pct")],
    },
    # ---- 8. poverty subjects
    {
        "id": "poverty_subjects",
        "text": "2020年,全县农村人均纯收入达到11800元;完成危房改造1260户;投入各类扶贫项目资金3.4亿元。",
        "facts": [
            ("rural_income", "level", 11800.0, 2020, "", "actual", None),
            ("housing_renovated", "level", 1260.0, 2020, "", "actual", None),
            ("poverty_funds", "level", 3.4, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "monitored_not_lifted",
        "text": "2020年,全县纳入监测户326户,边缘户118户,均落实帮扶措施;搬迁户452户全部入住,危房改造812户。",
        "facts": [("housing_renovated", "level", 812.0, 2020, "", "actual", None)],
        "absent": [
            ("poverty_households_lifted", "level"),
            ("housing_renovated", "level", 452.0),
        ],
    },
    {
        "id": "cadres_not_secretaries",
        "text": "2020年,全县选派第一书记86名,驻村干部412名全部在岗。",
        "facts": [("first_secretaries", "level", 86.0, 2020, "", "actual", None)],
        "absent": [("first_secretaries", "level", 412.0)],
    },
    {
        "id": "people_lifted_without_unit",
        "text": "2021年,全县116个贫困村全部出列,6.2万贫困人口全部脱贫;1.1万户贫困户如期脱贫。",
        "meta": {"year": 2021},
        "facts": [
            ("poverty_villages_exited", "level", 116.0, 2021, "", "actual", None),
            ("poverty_people_lifted", "level", 62000.0, 2021, "", "actual", None),
            ("poverty_households_lifted", "level", 11000.0, 2021, "", "actual", None),
        ],
        "absent": [("poverty_households_lifted", "level", 62000.0)],
    },
    {
        "id": "households_and_people_lifted",
        "text": "五年来,全县8120户31562名贫困人口全部脱贫。",
        "meta": {"year": 2020},
        "facts": [],
        "absent": [],
        "values": [("poverty_households_lifted", 8120.0), ("poverty_people_lifted", 31562.0)],
    },
    {
        "id": "village_work_teams",
        "text": "2017年,全县选派驻村扶贫工作队86支,工作队员312名。",
        "meta": {"year": 2017},
        "facts": [("village_work_teams", "level", 86.0, 2017, "", "actual", None)],
        "absent": [("village_work_teams", "level", 312.0)],
    },
    {
        "id": "quota_set_by_the_city",
        "text": "2019年,市下达我县年度脱贫指标2800人,全年实际脱贫2950人。",
        "meta": {"year": 2019},
        "facts": [
            ("poverty_people_lifted", "level", 2800.0, 2019, "", "target", None),
            ("poverty_people_lifted", "level", 2950.0, 2019, "", "actual", None),
        ],
        "absent": [("poverty_people_lifted", "level", 2800.0, 2019, "", "actual")],
    },
    # ---- 6. plain-text tables
    {
        "id": "table_indicator_header_year_rows",
        "text": (
            "2021年,全县环境空气质量持续改善。\n"
            "青川县环境空气质量年报\n"
            "时段 SO2 NO2 PM10 PM2.5 优良天数(天) 优良率(%)\n"
            "二级标准 60 40 70 35 —— ——\n"
            "2020年 7 19 55 31 322 88.0\n"
            "2021年 6 18 51 28 330 90.4\n"
            "同比 -14.3% -5.3% -7.3% -9.7% 增加8天 2.7%"
        ),
        "meta": {"year": 2021},
        "facts": [
            ("pm10", "level", 55.0, 2020, "", "actual", None),
            ("pm25", "level", 31.0, 2020, "", "actual", None),
            ("good_air_days", "level", 322.0, 2020, "", "actual", None),
            ("good_air_rate", "level", 88.0, 2020, "", "actual", None),
            ("pm10", "level", 51.0, 2021, "", "actual", None),
            ("pm25", "level", 28.0, 2021, "", "actual", None),
            ("pm10", "yoy_pct", -7.3, 2021, "", "actual", None),
            ("pm25", "yoy_pct", -9.7, 2021, "", "actual", None),
            ("good_air_rate", "yoy_pct", 2.7, 2021, "", "actual", None),
        ],
        "absent": [("pm10", "level", 70.0), ("pm25", "level", 35.0), ("good_air_days", "level", 8.0)],
    },
    {
        "id": "table_year_header_pipes",
        "text": (
            "表1 主要污染物浓度\n"
            "| 指标 | 2019年 | 2020年 | 同比(%) |\n"
            "| PM2.5(微克/立方米) | 42 | 37 | -11.9 |\n"
            "| 二氧化硫(微克/立方米) | 12 | 10 | -16.7 |\n"
            "| 空气优良天数(天) | 296 | 311 | 5.1 |"
        ),
        "meta": {"year": 2020},
        "facts": [
            ("pm25", "level", 42.0, 2019, "", "actual", None),
            ("pm25", "level", 37.0, 2020, "", "actual", None),
            ("pm25", "yoy_pct", -11.9, 2020, "", "actual", None),
            ("good_air_days", "level", 296.0, 2019, "", "actual", None),
            ("good_air_days", "level", 311.0, 2020, "", "actual", None),
            ("good_air_days", "yoy_pct", 5.1, 2020, "", "actual", None),
        ],
        "absent": [("pm25", "level", 12.0), ("pm25", "level", 10.0)],
    },
    {
        "id": "table_every_district_row",
        "text": (
            "2022年各区县环境空气质量\n"
            "区县 PM10 PM2.5 优良天数 优良率(%)\n"
            "渭滨区 61 36 301 82.5\n"
            "金台区 66 38 296 81.1\n"
            "陈仓区 58 33 310 84.9\n"
            "全市 62 35 302 82.7"
        ),
        "meta": {"year": 2022, "region": "金台区"},
        "facts": [
            ("pm10", "level", 66.0, 2022, "", "actual", None),
            ("pm25", "level", 38.0, 2022, "", "actual", None),
            ("good_air_days", "level", 296.0, 2022, "", "actual", None),
            ("good_air_rate", "level", 81.1, 2022, "", "actual", None),
        ],
        "absent": [("pm10", "level", 61.0), ("pm10", "level", 58.0), ("pm10", "level", 62.0)],
    },
    {
        "id": "table_this_year_last_year_unit_column",
        "text": (
            "2022年主要环境指标\n指标 单位 本年 上年 增长(%)\nPM10 μg/m3 48 53 -9.4\n空气质量优良率 % 91.2 88.5 3.1"
        ),
        "meta": {"year": 2022},
        "facts": [
            ("pm10", "level", 48.0, 2022, "", "actual", None),
            ("pm10", "level", 53.0, 2021, "", "actual", None),
            ("pm10", "yoy_pct", -9.4, 2022, "", "actual", None),
            ("good_air_rate", "level", 91.2, 2022, "", "actual", None),
            ("good_air_rate", "level", 88.5, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "table_month_rows",
        "text": (
            "青川县2023年环境空气质量月报\n月份 PM10 PM2.5 优良天数 优良率(%)\n5月 45 22 29 93.5\n6月 39 18 28 93.3"
        ),
        "meta": {"year": 2023},
        "facts": [
            ("pm10", "level", 45.0, 2023, "M5", "actual", None),
            ("pm25", "level", 18.0, 2023, "M6", "actual", None),
            ("good_air_rate", "level", 93.3, 2023, "M6", "actual", None),
        ],
        "absent": [("pm10", "level", 45.0, 2023, "")],
    },
    {
        "id": "table_wrapped_header_misaligned_is_not_read",
        "text": ("指标 PM10 PM2.5\n优良\n2021年 51 28 330 90.4\n2020年 55 31 322 88.0"),
        "meta": {"year": 2021},
        "facts": [],
        "absent": [("pm10", "level"), ("pm25", "level"), ("good_air_days", "level")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)


def test_table_evidence_is_the_row_in_the_cleaned_text():
    case = next(c for c in CASES if c["id"] == "table_year_header_pipes")
    doc = document_from_text(case["text"], case["id"])
    doc.meta = doc.meta.replace(**{**META, **case["meta"]})
    f = extract_document(doc)
    assert len(f) > 0
    for r in f.itertuples():
        assert doc.text[r.evidence_start : r.evidence_end] == r.evidence
        assert r.evidence.startswith("| PM2.5") or r.evidence.startswith("| 空气优良天数")
        assert doc.text[r.value_start : r.value_end] == r.value_text
