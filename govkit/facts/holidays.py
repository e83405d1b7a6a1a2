"""A holiday's figures (国庆、中秋“双节”假期,全县接待游客28.6万人次): figures of those days, no part of the year
the catalog names, so they are dropped (timing.figure_time). The holiday must open its clause (time holiday_lead):
one a verb acts on (抓住春节、国庆假期消费旺季,…) is only the occasion of the year's work, whose figures stay."""

from __future__ import annotations

import re

from govkit.facts.cues import cue
from govkit.facts.prefixes import Scans, prefixed

_HOLIDAY_P = prefixed(cue("time", "holiday"))
_HOLIDAY_END = cue("time", "holiday_end")
_HOLIDAY_LEAD = cue("time", "holiday_lead")
_CLAUSE_MARK = re.compile(r"[,，:：]")


def holiday_before(sent: str, seg_start: int, end: int, sc: Scans) -> bool:
    """Whether a holiday (time holiday: 国庆假期, 春节黄金周) opens the words of the ;-segment before a
    figure ending at *end*, no part of the year named between them (time holiday_end)."""
    window = sent[seg_start:end]
    m = sc.search(_HOLIDAY_P, window, seg_start)
    if m is None:
        return False
    for found in (m, *_HOLIDAY_P.rx.finditer(window, m.end())):
        # (抓住春节、国庆假期消费旺季,…: a holiday a verb acts on is no time of the figures after it)
        clause_start = max((c.end() for c in _CLAUSE_MARK.finditer(window, 0, found.start())), default=0)
        if _HOLIDAY_LEAD.match(window[clause_start : found.start()]) is not None:
            return _HOLIDAY_END.search(sent, seg_start + found.end(), end) is None
    return False
