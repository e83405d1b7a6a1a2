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
        offsets, text = _utf8_joined(values if not nulls else ["" if v is None else v for v in values])
        return pa.Array.from_buffers(
            dtype,
            n,
            [validity, pa.py_buffer(offsets.astype(np.int64 if pa.types.is_large_string(dtype) else np.int32)), text],
            null_count=nulls,
        )
    data: np.ndarray
    if dtype == pa.int64():
        data = np.array([0 if v is None else v for v in values] if nulls else values, dtype=np.int64)
    elif dtype == pa.float64():
        data = np.array([0.0 if v is None else v for v in values] if nulls else values, dtype=np.float64)
    elif pa.types.is_boolean(dtype):
        data = np.packbits(np.array([v is not None and bool(v) for v in values], dtype=bool), bitorder="little")
    else:
        return pa.array(values, type=dtype)
    return pa.Array.from_buffers(dtype, n, [validity, pa.py_buffer(data)], null_count=nulls)


def _validity(values: list[Any]) -> tuple[pa.Buffer | None, int]:
    """The validity bitmap of *values* (None where none is missing) and how many are missing."""
    if None not in values:  # (a test in C: most columns hold no missing value)
        return None, 0
    present = [v is not None for v in values]
    nulls = len(present) - sum(present)
    return pa.py_buffer(np.packbits(np.array(present, dtype=bool), bitorder="little")), nulls


def _utf8_joined(texts: list[str]) -> tuple[np.ndarray, pa.Buffer]:
    """The offsets (n + 1, from 0) and the UTF-8 bytes of *texts* laid end to end. The texts are
    joined and encoded at once, with a NUL between two (UTF-8 writes NUL only for NUL), whose
    positions give the offsets: about a tenth of the time of encoding each text (the parent
    writes every text cell of the tables). A text holding a NUL itself is encoded on its own."""
    n = len(texts)
    data = _NUL.join(texts).encode("utf-8")
    if n > 1 and data.count(b"\0") == n - 1:
        ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 0) - np.arange(n - 1)
        offsets = np.concatenate(([0], ends, [len(data) - (n - 1)]))
        return offsets, pa.py_buffer(data.replace(b"\0", b""))
    if n <= 1:
        return np.array([0, len(data)] if n else [0], dtype=np.int64), pa.py_buffer(data)
    encoded = [t.encode("utf-8") for t in texts]
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=n), out=offsets[1:])
    return offsets, pa.py_buffer(b"".join(encoded))


_NUL = "\0"
