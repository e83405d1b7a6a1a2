"""Stage 2 — clean: remove site chrome and junk, repair wraps, normalise forms.

PROVISIONAL minimal version (traditional->simplified, full-width->half-width).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .textbuffer import TextBuffer


@dataclass
class CleanResult:
    text: str
    index: np.ndarray
    flags: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


_FW = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in "，：；（）！？"}


def clean_text(raw: str) -> CleanResult:
    import opencc

    buf = TextBuffer(raw)
    buf.map_chars(opencc.OpenCC("t2s").convert)
    buf.translate(_FW)
    return CleanResult(buf.text, buf.index)
