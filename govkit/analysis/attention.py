"""Policy attention from the text: theme indices, TF-IDF keywords, distinctive terms.

Numbers tell what a county achieved; words tell what its government cares about. The
*attention index* of a document for a theme is the number of theme words per 1,000 words::

    per_thousand = matched / total_words * 1000

where ``total_words`` counts the document's words (tokens with a CJK character or a letter,
not a number, not a stopword — see :mod:`govkit.analysis.attention_tokens`) and ``matched`` counts the words
that are terms of the theme lexicon (``govkit/data/themes/<theme>.txt``; exact token match,
and every lexicon term is kept whole by the segmenter). The matched words are kept in
``top_words`` (``生态:12|环保:5|河长制:3``) so a reader can see why a score is high.

>>> import govkit.analysis.attention as ga
>>> docs = govkit.ingest("data/raw").documents
>>> ga.attention(docs)                          # long form: doc_id x theme
>>> ga.keywords(docs, top_n=20)                 # TF-IDF with the IDF of this corpus
>>> ga.compare(docs, "长沙县", "浏阳市", by="region")   # weighted log-odds (Monroe et al. 2008)

The ``govkit attention`` stage (the tables ``attention.*`` and ``keywords.csv`` built from the
documents table) is :func:`govkit.pipeline.derived.build_attention`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from govkit.analysis.attention_tokens import (
    THEME_IDS,
    Segmenter,
    Theme,
    get_segmenter,
    load_policy_terms,
    load_stopwords,
    load_themes,
    tokenize_texts,
)
from govkit.core.document import Document
from govkit.core.errors import ParameterError

__all__ = [
    "THEME_IDS",
    "ATTENTION_COLUMNS",
    "KEYWORD_COLUMNS",
    "DISTINCTIVE_COLUMNS",
    "attention",
    "keywords",
    "distinctive_terms",
    "compare",
    "tokenize",
    "theme_table",
    "attention_from_tokens",
    "keywords_from_tokens",
    "texts_and_meta",
    "load_themes",
    "load_stopwords",
    "load_policy_terms",
]

ATTENTION_COLUMNS = ["doc_id", "theme", "matched", "total_words", "per_thousand", "top_words", "region", "year"]
KEYWORD_COLUMNS = ["doc_id", "rank", "term", "tfidf", "tf", "df", "count"]
DISTINCTIVE_COLUMNS = ["term", "count_a", "count_b", "delta", "var", "z"]

#: Uniform prior given to a word the informative prior has never seen (Monroe et al.'s
#: uninformative default), so that every log-odds is defined.
PRIOR_FLOOR = 0.01


# ---------------------------------------------------------------------------------------------
# documents in
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Record:
    doc_id: str
    text: str
    region: str
    year: int | None


def _records(documents: Any) -> list[_Record]:
    """Normalise a list of Documents, a single Document or a DataFrame with doc_id/text."""
    if isinstance(documents, Document):
        documents = [documents]
    recs: list[_Record] = []
    if isinstance(documents, pd.DataFrame):
        missing = [c for c in ("doc_id", "text") if c not in documents.columns]
        if missing:
            raise ParameterError(f"documents frame lacks column(s) {', '.join(missing)} (needs doc_id and text)")
        n = len(documents)
        regions = documents["region"] if "region" in documents.columns else [None] * n
        years = documents["year"] if "year" in documents.columns else [None] * n
        for doc_id, text, region, year in zip(documents["doc_id"], documents["text"], regions, years):
            recs.append(_Record(str(doc_id), _text(text), _str(region), _year(year)))
    else:
        for d in documents:
            if not isinstance(d, Document):
                raise ParameterError(
                    f"expected govkit Documents or a DataFrame with doc_id/text, got {type(d).__name__}"
                )
            recs.append(_Record(d.doc_id, d.text, d.meta.region, d.meta.year))
    dup = sorted(k for k, n in Counter(r.doc_id for r in recs).items() if n > 1)
    if dup:
        raise ParameterError(f"duplicate doc_id(s): {', '.join(dup)}")
    return sorted(recs, key=lambda r: r.doc_id)


def texts_and_meta(documents: Any) -> tuple[list[tuple[str, str]], dict[str, dict[str, Any]]]:
    """``(doc_id, text)`` of *documents* (Documents or a table with doc_id/text/region/year) in
    doc_id order, and ``{doc_id: {"region", "year"}}``: what :func:`attention_from_tokens` needs."""
    recs = _records(documents)
    return [(r.doc_id, r.text) for r in recs], {r.doc_id: {"region": r.region, "year": r.year} for r in recs}


def _text(v: Any) -> str:
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)


def _str(v: Any) -> str:
    return "" if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else str(v)


def _year(v: Any) -> int | None:
    try:
        return None if v is None or v is pd.NA or v == "" or (isinstance(v, float) and math.isnan(v)) else int(v)
    except (TypeError, ValueError):
        return None


def _segmenter_for(themes: Mapping[str, Theme] | None, model_dir: str | Path | None = None) -> Segmenter:
    extra = [t for th in (themes or {}).values() for t in th.terms]
    return get_segmenter(extra, model_dir=model_dir)


def tokenize(documents: Any, cache_dir: str | Path | None = None) -> dict[str, list[str]]:
    """All tokens of each document (see :mod:`govkit.analysis.attention_tokens`), keyed by doc_id.

    With *cache_dir*, tokens are cached on disk by content hash.
    """
    recs = _records(documents)
    return tokenize_texts([(r.doc_id, r.text) for r in recs], get_segmenter(), cache_dir).tokens


# ---------------------------------------------------------------------------------------------
# attention index
# ---------------------------------------------------------------------------------------------
def theme_table(themes: Any = None) -> pd.DataFrame:
    """The themes: id, name_zh, name_en, n_terms, terms (``|``-joined), in display order."""
    rows = [
        {"theme": t.id, "name_zh": t.name_zh, "name_en": t.name_en, "n_terms": len(t.terms), "terms": "|".join(t.terms)}
        for t in load_themes(themes).values()
    ]
    return pd.DataFrame(rows, columns=["theme", "name_zh", "name_en", "n_terms", "terms"])


def _format_top(counts: Counter, n: int) -> str:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return "|".join(f"{w}:{c}" for w, c in items)


def attention_from_tokens(
    tokens: Mapping[str, Sequence[str]],
    themes: Any = None,
    *,
    top_words: int = 10,
    meta: Mapping[str, Mapping[str, Any]] | None = None,
    segmenter: Segmenter | None = None,
) -> pd.DataFrame:
    """Attention index of already-tokenised documents (``{doc_id: tokens}``); see :func:`attention`."""
    theme_map = load_themes(themes)
    seg = segmenter or _segmenter_for(theme_map)
    lexicons = {tid: frozenset(th.terms) for tid, th in theme_map.items()}
    rows = []
    for doc_id in sorted(tokens):
        words = seg.words(tokens[doc_id])
        counts = Counter(words)
        total = len(words)
        m = (meta or {}).get(doc_id, {})
        for tid, lex in lexicons.items():
            hits = Counter({w: c for w, c in counts.items() if w in lex})
            matched = sum(hits.values())
            rows.append(
                {
                    "doc_id": doc_id,
                    "theme": tid,
                    "matched": matched,
                    "total_words": total,
                    "per_thousand": matched / total * 1000 if total else float("nan"),
                    "top_words": _format_top(hits, top_words),
                    "region": _str(m.get("region")),
                    "year": _year(m.get("year")),
                }
            )
    return _attention_frame(rows)


def _attention_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=ATTENTION_COLUMNS)
    df["doc_id"] = df["doc_id"].astype(str)
    df["theme"] = df["theme"].astype(str)
    df["matched"] = df["matched"].astype("int64")
    df["total_words"] = df["total_words"].astype("int64")
    df["per_thousand"] = df["per_thousand"].astype("float64")
    df["top_words"] = df["top_words"].astype(str)
    df["region"] = df["region"].astype(str)
    df["year"] = pd.array(df["year"], dtype="Int64")
    return df.reset_index(drop=True)


def attention(
    documents: Any, themes: Any = None, *, top_words: int = 10, cache_dir: str | Path | None = None
) -> pd.DataFrame:
    """Attention index per document and theme, long form.

    *documents*: govkit :class:`Document`\\ s or a DataFrame with ``doc_id`` and ``text`` (and
    optionally ``region``, ``year``). *themes*: ``None`` (govkit's eight), a list of theme ids,
    a mapping ``{theme_id: [terms]}`` or a directory of ``<theme_id>.txt`` files; custom terms
    are added to the segmenter so they stay whole.

    Columns: ``doc_id, theme, matched, total_words, per_thousand, top_words, region, year``,
    sorted by doc_id then theme (display order). ``per_thousand`` is NaN for a document
    without words; ``top_words`` lists the *top_words* most frequent matched words.
    """
    recs = _records(documents)
    theme_map = load_themes(themes)
    seg = _segmenter_for(theme_map)
    toks = tokenize_texts([(r.doc_id, r.text) for r in recs], seg, cache_dir).tokens
    meta = {r.doc_id: {"region": r.region, "year": r.year} for r in recs}
    return attention_from_tokens(toks, theme_map, top_words=top_words, meta=meta, segmenter=seg)


# ---------------------------------------------------------------------------------------------
# TF-IDF keywords
# ---------------------------------------------------------------------------------------------
def keywords_from_tokens(
    tokens: Mapping[str, Sequence[str]], top_n: int | None = 20, segmenter: Segmenter | None = None
) -> pd.DataFrame:
    """TF-IDF keywords of already-tokenised documents (``{doc_id: tokens}``); see :func:`keywords`."""
    seg = segmenter or get_segmenter()
    n_docs = len(tokens)
    per_doc: dict[str, tuple[Counter, int]] = {}
    df_counts: Counter = Counter()
    for doc_id in sorted(tokens):
        words = seg.words(tokens[doc_id])
        terms = Counter(w for w in words if len(w) > 1)
        per_doc[doc_id] = (terms, len(words))
        df_counts.update(terms.keys())
    rows = []
    for doc_id, (terms, total) in per_doc.items():
        scored = []
        for term, count in terms.items():
            tf = count / total
            idf = math.log((1 + n_docs) / (1 + df_counts[term])) + 1
            scored.append((tf * idf, term, tf, df_counts[term], count))
        scored.sort(key=lambda s: (-s[0], s[1]))
        for rank, (score, term, tf, dfc, count) in enumerate(scored[:top_n] if top_n else scored, 1):
            rows.append(
                {"doc_id": doc_id, "rank": rank, "term": term, "tfidf": score, "tf": tf, "df": dfc, "count": count}
            )
    df = pd.DataFrame(rows, columns=KEYWORD_COLUMNS)
    return df.astype(
        {
            "doc_id": str,
            "rank": "int64",
            "term": str,
            "tfidf": "float64",
            "tf": "float64",
            "df": "int64",
            "count": "int64",
        }
    )


def keywords(documents: Any, top_n: int | None = 20, *, cache_dir: str | Path | None = None) -> pd.DataFrame:
    """Keywords per document by TF-IDF, the IDF learned from *documents* themselves.

    ``tf = count / total_words`` (the document's words, as for the attention index);
    ``idf = ln((1 + N) / (1 + df)) + 1`` (smoothed; N documents, df = documents containing the
    term); candidates are words of two or more characters (stopwords and numbers never are).
    Columns ``doc_id, rank, term, tfidf, tf, df, count``; rank 1 = highest tfidf, ties by term.
    """
    recs = _records(documents)
    seg = get_segmenter()
    toks = tokenize_texts([(r.doc_id, r.text) for r in recs], seg, cache_dir).tokens
    return keywords_from_tokens(toks, top_n, seg)


# ---------------------------------------------------------------------------------------------
# distinctive terms: weighted log-odds with an informative Dirichlet prior
# ---------------------------------------------------------------------------------------------
def _counts(x: Iterable[str] | Mapping[str, int]) -> Counter:
    if isinstance(x, Mapping):
        return Counter({str(k): int(v) for k, v in x.items() if v})
    if isinstance(x, str):
        raise ParameterError("give a sequence of tokens or a mapping of counts, not one string")
    return Counter(x)


def distinctive_terms(
    tokens_a: Iterable[str] | Mapping[str, int],
    tokens_b: Iterable[str] | Mapping[str, int],
    prior: Mapping[str, float] | None = None,
    top_n: int | None = 30,
    *,
    alpha0: float | None = None,
) -> pd.DataFrame:
    """Terms distinguishing corpus *a* from corpus *b*: weighted log-odds ratio with an
    informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, eqs. 22 and 23).

    For each word *w* with counts ``y_a``, ``y_b`` (corpus sizes ``n_a``, ``n_b``) and prior
    ``a_w`` (``a0 = sum of a_w``)::

        delta = log((y_a + a_w) / (n_a + a0 - y_a - a_w)) - log((y_b + a_w) / (n_b + a0 - y_b - a_w))
        var   = 1 / (y_a + a_w) + 1 / (y_b + a_w)
        z     = delta / sqrt(var)

    *prior* is a mapping of background counts (e.g. the whole corpus); ``None`` uses the pooled
    counts of *a* and *b* — the empirical-Bayes default of the literature (tidylo, Jurafsky et
    al. 2014). ``a_w`` is the background count, rescaled so that ``a0 = alpha0`` if *alpha0* is
    given. A word absent from the prior gets ``a_w = 0.01``.

    *tokens_a*/*tokens_b* are token sequences or ``{term: count}`` mappings, used as given.
    Returns ``term, count_a, count_b, delta, var, z`` sorted by z (descending, ties by term):
    the *top_n* terms most typical of *a* (largest z) and the *top_n* most typical of *b*
    (smallest z); all terms if *top_n* is None.
    """
    ca, cb = _counts(tokens_a), _counts(tokens_b)
    if prior is None:
        background: Mapping[str, float] = ca + cb
    elif isinstance(prior, Mapping):
        background = {str(k): float(v) for k, v in prior.items() if v and v > 0}
    else:
        raise ParameterError("prior must be a mapping {term: background count} or None")
    scale = 1.0
    if alpha0 is not None:
        if alpha0 <= 0:
            raise ParameterError(f"alpha0 must be positive, got {alpha0}")
        total = sum(background.values())
        scale = alpha0 / total if total else 1.0
    vocab = sorted(set(ca) | set(cb))
    alpha = {w: background.get(w, 0) * scale or PRIOR_FLOOR for w in vocab}
    a0 = sum(background.values()) * scale + sum(PRIOR_FLOOR for w in vocab if not background.get(w))
    n_a, n_b = sum(ca.values()), sum(cb.values())
    rows = []
    for w in vocab:
        ya, yb, aw = ca.get(w, 0), cb.get(w, 0), alpha[w]
        delta = math.log((ya + aw) / (n_a + a0 - ya - aw)) - math.log((yb + aw) / (n_b + a0 - yb - aw))
        var = 1 / (ya + aw) + 1 / (yb + aw)
        rows.append({"term": w, "count_a": ya, "count_b": yb, "delta": delta, "var": var, "z": delta / math.sqrt(var)})
    df = pd.DataFrame(rows, columns=DISTINCTIVE_COLUMNS)
    df = df.astype(
        {"term": str, "count_a": "int64", "count_b": "int64", "delta": "float64", "var": "float64", "z": "float64"}
    )
    df = df.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    if top_n is not None and len(df) > 2 * top_n:
        df = pd.concat([df.head(top_n), df.tail(top_n)]).reset_index(drop=True)
    return df


def compare(
    documents: Any,
    group_a: Any,
    group_b: Any,
    by: str = "region",
    *,
    top_n: int | None = 30,
    alpha0: float | None = None,
    cache_dir: str | Path | None = None,
) -> pd.DataFrame:
    """Distinctive terms of the documents whose *by* (``"region"`` or ``"year"``) is *group_a*
    versus those where it is *group_b* (a value or a list of values).

    Terms are words of two or more characters; the prior is the term counts of all
    *documents* given (the informative background of Monroe et al. 2008). See
    :func:`distinctive_terms` for the columns.
    """
    if by not in ("region", "year"):
        raise ParameterError(f"by must be 'region' or 'year', got {by!r}")
    recs = _records(documents)
    seg = get_segmenter()
    toks = tokenize_texts([(r.doc_id, r.text) for r in recs], seg, cache_dir).tokens

    def wanted(g: Any) -> set:
        vals = list(g) if isinstance(g, (list, tuple, set, frozenset)) else [g]
        return {_year(v) for v in vals} if by == "year" else {str(v) for v in vals}

    groups = {}
    for label, g in (("group_a", group_a), ("group_b", group_b)):
        keep = wanted(g)
        members = [r for r in recs if getattr(r, by) in keep]
        if not members:
            avail = sorted({str(getattr(r, by)) for r in recs if getattr(r, by) not in (None, "")})
            raise ParameterError(
                f"{label}: no document has {by} in {sorted(map(str, keep))}; available: {', '.join(avail) or '(none)'}"
            )
        groups[label] = Counter(t for r in members for t in toks[r.doc_id] if seg.is_term(t))
    background = Counter(t for r in recs for t in toks[r.doc_id] if seg.is_term(t))
    return distinctive_terms(groups["group_a"], groups["group_b"], prior=background, top_n=top_n, alpha0=alpha0)
