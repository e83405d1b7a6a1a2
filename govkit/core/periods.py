"""Five-year plan periods (``govkit/data/plan_periods.csv``): 十三五 -> (2016, 2020)."""

from __future__ import annotations

from functools import lru_cache

from govkit.core.resources import data_path, read_table


@lru_cache(maxsize=1)
def plan_periods() -> dict[str, tuple[int, int]]:
    """Plan name -> (first year, last year), in the order of the data file."""
    return {
        r["name"].strip(): (int(r["first_year"]), int(r["last_year"]))
        for r in read_table(data_path("plan_periods.csv"))
    }
