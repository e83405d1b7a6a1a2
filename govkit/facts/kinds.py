"""The kind of a figure (actual, estimate, target) from the words of its own sentence.

:func:`kind_in` reads the kind cues before a figure (``kind`` rows of cues.tsv: 预计 → estimate,
目标/力争/确保 … → target, 实际完成/决算数 … → back to actual), with the exceptions the ``target``
rows name (目标完成; 计划投资 measured against the year's task; a target's yardstick 占全年目标的51%; the outturn after a target of
the same subject, 目标任务3.2亿元,完成3.35亿元); :func:`target_paren` and
:func:`annual_target_before` read a target printed in brackets beside an actual. The frame's kind
(a plan section) and the year's are decided in :mod:`govkit.facts.timing`, which calls these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from govkit.core.regex_gates import FirstScan, may_occur, required_words
from govkit.facts.asides import goal_met_before
from govkit.facts.clauses import Clause, aside_of_own_figure, clause_start, segment_end
from govkit.facts.cues import any_of, cue
from govkit.facts.mentions import Mention, default_lexicon, without_in_step_terms
from govkit.facts.numbers import Quantity, find_quantities
from govkit.facts.prefixes import Scans, prefixed
from govkit.facts.projects import projects_sentence_between
from govkit.facts.sentence_words import SentenceWords, gate
from govkit.facts.subperiods import subperiod_end, subperiod_of, subperiod_start

_KIND_P = prefixed(any_of("kind"))
_KIND_SCAN = FirstScan(_KIND_P.rx)
#: Words one of which every kind cue's match holds: a sentence without them has no kind cue.
KIND_WORDS = required_words(any_of("kind"))
_KIND_GATE = gate(KIND_WORDS)
_SINCE = cue("time", "since")
_NOT_TARGET_AFTER = cue("target", "not_after")
_TARGET_OR_EXPECTED = cue("target", "in_parens_kind")
_PAST_IN_PARENS = cue("target", "past_in_parens")
_PAST_CLAUSE = cue("target", "past_clause")
_ACHIEVED_AFTER_TARGET = cue("target", "achieved_after")
#: The target's own figure, then the end of its clause; or its goal in words (计划与经济增长基本同步).
_FIGURE_THEN_CLAUSE = re.compile(r"\d[^,，;；。]*[,，;；]\s*")
_GOAL_THEN_CLAUSE = re.compile(rf"(?:\d|{cue('target', 'goal_in_words').pattern})[^,，;；。]*[,，;；]\s*")
_STRIVING = cue("target", "striving")
_YARDSTICK = cue("target", "yardstick")
_COMPARED_BEFORE = cue("target", "compared_before")
_ANNUAL_TARGET = cue("time", "annual_target")
_ADJUSTED_TO = cue("kind", "adjusted_to")
_REVISED = cue("kind", "revised_statistic")
_SENTENCE_GOAL = cue("target", "sentence_goal")
_PROPOSED_YEAR = cue("target", "proposed_year")
_CLAUSE_GOAL = cue("target", "clause_goal")
_CLAUSE_GOAL_WORDS = required_words(_CLAUSE_GOAL)
_CLAUSE_GOAL_DONE = cue("target", "clause_goal_done")
_TARGET_LABEL = cue("target", "label_opening")
_PLAN_INVESTMENT = cue("target", "plan_investment")
_SECURED = cue("target", "secured")
_SECURED_AHEAD = cue("target", "secured_ahead")
_TASK_DONE = cue("target", "task_done")
_TASK_SIZE_AFTER = cue("target", "task_size_after")
_ISSUED_TASK = cue("target", "issued_task")
_TASK_WORD_AFTER = cue("target", "task_word_after")
_TASK_OUTDONE = cue("target", "issued_task_outdone")
_ALL_DONE_AFTER = cue("target", "all_done_after")
_ALL_DONE_PLANNED = cue("target", "all_done_planned")
_ALL_DONE_PAST = cue("target", "all_done_past")
_UP_TO_FIGURE = re.compile(r"\d")
#: Right after a figure, a clause of its share of the year's task (…,占年任务的100%).
_MEASURED_AFTER = re.compile(rf"\s*[,，]\s*(?:{cue('measure', 'completion').pattern})\s*[\d.]+\s*%")
_CLAUSE_BREAK = re.compile(r"[,;:，；：。]")
_BREAK_CHARS = " ,;:，；："
_GOAL_FOLLOWED = cue("block", "higher_goal_followed")
_PLAN_FOLLOWED = cue("block", "plan_followed")
_YEAR_OPENING = re.compile(r"((?:19|20)\d{2})年")
_GOAL_GOES_ON = cue("target", "goal_goes_on")
_GOAL_MET_AFTER = cue("target", "goal_met_after")


def target_paren(sent: str, q: Quantity) -> bool:
    """(目标8%), or 达到全年目标任务(88.5%) (the words right before the brackets, no 的 after them):
    the figure in brackets is a target."""
    paren = sent.rfind("(", 0, q.start)
    if paren >= 0 and _PAST_IN_PARENS.search(sent, paren, q.start):
        return False  # (目标为96%,上年为95.2%): the year before's figure beside the target
    if _TARGET_OR_EXPECTED.search(sent, max(0, paren), q.start):
        return True
    if paren <= 0 or _TARGET_OR_EXPECTED.search(sent, max(0, paren - 4), paren) is None:
        return False
    return not sent.startswith("的", sent.find(")", q.end) + 1)


def issued_task_size(sent: str, q: Quantity) -> bool:
    """超额完成自治区下达的3.8万人目标任务: *q* stands between the task's issuer and the task word, the size of
    a task a higher level set (a target), not an outturn: when the task was outdone (超额完成…) or an outturn
    in the same unit stands before it (人工造林4.5万亩,完成省下达的4万亩造林任务). A task only done and no
    outturn printed (完成省下达的1.2万人脱贫任务) gives the outturn: the figure stays an actual."""
    if _ISSUED_TASK.search(sent, max(0, q.start - 10), q.start) is None or not _TASK_WORD_AFTER.match(sent, q.end):
        return False
    if _TASK_OUTDONE.search(sent, max(0, q.start - 24), q.start) is not None:
        return True
    return bool(q.unit) and any(p.unit == q.unit for p in find_quantities(sent[: q.start]))


def annual_target_before(sent: str, q: Quantity, clause: Clause, in_parens: bool, subperiod: str = "") -> bool:
    """年度目标 right before a target figure (年度目标88%), or right before the brackets that hold it
    (完成年度目标(32微克/立方米)): the year's target, not the part-year's. A task a higher level set
    (市下达任务) is the year's only in a part from January (1-10月, 上半年: the year's task, its share done so
    far); in a single month or quarter (9月份,…完成市下达任务300人) it is that part's (review r20h)."""
    paren = sent.rfind("(", 0, q.start)
    if any(_issued_ok(m, subperiod) for m in _ANNUAL_TARGET.finditer(sent, max(clause.start, paren), q.start)):
        return True
    if not in_parens or paren < 0:
        return False
    lead = _CLAUSE_BREAK.split(sent[max(0, paren - 12) : paren])[-1]
    return any(_issued_ok(m, subperiod) for m in _ANNUAL_TARGET.finditer(lead))


