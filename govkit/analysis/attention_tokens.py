"""Text statistics support for :mod:`govkit.analysis.attention`: word lists, segmentation, token cache.

**Word lists** are data files an analyst can edit (UTF-8, one term per line, blank lines and
``#`` comments ignored):

* ``govkit/data/policy_dict.txt`` — genre terms the segmenter keeps whole (乡村振兴, 河长制 …);
* ``govkit/data/stopwords.txt`` — tokens that are not counted as words (各位代表, 的 …);
* ``govkit/data/themes/<theme_id>.txt`` — one lexicon per attention theme, with optional
  ``# name_zh: …`` / ``# name_en: …`` header lines.

**Segmentation** uses a private :class:`jieba.Tokenizer` (jieba's global dictionary is never
touched), loaded once per process with every term of the policy dictionary, of the theme
lexicons and every multi-character stopword, each with a frequency high enough that it comes
out of a sentence as one token (巩固拓展脱贫攻坚成果, 河长制, 营商环境 …). Before cutting,
horizontal whitespace between two CJK characters is removed: Chinese puts no spaces between
words, and in these sources such spaces are line-wrap or layout artefacts (``为指 导``,
``政 府 工 作 报 告``).

**What counts as a word** (the denominator of every per-thousand index): a token that

1. contains at least one CJK ideograph or Latin letter (so punctuation, whitespace and
   Arabic numbers are not words),
2. is not a quantity — numerals, optionally ordinal, with classifiers or units (``三``,
   ``2020``, ``第一``, ``第十七届``, ``五次``, ``亿余元``) — unless it is a vocabulary term
   (``十四五``, ``三类人群`` are words), and
3. is not a stopword (function words, units, and the genre's boilerplate such as 各位代表 or
   习近平新时代中国特色社会主义思想).

A **term** (candidate for keywords and log-odds comparisons) is a word of two or more characters.

**Cache**: the tokens of a text are stored in the cache database of :mod:`govkit.store.cache`
(``<cache_dir>/govkit.sqlite``; the attention stage uses the one of its output directory) under
a *key* that is the sha256 of the segmenter fingerprint (jieba version, the bytes of the
word-list files, the quantity units of cues.tsv, govkit's segmenter version) and the text, so unchanged texts are never
segmented twice.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from govkit.core.errors import GovkitError, ParameterError
from govkit.core.progress import bar
from govkit.core.resources import data_path
from govkit.facts.cues import cue_words
from govkit.store.cache import Store
from govkit.text.normalise import close_cjk_gaps

log = logging.getLogger(__name__)

DATA_DIR = data_path()
POLICY_DICT = DATA_DIR / "policy_dict.txt"
STOPWORDS = DATA_DIR / "stopwords.txt"
THEMES_DIR = DATA_DIR / "themes"

#: The stable theme ids, in display order. Extra theme files sort after these, by id.
THEME_IDS: tuple[str, ...] = (
    "growth",
    "investment",
    "industry",
    "poverty_rural",
    "ecology",
    "livelihood",
    "safety",
    "governance",
)

_THEME_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_HEADER = re.compile(r"^#\s*(name_zh|name_en)\s*:\s*(.*?)\s*$")


# ---------------------------------------------------------------------------------------------
# word lists
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Theme:
    """An attention theme: a stable id, display names and its word list."""

    id: str
    name_zh: str
    name_en: str
    terms: tuple[str, ...]


def read_terms(path: str | Path) -> list[str]:
    """Terms of a word-list file, in file order, duplicates removed.

    Raises :class:`GovkitError` naming the file (and line) if it cannot be read or a term
    contains whitespace.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GovkitError(f"{path}: cannot read word list ({exc})") from exc
    terms: list[str] = []
    seen: set[str] = set()
    for lineno, line in enumerate(lines, 1):
        term = line.strip()
        if not term or term.startswith("#"):
            continue
        if any(ch.isspace() for ch in term):
            raise GovkitError(f"{path}:{lineno}: a term must not contain spaces: {term!r}")
        if term not in seen:
            seen.add(term)
            terms.append(term)
    return terms


