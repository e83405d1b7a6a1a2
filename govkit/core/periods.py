"""Five-year plan periods (``govkit/data/plan_periods.csv``): 十三五 -> (2016, 2020); Party congresses
(``govkit/data/party_congresses.csv``): 十八大 -> 2013, the first year of a span since it; campaigns
(``govkit/data/campaigns.csv``): 精准扶贫 -> 2014."""

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


@lru_cache(maxsize=1)
def congress_first_years() -> dict[str, int]:
    """Congress name (十八大) -> the first year of a span since it (2013), in the order of the data file."""
    return {r["name"].strip(): int(r["first_year"]) for r in read_table(data_path("party_congresses.csv"))}


@lru_cache(maxsize=1)
def campaign_first_years() -> dict[str, int]:
    """Campaign name (精准扶贫) -> the first year of a span since it (2014), in the order of the data file."""
    rows = read_table(data_path("campaigns.csv"))
    return {r["name"].strip(): int(r["first_year"]) for r in rows if (r.get("first_year") or "").strip()}


@lru_cache(maxsize=1)
def campaign_count_ids() -> frozenset[str]:
    """The indicators that count a campaign's results (those of a campaign with no known start too:
    debt_resolved)."""
    rows = read_table(data_path("campaigns.csv"))
    return frozenset(i.strip() for r in rows for i in (r.get("counts") or "").split("|") if i.strip())


@lru_cache(maxsize=1)
def campaign_counts_until() -> dict[str, int]:
    """Indicator id -> the last year of the campaign whose results it counts (poverty_people_lifted -> 2020)."""
    out: dict[str, int] = {}
    for r in read_table(data_path("campaigns.csv")):
        last = (r.get("last_year") or "").strip()
        for ind in (r.get("counts") or "").split("|"):
            if ind.strip() and last:
                out[ind.strip()] = int(last)
    return out
