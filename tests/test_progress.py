"""Progress bars: drawn on a terminal by every stage that can take long, nothing when stderr is not one;
and no library warning in a command's normal output."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import nbformat
import pytest

from govkit.core.progress import bar, steps

ROOT = Path(__file__).resolve().parents[1]

TEXTS = {
    "a_anon.txt": "XX县2022年工作总结\n2022年,全县地区生产总值达到60.1亿元,增长6.0%。\n",
    "b_named.txt": "会同县2021年政府工作报告\n2021年,全县实现地区生产总值92.45亿元,同比增长10.5%。\n",
}


def _govkit(*args: str) -> list[str]:
    return [sys.executable, "-m", "govkit.cli", *args]


def on_tty(cmd: list[str]) -> tuple[int, str, str]:
    """Run *cmd* with its stderr on a pseudo-terminal (as in an interactive shell): exit code,
    stdout, and what the terminal showed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, cwd=ROOT)
    os.close(slave)
    shown: list[bytes] = []

    def pump() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: every writer has closed the terminal
                return
            if not data:
                return
            shown.append(data)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    out, _ = proc.communicate(timeout=900)
    reader.join(30)
    os.close(master)
    return proc.returncode, out.decode(), b"".join(shown).decode(errors="replace")


def piped(cmd: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, stdin=subprocess.DEVNULL, timeout=900)


@pytest.fixture
def raw(tmp_path) -> Path:
    d = tmp_path / "raw"
    d.mkdir()
    for name, text in TEXTS.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def test_disabled_bars_are_the_iterable_itself_and_print_nothing(capsys):
    items = [1, 2, 3]
    assert bar(items, False, "extract", "doc") is items
    with steps(False, "panel", 3) as step:
        step("one")
        step("two")
    assert capsys.readouterr() == ("", "")


def test_stages_draw_bars_on_a_terminal_and_nothing_otherwise(raw, tmp_path):
    code, out, shown = on_tty(_govkit("run", str(raw), "--out", str(tmp_path / "tty"), "--reports", ""))
    assert code == 0, shown
    assert "extract: 2 documents" in out  # the summaries go to stdout either way
    for stage, unit in (("extract", "doc"), ("attention", "doc"), ("panel", "steps")):
        assert f"{stage}: 100%" in shown and unit in shown, (stage, shown)
    code, out, shown = on_tty(_govkit("ingest", str(raw), "--out", str(tmp_path / "tty_ingest")))
    assert code == 0 and "ingest: 100%" in shown, shown
    quiet = piped(_govkit("run", str(raw), "--out", str(tmp_path / "pipe"), "--reports", ""))
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert quiet.stdout.splitlines()[0].startswith("extract: 2 documents")


