"""How values and names are written in tables and charts: numbers, marks, periods, labels.

Display conventions (printed under each table by :func:`govkit.present.display.show`):
``*`` estimate (预计), ``†`` target (目标), ``~`` approximate, ``⚠`` flagged (implausible value
or conflicting sources), ``遮蔽`` masked in the report (``***``), ``—`` missing (never 0).
Everything here returns plain strings; the views and charts use them, nothing here draws.
"""

from __future__ import annotations

import pandas as pd

from govkit.analysis.panel import flag_set, is_warning
from govkit.core.catalog import load_catalog

FAMILY_ZH = {
    "economy": "经济 economy",
    "investment": "投资 investment",
    "fiscal": "财政 fiscal",
    "income": "收入与就业 income",
    "poverty": "脱贫攻坚 poverty",
    "ecology": "生态环境 ecology",
}
KIND_MARK = {"actual": "", "estimate": "*", "target": "†"}
MEASURE_ZH = {
    "level": "",
    "yoy_pct": "同比增长",
    "cagr_pct": "年均增长",
    "pp_change": "变化",
    "completion_pct": "完成进度",
}
MEASURE_UNIT = {"yoy_pct": "%", "cagr_pct": "%", "pp_change": "百分点", "completion_pct": "%"}
MISSING = "—"
LEGEND = (
    "* 预计 estimate · † 目标 target · ~ 约数 approximate (左右/以上/突破) · ⚠ 标记 flagged (implausible / conflicting sources)"
    " · 遮蔽 masked in the report (***) · — 无数据 missing"
)


# --------------------------------------------------------------------------- selections


def year_span(years) -> list[int] | None:
    """``[]``/``None`` -> None (all years); otherwise ``[min, max]``."""
    years = [int(y) for y in (years or [])]
    return [min(years), max(years)] if years else None


def regions_label(regions) -> str:
    """``会同县 · 镇巴县``; an empty list means every region."""
    return " · ".join(regions) if regions else "全部地区 all regions"


def years_label(years) -> str:
    span = year_span(years)
    if not span:
        return "全部年份 all years"
    return str(span[0]) if span[0] == span[1] else f"{span[0]}–{span[1]}"


def no_data_message(regions, years, what: str = "") -> str:
    r = "、".join(regions) if regions else "所选地区"
    return f"没有数据 No data: {r} 在 {years_label(years)} 没有可用的{what or '指标'}数值。"


# --------------------------------------------------------------------------- values


def fmt_number(v) -> str:
    """Numbers as printed: integers with thousands separators, others up to 4 decimals."""
    if v is None or pd.isna(v):
        return MISSING
    v = float(v)
    if v == round(v) and abs(v) < 1e15:
        return f"{int(round(v)):,}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")


def mark_value(value, kind: str = "actual", flags: str = "", masked=False) -> str:
    """A panel value as shown in tables: ``92.45*`` (estimate), ``140†`` (target), ``~6.5`` (approximate), ``8,892,933⚠``."""
    if bool(masked) if pd.notna(masked) else False:
        text = "遮蔽"
    elif value is None or pd.isna(value):
        return MISSING
    else:
        text = ("~" if "approximate" in flag_set(flags) else "") + fmt_number(value)
    return text + KIND_MARK.get(kind or "", "") + ("⚠" if is_warning(flags) else "")


def period_label(year, period_start=None, subperiod: str = "") -> str:
    """``2020``, ``2016–2020`` (span), ``2024 H1`` (part of a year)."""
    if year is None or pd.isna(year):
        return "?"
    label = (
        f"{int(period_start)}–{int(year)}" if period_start is not None and pd.notna(period_start) else str(int(year))
    )
    return f"{label} {subperiod}" if subperiod else label


def period_sort_key(label: str) -> tuple:
    """Sort key of a :func:`period_label`: by end year, spans before the single year, then sub-period."""
    head, _, sub = label.partition(" ")
    a, _, b = head.partition("–")
    end = int(b or a) if (b or a).isdigit() else 0
    start = int(a) if a.isdigit() else 0
    return (end, -start if b else -end, sub)


# --------------------------------------------------------------------------- indicators and measures


def measure_label(measure: str) -> str:
    """``同比增长`` for ``yoy_pct``; the level is ``水平 level``."""
    return MEASURE_ZH.get(measure, measure) or "水平 level"


def indicator_name(indicator: str) -> str:
    """The catalog's Chinese name of *indicator* (the id when it is not in the catalog)."""
    ind = load_catalog().get(indicator)
    return ind.name_zh if ind else indicator


def value_unit(indicator: str, measure: str = "level", unit: str | None = None) -> str:
    """The unit a value axis shows: the measure's unit, else *unit*, else the catalog unit."""
    if measure != "level":
        return MEASURE_UNIT.get(measure, "%")
    if unit:
        return unit
    ind = load_catalog().get(indicator)
    return ind.unit if ind else ""


def indicator_label(indicator: str, measure: str = "level", unit: str | None = None) -> str:
    """``地区生产总值 (亿元)``, ``地区生产总值 同比增长 (%)``."""
    m = MEASURE_ZH.get(measure, measure)
    name = f"{indicator_name(indicator)} {m}".strip()
    u = value_unit(indicator, measure, unit)
    return f"{name} ({u})" if u else name
