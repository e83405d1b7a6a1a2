"""The compiled build (govkit.accel): when it runs, when it must not, and that it changes nothing."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import govkit
from govkit import accel

ROOT = Path(__file__).resolve().parents[1]
SUFFIX = accel.EXT_SUFFIX


def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A package dir holding the compiled modules' sources and a matching compiled dir."""
    pkg, comp = tmp_path / "pkg", tmp_path / "comp"
    pkg.mkdir()
    comp.mkdir()
    for m in accel.MODULES:
        src, so = accel.source_file(m, pkg), accel.compiled_file(m, comp)
        src.parent.mkdir(parents=True, exist_ok=True)
        so.parent.mkdir(parents=True, exist_ok=True)
        src.write_text(f"# {m}\n", encoding="utf-8")
        so.write_bytes(b"")
    accel.write_manifest(comp, accel.source_digests(pkg), "x")
    return pkg, comp


def test_a_current_build_is_usable(tmp_path):
    pkg, comp = _fake_build(tmp_path)
    st = accel.status(comp, pkg, honour_env=False)
    assert st.usable and st.reason.startswith("compiled")


def test_an_edited_source_makes_the_build_stale_and_names_the_file(tmp_path):
    pkg, comp = _fake_build(tmp_path)
    accel.source_file("facts.extract", pkg).write_text("# edited\n", encoding="utf-8")
    st = accel.status(comp, pkg, honour_env=False)
    assert not st.usable
    assert "stale" in st.reason and "extract.py" in st.reason and "numbers.py" not in st.reason


def test_missing_manifest_other_interpreter_and_missing_module_are_not_usable(tmp_path):
    pkg, comp = _fake_build(tmp_path)
    accel.compiled_file("facts.numbers", comp).unlink()
    st = accel.status(comp, pkg, honour_env=False)
    assert not st.usable and "numbers" in st.reason
    manifest = json.loads((comp / accel.MANIFEST).read_text(encoding="utf-8"))
    manifest["abi"] = "cpython-99 .cpython-99-x.so"
    (comp / accel.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert "cpython-99" in accel.status(comp, pkg, honour_env=False).reason
    (comp / accel.MANIFEST).write_text("{not json", encoding="utf-8")
    assert "unreadable" in accel.status(comp, pkg, honour_env=False).reason
    (comp / accel.MANIFEST).unlink()
    assert "not compiled" in accel.status(comp, pkg, honour_env=False).reason


def test_govkit_pure_forces_the_python_modules():
    env = {**os.environ, "GOVKIT_PURE": "1"}
    code = "import govkit, govkit.facts.extract as e; print(govkit.ACCEL.usable, e.__file__.endswith('.py'))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def _toolchain() -> bool:
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return False
    return bool(shutil.which("cc") or shutil.which("gcc"))


@pytest.mark.skipif(bool(os.environ.get("GOVKIT_PURE")), reason="GOVKIT_PURE is set")
@pytest.mark.skipif(not _toolchain(), reason="no C compiler or mypyc: the Python modules run")
def test_the_compiled_modules_run_where_they_can_be_built():
    # `make test` builds them first; a type error in a compiled module fails the build, and this.
    assert govkit.ACCEL.usable, govkit.ACCEL.reason
    importlib.import_module("govkit.text.clean")
    importlib.import_module("govkit.facts.extract")
    assert accel.is_compiled("govkit.facts.extract") and accel.is_compiled("govkit.text.clean")


@pytest.mark.skipif(not accel.status().usable, reason="no compiled build to compare")
def test_compiled_and_python_modules_give_identical_output(tmp_path, shared_corpus):
    """Documents (text, offsets, metadata) and facts of the seeds and dev reports, both ways."""
    snap = tmp_path / "pure.jsonl"
    dirs = [str(shared_corpus("seeds")), str(shared_corpus("dev"))]
    tool = str(ROOT / "tools" / "snapshot.py")
    env = {k: v for k, v in os.environ.items() if k != "GOVKIT_PURE"}
    subprocess.run(
        [sys.executable, tool, "save", str(snap), *dirs],
        env={**env, "GOVKIT_PURE": "1"},
        check=True,
        capture_output=True,
    )
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import govkit, runpy, sys; assert govkit.ACCEL.usable; "
            f"sys.argv = {[tool, 'check', str(snap), *dirs]!r}; runpy.run_path({tool!r}, run_name='__main__')",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "25 documents checked, 0 differ" in check.stdout
