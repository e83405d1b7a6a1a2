"""Consolidation by evidence (govkit.analysis.consolidate): tiers, genre authority, revisions, series."""

from __future__ import annotations

import pandas as pd
import pytest

import govkit
from govkit.analysis.consolidate import build_panel
from govkit.analysis.evidence import authority_of, is_milestone
from govkit.analysis.panel import growth_table, is_warning
from govkit.analysis.targets import targets_vs_outcomes


def _one(panel: pd.DataFrame, **key) -> pd.Series:
    sel = panel
    for k, v in key.items():
        sel = sel[sel[k] == v]
    assert len(sel) == 1, f"expected one row for {key}, got {len(sel)}"
    return sel.iloc[0]


@pytest.mark.parametrize(
    ("evidence", "number", "milestone"),
    [
        ("区域经济总量跨越1800亿、迈向2000亿", "1800", True),
        ("区域经济总量跨越1800亿、迈向2000亿", "2000", True),
        ("GDP连续跨越500亿、600亿、700亿台阶", "600", True),
        ("地区生产总值迈上千亿台阶", "千亿", True),
        ("财政收入突破10亿元大关,达到10.9亿元", "10", True),
        ("财政收入突破10亿元大关,达到10.9亿元", "10.9", False),
        ("预计全年地区生产总值突破1900亿元、增幅6.5%左右", "1900", False),
        ("全县实现地区生产总值312.6亿元,增长3.9%", "312.6", False),
    ],
)
def test_milestone_wording(evidence, number, milestone):
    assert is_milestone(evidence, number) is milestone


def test_genre_authority_comes_from_the_data_file():
    assert authority_of("统计公报") < authority_of("计划执行情况报告") == authority_of("预算执行情况报告")
    assert authority_of("预算执行情况报告") < authority_of("政府工作报告") < authority_of("讲话")
    assert authority_of("工作总结") == authority_of("工作汇报") == authority_of("讲话") < authority_of("新闻报道")
    assert authority_of("not a genre") == authority_of("其他")


@pytest.fixture
def docs(document_frame):
    return document_frame(
        [
            {"doc_id": "wr_2022", "region": "甲县", "report_date": "2023-01-10", "year": 2022},
            {
                "doc_id": "sc_2022",
                "region": "甲县",
                "report_type": "统计公报",
                "report_date": "2023-04-01",
                "year": 2022,
            },
            {
                "doc_id": "sc_2022_rev",
                "region": "甲县",
                "report_type": "统计公报",
                "report_date": "2024-04-01",
                "year": 2022,
            },
            {"doc_id": "wr_2024", "region": "甲县", "report_date": "2025-01-12", "year": 2024},
            {
                "doc_id": "news_2023",
                "region": "甲县",
                "report_type": "新闻报道",
                "report_date": "2024-03-01",
                "year": 2023,
            },
            {"doc_id": "wr_2023", "region": "甲县", "report_date": "2024-01-15", "year": 2023},
        ]
    )


def test_the_communique_beats_a_later_work_report_and_its_own_revision_beats_it(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "wr_2022", "indicator": "gdp", "value": 165.2, "year": 2022},
            {"doc_id": "sc_2022", "indicator": "gdp", "value": 164.8, "year": 2022},
            {"doc_id": "wr_2024", "indicator": "gdp", "value": 170.0, "year": 2022},  # restated later, lower genre
            {"doc_id": "wr_2022", "indicator": "fai", "value": 50.0, "year": 2022},
            {"doc_id": "sc_2022", "indicator": "fai", "value": 52.0, "year": 2022},
            {"doc_id": "sc_2022_rev", "indicator": "fai", "value": 51.0, "year": 2022},  # revised communiqué
        ]
    )
    panel, conflicts = build_panel(facts, docs)
    assert _one(panel, indicator="gdp")[["value", "doc_id"]].tolist() == [164.8, "sc_2022"]
    assert _one(panel, indicator="fai")[["value", "doc_id"]].tolist() == [51.0, "sc_2022_rev"]
    why = conflicts.set_index(["indicator", "other_doc_id"])["resolution"]
    assert why[("gdp", "wr_2024")] == "more authoritative genre: 统计公报 over 政府工作报告"
    assert why[("fai", "sc_2022")] == "later publication (revision)"
    assert not conflicts.loc[conflicts["other_doc_id"] == "wr_2022", "disagrees"].all()  # 165.2 vs 164.8: 0.24 %


