"""Notebooks: nbval against the committed outputs, papermill with other parameters, no-data reports,
and the processed data found from any working directory.

nbval runs in a subprocess (``pytest --nbval``) on each notebook, with this interpreter's
kernel and ``notebooks/nbval_sanitize.cfg``; the ``processed_dir`` fixture first makes sure
``data/processed`` is built from ``data/raw`` with the current code. The notebooks live in
``govkit/notebooks`` (package data); ``notebooks/`` is a link to them.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from govkit import paths
from govkit.pipeline.runner import run_all
from govkit.present import report as gr
from govkit.present import report_plan as rp
from govkit.present import report_run as rr
from govkit.present.labels import fmt_number

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9]*.ipynb"))
SANITIZE = ROOT / "notebooks" / "nbval_sanitize.cfg"


def run_nbval(path: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:xdist",
        "-p",
        "no:randomly",
        "--nbval",
        "--nbval-current-env",
        "--nbval-sanitize-with",
        str(SANITIZE),
        str(path),
    ]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)


def test_all_notebooks_present():
    assert NOTEBOOKS == [
        "00_corpus_overview",
        "10_region_profile",
        "20_region_comparison",
        "30_poverty_alleviation",
        "40_ecology",
        "50_policy_attention",
    ]
    for name in NOTEBOOKS:
        nb = json.loads((ROOT / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert "parameters" in code[0]["metadata"].get("tags", []), (
            f"{name}: first code cell must be tagged 'parameters'"
        )
        assert all(c["outputs"] for c in code[2:]), f"{name}: committed outputs missing (run `make notebooks`)"
        assert all(c.get("execution_count") for c in code), f"{name}: not fully executed"
        text = json.dumps(nb, ensure_ascii=False)
        assert str(ROOT) not in text and "/tmp/" not in text, f"{name}: an absolute path leaked into the outputs"
        assert '"output_type": "error"' not in text


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_nbval(name, processed_dir):
    res = run_nbval(ROOT / "notebooks" / f"{name}.ipynb")
    assert res.returncode == 0, (
        f"nbval failed for {name} (if the change is intended: make notebooks)\n{res.stdout[-6000:]}\n{res.stderr[-2000:]}"
    )


def test_nbval_catches_a_changed_number(processed_dir, tmp_path):
    """Alter one number in a committed table output of a copy: nbval must fail and show it."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "processed").symlink_to(processed_dir, target_is_directory=True)
    (tmp_path / "notebooks").mkdir()
    src = ROOT / "notebooks" / "10_region_profile.ipynb"
    nb = json.loads(src.read_text(encoding="utf-8"))
    changed = None
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            htm = out.get("data", {}).get("text/html")
            if not htm or changed:
                continue
            text = "".join(htm) if isinstance(htm, list) else htm
            m = re.search(r"<td>(\d[\d,]*\.?\d*)", text)
            if m:
                old = m.group(1)
                new = str(int(old[0]) % 9 + 1) + old[1:]
                text = text[: m.start(1)] + new + text[m.end(1) :]
                out["data"]["text/html"] = text
                changed = (old, new)
    assert changed, "no table cell with a number in 10_region_profile's outputs"
    dst = tmp_path / "notebooks" / src.name
    dst.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")
    res = run_nbval(dst, cwd=tmp_path)
    assert res.returncode != 0, "nbval did not notice a changed number"
    assert "failed" in res.stdout and changed[1] in res.stdout and changed[0] in res.stdout


#: Non-default parameters for every notebook: other regions, a year span, indicators, themes.
OTHER_PARAMETERS = {
    "00_corpus_overview": {"regions": ["会同县", "镇巴县"], "years": [2020, 2021]},
    "10_region_profile": {"regions": ["镇巴县"]},
    "20_region_comparison": {
        "regions": ["会同县", "镇巴县", "大埔县"],
        "indicators": ["gdp", "fai", "forest_coverage"],
    },
    "30_poverty_alleviation": {"regions": ["会同县", "双胜镇"], "years": [2016, 2020]},
    "40_ecology": {"regions": ["镇巴县", "会同县"], "years": [2021, 2025]},
    "50_policy_attention": {"regions": ["武昌区", "汉阳区"], "themes": ["ecology", "growth"]},
}
#: The raw reports of the small project: the regions of OTHER_PARAMETERS.
SMALL_RAW = (
    "huitong_2021_work_report.txt",
    "zhenba_2021_self_assessment.txt",
    "shuangsheng_2021_work_report.txt",
    "dabu_2020.txt",
    "wuchang_2021.txt",
    "hanyang_2017.txt",
)


