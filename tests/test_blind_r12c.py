"""Constructions found by the blind set h7 (session 10): reports as users receive them (GBK and UTF-8
HTML pages, PDFs printed by a browser, DOCX, GB18030 and UTF-8-BOM text), by class:

* reading — radicals in a PDF text layer: a CJK font draws a Kangxi radical (U+2F00–) or a radical
  supplement form (U+2E80–) and an ideograph with one glyph, and the PDF writer may map the glyph
  back to the radical (``⼀般公共预算收⼊``, ``增⻓``, ``12⽉18⽇``): cleaning makes them the
  ideographs (``data/clean/radicals.csv``), so subjects, measure words and dates are read;
* reading — running heads and feet of a PDF (an issuing body and document number, a printing note,
  ``— 1 —``) printed on every page stand inside a paragraph that crosses a page break; they are
  dropped (``govkit.text.pdf_furniture``), but for the closing line of the last page;
* time — a paragraph opening on what a year is (``今年是实现“十四五”规划目标任务的关键一年``) names
  a plan period that describes the year: the targets after it are that year's, not the period's end;
* milestones — a threshold crossed (``经济总量首次突破260亿元``) whose exact level of the same time the
  document prints in another sentence (``预计全年实现地区生产总值268.5亿元``) is no second figure;
* measures — growth since the start of the year (``9月末…贷款余额236.4亿元,较年初增长9.8%``) of a
  balance within the year is not year-on-year growth (at the year's end it is);
* tables — a row label with a symbol in brackets (``细颗粒物(PM2.5)``, ``二氧化硫(SO2)``): the symbol
  is part of the name, not the row's unit, so the row is read;
* reading — a browser's PDF (fonts without FontBBox) made pdfminer log a warning per glyph, hundreds of
  lines in a run; its loggers now report errors only;
* reading — a DOCX text box (``w:txbxContent``, VML or DrawingML with its VML fallback) was left out
  by python-docx's paragraph text: its paragraphs are read once, after the paragraph anchoring it;
* scoring — ``govkit evaluate`` keys equal parts of a year as one (Q1-Q3 and M1-M9), as the shared
  scorer and EXTRACTION.md do;
* damaged files (a truncated PDF, a DOCX that is no ZIP package, an HTML page of only site chrome):
  one line naming the file each, and the other files of the run lose nothing.

Each case is a short passage of its own (not copied from the blind set or any corpus); every case but
the near misses and the damaged-file check (which main passes already) failed before; one case
found while probing (an HTML table with a two-row merged header) was a strict xfail: since h19 the table
is laid out on its grid (``2023年预算数 | 2023年执行数``) and its header decides every column; its levels
stay unread without a unit (万元 or 亿元?), and are read under a 单位 caption (s14-t16).
"""

from __future__ import annotations

import csv
import subprocess
import sys

import pandas as pd
import pytest
from passages import check_case, check_meta

from govkit.text.pdf_furniture import drop_running_lines

#: A work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "五华县", "level": "county"}
#: A report on the first three quarters of 2023.
Q3 = {"year": 2023, "report_date": "2023-10-20"}

