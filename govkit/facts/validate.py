"""Stage 6 — validate: plausibility flags, de-duplication and conflicts. No silent correction.

Implausible numbers (a share over 100 %, growth beyond ±100 %, more people than a region of the
report's level holds) are kept as printed and flagged; the limits are a data file
(``govkit/data/extract/plausibility.csv``, limits of size per level of the report's region). The
same fact read from several sentences is kept once; different values for the same key are all kept
and flagged ``conflict``.
"""

from __future__ import annotations

import operator
from functools import lru_cache

from govkit.core.catalog import Indicator, load_catalog
from govkit.core.fact import Fact
from govkit.core.resources import data_path, read_table

#: What makes two facts the same fact (their values may still differ: a conflict).
KEY = ("doc_id", "indicator", "measure", "year", "period_start", "subperiod", "kind")
_KEY_OF = operator.attrgetter(*KEY)


#: The levels with limits of their own (plausibility.csv, column level); every other level (county,
#: township, anonymised, unknown) takes the county's.
_SIZED_LEVELS = ("province", "city")


@lru_cache(maxsize=1)
def _rules() -> list[dict]:
    rows = read_table(data_path("extract", "plausibility.csv"))
    return [{**r, "min": float(r["min"]), "max": float(r["max"])} for r in rows]


def _rule_applies(rule: dict, indicator: str, unit: str, measure: str) -> bool:
    if rule["measure"] != measure:
        return False
    scope = rule["scope"]
    return scope == "*" or (scope.startswith("unit:") and scope[5:] == unit) or scope == indicator


@lru_cache(maxsize=8)
def _rules_by_measure(level: str) -> dict[str, list[dict]]:
    """The rules for a report of *level* (province, city, or county for any other), by measure."""
    out: dict[str, list[dict]] = {}
    for rule in _rules():
        if rule["level"] in ("*", level):
            out.setdefault(rule["measure"], []).append(rule)
    return out


def finalize(facts: list[Fact], catalog: dict[str, Indicator] | None = None, level: str | None = None) -> list[Fact]:
    """Flag implausible values, keep the first of exact duplicates, flag conflicting values; by position.

    The limits that apply to an indicator's unit are those of its unit in *catalog* (the packaged one by default);
    limits of size are those of *level*, the level of the report's region (a county's when not a province or city).
    """
    if catalog is None:
        catalog = load_catalog()
    by_measure = _rules_by_measure(level if level in _SIZED_LEVELS else "county")
    keys: list[tuple] = []
    for f in facts:
        flags = set(filter(None, f.flags))
        v = f.value
        if v is not None and v == v:
            unit = catalog[f.indicator].unit if f.indicator in catalog else ""
            for rule in by_measure.get(f.measure, ()):
                if _rule_applies(rule, f.indicator, unit, f.measure) and not (rule["min"] <= v <= rule["max"]):
                    flags.add(rule["flag"])
        f.flags = sorted(flags)
        keys.append(_KEY_OF(f))
    seen: set[tuple] = set()
    out: list[tuple[tuple, Fact]] = []
    values: dict[tuple, set] = {}
    for key, f in zip(keys, facts):
        v = f.value
        rounded = None if v is None or v != v else round(v, 6)
        k = key + (rounded,)
        if k in seen:
            continue
        seen.add(k)
        out.append((key, f))
        if rounded is not None and "subtotal" not in f.flags:
            values.setdefault(key, set()).add(rounded)
    for key, f in out:
        v = f.value
        if v is None or v != v or "subtotal" in f.flags:
            continue
        if len(values[key]) > 1:
            f.flags = sorted(set(f.flags) | {"conflict"})
    kept = [f for _key, f in out]
    kept.sort(key=lambda f: (f.value_start, f.indicator, f.measure))
    return kept
