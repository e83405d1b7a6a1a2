"""Atomic, reproducible output writing (CSV with BOM for Excel, Parquet).

:func:`write_table` writes a whole DataFrame; :class:`TableWriter` writes a table as a stream
of batches (Parquet row groups and CSV chunks), so the runner never holds a whole corpus. The
batches of a table are cut by row count, never by timing, so a re-run gives the same bytes, and
a table of one batch is byte-identical to what :func:`write_table` writes.

pandas is imported where a frame is read or inspected, not at the top: ``govkit extract`` writes
its tables with :meth:`TableWriter.write_columns` and Arrow alone and never imports it.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from govkit.core.errors import GovkitError
from govkit.store.arrow_columns import arrow_column

if TYPE_CHECKING:
    import pandas as pd


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside *path*; move it into place only if the block succeeds.

    Readers see either the old file or the complete new one, never a half-written file,
    even if the process is killed midway.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    os.chmod(tmp_path, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    write_bytes_atomic(path, text.encode(encoding))


#: A text cell starting with one of these is a formula to Excel (=, +, -, @; tab and carriage return
#: as OWASP lists them); such cells get a leading apostrophe so Excel shows them as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def excel_text(value: str) -> str:
    """*value* as a CSV text cell Excel will not evaluate (report text is never a formula)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def excel_safe(df: pd.DataFrame) -> pd.DataFrame:
    """*df* with its text cells made :func:`excel_text` (numbers, dates and booleans untouched)."""
    import pandas as pd  # where a frame is written (see the module docstring)

    text_cols = [c for c in df.columns if df[c].dtype == object or pd.api.types.is_string_dtype(df[c].dtype)]
    risky = [c for c in text_cols if df[c].astype("string").str.startswith(FORMULA_START).fillna(False).any()]
    if not risky:
        return df
    return df.assign(**{c: df[c].map(lambda v: excel_text(v) if isinstance(v, str) else v) for c in risky})


def write_csv(df: pd.DataFrame, path: str | Path) -> None:
    """CSV in UTF-8 with BOM (Excel opens Chinese correctly), written atomically and streamed
    (no second copy of a large table in memory); text cells never start a formula."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            excel_safe(df).to_csv(fh, index=False, lineterminator="\n", chunksize=5000)


def write_text_csv(columns: dict[str, list[str]], path: str | Path) -> None:
    """The CSV of a table of text columns (name -> cells), written atomically without pandas: the
    bytes :func:`write_csv` writes for the frame of these columns."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(_csv_lines([[name] for name in _csv_quoted(list(columns))]))
            fh.write(_csv_lines([_csv_column(cells, pa.large_string()) for cells in columns.values()]))


def write_parquet(df: pd.DataFrame, path: str | Path) -> None:
    """Parquet written atomically; byte-identical for identical frames."""
    with atomic_path(path) as tmp:
        df.to_parquet(tmp, index=False, compression="zstd")


def write_table(df: pd.DataFrame, out_dir: str | Path, name: str) -> tuple[Path, Path]:
    """Write ``name.parquet`` and ``name.csv`` into *out_dir*."""
    out_dir = Path(out_dir)
    parquet_path, csv_path = out_dir / f"{name}.parquet", out_dir / f"{name}.csv"
    write_parquet(df, parquet_path)
    write_csv(df, csv_path)
    return parquet_path, csv_path


