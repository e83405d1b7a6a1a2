"""Views of the corpus as a whole (notebook ``00_corpus_overview``): documents, coverage, quality.

Each view takes the :class:`~govkit.present.processed.Processed` tables and an optional
selection (regions, year span) and returns a sorted DataFrame (deterministic for nbval) or,
for the summary, one sentence; :func:`govkit.present.display.show` displays them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from govkit.analysis.panel import read_processed_table
from govkit.analysis.region_labels import is_unnamed
from govkit.core.catalog import FAMILIES
from govkit.core.document import date_at_precision
from govkit.present.labels import FAMILY_ZH, fmt_number, mark_value
from govkit.present.processed import Processed, document_regions, facts_with_region, select


def printed_dates(documents: pd.DataFrame) -> list[str]:
    """The documents' ``report_date`` at its ``report_date_precision`` (``2024``, not ``2024-01-01``)."""
    prec = documents["report_date_precision"] if "report_date_precision" in documents else [""] * len(documents)
    return [date_at_precision(r, p) for r, p in zip(documents["report_date"], prec)]


def documents_table(data: Processed, regions=None, years=None) -> pd.DataFrame:
    d = data.documents.assign(region=data.documents["region_label"])
    d = select(d, regions, years)
    n = data.facts.groupby("doc_id").size()
    d = d.assign(n_facts=d["doc_id"].map(n).fillna(0).astype(int), report_date=printed_dates(d))
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
    f = facts_with_region(data)
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
            int(has_flag(docs["flags"], "truncated").sum()),
            "文本不完整 document text cut off",
        ),
        (
            "excerpted documents 节选/摘要文件",
            int(has_flag(docs["flags"], "excerpt").sum()),
            "节选、摘要或有删节 an excerpt, summary or abridged text (文本或 MANIFEST 注明 text or manifest says so)",
        ),
        (
            "figures on excerpts 依据节选的数值",
            figures_on_partial(data, regions, years),
            "面板数值来自截断或节选文件 panel figures read from a truncated or excerpted document",
        ),
        ("facts without year 缺年份", int(f["year"].isna().sum()), "无法放入面板 cannot be placed in the panel"),
    ]
    return pd.DataFrame(rows, columns=["check", "count", "meaning"])


def flagged_facts(data: Processed, regions=None, years=None) -> pd.DataFrame:
    f = select(facts_with_region(data), regions, years)
    f = f[f["masked"].fillna(False) | (f["flags"].fillna("") != "")]
    f = f.assign(value=[mark_value(v, k, fl, m) for v, k, fl, m in zip(f["value"], f["kind"], f["flags"], f["masked"])])
    cols = ["region", "year", "indicator", "measure", "value", "unit", "flags", "doc_id", "evidence"]
    return (
        f[cols].sort_values(["region", "year", "indicator", "measure", "doc_id"], kind="stable").reset_index(drop=True)
    )


def _source_cell(value, kind, doc_id) -> str:
    shown = "—" if pd.isna(value) else fmt_number(value)
    return f"{shown} ({kind}) {doc_id}"


def conflicts_table(data: Processed, regions=None, years=None) -> pd.DataFrame:
    """Each conflict: the figure kept and the one that lost (value, kind, document), how far apart,
    why, and both sentences."""
    c = select(data.conflicts, regions, years)
    c = c.assign(
        kept=[_source_cell(v, k, d) for v, k, d in zip(c["value"], c["kind"], c["doc_id"])],
        lost=[_source_cell(v, k, d) for v, k, d in zip(c["other_value"], c["other_kind"], c["other_doc_id"])],
    )
    cols = [
        "region",
        "year",
        "indicator",
        "measure",
        "kept",
        "lost",
        "rel_diff_pct",
        "resolution",
        "evidence",
        "other_evidence",
    ]
    return c[cols].reset_index(drop=True)


#: Document flags that say the text is not the whole report.
PARTIAL_FLAGS = ("truncated", "excerpt")


