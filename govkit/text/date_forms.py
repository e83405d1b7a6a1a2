"""A date's written form, read without its place in the report.

* Page dates (cleaning, the readers of file formats, recognition's metadata): ``发布日期:2021-06-15
  14:44``, ``2018年03月09日``, ``<meta name="pubdate" content="2023-03-09">``. :func:`normalise_date`
  turns the first one in a string into ISO ``YYYY-MM-DD`` (or ``YYYY-MM``; a day-first
  ``03.11.2016``, :data:`DAY_FIRST`, as its year), :func:`iso_date` keeps an ISO date at its
  precision; :data:`DATE`, :data:`TIME` and :data:`ISO_TOKEN` let cleaning tell a metadata line
  from prose.
* Chinese-numeral dates (``二〇二一年一月十五日``) are written in digits by
  :func:`arabic_chinese_dates` (normalisation for recognition) before any report date is read.

Which date of a report is its own (the session line, the signature, the publish date):
:mod:`govkit.text.dates`.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------
# page dates

#: A date ``2021-06-15``, ``2021/6/15``, ``2021年6月15日`` or a month ``2021-06`` / ``2021年6月``.
DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})"
    r"(?:\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)\s*日?|\s*月?)(?!\d)"
)
#: A clock time ``14:44`` or ``07:02:27``.
TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
#: A bare ISO-like date (and time) standing between spaces: ``2021-01-05 17:24:44``. (``(?<!\S)``
#: before the year, written after its first two digits as ``(?<!\S\d\d)``: a pattern opening on
#: ``19|20`` lets the regex engine skip ahead to a 1 or a 2, one opening on a lookbehind does not.)
ISO_TOKEN = re.compile(r"(?:19|20)(?<!\S\d\d)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?!\S)")


#: A day-first date ``03.11.2016`` / ``03/11/2016``: which of the first two is the month is not
#: printed (03.11 is 3 November or March 11), so it dates a page to its year only.
DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)(?![\d.])")


def normalise_date(text: str) -> str:
    """First date in *text* as ISO ``YYYY-MM-DD`` (or ``YYYY-MM``; a day-first ``03.11.2016``, whose
    month is not certain, as ``YYYY``); ``""`` when none."""
    for m in DATE.finditer(text or ""):
        y, mo = int(m.group("y")), int(m.group("m"))
        if not 1 <= mo <= 12:
            continue
        d = m.group("d")
        if d is None:
            return f"{y:04d}-{mo:02d}"
        if 1 <= int(d) <= 31:
            return f"{y:04d}-{mo:02d}-{int(d):02d}"
    dm = DAY_FIRST.search(text or "")
    if dm and int(dm.group(1)) <= 31 and int(dm.group(3)) <= 31:
        return dm.group(4)  # 03.11.2016: which number is the month is not printed
    return ""


#: An ISO date at day, month or year precision (DocumentMeta.report_date_precision tells which).
_ISO_FORMS = re.compile(r"(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def iso_date(text: str) -> str:
    """*text* if it is an ISO date at day, month or year precision (``2024-03-01``, ``2024-03``,
    ``2024``), else the first date in it in that form (``""`` when none)."""
    t = (text or "").strip()
    if _ISO_FORMS.fullmatch(t):
        return t
    return normalise_date(t)


# ---------------------------------------------------------------------------------------------
# Chinese-numeral dates

#: A day or a month (二〇二三年十二月, 二〇二四年1月 after 元月 was read) in Chinese numerals.
_CN_DATE = re.compile(
    r"[〇零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}|1)月(?:[一二三四五六七八九十]{1,3}日)?"
)
#: The same dates, found from their 年 (a pattern that starts with plain text is quick to find).
_CN_DATE_AT_YEAR = re.compile(r"年(?<=[〇零一二三四五六七八九]{4}年)(?:[一二三四五六七八九十]{1,3}|1)月")
#: How much of a report's end is probed too: its signature's date.
_CN_DATE_TAIL = 300


def arabic_chinese_dates(text: str, probe: int = 6000) -> str:
    """``二〇二一年一月十五日`` -> ``2021年1月15日`` (and ``二〇二三年十二月`` -> ``2023年12月``)
    everywhere in *text*, when such a date occurs in its first *probe* characters or its last
    lines (where a report's own date stands: the title block, the signature)."""
    if not (
        _CN_DATE_AT_YEAR.search(text, 0, probe)
        or (len(text) > probe and _CN_DATE_AT_YEAR.search(text, max(probe, len(text) - _CN_DATE_TAIL)))
    ):
        return text
    import cn2an  # imported here: it takes about half a second and few texts need it

    return _CN_DATE.sub(lambda m: cn2an.transform(m.group(0), "cn2an"), text)
