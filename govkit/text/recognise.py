"""Stage 3 — recognise: one row of document metadata from a report's cleaned text.

``recognise(text, doc_id, hints)`` returns the report's subject (region, level, province,
prefecture, six-digit county-level adcode, or ``anonymised``), its type, the date it was
delivered, the year it describes, the years it plans for and its title.

How the subject is found: every division name of cpca's code table (full names anywhere, short
forms near the top and for candidates, see :mod:`govkit.text.regions`) is located in the text and weighed by *where*
it stands — the NPC session line (``——2020年12月30日在会同县第十七届人民代表大会…``), title lines,
speaker and ``我代表…人民政府`` lines, publisher lines, then running text. The report's own level
(全县/我县/县人民政府县长 vs 全镇/我镇 …) favours candidates of that level. Townships are not in
cpca: they are read from the session line, the title or a sentence describing the town, and
their county from the other names in the text. A report whose county is masked (某县, X县, **县)
or never named is ``anonymised``; its province is filled only from set phrases (来陕考察,
视察龙江 …) and province-specific policy terms listed in ``data/recognise``.

Word lists and patterns live in ``govkit/data/report_types.csv`` and ``govkit/data/recognise/``.
"""

from __future__ import annotations

import csv
import heapq
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from govkit.core.document import DocumentMeta
from govkit.core.periods import plan_periods
from govkit.core.resources import data_path, read_table
from govkit.text.regions import COUNTY, DATA_DIR, PREFECTURE, PROVINCE, Division, gazetteer, read_lines

TYPES_CSV = data_path("report_types.csv")

# ---------------------------------------------------------------------------------------------
# normalisation (an internal copy: recognise returns metadata only, no offsets)

_PUNCT = (
    ("，", ","),
    ("：", ":"),
    ("；", ";"),
    ("（", "("),
    ("）", ")"),
    ("！", "!"),
    ("？", "?"),
    ("\u3000", " "),
    ("\xa0", " "),
    ("Ο", "〇"),
    ("○", "〇"),
)
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑńň]{1,8}\)")
#: A run of spaces (``[ \t]+``, written to start with a character class so that the regex
#: engine skips ahead to a space quickly).
_SPACES = re.compile(r"[ \t][ \t]*")


def _drop_space(m: re.Match) -> str:
    """Drop a run of spaces between CJK characters, or inside a date (2021 年12 月)."""
    s, e = m.start(), m.end()
    text = m.string
    if s == 0 or e >= len(text):
        return m.group(0)
    a, b = text[s - 1], text[e]
    if (a > "\x7f" and b > "\x7f") or (a.isdigit() and b in "年月日") or (a in "年月" and b.isdigit()):
        return ""
    return m.group(0)


_CN_DATE = re.compile(r"[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")
#: The same dates, found from their 年 (a pattern that starts with plain text is quick to find).
_CN_DATE_AT_YEAR = re.compile(
    r"年(?<=[〇零一二三四五六七八九]{4}年)[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
)


def normalise(text: str) -> str:
    """Half-width punctuation, no pinyin glosses, no spaces between CJK characters."""
    s = text
    for a, b in _PUNCT:
        if a in s:
            s = s.replace(a, b)
    if "(" in s:
        s = _PINYIN.sub("", s)
    if " " in s or "\t" in s:
        s = _SPACES.sub(_drop_space, s)
    if _CN_DATE_AT_YEAR.search(s, 0, 6000):
        import cn2an

        s = _CN_DATE.sub(lambda m: cn2an.transform(m.group(0), "cn2an"), s)
    return s


def _opening(delims: str, body: str) -> tuple[re.Pattern, re.Pattern]:
    """``(?:^|[delims])body`` as two patterns: *body* at the start of the text, and *body* after
    one of the delimiters (a pattern starting with a character class, which the regex engine
    skips ahead to quickly). :func:`_finditer_opening` finds the matches."""
    return re.compile(body), re.compile(f"[{delims}]{body}")


def _finditer_opening(patterns: tuple[re.Pattern, re.Pattern], text: str) -> Iterator[re.Match]:
    """The matches of ``(?:^|[delims])body`` in *text*, in order (see :func:`_opening`)."""
    at_start, after = patterns
    m = at_start.match(text)
    if m:
        yield m
    yield from after.finditer(text, m.end() if m else 0)


# ---------------------------------------------------------------------------------------------
# data files


