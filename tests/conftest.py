"""Shared fixtures: repository paths, the shared contract files, the processed tables of data/raw,
fact-frame builders.

``../shared`` (corpora, gold files, ``tools/score.py``) is reached only through the
``shared_dir``, ``shared_corpus`` and ``shared_gold`` fixtures: a test that needs a file that is
not there is skipped with a reason naming the path looked for.
"""

from __future__ import annotations

import fcntl
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from govkit.pipeline.derived import build_panel
from govkit.pipeline.runner import processed_is_current, run_all
from govkit.store.tables import write_table
from govkit.store.tableset import record_table

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RAW = ROOT / "data" / "raw"
PROCESSED = ROOT / "data" / "processed"

#: Tables the notebooks and reports read (written by `govkit run`).
PROCESSED_TABLES = ("documents", "facts", "attention", "panel", "panel_conflicts", "targets_vs_outcomes")


def processed_is_fresh(out: Path = PROCESSED) -> bool:
    """Whether the tables in *out* were built by this code from data/raw as it is (content hashes)."""
    return processed_is_current(RAW, out)


def build_processed(out: Path = PROCESSED, raw: Path = RAW) -> None:
    """The stages of `govkit run` the notebooks need (extract, attention, panel), by the same runner."""
    run_all(raw, out, progress=False, quiet=True)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


def _shared(*parts: str) -> Path:
    """A path under ../shared; skips the test, naming the path, when it is not there."""
    path = SHARED.joinpath(*parts)
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not found: the shared contract files are not beside the repository")
    if not path.exists():
        pytest.skip(f"{path} not found in the shared contract files")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``, the contract files (``corpus/``, ``gold/``, ``spec/``, ``tools/score.py``)."""
    return _shared()


@pytest.fixture(scope="session")
def shared_corpus(shared_dir) -> Callable[[str], Path]:
    """Factory: ``shared_corpus("seeds")`` -> ``../shared/corpus/seeds`` (``dev``, ``dev2``, ``series`` …)."""
    return lambda name: _shared("corpus", name)


@pytest.fixture(scope="session")
def shared_gold(shared_dir) -> Callable[[str], Path]:
    """Factory: ``shared_gold("seeds")`` -> ``../shared/gold/seeds.csv`` (``seeds_meta`` -> ``seeds_meta.csv``)."""
    return lambda name: _shared("gold", f"{name}.csv")


@pytest.fixture(scope="session")
def processed_dir() -> Path:
    """data/processed built from data/raw, rebuilt if missing or older than the code or raw data.

    A file lock makes pytest-xdist workers wait for one another instead of building twice.
    """
    PROCESSED.mkdir(parents=True, exist_ok=True)
    with open(PROCESSED / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not processed_is_fresh():
                build_processed()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return PROCESSED


def make_facts(rows: list[dict]) -> pd.DataFrame:
    """A fact table (schema.FACT_COLUMNS, validated) from partial rows; sensible defaults fill the rest.

    Each row needs at least doc_id, indicator, value and year; ``measure`` defaults to level,
    ``kind`` to actual, ``unit`` to the catalog unit, evidence to a sentence naming the value.
    """
    from govkit.core.catalog import load_catalog
    from govkit.facts.schema import conform_facts

    cat = load_catalog()
    full = []
    for r in rows:
        ind = cat[r["indicator"]]
        measure = r.get("measure", "level")
        value = r.get("value")
        masked = bool(r.get("masked", value is None))
        evidence = r.get("evidence", f"{ind.name_zh}{'***' if masked else value}{ind.unit}")
        start = int(r.get("evidence_start", 0))
        full.append(
            {
                "doc_id": r["doc_id"],
                "indicator": r["indicator"],
                "measure": measure,
                "value": None if masked else value,
                "value_high": r.get("value_high"),
                "unit": r.get("unit", ind.unit if measure == "level" else ("pp" if measure == "pp_change" else "%")),
                "year": r["year"],
                "period_start": r.get("period_start"),
                "subperiod": r.get("subperiod", ""),
                "kind": r.get("kind", "actual"),
                "evidence": evidence,
                "family": ind.family,
                "region": r.get("region", ""),
                "adcode": r.get("adcode", ""),
                "value_text": str(value),
                "evidence_start": start,
                "evidence_end": start + len(evidence),
                "value_start": start,
                "value_end": start + 1,
                "masked": masked,
                "flags": r.get("flags", ""),
            }
        )
    return conform_facts(pd.DataFrame(full))


def make_documents(rows: list[dict]) -> pd.DataFrame:
    """A documents table (the columns of Document.to_record) from partial rows."""
    defaults = {
        "file": "",
        "sha256": "",
        "format": "txt",
        "encoding": "utf-8",
        "title": "",
        "region": "",
        "level": "county",
        "province": "",
        "prefecture": "",
        "adcode": "",
        "anonymised": False,
        "report_type": "政府工作报告",
        "report_date": "",
        "year": None,
        "plan_years": "",
        "published_date": "",
        "source": "",
        "flags": "",
        "n_chars": 0,
        "text": "",
        "sections": "[]",
        "sentences": "[]",
    }
    df = pd.DataFrame([{**defaults, **r} for r in rows])
    df["file"] = df["doc_id"] + ".txt"
    df["n_chars"] = df["text"].str.len()
    df["year"] = pd.array(df["year"], dtype="Int64")
    return df


@pytest.fixture
def fact_frame():
    """Factory: ``fact_frame([{doc_id, indicator, value, year, ...}, ...])`` -> validated fact table."""
    return make_facts


@pytest.fixture
def document_frame():
    """Factory: ``document_frame([{doc_id, region, year, ...}, ...])`` -> documents table."""
    return make_documents


@pytest.fixture
def write_processed(tmp_path):
    """Factory writing documents + facts (and the panel built from them) into a fresh processed dir."""

    def _write(documents: pd.DataFrame, facts: pd.DataFrame, name: str = "processed") -> Path:
        out = tmp_path / name
        for df, table in ((documents, "documents"), (facts, "facts")):
            write_table(df, out, table)
            record_table(out, table, {"source": "test"}, failures=0)
        build_panel(out)
        return out

    return _write
