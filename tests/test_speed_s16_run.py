"""The process around the per-document work of ``govkit extract`` made cheaper with the same bytes
(speed round s16, helper s1).

Class 2 — the pool's chunks: few and large while much is left (each chunk costs a worker a few ms
besides its documents), cut in proportion to what is left near the end of a run whose size is
known, so that the last chunks hold one document and no core waits long alone. A count of the
chunks sent, and the same outcomes in order.

Class 1 — no pandas in ``govkit extract``: the tables are written from lists with Arrow alone.
The Arrow schema pandas would give each table is built from its column dtypes
(:func:`govkit.store.arrow_schema.built_schema`), the arrays from their buffers
(:func:`govkit.store.arrow_columns.arrow_column`: :func:`pyarrow.array` imports pandas), and
``failures.csv`` with the CSV fields of :mod:`govkit.store.tables`. Each must equal what pandas
gives (schema and metadata bytes, array values and validity, CSV bytes), and the command must not
import pandas or pandera.
"""

from __future__ import annotations

import math
import random
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pytest

from govkit.facts.schema import FACT_TABLE_DTYPES, empty_facts, type_facts
from govkit.pipeline import pool
from govkit.pipeline.budget import Budget
from govkit.pipeline.corpus import DOCUMENT_DTYPES, document_from_text, with_region_label
from govkit.pipeline.documents import documents_batch, fact_schema, write_failures
from govkit.pipeline.stage import StageConfig
from govkit.pipeline.summary import Failure
from govkit.store.arrow_columns import arrow_column
from govkit.store.arrow_schema import built_schema, frame_schema, pandas_version
from govkit.store.tables import write_csv

REPORT = "会同县2021年政府工作报告\n2021年,全县实现地区生产总值92.45亿元,同比增长10.5%。\n"


def _no_frame() -> pd.DataFrame:
    raise AssertionError("the frame was asked for although the schema could be built")


def test_the_fact_schema_is_the_typed_frames_with_its_pandas_metadata():
    want = pa.Schema.from_pandas(type_facts(empty_facts()), preserve_index=False)
    assert fact_schema().equals(want, check_metadata=True)
    assert fact_schema().metadata == want.metadata  # the bytes the Parquet file carries
    assert frame_schema(FACT_TABLE_DTYPES, _no_frame).metadata == want.metadata


@pytest.mark.parametrize("anonymised", [False, True])
def test_the_documents_schema_is_that_of_a_frame_of_real_rows(anonymised):
    doc = document_from_text(REPORT.replace("会同县", "某县") if anonymised else REPORT, "d1")
    row = with_region_label(doc.to_record(), "匿名1" if anonymised else "会同县")
    want = pa.Schema.from_pandas(documents_batch([row]), preserve_index=False)
    got = frame_schema(DOCUMENT_DTYPES, _no_frame)
    assert got.equals(want, check_metadata=True) and got.metadata == want.metadata


def test_a_pandas_of_another_major_version_is_asked_for_the_schema(monkeypatch):
    from govkit.store import arrow_schema

    frame = pd.DataFrame({"a": ["x"], "n": pd.array([1], dtype="Int64")})
    monkeypatch.setattr(arrow_schema, "pandas_version", lambda: "2.2.3")
    assert frame_schema({"a": "str", "n": "Int64"}, lambda: frame) == pa.Schema.from_pandas(frame, preserve_index=False)
    monkeypatch.setattr(arrow_schema, "pandas_version", lambda: None)
    assert frame_schema({"a": "str"}, lambda: frame).names == ["a", "n"]


def test_built_schema_names_the_installed_versions():
    meta = built_schema({"x": "str"}, "3.9.9").metadata[b"pandas"].decode()
    assert '"pandas_version": "3.9.9"' in meta and f'"version": "{pa.__version__}"' in meta
    assert pandas_version() == pd.__version__


_TEXT = ["", "a", "亿元", "é\n\"'", "=1+2", "x" * 300, "\x00", "\U0001f600"]


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize(
    "dtype, pick",
    [
        (pa.large_string(), lambda r: r.choice(_TEXT)),
        (pa.string(), lambda r: r.choice(_TEXT)),
        (pa.int64(), lambda r: r.choice([0, -1, 2021, 2**62, -(2**63)])),
        (pa.float64(), lambda r: r.choice([0.0, -1.5, 1e300, math.nan, math.inf, 3])),
        (pa.bool_(), lambda r: r.random() < 0.5),
    ],
)
def test_arrow_column_is_pyarrow_array(seed, dtype, pick):
    rng = random.Random(seed)
    for n in (0, 1, 7, 8, 9, 64, 100):
        values = [None if rng.random() < 0.2 * (seed % 3) else pick(rng) for _ in range(n)]
        got, want = arrow_column(values, dtype), pa.array(values, type=dtype)
        got.validate(full=True)
        assert got.type == want.type and got.null_count == want.null_count
        assert got.equals(want) or (dtype == pa.float64() and _same_floats(got, want))


