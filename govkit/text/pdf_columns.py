"""Pages printed in two text columns: read each column down before the next.

A bulletin or a journal page sets its body in two columns (CSS ``column-count: 2``, Word's
columns). pdfplumber reads a page line by line across the whole width, so a line of the left
column is glued to the line of the right column at the same height (``…其中新2023年,弥勒市深入…``):
sentences of the two columns interleave and figures lose their subjects. :func:`page_text` finds a
vertical gutter (a strip near the middle of the page that the lines of the body do not cross) and
reads the page as bands: a band of lines that cross the gutter (a title, a footnote, a line of a
one-column page) is read across; a band of lines that leave the gutter empty, with text on both
sides in several lines and a left column whose lines end at one edge (justified text, not the
ragged cells of a table), is read left column first, then right column.

A one-column page, or a table whose cells leave a gap in the middle, is read as before; so is a ruled
table of two columns of wrapped prose (主要任务 | 完成情况 of a self-check): a horizontal rule inside the
band at the same height on both sides of the gutter (or across it) is a row's border, and reading
the columns in turn would part each outturn from its task.
"""

from __future__ import annotations

from statistics import median

#: Fewest lines with text on each side of the gutter for a band to be read as two columns.
_MIN_SIDE_LINES = 3
#: The gutter is looked for between these fractions of the page's width.
_GUTTER_SPAN = (0.3, 0.7)
#: A gap at the gutter narrower than this many character widths is a space inside a line.
_MIN_GAP_CHARS = 1.8
#: Share of the left column's lines that must end at its right edge (justified text).
_JUSTIFIED_SHARE = 0.5
#: Share of the lines' sides that must be solid runs of characters (prose, not a table's cells).
_SOLID_SHARE = 0.8
#: The gutter may be crossed by at most this share of the page's lines (a title, footnotes).
_CROSSING_SHARE = 0.25


def page_text(page) -> str:
    """The text of a pdfplumber *page*, each column of a two-column band read in turn."""
    plain = page.extract_text() or ""
    chars = [c for c in page.chars if c.get("text", "").strip()]
    if len(chars) < 40:
        return plain
    try:
        return _columns_text(page, chars) or plain
    except ValueError:  # a crop outside an odd page box (pdfplumber's check): read the page across
        return plain


def _columns_text(page, chars: list[dict]) -> str:
    """The page's text band by band, or "" when no band is set in two columns."""
    x0, top0, x1, bottom0 = page.bbox  # a page box need not start at 0
    rows = _rows(chars)
    cw = median(c["x1"] - c["x0"] for c in chars) or 1.0
    gx = _gutter(chars, x0, x1, int(len(rows) * _CROSSING_SHARE))
    if gx is None:
        return ""
    bands = _bands(rows, gx, cw, _row_rules(page, gx, cw))
    if not any(double for double, _, _ in bands):
        return ""
    out: list[str] = []
    for (double, _, _), (top, bottom) in zip(bands, _band_edges(bands, top0, bottom0)):
        for a, b in ((x0, gx), (gx, x1)) if double else ((x0, x1),):
            t = page.crop((a, top, b, bottom)).extract_text() or ""
            if t.strip():
                out.append(t)
    return "\n".join(out)


