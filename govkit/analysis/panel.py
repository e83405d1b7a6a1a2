"""The consolidated panel: one value per region × year × period × indicator × measure.

Every fact of every document is a *candidate*; for each key the panel keeps one:

1. a printed number beats a masked one (``***亿元`` has no value to offer);
2. ``actual`` beats ``estimate`` beats ``target``;
3. among equal kinds the newer report wins (report date, then the year it describes);
4. within one report the first mention wins.

Sources that disagree with the kept value by more than 0.5 % (relative) are listed in the
conflicts table with both values, documents and sentences; the panel row is flagged
``conflict``. Targets are only compared with targets (a target differing from the outcome is
not a conflict but the subject of :func:`targets_vs_outcomes`).

Facts of anonymised documents keep the document id as their region label
(``(匿名)anon_county_2022_work_summary``): two anonymised reports are never assumed to be
the same place.

Derived views (functions of the panel or the facts): :func:`growth_table`,
:func:`targets_vs_outcomes`, :func:`composition`, :func:`per_capita`, :func:`rankings`.
Missing values stay missing: nothing is zero-filled or interpolated.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal, overload

import numpy as np
import pandas as pd

from govkit.core.catalog import KINDS, load_catalog
from govkit.core.errors import GovkitError
from govkit.core.resources import data_path, read_table
from govkit.facts.schema import FACT_DTYPES
from govkit.store.tables import write_table

#: Relative difference above which two sources of one key disagree.
CONFLICT_TOLERANCE = 0.005

KIND_RANK = {k: i for i, k in enumerate(KINDS)}  # actual 0, estimate 1, target 2
KEY = ["region", "year", "period_start", "subperiod", "indicator", "measure"]
ANON_PREFIX = "(匿名)"

PANEL_COLUMNS: dict[str, str] = {
    "region": "string",
    "adcode": "string",
    "year": "Int64",
    "period_start": "Int64",
    "subperiod": "string",
    "indicator": "string",
    "family": "string",
    "name_zh": "string",
    "measure": "string",
    "kind": "string",
    "value": "Float64",
    "unit": "string",
    "masked": "boolean",
    "doc_id": "string",
    "report_type": "string",
    "report_date": "string",
    "evidence": "string",
    "evidence_start": "Int64",
    "evidence_end": "Int64",
    "value_text": "string",
    "flags": "string",
    "n_sources": "Int64",
}

CONFLICT_COLUMNS: dict[str, str] = {
    **{
        k: PANEL_COLUMNS[k]
        for k in ("region", "adcode", "year", "period_start", "subperiod", "indicator", "measure", "unit")
    },
    "value": "Float64",
    "kind": "string",
    "doc_id": "string",
    "report_date": "string",
    "evidence": "string",
    "other_value": "Float64",
    "other_kind": "string",
    "other_doc_id": "string",
    "other_report_date": "string",
    "other_evidence": "string",
    "rel_diff_pct": "Float64",
    "resolution": "string",
}

SECTORS = {"primary_va": "第一产业", "secondary_va": "第二产业", "tertiary_va": "第三产业"}

# Per-capita conversion: level unit -> (multiplier applied before dividing by persons, result unit)
PER_CAPITA_UNITS = {
    "亿元": (1e8, "元/人"),
    "万元": (1e4, "元/人"),
    "元": (1.0, "元/人"),
    "万美元": (1e4, "美元/人"),
    "万吨": (1e7, "千克/人"),
    "吨": (1e3, "千克/人"),
}
POPULATION_INDICATORS = ("population", "resident_population", "registered_population")


# --------------------------------------------------------------------------- helpers


def _typed(df: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    out = df.reindex(columns=list(columns)).copy()
    for col, dtype in columns.items():
        out[col] = out[col].astype(dtype)
        if dtype == "string":
            out[col] = out[col].fillna("")
    return out.reset_index(drop=True)


@lru_cache(maxsize=1)
def directions() -> dict[str, str]:
    """``lower`` for indicators where less is better (``data/panel_directions.csv``); others ``higher``."""
    return {r["id"].strip(): r["direction"].strip() for r in read_table(data_path("panel_directions.csv"))}


def direction_of(indicator: str) -> str:
    return directions().get(indicator, "higher")


def region_label(region: str, doc_id: str, anonymised: bool = False) -> str:
    """The region name as printed, or ``(匿名)<doc_id>`` for an anonymised / unrecognised report."""
    region = (region or "").strip()
    if region and not anonymised:
        return region
    return f"{ANON_PREFIX}{doc_id}"


def _date_order(report_date: str, doc_year) -> int:
    """Sortable YYYYMMDD for a report; partial dates pad with zeros, undated -> the year described."""
    digits = [int(x) for x in re.findall(r"\d+", report_date or "")]
    if digits and 1900 < digits[0] < 2200:
        y, m, d = (digits + [0, 0])[:3]
        return y * 10000 + min(m, 99) * 100 + min(d, 99)
    return int(doc_year) * 10000 if pd.notna(doc_year) else 0


def _doc_info(documents: pd.DataFrame | None) -> pd.DataFrame:
    cols = ["doc_id", "doc_region", "doc_adcode", "anonymised", "report_type", "report_date", "doc_year", "doc_flags"]
    if documents is None or documents.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    d = documents.copy()
    for c in ("region", "adcode", "report_type", "report_date", "flags"):
        if c not in d:
            d[c] = ""
    if "anonymised" not in d:
        d["anonymised"] = False
    if "year" not in d:
        d["year"] = pd.NA
    d = d.rename(columns={"region": "doc_region", "adcode": "doc_adcode", "year": "doc_year", "flags": "doc_flags"})
    d["anonymised"] = d["anonymised"].fillna(False).astype(bool)
    return d[cols].drop_duplicates("doc_id")


def annotate_facts(facts: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Facts with region label, adcode, report type/date and precedence keys added.

    Added columns: ``report_type``, ``report_date``, ``doc_year``, ``doc_flags``, ``kind_rank``,
    ``order`` (report recency, larger is newer), ``known`` (value printed).
    """
    missing = [c for c in ("doc_id", "indicator", "measure", "value", "year", "kind") if c not in facts]
    if missing:
        raise GovkitError(f"fact table lacks column(s) {', '.join(missing)}")
    f = facts.reindex(columns=list(FACT_DTYPES)).copy()
    for col, dtype in FACT_DTYPES.items():
        f[col] = f[col].astype(dtype)
        if dtype == "string":
            f[col] = f[col].fillna("")
    f["masked"] = f["masked"].fillna(False)
    f = f.merge(_doc_info(documents), on="doc_id", how="left")
    anon = f["anonymised"].fillna(False).astype(bool)
    region = f["region"].where(f["region"] != "", f["doc_region"].fillna("").astype(str))
    f["region"] = [region_label(r, d, a) for r, d, a in zip(region, f["doc_id"], anon)]
    f["adcode"] = f["adcode"].where(f["adcode"] != "", f["doc_adcode"].fillna("").astype(str))
    f.loc[anon | (region == ""), "adcode"] = ""
    for c in ("report_type", "report_date", "doc_flags"):
        f[c] = f[c].fillna("").astype(str)
    f["doc_year"] = pd.array(f["doc_year"], dtype="Int64")
    f["family"] = f["family"].where(
        f["family"] != "", f["indicator"].map(lambda i: getattr(load_catalog().get(i), "family", ""))
    )
    f["kind_rank"] = f["kind"].map(KIND_RANK).fillna(len(KINDS)).astype(int)
    f["order"] = [_date_order(r, y) for r, y in zip(f["report_date"], f["doc_year"])]
    f["known"] = f["value"].notna().astype(bool)
    return f.drop(columns=["doc_region", "doc_adcode", "anonymised"])