def _tiny_notebook(path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('processed_dir = "."\nregion = "x"\nyears = []')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# Tiny 小报告"), params, nbformat.v4.new_code_cell("print(region)")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["govkit"] = {"mode": "per_region", "region_param": "region", "title": "Tiny"}
    nbformat.write(nb, path)
    return path


def test_reports_draw_a_bar_on_a_terminal_only(raw, tmp_path):
    processed = tmp_path / "processed"
    assert piped(_govkit("run", str(raw), "--out", str(processed), "--reports", "")).returncode == 0
    nb = str(_tiny_notebook(tmp_path / "99_tiny.ipynb"))
    args = ("--regions", "会同县", "--processed", str(processed), "--jobs", "1")
    code, out, shown = on_tty(_govkit("report", nb, *args, "--out", str(tmp_path / "tty")))
    assert code == 0 and "reports: 1 written" in out and "reports: 100%" in shown, shown
    quiet = piped(_govkit("report", nb, *args, "--out", str(tmp_path / "pipe")))
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_a_report_prints_no_library_warning(raw, tmp_path):
    """One `govkit report` of a real notebook (charts included): its summary and nothing on stderr
    (nbconvert warned about images without alternative text; each chart now has one)."""
    processed = tmp_path / "processed"
    assert piped(_govkit("run", str(raw), "--out", str(processed), "--reports", "")).returncode == 0
    out = tmp_path / "reports"
    r = piped(
        _govkit("report", "10_region_profile", "--regions", "匿名1", "--processed", str(processed), "--out", str(out))
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Warning" not in r.stderr and "WARNING" not in r.stderr and r.stderr == ""
    page = (out / "10_region_profile" / "匿名1_all.html").read_text(encoding="utf-8")
    assert page.count("<img") >= 1 and page.count("<img") == page.count('<img alt="图表 chart · ')


#: A cell that makes the kernel *process* print at exit, as libzmq does when it aborts while the
#: kernel shuts down (written on the descriptor ipykernel keeps of the real stderr, not the cell's).
_PRINTS_AT_EXIT = (
    "import atexit, os, sys\n"
    "_fd = os.dup(getattr(sys.stderr, '_original_stdstream_copy', None) or 2)\n"
    "atexit.register(os.write, _fd, b'Assertion failed: pfd.revents & POLLIN (src/signaler.cpp:238)\\n')"
)


def test_what_a_report_kernel_process_prints_is_kept_off_the_terminal(raw, tmp_path):
    """The kernel process's own stderr (not the cells' output) goes to a log beside the executed
    notebook: removed when the report succeeds, named in the summary when it fails. libzmq's
    "Assertion failed: pfd.revents & POLLIN", printed by a kernel aborting at shutdown after the
    last cell, reached the terminal under a report that succeeded (CI saw it once)."""
    processed = tmp_path / "processed"
    assert piped(_govkit("run", str(raw), "--out", str(processed), "--reports", "")).returncode == 0
    (tmp_path / "nb").mkdir()
    ok = _tiny_notebook(tmp_path / "nb" / "98_ok.ipynb")  # not in the working directory (as in `make report`)
    bad = _tiny_notebook(tmp_path / "nb" / "99_bad.ipynb")
    for path, last in ((ok, "print(region)"), (bad, "raise ValueError('no data')")):
        nb = nbformat.read(path, as_version=4)
        nb.cells[2:] = [nbformat.v4.new_code_cell(_PRINTS_AT_EXIT), nbformat.v4.new_code_cell(last)]
        nbformat.write(nb, path)
    args = ("--regions", "会同县", "--processed", str(processed), "--jobs", "1")
    # --out relative to the working directory, as `make report` passes it (papermill runs the
    # notebook from its own directory: the log's path must not depend on it)
    good = piped(_govkit("report", str(ok), *args, "--out", "ok"), cwd=tmp_path)
    assert good.returncode == 0 and good.stderr == "", good.stdout + good.stderr
    assert [p.name for p in (tmp_path / "ok" / "98_ok").iterdir() if "kernel" in p.name] == []
    failed = piped(_govkit("report", str(bad), *args, "--out", str(tmp_path / "bad")))
    log = tmp_path / "bad" / "99_bad" / "会同县_all.kernel.log"
    assert failed.returncode != 0 and "Assertion failed" not in failed.stderr, failed.stderr
    assert f"kernel's stderr: {log}" in failed.stdout, failed.stdout
    assert "Assertion failed: pfd.revents" in log.read_text(encoding="utf-8")


def test_library_calls_default_to_no_bar() -> None:
    """A library call draws no bar unless asked (the CLI passes ``on_terminal()``)."""
    import inspect

    from govkit.pipeline import runner
    from govkit.present import report

    for fn in (runner.run_all, report.execute_jobs, report.main_reports, report.run_reports):
        assert inspect.signature(fn).parameters["progress"].default is False, fn.__name__


def test_a_report_kernel_is_shut_down_without_an_interrupt():
    """jupyter_client sends SIGINT before each shutdown request; when it lands while the kernel
    answers a message, ipykernel prints "KeyboardInterrupt caught in kernel" under a report that
    succeeded (CI saw it once). The report's kernel manager shuts an idle kernel down with the
    request alone; an interrupt asked for while the kernel runs (a cell timeout) is still a SIGINT."""
    import asyncio
    import signal

    from govkit.present.report_run import CurrentEnvKernelManager

    async def scenario() -> tuple[list[int], list[int], bool]:
        km = CurrentEnvKernelManager()
        await km.start_kernel()
        sent: list[int] = []
        send = km.provisioner.send_signal

        async def recording(signum: int) -> None:
            sent.append(signum)
            await send(signum)

        km.provisioner.send_signal = recording
        await km.interrupt_kernel()
        while_running = list(sent)
        sent.clear()
        await km.shutdown_kernel()
        return while_running, sent, await km.is_alive()

    while_running, at_shutdown, alive = asyncio.run(scenario())
    assert while_running == [signal.SIGINT]
    assert signal.SIGINT not in at_shutdown and not alive
