"""The corpus stage: raw directory -> cleaned, segmented, recognised documents."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govkit.analysis.region_labels import label_documents
from govkit.core.document import Document, printable_name
from govkit.core.errors import GovkitError, ReadError
from govkit.pipeline.summary import Failure
from govkit.store.manifest import read_manifest
from govkit.text.clean import clean_text
from govkit.text.excerpts import FLAG as EXCERPT
from govkit.text.excerpts import excerpt_marks, note_says_excerpt
from govkit.text.hints import TextHints
from govkit.text.read import check_raw_path, raw_bytes, raw_folder_problems, read_bytes
from govkit.text.recognise import recognise
from govkit.text.regions import current_code
from govkit.text.segment import split_sections, split_sentences

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

#: Files in a raw directory that are bookkeeping, not reports.
IGNORED_NAMES = {
    "MANIFEST.csv",
    "SOURCES.csv",
    "README.md",
    "README.txt",
    ".gitkeep",
    "gold.csv",
    "gold_meta.csv",
}  # gold tables beside a synthetic corpus (govkit synth)


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def discover(raw_dir: str | Path) -> list[Path]:
    """Report files in *raw_dir* (recursively), sorted; bookkeeping and hidden files skipped."""
    raw_dir = Path(raw_dir)
    problem = check_raw_path(raw_dir)
    if problem == "no such file or directory":
        raise GovkitError(f"{raw_dir}: no such directory")
    if problem is not None:  # a FIFO, device, dangling link or link loop: refused, never read as empty
        raise GovkitError(f"{raw_dir}: {problem}")
    if raw_dir.is_file():
        return [raw_dir]
    found: list[tuple[str, str]] = []
    _walk(str(raw_dir), "", found)
    found.sort()
    return [Path(path) for _, path in found]


#: Errors of a stat that mean "not a file" (as :meth:`pathlib.Path.is_file` ignores them).
_NOT_THERE = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def _walk(folder: str, rel: str, found: list[tuple[str, str]]) -> None:
    """Append (path relative to the raw folder, path) of the report files under *folder* to *found*:
    what ``rglob("*")`` and ``is_file()`` give (directories behind symbolic links not entered; a
    folder that cannot be listed skipped), hidden entries and bookkeeping files left out, with one
    directory listing per folder and no stat but for symbolic links."""
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except PermissionError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as exc:
            if exc.errno not in _NOT_THERE:
                raise
            is_dir = False
        if is_dir:
            _walk(entry.path, f"{rel}{name}/", found)
            continue
        if name in IGNORED_NAMES:
            continue
        try:
            is_file = entry.is_file()  # through a symbolic link as Path.is_file
        except OSError as exc:
            if exc.errno not in _NOT_THERE:
                raise
            is_file = False
        if is_file:
            found.append((rel + name, entry.path))


def unreadable_entries(raw_dir: str | Path) -> list[Failure]:
    """Entries of the raw folder that are not regular files (FIFOs, dangling links, link loops …),
    each with its problem: the run reports them instead of skipping them silently."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        return []
    return [Failure(str(p), why) for p, why in raw_folder_problems(raw_dir) if p.name not in IGNORED_NAMES]


def doc_id_for(path: str | Path) -> str:
    """The doc_id is the file name without its extension (as text: see :func:`printable_name`)."""
    return printable_name(Path(path).stem)


def load_document(path: str | Path, doc_id: str | None = None) -> Document:
    """Read, clean, segment and recognise one raw file. Raises :class:`ReadError`."""
    data = raw_bytes(path)
    return document_from_bytes(data, path, doc_id, sha256=hashlib.sha256(data).hexdigest())


def document_from_bytes(data: bytes, path: str | Path, doc_id: str | None = None, *, sha256: str = "") -> Document:
    """The :class:`Document` of the raw bytes *data* of the file *path* (only its name is used:
    it gives the format and the default doc_id). *sha256* of *data* if already known."""
    p = Path(path)
    raw = read_bytes(data, p)
    return document_from_text(
        raw.text,
        doc_id or printable_name(p.stem),  # (doc_id_for, the path read once)
        path=str(path),
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        fmt=raw.fmt,
        encoding=raw.encoding,
        flags=raw.flags,
        hints=raw.hints,
    )


