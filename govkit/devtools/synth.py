"""Synthetic corpus with known facts, for benchmarks and tests (``govkit synth``).

Documents are assembled from sentence templates written from the genre's real patterns
(``data/synth/templates.csv``), non-numeric genre sentences (``phrases.csv``), a value model
(``values.csv``: plausible county magnitudes; ``units.csv``: printed forms such as 3969万元
for a 亿元 indicator) and real county-level divisions from cpca's adcode table. Every numeric
slot of a template is a fact whose gold row (EXTRACTION.md conventions) is known exactly;
numbers that are not facts (national context, rankings, thresholds, comparisons, non-catalog
counts) come from distractor slots.

Template syntax (``templates.csv`` column ``text``):

* ``{indicator.measure:mods}`` -- a fact; measure is level | yoy | cagr | pp | completion.
  Mods: ``target``/``estimate``/``actual`` (kind), ``span`` (cumulative over the section's
  span: period_start set), ``year=B|R|Y|PE|PS|prev`` (another year, e.g. a baseline),
  ``unit=名`` / ``bare`` (printed unit), ``num`` (number and %, value positive), ``down``
  (number and %, value negative), ``raw`` (signed number), ``n=2`` (a second, independent
  draw), ``opt`` (gold row optional). Without a form mod yoy/pp print their verb (增长/下降).
* ``{name}`` -- a document symbol (region words, years; see ``_Doc.sym``).
* ``{~name}`` -- a distractor number that is not a fact (see ``_Doc.dis``).

A ``noisy_share`` of documents (chosen deterministically from the seed) gets the noise of real
downloads: web chrome, PDF-style hard wraps, watermark tokens at line ends, traditional
characters, GB18030 bytes, HTML pages. Gold evidence quotes the clean (un-noised, simplified)
text, which ``generate_document`` returns.
"""

from __future__ import annotations

import csv
import hashlib
import html
import importlib.util
import math
import random
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path

from govkit.core.errors import GovkitError, ParameterError
from govkit.core.resources import data_path

DATA_DIR = data_path("synth")

GENRES = {"wr": "政府工作报告", "sa": "目标责任考核自查报告", "ws": "年度工作总结"}
GENRE_WEIGHTS = {"wr": 0.7, "sa": 0.15, "ws": 0.15}
MEASURES = {"level": "level", "yoy": "yoy_pct", "cagr": "cagr_pct", "pp": "pp_change", "completion": "completion_pct"}
YEARS_MIN, YEARS_MAX = 2014, 2024  # review years

GOLD_COLUMNS = [
    "doc_id",
    "indicator",
    "measure",
    "value",
    "unit",
    "year",
    "period_start",
    "subperiod",
    "kind",
    "optional",
    "evidence",
    "value_text",
    "masked",
    "template",
]
META_COLUMNS = ["doc_id", "region", "level", "province", "prefecture", "adcode", "report_type", "report_date", "year"]
MANIFEST_COLUMNS = ["doc_id", "file", "title", "source_note", "sha256", "encoding", "noise"]

SYMBOLS = frozenset(
    """region short self we lvl head parent upper upper_short prov cmp congress
    plan lplan span part scope ctxyear R Y B prev PE PS""".split()
)
DISTRACTORS = frozenset("pct pp rank int big dec dep th hi small mult cn".split())
_YEAR_SYMBOLS = frozenset({"R", "Y", "B", "prev", "PE", "PS"})
_CN = "零一二三四五六七八九十"
_DELIMS = "。;:!?\n"
_ANNUAL = re.compile(r"全年|年度|一年|年均|五年")
_TOPICS_REVIEW = (
    "economy",
    "industry",
    "agriculture",
    "investment",
    "fiscal",
    "income",
    "poverty",
    "ecology",
    "tourism",
    "reform",
    "urban",
    "social",
    "safety",
)


class SynthDataError(GovkitError):
    """A synth data file (template, phrase, value spec) is malformed."""


# --------------------------------------------------------------------------- data files


@dataclass(frozen=True)
class Slot:
    indicator: str
    measure: str  # level | yoy | cagr | pp | completion
    form: str = "verb"  # verb | num | down | raw  (percent measures)
    kind: str = ""
    year: str = ""  # year symbol overriding the section's year
    unit: str | None = None
    span: bool = False
    n: int = 1
    optional: bool = False


@dataclass(frozen=True)
class Sym:
    name: str


@dataclass(frozen=True)
class Dis:
    name: str


@dataclass(frozen=True)
class Template:
    id: str
    sections: frozenset
    topic: str
    genres: frozenset | None
    kind: str
    text: str
    tokens: tuple
    slots: tuple
    clause: bool  # a clause joined with ';' into a list, else a sentence ending in 。
    annual: bool  # speaks of the whole year / span: unusable for part-year sections
    needs_span: bool  # has cagr or span slots: only in sections with a span


@dataclass(frozen=True)
class ValueSpec:
    id: str
    unit: str
    flow: str  # flow | stock | rate
    base: str  # abs | gdp | pop | <indicator id>
    lo: float
    hi: float
    dec: int
    yoy: tuple | None
    cagr: tuple | None
    pp: tuple | None
    trend: str  # up | down | flat


@dataclass(frozen=True)
class UnitForm:
    unit: str
    printed: str
    factor: Decimal
    ffactor: float
    lo: float | None
    hi: float | None
    decimals: int | None
    weight: float


def _read(name: str) -> list[dict]:
    path = DATA_DIR / name
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise SynthDataError(f"{path}: cannot read ({exc.strerror})") from exc


_SLOT_RX = re.compile(r"\{([^{}]+)\}")


def _parse_slot(body: str, where: str, catalog: dict, values: dict) -> Slot | Sym | Dis:
    if body.startswith("~"):
        if body[1:] not in DISTRACTORS:
            raise SynthDataError(f"{where}: unknown distractor {{{body}}}")
        return Dis(body[1:])
    if "." not in body:
        if body not in SYMBOLS:
            raise SynthDataError(f"{where}: unknown symbol {{{body}}}")
        return Sym(body)
    ind, _, rest = body.partition(".")
    measure, _, mods = rest.partition(":")
    if ind not in catalog:
        raise SynthDataError(f"{where}: indicator {ind!r} is not in the catalog")
    if ind not in values:
        raise SynthDataError(f"{where}: indicator {ind!r} has no row in values.csv")
    if measure not in MEASURES:
        raise SynthDataError(f"{where}: unknown measure {measure!r} in {{{body}}}")
    spec = values[ind]
    if measure in ("yoy", "cagr", "pp") and getattr(spec, measure) is None:
        raise SynthDataError(f"{where}: values.csv gives no {measure} range for {ind}")
    kw: dict = {}
    for mod in filter(None, (m.strip() for m in mods.split(","))):
        key, _, val = mod.partition("=")
        if key in ("target", "estimate", "actual"):
            kw["kind"] = key
        elif key in ("num", "down", "raw"):
            kw["form"] = key
        elif key == "span":
            kw["span"] = True
        elif key == "opt":
            kw["optional"] = True
        elif key == "bare":
            kw["unit"] = ""
        elif key == "unit":
            kw["unit"] = val
        elif key == "year" and val in _YEAR_SYMBOLS:
            kw["year"] = val
        elif key == "n" and val.isdigit():
            kw["n"] = int(val)
        else:
            raise SynthDataError(f"{where}: unknown modifier {mod!r} in {{{body}}}")
    return Slot(ind, measure, **kw)


