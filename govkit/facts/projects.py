"""The projects a clause or a sentence goes on about: a clause that calls back the projects named before
(上述项目累计完成投资…) and a sentence with no subject of its own that opens on the projects' progress
(截至11月底,…累计完成投资147.3亿元). The words are the ``continuation`` cues ``projects_anaphor`` and
``projects_next`` of ``govkit/data/extract/cues.tsv``; :mod:`govkit.facts.attribution` and
:mod:`govkit.facts.extract` decide what follows from them.
"""

from __future__ import annotations

import re

from govkit.facts.clauses import Clause
from govkit.facts.cues import cue

_PROJECTS_NEXT = cue("continuation", "projects_next")
_PROJECTS_ANAPHOR = re.compile(rf"\s*(?:{cue('continuation', 'projects_anaphor').pattern})")


def projects_only(sent: str, clauses: list[Clause], pj: int, ci: int) -> bool:
    """Whether clause *ci* may take from clause *pj* only the subject of projects: it opens on the
    projects called back (上述项目累计完成投资…, 上述项目已完成投资…), or *pj* stands in the sentence
    before one read with it for the projects' sake (target projects_next: 截至10月底,累计完成投资…)."""
    start = clauses[ci].start
    if _PROJECTS_ANAPHOR.match(sent, start) is not None:
        return True
    return projects_sentence_between(sent, clauses[pj].end, start)


def projects_sentence_between(sent: str, start: int, end: int) -> bool:
    """Whether a 。 between *start* and *end* opens a sentence read with the one before for the key
    projects' sake (target projects_next: 截至11月底,126个项目已开工118个,…)."""
    dot = sent.rfind("。", start, end)
    return dot >= 0 and _PROJECTS_NEXT.match(sent[dot + 1 :]) is not None


def continues_projects(sent: str) -> bool:
    """Whether sentence *sent* (with no subject of its own) opens, after a part of the year, on the
    projects called back or the investment made (截至11月底,126个项目已开工118个,…累计完成投资147.3亿元):
    it goes on about the projects of the sentence before."""
    return _PROJECTS_NEXT.match(sent) is not None