def test_an_actual_about_a_later_year_than_its_report_never_beats_an_estimate(fact_frame, docs):
    # the 2022 report's "2023 actual" is a target or a misdating read as an outcome
    facts = fact_frame(
        [
            {"doc_id": "wr_2022", "indicator": "gdp", "value": 180.0, "year": 2023},
            {"doc_id": "wr_2023", "indicator": "gdp", "value": 172.0, "year": 2023, "kind": "estimate"},
            {"doc_id": "wr_2022", "indicator": "fai", "value": 60.0, "year": 2023},
            {"doc_id": "wr_2022", "indicator": "retail_sales", "value": 90.0, "year": 2023, "kind": "target"},
        ]
    )
    panel, conflicts = build_panel(facts, docs)
    assert _one(panel, indicator="gdp")[["value", "kind"]].tolist() == [172.0, "estimate"]
    row = conflicts[conflicts["indicator"] == "gdp"].iloc[0]
    assert row["resolution"] == "estimate beats actual for a year after the one its report describes"
    assert _one(panel, indicator="fai")["value"] == 60.0  # nothing better: kept, its evidence shown
    target = _one(panel, indicator="retail_sales")
    assert target["kind"] == "target"  # a key with only a target keeps it *as a target* …
    assert growth_table(panel).query("indicator == 'retail_sales'").empty  # … which no outcome view uses


def test_news_and_speeches_rank_below_the_work_report(fact_frame, docs):
    facts = fact_frame(
        [
            {"doc_id": "news_2023", "indicator": "gdp", "value": 181.0, "year": 2023},
            {"doc_id": "wr_2023", "indicator": "gdp", "value": 178.5, "year": 2023},
        ]
    )
    panel, _ = build_panel(facts, docs)
    assert _one(panel, indicator="gdp")["doc_id"] == "wr_2023"


def test_a_renamed_county_is_one_series(fact_frame, document_frame):
    docs = document_frame(
        [
            {"doc_id": "old", "region": "丙县", "adcode": "990201", "region_id": "990202", "year": 2020},
            {"doc_id": "new", "region": "丙区", "adcode": "990202", "region_id": "990202", "year": 2021},
            {"doc_id": "twin", "region": "丙县", "adcode": "880201", "region_id": "880201", "year": 2021},
        ]
    )
    facts = fact_frame(
        [
            {"doc_id": "old", "indicator": "gdp", "value": 100.0, "year": 2020},
            {"doc_id": "new", "indicator": "gdp", "value": 108.0, "year": 2021},
            {"doc_id": "twin", "indicator": "gdp", "value": 55.0, "year": 2021},  # same name, other place
        ]
    )
    panel, _ = build_panel(facts, docs)
    series = panel[panel["region_id"] == "990202"]
    assert list(series["year"]) == [2020, 2021] and set(series["region"]) == {"丙区"}
    assert _one(panel, region_id="880201")["value"] == 55.0
    g = growth_table(panel, regions=["丙区"]).set_index("year")
    assert g.loc[2021, "growth_computed_pct"] == 8.0


def test_milestones_never_become_the_value_in_real_passages():
    text = (
        "2023年工作回顾\n过去一年,区域经济总量跨越1800亿、迈向2000亿。"
        "预计全年地区生产总值突破1900亿元、增幅6.5%左右。\n"
    )
    meta = {"year": 2023, "report_date": "2023-12-25", "region": "丁区"}
    facts = govkit.extract_facts(text, meta=meta)
    docs = pd.DataFrame(
        [{"doc_id": facts["doc_id"].iloc[0], "region": "丁区", "year": 2023, "report_date": "2023-12-25"}]
    )
    panel, conflicts = build_panel(facts, docs)
    gdp = _one(panel, indicator="gdp", measure="level")
    assert gdp["value"] == 1900.0
    lost = conflicts[(conflicts["indicator"] == "gdp") & (conflicts["measure"] == "level")]
    assert set(lost["other_value"]) <= {1800.0, 2000.0}
    assert all("milestone" in r for r in lost["resolution"])


def test_a_key_of_milestones_only_has_no_value(fact_frame, document_frame):
    docs = document_frame([{"doc_id": "d", "region": "戊县", "year": 2021}])
    facts = fact_frame(
        [{"doc_id": "d", "indicator": "gdp", "value": 500.0, "year": 2021, "evidence": "GDP连续跨越500亿台阶"}]
    )
    panel, conflicts = build_panel(facts, docs)
    assert panel.empty
    assert conflicts.iloc[0]["resolution"] == "milestone phrase, not a level; no other figure for this key"
    assert pd.isna(conflicts.iloc[0]["value"]) and conflicts.iloc[0]["other_value"] == 500.0


