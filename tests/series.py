"""Helpers of the tests that run report series of their own through the real pipeline (load →
extract → panel, pairs, checks); imported by them (pytest puts this directory on the import path)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import govkit
from govkit.analysis.crosschecks import cross_checks
from govkit.analysis.panel import build_panel, targets_vs_outcomes


def load_series(tmp_path: Path, series: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The documents and facts tables of *series* (file stem -> text), each written to *tmp_path*."""
    docs, facts = [], []
    for name, text in series.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text.strip() + "\n", encoding="utf-8")
        doc = govkit.load_document(path)
        docs.append(doc.to_record())
        facts.append(govkit.extract_facts(doc))
    return pd.DataFrame(docs), pd.concat(facts, ignore_index=True)


def run_series(tmp_path: Path, series: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The panel, its conflicts and the target pairs of *series*."""
    documents, facts = load_series(tmp_path, series)
    panel, conflicts = build_panel(facts, documents)
    return panel, conflicts, targets_vs_outcomes(facts, documents)


def series_checks(tmp_path: Path, series: dict[str, str]) -> pd.DataFrame:
    """The cross-checks of *series*' panel."""
    documents, facts = load_series(tmp_path, series)
    panel, _ = build_panel(facts, documents)
    return cross_checks(panel, facts, documents)


def panel_cell(panel: pd.DataFrame, indicator: str, measure: str, year: int) -> pd.Series:
    """The one whole-year, one-year panel cell of *indicator* / *measure* / *year*."""
    p = panel[
        (panel["indicator"] == indicator)
        & (panel["measure"] == measure)
        & (panel["year"] == year)
        & (panel["subperiod"] == "")
        & panel["period_start"].isna()
    ]
    assert len(p) == 1, p
    return p.iloc[0]


def target_pair(tvo: pd.DataFrame, indicator: str, measure: str, year: int) -> pd.Series:
    """The one target pair of *indicator* / *measure* / *year*."""
    t = tvo[(tvo["indicator"] == indicator) & (tvo["measure"] == measure) & (tvo["year"] == year)]
    assert len(t) == 1, t
    return t.iloc[0]


def flags_of(row: pd.Series) -> set[str]:
    return {x for x in str(row["flags"] or "").split(",") if x}


def series_of(doc_id: str) -> str:
    """The series a blind series' document belongs to: its id's first part (caoxian_2023_wr -> caoxian)."""
    return doc_id.split("_", 1)[0]


def wrong_cells(built: dict[str, tuple[pd.DataFrame, ...]], cells: list[tuple]) -> list[tuple]:
    """The expected whole-year cells (doc, indicator, measure, year, period_start, value, kind) that the
    panels *built* by :func:`run_series` (by series name) do not hold as expected, each with what they hold."""
    wrong = []
    for doc, ind, measure, year, start, value, kind in cells:
        panel = built[series_of(doc)][0]
        p = panel[
            (panel["indicator"] == ind)
            & (panel["measure"] == measure)
            & (panel["year"] == year)
            & (panel["subperiod"] == "")
        ]
        p = p[p["period_start"].isna()] if start is None else p[p["period_start"] == start]
        got = None if len(p) != 1 else (p.iloc[0]["value"], p.iloc[0]["kind"], p.iloc[0]["doc_id"])
        if got is None or got[0] != pytest.approx(value) or got[1:] != (kind, doc):
            wrong.append(((doc, ind, measure, year, start, value, kind), got))
    return wrong


def wrong_pairs(built: dict[str, tuple[pd.DataFrame, ...]], pairs: list[tuple]) -> tuple[list[tuple], int]:
    """The expected target/outcome pairs (target doc, indicator, measure, year, target, target_high,
    outcome, outcome doc, status) that the pairs *built* by :func:`run_series` do not hold as expected,
    and how many pairs of those keys were found."""
    wrong: list[tuple] = []
    seen = 0
    for tdoc, ind, measure, year, target, high, outcome, odoc, status in pairs:
        tvo = built[series_of(tdoc)][2]
        t = tvo[
            (tvo["target_doc_id"] == tdoc)
            & (tvo["indicator"] == ind)
            & (tvo["measure"] == measure)
            & (tvo["year"] == year)
        ]
        seen += len(t)
        if len(t) != 1:
            wrong.append(((tdoc, ind, year), len(t)))
            continue
        g = t.iloc[0]
        ok = g["target"] == pytest.approx(target) and g["status"] == status
        ok = ok and (g["target_high"] == pytest.approx(high) if high is not None else pd.isna(g["target_high"]))
        if odoc is None:
            ok = ok and pd.isna(g["outcome"])
        else:
            ok = ok and g["outcome"] == pytest.approx(outcome) and g["outcome_doc_id"] == odoc
        if not ok:
            wrong.append(
                ((tdoc, ind, year), g[["target", "target_high", "outcome", "outcome_doc_id", "status"]].to_dict())
            )
    return wrong, seen


def build_all(tmp_path_factory: pytest.TempPathFactory, series: dict[str, dict[str, str]]) -> dict[str, tuple]:
    """:func:`run_series` for each named series of texts, each in a directory of its own."""
    return {name: run_series(tmp_path_factory.mktemp(name), texts) for name, texts in series.items()}


def whole_year_cells(built: dict[str, tuple[pd.DataFrame, ...]]) -> int:
    """The number of whole-year cells in the panels *built* by :func:`build_all`."""
    return sum(int((b[0]["subperiod"] == "").sum()) for b in built.values())


def others_figures_held(built: dict[str, tuple[pd.DataFrame, ...]], values: dict[str, list[float]]) -> list[tuple]:
    """Values of other places, milestones or parts of the year (by series) that a series' panel holds as a
    whole-year cell or among the values that lost to one: each as (series, where, value)."""
    held: list[tuple] = []
    for name, vals in values.items():
        panel, conflicts, _ = built[name]
        whole = panel[panel["subperiod"] == ""]
        held += [(name, "cell", v) for v in whole.loc[whole["value"].isin(vals), "value"]]
        held += [(name, "lost", v) for v in conflicts.loc[conflicts["other_value"].isin(vals), "other_value"]]
    return held


def loss_reasons(conflicts: pd.DataFrame) -> dict[tuple, str]:
    """(year, indicator, measure, losing value) -> the first words of why it lost, for every conflict row."""
    return {
        (y, i, m, v): r.split(":")[0]
        for y, i, m, v, r in zip(
            conflicts["year"],
            conflicts["indicator"],
            conflicts["measure"],
            conflicts["other_value"],
            conflicts["resolution"],
        )
    }


def one_region_and_code(built: dict[str, tuple[pd.DataFrame, ...]], name: str, region: str, adcode: str) -> None:
    """Assert that series *name*'s panel and its target pairs are all of *region*, with division code *adcode*."""
    panel, _, tvo = built[name]
    assert set(panel["region"]) == {region}
    assert set(panel["adcode"].astype(str)) == {adcode}
    assert set(tvo["region"]) == {region}
