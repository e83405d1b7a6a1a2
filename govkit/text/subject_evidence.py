"""The evidence of whose report it is: where each division mention stands (:class:`Zone`: the NPC
session line, title lines, speaker and ``我代表…人民政府`` lines, publisher and chrome lines, the
signature) and how much it counts there (:class:`Evidence`), from the mentions of the text and from
the page's own title and source. :mod:`govkit.text.subject` decides from this evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkit.facts.cues import cue
from govkit.text.chrome import IsChrome
from govkit.text.dates import issuer_above_title, signature_spans, title_byline
from govkit.text.division_mentions import (
    AFTER_SHORT_BAD,
    Mention,
    PhraseHit,
    after_mask,
    body_ok,
    compatible,
    find_mentions,
    inside,
    other_region,
    two_char_in_words,
    unsupported_short,
    visited_before,
)
from govkit.text.hints import TextHints
from govkit.text.normalise import normalise_for_recognition
from govkit.text.regions import (
    COUNTY,
    COUNTY_UNIT_CHARS,
    PREFECTURE,
    PROVINCE,
    gazetteer,
)
from govkit.text.subject_weights import SubjectWeights
from govkit.text.title import TITLE_KEY


class Evidence:
    """Scores for divisions by zone, plus context counts for provinces/prefectures."""

    def __init__(self, short_name: float) -> None:
        self.short_name = short_name  # factor for a short name against the full name
        self.score: dict[str, float] = {}
        self.strong: dict[str, float] = {}
        self.context: dict[str, float] = {}
        self.adjacent: dict[str, float] = {}
        self.zone_max: dict[str, float] = {}  # the strongest zone a unit was named in
        self.full_strong: set[str] = set()  # named by its full name in a strong zone
        self.full_named: set[str] = set()  # named by its full name anywhere it counts
        self.renamed: dict[str, str] = {}  # 邵东 + 市 where cpca has 邵东县: the name as written
        self.own_zone: dict[str, float] = {}  # the strongest zone of its own a unit was named in
        self.placing: dict[str, float] = {}  # a province named right before a county in it (浙江省安吉县)

    def add(self, m: Mention, weight: float, strong: bool, short_factor: float | None = None) -> None:
        divs = m.divisions
        w = weight * (1.0 if m.is_full else self.short_name if short_factor is None else short_factor) / len(divs)
        for d in divs:
            self.score[d.code] = self.score.get(d.code, 0) + w
            self.zone_max[d.code] = max(self.zone_max.get(d.code, 0), weight)
            if strong:
                self.strong[d.code] = self.strong.get(d.code, 0) + w
                if m.is_full:
                    self.full_strong.add(d.code)
            self.context[d.code] = self.context.get(d.code, 0) + 1.0 / len(divs)
            if m.is_full:
                self.full_named.add(d.code)


def _spans_of_lines(norm: str, lines: list[str]) -> list[tuple[int, int]]:
    """Where *lines* (title lines) stand in *norm*; a title joined from two lines (临泉县人民政府 /
    2023年工作总结) is found across its line break."""
    out = []
    for ln in lines:
        k = norm.find(ln[:20]) if ln else -1
        if k >= 0:
            out.append((k, k + len(ln)))
        elif ln:
            m = re.compile("\n?".join(map(re.escape, ln[:20]))).search(norm, 0, 3000)
            if m is not None:
                out.append((m.start(), m.start() + len(ln) + 1))
    return out


# The words of this module are rows of cues.tsv (category subject).
_SPEAKER = cue("subject", "speaker")


_SOURCE = cue("subject", "source")


_WE_REPRESENT = cue("subject", "we_represent")


_MEDIA_OUTLET = cue("subject", "media_outlet")
_COUNTY_OUTLET = cue("subject", "county_outlet")
#: After a county named in running text: one of its officials quoted (【宁陕县】文旅局局长张伟介绍).
_OFFICIAL_QUOTED = cue("subject", "official_quoted")


def _county_outlet(norm: str, mn: Mention) -> bool:
    """Is *mn* a county-level unit named by its own news outlet (宁陕县融媒体中心)?"""
    return mn.is_full and all(d.rank == COUNTY for d in mn.full) and _COUNTY_OUTLET.match(norm, mn.end) is not None


#: What follows a division named as the subject of a figure, in its clause (【新田县】地区生产总值增长6%).
_FIGURE_AFTER = cue("subject", "figure_after")
#: What a clause opens after (a line break, a comma, a full stop …).
_CLAUSE_START = re.compile(r"[\n,。;:!?]")
_COMPARED = cue("subject", "figure_compared")
_NEIGHBOUR = cue("subject", "figure_neighbour")
_SENTENCE_END = re.compile(r"[\n。!?]")


def _compared(norm: str, mn: Mention) -> bool:
    """Whether the sentence of *mn* compares it with the report's own county (我县…, 横向比较, 居全市第6位),
    or names it a neighbour before it (与邻近县相比,莘县…; not 比相邻的石门县 after it: another's)."""
    start = max(norm.rfind(c, 0, mn.start) for c in "\n。!?") + 1
    end = m.start() if (m := _SENTENCE_END.search(norm, mn.end)) else len(norm)
    return _COMPARED.search(norm, start, end) is not None or _NEIGHBOUR.search(norm, start, mn.start) is not None


def figure_subject(norm: str, mentions: list[Mention], unit: str) -> str:
    """The code of the one county-level unit running text names as the subject of its figures: a full
    name opening a clause that a figure follows (2023年,【新田县】地区生产总值增长6%), of the kind of the
    report's own unit word (*unit*: 全县 … a 县). ``""`` without *unit*, or when no unit or more than one
    is so named (a comparison of counties names no report's own)."""
    if not unit:
        return ""
    g = gazetteer()
    codes: set[str] = set()
    for mn in mentions:
        if not mn.is_full or len(mn.full) != 1 or mn.full[0].rank != COUNTY:
            continue
        if mn.start and not _CLAUSE_START.match(norm, mn.start - 1):
            continue
        if (
            _FIGURE_AFTER.match(norm, mn.end)
            and not other_region(norm, mn, mn)
            and mn.key not in g.generic_names
            and not _compared(norm, mn)
        ):
            codes.add(mn.full[0].code)
    if len(codes) != 1:
        return ""
    code = next(iter(codes))
    return code if compatible(g.by_code[code], unit) else ""


#: A speech's closing call around a county's name (奋力谱写【佳县】乡村振兴新篇章), in its last characters.
_CLOSING_BEFORE = cue("subject", "closing_call_before")
_CLOSING_AFTER = cue("subject", "closing_call_after")
_CLOSING_ZONE = 300


def _closing_call(norm: str, mn: Mention) -> bool:
    """Is *mn* named in the closing call of the text's last lines (奋力谱写【佳县】…新篇章)?"""
    return (
        mn.start >= len(norm) - _CLOSING_ZONE
        and _CLOSING_BEFORE.search(norm, max(0, mn.start - 8), mn.start) is not None
        and _CLOSING_AFTER.match(norm, mn.end) is not None
    )


def closing_county(mn: Mention) -> str:
    """The code of the one county-level unit *mn* names for a closing call: by its full name, or by a short
    name that is one unit's alone and no ordinary word (奋力开创【阳谷】高质量发展新局面!: a speech that names
    its county only so, b30 h30_04); ``""`` otherwise."""
    units = mn.full if mn.is_full else mn.short
    if len(units) != 1 or units[0].rank != COUNTY or (not mn.is_full and mn.key in gazetteer().common_shorts):
        return ""
    return units[0].code


def closing_subject(norm: str, mentions: list[Mention], unit: str) -> str:
    """The code of the one county-level unit a text's closing call names (奋力谱写【佳县】乡村振兴新篇章!,
    奋力开创【阳谷】高质量发展新局面!: :func:`closing_county`), of the kind of the report's own unit word
    (*unit*); ``""`` without *unit*, or when none or more than one is so named."""
    if not unit:
        return ""
    g = gazetteer()
    codes = {code for mn in mentions if (code := closing_county(mn)) and _closing_call(norm, mn)}
    if len(codes) != 1:
        return ""
    code = next(iter(codes))
    return code if compatible(g.by_code[code], unit) else ""


#: A news story's dateline at the top of its text (本报讯(通讯员 李明)): its lead sentence follows.
_DATELINE = cue("subject", "dateline")
#: What a clause of a lead opens after (a dateline's closing bracket too: 本报讯(记者 张三)【宁陕县】…).
_LEAD_CLAUSE_START = re.compile(r"[\n,。;:!?)]")


def news_lead(norm: str, titles: list[str]) -> tuple[int, int] | None:
    """Where the lead sentence of a story without a genre title stands in *norm*: the first sentence
    after its dateline (本报讯(…)…), else of the line after its headline (*titles*: the one shown), else
    of the text. None when a title line names a genre (a report's own title names its region)."""
    if any(TITLE_KEY.search(t) for t in titles):
        return None
    start = 0
    if titles and norm.startswith(titles[0][:20]):
        nl = norm.find("\n")
        if nl < 0:
            return None
        start = nl + 1
    m = _DATELINE.match(norm, start)
    if m is not None:
        start = m.end()
    end = len(norm)
    for stop in ("。", "\n"):
        k = norm.find(stop, start, end)
        if k >= 0:
            end = k
    return start, end


def lead_subject(norm: str, mentions: list[Mention], lead: tuple[int, int] | None) -> str:
    """The code of the one county-level unit the lead (:func:`news_lead`) names by its full name opening
    a clause (近年来,【宁陕县】坚持…; 1月10日上午,【富平县】第十八届…; 【康保县】位于…), not as another region
    (学习借鉴【安吉县】经验); ``""`` when it names none or several (a city's story of its counties), or
    names it as a label before a colon (宁陕县:…/石泉县:…, a list of places, one a line)."""
    if lead is None:
        return ""
    g = gazetteer()
    codes: set[str] = set()
    opening: set[str] = set()
    for mn in mentions:
        if not lead[0] <= mn.start < lead[1] or not mn.is_full or any(d.rank != COUNTY for d in mn.full):
            continue
        if len(mn.full) != 1 or other_region(norm, mn, mn) or mn.key in g.generic_names:
            return ""
        if norm[mn.end : mn.end + 1] in (":", "："):
            return ""  # 宁陕县:…增长8.1%。/石泉县:… (a list of places, each a label): no story's subject
        codes.add(mn.full[0].code)
        if not mn.start or _LEAD_CLAUSE_START.match(norm, mn.start - 1):
            opening.add(mn.full[0].code)
    return next(iter(codes)) if len(codes) == 1 and codes == opening else ""


def _place_colon(norm: str, zone: Zone, mn: Mention) -> bool:
    """Does *mn* lead its title line before a colon (岚皋:魔芋产业铺就增收路), a name not in the
    stop list of ordinary words?"""
    return (
        zone.start == mn.start and norm[mn.end : mn.end + 1] in (":", "：") and mn.key not in gazetteer().common_shorts
    )


@dataclass(frozen=True)
class Zone:
    """A span of the normalised text where a name counts *weight* times (see subject_weights.csv)."""

    start: int
    end: int
    weight: float
    kind: str  # the row of subject_weights.csv: session_place, title_line, speaker_line …


def zones_of(
    norm: str,
    lines: list[str],
    titles: list[str],
    session_place: tuple[int, int] | None,
    is_chrome: IsChrome,
    w: SubjectWeights,
) -> list[Zone]:
    """Where a name counts for more than running text: the session place, the first three title
    lines, short speaker lines and chrome lines (with their publisher field) near the top, the
    lines that sign the report at its end, and the unit of 我代表…人民政府."""
    zones: list[Zone] = []
    if session_place:
        zones.append(Zone(session_place[0], session_place[1], w.session_place, "session_place"))
    for s, e in _spans_of_lines(norm, titles[:3]):
        zones.append(Zone(s, e, w.title_line, "title_line"))
    head_end = min(len(norm), 3000)
    pos = 0
    for i, ln in enumerate(lines[:40]):
        k = norm.find(ln, pos) if ln else -1
        if k < 0 or k > head_end:
            continue
        pos = k + len(ln)
        # a sentence naming an office (县委书记带队赴浏阳市考察。) is running text, not a speaker line
        if len(ln) <= 60 and "。" not in ln and _SPEAKER.search(ln) and not TITLE_KEY.search(ln):
            zones.append(Zone(k, k + len(ln), w.speaker_line, "speaker_line"))
        elif i < 8 and (title_byline(lines, i, titles) or issuer_above_title(lines, i, titles)):
            # the issuers under the title (or on the first line, above it) sign it as at its end
            zones.append(Zone(k, k + len(ln), w.signature, "signature"))
        elif is_chrome(ln):
            sm = _SOURCE.search(ln)
            if sm:
                zones.append(Zone(k + sm.start("s"), k + sm.end("s"), w.publisher, "publisher"))
            zones.append(Zone(k, k + len(ln), w.chrome_line, "chrome_line"))
    for s, e in signature_spans(norm):
        zones.append(Zone(s, e, w.signature, "signature"))
    for m in _WE_REPRESENT.finditer(norm, 0, min(len(norm), 8000)):
        zones.append(Zone(m.start("s"), m.end("s"), w.we_represent, "we_represent"))
    return zones


def zone_of(m: Mention, zones: list[Zone]) -> Zone | None:
    """The strongest zone that holds mention *m* (None in running text); of two as strong, one where
    a report names itself (a signer's line at the end of a short text is a speaker line too)."""
    best: Zone | None = None
    for z in zones:
        if (
            z.start <= m.start
            and m.end <= z.end
            and (
                best is None
                or z.weight > best.weight
                or (z.weight == best.weight and z.kind in OWN_ZONES and best.kind not in OWN_ZONES)
            )
        ):
            best = z
    return best


#: Zones where a report names itself (not a speaker's office or a page's publisher, which may be
#: a higher level's: 安康市副市长 at a county's meeting, a county report on the city's portal).
OWN_ZONES = ("session_place", "title_line", "we_represent", "signature")


def _after_parent(prev: Mention | None, mn: Mention) -> bool:
    """Does *mn* follow a mention of a division that contains it (湖北省汉阳区)?"""
    g = gazetteer()
    return (
        prev is not None
        and prev.end == mn.start
        and any(g.contains(p, d) for p in prev.divisions for d in mn.divisions if p.rank < d.rank)
    )


def _confirmed_short(mn: Mention, norm: str, named: set[str], unit: str) -> bool:
    """Does the text confirm a short county name: followed by its own unit word (民和县 for
    民和回族土族自治县), or, unless it is an ordinary word too (the stop list), its prefecture named
    in the text and the report's own unit word fits it (全县 … 黔东南州 … 黎平)?"""
    g = gazetteer()
    if mn.is_full or not all(d.rank == COUNTY for d in mn.short):
        return False
    nxt = norm[mn.end : mn.end + 1]
    if nxt and any(d.name.endswith(nxt) for d in mn.short) and nxt in COUNTY_UNIT_CHARS:
        return True
    if mn.key in g.common_shorts:  # an ordinary word too (同心, 东方): only its unit word confirms it
        return False
    for d in mn.short:
        pref = g.prefecture_of(d)
        if pref is not None and pref.code in named and unit and compatible(d, unit):
            return True
    return False


def weigh_mentions(
    norm: str,
    mentions: list[Mention],
    zones: list[Zone],
    phrase_hits: list[PhraseHit],
    w: SubjectWeights,
    unit: str = "",
    lead: tuple[int, int] | None = None,
) -> Evidence:
    """Evidence from every mention by the zone it stands in; in running text only a mention that
    reads as the division (or follows its parent) counts. Names inside province set phrases
    (视察龙江 …) do not count. A full name right after its parent or opening a title in 《》
    counts more than one in running text; a short name the text confirms (:func:`_confirmed_short`;
    *unit* is the report's own unit word) counts as much as a full name, stop list or not."""
    g = gazetteer()
    ev = Evidence(w.short_name)
    masked = [span for span, _ in phrase_hits]
    named = {d.code for m in mentions for d in m.divisions if d.rank == PREFECTURE}
    figures_of = figure_subject(norm, mentions, unit)
    closing_of = closing_subject(norm, mentions, unit)
    lead_of = lead_subject(norm, mentions, lead)
    prev: Mention | None = None
    chain: Mention | None = None  # the first name of a run of names each inside the one before
    for mn in mentions:
        if (masked and any(s <= mn.start < e for s, e in masked)) or _MEDIA_OUTLET.match(norm, mn.end):
            if _county_outlet(norm, mn):  # 宁陕县融媒体中心: a county's own outlet tells of it
                ev.add(mn, w.county_outlet, strong=False)
            prev = chain = None  # (a province set phrase; a news outlet's name: 岳阳日报, 岳阳网讯)
            continue
        zone = zone_of(mn, zones)
        weight = zone.weight if zone else 0.0
        after_parent = _after_parent(prev, mn)
        if after_parent and prev is not None and len(mn.divisions) > 1:
            mn = inside(mn, prev)  # 阳泉市城区: the 城区 of 阳泉市, not the others of that name
        chain = (chain or prev) if after_parent else None
        # 赴浙江省安吉县考察, 安吉县援助资金, 与广州市白云区结对: another region than the report's; its
        # province places it (not the report), and its parent does not tell the report's own 白云区 apart
        other = not weight and other_region(norm, chain or mn, mn)
        if chain is not None and any(d.rank >= COUNTY for d in mn.divisions):
            for p in chain.divisions:
                if p.rank == PROVINCE:
                    ev.placing[p.code] = ev.placing.get(p.code, 0) + 1.0 / len(chain.divisions)
        if weight:
            # a headline led by the name and a colon (岚皋:魔芋产业…) reads no name across two words
            lead_colon = zone is not None and zone.kind == "title_line" and _place_colon(norm, zone, mn)
            if (unsupported_short(mn, norm, named) and not lead_colon) or (
                two_char_in_words(mn, norm, zone=True) and not after_parent
            ):
                prev = mn
                continue
            if zone is not None and zone.kind == "title_line" and visited_before(norm, chain or mn):
                prev = mn  # 赴浏阳市学习考察情况的报告: the place visited, not the report's
                continue
            ev.add(mn, weight, strong=weight >= w.strong_zone)
            if zone is not None and zone.kind in OWN_ZONES:
                for d in mn.divisions:
                    ev.own_zone[d.code] = max(ev.own_zone.get(d.code, 0), weight)
            nxt = norm[mn.end : mn.end + 1]
            if (
                not mn.is_full
                and weight >= w.renaming_zone
                and nxt in COUNTY_UNIT_CHARS
                and mn.key + nxt not in g.full_index
            ):
                for d in mn.short:
                    if d.rank == COUNTY:
                        ev.renamed[d.code] = mn.key + nxt
        elif other:
            pass
        elif _confirmed_short(mn, norm, named, unit) and not AFTER_SHORT_BAD.match(norm[mn.end : mn.end + 2]):
            ev.add(mn, w.running_text, strong=False, short_factor=w.short_confirmed)
        elif closing_of and closing_county(mn) == closing_of and _closing_call(norm, mn):
            # 奋力谱写【佳县】…新篇章: a two-character name too; a short name (【阳谷】) as much as a full one
            ev.add(mn, w.closing_call, strong=False, short_factor=w.short_confirmed)
        elif after_parent or (body_ok(mn, norm) and not unsupported_short(mn, norm, named)):
            if mn.is_full and after_parent:
                weight = w.after_parent
            elif mn.is_full and norm[mn.start - 1 : mn.start] == "《":
                weight = w.policy_title
            elif figures_of and mn.full[:1] and mn.full[0].code == figures_of:
                weight = w.figure_subject
            elif (
                lead_of
                and lead is not None
                and lead[0] <= mn.start < lead[1]
                and mn.full[:1]
                and mn.full[0].code == lead_of
            ):
                weight = w.news_lead
            elif (
                mn.is_full and len(mn.full) == 1 and mn.full[0].rank == COUNTY and _OFFICIAL_QUOTED.match(norm, mn.end)
            ):
                weight = w.official_quoted
            else:
                weight = w.running_text
            ev.add(mn, weight, strong=False)
        if after_parent and not other:
            for d in mn.divisions:
                if prev is not None and any(g.contains(p, d) for p in prev.divisions if p.rank < d.rank):
                    ev.adjacent[d.code] = ev.adjacent.get(d.code, 0) + 1
        prev = mn
    return ev


def weigh_hints(ev: Evidence, hints: TextHints, w: SubjectWeights) -> set[str]:
    """The page's own title and source (hints) are strong zones too; returns the unit words of the
    partly masked names they print (X宁县 → 县), which name no unit."""
    partial: set[str] = set()
    for text, weight in ((hints.title, w.hint_title), (hints.source, w.hint_source)):
        if text:
            norm = normalise_for_recognition(text)
            visited: Mention | None = None  # a place the title names as visited, and the names inside it
            for mn in find_mentions(norm):
                if after_mask(norm, mn):
                    partial.update(d.suffix for d in mn.divisions)
                    continue
                if text is hints.title and (
                    visited_before(norm, mn) or (visited is not None and _after_parent(visited, mn))
                ):
                    visited = mn  # 赴浙江省嘉善县考察学习: neither name is the report's
                    continue
                visited = None
                if not _MEDIA_OUTLET.match(norm, mn.end):  # 来源:岳阳日报 names where it was published
                    ev.add(mn, weight, strong=True)
                elif text is hints.source and _county_outlet(norm, mn):
                    ev.add(mn, w.county_outlet, strong=False)  # 来源:宁陕县融媒体中心: as in running text
    return partial