@dataclass(frozen=True)
class ReportType:
    name: str
    priority: int
    title: re.Pattern | None
    head: tuple[re.Pattern, ...]
    exclude: re.Pattern | None
    date_fallback: tuple[str, ...]
    title_year_is_period: bool


@dataclass(frozen=True)
class Config:
    types: tuple[ReportType, ...]
    chrome: tuple[re.Pattern, ...]  # a line matching one of them is web-page chrome
    title_noise: tuple[re.Pattern, ...]
    province_phrases: tuple[tuple[re.Pattern, dict[str, str]], ...]
    province_cues: tuple[tuple[str, str], ...]
    township_stop: tuple[str, ...]


def _chrome_patterns(lines: list[str]) -> tuple[re.Pattern, ...]:
    """The chrome regexes (a line matching one of them is chrome): the lines that start with
    plain text joined into one regex (searched much faster than one by one), the others apart."""
    apart = [p for p in lines if p.startswith(("^", "\\", "(", "["))]
    plain = [p for p in lines if p not in apart]
    return tuple(re.compile(p) for p in (["|".join(plain)] if plain else []) + apart)


@lru_cache(maxsize=1)
def config() -> Config:
    """All editable word lists, read once."""
    types = []
    for r in read_table(TYPES_CSV):
        types.append(
            ReportType(
                name=r["report_type"].strip(),
                priority=int(r["priority"]),
                title=re.compile(r["title"]) if r["title"].strip() else None,
                head=tuple(re.compile(p) for p in r["head"].split(";") if p.strip()),
                exclude=re.compile(r["exclude"]) if r["exclude"].strip() else None,
                date_fallback=tuple(x.strip() for x in r["date_fallback"].split(";") if x.strip()),
                title_year_is_period=r["title_year_is_period"].strip().lower() in ("yes", "true", "1"),
            )
        )
    types.sort(key=lambda t: t.priority)
    g = gazetteer()
    abbrev: dict[str, str] = {}
    with (DATA_DIR / "province_abbrev.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            abbrev[r["abbrev"].strip()] = r["province"].strip()
    for d in g.by_code.values():
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
    cues = []
    with (DATA_DIR / "province_cues.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cues.append((r["cue"].strip(), r["province"].strip()))
    return Config(
        types=tuple(types),
        chrome=_chrome_patterns(read_lines(DATA_DIR / "chrome.txt")),
        title_noise=tuple(re.compile(p) for p in read_lines(DATA_DIR / "title_noise.txt")),
        province_phrases=tuple(phrases),
        province_cues=tuple(cues),
        township_stop=tuple(read_lines(DATA_DIR / "township_stop.txt")),
    )


# ---------------------------------------------------------------------------------------------
# dates

_NUM = "一二三四五六七八九十百零〇0123456789"
_DATE = r"(?P<y>20\d\d)(?:年(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<md>\d{2,4})日(?!\d))|(?P<md2>\d{2,4})日)"
_SESSION = re.compile(
    r"(?:" + _DATE + r")\s*\)?\s*,?\s*在\s*(?P<place>[^\n。;,在]{0,40}?)"
    r"(?:第?[" + _NUM + r"]+届|人民代表大会|人大|代表大会|(?:会议|大会|全会)上)"
)
_SESSION_PLACE = re.compile(r"在(?P<place>[^\n。;,在]{1,30}?)第?[" + _NUM + r"]+届(?:人民代表大会|人大)")
_DATE_ONLY_LINE = re.compile(r"^[(\[【—\-\s]*(?:" + _DATE + r")[)\]】\s]*$")
_TITLE_DATE = re.compile(r"\((?:" + _DATE + r")\)")
_ISO = re.compile(r"(?<!\d)(20\d\d)\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})日?)?(?!\d)")
_PUB_LABEL = re.compile(r"(?:发布日期|发布时间|发表时间|更新时间|公开日期|日期|时间)\s*:\s*")
_DATELINE = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)")


_SESSION_DAY = re.compile(
    r"(?<!\d)(\d{1,2})月(\d{1,2})日(?![讯电])(?:上午|下午)?,?[^。\n]{0,30}(?:人民代表大会|人大)[^。\n]{0,24}(?:开幕|召开|举行)"
)
_YESTERDAY = re.compile(r"(?:昨日|昨天)(?:上午|下午)?[^。\n]{0,20}(?:开幕|召开|举行)")


def _news_date(head: str, published: date | None, year: int | None) -> date | None:
    """The session day of a news story: ``2月27日上午,…人民代表大会…开幕`` or ``1月10日讯 … 昨日上午…开幕``."""
    shift = 0
    m = _SESSION_DAY.search(head)
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
    else:
        dm = _DATELINE.search(head)
        if not dm:
            return None
        mo, d = int(dm.group("m")), int(dm.group("d"))
        shift = 1 if _YESTERDAY.search(head) else 0
    if published:
        y = published.year if (mo, d) <= (published.month, published.day) else published.year - 1
    elif year:
        y = year + 1 if mo <= 8 else year
    else:
        return None
    v = _valid(y, mo, d)
    return v - timedelta(days=shift) if v else None


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _date_candidates(gd: dict) -> list[date]:
    """Dates a DATE match can stand for (``2019123日`` → 2019-01-23 or 2019-12-03)."""
    y = int(gd["y"])
    if gd.get("m"):
        v = _valid(y, int(gd["m"]), int(gd["d"]))
        return [v] if v else []
    md = gd.get("md") or gd.get("md2") or ""
    out = []
    for k in (1, 2):
        if 0 < len(md) - k <= 2:
            v = _valid(y, int(md[:k]), int(md[k:]))
            if v and not md[k:].startswith("0"):
                out.append(v)
    return out


def _pick_date(cands: list[date], published: date | None) -> date | None:
    """One date out of the readings of a garbled date (not after the publish date), else None."""
    if len(cands) <= 1:
        return cands[0] if cands else None
    if published:
        cands = [c for c in cands if c <= published] or cands
    return cands[0] if len(cands) == 1 else None


def _published(lines: list[str], hints: dict, is_chrome: Callable[[str], bool]) -> tuple[str, date | None]:
    """The web publish date: from hints, else a labelled or chrome date near the top."""
    raw = str(hints.get("published_date") or "").strip()
    cands = []
    if raw:
        cands.append(raw)
    for line in lines[:20]:
        m = _PUB_LABEL.search(line) if "日期" in line or "时间" in line else None  # in every label
        if m:
            mm = _ISO.match(line, m.end())
            if mm:
                cands.append(mm.group(0))
                continue
        if is_chrome(line) or len(line) < 40:
            mm = re.search(r"(?<!\d)20\d\d-\d{1,2}-\d{1,2}(?!\d)", line)
            if mm and not _SESSION.search(line):
                cands.append(mm.group(0))
    for c in cands:
        m = _ISO.search(c)
        if not m:
            continue
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            continue
        if d:
            v = _valid(y, mo, int(d))
            if v:
                return v.isoformat(), v
        else:
            return f"{y:04d}-{mo:02d}", None
    return "", None


# ---------------------------------------------------------------------------------------------
# lines, title, type

_TITLE_KEY = re.compile(r"报告|公报|总结|汇报|讲话|致辞|考核指标|情况分析|工作意见|开幕|闭幕|月报|计划")
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])")
_NPC = re.compile(r"人民代表大会|人大")


