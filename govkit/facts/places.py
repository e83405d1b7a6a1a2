"""Places below or beside the report's region named before a subject: not the region's own figures.

A city's report lists its counties (船山区实现地区生产总值560亿元; 瑞金、于都分别增长…), a county's its
townships (安定镇实现财政收入1.6亿元) and parks (经开区完成规上工业产值…,实现固定资产投资42亿元); both
speak of their parts taken together (县域地区生产总值 in a city's report, 各县(市、区)…). Names are
checked against the division table (full names, short names that are not common words) and the
township unit words (镇, 乡, 街道) with the township stop list; the words around them are the
``place`` cues of ``govkit/data/extract/cues.tsv``. The report's own names (*own*, from
:func:`govkit.facts.own_region.own_region_words`) are never another place.
"""

from __future__ import annotations

import re

from govkit.core.catalog import family_of
from govkit.facts.cues import cue, cue_words
from govkit.text.division_mentions import town_ok
from govkit.text.regions import COUNTY, TOWNSHIP_SUFFIXES, Division, Gazetteer, gazetteer

_LEAD_OPEN = cue("place", "place_lead_open")
_LEAD_TAIL = cue("place", "place_lead_tail")
_JOINER = cue("place", "place_list_joiner")
_QUALIFIER = cue("place", "qualifier_after_place")
_FUNDS_SUBJECT = cue("place", "funds_subject")
_PARTS = cue("place", "parts_before")
_TOPIC = cue("place", "topic_opening")
_SHARE_BASE_BEFORE = cue("place", "share_base_before")  # 占全市的72%: the base of a share
_BY_PARTS = cue("place", "by_parts_opening")
_LABEL = cue("place", "label_opening")
_HEADING = cue("place", "heading_places")
_WORD_BEFORE_PLACE = cue("place", "word_before_place")
_HEADING_PARTS_FIRST = tuple(cue_words("place", "heading_parts_first"))
_WHOLE_FIRST = tuple(cue_words("place", "whole_of_named_first"))
_PARK = cue("block", "part_before")
_URBAN_CORE = cue("place", "urban_core_before")
_URBAN_CORE_FAMILIES = cue_words("place", "urban_core_families")
OWN_AREA_COUNTY = cue_words("place", "own_area_county")
#: Another place's or a higher level's own words (全国, 全省, 全市 …, a village's 全村, and 全县, 全区, 全镇 … when not the
#: report's own: :func:`govkit.facts.own_region.own_region_words` decides which is the own).
OTHER_LEVEL = re.compile(
    f"{cue('block', 'other_place').pattern}|{cue('place', 'other_unit').pattern}|{cue('place', 'other_township').pattern}"
    f"|{cue('place', 'other_village').pattern}"
)
#: A township name: two to four characters and a township unit word (安定镇, 汉昌街道); the whole of a
#: word (:func:`_town`), or the shortest one starting at a position (:func:`_name_at`).
_TOWN_STEM = r"[\u4e00-\u9fff]{2,4}"
#: (乡 before 镇 or 村 is the word 乡镇, 乡村: 新建乡镇商贸中心3个 names no township 新建乡)
_TOWN_UNIT = f"(?P<unit>{'|'.join(TOWNSHIP_SUFFIXES)})(?!(?<=乡)[镇村])"
#: A village after its township's name (草林镇枫树村): the township's part, another place as it is.
_VILLAGE = f"(?:{cue('place', 'village_of_town').pattern})?"
_TOWN = re.compile(_TOWN_STEM + _TOWN_UNIT + _VILLAGE)
#: A village named alone (其中龙潭村2023年接待游客32万人次): a part of the region, another place as it is.
_VILLAGE_ALONE = cue("place", "village_alone")
_TOWN_AT = re.compile(_TOWN_STEM + "?" + _TOWN_UNIT + _VILLAGE)
_NOT_TOWN_BEFORE_UNIT = cue_words("place", "not_town_before_unit")
_ONE_CHAR_TOWN = cue("place", "one_char_town")
_ISLAND = "岛"  # the word ending an island's name (block part_before)
_ZONE_END = re.compile(f"(?:{cue('division', 'zone_after_short').pattern})$")
#: The longest full name :func:`opens_with_places` looks for (characters).
_LONGEST_NAME = 12
#: The longest lead :func:`names_other_places` reads: a list of a few places and the words around them
#: (a longer one holds other words; not reading it keeps the time per figure flat in long sentences).
_LONGEST_LEAD = 48


