"""govkit: trustworthy numbers from Chinese local-government reports.

Public API (each stage is a module: read, clean, recognise, segment, extract, validate,
panel, attention, plot, report):

>>> import govkit
>>> doc = govkit.load_document("data/raw/huitong_2021_work_report.txt")
>>> facts = govkit.extract_facts(doc)          # tidy DataFrame, one fact per row
"""

from __future__ import annotations

import os as _os
import sys as _sys

# The command line (the ``govkit`` script, ``python -m govkit.…``: argv[0] is "-m" while the module
# is located) never calls numpy's BLAS, but OpenBLAS starts a thread per core when numpy is
# imported, which spins for a while (about 30 ms of CPU per run, taken from the document workers on
# a small machine). One thread is asked for before numpy is imported, unless the environment says
# otherwise; a process that imports govkit as a library keeps its own setting.
if _os.path.basename(_sys.argv[0]) == "govkit" or _sys.argv[0] == "-m":
    _os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from govkit import accel as _accel  # noqa: E402

#: Which implementation of the hot modules runs: compiled (mypyc) or pure Python; see govkit.accel.
ACCEL = _accel.activate()

from govkit.core.document import Document  # noqa: E402
from govkit.core.errors import GovkitError, ParameterError, ReadError  # noqa: E402
from govkit.pipeline.corpus import document_from_text, ingest, load_document  # noqa: E402 (after activation)

__version__ = "0.1.0"

__all__ = [
    "Document",
    "GovkitError",
    "ParameterError",
    "ReadError",
    "document_from_text",
    "ingest",
    "load_document",
    "extract_facts",
    "attention",
    "explore",
]


def extract_facts(text_or_document, doc_id: str = "doc", meta: dict | None = None):
    """Indicator facts of a text or :class:`Document` as a tidy DataFrame (see EXTRACTION.md).

    *meta* (``year``, ``report_date``, ``region`` …) overrides what recognition finds.
    """
    from govkit.facts.extract import extract_facts as _extract

    return _extract(text_or_document, doc_id=doc_id, meta=meta)


def attention(documents, themes=None, **kwargs):
    """Policy-attention index per document and theme (theme words per 1,000 words), long form."""
    from govkit.analysis.attention import attention as _attention

    return _attention(documents, themes=themes, **kwargs)


def explore(*args, **kwargs):
    """Interactive explorer of the panel for JupyterLab (ipywidgets): regions, indicators, years ->
    chart, table and the evidence of every number. See :func:`govkit.present.explore.explore`."""
    from govkit.present.explore import explore as _explore

    return _explore(*args, **kwargs)
