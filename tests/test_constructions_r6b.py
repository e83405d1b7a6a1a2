"""Figures of a place other than the report's region, inside the region's own report.

A city's report lists its counties and districts (船山区实现地区生产总值…, 其中,瑞金…, 各县(市、区)…,
县域地区生产总值…, 分区县看,…); a county's report its townships (安定镇实现财政收入…) and parks
(经开区完成…,实现固定资产投资…). Those figures are not the region's (../shared/spec/EXTRACTION.md,
"Not a fact of the report's region"); the region's own figures (全市/全县/我县, its own name, full or
short, 县域 in a county's own report, a township's own name in its own report) stay. Each case is a
short passage written for these tests, not copied from ../shared: its meta, the facts it must give
(indicator, measure, value, year, subperiod, kind, period_start) and the keys it must not give.
"""

from __future__ import annotations

import pytest
from passages import check_case

CITY = {"year": 2022, "report_date": "2023-01-10", "region": "遂宁市", "level": "city"}
COUNTY = {"year": 2022, "report_date": "2023-01-08", "region": "平江县", "level": "county", "prefecture": "岳阳市"}
TOWNSHIP = {"year": 2022, "report_date": "2023-01-05", "region": "安定镇", "level": "township", "prefecture": ""}


def actual(ind: str, measure: str, value: float, year: int = 2022) -> tuple:
    return (ind, measure, value, year, "", "actual", None)


