"""Money for projects only planned or signed (谋划, 储备, 签约…), and one deal's or one event's signed money:
not investment made, nor the year's signed money (:func:`pipeline_money`, called by
:func:`govkit.facts.blocking.blocked`). The ``block`` cues pipeline, pipeline_signed, pipeline_unsigned,
pipeline_one_deal_before, signed_whole and funds_in_place of ``govkit/data/extract/cues.tsv`` hold the words."""

from __future__ import annotations

import re

from govkit.facts.clauses import Clause, Sentence
from govkit.facts.cues import load_cues
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity

_BLOCK: dict[str, re.Pattern] = dict(load_cues()["block"])
_PIPELINE = _BLOCK["pipeline"]
_FUNDS_IN_PLACE = _BLOCK["funds_in_place"]
_PIPELINE_SIGNED = _BLOCK["pipeline_signed"]
_PIPELINE_UNSIGNED = _BLOCK["pipeline_unsigned"]
_ONE_DEAL_BEFORE = _BLOCK["pipeline_one_deal_before"]
_SIGNED_WHOLE = _BLOCK["signed_whole"]
_SEGMENT_BREAK = re.compile("[;；]")


def pipeline_money(s: Sentence, clause: Clause, subject: Mention, q: Quantity, ctx: str, may_pipeline: bool) -> bool:
    """Whether *q*, a sum of money of *subject* in *clause*, is money of projects planned, stocked or signed
    (谋划/储备/签约…: block pipeline, in the figure's and the subject's clauses; *may_pipeline*: the sentence
    holds such a word), unless in place or invested (*ctx*: the words around it; block funds_in_place). A
    signed subject's money (签约资金, 协议投资额) is probed though no pipeline word is in the sentence (招商
    推介会上协议投资额20亿元): the signing words before it then do not block it (新签约招商项目48个、签约资金
    126.4亿元: signings the subject counts), those of one event, one deal or no signing yet do
    (pipeline_unsigned), in its clause or a clause before it in its ;-segment (:func:`one_deal_before`)."""
    sent = s.text
    signed = subject.start < q.start and _PIPELINE_SIGNED.search(sent, subject.start, subject.end) is not None
    if not (may_pipeline or signed):
        return False
    subj_clause = next((c for c in s.clauses if c.start <= subject.start <= c.end), clause)
    seg = sent[min(clause.start, subj_clause.start) : q.start]
    pipeline = _PIPELINE
    if subject.start < q.start:
        # 签约资金261.81亿元: the pipeline word names the subject itself (signed money), not a project
        seg = seg.replace(sent[subject.start : subject.end], " ")
        if signed:
            pipeline = _PIPELINE_UNSIGNED
    if pipeline.search(seg) and not _FUNDS_IN_PLACE.search(ctx):
        return True
    # 5月与某公司签约,签约金额15亿元: one deal's signed money, told a clause before
    return signed and one_deal_before(sent, min(clause.start, subj_clause.start), subject.start)


def one_deal_before(sent: str, clause_start: int, subject_start: int) -> bool:
    """Whether a clause of the ;-segment before *clause_start* (the clause of a signed subject's money, its
    subject at *subject_start*) tells one deal's or one event's signing (5月与某公司签约,签约金额15亿元;
    在…大会上,签约项目20个,签约资金80亿元): the money signed is a part of the year's. Not when a clause after the
    signing names the whole (…,全年签约资金达到126亿元; …洽谈签约,全年签约项目48个,签约资金…: block signed_whole)."""
    breaks = [m.end() for m in _SEGMENT_BREAK.finditer(sent, 0, clause_start)]
    deals = list(_ONE_DEAL_BEFORE.finditer(sent, breaks[-1] if breaks else 0, clause_start))
    return bool(deals) and _SIGNED_WHOLE.search(sent[deals[-1].end() : subject_start]) is None