def _with_key(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``_ps`` (period_start with NA as -1) so the key can be grouped and merged."""
    df = df.copy()
    df["_ps"] = df["period_start"].fillna(-1).astype("int64")
    return df


_GKEY = ["region", "year", "_ps", "subperiod", "indicator", "measure"]


def _ranked(cand: pd.DataFrame) -> pd.DataFrame:
    """Candidates sorted so that the first row of each key is the one the panel keeps."""
    c = _with_key(cand[cand["year"].notna()])
    c["_masked_rank"] = (~c["known"]).astype(int)
    c["_neg_order"] = -c["order"]
    c["_neg_year"] = -c["doc_year"].fillna(0).astype("int64")
    c["_pos"] = c["evidence_start"].fillna(0).astype("int64")
    return c.sort_values(
        _GKEY + ["_masked_rank", "kind_rank", "_neg_order", "_neg_year", "doc_id", "_pos"], kind="stable"
    )


# --------------------------------------------------------------------------- panel


def build_panel(facts: pd.DataFrame, documents: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Consolidate *facts* into ``(panel, conflicts)`` (see the module docstring for the rules).

    Facts without a year cannot be placed and are left out of the panel.
    """
    if facts is None or facts.empty:
        return _typed(pd.DataFrame(), PANEL_COLUMNS), _typed(pd.DataFrame(), CONFLICT_COLUMNS)
    ranked = _ranked(annotate_facts(facts, documents))
    ranked["_row"] = np.arange(len(ranked))
    winners = ranked.groupby(_GKEY, sort=False, dropna=False).head(1)
    n_src = ranked.groupby(_GKEY, dropna=False)["doc_id"].nunique().rename("n_sources").reset_index()
    conflicts = _conflicts(ranked, winners)
    panel = winners.merge(n_src, on=_GKEY, how="left")
    conflict_keys = conflicts[["region", "year", "period_start", "subperiod", "indicator", "measure"]].drop_duplicates()
    conflict_keys = _with_key(conflict_keys).drop(columns="period_start").assign(_conflict=True)
    panel = panel.merge(conflict_keys, on=_GKEY, how="left")
    panel["flags"] = [
        _merge_flags(fl, masked=bool(m), conflict=bool(c) if pd.notna(c) else False)
        for fl, m, c in zip(panel["flags"], panel["masked"], panel["_conflict"])
    ]
    panel["name_zh"] = panel["indicator"].map(lambda i: getattr(load_catalog().get(i), "name_zh", i))
    panel = panel.sort_values(["region", "indicator", "measure", "year", "_ps", "subperiod"], kind="stable")
    return _typed(panel, PANEL_COLUMNS), conflicts


#: Flags that put a value in doubt (marked ⚠ in tables, red ring on charts). Other flags
#: (``approximate`` for 左右/以上, ``subtotal``) describe the value without doubting it.
WARNING_FLAG_PREFIXES = ("implausible", "conflict")


def flag_set(flags) -> set[str]:
    return {f.strip() for f in str(flags or "").split(",") if f.strip()} if isinstance(flags, str) else set()


def is_warning(flags) -> bool:
    """True if *flags* (comma-separated) holds an implausible or conflict flag."""
    return any(f.startswith(WARNING_FLAG_PREFIXES) for f in flag_set(flags))


def _merge_flags(flags: str, masked: bool, conflict: bool) -> str:
    parts = {f.strip() for f in (flags or "").split(",") if f.strip()}
    if masked:
        parts.add("masked")
    if conflict:
        parts.add("conflict")
    return ",".join(sorted(parts))


def _conflicts(ranked: pd.DataFrame, winners: pd.DataFrame) -> pd.DataFrame:
    keep = ["_row", "value", "kind", "doc_id", "report_date", "evidence", "order", "kind_rank"]
    w = winners[_GKEY + ["period_start", "adcode", "unit"] + keep]
    o = ranked[ranked["known"]][_GKEY + keep].rename(columns={k: f"other_{k}" for k in keep})
    pairs = w.merge(o, on=_GKEY, how="inner")
    pairs = pairs[(pairs["_row"] != pairs["other__row"]) & pairs["value"].notna()]
    # targets are compared with targets only; outcomes (actual/estimate) with outcomes only
    pairs = pairs[(pairs["kind"] == "target") == (pairs["other_kind"] == "target")]
    a = pairs["value"].astype(float)
    b = pairs["other_value"].astype(float)
    scale = np.maximum(a.abs(), b.abs()).replace(0, np.nan)
    rel = ((a - b).abs() / scale).fillna(0.0)
    pairs = pairs.assign(rel_diff_pct=(rel * 100).round(3))[rel > CONFLICT_TOLERANCE]
    if pairs.empty:
        return _typed(pd.DataFrame(), CONFLICT_COLUMNS)
    pairs = pairs.drop_duplicates(_GKEY + ["other_doc_id", "other_value", "other_kind"])
    pairs["resolution"] = [
        _resolution(k, ok, d, od, o, oo)
        for k, ok, d, od, o, oo in zip(
            pairs["kind_rank"],
            pairs["other_kind_rank"],
            pairs["doc_id"],
            pairs["other_doc_id"],
            pairs["order"],
            pairs["other_order"],
        )
    ]
    pairs = pairs.sort_values(
        ["region", "indicator", "measure", "year", "_ps", "subperiod", "other_doc_id", "other__row"], kind="stable"
    )
    return _typed(pairs, CONFLICT_COLUMNS)


def _resolution(kr: int, okr: int, doc: str, odoc: str, order: int, oorder: int) -> str:
    if kr < okr:
        return f"{KINDS[kr]} beats {KINDS[okr]}"
    if doc == odoc:
        return "first mention in the report"
    if order > oorder:
        return "newer report"
    return "same report date; later-described year / doc_id order"


# --------------------------------------------------------------------------- derived views


def _full_year(panel: pd.DataFrame, outcomes_only: bool = True) -> pd.DataFrame:
    p = panel[(panel["subperiod"] == "") & panel["period_start"].isna()]
    if outcomes_only:
        p = p[p["kind"] != "target"]
    return p


def _filter(df: pd.DataFrame, regions=None, years=None, indicators=None) -> pd.DataFrame:
    if regions:
        df = df[df["region"].isin(list(regions))]
    if years:
        lo, hi = min(years), max(years)
        df = df[(df["year"] >= lo) & (df["year"] <= hi)]
    if indicators:
        df = df[df["indicator"].isin(list(indicators))]
    return df


def growth_table(panel: pd.DataFrame, regions=None, indicators=None, years=None) -> pd.DataFrame:
    """Levels, growth computed from consecutive levels, and growth as reported, per region × indicator × year.

    ``growth_computed_pct`` needs the previous year's level (no gap-bridging);
    ``discrepancy_pp`` = computed − reported. Targets and part-year figures are left out.
    """
    p = _filter(_full_year(panel), regions, None, indicators)
    cols = ["region", "indicator", "year", "value", "kind", "flags", "doc_id"]
    lv = p[p["measure"] == "level"][cols + ["unit"]].rename(
        columns={"value": "level", "kind": "level_kind", "flags": "level_flags", "doc_id": "level_doc_id"}
    )
    prev = lv[["region", "indicator", "year", "level"]].rename(columns={"level": "level_prev"})
    prev = prev.assign(year=prev["year"] + 1)
    rep = p[p["measure"] == "yoy_pct"][cols].rename(
        columns={
            "value": "growth_reported_pct",
            "kind": "growth_kind",
            "flags": "growth_flags",
            "doc_id": "growth_doc_id",
        }
    )
    out = lv.merge(prev, on=["region", "indicator", "year"], how="left")
    out = out.merge(rep, on=["region", "indicator", "year"], how="outer")
    lvl = out["level"].astype("Float64")
    prv = out["level_prev"].astype("Float64")
    out["growth_computed_pct"] = ((lvl / prv.where(prv != 0) - 1) * 100).round(2)
    out["discrepancy_pp"] = (out["growth_computed_pct"] - out["growth_reported_pct"].astype("Float64")).round(2)
    out["flags"] = [
        ",".join(sorted({x for s in (a, b) if isinstance(s, str) for x in s.split(",") if x}))
        for a, b in zip(out["level_flags"], out["growth_flags"])
    ]
    out["unit"] = out["unit"].fillna(out["indicator"].map(lambda i: getattr(load_catalog().get(i), "unit", "")))
    out = _filter(out, None, years, None)
    columns = {
        "region": "string",
        "indicator": "string",
        "year": "Int64",
        "level": "Float64",
        "unit": "string",
        "level_prev": "Float64",
        "growth_computed_pct": "Float64",
        "growth_reported_pct": "Float64",
        "discrepancy_pp": "Float64",
        "level_kind": "string",
        "growth_kind": "string",
        "flags": "string",
        "level_doc_id": "string",
        "growth_doc_id": "string",
    }
    return _typed(out.sort_values(["region", "indicator", "year"], kind="stable"), columns)


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
}


