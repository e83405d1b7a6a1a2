"""What one printed figure is worth as evidence for the panel (:mod:`govkit.analysis.consolidate`
states the rules): its tier (actual, estimate, printed before the year ended, the year so far, a
later year's, target, milestone), whether it is rounded or a bound and what precise figure it
agrees with, its genre's authority and its report's date order.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from govkit.core.resources import data_path, read_table
from govkit.facts.cues import cue, cue_words

#: Evidence tiers (the docstring of :mod:`govkit.analysis.consolidate`); ``milestone`` never wins.
TIERS = (
    "actual",
    "estimate",
    "before_year_end",
    "actual_to_date",
    "actual_after_report",
    "year_guessed",
    "target",
    "milestone",
)
TIER_REASON = {
    1: "estimate (预计)",
    2: "figure printed before the year ended (a forecast or the year so far)",
    3: "actual of the year so far, up to a month the text does not tell",
    4: "actual for a year after the one its report describes",
    5: "figure whose year rests on a guess (a relative year in a report whose date and year were not read)",
    6: "target",
    7: "milestone phrase, not a level",
}
#: Flag of a panel value printed before the year it gives ended (tier ``before_year_end``).
BEFORE_YEAR_END_FLAG = "before_year_end"
#: The fact flag of a rounded or bounded figure (约, 左右, 以上, 突破…: :mod:`govkit.facts.figures`).
APPROXIMATE_FLAG = "approximate"
SUPERSEDED_REASON = "superseded estimate: an actual printed later replaces it"
REVISED_REASON = "revised: a later report restates the figure (修订, 核定, 经济普查后, 调整后…)"
ROUNDED_REASON = "precise figure beats a rounded or bounded one (约, 左右, 以上, 突破…)"
ADJUSTED_REASON = "adjusted: the report adjusts the target later, in its sentence or a later one (调整为, 调整预算…)"


def bound_side(evidence: str, value_text: str, offset: int | None) -> str:
    """``lower`` if a figure is printed as a lower bound (8000人以上, 突破300亿元, 超过30亿元),
    ``upper`` if as an upper bound (控制在3.5%以内, 不足1%), else ``""`` (words: cues.tsv)."""
    upper_after = cue_words("number", "bounds_upper")
    lower_after = tuple(w for w in cue_words("number", "bounds") if w not in upper_after)
    text = value_text or ""
    if text.endswith(upper_after):
        return "upper"
    if text.endswith(lower_after):
        return "lower"
    if offset is None or not 0 <= offset <= len(evidence or ""):
        return ""
    head = (evidence or "")[:offset]
    if head.endswith(cue_words("number", "approx_upper")):
        return "upper"
    if head.endswith(cue_words("number", "approx_crossing")) or cue("block", "crossing_before").search(head):
        return "lower"
    return ""


def agrees_with_rounded(precise: float, rounded: float, bound: str) -> bool:
    """Whether a *precise* figure is what a rounded or bounded one printed: on the bound's side
    of it (:func:`bound_side`; a bound is a threshold, not rounded), or within its rounding
    (:func:`rounding_half_unit`)."""
    if bound and rounded < 0:  # 下降3%以上: a fall of at least 3, the value at most -3
        bound = "upper" if bound == "lower" else "lower"
    if bound == "lower":
        return precise >= rounded
    if bound == "upper":
        return precise <= rounded
    return abs(precise - rounded) <= rounding_half_unit(rounded)


def rounding_half_unit(value) -> float:
    """Half a unit of the last digit *value* prints that is not a trailing zero: what a rounded
    figure may be off by (约290 → 5, 约3万 as 30000 → 5000, 6.5左右 → 0.05)."""
    if value is None or pd.isna(value) or not np.isfinite(float(value)) or float(value) == 0:
        return 0.0
    text = f"{abs(float(value)):.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 0.5 * 10.0 ** -len(text.split(".")[1])
    return 0.5 * 10.0 ** (len(text) - len(text.rstrip("0")))


#: The least distance an approximate target (增长6.5%左右) is read as reached within: a tenth, the
#: precision growth rates are printed at (:func:`about_tolerance`).
ABOUT_MIN = 0.1


def about_tolerance(target) -> float:
    """How far short of an approximate target (左右, 约; never a bound) an outcome may fall and
    still be about it: its rounding (:func:`rounding_half_unit`), at least :data:`ABOUT_MIN`
    (6.5%左右 → 0.1, 7%左右 → 0.5, 约12亿元 → 0.5, 6000人左右 → 500)."""
    return max(rounding_half_unit(target), ABOUT_MIN)


#: The tier of a target (compared with targets only) and the outcomes' tiers below it.
TARGET_TIER = TIERS.index("target")
#: The tier of an outcome whose year rests on a guessed anchor (fact flag ``year_guessed``).
YEAR_GUESSED_TIER = TIERS.index("year_guessed")
#: Tiers of a figure printed before its year ended: a forecast, or the year so far.
PART_YEAR_TIERS = (TIERS.index("before_year_end"), TIERS.index("actual_to_date"))


@lru_cache(maxsize=1)
def authority() -> dict[str, int]:
    """Genre -> authority rank (1 = most authoritative), from ``data/panel_authority.csv``."""
    return {r["report_type"].strip(): int(r["authority"]) for r in read_table(data_path("panel_authority.csv"))}


def authority_of(report_type: str) -> int:
    ranks = authority()
    return ranks.get((report_type or "").strip(), ranks.get("其他", max(ranks.values(), default=9)))


@lru_cache(maxsize=1)
def _milestone_patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    rows = read_table(data_path("panel_milestones.csv"))
    before = [re.compile(r["pattern"]) for r in rows if r["side"].strip() == "before"]
    after = [re.compile(r["pattern"]) for r in rows if r["side"].strip() == "after"]
    return before, after


def is_milestone(evidence: str, value_text: str, value_offset: int | None = None) -> bool:
    """True if the number (*value_text*, at *value_offset* in *evidence* when known) is framed as a milestone."""
    evidence = evidence or ""
    pos = value_offset if value_offset is not None and 0 <= value_offset <= len(evidence) else -1
    if pos < 0 or (value_text and not evidence.startswith(value_text, pos)):
        pos = evidence.find(value_text) if value_text else -1
    if pos < 0 and re.fullmatch(r"-?\d+(\.\d+)?", value_text or ""):
        value_text = f"{float(value_text):g}"  # a number as a table holds it (500.0) rather than printed
        pos = evidence.find(value_text)
    if pos < 0:
        return False
    before, after = _milestone_patterns()
    head, tail = evidence[:pos], evidence[pos + len(value_text) :]
    return any(p.search(head) for p in before) or any(p.search(tail) for p in after)


def date_order(report_date: str, doc_year) -> int:
    """Sortable YYYYMMDD for a report; partial dates pad with zeros, undated -> the year described."""
    digits = [int(x) for x in re.findall(r"\d+", report_date or "")]
    if digits and 1900 < digits[0] < 2200:
        y, m, d = (digits + [0, 0])[:3]
        return y * 10000 + min(m, 99) * 100 + min(d, 99)
    return int(doc_year) * 10000 if pd.notna(doc_year) else 0


def tier_of(
    kind: str, year, doc_year, milestone: bool, to_date: bool = False, before_end: int = 0, guessed: bool = False
) -> int:
    """The evidence tier of a fact (an index into :data:`TIERS`); *before_end*: the month of the
    year the figure gives in which its report was published, 0 after the year
    (:func:`printed_before_year_end`); *guessed*: an outcome whose year rests on a guessed anchor
    (flag ``year_guessed``)."""
    if milestone:
        return TIERS.index("milestone")
    if kind == "target":
        return TARGET_TIER
    if guessed:
        return TIERS.index("year_guessed")
    if kind == "estimate":
        return TIERS.index("before_year_end" if before_end else "estimate")
    if pd.notna(year) and pd.notna(doc_year) and int(year) > int(doc_year):
        return TIERS.index("actual_after_report")
    if to_date or 0 < before_end < 12:
        return TIERS.index("actual_to_date")
    if before_end:
        return TIERS.index("before_year_end")
    return 0


#: Equal parts of a year however written (EXTRACTION.md: H1 and M1-M6, Q1-Q3 and M1-M9, Q1 and
#: M1-M3 are one sub-period; a year's four quarters or twelve months is the year; so are the other
#: quarters and halves and their months): the panel keys each by one name, the one reports print
#: most (上半年 H1), so 1—6月 in one report and 上半年 in another are one cell two reports give.
SAME_PERIOD = {
    "M1-M3": "Q1",
    "M1-M6": "H1",
    "Q1-Q2": "H1",
    "M1-M9": "Q1-Q3",
    "M4-M6": "Q2",
    "M7-M9": "Q3",
    "M10-M12": "Q4",
    "M7-M12": "H2",
    "Q3-Q4": "H2",
    "Q1-Q4": "",
    "H1-H2": "",
    "M1-M12": "",
}


def same_period(subperiod: str) -> str:
    """The panel's name of the part of a year *subperiod* names (:data:`SAME_PERIOD`)."""
    return SAME_PERIOD.get(subperiod, subperiod)


