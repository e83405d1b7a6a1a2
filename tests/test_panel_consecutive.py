"""The real pipeline on consecutive reports (tests/fixtures/consecutive): panel and targets vs outcomes.

Three invented counties, two or three successive years each; every report states last year's
outcomes and this year's targets. The corpus holds a rename (岚溪县 → 岚溪区, one series by
region_id), revisions (statistical communiqués over a work report's figure), estimates followed by
actuals, milestone phrases (跨越300亿, 突破360亿元大关) and a target restated beside its outcome in
one sentence. ``expected_panel.csv`` and ``expected_pairs.csv`` beside the reports hold what an
analyst reads in them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import govkit
from govkit.analysis.panel import build_panel, cross_checks, targets_vs_outcomes

CORPUS = Path(__file__).parent / "fixtures" / "consecutive"


def _csv(name: str) -> pd.DataFrame:
    return pd.read_csv(
        CORPUS / name,
        comment="#",
        dtype={"region_id": str, "adcode": str, "known_gap": str, "unpaired_reason": str, "outcome_doc_id": str},
    )


@pytest.fixture(scope="module")
def corpus() -> tuple[pd.DataFrame, pd.DataFrame]:
    docs, facts = [], []
    for path in sorted(CORPUS.glob("*.txt")):
        doc = govkit.load_document(path)
        docs.append(doc.to_record())
        facts.append(govkit.extract_facts(doc))
    documents = pd.DataFrame(docs)
    # The counties are invented: the metadata stage cannot name them. Fill region, adcode and
    # region_id from documents.csv only where it left them empty (a real recognition wins).
    meta = _csv("documents.csv").set_index("doc_id")
    unnamed = documents["region"].fillna("") == ""
    documents.loc[unnamed, "anonymised"] = False  # "not recognised", not "the text hides it"
    for col in ("region", "adcode", "region_id"):
        if col not in documents:
            documents[col] = ""
        given = documents["doc_id"].map(meta[col])
        documents[col] = documents[col].fillna("").astype(str).where(documents[col].fillna("") != "", given)
    return documents, pd.concat(facts, ignore_index=True)


@pytest.fixture(scope="module")
def built(corpus):
    documents, facts = corpus
    panel, conflicts = build_panel(facts, documents)
    return panel, conflicts, targets_vs_outcomes(facts, documents)


def test_the_panel_holds_the_reported_actual(built):
    panel, _, _ = built
    expected = _csv("expected_panel.csv")
    p = panel[(panel["subperiod"] == "") & panel["period_start"].isna()]
    p = p.set_index(["region_id", "year", "indicator", "measure"])
    wrong = []
    for e in expected.itertuples():
        key = (e.region_id, e.year, e.indicator, e.measure)
        got = p.loc[key] if key in p.index else None
        if got is None or got["value"] != pytest.approx(e.value) or (got["kind"], got["doc_id"]) != (e.kind, e.doc_id):
            wrong.append((key, e.value, e.doc_id, None if got is None else (got["value"], got["doc_id"])))
    share = 1 - len(wrong) / len(expected)
    assert share == 1.0, f"panel holds the reported figure for {share:.2%} of keys; wrong: {wrong}"
    assert not wrong, wrong  # today every key is right: keep it so


def test_a_renamed_county_is_one_series_named_as_today(built):
    panel, _, _ = built
    lanxi = panel[panel["region_id"] == "990104"]
    assert set(lanxi["region"]) == {"岚溪区"}
    gdp = lanxi[(lanxi["indicator"] == "gdp") & (lanxi["measure"] == "level")]
    assert list(gdp["year"]) == [2020, 2021, 2022]


def test_milestones_revisions_and_estimates_lose_with_a_reason(built):
    panel, conflicts, _ = built
    assert not ((panel["indicator"] == "gdp") & panel["value"].isin([300.0, 360.0])).any()
    c = conflicts.set_index(["region_id", "year", "indicator", "measure", "other_value"])
    milestone = ("990123", 2020, "gdp", "level", 300.0)
    # 跨越300亿 is not extracted at all (a milestone, EXTRACTION.md); were it extracted, it would lose with the reason.
    assert milestone not in c.index or c.loc[milestone, "resolution"].startswith("actual beats milestone")
    assert c.loc[("990122", 2022, "gdp", "level", 165.2), "resolution"] == (
        "more authoritative genre: 统计公报 over 政府工作报告"
    )
    # the work report of 2021-12-20 estimates a year not yet ended (consolidate: before_year_end)
    assert c.loc[("990122", 2021, "gdp", "level", 152.0), "resolution"] == (
        "actual beats figure printed before the year ended (a forecast or the year so far)"
    )
    assert c.loc[("990122", 2021, "gdp", "level", 152.0), "other_doc_id"] == "tongling_2021_work_report"


def _pair_key(df: pd.DataFrame) -> pd.Series:
    return df["region_id"] + "|" + df["indicator"] + "|" + df["measure"] + "|" + df["year"].astype(str) + "|"


def test_every_target_is_paired_with_the_right_outcome(built, corpus):
    _, _, tvo = built
    _, facts = corpus
    expected = _csv("expected_pairs.csv").fillna({"known_gap": "", "unpaired_reason": "", "outcome_doc_id": ""})
    tvo = tvo.assign(_k=_pair_key(tvo) + tvo["target_doc_id"]).set_index("_k")
    expected = expected.assign(k=_pair_key(expected) + expected["target_doc_id"])
    missed, gaps = [], []
    for e in expected.itertuples(index=False):
        if e.k not in tvo.index:
            (gaps if e.known_gap else missed).append(e.k)
            continue
        got = tvo.loc[e.k]
        assert got["target"] == pytest.approx(e.target), e.k
        if "value_high" in facts and pd.notna(e.target_high):
            assert got["target_high"] == pytest.approx(e.target_high), e.k
        if e.outcome_doc_id:
            assert got["outcome"] == pytest.approx(e.outcome), e.k
            assert got["outcome_doc_id"] == e.outcome_doc_id, e.k
            assert bool(got["met"]) == bool(e.met), e.k
        else:
            assert pd.isna(got["outcome"]) and got["unpaired_reason"] == e.unpaired_reason, (e.k, got.to_dict())
    assert not missed, f"targets the texts contain but the pipeline did not pair: {missed}"
    assert not gaps, f"known gaps now read? {gaps}"  # none left: the range 增长6.5-7% is read since issue 15
    assert len(tvo) == len(expected) - len(gaps)  # no pair the texts do not contain


def test_no_figure_is_paired_with_itself_or_its_own_sentence(built):
    _, _, tvo = built
    paired = tvo[tvo["outcome"].notna()]
    same = paired[paired["same_report"].fillna(False).astype(bool)]
    assert same.empty or (same["outcome_evidence_start"] >= same["target_evidence_start"] + 1).all()
    assert not (
        (paired["outcome_doc_id"] == paired["target_doc_id"])
        & (paired["outcome_evidence"] == paired["target_evidence"])
    ).any()


def test_cross_checks_on_the_corpus(built, corpus):
    panel, _, _ = built
    documents, facts = corpus
    checks = cross_checks(panel, facts, documents)
    same = checks[checks["check"] == "same_figure"]
    # the work report's 165.2 against the communiqué's 164.8: both named, nothing corrected
    row = same[(same["region_id"] == "990122") & (same["indicator"] == "gdp")].iloc[0]
    assert {row["a_doc_id"], row["b_doc_id"]} == {"tongling_2022_statistical_communique", "tongling_2022_work_report"}
    assert {row["a_value"], row["b_value"]} == {164.8, 165.2}
    # the three sectors add up to GDP in both communiqués; levels and growth agree within tolerance
    assert checks[checks["check"].isin(["sectors_vs_gdp", "shares_vs_100", "level_vs_growth"])].empty, checks
