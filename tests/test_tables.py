"""Plain-text tables (issue 15, class 6): passages written for each table construction.

Each case gives the facts it must yield (indicator, measure, value, year, subperiod) and keys it must
not yield (a prefix of indicator, measure, value, year, subperiod). Every fact of a table must be one
of the expected facts (a table gives nothing it was not asked for): a column whose measure, year or
part of the year the header does not decide is not read, nor a row of another place.
"""

from __future__ import annotations

import pandas as pd
import pytest
from passages import na, passage_facts

from govkit.facts.extract import extract_document
from govkit.pipeline.corpus import document_from_text
from govkit.text.tables import cells, find_tables, is_row

META = {"year": 2021, "report_date": "2022-02-15", "region": "青山县", "level": "county"}

CASES: list[dict] = [
    # ---- a header of measures over rows of indicators
    {
        "id": "measures_pipe_unit_column_rule_masked_blank",
        "text": (
            "表2 2022年1-9月主要经济指标\n"
            "| 指标 | 单位 | 1-9月 | 比上年同期增长(%) |\n"
            "|---|---|---|---|\n"
            "| 一般公共预算收入 | 万元 | 38650 | 4.3 |\n"
            "| 社会消费品零售总额 | 亿元 | 52.7 | ** |\n"
            "| 规模以上工业增加值 | 亿元 |  | 8.1 |"
        ),
        "meta": {"year": 2022},
        "facts": [
            ("general_budget_revenue", "level", 3.865, 2022, "Q1-Q3"),
            ("general_budget_revenue", "yoy_pct", 4.3, 2022, "Q1-Q3"),
            ("retail_sales", "level", 52.7, 2022, "Q1-Q3"),
            ("industrial_va", "yoy_pct", 8.1, 2022, "Q1-Q3"),
        ],
        "masked": [("retail_sales", "yoy_pct", 2022, "Q1-Q3")],
        "absent": [("industrial_va", "level"), ("general_budget_revenue", "level", 38650.0)],
    },
    {
        "id": "measures_space_percent_sign_in_header",
        "text": (
            "全县主要指标完成情况\n项目 总量(亿元) 增长%\n地区生产总值 88.6 6.9%\n固定资产投资 41.2 -2.5%\n第三产业增加值 37.9 7.7%"
        ),
        "facts": [
            ("gdp", "level", 88.6, 2021, ""),
            ("gdp", "yoy_pct", 6.9, 2021, ""),
            ("fai", "level", 41.2, 2021, ""),
            ("fai", "yoy_pct", -2.5, 2021, ""),
            ("tertiary_va", "level", 37.9, 2021, ""),
            ("tertiary_va", "yoy_pct", 7.7, 2021, ""),
        ],
        "absent": [],
    },
    {
        "id": "measures_city_table_in_county_report",
        "text": (
            "全市主要经济指标\n指标 | 绝对值 | 增长(%)\n地区生产总值(亿元) | 2310.5 | 6.0\n一般公共预算收入(亿元) | 160.2 | 3.1"
        ),
        "facts": [],
        "absent": [("gdp",), ("general_budget_revenue",)],
    },
    {
        "id": "measures_growth_of_a_month_not_understood",
        "text": (
            "2023年5月经济运行\n指标 | 1-5月 | 增长(%) | 上年同期\n"
            "规模以上工业增加值(亿元) | 12.4 | 5.2 | 11.8\n一般公共预算收入(亿元) | 2.31 | -1.7 | 2.35"
        ),
        "meta": {"year": 2023},
        "facts": [
            ("industrial_va", "level", 12.4, 2023, "M1-M5"),
            ("industrial_va", "yoy_pct", 5.2, 2023, "M1-M5"),
            ("industrial_va", "level", 11.8, 2022, "M1-M5"),
            ("general_budget_revenue", "level", 2.31, 2023, "M1-M5"),
            ("general_budget_revenue", "yoy_pct", -1.7, 2023, "M1-M5"),
            ("general_budget_revenue", "level", 2.35, 2022, "M1-M5"),
        ],
        "absent": [("industrial_va", "level", 11.8, 2022, "")],
    },
    # ---- years as columns
    {
        "id": "years_space_three_columns_placeholder",
        "text": (
            "指标 2019年 2020年 2021年\n"
            "地区生产总值(亿元) 101.2 98.7 110.3\n"
            "城镇居民人均可支配收入(元) 31020 32100 34480\n"
            "一般公共预算收入(亿元) 6.1 -- 6.9"
        ),
        "facts": [
            ("gdp", "level", 101.2, 2019, ""),
            ("gdp", "level", 98.7, 2020, ""),
            ("gdp", "level", 110.3, 2021, ""),
            ("urban_income", "level", 31020.0, 2019, ""),
            ("urban_income", "level", 34480.0, 2021, ""),
            ("urban_income", "level", 32100.0, 2020, ""),
            ("general_budget_revenue", "level", 6.1, 2019, ""),
            ("general_budget_revenue", "level", 6.9, 2021, ""),
        ],
        "absent": [("general_budget_revenue", "level", None, 2020)],
    },
    {
        "id": "years_pipe_bare_years",
        "text": "| 年份 | 2020 | 2021 |\n| 森林覆盖率(%) | 58.3 | 58.9 |\n| 空气质量优良天数(天) | 330 | 341 |",
        "facts": [
            ("forest_coverage", "level", 58.3, 2020, ""),
            ("forest_coverage", "level", 58.9, 2021, ""),
            ("good_air_days", "level", 330.0, 2020, ""),
            ("good_air_days", "level", 341.0, 2021, ""),
        ],
        "absent": [],
    },
    {
        "id": "years_space_blank_cell_row_not_read",
        "text": "指标  2020年  2021年\n森林覆盖率(%)  61.5\n空气质量优良率(%)  88.2  90.1\n空气质量优良天数(天)  322  329",
        "facts": [
            ("good_air_rate", "level", 88.2, 2020, ""),
            ("good_air_rate", "level", 90.1, 2021, ""),
            ("good_air_days", "level", 322.0, 2020, ""),
            ("good_air_days", "level", 329.0, 2021, ""),
        ],
        "absent": [("forest_coverage",)],
    },
    # ---- parts of the year as columns
    {
        "id": "subperiod_first_half_pipe",
        "text": (
            "2022年上半年主要指标\n| 指标 | 上半年 | 增速(%) |\n| 社会消费品零售总额(亿元) | 23.5 | 4.4 |\n"
            "| 城镇居民人均可支配收入(元) | 16820 | 5.9 |"
        ),
        "meta": {"year": 2022},
        "facts": [
            ("retail_sales", "level", 23.5, 2022, "H1"),
            ("retail_sales", "yoy_pct", 4.4, 2022, "H1"),
            ("urban_income", "level", 16820.0, 2022, "H1"),
            ("urban_income", "yoy_pct", 5.9, 2022, "H1"),
        ],
        "absent": [("retail_sales", "level", None, 2022, "")],
    },
    {
        "id": "subperiod_year_and_months_in_header",
        "text": "指标名称 2023年1-3月 同比(%)\n地区生产总值(亿元) 30.6 5.1\n固定资产投资(亿元) 12.2 8.8",
        "meta": {"year": 2023},
        "facts": [
            ("gdp", "level", 30.6, 2023, "Q1"),
            ("gdp", "yoy_pct", 5.1, 2023, "Q1"),
            ("fai", "level", 12.2, 2023, "Q1"),
            ("fai", "yoy_pct", 8.8, 2023, "Q1"),
        ],
        "absent": [],
    },
    # ---- every county's row: only the report's own
    {
        "id": "own_row_two_indicators_with_growth",
        "text": (
            "各县(市、区)主要指标\n"
            "| 县(市、区) | 地区生产总值(亿元) | 增长(%) | 一般公共预算收入(亿元) | 增长(%) |\n"
            "| 全市 | 1520.3 | 5.6 | 98.1 | 3.2 |\n"
            "| 白水县 | 210.4 | 5.1 | 11.2 | 2.7 |\n"
            "| 青山县 | 186.2 | 6.3 | 9.4 | 4.1 |\n"
            "| 合计 | 396.6 | 5.7 | 20.6 | 3.3 |"
        ),
        "facts": [
            ("gdp", "level", 186.2, 2021, ""),
            ("gdp", "yoy_pct", 6.3, 2021, ""),
            ("general_budget_revenue", "level", 9.4, 2021, ""),
            ("general_budget_revenue", "yoy_pct", 4.1, 2021, ""),
        ],
        "absent": [("gdp", "level", 1520.3), ("gdp", "level", 210.4), ("gdp", "level", 396.6)],
    },
    {
        "id": "own_row_city_total_in_city_report",
        "text": "2021年各区县空气质量\n区县 PM2.5 优良天数\n全市 33 318\n东城区 35 310\n西岭县 30 326",
        "meta": {"region": "宁州市", "level": "city"},
        "facts": [("pm25", "level", 33.0, 2021, ""), ("good_air_days", "level", 318.0, 2021, "")],
        "absent": [("pm25", "level", 35.0), ("pm25", "level", 30.0)],
    },
    {
        "id": "own_row_short_name",
        "text": "2021年各县农民收入\n县别 | 农村居民人均可支配收入(元) | 增长(%)\n白水 | 14210 | 9.8\n青山 | 13650 | 10.4",
        "facts": [("rural_income", "level", 13650.0, 2021, ""), ("rural_income", "yoy_pct", 10.4, 2021, "")],
        "absent": [("rural_income", "level", 14210.0)],
    },
    {
        "id": "measures_sub_items",
        "text": (
            "2021年全县主要经济指标\n指标 | 绝对值 | 增长(%)\n地区生产总值(亿元) | 126.4 | 6.2\n"
            "其中:第一产业增加值(亿元) | 18.1 | 3.5\n# 第二产业增加值(亿元) | 40.2 | 5.9\n固定资产投资(亿元) | 88.1 | 9.7"
        ),
        "facts": [
            ("gdp", "level", 126.4, 2021, ""),
            ("gdp", "yoy_pct", 6.2, 2021, ""),
            ("primary_va", "level", 18.1, 2021, ""),
            ("primary_va", "yoy_pct", 3.5, 2021, ""),
            ("secondary_va", "level", 40.2, 2021, ""),
            ("secondary_va", "yoy_pct", 5.9, 2021, ""),
            ("fai", "level", 88.1, 2021, ""),
            ("fai", "yoy_pct", 9.7, 2021, ""),
        ],
        "absent": [],
    },
    {
        "id": "measures_rate_growth_not_read",
        "text": "指标 | 本年 | 增长(%)\n城镇登记失业率(%) | 3.2 | -0.1\n一般公共预算收入(亿元) | 7.6 | 4.8",
        "facts": [
            ("unemployment_rate", "level", 3.2, 2021, ""),
            ("general_budget_revenue", "level", 7.6, 2021, ""),
            ("general_budget_revenue", "yoy_pct", 4.8, 2021, ""),
        ],
        "absent": [("unemployment_rate", "yoy_pct"), ("unemployment_rate", "pp_change")],
    },
    {
        "id": "measures_word_in_undecided_column_not_read",
        "text": "指标 | 地区 | 数值\n地区生产总值(亿元) | 全市 | 2310\n地区生产总值(亿元) | 全县 | 110.3",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "measures_part_year_report_without_table_title",
        "text": (
            "2022年上半年全县经济运行情况\n上半年,全县经济运行总体平稳,主要指标如下表。\n"
            "指标 | 绝对值 | 增长(%)\n地区生产总值(亿元) | 61.3 | 4.6\n固定资产投资(亿元) | 25.8 | 9.1"
        ),
        "meta": {"year": 2022},
        "facts": [
            ("gdp", "level", 61.3, 2022, "H1"),
            ("gdp", "yoy_pct", 4.6, 2022, "H1"),
            ("fai", "level", 25.8, 2022, "H1"),
            ("fai", "yoy_pct", 9.1, 2022, "H1"),
        ],
        "absent": [("gdp", "level", 61.3, 2022, "")],
    },
    # ---- a column of years (long form) or rows labelled by bare years
    {
        "id": "years_column_long_form",
        "text": "指标 | 年份 | 数值\n地区生产总值(亿元) | 2020 | 98.7\n地区生产总值(亿元) | 2021 | 110.3\n森林覆盖率(%) | 2021年 | 62.4",
        "facts": [
            ("gdp", "level", 98.7, 2020, ""),
            ("gdp", "level", 110.3, 2021, ""),
            ("forest_coverage", "level", 62.4, 2021, ""),
        ],
        "absent": [("gdp", "level", 98.7, 2021)],
    },
    {
        "id": "years_column_beside_dated_columns_not_read",
        "text": "指标 | 年份 | 2021年\n地区生产总值(亿元) | 2020 | 98.7\n固定资产投资(亿元) | 2020 | 41.0",
        "facts": [],
        "absent": [("gdp",), ("fai",)],
    },
    {
        "id": "years_bare_year_rows_growth_beside",
        "text": "年份  地区生产总值(亿元)  增长(%)\n2020  98.7  3.1\n2021  110.3  7.2",
        "facts": [
            ("gdp", "level", 98.7, 2020, ""),
            ("gdp", "yoy_pct", 3.1, 2020, ""),
            ("gdp", "level", 110.3, 2021, ""),
            ("gdp", "yoy_pct", 7.2, 2021, ""),
        ],
        "absent": [],
    },
    # ---- one cell per line (tables of DOCX, HTML or PDF pages)
    {
        "id": "cells_blank_line_between_every_cell",
        "text": (
            "2021年主要生态指标\n\n指标\n\n2020年\n\n2021年\n\n森林覆盖率(%)\n\n60.1\n\n61.0\n\n"
            "空气质量优良天数(天)\n\n318\n\n326\n\n二、水环境质量持续稳定。"
        ),
        "facts": [
            ("forest_coverage", "level", 60.1, 2020, ""),
            ("forest_coverage", "level", 61.0, 2021, ""),
            ("good_air_days", "level", 318.0, 2020, ""),
            ("good_air_days", "level", 326.0, 2021, ""),
        ],
        "absent": [],
    },
    {
        "id": "cells_rows_separated_by_blank_lines_unit_column",
        "text": (
            "2022年1-6月主要经济指标\n\n指标\n单位\n1-6月\n同比增长(%)\n\n地区生产总值\n亿元\n56.2\n6.1\n\n"
            "固定资产投资\n亿元\n21.4\n-3.2\n\n一般公共预算收入\n万元\n15230\n2.2"
        ),
        "meta": {"year": 2022},
        "facts": [
            ("gdp", "level", 56.2, 2022, "H1"),
            ("gdp", "yoy_pct", 6.1, 2022, "H1"),
            ("fai", "level", 21.4, 2022, "H1"),
            ("fai", "yoy_pct", -3.2, 2022, "H1"),
            ("general_budget_revenue", "level", 1.523, 2022, "H1"),
            ("general_budget_revenue", "yoy_pct", 2.2, 2022, "H1"),
        ],
        "absent": [],
    },
    {
        "id": "cells_own_county_row",
        "text": "县区\n\nPM2.5\n\n优良天数\n\n白水县\n\n35\n\n300\n\n青山县\n\n31\n\n320",
        "facts": [("pm25", "level", 31.0, 2021, ""), ("good_air_days", "level", 320.0, 2021, "")],
        "absent": [("pm25", "level", 35.0), ("good_air_days", "level", 300.0)],
    },
    {
        "id": "cells_irregular_first_row_not_read",
        "text": "指标\n\n2020年\n\n2021年\n\n地区生产总值(亿元)\n\n56.2\n\n固定资产投资(亿元)\n\n21.4\n\n23.0",
        "facts": [],
        "absent": [("gdp",), ("fai",)],
    },
    # ---- tables of targets (review 1a): never read as actuals
    {
        "id": "plan_title_target_column_not_read",
        "text": "明年主要预期目标\n指标 | 单位 | 今年预计 | 明年目标 | 增长(%)\n地区生产总值 | 亿元 | 210.4 | 224 | 7.0\n固定资产投资 | 亿元 | 96 | 101 | 5.5",
        "facts": [],
        "absent": [("gdp",), ("fai",)],
    },
    {
        "id": "plan_header_without_level_column_not_read",
        "text": "表3 主要指标\n项目 计划数 增长%\n社会消费品零售总额 48.0 8.0%\n一般公共预算收入 6.2 4.0%",
        "facts": [],
        "absent": [("retail_sales",), ("general_budget_revenue",)],
    },
    {
        "id": "yoy_without_level_column_not_read",
        "text": "表5 主要经济指标增速\n指标 | 增长(%)\n地区生产总值 | 6.2\n规模以上工业增加值 | 7.9",
        "facts": [],
        "absent": [("gdp", "yoy_pct"), ("industrial_va", "yoy_pct")],
    },
    # ---- monthly tables (review 1b, 1c): 环比 and 上期 are not last year; 本月 is the report's month
    {
        "id": "month_on_month_and_previous_period_not_read",
        "text": "青山县2021年5月环境空气质量月报\n指标 | 当月 | 上期 | 环比(%)\nPM10(微克/立方米) | 52 | 60 | -13.3\nPM2.5(微克/立方米) | 30 | 33 | -9.1",
        "facts": [("pm10", "level", 52.0, 2021, "M5"), ("pm25", "level", 30.0, 2021, "M5")],
        "absent": [("pm10", "yoy_pct"), ("pm10", "level", 60.0), ("pm25", "yoy_pct"), ("pm25", "level", 33.0)],
    },
    {
        "id": "this_month_and_cumulative_each_with_its_change",
        "text": (
            "青山县2021年7月环境质量通报\n项目 当月 去年同期 同比(%) 1-7月 去年同期 同比(%)\n"
            "PM10(微克/立方米) 40 44 -9.1 55 58 -5.2"
        ),
        "facts": [
            ("pm10", "level", 40.0, 2021, "M7"),
            ("pm10", "level", 44.0, 2020, "M7"),
            ("pm10", "yoy_pct", -9.1, 2021, "M7"),
            ("pm10", "level", 55.0, 2021, "M1-M7"),
            ("pm10", "level", 58.0, 2020, "M1-M7"),
            ("pm10", "yoy_pct", -5.2, 2021, "M1-M7"),
        ],
        "absent": [],
    },
    {
        "id": "change_beside_undecided_column_not_read",
        "text": "表2 主要指标\n指标 | 县城区 | 上年同期 | 同比(%) | 2021年 | 增长(%)\nPM10(微克/立方米) | 48 | 50 | -4.0 | 51 | -3.8",
        "facts": [("pm10", "level", 51.0, 2021, ""), ("pm10", "yoy_pct", -3.8, 2021, "")],
        "absent": [("pm10", "yoy_pct", -4.0), ("pm10", "level", 50.0), ("pm10", "level", 48.0)],
    },
    # ---- the unit of a whole table (review 1f): a 单位 caption, else no level of a sum of money
    {
        "id": "caption_unit_line_above_header",
        "text": "青山县2021年财政收支\n(单位:万元)\n项目 | 2020年 | 2021年\n一般公共预算收入 | 52000 | 56500",
        "facts": [
            ("general_budget_revenue", "level", 5.2, 2020, ""),
            ("general_budget_revenue", "level", 5.65, 2021, ""),
        ],
        "absent": [("general_budget_revenue", "level", 56500.0)],
    },
    {
        "id": "caption_unit_in_title_of_indicator_columns",
        "text": "各乡镇财政收入(单位：万元)\n乡镇 | 一般公共预算收入\n青山县 | 43000\n白水县 | 12000",
        "facts": [("general_budget_revenue", "level", 4.3, 2021, "")],
        "absent": [("general_budget_revenue", "level", 43000.0), ("general_budget_revenue", "level", 1.2)],
    },
    {
        "id": "no_unit_anywhere_money_level_not_read",
        "text": "表4 主要指标\n指标 | 2021年 | 增长(%)\n社会消费品零售总额 | 64200 | 9.1\n城镇登记失业率(%) | 3.1 | -0.2",
        "facts": [("retail_sales", "yoy_pct", 9.1, 2021, ""), ("unemployment_rate", "level", 3.1, 2021, "")],
        "absent": [("retail_sales", "level")],
    },
    # ---- 同比 rows (review 1g): of the row read above only; of a rate only when it is the relative change
    {
        "id": "change_row_under_other_place_not_read",
        "text": "表1 2021年环境空气质量\n点位 PM10(微克/立方米) 优良率(%)\n白水县 66 80.1\n同比 -5.7% 1.2",
        "facts": [],
        "absent": [("pm10",), ("good_air_rate",)],
    },
    {
        "id": "change_row_of_rate_in_points_not_read",
        "text": "年份 PM10(微克/立方米) 优良率(%)\n2020年 70 82.0\n2021年 63 84.0\n同比 -10.0% 2.0",
        "facts": [
            ("pm10", "level", 70.0, 2020, ""),
            ("pm10", "level", 63.0, 2021, ""),
            ("pm10", "yoy_pct", -10.0, 2021, ""),
            ("good_air_rate", "level", 82.0, 2020, ""),
            ("good_air_rate", "level", 84.0, 2021, ""),
        ],
        "absent": [("good_air_rate", "yoy_pct")],
    },
    {
        "id": "change_row_of_rate_relative_is_read",
        "text": "年份 优良率(%) PM2.5(微克/立方米)\n2020年 80.0 40\n2021年 84.0 36\n同比 5.0% -10.0%",
        "facts": [
            ("good_air_rate", "level", 80.0, 2020, ""),
            ("good_air_rate", "level", 84.0, 2021, ""),
            ("good_air_rate", "yoy_pct", 5.0, 2021, ""),
            ("pm25", "level", 40.0, 2020, ""),
            ("pm25", "level", 36.0, 2021, ""),
            ("pm25", "yoy_pct", -10.0, 2021, ""),
        ],
        "absent": [],
    },
    # ---- a table under a plan heading (review 1a): not read
    {
        "id": "table_under_plan_heading_not_read",
        "text": "三、2022年工作安排\n(一)主要指标\n指标 | 2022年 | 增长(%)\n地区生产总值(亿元) | 240 | 7.0",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "table_under_review_heading_read",
        "text": "一、2021年工作回顾\n(一)主要指标\n指标 | 2021年 | 增长(%)\n地区生产总值(亿元) | 226 | 6.8",
        "facts": [("gdp", "level", 226.0, 2021, ""), ("gdp", "yoy_pct", 6.8, 2021, "")],
        "absent": [],
    },
]


