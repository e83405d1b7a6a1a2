"""Subject: whose report it is — region, level, and the division that gives its code.

Every division mention (:mod:`govkit.text.division_mentions`) is weighed by *where* it stands:
the NPC session line (``——2020年12月30日在会同县第十七届人民代表大会…``), title lines, speaker
and ``我代表…人民政府`` lines, publisher lines, then running text; the page's own title and
source (hints) count like title and publisher lines. The report's own level (全县/我县/县人民政府县长
vs 全镇/我镇 …) favours candidates of that level. Townships are not in cpca: they are read from the
session line, the title or a sentence describing the town, and their county from the other names
in the text. A province-level unit's own report (a province, an autonomous region, a
municipality: named where the report names itself, its own unit word 省/区/市) is that unit's. A
report whose county is masked (某县, X县, **县) or never named is ``anonymised``; :func:`govkit.text.locate.locate`
then fills its province only from a title naming it or from set phrases (来陕考察, 视察龙江 …) and
province-specific terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkit.facts.cues import cue
from govkit.text.chrome import IsChrome
from govkit.text.dates import signature_spans
from govkit.text.division_mentions import (
    AFTER_SHORT_BAD,
    TOWN_DESC,
    Mention,
    PhraseHit,
    after_mask,
    body_ok,
    compatible,
    find_mentions,
    inside,
    is_masked,
    mask_count,
    masked_units,
    other_region,
    partly_masked,
    province_votes,
    town_ok,
    towns_in,
    two_char_in_words,
    unsupported_short,
    visited_before,
)
from govkit.text.hints import TextHints
from govkit.text.normalise import normalise_for_recognition
from govkit.text.openings import finditer_opening
from govkit.text.regions import (
    COUNTY,
    COUNTY_UNIT_CHARS,
    MUNICIPALITIES,
    PREFECTURE,
    PROVINCE,
    TOWNSHIP_SUFFIXES,
    Division,
    gazetteer,
)
from govkit.text.subject_weights import SubjectWeights, subject_weights
from govkit.text.title import TITLE_KEY


@dataclass
class Subject:
    region: str = ""
    level: str = ""
    division: Division | None = None  # the unit whose code is the adcode
    context: Division | None = None  # a unit above it (prefecture/province only, no code)
    anonymised: bool = False
    ambiguous: bool = False
    renamed: bool = False  # named with a unit word cpca does not have (撤县设市): no code


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
_TITLE_SCOPE = cue("subject", "title_scope")
_MEDIA_OUTLET = cue("subject", "media_outlet")


@dataclass(frozen=True)
class Zone:
    """A span of the normalised text where a name counts *weight* times (see subject_weights.csv)."""

    start: int
    end: int
    weight: float
    kind: str  # the row of subject_weights.csv: session_place, title_line, speaker_line …


def find_subject(
    norm: str,
    lines: list[str],
    titles: list[str],
    hints: TextHints,
    session_place: tuple[int, int] | None,
    mentions: list[Mention],
    votes: dict[str, float],
    phrase_hits: list[PhraseHit],
    is_chrome: IsChrome,
) -> tuple[Subject, Evidence]:
    """Whose report it is (see the module docstring), and the evidence it was decided on.

    *lines* are the top lines and *titles* the title lines of *norm*; *votes* are those of
    :func:`~govkit.text.division_mentions.self_level`; *phrase_hits* the province set phrases.
    """
    w = subject_weights()
    zones = _zones(norm, lines, titles, session_place, is_chrome, w)
    votes = dict(votes)
    for t in titles[:1]:
        sm = _TITLE_SCOPE.search(t)
        if sm:  # 在全县…会议上的讲话: the meeting's scope is the speech's own unit
            votes[sm.group("u")] = votes.get(sm.group("u"), 0) + w.self_strong
    unit, town_level = _own_level(votes, w)
    # a partly masked name (X宁县, *丰县, 某义县) names no unit: its tail is not the unit of that name
    mentions, partial_units = partly_masked(norm, mentions)
    ev = _weigh_mentions(norm, mentions, zones, phrase_hits, w, "" if town_level else unit)
    partial_units |= _weigh_hints(ev, hints, w)
    ranked = _rank(ev, unit, town_level, w)
    town = _township(norm, mentions, zones, hints, town_level, w)
    if town:
        return _township_subject(town, ranked, ev, w), ev
    title_text = " ".join(titles[:3]) + " " + hints.title
    if unit and unit in masked_units(title_text + "\n" + norm[:400]) | partial_units:
        # a masked unit's report, its own unit word the mask's (临泉县XX镇2023年工作总结 … 全镇,
        # 阜阳市XX县 … 全县, 庆阳市X宁县 … 全县): not that of the unit named above it
        return Subject(level="anonymised", anonymised=True), ev
    anonymised = (
        is_masked(title_text) or is_masked(norm[:400]) or bool(partial_units) or mask_count(norm) >= w.masks_anonymised
    )
    subj = None if anonymised else _province_subject(ev, unit, votes, province_votes(norm), w)
    if subj is None:
        subj = _division_subject(ranked, ev, unit, anonymised, w)
    if subj is None:
        subj = Subject(level="anonymised", anonymised=True)
    return subj, ev


def _zones(
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
    for ln in lines[:40]:
        k = norm.find(ln, pos) if ln else -1
        if k < 0 or k > head_end:
            continue
        pos = k + len(ln)
        # a sentence naming an office (县委书记带队赴浏阳市考察。) is running text, not a speaker line
        if len(ln) <= 60 and "。" not in ln and _SPEAKER.search(ln) and not TITLE_KEY.search(ln):
            zones.append(Zone(k, k + len(ln), w.speaker_line, "speaker_line"))
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


def _zone_of(m: Mention, zones: list[Zone]) -> Zone | None:
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
                or (z.weight == best.weight and z.kind in _OWN_ZONES and best.kind not in _OWN_ZONES)
            )
        ):
            best = z
    return best


#: Zones where a report names itself (not a speaker's office or a page's publisher, which may be
#: a higher level's: 安康市副市长 at a county's meeting, a county report on the city's portal).
_OWN_ZONES = ("session_place", "title_line", "we_represent", "signature")


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


def _weigh_mentions(
    norm: str,
    mentions: list[Mention],
    zones: list[Zone],
    phrase_hits: list[PhraseHit],
    w: SubjectWeights,
    unit: str = "",
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
    prev: Mention | None = None
    chain: Mention | None = None  # the first name of a run of names each inside the one before
    for mn in mentions:
        if any(s <= mn.start < e for s, e in masked) or _MEDIA_OUTLET.match(norm, mn.end):
            prev = chain = None  # (a province set phrase; a news outlet's name: 岳阳日报, 岳阳网讯)
            continue
        zone = _zone_of(mn, zones)
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
            if unsupported_short(mn, norm, named) or (two_char_in_words(mn, norm, zone=True) and not after_parent):
                prev = mn
                continue
            if zone is not None and zone.kind == "title_line" and visited_before(norm, chain or mn):
                prev = mn  # 赴浏阳市学习考察情况的报告: the place visited, not the report's
                continue
            ev.add(mn, weight, strong=weight >= w.strong_zone)
            if zone is not None and zone.kind in _OWN_ZONES:
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
        elif after_parent or (body_ok(mn, norm) and not unsupported_short(mn, norm, named)):
            if mn.is_full and after_parent:
                weight = w.after_parent
            elif mn.is_full and norm[mn.start - 1 : mn.start] == "《":
                weight = w.policy_title
            else:
                weight = w.running_text
            ev.add(mn, weight, strong=False)
        if after_parent and not other:
            for d in mn.divisions:
                if prev is not None and any(g.contains(p, d) for p in prev.divisions if p.rank < d.rank):
                    ev.adjacent[d.code] = ev.adjacent.get(d.code, 0) + 1
        prev = mn
    return ev


def _weigh_hints(ev: Evidence, hints: TextHints, w: SubjectWeights) -> set[str]:
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
    return partial


def _own_level(votes: dict[str, float], w: SubjectWeights) -> tuple[str, bool]:
    """The report's own unit word (县, 区, 镇 …; ``""`` without votes), and whether it is a township's."""
    unit = max(votes, key=votes.__getitem__) if votes else ""
    total = sum(votes.values()) or 1.0
    return unit, unit in TOWNSHIP_SUFFIXES and votes[unit] / total >= w.town_level_share


def _rank(ev: Evidence, unit: str, town_level: bool, w: SubjectWeights) -> list[str]:
    """Codes of the county- and prefecture-level candidates, best first; a candidate whose level
    the report's own unit word does not fit counts for less."""
    g = gazetteer()

    def adjusted(code: str) -> float:
        s = ev.score[code]
        if unit and not town_level:
            s *= 1.0 if compatible(g.by_code[code], unit) else w.other_level_factor
        return s

    candidates = [c for c in ev.score if g.by_code[c].rank != PROVINCE]
    return sorted(candidates, key=lambda c: (-adjusted(c), c))