def targets_vs_outcomes(
    facts: pd.DataFrame, documents: pd.DataFrame | None = None, regions=None, years=None
) -> pd.DataFrame:
    """Each target (kind ``target``) against the outcome reported for the same key by the same or a later report.

    The outcome is the best actual/estimate of a report not older than the target's
    (actual first, then the newest). ``status``: ``met`` / ``missed`` / ``no outcome reported``.
    ``met`` honours the indicator's direction (``lower`` for e.g. unemployment, PM2.5).
    """
    if facts is None or facts.empty:
        return _typed(pd.DataFrame(), TVO_COLUMNS)
    c = _ranked(annotate_facts(facts, documents))
    c = _filter(c, regions, years, None)
    targets = c[(c["kind"] == "target") & c["known"]].drop_duplicates(_GKEY + ["doc_id"])
    outcomes = c[(c["kind"] != "target") & c["known"]]
    if targets.empty:
        return _typed(pd.DataFrame(), TVO_COLUMNS)
    t = targets[
        _GKEY + ["period_start", "family", "unit", "value", "doc_id", "report_date", "evidence", "order"]
    ].rename(
        columns={
            "value": "target",
            "doc_id": "target_doc_id",
            "report_date": "target_report_date",
            "evidence": "target_evidence",
            "order": "target_order",
        }
    )
    t = t.reset_index(drop=True).assign(_t=lambda d: np.arange(len(d)))
    o = outcomes[
        _GKEY + ["value", "kind", "kind_rank", "doc_id", "report_date", "evidence", "order", "_neg_order", "_pos"]
    ].rename(
        columns={
            "value": "outcome",
            "kind": "outcome_kind",
            "doc_id": "outcome_doc_id",
            "report_date": "outcome_report_date",
            "evidence": "outcome_evidence",
            "order": "outcome_order",
        }
    )
    m = t.merge(o, on=_GKEY, how="left")
    later = m["outcome_order"] >= m["target_order"]
    m = m[later.fillna(False).astype(bool)]
    m = m.sort_values(["_t", "kind_rank", "_neg_order", "outcome_doc_id", "_pos"], kind="stable").drop_duplicates("_t")
    out = t.merge(
        m[["_t", "outcome", "outcome_kind", "outcome_doc_id", "outcome_report_date", "outcome_evidence"]],
        on="_t",
        how="left",
    )
    out["same_report"] = (out["outcome_doc_id"] == out["target_doc_id"]).where(out["outcome_doc_id"].notna())
    out["gap"] = (out["outcome"].astype("Float64") - out["target"].astype("Float64")).round(4)
    out["direction"] = out["indicator"].map(direction_of)
    higher = out["direction"] == "higher"
    out["met"] = pd.array(np.where(higher, out["gap"] >= 0, out["gap"] <= 0), dtype="boolean")
    out.loc[out["outcome"].isna(), "met"] = pd.NA
    out["status"] = np.where(
        out["outcome"].isna(), "no outcome reported", np.where(out["met"].fillna(False), "met", "missed")
    )
    out = out.sort_values(
        ["region", "indicator", "measure", "year", "_ps", "subperiod", "target_doc_id"], kind="stable"
    )
    return _typed(out, TVO_COLUMNS)


