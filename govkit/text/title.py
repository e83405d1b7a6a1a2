"""Titles: the title-like lines at the top of a report, without site noise.

A title line names the genre (:data:`TITLE_KEY`: 报告, 公报, 总结, 讲话 …) or is a speech line
(在…会上); title lines stand before 各位代表 or the first numbered section. Wrappers that sites
put around a title (下面是小编为大家整理的 …, (全文), site names) are listed in
``data/recognise/title_noise.txt``; an advert tail shared by several lines is cut off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from govkit.core.regex_gates import gate_words
from govkit.core.resources import data_path
from govkit.facts.cues import cue
from govkit.text.chrome import IsChrome
from govkit.text.dates import ADDRESS, NPC
from govkit.text.regions import gazetteer, read_lines
from govkit.text.watermarks import shared_line_tail

TITLE_NOISE = data_path("recognise", "title_noise.txt")

#: Words that make a short line near the top a title.
TITLE_KEY = cue("title", "key")
#: 在…会上, 在…表彰…: a speech's title (words of cues.tsv title speech).
_SPEECH = cue("title", "speech")
#: A headline: the first line at the top, of 6 to 40 characters, at least 6 of them Chinese, without
#: sentence marks, table bars or a byline (cues title headline_not), not a congress session line.
_HEADLINE_LEN = (6, 40)
_HEADLINE_NOT = cue("title", "headline_not")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A headline led by a place and a colon (宁陕:绿水青山变成“金山银山”): see :func:`_place_headline`.
_PLACE_COLON = cue("title", "place_colon")
#: A line that ends on an issuing body or a site's name (岳阳市统计局, 岳阳市人民政府门户网站) names the
#: publisher, not the story: its place is no subject.
_PUBLISHER_END = re.compile(rf"(?:{cue('date', 'issuer').pattern}|{cue('title', 'site_name').pattern})$")


def _is_headline(s: str) -> bool:
    """Whether the first line *s* reads as a headline (平江县经济发展再上新台阶)."""
    lo, hi = _HEADLINE_LEN
    return (
        lo <= len(s) <= hi
        and len(_HAN.findall(s)) >= lo
        and not _HEADLINE_NOT.search(s)
        and not _PUBLISHER_END.search(s)
        and not NPC.search(s)
        and not _SPEECH.search(s)
    )


_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])")


@lru_cache(maxsize=1)
def title_noise() -> tuple[re.Pattern, ...]:
    """The patterns of ``data/recognise/title_noise.txt``, read once."""
    return tuple(re.compile(p) for p in read_lines(TITLE_NOISE))


@lru_cache(maxsize=1)
def _title_noise_words() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """Each pattern of :func:`title_noise` with the words one of which its every match holds (none
    known, or too many to test one by one, as ``[A-Za-z0-9]{2,4}$``'s 62: empty, the pattern is
    tried on every line; :func:`govkit.core.regex_gates.gate_words`)."""
    return tuple((p, gate_words(p)) for p in title_noise())


def strip_noise(s: str) -> str:
    """*s* without the site wrappers of :func:`title_noise` and surrounding dashes and colons."""
    if not s:
        return s  # (nothing to take away: a wrapper's removal leaves no text)
    for p, words in _title_noise_words():
        if words:  # a pattern is tried only on a line holding one of its words
            for w in words:
                if w in s:
                    break
            else:
                continue
        s = p.sub("", s)
    return s.strip(" —-:")


#: The end of a title line broken before the rest of its title (…完成情况的, …人民政府关于).
_BROKEN_AFTER = re.compile(r"(?:[的与和及暨]|关于)$")
#: The start of a title line that goes on with the line above (与2024年…计划报告).
_GOES_ON = re.compile(r"[与和及暨的]")
#: The longest line above a genre line taken as its title's first words (an issuer, a phrase).
_ABOVE_MAX = 30
_ISSUER_END = re.compile(rf"(?:{cue('date', 'issuer').pattern})$")
_YEAR = re.compile(r"(?:19|20)\d\d年")


def _title_words_above(s: str, nxt: str) -> bool:
    """Is *s*, a short line without a genre word, without marks or a date, ending on an issuer or
    holding the title's year, the first words of the title that *nxt*, a short line naming the
    genre, goes on with (临泉县人民政府 / 2023年工作总结; 临泉县2023年国民经济和社会发展 / 统计公报)? Not
    a site's line (安装后可以在桌面快捷访问)."""
    return (
        (_ISSUER_END.search(s) is not None or _YEAR.search(s) is not None)
        and len(s) <= _ABOVE_MAX
        and len(nxt) <= _ABOVE_MAX
        and not TITLE_KEY.search(s)
        and TITLE_KEY.search(nxt) is not None
        and not re.search(r"[:,、\s]|\d{4}[-/.年]\d{1,2}", s)
        and not NPC.search(nxt)
        and not _SECTION.match(nxt)
        and not nxt.startswith("在")
        and not _names_another_region(s, nxt)
    )


