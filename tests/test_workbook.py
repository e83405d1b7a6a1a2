"""govkit.xlsx: the panel as family sheets, with marks, comments, formats; facts, conflicts, targets, documents."""

from __future__ import annotations

import zipfile

import openpyxl
import pandas as pd
import pytest

from govkit.analysis.panel import is_warning
from govkit.present import workbook as wbk

FORMULA = '=HYPERLINK("http://example.invalid","点击")城镇居民人均可支配收入达到30000元'


@pytest.fixture
def processed(document_frame, fact_frame, write_processed):
    docs = document_frame(
        [
            {"doc_id": "a_2020", "region": "甲县", "adcode": "111111", "report_date": "2021-01-20", "year": 2020},
            {"doc_id": "a_2021", "region": "甲县", "adcode": "111111", "report_date": "2022-01-18", "year": 2021},
            {
                "doc_id": "b_2021",
                "region": "乙县",
                "report_date": "2022-02-01",
                "year": 2021,
                "title": "乙县政府工作报告",
            },
            {"doc_id": "anon_1", "region": "", "anonymised": True, "year": 2021},
        ]
    )
    facts = fact_frame(
        [
            {"doc_id": "a_2020", "indicator": "gdp", "value": 100.5, "year": 2020},
            {
                "doc_id": "a_2020",
                "indicator": "gdp",
                "measure": "yoy_pct",
                "value": 6.5,
                "year": 2020,
                "flags": "approximate",
            },
            {"doc_id": "a_2020", "indicator": "gdp", "value": 140.0, "year": 2025, "kind": "target"},
            {"doc_id": "a_2020", "indicator": "rural_income", "value": 15000.0, "year": 2020},
            {"doc_id": "a_2021", "indicator": "rural_income", "value": 15600.0, "year": 2020},  # conflict
            {"doc_id": "a_2021", "indicator": "gdp", "value": 120.25, "year": 2021, "kind": "estimate"},
            {
                "doc_id": "a_2021",
                "indicator": "gdp",
                "measure": "yoy_pct",
                "value": 7.2,
                "year": 2021,
                "subperiod": "H1",
            },
            {"doc_id": "a_2021", "indicator": "fai", "value": None, "year": 2021},  # masked ***
            {"doc_id": "a_2021", "indicator": "urban_income", "value": 30000.0, "year": 2021, "evidence": FORMULA},
            {
                "doc_id": "a_2021",
                "indicator": "poverty_people_lifted",
                "value": 12345.0,
                "year": 2020,
                "period_start": 2016,
            },
            {"doc_id": "b_2021", "indicator": "gdp", "value": 80.0, "year": 2021},
            {"doc_id": "b_2021", "indicator": "forest_coverage", "value": 73.87, "year": 2021},
            {"doc_id": "anon_1", "indicator": "gdp", "value": 50.0, "year": 2021, "kind": "estimate"},
        ]
    )
    return write_processed(docs, facts)


@pytest.fixture
def book(processed):
    path = wbk.write_workbook(processed)
    assert path == processed / "govkit.xlsx"
    return openpyxl.load_workbook(path)


def _rows(ws) -> dict[tuple[str, str, str], int]:
    """(region, indicator_id, measure_id) -> row number of a family sheet."""
    head = [c.value for c in ws[1]]
    r, i, m = head.index("地区 region"), head.index("indicator_id"), head.index("measure_id")
    return {(row[r].value, row[i].value, row[m].value): row[0].row for row in ws.iter_rows(min_row=2)}


