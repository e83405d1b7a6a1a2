"""The income, employment and labour family (session 7): what is the indicator and what only looks
like it. A plan execution report's labels for the year ahead (2024年计划安排:, 2024年主要指标安排如下:)
open targets, and the outturn printed after a passed year's plan (实际完成, 实际为) is achieved; a running
total (累计…) printed after the year's own figure of the same count is not the year's; the stock of
transferred rural labour (转移就业总量, 已转移就业) is not the year's transfers.

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case, passage_facts

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}
CITY = {"region": "赣州市", "level": "city"}

CASES: list[dict] = [
    # ---- a plan execution report's label of the year ahead: targets
    {
        "id": "plan_label_jihua_anpai",
        "text": "2024年计划安排:城镇新增就业5500人,城镇登记失业率控制在4.5%以内。",
        "facts": [
            ("new_urban_jobs", "level", 5500.0, 2024, "", "target", None),
            ("unemployment_rate", "level", 4.5, 2024, "", "target", None),
        ],
        "absent": [("new_urban_jobs", "level", 5500.0, 2024, "", "actual")],
    },
    {
        "id": "plan_label_main_indicators_arranged_as_follows",
        "meta": CITY,
        "text": "2024年主要指标安排如下:城镇新增就业3.2万人,城镇调查失业率5.5%左右,城乡居民人均可支配收入分别增长5%和7%。",
        "facts": [
            ("new_urban_jobs", "level", 32000.0, 2024, "", "target", None),
            ("surveyed_unemployment_rate", "level", 5.5, 2024, "", "target", None),
            ("urban_income", "yoy_pct", 5.0, 2024, "", "target", None),
            ("rural_income", "yoy_pct", 7.0, 2024, "", "target", None),
        ],
        "absent": [("new_urban_jobs", "level", 32000.0, 2024, "", "actual")],
    },
    {
        "id": "plan_label_development_indicators_proposed",
        "text": "2024年经济社会发展主要指标建议安排为:地区生产总值增长6%,农村居民人均可支配收入增长7.5%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("rural_income", "yoy_pct", 7.5, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2024, "", "actual")],
    },
    {
        "id": "plan_execution_label_is_no_plan",
        "text": "2023年计划执行情况:城镇新增就业5620人,城镇登记失业率3.1%。",
        "facts": [
            ("new_urban_jobs", "level", 5620.0, 2023, "", "actual", None),
            ("unemployment_rate", "level", 3.1, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 5620.0, 2023, "", "target")],
    },
    # ---- a passed year's plan, then its outturn: the outturn is achieved
    {
        "id": "passed_plan_then_actual_completion",
        "text": "2023年计划安排:城镇新增就业5000人,实际完成5620人;城镇登记失业率控制在4.5%以内,实际为3.1%。",
        "facts": [
            ("new_urban_jobs", "level", 5000.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 5620.0, 2023, "", "actual", None),
            ("unemployment_rate", "level", 4.5, 2023, "", "target", None),
            ("unemployment_rate", "level", 3.1, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 5620.0, 2023, "", "target")],
    },
    {
        "id": "plan_in_the_sentence_then_shiji_wei",
        "meta": {"region": "会昌县"},
        "text": "农村劳动力转移就业计划新增3000人,实际为3420人。",
        "facts": [
            ("labor_transfer", "level", 3000.0, 2023, "", "target", None),
            ("labor_transfer", "level", 3420.0, 2023, "", "actual", None),
        ],
        "absent": [("labor_transfer", "level", 3420.0, 2023, "", "target")],
    },
    {
        "id": "next_year_plan_keeps_its_yoy_against_last_years_outturn",
        "text": "2024年计划安排:城镇新增就业5500人,比上年实际完成数增长5%。",
        "facts": [("new_urban_jobs", "level", 5500.0, 2024, "", "target", None)],
        "absent": [("new_urban_jobs", "level", 5500.0, 2024, "", "actual")],
    },
    # ---- a running total after the year's own count: not the year's
    {
        "id": "running_total_of_new_jobs_after_the_years",
        "text": "全年新增城镇就业5200人,累计新增城镇就业3.1万人,城镇登记失业率3.2%。",
        "facts": [
            ("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None),
            ("unemployment_rate", "level", 3.2, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 31000.0)],
    },
    {
        "id": "running_total_of_transfers_without_quannian",
        "meta": {"region": "桑植县"},
        "text": "新增农村劳动力转移就业8600人,累计转移农村劳动力28.6万人;新增城镇就业3100人。",
        "facts": [
            ("labor_transfer", "level", 8600.0, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 3100.0, 2023, "", "actual", None),
        ],
        "absent": [("labor_transfer", "level", 286000.0)],
    },
    {
        "id": "running_total_of_afforestation_after_the_years",
        "text": "全年完成造林3.2万亩,累计完成造林25万亩,森林覆盖率达到31.5%。",
        "facts": [
            ("afforestation", "level", 32000.0, 2023, "", "actual", None),
            ("forest_coverage", "level", 31.5, 2023, "", "actual", None),
        ],
        "absent": [("afforestation", "level", 250000.0)],
    },
    {
        "id": "quarter_then_the_years_sum_is_the_year",
        "text": "四季度新增城镇就业1200人,全年累计新增城镇就业5200人。",
        "facts": [
            ("new_urban_jobs", "level", 1200.0, 2023, "Q4", "actual", None),
            ("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "lone_sum_of_jobs_in_a_years_review_is_kept",
        "text": "2023年,全县累计新增城镇就业5200人,发放创业担保贷款1.2亿元,农村劳动力转移就业1.1万人。",
        "facts": [
            ("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None),
            ("labor_transfer", "level", 11000.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- the stock of transferred rural labour is not the year's transfers
    {
        "id": "transfer_stock_total_then_the_years_new",
        "meta": {"region": "黔西市"},
        "text": "全市农村劳动力转移就业总量达到31.2万人,全年新增转移就业9600人。",
        "facts": [("labor_transfer", "level", 9600.0, 2023, "", "actual", None)],
        "absent": [("labor_transfer", "level", 312000.0)],
    },
    {
        "id": "transfer_stock_already_transferred",
        "text": "全县有农村劳动力45.3万人,已转移就业31.2万人,其中省外务工18.6万人。",
        "facts": [],
        "absent": [("labor_transfer", "level")],
    },
    {
        "id": "transfer_scale_kept_above",
        "text": "农村劳动力转移就业规模稳定在30万人以上,全年实现农村劳动力转移就业9600人。",
        "facts": [("labor_transfer", "level", 9600.0, 2023, "", "actual", None)],
        "absent": [("labor_transfer", "level", 300000.0)],
    },
    {
        "id": "transfer_person_times_is_no_head_count",
        "text": "开展职业技能培训1.5万人次,转移就业8.6万人次,新增城镇就业1.2万人。",
        "facts": [("new_urban_jobs", "level", 12000.0, 2023, "", "actual", None)],
        "absent": [("labor_transfer", "level")],
    },
    # ---- the outturn, then the goal it kept to in the next clause
    {
        "id": "rate_below_the_control_target_in_the_next_clause",
        "text": "全年城镇登记失业率3.2%,低于4%的控制目标。",
        "facts": [("unemployment_rate", "level", 3.2, 2023, "", "actual", None)],
        "absent": [("unemployment_rate", "level", 4.0)],
    },
    {
        "id": "surveyed_rate_below_the_expected_target",
        "meta": CITY,
        "text": "全市城镇调查失业率5.1%,低于5.5%的预期目标;城镇新增就业3.6万人。",
        "facts": [
            ("surveyed_unemployment_rate", "level", 5.1, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 36000.0, 2023, "", "actual", None),
        ],
        "absent": [("surveyed_unemployment_rate", "level", 5.5, 2023, "", "actual")],
    },
    {
        "id": "rate_kept_within_the_goal_of_x",
        "text": "城镇登记失业率3.2%,控制在4%的目标以内。",
        "facts": [
            ("unemployment_rate", "level", 3.2, 2023, "", "actual", None),
            ("unemployment_rate", "level", 4.0, 2023, "", "target", None),
        ],
        "absent": [("unemployment_rate", "level", 4.0, 2023, "", "actual")],
    },
    {
        "id": "threshold_of_its_own_clause_still_blocks",
        "text": "贫困发生率降至2%以下的退出标准,贫困发生率低于3%的村全部退出。",
        "facts": [],
        "absent": [("poverty_incidence", "level")],
    },
    # ---- a bound or a figure followed by its outturn (实际为, 实际完成): the first is the goal
    {
        "id": "assessment_item_bound_then_actual",
        "meta": {"region": "镇巴县"},
        "text": "(二)城镇登记失业率:控制在4.5%以内,实际为2.9%。(三)农村劳动力转移就业:年度任务1.2万人,完成1.35万人。",
        "facts": [
            ("unemployment_rate", "level", 4.5, 2023, "", "target", None),
            ("unemployment_rate", "level", 2.9, 2023, "", "actual", None),
            ("labor_transfer", "level", 12000.0, 2023, "", "target", None),
            ("labor_transfer", "level", 13500.0, 2023, "", "actual", None),
        ],
        "absent": [("unemployment_rate", "level", 4.5, 2023, "", "actual")],
    },
    {
        "id": "jobs_figure_then_actual_completion",
        "text": "城镇新增就业4000人,实际完成5200人,完成率130%。",
        "facts": [
            ("new_urban_jobs", "level", 4000.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None),
            ("new_urban_jobs", "completion_pct", 130.0, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 4000.0, 2023, "", "actual")],
    },
    {
        "id": "real_growth_after_a_rate_is_no_outturn",
        "text": "城镇登记失业率3.2%,实际为历史最低;农村居民人均可支配收入增长8.9%,实际增长8.3%。",
        "facts": [
            ("unemployment_rate", "level", 3.2, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 8.3, 2023, "", "actual", None),
        ],
        "absent": [
            ("unemployment_rate", "level", 3.2, 2023, "", "target"),
            ("rural_income", "yoy_pct", 8.9, 2023, "", "target"),
        ],
    },
    # ---- thousands of people or households (千人, 千户): the catalog unit times 1000
    {
        "id": "thousands_of_people_in_a_bulletin",
        "text": "全年城镇新增就业5.2千人,农村劳动力转移就业12.6千人,每千人拥有执业医师2.8人。",
        "facts": [
            ("new_urban_jobs", "level", 5200.0, 2023, "", "actual", None),
            ("labor_transfer", "level", 12600.0, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 5.2), ("labor_transfer", "level", 2.8)],
    },
    {
        "id": "thousands_of_households_lifted",
        "meta": {"year": 2019, "report_date": "2020-01-10", "region": "平武县"},
        "text": "2019年,全县脱贫1.2千户3.6千人,贫困发生率降至0.6%。",
        "facts": [
            ("poverty_households_lifted", "level", 1200.0, 2019, "", "actual", None),
            ("poverty_people_lifted", "level", 3600.0, 2019, "", "actual", None),
            ("poverty_incidence", "level", 0.6, 2019, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- training for transfer is no transfer
    {
        "id": "transfer_training_is_no_transfer",
        "meta": {"region": "岳西县"},
        "text": "开展农村劳动力转移就业技能培训3200人,培训合格率95%;全年转移农村劳动力1.2万人。",
        "facts": [("labor_transfer", "level", 12000.0, 2023, "", "actual", None)],
        "absent": [("labor_transfer", "level", 3200.0)],
    },
    {
        "id": "new_transfer_training_then_new_transfers",
        "text": "新增转移就业培训1500人,新增转移就业6200人。",
        "facts": [("labor_transfer", "level", 6200.0, 2023, "", "actual", None)],
        "absent": [("labor_transfer", "level", 1500.0)],
    },
    {
        "id": "poor_labour_training_then_their_transfer",
        "meta": {"year": 2019, "report_date": "2020-01-08", "region": "岳西县"},
        "text": "开展贫困劳动力转移就业培训860人,贫困劳动力转移就业2300人。",
        "facts": [("poverty_labor_transfer", "level", 2300.0, 2019, "", "actual", None)],
        "absent": [("poverty_labor_transfer", "level", 860.0), ("labor_transfer", "level")],
    },
    # ---- what only looks like the indicator: hard-to-employ people, the increase of an income
    {
        "id": "new_hard_to_employ_people_are_no_new_jobs",
        "meta": {"region": "凤凰县"},
        "text": "认定城镇新增就业困难人员320人,帮助其中280人实现就业;城镇新增就业5100人。",
        "facts": [("new_urban_jobs", "level", 5100.0, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 320.0), ("new_urban_jobs", "level", 280.0)],
    },
    {
        "id": "hard_to_employ_re_employed_is_no_new_jobs",
        "text": "新增城镇就业困难人员就业860人,零就业家庭保持动态清零。",
        "facts": [],
        "absent": [("new_urban_jobs", "level")],
    },
    {
        "id": "income_increase_named_zengliang",
        "meta": CITY,
        "text": "全市城镇居民人均可支配收入增量1850元,总量达到41200元。",
        "facts": [("urban_income", "level", 41200.0, 2023, "", "actual", None)],
        "absent": [("urban_income", "level", 1850.0)],
    },
    {
        "id": "income_increase_named_zengjiae_then_growth",
        "text": "农村居民人均可支配收入16500元,增加额1120元,增长7.3%。",
        "facts": [
            ("rural_income", "level", 16500.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.3, 2023, "", "actual", None),
        ],
        "absent": [("rural_income", "level", 1120.0)],
    },
    # ---- the poor's income under its newer name; a poverty county's rural income is no fact of the county
    {
        "id": "poor_households_disposable_income",
        "meta": {"year": 2022, "report_date": "2023-01-15", "region": "石阡县"},
        "text": "脱贫户人均可支配收入12300元,增长13.5%;农村居民人均可支配收入14860元,增长6.9%。",
        "facts": [
            ("poverty_income", "level", 12300.0, 2022, "", "actual", None),
            ("poverty_income", "yoy_pct", 13.5, 2022, "", "actual", None),
            ("rural_income", "level", 14860.0, 2022, "", "actual", None),
            ("rural_income", "yoy_pct", 6.9, 2022, "", "actual", None),
        ],
        "absent": [("rural_income", "level", 12300.0), ("resident_income", "level")],
    },
    {
        "id": "poverty_county_rural_income_is_no_poor_income",
        "text": "农村居民人均可支配收入达到16500元,其中脱贫县农村居民人均可支配收入14200元。",
        "facts": [("rural_income", "level", 16500.0, 2023, "", "actual", None)],
        "absent": [("poverty_income", "level"), ("rural_income", "level", 14200.0)],
    },
    # ---- a speech's goal sentence opening on the rest of the year: every figure is a target
    {
        "id": "rest_of_year_goal_sentence",
        "meta": {"year": 2023, "report_date": "2023-08-10"},
        "text": "下半年,要确保全年城镇新增就业5000人以上,城镇登记失业率控制在4.5%以内。",
        "facts": [
            ("new_urban_jobs", "level", 5000.0, 2023, "", "target", None),
            ("unemployment_rate", "level", 4.5, 2023, "", "target", None),
        ],
        "absent": [("unemployment_rate", "level", 4.5, 2023, "", "actual")],
    },
    {
        "id": "fourth_quarter_goal_sentence",
        "meta": {"year": 2023, "report_date": "2023-10-12", "region": "丰都县"},
        "text": "四季度,要力争全年农村劳动力转移就业1.2万人,城镇调查失业率5.5%左右。",
        "facts": [
            ("labor_transfer", "level", 12000.0, 2023, "", "target", None),
            ("surveyed_unemployment_rate", "level", 5.5, 2023, "", "target", None),
        ],
        "absent": [("surveyed_unemployment_rate", "level", 5.5, 2023, "", "actual")],
    },
    {
        "id": "second_half_review_stays_actual",
        "meta": {"year": 2023, "report_date": "2024-01-20"},
        "text": "下半年,城镇新增就业2600人,城镇登记失业率3.1%。",
        "facts": [
            ("new_urban_jobs", "level", 2600.0, 2023, "H2", "actual", None),
            ("unemployment_rate", "level", 3.1, 2023, "H2", "actual", None),
        ],
        "absent": [],
    },
    # ---- a ratio to another place or group and its change: not the indicator's
    {
        "id": "income_ratio_to_the_province_and_its_change",
        "text": "城镇居民人均可支配收入相当于全省平均水平的92.3%,比上年提高1.2个百分点。",
        "facts": [],
        "absent": [("urban_income", "pp_change"), ("urban_income", "level")],
    },
    {
        "id": "rural_income_as_a_share_of_urban_and_its_change",
        "meta": CITY,
        "text": "全市农村居民人均可支配收入为城镇居民的48.6%,提高0.9个百分点。全市农村居民人均可支配收入增长7.8%。",
        "facts": [("rural_income", "yoy_pct", 7.8, 2023, "", "actual", None)],
        "absent": [("rural_income", "pp_change")],
    },
    {
        "id": "rate_as_a_ratio_to_the_province",
        "text": "全县森林覆盖率达到全省平均水平的120%,提高2个百分点;城镇登记失业率3.1%。",
        "facts": [("unemployment_rate", "level", 3.1, 2023, "", "actual", None)],
        "absent": [("forest_coverage", "level", 120.0), ("forest_coverage", "pp_change")],
    },
    {
        "id": "growth_rate_change_of_an_income_is_kept",
        "text": "全县森林覆盖率达到65.2%,为全省平均水平的1.1倍;农村居民人均可支配收入增长7.8%,增速较上年提高0.6个百分点。",
        "facts": [
            ("forest_coverage", "level", 65.2, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.8, 2023, "", "actual", None),
            ("rural_income", "pp_change", 0.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- three incomes coordinated: all residents, urban, rural in the printed order
    {
        "id": "three_incomes_all_first",
        "text": "全体居民、城镇居民、农村居民人均可支配收入分别为28600元、41250元和18620元。",
        "facts": [
            ("resident_income", "level", 28600.0, 2023, "", "actual", None),
            ("urban_income", "level", 41250.0, 2023, "", "actual", None),
            ("rural_income", "level", 18620.0, 2023, "", "actual", None),
        ],
        "absent": [("urban_income", "level", 28600.0), ("rural_income", "level", 41250.0)],
    },
    {
        "id": "three_income_growths_county_first",
        "meta": {"region": "宁都县"},
        "text": "全县居民、城镇居民和农村居民人均可支配收入分别增长6.2%、5.1%和7.6%。",
        "facts": [
            ("resident_income", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.6, 2023, "", "actual", None),
        ],
        "absent": [("urban_income", "yoy_pct", 6.2)],
    },
    {
        "id": "three_incomes_all_last",
        "text": "城镇、农村和全体居民人均可支配收入分别达到41250元、18620元、28600元。",
        "facts": [
            ("urban_income", "level", 41250.0, 2023, "", "actual", None),
            ("rural_income", "level", 18620.0, 2023, "", "actual", None),
            ("resident_income", "level", 28600.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a plan execution report's outturn words (执行情况, 执行数) and an estimate's completion share
    {
        "id": "plan_target_then_execution",
        "text": "城镇新增就业:计划目标5000人,执行情况5620人。城镇登记失业率计划控制在4.5%以内;执行情况:3.1%。",
        "facts": [
            ("new_urban_jobs", "level", 5000.0, 2023, "", "target", None),
            ("new_urban_jobs", "level", 5620.0, 2023, "", "actual", None),
            ("unemployment_rate", "level", 4.5, 2023, "", "target", None),
            ("unemployment_rate", "level", 3.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "estimate_then_its_share_of_the_plan",
        "meta": {"year": 2023, "report_date": "2023-12-20", "region": "巫溪县"},
        "text": "城镇新增就业预计完成5600人,为年度计划的112%;农村劳动力转移就业1.3万人,完成年度计划的108%。",
        "facts": [
            ("new_urban_jobs", "level", 5600.0, 2023, "", "estimate", None),
            ("new_urban_jobs", "completion_pct", 112.0, 2023, "", "estimate", None),
        ],
        "absent": [("new_urban_jobs", "completion_pct", 112.0, 2023, "", "actual")],
    },
    {
        "id": "achieved_share_of_the_plan_stays_actual",
        "text": "城镇新增就业5600人,为年度计划的112%。",
        "facts": [
            ("new_urban_jobs", "level", 5600.0, 2023, "", "actual", None),
            ("new_urban_jobs", "completion_pct", 112.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "transfer_output_total_in_a_city_bulletin",
        "meta": {"region": "资阳市", "level": "city"},
        "text": "新增农村劳动力转移就业1.02万人,农村劳动力转移输出总量达到98.6万人;劳动力输出规模稳定在90万人以上。",
        "facts": [("labor_transfer", "level", 10200.0, 2023, "", "actual", None)],
        "absent": [("labor_transfer", "level", 986000.0), ("labor_transfer", "level", 900000.0)],
    },
    # ---- the family's near misses (these held before this session; kept so that they hold)
    {
        "id": "income_parts_and_spending_are_not_the_income",
        "text": "城镇常住居民人均可支配收入39800元,增长5.0%。其中,工资性收入24100元,增长4.8%;经营净收入5200元;财产净收入2900元;转移净收入7600元。城镇居民人均消费支出27350元,增长7.1%。",
        "facts": [
            ("urban_income", "level", 39800.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.0, 2023, "", "actual", None),
        ],
        "absent": [
            ("urban_income", "level", 24100.0),
            ("urban_income", "yoy_pct", 4.8),
            ("urban_income", "level", 27350.0),
        ],
    },
    {
        "id": "income_ratio_and_growth_above_gdp_are_no_facts",
        "text": "城乡居民收入比由2.15:1缩小到2.08:1,居民收入增速跑赢GDP增速2.1个百分点,农村居民人均可支配收入增速高于城镇居民1.9个百分点。",
        "facts": [],
        "absent": [("urban_income",), ("rural_income",), ("resident_income",), ("gdp",)],
    },
    {
        "id": "wages_and_allowances_are_not_incomes",
        "text": "最低工资标准调整为1850元/月,城乡低保标准分别提高到每人每月700元和560元,基础养老金提高到每人每月150元,在岗职工平均工资达到86500元,增长6.2%。",
        "facts": [],
        "absent": [("urban_income",), ("rural_income",), ("resident_income",)],
    },
    {
        "id": "re_employment_and_other_counts_are_no_new_jobs",
        "text": "全年城镇新增就业6850人,下岗失业人员再就业2100人,就业困难人员再就业860人,开发公益性岗位安置620人,扶持返乡创业2300人。",
        "facts": [("new_urban_jobs", "level", 6850.0, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 2100.0), ("new_urban_jobs", "level", 860.0), ("labor_transfer",)],
    },
    {
        "id": "unemployment_rate_level_and_pp_change",
        "text": "城镇登记失业率为3.2%,比上年下降0.3个百分点;城镇调查失业率5.1%,较上年末下降0.4个百分点。",
        "facts": [
            ("unemployment_rate", "level", 3.2, 2023, "", "actual", None),
            ("unemployment_rate", "pp_change", -0.3, 2023, "", "actual", None),
            ("surveyed_unemployment_rate", "level", 5.1, 2023, "", "actual", None),
            ("surveyed_unemployment_rate", "pp_change", -0.4, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- older bulletins' household names of the incomes
    {
        "id": "household_incomes_of_an_older_bulletin",
        "meta": {"year": 2011, "report_date": "2012-03-01", "region": "岳池县"},
        "text": "农村居民家庭人均纯收入5620元,增长18.2%。城镇居民家庭人均可支配收入15230元,增长12.6%。",
        "facts": [
            ("rural_income", "level", 5620.0, 2011, "", "actual", None),
            ("rural_income", "yoy_pct", 18.2, 2011, "", "actual", None),
            ("urban_income", "level", 15230.0, 2011, "", "actual", None),
            ("urban_income", "yoy_pct", 12.6, 2011, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "household_total_income_is_not_disposable",
        "meta": {"year": 2011, "report_date": "2012-03-01", "region": "岳池县"},
        "text": "城镇居民家庭人均总收入16800元,农民家庭人均纯收入5620元。",
        "facts": [("rural_income", "level", 5620.0, 2011, "", "actual", None)],
        "absent": [("urban_income",)],
    },
    # ---- the second group's income with its name left out
    {
        "id": "rural_income_name_left_out",
        "meta": {"region": "兴国县"},
        "text": "城镇居民人均可支配收入41250元,增长5.1%;农村居民18620元,增长7.6%。",
        "facts": [
            ("urban_income", "level", 41250.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("rural_income", "level", 18620.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "urban_growth_name_left_out",
        "text": "农村居民人均可支配收入增长7.6%,城镇居民增长5.1%。",
        "facts": [
            ("rural_income", "yoy_pct", 7.6, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "group_named_in_a_gap_or_before_spending_is_no_income",
        "text": "农村居民人均可支配收入增速8.1%,高出城镇居民2.6个百分点;城镇居民人均可支配收入41250元,农村居民人均消费支出15210元。",
        "facts": [
            ("rural_income", "yoy_pct", 8.1, 2023, "", "actual", None),
            ("urban_income", "level", 41250.0, 2023, "", "actual", None),
        ],
        "absent": [("urban_income", "pp_change"), ("urban_income", "yoy_pct"), ("rural_income", "level")],
    },
    # ---- an approximate word closing a list qualifies every member (a flag, the values as printed)
    {
        "id": "list_bound_qualifies_every_member",
        "text": "今年主要预期目标:城乡居民人均可支配收入分别增长6%和8%左右,城镇调查失业率、登记失业率分别控制在5.5%、4.5%以内。",
        "facts": [
            ("urban_income", "yoy_pct", 6.0, 2024, "", "target", None),
            ("rural_income", "yoy_pct", 8.0, 2024, "", "target", None),
            ("surveyed_unemployment_rate", "level", 5.5, 2024, "", "target", None),
            ("unemployment_rate", "level", 4.5, 2024, "", "target", None),
        ],
        "absent": [],
    },
    # ---- the poor's transfers are not all rural labour's
    {
        "id": "poor_people_transferred_with_zuzhi",
        "meta": {"year": 2019, "report_date": "2020-01-10", "region": "屏山县"},
        "text": "组织贫困人口转移就业1.2万人,带动贫困户转移就业1200人。",
        "facts": [
            ("poverty_labor_transfer", "level", 12000.0, 2019, "", "actual", None),
        ],
        "absent": [("labor_transfer",)],
    },
    {
        "id": "transfer_verb_before_the_poor",
        "meta": {"year": 2019, "report_date": "2020-01-10", "region": "屏山县"},
        "text": "转移农村劳动力8.6万人,转移就业贫困劳动力1.2万人。",
        "facts": [
            ("labor_transfer", "level", 86000.0, 2019, "", "actual", None),
            ("poverty_labor_transfer", "level", 12000.0, 2019, "", "actual", None),
        ],
        "absent": [("labor_transfer", "level", 12000.0)],
    },
    {
        "id": "poor_households_transferred_with_daidong",
        "meta": {"year": 2019, "report_date": "2020-01-10", "region": "屏山县"},
        "text": "建成扶贫车间12个,带动贫困户转移就业1200人。",
        "facts": [("poverty_labor_transfer", "level", 1200.0, 2019, "", "actual", None)],
        "absent": [("labor_transfer",)],
    },
    # ---- a thousands separator inside a list's figure does not cut its clause
    {
        "id": "thousands_separator_in_the_first_income",
        "meta": {"region": "瑞昌市"},
        "text": "城乡常住居民人均可支配收入分别为42,409元和25882元,分别增长4%和9.4%。",
        "facts": [
            ("urban_income", "level", 42409.0, 2023, "", "actual", None),
            ("rural_income", "level", 25882.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 4.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 9.4, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "thousands_separator_in_the_second_income_then_growths",
        "text": "城乡居民人均可支配收入分别达到44730元和26,367元、增长6%和8.88%。",
        "facts": [
            ("urban_income", "level", 44730.0, 2023, "", "actual", None),
            ("rural_income", "level", 26367.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 6.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 8.88, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)


def test_a_list_bound_flags_every_member():
    """分别增长6%和8%左右, 分别控制在5.5%、4.5%以内: the first members are approximate too; a list without
    such a word (分别达到41250元和18620元) flags none."""
    case = next(c for c in CASES if c["id"] == "list_bound_qualifies_every_member")
    f = passage_facts(case, META)
    assert all("approximate" in str(x) for x in f["flags"]), f[["indicator", "value", "flags"]]
    plain = passage_facts({"text": "城乡居民人均可支配收入分别达到41250元和18620元。", "id": "x"}, META)
    assert len(plain) == 2 and not any("approximate" in str(x) for x in plain["flags"])


def test_evidence_holds_the_whole_figure_with_a_thousands_separator():
    """安置贫困户5537户16,945人: the evidence of the households does not stop inside the next figure."""
    meta = {**META, "year": 2019, "report_date": "2020-01-10"}
    f = passage_facts({"text": "全年完成易地扶贫搬迁5537户16,945人。", "id": "x"}, meta)
    assert len(f), "no facts"
    for ev in f["evidence"]:
        assert not ev.endswith("16"), ev
