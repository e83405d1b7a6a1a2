"""Orchestration of the stages for the CLI: each ``run_*`` reads a raw directory and writes tables."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import Failure, documents_frame, ingest
from .io import write_table


@dataclass
class Summary:
    """What a run did: counts, outputs written, and every failure with its reason."""

    stage: str
    n_ok: int = 0
    failures: list[Failure] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def describe(self) -> str:
        lines = [f"{self.stage}: {self.n_ok} document(s) processed, {len(self.failures)} failed in {self.seconds:.1f}s"]
        lines += [f"  wrote {p}" for p in self.outputs]
        lines += [f"  {n}" for n in self.notes]
        lines += [f"  FAILED {f}" for f in self.failures]
        return "\n".join(lines)


def run_ingest(raw_dir: str | Path, out_dir: str | Path) -> Summary:
    """Ingest *raw_dir* and write ``documents.parquet`` / ``documents.csv`` into *out_dir*."""
    t0 = time.perf_counter()
    result = ingest(raw_dir)
    outputs = list(write_table(documents_frame(result.documents), out_dir, "documents"))
    return Summary("ingest", len(result.documents), result.failures, outputs, time.perf_counter() - t0)
