"""Review of the rules of the blind set h9 (session 11, branch s11-t1, tests/test_blind_r13a.py): other
wordings that use a rule's trigger words in another meaning, where the rule gave a wrong number or
year, by class:

A. parks as the actor of a later clause (全面完成开发区体制机制改革,全市12个省级以上开发区实现…): only a
   clause that holds the sentence's first figure; a clause of aims without a figure (坚持项目为王,推动
   开发区实现集聚发展,地区生产总值增长5.6%) does not make the region's later figures the parks' (they
   were dropped);
B. 截至目前 dating a figure to the report's own year: only in a report of May–October (a self-check
   of March 2020 on 2019: 截至目前,…贫困发生率降至0.45% is 2019's, it was moved to 2020), and only
   opening the sentence or the figure's clause (…债务余额85.3亿元,截至目前已偿还…,一般公共预算收入
   完成25.6亿元: the year described's, it was moved to the report's year); 到目前 only opening a clause
   (增速提高到目前的8.2%: a level reached, it was moved to the report's year);
C. 用于…民生方面的支出 as 民生支出: only a list of purposes ending on 等 or nothing before 民生; a part of
   it (用于农村民生方面的支出, 用于…等兜底民生领域的支出) is no livelihood share (its share was given as
   livelihood_spending_share); nor a qualified 民生 spending (重点民生领域支出, 农村民生领域的支出, and
   重点民生支出, which 715c5fe read as 民生支出 too);
D. 重点工程 / 重大工程 as the key projects: only after a tier, a verb of arranging, a joiner or nothing;
   the works of one field (大气污染防治重点工程15项, 生态修复重大工程8项, 水利重点工程) are a part of
   the investment, not the key-project list (their money was key_project_investment);
E. a share reached (占…比重达到X%) read from a 占 in the figure's clause: not from a bracketed note
   defining a rate (森林覆盖率(森林面积占国土面积比例)达到65.2%: the rate's level, it was lost).

Near misses keep the rule's own construction. Every case but the near misses failed on s11-t1.
"""

from __future__ import annotations

import pytest
from passages import check_case

COUNTY = {"year": 2023, "report_date": "2024-01-10", "region": "平江县", "level": "county"}
CITY = {"year": 2023, "report_date": "2024-01-15", "region": "淄博市", "level": "city"}
#: A report to a visiting leader of June 2024 whose main year is 2023.
VISIT = {"year": 2023, "report_date": "2024-06-12", "region": "铁西区", "level": "county"}
#: A self-check report of March 2020 on 2019.
SELF_CHECK = {"year": 2019, "report_date": "2020-03-20", "region": "平江县", "level": "county"}

