"""Stage 5 — extract: indicator facts from a cleaned report (EXTRACTION.md conventions).

Reports follow a tight genre grammar, and the extractor reads them the way an economist does.
Where each rule lives:

1. The report is walked paragraph by paragraph (this module). The title, headings, frame-setting
   sentences and paragraph openings set a time frame (:mod:`govkit.facts.frames`, built on the
   time words of :mod:`govkit.facts.timeframe`).
2. Each sentence with figures is split into clauses (:mod:`govkit.facts.clauses`); its
   quantities (:mod:`govkit.facts.numbers`) and indicator mentions (:mod:`govkit.facts.mentions`)
   are found, and :mod:`govkit.facts.figures` makes its facts:
   a quantity belongs to the mention that governs its clause (:mod:`govkit.facts.attribution`:
   the nearest subject before it, an event verb right after it, the previous clause's subject
   when the clause holds only measure words, lists with 分别 over compound or listed subjects);
   comparisons with other places, rankings, thresholds and context figures are not facts
   (:mod:`govkit.facts.blocking`); the words between subject and number decide the measure
   and the unit the value (:mod:`govkit.facts.measures`); words before the number refine the
   frame's year, span, sub-period and kind (:mod:`govkit.facts.timing`).
3. The document's facts are flagged and de-duplicated (:mod:`govkit.facts.validate`).

The words behind these rules are data: ``govkit/data/extract/cues.tsv`` (measure, kind, time,
frame and not-a-fact words), ``aliases.csv`` (subjects), ``units.csv`` and the catalog.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from govkit.core.catalog import Indicator, load_catalog
from govkit.core.document import Document
from govkit.core.fact import CUT_FLAG, Fact
from govkit.facts.clauses import sentence_cap, sentence_spans
from govkit.facts.cues import cue, cue_words
from govkit.facts.earlier_facts import same_time
from govkit.facts.figures import facts_of_sentence
from govkit.facts.frames import (
    document_subperiod,
    enter_heading,
    estimates_below,
    heading_frame,
    heading_level,
    heading_text,
    inline_frame,
    may_mark_estimates,
    may_set_frame,
    opening_frame,
)
from govkit.facts.item_titles import body_of_title, figures_open_body, item_title
from govkit.facts.mentions import Lexicon, Mention, default_lexicon
from govkit.facts.own_region import own_region_words
from govkit.facts.places import heading_of_places, opens_on_own
from govkit.facts.projects import continues_projects
from govkit.facts.rates import opens_with_basis
from govkit.facts.schema import facts_frame
from govkit.facts.subperiods import may_name_subperiod, subperiod_of
from govkit.facts.tables import table_facts
from govkit.facts.timeframe import Frame, dates_from_meta
from govkit.facts.validate import finalize
from govkit.text.segment import match_marker

if TYPE_CHECKING:  # the DataFrames of the API: pandas is imported by govkit.facts.schema where one is made
    import pandas as pd

# A digit or mask, or a Chinese numeral with a counter or 分之, or 持平, 零增长 (a growth of zero: numbers.find_quantities)
# (written to start with a character class, which the regex engine scans for quickly).
# The counters are cues.tsv's number numeral_counters (fewer than the units of units.csv).
_MAY_HOLD_FIGURES = re.compile(
    r"[0-9*一二两三四五六七八九十百千持零](?:(?<=[0-9*])|["
    + "".join(cue_words("number", "numeral_counters"))
    + "]|分之|(?<=持)平|(?<=零)增长)"  # 百分之八点五, 三分之二: a percentage or fraction written out; 持平, 零增长: a growth of zero
)


_PARTS_FOLLOW = cue("attribution", "parts_follow")
_PART_OWN_YEAR = cue("attribution", "part_own_year")
_PARTS_WHOLE_NAMED = cue("attribution", "parts_whole_named")
_PARTS_COUNTED = cue("attribution", "parts_counted")
_LABEL_TITLE = cue("attribution", "label_title")
_VALUE_LABEL = cue("attribution", "value_label")
_VALUE_LABEL_DATED = cue("attribution", "value_label_dated")
_VALUE_LABEL_OWN_TIME = cue("attribution", "value_label_own_time")

# A comma between digits: a thousands separator, an enumeration, or a clause break printed ``，``.
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)")
_NO_COMMAS: frozenset[int] = frozenset()
_MONTH_OF_PART = cue("attribution", "month_of_part_opening")


def _printed_commas(doc: Document, offset: int, sent: str) -> frozenset[int]:
    """Positions in *sent* (at *offset* in the cleaned text) of commas between digits that the raw
    text prints ``，``: cleaning made them ``,``, but they separate clauses (…达到12，3个项目…)."""
    raw, index = doc.raw_text, doc.index
    out: set[int] = set()
    for m in _DIGIT_COMMA.finditer(sent):
        j = offset + m.start()
        if j < len(index):
            r = int(index[j])
            if 0 <= r < len(raw) and raw[r] == "，":
                out.add(m.start())
    return frozenset(out)


class Extractor:
    """Extracts facts from documents with a given catalog and lexicon.

    The catalog decides units, families and the indicator ids a fact may have (down to validation
    and the fact table's schema); the lexicon finds the mentions. Without a lexicon, one is built
    from the given catalog (the packaged lexicon if neither is given).
    """

    def __init__(self, lexicon: Lexicon | None = None, catalog: dict[str, Indicator] | None = None):
        self.catalog = catalog if catalog is not None else load_catalog()
        if lexicon is None:
            lexicon = Lexicon(catalog=catalog) if catalog is not None else default_lexicon()
        self.lexicon = lexicon

    def extract(self, doc: Document) -> list[Fact]:
        """The facts of *doc* in text order, before validation (:func:`extract_records` validates)."""
        text = doc.text
        meta = doc.meta
        dates = dates_from_meta(meta)
        own = own_region_words(meta)
        doc_sub = document_subperiod(meta.title, text)
        cap = sentence_cap()  # (the sentence limit, read once per document)
        frame = Frame(year=dates.doc_year, kind="actual", subperiod=doc_sub)
        facts: list[Fact] = []
        headings: dict[int, str] = {}  # the headings above the paragraph, by rank (aliases may depend on them)
        # The rank of the heading above that names only other places ((一)安定镇, (二)船山区), or 0:
        # the figures under it are theirs (a sentence opening on the own region excepted), until a
        # heading of the same or a higher rank.
        place_rank = 0
        # The frame right after each numbered heading (by rank) set it: a span a sentence opened under
        # one item ((二)…。“十三五”期间,全县共实施…) ends at the next item of that rank or a higher one.
        item_frames: dict[int, Frame] = {}
        # Rows of plain-text tables are read by govkit.facts.tables, not as prose.
        tfacts, table_rows = table_facts(text, doc.doc_id, meta, dates.doc_year, own, self.catalog, self.lexicon)
        pos = 0
        # A numbered item's title on a line of its own that is just one indicator's name (1.地区生产总值):
        # where it starts and its text, while the line after it has not been read.
        title_line: tuple[int, str] | None = None
        for li, para in enumerate(text.split("\n")):
            p_start, pos = pos, pos + len(para) + 1
            if li in table_rows:
                if not place_rank:  # a table under (一)安定镇 is the township's
                    facts.extend(f for f in tfacts if p_start <= f.value_start < pos)
                title_line = None
                continue
            if not para.strip():
                continue
            heading = heading_text(para)
            if title_line is not None and body_of_title(para, self.lexicon.mentions, headings):
                # 1.地区生产总值 / 全年完成156.3亿元,增长6.1%: the line names no indicator; read it with
                # the title above it (verbatim: they stand side by side), as 1.地区生产总值。全年完成…
                p_start, para = title_line[0], f"{title_line[1]}\n{para}"
                heading = None
            title_line = None
            if heading is not None:
                enter_heading(headings, heading, para)
                level = heading_level(para)
                if place_rank and level <= place_rank:
                    place_rank = 0
                if not place_rank and heading_of_places(heading, own):
                    place_rank = level
                frame = _span_of_item_ended(item_frames, level, frame)
                nf = heading_frame(heading, frame, dates)
                if nf is not None:
                    frame = nf.with_(subperiod=doc_sub if not nf.plan else "")
                if level <= 2:
                    item_frames[level] = frame
                under_here = " ".join(headings[k] for k in sorted(headings))
                # (item_title needs a numbered heading's marker: the line's mentions are found only then)
                if (
                    heading == para.strip()
                    and match_marker(para) is not None
                    and item_title(para, self.lexicon.mentions(para, under_here))
                ):
                    title_line = (p_start, para)
            # Cheap paragraph-level tests: no sentence of a paragraph without such words sets a frame
            # or names a part of the year.
            frames_here = may_set_frame(para)
            if not _MAY_HOLD_FIGURES.search(para):
                # Inline frame-setting sentences (…主要目标是:) can still change the frame.
                for s, e in sentence_spans(para, cap) if frames_here else ():
                    nf = inline_frame(para[s:e], frame, dates)
                    if nf is not None:
                        frame = nf
                continue
            under = " ".join(headings[k] for k in sorted(headings))
            pframe = opening_frame(para, frame, dates)
            sub_state = pframe.subperiod
            subperiods_here = may_name_subperiod(para)
            estimates_here = may_mark_estimates(para)
            title_end = -1  # where an item's title naming its indicator ends (1.地区生产总值。)
            title_start = 0  # where it starts: 0, or a later sentence opening on a label (…。指标二:…)
            # The last sentence that gave facts: its span, where its facts start, the sub-period before it.
            last_read: tuple[int, int, int, str] | None = None
            for s, e in sentence_spans(para, cap):
                sent = para[s:e]
                nf = inline_frame(sent, frame, dates) if frames_here else None
                if nf is not None:
                    frame = nf
                    pframe = nf
                    sub_state = nf.subperiod
                mentions = self.lexicon.mentions(sent, under) if _MAY_HOLD_FIGURES.search(sent) else None
                if (
                    ((s == 0 or title_end > 0) and match_marker(sent) is not None)
                    or _LABEL_TITLE.match(sent) is not None
                ) and item_title(sent, mentions or self.lexicon.mentions(sent, under)):
                    # (a label opens an item anywhere in the paragraph: 指标一:…。目标值:6%。指标二:…; a numbered title
                    # one in a paragraph that opened on an item's title: (一)…。目标值:6%。(二)…)
                    title_start, title_end = s, e
                elif (
                    s
                    and s == title_end
                    and (
                        not any(m.entry.type != "null" for m in mentions or ())
                        or figures_open_body(sent, mentions or ())
                    )
                ):
                    # 1.地区生产总值。预计全年完成420亿元,增长5.8%: the body's first sentence names no
                    # indicator (or only after its first figures: 4.社会消费品零售总额增长。目标任务6.5%,完成6.8%,
                    # 全年实现社会消费品零售总额61.25亿元); read it with the title before it (verbatim: they stand
                    # side by side).
                    s, sent = title_start, para[title_start:e]
                    mentions = self.lexicon.mentions(sent, under)
                elif (
                    title_end > 0
                    and last_read is not None
                    and last_read[0] == title_start
                    and last_read[1] == s
                    and _VALUE_LABEL.match(sent) is not None
                    and not any(m.entry.type != "null" for m in mentions or ())
                    and (_VALUE_LABEL_DATED.search(para, title_end, s) is None or _VALUE_LABEL_OWN_TIME.search(sent))
                ):
                    # 指标:…。目标值:2.65万人。完成值:2.78万人: a label sentence after the title's body, read with
                    # the title and the sentences between (verbatim), all read again as one
                    s, _end, first_fact, sub_state = last_read
                    del facts[first_fact:]
                    sent = para[s:e]
                    mentions = self.lexicon.mentions(sent, under)
                elif (
                    last_read is not None
                    and last_read[1] == s
                    and mentions is not None
                    and not any(m.entry.type != "null" for m in mentions)
                    and (
                        opens_with_basis(sent)
                        or (_MONTH_OF_PART.match(sent) is not None and _one_subject(facts[last_read[2] :]))
                    )
                ):
                    # …增长2.1%。剔除留抵退税因素后,增长7.3%: a rate on another basis, its subject in the
                    # sentence before; 1—3月,…增长7.6%。其中,3月当月增长9.2%: the last month of that part (of the
                    # sentence before's one indicator: after two, 其中,3月当月… could be either's): read the
                    # two sentences together (verbatim: they stand side by side).
                    s, _end, first_fact, sub_state = last_read
                    del facts[first_fact:]
                    sent = para[s:e]
                    mentions = self.lexicon.mentions(sent, under)
                elif (
                    last_read is not None
                    and last_read[1] == s
                    and mentions is not None
                    and not any(m.entry.type != "null" for m in mentions)
                    and continues_projects(sent)
                    and any(f.indicator == _PROJECTS_INDICATOR for f in facts[last_read[2] :])
                ):
                    # 全年实施县级重点项目126个,年度计划投资158亿元。截至11月底,126个项目…累计完成投资147.3亿元:
                    # the projects' investment made, their subject in the sentence before: read the two together
                    s, _end, first_fact, sub_state = last_read
                    del facts[first_fact:]
                    sent = para[s:e]
                    mentions = self.lexicon.mentions(sent, under)
                if not mentions:
                    sp = subperiod_of(sent) if subperiods_here else None
                    sub_state = sp if sp is not None else sub_state
                    continue
                sub_before = sub_state
                if "占" not in sent and all(m.entry.type == "null" for m in mentions) and not may_name_subperiod(sent):
                    # Non-catalog subjects (市场主体, 税收…) own their figures and yield only shares
                    # (占…的%): no fact here, and no part of the year named either.
                    new_facts: list[Fact] = []
                else:
                    new_facts, sub_state = facts_of_sentence(
                        sent,
                        p_start + s,
                        mentions,
                        doc.doc_id,
                        pframe,
                        sub_state,
                        dates,
                        own,
                        self.catalog,
                        self.lexicon,
                        _printed_commas(doc, p_start + s, sent) if _DIGIT_COMMA.search(sent) else _NO_COMMAS,
                    )
                cut = estimates_below(sent) if estimates_here else None
                if cut is not None:
                    # 预计(下同) / (预计数,下同): this figure and the rest of the section are estimates.
                    for f in new_facts:
                        if f.value_start - (p_start + s) < cut + 12 and f.kind == "actual":
                            f.kind = "estimate"
                    frame = frame.with_(kind="estimate") if not frame.plan else frame
                    pframe = pframe.with_(kind="estimate") if not pframe.plan else pframe
                if (
                    new_facts
                    and last_read is not None
                    and last_read[1] == s
                    and _PARTS_FOLLOW.match(sent)
                    and not _PART_OWN_YEAR.match(sent)  # 其中2019年度…: that year's own figure, kept
                ):
                    whole = facts[last_read[2] :]
                    new_facts = parts_dropped(new_facts, whole, _whole_named(sent, mentions, whole))
                if new_facts and (counted := _PARTS_COUNTED.match(sent)) is not None:
                    # 其中,新签约外资项目5个,签约资金3.2亿元: the money of the 5 projects, a part
                    new_facts = _after_count_dropped(new_facts, sent, counted.end(), p_start + s)
                if place_rank and new_facts and not opens_on_own(sent, own):
                    # (一)安定镇 / 完成一般公共预算收入1.2亿元: the township's figure (全县… stays the county's)
                    new_facts = []
                last_read = (s, e, len(facts), sub_before) if new_facts else None
                facts.extend(new_facts)
        if text[-1:].isdigit() and text.count("\n") not in table_rows:
            _cut_at_text_end(facts, text)
        for f in facts:
            f.region, f.adcode = meta.region, meta.adcode
            if f.measure == "cagr2":
                f.measure = "cagr_pct"
        return facts


#: The indicator of the projects whose investment made a sentence with no subject may go on about.
_PROJECTS_INDICATOR = "key_project_investment"

_PARTS_COUNTED_END = cue("attribution", "parts_counted_end")

#: A figure printed bare: digits and a decimal point, no unit, magnitude or sign after it.
_BARE_FIGURE = re.compile(r"[\d.]+")


def _one_subject(facts: list[Fact]) -> bool:
    """Whether *facts* (a sentence's) are of one indicator (1—3月,全县规模以上工业增加值增长7.6%): the one
    whose month a next sentence 其中,3月当月增长9.2% gives, not two (…增长7.6%,固定资产投资增长8.1%)."""
    return len({f.indicator for f in facts}) == 1


def _cut_at_text_end(facts: list[Fact], text: str) -> None:
    """A bare figure glued to the prose before it on which a text that is no table stops (an
    excerpt cut mid-number: ``…城镇居民人均可支配收入3862``) may have lost digits: kept as printed,
    with no value, flagged. A figure set apart by a space or after its unit in brackets ends a
    semi-table line (``森林覆盖率(%) 62.3``), complete."""
    end = len(text)
    for f in facts:
        if (
            f.value_end == end
            and f.value is not None
            and _BARE_FIGURE.fullmatch(f.value_text or "")
            and f.value_start > 0
            and text[f.value_start - 1] not in " )"
        ):
            f.value = None
            f.flags = [*f.flags, CUT_FLAG]


def parts_dropped(parts: list[Fact], whole: list[Fact], restated: frozenset[str] = frozenset()) -> list[Fact]:
    """*parts* (the facts of a sentence opening on 其中) without those of an indicator that the
    sentence before (*whole*) gave for the same time: 完成重点项目投资85.6亿元。其中,省重点项目完成
    投资32.1亿元 is a part of the 85.6, not a second figure of key-project investment. Indicators
    in *restated* (named bare right after 其中) are the whole's and are kept."""
    return [
        f
        for f in parts
        if f.indicator in restated or not any(w.indicator == f.indicator and same_time(w, f) for w in whole)
    ]


def _after_count_dropped(facts: list[Fact], sent: str, at: int, offset: int) -> list[Fact]:
    """*facts* of a sentence opening on 其中 and a count of a kind that ends at *at* (attribution parts_counted)
    without those after the count in its ;-segment, up to a clause naming the region's whole (attribution
    parts_counted_end; *offset*: the sentence's in the text): the part's."""
    brk = _PARTS_COUNTED_END.search(sent, at - 1)  # (the count's comma may open the own whole's clause)
    end = brk.start() if brk is not None else len(sent)
    return [f for f in facts if not at <= f.value_start - offset < end]


def _whole_named(sent: str, mentions: list[Mention], whole: list[Fact]) -> frozenset[str]:
    """The indicators of the first subject of a sentence opening on 其中 when nothing names a part
    before it and the whole's facts were read from the same words (新增城镇就业4200人。其中,新增城镇
    就业完成年度目标的105%: the whole restated; 营造林4.2万亩。其中人工造林1.6万亩 names a part)."""
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None or first.type != "subject" or not _PARTS_WHOLE_NAMED.match(sent[: first.start]):
        return frozenset()
    words = sent[first.start : first.end]
    return frozenset(i for i in first.indicators if i and any(w.indicator == i and words in w.evidence for w in whole))


# ---------------------------------------------------------------------- public API
def extract_records(doc: Document, extractor: Extractor | None = None) -> list[Fact]:
    """All facts of one document: extracted, flagged, de-duplicated, in text order."""
    ex = extractor or default_extractor()
    return finalize(ex.extract(doc), ex.catalog, doc.meta.level)


def extract_document(doc: Document, extractor: Extractor | None = None) -> pd.DataFrame:
    """All facts of one document as a validated DataFrame (FACT_COLUMNS)."""
    ex = extractor or default_extractor()
    return facts_frame(extract_records(doc, ex), ex.catalog)


_DEFAULT: Extractor | None = None


def _span_of_item_ended(item_frames: dict[int, Frame], level: int, frame: Frame) -> Frame:
    """The frame at a numbered heading of *level*: a span that a sentence under an earlier item of
    this rank or a deeper one opened (not its heading, not a plan) ends here; the item frames deeper
    than *level* are forgotten."""
    ended = [k for k in item_frames if k >= level]
    if not ended or level > 2:
        return frame
    outer = item_frames[min(ended)]
    for k in ended:
        del item_frames[k]
    if frame.plan or outer.plan or frame.period_start == outer.period_start or frame.period_start is None:
        return frame
    return frame._replace(year=outer.year, period_start=outer.period_start, outer_start=outer.outer_start)


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
        # The pipeline builds on this stage (not the other way round): imported only for this convenience.
        from govkit.pipeline.corpus import document_from_text

        doc = document_from_text(str(text_or_document), doc_id)
    if meta:
        doc.meta = doc.meta.replace(**meta)
    return extract_document(doc)
