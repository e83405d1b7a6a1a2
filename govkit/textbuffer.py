"""Text with an offset map: every character remembers where it came from in the raw text.

Cleaning is a chain of edits on a :class:`TextBuffer`. Each edit rebuilds the text and
its index array so that ``buf.index[i]`` is the position in the *raw* (decoded) text of
cleaned character ``i``. Later stages cite cleaned-text offsets; the index maps them back.
"""
from __future__ import annotations

import re
from typing import Callable

import numpy as np

Replacement = str | Callable[[re.Match], str]


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

    def sub(self, pattern: str | re.Pattern, repl: Replacement, flags: int = 0) -> int:
        """Regex substitution keeping the offset map; returns the number of replacements.

        Characters of a replacement map to the raw position of the match's characters
        (character by character when lengths agree, else all to the match start).
        """
        rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        pieces: list[str] = []
        idx_pieces: list[np.ndarray] = []
        pos = 0
        n = 0
        text, index = self.text, self.index
        for m in rx.finditer(text):
            s, e = m.span()
            new = repl(m) if callable(repl) else m.expand(repl)
            if new == m.group(0):
                continue
            n += 1
            pieces.append(text[pos:s])
            idx_pieces.append(index[pos:s])
            pieces.append(new)
            if len(new) == e - s:
                idx_pieces.append(index[s:e])
            elif new:
                anchor = index[s] if s < len(index) else (index[-1] + 1 if len(index) else 0)
                idx_pieces.append(np.full(len(new), anchor, dtype=np.int64))
            pos = e
        if not n:
            return 0
        pieces.append(text[pos:])
        idx_pieces.append(index[pos:])
        self.text = "".join(pieces)
        self.index = np.concatenate(idx_pieces) if idx_pieces else np.zeros(0, dtype=np.int64)
        return n

    def translate(self, table: dict[int, str | int | None]) -> None:
        """Per-character mapping (1:1 characters keep their offsets; deletions drop them)."""
        new = self.text.translate(table)
        if len(new) == len(self.text):
            self.text = new
            return
        # Slow path: some characters were deleted or expanded.
        chars: list[str] = []
        idx: list[int] = []
        for ch, i in zip(self.text, self.index):
            out = ch.translate(table)
            chars.append(out)
            idx.extend([int(i)] * len(out))
        self.text = "".join(chars)
        self.index = np.asarray(idx, dtype=np.int64)

    def map_chars(self, fn: Callable[[str], str]) -> None:
        """Apply a length-preserving function (e.g. traditional->simplified) to the text."""
        new = fn(self.text)
        if len(new) != len(self.text):
            raise ValueError("map_chars needs a length-preserving function")
        self.text = new

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-text span covering cleaned ``text[start:end]``."""
        if start >= end or not len(self.index):
            pos = int(self.index[start]) if start < len(self.index) else 0
            return pos, pos
        return int(self.index[start]), int(self.index[end - 1]) + 1