def _rows(chars: list[dict]) -> list[list[dict]]:
    """Characters grouped in lines: a character whose middle lies within a line's height joins it."""
    rows: list[tuple[float, float, list[dict]]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        mid = (c["top"] + c["bottom"]) / 2
        for top, bottom, row in rows[-4:]:
            if top - 0.5 <= mid <= bottom + 0.5:
                row.append(c)
                break
        else:
            rows.append((c["top"], c["bottom"], [c]))
    return [row for _, _, row in rows]


def _gutter(chars: list[dict], left: float, right: float, most: int) -> float | None:
    """The x of the least covered vertical line near the middle of the page (from *left* to *right*),
    if at most *most* characters cover it."""
    width = right - left
    lo, hi = int(left + width * _GUTTER_SPAN[0]), int(left + width * _GUTTER_SPAN[1])
    cover = [0] * (hi - lo + 1)
    for c in chars:
        a, b = max(lo, int(c["x0"]) + 1), min(hi, int(c["x1"]))
        for x in range(a, b + 1):
            cover[x - lo] += 1
    least = min(cover)
    if least > most:
        return None
    # the middle of the widest run of least-covered positions
    best, run_start, best_len = None, None, 0
    for i, n in enumerate([*cover, least + 1]):
        if n == least and run_start is None:
            run_start = i
        elif n != least and run_start is not None:
            if i - run_start > best_len:
                best, best_len = (run_start + i - 1) / 2, i - run_start
            run_start = None
    return lo + best if best is not None else None


def _sides(row: list[dict], gx: float, cw: float) -> tuple[list[dict], list[dict]] | None:
    """The row's characters left and right of the gutter, or None when the row crosses it."""
    left = [c for c in row if c["x1"] <= gx]
    right = [c for c in row if c["x0"] >= gx]
    if len(left) + len(right) != len(row):
        return None
    if left and right:
        gap = min(c["x0"] for c in right) - max(c["x1"] for c in left)
        if gap < _MIN_GAP_CHARS * cw:
            return None
    return left, right


def _row_rules(page, gx: float, cw: float) -> list[float]:
    """The heights of the page's horizontal rules that a table's rows leave: a rule across the gutter, or
    rules on both sides of it at one height (a cell's border drawn per cell). A column rule's ends
    (shorter than two characters) are no rules."""
    edges = [e for e in page.horizontal_edges if e["x1"] - e["x0"] >= 2 * cw]
    across = [e["top"] for e in edges if e["x0"] < gx - cw and e["x1"] > gx + cw]
    left = [e["top"] for e in edges if e["x1"] <= gx + cw]
    right = [e["top"] for e in edges if e["x0"] >= gx - cw]
    return across + [y for y in left if any(abs(y - z) <= 1.5 for z in right)]


def _bands(
    rows: list[list[dict]], gx: float, cw: float, rules: list[float] | tuple = ()
) -> list[tuple[bool, float, float]]:
    """Runs of rows: (two columns?, top, bottom) in page order; a run with a table's row rule inside
    it (*rules*) is no two-column band."""
    bands: list[tuple[bool, float, float]] = []
    run: list[tuple[list[dict], list[dict], list[dict]]] = []

    def close() -> None:
        if not run:
            return
        top = min(c["top"] for row, _, _ in run for c in row)
        bottom = max(c["bottom"] for row, _, _ in run for c in row)
        lefts = [max(c["x1"] for c in left) for _, left, _ in run if left]
        rights = [1 for _, _, right in run if right]
        double = len(lefts) >= _MIN_SIDE_LINES and len(rights) >= _MIN_SIDE_LINES
        if double:
            edge = max(lefts)
            flush = sum(1 for x in lefts if x >= edge - 1.5 * cw)
            parts = [part for _, left, right in run for part in (left, right) if part]
            solid = sum(1 for part in parts if _solid(part, cw))
            double = flush >= _JUSTIFIED_SHARE * len(lefts) and solid >= _SOLID_SHARE * len(parts)
            double = double and not any(top < y < bottom for y in rules)
        bands.append((double, top, bottom))
        run.clear()

    for i, row in enumerate(rows):
        top, below = min(c["top"] for c in row), max(c["bottom"] for c in row)
        sides = _sides(row, gx, cw)
        if sides is not None and i in (0, len(rows) - 1) and not (sides[0] and sides[1]):
            sides = None  # the page's first or last line on one side only: a running head or foot
        if sides is None:
            close()
            bands.append((False, top, below))
        else:
            run.append((row, *sides))
    close()
    merged: list[tuple[bool, float, float]] = []
    for b in bands:  # neighbouring one-column bands read as one
        if merged and not b[0] and not merged[-1][0]:
            merged[-1] = (False, merged[-1][1], max(merged[-1][2], b[2]))
        else:
            merged.append(b)
    return merged


def _solid(part: list[dict], cw: float) -> bool:
    """Whether a line's characters on one side of the gutter run on without a gap (a column's line
    of prose, not the cells of a table row spaced apart)."""
    xs = sorted(part, key=lambda c: c["x0"])
    return all(b["x0"] - a["x1"] <= cw for a, b in zip(xs, xs[1:]))


def _band_edges(bands: list[tuple[bool, float, float]], top0: float, bottom0: float) -> list[tuple[float, float]]:
    """The crop limits of each band: halfway to its neighbours, the page's edges at the ends."""
    edges = []
    for i, (_, top, bottom) in enumerate(bands):
        upper = top0 if i == 0 else (bands[i - 1][2] + top) / 2
        lower = bottom0 if i == len(bands) - 1 else (bottom + bands[i + 1][1]) / 2
        edges.append((max(top0, upper), min(bottom0, lower)))
    return edges
