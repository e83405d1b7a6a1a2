"""Arrow arrays of Python lists, made from their buffers: :func:`pyarrow.array` without pandas.

:func:`pyarrow.array` asks, for every list it converts, whether the list is a pandas object, and
to ask it imports pandas (about 0.35 s of CPU, in the parent of ``govkit extract``, which needs
nothing else of pandas: :mod:`govkit.store.arrow_schema`). :func:`arrow_column` builds the same
array (equal values, validity and type) for the types the tables hold (text, 64-bit integers and
floats, booleans) from numpy buffers; any other type goes to :func:`pyarrow.array`.
``tests/test_speed_s16_run.py`` compares both on awkward values.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa


def arrow_column(values: list[Any], dtype: pa.DataType) -> pa.Array:
    """The array ``pa.array(values, type=dtype)`` gives: None is a missing value, NaN a float."""
    n = len(values)
    validity, nulls = _validity(values)
    if pa.types.is_large_string(dtype) or pa.types.is_string(dtype):
        encoded = [b"" if v is None else v.encode("utf-8") for v in values]
        offsets = np.zeros(n + 1, dtype=np.int64 if pa.types.is_large_string(dtype) else np.int32)
        np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=n), out=offsets[1:])
        return pa.Array.from_buffers(
            dtype, n, [validity, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))], null_count=nulls
        )
    data: np.ndarray
    if dtype == pa.int64():
        data = np.array([0 if v is None else v for v in values], dtype=np.int64)
    elif dtype == pa.float64():
        data = np.array([0.0 if v is None else v for v in values], dtype=np.float64)
    elif pa.types.is_boolean(dtype):
        data = np.packbits(np.array([v is not None and bool(v) for v in values], dtype=bool), bitorder="little")
    else:
        return pa.array(values, type=dtype)
    return pa.Array.from_buffers(dtype, n, [validity, pa.py_buffer(data)], null_count=nulls)


def _validity(values: list[Any]) -> tuple[pa.Buffer | None, int]:
    """The validity bitmap of *values* (None where none is missing) and how many are missing."""
    present = [v is not None for v in values]
    nulls = len(present) - sum(present)
    if not nulls:
        return None, 0
    return pa.py_buffer(np.packbits(np.array(present, dtype=bool), bitorder="little")), nulls
