"""Blind panel test r13c (session 11, helper t3): three report series of our own, written by hand
before govkit read them, for three counties in provinces neither the shared series nor r12e cover
(福建 安溪县: a work report with 预计, its statistical bulletin, a 上半年 经济运行分析 with a forecast and
restated targets, the next work report with a 核实…修订为 revision; 甘肃 临泽县: a 十三五 review work report
(由2015年…增加到2020年, cagr, cumulative sums, 十四五 goals), the 2021 bulletin, two work reports with
ranges, 左右 and a 最终核实 revision; 广西 宾阳县: a work report with a 预计 clause, a July speech with
part-year figures, a 预计全年 forecast and restated targets, a budget execution report (快报数, 2024
budget) and the next work report with 十四五以来 sums). The cells and target/outcome pairs an analyst
reads in them (/work/scratch/h11/EXPECTED.md) are asserted through the real pipeline (tests/series.py).

First run (the code at the session's start, 715c5fe; FIRST_RUN.md): 167 of 167 expected cells right,
53 of 53 pairs right, one extra cell and pair (宾阳 一般公共预算支出安排53.1亿元, a 2024 budget target)
which the rules make right: my omission, added (168 cells, 54 pairs asserted below). No park, town
or scenic-spot figure among winners or losers; every part-year figure only in a subperiod cell.

Probing past the series with more reports of our own (a summer 决算 report, a 县→区 renamed county,
a later revision of a targeted level, one period printed two ways) found four panel classes, fixed (passages of our own; those marked fixed failed before, the guards
passed before and after):

* The final accounts of a budget year (data/report_types.csv row 财政决算报告): 关于2023年县级财政决算
  的报告 and …决算草案的报告, delivered to the standing committee the summer after, had no report type,
  so their 决算数 ranked with 其他 and lost to the January work report's execution figure (政府工作报告
  over ?) though they are the finance bureau's last word on the year. Now they are of the
  budget-execution genre: they outrank a work report and, printed later, the January execution
  report's 快报数. Guards: a standing committee's resolution approving them (…决算的决议: not a report),
  the audit of the budget's execution (审计工作报告: 其他), a January budget execution report.
* One label per series in every table (region_labels.series_labels, applied where facts are
  annotated): a county renamed 县→区 (郫县→郫都区, 芜湖县→湾沚区) is one series in the panel, labelled
  with its newest name, but targets_vs_outcomes and the same_figure check labelled each row with the
  name its own report printed, so the older report's targets read 芜湖县 while their outcomes and the
  panel read 湾沚区, and targets_vs_outcomes(regions=["湾沚区"]) left them out (regions=["芜湖县"] lost
  their outcomes). Now every row carries its series' newest name. Guards: two counties in one corpus
  keep their own names; a township's report stays a series of its own name.
* A revision answers a target (targets.targets_vs_outcomes uses candidates.revisions_first): the
  panel shows a later report's 修订为/最终核实为/经核实 figure over the bulletin's first printing, but the
  target pairs ranked outcomes without it, so 地区生产总值达到868亿元 was "missed" against the bulletin's
  861.7 while the panel read 870.9 (met). Now the outcome is the panel's value. Guards: a later
  restatement without revision words, or none, leaves the bulletin's figure (genre).
* Equal parts of a year are one panel key (evidence.same_period, applied where facts are
  annotated): EXTRACTION.md counts H1 and M1-M6, Q1-Q3 and M1-M9, Q1 and M1-M3 as one sub-period,
  but the panel keyed them as printed, so an analysis's 1—6月 (M1-M6) and a speech's 上半年 (H1), or
  1月至9月 and 前三季度, or 一至三月 and 一季度, were two cells for one period, neither rival told. Now
  the panel names each by one name (H1, Q1-Q3, Q1; 7—12月 and 下半年 H2): one cell, the more authoritative report's,
  the other listed as it lost. Guards: 1—5月 or 二季度 beside 上半年, 1—10月 beside 前三季度 stay cells of their own.

Judged not an error (probing): 增速比上年回落5.1个百分点 is gdp pp_change (the gold reads 较上年增长2.3个百分点
of GDP growth so); 扣除价格因素实际增长2.6% is the fact of resident income with unadjusted=4.9 (as 可比价).
Seen, not touched (facts, other helpers' modules): a target restated in a review beside its outcome
without brackets (增长3.9%,低于年初确定的7%预期目标; 超额完成年初确定的增长6.5%的预期目标) gives no target
fact (the bracketed form does; blocking treats 低于…目标 as a threshold on purpose); 上半年…增长7.6%,上年同期为7.2% gives no H1 fact of the year before.
"""

from __future__ import annotations

import pytest
from passages import check_meta
from series import (
    build_all,
    load_series,
    others_figures_held,
    panel_cell,
    run_series,
    whole_year_cells,
    wrong_cells,
    wrong_pairs,
)

from govkit.analysis.crosschecks import cross_checks
from govkit.analysis.panel import build_panel, targets_vs_outcomes

# --------------------------------------------------------------------------- the final accounts (决算)
FINAL_ACCOUNTS = [
    # fixed: the final accounts and their draft, delivered to the standing committee the summer after
    (
        "final_accounts",
        "关于安吉县2023年财政决算的报告\n——2024年7月25日在安吉县第十七届人民代表大会常务委员会第十九次会议上\n"
        "安吉县财政局局长 王丽\n主任、各位副主任、各位委员：\n2023年全县一般公共预算收入决算数为66.58亿元，比上年增长6.8%。",
        {"report_type": "预算执行情况报告", "report_date": "2024-07-25", "year": 2023},
    ),
    (
        "final_accounts_draft",
        "关于临泽县2022年县级决算草案的报告\n——2023年8月28日在临泽县第十九届人民代表大会常务委员会第十一次会议上\n"
        "临泽县财政局局长 张敏\n2022年全县一般公共预算收入决算数为4.13亿元，增长3.8%。",
        {"report_type": "预算执行情况报告", "report_date": "2023-08-28", "year": 2022},
    ),
    # guards: the resolution approving them, the audit of the budget's execution, a January report
    (
        "near_resolution_approving_them",
        "宾阳县人民代表大会常务委员会关于批准2023年县级财政决算的决议\n（2024年8月28日宾阳县第十七届人民代表大会常务委员会第二十次会议通过）\n"
        "会议同意县人民政府提出的2023年县级财政决算。",
        {"report_type": ""},
    ),
    (
        "near_audit_report",
        "关于安吉县2023年度县级预算执行和其他财政收支情况的审计工作报告\n——2024年8月26日在安吉县第十七届人民代表大会常务委员会第二十次会议上\n"
        "安吉县审计局局长 李华\n2023年全县一般公共预算收入66.58亿元。",
        {"report_type": "其他"},
    ),
    (
        "near_january_budget_report",
        "关于安吉县2023年预算执行情况和2024年预算草案的报告\n——2024年1月9日在安吉县第十七届人民代表大会第四次会议上\n"
        "全县一般公共预算收入完成66.71亿元（快报数），增长7.0%。",
        {"report_type": "预算执行情况报告", "report_date": "2024-01-09", "year": 2023},
    ),
]


@pytest.mark.parametrize("doc_id, text, want", FINAL_ACCOUNTS, ids=[c[0] for c in FINAL_ACCOUNTS])
def test_final_accounts_report_type(doc_id, text, want):
    check_meta(text, doc_id, want)


ANJI_WR = """
2024年安吉县人民政府工作报告
——2024年1月9日在安吉县第十七届人民代表大会第四次会议上
各位代表：
一、2023年工作回顾
2023年，全县地区生产总值608.5亿元，增长6.1%；一般公共预算收入66.71亿元，增长7.0%。
"""
ANJI_BUDGET = """
关于安吉县2023年预算执行情况和2024年预算草案的报告
——2024年1月9日在安吉县第十七届人民代表大会第四次会议上
安吉县财政局局长 王丽
一、2023年预算执行情况
全县一般公共预算收入完成66.71亿元（快报数），增长7.0%。
"""


