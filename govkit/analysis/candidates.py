"""The panel's candidates: facts annotated with their document, evidence tier and precedence, ranked.

:func:`annotate_facts` joins each fact to its document (:func:`doc_info`: region label and id,
report type and date, the year described) and adds what consolidation weighs: the key's region
(``_rkey``), the evidence tier (:func:`govkit.analysis.evidence.tier_of`), rounding and bounds,
genre authority and report recency. :func:`ranked` sorts the candidates by the key
(:data:`GKEY`) and :data:`PRECEDENCE`, so that the first row of each key is the one the panel
keeps; :func:`revisions_first` lets a revision beat what it revises. The rules they apply are
stated once, in :mod:`govkit.analysis.consolidate`; the consolidated panel, the targets against
outcomes (:mod:`govkit.analysis.targets`) and the cross-checks (:mod:`govkit.analysis.crosschecks`)
all start from these candidates.
"""

from __future__ import annotations

import pandas as pd

from govkit.analysis.evidence import (
    APPROXIMATE_FLAG,
    TARGET_TIER,
    adjusted_targets,
    authority_of,
    bound_side,
    date_order,
    flag_set,
    grade,
    is_milestone,
    printed_as_revision,
    printed_before_year_end,
    same_period,
    tier_of,
)
from govkit.analysis.region_labels import ANON_LABEL, document_labels, label_map, series_labels
from govkit.core.catalog import KINDS, load_catalog
from govkit.core.document import date_at_precision
from govkit.core.errors import GovkitError
from govkit.facts.report_date import TO_DATE_FLAG, YEAR_GUESSED_FLAG
from govkit.facts.schema import FACT_DTYPES

KIND_RANK = {k: i for i, k in enumerate(KINDS)}  # actual 0, estimate 1, target 2

#: Group key of the consolidation; ``_rkey`` is region_id or the region label, ``_ps`` period_start (NA -> -1).
GKEY = ["_rkey", "year", "_ps", "subperiod", "indicator", "measure"]

_DOC_COLS = [
    "doc_id",
    "doc_region",
    "doc_adcode",
    "region_id",
    "anonymised",
    "report_type",
    "report_date",
    "doc_year",
    "doc_flags",
    "doc_label",
]


def doc_info(documents: pd.DataFrame | None) -> pd.DataFrame:
    """One row per document with the columns consolidation needs (missing ones empty)."""
    if documents is None or documents.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in _DOC_COLS})
    d = documents.copy()
    for c in ("region", "adcode", "region_id", "report_type", "report_date", "flags"):
        if c not in d:
            d[c] = ""
        d[c] = d[c].fillna("").astype(str)
    if "report_date_precision" in d:  # the table pads to YYYY-MM-DD; order and show the date as printed
        d["report_date"] = [date_at_precision(r, p) for r, p in zip(d["report_date"], d["report_date_precision"])]
    if "anonymised" not in d:
        d["anonymised"] = False
    if "year" not in d:
        d["year"] = pd.NA
    d = d.rename(columns={"region": "doc_region", "adcode": "doc_adcode", "year": "doc_year", "flags": "doc_flags"})
    d["anonymised"] = d["anonymised"].fillna(False).astype(bool)
    if "level" in d:  # a township carries its county's code: its own series (by name), never the county's
        d.loc[d["level"].fillna("").astype(str) == "township", "region_id"] = ""
    d = d.drop_duplicates("doc_id")
    d["doc_label"] = document_labels(d.rename(columns={"doc_region": "region"})).astype(str)
    return d[_DOC_COLS]


