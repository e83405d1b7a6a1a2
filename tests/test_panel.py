"""The consolidated panel: precedence, conflicts, provenance, derived views."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govkit.analysis.panel import (
    PANEL_COLUMNS,
    build_panel,
    composition,
    growth_table,
    per_capita,
    rankings,
    targets_vs_outcomes,
    write_panel,
)


@pytest.fixture
def docs(document_frame):
    return document_frame(
        [
            {"doc_id": "a_2020", "region": "甲县", "adcode": "111111", "report_date": "2021-01-20", "year": 2020},
            {"doc_id": "a_2021", "region": "甲县", "adcode": "111111", "report_date": "2022-01-18", "year": 2021},
            {"doc_id": "a_2022", "region": "甲县", "adcode": "111111", "report_date": "2023-01-10", "year": 2022},
            {"doc_id": "b_2021", "region": "乙县", "report_date": "2022-02-01", "year": 2021},
            {"doc_id": "anon_1", "region": "", "anonymised": True, "year": 2021},
            {"doc_id": "anon_2", "region": "", "anonymised": True, "year": 2021},
        ]
    )


def _one(panel: pd.DataFrame, **key) -> pd.Series:
    sel = panel
    for k, v in key.items():
        sel = sel[sel[k] == v]
    assert len(sel) == 1, f"expected one panel row for {key}, got {len(sel)}"
    return sel.iloc[0]


def test_actual_beats_estimate_beats_target(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "a_2021", "indicator": "gdp", "value": 100.0, "year": 2021, "kind": "estimate"},
            {"doc_id": "a_2022", "indicator": "gdp", "value": 101.0, "year": 2021, "kind": "actual"},
            {"doc_id": "a_2020", "indicator": "gdp", "value": 110.0, "year": 2021, "kind": "target"},
            {"doc_id": "a_2020", "indicator": "fai", "value": 50.0, "year": 2021, "kind": "target"},
            {"doc_id": "a_2021", "indicator": "fai", "value": 48.0, "year": 2021, "kind": "estimate"},
        ]
    )
    panel, conflicts = build_panel(facts, docs)
    gdp = _one(panel, indicator="gdp", year=2021)
    assert (gdp["value"], gdp["kind"], gdp["doc_id"]) == (101.0, "actual", "a_2022")
    assert gdp["n_sources"] == 3
    assert gdp["evidence"] == "地区生产总值101.0亿元" and gdp["report_date"] == "2023-01-10"
    fai = _one(panel, indicator="fai", year=2021)
    assert (fai["value"], fai["kind"]) == (48.0, "estimate")
    # estimate 100 vs the later actual 101 differ by 0.99 %: a superseded estimate, listed but no
    # conflict (r10g); the target 110 is not a conflict either
    c = conflicts[conflicts["indicator"] == "gdp"]
    assert list(c["other_value"]) == [100.0] and list(c["other_kind"]) == ["estimate"]
    assert c.iloc[0]["resolution"] == "superseded estimate: an actual printed later replaces it"
    assert bool(c.iloc[0]["disagrees"]) and "conflict" not in gdp["flags"].split(",")
    assert conflicts[conflicts["indicator"] == "fai"].empty
    assert list(panel.columns) == list(PANEL_COLUMNS)


def test_newer_report_wins_and_small_differences_are_no_conflict(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "a_2021", "indicator": "general_budget_revenue", "value": 10.0, "year": 2020},
            {"doc_id": "a_2020", "indicator": "general_budget_revenue", "value": 10.04, "year": 2020},  # 0.4 %
            {"doc_id": "a_2021", "indicator": "retail_sales", "value": 30.0, "year": 2020},
            {"doc_id": "a_2020", "indicator": "retail_sales", "value": 33.0, "year": 2020},
        ]
    )
    panel, conflicts = build_panel(facts, docs)
    rev = _one(panel, indicator="general_budget_revenue")
    assert (rev["value"], rev["doc_id"], rev["flags"]) == (10.0, "a_2021", "")
    ret = _one(panel, indicator="retail_sales")
    assert (ret["value"], ret["doc_id"]) == (30.0, "a_2021")
    row = conflicts[conflicts["indicator"] == "retail_sales"].iloc[0]
    assert (row["doc_id"], row["other_doc_id"], row["other_value"]) == ("a_2021", "a_2020", 33.0)
    assert row["resolution"] == "later publication (revision)"
    assert row["rel_diff_pct"] == pytest.approx(9.091, abs=1e-3)
    # every losing figure is listed; only the one beyond the tolerance disagrees (and flags the panel)
    assert set(conflicts["indicator"]) == {"retail_sales", "general_budget_revenue"}
    assert set(conflicts.loc[conflicts["disagrees"], "indicator"]) == {"retail_sales"}


def test_masked_value_never_hides_a_printed_one(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "a_2022", "indicator": "gdp", "value": None, "year": 2021, "masked": True},
            {"doc_id": "a_2021", "indicator": "gdp", "value": 99.0, "year": 2021, "kind": "estimate"},
            {"doc_id": "a_2021", "indicator": "fai", "value": None, "year": 2021, "masked": True},
        ]
    )
    panel, _ = build_panel(facts, docs)
    assert _one(panel, indicator="gdp")["value"] == 99.0
    fai = _one(panel, indicator="fai")
    assert pd.isna(fai["value"]) and bool(fai["masked"]) and fai["flags"] == "masked"


def test_subperiod_and_span_are_separate_keys_and_first_mention_wins(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "a_2021", "indicator": "gdp", "value": 70.0, "year": 2021, "subperiod": "Q1-Q3"},
            {"doc_id": "a_2021", "indicator": "gdp", "value": 95.0, "year": 2021},
            {
                "doc_id": "a_2021",
                "indicator": "gdp",
                "measure": "cagr_pct",
                "value": 7.0,
                "year": 2021,
                "period_start": 2017,
            },
            {
                "doc_id": "a_2021",
                "indicator": "poverty_people_lifted",
                "value": 500.0,
                "year": 2021,
                "evidence_start": 10,
            },
            {
                "doc_id": "a_2021",
                "indicator": "poverty_people_lifted",
                "value": 800.0,
                "year": 2021,
                "evidence_start": 90,
            },
        ]
    )
    panel, conflicts = build_panel(facts, docs)
    assert len(panel[panel["indicator"] == "gdp"]) == 3
    assert _one(panel, indicator="gdp", subperiod="Q1-Q3")["value"] == 70.0
    assert _one(panel, indicator="gdp", measure="cagr_pct")["period_start"] == 2017
    assert _one(panel, indicator="poverty_people_lifted")["value"] == 500.0
    assert conflicts.iloc[0]["resolution"] == "first mention in the report"


def test_anonymised_documents_keep_their_own_label(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "anon_1", "indicator": "gdp", "value": 50.0, "year": 2021},
            {"doc_id": "anon_2", "indicator": "gdp", "value": 80.0, "year": 2021},
        ]
    )
    panel, conflicts = build_panel(facts, docs)
    assert sorted(panel["region"]) == ["匿名1", "匿名2"]
    assert conflicts.empty  # two anonymised counties are never assumed to be one place
    assert set(panel["adcode"]) == {""}


def test_growth_table_uses_consecutive_years_only(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "a_2020", "indicator": "gdp", "value": 100.0, "year": 2020},
            {"doc_id": "a_2021", "indicator": "gdp", "value": 110.0, "year": 2021},
            {"doc_id": "a_2021", "indicator": "gdp", "measure": "yoy_pct", "value": 9.0, "year": 2021},
            {"doc_id": "a_2022", "indicator": "gdp", "value": 140.0, "year": 2023},  # 2022 missing
            {"doc_id": "a_2022", "indicator": "gdp", "value": 150.0, "year": 2024, "kind": "target"},
        ]
    )
    panel, _ = build_panel(facts, docs)
    g = growth_table(panel, regions=["甲县"]).set_index("year")
    assert list(g.index) == [2020, 2021, 2023]  # the target year is not an outcome
    assert g.loc[2021, "growth_computed_pct"] == 10.0
    assert g.loc[2021, "growth_reported_pct"] == 9.0
    assert g.loc[2021, "discrepancy_pp"] == 1.0
    assert pd.isna(g.loc[2023, "growth_computed_pct"])  # no 2022 level: not bridged
    assert pd.isna(g.loc[2020, "growth_computed_pct"])


def test_targets_vs_outcomes(fact_frame, docs):
    facts = fact_frame(
        [
            {
                "doc_id": "a_2020",
                "indicator": "gdp",
                "measure": "yoy_pct",
                "value": 8.0,
                "year": 2021,
                "kind": "target",
            },
            {
                "doc_id": "a_2021",
                "indicator": "gdp",
                "measure": "yoy_pct",
                "value": 7.5,
                "year": 2021,
                "kind": "estimate",
            },
            {
                "doc_id": "a_2022",
                "indicator": "gdp",
                "measure": "yoy_pct",
                "value": 8.2,
                "year": 2021,
                "kind": "actual",
            },
            {"doc_id": "a_2020", "indicator": "unemployment_rate", "value": 4.5, "year": 2021, "kind": "target"},
            {"doc_id": "a_2022", "indicator": "unemployment_rate", "value": 4.0, "year": 2021},
            {"doc_id": "a_2022", "indicator": "forest_coverage", "value": 70.0, "year": 2025, "kind": "target"},
            # an outcome printed by an *older* report does not answer a later target
            {"doc_id": "a_2022", "indicator": "fai", "value": 60.0, "year": 2021, "kind": "target"},
            {"doc_id": "a_2020", "indicator": "fai", "value": 20.0, "year": 2021, "kind": "estimate"},
        ]
    )
    t = targets_vs_outcomes(facts, docs).set_index("indicator")
    gdp = t.loc["gdp"]
    assert (gdp["target"], gdp["outcome"], gdp["outcome_kind"], gdp["outcome_doc_id"]) == (8.0, 8.2, "actual", "a_2022")
    assert gdp["status"] == "met" and gdp["gap"] == pytest.approx(0.2)
    u = t.loc["unemployment_rate"]
    assert u["direction"] == "lower" and u["status"] == "met"
    assert t.loc["forest_coverage", "status"] == "no outcome reported"
    assert pd.isna(t.loc["forest_coverage", "met"])
    assert t.loc["fai", "status"] == "no outcome reported"


def test_composition_shares(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "a_2021", "indicator": "primary_va", "value": 10.0, "year": 2021},
            {"doc_id": "a_2021", "indicator": "secondary_va", "value": 30.0, "year": 2021},
            {"doc_id": "a_2021", "indicator": "tertiary_va", "value": 60.0, "year": 2021},
            {"doc_id": "a_2021", "indicator": "gdp", "value": 101.0, "year": 2021},
            {"doc_id": "a_2020", "indicator": "tertiary_va", "value": 45.0, "year": 2020},
            {"doc_id": "a_2020", "indicator": "gdp", "value": 90.0, "year": 2020},
            {"doc_id": "b_2021", "indicator": "tertiary_va", "value": 5.0, "year": 2021},
        ]
    )
    panel, _ = build_panel(facts, docs)
    c = composition(panel)
    y21 = c[(c["region"] == "甲县") & (c["year"] == 2021)].set_index("sector")
    assert list(y21["share_pct"]) == [10.0, 30.0, 60.0] and set(y21["basis"]) == {"三次产业合计"}
    y20 = c[(c["region"] == "甲县") & (c["year"] == 2020)].set_index("sector")
    assert y20.loc["tertiary_va", "share_pct"] == 50.0 and y20.loc["tertiary_va", "basis"] == "地区生产总值"
    assert y20["share_pct"].isna().sum() == 2  # unknown sectors stay missing, not 0
    b = c[c["region"] == "乙县"]
    assert b["share_pct"].isna().all()  # neither all three sectors nor GDP: no share


def test_per_capita_only_with_known_population(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "a_2021", "indicator": "gdp", "value": 100.0, "year": 2021},
            {"doc_id": "a_2022", "indicator": "gdp", "value": 120.0, "year": 2022},
        ]
    )
    panel, _ = build_panel(facts, docs)
    assert per_capita(panel).empty  # the catalog has no population indicator: nothing is estimated
    pop = pd.DataFrame({"region": ["甲县"], "year": [2021], "population": [50.0], "unit": ["万人"]})
    pc = per_capita(panel, pop)
    assert len(pc) == 1
    assert pc.iloc[0]["per_capita"] == 20000.0 and pc.iloc[0]["per_capita_unit"] == "元/人"


def test_rankings_respect_direction(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "a_2021", "indicator": "gdp", "value": 100.0, "year": 2021},
            {"doc_id": "b_2021", "indicator": "gdp", "value": 300.0, "year": 2021},
            {"doc_id": "anon_1", "indicator": "gdp", "value": None, "year": 2021, "masked": True},
            {"doc_id": "a_2021", "indicator": "unemployment_rate", "value": 3.0, "year": 2021},
            {"doc_id": "b_2021", "indicator": "unemployment_rate", "value": 4.0, "year": 2021},
        ]
    )
    panel, _ = build_panel(facts, docs)
    r = rankings(panel, "gdp").set_index("region")
    assert dict(r["rank"]) == {"乙县": 1, "甲县": 2} and set(r["n_compared"]) == {2}  # masked not ranked
    u = rankings(panel, "unemployment_rate").set_index("region")
    assert dict(u["rank"]) == {"甲县": 1, "乙县": 2}


def test_write_panel(tmp_path, fact_frame, docs, write_processed):
    facts = fact_frame([{"doc_id": "a_2021", "indicator": "gdp", "value": 100.0, "year": 2021}])
    out = write_processed(docs, facts)
    for name in ("panel", "panel_conflicts", "targets_vs_outcomes"):
        assert (out / f"{name}.parquet").exists() and (out / f"{name}.csv").exists()
    p = pd.read_parquet(out / "panel.parquet")
    assert p.loc[0, "value"] == 100.0 and p.loc[0, "region"] == "甲县"
    before = (out / "panel.parquet").read_bytes()
    write_panel(out)
    assert (out / "panel.parquet").read_bytes() == before  # deterministic


def test_panel_of_the_corpus(processed_dir):
    from govkit.analysis.panel import annotate_facts

    facts = pd.read_parquet(processed_dir / "facts.parquet")
    documents = pd.read_parquet(processed_dir / "documents.parquet")
    panel, conflicts = build_panel(facts, documents)
    a = annotate_facts(facts, documents)
    a = a[a["year"].notna()].assign(ps=a["period_start"].fillna(-1))
    keys = a.drop_duplicates(["region", "year", "ps", "subperiod", "indicator", "measure"])
    assert len(panel) == len(keys) > 0
    assert not panel.duplicated(["region", "year", "period_start", "subperiod", "indicator", "measure"]).any()
    # provenance: every kept value is a fact of the document it cites, read from that sentence
    m = panel.merge(
        facts, on=["doc_id", "indicator", "measure", "year", "subperiod", "kind", "evidence"], suffixes=("", "_f")
    )
    assert len(m.drop_duplicates(["region", "year", "period_start", "subperiod", "indicator", "measure"])) == len(panel)
    assert ((m["value"] == m["value_f"]) | (m["value"].isna() & m["value_f"].isna())).any()
    assert not (panel["region"] == "").any()
    assert (conflicts.loc[conflicts["disagrees"].fillna(False), "rel_diff_pct"] > 0.5).all()
    assert (conflicts["resolution"] != "").all()


values = st.one_of(st.none(), st.floats(min_value=0.1, max_value=1e4, allow_nan=False))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["a_2020", "a_2021", "a_2022", "b_2021"]),
            st.sampled_from(["gdp", "fai"]),
            st.sampled_from([2020, 2021]),
            st.sampled_from(["actual", "estimate", "target"]),
            values,
        ),
        min_size=1,
        max_size=12,
    )
)
def test_panel_properties(rows, docs):
    from conftest import make_facts

    facts = make_facts(
        [{"doc_id": d, "indicator": i, "year": y, "kind": k, "value": v, "masked": v is None} for d, i, y, k, v in rows]
    )
    panel, conflicts = build_panel(facts, docs)
    key = ["region", "year", "indicator"]
    assert not panel.duplicated(key).any()
    all_cands = facts.merge(docs[["doc_id", "region"]], on="doc_id", suffixes=("_x", ""))
    for _, row in panel.iterrows():
        cands = all_cands[
            (all_cands["region"] == row["region"])
            & (all_cands["year"] == row["year"])
            & (all_cands["indicator"] == row["indicator"])
        ]
        known = cands[cands["value"].notna()]
        if known.empty:
            assert pd.isna(row["value"])
            continue
        # evidence tiers: actual (report describes the year or a later one) 0, estimate 1,
        # actual about a year after its report's 2, target 3
        doc_year = known["doc_id"].map(docs.set_index("doc_id")["year"])
        tier = known["kind"].map({"actual": 0, "estimate": 1, "target": 3})
        tier = tier.where(~((known["kind"] == "actual") & (known["year"] > doc_year)), 2)
        best = known[tier == tier.min()]
        assert row["kind"] == best["kind"].iloc[0]
        assert any(math.isclose(row["value"], v) for v in best["value"])
        assert row["n_sources"] == cands["doc_id"].nunique()
