"""The synth data files (``govkit/data/synth``) and the region table, read once and checked.

``values.csv``: the value model, one row per catalog indicator (plausible county magnitudes,
growth ranges, trend); ``units.csv``: printed forms of each canonical unit (3969万元 for a
亿元 indicator); ``chrome.csv``: web-page chrome for noisy copies; real county-level divisions
come from cpca's adcode table. A malformed file raises :class:`SynthDataError` naming the file
and line.
"""

from __future__ import annotations

import csv
import importlib.util
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from govkit.core.catalog import load_catalog
from govkit.core.errors import GovkitError
from govkit.core.resources import data_path

DATA_DIR = data_path("synth")


class SynthDataError(GovkitError):
    """A synth data file (template, phrase, value spec) is malformed."""


@dataclass(frozen=True)
class ValueSpec:
    id: str
    unit: str
    flow: str  # flow | stock | rate
    base: str  # abs | gdp | pop | <indicator id>
    lo: float
    hi: float
    dec: int
    yoy: tuple | None
    cagr: tuple | None
    pp: tuple | None
    trend: str  # up | down | flat


@dataclass(frozen=True)
class UnitForm:
    unit: str
    printed: str
    factor: Decimal
    ffactor: float
    lo: float | None
    hi: float | None
    decimals: int | None
    weight: float


def read_rows(name: str) -> list[dict]:
    """The rows of a synth data file (``DATA_DIR / name``)."""
    path = DATA_DIR / name
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise SynthDataError(f"{path}: cannot read ({exc.strerror})") from exc


def _range(row: dict, key: str) -> tuple | None:
    lo, hi = row.get(f"{key}_lo", "").strip(), row.get(f"{key}_hi", "").strip()
    return (float(lo), float(hi)) if lo and hi else None


@lru_cache(maxsize=1)
def load_values() -> dict[str, ValueSpec]:
    """The value model: one row per catalog indicator (values.csv)."""
    catalog = load_catalog()
    out = {}
    for i, r in enumerate(read_rows("values.csv"), start=2):
        ind = r["id"].strip()
        if ind not in catalog:
            raise SynthDataError(f"{DATA_DIR / 'values.csv'}:{i}: {ind!r} is not in the catalog")
        out[ind] = ValueSpec(
            ind,
            catalog[ind].unit,
            r["flow"].strip(),
            r["base"].strip(),
            float(r["lo"]),
            float(r["hi"]),
            int(r["dec"]),
            _range(r, "yoy"),
            _range(r, "cagr"),
            _range(r, "pp"),
            r["trend"].strip() or "up",
        )
    for spec in out.values():
        if spec.base not in ("abs", "gdp", "pop") and spec.base not in out:
            raise SynthDataError(f"{DATA_DIR / 'values.csv'}: {spec.id} has unknown base {spec.base!r}")
    return out


@lru_cache(maxsize=1)
def load_units() -> dict[str, list[UnitForm]]:
    """Printed forms of each canonical unit (units.csv)."""
    out: dict[str, list[UnitForm]] = {}
    for r in read_rows("units.csv"):
        f = Decimal(r["factor"].strip())
        out.setdefault(r["unit"].strip(), []).append(
            UnitForm(
                r["unit"].strip(),
                r["printed"].strip(),
                f,
                float(f),
                float(r["min"]) if r["min"].strip() else None,
                float(r["max"]) if r["max"].strip() else None,
                int(r["decimals"]) if r["decimals"].strip() else None,
                float(r["weight"] or 1),
            )
        )
    return out


@lru_cache(maxsize=1)
def load_chrome() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in read_rows("chrome.csv"):
        out.setdefault(r["kind"].strip(), []).append(r["text"].replace("\\n", "\n"))
    return out


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str
    province: str
    prefecture: str


def cpca_adcodes_path() -> Path:
    """cpca's table of divisions (12-digit adcode, name), read without importing cpca."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise SynthDataError("cpca is not installed: it supplies the region table")
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"


_GENERIC_NAMES = {"市辖区", "城区", "郊区", "矿区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@lru_cache(maxsize=1)
def load_regions() -> tuple[Region, ...]:
    """Real county-level divisions (区/县/旗/县级市) with province and prefecture from the code."""
    path = cpca_adcodes_path()
    with open(path, encoding="utf-8", newline="") as fh:
        names = {r["adcode"][:6]: r["name"].strip() for r in csv.DictReader(fh)}
    out = []
    for code, name in sorted(names.items()):
        if code.endswith("00") or code[:2] in ("71", "81", "82") or name in _GENERIC_NAMES:
            continue
        if name[-1] not in "区县旗市":
            continue
        pref = names.get(code[:4] + "00", "")
        out.append(Region(code, name, names.get(code[:2] + "0000", ""), "" if pref in _GENERIC_NAMES else pref))
    if not out:
        raise SynthDataError(f"{path}: no county-level divisions found")
    return tuple(out)
