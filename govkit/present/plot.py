"""Charts (matplotlib + seaborn) with Chinese labels: time series, rankings, attention lines,
sector composition, targets against outcomes, distinctive terms. Heat maps are in
:mod:`govkit.present.heatmap`; the font, colours and axis helpers in :mod:`govkit.present.plot_style`.

Conventions on every chart: units on the value axis; missing years break the line (nothing
is interpolated); hollow markers are estimates, dashed diamonds targets; a red ring marks a
flagged value (implausible, conflicting sources) and a grey ✕ on the year axis a masked one
(``***`` in the report). A value axis never magnifies a single point or a flat series into a
slope (:func:`~govkit.present.plot_style.honest_value_axis`). A chart with nothing to draw is
not drawn: the helper returns a :class:`~govkit.present.plot_style.NoChart`, one line saying
what is missing (shown in place of the chart in a notebook).
"""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from govkit.analysis.panel import is_warning
from govkit.present.labels import MEASURE_ZH, indicator_label, indicator_name, value_unit
from govkit.present.plot_style import (
    BASE_FONT_SIZE,
    FLAG_COLOR,
    MASK_COLOR,
    REGION_COLORS,
    NoChart,
    honest_value_axis,
    legend_handles,
    new_figure,
    no_chart,
    setup_fonts,
    year_axis,
)

# --------------------------------------------------------------------------- time series


def draw_series(ax, rows: pd.DataFrame, color=None, label: str | None = None) -> None:
    """Draw one region's series of one indicator × measure onto *ax*.

    *rows*: panel rows (year, value, kind, flags, masked). Outcomes (actual/estimate) are
    joined by a solid line that breaks at missing years; targets are dashed diamonds.
    """
    rows = rows.sort_values("year")
    color = color or "C0"
    out = rows[rows["kind"] != "target"]
    known = out[out["value"].notna()]
    if not known.empty:
        years = np.arange(int(known["year"].min()), int(known["year"].max()) + 1)
        s = known.set_index("year")["value"].astype(float).reindex(years)
        ax.plot(years, s.to_numpy(), "-", color=color, label=label, lw=1.8)
        for kind, face in (("actual", color), ("estimate", "white")):
            k = known[known["kind"] == kind]
            ax.plot(k["year"].astype(int), k["value"].astype(float), "o", color=color, mfc=face, mew=1.5, ms=6, ls="")
    tg = rows[(rows["kind"] == "target") & rows["value"].notna()]
    if not tg.empty:
        ax.plot(
            tg["year"].astype(int),
            tg["value"].astype(float),
            "D--",
            color=color,
            mfc="white",
            mew=1.5,
            ms=6,
            label=None if not known.empty else label,
        )
    fl = rows[rows["value"].notna() & rows["flags"].map(is_warning)]
    if not fl.empty:
        ax.plot(
            fl["year"].astype(int), fl["value"].astype(float), "o", ms=13, mfc="none", mec=FLAG_COLOR, mew=1.8, ls=""
        )
    ms = rows[rows["value"].isna()]
    if not ms.empty:
        ax.plot(
            ms["year"].astype(int),
            np.zeros(len(ms)),
            "X",
            color=MASK_COLOR,
            ms=9,
            ls="",
            transform=ax.get_xaxis_transform(),
            clip_on=False,
        )


