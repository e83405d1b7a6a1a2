"""Panel constructions of session 8, second round (r10g): small report series of our own, run
through the real pipeline (load → extract → panel), each checked for the value the panel keeps,
what it beat and why, and the outcome a target is paired with.

* An approximate target (增长6.5%左右, 约300亿元) missed by less than its own rounding (at least one
  tenth) is ``met (about)``; ``met``, ``met_against`` and ``gap`` keep the strict comparison, and a
  bound (以上, 以内) is never read as about.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import govkit
from govkit.analysis.panel import build_panel, targets_vs_outcomes


def _run(tmp_path: Path, series: dict[str, str]):
    docs, facts = [], []
    for name, text in series.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text.strip() + "\n", encoding="utf-8")
        doc = govkit.load_document(path)
        docs.append(doc.to_record())
        facts.append(govkit.extract_facts(doc))
    documents, f = pd.DataFrame(docs), pd.concat(facts, ignore_index=True)
    panel, conflicts = build_panel(f, documents)
    return panel, conflicts, targets_vs_outcomes(f, documents)


def _cell(panel: pd.DataFrame, indicator: str, measure: str, year: int) -> pd.Series:
    p = panel[
        (panel["indicator"] == indicator)
        & (panel["measure"] == measure)
        & (panel["year"] == year)
        & (panel["subperiod"] == "")
        & panel["period_start"].isna()
    ]
    assert len(p) == 1, p
    return p.iloc[0]


def _pair(tvo: pd.DataFrame, indicator: str, measure: str, year: int) -> pd.Series:
    t = tvo[(tvo["indicator"] == indicator) & (tvo["measure"] == measure) & (tvo["year"] == year)]
    assert len(t) == 1, t
    return t.iloc[0]


def _flags(row: pd.Series) -> set[str]:
    return {x for x in str(row["flags"] or "").split(",") if x}


# --------------------------------------------------------------------------- approximate targets

#: 四川 安岳: 左右 targets of growth and a level; outcomes a tenth short, on the mark, far short.
ANYUE = {
    "anyue_2022_wr": """
安岳县人民政府工作报告
——2023年1月9日在安岳县第十八届人民代表大会第三次会议上
一、2022年工作回顾
2022年，全县地区生产总值预计完成398.2亿元，增长2.1%。
二、2023年主要预期目标
2023年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，一般公共预算收入增长6%左右，城镇新增就业6000人左右，城镇登记失业率控制在4.5%左右。
""",
    "anyue_2023_wr": """
安岳县人民政府工作报告
——2024年1月10日在安岳县第十八届人民代表大会第四次会议上
一、2023年工作回顾
2023年，全县地区生产总值预计增长6.4%；一般公共预算收入预计增长4.9%；城镇新增就业5720人；城镇登记失业率4.6%。
""",
}

#: 福建 建瓯: an 约 target of a level met within its rounding; a 以上 bound a tenth short stays missed.
JIANOU = {
    "jianou_2022_wr": """
建瓯市人民政府工作报告
——2023年1月6日在建瓯市第十八届人民代表大会第三次会议上
一、2023年工作安排
2023年全市经济社会发展的主要预期目标是：地区生产总值增长7%以上，一般公共预算收入约12亿元，规模以上工业增加值增长8%左右。
""",
    "jianou_2023_wr": """
建瓯市人民政府工作报告
——2024年1月8日在建瓯市第十八届人民代表大会第四次会议上
一、2023年工作回顾
2023年，全市地区生产总值增长6.9%；一般公共预算收入11.6亿元；规模以上工业增加值增长7.4%。
""",
}


def test_an_approximate_target_missed_within_its_rounding_is_met_about(tmp_path):
    from govkit.analysis.targets import MET_ABOUT

    _, _, tvo = _run(tmp_path, ANYUE)
    for indicator, measure, outcome, gap in (
        ("gdp", "yoy_pct", 6.4, -0.1),  # 6.5%左右, a tenth short
        ("new_urban_jobs", "level", 5720, -280),  # 6000人左右: rounded to the thousand
        ("unemployment_rate", "level", 4.6, 0.1),  # less is better: a tenth above 4.5%左右
    ):
        pair = _pair(tvo, indicator, measure, 2023)
        assert (pair["outcome"], pair["status"]) == (outcome, MET_ABOUT), indicator
        # the strict comparison stays in view
        assert not pair["met"] and pair["gap"] == pytest.approx(gap), indicator
    # near miss: 6%左右 and 4.9 is beyond any rounding of 6
    pair = _pair(tvo, "general_budget_revenue", "yoy_pct", 2023)
    assert (pair["status"], pair["met"]) == ("missed", False)


def test_a_bound_is_never_about_and_about_never_stretches_past_rounding(tmp_path):
    from govkit.analysis.targets import MET_ABOUT

    _, _, tvo = _run(tmp_path, JIANOU)
    assert _pair(tvo, "gdp", "yoy_pct", 2023)["status"] == "missed"  # 7%以上 and 6.9: a threshold
    pair = _pair(tvo, "general_budget_revenue", "level", 2023)
    assert (pair["status"], pair["met_against"], pair["gap"]) == (MET_ABOUT, 12.0, pytest.approx(-0.4))  # 约12亿
    assert _pair(tvo, "industrial_va", "yoy_pct", 2023)["status"] == "missed"  # 8%左右 and 7.4


@pytest.mark.parametrize(("target", "tol"), [(6.5, 0.1), (7.0, 0.5), (12.0, 0.5), (6000.0, 500.0), (4.55, 0.1)])
def test_about_tolerance(target, tol):
    from govkit.analysis.evidence import about_tolerance

    assert about_tolerance(target) == pytest.approx(tol)
