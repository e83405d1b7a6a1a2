"""Constructions found by the blind set h19 (session 14: reports as users receive them, a third time:
Word-exported HTML, a Big5 repost, a WeChat article, an HTML table with merged cells, a letter-spaced
PDF, a PDF budget table across a page, a DOCX left with tracked changes, a GBK text with CR line ends),
by class:

* reading — a DOCX left with tracked changes: python-docx's paragraph text drops the runs of a
  reviewer's insertions (``w:ins``), so 全市地区生产总值完成<del>452.6</del><ins>458.3</ins>亿元 read as
  完成亿元 and the figure was lost (in a table cell too). The document now reads as with its changes
  accepted: insertions and moves in, deletions (``w:del``, ``w:moveFrom``, a deleted row) out; a
  reviewer's comment is no text (``govkit.text.docx_read``);
* reading — tables with merged cells (HTML ``rowspan``/``colspan``, DOCX ``vMerge``/``gridSpan``: a
  category cell over its rows, a year over 绝对值 | 比上年增长(%)): printed one cell a line they no longer
  lined up, and a whole table of main indicators was lost (32 facts). They are laid out on their grid now,
  one ``|`` line per row, the header's rows stacked into one (``govkit.text.table_grid``); a table of words
  or a page laid out in a table (a cell of prose spanning two columns) is read one cell a line as before;
* tables — on that grid, a header cell spanning the category column and the label column (指标 | 指标 |
  单位 | …) marks the first column as categories, as a 类别 corner does (``table_parts.category_corner``);
  a column saying whether the target was met (是否完成: 完成, 未完成) is never read and does not stop the
  row from being a row of figures (cues ``table attribute_column``, ``table status_cell``);
* reading — the short last line of a letter-spaced PDF paragraph, mostly digits (``1 4 . 3 % 。`` after
  ``… 增 长``), was kept spaced as if a table row, and the growth was lost (增长1 4.3%); it is closed with
  the letter-spaced line before it now (a line of digits alone, 3 4 2 5, stays apart);
* report types — an article on a county bureau's release (近日,县统计局发布前三季度全县主要经济指标) under a
  part-year review's headline was typed 经济运行分析, the article 新闻报道 by the spec; a posted table of the
  year's main indicators (2023年博罗县主要经济指标) was typed 统计公报 (``report_types.csv``);
* subjects — money from a partner province (苏陕协作到位资金5280万元, 东西部协作财政援助资金, 对口支援资金)
  read as investment attracted; jobs an employer gives (社区工厂…吸纳贫困劳动力就业1056人) read as poor
  labour transferred (aliases ``null``).

Each case is a short passage of its own (not copied from the set) written for one construction; every
case but the near-misses failed before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from passages import check_case, check_meta, recognised

from govkit.text.read import read_file

#: A county work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-10", "region": "金寨县", "level": "county"}
#: A poverty-alleviation summary of December 2020.
SUMMARY = {"year": 2020, "report_date": "2020-12-20", "region": "岚皋县", "level": "county"}

CASES: list[dict] = [
    # ---- a grid with a category column under a header cell spanning two columns
    {
        "id": "category_column_under_a_spanning_header_cell",
        "text": "2023年全县主要经济指标\n| 指标 | 指标 | 单位 | 2023年绝对值 | 2023年比上年增长（%） |\n"
        "| 综合 | 地区生产总值 | 亿元 | 186.4 | 5.6 |\n| 综合 | 第三产业增加值 | 亿元 | 92.7 | 4.8 |\n"
        "| 投资 | 其中：工业投资 | 亿元 | — | 12.5 |\n| 农业 | 粮食产量 | 吨 | 215300 | 0.8 |\n",
        "facts": [
            ("gdp", "level", 186.4, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.6, 2023, "", "actual", None),
            ("tertiary_va", "level", 92.7, 2023, "", "actual", None),
            ("industrial_investment", "yoy_pct", 12.5, 2023, "", "actual", None),
            ("grain_output", "level", 21.53, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "category_column_of_a_bulletin_grid_by_fields",
        "text": "表1 2023年主要指标\n| 项目 | 项目 | 2023年 | 比上年增长% |\n| 财政 | 一般公共预算收入（亿元） | 9.36 | 6.1 |\n"
        "| 财政 | 一般公共预算支出（亿元） | 41.2 | 3.3 |\n| 收入 | 农村居民人均可支配收入（元） | 17630 | 7.4 |\n",
        "facts": [
            ("general_budget_revenue", "level", 9.36, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 3.3, 2023, "", "actual", None),
            ("rural_income", "level", 17630.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: two different header cells over the first two columns (指标 | 单位): no categories
        "id": "label_and_unit_columns_are_no_category_column",
        "text": "| 指标 | 单位 | 2023年 | 增长% |\n| 地区生产总值 | 亿元 | 186.4 | 5.6 |\n| 社会消费品零售总额 | 亿元 | 61.3 | 6.2 |\n",
        "facts": [
            ("gdp", "level", 186.4, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", 6.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a column saying whether the target was met
    {
        "id": "status_column_beside_target_and_outturn",
        "meta": {"year": 2023, "report_date": "2024-01-12"},
        "text": "表1 2023年主要指标完成情况\n| 类别 | 指标 | 单位 | 2023年计划目标 | 2023年完成情况 | 2023年是否完成 |\n"
        "| 经济发展 | 地区生产总值增长 | % | 7 | 7.3 | 完成 |\n| 民生 | 城镇新增就业 | 人 | 4000 | 4125 | 完成 |\n"
        "| 民生 | 农村居民人均可支配收入增长 | % | 8 | 7.6 | 未完成 |\n",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 7.3, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4125.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "status_column_named_shifou_dabiao",
        "text": "表3 2023年生态环境指标完成情况\n| 指标 | 单位 | 目标 | 完成 | 是否达标 |\n| 空气质量优良天数比例 | % | 90 | 93.4 | 达标 |\n"
        "| 森林覆盖率 | % | 70 | 71.2 | 达标 |\n| 细颗粒物年均浓度 | 微克/立方米 | 35 | 37 | 未达标 |\n",
        "facts": [
            ("good_air_rate", "level", 93.4, 2023, "", "actual", None),
            ("forest_coverage", "level", 70.0, 2023, "", "target", None),
            ("pm25", "level", 37.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a text column that says nothing of a target (备注) still makes no table of figures
        "id": "remark_column_of_words_is_no_status_column",
        "text": "| 指标 | 单位 | 2023年 | 备注 |\n| 地区生产总值 | 亿元 | 186.4 | 完成 |\n| 固定资产投资 | 亿元 | 73.5 | 完成 |\n",
        "facts": [],
        "absent": [("gdp", "level", 186.4), ("fai", "level", 73.5)],
    },
    # ---- the short last line of a letter-spaced paragraph
    {
        "id": "letter_spaced_paragraph_ending_on_a_line_of_digits",
        "meta": SUMMARY,
        "text": "农 村 居 民 人 均 可 支 配 收 入 达 到 1 1 3 5 2 元 ， 增 长 8 . 1 % ； 脱 贫 户 人 均 纯 收 入 达 到 9 8 6 0 元 ， 增 长\n"
        "1 3 . 7 % 。\n",
        "facts": [
            ("rural_income", "level", 11352.0, 2020, "", "actual", None),
            ("poverty_income", "level", 9860.0, 2020, "", "actual", None),
            ("poverty_income", "yoy_pct", 13.7, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "letter_spaced_paragraph_ending_on_a_cut_unit",
        "meta": SUMMARY,
        "text": "全 年 统 筹 整 合 财 政 涉 农 资 金 5 . 2 6 亿 元 ， 完 成 农 村 危 房 改 造 1 2 8 6 户 ， 森 林 覆 盖 率 达 到 6 8 .\n"
        "4 % 。\n",
        "facts": [
            ("poverty_funds", "level", 5.26, 2020, "", "actual", None),
            ("housing_renovated", "level", 1286.0, 2020, "", "actual", None),
            ("forest_coverage", "level", 68.4, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a table of single-digit cells after prose is not a paragraph's last line
        "id": "row_of_figures_after_prose_keeps_its_cells",
        "text": "全县空气质量优良天数比例为93.4%。\n表2 各乡镇新建项目（个）\n乡镇 一季度 二季度 三季度 四季度\n城关镇 3 4 2 5\n",
        "facts": [("good_air_rate", "level", 93.4, 2023, "", "actual", None)],
        "absent": [("good_air_rate", "level", 3.0)],
    },
    # ---- money from a partner province; jobs an employer gives
    {
        "id": "partner_province_funds_are_no_investment_attracted",
        "meta": SUMMARY,
        "text": "苏陕协作到位资金4360万元，东西部协作财政援助资金1.2亿元全部拨付到位。全年招商引资到位资金12.6亿元，增长8%。",
        "facts": [("investment_attracted", "level", 12.6, 2020, "", "actual", None)],
        "absent": [("investment_attracted", "level", 0.436), ("investment_attracted", "level", 1.2)],
    },
    {
        "id": "paired_support_funds_are_no_investment_attracted",
        "meta": SUMMARY,
        "text": "争取对口支援资金3500万元，沪滇协作资金到位2800万元；实际到位资金8.3亿元。",
        "facts": [("investment_attracted", "level", 8.3, 2020, "", "actual", None)],
        "absent": [("investment_attracted", "level", 0.35), ("investment_attracted", "level", 0.28)],
    },
    {
        # near miss: investment attracted through the cooperation stays investment attracted
        "id": "investment_attracted_through_cooperation_stays",
        "meta": SUMMARY,
        "text": "东西部协作招商引资到位资金3.2亿元，引进企业12家。",
        "facts": [("investment_attracted", "level", 3.2, 2020, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "jobs_absorbed_by_workshops_are_no_transfers",
        "meta": SUMMARY,
        "text": "新建社区工厂8家，吸纳贫困劳动力就业865人；扶贫车间吸纳脱贫人口就业2300人。全年实现贫困劳动力转移就业3.6万人。",
        "facts": [("poverty_labor_transfer", "level", 36000.0, 2020, "", "actual", None)],
        "absent": [("poverty_labor_transfer", "level", 865.0), ("poverty_labor_transfer", "level", 2300.0)],
    },
    {
        # near miss: transfers led by an employer are transfers
        "id": "transfers_led_by_an_employer_stay_transfers",
        "meta": SUMMARY,
        "text": "全年带动脱贫户转移就业1200人。",
        "facts": [("poverty_labor_transfer", "level", 1200.0, 2020, "", "actual", None)],
        "absent": [],
    },
]


CASES += [
    # ---- smaller classes of the set
    {
        "id": "budget_growth_on_last_years_budget_outturn",
        "meta": {"year": 2024, "report_date": "2024-01-16"},
        "text": "二、2024年预算草案\n一般公共预算支出安排28.6亿元，比上年预算执行数下降9.4%；一般公共预算收入预期安排5.1亿元，比上年预算执行数增长6%。",
        "facts": [
            ("fiscal_expenditure", "yoy_pct", -9.4, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "sections_the_state_assesses_are_the_regions",
        "text": "全县国家和市级考核断面达标率为100%；国家考核断面水质优良比例保持100%。",
        "facts": [("surface_water_rate", "level", 100.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: the country's rate stays another place's
        "id": "the_countrys_assessed_sections_are_no_fact",
        "text": "全国地表水考核断面达标率为89.4%，全省国家考核断面达标率为95.1%。",
        "facts": [],
        "absent": [("surface_water_rate",)],
    },
    {
        "id": "people_monitored_against_return_to_poverty_other_order",
        "text": "动态监测防返贫对象1520户5034人，均落实帮扶措施，已消除风险2861人。",
        "facts": [("monitored_people", "level", 5034.0, 2023, "", "actual", None)],
        "absent": [("monitored_people", "level", 2861.0)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, {**META, **case.get("meta", {})})


# ---- HTML tables with merged cells ---------------------------------------------------------------
_HTML = """<html><head><meta charset="utf-8"><title>2023年主要经济指标</title></head><body>
<p>2023年全县主要经济指标如下：</p>
<table border="1"><tr><td colspan="2" rowspan="2">指　标</td><td rowspan="2">单位</td><td colspan="2">2023年</td></tr>
<tr><td>绝对值</td><td>比上年增长（%）</td></tr>
<tr><td rowspan="2">综合</td><td>地区生产总值</td><td>亿元</td><td>186.4</td><td>5.6</td></tr>
<tr><td>第一产业增加值</td><td>亿元</td><td>30.2</td><td>3.9</td></tr>
<tr><td>财政</td><td>一般公共预算收入</td><td>亿元</td><td>9.36</td><td>6.1</td></tr>
</table>
<table><tr><td>指标</td><td>2023年</td></tr><tr><td>森林覆盖率（%）</td><td>76.1</td></tr></table>
</body></html>"""


def test_html_table_with_merged_cells_reads_on_its_grid(tmp_path):
    (tmp_path / "t.html").write_text(_HTML, encoding="utf-8")
    text = read_file(tmp_path / "t.html").text
    assert "| 指标 | 指标 | 单位 | 2023年绝对值 | 2023年比上年增长（%） |" in text
    assert "| 综合 | 第一产业增加值 | 亿元 | 30.2 | 3.9 |" in text  # the category repeated in the rows it spans
    assert "森林覆盖率（%）\n" in text + "\n" and "| 森林覆盖率" not in text  # a table without merges as before
    case = {"id": "html_grid", "text": text, "absent": []}
    case["facts"] = [
        ("primary_va", "level", 30.2, 2023, "", "actual", None),
        ("general_budget_revenue", "yoy_pct", 6.1, 2023, "", "actual", None),
    ]
    check_case(case, META)


# ---- DOCX tracked changes and merged cells ------------------------------------------------------
_WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _change(kind: str, text: str) -> str:
    tag = "w:delText" if kind == "del" else "w:t"
    return (
        f'<w:{kind} xmlns:w="{_WNS}" w:id="9" w:author="审核" w:date="2024-01-08T10:00:00Z">'
        f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r></w:{kind}>'
    )


def _tracked_docx(path: Path) -> Path:
    from docx import Document
    from docx.oxml import parse_xml

    d = Document()
    d.add_paragraph("一、2023年工作回顾")
    p = d.add_paragraph("全县地区生产总值完成")
    p._p.append(parse_xml(_change("del", "201.6")))
    p._p.append(parse_xml(_change("ins", "203.4")))
    p.add_run("亿元，增长")
    p._p.append(parse_xml(_change("ins", "6.1")))
    p.add_run("%。")
    q = d.add_paragraph("森林覆盖率达到71.2%。")
    q._p.append(parse_xml(_change("del", "空气质量优良天数比例为96.4%。")))
    d.add_comment(q.runs[0], text="请核实：林业局口径为71.5%", author="王")
    t = d.add_table(rows=4, cols=4)
    for c, v in enumerate(("类别", "指标", "2023年", "")):
        t.cell(0, c).text = v
    for c, v in enumerate(("", "", "目标", "完成")):
        t.cell(1, c).text = v
    for r, row in enumerate(
        (("民生", "城镇新增就业（人）", "3000", "3260"), ("", "农村居民人均可支配收入增长（%）", "8", "8.3"))
    ):
        for c, v in enumerate(row):
            if v:
                t.cell(r + 2, c).text = v
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(2, 0).merge(t.cell(3, 0))
    d.save(path / "tracked.docx")
    return path / "tracked.docx"


def test_docx_tracked_changes_read_as_accepted(tmp_path):
    text = read_file(_tracked_docx(tmp_path)).text
    assert "全县地区生产总值完成203.4亿元，增长6.1%。" in text
    assert "201.6" not in text and "96.4" not in text  # deletions are not text
    assert "71.5" not in text and "请核实" not in text  # nor is a reviewer's comment
    assert "| 类别 | 指标 | 2023年目标 | 2023年完成 |" in text
    assert "| 民生 | 农村居民人均可支配收入增长（%） | 8 | 8.3 |" in text
    case = {"id": "docx_tracked", "text": text, "absent": [("good_air_rate",)]}
    case["facts"] = [
        ("gdp", "level", 203.4, 2023, "", "actual", None),
        ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
        ("forest_coverage", "level", 71.2, 2023, "", "actual", None),
        ("new_urban_jobs", "level", 3260.0, 2023, "", "actual", None),
        ("new_urban_jobs", "level", 3000.0, 2023, "", "target", None),
    ]
    check_case(case, META)


# ---- report types: an article on a bureau's release; a posted table of the year's main indicators -----
_RELEASE = (
    "前三季度，乐平经济运行稳中有进\n乐平发布 2024年10月25日\n近日，市统计局发布前三季度全市主要经济指标。"
    "前三季度，全市实现地区生产总值286.3亿元，同比增长5.3%；规模以上工业增加值增长7.1%。\n来源：乐平市统计局\n编辑：王芳\n"
)
_REVIEW = (
    "前三季度全市经济运行情况分析\n乐平市统计局\n前三季度，全市实现地区生产总值286.3亿元，同比增长5.3%；"
    "规模以上工业增加值增长7.1%。\n"
)
_INDICATORS = "2023年乐平市主要经济指标\n发布时间：2024-02-05\n| 指标 | 单位 | 绝对值 | 增长% |\n| 地区生产总值 | 亿元 | 386.3 | 5.1 |\n"
_BULLETIN = "乐平市2023年国民经济和社会发展统计公报\n乐平市统计局\n初步核算，全年地区生产总值386.3亿元，按可比价格计算，比上年增长5.1%。\n"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_RELEASE, "新闻报道"),  # an article on the release (近日,市统计局发布…), under a headline
        (_REVIEW, "经济运行分析"),  # near miss: the bureau's own review
        (_INDICATORS, "经济运行分析"),  # a table of the year's main indicators
        (_BULLETIN, "统计公报"),  # near miss: the bulletin keeps its title
    ],
    ids=["release_article", "bureau_review", "main_indicators_table", "bulletin"],
)
def test_report_type(text, want):
    check_meta(text, "t", {"report_type": want})


def test_a_plan_of_main_indicators_is_no_review():
    got = recognised("2024年乐平市主要经济指标预期目标\n地区生产总值增长6%左右。\n", "t")
    assert got["report_type"] != "经济运行分析"


def test_a_review_quoting_the_national_bureau_stays_a_review():
    text = (
        "前三季度全县经济运行情况分析\n县统计局\n近日，国家统计局发布前三季度国民经济运行数据，全国经济持续回升向好。\n"
        "前三季度，全县实现地区生产总值86.3亿元，同比增长5.3%。\n"
    )
    check_meta(text, "t", {"report_type": "经济运行分析"})


def test_total_row_of_an_itemised_budget_table():
    """The 合计 row of a table of items whose title alone names the indicator (a strict xfail of h19, read
    since s14-t16: ``table_cells.itemised_total``; near misses in tests/test_tables_r16g.py)."""
    case = {
        "id": "total_row_by_title",
        "text": "2023年一般公共预算主要支出项目执行情况表\n单位：亿元\n项目 调整预算数 执行数 为调整预算% 比上年增长%\n"
        "教育支出 5.63 5.51 97.9 4.6\n农林水支出 10.12 9.85 97.3 7.4\n其他各项支出 1.53 1.40 91.5 1.4\n合计 17.28 16.76 97.0 6.1\n",
        "facts": [
            ("fiscal_expenditure", "level", 17.28, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 16.76, 2023, "", "actual", None),
        ],
        "absent": [],
    }
    check_case(case, META)


def test_layout_table_with_a_spanning_cell_of_prose_reads_as_before(tmp_path):
    page = (
        '<html><head><meta charset="utf-8"><title>某县政府工作报告</title></head><body><table>'
        '<tr><td colspan="2">政府工作报告</td></tr><tr><td>发布时间：2024-01-12</td><td>来源：县政府办</td></tr>'
        '<tr><td colspan="2">2023年，全县地区生产总值完成186.4亿元，增长5.6%；一般公共预算收入9.36亿元，增长6.1%；'
        "城乡居民人均可支配收入分别达到40215元和19836元，分别增长5.0%和7.6%。</td></tr></table></body></html>"
    )
    (tmp_path / "t.html").write_text(page, encoding="utf-8")
    text = read_file(tmp_path / "t.html").text
    assert "|" not in text and "2023年，全县地区生产总值完成186.4亿元" in text


def test_letter_spaced_paragraph_before_a_row_of_digits_keeps_the_row():
    case = {
        "id": "spaced_then_digits",
        "text": "全 县 新 建 项 目 投 资 完 成 情 况 见 下 表 ， 各 乡 镇 项 目 个 数 如 下 ：\n3 4 2 5\n"
        "全县空气质量优良天数比例为93.4%。\n",
        "facts": [("good_air_rate", "level", 93.4, 2023, "", "actual", None)],
        "absent": [("good_air_rate", "level", 3425.0)],
    }
    check_case(case, META)