def _cols(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


def _period(row) -> str:
    start = None if pd.isna(row["period_start"]) else row["period_start"]
    return wbk.period_header(wbk.period_key(row["year"], start, row["subperiod"]))


def test_sheets_in_order_readme_first(book):
    assert book.sheetnames == [
        wbk.README_SHEET,
        *wbk.FAMILY_SHEETS.values(),
        wbk.FACTS_SHEET,
        wbk.CONFLICTS_SHEET,
        wbk.TARGETS_SHEET,
        wbk.DOCUMENTS_SHEET,
    ]


def test_every_actual_and_estimate_panel_value_is_in_its_cell(processed, book):
    panel = pd.read_parquet(processed / "panel.parquet")
    shown = panel[panel["kind"] != "target"]
    assert len(shown) >= 10
    for _, p in shown.iterrows():
        ws = book[wbk.FAMILY_SHEETS[p["family"]]]
        cell = ws.cell(_rows(ws)[(p["region"], p["indicator"], p["measure"])], _cols(ws)[_period(p)])
        if p["masked"]:
            assert cell.value == "***" and cell.fill.fgColor.rgb.endswith(wbk.MASK_FILL.fgColor.rgb[-6:])
        else:
            assert cell.value == pytest.approx(float(p["value"]))
        assert cell.font.i == (p["kind"] == "estimate"), (p["indicator"], p["kind"])
        assert (cell.fill.fgColor.rgb == wbk.FLAG_FILL.fgColor.rgb) == is_warning(p["flags"])
        assert p["doc_id"] in cell.comment.text and p["evidence"] in cell.comment.text
    assert "匿名1" in set(shown["region"])


def test_targets_stay_out_of_the_family_sheets(processed, book):
    targets = pd.read_parquet(processed / "panel.parquet").query("kind == 'target'")
    assert len(targets) == 1 and targets.iloc[0]["value"] == 140.0
    for name in wbk.FAMILY_SHEETS.values():
        assert "2025" not in _cols(book[name])
        assert 140 not in [c.value for row in book[name].iter_rows(min_row=2) for c in row]
    tvo = book[wbk.TARGETS_SHEET]
    col = _cols(tvo)["target"]
    assert [r[col - 1].value for r in tvo.iter_rows(min_row=2)] == [140]


def test_marks_formats_and_frozen_headers(book):
    eco = book[wbk.FAMILY_SHEETS["economy"]]
    rows, cols = _rows(eco), _cols(eco)
    assert eco.freeze_panes == "G2"
    assert eco.cell(rows[("甲县", "gdp", "level")], cols["2020"]).number_format == "#,##0.00"
    assert eco.cell(rows[("甲县", "gdp", "level")], cols["2021"]).font.i  # estimate
    assert eco.cell(rows[("甲县", "gdp", "yoy_pct")], cols["2020"]).number_format == '"~"#,##0.0'  # approximate
    assert eco.cell(rows[("甲县", "gdp", "yoy_pct")], cols["2021 H1"]).value == pytest.approx(7.2)
    assert [eco.cell(r, 2).value for r in range(2, eco.max_row + 1)].count("地区生产总值") >= 4
    inc = book[wbk.FAMILY_SHEETS["income"]]
    cell = inc.cell(_rows(inc)[("甲县", "rural_income", "level")], _cols(inc)["2020"])
    assert cell.number_format == "#,##0" and cell.fill.fgColor.rgb == wbk.FLAG_FILL.fgColor.rgb  # conflict
    eco2 = book[wbk.FAMILY_SHEETS["ecology"]]
    assert eco2.cell(_rows(eco2)[("乙县", "forest_coverage", "level")], _cols(eco2)["2021"]).number_format == "#,##0.00"
    pov = book[wbk.FAMILY_SHEETS["poverty"]]
    assert pov.cell(_rows(pov)[("甲县", "poverty_people_lifted", "level")], _cols(pov)["2016–2020"]).value == 12345
    for name in (wbk.FACTS_SHEET, wbk.CONFLICTS_SHEET, wbk.TARGETS_SHEET, wbk.DOCUMENTS_SHEET):
        assert book[name].freeze_panes == "A2"
        assert all(c.font.b for c in book[name][1])
    # CJK text counts double in the width: the indicator column fits 规模以上… names
    assert eco.column_dimensions["B"].width >= wbk.display_width("地区生产总值") + 2
    assert wbk.display_width("地区GDP") == 7


def test_report_text_never_becomes_a_formula(processed, book):
    facts = book[wbk.FACTS_SHEET]
    col = _cols(facts)["evidence"]
    cells = [r[col - 1] for r in facts.iter_rows(min_row=2) if str(r[col - 1].value).startswith("=")]
    assert len(cells) == 1 and cells[0].value == FORMULA and cells[0].data_type == "s" and cells[0].quotePrefix
    with zipfile.ZipFile(processed / "govkit.xlsx") as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any("<f>" in z.read(n).decode("utf-8") for n in sheets)


def test_facts_carry_evidence_and_source_document(book):
    facts = book[wbk.FACTS_SHEET]
    cols = _cols(facts)
    rows = [{k: r[c - 1].value for k, c in cols.items()} for r in facts.iter_rows(min_row=2)]
    assert len(rows) == 13
    b = next(r for r in rows if r["doc_id"] == "b_2021" and r["indicator"] == "gdp")
    assert (b["file"], b["title"], b["region"], b["name_zh"]) == (
        "b_2021.txt",
        "乙县政府工作报告",
        "乙县",
        "地区生产总值",
    )
    assert b["evidence"] == "地区生产总值80.0亿元"
    assert {r["region"] for r in rows if r["doc_id"] == "anon_1"} == {"匿名1"}
    docs = book[wbk.DOCUMENTS_SHEET]
    assert "text" not in _cols(docs) and "doc_id" in _cols(docs) and docs.max_row == 5
    conflicts = book[wbk.CONFLICTS_SHEET]
    c = _cols(conflicts)
    assert conflicts.max_row == 2 and {
        conflicts.cell(2, c["value"]).value,
        conflicts.cell(2, c["other_value"]).value,
    } == {
        15000,
        15600,
    }


def test_readme_names_the_source_of_every_column(book):
    readme = book[wbk.README_SHEET]
    described = {(r[0].value, r[1].value): r[2].value for r in readme.iter_rows() if r[2].value}
    for name in (wbk.FACTS_SHEET, wbk.CONFLICTS_SHEET, wbk.TARGETS_SHEET, wbk.DOCUMENTS_SHEET):
        for cell in book[name][1]:
            assert (name, cell.value) in described, (name, cell.value)
            assert "." in described[(name, cell.value)]
    family = [v for (s, _), v in described.items() if s and s.startswith("每个指标族")]
    assert "panel.value" in family and len(family) == len(wbk.LABEL_COLUMNS) + 1
    texts = " ".join(str(c.value) for row in readme.iter_rows() for c in row if c.value)
    for word in ("italic", "red fill", "grey fill", "approximate", "targets_vs_outcomes"):
        assert word in texts


def test_written_atomically_to_the_path_given(processed, tmp_path):
    target = tmp_path / "out" / "book.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old")
    assert wbk.write_workbook(processed, target) == target
    assert openpyxl.load_workbook(target).sheetnames[0] == wbk.README_SHEET
    assert [p.name for p in target.parent.iterdir()] == ["book.xlsx"]  # no temporary file left
    assert target.stat().st_mode & 0o644 == 0o644  # readable by others, as the tables are (mkstemp makes 0600)


