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
        parts.append(out.to_html(index=index, escape=True, na_rep=MISSING, border=0, classes="govkit-table"))
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
