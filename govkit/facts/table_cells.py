"""What one cell of a plain-text table says (:mod:`govkit.facts.tables` reads the tables): the
catalog indicator a header or row label names, the unit it prints, the growth a label names, and a
value cell in the indicator's catalog unit."""

from __future__ import annotations

import re
import unicodedata

from govkit.core.catalog import Indicator
from govkit.facts.cues import cue
from govkit.facts.mentions import Lexicon
from govkit.facts.numbers import unit_of
from govkit.facts.places import opens_with_places
from govkit.text.table_parts import APPROX_TAIL, BOUND_LEAD, NUMBER_CELL, POINTS, SUB_ITEM

_UNIT = re.compile(r"[((]([^()()]*)[))]")
_LEFTOVER_OK = cue("table", "leftover_ok")
_GROWTH_LABEL = cue("table", "growth_label")
_GROWTH_CELL = cue("table", "growth_cell")
_FALL_LABEL = cue("table", "fall_label")
_LABEL_LEAD = cue("table", "label_lead")
_LABEL_NUMBER = cue("table", "label_number")  # 一、一般公共预算收入, (一)地区生产总值: the label after it
_GROUP_ROW = cue("table", "group_row")
_ITEMISED_TITLE = cue("table", "itemised_title")
_ITEMISED_TOTAL = cue("table", "itemised_total")
_ITEMISED_OTHER = cue("table", "itemised_other")
_TITLE_LEAD = re.compile(r"^\s*(?:附?表\s*[\d一二三四五六七八九十]{1,3}\s*[:：.、．-]?\s*)?(?:(?:19|20)\d{2}\s*年度?)?")
_BRACKET = re.compile(r"[（(][^（()）]*[)）]")
_CAPTION = cue("table", "caption_unit")
GROUP_PARENT = cue("table", "group_parent")
UNIT_SPELLING = {"%": "%", "％": "%", "μg/m3": "微克/立方米", "ug/m3": "微克/立方米", "μg/m³": "微克/立方米"}


def norm(cell: str) -> str:
    s = unicodedata.normalize("NFKC", cell)
    return re.sub(r"[a-z]+", lambda m: m.group(0).upper(), s)


#: A symbol in brackets after a name (细颗粒物(PM2.5), 二氧化硫(SO2)): part of the name, not a unit.
_SYMBOL = re.compile(r"[A-Za-z][A-Za-z0-9.]{0,7}")


def name_and_unit(cell: str) -> tuple[str, str]:
    """A header or label cell's name and the unit it prints in brackets (``优良率(%)``); a symbol in
    brackets that is no unit (``细颗粒物(PM2.5)(微克/立方米)``) is not the unit."""
    units = [g.strip() for g in _UNIT.findall(cell)]
    units = [u for u in units if not (_SYMBOL.fullmatch(u) and unit_of(UNIT_SPELLING.get(u, u)) is None)]
    unit = units[0] if units else ""
    name = _UNIT.sub("", cell).strip()
    return name, UNIT_SPELLING.get(unit, unit)


def indicator_named(cell: str, lexicon: Lexicon, catalog: dict[str, Indicator]) -> tuple[Indicator, str] | None:
    """The catalog indicator a header or label cell names (the whole cell, bar 年均值 and a unit)."""
    name, unit = name_and_unit(_LABEL_NUMBER.sub("", SUB_ITEM.sub("", cell), count=1))
    name = _LABEL_LEAD.sub("", norm(name), count=1)
    if not name:
        return None
    ms = lexicon.mentions(name)
    if len(ms) != 1 or ms[0].type not in ("subject", "event"):
        return None
    m = ms[0]
    if m.type == "event" and (m.start, m.end) != (0, len(name)):
        return None  # an event names a row only as the whole label (贫困村出列 | 个 | 12), not inside one
    if m.start != 0 or not _LEFTOVER_OK.match(name[m.end :]):
        return None
    inds = [catalog[i] for i in m.indicators if i and i in catalog]
    if len(inds) > 1:
        inds = [i for i in inds if i.unit == unit]
    if len(inds) != 1:
        return None
    return inds[0], unit


