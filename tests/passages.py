"""Helpers of the tests that run passages of their own through the extractor, or a directory of
reports through ``govkit extract`` (imported by them; pytest puts this directory on the import path)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
from docx import Document as DocxDocument

from govkit.facts.extract import extract_document
from govkit.pipeline.corpus import document_from_text


def na(x):
    """A table cell as a Python value: None for a missing one."""
    return None if x is None or pd.isna(x) else x


def passage_facts(case: dict, meta: dict) -> pd.DataFrame:
    """The fact table of a passage (``case["text"]``), its metadata *meta* updated by ``case["meta"]``."""
    doc = document_from_text(case["text"], case["id"])
    doc.meta = doc.meta.replace(**{**meta, **case.get("meta", {})})
    return extract_document(doc)


def fact_keys(f: pd.DataFrame) -> set[tuple]:
    """The facts with a value of a fact table as (indicator, measure, value, year, subperiod, kind,
    period_start) tuples, the shape the passage tests state them in."""
    return {
        (r.indicator, r.measure, round(float(r.value), 6), na(r.year), r.subperiod, r.kind, na(r.period_start))
        for r in f.itertuples()
        if not pd.isna(r.value)
    }


def expected_keys(facts: list[tuple]) -> set[tuple]:
    """A case's expected facts in the shape of :func:`fact_keys` (values rounded alike)."""
    return {(a, b, round(float(v), 6), y, s, k, p) for a, b, v, y, s, k, p in facts}


def check_case(case: dict, meta: dict) -> None:
    """Assert a passage's facts: every ``case["facts"]`` row (indicator, measure, value, year,
    subperiod, kind, period_start) is given; every ``case.get("values")`` pair (indicator, value)
    is; no fact starts with a ``case["absent"]`` key (a prefix of that tuple)."""
    got = fact_keys(passage_facts(case, meta))
    expected = expected_keys(case["facts"])
    assert expected <= got, f"missing {expected - got}; got {got}"
    values = {(g[0], g[2]) for g in got}
    for key in case.get("values", []):
        assert key in values, f"{key} not found in {values}"
    for key in case["absent"]:
        want = tuple(round(float(x), 6) if i == 2 else x for i, x in enumerate(key))
        hits = [g for g in got if g[: len(key)] == want]
        assert not hits, f"{key} should not be a fact: {hits}"


#: The metadata fields a recognition case may state (DocumentMeta's, as the gold files name them).
META_FIELDS = ("region", "level", "province", "prefecture", "adcode", "report_type", "report_date", "year")


def recognised(text: str, doc_id: str) -> dict:
    """The metadata govkit recognises in *text* (the :data:`META_FIELDS`)."""
    m = document_from_text(text, doc_id).meta
    return {f: getattr(m, f) for f in META_FIELDS}


def check_meta(text: str, doc_id: str, want: dict) -> None:
    """Assert the fields of *want* are those recognised in *text*."""
    got = recognised(text, doc_id)
    assert {k: got[k] for k in want} == want, got


def extract_dir(src: Path, out: Path) -> Path:
    """*out* after ``govkit extract src --out out --jobs 1`` run as a user runs it (a subprocess)."""
    r = subprocess.run(
        [sys.executable, "-m", "govkit.cli", "extract", str(src), "--out", str(out), "--jobs", "1"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    return out


def docx_with_table(
    path: Path, paragraphs: list[str], rows: list[list[str]], merges: list[tuple[int, int, int, int, str | None]] = ()
) -> Path:
    """Write a DOCX at *path*: the *paragraphs*, then a table of *rows* (an empty string leaves its cell
    untouched) whose cells (row, column) to (row2, column2) of each of *merges* are merged, the merged
    cell given its text unless None. Returns *path*."""
    d = DocxDocument()
    for para in paragraphs:
        d.add_paragraph(para)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v:
                t.cell(i, j).text = v
    for r1, c1, r2, c2, text in merges:
        cell = t.cell(r1, c1).merge(t.cell(r2, c2))
        if text is not None:
            cell.text = text
    d.save(path)
    return path
