"""Notebook-facing helpers: load the processed tables, select, shape and display them.

The notebooks under ``notebooks/`` hold narrative and parameters; the logic is here. Every
table is sorted (deterministic output for nbval) and shown through :func:`show`, which
HTML-escapes all text — sentences quoted from documents can never inject markup.

Display conventions (also printed under each table by :func:`show`):
``*`` estimate (预计), ``†`` target (目标), ``⚠`` flagged (implausible value or conflicting
sources), ``遮蔽`` masked in the report (``***``), ``—`` missing (never 0).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from govkit.analysis.panel import (
    composition,
    flag_set,
    growth_table,
    is_warning,
    rankings,
    read_processed_table,
    region_label,
)
from govkit.core.catalog import FAMILIES, load_catalog
from govkit.core.errors import GovkitError
from govkit.store.tableset import is_fresh

FAMILY_ZH = {
    "economy": "经济 economy",
    "investment": "投资 investment",
    "fiscal": "财政 fiscal",
    "income": "收入与就业 income",
    "poverty": "脱贫攻坚 poverty",
    "ecology": "生态环境 ecology",
}
KIND_MARK = {"actual": "", "estimate": "*", "target": "†"}
MISSING = "—"
LEGEND = (
    "* 预计 estimate · † 目标 target · ~ 约数 approximate (左右/以上/突破) · ⚠ 标记 flagged (implausible / conflicting sources)"
    " · 遮蔽 masked in the report (***) · — 无数据 missing"
)


@dataclass
class Processed:
    """The processed tables a notebook works with."""

    documents: pd.DataFrame
    facts: pd.DataFrame
    panel: pd.DataFrame
    conflicts: pd.DataFrame
    tvo: pd.DataFrame
    attention: pd.DataFrame | None = None
    keywords: pd.DataFrame | None = None

    @property
    def regions(self) -> list[str]:
        return known_regions(self.documents, self.panel)


def load(processed_dir: str | Path = "../data/processed") -> Processed:
    """Read documents, facts, panel and attention from *processed_dir*.

    The panel tables must have been built from the facts and documents tables now on disk (the
    processed manifest records what each table was built from; content hashes, not file times).
    If they are missing or stale (e.g. after ``govkit extract`` alone) this raises a one-line
    :class:`GovkitError` naming the directory and the command that brings the panel up to date.
    """
    documents = read_processed_table(processed_dir, "documents")
    facts = read_processed_table(processed_dir, "facts")
    if not _newer_than(processed_dir, "panel", ("facts", "documents")):
        raise GovkitError(
            f"{processed_dir}: the panel tables are missing or older than its facts and documents; "
            f"run `govkit panel --processed {processed_dir}`"
        )
    panel = read_processed_table(processed_dir, "panel")
    conflicts = read_processed_table(processed_dir, "panel_conflicts")
    tvo = read_processed_table(processed_dir, "targets_vs_outcomes")
    attention = read_processed_table(processed_dir, "attention", required=False)
    kw_path = Path(processed_dir) / "keywords.csv"
    keywords = pd.read_csv(kw_path, encoding="utf-8-sig") if kw_path.exists() else None
    documents = documents.assign(region_label=document_regions(documents))
    return Processed(documents, facts, panel, conflicts, tvo, attention, keywords)


def _newer_than(processed_dir: str | Path, derived: str, sources: tuple[str, ...]) -> bool:
    """True if the table *derived* is current and was built from the current *sources* tables."""
    return is_fresh(processed_dir, derived, sources)


def document_regions(documents: pd.DataFrame) -> pd.Series:
    """The region label of each document (anonymised ones: ``(匿名)<doc_id>``)."""
    anon = documents["anonymised"] if "anonymised" in documents else pd.Series(False, index=documents.index)
    return pd.Series(
        [
            region_label(r, d, bool(a))
            for r, d, a in zip(documents["region"].fillna(""), documents["doc_id"], anon.fillna(False))
        ],
        index=documents.index,
        dtype="string",
    )


def known_regions(documents: pd.DataFrame, panel: pd.DataFrame | None = None) -> list[str]:
    labels = set(document_regions(documents)) if documents is not None and not documents.empty else set()
    if panel is not None and not panel.empty:
        labels |= set(panel["region"])
    return sorted(labels)


def year_span(years) -> list[int] | None:
    """``[]``/``None`` -> None (all years); otherwise ``[min, max]``."""
    years = [int(y) for y in (years or [])]
    return [min(years), max(years)] if years else None


def regions_label(regions) -> str:
    """``会同县 · 镇巴县``; an empty list means every region."""
    return " · ".join(regions) if regions else "全部地区 all regions"


def years_label(years) -> str:
    span = year_span(years)
    if not span:
        return "全部年份 all years"
    return str(span[0]) if span[0] == span[1] else f"{span[0]}–{span[1]}"


def select(
    df: pd.DataFrame, regions=None, years=None, indicators=None, families=None, year_col: str = "year"
) -> pd.DataFrame:
    """Rows of *df* for the given regions, year span (inclusive), indicators and families."""
    if regions:
        df = df[df["region"].isin(list(regions))]
    span = year_span(years)
    if span:
        df = df[(df[year_col] >= span[0]) & (df[year_col] <= span[1])]
    if indicators:
        df = df[df["indicator"].isin(list(indicators))]
    if families:
        df = df[df["family"].isin(list(families))]
    return df


# --------------------------------------------------------------------------- formatting


def fmt_number(v) -> str:
    """Numbers as printed: integers with thousands separators, others up to 4 decimals."""
    if v is None or pd.isna(v):
        return MISSING
    v = float(v)
    if v == round(v) and abs(v) < 1e15:
        return f"{int(round(v)):,}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")


def mark_value(value, kind: str = "actual", flags: str = "", masked=False) -> str:
    """A panel value as shown in tables: ``92.45*`` (estimate), ``140†`` (target), ``~6.5`` (approximate), ``8,892,933⚠``."""
    if bool(masked) if pd.notna(masked) else False:
        text = "遮蔽"
    elif value is None or pd.isna(value):
        return MISSING
    else:
        text = ("~" if "approximate" in flag_set(flags) else "") + fmt_number(value)
    return text + KIND_MARK.get(kind or "", "") + ("⚠" if is_warning(flags) else "")


def period_label(year, period_start=None, subperiod: str = "") -> str:
    """``2020``, ``2016–2020`` (span), ``2024 H1`` (part of a year)."""
    if year is None or pd.isna(year):
        return "?"
    label = (
        f"{int(period_start)}–{int(year)}" if period_start is not None and pd.notna(period_start) else str(int(year))
    )
    return f"{label} {subperiod}" if subperiod else label


def _period_sort_key(label: str) -> tuple:
    head, _, sub = label.partition(" ")
    a, _, b = head.partition("–")
    end = int(b or a) if (b or a).isdigit() else 0
    start = int(a) if a.isdigit() else 0
    return (end, -start if b else -end, sub)


def measure_label(measure: str) -> str:
    from govkit.present.plot import MEASURE_ZH

    return MEASURE_ZH.get(measure, measure) or "水平 level"


def show(
    df: pd.DataFrame,
    caption: str | None = None,
    legend: bool = False,
    index: bool = False,
    empty: str = "无数据 no data",
):
    """Display *df* as an HTML table with every cell escaped; missing cells show ``—``."""
    from IPython.display import HTML

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


def heading(text: str, level: int = 2):
    """An escaped HTML heading (for titles that contain parameter values)."""
    from IPython.display import HTML

    return HTML(f"<h{level}>{html.escape(text)}</h{level}>")


def message(text: str, level: str = "info"):
    """An escaped paragraph (``level='warning'`` draws it in a box)."""
    from IPython.display import HTML

    style = "border:1px solid #d62728;padding:6px;background:#fff5f5" if level == "warning" else ""
    return HTML(f"<p style='{style}'>{html.escape(text)}</p>")


def no_data_message(regions, years, what: str = "") -> str:
    r = "、".join(regions) if regions else "所选地区"
    return f"没有数据 No data: {r} 在 {years_label(years)} 没有可用的{what or '指标'}数值。"


# --------------------------------------------------------------------------- 00 corpus overview


def documents_table(data: Processed, regions=None, years=None) -> pd.DataFrame:
    d = data.documents.assign(region=data.documents["region_label"])
    d = select(d, regions, years)
    n = data.facts.groupby("doc_id").size()
    d = d.assign(n_facts=d["doc_id"].map(n).fillna(0).astype(int))
    cols = ["doc_id", "region", "report_type", "report_date", "year", "n_chars", "n_facts", "flags"]
    return d[cols].sort_values(["region", "year", "doc_id"], kind="stable").reset_index(drop=True)


def corpus_summary(data: Processed, regions=None, years=None) -> str:
    docs = documents_table(data, regions, years)
    yrs = docs["year"].dropna()
    span = f"{int(yrs.min())}–{int(yrs.max())}" if len(yrs) else "—"
    return (
        f"语料共 {len(docs)} 份文件, 覆盖 {docs['region'].nunique()} 个地区, 年份 {span}; "
        f"抽取事实 {int(docs['n_facts'].sum())} 条。"
        f" The corpus holds {len(docs)} documents from {docs['region'].nunique()} regions ({span})."
    )


def report_types(data: Processed, regions=None, years=None) -> pd.DataFrame:
    docs = documents_table(data, regions, years)
    docs = docs.assign(report_type=docs["report_type"].replace("", "(未识别 unrecognised)"))
    out = docs.groupby("report_type").agg(documents=("doc_id", "count"), regions=("region", "nunique")).reset_index()
    return out.sort_values(["documents", "report_type"], ascending=[False, True], kind="stable").reset_index(drop=True)


def region_years(data: Processed, regions=None, years=None) -> pd.DataFrame:
    docs = documents_table(data, regions, years)
    g = docs.groupby("region")
    out = pd.DataFrame(
        {
            "documents": g.size(),
            "years": g["year"].agg(lambda s: ", ".join(str(int(y)) for y in sorted(s.dropna().unique()))),
            "facts": g["n_facts"].sum(),
        }
    ).reset_index()
    return out.sort_values("region", kind="stable").reset_index(drop=True)


def coverage_matrix(data: Processed, regions=None, years=None) -> pd.DataFrame:
    """Number of panel values per (region, family) × year; blank where there are none."""
    p = select(data.panel, regions, years)
    p = p[p["value"].notna() | p["masked"].fillna(False)]
    if p.empty:
        return pd.DataFrame()
    m = p.groupby(["region", "family", "year"]).size().unstack("year")
    order = {f: i for i, f in enumerate(FAMILIES)}
    m = m.reset_index()
    m["_f"] = m["family"].map(order).fillna(len(order))
    m = m.sort_values(["region", "_f"], kind="stable").drop(columns="_f").set_index(["region", "family"])
    m.columns = [int(c) for c in m.columns]
    m.columns.name = "year"
    return m.sort_index(axis=1)


def coverage_heatmap_frame(matrix: pd.DataFrame) -> pd.DataFrame:
    if matrix.empty:
        return matrix
    out = matrix.copy()
    out.index = [f"{r} · {FAMILY_ZH.get(f, f).split()[0]}" for r, f in out.index]
    out.index.name = "地区 · 指标族 region · family"
    out.columns.name = "年份 year"
    return out


def quality_summary(data: Processed, regions=None, years=None) -> pd.DataFrame:
    f = _facts_with_region(data)
    f = select(f, regions, years)
    docs = documents_table(data, regions, years)
    conflicts = select(data.conflicts, regions, years)
    flags = f["flags"].fillna("").str.split(",").explode()
    flags = flags[flags != ""]
    rows = [
        (
            "masked 遮蔽数值",
            int(f["masked"].fillna(False).sum()),
            "报告中以 *** 遮蔽的数值 values masked in the report",
        ),
        (
            "implausible 异常数值",
            int(flags.str.startswith("implausible").sum()),
            "抽取保留并标记 kept as printed and flagged",
        ),
        (
            "conflicts 来源冲突",
            int(conflicts[["region", "year", "indicator", "measure", "subperiod"]].drop_duplicates().shape[0]),
            "同一指标、年份的来源数值相差 > 0.5% sources disagree",
        ),
        (
            "truncated documents 截断文件",
            int(docs["flags"].fillna("").str.contains("truncat").sum()),
            "文本不完整 document text cut off",
        ),
        ("facts without year 缺年份", int(f["year"].isna().sum()), "无法放入面板 cannot be placed in the panel"),
    ]
    return pd.DataFrame(rows, columns=["check", "count", "meaning"])


def _facts_with_region(data: Processed) -> pd.DataFrame:
    lab = data.documents.set_index("doc_id")["region_label"]
    f = data.facts.copy()
    f["region"] = f["doc_id"].map(lab).fillna(f["region"])
    return f


def flagged_facts(data: Processed, regions=None, years=None) -> pd.DataFrame:
    f = select(_facts_with_region(data), regions, years)
    f = f[f["masked"].fillna(False) | (f["flags"].fillna("") != "")]
    f = f.assign(value=[mark_value(v, k, fl, m) for v, k, fl, m in zip(f["value"], f["kind"], f["flags"], f["masked"])])
    cols = ["region", "year", "indicator", "measure", "value", "unit", "flags", "doc_id", "evidence"]
    return (
        f[cols].sort_values(["region", "year", "indicator", "measure", "doc_id"], kind="stable").reset_index(drop=True)
    )


def conflicts_table(data: Processed, regions=None, years=None) -> pd.DataFrame:
    c = select(data.conflicts, regions, years)
    cols = [
        "region",
        "year",
        "indicator",
        "measure",
        "value",
        "kind",
        "doc_id",
        "other_value",
        "other_kind",
        "other_doc_id",
        "rel_diff_pct",
        "resolution",
        "evidence",
        "other_evidence",
    ]
    return c[cols].reset_index(drop=True)


def truncated_documents(data: Processed, regions=None, years=None) -> pd.DataFrame:
    d = documents_table(data, regions, years)
    return d[d["flags"].fillna("").str.contains("truncat")][
        ["doc_id", "region", "year", "n_chars", "flags"]
    ].reset_index(drop=True)


# --------------------------------------------------------------------------- 10 profile / family tables


def indicators_of(family: str) -> list[str]:
    return [i for i, ind in load_catalog().items() if ind.family == family]


def indicators_with_data(
    panel: pd.DataFrame, regions=None, years=None, families=None, measure: str = "level"
) -> list[str]:
    """Catalog-ordered indicators with at least one yearly value (full year, single year) in the selection."""
    p = select(panel, regions, years, None, families)
    p = p[(p["measure"] == measure) & (p["subperiod"] == "") & p["period_start"].isna() & p["value"].notna()]
    have = set(p["indicator"])
    return [i for i in load_catalog() if i in have]


def wide_table(
    panel: pd.DataFrame,
    regions=None,
    years=None,
    indicators=None,
    families=None,
    measures=("level", "yoy_pct", "cagr_pct", "pp_change", "completion_pct"),
    by_region: bool = False,
) -> pd.DataFrame:
    """Rows indicator × measure (× region), columns periods; cells marked values (see :func:`mark_value`)."""
    p = select(panel, regions, years, indicators, families)
    p = p[p["measure"].isin(list(measures))]
    if p.empty:
        return pd.DataFrame()
    cat = list(load_catalog())
    p = p.assign(
        period=[period_label(y, s, sp) for y, s, sp in zip(p["year"], p["period_start"], p["subperiod"])],
        cell=[mark_value(v, k, f, m) for v, k, f, m in zip(p["value"], p["kind"], p["flags"], p["masked"])],
        指标=p["name_zh"],
        口径=p["measure"].map(measure_label),
        单位=[u or ("%" if m != "level" else "") for u, m in zip(p["unit"], p["measure"])],
        _o=p["indicator"].map({k: i for i, k in enumerate(cat)}),
        _m=p["measure"].map({m: i for i, m in enumerate(measures)}),
    )
    rows = (["region"] if by_region else []) + ["_o", "_m", "指标", "口径", "单位"]
    w = p.pivot_table(index=rows, columns="period", values="cell", aggfunc="first")
    w = w.reindex(columns=sorted(w.columns, key=_period_sort_key))
    w = (
        w.reset_index()
        .sort_values((["region"] if by_region else []) + ["_o", "_m"], kind="stable")
        .drop(columns=["_o", "_m"])
    )
    if by_region:
        w = w.rename(columns={"region": "地区"})
    w.columns.name = None
    return w.reset_index(drop=True)


def source_table(panel: pd.DataFrame, regions=None, years=None, families=None) -> pd.DataFrame:
    """Every number shown, with the document and the sentence it was read from."""
    p = select(panel, regions, years, None, families)
    cat = list(load_catalog())
    p = p.assign(
        period=[period_label(y, s, sp) for y, s, sp in zip(p["year"], p["period_start"], p["subperiod"])],
        value_shown=[mark_value(v, k, f, m) for v, k, f, m in zip(p["value"], p["kind"], p["flags"], p["masked"])],
        measure_zh=p["measure"].map(measure_label),
        _o=p["indicator"].map({k: i for i, k in enumerate(cat)}),
    )
    p = p.sort_values(["region", "_o", "measure", "year", "period_start", "subperiod"], kind="stable")
    cols = [
        "region",
        "name_zh",
        "measure_zh",
        "period",
        "value_shown",
        "unit",
        "kind",
        "n_sources",
        "doc_id",
        "evidence",
    ]
    out = p[cols].rename(columns={"name_zh": "indicator", "measure_zh": "measure", "value_shown": "value"})
    return out.reset_index(drop=True)


def headline_indicators(
    panel: pd.DataFrame, region: str, years=None, families=FAMILIES, measure: str = "level", per_family: int = 2
) -> list[str]:
    """For a profile chart: per family, the indicators with the most yearly values for the region."""
    p = select(panel, [region], years)
    p = p[(p["measure"] == measure) & (p["subperiod"] == "") & p["period_start"].isna() & p["value"].notna()]
    cat = list(load_catalog())
    out: list[str] = []
    for fam in families:
        f = p[p["family"] == fam]
        counts = f.groupby("indicator")["year"].nunique()
        ranked = sorted(counts.index, key=lambda i: (-counts[i], cat.index(i) if i in cat else 999))
        out += ranked[:per_family]
    return out


def profile_summary(data: Processed, region: str, years=None) -> str:
    docs = documents_table(data, [region], None)
    p = select(data.panel, [region], years)
    if p.empty:
        return no_data_message([region], years)
    fams = [FAMILY_ZH[f].split()[0] for f in FAMILIES if f in set(p["family"])]
    ys = p["year"].dropna()
    return (
        f"{region}: {len(docs)} 份文件 documents, {years_label(years)} 范围内面板数值 {int(p['value'].notna().sum())} 个"
        f" (年份 {int(ys.min())}–{int(ys.max())}), 涉及 {'、'.join(fams)}。"
    )


def growth_view(panel: pd.DataFrame, regions=None, years=None, indicators=None) -> pd.DataFrame:
    """Rows with a growth figure (computed from two consecutive levels, or reported), catalog order."""
    g = growth_table(panel, regions=regions, indicators=indicators, years=year_span(years))
    g = g[g["growth_computed_pct"].notna() | g["growth_reported_pct"].notna()]
    cat = list(load_catalog())
    g = g.assign(_o=g["indicator"].map({k: i for i, k in enumerate(cat)}))
    g = g.sort_values(["region", "_o", "year"], kind="stable")
    g = g.assign(indicator=g["indicator"].map(lambda i: getattr(load_catalog().get(i), "name_zh", i)))
    cols = [
        "region",
        "indicator",
        "year",
        "level",
        "unit",
        "growth_computed_pct",
        "growth_reported_pct",
        "discrepancy_pp",
        "flags",
    ]
    return g[cols].reset_index(drop=True)


def targets_view(data: Processed, regions=None, years=None, families=None) -> pd.DataFrame:
    t = select(data.tvo, regions, years, None, families)
    cat = load_catalog()
    t = t.assign(
        indicator=t["indicator"].map(lambda i: getattr(cat.get(i), "name_zh", i)),
        measure=t["measure"].map(measure_label),
        period=[period_label(y, s, sp) for y, s, sp in zip(t["year"], t["period_start"], t["subperiod"])],
    )
    cols = [
        "region",
        "indicator",
        "measure",
        "period",
        "target",
        "outcome",
        "outcome_kind",
        "unit",
        "status",
        "target_doc_id",
        "outcome_doc_id",
        "target_evidence",
        "outcome_evidence",
    ]
    return t[cols].reset_index(drop=True)


def composition_view(panel: pd.DataFrame, regions=None, years=None) -> pd.DataFrame:
    return composition(panel, regions=regions, years=year_span(years))


def rankings_all(panel: pd.DataFrame, indicators, regions=None, years=None, measure: str = "level") -> pd.DataFrame:
    """:func:`govkit.analysis.panel.rankings` for several indicators, concatenated (numeric values)."""
    frames = [rankings(panel, i, measure, regions=regions, years=year_span(years)) for i in indicators]
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def ranking_view(panel: pd.DataFrame, indicators, regions=None, years=None, measure: str = "level") -> pd.DataFrame:
    """Ranks of the compared regions per indicator and year (years where ≥ 2 regions report)."""
    r = rankings_all(panel, indicators, regions, years, measure)
    if r.empty:
        return r
    r = r[r["n_compared"] >= 2]
    r = r.assign(
        value=[mark_value(v, k, f) for v, k, f in zip(r["value"], r["kind"], r["flags"])],
        indicator=r["indicator"].map(lambda i: getattr(load_catalog().get(i), "name_zh", i)),
    )
    return r[["indicator", "year", "rank", "region", "value", "unit", "n_compared", "doc_id"]].reset_index(drop=True)


def family_summary(panel: pd.DataFrame, family: str, regions=None, years=None) -> pd.DataFrame:
    """Per region: number of indicators and values of *family*, the years they cover."""
    p = select(panel, regions, years, None, [family])
    p = p[p["value"].notna()]
    if p.empty:
        return pd.DataFrame()
    g = p.groupby("region")
    out = pd.DataFrame(
        {
            "indicators": g["indicator"].nunique(),
            "values": g.size(),
            "years": g["year"].agg(lambda s: ", ".join(str(int(y)) for y in sorted(s.unique()))),
            "targets": g["kind"].agg(lambda s: int((s == "target").sum())),
        }
    ).reset_index()
    return out.sort_values("region", kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- 50 policy attention


def theme_names() -> dict[str, str]:
    """Theme id -> ``中文名 English`` from govkit's theme lexicons."""
    from govkit.analysis.attention import theme_table

    t = theme_table()
    return {r.theme: f"{r.name_zh} {r.name_en}".strip() for r in t.itertuples()}