@pytest.mark.parametrize("with_budget", [False, True], ids=["over_the_work_report", "over_the_january_kuaibao"])
def test_final_accounts_outrank_the_january_figures(tmp_path, with_budget):
    series = {"anji_2023_wr": ANJI_WR, "anji_2023_final": FINAL_ACCOUNTS[0][1]}
    if with_budget:
        series["anji_2023_budget"] = ANJI_BUDGET
    panel, conflicts, _ = run_series(tmp_path, series)
    for measure, value in (("level", 66.58), ("yoy_pct", 6.8)):
        cell = panel_cell(panel, "general_budget_revenue", measure, 2023)
        assert (cell["value"], cell["doc_id"]) == (pytest.approx(value), "anji_2023_final")
    lost = conflicts[(conflicts["indicator"] == "general_budget_revenue") & (conflicts["measure"] == "level")]
    assert set(lost["other_doc_id"]) == set(series) - {"anji_2023_final"}


def test_near_without_final_accounts_the_budget_report_wins(tmp_path):
    panel, _, _ = run_series(tmp_path, {"anji_2023_wr": ANJI_WR, "anji_2023_budget": ANJI_BUDGET})
    assert panel_cell(panel, "general_budget_revenue", "level", 2023)["doc_id"] == "anji_2023_budget"


# --------------------------------------------------------------------------- one label per series
RENAMED = {
    "wuhuxian_2019_wr": """
芜湖县人民政府工作报告
——2020年1月8日在芜湖县第十七届人民代表大会第五次会议上
各位代表：
一、2019年工作回顾
2019年，全县实现地区生产总值382.6亿元，增长8.3%；一般公共预算收入29.4亿元，增长6.2%。
二、2020年主要目标
地区生产总值增长7.5%左右；一般公共预算收入增长5%。
""",
    "wanzhi_2020_wr": """
芜湖市湾沚区人民政府工作报告
——2021年1月12日在芜湖市湾沚区第一届人民代表大会第一次会议上
各位代表：
一、2020年工作回顾
2020年，全区地区生产总值由上年的380.1亿元增加到391.2亿元，增长3.6%；一般公共预算收入30.1亿元，增长2.4%。
二、2021年主要目标
地区生产总值增长8%；一般公共预算收入增长6%。
""",
}
PIXIAN = {
    "pixian_2015_wr": """
郫县人民政府工作报告
——2016年1月12日在郫县第十七届人民代表大会第六次会议上
各位代表：
一、2015年工作回顾
2015年，全县实现地区生产总值460.5亿元，增长8.1%；一般公共预算收入32.8亿元，增长9.6%。
二、2016年主要目标
今年全县经济社会发展的主要预期目标是：地区生产总值增长8%左右，一般公共预算收入增长8%。
""",
    "pidu_2016_wr": """
成都市郫都区人民政府工作报告
——2017年1月10日在成都市郫都区第一届人民代表大会第一次会议上
各位代表：
一、2016年工作回顾
2016年，全区实现地区生产总值497.3亿元，增长7.8%；一般公共预算收入35.1亿元，增长7.0%。
""",
}


@pytest.mark.parametrize(
    "series, newest, old_targets",
    [(RENAMED, "湾沚区", {2020}), (PIXIAN, "郫都区", {2016})],
    ids=["wuhu_county_became_wanzhi_district", "pi_county_became_pidu_district"],
)
def test_a_renamed_countys_pairs_carry_its_newest_name(tmp_path, series, newest, old_targets):
    documents, facts = load_series(tmp_path, series)
    tvo = targets_vs_outcomes(facts, documents)
    assert set(tvo["region"]) == {newest}, tvo[["region", "year", "target_doc_id"]]
    chosen = targets_vs_outcomes(facts, documents, regions=[newest])
    assert old_targets <= set(chosen["year"]) and len(chosen) == len(tvo)
    assert chosen.loc[chosen["year"].isin(old_targets), "outcome"].notna().all()
    panel, _ = build_panel(facts, documents)
    assert set(panel["region"]) == {newest}


WUHUXIAN_BULLETIN = """
芜湖县2019年国民经济和社会发展统计公报
芜湖县统计局
2020年3月25日
初步核算，全年全县地区生产总值382.6亿元，按可比价格计算，比上年增长8.3%。
"""


def test_a_renamed_countys_checks_carry_its_newest_name(tmp_path):
    # the old name's bulletin wins 2019 (genre); the check printed it first under the old name
    series = {"wuhuxian_2019_bulletin": WUHUXIAN_BULLETIN, "wanzhi_2020_wr": RENAMED["wanzhi_2020_wr"]}
    documents, facts = load_series(tmp_path, series)
    panel, _ = build_panel(facts, documents)
    checks = cross_checks(panel, facts, documents)
    same = checks[checks["check"] == "same_figure"]
    assert len(same) == 1 and same.iloc[0]["region"] == "湾沚区", checks[["check", "region", "detail"]]


def test_near_two_counties_and_a_township_keep_their_names(tmp_path):
    series = {
        "wuhuxian_2019_wr": RENAMED["wuhuxian_2019_wr"],
        "pixian_2015_wr": PIXIAN["pixian_2015_wr"],
        "wanzhi_town_2020": """
湾沚区湾沚镇2020年工作总结
湾沚镇人民政府
2020年12月20日
2020年，全镇一般公共预算收入1.32亿元，增长4.1%。
""",
    }
    documents, facts = load_series(tmp_path, series)
    tvo = targets_vs_outcomes(facts, documents)
    assert set(tvo["region"]) == {"芜湖县", "郫县"}
    panel, _ = build_panel(facts, documents)
    assert {"芜湖县", "郫县"} <= set(panel["region"]) and "湾沚区" not in set(panel["region"])


# --------------------------------------------------------------------------- a revision answers a target
ANXI_PLAN = """
2022年安溪县人民政府工作报告
——2022年1月10日在安溪县第十八届人民代表大会第二次会议上
各位代表：
一、2021年工作回顾
2021年，全县地区生产总值完成821.3亿元，增长8.9%。
二、2022年主要目标
今年全县经济社会发展的主要预期目标是：地区生产总值达到868亿元，增长5.2%。
"""
ANXI_BULLETIN = """
安溪县2022年国民经济和社会发展统计公报
安溪县统计局
2023年3月28日
初步核算，2022年全县地区生产总值861.7亿元，按可比价格计算，比上年增长5.0%。
"""
ANXI_LATER = """
2024年安溪县人民政府工作报告
——2024年1月8日在安溪县第十八届人民代表大会第四次会议上
各位代表：
一、2023年工作回顾
2023年，全县地区生产总值完成912.5亿元，增长6.2%。{restated}
"""


@pytest.mark.parametrize(
    "restated, measure, outcome, doc, status",
    [
        # fixed: the revision the panel shows answers the target, not the bulletin's first printing
        ("经国家统计局反馈核实，2022年全县地区生产总值修订为870.9亿元。", "level", 870.9, "anxi_2023_wr", "met"),
        ("2022年全县地区生产总值最终核实为870.9亿元。", "level", 870.9, "anxi_2023_wr", "met"),
        ("经核实，2022年全县地区生产总值增长5.3%。", "yoy_pct", 5.3, "anxi_2023_wr", "met"),
        # guards: a restatement without revision words, or none: the bulletin answers (genre)
        ("2022年全县地区生产总值为870.9亿元。", "level", 861.7, "anxi_2022_bulletin", "missed"),
        ("", "yoy_pct", 5.0, "anxi_2022_bulletin", "missed"),
    ],
    ids=["revised_as", "finally_verified", "verified_growth", "near_plain_restatement", "near_no_restatement"],
)
def test_a_revision_answers_the_target_as_in_the_panel(tmp_path, restated, measure, outcome, doc, status):
    series = {
        "anxi_2021_wr": ANXI_PLAN,
        "anxi_2022_bulletin": ANXI_BULLETIN,
        "anxi_2023_wr": ANXI_LATER.format(restated=restated),
    }
    panel, _, tvo = run_series(tmp_path, series)
    pair = tvo[(tvo["indicator"] == "gdp") & (tvo["measure"] == measure) & (tvo["year"] == 2022)]
    assert len(pair) == 1, pair
    got = pair.iloc[0]
    assert (got["outcome"], got["outcome_doc_id"], got["status"]) == (pytest.approx(outcome), doc, status)
    cell = panel_cell(panel, "gdp", measure, 2022)
    assert (cell["value"], cell["doc_id"]) == (pytest.approx(outcome), doc)  # the panel's value


# --------------------------------------------------------------------------- equal parts of a year
PART_ANALYSIS = """
2023年安溪县经济运行情况分析
安溪县统计局
{date}25日
一、主要指标完成情况
{part}，全县规模以上工业增加值同比增长5.9%，增速比上月加快0.3个百分点。
"""
PART_SPEECH = """
在全县2023年经济运行分析会上的讲话
安溪县人民政府县长 陈志强
（{date}30日）
同志们：
{part}，全县规模以上工业增加值增长6.1%，工业生产持续回升。
"""