_MONTH_DATE = re.compile(r"(\d{4})-(\d{1,2})")


def printed_before_year_end(report_date: str, year, subperiod: str, period_start) -> int:
    """The month (1–12) in which a report dated before the end of the whole *year* it gives a
    figure of was published (1 for a report of an earlier year), 0 otherwise: a forecast (预计全年
    in a mid-year review) or the year so far (今年以来 in a December summary; 截至目前 in a report of
    November, an actual of months 1–11 being no more than part of the year), never the year's
    figure. A report dated to the year alone is not told (0)."""
    m = _MONTH_DATE.match(report_date or "")
    if m is None or pd.isna(year) or subperiod or pd.notna(period_start):
        return 0
    ryear, month = int(m.group(1)), int(m.group(2))
    if ryear > int(year) or not 1 <= month <= 12:
        return 0
    return month if ryear == int(year) else 1


def grade(tier: int, approx: bool) -> int:
    """The order of a tier once rounding is told: a precise actual or estimate (tiers 0–1) before
    a rounded or bounded one (约, 左右, 以上, 突破…), which comes before every later tier."""
    if tier <= 1:
        return tier + 2 * int(approx)
    return tier + 2


def flag_set(flags) -> set[str]:
    """The flags of a comma-separated ``flags`` cell (empty for NA)."""
    return {f.strip() for f in str(flags or "").split(",") if f.strip()} if isinstance(flags, str) else set()


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_PRINTED_YEAR = cue("time", "year")


