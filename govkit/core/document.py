"""The Document: one raw report after reading, cleaning, segmentation and recognition."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np

from govkit.core.errors import ParameterError


def printable_name(name: str) -> str:
    """A file name as text. Names that are not UTF-8 (a GBK name unpacked from a Windows zip arrives
    with surrogate escapes) are decoded as GB18030, else as UTF-8 with each undecodable byte
    escaped (``\\xff``): readable, stable, and two names never become one."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", errors="backslashreplace")


#: ASCII kept as is in :func:`raw_name` (every printable character but ``%``, the escape itself).
_RAW_SAFE = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in "%")


def raw_name(name: str) -> str:
    """The bytes of a file name that is not UTF-8, percent-encoded (``%B6%E1`` per byte beyond
    printable ASCII; ``urllib.parse.unquote_to_bytes`` gives the bytes back), so the name the file
    system holds is kept exactly beside the readable :func:`printable_name`. Empty for a UTF-8 name
    (the readable name is then the name itself)."""
    try:
        name.encode("utf-8")
        return ""
    except UnicodeEncodeError:
        return quote(os.fsencode(name), safe=_RAW_SAFE)


_PRECISION_LEN = {"day": 10, "month": 7, "year": 4}


def full_date(iso: str) -> str:
    """*iso* (``2024``, ``2024-03`` or ``2024-03-01``) as ``YYYY-MM-DD``: a month → its first day,
    a year → 1 January (the documents table's form; ``report_date_precision`` says what was printed)."""
    t = (iso or "").strip()
    if len(t) == 4:
        return f"{t}-01-01"
    if len(t) == 7:
        return f"{t}-01"
    return t


def date_at_precision(report_date: object, precision: object) -> str:
    """The shortest ISO form of a documents-table *report_date* at its *precision* (``day``,
    ``month``, ``year``): ``2024-01-01`` at ``year`` is ``2024``, not January. Without a known
    precision (older tables stored the shortest form) the date is returned as stored."""
    t = "" if report_date is None or str(report_date) in ("nan", "<NA>", "None") else str(report_date).strip()
    n = _PRECISION_LEN.get(str(precision or "").strip())
    return t[:n] if n and len(t) >= n else t


@dataclass(slots=True)
class DocumentMeta:
    """What recognition says a report is: whose, which year, which genre (EXTRACTION.md, metadata)."""

    region: str = ""  # as printed (镇巴县); "" when anonymised or not found
    level: str = ""  # province, city, county, township, anonymised
    province: str = ""
    prefecture: str = ""
    adcode: str = ""  # six-digit code of the region as printed
    region_id: str = ""  # six-digit code of the same territory today (regions.current_code(adcode))
    anonymised: bool = False
    report_type: str = ""
    report_date: str = ""  # ISO at the precision printed: 2024-03-01, 2024-03 or 2024 (the table pads: full_date)
    year: int | None = None  # the main year described
    plan_years: list[int] = field(default_factory=list)
    title: str = ""
    published_date: str = ""
    source: str = ""
    flags: list[str] = field(default_factory=list)  # year_masked, year_uncertain (joined to the document's flags)

    @property
    def report_date_precision(self) -> str:
        """``day``, ``month`` or ``year``: how much of :attr:`report_date` was printed (``""`` without one)."""
        return {10: "day", 7: "month", 4: "year"}.get(len(self.report_date), "") if self.report_date else ""

    def replace(self, **changes: Any) -> DocumentMeta:
        """A copy with *changes* (field names of this class; anything else is a ParameterError).
        None for a text field (``report_date=None``) means not known: the field's empty text, the
        value the compiled stages expect (they refuse None where the type says ``str``)."""
        fields = dataclasses.fields(self)
        unknown = sorted(set(changes) - {f.name for f in fields})
        if unknown:
            raise ParameterError(f"unknown document metadata field(s): {', '.join(unknown)}")
        text = {f.name for f in fields if f.default == ""}
        given: dict[str, Any] = {k: "" if v is None and k in text else v for k, v in changes.items()}
        return dataclasses.replace(self, **given)


@dataclass
class Section:
    """A numbered section (一、 / (一) / 1.) of the cleaned text."""

    start: int
    end: int
    level: int  # 0 un-numbered part heading, 1 一、, 2 (一), 3–4 1. / (1)
    marker: str
    title: str


@dataclass
class Document:
    """A cleaned, recognised report. Offsets everywhere are into :attr:`text`."""

    doc_id: str
    path: str
    sha256: str
    fmt: str
    encoding: str
    raw_text: str
    text: str
    index: np.ndarray  # cleaned char i came from raw_text[index[i]]
    flags: list[str] = field(default_factory=list)
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    sections: list[Section] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence span containing cleaned offset *pos*."""
        import bisect

        starts = [s for s, _ in self.sentences]
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return self.sentences[i]
        return (pos, pos)

    def section_path(self, pos: int) -> list[Section]:
        """Enclosing sections of cleaned offset *pos*, outermost first."""
        return [s for s in self.sections if s.start <= pos < s.end]

    def to_record(self) -> dict[str, Any]:
        """One flat row of the documents table."""
        m = self.meta
        return {
            "doc_id": self.doc_id,
            "file": printable_name(Path(self.path).name),
            "file_raw": raw_name(Path(self.path).name),
            "sha256": self.sha256,
            "format": self.fmt,
            "encoding": self.encoding,
            "title": m.title,
            "region": m.region,
            "level": m.level,
            "province": m.province,
            "prefecture": m.prefecture,
            "adcode": m.adcode,
            "region_id": m.region_id,
            "anonymised": bool(m.anonymised),
            "report_type": m.report_type,
            "report_date": full_date(m.report_date),
            "report_date_precision": m.report_date_precision,
            "year": m.year,
            "plan_years": ",".join(str(y) for y in m.plan_years),
            "published_date": m.published_date,
            "source": m.source,
            "flags": ",".join(sorted(set(self.flags) | set(m.flags))),
            "n_chars": len(self.text),
            "text": self.text,
            "sections": json.dumps(
                [[s.start, s.end, s.level, s.marker, s.title] for s in self.sections], ensure_ascii=False
            ),
            "sentences": json.dumps([[s, e] for s, e in self.sentences]),
        }