@pytest.mark.parametrize(
    "first, second, cells",
    [
        # fixed: one period written two ways is one cell that two reports give (the analysis wins)
        ("1—6月", "上半年", {"H1": 5.9}),
        ("1月至9月", "前三季度", {"Q1-Q3": 5.9}),
        ("上半年", "前6个月", {"H1": 5.9}),
        ("一至三月", "一季度", {"Q1": 5.9}),
        ("7—12月", "下半年", {"H2": 5.9}),
        # guards: periods that differ stay apart
        ("1—5月", "上半年", {"M1-M5": 5.9, "H1": 6.1}),
        ("二季度", "上半年", {"Q2": 5.9, "H1": 6.1}),
        ("前三季度", "1—10月", {"Q1-Q3": 5.9, "M1-M10": 6.1}),
    ],
    ids=[
        "months_one_to_six_and_first_half",
        "months_one_to_nine_and_three_quarters",
        "first_six_months_and_first_half",
        "chinese_months_and_first_quarter",
        "months_seven_to_twelve_and_second_half",
        "near_five_months_and_first_half",
        "near_second_quarter_and_first_half",
        "near_three_quarters_and_ten_months",
    ],
)
def test_equal_parts_of_a_year_are_one_cell(tmp_path, first, second, cells):
    # the reports of October, but of January after the year for the second half (a part of the year not
    # over at a report's date is no outturn: timing/report_date.part_ahead)
    date = "2024年1月" if "H2" in cells else "2023年10月"
    series = {
        "anxi_2023_part": PART_ANALYSIS.format(part=first, date=date),
        "anxi_2023_speech": PART_SPEECH.format(part=second, date=date),
    }
    panel, conflicts, _ = run_series(tmp_path, series)
    p = panel[panel["indicator"] == "industrial_va"]
    assert dict(zip(p["subperiod"], p["value"])) == pytest.approx(cells), p
    if len(cells) == 1:
        assert p.iloc[0]["doc_id"] == "anxi_2023_part" and len(conflicts) == 1


# --------------------------------------------------------------------------- the three series
# The reports are my own texts (invented figures, real county names so the metadata stage names them).

