"""Comparisons and relative statements (session 6): a gap to another place (较全省平均水平高, 比安徽省高,
快于太和县), to another group or subject (增速高于城镇居民), or to the target or plan (距全年目标还差,
低于年度计划, 比预期低) is not a fact of the report's region; the region's own figures around it and its
own change against its own last year (比上年提高, 较去年同期回落) are kept, also when a comparison stands
between them, and a target named only as a comparison's base does not make the later figures targets.

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}
CITY = {"region": "阜阳市", "level": "city"}

CASES: list[dict] = [
    # ---- 较 + another place, the subject in the same clause: the gap is no pp_change
    {
        "id": "gap_to_the_province_average_with_jiao",
        "text": "2023年,全县规模以上工业增加值增速较全省平均水平高2.4个百分点,总量突破百亿元。",
        "facts": [],
        "absent": [("industrial_va", "pp_change")],
    },
    {
        "id": "gap_to_two_places_with_jiao_fenbie",
        "text": "去年,全县一般公共预算收入增速较全国、全省分别高3.1和1.7个百分点,税收占比持续提升。",
        "facts": [],
        "absent": [("general_budget_revenue", "pp_change")],
    },
    {
        "id": "income_below_the_province_average_with_jiao",
        "text": "全县农村居民人均可支配收入较全省平均水平低1860元,差距逐年缩小。",
        "facts": [],
        "absent": [("rural_income", "level")],
    },
    {
        "id": "income_gap_after_the_figure_then_its_growth",
        "text": "全县城镇居民人均可支配收入38520元,较全省平均水平低2300元,增长5.6%。",
        "facts": [
            ("urban_income", "level", 38520.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.6, 2023, "", "actual", None),
        ],
        "absent": [("urban_income", "level", 2300.0)],
    },
    # ---- a named place (province, city, county) as the comparison's base
    {
        "id": "gap_to_a_named_province",
        "text": "全县地区生产总值增速比安徽省高0.9个百分点,发展质效稳步提升。",
        "facts": [],
        "absent": [("gdp", "pp_change")],
    },
    {
        "id": "gap_to_a_named_city_before_the_growth",
        "text": "2023年,全县固定资产投资增速高于阜阳市2.2个百分点,增长9.6%。",
        "facts": [("fai", "yoy_pct", 9.6, 2023, "", "actual", None)],
        "absent": [("fai", "pp_change")],
    },
    {
        "id": "gap_to_a_neighbouring_county",
        "text": "全县社会消费品零售总额增速快于太和县1.5个百分点。",
        "facts": [],
        "absent": [("retail_sales", "pp_change")],
    },
    # ---- a gap to the target or plan: no fact, and no target kind for what follows
    {
        "id": "gap_to_the_annual_target_still_to_close",
        "text": "前三季度,全县地区生产总值增速距全年目标还差0.8个百分点,需加压奋进。",
        "meta": {"year": 2023, "report_date": "2023-10-20"},
        "facts": [],
        "absent": [("gdp", "pp_change")],
    },
    {
        "id": "below_the_plan_then_own_change",
        "text": "全县固定资产投资增长7.5%,低于年度计划1.5个百分点,比上年提高2.1个百分点。",
        "facts": [
            ("fai", "yoy_pct", 7.5, 2023, "", "actual", None),
            ("fai", "pp_change", 2.1, 2023, "", "actual", None),
        ],
        "absent": [("fai", "pp_change", 1.5), ("fai", "pp_change", 2.1, 2023, "", "target")],
    },
    {
        "id": "below_expectation",
        "text": "受房地产市场下行影响,全县财政总收入增速比预期低0.7个百分点。",
        "facts": [],
        "absent": [("fiscal_revenue", "pp_change")],
    },
    {
        "id": "below_the_provincial_control_target_then_own_change",
        "text": "全县城镇登记失业率为3.1%,低于省控目标1.4个百分点,较上年下降0.2个百分点。",
        "facts": [
            ("unemployment_rate", "level", 3.1, 2023, "", "actual", None),
            ("unemployment_rate", "pp_change", -0.2, 2023, "", "actual", None),
        ],
        "absent": [("unemployment_rate", "pp_change", 1.4), ("unemployment_rate", "pp_change", -1.4)],
    },
    # ---- a gap to another group or subject (城镇居民, GDP增速): not the rate's own change
    {
        "id": "rural_income_growth_above_urban",
        "text": "全县农村居民人均可支配收入增速高于城镇居民2.9个百分点,城乡差距继续缩小。",
        "facts": [],
        "absent": [("rural_income", "pp_change")],
    },
    {
        "id": "urban_income_growth_below_rural_with_bi",
        "text": "2023年,全县城镇居民人均可支配收入增速比农村居民低1.8个百分点,城乡收入比缩小至2.1。",
        "facts": [],
        "absent": [("urban_income", "pp_change")],
    },
    {
        "id": "industry_faster_than_gdp",
        "text": "全县规上工业增加值增速快于地区生产总值增速3.1个百分点。",
        "facts": [],
        "absent": [("industrial_va", "pp_change"), ("gdp", "pp_change")],
    },
    # ---- a comparison between a figure and the region's own change: the own change is kept
    {
        "id": "own_change_after_a_gap_to_the_city",
        "text": "2023年,全县地区生产总值增长6.8%,增速高于全市1.2个百分点,比上年提高0.5个百分点。",
        "facts": [
            ("gdp", "yoy_pct", 6.8, 2023, "", "actual", None),
            ("gdp", "pp_change", 0.5, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "pp_change", 1.2)],
    },
    {
        "id": "own_change_after_a_gap_to_two_places",
        "text": "全县一般公共预算收入增长8.4%,增速比全省、全市分别高2.6和1.1个百分点,较上年回落0.9个百分点。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 8.4, 2023, "", "actual", None),
            ("general_budget_revenue", "pp_change", -0.9, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "pp_change", 2.6), ("general_budget_revenue", "pp_change", 1.1)],
    },
    {
        "id": "own_change_after_a_change_against_the_first_quarter",
        "text": "上半年,全县规模以上工业增加值增长9.3%,增速比一季度加快1.6个百分点,比去年同期提高0.7个百分点。",
        "meta": {"year": 2023, "report_date": "2023-07-25"},
        "facts": [
            ("industrial_va", "yoy_pct", 9.3, 2023, "H1", "actual", None),
            ("industrial_va", "pp_change", 0.7, 2023, "H1", "actual", None),
        ],
        "absent": [("industrial_va", "pp_change", 1.6)],
    },
    # ---- more words of a comparison: 跑赢, 超 (a target), a gap that narrows, the budget as the base
    {
        "id": "outpaces_the_province",
        "text": "全县社会消费品零售总额增速跑赢全省1.3个百分点,消费市场持续回暖。",
        "facts": [],
        "absent": [("retail_sales", "pp_change")],
    },
    {
        "id": "exceeds_the_annual_target_by_points",
        "text": "全县规上工业增加值增速超年度目标0.6个百分点,比上年同期加快2.2个百分点。",
        "facts": [("industrial_va", "pp_change", 2.2, 2023, "", "actual", None)],
        "absent": [("industrial_va", "pp_change", 0.6), ("industrial_va", "pp_change", 2.2, 2023, "", "target")],
    },
    {
        "id": "gap_to_the_province_narrows",
        "text": "全县农村居民人均可支配收入与全省平均水平的差距缩小0.9个百分点。",
        "facts": [],
        "absent": [("rural_income", "pp_change")],
    },
    {
        "id": "above_the_budget_set_at_the_start_of_the_year",
        "meta": CITY,
        "text": "全市一般公共预算收入完成200.5亿元,增长8.1%,较年初预算高出1.2个百分点。",
        "facts": [
            ("general_budget_revenue", "level", 200.5, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "pp_change")],
    },
    # ---- the own change against last year after the figure: the words of a rate's change, and their sign
    {
        "id": "own_change_slowed_after_the_figure",
        "text": "全县地区生产总值增长5.9%,比上年放缓0.7个百分点;全县固定资产投资增长10.2%,较上年回升3.1个百分点。",
        "facts": [
            ("gdp", "yoy_pct", 5.9, 2023, "", "actual", None),
            ("gdp", "pp_change", -0.7, 2023, "", "actual", None),
            ("fai", "yoy_pct", 10.2, 2023, "", "actual", None),
            ("fai", "pp_change", 3.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "pp_change", 0.7)],
    },
    {
        "id": "own_change_lower_than_last_year",
        "text": "全县一般公共预算收入增速比上年低1.4个百分点,规上工业增加值增速比上年下滑2.3个百分点。",
        "facts": [
            ("general_budget_revenue", "pp_change", -1.4, 2023, "", "actual", None),
            ("industrial_va", "pp_change", -2.3, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "pp_change", 1.4), ("industrial_va", "pp_change", 2.3)],
    },
    {
        "id": "own_change_faster_than_same_period_last_year",
        "text": "全县社会消费品零售总额增长7.7%,比去年同期加快1.9个百分点,比全省快0.5个百分点。",
        "facts": [
            ("retail_sales", "yoy_pct", 7.7, 2023, "", "actual", None),
            ("retail_sales", "pp_change", 1.9, 2023, "", "actual", None),
        ],
        "absent": [("retail_sales", "pp_change", 0.5)],
    },
    # ---- the region's share of another place, and a subject that is the base of the comparison
    {
        "id": "share_of_the_city_rises",
        "text": "全县地区生产总值占全市的比重提高0.5个百分点,经济首位度进一步提升。",
        "facts": [],
        "absent": [("gdp", "pp_change")],
    },
    {
        "id": "share_of_the_province_after_the_growth",
        "text": "全县粮食总产量增长2.3%,占全省的份额较上年提高0.2个百分点。",
        "facts": [("grain_output", "yoy_pct", 2.3, 2023, "", "actual", None)],
        "absent": [("grain_output", "pp_change")],
    },
    {
        "id": "another_subject_as_the_base_after_bi",
        "text": "全县规上工业增加值增速为9.1%,比地区生产总值增速高2.3个百分点。",
        "facts": [("industrial_va", "yoy_pct", 9.1, 2023, "", "actual", None)],
        "absent": [("gdp", "pp_change"), ("industrial_va", "pp_change")],
    },
    # ---- the growth rate named with the subject, its figure in a clause after a comparison: a yoy_pct
    {
        "id": "rate_named_then_a_comparison_then_its_figure",
        "text": "全县地区生产总值增速高于全省平均水平,达到6.8%;规上工业增加值增幅高出全市2.1个百分点,为11.2%。",
        "facts": [
            ("gdp", "yoy_pct", 6.8, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 11.2, 2023, "", "actual", None),
        ],
        "absent": [("industrial_va", "pp_change")],
    },
    {
        "id": "rate_named_then_its_own_change_then_its_figure",
        "text": "全县固定资产投资增速比上年提高3.4个百分点,达到9.7%,位居全市第二。",
        "facts": [
            ("fai", "pp_change", 3.4, 2023, "", "actual", None),
            ("fai", "yoy_pct", 9.7, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a township's report: 全县 is another place, its own change after the gap stays
    {
        "id": "township_gap_to_the_county_then_own_change",
        "meta": {"region": "迎仙镇", "level": "township", "prefecture": "临泉县"},
        "text": "全镇财政收入增长9.1%,增速高于全县2.3个百分点,比上年提高1.1个百分点。",
        "facts": [
            ("fiscal_revenue", "yoy_pct", 9.1, 2023, "", "actual", None),
            ("fiscal_revenue", "pp_change", 1.1, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_revenue", "pp_change", 2.3)],
    },
    {
        "id": "gap_to_expectation_then_completion_of_the_budget",
        "text": "全县一般公共预算收入增长12.1%,超出预期4.1个百分点,完成年度预算的104.1%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 12.1, 2023, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 104.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "pp_change")],
    },
    {
        "id": "own_change_against_the_year_before_other_words",
        "text": "全县城镇登记失业率为3.2%,比前一年下降0.3个百分点;贫困发生率降至0.8%,较上年度下降2.1个百分点;地区生产总值增长6.8%,比上一年提高0.5个百分点。",
        "facts": [
            ("unemployment_rate", "level", 3.2, 2023, "", "actual", None),
            ("unemployment_rate", "pp_change", -0.3, 2023, "", "actual", None),
            ("poverty_incidence", "level", 0.8, 2023, "", "actual", None),
            ("poverty_incidence", "pp_change", -2.1, 2023, "", "actual", None),
            ("gdp", "pp_change", 0.5, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "pp_change", 0.5, 2022), ("poverty_incidence", "pp_change", -2.1, 2022)],
    },
    # ---- guards (pass before and after): the own change against the own last year stays
    {
        "id": "own_rate_change_stays",
        "text": "全县森林覆盖率达到32.4%,高于全省平均水平3.1个百分点,比上年提高0.8个百分点;全县地区生产总值增速比上年高出1.1个百分点。",
        "facts": [
            ("forest_coverage", "level", 32.4, 2023, "", "actual", None),
            ("forest_coverage", "pp_change", 0.8, 2023, "", "actual", None),
            ("gdp", "pp_change", 1.1, 2023, "", "actual", None),
        ],
        "absent": [("forest_coverage", "pp_change", 3.1)],
    },
    # ---- a city's report: its counties' gaps to the city are not the city's facts
    {
        "id": "city_report_counties_above_the_city",
        "meta": CITY,
        "text": "全市地区生产总值增长6.1%,增速较全省平均水平高0.3个百分点,临泉县、太和县增速分别高于全市1.5和0.9个百分点。",
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [("gdp", "pp_change"), ("gdp", "yoy_pct", 1.5), ("gdp", "yoy_pct", 0.9)],
    },
    {
        "id": "city_report_own_change_after_a_gap",
        "meta": CITY,
        "text": "全市一般公共预算收入增长8.1%,较全省高2个百分点,较上年提高0.8个百分点。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 8.1, 2023, "", "actual", None),
            ("general_budget_revenue", "pp_change", 0.8, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "pp_change", 2.0)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
