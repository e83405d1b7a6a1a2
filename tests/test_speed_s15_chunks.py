"""The process pool gets the documents in few chunks (each chunk costs a worker about 2.5 ms
besides its documents): a count of the chunks sent, and the same outcomes, in order, as one process."""

from __future__ import annotations

import hashlib
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from govkit.pipeline import pool
from govkit.pipeline.budget import Budget
from govkit.pipeline.stage import StageConfig, Task
from govkit.store.cache import EntryKey

_TEXT = "会同县2021年政府工作报告\n2021年,全县实现地区生产总值92.45亿元,同比增长10.5%。城镇新增就业1200人。\n"


class _Counting(ProcessPoolExecutor):
    submitted: list[int] = []

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        _Counting.submitted.append(len(args[0]))
        return super().submit(fn, *args, **kwargs)


def _tasks(n: int) -> list[Task]:
    out = []
    for i in range(n):
        data = (_TEXT + f"副本 {i}\n").encode()
        out.append(Task(EntryKey(f"d{i:03d}", hashlib.sha256(data).hexdigest(), "test"), f"d{i:03d}.txt", data))
    return out


def test_documents_go_to_the_workers_in_chunks_of_many(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "ProcessPoolExecutor", _Counting)
    _Counting.submitted = []
    tasks = _tasks(140)
    config = StageConfig(True, Budget())
    pooled = list(pool.execute(iter(tasks), config, 2))
    assert _Counting.submitted == [64, 64, 12]
    alone = list(pool.execute(iter(tasks), config, 1))
    assert [t.key for t, _ in pooled] == [t.key for t in tasks]
    assert [(o.value, o.record, o.facts) for _, o in pooled if o] == [
        (o.value, o.record, o.facts) for _, o in alone if o
    ]


def test_a_chunk_holds_about_a_fifth_of_a_second_of_work_at_most() -> None:
    assert pool.chunk_full(pool.CHUNK_DOCS, 0)
    assert pool.chunk_full(1, pool.CHUNK_BYTES)
    assert not pool.chunk_full(pool.CHUNK_DOCS - 1, pool.CHUNK_BYTES - 1)
    assert pool.CHUNK_BYTES <= 256 * 1024  # ~0.2 s at 0.9 s/MB (the tail is cut: test_speed_s16_run)
    assert pool.CHUNK_DOCS >= 48  # a typical report is 3.5 KB: chunks of about 60 documents
