"""The frame of each stretch of a report: which year or span, which part of the year, which kind.

A report is read top to bottom and frames are set, in that order, by

* the report's title (上半年经济运行情况, 5月环境质量公报: the part of the year the whole report covers);
* headings (``2020年工作回顾`` → the 2020 actuals, ``十四五时期主要目标`` → the 2021-2025 targets,
  ``五年来`` → the review of the last five years, ``2021年工作安排``, ``2023年预算草案`` and, in a
  report of January 2023, ``2023年财政工作`` → the plan; ``下半年工作打算`` → the targets of the year
  described);
* frame-setting sentences in running text (今年经济社会发展的主要预期目标是:, 过去的一年, 这五年);
* a paragraph's opening words (2021年, 五年来, 上半年, 1-5月, 今年以来), for that paragraph only;
* 预计(下同): the figures from there to the next heading are estimates.

:mod:`govkit.facts.timeframe` holds the :class:`~govkit.facts.timeframe.Frame` and the time
words (spans, sub-periods); the figure's own year and kind are decided in :mod:`govkit.facts.timing`.
The words are the ``frame`` cues of ``govkit/data/extract/cues.tsv`` (headings, frame-setting
sentences, openings, part-year reports).
"""

from __future__ import annotations

import re

from govkit.core.regex_gates import may_occur, required_words, words_gate
from govkit.facts.asides import part_note
from govkit.facts.cues import cue
from govkit.facts.numbers import find_quantities
from govkit.facts.prefixes import Scans
from govkit.facts.subperiods import EVENT_AFTER_MONTH, subperiod_end, subperiod_of
from govkit.facts.timeframe import PLAN_PERIODS, Dates, Frame, plan_span, since_into_unended, span_of_phrase

# ---------------------------------------------------------------------- headings
_HEADING_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|——|第[一二三四五六七八九十]+[部章])"
)
_SENTENCE_STOP = re.compile(r"[。!?]")
_LABEL_THEN_FIGURES = re.compile(r"([^:：]+)[:：](?=[^:：]*\d)")
_SENTENCE_PUNCT = re.compile(r"[,;。，；]")
_HEADING_QUOTES = re.compile(r"[“”\"‘’'《》]")
_REVIEW_HEAD = cue("frame", "review_heading")
_PLAN_HEAD = cue("frame", "plan_heading")
_LONG_PLAN = cue("frame", "long_plan_heading")
_NEXT_FIVE_YEARS = cue("frame", "next_five_years")
_PLAN_AND_YEAR_WORK = cue("frame", "plan_and_year_work")
_FIVE_YEAR_REVIEW = cue("frame", "fiveyear_heading")
_REVIEW_WORD = cue("frame", "review_word")
_REST_OF_YEAR = cue("frame", "rest_of_year_plan")
_REST_OF_YEAR_NOUN = cue("frame", "rest_of_year_plan_noun")
_YEAR_HEADING = cue("frame", "year_heading")
_YEAR_NAMED_HEADING = cue("frame", "year_named_heading")
_ACHIEVED = cue("frame", "plan_achieved")
_ACHIEVED_GAP = cue("frame", "plan_achieved_gap")
_PAST_YEAR_GOALS = cue("frame", "past_year_goals")
_STRIVING = cue("target", "striving")
_SPEECH_TITLE = cue("frame", "speech_title")
_BY_YEAR = re.compile(r"到((?:19|20)\d{2})年")
_YEAR_IN_HEADING = re.compile(r"((?:19|20)\d{2})年")


def heading_text(para: str) -> str | None:
    """The heading part of a paragraph, or None: a numbered heading's title, or a short line
    without sentence punctuation (a wrapped sentence line is not a heading)."""
    p = para.strip()
    first = _SENTENCE_STOP.split(p, maxsplit=1)[0]
    if _HEADING_MARK.match(p) and len(first) <= 40:
        label = _LABEL_THEN_FIGURES.match(first)
        # (三)高标准农田建设:年度目标任务5万亩,全年建成5.3万亩 (an assessment item): the label is the
        # heading, the figures after its colon are the item's, not words of a heading
        return label.group(1) if label else first
    if len(p) <= 30 and not _SENTENCE_PUNCT.search(p.rstrip("。:：")) and not p.endswith("。"):
        return p
    return None