def _same_floats(a: pa.Array, b: pa.Array) -> bool:
    """Equal with NaN equal to NaN (Array.equals holds NaN unequal to itself)."""
    same = lambda x, y: x == y or (x is not None and y is not None and math.isnan(x) and math.isnan(y))  # noqa: E731
    return all(same(x, y) for x, y in zip(a.to_pylist(), b.to_pylist()))


def test_arrow_column_of_another_type_is_pyarrow_array():
    assert arrow_column([1, None, 3], pa.int32()).equals(pa.array([1, None, 3], type=pa.int32()))


@pytest.mark.parametrize("seed", range(4))
def test_failures_csv_is_the_bytes_pandas_writes(tmp_path, seed):
    rng = random.Random(seed)
    cells = ["a.txt", "目录/报告 1.txt", "-x.txt", "=cmd", 'q"uote,comma', "line\nfeed", "\t", ""]
    failures = [Failure(rng.choice(cells), rng.choice(cells)) for _ in range(rng.randint(0, 6))]
    got = write_failures(tmp_path, failures).read_bytes()
    write_csv(pd.DataFrame([(f.path, f.reason) for f in failures], columns=["path", "reason"]), tmp_path / "want.csv")
    assert got == (tmp_path / "want.csv").read_bytes()


def test_extract_command_never_imports_pandas(tmp_path):
    """``govkit extract`` (a run with facts, one with a failure, and a re-run from the cache) loads
    neither pandas nor pandera (its tables are written with Arrow alone), nor tqdm when it draws no
    bar, nor :mod:`importlib.metadata` (pandas' version is read from its distribution's directory)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(REPORT, encoding="utf-8")
    (raw / "b.txt").write_text(REPORT.replace("会同县", "某县"), encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    script = (
        "import sys\n"
        "from govkit.cli import main\n"
        f"codes = [main(['extract', {str(raw)!r}, '--out', {str(out)!r}, '--jobs', '1']) for _ in range(2)]\n"
        "print(codes, sorted(set(sys.modules) & {'pandas', 'pandera', 'tqdm', 'importlib.metadata'}))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.strip().splitlines()[-1] == "[1, 1] []"
    assert set(pd.read_parquet(out / "facts.parquet")["doc_id"]) == {"a", "b"}


def _chunks(total: int, jobs: int, doc_bytes: int, known: bool = True) -> list[int]:
    """The sizes of the chunks :func:`pool.execute` cuts for *total* documents of *doc_bytes* each."""
    out, docs, size = [], 0, 0
    for taken in range(1, total + 1):
        docs, size = docs + 1, size + doc_bytes
        if pool.chunk_full(docs, size, total - taken + docs if known else None, jobs):
            out.append(docs)
            docs, size = 0, 0
    return out + ([docs] if docs else [])


@pytest.mark.parametrize("jobs", [2, 4])
@pytest.mark.parametrize("doc_bytes", [1_000, 3_800, 40_000])
def test_chunks_are_few_and_the_last_ones_small(jobs, doc_bytes):
    total = 2300
    sizes = _chunks(total, jobs, doc_bytes)
    assert sum(sizes) == total
    assert sizes[-1] == 1 and sizes[-2] <= 2  # the tail: a document or two per chunk
    assert sizes[-8:] == sorted(sizes[-8:], reverse=True)
    full = _chunks(total, jobs, doc_bytes, known=False)
    assert len(sizes) <= len(full) + 6 * jobs + 8  # the tail adds a few chunks only
    assert max(sizes) == max(full)


def test_the_pool_cuts_the_tail_of_a_run_of_known_size(monkeypatch):
    from test_speed_s15_chunks import _Counting, _tasks

    monkeypatch.setattr(pool, "ProcessPoolExecutor", _Counting)
    _Counting.submitted = []
    tasks = _tasks(300)
    config = StageConfig(True, Budget())
    pooled = list(pool.execute(iter(tasks), config, 2, total=len(tasks)))
    assert _Counting.submitted == _chunks(300, 2, len(tasks[0].data))
    assert _Counting.submitted[0] == pool.CHUNK_DOCS and _Counting.submitted[-1] == 1
    assert [t.key for t, _ in pooled] == [t.key for t in tasks] and all(o and o.value for _, o in pooled)
