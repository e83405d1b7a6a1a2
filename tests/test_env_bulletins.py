"""Issue 15, class 7 (monthly environment bulletins) and elliptical environment subjects: passages
written for each construction (not copied from the dev sets), read as EXTRACTION.md settles them.

Each passage must yield exactly the facts listed (no other fact), so a rule that reads too much
fails as surely as one that reads too little.
"""

from __future__ import annotations

import pandas as pd
import pytest
from passages import na

from govkit.facts.extract import extract_document
from govkit.pipeline.corpus import document_from_text


def _facts(text: str, meta: dict) -> pd.DataFrame:
    doc = document_from_text(text, "env")
    doc.meta = doc.meta.replace(**meta)
    return extract_document(doc)


#: Equal subperiods are equal (EXTRACTION.md): Q1-Q3 is M1-M9, H1 is M1-M6.
_SAME = {"Q1-Q3": "M1-M9", "H1": "M1-M6", "Q1": "M1-M3", "H2": "M7-M12", "Q1-Q2": "M1-M6"}


def _keys(f: pd.DataFrame) -> set[tuple]:
    return {
        (
            r.indicator,
            r.measure,
            round(float(r.value), 6),
            na(r.year),
            _SAME.get(r.subperiod, r.subperiod),
            r.kind,
            na(r.period_start),
        )
        for r in f.itertuples()
        if not pd.isna(r.value)
    }


def _a(ind: str, measure: str, value: float, year: int, sub: str = "") -> tuple:
    """An actual fact of one year (or part of it)."""
    return (ind, measure, value, year, sub, "actual", None)


