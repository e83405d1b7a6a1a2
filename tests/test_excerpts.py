"""Excerpted documents: marks in the text and title, MANIFEST.csv notes, the flag in the documents
table and the count of panel figures resting on them (corpus overview)."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from govkit.pipeline.corpus import document_from_text
from govkit.pipeline.runner import run_extract, run_panel
from govkit.present.corpus_views import figures_on_partial, partial_summary, quality_summary, truncated_documents
from govkit.present.processed import load
from govkit.text.excerpts import excerpt_marks, note_says_excerpt

WHOLE = "2023年，全县实现地区生产总值186.4亿元，增长6.1%。一般公共预算收入9.8亿元。\n二、2024年工作安排\n全年主要预期目标是：地区生产总值增长6%左右。"


@pytest.mark.parametrize(
    "text, title, rule",
    [
        ("北溪县2024年政府工作报告（节选）\n" + WHOLE, "", "label_excerpt"),
        (WHOLE + "\n【有删节】", "", "label_excerpt"),
        ("一、2023年工作回顾\n" + WHOLE + "\n三、加强政府自身建设（略）", "", "label_omitted"),
        (WHOLE, "南屏市政府工作报告摘要", "title_excerpt"),
        ("本报讯 日前召开的市人大会议上，以下为报告摘要：\n" + WHOLE, "", "head_excerpt"),
        (WHOLE + "围绕“一县一业”，重点推进……", "", "end_ellipsis"),
        (WHOLE + "持续改善人居环境...", "", "end_ellipsis"),
    ],
)
def test_excerpt_marks_in_text_and_title(text, title, rule):
    assert rule in excerpt_marks(text, title)
    doc = document_from_text(text, "d", hints={"title": title} if title else None)
    assert "excerpt" in doc.flags


@pytest.mark.parametrize(
    "text, title",
    [
        (WHOLE, "北溪县2024年工作要点"),  # 工作要点 is a genre (a plan), not an excerpt
        ("摘要：本文总结了全县2023年的工作。\n" + WHOLE, ""),  # an abstract heading, not 以下为…摘要
        ("……" + WHOLE, ""),  # an ellipsis that opens a text does not end it
        (WHOLE.replace("安排", "安排（略有调整的指标见附表）"), ""),  # 略 inside words is not (略)
        ("农业、工业、服务业等……各项工作稳步推进。" + WHOLE, ""),
    ],
)
def test_whole_texts_are_not_excerpts(text, title):
    assert excerpt_marks(text, title) == []
    assert "excerpt" not in document_from_text(text, "d", hints={"title": title} if title else None).flags


def test_manifest_notes():
    assert note_says_excerpt("series: 长沙县 新闻报道(政府工作报告摘要) on 2025 (2026-02-27)")
    assert note_says_excerpt("abridged copy of the 2019 report (sections 3-5 omitted)")
    assert not note_says_excerpt("series: 长沙县 政府工作报告 on 2014 (2015-02-04)")
    assert not note_says_excerpt("seed: 工作要点 of the county for 2024")


def _write_raw(raw, files: dict[str, str], notes: dict[str, str]) -> None:
    raw.mkdir()
    for name, text in files.items():
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    with open(raw / "MANIFEST.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["doc_id", "file", "title", "source_note", "sha256"])
        for name in files:
            w.writerow([name, f"{name}.txt", "", notes.get(name, ""), ""])


def test_documents_table_carries_the_flag_and_the_overview_counts_figures_on_excerpts(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    head = "北溪县人民政府工作报告\n——2024年1月10日在北溪县第十八届人民代表大会第四次会议上\n"
    files = {
        "beixi_2023": head + WHOLE,
        "beixi_2023_news": head + WHOLE.replace("186.4", "186.5") + "\n三、加强政府自身建设（略）",
        "beixi_2022_news": head.replace("2024", "2023") + "2022年，全县实现地区生产总值175.2亿元。",
    }
    _write_raw(raw, files, {"beixi_2022_news": "series: 北溪县 新闻报道(政府工作报告摘要) on 2022"})
    assert run_extract(raw, out).failures == []
    assert run_panel(out).failures == []
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    flags = {d: set(f.split(",")) for d, f in docs["flags"].items()}
    assert "excerpt" not in flags["beixi_2023"]
    assert "excerpt" in flags["beixi_2023_news"]  # from the text: （略）
    assert "excerpt" in flags["beixi_2022_news"]  # from the manifest note
    data = load(out)
    on = figures_on_partial(data)
    news = data.panel[data.panel["doc_id"].isin(["beixi_2023_news", "beixi_2022_news"])]
    assert on == int(news["value"].notna().sum()) and on < int(data.panel["value"].notna().sum())
    n_2022 = int((data.panel["doc_id"] == "beixi_2022_news").sum())
    assert n_2022 == 1
    q = quality_summary(data).set_index("check")["count"]
    assert q["excerpted documents 节选/摘要文件"] == 2 and q["figures on excerpts 依据节选的数值"] == on
    assert f"2 excerpted and 0 truncated documents; {on} of the panel's" in partial_summary(data)
    table = truncated_documents(data).set_index("doc_id")
    assert set(table.index) == {"beixi_2023_news", "beixi_2022_news"}
    assert (
        table.loc["beixi_2022_news", "partial"] == "excerpt" and table.loc["beixi_2022_news", "panel_figures"] == n_2022
    )
    # a manifest note added later is picked up by the next run (the documents table is not "up to date")
    _write_raw_again = raw / "MANIFEST.csv"
    text = _write_raw_again.read_text(encoding="utf-8").replace(
        "beixi_2023,beixi_2023.txt,,,", "beixi_2023,beixi_2023.txt,,excerpt of the report,"
    )
    _write_raw_again.write_text(text, encoding="utf-8")
    run_extract(raw, out)
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert "excerpt" in docs.loc["beixi_2023", "flags"].split(",")


def test_the_api_ingest_applies_the_manifest_note_as_the_pipeline_does(tmp_path):
    """govkit.ingest() and the documents table flag the same files: the note is read by one helper."""
    import govkit

    raw = tmp_path / "raw"
    head = "南岭县人民政府工作报告\n——2021年1月8日在南岭县第九届人民代表大会第五次会议上\n"
    files = {
        "nanling_2020": head + "2020年，全县地区生产总值88.6亿元。",
        "nanling_2020_brief": head + "2020年，全县地区生产总值88.6亿元。",
        "nanling_2019": head.replace("2021", "2020") + "2019年，全县地区生产总值80.1亿元。",
    }
    _write_raw(raw, files, {"nanling_2020_brief": "abridged copy of the 2020 report (sections 3-5 omitted)"})
    flags = {d.doc_id: set(d.flags) for d in govkit.ingest(raw).documents}
    assert "excerpt" in flags["nanling_2020_brief"]
    assert "excerpt" not in flags["nanling_2020"] and "excerpt" not in flags["nanling_2019"]
