"""What a report's text names: divisions, its own unit word, masked names, townships, provinces.

* :func:`find_mentions` — every division name of cpca's code table (full names anywhere, short
  forms near the top and for units already found; see :mod:`govkit.text.regions`), leftmost-longest;
  :func:`body_ok` tells whether a mention in running text is the division, not part of a word.
* :func:`self_level` — votes for the report's own unit word (我代表县人民政府, 县人民政府县长, 我县,
  全县); :func:`compatible` says whether a division would call itself so.
* :func:`is_masked`, :func:`mask_count` — masked names (某县, XX区, **镇) of anonymised reports.
* :func:`towns_in`, :data:`TOWN_DESC`, :func:`town_ok` — township names (not in cpca), with the
  beginnings that rule a word out in ``data/recognise/township_stop.txt``.
* :func:`phrase_hits`, :func:`cue_province` — the province named by set phrases (来陕考察, 视察龙江:
  ``province_phrases.txt`` with ``province_abbrev.csv``) and province-specific terms
  (``province_cues.csv``).

:mod:`govkit.text.subject` weighs all this to decide whose report it is.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from govkit.core.regex_gates import may_match
from govkit.facts.cues import cue, cue_words
from govkit.text.openings import opening
from govkit.text.regions import (
    COUNTY,
    COUNTY_UNIT_CHARS,
    DATA_DIR,
    PREFECTURE,
    PROVINCE,
    TOWNSHIP_SUFFIXES,
    Division,
    gazetteer,
    read_lines,
)
from govkit.text.subject_weights import subject_weights

#: A province set phrase found in the text: its span and the province it names.
PhraseHit = tuple[tuple[int, int], str]


# ---------------------------------------------------------------------------------------------
# data files


@lru_cache(maxsize=1)
def province_phrases() -> tuple[tuple[re.Pattern, dict[str, str]], ...]:
    """The set phrases of ``province_phrases.txt`` as regexes, each with its abbreviation table
    (``{A1}``: one-character abbreviations, ``{AN}``: longer ones; ``province_abbrev.csv`` plus
    cpca's short province names)."""
    abbrev: dict[str, str] = {}
    with (DATA_DIR / "province_abbrev.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            abbrev[r["abbrev"].strip()] = r["province"].strip()
    for d in gazetteer().by_code.values():
        if d.rank == PROVINCE:
            abbrev.setdefault(d.short, d.name)
    one = {a: p for a, p in abbrev.items() if len(a) == 1}
    many = {a: p for a, p in abbrev.items() if len(a) > 1}
    alt1 = "(?P<a>" + "|".join(sorted(one, key=len, reverse=True)) + ")"
    altn = "(?P<a>" + "|".join(sorted(many, key=len, reverse=True)) + ")"
    phrases = []
    for tpl in read_lines(DATA_DIR / "province_phrases.txt"):
        if "{A1}" in tpl:
            phrases.append((re.compile(tpl.replace("{A1}", alt1)), one))
        if "{AN}" in tpl:
            phrases.append((re.compile(tpl.replace("{AN}", altn)), many))
    return tuple(phrases)


@lru_cache(maxsize=1)
def province_cues() -> tuple[tuple[str, str], ...]:
    """``(term, province)`` of ``province_cues.csv``, read once."""
    cues = []
    with (DATA_DIR / "province_cues.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cues.append((r["cue"].strip(), r["province"].strip()))
    return tuple(cues)


@lru_cache(maxsize=1)
def township_stop() -> tuple[str, ...]:
    """Beginnings that make a ``…镇/乡`` word not a township name (``township_stop.txt``)."""
    return tuple(read_lines(DATA_DIR / "township_stop.txt"))


# ---------------------------------------------------------------------------------------------
# division mentions


@dataclass
class Mention:
    start: int
    end: int
    key: str
    full: tuple[Division, ...]
    short: tuple[Division, ...]

    @property
    def divisions(self) -> tuple[Division, ...]:
        return self.full or self.short

    @property
    def is_full(self) -> bool:
        return bool(self.full)


# The words of this module are rows of cues.tsv (category division).
AFTER_SHORT_BAD = cue("division", "after_short_bad")
_ZONE_AFTER_SHORT = cue("division", "zone_after_short")
_OPENERS = set("“‘《「『【、。,;:!?()")
_AFTER_2CHAR_BAD = set(cue_words("division", "after_two_char_bad"))


def find_mentions(norm: str, head_len: int = 1200) -> list[Mention]:
    """Leftmost-longest, non-overlapping division names in *norm*.

    Full names are found anywhere; short names (汉阳, 巴中, 内蒙古) in the first *head_len*
    characters, and further on only for units already found."""
    g = gazetteer()
    found = g.scan_full(norm)
    found += g.scan_all(norm[:head_len])
    wanted = set()
    for _, _, key in found:
        for d in g.full_index.get(key) or g.short_index.get(key, ()):
            if len(d.short) >= 2 and d.short in g.short_index:
                wanted.add(d.short)
    for key in wanted:
        i = norm.find(key, head_len)
        while i >= 0:
            found.append((i, i + len(key), key))
            i = norm.find(key, i + len(key))
    found = sorted(set(found), key=lambda r: (r[0], -(r[1] - r[0])))
    out: list[Mention] = []
    last_end = -1
    for i, (s, e, key) in enumerate(found):
        if s < last_end:
            continue
        full = g.full_index.get(key, ())
        if not full and _ZONE_AFTER_SHORT.match(norm, e):
            continue  # 兰州新区, 宝鸡高新区: a zone named after the unit
        if not full and _full_name_across(found, i, g.full_index):
            continue  # 和安康市: the full name 安康市, not the short 和安 (和安县)
        out.append(Mention(s, e, key, full, () if full else g.short_index.get(key, ())))
        last_end = e
    return out


_OTHER_BEFORE = re.compile("(?:" + cue("division", "other_region_before").pattern + ')[《“"]?$')
_OTHER_AFTER = cue("division", "other_region_after")


def other_region(norm: str, first: Mention, m: Mention) -> bool:
    """Does running text name *m* as another region than the report's: a relation word right before
    it or before *first*, the name that places it (赴浙江省安吉县考察, 学习借鉴《安吉县…》), or right after
    it (安吉县援助资金)?"""
    return (
        _OTHER_BEFORE.search(norm, max(0, first.start - 5), first.start) is not None
        or _OTHER_AFTER.match(norm, m.end) is not None
    )


def visited_before(norm: str, first: Mention) -> bool:
    """Does a relation word right before *first*, on its own line, name it as another region than
    the report's in a place where a report names itself (a title: 赴浏阳市学习考察情况的报告, 关于赴浙江省
    嘉善县考察学习的报告, 与浏阳市签订…)? Only the words before it: after a name in a title (临泉县经验做法,
    XX县帮扶工作总结) the report's own work may follow."""
    start = max(0, first.start - 5)
    nl = norm.rfind("\n", start, first.start)
    return _OTHER_BEFORE.search(norm, nl + 1 if nl >= 0 else start, first.start) is not None


def _full_name_across(found: list[tuple[int, int, str]], i: int, full_index: dict) -> bool:
    """Does a full name start inside the short name *found[i]* and run past its end?"""
    s, e, _ = found[i]
    for s2, e2, key2 in found[i + 1 :]:
        if s2 >= e:
            return False
        if s2 > s and e2 > e and key2 in full_index:
            return True
    return False


def unsupported_short(mn: Mention, norm: str, named: set[str]) -> bool:
    """A short county name in a zone that nothing supports: an ordinary word too (stop list), or
    read across two words (搬迁安置 → 迁安, 健康保障 → 康保, 创新和产业 → 新和) with neither its unit
    word after it, nor its full name, nor its prefecture anywhere in the text."""
    if mn.is_full or not all(d.rank == COUNTY for d in mn.short):
        return False
    if mn.key in gazetteer().common_shorts:
        return True
    if norm[mn.end : mn.end + 1] in COUNTY_UNIT_CHARS:
        return False
    return not any(d.name in norm or d.prefecture_code in named for d in mn.short)


def inside(mn: Mention, parent: Mention) -> Mention:
    """*mn* with only the divisions of its name that lie inside *parent*."""
    g = gazetteer()
    keep = tuple(d for d in mn.divisions if any(g.contains(p, d) for p in parent.divisions if p.rank < d.rank))
    if mn.is_full:
        return dataclasses.replace(mn, full=keep)
    return dataclasses.replace(mn, short=keep)


def two_char_in_words(m: Mention, norm: str, zone: bool = False) -> bool:
    """A two-character county name (房县, 嵩县, 和县 …) read inside other words: before a character
    that continues a word (和县委, 新县城, 全县和县级), in running text after one that is not
    punctuation (示范县; in a title or session line 关于房县…, 在房县第…), in a title or session line
    after a unit word (全县和县本级, 本县和县外: a name after its parent's, 马鞍山市和县, is the caller's
    to keep)."""
    if not (m.is_full and len(m.key) == 2 and m.full[0].rank == COUNTY):
        return False
    if norm[m.end : m.end + 1] in _AFTER_2CHAR_BAD:
        return True
    prev = norm[m.start - 1] if m.start else ""
    if zone:
        return prev != "" and prev in COUNTY_UNIT_CHARS
    return prev > "\x7f" and prev not in _OPENERS


def body_ok(m: Mention, norm: str) -> bool:
    """Whether a mention in running text is plausibly the division (not part of another word)."""
    g = gazetteer()
    nxt = norm[m.end : m.end + 2]
    if m.is_full:
        if m.key in g.generic_names:
            return False
        if two_char_in_words(m, norm):
            return False
        if m.key.endswith("市") and nxt.startswith("场"):
            return False
        return True
    if AFTER_SHORT_BAD.match(nxt):
        return False
    if all(d.rank == COUNTY for d in m.short) and m.key in g.common_shorts:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# the report's own level

_SELF_UNIT = cue("division", "self_unit").pattern
#: 全县 / 我县 / 本市 …: one pattern for each first word, each starting with plain text (quick
#: to find); their matches never overlap, so merged by position they are those of ``(全|我|本)…``
_SELF = tuple(re.compile(f"(?P<p>{word}){_SELF_UNIT}") for word in cue_words("division", "self_first"))
#: The second (人民政府县长) counts only after its unit word (县人民政府县长): see :func:`self_level`.
_SELF_STRONG = (
    cue("division", "self_represent"),
    cue("division", "self_head"),
    cue("division", "self_entrusted"),
)
_COMPARE_BEFORE = set(cue_words("division", "compare_before"))


def self_level(norm: str) -> dict[str, float]:
    """Votes for the report's own unit word: 我代表县人民政府, 县人民政府县长, 受县人民政府委托 (weight
    ``self_strong`` each), 我县 (``self_we``), 全县 / 本县 (``self_all``); see subject_weights.csv."""
    weights = subject_weights()
    votes: dict[str, float] = {}
    for i, pat in enumerate(_SELF_STRONG):
        for m in pat.finditer(norm):
            u = m.group("u")
            if i == 1 and norm[m.start() - 1 : m.start()] != u:  # 县人民政府县长
                continue
            votes[u] = votes.get(u, 0) + weights.self_strong
    # in text order (a stable sort: as heapq.merge, the earlier pattern's first at one place)
    found = [m for rx in _SELF for m in rx.finditer(norm)]
    found.sort(key=re.Match.start)
    for m in found:
        prev = norm[m.start() - 1] if m.start() else ""
        if prev in _COMPARE_BEFORE:
            continue
        w = weights.self_we if m.group("p") == "我" else weights.self_all
        u = m.group("u")
        votes[u] = votes.get(u, 0) + w
    return votes


_SELF_PROVINCE = cue("division", "self_province")


def province_votes(norm: str) -> float:
    """Votes for 省 as the report's own unit word (全省, 我省, 我代表省人民政府 …; not 高于全省): a
    province's report names itself so. Kept apart from :func:`self_level`, whose unit words are those
    of the units below (a county report's 全省 is the province's, not a vote for its own level)."""
    if not may_match(_SELF_PROVINCE, norm):
        return 0.0  # none of the words every vote holds (全省, 我省 …: core.regex_gates)
    weights = subject_weights()
    v = 0.0
    for m in _SELF_PROVINCE.finditer(norm):
        if m.group(0)[0] in "全我本":
            if norm[max(0, m.start() - 1) : m.start()] not in _COMPARE_BEFORE:
                v += weights.self_we if m.group(0)[0] == "我" else weights.self_all
        else:
            v += weights.self_strong
    return v


def compatible(d: Division, unit: str) -> bool:
    """Whether a unit of *d*'s kind would call itself 全<unit> / <unit>人民政府."""
    if unit in TOWNSHIP_SUFFIXES:
        return False
    if d.rank == COUNTY:
        return d.suffix == unit
    if d.rank == PREFECTURE:
        return unit == "市" or d.name.endswith(("州", "盟", "地区"))
    return False


# ---------------------------------------------------------------------------------------------
# masked names and townships

_ANON = re.compile(r"某(?:县|区|市|旗|镇|乡)|(?<![A-Za-z])(?:[XxＸ×╳]{1,3}|\*{1,4}|＊{1,4})(?:县|区|旗|镇|乡)(?!级)")
_ANON_CHARS = "某XxＸ×╳*＊"  # every match of _ANON has one of them (a quick check)
#: a masked name or number: **发展史上, 县**届人大, XX县, 某县
_MASKS = ("**", "＊＊", "XX县", "XX区", "XX市", "XX镇", "XX乡", "××", "某县", "某区", "某市", "某镇", "某乡")
#: ``(?:^|[。;\n])`` + a sentence describing a town (XX镇辖…, XX乡位于…), see :func:`~govkit.text.openings.opening`
TOWN_DESC = opening(r"。;\n", cue("division", "town_description").pattern)


#: A masked unit (某县, XX镇, **区, □□乡, 某街道) and its unit word ``u``; not a word the unit word
#: begins (某区域, 某市民, XX县域, 某县城, 某市场, 某乡镇, □乡村振兴: no unit named).
_MASKED_UNIT = re.compile(
    r"(?:某|(?<![A-Za-z])(?:[XxＸ×╳□○△]{1,3}|\*{1,4}|＊{1,4}))(?P<u>县|区|市|旗|镇|乡|街道)(?![级场域民情城直属间块划况村镇县])"
)
_MASKED_UNIT_CHARS = "某XxＸ×╳□○△*＊"


#: What may stand right before a division name that is the tail of a partly masked one (X宁县, *丰县,
#: ×和县, 某义县, XX安县: not 宁县, 丰县, 和县, 义县, 安县); a letter before an X is a word's.
_PARTIAL_MASK = re.compile(r"(?:某|(?<![A-Za-z])(?:[XxＸ×╳□○△]{1,3}|\*{1,4}|＊{1,4}))$")


def after_mask(norm: str, m: Mention) -> bool:
    """Is mention *m* the tail of a partly masked name (X宁县, *丰县, 某义县): a mask right before it?"""
    return (
        m.start > 0
        and norm[m.start - 1] in _MASKED_UNIT_CHARS
        and _PARTIAL_MASK.search(norm, max(0, m.start - 4), m.start) is not None
    )


def partly_masked(norm: str, mentions: list[Mention], top: int = 400) -> tuple[list[Mention], set[str]]:
    """*mentions* without the tails of partly masked names (:func:`after_mask`), and the unit words
    of those in the first *top* characters (X宁县2023年工作总结 → {县}): a masked unit of the report's."""
    partial = [m for m in mentions if after_mask(norm, m)]
    if not partial:
        return mentions, set()
    units = {d.suffix for m in partial if m.start < top for d in m.divisions}
    return [m for m in mentions if not after_mask(norm, m)], units


def masked_units(text: str) -> set[str]:
    """The unit words of the masked units in *text* (阜阳市XX县 → {县}, 临泉县某乡 → {乡})."""
    if not any(c in text for c in _MASKED_UNIT_CHARS):
        return set()
    return {m.group("u") for m in _MASKED_UNIT.finditer(text)}


def own_masked_unit(title: str) -> str | None:
    """The unit word of the last masked unit a title names: the report's own (XX市2023年政府工作报告 → 市;
    XX市XX县… → 县, the city being its prefecture; XX市某镇… → 镇)."""
    if not any(c in title for c in _MASKED_UNIT_CHARS):
        return None
    found = [m.group("u") for m in _MASKED_UNIT.finditer(title)]
    return found[-1] if found else None


def is_masked(text: str) -> bool:
    """A masked county, district or township (某县, XX区, **镇) in *text*?"""
    return any(c in text for c in _ANON_CHARS) and _ANON.search(text) is not None


def mask_count(norm: str) -> int:
    """Occurrences of the masks in :data:`_MASKS` (only those whose first character occurs are counted)."""
    firsts = {c for c in {x[0] for x in _MASKS} if c in norm}
    return sum(norm.count(x) for x in _MASKS if x[0] in firsts)


_TOWNSHIP_SUFFIX = re.compile("(" + "|".join(TOWNSHIP_SUFFIXES) + ")$")


def town_ok(name: str) -> bool:
    stem = _TOWNSHIP_SUFFIX.sub("", name)
    return (
        len(stem) >= 2
        and not stem.startswith(township_stop())
        and not re.search(r"\d", stem)
        and not any(c in stem for c in _MASKED_UNIT_CHARS)  # 临泉县某乡: a masked name
    )


_TOWN_AT = cue("division", "town_at")


def towns_in(text: str, s: int, e: int, mentions: list[Mention]) -> list[str]:
    """Township names standing at *s* or right after a division name within text[s:e]."""
    starts = [s] + [m.end for m in mentions if s <= m.start and m.end < e]
    out = []
    for p in starts:
        m = _TOWN_AT.match(text, p, e)
        if m and town_ok(m.group("t")):
            out.append(m.group("t"))
    return out


# ---------------------------------------------------------------------------------------------
# province cues


def phrase_hits(norm: str, limit: int = 6000) -> list[PhraseHit]:
    """Province set phrases (来陕考察, 视察龙江 …) in the opening *limit* characters: (span, province)."""
    hits = []
    for pat, table in province_phrases():
        for m in pat.finditer(norm, 0, limit):
            p = table.get(m.group("a"))
            if p:
                hits.append((m.span(), p))
    return hits


def cue_province(norm: str, hits: list[PhraseHit]) -> str:
    """The province named by set phrases and province-specific terms, if they agree."""
    counts: dict[str, int] = {}
    for _, p in hits:
        counts[p] = counts.get(p, 0) + 1
    for word, prov in province_cues():
        if word in norm:
            counts[prov] = counts.get(prov, 0) + 1
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return ""
    return ranked[0][0]
