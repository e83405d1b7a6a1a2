"""Facts of plain-text tables: rows of figures under a header of indicator names or years.

Statistical pages and environment bulletins print tables as lines of space- or ``|``-separated
cells (the cleaner keeps them, :mod:`govkit.text.tables`). Two shapes are read:

* a header of indicator names (``月份 PM10 PM2.5 优良天数(天) 优良率(%)``) over rows labelled by a
  year (``2020年 62 35 314 85.8``), by a change (``同比 3.2% -8.6% … -0.7%``: year-on-year rates of
  the last year above) or by a place: a district's bulletin that prints every district's row
  gives only its own row (and the total when the total is the report's own region, 全区 in a
  district's report); a standard (``国家标准``), another place or 合计 gives nothing;
* a header of years (``指标 2020年 2021年 同比(%)``, or 本年/上年 for the year described and the
  year before) over rows labelled by an indicator (``PM2.5(微克/立方米) 35 32 -8.6``); a 单位 column
  gives each row's unit.

Rows labelled by a month (``6月``) or a part of the year (``1-6月``, ``上半年``) are levels of that
sub-period; a title line above the header gives the year (and a sub-period) of the whole table.

A header may wrap over several lines (a lone word on its own line ends the cell above it); when
the header's cells do not line up one-to-one with a row's figures the table is not read (a
misaligned column would give wrong numbers). A unit printed in a header cell is converted to
the catalog unit when ``units.csv`` knows it; an unknown unit is not read. Evidence is the row.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from govkit.core.catalog import Indicator
from govkit.core.document import DocumentMeta
from govkit.core.fact import Fact
from govkit.facts.blocking import own_name_in
from govkit.facts.measures import unit_label
from govkit.facts.mentions import Lexicon
from govkit.facts.numbers import unit_of
from govkit.facts.timeframe import subperiod_of
from govkit.text.tables import MAX_HEADER_LEN, MAX_HEADER_LINES, NUMBER_CELL, cells, is_row

_SENTENCE = re.compile(r"[。,;,;:：]")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?(?:度|末|底)?")
_YEAR_CELL = re.compile(r"((?:19|20)\d{2})\s*年?(?:度|末|底)?(?:[((][^()()]*[))])?")
_CHANGE = re.compile(r"(同比|比上年|较上年|增减|增幅|增速|增长|变化|变幅|涨幅|升降)")
_STANDARD = re.compile(r"标准|限值|目标|考核|要求")
_THIS_YEAR = re.compile(r"^(本年|本期|今年|当年|本年累计)(累计)?(数|值)?$")
_LAST_YEAR = re.compile(r"^(上年|去年|上年同期|去年同期|上期)(累计)?(数|值)?$")
_UNIT_COLUMN = re.compile(r"^(计量)?单位$")
_MONTH = re.compile(r"^(\d{1,2})月份?$")
_TOTAL = re.compile(r"^(全[省市区县州盟旗镇乡]|合计|总计|平均|均值|全部)$")
_UNIT = re.compile(r"[((]([^()()]*)[))]")
_LEFTOVER_OK = re.compile(r"^(年均|平均|年平均)?(值|浓度|年均值|年均浓度|平均浓度|数)?$")
_UNIT_SPELLING = {"%": "%", "％": "%", "μg/m3": "微克/立方米", "ug/m3": "微克/立方米", "μg/m³": "微克/立方米"}


def _norm(cell: str) -> str:
    s = unicodedata.normalize("NFKC", cell)
    return re.sub(r"[a-z]+", lambda m: m.group(0).upper(), s)


def _name_and_unit(cell: str) -> tuple[str, str]:
    m = _UNIT.search(cell)
    unit = m.group(1).strip() if m else ""
    name = _UNIT.sub("", cell).strip()
    return name, _UNIT_SPELLING.get(unit, unit)


def _indicator(cell: str, lexicon: Lexicon, catalog: dict[str, Indicator]) -> tuple[Indicator, str] | None:
    """The catalog indicator a header or label cell names (the whole cell, bar 年均值 and a unit)."""
    name, unit = _name_and_unit(cell)
    name = _norm(name)
    if not name:
        return None
    ms = lexicon.mentions(name)
    if len(ms) != 1 or ms[0].type != "subject":
        return None
    m = ms[0]
    if m.start != 0 or not _LEFTOVER_OK.match(name[m.end :]):
        return None
    inds = [catalog[i] for i in m.indicators if i and i in catalog]
    if len(inds) > 1:
        inds = [i for i in inds if i.unit == unit]
    if len(inds) != 1:
        return None
    return inds[0], unit


def _value(cell: str, ind: Indicator, unit: str, measure: str) -> float | None:
    if not NUMBER_CELL.fullmatch(cell):
        return None
    pct = cell.endswith("%")
    v = float(cell.rstrip("%").replace("−", "-"))
    if measure == "yoy_pct":
        return v if pct or unit == "%" else None
    if v < 0 or (pct and ind.unit != "%"):
        return None
    if not unit or unit == ind.unit:
        return v
    have, want = unit_of(unit), unit_of(ind.unit)
    if have is None or want is None or have.dimension != want.dimension:
        return None
    return round(v * have.factor / want.factor, 10)


def _header(lines: list[str], first_row: int, n: int) -> tuple[list[str], int] | None:
    """Header cells (n, the label column dropped) above *first_row*, and the index of its first line."""
    cand: list[int] = []
    j = first_row - 1
    while j >= 0 and len(cand) < MAX_HEADER_LINES:
        line = lines[j].strip()
        if not line or _SENTENCE.search(line) or len(line) > MAX_HEADER_LEN or is_row(line):
            break
        cand.append(j)
        j -= 1
    for k in range(1, len(cand) + 1):
        top = first_row - k
        tokens: list[str] = []
        for li in range(top, first_row):
            cs = cells(lines[li])
            if len(cs) == 1 and tokens and li > top:
                tokens[-1] += cs[0]  # a lone word on its own line ends the cell above it
            else:
                tokens.extend(cs)
        if len(tokens) == n + 1:
            return tokens[1:], top
        if len(tokens) == n:
            return tokens, top
    return None


def _place_row(label: str, meta: DocumentMeta, own: set[str]) -> bool:
    """Whether a row labelled *label* is the report's own region (its name, or 全区 in a district's report)."""
    if label in own:
        return True
    if _TOTAL.match(label):
        return False
    region = meta.region or ""
    short = region[:-1] if len(region) > 2 and region[-1] in "县区市旗镇乡" else region
    return bool(short) and (label == short or own_name_in(label, {region}) and label.startswith(short))


def table_facts(
    text: str,
    doc_id: str,
    meta: DocumentMeta,
    doc_year: int | None,
    own: set[str],
    catalog: dict[str, Indicator],
    lexicon: Lexicon,
) -> tuple[list[Fact], set[int]]:
    """Facts of the plain-text tables of *text*, and the indices of the lines that are table rows."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    row_idx = [i for i, line in enumerate(lines) if is_row(line)]
    facts: list[Fact] = []
    blocks: list[list[int]] = []
    for i in row_idx:
        if blocks and blocks[-1][-1] == i - 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    for block in blocks:
        widths = Counter(len(cells(lines[i])) - 1 for i in block)
        n = widths.most_common(1)[0][0]
        head = _header(lines, block[0], n)
        if head is None:
            continue
        header, top = head
        title = lines[top - 1] if top > 0 and not _SENTENCE.search(lines[top - 1]) else ""
        title_year = _YEAR.search(title)
        year0 = int(title_year.group(1)) if title_year else doc_year
        sub0 = (subperiod_of(title) or "") if title else ""
        col_years: list[int | None] = []
        for h in header:
            ym = _YEAR_CELL.fullmatch(h)
            if ym:
                col_years.append(int(ym.group(1)))
            elif _THIS_YEAR.match(h) and year0:
                col_years.append(year0)
            elif _LAST_YEAR.match(h) and year0:
                col_years.append(year0 - 1)
            else:
                col_years.append(None)
        by_years = any(y is not None for y in col_years)
        unit_col = next((ci for ci, h in enumerate(header) if _UNIT_COLUMN.match(h)), None)
        last_year, last_sub = year0, sub0
        for i in block:
            cs = cells(lines[i])
            if len(cs) - 1 != n:
                continue
            label, vals = cs[0], cs[1:]
            spans: list[tuple[int, int]] = []
            p = 0
            for c in cs:
                s = lines[i].find(c, p)
                spans.append((s, s + len(c)))
                p = s + len(c)
            # ind, measure, value, year, sub-period, cell
            out: list[tuple[Indicator, str, float, int | None, str, int]] = []
            if by_years:
                got = _indicator(label, lexicon, catalog)
                if got is None:
                    continue
                ind, unit = got
                if unit_col is not None:
                    unit = _UNIT_SPELLING.get(vals[unit_col], vals[unit_col])
                latest: int | None = max(y for y in col_years if y is not None)
                for ci, (h, cy) in enumerate(zip(header, col_years)):
                    if cy is not None:
                        v = _value(vals[ci], ind, unit, "level")
                        if v is not None:
                            out.append((ind, "level", v, cy, sub0, ci))
                    elif _CHANGE.search(h) and not _STANDARD.search(h):
                        v = _value(vals[ci], ind, "%" if "%" in h else "", "yoy_pct")
                        if v is not None:
                            out.append((ind, "yoy_pct", v, latest, sub0, ci))
            else:
                ym = _YEAR_CELL.fullmatch(label)
                mm = _MONTH.match(label)
                period = subperiod_of(label)
                year: int | None
                if ym:
                    measure, year, sub = "level", int(ym.group(1)), sub0
                    last_year, last_sub = year, sub
                elif _CHANGE.search(label) and not _STANDARD.search(label):
                    measure, year, sub = "yoy_pct", last_year, last_sub
                elif mm and 1 <= int(mm.group(1)) <= 12:
                    measure, year, sub = "level", year0, f"M{int(mm.group(1))}"  # a month's row of a bulletin
                    last_year, last_sub = year, sub
                elif period and len(label) <= 8:  # 上半年, 1-6月, 一季度
                    measure, year, sub = "level", year0, period or ""
                    last_year, last_sub = year, sub
                elif _place_row(label, meta, own):
                    measure, year, sub = "level", year0, sub0
                else:
                    continue  # a standard, another place, a total that is not the report's region
                for ci, h in enumerate(header):
                    got = _indicator(h, lexicon, catalog)
                    if got is None:
                        continue
                    ind, unit = got
                    v = _value(vals[ci], ind, unit, measure)
                    if v is not None:
                        out.append((ind, measure, v, year, sub, ci))
            row = lines[i]
            lead = len(row) - len(row.lstrip())
            ev_s = starts[i] + lead
            evidence = row.strip()
            for ind, measure, v, year, sub, ci in out:
                s, e = spans[ci + 1]
                facts.append(
                    Fact(
                        doc_id=doc_id,
                        indicator=ind.id,
                        measure=measure,
                        value=v,
                        unit=unit_label(ind, measure),
                        year=year,
                        period_start=None,
                        subperiod=sub,
                        kind="actual",
                        evidence=evidence,
                        family=ind.family,
                        region="",
                        adcode="",
                        value_text=vals[ci],
                        evidence_start=ev_s,
                        evidence_end=ev_s + len(evidence),
                        value_start=starts[i] + s,
                        value_end=starts[i] + e,
                    )
                )
    return facts, set(row_idx)
