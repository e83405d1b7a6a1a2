"""Issue 15, classes 2 (time), 3 (kind) and 7 (monthly environment bulletins): passages written for
the constructions (not copied from the dev sets), each read as EXTRACTION.md settles it."""

from __future__ import annotations

import pandas as pd
import pytest
from passages import fact_keys, na

from govkit.facts.extract import extract_document
from govkit.pipeline.corpus import document_from_text


def _facts(text: str, meta: dict) -> pd.DataFrame:
    doc = document_from_text(text, "r2")
    doc.meta = doc.meta.replace(**meta)
    return extract_document(doc)


# (id, text, meta, expected facts (indicator, measure, value, year, subperiod, kind, period_start), absent keys)
CASES = [
    # ------------------------------------------------------------ class 2: 由X增至Y is two levels
    (
        "change_plan_end",
        "一、“十三五”时期工作回顾\n五年来,全县地区生产总值由“十二五”末的64.3亿元增至97.8亿元,年均增长6.9%。",
        {"year": 2020, "report_date": "2021-01-28"},
        [
            ("gdp", "level", 64.3, 2015, "", "actual", None),
            ("gdp", "level", 97.8, 2020, "", "actual", None),
            ("gdp", "cagr_pct", 6.9, 2020, "", "actual", 2016),
        ],
        [],
    ),
    (
        "change_fiveyear_no_year",
        "过去五年,全县一般公共预算收入从3.9亿元提高到6.4亿元,森林覆盖率由41.2%提高到46.5%。",
        {"year": 2021, "report_date": "2022-01-15"},
        [
            ("general_budget_revenue", "level", 3.9, 2016, "", "actual", None),
            ("general_budget_revenue", "level", 6.4, 2021, "", "actual", None),
            ("forest_coverage", "level", 41.2, 2016, "", "actual", None),
            ("forest_coverage", "level", 46.5, 2021, "", "actual", None),
        ],
        [],
    ),
    (
        "change_last_year",
        "2022年,全县农村居民人均可支配收入由上年的15340元提高到16420元。贫困发生率由2.1%降至0.9%。",
        {"year": 2022, "report_date": "2023-01-12"},
        [
            ("rural_income", "level", 15340, 2021, "", "actual", None),
            ("rural_income", "level", 16420, 2022, "", "actual", None),
            ("poverty_incidence", "level", 0.9, 2022, "", "actual", None),
        ],
        # 由2.1%: a start the text gives no year for is not a fact
        [("poverty_incidence", "level", 2.1)],
    ),
    # ------------------------------------------------------------ class 2: months from January
    (
        "months_from_january",
        "1月至9月,全县规模以上工业增加值同比增长5.4%。1月—9月,一般公共预算收入完成4.7亿元。"
        "截至9月底,全县固定资产投资完成31.6亿元。",
        {"year": 2024, "report_date": "2024-10-20"},
        [
            ("industrial_va", "yoy_pct", 5.4, 2024, "M1-M9", "actual", None),
            ("general_budget_revenue", "level", 4.7, 2024, "M1-M9", "actual", None),
            ("fai", "level", 31.6, 2024, "M1-M9", "actual", None),
        ],
        [],
    ),
    # ------------------------------------------------------------ class 3: ranges keep both bounds
    (
        "growth_ranges",
        "二、今年主要预期目标\n地区生产总值增长6.5-7%,规模以上工业增加值增长7%—7.5%,城镇居民人均可支配收入增长6~6.5%。",
        {"year": 2023, "report_date": "2023-01-10"},
        [
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
            ("industrial_va", "yoy_pct", 7, 2023, "", "target", None),
            ("urban_income", "yoy_pct", 6, 2023, "", "target", None),
        ],
        [],
    ),
    # ------------------------------------------------------------ class 7: concentration units
    (
        "concentration_units",
        "2023年,全县PM2.5年均浓度为0.029mg/m³,PM10年均浓度为51μg/m³。",
        {"year": 2023, "report_date": "2024-01-20"},
        [
            ("pm25", "level", 29, 2023, "", "actual", None),
            ("pm10", "level", 51, 2023, "", "actual", None),
        ],
        [],
    ),
    (
        "concentration_units_chinese",
        "全年细颗粒物(PM2.5)平均浓度0.036毫克/立方米,可吸入颗粒物(PM10)平均浓度62微克每立方米。",
        {"year": 2022, "report_date": "2023-01-20"},
        [
            ("pm25", "level", 36, 2022, "", "actual", None),
            ("pm10", "level", 62, 2022, "", "actual", None),
        ],
        [],
    ),
    # ------------------------------------------------------------ class 2: a plan name as a modifier, cumulative spans
    (
        "plan_name_modifier",
        "2019年,全县36个“十三五”贫困村全部退出,贫困发生率降至0.6%。自2015年以来累计减少贫困人口8650人。",
        {"year": 2019, "report_date": "2020-01-16"},
        [
            ("poverty_villages_exited", "level", 36, 2019, "", "actual", None),
            ("poverty_incidence", "level", 0.6, 2019, "", "actual", None),
            ("poverty_people_lifted", "level", 8650, 2019, "", "actual", 2015),
        ],
        [],
    ),
    # ------------------------------------------------------------ class 3: 预计 governs the rest of the sentence
    (
        "estimate_governs_sentence",
        "一、2022年工作回顾\n全年经济稳中有进,预计地区生产总值386亿元,增长4.5%;一般公共预算收入21.3亿元,增长3.2%。",
        {"year": 2022, "report_date": "2023-01-08"},
        [
            ("gdp", "level", 386, 2022, "", "estimate", None),
            ("gdp", "yoy_pct", 4.5, 2022, "", "estimate", None),
            ("general_budget_revenue", "level", 21.3, 2022, "", "estimate", None),
            ("general_budget_revenue", "yoy_pct", 3.2, 2022, "", "estimate", None),
        ],
        [],
    ),
    (
        "target_joined_by_striving",
        "一、2021年工作回顾\n2021年,税收收入增长7%,一般公共预算收入增长9%、力争完成18亿元。",
        {"year": 2021, "report_date": "2022-01-11"},
        [
            ("general_budget_revenue", "yoy_pct", 9, 2021, "", "target", None),
            ("general_budget_revenue", "level", 18, 2021, "", "target", None),
        ],
        [],
    ),
    # ------------------------------------------------------------ class 7: monthly environment bulletins
    (
        "monthly_bulletin_yoy",
        "2024年4月,全区环境空气质量优良率为86.7%,细颗粒物(PM2.5)平均浓度为31微克/立方米,与去年同期相比下降8.8%。",
        {"year": 2024, "report_date": "2024-05-09"},
        [
            ("good_air_rate", "level", 86.7, 2024, "M4", "actual", None),
            ("pm25", "level", 31, 2024, "M4", "actual", None),
            ("pm25", "yoy_pct", -8.8, 2024, "M4", "actual", None),
        ],
        [],
    ),
    (
        "monthly_bulletin_month_on_month",
        "2024年7月,全区空气质量优良天数为27天,环比增加4天;PM10平均浓度为0.046mg/m3,环比下降9.8%,PM2.5平均浓度与上月相比上升6.1%。",
        {"year": 2024, "report_date": "2024-08-06"},
        [
            ("good_air_days", "level", 27, 2024, "M7", "actual", None),
            ("pm10", "level", 46, 2024, "M7", "actual", None),
        ],
        [("good_air_days", "level", 4), ("pm10", "yoy_pct", -9.8), ("pm25", "yoy_pct", 6.1)],
    ),
    (
        "good_days_increase_is_no_level",
        "全年城区空气质量优良天数增加6天,PM2.5年均浓度下降3微克/立方米,降至34微克/立方米。",
        {"year": 2021, "report_date": "2022-01-20"},
        [("pm25", "level", 34, 2021, "", "actual", None)],
        [("good_air_days", "level", 6), ("pm25", "level", 3)],
    ),
    (
        "level_reached_by_change",
        "2020年,全县贫困发生率降低到0.4%,森林覆盖率增至52.3%,城镇登记失业率降为2.9%。",
        {"year": 2020, "report_date": "2021-01-18"},
        [
            ("poverty_incidence", "level", 0.4, 2020, "", "actual", None),
            ("forest_coverage", "level", 52.3, 2020, "", "actual", None),
            ("unemployment_rate", "level", 2.9, 2020, "", "actual", None),
        ],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_construction(case):
    _id, text, meta, expected, absent = case
    f = _facts(text, meta)
    got = fact_keys(f)
    want = {(a, b, round(float(v), 6), y, s, k, p) for a, b, v, y, s, k, p in expected}
    assert got == want, f"missing {want - got}; extra {got - want}"
    for ind, measure, value in absent:
        assert not ((f.indicator == ind) & (f.measure == measure) & (f.value == value)).any()


def test_range_upper_bound():
    """增长6.5-7%: value is the lower bound, value_high the upper; a single figure has none."""
    f = _facts(
        "二、今年主要预期目标\n地区生产总值增长6.5-7%,一般公共预算收入增长5%—6%,固定资产投资增长8%-9%,城镇新增就业3000人以上。",
        {"year": 2023, "report_date": "2023-01-10"},
    )
    rows = {r.indicator: (r.value, na(r.value_high)) for r in f.itertuples()}
    assert rows["gdp"] == (6.5, 7.0)
    assert rows["general_budget_revenue"] == (5.0, 6.0)
    assert rows["fai"] == (8.0, 9.0)
    assert rows["new_urban_jobs"] == (3000.0, None)
    assert f["value_high"].dtype == f["value"].dtype


def test_masked_year_is_flagged():
    """20XX年: the year printed was masked; the figure keeps the frame's year and says so."""
    f = _facts("20XX年,全县地区生产总值实现112亿元。", {"year": 2020, "report_date": "2021-01-10"})
    assert "masked_year" in str(f.loc[f.indicator == "gdp", "flags"].iloc[0]).split(",")
    g = _facts("2020年,全县地区生产总值实现112亿元。", {"year": 2020, "report_date": "2021-01-10"})
    assert "masked_year" not in str(g["flags"].iloc[0])
