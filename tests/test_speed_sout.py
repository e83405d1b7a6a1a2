"""The parent's side of ``govkit extract`` made cheaper with the same bytes (speed round, sout).

Class 1 — CSV writing of :meth:`govkit.store.tables.TableWriter.write_columns`: a text column is
searched once (joined) for cells that start a formula or need quotes, and the rows are joined as
one string per batch instead of going through :func:`csv.writer` row by row. The bytes must be
those of pandas' ``to_csv`` (what :meth:`TableWriter.write` writes), whatever the cells hold:
commas, double quotes, line feeds, carriage returns, tabs, formula starts, empty and missing
cells, a table of one column.
"""

from __future__ import annotations

import csv
import io
import random

import pandas as pd
import pytest

from govkit.store.tables import TableWriter, _csv_column, _csv_lines, pandas_schema

#: Characters that matter to CSV or to the formula check, and some that do not.
_ALPHABET = [",", '"', "\n", "\r", "\t", "=", "+", "-", "@", " ", "'", "\x1f", "\x00", "a", "1", "亿", "，", "元"]


def _cell(rng: random.Random) -> str | None:
    if rng.random() < 0.1:
        return None
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 6)))


def _written(tmp_path, name: str, df: pd.DataFrame, batches: int) -> tuple[bytes, bytes]:
    """(CSV of write(), CSV of write_columns()) for *df* cut into *batches* batches."""
    step = max(1, -(-len(df) // batches))
    a, b = TableWriter(tmp_path, name + "_a"), TableWriter(tmp_path, name + "_b")
    schema = pandas_schema(df)
    for i in range(0, len(df), step):
        part = df.iloc[i : i + step].reset_index(drop=True)
        a.write(part)
        b.write_columns({c: list(part[c].astype(object).where(part[c].notna(), None)) for c in df.columns}, schema)
    a.commit(df.iloc[:0])
    b.commit(df.iloc[:0])
    return (tmp_path / f"{name}_a.csv").read_bytes(), (tmp_path / f"{name}_b.csv").read_bytes()


@pytest.mark.parametrize("seed", range(6))
def test_write_columns_gives_the_bytes_of_pandas_to_csv_for_hostile_text(tmp_path, seed):
    """Random awkward text (commas, quotes, line breaks, formula starts): the same bytes as pandas."""
    rng = random.Random(seed)
    n = rng.randint(1, 40)
    df = pd.DataFrame(
        {
            "text": [_cell(rng) for _ in range(n)],
            "plain": ["正常" + str(i) for i in range(n)],
            "value": [rng.choice([None, -1.5, 2.0, 1e20, 0.1]) for _ in range(n)],
            "flag": [rng.random() < 0.5 for _ in range(n)],
        }
    )
    a, b = _written(tmp_path, "t", df, rng.randint(1, 3))
    assert a == b


@pytest.mark.parametrize("cells", [[""], ["", "a"], ["=1", ""], ['"', ","], ["\r", "\n"], [None, ""]])
def test_write_columns_of_one_column_gives_the_bytes_of_pandas(tmp_path, cells):
    """A row of one empty field is written ``""`` by csv.writer (else it would be a blank line)."""
    a, b = _written(tmp_path, "one", pd.DataFrame({"c": cells}), 1)
    assert a == b


def test_csv_lines_are_csv_writer_lines():
    rng = random.Random(7)
    for _ in range(200):
        cols = [[_cell(rng) or "" for _ in range(5)] for _ in range(rng.randint(1, 3))]
        fields = [_csv_column(c, pandas_schema(pd.DataFrame({"x": ["a"]})).field("x").type) for c in cols]
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(
            zip(*([("'" + v if v.startswith(("=", "+", "-", "@", "\t", "\r")) else v) for v in c] for c in cols))
        )
        assert _csv_lines(fields) == buf.getvalue()


# Class 2 — discovery of the raw files with one directory listing per folder (os.scandir) instead
# of pathlib's rglob, is_file and relative_to per file: the same files, in the same order.


def _discover_by_rglob(raw_dir):
    """The discovery as it was written before (pathlib), the reference."""
    from pathlib import Path

    from govkit.pipeline.corpus import IGNORED_NAMES

    raw_dir = Path(raw_dir)
    files = [
        p
        for p in raw_dir.rglob("*")
        if p.is_file()
        and p.name not in IGNORED_NAMES
        and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
    ]
    return sorted(files, key=lambda p: str(p.relative_to(raw_dir)))


def test_discover_finds_what_rglob_found_in_a_hostile_folder(tmp_path):
    import os

    from govkit.pipeline.corpus import discover

    raw = tmp_path / "raw"
    for rel in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", "a b/e.txt", "a-b.txt", "a/b.txt", "a.b/f.txt",
                ".hidden.txt", ".git/x.txt", "sub/.h/y.txt", "README.md", "sub/MANIFEST.csv", "README.md.d/g.txt",
                "README.txt/h.txt", "z.docx", "中文/报告.txt"]:  # fmt: skip
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_text("x", encoding="utf-8")
    os.mkdir(raw / "empty")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "o.txt").write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "outside", raw / "linked_dir")  # not entered
    os.symlink(raw / "a.txt", raw / "link_to_file.txt")  # a file through a link
    os.symlink(raw / "nowhere.txt", raw / "dangling.txt")
    os.symlink(raw / "loop1", raw / "loop2")
    os.symlink(raw / "loop2", raw / "loop1")
    os.mkfifo(raw / "pipe.txt")
    os.mkdir(raw / "raw_bytes")
    (raw / "raw_bytes" / os.fsdecode(b"\xff\xfe name.txt")).write_text("x", encoding="utf-8")
    got = discover(raw)
    assert got == _discover_by_rglob(raw)
    assert [str(p) for p in got] == [str(p) for p in _discover_by_rglob(raw)]
    assert len(got) == 14