_TOWN_ZONES = ("session_place", "title_line", "speaker_line", "we_represent", "signature")


def _township(
    norm: str, mentions: list[Mention], zones: list[Zone], hints: TextHints, town_level: bool, w: SubjectWeights
) -> str:
    """The township whose report it is, or ``""``: a township name at the start of the session
    place, a title, speaker, 我代表 or signature line, or right after a division name in it (巴中市恩阳区双胜镇,
    儋州市木棠镇), or in the page's own title; for a township's report also a sentence describing
    a town. The best one counts if it is strong or the report's own unit word is a township's."""
    town_weight = {
        "session_place": w.town_session_place,
        "title_line": w.town_title_line,
        "speaker_line": w.town_speaker_line,
        "we_represent": w.town_speaker_line,
        "signature": w.town_speaker_line,
    }
    spans: list[tuple[str, list[Mention], int, int, float]] = [
        (norm, mentions, z.start, z.end, town_weight[z.kind]) for z in zones if z.kind in _TOWN_ZONES
    ]
    if hints.title:
        ht = normalise_for_recognition(hints.title)
        spans.append((ht, find_mentions(ht), 0, len(ht), w.town_title_line))
    towns: list[tuple[str, float]] = []
    for txt, ms, s, e, weight in spans:
        for t in towns_in(txt, s, e, ms):
            towns.append((t, weight))
    if town_level:
        for tm in finditer_opening(TOWN_DESC, norm):
            if town_ok(tm.group("t")):
                towns.append((tm.group("t"), w.town_description))
    if not towns:
        return ""
    best, weight = max(towns, key=lambda t: t[1])
    return best if weight >= w.town_strong or town_level else ""


