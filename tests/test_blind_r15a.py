"""Constructions found by the blind set h15 (session 13: reports as users receive them, in eight file
formats and encodings), by class:

* reading — a PDF page set in two text columns (an environment bulletin): pdfplumber read each line
  across both columns, so the lines of the left and right columns interleaved and figures lost their
  subjects (…其中新2023年,弥勒市深入…造林1.4万亩 read as afforestation; the toilet rate's change read as
  the air's). Now a page whose lines leave a gutter near the middle empty, in bands of justified
  prose on both sides, is read column by column (``govkit.text.pdf_columns``); a table whose cells
  leave a gap in the middle, a one-column page, and the full-width title and footnotes of a
  two-column page are read across as before;
* tables — a figure cell closed by a bound or an approximation (``6左右``, ``9.5以上`` in a column of
  targets) was no figure, so a DOCX table of 2023年完成 / 2024年目标 laid out one cell a line was no
  table; the cell is now the printed figure (cue ``number approx_after_unit``);
* tables — the plan-table column words 年初计划 (targets) and 执行结果 (actuals) (cues ``table
  plan_cell``, ``outturn_cell``); 年初数 (a balance at the start of the year) stays no plan column;
* reading — a level's change on the line after it (…城镇居民人均可支配收入36482元<br>增长4.9%;…: a <br> of a CMS
  page or a hard wrap after the figure and its unit): the lines were not joined, the growth had no subject.
  Now a line opening on a change word and its figure (cue ``wrap change_runs_on``) is joined to a line
  ending on a figure and its unit after Han words (``wrap level_end``); a closed sentence is not;
* reading — the footnotes and endnotes of a DOCX (a note under a figure giving the year before's, as
  h15_04's PDF prints one) were left out by python-docx's body; they are read after the paragraph that refers to them now
  (not at the end, where a plan section would make them targets), Word's separator notes skipped;
* tables (found attacking the rules above) — a table of goals without a plan word (“十四五”时期主要指标:
  2020年 | 2025年 | 年均增长(%) | 属性): a column of a year after the report's own held actuals, and the
  年均增长 column was read as that year's growth; now the later year's figures are targets
  (``table_columns.future_targets``) and a 年均 change column is not read (cue ``table annual_average``);
  a bulletin's past years and its 比上年增长 column are read as before;
* tables — a row labelled by an event word of the catalog as its whole label (``贫困村出列 | 个 | 12``),
  not only by a subject; a label holding the event inside other words (已出列贫困村占比) gives nothing.

Each case is a short passage of its own (not copied from the set) written for one construction; every
case but the near-misses failed before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from passages import check_case

from govkit.text import pdf_columns
from govkit.text.read import read_file

#: A county work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-10", "region": "临泉县", "level": "county"}
#: A plan execution report of January 2023 on 2022.
PLAN = {"year": 2022, "report_date": "2023-01-09", "region": "泗洪县", "level": "county"}
#: A poverty-alleviation summary of December 2020.
SUMMARY = {"year": 2020, "report_date": "2020-12-20", "region": "务川县", "level": "county"}

BLIND = Path(__file__).parent / "fixtures" / "blind"


def cells(*rows: str) -> str:
    """A table as a DOCX reader prints it: one cell a line, an empty line after each."""
    return "\n".join(f"{c}\n" for row in rows for c in row.split("|"))


CASES: list[dict] = [
    # ---- a figure cell closed by a bound or an approximation
    {
        "id": "targets_with_zuoyou_and_yishang_one_cell_a_line",
        "text": "二、2024年主要预期目标\n"
        + cells(
            "指标|单位|2023年完成|2024年目标",
            "地区生产总值增长|%|5.2|6.5左右",
            "固定资产投资增长|%|4.8|8以上",
            "城镇新增就业|万人|1.1|1.2以上",
        ),
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
            ("fai", "yoy_pct", 8.0, 2024, "", "target", None),
            ("new_urban_jobs", "level", 12000.0, 2024, "", "target", None),
            ("gdp", "yoy_pct", 5.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "bounded_cells_in_a_row_table",
        "text": "表2 2024年主要目标\n指标 单位 2023年完成 2024年目标\n粮食总产量 万吨 31.6 32以上\n"
        "规模以上工业增加值增长 % 7.1 7左右\n社会消费品零售总额增长 % 6.3 6以上\n",
        "facts": [
            ("grain_output", "level", 32.0, 2024, "", "target", None),
            ("industrial_va", "yoy_pct", 7.0, 2024, "", "target", None),
            ("retail_sales", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        # a bound in a column of standards is never read (the row, blocked before by the bound, now gives its own figure)
        "id": "bound_in_a_standard_column_is_no_fact",
        "text": cells(
            "指标|单位|2023年|二级标准",
            "细颗粒物|微克/立方米|31|35以下",
            "可吸入颗粒物|微克/立方米|52|70以下",
        ),
        "facts": [("pm25", "level", 31.0, 2023, "", "actual", None), ("pm10", "level", 52.0, 2023, "", "actual", None)],
        "absent": [("pm25", "level", 35.0), ("pm10", "level", 70.0)],
    },
    # ---- 年初计划 and 执行结果 columns of a plan table
    {
        "id": "plan_and_outturn_columns_named_nianchu_jihua_zhixing_jieguo",
        "meta": PLAN,
        "text": "表1 2022年主要指标完成情况\n"
        + cells(
            "指标|单位|年初计划|执行结果",
            "一般公共预算收入增长|%|6.5|3.2",
            "城镇新增就业|万人|1.5|1.62",
            "农村居民人均可支配收入增长|%|8|6.4",
        ),
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6.5, 2022, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 3.2, 2022, "", "actual", None),
            ("new_urban_jobs", "level", 15000.0, 2022, "", "target", None),
            ("new_urban_jobs", "level", 16200.0, 2022, "", "actual", None),
            ("rural_income", "yoy_pct", 8.0, 2022, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "nianchu_jihua_in_a_row_table",
        "meta": PLAN,
        "text": "2022年主要指标计划执行情况\n指标 单位 年初计划 执行结果 完成计划%\n"
        "外贸出口 万美元 52000 55100 106.0\n实际利用外资 万美元 9000 8650 96.1\n",
        "facts": [
            ("exports", "level", 52000.0, 2022, "", "target", None),
            ("exports", "level", 55100.0, 2022, "", "actual", None),
            ("fdi", "level", 9000.0, 2022, "", "target", None),
        ],
        "absent": [],
    },
    {
        # near-miss: 年初数 is the balance at the start of the year, not a plan
        "id": "nianchu_balance_is_no_plan_column",
        "text": "表3 金融机构存贷款余额\n指标 单位 年初数 年末数\n各项贷款余额 亿元 215.3 236.8\n各项存款余额 亿元 402.1 441.6\n",
        "facts": [],
        "absent": [("loan_balance", "level", 215.3, 2023, "", "target")],
    },
    # ---- reading: a level's change on the next line (a <br> or a hard wrap after the level)
    {
        "id": "income_growth_after_a_line_break",
        "text": "城镇居民人均可支配收入36482元\n增长4.9%;农村居民人均可支配收入18975元,增长7.4%。",
        "facts": [
            ("urban_income", "level", 36482.0, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 4.9, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "visits_growth_after_a_line_break",
        "text": "全年接待游客386.5万人次\n同比增长12.3%,实现旅游综合收入31.2亿元。",
        "facts": [("tourist_visits", "yoy_pct", 12.3, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "share_change_in_points_after_a_line_break",
        "text": "全县森林覆盖率达到45.2%\n提高0.6个百分点。",
        "facts": [("forest_coverage", "pp_change", 0.6, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near-miss: the line ends its sentence; the next one's growth is of another thing
        "id": "growth_after_a_closed_sentence_is_not_the_level_s",
        "text": "城镇居民人均可支配收入36482元。\n增长较快的是工资性收入,增长6.1%。",
        "facts": [("urban_income", "level", 36482.0, 2023, "", "actual", None)],
        "absent": [("urban_income", "yoy_pct")],
    },
    # ---- found attacking the rules above: a 十四五 table of goals without a plan word
    {
        "id": "goal_year_column_is_target_and_annual_average_column_unread",
        "meta": {"year": 2020, "report_date": "2021-01-12"},
        "text": "表1 “十四五”时期主要指标\n指标 单位 2020年 2025年 年均增长(%) 属性\n"
        "地区生产总值 亿元 286 400 7 预期性\n一般公共预算收入 亿元 11.2 15 6 预期性\n",
        "facts": [
            ("gdp", "level", 286.0, 2020, "", "actual", None),
            ("gdp", "level", 400.0, 2025, "", "target", None),
            ("general_budget_revenue", "level", 15.0, 2025, "", "target", None),
        ],
        "absent": [
            ("gdp", "yoy_pct"),
            ("general_budget_revenue", "yoy_pct"),
            ("gdp", "level", 400.0, 2025, "", "actual"),
        ],
    },
    {
        "id": "goal_year_column_without_report_date_two_years_on",
        "meta": {"year": 2020, "report_date": ""},
        "text": "“十四五”主要指标\n指标 单位 2020年 2025年\n粮食总产量 万吨 41.3 43\n森林覆盖率 % 58.1 60\n",
        "facts": [
            ("grain_output", "level", 43.0, 2025, "", "target", None),
            ("forest_coverage", "level", 60.0, 2025, "", "target", None),
        ],
        "absent": [("forest_coverage", "level", 60.0, 2025, "", "actual")],
    },
    {
        "id": "next_year_column_of_a_january_work_report",
        "meta": {"year": 2024, "report_date": "2025-01-08"},
        "text": "主要指标\n指标 单位 2024年 2025年\n地区生产总值增长 % 5.3 6\n粮食总产量 万吨 52.4 53\n",
        "facts": [
            ("gdp", "yoy_pct", 5.3, 2024, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2025, "", "target", None),
            ("grain_output", "level", 53.0, 2025, "", "target", None),
        ],
        "absent": [("grain_output", "level", 53.0, 2025, "", "actual")],
    },
    {
        # near-miss: a half-year review's columns of this year are outturns
        "id": "this_year_column_of_a_half_year_review_stays_actual",
        "meta": {"year": 2025, "report_date": "2025-07-18"},
        "text": "表1 上半年主要指标\n指标 单位 2024年1-6月 2025年1-6月\n社会消费品零售总额 亿元 40.2 42.9\n"
        "一般公共预算收入 亿元 5.1 5.6\n",
        "facts": [("retail_sales", "level", 42.9, 2025, "M1-M6", "actual", None)],
        "absent": [("retail_sales", "level", 42.9, 2025, "M1-M6", "target")],
    },
    {
        # near-miss: the first months of the report's own year, in a review of the year before
        "id": "first_months_of_the_report_year_stay_actual",
        "meta": {"year": 2023, "report_date": "2024-03-15"},
        "text": "表2 主要指标\n指标 单位 2023年 2024年1-2月\n规模以上工业增加值增长 % 6.1 7.4\n"
        "社会消费品零售总额增长 % 5.2 6.0\n",
        "facts": [("industrial_va", "yoy_pct", 7.4, 2024, "M1-M2", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 7.4, 2024, "M1-M2", "target")],
    },
    {
        # near-miss: a bulletin's table of past years and their growth stays actual and yoy
        "id": "past_year_columns_and_growth_column_stay_actual",
        "meta": {"year": 2023, "report_date": "2024-03-20"},
        "text": "表1 主要指标\n指标 单位 2022年 2023年 比上年增长(%)\n地区生产总值 亿元 301.2 318.5 5.4\n"
        "一般公共预算收入 亿元 13.1 13.9 6.1\n",
        "facts": [
            ("gdp", "level", 318.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.4, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.1, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 318.5, 2023, "", "target")],
    },
    # ---- a row labelled by an event word of the catalog
    {
        "id": "villages_exited_row_by_years",
        "meta": SUMMARY,
        "text": "表1 2017—2020年脱贫攻坚主要指标\n指标 单位 2017年 2018年 2019年 2020年\n"
        "减贫人数 人 8120 9460 6315 1208\n贫困村出列 个 9 23 31 4\n",
        "facts": [
            ("poverty_villages_exited", "level", 9.0, 2017, "", "actual", None),
            ("poverty_villages_exited", "level", 23.0, 2018, "", "actual", None),
            ("poverty_villages_exited", "level", 31.0, 2019, "", "actual", None),
            ("poverty_villages_exited", "level", 4.0, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "villages_exited_row_named_tuichu_one_cell_a_line",
        "meta": SUMMARY,
        "text": cells("指标|单位|2019年|2020年", "贫困村退出|个|17|6", "贫困发生率|%|1.2|0"),
        "facts": [
            ("poverty_villages_exited", "level", 17.0, 2019, "", "actual", None),
            ("poverty_villages_exited", "level", 6.0, 2020, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near-miss: the event inside a longer label (a share of villages exited) names no row
        "id": "share_of_villages_exited_is_no_count",
        "meta": SUMMARY,
        "text": "指标 单位 2018年 2019年 2020年\n已出列贫困村占比 % 35.2 78.6 100\n贫困发生率 % 6.1 1.3 0\n",
        "facts": [("poverty_incidence", "level", 6.1, 2018, "", "actual", None)],
        "absent": [("poverty_villages_exited",)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, {**META, **case.get("meta", {})})


# ---- reading a PDF page set in two columns ---------------------------------------------------------
CW = 10.0  # a character's width in the synthetic pages below


def line(text: str, x0: float, top: float, gaps: dict[int, float] | None = None) -> list[dict]:
    """The characters of a line of *text* from *x0* at *top*; *gaps* widens the space before a position."""
    out, x = [], x0
    for i, ch in enumerate(text):
        x += (gaps or {}).get(i, 0.0)
        out.append({"text": ch, "x0": x, "x1": x + CW, "top": top, "bottom": top + CW})
        x += CW
    return out


def two_columns(rows: int = 8) -> list[dict]:
    chars = line("某县生态环境状况公报", 250.0, 40.0)
    for r in range(rows):
        top = 80.0 + 16 * r
        chars += line("全县空气质量优良天数比例为九十一" + "x" * 8, 60.0, top)[:24]
        chars += line("森林覆盖率达到百分之四十五点二较上" + "y" * 8, 320.0, top)[:24]
    chars += line("注:本公报数据由县生态环境监测站提供,部分数据为初步统计数,以最终核定为准。", 60.0, 240.0)
    return chars


def bands(chars: list[dict], width: float = 600.0):
    rows = pdf_columns._rows(chars)
    gx = pdf_columns._gutter(chars, 0.0, width, int(len(rows) * pdf_columns._CROSSING_SHARE))
    return gx, (pdf_columns._bands(rows, gx, CW) if gx is not None else [])


def test_two_column_band_between_full_width_title_and_footnote():
    gx, got = bands(two_columns())
    assert gx is not None and 300 < gx < 320
    assert [b[0] for b in got] == [False, True, False]


def test_right_aligned_running_head_is_a_band_of_its_own():
    # a page after the first: no title, a running head right-aligned in the top margin over the right column
    chars = line("某县生态环境局", 450.0, 20.0) + [c for c in two_columns() if c["top"] >= 80.0]
    _, got = bands(chars)
    assert [b[0] for b in got] == [False, True, False]
    assert got[0][2] <= 30.0  # the head alone


def test_one_column_page_has_no_gutter():
    chars = []
    for r in range(12):
        chars += line("全县地区生产总值完成一百二十亿元增长百分之五点六规模以上工业增加值增长七", 60.0, 80.0 + 16 * r)
    assert bands(chars)[0] is None


def test_table_with_a_gap_in_the_middle_is_no_column_band():
    # near-miss: label and figure cells apart, a gap at the middle of each row, ragged and spaced
    chars = []
    for r, (label, figs) in enumerate(
        [
            ("地区生产总值", "亿元 126.4 6.2"),
            ("固定资产投资", "亿元 80.1 9.3"),
            ("一般公共预算收入", "亿元 9.62 8.7"),
            ("社会消费品零售总额", "亿元 49.8 16.2"),
            ("城镇居民人均可支配收入", "元 41236 5.1"),
        ]
    ):
        top = 80.0 + 16 * r
        chars += line(label, 60.0, top)
        chars += [c for c in line(figs.replace(" ", "  "), 330.0, top) if c["text"].strip()]
    _, got = bands(chars)
    assert not any(double for double, _, _ in got)


def test_two_column_bulletin_reads_column_by_column():
    text = read_file(BLIND / "h15_04.pdf").text
    assert "全市森林覆盖率达到52.36%，较上年提⾼\n0.41个百分点" in text
    assert "其中新\n造林1.4万亩" in text
    assert "其中新2023年" not in text
    assert text.index("⼀、总体状况") < text.index("⼋、2024年⽬标") < text.index("注：①2022年")


def test_page_box_not_starting_at_zero_reads_columns_too():
    import pdfplumber

    with pdfplumber.open(BLIND / "h15_04.pdf") as pdf:
        page = pdf.pages[0]
        text = pdf_columns.page_text(page.crop((10, 10, page.width - 10, page.height - 10)))
    assert "其中新\n造林1.4万亩" in text and "其中新2023年" not in text


def test_table_crossing_a_page_of_a_one_column_pdf_is_read_as_before():
    text = read_file(BLIND / "h15_03.pdf").text
    assert "贫困村出列 个 12 27 38 27 0" in text
    assert "脱贫⼾数 ⼾ 6120 8034 7215 7690 1136" in text


# ---- reading the footnotes of a DOCX ----------------------------------------------------------------
_WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_WNS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>2022年全县空气质量优良天数为332天,</w:t></w:r>'
    "<w:r><w:t>PM2.5年均浓度为31微克/立方米。</w:t></w:r></w:p></w:footnote></w:footnotes>"
)


def _docx_with_footnote(path: Path) -> Path:
    from docx import Document
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    d = Document()
    d.add_paragraph("一、2023年工作回顾")
    p = d.add_paragraph("2023年,全县空气质量优良天数为341天")
    p._p.append(parse_xml(f'<w:r xmlns:w="{_WNS}"><w:footnoteReference w:id="1"/></w:r>'))
    p.add_run(",PM2.5年均浓度为28微克/立方米。")
    d.add_paragraph("二、2024年工作安排")
    d.add_paragraph("2024年,全县空气质量优良天数稳定在330天以上。")
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), ct, _NOTES.encode(), d.part.package)
    d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
    d.save(path / "notes.docx")
    return path / "notes.docx"


def test_docx_footnote_is_read_after_its_paragraph(tmp_path):
    text = read_file(_docx_with_footnote(tmp_path)).text
    lines = [s for s in text.split("\n") if s.strip()]
    assert lines[1] == "2023年,全县空气质量优良天数为341天,PM2.5年均浓度为28微克/立方米。"  # the mark adds nothing
    assert lines[2] == "2022年全县空气质量优良天数为332天,PM2.5年均浓度为31微克/立方米。"  # in the review, not the plan
    assert "separator" not in text
    case = {"id": "docx_footnote", "text": text, "absent": []}
    case["facts"] = [
        ("good_air_days", "level", 341.0, 2023, "", "actual", None),
        ("good_air_days", "level", 332.0, 2022, "", "actual", None),
        ("pm25", "level", 31.0, 2022, "", "actual", None),
        ("good_air_days", "level", 330.0, 2024, "", "target", None),
    ]
    check_case(case, META)
