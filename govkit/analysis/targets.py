"""Targets against outcomes across reports.

Each printed target (kind ``target``) is paired with the outcome for the same key (region series ×
year × span × subperiod × indicator × measure, as in :mod:`govkit.analysis.consolidate`) stated by

* a **later report** — one that describes the target's year (or a later one) and is not older
  than the target's report; or
* a **later part of the same report**, only when that report describes the target's year (a
  review that quotes the year's target and then its result) and the outcome's sentence starts
  after the target's sentence ends.

A figure is never paired with itself, nor with a figure of the same sentence (same document and
overlapping evidence spans: ``增长5.9%(预期目标为8.5%以上)`` states an outcome and a target, and
the target is not measured against it). Outcomes are actuals and estimates (never a milestone
phrase, nor an "actual" about a year after its report's); among several the consolidation's
precedence chooses (actual first, then a revision (修订, 核实为, 调整后…) over what it revises, then the
more authoritative genre, then the later report): the outcome is the panel's value. A
figure printed in December of the year it gives (a work report delivered before the year ended)
answers only when no figure printed after the year does; one printed in the year's first eleven
months (a forecast, 预计全年 in an August plan review; the year so far) never answers
(``only a forecast printed before the year ended``).

A range (``增长5.5-6%``: ``value`` 5.5, ``value_high`` 6 in the fact table) keeps both bounds;
``met`` is decided against the bound that is easier to meet — the lower one when more is better
(``data/panel_directions.csv`` says where less is better, and there the upper one); ``gap`` is the
outcome minus that bound (``met_against``).

An approximate target (flag ``approximate`` and no bound side: ``增长6.5%左右``, ``约12亿元``; not
``7%以上`` nor ``控制在4.5%以内``, which are thresholds) missed by no more than its rounding, at
least a tenth (:func:`govkit.analysis.evidence.about_tolerance`: 6.5%左右 and 6.4, 6000人左右 and
5720, 失业率4.5%左右 and 4.6), has ``status`` ``met (about)``; ``met`` stays the strict comparison
(False), and ``met_against`` and ``gap`` are unchanged (-0.1), so the reader sees both.

Two targets of one key read from one sentence (``增长6.5%到7%``) are one range: the lower is the
target, the upper ``target_high``.

Every unpaired target says why in ``unpaired_reason``: ``no later report in the corpus`` (no
report of that region describes the year), ``outcome only in the same sentence`` (the report
restates the target beside the outcome, ``增长8.8%(预期目标为10%)``), ``only a forecast printed
before the year ended`` or ``later report has no figure for it``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from govkit.analysis.candidates import GKEY, annotate_facts, doc_info, ranked, revisions_first
from govkit.analysis.consolidate import typed
from govkit.analysis.evidence import TIERS, about_tolerance, date_order, printed_before_year_end

NO_LATER_REPORT = "no later report in the corpus"
NO_FIGURE = "later report has no figure for it"
SAME_SENTENCE = "outcome only in the same sentence"
FORECAST_ONLY = "only a forecast printed before the year ended"
#: Status of an approximate target missed by less than its rounding (module docstring).
MET_ABOUT = "met (about)"

TVO_COLUMNS: dict[str, str] = {
    "region": "string",
    "indicator": "string",
    "family": "string",
    "measure": "string",
    "year": "Int64",
    "period_start": "Int64",
    "subperiod": "string",
    "unit": "string",
    "target": "Float64",
    "target_doc_id": "string",
    "target_report_date": "string",
    "target_evidence": "string",
    "outcome": "Float64",
    "outcome_kind": "string",
    "outcome_doc_id": "string",
    "outcome_report_date": "string",
    "outcome_evidence": "string",
    "same_report": "boolean",
    "gap": "Float64",
    "direction": "string",
    "met": "boolean",
    "status": "string",
    "target_high": "Float64",
    "met_against": "Float64",
    "unpaired_reason": "string",
    "region_id": "string",
    "target_evidence_start": "Int64",
    "outcome_evidence_start": "Int64",
    "outcome_report_type": "string",
}


def _filter(df: pd.DataFrame, regions=None, years=None) -> pd.DataFrame:
    if regions:
        df = df[df["region"].isin(list(regions))]
    if years:
        lo, hi = min(years), max(years)
        df = df[(df["year"] >= lo) & (df["year"] <= hi)]
    return df


def _doc_years(c: pd.DataFrame, documents: pd.DataFrame | None) -> pd.DataFrame:
    """``_rkey``, ``doc_id``, ``doc_year``, ``order`` of every report of each region series."""
    own = c[["_rkey", "doc_id", "doc_year", "order"]].drop_duplicates(["_rkey", "doc_id"])
    if documents is None or documents.empty:
        return own
    d = doc_info(documents)
    d = d.assign(_rkey=[rid or lab for rid, lab in zip(d["region_id"].fillna(""), d["doc_label"])])
    d["doc_year"] = pd.array(d["doc_year"], dtype="Int64")
    d["order"] = [date_order(r, y) for r, y in zip(d["report_date"], d["doc_year"])]
    return pd.concat([own, d[["_rkey", "doc_id", "doc_year", "order"]]]).drop_duplicates(["_rkey", "doc_id"])


def targets_vs_outcomes(
    facts: pd.DataFrame, documents: pd.DataFrame | None = None, regions=None, years=None
) -> pd.DataFrame:
    """Each target against the outcome for the same key from a later report (rules: module docstring).

    ``status``: ``met`` / ``missed`` / ``no outcome reported``; ``met`` honours the indicator's
    direction and, for ranges, the easier bound (``met_against``); ``unpaired_reason`` says why a
    target has no outcome.
    """
    from govkit.analysis.panel import direction_of

    if facts is None or facts.empty:
        return typed(pd.DataFrame(), TVO_COLUMNS)
    # the panel's precedence, revisions included: a revised figure answers, not the printing it revises
    c = revisions_first(ranked(annotate_facts(facts, documents)), documents)
    c["_row"] = np.arange(len(c))
    reports = _doc_years(c, documents)
    c = _filter(c, regions, years)
    # (a target its sentence adjusts later, 年中调整为…, is no bound of a range: the adjusted one stands)
    targets = _ranges(c[(c["kind"] == "target") & c["known"] & ~c["milestone"] & ~c["revised_away"]])
    if targets.empty:
        return typed(pd.DataFrame(), TVO_COLUMNS)
    early = c["tier"] == TIERS.index("before_year_end")
    month = pd.Series(
        [
            printed_before_year_end(r, y, sp, ps)
            for r, y, sp, ps in zip(c["report_date"], c["year"], c["subperiod"], c["period_start"])
        ],
        index=c.index,
    )
    forecast = early & (month < 12)  # printed in the year's first eleven months: no outcome yet
    outcomes = c[c["known"] & (c["tier"] <= TIERS.index("before_year_end")) & ~forecast]
    t = targets[
        GKEY
        + ["region", "region_id", "period_start", "family", "unit", "value", "value_high", "doc_id", "report_date"]
        + ["evidence", "evidence_start", "evidence_end", "order", "doc_year", "approx", "bound"]
    ].rename(
        columns={
            "value": "target",
            "value_high": "target_high",
            "doc_id": "target_doc_id",
            "report_date": "target_report_date",
            "evidence": "target_evidence",
            "evidence_start": "target_evidence_start",
            "evidence_end": "target_evidence_end",
            "order": "target_order",
            "doc_year": "target_doc_year",
        }
    )
    t = t.reset_index(drop=True).assign(_t=lambda d: np.arange(len(d)))
    o = outcomes[
        GKEY
        + ["value", "kind", "doc_id", "report_date", "report_type", "evidence", "evidence_start", "evidence_end"]
        + ["order", "doc_year", "_row"]
    ].rename(
        columns={
            "value": "outcome",
            "kind": "outcome_kind",
            "doc_id": "outcome_doc_id",
            "report_date": "outcome_report_date",
            "report_type": "outcome_report_type",
            "evidence": "outcome_evidence",
            "evidence_start": "outcome_evidence_start",
            "evidence_end": "outcome_evidence_end",
            "order": "outcome_order",
            "doc_year": "outcome_doc_year",
        }
    )
    m = t.merge(o, on=GKEY, how="inner")
    same_sentence = set(m.loc[_same_sentence(m), "_t"])
    fc = c[c["known"] & forecast][GKEY].drop_duplicates().assign(_forecast=True)
    forecast_keys = set(t.merge(fc, on=GKEY)["_t"])
    m = m[_eligible(m)].sort_values(["_t", "_row"], kind="stable").drop_duplicates("_t")
    keep = [c for c in o.columns if c.startswith("outcome")]
    out = t.merge(m[["_t"] + keep], on="_t", how="left")
    out["same_report"] = (out["outcome_doc_id"] == out["target_doc_id"]).where(out["outcome_doc_id"].notna())
    out["direction"] = out["indicator"].map(direction_of)
    higher = out["direction"] == "higher"
    high = out["target_high"].astype("Float64")
    out["met_against"] = out["target"].astype("Float64").where(higher | high.isna(), high)
    # the distance to the bound the outcome is judged against (失业率控制在4.5%-5%, 4.8: -0.2, not +0.3)
    out["gap"] = (out["outcome"].astype("Float64") - out["met_against"]).round(4)
    outcome = out["outcome"].astype("Float64")
    out["met"] = pd.array(np.where(higher, outcome >= out["met_against"], outcome <= out["met_against"]), "boolean")
    out.loc[out["outcome"].isna(), "met"] = pd.NA
    out["status"] = np.where(
        out["outcome"].isna(), "no outcome reported", np.where(out["met"].fillna(False), "met", "missed")
    )
    about = out["approx"].fillna(False).astype(bool) & (out["bound"].fillna("") == "") & high.isna()
    near = [
        abs(float(g)) <= about_tolerance(t) + 1e-9 if pd.notna(g) else False for g, t in zip(out["gap"], out["target"])
    ]
    out.loc[about & ~out["met"].fillna(True).astype(bool) & pd.Series(near, index=out.index), "status"] = MET_ABOUT
    out["unpaired_reason"] = _reasons(out, reports)
    alone = out["outcome"].isna() & out["_t"].isin(same_sentence) & (out["unpaired_reason"] == NO_FIGURE)
    out.loc[alone, "unpaired_reason"] = SAME_SENTENCE
    foreseen = out["outcome"].isna() & out["_t"].isin(forecast_keys) & (out["unpaired_reason"] == NO_FIGURE)
    out.loc[foreseen, "unpaired_reason"] = FORECAST_ONLY
    out = out.sort_values(
        ["region", "indicator", "measure", "year", "_ps", "subperiod", "target_doc_id"], kind="stable"
    )
    return typed(out, TVO_COLUMNS)


def _ranges(targets: pd.DataFrame) -> pd.DataFrame:
    """One target per key and report; two values of one key from one sentence become a range."""
    t = targets.copy()
    span = ["doc_id", "evidence_start"]
    lo = t.groupby(GKEY + span, dropna=False)["value"].transform("min")
    hi = t.groupby(GKEY + span, dropna=False)["value"].transform("max")
    two = (hi > lo) & t["value_high"].isna()
    t.loc[two, "value_high"] = hi[two]
    t.loc[two, "value"] = lo[two]
    return t.drop_duplicates(GKEY + ["doc_id"])


def _same_sentence(m: pd.DataFrame) -> pd.Series:
    """Rows whose outcome shares the target's document and overlaps its evidence span."""
    same = m["outcome_doc_id"] == m["target_doc_id"]
    s0, s1 = m["target_evidence_start"].astype("Int64"), m["target_evidence_end"].astype("Int64")
    o0, o1 = m["outcome_evidence_start"].astype("Int64"), m["outcome_evidence_end"].astype("Int64")
    return (same & ((o0 < s1) & (s0 < o1)).fillna(False)).astype(bool)


