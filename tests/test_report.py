"""`govkit report`: parameter validation, file names, parallel batches with failures, HTML escaping."""

from __future__ import annotations

import json
import subprocess
import sys

import nbformat
import pytest

from govkit.cli import main
from govkit.core.errors import ParameterError
from govkit.present import report as gr
from govkit.present import report_plan as rp


@pytest.fixture
def small_processed(fact_frame, document_frame, write_processed):
    docs = document_frame(
        [
            {"doc_id": "a_2020", "region": "会同县", "adcode": "431225", "report_date": "2021-01-10", "year": 2020},
            {"doc_id": "a_2021", "region": "会同县", "adcode": "431225", "report_date": "2022-01-10", "year": 2021},
            {"doc_id": "b_2021", "region": "镇巴县", "report_date": "2021-12-27", "year": 2021},
            {"doc_id": "x_2022", "region": "", "anonymised": True, "year": 2022},
        ]
    )
    facts = fact_frame(
        [
            {"doc_id": "a_2020", "indicator": "gdp", "value": 90.0, "year": 2020},
            {
                "doc_id": "a_2021",
                "indicator": "gdp",
                "value": 97.5,
                "year": 2021,
                "evidence": "全年地区生产总值97.5亿元<script>alert(1)</script>&nbsp;<b>粗体</b>",
            },
            {"doc_id": "b_2021", "indicator": "gdp", "value": 92.45, "year": 2021, "kind": "estimate"},
            {"doc_id": "x_2022", "indicator": "forest_coverage", "value": 70.0, "year": 2022},
        ]
    )
    return write_processed(docs, facts)


def test_unknown_region_fails_at_once_listing_known_ones(small_processed, tmp_path):
    with pytest.raises(ParameterError) as e:
        gr.run_reports("10_region_profile", regions=["会同县", "火星县"], processed=small_processed, out=tmp_path / "r")
    msg = str(e.value)
    assert "火星县" in msg and "会同县" in msg and "镇巴县" in msg and "匿名1" in msg
    assert not (tmp_path / "r").exists()  # nothing ran, not even the valid region


def test_unknown_indicator_notebook_and_theme(small_processed, tmp_path):
    with pytest.raises(ParameterError, match=r"unknown indicator.*gpd.*known indicators: .*\bgdp\b"):
        rp.plan_reports(
            "20_region_comparison", regions=["会同县"], indicators=["gpd"], processed=small_processed, out=tmp_path
        )
    with pytest.raises(ParameterError, match=r"unknown notebook 'nope'.*10_region_profile"):
        rp.plan_reports("nope", processed=small_processed, out=tmp_path)
    with pytest.raises(ParameterError, match="takes no indicators"):
        rp.plan_reports(
            "10_region_profile", regions=["会同县"], indicators=["gdp"], processed=small_processed, out=tmp_path
        )
    with pytest.raises(ParameterError, match="attention.parquet"):
        rp.plan_reports("50_policy_attention", themes=["ecology"], processed=small_processed, out=tmp_path)