def attention_long(data: Processed, regions=None, years=None, themes=None) -> pd.DataFrame:
    """Attention index per document × theme with region labels and document years."""
    if data.attention is None or data.attention.empty:
        return pd.DataFrame(
            columns=["doc_id", "region", "year", "theme", "per_thousand", "matched", "total_words", "top_words"]
        )
    docs = data.documents.set_index("doc_id")
    a = data.attention.copy()
    a["region"] = a["doc_id"].map(docs["region_label"]).fillna(a.get("region", ""))
    a["year"] = (
        pd.array(a["doc_id"].map(docs["year"]), dtype="Int64").fillna(a["year"])
        if "year" in a
        else a["doc_id"].map(docs["year"])
    )
    a = select(a, regions, years)
    if themes:
        a = a[a["theme"].isin(list(themes))]
    order = {t: i for i, t in enumerate(theme_names())}
    a = (
        a.assign(_t=a["theme"].map(order))
        .sort_values(["region", "year", "doc_id", "_t"], kind="stable")
        .drop(columns="_t")
    )
    return a[["doc_id", "region", "year", "theme", "per_thousand", "matched", "total_words", "top_words"]].reset_index(
        drop=True
    )


def attention_matrix(att: pd.DataFrame) -> pd.DataFrame:
    """Documents (rows: region · year · doc_id) × themes (columns), per-thousand values."""
    if att.empty:
        return pd.DataFrame()
    names = theme_names()
    a = att.assign(
        row=[
            f"{r} · {'' if pd.isna(y) else int(y)} · {d}" for r, y, d in zip(att["region"], att["year"], att["doc_id"])
        ],
        col=att["theme"].map(lambda t: str(names.get(t, t)).split()[0]),
    )
    m = a.pivot_table(index="row", columns="col", values="per_thousand", aggfunc="first", sort=False)
    m = m.reindex(columns=[names.get(t, t).split()[0] for t in dict.fromkeys(att["theme"])])
    m.index.name = "文件 document (地区 · 年份 · doc_id)"
    m.columns.name = "主题 theme"
    return m.round(1)


