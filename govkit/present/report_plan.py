"""Planning reports: which notebook, which parameters, which file names (nothing is run here).

- Parameters are checked against the processed data *before* anything runs: an unknown
  region, indicator or theme raises :class:`~govkit.core.errors.ParameterError` listing the known ones.
- ``--regions all`` means every region in the data. ``--years`` gives the span covered
  (from the earliest to the latest year given); omitted means all years (file name ``all``).
- Per-region notebooks (``10_region_profile``) produce one report per region; the others one
  report per call, named after the regions joined by ``+`` (``all`` for every region).

The reports are run by :mod:`govkit.present.report_run`; the commands are in :mod:`govkit.present.report`.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import papermill

from govkit import paths
from govkit.analysis.region_labels import region_aliases
from govkit.core.catalog import load_catalog
from govkit.core.errors import GovkitError, ParameterError
from govkit.present.processed import document_regions, known_regions
from govkit.store.lock import check_output_dir
from govkit.store.tables import read_parquet

# --------------------------------------------------------------------------- notebooks


def available_notebooks() -> list[str]:
    names: set[str] = set()
    for d in paths.notebook_dirs():
        if d.is_dir():
            names |= {p.stem for p in d.glob("[0-9]*.ipynb")}
    return sorted(names)


def find_notebook(name: str | Path) -> Path:
    """A notebook by path, or by name (``10_region_profile``) in the project's ``notebooks/`` or govkit's own
    (:func:`govkit.paths.notebook_dirs`)."""
    p = Path(name)
    if p.suffix == ".ipynb" and p.exists():
        return p.resolve()
    for d in paths.notebook_dirs():
        cand = d / f"{p.stem}.ipynb"
        if cand.exists():
            return cand.resolve()
    raise ParameterError(
        f"unknown notebook '{name}'; known notebooks: {', '.join(available_notebooks()) or '(none found)'}"
        f" (looked in {', '.join(str(d) for d in paths.notebook_dirs())})"
    )


@dataclass(frozen=True)
class NotebookInfo:
    path: Path
    name: str
    mode: str  # "per_region" or "combined"
    region_param: str  # "region" (one) or "regions" (list)
    parameters: tuple[str, ...]
    title: str


def notebook_info(path: Path) -> NotebookInfo:
    nb = nbformat.read(path, as_version=4)
    meta = nb.metadata.get("govkit", {})
    params = tuple(papermill.inspect_notebook(str(path)).keys())
    region_param = meta.get("region_param") or ("region" if "region" in params else "regions")
    mode = meta.get("mode") or ("per_region" if region_param == "region" else "combined")
    return NotebookInfo(path, path.stem, mode, region_param, params, meta.get("title", path.stem))


# --------------------------------------------------------------------------- naming

_UNSAFE = re.compile(r"[^\w\-+().]+")


def safe_name(text: str, limit: int = 150) -> str:
    """A file-name-safe version of *text* (CJK kept); names over *limit* UTF-8 bytes (file systems
    allow 255) are cut and given a short hash of the full text."""
    s = _UNSAFE.sub("_", text.strip()).strip("._") or "_"
    if len(s.encode()) > limit:
        cut = s
        while len(cut.encode()) > limit - 9:
            cut = cut[:-1]
        s = cut + "~" + hashlib.sha1(text.encode()).hexdigest()[:8]
    return s


def region_stems(regions: list[str]) -> dict[str, str]:
    """A file-name stem per region, unique among *regions*: names that :func:`safe_name` maps to
    the same stem (``a b``, ``a_b``, ``a:b``) all get a short hash of the full
    name, so each report has its own file and the names do not depend on the order given."""
    stems = {r: safe_name(r) for r in regions}
    count: dict[str, int] = {}
    for stem in stems.values():
        count[stem] = count.get(stem, 0) + 1
    return {
        r: stem if count[stem] == 1 else f"{stem}~{hashlib.sha1(r.encode()).hexdigest()[:8]}"
        for r, stem in stems.items()
    }


def years_part(years) -> str:
    years = sorted({int(y) for y in (years or [])})
    if not years:
        return "all"
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}-{years[-1]}"


def regions_part(regions: list[str], all_regions: bool) -> str:
    return "all" if all_regions else safe_name("+".join(regions))


# --------------------------------------------------------------------------- planning / validation


@dataclass
class ReportJob:
    notebook: Path
    label: str
    parameters: dict[str, Any]
    html: Path
    ipynb: Path
    title: str


@dataclass
class Known:
    regions: list[str]
    indicators: list[str]
    themes: list[str] = field(default_factory=list)
    #: other names of an anonymised document's region (its doc_id, ``(匿名)<doc_id>``) -> its label
    aliases: dict[str, str] = field(default_factory=dict)
    #: the years each region has data for (documents describing the year, or panel figures)
    years: dict[str, set[int]] = field(default_factory=dict)


class EmptySelection(ParameterError):
    """A requested region and year range has no data (``--allow-empty`` writes the report anyway)."""


def known_values(processed: str | Path) -> Known:
    processed = Path(processed)
    docs_path = processed / "documents.parquet"
    if not docs_path.exists():
        raise GovkitError(f"{docs_path}: not found (run `govkit run` first to build the processed data)")
    docs = read_parquet(docs_path)
    panel_path = processed / "panel.parquet"
    panel = read_parquet(panel_path, columns=["region", "year"]) if panel_path.exists() else None
    years: dict[str, set[int]] = {}
    pairs = [zip(document_regions(docs), docs["year"])] if "year" in docs else []
    if panel is not None:
        pairs.append(zip(panel["region"], panel["year"]))
    for pairs_of in pairs:
        for region, year in pairs_of:
            years.setdefault(str(region), set())
            if pd.notna(year):
                years[str(region)].add(int(year))
    themes: list[str] = []
    att = processed / "attention.parquet"
    if att.exists():
        themes = sorted(read_parquet(att, columns=["theme"])["theme"].dropna().unique())
    return Known(known_regions(docs, panel), sorted(load_catalog()), themes, region_aliases(docs), years)


def _years_text(years: set[int]) -> str:
    return ", ".join(str(y) for y in sorted(years)) or "none"


def empty_selection(known: Known, regions: list[str], span: list[int]) -> str:
    """A one-line description of the requested regions that have no data in *span* ('' if all have some)."""
    lo, hi = (span[0], span[-1]) if span else (1949, 2100)
    empty = [r for r in regions if not any(lo <= y <= hi for y in known.years.get(r, set()))]
    if not empty:
        return ""
    where = f"in {years_part(span)}" if span else "in any year"
    each = "; ".join(f"{r} (years with data: {_years_text(known.years.get(r, set()))})" for r in empty[:10])
    more = f"; and {len(empty) - 10} more" if len(empty) > 10 else ""
    return f"no data {where} for {len(empty)} of {len(regions)} requested region(s): {each}{more}"


def _check(kind: str, given: list[str], known: list[str]) -> None:
    unknown = [g for g in given if g not in known]
    if unknown:
        raise ParameterError(f"unknown {kind}(s): {', '.join(unknown)}; known {kind}s: {', '.join(known) or '(none)'}")


def plan_reports(
    notebook: str | Path,
    regions=None,
    years=None,
    indicators=None,
    themes=None,
    processed: str | Path | None = None,
    out: str | Path | None = None,
    allow_empty: bool = False,
) -> list[ReportJob]:
    """Validate the parameters and list the reports to produce (nothing is run).

    *processed* and *out* default to :func:`govkit.paths.processed_dir` and :func:`govkit.paths.reports_dir`.
    A requested region without data in the year range raises :class:`EmptySelection`; with
    *allow_empty* a warning is printed to stderr and the (empty) reports are planned anyway.
    ``all`` stands for the regions with data in the year range; it fails only if none has any.
    """
    processed = paths.processed_dir(processed)
    out = paths.reports_dir() if out is None else Path(out)
    info = notebook_info(find_notebook(notebook))
    known = known_values(processed)
    # an anonymised document may also be named by its doc_id; duplicates are given once
    regions = list(dict.fromkeys(known.aliases.get(r, r) for r in (regions or ["all"]) if r))
    all_regions = regions == ["all"]
    if all_regions:
        regions = known.regions
    else:
        _check("region", regions, known.regions)
    for y in years or []:
        if not 1949 <= int(y) <= 2100:
            raise ParameterError(f"year {y} out of range (1949-2100)")
    span = sorted({int(y) for y in years or []})
    span = [span[0], span[-1]] if span else []
    if all_regions:  # "all": the regions with data in the span (all of them if none has: that fails below)
        regions = [r for r in regions if not empty_selection(known, [r], span)] or regions
    empty = empty_selection(known, regions, span)
    if empty and not allow_empty:
        raise EmptySelection(f"{empty}; pass --allow-empty to write the report(s) anyway")
    if empty:
        print(f"govkit: warning: {empty}; writing the report(s) anyway (--allow-empty)", file=sys.stderr)
    base: dict[str, Any] = {"processed_dir": str(Path(processed).resolve()), "years": span}
    if indicators:
        _check("indicator", list(indicators), known.indicators)
        if "indicators" not in info.parameters:
            raise ParameterError(
                f"notebook {info.name} takes no indicators (its parameters: {', '.join(info.parameters)})"
            )
        base["indicators"] = list(indicators)
    if themes:
        if not known.themes:
            raise ParameterError(
                f"{Path(processed) / 'attention.parquet'}: not found; run `govkit attention` before choosing themes"
            )
        _check("theme", list(themes), known.themes)
        if "themes" not in info.parameters:
            raise ParameterError(f"notebook {info.name} takes no themes (its parameters: {', '.join(info.parameters)})")
        base["themes"] = list(themes)
    base = {k: v for k, v in base.items() if k in info.parameters}
    check_output_dir(out)  # a file in its place or a read-only directory: one line, before any report runs
    out_dir = Path(out) / info.name
    ypart = years_part(span)
    jobs: list[ReportJob] = []
    if info.mode == "per_region":
        stems = region_stems(regions)
        for r in regions:
            params = {**base, info.region_param: r if info.region_param == "region" else [r]}
            stem = f"{stems[r]}_{ypart}"
            jobs.append(
                ReportJob(
                    info.path, r, params, out_dir / f"{stem}.html", out_dir / f"{stem}.ipynb", f"{info.title} · {r}"
                )
            )
    else:
        # notebooks read an empty region list as "every region"
        params = {**base, info.region_param: [] if all_regions else regions}
        stem = f"{regions_part(regions, all_regions)}_{ypart}"
        label = "all regions" if all_regions else " + ".join(regions)
        jobs.append(
            ReportJob(
                info.path, label, params, out_dir / f"{stem}.html", out_dir / f"{stem}.ipynb", f"{info.title} · {label}"
            )
        )
    return jobs