COMPOSITION_COLUMNS: dict[str, str] = {
    "region": "string",
    "year": "Int64",
    "sector": "string",
    "sector_zh": "string",
    "value": "Float64",
    "unit": "string",
    "share_pct": "Float64",
    "basis": "string",
    "gdp": "Float64",
    "flags": "string",
}


def composition(panel: pd.DataFrame, regions=None, years=None) -> pd.DataFrame:
    """三次产业 shares of value added per region × year.

    Shares are of the sum of the three sectors when all three levels are known, otherwise of
    GDP when GDP is known (``basis`` says which); otherwise missing.
    """
    p = _filter(_full_year(panel), regions, years, list(SECTORS) + ["gdp"])
    p = p[p["measure"] == "level"]
    if p.empty:
        return _typed(pd.DataFrame(), COMPOSITION_COLUMNS)
    gdp = p[p["indicator"] == "gdp"][["region", "year", "value"]].rename(columns={"value": "gdp"})
    sec = p[p["indicator"].isin(list(SECTORS))][["region", "year", "indicator", "value", "unit", "flags"]]
    grid = sec[["region", "year"]].drop_duplicates().merge(pd.DataFrame({"indicator": list(SECTORS)}), how="cross")
    sec = grid.merge(sec, on=["region", "year", "indicator"], how="left").merge(gdp, on=["region", "year"], how="left")
    known = sec.groupby(["region", "year"])["value"].transform(lambda v: v.notna().sum())
    total = sec.groupby(["region", "year"])["value"].transform(lambda v: v.sum(min_count=3))
    all3 = known == 3
    denom = pd.Series(np.where(all3, total, sec["gdp"]), index=sec.index, dtype="Float64")
    sec["share_pct"] = (sec["value"].astype("Float64") / denom.where(denom != 0) * 100).round(2)
    sec["basis"] = np.where(all3, "三次产业合计", np.where(sec["gdp"].notna(), "地区生产总值", ""))
    sec["sector"] = sec["indicator"]
    sec["sector_zh"] = sec["indicator"].map(SECTORS)
    sec["unit"] = sec["unit"].fillna("亿元")
    return _typed(sec.sort_values(["region", "year", "sector"], kind="stable"), COMPOSITION_COLUMNS)


