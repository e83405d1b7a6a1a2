"""Whether a figure's subject is another place's or a part's of the region (for
:func:`govkit.facts.blocking.blocked`): the subject's clause or the sentence opening on another place
(全市…, 湖北省…, 船山区实现…, 经开区完成…), a park or a part of the region before the subject (工业园区, 县域),
a figure continuing an earlier clause's subject that another place qualifies. Places and parks are
:mod:`govkit.facts.places`'s; what one sentence's tests found per subject is kept in a
:class:`PlaceMemo` for its other figures.
"""

from __future__ import annotations

import re

from govkit.core.catalog import load_catalog
from govkit.facts.clauses import Clause, Sentence, segment_start
from govkit.facts.cues import cue, cue_words, load_cues
from govkit.facts.mentions import Mention
from govkit.facts.numbers import Quantity, load_units
from govkit.facts.places import (
    OTHER_LEVEL,
    names_other_places,
    names_parts,
    names_place_of_part,
    opens_with_places,
    own_named_after_topic,
    own_park,
    places_opening_end,
    topic_end,
    urban_core,
    whole_of_named,
)
from govkit.text.regions import gazetteer

_OTHER_LEVEL = OTHER_LEVEL
_NAMED_PLACE = cue("place", "named_place")
_ZONE_AFTER_NAME = cue("division", "zone_after_short")  # 曹县经济开发区: a park named after the region
_LEVELS_NOT_A_NAME = cue("place", "levels_not_a_name")
_DISTRICT_LEVELS = cue("place", "district_levels")
_LEVELS_BELOW_CITY = cue("place", "levels_below_city")
_CITY_UNIT = cue("place", "city_unit")
_COUNTY_UNIT = cue("place", "county_unit")
_OWN_WORD = cue("place", "self_word")
_OWN_SHARE = cue("continuation", "own_share")
_PART_BEFORE = load_cues()["block"]["part_before"]
_PARTS_COVERED = cue("place", "parts_covered")
_DEPARTMENT_BUDGET = load_cues()["block"]["department_budget"]
_DEPARTMENT_REACH = 40  # characters before a subject searched for a department's budget (block department_budget)
_CLAUSE_BREAK = re.compile(r"[,;:，；：。]")
_LISTED_ON = cue("place", "listed_on")
_TIME_BEFORE_UNIT = cue("place", "time_before_unit")
_NOT_OWNER_AFTER = cue("place", "not_owner_after")
_WHOLE_YEAR_OPENING = cue("place", "whole_year_opening")
_ITEMS_AFTER_PLACES = cue("place", "items_after_places")
_VILLAGE_OPENING = cue("place", "village_opening")
_PLACE_JOINER = cue("place", "place_list_joiner")
_FACILITY_AFTER_PLACE = cue("place", "facility_after_place")
_FUNDS_SUBJECT = cue("place", "funds_subject")
_OWN_UNIT_FIRST = cue_words("place", "own_unit_first")
_AREA_UNIT = "地区"  # the unit word of a prefecture named …地区 (阿克苏地区), in place named_place
_LISTED_REACH = 12  # characters before a subject searched for a listing verb (列入延安市: the verb, a name)
_HIGHER_GOAL = load_cues()["block"]["higher_goal"]
_HIGHER_GOAL_FOLLOWED = load_cues()["block"]["higher_goal_followed"]
_SEGMENT_OPENERS = ";；。"  # a clause after one of these opens a new ;-segment of the sentence


def own_name_in(place: str, own: set[str]) -> bool:
    """Whether a place name (怀化市) contains or is part of one of the report's own names longer than two characters."""
    return any(o and (o in place or place in o) for o in own if len(o) > 2)