def printed_as_revision(text: str, evidence: str, start, end) -> bool:
    """Whether a figure's sentence, up to the end of its evidence, says it restates a revised
    figure (``panel/revision`` in cues.tsv: 经第五次全国经济普查核定，2022年…为245.3亿元;
    修订为; 调整后为; ``panel/revision_checked``, 经核实, only with the figure's year printed). *text* is its document's cleaned text (the evidence alone when absent)."""
    pattern, checked = cue("panel", "revision"), cue("panel", "revision_checked")
    if pattern.search(evidence or "") or (checked.search(evidence or "") and _PRINTED_YEAR.search(evidence or "")):
        return True
    if not text or pd.isna(start) or pd.isna(end) or not 0 <= int(start) <= int(end) <= len(text):
        return False
    head = text[: int(start)]
    cut = max((m.end() for m in _SENTENCE_END.finditer(head, max(0, len(head) - 200))), default=max(0, len(head) - 200))
    sentence = text[cut : int(end)]
    # 经核实 restates a year's figure only with that year printed (not a self-check's checked sample)
    return bool(pattern.search(sentence) or (checked.search(sentence) and _PRINTED_YEAR.search(sentence)))


def adjusted_targets(t: pd.DataFrame, key: list[str]) -> tuple[pd.Index, pd.Index]:
    """``(adjusted, adjusting)``: the rows of targets *t* that a later target of their *key* in their
    sentence adjusts, and those later ones (words between the two figures: cue ``panel/target_adjusted``;
    年初人代会批准的…预算为9.7亿元,年中调整预算为9.69亿元; 年初计划增长10%,年中调整为增长6%), or that a
    later sentence of their report adjusts (the same words right before its figure: …增长目标调整为5%左右)."""
    away: list = []
    by: list = []
    need = ("value_start", "value_end", "evidence_start", "evidence")
    if t.empty or any(c not in t for c in need):
        return pd.Index(away), pd.Index(by)
    pattern = cue("panel", "target_adjusted")
    span = [*key, "doc_id", "evidence_start"]
    many = t[t.groupby(span, dropna=False)["value"].transform("size") > 1]
    for _, g in many.groupby(span, dropna=False):
        rows = list(g.sort_values("value_start").itertuples())
        for a, b in zip(rows, rows[1:]):
            if pd.isna(a.value_end) or pd.isna(b.value_start) or pd.isna(b.evidence_start):
                continue
            # (the later figure's evidence runs through the earlier one's: one sentence, one start)
            lo, hi = int(a.value_end) - int(b.evidence_start), int(b.value_start) - int(b.evidence_start)
            if 0 <= lo <= hi and pattern.search(str(b.evidence)[lo:hi]):
                away.append(a.Index)
                by.append(b.Index)
    # 县人大批准的2023年计划,确定…增长6%左右。…经县人大常委会批准,地区生产总值增长目标调整为5%左右: a target
    # printed with adjustment words right before its figure adjusts the key's targets of earlier sentences
    # of its report (a target restated without them, 完成年初确定的6%左右的目标, adjusts nothing)
    later = t[t.groupby([*key, "doc_id"], dropna=False)["value"].transform("size") > 1]
    for _, g in later.groupby([*key, "doc_id"], dropna=False):
        rows = list(g.sort_values("value_start").itertuples())
        for i, b in enumerate(rows):
            if i == 0 or pd.isna(b.value_start) or pd.isna(b.evidence_start):
                continue
            own = int(b.value_start) - int(b.evidence_start)
            if own < 0 or not pattern.search(str(b.evidence)[:own]):
                continue
            for a in rows[:i]:
                if a.Index not in away and pd.notna(a.value_end) and int(a.value_end) <= int(b.evidence_start):
                    away.append(a.Index)
                    by.append(b.Index)
    return pd.Index(away), pd.Index(by)
