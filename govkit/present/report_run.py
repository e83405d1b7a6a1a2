"""Running planned reports: papermill executes each notebook in this interpreter's own kernel,
nbconvert exports it to HTML without code cells, the CJK font embedded (report_fonts).

Each report's executed notebook is kept next to its HTML (``<name>.ipynb``) so a failed report
can be inspected; reports run in parallel (``jobs``; 0 = all cores) with a progress bar, a
failure does not stop the others, and :func:`summarise` says what was written and what failed.
The kernel is always this interpreter's own ipykernel (no global kernelspec needed).
"""

from __future__ import annotations

import copy
import logging
import multiprocessing as mp
import os
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

import ipykernel.kernelspec
import nbformat
import papermill
from jinja2 import DictLoader
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter
from tqdm import tqdm
from traitlets import Unicode, default

from govkit.core.lifeline import die_with_parent
from govkit.core.progress import screen
from govkit.present.report_fonts import embed_font
from govkit.present.report_plan import ReportJob
from govkit.store.tables import write_text_atomic

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

    #: Where the kernel process's own stderr goes ("" = the terminal). Not the cells' output
    #: (that reaches the notebook): what the process itself prints, such as libzmq's
    #: "Assertion failed: pfd.revents & POLLIN" when it aborts while shutting down after the
    #: last cell ran, which printed under a report that succeeded (CI saw it once).
    stderr_path = Unicode("")

    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> CurrentEnvKernelSpecManager:
        return CurrentEnvKernelSpecManager(data_dir=self.data_dir)

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw) -> None:
        if not self.stderr_path:
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        with open(self.stderr_path, "ab") as err:  # the kernel keeps its own descriptor
            await super()._async_launch_kernel(kernel_cmd, **{**kw, "stderr": err})

    async def _async_interrupt_kernel(self) -> None:
        """Interrupt the kernel, except as the first step of shutting it down.

        jupyter_client sends SIGINT before every shutdown request. After papermill has run the
        last cell the kernel is idle, so the signal interrupts nothing of the report; but when it
        lands while the kernel is still answering a message, ipykernel writes "KeyboardInterrupt
        caught in kernel" to the terminal, a false alarm under a report that succeeded. The
        shutdown request alone ends an idle kernel; a kernel that ignores it still gets SIGTERM,
        then SIGKILL (jupyter_client's finish_shutdown). A cell timeout's interrupt is unchanged.
        """
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()


def kernel_manager_class(stderr_path: Path | None = None) -> type[CurrentEnvKernelManager]:
    """An nbclient kernel manager class that starts ``python3`` with *this* interpreter, the
    kernel process's stderr written to *stderr_path* when given (nbclient makes the manager
    itself, so the path travels on the class)."""
    if stderr_path is None:
        return CurrentEnvKernelManager
    # absolute: papermill runs the notebook from its own directory (cwd), a relative path would not be found
    path = str(Path(stderr_path).absolute())
    return type("ReportKernelManager", (CurrentEnvKernelManager,), {"stderr_path": Unicode(path)})


def kernel_log(job: ReportJob) -> Path:
    """Where the kernel process of *job* writes its stderr; kept beside the executed notebook
    when the report fails and has something in it, removed otherwise."""
    return job.ipynb.with_suffix(".kernel.log").absolute()


@dataclass
class ReportResult:
    job: ReportJob
    ok: bool
    seconds: float
    error: str = ""


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
    (:func:`describe_images`); the CJK font subset to the page's text embedded (:func:`embed_font`)."""
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
    return embed_font(body)


def run_one(job: ReportJob, timeout: int = CELL_TIMEOUT) -> ReportResult:
    """Execute one report; never raises (the error is in the result)."""
    t0 = time.perf_counter()
    job.html.parent.mkdir(parents=True, exist_ok=True)
    stderr_log = kernel_log(job)
    stderr_log.unlink(missing_ok=True)
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
            kernel_manager_class=kernel_manager_class(stderr_log),
        )
        nb = nbformat.read(job.ipynb, as_version=4)
        write_text_atomic(job.html, export_html(nb, job.title))
        _make_readable(job.html)
        stderr_log.unlink(missing_ok=True)
        return ReportResult(job, True, time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - one report's failure must not stop the batch
        msg = _error_message(exc)
        log.debug("report %s failed:\n%s", job.html, traceback.format_exc())
        if stderr_log.exists() and stderr_log.stat().st_size == 0:
            stderr_log.unlink()
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
    for r in bad:
        kernel = f"; kernel's stderr: {kernel_log(r.job)}" if kernel_log(r.job).exists() else ""
        lines.append(
            f"  FAILED {r.job.html.name} ({r.job.label}): {r.error} — executed notebook: {r.job.ipynb}{kernel}"
        )
    return "\n".join(lines)