def small_multiples(
    panel: pd.DataFrame,
    indicators: list[str],
    measure: str = "level",
    regions=None,
    years=None,
    ncols: int = 3,
    title: str | None = None,
) -> Figure | NoChart:
    """One panel per indicator (own unit), one line per region.

    Indicators without any value for the regions and years get no panel: a line under the
    chart names them; when none has a value, a :class:`NoChart` says so instead of a figure.
    """
    setup_fonts()
    indicators = list(indicators)
    regions = list(regions) if regions else sorted(panel["region"].unique())
    colors = {r: REGION_COLORS[i % len(REGION_COLORS)] for i, r in enumerate(regions)}
    p = panel[(panel["measure"] == measure) & (panel["subperiod"] == "") & panel["period_start"].isna()]
    if years:
        p = p[(p["year"] >= min(years)) & (p["year"] <= max(years))]
    p = p[p["region"].isin(regions)]
    missing = [i for i in indicators if p[p["indicator"] == i].empty]
    indicators = [i for i in indicators if i not in missing]
    what = f"{MEASURE_ZH.get(measure, '')} " if measure != "level" else ""
    if not indicators:
        names = "、".join(indicator_name(i) for i in missing) or "未选指标 no indicator chosen"
        return no_chart(f"无图：{what}无数据 no chart, no {measure} values for {names}")
    n = len(indicators)
    ncols = min(ncols, n)
    nrows = math.ceil(n / ncols)
    fig, axes = new_figure(nrows, ncols, width=max(4.2 * ncols, 6.5), height=3.2 * nrows + 0.6)
    shown = p[p["indicator"].isin(indicators)]["year"].dropna()
    span = list(years) if years else ([int(shown.min()), int(shown.max())] if len(shown) else [])
    for i, ind in enumerate(indicators):
        ax = axes[i // ncols][i % ncols]
        sub = p[p["indicator"] == ind]
        for r in regions:
            rr = sub[sub["region"] == r]
            if not rr.empty:
                draw_series(ax, rr, color=colors[r], label=r)
        year_axis(ax, span)
        honest_value_axis(ax, sub["value"].astype(float), start_at_zero=measure == "level")
        ax.set_title(indicator_name(ind) + (f" {MEASURE_ZH.get(measure, '')}" if measure != "level" else ""))
        ax.set_ylabel(value_unit(ind, measure))
    for j in range(n, nrows * ncols):
        axes[j // ncols][j % ncols].set_visible(False)
    handles = legend_handles()
    if len(regions) > 1:
        handles = [Line2D([], [], color=colors[r], lw=2, label=r) for r in regions] + handles
    fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 5), frameon=False, bbox_to_anchor=(0.5, 0))
    if title:
        fig.suptitle(title)
    legend_rows = math.ceil(len(handles) / 5)
    bottom = 0.45 * legend_rows / fig.get_figheight()
    if missing:
        names = "、".join(indicator_name(i) for i in missing)
        fig.text(0.01, 0.005, f"无数据 no data: {names}", fontsize=BASE_FONT_SIZE - 2, color="0.35")
        bottom += 0.3 / fig.get_figheight()
    fig.tight_layout(rect=(0, min(0.4, bottom), 1, 1))
    return fig


# --------------------------------------------------------------------------- bars and lines