def _strip_noise(s: str, cfg: Config) -> str:
    for p in cfg.title_noise:
        s = p.sub("", s)
    return s.strip(" —-:")


def _ad_tail(lines: list[str]) -> str:
    """A tail that at least three lines share (an ad string injected after every paragraph)."""
    counts: dict[str, int] = {}
    for ln in lines:
        if len(ln) >= 12:
            counts[ln[-8:]] = counts.get(ln[-8:], 0) + 1
    if not counts:
        return ""
    tail, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 3:
        return ""
    owners = [ln for ln in lines if ln.endswith(tail)]
    while True:
        k = len(tail) + 1
        longer = {ln[-k:] for ln in owners if len(ln) > k}
        if len(longer) != 1:
            return tail
        nxt = longer.pop()
        if sum(1 for ln in owners if ln.endswith(nxt)) < 3:
            return tail
        owners = [ln for ln in owners if ln.endswith(nxt)]
        tail = nxt


def _is_chrome(line: str, cfg: Config) -> bool:
    return len(line) <= 150 and any(p.search(line) for p in cfg.chrome)


def _chrome_check(cfg: Config) -> Callable[[str], bool]:
    """:func:`_is_chrome` for the lines of one document, each distinct line tested once."""
    seen: dict[str, bool] = {}

    def is_chrome(line: str) -> bool:
        hit = seen.get(line)
        if hit is None:
            hit = seen[line] = _is_chrome(line, cfg)
        return hit

    return is_chrome


