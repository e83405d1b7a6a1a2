"""Showing tables and text in a notebook: every string is HTML-escaped.

Sentences quoted from documents (evidence) and parameter values (region names) end up in
the HTML reports; escaping them here means a document can never inject markup or script.
Missing cells show ``—`` and numbers are formatted as in :mod:`govkit.present.labels`.
"""

from __future__ import annotations

import html

import pandas as pd
from IPython.display import HTML

from govkit.present.labels import LEGEND, MISSING, fmt_number

#: Tables fit the width of the page: short cells (numbers, years, codes) stay on one line, text
#: cells (evidence, titles, flags, document ids) wrap inside a column wide enough to read.
TABLE_CSS = (
    "<style>"
    "table.govkit-table{table-layout:auto;max-width:100%;font-size:12px;margin-left:0}"
    "table.govkit-table td,table.govkit-table th{white-space:nowrap;vertical-align:top;padding:0.25em 0.45em}"
    "table.govkit-table th{white-space:normal;overflow-wrap:anywhere}"
    "table.govkit-table .gk-text{display:block;white-space:normal;overflow-wrap:anywhere;text-align:left;min-width:7em}"
    "table.govkit-table .gk-long{display:block;white-space:normal;overflow-wrap:anywhere;text-align:left;"
    "min-width:13em}"
    "</style>"
)
#: A text cell longer than this many characters makes its column a wrapping text column.
WRAP_CHARS = 16
#: ... and one longer than this (or any ``evidence`` column: quoted sentences) a wide one.
LONG_CHARS = 60


def _cell(value: object, css: str) -> str:
    text = html.escape(str(value))
    return f"<span class='{css}'>{text}</span>" if css else text


def show(
    df: pd.DataFrame,
    caption: str | None = None,
    legend: bool = False,
    index: bool = False,
    empty: str = "无数据 no data",
) -> HTML:
    """Display *df* as an HTML table with every cell escaped; missing cells show ``—``."""
    parts = []
    if caption:
        parts.append(f"<p><b>{html.escape(caption)}</b></p>")
    if df is None or df.empty:
        parts.append(f"<p><i>{html.escape(empty)}</i></p>")
    else:
        out = df.copy()
        for c in out.columns:
            col = out[c]
            if pd.api.types.is_bool_dtype(col):
                continue
            if pd.api.types.is_float_dtype(col):
                out[c] = col.map(fmt_number)
            elif pd.api.types.is_integer_dtype(col):  # years, counts: no thousands separator
                out[c] = col.map(lambda v: MISSING if pd.isna(v) else str(int(v)))
        out = out.astype(object).where(out.notna(), MISSING)
        for c in out.columns:
            longest = int(out[c].map(lambda v: len(str(v))).max()) if len(out) else 0
            css = (
                "gk-long" if longest > LONG_CHARS or "evidence" in str(c) else "gk-text" if longest > WRAP_CHARS else ""
            )
            if pd.api.types.is_bool_dtype(df[c]):
                css = ""
            out[c] = out[c].map(lambda v, css=css: _cell(v, css))
        out.columns = [html.escape(str(c)) for c in out.columns]
        out.index = [html.escape(str(i)) for i in out.index]
        parts.append(TABLE_CSS)
        parts.append(out.to_html(index=index, escape=False, na_rep=MISSING, border=0, classes="govkit-table"))
    if legend and df is not None and not df.empty:
        parts.append(f"<p style='font-size:smaller;color:#555'>{html.escape(LEGEND)}</p>")
    return HTML("\n".join(parts))


def heading(text: str, level: int = 2) -> HTML:
    """An escaped HTML heading (for titles that contain parameter values)."""
    return HTML(f"<h{level}>{html.escape(text)}</h{level}>")


def message(text: str, level: str = "info") -> HTML:
    """An escaped paragraph (``level='warning'`` draws it in a box)."""
    style = "border:1px solid #d62728;padding:6px;background:#fff5f5" if level == "warning" else ""
    return HTML(f"<p style='{style}'>{html.escape(text)}</p>")
