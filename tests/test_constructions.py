"""Constructions of unseen reports (issue 15): passages written for each class of the issue.

Each passage in ``fixtures/extract/constructions.json`` names the facts it holds (as in
``passages.json``: indicator, measure, value, year, subperiod, kind, period_start, and an optional
eighth element ``value_high`` for ranges), keys that must *not* be read (``absent``: a prefix of
indicator, measure, year, subperiod, kind) and, for class 9, words the evidence must (not) contain.

A passage passes when every expected fact is found (value within 0.5 %, as the scorer does; equal
subperiods are equal), no absent key is found, and no other fact is read for the indicators the
passage is about. Passages today's rules get wrong are strict expected failures (``XFAIL``): a rule
that fixes one turns its xfail into an error, and its entry here must then be removed.

``python tests/test_constructions.py`` prints how many pass per class and which fail.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from passages import na

import govkit

ROOT = Path(__file__).resolve().parents[1]
CASES = json.loads((ROOT / "tests" / "fixtures" / "extract" / "constructions.json").read_text(encoding="utf-8"))

CLASSES = {
    1: "lists",
    2: "time",
    3: "kind",
    4: "subjects",
    5: "not facts",
    6: "plain-text tables",
    7: "monthly environment bulletins",
    8: "poverty news and summaries",
    9: "evidence",
}

#: Passages today's rules get wrong: id -> what goes wrong. Remove an entry when a rule fixes it.
XFAIL: dict[str, str] = {
    # 1 lists
    # 2 time
    # 3 kind
    # 4 subjects
    # 5 not facts
    # 6 tables
    # 7 monthly bulletins
    # 8 poverty
    # 9 evidence
}


def _months(sub: str | None) -> tuple[int, int] | None:
    """A subperiod as its first and last month, so that H1 == M1-M6 and Q1-Q3 == M1-M9."""
    if not sub:
        return None
    if sub in ("H1", "H2"):
        return (1, 6) if sub == "H1" else (7, 12)
    m = re.fullmatch(r"([QM])(\d+)(?:-[QM](\d+))?", sub)
    if not m:
        return (0, hash(sub))
    a, b = int(m.group(2)), int(m.group(3) or m.group(2))
    return (3 * a - 2, 3 * b) if m.group(1) == "Q" else (a, b)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.005 * max(abs(a), abs(b)) + 1e-9


def _read(case: dict) -> list[dict]:
    f = govkit.extract_facts(case["text"], doc_id=case["id"], meta=case["meta"] or None)
    rows = []
    for r in f.to_dict("records"):
        if na(r["value"]) is None:
            continue
        year, start = na(r["year"]), na(r["period_start"])
        rows.append(
            {
                "indicator": r["indicator"],
                "measure": r["measure"],
                "value": float(r["value"]),
                "value_high": na(r.get("value_high")),
                "year": None if year is None else int(year),
                "subperiod": _months(r["subperiod"] or ""),
                "kind": r["kind"],
                "period_start": None if start is None else int(start),
                "evidence": r["evidence"],
                "printed": r["subperiod"],
            }
        )
    return rows


def _key(row: dict) -> tuple:
    return (row["indicator"], row["measure"], row["year"], row["subperiod"], row["kind"], row["period_start"])


def problems(case: dict) -> list[str]:
    """What is wrong with the facts read from *case* (empty when it passes)."""
    got = _read(case)
    out: list[str] = []
    matched: set[int] = set()
    for fact in case["facts"]:
        ind, meas, val, year, sub, kind, start = fact[:7]
        key = (ind, meas, year, _months(sub), kind, start)
        hits = [i for i, g in enumerate(got) if _key(g) == key and _close(g["value"], float(val))]
        if not hits:
            same = [
                f"{g['value']:g} {g['year']} {g['printed']} {g['kind']} {g['period_start']}"
                for g in got
                if g["indicator"] == ind and g["measure"] == meas
            ]
            out.append(f"missing {fact[:7]}" + (f" (read {same})" if same else ""))
            continue
        matched.update(hits)
        if len(fact) > 7:
            high = got[hits[0]]["value_high"]
            if high is None or not _close(float(high), float(fact[7])):
                out.append(f"value_high of {ind} {meas}: expected {fact[7]}, read {high}")
    for absent in case.get("absent", []):
        names = ("indicator", "measure", "year", "subperiod", "kind")
        want = [(n, _months(v) if n == "subperiod" else v) for n, v in zip(names, absent)]
        for i, g in enumerate(got):
            if all(g[n] == v for n, v in want):
                matched.add(i)
                out.append(f"read an absent key {absent}: {g['value']:g} ({g['evidence']})")
    involved = {f[0] for f in case["facts"]} | {a[0] for a in case.get("absent", [])}
    for i, g in enumerate(got):
        if i not in matched and g["indicator"] in involved:
            extra = (g["indicator"], g["measure"], g["value"], g["year"], g["printed"], g["kind"], g["period_start"])
            out.append(f"extra {extra}")
    for spec in case.get("evidence", []):
        ind, must = spec[0], spec[1]
        must_not = spec[2] if len(spec) > 2 else None
        for g in got:
            if g["indicator"] != ind:
                continue
            if must not in g["evidence"]:
                out.append(f"evidence of {ind} lacks {must!r}: {g['evidence']!r}")
            if must_not and must_not in g["evidence"]:
                out.append(f"evidence of {ind} holds {must_not!r}: {g['evidence']!r}")
    return sorted(set(out))


def _params():
    for case in CASES:
        marks = []
        if case["id"] in XFAIL:
            marks = [pytest.mark.xfail(strict=True, reason=f"class {case['class']}: {XFAIL[case['id']]}")]
        yield pytest.param(case, id=f"c{case['class']}-{case['id']}", marks=marks)


def test_passages_are_well_formed():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate passage ids"
    assert set(XFAIL) <= set(ids), f"XFAIL names unknown passages: {set(XFAIL) - set(ids)}"
    for c in CASES:
        assert c["class"] in CLASSES and c["text"] and c["note"]
        assert c["facts"] or c.get("absent"), f"{c['id']} checks nothing"
        for f in c["facts"]:
            assert len(f) in (7, 8) and f[5] in ("actual", "estimate", "target"), f"{c['id']}: {f}"
    per_class = Counter(c["class"] for c in CASES)
    assert all(per_class[k] >= 2 for k in CLASSES), per_class


@pytest.mark.parametrize("case", list(_params()))
def test_construction(case):
    found = problems(case)
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("text", "indicator", "value"),
    [
        ("全年固定资产投资规模再次突破400亿元、创近三年新高。", "fai", 400),
        ("预计全年地区生产总值突破1900亿元、增幅6.5%左右。", "gdp", 1900),
        ("五年来累计投入扶贫资金超12亿元。", "poverty_funds", 12),
    ],
)
def test_crossed_threshold_is_flagged(text, indicator, value):
    """突破X / 超X with no exact figure after it: kept as printed, flagged approximate (a lower bound)."""
    f = govkit.extract_facts(text, doc_id="t", meta={"year": 2023, "report_date": "2024-01-10"})
    rows = f[(f.indicator == indicator) & (f.measure == "level")]
    assert len(rows) == 1 and _close(float(rows.iloc[0]["value"]), value)
    assert "approximate" in rows.iloc[0]["flags"]


@pytest.mark.parametrize(
    ("text", "indicator", "value", "year"),
    [
        ("全县财政总收入从2017年的不足10亿元增长到2022年的16.2亿元。", "fiscal_revenue", 10, 2017),
        ("2022年全县接待游客不到300万人次,旅游综合收入12.6亿元。", "tourist_visits", 300, 2022),
    ],
)
def test_upper_bound_is_flagged(text, indicator, value, year):
    """不足X / 不到X: kept as printed, flagged approximate (an upper bound)."""
    f = govkit.extract_facts(text, doc_id="t", meta={"year": 2022, "report_date": "2023-03-02"})
    rows = f[(f.indicator == indicator) & (f.measure == "level") & (f.year == year)]
    assert len(rows) == 1 and _close(float(rows.iloc[0]["value"]), value)
    assert "approximate" in rows.iloc[0]["flags"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("新化县2021年一季度经济运行情况分析\n新化县统计局\n2021年4月20日\n一季度,全县地区生产总值增长15.2%。\n", 2021),
        ("在2021年一季度经济形势分析会上的讲话\n2021年4月20日\n同志们:\n一季度,全县地区生产总值增长15.2%。\n", 2021),
        ("2023年1-2月全县主要经济指标\n2023年3月18日\n1-2月,全县规模以上工业增加值增长6.1%。\n", 2023),
        ("在2021年全县经济工作会议上的讲话\n2021年2月22日\n同志们:\n过去的一年,全县地区生产总值增长4.1%。\n", 2020),
    ],
)
def test_a_title_naming_a_part_of_its_year_is_of_that_year(text, year):
    """A review (or a speech) of a quarter or of months dated January–April is of its title's year, not the
    year before (a meeting of January–April titled with its year alone still looks back)."""
    from govkit.text.recognise import recognise

    assert recognise(text).year == year


def summary() -> str:
    """Passes per class today, and what fails."""
    lines, fails = [], []
    by_class: dict[int, list[bool]] = {}
    for case in CASES:
        p = problems(case)
        by_class.setdefault(case["class"], []).append(not p)
        if p:
            fails.append(f"  c{case['class']} {case['id']}: " + "; ".join(p))
        involved = {f[0] for f in case["facts"]} | {a[0] for a in case.get("absent", [])}
        stray = sorted({g["indicator"] for g in _read(case)} - involved)
        if stray:
            fails.append(f"  c{case['class']} {case['id']}: also reads {stray} (not checked)")
    total = sum(sum(v) for v in by_class.values())
    for k in sorted(by_class):
        lines.append(f"class {k} {CLASSES[k]:<32} {sum(by_class[k]):>3}/{len(by_class[k])}")
    lines.append(f"{'all':<40} {total:>3}/{len(CASES)}")
    return "\n".join(lines + ["failing:"] + fails)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        CASES[:] = [c for c in CASES if c["id"] in sys.argv[1:]]
    print(summary())
