"""Helpers of the tests that run report series of their own through the real pipeline (load →
extract → panel, pairs, checks); imported by them (pytest puts this directory on the import path)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

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
