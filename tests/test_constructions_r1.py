"""Constructions of issue 15 (lists, subjects, evidence): passages written for the rule, not copied from the dev sets."""

from __future__ import annotations

import pandas as pd
import pytest

from govkit.facts.extract import extract_document
from govkit.pipeline.corpus import document_from_text

META = {"year": 2021, "report_date": "2022-01-10"}

# id, text, expected facts (indicator, measure, value, year, subperiod, kind), absent (indicator, measure, value)
CASES = [
    (
        "level_list_two_subjects",
        "2021年,全县规模以上工业增加值、社会消费品零售总额分别为35.2亿元、48.6亿元。",
        [("industrial_va", "level", 35.2, 2021, "", "actual"), ("retail_sales", "level", 48.6, 2021, "", "actual")],
        [],
    ),
    (
        "level_list_then_growth",
        "全年地区生产总值、一般公共预算收入分别为126.3亿元和7.9亿元,分别增长6.8%、4.1%。",
        [
            ("gdp", "level", 126.3, 2021, "", "actual"),
            ("general_budget_revenue", "level", 7.9, 2021, "", "actual"),
            ("gdp", "yoy_pct", 6.8, 2021, "", "actual"),
            ("general_budget_revenue", "yoy_pct", 4.1, 2021, "", "actual"),
        ],
        [],
    ),
    (
        "pollutants_shared_unit",
        "全年二氧化硫、二氧化氮、PM10、PM2.5年均浓度分别为8、21、49、27微克/立方米。",
        [("pm10", "level", 49, 2021, "", "actual"), ("pm25", "level", 27, 2021, "", "actual")],
        [("pm25", "level", 8)],
    ),
    (
        "pollutants_latin_names",
        "监测结果显示,SO2、NO2、PM10、PM2.5平均浓度分别为9、18、52、30微克/立方米,空气质量总体良好。",
        [("pm10", "level", 52, 2021, "", "actual"), ("pm25", "level", 30, 2021, "", "actual")],
        [],
    ),
    (
        "pollutants_unknown_unit_in_list",
        "臭氧、一氧化碳、细颗粒物(PM2.5)浓度分别为96微克/立方米、0.9毫克每升、31微克/立方米。",
        [],
        [("pm25", "level", 96)],
    ),
    (
        "industries_numbered",
        "全年一、二、三产增加值分别增长3.1%、6.2%、8.4%。",
        [
            ("primary_va", "yoy_pct", 3.1, 2021, "", "actual"),
            ("secondary_va", "yoy_pct", 6.2, 2021, "", "actual"),
            ("tertiary_va", "yoy_pct", 8.4, 2021, "", "actual"),
        ],
        [],
    ),
    (
        "industries_run_together",
        "2021年全县第一、第二、第三产业增加值分别增长2.7%7.5%6.9%。",
        [
            ("primary_va", "yoy_pct", 2.7, 2021, "", "actual"),
            ("secondary_va", "yoy_pct", 7.5, 2021, "", "actual"),
            ("tertiary_va", "yoy_pct", 6.9, 2021, "", "actual"),
        ],
        [],
    ),
    # class 4: subjects
    (
        "latin_lower_case",
        "全年pm2.5年均浓度为27微克/立方米,pm10年均浓度为48微克/立方米。",
        [("pm25", "level", 27, 2021, "", "actual"), ("pm10", "level", 48, 2021, "", "actual")],
        [],
    ),
    (
        "full_width_latin",
        "全年ＰＭ２．５平均浓度28微克/立方米。",
        [("pm25", "level", 28, 2021, "", "actual")],
        [],
    ),
    (
        "short_names",
        "全年实现社会消费品零售23.5亿元,增长8.1%;农村居民可支配收入15230元,增长9.2%;农牧民人均纯收入达12650元。",
        [
            ("retail_sales", "level", 23.5, 2021, "", "actual"),
            ("retail_sales", "yoy_pct", 8.1, 2021, "", "actual"),
            ("rural_income", "level", 15230, 2021, "", "actual"),
            ("rural_income", "yoy_pct", 9.2, 2021, "", "actual"),
        ],
        [],
    ),
    (
        "energy_intensity_long_name",
        "单位地区生产总值综合能耗下降3.2%,单位GDP综合能耗完成市下达任务。",
        [("energy_intensity", "yoy_pct", -3.2, 2021, "", "actual")],
        [],
    ),
    (
        "sector_as_subject",
        "一产增长4.2%,二产增长7.1%;第三产业增长6.3%达18.7亿元;第二产业投资增长12%。",
        [
            ("primary_va", "yoy_pct", 4.2, 2021, "", "actual"),
            ("secondary_va", "yoy_pct", 7.1, 2021, "", "actual"),
            ("tertiary_va", "yoy_pct", 6.3, 2021, "", "actual"),
            ("tertiary_va", "level", 18.7, 2021, "", "actual"),
        ],
        [("secondary_va", "yoy_pct", 12)],
    ),
    (
        "counts_before_nouns",
        "全县派出114支驻村扶贫工作队、372名工作队员,选派56名第一书记。",
        [
            ("village_work_teams", "level", 114, 2021, "", "actual"),
            ("first_secretaries", "level", 56, 2021, "", "actual"),
        ],
        [("first_secretaries", "level", 372)],
    ),
    (
        "counted_noun_not_a_threshold",
        "对1500人以上的2个移民安置社区分别选派了第一书记和工作队。",
        [],
        [("first_secretaries", "level", 1500)],
    ),
    (
        "aside_in_brackets",
        "地区生产总值完成45.6亿元,同比(下同)增长11%。",
        [("gdp", "level", 45.6, 2021, "", "actual"), ("gdp", "yoy_pct", 11, 2021, "", "actual")],
        [],
    ),
    (
        "good_days_part_of_total",
        "全年空气质量有效监测天数362天,其中优良341天、轻度污染19天。",
        [("good_air_days", "level", 341, 2021, "", "actual")],
        [("good_air_days", "level", 19)],
    ),
    # class 4: elliptical subjects
    (
        "enterprises_output_then_value_added",
        "工业稳中有进。全县规模以上工业企业完成总产值120.5亿元,增长9.3%;实现增加值31.2亿元,增长8.8%。",
        [
            ("industrial_output", "level", 120.5, 2021, "", "actual"),
            ("industrial_output", "yoy_pct", 9.3, 2021, "", "actual"),
            ("industrial_va", "level", 31.2, 2021, "", "actual"),
            ("industrial_va", "yoy_pct", 8.8, 2021, "", "actual"),
        ],
        [],
    ),
    (
        "services_value_added_not_industry",
        "规模以上服务业企业实现营业收入12亿元,实现增加值3亿元。",
        [],
        [("industrial_va", "level", 3)],
    ),
    (
        "exited_villages_and_people",
        "2016年以来,全县累计退出贫困村46个(含深度贫困村3个),贫困人口8125户30210人。",
        [
            ("poverty_villages_exited", "level", 46, 2021, "", "actual"),
            ("poverty_households_lifted", "level", 8125, 2021, "", "actual"),
            ("poverty_people_lifted", "level", 30210, 2021, "", "actual"),
        ],
        [],
    ),
    (
        "remaining_poor_not_lifted",
        "全县现有贫困村30个、贫困人口5000户17000人。",
        [],
        [("poverty_households_lifted", "level", 5000), ("poverty_people_lifted", "level", 17000)],
    ),
    # absolute changes beside a level are not levels
    (
        "absolute_change_after_level",
        "农牧民人均纯收入达16260元,增加1024元;优良天数较2020年减少3天。",
        [("rural_income", "level", 16260, 2021, "", "actual")],
        [("rural_income", "level", 1024), ("good_air_days", "level", 3)],
    ),
]