#: The longest division name :func:`_names_another_region` looks for at a line's start (characters).
_LONGEST_NAME = 12


def _names_another_region(s: str, nxt: str) -> bool:
    """Does *nxt* open on a division's full name that *s* does not open on (韶关市人民政府 / 乐昌市2023年政府
    工作报告)? Then *s* is the line of a body above a title naming its own region (a higher level's issuer,
    an issuer line of its own), not the title's first words: the title's region is the report's."""
    names = gazetteer().full_index
    opening = next((nxt[:k] for k in range(min(len(nxt), _LONGEST_NAME), 1, -1) if nxt[:k] in names), None)
    return opening is not None and not s.startswith(opening)


def is_speech_title(s: str) -> bool:
    """Is the title line *s* a speech's (在全县经济工作会议上的讲话: opening on 在, a meeting word of
    cues title speech, not a congress session line)?"""
    return s.startswith("在") and _SPEECH.search(s) is not None and not NPC.search(s)


def title_lines(lines: list[str], is_chrome: IsChrome) -> list[str]:
    """Title-like lines at the top (before 各位代表 / the first section)."""
    out: list[str] = []
    n = min(len(lines), 30)
    ad = shared_line_tail(lines[:60])

    def detail(x: str) -> str:
        return x[: -len(ad)] if ad and x.endswith(ad) else x

    stripped: dict[str, str] = {}  # line -> the line without its ad tail and title noise

    def without_noise(x: str) -> str:
        if x not in stripped:
            stripped[x] = strip_noise(detail(x))
        return stripped[x]

    i = 0
    while i < n:
        s = lines[i].strip()
        i += 1
        if not s:
            continue
        if ADDRESS.match(s) or _SECTION.match(s) or len(out) >= 4:
            break
        if is_chrome(s):
            continue
        s = without_noise(s)
        if not s or len(s) > 90 or "。" in s or s.count(",") > 1:
            continue
        # a title broken over two lines (…执行情况 / 与2024年…计划报告; …完成情况的 / 自查报告; …人民政府关于 /
        # 2023年度…报告), or its issuer or first words on a line above the genre (临泉县人民政府 /
        # 2023年工作总结; …国民经济和社会发展 / 统计公报)
        j = i
        while j < n and not lines[j].strip():
            j += 1
        if j < n:
            nxt = without_noise(lines[j].strip())
            if (
                nxt
                and len(nxt) < 40
                and not is_chrome(nxt)
                and (_BROKEN_AFTER.search(s) or _GOES_ON.match(nxt) or _title_words_above(s, nxt))
            ):
                s += nxt
                i = j + 1
        if TITLE_KEY.search(s) or is_speech_title(s):
            out.append(s)
    return out


def headline(lines: list[str], is_chrome: IsChrome) -> str:
    """The page's first line when it reads as a news story's headline (平江县经济发展再上新台阶: 6 to
    40 characters, without sentence marks, bars or a byline, not a session line nor a publisher's
    name), else "". A page
    without a genre title is shown and weighed by it; its genre is still read from its text."""
    for line in lines[:30]:
        s = line.strip()
        if not s or is_chrome(s):
            continue
        s = strip_noise(s)
        return s if _is_headline(s) or _place_headline(s) else ""
    return ""


def _place_headline(s: str) -> bool:
    """Whether *s* is a headline led by a place and a colon (宁陕:绿水青山变成“金山银山”, 乐业县:特色产业
    铺就致富路): the place a division's full or short name, not an ordinary word of the short-name stop
    list, and the rest a headline of its own (聚焦:…, 权威发布:… lead on no place)."""
    m = _PLACE_COLON.match(s)
    if m is None:
        return False
    g = gazetteer()
    p = m.group("p")
    named = p in g.full_index or (p in g.short_index and p not in g.common_shorts)
    rest = m.group("r").strip()
    return named and _HEADLINE_LEN[0] <= len(p) + len(rest) and _is_headline(p + rest)
