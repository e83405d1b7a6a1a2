"""Atomic, reproducible output writing (CSV with BOM for Excel, Parquet)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside *path*; move it into place only if the block succeeds.

    Readers see either the old file or the complete new one, never a half-written file,
    even if the process is killed midway.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    os.chmod(tmp_path, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    write_bytes_atomic(path, text.encode(encoding))


def write_csv(df: pd.DataFrame, path: str | Path) -> None:
    """CSV in UTF-8 with BOM (Excel opens Chinese correctly), written atomically and streamed
    (no second copy of a large table in memory)."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            df.to_csv(fh, index=False, lineterminator="\n", chunksize=5000)


def write_parquet(df: pd.DataFrame, path: str | Path) -> None:
    """Parquet written atomically; byte-identical for identical frames."""
    with atomic_path(path) as tmp:
        df.to_parquet(tmp, index=False, compression="zstd")


def write_table(df: pd.DataFrame, out_dir: str | Path, name: str) -> tuple[Path, Path]:
    """Write ``name.parquet`` and ``name.csv`` into *out_dir*."""
    out_dir = Path(out_dir)
    pq, csv = out_dir / f"{name}.parquet", out_dir / f"{name}.csv"
    write_parquet(df, pq)
    write_csv(df, csv)
    return pq, csv


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read a CSV written by govkit (or any UTF-8 CSV, with or without BOM)."""
    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