PER_CAPITA_COLUMNS: dict[str, str] = {
    "region": "string",
    "year": "Int64",
    "indicator": "string",
    "value": "Float64",
    "unit": "string",
    "population": "Float64",
    "per_capita": "Float64",
    "per_capita_unit": "string",
    "flags": "string",
}


def per_capita(panel: pd.DataFrame, population: pd.DataFrame | None = None, indicators=None) -> pd.DataFrame:
    """Levels divided by population, only where the population of that region and year is known.

    *population*: columns ``region``, ``year``, ``population`` (persons; a ``unit`` column of
    ``万人`` is converted). Without it, a population indicator in the panel is used if the
    catalog has one (it has none yet), so the result is usually empty — never estimated.
    """
    if population is None:
        pop = panel[panel["indicator"].isin(POPULATION_INDICATORS) & (panel["measure"] == "level")]
        pop = _full_year(pop)[["region", "year", "value", "unit"]].rename(columns={"value": "population"})
    else:
        pop = population.copy()
        if "unit" not in pop:
            pop["unit"] = "人"
    if pop.empty:
        return _typed(pd.DataFrame(), PER_CAPITA_COLUMNS)
    pop = pop.assign(population=pop["population"].astype(float) * np.where(pop["unit"] == "万人", 1e4, 1.0))
    pop = pop[["region", "year", "population"]].dropna().drop_duplicates(["region", "year"])
    pop["year"] = pop["year"].astype("Int64")
    lv = _full_year(panel)
    lv = lv[
        (lv["measure"] == "level")
        & lv["unit"].isin(list(PER_CAPITA_UNITS))
        & ~lv["indicator"].isin(POPULATION_INDICATORS)
    ]
    if indicators:
        lv = lv[lv["indicator"].isin(list(indicators))]
    out = lv[["region", "year", "indicator", "value", "unit", "flags"]].merge(pop, on=["region", "year"], how="inner")
    mult = out["unit"].map(lambda u: PER_CAPITA_UNITS[u][0]).astype(float)
    out["per_capita"] = (out["value"].astype("Float64") * mult / out["population"]).round(2)
    out["per_capita_unit"] = out["unit"].map(lambda u: PER_CAPITA_UNITS[u][1])
    return _typed(out.sort_values(["region", "indicator", "year"], kind="stable"), PER_CAPITA_COLUMNS)