class PlaceMemo:
    """What the place tests of one sentence found, per subject (they depend on the sentence, the
    subject and the report's own region, not on the figure): kept for the sentence's other figures."""

    __slots__ = (
        "first",
        "first_read",
        "lead",
        "on_own",
        "part",
        "places_end",
        "sentence",
        "subject",
        "topic",
        "village_end",
    )

    def __init__(self) -> None:
        self.topic = -2  # topic_end of the sentence (-2: not yet read)
        self.first: Mention | None = None  # the sentence's first subject (once first_read)
        self.first_read = False
        self.lead: dict[int, bool] = {}  # subject start -> places_lead
        self.part: dict[tuple[int, int, tuple[str | None, ...]], bool] = {}  # subject -> part_of_region
        self.sentence: dict[int, bool] = {}  # subject start -> sentence_of_other_place
        self.subject: dict[tuple[int, int, tuple[str | None, ...]], bool] = {}  # -> kept_subject_of_other_place
        self.on_own: dict[int, bool] = {}  # clause start -> _opens_on_own
        self.places_end: dict[int, int] = {}  # clause start -> places_opening_end
        self.village_end: dict[int, int] = {}  # clause start -> village_opening_end

    def opens_on_own(self, s: Sentence, c: Clause, own: set[str]) -> bool:
        """:func:`_opens_on_own` of clause *c* of *s*, read once per clause (its words and *own* only)."""
        hit = self.on_own.get(c.start)
        if hit is None:
            hit = self.on_own[c.start] = _opens_on_own(s.text[c.start : c.end], own)
        return hit

    def places_opening_end(self, s: Sentence, c: Clause, own: set[str]) -> int:
        """:func:`~govkit.facts.places.places_opening_end` of clause *c* of *s*, read once per clause."""
        hit = self.places_end.get(c.start)
        if hit is None:
            hit = self.places_end[c.start] = places_opening_end(s.text[c.start : c.end], own)
        return hit

    def village_opening_end(self, s: Sentence, c: Clause, own: set[str]) -> int:
        """:func:`village_opening_end` of clause *c* of *s*, read once per clause."""
        hit = self.village_end.get(c.start)
        if hit is None:
            hit = self.village_end[c.start] = village_opening_end(s.text[c.start : c.end], own)
        return hit


def village_opening_end(clause: str, own: set[str]) -> int:
    """Where the village that *clause* opens on ends in it (东风村大力发展…, 以李家村为例, 全村…, 该村…: place
    village_opening), or 0; a village word or name that is the report's own (全村, 东风村 in 东风村's report)
    opens none."""
    m = _VILLAGE_OPENING.match(clause)
    if (
        m is None
        or (m.group("word") or "") in own
        or (m.group("name") is not None and own_name_in(m.group("name"), own))
    ):
        return 0  # (a village's own report: its name and 全村 are its own)
    return m.end()


_FUNDS_SECURED_FROM = cue("place", "funds_secured_from")
_MONEY_UNITS = frozenset(u for u, unit in load_units().items() if unit.dimension == "money_cny")


def level_not_whose(sent: str, at: int, subject: Mention) -> bool:
    """The higher level at *at* names where the money comes from (:func:`funds_from`) or the list the
    region's own items are on (:func:`listed_on`: the level after the verb; 全市列入省重点项目120个 in a county's
    report: 全市 before the verb is the city whose items they are), not whose figures they are."""
    if funds_from(sent, at, subject):
        return True
    m = listed_on(sent, subject)
    return m is not None and m.end() <= at


def funds_from(sent: str, at: int, subject: Mention) -> bool:
    """争取中央衔接资金3.2亿元(,增长8%): the higher level at *at* is where the money the region secured
    comes from (a subject counted in money, right after a verb of securing it), not the place whose
    figures they are."""
    if _FUNDS_SECURED_FROM.search(sent, max(0, at - 6), at) is None:
        return False
    catalog = load_catalog()
    return any(i in catalog and catalog[i].unit in _MONEY_UNITS for i in subject.indicators)


def places_lead(s: Sentence, subject: Mention, own: set[str]) -> bool:
    """The words of *subject*'s clause before it name only other places (船山区实现, 太和街道、沱牌镇分别实现)."""
    start = next((c.start for c in s.clauses if c.start <= subject.start <= c.end), subject.start)
    lead = s.text[start : subject.start]
    return names_other_places(lead, own) or names_place_of_part(lead, own, s.text[subject.start : subject.end])


def kept_places_lead(s: Sentence, subject: Mention, own: set[str], memo: PlaceMemo) -> bool:
    """:func:`places_lead`, kept in *memo*."""
    hit = memo.lead.get(subject.start)
    if hit is None:
        hit = memo.lead[subject.start] = places_lead(s, subject, own)
    return hit


