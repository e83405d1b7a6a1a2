"""Constructions of whole county documents (a 财政决算 report to the 人大常委会 in GB18030, an audit report on the
budget's execution, a work report of January 2017 on 2016 and the 十二五/十三五, an ecology bulletin as an HTML
page) found by the blind set h24 (session 16), by class:

- a township's figure after its name, a year or a time word and 组织, the verb of collecting revenue (上津镇2023年
  组织一般公共预算收入2860万元,增长9.4%): the township's, not the county's (was read as the county's revenue);
- a table whose last column prints the change in words (优良天数 | 天 | 365 | 364 | 减少1天; … | 下降0.3个百分点;
  … | 持平), as a ``|`` table and as an HTML table printed one cell per line: a table, its year columns read (the
  table was lost: the 2022 column missed); the change cells hold no value;
- the share done of a task a higher level set, its field named before 任务 (完成市下达年度化债任务的110.0%,
  完成上级下达植树造林任务的108%): completion;
- 化解 alone before a sum, its object named earlier in a sentence of debt (…,“十四五”以来累计化解4.38亿元): the debt
  resolved over the span; not a risk or a gap resolved (帮助企业化解3000万元债务风险, 金融风险化解1.2亿元);
- 民生类支出占财政支出的比重: the livelihood share (民生类支出 is 民生支出);
- 支出 opening a clause after the 一般公共预算收入's, the qualifier said once (一般公共预算收入预算为8.20亿元,支出预算为
  54.10亿元), and 一般公共预算收入、支出分别…: the 一般公共预算支出; not after another budget's revenue
  (政府性基金预算收入3.86亿元,支出11.92亿元);
- a budget named as a label before a colon (县人大批准的年初预算为:一般公共预算收入8.50亿元,一般公共预算支出49.80亿元):
  targets (were read as outturns; the scorer's key has no kind, so the first run did not count them);
- a figure before 的 and its subject, closed by a goal noun (确保完成全年8.81亿元的一般公共预算收入预算; 力争实现12亿元的
  财政总收入目标): the subject's target (was missed).

Each case is a short passage of its own (not copied from any corpus); every case but the near misses failed
before.
"""

from __future__ import annotations

import pytest
from passages import check_case

from govkit.pipeline.corpus import document_from_text
from govkit.text.read import read_file

#: A 决算 report of July 2024 on 2023.
FINAL = {"year": 2023, "report_date": "2024-07-30", "region": "紫金县", "level": "county"}
#: An audit report of August 2024 on 2023.
AUDIT = {"year": 2023, "report_date": "2024-08-29", "region": "郧西县", "level": "county"}
#: A work report of January 2017 on 2016.
WORK = {"year": 2016, "report_date": "2017-01-10", "region": "遂川县", "level": "county"}
#: An ecology bulletin of June 2024 on 2023.
ECO = {"year": 2023, "report_date": "2024-06-05", "region": "琼中黎族苗族自治县", "level": "county"}

