"""Column contracts of govkit's tables (pandera schemas), validated before anything is written."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from govkit.core.catalog import KINDS, MEASURES, load_catalog

#: The fact table: EXTRACTION.md's columns first, then provenance and quality columns.
FACT_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "indicator": "string",
    "measure": "string",
    "value": "Float64",  # canonical unit; <NA> when masked
    "unit": "string",
    "year": "Int64",
    "period_start": "Int64",
    "subperiod": "string",  # "" for a full year; H1, Q1-Q3, M1-M5, M5 ...
    "kind": "string",
    "evidence": "string",  # verbatim cleaned-text clause the fact was read from
    "family": "string",
    "region": "string",
    "adcode": "string",
    "value_text": "string",  # the number and unit as printed, e.g. "1.6万户"
    "evidence_start": "Int64",  # offsets into the document's cleaned text
    "evidence_end": "Int64",
    "value_start": "Int64",
    "value_end": "Int64",
    "masked": "boolean",
    "flags": "string",  # comma-separated: implausible_share, implausible_growth, conflict ...
}

SUBPERIOD_RX = r"^(|H1|H2|Q[1-4](-Q[1-4])?|M\d{1,2}(-M\d{1,2})?)$"


def fact_schema() -> pa.DataFrameSchema:
    ids = sorted(load_catalog())
    return pa.DataFrameSchema(
        {
            "doc_id": pa.Column(str, nullable=False),
            "indicator": pa.Column(str, pa.Check.isin(ids)),
            "measure": pa.Column(str, pa.Check.isin(MEASURES)),
            "value": pa.Column(float, nullable=True),
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
            pa.Check(lambda d: d["masked"] | d["value"].notna(), error="only masked facts may lack a value"),
        ],
        strict=True,
        ordered=True,
        coerce=True,
    )


def empty_facts() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in FACT_COLUMNS.items()})


def conform_facts(df: pd.DataFrame) -> pd.DataFrame:
    """Order and type the columns of a fact frame and validate it (raises pandera errors)."""
    out = empty_facts() if df.empty else df.reindex(columns=list(FACT_COLUMNS))
    for col, dtype in FACT_COLUMNS.items():
        out[col] = out[col].astype(dtype)
    for col in ("subperiod", "flags", "region", "adcode", "value_text", "evidence", "unit", "family"):
        out[col] = out[col].fillna("")
    return fact_schema().validate(out)