def kept_part_of_region(sent: str, subject: Mention, own: set[str], memo: PlaceMemo) -> bool:
    """:func:`part_of_region`, kept in *memo*."""
    key = (subject.start, subject.end, subject.indicators)
    hit = memo.part.get(key)
    if hit is None:
        hit = memo.part[key] = part_of_region(sent, subject, own)
    return hit


def kept_sentence_of_other_place(s: Sentence, subject: Mention, own: set[str], higher: bool, memo: PlaceMemo) -> bool:
    """:func:`sentence_of_other_place`, kept in *memo* (*higher* is the sentence's)."""
    hit = memo.sentence.get(subject.start)
    if hit is None:
        hit = memo.sentence[subject.start] = sentence_of_other_place(s, subject, own, higher, memo)
    return hit


def kept_subject_of_other_place(s: Sentence, subject: Mention, own: set[str], higher: bool, memo: PlaceMemo) -> bool:
    """Whether a park or a part of the region qualifies *subject* (:func:`part_of_region`), the
    sentence's first subject is another place's (:func:`sentence_of_other_place`) or the sentence opens
    on another place as its topic (:func:`topic_of_other_place`): the tests that read only the sentence
    and the subject, made once per subject and kept in *memo* (*higher* is the sentence's)."""
    key = (subject.start, subject.end, subject.indicators)
    hit = memo.subject.get(key)
    if hit is None:
        hit = memo.subject[key] = (
            kept_part_of_region(s.text, subject, own, memo)
            or kept_sentence_of_other_place(s, subject, own, higher, memo)
            or topic_of_other_place(s, subject, own, memo)
            or clause_of_other_place(s, subject, own, memo)
        )
    return hit


def clause_of_other_place(s: Sentence, subject: Mention, own: set[str], memo: PlaceMemo | None = None) -> bool:
    """交口河镇苹果收入达到1.2亿元,农民人均可支配收入达到2.3万元 (in a county's report): the nearest clause
    before *subject*'s in its ;-segment that opens on a place's name opens on another place's (a township,
    a county, a city: :func:`~govkit.facts.places.opens_with_places`) as the owner of what follows (not
    延安市级…, 天津市财政扶贫资金…, 延安市下达…: place not_owner_after, funds_subject), and the report's own
    region is not named between that name and the subject (交口河镇…,全县农民人均可支配收入…: the region's
    own again; not as the base of a share, 占全县的40%): the subject continues that place's clause. The
    subject's own clause is read by :func:`places_lead` and :func:`names_place_of_part`. A clause opening
    on the own region (全县…, 我县…) ends the search; a place named inside a clause (在交口河镇建成…,
    依托交口河镇…) opens none; the place's clause holds a figure (an event at a place, 石堡镇苹果产业园建成
    投产, is no subject the next clauses continue), unless the place is a village (东风村大力发展乡村旅游,
    以李家村为例, 全村…, 该村…, 草林镇枫树村…: place village_opening), whose later clauses are its own."""
    memo = memo if memo is not None else PlaceMemo()
    i = next((k for k, c in enumerate(s.clauses) if c.start <= subject.start <= c.end), -1)
    for k in range(i, 0, -1):
        if s.text[s.clauses[k].start - 1] in _SEGMENT_OPENERS:
            return False
        c = s.clauses[k - 1]
        if memo.opens_on_own(s, c, own):
            return False
        end = memo.places_opening_end(s, c, own)
        # (东风村大力发展乡村旅游,农民人均可支配收入…; 以李家村为例,全村…: a village, which owns the next clauses
        # with or without a figure of its own; 草林镇枫树村… too)
        village = end > 0 and s.text[c.start + end - 1] == "村"
        if not end:
            end = memo.village_opening_end(s, c, own)
            village = end > 0
        if end:
            text = s.text[c.start : c.end]
            at = c.start + end
            # (石堡镇苹果产业园建成投产,全年固定资产投资增长9%: an event at a place, no figure of its own)
            held = village or any(at <= q.start < c.end for q in s.quantities)
            # (天津市宝坻出口总额… in 宝坻区's report: the region's short name after its parent's)
            short = any(o[:-1] in s.text[at : subject.start] for o in own if len(o) > 2)
            owner = _NOT_OWNER_AFTER.match(s.text, at) is None and _FUNDS_SUBJECT.search(text) is None
            # (石堡镇农贸市场、县医院住院楼等12个项目竣工: items named after places, not their owners)
            # (石堡镇卫生院新增床位80张: a facility at the place)
            owner = owner and _ITEMS_AFTER_PLACES.match(s.text, at, c.end) is None
            owner = owner and _FACILITY_AFTER_PLACE.match(s.text, at) is None
            # (交口河镇、石堡镇分别新建果园3000亩、2000亩,全年新建果园1.2万亩: a list of the region's parts, then the
            # whole year's total, the region's own again; after one place 全年 may still be that place's)
            total = _PLACE_JOINER.search(s.text, c.start, at) is not None and any(
                _WHOLE_YEAR_OPENING.match(s.text, s.clauses[j].start) for j in range(k, i + 1)
            )
            return (
                held and owner and not short and not total and not own_named_after_topic(s.text, at, subject.start, own)
            )
    return False


