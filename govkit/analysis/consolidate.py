"""Consolidation by evidence: one value per region × year × subperiod × indicator × measure.

The rules, in one place (the README repeats them in a paragraph):

**Key.** ``region_id`` (the current code of the territory, a column of the documents table when
the metadata stage provides it, so that a county renamed 县→区 stays one series; not a township's,
which carries its county's code) — else the region label as printed — × ``year`` × ``period_start`` (multi-year spans) × ``subperiod`` ×
``indicator`` × ``measure``. The panel's ``region`` is the label of the newest report of the
series. Anonymised reports are labelled ``匿名1``, ``匿名2``, … (:mod:`govkit.analysis.region_labels`,
in doc_id order): two are never assumed to be one place.

**Evidence tiers** (a lower tier always wins; :data:`TIERS`):

0. an *actual* from a report that describes that year (or a later year, looking back);
1. an *estimate* (预计);
2. a whole-year figure *printed before the year ended* (the report's date, to the month, lies in
   that year or before): a forecast (预计全年 in a mid-year plan review) or the year so far
   (今年以来 in a December summary). It fills a key nothing printed after the year fills (flag
   ``before_year_end``; a work report delivered in December of the year it reviews is the usual
   one); printed in December it then answers a target, a forecast of the year's first eleven
   months never does (:mod:`govkit.analysis.targets`); neither it nor the next tier ever flags a
   whole-year figure as a conflict;
3. an *actual up to a month the text does not tell* (flag ``to_date``: 今年以来, 截至目前, or any
   whole-year actual in a report of the year's first eleven months): part of the year, not the
   year's figure, so it only fills a key no whole-year figure fills (flagged, a warning), never
   answers a target and enters no computed growth, ranking or check;
4. an *actual* for a year after the one its report describes — a target or a misdated report
   read as an outcome is the usual cause, so it only fills a key nothing better fills;
5. an *outcome whose year rests on a guess* (flag ``year_guessed``: 去年, 今年, 今年以来 or no time
   word in a report whose date and year were not read, its year the latest the text prints): it
   only fills a key nothing above fills, flagged (a warning), flags no other figure as a conflict
   and enters no computed growth, ranking or check;
6. a *target*. A target never becomes a value of an outcome: a key with an outcome never shows
   a target, and a key with only targets keeps a row of ``kind`` ``target`` that every outcome
   view (growth, composition, rankings, per capita) leaves out.

A masked number (``***亿元``) ranks after every printed one. A *milestone* phrase (``跨越1800亿``,
``600亿台阶``, ``govkit/data/panel_milestones.csv``) is narrative, not a level: it never becomes
the panel's value (a key with nothing else has no row).

**Rounded figures.** A figure flagged ``approximate`` (约290亿, 近6500人, 6.5%左右, 以上, 突破300亿元:
rounded, or a bound) never overwrites a precise one of tiers 0–1: a precise estimate beats a
rounded actual (约290 of a five-year review against 预计293.6), and a rounded figure beats only the
tiers after the estimate. It disagrees with the precise winner only beyond its rounding (half a
unit of its last digit that is not a trailing zero: 约290 agrees with 293.6, 约280 does not), or,
printed as a bound (以上, 突破, 超过 from below; 以内, 以下, 不足 from above: :func:`bound_side`),
only on the wrong side of it (控制在3.5%以内 agrees with 3.21, 超过20亿元 does not with 18.94).

**Revisions.** An actual whose sentence, up to the figure, says it restates a revised figure
(``panel/revision`` in cues.tsv: 修订, 核定, 第五次全国经济普查后/结果, 调整后 — not 调整后的预算)
beats every figure of its key printed before it, whatever their genre (the January 2025 work
report's 经普查修订 2023 GDP over the 2024 bulletin's); the loser is listed as ``revised: …``, is
no conflict and no ``same_figure`` check (:func:`revisions_first`). A later restatement without
such words keeps the order below (the bulletin still wins, and the two conflict).

**Within a tier**: the more authoritative genre (``govkit/data/panel_authority.csv``: 统计公报 >
计划/预算执行情况报告 > 政府工作报告 > 讲话, 工作总结, 工作汇报 > 新闻报道), then the later publication
(report date; a revision replaces what it revises), then the later year described, then the
document id, then the first mention in the report.

**Losers.** Every other printed figure of the key whose value differs from the kept one —
including the figures set aside for their evidence (milestone, actual about a later year) — and
every figure of a key left without a value is a row of ``panel_conflicts`` with both values, both
documents, both sentences and ``resolution``, the reason it lost. ``disagrees`` marks a difference
beyond :data:`CONFLICT_TOLERANCE` (relative); the panel row is flagged ``conflict`` when an outcome
of tier 0–3 disagrees so — except an estimate an actual printed later replaces (the January work
report's 预计增长3.5% and the April bulletin's 3.3%): a superseded estimate, listed with that reason
(``superseded estimate: …``), not a conflict of sources; an estimate printed after the actual, or
two actuals, still conflict. Figures equal to the kept value are counted (``n_sources``,
``n_agreeing``), not
listed. Targets are compared with targets only (a target against an outcome is the subject of
:func:`govkit.analysis.targets.targets_vs_outcomes`).

The facts are annotated with their document, tier and precedence and ranked by
:mod:`govkit.analysis.candidates`; this module keeps the first of each key and lists the losers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from govkit.analysis.candidates import GKEY, annotate_facts, ranked, revisions_first
from govkit.analysis.evidence import (
    ADJUSTED_REASON,
    BEFORE_YEAR_END_FLAG,
    PART_YEAR_TIERS,
    REVISED_REASON,
    ROUNDED_REASON,
    SUPERSEDED_REASON,
    TARGET_TIER,
    TIER_REASON,
    TIERS,
    YEAR_GUESSED_TIER,
    agrees_with_rounded,
    flag_set,
)
from govkit.core.catalog import load_catalog
from govkit.facts.report_date import TO_DATE_FLAG, YEAR_GUESSED_FLAG

#: Relative difference above which two sources of one key disagree.
CONFLICT_TOLERANCE = 0.005

PANEL_COLUMNS: dict[str, str] = {
    "region": "string",
    "adcode": "string",
    "year": "Int64",
    "period_start": "Int64",
    "subperiod": "string",
    "indicator": "string",
    "family": "string",
    "name_zh": "string",
    "measure": "string",
    "kind": "string",
    "value": "Float64",
    "unit": "string",
    "masked": "boolean",
    "doc_id": "string",
    "report_type": "string",
    "report_date": "string",
    "evidence": "string",
    "evidence_start": "Int64",
    "evidence_end": "Int64",
    "value_text": "string",
    "flags": "string",
    "n_sources": "Int64",
    "region_id": "string",
    "n_agreeing": "Int64",
}

CONFLICT_COLUMNS: dict[str, str] = {
    **{
        k: PANEL_COLUMNS[k]
        for k in ("region", "adcode", "year", "period_start", "subperiod", "indicator", "measure", "unit")
    },
    "value": "Float64",
    "kind": "string",
    "doc_id": "string",
    "report_date": "string",
    "evidence": "string",
    "other_value": "Float64",
    "other_kind": "string",
    "other_doc_id": "string",
    "other_report_date": "string",
    "other_evidence": "string",
    "rel_diff_pct": "Float64",
    "resolution": "string",
    "region_id": "string",
    "report_type": "string",
    "other_report_type": "string",
    "disagrees": "boolean",
}


def typed(df: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    out = df.reindex(columns=list(columns)).copy()
    for col, dtype in columns.items():
        out[col] = out[col].astype(dtype)
        if dtype == "string":
            out[col] = out[col].fillna("")
    return out.reset_index(drop=True)


def build_panel(facts: pd.DataFrame, documents: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Consolidate *facts* into ``(panel, conflicts)`` (the rules: this module's docstring).

    Facts without a year cannot be placed and are left out of the panel.
    """
    if facts is None or facts.empty:
        return typed(pd.DataFrame(), PANEL_COLUMNS), typed(pd.DataFrame(), CONFLICT_COLUMNS)
    r = revisions_first(ranked(annotate_facts(facts, documents)), documents)
    r["_row"] = np.arange(len(r))
    eligible = r[~r["milestone"]]
    winners = eligible.groupby(GKEY, sort=False, dropna=False).head(1)
    n_src = eligible.groupby(GKEY, dropna=False)["doc_id"].nunique().rename("n_sources").reset_index()
    conflicts, agreeing = _losers(r, winners)
    panel = winners.merge(n_src, on=GKEY, how="left").merge(agreeing, on=GKEY, how="left")
    panel["n_agreeing"] = panel["n_agreeing"].fillna(0).astype(int)
    disagreeing = conflicts[conflicts["_disagrees"]][GKEY].drop_duplicates().assign(_conflict=True)
    panel = panel.merge(disagreeing, on=GKEY, how="left")
    panel["flags"] = [
        merge_flags(fl, masked=bool(m), conflict=bool(c) if pd.notna(c) else False, tier=int(t))
        for fl, m, c, t in zip(panel["flags"], panel["masked"], panel["_conflict"], panel["tier"])
    ]
    panel["name_zh"] = panel["indicator"].map(lambda i: getattr(load_catalog().get(i), "name_zh", i))
    panel = panel.sort_values(["region", "indicator", "measure", "year", "_ps", "subperiod"], kind="stable")
    conflicts = conflicts.sort_values(
        ["region", "indicator", "measure", "year", "_ps", "subperiod", "other_doc_id", "other__row"], kind="stable"
    )
    return typed(panel, PANEL_COLUMNS), typed(conflicts, CONFLICT_COLUMNS)