def load_policy_terms(path: str | Path | None = None) -> list[str]:
    """The policy dictionary (terms the segmenter keeps whole)."""
    return read_terms(path or POLICY_DICT)


def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """The stopword list."""
    return frozenset(read_terms(path or STOPWORDS))


def read_theme(path: str | Path) -> Theme:
    """One theme file; its id is the file name without ``.txt``."""
    path = Path(path)
    theme_id = path.stem
    if not _THEME_ID.match(theme_id):
        raise GovkitError(f"{path}: theme id '{theme_id}' must be lower-case letters, digits and _")
    terms = read_terms(path)
    names = {"name_zh": "", "name_en": ""}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        m = _HEADER.match(line.strip())
        if m:
            names[m.group(1)] = m.group(2)
    if not terms:
        raise GovkitError(f"{path}: theme '{theme_id}' has no terms")
    return Theme(theme_id, names["name_zh"] or theme_id, names["name_en"] or theme_id, tuple(terms))


def _theme_order(theme_id: str) -> tuple[int, str]:
    return (THEME_IDS.index(theme_id), "") if theme_id in THEME_IDS else (len(THEME_IDS), theme_id)


def load_themes(source=None) -> dict[str, Theme]:
    """Themes keyed by id, in display order (govkit's eight first, then others by id).

    *source* is ``None`` (govkit's themes), a directory of ``<id>.txt`` files, a mapping
    ``{theme_id: [terms]}`` (or ``{theme_id: Theme}``), or a list of govkit theme ids to keep (e.g. ``["ecology"]``).
    """
    if source is None or isinstance(source, (str, Path)):
        directory = Path(source) if source is not None else THEMES_DIR
        if not directory.is_dir():
            raise ParameterError(f"{directory}: not a directory of theme files")
        themes = [read_theme(p) for p in sorted(directory.glob("*.txt"))]
        if not themes:
            raise ParameterError(f"{directory}: no theme files (<theme_id>.txt)")
    elif isinstance(source, Mapping):
        themes = []
        for theme_id, terms in source.items():
            if isinstance(terms, Theme):
                themes.append(terms)
                continue
            if not isinstance(theme_id, str) or not _THEME_ID.match(theme_id):
                raise ParameterError(f"theme id {theme_id!r} must be lower-case letters, digits and _")
            if isinstance(terms, str):
                raise ParameterError(f"theme '{theme_id}': give a list of terms, not one string")
            clean = tuple(dict.fromkeys(t.strip() for t in terms if t and t.strip()))
            if not clean:
                raise ParameterError(f"theme '{theme_id}' has no terms")
            themes.append(Theme(theme_id, theme_id, theme_id, clean))
    else:
        wanted = list(source)
        known = load_themes()
        unknown = [t for t in wanted if t not in known]
        if unknown:
            raise ParameterError(f"unknown theme id(s) {', '.join(map(str, unknown))}; known: {', '.join(known)}")
        themes = [known[t] for t in dict.fromkeys(wanted)]
    return {t.id: t for t in sorted(themes, key=lambda t: _theme_order(t.id))}


def vocabulary_files() -> list[Path]:
    """The data files the default segmenter is built from."""
    return [POLICY_DICT, STOPWORDS, *sorted(THEMES_DIR.glob("*.txt"))]


def files_fingerprint(paths: Iterable[str | Path]) -> str:
    """sha256 over the names and bytes of *paths* (order-independent)."""
    h = hashlib.sha256()
    for p in sorted(Path(p) for p in paths):
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------
# segmentation
# ---------------------------------------------------------------------------------------------
#: Bump when the normalisation or the tokenizer set-up changes: it invalidates the token cache.
SEGMENTER_VERSION = "1"
#: Minimum jieba frequency given to a vocabulary term (jieba's own entries keep theirs if higher).
TERM_FREQ_FLOOR = 100_000