CASES: list[dict] = [
    # ---- a township's revenue after 组织
    {
        "id": "township_year_organised_revenue",
        "meta": AUDIT,
        "text": "对上津镇、土门镇等4个乡镇的财政收支进行了审计。上津镇2023年组织一般公共预算收入2860万元，增长9.4%，"
        "但有420万元非税收入坐收坐支。",
        "facts": [],
        "absent": [("general_budget_revenue",)],
    },
    {
        "id": "township_whole_year_organised_revenue",
        "meta": AUDIT,
        "text": "土门镇全年组织财政收入2860万元，比上年增长6.1%。",
        "facts": [],
        "absent": [("fiscal_revenue",)],
    },
    {
        "id": "township_last_year_organised_revenue",
        "meta": AUDIT,
        "text": "夹河镇去年组织一般公共预算收入1930万元。",
        "facts": [],
        "absent": [("general_budget_revenue",)],
    },
    {
        "id": "near_miss_own_region_organised_revenue",
        "meta": AUDIT,
        "text": "全县2023年组织一般公共预算收入6.83亿元，增长7.2%。",
        "facts": [
            ("general_budget_revenue", "level", 6.83, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_year_organised_revenue_no_place",
        "meta": AUDIT,
        "text": "2023年组织一般公共预算收入6.83亿元，为调整预算的100.4%。",
        "facts": [
            ("general_budget_revenue", "level", 6.83, 2023, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 100.4, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a table with a change column in words
    {
        "id": "piped_table_change_in_words",
        "meta": ECO,
        "text": "表1　2022—2023年县城环境空气质量主要指标\n| 指标 | 单位 | 2022年 | 2023年 | 变化情况 |\n"
        "| 优良天数 | 天 | 365 | 364 | 减少1天 |\n| 优良天数比例 | % | 100 | 99.7 | 下降0.3个百分点 |\n"
        "| PM2.5年均浓度 | 微克/立方米 | 13 | 12 | 下降7.7% |\n| PM10年均浓度 | 微克/立方米 | 21 | 21 | 持平 |\n",
        "facts": [
            ("good_air_days", "level", 365, 2022, "", "actual", None),
            ("good_air_days", "level", 364, 2023, "", "actual", None),
            ("good_air_rate", "level", 100, 2022, "", "actual", None),
            ("pm25", "level", 13, 2022, "", "actual", None),
            ("pm10", "level", 21, 2022, "", "actual", None),
        ],
        "absent": [("good_air_days", "level", 365, 2023), ("good_air_days", "yoy_pct"), ("pm10", "yoy_pct")],
    },
    {
        "id": "tab_table_change_in_words",
        "meta": ECO,
        "text": "主要污染物浓度对比\n\n指标\t2022年\t2023年\t比上年\n细颗粒物（微克/立方米）\t18\t16\t下降11.1%\n"
        "可吸入颗粒物（微克/立方米）\t30\t30\t持平\n优良天数比例（%）\t97.5\t98.1\t提高0.6个百分点\n",
        "facts": [
            ("pm25", "level", 18, 2022, "", "actual", None),
            ("pm25", "level", 16, 2023, "", "actual", None),
            ("pm10", "level", 30, 2022, "", "actual", None),
            ("good_air_rate", "level", 97.5, 2022, "", "actual", None),
        ],
        "absent": [("pm10", "yoy_pct")],
    },
    # ---- the share done of a task a higher level set, its field named
    {
        "id": "task_share_field_named_debt",
        "meta": FINAL,
        "text": "全年化解存量隐性债务1.65亿元，完成市下达年度化债任务的110.0%。",
        "facts": [
            ("debt_resolved", "level", 1.65, 2023, "", "actual", None),
            ("debt_resolved", "completion_pct", 110, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "task_share_field_named_afforestation",
        "meta": FINAL,
        "text": "全年完成植树造林1.2万亩，完成上级下达植树造林任务的108%。",
        "facts": [
            ("afforestation", "level", 12000, 2023, "", "actual", None),
            ("afforestation", "completion_pct", 108, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_task_size_stays_target",
        "meta": FINAL,
        "text": "省下达我县的脱贫任务为1.2万人。",
        "facts": [("poverty_people_lifted", "level", 12000, 2023, "", "target", None)],
        "absent": [("poverty_people_lifted", "completion_pct")],
    },
    # ---- 化解 alone before a sum in a sentence of debt
    {
        "id": "resolved_alone_since_plan_start",
        "meta": FINAL,
        "text": "全年化解存量隐性债务1.65亿元，“十四五”以来累计化解4.38亿元。",
        "facts": [
            ("debt_resolved", "level", 1.65, 2023, "", "actual", None),
            ("debt_resolved", "level", 4.38, 2023, "", "actual", 2021),
        ],
        "absent": [],
    },
    {
        "id": "resolved_alone_three_years",
        "meta": FINAL,
        "text": "2023年化解政府隐性债务2.1亿元，近三年累计化解5.6亿元。",
        "facts": [("debt_resolved", "level", 5.6, 2023, "", "actual", 2021)],
        "absent": [],
    },
    {
        "id": "near_miss_risk_resolved",
        "meta": FINAL,
        "text": "加强政府债务风险防控，帮助企业化解3000万元债务风险，金融风险化解1.2亿元。",
        "facts": [],
        "absent": [("debt_resolved",)],
    },
    {
        "id": "near_miss_disputes_resolved",
        "meta": FINAL,
        "text": "全年化解矛盾纠纷1260件，化解过剩产能12万吨，化解债务纠纷案件36件。",
        "facts": [],
        "absent": [("debt_resolved",)],
    },
    # ---- 民生类支出
    {
        "id": "livelihood_class_share",
        "meta": WORK,
        "text": "民生类支出占财政支出的比重达78.6%。城镇新增就业4215人。",
        "facts": [("livelihood_spending_share", "level", 78.6, 2016, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "livelihood_class_amount_then_share",
        "meta": WORK,
        "text": "全县民生类支出41.2亿元，占一般公共预算支出的80.3%。",
        "facts": [("livelihood_spending_share", "level", 80.3, 2016, "", "actual", None)],
        "absent": [("fiscal_expenditure",)],
    },
    # ---- 支出 after the 一般公共预算收入's clause; 收入、支出分别
    {
        "id": "spending_after_revenue_budget",
        "meta": FINAL,
        "text": "经县人大常委会批准调整后，一般公共预算收入预算为8.20亿元，支出预算为54.10亿元。",
        "facts": [
            ("general_budget_revenue", "level", 8.2, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 54.1, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "spending_after_revenue_segment",
        "meta": FINAL,
        "text": "全县一般公共预算收入8.36亿元，增长6.3%；支出52.47亿元，增长4.8%。",
        "facts": [
            ("fiscal_expenditure", "level", 52.47, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 4.8, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "revenue_and_spending_respectively",
        "meta": FINAL,
        "text": "地方一般公共预算收入、支出分别完成8.36亿元、52.47亿元，分别增长6.3%、4.8%。",
        "facts": [
            ("general_budget_revenue", "level", 8.36, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 52.47, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 4.8, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "spending_growth_after_revenue_growth",
        "meta": FINAL,
        "text": "一般公共预算收入增长6.3%，支出增长4.8%。",
        "facts": [("fiscal_expenditure", "yoy_pct", 4.8, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_miss_fund_budget_growths",
        "meta": FINAL,
        "text": "政府性基金预算收入下降21.4%，支出增长5%。",
        "facts": [],
        "absent": [("fiscal_expenditure",), ("general_budget_revenue",)],
    },
    {
        "id": "near_miss_fund_budget_spending",
        "meta": FINAL,
        "text": "一般公共预算收入8.36亿元；政府性基金预算收入3.86亿元，支出11.92亿元。",
        "facts": [("general_budget_revenue", "level", 8.36, 2023, "", "actual", None)],
        "absent": [("fiscal_expenditure",)],
    },
    {
        "id": "near_miss_spending_total",
        "meta": FINAL,
        "text": "一般公共预算收入8.36亿元，加上上级补助收入42.85亿元，收入总计61.38亿元；支出总计61.38亿元。",
        "facts": [("general_budget_revenue", "level", 8.36, 2023, "", "actual", None)],
        "absent": [("fiscal_expenditure",)],
    },
    # ---- a budget named as a label
    {
        "id": "budget_label_colon",
        "meta": FINAL,
        "text": "县十七届人大二次会议批准的年初预算为：一般公共预算收入8.50亿元，一般公共预算支出49.80亿元。",
        "facts": [
            ("general_budget_revenue", "level", 8.5, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 49.8, 2023, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 8.5, 2023, "", "actual")],
    },
    {
        "id": "adjusted_budget_label_colon",
        "meta": FINAL,
        "text": "调整后预算为：一般公共预算收入8.20亿元，一般公共预算支出54.10亿元。",
        "facts": [
            ("general_budget_revenue", "level", 8.2, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 54.1, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_budget_execution_label",
        "meta": FINAL,
        "text": "一、年初预算执行情况：一般公共预算收入8.36亿元，增长6.3%。",
        "facts": [("general_budget_revenue", "level", 8.36, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 8.36, 2023, "", "target")],
    },
    # ---- a figure before its subject, closed by a goal noun
    {
        "id": "goal_figure_before_subject_budget",
        "meta": FINAL,
        "text": "下一步，我们将坚决遏制新增隐性债务，确保完成全年8.81亿元的一般公共预算收入预算。",
        "facts": [("general_budget_revenue", "level", 8.81, 2023, "", "target", None)],
        "absent": [],
    },
    {
        "id": "goal_figure_before_subject_target",
        "meta": WORK,
        "text": "力争实现12亿元的财政总收入目标，确保实现5000人的城镇新增就业目标。",
        "facts": [
            ("fiscal_revenue", "level", 12, 2016, "", "target", None),
            ("new_urban_jobs", "level", 5000, 2016, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_figure_before_subject_no_goal",
        "meta": FINAL,
        "text": "4.2亿元的一般公共预算收入中，税收收入占60%。投入1.2亿元的农村危房改造任务已完成。",
        "facts": [],
        "absent": [("general_budget_revenue",), ("housing_renovated",)],
    },
    {
        "id": "near_miss_goal_size_reached",
        "meta": FINAL,
        "text": "全年完成4215人的城镇新增就业任务。去年我们完成了12亿元的财政总收入目标。",
        "facts": [],
        "absent": [
            ("new_urban_jobs", "level", 4215, 2023, "", "actual"),
            ("fiscal_revenue", "level", 12, 2023, "", "actual"),
        ],
    },
    {
        "id": "near_miss_growth_goal_keeps_its_measure",
        "meta": FINAL,
        "text": "确保完成全年地区生产总值增长6%的目标。",
        "facts": [("gdp", "yoy_pct", 6, 2023, "", "target", None)],
        "absent": [("gdp", "level")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, case["meta"])


_PAGE = """<html><head><meta charset="utf-8"><title>2023年生态环境状况公报</title></head><body>
<h1>2023年生态环境状况公报</h1><p>一、大气环境</p>
<p style="text-align:center">表1　2022—2023年县城环境空气质量主要指标</p>
<table border="1"><tr><th>指标</th><th>单位</th><th>2022年</th><th>2023年</th><th>变化情况</th></tr>
<tr><td>优良天数</td><td>天</td><td>365</td><td>364</td><td>减少1天</td></tr>
<tr><td>优良天数比例</td><td>%</td><td>100</td><td>99.7</td><td>下降0.3个百分点</td></tr>
<tr><td>PM2.5年均浓度</td><td>微克/立方米</td><td>13</td><td>12</td><td>下降7.7%</td></tr>
<tr><td>PM10年均浓度</td><td>微克/立方米</td><td>21</td><td>21</td><td>持平</td></tr>
</table></body></html>"""


def test_html_table_with_change_column_in_words(tmp_path):
    """An HTML table printed one cell per line with a 变化情况 column of words (减少1天, 持平): its rows' groups
    hold the change cell, the table is read (the 2022 column was missed), the change cells give no value."""
    (tmp_path / "t.html").write_text(_PAGE, encoding="utf-8")
    text = read_file(tmp_path / "t.html").text
    case = {
        "id": "html_change_column",
        "text": text,
        "facts": [
            ("good_air_days", "level", 365, 2022, "", "actual", None),
            ("good_air_rate", "level", 100, 2022, "", "actual", None),
            ("pm25", "level", 13, 2022, "", "actual", None),
            ("pm25", "level", 12, 2023, "", "actual", None),
            ("pm10", "level", 21, 2022, "", "actual", None),
        ],
        "absent": [("good_air_days", "yoy_pct"), ("pm10", "yoy_pct")],
    }
    check_case(case, ECO)


def test_html_table_change_word_without_figure_is_no_row(tmp_path):
    """Near miss: a last cell of words that is no change (良好, 达标) joins no row (only a change printed with
    its figure, or 持平/不变, does): no figure of the rows is read for the wrong year."""
    page = _PAGE.replace("减少1天", "良好").replace("下降0.3个百分点", "良好").replace("下降7.7%", "达标")
    page = page.replace("<td>持平</td>", "<td>达标</td>")
    (tmp_path / "t.html").write_text(page, encoding="utf-8")
    text = read_file(tmp_path / "t.html").text
    case = {
        "id": "html_no_change",
        "text": text,
        "facts": [],
        "absent": [("good_air_days", "level", 365, 2023), ("pm25", "level", 13, 2023), ("pm10", "yoy_pct")],
    }
    check_case(case, ECO)


_ALIGNED = (
    "　　附：2023年一般公共预算收支决算简表（单位：亿元）\n"
    "　　项目　　　　　　　　年初预算　调整预算　决算数　为调整预算%　比上年增长%\n"
    "　　一般公共预算收入　　8.50　　　8.20　　　8.36　　102.0　　　　6.3\n"
    "　　其中：税收收入　　　5.40　　　5.05　　　5.12　　101.4　　　　8.7\n"
    "　　一般公共预算支出　　49.80　　54.10　　52.47　　97.0　　　　 4.8\n"
)


def test_table_aligned_with_ideographic_spaces(tmp_path):
    """A plain-text table (GB18030) whose cells are parted by runs of ideographic spaces: its rows stay rows (two
    ideographic spaces inside a line were read as a lost paragraph break: each cell became a line, the lines were
    joined as wraps and the header glued to the caption; the table was lost)."""
    (tmp_path / "t.txt").write_bytes(_ALIGNED.encode("gb18030"))
    text = read_file(tmp_path / "t.txt").text
    assert "一般公共预算收入  8.50" in document_from_text(text, "t").text
    case = {
        "id": "aligned_table",
        "text": text,
        "facts": [
            ("general_budget_revenue", "level", 8.2, 2023, "", "target", None),
            ("general_budget_revenue", "level", 8.36, 2023, "", "actual", None),
            ("general_budget_revenue", "completion_pct", 102, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 52.47, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 4.8, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 5.12)],
    }
    check_case(case, FINAL)


def test_paragraphs_run_together_still_part(tmp_path):
    """Near miss: two paragraphs run into one line (the second's indent of ideographic spaces inside it) still
    part there, though the first ends on figures (only a line of three cells or more, two of them figures alone,
    is a table's row)."""
    raw = "　　全县一般公共预算收入8.36亿元，增长6.3%。　　二、政府性基金预算收支决算情况\n"
    (tmp_path / "p.txt").write_bytes(raw.encode("gb18030"))
    text = document_from_text(read_file(tmp_path / "p.txt").text, "p").text
    assert "增长6.3%。\n二、政府性基金" in text, text