def _own(name: str, own: set[str]) -> bool:
    return name in own or any(o and (o in name or name in o) for o in own if len(o) > 2)


def other_place(name: str, own: set[str]) -> bool:
    """Whether *name* is a division (full name, or a short name that is not a common word), a
    township (…镇, …乡, …街道) or a village (龙潭村) other than the report's own region."""
    if not name or _own(name, own):
        return False
    g = gazetteer()
    if name in g.full_index:
        return name not in g.generic_names
    if name in g.short_index:
        return name not in g.common_shorts
    return _town(name) or _VILLAGE_ALONE.fullmatch(name) is not None


def _town(name: str) -> bool:
    """安定镇, 思村乡, 汉昌街道: a township name (not 城镇, 乡镇, 城乡 … nor a stop-list word), maybe with a
    village of it after it (草林镇枫树村)."""
    if _ONE_CHAR_TOWN.fullmatch(name) is not None:
        return True  # 堡镇: a one-character name of its own
    m = _TOWN.fullmatch(name)
    return m is not None and town_ok(name[: m.end("unit")]) and name[m.start("unit") - 1] not in _NOT_TOWN_BEFORE_UNIT


def names_other_places(lead: str, own: set[str]) -> bool:
    """船山区实现, 其中,安定镇, 太和街道、沱牌镇分别实现: *lead* (a clause's words before its subject)
    is only the names of other places (with the words cues allow around them)."""
    if not lead or len(lead) > _LONGEST_LEAD:
        return False  # (no words: no place named)
    core = _LEAD_TAIL.sub("", _LEAD_OPEN.sub("", lead, count=1), count=1).strip()
    names = [n.strip() for n in _JOINER.split(core)]
    if len(names) > 1:  # 高新区、经开区分别完成…; 曹县经济开发区、庄寨镇分别实现…: parks listed with places
        return all(other_place(n, own) or _park(n, own) for n in names)
    return bool(core) and all(other_place(n, own) for n in names)


def names_place_of_part(lead: str, own: set[str], subject: str = "") -> bool:
    """延安市苹果出口额…: *lead* (a clause's words before its *subject*) opens on another place's name and
    ends on a short noun qualifying the subject (place qualifier_after_place), no verb between: the other
    place's figure (of a part of the indicator); not money given (place funds_subject)."""
    if not lead or len(lead) > _LONGEST_LEAD or _FUNDS_SUBJECT.search(subject):
        return False
    t = _LEAD_OPEN.sub("", lead, count=1)
    name = _name_at(t, 0)
    if not other_place(name, own) or _QUALIFIER.fullmatch(t, len(name)) is None:
        return False
    # (天津市宝坻区…, 天津市宝坻…, 延安市洛川县…: the region's own name, full or short, follows its parent's)
    return not any(o and (o in t or (len(o) > 2 and o[:-1] in t)) for o in own)


def _park(name: str, own: set[str]) -> bool:
    """高新区, 曹县经济开发区: a development zone's name (a zone word ends it), not the report's own."""
    return _ZONE_END.search(name) is not None and not _own(name, own)


#: The gazetteer and the first two characters of each of its full names: where none of them stands,
#: no full name of two characters or more starts (:func:`_name_at`). Read once per gazetteer.
_FULL_NAME_STARTS: list[tuple[Gazetteer, frozenset[str]]] = []