_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_CLASS}]")
_LETTER = re.compile(r"[A-Za-z]")
#: Characters jieba can keep inside one token (its ``re_han_default``); a vocabulary term with any
#: other character (〇, ·, a space …) can never come out whole.
SEGMENTABLE = re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+$")
_NUMERALS = "0-9.〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟"
#: Classifiers and units (cues.tsv, attention quantity_units).
_UNITS = "".join(cue_words("attention", "quantity_units"))
#: A number, possibly ordinal, with classifiers or units: 三, 2020, 第十七届, 五次, 亿余元, 万余个.
_QUANTITY = re.compile(f"^第?[{_NUMERALS}]+[{_NUMERALS}{_UNITS}]*$")


def default_cache_dir() -> Path:
    """``$GOVKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/govkit`` (``~/.cache/govkit``), else a temp dir."""
    env = os.environ.get("GOVKIT_CACHE_DIR")
    candidates = [Path(env)] if env else []
    candidates.append(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "govkit")
    candidates.append(Path(tempfile.gettempdir()) / f"govkit-{os.getuid() if hasattr(os, 'getuid') else 'user'}")
    for c in candidates:
        try:
            c.mkdir(parents=True, exist_ok=True)
            if os.access(c, os.W_OK):
                return c
        except OSError:
            continue
    return candidates[-1]


def normalise(text: str) -> str:
    """Text as it is segmented: whitespace between two CJK characters removed."""
    return close_cjk_gaps(text)


class Segmenter:
    """jieba with govkit's vocabulary and stopwords. Use :func:`get_segmenter` to share one."""

    def __init__(
        self, terms: Iterable[str], stopwords: Iterable[str], fingerprint: str, model_dir: str | Path | None = None
    ) -> None:
        self.stopwords = frozenset(stopwords)
        self.vocabulary = frozenset(t for t in terms if len(t) > 1) | frozenset(s for s in self.stopwords if len(s) > 1)
        self.fingerprint = fingerprint
        self.model_dir = Path(model_dir) if model_dir else None
        self.n_cut = 0  # documents actually segmented by jieba in this process
        self._tokenizer = None
        self._lock = threading.Lock()
        self._memo: OrderedDict[str, list[str]] = OrderedDict()
        self._words: dict[str, bool] = {}  # token -> is_word

    # -- jieba ---------------------------------------------------------------------------
    def _jieba(self):
        with self._lock:
            if self._tokenizer is None:
                import jieba  # heavy (pkg_resources, about 0.5 s): only where text is segmented, never in `govkit extract`

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                model_dir = self.model_dir or default_cache_dir() / "jieba"
                try:
                    model_dir.mkdir(parents=True, exist_ok=True)
                    tok.tmp_dir = str(model_dir)
                except OSError:
                    log.warning("%s: not writable; jieba caches its model in the temp dir", model_dir)
                tok.initialize()
                odd = sorted(t for t in self.vocabulary if not SEGMENTABLE.match(t))
                if odd:
                    log.warning(
                        "terms jieba cannot keep whole (characters outside its word pattern): %s", ", ".join(odd)
                    )
                for term in sorted(self.vocabulary, key=lambda t: (len(t), t)):
                    freq = max(tok.FREQ.get(term, 0) or 0, tok.suggest_freq(term, tune=False), TERM_FREQ_FLOOR)
                    tok.add_word(term, freq)
                self._tokenizer = tok
            return self._tokenizer

    def _cut(self, text: str) -> list[str]:
        """Tokens of *text* by jieba (whitespace tokens dropped), counted in :attr:`n_cut`. Not cached."""
        self.n_cut += 1
        return self._segment(text)

    def _segment(self, text: str) -> list[str]:
        return [t for t in self._jieba().cut(normalise(text)) if t.strip()]

    # -- public ----------------------------------------------------------------------------
    def key(self, text: str) -> str:
        """Cache key of *text*: sha256 of the segmenter fingerprint and the text."""
        return hashlib.sha256(f"{self.fingerprint}\0{text}".encode()).hexdigest()

    def tokens(self, text: str, cache_dir: str | Path | None = None) -> list[str]:
        """All tokens of *text* (punctuation and stopwords included; whitespace dropped).

        With *cache_dir*, tokens are read from / written to the cache database there.
        """
        if cache_dir is None:
            return self._tokens(text, None)[0]
        with Store(cache_dir) as store:
            tokens, source = self._tokens(text, store)
            if source == "segmented":
                store.put_tokens([(self.key(text), tokens)])
        return tokens

    def _tokens(self, text: str, store: Store | None) -> tuple[list[str], str]:
        """Tokens of *text* and where they came from (memory, cache or segmented; the caller
        stores segmented ones)."""
        key = self.key(text)
        source = "memory" if key in self._memo else "cache"
        tokens = self.cached(key, store)
        if tokens is None:
            tokens = self._cut(text)
            source = "segmented"
        self.remember(key, tokens)
        return list(tokens), source

    def remember(self, key: str, tokens: list[str]) -> None:
        """Keep the tokens of the text with cache *key* in memory (the 64 most recent texts)."""
        self._memo[key] = tokens
        self._memo.move_to_end(key)
        while len(self._memo) > 64:
            self._memo.popitem(last=False)

    def cached(self, key: str, store: Store | None) -> list[str] | None:
        """Tokens of the text with cache *key* from this process's memory or *store*, if held."""
        if key in self._memo:
            self._memo.move_to_end(key)
            return list(self._memo[key])
        return store.tokens(key) if store is not None else None

    def is_word(self, token: str) -> bool:
        """Whether *token* counts as a word (see the module docstring)."""
        if token in self.stopwords or not (_CJK.search(token) or _LETTER.search(token)):
            return False
        return not (_QUANTITY.match(token) and token not in self.vocabulary)

    def is_term(self, token: str) -> bool:
        """A word of at least two characters (keyword and log-odds candidate)."""
        return len(token) > 1 and self.is_word(token)

    def words(self, tokens: Sequence[str]) -> list[str]:
        """The tokens that are words (:meth:`is_word`, remembered per distinct token)."""
        known = self._words
        if len(known) > 1_000_000:  # a corpus of many distinct numbers and names: start again
            known.clear()
        out = []
        for t in tokens:
            w = known.get(t)
            if w is None:
                w = known[t] = self.is_word(t)
            if w:
                out.append(t)
        return out