def test_number_formats_per_unit():
    assert wbk.number_format("亿元", 92.45) == "#,##0.00"
    assert wbk.number_format("万元", 3.0) == "#,##0.00"
    assert wbk.number_format("亿元", 0.125) == "#,##0.000"  # never hides a printed digit
    assert wbk.number_format("元", 30000.0) == "#,##0"
    assert wbk.number_format("人", 814.0) == "#,##0"
    assert wbk.number_format("%", 6.0) == "#,##0.0"
    assert wbk.number_format("pp", -0.35) == "#,##0.00"
    assert wbk.number_format("%", 6.5, approximate=True) == '"~"#,##0.0'


def test_a_comment_stays_on_its_own_cell(tmp_path):
    """Rows are streamed (openpyxl's write-only mode): a plain value after an unstyled cell with a
    comment must not inherit the comment."""
    wb = openpyxl.Workbook(write_only=True)
    sheet = wbk._Sheet(wb.create_sheet("s"))
    sheet.put(1, 1, "a", styled=True).comment = openpyxl.comments.Comment("note", "govkit")
    sheet.put(1, 2, "b")
    sheet.put(2, 1, "=1+1")
    sheet.put(2, 2, "#N/A")  # text that openpyxl alone would write as an error value
    sheet.put(2, 3, "#REF!", styled=True)
    sheet.close()
    wb.save(tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "s.xlsx")["s"]
    assert ws["A1"].comment.text == "note" and ws["B1"].comment is None and ws["B1"].value == "b"
    assert ws["A2"].value == "=1+1" and ws["A2"].data_type == "s" and ws["A2"].quotePrefix
    assert [(ws[c].value, ws[c].data_type) for c in ("B2", "C2")] == [("#N/A", "s"), ("#REF!", "s")]
    assert not ws["B2"].quotePrefix
    assert ws.column_dimensions["A"].width == 6  # fitted: short text gets the minimum