def test_a_padded_report_date_orders_at_its_precision():
    """The documents table pads a year or a month to its first day; the panel orders revisions by
    the date as printed, so a report known only to 2024 stays before one of 2024-01-15 and a
    report of 2024-01 before one of 2024-01-01 (day), as with the shortest form."""
    from govkit.analysis.candidates import doc_info
    from govkit.analysis.evidence import date_order

    docs = pd.DataFrame(
        {
            "doc_id": ["y", "m", "d", "old"],
            "region": ["甲县"] * 4,
            "report_date": ["2024-01-01", "2024-01-01", "2024-01-15", "2024-03"],
            "report_date_precision": ["year", "month", "day", ""],
            "year": [2023] * 4,
        }
    )
    info = doc_info(docs).set_index("doc_id")
    assert info["report_date"].to_dict() == {"y": "2024", "m": "2024-01", "d": "2024-01-15", "old": "2024-03"}
    order = {k: date_order(r, 2023) for k, r in info["report_date"].items()}
    assert order["y"] == 20240000 < order["m"] == 20240100 < order["d"] == 20240115


@pytest.fixture
def mid_year(document_frame):
    return document_frame(
        [
            {
                "doc_id": "speech_2023_07",
                "region": "甲县",
                "report_type": "讲话",
                "report_date": "2023-07-20",
                "year": 2023,
            },
            {
                "doc_id": "review_2023_10",
                "region": "甲县",
                "report_type": "经济运行分析",
                "report_date": "2023-10-25",
                "year": 2023,
            },
            {
                "doc_id": "news_2024",
                "region": "甲县",
                "report_type": "新闻报道",
                "report_date": "2024-02-01",
                "year": 2023,
            },
        ]
    )


def _to_date(doc_id: str, indicator: str, value: float, measure: str = "level") -> dict:
    unit = "%" if measure == "yoy_pct" else "亿元"
    return {
        "doc_id": doc_id,
        "indicator": indicator,
        "measure": measure,
        "value": value,
        "year": 2023,
        "flags": "to_date",
        "evidence": f"今年以来,全县完成{value}{unit}",
    }


def test_a_figure_of_the_year_so_far_never_beats_a_whole_year_figure(fact_frame, mid_year):
    # 今年以来 in July and October: January to a month the text does not tell. A whole-year figure
    # wins even from the least authoritative genre, and even over a later part-year report.
    facts = fact_frame(
        [
            _to_date("speech_2023_07", "fai", 86.3),
            _to_date("review_2023_10", "fai", 131.0),
            {"doc_id": "news_2024", "indicator": "fai", "value": 162.4, "year": 2023},
            _to_date("review_2023_10", "gdp", 6.1, "yoy_pct"),
        ]
    )
    panel, conflicts = build_panel(facts, mid_year)
    fai = _one(panel, indicator="fai")
    assert (fai["value"], fai["doc_id"]) == (162.4, "news_2024")
    lost = conflicts[conflicts["indicator"] == "fai"].set_index("other_doc_id")["resolution"]
    assert lost.to_dict() == {
        "review_2023_10": "actual beats actual of the year so far, up to a month the text does not tell",
        "speech_2023_07": "actual beats actual of the year so far, up to a month the text does not tell",
    }
    # alone, the year-so-far figure fills its key, flagged as a doubt (⚠ in every view)
    gdp = _one(panel, indicator="gdp", measure="yoy_pct")
    assert gdp["value"] == 6.1
    assert is_warning(gdp["flags"])
    assert not is_warning("approximate")


def test_a_figure_of_the_year_so_far_never_answers_a_target(fact_frame, mid_year, document_frame):
    docs = pd.concat(
        [mid_year, document_frame([{"doc_id": "wr_2023", "region": "甲县", "report_date": "2023-01-12", "year": 2022}])]
    )
    facts = fact_frame(
        [
            {
                "doc_id": "wr_2023",
                "indicator": "fai",
                "measure": "yoy_pct",
                "value": 10.0,
                "year": 2023,
                "kind": "target",
            },
            _to_date("speech_2023_07", "fai", 4.2, "yoy_pct"),
        ]
    )
    t = targets_vs_outcomes(facts, docs)
    assert len(t) == 1 and pd.isna(t.iloc[0]["outcome"])  # 4.2 so far is not a miss of the year's 10
