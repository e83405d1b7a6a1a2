"""Compiled build of govkit's hot modules (mypyc), with the plain Python modules as fallback.

The modules in :data:`MODULES` are ordinary typed Python; they run as they are. For speed,

    govkit accel build       # compile them with mypyc into govkit/_compiled/ (and write the
                             # bytecode of the plain modules: byte_compile)
    govkit accel status      # which one runs, and why

compiles the same source files to C extensions (``make report`` and ``make test`` do this).
``govkit/_compiled/manifest.json`` records the sha256 of every source it was built from and
the interpreter it was built for. When :mod:`govkit` is imported, the compiled directory is
put first on the package's search path only if every source file is unchanged since the
build and the interpreter matches; otherwise the Python modules run (the reason is logged at
INFO level). Results are identical either way (``tests/test_accel.py`` compares them); set
``GOVKIT_PURE=1`` to run the Python modules regardless.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: The modules compiled (dotted names under ``govkit``): the per-character and per-sentence work
#: of clean, recognise and extract.
MODULES = (
    "facts.cues",
    "core.regex_gates",
    "facts.numbers",
    "facts.mentions",
    "facts.prefixes",
    "facts.timeframe",
    "facts.subperiods",
    "facts.clauses",
    "facts.frames",
    "facts.attribution",
    "facts.indicator_choice",
    "facts.other_places",
    "facts.sentence_words",
    "facts.projects",
    "facts.pipeline_money",
    "facts.holidays",
    "facts.own_region",
    "facts.blocking",
    "facts.measures",
    "facts.kinds",
    "facts.campaigns",
    "facts.printed_year",
    "facts.asides",
    "facts.report_date",
    "facts.earlier_facts",
    "facts.figure_at",
    "facts.timing_kind",
    "facts.timing_part",
    "facts.timing",
    "facts.spans",
    "facts.figures",
    "facts.fact_record",
    "facts.item_titles",
    "facts.extract",
    "facts.validate",
    "facts.rates",
    "facts.places",
    "facts.table_kinds",
    "facts.table_cells",
    "facts.table_columns",
    "facts.tables",
    "text.textbuffer",
    "text.chars",
    "text.date_forms",
    "text.dates",
    "text.normalise",
    "text.chrome",
    "text.watermarks",
    "text.wraps",
    "text.table_parts",
    "text.table_cell_lines",
    "text.tables",
    "text.clean",
    "text.regions",
    "text.openings",
    "text.report_types",
    "text.title",
    "text.division_mentions",
    "text.subject",
    "text.subject_evidence",
    "text.locate",
    "text.genre_years",
    "text.years",
    "text.recognise",
    "text.segment",
)
PACKAGE_DIR = Path(__file__).resolve().parent
COMPILED_DIR = PACKAGE_DIR / "_compiled"
MANIFEST = "manifest.json"
#: Group name of the shared library mypyc builds (``govkit/_native__mypyc…so``).
GROUP = "govkit._native"
#: The module holding that shared library.
GROUP_MODULE = GROUP + "__mypyc"
#: File-name suffix of this interpreter's extension modules (``.cpython-311-x86_64-linux-gnu.so``).
EXT_SUFFIX: str = sysconfig.get_config_var("EXT_SUFFIX")


@dataclass(frozen=True)
class Status:
    usable: bool  # a complete, current build for this interpreter exists
    reason: str  # one line for people: why the compiled modules run or not


def _abi() -> str:
    return f"{sys.implementation.cache_tag} {EXT_SUFFIX}"


def source_file(module: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """``facts.extract`` -> ``<package_dir>/facts/extract.py``."""
    return package_dir.joinpath(*module.split(".")).with_suffix(".py")


def compiled_file(module: str, compiled_dir: Path = COMPILED_DIR) -> Path:
    """``facts.extract`` -> ``<compiled_dir>/facts/extract<EXT_SUFFIX>``."""
    *parents, name = module.split(".")
    return compiled_dir.joinpath(*parents, name + EXT_SUFFIX)


def source_digests(package_dir: Path = PACKAGE_DIR) -> dict[str, str]:
    """sha256 of each compiled module's source file."""
    return {m: hashlib.sha256(source_file(m, package_dir).read_bytes()).hexdigest() for m in MODULES}


