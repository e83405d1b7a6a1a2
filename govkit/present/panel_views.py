"""Views of the panel for a region or a comparison (notebooks ``10``–``40``).

Wide tables (indicator × measure rows, period columns, values marked as in
:mod:`govkit.present.labels`), the source of every number shown, growth, targets against
outcomes, sector composition, rankings and per-family summaries. Rows follow the catalog's
indicator order; every frame is sorted so notebook outputs are deterministic.
"""

from __future__ import annotations

import pandas as pd

from govkit.analysis.panel import composition, growth_table, rankings
from govkit.core.catalog import FAMILIES, load_catalog
from govkit.present.corpus_views import documents_table, printed_dates
from govkit.present.labels import (
    FAMILY_ZH,
    indicator_name,
    mark_value,
    measure_label,
    no_data_message,
    period_label,
    period_sort_key,
    year_span,
    years_label,
)
from govkit.present.processed import Processed, select


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
    w = w.reindex(columns=sorted(w.columns, key=period_sort_key))
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


def sources_view(data: Processed, regions=None, years=None, indicators=None) -> pd.DataFrame:
    """Every document behind the panel figures of *regions*, *years* and *indicators*: doc_id,
    title, genre, date, region, the year it describes, how many figures it gives and its flags
    (``excerpt``, ``truncated`` …)."""
    p = select(data.panel, regions, years, indicators)
    p = p[p["value"].notna() & (p["doc_id"].fillna("") != "")]
    n = p.groupby("doc_id").size()
    d = data.documents[data.documents["doc_id"].isin(n.index)]
    d = d.assign(
        region=d["region_label"],
        figures=d["doc_id"].map(n).astype(int),
        title=d["title"].fillna(""),
        report_date=printed_dates(d),
    )
    cols = ["doc_id", "title", "report_type", "report_date", "region", "year", "figures", "flags"]
    out = d[cols].rename(columns={"report_type": "genre", "report_date": "date"})
    return out.sort_values(["region", "year", "date", "doc_id"], kind="stable").reset_index(drop=True)


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
    g = g.assign(indicator=g["indicator"].map(indicator_name))
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
    t = t.assign(
        indicator=t["indicator"].map(indicator_name),
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
        indicator=r["indicator"].map(indicator_name),
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