_TOP_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[部章])")
_SUB_MARK = re.compile(r"^\s*(?:\(?[一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）)")


def heading_level(para: str) -> int:
    """The rank of a heading: 1 for 一、/第一部分, 2 for (一), 3 for any other heading line."""
    if _TOP_MARK.match(para):
        return 1
    if _SUB_MARK.match(para):
        return 2
    return 3


def enter_heading(path: dict[int, str], heading: str, para: str) -> None:
    """Put *heading* (of paragraph *para*) on the path of headings: it ends the deeper ones."""
    level = heading_level(para)
    for k in [k for k in path if k >= level]:
        del path[k]
    path[level] = heading


def _years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR_IN_HEADING.findall(text)]


def _reviewed_part_title(text: str, dates: Dates) -> bool:
    """A speech's title naming a meeting on a part of the year (在全县上半年经济运行分析暨重点工作推进会议上
    的讲话) given after that part ended, or on an unknown date: the meeting's name, no heading. A speech of
    February at 2024年一季度开门红暨重点工作推进会 looks ahead to the quarter: its title keeps its frame."""
    if not _SPEECH_TITLE.match(text):
        return False
    month = dates.report_month or dates.published_month
    sub = subperiod_of(text)
    if month is None or not sub or not dates.report_year or (dates.doc_year or 0) < dates.report_year:
        return True
    return month > subperiod_end(sub)


#: Words one of which every heading that sets a frame holds: the required words of each pattern that
#: one of :func:`heading_frame`'s branches needs (a plan, the next five years, a five-year review, a
#: review, the rest of the year, a year; every branch that returns a frame needs one). A line holding
#: none of them sets no frame: the branches' searches are spared on it (most headings).
_SETS_FRAME = words_gate(
    [_PLAN_HEAD, _NEXT_FIVE_YEARS, _FIVE_YEAR_REVIEW, _REVIEW_HEAD, _REST_OF_YEAR, _YEAR_HEADING, _YEAR_NAMED_HEADING]
)


def plan_achieved(text: str, after: int | None = None) -> bool:
    """Whether the heading *text* says a plan was achieved (“十三五”规划目标任务全面完成, 脱贫攻坚目标任务全面完成,
    圆满完成全年目标任务): a review of it, not the plan; a striving word before the achievement (确保全面完成全年目标
    任务) aims at it. *after*: the end of the plan's words, where the achievement must follow right away (目标任务全面
    完成; not 工作安排:全面完成各项目标任务, the plan's aim; frame plan_achieved_gap)."""
    if after is None:
        achieved = _ACHIEVED.search(text)
    else:
        gap = _ACHIEVED_GAP.match(text, after)
        achieved = _ACHIEVED.match(text, gap.end() if gap else after)
    return achieved is not None and not _STRIVING.search(text, 0, achieved.start())


