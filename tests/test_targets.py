"""Targets against outcomes across reports (govkit.analysis.targets)."""

from __future__ import annotations

import pandas as pd
import pytest

import govkit
from govkit.analysis.targets import NO_FIGURE, NO_LATER_REPORT, SAME_SENTENCE, targets_vs_outcomes


@pytest.fixture
def docs(document_frame):
    return document_frame(
        [
            {"doc_id": "r2021", "region": "甲县", "report_date": "2021-01-20", "year": 2020},
            {"doc_id": "r2022", "region": "甲县", "report_date": "2022-01-18", "year": 2021},
            {"doc_id": "review", "region": "乙县", "report_date": "2021-12-30", "year": 2021},
            {"doc_id": "plan", "region": "乙县", "report_date": "2021-01-05", "year": 2020},
        ]
    )


def test_range_keeps_both_bounds_and_met_uses_the_easier_one(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "r2021", "indicator": "gdp", "measure": "yoy_pct", "value": 6.5, "year": 2021, "kind": "target"},
            {"doc_id": "r2022", "indicator": "gdp", "measure": "yoy_pct", "value": 6.6, "year": 2021},
            {"doc_id": "r2021", "indicator": "unemployment_rate", "value": 4.0, "year": 2021, "kind": "target"},
            {"doc_id": "r2022", "indicator": "unemployment_rate", "value": 4.3, "year": 2021},
        ]
    ).assign(value_high=[7.0, None, 4.5, None])
    t = targets_vs_outcomes(facts, docs).set_index("indicator")
    assert t.loc["gdp", ["target", "target_high", "met_against", "outcome"]].tolist() == [6.5, 7.0, 6.5, 6.6]
    assert t.loc["gdp", "status"] == "met"  # 6.6 reaches the lower bound of 6.5–7
    assert t.loc["unemployment_rate", "met_against"] == 4.5 and t.loc["unemployment_rate", "status"] == "met"


def test_two_targets_of_one_sentence_are_a_range():
    text = "2022年主要预期目标是:地区生产总值增长6.5%到7%;固定资产投资增长9%。"
    facts = govkit.extract_facts(text, meta={"year": 2021, "report_date": "2022-01-12", "region": "甲县"})
    t = targets_vs_outcomes(facts).set_index("indicator")
    assert t.loc["gdp", ["target", "target_high"]].tolist() == [6.5, 7.0]
    assert pd.isna(t.loc["fai", "target_high"])


def test_a_target_is_never_measured_against_its_own_sentence(fact_frame, docs):
    # 增长8.8%(预期目标为10%): an outcome and the target restated beside it, one clause
    sentence = "固定资产投资增长8.8%(预期目标为10%)"
    row = {"doc_id": "r2022", "indicator": "fai", "measure": "yoy_pct", "year": 2021, "evidence": sentence}
    facts = fact_frame([{**row, "value": 8.8}, {**row, "value": 10.0, "kind": "target"}])
    t = targets_vs_outcomes(facts, docs)
    assert len(t) == 1 and pd.isna(t.iloc[0]["outcome"])
    assert t.iloc[0]["unpaired_reason"] == SAME_SENTENCE


def test_a_later_part_of_the_same_report_pairs_only_when_it_reviews_the_year(fact_frame, docs):
    target = {"indicator": "gdp", "measure": "cagr_pct", "year": 2020, "period_start": 2016, "kind": "target"}
    outcome = {"indicator": "gdp", "measure": "cagr_pct", "year": 2020, "period_start": 2016}
    facts = fact_frame(
        [
            # the 2020 review quotes the 十三五 target, then the result five years on
            {
                **target,
                "doc_id": "plan",
                "value": 8.0,
                "evidence": "十三五规划确定的年均增长8%的目标",
                "evidence_start": 10,
            },
            {**outcome, "doc_id": "plan", "value": 8.6, "evidence": "五年来年均增长8.6%", "evidence_start": 90},
            # a target for next year in a report about this year: its own outcomes cannot answer it
            {
                "doc_id": "review",
                "indicator": "fai",
                "measure": "yoy_pct",
                "value": 9.0,
                "year": 2022,
                "kind": "target",
            },
            {
                "doc_id": "review",
                "indicator": "fai",
                "measure": "yoy_pct",
                "value": 9.5,
                "year": 2022,
                "evidence_start": 50,
            },
        ]
    )
    t = targets_vs_outcomes(facts, docs).set_index("indicator")
    assert t.loc["gdp", ["outcome", "status"]].tolist() == [8.6, "met"] and bool(t.loc["gdp", "same_report"])
    assert pd.isna(t.loc["fai", "outcome"]) and t.loc["fai", "unpaired_reason"] == NO_LATER_REPORT


def test_every_unpaired_target_says_why(fact_frame, docs):
    facts = fact_frame(
        [
            {
                "doc_id": "r2021",
                "indicator": "fai",
                "measure": "yoy_pct",
                "value": 10.0,
                "year": 2021,
                "kind": "target",
            },
            {"doc_id": "r2022", "indicator": "fai", "measure": "yoy_pct", "value": 9.0, "year": 2022, "kind": "target"},
            {"doc_id": "r2022", "indicator": "gdp", "value": 120.0, "year": 2021},
        ]
    )
    t = targets_vs_outcomes(facts, docs).set_index("year")
    assert t.loc[2021, "unpaired_reason"] == NO_FIGURE  # r2022 reviews 2021 but prints no fai growth
    assert t.loc[2022, "unpaired_reason"] == NO_LATER_REPORT
    assert set(t["status"]) == {"no outcome reported"}


def test_an_older_report_never_answers_a_target(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "r2022", "indicator": "gdp", "value": 130.0, "year": 2021, "kind": "target"},
            {"doc_id": "r2021", "indicator": "gdp", "value": 125.0, "year": 2021, "kind": "estimate"},
        ]
    )
    t = targets_vs_outcomes(facts, docs)
    assert pd.isna(t.iloc[0]["outcome"])
