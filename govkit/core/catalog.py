"""The indicator catalog: ids, families, canonical units and aliases (a data file in the package).

``govkit/data/indicators.csv`` extends ``shared/spec/indicators.csv``: same ids with the same
meaning, more aliases. An analyst adds an alias by editing the CSV (``|``-separated), no Python.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from govkit.core.resources import data_path

FAMILIES = ("economy", "investment", "fiscal", "income", "poverty", "ecology")
MEASURES = ("level", "yoy_pct", "cagr_pct", "pp_change", "completion_pct")
KINDS = ("actual", "estimate", "target")


@dataclass(frozen=True)
class Indicator:
    id: str
    family: str
    name_zh: str
    aliases: tuple[str, ...]
    unit: str
    name_en: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The official name followed by its aliases, de-duplicated, longest first."""
        seen = dict.fromkeys((self.name_zh, *self.aliases))
        return tuple(sorted((n for n in seen if n), key=len, reverse=True))


@lru_cache(maxsize=8)
def load_catalog(path: str | None = None) -> dict[str, Indicator]:
    """Indicators by id, from *path* or the packaged catalog."""
    p = Path(path) if path else data_path("indicators.csv")
    with open(p, encoding="utf-8-sig", newline="") as fh:
        out: dict[str, Indicator] = {}
        for row in csv.DictReader(fh):
            ind = Indicator(
                id=row["id"].strip(),
                family=row["family"].strip(),
                name_zh=row["name_zh"].strip(),
                aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
                unit=row["unit"].strip(),
                name_en=(row.get("name_en") or "").strip(),
            )
            out[ind.id] = ind
    return out


def family_of(indicator_id: str) -> str:
    ind = load_catalog().get(indicator_id)
    return ind.family if ind else ""