def heading_frame(line: str, current: Frame, dates: Dates) -> Frame | None:
    """A new frame if *line* is a heading or an opening that sets one, else None."""
    text = _HEADING_QUOTES.sub("", line.strip())
    if _SETS_FRAME is not None and _SETS_FRAME.search(text) is None:
        return None
    if not text or _reviewed_part_title(text, dates):
        return None  # 在…上半年…重点工作推进会议上的讲话: the meeting's name, no frame of its own
    plan_head = _PLAN_HEAD.search(text)
    if plan_head and plan_achieved(text):
        # “十三五”规划目标任务全面完成, 圆满完成全年目标任务: the review of what the plan set (确保全面完成
        # 全年目标任务 aims at it: still the plan)
        done = span_of_phrase(text, dates)
        if done is not None and done[1] <= (dates.last_full_year or 0):
            return Frame(year=done[1], period_start=done[0], kind="actual")
        plan_head = None
    if _LONG_PLAN.search(text) and plan_head or _NEXT_FIVE_YEARS.search(text):
        year_work = _PLAN_AND_YEAR_WORK.search(text)
        if year_work is not None and int(year_work.group(1)) > (dates.last_full_year or 0):
            # “十四五”时期奋斗目标和2021年工作安排: the section's work is the year's (到2025年 dates its own goals)
            return Frame(year=int(year_work.group(1)), kind="target", plan=True)
        explicit = _BY_YEAR.search(text)
        named = cue("time", "span_plan").search(text)
        if current.plan and current.period_start and not explicit and not named:
            return current  # 今后五年的主要目标是: under a heading that already named the plan period
        start = (dates.last_full_year or (dates.doc_year or 2000)) + 1
        span = span_of_phrase(text, dates)
        if explicit:
            span = (min(start, int(explicit.group(1))), int(explicit.group(1)))
        elif span is None or span[0] <= (dates.last_full_year or 0):
            span = PLAN_PERIODS.get(named.group(1), (start, start + 4)) if named else (start, start + 4)
        return Frame(year=span[1], period_start=span[0], kind="target", plan=True)
    review_head = _REVIEW_HEAD.search(text)
    if plan_head and not review_head:
        years = _years_in(text)
        past = _PAST_YEAR_GOALS.fullmatch(plan_head.group())
        if past and int(past.group(1)) <= (dates.last_full_year or 0) and not current.plan:
            return None  # （一）2024年工作目标 under 2024年工作回顾 in a report of 2025: the review's goals
        year: int | None
        if years:
            year = years[-1]
        elif _REST_OF_YEAR.search(text):
            year = dates.doc_year or dates.this_year  # 下半年工作打算: the targets of the year described
        elif "今年" in text and current.plan and current.year and current.period_start is None:
            year = current.year  # 今年…主要预期目标是: in the plan of a year named (2024年是…关键之年。)
        else:
            year = dates.planned_this_year if "今年" in text else dates.plan_year
        return Frame(year=year, kind="target", plan=True)
    if _FIVE_YEAR_REVIEW.search(text):
        five = span_of_phrase(text, dates)
        if five is None:
            end = dates.last_full_year
            return Frame(year=end, period_start=end - 4 if end else None, kind="actual")
        return Frame(year=five[1], period_start=five[0], kind="actual")
    if review_head:
        years = _years_in(text)
        year = years[0] if years else (dates.doc_year or dates.last_full_year)
        if (
            years
            and dates.last_full_year
            and year is not None
            and year > dates.last_full_year
            and not _REVIEW_WORD.search(text)
        ):
            return Frame(year=year, kind="target", plan=True)  # 2020年主要工作 in a report of January 2020: the plan
        return Frame(year=year, kind="actual")
    bare = _HEADING_MARK.sub("", text, count=1).strip()
    if (
        _REST_OF_YEAR.match(bare)
        and _REST_OF_YEAR_NOUN.search(bare)
        and not _REVIEW_WORD.search(bare)
        and not _SINCE.search(bare)
    ):
        return Frame(year=dates.doc_year or dates.this_year, kind="target", plan=True)  # 下半年工作措施
    m = _YEAR_HEADING.match(bare) or (_YEAR_NAMED_HEADING.search(bare) if _HEADING_MARK.match(text) else None)
    early = (
        dates.report_month is None or dates.report_month <= 3 or int(m.group(1)) > (dates.report_year or 0)
        if m
        else False
    )
    if (
        m
        and early
        and dates.last_full_year
        and int(m.group(1)) > dates.last_full_year
        and len(set(_years_in(text))) == 1
    ):
        # (2023年全县经济运行 in October 2023 reviews the year so far: a plan only early in the year or ahead)
        if not _REVIEW_WORD.search(text) and subperiod_of(text) is None:
            return Frame(year=int(m.group(1)), kind="target", plan=True)  # 三、2023年财政工作 in January 2023
    return None


