"""Constructions found by the blind set h26 (session 16: a prefecture-level city's 2024 work report, a
county's 2024 debt-management report in GB18030, a county's 1—8月 economic brief), by class:

- the share of the year's own plan of a field (已化解隐性债务1.42亿元,完成年度化债计划的44.4%; 占全年化债计划的
  105%; 完成年度投资计划的102.3%; 为全年造林计划的110%): ``completion_pct`` of the clause's subject, as the
  task a higher level set with its field named (完成州下达年度化债任务的103.2%) already was;
- a share of another field's task or plan (完成造林2万亩,完成年度投资计划的102%; 完成县下达年度投资任务的102%):
  no share of the subject (data/extract/completion_fields.csv names which indicators a field's plan is of;
  before this round the 任务 form was read as the afforestation's completion).

Each case is a short passage of its own (not copied from any corpus); every case but the near misses
failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county's debt-management report of June 2025 on 2024.
META = {"year": 2024, "report_date": "2025-06-26", "region": "宾川县", "level": "county"}

CASES: list[dict] = [
    # ---- the share of the year's own plan of a field
    {
        "id": "debt_plan_share_after_the_debt_resolved_so_far",
        "text": "截至2025年5月末,全县政府债务余额51.96亿元,当年已偿还到期本金1.34亿元,已化解隐性债务1.42亿元,"
        "完成年度化债计划的44.4%。",
        "facts": [
            ("debt_resolved", "level", 1.42, 2025, "M1-M5", "actual", None),
            ("debt_resolved", "completion_pct", 44.4, 2025, "M1-M5", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "debt_plan_share_with_zhan",
        "text": "2024年,全县化解隐性债务2.10亿元,占全年化债计划的105%。",
        "facts": [
            ("debt_resolved", "level", 2.1, 2024, "", "actual", None),
            ("debt_resolved", "completion_pct", 105, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "investment_plan_share",
        "text": "2024年,全县固定资产投资完成86.2亿元,完成年度投资计划的102.3%。",
        "facts": [("fai", "completion_pct", 102.3, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "afforestation_plan_share_with_wei",
        "text": "2024年,全县完成营造林3.2万亩,为全年造林计划的110%。",
        "facts": [("afforestation", "completion_pct", 110, 2024, "", "actual", None)],
        "absent": [],
    },
    # ---- near misses: another field's plan or task; a share handed on
    {
        "id": "investment_plan_share_after_afforestation_is_not_its_share",
        "text": "2024年,全县完成造林2万亩,完成年度投资计划的102%。",
        "facts": [("afforestation", "level", 20000, 2024, "", "actual", None)],
        "absent": [("afforestation", "completion_pct")],
    },
    {
        "id": "investment_task_share_after_afforestation_is_not_its_share",
        "text": "2024年,全县完成造林2万亩,完成县下达年度投资任务的102%。",
        "facts": [("afforestation", "level", 20000, 2024, "", "actual", None)],
        "absent": [("afforestation", "completion_pct")],
    },
    {
        "id": "investment_plan_share_after_funds_in_place_is_not_theirs",
        "text": "全年招商引资到位资金52.8亿元,完成年度投资计划的95%。",
        "facts": [("investment_attracted", "level", 52.8, 2024, "", "actual", None)],
        "absent": [("investment_attracted", "completion_pct")],
    },
    {
        "id": "debt_plan_share_handed_on_is_no_completion",
        "text": "按年度化债计划的40%分解到各乡镇,全年化解隐性债务2.1亿元。",
        "facts": [("debt_resolved", "level", 2.1, 2024, "", "actual", None)],
        "absent": [("debt_resolved", "completion_pct")],
    },
    {
        "id": "own_field_task_share_still_read",
        "text": "2024年,全县化解隐性债务3.56亿元,完成州下达年度化债任务的103.2%。",
        "facts": [("debt_resolved", "completion_pct", 103.2, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "a_plan_share_without_a_field_is_the_subjects",
        "text": "2024年,全县粮食总产量38.9万吨,完成年度计划的102%。",
        "facts": [("grain_output", "completion_pct", 102, 2024, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    check_case(case, META)
