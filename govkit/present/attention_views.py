"""Views of policy attention (notebook ``50_policy_attention``): themes, changes, distinctive terms.

The attention index (theme words per 1,000 words, :mod:`govkit.analysis.attention`) per
document and theme, as a long table, a document × theme matrix and year-on-year changes;
distinctive terms between regions or periods (weighted log-odds); TF-IDF keywords.
"""

from __future__ import annotations

import pandas as pd

from govkit.analysis.attention import compare, theme_table
from govkit.present.processed import Processed, select


def theme_names() -> dict[str, str]:
    """Theme id -> ``中文名 English`` from govkit's theme lexicons."""
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