def _township_subject(town: str, ranked: list[str], ev: Evidence, w: SubjectWeights) -> Subject:
    """A township's report: its parent is the best county named (or a prefecture without
    counties); without one, a prefecture named strongly beside it gives its prefecture and province."""
    g = gazetteer()
    subj = Subject(region=town, level="township")
    parent = next((c for c in ranked if g.by_code[c].rank == COUNTY and ev.score[c] >= w.parent_min_score), None)
    if parent is None:
        parent = next(
            (
                c
                for c in ranked
                if g.by_code[c].rank == PREFECTURE
                and not g.has_counties(g.by_code[c])
                and ev.score[c] >= w.parent_min_score
            ),
            None,
        )
    if parent:
        subj.division = g.by_code[parent]
    else:
        pref = next(
            (
                c
                for c in ranked
                if g.by_code[c].rank == PREFECTURE and ev.strong.get(c, 0) >= w.prefecture_context_strong
            ),
            None,
        )
        if pref:
            subj.context = g.by_code[pref]
    return subj


def _province_subject(
    ev: Evidence, unit: str, votes: dict[str, float], own_province: float, w: SubjectWeights
) -> Subject | None:
    """A province's own report (湖南省2022年政府工作报告, ——在湖南省第十三届人民代表大会…, 全省…): one
    province named where a report names itself (title, session place, 我代表…, signature), no unit
    below it named there, and the report's own unit word the province's: 省 (*own_province*, the votes
    of :func:`~govkit.text.division_mentions.province_votes`) ahead of every other unit word, 区 for
    an autonomous region (全区, 自治区人民政府), 市 for a municipality (全市). A county report that
    names its province (湖南省桃源县, 全省排名) names itself in those places too, and says 全县."""
    g = gazetteer()
    own = [(c, z) for c, z in ev.own_zone.items() if z >= w.accept_strong]
    if any(g.by_code[c].rank != PROVINCE for c, _ in own):
        return None
    provinces = [c for c, _ in own]
    if len(provinces) != 1:
        return None
    d = g.by_code[provinces[0]]
    if d.code[:2] in MUNICIPALITIES:
        fits = unit == "市"
    elif d.name.endswith("自治区"):
        fits = unit == "区"
    else:
        fits = d.name.endswith("省") and own_province > max(votes.values(), default=0.0)
    return Subject(region=d.name, level=d.level, division=d) if fits else None


def _division_subject(
    ranked: list[str], ev: Evidence, unit: str, anonymised: bool, w: SubjectWeights
) -> Subject | None:
    """The best candidate, if accepted: enough evidence, strong evidence when the report looks
    anonymised or its own unit word does not fit. Divisions of the same name are told apart by
    their context, else the subject is ambiguous (no code). None: no subject (anonymised)."""
    g = gazetteer()
    top = ranked[0] if ranked else None
    if top is None:
        return None
    strong = ev.strong.get(top, 0) >= w.accept_strong
    accepted = strong or ev.score.get(top, 0) >= w.accept_score
    # a unit the report's own unit word does not fit needs a zone where the report names itself
    fits = not unit or compatible(g.by_code[top], unit) or ev.own_zone.get(top, 0) >= w.accept_strong
    if not (accepted and (not anonymised or strong) and fits):
        return None
    subj = Subject()
    d = g.by_code[top]
    same = [c for c in ranked if g.by_code[c].name == d.name]
    if len(same) > 1:
        scored = sorted(same, key=lambda c: _context_score(c, ev, w), reverse=True)
        if _context_score(scored[0], ev, w) > _context_score(scored[1], ev, w):
            d = g.by_code[scored[0]]
        else:
            subj.ambiguous = True
    subj.region = d.name
    subj.level = d.level
    subj.division = d
    if d.code in ev.renamed and d.code not in ev.full_strong:
        subj.region = ev.renamed[d.code]
        subj.renamed = True
    return subj


def _context_score(code: str, ev: Evidence, w: SubjectWeights) -> float:
    """How much the text speaks of the surroundings of division *code*: mentions right after its
    parent, mentions of its prefecture and of its province."""
    g = gazetteer()
    d = g.by_code[code]
    pref, prov = g.prefecture_of(d), g.province_of(d)
    v = ev.adjacent.get(code, 0) * w.same_name_adjacent
    if pref and pref.code != d.code:
        v += w.same_name_prefecture * ev.context.get(pref.code, 0)
    if prov:
        v += w.same_name_province * ev.context.get(prov.code, 0)
    return v
