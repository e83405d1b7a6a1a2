"""Subject: whose report it is — region, level, and the division that gives its code.

Every division mention (:mod:`govkit.text.division_mentions`) is weighed by *where* it stands
(:mod:`govkit.text.subject_evidence` gathers that evidence; this module decides from it):
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

from dataclasses import dataclass

from govkit.facts.cues import cue
from govkit.text.chrome import IsChrome
from govkit.text.division_mentions import (
    TOWN_DESC,
    Mention,
    PhraseHit,
    compatible,
    find_mentions,
    is_masked,
    mask_count,
    masked_units,
    partly_masked,
    province_votes,
    town_ok,
    towns_in,
)
from govkit.text.hints import TextHints
from govkit.text.normalise import normalise_for_recognition
from govkit.text.openings import finditer_opening
from govkit.text.regions import (
    COUNTY,
    MUNICIPALITIES,
    PREFECTURE,
    PROVINCE,
    TOWNSHIP_SUFFIXES,
    Division,
    gazetteer,
)
from govkit.text.subject_evidence import Evidence, Zone, news_lead, weigh_hints, weigh_mentions, zones_of
from govkit.text.subject_weights import SubjectWeights, subject_weights


@dataclass
class Subject:
    region: str = ""
    level: str = ""
    division: Division | None = None  # the unit whose code is the adcode
    context: Division | None = None  # a unit above it (prefecture/province only, no code)
    anonymised: bool = False
    ambiguous: bool = False
    renamed: bool = False  # named with a unit word cpca does not have (撤县设市): no code


_TITLE_SCOPE = cue("subject", "title_scope")


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
    zones = zones_of(norm, lines, titles, session_place, is_chrome, w)
    votes = dict(votes)
    for t in titles[:1]:
        sm = _TITLE_SCOPE.search(t)
        if sm:  # 在全县…会议上的讲话: the meeting's scope is the speech's own unit
            votes[sm.group("u")] = votes.get(sm.group("u"), 0) + w.self_strong
    unit, town_level = _own_level(votes, w)
    # a partly masked name (X宁县, *丰县, 某义县) names no unit: its tail is not the unit of that name
    mentions, partial_units = partly_masked(norm, mentions)
    lead = news_lead(norm, titles[:1])
    ev = weigh_mentions(norm, mentions, zones, phrase_hits, w, "" if town_level else unit, lead)
    partial_units |= weigh_hints(ev, hints, w)
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


def _own_level(votes: dict[str, float], w: SubjectWeights) -> tuple[str, bool]:
    """The report's own unit word (县, 区, 镇 …; ``""`` without votes), and whether it is a township's."""
    unit = max(votes, key=votes.__getitem__) if votes else ""
    total = sum(votes.values()) or 1.0
    return unit, unit in TOWNSHIP_SUFFIXES and votes[unit] / total >= w.town_level_share


def _rank(ev: Evidence, unit: str, town_level: bool, w: SubjectWeights) -> list[str]:
    """Codes of the county- and prefecture-level candidates, best first; a candidate whose level
    the report's own unit word does not fit counts for less."""
    g = gazetteer()
    candidates = [c for c in ev.score if g.by_code[c].rank != PROVINCE]
    return sorted(candidates, key=lambda c: (-_adjusted(c, ev, "" if town_level else unit, w), c))


def _adjusted(code: str, ev: Evidence, unit: str, w: SubjectWeights) -> float:
    """The score of candidate *code*, less when the report's own unit word *unit* does not fit it."""
    s = ev.score[code]
    if unit:
        s *= 1.0 if compatible(gazetteer().by_code[code], unit) else w.other_level_factor
    return s


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
    runner = ranked[1] if len(ranked) > 1 else None
    if (
        runner is not None
        and not strong
        and _adjusted(runner, ev, unit, w) == _adjusted(top, ev, unit, w)
        and g.by_code[runner].name != d.name
        and g.by_code[runner].short != d.short
    ):
        return None  # units named as much as each other (宁陕县、石泉县、汉阴县 in a city's story): none is its
    # a name held by several units (普陀区), or a short name (山阳: 山阳县, 山阳区) they were named by alone
    # a name held by several units (普陀区), or a short name held by several (山阳: 山阳县, 山阳区) that
    # named them alone, as much each: only their context (prefecture, province) tells them apart
    same = [
        c
        for c in ranked
        if g.by_code[c].name == d.name
        or (top not in ev.full_named and g.by_code[c].short == d.short and ev.score[c] == ev.score[top])
    ]
    if len(same) > 1:
        scored = sorted(same, key=lambda c: _context_score(c, ev, w), reverse=True)
        if _context_score(scored[0], ev, w) > _context_score(scored[1], ev, w):
            d = g.by_code[scored[0]]
        elif any(g.by_code[c].name != d.name for c in same):
            # no context tells which is meant: the short name as printed, no unit guessed
            return Subject(region=d.short, level=d.level, ambiguous=True)
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
