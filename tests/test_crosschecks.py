"""Arithmetic cross-checks (govkit.analysis.crosschecks): flagged with both facts, never corrected."""

from __future__ import annotations

import pandas as pd
import pytest

from govkit.analysis.consolidate import build_panel
from govkit.analysis.crosschecks import cross_checks


@pytest.fixture
def docs(document_frame):
    return document_frame(
        [{"doc_id": f"r{y}", "region": "甲县", "report_date": f"{y + 1}-01-15", "year": y} for y in (2020, 2021, 2022)]
        + [{"doc_id": "sc2022", "region": "甲县", "report_type": "统计公报", "report_date": "2023-04-01", "year": 2022}]
    )


def _checks(facts, docs):
    panel, _ = build_panel(facts, docs)
    return panel, cross_checks(panel, facts, docs)


def test_level_against_growth_flags_only_beyond_the_tolerance(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "r2020", "indicator": "gdp", "value": 100.0, "year": 2020},
            {"doc_id": "r2021", "indicator": "gdp", "value": 110.0, "year": 2021},  # +10 % nominal
            {"doc_id": "r2021", "indicator": "gdp", "measure": "yoy_pct", "value": 7.0, "year": 2021},  # +3 pp: prices
            {"doc_id": "r2022", "indicator": "gdp", "value": 180.0, "year": 2022},  # a milestone-like jump
            {"doc_id": "r2022", "indicator": "gdp", "measure": "yoy_pct", "value": 6.0, "year": 2022},
        ]
    )
    panel, checks = _checks(facts, docs)
    flagged = checks[checks["check"] == "level_vs_growth"]
    assert list(flagged["year"]) == [2022]
    row = flagged.iloc[0]
    assert (row["a_doc_id"], row["a_value"], row["b_doc_id"], row["b_value"]) == ("r2022", 180.0, "r2021", 110.0)
    assert row["c_measure"] == "yoy_pct" and row["c_value"] == 6.0
    assert row["gap"] == pytest.approx((180 / 110 - 1) * 100 - 6, abs=0.01)
    assert panel.query("indicator == 'gdp' and year == 2022 and measure == 'level'")["value"].iloc[0] == 180.0


def test_sectors_against_gdp_and_shares_against_100(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "r2021", "indicator": "gdp", "value": 100.0, "year": 2021},
            {"doc_id": "r2021", "indicator": "primary_va", "value": 10.0, "year": 2021},
            {"doc_id": "r2021", "indicator": "secondary_va", "value": 40.0, "year": 2021},
            {"doc_id": "r2021", "indicator": "tertiary_va", "value": 45.0, "year": 2021},  # sum 95: 5 % short
            {"doc_id": "r2022", "indicator": "gdp", "value": 100.0, "year": 2022},
            {"doc_id": "r2022", "indicator": "tertiary_va", "value": 120.0, "year": 2022},  # one sector > GDP
            {"doc_id": "r2022", "indicator": "forest_coverage", "value": 107.0, "year": 2022},
            {"doc_id": "r2020", "indicator": "gdp", "value": 90.0, "year": 2020},
            {"doc_id": "r2020", "indicator": "primary_va", "value": 9.0, "year": 2020},
            {"doc_id": "r2020", "indicator": "secondary_va", "value": 36.0, "year": 2020},
            {"doc_id": "r2020", "indicator": "tertiary_va", "value": 45.5, "year": 2020},  # 90.5: rounding
        ]
    )
    _, checks = _checks(facts, docs)
    c = checks.set_index(["check", "year"])
    assert c.loc[("sectors_vs_gdp", 2021), "gap"] == -5.0
    assert c.loc[("sectors_vs_gdp", 2021), "b_doc_id"] == "r2021" and c.loc[("sectors_vs_gdp", 2021), "b_value"] == 95.0
    assert ("sectors_vs_gdp", 2020) not in c.index
    shares = checks[checks["check"] == "shares_vs_100"].set_index("indicator")
    assert shares.loc["gdp", "gap"] == 20.0 and shares.loc["forest_coverage", "a_value"] == 107.0


def test_the_same_figure_printed_differently(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "r2022", "indicator": "gdp", "value": 165.2, "year": 2022},
            {"doc_id": "sc2022", "indicator": "gdp", "value": 164.8, "year": 2022},
            {"doc_id": "r2022", "indicator": "fai", "value": 1200.0, "year": 2022},
            {"doc_id": "sc2022", "indicator": "fai", "value": 1200.4, "year": 2022},  # rounding of 1200
        ]
    )
    _, checks = _checks(facts, docs)
    same = checks[checks["check"] == "same_figure"]
    assert list(same["indicator"]) == ["gdp"]
    assert same.iloc[0][["a_doc_id", "a_value", "b_doc_id", "b_value"]].tolist() == ["sc2022", 164.8, "r2022", 165.2]


def test_write_panel_writes_the_checks(fact_frame, docs, write_processed):
    facts = fact_frame([{"doc_id": "r2022", "indicator": "forest_coverage", "value": 107.0, "year": 2022}])
    out = write_processed(docs, facts)
    checks = pd.read_parquet(out / "panel_checks.parquet")
    assert list(checks["check"]) == ["shares_vs_100"] and (out / "panel_checks.csv").exists()
