"""Numbers and units as printed in reports: ``92.45亿元``, ``1.6万户``, ``三十二个``, ``***亿元``.

:func:`find_quantities` finds every number with its magnitude and unit in a string;
:func:`convert` turns a quantity into an indicator's canonical unit. Units and their
dimensions are a data file (``govkit/data/extract/units.csv``). Chinese numerals below a
hundred (``两``, ``十五``, ``二十一``: most of those in reports) are read from a table; every other
form is converted with cn2an, imported only then (its import takes about a quarter of a second,
which every ``govkit`` command would otherwise spend starting up).
A number printed with separators that are not thousands separators (``92 450万元``, ``123,45``)
is one quantity with no value, marked ``ambiguous`` (see :func:`_ambiguous`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from govkit.core.resources import data_path, read_table
from govkit.facts.cues import cue, cue_words

MAGNITUDES = {"千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3}
_CN_NUM_CHARS = "零〇一二两三四五六七八九十百千万亿"
_CN_DIGIT_VALUES = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9)))
#: A Chinese numeral below a hundred as cn2an reads it: a digit, or (digit) 十 (digit other than zero).
_CN_BELOW_HUNDRED = re.compile(r"([零〇一二两三四五六七八九])|([一二两三四五六七八九])?十([一二三四五六七八九])?")


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: str
    factor: float


@dataclass(slots=True)
class Quantity:
    """A number found in text. ``value`` is in ``unit`` (magnitude applied), None if masked."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str  # canonical spelling from units.csv, "" when the number has no unit
    dimension: str  # "" when unitless
    factor: float  # value * factor = amount in the dimension's base unit
    magnitude: str = ""  # 万/亿 written before the unit (or alone)
    masked: bool = False
    approx: str = ""  # 余/多/近/约/左右/以上/以内 ...
    num_end: int = 0  # where the digits end (before magnitude/unit)
    high: float | None = None  # upper bound of a range (增长5.5-6%, 5%—5.5%); ``value`` is the lower
    ambiguous: bool = False  # 92 450万元, 123,45: separators that are not thousands separators; value None
    flat: bool = False  # 与上年持平, 同比持平: no change on the year before, a growth of 0% printed in words

    @property
    def base_value(self) -> float | None:
        return None if self.value is None else self.value * self.factor


@lru_cache(maxsize=1)
def load_units() -> dict[str, Unit]:
    return {
        r["unit"]: Unit(r["unit"], r["dimension"], float(r["factor"]))
        for r in read_table(data_path("extract", "units.csv"))
    }


def unit_of(name: str) -> Unit | None:
    return load_units().get(name)


@lru_cache(maxsize=1)
def _stand_ins() -> frozenset[tuple[str, str]]:
    """(catalog dimension, printed dimension) pairs a report prints for one another though neither
    converts to the other (``unit_stand_ins.csv``: yuan for dollars, persons for visits)."""
    rows = read_table(data_path("extract", "unit_stand_ins.csv"))
    return frozenset((r["catalog_dimension"], r["printed_dimension"]) for r in rows)


def stands_in(q: Quantity, target_unit: str) -> bool:
    """Whether *q* is printed in a unit that stands in for *target_unit*'s without converting to it
    (外贸出口总额12.5亿元 for exports counted in 万美元): the figure is the indicator's, its value unknown."""
    tu = unit_of(target_unit)
    return tu is not None and (tu.dimension, q.dimension) in _stand_ins()


#: Minus signs right after a word and before the digits (增长-3.2%, 增长−5.1%: U+2212, the small
#: hyphen-minus ﹣ and the en dash – that some copies print for it).
_MINUS = "-\u2212\ufe63\u2013"
_TO_HYPHEN = str.maketrans({"\u2212": "-", "\ufe63": "-", "\u2013": "-", "\u2014": "-"})
#: An em dash is a minus sign only right after a growth word (增长—2.3%; cues.tsv number dash_minus_after).
_DASH_MINUS = "|".join(f"(?<={w})" for w in cue_words("number", "dash_minus_after")) or "(?!)"


