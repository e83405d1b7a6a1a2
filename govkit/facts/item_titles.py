"""Numbered items whose title is one indicator's name (1.地区生产总值。, (三)一般公共预算收入:, 1.地区生产总值增长。,
指标:… of an assessment table flattened into sentences): whether a sentence or line is such a title, and whether
the sentence or line after it is the item's body, read with the title (:mod:`govkit.facts.extract`). Split from
:mod:`govkit.facts.extract` so that each module has one job.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkit.facts.attribution import continues_subject
from govkit.facts.clauses import sentence_spans
from govkit.facts.cues import cue
from govkit.facts.frames import heading_text
from govkit.facts.mentions import Mention
from govkit.text.segment import match_marker

#: A growth rate's word ending an item's title (1.地区生产总值增速。).
_RATE_NAMED_END = re.compile(rf"(?:{cue('measure_after', 'rate_named').pattern})$")
#: A growth or fall ending an item's title (1.地区生产总值增长。): the body's bare figures are that growth.
_GROWTH_NAMED_END = re.compile(rf"(?:{cue('measure_after', 'growth_label').pattern})$")
_SCORE_BRACKET = cue("attribution", "item_score")
_LABEL_TITLE = cue("attribution", "label_title")
_TITLE_SCALE_WORD = cue("attribution", "title_scale_word")
#: The first figure of a title's body line, and the clause breaks before it.
_FIRST_DIGIT = re.compile(r"\d")
_CLAUSE_BREAK = re.compile(r"[,;:，；：]")
#: A clause opening on the own region and a verb (全县完成156亿元): it continues the title's subject too.
_OWN_THEN_VERB = cue("continuation", "own_after_other")


def figures_open_body(sent: str, mentions: list[Mention] | tuple[Mention, ...]) -> bool:
    """Whether the first figure of *sent*, the sentence after an item's title, comes before any catalog
    indicator it names, in a clause opening on words that continue a subject (目标任务6.5%,完成6.8%,全年实现
    社会消费品零售总额61.25亿元 after 4.社会消费品零售总额增长。): the figures before that name are the title's
    (review f31: the item was read only when its body named no indicator at all)."""
    digit = _FIRST_DIGIT.search(sent)
    if digit is None or any(m.entry.type != "null" and m.start < digit.start() for m in mentions):
        return False
    return _first_figure_continues(sent)


def body_of_title(para: str, mentions_of: Callable[[str, str], list[Mention]], headings: dict[int, str]) -> bool:
    """Whether *para*, the line right after an item's title line, is the item's body: its first
    sentence names no catalog indicator (a null subject such as 税收 does not count) and the line is
    no heading of its own."""
    if heading_text(para) is not None and match_marker(para) is not None:
        return False
    first = para[slice(*next(iter(sentence_spans(para)), (0, len(para))))]
    under = " ".join(headings[k] for k in sorted(headings))
    ms = mentions_of(first, under)
    if any(m.entry.type != "null" for m in ms) and not figures_open_body(first, ms):
        return False
    return _first_figure_continues(first)


def _first_figure_continues(text: str) -> bool:
    """Whether the clause of *text*'s first figure (its last clause if it has none) opens on words that
    continue a subject (全年完成156.3亿元, 年度目标38亿元, 全县完成…), not on an action on another thing
    (全年发放消费券2000万元 under 社会消费品零售总额)."""
    digit = _FIRST_DIGIT.search(text)
    words = _CLAUSE_BREAK.split(text[: digit.start()] if digit else text)[-1].strip()
    return continues_subject(words) or _OWN_THEN_VERB.match(words) is not None


def item_title(sent: str, mentions: list[Mention]) -> bool:
    """Whether *sent* is a numbered item's title that is just one indicator's name (1.地区生产总值。,
    (三)一般公共预算收入:): the body after it in the paragraph is that indicator's."""
    marker = match_marker(sent)  # the numbered-heading markers of the segmenter
    label = _LABEL_TITLE.match(sent) if marker is None else None  # 指标:… (an assessment table's item)
    if marker is None and label is None:
        return False
    m = marker[0] if marker is not None else label
    assert m is not None
    body = sent[m.end() :].rstrip().rstrip("。:：")
    # 1.地区生产总值增速。, (三)城镇新增就业(2分)。: the name may end on its growth rate's word and
    # on an assessment's weight or score in brackets
    body = _SCORE_BRACKET.sub("", body)
    body = _GROWTH_NAMED_END.sub("", _RATE_NAMED_END.sub("", body))  # 1.地区生产总值增长。 too
    # 脱贫劳动力务工就业规模: a word of scale after the name (which the name may hold: 城镇新增就业人数)
    ends = (m.end() + len(body), m.end() + len(_TITLE_SCALE_WORD.sub("", body)))
    return (
        len(mentions) == 1
        and mentions[0].entry.type == "subject"
        and mentions[0].start == m.end()
        and mentions[0].end in ends
    )
