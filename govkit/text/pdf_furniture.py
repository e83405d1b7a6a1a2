"""Running heads and feet of a PDF: lines printed at the same edge of most pages.

A PDF's text layer gives each page's header and footer lines (the issuing body and document
number, a printing note, ``— 3 —``) as ordinary lines at the top and bottom of the page. Where a
paragraph runs on to the next page they stand inside it (``完成年度目标任务的`` / footer / header /
``104.2%``), cutting a figure from its subject. A line is such furniture when the same line, its
digits aside (the page number changes), stands among the first or last :data:`EDGE` lines of at
least half the pages (and of two at least). It is dropped but at the top of the first page and the
bottom of the last, where it cuts no paragraph: there it may be the document's title (a running head
that repeats it) or its closing (a date of printing). At the top of the first page it is set apart
by an empty line, so that cleaning does not run it into the title below it.
"""

from __future__ import annotations

import re

#: How many lines at each edge of a page may be furniture.
EDGE = 2
#: Furniture lines are short; body lines that repeat at a page edge are not (a long line is kept).
MAX_LEN = 80
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
#: A line of body text (a sentence's end, a decimal figure, a percent) is never furniture, though
#: a template repeats it at a page's edge with other figures (本月全县优良天数比例为87.1%, …).
_BODY = re.compile(r"[。；;！？!?]|\d[.．]\d|[%％‰]")
#: A number that dates (2023年2月五峰县环境空气质量月报, one month a page): when it changes from page to
#: page, the line is a heading of its page, not a running head (whose only changing number is the page's).
_DATING = re.compile(r"\s*[年月日]")


def _key(line: str) -> str:
    return _SPACE.sub("", _DIGITS.sub("#", line))


def _edges(lines: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the first and the last :data:`EDGE` non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:EDGE], filled[-EDGE:]


def drop_running_lines(pages: list[str]) -> list[str]:
    """*pages* without their running heads and feet (see the module docstring)."""
    if len(pages) < 2:
        return pages
    split = [p.split("\n") for p in pages]
    counts: dict[tuple[str, str], int] = {}
    for lines in split:
        top, bottom = _edges(lines)
        seen = {("top", _key(lines[i])) for i in top} | {("bottom", _key(lines[i])) for i in bottom}
        for k in seen:
            counts[k] = counts.get(k, 0) + 1
    need = max(2, (len(pages) + 1) // 2)
    running = {k for k, n in counts.items() if n >= need and k[1].strip("#") and len(k[1]) <= MAX_LEN}
    running -= _not_furniture(split, running)
    if not running:
        return pages
    out = []
    last = len(split) - 1
    for n, lines in enumerate(split):
        top, bottom = _edges(lines)
        drop = set()
        heads = {i for i in top if ("top", _key(lines[i])) in running}
        if n > 0:
            drop |= heads
        if n < last:
            drop |= {i for i in bottom if ("bottom", _key(lines[i])) in running}
        kept = []
        for i, line in enumerate(lines):
            if i not in drop:
                kept.append(line)
                if n == 0 and i in heads:
                    kept.append("")  # a paragraph break: the head is no part of the title below it
        out.append("\n".join(kept))
    return out


def _not_furniture(split: list[list[str]], running: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The keys of *running* whose lines are body text (:data:`_BODY`) or whose changing numbers date
    them (:data:`_DATING`): the pages' own words in one template, not running heads or feet."""
    numbers: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    out = set()
    for lines in split:
        top, bottom = _edges(lines)
        for edge, idx in (("top", top), ("bottom", bottom)):
            for i in idx:
                k = (edge, _key(lines[i]))
                if k not in running:
                    continue
                if _BODY.search(lines[i]):
                    out.add(k)
                numbers.setdefault(k, set()).add(
                    tuple(
                        m.group() + ("d" if _DATING.match(lines[i], m.end()) else "")
                        for m in _DIGITS.finditer(lines[i])
                    )
                )
    for k, seen in numbers.items():
        if len(seen) > 1 and any(
            len({t[j] for t in seen}) > 1 and t[j].endswith("d") for t in seen for j in range(len(t))
        ):
            out.add(k)  # a dating number changes: each page's heading
    return out
