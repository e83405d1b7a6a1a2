"""Helpers of the tests that run passages of their own through the extractor (imported by them;
pytest puts this directory on the import path)."""

from __future__ import annotations

import pandas as pd

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