ANXI = {
    "anxi_2022_bulletin": """
安溪县2022年国民经济和社会发展统计公报
安溪县统计局
2023年3月28日
一、综合
初步核算，2022年全县地区生产总值861.7亿元，按可比价格计算，比上年增长5.0%。其中，第一产业增加值45.2亿元，增长3.6%；第二产业增加值460.8亿元，增长5.3%；第三产业增加值355.7亿元，增长4.9%。三次产业结构为5.2:53.5:41.3。按常住人口计算，人均地区生产总值87480元。
二、工业和建筑业
全年规模以上工业增加值比上年增长6.6%。其中，安溪经济开发区规模以上工业增加值增长11.8%。全县规模以上工业企业实现利润总额41.3亿元。
三、固定资产投资
全年固定资产投资比上年增长9.6%。其中，工业投资增长15.2%，民间投资增长4.3%。
四、国内贸易
全年社会消费品零售总额309.8亿元，比上年增长4.1%。
五、财政
全年一般公共预算收入30.52亿元，比上年增长3.1%，其中税收收入21.07亿元。一般公共预算支出78.36亿元，增长2.7%。
六、人民生活
全年城镇居民人均可支配收入45702元，比上年增长4.8%；农村居民人均可支配收入23890元，增长6.9%。
七、资源环境
年末森林覆盖率72.1%。全年空气质量优良天数比例为99.5%，细颗粒物（PM2.5）年平均浓度为18微克/立方米。
注：本公报数据为初步统计数，部分数据因四舍五入原因存在总计与分项合计不等的情况。
""",
    "anxi_2022_wr": """
2023年安溪县人民政府工作报告
——2023年1月9日在安溪县第十八届人民代表大会第三次会议上
安溪县人民政府县长 陈志强
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2022年工作回顾
过去一年，面对复杂严峻的发展环境，我们坚持稳中求进工作总基调，统筹疫情防控和经济社会发展，全县经济保持恢复向好态势。全县地区生产总值预计完成865.3亿元，增长5.2%。规模以上工业增加值增长6.8%，固定资产投资增长9.6%。一般公共预算收入完成30.52亿元，增长3.1%。社会消费品零售总额预计完成312.4亿元，增长4.5%。城镇和农村居民人均可支配收入分别达到45680元、23890元，分别增长4.8%、6.9%。
产业发展提质增效。茶产业全产业链总产值突破330亿元。安溪经济开发区实现规上工业产值405亿元，增长12.3%，光电产业集聚效应逐步显现。湖头镇实现地区生产总值168.2亿元，增长7.9%，继续领跑全市乡镇。
生态环境持续向好。全年完成植树造林1.8万亩，森林覆盖率达到72.1%，空气质量优良率99.5%。
二、2023年工作安排
今年是全面贯彻落实党的二十大精神的开局之年。全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；规模以上工业增加值增长7%；固定资产投资增长8%—10%；一般公共预算收入增长5%以上；社会消费品零售总额增长7%；城乡居民人均可支配收入分别增长6%和7.5%。
实现上述目标，要重点抓好以下工作：坚持工业立县不动摇，推动光电信息、智能家居等产业集群发展；做强茶产业，推进茶旅融合；扎实推进乡村振兴，巩固拓展脱贫攻坚成果。
""",
    "anxi_2023_h1": """
2023年上半年安溪县经济运行情况分析
安溪县统计局
2023年7月25日
今年以来，全县上下深入贯彻落实党的二十大精神，全力拼经济、稳增长，经济运行总体平稳、稳中有进，主要经济指标保持在合理区间。
一、主要指标完成情况
（一）经济总量稳步增长。根据市统计局统一核算，上半年全县地区生产总值412.6亿元，按可比价格计算，同比增长4.6%，增速比一季度加快1.1个百分点。
（二）工业生产逐步回升。1—6月，全县规模以上工业增加值同比增长5.9%，其中6月当月增长8.2%。
（三）有效投资持续扩大。上半年全县固定资产投资同比增长7.2%，其中工业投资增长13.5%。
（四）消费市场加快恢复。上半年社会消费品零售总额158.3亿元，同比增长6.1%。
（五）财政收入保持增长。1—6月，一般公共预算收入完成17.35亿元，同比增长4.2%，完成年度预算的54.8%。
二、存在的主要问题
一是工业增长后劲不足，部分重点企业订单减少，产能利用率不高；二是投资结构有待优化，新开工亿元以上项目偏少；三是消费恢复仍不均衡。
三、下半年工作建议
综合研判，预计全年地区生产总值增长5.5%左右。要实现全年地区生产总值增长6.5%左右的预期目标，下半年需增长8.3%以上，任务十分艰巨。各乡镇、各部门要对标对表，确保完成全年固定资产投资增长8%的目标任务，加快推进重点项目建设，抓好工业稳产扩产，进一步激发消费潜力，推动经济持续回升向好。
""",
    "anxi_2023_wr": """
2024年安溪县人民政府工作报告
——2024年1月8日在安溪县第十八届人民代表大会第四次会议上
安溪县人民政府县长 陈志强
各位代表：
一、2023年工作回顾
2023年是全面贯彻落实党的二十大精神的开局之年。一年来，全县经济运行持续回升向好。全县地区生产总值完成912.5亿元，增长6.2%；规模以上工业增加值增长7.4%；固定资产投资增长8.5%；一般公共预算收入32.18亿元，增长5.4%；社会消费品零售总额331.6亿元，增长7.0%；城镇、农村居民人均可支配收入分别为47930元、25590元，分别增长4.9%、7.1%。经国家统计局反馈核实，2022年全县地区生产总值修订为870.9亿元。
工业经济加快转型。安溪经济开发区新增规上企业23家，规上工业增加值增长13.6%。湖头镇地区生产总值突破180亿元，光电产业园产值增长21.4%。
城乡面貌焕然一新。新建改造农村公路126公里，完成高标准农田建设2.1万亩，新增城镇就业6230人。森林覆盖率保持在72.1%，空气质量优良率达到99.7%。
二、2024年主要目标任务
2024年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长7%；固定资产投资增长6%；一般公共预算收入增长4%以上；社会消费品零售总额增长7%；居民收入增长和经济增长基本同步。
围绕上述目标，我们将重点做好以下工作：一是坚持工业强县，推动光电信息产业延链补链；二是做优茶产业，打响安溪铁观音品牌；三是扩大有效投资，全年滚动实施重点项目180个以上；四是持续保障和改善民生。
""",
}
LINZE = {
    "linze_2021_bulletin": """
临泽县2021年国民经济和社会发展统计公报
临泽县统计局
2022年4月15日
一、综合
初步核算，全县全年实现地区生产总值77.4亿元，按可比价计算，比上年增长8.5%。其中，第一产业增加值21.6亿元，增长6.9%；第二产业增加值19.3亿元，增长10.2%；第三产业增加值36.5亿元，增长8.4%。
二、农业
全年粮食作物播种面积33.2万亩，粮食总产量17.6万吨，增长2.1%。玉米制种面积稳定在28万亩。
三、工业
全年全县规模以上工业增加值比上年增长12.7%。临泽工业园区规模以上工业增加值增长18.3%。
四、固定资产投资
全年固定资产投资比上年增长10.8%，其中民间投资增长6.5%。
五、国内贸易和旅游
全年社会消费品零售总额24.1亿元，比上年增长13.2%。全年接待游客612.5万人次，增长31.6%；实现旅游综合收入38.7亿元，增长35.2%。
六、财政
全年一般公共预算收入3.98亿元，比上年增长9.9%。一般公共预算支出27.64亿元，增长3.5%。
七、人民生活
全年全体居民人均可支配收入24960元，比上年增长8.1%。城镇居民人均可支配收入35670元，增长6.7%；农村居民人均可支配收入19420元，增长8.7%。年末全县城镇登记失业率为2.9%。
八、环境保护
全年空气质量优良天数比例为92.3%，细颗粒物（PM2.5）平均浓度为24微克/立方米。
""",
    "linze_2021_wr": """
2021年临泽县人民政府工作报告
——2021年1月12日在临泽县第十八届人民代表大会第六次会议上
临泽县人民政府县长 王海涛
各位代表：
一、“十三五”及2020年工作回顾
过去五年，是临泽发展极不平凡的五年。五年来，全县地区生产总值由2015年的48.6亿元增加到2020年的68.3亿元，年均增长6.1%；一般公共预算收入年均增长5.2%；累计完成固定资产投资286亿元；城乡居民人均可支配收入年均分别增长7.3%和8.9%。五年累计改造农村危房3120户，完成营造林18.6万亩。
2020年，面对新冠肺炎疫情严重冲击，我们扎实做好“六稳”工作、全面落实“六保”任务。上半年全县地区生产总值一度下降1.8%，下半年逐季回升。全年地区生产总值增长3.9%，一般公共预算收入完成3.62亿元，增长2.8%，社会消费品零售总额21.4亿元，下降3.6%，城乡居民人均可支配收入分别达到33420元和17860元，分别增长4.6%和7.5%。临泽工业园区实现工业总产值45.3亿元，增长9.8%。
二、“十四五”时期主要目标
今后五年，全县经济社会发展的主要目标是：地区生产总值年均增长6%左右，到2025年达到95亿元左右；城乡居民人均可支配收入年均增长7%；森林覆盖率达到11%以上。
三、2021年工作安排
2021年全县经济社会发展的主要预期目标是：地区生产总值增长7%；固定资产投资增长8%；一般公共预算收入增长5%；社会消费品零售总额增长8%；城镇居民人均可支配收入增长6.5%，农村居民人均可支配收入增长8%。
重点抓好以下工作：一是做强玉米制种、红枣、肉牛等特色产业；二是加快临泽工业园区扩区提质；三是推进丹霞旅游提档升级；四是巩固拓展脱贫攻坚成果同乡村振兴有效衔接。
""",
    "linze_2022_wr": """
2022年临泽县人民政府工作报告
——2022年1月11日在临泽县第十九届人民代表大会第一次会议上
临泽县人民政府代县长 刘振华
各位代表：
一、2021年工作回顾
2021年是“十四五”开局之年。一年来，全县经济发展稳中加固、稳中向好。预计全年地区生产总值完成76.9亿元，增长8.2%。固定资产投资增长10.5%。一般公共预算收入3.98亿元，增长9.9%。社会消费品零售总额24.3亿元，增长13.6%。城镇居民人均可支配收入35670元，增长6.7%；农村居民人均可支配收入19420元，增长8.7%。
特色产业提质增效。玉米制种产业持续做优，全县制种面积稳定在28万亩。临泽工业园区实现工业总产值52.1亿元，增长15.6%，入园企业达到86家。沙河镇完成固定资产投资9.6亿元，增长21.3%，一般公共预算收入完成0.46亿元。
文旅融合加快发展。七彩丹霞景区接待游客286万人次，门票收入增长42.6%。
生态保护扎实有效。完成国土绿化12.3万亩，空气质量优良天数比例达到92.3%。
二、2022年主要预期目标
今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%—7%；固定资产投资增长10%以上；一般公共预算收入增长6%；社会消费品零售总额增长7%左右；城镇居民人均可支配收入增长6%，农村居民人均可支配收入增长7.5%左右；空气质量优良天数比例保持在90%以上。
实现上述目标，要着力抓好六个方面工作：一是聚力产业转型升级；二是聚力项目投资拉动；三是聚力乡村全面振兴；四是聚力城乡融合发展；五是聚力生态环境保护；六是聚力保障改善民生。
""",
    "linze_2023_wr": """
2023年临泽县人民政府工作报告
——2023年1月10日在临泽县第十九届人民代表大会第二次会议上
临泽县人民政府县长 刘振华
各位代表：
一、2022年工作回顾
过去一年，我们有效应对疫情多点散发等超预期因素冲击，全县经济运行总体平稳。上半年地区生产总值增长2.9%，全年地区生产总值达到81.6亿元，增长4.7%。经统计部门最终核实，2021年全县地区生产总值为78.2亿元。固定资产投资下降5.3%。一般公共预算收入4.15亿元，增长4.3%。社会消费品零售总额23.8亿元，下降2.1%。城镇居民人均可支配收入37120元，增长4.1%；农村居民人均可支配收入20860元，增长7.4%。
产业发展稳中提质。临泽工业园区工业总产值突破60亿元。蓼泉镇红枣产业实现产值3.2亿元，增长8.5%。全县粮食总产量17.9万吨。
生态环境持续改善。空气质量优良天数比例为91.8%，细颗粒物平均浓度为26微克/立方米。
二、2023年主要预期目标
综合考虑各方面因素，今年全县经济社会发展的主要预期目标是：地区生产总值增长6%以上；固定资产投资增长8%；一般公共预算收入增长5%；社会消费品零售总额增长6%；城乡居民人均可支配收入分别增长6%、7%；细颗粒物平均浓度控制在28微克/立方米以内。
重点做好以下工作：一是全力扩大有效投资，确保全年实施500万元以上项目120个以上；二是着力壮大实体经济；三是持续推进乡村振兴；四是不断增进民生福祉。
""",
}
BINYANG = {
    "binyang_2022_wr": """
2023年宾阳县人民政府工作报告
——2023年1月6日在宾阳县第十七届人民代表大会第三次会议上
宾阳县人民政府县长 黄伟明
各位代表：
一、2022年工作回顾
2022年，我们坚决贯彻落实区、市决策部署，高效统筹疫情防控和经济社会发展，全县经济社会保持平稳健康发展。全年地区生产总值预计完成301.5亿元，增长3.6%；规模以上工业增加值增长5.1%；固定资产投资增长6.3%；一般公共预算收入10.86亿元，增长1.9%；社会消费品零售总额134.7亿元，增长2.4%；城镇、农村居民人均可支配收入分别达到39850元、18960元，分别增长4.0%、6.3%。
工业经济稳中有进。黎塘工业园区完成规上工业总产值118.6亿元，增长10.4%；黎塘镇实现财政收入2.35亿元，增长6.1%。
乡村振兴扎实推进。粮食播种面积稳定在105万亩，新建高标准农田3.6万亩，完成植树造林2.2万亩。
二、2023年目标任务
今年政府工作的主要预期目标是：地区生产总值增长6.5%；规模以上工业增加值增长6%；固定资产投资增长10%；一般公共预算收入增长5%；社会消费品零售总额增长7%；城镇居民人均可支配收入增长5.5%、农村居民人均可支配收入增长7%。
为实现上述目标，我们将重点做好以下工作：一是坚持工业强县战略，推动黎塘工业园区扩区升级；二是大力发展现代特色农业；三是加快建设南宁东部重要的商贸物流节点城市；四是持续保障和改善民生，办好十件为民实事。
各位代表，新的一年任务艰巨、使命光荣。让我们紧密团结在以习近平同志为核心的党中央周围，为奋力谱写宾阳高质量发展新篇章而努力奋斗！
""",
    "binyang_2023_budget": """
关于宾阳县2023年预算执行情况和2024年预算草案的报告
——2024年1月9日在宾阳县第十七届人民代表大会第四次会议上
宾阳县财政局局长 韦丽萍
各位代表：
一、2023年预算执行情况
（一）一般公共预算。全县一般公共预算收入完成11.21亿元（快报数），为预算的98.7%，比上年增长3.2%。其中，税收收入7.14亿元，增长2.6%；非税收入4.07亿元，增长4.3%。全县一般公共预算支出52.38亿元，增长4.6%。民生支出占一般公共预算支出比重为82.5%。
（二）政府性基金预算。全县政府性基金预算收入完成9.6亿元，下降18.4%，主要是国有土地使用权出让收入减少。
（三）政府债务情况。全年化解政府隐性债务3.2亿元，债务风险总体可控。
总体来看，2023年预算执行情况总体平稳，但也存在一些困难和问题：财政收入增长乏力，刚性支出不断增加，收支平衡难度加大。
二、2024年预算草案
2024年全县一般公共预算收入预期增长4%，安排11.65亿元；一般公共预算支出安排53.1亿元。
三、扎实做好2024年财政工作
一是积极培植财源，促进财政收入稳定增长；二是坚持过紧日子，优化支出结构；三是深化预算管理制度改革；四是防范化解政府债务风险。
各位代表，做好今年财政工作责任重大。我们将在县委的坚强领导下，自觉接受县人大的监督，认真听取县政协的意见建议，扎实做好各项财政工作，为全县经济社会高质量发展提供坚实财力保障。
""",
    "binyang_2023_speech": """
在全县2023年上半年经济运行分析会上的讲话
宾阳县人民政府县长 黄伟明
（2023年7月28日）
同志们：
今天召开会议，主要任务是分析上半年经济运行情况，研究部署下半年经济工作，确保完成全年目标任务。
上半年，全县经济运行总体平稳，但下行压力较大。全县地区生产总值同比增长4.1%，规模以上工业增加值增长3.2%，固定资产投资下降2.6%，一般公共预算收入完成6.02亿元，增长5.3%，社会消费品零售总额增长6.4%。1—6月，城镇居民人均可支配收入20870元，增长4.3%。这些成绩来之不易，但必须清醒看到，投资下滑、工业增长乏力等问题依然突出。
下半年，各乡镇、各部门要坚定信心、迎难而上。按照当前走势，预计全年地区生产总值增长5%左右，与年初目标仍有差距。我们要咬定全年地区生产总值增长6.5%、固定资产投资增长10%的目标任务不动摇，全力以赴抓项目、扩投资、稳工业、促消费。
一要抓好项目建设。全力推动列入自治区、南宁市的重点项目加快建设，确保下半年新开工项目50个以上。二要稳住工业基本盘。建立重点企业“一企一策”帮扶机制。三要激发消费活力。持续开展促消费系列活动。四要守牢安全底线。抓好安全生产、防汛救灾等工作，确保社会大局和谐稳定。五要改进工作作风。各级领导干部要深入一线、靠前指挥，切实做到任务清楚、责任到人。
同志们，完成全年目标任务时间紧、任务重。我们要以只争朝夕的精神，奋力夺取全年经济社会发展的好成绩！
""",
    "binyang_2023_wr": """
2024年宾阳县人民政府工作报告
——2024年1月8日在宾阳县第十七届人民代表大会第四次会议上
宾阳县人民政府县长 黄伟明
各位代表：
一、2023年工作回顾
过去一年，全县经济回升向好，高质量发展迈出坚实步伐。全年地区生产总值完成319.2亿元，增长5.3%；规模以上工业增加值增长6.9%；固定资产投资增长1.5%；一般公共预算收入11.21亿元，增长3.2%；社会消费品零售总额143.6亿元，增长6.6%；城镇居民人均可支配收入41520元，增长4.2%；农村居民人均可支配收入20290元，增长7.0%。“十四五”以来，全县累计完成固定资产投资586亿元，地区生产总值年均增长5.4%。
工业发展稳中有进。黎塘工业园区规上工业产值增长12.6%，新增规上工业企业15家。黎塘镇地区生产总值突破60亿元。
民生福祉持续增进。城镇新增就业5120人，城镇登记失业率控制在3.2%以内。完成植树造林2.4万亩，空气质量优良率为96.4%。
二、2024年主要目标任务
今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%；规模以上工业增加值增长7%；固定资产投资增长5%；一般公共预算收入增长4%；社会消费品零售总额增长6%；城乡居民人均可支配收入增长与经济增长同步。
实现上述目标，重点抓好以下工作：一是扩大有效投资；二是做强实体经济；三是推进乡村振兴；四是持续改善民生。
各位代表，奋斗创造历史，实干成就未来。让我们更加紧密地团结在以习近平同志为核心的党中央周围，凝心聚力、苦干实干，为加快建设新时代中国特色社会主义壮美广西贡献宾阳力量！
""",
}

