"""A new fact against the facts read before it in its sentence.

:func:`govkit.facts.figures.facts_of_sentence` reads a sentence's figures in text order; some readings
depend on what the figures before gave: a rise in points after the same indicator's fall
(:func:`rise_after_a_fall`), a threshold crossed beside an exact level (:func:`exact_before`), a restated
or stretch target beside its outturn or goal (:func:`outturn_before`, :func:`goal_before`), and
:func:`same_time`, which :mod:`govkit.facts.extract` uses too. Split from :mod:`govkit.facts.figures`.
"""

from __future__ import annotations

from govkit.core.catalog import Indicator
from govkit.core.fact import Fact
from govkit.facts.cues import cue

_RATE_NAMED = cue("measure_after", "rate_named")


def rise_after_a_fall(out: list[Fact], fact: Fact, ind: Indicator, prefix: str) -> bool:
    """Whether *fact*, a rise in points of the growth rate of an indicator that is not itself a rate,
    follows that indicator's fall (a negative growth) in the sentence, with no word naming which rate
    rose (增速, 增幅, 降幅 …: cue rate_named)."""
    if fact.value is None or fact.value <= 0 or ind.unit == "%" or _RATE_NAMED.search(prefix) is not None:
        return False
    last = next((f for f in reversed(out) if f.indicator == fact.indicator), None)
    return last is not None and last.measure == "yoy_pct" and last.value is not None and last.value < 0


def exact_before(out: list[Fact], fact: Fact) -> bool:
    """Whether *out* holds a figure of *fact*'s indicator, measure, kind and time that is not approximate
    (for a target, one not below *fact*'s threshold: a goal below it did not cross it)."""
    return any(
        f.indicator == fact.indicator
        and f.measure == fact.measure
        and f.kind == fact.kind
        and same_time(f, fact)
        and "approximate" not in f.flags
        and not (fact.kind == "target" and _below(f.value, fact.value))
        for f in out
    )


def _below(a: float | None, b: float | None) -> bool:
    """Whether value *a* is known to be below value *b*."""
    return a is not None and b is not None and a == a and b == b and a < b


def same_time(a: Fact, b: Fact) -> bool:
    """Whether two facts are of the same year, span and part of the year."""
    return a.year == b.year and a.period_start == b.period_start and a.subperiod == b.subperiod


def goal_before(out: list[Fact], start: int) -> bool:
    """Whether the fact read from the figure at document offset *start* is a goal (a target or an estimate)."""
    return any(f.value_start == start and f.kind != "actual" for f in out)


def outturn_before(out: list[Fact], start: int) -> bool:
    """Whether the fact read from the figure at document offset *start* is an outturn (actual or estimate)."""
    return any(f.value_start == start and f.kind != "target" for f in out)
