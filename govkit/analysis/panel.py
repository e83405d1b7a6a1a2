"""The consolidated panel and the views derived from it.

The panel holds one value per region × year × period × indicator × measure, chosen *by evidence*:
the rules (key, evidence tiers, genre authority, revisions, what is kept of the losers) are
written once, in :mod:`govkit.analysis.consolidate`. Targets are measured against outcomes of
later reports in :mod:`govkit.analysis.targets`; arithmetic cross-checks (level against growth,
sectors against GDP, shares against 100 %, one figure printed differently by two reports) are
flagged, never corrected, by :mod:`govkit.analysis.crosschecks`.

Derived views (functions of the panel or the facts): :func:`growth_table`,
:func:`targets_vs_outcomes`, :func:`composition`, :func:`per_capita`, :func:`rankings`.
Missing values stay missing: nothing is zero-filled or interpolated.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Literal, overload

import numpy as np
import pandas as pd

from govkit.analysis.candidates import KIND_RANK, annotate_facts
from govkit.analysis.consolidate import (
    CONFLICT_COLUMNS,
    CONFLICT_TOLERANCE,
    PANEL_COLUMNS,
    build_panel,
    unsure_of_year,
)
from govkit.analysis.consolidate import typed as _typed
from govkit.analysis.crosschecks import CHECK_COLUMNS, cross_checks
from govkit.analysis.evidence import flag_set
from govkit.analysis.targets import TVO_COLUMNS, targets_vs_outcomes
from govkit.core.catalog import load_catalog
from govkit.core.errors import GovkitError
from govkit.core.resources import data_path, read_table
from govkit.facts.report_date import TO_DATE_FLAG, YEAR_GUESSED_FLAG
from govkit.store.tables import read_parquet, write_table

__all__ = [
    "CHECK_COLUMNS",
    "CONFLICT_COLUMNS",
    "CONFLICT_TOLERANCE",
    "KIND_RANK",
    "PANEL_COLUMNS",
    "TVO_COLUMNS",
    "annotate_facts",
    "build_panel",
    "composition",
    "cross_checks",
    "direction_of",
    "flag_set",
    "growth_table",
    "is_warning",
    "per_capita",
    "rankings",
    "read_processed_table",
    "targets_vs_outcomes",
    "write_panel",
]

KEY = ["region", "year", "period_start", "subperiod", "indicator", "measure"]

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


@lru_cache(maxsize=1)
def directions() -> dict[str, str]:
    """``lower`` for indicators where less is better (``data/panel_directions.csv``); others ``higher``."""
    return {r["id"].strip(): r["direction"].strip() for r in read_table(data_path("panel_directions.csv"))}


def direction_of(indicator: str) -> str:
    return directions().get(indicator, "higher")


#: Flags that put a value in doubt (marked ⚠ in tables, red ring on charts): implausible, in
#: conflict with another source, the year's figure only up to a month the text does not tell, or a year that
#: rests on a guess (year_guessed).
#: Other flags (``approximate`` for 左右/以上, ``subtotal``) describe the value without doubting it.
WARNING_FLAG_PREFIXES = ("implausible", "conflict", TO_DATE_FLAG, YEAR_GUESSED_FLAG)


def is_warning(flags) -> bool:
    """True if *flags* (comma-separated) holds a flag of :data:`WARNING_FLAG_PREFIXES`."""
    return any(f.startswith(WARNING_FLAG_PREFIXES) for f in flag_set(flags))


# --------------------------------------------------------------------------- derived views


def _full_year(panel: pd.DataFrame, outcomes_only: bool = True, whole_only: bool = True) -> pd.DataFrame:
    """Rows of one whole year: no sub-period nor span; *outcomes_only* leaves targets out,
    *whole_only* figures of the year so far (flag ``to_date``: not the year's figure)."""
    p = panel[(panel["subperiod"] == "") & panel["period_start"].isna()]
    if outcomes_only:
        p = p[p["kind"] != "target"]
    if whole_only:
        p = p[~_to_date(p["flags"])]
    return p


def _to_date(flags: pd.Series) -> pd.Series:
    """Rows not surely of their year: the year so far (``to_date``) or a guessed year (``year_guessed``)."""
    return flags.map(unsure_of_year).astype(bool)


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
    ``discrepancy_pp`` = computed − reported. Targets and part-year figures are left out; a
    figure of the year so far (flag ``to_date``) is shown with its flag but never enters a
    computed growth or a discrepancy (it is not the year's level or growth).
    """
    p = _filter(_full_year(panel, whole_only=False), regions, None, indicators)
    whole = ~_to_date(p["flags"])
    cols = ["region", "indicator", "year", "value", "kind", "flags", "doc_id"]
    lv = p[p["measure"] == "level"][cols + ["unit"]].rename(
        columns={"value": "level", "kind": "level_kind", "flags": "level_flags", "doc_id": "level_doc_id"}
    )
    prev = lv[whole.loc[lv.index]][["region", "indicator", "year", "level"]].rename(columns={"level": "level_prev"})
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
    part_level, part_growth = _to_date(out["level_flags"]), _to_date(out["growth_flags"])
    lvl = out["level"].astype("Float64").mask(part_level)
    prv = out["level_prev"].astype("Float64")
    out["growth_computed_pct"] = ((lvl / prv.where(prv != 0) - 1) * 100).round(2)
    reported = out["growth_reported_pct"].astype("Float64").mask(part_growth)
    out["discrepancy_pp"] = (out["growth_computed_pct"] - reported).round(2)
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
    printed value of the whole year are ranked (a figure of the year so far is not); ties share
    the better rank.
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
    return read_parquet(path)


def write_panel(processed: str | Path, step: Callable[[str], None] | None = None) -> list[Path]:
    """Read ``facts`` and ``documents`` from *processed*; write ``panel``, ``panel_conflicts``,
    ``targets_vs_outcomes`` and ``panel_checks`` (``.parquet`` + ``.csv``) beside them. Returns the
    paths written. *step* is told the name of each step as it starts (a progress bar)."""
    step = step or (lambda name: None)
    step("reading facts")
    facts = read_processed_table(processed, "facts")
    documents = read_processed_table(processed, "documents", required=False)
    step("consolidating")
    panel, conflicts = build_panel(facts, documents)
    step("targets against outcomes")
    tvo = targets_vs_outcomes(facts, documents)
    step("cross-checks")
    checks = cross_checks(panel, facts, documents)
    step("writing tables")
    out: list[Path] = []
    tables = ((panel, "panel"), (conflicts, "panel_conflicts"), (tvo, "targets_vs_outcomes"), (checks, "panel_checks"))
    for df, name in tables:
        out += list(write_table(df, processed, name))
    return out


#: Steps :func:`write_panel` reports.
PANEL_STEPS = 5
