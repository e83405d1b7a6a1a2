"""``govkit evaluate``: precision, recall and F1 of a fact table against a gold table.

The rules are EXTRACTION.md's (and ``shared/tools/score.py``'s): a fact's key is
(doc_id, indicator, measure, year, subperiod); a prediction is right when a gold row has the
same key and a value within 0.5 % (relative). Precision counts predicted rows with a value;
recall counts gold rows. Gold rows marked ``optional=1`` are neither required nor wrong to
predict. Predictions for documents without gold rows, or for ids outside the catalog, are
ignored.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from govkit.core.catalog import load_catalog
from govkit.core.errors import GovkitError
from govkit.store.tables import read_csv, read_parquet

Key = tuple[str, str, str, str, str]


@dataclass
class Evaluation:
    """Counts per family, the wrong and missed facts, and a printable report."""

    counts: dict[str, dict[str, int]]
    wrong: list[tuple[Key, float, str]] = field(default_factory=list)
    missed: list[tuple[Key, float]] = field(default_factory=list)
    text: str = ""

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f, p, r

    @property
    def overall(self) -> tuple[float, float, float]:
        tp = sum(c["tp"] for c in self.counts.values())
        fp = sum(c["fp"] for c in self.counts.values())
        fn = sum(c["fn"] for c in self.counts.values())
        return self.prf(tp, fp, fn)

    def table(self) -> pd.DataFrame:
        rows = []
        for fam in sorted(self.counts):
            c = self.counts[fam]
            f, p, r = self.prf(c["tp"], c["fp"], c["fn"])
            rows.append({"family": fam, "F1": f, "P": p, "R": r, **c})
        return pd.DataFrame(rows, columns=["family", "F1", "P", "R", "tp", "fp", "fn"])


def _num(text) -> float | None:
    try:
        v = float(str(text).strip())
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def _year(text) -> str:
    v = _num(text)
    return "" if v is None else str(int(v))


#: One period, two spellings (EXTRACTION.md, Parts of a year; as shared/tools/score.py): quarters and
#: halves equal their month ranges, and the whole year its spellings.
SAME_PERIOD = {"Q1": "M1-M3", "Q1-Q2": "M1-M6", "H1": "M1-M6", "Q1-Q3": "M1-M9", "Q1-Q4": "", "H1-H2": "", "M1-M12": ""}


def _subperiod(text) -> str:
    s = str(text or "").strip()
    s = "" if s.lower() == "nan" else s
    return SAME_PERIOD.get(s, s)


def _key(row: dict) -> Key:
    return (
        str(row.get("doc_id", "")).strip(),
        str(row.get("indicator", "")).strip(),
        str(row.get("measure", "")).strip(),
        _year(row.get("year")),
        _subperiod(row.get("subperiod")),
    )


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-6, 0.005 * max(abs(a), abs(b)))


def evaluate(gold: pd.DataFrame, pred: pd.DataFrame, catalog_path: str | None = None, show: int = 0) -> Evaluation:
    """Score *pred* against *gold* (both with EXTRACTION.md columns)."""
    family = {i.id: i.family for i in load_catalog(catalog_path).values()}
    gold_rows = gold.fillna("").astype(str).to_dict("records")
    pred_rows = pred.fillna("").astype(str).to_dict("records")
    docs = {str(r["doc_id"]).strip() for r in gold_rows}
    gold_by_key: dict[Key, list[tuple[float, bool]]] = defaultdict(list)
    for r in gold_rows:
        v = _num(r.get("value"))
        if v is not None:
            gold_by_key[_key(r)].append((v, str(r.get("optional", "")).strip() in ("1", "true", "True")))
    preds: dict[tuple[Key, float], tuple[Key, float, str]] = {}
    for r in pred_rows:
        k, v = _key(r), _num(r.get("value"))
        if v is None or k[0] not in docs or k[1] not in family:
            continue
        preds[(k, round(v, 6))] = (k, v, r.get("evidence", ""))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    ev = Evaluation(counts={})
    for k, v, text in preds.values():
        fam = family[k[1]]
        hits = [opt for gv, opt in gold_by_key.get(k, []) if _close(v, gv)]
        if any(not o for o in hits):
            counts[fam]["tp"] += 1
        elif hits:
            continue
        else:
            counts[fam]["fp"] += 1
            ev.wrong.append((k, v, text))
    pred_by_key: dict[Key, list[float]] = defaultdict(list)
    for k, v, _ in preds.values():
        pred_by_key[k].append(v)
    for k, values in gold_by_key.items():
        fam = family.get(k[1], "?")
        for gv, opt in values:
            if not opt and not any(_close(pv, gv) for pv in pred_by_key.get(k, [])):
                counts[fam]["fn"] += 1
                ev.missed.append((k, gv))
    ev.counts = {f: dict(c) for f, c in counts.items()}
    ev.text = _render(ev, show)
    return ev


def _render(ev: Evaluation, show: int) -> str:
    lines = [f"{'family':<12}{'F1':>7}{'P':>7}{'R':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for _, r in ev.table().iterrows():
        lines.append(f"{r.family:<12}{r.F1:7.3f}{r.P:7.3f}{r.R:7.3f}{r.tp:6d}{r.fp:6d}{r.fn:6d}")
    if show:
        for k, v, text in sorted(ev.wrong)[:show]:
            lines.append(f"WRONG  {'|'.join(k)} {v} << {str(text)[:80]}")
        for k, gv in sorted(ev.missed)[:show]:
            lines.append(f"MISSED {'|'.join(k)} {gv}")
    f, p, r = ev.overall
    lines.append(f"facts F1 {f:.3f} P {p:.3f} R {r:.3f}")
    return "\n".join(lines)


def evaluate_files(gold: str | Path, facts: str | Path, catalog: str | None = None, show: int = 0) -> Evaluation:
    """Score a predicted fact CSV (or Parquet) against a gold CSV."""
    for p in (gold, facts):
        if not Path(p).exists():
            raise GovkitError(f"{p}: no such file")
    pred = read_parquet(facts) if str(facts).endswith(".parquet") else _read_fact_csv(facts)
    gold_df = _read_fact_csv(gold)
    for path, df in ((gold, gold_df), (facts, pred)):
        missing = {"doc_id", "indicator", "measure", "value", "year"} - set(df.columns)
        if missing:
            raise GovkitError(f"{path}: missing column(s) {', '.join(sorted(missing))} (not a fact table)")
    return evaluate(gold_df, pred, catalog_path=catalog, show=show)


def _read_fact_csv(path: str | Path) -> pd.DataFrame:
    """A fact CSV; a file that is not UTF-8 CSV text is a one-line error naming it."""
    if Path(path).is_dir():
        raise GovkitError(f"{path}: is a directory, not a CSV file")
    try:
        return read_csv(path)
    except UnicodeDecodeError:
        raise GovkitError(f"{path}: not a CSV file (not UTF-8 text: binary, or another encoding)") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise GovkitError(f"{path}: not a CSV file ({reason})") from None