def _issued_ok(m: re.Match[str], subperiod: str) -> bool:
    """Whether match *m* of time annual_target names the year's target for a figure of *subperiod*: a
    task a higher level set (下达) only in a part of the year from January over more than a month or a
    quarter."""
    if "下达" not in m.group():
        return True
    return not subperiod or subperiod == "H1" or ("-" in subperiod and subperiod_start(subperiod) == 1)


def kind_in(
    sent: str,
    q: Quantity,
    seg_start: int,
    subject: Mention,
    may_kind: bool,
    described: int | None = None,
    may_cue: bool = True,
    in_sentence: list[re.Match[str]] | None = None,
    found: SentenceWords | None = None,
) -> str | None:
    """The kind that words before *q* in this sentence give it (estimate, target), or None (the
    last cue that gives one wins; without one, a sentence opening on a goal makes it a target, unless
    a span up to now (今年以来) stands between the goal and the figure). *described*: the year the
    report describes (an outturn after a target is not of a later year). *may_cue*: False when the
    sentence holds none of :data:`KIND_WORDS`; *in_sentence*: its kind cues (:func:`kind_cues_in`);
    *found*: its gate words (:class:`~govkit.facts.sentence_words.SentenceWords`)."""
    if not may_kind:
        return None
    before = sent[: q.start]
    cues = _cues_before(sent, q.start, in_sentence, found) if may_cue else []
    for i in range(len(cues) - 1, -1, -1):
        m = cues[i]
        name = m.lastgroup
        # 预计 governs the rest of its sentence (预计…1720亿元…;地方一般公共预算收入141.8亿元), unless it
        # stands after a subject in its clause and the figure's subject opens a later ;-segment
        # (地区生产总值预计完成211.6亿元,增长5.1%;财政总收入22.61亿元: only the GDP is expected).
        if name == "estimate":
            if m.start() < seg_start <= subject.start < q.start and _subject_before(sent, m.start()):
                continue
            if m.start() < seg_start and _estimate_marked_later(sent, m, in_sentence):
                continue  # 预计全年…;规模以上工业增加值增长7.6%;…;城乡居民收入预计…: each estimate marked
            if m.start() < seg_start and (part := subperiod_of(sent[seg_start : q.start])) and subperiod_end(part) < 12:
                # 预计全年…增长6%;1-11月,规模以上工业增加值增长8%: the months counted, an outturn (not 四季度,
                # 下半年: a part running to the year's end is estimated with it)
                continue
            if _before_projects_join(sent, m.end(), q.start):
                continue  # 预计全年实施重点项目126个,…。截至11月底,…累计完成投资147.3亿元: the progress is done
            return "estimate"
        if name == "actual":
            if _past_clause_before(sent, m, q):
                continue  # …增长6%左右(上年为5.5%),一般公共预算收入增长5%: the year before's own clause only
            return None  # 收入预算10.5亿元,决算数10.8亿元: the outturn after the budget
        if name == "target" and aside_of_own_figure(sent, m.start(), m.end(), q.start):
            continue  # 12.3亿元(目标15亿元以上),增长8%: the target in brackets is of its own figure only
        if name == "target" and _ADJUSTED_TO.fullmatch(m.group()) and _REVISED.search(sent, 0, m.start()):
            return None  # …根据第五次全国经济普查结果调整为47.3亿元: a revised outturn, not an adjusted target
        if name == "target" and m.start() >= max(seg_start, clause_start(sent, min(subject.start, q.start))):
            if _COMPARED_BEFORE.search(before, max(0, m.start() - 24), m.start()):
                continue  # 低于年度目标1.2个百分点,比上年提高0.5个百分点: the target is a comparison's base
            if goal_met_before(sent, m.start(), q):
                continue  # …完成11.2亿元,超额完成年度目标,同比增长3.1%: the goal met, the growth achieved
            ctx = before[m.start() :]
            # 目标完成, 计划投资: not a target; 力争完成65亿元 is one.
            if (subject.start < m.start() or subject.end <= clause_start(sent, q.start)) and outturn_after_target(
                ctx, described, q.dimension, sent[q.end : q.end + 24], (before, seg_start, len(before))
            ):
                # 目标任务3.2亿元,完成3.35亿元; 上级下达城镇新增就业任务4000人,全年完成4520人 (the subject
                # after the cue, the achieved clause continuing it): the subject's outturn after its target
                return None
            done = _ALL_DONE_AFTER.match(sent, q.end)
            if done and (
                _ALL_DONE_PAST.search(done.group())
                or not _ALL_DONE_PLANNED.search(before, max(seg_start, clause_start(sent, q.start)))
            ):
                continue  # 脱贫任务1200人,已全部脱贫: the task all done is the outturn (计划…全部入住: a plan)
            if _TASK_DONE.search(before, max(0, m.start() - 16), m.end()) and not _TASK_SIZE_AFTER.match(sent, q.end):
                continue  # 完成年度使用内资任务76%: the task done, not a target (完成…任务1.5万亩的108%: its size)
            if (
                _SECURED.match(_UP_TO_FIGURE.split(ctx, maxsplit=1)[0])
                and not _later_year(before[seg_start:], described)
                and not _SECURED_AHEAD.search(before, seg_start)
            ):
                continue  # 全年争取衔接资金3.2亿元,增长8%: funds secured (and their growth), not a target
            if _PLAN_INVESTMENT.match(ctx) and _MEASURED_AFTER.match(sent, q.end):
                continue  # 年度计划投65.25亿元,占年任务的100%: the amount measured against the task is the amount done
            if (_STRIVING.match(m.group()) or not _NOT_TARGET_AFTER.search(ctx[:4])) and not _YARDSTICK.match(ctx):
                return "target"
    label = _target_label(sent, seg_start)
    if label is not None and label.end() <= q.start:
        # 目标任务:一般公共预算收入增长6%: the label before the figure's clause governs its segment
        if _later_year_in(sent, 0, label.end(), described):
            return "target"  # 2025年主要目标任务:…增长7%,实现…增长6% in a report on 2024: no outturn of 2025
        return None if outturn_after_target(sent[label.end() : q.start], described) else "target"
    goal, proposed = _sentence_goal(sent)
    if proposed is not None and described is not None and int(proposed.group(1)) <= described:
        goal = None  # 会议提出,2024年全县…增长5.6% in news on 2024: what was done, no goal
    if goal is not None and _before_projects_join(sent, goal.end(), q.start):
        goal = None  # 今年要确保实施重点项目126个,…。截至11月底,…累计完成投资147.3亿元: the progress read with the goal
    goal = goal or _clause_goal(sent, q, seg_start, described)
    if goal is None or _SINCE.search(before, goal.end()):
        return None  # 我们要努力保持良好势头,今年以来…增长6.8%: what was done since, not a goal
    return "target"


