"""Arithmetic cross-checks of the panel: flagged, never corrected (``panel_checks.*``).

The panel checks read whole-year outcomes: a figure of the year so far (flag ``to_date``) is
neither a level nor a growth of its year, and a check against it would measure the months missing;
a figure whose year rests on a guess (flag ``year_guessed``) may be another year's.

Tolerances live in ``govkit/data/panel_checks.csv``. Every row names the facts it compares
(``a_*``, ``b_*`` and, for growth, ``c_*``: document, value and sentence), so a reader can open
both reports and decide. The checks:

``level_vs_growth``
    Growth computed from two consecutive years' levels (nominal) against the growth the report
    prints for the later year (usually real, at constant prices). Nominal growth exceeds real
    growth by the price change (a few points), so only a gap outside ``[min_gap_pp, max_gap_pp]``
    (−5 … +10 pp) is flagged: a level that is a milestone, a target or another year's figure
    usually shows up here.
``sectors_vs_gdp``
    Primary + secondary + tertiary value added against GDP of the same year, beyond
    ``rel_tol_pct`` (2 %) of GDP.
``shares_vs_100``
    A share or rate (name matching ``share_name_rx``) above 100 %, and sector values whose shares
    of GDP sum to more than 100 % (+ ``sum_tol_pct``) when not all three are known.
``same_figure``
    Two reports printing one key's actual differently — by more than the rounding of the coarser
    printed figure explains (``rounding``: half a unit of its last digit): a revision or a misprint. The panel keeps one by its precedence; the check keeps both in view.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from govkit.analysis.candidates import GKEY, annotate_facts, ranked, revisions_first
from govkit.analysis.consolidate import typed, unsure_of_year
from govkit.core.catalog import load_catalog
from govkit.core.resources import data_path, read_table

SECTOR_IDS = ("primary_va", "secondary_va", "tertiary_va")

_FACT = {"indicator": "string", "measure": "string", "year": "Int64", "value": "Float64"}
_FACT |= {"doc_id": "string", "evidence": "string"}

CHECK_COLUMNS: dict[str, str] = {
    "check": "string",
    "region": "string",
    "region_id": "string",
    "year": "Int64",
    "indicator": "string",
    "gap": "Float64",
    "gap_unit": "string",
    "tolerance": "string",
    "detail": "string",
    **{f"{p}_{k}": v for p in "abc" for k, v in _FACT.items()},
}


@lru_cache(maxsize=1)
def tolerances() -> dict[tuple[str, str], str]:
    """``(check, parameter) -> value`` from ``data/panel_checks.csv``."""
    return {
        (r["check"].strip(), r["parameter"].strip()): r["value"].strip()
        for r in read_table(data_path("panel_checks.csv"))
    }


def _tol(check: str, parameter: str) -> float:
    return float(tolerances()[(check, parameter)])


def _outcomes(panel: pd.DataFrame) -> pd.DataFrame:
    """Whole-year outcomes with a value; a figure of the year so far (``to_date``) or of a guessed year
    (``year_guessed``) is none."""
    p = panel[(panel["subperiod"] == "") & panel["period_start"].isna() & (panel["kind"] != "target")]
    p = p[p["value"].notna() & ~p["flags"].map(unsure_of_year).astype(bool)]
    if "region_id" not in p:
        p = p.assign(region_id="")
    return p


def _side(row, prefix: str) -> dict:
    if row is None:
        return {}
    return {f"{prefix}_{k}": row[k] for k in _FACT}


def _joined(rows: pd.DataFrame, prefix: str, indicator: str) -> dict:
    return {
        f"{prefix}_indicator": indicator,
        f"{prefix}_measure": "level",
        f"{prefix}_year": rows["year"].iloc[0],
        f"{prefix}_value": float(rows["value"].astype(float).sum()),
        f"{prefix}_doc_id": ";".join(dict.fromkeys(rows["doc_id"])),
        f"{prefix}_evidence": " | ".join(dict.fromkeys(rows["evidence"])),
    }


def level_vs_growth(panel: pd.DataFrame) -> list[dict]:
    lo, hi = _tol("level_vs_growth", "min_gap_pp"), _tol("level_vs_growth", "max_gap_pp")
    p = _outcomes(panel)
    lv = p[p["measure"] == "level"].set_index(["region", "indicator", "year"])
    out = []
    for _, g in p[p["measure"] == "yoy_pct"].iterrows():
        key, prev = (g["region"], g["indicator"], g["year"]), (g["region"], g["indicator"], g["year"] - 1)
        if key not in lv.index or prev not in lv.index:
            continue
        a, b = lv.loc[key], lv.loc[prev]
        if isinstance(a, pd.DataFrame) or isinstance(b, pd.DataFrame) or a["unit"] != b["unit"] or b["value"] == 0:
            continue
        nominal = (float(a["value"]) / float(b["value"]) - 1) * 100
        gap = nominal - float(g["value"])
        if lo <= gap <= hi:
            continue
        out.append(
            {
                "check": "level_vs_growth",
                "region": g["region"],
                "region_id": g["region_id"],
                "year": g["year"],
                "indicator": g["indicator"],
                "gap": round(gap, 2),
                "gap_unit": "pp",
                "tolerance": f"{lo:g} … {hi:g} pp",
                "detail": f"levels {b['value']:g} → {a['value']:g} ({nominal:+.1f} %) vs reported growth {g['value']:g} %",
                **_side({**a.to_dict(), "indicator": g["indicator"], "year": g["year"]}, "a"),
                **_side({**b.to_dict(), "indicator": g["indicator"], "year": g["year"] - 1}, "b"),
                **_side(g, "c"),
            }
        )
    return out


def sectors_and_shares(panel: pd.DataFrame) -> list[dict]:
    tol = _tol("sectors_vs_gdp", "rel_tol_pct")
    sum_tol = _tol("shares_vs_100", "sum_tol_pct")
    p = _outcomes(panel)
    p = p[(p["measure"] == "level") & p["indicator"].isin(("gdp",) + SECTOR_IDS)]
    out = []
    for (region, year), g in p.groupby(["region", "year"], sort=True):
        gdp = g[g["indicator"] == "gdp"]
        sec = g[g["indicator"].isin(SECTOR_IDS)]
        if gdp.empty or sec.empty or float(gdp["value"].iloc[0]) == 0:
            continue
        total, level = float(sec["value"].astype(float).sum()), float(gdp["value"].iloc[0])
        share = total / level * 100
        base = {"region": region, "region_id": gdp["region_id"].iloc[0], "year": year, "indicator": "gdp"}
        sides = {**_side(gdp.iloc[0], "a"), **_joined(sec, "b", "+".join(sec["indicator"]))}
        if len(sec) == 3 and abs(share - 100) > tol:
            out.append(
                {
                    **base,
                    "check": "sectors_vs_gdp",
                    "gap": round(share - 100, 2),
                    "gap_unit": "% of GDP",
                    "tolerance": f"±{tol:g} %",
                    "detail": f"三次产业合计 {total:g} vs 地区生产总值 {level:g}",
                    **sides,
                }
            )
        elif len(sec) < 3 and share > 100 + sum_tol:
            out.append(
                {
                    **base,
                    "check": "shares_vs_100",
                    "gap": round(share - 100, 2),
                    "gap_unit": "pp",
                    "tolerance": f"≤ 100 + {sum_tol:g} %",
                    "detail": f"{len(sec)} sector(s) sum to {share:.1f} % of GDP {level:g}",
                    **sides,
                }
            )
    rx = re.compile(tolerances()[("shares_vs_100", "share_name_rx")])
    cat = load_catalog()
    shares = {i for i, ind in cat.items() if ind.unit == "%" and rx.search(ind.name_zh)}
    mx = _tol("shares_vs_100", "max_pct")
    q = _outcomes(panel)
    q = q[(q["measure"] == "level") & q["indicator"].isin(shares) & (q["value"].astype(float) > mx)]
    for _, r in q.iterrows():
        out.append(
            {
                "check": "shares_vs_100",
                "region": r["region"],
                "region_id": r["region_id"],
                "year": r["year"],
                "indicator": r["indicator"],
                "gap": round(float(r["value"]) - mx, 2),
                "gap_unit": "pp",
                "tolerance": f"≤ {mx:g} %",
                "detail": f"a share of {r['value']:g} %",
                **_side(r, "a"),
            }
        )
    return out


def _decimals(x: float) -> int:
    """Decimal places of *x* as printed (``164.8`` -> 1, ``38650.0`` -> 0)."""
    text = f"{x:.6f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def same_figure(facts: pd.DataFrame, documents: pd.DataFrame | None) -> list[dict]:
    halves = _tol("same_figure", "rounding")
    c = ranked(annotate_facts(facts, documents))
    c = c[c["known"] & (c["tier"] == 0)]
    c = c[c.groupby(GKEY, sort=False)["doc_id"].transform("nunique") >= 2]  # keys of one report: nothing to compare
    # a later report that restates the figure as revised (修订, 核定…) replaces it: no rival printing
    c = revisions_first(c, documents)
    c = c[~(c["revised_away"] & c.groupby(GKEY, sort=False)["revision"].transform("any"))]
    c = c[c.groupby(GKEY, sort=False)["doc_id"].transform("nunique") >= 2]
    out = []
    for _, g in c.groupby(GKEY, sort=False):
        first = g.iloc[0]
        seen = {first["doc_id"]}
        docs, values = g["doc_id"].tolist(), g["value"].tolist()
        for k in range(1, len(g)):  # the rows are read whole only where they disagree
            if docs[k] in seen:
                continue
            seen.add(docs[k])
            a, b = float(first["value"]), float(values[k])
            step = 10.0 ** -min(_decimals(a), _decimals(b))
            if abs(a - b) <= halves * step + 1e-9:
                continue
            r = g.iloc[k]
            rel = abs(a - b) / max(abs(a), abs(b))
            out.append(
                {
                    "check": "same_figure",
                    "region": first["region"],
                    "region_id": first["region_id"],
                    "year": first["year"],
                    "indicator": first["indicator"],
                    "gap": round(rel * 100, 3),
                    "gap_unit": "%",
                    "tolerance": f"≤ {halves * step:g} (rounding)",
                    "detail": f"{first['report_type'] or '?'} {a:g} vs {r['report_type'] or '?'} {b:g}"
                    + (f" ({first['measure']})" if first["measure"] != "level" else ""),
                    **_side(first, "a"),
                    **_side(r, "b"),
                }
            )
    return out


def cross_checks(panel: pd.DataFrame, facts: pd.DataFrame | None = None, documents=None) -> pd.DataFrame:
    """All cross-check flags of *panel* (and, for ``same_figure``, of *facts*): one row per flag."""
    rows: list[dict] = []
    if panel is not None and not panel.empty:
        rows += level_vs_growth(panel) + sectors_and_shares(panel)
    if facts is not None and not facts.empty:
        rows += same_figure(facts, documents)
    if not rows:
        return typed(pd.DataFrame(), CHECK_COLUMNS)
    out = pd.DataFrame(rows)
    out = out.sort_values(["region", "year", "indicator", "check"], kind="stable")
    return typed(out, CHECK_COLUMNS)
