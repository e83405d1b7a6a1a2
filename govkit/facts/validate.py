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
from govkit.facts.blocking import APPROX_CROSSING, CROSSING_BEFORE

#: What makes two facts the same fact (their values may still differ: a conflict).
KEY = ("doc_id", "indicator", "measure", "year", "period_start", "subperiod", "kind")
_KEY_OF = operator.attrgetter(*KEY)


#: The levels with limits of their own (plausibility.csv, column level); every other level (county,
#: township, anonymised, unknown) takes the county's.
_SIZED_LEVELS = ("province", "city")


#: A level's key but for its kind (经济总量首次突破260亿元 is read as an actual, 预计…268.5亿元 an estimate).
_LEVEL_KEY = operator.attrgetter("doc_id", "indicator", "year", "period_start", "subperiod")


def _crossed_threshold(f: Fact) -> bool:
    """Whether level *f* was printed as a threshold crossed (突破260亿元, 超过300万人次)."""
    prefix = f.evidence[: max(0, f.value_start - f.evidence_start)]
    return "approximate" in f.flags and (
        CROSSING_BEFORE.search(prefix) is not None or f.value_text.startswith(APPROX_CROSSING)
    )


def _without_superseded_thresholds(facts: list[Fact]) -> list[Fact]:
    """*facts* without a threshold crossed (经济总量首次突破260亿元) whose exact level of the same
    indicator and time, at or above it, the document prints in another sentence (预计全年实现地区生产总值
    268.5亿元): a milestone, not a second figure (EXTRACTION.md). In one sentence the extractor drops it
    already (``earlier_facts.exact_before``); a threshold with no exact level, or above the exact one, stays."""
    exact: dict[tuple, list[float]] = {}
    for f in facts:
        if f.measure == "level" and f.value is not None and f.value == f.value and "approximate" not in f.flags:
            exact.setdefault(_LEVEL_KEY(f), []).append(f.value)
    if not exact:
        return facts
    return [
        f
        for f in facts
        if not (
            f.measure == "level"
            and f.value is not None
            and any(v >= f.value for v in exact.get(_LEVEL_KEY(f), ()))
            and _crossed_threshold(f)
        )
    ]


@lru_cache(maxsize=1)
def _rules() -> list[dict]:
    rows = read_table(data_path("extract", "plausibility.csv"))
    return [{**r, "min": float(r["min"]), "max": float(r["max"])} for r in rows]


@lru_cache(maxsize=8)
def _rules_by_measure(level: str) -> dict[str, list[dict]]:
    """The rules for a report of *level* (province, city, or county for any other), by measure."""
    out: dict[str, list[dict]] = {}
    for rule in _rules():
        if rule["level"] in ("*", level):
            out.setdefault(rule["measure"], []).append(rule)
    return out


@lru_cache(maxsize=8)
def _rules_by_scope(level: str) -> dict[tuple[str, str], list[dict]]:
    """:func:`_rules_by_measure` by measure and scope: the rules that apply to a fact are those of its
    measure whose scope is ``*`` (any fact), ``unit:`` and its unit, or its indicator."""
    out: dict[tuple[str, str], list[dict]] = {}
    for measure, rules in _rules_by_measure(level).items():
        for rule in rules:
            out.setdefault((measure, rule["scope"]), []).append(rule)
    return out


def finalize(facts: list[Fact], catalog: dict[str, Indicator] | None = None, level: str | None = None) -> list[Fact]:
    """Flag implausible values, keep the first of exact duplicates, flag conflicting values; by position.

    The limits that apply to an indicator's unit are those of its unit in *catalog* (the packaged one by default);
    limits of size are those of *level*, the level of the report's region (a county's when not a province or city).
    """
    if catalog is None:
        catalog = load_catalog()
    facts = _without_superseded_thresholds(facts)
    by_scope = _rules_by_scope(level if level in _SIZED_LEVELS else "county")
    keys: list[tuple] = []
    for f in facts:
        flags = set(filter(None, f.flags))
        v = f.value
        if v is not None and v == v:
            unit = catalog[f.indicator].unit if f.indicator in catalog else ""
            for scope in ("*", "unit:" + unit, f.indicator):
                for rule in by_scope.get((f.measure, scope), ()):
                    if not (rule["min"] <= v <= rule["max"]):
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