# A unit may follow a magnitude (万/亿) that is already part of the unit name (万元) or not.
@lru_cache(maxsize=1)
def _quantity_regex() -> re.Pattern:
    units = sorted(load_units(), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units) + r"|百分点|％"
    arabic = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
    chinese = r"(?<![第])[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?"
    # 三分之二, 百分之八点五, 百分之百 (a percentage written out)
    fraction = (
        r"[一二三四五六七八九十百\d]+分之(?:\d+(?:\.\d+)?|[一二三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?|百)"
    )
    masked = r"\*+(?:\.\*+)?"
    # Words of an approximate figure (cues.tsv, category number): before it (近, 约), right after
    # the number or its magnitude (余, 多), after its unit (左右, 以上).
    before = cue("number", "approx_before").pattern
    after_number = cue("number", "approx_after_number").pattern
    after_unit = cue("number", "approx_after_unit").pattern
    # The leading lookahead lets the engine skip, in one cheap test, the many positions where
    # no quantity can start (most characters of a report): a sign, the first character of a
    # word before the number, a digit or numeral, a mask.
    firsts = "".join(dict.fromkeys(w[0] for w in cue_words("number", "approx_before")))
    return re.compile(
        rf"(?=[{_MINUS}\u2014{firsts}\d一二两三四五六七八九十百千*])"
        rf"(?P<pre>{before})?"
        rf"(?:(?P<frac>{fraction})|(?P<ar>(?<![\dA-Za-z.\-])(?:(?<=[\u4e00-\u9fff])[{_MINUS}]|(?:{_DASH_MINUS})\u2014(?=\d))?{arabic}(?![\d]))|(?P<cn>{chinese})|(?P<mask>{masked})|(?P<magonly>[百千]))"
        rf"(?P<approx1>{after_number})?"
        rf"(?P<mag>千万|百万|万|亿)?"
        rf"(?P<approx2>{after_number})?"
        rf"(?P<unit>{unit_alt})?"
        rf"(?P<approx3>{after_unit})?"
    )


_APPROX_BEFORE_END = re.compile(rf"(?:{cue('number', 'approx_before').pattern})\s*$")


def without_approx(words: str) -> str:
    """*words* (those before a figure) without the approximate word that ends them (增加近 → 增加,
    净增逾 → 净增): that word is the figure's (its ``approx``), not the words'."""
    m = _APPROX_BEFORE_END.search(words)
    return words[: m.start()] if m is not None else words