def topic_of_other_place(s: Sentence, subject: Mention, own: set[str], memo: PlaceMemo | None = None) -> bool:
    """A sentence opening on a park or another place as its topic (经开区完成…, 安定镇实现…; after an
    opening clause without figures too: 全面完成开发区体制机制改革,全市12个省级以上开发区实现…): a subject
    after that opening is the topic's, unless the report's own region is named between them (not as the
    base of the topic's share: 占全市的72%). *memo* keeps the topic's end for the sentence's figures."""
    if memo is None or memo.topic == -2:
        first_figure = s.quantities[0].start if s.quantities else len(s.text)
        end = topic_end(s.text, own, [c.start for c in s.clauses], first_figure)
        if memo is not None:
            memo.topic = end
    else:
        end = memo.topic
    return 0 <= end <= subject.start and not own_named_after_topic(s.text, end, subject.start, own)


def own_items_of(s: Sentence, subject: Mention, own: set[str]) -> bool:
    """全县实施市重点项目23个, 全县列入怀化市重点项目15个: an own-region word in the subject's clause
    before it makes the place named there a list the own region's items are on, not another place; so
    does a verb putting items on that level's list (列入市重点项目56个: :func:`listed_on`), unless the
    clause names another place or level before the verb (洛川县列入延安市重点项目12个, 全市列入省重点项目…:
    that place's items)."""
    start = next((c.start for c in s.clauses if c.start <= subject.start <= c.end), subject.start)
    if any(w in s.text[start : subject.start] for w in own):
        return True
    m = listed_on(s.text, subject)
    if m is None:
        return False
    before = s.text[start : m.start()]
    return not (
        any(o.group(0) not in own for o in _OTHER_LEVEL.finditer(before))
        or opens_with_places(before, own)
        or named_other_place(before, own)
    )


def listed_on(sent: str, subject: Mention) -> re.Match[str] | None:
    """列入市重点项目56个, 纳入延安市重点项目, 列入全省重大项目: a verb putting items on another level's list
    (place listed_on) stands right before the level that qualifies *subject*: that level names the list
    the report's own items are on (not a pool of projects: 纳入省重大项目库 is a looser list)."""
    # (the end bound past the subject's words: the list's name after the level, 重大项目库, is read there)
    m = _LISTED_ON.search(sent, max(0, subject.start - _LISTED_REACH), subject.end + _LISTED_REACH)
    return m if m is not None and m.end() <= subject.start else None


