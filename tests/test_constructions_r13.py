"""Constructions found in session 11.

A goal word with the aspect marker 了 (确保了…增长8%, 力争了…): a review of what was secured, so the
figure is the outturn, not a target (the kind cue ``kind target`` and the plan-sentence cue ``target
planning`` in ``govkit/data/extract/cues.tsv`` no longer match 确保/力争 before 了). Before, the outturn
was read as a target. Near misses: the same words without 了 in a plan (2024年,确保…增长7%以上; 今年要确保…)
stay targets.

Each case is a short passage of its own (not copied from a dev set): the facts it must give
(indicator, measure, value, year, subperiod, kind, period_start) and the keys it must not give.
"""

from __future__ import annotations

import pytest
from passages import check_case

REVIEW_2023 = {"year": 2023, "report_date": "2024-01-15"}

SECURED_CASES: list[dict] = [
    {
        "id": "secured_growth_in_a_review",
        "text": "2023年,面对复杂严峻的形势,我们确保了全县地区生产总值增长8%,经济运行稳中有进。",
        "facts": [("gdp", "yoy_pct", 8.0, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 8.0, 2023, "", "target")],
    },
    {
        "id": "secured_revenue_with_its_share_of_the_budget",
        "text": "一年来,全县上下攻坚克难,确保了一般公共预算收入增长6.1%,完成年度预算的101.2%。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 101.2, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 6.1, 2023, "", "target")],
    },
    {
        "id": "strove_and_reached_in_a_summary",
        "text": "全年力争了规模以上工业增加值增长9.5%的好成绩,工业经济稳步回升。",
        "facts": [("industrial_va", "yoy_pct", 9.5, 2023, "", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 9.5, 2023, "", "target")],
    },
    # ---- near misses: the goal words without 了 stay goals
    {
        "id": "secure_in_next_years_plan",
        "text": "2024年,确保地区生产总值增长7%以上,力争一般公共预算收入增长5%。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.0, 2024, "", "actual")],
    },
    {
        "id": "secure_in_a_speech_this_year",
        "text": "去年全县地区生产总值增长5.2%,今年要确保增长6%以上。",
        "facts": [
            ("gdp", "yoy_pct", 5.2, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", SECURED_CASES, ids=[c["id"] for c in SECURED_CASES])
def test_a_goal_word_with_le_is_an_outturn(case):
    check_case(case, REVIEW_2023)
