"""Stage 5 — extract: indicator facts from a cleaned report (EXTRACTION.md conventions).

Reading order, the way an economist reads a report:

1. The report is walked paragraph by paragraph; headings and openings set a time frame
   (:mod:`govkit.facts.timeframe`).
2. In each sentence, quantities (:mod:`govkit.facts.numbers`) and indicator mentions
   (:mod:`govkit.facts.mentions`) are found. A quantity belongs to the mention that governs its
   clause: the nearest subject before it in the clause, an event verb right after it
   (``1121户4459人全部脱贫``), or the subject of the previous clause when the clause holds
   only measure words (``…16.9亿元,年均增长16%``). Lists (``分别为…、…``) are distributed over
   compound subjects (城乡居民…) or over the subjects named before them.
3. The words between subject and number decide the measure (同比增长 → yoy_pct, 年均增长 →
   cagr_pct, 个百分点 → pp_change, 占年任务的 → completion_pct); the unit decides between
   indicators that share a name (易地扶贫搬迁 …户/…人) and is converted to the catalog unit.
4. Comparisons with other places, rankings, thresholds and context figures are not facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from govkit.core.catalog import Indicator, load_catalog
from govkit.core.document import Document, DocumentMeta
from govkit.core.fact import Fact
from govkit.facts.cues import any_of, cue, probe
from govkit.facts.mentions import Lexicon, Mention, default_lexicon
from govkit.facts.numbers import Quantity, convert, find_quantities, unit_of
from govkit.facts.schema import facts_frame
from govkit.facts.timeframe import (
    Dates,
    Frame,
    dates_from_meta,
    heading_frame,
    may_name_subperiod,
    span_of_phrase,
    subperiod_of,
)
from govkit.facts.validate import finalize

_SENT_END = re.compile(r"[。!?！？\n](?:(?<=[。!?！？])[。!?！？]*)?")  # a run of 。!? or a line end
_CLAUSE_SEP = re.compile(r"[,;:，；：]")
_LIST_SEP = re.compile(r"^\s*(、|和|与|及|,|，)?\s*$")
# Words that may stand between a clause's start and its number when the clause continues
# the previous clause's subject (…16.9亿元,年均增长16%).
_CONTINUATION = re.compile(
    r"^(全年|年度|当年|累计|共|共计|分别|同比|比上年|较上年|比去年|较去年|较上年同期|比上年同期|同期|年均|两年平均|"
    r"按可比价格计算|按可比价计算|按可比口径|同口径|可比口径|扣除[^,;]{0,8}因素|初步核算|力争|确保|争取|努力|预计|降至|降到|下降到|下降至|提升到|提升至|提高到|提高至|增加到|增加至|"
    r"稳定在|控制在|保持在|比增|比降|较|比|与|相比|预期|初步预计|可|将|已|实现|完成|达到|达|为|增长|增加|上升|提高|提升|下降|减少|降低|回落|增速|增幅|降幅|"
    r"占年任务的|占年度任务的?|占全年任务的?|完成年度?任务的|完成年度目标的|完成目标任务的|占年度目标的|完成率|投资完成率|进度|"
    r"(?:占|完成|为|达到?)(?:全?年度?|全年)?(?:计划|目标|考核)?(?:任务|目标|计划)(?:的|量的)?|"
    r"[0-9]{4}年|上半年|全年|前三季度|的|了|在|到|至|左右|以上|稳定|控制|保持|总量|总额|规模|人数|比重|"
    r"完成投资|累计完成投资|完成年度投资|计划投资|完成年度计划投资|投资|增加值|其中|以内|达到了|突破|超过|逾|约|近|高达|"
    r"\(|\)|、|\s)*$"
)
_SHARE = re.compile(r"占")
_PERCENT_DIMS = ("percent",)
#: Indicators whose level is a stock or a rate at the end of a span, never a sum over it.
_STOCK_UNITS = {"%", "天", "微克/立方米", "吨标准煤/万元", "元"}
_STOCK_IDS = {"loan_balance"}
_ANNUAL_FAMILIES = {"economy", "investment", "fiscal", "income"}
_SUMMABLE_IDS = {"key_project_investment", "investment_attracted", "debt_resolved", "new_urban_jobs", "labor_transfer"}
_MASK_FLAG = "masked"
# A digit or mask, or a Chinese numeral with a counter (written to start with a character class, which
# the regex engine scans for quickly).
_MAY_HOLD_FIGURES = re.compile(r"[0-9*一二两三四五六七八九十百千](?:(?<=[0-9*])|[个人户名支所家亩吨万亿])")
_ESTIMATE_BELOW = re.compile(r"预计(数)?[,，]?\s*下同|预计\s*\(下同\)|\(预计(数)?[,，]下同\)")
_NARRATIVE_AFTER = re.compile(r"^\s*(大关|台阶|关口|新起点|量级|新台阶|级)")


_YEAR = re.compile(r"((?:19|20)\d{2})年(?:度|末|底|初)?")
_BASELINE_YEAR = re.compile(r"((?:19|20)\d{2})年的\s*$")
_BASE_YEAR = re.compile(r"(?:比|较|与)((?:19|20)\d{2})年(?:相比)?[^,;]*$")
_RELATIVE_YEAR = re.compile(r"今年|本年|当年|去年|上年(?!同期|末)|上一年|明年")
_HEAD_SEP = re.compile(r"[,:，：]")
_RANGE_AFTER = re.compile(r"\s*[-—~至]\s*\d")
_TARGET_WORD = re.compile(r"目标|预期|计划")
_SHARE_TAIL = re.compile(r"占[^,;]{0,16}$")
_THRESHOLD_WORD = re.compile(r"降至|低于|高于|超过")
_TARGET_OR_EXPECTED = re.compile(r"目标|预期")
_SHARE_ONLY = re.compile(r"^占[^,;]{0,16}$")
_DIGIT = re.compile(r"\d")
_FUNDS_IN_PLACE = re.compile(r"到位|完成投资")
_DOWN_TAIL = re.compile(r"(下降|减少|降低|回落|收窄)[^,;]*$")
_SINCE = re.compile(r"以来")
_PLANNING_WORD = re.compile(r"目标|预期|力争|计划|确保|争取")
_SUMMED = re.compile(r"累计|共计|合计|累积")
_CUMULATIVE = re.compile(r"累计|共计")
_NOT_TARGET_AFTER = re.compile(r"^计划投|完成|占")
_LIST_JOINER = re.compile(r"\s*[、和与及]\s*")


@dataclass(slots=True)
class _Clause:
    start: int
    end: int


@dataclass(slots=True)
class _Assigned:
    """Bookkeeping of a sentence: which subject got which facts, in order."""

    mention: Mention
    indicator: str
    measure: str


class Extractor:
    """Extracts facts from documents with a given catalog and lexicon."""

    def __init__(self, lexicon: Lexicon | None = None, catalog: dict[str, Indicator] | None = None):
        self.lexicon = lexicon or default_lexicon()
        self.catalog = catalog or load_catalog()
        self._measure_rx = any_of("measure")
        self._kind_rx = any_of("kind")
        self._kind_probe = probe((self._kind_rx,))
        self._target_year_rx = cue("time", "target_year")
        self._target_year_probe = probe((self._target_year_rx,))
        self._block = {name: rx for name, rx in _cues("block").items()}
        self._block_probe = {name: probe((rx,)) for name, rx in self._block.items()}

    # ------------------------------------------------------------------ document level
    def extract(self, doc: Document) -> list[Fact]:
        text = doc.text
        meta = doc.meta
        dates = dates_from_meta(meta)
        own = _own_region_words(meta)
        doc_sub = _document_subperiod(meta.title, text)
        frame = Frame(year=dates.doc_year, kind="actual", subperiod=doc_sub)
        facts: list[Fact] = []
        pos = 0
        for para in text.split("\n"):
            p_start, pos = pos, pos + len(para) + 1
            if not para.strip():
                continue
            heading = _heading_text(para)
            if heading is not None:
                nf = heading_frame(heading, frame, dates)
                if nf is not None:
                    frame = nf.with_(subperiod=doc_sub if not nf.plan else "")
            # Cheap paragraph-level tests: no sentence of a paragraph without such words sets a frame
            # or names a part of the year.
            frames_here = _INLINE_HINT.search(para) is not None
            if not _MAY_HOLD_FIGURES.search(para):
                # Inline frame-setting sentences (…主要目标是:) can still change the frame.
                for s, e in _sentences(para) if frames_here else ():
                    nf = _inline_frame(para[s:e], frame, dates)
                    if nf is not None:
                        frame = nf
                continue
            pframe = _opening_frame(para, frame, dates, own)
            sub_state = pframe.subperiod
            subperiods_here = may_name_subperiod(para)
            for s, e in _sentences(para):
                sent = para[s:e]
                nf = _inline_frame(sent, frame, dates) if frames_here else None
                if nf is not None:
                    frame = nf
                    pframe = nf
                    sub_state = nf.subperiod
                mentions = self.lexicon.mentions(sent) if _MAY_HOLD_FIGURES.search(sent) else None
                if not mentions:
                    sp = subperiod_of(sent) if subperiods_here else None
                    sub_state = sp if sp is not None else sub_state
                    continue
                if "占" not in sent and all(m.entry.type == "null" for m in mentions) and not may_name_subperiod(sent):
                    # Non-catalog subjects (市场主体, 税收…) own their figures and yield only shares
                    # (占…的%): no fact here, and no part of the year named either.
                    new_facts: list[Fact] = []
                else:
                    new_facts, sub_state = self._sentence(
                        doc.doc_id, sent, p_start + s, mentions, pframe, sub_state, dates, own
                    )
                below = _ESTIMATE_BELOW.search(sent)
                if below:
                    # 预计(下同) / (预计数,下同): this figure and the rest of the section are estimates.
                    cut = below.start()
                    for f in new_facts:
                        if f.value_start - (p_start + s) < cut + 12 and f.kind == "actual":
                            f.kind = "estimate"
                    frame = frame.with_(kind="estimate") if not frame.plan else frame
                    pframe = pframe.with_(kind="estimate") if not pframe.plan else pframe
                facts.extend(new_facts)
        for f in facts:
            f.region, f.adcode = meta.region, meta.adcode
            if f.measure == "cagr2":
                f.measure = "cagr_pct"
        return facts

    # ------------------------------------------------------------------ sentence level
    def _sentence(
        self,
        doc_id: str,
        sent: str,
        offset: int,
        mentions: list[Mention],
        frame: Frame,
        sub_state: str,
        dates: Dates,
        own: set[str],
    ) -> tuple[list[Fact], str]:
        if mentions and _OTHER_SCOPE.match(sent) and not any(w in sent[:12] for w in own):
            mentions = []  # 从全市看,…: the whole sentence is about another place
        quantities = [q for q in find_quantities(sent) if q.dimension not in ("times",)] if mentions else []
        # Sub-period cues seen in this sentence update the paragraph state even without facts.
        if not quantities:
            sp = subperiod_of(sent, single_month=False)
            return [], (sp if sp is not None else sub_state)
        clauses = _clauses(sent)
        groups = _quantity_groups(sent, quantities)
        has_parens = "(" in sent or "（" in sent
        out: list[Fact] = []
        assigned: list[_Assigned] = []
        self._earlier_indicators = set()
        # Cue words absent from the whole sentence are absent from every part of it: test once here.
        self._may_target_year = _may(self._target_year_probe, sent)
        self._may_kind = _may(self._kind_probe, sent)
        self._may_subperiod = may_name_subperiod(sent, single_month=True)
        self._may_block = {name: _may(p, sent) for name, p in self._block_probe.items()}
        self._owners: list[str] = []  # subjects that took a level figure, in order ("-" for non-catalog ones)
        last_subject_in_clause: dict[int, Mention] = {}
        last_measure: dict[str, str] = {}
        subject_of: dict[int, Mention] = {}
        blocked: set[int] = set()
        measure_of: dict[int, tuple[str, int]] = {}
        for qi, q in enumerate(quantities):
            if not q.dimension and _RANGE_AFTER.match(sent[q.end : q.end + 3]):
                continue  # 1-5月, 800-1500人: a range or a date, not a figure
            ci = _clause_index(clauses, q.start)
            clause = clauses[ci]
            gi, _gn = groups.get(qi, (0, 1))
            in_parens = has_parens and _inside_parens(sent, q.start)
            subject: Mention | None
            if gi > 0 and (qi - gi) in subject_of:
                subject, how = subject_of[qi - gi], "list"
            elif in_parens and _TARGET_WORD.search(sent[sent.rfind("(", 0, q.start) : q.start]) and assigned:
                subject, how = assigned[-1].mention, "paren"
            else:
                subject, how = self._subject_for(sent, q, mentions, clauses, ci, last_subject_in_clause, quantities, qi)
            if subject is None:
                continue
            subject_of[qi] = subject
            if how == "clause":
                last_subject_in_clause[ci] = subject
            if q.dimension not in ("percent", "pp") and how in ("clause", "post", "inherit"):
                owner = next((i for i in subject.indicators if i), None) if subject.type != "null" else None
                owner = owner if subject.type != "compound" else None
                if subject.type != "compound" and (not self._owners or self._owners[-1] != (owner or "-")):
                    self._owners.append(owner or "-")
            if subject.type == "null" and not _SHARE_TAIL.search(sent[clause.start : q.start]):
                continue
            if subject.start > 0 and sent[subject.start - 1] == "业" and subject.end <= q.start:
                continue  # 服务业固定资产投资, 制造业投资: a sector's figure, not the headline one
            if sent[max(0, subject.start - 2) : subject.start] in ("拉动", "带动", "贡献"):
                continue  # 投资拉动GDP增长6.5%: a contribution, not GDP growth
            prefix_start = subject.end if subject.end <= q.start and subject.start >= clause.start else clause.start
            prefix = sent[prefix_start : q.start]
            if how == "paren":
                prefix = sent[sent.rfind("(", 0, q.start) + 1 : q.start]
            if how == "list" and (qi - gi) in blocked:
                continue  # the list's first figure was not a fact of this report; nor are the others
            if how not in ("paren", "list") and self._blocked(sent, clauses, clause, subject, q, prefix, own):
                blocked.add(qi)
                continue
            measure, sign = self._measure(sent, clause, prefix, q)
            if how == "list" and (qi - gi) in measure_of:
                measure, sign = measure_of[qi - gi]  # 年均分别增长6.2%、6.1%、9.0%: one measure for the list
            if measure is None:
                continue
            measure_of[qi] = (measure, sign)
            if subject.type == "null" and measure != "share":
                continue
            # Target printed beside an actual: (预期目标为8.5%以上) takes the actual's measure.
            if in_parens and measure == "level" and q.dimension in _PERCENT_DIMS:
                ctx = sent[max(clause.start, sent.rfind("(", 0, q.start)) : q.start]
                for ind in _candidates(subject):
                    if ind and last_measure.get(ind) and _TARGET_WORD.search(ctx):
                        measure = last_measure[ind]
                        break
            indicators = self._choose_indicators(sent, subject, q, measure, groups, qi, assigned, prefix)
            if not indicators and how == "clause" and subject.type == "event":
                post = [m for m in mentions if q.end <= m.start < clause.end and m.type == "event"]
                if post and len(sent[q.end : post[0].start]) <= 24:
                    subject = post[0]
                    indicators = self._choose_indicators(sent, subject, q, measure, groups, qi, assigned, prefix)
            if (
                measure == "level"
                and q.approx in ("以下", "以内", "以上")
                and any(a.indicator in indicators and a.measure == "level" for a in assigned)
                and _THRESHOLD_WORD.search(prefix)
            ):
                continue  # 贫困发生率0.7%,降至2%以下: the threshold restated, not a second figure
            for indicator in indicators:
                made = self._make_fact(
                    doc_id,
                    sent,
                    offset,
                    q,
                    subject,
                    clause,
                    clauses,
                    measure,
                    sign,
                    indicator,
                    frame,
                    sub_state,
                    dates,
                    in_parens,
                )
                if made is None:
                    continue
                fact, sub_state = made
                out.append(fact)
                self._earlier_indicators.add(indicator)
                assigned.append(_Assigned(subject, indicator, fact.measure if fact.measure != "cagr2" else "cagr_pct"))
                last_measure[indicator] = fact.measure
        return out, sub_state

    def _make_fact(
        self,
        doc_id: str,
        sent: str,
        offset: int,
        q: Quantity,
        subject: Mention,
        clause: _Clause,
        clauses: list[_Clause],
        measure: str,
        sign: int,
        indicator: str,
        frame: Frame,
        sub_state: str,
        dates: Dates,
        in_parens: bool,
    ) -> tuple[Fact, str] | None:
        """One fact: value in the catalog unit, year/span/sub-period/kind, evidence and offsets."""
        prefix = sent[
            (subject.end if subject.start >= clause.start and subject.end <= q.start else clause.start) : q.start
        ]
        if measure == "share":
            measure = "level"
        ind = self.catalog[indicator]
        value = self._value(q, ind, measure, sign, sent, subject)
        if value is None and not q.masked:
            return None
        year, period_start, subperiod, kind, sub_state = self._time(
            sent, q, clause, frame, sub_state, dates, measure, ind, subject
        )
        base = _BASE_YEAR.search(prefix) if "年" in prefix else None
        if base and measure in ("yoy_pct", "pp_change") and year and int(base.group(1)) != year - 1:
            return None  # 比2015年增长48%: growth over several years, not year-on-year
        if in_parens and _TARGET_OR_EXPECTED.search(sent[sent.rfind("(", 0, q.start) : q.start]):
            kind = "target"
        if measure == "completion_pct" and kind == "target" and not frame.plan:
            kind = "actual"  # 完成年计划的105%: the plan is the yardstick, the figure is achieved
        ev_start = (
            min(clauses[_clause_index(clauses, subject.start)].start, clause.start)
            if subject.start < q.start
            else clause.start
        )
        ev_end = max(clause.end, q.end)
        evidence = sent[ev_start:ev_end].strip(" ,;:，；：")
        lead = len(sent[ev_start:ev_end]) - len(sent[ev_start:ev_end].lstrip(" ,;:，；："))
        ev_s = offset + ev_start + lead
        fact = Fact(
            doc_id=doc_id,
            indicator=indicator,
            measure=measure,
            value=value,
            unit=_unit_label(ind, measure),
            year=year,
            period_start=period_start,
            subperiod=subperiod,
            kind=kind,
            evidence=evidence,
            family=ind.family,
            region="",
            adcode="",
            value_text=q.text,
            evidence_start=ev_s,
            evidence_end=ev_s + len(evidence),
            value_start=offset + q.start,
            value_end=offset + q.end,
            masked=q.masked,
            flags=[_MASK_FLAG] if q.masked else [],
        )
        if (
            "其中" in sent[clause.start : q.start] or "其中" in sent[max(0, subject.start - 6) : subject.start]
        ) and indicator in self._earlier_indicators:
            fact.flags.append("subtotal")  # 到位资金75.7亿元,其中省际到位资金53.8亿元: a part of the total
        if q.approx:
            fact.flags.append("approximate")
        return fact, sub_state

    # ------------------------------------------------------------------ attribution
    def _subject_for(
        self,
        sent: str,
        q: Quantity,
        mentions: list[Mention],
        clauses: list[_Clause],
        ci: int,
        last_subject_in_clause: dict[int, Mention],
        quantities: list[Quantity],
        qi: int,
    ) -> tuple[Mention | None, str]:
        clause = clauses[ci]
        # The last mention of this clause before the number; a denominator (占GDP的比重) is not a subject.
        last_before = None
        for m in mentions:  # in text order
            if m.start >= q.start:
                break
            if clause.start <= m.start and m.end <= q.start and (m.start == 0 or sent[m.start - 1] != "占"):
                last_before = m
        if last_before is not None:
            m = last_before
            # A number between the subject and this one, followed by a new noun phrase
            # (造林2500亩、…植树11万株、…调查面积101万亩), ends the subject's reach.
            prev = quantities[qi - 1] if qi > 0 else None
            if prev is not None and prev.start >= m.end and not _CONTINUATION.match(sent[prev.end : q.start]):
                return None, ""
            return m, "clause"
        # Event verb after the number: 1121户4459人全部脱贫, 87个贫困村全部出列.
        after = [m for m in mentions if q.end <= m.start < clause.end and m.type in ("event", "subject", "null")]
        if after:
            m = after[0]
            between = sent[q.end : m.start]
            if m.type == "event" and len(between) <= 24:
                return m, "post"
            if m.type == "null" and len(between) <= 2 and q.dimension not in ("percent", "pp"):
                return m, "post"
        # Continuation of the previous clause's subject (…16.9亿元,年均增长16%; …,占…支出的76.3%).
        prefix = sent[clause.start : q.start]
        if _CONTINUATION.match(prefix) or _SHARE_ONLY.match(prefix):
            for pj in range(ci - 1, -1, -1):
                if pj in last_subject_in_clause:
                    return last_subject_in_clause[pj], "inherit"
                prevm = [m for m in mentions if clauses[pj].start <= m.start < clauses[pj].end]
                if prevm:
                    return prevm[-1], "inherit"
                text_pj = sent[clauses[pj].start : clauses[pj].end]
                if sent[clauses[pj].end : clauses[pj].end + 1] in (";", "；"):
                    break  # a new segment (;) has its own subject
                if not _CONTINUATION.match(_strip_quantities(text_pj)):
                    # A clause with no subject and no figure (…名列前茅,) may stand between a
                    # subject and its figure; one with figures of its own (用电量9.25亿度) may not.
                    own_figures = [
                        p
                        for p in quantities
                        if clauses[pj].start <= p.start < clauses[pj].end
                        and sent[p.end : p.end + 1] not in ("月", "年", "时", "天")
                    ]
                    if ci - pj > 3 or own_figures:
                        break
        return None, ""

    def _blocked(
        self,
        sent: str,
        clauses: list[_Clause],
        clause: _Clause,
        subject: Mention,
        q: Quantity,
        prefix: str,
        own: set[str],
    ) -> bool:
        ctx = sent[clause.start : q.start]
        if _NARRATIVE_AFTER.match(sent[q.end : q.end + 4]):
            return True  # 跨越2000亿元新起点, 突破3万户大关: a milestone, not a figure
        may = self._may_block
        if may["compare"] and self._block["compare"].search(prefix):
            return True
        if may["rank"] and self._block["rank"].search(prefix) and not _DIGIT.search(prefix[:2]):
            return True
        if may["threshold"] and self._block["threshold"].search(sent[clause.start : min(len(sent), q.end + 6)]):
            return True
        if _STANDARD_AFTER.match(sent[q.end : q.end + 12]):
            return True  # 降至3%以下的退出标准: a threshold, not a figure
        if may["multiple"] and self._block["multiple"].search(prefix):
            return True
        if q.dimension == "money_cny":
            # Money for projects being planned, stocked or signed (谋划/储备/签约…) is not investment made.
            subj_clause = next((c for c in clauses if c.start <= subject.start <= c.end), clause)
            seg = sent[min(clause.start, subj_clause.start) : q.start]
            if may["pipeline"] and self._block["pipeline"].search(seg) and not _FUNDS_IN_PLACE.search(ctx):
                return True
        # Other places' figures: the subject is qualified by 全国/全省/全市 (unless that is the report's own region).
        subj_ctx = sent[max(clause.start, subject.start - 8) : subject.start] if subject.start < q.start else ctx
        for m in self._block["other_place"].finditer(subj_ctx) if may["other_place"] else ():
            if m.group(0) not in own:
                return True
        # A named province or prefecture before the subject (湖北省城乡居民…, 怀化市地区生产总值…).
        m = _NAMED_PLACE.search(subj_ctx)
        if m and m.group(0) not in own and not own_name_in(m.group(0), own):
            return True
        return False

    def _measure(self, sent: str, clause: _Clause, prefix: str, q: Quantity) -> tuple[str | None, int]:
        """The measure of *q* from the words just before it, and its sign."""
        if q.dimension == "pp":
            sign = -1 if _DOWN_TAIL.search(prefix) else 1
            return "pp_change", sign
        if q.dimension == "percent":
            tail = prefix[-14:]
            last = None
            for m in self._measure_rx.finditer(tail):
                last = m
            if last is not None:
                name = last.lastgroup
                if name in ("cagr_up", "cagr_down", "cagr2_up", "cagr2_down"):
                    return ("cagr2" if name.startswith("cagr2") else "cagr_pct"), (-1 if name.endswith("down") else 1)
                if name == "completion":
                    return "completion_pct", 1
                if name in ("yoy_down", "yoy_down_rate"):
                    return "yoy_pct", -1
                if name == "yoy_up":
                    return "yoy_pct", 1
                if name == "level_to":
                    return "level", 1
                if name == "base_year":
                    return "base_year", 1
            # 占…的X% is a share; shares of catalog subjects are their own indicators.
            if _SHARE.search(prefix):
                return "share", 1
            return "level", 1
        return "level", 1

    def _choose_indicators(
        self,
        sent: str,
        subject: Mention,
        q: Quantity,
        measure: str,
        groups: dict[int, tuple[int, int]],
        qi: int,
        assigned: list[_Assigned],
        prefix: str,
    ) -> list[str]:
        """The indicator(s) *q* is a figure of: one, several for 均 (…和…达标率均为100%), or none."""
        if measure == "base_year":
            return []
        gi, gn = groups.get(qi, (0, 1))
        if subject.type == "compound":
            members = subject.indicators
            if gn == len(members):
                pick = [members[gi]]
            elif gn == 1 and "均" in prefix:
                pick = list(members)  # the same value for every member
            elif gn == 1:
                return []
            else:
                pick = [members[gi]] if gi < len(members) else []
            return [i for i in pick if i and self._fits(i, q, measure, sent, subject)]
        if gn > 1:
            # A list without a compound subject: distribute over the subjects named before it
            # (…增加值13.05亿元、…147.83亿元、…158.86亿元,分别增长4.6%、7.7%和8.7%).
            named: list[str] = _listed_subjects(sent, subject, gn) or []
            if not named and len(self._owners) >= gn:
                # 存款余额320亿元、贷款余额210亿元,分别增长9.1%和12.3%: one growth per figure named before.
                named = self._owners[-gn:]
            if not named:
                for a in assigned:
                    if a.indicator not in named:
                        named.append(a.indicator)
            if len(named) >= gn and measure != "level":
                chosen = named[-gn + gi]
                return [chosen] if chosen != "-" and self._fits(chosen, q, measure) else []
            if gi > 0:
                return []
        if measure == "share":
            ind = _share_indicator(subject, self.catalog)
            return [ind] if ind else []
        for ind in subject.indicators:
            if ind and self._fits(ind, q, measure, sent, subject):
                return [ind]
        return []

    def _fits(self, indicator: str, q: Quantity, measure: str, sent: str = "", subject: Mention | None = None) -> bool:
        ind = self.catalog[indicator]
        if measure in ("yoy_pct", "cagr_pct", "cagr2", "completion_pct"):
            return q.dimension == "percent"
        if measure == "pp_change":
            return q.dimension == "pp"
        cu = unit_of(ind.unit)
        if cu is None:
            return False
        if q.dimension == "":
            # Unitless numbers: a day count or a yuan amount printed without its unit (优良天数可达359, 人均达到43629).
            if (
                cu.dimension in ("days", "money_cny")
                and ind.unit in ("天", "元")
                and q.value
                and q.value >= 10
                and not q.magnitude
            ):
                return True
            # 4.6万脱贫人口: a magnitude with the noun standing for the unit; 560亿 for 560亿元.
            if q.magnitude and cu.dimension in ("people", "households"):
                return True
            if q.magnitude == "亿" and cu.dimension == "money_cny" and ind.unit == "亿元":
                return True
            return False
        if q.dimension != cu.dimension:
            # 个 counts villages; 名 counts people; 支 counts teams.
            if cu.dimension == "count" and q.dimension == "count":
                return True
            return False
        if indicator == "poverty_villages_exited":
            return "村" in sent[q.end : q.end + 4] or "村" in sent[max(0, q.start - 6) : q.start]
        if cu.dimension == "count" and q.unit not in ("个", "支") and ind.unit == "个":
            return False
        return True

    def _value(self, q: Quantity, ind: Indicator, measure: str, sign: int, sent: str, subject: Mention) -> float | None:
        if q.masked:
            return None
        if measure in ("yoy_pct", "cagr_pct", "cagr2", "completion_pct", "pp_change"):
            v = q.value
            if v is None:
                return None
            if sign < 0 and v > 0:
                v = -v
            return v
        if q.dimension == "" and q.magnitude == "亿" and ind.unit == "亿元":
            return q.value / 1e8 if q.value is not None else None
        if q.dimension == "" and q.magnitude:
            return q.value
        if q.dimension == "":
            return q.value
        if ind.unit == "个" or ind.unit == "支":
            return q.value * q.factor if q.value is not None else None
        return convert(q, ind.unit)

    # ------------------------------------------------------------------ time
    def _time(
        self,
        sent: str,
        q: Quantity,
        clause: _Clause,
        frame: Frame,
        sub_state: str,
        dates: Dates,
        measure: str,
        ind: Indicator,
        subject: Mention,
    ):
        before = sent[: q.start]
        seg_start = max(before.rfind(";"), before.rfind("；")) + 1  # start of this ;-segment
        year = frame.year
        period_start = frame.period_start
        kind = frame.kind
        explicit_year = None
        # Explicit years before the number in this sentence (nearest wins); base years (比2015年) and
        # baselines (从2014年的15.56%) are handled separately.
        for m in _YEAR.finditer(before) if "年" in before else ():
            pre = before[max(0, m.start() - 1) : m.start()]
            post = before[m.end() : m.end() + 2]
            if pre in ("比", "较", "与", "同", "自") or before[max(0, m.start() - 2) : m.start()] in ("相比",):
                continue
            if pre == "从" and not post.startswith("的"):
                continue
            if (
                post.startswith("的")
                and m.end() + 1 < q.start - 0
                and before[m.end() + 1 :].strip()
                and len(before) - m.end() > 3
            ):
                continue  # 从2014年的X: applies only to the number right after it
            if _SINCE.match(before[m.end() : m.end() + 2]):
                continue
            explicit_year = int(m.group(1))
        base = _BASELINE_YEAR.search(before) if "年的" in before else None
        if base:
            explicit_year = int(base.group(1))
        rel = None
        for m in _RELATIVE_YEAR.finditer(before) if "年" in before else ():
            if before[max(0, m.start() - 1) : m.start()] in ("比", "较", "与", "同") or before[
                m.end() : m.end() + 2
            ] in ("以来",):
                continue  # 比上年增长: a comparison base, not the year described
            rel = m
        if rel is not None and (explicit_year is None or rel.start() > before.rfind(str(explicit_year))):
            word = rel.group(0)
            speaker = dates.report_year or dates.this_year  # the year the report is delivered in
            planning = frame.plan or _PLANNING_WORD.search(sent)
            if word in ("去年", "上年", "上一年") and speaker:
                explicit_year = speaker - 1
            elif word == "明年" and (described := dates.doc_year or speaker):
                explicit_year = described + 1  # the year after the one described
            else:
                ty = dates.plan_year if planning else dates.review_this_year
                if ty:
                    explicit_year = ty
        target_year = None
        for m in (
            self._target_year_rx.finditer(before)
            if self._may_target_year and _may(self._target_year_probe, before)
            else ()
        ):
            target_year = int(m.group(1) or m.group(2))
        span = span_of_phrase(sent[: q.start], dates)
        if explicit_year is not None:
            year, period_start = explicit_year, None
        if target_year is not None:
            year, kind = target_year, "target"
        if span is not None and (explicit_year is None or before.rfind(str(explicit_year)) < _last_span_pos(before)):
            period_start, year = span
        # Kind from words in this sentence.
        k = self._kind_in(sent, q, seg_start, subject)
        if k:
            kind = k
        if frame.plan and kind == "actual":
            kind = "target"
        # Sub-period: nearest cue in the sentence, else the paragraph state.
        head = _HEAD_SEP.split(before, maxsplit=1)[0] if _HEAD_SEP.search(before) else ""
        sp = subperiod_of(before) if self._may_subperiod else None
        if sp is None and head:
            sp = subperiod_of(head, single_month=True) if self._may_subperiod else None
        subperiod = sp if sp is not None else sub_state
        if sp is not None:
            sub_state = sp
        if subperiod and explicit_year is None and not frame.plan and frame.year == dates.doc_year:
            # 上半年 in a speech of August on last year's assessment describes this year.
            py = dates.part_year(_subperiod_end(subperiod))
            if py:
                year = py
        # Multi-year: CAGR keeps its span; a level keeps it only for flows summed over the span.
        if measure == "cagr2":
            period_start = (year - 1) if year else None
        elif measure == "cagr_pct":
            if period_start is None and frame.period_start is not None:
                period_start = frame.period_start
            if (
                period_start is None
                and span is None
                and frame.plan
                and dates.plan_year
                and year
                and year > dates.plan_year
            ):
                period_start = dates.plan_year
        elif measure == "level":
            if period_start is not None and (ind.unit in _STOCK_UNITS or ind.id in _STOCK_IDS or kind == "target"):
                period_start = None
            # An annual aggregate (GDP, revenue, investment) in a five-year review is the end
            # year's level unless the text says it is summed (累计/共计).
            if (
                period_start is not None
                and ind.family in _ANNUAL_FAMILIES
                and ind.id not in _SUMMABLE_IDS
                and not _SUMMED.search(sent[clause.start : q.start])
            ):
                period_start = None
            if period_start is not None and year is not None and period_start >= year:
                period_start = None
        else:
            period_start = None
        if (
            measure == "level"
            and explicit_year is None
            and _CUMULATIVE.search(sent[clause.start : q.start])
            and span is None
            and frame.period_start is not None
            and ind.unit not in _STOCK_UNITS
        ):
            period_start = frame.period_start
        return year, period_start, subperiod, kind, sub_state

    def _kind_in(self, sent: str, q: Quantity, seg_start: int, subject: Mention) -> str | None:
        before = sent[: q.start]
        kind = None
        for m in self._kind_rx.finditer(before) if self._may_kind and _may(self._kind_probe, before) else ():
            name = m.lastgroup
            # 预计 at the start of a sentence covers the whole sentence; later, only its segment.
            if name == "estimate":
                first_mention_pos = subject.start if subject.start < q.start else q.start
                if m.start() >= seg_start or m.start() <= _first_content(sent):
                    kind = "estimate"
                elif m.start() < first_mention_pos and m.start() < seg_start and m.start() <= _first_content(sent) + 6:
                    kind = "estimate"
            elif name == "target" and m.start() >= max(seg_start, _clause_start(sent, min(subject.start, q.start))):
                ctx = before[m.start() :]
                if not _NOT_TARGET_AFTER.search(ctx[:4]):
                    kind = "target"
        return kind


# ---------------------------------------------------------------------- helpers
_PART_YEAR_REPORT = re.compile(
    r"(经济运行|运行情况|环境质量|统计|公报|月报|季报|监测|分析|数据|自查|总结|汇报|报告|完成情况)"
)


def _document_subperiod(title: str, text: str) -> str:
    """The part of the year a whole report covers (上半年经济运行情况, 5月环境质量公报), else ""."""
    for line in [title, *text[:300].split("\n")[:4]]:
        line = line.strip()
        if line and len(line) <= 60 and _PART_YEAR_REPORT.search(line) and "年度" not in line:
            sp = subperiod_of(re.sub(r"^.*?((?:19|20)\d{2}年)", r"\1", line), single_month=True) or subperiod_of(
                re.sub(r"^.*?(\d{1,2}月)", r"\1", line), single_month=True
            )
            if sp:
                return sp
    return ""


def _may(probe_rx: re.Pattern | None, text: str) -> bool:
    """Whether a cue may occur in *text* according to its probe (always, without one)."""
    return probe_rx is None or probe_rx.search(text) is not None


def _cues(category: str):
    from govkit.facts.cues import load_cues

    return load_cues()[category]


def _candidates(subject: Mention) -> tuple[str | None, ...]:
    return subject.indicators


def _share_indicator(subject: Mention, catalog: dict[str, Indicator]) -> str | None:
    """民生支出 … 占一般公共预算支出的76.3% -> livelihood_spending_share."""
    text = subject.entry.pattern
    for ind in catalog.values():
        if ind.unit == "%" and any(a.startswith(text) and "占" in a for a in (ind.name_zh, *ind.aliases)):
            return ind.id
    for ind in catalog.values():
        if ind.unit == "%" and (ind.name_zh.startswith(text + "占")):
            return ind.id
    return None


def _unit_label(ind: Indicator, measure: str) -> str:
    if measure == "level":
        return ind.unit
    if measure == "pp_change":
        return "pp"
    return "%"


def _own_region_words(meta: DocumentMeta) -> set[str]:
    region = meta.region
    own = {"全县", "全镇", "全乡", "全旗", "我县", "我镇", "本县", "本镇", "全区", "全市"} - {"全区", "全市"}
    own |= {w for w in (region, meta.prefecture if meta.level == "township" else "") if w}
    if region.endswith("市") and meta.level in ("county", "city"):
        own.add("全市")
    if region.endswith("区"):
        own.add("全区")
    if meta.level == "city":
        own.add("全市")
    return own


_HEADING_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）|——|第[一二三四五六七八九十]+[部章])"
)


_SENTENCE_STOP = re.compile(r"[。!?]")
_SENTENCE_PUNCT = re.compile(r"[,;。，；]")
_OPENING_END = re.compile(r"[,:，：。]")
_OPENING_YEAR = re.compile(r"^(?:其中|截至|截止|在)?((?:19|20)\d{2})年")


def _heading_text(para: str) -> str | None:
    """The heading part of a paragraph, or None: a numbered heading's title, or a short line
    without sentence punctuation (a wrapped sentence line is not a heading)."""
    p = para.strip()
    first = _SENTENCE_STOP.split(p, maxsplit=1)[0]
    if _HEADING_MARK.match(p) and len(first) <= 40:
        return first
    if len(p) <= 30 and not _SENTENCE_PUNCT.search(p.rstrip("。:：")) and not p.endswith("。"):
        return p
    return None


# Words without which a sentence sets no frame (a necessary test; alternatives start with a literal so the
# regex engine scans for them quickly).
_INLINE_HINT = re.compile(r"目标|回顾|安排|过去|一年来|五年|十[一二三四五六]五|19\d{2}年|20\d{2}年")


def _inline_frame(sent: str, frame: Frame, dates: Dates) -> Frame | None:
    """Frame-setting sentences inside running text (十四五时期…的主要目标是:, 2021年工作安排)."""
    if not _INLINE_HINT.search(sent):
        return None
    s = sent.strip()
    if "目标" in s:
        if _GOALS_FOLLOW.search(s) and len(s) <= 80:
            return heading_frame(s, frame, dates) or frame.with_(kind="target", plan=True, year=dates.plan_year)
        m = _GOALS_ARE.search(s)
        if m and not frame.plan:
            # 今年经济社会发展的主要预期目标建议为:…: the list that follows is the plan.
            return heading_frame(s[: m.end()], frame, dates) or frame.with_(
                kind="target", plan=True, year=dates.plan_year, period_start=None
            )
    if len(s) <= 30 and _SECTION_WORDS.search(s) and not _CLAUSE_BREAK.search(s) and not s.endswith("。"):
        return heading_frame(s, frame, dates)
    m = _PAST_YEAR_OPENING.search(s) if "年" in s else None
    if m:
        y = m.group(1) or m.group(3)
        past = y and dates.last_full_year and int(y) <= dates.last_full_year
        if past or (not y and not frame.plan):
            return frame.with_(year=int(y) if y else frame.year, period_start=None, kind="actual", plan=False)
    if "五" in s and _FIVE_YEARS_OPENING.search(s) and not frame.plan:
        span = span_of_phrase(s, dates)
        if span and span[1] <= (dates.last_full_year or span[1]):
            return frame.with_(year=span[1], period_start=span[0], kind="actual")
        if span:
            return frame.with_(year=span[1], period_start=span[0], kind="target", plan=True)
    return None


_GOALS_FOLLOW = re.compile(r"(主要|预期|发展)目标(建议)?(是|为)[::]?\s*$|(主要|预期|发展)目标[::]\s*$")
_GOALS_ARE = re.compile(r"(主要|预期|发展)目标(建议)?(是|为)[::]")
_SECTION_WORDS = re.compile(r"回顾|工作安排|目标任务")
_CLAUSE_BREAK = re.compile(r"[,;，；]")
_PAST_YEAR_OPENING = re.compile(r"^((?:19|20)\d{2})年(是|,)|过去的((?:19|20)\d{2})年|^(过去的一年|一年来|过去一年)")
_FIVE_YEARS_OPENING = re.compile(r"^(这五年|五年来|过去五年|过去的五年|“十[一二三四五]五”|十[一二三四五]五)")


def _opening_frame(para: str, frame: Frame, dates: Dates, own: set[str]) -> Frame:
    """A paragraph's opening words (五年来, 2021年, 上半年, 1—5月, 今年以来) refine the frame."""
    head = _OPENING_END.split(para.strip().lstrip("—- "), maxsplit=1)[0]
    if len(head) > 24:
        return frame
    f = frame
    span = span_of_phrase(head, dates)
    if span:
        f = f.with_(year=span[1], period_start=span[0])
    m = _OPENING_YEAR.match(head)
    if m and not span and not _SINCE.search(head):
        f = f.with_(year=int(m.group(1)), period_start=None)
    if "今年" in head and dates.review_this_year and not f.plan:
        f = f.with_(year=dates.review_this_year, period_start=None)
    sp = subperiod_of(head + ",", single_month=True)
    if sp is not None:
        f = f.with_(subperiod=sp)
    return f