# ---------------------------------------------------------------------- frame-setting sentences
# Words without which a sentence sets no frame (a necessary test of every rule below).
_INLINE_HINT = cue("frame", "inline_hint")
_GOALS_FOLLOW = cue("frame", "goals_follow")
_GOALS_ARE = cue("frame", "goals_are")
_PLAN_LABEL = cue("frame", "plan_label")
_SECTION_WORDS = cue("frame", "section_words")
_PAST_YEAR_OPENING = cue("frame", "past_year_opening")
_KEY_YEAR_OPENING = cue("frame", "key_year_opening")
_FIVE_YEARS_OPENING = cue("frame", "fiveyear_opening")
_CLAUSE_BREAK = re.compile(r"[,;，；]")


def _new_year_looking_back(frame: Frame, dates: Dates) -> bool:
    """Whether a report of January to April (a speech on the year ahead, a review of the first
    quarter) stands in a frame of its own year or later (a plan, or the year not yet ended): there,
    过去一年 is the year just ended."""
    ry, rm, last = dates.report_year, dates.report_month, dates.last_full_year
    if not (ry and rm and rm <= 4 and last and last < ry):
        return False
    return frame.plan or (frame.year is not None and frame.year > last)


def _year_under_way(year: int, dates: Dates) -> bool:
    """Whether *year* is the year a report of May or later is delivered in (今年是…关键之年。上半年,… in
    a report of July), or of April on that year (a review of the first quarter): a year under way,
    reviewed so far, not the year ahead of a plan."""
    month = dates.report_month or 0
    return year == dates.report_year and (month > 4 or (month == 4 and dates.doc_year == year))


def may_set_frame(text: str) -> bool:
    """False when no sentence of *text* can set a frame (a cheap test before :func:`inline_frame`)."""
    return _INLINE_HINT.search(text) is not None


def inline_frame(sent: str, frame: Frame, dates: Dates) -> Frame | None:
    """Frame-setting sentences inside running text (十四五时期…的主要目标是:, 2021年工作安排)."""
    if not _INLINE_HINT.search(sent):
        return None
    s = sent.strip()
    if _GOALS_FOLLOW.search(s) and len(s) <= 80:
        return heading_frame(s, frame, dates) or frame.with_(kind="target", plan=True, year=dates.plan_year)
    m = _GOALS_ARE.search(s) or _PLAN_LABEL.match(s)
    if m and not frame.plan:
        # 今年经济社会发展的主要预期目标建议为:…, 2024年工作打算:…: the list that follows is the plan.
        return heading_frame(s[: m.end()], frame, dates) or frame.with_(
            kind="target", plan=True, year=dates.plan_year, period_start=None
        )
    if len(s) <= 30 and _SECTION_WORDS.search(s) and not _CLAUSE_BREAK.search(s) and not s.endswith("。"):
        return heading_frame(s, frame, dates)
    key = _KEY_YEAR_OPENING.match(s) if not frame.plan else None
    if key is not None:
        # 2024年是…关键之年 (今年是… in a report of the new year): the year ahead, its plan opens here
        this_year = dates.report_year or (dates.doc_year if key.group(2) else None)
        ahead = int(key.group(1)) if key.group(1) else (this_year + 1 if key.group(2) and this_year else this_year)
        if ahead and dates.last_full_year and ahead > dates.last_full_year and not _year_under_way(ahead, dates):
            return frame.with_(kind="target", plan=True, year=ahead, period_start=None, subperiod="")
    m = _PAST_YEAR_OPENING.search(s)
    if m:
        y = m.group(1) or m.group(3)
        past = y and dates.last_full_year and int(y) <= dates.last_full_year
        if not y and _new_year_looking_back(frame, dates):
            # 过去一年,… in a speech of February on the year ahead (its frame that year's plan): the
            # year just ended
            return frame.with_(year=dates.last_full_year, period_start=None, subperiod="", kind="actual", plan=False)
        if past or (not y and not frame.plan):
            nf = frame.opening_year(int(y) if y else frame.year).with_(kind="actual", plan=False)
            # 2023年是…, in a half-year report of 2024: that whole year, not its first half
            return nf if nf.year == frame.year else nf.with_(subperiod="")
    if _FIVE_YEARS_OPENING.search(s) and not frame.plan:
        span = span_of_phrase(s, dates)
        if span and frame.period_start is None and _SINCE.search(_CLAUSE_BREAK.split(s, maxsplit=1)[0]):
            # “十四五”以来,…年均增长5.8% in a review of one year: a digression of this paragraph (its
            # opening, its own sentence), not the frame of the sections after it
            return None
        if span and span[1] <= (dates.last_full_year or span[1]):
            return frame.with_(year=span[1], period_start=span[0], kind="actual")
        if span:
            return frame.with_(year=span[1], period_start=span[0], kind="target", plan=True)
    return None


