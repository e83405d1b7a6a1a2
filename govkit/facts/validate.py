"""Stage 6 — validate: plausibility flags, de-duplication and conflicts. No silent correction.

Implausible numbers (a share over 100 %, growth beyond ±100 %, more people than a county
holds) are kept as printed and flagged; the limits are a data file
(``govkit/data/extract/plausibility.csv``). The same fact read from several sentences is
kept once; different values for the same key are all kept and flagged ``conflict``.
"""

from __future__ import annotations

import operator
from functools import lru_cache

import numpy as np
import pandas as pd

from govkit.core.catalog import load_catalog
from govkit.core.resources import data_path, read_table
from govkit.facts.schema import conform_facts

KEY = ["doc_id", "indicator", "measure", "year", "period_start", "subperiod", "kind"]


@lru_cache(maxsize=1)
def _rules() -> list[dict]:
    rows = read_table(data_path("extract", "plausibility.csv"))
    return [{**r, "min": float(r["min"]), "max": float(r["max"])} for r in rows]


def plausibility_flags(df: pd.DataFrame) -> pd.Series:
    """Comma-joined plausibility flags per row (empty when plausible)."""
    catalog = load_catalog()
    units = df["indicator"].map(lambda i: catalog[i].unit if i in catalog else "")
    flags: list[list[str]] = [[] for _ in range(len(df))]
    values = df["value"].to_numpy(dtype="float64", na_value=np.nan)
    for rule in _rules():
        scope = rule["scope"]
        if scope == "*":
            hit = np.ones(len(df), dtype=bool)
        elif scope.startswith("unit:"):
            hit = (units == scope[5:]).to_numpy().copy()
        else:
            hit = (df["indicator"] == scope).to_numpy().copy()
        hit = hit & (df["measure"] == rule["measure"]).to_numpy()
        bad = hit & ~np.isnan(values) & ((values < rule["min"]) | (values > rule["max"]))
        for i in np.flatnonzero(bad):
            flags[i].append(rule["flag"])
    return pd.Series([",".join(f) for f in flags], index=df.index, dtype="string")


def _merge_flags(*cols: pd.Series) -> pd.Series:
    def join(parts):
        s = sorted({p for part in parts for p in str(part).split(",") if p and p != "<NA>"})
        return ",".join(s)

    return pd.Series([join(parts) for parts in zip(*cols)], index=cols[0].index, dtype="string")


def _rule_applies(rule: dict, indicator: str, unit: str, measure: str) -> bool:
    if rule["measure"] != measure:
        return False
    scope = rule["scope"]
    return scope == "*" or (scope.startswith("unit:") and scope[5:] == unit) or scope == indicator


@lru_cache(maxsize=1)
def _rules_by_measure() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for rule in _rules():
        out.setdefault(rule["measure"], []).append(rule)
    return out


_KEY_GETTER = operator.itemgetter(*KEY)


def _key_of(record: dict) -> tuple:
    try:
        return _KEY_GETTER(record)
    except KeyError:
        return tuple(record.get(c) for c in KEY)


def finalize_records(records: list[dict]) -> list[dict]:
    """:func:`finalize_facts` on plain dict rows (fast path used by the pipeline)."""
    catalog = load_catalog()
    by_measure = _rules_by_measure()
    keys: list[tuple] = []
    for r in records:
        flags = set(filter(None, str(r.get("flags") or "").split(",")))
        v = r.get("value")
        if v is not None and v == v:
            unit = catalog[r["indicator"]].unit if r["indicator"] in catalog else ""
            for rule in by_measure.get(r["measure"], ()):
                if _rule_applies(rule, r["indicator"], unit, r["measure"]) and not (rule["min"] <= v <= rule["max"]):
                    flags.add(rule["flag"])
        r["flags"] = ",".join(sorted(flags))
        keys.append(_key_of(r))
    seen: set[tuple] = set()
    out: list[tuple[tuple, dict]] = []
    values: dict[tuple, set] = {}
    for key, r in zip(keys, records):
        v = r.get("value")
        rounded = None if v is None or v != v else round(v, 6)
        k = key + (rounded,)
        if k in seen:
            continue
        seen.add(k)
        out.append((key, r))
        if rounded is not None and "subtotal" not in r["flags"]:
            values.setdefault(key, set()).add(rounded)
    for key, r in out:
        v = r.get("value")
        if v is None or v != v or "subtotal" in r["flags"]:
            continue
        if len(values[key]) > 1:
            r["flags"] = ",".join(sorted(set(filter(None, r["flags"].split(","))) | {"conflict"}))
    rows = [r for _key, r in out]
    rows.sort(key=lambda r: (r["value_start"], r["indicator"], r["measure"]))
    return rows


def finalize_facts(df: pd.DataFrame, meta: dict | None = None) -> pd.DataFrame:
    """Flag implausible values, drop exact duplicates, flag conflicting values; sorted by position."""
    if df.empty:
        return conform_facts(df)
    df = df.copy()
    df["flags"] = _merge_flags(df["flags"].fillna(""), plausibility_flags(df))
    # Exact duplicates (same key and value, e.g. a figure repeated in the summary): keep the first.
    rounded = df["value"].astype("float64").round(6)
    dup = pd.DataFrame({**{k: df[k] for k in KEY}, "v": rounded}).duplicated(keep="first")
    df = df[~dup.to_numpy()].copy()
    # Different values for one key: keep all, flag them (subtotals are parts, not conflicts).
    main = ~df["flags"].str.contains("subtotal", na=False)
    keyed = df[main & df["value"].notna()]
    counts = keyed.groupby(KEY, dropna=False)["value"].transform("nunique")
    conflict_idx = counts[counts > 1].index
    df.loc[conflict_idx, "flags"] = _merge_flags(
        df.loc[conflict_idx, "flags"], pd.Series("conflict", index=conflict_idx)
    )
    df = df.sort_values(["value_start", "indicator", "measure"], kind="stable").reset_index(drop=True)
    return conform_facts(df)
