"""What the tables of ``govkit/data/recognise`` say about the year a report describes, by its genre
(``year_by_genre.csv``: whole-year reviews, where the year comes from, what 上年 means) and by the month
it is delivered in (``year_by_month.csv``); :mod:`govkit.text.years` reads the year from the text with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from govkit.core.errors import GovkitError
from govkit.core.resources import data_path, read_table

YEAR_BY_MONTH = data_path("recognise", "year_by_month.csv")
YEAR_BY_GENRE = data_path("recognise", "year_by_genre.csv")


@dataclass(frozen=True)
class MonthBand:
    """Months of delivery that give the same year described (a row of ``year_by_month.csv``)."""

    first: int
    last: int
    years_back: int
    certain: bool


@lru_cache(maxsize=1)
def month_bands() -> tuple[MonthBand, ...]:
    """The rows of ``year_by_month.csv``; a table that does not cover months 1-12 once is an error."""
    bands = []
    for r in read_table(YEAR_BY_MONTH):
        bands.append(
            MonthBand(int(r["from_month"]), int(r["to_month"]), int(r["years_back"]), r["certain"].strip() == "yes")
        )
    months = sorted(m for b in bands for m in range(b.first, b.last + 1))
    if months != list(range(1, 13)):
        raise GovkitError(f"{YEAR_BY_MONTH}: the month bands must cover months 1-12 once, not {months}")
    return tuple(bands)


def band_of(month: int) -> MonthBand:
    """The band of delivery month *month*."""
    return next(b for b in month_bands() if b.first <= month <= b.last)


@lru_cache(maxsize=1)
def whole_year_types() -> frozenset[str]:
    """Report types that review a whole year, over before they are issued (``year_by_genre.csv``,
    column whole_year)."""
    return frozenset(r["report_type"].strip() for r in read_table(YEAR_BY_GENRE) if r["whole_year"].strip() == "yes")


@lru_cache(maxsize=1)
def last_year_of_described_types() -> frozenset[str]:
    """Report types whose 上年 is the year before the one they describe (``year_by_genre.csv``, column
    last_year ``described``: a statistical bulletin issued after its year)."""
    return frozenset(
        r["report_type"].strip() for r in read_table(YEAR_BY_GENRE) if r["last_year"].strip() == "described"
    )


@lru_cache(maxsize=1)
def year_sources() -> dict[str, str]:
    """Report type -> where its year comes from (``title`` or ``delivery``), from ``year_by_genre.csv``."""
    out = {}
    for r in read_table(YEAR_BY_GENRE):
        how = r["year_from"].strip()
        if how not in ("title", "delivery"):
            raise GovkitError(f"{YEAR_BY_GENRE}: year_from must be title or delivery, not {how!r}")
        out[r["report_type"].strip()] = how
    return out


_PAGE_MONTH = re.compile(r"((?:19|20)\d{2})-(\d{1,2})")


def delivery_of_page(report_type: str, page_date: str) -> tuple[int, int, int] | None:
    """(year, month, year described) of the delivery a page date stands for: a delivered report or news
    of its session (``year_by_genre.csv`` delivery) with no date of its own, its page dated in a month that
    alone decides the year described (``year_by_month.csv``: January–April the year before,
    November–December its own); else None."""
    m = _PAGE_MONTH.match(page_date or "")
    if m is None or year_sources().get(report_type) != "delivery":
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    band = band_of(mo) if 1 <= mo <= 12 else None
    return (y, mo, y - band.years_back) if band is not None and band.certain else None