# (id, text, meta, expected facts)
CASES = [
    # ------------------------------------------------ a ;-segment opening with a comparison continues the subject
    (
        "segment_yoy_after_mom_rate",
        "3月份,城区PM2.5平均浓度为0.041毫克/立方米,环比上升12.3%;同比下降6.8%。",
        {"year": 2022, "report_date": "2022-04-07"},
        [_a("pm25", "level", 41, 2022, "M3"), _a("pm25", "yoy_pct", -6.8, 2022, "M3")],
    ),
    (
        "segment_yoy_after_absolute_mom",
        "2021年10月,全县可吸入颗粒物月均浓度为52微克/立方米,较上月下降3微克/立方米;较上年同期上升4.0%。",
        {"year": 2021, "report_date": "2021-11-05"},
        [_a("pm10", "level", 52, 2021, "M10"), _a("pm10", "yoy_pct", 4.0, 2021, "M10")],
    ),
    (
        "segment_pp_after_mom_pp",
        "1-6月,全县空气质量优良率为88.4%,比上月提高0.6个百分点;比去年同期下降2.1个百分点。",
        {"year": 2023, "report_date": "2023-07-06"},
        [_a("good_air_rate", "level", 88.4, 2023, "M1-M6"), _a("good_air_rate", "pp_change", -2.1, 2023, "M1-M6")],
    ),
    (
        "segment_own_subject_not_inherited",
        "5月份,全县PM2.5平均浓度为22微克/立方米,与上月相比下降4.3%;二氧化硫平均浓度为9微克/立方米,同比下降10%。",
        {"year": 2024, "report_date": "2024-06-05"},
        [_a("pm25", "level", 22, 2024, "M5")],
    ),
    # ------------------------------------------------ a bulletin's title names its month
    (
        "title_month_air_status",
        "2021年11月份全县环境空气质量状况\n全县PM10平均浓度为45微克/立方米,PM2.5平均浓度为26微克/立方米。",
        {"year": 2021, "report_date": "2021-12-08"},
        [_a("pm10", "level", 45, 2021, "M11"), _a("pm25", "level", 26, 2021, "M11")],
    ),
    (
        "title_month_water",
        "2020年7月水质监测月报\n本月全县集中式饮用水水源地水质达标率为100%。",
        {"year": 2020, "report_date": "2020-08-10"},
        [_a("drinking_water_rate", "level", 100, 2020, "M7")],
    ),
    (
        "title_publication_month_is_not_a_part",
        "2020年国民经济和社会发展统计公报(2021年3月)\n一、综合\n全年实现地区生产总值88.6亿元,比上年增长3.9%。",
        {"year": 2020, "report_date": "2021-03-20"},
        [_a("gdp", "level", 88.6, 2020), _a("gdp", "yoy_pct", 3.9, 2020)],
    ),
    (
        "title_meeting_date_is_not_a_part",
        "在2023年1月10日全县经济工作会议上的报告\n2022年,全县地区生产总值完成132亿元,增长4.5%。",
        {"year": 2022, "report_date": "2023-01-10"},
        [_a("gdp", "level", 132, 2022), _a("gdp", "yoy_pct", 4.5, 2022)],
    ),
    (
        "title_monthly_report_month_after",
        "环境质量月报(2023年9月)\n本月全县环境空气质量优良天数为28天,优良率为93.3%;细颗粒物平均浓度为19微克/立方米,同比下降13.6%。",
        {"year": 2023, "report_date": "2023-10-09"},
        [
            _a("good_air_days", "level", 28, 2023, "M9"),
            _a("good_air_rate", "level", 93.3, 2023, "M9"),
            _a("pm25", "level", 19, 2023, "M9"),
            _a("pm25", "yoy_pct", -13.6, 2023, "M9"),
        ],
    ),
    (
        "january_to_december_is_the_year",
        "2021年12月环境空气质量月报\n2021年1-12月,全区PM2.5累计浓度为31微克/立方米,同比下降8.8%;优良天数为326天,同比增加7天。",
        {"year": 2021, "report_date": "2022-01-10"},
        [_a("pm25", "level", 31, 2021), _a("pm25", "yoy_pct", -8.8, 2021), _a("good_air_days", "level", 326, 2021)],
    ),
    # ------------------------------------------------ 上月为X: the month before the bulletin's month
    (
        "prev_month_january_is_last_december",
        "2023年1月空气质量月报\n本月全县PM2.5平均浓度为48微克/立方米,上月为41微克/立方米。",
        {"year": 2023, "report_date": "2023-02-06"},
        [_a("pm25", "level", 48, 2023, "M1"), _a("pm25", "level", 41, 2022, "M12")],
    ),
    (
        "prev_month_pm10_then_days",
        "2022年6月环境质量月报\n本月城区可吸入颗粒物浓度为39μg/m³,上个月为44μg/m³;优良天数为28天。",
        {"year": 2022, "report_date": "2022-07-05"},
        [
            _a("pm10", "level", 39, 2022, "M6"),
            _a("pm10", "level", 44, 2022, "M5"),
            _a("good_air_days", "level", 28, 2022, "M6"),
        ],
    ),
    (
        "prev_month_of_a_cumulative_period_is_unknown",
        "1-9月,全县PM2.5平均浓度为29微克/立方米,上月为31微克/立方米。",
        {"year": 2022, "report_date": "2022-10-09"},
        [_a("pm25", "level", 29, 2022, "M1-M9")],
    ),
    # ------------------------------------------------ bare 水质达标率 under a drinking-water heading
    (
        "drinking_sub_heading",
        "三、水环境质量\n(一)地表水\n全县5个国控断面水质达标率为100%。\n(二)集中式饮用水水源地\n"
        "县城2个水源地水质达标率为100%。",
        {"year": 2021, "report_date": "2022-01-20"},
        [_a("surface_water_rate", "level", 100, 2021), _a("drinking_water_rate", "level", 100, 2021)],
    ),
    (
        "drinking_heading_ends_at_next_heading",
        "二、饮用水水源地\n水质达标率为100%。\n三、地表水\n全县主要河流水质达标率为85.7%。",
        {"year": 2021, "report_date": "2022-01-20"},
        [_a("drinking_water_rate", "level", 100, 2021)],
    ),
    (
        "drinking_top_heading_with_sub_heading",
        "2022年5月环境质量月报\n二、集中式饮用水水源地水质状况\n(一)县级水源地\n本月县级水源地水质合格率为100%。",
        {"year": 2022, "report_date": "2022-06-08"},
        [_a("drinking_water_rate", "level", 100, 2022, "M5")],
    ),
    # ------------------------------------------------ 优良X天: the good-air days without 天数
    (
        "good_days_after_monitored_days",
        "2022年全县有效监测天数365天,优良345天,轻度污染18天,中度污染2天。",
        {"year": 2022, "report_date": "2023-01-16"},
        [_a("good_air_days", "level", 345, 2022)],
    ),
    (
        "good_days_wei",
        "1-10月,城区空气质量优良为281天,优良天数比例为92.4%。",
        {"year": 2021, "report_date": "2021-11-08"},
        [_a("good_air_days", "level", 281, 2021, "M1-M10"), _a("good_air_rate", "level", 92.4, 2021, "M1-M10")],
    ),
    (
        "good_and_fair_days_apart_are_not_the_sum",
        "全年空气质量监测中,优85天、良197天,优良率77.0%。",
        {"year": 2020, "report_date": "2021-01-14"},
        [_a("good_air_rate", "level", 77.0, 2020)],
    ),
    # ------------------------------------------------ 达标 days and rates; a bare rate owned by the clause before
    (
        "air_dabiao_days_and_rate",
        "2022年10月,全县空气质量达标天数为28天,达标率为90.3%,在全市8个县区中排名第3。",
        {"year": 2022, "report_date": "2022-11-07"},
        [_a("good_air_days", "level", 28, 2022, "M10"), _a("good_air_rate", "level", 90.3, 2022, "M10")],
    ),
    (
        "air_good_days_share",
        "1—10月,全县累计优良天数为279天,优良天数占比91.8%。",
        {"year": 2022, "report_date": "2022-11-07"},
        [_a("good_air_days", "level", 279, 2022, "M1-M10"), _a("good_air_rate", "level", 91.8, 2022, "M1-M10")],
    ),
    (
        "surface_rate_after_sections_clause",
        "5月份,全县4个国、省控断面水质均达到或优于Ⅲ类标准,达标率100%。",
        {"year": 2023, "report_date": "2023-06-07"},
        [_a("surface_water_rate", "level", 100, 2023, "M5")],
    ),
    (
        "drinking_rate_after_sources_clause",
        "2021年8月,本月监测县级水源地3个,水质达标率为100%;监测5个河流断面,Ⅲ类以上水质断面4个。",
        {"year": 2021, "report_date": "2021-09-06"},
        [_a("drinking_water_rate", "level", 100, 2021, "M8")],
    ),
    (
        "grade_two_days",
        "2022年,城区环境空气质量达到二级标准的天数为340天,细颗粒物(PM₂.₅)年均浓度为27微克/立方米。",
        {"year": 2022, "report_date": "2023-01-20"},
        [_a("good_air_days", "level", 340, 2022), _a("pm25", "level", 27, 2022)],
    ),
    (
        "grade_two_days_share_of_monitored_days",
        "全年空气质量达到或好于国家二级标准的天数为352天,占全年有效监测天数的96.4%。",
        {"year": 2021, "report_date": "2022-01-20"},
        [_a("good_air_days", "level", 352, 2021), _a("good_air_rate", "level", 96.4, 2021)],
    ),
    (
        "good_days_share_zhanbi",
        "1-6月,全县空气质量优良天数为170天,占比93.9%,同比上升2.1个百分点。",
        {"year": 2022, "report_date": "2022-07-05"},
        [
            _a("good_air_days", "level", 170, 2022, "M1-M6"),
            _a("good_air_rate", "level", 93.9, 2022, "M1-M6"),
            _a("good_air_rate", "pp_change", 2.1, 2022, "M1-M6"),
        ],
    ),
    (
        "share_after_other_days_is_not_the_rate",
        "全年优良天数为340天,轻度污染天数为20天,占比5.5%;森林覆盖率为61.2%。",
        {"year": 2021, "report_date": "2022-01-20"},
        [_a("good_air_days", "level", 340, 2021), _a("forest_coverage", "level", 61.2, 2021)],
    ),
    (
        "sections_and_sources_rates_each_after_its_clause",
        "本月监测4个河流断面,达标率75%;监测2个县级水源地,达标率100%。",
        {"year": 2021, "report_date": "2021-09-06"},
        [_a("surface_water_rate", "level", 75, 2021), _a("drinking_water_rate", "level", 100, 2021)],
    ),
    (
        "sections_and_sources_in_one_clause_unread",
        "本月监测5个断面和2个水源地,达标率100%。",
        {"year": 2021, "report_date": "2021-09-06"},
        [],
    ),
    (
        "share_after_polluted_days_is_not_the_rate",
        "1-6月,全县空气质量优良天数为170天,占比93.9%;轻度污染10天,占比5.5%。全年优良天数为340天,比例为93.2%;中度污染3天,比例为0.8%。",
        {"year": 2022, "report_date": "2022-07-05"},
        [
            _a("good_air_days", "level", 170, 2022, "M1-M6"),
            _a("good_air_rate", "level", 93.9, 2022, "M1-M6"),
            _a("good_air_days", "level", 340, 2022),
            _a("good_air_rate", "level", 93.2, 2022),
        ],
    ),
    (
        "drinking_water_drawn_rate",
        "全县2个县级饮用水源地取水量达标率为100%。",
        {"year": 2022, "report_date": "2023-01-05"},
        [_a("drinking_water_rate", "level", 100, 2022)],
    ),
    (
        "water_good_share_is_not_air",
        "XX区2022年6月份水环境质量状况\n6月份,我区5个监测断面水质均达到Ⅲ类及以上标准,水质优良比例为100%,空气质量优良天数比例为90.0%。",
        {"year": 2022, "report_date": "2022-07-06"},
        [_a("good_air_rate", "level", 90.0, 2022, "M6")],
    ),
    (
        "other_place_then_own_days",
        "2024年2月,全市空气质量优良天数为25天,其中我县优良天数为27天,优良率为93.1%。",
        {"year": 2024, "report_date": "2024-03-05"},
        [_a("good_air_days", "level", 27, 2024, "M2"), _a("good_air_rate", "level", 93.1, 2024, "M2")],
    ),
    # ------------------------------------------------ 今年以来 in a monthly bulletin; a month inside a quarter's report
    (
        "since_new_year_in_month_bulletin",
        "2023年9月环境空气质量月报\n本月,全县环境空气质量优良天数为29天,优良率96.7%。今年以来,全县环境空气质量优良天数为251天,优良率91.9%。",
        {"year": 2023, "report_date": "2023-10-08"},
        [
            _a("good_air_days", "level", 29, 2023, "M9"),
            _a("good_air_rate", "level", 96.7, 2023, "M9"),
            _a("good_air_days", "level", 251, 2023, "M1-M9"),
            _a("good_air_rate", "level", 91.9, 2023, "M1-M9"),
        ],
    ),
    (
        "month_sentence_in_quarter_report",
        "2021年第一季度环境质量状况\n一季度,全县空气质量优良天数为82天,优良天数比例为91.1%,同比提高4.4个百分点;"
        "PM2.5平均浓度为39微克/立方米,同比下降9.3%。3月份,优良天数为30天。",
        {"year": 2021, "report_date": "2021-04-09"},
        [
            _a("good_air_days", "level", 82, 2021, "M1-M3"),
            _a("good_air_rate", "level", 91.1, 2021, "M1-M3"),
            _a("good_air_rate", "pp_change", 4.4, 2021, "M1-M3"),
            _a("pm25", "level", 39, 2021, "M1-M3"),
            _a("pm25", "yoy_pct", -9.3, 2021, "M1-M3"),
            _a("good_air_days", "level", 30, 2021, "M3"),
        ],
    ),
    (
        "december_bulletin_and_the_year",
        "2020年12月环境质量月报\n12月份,县城PM2.5浓度为0.052毫克/立方米,同比下降7.1%。"
        "2020年全年,县城空气质量优良天数为338天,优良率92.3%,PM2.5年均浓度为35微克/立方米,同比下降10.3%。",
        {"year": 2020, "report_date": "2021-01-08"},
        [
            _a("pm25", "level", 52, 2020, "M12"),
            _a("pm25", "yoy_pct", -7.1, 2020, "M12"),
            _a("good_air_days", "level", 338, 2020),
            _a("good_air_rate", "level", 92.3, 2020),
            _a("pm25", "level", 35, 2020),
            _a("pm25", "yoy_pct", -10.3, 2020),
        ],
    ),
    (
        "second_quarter_bulletin",
        "2023年第二季度环境质量状况\n二季度,全县空气质量优良天数为88天,优良率为96.7%。",
        {"year": 2023, "report_date": "2023-07-08"},
        [_a("good_air_days", "level", 88, 2023, "Q2"), _a("good_air_rate", "level", 96.7, 2023, "Q2")],
    ),
    (
        "third_and_fourth_quarters_not_the_first_three",
        "第三季度,全县空气质量优良天数为90天;四季度优良天数为80天。前三季度,PM2.5平均浓度为26微克/立方米。",
        {"year": 2023, "report_date": "2024-01-08"},
        [
            _a("good_air_days", "level", 90, 2023, "Q3"),
            _a("good_air_days", "level", 80, 2023, "Q4"),
            _a("pm25", "level", 26, 2023, "M1-M9"),
        ],
    ),
    (
        "size_of_change_after_absolute_change",
        "2022年8月,全县PM2.5浓度为28微克/立方米,同比下降3微克/立方米,下降幅度为9.7%;"
        "PM10浓度为50微克/立方米,同比上升4微克/立方米,上升幅度8.7%。",
        {"year": 2022, "report_date": "2022-09-05"},
        [
            _a("pm25", "level", 28, 2022, "M8"),
            _a("pm25", "yoy_pct", -9.7, 2022, "M8"),
            _a("pm10", "level", 50, 2022, "M8"),
            _a("pm10", "yoy_pct", 8.7, 2022, "M8"),
        ],
    ),
    (
        "annual_target_beside_a_part_year_figure",
        "1-10月,全县优良天数比例为90.2%(年度目标88%),PM2.5平均浓度为32微克/立方米。",
        {"year": 2022, "report_date": "2022-11-05"},
        [
            _a("good_air_rate", "level", 90.2, 2022, "M1-M10"),
            ("good_air_rate", "level", 88, 2022, "", "target", None),
            _a("pm25", "level", 32, 2022, "M1-M10"),
        ],
    ),
    (
        "township_sources_are_a_part",
        "2.饮用水\n县城集中式饮用水水源地水质达标率为100%,乡镇集中式饮用水水源地水质达标率为90%。",
        {"year": 2022, "report_date": "2023-01-05"},
        [_a("drinking_water_rate", "level", 100, 2022)],
    ),
    # ------------------------------------------------ whole bulletins: a month, and a cumulative period
    (
        "bulletin_district_with_city_comparisons",
        "雨花区2022年7月环境空气质量状况\n发布时间:2022-08-09 来源:市生态环境局雨花分局\n"
        "2022年7月,雨花区环境空气质量优良天数为30天,优良率96.8%,同比上升3.2个百分点。PM2.5月均浓度为21微克/立方米,"
        "低于全市平均水平2微克/立方米,同比下降8.7%;PM10月均浓度为38微克/立方米,同比下降5.0%。"
        "在全市9个区县(市)中,雨花区空气质量综合指数排名第3。\n"
        "2022年1-7月,雨花区环境空气质量优良天数为181天,优良率85.4%;PM2.5累计平均浓度为39微克/立方米,同比下降4.9%。"
        "全市同期PM2.5平均浓度为41微克/立方米。",
        {},
        [
            _a("good_air_days", "level", 30, 2022, "M7"),
            _a("good_air_rate", "level", 96.8, 2022, "M7"),
            _a("good_air_rate", "pp_change", 3.2, 2022, "M7"),
            _a("pm25", "level", 21, 2022, "M7"),
            _a("pm25", "yoy_pct", -8.7, 2022, "M7"),
            _a("pm10", "level", 38, 2022, "M7"),
            _a("pm10", "yoy_pct", -5.0, 2022, "M7"),
            _a("good_air_days", "level", 181, 2022, "M1-M7"),
            _a("good_air_rate", "level", 85.4, 2022, "M1-M7"),
            _a("pm25", "level", 39, 2022, "M1-M7"),
            _a("pm25", "yoy_pct", -4.9, 2022, "M1-M7"),
        ],
    ),
    (
        "bulletin_month_air_and_water",
        "青川县2024年3月环境质量月报\n"
        "一、环境空气质量\n"
        "3月份,县城环境空气质量有效监测天数31天,其中优良30天,优良天数比例为96.8%,较上年同期上升6.5个百分点。"
        "PM2.5月均浓度为27μg/m³,较上月下降15.6%,较上年同期下降10.0%;PM10月均浓度为0.049mg/m³,较上年同期上升2.1%。\n"
        "二、地表水环境质量\n"
        "本月监测4个省控断面,断面水质达标率为100%。\n"
        "三、集中式饮用水水源地水质\n"
        "本月对县城2个集中式饮用水水源地开展监测,水质达标率为100%。",
        {"year": 2024, "report_date": "2024-04-09"},
        [
            _a("good_air_days", "level", 30, 2024, "M3"),
            _a("good_air_rate", "level", 96.8, 2024, "M3"),
            _a("good_air_rate", "pp_change", 6.5, 2024, "M3"),
            _a("pm25", "level", 27, 2024, "M3"),
            _a("pm25", "yoy_pct", -10.0, 2024, "M3"),
            _a("pm10", "level", 49, 2024, "M3"),
            _a("pm10", "yoy_pct", 2.1, 2024, "M3"),
            _a("surface_water_rate", "level", 100, 2024, "M3"),
            _a("drinking_water_rate", "level", 100, 2024, "M3"),
        ],
    ),
    (
        "bulletin_cumulative_with_month",
        "2023年1-9月全区环境质量状况\n"
        "一、空气质量\n"
        "1-9月,全区环境空气质量优良天数为251天,同比增加9天,优良率为91.9%,同比上升3.3个百分点。"
        "细颗粒物(PM2.5)平均浓度为28微克/立方米,同比下降6.7%;可吸入颗粒物(PM10)平均浓度为51微克/立方米。\n"
        "9月份,全区优良天数为29天,优良率为96.7%。\n"
        "二、水环境质量\n"
        "(一)地表水\n"
        "全区3个国考断面水质达标率为100%。\n"
        "(二)饮用水水源地\n"
        "全区集中式饮用水水源地水质达标率保持100%。",
        {"year": 2023, "report_date": "2023-10-12"},
        [
            _a("good_air_days", "level", 251, 2023, "M1-M9"),
            _a("good_air_rate", "level", 91.9, 2023, "M1-M9"),
            _a("good_air_rate", "pp_change", 3.3, 2023, "M1-M9"),
            _a("pm25", "level", 28, 2023, "M1-M9"),
            _a("pm25", "yoy_pct", -6.7, 2023, "M1-M9"),
            _a("pm10", "level", 51, 2023, "M1-M9"),
            _a("good_air_days", "level", 29, 2023, "M9"),
            _a("good_air_rate", "level", 96.7, 2023, "M9"),
            _a("surface_water_rate", "level", 100, 2023, "M1-M9"),
            _a("drinking_water_rate", "level", 100, 2023, "M1-M9"),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bulletin_passage(case):
    _id, text, meta, expected = case
    got = _keys(_facts(text, meta))
    want = {(a, b, round(float(v), 6), y, s, k, p) for a, b, v, y, s, k, p in expected}
    assert got == want, f"missing {want - got}; extra {got - want}"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("湘潭县2022年3月地表水水质月报\n本月对全县5个地表水断面开展监测,县城集中式饮用水水源地水质达标率100%。", 2022),
        ("湘潭县2021年12月环境空气质量状况\n发布时间:2022-01-10\n12月份,全县PM2.5浓度为38微克/立方米。", 2021),
        ("湘潭县环境质量月报(2023年9月)\n本月全县环境空气质量优良天数为28天。", 2023),
    ],
)
def test_bulletin_title_gives_type_and_year(text, year):
    """An air or water bulletin is an 环境质量公报 of the year its title names (not its publication's)."""
    meta = document_from_text(text, "env").meta
    assert (meta.report_type, meta.year, meta.region) == ("环境质量公报", year, "湘潭县")