RANK_COLUMNS: dict[str, str] = {
    "indicator": "string",
    "measure": "string",
    "year": "Int64",
    "region": "string",
    "value": "Float64",
    "unit": "string",
    "kind": "string",
    "flags": "string",
    "rank": "Int64",
    "n_compared": "Int64",
    "doc_id": "string",
}


def rankings(panel: pd.DataFrame, indicator: str, measure: str = "level", regions=None, years=None) -> pd.DataFrame:
    """Rank the regions compared on *indicator* × *measure* in each year (1 = best).

    Best is the highest value unless the indicator is ``lower``-is-better. Only regions with a
    printed value that year are ranked; ties share the better rank.
    """
    p = _filter(_full_year(panel), regions, years, [indicator])
    p = p[(p["measure"] == measure) & p["value"].notna()].copy()
    if p.empty:
        return _typed(pd.DataFrame(), RANK_COLUMNS)
    asc = direction_of(indicator) == "lower"
    p["rank"] = p.groupby("year")["value"].rank(method="min", ascending=asc).astype("Int64")
    p["n_compared"] = p.groupby("year")["value"].transform("count")
    return _typed(p.sort_values(["year", "rank", "region"], kind="stable"), RANK_COLUMNS)


# --------------------------------------------------------------------------- I/O


@overload
def read_processed_table(processed: str | Path, name: str, required: Literal[True] = True) -> pd.DataFrame: ...
@overload
def read_processed_table(processed: str | Path, name: str, required: bool) -> pd.DataFrame | None: ...
def read_processed_table(processed: str | Path, name: str, required: bool = True) -> pd.DataFrame | None:
    path = Path(processed) / f"{name}.parquet"
    if not path.exists():
        if required:
            raise GovkitError(f"{path}: not found (run `govkit run` or `govkit extract` first)")
        return None
    return pd.read_parquet(path)


def write_panel(processed: str | Path) -> list[Path]:
    """Read ``facts`` and ``documents`` from *processed*; write ``panel``, ``panel_conflicts`` and
    ``targets_vs_outcomes`` (``.parquet`` + ``.csv``) beside them. Returns the paths written."""
    facts = read_processed_table(processed, "facts")
    documents = read_processed_table(processed, "documents", required=False)
    panel, conflicts = build_panel(facts, documents)
    tvo = targets_vs_outcomes(facts, documents)
    out: list[Path] = []
    for df, name in ((panel, "panel"), (conflicts, "panel_conflicts"), (tvo, "targets_vs_outcomes")):
        out += list(write_table(df, processed, name))
    return out