@lru_cache(maxsize=4096)
def parse_chinese_number(text: str) -> float | None:
    """``三十二`` -> 32, ``两千`` -> 2000, ``一百二十`` -> 120, ``三分之二`` -> 0.666…"""
    if "分之" in text:
        den, num = (("一" + t if t == "百" or t in MAGNITUDES else t) for t in text.split("分之", 1))
        d, n = parse_chinese_number(den), parse_chinese_number(num)
        return None if not d or n is None else n / d
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    m = _CN_BELOW_HUNDRED.fullmatch(text)
    if m:  # the same value as cn2an gives (tests/test_numbers.py compares every such form)
        if m.group(1):
            return float(_CN_DIGIT_VALUES[m.group(1)])
        tens, ones = m.group(2), m.group(3)
        return float(10 * (_CN_DIGIT_VALUES[tens] if tens else 1) + (_CN_DIGIT_VALUES[ones] if ones else 0))
    import cn2an  # imported here, for the rarer forms (see the module docstring)

    try:
        return float(cn2an.cn2an(text.replace("〇", "零"), "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def parse_number(text: str) -> float | None:
    """Parse one number as printed (Arabic with separators, Chinese, mixed ``1.6万``)."""
    text = text.strip().replace(",", "")
    if not text:
        return None
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(千万|百万|万|亿)?", text)
    if m:
        return float(m.group(1)) * MAGNITUDES.get(m.group(2) or "", 1.0)
    return parse_chinese_number(text)


#: Characters that make a bare number before them a date or an ordinal (2020年, 3月, 第5届): cues.tsv.
_NOT_AFTER_BARE_NUMBER = frozenset(cue_words("number", "not_a_quantity_before"))


def find_quantities(text: str, clause_commas: frozenset[int] = frozenset()) -> list[Quantity]:
    """Every quantity in *text*, left to right. Years (``2020年``) are not quantities.

    *clause_commas*: positions of commas in *text* that separate clauses (printed ``，``, which
    cleaning makes ``,``); a number never runs across one (see :func:`_ambiguous`).
    """
    out: list[Quantity] = []
    units = load_units()
    for m in _quantity_regex().finditer(text):
        pre, frac, ar, cn, mask, magonly, approx1, mag, approx2, unit_name, approx3 = m.groups()
        unit_name = unit_name or ""
        mag = mag or ""
        if unit_name == "％":
            unit_name = "%"
        elif unit_name == "百分点":
            unit_name = "个百分点"
        # Chinese numerals and bare magnitudes only count with a unit (一年来, 十九大 are not quantities).
        if (cn or magonly or mask) and not unit_name and not (cn and mag):
            continue
        if magonly and not mag:
            continue
        num_end = m.end()
        if ar is not None:
            num_end = m.end(3)
            # A 4-digit year followed by 年 is a date, not a quantity; so is a bare number glued to 年/月/日.
            if not unit_name and not mag and text[num_end : num_end + 1] in _NOT_AFTER_BARE_NUMBER:
                continue
            value: float | None = float(ar.replace(",", "").translate(_TO_HYPHEN))
        elif frac:
            v = parse_chinese_number(frac)
            if v is None:
                continue
            value, unit_name = round(v * 100, 9), unit_name or "%"
        elif cn:
            value = parse_chinese_number(cn)
            if value is None:
                continue
        elif magonly:
            value = MAGNITUDES.get(magonly, 100.0) if magonly == "千" else 100.0
        else:
            value = None
        unit = units.get(unit_name) if unit_name else None
        # A magnitude and a unit that units.csv names together in another dimension (万 + 吨标准煤:
        # 万吨标准煤, a total of energy, where 吨标准煤 alone is an intensity per 万元): the whole is the unit.
        whole = units.get(mag + unit_name) if mag and unit is not None else None
        if whole is not None and unit is not None and whole.dimension != unit.dimension:
            unit = Unit(whole.name, whole.dimension, 1.0)  # the value takes the magnitude below
        # Magnitude written before the unit (1.6万户 = 万 + 户) or alone (560亿); 3.4亿元 matches 亿元.
        if value is not None:
            if mag:
                value = value * MAGNITUDES[mag]
            if math.isinf(value) or math.isnan(value):
                continue
        start = m.start()
        if pre:
            start += len(pre)
        end = m.end()
        approx = (
            (pre or "") + (approx1 or "") + (approx2 or "") + (approx3 or "")
            if (pre or approx1 or approx2 or approx3)
            else ""
        )
        # Positional: start, end, text, value, unit, dimension, factor, magnitude, masked, approx, num_end.
        out.append(
            Quantity(
                start,
                end,
                text[start:end],
                value,
                unit.name if unit else "",
                unit.dimension if unit else "",
                unit.factor if unit is not None else 1.0,
                mag,
                bool(mask),
                approx,
                num_end,
            )
        )
    if _SEPARATED_PROBE.search(text):
        out = _ambiguous(text, out, clause_commas)
    if "零" in text or "0" in text:  # a cheap test: _FALL_TO_ZERO needs one of them
        out = _falls_to_zero(text, out)
    if ")" in text:
        out = _units_in_parens(text, out, units)
    if "持平" in text or "零增长" in text:  # a cheap test: _FLAT or _ZERO_GROWTH needs one of them
        out = _flat_on_prior_year(text, out, units)
    return _ranges(text, out)


_FLAT = cue("number", "flat_on_prior_year")
_ZERO_GROWTH = cue("number", "zero_growth")


def _flat_on_prior_year(text: str, qs: list[Quantity], units: dict[str, Unit]) -> list[Quantity]:
    """持平 right after the year before (与上年持平, 同比持平), or 零增长 (同比零增长, 实现零增长): a growth
    of zero printed in words, a quantity 0% of its own (``flat``) spanning 持平 or 零增长 (its measure:
    :func:`govkit.facts.measures.measure_of`)."""
    pct = units["%"]
    out = list(qs)
    for m in (*_FLAT.finditer(text), *_ZERO_GROWTH.finditer(text)):
        a, b = m.span(1)
        out.append(Quantity(a, b, text[a:b], 0.0, pct.name, pct.dimension, pct.factor, "", False, "", b, flat=True))
    out.sort(key=lambda q: q.start)
    return out


#: A unit in brackets right before a bare number: 地区生产总值(亿元) 512.3, a bulletin's semi-table line.
_PAREN_UNIT = re.compile(r"\((?P<u>[^()\d\s]{1,8})\)[ ]{0,2}$")


def _units_in_parens(text: str, qs: list[Quantity], units: dict[str, Unit]) -> list[Quantity]:
    """Bare numbers right after a unit in brackets take that unit (地区生产总值(亿元)512.3 -> 512.3亿元)."""
    out = []
    for q in qs:
        if not q.unit and not q.magnitude and not q.masked and q.value is not None and not q.ambiguous:
            m = _PAREN_UNIT.search(text, max(0, q.start - 12), q.start)
            unit = units.get("%" if m and m.group("u") == "％" else m.group("u")) if m else None
            if unit is not None:
                q = replace(q, unit=unit.name, dimension=unit.dimension, factor=unit.factor)
        out.append(q)
    return out


# 由1.33%下降为零, 从15户减少到0: a fall to nothing, printed without a unit (the words of a fall: cues.tsv).
_FALL_TO = cue("number", "fall_to").pattern
_FALL_TO_ZERO = re.compile(
    rf"(?P<fall>{_FALL_TO})(?:{cue('number', 'fall_to_dated').pattern})?(?P<zero>零|0)(?![\d.%％零〇一二两三四五六七八九十百千万亿点])"
    rf"(?!{cue('number', 'zero_word_after').pattern})"
)
_FALL_GAP = re.compile(rf"[^,;:，；：。]{{0,4}}{_FALL_TO}")


def _falls_to_zero(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A fall to zero printed without a unit (由1.33%下降为零, 降至2019年底的零) is 0 in the unit of the
    figure it falls from, printed just before it in the same clause; without such a figure it is no
    quantity."""
    out = list(qs)
    for m in _FALL_TO_ZERO.finditer(text):
        z = m.start("zero")
        prev = [q for q in out if q.end <= z]
        if not prev or (prev[-1].value is None and not prev[-1].ambiguous) or not prev[-1].dimension:
            continue  # (a start printed ambiguously, 由5 8.6%下降到0, still gives the zero its unit)
        p = prev[-1]
        if not _FALL_GAP.fullmatch(text, p.end, m.end("fall")):
            continue
        zero = Quantity(z, z + 1, text[z : z + 1], 0.0, p.unit, p.dimension, p.factor, "", False, "", z + 1)
        out = [q for q in out if not (q.start == z and q.value == 0)] + [zero]
        out.sort(key=lambda q: q.start)
    return out


# Digits joined by separators that are not thousands separators: 92 450, 123,45, 1,2345.6, 1,2,3.45.
_SEPARATED_PROBE = re.compile(r"\d[, \u00a0\u2009\u202f]\d")
_SEPARATED = re.compile(r"(?<![\dA-Za-z.\-])\d+(?:[, \u00a0\u2009\u202f]\d+)+(?:\.\d+)?(?![\d.])")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# After 分别/依次 the figures are an enumeration (分别为12,15,18; 分别为8,21,49,27微克/立方米).
_ENUMERATION = cue("number", "enumeration")
_SPACES = " \u00a0\u2009\u202f"


def _ambiguous(text: str, qs: list[Quantity], clause_commas: frozenset[int]) -> list[Quantity]:
    """One quantity with no value, flagged ambiguous, for each number printed with separators that
    are not thousands separators (``92 450万元``, ``123,45``, ``1,2345.6``, ``1,2,3.45``), in place
    of the fragments the pattern found in it: which reading is meant (92450 or 92 and 450; 123.45
    or 12345) is not known, and a guessed value would be a silent correction.

    Not numbers but enumerations or clause breaks, left as they are: figures after 分别/依次, a
    run glued to a date word (``2019,2020年``, ``1,2月``), a run across a printed ``，``, and
    blank-separated figures without a unit or magnitude right after them (table cells, ``3 1 1``).
    """
    out = list(qs)
    for m in _SEPARATED.finditer(text):
        a, b = m.span()
        run = m.group()
        if _THOUSANDS.fullmatch(run) or any(a < i < b for i in clause_commas):
            continue
        if text[b : b + 1] in _NOT_AFTER_BARE_NUMBER or _ENUMERATION.search(text, max(0, a - 24), a):
            continue
        last = next((q for q in out if q.start < b <= q.num_end), None)
        spaced = any(c in _SPACES for c in run)
        if spaced and (last is None or not (last.unit or last.magnitude)):
            continue  # 2020年 8 22 62 35: cells of a table row; “3 1 1”行动
        keep = [q for q in out if q.end <= a or q.start >= b]
        first = next((q for q in out if q.start == a), None)
        if last is not None:
            start = a
            merged = Quantity(
                start,
                last.end,
                text[start : last.end],
                None,
                last.unit,
                last.dimension,
                last.factor,
                last.magnitude,
                False,
                (first.approx if first is not None and first is not last else "") + last.approx,
                last.num_end,
                None,
                True,
            )
        else:
            merged = Quantity(a, b, run, None, "", "", 1.0, "", False, "", b, None, True)
        keep.append(merged)
        keep.sort(key=lambda q: q.start)
        out = keep
    return out


# Between the two bounds of a range of rates: 5.5-6%, 5%—5.5%, 6.5~7%, 5%至6%.
_RANGE_SEP = re.compile(r"\s*[-—–~～至]\s*$")
_HIGH_AFTER_DASH = re.compile(r"[-—–~～]\s*(\d+(?:\.\d+)?)(%|％)")


def _ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Join the bounds of a range of percentages into one quantity (value low, high high).

    Only rates: 800-1500人, 1-5月 stay as they are (a span of counts or months is not a figure).
    """
    for q in qs:
        if q.dimension == "percent":
            break
    else:
        if _HIGH_AFTER_DASH.search(text) is None:
            return qs  # (5.5-6%: the rate's only % is glued to the upper bound, which is no quantity of its own)
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if q.value is not None and not q.masked and q.unit in ("", "%") and not q.magnitude:
            nxt = qs[i + 1] if i + 1 < len(qs) else None
            gap = text[q.end : nxt.start] if nxt is not None else ""
            if (
                nxt is not None
                and nxt.unit == "%"
                and nxt.value is not None
                and _RANGE_SEP.fullmatch(gap)
                and (q.unit == "%" or "至" not in gap)
                and nxt.value > q.value
            ):
                out.append(_joined(text, q, nxt.value, nxt.end, nxt.approx))
                i += 2
                continue
            # 5.5-6%, 6.5%-7%: the upper bound glued to a dash is not a quantity of its own.
            m = _HIGH_AFTER_DASH.match(text, q.end)
            if m and float(m.group(1)) > q.value:
                out.append(_joined(text, q, float(m.group(1)), m.end(), ""))
                i += 1
                continue
        out.append(q)
        i += 1
    return out


def _joined(text: str, q: Quantity, high: float, end: int, approx: str) -> Quantity:
    pct = load_units()["%"]
    return Quantity(
        q.start,
        end,
        text[q.start : end],
        q.value,
        "%",
        pct.dimension,
        pct.factor,
        "",
        False,
        approx or q.approx,
        q.num_end,
        high,
    )


def convert(q: Quantity, target_unit: str) -> float | None:
    """The quantity in *target_unit* (same dimension), or None if the dimensions differ."""
    if q.value is None:
        return None
    tu = unit_of(target_unit)
    if tu is None:
        return None
    if q.dimension and q.dimension != tu.dimension:
        return None
    return _round_sig(q.value * q.factor / tu.factor)


def _round_sig(x: float, digits: int = 12) -> float:
    """Drop binary floating-point noise (1.1580亿元 -> 1.158, not 1.1579999999)."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, digits - int(math.floor(math.log10(abs(x)))) - 1)