def _parse(text: str, where: str, catalog: dict, values: dict) -> tuple:
    tokens: list = []
    pos = 0
    for m in _SLOT_RX.finditer(text):
        if m.start() > pos:
            tokens.append(text[pos : m.start()])
        tokens.append(_parse_slot(m.group(1), where, catalog, values))
        pos = m.end()
    if pos < len(text):
        tokens.append(text[pos:])
    return tuple(tokens)


def _range(row: dict, key: str) -> tuple | None:
    lo, hi = row.get(f"{key}_lo", "").strip(), row.get(f"{key}_hi", "").strip()
    return (float(lo), float(hi)) if lo and hi else None


@lru_cache(maxsize=1)
def load_values() -> dict[str, ValueSpec]:
    """The value model: one row per catalog indicator (values.csv)."""
    from govkit.core.catalog import load_catalog

    catalog = load_catalog()
    out = {}
    for i, r in enumerate(_read("values.csv"), start=2):
        ind = r["id"].strip()
        if ind not in catalog:
            raise SynthDataError(f"{DATA_DIR / 'values.csv'}:{i}: {ind!r} is not in the catalog")
        out[ind] = ValueSpec(
            ind,
            catalog[ind].unit,
            r["flow"].strip(),
            r["base"].strip(),
            float(r["lo"]),
            float(r["hi"]),
            int(r["dec"]),
            _range(r, "yoy"),
            _range(r, "cagr"),
            _range(r, "pp"),
            r["trend"].strip() or "up",
        )
    for spec in out.values():
        if spec.base not in ("abs", "gdp", "pop") and spec.base not in out:
            raise SynthDataError(f"{DATA_DIR / 'values.csv'}: {spec.id} has unknown base {spec.base!r}")
    return out


@lru_cache(maxsize=1)
def load_units() -> dict[str, list[UnitForm]]:
    """Printed forms of each canonical unit (units.csv)."""
    out: dict[str, list[UnitForm]] = {}
    for r in _read("units.csv"):
        f = Decimal(r["factor"].strip())
        out.setdefault(r["unit"].strip(), []).append(
            UnitForm(
                r["unit"].strip(),
                r["printed"].strip(),
                f,
                float(f),
                float(r["min"]) if r["min"].strip() else None,
                float(r["max"]) if r["max"].strip() else None,
                int(r["decimals"]) if r["decimals"].strip() else None,
                float(r["weight"] or 1),
            )
        )
    return out


