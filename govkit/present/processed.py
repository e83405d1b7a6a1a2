"""The processed tables a notebook works with: load them, label their regions, select rows.

:func:`load` reads ``documents``, ``facts``, the panel tables and attention from a processed
directory (``govkit.paths.processed_dir()`` finds it: ``$GOVKIT_PROCESSED`` or the project's
``data/processed``). :func:`select` is the one row filter every view uses (regions, an inclusive
year span, indicators, families). Anonymised documents are labelled ``(匿名)<doc_id>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from govkit.analysis.panel import build_panel, read_processed_table, region_label, targets_vs_outcomes
from govkit.present.labels import year_span


@dataclass
class Processed:
    """The processed tables a notebook works with."""

    documents: pd.DataFrame
    facts: pd.DataFrame
    panel: pd.DataFrame
    conflicts: pd.DataFrame
    tvo: pd.DataFrame
    attention: pd.DataFrame | None = None
    keywords: pd.DataFrame | None = None

    @property
    def regions(self) -> list[str]:
        return known_regions(self.documents, self.panel)


def load(processed_dir: str | Path = "../data/processed") -> Processed:
    """Read documents, facts, panel and attention from *processed_dir*.

    The panel tables are rebuilt in memory when absent or older than ``facts.parquet`` (e.g.
    after ``govkit extract`` alone), so a notebook never shows a stale panel.
    """
    documents = read_processed_table(processed_dir, "documents")
    facts = read_processed_table(processed_dir, "facts")
    fresh = _newer_than(processed_dir, ("panel", "panel_conflicts", "targets_vs_outcomes"), ("facts", "documents"))
    panel = read_processed_table(processed_dir, "panel", required=False) if fresh else None
    conflicts = read_processed_table(processed_dir, "panel_conflicts", required=False) if fresh else None
    if panel is None or conflicts is None:
        panel, conflicts = build_panel(facts, documents)
    tvo = read_processed_table(processed_dir, "targets_vs_outcomes", required=False) if fresh else None
    if tvo is None:
        tvo = targets_vs_outcomes(facts, documents)
    attention = read_processed_table(processed_dir, "attention", required=False)
    kw_path = Path(processed_dir) / "keywords.csv"
    keywords = pd.read_csv(kw_path, encoding="utf-8-sig") if kw_path.exists() else None
    documents = documents.assign(region_label=document_regions(documents))
    return Processed(documents, facts, panel, conflicts, tvo, attention, keywords)


def _newer_than(processed_dir, derived, sources) -> bool:
    """True if every *derived* table exists and is not older than any *sources* table."""
    d = [Path(processed_dir) / f"{n}.parquet" for n in derived]
    src = [Path(processed_dir) / f"{n}.parquet" for n in sources]
    if not all(p.exists() for p in d):
        return False
    return min(p.stat().st_mtime for p in d) >= max((p.stat().st_mtime for p in src if p.exists()), default=0)


def document_regions(documents: pd.DataFrame) -> pd.Series:
    """The region label of each document (anonymised ones: ``(匿名)<doc_id>``)."""
    anon = documents["anonymised"] if "anonymised" in documents else pd.Series(False, index=documents.index)
    return pd.Series(
        [
            region_label(r, d, bool(a))
            for r, d, a in zip(documents["region"].fillna(""), documents["doc_id"], anon.fillna(False))
        ],
        index=documents.index,
        dtype="string",
    )


def known_regions(documents: pd.DataFrame, panel: pd.DataFrame | None = None) -> list[str]:
    """Sorted region labels of the documents and the panel (what a report may be asked for)."""
    labels = set(document_regions(documents)) if documents is not None and not documents.empty else set()
    if panel is not None and not panel.empty:
        labels |= set(panel["region"])
    return sorted(labels)


def select(
    df: pd.DataFrame, regions=None, years=None, indicators=None, families=None, year_col: str = "year"
) -> pd.DataFrame:
    """Rows of *df* for the given regions, year span (inclusive), indicators and families."""
    if regions:
        df = df[df["region"].isin(list(regions))]
    span = year_span(years)
    if span:
        df = df[(df[year_col] >= span[0]) & (df[year_col] <= span[1])]
    if indicators:
        df = df[df["indicator"].isin(list(indicators))]
    if families:
        df = df[df["family"].isin(list(families))]
    return df


def facts_with_region(data: Processed) -> pd.DataFrame:
    """The facts with each document's region label (anonymised documents: ``(匿名)<doc_id>``)."""
    lab = data.documents.set_index("doc_id")["region_label"]
    f = data.facts.copy()
    f["region"] = f["doc_id"].map(lab).fillna(f["region"])
    return f