def kind_cues_in(sent: str, found: SentenceWords | None = None) -> list[re.Match[str]] | None:
    """The kind cues of a whole sentence, read once for its figures; None when the sentence holds
    none of :data:`KIND_WORDS` (then no words of it hold a cue). *found*: the sentence's gate words,
    when found already."""
    may = found.holds(_KIND_GATE) if found is not None else may_occur(KIND_WORDS, sent)
    return _KIND_SCAN.finditer(sent) if may else None


def _cues_before(
    sent: str, at: int, in_sentence: list[re.Match[str]] | None, found: SentenceWords | None = None
) -> list[re.Match[str]]:
    """``list(_KIND.finditer(sent[:at]))``. A match there that starts more than the pattern's reach
    before *at* reads the same characters as in the sentence (:mod:`govkit.facts.prefixes`): it is
    one of *in_sentence*; the words from the end of those (or the last reach characters) are scanned,
    unless they hold none of :data:`KIND_WORDS`."""
    before = sent[:at]
    reach = _KIND_P.reach
    cut = at - reach
    if in_sentence is None or reach < 0 or cut <= 0:
        return _KIND_SCAN.finditer(before)
    out = [m for m in in_sentence if m.start() < cut]
    pos = max(out[-1].end(), cut) if out else cut
    if (
        pos < at
        and (
            found.holds_within(_KIND_GATE, pos, at)  # (the sentence's one scan tells it)
            if found is not None and found.text is sent
            else may_occur(KIND_WORDS, before[pos:])
        )
    ):
        out.extend(_KIND_SCAN.finditer(before, pos))
    return out