def document_from_text(
    raw_text: str,
    doc_id: str = "doc",
    *,
    path: str = "",
    sha256: str = "",
    fmt: str = "txt",
    encoding: str = "utf-8",
    flags: list[str] | None = None,
    hints: dict | TextHints | None = None,
) -> Document:
    """Build a :class:`Document` from already-decoded text (used by the API and tests). *hints*: what
    is known of the page besides its text (``title``, ``published_date``, ``source``), as a dict or
    as the reader's :class:`TextHints`; what cleaning finds takes their place."""
    cleaned = clean_text(raw_text)
    given = hints if isinstance(hints, TextHints) else TextHints.from_dict(hints or {})
    text_hints = given.updated(cleaned.hints)
    sections = split_sections(cleaned.text)
    sentences = split_sentences(cleaned.text)
    meta = recognise(cleaned.text, doc_id, text_hints)
    meta.region_id = current_code(meta.adcode)  # (a new object of its own: set, not copied)
    all_flags = set((flags or []) + list(cleaned.flags))
    if excerpt_marks(cleaned.text, meta.title):
        all_flags.add(EXCERPT)
    return Document(
        doc_id=doc_id,
        path=path,
        sha256=sha256 or hashlib.sha256(raw_text.encode()).hexdigest(),
        fmt=fmt,
        encoding=encoding,
        raw_text=raw_text,
        text=cleaned.text,
        index=cleaned.index,
        flags=sorted(all_flags),
        meta=meta,
        sections=sections,
        sentences=sentences,
    )


def manifest_excerpts(raw_dir: str | Path) -> set[str]:
    """doc_ids whose ``MANIFEST.csv`` title or note describes the file as an excerpt or summary
    (:func:`govkit.text.excerpts.note_says_excerpt`); their documents get the flag ``excerpt``."""
    out = set()
    for row in read_manifest(raw_dir) if Path(raw_dir).is_dir() else []:
        doc_id = (row.get("doc_id") or "").strip() or doc_id_for(row.get("file") or "")
        if doc_id and note_says_excerpt(f"{row.get('title') or ''} {row.get('source_note') or ''}"):
            out.add(doc_id)
    return out


def ingest(raw_dir: str | Path) -> IngestResult:
    """Load every report under *raw_dir*; bad files are reported and skipped, never fatal. A file
    its ``MANIFEST.csv`` describes as an excerpt gets the flag ``excerpt`` (:func:`manifest_excerpts`)."""
    result = IngestResult()
    excerpts = manifest_excerpts(raw_dir)
    seen: dict[str, str] = {}
    for path in discover(raw_dir):
        doc_id = doc_id_for(path)
        if doc_id in seen:
            result.failures.append(Failure(str(path), f"duplicate doc_id '{doc_id}' (also {seen[doc_id]}); skipped"))
            continue
        try:
            doc = load_document(path, doc_id)
        except GovkitError as exc:
            reason = exc.reason if isinstance(exc, ReadError) else str(exc)
            result.failures.append(Failure(str(path), reason))
            continue
        seen[doc_id] = str(path)
        if doc_id in excerpts:
            doc.flags = sorted({*doc.flags, EXCERPT})
        result.documents.append(doc)
    return result


def with_region_label(record: dict[str, Any], label: str) -> dict[str, Any]:
    """A document row with its ``region_label`` (:mod:`govkit.analysis.region_labels`) after ``region``."""
    out: dict[str, Any] = {}
    for k, v in record.items():
        if k != "region_label":
            out[k] = v
        if k == "region":
            out["region_label"] = label
    return out


def documents_frame(documents: list[Document]) -> pd.DataFrame:
    """One row per document, sorted by doc_id, with each one's region label."""
    import pandas as pd  # only where a frame is made: the runner writes the table from lists

    records = sorted((d.to_record() for d in documents), key=lambda r: r["doc_id"])
    labels = label_documents(
        [r["doc_id"] for r in records], [r["region"] for r in records], [r["anonymised"] for r in records]
    )
    rows = [with_region_label(r, lab) for r, lab in zip(records, labels)]
    df = pd.DataFrame(rows) if rows else pd.DataFrame(columns=list(_EMPTY_RECORD))
    df = df.sort_values("doc_id", kind="stable").reset_index(drop=True)
    df["year"] = pd.array(df["year"], dtype="Int64")
    return df


_EMPTY_RECORD = (
    "doc_id file file_raw sha256 format encoding title region region_label level province prefecture adcode region_id anonymised "
    "report_type report_date report_date_precision year plan_years published_date source flags n_chars text sections "
    "sentences"
).split()
#: pandas dtype of every column of the documents table as the runner writes it (a frame of
#: :meth:`~govkit.core.document.Document.to_record` rows with ``year`` as Int64: text is ``str``).
DOCUMENT_DTYPES: dict[str, str] = {
    c: {"anonymised": "bool", "year": "Int64", "n_chars": "int64"}.get(c, "str") for c in _EMPTY_RECORD
}
