"""Tables of 考核自查/目标责任 and budget reports (session 14, helper t16), and a review of h19's table rules.

Part A — constructions, each written as tables of my own in several shapes (| rows, space-separated rows,
HTML with rowspan/colspan, DOCX with merged cells built by python-docx) with near misses:

* a table of targets and outturns: 目标值 | 实际值, 目标数 | 实际数, 任务数 | 完成数, 考核目标 | 完成情况, with or
  without a 完成率 column: 实际值/实际数/实绩值 are outturn columns and 任务数, 考核目标, 任务目标 plan columns
  (cues ``table outturn_cell``, ``table plan_cell``); the year is the report's unless the table's title
  prints one (a title above its 单位 caption, or with the caption on its line, is the table's title now:
  ``text.tables._title``). 上年实际值 stays unread;
* 2023年 over 预算数 | 执行数 (the strict xfail of tests/test_blind_r12c.py): read on h19's grid; what it
  lacked was a unit (万元 or 亿元?), and without one the levels stay unread (test_blind_r12c);
* the 合计 row of a table of items whose title alone names one indicator (2023年一般公共预算主要支出项目
  执行情况表: 教育支出 … 合计): read as that indicator (``table_cells.itemised_total``, cues
  ``itemised_title``, ``itemised_total``, ``itemised_other``); never an item row, nor 总计 (a budget's sum
  with transfers), nor a 合计 in the middle, nor under rows of transfers (上级补助收入), of places
  (城关镇) or of the indicator itself (地方一般公共预算收入), nor of a list of projects
  (固定资产投资项目完成情况表), nor of a title with other words (地区生产总值及构成).

Part B — review of h19's grid writer and header rules (``text.table_grid``, ``table_parts.category_corner``,
cues ``attribute_column``/``status_cell``), probed with merged cells that mean other things:

* a merged caption row (单位：亿元 spanning the table) — read; a title spanning all columns but the last,
  beside 单位：亿元 — MISFIRED: glued into every header cell (2022年主要指标完成情况指标), nothing read;
  now caption lines above the header, and the title's year (2022) is the facts' year;
* a section row spanning the table below the header (一、经济发展) — MISFIRED: stacked into every header
  cell (目标值一、经济发展), the table lost; now a row of its own (rows after the second section stay
  unread: the | table ends at it — a missing number, not a wrong one);
* a merged unit column (亿元 over two rows) — read;
* 2022年 | 2023年 over 目标 | 完成 — read; 目标 | 完成 over 2022年 | 2023年 — was not read (目标2022年); a
  kind cell ending in a year is that year's now (``table_kinds.kind_column``);
* 1-6月 over 完成 | 增长%, 全年 over 目标, in a half-year review — MISSED: the part of the year taken from
  the report re-derived the columns without their kinds; now the plan columns are kept;
* a merged first column of categories with several indicators (经济发展 over two rows) — read; 指标
  spanning the name and the unit columns — MISFIRED: taken for a category corner, every row's label was
  its unit; a second column of units is a unit column now; 指标 spanning an indicator and places (全县,
  开发区) or measures (总量, 增速) — nothing read, as it should (no label is an indicator);
* a table of text with figures (分值 | 自评得分 and a 完成情况 cell of prose) — MISFIRED: laid out as |
  rows, its prose cells ran together across rows into one sentence (evidence of several rows, and a subject
  of one row reaching the figures of the next); a cell holding a sentence now keeps the table one cell a
  line, as before h19;
* a parent row spanning both label columns over its sub-items (一般公共预算收入 over 税收收入, 非税收入), a
  serial number under a spanning 项目 — read as designed; a figure spanning two rows (a target of 90
  merged over two indicators) — MISFIRED: repeated in each row, a number the table printed once became
  the second indicator's target too (or a subtotal each item's); now printed once, in its first row;
* 是否完成 (是/否, 完成/未完成) — read as designed; 完成 in a 完成情况 column of figures — MISSED: the whole
  table was lost; a status word in a | row no longer stops a table (its cell gives nothing); a 是否约束性
  column of 是/否 — nothing read (a column the header does not decide: not read).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from passages import check_case, docx_with_table

from govkit.text.read import read_file

#: A self-check or budget report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "某县", "level": "county"}
SELF_CHECK = "关于某县2023年目标责任考核自查情况的报告\n主要指标完成情况如下。\n"
BUDGET = "关于某县2023年预算执行情况的报告\n全县财政收支情况见下表。\n"

CASES: list[dict] = [
    # ---- A1: targets and outturns of the year
    {
        "id": "target_value_actual_value_piped",
        "text": SELF_CHECK + "| 指标 | 单位 | 目标值 | 实际值 |\n| 地区生产总值 | 亿元 | 120 | 123.5 |\n"
        "| 一般公共预算收入 | 亿元 | 8.2 | 8.46 |\n| 森林覆盖率 | % | 62 | 62.3 |\n",
        "facts": [
            ("gdp", "level", 120, 2023, "", "target", None),
            ("gdp", "level", 123.5, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 8.46, 2023, "", "actual", None),
            ("forest_coverage", "level", 62, 2023, "", "target", None),
            ("forest_coverage", "level", 62.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "target_count_actual_count_with_status",
        "text": SELF_CHECK
        + "| 指标 | 单位 | 目标数 | 实际数 | 是否完成 |\n| 地区生产总值 | 亿元 | 120 | 123.5 | 是 |\n"
        "| 一般公共预算收入 | 亿元 | 8.2 | 7.96 | 否 |\n",
        "facts": [
            ("gdp", "level", 123.5, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 8.2, 2023, "", "target", None),
            ("general_budget_revenue", "level", 7.96, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "assessment_target_spaced_with_completion_rate",
        "text": SELF_CHECK
        + "指标 单位 考核目标 完成情况 完成率%\n地区生产总值 亿元 120 123.5 102.9\n森林覆盖率 % 62 62.3 100.5\n",
        "facts": [
            ("gdp", "level", 120, 2023, "", "target", None),
            ("gdp", "level", 123.5, 2023, "", "actual", None),
            ("gdp", "completion_pct", 102.9, 2023, "", "actual", None),
            ("forest_coverage", "level", 62.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "task_count_done_count_titled_with_another_year",
        "text": SELF_CHECK
        + "表1 2022年主要指标完成情况\n单位：亿元\n| 指标 | 任务数 | 完成数 |\n| 地区生产总值 | 110 | 112.8 |\n"
        "| 一般公共预算收入 | 7.8 | 8.01 |\n",
        "facts": [
            ("gdp", "level", 110, 2022, "", "target", None),
            ("gdp", "level", 112.8, 2022, "", "actual", None),
            ("general_budget_revenue", "level", 8.01, 2022, "", "actual", None),
        ],
        "absent": [("gdp", "level", 112.8, 2023), ("gdp", "level", 110, 2023)],
    },
    {
        "id": "near_miss_last_year_actual_beside_next_year_target",
        "text": "关于某县2023年国民经济和社会发展计划执行情况的报告\n二、2024年主要预期目标\n"
        "| 指标 | 单位 | 上年实际值 | 2024年目标 |\n| 地区生产总值 | 亿元 | 123.5 | 130 |\n| 森林覆盖率 | % | 62.3 | 62.5 |\n",
        "facts": [("gdp", "level", 130, 2024, "", "target", None)],
        "absent": [("gdp", "level", 123.5), ("forest_coverage", "level", 62.3)],
    },
    {
        "id": "near_miss_target_value_without_a_unit_for_money",
        "text": SELF_CHECK
        + "| 指标 | 目标值 | 实际值 |\n| 地区生产总值 | 120 | 123.5 |\n| 森林覆盖率(%) | 62 | 62.3 |\n",
        "facts": [("forest_coverage", "level", 62.3, 2023, "", "actual", None)],
        "absent": [("gdp", "level")],
    },
    # ---- A1: the same in a half-year review (1-6月完成 | 增长% | 全年目标)
    {
        "id": "half_year_outturn_beside_full_year_target",
        "text": "某县2023年上半年经济运行情况\n上半年主要指标如下。\n| 指标 | 单位 | 1-6月完成 | 增长% | 全年目标 |\n"
        "| 地区生产总值 | 亿元 | 58.2 | 5.3 | 120 |\n| 一般公共预算收入 | 亿元 | 4.1 | 6.2 | 8.2 |\n",
        "meta": {"report_date": "2023-07-20"},
        "facts": [
            ("gdp", "level", 58.2, 2023, "M1-M6", "actual", None),
            ("gdp", "yoy_pct", 5.3, 2023, "M1-M6", "actual", None),
            ("gdp", "level", 120, 2023, "", "target", None),
            ("general_budget_revenue", "level", 8.2, 2023, "", "target", None),
        ],
        "absent": [("gdp", "level", 58.2, 2023, ""), ("gdp", "level", 120, 2023, "M1-M6")],
    },
    # ---- A3: the 合计 row of a table of items whose title names the indicator
    {
        "id": "total_row_last_spaced_title_joined_with_unit",
        "text": BUDGET
        + "2023年一般公共预算主要支出项目执行情况表\n单位：亿元\n项目 调整预算数 执行数 为调整预算% 比上年增长%\n"
        "教育支出 5.63 5.51 97.9 4.6\n农林水支出 10.12 9.85 97.3 7.4\n城乡社区支出 1.76 1.63 92.6 -6.3\n"
        "其他各项支出 1.53 1.40 91.5 1.4\n合计 19.04 18.39 96.6 4.9\n",
        "facts": [
            ("fiscal_expenditure", "level", 19.04, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 18.39, 2023, "", "actual", None),
            ("fiscal_expenditure", "completion_pct", 96.6, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 4.9, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 5.51), ("fiscal_expenditure", "level", 9.85)],
    },
    {
        "id": "total_row_first_piped_unit_in_title",
        "text": BUDGET + "表3 2023年一般公共预算收入执行情况表（单位：万元）\n| 项目 | 年初预算 | 执行数 | 增长% |\n"
        "| 合计 | 43600 | 45210 | 8.3 |\n| 税收收入 | 21000 | 22180 | 12.3 |\n| 非税收入 | 22600 | 23030 | 4.6 |\n",
        "facts": [
            ("general_budget_revenue", "level", 4.36, 2023, "", "target", None),
            ("general_budget_revenue", "level", 4.521, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 8.3, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 2.218)],
    },
    {
        "id": "near_miss_total_with_the_indicator_among_items_and_transfers",
        "text": BUDGET
        + "2023年一般公共预算收入执行情况表\n单位：亿元\n项目 预算数 执行数\n地方一般公共预算收入 4.20 4.36\n"
        "上级补助收入 27.00 28.74\n债务转贷收入 3.00 3.12\n合计 34.20 36.22\n",
        "facts": [("general_budget_revenue", "level", 4.36, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 36.22), ("general_budget_revenue", "level", 34.2)],
    },
    {
        "id": "near_miss_total_over_items_and_a_transfer",
        "text": BUDGET + "2023年一般公共预算收入执行情况表\n单位：亿元\n项目 预算数 执行数\n税收收入 2.10 2.18\n"
        "非税收入 2.10 2.18\n上级补助收入 27.00 28.74\n合计 31.20 33.10\n",
        "facts": [],
        "absent": [("general_budget_revenue", "level")],
    },
    {
        "id": "near_miss_total_of_a_list_of_projects",
        "text": BUDGET + "全县固定资产投资项目完成情况表\n单位：亿元\n项目 计划投资 完成投资\n县城供水工程 2.1 2.3\n"
        "产业园基础设施 5.4 5.0\n城区道路改造 1.8 1.9\n合计 9.3 9.2\n",
        "facts": [],
        "absent": [("fai",)],
    },
    {
        "id": "near_miss_total_of_townships",
        "text": BUDGET
        + "2023年一般公共预算收入完成情况表\n单位：万元\n单位 预算数 执行数\n城关镇 1200 1260\n新华镇 800 790\n"
        "红旗乡 500 520\n合计 2500 2570\n",
        "facts": [],
        "absent": [("general_budget_revenue", "level")],
    },
    {
        "id": "near_miss_total_in_the_middle_and_grand_total",
        "text": BUDGET
        + "2023年一般公共预算主要支出项目执行情况表\n单位：亿元\n项目 调整预算数 执行数\n教育支出 5.63 5.51\n"
        "合计 17.28 16.76\n农林水支出 10.12 9.85\n其他各项支出 1.53 1.40\n\n各位代表，全年收支情况如下。\n"
        "2023年一般公共预算支出执行情况表\n单位：亿元\n项目 调整预算数 执行数\n教育支出 5.63 5.51\n"
        "农林水支出 10.12 9.85\n其他各项支出 1.53 1.40\n总计 17.28 16.76\n",
        "facts": [],
        "absent": [("fiscal_expenditure", "level")],
    },
    {
        "id": "near_miss_total_under_a_title_with_other_words",
        "text": BUDGET
        + "2023年地区生产总值及构成\n单位：亿元\n项目 2023年 增长%\n第一产业 30.2 3.9\n第二产业 60.5 6.1\n"
        "第三产业 95.7 5.8\n合计 186.4 5.6\n",
        "facts": [("primary_va", "level", 30.2, 2023, "", "actual", None)],
        "absent": [("gdp",)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)


# ---- HTML and DOCX tables with merged cells ---------------------------------------------------------
_PAGE = '<html><head><meta charset="utf-8"><title>{t}</title></head><body><p>{p}</p>{tb}</body></html>'


def _html(tmp_path: Path, table: str, title: str = "某县2023年目标责任考核自查报告", lead: str = "主要指标：") -> str:
    (tmp_path / "t.html").write_text(_PAGE.format(t=title, p=lead, tb=table), encoding="utf-8")
    return read_file(tmp_path / "t.html").text


HTML_CASES: list[dict] = [
    {
        "id": "parent_rows_spanning_the_label_columns_over_sub_items",
        "table": '<p>单位：亿元</p><table border="1"><tr><td colspan="2">项目</td><td>预算数</td><td>执行数</td></tr>'
        '<tr><td colspan="2">一般公共预算收入</td><td>9.0</td><td>9.36</td></tr>'
        '<tr><td rowspan="2"></td><td>税收收入</td><td>6.0</td><td>6.1</td></tr><tr><td>非税收入</td><td>3.0</td><td>3.26</td></tr>'
        '<tr><td colspan="2">一般公共预算支出</td><td>30.0</td><td>29.5</td></tr></table>',
        "lines": ["| 一般公共预算收入 | | 9.0 | 9.36 |"],
        "facts": [
            ("general_budget_revenue", "level", 9.36, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 30.0, 2023, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 6.1), ("general_budget_revenue", "level", 3.26)],
    },
    {
        "id": "figure_spanning_two_rows_is_printed_once",
        "table": '<table border="1"><tr><td>指标</td><td>单位</td><td>目标值</td><td>实际值</td></tr>'
        '<tr><td>空气质量优良天数比例</td><td>%</td><td rowspan="2">90</td><td>93.4</td></tr>'
        "<tr><td>地表水考核断面达标率</td><td>%</td><td>100</td></tr></table>",
        # (the rows it covers below its first print ↑: the target is of both rows, not the first row's alone,
        # r17a)
        "lines": ["| 地表水考核断面达标率 | % | ↑ | 100 |"],
        "facts": [
            ("good_air_rate", "level", 93.4, 2023, "", "actual", None),
            ("surface_water_rate", "level", 100, 2023, "", "actual", None),
        ],
        "absent": [("surface_water_rate", "level", 90.0), ("good_air_rate", "level", 90.0)],
    },
    {
        "id": "serial_numbers_under_a_spanning_name",
        "table": '<table border="1"><tr><td colspan="2">项目</td><td>单位</td><td>2023年</td></tr>'
        "<tr><td>1</td><td>地区生产总值</td><td>亿元</td><td>186.4</td></tr>"
        "<tr><td>2</td><td>一般公共预算收入</td><td>亿元</td><td>9.36</td></tr></table>",
        "lines": ["| 1 | 地区生产总值 | 亿元 | 186.4 |"],
        "facts": [("gdp", "level", 186.4, 2023, "", "actual", None)],
        "absent": [("gdp", "level", 1.0)],
    },
    {
        "id": "merged_caption_row_and_two_row_header",
        "table": '<table border="1"><tr><td colspan="4">单位：亿元</td></tr><tr><td rowspan="2">项目</td>'
        '<td colspan="2">2023年</td><td rowspan="2">比上年增长%</td></tr><tr><td>预算数</td><td>执行数</td></tr>'
        "<tr><td>一般公共预算收入</td><td>10.20</td><td>10.52</td><td>6.3</td></tr>"
        "<tr><td>一般公共预算支出</td><td>35.60</td><td>34.87</td><td>3.1</td></tr></table>",
        "lines": ["单位：亿元", "| 项目 | 2023年预算数 | 2023年执行数 | 比上年增长% |"],
        "facts": [
            ("fiscal_expenditure", "level", 34.87, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 35.6, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "title_caption_beside_a_unit_caption",
        "table": '<table border="1"><tr><td colspan="3">2022年主要指标完成情况</td><td>单位：亿元</td></tr>'
        "<tr><td>指标</td><td>目标</td><td>完成</td><td>增长%</td></tr>"
        "<tr><td>地区生产总值</td><td>110</td><td>112.8</td><td>5.1</td></tr>"
        "<tr><td>一般公共预算收入</td><td>7.8</td><td>8.01</td><td>6.0</td></tr></table>",
        "lines": ["2022年主要指标完成情况", "单位：亿元", "| 指标 | 目标 | 完成 | 增长% |"],
        "facts": [
            ("gdp", "level", 112.8, 2022, "", "actual", None),
            ("gdp", "yoy_pct", 5.1, 2022, "", "actual", None),
            ("general_budget_revenue", "level", 7.8, 2022, "", "target", None),
        ],
        "absent": [("gdp", "level", 112.8, 2023)],
    },
    {
        "id": "section_rows_spanning_the_table",
        "table": '<table border="1"><tr><td>指标</td><td>单位</td><td>目标值</td><td>实际值</td></tr>'
        '<tr><td colspan="4">一、经济发展</td></tr><tr><td>地区生产总值</td><td>亿元</td><td>120</td><td>123.5</td></tr>'
        '<tr><td colspan="4">二、生态环境</td></tr><tr><td>森林覆盖率</td><td>%</td><td>62</td><td>62.3</td></tr></table>',
        "lines": ["| 指标 | 单位 | 目标值 | 实际值 |", "| 一、经济发展 | | | |"],
        "facts": [("gdp", "level", 123.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "merged_unit_column",
        "table": '<table border="1"><tr><td>指标</td><td>单位</td><td>2023年</td><td>增长%</td></tr>'
        '<tr><td>地区生产总值</td><td rowspan="2">亿元</td><td>186.4</td><td>5.6</td></tr>'
        "<tr><td>第一产业增加值</td><td>30.2</td><td>3.9</td></tr>"
        '<tr><td>城镇常住居民人均可支配收入</td><td rowspan="2">元</td><td>42350</td><td>5.0</td></tr>'
        "<tr><td>农村常住居民人均可支配收入</td><td>18720</td><td>7.6</td></tr></table>",
        "lines": ["| 第一产业增加值 | 亿元 | 30.2 | 3.9 |"],
        "facts": [
            ("primary_va", "level", 30.2, 2023, "", "actual", None),
            ("rural_income", "level", 18720, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "years_over_target_and_outturn",
        "table": '<table border="1"><tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">2022年</td>'
        '<td colspan="2">2023年</td></tr><tr><td>目标</td><td>完成</td><td>目标</td><td>完成</td></tr>'
        "<tr><td>地区生产总值</td><td>亿元</td><td>110</td><td>112.8</td><td>120</td><td>123.5</td></tr></table>",
        "lines": ["| 指标 | 单位 | 2022年目标 | 2022年完成 | 2023年目标 | 2023年完成 |"],
        "facts": [
            ("gdp", "level", 110, 2022, "", "target", None),
            ("gdp", "level", 112.8, 2022, "", "actual", None),
            ("gdp", "level", 120, 2023, "", "target", None),
            ("gdp", "level", 123.5, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "target_and_outturn_over_years",
        "table": '<table border="1"><tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">目标</td>'
        '<td colspan="2">完成</td></tr><tr><td>2022年</td><td>2023年</td><td>2022年</td><td>2023年</td></tr>'
        "<tr><td>森林覆盖率</td><td>%</td><td>61.5</td><td>62</td><td>61.8</td><td>62.3</td></tr></table>",
        "lines": ["| 指标 | 单位 | 目标2022年 | 目标2023年 | 完成2022年 | 完成2023年 |"],
        "facts": [
            ("forest_coverage", "level", 61.5, 2022, "", "target", None),
            ("forest_coverage", "level", 61.8, 2022, "", "actual", None),
            ("forest_coverage", "level", 62.3, 2023, "", "actual", None),
        ],
        "absent": [("forest_coverage", "level", 62.3, 2023, "", "target")],
    },
    {
        "id": "name_spanning_name_and_unit_columns",
        "table": '<table border="1"><tr><td colspan="2">指标</td><td>2023年</td><td>增长%</td></tr>'
        "<tr><td>地区生产总值</td><td>亿元</td><td>186.4</td><td>5.6</td></tr>"
        "<tr><td>一般公共预算收入</td><td>亿元</td><td>9.36</td><td>6.1</td></tr></table>",
        "lines": ["| 指标 | 指标 | 2023年 | 增长% |"],
        "facts": [
            ("gdp", "level", 186.4, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_indicator_spanning_places",
        "table": '<table border="1"><tr><td colspan="2">指标</td><td>2023年</td><td>增长%</td></tr>'
        '<tr><td rowspan="2">地区生产总值(亿元)</td><td>全县</td><td>186.4</td><td>5.6</td></tr>'
        "<tr><td>开发区</td><td>40.2</td><td>8.1</td></tr></table>",
        "lines": [],
        "facts": [],
        "absent": [("gdp", "level", 40.2), ("gdp", "yoy_pct", 8.1)],
    },
    {
        "id": "near_miss_indicator_spanning_its_measures",
        "table": '<table border="1"><tr><td colspan="2">项目</td><td>2022年</td><td>2023年</td></tr>'
        '<tr><td rowspan="2">地区生产总值</td><td>总量(亿元)</td><td>176.5</td><td>186.4</td></tr>'
        "<tr><td>增速(%)</td><td>4.2</td><td>5.6</td></tr></table>",
        "lines": [],
        "facts": [],
        "absent": [("gdp", "level", 4.2), ("gdp", "level", 5.6)],
    },
    {
        "id": "text_table_with_scores_and_prose_cells",
        "table": '<table border="1"><tr><td>考核项目</td><td>考核内容</td><td>分值</td><td>自评得分</td><td>完成情况</td></tr>'
        '<tr><td rowspan="2">经济发展</td><td>地区生产总值增长</td><td>10</td><td>10</td><td>全县地区生产总值123.5亿元，增长5.1%</td></tr>'
        "<tr><td>招商引资</td><td>8</td><td>7.5</td><td>增长6.0%，未完成目标</td></tr>"
        "<tr><td>生态</td><td>森林覆盖率</td><td>5</td><td>5</td><td>森林覆盖率达到62.3%</td></tr></table>",
        "lines": ["全县地区生产总值123.5亿元，增长5.1%"],
        "facts": [
            ("gdp", "level", 123.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("forest_coverage", "level", 62.3, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0), ("gdp", "level", 10.0)],
    },
    {
        "id": "status_word_in_an_outturn_column",
        "table": '<table border="1"><tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">2023年</td></tr>'
        "<tr><td>目标值</td><td>完成情况</td></tr><tr><td>地区生产总值</td><td>亿元</td><td>120</td><td>123.5</td></tr>"
        "<tr><td>一般公共预算收入</td><td>亿元</td><td>8.2</td><td>完成</td></tr>"
        "<tr><td>森林覆盖率</td><td>%</td><td>62</td><td>62.3</td></tr></table>",
        "lines": ["| 一般公共预算收入 | 亿元 | 8.2 | 完成 |"],
        "facts": [
            ("gdp", "level", 123.5, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 8.2, 2023, "", "target", None),
            ("forest_coverage", "level", 62.3, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 8.2, 2023, "", "actual")],
    },
    {
        "id": "status_column_under_the_year",
        "table": '<table border="1"><tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="3">2023年</td></tr>'
        "<tr><td>目标</td><td>完成</td><td>是否完成</td></tr>"
        "<tr><td>地区生产总值</td><td>亿元</td><td>120</td><td>123.5</td><td>完成</td></tr>"
        "<tr><td>一般公共预算收入</td><td>亿元</td><td>8.2</td><td>7.96</td><td>未完成</td></tr></table>",
        "lines": ["| 指标 | 单位 | 2023年目标 | 2023年完成 | 2023年是否完成 |"],
        "facts": [
            ("general_budget_revenue", "level", 8.2, 2023, "", "target", None),
            ("general_budget_revenue", "level", 7.96, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_miss_yes_no_column_of_another_meaning",
        "table": '<table border="1"><tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">2023年</td>'
        '<td rowspan="2">是否约束性</td></tr><tr><td>目标</td><td>完成</td></tr>'
        "<tr><td>地区生产总值</td><td>亿元</td><td>120</td><td>123.5</td><td>否</td></tr>"
        "<tr><td>单位GDP能耗下降(%)</td><td>%</td><td>3</td><td>3.2</td><td>是</td></tr></table>",
        "lines": [],
        "facts": [],
        "absent": [("gdp", "level", 3.0), ("gdp", "level", 3.2), ("energy_intensity", "level")],
    },
]


@pytest.mark.parametrize("case", HTML_CASES, ids=[c["id"] for c in HTML_CASES])
def test_html_case(tmp_path, case):
    text = _html(tmp_path, case["table"])
    for line in case["lines"]:
        assert line in text.split("\n"), text
    check_case({"id": case["id"], "text": text, "facts": case["facts"], "absent": case["absent"]}, META)


def test_text_table_with_prose_cells_stays_one_cell_a_line(tmp_path):
    text = _html(
        tmp_path, HTML_CASES[[c["id"] for c in HTML_CASES].index("text_table_with_scores_and_prose_cells")]["table"]
    )
    assert "|" not in text  # the prose of one row never runs into the next row's cells


def _docx(path: Path) -> Path:
    rows = [
        ["", "", "", "", ""],
        ["", "", "", "目标值", "实际值"],
        ["", "地区生产总值", "亿元", "120", "123.5"],
        ["", "一般公共预算收入", "亿元", "8.2", "8.46"],
        ["生态环境", "森林覆盖率", "%", "62", "62.3"],
    ]
    merges = [(0, 0, 1, 1, "指标"), (0, 2, 1, 2, "单位"), (0, 3, 0, 4, "2023年"), (2, 0, 3, 0, "经济发展")]
    paragraphs = ["关于某县2023年目标责任考核自查情况的报告", "主要指标完成情况如下："]
    return docx_with_table(path / "t.docx", paragraphs, rows, merges)


def test_docx_target_and_actual_value_under_a_merged_year(tmp_path):
    text = read_file(_docx(tmp_path)).text
    assert "| 指标 | 指标 | 单位 | 2023年目标值 | 2023年实际值 |" in text
    case = {
        "id": "docx_target_actual",
        "text": text,
        "facts": [
            ("gdp", "level", 120, 2023, "", "target", None),
            ("gdp", "level", 123.5, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 8.46, 2023, "", "actual", None),
            ("forest_coverage", "level", 62.3, 2023, "", "actual", None),
        ],
        "absent": [],
    }
    check_case(case, META)


def test_html_total_row_under_a_title_caption_row(tmp_path):
    """The 合计 of a table of items in an HTML page: its title and unit in a caption row spanning the table."""
    table = (
        '<table border="1"><tr><td colspan="2">2023年一般公共预算主要支出项目执行情况表</td><td>单位：万元</td></tr>'
        "<tr><td>项目</td><td>调整预算数</td><td>执行数</td></tr><tr><td>教育支出</td><td>56300</td><td>55100</td></tr>"
        "<tr><td>农林水支出</td><td>101200</td><td>98500</td></tr><tr><td>其他支出</td><td>15300</td><td>14000</td></tr>"
        "<tr><td>合计</td><td>172800</td><td>167600</td></tr></table>"
    )
    text = _html(tmp_path, table, "关于某县2023年预算执行情况的报告", "主要支出项目执行情况见下表。")
    case = {
        "id": "html_total_row",
        "text": text,
        "facts": [
            ("fiscal_expenditure", "level", 17.28, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 16.76, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 5.51), ("fiscal_expenditure", "level", 9.85)],
    }
    check_case(case, META)