def _sub(s: str) -> str:
    """Equal parts of the year are equal (H1 == M1-M6, Q1 == M1-M3), as the scorer has them."""
    return {"M1-M6": "H1", "M1-M3": "Q1", "M1-M9": "Q1-Q3"}.get(s, s)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b)) + 1e-9


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_table_construction(case):
    f = passage_facts(case, META)
    got = [
        (r.indicator, r.measure, float(r.value), na(r.year), _sub(r.subperiod))
        for r in f.itertuples()
        if not pd.isna(r.value)
    ]
    for ind, meas, val, year, sub in case["facts"]:
        hits = [g for g in got if g[:2] == (ind, meas) and g[3:] == (year, sub) and _close(g[2], val)]
        assert hits, f"missing {(ind, meas, val, year, sub)}; got {got}"
    for g in got:
        assert any(g[:2] == (e[0], e[1]) and g[3:] == (e[3], e[4]) and _close(g[2], e[2]) for e in case["facts"]), (
            f"extra {g}"
        )
    for key in case["absent"]:
        for g in got:
            assert not all(k is None or k == v for k, v in zip(key, g)), f"{key} should not be a fact: {g}"
    masked = {(r.indicator, r.measure, na(r.year), _sub(r.subperiod)) for r in f.itertuples() if pd.isna(r.value)}
    for key in case.get("masked", []):
        assert key in masked, f"masked cell {key} not kept as a masked fact: {masked}"