def _sentences(para: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENT_END.finditer(para):
        end = m.end()
        # A span ending in 。!? holds a visible character; one ending at a line break may be blank.
        if para[m.start()] != "\n" or not para[start:end].isspace():
            spans.append((start, end))
        start = end
    if start < len(para) and not para[start:].isspace():
        spans.append((start, len(para)))
    return spans


def _clauses(sent: str) -> list[_Clause]:
    if "(" not in sent and "（" not in sent:
        out, start = [], 0
        for m in _CLAUSE_SEP.finditer(sent):
            out.append(_Clause(start, m.start()))
            start = m.end()
        out.append(_Clause(start, len(sent)))
        return out
    out = []
    start = 0
    depth = 0
    for m in _CLAUSE_OR_PAREN.finditer(sent):
        ch = m.group()
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(_Clause(start, m.start()))
            start = m.end()
    out.append(_Clause(start, len(sent)))
    return out


_CLAUSE_OR_PAREN = re.compile(r"[,;:，；：()（）]")


def _clause_index(clauses: list[_Clause], pos: int) -> int:
    for i, c in enumerate(clauses):
        if c.start <= pos <= c.end:
            return i
    return len(clauses) - 1


def _quantity_groups(sent: str, qs: list[Quantity]) -> dict[int, tuple[int, int]]:
    """Lists of same-dimension quantities joined by 、/和/与: index -> (position, list length).

    Quantities outside a list are left out (their default is ``(0, 1)``).
    """
    groups: dict[int, tuple[int, int]] = {}
    run: list[int] = []
    for i, q in enumerate(qs):
        if run:
            prev = qs[run[-1]]
            if q.dimension == prev.dimension and prev.end != q.start and _LIST_SEP.match(sent[prev.end : q.start]):
                run.append(i)
                continue
            if len(run) > 1:
                groups.update((idx, (k, len(run))) for k, idx in enumerate(run))
        run = [i]
    if len(run) > 1:
        groups.update((idx, (k, len(run))) for k, idx in enumerate(run))
    return groups


def _inside_parens(sent: str, pos: int) -> bool:
    o = max(sent.rfind("(", 0, pos), sent.rfind("（", 0, pos))
    c = max(sent.rfind(")", 0, pos), sent.rfind("）", 0, pos))
    return o > c


def _strip_quantities(text: str) -> str:
    return re.sub(r"[\d.]+(%|亿元|万元|元|人|户|个|万人|万户|亩|万亩|吨|万吨|天)?", "", text)


def _last_span_pos(before: str) -> int:
    best = -1
    for name in ("span_plan", "span_years", "span_fiveyear", "span_threeyear", "since_year"):
        for m in cue("time", name).finditer(before):
            best = max(best, m.start())
    return best


def _listed_subjects(sent: str, last: Mention, n: int) -> list[str] | None:
    """规模以上工业增加值、固定资产投资、地方一般公共预算收入分别增长…: the n subjects listed with 、."""
    from govkit.facts.mentions import default_lexicon

    start = _clause_start(sent, last.start)
    ms = [m for m in default_lexicon().mentions(sent[start : last.end])]
    if len(ms) < n:
        return None
    run = ms[-n:]
    for a, b in zip(run, run[1:]):
        if not _LIST_JOINER.fullmatch(sent[start + a.end : start + b.start]):
            return None
    out = []
    for m in run:
        ind = next((i for i in m.indicators if i), None)
        if m.type not in ("subject",) or ind is None:
            return None
        out.append(ind)
    return out


_STANDARD_AFTER = re.compile(r"^(以下|以上|以内)?的[^,;。]{0,6}(标准|要求|门槛|红线|底线)")
_OTHER_SCOPE = re.compile(
    r"^\s*(从|在|据|就)?(全国|全省|全市|全州|全盟|国家|省|市|[\u4e00-\u9fff]{1,12}(?:省|市|州|盟|自治区))(层面|范围内?|来看|看|统计|数据)[^,;。]{0,6}[,:，：]"
)
_NAMED_PLACE = re.compile(r"[\u4e00-\u9fff*]{1,6}?(省|自治区|市|州|盟)(的|全[省区市州盟])?$")


def own_name_in(place: str, own: set[str]) -> bool:
    return any(o and (o in place or place in o) for o in own if len(o) > 2)


def _subperiod_end(sub: str) -> int:
    """Last month of a sub-period: H1 -> 6, Q1-Q3 -> 9, M1-M11 -> 11, M5 -> 5."""
    m = re.search(r"(\d+)$", sub)
    if not m:
        return 12
    n = int(m.group(1))
    if sub.startswith("H"):
        return 6 * n
    if sub.startswith("Q") or "-Q" in sub:
        return 3 * n
    return n


def _clause_start(sent: str, pos: int) -> int:
    return max((m.end() for m in _CLAUSE_SEP.finditer(sent[:pos])), default=0)


def _first_content(sent: str) -> int:
    return len(sent) - len(sent.lstrip(" —-\t"))


# ---------------------------------------------------------------------- public API
def extract_records(doc: Document, extractor: Extractor | None = None) -> list[Fact]:
    """All facts of one document: extracted, flagged, de-duplicated, in text order."""
    ex = extractor or default_extractor()
    return finalize(ex.extract(doc))


def extract_document(doc: Document, extractor: Extractor | None = None) -> pd.DataFrame:
    """All facts of one document as a validated DataFrame (FACT_COLUMNS)."""
    return facts_frame(extract_records(doc, extractor))


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def extract_facts(text_or_document: str | Document, doc_id: str = "doc", meta: dict | None = None) -> pd.DataFrame:
    """Indicator facts of a report (text or :class:`Document`) as a tidy DataFrame.

    A plain string is cleaned and recognised first; pass *meta* (``year``, ``report_date``,
    ``region`` …) to override what recognition finds.
    """
    if isinstance(text_or_document, Document):
        doc = text_or_document
    else:
        from govkit.pipeline.corpus import document_from_text

        doc = document_from_text(str(text_or_document), doc_id)
    if meta:
        doc.meta = doc.meta.replace(**meta)
    return extract_document(doc)
