"""Targets against outcomes (session 8): the gap of a range target is measured to the bound the
outcome is judged against (``met_against``), the same bound that decides ``met``.

Each series is two short reports of our own run through the real pipeline (load → extract → pairs).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from series import run_series


def _pairs(tmp_path: Path, series: dict[str, str]) -> pd.DataFrame:
    return run_series(tmp_path, series)[2]


def _report(year: int, body: str) -> str:
    return f"溧阳市{year}年政府工作报告\n——{year}年1月10日在溧阳市第十八届人民代表大会第二次会议上\n{body}\n"


SERIES = {
    "a": _report(
        2023,
        "二、2023年主要预期目标\n城镇登记失业率控制在4.5%-5%,一般公共预算收入增长6%-7%,地区生产总值增长6%。",
    ),
    "b": _report(
        2024,
        "一、2023年工作回顾\n2023年,全市城镇登记失业率4.8%,一般公共预算收入增长6.4%,地区生产总值增长6.3%。",
    ),
}


@pytest.mark.parametrize(
    ("indicator", "target", "high", "against", "outcome", "gap", "met"),
    [
        ("unemployment_rate", 4.5, 5.0, 5.0, 4.8, -0.2, True),  # less is better: the ceiling (was +0.3)
        ("general_budget_revenue", 6.0, 7.0, 6.0, 6.4, 0.4, True),  # more is better: the floor
        ("gdp", 6.0, None, 6.0, 6.3, 0.3, True),  # one figure: the target itself
    ],
)
def test_the_gap_of_a_range_is_to_the_bound_that_decides_met(
    tmp_path, indicator, target, high, against, outcome, gap, met
):
    t = _pairs(tmp_path, SERIES)
    measure = "level" if indicator == "unemployment_rate" else "yoy_pct"
    row = t[(t["indicator"] == indicator) & (t["measure"] == measure) & (t["year"] == 2023)]
    assert len(row) == 1, t[["indicator", "measure", "year", "target", "target_high", "outcome"]]
    r = row.iloc[0]
    assert r["target"] == pytest.approx(target) and r["outcome"] == pytest.approx(outcome)
    assert pd.isna(r["target_high"]) if high is None else r["target_high"] == pytest.approx(high)
    assert r["met_against"] == pytest.approx(against) and bool(r["met"]) is met
    assert r["gap"] == pytest.approx(gap)
