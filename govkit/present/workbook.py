"""The Excel workbook of the main job: ``<processed>/govkit.xlsx`` (openpyxl, in its write-only
mode: each sheet is gathered as rows of values and styled cells, its column widths fitted, then
streamed to the file once; about half the time of building openpyxl's cell grid).

Sheets, in order:

* ``说明 README`` — the legend of the marks and, for every column of every sheet, the processed
  table and column it comes from (``govkit/data/present/workbook_columns.csv``);
* one sheet per indicator family (``经济 economy`` …): a row per region × indicator × measure,
  a column per period, the panel's value in each cell (actual and estimate only: targets are on
  the targets sheet), estimates in italics, flagged values (implausible / conflicting sources)
  filled red, masked values ``***`` on grey, approximate values shown ``~6.5``; every value cell
  carries a comment with its evidence sentence and doc_id;
* ``事实 facts`` (every fact, with its source document's file and title), ``冲突 conflicts``,
  ``目标与实际 targets_vs_outcomes`` and ``文件 documents`` (without the text).

Text from reports never becomes a formula: strings are stored as text and those beginning with
``= + - @`` get Excel's quote prefix. The file is written to a temporary file in the same
directory and moved into place (``os.replace``), so a reader never sees half a workbook.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from govkit.analysis.panel import (
    build_panel,
    flag_set,
    is_warning,
    read_processed_table,
    targets_vs_outcomes,
)
from govkit.analysis.region_labels import document_labels
from govkit.core.catalog import FAMILIES, MEASURES, load_catalog
from govkit.core.document import date_at_precision
from govkit.core.resources import data_path, read_table
from govkit.present.labels import FAMILY_ZH
from govkit.store.tables import atomic_path

WORKBOOK_NAME = "govkit.xlsx"
README_SHEET = "说明 README"
FAMILY_SHEETS = FAMILY_ZH  # one sheet per indicator family, named as the notebooks name it
FACTS_SHEET = "事实 facts"
CONFLICTS_SHEET = "冲突 conflicts"
TARGETS_SHEET = "目标与实际 targets_vs_outcomes"
DOCUMENTS_SHEET = "文件 documents"
#: Label columns of a family sheet (frozen with the header row); period columns follow.
LABEL_COLUMNS = ("地区 region", "指标 indicator", "口径 measure", "单位 unit", "indicator_id", "measure_id")
MEASURE_ZH = {"level": "水平", "yoy_pct": "同比增长", "cagr_pct": "年均增长", "pp_change": "百分点变化"}
MEASURE_ZH["completion_pct"] = "完成进度"
KIND_ZH = {"actual": "实际", "estimate": "预计", "target": "目标"}

FLAG_FILL = PatternFill("solid", fgColor="FFC7CE")  # implausible / conflict
MASK_FILL = PatternFill("solid", fgColor="D9D9D9")  # masked in the report (***)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_FONT = Font(bold=True)
ESTIMATE_FONT = Font(italic=True)
FORMULA_STARTS = ("=", "+", "-", "@")
MAX_CELL_CHARS = 32767  # Excel's limit
MAX_WIDTH = 80
DOCUMENT_TEXT_COLUMNS = ("text", "sections", "sentences")

SHEET_NOTES = {
    README_SHEET: "this sheet: the sheets, the marks, and where every column comes from",
    "family": "每个指标族一页 one sheet per indicator family: a row per region × indicator × measure, a column per"
    " period; the panel's value (one per key: actual beats estimate, the newer report wins); comment = evidence",
    FACTS_SHEET: "every fact read from the reports (facts.parquet), with its sentence and source document",
    CONFLICTS_SHEET: "sources that disagree by more than 0.5% (panel_conflicts.parquet): both values and sentences",
    TARGETS_SHEET: "targets set in the reports against the outcomes reported (targets_vs_outcomes.parquet)",
    DOCUMENTS_SHEET: "the documents read (documents.parquet without the text)",
}
LEGEND = (
    ("斜体 italic", "预计 estimate (the report's own estimate of a year not yet closed)"),
    (
        "红色底 red fill",
        "标记 flagged: an implausible value or sources that disagree (see the conflicts sheet); kept as printed",
    ),
    ("灰色底 *** grey fill", "遮蔽 masked in the report: no number to show"),
    ("~6.5", "约数 approximate (左右/以上/突破); the cell holds the number, the ~ is its display format"),
    ("空 empty", "无数据 no value (never 0; nothing is interpolated)"),
    (
        "批注 comment",
        "the evidence sentence, doc_id, report date and kind of the value; the facts sheet has all sentences",
    ),
    ("目标 targets", "are not in the family sheets: see the targets_vs_outcomes sheet"),
)


def write_workbook(processed_dir: str | Path, path: str | Path | None = None) -> Path:
    """Write the workbook of the tables in *processed_dir* to *path* (default ``<processed_dir>/govkit.xlsx``)."""
    processed_dir = Path(processed_dir)
    out = Path(path) if path is not None else processed_dir / WORKBOOK_NAME
    documents, facts, panel, conflicts, tvo = _load(processed_dir)
    labels = _region_labels(documents, panel)
    wb = Workbook(write_only=True)
    readme = _Sheet(wb.create_sheet(README_SHEET))  # first: filled last, once the other sheets' columns are known
    headers: dict[str, list[str]] = {}
    for family in FAMILIES:
        _family_sheet(_Sheet(wb.create_sheet(FAMILY_SHEETS[family])), panel[panel["family"] == family])
    tables: list[tuple[str, pd.DataFrame, dict[str, tuple[str, str]]]] = [
        (FACTS_SHEET, _facts_frame(facts, documents, labels), {"value": ("unit", "kind")}),
        (
            CONFLICTS_SHEET,
            _with_name(conflicts),
            {"value": ("unit", "kind"), "other_value": ("unit", "other_kind"), "rel_diff_pct": ("%", "")},
        ),
        (
            TARGETS_SHEET,
            _with_name(tvo),
            {"target": ("unit", ""), "outcome": ("unit", "outcome_kind"), "gap": ("unit", "")},
        ),
    ]
    d = documents.drop(columns=[c for c in (*DOCUMENT_TEXT_COLUMNS, "region_label") if c in documents.columns])
    d.insert(0, "region_label", d["doc_id"].map(labels))
    tables.append((DOCUMENTS_SHEET, d.sort_values(["region_label", "year", "doc_id"], kind="stable"), {}))
    for name, df, numeric in tables:
        _table_sheet(_Sheet(wb.create_sheet(name)), df, numeric)
        headers[name] = [str(c) for c in df.columns]
    _readme_sheet(readme, headers, processed_dir)
    _save_atomically(wb, out)
    return out


# --------------------------------------------------------------------------- inputs

_FACT_ORDER = (
    "region adcode year period_start subperiod family indicator name_zh measure kind value unit value_text masked"
    " flags evidence doc_id file title report_type report_date evidence_start evidence_end value_start value_end"
).split()


def _load(processed_dir: Path) -> tuple[pd.DataFrame, ...]:
    """documents, facts, panel, conflicts, targets_vs_outcomes (the panel tables rebuilt if absent)."""
    documents = read_processed_table(processed_dir, "documents")
    facts = read_processed_table(processed_dir, "facts")
    panel = read_processed_table(processed_dir, "panel", required=False)
    conflicts = read_processed_table(processed_dir, "panel_conflicts", required=False)
    if panel is None or conflicts is None:
        panel, conflicts = build_panel(facts, documents)
    tvo = read_processed_table(processed_dir, "targets_vs_outcomes", required=False)
    if tvo is None:
        tvo = targets_vs_outcomes(facts, documents)
    return documents, facts, panel, conflicts, tvo


def _region_labels(documents: pd.DataFrame, panel: pd.DataFrame) -> dict[str, str]:
    """doc_id -> the region as the panel names it (so every sheet uses one label per document)."""
    labels = dict(zip(documents["doc_id"], document_labels(documents)))
    labels.update(zip(panel["doc_id"], panel["region"]))
    return labels


def _facts_frame(facts: pd.DataFrame, documents: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """Every fact with the region label, the indicator's Chinese name and its document's file, title, type, date."""
    f = _with_name(facts.assign(region=facts["doc_id"].map(labels).fillna(facts["region"])))
    docs = documents.set_index("doc_id")
    if "report_date_precision" in docs and "report_date" in docs:  # the date as printed, not a padded 1 January
        docs = docs.assign(
            report_date=[date_at_precision(r, p) for r, p in zip(docs["report_date"], docs["report_date_precision"])]
        )
    for col in ("file", "title", "report_type", "report_date"):
        if col in docs:
            f[col] = f["doc_id"].map(docs[col])
    f = f[[c for c in _FACT_ORDER if c in f.columns]]
    return f.sort_values(["region", "year", "indicator", "measure", "doc_id"], kind="stable")


def _with_name(df: pd.DataFrame) -> pd.DataFrame:
    """*df* with the catalog's Chinese name right after its ``indicator`` column."""
    df = df.copy()
    if "indicator" in df and "name_zh" not in df:
        cat = load_catalog()
        names = df["indicator"].map(lambda i: getattr(cat.get(i), "name_zh", i))
        df.insert(list(df.columns).index("indicator") + 1, "name_zh", names)
    return df