def _full_name_starts(g: Gazetteer) -> frozenset[str]:
    if not _FULL_NAME_STARTS or _FULL_NAME_STARTS[0][0] is not g:
        _FULL_NAME_STARTS[:] = [(g, frozenset(name[:2] for name in g.full_index))]
    return _FULL_NAME_STARTS[0][1]


def _name_at(text: str, pos: int) -> str:
    """The full division name (longest) or township name starting at *pos* of *text*, or ``""``."""
    g = gazetteer()
    if text[pos : pos + 2] in _full_name_starts(g):  # (else no full name starts here)
        for k in range(min(len(text), pos + _LONGEST_NAME), pos + 1, -1):
            if text[pos:k] in g.full_index:
                return text[pos:k]
    m = _TOWN_AT.match(text, pos)
    return m.group(0) if m is not None else ""


def opens_with_places(clause: str, own: set[str]) -> bool:
    """平江县、湘阴县增速居全市前列, 其中,安定镇…: *clause* opens with other places' full names or
    township names (a list of them), whatever follows."""
    return places_opening_end(clause, own) > 0


def places_opening_end(clause: str, own: set[str]) -> int:
    """Where the other places' names that *clause* opens with (:func:`opens_with_places`) end in it, or 0."""
    lead = _LEAD_OPEN.match(clause)
    at = lead.end() if lead is not None else 0
    if _WORD_BEFORE_PLACE.match(clause, at):
        return 0  # 在交口河镇建成…: where, not who
    pos, end = at, 0
    while True:
        name = _name_at(clause, pos)
        if not other_place(name, own):
            break
        pos = end = pos + len(name)
        joiner = _JOINER.match(clause, pos)
        if joiner is None:
            break
        pos = joiner.end()
    return end


def names_parts(lead: str, own: set[str]) -> bool:
    """各县(市、区)…, 县域… (in a city's report) right before the subject: the region's parts."""
    m = _PARTS.search(lead)
    return m is not None and m.group("part") not in own


def urban_core(lead: str, indicators: tuple[str | None, ...], own: set[str]) -> bool:
    """中心城区实现地区生产总值…, 城区社会消费品零售总额, 农村固定资产投资: the urban core's or the
    countryside's figure (a part of the region), unless every indicator of the subject is of a family the
    region reports for its urban core, or the part is the report's own region (a district named 城区)."""
    m = _URBAN_CORE.search(lead)
    if m is None or any(lead.endswith(o) or m.group().startswith(o) for o in own if o):
        return False
    return not all(family_of(i) in _URBAN_CORE_FAMILIES for i in indicators if i)


def by_parts(sent: str) -> bool:
    """分区县看,…: the sentence lists the region's parts."""
    return _BY_PARTS.match(sent) is not None


def topic_end(sent: str, own: set[str], clause_starts: list[int] | None = None, first_figure: int = 0) -> int:
    """Where the opening of a sentence that names a park or another place as its topic ends
    (经开区完成…, 其中,安定镇实现…, 安定镇:…), or -1. A park of the report's own name is its own region.
    With *clause_starts*: a clause opening on such a topic after opening clauses without figures, that
    holds the sentence's first figure (at *first_figure*: 全面完成开发区体制机制改革,全市12个省级以上开发区实现
    营业收入…), too; not a clause of aims without a figure (坚持项目为王,推动开发区实现集聚发展,地区生产总值
    增长5.6%: the region's growth)."""
    end = _topic_end(sent, own)
    starts = [c for c in clause_starts or () if c > 0]
    for start, nxt in zip(starts, [*starts[1:], len(sent)]):
        if end >= 0 or start >= first_figure:
            break
        if nxt > first_figure:
            e = _topic_end(sent[start:], own)
            end = start + e if e >= 0 else -1
    return end


