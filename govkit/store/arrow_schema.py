"""The Arrow schema pandas gives a table, built without importing pandas.

The runner writes the documents and facts tables from Python lists
(:meth:`govkit.store.tables.TableWriter.write_columns`) with the schema
:meth:`pyarrow.Schema.from_pandas` gives the typed pandas frame of the table: the Parquet files
carry pandas' metadata, so that ``pd.read_parquet`` restores the dtypes. That schema is a function
of the column names and dtypes and of the two libraries' versions only, so :func:`frame_schema`
builds it from them: ``govkit extract`` never imports pandas (about 0.35 s of CPU at start-up,
before any worker starts). Where the installed pandas types its columns otherwise than the
conventions written here (pandas 3: text columns of dtype ``str``), the frame is asked instead;
``tests/test_speed_s16_run.py`` compares both ways on the installed versions.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

if TYPE_CHECKING:
    import pandas as pd

#: pandas dtype of a column -> its Arrow type and the ``pandas_type`` and ``numpy_type`` pyarrow
#: records for it in the ``pandas`` metadata (pandas 3).
COLUMN_TYPES: dict[str, tuple[pa.DataType, str, str]] = {
    "str": (pa.large_string(), "object", "str"),
    "Int64": (pa.int64(), "int64", "Int64"),
    "int64": (pa.int64(), "int64", "int64"),
    "float64": (pa.float64(), "float64", "float64"),
    "bool": (pa.bool_(), "bool", "bool"),
    "boolean": (pa.bool_(), "bool", "boolean"),
}
#: The major version of pandas whose conventions :data:`COLUMN_TYPES` writes down.
PANDAS_MAJOR = 3


def pandas_version() -> str | None:
    """The installed pandas' version (pandas not imported): the name of its distribution's
    ``pandas-<version>.dist-info`` directory beside the package, else its metadata (the import of
    :mod:`importlib.metadata` costs about 25 ms)."""
    spec = importlib.util.find_spec("pandas")
    if spec is None or spec.origin is None:
        return None
    site = Path(spec.origin).parent.parent
    found = [m.group(1) for p in site.glob("pandas-*.dist-info") if (m := _DIST_INFO.fullmatch(p.name))]
    if len(found) == 1:
        return found[0]
    from importlib import metadata  # an unusual installation: ask its metadata

    try:
        return metadata.version("pandas")
    except metadata.PackageNotFoundError:
        return None


_DIST_INFO = re.compile(r"pandas-([0-9][^-]*)\.dist-info")


def built_schema(dtypes: dict[str, str], version: str) -> pa.Schema:
    """The schema ``pa.Schema.from_pandas(frame, preserve_index=False)`` gives a frame with these
    column dtypes (in this order, no ``attrs``) under pandas *version*."""
    fields, columns = [], []
    for name, dtype in dtypes.items():
        arrow, pandas_type, numpy_type = COLUMN_TYPES[dtype]
        fields.append(pa.field(name, arrow))
        columns.append(
            {"name": name, "field_name": name, "pandas_type": pandas_type, "numpy_type": numpy_type, "metadata": None}
        )
    meta = {
        "index_columns": [],
        "column_indexes": [],
        "columns": columns,
        "attributes": {},
        "creator": {"library": "pyarrow", "version": pa.__version__},
        "pandas_version": version,
    }
    return pa.schema(fields, metadata={b"pandas": json.dumps(meta).encode("utf8")})


def frame_schema(dtypes: dict[str, str], frame: Callable[[], pd.DataFrame]) -> pa.Schema:
    """The Arrow schema of a table whose typed pandas frame has these column *dtypes*: built here
    (:func:`built_schema`) when the installed pandas follows :data:`COLUMN_TYPES`, else that of
    *frame()* (a typed frame of the table, made only then)."""
    version = pandas_version()
    if version is not None and version.split(".")[0].isdigit() and int(version.split(".")[0]) == PANDAS_MAJOR:
        if all(t in COLUMN_TYPES for t in dtypes.values()):
            return built_schema(dtypes, version)
    return pa.Schema.from_pandas(frame(), preserve_index=False)