def annotate_facts(facts: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Facts with region label, adcode, report type/date and precedence keys added.

    Added columns: ``region_id``, ``report_type``, ``report_date``, ``doc_year``, ``doc_flags``,
    ``kind_rank``, ``order`` (report recency, larger is newer), ``known`` (value printed),
    ``value_high`` (upper bound of a range, NA if none), ``milestone``, ``tier`` (evidence tier),
    ``authority`` (genre rank), ``_rkey`` (the region of the key).
    """
    missing = [c for c in ("doc_id", "indicator", "measure", "value", "year", "kind") if c not in facts]
    if missing:
        raise GovkitError(f"fact table lacks column(s) {', '.join(missing)}")
    f = facts.reindex(columns=list(FACT_DTYPES)).copy()
    for col, dtype in FACT_DTYPES.items():
        f[col] = f[col].astype(dtype)
        if dtype == "string":
            f[col] = f[col].fillna("")
    f["value_high"] = pd.array(facts["value_high"], dtype="Float64") if "value_high" in facts else pd.NA
    f["value_high"] = f["value_high"].astype("Float64")
    f["masked"] = f["masked"].fillna(False)
    f["subperiod"] = f["subperiod"].map(same_period)  # 1—6月 and 上半年: one period, one key
    info = doc_info(documents)
    f = f.merge(info, on="doc_id", how="left")
    anon = f["anonymised"].fillna(False).astype(bool)
    region = f["region"].where(f["region"] != "", f["doc_region"].fillna("").astype(str))
    f["region"] = _labels(f, region, anon, len(label_map(documents)))
    f["adcode"] = f["adcode"].where(f["adcode"] != "", f["doc_adcode"].fillna("").astype(str))
    f.loc[anon | (region == ""), "adcode"] = ""
    f["region_id"] = f["region_id"].fillna("").astype(str)
    f.loc[anon | (region == ""), "region_id"] = ""
    # a fact naming another region than its report's keeps its own label (its region_id is unknown)
    own = (f["region"] == f["doc_region"].fillna("").astype(str)) | (f["region_id"] == "")
    f.loc[~own, "region_id"] = ""
    f["_rkey"] = f["region_id"].where(f["region_id"] != "", f["region"])
    for c in ("report_type", "report_date", "doc_flags"):
        f[c] = f[c].fillna("").astype(str)
    f["doc_year"] = pd.array(f["doc_year"], dtype="Int64")
    f["family"] = f["family"].where(
        f["family"] != "", f["indicator"].map(lambda i: getattr(load_catalog().get(i), "family", ""))
    )
    f["kind_rank"] = f["kind"].map(KIND_RANK).fillna(len(KINDS)).astype(int)
    f["order"] = [date_order(r, y) for r, y in zip(f["report_date"], f["doc_year"])]
    f["region"] = series_labels(f)  # one label per series, in the panel, its pairs and its checks
    f["known"] = f["value"].notna().astype(bool)
    offs = (f["value_start"] - f["evidence_start"]).astype("Int64")
    f["milestone"] = [
        is_milestone(e, v, int(o) if pd.notna(o) else None) if k == "level" else False
        for e, v, o, k in zip(f["evidence"], f["value_text"], offs, f["measure"])
    ]
    before_end = [
        printed_before_year_end(r, y, sp, ps)
        for r, y, sp, ps in zip(f["report_date"], f["year"], f["subperiod"], f["period_start"])
    ]
    f["tier"] = [
        tier_of(k, y, dy, m, TO_DATE_FLAG in (fs := flag_set(fl)), b, YEAR_GUESSED_FLAG in fs)
        for k, y, dy, m, fl, b in zip(f["kind"], f["year"], f["doc_year"], f["milestone"], f["flags"], before_end)
    ]
    f["approx"] = [APPROXIMATE_FLAG in flag_set(fl) for fl in f["flags"]]
    f["bound"] = [
        bound_side(e, v, int(o) if pd.notna(o) else None) if x else ""
        for e, v, o, x in zip(f["evidence"], f["value_text"], offs, f["approx"])
    ]
    f["authority"] = f["report_type"].map(authority_of).astype(int)
    return f.drop(columns=["doc_region", "doc_adcode", "anonymised", "doc_label"])


def _labels(f: pd.DataFrame, region: pd.Series, anon: pd.Series, n_table: int) -> list[str]:
    """The region label of each fact: its region, or its document's ``匿名<n>`` when the document
    names none. Facts of documents missing from the documents table (a table of facts alone)
    number those documents in doc_id order after the table's own anonymised ones."""
    unnamed = anon | (region == "")
    doc_label = f["doc_label"].fillna("").astype(str)
    orphans = sorted(set(f.loc[unnamed & (doc_label == ""), "doc_id"]))
    if orphans:
        extra = {d: f"{ANON_LABEL}{n}" for n, d in enumerate(orphans, n_table + 1)}
        doc_label = doc_label.where(doc_label != "", f["doc_id"].map(extra).fillna(""))
    return [lab if u else r for r, lab, u in zip(region, doc_label, unnamed)]


def with_key(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``_ps`` (period_start with NA as -1) so the key can be grouped and merged."""
    df = df.copy()
    df["_ps"] = df["period_start"].fillna(-1).astype("int64")
    if "_rkey" not in df:
        rid = df["region_id"].fillna("").astype(str) if "region_id" in df else pd.Series("", index=df.index)
        df["_rkey"] = rid.where(rid != "", df["region"])
    return df


#: Sort columns after the key: the first row of each key is the one the panel keeps.
PRECEDENCE = ["_masked_rank", "_grade", "approx", "authority", "_neg_order", "_neg_year", "doc_id", "_pos"]


def ranked(cand: pd.DataFrame) -> pd.DataFrame:
    """Candidates (annotated facts with a year) sorted by key, then by :data:`PRECEDENCE`."""
    c = with_key(cand[cand["year"].notna()])
    c["_masked_rank"] = (~c["known"]).astype(int)
    c["_grade"] = [grade(int(t), bool(a)) for t, a in zip(c["tier"], c["approx"])]
    c["_neg_order"] = -c["order"]
    c["_neg_year"] = -c["doc_year"].fillna(0).astype("int64")
    c["_pos"] = c["evidence_start"].fillna(0).astype("int64")
    return c.sort_values(GKEY + PRECEDENCE, kind="stable")


def revisions_first(r: pd.DataFrame, documents: pd.DataFrame | None) -> pd.DataFrame:
    """*r* (:func:`ranked`) with ``revision`` (an actual its sentence calls revised:
    :func:`printed_as_revision`) and ``revised_away`` (a figure printed before the latest revision
    of its key, an actual that is not one itself), re-sorted so that a revision beats what it revises
    whatever the genre; a later publication without revision words keeps the genre's order."""
    r = r.copy()
    texts: dict[str, str] = {}
    if documents is not None and "text" in documents:
        texts = {str(d): t for d, t in zip(documents["doc_id"], documents["text"]) if isinstance(t, str)}
    r["revision"] = [
        bool(k) and t == 0 and printed_as_revision(texts.get(str(d), ""), e, s, x)
        for k, t, d, e, s, x in zip(
            r["known"], r["tier"], r["doc_id"], r["evidence"], r["evidence_start"], r["evidence_end"]
        )
    ]
    latest = r["order"].where(r["revision"]).groupby([r[k] for k in GKEY], dropna=False).transform("max")
    # only actuals are revised away: an estimate already loses by its tier, targets are not restated
    actual = r["tier"] == 0
    r["revised_away"] = (~r["revision"] & r["known"] & actual & (r["order"] < latest)).fillna(False).astype(bool)
    away, by = adjusted_targets(r[r["known"] & (r["tier"] == TARGET_TIER)], GKEY)  # a target adjusted
    r.loc[away, "revised_away"], r.loc[by, "revision"] = True, True  # later in its report (调整为…)
    if not r["revised_away"].any():
        return r
    r["_revised_away"] = r["revised_away"].astype(int)
    at = PRECEDENCE.index("authority")
    return r.sort_values(GKEY + PRECEDENCE[:at] + ["_revised_away"] + PRECEDENCE[at:], kind="stable")
