"""The ecology and environment family outside the monthly bulletins (session 7): county and city
work reports, annual 生态环境状况公报, environmental assessment self-checks (目标责任考核自查) and
work summaries. Energy intensity and its targets, parts of a rate named by their scope (农村, 乡镇),
a target set by the level above (省下达目标为82%) and the outturn printed after it, cumulative
changes over a plan period, units of areas and concentrations.

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}
CITY = {"region": "阜阳市", "level": "city"}
PLAN_END = {"year": 2020, "report_date": "2021-01-15"}

CASES: list[dict] = [
    # ---- 下达目标为X: the target the level above set, not a share of a task completed
    {
        "id": "target_set_by_the_province_is_a_target",
        "text": "全县空气质量优良天数比例省下达目标为82%,实际为85.3%。",
        "facts": [
            ("good_air_rate", "level", 82.0, 2023, "", "target", None),
            ("good_air_rate", "level", 85.3, 2023, "", "actual", None),
        ],
        "absent": [("good_air_rate", "completion_pct")],
    },
    {
        "id": "target_set_by_the_city_after_a_label",
        "text": "(二)森林覆盖率。市下达目标为58%,完成58.4%。",
        "facts": [
            ("forest_coverage", "level", 58.0, 2023, "", "target", None),
            ("forest_coverage", "level", 58.4, 2023, "", "actual", None),
        ],
        "absent": [("forest_coverage", "completion_pct")],
    },
    {
        "id": "share_of_the_task_set_by_the_city_stays_a_completion",
        "text": "全年完成营造林2.8万亩,为市下达任务的112%;建成高标准农田5.2万亩,占省下达目标的104%。",
        "facts": [
            ("afforestation", "level", 28000.0, 2023, "", "actual", None),
            ("afforestation", "completion_pct", 112.0, 2023, "", "actual", None),
            ("high_standard_farmland", "level", 52000.0, 2023, "", "actual", None),
            ("high_standard_farmland", "completion_pct", 104.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- an assessment item "label: target, outturn": the label is no heading, the outturn after the
    # target of the same subject is achieved, also when its clause opens on the year (当年 is that year)
    {
        "id": "item_label_with_a_target_is_no_plan_heading",
        "text": "(三)高标准农田建设:年度目标任务5万亩,实际完成5.3万亩。",
        "facts": [
            ("high_standard_farmland", "level", 50000.0, 2023, "", "target", None),
            ("high_standard_farmland", "level", 53000.0, 2023, "", "actual", None),
        ],
        "absent": [("high_standard_farmland", "level", 50000.0, 2024)],
    },
    {
        "id": "item_label_energy_target_then_outturn",
        "text": "(四)单位GDP能耗:市下达目标下降3%,实际下降3.4%。",
        "facts": [
            ("energy_intensity", "yoy_pct", -3.0, 2023, "", "target", None),
            ("energy_intensity", "yoy_pct", -3.4, 2023, "", "actual", None),
        ],
        "absent": [("energy_intensity", "yoy_pct", -3.0, 2024)],
    },
    {
        "id": "outturn_after_target_opening_on_the_year",
        "text": "森林覆盖率:目标任务为58%,2023年达到58.4%。",
        "facts": [
            ("forest_coverage", "level", 58.0, 2023, "", "target", None),
            ("forest_coverage", "level", 58.4, 2023, "", "actual", None),
        ],
        "absent": [("forest_coverage", "level", 58.4, 2023, "", "target")],
    },
    {
        "id": "outturn_after_target_opening_on_that_year",
        "text": "空气质量优良天数比例:省下达目标为82%,当年为85.3%。",
        "facts": [
            ("good_air_rate", "level", 82.0, 2023, "", "target", None),
            ("good_air_rate", "level", 85.3, 2023, "", "actual", None),
        ],
        "absent": [("good_air_rate", "level", 85.3, 2024), ("good_air_rate", "completion_pct")],
    },
    {
        "id": "later_year_after_a_target_stays_a_target",
        "text": "森林覆盖率:目标任务为58%,2025年达到60%。",
        "facts": [
            ("forest_coverage", "level", 58.0, 2023, "", "target", None),
            ("forest_coverage", "level", 60.0, 2025, "", "target", None),
        ],
        "absent": [("forest_coverage", "level", 60.0, 2025, "", "actual")],
    },
    {
        "id": "plan_heading_with_a_colon_keeps_its_plan",
        "text": "一、2023年工作回顾\n全县地区生产总值增长5.1%。\n二、2024年主要预期目标:地区生产总值增长6%,森林覆盖率稳定在60%以上。",
        "facts": [
            ("gdp", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("forest_coverage", "level", 60.0, 2024, "", "target", None),
        ],
        "absent": [("forest_coverage", "level", 60.0, 2024, "", "actual")],
    },
    # ---- a rural part of the treatment rates (农村生活垃圾/污水): not the region's rate
    {
        "id": "rural_garbage_rate_alone_is_no_garbage_rate",
        "text": "全县农村生活垃圾无害化处理率达到92%,比上年提高4个百分点。",
        "facts": [],
        "absent": [("garbage_treatment_rate",)],
    },
    {
        "id": "urban_and_rural_garbage_rates",
        "text": "城区生活垃圾无害化处理率达到100%,农村生活垃圾无害化处理率达到92%。",
        "facts": [("garbage_treatment_rate", "level", 100.0, 2023, "", "actual", None)],
        "absent": [("garbage_treatment_rate", "level", 92.0)],
    },
    {
        "id": "rural_sewage_rate_before_the_towns_rate",
        "text": "全县农村生活污水处理率达到45%,城镇生活污水处理率达到95%。",
        "facts": [("sewage_treatment_rate", "level", 95.0, 2023, "", "actual", None)],
        "absent": [("sewage_treatment_rate", "level", 45.0)],
    },
    {
        "id": "county_seat_sewage_rate_is_the_rate",
        "text": "2023年,县城生活污水处理率达到96.5%,乡镇污水处理率达到72%。",
        "facts": [("sewage_treatment_rate", "level", 96.5, 2023, "", "actual", None)],
        "absent": [("sewage_treatment_rate", "level", 72.0)],
    },
    # ---- 累计下降X% then the plan period's target it met: a change over the plan period, not the year's
    {
        "id": "cumulative_energy_fall_meeting_the_plan_target",
        "meta": PLAN_END,
        "text": "全县单位生产总值能耗累计下降12.5%,超额完成“十三五”目标任务。",
        "facts": [],
        "absent": [("energy_intensity", "yoy_pct")],
    },
    {
        "id": "cumulative_energy_fall_then_the_province_plan_target_then_a_level",
        "meta": PLAN_END,
        "text": "单位GDP能耗累计下降16.1%,完成省下达的“十三五”能耗强度下降目标,森林覆盖率达到45.2%。",
        "facts": [("forest_coverage", "level", 45.2, 2020, "", "actual", None)],
        "absent": [("energy_intensity", "yoy_pct")],
    },
    {
        "id": "year_fall_meeting_the_plan_target_stays",
        "meta": PLAN_END,
        "text": "2020年,单位GDP能耗下降3.2%,完成“十三五”目标任务。",
        "facts": [("energy_intensity", "yoy_pct", -3.2, 2020, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "cumulative_growth_of_the_year_before_a_plan_word_stays",
        "meta": PLAN_END,
        "text": "全年规模以上工业增加值累计增长8%,为“十四五”开局奠定基础。",
        "facts": [("industrial_va", "yoy_pct", 8.0, 2020, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "cumulative_fall_of_months_and_the_years_target_stays",
        "meta": {"report_date": "2023-10-15"},
        "text": "1-9月,全县单位GDP能耗累计下降3.1%,完成“十四五”年度目标进度。",
        "facts": [("energy_intensity", "yoy_pct", -3.1, 2023, "Q1-Q3", "actual", None)],
        "absent": [],
    },
    # ---- a level printed twice, measured and after 扣除沙尘: the adjusted figure, the other on its flags
    {
        "id": "dust_adjusted_rate_in_brackets",
        "text": "临泉县2023年生态环境状况公报\n全县优良天数比例87.7%(扣除沙尘影响后为89.2%)。",
        "facts": [("good_air_rate", "level", 89.2, 2023, "", "actual", None)],
        "absent": [("good_air_rate", "level", 87.7)],
    },
    {
        "id": "dust_adjusted_concentration_then_its_change",
        "text": "临泉县2023年生态环境状况公报\n全县PM2.5平均浓度为36微克/立方米,扣除沙尘天气影响后为34微克/立方米,同比下降5.6%。",
        "facts": [
            ("pm25", "level", 34.0, 2023, "", "actual", None),
            ("pm25", "yoy_pct", -5.6, 2023, "", "actual", None),
        ],
        "absent": [("pm25", "level", 36.0)],
    },
    {
        "id": "dust_adjusted_opening_governs_all",
        "text": "临泉县2023年生态环境状况公报\n2023年剔除沙尘天气后,全县优良天数311天,优良率85.2%。",
        "facts": [
            ("good_air_days", "level", 311.0, 2023, "", "actual", None),
            ("good_air_rate", "level", 85.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- units: hectares in symbols, concentrations half in Chinese, a bare 微克 (catalog units: 亩, 微克/立方米)
    {
        "id": "hectares_in_symbols",
        "text": "全年完成造林3200hm²,建成高标准农田2000hm2,森林覆盖率达到41.2%。",
        "facts": [
            ("afforestation", "level", 48000.0, 2023, "", "actual", None),
            ("high_standard_farmland", "level", 30000.0, 2023, "", "actual", None),
            ("forest_coverage", "level", 41.2, 2023, "", "actual", None),
        ],
        "absent": [("afforestation", "level", 3200.0)],
    },
    {
        "id": "concentration_unit_half_in_chinese",
        "text": "全县PM2.5平均浓度为35微克/m³,同比下降5.4%,PM10平均浓度为61μg/立方米。",
        "facts": [
            ("pm25", "level", 35.0, 2023, "", "actual", None),
            ("pm25", "yoy_pct", -5.4, 2023, "", "actual", None),
            ("pm10", "level", 61.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "bare_microgram_in_a_speech",
        "meta": {"report_date": "2024-02-20"},
        "text": "去年,全县PM2.5浓度为38微克,同比下降3微克,优良天数比例为84.4%。",
        "facts": [
            ("pm25", "level", 38.0, 2023, "", "actual", None),
            ("good_air_rate", "level", 84.4, 2023, "", "actual", None),
        ],
        "absent": [("pm25", "level", 3.0)],
    },
    # ---- the size of a fall (下降幅度, 降幅): the fall is the rate; a change of its size, in a later
    # clause, is no pp_change (its sign reads against the rate's; in its own clause measures.pp_sign
    # reverses it, test_constructions_r8a)
    {
        "id": "size_of_the_energy_fall_and_its_growth",
        "text": "全县单位GDP能耗下降幅度达到3.1%,比上年提高0.5个百分点。",
        "facts": [("energy_intensity", "yoy_pct", -3.1, 2023, "", "actual", None)],
        "absent": [("energy_intensity", "pp_change")],
    },
    {
        "id": "size_of_the_energy_fall_then_another_subjects_change",
        "text": "全县单位GDP能耗降幅为3.1%,比上年扩大0.4个百分点,森林覆盖率提高0.6个百分点。",
        "facts": [
            ("energy_intensity", "yoy_pct", -3.1, 2023, "", "actual", None),
            ("forest_coverage", "pp_change", 0.6, 2023, "", "actual", None),
        ],
        "absent": [("energy_intensity", "pp_change")],
    },
    {
        "id": "fall_size_named_then_another_rates_change_stays",
        "text": "全县PM2.5浓度下降8.6%,降幅全市第一,优良天数比例提高2.1个百分点。",
        "facts": [
            ("pm25", "yoy_pct", -8.6, 2023, "", "actual", None),
            ("good_air_rate", "pp_change", 2.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 年均 before a level: an average a year over a span, neither the span's sum nor a year's figure
    {
        "id": "average_afforestation_a_year_after_the_sum",
        "text": "2021—2023年,全县累计完成营造林15.2万亩,年均5万亩以上。",
        "facts": [("afforestation", "level", 152000.0, 2023, "", "actual", 2021)],
        "absent": [("afforestation", "level", 50000.0)],
    },
    {
        "id": "average_afforestation_and_jobs_in_a_five_year_review",
        "text": "五年来,全县年均造林5万亩,年均新增城镇就业3200人,森林覆盖率达到61.5%。",
        "facts": [("forest_coverage", "level", 61.5, 2023, "", "actual", None)],
        "absent": [("afforestation", "level"), ("new_urban_jobs", "level")],
    },
    {
        "id": "average_afforestation_target_of_a_plan_period",
        "meta": {"year": 2020, "report_date": "2021-01-15"},
        "text": "“十四五”期间,全县年均造林不少于2万亩,森林覆盖率达到62%。",
        "facts": [("forest_coverage", "level", 62.0, 2025, "", "target", None)],
        "absent": [("afforestation", "level")],
    },
    {
        "id": "annual_mean_concentration_and_growth_then_level_stay",
        "text": "全县PM2.5年均浓度为35微克/立方米。五年来,全县地区生产总值年均增长7%达到300亿元。",
        "facts": [
            ("pm25", "level", 35.0, 2023, "", "actual", None),
            ("gdp", "cagr_pct", 7.0, 2023, "", "actual", 2019),
            ("gdp", "level", 300.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 城市 opening a subject is the report's own urban area, not a place named 城市
    {
        "id": "urban_treatment_rates_opening_a_sentence",
        "text": "城市生活污水处理率达到96%,城市生活垃圾无害化处理率达100%。",
        "facts": [
            ("sewage_treatment_rate", "level", 96.0, 2023, "", "actual", None),
            ("garbage_treatment_rate", "level", 100.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "a_city_named_with_cheng_stays_another_place",
        "meta": {"region": "阳城县"},
        "text": "晋城市地区生产总值增长5.1%。全县地区生产总值增长6.2%,城市生活垃圾无害化处理率达100%。",
        "facts": [
            ("gdp", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("garbage_treatment_rate", "level", 100.0, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.1)],
    },
    # ---- 要达到 after the own region in a speech's goals: a target, not a standard (贫困户…要达到 stays one)
    {
        "id": "speech_goals_to_reach",
        "meta": {"report_date": "2023-02-20"},
        "text": "今年,全县PM2.5浓度要控制在35微克以内,优良天数要达到300天以上,森林覆盖率要达到60%。",
        "facts": [
            ("pm25", "level", 35.0, 2023, "", "target", None),
            ("good_air_days", "level", 300.0, 2023, "", "target", None),
            ("forest_coverage", "level", 60.0, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "own_grain_goal_to_reach",
        "meta": {"report_date": "2023-02-20"},
        "text": "全县粮食总产量要达到50万吨,高标准农田要达到45万亩。",
        "facts": [
            ("grain_output", "level", 50.0, 2023, "", "target", None),
            ("high_standard_farmland", "level", 450000.0, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "exit_standard_to_reach_stays_a_threshold",
        "meta": {"report_date": "2023-02-20"},
        "text": "贫困户人均纯收入要达到3800元以上。全县贫困村退出标准:贫困发生率要低于2%,农村居民人均可支配收入要达到全省平均水平的70%以上。",
        "facts": [],
        "absent": [("rural_income",), ("poverty_incidence",)],
    },
    # ---- 到2025年…下降X% in a plan of several years: the change up to the target year, not that year's
    {
        "id": "energy_fall_by_a_target_year_years_ahead",
        "meta": PLAN_END,
        "text": "到2025年,单位GDP能耗下降13.5%,森林覆盖率达到65%,森林覆盖率提高2个百分点,地区生产总值年均增长6.5%。",
        "facts": [
            ("forest_coverage", "level", 65.0, 2025, "", "target", None),
            ("gdp", "cagr_pct", 6.5, 2025, "", "target", None),
        ],
        "absent": [("energy_intensity", "yoy_pct"), ("forest_coverage", "pp_change")],
    },
    {
        "id": "energy_fall_by_the_plan_year_stays",
        "meta": PLAN_END,
        "text": "到2021年底,单位GDP能耗下降3%,完成造林2万亩。",
        "facts": [
            ("energy_intensity", "yoy_pct", -3.0, 2021, "", "target", None),
            ("afforestation", "level", 20000.0, 2021, "", "target", None),
        ],
        "absent": [],
    },
    # ---- a bare 优良率/优良比例 right after a clause on water (sources, sections): not the air's; 国考断面水质优良比例 named whole is the sections' rate
    {
        "id": "bare_good_rate_after_drinking_sources_is_no_air_rate",
        "text": "全县5个集中式饮用水水源地水质均达标,优良率100%。全县空气质量持续改善,优良率87.7%。",
        "facts": [("good_air_rate", "level", 87.7, 2023, "", "actual", None)],
        "absent": [("good_air_rate", "level", 100.0)],
    },
    {
        "id": "bare_good_share_after_sections_is_no_air_rate",
        "text": "全县4个国考断面中,Ⅱ类水质断面1个,Ⅲ类水质断面3个,水质优良比例100%。全县国考断面水质优良比例为100%。",
        "facts": [("surface_water_rate", "level", 100.0, 2023, "", "actual", None)],
        "absent": [("good_air_rate",)],
    },
    {
        "id": "bare_good_rate_after_surface_water_then_the_airs",
        "text": "全县地表水水质总体良好,优良率100%,空气质量优良率87.2%。",
        "facts": [("good_air_rate", "level", 87.2, 2023, "", "actual", None)],
        "absent": [("good_air_rate", "level", 100.0)],
    },
    # ---- a self-check's table: a row naming a fall (单位GDP能耗下降 | % | 3.2 | 3.5) holds negative growth rates
    {
        "id": "table_row_naming_the_energy_fall",
        "text": (
            "2023年生态环境目标责任考核自查情况表\n指标 单位 目标值 完成值\n空气质量优良天数比例 % 82 85.3\n"
            "单位GDP能耗下降 % 3.2 3.5\n规模以上工业增加值增速 % 7 7.5"
        ),
        "facts": [
            ("good_air_rate", "level", 82.0, 2023, "", "target", None),
            ("good_air_rate", "level", 85.3, 2023, "", "actual", None),
            ("energy_intensity", "yoy_pct", -3.2, 2023, "", "target", None),
            ("energy_intensity", "yoy_pct", -3.5, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 7.0, 2023, "", "target", None),
            ("industrial_va", "yoy_pct", 7.5, 2023, "", "actual", None),
        ],
        "absent": [("energy_intensity", "yoy_pct", 3.5)],
    },
    {
        "id": "table_row_naming_the_energy_fall_rate_with_its_unit",
        "text": "主要约束性指标完成情况\n指标 2023年目标 2023年完成\n单位GDP能耗降低率(%) 3 3.3\n森林覆盖率(%) 41 41.6",
        "facts": [
            ("energy_intensity", "yoy_pct", -3.0, 2023, "", "target", None),
            ("energy_intensity", "yoy_pct", -3.3, 2023, "", "actual", None),
            ("forest_coverage", "level", 41.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a part of the year named inside a short first sentence is its own, not the report's
    {
        "id": "part_named_after_the_first_clause_of_a_short_first_line",
        "meta": {"report_date": "2024-05-20"},
        "text": "临泉县2023年生态环境状况公报\n全县空气质量优良天数比例为82.5%,其中1-6月为78.3%。\n全县PM2.5年均浓度为38微克/立方米。",
        "facts": [
            ("good_air_rate", "level", 82.5, 2023, "", "actual", None),
            ("pm25", "level", 38.0, 2023, "", "actual", None),
        ],
        "absent": [("good_air_rate", "level", 82.5, 2023, "M1-M6"), ("pm25", "level", 38.0, 2023, "M1-M6")],
    },
    {
        "id": "part_opening_the_first_line_still_covers_the_report",
        "meta": {"report_date": "2023-07-10"},
        "text": "临泉县环境空气质量通报\n2023年1-6月,全县空气质量优良天数比例为78.3%。\n全县PM2.5平均浓度为41微克/立方米。",
        "facts": [
            ("good_air_rate", "level", 78.3, 2023, "M1-M6", "actual", None),
            ("pm25", "level", 41.0, 2023, "M1-M6", "actual", None),
        ],
        "absent": [],
    },
    # ---- a change against the plan's end (no fact) does not cut the subject off the clause after it
    {
        "id": "own_change_after_a_change_against_the_plan_end",
        "text": "全县森林覆盖率达到60.5%,比“十三五”末提高2.5个百分点,比上年提高0.8个百分点。",
        "facts": [
            ("forest_coverage", "level", 60.5, 2023, "", "actual", None),
            ("forest_coverage", "pp_change", 0.8, 2023, "", "actual", None),
        ],
        "absent": [("forest_coverage", "pp_change", 2.5)],
    },
    {
        "id": "own_growth_after_a_growth_against_the_plan_end",
        "text": "全县地区生产总值达到320亿元,较“十三五”末增长30%,同比增长6.1%。",
        "facts": [
            ("gdp", "level", 320.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 30.0)],
    },
    # ---- 能耗强度 is the energy intensity; the total (能耗总量), industry's intensity and CO2 per GDP are not
    {
        "id": "energy_intensity_by_its_other_name",
        "text": "全县能耗强度下降3.5%,能耗总量增长2.1%,单位GDP二氧化碳排放下降4.5%。",
        "facts": [("energy_intensity", "yoy_pct", -3.5, 2023, "", "actual", None)],
        "absent": [("energy_intensity", "yoy_pct", 2.1), ("energy_intensity", "yoy_pct", -4.5)],
    },
    {
        "id": "industrys_energy_intensity_is_a_sectors",
        "text": "全县规模以上工业能耗强度下降5.1%,能源消费强度下降3.2%。",
        "facts": [("energy_intensity", "yoy_pct", -3.2, 2023, "", "actual", None)],
        "absent": [("energy_intensity", "yoy_pct", -5.1)],
    },
    # ---- guards of the family (pass before and after): limits and stable levels by section, gaps to targets,
    # counts beside rates, absolute changes of a concentration
    {
        "id": "stable_and_limit_in_a_plan_are_targets",
        "text": (
            "一、2023年工作回顾\n全县森林覆盖率稳定在60%以上,PM2.5平均浓度控制在35微克/立方米以内。\n"
            "二、2024年主要预期目标\n森林覆盖率稳定在60%以上,PM2.5平均浓度控制在34微克/立方米以内。"
        ),
        "facts": [
            ("forest_coverage", "level", 60.0, 2023, "", "actual", None),
            ("pm25", "level", 35.0, 2023, "", "actual", None),
            ("forest_coverage", "level", 60.0, 2024, "", "target", None),
            ("pm25", "level", 34.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "gap_to_the_province_target_is_no_change",
        "meta": CITY,
        "text": "2023年,全市空气质量优良天数比例为88.2%,超额完成省定目标3.2个百分点,同比改善2.1个百分点。",
        "facts": [
            ("good_air_rate", "level", 88.2, 2023, "", "actual", None),
        ],
        "absent": [("good_air_rate", "pp_change", 3.2)],
    },
    {
        "id": "days_and_rate_and_absolute_fall_of_a_concentration",
        "text": "全县优良天数320天,同比增加12天,优良率87.7%;PM2.5平均浓度34微克/立方米,同比下降2微克/立方米。",
        "facts": [
            ("good_air_days", "level", 320.0, 2023, "", "actual", None),
            ("good_air_rate", "level", 87.7, 2023, "", "actual", None),
            ("pm25", "level", 34.0, 2023, "", "actual", None),
        ],
        "absent": [("good_air_days", "level", 12.0), ("pm25", "level", 2.0), ("pm25", "yoy_pct")],
    },
    {
        "id": "completion_of_the_city_task_and_coverage_change",
        "text": "全年完成造林4.2万亩,完成市下达任务的102%;森林覆盖率达到63.2%,提高0.5个百分点。",
        "facts": [
            ("afforestation", "level", 42000.0, 2023, "", "actual", None),
            ("afforestation", "completion_pct", 102.0, 2023, "", "actual", None),
            ("forest_coverage", "level", 63.2, 2023, "", "actual", None),
            ("forest_coverage", "pp_change", 0.5, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)


def test_dust_adjusted_level_keeps_the_measured_one_on_its_flags():
    """No silent correction: the measured figure left out is recorded on the kept fact's flags."""
    from passages import passage_facts

    f = passage_facts(
        {"text": "临泉县2023年生态环境状况公报\n全县优良天数比例87.7%(扣除沙尘影响后为89.2%)。", "id": "dust"}, META
    )
    assert list(f.value) == [89.2]
    assert "unadjusted=87.7" in str(f["flags"].iloc[0])