# ---------------------------------------------------------------------- paragraph openings
_OPENING_END = re.compile(r"[,:，：。]")
_OPENING_YEAR = cue("frame", "opening_year")
_LAST_YEAR_OPENING = cue("frame", "last_year_opening")
_THIS_YEAR_IS_OPENING = cue("frame", "this_year_is_opening")
_SINCE = cue("time", "since")
_ON_BASIS = cue("time", "on_basis")  # 在2022年高基数的基础上,…: a base, not the paragraph's year
_YEAR_IS_OF_PLAN = cue("frame", "year_is_of_plan")  # 今年是“十四五”…的关键一年: that year, not the span


_PLAN_END_BASE = cue("time", "plan_end_base")


def opening_frame(para: str, frame: Frame, dates: Dates) -> Frame:
    """A paragraph's opening words (五年来, 2021年, 上半年, 1—5月, 今年以来) refine the frame."""
    head = _OPENING_END.split(para.strip().lstrip("—- "), maxsplit=1)[0]
    if len(head) > 24:
        return frame
    f = frame
    if "五" in head:
        head = _PLAN_END_BASE.sub("", head)  # 较“十三五”末增长30%: a base of growth, not the opening's time
    span = None if _YEAR_IS_OF_PLAN.match(head) else plan_span(span_of_phrase(head, dates), frame, dates, head)
    if span and not frame.plan and dates.last_full_year and span[0] > dates.last_full_year:
        # 今后五年,…, “十四五”期间,… in a report of January 2021: this paragraph holds the plan's targets
        f = f.with_(year=span[1], period_start=span[0], kind="target", plan=True)
    elif span and frame.plan and dates.last_full_year and span[1] <= dates.last_full_year:
        # “十三五”期间,… after a plan's paragraphs: this paragraph reviews the span that has ended
        f = f.with_(year=span[1], period_start=span[0], kind="actual", plan=False)
    elif span and not since_into_unended(head, Scans(head), dates, 0):
        # (2023年以来,… in a report of October 2024 on 2024: a sum up to now, dated in its own sentence)
        f = f.with_(year=span[1], period_start=span[0])
    m = _OPENING_YEAR.match(head)
    if m and not span and not _SINCE.search(head) and not _ON_BASIS.match(head, m.end()):
        f = f.opening_year(int(m.group(1)))
        if f.year != frame.year:
            f = f.with_(subperiod="")  # 2023年, in a half-year report of 2024: that whole year
    if dates.report_year and _LAST_YEAR_OPENING.match(head):
        f = f.opening_year(dates.report_year - 1).with_(kind="actual", plan=False, subperiod="")
    if dates.report_year and _THIS_YEAR_IS_OPENING.match(head):
        f = f.with_(year=dates.report_year, period_start=None)  # 今年是…开局之年: the report's own year
    elif "今年" in head and dates.review_this_year and not f.plan:
        f = f.with_(year=dates.review_this_year, period_start=None)
    sp = subperiod_of(head + ",", single_month=True)
    if sp is not None and EVENT_AFTER_MONTH.match(para.strip().lstrip("—- "), len(head)) is not None:
        sp = None  # 2020年9月,经县级验收认定,…: the month dates an act, not the paragraph's figures
    if sp is not None and not _noted_figure(head):
        f = f.with_(subperiod=sp, before_opening_sub=f.subperiod)
    return f