class TableWriter:
    """``name.parquet`` and ``name.csv`` in *out_dir*, written batch by batch into temporary files
    beside them and moved into place by :meth:`commit` (readers see the old or the new table)."""

    def __init__(self, out_dir: str | Path, name: str) -> None:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        self.paths = (out / f"{name}.parquet", out / f"{name}.csv")
        self._tmp = tuple(_temporary(p) for p in self.paths)
        self._csv = open(self._tmp[1], "w", encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed in commit/abort
        self._parquet: pq.ParquetWriter | None = None
        self._schema: pa.Schema | None = None
        self.rows = 0

    def write(self, df: pd.DataFrame) -> None:
        """Append the rows of *df* (same columns and dtypes for every batch)."""
        table = pa.Table.from_pandas(df, preserve_index=False)
        first = self._parquet is None
        if self._parquet is None:
            self._schema = table.schema
            self._parquet = pq.ParquetWriter(self._tmp[0], table.schema, compression="zstd")
        elif not table.schema.equals(self._schema, check_metadata=False):
            table = table.cast(self._schema)
        self._parquet.write_table(table)
        excel_safe(df).to_csv(self._csv, index=False, header=first, lineterminator="\n", chunksize=5000)
        self.rows += len(df)

    def write_columns(self, columns: dict[str, list[Any]], schema: pa.Schema) -> None:
        """Append rows given as Python lists per column, typed by *schema* (an Arrow schema made
        from the pandas frame of the table, :func:`pandas_schema`). Same bytes as :meth:`write`
        of that frame, without building one: the CSV fields are formatted as pandas formats them."""
        first = self._parquet is None
        if self._parquet is None:
            self._schema = schema
            self._parquet = pq.ParquetWriter(self._tmp[0], schema, compression="zstd")
        arrays = [arrow_column(columns[f.name], f.type) for f in schema]
        self._parquet.write_table(pa.Table.from_arrays(arrays, schema=schema))
        if first:
            self._csv.write(_csv_lines([[name] for name in _csv_quoted(list(schema.names))]))
        self._csv.write(_csv_lines([_csv_column(columns[f.name], f.type) for f in schema]))
        self.rows += len(arrays[0]) if arrays else 0

    @property
    def started(self) -> bool:
        """Whether a batch was written (then :meth:`commit` needs no empty table)."""
        return self._parquet is not None

    def commit(self, empty: pd.DataFrame | None) -> tuple[Path, Path]:
        """Finish both files and move them into place; *empty* (the table with no rows) is
        written if no batch was (it may be None if one was: :attr:`started`)."""
        if self._parquet is None:
            if empty is None:
                raise ValueError(f"{self.paths[0].stem}: no batch written and no empty table given")
            self.write(empty)
        assert self._parquet is not None
        self._parquet.close()
        self._csv.close()
        for tmp, path in zip(self._tmp, self.paths):
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        return self.paths

    def abort(self) -> None:
        """Drop the temporary files (the old table stays)."""
        if self._parquet is not None:
            self._parquet.close()
        self._csv.close()
        for tmp in self._tmp:
            tmp.unlink(missing_ok=True)


def pandas_schema(df: pd.DataFrame) -> pa.Schema:
    """The Arrow schema (with pandas metadata) that :meth:`TableWriter.write` gives *df*."""
    return pa.Schema.from_pandas(df, preserve_index=False)


def _csv_column(values: list[Any], dtype: pa.DataType) -> list[str]:
    """The CSV fields of a column of this type as pandas' ``to_csv`` writes them through
    :func:`csv.writer` (missing values: empty; text cells made :func:`excel_text`; quoted as
    :func:`_csv_quoted`). The parent writes every cell of the tables, so this is the hottest loop
    of its side of a run: a text column is joined once and searched for what would need a
    prefix or quotes; a column holding none (almost all) is written as it is."""
    if pa.types.is_boolean(dtype):
        return ["" if v is None else ("True" if v else "False") for v in values]
    if pa.types.is_integer(dtype):  # digits and a sign: never quoted
        return ["" if v is None else str(int(v)) for v in values]
    if pa.types.is_floating(dtype):  # numpy's str() of a float64 is its repr
        return ["" if v is None or v != v else repr(float(v)) for v in values]
    try:
        joined = _SEP.join(values)  # TypeError unless every value is a str
    except TypeError:
        joined = None
    if joined is not None and not joined.startswith(FORMULA_START) and _FORMULA_AFTER_SEP.search(joined) is None:
        return _csv_quoted(values) if _quote_in(joined) else values
    return _csv_quoted(
        [
            "" if v is None else ("'" + t if (t := v if type(v) is str else str(v)).startswith(FORMULA_START) else t)
            for v in values
        ]
    )


#: Joins the cells of a text column for the searches of :func:`_csv_column` (a cell holding it
#: only sends the column the slow way: the searches may find too much, never too little).
_SEP = "\x1f"
#: A cell after the first starting with the first character of a :data:`FORMULA_START`.
_FORMULA_AFTER_SEP = re.compile(re.escape(_SEP) + "[" + "".join(re.escape(s[:1]) for s in FORMULA_START) + "]")


def _csv_quote_chars() -> tuple[str, ...]:
    """The characters that make this Python's :func:`csv.writer` (QUOTE_MINIMAL, lineterminator
    ``"\\n"``, as pandas writes) quote a field: asked of it once (3.11 quotes for , " and line feed;
    a later version may add the carriage return), so the fields written here stay its bytes."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    found = []
    for i in range(128):  # the delimiter, quote and line terminator are ASCII
        buf.seek(0)
        buf.truncate()
        writer.writerow(["a" + chr(i) + "a", "b"])
        if buf.getvalue().startswith('"'):
            found.append(chr(i))
    return tuple(found)


_QUOTE_CHARS = _csv_quote_chars()
_QUOTE = re.compile("[" + "".join(re.escape(c) for c in _QUOTE_CHARS) + "]")


def _quote_in(text: str) -> bool:
    """Whether :func:`csv.writer` quotes a field holding *text* (:func:`_csv_quote_chars`)."""
    return _QUOTE.search(text) is not None


def _csv_quoted(fields: list[str]) -> list[str]:
    """*fields* as :func:`csv.writer` writes them: in double quotes (doubled inside) when they hold a
    character it quotes for (:func:`_quote_in`)."""
    return ['"' + f.replace('"', '""') + '"' if _QUOTE.search(f) else f for f in fields]


def _csv_lines(columns: list[list[str]]) -> str:
    """The CSV lines of rows given as columns of written fields (:func:`csv.writer`'s bytes: a row
    of one empty field is written ``""``)."""
    if len(columns) == 1:
        columns = [[f or '""' for f in columns[0]]]
    text = "\n".join(map(",".join, zip(*columns)))  # a row is never "" (one empty field is '""')
    return text + "\n" if text else text


def _temporary(path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())
    return Path(tmp)


def read_parquet(path: str | Path, **kwargs: Any) -> pd.DataFrame:
    """A Parquet table (``pd.read_parquet``); a damaged or foreign file is a one-line
    :class:`GovkitError` naming it, never a traceback from the Arrow library."""
    import pandas as pd  # where a frame is read (see the module docstring)

    try:
        return pd.read_parquet(path, **kwargs)
    except FileNotFoundError:
        raise
    except (pa.ArrowException, OSError, ValueError) as exc:
        reason = (str(exc).splitlines() or [type(exc).__name__])[0]
        reason = reason.split("': ", 1)[-1]  # Arrow names the file again: once is enough
        raise GovkitError(
            f"{path}: not a readable Parquet table ({reason}); rebuild it with `govkit run` "
            "(or `govkit extract` and `govkit panel`)"
        ) from None


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read a CSV written by govkit (or any UTF-8 CSV, with or without BOM)."""
    import pandas as pd  # where a frame is read (see the module docstring)

    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
