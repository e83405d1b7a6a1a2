"""Stage 1 — read: a raw report file to text (format and encoding detected, not assumed).

Formats: ``.txt`` (any of UTF-8 with or without BOM, GB18030/GBK, Big5, UTF-16/32; decoded by
:mod:`govkit.text.decode`), ``.html``/``.htm``, ``.pdf`` and ``.docx`` (read by
:mod:`govkit.text.formats`). :func:`read_file` checks the file, picks the reader by suffix and
returns a :class:`RawText`: the text, its encoding and format, flags (``broken_tail``,
``decode_errors`` …) and what the file says about itself (:class:`~govkit.text.hints.TextHints`:
HTML title, publish date, source).

Every failure raises :class:`~govkit.core.errors.ReadError` naming the file and the problem.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from govkit.core.errors import ReadError
from govkit.text.decode import decode_bytes, has_text
from govkit.text.formats import Extracted, read_docx, read_html, read_pdf
from govkit.text.hints import TextHints

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")

#: Text formats by suffix.
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}


@dataclass
class RawText:
    """Decoded text of one raw file, before cleaning, and what the file says about itself."""

    path: str
    text: str
    encoding: str
    fmt: str
    flags: list[str] = field(default_factory=list)
    hints: TextHints = field(default_factory=TextHints)


def read_file(path: str | Path) -> RawText:
    """Read one report file; raises :class:`ReadError` when it cannot be read as text."""
    path = Path(path)
    check_suffix(path)
    if not path.exists():
        raise ReadError(path, "no such file")
    if path.is_dir():
        raise ReadError(path, "is a directory, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read file ({exc.strerror or exc})") from exc
    return read_bytes(data, path)


def check_suffix(path: str | Path) -> None:
    """Raise :class:`ReadError` unless *path* has a supported report suffix."""
    suffix = Path(path).suffix
    if suffix.lower() not in FORMATS:
        raise ReadError(
            path, f"unsupported file type '{suffix or '(none)'}' (supported: {', '.join(SUPPORTED_SUFFIXES)})"
        )


def read_bytes(data: bytes, path: str | Path) -> RawText:
    """Text of the bytes *data* of the report file *path* (its name gives the format; the file
    itself is not opened). Raises :class:`ReadError` when they cannot be read as text."""
    path = Path(path)
    check_suffix(path)
    if not data:
        raise ReadError(path, "file is empty")
    fmt = FORMATS[path.suffix.lower()]
    text, encoding, flags, hints = _READERS[fmt](path, data)
    if not has_text(text):
        what = "file contains only whitespace" if fmt == "txt" else f"no text in {fmt.upper()} file"
        raise ReadError(path, what)
    return RawText(str(path), text, encoding, fmt, flags, hints)


def _read_txt(path: Path, data: bytes) -> Extracted:
    text, encoding, flags = decode_bytes(data, path)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding, flags, TextHints()


_READERS: dict[str, Callable[[Path, bytes], Extracted]] = {
    "txt": _read_txt,
    "html": read_html,
    "pdf": read_pdf,
    "docx": read_docx,
}
