"""Known wrong or missing results of earlier sessions (session 10, helper b4), by construction class:

1. **A budget's sum planned after its growth, in one clause** (一般公共预算收入预期增长6%,安排12.8亿元;
   一般公共预算支出增长3%,拟安排35.6亿元): the clause opening on 安排 continues the budget's subject
   when the sum ends the clause and no sum of money stands before it in the sentence (continuation
   budget_planned, attribution._planned_after_growth); the sum is the budget, a target. A sum allocated to
   a use (安排1.8亿元用于乡村振兴), a sum after the subject's own level (完成12亿元,增长6%,安排1.8亿元),
   a subject not a budget's (地区生产总值增长6%,安排3亿元) and a sum of another subject (安排民生支出20亿元)
   stay no fact of the budget. 增长5%左右,达到13.5亿元 was read before and stays.
2. **零增长** (同比零增长, 实现零增长): a growth of zero printed in words, as 与上年持平 (yoy_pct 0; number
   zero_growth); of a rate or a subject outside the catalog (森林覆盖率零增长, 三公经费零增长) no fact; 负增长
   with no size printed, 基本持平: no number, no fact; 负增长3.2% keeps -3.2.
3. **截至…年底 and a campaign's sum** (截至2023年底,累计化解隐性债务12.5亿元; 截至2019年底,累计脱贫12.6万人):
   the year's end the sum runs up to does not date it to one year (time up_to_year_end; a sum of a campaign
   with no start told is no fact, facts.campaigns); with a span before it (2019年以来,截至2023年底累计…;
   精准扶贫以来,截至2019年底,…) the span is kept (it was lost). 2023年,全县累计化解… and 截至2023年12月底
   (the year so far) stay the year's. A debt's balance or limit (政府债务余额, 债务限额) is no catalog
   indicator: no fact, and the debt resolved beside them keeps its figure.
4. **A township's words in a county's report** (今年以来,我镇一般公共预算收入…; 全乡农村居民… in a city's
   report; the strict xfail r11rev2 test_township_paragraph_in_a_county_report): 全镇/我镇/本镇/全乡/我乡/本乡
   name a township there, another place (place other_township); a township's own report, a report of no
   known unit, 健全乡村 and 完全镇 keep their figures.
5. **A key year ahead opening the plan** (2024年是…关键之年。…; 今年是…之年 in a report dated in the new
   year): the undated goals after it are targets of that year (frame key_year_opening), and an undated work
   report with no dated plan line whose key year stands right before the plan of 今年 describes the year
   before it (year key_year_ahead; the strict xfail r11rev test_year_ahead_named_as_a_key_year). 今年是…之年
   in a speech of December, 2023年是极不平凡的一年, a review between the year and the plan of 今年 stay.
   With no key year, 今年…主要预期目标是: under an undated delivered report (a work report, news of its
   session) is the year after the one described (Dates.planned_this_year; it was the year described, beside
   its actuals); an undated half-year summary's 今年主要目标任务 stays its own year.
6. **Funds secured from the centre** (争取中央…衔接资金2.3亿元,增长8%; 落实中央、省衔接资金): the region's own
   poverty_funds, as 争取上级衔接资金 was (place funds_secured_from: a higher level right after a verb of
   securing, before a subject counted in money, is the money's source); 全市争取中央… and 中央财政下达…
   stay another place's.
7. **News of a session with 过去一年 and a page date** (人大会议开幕 … 过去一年,全县… on a page of January, no
   session day, no year printed) had no year: a delivered report's or its session news's page date stands
   for the delivery, whose month decides (year_by_month.csv: January–April the year before, November–December
   its own; recognise._year_from_page_date), and 今年 there is the page's year (timeframe.dates_from_meta:
   the page date stands for the delivery, genre_years.delivery_of_page). A page of July and a meeting that is no
   session stay undated.

Each case is a short passage of its own: the facts it must give (indicator, measure, value, year,
subperiod, kind, period_start) and the keys it must not give (a prefix of that tuple). Every case but
the near misses failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case, recognised

#: A work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}
#: A work report of January 2020 on 2019.
META_2019 = {"year": 2019, "report_date": "2020-01-15", "region": "临泉县", "level": "county"}

CASES: list[dict] = [
    # ---- 1. a budget's sum planned after its growth
    {
        "id": "budget_planned_after_growth_in_the_year_plan",
        "text": "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右;一般公共预算收入预期增长6%,安排12.8亿元。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
            ("general_budget_revenue", "level", 12.8, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "budget_draft_revenue_and_spending_planned",
        "text": (
            "二、2024年预算草案\n2024年全县一般公共预算收入预期增长5%,安排13.5亿元。"
            "一般公共预算支出增长3%,拟安排35.6亿元。"
        ),
        "facts": [
            ("general_budget_revenue", "level", 13.5, 2024, "", "target", None),
            ("fiscal_expenditure", "yoy_pct", 3.0, 2024, "", "target", None),
            ("fiscal_expenditure", "level", 35.6, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "budget_planned_after_an_approximate_growth",
        "text": "2024年,全县一般公共预算收入预期增长5%左右,建议安排13.5亿元。",
        "facts": [("general_budget_revenue", "level", 13.5, 2024, "", "target", None)],
        "absent": [],
    },
    {
        "id": "budget_planned_then_its_outturn",
        "text": "2023年,全县一般公共预算支出增长8%,年初安排30亿元,实际支出31.2亿元。",
        "facts": [
            ("fiscal_expenditure", "level", 30.0, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 31.2, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 31.2, 2023, "", "target")],
    },
    {
        # near miss (passes before): the level reached after the growth
        "id": "budget_reached_after_growth",
        "text": "2024年一般公共预算收入预期增长5%左右,达到13.5亿元。",
        "facts": [("general_budget_revenue", "level", 13.5, 2024, "", "target", None)],
        "absent": [],
    },
    {
        # near miss: a sum allocated to a use
        "id": "allocation_to_a_use_after_growth",
        "text": "2023年一般公共预算收入增长6%,安排1.8亿元用于乡村振兴,农村居民人均可支配收入增长7%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.0, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level")],
    },
    {
        # near miss: the subject's own level printed before; another subject's sum planned
        "id": "allocation_after_the_subjects_level",
        "text": "2023年一般公共预算收入完成12亿元,增长6%,安排1.8亿元。一般公共预算支出增长8%,安排民生支出20亿元。",
        "facts": [("general_budget_revenue", "level", 12.0, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 1.8), ("fiscal_expenditure", "level")],
    },
    {
        # near miss: not a budget's subject
        "id": "allocation_after_the_growth_of_gdp",
        "text": "全县地区生产总值增长6%,安排3亿元。",
        "facts": [("gdp", "yoy_pct", 6.0, 2023, "", "actual", None)],
        "absent": [("gdp", "level")],
    },
    # ---- 2. 零增长: a growth of zero in words
    {
        "id": "zero_growth_after_a_level",
        "text": "全县一般公共预算收入12亿元,同比零增长。",
        "facts": [
            ("general_budget_revenue", "level", 12.0, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 0.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "zero_growth_achieved_in_a_list",
        "text": "全县地区生产总值增长6%,规上工业增加值实现零增长,固定资产投资下降3%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 0.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", -3.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near misses: a rate, a subject outside the catalog, a fall of no printed size, roughly flat
        "id": "zero_growth_of_no_catalog_growth",
        "text": (
            "全县森林覆盖率零增长。三公经费支出实现零增长。全县地区生产总值出现负增长。"
            "全县粮食产量52万吨,与上年基本持平。全县固定资产投资负增长3.2%。"
        ),
        "facts": [
            ("grain_output", "level", 52.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", -3.2, 2023, "", "actual", None),
        ],
        "absent": [("forest_coverage",), ("gdp",), ("grain_output", "yoy_pct"), ("fiscal_expenditure",)],
    },
    # ---- 3. 截至…年底 and a campaign's sum
    {
        "id": "debt_resolved_up_to_a_years_end",
        "text": "2023年化解隐性债务3.2亿元。截至2023年底,全县累计化解隐性债务12.5亿元。",
        "facts": [("debt_resolved", "level", 3.2, 2023, "", "actual", None)],
        "absent": [("debt_resolved", "level", 12.5)],
    },
    {
        "id": "debt_resolved_up_to_a_years_end_after_a_span",
        "text": "2019年以来,截至2023年底全县累计化解隐性债务12.5亿元。",
        "facts": [("debt_resolved", "level", 12.5, 2023, "", "actual", 2019)],
        "absent": [("debt_resolved", "level", 12.5, 2023, "", "actual", None)],
    },
    {
        "id": "poverty_sum_up_to_a_years_end",
        "meta": META_2019,
        "text": "截至2019年底,全县累计脱贫3.2万户12.6万人,贫困发生率降至0.5%。",
        "facts": [("poverty_incidence", "level", 0.5, 2019, "", "actual", None)],
        "absent": [("poverty_households_lifted",), ("poverty_people_lifted",)],
    },
    {
        "id": "poverty_sum_since_the_campaign_up_to_a_years_end",
        "meta": META_2019,
        "text": "精准扶贫以来,截至2019年底,全县累计脱贫3.2万户。",
        "facts": [("poverty_households_lifted", "level", 32000.0, 2019, "", "actual", 2014)],
        "absent": [("poverty_households_lifted", "level", 32000.0, 2019, "", "actual", None)],
    },
    {
        # near misses (pass before): the year's sum; the year so far up to December
        "id": "debt_resolved_of_the_year",
        "text": "2023年,全县累计化解隐性债务3.2亿元。截至2023年12月底,全县累计化解隐性债务3.2亿元。",
        "facts": [("debt_resolved", "level", 3.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss (passes before): a debt's balance and limit are no catalog indicator
        "id": "debt_balance_and_limit_at_a_years_end",
        "text": (
            "截至2023年底,全县政府债务限额50.2亿元,政府债务余额45.6亿元,其中一般债务余额20.1亿元。"
            "截至2023年底,全县政府性债务余额45.6亿元,较年初减少3.2亿元,完成年度化债任务3.2亿元。"
        ),
        "facts": [("debt_resolved", "level", 3.2, 2023, "", "actual", None)],
        "absent": [
            ("debt_resolved", "level", 45.6),
            ("debt_resolved", "level", 50.2),
            ("debt_resolved", "level", 20.1),
        ],
    },
    # ---- 4. a township's words in a county's report
    {
        "id": "township_we_in_a_county_report",
        "text": "2023年,全县财政收入增长6%。\n今年以来,我镇一般公共预算收入完成0.8亿元,增长9%。",
        "facts": [("fiscal_revenue", "yoy_pct", 6.0, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue",)],
    },
    {
        "id": "whole_township_in_a_city_report",
        "meta": {"region": "阜阳市", "level": "city"},
        "text": "全市农村居民人均可支配收入增长7.5%。全乡农村居民人均可支配收入达到15200元,增长8.3%。",
        "facts": [("rural_income", "yoy_pct", 7.5, 2023, "", "actual", None)],
        "absent": [("rural_income", "level"), ("rural_income", "yoy_pct", 8.3)],
    },
    {
        # near misses (pass before): a township's own report; 健全乡村 is no township; a report of no known unit
        "id": "township_words_that_stay_the_own",
        "meta": {"region": "迎仙镇", "level": "township", "prefecture": "临泉县"},
        "text": "全镇财政收入增长9.1%。我乡农村居民人均可支配收入增长8%。",
        "facts": [
            ("fiscal_revenue", "yoy_pct", 9.1, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 8.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "sound_rural_governance_is_no_township",
        "text": "健全乡村治理体系,全县一般公共预算收入增长6%。完全镇住了局面,全县财政收入增长5%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6.0, 2023, "", "actual", None),
            ("fiscal_revenue", "yoy_pct", 5.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "township_words_in_a_report_of_no_known_unit",
        "meta": {"region": "", "level": "anonymised"},
        "text": "2023年,全镇财政收入增长9.1%。",
        "facts": [("fiscal_revenue", "yoy_pct", 9.1, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- 5. a key year ahead opening the plan (dated reports)
    {
        "id": "this_year_a_key_year_then_undated_goals",
        "meta": {"report_date": "2024-01-10"},
        "text": (
            "2023年,全县地区生产总值增长6.1%。\n"
            "今年是全面贯彻党的二十大精神的关键之年。全县地区生产总值增长6%左右,一般公共预算收入增长5%。"
        ),
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2023), ("general_budget_revenue", "yoy_pct", 5.0, 2023)],
    },
    {
        # guard (passes before: the paragraph opens on the year ahead, a January report: targets)
        "id": "year_named_a_key_year_then_undated_goals",
        "text": (
            "一年来,全县城镇居民人均可支配收入增长5.8%。\n"
            "2024年是实施“十四五”规划的攻坚之年。城镇居民人均可支配收入增长6%,粮食产量稳定在52万吨以上。"
        ),
        "facts": [
            ("urban_income", "yoy_pct", 5.8, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 6.0, 2024, "", "target", None),
            ("grain_output", "level", 52.0, 2024, "", "target", None),
        ],
        "absent": [("urban_income", "yoy_pct", 6.0, 2023)],
    },
    {
        # near misses (pass before): 今年 in a speech of December; a year ended named so
        "id": "this_year_a_key_year_in_december",
        "meta": {"report_date": "2023-12-20"},
        "text": "今年是全面贯彻党的二十大精神的开局之年。全县地区生产总值增长6.1%,一般公共预算收入增长5%。",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.1, 2024)],
    },
    {
        "id": "year_ended_named_an_extraordinary_year",
        "text": "2023年是极不平凡的一年。全县地区生产总值增长6.1%,一般公共预算收入增长5%。",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 6. funds secured from the centre: the county's own
    {
        "id": "funds_secured_from_the_centre",
        "text": "2023年,全县争取中央财政衔接推进乡村振兴补助资金2.3亿元,增长8%。",
        "facts": [
            ("poverty_funds", "level", 2.3, 2023, "", "actual", None),
            ("poverty_funds", "yoy_pct", 8.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "funds_put_in_from_the_centre_and_province",
        "text": "全年落实中央、省衔接资金3.2亿元,全省地区生产总值增长5%。",
        "facts": [("poverty_funds", "level", 3.2, 2023, "", "actual", None)],
        "absent": [("gdp",)],
    },
    {
        # near misses: the city's funds secured; the centre's funds handed down (a national figure); 上级 (passes before)
        "id": "funds_of_other_places_stay_theirs",
        "text": "全市争取中央衔接资金12亿元,增长5%。中央财政下达衔接资金共计1750亿元。争取上级衔接资金2.1亿元。",
        "facts": [("poverty_funds", "level", 2.1, 2023, "", "actual", None)],
        "absent": [("poverty_funds", "level", 12.0), ("poverty_funds", "yoy_pct"), ("poverty_funds", "level", 1750.0)],
    },
]

WR = "政府工作报告\n各位代表:\n"

#: ---- 5. the year of an undated work report whose plan opens on a key year (no dated plan line)
YEAR_CASES: list[dict] = [
    {
        "id": "undated_report_key_year_before_the_plan_of_this_year",
        "text": WR + "一年来,全县一般公共预算收入增长5.2%。\n2025年是“十四五”规划收官之年。"
        "今年经济社会发展的主要预期目标是:一般公共预算收入增长5%左右。",
        "year": 2024,
        "facts": [
            ("general_budget_revenue", "yoy_pct", 5.2, 2024, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2025, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 5.2, 2025)],
    },
    {
        # with no key year: the plan of 今年 in an undated work report is the year after the one described
        "id": "undated_report_plan_of_this_year",
        "text": WR + "2023年,全县地区生产总值增长6.1%。\n"
        "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长5%。",
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2023)],
    },
    {
        # near miss (passes before): a half-year summary's goals of 今年 are its own year's
        "id": "undated_summary_goals_of_this_year",
        "text": "临泉县2023年上半年工作总结\n上半年,全县地区生产总值增长5%。\n今年主要目标任务\n全县地区生产总值增长6%。",
        "year": 2023,
        "facts": [("gdp", "yoy_pct", 6.0, 2023, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 6.0, 2024)],
    },
    {
        # near miss (passes before): a year ended named so, its review between it and the plan of 今年
        "id": "undated_report_year_ended_then_review_then_plan",
        "text": WR + "2023年是极不平凡的一年。一年来,全县地区生产总值增长6.1%。"
        "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.1, 2022)],
    },
    {
        # near miss (passes before): the year's goals done
        "id": "undated_report_year_ended_goals_done",
        "text": WR + "2023年是极不平凡的一年。全县上下圆满完成今年目标任务,一般公共预算收入增长5.2%。",
        "year": 2023,
        "facts": [],
        "absent": [],
    },
    # ---- 7. news of a session with 过去一年 and a page date, no session day and no year printed
    {
        "id": "session_story_of_january_reviewing_the_past_year",
        "text": "临泉县第十八届人民代表大会第三次会议开幕\n发布时间:2024-01-12\n本报讯 临泉县第十八届人民代表大会"
        "第三次会议开幕。县长作政府工作报告。报告指出,过去一年,全县地区生产总值增长6.1%。今年全县地区生产总值预期增长6%左右。",
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        # a work report's page: the page date stands for the delivery, so 今年's goals are the page's year
        "id": "work_report_page_of_january_with_the_plan_of_this_year",
        "text": "平江县人民政府工作报告\n发布时间:2024-01-20\n各位代表:\n过去一年,全县地区生产总值增长6.1%。"
        "今年经济社会发展的主要预期目标是:地区生产总值增长6.5%。",
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.5, 2023)],
    },
    {
        "id": "session_story_of_december_reviewing_the_past_year",
        "text": "县十七届人大五次会议胜利闭幕\n发布时间:2023-12-28 来源:县融媒体中心\n本报讯 县十七届人大五次会议胜利闭幕。"
        "会议审议通过了政府工作报告。过去一年,全县一般公共预算收入增长5.2%。",
        "year": 2023,
        "facts": [("general_budget_revenue", "yoy_pct", 5.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near misses (pass before): a page of July (a session then is unusual); a meeting that is no session
        "id": "session_story_of_july_stays_undated",
        "text": "临泉县第十八届人民代表大会第三次会议开幕\n发布时间:2024-07-12\n本报讯 临泉县第十八届人民代表大会"
        "第三次会议开幕。县长作政府工作报告。报告指出,过去一年,全县地区生产总值增长6.1%。",
        "year": None,
        "facts": [],
        "absent": [("gdp", "yoy_pct", 6.1, 2024), ("gdp", "yoy_pct", 6.1, 2023)],
    },
    {
        "id": "meeting_story_of_january_stays_undated",
        "text": "全县经济工作会议召开\n发布时间:2024-01-12\n会议指出,过去一年,全县地区生产总值增长6.1%。",
        "year": None,
        "facts": [],
        "absent": [("gdp", "yoy_pct", 6.1, 2024)],
    },
]


@pytest.mark.parametrize("case", YEAR_CASES, ids=[c["id"] for c in YEAR_CASES])
def test_year_of_an_undated_report(case):
    assert recognised(case["text"], case["id"])["year"] == case["year"]
    check_case(case, {})


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, META)