def write_manifest(compiled_dir: Path, sources: dict[str, str], mypy_version: str) -> None:
    """What :func:`status` checks a build against: the sources' digests and this interpreter."""
    manifest = {"abi": _abi(), "mypy": mypy_version, "modules": list(MODULES), "sources": sources}
    (compiled_dir / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def status(compiled_dir: Path = COMPILED_DIR, package_dir: Path = PACKAGE_DIR, honour_env: bool = True) -> Status:
    """Whether the compiled build in *compiled_dir* may run for the sources in *package_dir*."""
    if honour_env and os.environ.get("GOVKIT_PURE"):
        return Status(False, "pure Python (GOVKIT_PURE is set)")
    path = compiled_dir / MANIFEST
    if not path.exists():
        return Status(False, "pure Python (not compiled; run `govkit accel build`)")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        built = manifest["sources"]
        abi = manifest["abi"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return Status(False, f"pure Python ({path}: unreadable manifest: {exc})")
    if abi != _abi():
        return Status(False, f"pure Python (compiled for {abi}, this interpreter is {_abi()})")
    current = source_digests(package_dir)
    changed = sorted(m for m in MODULES if built.get(m) != current[m])
    if changed:
        names = ", ".join(str(source_file(m, Path())) for m in changed)
        return Status(
            False,
            f"pure Python (stale compiled build: {names} changed since it was built; "
            "rebuild with `govkit accel build`)",
        )
    missing = [m for m in MODULES if not compiled_file(m, compiled_dir).exists()]
    if missing:
        return Status(False, f"pure Python (compiled build incomplete: {', '.join(missing)} missing)")
    return Status(True, f"compiled ({len(MODULES)} modules, mypyc {manifest.get('mypy', '?')})")


class _CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds ``govkit.<module>`` in the compiled build for the modules of :data:`MODULES`."""

    def __init__(self, compiled_dir: Path):
        self.files = {f"govkit.{m}": compiled_file(m, compiled_dir) for m in MODULES}
        self.files[GROUP_MODULE] = compiled_dir / ("_native__mypyc" + EXT_SUFFIX)

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        f = self.files.get(fullname)
        return importlib.util.spec_from_file_location(fullname, f) if f is not None else None


def activate() -> Status:
    """Have ``import govkit.<module>`` load the compiled modules if the build is usable."""
    st = status()
    if st.usable and not any(isinstance(f, _CompiledFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _CompiledFinder(COMPILED_DIR))
    # Logged, not warned: results are the same either way, and a warning would show up in every
    # notebook's output after an edit (`govkit accel status` and the benchmarks say which runs).
    logging.getLogger("govkit").info("govkit modules: %s", st.reason)
    return st


def is_compiled(module_name: str) -> bool:
    """Whether an imported govkit module is the compiled one."""
    mod = sys.modules.get(module_name)
    return bool(mod is not None and str(getattr(mod, "__file__", "")).endswith(EXT_SUFFIX))


def byte_compile(package_dir: Path = PACKAGE_DIR) -> bool:
    """Write the bytecode of every Python module of the package (``__pycache__``, as ``pip install``
    does for an installed package); False if some could not be written (a read-only tree).

    An editable install has none until a run writes it, and where the environment turns writing
    off (``PYTHONDONTWRITEBYTECODE``, common in containers and CI) no run ever does: every govkit
    process then compiles the source of each module it imports, about 0.15 s of CPU (plain
    modules) before any work, in the parent of a run before its workers start. Python checks each
    file against its source on import, so bytecode left by an older source is never used."""
    import compileall  # only here: every govkit process imports this module, few build

    try:
        return bool(compileall.compile_dir(str(package_dir), quiet=2))
    except OSError:
        return False


_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
sources, group, lib, tmp, c_dir = sys.argv[1:6]
setup(name="govkit-compiled", py_modules=[],
      ext_modules=mypycify(["--ignore-missing-imports", "--follow-imports=silent", *sources.split(",")],
                           group_name=group, target_dir=c_dir, opt_level="3"),
      script_args=["build_ext", "--build-lib", lib, "--build-temp", tmp])
"""


def build(verbose: bool = False, if_stale: bool = False) -> Status:
    """Compile :data:`MODULES` with mypyc into :data:`COMPILED_DIR` (replaced atomically)."""
    current = status(honour_env=False)
    if if_stale and current.usable:
        return current
    try:
        import mypyc  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("mypyc is not installed (pip install mypy); the Python modules will run") from exc
    digests = source_digests()  # before compiling: an edit made meanwhile shows up as stale
    work = Path(tempfile.mkdtemp(prefix="govkit-accel-"))
    staging: Path | None = None
    try:
        sources = ",".join(str(source_file(m)) for m in MODULES)
        cmd = [sys.executable, "-c", _SETUP, sources, GROUP, str(work / "lib"), str(work / "tmp"), str(work / "c")]
        proc = subprocess.run(cmd, cwd=work, capture_output=not verbose, text=True)
        if proc.returncode != 0:
            tail = "\n".join(((proc.stdout or "") + (proc.stderr or "")).strip().splitlines()[-15:])
            raise RuntimeError(f"mypyc build failed (exit {proc.returncode}):\n{tail}")
        lib = work / "lib" / "govkit"
        staging = Path(tempfile.mkdtemp(prefix="_compiled.", dir=PACKAGE_DIR))
        staging.chmod(0o755)  # mkdtemp makes it private; the package directory is not
        for so in sorted(lib.rglob("*" + EXT_SUFFIX)):
            target = staging / so.relative_to(lib)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(so, target)
        import mypy.version

        write_manifest(staging, digests, mypy.version.__version__)
        old = PACKAGE_DIR / f"_compiled.old.{os.getpid()}"
        if COMPILED_DIR.exists():
            COMPILED_DIR.rename(old)
        staging.rename(COMPILED_DIR)
        staging = None
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if staging is not None:  # failed before the swap: the previous build stays as it was
            shutil.rmtree(staging, ignore_errors=True)
    return status(honour_env=False)
