"""Column contracts of govkit's tables (pandera schemas), validated before anything is written.

:func:`fact_problem` checks the same contract on one :class:`Fact` record in plain Python: the
pipeline runs it in its workers, so a whole-corpus run never imports pandera (about half a
second of start-up) and never validates a frame twice. :func:`conform_facts` (the API's
DataFrames) validates with the pandera schema; pandera is imported there, where it is used, and
pandas where a frame is made (the runner writes its tables from lists and never imports it:
:mod:`govkit.store.arrow_schema`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from govkit.core.catalog import KINDS, MEASURES, Indicator, load_catalog
from govkit.core.fact import FACT_COLUMNS, VALUELESS_FLAGS, Fact

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

#: pandas dtype of every column of the fact table, in the order of :data:`FACT_COLUMNS`
#: (the fields of :class:`govkit.core.fact.Fact`, where each column is described).
FACT_DTYPES: dict[str, str] = dict(
    zip(
        FACT_COLUMNS,
        (
            *("string",) * 3,  # doc_id indicator measure
            "Float64",  # value
            "Float64",  # value_high
            "string",  # unit
            "Int64",  # year
            "Int64",  # period_start
            *("string",) * 7,  # subperiod kind evidence family region adcode value_text
            *("Int64",) * 4,  # evidence_start evidence_end value_start value_end
            "boolean",  # masked
            "string",  # flags
        ),
        strict=True,
    )
)

#: dtype of every column as the table is written: the schema's coercion (``str``, ``float64``)
#: applied to :data:`FACT_DTYPES`.
FACT_TABLE_DTYPES: dict[str, str] = {
    c: "str" if t == "string" else "float64" if t == "Float64" else t for c, t in FACT_DTYPES.items()
}

SUBPERIOD_RX = r"^(|H1|H2|Q[1-4](-Q[1-4])?|M\d{1,2}(-M\d{1,2})?)$"


def fact_schema(catalog: dict[str, Indicator] | None = None) -> pa.DataFrameSchema:
    """The fact table's contract; indicator ids are those of *catalog* (the packaged one by default)."""
    import pandera.pandas as pa  # heavy (about 0.5 s): imported only where a frame is validated

    ids = sorted(catalog if catalog is not None else load_catalog())
    return pa.DataFrameSchema(
        {
            "doc_id": pa.Column(str, nullable=False),
            "indicator": pa.Column(str, pa.Check.isin(ids)),
            "measure": pa.Column(str, pa.Check.isin(MEASURES)),
            "value": pa.Column(float, nullable=True),
            "value_high": pa.Column(float, nullable=True),
            "unit": pa.Column(str),
            "year": pa.Column("Int64", pa.Check.in_range(1949, 2100), nullable=True),
            "period_start": pa.Column("Int64", pa.Check.in_range(1949, 2100), nullable=True),
            "subperiod": pa.Column(str, pa.Check.str_matches(SUBPERIOD_RX)),
            "kind": pa.Column(str, pa.Check.isin(KINDS)),
            "evidence": pa.Column(str),
            "family": pa.Column(str),
            "region": pa.Column(str),
            "adcode": pa.Column(str),
            "value_text": pa.Column(str),
            "evidence_start": pa.Column("Int64", pa.Check.ge(0)),
            "evidence_end": pa.Column("Int64", pa.Check.ge(0)),
            "value_start": pa.Column("Int64", pa.Check.ge(0)),
            "value_end": pa.Column("Int64", pa.Check.ge(0)),
            "masked": pa.Column("boolean"),
            "flags": pa.Column(str),
        },
        checks=[
            pa.Check(
                lambda d: (d["evidence_start"] <= d["value_start"]) & (d["value_end"] <= d["evidence_end"]),
                error="value span lies inside the evidence span",
            ),
            pa.Check(
                lambda d: d["masked"] | d["value"].notna() | d["flags"].str.contains("|".join(VALUELESS_FLAGS)),
                error="only masked, ambiguous or unconverted facts may lack a value",
            ),
        ],
        strict=True,
        ordered=True,
        coerce=True,
    )


_SUBPERIOD = re.compile(SUBPERIOD_RX)


def fact_problem(f: Fact) -> str | None:
    """What in *f* breaks the fact-table contract of :func:`fact_schema` (None if nothing)."""
    if f.indicator not in load_catalog():
        return f"unknown indicator {f.indicator!r}"
    if f.measure not in MEASURES:
        return f"unknown measure {f.measure!r}"
    if f.kind not in KINDS:
        return f"unknown kind {f.kind!r}"
    for name, year in (("year", f.year), ("period_start", f.period_start)):
        if year is not None and not 1949 <= year <= 2100:
            return f"{name} {year} outside 1949-2100"
    if not _SUBPERIOD.match(f.subperiod or ""):
        return f"bad subperiod {f.subperiod!r}"
    if min(f.evidence_start, f.evidence_end, f.value_start, f.value_end) < 0:
        return "negative offset"
    if not (f.evidence_start <= f.value_start and f.value_end <= f.evidence_end):
        return "value span outside the evidence span"
    if not f.masked and f.value is None and not any(flag in f.flags for flag in VALUELESS_FLAGS):
        return "only masked, ambiguous or unconverted facts may lack a value"
    return None


def empty_facts() -> pd.DataFrame:
    import pandas as pd  # only where a frame is made (see the module docstring)

    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in FACT_DTYPES.items()})


def conform_facts(df: pd.DataFrame, catalog: dict[str, Indicator] | None = None) -> pd.DataFrame:
    """Order and type the columns of a fact frame and validate it against *catalog* (raises pandera errors)."""
    return fact_schema(catalog).validate(type_facts(df))


def type_facts(df: pd.DataFrame) -> pd.DataFrame:
    """Order and type the columns of a fact frame as the table is written (no validation)."""
    out = empty_facts() if df.empty else df.reindex(columns=list(FACT_COLUMNS))
    for col, dtype in FACT_DTYPES.items():
        out[col] = out[col].astype(dtype)
    for col in ("subperiod", "flags", "region", "adcode", "value_text", "evidence", "unit", "family"):
        out[col] = out[col].fillna("")
    return out.astype(FACT_TABLE_DTYPES)


def facts_frame(facts: list[Fact], catalog: dict[str, Indicator] | None = None) -> pd.DataFrame:
    """Fact records as a typed, validated DataFrame (one row per fact, :data:`FACT_COLUMNS`)."""
    import pandas as pd  # only where a frame is made (see the module docstring)

    return conform_facts(pd.DataFrame([f.row() for f in facts], columns=list(FACT_COLUMNS)), catalog)