def test_table_evidence_and_values_are_in_the_cleaned_text():
    for case in CASES:
        doc = document_from_text(case["text"], case["id"])
        doc.meta = doc.meta.replace(**{**META, **case.get("meta", {})})
        for r in extract_document(doc).itertuples():
            assert doc.text[r.evidence_start : r.evidence_end] == r.evidence
            assert doc.text[r.value_start : r.value_end] == r.value_text


def test_pipe_cells_keep_empty_places():
    assert cells("| 地区生产总值 | 126.4 |  | 6.2 |") == ["地区生产总值", "126.4", "", "6.2"]
    assert cells("地区生产总值  126.4   6.2") == ["地区生产总值", "126.4", "6.2"]
    assert is_row("| 2021年 | 62 | 35 |  | 85.8 |")


def test_prose_with_short_lines_is_not_a_table():
    text = "二、主要成效\n\n全年完成投资\n\n12.5\n\n亿元\n\n同比增长\n\n6.1\n\n%"
    assert find_tables(text) == []
    text = "2021年 全县\n实现生产总值 126.4\n增长 6.2"
    assert find_tables(text) == []


def _read_back(path) -> pd.DataFrame:
    import govkit

    doc = govkit.load_document(str(path))
    doc.meta = doc.meta.replace(**META)
    return extract_document(doc)


