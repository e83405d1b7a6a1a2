"""Constructions of real reports that govkit missed (seen by session 14's reviewers), by class:

- an assessment table flattened into one paragraph of several items (指标一:地区生产总值增长率。目标值:6%;
  完成值:6.3%。指标二:…): the label opens an item at any sentence of the paragraph and may be numbered
  (指标一:, 指标2:); so does a numbered title ((二)…, 2.…) in a paragraph that opened on one; a later label naming no catalog indicator, or two, gives nothing, and its values are
  never read under the item before it;
- 涉及 before the subject opening a modifier that names the whole region's townships or villages
  (涉及全县12个乡镇的重点项目完成投资38.6亿元; 全县投入涉及全县所有行政村的衔接资金…): the region's own sum,
  not an audit's concerned sum; a modifier naming a group or a part (涉及脱贫户的衔接资金, 涉及民生领域的
  一般公共预算支出: a part, not the total) and an audit's bare concerned sum stay unread.

- a table with a second section row (a row only naming a group of the rows: 二、财政金融, (二)人民生活), in
  plain text (spaced or |), HTML and DOCX (with the row merged across the table or its other cells empty):
  the rows after it are the table's (they were missed: the section row ended the table, or broke the
  count of cells); a section naming a group, a place or a part (其中…, (一)城镇居民, 二、城关镇) or targets
  (三、预期目标) still ends the table (its rows are that part's or targets, not the region's actuals).

- a figure restated on a new scope with 统计 or 核算 (…172.5亿元,按新口径统计为186.3亿元): read as with 计算 (the
  restated level was missed); the two levels of one key are both kept, flagged conflict (the spec names no
  basis, the report prints both: no silent choice); a rate on the new scope is the adjusted one.

Each case is a short passage of its own (not copied from any corpus); every case but the near misses
failed before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from passages import check_case, docx_with_table, passage_facts

from govkit.text.read import read_file

#: An assessment self-check of December 2023 on 2023.
CHECK = {"year": 2023, "report_date": "2023-12-20", "region": "平利县", "level": "county"}
#: A work report of January 2024 on 2023.
REPORT = {"year": 2023, "report_date": "2024-01-10", "region": "平利县", "level": "county"}

ITEMS: list[dict] = [
    {
        "id": "three_numbered_items_one_paragraph",
        "text": "指标一:地区生产总值增长率。目标值:6%;完成值:6.3%。指标二:规模以上工业增加值增速。目标值:8%;"
        "完成值:8.5%。指标三:城镇居民人均可支配收入。目标值:38000元;完成值:38650元。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2023, "", "target", None),
            ("gdp", "yoy_pct", 6.3, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.0, 2023, "", "target", None),
            ("industrial_va", "yoy_pct", 8.5, 2023, "", "actual", None),
            ("urban_income", "level", 38000, 2023, "", "target", None),
            ("urban_income", "level", 38650, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 8.5), ("gdp", "yoy_pct", 8.0), ("industrial_va", "level")],
    },
    {
        # the paragraph opens on its heading's words; the items follow in the same paragraph, labels in digits
        "id": "items_after_an_opening_sentence",
        "text": "一、主要指标完成情况。指标1:一般公共预算收入。目标值:5.2亿元。完成值:5.4亿元,增长6.1%。"
        "指标2:城镇新增就业人数。目标值:2000人。完成值:2356人。",
        "facts": [
            ("general_budget_revenue", "level", 5.2, 2023, "", "target", None),
            ("general_budget_revenue", "level", 5.4, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 2000, 2023, "", "target", None),
            ("new_urban_jobs", "level", 2356, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 2000), ("general_budget_revenue", "level", 2356)],
    },
    {
        # a later item dated by its own label sentence keeps its own year (the first item's year does not carry)
        "id": "second_item_with_a_dated_target",
        "text": "二、民生保障\n指标:城镇登记失业率。目标值:4.5%。完成值:3.2%。指标:城镇新增就业。目标:2025年达到3000人。"
        "完成值:2356人。",
        "facts": [
            ("unemployment_rate", "level", 4.5, 2023, "", "target", None),
            ("unemployment_rate", "level", 3.2, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 3000, 2025, "", "target", None),
        ],
        "absent": [("new_urban_jobs", "level", 2356, 2025), ("unemployment_rate", "level", 2356)],
    },
    {
        # numbered items' titles (1., (二)) in one paragraph opened by such a title: each item read
        "id": "numbered_titles_one_paragraph",
        "text": "(一)地区生产总值增速。目标值:6%。完成值:6.3%。(二)规模以上工业增加值增速。目标值:8%。完成值:8.5%。"
        "(三)农民工培训人数。目标值:500人。完成值:520人。",
        "facts": [
            ("gdp", "yoy_pct", 6.3, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.0, 2023, "", "target", None),
            ("industrial_va", "yoy_pct", 8.5, 2023, "", "actual", None),
        ],
        "absent": [("industrial_va", "level"), ("industrial_va", "yoy_pct", 500), ("industrial_va", "yoy_pct", 520)],
    },
    {
        # near miss: a numbered title inside a paragraph that did not open on an item's title: not read as one
        "id": "numbered_title_inside_prose",
        "text": "全县地区生产总值156亿元。2.一般公共预算收入。目标值:5亿元。完成值:5.4亿元。",
        "facts": [("gdp", "level", 156, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue",), ("gdp", "level", 5.4)],
    },
    {
        # near miss: a later label naming no catalog indicator: nothing of it, and nothing of it under the first
        "id": "later_label_of_no_indicator",
        "text": "指标一:城镇新增就业。目标值:2000人。完成值:2356人。指标二:农民工技能培训人数。目标值:3000人。"
        "完成值:3200人。",
        "facts": [("new_urban_jobs", "level", 2356, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 3000), ("new_urban_jobs", "level", 3200)],
    },
    {
        # near miss: a later label naming two indicators: no item, its values not read under the first
        "id": "later_label_of_two_indicators",
        "text": "指标一:一般公共预算收入。目标值:5.2亿元。完成值:5.4亿元。指标二:城镇和农村居民人均可支配收入。"
        "目标值:30000元。完成值:31000元。",
        "facts": [("general_budget_revenue", "level", 5.4, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue", "level", 30000), ("general_budget_revenue", "level", 31000)],
    },
    {
        # near miss: a label with its figure in the same sentence is no title (read as before)
        "id": "later_label_with_its_figure",
        "text": "指标一:城镇新增就业。目标值:2000人。完成值:2356人。考核指标:化解政府隐性债务1.5亿元;完成情况:"
        "全年化解1.8亿元。",
        "facts": [("new_urban_jobs", "level", 2356, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 1.5), ("new_urban_jobs", "level", 1.8)],
    },
]


@pytest.mark.parametrize("case", ITEMS, ids=[c["id"] for c in ITEMS])
def test_assessment_items_in_one_paragraph(case):
    check_case(case, CHECK)


CONCERNED: list[dict] = [
    {
        "id": "projects_covering_all_townships_verb_after",
        "text": "涉及全县12个乡镇的重点项目完成投资38.6亿元。",
        "facts": [("key_project_investment", "level", 38.6, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "projects_covering_all_townships_counted_first",
        "text": "全年实施涉及全县12个乡镇的重点项目46个,完成投资38.6亿元。",
        "facts": [("key_project_investment", "level", 38.6, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "funds_put_in_covering_all_villages",
        "text": "全县投入涉及全县所有行政村的衔接资金1.36亿元,增长8.2%。",
        "facts": [("poverty_funds", "level", 1.36, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "farmland_covering_all_townships",
        "text": "覆盖全县8个乡镇的高标准农田建设完成5.2万亩。",
        "facts": [("high_standard_farmland", "level", 52000, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: a part of the spending (涉及民生领域的…) is not the total
        "id": "part_of_spending_named_by_modifier",
        "text": "涉及民生领域的一般公共预算支出完成18.6亿元。",
        "facts": [],
        "absent": [("fiscal_expenditure",)],
    },
    {
        # near miss: a group's funds (涉及脱贫户的…): a part of the funds, left unread
        "id": "group_of_households_funds",
        "text": "全县投入涉及脱贫户的衔接资金1.36亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        # near miss: an audit's concerned sum, bare after the subject, even over all townships
        "id": "audit_concerned_sum_over_townships",
        "text": "3个单位政府采购程序不规范,涉及全县5个乡镇的衔接资金3.2亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "audit_concerned_sum_bare",
        "text": "3个单位政府采购程序不规范,涉及衔接资金1162.8万元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        # near miss: some townships only (no 全县): a part of the region
        "id": "some_townships_only",
        "text": "覆盖8个乡镇的重点项目完成投资12.6亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
]


@pytest.mark.parametrize("case", CONCERNED, ids=[c["id"] for c in CONCERNED])
def test_concerned_modifier_of_the_whole_region(case):
    check_case(case, REPORT)


# ---- a table with section rows (二、财政金融, (二)人民生活): the rows after a section row are the table's
#: A statistical bulletin of March 2024 on 2023.
BULLETIN = {"year": 2023, "report_date": "2024-03-10", "region": "平利县", "level": "county"}
_SECTIONED = [
    ("一、经济总量", None),
    ("地区生产总值", ("亿元", "156.3", "6.1")),
    ("规模以上工业增加值", ("亿元", "42.1", "8.2")),
    ("二、财政金融", None),
    ("一般公共预算收入", ("亿元", "5.4", "6.5")),
    ("一般公共预算支出", ("亿元", "32.6", "3.1")),
    ("(三)人民生活", None),
    ("城镇居民人均可支配收入", ("元", "38650", "5.6")),
    ("农村居民人均可支配收入", ("元", "14230", "7.8")),
]
_HEAD = ("指标名称", "单位", "绝对数", "比上年增长(%)")
_SECTIONED_FACTS = [
    ("gdp", "level", 156.3, 2023, "", "actual", None),
    ("industrial_va", "yoy_pct", 8.2, 2023, "", "actual", None),
    ("general_budget_revenue", "level", 5.4, 2023, "", "actual", None),
    ("fiscal_expenditure", "yoy_pct", 3.1, 2023, "", "actual", None),
    ("urban_income", "level", 38650, 2023, "", "actual", None),
    ("rural_income", "yoy_pct", 7.8, 2023, "", "actual", None),
]


def _spaced(rows) -> str:
    lines = ["平利县2023年国民经济和社会发展统计公报", "", "表1  2023年主要指标", "    ".join(_HEAD)]
    lines += [label if v is None else "    ".join((label, *v)) for label, v in rows]
    return "\n".join(lines) + "\n"


def _piped(rows) -> str:
    lines = ["平利县2023年国民经济和社会发展统计公报", "", "| " + " | ".join(_HEAD) + " |", "|---|---|---|---|"]
    lines += [f"| {label} |  |  |  |" if v is None else "| " + " | ".join((label, *v)) + " |" for label, v in rows]
    return "\n".join(lines) + "\n"


def _html(rows, colspan: bool) -> str:
    h = (
        '<html><head><meta charset="utf-8"><title>平利县2023年国民经济和社会发展统计公报</title></head><body>'
        '<p>平利县2023年国民经济和社会发展统计公报</p><table border="1"><tr>'
        + "".join(f"<td>{x}</td>" for x in _HEAD)
        + "</tr>"
    )
    for label, v in rows:
        if v is None:
            h += (
                f'<tr><td colspan="4">{label}</td></tr>'
                if colspan
                else f"<tr><td>{label}</td><td></td><td></td><td></td></tr>"
            )
        else:
            h += "<tr>" + "".join(f"<td>{x}</td>" for x in (label, *v)) + "</tr>"
    return h + "</table></body></html>"


def _docx(rows, path: Path, merge: bool) -> Path:
    grid = [list(_HEAD)] + [[label, *(v or ("", "", ""))] for label, v in rows]
    merges = [(r, 0, r, 3, None) for r, (_, v) in enumerate(rows, 1) if not v and merge]
    return docx_with_table(path, ["平利县2023年国民经济和社会发展统计公报"], grid, merges)


def _text_of(layout: str, rows, tmp_path: Path) -> str:
    if layout == "spaced":
        return _spaced(rows)
    if layout == "piped":
        return _piped(rows)
    if layout.startswith("html"):
        (tmp_path / "t.html").write_text(_html(rows, layout == "html_colspan"), encoding="utf-8")
        return read_file(tmp_path / "t.html").text
    return read_file(_docx(rows, tmp_path / "t.docx", layout == "docx_merged")).text


LAYOUTS = ("spaced", "piped", "html_colspan", "html_plain", "docx_merged", "docx_plain")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_rows_after_section_rows_are_read(layout, tmp_path):
    text = _text_of(layout, _SECTIONED, tmp_path)
    check_case({"id": f"sections_{layout}", "text": text, "facts": _SECTIONED_FACTS, "absent": []}, BULLETIN)


#: Near misses: a section naming a group of residents or a township owns the rows under it; a section of
#: targets holds targets: the rows after it stay unread (as before), never read as the region's actuals.
_QUALIFIED = [
    ("地区生产总值", ("亿元", "156.3", "6.1")),
    ("规模以上工业增加值", ("亿元", "42.1", "8.2")),
    ("(一)城镇居民", None),
    ("人均可支配收入", ("元", "38650", "5.6")),
    ("人均消费支出", ("元", "25100", "4.2")),
    ("二、城关镇", None),
    ("一般公共预算收入", ("亿元", "1.2", "3.5")),
    ("地区生产总值", ("亿元", "38.2", "5.2")),
    ("三、预期目标", None),
    ("一般公共预算支出", ("亿元", "35.0", "7.0")),
    ("农村居民人均可支配收入", ("元", "15300", "7.5")),
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_rows_after_a_qualifying_section_stay_unread(layout, tmp_path):
    text = _text_of(layout, _QUALIFIED, tmp_path)
    case = {
        "id": f"qualified_{layout}",
        "text": text,
        "facts": [("gdp", "level", 156.3, 2023, "", "actual", None)],
        "absent": [
            ("resident_income",),
            ("urban_income",),
            ("general_budget_revenue",),
            ("gdp", "level", 38.2),
            ("fiscal_expenditure",),
            ("rural_income",),
        ],
    }
    check_case(case, BULLETIN)


def test_section_line_between_tables_of_other_widths_joins_nothing():
    # a heading between two tables of different widths: the second has no header and stays unread
    text = (
        "平利县2023年国民经济和社会发展统计公报\n指标名称    单位    绝对数    比上年增长(%)\n"
        "地区生产总值    亿元    156.3    6.1\n规模以上工业增加值    亿元    42.1    8.2\n二、财政金融\n"
        "一般公共预算收入    亿元    5.4    6.5    8.0\n一般公共预算支出    亿元    32.6    3.1    4.0\n"
    )
    case = {
        "id": "other_width",
        "text": text,
        "facts": [("gdp", "level", 156.3, 2023, "", "actual", None)],
        "absent": [("general_budget_revenue",), ("fiscal_expenditure",)],
    }
    check_case(case, BULLETIN)


# ---- a figure restated on a new scope (按新口径统计为…): read as 按新口径计算为… was; two levels of one key
#: are both kept and flagged conflict (no silent choice); a rate on the new scope is the adjusted one.
RESTATED: list[dict] = [
    {
        "id": "level_restated_counted_on_new_scope",
        "text": "全县规模以上工业总产值172.5亿元,按新口径统计为186.3亿元。",
        "facts": [
            ("industrial_output", "level", 172.5, 2023, "", "actual", None),
            ("industrial_output", "level", 186.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "jobs_restated_counted_on_new_scope",
        "text": "全县城镇新增就业2760人,按新口径核算为2860人。",
        "facts": [
            ("new_urban_jobs", "level", 2760, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 2860, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "rate_restated_counted_on_new_scope",
        "text": "全县固定资产投资增长3.1%,按新口径统计增长7.9%。",
        "facts": [("fai", "yoy_pct", 7.9, 2023, "", "actual", None)],
        "absent": [("fai", "yoy_pct", 3.1)],
    },
    {
        # near miss: firms counted are no catalog indicator (nothing, as before)
        "id": "firms_counted_on_new_scope",
        "text": "年末全县规模以上工业企业172家,按新口径统计为186家。",
        "facts": [],
        "absent": [("industrial_output",), ("industrial_va",)],
    },
]


@pytest.mark.parametrize("case", RESTATED, ids=[c["id"] for c in RESTATED])
def test_figure_restated_on_a_new_scope(case):
    check_case(case, BULLETIN)


def test_restated_levels_are_flagged_in_conflict():
    f = passage_facts(RESTATED[0], BULLETIN)
    pair = f[(f.indicator == "industrial_output") & (f.measure == "level")]
    assert len(pair) == 2 and pair["flags"].str.contains("conflict").all(), pair
