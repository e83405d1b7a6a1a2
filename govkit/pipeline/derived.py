"""The builders of the tables derived from other tables: attention (from documents) and the panel
(from facts and documents).

Each reads its source tables from the output directory, writes its own tables atomically, and
records them in the processed manifest (:mod:`govkit.store.tableset`) with the hashes of the
source tables it was built from, so any reader can tell whether it is fresh. A builder whose
recorded inputs are still the current source tables does nothing ("up to date").
"""

from __future__ import annotations

import time
from pathlib import Path

import pandas as pd

from govkit.analysis.attention import attention_from_tokens, keywords_from_tokens, texts_and_meta
from govkit.analysis.attention_tokens import get_segmenter, load_themes, tokenize_texts
from govkit.analysis.panel import write_panel
from govkit.core.errors import GovkitError
from govkit.pipeline.summary import Summary
from govkit.store.cache import Store, cache_dir_of
from govkit.store.tables import write_csv, write_table
from govkit.store.tableset import TABLE_FILES, derived_inputs, is_fresh, record_table, table_entry

ATTENTION_SOURCES = ("documents",)
PANEL_SOURCES = ("facts", "documents")


def _outputs(out: Path, table: str) -> list[Path]:
    return [out / name for name in TABLE_FILES[table]]


def build_attention(out_dir: str | Path) -> Summary:
    """``attention.*`` and ``keywords.csv`` from the cleaned text of ``documents.parquet``.

    Tokens are cached in the output directory's cache database by content hash, jieba's model in
    ``<out>/.cache/jieba/``; a re-run on unchanged documents segments nothing."""
    t0 = time.perf_counter()
    out = Path(out_dir)
    seg = get_segmenter(model_dir=cache_dir_of(out) / "jieba")
    inputs = {**derived_inputs(out, ATTENTION_SOURCES), "segmenter": seg.fingerprint}
    if inputs["documents"] is None:
        raise GovkitError(f"{out / 'documents.parquet'}: not found (run `govkit ingest` or `govkit extract` first)")
    entry = table_entry(out, "attention")
    if entry is not None and entry.get("inputs") == inputs:
        n = int(entry.get("documents", 0))
        return Summary("attention", n, [], _outputs(out, "attention"), time.perf_counter() - t0, detail="up to date")
    documents = pd.read_parquet(out / "documents.parquet", columns=["doc_id", "text", "region", "year"])
    texts, meta = texts_and_meta(documents)
    del documents
    themes = load_themes()
    with Store.of_output(out) as store:
        tokd = tokenize_texts(texts, seg, store=store)
        store.prune_tokens(tokd.keys)
    del texts
    att = attention_from_tokens(tokd.tokens, themes, meta=meta, segmenter=seg)
    kw = keywords_from_tokens(tokd.tokens, 20, seg)
    outputs = list(write_table(att, out, "attention"))
    write_csv(kw, out / "keywords.csv")
    outputs.append(out / "keywords.csv")
    record_table(out, "attention", inputs, documents=len(tokd.tokens))
    return Summary(
        "attention",
        len(tokd.tokens),
        [],
        outputs,
        time.perf_counter() - t0,
        detail=f"{tokd.n_segmented:,} segmented, {tokd.n_cached:,} from cache",
    )


def check_consistent(out_dir: str | Path) -> None:
    """Raise :class:`GovkitError` unless facts and documents are current and from one run."""
    out = Path(out_dir)
    facts, documents = (table_entry(out, t) for t in PANEL_SOURCES)
    if facts is None or documents is None:
        bad = " and ".join(t for t, e in zip(PANEL_SOURCES, (facts, documents)) if e is None)
        problem = f"{bad} missing or changed since govkit wrote them"
    elif facts.get("inputs") != documents.get("inputs"):
        problem = "not from one run"
    else:
        return
    raise GovkitError(f"{out}: facts and documents tables are {problem}; run `govkit extract RAW_DIR --out {out}`")


def build_panel(out_dir: str | Path) -> Summary:
    """``panel.*``, ``panel_conflicts.*`` and ``targets_vs_outcomes.*`` from facts and documents."""
    t0 = time.perf_counter()
    out = Path(out_dir)
    check_consistent(out)
    if is_fresh(out, "panel", PANEL_SOURCES):
        entry = table_entry(out, "panel") or {}
        return Summary(
            "panel",
            int(entry.get("rows", 0)),
            [],
            _outputs(out, "panel"),
            time.perf_counter() - t0,
            unit="rows",
            detail="up to date",
        )
    inputs = derived_inputs(out, PANEL_SOURCES)
    outputs = write_panel(out)
    # openpyxl (imported by the workbook module) is loaded only here: `govkit extract` and
    # `govkit attention` would spend a tenth of a second importing it for nothing.
    from govkit.present.workbook import write_workbook

    outputs.append(write_workbook(out))
    panel = pd.read_parquet(out / "panel.parquet", columns=["region"])
    conflicts = pd.read_parquet(out / "panel_conflicts.parquet")
    disagreeing = int(conflicts["disagrees"].sum()) if "disagrees" in conflicts else len(conflicts)
    record_table(out, "panel", inputs, rows=len(panel))
    detail = f"{panel['region'].nunique():,} regions, {disagreeing:,} conflicts"
    return Summary("panel", len(panel), [], outputs, time.perf_counter() - t0, unit="keys", detail=detail)