@lru_cache(maxsize=1)
def load_templates() -> tuple[Template, ...]:
    """Sentence templates (templates.csv), parsed and checked against the catalog."""
    from govkit.core.catalog import load_catalog

    catalog, values = load_catalog(), load_values()
    out, seen = [], set()
    for i, r in enumerate(_read("templates.csv"), start=2):
        where = f"{DATA_DIR / 'templates.csv'}:{i} ({r['id']})"
        if r["id"] in seen:
            raise SynthDataError(f"{where}: duplicate id")
        seen.add(r["id"])
        text = r["text"].strip()
        tokens = _parse(text, where, catalog, values)
        slots = tuple(t for t in tokens if isinstance(t, Slot))
        genres = r["genres"].strip()
        out.append(
            Template(
                r["id"],
                frozenset(r["section"].split()),
                r["topic"].strip(),
                None if genres in ("", "*") else frozenset(genres.split()),
                r["kind"].strip() or "actual",
                text,
                tokens,
                slots,
                not text.endswith("。"),
                bool(_ANNUAL.search(text)) or any(s.year for s in slots),
                any(s.measure == "cagr" or s.span for s in slots),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def load_phrases() -> dict[tuple[str, str], list[tuple]]:
    """Non-numeric genre sentences by (kind, topic): (text tokens, genres)."""
    from govkit.core.catalog import load_catalog

    catalog, values = load_catalog(), load_values()
    out: dict[tuple[str, str], list[tuple]] = {}
    for i, r in enumerate(_read("phrases.csv"), start=2):
        text = r["text"].strip()
        where = f"{DATA_DIR / 'phrases.csv'}:{i}"
        if re.search(r"\d", text):
            raise SynthDataError(f"{where}: phrases must not contain digits (numbers belong in templates)")
        tokens = _parse(text, where, catalog, values)
        if any(isinstance(t, (Slot, Dis)) for t in tokens):
            raise SynthDataError(f"{where}: phrases may use symbols only")
        genres = r["genres"].strip()
        out.setdefault((r["kind"].strip(), r["topic"].strip()), []).append(
            (tokens, None if genres in ("", "*") else frozenset(genres.split()))
        )
    return out


@lru_cache(maxsize=1)
def load_chrome() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in _read("chrome.csv"):
        out.setdefault(r["kind"].strip(), []).append(r["text"].replace("\\n", "\n"))
    return out


@dataclass(frozen=True)
class Region:
    adcode: str
    name: str
    province: str
    prefecture: str


def cpca_adcodes_path() -> Path:
    """cpca's table of divisions (12-digit adcode, name), read without importing cpca."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise SynthDataError("cpca is not installed: it supplies the region table")
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"


_GENERIC_NAMES = {"市辖区", "城区", "郊区", "矿区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@lru_cache(maxsize=1)
def load_regions() -> tuple[Region, ...]:
    """Real county-level divisions (区/县/旗/县级市) with province and prefecture from the code."""
    path = cpca_adcodes_path()
    with open(path, encoding="utf-8", newline="") as fh:
        names = {r["adcode"][:6]: r["name"].strip() for r in csv.DictReader(fh)}
    out = []
    for code, name in sorted(names.items()):
        if code.endswith("00") or code[:2] in ("71", "81", "82") or name in _GENERIC_NAMES:
            continue
        if name[-1] not in "区县旗市":
            continue
        pref = names.get(code[:4] + "00", "")
        out.append(Region(code, name, names.get(code[:2] + "0000", ""), "" if pref in _GENERIC_NAMES else pref))
    if not out:
        raise SynthDataError(f"{path}: no county-level divisions found")
    return tuple(out)


# --------------------------------------------------------------------------- helpers


def _dec_str(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def _cn_int(n: int) -> str:
    """Chinese numeral for a count, in report style (两千, 三十二)."""
    import cn2an

    s = cn2an.an2cn(n)
    return "两" + s[1:] if s[:2] in ("二千", "二万", "二百") else s


def _cn_small(n: int) -> str:
    if n <= 10:
        return _CN[n]
    return ("" if n < 20 else _CN[n // 10]) + "十" + ("" if n % 10 == 0 else _CN[n % 10])


def _plan_label(year: int) -> str:
    k = (year - 2011) // 5  # 2011-2015 -> 十二五
    return "十" + "二三四五六七"[k] + "五" if 0 <= k < 6 else "十四五"


def _plan_end(year: int) -> int:
    return 2015 + 5 * math.ceil((year - 2015) / 5)


def _clause(text: str, a: int, b: int) -> str:
    start = max(text.rfind(c, 0, a) for c in _DELIMS) + 1
    ends = [i for i in (text.find(c, b) for c in _DELIMS) if i >= 0]
    return text[start : min(ends) if ends else len(text)].strip()


def _ri(rng: random.Random, a: int, b: int) -> int:
    """Fast randint (random.randint's pure-Python path dominates generation time)."""
    return a + int(rng.random() * (b - a + 1))


def _one(rng: random.Random, seq):
    return seq[int(rng.random() * len(seq))]


def _logu(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


@dataclass
class Ctx:
    """Where a template is rendered: the year and period its facts describe."""

    year: int
    kind: str = "actual"
    sub: str = ""
    span_start: int | None = None
    part: str = ""


class _Para:
    __slots__ = ("pieces", "topic", "min_pos", "indent")

    def __init__(self, pieces, topic=None, min_pos=1, indent=True):
        self.pieces, self.topic, self.min_pos, self.indent = list(pieces), topic, min_pos, indent


# --------------------------------------------------------------------------- one document


class _Doc:
    def __init__(self, rng: random.Random, doc_id: str, genre: str, region: Region, R: int, anonymised: bool):
        self.rng, self.doc_id, self.genre, self.region, self.R = rng, doc_id, genre, region, R
        self.values, self.units = load_values(), load_units()
        self.anonymised = anonymised
        self.facts: list[dict] = []
        self.used: set = set()
        self.used_tpl: set = set()
        self._decks: dict = {}
        self._base: dict = {}
        self._growth: dict = {}
        self._cache: dict = {}
        self.mask_p = 0.35 if rng.random() < 0.04 else 0.0
        self.gdp = self.baseline("gdp")
        self.pop = min(150.0, max(5.0, self.gdp * 1e4 / self.baseline("gdp_per_capita")))
        name = region.name
        lvl = "县" if "自治县" in name else name[-1]
        self.lvl = lvl
        if anonymised:
            name = rng.choice(("某", "**", "X")) + lvl
        self.name = name
        short = name if len(name) <= 2 or anonymised else (name[:2] if "自治" in name else name[:-1])
        pref = region.prefecture
        if name.endswith("市") and not anonymised:
            parent = pref or "全省"
        elif pref:
            parent = "全地区" if pref.endswith("地区") else "全" + pref[-1]
        else:
            parent = "全市" if region.province.endswith("市") else "全省"
        if pref.endswith("盟"):
            upper, upper_short = "盟委、行署", "盟委"
        elif pref.endswith("地区"):
            upper, upper_short = "地委、行署", "地委"
        elif pref.endswith("州"):
            upper, upper_short = "州委、州政府", "州委"
        elif pref or region.province.endswith("市"):
            upper, upper_short = "市委、市政府", "市委"
        else:
            upper, upper_short = "省委、省政府", "省委"
        self.names = {
            "region": name,
            "short": short,
            "self": "全" + lvl,
            "we": "我" + lvl,
            "lvl": lvl,
            "head": lvl + "长",
            "parent": parent,
            "upper": upper,
            "upper_short": upper_short,
            "prov": "**省" if anonymised else region.province,
            "plan": _plan_label(R),
            "congress": (
                "党的十八大和十八届历次全会"
                if R < 2017
                else "党的十九大和十九届历次全会"
                if R < 2022
                else "党的二十大和二十届历次全会"
            ),
        }
        self.years = {"R": R, "Y": R + 1, "B": R - 5, "prev": R - 1, "S": R - 4}
        self.years["PE"] = _plan_end(self.years["Y"])
        self.years["PS"] = self.years["PE"] - 4
        self.names["lplan"] = _plan_label(self.years["PE"])
        self.scope = "全年"

    # ---- symbols and distractors
    def sym(self, name: str, ctx: Ctx) -> str:
        if name in self.years:
            return str(self.years[name])
        if name == "ctxyear":
            return str(self.R)
        if name == "part":
            return ctx.part
        if name == "scope":
            return self.scope
        if name == "cmp":
            return self.rng.choice(("高于", "快于", "高出"))
        if name == "span":
            opts = ["五年来", "过去五年", "五年来"]
            if self.R in (2015, 2020, 2025):
                opts.append(f"“{self.names['plan']}”期间")
            return self.rng.choice(opts)
        return self.names[name]

    def dis(self, name: str) -> str:
        r = self.rng
        if name == "pct":
            return f"{r.uniform(0.5, 12):.{_one(r, (1, 1, 0))}f}"
        if name == "pp":
            return f"{r.uniform(0.1, 5):.1f}"
        if name == "rank":
            k = _ri(r, 1, 10)
            return _CN[k] if r.random() < 0.6 else str(k)
        if name == "int":
            return str(_ri(r, 2, 300))
        if name == "big":
            return str(_ri(r, 1000, 90000))
        if name == "dec":
            return f"{r.uniform(1, 99):.{_one(r, (1, 2))}f}"
        if name == "dep":
            return f"{self.gdp * r.uniform(0.8, 1.6):.2f}"
        if name == "th":
            return _one(r, ("2", "3"))
        if name == "hi":
            return f"{r.uniform(85, 99.9):.1f}"
        if name == "small":
            return f"{r.uniform(0.5, 4.5):.{_one(r, (1, 2))}f}"
        if name == "mult":
            return f"{r.uniform(1.3, 3.2):.1f}"
        return _cn_small(_ri(r, 2, 9))  # cn

    # ---- value model
    def baseline(self, ind: str) -> float:
        if ind in self._base:
            return self._base[ind]
        s, r = self.values[ind], self.rng
        if s.base == "abs":
            v = _logu(r, s.lo, s.hi) if s.hi >= 5 * s.lo else r.uniform(s.lo, s.hi)
        elif s.base == "gdp":
            v = self.gdp * r.uniform(s.lo, s.hi)
        elif s.base == "pop":
            v = self.pop * r.uniform(s.lo, s.hi)
        else:
            v = self.baseline(s.base) * r.uniform(s.lo, s.hi)
        self._base[ind] = v
        return v

    def _trend(self, ind: str) -> float:
        if ind not in self._growth:
            s, r = self.values[ind], self.rng
            if s.flow == "rate":
                g = {"up": r.uniform(0.2, 1.5), "down": -r.uniform(0.3, 2.5)}.get(s.trend, r.uniform(-0.2, 0.2))
            else:
                g = {"up": r.uniform(0.02, 0.1), "down": -r.uniform(0.02, 0.08)}.get(s.trend, r.uniform(-0.01, 0.01))
            self._growth[ind] = g
        return self._growth[ind]

    def _fraction(self, sub: str) -> float:
        r = self.rng
        if sub == "H1":
            return r.uniform(0.42, 0.5)
        if sub == "Q1-Q3":
            return r.uniform(0.7, 0.77)
        m = re.fullmatch(r"M1-M(\d+)", sub)
        return int(m.group(1)) / 12 * r.uniform(0.92, 1.04) if m else r.uniform(0.07, 0.1)

    def level(self, ind: str, year: int, sub: str, kind: str, span: bool) -> float:
        s, r = self.values[ind], self.rng
        b, d = self.baseline(ind), year - self.R
        if s.flow == "rate":
            v = min(100.0, max(0.05, b + self._trend(ind) * d))
        else:
            v = b * (1 + self._trend(ind)) ** d
            if span:
                v *= r.uniform(3.8, 4.8) if s.flow == "flow" else r.uniform(1.2, 2.5)
            if sub and s.flow == "flow":
                v *= self._fraction(sub)
        if kind == "target":
            v = round(v, -2) if v >= 20000 else round(v) if v >= 10 else round(v, 1)
        return v

    def pct(self, ind: str, measure: str, kind: str, form: str) -> float:
        s, r = self.values[ind], self.rng
        if measure == "completion":
            return r.uniform(98, 150) if r.random() < 0.85 else r.uniform(100, 200)
        lo, hi = getattr(s, measure) or (-2.0, 3.0)
        if form == "down":
            v = -abs(r.uniform(lo, hi))
        elif form == "num" or kind == "target":
            v = abs(r.uniform(max(lo, 0.3), hi) if lo < 0.3 < hi else r.uniform(lo, hi))
        else:
            v = r.uniform(lo, hi)
        if measure == "cagr" and form != "down":
            v = abs(v)
        if kind == "target":
            v = math.copysign(max(0.5, round(abs(v) * 2) / 2), v)
        if abs(v) < 0.1:
            v = math.copysign(0.1, v or 1)
        return v

    # ---- printing
    def _pct_text(self, v: float, kind: str) -> str:
        r = self.rng
        if kind == "target":
            return f"{abs(v):g}"
        u = r.random()
        d = 1 if u < 0.65 else 0 if u < 0.9 else 2
        s = f"{abs(v):.{d}f}"
        return s if float(s) else f"{abs(v):.2f}"

    def _mask(self, s: str) -> str:
        return "*" * max(1, min(5, sum(c.isdigit() for c in s))) if self.rng.random() < 0.7 else "***"

    def print_level(self, slot: Slot, v: float, kind: str) -> tuple[str, str, bool]:
        """(value_text, gold value, masked) for a level in the indicator's canonical unit."""
        r, spec = self.rng, self.values[slot.indicator]
        forms = [f for f in self.units[spec.unit] if (f.lo is None or v >= f.lo) and (f.hi is None or v <= f.hi)]
        form = r.choices(forms, [f.weight for f in forms])[0]
        x = v / form.ffactor
        if form.decimals is not None and form.ffactor != 1:
            dec = r.choice(range(form.decimals + 1)) if form.decimals else 0
        elif form.decimals is not None:
            dec = form.decimals
        else:
            dec = spec.dec
            if dec >= 2 and r.random() < 0.3:
                dec = 1
        if kind == "target" and form.ffactor == 1:  # round targets print as such: 140亿元, 4.5%
            dec = 0 if x == int(x) else 1
        s = f"{x:.{dec}f}"
        while float(s) == 0 and dec < 6:
            dec += 1
            s = f"{x:.{dec}f}"
        value = Decimal(s) * form.factor
        num = s
        unit_word = form.printed if slot.unit is None else slot.unit
        if form.ffactor == 1 and "." not in s:
            n = int(s)
            if spec.unit in ("个", "支") and n < 100 and r.random() < 0.3 and unit_word:
                num = _cn_int(n)
            elif spec.unit in ("人", "户") and n >= 100 and r.random() < 0.04 and unit_word:
                n = int(round(n, -(len(str(n)) - 2)))
                num, value = _cn_int(n), Decimal(n)
            elif n >= 10000 and r.random() < 0.03:
                num = f"{n:,}"
        if self.mask_p and r.random() < self.mask_p:
            return self._mask(num) + unit_word, "", True
        sep = " " if unit_word and r.random() < 0.02 else ""
        return num + sep + unit_word, _dec_str(value), False

    def print_pct(self, slot: Slot, v: float, kind: str) -> tuple[str, str, bool]:
        r = self.rng
        s = self._pct_text(v, kind)
        signed = Decimal(s) if v >= 0 else -Decimal(s)
        unit = "个百分点" if slot.measure == "pp" else "%"
        masked = bool(self.mask_p) and r.random() < self.mask_p
        num = self._mask(s) if masked else s
        if slot.form in ("num", "down") or slot.measure in ("cagr", "completion"):
            text = num + unit
        elif slot.form == "raw":
            text = ("-" if v < 0 else "") + num + unit
        elif slot.measure == "pp":
            text = (r.choice(("提高", "上升")) if v >= 0 else r.choice(("下降", "降低"))) + num + unit
        elif v < 0 and r.random() < 0.08:
            text = "增长-" + num + unit
        else:
            text = ("增长" if v >= 0 else "下降") + num + unit
        return text, "" if masked else _dec_str(signed), masked

    # ---- templates
    def _slot_key(self, slot: Slot, ctx: Ctx, kind: str) -> tuple:
        year = self.years[slot.year] if slot.year else ctx.year
        ps = ctx.span_start if (slot.measure == "cagr" or slot.span) else None
        sub = "" if slot.year else ctx.sub
        return slot.indicator, slot.measure, year, ps, sub, kind, slot.n

    def _keys(self, t: Template, ctx: Ctx) -> set:
        return {k[:5] for k in (self._slot_key(s, ctx, "") for s in t.slots)}

    def usable(self, t: Template, ctx: Ctx) -> bool:
        if t.id in self.used_tpl:
            return False
        if t.needs_span and ctx.span_start is None:
            return False
        return not (ctx.sub and t.annual)

    def pick(
        self,
        section: str,
        ctx: Ctx,
        k: int,
        topic: str | None = None,
        clause: bool | None = None,
        facts: bool | None = None,
    ) -> list[Template]:
        pool = [t for t in _pool(section, self.genre, topic, clause, facts) if self.usable(t, ctx)]
        out: list[Template] = []
        while pool and len(out) < k:
            j = int(self.rng.random() * len(pool))
            pool[j], pool[-1] = pool[-1], pool[j]
            t = pool.pop()
            keys = self._keys(t, ctx)
            if keys & self.used:
                continue
            self.used |= keys
            self.used_tpl.add(t.id)
            out.append(t)
        return out

    def render(self, t: Template, ctx: Ctx) -> str:
        parts, spans, pos = [], [], 0
        for tok in t.tokens:
            if isinstance(tok, str):
                s = tok
            elif isinstance(tok, Slot):
                s, fact = self._fact(tok, ctx, t)
                spans.append((pos, pos + len(s), fact))
            elif isinstance(tok, Sym):
                s = self.sym(tok.name, ctx)
            else:
                s = self.dis(tok.name)
            parts.append(s)
            pos += len(s)
        text = "".join(parts)
        for a, b, fact in spans:
            fact["evidence"] = _clause(text, a, b)
            self.facts.append(fact)
        return text

    def _fact(self, slot: Slot, ctx: Ctx, t: Template) -> tuple[str, dict]:
        kind = slot.kind or t.kind
        key = self._slot_key(slot, ctx, kind)
        ind, measure, year, ps, sub = key[:5]
        if key not in self._cache:
            if measure == "level":
                self._cache[key] = self.level(ind, year, sub, kind, slot.span)
            else:
                self._cache[key] = self.pct(ind, measure, kind, slot.form)
        v = self._cache[key]
        if measure == "level":
            text, value, masked = self.print_level(slot, v, kind)
            unit = self.values[ind].unit
        else:
            text, value, masked = self.print_pct(slot, v, kind)
            unit = "pp" if measure == "pp" else "%"
        return text, {
            "doc_id": self.doc_id,
            "indicator": ind,
            "measure": MEASURES[measure],
            "value": value,
            "unit": unit,
            "year": year,
            "period_start": "" if ps is None else ps,
            "subperiod": sub,
            "kind": kind,
            "optional": int(slot.optional),
            "evidence": "",
            "value_text": text,
            "masked": int(masked),
            "template": t.id,
        }

    # ---- phrases
    def _draw(self, kind: str, topic: str, reuse: bool) -> tuple | None:
        """Phrase tokens from a per-document shuffled deck: no repeats until the deck is spent."""
        key = (kind, topic)
        pool = _phrase_pool(kind, topic, self.genre)
        if not pool:
            return None
        deck = self._decks.get(key)
        if deck is None:
            deck = self._decks[key] = list(range(len(pool)))
        if deck:
            j = int(self.rng.random() * len(deck))
            deck[j], deck[-1] = deck[-1], deck[j]
            return pool[deck.pop()]
        return _one(self.rng, pool) if reuse else None

    def _text(self, tokens: tuple, ctx: Ctx | None) -> str:
        if len(tokens) == 1 and isinstance(tokens[0], str):
            return tokens[0]
        ctx = ctx or Ctx(self.R)
        return "".join(t if isinstance(t, str) else self.sym(t.name, ctx) for t in tokens)

    def phrase(self, kind: str, topic: str = "*", ctx: Ctx | None = None) -> str | None:
        tokens = self._draw(kind, topic, reuse=True)
        return None if tokens is None else self._text(tokens, ctx)

    def filler(self, topic: str) -> str:
        """A non-numeric sentence on *topic*, avoiding repeats within the document."""
        r = self.rng
        if r.random() < 0.6:
            s = self.phrase_fresh("filler", topic)
            if s:
                return s
        acts = [a for a in (self.phrase_fresh("act", topic) for _ in range(2 + (r.random() < 0.5))) if a]
        if len(acts) < 2:
            s = self.phrase_fresh("filler", topic) or self.phrase_fresh("filler", "*")
            if s:
                return s
            acts = list(dict.fromkeys(self.phrase("act", topic) or "" for _ in range(3)))
        if r.random() < 0.7:
            acts.append(self.phrase("result") or "")
        return ",".join(a for a in acts if a) + "。"

    def phrase_fresh(self, kind: str, topic: str) -> str | None:
        tokens = self._draw(kind, topic, reuse=False)
        return None if tokens is None else self._text(tokens, None)


@cache
def _pool(section: str, genre: str, topic: str | None, clause: bool | None, facts: bool | None) -> tuple[Template, ...]:
    return tuple(
        t
        for t in load_templates()
        if section in t.sections
        and (t.genres is None or genre in t.genres)
        and (topic is None or t.topic == topic)
        and (clause is None or t.clause == clause)
        and (facts is None or bool(t.slots) == facts)
    )


@cache
def _phrase_pool(kind: str, topic: str, genre: str) -> tuple[tuple, ...]:
    return tuple(
        tokens for tokens, genres in load_phrases().get((kind, topic), ()) if genres is None or genre in genres
    )


# --------------------------------------------------------------------------- genres


def _numbered(i: int) -> str:
    return f"({_cn_small(i + 1)})"


def _clause_list(doc: _Doc, section: str, ctx: Ctx, lead: str | None, k: int) -> str | None:
    ts = doc.pick(section, ctx, k, clause=True)
    if not ts:
        return None
    return (lead or "") + ";".join(doc.render(t, ctx) for t in ts) + "。"


def _theme_paras(
    doc: _Doc, ctx: Ctx, topics, style: str, heading_kind: str, section: str, n_facts: tuple[int, int]
) -> list[_Para]:
    r, out = doc.rng, []
    for i, topic in enumerate(topics):
        head = doc.phrase(heading_kind, topic) or ""
        body = [
            doc.render(t, ctx)
            for t in doc.pick(section, ctx, r.randint(*n_facts), topic=topic, clause=False, facts=True)
        ]
        if r.random() < 0.5:
            body += [doc.render(t, ctx) for t in doc.pick(section, ctx, 1, topic=topic, clause=False, facts=False)]
        body += [doc.filler(topic) for _ in range(r.randint(1, 3))]
        r.shuffle(body)
        if style == "line":
            out.append(_Para([_numbered(i) + head], indent=True, min_pos=99))
            out.append(_Para(body, topic=topic, min_pos=0))
        elif style == "numbered":
            out.append(_Para([_numbered(i) + head + "。"] + body, topic=topic))
        else:
            out.append(_Para([head + "。"] + body, topic=topic))
    return out


def _date(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _build_work_report(doc: _Doc) -> tuple[str, list[_Para], str]:
    r, R, Y = doc.rng, doc.R, doc.R + 1
    if r.random() < 0.12:
        dy, dm, dd = R, 12, r.randint(18, 31)
    else:
        dy, dm, dd = Y, r.randint(1, 3), r.randint(3, 28)
    name, lvl = doc.name, doc.lvl
    title = r.choice((f"{name}{Y}年政府工作报告", "政府工作报告", "政 府 工 作 报 告"))
    session = f"第{_cn_small(r.randint(14, 19))}届人民代表大会第{_cn_small(r.randint(1, 7))}次会议上"
    when = f"{dy}年{dm}月{dd}日在{name}{session}"
    paras = [
        _Para([title], indent=False, min_pos=99),
        _Para([r.choice((f"——{when}", f"({when})", when))], indent=False, min_pos=99),
        _Para(
            [r.choice((f"{name}人民政府{lvl}长 某某", f"{lvl}长 某某", f"代{lvl}长 某某"))], indent=False, min_pos=99
        ),
        _Para(["各位代表:"], indent=False, min_pos=99),
        _Para([doc.phrase("open")], min_pos=99),
    ]
    review = Ctx(R)
    five = R in (2015, 2020, 2025) and r.random() < 0.8 or r.random() < 0.2
    sec1 = r.choice((f"一、{R}年工作回顾", f"一、{R}年政府工作回顾", "一、过去一年工作回顾"))
    if five and R in (2015, 2020, 2025):
        sec1 = f"一、{R}年及“{doc.names['plan']}”时期发展回顾"
    paras.append(_Para([sec1], indent=False, min_pos=99))
    paras.append(_Para([doc.phrase("review_intro")], topic="*"))
    if r.random() < 0.3:
        paras.append(_Para([doc.render(t, review) for t in doc.pick("ctx", review, 1)], min_pos=99))
    head = _clause_list(doc, "head", review, doc.phrase("head_lead"), r.randint(4, 9))
    if head:
        paras.append(_Para([head], min_pos=99))
    if r.random() < 0.12:
        sub, part = r.choice((("Q1-Q3", "前三季度"), ("M1-M11", "1-11月"), ("M1-M10", "1—10月")))
        pc = Ctx(R, sub=sub, part=part)
        if dy == R:  # a December report can quote part-year figures of the current year
            lst = _clause_list(doc, "part", pc, doc.phrase("part_lead", ctx=pc), r.randint(2, 4))
            if lst:
                paras.append(_Para([lst], min_pos=99))
    topics = r.sample(_TOPICS_REVIEW, r.randint(5, 9))
    paras += _theme_paras(
        doc, review, topics, r.choice(("numbered", "plain", "line")), "heading_review", "theme", (1, 3)
    )
    if five:
        fc = Ctx(R, span_start=R - 4)
        paras.append(_Para([doc.phrase("five_intro")], topic="*"))
        ts = doc.pick("five", fc, r.randint(3, 7))
        for j in range(0, len(ts), 2):
            body = [doc.render(t, fc) for t in ts[j : j + 2]]
            if r.random() < 0.4:
                body[0] = "——" + body[0]
            paras.append(_Para(body, topic=ts[j].topic))
    if r.random() < 0.7:
        paras.append(_Para([doc.phrase("thanks")], min_pos=99))
    paras.append(_Para([doc.phrase("problems")], min_pos=99))
    long_ = Y == doc.years["PS"] and r.random() < 0.8 or Y < doc.years["PE"] and r.random() < 0.15
    n = 2
    if long_:
        lc = Ctx(doc.years["PE"], kind="target", span_start=doc.years["PS"] if Y == doc.years["PS"] else None)
        paras.append(
            _Para(
                [
                    f"二、“{doc.names['lplan']}”时期主要目标任务"
                    if Y == doc.years["PS"]
                    else f"二、到{doc.years['PE']}年的奋斗目标"
                ],
                indent=False,
                min_pos=99,
            )
        )
        lst = _clause_list(doc, "long", lc, doc.phrase("long_lead"), r.randint(3, 7))
        if lst:
            paras.append(_Para([lst], min_pos=99))
        n = 3
    num = "二三四"[n - 2]
    # a report delivered in December speaks of the coming year as 明年, not 今年
    now = (lambda s: s.replace("今年", "明年")) if dy == R else (lambda s: s)
    paras.append(
        _Para(
            [now(r.choice((f"{num}、{Y}年工作安排", f"{num}、{Y}年主要工作", f"{num}、今年工作安排")))],
            indent=False,
            min_pos=99,
        )
    )
    plan = Ctx(Y, kind="target")
    paras.append(_Para([now(doc.phrase("plan_intro"))], topic="*"))
    if r.random() < 0.3:
        paras.append(_Para([doc.render(t, review) for t in doc.pick("ctx", review, 1)], min_pos=99))
    lst = _clause_list(doc, "plan", plan, now(doc.phrase("plan_lead")), r.randint(4, 9))
    if lst:
        paras.append(_Para([lst], min_pos=99))
    paras += _theme_paras(doc, plan, r.sample(_TOPICS_REVIEW, r.randint(3, 7)), "line", "heading_plan", "plan", (0, 1))
    nxt = "三四五"[n - 2]
    paras.append(_Para([f"{nxt}、全面加强政府自身建设"], indent=False, min_pos=99))
    paras.append(_Para([doc.phrase("gov") for _ in range(r.randint(2, 4))], topic=None, min_pos=99))
    paras.append(_Para([doc.phrase("closing")], min_pos=99))
    return title if title.startswith(name) else f"{name}{Y}年政府工作报告", paras, _date(dy, dm, dd)


def _build_self_assessment(doc: _Doc) -> tuple[str, list[_Para], str]:
    r, R, name = doc.rng, doc.R, doc.name
    mid = r.random() < 0.3
    if mid:
        date = _date(R, 7, r.randint(1, 25))
        doc.scope = "上半年"
        title = f"{name}{R}年上半年目标责任考核自查报告"
        sub, part = r.choice((("H1", "上半年"), ("M1-M6", "1-6月"), ("H1", "上半年")))
        review = Ctx(R, sub=sub, part=part)
    else:
        date = _date(R, 12, r.randint(5, 31)) if r.random() < 0.7 else _date(R + 1, 1, r.randint(3, 20))
        title = r.choice(
            (
                f"{name}{R}年度目标责任考核自查报告",
                f"{R}年度目标责任考核任务完成情况的自查报告",
                f"关于{name}{R}年目标责任考核工作的自查报告",
            )
        )
        review = Ctx(R)
    paras = [_Para([title], indent=False, min_pos=99), _Para([doc.phrase("sa_intro")], min_pos=99)]
    paras.append(_Para(["一、主要经济指标完成情况"], indent=False, min_pos=99))
    section = "part" if mid else "head"
    lead = doc.phrase("part_lead", ctx=review) if mid else doc.phrase("head_lead")
    lst = _clause_list(doc, section, review, lead, r.randint(5, 10))
    if lst:
        paras.append(_Para([lst], min_pos=99))
    if not mid and r.random() < 0.5:
        sub, part = r.choice((("Q1-Q3", "前三季度"), ("M1-M11", "1-11月"), ("M1-M10", "1-10月")))
        pc = Ctx(R, sub=sub, part=part)
        lst = _clause_list(doc, "part", pc, doc.phrase("part_lead", ctx=pc), r.randint(2, 4))
        if lst:
            paras.append(_Para([lst], min_pos=99))
    paras.append(_Para(["二、重点工作推进情况"], indent=False, min_pos=99))
    paras += _theme_paras(
        doc,
        review,
        r.sample(_TOPICS_REVIEW, r.randint(4, 8)),
        r.choice(("numbered", "line")),
        "heading_review",
        "theme",
        (1, 3),
    )
    paras.append(_Para(["三、存在的问题"], indent=False, min_pos=99))
    paras.append(_Para([doc.phrase("sa_problems")], min_pos=99))
    paras.append(_Para(["四、下一步工作打算"], indent=False, min_pos=99))
    paras.append(_Para([doc.phrase("sa_next")], topic="*"))
    if not mid and r.random() < 0.5:
        lst = _clause_list(doc, "plan", Ctx(R + 1, kind="target"), doc.phrase("plan_lead"), r.randint(3, 6))
        if lst:
            paras.append(_Para([lst], min_pos=99))
    paras.append(_Para([f"{name}人民政府"], indent=False, min_pos=99))
    y, m, d = (int(x) for x in date.split("-"))
    paras.append(_Para([f"{y}年{m}月{d}日"], indent=False, min_pos=99))
    return title if name in title else f"{name}{title}", paras, date


def _build_work_summary(doc: _Doc) -> tuple[str, list[_Para], str]:
    r, R, name = doc.rng, doc.R, doc.name
    date = _date(R, 12, r.randint(10, 31)) if r.random() < 0.6 else _date(R + 1, 1, r.randint(2, 25))
    title = r.choice((f"{name}人民政府{R}年工作总结", f"{name}{R}年度工作总结", f"{R}年{name}政府工作总结"))
    review = Ctx(R)
    paras = [_Para([title], indent=False, min_pos=99), _Para([doc.phrase("ws_intro")], min_pos=99)]
    paras.append(_Para([r.choice((f"一、{R}年主要工作完成情况", "一、主要工作成效"))], indent=False, min_pos=99))
    lst = _clause_list(doc, "head", review, doc.phrase("head_lead"), r.randint(4, 8))
    if lst:
        paras.append(_Para([lst], min_pos=99))
    paras += _theme_paras(
        doc,
        review,
        r.sample(_TOPICS_REVIEW, r.randint(4, 8)),
        r.choice(("numbered", "plain")),
        "heading_review",
        "theme",
        (1, 3),
    )
    paras.append(_Para(["二、存在的问题和不足"], indent=False, min_pos=99))
    paras.append(_Para([doc.phrase("problems")], min_pos=99))
    paras.append(_Para([f"三、{R + 1}年工作打算"], indent=False, min_pos=99))
    lst = _clause_list(doc, "plan", Ctx(R + 1, kind="target"), doc.phrase("plan_lead"), r.randint(3, 7))
    if lst:
        paras.append(_Para([lst], min_pos=99))
    paras += _theme_paras(
        doc,
        Ctx(R + 1, kind="target"),
        r.sample(_TOPICS_REVIEW, r.randint(2, 4)),
        "numbered",
        "heading_plan",
        "plan",
        (0, 1),
    )
    paras.append(_Para([doc.phrase("sa_next")], min_pos=99))
    return title, paras, date


_BUILDERS = {"wr": _build_work_report, "sa": _build_self_assessment, "ws": _build_work_summary}


def _pad(doc: _Doc, paras: list[_Para], target_chars: int) -> None:
    """Insert filler sentences into body paragraphs until the document reaches its size."""
    r = doc.rng
    fillable = [p for p in paras if p.topic is not None]
    if not fillable:
        return
    size = sum(len(s) for p in paras for s in p.pieces)
    while size < target_chars:
        p = _one(r, fillable)
        topic = p.topic if p.topic != "*" else _one(r, _TOPICS_REVIEW)
        s = doc.filler(topic)
        p.pieces.insert(_ri(r, min(p.min_pos, len(p.pieces)), len(p.pieces)), s)
        size += len(s)


def generate_document(
    rng: random.Random,
    doc_id: str = "synth_00001",
    *,
    genre: str | None = None,
    region: Region | None = None,
    year: int | None = None,
    target_bytes: int | None = None,
) -> tuple[str, list[dict], dict]:
    """One clean synthetic report: (text, gold fact rows, metadata row).

    Deterministic for a given *rng* state. Gold rows follow EXTRACTION.md; evidence strings
    are verbatim substrings of *text*.
    """
    if genre is None:
        genre = rng.choices(list(GENRE_WEIGHTS), list(GENRE_WEIGHTS.values()))[0]
    if genre not in GENRES:
        raise ParameterError(f"unknown synthetic genre {genre!r} (use one of {', '.join(GENRES)})")
    region = region or rng.choice(load_regions())
    R = year if year is not None else rng.randint(YEARS_MIN, YEARS_MAX)
    anonymised = rng.random() < 0.03
    doc = _Doc(rng, doc_id, genre, region, R, anonymised)
    title, paras, date = _BUILDERS[genre](doc)
    target = target_bytes or int(_logu(rng, 5_000, 25_000))
    _pad(doc, paras, target // 3)
    indent = rng.choice(("", "  ", "\u3000\u3000"))
    sep = rng.choice(("\n", "\n\n"))
    text = sep.join((indent if p.indent else "") + "".join(p.pieces) for p in paras) + "\n"
    meta = {
        "doc_id": doc_id,
        "region": "" if anonymised else region.name,
        "level": "anonymised" if anonymised else "county",
        "province": "" if anonymised else region.province,
        "prefecture": "" if anonymised else region.prefecture,
        "adcode": "" if anonymised else region.adcode,
        "report_type": GENRES[genre],
        "report_date": date,
        "year": R,
        "title": title,
    }
    return text, doc.facts, meta


# --------------------------------------------------------------------------- noise

NOISES = ("chrome", "wrap", "watermark", "trad", "gbk", "html")
_NOISE_P = {"chrome": 0.55, "wrap": 0.45, "watermark": 0.3, "trad": 0.12, "gbk": 0.3, "html": 0.15}


def choose_noise(rng: random.Random) -> tuple[str, ...]:
    """The kinds of noise for one noisy document (at least one)."""
    tags = [k for k in NOISES if rng.random() < _NOISE_P[k]]
    return tuple(tags or [rng.choice(NOISES)])


def _chrome_fill(rng: random.Random, s: str, meta: dict) -> str:
    y, m, d = meta["report_date"].split("-")
    pub = f"{y}-{m}-{min(28, int(d) + rng.randint(1, 9)):02d}"
    lvl = (meta["region"] or "县")[-1]
    vals = {
        "pubdate": rng.choice((pub, pub.replace("-", "/"))),
        "pubdatetime": f"{pub} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "region": meta["region"] or "某" + lvl,
        "lvl": lvl,
        "clicks": str(rng.randint(12, 9000)),
        "siteid": str(rng.randint(10**9, 10**10 - 1)),
        "icp": str(rng.randint(10**7, 10**8 - 1)),
        "chars": str(rng.randint(5000, 20000)),
        "shown": str(rng.randint(700, 4000)),
    }
    src = rng.choice(load_chrome()["source"])
    vals["source"] = src.format(**vals)
    return s.format(**vals)


def _wrap(text: str, rng: random.Random) -> str:
    width = rng.randint(25, 40)
    joiner = "\n" if rng.random() < 0.7 else " "
    out = []
    for line in text.split("\n"):
        while len(line) > width + 3:
            w = width + rng.randint(-3, 3)
            out.append(line[:w])
            line = line[w:]
        out.append(line)
    return joiner.join(out)


def apply_noise(text: str, meta: dict, noise: tuple[str, ...], rng: random.Random) -> tuple[bytes, str, str]:
    """(file bytes, extension, encoding) of *text* with the given noise applied."""
    chrome = load_chrome()
    if "watermark" in noise:
        token = "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3))
        if rng.random() < 0.3:
            token += rng.choice(chrome["slogan"])
        text = "\n".join(ln + token if ln.strip() and rng.random() < 0.85 else ln for ln in text.split("\n"))
    if "wrap" in noise:
        text = _wrap(text, rng)
    if "chrome" in noise:
        head = [
            rng.choice(chrome["breadcrumb"]),
            "",
            meta["title"],
            _chrome_fill(rng, rng.choice(chrome["meta"]), meta),
        ]
        if rng.random() < 0.5:
            head.append(rng.choice(chrome["tools"]))
        tail = [_chrome_fill(rng, s, meta) for s in rng.sample(chrome["footer"], rng.randint(2, 4))]
        text = "\n".join(head) + "\n\n" + text + "\n" + "\n".join(tail) + "\n"
    if "trad" in noise:
        text = _opencc("s2t").convert(text)
    encoding = "gb18030" if "gbk" in noise else "utf-8"
    ext = ".txt"
    if "html" in noise:
        ext = ".html"
        body = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip())
        hexid = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        text = (
            f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{"gbk" if encoding != "utf-8" else "utf-8"}">\n'
            f"<title>{html.escape(meta['title'])}</title>\n"
            '<style>body{font-family:"宋体";font-size:16px} .nav a{color:#333} #share{display:none}</style>\n'
            f'<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");'
            f'hm.src="https://hm.example.com/hm.js?{hexid}";}})();</script>\n</head>\n<body>\n'
            '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>\n'
            f'<div class="article">\n{body}\n</div>\n'
            '<script>function share(t){document.getElementById("share").style.display=t?"block":"none";}</script>\n'
            "</body>\n</html>\n"
        )
    return text.encode(encoding), ext, encoding


@lru_cache(maxsize=2)
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def noisy_indices(n_docs: int, seed: int, noisy_share: float) -> set[int]:
    """Exactly round(n_docs * noisy_share) document numbers (1-based), chosen from the seed."""
    k = round(n_docs * noisy_share)
    return set(random.Random(f"govkit-synth-noise:{seed}:{n_docs}").sample(range(1, n_docs + 1), k))


# --------------------------------------------------------------------------- corpus


def _remove_stale(out: Path, keep: set[str]) -> None:
    """Delete files a previous ``synth`` run listed in MANIFEST.csv and this run does not write."""
    man = out / "MANIFEST.csv"
    if not man.exists():
        return
    with open(man, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            f = (row.get("file") or "").strip()
            if f and f not in keep and re.fullmatch(r"synth_\d+\.(txt|html)", f):
                (out / f).unlink(missing_ok=True)


def _make_document(task: tuple) -> tuple[list[dict], dict, dict, int]:
    """Generate, add noise to and write document number *i*; return its table rows."""
    i, width, seed, noisy, out = task
    doc_id = f"synth_{i:0{width}d}"
    rng = random.Random(f"govkit-synth:{seed}:{i}")
    text, facts, meta = generate_document(rng, doc_id)
    noise = choose_noise(rng) if noisy else ()
    if noise:
        data, ext, encoding = apply_noise(text, meta, noise, rng)
    else:
        data, ext, encoding = text.encode("utf-8"), ".txt", "utf-8"
    path = Path(out) / (doc_id + ext)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise GovkitError(f"{path}: cannot write ({exc.strerror})") from exc
    man = {
        "doc_id": doc_id,
        "file": path.name,
        "title": meta["title"],
        "source_note": f"synthetic {meta['report_type']} (govkit synth seed={seed}); "
        f"region {meta['region'] or 'anonymised'}; year {meta['year']}",
        "sha256": hashlib.sha256(data).hexdigest(),
        "encoding": encoding,
        "noise": "+".join(noise),
    }
    return facts, {k: meta[k] for k in META_COLUMNS}, man, len(data)


def _write_rows(path: Path, columns: list[str], rows) -> None:
    """CSV with BOM (as govkit.store.tables.write_csv), written atomically, rows streamed."""
    from govkit.store.tables import atomic_path

    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.DictWriter(fh, columns, lineterminator="\n", extrasaction="ignore")
            w.writeheader()
            for row in rows:
                w.writerow(row)


def write_synthetic_corpus(
    out: str | Path, n_docs: int = 100, seed: int = 0, noisy_share: float = 0.2, jobs: int = 0
) -> str:
    """Write *n_docs* synthetic reports plus gold.csv, gold_meta.csv and MANIFEST.csv into *out*.

    Output is byte-identical for the same (n_docs, seed, noisy_share) whatever *jobs* is
    (worker processes; 0 = all cores). Returns a one-line summary (documents, bytes, facts,
    seconds).
    """
    import os

    if not isinstance(n_docs, int) or n_docs < 1:
        raise ParameterError(f"--docs must be a positive integer, got {n_docs!r}")
    if not 0 <= noisy_share <= 1:
        raise ParameterError(f"--noisy must be a share between 0 and 1, got {noisy_share!r}")
    t0 = time.perf_counter()
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ParameterError(f"{out}: exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(n_docs)))
    noisy = noisy_indices(n_docs, seed, noisy_share)
    tasks = [(i, width, seed, i in noisy, str(out)) for i in range(1, n_docs + 1)]
    load_templates(), load_phrases(), load_regions(), load_chrome()  # loaded once, before forking
    jobs = jobs or os.cpu_count() or 1
    metas, manifest = [], []
    counts = {"facts": 0, "bytes": 0}

    def gold_rows(results):
        for facts, meta, man, nbytes in results:
            metas.append(meta)
            manifest.append(man)
            counts["facts"] += len(facts)
            counts["bytes"] += nbytes
            yield from facts

    if jobs > 1 and n_docs >= 200:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, min(100, n_docs // (4 * jobs)))
            _write_rows(out / "gold.csv", GOLD_COLUMNS, gold_rows(pool.map(_make_document, tasks, chunksize=chunk)))
    else:
        _write_rows(out / "gold.csv", GOLD_COLUMNS, gold_rows(map(_make_document, tasks)))
    _remove_stale(out, {m["file"] for m in manifest})
    _write_rows(out / "gold_meta.csv", META_COLUMNS, metas)
    _write_rows(out / "MANIFEST.csv", MANIFEST_COLUMNS, manifest)
    secs = time.perf_counter() - t0
    return (
        f"synth: {n_docs} documents ({len(noisy)} noisy), {counts['bytes'] / 1e6:.1f} MB, "
        f"{counts['facts']} facts -> {out} in {secs:.1f}s"
    )
