"""Heat maps sized from their labels; missing cells left blank, never filled with 0."""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure

from govkit.present.plot_style import BASE_FONT_SIZE, NoChart, new_figure, no_chart, setup_fonts


def _em(text: str) -> float:
    """Width of *text* in ems: CJK and full-width characters 1, others about 0.6."""
    return sum(1.0 if ord(ch) > 0x2E80 else 0.6 for ch in str(text))


def heatmap(
    matrix: pd.DataFrame,
    title: str = "",
    cbar_label: str = "",
    fmt: str = ".0f",
    cmap: str = "YlGnBu",
    annot: bool = True,
    width: float | None = None,
) -> Figure | NoChart:
    """A labelled heatmap; missing cells are left blank (grey hatch), never filled with 0.

    The figure is sized from its labels so that nothing overlaps: each column is as wide as its
    longest value (and as its label, or the label turns upright), each row as tall as a line of
    text; the figure grows instead of the labels crowding.
    """
    if matrix.empty or matrix.isna().all().all():
        return no_chart(f"无图：{title.split()[0] if title else ''}无数据 no chart, no values")
    setup_fonts()
    nr, nc = matrix.shape
    data = matrix.astype(float)
    tick_pt, annot_pt = BASE_FONT_SIZE - 1, BASE_FONT_SIZE - 2
    em_in = tick_pt / 72
    values = [format(v, fmt) for v in data.to_numpy().ravel() if np.isfinite(v)] if annot else []
    cell_w = max(0.42, (max(map(_em, values), default=1) + 0.8) * annot_pt / 72, 1.6 * em_in)
    col_em = max(_em(c) for c in matrix.columns)
    upright = (col_em + 0.6) * em_in > cell_w  # a label wider than its column is written upright
    cell_h = max(0.3, 1.7 * em_in)
    row_label_in = max(_em(r) for r in matrix.index) * em_in + 0.9
    col_label_in = (col_em * em_in if upright else em_in) + 0.7
    fig_w = width or max(6.0, row_label_in + nc * cell_w + 1.6)
    fig_h = max(3.0, nr * cell_h + col_label_in + 0.9)
    fig, axes = new_figure(1, 1, width=fig_w, height=fig_h)
    ax = axes[0][0]
    ax.set_facecolor("white")
    ax.patch.set_hatch("//")
    ax.patch.set_edgecolor("0.8")
    sns.heatmap(
        data,
        ax=ax,
        annot=annot,
        fmt=fmt,
        annot_kws={"fontsize": annot_pt},
        cmap=cmap,
        cbar_kws={"label": cbar_label, "fraction": min(0.15, 0.6 / fig_w)},
        linewidths=0.5,
        linecolor="white",
        mask=data.isna(),
        xticklabels=True,
        yticklabels=True,
    )
    ax.set_title(title)
    ax.set_xlabel(matrix.columns.name or "")
    ax.set_ylabel(matrix.index.name or "")
    ax.tick_params(axis="x", rotation=90 if upright else 0, labelsize=tick_pt)
    ax.tick_params(axis="y", rotation=0, labelsize=tick_pt)
    fig.tight_layout()
    return fig
