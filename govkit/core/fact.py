"""The fact record: one indicator fact, from the moment the extractor reads it to its row in ``facts.*``.

The fields are the columns of ``shared/spec/EXTRACTION.md`` (doc_id … evidence) followed by
provenance and quality columns; :data:`FACT_COLUMNS` is their order in every fact table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(slots=True)
class Fact:
    doc_id: str
    indicator: str
    measure: str  # level, yoy_pct, cagr_pct, pp_change, completion_pct
    value: float | None  # canonical unit; None when masked; the lower bound of a range (增长5.5-6%)
    value_high: float | None = field(default=None, kw_only=True)  # upper bound of a range, else None
    unit: str
    year: int | None
    period_start: int | None  # first year of a multi-year span
    subperiod: str  # "" for a full year; H1, Q1-Q3, M1-M5, M5 ...
    kind: str  # actual, estimate, target
    evidence: str  # verbatim cleaned-text clause the fact was read from
    family: str
    region: str
    adcode: str
    value_text: str  # the number and unit as printed, e.g. "1.6万户"
    evidence_start: int  # offsets into the document's cleaned text
    evidence_end: int
    value_start: int
    value_end: int
    masked: bool = False
    flags: list[str] = field(default_factory=list)  # implausible_share, conflict, subtotal ...

    def row(self) -> dict[str, Any]:
        """The fact as one table row (flags joined with commas, sorted)."""
        out = {name: getattr(self, name) for name in FACT_COLUMNS}
        out["flags"] = ",".join(sorted(set(self.flags)))
        return out


#: Flags of a fact printed without a usable value, kept with its printed text (``value_text``) and no
#: value: separators that are not thousands separators (``92 450万元``), and a unit that does not
#: convert to the catalog's (``外贸出口总额12.5亿元`` where exports are counted in 万美元).
AMBIGUOUS_FLAG = "ambiguous_number"
UNCONVERTED_FLAG = "unit_not_convertible"
#: A bare figure on which the text stops (an excerpt cut mid-number: ``…人均可支配收入3862``): digits
#: may be missing, so it is kept as printed with no value.
CUT_FLAG = "cut_at_text_end"
VALUELESS_FLAGS: tuple[str, ...] = (AMBIGUOUS_FLAG, UNCONVERTED_FLAG, CUT_FLAG)
#: The growth printed after such an amount (``外贸出口总额12.3亿元,增长15%``) keeps its value: a rate of
#: the yuan amount (or of the head count), flagged apart from a rate of the catalog's unit.
STAND_IN_GROWTH_FLAG = "growth_of_stand_in_unit"

#: Column order of the fact table.
FACT_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Fact))