def _estimate_marked_later(sent: str, m: re.Match[str], in_sentence: list[re.Match[str]] | None) -> bool:
    """Whether an estimate cue of the sentence (*in_sentence*: its kind cues) stands in a ;-segment after
    the one of estimate cue *m*: a writer who marks a later segment's figures 预计 again marks each estimate,
    and *m* governs its own segment only (预计全年地区生产总值…增长4.2%;规模以上工业增加值增长7.6%;…;城镇和
    农村居民人均可支配收入预计分别达到…: the segments between are outturns), when figures follow it in its segment
    (:func:`_figure_after`). Without one, 预计 opening the sentence governs all its segments."""
    if not in_sentence:
        return False
    end = segment_end(sent, m.end())
    return end < len(sent) and any(
        c.lastgroup == "estimate" and c.start() > end and _figure_after(sent, c.end()) for c in in_sentence
    )


def _figure_after(sent: str, pos: int) -> bool:
    """Whether a figure with a unit follows *pos* in its ;-segment: 预计 marking figures again (城乡居民收入预计
    分别增长5%、7%), not a project's date (光伏项目预计明年6月投产)."""
    return any(q.dimension for q in find_quantities(sent[pos : segment_end(sent, pos)]))


def _subject_before(sent: str, pos: int) -> bool:
    """Whether the clause of *pos* names an indicator before it (地区生产总值预计完成…: the 预计 is that
    subject's; 预计全年实现…, 全年预计… open the sentence's figures)."""
    lead = sent[clause_start(sent, pos) : pos]
    return bool(lead.strip()) and bool(default_lexicon().mentions(lead))


