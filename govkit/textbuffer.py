"""Text with an offset map: every character remembers where it came from in the raw text.

Cleaning is a chain of edits on a :class:`TextBuffer`. Each edit rebuilds the text and
its index array so that ``buf.index[i]`` is the position in the *raw* (decoded) text of
cleaned character ``i``. Later stages cite cleaned-text offsets; the index maps them back.

Offsets of a replacement: when the replacement has the length of what it replaces, its
characters map one to one; otherwise all of them map to the raw position of the first
replaced character (an insertion maps to the character it is inserted before). The index
is therefore non-decreasing whenever the edits are (and all edits here are).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

import numpy as np

Replacement = str | Callable[[re.Match], str]
Edit = tuple[int, int, str]


class TextBuffer:
    """A string plus, for each character, its offset in the original string."""

    __slots__ = ("text", "index")

    def __init__(self, text: str, index: np.ndarray | None = None):
        self.text = text
        self.index = np.arange(len(text), dtype=np.int64) if index is None else index
        if len(self.index) != len(self.text):
            raise ValueError("index length must equal text length")

    def __len__(self) -> int:
        return len(self.text)

    # -- edits ---------------------------------------------------------------------------
    def apply_edits(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping ``(start, end, replacement)`` edits given in text order.

        Returns the number of edits applied (edits that change nothing are skipped).
        """
        text, index = self.text, self.index
        n = len(text)
        counts: np.ndarray | None = None
        pieces: list[str] = []
        pos = 0
        applied = 0
        tail_insert = ""
        for s, e, new in edits:
            if s < pos or e < s or e > n:
                raise ValueError(f"edits must be sorted and non-overlapping (got {s}:{e} after {pos})")
            if text[s:e] == new:
                continue
            if counts is None:
                counts = np.ones(n, dtype=np.int64)
            applied += 1
            pieces.append(text[pos:s])
            pieces.append(new)
            pos = e
            k, length = len(new), e - s
            if k == length:
                continue  # one to one: offsets unchanged
            if length:
                counts[s:e] = 0
                counts[s] = k
            elif s < n:
                counts[s] += k  # insertion before text[s]
            else:
                tail_insert += new
        if not applied:
            return 0
        pieces.append(text[pos:])
        new_text = "".join(pieces)
        new_index = np.repeat(index, counts)
        if tail_insert:  # insertion at the very end maps to the last character
            anchor = index[-1] if n else 0
            new_index = np.concatenate([new_index, np.full(len(tail_insert), anchor, dtype=np.int64)])
        self.text, self.index = new_text, new_index
        if len(self.index) != len(self.text):  # pragma: no cover - internal consistency
            raise AssertionError("offset map out of step with text")
        return applied

    def delete_spans(self, spans: Iterable[tuple[int, int]]) -> int:
        """Delete non-overlapping ``(start, end)`` spans (given in text order)."""
        return self.apply_edits((s, e, "") for s, e in spans)

    def sub(self, pattern: str | re.Pattern, repl: Replacement, flags: int = 0) -> int:
        """Regex substitution keeping the offset map; returns the number of replacements."""
        rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        edits: list[Edit] = []
        literal = None if callable(repl) or "\\" in repl else repl
        for m in rx.finditer(self.text):
            if literal is not None:
                new = literal
            else:
                new = repl(m) if callable(repl) else m.expand(repl)
            if new != m.group(0):
                edits.append((m.start(), m.end(), new))
        return self.apply_edits(edits) if edits else 0

    def translate(self, table: dict[int, str | int | None]) -> None:
        """Per-character mapping (1:1 characters keep their offsets; deletions drop them)."""
        new = self.text.translate(table)
        if len(new) == len(self.text):
            self.text = new
            return
        # Slow path: some characters were deleted or expanded.
        edits = []
        for i, ch in enumerate(self.text):
            if ord(ch) in table:
                out = ch.translate(table)
                if out != ch:
                    edits.append((i, i + 1, out))
        self.apply_edits(edits)

    def map_chars(self, fn: Callable[[str], str]) -> None:
        """Apply a length-preserving function (e.g. traditional->simplified) to the text."""
        new = fn(self.text)
        if len(new) != len(self.text):
            raise ValueError("map_chars needs a length-preserving function")
        self.text = new

    # -- lookup --------------------------------------------------------------------------
    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-text span covering cleaned ``text[start:end]``."""
        if start >= end or not len(self.index):
            if start < len(self.index):
                pos = int(self.index[start])
            else:
                pos = int(self.index[-1]) + 1 if len(self.index) else 0
            return pos, pos
        return int(self.index[start]), int(self.index[end - 1]) + 1
