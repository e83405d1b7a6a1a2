"""Stage 4 — segment: sections (一、/(一)/1./(1) and un-numbered headings) and sentences.

Offsets are into the cleaned text (one paragraph per line, see :mod:`govkit.text.clean`).

Section levels: ``1`` for 一、 (and 第一部分), ``2`` for (一), ``3``/``4`` for 1./1、 and (1)
(whichever style appears first in the document is level 3, the other level 4). An
un-numbered heading line such as ``2020年工作及“十三五”发展回顾`` (patterns in
``data/clean/headings.csv``) is level 1 with marker ``""``, or level 0 when numbered 一、
sections follow under one of them (its peers then are level 0 too). A section ends where
the next section of the same or a higher (smaller) level starts, or at the end of the text.
Titles run to the first 。!?; or the line end (at most 60 characters).

Sentences split at 。!?; (with closing quotes) and at line breaks, never across a line.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from govkit.core.document import Section
from govkit.core.regex_gates import words_gate
from govkit.core.resources import data_path

_DATA = data_path("clean")

_CN_NUM = "一二三四五六七八九十百"
#: Numbered heading markers at the start of a line: (regex, level, style).
_MARKERS = [
    (re.compile(rf"第[{_CN_NUM}]{{1,3}}(?:部分|章|篇)\s*[、,.:]?\s*"), 1, "part"),
    (re.compile(rf"[{_CN_NUM}]{{1,3}}\s*[、.．]\s*"), 1, "cn"),
    (re.compile(rf"[((]\s*[{_CN_NUM}]{{0,3}}\s*[))]\s*"), 2, "paren_cn"),
    (re.compile(r"\d{1,2}\s*[、.．](?!\d)\s*"), 3, "arabic"),
    (re.compile(r"[((]\s*\d{1,2}\s*[))]\s*"), 3, "paren_arabic"),
]
#: The first character of every marker above but a digit (a quick check before trying them).
_MARKER_FIRST = f"第{_CN_NUM}(("
#: Start of a numbered heading or bullet (used by cleaning to restore paragraph breaks).
HEADING_START = re.compile(
    rf"(?:第[{_CN_NUM}]{{1,3}}(?:部分|章|篇)|[{_CN_NUM}]{{1,3}}、|[((][{_CN_NUM}]{{1,3}}[))]|——)"
)
_SENTENCE_PUNCT = re.compile(r"[。,;!?,;!?]")
_CN_DIGIT = re.compile(rf"[{_CN_NUM}]")
#: Where a section's title ends.
_TITLE_END = re.compile(r"[。!?;!?;]")
_MAX_HEADING = 40
_MAX_TITLE = 60  # not less than _MAX_HEADING (see is_heading_line)


@lru_cache(maxsize=1)
def _heading_patterns() -> re.Pattern:
    with open(_DATA / "headings.csv", encoding="utf-8", newline="") as fh:
        pats = [row["pattern"] for row in csv.DictReader(fh) if row.get("pattern")]
    return re.compile("|".join(f"(?:{p})" for p in pats))


@lru_cache(maxsize=1)
def _heading_gate() -> re.Pattern | None:
    """A line without a word this finds is no heading of headings.csv (core.regex_gates)."""
    return words_gate([_heading_patterns()])


def is_unnumbered_heading(line: str) -> bool:
    """True for a short heading line without a number, e.g. ``2021年工作安排``."""
    line = line.strip()
    if not line or len(line) > _MAX_HEADING or _SENTENCE_PUNCT.search(line):
        return False
    if line.startswith("——"):
        return False
    gate = _heading_gate()
    if gate is not None and gate.search(line) is None:
        return False
    return _heading_patterns().fullmatch(line) is not None


def match_marker(line: str) -> tuple[re.Match, int, str] | None:
    """The numbered-heading marker at the start of *line*, with its level and style."""
    first = line[:1]
    if not first or (first not in _MARKER_FIRST and not first.isdecimal()):  # (isdecimal: as \d)
        return None
    for rx, level, style in _MARKERS:
        m = rx.match(line)
        if m and m.end() < len(line) and not line[m.end()].isspace():
            if style == "paren_cn" and not _CN_DIGIT.search(m.group(0)) and not _is_han(line[m.end()]):
                continue  # '()' with a lost numeral counts only before Chinese text
            return m, level, style
    return None


def is_heading_line(line: str) -> bool:
    """A line that is only a heading: a numbered line without 。 or an un-numbered heading."""
    line = line.strip()
    if not line or len(line) > _MAX_TITLE:  # longer than a numbered or an un-numbered heading
        return False
    hit = match_marker(line)
    if hit is not None:
        return "。" not in line and len(line) <= _MAX_TITLE
    return is_unnumbered_heading(line)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _title(rest: str) -> str:
    m = _TITLE_END.search(rest)
    title = rest[: m.start()] if m else rest
    title = title.strip().rstrip(":: ,,")  # noqa: B005 (a set of characters is meant)
    return title[:_MAX_TITLE]


def _lead(line: str) -> int:
    """Length of the whitespace *line* starts with."""
    return len(line) - len(line.lstrip())


def split_sections(text: str) -> list[Section]:
    """Numbered and un-numbered sections of the cleaned *text*, in order."""
    heads: list[list] = []  # [start, level, marker, title, style]
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        hit = match_marker(stripped)
        if hit is not None:
            m, level, style = hit
            title = _title(stripped[m.end() :])
            if title:
                heads.append([start + _lead(line), level, m.group(0).strip(), title, style])
            continue
        if is_unnumbered_heading(stripped):
            heads.append([start + _lead(line), 1, "", stripped, "plain"])
    # levels of arabic styles: the first used is 3, the other 4
    arabic_order = [h[4] for h in heads if h[4] in ("arabic", "paren_arabic")]
    if arabic_order:
        first = arabic_order[0]
        for h in heads:
            if h[4] in ("arabic", "paren_arabic"):
                h[1] = 3 if h[4] == first else 4
    # un-numbered headings with numbered 一、 sections under them are the top level (0),
    # and so are their peers (the other un-numbered headings)
    above = False
    for i, h in enumerate(heads):
        if h[4] != "plain":
            continue
        for nxt in heads[i + 1 :]:
            if nxt[4] == "plain":
                break
            if nxt[4] in ("cn", "part"):
                above = True
                break
    if above:
        for h in heads:
            if h[4] == "plain":
                h[1] = 0
    sections: list[Section] = []
    n = len(text)
    for i, (start, level, marker, title, _style) in enumerate(heads):
        end = n
        for nxt in heads[i + 1 :]:
            if nxt[1] <= level:
                end = nxt[0]
                break
        sections.append(Section(start, end, level, marker, title))
    return sections


# ---------------------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------------------
_END = "。!?;！？；"  # sentence-ending punctuation
_CLOSE = "”’」』)》"  # closing quotes and brackets kept with the sentence before them
#: One sentence without surrounding whitespace, never across a line break: text up to and
#: including a run of end punctuation (and closing quotes), else the rest of the line; or
#: end punctuation alone.
_SENTENCE = re.compile(
    rf"[^\s{_END}][^\n{_END}]*[{_END}]+[{_CLOSE}]*"
    rf"|[^\s{_END}](?:[^\n{_END}]*[^\s{_END}])?"
    rf"|[{_END}]+[{_CLOSE}]*"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: split at 。!?; and at line breaks; no surrounding whitespace, none empty."""
    return list(map(re.Match.span, _SENTENCE.finditer(text)))
