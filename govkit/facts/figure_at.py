"""One figure in its place: the sentence, the figure, its clause, the paragraph's frame, the report's
dates, the measure read, the indicator and its mention, and its place in a list. The steps that time a
figure (:mod:`govkit.facts.timing`, :mod:`govkit.facts.timing_part`, :mod:`govkit.facts.timing_kind`) take
it whole rather than the same ten arguments each."""

from __future__ import annotations

from typing import NamedTuple

from govkit.core.catalog import Indicator
from govkit.facts.clauses import Clause
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity
from govkit.facts.timeframe import Dates, Frame


class FigureAt(NamedTuple):
    """Figure *q* of *sent* in *clause*, under *frame*, of a report dated by *dates*, read as *measure* of
    *ind* named by *subject*; *in_parens*: printed in brackets; *group*: its place in a list of figures and
    the list's length (分别增长5.3%、7.8%)."""

    sent: str
    q: Quantity
    clause: Clause
    frame: Frame
    dates: Dates
    measure: str
    ind: Indicator
    subject: Mention
    in_parens: bool
    group: tuple[int, int]