def _title_lines(lines: list[str], cfg: Config, is_chrome: Callable[[str], bool]) -> list[str]:
    """Title-like lines at the top (before 各位代表 / the first section)."""
    out: list[str] = []
    n = min(len(lines), 30)
    ad = _ad_tail(lines[:60])

    def detail(x: str) -> str:
        return x[: -len(ad)] if ad and x.endswith(ad) else x

    stripped: dict[str, str] = {}  # line -> the line without its ad tail and title noise

    def without_noise(x: str) -> str:
        if x not in stripped:
            stripped[x] = _strip_noise(detail(x), cfg)
        return stripped[x]

    i = 0
    while i < n:
        s = lines[i].strip()
        i += 1
        if not s:
            continue
        if s.startswith("各位代表") or _SECTION.match(s) or len(out) >= 4:
            break
        if is_chrome(s):
            continue
        s = without_noise(s)
        if not s or len(s) > 90 or "。" in s or s.count(",") > 1:
            continue
        # a title broken over two lines (…执行情况 / 与2024年…计划报告; …完成情况的 / 自查报告)
        j = i
        while j < n and not lines[j].strip():
            j += 1
        if j < n:
            nxt = without_noise(lines[j].strip())
            if (
                nxt
                and len(nxt) < 40
                and not is_chrome(nxt)
                and (re.search(r"[的与和及暨]$", s) or re.match(r"[与和及暨的]", nxt))
            ):
                s += nxt
                i = j + 1
        speech = s.startswith("在") and re.search(r"会|表彰|观摩", s) and not _NPC.search(s)
        if _TITLE_KEY.search(s) or speech:
            out.append(s)
    return out


def _classify(title_block: str, head: str, cfg: Config) -> ReportType | None:
    found: dict[re.Pattern, bool] = {}  # pattern -> found in head (types share patterns)

    def in_head(p: re.Pattern) -> bool:
        if p not in found:
            found[p] = p.search(head) is not None
        return found[p]

    for t in cfg.types:
        if t.title and title_block and t.title.search(title_block) and not (t.exclude and in_head(t.exclude)):
            return t
    for t in cfg.types:
        if t.head and all(in_head(p) for p in t.head) and not (t.exclude and in_head(t.exclude)):
            return t
    return None


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


_AFTER_SHORT_BAD = re.compile(r"[镇乡村街路河江湖山站港桥寺溪湾洞峡]|大道|社区|公园|水库|机场|大桥")
_OPENERS = set("“‘《「『【、。,;:!?()")
_AFTER_2CHAR_BAD = set("城委政级域长属直")


def _mentions(norm: str, head_len: int = 1200) -> list[Mention]:
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
    for s, e, key in found:
        if s < last_end:
            continue
        full = g.full_index.get(key, ())
        out.append(Mention(s, e, key, full, () if full else g.short_index.get(key, ())))
        last_end = e
    return out


def _body_ok(m: Mention, norm: str) -> bool:
    """Whether a mention in running text is plausibly the division (not part of another word)."""
    g = gazetteer()
    nxt = norm[m.end : m.end + 2]
    if m.is_full:
        if m.key in g.generic_names:
            return False
        if len(m.key) == 2 and m.full[0].rank == COUNTY:
            # 房县, 嵩县, 范县 …: inside running text only after punctuation (示范县, 和县委, 新县城)
            prev = norm[m.start - 1] if m.start else ""
            if (prev > "\x7f" and prev not in _OPENERS) or nxt[:1] in _AFTER_2CHAR_BAD:
                return False
        if m.key.endswith("市") and nxt.startswith("场"):
            return False
        return True
    if _AFTER_SHORT_BAD.match(nxt):
        return False
    if all(d.rank == COUNTY for d in m.short) and m.key in g.common_shorts:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# the report's own level

