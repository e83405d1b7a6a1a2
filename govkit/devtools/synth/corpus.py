"""Writing a synthetic corpus: the documents, gold.csv, gold_meta.csv and MANIFEST.csv (``govkit synth``).

Document *i* is generated from its own random stream (``govkit-synth:<seed>:<i>``), so the
output is byte-identical for the same (n_docs, seed, noisy_share) whatever the number of worker
processes; rows are streamed into the CSV files (written atomically) in document order.
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import re
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from govkit.core.errors import GovkitError, ParameterError
from govkit.devtools.synth.data import load_chrome, load_regions
from govkit.devtools.synth.genres import generate_document
from govkit.devtools.synth.noise import apply_noise, choose_noise, noisy_indices
from govkit.devtools.synth.templates import load_phrases, load_templates
from govkit.store.tables import atomic_path

GOLD_COLUMNS = [
    "doc_id",
    "indicator",
    "measure",
    "value",
    "unit",
    "year",
    "period_start",
    "subperiod",
    "kind",
    "optional",
    "evidence",
    "value_text",
    "masked",
    "template",
]
META_COLUMNS = ["doc_id", "region", "level", "province", "prefecture", "adcode", "report_type", "report_date", "year"]
MANIFEST_COLUMNS = ["doc_id", "file", "title", "source_note", "sha256", "encoding", "noise"]


def _remove_stale(out: Path, keep: set[str]) -> None:
    """Delete files a previous ``synth`` run listed in MANIFEST.csv and this run does not write."""
    man = out / "MANIFEST.csv"
    if not man.exists():
        return
    with open(man, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            f = (row.get("file") or "").strip()
            if f and f not in keep and re.fullmatch(r"synth_\d+\.(txt|html)", f):
                (out / f).unlink(missing_ok=True)


def _make_document(task: tuple) -> tuple[list[dict], dict, dict, int]:
    """Generate, add noise to and write document number *i*; return its table rows."""
    i, width, seed, noisy, out = task
    doc_id = f"synth_{i:0{width}d}"
    rng = random.Random(f"govkit-synth:{seed}:{i}")
    text, facts, meta = generate_document(rng, doc_id)
    noise = choose_noise(rng) if noisy else ()
    if noise:
        data, ext, encoding = apply_noise(text, meta, noise, rng)
    else:
        data, ext, encoding = text.encode("utf-8"), ".txt", "utf-8"
    path = Path(out) / (doc_id + ext)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise GovkitError(f"{path}: cannot write ({exc.strerror})") from exc
    man = {
        "doc_id": doc_id,
        "file": path.name,
        "title": meta["title"],
        "source_note": f"synthetic {meta['report_type']} (govkit synth seed={seed}); "
        f"region {meta['region'] or 'anonymised'}; year {meta['year']}",
        "sha256": hashlib.sha256(data).hexdigest(),
        "encoding": encoding,
        "noise": "+".join(noise),
    }
    return facts, {k: meta[k] for k in META_COLUMNS}, man, len(data)


def _write_rows(path: Path, columns: list[str], rows) -> None:
    """CSV with BOM (as govkit.store.tables.write_csv), written atomically, rows streamed."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.DictWriter(fh, columns, lineterminator="\n", extrasaction="ignore")
            w.writeheader()
            for row in rows:
                w.writerow(row)


def write_synthetic_corpus(
    out: str | Path, n_docs: int = 100, seed: int = 0, noisy_share: float = 0.2, jobs: int = 0
) -> str:
    """Write *n_docs* synthetic reports plus gold.csv, gold_meta.csv and MANIFEST.csv into *out*.

    Output is byte-identical for the same (n_docs, seed, noisy_share) whatever *jobs* is
    (worker processes; 0 = all cores). Returns a one-line summary (documents, bytes, facts,
    seconds).
    """
    if not isinstance(n_docs, int) or n_docs < 1:
        raise ParameterError(f"--docs must be a positive integer, got {n_docs!r}")
    if not 0 <= noisy_share <= 1:
        raise ParameterError(f"--noisy must be a share between 0 and 1, got {noisy_share!r}")
    t0 = time.perf_counter()
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ParameterError(f"{out}: exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(n_docs)))
    noisy = noisy_indices(n_docs, seed, noisy_share)
    tasks = [(i, width, seed, i in noisy, str(out)) for i in range(1, n_docs + 1)]
    load_templates(), load_phrases(), load_regions(), load_chrome()  # loaded once, before forking
    jobs = jobs or os.cpu_count() or 1
    metas, manifest = [], []
    counts = {"facts": 0, "bytes": 0}

    def gold_rows(results):
        for facts, meta, man, nbytes in results:
            metas.append(meta)
            manifest.append(man)
            counts["facts"] += len(facts)
            counts["bytes"] += nbytes
            yield from facts

    if jobs > 1 and n_docs >= 200:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, min(100, n_docs // (4 * jobs)))
            _write_rows(out / "gold.csv", GOLD_COLUMNS, gold_rows(pool.map(_make_document, tasks, chunksize=chunk)))
    else:
        _write_rows(out / "gold.csv", GOLD_COLUMNS, gold_rows(map(_make_document, tasks)))
    _remove_stale(out, {m["file"] for m in manifest})
    _write_rows(out / "gold_meta.csv", META_COLUMNS, metas)
    _write_rows(out / "MANIFEST.csv", MANIFEST_COLUMNS, manifest)
    secs = time.perf_counter() - t0
    return (
        f"synth: {n_docs} documents ({len(noisy)} noisy), {counts['bytes'] / 1e6:.1f} MB, "
        f"{counts['facts']} facts -> {out} in {secs:.1f}s"
    )