#: (the last sentence and segment start asked about, the target label opening the segment there)
_LABEL_AT: list[tuple[str, int, re.Match[str] | None]] = [("", -1, None)]


def _target_label(sent: str, seg_start: int) -> re.Match[str] | None:
    """The target label opening the ;-segment at *seg_start* (目标任务:…), read once per segment."""
    last = _LABEL_AT[0]
    if last[0] is sent and last[1] == seg_start:
        return last[2]
    label = _TARGET_LABEL.match(sent, seg_start)
    _LABEL_AT[0] = (sent, seg_start, label)
    return label


#: (the last sentence asked about, its goal opening and the year that opening proposes for): a
#: sentence's figures ask in turn.
_GOAL_OF: list[tuple[str, re.Match[str] | None, re.Match[str] | None]] = [("", None, None)]


def _before_projects_join(sent: str, at: int, q_start: int) -> bool:
    """Whether a 。 between *at* and the figure at *q_start* opens a sentence read with the one before
    for the key projects' sake (continuation projects_next: 截至11月底,126个项目已开工118个,…): the
    progress made, which a goal or an estimate opening the sentence before does not govern."""
    return projects_sentence_between(sent, at, q_start)


def _sentence_goal(sent: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The goal opening *sent* (要确保…, 会议提出,…) and the year it proposes for (None: none), read once per sentence."""
    last = _GOAL_OF[0]
    if last[0] is sent:
        return last[1], last[2]
    goal = _SENTENCE_GOAL.match(sent)
    proposed = _PROPOSED_YEAR.match(sent) if goal is not None else None
    _GOAL_OF[0] = (sent, goal, proposed)
    return goal, proposed


#: (the last sentence asked about, whether it holds a goal word): a sentence's figures ask in turn.
_GOAL_WORD_HELD: list[tuple[str, bool]] = [("", False)]


def _holds_goal_word(sent: str) -> bool:
    """Whether *sent* holds one of the clause goal's words (once per sentence, not per figure: a
    sentence of thousands of characters has thousands of figures)."""
    last = _GOAL_WORD_HELD[0]
    if last[0] is sent:
        return last[1]
    held = may_occur(_CLAUSE_GOAL_WORDS, sent)
    _GOAL_WORD_HELD[0] = (sent, held)
    return held


def _plan_followed(sent: str, goal: re.Match[str]) -> bool:
    """Whether the clause of the plan whose verb sets *goal* (group ``set``: 2023年计划确定…, …计划,确定…) follows
    the plan rather than reciting it (按照年度计划安排,…; 围绕年度计划确定,…: cue block plan_followed): the clause
    holding the verb, or for a verb opening the clause after the plan's (…计划,确定…), the plan's clause."""
    s = goal.start("set")
    after_plan = sent[s - 1 : s] in ",，" and sent[max(0, s - 3) : s - 1] == "计划"
    lo = clause_start(sent, s - 1 if after_plan else s)
    return _PLAN_FOLLOWED.search(sent, lo, goal.end("set")) is not None


@lru_cache(maxsize=1)  # the figures of one sentence ask in turn: the last sentence and goal verb's answer
def _restated_at(sent: str, start: int) -> int:
    """Where the outturns start in a list of goals set (from the goal verb's end *start* to the end of its
    ;-segment), or -1: at the clause naming again an indicator of an earlier clause, when from there a figure
    of an indicator repeats a dimension its goal had (确定全县地区生产总值增长6%左右,固定资产投资增长10%,全年实现
    固定资产投资65亿元,增长9.1%: from 全年实现…; a clause without a name is its last named clause's). Not two goals
    of one indicator (…地区生产总值增长6%左右,地区生产总值总量突破320亿元: a rate, then an amount). Read once per
    sentence and goal, not per figure."""
    lex = default_lexicon()
    end = segment_end(sent, start)
    goals: dict[str, set[str]] = {}  # indicator -> dimensions of its figures before the restatement
    names: set[str] = set()
    at, pos = -1, start
    for part in _CLAUSE_BREAK.split(sent[start:end]):
        found = {i for m in lex.mentions(part) for i in m.indicators if i}
        names = found or names
        dims = {x.dimension for x in find_quantities(part)}
        if at < 0 and found & set(goals):
            at = pos  # an indicator named again: the outturns start here if a dimension repeats
        if at >= 0 and any(d in goals.get(i, set()) for i in names for d in dims):
            break
        if at < 0:
            for i in names:
                goals.setdefault(i, set()).update(dims)
        pos += len(part) + 1
    else:
        at = -1
    return at


def _clause_goal(sent: str, q: Quantity, seg_start: int, described: int | None) -> re.Match[str] | None:
    """The last clause of *q*'s ;-segment before *q*'s own clause that opens on a goal word and holds
    a goal's figure (坚持稳中求进,力争财政总收入突破30亿元,一般公共预算收入增长6%): the goal goes on
    to the later clauses; not funds secured (争取上级资金5.6亿元,增长8%), not a goal word without a figure
    in its clause (力争项目早落地,全年签约项目50个), not across an outturn (力争引进项目30个,实际引进32个)."""
    if not _holds_goal_word(sent):
        return None  # no goal word in the sentence
    own = clause_start(sent, q.start)
    goal = None
    for m in _CLAUSE_GOAL.finditer(sent, max(0, seg_start - 1), own):
        goal = m
    if goal is None:
        return None
    if goal.group("set") and _GOAL_FOLLOWED.search(sent, goal.start(), goal.start("set")):
        return None  # 按照市委要求,今年完成植树造林1.2万亩,…: a requirement followed, the figures are outturns
    if goal.group("set") and _plan_followed(sent, goal):
        return None  # 按照年度计划安排,全县完成固定资产投资65亿元: a plan followed, the figures are outturns
    if goal.group("set") and 0 <= _restated_at(sent, goal.end()) <= q.start:
        return None  # 确定…固定资产投资增长10%,全年实现固定资产投资65亿元,增长9.1%: the goal, then its outturn
    words = sent[goal.end() : own]
    if goal.group("set") and not words.strip(_BREAK_CHARS):
        # 年初确定,全县地区生产总值增长6%左右; …计划提出:…: the verb closes its clause, the figure's clause
        # right after it is the goal's own (not when an outturn cue stands before the figure in it)
        own_words = sent[own : q.start]
        if default_lexicon().mentions(own_words) and not outturn_after_target(own_words, described, q.dimension):
            return goal
        return None
    head, *rest = _CLAUSE_BREAK.split(words, maxsplit=1)
    if goal.group("set") and not head.strip() and rest:
        head, *rest = _CLAUSE_BREAK.split(rest[0], maxsplit=1)  # the goal's figure in the clause after the verb's
    later = find_quantities(rest[0]) if rest else []
    # 争取粮食总产量增长2%,达到52万吨: the goal going on (another dimension), not its outturn
    if not find_quantities(head) or outturn_after_target(words, described, later[0].dimension if later else None):
        return None
    if goal.group("set") and (
        not default_lexicon().mentions(head)
        or outturn_after_target(sent[goal.end() : q.start], described, q.dimension)
        or _goal_restated(head, sent[goal.end() + len(head) : q.end])
    ):
        # 年初确定全年…增长6.5%,全年实现…增长6.8%: the goal set, then its outturn; 年初制定出台稳增长20条措施,
        # 全年…增长6.8%: no indicator's goal set (measures taken), the figures after it are outturns
        return None
    if _CLAUSE_GOAL_DONE.search(head):
        return None  # 力争增长6.5%的目标圆满实现,固定资产投资增长10.5%: the goal done, then outturns
    if _SECURED.match(_UP_TO_FIGURE.split(sent[goal.end() - 2 : own], maxsplit=1)[0]):
        return None
    return goal


def _goal_restated(head: str, after: str) -> bool:
    """Whether an indicator the goal's clause *head* sets is named again in *after* (年初确定全年固定资产投资
    增长10%,全县固定资产投资增长12.1%: the goal set, then the same indicator's outturn in a review; the figures
    after it are outturns too)."""
    lex = default_lexicon()
    set_ = {i for m in lex.mentions(head) for i in m.indicators if i}
    return bool(set_) and any(i in set_ for m in lex.mentions(after) for i in m.indicators if i)


def _later_year(words: str, described: int | None) -> bool:
    """Whether *words* print a year after *described* (2024年,争取衔接资金3.5亿元 in a report on 2023:
    funds still to be secured)."""
    return described is not None and any(int(y) > described for y in _YEAR_OPENING.findall(words))


def outturn_cue_last(sent: str, q: Quantity, seg_start: int, scans: Scans | None = None) -> bool:
    """Whether the last kind cue before *q* in its ;-segment names an outturn (实际完成, 完成情况:, 决算数):
    城镇新增就业5000人,实际完成5620人 under 2023年计划安排: in a report on 2023: the 5620 is achieved."""
    cues = (scans if scans is not None else Scans(sent)).finditer(_KIND_P, sent[: q.start])
    return (
        bool(cues)
        and cues[-1].lastgroup == "actual"
        and cues[-1].start() >= seg_start
        and not _past_clause_before(sent, cues[-1], q)
    )


def _past_clause_before(sent: str, m: re.Match[str], q: Quantity) -> bool:
    """Whether the outturn cue *m* opens a clause of the year before's figure (上年为5.5%) before *q*'s
    own clause: it dates that figure only."""
    return _PAST_CLAUSE.match(m.group()) is not None and m.start() < clause_start(sent, q.start)


def _later_year_in(text: str, start: int, end: int, described: int | None) -> bool:
    """Whether *text* between *start* and *end* prints a year after *described* (2025年主要目标任务: in a
    report on 2024, the year ahead's goals)."""
    return described is not None and any(int(y) > described for y in _YEAR_OPENING.findall(text, start, end))


def _own_goal_in_words(ctx: str, at: int, ahead: tuple[str, int, int], described: int | None) -> bool:
    """Whether the goal in words at *at* of *ctx* is the target of the subject before the cue (计划与经济
    增长基本同步): no striving word, no subject of its own before it, no later year printed in the span
    *ahead* (text, start, end) before the cue."""
    return (
        not _later_year_in(*ahead, described)
        and _STRIVING.search(ctx, 0, at) is None
        # (计划与地区生产总值增长同步: the goal's other term is no subject of its own)
        and not any(m.end <= at for m in without_in_step_terms(ctx, default_lexicon().mentions(ctx)))
    )


def outturn_after_target(
    ctx: str,
    described: int | None = None,
    dimension: str | None = None,
    after: str = "",
    ahead: tuple[str, int, int] = ("", 0, 0),
) -> bool:
    """Whether *ctx* (from a target cue to a figure) holds the target's own figure and then a clause
    opening on what was achieved or on a part of the year: 目标任务3.2亿元,完成3.35亿元;
    年度目标增长10%,1-11月增长8.2%; 目标任务为58%,2023年达到58.4% (not a year after *described*:
    目标任务为58%,2025年达到60% is the target's next step). With *dimension* (the figure's), the
    target's own figure must be of it: 力争增长6.5%,达到305亿元 is one goal in two figures (a growth
    rate is no target of an amount), not a goal and its outturn (目标增长8%,完成12.3亿元 keeps its outturn:
    完成 is what was done); not when *after* (the words after the figure) tells the goal met (目标增长6%,达到305亿元,
    超额完成目标: what was reached). A goal in words (计划与经济增长基本同步,完成5.1%) stands for the
    target's figure only when it is the goal of the subject named before the cue: not after a striving
    word (确保完成市下达目标任务,实现5000人以上: the goal in words and in a figure), not after another
    subject named (目标任务:城乡居民收入增长与经济增长同步,实现地区生产总值增长6%: the goals go on), not
    in a plan of a year after *described* (printed in the span *ahead* of a text before the cue: 2025年…
    计划与上年持平,实现28万吨)."""
    nxt = _GOAL_THEN_CLAUSE.search(ctx)
    if nxt is not None and not nxt.group()[0].isdigit() and not _own_goal_in_words(ctx, nxt.start(), ahead, described):
        nxt = _FIGURE_THEN_CLAUSE.search(ctx)
    if nxt is None:
        return False
    rest = ctx[nxt.end() :]
    if dimension and _GOAL_GOES_ON.match(rest) and not _GOAL_MET_AFTER.match(after):
        own = find_quantities(ctx[: nxt.end()])
        if own and own[0].dimension and own[0].dimension != dimension:
            return False
    achieved = _ACHIEVED_AFTER_TARGET.match(rest)
    if achieved is not None and described is not None and (year := _YEAR_OPENING.match(rest)) is not None:
        return int(year.group(1)) <= described
    return achieved is not None or bool(subperiod_of(rest))
