"""HTML reports: run a parameterised notebook with papermill, export it without code cells.

``govkit report 10_region_profile --regions 会同县 镇巴县 --years 2015 2025`` writes
``reports/10_region_profile/会同县_2015-2025.html`` and ``…/镇巴县_2015-2025.html``.

- Parameters are checked against the processed data *before* anything runs: an unknown
  region, indicator or theme raises :class:`~govkit.core.errors.ParameterError` listing the known ones.
- ``--regions all`` means every region in the data. ``--years`` gives the span covered
  (from the earliest to the latest year given); omitted means all years (file name ``all``).
- Per-region notebooks (``10_region_profile``) produce one report per region; the others one
  report per call, named after the regions joined by ``+`` (``all`` for every region).
- Each report's executed notebook is kept next to its HTML (``<name>.ipynb``) so a failed
  report can be inspected; reports run in parallel (``jobs``; 0 = all cores) with a progress
  bar, a failure does not stop the others, and a summary is printed at the end.
- The kernel is always this interpreter's own ipykernel (no global kernelspec needed).
"""

from __future__ import annotations

import copy
import hashlib
import logging
import multiprocessing as mp
import os
import re
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ipykernel.kernelspec
import nbformat
import pandas as pd
import papermill
from jinja2 import DictLoader
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter
from tqdm import tqdm
from traitlets import default

from govkit import paths
from govkit.analysis.region_labels import region_aliases
from govkit.core.catalog import load_catalog
from govkit.core.errors import GovkitError, ParameterError
from govkit.core.lifeline import die_with_parent
from govkit.core.progress import screen
from govkit.present.processed import document_regions, known_regions
from govkit.store.lock import check_output_dir
from govkit.store.tables import read_parquet, write_text_atomic

log = logging.getLogger(__name__)

KERNEL_NAME = "python3"
CELL_TIMEOUT = 600


# --------------------------------------------------------------------------- kernel


class CurrentEnvKernelSpecManager(KernelSpecManager):
    """Kernelspecs where ``python3`` is always this interpreter's own ipykernel.

    Installed kernelspecs (``~/.local/share/jupyter/kernels/python3`` pointing at another
    Python) are ignored for the ``python3`` name, so reports always run in govkit's venv.
    """

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        if kernel_name == KERNEL_NAME:
            spec = ipykernel.kernelspec.get_kernel_dict()
            # the kernel's own startup warnings (e.g. "running over TCP") are not report errors
            spec["argv"] = [*spec["argv"], "--IPKernelApp.log_level=ERROR"]
            return self.kernel_spec_class(resource_dir=ipykernel.kernelspec.RESOURCES, **spec)
        return super().get_kernel_spec(kernel_name)


class CurrentEnvKernelManager(AsyncKernelManager):
    """The kernel manager papermill and nbclient use for reports (see :class:`CurrentEnvKernelSpecManager`)."""

    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> CurrentEnvKernelSpecManager:
        return CurrentEnvKernelSpecManager(data_dir=self.data_dir)


def kernel_manager_class() -> type[CurrentEnvKernelManager]:
    """An nbclient kernel manager class that starts ``python3`` with *this* interpreter."""
    return CurrentEnvKernelManager


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
class ReportResult:
    job: ReportJob
    ok: bool
    seconds: float
    error: str = ""


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


# --------------------------------------------------------------------------- running


#: The alternative text of an image in a report, before the heading of its section.
CHART_ALT = "图表 chart"
#: Image outputs and the template block that draws each.
_IMAGE_BLOCKS = {"image/png": "data_png", "image/jpeg": "data_jpg", "image/svg+xml": "data_svg"}


def _alt_block(mime: str, block: str) -> str:
    """A block of the lab template whose ``<img>`` carries the output's ``alt`` metadata."""
    alt = f'(output | get_metadata("alt", "{mime}") or "{CHART_ALT}") | escape_html'
    return (
        f"{{%- block {block} scoped -%}}"
        f'{{{{ super() | replace("<img ", "<img alt=\\"" ~ ({alt}) ~ "\\" ", 1) }}}}'
        f"{{%- endblock {block} -%}}"
    )


