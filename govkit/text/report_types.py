"""Report types: which genre a report is (政府工作报告, 统计公报, 自查报告 …), from its title and top.

The vocabulary is ``govkit/data/report_types.csv`` (see ``data/recognise/README.md``): for each
type a regex on the title lines, regexes that must all match the top of the text, a veto, a
priority (the lower wins), what the report date is when no delivery date is found
(``date_fallback``) and whether the year in the title is the period described. A report copied
without its title, or a news story under a headline, is told by its body: a type's ``body`` cues
(set phrases of its genre: 初步核算, 比上年增长 in series for a bulletin; 该县, 来源 lines, an official
quoted for a news story), of which ``body_min`` must be found, when no title or head pattern decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from govkit.core.regex_gates import may_match
from govkit.core.resources import data_path, read_table

TYPES_CSV = data_path("report_types.csv")


@dataclass(frozen=True)
class ReportType:
    name: str
    priority: int
    title: re.Pattern | None
    head: tuple[re.Pattern, ...]
    exclude: re.Pattern | None
    date_fallback: tuple[str, ...]
    title_year_is_period: bool
    body: tuple[re.Pattern, ...] = ()
    body_min: int = 0


@lru_cache(maxsize=1)
def report_types() -> tuple[ReportType, ...]:
    """The report types of ``report_types.csv``, by priority, read once."""
    types = []
    for r in read_table(TYPES_CSV):
        types.append(
            ReportType(
                name=r["report_type"].strip(),
                priority=int(r["priority"]),
                title=re.compile(r["title"]) if r["title"].strip() else None,
                head=tuple(re.compile(p) for p in r["head"].split(";") if p.strip()),
                exclude=re.compile(r["exclude"]) if r["exclude"].strip() else None,
                date_fallback=tuple(x.strip() for x in r["date_fallback"].split(";") if x.strip()),
                title_year_is_period=r["title_year_is_period"].strip().lower() in ("yes", "true", "1"),
                body=tuple(re.compile(p) for p in r["body"].split(";") if p.strip()),
                body_min=int(r["body_min"] or 0),
            )
        )
    types.sort(key=lambda t: t.priority)
    return tuple(types)


def classify(title_block: str, head: str) -> ReportType | None:
    """The type whose title pattern matches *title_block*, else the first whose head patterns all
    match *head* (the top of the text), else the first with ``body_min`` of its body cues in *head*;
    a type's veto in *head* rules it out."""
    # pattern -> found in head (types share patterns), by the pattern's id (hashing a pattern reads
    # its whole compiled program; the types' patterns live as long as this call)
    found: dict[int, bool] = {}

    def in_head(p: re.Pattern) -> bool:
        hit = found.get(id(p))
        if hit is None:
            hit = found[id(p)] = may_match(p, head) and p.search(head) is not None
        return hit

    types = report_types()
    for t in types:
        if t.title and title_block and t.title.search(title_block) and not (t.exclude and in_head(t.exclude)):
            return t
    for t in types:
        if t.head and all(in_head(p) for p in t.head) and not (t.exclude and in_head(t.exclude)):
            return t
    for t in types:
        if t.body and sum(in_head(p) for p in t.body) >= t.body_min and not (t.exclude and in_head(t.exclude)):
            return t
    return None