def test_cli_reports_parameter_errors_in_one_line(small_processed, tmp_path, capsys):
    code = main(
        [
            "report",
            "10_region_profile",
            "--regions",
            "火星县",
            "--processed",
            str(small_processed),
            "--out",
            str(tmp_path / "r"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("govkit: unknown region(s): 火星县; known regions:") and err.count("\n") == 1


def test_file_names(small_processed, tmp_path):
    jobs = rp.plan_reports(
        "10_region_profile", regions=["all"], years=[2025, 2015, 2020], processed=small_processed, out=tmp_path
    )
    names = [j.html.relative_to(tmp_path).as_posix() for j in jobs]
    assert names == [
        "10_region_profile/会同县_2015-2025.html",
        "10_region_profile/匿名1_2015-2025.html",
        "10_region_profile/镇巴县_2015-2025.html",
    ]
    assert jobs[0].parameters["region"] == "会同县" and jobs[0].parameters["years"] == [2015, 2025]
    assert jobs[0].ipynb == jobs[0].html.with_suffix(".ipynb")
    [cmp] = rp.plan_reports(
        "20_region_comparison", regions=["会同县", "镇巴县"], years=[2021], processed=small_processed, out=tmp_path
    )
    assert cmp.html.relative_to(tmp_path).as_posix() == "20_region_comparison/会同县+镇巴县_2021.html"
    assert cmp.parameters["regions"] == ["会同县", "镇巴县"]
    [everyone] = rp.plan_reports("40_ecology", processed=small_processed, out=tmp_path)
    assert everyone.html.name == "all_all.html" and everyone.parameters["regions"] == []
    assert rp.safe_name("a/b\\c:d*?") == "a_b_c_d" and rp.safe_name("..") == "_"
    long = rp.safe_name("+".join(["某某自治县"] * 40))
    assert len(long.encode()) <= 150 and long.startswith("某某自治县+") and "~" in long


def _tiny_notebook(path):
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('processed_dir = "."\nregion = "x"\nyears = []')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Tiny 小报告"),
        params,
        nbformat.v4.new_code_cell(
            'import sys\nif region == "镇巴县":\n    raise ValueError("boom " + region)\nprint(region, sys.executable)'
        ),
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["govkit"] = {"mode": "per_region", "region_param": "region", "title": "Tiny"}
    nbformat.write(nb, path)
    return path


def test_batch_runs_in_parallel_and_survives_a_failure(small_processed, tmp_path, capsys):
    nb = _tiny_notebook(tmp_path / "99_tiny.ipynb")
    out = tmp_path / "reports"
    code = gr.run_reports(str(nb), regions=["all"], processed=small_processed, out=out, jobs=2, progress=False)
    summary = capsys.readouterr().out
    assert code == 1
    assert "reports: 2 written, 1 failed" in summary
    assert "FAILED 镇巴县_all.html" in summary and "ValueError: boom 镇巴县" in summary
    ok = out / "99_tiny" / "会同县_all.html"
    assert ok.exists() and (out / "99_tiny" / "匿名1_all.html").exists()
    assert not (out / "99_tiny" / "镇巴县_all.html").exists()
    assert (out / "99_tiny" / "镇巴县_all.ipynb").exists()  # kept for inspection
    # the kernel is this interpreter (the venv's), whatever kernelspecs the machine has
    executed = nbformat.read(out / "99_tiny" / "会同县_all.ipynb", as_version=4)
    assert executed.cells[-1].outputs[0].text.strip() == f"会同县 {sys.executable}"
    assert "sys.executable" not in ok.read_text(encoding="utf-8")  # no code in the HTML
    assert oct(ok.stat().st_mode & 0o777) != oct(0o600)


def test_document_text_is_escaped_in_reports(small_processed, tmp_path):
    out = tmp_path / "reports"
    code = gr.run_reports(
        "10_region_profile",
        regions=["会同县"],
        years=[2020, 2021],
        processed=small_processed,
        out=out,
        jobs=1,
        progress=False,
    )
    assert code == 0
    page = (out / "10_region_profile" / "会同县_2020-2021.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page and "<b>粗体</b>" not in page
    assert "&amp;nbsp;&lt;b&gt;粗体&lt;/b&gt;" in page
    assert "97.5" in page and "90" in page
    executed = json.loads((out / "10_region_profile" / "会同县_2020-2021.ipynb").read_text(encoding="utf-8"))
    assert not any(o.get("output_type") == "error" for c in executed["cells"] for o in c.get("outputs", []))


def test_all_regions_means_those_with_data_in_the_years(small_processed, tmp_path):
    """`--regions all --years 2020` plans the regions with data in 2020 (only 会同县 here), not every
    known region; it fails only if no region has data; named regions still fail when one is empty."""
    jobs = rp.plan_reports("10_region_profile", regions=["all"], years=[2020], processed=small_processed, out=tmp_path)
    assert [j.parameters["region"] for j in jobs] == ["会同县"]
    jobs = rp.plan_reports("10_region_profile", regions=["all"], years=[2021], processed=small_processed, out=tmp_path)
    assert [j.parameters["region"] for j in jobs] == ["会同县", "镇巴县"]
    [cmp] = rp.plan_reports(
        "20_region_comparison", regions=["all"], years=[2022], processed=small_processed, out=tmp_path
    )
    assert cmp.label == "all regions"  # one report over every region (an empty list): planned, not refused
    with pytest.raises(rp.EmptySelection, match="no data in 2010 for 3 of 3 requested"):
        rp.plan_reports("10_region_profile", regions=["all"], years=[2010], processed=small_processed, out=tmp_path)
    with pytest.raises(rp.EmptySelection, match="for 1 of 2 requested region"):
        rp.plan_reports(
            "10_region_profile", regions=["会同县", "镇巴县"], years=[2020], processed=small_processed, out=tmp_path
        )


def test_cli_region_and_years_without_data_warn_and_fail_unless_allow_empty(small_processed, tmp_path):
    """`govkit report` for a region and year range without data: one clear line, exit 2, nothing
    written; with --allow-empty the same warning and the report is written."""
    out = tmp_path / "r"
    args = ["report", "10_region_profile", "--regions", "会同县", "镇巴县", "--years", "2010", "2012"]
    args += ["--processed", str(small_processed), "--out", str(out), "--jobs", "1"]
    run = subprocess.run([sys.executable, "-m", "govkit.cli", *args], capture_output=True, text=True, check=False)
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1 and "no data in 2010-2012 for 2 of 2 requested region(s)" in run.stderr
    assert "会同县 (years with data: 2020, 2021)" in run.stderr and "--allow-empty" in run.stderr
    assert not out.exists()
    # a range that covers one region's data but not the other's fails too, naming only the empty one
    run = subprocess.run(
        [sys.executable, "-m", "govkit.cli", *args[:6], "2020", "2020", *args[8:]],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2 and "for 1 of 2 requested region(s): 镇巴县 (years with data: 2021)" in run.stderr
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "govkit.cli",
            *args[:2],
            "--regions",
            "会同县",
            "--years",
            "2010",
            *args[8:],
            "--allow-empty",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "govkit: warning: no data in 2010 for 1 of 1 requested region(s)" in run.stderr
    assert (out / "10_region_profile" / "会同县_2010.html").exists()
