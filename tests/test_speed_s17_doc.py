"""Session 17, the whole process besides the per-figure rules: what a run costs before its work.

Where the environment turns writing bytecode off (``PYTHONDONTWRITEBYTECODE``) and the source tree
has none (an editable install), every govkit process compiled the source of each module it imports
(about 0.15 s of CPU in the parent, before the workers fork). ``govkit accel build`` (``make``'s
set-up) now writes it: :func:`govkit.accel.byte_compile`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from govkit import accel
from govkit.cli import main
from govkit.store.arrow_columns import arrow_column


def _package(root):
    pkg = root / "pkg"
    (pkg / "sub").mkdir(parents=True)
    for f in (pkg / "__init__.py", pkg / "a.py", pkg / "sub" / "__init__.py", pkg / "sub" / "b.py"):
        f.write_text("X = 1\n", encoding="utf-8")
    return pkg


def test_byte_compile_writes_every_module_even_where_writing_is_turned_off(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    pkg = _package(tmp_path)
    sources = sorted(pkg.rglob("*.py"))
    assert not any(pkg.rglob("*.pyc"))
    assert accel.byte_compile(pkg)
    for src in sources:
        assert Path(importlib.util.cache_from_source(str(src))).is_file(), src


def test_byte_compile_says_false_where_it_cannot_write(tmp_path, monkeypatch):
    pkg = _package(tmp_path)
    monkeypatch.setattr("py_compile.compile", _refuse)
    assert accel.byte_compile(pkg) is False


def _refuse(*args, **kwargs):
    raise PermissionError("read-only")


def test_accel_build_writes_the_bytecode_whether_or_not_it_builds(monkeypatch, capsys):
    compiled = []
    monkeypatch.setattr(accel, "byte_compile", lambda package_dir=accel.PACKAGE_DIR: compiled.append(1) or True)
    monkeypatch.setattr(accel, "status", lambda honour_env=True: accel.Status(True, "compiled"))
    assert main(["accel", "build", "--if-stale"]) == 0
    assert compiled == [1]
    monkeypatch.setattr(accel, "status", lambda honour_env=True: accel.Status(False, "pure Python (no build)"))
    monkeypatch.setattr(accel, "build", _failed_build)
    assert main(["accel", "build"]) == 1
    assert compiled == [1, 1]  # the plain modules run then: all of them as bytecode
    capsys.readouterr()


def _failed_build(verbose=False, if_stale=False):
    raise RuntimeError("mypyc is not installed")


# ---------------------------------------------------------------------------------------------
# The parent writes every text cell of the tables: a text column is encoded at once (joined with a
# NUL between two cells, whose positions give the offsets), not cell by cell, and a column without
# a missing value is not walked in Python for its validity.


class _Walked(list):
    """A list that counts the loops over it (a comprehension, a for, map, str.join …)."""

    walks = 0

    def __iter__(self):
        _Walked.walks += 1
        return super().__iter__()


class _Cell(str):
    """A text cell that counts its own encodings."""

    encoded = 0

    def encode(self, *args, **kwargs):
        _Cell.encoded += 1
        return super().encode(*args, **kwargs)


def test_a_text_column_is_encoded_at_once_and_not_walked_for_missing_values():
    texts = _Walked(_Cell(t) for t in ["亿元", "", "a,b", "x" * 300, "\U0001f600"] * 50)
    _Walked.walks = _Cell.encoded = 0
    got = arrow_column(texts, pa.large_string())
    assert _Cell.encoded == 0  # not cell by cell
    assert _Walked.walks <= 1  # str.join's; no loop over the cells for their validity
    assert got.equals(pa.array([str(t) for t in texts], type=pa.large_string()))


@pytest.mark.parametrize("dtype", [pa.large_string(), pa.string()])
@pytest.mark.parametrize(
    "texts",
    [
        ["a\x00b", "c", "", "\x00"],  # NUL in a cell: each cell encoded on its own
        ["\x00"],
        ["只有一个"],
        [],
        ["", ""],
        ["前", None, "后", None, "\x00"],
        [None, None],
    ],
)
def test_joined_text_columns_are_pyarrow_arrays(texts, dtype):
    got = arrow_column(list(texts), dtype)
    got.validate(full=True)
    assert got.equals(pa.array(texts, type=dtype)) and got.null_count == texts.count(None)