def _facts(text: str) -> pd.DataFrame:
    doc = document_from_text(text, "r1")
    doc.meta = doc.meta.replace(**META)
    return extract_document(doc)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_construction(case):
    _id, text, expected, absent = case
    f = _facts(text)
    got = {
        (
            r.indicator,
            r.measure,
            round(float(r.value), 6),
            None if pd.isna(r.year) else int(r.year),
            r.subperiod,
            r.kind,
        )
        for r in f.itertuples()
        if not pd.isna(r.value)
    }
    exp = {(a, b, round(float(v), 6), y, sp, k) for a, b, v, y, sp, k in expected}
    assert exp <= got, f"missing {exp - got}; got {got}"
    keys = {(a, b, round(v, 6)) for a, b, v, _y, _s, _k in got}
    for a, b, v in absent:
        assert (a, b, round(float(v), 6)) not in keys


# class 9: the evidence names the subject it supports; a photo credit does not lead it.
EVIDENCE = [
    (
        "全年实现地区生产总值88.4亿元,完成固定资产投资61.2亿元,一般公共预算收入5.3亿元,分别增长5.6%、9.1%和3.3%。",
        ("gdp", "yoy_pct", 5.6),
        "地区生产总值",
    ),
    (
        "全县城镇居民人均可支配收入32150元,社会消费品零售总额40.2亿元,分别增长6.1%和7.4%。",
        ("urban_income", "yoy_pct", 6.1),
        "城镇居民人均可支配收入",
    ),
    (
        "县城新貌。李明华 摄2021年全县生产总值95.2亿元,比增6.6%。",
        ("gdp", "level", 95.2),
        "生产总值",
    ),
]


@pytest.mark.parametrize("text,key,name", EVIDENCE, ids=["list_growth", "list_income", "photo_credit"])
def test_evidence_names_its_subject(text, key, name):
    f = _facts(text)
    row = f[(f.indicator == key[0]) & (f.measure == key[1]) & (f.value.round(6) == key[2])]
    assert len(row) == 1, f
    ev = row.iloc[0].evidence
    assert name in ev and "摄" not in ev, ev
