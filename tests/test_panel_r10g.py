"""Panel constructions of session 8, second round (r10g): small report series of our own, run
through the real pipeline (load → extract → panel), each checked for the value the panel keeps,
what it beat and why, and the outcome a target is paired with.

* An approximate target (增长6.5%左右, 约300亿元) missed by less than its own rounding (at least one
  tenth) is ``met (about)``; ``met``, ``met_against`` and ``gap`` keep the strict comparison, and a
  bound (以上, 以内) is never read as about.
* An estimate (预计) an actual printed later replaces — the January work report's and the
  bulletin's, or the next January's look back — is a superseded estimate: listed among the losers
  with that reason, never a ``conflict`` on the final figure; two actuals, or an estimate printed
  after the actual, still conflict.
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


# --------------------------------------------------------------------------- superseded estimates
#: 山东 沂水: the January estimates (level and growth) and the March bulletin.
YISHUI = {
    "yishui_2022_wr": """
沂水县人民政府工作报告
——2023年1月10日在沂水县第十九届人民代表大会第三次会议上
一、2022年工作回顾
2022年，全县地区生产总值预计完成486.7亿元，增长5.2%；一般公共预算收入预计完成30.2亿元。
""",
    "yishui_2022_bulletin": """
沂水县2022年国民经济和社会发展统计公报
沂水县统计局
2023年3月28日
经初步核算，2022年全县地区生产总值481.9亿元，比上年增长4.6%。全年一般公共预算收入30.2亿元。
""",
}
#: 江西 玉山: the next January report looks back on the year the last one estimated.
YUSHAN = {
    "yushan_2022_wr": """
玉山县人民政府工作报告
——2023年1月8日在玉山县第十七届人民代表大会第二次会议上
一、2022年工作回顾
2022年，全县规模以上工业增加值预计增长9.5%，固定资产投资预计增长12.1%。
""",
    "yushan_2023_wr": """
玉山县人民政府工作报告
——2024年1月7日在玉山县第十七届人民代表大会第三次会议上
一、2023年工作回顾
2023年，全县规模以上工业增加值增长8.0%。2022年，全县规模以上工业增加值增长8.7%，固定资产投资增长10.9%。
""",
}

#: Near misses: a speech after the bulletin prints another actual, and another estimate.
YISHUI_SPEECH = {
    **YISHUI,
    "yishui_2023_speech": """
在全县经济运行调度会议上的讲话
沂水县县长 王晓东
2023年6月15日
2022年，全县地区生产总值增长5.2%，预计一般公共预算收入完成29.1亿元。
""",
}


def test_an_estimate_replaced_by_a_later_actual_is_superseded_not_a_conflict(tmp_path):
    from govkit.analysis.evidence import SUPERSEDED_REASON

    for series, doc, cells in (
        (YISHUI, "yishui_2022_bulletin", (("gdp", "level", 481.9, 486.7), ("gdp", "yoy_pct", 4.6, 5.2))),
        (YUSHAN, "yushan_2023_wr", (("industrial_va", "yoy_pct", 8.7, 9.5), ("fai", "yoy_pct", 10.9, 12.1))),
    ):
        panel, conflicts, _ = _run(tmp_path, series)
        for indicator, measure, value, estimate in cells:
            cell = _cell(panel, indicator, measure, 2022)
            assert (cell["value"], cell["doc_id"]) == (value, doc), indicator
            assert "conflict" not in _flags(cell), indicator
            lost = conflicts[
                (conflicts["indicator"] == indicator) & (conflicts["measure"] == measure) & (conflicts["year"] == 2022)
            ]
            assert lost["other_value"].tolist() == [estimate], indicator  # still listed, with what it lost to
            assert lost["resolution"].tolist() == [SUPERSEDED_REASON] and lost["value"].tolist() == [value]


def test_two_actuals_or_an_estimate_after_the_actual_still_conflict(tmp_path):
    panel, conflicts, _ = _run(tmp_path, YISHUI_SPEECH)
    gdp = _cell(panel, "gdp", "yoy_pct", 2022)
    assert (gdp["value"], gdp["doc_id"]) == (4.6, "yishui_2022_bulletin") and "conflict" in _flags(gdp)
    rev = _cell(panel, "general_budget_revenue", "level", 2022)
    assert (rev["value"], rev["doc_id"]) == (30.2, "yishui_2022_bulletin") and "conflict" in _flags(rev)
    lost = conflicts[(conflicts["indicator"] == "general_budget_revenue") & (conflicts["year"] == 2022)]
    assert lost["other_value"].tolist() == [29.1] and "superseded" not in lost["resolution"].iloc[0]