# --------------------------------------------------------------------------- cells and formats


def _python(v: Any) -> Any:
    """A cell value: None for missing, Python scalars for numpy/pandas ones."""
    t = type(v)
    if t is str or t is int or t is bool:
        return v
    if t is float:
        return None if v != v else v
    if v is None or (pd.api.types.is_scalar(v) and pd.isna(v)):
        return None
    return v.item() if hasattr(v, "item") else v


class _Sheet:
    """The cells of one sheet gathered in memory, then streamed into a write-only worksheet
    (openpyxl's fast mode: each row written once, in order, after the column widths are fitted).

    A cell is held as its plain value, or as a :class:`WriteOnlyCell` where it carries a style or
    a comment (:meth:`styled`) or is text Excel would read as a formula or an error (:meth:`put`)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.rows: list[list[Any]] = []
        self.freeze: str | None = None
        self.autofilter = False
        self.widths: dict[int, float] = {}  # fixed widths, by column number (others are fitted)

    def value(self, value: Any) -> Any:
        """What a cell holds for *value*: strings as text (never a formula, nor an error value such
        as #N/A), cleaned of characters Excel refuses; missing values as None."""
        value = _python(value)
        if type(value) is str:
            text = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_CHARS]
            if text.startswith(FORMULA_STARTS) or text in ERROR_CODES:
                cell = WriteOnlyCell(self.ws)
                cell.value = text
                cell.data_type = "s"
                if text.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True
                return cell
            return text
        return value

    def styled(self, value: Any) -> Cell:
        """A cell for *value* that can take a style or a comment."""
        held = self.value(value)
        return held if isinstance(held, Cell) else WriteOnlyCell(self.ws, held)

    def put(self, row: int, col: int, value: Any, styled: bool = False) -> Any:
        """Place *value* at (row, col), 1-based; return what the cell holds (a cell if *styled*)."""
        held = self.styled(value) if styled else self.value(value)
        while len(self.rows) < row:
            self.rows.append([])
        cells = self.rows[row - 1]
        if len(cells) < col:
            cells.extend([None] * (col - len(cells)))
        cells[col - 1] = held
        return held

    def close(self, minimum: int = 6) -> None:
        """Stream the rows into the worksheet (column widths, frozen panes and filter first)."""
        ws = self.ws
        widths = _fitted_widths(self.rows, minimum)
        widths.update(self.widths)
        for col, width in sorted(widths.items()):
            ws.column_dimensions[get_column_letter(col)].width = width
        if self.freeze:
            ws.freeze_panes = self.freeze
        ncols = max((len(r) for r in self.rows), default=0)
        if self.autofilter and ncols:
            ws.auto_filter.ref = f"A1:{get_column_letter(ncols)}{len(self.rows)}"
        for cells in self.rows:
            ws.append(_fresh_after_unstyled(ws, cells))