#: The lab HTML template without MathJax: document text quoted in a report (``$5$``, ``\\(x\\)``)
#: is shown as text, never typeset as mathematics; every image has an alternative text.
_REPORT_TEMPLATE = (
    "{%- extends 'lab/index.html.j2' -%}{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}"
    + "".join(_alt_block(mime, block) for mime, block in _IMAGE_BLOCKS.items())
)


def describe_images(nb) -> None:
    """Give every image output of *nb* an alternative text (for screen readers and for readers
    whose browser shows no image): the heading of the section it is in, e.g. ``图表 chart ·
    Headline economy 经济概况``. An ``alt`` the output already has is kept."""
    heading = ""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            titles = [ln.lstrip("#").strip() for ln in cell.source.splitlines() if ln.startswith("#")]
            heading = next((t for t in reversed(titles) if t), heading)
            continue
        for out in cell.get("outputs", []):
            for mime in _IMAGE_BLOCKS:
                if mime in out.get("data", {}):
                    meta = out.setdefault("metadata", {}).setdefault(mime, {})
                    meta.setdefault("alt", f"{CHART_ALT} · {heading}" if heading else CHART_ALT)


def export_html(nb, title: str) -> str:
    """HTML of an executed notebook without input cells, prompts or MathJax; images described
    (:func:`describe_images`)."""
    nb = copy.deepcopy(nb)
    describe_images(nb)
    exporter = HTMLExporter(
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        extra_loaders=[DictLoader({"govkit_report.html.j2": _REPORT_TEMPLATE})],
        template_file="govkit_report.html.j2",
    )
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def run_one(job: ReportJob, timeout: int = CELL_TIMEOUT) -> ReportResult:
    """Execute one report; never raises (the error is in the result)."""
    t0 = time.perf_counter()
    job.html.parent.mkdir(parents=True, exist_ok=True)
    try:
        papermill.execute_notebook(
            str(job.notebook),
            str(job.ipynb),
            parameters=job.parameters,
            kernel_name=KERNEL_NAME,
            cwd=str(job.notebook.parent),
            progress_bar=False,
            log_output=False,
            execution_timeout=timeout,
            kernel_manager_class=CurrentEnvKernelManager,
        )
        nb = nbformat.read(job.ipynb, as_version=4)
        write_text_atomic(job.html, export_html(nb, job.title))
        _make_readable(job.html)
        return ReportResult(job, True, time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - one report's failure must not stop the batch
        msg = _error_message(exc)
        log.debug("report %s failed:\n%s", job.html, traceback.format_exc())
        return ReportResult(job, False, time.perf_counter() - t0, msg)


def _make_readable(path: Path) -> None:
    """Atomic writes create 0600 temp files; reports are meant to be shared (mode 0644 minus umask)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _error_message(exc: Exception) -> str:
    ename = getattr(exc, "ename", None)
    if ename:  # papermill's PapermillExecutionError
        return f"{ename}: {getattr(exc, 'evalue', '')} (cell {getattr(exc, 'exec_count', '?')})"
    return f"{type(exc).__name__}: {exc}".splitlines()[0]


def execute_jobs(jobs: list[ReportJob], n_jobs: int = 0, progress: bool = False) -> list[ReportResult]:
    """Run *jobs* (in parallel processes when ``n_jobs`` != 1) with a progress bar."""
    n_jobs = n_jobs or os.cpu_count() or 1
    n_jobs = max(1, min(n_jobs, len(jobs)))
    results: list[ReportResult] = []
    bar = tqdm(total=len(jobs), desc="reports", unit="report", disable=not progress, file=sys.stderr, **screen())
    if n_jobs == 1:
        for job in jobs:
            results.append(run_one(job))
            bar.update()
    else:
        with ProcessPoolExecutor(
            max_workers=n_jobs,
            mp_context=mp.get_context("spawn"),
            initializer=die_with_parent,  # no report written on after the run was killed
            initargs=(os.getpid(),),
        ) as pool:
            futures = {pool.submit(run_one, job): i for i, job in enumerate(jobs)}
            by_index: dict[int, ReportResult] = {}
            for fut in as_completed(futures):
                i = futures[fut]
                try:
                    by_index[i] = fut.result()
                except Exception as exc:  # noqa: BLE001 - a crashed worker process
                    by_index[i] = ReportResult(jobs[i], False, 0.0, _error_message(exc))
                bar.update()
            results = [by_index[i] for i in range(len(jobs))]
    bar.close()
    return results


def summarise(results: list[ReportResult], seconds: float) -> str:
    ok = [r for r in results if r.ok]
    bad = [r for r in results if not r.ok]
    lines = [f"reports: {len(ok)} written, {len(bad)} failed in {seconds:.1f}s"]
    lines += [f"  wrote {r.job.html}" for r in ok]
    lines += [f"  FAILED {r.job.html.name} ({r.job.label}): {r.error} — executed notebook: {r.job.ipynb}" for r in bad]
    return "\n".join(lines)


def multi_year_regions(processed: str | Path) -> list[str]:
    """Region labels with reports on two or more years: the regions the main job can compare.

    Years are the documents' years described; a region with one year gets a profile only when
    asked for (``govkit report 10_region_profile --regions …``)."""
    docs = read_parquet(Path(processed) / "documents.parquet", columns=["doc_id", "region", "anonymised", "year"])
    years = docs.assign(label=document_regions(docs)).dropna(subset=["year"]).groupby("label")["year"].nunique()
    return sorted(str(r) for r in years[years >= 2].index)


def main_reports(
    processed: str | Path, out: str | Path, regions: list[str], jobs: int = 0, progress: bool = False
) -> int:
    """The reports of the main job, run as one parallel batch; prints a summary, returns the exit code.

    ``00_corpus_overview`` and ``50_policy_attention`` for every region; ``10_region_profile``
    for each of *regions*; ``20_region_comparison``, ``30_poverty_alleviation`` and
    ``40_ecology`` for *regions* together.
    """
    t0 = time.perf_counter()
    plans: list[ReportJob] = []
    plans += plan_reports("00_corpus_overview", ["all"], processed=processed, out=out)
    plans += plan_reports("10_region_profile", regions, processed=processed, out=out)
    for nb in ("20_region_comparison", "30_poverty_alleviation", "40_ecology"):
        plans += plan_reports(nb, regions, processed=processed, out=out)
    if (Path(processed) / "attention.parquet").exists():
        plans += plan_reports("50_policy_attention", ["all"], processed=processed, out=out)
    results = execute_jobs(plans, jobs, progress)
    print(summarise(results, time.perf_counter() - t0))
    return 0 if all(r.ok for r in results) else 1


def run_reports(
    notebook: str | Path,
    regions=None,
    years=None,
    indicators=None,
    themes=None,
    processed: str | Path | None = None,
    out: str | Path | None = None,
    jobs: int = 0,
    progress: bool = False,
    allow_empty: bool = False,
) -> int:
    """Plan, run and export reports; print a summary. Exit code 0 if all succeeded, else 1.

    Raises :class:`ParameterError` (before running anything) for an unknown notebook,
    region, indicator or theme, and :class:`EmptySelection` for a region without data in the
    year range unless *allow_empty*.
    """
    t0 = time.perf_counter()
    planned = plan_reports(notebook, regions, years, indicators, themes, processed, out, allow_empty)
    results = execute_jobs(planned, jobs, progress)
    print(summarise(results, time.perf_counter() - t0))
    return 0 if all(r.ok for r in results) else 1
