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
from collections.abc import Callable, Iterable

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
        The new text and its index are assembled from the unchanged stretches between the
        edits and the replacements (see the module docstring for their offsets).
        """
        text, index = self.text, self.index
        n = len(text)
        pieces: list[str] = []
        index_pieces: list[np.ndarray] = []
        pos = 0  # end of the last edit applied
        index_pos = 0  # end of the last edit that changed the length
        applied = 0
        inserted_at = -1  # position of the last insertion
        unsupported = False  # an insertion, then a length-changing edit at the same place
        for s, e, new in edits:
            if s < pos or e < s or e > n:
                raise ValueError(f"edits must be sorted and non-overlapping (got {s}:{e} after {pos})")
            k, length = len(new), e - s
            if k == length and text[s:e] == new:
                continue
            applied += 1
            pieces.append(text[pos:s])
            if new:
                pieces.append(new)
            pos = e
            if k == length:
                continue  # one to one: offsets unchanged
            index_pieces.append(index[index_pos:s])
            index_pos = e
            if length:
                unsupported = unsupported or s == inserted_at
            elif s < n:
                inserted_at = s
            if k and s < n:  # a replacement, or an insertion before text[s]: all map to text[s]
                index_pieces.append(index[s : s + 1] if k == 1 else np.full(k, index[s], dtype=index.dtype))
            elif k:  # insertion at the very end maps to the last character
                index_pieces.append(np.full(k, index[-1] if n else 0, dtype=np.int64))
        if not applied:
            return 0
        if unsupported:  # never supported: refused as before
            raise AssertionError("offset map out of step with text")
        pieces.append(text[pos:])
        index_pieces.append(index[index_pos:])
        self.text, self.index = "".join(pieces), np.concatenate(index_pieces)
        if len(self.index) != len(self.text):  # pragma: no cover - internal consistency
            raise AssertionError("offset map out of step with text")
        return applied

    def delete_spans(self, spans: Iterable[tuple[int, int]]) -> int:
        """Delete non-overlapping ``(start, end)`` spans (given in text order)."""
        return self.apply_edits((s, e, "") for s, e in spans)

    def sub(
        self,
        pattern: str | re.Pattern,
        repl: Replacement,
        flags: int = 0,
        spans: Iterable[tuple[int, int]] | None = None,
    ) -> int:
        """Regex substitution keeping the offset map; returns the number of replacements.

        With *spans* (non-overlapping ``(start, end)`` pairs in text order) only those parts
        of the text are searched, each as ``pattern.finditer(text, start, end)``: a quick way
        to skip text where the pattern cannot match.
        """
        rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        edits: list[Edit] = []
        literal = None if callable(repl) or "\\" in repl else repl
        text = self.text
        for start, end in [(0, len(text))] if spans is None else spans:
            for m in rx.finditer(text, start, end):
                if literal is not None:
                    new = literal
                else:
                    new = repl(m) if callable(repl) else m.expand(repl)
                if new != m.group(0):
                    edits.append((*m.span(), new))
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