def _fresh_after_unstyled(ws: WriteOnlyWorksheet, cells: list[Any]) -> list[Any]:
    """*cells* ready for ``append``: openpyxl writes plain values through the last unstyled cell of
    the row, so a plain value after one of our unstyled cells (a comment, say) gets its own cell."""
    out = cells
    shared = False
    for i, v in enumerate(cells):
        if isinstance(v, Cell):
            shared = not v.has_style
        elif shared and v is not None:
            if out is cells:
                out = list(cells)
            out[i] = WriteOnlyCell(ws, v)
            shared = False
    return out


def _fitted_widths(rows: list[list[Any]], minimum: int) -> dict[int, float]:
    """Column widths (1-based) that fit every cell's text, CJK counted double, capped at MAX_WIDTH."""
    widest: dict[int, int] = {}
    cap = MAX_WIDTH - 2  # a column this wide is at the cap: its other cells need no measuring
    for cells in rows:
        for col, v in enumerate(cells, start=1):
            if isinstance(v, Cell):
                v = v.value
            if v is None:
                continue
            text = f"{v:,.2f}" if isinstance(v, float) else str(v)
            now = widest.get(col, 0)
            if now >= cap or 2 * len(text) <= now:
                continue  # cannot change the width
            widest[col] = max(now, display_width(text))
    return {col: min(max(w + 2, minimum), MAX_WIDTH) for col, w in widest.items()}