def _eligible(m: pd.DataFrame) -> pd.Series:
    """Which (target, outcome) rows may be paired (module docstring)."""
    year = m["year"].astype("Int64")
    oyear = m["outcome_doc_year"].astype("Int64")
    describes = (oyear >= year).fillna(False).astype(bool)
    undated_later = (oyear.isna() & (m["outcome_order"] > m["target_order"])).astype(bool)
    same = m["outcome_doc_id"] == m["target_doc_id"]
    other_later = ~same & (describes | undated_later) & (m["outcome_order"] >= m["target_order"])
    after = (m["outcome_evidence_start"].astype("Int64") >= m["target_evidence_end"].astype("Int64")).fillna(False)
    same_later_part = same & describes & after.astype(bool)
    return other_later | same_later_part


def _reasons(out: pd.DataFrame, reports: pd.DataFrame) -> list[str]:
    by_region: dict[str, list[tuple[str, int | None, int]]] = {}
    for k, d, y, o in zip(reports["_rkey"], reports["doc_id"], reports["doc_year"], reports["order"]):
        by_region.setdefault(k, []).append((d, int(y) if pd.notna(y) else None, int(o)))
    reasons = []
    for rk, year, tdoc, torder, paired in zip(
        out["_rkey"], out["year"], out["target_doc_id"], out["target_order"], out["outcome"].notna()
    ):
        if paired:
            reasons.append("")
            continue
        later = False
        for d, y, o in by_region.get(rk, []):
            covers = y is not None and y >= int(year)
            if d == tdoc:
                later = later or covers
            elif o >= torder and (covers or (y is None and o > torder)):
                later = True
        reasons.append(NO_FIGURE if later else NO_LATER_REPORT)
    return reasons
