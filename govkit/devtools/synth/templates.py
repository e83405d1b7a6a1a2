"""Sentence templates and genre phrases (``templates.csv``, ``phrases.csv``): syntax, parsing, pools.

A template is literal text with slots: ``{indicator.measure:mods}`` is a fact, ``{name}`` a
document symbol, ``{~name}`` a distractor number that is not a fact (the syntax is described in
:mod:`govkit.devtools.synth`). Templates are parsed once, checked against the catalog and the
value model, and grouped into pools by section, genre, topic and form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from govkit.core.catalog import load_catalog
from govkit.devtools.synth.data import DATA_DIR, SynthDataError, load_values, read_rows

MEASURES = {"level": "level", "yoy": "yoy_pct", "cagr": "cagr_pct", "pp": "pp_change", "completion": "completion_pct"}
SYMBOLS = frozenset(
    """region short self we lvl head parent upper upper_short prov cmp congress
    plan lplan span part scope ctxyear R Y B prev PE PS""".split()
)
DISTRACTORS = frozenset("pct pp rank int big dec dep th hi small mult cn".split())
_YEAR_SYMBOLS = frozenset({"R", "Y", "B", "prev", "PE", "PS"})
_ANNUAL = re.compile(r"全年|年度|一年|年均|五年")


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


def parse_tokens(text: str, where: str, catalog: dict, values: dict) -> tuple:
    """The tokens of a template or phrase: literal strings and :class:`Slot`, :class:`Sym`, :class:`Dis`."""
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


@lru_cache(maxsize=1)
def load_templates() -> tuple[Template, ...]:
    """Sentence templates (templates.csv), parsed and checked against the catalog."""
    catalog, values = load_catalog(), load_values()
    out, seen = [], set()
    for i, r in enumerate(read_rows("templates.csv"), start=2):
        where = f"{DATA_DIR / 'templates.csv'}:{i} ({r['id']})"
        if r["id"] in seen:
            raise SynthDataError(f"{where}: duplicate id")
        seen.add(r["id"])
        text = r["text"].strip()
        tokens = parse_tokens(text, where, catalog, values)
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
    catalog, values = load_catalog(), load_values()
    out: dict[tuple[str, str], list[tuple]] = {}
    for i, r in enumerate(read_rows("phrases.csv"), start=2):
        text = r["text"].strip()
        where = f"{DATA_DIR / 'phrases.csv'}:{i}"
        if re.search(r"\d", text):
            raise SynthDataError(f"{where}: phrases must not contain digits (numbers belong in templates)")
        tokens = parse_tokens(text, where, catalog, values)
        if any(isinstance(t, (Slot, Dis)) for t in tokens):
            raise SynthDataError(f"{where}: phrases may use symbols only")
        genres = r["genres"].strip()
        out.setdefault((r["kind"].strip(), r["topic"].strip()), []).append(
            (tokens, None if genres in ("", "*") else frozenset(genres.split()))
        )
    return out


@cache
def template_pool(
    section: str, genre: str, topic: str | None, clause: bool | None, facts: bool | None
) -> tuple[Template, ...]:
    """The templates usable in *section* of a *genre* document (optionally: of a topic, clause or not, with facts or not)."""
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
def phrase_pool(kind: str, topic: str, genre: str) -> tuple[tuple, ...]:
    """The token sequences of the phrases of *kind* on *topic* usable in a *genre* document."""
    return tuple(
        tokens for tokens, genres in load_phrases().get((kind, topic), ()) if genres is None or genre in genres
    )
