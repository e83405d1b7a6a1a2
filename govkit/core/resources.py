"""Package data files (``govkit/data/…``): one place to locate and read them."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path


def data_path(*parts: str) -> Path:
    """Path of a file shipped in ``govkit/data`` (``data_path("extract", "units.csv")``)."""
    return Path(str(resources.files("govkit").joinpath("data", *parts)))


def read_table(path: str | Path, delimiter: str = ",") -> list[dict[str, str]]:
    """Rows of a CSV/TSV data file; blank lines and lines starting with ``#`` are comments."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return list(csv.DictReader(lines, delimiter=delimiter))
