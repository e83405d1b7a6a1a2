"""Constructions of real reports that govkit missed (seen by session 14's reviewers), by class:

- an assessment table flattened into one paragraph of several items (指标一:地区生产总值增长率。目标值:6%;
  完成值:6.3%。指标二:…): the label opens an item at any sentence of the paragraph and may be numbered
  (指标一:, 指标2:); a later label naming no catalog indicator, or two, gives nothing, and its values are
  never read under the item before it;
- 涉及 before the subject opening a modifier that names the whole region's townships or villages
  (涉及全县12个乡镇的重点项目完成投资38.6亿元; 全县投入涉及全县所有行政村的衔接资金…): the region's own sum,
  not an audit's concerned sum; a modifier naming a group or a part (涉及脱贫户的衔接资金, 涉及民生领域的
  一般公共预算支出: a part, not the total) and an audit's bare concerned sum stay unread.

Each case is a short passage of its own (not copied from any corpus); every case but the near misses
failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: An assessment self-check of December 2023 on 2023.
CHECK = {"year": 2023, "report_date": "2023-12-20", "region": "平利县", "level": "county"}
#: A work report of January 2024 on 2023.
REPORT = {"year": 2023, "report_date": "2024-01-10", "region": "平利县", "level": "county"}

ITEMS: list[dict] = [
    {
        "id": "three_numbered_items_one_paragraph",
        "text": "指标一:地区生产总值增长率。目标值:6%;完成值:6.3%。指标二:规模以上工业增加值增速。目标值:8%;"
        "完成值:8.5%。指标三:城镇居民人均可支配收入。目标值:38000元;完成值:38650元。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 6.3, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.0, 2023, "", "target", None),
            ("industrial_va", "yoy_pct", 8.5, 2023, "", "actual", None),
            ("urban_income", "level", 38000, 2023, "", "target", None),
            ("urban_income", "level", 38650, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 8.5), ("gdp", "yoy_pct", 8.0), ("industrial_va", "level")],
    },
    {
        # the paragraph opens on its heading's words; the items follow in the same paragraph, labels in digits
        "id": "items_after_an_opening_sentence",
        "text": "一、主要指标完成情况。指标1:一般公共预算收入。目标值:5.2亿元。完成值:5.4亿元,增长6.1%。"
        "指标2:城镇新增就业人数。目标值:2000人。完成值:2356人。",
        "facts": [
            ("general_budget_revenue", "level", 5.2, 2023, "", "target", None),
            ("general_budget_revenue", "level", 5.4, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 2000, 2023, "", "target", None),
            ("new_urban_jobs", "level", 2356, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 2000), ("general_budget_revenue", "level", 2356)],
    },
    {
        # a later item dated by its own label sentence keeps its own year (the first item's year does not carry)
        "id": "second_item_with_a_dated_target",
        "text": "二、民生保障\n指标:城镇登记失业率。目标值:4.5%。完成值:3.2%。指标:城镇新增就业。目标:2025年达到3000人。"
        "完成值:2356人。",
        "facts": [
            ("unemployment_rate", "level", 4.5, 2023, "", "target", None),
            ("unemployment_rate", "level", 3.2, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 3000, 2025, "", "target", None),
        ],
        "absent": [("new_urban_jobs", "level", 2356, 2025), ("unemployment_rate", "level", 2356)],
    },
    {
        # near miss: a later label naming no catalog indicator: nothing of it, and nothing of it under the first
        "id": "later_label_of_no_indicator",
        "text": "指标一:城镇新增就业。目标值:2000人。完成值:2356人。指标二:农民工技能培训人数。目标值:3000人。"
        "完成值:3200人。",
        "facts": [("new_urban_jobs", "level", 2356, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 3000), ("new_urban_jobs", "level", 3200)],
    },
    {
        # near miss: a later label naming two indicators: no item, its values not read under the first
        "id": "later_label_of_two_indicators",
        "text": "指标一:一般公共预算收入。目标值:5.2亿元。完成值:5.4亿元。指标二:城镇和农村居民人均可支配收入。"
        "目标值:30000元。完成值:31000元。",
        "facts": [("general_budget_revenue", "level", 5.4, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 30000), ("general_budget_revenue", "level", 31000)],
    },
    {
        # near miss: a label with its figure in the same sentence is no title (read as before)
        "id": "later_label_with_its_figure",
        "text": "指标一:城镇新增就业。目标值:2000人。完成值:2356人。考核指标:化解政府隐性债务1.5亿元;完成情况:"
        "全年化解1.8亿元。",
        "facts": [("new_urban_jobs", "level", 2356, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 1.5), ("new_urban_jobs", "level", 1.8)],
    },
]


@pytest.mark.parametrize("case", ITEMS, ids=[c["id"] for c in ITEMS])
def test_assessment_items_in_one_paragraph(case):
    check_case(case, CHECK)


CONCERNED: list[dict] = [
    {
        "id": "projects_covering_all_townships_verb_after",
        "text": "涉及全县12个乡镇的重点项目完成投资38.6亿元。",
        "facts": [("key_project_investment", "level", 38.6, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "projects_covering_all_townships_counted_first",
        "text": "全年实施涉及全县12个乡镇的重点项目46个,完成投资38.6亿元。",
        "facts": [("key_project_investment", "level", 38.6, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "funds_put_in_covering_all_villages",
        "text": "全县投入涉及全县所有行政村的衔接资金1.36亿元,增长8.2%。",
        "facts": [("poverty_funds", "level", 1.36, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "farmland_covering_all_townships",
        "text": "覆盖全县8个乡镇的高标准农田建设完成5.2万亩。",
        "facts": [("high_standard_farmland", "level", 52000, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: a part of the spending (涉及民生领域的…) is not the total
        "id": "part_of_spending_named_by_modifier",
        "text": "涉及民生领域的一般公共预算支出完成18.6亿元。",
        "facts": [],
        "absent": [("fiscal_expenditure",)],
    },
    {
        # near miss: a group's funds (涉及脱贫户的…): a part of the funds, left unread
        "id": "group_of_households_funds",
        "text": "全县投入涉及脱贫户的衔接资金1.36亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        # near miss: an audit's concerned sum, bare after the subject, even over all townships
        "id": "audit_concerned_sum_over_townships",
        "text": "3个单位政府采购程序不规范,涉及全县5个乡镇的衔接资金3.2亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "audit_concerned_sum_bare",
        "text": "3个单位政府采购程序不规范,涉及衔接资金1162.8万元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        # near miss: some townships only (no 全县): a part of the region
        "id": "some_townships_only",
        "text": "覆盖8个乡镇的重点项目完成投资12.6亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
]


@pytest.mark.parametrize("case", CONCERNED, ids=[c["id"] for c in CONCERNED])
def test_concerned_modifier_of_the_whole_region(case):
    check_case(case, REPORT)
