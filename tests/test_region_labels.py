"""Anonymised documents: one short label each (匿名1, 匿名2, … in doc_id order), the same in every table."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from govkit.analysis.consolidate import build_panel
from govkit.analysis.region_labels import Numbering, label_documents, region_aliases
from govkit.cli import main
from govkit.pipeline.runner import run_all, run_extract
from govkit.present import report_plan as rp
from govkit.present import workbook as wbk

# Three reports of our own: two whose county is masked (某县, XX县), one named. The masked ones
# have figures for consecutive years and a target of one for the year the other reports on: taken
# for one place they would pair the target with the other's outcome and cross-check their levels.
ANON_2022 = "XX县2022年工作总结\n2022年,全县地区生产总值达到60.1亿元,增长6.0%。城镇居民人均可支配收入32100元。\n"
ANON_2021 = (
    "某县2022年政府工作报告\n——2022年1月10日在某县第十八届人民代表大会第一次会议上\n各位代表:\n"
    "一、2021年工作回顾\n2021年,全县实现地区生产总值52.3亿元,同比增长7.5%。城镇居民人均可支配收入31250元。\n"
    "二、2022年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n"
)
NAMED = "会同县2021年政府工作报告\n2021年,全县实现地区生产总值92.45亿元,同比增长10.5%。\n"


def test_labels_follow_doc_id_order_whatever_the_order_given():
    ids = ["c", "a", "b", "d"]
    regions = ["", "", "会同县", "   "]
    anon = [True, True, False, False]
    assert label_documents(ids, regions, anon) == ["匿名2", "匿名1", "会同县", "匿名3"]
    rev = label_documents(ids[::-1], regions[::-1], anon[::-1])
    assert rev == ["匿名3", "会同县", "匿名1", "匿名2"]


def test_a_masked_report_is_labelled_even_if_a_region_was_read():
    # anonymised wins over a region (never guess the place); a region not found is unnamed too
    assert label_documents(["x", "y"], ["会同县", ""], [True, False]) == ["匿名1", "匿名2"]


def test_streamed_numbering_equals_the_whole_set_and_needs_doc_id_order():
    ids, regions, anon = ["a", "b", "c", "d"], ["", "甲县", "", ""], [True, False, True, None]
    n = Numbering()
    assert [n.label(d, r, a) for d, r, a in zip(ids, regions, anon)] == label_documents(ids, regions, anon)
    with pytest.raises(ValueError, match="doc_id order"):
        n.label("b", "", True)


def test_aliases_name_the_doc_id_and_the_earlier_form(document_frame):
    docs = document_frame(
        [
            {"doc_id": "x_2022", "region": "", "anonymised": True},
            {"doc_id": "a_2021", "region": "会同县"},
        ]
    )
    assert region_aliases(docs) == {"x_2022": "匿名1", "(匿名)x_2022": "匿名1"}


def test_a_document_without_facts_keeps_its_number(fact_frame, document_frame):
    docs = document_frame(
        [
            {"doc_id": "anon_a", "region": "", "anonymised": True, "year": 2021},
            {"doc_id": "anon_b", "region": "", "anonymised": True, "year": 2021},
        ]
    )
    facts = fact_frame([{"doc_id": "anon_b", "indicator": "gdp", "value": 50.0, "year": 2021}])
    panel, _ = build_panel(facts, docs)
    assert list(panel["region"]) == ["匿名2"]  # numbered among documents, not among facts
    alone, _ = build_panel(facts.assign(region=""))  # facts without their documents: numbered among themselves
    assert list(alone["region"]) == ["匿名1"]


@pytest.fixture
def raw(tmp_path) -> Path:
    d = tmp_path / "raw"
    d.mkdir()
    for name, text in (("a_anon.txt", ANON_2022), ("b_named.txt", NAMED), ("c_anon.txt", ANON_2021)):
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture
def processed(raw, tmp_path) -> Path:
    out = tmp_path / "processed"
    assert run_all(raw, out, jobs=1, progress=False, quiet=True) == 0
    return out


def test_every_table_names_an_anonymised_document_by_its_label(processed):
    want = {"a_anon": "匿名1", "b_named": "会同县", "c_anon": "匿名2"}
    docs = pd.read_parquet(processed / "documents.parquet")
    assert dict(zip(docs["doc_id"], docs["region_label"])) == want
    assert dict(zip(docs["doc_id"], docs["region"])) == {"a_anon": "", "b_named": "会同县", "c_anon": ""}  # as printed
    for table in ("facts", "attention"):
        for df in (pd.read_parquet(processed / f"{table}.parquet"), pd.read_csv(processed / f"{table}.csv")):
            assert {d: set(g["region"]) for d, g in df.groupby("doc_id")} == {d: {r} for d, r in want.items()}, table
    for table in ("panel", "panel_conflicts", "targets_vs_outcomes", "panel_checks"):
        df = pd.read_parquet(processed / f"{table}.parquet")
        assert set(df["region"]) <= set(want.values()), table
    panel = pd.read_parquet(processed / "panel.parquet")
    assert {d: set(g["region"]) for d, g in panel.groupby("doc_id")} == {d: {r} for d, r in want.items()}
    # two anonymised reports are two places: no target paired across them, no cross-check, no conflict
    tvo = pd.read_parquet(processed / "targets_vs_outcomes.parquet")
    [target] = tvo.to_dict("records")
    assert target["region"] == "匿名2" and target["status"] == "no outcome reported"
    assert pd.read_parquet(processed / "panel_checks.parquet").empty
    assert pd.read_parquet(processed / "panel_conflicts.parquet").empty


def test_the_workbook_and_the_regions_listing_use_the_labels(processed, capsys):
    book = openpyxl.load_workbook(processed / wbk.WORKBOOK_NAME)
    for sheet, col in ((wbk.FACTS_SHEET, "region"), (wbk.DOCUMENTS_SHEET, "region_label")):
        ws = book[sheet]
        head = [c.value for c in ws[1]]
        rows = [dict(zip(head, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
        assert {r["doc_id"]: r[col] for r in rows} == {"a_anon": "匿名1", "b_named": "会同县", "c_anon": "匿名2"}
    economy = book[wbk.FAMILY_SHEETS["economy"]]
    assert {"匿名1", "匿名2", "会同县"} <= {r[0].value for r in economy.iter_rows(min_row=2)}
    assert main(["regions", "--processed", str(processed)]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines()[1:] if line.strip()}
    assert {"匿名1", "匿名2", "会同县"} <= set(lines)
    assert "2022" in lines["匿名1"] and "2021" in lines["匿名2"]
    assert "a_anon" in out  # the listing says which document each label stands for


def test_reports_accept_the_label_and_the_doc_id(processed, tmp_path):
    for name in ("匿名2", "c_anon", "(匿名)c_anon"):
        [job] = rp.plan_reports("10_region_profile", regions=[name], processed=processed, out=tmp_path)
        assert job.parameters["region"] == "匿名2" and job.html.name == "匿名2_all.html", name
    [cmp] = rp.plan_reports(
        "20_region_comparison", regions=["匿名1", "a_anon", "c_anon"], processed=processed, out=tmp_path
    )
    assert cmp.parameters["regions"] == ["匿名1", "匿名2"]


def test_labels_are_stable_and_follow_doc_id_when_the_corpus_changes(raw, processed, tmp_path):
    before = (processed / "facts.csv").read_bytes()
    assert run_extract(raw, processed, jobs=1).n_ok == 3
    assert (processed / "facts.csv").read_bytes() == before  # same corpus, same labels
    # a new masked report whose doc_id sorts first takes 匿名1; the others (from the cache) follow
    (raw / "0_anon.txt").write_text(ANON_2022.replace("60.1", "70.2"), encoding="utf-8")
    summary = run_extract(raw, processed, jobs=1)
    assert summary.detail == "3 from cache"
    facts = pd.read_parquet(processed / "facts.parquet")
    got = {d: set(g["region"]) for d, g in facts.groupby("doc_id")}
    assert got == {"0_anon": {"匿名1"}, "a_anon": {"匿名2"}, "b_named": {"会同县"}, "c_anon": {"匿名3"}}