CASES: list[dict] = [
    # ---- A. parks as the actor of a later clause
    {
        "id": "aims_clause_naming_parks_keeps_region_figures",
        "meta": CITY,
        "text": "坚持项目为王,推动开发区实现集聚发展,地区生产总值增长5.6%,固定资产投资增长6.1%。",
        "facts": [
            ("gdp", "yoy_pct", 5.6, 2023, "", "actual", None),
            ("fai", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "aims_clause_naming_high_tech_zone_keeps_region_figure",
        "meta": CITY,
        "text": "聚焦主导产业,依托高新区实现链式发展,全年规模以上工业增加值增长7.2%。",
        "facts": [("industrial_va", "yoy_pct", 7.2, 2023, "", "actual", None)],
        "absent": [],
    },
    # near miss: a later clause whose parks hold the first figure stays the parks'
    {
        "id": "parks_clause_with_first_figure_stays_parks",
        "meta": CITY,
        "text": "强化要素保障,全市省级以上开发区实现营业收入2150亿元;完成固定资产投资186亿元,增长12.1%。",
        "facts": [],
        "absent": [("fai",)],
    },
    # ---- B. 截至目前
    {
        "id": "up_to_now_in_a_self_check_of_march",
        "meta": SELF_CHECK,
        "text": "平江县2019年脱贫攻坚工作自查报告\n一、脱贫攻坚成效\n截至目前,全县累计脱贫1.2万户4.3万人,贫困发生率降至0.45%。",
        "facts": [("poverty_incidence", "level", 0.45, 2019, "", "actual", None)],
        "absent": [("poverty_incidence", "level", 0.45, 2020)],
    },
    {
        "id": "up_to_now_in_another_clause",
        "meta": VISIT,
        "text": "全区政府债务余额85.3亿元,截至目前已偿还到期债务12亿元,一般公共预算收入完成25.6亿元。",
        "facts": [("general_budget_revenue", "level", 25.6, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 25.6, 2024)],
    },
    {
        "id": "raised_to_the_present_level_is_no_time",
        "meta": VISIT,
        "text": "全区规上工业增加值增速提高到目前的8.2%。",
        "facts": [("industrial_va", "yoy_pct", 8.2, 2023, "", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 8.2, 2024)],
    },
    {
        "id": "up_to_now_so_far_opening",
        "meta": VISIT,
        "text": "到目前为止,全区实际到位资金38.6亿元。",
        "facts": [("investment_attracted", "level", 38.6, 2024, "", "actual", None)],
        "absent": [("investment_attracted", "level", 38.6, 2023)],
    },
    # near misses: 截至目前 opening the figure's clause, in a report of June, is the report's year
    {
        "id": "up_to_now_opening_the_figures_clause",
        "meta": VISIT,
        "text": "全区招商引资势头良好,截至目前,实际到位资金38.6亿元。",
        "facts": [("investment_attracted", "level", 38.6, 2024, "", "actual", None)],
        "absent": [("investment_attracted", "level", 38.6, 2023)],
    },
    # ---- C. 用于…民生方面的支出
    {
        "id": "rural_livelihood_spending_no_share",
        "meta": COUNTY,
        "text": "全县用于农村民生方面的支出12亿元,占一般公共预算支出的15%。",
        "facts": [],
        "absent": [("livelihood_spending_share",)],
    },
    {
        "id": "basic_livelihood_spending_no_share",
        "meta": COUNTY,
        "text": "全县用于困难群众救助等兜底民生领域的支出5.2亿元,占一般公共预算支出的9.6%。",
        "facts": [],
        "absent": [("livelihood_spending_share",)],
    },
    {
        "id": "key_livelihood_field_spending_no_share",
        "meta": COUNTY,
        "text": "全县教育、卫生等重点民生领域支出12亿元,占一般公共预算支出的35%。",
        "facts": [],
        "absent": [("livelihood_spending_share",)],
    },
    {
        "id": "rural_livelihood_field_spending_no_share",
        "meta": COUNTY,
        "text": "全县农村民生领域的支出12亿元,占一般公共预算支出的15%。",
        "facts": [],
        "absent": [("livelihood_spending_share",)],
    },
    {
        "id": "key_livelihood_spending_no_share",
        "meta": COUNTY,
        "text": "全县重点民生支出12亿元,占一般公共预算支出的35%。",
        "facts": [],
        "absent": [("livelihood_spending_share",)],
    },
    # near misses: 民生 spending named plainly or by a list of purposes keeps its share; a part after it too
    {
        "id": "livelihood_share_before_its_key_part",
        "meta": COUNTY,
        "text": "全县民生支出41亿元,占一般公共预算支出的80.2%,其中重点民生支出12亿元。",
        "facts": [("livelihood_spending_share", "level", 80.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "livelihood_aspect_spending_plain",
        "meta": COUNTY,
        "text": "全县用于民生方面的支出41亿元,占一般公共预算支出的80.2%。",
        "facts": [("livelihood_spending_share", "level", 80.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "livelihood_purposes_list_with_growth",
        "meta": COUNTY,
        "text": "全县用于教育、医疗等民生领域的支出增长7%,占一般公共预算支出的80.2%。",
        "facts": [("livelihood_spending_share", "level", 80.2, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- D. 重点工程 / 重大工程 of one field
    {
        "id": "pollution_key_works_not_key_projects",
        "meta": COUNTY,
        "text": "全年实施大气污染防治重点工程15项,完成投资3.2亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "ecology_major_works_not_key_projects",
        "meta": COUNTY,
        "text": "全年实施生态修复重大工程8项,完成投资6.5亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "water_key_works_not_key_projects",
        "meta": COUNTY,
        "text": "水利重点工程完成投资5.6亿元,增长12%。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    # near misses: the key works without a field keep their investment, after their count too
    {
        "id": "counted_key_works_investment",
        "meta": COUNTY,
        "text": "全县86项重点工程完成投资63.5亿元。",
        "facts": [("key_project_investment", "level", 63.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "key_works_plain_investment",
        "meta": COUNTY,
        "text": "全年重点工程完成投资45亿元。",
        "facts": [("key_project_investment", "level", 45.0, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- E. a bracketed note defining a rate before 达到
    {
        "id": "rate_with_defining_note_reached",
        "meta": COUNTY,
        "text": "全县森林覆盖率(森林面积占国土面积比例)达到65.2%。",
        "facts": [("forest_coverage", "level", 65.2, 2023, "", "actual", None)],
        "absent": [],
    },
    # near miss: the share reached outside a note stays the share
    {
        "id": "livelihood_share_reached_after_its_level",
        "meta": COUNTY,
        "text": "全县民生支出完成51亿元,占一般公共预算支出比重达到81.2%。",
        "facts": [("livelihood_spending_share", "level", 81.2, 2023, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_construction(case):
    check_case(case, COUNTY)
