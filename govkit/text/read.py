"""Stage 1 — read: a raw report file to text (format and encoding detected, not assumed).

Formats: ``.txt`` (any of UTF-8 with or without BOM, GB18030/GBK, Big5, UTF-16/32; decoded by
:mod:`govkit.text.decode`), ``.html``/``.htm`` and ``.pdf`` (read by :mod:`govkit.text.formats`) and
``.docx`` (by :mod:`govkit.text.docx_read`; tracked changes read as accepted). :func:`read_file` checks the file, picks the reader by suffix and
returns a :class:`RawText`: the text, its encoding and format, flags (``broken_tail``,
``decode_errors`` …) and what the file says about itself (:class:`~govkit.text.hints.TextHints`:
HTML title, publish date, source).

Every failure raises :class:`~govkit.core.errors.ReadError` naming the file and the problem.

Nothing on disk is trusted: :func:`check_raw_path` names, in one line, what is wrong with a path
that is not a directory or a regular file (a FIFO, a socket, a device, a dangling symbolic link,
a symbolic-link loop), and :func:`raw_folder_problems` lists every such entry of a raw folder, so
the runner can refuse a bad raw path and report bad entries instead of skipping them silently.
:func:`read_file` refuses them too (opening a FIFO would block for ever).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from govkit.core.errors import ReadError
from govkit.text.decode import decode_bytes, has_text
from govkit.text.docx_read import read_docx
from govkit.text.formats import Extracted, read_html, read_pdf
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


#: File types that are neither a directory nor a regular file, by ``stat`` test.
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def check_raw_path(path: str | os.PathLike[str]) -> str | None:
    """What is wrong with *path* as a raw folder, a raw file or an entry of a raw folder, in one
    line (``"a FIFO (named pipe), not a regular file or directory"``), or None when it is a
    directory or a regular file (itself or through a symbolic link). Never blocks, never raises."""
    try:
        own = os.lstat(path)
    except FileNotFoundError:
        return "no such file or directory"
    except OSError as exc:
        return f"cannot access ({exc.strerror or exc})"
    link = stat.S_ISLNK(own.st_mode)
    try:
        mode = os.stat(path).st_mode if link else own.st_mode
    except OSError as exc:
        if not link:  # pragma: no cover - lstat worked, stat of the same non-link failed
            return f"cannot access ({exc.strerror or exc})"
        try:
            target = os.readlink(path)
        except OSError:  # pragma: no cover
            target = "?"
        if exc.errno == errno.ELOOP:
            return f"symbolic link loop (-> {target})"
        if exc.errno == errno.ENOENT:
            return f"dangling symbolic link (-> {target}: no such file or directory)"
        return f"symbolic link -> {target}: cannot access ({exc.strerror or exc})"
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    for test, what in _SPECIAL:
        if test(mode):
            return f"{what}{' behind a symbolic link' if link else ''}, not a regular file or directory"
    return "not a regular file or directory"  # pragma: no cover - e.g. a door or a whiteout


def raw_folder_problems(root: str | os.PathLike[str]) -> list[tuple[Path, str]]:
    """Every entry under the raw folder *root* that :func:`check_raw_path` finds wrong, with its
    problem, sorted by path; hidden entries (a part starting with ``.``) are skipped as discovery
    skips them. Symbolic links to directories are listed too: discovery does not follow them."""
    problems: list[tuple[Path, str]] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in sorted(dirs + files):
            if name.startswith("."):
                continue
            entry = Path(folder) / name
            problem = check_raw_path(entry)
            if problem is None and entry.is_symlink() and entry.is_dir():
                problem = "symbolic link to a directory (not followed)"
            if problem is not None:
                problems.append((entry, problem))
    return sorted(problems)


def read_file(path: str | Path) -> RawText:
    """Read one report file; raises :class:`ReadError` when it cannot be read as text."""
    return read_bytes(raw_bytes(path), path)


def raw_bytes(path: str | Path) -> bytes:
    """The bytes of the report file *path*, after the checks every raw file gets (supported suffix,
    a regular file that exists); raises :class:`ReadError` naming the file and the problem."""
    path = Path(path)
    check_suffix(path)
    problem = check_raw_path(path)
    if problem == "no such file or directory":
        raise ReadError(path, "no such file")
    if problem is not None:
        raise ReadError(path, problem)
    if path.is_dir():
        raise ReadError(path, "is a directory, not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read file ({exc.strerror or exc})") from exc


def check_suffix(path: str | Path) -> None:
    """Raise :class:`ReadError` unless *path* has a supported report suffix."""
    suffix = (path if isinstance(path, Path) else Path(path)).suffix
    if suffix.lower() not in FORMATS:
        raise ReadError(
            path, f"unsupported file type '{suffix or '(none)'}' (supported: {', '.join(SUPPORTED_SUFFIXES)})"
        )


def read_bytes(data: bytes, path: str | Path) -> RawText:
    """Text of the bytes *data* of the report file *path* (its name gives the format; the file
    itself is not opened). Raises :class:`ReadError` when they cannot be read as text."""
    path = path if isinstance(path, Path) else Path(path)
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
