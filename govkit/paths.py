"""Where things are: the one module that knows govkit's directory layout.

A govkit project is a directory laid out as::

    <root>/data/raw/         raw reports (+ MANIFEST.csv); never modified
    <root>/data/processed/   the tables `govkit run` writes; notebooks and reports read them
    <root>/reports/          HTML reports (`govkit report`, `govkit run`)
    <root>/notebooks/        optional: a project's own notebooks (in the source checkout, a link
                             to the packaged ones)

Every function reads the environment when it is called, and returns an absolute path:

1. a directory's own variable wins: ``GOVKIT_RAW``, ``GOVKIT_PROCESSED``, ``GOVKIT_REPORTS``;
2. else ``GOVKIT_HOME`` names the project root;
3. else the project root is the nearest directory, from the working directory upwards, that
   holds ``data/processed`` or ``data/raw``, or a ``pyproject.toml`` of the govkit project (the
   source checkout). So a notebook whose kernel runs in ``notebooks/`` finds ``../data/processed``,
   and ``govkit`` commands run in a subdirectory of a project use the project's directories;
4. else the working directory itself is the root (a new project: ``govkit run`` creates
   ``data/processed`` there).

The numbered notebooks ship inside the package (``govkit/notebooks``, package data), so
``govkit report`` works from an installed wheel as well as from the source checkout.
Errors about a missing directory name the directory looked in and how it was chosen.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from govkit.core.errors import GovkitError

ENV_HOME = "GOVKIT_HOME"
ENV_RAW = "GOVKIT_RAW"
ENV_PROCESSED = "GOVKIT_PROCESSED"
ENV_REPORTS = "GOVKIT_REPORTS"

#: The layout, relative to the project root.
RAW = Path("data", "raw")
PROCESSED = Path("data", "processed")
REPORTS = Path("reports")
NOTEBOOKS = Path("notebooks")

_GOVKIT_PYPROJECT = re.compile(r"""(?m)^\s*name\s*=\s*["']govkit["']""")


@dataclass(frozen=True)
class Location:
    """A directory and how it was chosen (for messages)."""

    path: Path
    how: str


def _env_dir(name: str) -> Path | None:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser().resolve() if value else None


def is_project_root(directory: Path) -> bool:
    """True if *directory* holds ``data/processed`` or ``data/raw``, or is the govkit source checkout."""
    if (directory / PROCESSED).is_dir() or (directory / RAW).is_dir():
        return True
    pyproject = directory / "pyproject.toml"
    try:
        return pyproject.is_file() and bool(_GOVKIT_PYPROJECT.search(pyproject.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return False


def find_project_root(start: str | Path | None = None) -> Path | None:
    """The nearest project root at or above *start* (default: the working directory), or None."""
    here = Path(start).resolve() if start is not None else Path.cwd()
    for directory in (here, *here.parents):
        if is_project_root(directory):
            return directory
    return None


def locate_root(start: str | Path | None = None) -> Location:
    """The project root (``GOVKIT_HOME``, else found from *start*, else *start* itself)."""
    home = _env_dir(ENV_HOME)
    if home is not None:
        return Location(home, f"project root from {ENV_HOME}")
    here = Path(start).resolve() if start is not None else Path.cwd()
    found = find_project_root(here)
    if found is not None:
        return Location(found, f"project root {found} found from {here}")
    return Location(here, f"no project root (data/processed, data/raw or govkit's pyproject.toml) at or above {here}")


def project_root(start: str | Path | None = None) -> Path:
    return locate_root(start).path


def _locate(env: str, relative: Path) -> Location:
    own = _env_dir(env)
    if own is not None:
        return Location(own, f"from {env}")
    root = locate_root()
    return Location(root.path / relative, root.how)


def raw_dir() -> Path:
    """Raw reports: ``$GOVKIT_RAW``, else ``<project root>/data/raw``."""
    return _locate(ENV_RAW, RAW).path


def reports_dir() -> Path:
    """HTML reports: ``$GOVKIT_REPORTS``, else ``<project root>/reports``."""
    return _locate(ENV_REPORTS, REPORTS).path


def locate_processed(given: str | Path | None = None) -> Location:
    """The processed tables: *given* if not None, else ``$GOVKIT_PROCESSED``, else ``<project root>/data/processed``."""
    if given is not None and str(given) != "":
        return Location(Path(given).expanduser().resolve(), "given")
    return _locate(ENV_PROCESSED, PROCESSED)


def processed_dir(given: str | Path | None = None, must_exist: bool = False) -> Path:
    """The processed-tables directory (see :func:`locate_processed`).

    With *must_exist*, a missing directory raises :class:`GovkitError` naming the directory
    looked in and how it was chosen.
    """
    loc = locate_processed(given)
    if must_exist and not loc.path.is_dir():
        raise GovkitError(
            f"{loc.path}: processed data not found ({loc.how}); build it with `govkit run`, "
            f"or set {ENV_PROCESSED} (or {ENV_HOME}) to where it is"
        )
    return loc.path


def packaged_notebooks() -> Path:
    """The numbered notebooks shipped with govkit (``govkit/notebooks``)."""
    return Path(str(resources.files("govkit").joinpath(*NOTEBOOKS.parts)))


def notebook_dirs() -> list[Path]:
    """Where notebooks are looked up by name: the project's ``notebooks/`` first, then the packaged ones."""
    out: list[Path] = []
    for d in (locate_root().path / NOTEBOOKS, packaged_notebooks()):
        if all(d.resolve() != o.resolve() for o in out):
            out.append(d)
    return out