_SEGMENTERS: dict[str, Segmenter] = {}  # by fingerprint
_SEG_LOCK = threading.Lock()


def get_segmenter(extra_terms: Iterable[str] = (), model_dir: str | Path | None = None) -> Segmenter:
    """The process-wide segmenter for govkit's vocabulary plus *extra_terms*.

    *model_dir* is where jieba caches its dictionary model (default: ``default_cache_dir()/jieba``);
    it only matters the first time a segmenter is built in the process.
    """
    import jieba  # see Segmenter._jieba: imported only by the stages that segment

    policy = load_policy_terms()
    themes = load_themes()
    base = set(policy) | {t for th in themes.values() for t in th.terms}
    extra = sorted(set(t for t in extra_terms if t not in base))
    h = hashlib.sha256()
    for part in (
        SEGMENTER_VERSION,
        str(TERM_FREQ_FLOOR),
        jieba.__version__,
        files_fingerprint(vocabulary_files()),
        _UNITS,  # a row of cues.tsv: is_word depends on it, so the attention table does
        *extra,
    ):
        h.update(part.encode("utf-8") + b"\0")
    fingerprint = h.hexdigest()
    with _SEG_LOCK:
        seg = _SEGMENTERS.get(fingerprint)
        if seg is None:
            seg = Segmenter(base | set(extra), load_stopwords(), fingerprint, model_dir)
            _SEGMENTERS[fingerprint] = seg
    return seg


