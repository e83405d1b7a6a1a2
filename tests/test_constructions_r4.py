"""Constructions of the number-and-shape probe (session 4): shared figures, absolute changes between a
subject and its growth, percentages written out, 今年 under a plan heading with its year, and the
number and unit shapes of other provinces' reports (万元/万亿元, full-width digits, negative growth,
ranks after a figure, per-capita and split incomes).

Each case is a passage written for the construction (not copied from a dev set): its meta, the facts it
must give (indicator, measure, value, year, subperiod, kind, period_start) and the keys it must not give
((indicator, measure) or (indicator, measure, value)).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2021, "report_date": "2022-01-12", "region": "涟水县", "level": "county"}

CASES: list[dict] = [
    # ---- one figure shared by subjects listed before it (A和B均增长X%)
    {
        "id": "shared_two_growths",
        "text": "2021年,全县规模以上工业增加值和固定资产投资均增长10%。",
        "facts": [
            ("industrial_va", "yoy_pct", 10.0, 2021, "", "actual", None),
            ("fai", "yoy_pct", 10.0, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "shared_three_growths_tongbi",
        "text": "2021年,规模以上工业增加值、固定资产投资和社会消费品零售总额同比均增长9.5%,地区生产总值年均增长8%。",
        "facts": [
            ("industrial_va", "yoy_pct", 9.5, 2021, "", "actual", None),
            ("fai", "yoy_pct", 9.5, 2021, "", "actual", None),
            ("retail_sales", "yoy_pct", 9.5, 2021, "", "actual", None),
            ("gdp", "cagr_pct", 8.0, 2021, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct")],
    },
    {
        # a compound subject (城乡居民…) shares a figure after 均, not after 年均 or 平均 (one cue for both)
        "id": "compound_shares_after_jun_only",
        "text": (
            "2021年,城乡居民人均可支配收入均增长9%。"
            "五年来,城乡居民人均可支配收入年均增长8.2%。"
            "五年来,城乡居民人均可支配收入平均增长8.4%。"
        ),
        "facts": [
            ("urban_income", "yoy_pct", 9.0, 2021, "", "actual", None),
            ("rural_income", "yoy_pct", 9.0, 2021, "", "actual", None),
        ],
        "absent": [
            ("urban_income", "cagr_pct", 8.2),
            ("rural_income", "cagr_pct", 8.2),
            ("urban_income", "cagr_pct", 8.4),
            ("rural_income", "cagr_pct", 8.4),
            ("urban_income", "yoy_pct", 8.4),  # 平均增长 is read as a growth: not the members' either
            ("rural_income", "yoy_pct", 8.4),
        ],
    },
    {
        "id": "shared_rates_level",
        "text": "2021年,全县集中式饮用水源地水质达标率和地表水考核断面达标率均为100%。",
        "facts": [
            ("drinking_water_rate", "level", 100.0, 2021, "", "actual", None),
            ("surface_water_rate", "level", 100.0, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "shared_word_not_a_daily_average",
        "text": "2021年,全县接待游客和旅游综合收入日均增长12%。规模以上工业增加值和固定资产投资年均增长8%。",
        "facts": [],
        "absent": [("tourist_visits", "yoy_pct"), ("industrial_va", "cagr_pct"), ("industrial_va", "yoy_pct")],
    },
    {
        "id": "shared_with_non_catalog_member",
        "text": "2021年,全县税收收入和一般公共预算收入均增长9.1%。",
        "facts": [("general_budget_revenue", "yoy_pct", 9.1, 2021, "", "actual", None)],
        "absent": [("fiscal_revenue", "yoy_pct")],
    },
    # ---- an absolute change between a subject and its growth (同比增收1.2亿元, 比年初增加32.1亿元)
    {
        "id": "absolute_change_zengshou",
        "text": "2021年,全县财政总收入完成12.3亿元,同比增收1.2亿元,增长10.8%。",
        "facts": [
            ("fiscal_revenue", "level", 12.3, 2021, "", "actual", None),
            ("fiscal_revenue", "yoy_pct", 10.8, 2021, "", "actual", None),
        ],
        "absent": [("fiscal_revenue", "level", 1.2)],
    },
    {
        "id": "absolute_change_since_year_start",
        "text": "年末金融机构各项贷款余额268.4亿元,比年初增加32.1亿元,增长13.6%。",
        "facts": [
            ("loan_balance", "level", 268.4, 2021, "", "actual", None),
            ("loan_balance", "yoy_pct", 13.6, 2021, "", "actual", None),
        ],
        "absent": [("loan_balance", "level", 32.1)],
    },
    {
        "id": "absolute_change_zengchan",
        "text": "全年粮食总产量45.6万吨,比上年增产1.2万吨,增长2.7%;农村居民人均可支配收入15678元,比上年增收1234元。",
        "facts": [
            ("grain_output", "level", 45.6, 2021, "", "actual", None),
            ("grain_output", "yoy_pct", 2.7, 2021, "", "actual", None),
            ("rural_income", "level", 15678.0, 2021, "", "actual", None),
        ],
        "absent": [("grain_output", "level", 1.2), ("rural_income", "level", 1234.0)],
    },
    # ---- percentages written out (百分之八点五)
    {
        "id": "percent_written_out",
        "text": "2021年,全县地区生产总值增长百分之八点五,一般公共预算收入增长百分之十。",
        "facts": [
            ("gdp", "yoy_pct", 8.5, 2021, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 10.0, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "percent_written_out_sentence_without_digits",
        "text": "全县地区生产总值增长百分之八点五,一般公共预算收入增长百分之十,三分之二的行政村通了公交。",
        "facts": [
            ("gdp", "yoy_pct", 8.5, 2021, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 10.0, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "percent_written_out_whole_and_decimal",
        "text": "2021年,全县农村卫生厕所普及率达到百分之百,森林覆盖率达到百分之六十二点三。",
        "facts": [
            ("rural_toilet_rate", "level", 100.0, 2021, "", "actual", None),
            ("forest_coverage", "level", 62.3, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 今年 under a plan heading that printed its year
    {
        "id": "this_year_under_dated_plan_heading",
        "text": "二、2022年主要目标\n今年经济社会发展的主要预期目标是:地区生产总值增长6%-7%,固定资产投资增长8%以上。",
        "meta": {"year": 2022, "report_date": ""},
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2022, "", "target", None),
            ("fai", "yoy_pct", 8.0, 2022, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2023)],
    },
    {
        "id": "this_year_under_dated_work_heading",
        "text": "三、2023年工作安排\n今年全县地区生产总值力争增长6.5%左右,一般公共预算收入增长5%。",
        "meta": {"year": 2023, "report_date": ""},
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2023, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.5, 2024)],
    },
    {
        "id": "this_year_under_undated_plan_heading",
        "text": "一、2021年工作回顾\n全县地区生产总值增长8.1%。\n二、今后工作安排\n今年全县地区生产总值增长6%左右。",
        "facts": [
            ("gdp", "yoy_pct", 8.1, 2021, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2022, "", "target", None),
        ],
        "absent": [],
    },
    # ---- the level reached after a change in percentage points (下降2.3个百分点至0.85%)
    {
        "id": "pp_change_then_level_to",
        "text": "2021年,全县贫困发生率下降2.3个百分点至0.85%。",
        "facts": [
            ("poverty_incidence", "pp_change", -2.3, 2021, "", "actual", None),
            ("poverty_incidence", "level", 0.85, 2021, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "yoy_pct")],
    },
    {
        "id": "pp_change_up_then_level_dao",
        "text": "2021年,全县空气质量优良率提高1.5个百分点到92.1%,城镇登记失业率下降0.3个百分点,为2.8%。",
        "facts": [
            ("good_air_rate", "pp_change", 1.5, 2021, "", "actual", None),
            ("good_air_rate", "level", 92.1, 2021, "", "actual", None),
            ("unemployment_rate", "pp_change", -0.3, 2021, "", "actual", None),
            ("unemployment_rate", "level", 2.8, 2021, "", "actual", None),
        ],
        "absent": [("good_air_rate", "yoy_pct"), ("unemployment_rate", "yoy_pct")],
    },
    # ---- a median income is not the (mean) income of the catalog
    {
        "id": "median_income_not_mean",
        "text": "2021年,全体居民人均可支配收入中位数28765元,增长9.2%;城镇常住居民人均可支配收入中位数41234元。",
        "facts": [],
        "absent": [("resident_income", "level"), ("resident_income", "yoy_pct"), ("urban_income", "level")],
    },
    {
        "id": "median_beside_mean",
        "text": "2021年,农民人均可支配收入中位数1.5万元,全体居民人均可支配收入31234元,增长8.8%。",
        "facts": [
            ("resident_income", "level", 31234.0, 2021, "", "actual", None),
            ("resident_income", "yoy_pct", 8.8, 2021, "", "actual", None),
        ],
        "absent": [("rural_income", "level")],
    },
    # ---- 负 right before a growth figure is its sign (增速为负3.2%)
    {
        "id": "negative_word_sign",
        "text": "2021年,全县固定资产投资增速为负3.2%,民间投资增长负5.1%,社会消费品零售总额增长3.2%。",
        "facts": [
            ("fai", "yoy_pct", -3.2, 2021, "", "actual", None),
            ("private_investment", "yoy_pct", -5.1, 2021, "", "actual", None),
            ("retail_sales", "yoy_pct", 3.2, 2021, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 3.2), ("private_investment", "yoy_pct", 5.1)],
    },
    {
        "id": "negative_word_level_untouched",
        "text": "2021年,全县城镇登记失业率为3.1%,负债率12.1%,规模以上工业增加值负增长2.3%。",
        "facts": [
            ("unemployment_rate", "level", 3.1, 2021, "", "actual", None),
            ("industrial_va", "yoy_pct", -2.3, 2021, "", "actual", None),
        ],
        "absent": [("unemployment_rate", "level", -3.1)],
    },
    # ---- a span right before an average rate continues the subject (…,五年年均增长9.8%)
    {
        "id": "span_average_continues_subject",
        "text": "2021年,全县实现生产总值123.4亿元,是2016年的1.6倍,五年年均增长9.8%。",
        "facts": [
            ("gdp", "level", 123.4, 2021, "", "actual", None),
            ("gdp", "cagr_pct", 9.8, 2021, "", "actual", 2017),
        ],
        "absent": [("gdp", "level", 1.6), ("gdp", "yoy_pct")],
    },
    {
        "id": "span_average_three_years",
        "text": "2021年,全县规模以上工业增加值86.2亿元,三年平均增长7.5%;社会消费品零售总额52.3亿元,增长9.1%,年平均增长8.8%。",
        "facts": [
            ("industrial_va", "level", 86.2, 2021, "", "actual", None),
            ("industrial_va", "cagr_pct", 7.5, 2021, "", "actual", 2019),
            ("retail_sales", "cagr_pct", 8.8, 2021, "", "actual", None),
            ("retail_sales", "yoy_pct", 9.1, 2021, "", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct")],
    },
    # ---- subsets and neighbours of catalog subjects
    {
        "id": "rural_pastoral_residents",
        "text": "2021年,全旗城镇常住居民人均可支配收入41234元,增长7.1%;农村牧区常住居民人均可支配收入18765元,增长9.5%。",
        "meta": {"region": "阿荣旗"},
        "facts": [
            ("urban_income", "level", 41234.0, 2021, "", "actual", None),
            ("rural_income", "level", 18765.0, 2021, "", "actual", None),
            ("rural_income", "yoy_pct", 9.5, 2021, "", "actual", None),
        ],
        "absent": [("resident_income", "level"), ("resident_income", "yoy_pct")],
    },
    {
        "id": "visitor_parts_not_total",
        "text": "2021年,全县接待游客356.2万人次,其中过夜游客45.6万人次,入境游客1.2万人次;境外游客0.8万人次。",
        "facts": [("tourist_visits", "level", 356.2, 2021, "", "actual", None)],
        "absent": [
            ("tourist_visits", "level", 45.6),
            ("tourist_visits", "level", 1.2),
            ("tourist_visits", "level", 0.8),
        ],
    },
    {
        "id": "air_rate_long_name_and_funds_from_outside",
        "text": "2021年,全县空气质量优良天数比率为85.2%,空气质量优良天数312天;实际到位省外资金45.6亿元,增长12.3%。",
        "facts": [
            ("good_air_rate", "level", 85.2, 2021, "", "actual", None),
            ("good_air_days", "level", 312.0, 2021, "", "actual", None),
            ("investment_attracted", "level", 45.6, 2021, "", "actual", None),
            ("investment_attracted", "yoy_pct", 12.3, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "pm_subscript_digits",
        "text": "2021年,全县PM₂.₅平均浓度32微克/立方米,同比下降5.9%;PM₁₀平均浓度51微克每立方米。",
        "facts": [
            ("pm25", "level", 32.0, 2021, "", "actual", None),
            ("pm25", "yoy_pct", -5.9, 2021, "", "actual", None),
            ("pm10", "level", 51.0, 2021, "", "actual", None),
        ],
        "absent": [("pm25", "level", 2.0), ("pm10", "level", 10.0)],
    },
    # ---- a target then the figure achieved (目标增长7%,实际增长7.5%; 目标任务8.5亿元,实际完成8.9亿元)
    {
        "id": "target_then_actual_growth",
        "text": "2021年,全县地区生产总值目标增长7%,实际增长7.5%;固定资产投资计划增长10%,实际下降2.1%。",
        "meta": {"report_type": "考核自查报告"},
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2021, "", "target", None),
            ("gdp", "yoy_pct", 7.5, 2021, "", "actual", None),
            ("fai", "yoy_pct", 10.0, 2021, "", "target", None),
            ("fai", "yoy_pct", -2.1, 2021, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.5, 2021, "", "target"), ("fai", "yoy_pct", -2.1, 2021, "", "target")],
    },
    {
        "id": "target_task_then_actual_level",
        "text": "2021年,全县一般公共预算收入目标任务8.5亿元,实际完成8.9亿元,完成目标任务的104.7%。",
        "meta": {"report_type": "考核自查报告"},
        "facts": [
            ("general_budget_revenue", "level", 8.5, 2021, "", "target", None),
            ("general_budget_revenue", "level", 8.9, 2021, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 104.7, 2021, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 8.5, 2021, "", "actual")],
    },
    # ---- a whole-year figure of a year that has not happened yet (a speech of January on 今年)
    {
        "id": "this_year_in_january_speech_is_a_goal",
        "text": "去年,全县GDP增长8.3%。今年,全县地区生产总值要力争增长7%,城镇登记失业率控制在4.5%以内。",
        "meta": {"year": 2021, "report_date": "2022-01-06", "report_type": "讲话"},
        "facts": [
            ("gdp", "yoy_pct", 8.3, 2021, "", "actual", None),
            ("gdp", "yoy_pct", 7.0, 2022, "", "target", None),
            ("unemployment_rate", "level", 4.5, 2022, "", "target", None),
        ],
        "absent": [("unemployment_rate", "level", 4.5, 2022, "", "actual")],
    },
    {
        "id": "this_year_in_july_speech_stays_actual",
        "text": "今年以来,全县规模以上工业增加值增长9.2%,城镇登记失业率为3.1%。",
        "meta": {"year": 2022, "report_date": "2022-07-15", "report_type": "讲话"},
        "facts": [("unemployment_rate", "level", 3.1, 2022, "", "actual", None)],
        "absent": [("unemployment_rate", "level", 3.1, 2022, "", "target")],
    },
    # ---- plain-text tables whose cells print thousands separators (38,765)
    {
        "id": "table_pipes_thousands_separators",
        "text": (
            "表1 2021年主要经济指标\n指标名称 | 单位 | 2021年 | 比上年增长(%)\n地区生产总值 | 万元 | 1,234,567 | 6.1\n"
            "城镇居民人均可支配收入 | 元 | 38,765 | 7.1\n森林覆盖率 | % | 62.3 | 0.5\n粮食总产量 | 吨 | 123,456 | 1.2"
        ),
        "facts": [
            ("gdp", "level", 123.4567, 2021, "", "actual", None),
            ("urban_income", "level", 38765.0, 2021, "", "actual", None),
            ("urban_income", "yoy_pct", 7.1, 2021, "", "actual", None),
            ("forest_coverage", "level", 62.3, 2021, "", "actual", None),
            ("grain_output", "level", 12.3456, 2021, "", "actual", None),
        ],
        "absent": [("urban_income", "level", 38.0), ("urban_income", "level", 765.0)],
    },
    {
        "id": "table_spaces_thousands_separators_two_years",
        "text": (
            "主要指标 2021年 2020年 增长(%)\n城镇居民人均可支配收入(元) 38,765 36,210 7.1\n"
            "农村居民人均可支配收入(元) 16,543 15,012 10.2"
        ),
        "facts": [
            ("urban_income", "level", 38765.0, 2021, "", "actual", None),
            ("urban_income", "level", 36210.0, 2020, "", "actual", None),
            ("rural_income", "level", 16543.0, 2021, "", "actual", None),
            ("rural_income", "yoy_pct", 10.2, 2021, "", "actual", None),
        ],
        "absent": [("rural_income", "level", 16.0), ("rural_income", "level", 543.0)],
    },
    # ---- a budget report's 收入总计/支出总计 (with transfers) is not the revenue or spending
    {
        "id": "budget_total_with_transfers",
        "text": (
            "2021年,全县一般公共预算收入总计56.7亿元,其中:地方一般公共预算收入8.9亿元,上级补助收入40.1亿元。"
            "一般公共预算支出总计55.2亿元,其中一般公共预算支出45.3亿元。"
        ),
        "meta": {"report_type": "预算执行情况报告"},
        "facts": [
            ("general_budget_revenue", "level", 8.9, 2021, "", "actual", None),
            ("fiscal_expenditure", "level", 45.3, 2021, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 56.7), ("fiscal_expenditure", "level", 55.2)],
    },
    {
        "id": "budget_total_then_own_growth",
        "text": "2021年,全县公共财政预算收入总计32.1亿元,其中地方一般公共预算收入6.2亿元,增长6.1%;一般公共预算支出28.4亿元,增长3.3%。",
        "meta": {"report_type": "预算执行情况报告"},
        "facts": [
            ("general_budget_revenue", "level", 6.2, 2021, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.1, 2021, "", "actual", None),
            ("fiscal_expenditure", "level", 28.4, 2021, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 3.3, 2021, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 32.1), ("fiscal_revenue", "level", 32.1)],
    },
    # ---- minus signs other than the hyphen (U+2212 −, ﹣, –; — after a growth word)
    {
        "id": "minus_sign_variants",
        "text": "2021年,全县民间投资增长−5.1%,社会消费品零售总额增长–1.1%,出口总额增长﹣4.4%,工业投资增速为—2.3%。",
        "facts": [
            ("private_investment", "yoy_pct", -5.1, 2021, "", "actual", None),
            ("retail_sales", "yoy_pct", -1.1, 2021, "", "actual", None),
            ("exports", "yoy_pct", -4.4, 2021, "", "actual", None),
            ("industrial_investment", "yoy_pct", -2.3, 2021, "", "actual", None),
        ],
        "absent": [
            ("private_investment", "yoy_pct", 5.1),
            ("retail_sales", "yoy_pct", 1.1),
            ("exports", "yoy_pct", 4.4),
            ("industrial_investment", "yoy_pct", 2.3),
        ],
    },
    {
        "id": "dashes_that_are_not_minus",
        "text": "2016—2020年,全县地区生产总值年均增长7.1%;2021年,粮食总产量增长5%—6%,城镇居民人均可支配收入—38765元。",
        "facts": [
            ("gdp", "cagr_pct", 7.1, 2020, "", "actual", 2016),
            ("grain_output", "yoy_pct", 5.0, 2021, "", "actual", None),
            ("urban_income", "level", 38765.0, 2021, "", "actual", None),
        ],
        "absent": [("grain_output", "yoy_pct", -6.0), ("urban_income", "level", -38765.0)],
    },
    # ---- a bulletin's semi-table lines with the unit in brackets after the name (地区生产总值(亿元) 512.3)
    {
        "id": "semi_table_unit_in_brackets",
        "text": (
            "主要指标完成情况\n地区生产总值(亿元) 512.3 增长7.5%\n城镇居民人均可支配收入(元) 45678 增长7.8%\n"
            "一般公共预算收入(万元) 32100 增长6.2%\n森林覆盖率(%) 62.3"
        ),
        "facts": [
            ("gdp", "level", 512.3, 2021, "", "actual", None),
            ("gdp", "yoy_pct", 7.5, 2021, "", "actual", None),
            ("urban_income", "level", 45678.0, 2021, "", "actual", None),
            ("general_budget_revenue", "level", 3.21, 2021, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.2, 2021, "", "actual", None),
            ("forest_coverage", "level", 62.3, 2021, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 32100.0)],
    },
    {
        "id": "unit_in_brackets_only_right_before",
        "text": "2021年,全县人均纯收入(元)4000以下的农户减少到312户,农村居民人均可支配收入(元)达到13250。",
        "facts": [],
        "absent": [("rural_income", "level", 4000.0)],
    },
    # ---- number and unit shapes (already read right; kept so that they stay right)
    {
        "id": "shape_wanyuan_and_wanyi",
        "text": "2021年,全县地区生产总值1234567万元,增长6.1%;一般公共预算支出312456万元。全市地区生产总值达到2.27万亿元。",
        "meta": {"region": "苏州市", "level": "city"},
        "facts": [
            ("fiscal_expenditure", "level", 31.2456, 2021, "", "actual", None),
            ("gdp", "level", 22700.0, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "shape_full_width",
        "text": "2021年,全县地区生产总值１２３４.５亿元，比上年增长６.５％，森林覆盖率达到８２．３％。",
        "facts": [
            ("gdp", "level", 1234.5, 2021, "", "actual", None),
            ("gdp", "yoy_pct", 6.5, 2021, "", "actual", None),
            ("forest_coverage", "level", 82.3, 2021, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "shape_negative_growth",
        "text": "2021年,全县固定资产投资增长-3.2%,民间投资负增长8.6%,社会消费品零售总额同比下降了1.5%。",
        "facts": [
            ("fai", "yoy_pct", -3.2, 2021, "", "actual", None),
            ("private_investment", "yoy_pct", -8.6, 2021, "", "actual", None),
            ("retail_sales", "yoy_pct", -1.5, 2021, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 3.2), ("private_investment", "yoy_pct", 8.6)],
    },
    {
        "id": "shape_rank_after_figure",
        "text": "2021年,规模以上工业增加值增长12.5%(居全市第2位),地区生产总值增长9.1%,增速居全市第3位。",
        "facts": [
            ("industrial_va", "yoy_pct", 12.5, 2021, "", "actual", None),
            ("gdp", "yoy_pct", 9.1, 2021, "", "actual", None),
        ],
        "absent": [("industrial_va", "level"), ("gdp", "level"), ("gdp", "yoy_pct", 3.0)],
    },
    {
        "id": "shape_speed_change_and_comparison",
        "text": "2021年,全县地区生产总值增长2.1%,增速回落6.2个百分点,低于全市平均水平1.3个百分点。",
        "facts": [
            ("gdp", "yoy_pct", 2.1, 2021, "", "actual", None),
            ("gdp", "pp_change", -6.2, 2021, "", "actual", None),
        ],
        "absent": [("gdp", "pp_change", -1.3), ("gdp", "pp_change", 1.3), ("gdp", "yoy_pct", -6.2)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)