def latest_rankings_chart(
    ranks: pd.DataFrame, ncols: int = 3, title: str = "排名 Rankings (latest year compared)"
) -> Figure | NoChart:
    """One bar panel per indicator for the latest year in which ≥ 2 of the regions report it.

    *ranks*: :func:`govkit.analysis.panel.rankings` frames concatenated (numeric ``value``).
    """
    r = ranks[ranks["n_compared"] >= 2] if not ranks.empty else ranks
    inds = list(dict.fromkeys(r["indicator"])) if not r.empty else []
    n = max(len(inds), 1)
    ncols = min(ncols, n)
    nrows = math.ceil(n / ncols)
    per = int(r.groupby(["indicator", "year"]).size().max()) if not r.empty else 1
    if not inds:
        return no_chart(f"无图：{title.split()[0]}少于两个地区有数据 no chart, fewer than two regions report")
    fig, axes = new_figure(nrows, ncols, width=4.4 * ncols, height=nrows * (0.45 * per + 1.6))
    for i, ind in enumerate(inds):
        ax = axes[i // ncols][i % ncols]
        sub = r[r["indicator"] == ind]
        y = int(sub["year"].max())
        sub = sub[sub["year"] == y].sort_values("rank", ascending=False)
        colors = [FLAG_COLOR if is_warning(f) else "C0" for f in sub["flags"]]
        vals = sub["value"].astype(float).to_numpy()
        ax.barh(sub["region"], vals, color=colors)
        for yi, (v, k) in enumerate(zip(vals, sub["kind"])):
            ax.annotate(
                f"{v:,.4g}{'*' if k == 'estimate' else ''}",
                (v, yi),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=BASE_FONT_SIZE - 2,
            )
        m = sub["measure"].iloc[0]
        ax.set_title(f"{indicator_name(ind)} {MEASURE_ZH.get(m, '')} {y}".strip())
        ax.set_xlabel(value_unit(ind, m, sub["unit"].iloc[0]))
        ax.margins(x=0.3)
    for j in range(len(inds) or 1, nrows * ncols):
        axes[j // ncols][j % ncols].set_visible(False)
    fig.suptitle(title + "  (* 预计 estimate; 红色 = 标记 flagged)")
    fig.tight_layout()
    return fig


def theme_lines(
    att: pd.DataFrame,
    theme_labels: dict[str, str] | None = None,
    ncols: int = 4,
    title: str = "政策注意力 Attention per 1,000 words",
) -> Figure | NoChart:
    """One panel per theme, one line per region over report years (per-thousand index).

    Years without a report break the line; several reports of one region-year are averaged.
    """
    themes = list(dict.fromkeys(att["theme"])) if not att.empty else []
    n = max(len(themes), 1)
    ncols = min(ncols, n)
    nrows = math.ceil(n / ncols)
    if not themes:
        return no_chart("无图：没有政策注意力数据 no chart, no attention values")
    fig, axes = new_figure(nrows, ncols, width=max(3.6 * ncols, 6.5), height=2.9 * nrows + 0.8, sharey=True)
    a = (
        att[att["year"].notna()].groupby(["theme", "region", "year"], as_index=False)["per_thousand"].mean()
        if themes
        else att
    )
    regions = sorted(a["region"].unique()) if themes else []
    colors = {r: REGION_COLORS[i % len(REGION_COLORS)] for i, r in enumerate(regions)}
    years = [int(a["year"].min()), int(a["year"].max())] if themes and len(a) else []
    for i, th in enumerate(themes):
        ax = axes[i // ncols][i % ncols]
        for r in regions:
            s = a[(a["theme"] == th) & (a["region"] == r)].sort_values("year")
            if s.empty:
                continue
            yrs = np.arange(int(s["year"].min()), int(s["year"].max()) + 1)
            v = s.set_index("year")["per_thousand"].astype(float).reindex(yrs)
            ax.plot(yrs, v.to_numpy(), "-o", color=colors[r], ms=4, lw=1.5)
        ax.set_title(textwrap.fill((theme_labels or {}).get(th, th), 22))
        year_axis(ax, years)
        if i % ncols == 0:
            ax.set_ylabel("每千词 per 1,000 words")
    for j in range(len(themes) or 1, nrows * ncols):
        axes[j // ncols][j % ncols].set_visible(False)
    if regions:
        handles = [Line2D([], [], color=colors[r], lw=2, marker="o", label=r) for r in regions]
        fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 4), frameon=False)
        rows = math.ceil(len(handles) / 4)
        fig.suptitle(title)
        fig.tight_layout(rect=(0, min(0.4, 0.35 * rows / fig.get_figheight()), 1, 1))
    return fig


def composition_chart(comp: pd.DataFrame, title: str = "三次产业结构 Composition of value added") -> Figure | NoChart:
    """Stacked 100 % bars of sector shares per region × year (missing shares left out, not zero)."""
    c = comp[comp["share_pct"].notna()]
    if c.empty:
        return no_chart("无图：无三次产业数据 no chart, no sector values")
    fig, axes = new_figure(
        1, 1, width=9, height=max(4.0, 0.35 * c[["region", "year"]].drop_duplicates().shape[0] + 1.8)
    )
    ax = axes[0][0]
    c = c.assign(label=c["region"] + " " + c["year"].astype(str))
    wide = c.pivot_table(index="label", columns="sector_zh", values="share_pct", aggfunc="first")
    wide = wide.reindex(columns=[s for s in ("第一产业", "第二产业", "第三产业") if s in wide.columns])
    left = np.zeros(len(wide))
    for i, col in enumerate(wide.columns):
        vals = wide[col].to_numpy(dtype=float)
        ax.barh(wide.index, np.nan_to_num(vals), left=left, color=f"C{i}", label=col)
        for y, (x0, v) in enumerate(zip(left, vals)):
            if not np.isnan(v) and v >= 4:
                ax.text(x0 + v / 2, y, f"{v:.1f}", ha="center", va="center", color="white", fontsize=BASE_FONT_SIZE - 2)
        left = left + np.nan_to_num(vals)
    for y, total in enumerate(left):  # sectors not reported are left blank and said so, not drawn as 0
        if total < 99.5:
            ax.text(total + 1, y, "其余未报告 rest not reported", va="center", color="0.4", fontsize=BASE_FONT_SIZE - 2)
    ax.set_xlabel("占比 share (%)")
    ax.set_xlim(0, 100)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.02), ncol=3, frameon=False)
    ax.set_title(title, pad=28)
    fig.tight_layout()
    return fig