def inherits_other_place(
    s: Sentence,
    clause: Clause,
    subject: Mention,
    q: Quantity,
    own: set[str],
    higher: bool = True,
    memo: PlaceMemo | None = None,
) -> bool:
    """A figure whose subject stands in an earlier clause qualified by another place (全市地区生产总值
    1200亿元,增长6.5%; 吉首市地区生产总值186亿元,增长5.9% in another city's report), unless the figure's
    own clause names the own region (其中我县投入6.2亿元). *higher*: 全国/全省/全市… may occur in the sentence."""
    if subject.start >= q.start or subject.start >= clause.start:
        return False
    here = s.text[clause.start : q.start]
    if any(w in here for w in own) or _OWN_SHARE.match(here.strip()):
        return False
    start = next((c.start for c in s.clauses if c.start <= subject.start <= c.end), clause.start)
    memo = memo if memo is not None else PlaceMemo()
    if any(memo.opens_on_own(s, c, own) for c in s.clauses if start < c.start < clause.start):
        return False  # 全市一般公共预算收入增长4.2%,我县完成9.1亿元,增长7.3%: the own region's since 我县
    lead_at = max(start, subject.start - 8)
    lead = s.text[lead_at : subject.start]
    if higher:
        others = [
            m
            for m in _OTHER_LEVEL.finditer(lead)
            if m.group(0) not in own and not level_not_whose(s.text, lead_at + m.start(), subject)
        ]
        # 全县列入全省重点项目12个,完成投资52亿元: the own region's items on another place's list
        if others and not any(w in s.text[start : subject.start - len(lead) + others[0].start()] for w in own):
            return True
    if kept_places_lead(s, subject, own, memo) or kept_part_of_region(s.text, subject, own, memo):
        return True  # 船山区实现地区生产总值560亿元,增长7.2%; 县域地区生产总值…,增长6.9%
    if any(memo.places_opening_end(s, c, own) > 0 for c in s.clauses if start < c.start <= clause.start):
        return True  # 全市一般公共预算收入增长6.7%,平江县、湘阴县增速居全市前列,分别增长11.2%、10.5%
    # 吉首市地区生产总值186亿元,增长5.9% in 怀化市's report (not 全县实施市重点项目: see own_items_of)
    return named_other_place(lead, own) and not own_items_of(s, subject, own)


def _opens_on_own(text: str, own: set[str]) -> bool:
    """我县完成9.1亿元, 其中我县投入…: a clause opening on the report's own region."""
    return text.strip().removeprefix("其中").strip().startswith(tuple(own))


def sentence_of_other_place(
    s: Sentence, subject: Mention, own: set[str], higher: bool = True, memo: PlaceMemo | None = None
) -> bool:
    """A sentence whose first subject another place or a part of the region qualifies (2021年,全省地区生产总值
    增长7.7%,一般公共预算收入增长8.5% in a county's report; 湖北省…; 产业集聚效应凸显,化工园区完成工业投资
    21.5亿元,规模以上工业增加值增长12.8%) speaks of that place in its later clauses too, as
    long as the report's own region is not named before *subject* (全县…,高于全省…,收入增长9.8% is the
    county's). *higher*: 全国/全省/全市… may occur in the sentence."""
    if memo is None or not memo.first_read:
        first = min(s.mentions, key=lambda m: m.start, default=None)
        if memo is not None:
            memo.first, memo.first_read = first, True
    else:
        first = memo.first
    if first is None or first.start >= subject.start:
        return False
    start = next((c.start for c in s.clauses if c.start <= first.start <= c.end), 0)
    if subject.start <= next((c.end for c in s.clauses if c.start <= first.start <= c.end), 0):
        return False  # the first subject's own clause: its lead is read there
    if _names_own(s.text[: subject.start], own):
        return False
    lead_at = max(start, first.start - 8)
    lead = s.text[lead_at : first.start]
    if higher and any(
        m.group(0) not in own and not level_not_whose(s.text, lead_at + m.start(), first)
        for m in _OTHER_LEVEL.finditer(lead)
    ):
        return True
    # 高新区实现规模以上工业总产值86.4亿元,固定资产投资增长14.2%: a park's sentence, like a township's
    memo = memo if memo is not None else PlaceMemo()
    return (
        named_other_place(lead, own)
        or kept_places_lead(s, first, own, memo)
        or kept_part_of_region(s.text, first, own, memo)
    )


def _names_own(text: str, own: set[str]) -> bool:
    """Whether *text* names the report's own region; its name before a zone word (曹县经济开发区, 曹县高新区)
    names a park of it, not the region; 全市 after another city's full name (韶关市…;全市… in a county-level
    city's report: :func:`~govkit.facts.places.whole_of_named`) names that city."""
    for w in own:
        i = text.find(w) if w else -1
        while i >= 0:
            if not _ZONE_AFTER_NAME.match(text, i + len(w)) and not whole_of_named(text, i, w, own):
                return True
            i = text.find(w, i + 1)
    return False