#: Fact flags of a figure that is not surely its year's: the year so far (``to_date``), or a year that rests
#: on a guess (``year_guessed``). Neither enters a computed growth, ranking or check.
UNSURE_YEAR_FLAGS = frozenset((TO_DATE_FLAG, YEAR_GUESSED_FLAG))


def unsure_of_year(flags) -> bool:
    """True if *flags* (comma-separated) hold one of :data:`UNSURE_YEAR_FLAGS`."""
    return not UNSURE_YEAR_FLAGS.isdisjoint(flag_set(flags))


def merge_flags(flags: str, masked: bool, conflict: bool, tier: int = 0) -> str:
    """The panel row's flags: its fact's, plus ``masked``, ``conflict`` and what its *tier* says
    (``before_year_end``; ``to_date`` for the year so far, whatever words told it)."""
    parts = flag_set(flags)
    if tier == TIERS.index("before_year_end"):
        parts.add(BEFORE_YEAR_END_FLAG)
    if tier == TIERS.index("actual_to_date"):
        parts.add(TO_DATE_FLAG)
    if masked:
        parts.add("masked")
    if conflict:
        parts.add("conflict")
    return ",".join(sorted(parts))


_SIDE = ["_row", "value", "kind", "doc_id", "report_type", "report_date", "evidence", "order", "doc_year"]
_SIDE += ["tier", "authority", "milestone", "approx", "bound", "revision", "revised_away"]