def targets_chart(tvo: pd.DataFrame, title: str = "目标与实际 Targets vs outcomes") -> Figure | NoChart:
    """Dumbbells from each target to its outcome.

    Amounts (levels not in %) are drawn as outcome in % of target (target = 100); rates
    (growth, shares, completion) as the gap in percentage points (target = 0). Targets without
    a later outcome are not drawn; the count is given under the chart (the table lists them).
    """
    rows = tvo[tvo["outcome"].notna() & tvo["target"].notna()].reset_index(drop=True)
    n_open = int(tvo["outcome"].isna().sum())
    is_amount = (rows["measure"] == "level") & (rows["unit"] != "%")
    groups = [(g, rows[m]) for g, m in (("amount", is_amount), ("rate", ~is_amount)) if m.any()]
    if not groups:
        open_note = f" ({n_open} 项目标尚无后续数据 without a reported outcome)" if n_open else ""
        return no_chart(f"无图：没有可对照的目标 no chart, no target with a reported outcome{open_note}")
    heights = [max(1.0, 0.42 * len(g[1])) for g in groups]
    fig, axes = new_figure(len(heights), 1, width=9, height=sum(heights) + 1.6, gridspec_kw={"height_ratios": heights})
    for ax, (g, r) in zip(axes[:, 0], groups):
        t = r["target"].astype(float).to_numpy()
        o = r["outcome"].astype(float).to_numpy()
        if g == "amount":
            with np.errstate(divide="ignore", invalid="ignore"):
                x = np.where(t != 0, o / t * 100, np.nan)
            ref, xlabel = 100.0, "实际占目标 outcome as % of target (目标 = 100)"
        else:
            x, ref, xlabel = o - t, 0.0, "实际 − 目标 outcome minus target (百分点 pp)"
        ys = np.arange(len(r))
        ax.axvline(ref, color="0.5", ls="--", lw=1)
        for y, xv, met in zip(ys, x, r["met"]):
            color = "0.4" if pd.isna(met) else ("C2" if bool(met) else "C3")
            if not np.isnan(xv):
                ax.plot([ref, xv], [y, y], "-", color=color, lw=2)
                ax.plot([xv], [y], "o", color=color, ms=7)
        ax.plot(np.full(len(r), ref), ys, "D", mfc="white", color="0.3", ms=7, ls="")
        ax.set_yticks(ys)
        ax.set_yticklabels(
            [f"{x.region} {indicator_label(x.indicator, x.measure, x.unit)} {int(x.year)}" for x in r.itertuples()]
        )
        ax.set_ylim(len(r) - 0.5, -0.5)
        ax.set_xlabel(xlabel)
        ax.margins(x=0.15)
    axes[0][0].set_title(title)
    note = "绿色 = 达成 met, 红色 = 未达成 missed"
    if n_open:
        note += f"; {n_open} 项目标尚无后续数据 without a reported outcome (见表 see table)"
    fig.text(0.01, 0.01, note, fontsize=BASE_FONT_SIZE - 2, color="0.35")
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


def terms_chart(
    terms: pd.DataFrame,
    term_col: str = "term",
    score_col: str = "z",
    group_col: str | None = "group",
    title: str = "特征词 Distinctive terms",
    xlabel: str = "z",
) -> Figure | NoChart:
    """Diverging bars: terms typical of the first group to the right (score > 0), of the other to the left."""
    t = terms.sort_values(score_col, kind="stable").reset_index(drop=True) if not terms.empty else terms
    if t.empty:
        return no_chart("无图：没有特征词 no chart, no distinctive terms")
    fig, axes = new_figure(1, 1, width=9, height=max(3.0, 0.3 * len(t) + 1.8))
    ax = axes[0][0]
    vals = t[score_col].astype(float).to_numpy()
    colors = np.where(vals > 0, "C0", "C1")
    ax.barh(np.arange(len(t)), vals, color=colors)
    ax.set_yticks(np.arange(len(t)))
    ax.set_yticklabels(t[term_col].astype(str))
    ax.axvline(0, color="0.3", lw=1)
    ax.set_xlabel(xlabel)
    if group_col and group_col in t:
        pos = t.loc[vals > 0, group_col]
        neg = t.loc[vals <= 0, group_col]
        handles = []
        for ser, c in ((pos, "C0"), (neg, "C1")):
            if len(ser):
                handles.append(
                    Line2D([], [], color=c, lw=8, label=textwrap.shorten(str(ser.iloc[0]), 60, placeholder="…"))
                )
        ax.legend(handles=handles, loc="lower right", frameon=True)
    ax.set_title(title)
    fig.tight_layout()
    return fig
