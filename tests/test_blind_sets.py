"""The blind texts of sessions 9 to 18 (``tests/fixtures/blind``, see its README): a hundred and eighty-two
report excerpts (h3–h7, h9, h10, h12–h21) and whole documents (h22–h33) written for the project and annotated
before govkit ran on them, kept as a
regression set at the figures now reached (facts and metadata), with the same scorer as the shared
dev sets."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from passages import META_FIELDS as PASSAGE_META_FIELDS
from passages import extract_dir

from govkit.facts.evaluate import evaluate

BLIND = Path(__file__).parent / "fixtures" / "blind"
#: The figures reached (README, quality table): precision 1.000 and F1 0.9991 once the first run's
#: constructions were fixed (first run: 0.964 on h3, 0.893 on h4, 0.950 on h5, 0.951 on h9, 0.914 on
#: h10, 0.990 on h12, 0.908 on h13, 0.987 on h14, 0.941 on h15, 0.980 on h16, 0.967 on h17, 0.987 on h18, 0.881 on
#: h19, 0.994 on h20, 0.935 on h21 (0.945 against its corrected gold), 0.957 on h22 (whole documents; 0.972 against
#: its corrected gold), 0.953 on h23 (whole documents; 0.955 against its
#: corrected gold), 0.959 on h24 (whole documents: a 决算 report in GB18030, an audit report, a 2017 work
#: report, an ecology bulletin in HTML), 0.968 on h25 (whole documents: a bulletin in HTML, a speech, a poverty
#: summary in DOCX, a plan report in GB18030; 0.971 against its corrected gold), 0.978 on h26 (whole documents: a
#: city's work report, a debt report in GB18030, a monthly brief; 0.995 against its corrected gold), 0.770 on h27
#: (whole documents: a 巩固衔接 self-assessment, a speech whose date line carries an editor's note, a bulletin in
#: DOCX), 0.901 on h28 (whole documents: a 十四五 mid-term evaluation and a bulletin printed to PDF, a 县委全会
#: report copied from a web page, a budget page in HTML; 0.904 against its corrected gold), 0.931 on h29 (whole
#: documents: a 人大财经委 review of the plan, a quarter's analysis in GB18030, a 乡村振兴局 summary in DOCX, an
#: ecology bulletin in HTML; 0.940 against its corrected gold), 0.952 on h30 (whole documents: a city's work report
#: printed to PDF, a 人大 调研报告 in DOCX, a monthly brief in GBK HTML, a speech in UTF-16; 0.956 against its
#: corrected gold; 1.000 after tests/test_blind_r20d.py), 0.922 on h33 (whole documents: a work report reposted on
#: WeChat, an OCR'd 脱贫攻坚 briefing, a bulletin page in HTML, a 民生实事 report as PDF; 0.925 against its corrected
#: gold; 1.000 after tests/test_blind_r20g.py); 0.999 on all now); the facts
#: still missed are constructions kept as strict xfails in
#: tests/test_blind_r13b.py (a number split by an OCR space; one figure for two subjects without 均) and
#: tests/test_blind_r17b.py (a past goal in a speech's sentence with no subject) and tests/test_blind_r18i.py
#: (要达到 in a goals section without 今年; 分别 after 今年 taking last year's subjects), tests/test_blind_r19a.py
#: (the plan's average goal printed beside the outturn) and tests/test_blind_r19b.py (the same part of last
#: year's growth in brackets, 比上年同期(5.1%)).
#: Session 18's h31 (whole documents: a 河湖长制 summary in DOCX, a 繁體 plan report in HTML, a 考核自查 in GBK, a
#: 自治州's bulletin in PDF): 0.931 on the first run, 1.000 after tests/test_blind_r20e.py and the gold's one correction
#: (a PM2.5 after the seat city's clause made optional: README, h31); 0.931 on h32 (whole documents: a township's
#: summary, a 发改局's key-project report in DOCX, a 2016 work report page, a 财政局's summary as PDF; 0.996 after
#: tests/test_blind_r20f.py: its 前三季度完成投资80.4亿元 past a clause without figures is a strict xfail there).
MIN_F1 = 0.999
MIN_P = 1.0
#: The fields compared (a city's own prefecture is left blank in the gold, itself in govkit; the report date
#: is given to a month or a day: neither compared).
META_FIELDS = tuple(f for f in PASSAGE_META_FIELDS if f not in ("prefecture", "report_date"))
#: Fields the gold knows that govkit leaves blank (never a wrong value): a township summary that names its
#: county nowhere (h17_08, 中共龙泉关镇委员会: 县委, 全县 only; govkit has no township gazetteer), so its
#: province and county code cannot be read from the text: blank, as the no-guessing rule wants (session 13);
#: h32_01 (上石桥镇's summary, session 18: 全县 and 县 only, its county 商城县 never printed) the same.
BLANK_ALLOWED = {("h17_08", "province"), ("h17_08", "adcode"), ("h32_01", "province"), ("h32_01", "adcode")}


@pytest.fixture(scope="module")
def blind_out(tmp_path_factory):
    return extract_dir(BLIND, tmp_path_factory.mktemp("blind"))


def test_blind_facts(blind_out):
    pred = pd.read_csv(blind_out / "facts.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    gold = pd.read_csv(BLIND / "gold.csv", dtype=str, keep_default_na=False)
    f1, p, r = evaluate(gold, pred).overall
    assert f1 >= MIN_F1 - 1e-9 and p >= MIN_P - 1e-9, f"F1 {f1:.3f} P {p:.3f} R {r:.3f}"


def test_blind_metadata(blind_out):
    got = pd.read_csv(blind_out / "documents.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    gold = pd.read_csv(BLIND / "gold_meta.csv", dtype=str, keep_default_na=False)
    got = got.set_index("doc_id").loc[gold["doc_id"]]
    for field in META_FIELDS:
        if field in gold.columns:
            wrong = [
                (d, want, have)
                for d, want, have in zip(gold["doc_id"], gold[field], got[field])
                if want != have and not (have == "" and (d, field) in BLANK_ALLOWED)
            ]
            assert not wrong, f"{field}: {wrong}"