#: The whole-year cells an analyst reads (EXPECTED.md): winning doc, indicator, measure, year,
#: period_start, value, kind. Why each wins is written there.
CELLS = [
    ("anxi_2023_wr", "gdp", "level", 2022, None, 870.9, "actual"),
    ("anxi_2022_bulletin", "gdp", "yoy_pct", 2022, None, 5.0, "actual"),
    ("anxi_2022_bulletin", "primary_va", "level", 2022, None, 45.2, "actual"),
    ("anxi_2022_bulletin", "primary_va", "yoy_pct", 2022, None, 3.6, "actual"),
    ("anxi_2022_bulletin", "secondary_va", "level", 2022, None, 460.8, "actual"),
    ("anxi_2022_bulletin", "secondary_va", "yoy_pct", 2022, None, 5.3, "actual"),
    ("anxi_2022_bulletin", "tertiary_va", "level", 2022, None, 355.7, "actual"),
    ("anxi_2022_bulletin", "tertiary_va", "yoy_pct", 2022, None, 4.9, "actual"),
    ("anxi_2022_bulletin", "gdp_per_capita", "level", 2022, None, 87480.0, "actual"),
    ("anxi_2022_bulletin", "industrial_va", "yoy_pct", 2022, None, 6.6, "actual"),
    ("anxi_2022_bulletin", "fai", "yoy_pct", 2022, None, 9.6, "actual"),
    ("anxi_2022_bulletin", "industrial_investment", "yoy_pct", 2022, None, 15.2, "actual"),
    ("anxi_2022_bulletin", "private_investment", "yoy_pct", 2022, None, 4.3, "actual"),
    ("anxi_2022_bulletin", "retail_sales", "level", 2022, None, 309.8, "actual"),
    ("anxi_2022_bulletin", "retail_sales", "yoy_pct", 2022, None, 4.1, "actual"),
    ("anxi_2022_bulletin", "general_budget_revenue", "level", 2022, None, 30.52, "actual"),
    ("anxi_2022_bulletin", "general_budget_revenue", "yoy_pct", 2022, None, 3.1, "actual"),
    ("anxi_2022_bulletin", "fiscal_expenditure", "level", 2022, None, 78.36, "actual"),
    ("anxi_2022_bulletin", "fiscal_expenditure", "yoy_pct", 2022, None, 2.7, "actual"),
    ("anxi_2022_bulletin", "urban_income", "level", 2022, None, 45702.0, "actual"),
    ("anxi_2022_bulletin", "urban_income", "yoy_pct", 2022, None, 4.8, "actual"),
    ("anxi_2022_bulletin", "rural_income", "level", 2022, None, 23890.0, "actual"),
    ("anxi_2022_bulletin", "rural_income", "yoy_pct", 2022, None, 6.9, "actual"),
    ("anxi_2022_bulletin", "forest_coverage", "level", 2022, None, 72.1, "actual"),
    ("anxi_2022_bulletin", "good_air_rate", "level", 2022, None, 99.5, "actual"),
    ("anxi_2022_bulletin", "pm25", "level", 2022, None, 18.0, "actual"),
    ("anxi_2022_wr", "afforestation", "level", 2022, None, 18000.0, "actual"),
    ("anxi_2023_wr", "gdp", "level", 2023, None, 912.5, "actual"),
    ("anxi_2023_wr", "gdp", "yoy_pct", 2023, None, 6.2, "actual"),
    ("anxi_2023_wr", "industrial_va", "yoy_pct", 2023, None, 7.4, "actual"),
    ("anxi_2023_wr", "fai", "yoy_pct", 2023, None, 8.5, "actual"),
    ("anxi_2023_wr", "general_budget_revenue", "level", 2023, None, 32.18, "actual"),
    ("anxi_2023_wr", "general_budget_revenue", "yoy_pct", 2023, None, 5.4, "actual"),
    ("anxi_2023_wr", "retail_sales", "level", 2023, None, 331.6, "actual"),
    ("anxi_2023_wr", "retail_sales", "yoy_pct", 2023, None, 7.0, "actual"),
    ("anxi_2023_wr", "urban_income", "level", 2023, None, 47930.0, "actual"),
    ("anxi_2023_wr", "urban_income", "yoy_pct", 2023, None, 4.9, "actual"),
    ("anxi_2023_wr", "rural_income", "level", 2023, None, 25590.0, "actual"),
    ("anxi_2023_wr", "rural_income", "yoy_pct", 2023, None, 7.1, "actual"),
    ("anxi_2023_wr", "high_standard_farmland", "level", 2023, None, 21000.0, "actual"),
    ("anxi_2023_wr", "new_urban_jobs", "level", 2023, None, 6230.0, "actual"),
    ("anxi_2023_wr", "forest_coverage", "level", 2023, None, 72.1, "actual"),
    ("anxi_2023_wr", "good_air_rate", "level", 2023, None, 99.7, "actual"),
    ("anxi_2023_wr", "gdp", "yoy_pct", 2024, None, 6.0, "target"),
    ("anxi_2023_wr", "industrial_va", "yoy_pct", 2024, None, 7.0, "target"),
    ("anxi_2023_wr", "fai", "yoy_pct", 2024, None, 6.0, "target"),
    ("anxi_2023_wr", "general_budget_revenue", "yoy_pct", 2024, None, 4.0, "target"),
    ("anxi_2023_wr", "retail_sales", "yoy_pct", 2024, None, 7.0, "target"),
    ("linze_2021_wr", "gdp", "level", 2015, None, 48.6, "actual"),
    ("linze_2021_wr", "gdp", "level", 2020, None, 68.3, "actual"),
    ("linze_2021_wr", "gdp", "yoy_pct", 2020, None, 3.9, "actual"),
    ("linze_2021_wr", "gdp", "cagr_pct", 2020, 2016, 6.1, "actual"),
    ("linze_2021_wr", "general_budget_revenue", "cagr_pct", 2020, 2016, 5.2, "actual"),
    ("linze_2021_wr", "fai", "level", 2020, 2016, 286.0, "actual"),
    ("linze_2021_wr", "urban_income", "cagr_pct", 2020, 2016, 7.3, "actual"),
    ("linze_2021_wr", "rural_income", "cagr_pct", 2020, 2016, 8.9, "actual"),
    ("linze_2021_wr", "housing_renovated", "level", 2020, 2016, 3120.0, "actual"),
    ("linze_2021_wr", "afforestation", "level", 2020, 2016, 186000.0, "actual"),
    ("linze_2021_wr", "general_budget_revenue", "level", 2020, None, 3.62, "actual"),
    ("linze_2021_wr", "general_budget_revenue", "yoy_pct", 2020, None, 2.8, "actual"),
    ("linze_2021_wr", "retail_sales", "level", 2020, None, 21.4, "actual"),
    ("linze_2021_wr", "retail_sales", "yoy_pct", 2020, None, -3.6, "actual"),
    ("linze_2021_wr", "urban_income", "level", 2020, None, 33420.0, "actual"),
    ("linze_2021_wr", "urban_income", "yoy_pct", 2020, None, 4.6, "actual"),
    ("linze_2021_wr", "rural_income", "level", 2020, None, 17860.0, "actual"),
    ("linze_2021_wr", "rural_income", "yoy_pct", 2020, None, 7.5, "actual"),
    ("linze_2023_wr", "gdp", "level", 2021, None, 78.2, "actual"),
    ("linze_2021_bulletin", "gdp", "yoy_pct", 2021, None, 8.5, "actual"),
    ("linze_2021_bulletin", "primary_va", "level", 2021, None, 21.6, "actual"),
    ("linze_2021_bulletin", "primary_va", "yoy_pct", 2021, None, 6.9, "actual"),
    ("linze_2021_bulletin", "secondary_va", "level", 2021, None, 19.3, "actual"),
    ("linze_2021_bulletin", "secondary_va", "yoy_pct", 2021, None, 10.2, "actual"),
    ("linze_2021_bulletin", "tertiary_va", "level", 2021, None, 36.5, "actual"),
    ("linze_2021_bulletin", "tertiary_va", "yoy_pct", 2021, None, 8.4, "actual"),
    ("linze_2021_bulletin", "grain_area", "level", 2021, None, 332000.0, "actual"),
    ("linze_2021_bulletin", "grain_output", "level", 2021, None, 17.6, "actual"),
    ("linze_2021_bulletin", "grain_output", "yoy_pct", 2021, None, 2.1, "actual"),
    ("linze_2021_bulletin", "industrial_va", "yoy_pct", 2021, None, 12.7, "actual"),
    ("linze_2021_bulletin", "fai", "yoy_pct", 2021, None, 10.8, "actual"),
    ("linze_2021_bulletin", "private_investment", "yoy_pct", 2021, None, 6.5, "actual"),
    ("linze_2021_bulletin", "retail_sales", "level", 2021, None, 24.1, "actual"),
    ("linze_2021_bulletin", "retail_sales", "yoy_pct", 2021, None, 13.2, "actual"),
    ("linze_2021_bulletin", "tourist_visits", "level", 2021, None, 612.5, "actual"),
    ("linze_2021_bulletin", "tourist_visits", "yoy_pct", 2021, None, 31.6, "actual"),
    ("linze_2021_bulletin", "tourism_revenue", "level", 2021, None, 38.7, "actual"),
    ("linze_2021_bulletin", "tourism_revenue", "yoy_pct", 2021, None, 35.2, "actual"),
    ("linze_2021_bulletin", "general_budget_revenue", "level", 2021, None, 3.98, "actual"),
    ("linze_2021_bulletin", "general_budget_revenue", "yoy_pct", 2021, None, 9.9, "actual"),
    ("linze_2021_bulletin", "fiscal_expenditure", "level", 2021, None, 27.64, "actual"),
    ("linze_2021_bulletin", "fiscal_expenditure", "yoy_pct", 2021, None, 3.5, "actual"),
    ("linze_2021_bulletin", "resident_income", "level", 2021, None, 24960.0, "actual"),
    ("linze_2021_bulletin", "resident_income", "yoy_pct", 2021, None, 8.1, "actual"),
    ("linze_2021_bulletin", "urban_income", "level", 2021, None, 35670.0, "actual"),
    ("linze_2021_bulletin", "urban_income", "yoy_pct", 2021, None, 6.7, "actual"),
    ("linze_2021_bulletin", "rural_income", "level", 2021, None, 19420.0, "actual"),
    ("linze_2021_bulletin", "rural_income", "yoy_pct", 2021, None, 8.7, "actual"),
    ("linze_2021_bulletin", "unemployment_rate", "level", 2021, None, 2.9, "actual"),
    ("linze_2021_bulletin", "good_air_rate", "level", 2021, None, 92.3, "actual"),
    ("linze_2021_bulletin", "pm25", "level", 2021, None, 24.0, "actual"),
    ("linze_2023_wr", "gdp", "level", 2022, None, 81.6, "actual"),
    ("linze_2023_wr", "gdp", "yoy_pct", 2022, None, 4.7, "actual"),
    ("linze_2023_wr", "fai", "yoy_pct", 2022, None, -5.3, "actual"),
    ("linze_2023_wr", "general_budget_revenue", "level", 2022, None, 4.15, "actual"),
    ("linze_2023_wr", "general_budget_revenue", "yoy_pct", 2022, None, 4.3, "actual"),
    ("linze_2023_wr", "retail_sales", "level", 2022, None, 23.8, "actual"),
    ("linze_2023_wr", "retail_sales", "yoy_pct", 2022, None, -2.1, "actual"),
    ("linze_2023_wr", "urban_income", "level", 2022, None, 37120.0, "actual"),
    ("linze_2023_wr", "urban_income", "yoy_pct", 2022, None, 4.1, "actual"),
    ("linze_2023_wr", "rural_income", "level", 2022, None, 20860.0, "actual"),
    ("linze_2023_wr", "rural_income", "yoy_pct", 2022, None, 7.4, "actual"),
    ("linze_2023_wr", "grain_output", "level", 2022, None, 17.9, "actual"),
    ("linze_2023_wr", "good_air_rate", "level", 2022, None, 91.8, "actual"),
    ("linze_2023_wr", "pm25", "level", 2022, None, 26.0, "actual"),
    ("linze_2023_wr", "gdp", "yoy_pct", 2023, None, 6.0, "target"),
    ("linze_2023_wr", "fai", "yoy_pct", 2023, None, 8.0, "target"),
    ("linze_2023_wr", "general_budget_revenue", "yoy_pct", 2023, None, 5.0, "target"),
    ("linze_2023_wr", "retail_sales", "yoy_pct", 2023, None, 6.0, "target"),
    ("linze_2023_wr", "urban_income", "yoy_pct", 2023, None, 6.0, "target"),
    ("linze_2023_wr", "rural_income", "yoy_pct", 2023, None, 7.0, "target"),
    ("linze_2023_wr", "pm25", "level", 2023, None, 28.0, "target"),
    ("linze_2021_wr", "gdp", "cagr_pct", 2025, 2021, 6.0, "target"),
    ("linze_2021_wr", "gdp", "level", 2025, None, 95.0, "target"),
    ("linze_2021_wr", "forest_coverage", "level", 2025, None, 11.0, "target"),
    ("binyang_2022_wr", "gdp", "level", 2022, None, 301.5, "estimate"),
    ("binyang_2022_wr", "gdp", "yoy_pct", 2022, None, 3.6, "estimate"),
    ("binyang_2022_wr", "industrial_va", "yoy_pct", 2022, None, 5.1, "actual"),
    ("binyang_2022_wr", "fai", "yoy_pct", 2022, None, 6.3, "actual"),
    ("binyang_2022_wr", "general_budget_revenue", "level", 2022, None, 10.86, "actual"),
    ("binyang_2022_wr", "general_budget_revenue", "yoy_pct", 2022, None, 1.9, "actual"),
    ("binyang_2022_wr", "retail_sales", "level", 2022, None, 134.7, "actual"),
    ("binyang_2022_wr", "retail_sales", "yoy_pct", 2022, None, 2.4, "actual"),
    ("binyang_2022_wr", "urban_income", "level", 2022, None, 39850.0, "actual"),
    ("binyang_2022_wr", "urban_income", "yoy_pct", 2022, None, 4.0, "actual"),
    ("binyang_2022_wr", "rural_income", "level", 2022, None, 18960.0, "actual"),
    ("binyang_2022_wr", "rural_income", "yoy_pct", 2022, None, 6.3, "actual"),
    ("binyang_2022_wr", "grain_area", "level", 2022, None, 1050000.0, "actual"),
    ("binyang_2022_wr", "high_standard_farmland", "level", 2022, None, 36000.0, "actual"),
    ("binyang_2022_wr", "afforestation", "level", 2022, None, 22000.0, "actual"),
    ("binyang_2023_wr", "gdp", "level", 2023, None, 319.2, "actual"),
    ("binyang_2023_wr", "gdp", "yoy_pct", 2023, None, 5.3, "actual"),
    ("binyang_2023_wr", "gdp", "cagr_pct", 2023, 2021, 5.4, "actual"),
    ("binyang_2023_wr", "fai", "level", 2023, 2021, 586.0, "actual"),
    ("binyang_2023_wr", "industrial_va", "yoy_pct", 2023, None, 6.9, "actual"),
    ("binyang_2023_wr", "fai", "yoy_pct", 2023, None, 1.5, "actual"),
    ("binyang_2023_budget", "general_budget_revenue", "level", 2023, None, 11.21, "actual"),
    ("binyang_2023_budget", "general_budget_revenue", "yoy_pct", 2023, None, 3.2, "actual"),
    ("binyang_2023_budget", "general_budget_revenue", "completion_pct", 2023, None, 98.7, "actual"),
    ("binyang_2023_budget", "fiscal_expenditure", "level", 2023, None, 52.38, "actual"),
    ("binyang_2023_budget", "fiscal_expenditure", "yoy_pct", 2023, None, 4.6, "actual"),
    ("binyang_2023_budget", "livelihood_spending_share", "level", 2023, None, 82.5, "actual"),
    ("binyang_2023_budget", "debt_resolved", "level", 2023, None, 3.2, "actual"),
    ("binyang_2023_wr", "retail_sales", "level", 2023, None, 143.6, "actual"),
    ("binyang_2023_wr", "retail_sales", "yoy_pct", 2023, None, 6.6, "actual"),
    ("binyang_2023_wr", "urban_income", "level", 2023, None, 41520.0, "actual"),
    ("binyang_2023_wr", "urban_income", "yoy_pct", 2023, None, 4.2, "actual"),
    ("binyang_2023_wr", "rural_income", "level", 2023, None, 20290.0, "actual"),
    ("binyang_2023_wr", "rural_income", "yoy_pct", 2023, None, 7.0, "actual"),
    ("binyang_2023_wr", "new_urban_jobs", "level", 2023, None, 5120.0, "actual"),
    ("binyang_2023_wr", "unemployment_rate", "level", 2023, None, 3.2, "actual"),
    ("binyang_2023_wr", "afforestation", "level", 2023, None, 24000.0, "actual"),
    ("binyang_2023_wr", "good_air_rate", "level", 2023, None, 96.4, "actual"),
    ("binyang_2023_wr", "gdp", "yoy_pct", 2024, None, 5.5, "target"),
    ("binyang_2023_wr", "industrial_va", "yoy_pct", 2024, None, 7.0, "target"),
    ("binyang_2023_wr", "fai", "yoy_pct", 2024, None, 5.0, "target"),
    ("binyang_2023_budget", "general_budget_revenue", "yoy_pct", 2024, None, 4.0, "target"),
    ("binyang_2023_budget", "general_budget_revenue", "level", 2024, None, 11.65, "target"),
    ("binyang_2023_wr", "retail_sales", "yoy_pct", 2024, None, 6.0, "target"),
    ("binyang_2023_budget", "fiscal_expenditure", "level", 2024, None, 53.1, "target"),
]
#: Target pairs: target doc, indicator, measure, year, target, target_high, outcome, outcome doc, status.
PAIRS = [
    ("anxi_2022_wr", "gdp", "yoy_pct", 2023, 6.5, None, 6.2, "anxi_2023_wr", "missed"),
    ("anxi_2023_h1", "gdp", "yoy_pct", 2023, 6.5, None, 6.2, "anxi_2023_wr", "missed"),
    ("anxi_2022_wr", "industrial_va", "yoy_pct", 2023, 7.0, None, 7.4, "anxi_2023_wr", "met"),
    ("anxi_2022_wr", "fai", "yoy_pct", 2023, 8.0, 10.0, 8.5, "anxi_2023_wr", "met"),
    ("anxi_2023_h1", "fai", "yoy_pct", 2023, 8.0, None, 8.5, "anxi_2023_wr", "met"),
    ("anxi_2022_wr", "general_budget_revenue", "yoy_pct", 2023, 5.0, None, 5.4, "anxi_2023_wr", "met"),
    ("anxi_2022_wr", "retail_sales", "yoy_pct", 2023, 7.0, None, 7.0, "anxi_2023_wr", "met"),
    ("anxi_2022_wr", "urban_income", "yoy_pct", 2023, 6.0, None, 4.9, "anxi_2023_wr", "missed"),
    ("anxi_2022_wr", "rural_income", "yoy_pct", 2023, 7.5, None, 7.1, "anxi_2023_wr", "missed"),
    ("anxi_2023_wr", "gdp", "yoy_pct", 2024, 6.0, None, None, None, "no outcome reported"),
    ("anxi_2023_wr", "industrial_va", "yoy_pct", 2024, 7.0, None, None, None, "no outcome reported"),
    ("anxi_2023_wr", "fai", "yoy_pct", 2024, 6.0, None, None, None, "no outcome reported"),
    ("anxi_2023_wr", "general_budget_revenue", "yoy_pct", 2024, 4.0, None, None, None, "no outcome reported"),
    ("anxi_2023_wr", "retail_sales", "yoy_pct", 2024, 7.0, None, None, None, "no outcome reported"),
    ("linze_2021_wr", "gdp", "yoy_pct", 2021, 7.0, None, 8.5, "linze_2021_bulletin", "met"),
    ("linze_2021_wr", "fai", "yoy_pct", 2021, 8.0, None, 10.8, "linze_2021_bulletin", "met"),
    ("linze_2021_wr", "general_budget_revenue", "yoy_pct", 2021, 5.0, None, 9.9, "linze_2021_bulletin", "met"),
    ("linze_2021_wr", "retail_sales", "yoy_pct", 2021, 8.0, None, 13.2, "linze_2021_bulletin", "met"),
    ("linze_2021_wr", "urban_income", "yoy_pct", 2021, 6.5, None, 6.7, "linze_2021_bulletin", "met"),
    ("linze_2021_wr", "rural_income", "yoy_pct", 2021, 8.0, None, 8.7, "linze_2021_bulletin", "met"),
    ("linze_2022_wr", "gdp", "yoy_pct", 2022, 6.5, 7.0, 4.7, "linze_2023_wr", "missed"),
    ("linze_2022_wr", "fai", "yoy_pct", 2022, 10.0, None, -5.3, "linze_2023_wr", "missed"),
    ("linze_2022_wr", "general_budget_revenue", "yoy_pct", 2022, 6.0, None, 4.3, "linze_2023_wr", "missed"),
    ("linze_2022_wr", "retail_sales", "yoy_pct", 2022, 7.0, None, -2.1, "linze_2023_wr", "missed"),
    ("linze_2022_wr", "urban_income", "yoy_pct", 2022, 6.0, None, 4.1, "linze_2023_wr", "missed"),
    ("linze_2022_wr", "rural_income", "yoy_pct", 2022, 7.5, None, 7.4, "linze_2023_wr", "met (about)"),
    ("linze_2022_wr", "good_air_rate", "level", 2022, 90.0, None, 91.8, "linze_2023_wr", "met"),
    ("linze_2023_wr", "gdp", "yoy_pct", 2023, 6.0, None, None, None, "no outcome reported"),
    ("linze_2023_wr", "fai", "yoy_pct", 2023, 8.0, None, None, None, "no outcome reported"),
    ("linze_2023_wr", "general_budget_revenue", "yoy_pct", 2023, 5.0, None, None, None, "no outcome reported"),
    ("linze_2023_wr", "retail_sales", "yoy_pct", 2023, 6.0, None, None, None, "no outcome reported"),
    ("linze_2023_wr", "urban_income", "yoy_pct", 2023, 6.0, None, None, None, "no outcome reported"),
    ("linze_2023_wr", "rural_income", "yoy_pct", 2023, 7.0, None, None, None, "no outcome reported"),
    ("linze_2023_wr", "pm25", "level", 2023, 28.0, None, None, None, "no outcome reported"),
    ("linze_2021_wr", "gdp", "cagr_pct", 2025, 6.0, None, None, None, "no outcome reported"),
    ("linze_2021_wr", "gdp", "level", 2025, 95.0, None, None, None, "no outcome reported"),
    ("linze_2021_wr", "forest_coverage", "level", 2025, 11.0, None, None, None, "no outcome reported"),
    ("binyang_2022_wr", "gdp", "yoy_pct", 2023, 6.5, None, 5.3, "binyang_2023_wr", "missed"),
    ("binyang_2023_speech", "gdp", "yoy_pct", 2023, 6.5, None, 5.3, "binyang_2023_wr", "missed"),
    ("binyang_2022_wr", "industrial_va", "yoy_pct", 2023, 6.0, None, 6.9, "binyang_2023_wr", "met"),
    ("binyang_2022_wr", "fai", "yoy_pct", 2023, 10.0, None, 1.5, "binyang_2023_wr", "missed"),
    ("binyang_2023_speech", "fai", "yoy_pct", 2023, 10.0, None, 1.5, "binyang_2023_wr", "missed"),
    ("binyang_2022_wr", "general_budget_revenue", "yoy_pct", 2023, 5.0, None, 3.2, "binyang_2023_budget", "missed"),
    ("binyang_2022_wr", "retail_sales", "yoy_pct", 2023, 7.0, None, 6.6, "binyang_2023_wr", "missed"),
    ("binyang_2022_wr", "urban_income", "yoy_pct", 2023, 5.5, None, 4.2, "binyang_2023_wr", "missed"),
    ("binyang_2022_wr", "rural_income", "yoy_pct", 2023, 7.0, None, 7.0, "binyang_2023_wr", "met"),
    ("binyang_2023_budget", "general_budget_revenue", "yoy_pct", 2024, 4.0, None, None, None, "no outcome reported"),
    ("binyang_2023_budget", "general_budget_revenue", "level", 2024, 11.65, None, None, None, "no outcome reported"),
    ("binyang_2023_budget", "fiscal_expenditure", "level", 2024, 53.1, None, None, None, "no outcome reported"),
    ("binyang_2023_wr", "gdp", "yoy_pct", 2024, 5.5, None, None, None, "no outcome reported"),
    ("binyang_2023_wr", "industrial_va", "yoy_pct", 2024, 7.0, None, None, None, "no outcome reported"),
    ("binyang_2023_wr", "fai", "yoy_pct", 2024, 5.0, None, None, None, "no outcome reported"),
    ("binyang_2023_wr", "general_budget_revenue", "yoy_pct", 2024, 4.0, None, None, None, "no outcome reported"),
    ("binyang_2023_wr", "retail_sales", "yoy_pct", 2024, 6.0, None, None, None, "no outcome reported"),
]