def _decimals(value: float, limit: int = 4) -> int:
    """Decimals needed to show *value* exactly (up to *limit*)."""
    text = f"{abs(value):.{limit}f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def number_format(unit: str, value: float | None = None, approximate: bool = False) -> str:
    """Excel number format for *unit*: 亿元/万元 (any 万/亿 unit) two decimals, % and pp one, counts and
    元 integers; always thousands separators, more decimals only when the value has them (a printed
    73.87% shows 73.87, never 73.9). *approximate* prefixes ``~``."""
    unit = unit or ""
    if unit.startswith(("亿", "万")):
        base = 2
    elif unit in ("%", "pp", "百分点"):
        base = 1
    else:
        base = 0
    places = max(base, _decimals(float(value))) if value is not None else base
    fmt = "#,##0" + ("." + "0" * places if places else "")
    return f'"~"{fmt}' if approximate else fmt


def display_width(text: str) -> int:
    """Columns *text* takes in a spreadsheet: CJK (wide and full-width) characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _header(sheet: _Sheet, columns: list[str], row: int = 1) -> None:
    for j, name in enumerate(columns, start=1):
        cell = sheet.put(row, j, name, styled=True)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center")


def _style_value(cell: Cell, unit: str, kind: str, flags: str, masked: bool) -> None:
    approximate = "approximate" in flag_set(flags)
    if masked and cell.value is None:
        cell.value, cell.data_type, cell.fill = "***", "s", MASK_FILL
        cell.alignment = Alignment(horizontal="right")
    elif isinstance(cell.value, (int, float)):
        cell.number_format = number_format(unit, cell.value, approximate)
    if kind == "estimate":
        cell.font = ESTIMATE_FONT
    if is_warning(flags):
        cell.fill = FLAG_FILL


def _comment(r: Any) -> Comment:
    lines = [str(r.evidence or ""), f"—— {r.doc_id} · {r.report_date or '?'} · {KIND_ZH.get(r.kind, r.kind)} {r.kind}"]
    if r.flags:
        lines.append(f"flags: {r.flags}")
    if _python(r.n_sources) and int(r.n_sources) > 1:
        lines.append(f"{int(r.n_sources)} sources (see facts / conflicts)")
    text = "\n".join(lines)
    comment = Comment(text, "govkit")
    comment.width = 320
    comment.height = 40 + 18 * (display_width(text) // 40 + len(lines))
    return comment


# --------------------------------------------------------------------------- sheets


def period_key(year: Any, period_start: Any, subperiod: str) -> tuple[int, int, int, str]:
    """Column order: by year; the full year first, then spans ending there, then parts of the year."""
    start = _python(period_start)
    rank = 1 if start is not None else (2 if subperiod else 0)
    return (int(year), rank, int(start) if start is not None else 0, str(subperiod or ""))


def period_header(key: tuple[int, int, int, str]) -> str:
    """``2020``, ``2016–2020``, ``2024 H1`` (as in the notebooks)."""
    year, rank, start, subperiod = key
    label = f"{start}–{year}" if rank == 1 else str(year)
    return f"{label} {subperiod}" if subperiod else label


def _family_sheet(sheet: _Sheet, panel: pd.DataFrame) -> None:
    """Region × indicator × measure rows, period columns; actual and estimate values only."""
    p = panel[(panel["kind"] != "target") & panel["year"].notna()]
    cat_order = {k: i for i, k in enumerate(load_catalog())}
    m_order = {m: i for i, m in enumerate(MEASURES)}
    periods = sorted({period_key(y, s, sp) for y, s, sp in zip(p["year"], p["period_start"], p["subperiod"])})
    col_of = {k: len(LABEL_COLUMNS) + 1 + i for i, k in enumerate(periods)}
    headers = [period_header(k) for k in periods]
    _header(sheet, list(LABEL_COLUMNS) + headers)
    rows = sorted(
        {(r, i, m, u) for r, i, m, u in zip(p["region"], p["indicator"], p["measure"], p["unit"])},
        key=lambda k: (k[0], cat_order.get(k[1], len(cat_order)), k[1], m_order.get(k[2], 9), k[3]),
    )
    row_of = {k: n for n, k in enumerate(rows, start=2)}
    cat = load_catalog()
    for (region, ind, measure, unit), n in row_of.items():
        name = getattr(cat.get(ind), "name_zh", ind)
        for j, v in enumerate((region, name, MEASURE_ZH.get(measure, measure), unit, ind, measure), start=1):
            sheet.put(n, j, v)
    for r in p.itertuples(index=False):
        cell = sheet.put(
            row_of[(r.region, r.indicator, r.measure, r.unit)],
            col_of[period_key(r.year, r.period_start, r.subperiod)],
            r.value,
            styled=True,
        )
        _style_value(cell, r.unit, r.kind, r.flags, bool(_python(r.masked)))
        cell.comment = _comment(r)
    sheet.freeze = f"{get_column_letter(len(LABEL_COLUMNS) + 1)}2"
    sheet.autofilter = bool(rows)
    sheet.close()


def _table_sheet(sheet: _Sheet, df: pd.DataFrame, numeric: dict[str, tuple[str, str]]) -> None:
    """A long table; *numeric* maps value columns to (unit column or unit, kind column) for formats and marks."""
    columns = [str(c) for c in df.columns]
    _header(sheet, columns)
    values = {col: [_python(v) for v in df[col].tolist()] for col in columns}
    for j, col in enumerate(columns, start=1):
        cells = values[col]
        if col not in numeric:
            for n, v in enumerate(cells, start=2):
                sheet.put(n, j, v)
            continue
        unit_col, kind_col = numeric[col]
        units = values.get(unit_col) or [unit_col] * len(df)
        kinds = values.get(kind_col) or [""] * len(df)
        flags = values.get("flags") if col in ("value", "outcome") else None
        masked = values.get("masked") if col == "value" else None
        for i, v in enumerate(cells):
            cell = sheet.put(i + 2, j, v, styled=True)
            _style_value(
                cell,
                str(units[i] or ""),
                str(kinds[i] or ""),
                str(flags[i] or "") if flags else "",
                bool(masked[i]) if masked else False,
            )
    sheet.freeze = "A2"
    sheet.autofilter = len(df) > 0
    sheet.close()


def column_notes() -> list[dict[str, str]]:
    """Rows of ``workbook_columns.csv``: sheet, column, source, meaning."""
    return read_table(data_path("present", "workbook_columns.csv"))


def _readme_sheet(sheet: _Sheet, headers: dict[str, list[str]], processed_dir: Path) -> None:
    """The legend and, for every column of every sheet (*headers*: the columns of each table sheet),
    the processed table and column it comes from."""
    sheet.put(1, 1, "govkit.xlsx", styled=True).font = Font(bold=True, size=14)
    sheet.put(
        2,
        1,
        f"由 govkit 从 {processed_dir.name}/ 的表生成 · written by govkit from the tables in {processed_dir.name}/",
    )
    sheet.put(4, 1, "页 sheets", styled=True).font = HEADER_FONT
    names = [README_SHEET, " · ".join(FAMILY_SHEETS.values()), FACTS_SHEET, CONFLICTS_SHEET, TARGETS_SHEET]
    keys = [README_SHEET, "family", FACTS_SHEET, CONFLICTS_SHEET, TARGETS_SHEET, DOCUMENTS_SHEET]
    for i, (name, key) in enumerate(zip([*names, DOCUMENTS_SHEET], keys), start=5):
        sheet.put(i, 1, name)
        sheet.put(i, 3, SHEET_NOTES[key])
    top = 6 + len(keys)
    sheet.put(top, 1, "标记 marks", styled=True).font = HEADER_FONT
    samples: list[tuple[Any, str, str, str, bool]] = [
        (92.45, "亿元", "estimate", "", False),
        (8892933.0, "人", "actual", "implausible_people", False),
        (None, "亿元", "actual", "masked", True),
        (6.5, "%", "actual", "approximate", False),
    ]
    for i, (mark, meaning) in enumerate(LEGEND):
        sheet.put(top + 1 + i, 1, mark)
        sheet.put(top + 1 + i, 3, meaning)
        if i < len(samples):
            v, unit, kind, flags, masked = samples[i]
            _style_value(sheet.put(top + 1 + i, 2, v, styled=True), unit, kind, flags, masked)
    row = top + 2 + len(LEGEND)
    sheet.put(row, 1, "列 columns", styled=True).font = HEADER_FONT
    _header(sheet, ["sheet", "column", "source (table.column)", "meaning"], row=row + 1)
    notes = column_notes()
    sheets = [(FAMILY_SHEETS[f], "family") for f in FAMILIES]
    sheets += [(FACTS_SHEET, "facts"), (CONFLICTS_SHEET, "conflicts"), (TARGETS_SHEET, "targets_vs_outcomes")]
    sheets += [(DOCUMENTS_SHEET, "documents")]
    n = row + 2
    for title, key in sheets:
        if key == "family" and title != FAMILY_SHEETS[FAMILIES[0]]:
            continue  # the family sheets share their columns: described once
        shown = "每个指标族 every family sheet" if key == "family" else title
        present = set(headers[title]) if key != "family" else None
        for note in notes:
            if note["sheet"] == key and (present is None or note["column"] in present):
                for j, v in enumerate((shown, note["column"], note["source"], note["meaning"]), start=1):
                    sheet.put(n, j, v)
                n += 1
    sheet.widths[1] = 30
    sheet.close()


def _save_atomically(wb: Workbook, out: Path) -> None:
    """Save beside *out* and move into place (as every table is written: the usual permissions,
    never a half-written file)."""
    with atomic_path(out) as tmp:
        wb.save(tmp)
