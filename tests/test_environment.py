"""environment.yml (conda) and pyproject.toml (pip) list the same dependencies."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import tomllib
import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name(req: str) -> str:
    return re.split(r"[<>=!~\[ ;]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pip_reqs = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    conda_reqs = [r for r in pip_section if not r.startswith("-e")]
    assert sorted(map(str.strip, conda_reqs)) == sorted(map(str.strip, pip_reqs))
    assert {_name(r) for r in conda_reqs} == {_name(r) for r in pip_reqs}


def test_jupyterlab_and_the_govkit_kernel_are_installed_in_the_environment():
    """`make report`/`make test` install JupyterLab (lab extra) and register this venv's kernel."""
    bin_dir = Path(sys.executable).parent
    out = subprocess.run([str(bin_dir / "jupyter"), "lab", "--version"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and re.match(r"^\d+\.\d+", out.stdout.strip()), out.stderr
    kernels = subprocess.run(
        [str(bin_dir / "jupyter"), "kernelspec", "list", "--json"], capture_output=True, text=True, timeout=120
    )
    assert "govkit" in kernels.stdout