def named_other_place(lead: str, own: set[str]) -> bool:
    """A named province, prefecture or county ending *lead* (湖北省…, 长沙市全年…) that is not the report's own."""
    named = _NAMED_PLACE.search(lead)
    if named is None or (named.start() > 0 and lead[named.start() - 1].isdigit()):
        return False  # (137个市重点项目: a count of the city's projects, not a place)
    place = named.group("place")
    if _LEVELS_NOT_A_NAME.search(place):
        return False  # 实施省市重点项目: levels of government, not a place
    if place.endswith(_AREA_UNIT) and place not in gazetteer().full_index:
        return False  # 贫困地区, 民族地区: words, not a prefecture named …地区 (阿克苏地区)
    bare = _TIME_BEFORE_UNIT.sub("", place)
    if bare != place and any(f + bare in own for f in _OWN_UNIT_FIRST):
        return False  # 全年市城区 in a county-level city's report: its own unit word after a time word
    return place not in own and not own_name_in(place, own)


def part_of_region(sent: str, subject: Mention, own: set[str]) -> bool:
    """工业园区完成固定资产投资…: the subject is qualified by a park of the region (its own clause only)."""
    lead = _CLAUSE_BREAK.split(sent[max(0, subject.start - 10) : subject.start])[-1]
    if names_parts(lead, own) and _PARTS_COVERED.search(sent, max(0, subject.start - 16), subject.start) is None:
        return True  # 县域地区生产总值 in a city's report, 各县(市、区)…: its parts' (涉及12个乡镇的…: their reach)
    if urban_core(lead, subject.indicators, own):
        return True  # 中心城区…: a part's
    reach = max(0, subject.start - _DEPARTMENT_REACH)
    seg = max(sent.rfind(c, reach, subject.start) for c in _SEGMENT_OPENERS) + 1  # (-1: none in reach)
    if _DEPARTMENT_BUDGET.search(sent, max(seg, reach), subject.start) is not None:
        return True  # 教育局年初预算为:一般公共预算支出…: a department's budget, not the region's
    if _DISTRICT_LEVELS.match(sent, subject.start) and not any(o.endswith("区") for o in own if o):
        return True  # 市区重点项目 in a city's or a county's report: the urban core's list, not the region's
    if levels_below_city(sent, subject, own):
        return True  # 县区重点项目 in a city's report: the counties' and districts' lists, not the city's own
    if _PART_BEFORE.search(lead) is None:
        return False
    # A report of a park (长沙经济技术开发区) speaks of its own figures.
    return not own_park(lead, own)


def levels_below_city(sent: str, subject: Mention, own: set[str]) -> bool:
    """Whether *subject*, a list named by levels of government (…重点项目), names levels below the region's
    only, in a city's report (place levels_below_city: 县区重点项目, 全市县区重点项目, 县(市、区)重点项目)."""
    at = sent.find("重", subject.start, subject.end)
    if at < 0:
        return False
    m = _LEVELS_BELOW_CITY.search(sent, max(0, at - 12), at + 2)
    return m is not None and m.end() == at and city_report(own)


def city_report(own: set[str]) -> bool:
    """Whether the region's own names (*own*) are a city's, a prefecture's or a league's (place city_unit), none a
    county's or a district's."""
    names = [o for o in own if o and not _OWN_WORD.match(o)]  # (全县, 本市…: the words any report uses of itself)
    return any(_CITY_UNIT.search(o) for o in names) and not any(_COUNTY_UNIT.search(o) for o in names)


def higher_goal_before(sent: str, at: int, own: set[str]) -> bool:
    """自治区要求今年地区生产总值增长6%, 市里要求今年…: before *at* in its ;-segment a higher level sets the
    year's goal (block higher_goal), the report's own region not named after it: the goal that level sets for
    itself or for its counties, no fact of the region. A unit word that is the report's own (市委明确今年… in a
    county-level city's report, 县委… in a county's) sets the region's own target."""
    start = segment_start(sent[:at])
    for m in _HIGHER_GOAL.finditer(sent, start, at):
        body = m.group("body")
        unit = "区" if body == "自治区" else body[0]
        if body == "自治区" and any(w.endswith(body) for w in own):
            continue  # a province-level 自治区's own report
        if body != "自治区" and "全" + unit in own:
            continue  # the report's own unit
        if _HIGHER_GOAL_FOLLOWED.search(sent, max(start, m.start() - 16), m.start()):
            continue  # 按照市委要求,今年完成造林1.2万亩: the requirement followed, the region's own figures
        if not any(w in sent[m.end() : at] for w in own if w):
            return True
    return False
