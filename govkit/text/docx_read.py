"""DOCX files to text (the reader :func:`govkit.text.read.read_file` calls for ``.docx``).

The python-docx paragraphs and table cells in document order, text boxes where they are anchored,
footnotes and endnotes after the paragraph that refers to them. A document left with tracked
changes reads as it would with the changes accepted: a reviewer's insertions (``w:ins``, ``w:moveTo``)
are text of the report, its deletions (``w:del``, ``w:moveFrom``, a deleted table row) are not —
python-docx's own paragraph text drops the insertions (地区生产总值完成458.3亿元 read as 完成亿元). Comments
(``comments.xml``) are a reviewer's notes, never report text. Failures raise
:class:`~govkit.core.errors.ReadError`.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from govkit.core.errors import ReadError
from govkit.text.formats import Extracted, describe
from govkit.text.hints import TextHints
from govkit.text.limits import limit, over
from govkit.text.table_grid import GridCell, grid_lines, spans


def read_docx(path: Path, data: bytes) -> Extracted:
    """The paragraphs, text boxes, footnotes and endnotes (after the paragraph that refers to them) and
    table cells of a DOCX file, in document order, and its title property."""
    if not data.startswith(b"PK"):
        raise ReadError(path, "corrupt or unreadable DOCX (not a ZIP package)")
    try:
        import docx
        from docx.table import Table
    except ImportError as exc:  # pragma: no cover
        raise ReadError(path, f"DOCX support is not installed ({exc})") from exc
    try:
        _check_docx_package(path, data)
        document = docx.Document(str(path))
        lines: list[str] = []
        body = document.element.body
        budget = [limit("docx_paragraphs")]
        notes = _notes(document)
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                _spend(path, budget)
                lines.append(paragraph_text(child))
                for box in _text_boxes(child):  # a text box anchored here: its paragraphs after it
                    _spend(path, budget)
                    lines.append(paragraph_text(box))
                noted = False
                for ref in child.iter(*_NOTE_REFS):  # a footnote referred to here: its paragraphs after it
                    for note in notes.pop((ref.tag, ref.get(f"{_W}id")), []):
                        _spend(path, budget)
                        lines.extend(("", note))  # set apart: a note is never the paragraph's wrapped line
                        noted = True
                if noted:
                    lines.append("")  # nor is the next paragraph the note's
            elif tag == "tbl":
                lines.append("")
                _docx_table_lines(path, Table(child, document), lines, budget)
        for rest in notes.values():  # notes referred to from nowhere in the body (a table's): at the end
            for note in rest:
                _spend(path, budget)
                lines.extend(("", note))
    except ReadError:
        raise
    except Exception as exc:  # zipfile.BadZipFile, KeyError, lxml errors ...
        raise ReadError(path, f"corrupt or unreadable DOCX ({describe(exc)})") from exc
    hints = TextHints()
    try:
        props = document.core_properties
        if props.title:
            hints.title = str(props.title)
    except Exception:  # pragma: no cover - properties are optional
        pass
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text, "docx", [], hints


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


_NOTE_PARTS = {"/footnotes": f"{_W}footnoteReference", "/endnotes": f"{_W}endnoteReference"}
_NOTE_REFS = tuple(_NOTE_PARTS.values())
_NOTE_SKIP = ("separator", "continuationSeparator", "continuationNotice")


def _notes(document) -> dict[tuple[str, str | None], list[str]]:
    """The paragraphs of a DOCX's footnotes and endnotes (a note under a figure, 2022年优良天数为360天),
    which python-docx's body leaves out, by (the tag of their reference, their id); the separators Word
    writes as notes are skipped."""
    from lxml import etree  # imported with python-docx, which needs it

    out: dict[tuple[str, str | None], list[str]] = {}
    for rel in document.part.rels.values():
        kind = next((k for k in _NOTE_PARTS if not rel.is_external and rel.reltype.endswith(k)), None)
        if kind is None:
            continue
        root = etree.fromstring(rel.target_part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
        for note in root:
            if note.get(f"{_W}type") in _NOTE_SKIP:
                continue
            texts = ["".join(x.text or "" for x in p.iter(f"{_W}t")).strip() for p in note.iter(f"{_W}p")]
            out[(_NOTE_PARTS[kind], note.get(f"{_W}id"))] = [s for s in texts if s]
    return out


def _text_boxes(paragraph) -> list:
    """The paragraphs of the text boxes anchored in a body paragraph (``w:txbxContent``, a note or a
    figure set apart in a box), which python-docx's paragraph text leaves out; a box Word also
    writes as a VML fallback (``mc:Fallback``) is read once."""
    out = []
    for box in paragraph.iter(f"{_W}txbxContent"):
        parent = box.getparent()
        while parent is not None and parent is not paragraph and parent.tag != _MC_FALLBACK:
            parent = parent.getparent()
        if parent is None or parent.tag != _MC_FALLBACK:
            out.extend(box.iter(f"{_W}p"))
    return out


_RATIO_FLOOR = 1 << 20  # DOCX parts smaller than this are never "too compressed"


def _check_docx_package(path: Path, data: bytes) -> None:
    """Refuse a DOCX whose ZIP directory declares too many files, too many bytes unpacked in
    all or in one XML part, or a part over 1 MiB compressed beyond the ratio limit, before
    anything is unpacked (zipfile never inflates a member past its declared size)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        infos = package.infolist()
    if len(infos) > limit("docx_members"):
        raise ReadError(path, over("docx_members", f"DOCX package holds {len(infos):,} files"))
    unpacked = sum(i.file_size for i in infos)
    if unpacked > limit("docx_unpacked_bytes"):
        raise ReadError(path, over("docx_unpacked_bytes", f"DOCX unpacks to {unpacked:,} bytes"))
    for info in infos:
        if info.filename.endswith((".xml", ".rels")) and info.file_size > limit("docx_part_bytes"):
            raise ReadError(
                path, over("docx_part_bytes", f"DOCX part {info.filename} unpacks to {info.file_size:,} bytes")
            )
        if info.file_size > _RATIO_FLOOR and info.file_size > limit("docx_ratio") * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ReadError(path, over("docx_ratio", f"DOCX part {info.filename} is compressed {ratio:,}:1"))


