"""The economy's core indicators on unseen reports (session 8): how county and city work reports,
statistical bulletins, speeches and work summaries say GDP, the three sectors, industry, retail sales
and grain, and which of their words give a catalog fact. A goal that names a growth rate and then the
amount it reaches is one goal (力争…增长6.5%,达到305亿元: both targets), and so is every member of a
list that ends on a goal (…120万亩、…52万吨的目标任务); a floor held for years (连续8年稳定在50万吨以上)
is no level; a milestone crossed (跃上, 迈过, 登上) is no level; a month that opens a clause
(…;12月份社会消费品零售总额…), months in Chinese numerals (一至十月, 元至11月) and a quarter's end
(截至三季度末) name a part of the year; a branch of a sector (现代服务业, 设施农业), a kind of economy
(民营经济总量, 海洋经济生产总值), the ecosystem's product (GEP) and the whole industry beside the part
above the size threshold (工业总产值…,其中规模以上工业总产值…) are not the catalog's indicators;
sectors named in one word (一二三产业, 二三产业) are a compound; per-capita GDP is on the resident
population (按户籍人口计算 is no fact).

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}

CASES: list[dict] = [
    # ---- a goal's growth rate, then the amount it reaches: one goal, two targets
    {
        "id": "goal_growth_then_amount_reached",
        # a work report of a county in Anhui, its plan for the year ahead
        "text": "2024年,力争全县地区生产总值增长6.5%,达到305亿元;确保规模以上工业增加值增长8%,达到128亿元以上。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
            ("gdp", "level", 305.0, 2024, "", "target", None),
            ("industrial_va", "yoy_pct", 8.0, 2024, "", "target", None),
            ("industrial_va", "level", 128.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "level", 305.0, 2024, "", "actual"), ("industrial_va", "level", 128.0, 2024, "", "actual")],
    },
    {
        "id": "goal_growth_then_grain_reached",
        # a speech at a county's mid-year meeting (Henan): the goal in 万吨 after its growth
        "meta": {"region": "滑县", "year": 2024, "report_date": "2024-07-18"},
        "text": "同志们,下半年要抓好秋粮生产,争取全年粮食总产量增长2%,达到52万吨。",
        "facts": [
            ("grain_output", "yoy_pct", 2.0, 2024, "", "target", None),
            ("grain_output", "level", 52.0, 2024, "", "target", None),
        ],
        "absent": [("grain_output", "level", 52.0, 2024, "", "actual")],
    },
    {
        "id": "goal_then_outturn_of_the_same_dimension_stays",
        # the near miss: an assessment self-check prints the task and then what was reached, both amounts
        "text": "全年一般公共预算收入目标任务3.2亿元,达到3.35亿元;地区生产总值预期目标增长6%,实际增长6.4%。",
        "facts": [
            ("general_budget_revenue", "level", 3.2, 2023, "", "target", None),
            ("general_budget_revenue", "level", 3.35, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 6.4, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 3.35, 2023, "", "target")],
    },
    # ---- a floor held for years is no level of the year
    {
        "id": "floor_held_for_years_after_the_level",
        # a statistical bulletin of a county in Heilongjiang: the year's level, then the floor of five years
        "meta": {"region": "五常市"},
        "text": "全年粮食总产量达到25.6亿斤,比上年增长1.2%,连续五年稳定在25亿斤以上;"
        "粮食播种面积332万亩,连续三年保持在330万亩以上。",
        "facts": [
            ("grain_output", "level", 128.0, 2023, "", "actual", None),
            ("grain_output", "yoy_pct", 1.2, 2023, "", "actual", None),
            ("grain_area", "level", 3320000.0, 2023, "", "actual", None),
        ],
        "absent": [("grain_output", "level", 125.0), ("grain_area", "level", 3300000.0)],
    },
    {
        "id": "floor_held_for_years_alone",
        # a work summary (Shandong): only the floor is printed, of grain and of GDP
        "meta": {"region": "莘县"},
        "text": "粮食生产再获丰收,粮食总产量连续8年稳定在20亿斤以上,粮食播种面积连续5年稳定在200万亩以上。"
        "全县地区生产总值已连续4年超过400亿元,增长5.6%。",
        "facts": [("gdp", "yoy_pct", 5.6, 2023, "", "actual", None)],
        "absent": [("grain_output", "level"), ("grain_area", "level"), ("gdp", "level")],
    },
    {
        "id": "floor_of_the_year_stays",
        # the near miss: a floor of the year (or a plan's) keeps its printed number, flagged approximate
        "text": "全年粮食总产量稳定在110万吨以上。今年的主要预期目标是:粮食总产量稳定在112万吨以上。",
        "facts": [
            ("grain_output", "level", 110.0, 2023, "", "actual", None),
            ("grain_output", "level", 112.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    # ---- a milestone crossed is no level
    {
        "id": "milestone_verbs_of_a_leap",
        # a work report (Jiangxi) and a speech: 跃上, 迈过, 登上 before the round figure
        "meta": {"region": "南康区"},
        "text": "过去一年,全区地区生产总值跃上400亿元,社会消费品零售总额迈过150亿元,"
        "规模以上工业总产值登上600亿元新高度,增长9.2%。",
        "facts": [("industrial_output", "yoy_pct", 9.2, 2023, "", "actual", None)],
        "absent": [("gdp", "level"), ("retail_sales", "level"), ("industrial_output", "level")],
    },
    {
        "id": "milestone_leap_then_the_level",
        # the near miss: the figure printed after the milestone is the level; 跃升至 is a rise to a level
        "meta": {"region": "南康区"},
        "text": "全区地区生产总值跃上400亿元台阶,达到412.6亿元;规上工业增加值跃升至136亿元,增长10.1%。",
        "facts": [
            ("gdp", "level", 412.6, 2023, "", "actual", None),
            ("industrial_va", "level", 136.0, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 10.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 400.0)],
    },
    # ---- a branch of a sector is not the sector
    {
        "id": "branches_of_services_after_the_sector",
        # a city's statistical bulletin (Zhejiang): the branches after the sector's own figures
        "meta": {"region": "嘉兴市", "level": "city"},
        "text": "全年服务业增加值1045亿元,增长6.1%;其中现代服务业增加值增长8.3%,"
        "营利性服务业增加值增长10.2%,生产性服务业增加值占服务业比重达到42%。",
        "facts": [
            ("tertiary_va", "level", 1045.0, 2023, "", "actual", None),
            ("tertiary_va", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [("tertiary_va", "yoy_pct", 8.3), ("tertiary_va", "yoy_pct", 10.2)],
    },
    {
        "id": "branches_of_a_sector_alone",
        # a work summary of a county (Yunnan): only branches are printed
        "meta": {"region": "弥勒市"},
        "text": "现代服务业增加值达到86亿元,增长9%;设施农业增加值12亿元,休闲农业增加值增长15%。",
        "facts": [],
        "absent": [("tertiary_va",), ("primary_va",)],
    },
    {
        "id": "sector_named_two_ways_stays",
        # the near miss: the sector with its other name in brackets, and 农业增加值 (the catalog's alias)
        "meta": {"region": "弥勒市"},
        "text": "第三产业(服务业)增加值达到138亿元,增长5.8%;农业增加值完成36.8亿元,增长4.2%。",
        "facts": [
            ("tertiary_va", "level", 138.0, 2023, "", "actual", None),
            ("tertiary_va", "yoy_pct", 5.8, 2023, "", "actual", None),
            ("primary_va", "level", 36.8, 2023, "", "actual", None),
            ("primary_va", "yoy_pct", 4.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- the year up to a quarter's end
    {
        "id": "through_a_quarters_end",
        # an economic-performance analysis of a county in Guizhou, written in October
        "meta": {"region": "仁怀市", "report_date": "2023-10-20"},
        "text": "截至三季度末,全市实现地区生产总值1198.6亿元,同比增长5.6%,规模以上工业增加值增长7.2%。",
        "facts": [
            ("gdp", "level", 1198.6, 2023, "Q1-Q3", "actual", None),
            ("gdp", "yoy_pct", 5.6, 2023, "Q1-Q3", "actual", None),
            ("industrial_va", "yoy_pct", 7.2, 2023, "Q1-Q3", "actual", None),
        ],
        "absent": [("gdp", "level", 1198.6, 2023, "")],
    },
    {
        "id": "through_the_second_quarters_end_with_its_year",
        # a speech at a mid-year meeting (Hubei)
        "meta": {"region": "仙桃市", "report_date": "2023-07-25"},
        "text": "截止2023年第二季度末,全市规上工业总产值完成526亿元,社会消费品零售总额完成182亿元,增长8.1%。",
        "facts": [
            ("industrial_output", "level", 526.0, 2023, "H1", "actual", None),
            ("retail_sales", "level", 182.0, 2023, "H1", "actual", None),
            ("retail_sales", "yoy_pct", 8.1, 2023, "H1", "actual", None),
        ],
        "absent": [("industrial_output", "level", 526.0, 2023, "")],
    },
    {
        "id": "a_quarters_end_as_a_base_and_a_quarter_alone",
        # the near miss: a quarter's end a change is measured against is no period of the figure;
        # the quarter alone stays that quarter
        "text": "全年地区生产总值增长6%,增速比三季度末提高0.3个百分点;四季度,全县GDP增长6.8%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.8, 2023, "Q4", "actual", None),
        ],
        "absent": [("gdp", "pp_change")],
    },
    # ---- a month that opens a ;-segment
    {
        "id": "month_right_before_the_subject_after_the_year",
        # a county's annual statistical bulletin (Hebei): December's figures after the year's, then the year again
        "meta": {"region": "正定县"},
        "text": "全年社会消费品零售总额126.8亿元,比上年增长7.6%;12月份社会消费品零售总额12.6亿元,增长9.1%。"
        "城镇居民人均可支配收入41250元,增长5.1%。",
        "facts": [
            ("retail_sales", "level", 126.8, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", 7.6, 2023, "", "actual", None),
            ("retail_sales", "level", 12.6, 2023, "M12", "actual", None),
            ("retail_sales", "yoy_pct", 9.1, 2023, "M12", "actual", None),
            ("urban_income", "level", 41250.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.1, 2023, "", "actual", None),
        ],
        "absent": [("retail_sales", "level", 12.6, 2023, ""), ("urban_income", "level", 41250.0, 2023, "M12")],
    },
    {
        "id": "month_opening_a_segment_before_the_region",
        # a work summary of a county in Sichuan: the month before 全县, and before a comma
        "meta": {"region": "射洪市"},
        "text": "全市规上工业增加值增长8.5%,社会消费品零售总额增长7.1%;11月份全市规上工业增加值增长12.3%,"
        "社会消费品零售总额增长9.6%;12月份,规上工业总产值完成52亿元。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.5, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", 7.1, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 12.3, 2023, "M11", "actual", None),
            ("retail_sales", "yoy_pct", 9.6, 2023, "M11", "actual", None),
            ("industrial_output", "level", 52.0, 2023, "M12", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 12.3, 2023, ""), ("industrial_output", "level", 52.0, 2023, "")],
    },
    {
        "id": "month_before_a_verb_is_a_date",
        # the near miss: a month before what was done dates an event; the year's figure after it stays the year's
        "text": "全年规上工业增加值增长8.5%;11月份超额完成年度投资任务,全年完成固定资产投资54.68亿元。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.5, 2023, "", "actual", None),
            ("fai", "level", 54.68, 2023, "", "actual", None),
        ],
        "absent": [("fai", "level", 54.68, 2023, "M11")],
    },
    # ---- the whole industry's output beside the output above the size threshold
    {
        "id": "all_industry_output_then_its_part_above_the_threshold",
        # a county's statistical bulletin (Jiangsu): the whole, then 其中 the catalog's part
        "meta": {"region": "沭阳县"},
        "text": "全县工业总产值完成356亿元,其中规模以上工业总产值312亿元,增长10.1%。",
        "facts": [("industrial_output", "level", 312.0, 2023, "", "actual", None)],
        "values": [("industrial_output", 10.1)],
        "absent": [("industrial_output", "level", 356.0)],
    },
    {
        "id": "all_industry_output_and_its_growth_beside_the_part",
        # a work report (Shandong): the whole with its growth, then the part in the next segment
        "meta": {"region": "邹平市"},
        "text": "全年完成工业总产值856亿元,增长9%;规模以上工业总产值712亿元,增长10.1%。"
        "全部工业总产值中,规上工业总产值占83%。",
        "facts": [
            ("industrial_output", "level", 712.0, 2023, "", "actual", None),
            ("industrial_output", "yoy_pct", 10.1, 2023, "", "actual", None),
        ],
        "absent": [("industrial_output", "level", 856.0), ("industrial_output", "yoy_pct", 9.0)],
    },
    {
        "id": "industrial_output_alone_stays",
        # the near miss: 工业总产值 with no output above the threshold in its sentence stays the catalog's
        # alias (a value added above the threshold beside it does not make it a whole)
        "meta": {"region": "邹平市"},
        "text": "全县实现工业总产值156亿元,增长9.5%,规上工业增加值增长8%。",
        "facts": [
            ("industrial_output", "level", 156.0, 2023, "", "actual", None),
            ("industrial_output", "yoy_pct", 9.5, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a part of the economy named by its kind is not the region's GDP
    {
        "id": "kinds_of_economy_with_a_total",
        # a work report of a county in Zhejiang: the private and the digital economy's totals
        "meta": {"region": "永康市"},
        "text": "全市民营经济总量达到480亿元,增长8%;数字经济总量突破60亿元,达到62.3亿元。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "kind_of_economy_with_a_product_before_the_regions",
        # a city's statistical bulletin (Shandong): the marine economy's product, then the city's GDP
        "meta": {"region": "威海市", "level": "city"},
        "text": "全市海洋经济生产总值达到1560亿元,占地区生产总值的比重为42.1%。全市地区生产总值3628亿元,增长5.6%。",
        "facts": [
            ("gdp", "level", 3628.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.6, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 1560.0)],
    },
    {
        "id": "the_regions_own_economy_stays",
        # the near miss: 我市经济总量 in the report of a county-level city is its GDP
        "meta": {"region": "永康市"},
        "text": "我市经济总量达到686亿元,增长6.2%。",
        "facts": [
            ("gdp", "level", 686.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "gross_ecosystem_product_is_not_gdp",
        # a work report of a county in Fujian that accounts its ecosystem's product
        "meta": {"region": "武夷山市"},
        "text": "全市生态系统生产总值(GEP)达到560亿元,增长3.2%,是地区生产总值的2.1倍。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "green_gdp_beside_gdp",
        # a work summary (Zhejiang): the green GDP after the region's own, which stays
        "meta": {"region": "安吉县"},
        "text": "全县地区生产总值586亿元,增长6.2%;绿色GDP达到420亿元,生态系统生产总值增长4.1%。",
        "facts": [
            ("gdp", "level", 586.0, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.2, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 420.0), ("gdp", "yoy_pct", 4.1)],
    },
    # ---- sectors named together in one word
    {
        "id": "three_sectors_in_one_word",
        # a county's statistical bulletin (Guangxi): 一二三产业 without separators
        "meta": {"region": "平果市"},
        "text": "一二三产业增加值分别为42.3亿元、105.6亿元、138.6亿元,分别增长3.5%、7.2%、6.1%。",
        "facts": [
            ("primary_va", "level", 42.3, 2023, "", "actual", None),
            ("secondary_va", "level", 105.6, 2023, "", "actual", None),
            ("tertiary_va", "level", 138.6, 2023, "", "actual", None),
            ("primary_va", "yoy_pct", 3.5, 2023, "", "actual", None),
            ("secondary_va", "yoy_pct", 7.2, 2023, "", "actual", None),
            ("tertiary_va", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [("tertiary_va", "level", 42.3), ("tertiary_va", "yoy_pct", 3.5)],
    },
    {
        "id": "secondary_and_tertiary_together",
        # a work report (Jiangsu): the two sectors together, once each with 分别 and once summed
        "meta": {"region": "昆山市"},
        "text": "第二、三产业增加值分别为2105.6亿元和2538.6亿元;二三产业增加值合计4644.2亿元,占地区生产总值的99.1%。",
        "facts": [
            ("secondary_va", "level", 2105.6, 2023, "", "actual", None),
            ("tertiary_va", "level", 2538.6, 2023, "", "actual", None),
        ],
        "absent": [("tertiary_va", "level", 4644.2), ("secondary_va", "level", 4644.2)],
    },
    {
        "id": "sectors_named_apart_stay",
        # the near miss: each sector named on its own (第三产业 before 第二产业), and 一、二、三产业
        "meta": {"region": "昆山市"},
        "text": "第三产业增加值2538.6亿元,第二产业增加值2105.6亿元;一、二、三产业增加值分别增长1.5%、4.2%、6.1%。",
        "facts": [
            ("tertiary_va", "level", 2538.6, 2023, "", "actual", None),
            ("secondary_va", "level", 2105.6, 2023, "", "actual", None),
            ("primary_va", "yoy_pct", 1.5, 2023, "", "actual", None),
            ("secondary_va", "yoy_pct", 4.2, 2023, "", "actual", None),
            ("tertiary_va", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- months counted in Chinese numerals
    {
        "id": "months_in_chinese_numerals",
        # an economic-performance report of a county in Hunan, written in November
        "meta": {"region": "醴陵市", "report_date": "2023-11-20"},
        "text": "一至十月,全市规模以上工业增加值增长8.2%,社会消费品零售总额完成186亿元,增长7.1%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.2, 2023, "M1-M10", "actual", None),
            ("retail_sales", "level", 186.0, 2023, "M1-M10", "actual", None),
            ("retail_sales", "yoy_pct", 7.1, 2023, "M1-M10", "actual", None),
        ],
        "absent": [("retail_sales", "level", 186.0, 2023, "")],
    },
    {
        "id": "months_from_the_first_month_by_name",
        # a speech at a meeting in December (Jiangxi): 元至11月, and 一月至十一月份
        "meta": {"region": "樟树市", "report_date": "2023-12-15"},
        "text": "元至11月,全市地区生产总值增长5.9%;一月至十一月份,规上工业总产值完成526亿元。",
        "facts": [
            ("gdp", "yoy_pct", 5.9, 2023, "M1-M11", "actual", None),
            ("industrial_output", "level", 526.0, 2023, "M1-M11", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.9, 2023, ""), ("industrial_output", "level", 526.0, 2023, "")],
    },
    {
        "id": "months_of_the_whole_year_and_a_base_in_numerals",
        # the near miss: 一至十二月 is the year; a change against 一至十月 is no fact
        "meta": {"region": "醴陵市"},
        "text": "全市一至十二月社会消费品零售总额增长7%,增速比一至十月提高0.2个百分点。",
        "facts": [("retail_sales", "yoy_pct", 7.0, 2023, "", "actual", None)],
        "absent": [("retail_sales", "pp_change")],
    },
    # ---- a list of figures that ends on a goal: every member is the goal
    {
        "id": "list_of_tasks_set_from_above",
        # a self-assessment of a county in Henan: the tasks the city set, reported as met
        "meta": {"region": "太康县"},
        "text": "全面完成市下达的粮食播种面积180万亩、粮食总产量85万吨以上的目标任务。",
        "facts": [
            ("grain_area", "level", 1800000.0, 2023, "", "target", None),
            ("grain_output", "level", 85.0, 2023, "", "target", None),
        ],
        "absent": [("grain_area", "level", 1800000.0, 2023, "", "actual")],
    },
    {
        "id": "list_of_growth_goals_met",
        # a work report: two growth rates that name the year's expected goals
        "meta": {"region": "太康县"},
        "text": "地区生产总值增长6%、规模以上工业增加值增长8%的预期目标顺利实现,社会消费品零售总额增长7.1%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
            ("industrial_va", "yoy_pct", 8.0, 2023, "", "target", None),
            ("retail_sales", "yoy_pct", 7.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2023, "", "actual")],
    },
    {
        "id": "list_closed_before_the_task_stays_achieved",
        # the near miss: the list ends before a clause saying the tasks were exceeded: the figures are achieved
        "meta": {"region": "太康县"},
        "text": "全年粮食播种面积180.6万亩、粮食总产量86.2万吨,均超额完成目标任务。",
        "facts": [
            ("grain_area", "level", 1806000.0, 2023, "", "actual", None),
            ("grain_output", "level", 86.2, 2023, "", "actual", None),
        ],
        "absent": [("grain_area", "level", 1806000.0, 2023, "", "target")],
    },
    {
        "id": "value_added_of_the_whole_industry_beside_the_part",
        # a county's bulletin (Anhui): the whole industry's output and value added, then those above the threshold
        "meta": {"region": "天长市"},
        "text": "全年完成工业总产值856亿元,实现增加值198亿元;规模以上工业总产值712亿元,增加值166亿元,增长9.1%。",
        "facts": [
            ("industrial_output", "level", 712.0, 2023, "", "actual", None),
            ("industrial_va", "level", 166.0, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 9.1, 2023, "", "actual", None),
        ],
        "absent": [("industrial_va", "level", 198.0), ("industrial_output", "level", 856.0)],
    },
    {
        "id": "value_added_of_the_whole_industry_then_its_part",
        # a work summary (Hebei): the whole, then 其中 the part above the threshold, each with its value added
        "meta": {"region": "任丘市"},
        "text": "全市工业总产值完成486亿元,完成增加值108亿元,其中规上工业总产值436亿元,实现增加值96亿元。",
        "facts": [
            ("industrial_output", "level", 436.0, 2023, "", "actual", None),
            ("industrial_va", "level", 96.0, 2023, "", "actual", None),
        ],
        "absent": [("industrial_va", "level", 108.0), ("industrial_output", "level", 486.0)],
    },
    {
        "id": "value_added_after_industrial_output_alone_stays",
        # the near miss: with no output above the threshold in the sentence, the bare 增加值 stays industrial_va
        "meta": {"region": "天长市"},
        "text": "全市完成工业总产值156亿元,实现增加值42亿元,增长8%。",
        "facts": [
            ("industrial_output", "level", 156.0, 2023, "", "actual", None),
            ("industrial_va", "level", 42.0, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- per-capita GDP on two population bases
    {
        "id": "per_capita_gdp_on_registered_then_resident_population",
        # a county's statistical bulletin (Sichuan, a county of out-migration): both bases printed
        "meta": {"region": "仪陇县"},
        "text": "按户籍人口计算的人均GDP为3.6万元,按常住人口计算为4.5万元。",
        "facts": [("gdp_per_capita", "level", 45000.0, 2023, "", "actual", None)],
        "absent": [("gdp_per_capita", "level", 36000.0)],
    },
    {
        "id": "per_capita_gdp_on_resident_then_registered_population",
        # a work report (Guizhou): the resident basis first, the registered one after it
        "meta": {"region": "威宁县"},
        "text": "人均GDP按常住人口计算达到35600元,按户籍人口计算达到26300元;按户籍人口计算,人均地区生产总值增长7.1%。",
        "facts": [("gdp_per_capita", "level", 35600.0, 2023, "", "actual", None)],
        "absent": [("gdp_per_capita", "level", 26300.0), ("gdp_per_capita", "yoy_pct")],
    },
    {
        "id": "per_capita_gdp_on_the_resident_population_stays",
        # the near miss: the standard basis named before the subject or in brackets keeps its figures
        "meta": {"region": "威宁县"},
        "text": "按常住人口计算,全县人均地区生产总值达到35600元,增长6.3%;城镇化率(按常住人口计算)为46.2%。",
        "facts": [
            ("gdp_per_capita", "level", 35600.0, 2023, "", "actual", None),
            ("gdp_per_capita", "yoy_pct", 6.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
