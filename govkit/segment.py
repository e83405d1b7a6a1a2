"""Stage 4 — segment: sections (一、/(一)/1.) and sentences of the cleaned text.

PROVISIONAL minimal version.
"""
from __future__ import annotations

import re

from .document import Section

_SENT_END = re.compile(r"[。!?;！？；\n]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.end() > start and text[start:m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans


def split_sections(text: str) -> list[Section]:
    return []