def _losers(r: pd.DataFrame, winners: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(conflicts, agreeing)``: losing figures worth listing, and per key the count of agreeing ones."""
    w = winners[GKEY + ["region", "region_id", "period_start", "adcode", "unit"] + _SIDE]
    o = r[r["known"]][GKEY + _SIDE].rename(columns={k: f"other_{k}" for k in _SIDE})
    pairs = w.merge(o, on=GKEY, how="right")  # a key of milestones only has no winner
    pairs = pairs[pairs["_row"] != pairs["other__row"]]
    # targets are compared with targets only; outcomes with outcomes (milestones with whatever won)
    target_w = pairs["kind"] == "target"
    target_o = pairs["other_kind"] == "target"
    pairs = pairs[(target_w == target_o) | pairs["other_milestone"].astype(bool) | pairs["_row"].isna()]
    a = pairs["value"].astype(float)
    b = pairs["other_value"].astype(float)
    scale = np.maximum(a.abs(), b.abs()).replace(0, np.nan)
    rel = ((a - b).abs() / scale).fillna(0.0)
    pairs = pairs.assign(rel_diff_pct=(rel * 100).round(3).where(a.notna()))
    differs = (rel > 0) | pairs["_row"].isna()
    tier, otier = pairs["tier"], pairs["other_tier"]
    # a figure of part of the year or a forecast is no rival of the year's figure: it never flags it
    early = tier.isin(PART_YEAR_TIERS) == otier.isin(PART_YEAR_TIERS)
    # a figure whose year rests on a guess is no rival either: it is listed, it flags no read figure
    guessed = (tier == YEAR_GUESSED_TIER) | (otier == YEAR_GUESSED_TIER)
    comparable = ((tier < TARGET_TIER) & (otier < TARGET_TIER) & early & ~guessed) | (
        (tier == TARGET_TIER) & (otier == TARGET_TIER)
    )
    # a rounded or bounded figure disagrees only beyond its rounding or on the wrong side of its
    # bound (约290 and 293.6, 3.5%以内 and 3.21 agree)
    told = [
        bool(x) and pd.notna(v) and pd.notna(ov) and agrees_with_rounded(float(v), float(ov), bd)
        for v, ov, x, bd in zip(a, b, pairs["other_approx"], pairs["other_bound"])
    ]
    beyond = (rel > CONFLICT_TOLERANCE) & ~pd.Series(told, index=pairs.index, dtype=bool)
    revised = (pairs["revision"].fillna(False) & pairs["other_revised_away"]).astype(bool)
    disagrees = beyond & pairs["value"].notna() & comparable & ~superseded_estimate(pairs) & ~revised
    agreeing = (
        pairs[~differs & ~pairs["other_milestone"].astype(bool)]
        .groupby(GKEY, dropna=False)["other_doc_id"]
        .size()
        .rename("n_agreeing")
        .reset_index()
    )
    pairs = pairs[differs].assign(_disagrees=disagrees[differs], disagrees=beyond[differs])
    pairs = pairs.drop_duplicates(GKEY + ["other_doc_id", "other_value", "other_kind"])
    if pairs.empty:
        return pairs.assign(resolution=pd.Series(dtype="string")), agreeing
    pairs["region"] = pairs["region"].fillna(pairs["_rkey"])
    pairs["region_id"] = pairs["region_id"].fillna("")
    pairs["period_start"] = pairs["_ps"].where(pairs["_ps"] >= 0)
    pairs["resolution"] = [_resolution(*row) for row in zip(*(pairs[c] for c in _REASON_COLS))]
    return pairs, agreeing


def superseded_estimate(pairs: pd.DataFrame) -> pd.Series:
    """Pairs whose other figure is an estimate (预计) an actual printed later replaced: the January
    report's estimate and the bulletin's final figure are one figure told twice, not two sources
    that disagree (listed with :data:`SUPERSEDED_REASON`, never a ``conflict``)."""
    estimate, actual = TIERS.index("estimate"), TIERS.index("actual")
    later = (pairs["order"].astype("Float64") > pairs["other_order"].astype("Float64")).fillna(False)
    return ((pairs["tier"] == actual) & (pairs["other_tier"] == estimate) & later).astype(bool)


_REASON_COLS = [
    "_row",
    "tier",
    "other_tier",
    "authority",
    "other_authority",
    "report_type",
    "other_report_type",
    "doc_id",
    "other_doc_id",
    "order",
    "other_order",
    "approx",
    "other_approx",
    "revision",
    "other_revised_away",
]


def _true(x) -> bool:
    return bool(x) if pd.notna(x) else False


def _resolution(
    row, tier, otier, auth, oauth, rtype, ortype, doc, odoc, order, oorder, approx, oapprox, rev, orevised
) -> str:
    """Why the other figure lost to the panel's (the first rule of the precedence that separates them)."""
    if pd.isna(row):
        return f"{TIER_REASON[int(otier)]}; no other figure for this key"
    if otier > tier:
        if (tier, otier) == (TIERS.index("actual"), TIERS.index("estimate")) and order > oorder:
            return SUPERSEDED_REASON
        return f"{TIERS[int(tier)].replace('_', ' ')} beats {TIER_REASON[int(otier)]}"
    if oapprox and not approx:
        return ROUNDED_REASON
    if _true(rev) and _true(orevised):
        return ADJUSTED_REASON if doc == odoc else REVISED_REASON
    if oauth > auth:
        return f"more authoritative genre: {rtype or '?'} over {ortype or '?'}"
    if doc == odoc:
        return "first mention in the report"
    if order > oorder:
        return "later publication (revision)"
    return "same report date; later-described year / doc_id order"