CASES: list[dict] = [
    # ---- a city's report listing its districts and counties by their full names, a verb between
    {
        "id": "city_lists_districts",
        "text": (
            "全年全市实现地区生产总值1710亿元,比上年增长6.1%。船山区实现地区生产总值562亿元,增长7.3%;"
            "安居区完成地区生产总值258亿元,增长5.6%。"
        ),
        "facts": [actual("gdp", "level", 1710), actual("gdp", "yoy_pct", 6.1)],
        "absent": [("gdp", "level", 562), ("gdp", "yoy_pct", 7.3), ("gdp", "level", 258), ("gdp", "yoy_pct", 5.6)],
    },
    {
        "id": "city_qizhong_county_then_own",
        "text": (
            "其中,蓬溪县全年完成一般公共预算收入9.4亿元,增长8.8%;射洪市一般公共预算收入21.5亿元。"
            "全市一般公共预算收入完成96.2亿元,增长6.4%。"
        ),
        "facts": [actual("general_budget_revenue", "level", 96.2), actual("general_budget_revenue", "yoy_pct", 6.4)],
        "absent": [("general_budget_revenue", "level", 9.4), ("general_budget_revenue", "yoy_pct", 8.8)],
    },
    {
        "id": "city_list_of_counties_respectively",
        "meta": {"region": "赣州市"},
        "text": "全市地区生产总值增长8.3%。瑞金市、于都县和南康区地区生产总值分别增长9.1%、8.8%、8.6%。",
        "facts": [actual("gdp", "yoy_pct", 8.3)],
        "absent": [("gdp", "yoy_pct", 9.1), ("gdp", "yoy_pct", 8.8), ("gdp", "yoy_pct", 8.6)],
    },
    # ---- a county named by its short name (瑞金 for 瑞金市), not a common word
    {
        "id": "city_short_county_name",
        "meta": {"region": "赣州市"},
        "text": "全市规模以上工业增加值增长8.9%。其中,瑞金规上工业增加值增长12.1%,固定资产投资增长10.4%。",
        "facts": [actual("industrial_va", "yoy_pct", 8.9)],
        "absent": [("industrial_va", "yoy_pct", 12.1), ("fai", "yoy_pct", 10.4)],
    },
    {
        "id": "city_own_short_name_stays",
        "text": "过去一年,遂宁实现地区生产总值1710亿元,增长6.1%。",
        "facts": [actual("gdp", "level", 1710), actual("gdp", "yoy_pct", 6.1)],
        "absent": [],
    },
    # ---- the counties taken together: 各县(市、区), 县域 (a city's), 分区县看
    {
        "id": "city_each_county",
        "text": (
            "全市城镇居民人均可支配收入达到40125元,增长5.9%。各县(市、区)城镇居民人均可支配收入均超过3.6万元,"
            "各县(市、区)地区生产总值平均增长6.8%。"
        ),
        "facts": [actual("urban_income", "level", 40125), actual("urban_income", "yoy_pct", 5.9)],
        "absent": [("urban_income", "level", 36000), ("gdp", "yoy_pct", 6.8)],
    },
    {
        "id": "city_county_economy",
        "text": (
            "全市地区生产总值1710亿元。县域经济加快发展,县域地区生产总值达到1180亿元,增长6.9%,占全市比重达到69%。"
            "县域一般公共预算收入完成58亿元,增长7.1%。全市一般公共预算收入完成96亿元。"
        ),
        "facts": [actual("gdp", "level", 1710), actual("general_budget_revenue", "level", 96)],  # the guard
        "absent": [("gdp", "level", 1180), ("gdp", "yoy_pct"), ("general_budget_revenue", "level", 58)],
    },
    {
        "id": "county_economy_of_a_county_is_its_own",
        "meta": COUNTY,
        "text": "县域经济实力稳步增强。县域地区生产总值达到296亿元,增长6.2%。",
        "facts": [actual("gdp", "level", 296), actual("gdp", "yoy_pct", 6.2)],
        "absent": [],
    },
    {
        "id": "city_own_tier_of_the_budget",
        "text": (
            "全市一般公共预算收入完成96.2亿元,增长6.4%。市本级一般公共预算收入完成31.5亿元,增长5.1%。"
            "市本级一般公共预算支出62.3亿元。"
        ),
        "facts": [actual("general_budget_revenue", "level", 96.2), actual("general_budget_revenue", "yoy_pct", 6.4)],
        "absent": [
            ("general_budget_revenue", "level", 31.5),
            ("general_budget_revenue", "yoy_pct", 5.1),
            ("fiscal_expenditure",),
        ],
    },
    {
        "id": "county_townships_and_own_tier",
        "meta": COUNTY,
        "text": "全县一般公共预算收入完成15.2亿元。县本级一般公共预算收入完成10.1亿元,乡镇一般公共预算收入完成5.1亿元。",
        "facts": [actual("general_budget_revenue", "level", 15.2)],
        "absent": [("general_budget_revenue", "level", 10.1), ("general_budget_revenue", "level", 5.1)],
    },
    # ---- the urban core: a part for the economy, the region's own for its air and water
    {
        "id": "city_urban_core",
        "text": "全市地区生产总值增长6.1%。中心城区实现地区生产总值820亿元,增长7.0%;主城区社会消费品零售总额增长8.2%。",
        "facts": [actual("gdp", "yoy_pct", 6.1)],
        "absent": [("gdp", "level", 820), ("gdp", "yoy_pct", 7.0), ("retail_sales",)],
    },
    {
        "id": "city_urban_core_air_stays",
        "text": "中心城区空气质量优良天数达到332天。市区城镇居民人均可支配收入43120元。",
        "facts": [actual("good_air_days", "level", 332)],
        "absent": [("urban_income",)],
    },
    {
        "id": "city_by_county_heading",
        "text": (
            "全市地区生产总值1710亿元,增长6.1%。"
            "分区县看,船山区地区生产总值560亿元,增长7.2%;大英县地区生产总值231亿元,增长6.4%。"
        ),
        "facts": [actual("gdp", "level", 1710), actual("gdp", "yoy_pct", 6.1)],  # the guard: the city's own
        "absent": [("gdp", "level", 560), ("gdp", "level", 231), ("gdp", "yoy_pct", 7.2), ("gdp", "yoy_pct", 6.4)],
    },
    {
        "id": "city_from_each_county_unnamed",
        "text": (
            "全年全市地区生产总值1710亿元。从各县(市、区)看,地区生产总值增速最高的增长9.1%,"
            "规模以上工业增加值增长均在5%以上。分区县看:城镇居民人均可支配收入最高达到45210元。"
        ),
        "facts": [actual("gdp", "level", 1710)],
        "absent": [("gdp", "yoy_pct"), ("industrial_va",), ("urban_income",)],
    },
    # ---- a county's report: its townships (镇, 乡, 街道) are parts, not the county
    {
        "id": "county_town_revenue",
        "meta": COUNTY,
        "text": (
            "全县一般公共预算收入完成15.2亿元,增长6.6%。其中,安定镇实现财政收入1.6亿元,增长8.2%;"
            "三市镇实现财政收入0.9亿元。"
        ),
        "facts": [actual("general_budget_revenue", "level", 15.2), actual("general_budget_revenue", "yoy_pct", 6.6)],
        "absent": [("fiscal_revenue",)],
    },
    {
        "id": "county_town_and_xiang_incomes",
        "meta": COUNTY,
        "text": (
            "全县农村居民人均可支配收入15986元,增长7.2%。长寿镇农村居民人均可支配收入达16800元,增长8.1%;"
            "思村乡农村居民人均可支配收入增长7.9%。"
        ),
        "facts": [actual("rural_income", "level", 15986), actual("rural_income", "yoy_pct", 7.2)],
        "absent": [
            ("rural_income", "level", 16800),
            ("rural_income", "yoy_pct", 8.1),
            ("rural_income", "yoy_pct", 7.9),
        ],
    },
    {
        "id": "county_towns_listed_respectively",
        "meta": COUNTY,
        "text": "2022年,汉昌街道、瓮江镇分别实现地区生产总值85亿元、46亿元。全县地区生产总值完成296亿元。",
        "facts": [actual("gdp", "level", 296)],
        "absent": [("gdp", "level", 85), ("gdp", "level", 46)],
    },
    {
        "id": "county_town_topic_carries",
        "meta": COUNTY,
        "text": (
            "2022年,瓮江镇完成固定资产投资8.6亿元,增长13%,规模以上工业增加值增长11.2%。全县固定资产投资增长9.1%。"
        ),
        "facts": [actual("fai", "yoy_pct", 9.1)],
        "absent": [("fai", "level", 8.6), ("fai", "yoy_pct", 13), ("industrial_va",)],
    },
    {
        "id": "township_own_report_keeps_its_name",
        "meta": TOWNSHIP,
        "text": "2022年,全镇上下团结一心。安定镇实现财政收入1.6亿元,增长8.2%;完成固定资产投资12亿元。",
        "facts": [
            actual("fiscal_revenue", "level", 1.6),
            actual("fiscal_revenue", "yoy_pct", 8.2),
            actual("fai", "level", 12),
        ],
        "absent": [],
    },
    # ---- a label before a colon names the place the sentence speaks of
    {
        "id": "county_town_label",
        "meta": COUNTY,
        "text": (
            "全县一般公共预算收入完成15.2亿元。安定镇:实现财政收入1.6亿元,增长8.2%。三市镇:一般公共预算收入0.9亿元。"
        ),
        "facts": [actual("general_budget_revenue", "level", 15.2)],
        "absent": [("fiscal_revenue",), ("general_budget_revenue", "level", 0.9)],
    },
    {
        "id": "county_park_label",
        "meta": COUNTY,
        "text": "1.工业园区:完成固定资产投资46亿元,增长21%。2.全县:固定资产投资增长9.2%。",
        "facts": [actual("fai", "yoy_pct", 9.2)],
        "absent": [("fai", "level", 46), ("fai", "yoy_pct", 21)],
    },
    # ---- words that look like a township or a part but are not (the region's own figures stay)
    {
        "id": "county_urban_jobs_is_no_town",
        "meta": COUNTY,
        "text": "确保城镇新增就业2049人,农村劳动力转移就业5.8万人以上。推进乡镇实现全覆盖,城乡居民人均可支配收入增长7%。",
        "facts": [],
        "values": [("new_urban_jobs", 2049), ("labor_transfer", 58000)],
        "absent": [],
    },
    {
        "id": "masked_county_area_is_its_own",
        "meta": {"region": "", "level": "anonymised"},
        "text": "县域空气质量优良天数达到311天,县域地区生产总值增长6.1%。",
        "facts": [actual("good_air_days", "level", 311), actual("gdp", "yoy_pct", 6.1)],
        "absent": [],
    },
    # ---- a county's parks: the opening names the park, the later clauses are the park's too
    {
        "id": "county_devzone_topic",
        "meta": COUNTY,
        "text": "全县规模以上工业增加值增长8.5%。经开区完成规上工业产值168亿元,增长12.3%,实现固定资产投资42亿元。",
        "facts": [actual("industrial_va", "yoy_pct", 8.5)],
        "absent": [("fai",)],
    },
    {
        "id": "county_hightech_zone_topic",
        "meta": COUNTY,
        "text": "高新区实现技工贸总收入320亿元,完成固定资产投资56亿元,增长18%。全县固定资产投资增长9.5%。",
        "facts": [actual("fai", "yoy_pct", 9.5)],
        "absent": [("fai", "level", 56), ("fai", "yoy_pct", 18)],
    },
    {
        "id": "county_park_then_own_region",
        "meta": COUNTY,
        "text": "工业园区完成技工贸总收入210亿元,全县规模以上工业增加值增长8.9%,固定资产投资增长9.5%。",
        "facts": [actual("industrial_va", "yoy_pct", 8.9), actual("fai", "yoy_pct", 9.5)],
        "absent": [],
    },
    # ---- a clause naming other places stands between the subject and the figures
    {
        "id": "city_counties_ranked_between",
        "text": "全市规模以上工业增加值增长8.1%,船山区、射洪市增速居前两位,分别增长10.2%、9.6%。",
        "facts": [actual("industrial_va", "yoy_pct", 8.1)],
        "absent": [("industrial_va", "yoy_pct", 10.2), ("industrial_va", "yoy_pct", 9.6)],
    },
    {
        "id": "county_towns_between",
        "meta": COUNTY,
        "text": "全县一般公共预算收入增长7.6%,其中安定镇、三市镇增幅较大,分别增长12.3%、11.8%。",
        "facts": [actual("general_budget_revenue", "yoy_pct", 7.6)],
        "absent": [("general_budget_revenue", "yoy_pct", 12.3), ("general_budget_revenue", "yoy_pct", 11.8)],
    },
    {
        "id": "county_own_rank_between_stays",
        "meta": COUNTY,
        "text": "全县地区生产总值完成296亿元,增速居全市第二,同比增长6.3%。",
        "facts": [actual("gdp", "level", 296), actual("gdp", "yoy_pct", 6.3)],
        "absent": [],
    },
    # ---- a new area (新区) is a park too
    {
        "id": "city_new_area",
        "text": "全市固定资产投资增长9.8%。其中,河东新区完成固定资产投资156亿元,增长16%。",
        "facts": [actual("fai", "yoy_pct", 9.8)],
        "absent": [("fai", "level", 156), ("fai", "yoy_pct", 16)],
    },
    # ---- the parent's figure, then the own region's: 全市…增长5.1%,我县增长6.6%
    {
        "id": "county_own_after_parent",
        "meta": COUNTY,
        "text": (
            "2022年,全市地区生产总值增长5.1%,我县增长6.6%,高于全市1.5个百分点。"
            "全市一般公共预算收入增长3.8%,我县完成15.2亿元,增长7.3%。"
        ),
        "facts": [
            actual("gdp", "yoy_pct", 6.6),
            actual("general_budget_revenue", "level", 15.2),
            actual("general_budget_revenue", "yoy_pct", 7.3),
        ],
        "absent": [("gdp", "yoy_pct", 5.1), ("general_budget_revenue", "yoy_pct", 3.8), ("gdp", "pp_change")],
    },
    {
        "id": "county_own_after_province_and_city",
        "meta": COUNTY,
        "text": "全省规模以上工业增加值增长5.2%,全市增长6.1%,全县增长7.4%。全省农村居民人均可支配收入增长6.3%,我县为8.1%。",
        "facts": [actual("industrial_va", "yoy_pct", 7.4)],
        "absent": [
            ("industrial_va", "yoy_pct", 5.2),
            ("industrial_va", "yoy_pct", 6.1),
            ("rural_income", "yoy_pct", 6.3),
        ],
    },
    {
        "id": "city_own_after_province",
        "text": "全省规模以上工业增加值增长5.2%,全市增长7.4%。",
        "facts": [actual("industrial_va", "yoy_pct", 7.4)],
        "absent": [("industrial_va", "yoy_pct", 5.2)],
    },
    # ---- the unit words (全县, 全区, 全州 …) are the report's own only for its own unit
    {
        "id": "township_quotes_county_and_district",
        "meta": TOWNSHIP,
        "text": (
            "2022年,全县农村居民人均可支配收入15986元,全镇农村居民人均可支配收入达16800元,增长8.1%。"
            "全区地区生产总值增长6%。"
        ),
        "facts": [actual("rural_income", "level", 16800), actual("rural_income", "yoy_pct", 8.1)],
        "absent": [("rural_income", "level", 15986), ("gdp",)],
    },
    {
        "id": "township_own_after_parent",
        "meta": TOWNSHIP,
        "text": "全区农村居民人均可支配收入增长9.5%,我镇增长10.2%。",
        "facts": [actual("rural_income", "yoy_pct", 10.2)],
        "absent": [("rural_income", "yoy_pct", 9.5)],
    },
    {
        "id": "autonomous_prefecture_own_words",
        "meta": {"region": "黔东南苗族侗族自治州", "level": "city"},
        "text": "全州地区生产总值增长7.2%,一般公共预算收入完成92亿元。我州城镇居民人均可支配收入36210元。",
        "facts": [
            actual("gdp", "yoy_pct", 7.2),
            actual("general_budget_revenue", "level", 92),
            actual("urban_income", "level", 36210),
        ],
        "absent": [],
    },
    {
        "id": "county_quotes_autonomous_region",
        "meta": {"region": "三江侗族自治县", "level": "county"},
        "text": "全区地区生产总值增长7.5%,全县地区生产总值增长8.1%。",
        "facts": [actual("gdp", "yoy_pct", 8.1)],
        "absent": [("gdp", "yoy_pct", 7.5)],
    },
    {
        "id": "district_own_words_stay",
        "meta": {"region": "南康区", "level": "county"},
        "text": "全区地区生产总值完成420亿元,增长8.9%;我区一般公共预算收入完成21.6亿元。",
        "facts": [
            actual("gdp", "level", 420),
            actual("gdp", "yoy_pct", 8.9),
            actual("general_budget_revenue", "level", 21.6),
        ],
        "absent": [],
    },
    {
        "id": "anonymised_report_keeps_unit_words",
        "meta": {"region": "", "level": "anonymised"},
        "text": "全区地区生产总值增长6.5%,全县一般公共预算收入完成8.2亿元。",
        "facts": [actual("gdp", "yoy_pct", 6.5), actual("general_budget_revenue", "level", 8.2)],
        "absent": [],
    },
    # ---- the county's own names keep their figures; the parent's context figures do not
    {
        "id": "county_own_names",
        "meta": COUNTY,
        "text": (
            "2022年,平江县地区生产总值达到296亿元,增长6.2%;我县一般公共预算收入完成15.2亿元;"
            "平江实现社会消费品零售总额142亿元。"
        ),
        "facts": [
            actual("gdp", "level", 296),
            actual("gdp", "yoy_pct", 6.2),
            actual("general_budget_revenue", "level", 15.2),
        ],
        "values": [("retail_sales", 142)],
        "absent": [],
    },
    {
        "id": "county_parent_named_context",
        "meta": COUNTY,
        "text": "岳阳市地区生产总值增长4.8%,一般公共预算收入增长3.6%。全县地区生产总值增长5.9%,比全市平均高1.1个百分点。",
        "facts": [actual("gdp", "yoy_pct", 5.9)],
        "absent": [("gdp", "yoy_pct", 4.8), ("general_budget_revenue",), ("gdp", "pp_change")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_place_other_than_the_region(case):
    check_case(case, CITY)
