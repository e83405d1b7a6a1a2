"""The region label of a document: the region as printed, or ``匿名1``, ``匿名2``, … when it names none.

A report whose region is masked (某县, X县) or not found is *anonymised*: govkit never guesses
the place. Every table, the workbook, the reports and ``govkit regions`` give it one short
label, ``匿名<n>``, numbered in the order of doc_id among the anonymised documents of the
processed set (the documents table), so the labels are stable for a given corpus and two
anonymised reports are never assumed to be one place.

:func:`label_documents` numbers a whole set; :class:`Numbering` does the same while documents
stream by in doc_id order (the extract stage); :func:`region_aliases` maps what a user may also
type for an anonymised document — its doc_id, or the earlier form ``(匿名)<doc_id>`` — to its label.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: The label of an anonymised document is this word and its number.
ANON_LABEL = "匿名"
#: The earlier label, ``(匿名)<doc_id>``, still accepted by ``--regions``.
LEGACY_PREFIX = "(匿名)"


def is_unnamed(region: object, anonymised: object = False) -> bool:
    """True if a document names no region (masked or not found): it gets an ``匿名<n>`` label."""
    nan = isinstance(anonymised, float) and anonymised != anonymised  # pd.isna of a float, without pandas
    if anonymised is not None and not nan and bool(anonymised):
        return True
    return not isinstance(region, str) or not region.strip()


def label_documents(doc_ids: Iterable[str], regions: Iterable[object], anonymised: Iterable[object]) -> list[str]:
    """The label of each document, in the order given (``匿名<n>`` numbered in doc_id order)."""
    ids, regs, anon = list(doc_ids), list(regions), list(anonymised)
    unnamed = sorted({d for d, r, a in zip(ids, regs, anon) if is_unnamed(r, a)})
    number = {d: n for n, d in enumerate(unnamed, 1)}
    return [f"{ANON_LABEL}{number[d]}" if d in number else str(r).strip() for d, r in zip(ids, regs)]


def document_labels(documents: pd.DataFrame) -> pd.Series:
    """The label of each row of a documents table (columns ``doc_id``, ``region``, ``anonymised``)."""
    import pandas as pd  # only where a frame is read: the extract stage labels without it

    anon = documents["anonymised"] if "anonymised" in documents else pd.Series(False, index=documents.index)
    region = documents["region"] if "region" in documents else pd.Series("", index=documents.index)
    labels = label_documents(documents["doc_id"].astype(str), region, anon)
    return pd.Series(labels, index=documents.index, dtype="string")


def label_map(documents: pd.DataFrame | None) -> dict[str, str]:
    """doc_id -> label of the anonymised documents of *documents* (named ones are not listed)."""
    import pandas as pd  # only where a frame is read: the extract stage labels without it

    if documents is None or documents.empty:
        return {}
    labels = document_labels(documents)
    anon = documents["anonymised"] if "anonymised" in documents else pd.Series(False, index=documents.index)
    region = documents["region"] if "region" in documents else pd.Series("", index=documents.index)
    return {str(d): str(lab) for d, lab, r, a in zip(documents["doc_id"], labels, region, anon) if is_unnamed(r, a)}


def region_aliases(documents: pd.DataFrame | None) -> dict[str, str]:
    """What ``--regions`` also accepts for an anonymised document -> its label: the doc_id and
    ``(匿名)<doc_id>``."""
    out: dict[str, str] = {}
    for doc_id, label in label_map(documents).items():
        out[doc_id] = label
        out[f"{LEGACY_PREFIX}{doc_id}"] = label
    return out


def series_labels(rows: pd.DataFrame) -> pd.Series:
    """The label of each row's series (``_rkey``): the name its newest report prints (``order``, then
    ``doc_year``, ``doc_id``), so a county renamed 县→区 reads as one place in every table, its older
    reports' figures and targets included."""
    newest = rows.sort_values(["order", "doc_year", "doc_id"], kind="stable").groupby("_rkey")["region"].last()
    return rows["_rkey"].map(newest).fillna(rows["region"])


class Numbering:
    """Labels assigned while documents stream by in doc_id order (what :func:`label_documents`
    gives for the same documents). Raises ``ValueError`` if the order is broken."""

    def __init__(self) -> None:
        self.count = 0
        self.last = ""

    def label(self, doc_id: str, region: object, anonymised: object) -> str:
        if self.last and doc_id <= self.last:
            raise ValueError(f"documents out of doc_id order: {doc_id!r} after {self.last!r}")
        self.last = doc_id
        if not is_unnamed(region, anonymised):
            return str(region).strip()
        self.count += 1
        return f"{ANON_LABEL}{self.count}"
