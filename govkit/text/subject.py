"""Subject: whose report it is — region, level, and the division that gives its code.

Every division mention (:mod:`govkit.text.division_mentions`) is weighed by *where* it stands:
the NPC session line (``——2020年12月30日在会同县第十七届人民代表大会…``), title lines, speaker
and ``我代表…人民政府`` lines, publisher lines, then running text; the page's own title and
source (hints) count like title and publisher lines. The report's own level (全县/我县/县人民政府县长
vs 全镇/我镇 …) favours candidates of that level. Townships are not in cpca: they are read from the
session line, the title or a sentence describing the town, and their county from the other names
in the text. A report whose county is masked (某县, X县, **县) or never named is ``anonymised``;
:func:`locate` then fills its province only from a title naming it or from set phrases (来陕考察,
视察龙江 …) and province-specific terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkit.text.chrome import IsChrome
from govkit.text.division_mentions import (
    TOWN_DESC,
    Mention,
    PhraseHit,
    body_ok,
    compatible,
    cue_province,
    find_mentions,
    is_masked,
    mask_count,
    town_ok,
    towns_in,
)
from govkit.text.normalise import normalise_for_recognition
from govkit.text.openings import finditer_opening
from govkit.text.regions import COUNTY, PREFECTURE, PROVINCE, Division, gazetteer
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

    def __init__(self) -> None:
        self.score: dict[str, float] = {}
        self.strong: dict[str, float] = {}
        self.context: dict[str, float] = {}
        self.adjacent: dict[str, float] = {}
        self.zone_max: dict[str, float] = {}  # the strongest zone a unit was named in
        self.full_strong: set[str] = set()  # named by its full name in a strong zone
        self.renamed: dict[str, str] = {}  # 邵东 + 市 where cpca has 邵东县: the name as written

    def add(self, m: Mention, weight: float, strong: bool) -> None:
        divs = m.divisions
        w = weight * (1.0 if m.is_full else 0.5) / len(divs)
        for d in divs:
            self.score[d.code] = self.score.get(d.code, 0) + w
            self.zone_max[d.code] = max(self.zone_max.get(d.code, 0), weight)
            if strong:
                self.strong[d.code] = self.strong.get(d.code, 0) + w
                if m.is_full:
                    self.full_strong.add(d.code)
            self.context[d.code] = self.context.get(d.code, 0) + 1.0 / len(divs)


def _spans_of_lines(norm: str, lines: list[str]) -> list[tuple[int, int]]:
    out = []
    for ln in lines:
        k = norm.find(ln[:20]) if ln else -1
        if k >= 0:
            out.append((k, k + len(ln)))
    return out


_SPEAKER = re.compile(
    r"人民政府(?:代理?|副)?(?:县|区|市|旗|镇|乡)长|县长|区长|市长|旗长|镇长|乡长|发展和改革局|局长|党委|提名人选"
)
_SOURCE = re.compile(r"(?:来源|发布机构|主办单位|供稿|信息来源)\s*:\s*(?P<s>[^\s|]{2,30})")
_WE_REPRESENT = re.compile(r"我代表(?P<s>[^\n,。]{1,20}?)人民政府")


def find_subject(
    norm: str,
    lines: list[str],
    titles: list[str],
    hints: dict,
    session_place: tuple[int, int] | None,
    mentions: list[Mention],
    votes: dict[str, float],
    phrase_hits: list[PhraseHit],
    is_chrome: IsChrome,
) -> tuple[Subject, Evidence]:
    g = gazetteer()
    ev = Evidence()
    head_end = min(len(norm), 3000)

    # zones (spans in norm) with weights
    zones: list[tuple[int, int, float]] = []
    if session_place:
        zones.append((session_place[0], session_place[1], 30.0))
    title_spans = _spans_of_lines(norm, titles[:3])
    for s, e in title_spans:
        zones.append((s, e, 20.0))
    pos = 0
    for ln in lines[:40]:
        k = norm.find(ln, pos) if ln else -1
        if k < 0 or k > head_end:
            continue
        pos = k + len(ln)
        if len(ln) <= 60 and _SPEAKER.search(ln) and not TITLE_KEY.search(ln):
            zones.append((k, k + len(ln), 10.0))
        elif is_chrome(ln):
            sm = _SOURCE.search(ln)
            if sm:
                zones.append((k + sm.start("s"), k + sm.end("s"), 8.0))
            zones.append((k, k + len(ln), 3.0))
    for m in _WE_REPRESENT.finditer(norm, 0, min(len(norm), 8000)):
        zones.append((m.start("s"), m.end("s"), 10.0))

    # cue phrases (视察龙江 …) are not mentions of a county
    masked = [span for span, _ in phrase_hits]

    def zone_weight(m: Mention) -> float:
        best = 0.0
        for s, e, w in zones:
            if s <= m.start and m.end <= e and w > best:
                best = w
        return best

    prev: Mention | None = None
    for mn in mentions:
        if any(s <= mn.start < e for s, e in masked):
            prev = None
            continue
        w = zone_weight(mn)
        after_parent = (
            prev is not None
            and prev.end == mn.start
            and any(g.contains(p, d) for p in prev.divisions for d in mn.divisions if p.rank < d.rank)
        )
        if w:
            if not mn.is_full and all(d.rank == COUNTY for d in mn.short) and mn.key in g.common_shorts:
                prev = mn
                continue
            ev.add(mn, w, strong=w >= 8)
            nxt = norm[mn.end : mn.end + 1]
            if not mn.is_full and w >= 10 and nxt in "县区市旗" and mn.key + nxt not in g.full_index:
                for d in mn.short:
                    if d.rank == COUNTY:
                        ev.renamed[d.code] = mn.key + nxt
        elif after_parent or body_ok(mn, norm):
            ev.add(mn, 1.0, strong=False)
        if after_parent:
            for d in mn.divisions:
                if prev is not None and any(g.contains(p, d) for p in prev.divisions if p.rank < d.rank):
                    ev.adjacent[d.code] = ev.adjacent.get(d.code, 0) + 1
        prev = mn

    # hints (title from HTML, source) are strong zones too
    for text, w in ((hints.get("title") or "", 20.0), (hints.get("source") or "", 8.0)):
        if text:
            for mn in find_mentions(normalise_for_recognition(str(text))):
                ev.add(mn, w, strong=True)

    # the report's own level
    unit = max(votes, key=votes.__getitem__) if votes else ""
    total = sum(votes.values()) or 1.0
    town_level = unit in ("镇", "乡", "街道") and votes[unit] / total >= 0.4

    # township candidates: at the start of a session place / title / speaker line, or right after
    # a division name in it (巴中市恩阳区双胜镇, 儋州市木棠镇)
    towns: list[tuple[str, float]] = []
    spans: list[tuple[str, list[Mention], int, int, float]] = []
    if session_place:
        spans.append((norm, mentions, session_place[0], session_place[1], 40.0))
    for s, e in title_spans:
        spans.append((norm, mentions, s, e, 20.0))
    for s, e, w in zones:
        if w == 10.0:
            spans.append((norm, mentions, s, e, 10.0))
    if hints.get("title"):
        ht = normalise_for_recognition(str(hints["title"]))
        spans.append((ht, find_mentions(ht), 0, len(ht), 20.0))
    for txt, ms, s, e, w in spans:
        for t in towns_in(txt, s, e, ms):
            towns.append((t, w))
    if town_level:
        for tm in finditer_opening(TOWN_DESC, norm):
            if town_ok(tm.group("t")):
                towns.append((tm.group("t"), 5.0))

    # rank county/city candidates
    def adjusted(code: str) -> float:
        d = g.by_code[code]
        s = ev.score[code]
        if d.rank == PROVINCE:
            return s * 0.1
        if unit and not town_level:
            s *= 1.0 if compatible(d, unit) else 0.3
        return s

    ranked = sorted(ev.score, key=lambda c: (-adjusted(c), c))
    ranked = [c for c in ranked if g.by_code[c].rank != PROVINCE]

    def accepted(code: str) -> bool:
        return ev.strong.get(code, 0) >= 8 or ev.score.get(code, 0) >= 2

    title_text = " ".join(titles[:3]) + " " + str(hints.get("title") or "")
    anon_marker = is_masked(title_text) or is_masked(norm[:400]) or mask_count(norm) >= 3

    subj = Subject()
    town = ""
    if towns:
        best_t = max(towns, key=lambda t: t[1])
        strong_town = best_t[1] >= 20 or town_level
        if strong_town:
            town = best_t[0]
    if town:
        subj.region, subj.level = town, "township"
        parent = next((c for c in ranked if g.by_code[c].rank == COUNTY and ev.score[c] >= 1), None)
        if parent is None:
            parent = next(
                (
                    c
                    for c in ranked
                    if g.by_code[c].rank == PREFECTURE and not g.has_counties(g.by_code[c]) and ev.score[c] >= 1
                ),
                None,
            )
        if parent:
            subj.division = g.by_code[parent]
        else:  # a prefecture named beside the township gives its prefecture and province
            pref = next((c for c in ranked if g.by_code[c].rank == PREFECTURE and ev.strong.get(c, 0) >= 8), None)
            if pref:
                subj.context = g.by_code[pref]
        return subj, ev
    top = ranked[0] if ranked else None
    if (
        top
        and accepted(top)
        and (not anon_marker or ev.strong.get(top, 0) >= 8)
        and (not unit or compatible(g.by_code[top], unit) or ev.strong.get(top, 0) >= 8)
    ):
        d = g.by_code[top]
        # duplicates of the same name: pick by context, else leave the code blank
        same = [c for c in ranked if g.by_code[c].name == d.name]
        if len(same) > 1:

            def ctx(c: str) -> float:
                dd = g.by_code[c]
                pref, prov = g.prefecture_of(dd), g.province_of(dd)
                v = ev.adjacent.get(c, 0) * 10
                if pref and pref.code != dd.code:
                    v += 3 * ev.context.get(pref.code, 0)
                if prov:
                    v += 2 * ev.context.get(prov.code, 0)
                return v

            scored = sorted(same, key=ctx, reverse=True)
            if ctx(scored[0]) > ctx(scored[1]):
                d = g.by_code[scored[0]]
            else:
                subj.ambiguous = True
        subj.region = d.name
        subj.level = d.level
        subj.division = d
        if d.code in ev.renamed and d.code not in ev.full_strong:
            subj.region = ev.renamed[d.code]
            subj.renamed = True
        return subj, ev
    subj.anonymised = True
    subj.level = "anonymised"
    return subj, ev


def locate(subj: Subject, ev: Evidence, norm: str, phrase_hits: list[PhraseHit]) -> tuple[str, str, str]:
    """Province, prefecture and adcode of the subject. The adcode is that of a county- or
    prefecture-level subject named as cpca names it; a subject whose name is ambiguous gets none of
    them. Without a division, the province is one named in a strong zone (the title or session line,
    for an anonymised report), else the one that set phrases and province-specific terms agree on."""
    g = gazetteer()
    province = prefecture = adcode = ""
    d = subj.division or subj.context
    if d is not None and not subj.ambiguous:
        prov = g.province_of(d)
        pref = g.prefecture_of(d)
        province = prov.name if prov else ""
        prefecture = pref.name if pref else ""
        if subj.division is not None and d.rank in (COUNTY, PREFECTURE) and not subj.renamed:
            adcode = d.code
    if not province and not subj.ambiguous:
        # a province named in the title or session line (even of an anonymised report), else
        # set phrases (来陕考察) and province-specific terms
        min_zone = 20.0 if subj.anonymised else 8.0
        provs = {c for c in ev.strong if g.by_code[c].rank == PROVINCE and ev.zone_max.get(c, 0) >= min_zone}
        if len(provs) == 1:
            province = g.by_code[provs.pop()].name
        else:
            province = cue_province(norm, phrase_hits)
    return province, prefecture, adcode