_SELF_UNIT = r"(?P<u>县|区|市|旗|镇|乡)(?!长|委|政府|人大|政协|级|直|属|第|平均|排名|前列|率先)"
#: 全县 / 我县 / 本市 …: one pattern for each first word, each starting with plain text (quick
#: to find); their matches never overlap, so merged by position they are those of ``(全|我|本)…``
_SELF = tuple(re.compile(f"(?P<p>{word}){_SELF_UNIT}") for word in "全我本")
_SELF_STRONG = (
    re.compile(r"我代表[^\n,。]{0,14}?(?P<u>县|区|市|旗|镇|乡|街道)人民政府"),
    re.compile(r"人民政府(?:代理?|副)?(?P<u>县|区|市|旗|镇|乡)长"),
    re.compile(r"受(?P<u>县|区|市|旗)人民政府委托"),
)
_COMPARE_BEFORE = set("于居在列比较和超占与及为")


def _self_level(norm: str) -> dict[str, float]:
    """Votes for the report's own unit word: 我代表县人民政府, 县人民政府县长 (10 each), 我县 (2), 全县 (1)."""
    votes: dict[str, float] = {}
    for i, pat in enumerate(_SELF_STRONG):
        for m in pat.finditer(norm):
            u = m.group("u")
            if i == 1 and norm[m.start() - 1 : m.start()] != u:  # 县人民政府县长
                continue
            votes[u] = votes.get(u, 0) + 10
    for m in heapq.merge(*(rx.finditer(norm) for rx in _SELF), key=lambda m: m.start()):
        prev = norm[m.start() - 1] if m.start() else ""
        if prev in _COMPARE_BEFORE:
            continue
        w = 2.0 if m.group("p") == "我" else 1.0
        u = m.group("u")
        votes[u] = votes.get(u, 0) + w
    return votes


def _compatible(d: Division, unit: str) -> bool:
    """Whether a unit of *d*'s kind would call itself 全<unit> / <unit>人民政府."""
    if unit in ("镇", "乡", "街道"):
        return False
    if d.rank == COUNTY:
        return d.suffix == unit
    if d.rank == PREFECTURE:
        return unit == "市" or d.name.endswith(("州", "盟", "地区"))
    return False


# ---------------------------------------------------------------------------------------------
# subject


_ANON = re.compile(r"某(?:县|区|市|旗|镇|乡)|(?<![A-Za-z])(?:[XxＸ×╳]{1,3}|\*{1,4}|＊{1,4})(?:县|区|旗|镇|乡)(?!级)")
_ANON_CHARS = "某XxＸ×╳*＊"  # every match of _ANON has one of them (a quick check)
#: a masked name or number: **发展史上, 县**届人大, XX县, 某县
_MASKS = ("**", "＊＊", "XX县", "XX区", "XX市", "XX镇", "XX乡", "××", "某县", "某区", "某市", "某镇", "某乡")
#: ``(?:^|[。;\n])`` + a sentence describing a town (XX镇辖…, XX乡位于…), see :func:`_opening`
_TOWN_DESC = _opening(
    r"。;\n",
    r"\s*(?P<t>[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))"
    r"(?=辖区|下辖|辖|位于|地处|总面积|国土面积|面积|地域|东邻|东与|境内|共有|现有|全镇|全乡)",
)


def _anon(text: str) -> bool:
    """A masked county, district or township (某县, XX区, **镇) in *text*?"""
    return any(c in text for c in _ANON_CHARS) and _ANON.search(text) is not None


def _mask_count(norm: str) -> int:
    """Occurrences of the masks in :data:`_MASKS` (only those whose first character occurs are counted)."""
    firsts = {c for c in {x[0] for x in _MASKS} if c in norm}
    return sum(norm.count(x) for x in _MASKS if x[0] in firsts)


@dataclass
class Subject:
    region: str = ""
    level: str = ""
    division: Division | None = None  # the unit whose code is the adcode
    context: Division | None = None  # a unit above it (prefecture/province only, no code)
    anonymised: bool = False
    ambiguous: bool = False
    renamed: bool = False  # named with a unit word cpca does not have (撤县设市): no code


def _town_ok(name: str, cfg: Config) -> bool:
    stem = re.sub(r"(镇|乡|街道)$", "", name)
    return len(stem) >= 2 and not stem.startswith(cfg.township_stop) and not re.search(r"\d", stem)


_TOWN_AT = re.compile(
    r"(?:\([^)]{1,8}\))?(?:关于)?(?:20\d\d年)?(?P<t>[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))"
    r"(?=[^\u4e00-\u9fff]|20|人民政府|政府|办事处|党工委|党委|人大|第|关于|镇长|乡长|$)"
)


