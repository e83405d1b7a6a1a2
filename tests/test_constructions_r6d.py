"""Constructions found by probing county and city statistical bulletins (国民经济和社会发展统计公报,
session 5): shares whose denominator is an 增加值, tables whose units stand in the column
headers, and other sentences of the genre.

Each case is a short bulletin passage of its own (not copied from a dev set) written for one
construction: its meta, the facts it must give (indicator, measure, value, year, subperiod, kind,
period_start) and the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-03-20", "region": "岳西县", "level": "county"}

CASES: list[dict] = [
    # ---- a share whose denominator is an 增加值: 增加 inside 增加值 is no growth word
    {
        "id": "share_of_all_industry_value_added",
        "text": "三、工业和建筑业\n规模以上工业增加值占全部工业增加值的比重为78.2%。",
        "facts": [],
        "absent": [("industrial_va",)],
    },
    {
        "id": "share_after_growth_of_industry_value_added",
        "text": "全年规模以上工业增加值比上年增长7.4%，占全部工业增加值的81.5%。",
        "facts": [("industrial_va", "yoy_pct", 7.4, 2023, "", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 81.5)],
    },
    {
        "id": "share_of_industry_value_added_then_its_change",
        "text": "全年全县规模以上工业增加值占全部工业增加值比重为80.3%，比上年提高1.5个百分点。",
        "facts": [],
        "absent": [("industrial_va", "yoy_pct"), ("industrial_va", "level")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
