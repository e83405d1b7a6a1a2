"""govkit.paths: environment variables, the project root found from the working directory, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkit import paths
from govkit.core.errors import GovkitError


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    for var in (paths.ENV_HOME, paths.ENV_RAW, paths.ENV_PROCESSED, paths.ENV_REPORTS):
        monkeypatch.delenv(var, raising=False)


def test_the_root_is_found_from_a_subdirectory(tmp_path, monkeypatch):
    (tmp_path / "data" / "processed").mkdir(parents=True)
    deep = tmp_path / "notebooks" / "mine"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert paths.project_root() == tmp_path
    assert paths.processed_dir(must_exist=True) == tmp_path / "data" / "processed"
    assert paths.raw_dir() == tmp_path / "data" / "raw"
    assert paths.reports_dir() == tmp_path / "reports"
    assert paths.notebook_dirs()[0] == tmp_path / "notebooks"


def test_markers_raw_data_and_the_govkit_pyproject(tmp_path):
    (tmp_path / "a" / "data" / "raw").mkdir(parents=True)
    assert paths.find_project_root(tmp_path / "a") == tmp_path / "a"
    (tmp_path / "b" / "sub").mkdir(parents=True)
    (tmp_path / "b" / "pyproject.toml").write_text('[project]\nname = "govkit"\n', encoding="utf-8")
    assert paths.find_project_root(tmp_path / "b" / "sub") == tmp_path / "b"
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    assert not paths.is_project_root(tmp_path / "c")


def test_the_repository_is_a_project_root(repo_root):
    assert paths.find_project_root(repo_root / "notebooks") == repo_root
    assert paths.find_project_root(repo_root / "govkit" / "present") == repo_root


def test_environment_variables_override(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "home"))
    assert paths.processed_dir() == tmp_path / "home" / "data" / "processed"
    monkeypatch.setenv(paths.ENV_PROCESSED, str(tmp_path / "elsewhere"))
    assert paths.processed_dir() == tmp_path / "elsewhere"
    assert paths.processed_dir(tmp_path / "given") == tmp_path / "given"
    assert paths.raw_dir() == tmp_path / "home" / "data" / "raw"


def test_without_a_project_the_working_directory_is_the_root(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert paths.project_root() == tmp_path  # nothing above /tmp/... holds a project


def test_a_missing_processed_dir_names_the_directory_looked_in(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(GovkitError) as e:
        paths.processed_dir(must_exist=True)
    assert str(tmp_path / "data" / "processed") in str(e.value) and paths.ENV_PROCESSED in str(e.value)
    monkeypatch.setenv(paths.ENV_PROCESSED, str(tmp_path / "nowhere"))
    with pytest.raises(GovkitError, match=f"{tmp_path / 'nowhere'}: processed data not found \\(from GOVKIT_PROCESSED"):
        paths.processed_dir(must_exist=True)


def test_the_notebooks_ship_in_the_package():
    packaged = paths.packaged_notebooks()
    assert packaged.parent == Path(paths.__file__).parent
    assert len(list(packaged.glob("[0-9]*.ipynb"))) == 6