SERIES = {"anxi": ANXI, "linze": LINZE, "binyang": BINYANG}

#: Figures that are a park's, a town's, a scenic spot's, a part of the revenue's, or of half a year:
#: never a whole-year cell of the county, not even a loser.
NOT_THE_COUNTYS = {
    "anxi": [168.2, 7.9, 180.0, 405.0, 12.3, 11.8, 13.6, 330.0, 41.3, 21.07, 8.3, 412.6, 158.3, 17.35],
    "linze": [45.3, 9.8, 52.1, 15.6, 18.3, 60.0, 0.46, 21.3, 42.6, -1.8],
    "binyang": [118.6, 10.4, 12.6, 2.35, 6.1, 60.0, 9.6, -18.4, 7.14, 4.07, 6.02, 20870.0],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_all(tmp_path_factory, SERIES)


def test_the_series_cells(built):
    wrong = wrong_cells(built, CELLS)
    assert not wrong, wrong
    assert whole_year_cells(built) == len(CELLS)  # no whole-year cell the texts do not hold


def test_no_park_town_or_part_year_figure_is_the_countys(built):
    held = others_figures_held(built, NOT_THE_COUNTYS)
    assert not held, held


def test_revisions_estimates_forecasts_and_genres_lose_with_their_reason(built):
    def reason(name, year, ind, measure, other):
        c = built[name][1]
        c = c[(c["year"] == year) & (c["indicator"] == ind) & (c["measure"] == measure) & (c["other_value"] == other)]
        assert len(c) == 1, c
        return c.iloc[0]["resolution"]

    assert reason("anxi", 2022, "gdp", "level", 861.7).startswith("revised")
    assert reason("anxi", 2022, "gdp", "level", 865.3).startswith("superseded estimate")
    assert reason("anxi", 2022, "retail_sales", "yoy_pct", 4.5).startswith("superseded estimate")
    assert (
        reason("anxi", 2022, "industrial_va", "yoy_pct", 6.8) == "more authoritative genre: 统计公报 over 政府工作报告"
    )
    assert reason("anxi", 2023, "gdp", "yoy_pct", 5.5).startswith("actual beats figure printed before the year ended")
    assert reason("linze", 2021, "gdp", "level", 77.4).startswith("revised")
    assert reason("linze", 2021, "gdp", "yoy_pct", 8.2).startswith("superseded estimate")
    assert reason("binyang", 2023, "gdp", "yoy_pct", 5.0).startswith(
        "actual beats figure printed before the year ended"
    )
    # a forecast printed before the year ended never flags the year's figure as a conflict
    for name in ("anxi", "binyang"):
        assert "conflict" not in str(panel_cell(built[name][0], "gdp", "yoy_pct", 2023)["flags"])


def test_the_series_pairs(built):
    wrong, seen = wrong_pairs(built, PAIRS)
    assert not wrong, wrong
    assert seen == sum(len(b[2]) for b in built.values())  # no pair the texts do not hold