def _towns_in(text: str, s: int, e: int, mentions: list[Mention], cfg: Config) -> list[str]:
    """Township names standing at *s* or right after a division name within text[s:e]."""
    starts = [s] + [m.end for m in mentions if s <= m.start and m.end < e]
    out = []
    for p in starts:
        m = _TOWN_AT.match(text, p, e)
        if m and _town_ok(m.group("t"), cfg):
            out.append(m.group("t"))
    return out


class _Evidence:
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


def _find_subject(
    norm: str,
    lines: list[str],
    titles: list[str],
    hints: dict,
    session_place: tuple[int, int] | None,
    mentions: list[Mention],
    votes: dict[str, float],
    phrase_hits: list,
    cfg: Config,
    is_chrome: Callable[[str], bool],
) -> tuple[Subject, _Evidence, list[str]]:
    g = gazetteer()
    ev = _Evidence()
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
        if len(ln) <= 60 and _SPEAKER.search(ln) and not _TITLE_KEY.search(ln):
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
        elif after_parent or _body_ok(mn, norm):
            ev.add(mn, 1.0, strong=False)
        if after_parent:
            for d in mn.divisions:
                if prev is not None and any(g.contains(p, d) for p in prev.divisions if p.rank < d.rank):
                    ev.adjacent[d.code] = ev.adjacent.get(d.code, 0) + 1
        prev = mn

    # hints (title from HTML, source) are strong zones too
    for text, w in ((hints.get("title") or "", 20.0), (hints.get("source") or "", 8.0)):
        if text:
            for mn in _mentions(normalise(str(text))):
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
        ht = normalise(str(hints["title"]))
        spans.append((ht, _mentions(ht), 0, len(ht), 20.0))
    for txt, ms, s, e, w in spans:
        for t in _towns_in(txt, s, e, ms, cfg):
            towns.append((t, w))
    if town_level:
        for tm in _finditer_opening(_TOWN_DESC, norm):
            if _town_ok(tm.group("t"), cfg):
                towns.append((tm.group("t"), 5.0))

    # rank county/city candidates
    def adjusted(code: str) -> float:
        d = g.by_code[code]
        s = ev.score[code]
        if d.rank == PROVINCE:
            return s * 0.1
        if unit and not town_level:
            s *= 1.0 if _compatible(d, unit) else 0.3
        return s

    ranked = sorted(ev.score, key=lambda c: (-adjusted(c), c))
    ranked = [c for c in ranked if g.by_code[c].rank != PROVINCE]

    def accepted(code: str) -> bool:
        return ev.strong.get(code, 0) >= 8 or ev.score.get(code, 0) >= 2

    title_text = " ".join(titles[:3]) + " " + str(hints.get("title") or "")
    anon_marker = _anon(title_text) or _anon(norm[:400]) or _mask_count(norm) >= 3

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
        return subj, ev, ranked
    top = ranked[0] if ranked else None
    if (
        top
        and accepted(top)
        and (not anon_marker or ev.strong.get(top, 0) >= 8)
        and (not unit or _compatible(g.by_code[top], unit) or ev.strong.get(top, 0) >= 8)
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
        return subj, ev, ranked
    subj.anonymised = True
    subj.level = "anonymised"
    return subj, ev, ranked


def _phrase_hits(norm: str, cfg: Config, limit: int = 6000) -> list[tuple[tuple[int, int], str]]:
    """Province set phrases (来陕考察, 视察龙江 …) in the opening *limit* characters: (span, province)."""
    hits = []
    for pat, table in cfg.province_phrases:
        for m in pat.finditer(norm, 0, limit):
            p = table.get(m.group("a"))
            if p:
                hits.append((m.span(), p))
    return hits


def _cue_province(norm: str, phrase_hits: list[tuple[tuple[int, int], str]], cfg: Config) -> str:
    """The province named by set phrases and province-specific terms, if they agree."""
    counts: dict[str, int] = {}
    for _, p in phrase_hits:
        counts[p] = counts.get(p, 0) + 1
    for cue, prov in cfg.province_cues:
        if cue in norm:
            counts[prov] = counts.get(prov, 0) + 1
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return ""
    return ranked[0][0]


# ---------------------------------------------------------------------------------------------
# years

_REVIEW_LINE = re.compile(r"(20\d\d)年(?:度)?[^\n]{0,30}?(?:回顾|执行情况|工作成效|主要成效|完成情况)")
#: 回顾了2017年 | 2018年(及…)工作回顾: two patterns, each starting with plain text (quick to find)
_REVIEW_PHRASES = (re.compile(r"回顾了(20\d\d)年"), re.compile(r"(20\d\d)年(?:及[^\n]{0,12})?工作回顾"))
#: ``(?:^|[\s,。;:)])`` + a sentence opening on a year (2020年是…, 2021年,全县…), see :func:`_opening`
_LEAD_YEAR = _opening(
    r"\s,。;:)",
    r"(?:刚刚)?(?:过去的)?(20\d\d)年(?:度)?(?:上半年|前三季度|1-\d{1,2}月)?"
    r"(?=是|,|以来|全县|全区|全市|全镇|全乡|全旗|我们|我局|我镇|我县|我区|我市|在)",
)
_TITLE_YEAR = re.compile(r"(20\d\d)年")
_ANY_YEAR = re.compile(r"(?<![\d-])(20\d\d)年")


def _review_phrase_year(text: str) -> int | None:
    """The year of the first 回顾了2017年 or 2017年(及…)工作回顾 in *text*."""
    if "回顾" not in text:
        return None
    found = [m for m in (rx.search(text) for rx in _REVIEW_PHRASES) if m]
    return int(min(found, key=lambda m: m.start()).group(1)) if found else None


def _main_year(
    norm: str,
    lines: list[str],
    titles: list[str],
    rtype: ReportType | None,
    rdate: date | None,
    published: date | None,
    cfg: Config,
    is_chrome: Callable[[str], bool],
) -> int | None:
    """The year the report describes.

    In order: a review heading (一、2018年工作回顾, 2022年国民经济和社会发展计划执行情况), 回顾了2017年工作,
    a sentence opening on the year (2020年是…, 2021年,全县…, 2021年上半年,…); for a delivered report
    (work report, plan report, news of the session) the year must fit the delivery date (January–August:
    the year before; later: the same year), which also decides 过去五年/本届政府 reviews; then the year in
    the title of a period document (2021年度…自查报告, 2023年…统计公报); last, the latest year the
    text speaks of.
    """
    delivered = rtype is not None and not rtype.title_year_is_period
    allowed: set[int] | None = None
    if rdate and delivered:
        allowed = {rdate.year - 1} if rdate.month <= 8 else {rdate.year}

    def ok(y: int) -> bool:
        return allowed is None or y in allowed

    body_start = 0
    for ln in lines[:60]:
        if ln.strip() and not is_chrome(ln) and ln.strip() not in titles:
            break
        body_start += len(ln) + 1
    text = norm[:20000]
    for ln in text.split("\n"):
        s = ln.strip()
        if len(s) <= 60:
            m = _REVIEW_LINE.search(s)
            if m and ok(int(m.group(1))) and _strip_noise(s, cfg) not in titles and not is_chrome(s):
                return int(m.group(1))
    y = _review_phrase_year(text)
    if y is not None and ok(y):
        return y
    if rtype is not None and rtype.title_year_is_period:
        # 2023年度…自查报告: a period document's title names the year it covers.
        for t in titles:
            m = re.search(r"((?:19|20)\d{2})年度", t)
            if m:
                return int(m.group(1))
    for m in _finditer_opening(_LEAD_YEAR, text):
        y = int(m.group(1))
        if ok(y) and (not published or y <= published.year):
            return y
    if allowed:
        return next(iter(allowed))
    if rtype is not None and rtype.title_year_is_period:
        for t in titles:
            m = _TITLE_YEAR.search(t)
            if m:
                return int(m.group(1))
    # the most recent year the content speaks of (not page dates), bounded by the publish year
    years = [int(y) for y in _ANY_YEAR.findall(norm, body_start, min(len(norm), body_start + 6000))]
    if published:
        years = [y for y in years if y <= published.year]
    return max(years) if years else None


_PLAN = re.compile(
    r"(20\d\d)年(?:全县|全区|全市|全镇|全乡)?(?:政府)?(?:工作安排|主要任务|工作(?:思路|目标|重点|任务|打算)|重点工作|"
    r"(?:经济社会发展的?)?(?:主要)?(?:预期)?目标|国民经济和社会发展计划|计划|的?总体要求|工作的总体要求)"
)
_BY_YEAR = re.compile(r"到(20\d\d)年")


def _plan_years(norm: str, year: int | None) -> list[int]:
    ys: set[int] = set()
    for m in _PLAN.finditer(norm):
        ys.add(int(m.group(1)))
    for m in _BY_YEAR.finditer(norm):
        ys.add(int(m.group(1)))
    for k, (a, b) in plan_periods().items():
        # a five-year plan is planned for by a report on the year before it starts
        if year == a - 1 and k in norm:
            ys.update(range(a, b + 1))
    if year and ("今后五年" in norm or "未来五年" in norm):
        ys.update(range(year + 1, year + 6))
    if year:
        ys = {y for y in ys if year < y <= year + 15}
    return sorted(ys)


# ---------------------------------------------------------------------------------------------
# main entry


def recognise(text: str, doc_id: str = "", hints: dict | None = None) -> DocumentMeta:
    """Document metadata of a cleaned report text (see module docstring)."""
    hints = hints or {}
    cfg = config()
    g = gazetteer()
    is_chrome = _chrome_check(cfg)
    norm = normalise(text or "")
    lines = [ln.strip() for ln in norm[:6000].split("\n")]
    # the top of the report, plus its closing lines (专此报告)
    head = norm[:2500] if len(norm) <= 2800 else norm[:2500] + "\n" + norm[-300:]

    published_s, published = _published(lines, hints, is_chrome)
    titles = _title_lines(lines, cfg, is_chrome)
    hint_title = _strip_noise(normalise(str(hints.get("title") or "")), cfg)
    title_block = "\n".join(([hint_title] if hint_title else []) + titles)
    rtype = _classify(title_block, head, cfg)

    # the delivery (session) line
    session_date: date | None = None
    session_place: tuple[int, int] | None = None
    # it stands in the title block: before 各位代表 (after a table of contents), else near the top
    k = norm.find("各位代表", 0, 8000)
    block_end = k + 40 if k >= 0 else min(len(norm), 1500)
    sm = _SESSION.search(norm, 0, block_end)
    if sm:
        session_date = _pick_date(_date_candidates(sm.groupdict()), published)
        if _NPC.search(sm.group(0)) or "届" in sm.group(0):
            session_place = sm.span("place")
    if session_place is None:
        pm = _SESSION_PLACE.search(norm, 0, block_end)
        if pm:
            session_place = pm.span("place")
    if session_date is None:
        # a date standing alone in the title block, or as the signature at the end
        tail = [ln.strip() for ln in norm[-200:].split("\n")][-4:]
        for ln in lines[:25] + tail:
            m = _DATE_ONLY_LINE.match(ln) or _TITLE_DATE.search(ln)
            if m and not _PUB_LABEL.search(ln):
                session_date = _pick_date(_date_candidates(m.groupdict()), published)
                if session_date:
                    break

    mentions = _mentions(norm)
    votes = _self_level(norm)
    phrase_hits = _phrase_hits(norm, cfg)
    subj, ev, ranked = _find_subject(
        norm, lines, titles, hints, session_place, mentions, votes, phrase_hits, cfg, is_chrome
    )

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
            province = _cue_province(norm, phrase_hits, cfg)

    # report date: the session; for a news story of the session, its day; else per type
    rdate: date | None = session_date
    if rdate is None and rtype is not None and "dateline" in rtype.date_fallback:
        year0 = _main_year(norm, lines, titles, rtype, None, published, cfg, is_chrome)
        rdate = _news_date(head, published, year0)
    report_date = rdate.isoformat() if rdate else ""
    year = _main_year(norm, lines, titles, rtype, rdate, published, cfg, is_chrome)
    if not report_date and rtype is not None:
        for how in rtype.date_fallback:
            if how == "published" and published_s and year and int(published_s[:4]) in (year, year + 1):
                report_date = published_s if published else published_s[:4]
                break
            if how == "year" and year:
                report_date = str(year)
                break

    title = hint_title or (titles[0] if titles else "")
    return DocumentMeta(
        region=subj.region,
        level=subj.level,
        province=province,
        prefecture=prefecture if subj.level != "anonymised" else "",
        adcode=adcode if subj.level != "anonymised" else "",
        anonymised=subj.anonymised,
        report_type=rtype.name if rtype else "",
        report_date=report_date,
        year=year,
        plan_years=_plan_years(norm, year),
        title=title,
        published_date=published_s if published else (str(hints.get("published_date") or "") or published_s),
        source=str(hints.get("source") or ""),
    )