@pytest.fixture(scope="module")
def small_project(tmp_path_factory, repo_root) -> Path:
    """A project laid out like the repository: data/raw (six reports), data/processed built from them by
    the main job (no reports), and copies of the notebooks in notebooks/ and at the root."""
    root = tmp_path_factory.mktemp("project")
    raw = root / "data" / "raw"
    raw.mkdir(parents=True)
    for name in SMALL_RAW:
        shutil.copy(repo_root / "data" / "raw" / name, raw / name)
    assert run_all(raw, root / "data" / "processed", jobs=1, progress=False) == 0
    shutil.copytree(paths.packaged_notebooks(), root / "notebooks", ignore=shutil.ignore_patterns("*.md", "*.cfg"))
    for nb in (root / "notebooks").glob("*.ipynb"):
        shutil.copy(nb, root / nb.name)
    return root


def test_papermill_with_other_parameters_from_the_root_and_from_notebooks(small_project, tmp_path, monkeypatch):
    """Every notebook with non-default parameters, its kernel running once in the project root and once in
    notebooks/, its ``processed_dir`` left at None: it finds <root>/data/processed itself (govkit.paths).
    Without processed data the error names the directory looked in."""
    assert sorted(OTHER_PARAMETERS) == NOTEBOOKS
    for var in (paths.ENV_HOME, paths.ENV_PROCESSED):
        monkeypatch.delenv(var, raising=False)
    processed = small_project / "data" / "processed"
    jobs = []
    for where in (small_project, small_project / "notebooks"):
        for name, params in OTHER_PARAMETERS.items():
            for job in rp.plan_reports(name, processed=processed, out=tmp_path / where.name, **params):
                del job.parameters["processed_dir"]
                jobs.append(dataclasses.replace(job, notebook=where / job.notebook.name))
    empty = tmp_path / "no_project"
    empty.mkdir()
    shutil.copy(small_project / "00_corpus_overview.ipynb", empty)
    jobs.append(rp.ReportJob(empty / "00_corpus_overview.ipynb", "x", {}, empty / "x.html", empty / "x.ipynb", "x"))
    *results, missing = rr.execute_jobs(jobs, n_jobs=2, progress=False)
    failed = [f"{r.job.notebook}: {r.error}" for r in results if not r.ok]
    assert not failed, failed
    assert not missing.ok and str(empty / "data" / "processed") in missing.error, missing.error
    panel = pd.read_parquet(processed / "panel.parquet")
    for r in results:
        page = r.job.html.read_text(encoding="utf-8")
        name = r.job.notebook.stem
        assert "show(" not in page and "setup_fonts" not in page  # code cells are excluded
        regions = OTHER_PARAMETERS[name]["regions"]
        for region in regions:
            assert html.escape(region) in page
        executed = json.loads(r.job.ipynb.read_text(encoding="utf-8"))
        injected = [c for c in executed["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
        assert injected, f"{name}: papermill injected no parameters"
        assert "processed_dir" not in "".join(injected[0]["source"])
        # the profile of 镇巴县 shows its numbers, not the default region's
        if name == "10_region_profile":
            assert r.job.html.name == "镇巴县_all.html"
            zb = panel[(panel["region"] == "镇巴县") & panel["value"].notna()]
            assert len(zb) > 10 and all(fmt_number(v) in page for v in zb["value"])
            assert "武昌区" not in page
        if name == "30_poverty_alleviation":
            assert r.job.html.name == "会同县+双胜镇_2016-2020.html"


def test_report_for_a_region_without_data_says_so(tmp_path, fact_frame, document_frame, write_processed):
    docs = document_frame(
        [
            {
                "doc_id": "a_2021",
                "region": "甲县",
                "year": 2021,
                "text": "甲县2021年政府工作报告。地区生产总值100亿元。",
            },
            {"doc_id": "b_2021", "region": "乙县", "year": 2021, "text": "乙县2021年工作总结。坚持以人民为中心。"},
        ]
    )
    facts = fact_frame([{"doc_id": "a_2021", "indicator": "gdp", "value": 100.0, "year": 2021}])
    processed = write_processed(docs, facts)
    out = tmp_path / "reports"
    code = gr.run_reports("10_region_profile", regions=["乙县"], processed=processed, out=out, jobs=1, progress=False)
    assert code == 0
    page = (out / "10_region_profile" / "乙县_all.html").read_text(encoding="utf-8")
    assert "没有数据 No data" in page and "乙县" in page
    # a year range without data stops before running (govkit report exits 2) unless allow_empty
    with pytest.raises(rp.EmptySelection, match="no data in 2015-2020 for 2 of 2 requested region"):
        rp.plan_reports("40_ecology", regions=["甲县", "乙县"], years=[2015, 2020], processed=processed, out=out)
    code = gr.run_reports(
        "40_ecology",
        regions=["甲县", "乙县"],
        years=[2015, 2020],
        processed=processed,
        out=out,
        jobs=1,
        progress=False,
        allow_empty=True,
    )
    assert code == 0
    page = (out / "40_ecology" / "甲县+乙县_2015-2020.html").read_text(encoding="utf-8")
    assert "没有数据 No data" in page
