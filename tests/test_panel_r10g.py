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
* A later report that restates a year's figure with revision words (修订, 核定, 经济普查后/结果,
  调整后) replaces the earlier printing whatever its genre (the bulletin's included): the loser is
  listed as revised, no conflict, no ``same_figure`` check; a later figure without such words keeps
  today's order (the bulletin beats a speech, and the two still conflict).
"""

from __future__ import annotations

import pytest
from series import flags_of, panel_cell, run_series, series_checks, target_pair

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

    _, _, tvo = run_series(tmp_path, ANYUE)
    for indicator, measure, outcome, gap in (
        ("gdp", "yoy_pct", 6.4, -0.1),  # 6.5%左右, a tenth short
        ("new_urban_jobs", "level", 5720, -280),  # 6000人左右: rounded to the thousand
        ("unemployment_rate", "level", 4.6, 0.1),  # less is better: a tenth above 4.5%左右
    ):
        pair = target_pair(tvo, indicator, measure, 2023)
        assert (pair["outcome"], pair["status"]) == (outcome, MET_ABOUT), indicator
        # the strict comparison stays in view
        assert not pair["met"] and pair["gap"] == pytest.approx(gap), indicator
    # near miss: 6%左右 and 4.9 is beyond any rounding of 6
    pair = target_pair(tvo, "general_budget_revenue", "yoy_pct", 2023)
    assert (pair["status"], pair["met"]) == ("missed", False)


def test_a_bound_is_never_about_and_about_never_stretches_past_rounding(tmp_path):
    from govkit.analysis.targets import MET_ABOUT

    _, _, tvo = run_series(tmp_path, JIANOU)
    assert target_pair(tvo, "gdp", "yoy_pct", 2023)["status"] == "missed"  # 7%以上 and 6.9: a threshold
    pair = target_pair(tvo, "general_budget_revenue", "level", 2023)
    assert (pair["status"], pair["met_against"], pair["gap"]) == (MET_ABOUT, 12.0, pytest.approx(-0.4))  # 约12亿
    assert target_pair(tvo, "industrial_va", "yoy_pct", 2023)["status"] == "missed"  # 8%左右 and 7.4


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
        panel, conflicts, _ = run_series(tmp_path, series)
        for indicator, measure, value, estimate in cells:
            cell = panel_cell(panel, indicator, measure, 2022)
            assert (cell["value"], cell["doc_id"]) == (value, doc), indicator
            assert "conflict" not in flags_of(cell), indicator
            lost = conflicts[
                (conflicts["indicator"] == indicator) & (conflicts["measure"] == measure) & (conflicts["year"] == 2022)
            ]
            assert lost["other_value"].tolist() == [estimate], indicator  # still listed, with what it lost to
            assert lost["resolution"].tolist() == [SUPERSEDED_REASON] and lost["value"].tolist() == [value]


def test_two_actuals_or_an_estimate_after_the_actual_still_conflict(tmp_path):
    panel, conflicts, _ = run_series(tmp_path, YISHUI_SPEECH)
    gdp = panel_cell(panel, "gdp", "yoy_pct", 2022)
    assert (gdp["value"], gdp["doc_id"]) == (4.6, "yishui_2022_bulletin") and "conflict" in flags_of(gdp)
    rev = panel_cell(panel, "general_budget_revenue", "level", 2022)
    assert (rev["value"], rev["doc_id"]) == (30.2, "yishui_2022_bulletin") and "conflict" in flags_of(rev)
    lost = conflicts[(conflicts["indicator"] == "general_budget_revenue") & (conflicts["year"] == 2022)]
    assert lost["other_value"].tolist() == [29.1] and "superseded" not in lost["resolution"].iloc[0]


# --------------------------------------------------------------------------- revisions
#: 甘肃 临洮: the county bulletin of 2023, then the January 2025 work report restating 2023 after
#: the fifth economic census (revision words in a clause before the figure and beside it).
LINTAO = {
    "lintao_2023_bulletin": """
临洮县2023年国民经济和社会发展统计公报
临洮县统计局
2024年4月18日
经初步核算，2023年全县地区生产总值156.8亿元，比上年增长6.2%。全年一般公共预算收入6.35亿元。
""",
    "lintao_2024_wr": """
临洮县人民政府工作报告
——2025年1月9日在临洮县第十九届人民代表大会第五次会议上
一、2024年工作回顾
根据第五次全国经济普查结果，2023年全县地区生产总值修订为163.2亿元。2024年，全县地区生产总值预计完成171.5亿元，增长5.1%。
""",
}

#: 江苏 泗洪: a plan execution report restates the bulletin's growth as 核定; its near miss, a
#: speech that prints another figure without revision words, loses to the bulletin as today.
SIHONG = {
    "sihong_2022_bulletin": """
泗洪县2022年国民经济和社会发展统计公报
泗洪县统计局
2023年3月30日
经初步核算，2022年全县地区生产总值621.4亿元，比上年增长3.1%。全年城镇新增就业9860人。
""",
    "sihong_2023_plan": """
关于泗洪县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告
——2024年1月6日在泗洪县第十七届人民代表大会第四次会议上
一、2023年计划执行情况
2022年全县地区生产总值增速经核定为3.6%。2023年，全县地区生产总值预计增长5.8%。
""",
    "sihong_2023_speech": """
在全县经济工作会议上的讲话
泗洪县县长 李明
2024年2月20日
2022年，全县城镇新增就业9920人。
""",
}


def test_a_revision_in_a_later_report_beats_the_bulletin_it_revises(tmp_path):
    from govkit.analysis.evidence import REVISED_REASON

    for series, indicator, measure, year, value, doc, old in (
        (LINTAO, "gdp", "level", 2023, 163.2, "lintao_2024_wr", 156.8),  # 根据第五次全国经济普查结果…修订为
        (SIHONG, "gdp", "yoy_pct", 2022, 3.6, "sihong_2023_plan", 3.1),  # 经核定为
    ):
        panel, conflicts, _ = run_series(tmp_path, series)
        cell = panel_cell(panel, indicator, measure, year)
        assert (cell["value"], cell["doc_id"]) == (value, doc)
        assert "conflict" not in flags_of(cell)
        lost = conflicts[
            (conflicts["indicator"] == indicator) & (conflicts["measure"] == measure) & (conflicts["year"] == year)
        ]
        assert lost["other_value"].tolist() == [old] and lost["resolution"].tolist() == [REVISED_REASON]
        checks = series_checks(tmp_path, series)
        assert checks[(checks["check"] == "same_figure") & (checks["indicator"] == indicator)].empty
    # near misses: the bulletin's other figures stand (growth 6.2 is not restated; the year after is the report's own)
    panel, _, _ = run_series(tmp_path, LINTAO)
    assert panel_cell(panel, "gdp", "yoy_pct", 2023)["doc_id"] == "lintao_2023_bulletin"


def test_a_later_figure_without_revision_words_keeps_the_genre_order(tmp_path):
    panel, conflicts, _ = run_series(tmp_path, SIHONG)
    jobs = panel_cell(panel, "new_urban_jobs", "level", 2022)
    assert (jobs["value"], jobs["doc_id"]) == (9860, "sihong_2022_bulletin") and "conflict" in flags_of(jobs)
    lost = conflicts[conflicts["indicator"] == "new_urban_jobs"]
    assert lost["resolution"].tolist() == ["more authoritative genre: 统计公报 over 讲话"]
    checks = series_checks(tmp_path, SIHONG)
    assert checks[(checks["check"] == "same_figure") & (checks["indicator"] == "new_urban_jobs")]["year"].tolist() == [
        2022
    ]


@pytest.mark.parametrize(
    ("sentence", "revised"),
    [
        ("经第五次全国经济普查核定，2022年全区地区生产总值为245.3亿元", True),
        ("2021年全市一般公共预算收入调整后为18.2亿元", True),
        ("第五次全国经济普查后，2023年规模以上工业增加值增速修订为7.1%", True),
        ("2023年全县一般公共预算收入12.6亿元，完成调整后预算的101.3%", False),
        ("2023年全县地区生产总值达到262.8亿元", False),
        # 经核实 (session 10 review): a revision only with the restated figure's year printed
        ("2023年全县地区生产总值经核实为445.2亿元", True),
        ("经核实，2022年全县一般公共预算收入为18.6亿元", True),
        ("经核实，抽查的30户脱贫户人均纯收入达到1.5万元", False),
        ("经核实，全县脱贫人口人均纯收入达到15362元", False),
    ],
)
def test_printed_as_revision(sentence, revised):
    from govkit.analysis.evidence import printed_as_revision

    comma = sentence.rfind("，")
    start = comma + 1 if comma >= 0 else 0
    assert printed_as_revision(sentence, sentence[start:], start, len(sentence)) is revised


def test_a_revision_and_the_estimate_before_it(tmp_path):
    from govkit.analysis.evidence import REVISED_REASON, SUPERSEDED_REASON

    series = {
        **LINTAO,
        "lintao_2023_wr": """
临洮县人民政府工作报告
——2024年1月10日在临洮县第十九届人民代表大会第四次会议上
一、2023年工作回顾
2023年，全县地区生产总值预计完成158亿元，增长6.0%。
""",
    }
    panel, conflicts, _ = run_series(tmp_path, series)
    cell = panel_cell(panel, "gdp", "level", 2023)
    assert (cell["value"], cell["doc_id"]) == (163.2, "lintao_2024_wr") and "conflict" not in flags_of(cell)
    lost = conflicts[
        (conflicts["indicator"] == "gdp") & (conflicts["measure"] == "level") & (conflicts["year"] == 2023)
    ]
    assert dict(zip(lost["other_value"], lost["resolution"])) == {156.8: REVISED_REASON, 158.0: SUPERSEDED_REASON}
    # growth is not restated: the bulletin's actual beats the January estimate, superseded
    growth = panel_cell(panel, "gdp", "yoy_pct", 2023)
    assert (growth["value"], growth["doc_id"]) == (6.2, "lintao_2023_bulletin") and "conflict" not in flags_of(growth)