def group_row(
    label: str, lexicon: Lexicon, catalog: dict[str, Indicator]
) -> tuple[str, tuple[Indicator, str] | None] | None:
    """A row label naming only a group of residents (城镇常住居民), and the group's own indicator named by
    the label and the parent's name together (urban_income: 城镇常住居民人均可支配收入), read when the row
    stands under that parent (全体居民人均可支配收入, or a title naming it); None for other labels."""
    name, unit = name_and_unit(SUB_ITEM.sub("", label))
    m = _GROUP_ROW.match(norm(name).strip())
    if m is None:
        return None
    got = indicator_named(m.group(1) + GROUP_PARENT.pattern, lexicon, catalog)
    return m.group(1), ((got[0], unit or got[1]) if got is not None else None)


def growth_row(label: str, lexicon: Lexicon, catalog: dict[str, Indicator]) -> tuple[Indicator, int] | None:
    """The indicator whose growth a row label names in percent (规模以上工业增加值增速(%)), and the
    growth's sign (-1 for a fall named: 单位GDP能耗下降(%) | 3.2 holds a fall of 3.2%), or None."""
    name, unit = name_and_unit(_LABEL_NUMBER.sub("", SUB_ITEM.sub("", label), count=1))
    bare = _GROWTH_LABEL.sub("", name)
    sign = 1
    if bare == name:
        bare, sign = _FALL_LABEL.sub("", name), -1
    if unit not in ("%", "") or bare == name:
        return None  # a growth is in percent: a label printing another unit is not one
    got = indicator_named(bare, lexicon, catalog)
    return (got[0], sign) if got is not None and got[0].unit != "%" else None  # a rate's growth: % or points?


def cell_value(cell: str, ind: Indicator, unit: str, measure: str) -> float | None:
    """A value cell in the indicator's catalog unit for *measure*; a change in points (-2.7个百分点) is
    a value of ``pp_change`` only, and only a cell in points is one."""
    if not NUMBER_CELL.fullmatch(cell):
        return None
    cell = BOUND_LEAD.sub("", APPROX_TAIL.sub("", cell))  # 6左右, 9.5以上, ≥4000: the printed figure
    points = POINTS.search(cell)
    if (points is not None) != (measure == "pp_change"):
        return None
    if points is not None:
        return float(cell[: points.start()].replace("−", "-").replace(",", ""))
    pct = cell.endswith("%")
    v = float(cell.rstrip("%").replace("−", "-").replace(",", ""))
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


def scaled(unit: str) -> bool:
    """Whether a catalog unit is printed at several scales (元, 万元, 亿元): a bare figure is ambiguous."""
    u, money = unit_of(unit), unit_of("元")
    return u is not None and money is not None and u.dimension == money.dimension


def growth_cell(cell: str) -> float | None:
    """A plan cell holding a growth (6.5%左右, 增长6%, 下降3%) in a row of a sum: the growth, signed."""
    m = _GROWTH_CELL.fullmatch(norm(cell).strip())
    if m is None:
        return None
    v = float(m.group(2))
    return -v if m.group("fall") else v


def itemised_total(
    title: str, labels: list[str], lexicon: Lexicon, catalog: dict[str, Indicator], own: set[str]
) -> tuple[int, Indicator] | None:
    """The row of a table of items holding their sum, and the one catalog indicator the table's title alone
    names (2023年一般公共预算主要支出项目执行情况表 over 教育支出 … 合计: the 合计 row is the year's
    spending): the row labelled 合计 (cue ``itemised_total``), first or last, when the title less its number,
    year, own region's word and item words (cue ``itemised_title``) is exactly one indicator's name, no other
    row names that indicator, and no row is a transfer, a carry-over (cue ``itemised_other``) or a place."""
    at = [i for i, label in enumerate(labels) if _ITEMISED_TOTAL.fullmatch(norm(label).strip())]
    if len(at) != 1 or at[0] not in (0, len(labels) - 1) or len(labels) < 3:
        return None
    bare = _BRACKET.sub("", _CAPTION.sub("", _TITLE_LEAD.sub("", norm(title).strip(), count=1)))
    name = _ITEMISED_TITLE.sub("", bare).strip()
    name = next((name[len(w) :] for w in sorted(own, key=len, reverse=True) if w and name.startswith(w)), name)
    got = indicator_named(name, lexicon, catalog) if name else None
    if got is None:
        return None
    items = [label for i, label in enumerate(labels) if i != at[0]]
    for label in items:
        named = indicator_named(label, lexicon, catalog)
        if (named is not None and named[0].id == got[0].id) or _ITEMISED_OTHER.search(label):
            return None
        if opens_with_places(label, own):
            return None
    return at[0], got[0]