CASES: list[dict] = [
    # ---- radicals of a PDF text layer
    {
        "id": "kangxi_radicals_in_subject_and_growth",
        "text": "全县⼀般公共预算收⼊完成18.46亿元,同⽐增⻓15.3%。",
        "facts": [
            ("general_budget_revenue", "level", 18.46, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 15.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "supplement_radicals_in_poverty_subjects",
        "text": "全年脱贫劳动⼒外出务⼯3.2万⼈;农村卫⽣厕所普及率达到88.6%,⽐上年提⾼1.9个百分点。",
        "facts": [
            ("poverty_labor_transfer", "level", 32000, 2023, "", "actual", None),
            ("rural_toilet_rate", "level", 88.6, 2023, "", "actual", None),
            ("rural_toilet_rate", "pp_change", 1.9, 2023, "", "actual", None),
        ],
        "absent": [("poverty_households_lifted",)],
    },
    {
        "id": "radicals_in_people_and_wind",
        "text": "城镇常住居⺠⼈均可⽀配收⼊41250元,增⻓4.6%;完成农村危房改造⼆百⼾以上的任务,实际改造236⼾。",
        "facts": [
            ("urban_income", "level", 41250, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 4.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 今年是…“十四五”…之年: the year, not the plan period
    {
        "id": "this_year_is_a_key_year_of_the_plan",
        "text": (
            "一、2023年工作回顾\n全县地区生产总值增长5.1%。\n二、2024年工作安排\n"
            "今年是实现“十四五”规划目标任务的关键一年。全县主要预期目标是:一般公共预算收入增长6%;"
            "城镇新增就业3000人。"
        ),
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6, 2024, "", "target", None),
            ("new_urban_jobs", "level", 3000, 2024, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 6, 2025), ("new_urban_jobs", "level", 3000, 2025)],
    },
    {
        "id": "printed_year_is_the_year_to_complete_the_plan",
        "text": (
            "二、2024年工作安排\n2024年是完成“十四五”规划目标任务的关键一年。主要预期目标是:社会消费品零售总额增长7%。"
        ),
        "facts": [("retail_sales", "yoy_pct", 7, 2024, "", "target", None)],
        "absent": [("retail_sales", "yoy_pct", 7, 2025)],
    },
    {
        "id": "this_year_is_a_key_year_short",
        "text": "二、2024年工作安排\n今年是“十四五”规划的关键一年。主要预期目标是:固定资产投资增长9%。",
        "facts": [("fai", "yoy_pct", 9, 2024, "", "target", None)],
        "absent": [("fai", "yoy_pct", 9, 2025)],
    },
    {
        "id": "near_miss_plan_period_opening_keeps_its_span",
        "text": "二、2024年工作安排\n“十四五”期间,全县地区生产总值年均增长6%以上。",
        "facts": [("gdp", "cagr_pct", 6, 2025, "", "target", 2021)],
        "absent": [("gdp", "cagr_pct", 6, 2024)],
    },
    # ---- a threshold crossed in one sentence, the exact level in another
    {
        "id": "threshold_first_crossed_then_exact_estimate",
        "text": "全县经济总量首次突破260亿元。预计全年实现地区生产总值268.5亿元,增长4.6%。",
        "facts": [("gdp", "level", 268.5, 2023, "", "estimate", None)],
        "absent": [("gdp", "level", 260)],
    },
    {
        "id": "visits_crossed_before_the_exact_figure",
        "text": "全年接待游客超过600万人次,旅游业加快复苏。全县接待游客612.4万人次,增长38.6%。",
        "facts": [("tourist_visits", "level", 612.4, 2023, "", "actual", None)],
        "absent": [("tourist_visits", "level", 600)],
    },
    {
        "id": "near_miss_threshold_alone_stays",
        "text": "全县地区生产总值首次突破300亿元。固定资产投资增长9.8%。",
        "facts": [],
        "values": [("gdp", 300)],
        "absent": [],
    },
    {
        "id": "near_miss_threshold_above_the_exact_figure_stays",
        "text": "全县粮食总产量突破25万吨。全县粮食总产量24.6万吨。",
        "facts": [("grain_output", "level", 24.6, 2023, "", "actual", None)],
        "values": [("grain_output", 25)],
        "absent": [],
    },
    # ---- growth since the start of the year at a month's end
    {
        "id": "since_year_start_at_end_of_september",
        "meta": Q3,
        "text": "前三季度经济运行平稳。9月末,全县金融机构各项贷款余额236.4亿元,较年初增长9.8%。",
        "facts": [],
        "values": [("loan_balance", 236.4)],
        "absent": [("loan_balance", "yoy_pct")],
    },
    {
        "id": "since_year_start_after_an_increment",
        "meta": Q3,
        "text": "6月末,全县各项贷款余额158.2亿元,比年初增加12.1亿元,增长8.3%。",
        "facts": [],
        "values": [("loan_balance", 158.2)],
        "absent": [("loan_balance", "yoy_pct")],
    },
    {
        "id": "near_miss_year_on_year_after_since_year_start",
        "meta": Q3,
        "text": "9月末,全县各项贷款余额236.4亿元,较年初增加20.1亿元,同比增长12.1%。",
        "facts": [("loan_balance", "yoy_pct", 12.1, 2023, "M1-M9", "actual", None)],
        "absent": [("loan_balance", "yoy_pct", 20.1)],
    },
    {
        "id": "near_miss_year_end_since_year_start_is_a_year",
        "text": "年末全县金融机构各项贷款余额312.48亿元,比年初增加32.50亿元,增长11.6%。",
        "facts": [("loan_balance", "yoy_pct", 11.6, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- a table row labelled with a symbol in brackets
    {
        "id": "table_row_labels_with_symbols",
        "text": (
            "表2 主要污染物年均浓度(单位:微克/立方米)\n项目\n\n2022年\n\n2023年\n\n变化幅度\n\n"
            "细颗粒物(PM2.5)\n\n31\n\n28\n\n-9.7%\n\n可吸入颗粒物(PM10)\n\n55\n\n49\n\n-10.9%\n"
        ),
        "facts": [
            ("pm25", "level", 31, 2022, "", "actual", None),
            ("pm25", "level", 28, 2023, "", "actual", None),
            ("pm10", "level", 55, 2022, "", "actual", None),
            ("pm10", "level", 49, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "table_symbol_and_unit_in_brackets",
        "text": "项目\n\n2022年\n\n2023年\n\n细颗粒物(PM2.5)(微克/立方米)\n\n36\n\n33\n\n优良天数比例(%)\n\n88.2\n\n90.1\n",
        "facts": [
            ("pm25", "level", 36, 2022, "", "actual", None),
            ("pm25", "level", 33, 2023, "", "actual", None),
            ("good_air_rate", "level", 90.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)


def test_radicals_in_a_report_date_and_title():
    text = "建始县2023年巩固拓展脱贫攻坚成果⼯作总结\n建始县乡村振兴局\n2023年12⽉18⽇\n全年实施农村危房改造312⼾。"
    check_meta(text, "r12c_dated", {"report_date": "2023-12-18", "year": 2023})


# ---- running heads and feet of a PDF
HEAD = "某县乡村振兴局文件  某乡振文〔2023〕12号"
FOOT = "某县乡村振兴局办公室  2023年12月1日印发  — {} —"


def _pages(bodies: list[list[str]]) -> list[str]:
    return ["\n".join([HEAD, *body, FOOT.format(n + 1)]) for n, body in enumerate(bodies)]


def test_running_lines_inside_a_paragraph_are_dropped():
    pages = _pages([["一、主要成效", "全县脱贫劳动力务工4.5万人,完成年度目标任务的"], ["103.2%;新建帮扶车间11个。"]])
    text = "\n".join(drop_running_lines(pages))
    assert "完成年度目标任务的\n103.2%" in text
    assert text.count(HEAD) == 1 and text.startswith(HEAD + "\n\n")  # kept once, apart from the title
    assert text.endswith(FOOT.format(2))  # the closing line of the last page stays


def test_running_lines_of_three_pages_with_a_changing_page_number():
    pages = _pages([["甲"], ["乙"], ["丙"]])
    out = drop_running_lines(pages)
    assert out == [HEAD + "\n\n甲", "乙", "丙\n" + FOOT.format(3)]


def test_a_running_head_that_repeats_the_title_keeps_the_title():
    title = "某县2023年政府工作报告"
    pages = [f"{title}\n{title}\n各位代表:\n正文一", f"{title}\n正文二", f"{title}\n正文三"]
    text = "\n".join(drop_running_lines(pages))
    assert text.count(title) == 2 and "正文一\n正文二\n正文三" in text


def test_near_miss_a_line_repeated_off_the_edges_or_on_one_page_stays():
    body = ["标题", "第一段", "（一）主要指标", "第二段", "第三段", "结尾"]
    pages = ["\n".join(body), "\n".join(["另一页", "第四段", "（一）主要指标", "第五段", "第六段", "完"])]
    assert drop_running_lines(pages) == pages  # the repeated line is not at a page's edge
    assert drop_running_lines(["单页\n正文"]) == ["单页\n正文"]


# ---- damaged files
def test_damaged_files_fail_one_line_each_and_lose_nothing_else(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(
        "某县2023年政府工作报告\n全县地区生产总值完成128.6亿元,增长5.2%。\n", encoding="utf-8"
    )
    (src / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Ty")
    (src / "notzip.docx").write_bytes(b"this is not a zip package at all")
    (src / "chrome.html").write_text(
        '<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>'
        '<div class="footer">版权所有:某县人民政府 ICP备05021867号</div></body></html>',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    r = subprocess.run(
        [sys.executable, "-m", "govkit.cli", "extract", str(src), "--out", str(out), "--jobs", "1"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1, r.stderr  # some files failed: the run says so by its exit code
    failed_lines = [line for line in (r.stdout + r.stderr).splitlines() if "FAILED" in line]
    assert len(failed_lines) == 3 and all(str(src) in line for line in failed_lines)
    with open(out / "failures.csv", encoding="utf-8-sig") as fh:
        failures = {row["path"]: row["reason"] for row in csv.DictReader(fh)}
    assert sorted(p.rsplit("/", 1)[-1] for p in failures) == ["chrome.html", "cut.pdf", "notzip.docx"]
    assert all(reason and "\n" not in reason for reason in failures.values())
    facts = pd.read_csv(out / "facts.csv")
    got = {(r.indicator, r.measure, r.value) for r in facts.itertuples() if r.doc_id == "good"}
    assert {("gdp", "level", 128.6), ("gdp", "yoy_pct", 5.2)} <= got


# ---- scoring: equal parts of a year however written (the shared scorer's rule)
def test_evaluate_treats_equal_subperiods_as_one():
    from govkit.facts.evaluate import evaluate

    cols = ["doc_id", "indicator", "measure", "value", "year", "subperiod", "optional"]
    gold = pd.DataFrame([["d", "gdp", "level", "176.38", "2023", "Q1-Q3", "0"]], columns=cols)
    pred = pd.DataFrame([["d", "gdp", "level", "176.38", "2023", "M1-M9", ""]], columns=cols)
    assert evaluate(gold, pred).overall[0] == pytest.approx(1.0)
    near = pred.assign(subperiod="M9")  # a single month is not the first nine months
    assert evaluate(gold, near).overall[0] == pytest.approx(0.0)


def test_reading_a_browser_pdf_logs_no_font_warnings(caplog):
    from pathlib import Path

    from govkit.text.read import read_file

    pdf = Path(__file__).parent / "fixtures" / "blind" / "h7_04.pdf"  # Chromium's print: no FontBBox
    with caplog.at_level("WARNING"):
        raw = read_file(pdf)
    assert "平遥县" in raw.text
    assert not [r for r in caplog.records if r.name.startswith("pdfminer")]


# ---- a DOCX text box
_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_VML_BOX = (
    f'<w:r {_W_NS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
    "<w:p><w:r><w:t>{}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)
_ALTERNATE_BOX = (
    f'<w:r {_W_NS} xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
    "<w:p><w:r><w:t>{0}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{0}</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


@pytest.mark.parametrize("box", [_VML_BOX, _ALTERNATE_BOX], ids=["vml", "alternate_content"])
def test_docx_text_box_is_read_once(tmp_path, box):
    from docx import Document
    from docx.oxml import parse_xml

    from govkit.text.read import read_file

    d = Document()
    d.add_paragraph("某县2023年经济运行情况")
    p = d.add_paragraph("全县经济运行总体平稳。")
    p._p.append(parse_xml(box.format("全县地区生产总值完成128.6亿元,增长5.2%。")))
    d.add_paragraph("下一步,全力稳增长。")
    d.save(tmp_path / "box.docx")
    text = read_file(tmp_path / "box.docx").text
    assert text.count("128.6亿元") == 1
    assert text.index("总体平稳") < text.index("128.6亿元") < text.index("稳增长")


# ---- found while probing, not fixed
def _two_row_header_facts(tmp_path, caption: str) -> set[tuple]:
    from govkit.facts.extract import extract_document
    from govkit.pipeline.corpus import document_from_text
    from govkit.text.read import read_file

    page = (
        '<html><head><meta charset="utf-8"><title>某县2023年预算执行情况</title></head><body>'
        f'<div class="content"><p>关于某县2023年预算执行情况的报告</p>{caption}'
        '<table border="1"><tr><td rowspan="2">项目</td><td colspan="2">2023年</td>'
        '<td rowspan="2">比上年增长%</td></tr><tr><td>预算数</td><td>执行数</td></tr>'
        "<tr><td>一般公共预算收入</td><td>10.20</td><td>10.52</td><td>6.3</td></tr>"
        "<tr><td>一般公共预算支出</td><td>35.60</td><td>34.87</td><td>3.1</td></tr></table></div></body></html>"
    )
    (tmp_path / "t.html").write_text(page, encoding="utf-8")
    raw = read_file(tmp_path / "t.html")
    doc = document_from_text(raw.text, "t", fmt="html", hints=raw.hints)
    doc.meta = doc.meta.replace(year=2023, report_date="2024-01-10")
    f = extract_document(doc)
    return {(r.indicator, r.measure, round(float(r.value), 2), r.kind) for r in f.itertuples() if r.value == r.value}


def test_html_table_with_a_two_row_merged_header(tmp_path):
    """2023年 over 预算数 | 执行数: the growth is read, and the levels without a unit anywhere are not."""
    got = _two_row_header_facts(tmp_path, "")
    assert ("fiscal_expenditure", "yoy_pct", 3.1, "actual") in got
    assert not any(m == "level" for _, m, _, _ in got)


def test_html_table_with_a_two_row_merged_header_and_a_unit(tmp_path):
    """The same table under 单位：亿元: the budget is the target, the outturn the actual."""
    got = _two_row_header_facts(tmp_path, "<p>单位：亿元</p>")
    assert {
        ("fiscal_expenditure", "yoy_pct", 3.1, "actual"),
        ("fiscal_expenditure", "level", 34.87, "actual"),
        ("fiscal_expenditure", "level", 35.6, "target"),
        ("general_budget_revenue", "level", 10.52, "actual"),
    } <= got
