"""How the synthetic reports write numbers, plan periods and clause boundaries.

Exact decimal strings for gold values, Chinese numerals in report style (两千, 三十二), the
five-year-plan label of a year (十四五) and its end year, and the clause around a number (the
gold evidence).
"""

from __future__ import annotations

import math
from decimal import Decimal

import cn2an

CN_DIGITS = "零一二三四五六七八九十"
_DELIMS = "。;:!?\n"


def dec_str(d: Decimal) -> str:
    """A Decimal without exponent or trailing zeros (``92.45``, ``0``)."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def cn_int(n: int) -> str:
    """Chinese numeral for a count, in report style (两千, 三十二)."""
    s = cn2an.an2cn(n)
    return "两" + s[1:] if s[:2] in ("二千", "二万", "二百") else s


def cn_small(n: int) -> str:
    """Chinese numeral for 0..99 (十七, 二十, 九十九)."""
    if n <= 10:
        return CN_DIGITS[n]
    return ("" if n < 20 else CN_DIGITS[n // 10]) + "十" + ("" if n % 10 == 0 else CN_DIGITS[n % 10])


def plan_label(year: int) -> str:
    """The five-year plan a year belongs to (2016-2020 -> 十三五)."""
    k = (year - 2011) // 5  # 2011-2015 -> 十二五
    return "十" + "二三四五六七"[k] + "五" if 0 <= k < 6 else "十四五"


def plan_end(year: int) -> int:
    """The last year of the five-year plan of *year* (2021 -> 2025)."""
    return 2015 + 5 * math.ceil((year - 2015) / 5)


def clause_around(text: str, a: int, b: int) -> str:
    """The clause of *text* around ``text[a:b]`` (between delimiters), stripped: a fact's evidence."""
    start = max(text.rfind(c, 0, a) for c in _DELIMS) + 1
    ends = [i for i in (text.find(c, b) for c in _DELIMS) if i >= 0]
    return text[start : min(ends) if ends else len(text)].strip()
