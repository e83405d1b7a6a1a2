"""The vocabulary of change (session 8): how a report says a figure changed, and which of those
words give a catalog fact. An absolute increment (比上年增加12.3亿元, 多增, 新增 after a sum of
money, 增量, 增加额, 减支) is not the level; a change of a growth rate printed in percent
(增速回落2.1%, 增幅提高1.8%) is not the indicator's growth; multiples (增长1.2倍, 翻一番, 是上年的2.1倍)
and contributions (贡献率, 拉动) are no facts; a decline is a negative yoy_pct; 新增 naming the
indicator's own count (城镇新增就业, 新增造林) stays a level.

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}

CASES: list[dict] = [
    # ---- an absolute increment after the subject is not its level
    {
        "id": "increment_verbs_after_the_subject",
        # a statistical bulletin: 多增, 增长 before money and visits
        "text": "全年全县一般公共预算收入多增2.1亿元,增长9%。全年接待游客增长120万人次,"
        "旅游总收入增长12亿元,达到56亿元。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 9.0, 2023, "", "actual", None),
            ("tourism_revenue", "level", 56.0, 2023, "", "actual", None),
        ],
        "absent": [
            ("general_budget_revenue", "level"),
            ("tourist_visits", "level"),
            ("tourism_revenue", "level", 12.0),
        ],
    },
    {
        "id": "increment_nouns_after_the_subject",
        "text": "2023年,全县地区生产总值增加额为12.3亿元;社会消费品零售总额增量达到5.6亿元;"
        "一般公共预算收入增收额1.2亿元,增长11%。",
        "facts": [("general_budget_revenue", "yoy_pct", 11.0, 2023, "", "actual", None)],
        "absent": [("gdp", "level"), ("retail_sales", "level"), ("general_budget_revenue", "level")],
    },
    {
        "id": "new_money_after_the_subject_is_an_increment",
        # a work report of a county in Hunan: 新增 after a sum of money, of income or of a balance
        "meta": {"region": "平江县"},
        "text": "过去一年,全县一般公共预算收入新增1.2亿元,总量达到9.6亿元。农民人均纯收入新增800元。"
        "金融机构各项贷款余额新增15亿元。",
        "facts": [("general_budget_revenue", "level", 9.6, 2023, "", "actual", None)],
        "absent": [
            ("general_budget_revenue", "level", 1.2),
            ("rural_income", "level"),
            ("loan_balance", "level"),
        ],
    },
    {
        "id": "increments_of_a_respective_list",
        # a statistical bulletin: 分别增加 and 增量分别为 after the levels, or before the growth rates
        "text": "全年城乡居民人均可支配收入分别达到38520元和16800元,分别增加2100元和1300元。"
        "城镇、农村居民人均可支配收入增量分别为2050元、1260元,分别增长5.8%、8.4%。",
        "facts": [
            ("urban_income", "level", 38520.0, 2023, "", "actual", None),
            ("rural_income", "level", 16800.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.8, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 8.4, 2023, "", "actual", None),
        ],
        "absent": [
            ("urban_income", "level", 2100.0),
            ("rural_income", "level", 1300.0),
            ("urban_income", "level", 2050.0),
            ("rural_income", "level", 1260.0),
        ],
    },
    {
        "id": "new_money_before_the_subject",
        # a speech: 新增 before a sum of money is the increment (or new assets), the level follows
        "meta": {"region": "宁乡市", "level": "county"},
        "text": "同志们,过去一年,我们新增财政收入1.2亿元,一般公共预算收入达到28.5亿元;"
        "新增固定资产投资12亿元;全年新增到位资金18亿元,招商引资到位资金达到56亿元;"
        "新增旅游收入3.2亿元,总量达到41亿元。",
        "facts": [
            ("general_budget_revenue", "level", 28.5, 2023, "", "actual", None),
            ("investment_attracted", "level", 56.0, 2023, "", "actual", None),
            ("tourism_revenue", "level", 41.0, 2023, "", "actual", None),  # the total after the increment
        ],
        "absent": [
            ("fiscal_revenue",),
            ("fai", "level"),
            ("investment_attracted", "level", 18.0),
            ("tourism_revenue", "level", 3.2),
        ],
    },
    {
        "id": "increment_after_a_target_word_or_the_total",
        # a work report's targets (力争增加, 力争新增) and a bulletin's 总额增加 after the growth rate
        "text": "2024年主要预期目标:地区生产总值增长6%以上,一般公共预算收入力争增加1亿元,"
        "农民人均纯收入力争新增900元。2023年,全县社会消费品零售总额增长5.6%,总额增加4.2亿元。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("retail_sales", "yoy_pct", 5.6, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue",), ("rural_income",), ("retail_sales", "level")],
    },
    {
        "id": "approximate_increments",
        # a work summary: 近, 约, 超过, 逾 between the change word and its figure
        "text": "今年以来,全县一般公共预算收入增加近1亿元,增长11%;旅游收入较上年增长约1.2亿元;"
        "各项贷款余额净增逾30亿元,一般公共预算支出同比增支超过2亿元。全县一般公共预算收入达到近10亿元。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 11.0, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 10.0, 2023, "", "actual", None),  # the near miss: 达到近
        ],
        "absent": [
            ("general_budget_revenue", "level", 1.0),
            ("tourism_revenue",),
            ("loan_balance",),
            ("fiscal_expenditure",),
        ],
    },
    {
        "id": "increment_achieved",
        # a work summary of a township-level report style: 实现增收, 实现净增, 同比实现增量, 实现增长 before units
        "meta": {"region": "桐梓县"},
        "text": "一年来,全县一般公共预算收入实现增收1.2亿元,增长9%;农村居民人均可支配收入实现增收1260元;"
        "各项贷款余额实现净增15亿元;旅游收入同比实现增量3.1亿元,接待游客实现增长120万人次。"
        "全县一般公共预算收入实现14.5亿元。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 9.0, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 14.5, 2023, "", "actual", None),  # the near miss: 实现 alone
        ],
        "absent": [
            ("general_budget_revenue", "level", 1.2),
            ("rural_income",),
            ("loan_balance",),
            ("tourism_revenue",),
            ("tourist_visits",),
        ],
    },
    {
        "id": "new_counts_stay_levels",
        # the near miss: 新增 naming the indicator's own count (jobs created, forest planted, farmland built)
        "text": "全县城镇新增就业4521人,比上年多增320人;新增高标准农田5万亩;全年造林新增1.2万亩。",
        "facts": [
            ("new_urban_jobs", "level", 4521.0, 2023, "", "actual", None),
            ("high_standard_farmland", "level", 50000.0, 2023, "", "actual", None),
            ("afforestation", "level", 12000.0, 2023, "", "actual", None),
        ],
        "absent": [("new_urban_jobs", "level", 320.0)],
    },
    {
        "id": "spending_cut_and_more_completed_than_last_year",
        # a budget and a plan execution report: 减支, 增支, 多完成 against last year
        "text": "全县一般公共预算支出38.6亿元,比上年减支1.2亿元,下降3%。固定资产投资比上年多完成12亿元,增长15%。",
        "facts": [
            ("fiscal_expenditure", "level", 38.6, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", -3.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 15.0, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 1.2), ("fai", "level")],
    },
    # ---- a change of a growth rate printed in percent is not the indicator's growth
    {
        "id": "growth_rate_changed_by_a_percent",
        "text": "全县地区生产总值增速回落2.1%,固定资产投资增幅下降3.5%,社会消费品零售总额增长速度比上年提高1.6%。",
        "facts": [],
        "absent": [("gdp", "yoy_pct"), ("fai", "yoy_pct"), ("retail_sales", "yoy_pct")],
    },
    {
        "id": "growth_rate_changed_by_then_reached",
        "meta": {"region": "巴州区"},
        "text": "2023年,全区规模以上工业增加值增速提高1.8%,达到8.6%;一般公共预算收入降幅收窄2.4%,为-3.1%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.6, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", -3.1, 2023, "", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 1.8), ("general_budget_revenue", "yoy_pct", -2.4)],
    },
    {
        "id": "growth_rate_turned_then_grew",
        # the near miss: a growth rate that turned (由负转正, 由降转升) and the growth printed right after it
        "text": "全县出口总额增速由负转正增长12%,固定资产投资增幅由降转升增长5%,实际利用外资增速由正转负下降8%。",
        "facts": [
            ("exports", "yoy_pct", 12.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 5.0, 2023, "", "actual", None),
            ("fdi", "yoy_pct", -8.0, 2023, "", "actual", None),
        ],
        "absent": [("exports", "yoy_pct", -12.0), ("fdi", "yoy_pct", 8.0)],
    },
    {
        "id": "size_of_a_fall_changed_in_points",
        # a fall that narrowed is a growth rate that rose (降幅收窄: +), one that widened a rate that fell
        "meta": {"region": "通江县"},
        "text": "全县规模以上工业增加值降幅比上年收窄2.4个百分点,为3.1%。"
        "一般公共预算收入下降幅度扩大1.2个百分点,达到5.6%。",
        "facts": [
            ("industrial_va", "pp_change", 2.4, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", -3.1, 2023, "", "actual", None),
            ("general_budget_revenue", "pp_change", -1.2, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", -5.6, 2023, "", "actual", None),
        ],
        "absent": [
            ("industrial_va", "pp_change", -2.4),
            ("industrial_va", "yoy_pct", 3.1),
            ("general_budget_revenue", "pp_change", 1.2),
        ],
    },
    {
        "id": "size_of_a_fall_and_rate_fell_to_stay",
        # the near miss: 下降幅度为 and 降幅 give the fall itself; 增速回落至 the rate reached
        "text": "全县社会消费品零售总额下降幅度为3%;出口总额降幅达12.4%;地区生产总值增速回落至4.3%。",
        "facts": [
            ("retail_sales", "yoy_pct", -3.0, 2023, "", "actual", None),
            ("exports", "yoy_pct", -12.4, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 4.3, 2023, "", "actual", None),
        ],
        "absent": [("exports", "yoy_pct", 12.4), ("gdp", "yoy_pct", -4.3)],
    },
    # ---- a share named as the subject: its change in points is its pp_change
    {
        "id": "share_named_then_its_change_in_points",
        # a budget and a statistical report: the subject names the share (民间投资占固定资产投资的比重)
        "text": "全县民间投资占固定资产投资的比重为58%,比上年下降2个百分点。"
        "民生支出占一般公共预算支出的比重为82.3%,比上年提高1.2个百分点。"
        "第三产业增加值占地区生产总值的比重为42%,比上年提高1.8个百分点。"
        "民间投资增长8.2%,占全部投资的比重为45.2%,比上年提高2.1个百分点。",
        "facts": [
            ("private_investment_share", "level", 58.0, 2023, "", "actual", None),
            ("private_investment_share", "pp_change", -2.0, 2023, "", "actual", None),
            ("livelihood_spending_share", "level", 82.3, 2023, "", "actual", None),
            ("livelihood_spending_share", "pp_change", 1.2, 2023, "", "actual", None),
            ("private_investment", "yoy_pct", 8.2, 2023, "", "actual", None),
            ("private_investment_share", "level", 45.2, 2023, "", "actual", None),
        ],
        # the near misses: a sector's share (no catalog share) and a share taken after the subject's own
        # growth (民间投资…,占全部投资的比重) give no change of the subject
        "absent": [("tertiary_va",), ("gdp",), ("private_investment", "pp_change")],
    },
    # ---- guards of what the repo already reads right (they pass before this session's rules)
    {
        "id": "declines_are_negative_growth",
        "meta": {"region": "汝州市", "level": "county"},
        "text": "2023年,全市固定资产投资下降3.4%,社会消费品零售总额同比减少2.1%,规模以上工业增加值负增长2.3%,"
        "出口总额增长-12.4%,一般公共预算支出45亿元,降幅为6.2%。",
        "facts": [
            ("fai", "yoy_pct", -3.4, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", -2.1, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", -2.3, 2023, "", "actual", None),
            ("exports", "yoy_pct", -12.4, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 45.0, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", -6.2, 2023, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 3.4), ("industrial_va", "yoy_pct", 2.3), ("fiscal_expenditure", "yoy_pct", 6.2)],
    },
    {
        # 与上年持平 is a growth of zero (r11b: EXTRACTION.md's 同比增长 X% with X = 0 in words), and so is
        # 零增长 (r12d); 基本持平 (roughly) and 保持稳定 give no rate
        "id": "no_change_gives_no_rate",
        "text": "全县社会消费品零售总额56亿元,与上年持平;粮食总产量52.3万吨,与上年基本持平;"
        "城镇登记失业率保持稳定,为3.2%;受减税降费影响,一般公共预算收入零增长,为8.1亿元。",
        "facts": [
            ("retail_sales", "level", 56.0, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", 0.0, 2023, "", "actual", None),
            ("grain_output", "level", 52.3, 2023, "", "actual", None),
            ("unemployment_rate", "level", 3.2, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 8.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 0.0, 2023, "", "actual", None),
        ],
        "absent": [
            ("grain_output", "yoy_pct"),
            ("unemployment_rate", "pp_change"),
        ],
    },
    {
        "id": "change_of_a_growth_rate_in_points_is_its_pp_change",
        # the repo's convention (the seeds' gold reads 增速…较上年增长2.3个百分点 as gdp pp_change)
        "text": "全县规模以上工业增加值增长9.1%,增速比上年加快1.3个百分点;固定资产投资增幅提升1.5个百分点;"
        "地区生产总值增长6.5%,增速比上年回落2个百分点。",
        "facts": [
            ("industrial_va", "yoy_pct", 9.1, 2023, "", "actual", None),
            ("industrial_va", "pp_change", 1.3, 2023, "", "actual", None),
            ("fai", "pp_change", 1.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.5, 2023, "", "actual", None),
            ("gdp", "pp_change", -2.0, 2023, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct"), ("gdp", "pp_change", 2.0)],
    },
    {
        "id": "rates_said_of_rates",
        # a rate's relative change in percent is yoy_pct; in points pp_change
        "text": "全县空气质量优良率为88.5%,同比上升9.7%;森林覆盖率提高1.2个百分点,达到63.5%;"
        "城镇登记失业率3.1%,比上年下降0.3个百分点。",
        "facts": [
            ("good_air_rate", "level", 88.5, 2023, "", "actual", None),
            ("good_air_rate", "yoy_pct", 9.7, 2023, "", "actual", None),
            ("forest_coverage", "pp_change", 1.2, 2023, "", "actual", None),
            ("forest_coverage", "level", 63.5, 2023, "", "actual", None),
            ("unemployment_rate", "level", 3.1, 2023, "", "actual", None),
            ("unemployment_rate", "pp_change", -0.3, 2023, "", "actual", None),
        ],
        "absent": [("good_air_rate", "pp_change"), ("forest_coverage", "yoy_pct"), ("unemployment_rate", "yoy_pct")],
    },
    # ---- multiples: no rate; the level around them stays
    {
        "id": "multiples_give_no_rate",
        # a five-year review of a city: 增长近两倍, 为2015年的1.8倍, 翻两番, 增长1倍多, 增长了1.2倍
        "meta": {"region": "赣州市", "level": "city", "year": 2020, "report_date": "2021-01-20"},
        "text": "五年来,全市地区生产总值达到3645亿元,为2015年的1.8倍;规模以上工业增加值增长近两倍;"
        "财政总收入翻两番,达到480亿元;出口总额增长1倍多;实际利用外资增长了1.2倍,达到23亿美元。",
        "facts": [
            ("gdp", "level", 3645.0, 2020, "", "actual", None),
            ("fiscal_revenue", "level", 480.0, 2020, "", "actual", None),
            ("fdi", "level", 230000.0, 2020, "", "actual", None),
        ],
        "absent": [
            ("gdp", "yoy_pct"),
            ("gdp", "cagr_pct"),
            ("industrial_va",),
            ("fiscal_revenue", "yoy_pct"),
            ("exports",),
            ("fdi", "yoy_pct"),
            ("fdi", "cagr_pct"),
        ],
    },
    {
        "id": "level_reached_after_a_multiple",
        # 增长1.2倍至, 增长2倍达到, 翻一番至: the figure after the multiple is the level reached
        "text": "2023年,全县出口总额增长1.2倍至2.3亿美元,实际利用外资增长2倍达到8600万美元,旅游收入翻一番至12亿元。",
        "facts": [
            ("exports", "level", 23000.0, 2023, "", "actual", None),
            ("fdi", "level", 8600.0, 2023, "", "actual", None),
            ("tourism_revenue", "level", 12.0, 2023, "", "actual", None),
        ],
        "absent": [("exports", "yoy_pct"), ("fdi", "yoy_pct"), ("tourism_revenue", "yoy_pct")],
    },
    # ---- a decline is a negative yoy_pct, whatever the word
    {
        "id": "fall_words_of_bulletins",
        "meta": {"region": "义乌市", "level": "county"},
        "text": "全市出口总额同比下跌12%,社会消费品零售总额同比收缩5%,一般公共预算收入微降0.3%,"
        "实际利用外资骤降20%;旅游收入跌幅为8.5%。全市固定资产投资止跌回升,增长3.1%;一般公共预算收入止跌回升5.2%。",
        "facts": [
            ("exports", "yoy_pct", -12.0, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", -5.0, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", -0.3, 2023, "", "actual", None),
            ("fdi", "yoy_pct", -20.0, 2023, "", "actual", None),
            ("tourism_revenue", "yoy_pct", -8.5, 2023, "", "actual", None),
            ("fai", "yoy_pct", 3.1, 2023, "", "actual", None),  # the near miss: 止跌 before a growth
        ],
        "absent": [("exports", "yoy_pct", 12.0), ("fai", "yoy_pct", -3.1), ("general_budget_revenue", "yoy_pct", -5.2)],
    },
    # ---- contributions in points are not the subject's change
    {
        "id": "contribution_in_points_to_a_named_subject",
        # a statistical bulletin of a district: 拉动 with the own region between, 支撑, 推动了
        "meta": {"region": "江津区"},
        "text": "全区规模以上工业增加值增长9.1%,拉动全区地区生产总值增长2.1个百分点;服务业增加值增长7%,"
        "支撑地区生产总值增长3.2个百分点;固定资产投资增长11%,有力推动了全区地区生产总值增长1.5个百分点。",
        "facts": [
            ("industrial_va", "yoy_pct", 9.1, 2023, "", "actual", None),
            ("tertiary_va", "yoy_pct", 7.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 11.0, 2023, "", "actual", None),
        ],
        "absent": [("gdp",)],
    },
    {
        "id": "growth_after_a_driving_verb_stays",
        # the near miss: a percentage after 推动/带动 with the own region between is the subject's growth;
        # its own change in points against last year stays a pp_change
        "text": "工业增长强劲,推动地区生产总值增长6.5%,增速比上年提高1.2个百分点。"
        "工业投资增长15%,带动全县固定资产投资增长9.1%。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "actual", None),
            ("gdp", "pp_change", 1.2, 2023, "", "actual", None),
            ("industrial_investment", "yoy_pct", 15.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 9.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "pp_change", -1.2)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