def has_flag(flags: pd.Series, *names: str) -> pd.Series:
    """True where the comma-separated *flags* hold one of *names*."""
    wanted = set(names)
    return flags.fillna("").map(lambda f: bool(wanted & set(str(f).split(","))))


def _partial_ids(data: Processed) -> set[str]:
    d = data.documents
    return set(d.loc[has_flag(d["flags"], *PARTIAL_FLAGS), "doc_id"])


def figures_on_partial(data: Processed, regions=None, years=None) -> int:
    """Panel values (printed, not masked) read from a truncated or excerpted document."""
    p = select(data.panel, regions, years)
    return int((p["doc_id"].isin(_partial_ids(data)) & p["value"].notna()).sum())


def partial_summary(data: Processed, regions=None, years=None) -> str:
    """One line: how many documents are excerpts or cut off, and how many panel figures rest on them."""
    docs = documents_table(data, regions, years)
    n_ex = int(has_flag(docs["flags"], "excerpt").sum())
    n_tr = int(has_flag(docs["flags"], "truncated").sum())
    p = select(data.panel, regions, years)
    total = int(p["value"].notna().sum())
    on = figures_on_partial(data, regions, years)
    return (
        f"{n_ex} 份节选/摘要文件, {n_tr} 份截断文件; 面板 {total} 个数值中有 {on} 个来自这些文件。"
        f" {n_ex} excerpted and {n_tr} truncated documents; {on} of the panel's {total} figures rest on them."
    )


def truncated_documents(data: Processed, regions=None, years=None) -> pd.DataFrame:
    """Documents whose text is not the whole report (flag ``truncated`` or ``excerpt``) and the
    number of panel figures each one gives."""
    d = documents_table(data, regions, years)
    d = d[has_flag(d["flags"], *PARTIAL_FLAGS)]
    p = data.panel[data.panel["value"].notna()]
    n = p.groupby("doc_id").size()
    d = d.assign(
        partial=[",".join(f for f in PARTIAL_FLAGS if f in str(fl).split(",")) for fl in d["flags"]],
        panel_figures=d["doc_id"].map(n).fillna(0).astype(int),
    )
    return d[["doc_id", "region", "year", "report_type", "n_chars", "partial", "panel_figures", "flags"]].reset_index(
        drop=True
    )


def regions_table(processed_dir: str | Path) -> pd.DataFrame:
    """One row per region of the processed tables, as ``--regions`` accepts it: province, codes,
    the years its documents describe and how many documents it has (``govkit regions``). An
    anonymised report (``匿名<n>``) is a region of its own; ``doc_id`` names it (``--regions``
    takes that too)."""
    docs = read_processed_table(processed_dir, "documents")
    docs = docs.assign(label=document_regions(docs), unnamed=list(unnamed_documents(docs)))
    if "region_id" not in docs:
        docs = docs.assign(region_id="")
    rows = []
    for label, g in docs.groupby("label", sort=True):
        years = sorted({int(y) for y in g["year"].dropna()})
        rows.append(
            {
                "region": label,
                "province": next((p for p in g["province"] if p), ""),
                "adcode": next((c for c in g["adcode"] if c), ""),
                "region_id": next((c for c in g["region_id"] if c), ""),
                "years": ",".join(str(y) for y in years),
                "documents": len(g),
                "doc_id": ",".join(g.loc[g["unnamed"], "doc_id"]),
            }
        )
    return pd.DataFrame(rows, columns=["region", "province", "adcode", "region_id", "years", "documents", "doc_id"])


def unnamed_documents(documents: pd.DataFrame) -> pd.Series:
    """True for each document that names no region (labelled ``匿名<n>``)."""
    anon = documents["anonymised"] if "anonymised" in documents else pd.Series(False, index=documents.index)
    return pd.Series([is_unnamed(r, a) for r, a in zip(documents["region"], anon)], index=documents.index, dtype=bool)
