"""The builders of the tables derived from other tables: attention (from documents) and the panel
(from facts and documents).

Each reads its source tables from the output directory, writes its own tables atomically, and
records them in the processed manifest (:mod:`govkit.store.tableset`) with the hashes of the
source tables it was built from, so any reader can tell whether it is fresh. A builder whose
recorded inputs are still the current source tables does nothing ("up to date").
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path

from govkit.analysis.attention import attention_from_tokens, keywords_from_tokens, texts_and_meta
from govkit.analysis.attention_tokens import get_segmenter, load_themes, tokenize_texts
from govkit.analysis.panel import PANEL_STEPS, write_panel
from govkit.analysis.region_labels import document_labels
from govkit.core.errors import GovkitError
from govkit.core.progress import steps
from govkit.pipeline.pool import fork_map
from govkit.pipeline.summary import Summary
from govkit.store.cache import Store, cache_dir_of
from govkit.store.tables import read_parquet, write_csv, write_table
from govkit.store.tableset import derived_inputs, is_fresh, record_table, table_entry

ATTENTION_SOURCES = ("documents",)
PANEL_SOURCES = ("facts", "documents")
#: The note of a stage whose sources did not change (what the extract stage says, in its terms).
UNCHANGED = "up to date: {} unchanged since the last run; outputs left as they are"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def build_attention(out_dir: str | Path, progress: bool = False, jobs: int = 0) -> Summary:
    """``attention.*`` and ``keywords.csv`` from the cleaned text of ``documents.parquet``.

    Tokens are cached in the output directory's cache database by content hash, jieba's model in
    ``<out>/.cache/jieba/``; a re-run on unchanged documents segments nothing. Texts not in the
    cache are segmented by *jobs* worker processes (0: one per core)."""
    t0 = time.perf_counter()
    out = Path(out_dir)
    seg = get_segmenter(model_dir=cache_dir_of(out) / "jieba")
    inputs = {**derived_inputs(out, ATTENTION_SOURCES), "segmenter": seg.fingerprint}
    if inputs["documents"] is None:
        raise GovkitError(f"{out / 'documents.parquet'}: not found (run `govkit ingest` or `govkit extract` first)")
    entry = table_entry(out, "attention")
    if entry is not None and entry.get("inputs") == inputs:
        n = int(entry.get("documents", 0))
        return Summary(
            "attention", n, [], [], time.perf_counter() - t0, detail="up to date", notes=[UNCHANGED.format("documents")]
        )
    documents = read_parquet(out / "documents.parquet", columns=["doc_id", "text", "region", "anonymised", "year"])
    texts, meta = texts_and_meta(documents.assign(region=document_labels(documents)))
    del documents
    themes = load_themes()
    with Store.of_output(out) as store:
        mapper = partial(fork_map, jobs=jobs)
        tokd = tokenize_texts(texts, seg, store=store, progress=progress, mapper=mapper)
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
        bad = [t for t, e in zip(PANEL_SOURCES, (facts, documents)) if e is None]
        problem = f"the {' and '.join(bad)} table{'s are' if len(bad) > 1 else ' is'} missing, damaged or changed since govkit wrote {'them' if len(bad) > 1 else 'it'}"
    elif facts.get("inputs") != documents.get("inputs"):
        problem = "the facts and documents tables are not from one run"
    else:
        return
    raise GovkitError(f"{out}: {problem}; run `govkit extract RAW_DIR --out {out}`")


def build_panel(out_dir: str | Path, progress: bool = False) -> Summary:
    """``panel.*``, ``panel_conflicts.*`` and ``targets_vs_outcomes.*`` from facts and documents
    (and the workbook); a bar over the steps on a terminal if *progress*."""
    t0 = time.perf_counter()
    out = Path(out_dir)
    check_consistent(out)
    if is_fresh(out, "panel", PANEL_SOURCES):
        entry = table_entry(out, "panel") or {}
        return Summary(
            "panel",
            int(entry.get("rows", 0)),
            [],
            [],
            time.perf_counter() - t0,
            unit="keys",
            detail="up to date",
            notes=[UNCHANGED.format("facts and documents")],
        )
    inputs = derived_inputs(out, PANEL_SOURCES)
    with steps(progress, "panel", PANEL_STEPS + 1) as step:
        outputs = write_panel(out, step)
        step("workbook")
        # openpyxl (imported by the workbook module) is loaded only here: `govkit extract` and
        # `govkit attention` would spend a tenth of a second importing it for nothing.
        from govkit.present.workbook import write_workbook

        outputs.append(write_workbook(out))
    panel = read_parquet(out / "panel.parquet", columns=["region"])
    conflicts = read_parquet(out / "panel_conflicts.parquet")
    disagreeing = int(conflicts["disagrees"].sum()) if "disagrees" in conflicts else len(conflicts)
    record_table(out, "panel", inputs, rows=len(panel))
    detail = f"{_count(panel['region'].nunique(), 'region')}, {_count(disagreeing, 'conflict')}"
    return Summary("panel", len(panel), [], outputs, time.perf_counter() - t0, unit="keys", detail=detail)