ROWS = [
    ("指标", "单位", "绝对值", "比上年增长(%)"),
    ("地区生产总值", "亿元", "126.4", "6.2"),
    ("固定资产投资", "亿元", "88.1", "9.7"),
]
WANT = {("gdp", "level", 126.4), ("gdp", "yoy_pct", 6.2), ("fai", "level", 88.1), ("fai", "yoy_pct", 9.7)}


def test_html_table_is_read_cell_by_cell(tmp_path):
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    path = tmp_path / "qingshan.html"
    path.write_text(
        f"<html><body><p>2021年,全县经济平稳运行。</p><p>表1 2021年主要经济指标</p><table>{body}</table>"
        "<p>全年粮食产量12.5万吨。</p></body></html>",
        encoding="utf-8",
    )
    f = _read_back(path)
    got = {
        (r.indicator, r.measure, r.value) for r in f.itertuples() if r.year == 2021 and r.indicator in ("gdp", "fai")
    }
    assert got == WANT


def test_docx_table_is_read_cell_by_cell(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("2021年,全县经济平稳运行。")
    d.add_paragraph("表1 2021年主要经济指标")
    table = d.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph("全年粮食产量12.5万吨。")
    path = tmp_path / "qingshan.docx"
    d.save(str(path))
    f = _read_back(path)
    got = {
        (r.indicator, r.measure, r.value) for r in f.itertuples() if r.year == 2021 and r.indicator in ("gdp", "fai")
    }
    assert got == WANT