def _noted_figure(head: str) -> bool:
    """Whether *head* is a figure's clause with a note of its part of the year after it
    (规模以上工业增加值增长8.1%(1-11月)): the note dates that figure, not the paragraph."""
    open_at = max(head.find("("), head.find("（"))
    return (
        open_at > 0
        and any(q.dimension for q in find_quantities(head[:open_at]))
        and part_note(head, open_at) is not None
    )


# ---------------------------------------------------------------------- whole report, and 预计(下同)
_PART_YEAR_REPORT = cue("frame", "part_year_report")
_PLAN_IN_TITLE = cue("frame", "plan_in_title")
_ESTIMATE_BELOW = cue("frame", "estimate_below")
_FIRST_CLAUSE = re.compile(r"[,，。;；]")


def document_subperiod(title: str, text: str) -> str:
    """The part of the year a whole report covers (上半年经济运行情况, 5月环境质量公报), else ""."""
    for line in [title, *text[:300].split("\n")[:4]]:
        line = line.strip()
        plan_part = _PLAN_IN_TITLE.search(line)
        if plan_part:
            line = line[: plan_part.start()]  # 上半年工作总结和下半年工作打算: the review's part
        if line and len(line) <= 60 and _PART_YEAR_REPORT.search(line) and "年度" not in line:
            # a sentence's part after its first clause names a part of its own (全县优良天数比例为82.5%,其中
            # 1-6月为78.3%), not the part the report covers (2023年1-6月,全县… still does)
            line = _FIRST_CLAUSE.split(line, maxsplit=1)[0]
            sp = subperiod_of(re.sub(r"^.*?((?:19|20)\d{2}年)", r"\1", line), single_month=True) or subperiod_of(
                re.sub(r"^.*?(\d{1,2}月)", r"\1", line), single_month=True
            )
            if sp is None:
                sp = _month_report(line)
            if sp:
                return sp
    return ""


_MONTH_REPORT = re.compile(
    rf"(?<![\d\-—–~至到])(\d{{1,2}})月份?(?![\d日号])[^\d()（）,，。:：]{{0,12}}?(?:{_PART_YEAR_REPORT.pattern})"
)


_MONTHLY_REPORT_MONTH = cue("frame", "monthly_report_month")


def _month_report(line: str) -> str | None:
    """2022年9月环境空气质量月报, 5月份全县经济运行情况: the month named right before the report words;
    环境质量月报(2023年9月): a monthly report's month after it."""
    m = _MONTH_REPORT.search(line) or _MONTHLY_REPORT_MONTH.search(line)
    n = int(m.group(1)) if m else 0
    return f"M{n}" if 1 <= n <= 12 else None


#: Words one of which every match of estimate_below holds (a paragraph holding none has no such sentence).
_ESTIMATE_BELOW_WORDS = required_words(_ESTIMATE_BELOW)


def may_mark_estimates(text: str) -> bool:
    """False when no sentence of *text* can mark the figures below as estimates (a cheap test before
    :func:`estimates_below`: a sentence holds only words of its paragraph)."""
    return may_occur(_ESTIMATE_BELOW_WORDS, text)


def estimates_below(sent: str) -> int | None:
    """Where 预计(下同) / (预计数,下同) stands in *sent*: from there on figures are estimates; else None."""
    m = _ESTIMATE_BELOW.search(sent)
    return m.start() if m else None
