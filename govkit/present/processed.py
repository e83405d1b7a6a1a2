"""The processed tables a notebook works with: load them, label their regions, select rows.

:func:`load` reads ``documents``, ``facts``, the panel tables and attention from a processed
directory (``govkit.paths.processed_dir()`` finds it: ``$GOVKIT_PROCESSED`` or the project's
``data/processed``). :func:`select` is the one row filter every view uses (regions, an inclusive
year span, indicators, families). Anonymised documents are labelled ``匿名1``, ``匿名2``, … in doc_id
order (:mod:`govkit.analysis.region_labels`), as in every table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from govkit import paths
from govkit.analysis.panel import read_processed_table
from govkit.analysis.region_labels import document_labels
from govkit.core.errors import GovkitError
from govkit.present.labels import year_span
from govkit.store.tableset import is_fresh


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


def load(processed_dir: str | Path | None = None) -> Processed:
    """Read documents, facts, panel and attention from *processed_dir* (default: :func:`govkit.paths.processed_dir`).

    The panel tables must have been built from the facts and documents tables now on disk (the
    processed manifest records what each table was built from; content hashes, not file times).
    If they are missing or stale (e.g. after ``govkit extract`` alone, or after an upgrade of govkit) this raises a one-line
    :class:`GovkitError` naming the directory and the command that brings the panel up to date.
    """
    processed_dir = paths.processed_dir(processed_dir, must_exist=True)
    documents = read_processed_table(processed_dir, "documents")
    facts = read_processed_table(processed_dir, "facts")
    if not is_fresh(processed_dir, "panel", ("facts", "documents")):
        raise GovkitError(
            f"{processed_dir}: the panel tables are missing, older than its facts and documents, or built by "
            "another version of govkit; "
            f"run `govkit panel --processed {processed_dir}`"
        )
    panel = read_processed_table(processed_dir, "panel")
    conflicts = read_processed_table(processed_dir, "panel_conflicts")
    tvo = read_processed_table(processed_dir, "targets_vs_outcomes")
    attention = read_processed_table(processed_dir, "attention", required=False)
    kw_path = Path(processed_dir) / "keywords.csv"
    keywords = pd.read_csv(kw_path, encoding="utf-8-sig") if kw_path.exists() else None
    documents = documents.assign(region_label=document_regions(documents))
    return Processed(documents, facts, panel, conflicts, tvo, attention, keywords)


def document_regions(documents: pd.DataFrame) -> pd.Series:
    """The region label of each document (anonymised ones: ``匿名<n>``, numbered in doc_id order)."""
    return document_labels(documents)


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
    """The facts with each document's region label (anonymised documents: ``匿名<n>``)."""
    lab = data.documents.set_index("doc_id")["region_label"]
    f = data.facts.copy()
    f["region"] = f["doc_id"].map(lab).fillna(f["region"])
    return f