def _spend(path: Path, budget: list[int]) -> None:
    """Count one paragraph or table cell against the DOCX paragraph limit."""
    budget[0] -= 1
    if budget[0] < 0:
        raise ReadError(path, over("docx_paragraphs", f"DOCX has more than {limit('docx_paragraphs'):,} paragraphs"))


def _docx_table_lines(path: Path, table, lines: list[str], budget: list[int]) -> None:
    """One block per distinct non-empty cell, row by row (merged cells appear once); cells
    are separated by an empty line, which cleaning never joins across. A table with merged cells
    and no table inside is laid out on its grid instead, one ``|`` line per row
    (:mod:`govkit.text.table_grid`)."""
    rows = [row for row in table.rows if not _deleted_row(row._tr)]
    grid: list[list[GridCell]] = []
    nested = False
    for r, row in enumerate(rows):
        out: list[GridCell] = []
        above = rows[r - 1].cells if r else []
        for c, cell in enumerate(row.cells):
            _spend(path, budget)
            nested = nested or bool(cell.tables)
            text = "".join(paragraph_text(p._p) for p in cell.paragraphs).strip()
            left = c > 0 and row.cells[c - 1]._tc is cell._tc
            up = c < len(above) and above[c]._tc is cell._tc
            out.append(GridCell(text, left=left, above=up))
        grid.append(out)
    if not nested and spans(grid):
        lines.extend(grid_lines(grid))
        lines.append("")
        return
    for row in rows:
        seen: set[int] = set()
        for cell in row.cells:
            key = id(cell._tc)
            if key in seen:
                continue
            seen.add(key)
            text = "\n".join(paragraph_text(p._p) for p in cell.paragraphs).strip()
            if text:
                lines.extend((text, ""))
            for sub in cell.tables:
                _docx_table_lines(path, sub, lines, budget)


#: Elements of a paragraph that hold its runs: a hyperlink, a tracked insertion, a tracked move's new place.
_RUN_HOLDERS = frozenset((f"{_W}hyperlink", f"{_W}ins", f"{_W}moveTo"))


def paragraph_text(p) -> str:
    """The text of the paragraph element *p* with its tracked changes accepted: python-docx's runs and
    hyperlinks, and the runs of insertions and moves in (never those of deletions, ``w:del`` and
    ``w:moveFrom``, whose text python-docx keeps in ``w:delText`` or leaves out)."""
    out: list[str] = []
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        if el.tag == f"{_W}r":
            out.append(el.text or "")  # python-docx's run text (w:t, w:tab, w:br …)
        elif el.tag in _RUN_HOLDERS:
            stack.extend(reversed(el))
    return "".join(out)


def _deleted_row(tr) -> bool:
    """Whether a table row is a tracked deletion (``w:trPr/w:del``)."""
    pr = tr.find(f"{_W}trPr")
    return pr is not None and pr.find(f"{_W}del") is not None
