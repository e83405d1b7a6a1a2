"""Rendering one synthetic document: its symbols, values, printed numbers and sentences.

A :class:`Doc` holds the document's random stream, region words and years, draws values from
the value model (a baseline per indicator, a trend, part-year fractions, target rounding),
prints them as reports do (unit forms, Chinese numerals, masks), picks templates without
repeating a fact key, renders them and records every fact's gold row with its evidence clause.
Genre layouts (:mod:`govkit.devtools.synth.genres`) decide which templates go where.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from decimal import Decimal

from govkit.devtools.synth.data import Region, load_units, load_values
from govkit.devtools.synth.numerals import CN_DIGITS, clause_around, cn_int, cn_small, dec_str, plan_end, plan_label
from govkit.devtools.synth.templates import MEASURES, Slot, Sym, Template, phrase_pool, template_pool


def ri(rng: random.Random, a: int, b: int) -> int:
    """Fast randint (random.randint's pure-Python path dominates generation time)."""
    return a + int(rng.random() * (b - a + 1))


def one(rng: random.Random, seq):
    """A uniform choice from *seq* (one draw from *rng*)."""
    return seq[int(rng.random() * len(seq))]


def logu(rng: random.Random, lo: float, hi: float) -> float:
    """A log-uniform draw between *lo* and *hi*."""
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


@dataclass
class Ctx:
    """Where a template is rendered: the year and period its facts describe."""

    year: int
    kind: str = "actual"
    sub: str = ""
    span_start: int | None = None
    part: str = ""


class Para:
    """A paragraph being assembled: its pieces, its topic (for filler) and where filler may go."""

    __slots__ = ("pieces", "topic", "min_pos", "indent")

    def __init__(self, pieces, topic=None, min_pos=1, indent=True):
        self.pieces, self.topic, self.min_pos, self.indent = list(pieces), topic, min_pos, indent


class Doc:
    """One document being generated (see the module docstring)."""

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
            "plan": plan_label(R),
            "congress": (
                "党的十八大和十八届历次全会"
                if R < 2017
                else "党的十九大和十九届历次全会"
                if R < 2022
                else "党的二十大和二十届历次全会"
            ),
        }
        self.years = {"R": R, "Y": R + 1, "B": R - 5, "prev": R - 1}
        self.years["PE"] = plan_end(self.years["Y"])
        self.years["PS"] = self.years["PE"] - 4
        self.names["lplan"] = plan_label(self.years["PE"])
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
            return f"{r.uniform(0.5, 12):.{one(r, (1, 1, 0))}f}"
        if name == "pp":
            return f"{r.uniform(0.1, 5):.1f}"
        if name == "rank":
            k = ri(r, 1, 10)
            return CN_DIGITS[k] if r.random() < 0.6 else str(k)
        if name == "int":
            return str(ri(r, 2, 300))
        if name == "big":
            return str(ri(r, 1000, 90000))
        if name == "dec":
            return f"{r.uniform(1, 99):.{one(r, (1, 2))}f}"
        if name == "dep":
            return f"{self.gdp * r.uniform(0.8, 1.6):.2f}"
        if name == "th":
            return one(r, ("2", "3"))
        if name == "hi":
            return f"{r.uniform(85, 99.9):.1f}"
        if name == "small":
            return f"{r.uniform(0.5, 4.5):.{one(r, (1, 2))}f}"
        if name == "mult":
            return f"{r.uniform(1.3, 3.2):.1f}"
        return cn_small(ri(r, 2, 9))  # cn

    # ---- value model
    def baseline(self, ind: str) -> float:
        if ind in self._base:
            return self._base[ind]
        s, r = self.values[ind], self.rng
        if s.base == "abs":
            v = logu(r, s.lo, s.hi) if s.hi >= 5 * s.lo else r.uniform(s.lo, s.hi)
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
                num = cn_int(n)
            elif spec.unit in ("人", "户") and n >= 100 and r.random() < 0.04 and unit_word:
                n = int(round(n, -(len(str(n)) - 2)))
                num, value = cn_int(n), Decimal(n)
            elif n >= 10000 and r.random() < 0.03:
                num = f"{n:,}"
        if self.mask_p and r.random() < self.mask_p:
            return self._mask(num) + unit_word, "", True
        sep = " " if unit_word and r.random() < 0.02 else ""
        return num + sep + unit_word, dec_str(value), False

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
        return text, "" if masked else dec_str(signed), masked

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
        pool = [t for t in template_pool(section, self.genre, topic, clause, facts) if self.usable(t, ctx)]
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
            fact["evidence"] = clause_around(text, a, b)
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
        pool = phrase_pool(kind, topic, self.genre)
        if not pool:
            return None
        deck = self._decks.get(key)
        if deck is None:
            deck = self._decks[key] = list(range(len(pool)))
        if deck:
            j = int(self.rng.random() * len(deck))
            deck[j], deck[-1] = deck[-1], deck[j]
            return pool[deck.pop()]
        return one(self.rng, pool) if reuse else None

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