def attention_changes(att: pd.DataFrame) -> pd.DataFrame:
    """Per region and theme: change of the index between consecutive report years (per-thousand points).

    Several documents of one region and year are averaged; years without a document are skipped
    (the change is between the years that have one, named in ``from_year``/``to_year``).
    """
    if att.empty:
        return pd.DataFrame()
    names = theme_names()
    a = att[att["year"].notna()].groupby(["region", "theme", "year"], as_index=False)["per_thousand"].mean()
    a = a.sort_values(["region", "theme", "year"], kind="stable")
    a["from_year"] = a.groupby(["region", "theme"])["year"].shift(1)
    a["from_value"] = a.groupby(["region", "theme"])["per_thousand"].shift(1)
    a = a[a["from_year"].notna()].copy()
    if a.empty:
        return pd.DataFrame()
    a["change"] = (a["per_thousand"] - a["from_value"]).round(2)
    a["theme_zh"] = a["theme"].map(lambda t: names.get(t, t))
    a = a.rename(columns={"year": "to_year", "per_thousand": "to_value"})
    a["from_year"] = a["from_year"].astype("Int64")
    order = {t: i for i, t in enumerate(names)}
    a = a.assign(_t=a["theme"].map(order)).sort_values(["region", "to_year", "_t"], kind="stable")
    return (
        a[["region", "theme_zh", "from_year", "to_year", "from_value", "to_value", "change"]]
        .round(2)
        .reset_index(drop=True)
    )


