"""Stage 1 — read: raw file bytes to text (format and encoding detected, not assumed).

PROVISIONAL minimal version: UTF-8 text only. To be replaced by the full reader.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReadError

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")


@dataclass
class RawText:
    path: str
    text: str
    encoding: str
    fmt: str
    flags: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


def read_file(path: str | Path) -> RawText:
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise ReadError(path, "file is empty")
    text = data.decode("utf-8", errors="replace")
    flags = ["broken_tail"] if text.endswith("\ufffd") else []
    return RawText(str(path), text, "utf-8", "txt", flags)