def _topic_end(sent: str, own: set[str]) -> int:
    label = _LABEL.match(sent)
    if label is not None and _names_a_part(label.group("names"), own):
        return label.end()  # 安定镇:实现财政收入…
    m = _TOPIC.match(sent)
    if m is not None and _names_a_part(m.group(0), own):
        return m.end()
    return -1


def heading_of_places(heading: str, own: set[str]) -> bool:
    """(一)安定镇, (二)船山区发展情况, 1.经开区, 三、各乡镇工作亮点: *heading* (a heading's title) is only
    the names of parks or of places below or beside the region; not (二)农业农村, (一)平江县 (the
    report's own), nor (三)安定镇特色产业园建设 (a topic that names a place)."""
    m = _HEADING.match(heading)
    if m is None:
        return False
    names = m.group("names").strip()
    if names_parts(names, own):
        return names.startswith(_HEADING_PARTS_FIRST)
    return _names_a_part(names, own)


def opens_on_own(sent: str, own: set[str]) -> bool:
    """2022年,全县固定资产投资完成186亿元: *sent* opens on the report's own region (a time before it)."""
    t = _LEAD_OPEN.sub("", sent, count=1).strip()
    return any(w and t.startswith(w) for w in own)


def own_park(lead: str, own: set[str]) -> bool:
    """Whether the park *lead* names is the report's own region: the region is a park (a park's report
    speaks of its own figures), or *lead* names the region without a park after its name. A park named
    after the region (沂水县经济开发区 in 沂水县's report) is a part of it, not the region."""
    for o in own:
        if len(o) <= 2:
            continue
        if _PARK.search(o) or (o in lead and _PARK.search(lead.split(o, 1)[1]) is None):
            return True
        if o[:-1] + _ISLAND in lead:
            return True  # 崇明岛 in 崇明区's report: the island the region is named after
    return False


def _names_a_part(lead: str, own: set[str]) -> bool:
    """*lead* names a park (not the report's own) or only places below or beside the region."""
    if _PARK.search(lead) is not None and not own_park(lead, own):
        return True
    return names_other_places(lead, own) or names_parts(lead, own)


def whole_of_named(text: str, at: int, word: str, own: set[str]) -> bool:
    """韶关市实现地区生产总值…;全市规上工业增加值… in 乐昌市's report: the own word *word* at *at* (全市, a
    whole unit: place whole_of_named_first and one unit character) after another place's full name of the
    same unit earlier in *text* (the sentence) is that place's whole, not the report's region, when that
    place holds the region (:func:`_above`)."""
    if len(word) != 2 or not word.startswith(_WHOLE_FIRST):
        return False
    g = gazetteer()
    mine = [d for w in own for d in g.full_index.get(w, ())]
    i = text.rfind(word[1], 0, at)
    while i > 0:
        for j in range(max(0, i + 1 - _LONGEST_NAME), i - 1):
            name = text[j : i + 1]
            if name in g.full_index and other_place(name, own) and _above(g.full_index[name], mine):
                return True
        i = text.rfind(word[1], 0, i)
    return False


def _above(named: tuple[Division, ...], mine: list[Division]) -> bool:
    """Whether a place named (its divisions *named*) holds the report's own region (*mine*: its divisions;
    韶关市 over 乐昌市), or, the own region not in the table, is a prefecture or a province: only a higher
    whole's 全市 can be another's (英德市…,全市… in 清远市's report, 广州市…,全市… in a peer's: its own)."""
    if not mine:
        return any(d.rank < COUNTY for d in named)
    g = gazetteer()
    return any(d.rank < m.rank and g.contains(d, m) for d in named for m in mine)


def own_named_after_topic(sent: str, start: int, end: int, own: set[str]) -> bool:
    """Whether the own region is named in *sent*[start:end], not as the base of a share (占全市的72%)."""
    for w in own:
        i = sent.find(w, start, end) if w else -1
        while i >= 0:
            if not _SHARE_BASE_BEFORE.search(sent, max(start, i - 2), i):
                return True
            i = sent.find(w, i + 1, end)
    return False