@dataclass
class Tokenized:
    """Tokens of a set of documents and where they came from."""

    tokens: dict[str, list[str]] = field(default_factory=dict)
    n_segmented: int = 0
    n_cached: int = 0
    #: cache keys of the texts (what a run keeps when it prunes the token cache)
    keys: set[str] = field(default_factory=set)

    def describe(self) -> str:
        return f"segmentation: {self.n_segmented} document(s) segmented, {self.n_cached} from cache"


#: New token-cache entries per transaction.
TOKEN_BATCH = 200


#: Maps a function over chunks of texts, in order (``map``, or a process pool's map: see
#: :func:`govkit.pipeline.pool.fork_map`).
ChunkMapper = Callable[[Callable[[list[str]], list[list[str]]], list[list[str]]], Iterable[list[list[str]]]]
#: Texts per chunk a worker segments, and the fewest texts worth a pool.
SEGMENT_CHUNK = 16
POOL_MIN_TEXTS = 64

#: The segmenter of forked workers: set by :func:`tokenize_texts` just before a pool forks them.
_SHARED: Segmenter | None = None


def _cut_chunk(texts: list[str]) -> list[list[str]]:
    """Worker side: the tokens of each text by the segmenter the worker was forked with (counted
    by the caller: a mapper may run it in this process too)."""
    assert _SHARED is not None, "tokenize_texts sets the shared segmenter before forking"
    return [_SHARED._segment(t) for t in texts]


def _segmented(seg: Segmenter, texts: list[str], mapper: ChunkMapper | None) -> Iterator[list[str]]:
    """Tokens of *texts* in order: by *mapper* over chunks when there are enough, else here."""
    global _SHARED
    if mapper is None or len(texts) < POOL_MIN_TEXTS:
        yield from (seg._cut(t) for t in texts)
        return
    seg._jieba()  # load the model (and govkit's vocabulary) once, before the workers fork
    _SHARED = seg
    try:
        chunks = [texts[i : i + SEGMENT_CHUNK] for i in range(0, len(texts), SEGMENT_CHUNK)]
        for part in mapper(_cut_chunk, chunks):
            seg.n_cut += len(part)
            yield from part
    finally:
        _SHARED = None


def tokenize_texts(
    texts: Sequence[tuple[str, str]],
    segmenter: Segmenter | None = None,
    cache_dir: str | Path | None = None,
    *,
    store: Store | None = None,
    progress: bool = False,
    mapper: ChunkMapper | None = None,
) -> Tokenized:
    """Tokens of each ``(doc_id, text)``; cached by content hash in *store* (or the cache database
    in *cache_dir*); a progress bar on a terminal if *progress*. Texts not in the cache are
    segmented once each (a text that occurs twice is segmented once), by *mapper* over chunks if
    given (worker processes), else in this process."""
    if store is None and cache_dir is not None:
        with Store(cache_dir) as own:
            return tokenize_texts(texts, segmenter, store=own, progress=progress, mapper=mapper)
    seg = segmenter or get_segmenter()
    out = Tokenized()
    keys = [seg.key(text) for _, text in texts]
    found: dict[str, list[str]] = {}
    missing: dict[str, str] = {}  # key -> text, in order of first occurrence
    for key, (_, text) in zip(keys, texts):
        if key in found or key in missing:
            continue
        toks = seg.cached(key, store)
        if toks is None:
            missing[key] = text
        else:
            found[key] = toks
    new: list[tuple[str, list[str]]] = []
    cut = _segmented(seg, list(missing.values()), mapper)
    # the bar first: zip stops at the shorter, and the bar must see its end to close at 100 %
    for toks, key in zip(bar(cut, progress, "attention", "doc", total=len(missing)), missing):
        found[key] = toks
        seg.remember(key, toks)
        new.append((key, toks))
        if store is not None and len(new) >= TOKEN_BATCH:
            store.put_tokens(new)
            new = []
    if store is not None:
        store.put_tokens(new)
    for key, (doc_id, _) in zip(keys, texts):
        out.tokens[doc_id] = list(found[key])
        out.keys.add(key)
    out.n_segmented = len(missing)
    out.n_cached = len(texts) - len(missing)
    return out