def distinctive_comparison(data: Processed, regions=None, years=None, top_n: int = 12) -> tuple[str, pd.DataFrame]:
    """Distinctive terms (weighted log-odds, :func:`govkit.analysis.attention.compare`) for the selection.

    Two or more regions: the first region against the others. One region (or all): its earlier
    against its later reports (split at the median report year). Returns ``(description, terms)``
    with a ``group`` column naming the side each term is typical of.
    """
    from govkit.analysis.attention import compare

    docs = data.documents.assign(region=data.documents["region_label"])
    docs = select(docs, regions if regions else None, years)
    docs = docs[["doc_id", "text", "region", "year"]]
    regs = sorted(docs["region"].unique())
    if regions and len(regions) >= 2 and len(regs) >= 2:
        a = regions[0] if regions[0] in regs else regs[0]
        b = [r for r in regs if r != a]
        label_a, label_b = a, "、".join(b)
        terms = compare(docs, a, b, by="region", top_n=top_n)
    else:
        ys = sorted(int(y) for y in docs["year"].dropna().unique())
        if len(ys) < 2:
            return ("少于两个可比较的组 fewer than two groups to compare", pd.DataFrame())
        cut = ys[(len(ys) - 1) // 2]
        early, late = [y for y in ys if y <= cut], [y for y in ys if y > cut]
        label_a, label_b = f"{early[0]}–{early[-1]}", f"{late[0]}–{late[-1]}"
        terms = compare(docs, early, late, by="year", top_n=top_n)
    terms = terms.assign(group=[label_a if z > 0 else label_b for z in terms["z"]], z=terms["z"].round(2))
    terms = terms[terms["z"].abs() >= 1.0]  # keep terms with some evidence either way
    desc = f"{label_a}  vs  {label_b}"
    return desc, terms[["group", "term", "count_a", "count_b", "z"]].reset_index(drop=True)


def keywords_table(data: Processed, regions=None, years=None, top_n: int = 8) -> pd.DataFrame:
    """TF-IDF keywords per document (``keywords.csv``), top *top_n*, joined with ``、``."""
    if data.keywords is None or data.keywords.empty:
        return pd.DataFrame()
    docs = data.documents.assign(region=data.documents["region_label"])[["doc_id", "region", "year"]]
    k = data.keywords[data.keywords["rank"] <= top_n].merge(docs, on="doc_id", how="inner")
    k = select(k, regions, years).sort_values(["region", "year", "doc_id", "rank"], kind="stable")
    out = k.groupby(["region", "year", "doc_id"], sort=False)["term"].agg("、".join).reset_index()
    return out.rename(columns={"term": "keywords"})
