"""Stage 2 — clean: remove site chrome and junk, repair wraps, normalise forms.

Real copies of reports come from government portals, document-sharing sites and PDF
conversions. :func:`clean_text` turns such a copy into plain prose — one paragraph per
line — and keeps an offset map (``result.index[i]`` is the raw offset of cleaned char
``i``). Every edit is a deletion, a one-to-one character change or a space/line break
turned into a line break, so unchanged characters map to themselves.

Steps, in order:

1. characters: control and zero-width characters dropped; full-width digits, letters and
   ``，：；（）！？％．`` to ASCII (``。、“”《》——`` kept); NBSP/ideographic spaces to spaces;
   traditional to simplified (OpenCC ``t2s``); inline pinyin glosses ``報(bào)告`` removed;
   ``二Ο三五`` written with a letter O becomes ``二〇三五``;
2. scraper watermarks (short ASCII tokens or ad strings repeated through the text, found
   statistically) removed;
3. hidden-text markers (``---此处隐藏6518字---``, ``(下转第四版)``) removed, flag ``truncated``;
4. site chrome (breadcrumbs, share/print/download prompts, editor preambles) and page
   metadata lines (``发布日期:… 来源:…``) removed; their date and source go to ``meta``;
5. PDF wraps repaired: line breaks and spaces inside sentences, words and numbers removed,
   paragraph breaks (after 。/:/!/?/;, after headings, before numbered headings and ——
   bullets) kept or restored; spaced titles ``政 府 工 作 报 告`` collapsed;
6. tidy: no leading/trailing spaces, no blank lines.

The rules (patterns, word lists) live in ``govkit/data/clean/`` (see its README).
"""

from __future__ import annotations

import csv
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from govkit.core.resources import data_path
from govkit.text.segment import HEADING_START, is_heading_line, is_unnumbered_heading, match_marker
from govkit.text.textbuffer import TextBuffer

DATA_DIR = data_path("clean")


@dataclass
class CleanResult:
    """Cleaned text, its offset map into the raw text, flags and recovered metadata."""

    text: str
    index: np.ndarray
    flags: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------
# character classes
# ---------------------------------------------------------------------------------------
H = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇"  # Han characters (regex class body)
_HAN_RX = re.compile(f"[{H}]")
_CJK_PUNCT = "。、“”‘’《》〈〉【】「」『』…—·"
_CLOSERS = "”’」』)》】〉"
_OPENERS = "“‘「『(《【〈"
_END_PUNCT = "。!?;:…！？；："
_BULLETS = "•·●▪◆■◇□○►▶√-*"
_CONT_START = set(",、。;:!?%)》”’」』…,;:!?")
_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"


def _is_han(ch: str) -> bool:
    return ("\u4e00" <= ch <= "\u9fff") or ("\u3400" <= ch <= "\u4dbf") or ("\uf900" <= ch <= "\ufaff") or ch == "〇"


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# ---------------------------------------------------------------------------------------
# step 1: characters
# ---------------------------------------------------------------------------------------
def _char_table() -> dict[int, str]:
    table: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
    for c in (0x00A0, 0x3000, 0x202F, 0x205F, 0x0009, *range(0x2000, 0x200B)):
        table[c] = " "
    for c in (0x2028, 0x2029, 0x000B, 0x000C, 0x000D, 0x0085):
        table[c] = "\n"
    small_and_vertical = {
        "﹐": ",",
        "﹑": "、",
        "﹒": ".",
        "﹔": ";",
        "﹕": ":",
        "﹖": "?",
        "﹗": "!",
        "﹙": "(",
        "﹚": ")",
        "﹪": "%",
        "︐": ",",
        "︑": "、",
        "︒": "。",
        "︓": ":",
        "︔": ";",
        "︕": "!",
        "︖": "?",
        "︵": "(",
        "︶": ")",
        "︿": "〈",
        "﹀": "〉",
        "﹁": "「",
        "﹂": "」",
        "﹃": "『",
        "﹄": "』",
        "∶": ":",
    }
    table.update({ord(k): v for k, v in small_and_vertical.items()})
    return table


_TABLE = _char_table()
_TABLE_RX = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
#: Control and zero-width characters (deleted; so is a carriage return before a line break).
_DELETE = "".join(map(chr, [0xFEFF, *range(0x200B, 0x2010), 0x2060, 0xAD, *range(0x09), *range(0x0E, 0x20), 0x7F]))
_DELETE_CHARS = re.compile(f"[{re.escape(_DELETE)}]|\r(?=\n)")


def _char_set(chars: Iterable[str]) -> np.ndarray:
    """A table over all code points, true for *chars* (for :func:`_contains_any`)."""
    table = np.zeros(0x110000, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


def _contains_any(text: str, chars: np.ndarray) -> bool:
    """Does *text* contain one of the characters of a :func:`_char_set`? (A vectorised test,
    quicker than a regex search for a character class.)"""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return bool(chars[codes].any())


_MAY_DELETE = _char_set(_DELETE + "\r")  # without any of these, nothing to delete
_TABLE_CHARS = _char_set(map(chr, _TABLE))
#: A full-width indent (two ideographic spaces) inside a line: a paragraph start whose line
#: break was lost. Not after a short line start (names padded for alignment: 王　　明).
_INDENT = re.compile(r"(?<=\S)[ \t\u00a0]*\u3000{2,}(?=\S)")


def _lines_with(text: str, needle: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of *text* that contains *needle*, in text order."""
    spans = []
    i = text.find(needle)
    while i >= 0:
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        if end < 0:
            end = len(text)
        spans.append((start, end))
        i = text.find(needle, end)
    return spans


def _indent_lines(text: str) -> list[tuple[int, int]]:
    """The lines where :data:`_INDENT` can match, as ``(start, end)``: the pattern never spans a
    line break and needs text before the two ideographic spaces (a line that merely starts
    indented has none)."""
    return [
        (s, e) for s, e in _lines_with(text, "\u3000\u3000") if "\u3000\u3000" in text[s:e].lstrip(" \t\u00a0\u3000")
    ]


def _indent_repl(m: re.Match) -> str:
    start = m.string.rfind("\n", 0, m.start()) + 1
    return "\n" if m.start() - start > 4 else m.group(0)


_PINYIN = re.compile(rf"(?<=[{H}])\(\s*([a-z{_TONES}üê]{{1,7}}(?:\s+[a-z{_TONES}üê]{{1,7}}){{0,3}})\s*\)")
_ZERO_RUN = re.compile(r"[〇零一二三四五六七八九OΟ○о0]{3,}")
#: A Chinese numeral next to a zero written as a letter or digit (二O, O二, 二0); see :func:`_zero_hint`.
_ZERO_AFTER_NUMERAL = re.compile(r"[一二三四五六七八九][OΟ○о0]")
_ZERO_BEFORE_NUMERAL = re.compile(r"[OΟ○о][一二三四五六七八九]")
#: 二0: a digit zero after a Chinese numeral, found from the 0 (plain text, quick to find)
_DIGIT_ZERO_AFTER_NUMERAL = re.compile(r"0(?<=[一二三四五六七八九]0)")
_ZERO_LIKE = str.maketrans({"O": "〇", "Ο": "〇", "○": "〇", "о": "〇", "0": "〇"})


@lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


def _to_simplified(buf: TextBuffer) -> int:
    """Traditional to simplified in place (length-preserving); returns characters changed."""
    cc = _opencc()
    text = buf.text
    new = cc.convert(text)
    if new == text:
        return 0
    if len(new) != len(text):
        # a phrase rule changed the length: convert line by line, character by character
        # where a line's length would change, so offsets stay exact
        lines = []
        for line in text.split("\n"):
            conv = cc.convert(line)
            if len(conv) != len(line):
                conv = "".join(c2 if len(c2 := cc.convert(ch)) == 1 else ch for ch in line)
            lines.append(conv)
        new = "\n".join(lines)
    a = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    b = np.frombuffer(new.encode("utf-32-le"), dtype=np.uint32)
    changed = int((a != b).sum())
    buf.map_chars(lambda _t: new)
    return changed


def normalise_char(ch: str) -> str:
    """What step 1 makes of a single character (half-width form, simplified form)."""
    return _opencc().convert(ch.translate(_TABLE))


def _zero_hint(text: str) -> bool:
    """Does a Chinese numeral stand next to a zero written as a letter or digit (二O, O二, 二0)?"""
    if _DIGIT_ZERO_AFTER_NUMERAL.search(text):
        return True
    if not any(z in text for z in "OΟ○о"):  # no zero written as a letter
        return False
    return bool(_ZERO_AFTER_NUMERAL.search(text) or _ZERO_BEFORE_NUMERAL.search(text))


def _pinyin_repl(m: re.Match) -> str:
    return "" if any(ch in _TONES for ch in m.group(1)) else m.group(0)


def _zero_repl(m: re.Match) -> str:
    run = m.group(0)
    if sum(ch in "一二三四五六七八九" for ch in run) < 2 or not any(ch in "OΟ○о0" for ch in run):
        return run
    return run.translate(_ZERO_LIKE)


# ---------------------------------------------------------------------------------------
# rules from data files
# ---------------------------------------------------------------------------------------
@dataclass
class _Rule:
    name: str
    flag: str
    rx: re.Pattern
    requires: tuple[str, ...]  # quick check: one of these substrings must occur

    def applies(self, text: str) -> bool:
        return not self.requires or any(r in text for r in self.requires)


@dataclass
class _Rules:
    line: list[_Rule]
    line_rx: re.Pattern  # all line rules as one alternation, group ``r<i>`` per rule
    inline: list[_Rule]
    truncation: list[_Rule]
    key_rx: re.Pattern
    key_kind: dict[str, str]
    key_strong: dict[str, bool]
    ascii_keep: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Cleaning rules read once from ``govkit/data/clean``."""
    line: list[_Rule] = []
    inline: list[_Rule] = []
    trunc: list[_Rule] = []
    with open(DATA_DIR / "boilerplate.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            requires = tuple(x for x in (row.get("requires") or "").split("|") if x)
            entry = _Rule(row["rule"], row.get("flag") or "site_chrome", re.compile(row["pattern"]), requires)
            {"line": line, "inline": inline, "truncation": trunc}[row["action"].strip()].append(entry)
    line_rx = re.compile("|".join(f"(?P<r{i}>{r.rx.pattern})" for i, r in enumerate(line)))
    kind, strong = {}, {}
    with open(DATA_DIR / "meta_fields.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            kind[row["key"]] = row["kind"].strip()
            strong[row["key"]] = row["strength"].strip() == "strong"
    alts = "|".join(r"\s*".join(map(re.escape, k)) for k in sorted(kind, key=len, reverse=True))
    key_rx = re.compile(rf"(?<![^\s{re.escape(_BULLETS)}|【】\[\]])(?P<key>{alts})\s*[::]")
    keep = set()
    with open(DATA_DIR / "ascii_keep.txt", encoding="utf-8") as fh:
        for raw in fh:
            raw = raw.split("#", 1)[0].strip()
            if raw:
                keep.add(raw.lower())
    return _Rules(line, line_rx, inline, trunc, key_rx, kind, strong, frozenset(keep))


# ---------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------
_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})"
    r"(?:\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?!\d)\s*日?|\s*月?)(?!\d)"
)
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_ISO_TOKEN = re.compile(r"(?<!\S)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?!\S)")


def normalise_date(text: str) -> str:
    """First date in *text* as ISO ``YYYY-MM-DD`` (or ``YYYY-MM``); ``""`` when none."""
    for m in _DATE.finditer(text or ""):
        y, mo = int(m.group("y")), int(m.group("m"))
        if not 1 <= mo <= 12:
            continue
        d = m.group("d")
        if d is None:
            return f"{y:04d}-{mo:02d}"
        if 1 <= int(d) <= 31:
            return f"{y:04d}-{mo:02d}-{int(d):02d}"
    return ""


# ---------------------------------------------------------------------------------------
# step 2: watermarks
# ---------------------------------------------------------------------------------------
_TOKEN = re.compile(r"(?<![A-Za-z0-9&+\-_/@.#=%])[A-Za-z0-9]{2,6}(?![A-Za-z0-9&+\-_/@#=%]|\.\d)")
#: From an ASCII letter to the end of its letters-and-digits run (where a token with a letter ends).
_LETTER_RUN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _letter_run_starts(text: str) -> list[int]:
    """Where the matches of ``_LETTER_RUN.finditer(text)`` start; the (few) ASCII letters of a
    Chinese text are found with a vectorised test rather than by the regex engine."""
    chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    is_letter = ((chars | 0x20) - 0x61) < 26  # A-Z, a-z (unsigned: below 'a' wraps round)
    starts: list[int] = []
    end = -1
    for p in np.flatnonzero(is_letter).tolist():
        if p >= end:  # not inside the previous match
            starts.append(p)
            m = _LETTER_RUN.match(text, p)
            end = m.end() if m else p + 1
    return starts


_NUMBER_UNIT = re.compile(r"\d+[A-Za-z]{1,3}")  # 10kV, 220kV, 5G, 4K, 3D: a number with its unit


def _random_shape(tok: str) -> bool:
    has_lower = any(c.islower() for c in tok)
    has_upper = any(c.isupper() for c in tok)
    has_digit = any(c.isdigit() for c in tok)
    if not has_lower or not (has_upper or has_digit):
        return False
    if tok.isalpha() and tok[0].isupper() and tok[1:].islower():
        return False  # a capitalised word (Word, Excel)
    return True


def _glued(ch: str) -> bool:
    return not ch.isascii() or ch in ",;:!?()"


def find_watermark_tokens(text: str) -> list[str]:
    """Short ASCII tokens repeated (>= 3 times) glued to line ends or inside Chinese text."""
    keep = rules().ascii_keep
    count: dict[str, int] = defaultdict(int)
    at_end: dict[str, int] = defaultdict(int)
    inside: dict[str, int] = defaultdict(int)
    n = len(text)
    # a token is a whole run of letters and digits; numbers (no letter) are not tokens, so
    # only runs with a letter are tried, from the start of the run
    for start in _letter_run_starts(text):
        while start > 0 and "0" <= text[start - 1] <= "9":
            start -= 1
        m = _TOKEN.match(text, start)
        if m is None:
            continue
        tok = m.group(0)
        s, e = m.span()
        left = text[s - 1] if s else "\n"
        right = text[e] if e < n else "\n"
        count[tok] += 1
        if right in "\n " and left not in " \n" and _glued(left):
            at_end[tok] += 1
        elif _glued(left) and _glued(right) and left != " " and right != " ":
            inside[tok] += 1
    found = []
    for tok, c in count.items():
        if c < 3 or tok.lower() in keep or _NUMBER_UNIT.fullmatch(tok):
            continue
        end_share = at_end[tok] / c
        glued_share = (at_end[tok] + inside[tok]) / c
        if (_random_shape(tok) and glued_share >= 0.5) or end_share >= 0.6:
            found.append(tok)
    return sorted(found)


def _token_pattern(tokens: list[str]) -> re.Pattern:
    """Occurrences of the tokens (also split by a line break, or glued to a following number),
    with any spaces after them."""
    alts = "|".join("\n?".join(map(re.escape, t)) for t in sorted(tokens, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alts})(?![A-Za-z])(?P<sp>[ ]+(?=\S))?")


def _token_repl(m: re.Match) -> str:
    # a watermark marks a line end; followed by spaces it stands where a line break was lost
    return "\n" if m.group("sp") else ""


def find_repeated_suffixes(text: str) -> list[str]:
    """Strings (>= 8 chars, with Han) glued to the end of >= 3 lines: injected adverts."""
    groups: dict[str, list[str]] = defaultdict(list)
    for line in text.split("\n"):
        line = line.rstrip()
        if len(line) >= 12:
            groups[line[-10:]].append(line)
    found = []
    for lines in groups.values():
        if len(lines) < 3:
            continue
        suffix = os.path.commonprefix([ln[::-1] for ln in lines])[::-1]
        suffix = suffix.lstrip(" " + _END_PUNCT + ",、")
        if len(suffix) < 10 or not _HAN_RX.search(suffix) or suffix[-1] in _END_PUNCT:
            continue
        before = [ln[: len(ln) - len(suffix)].rstrip() for ln in lines]
        if not any(b and b[-1] in _END_PUNCT for b in before):
            continue  # glued junk follows whole paragraphs; a list's shared ending does not
        found.append(suffix)
    return sorted(found, key=lambda s: (-len(s), s))


def find_token_adverts(text: str, tokens: list[str]) -> list[str]:
    """Advert strings glued after a watermark token (``kKD公文搜——专业的公文写作素材网站``)."""
    ads = []
    for tok in tokens:
        follows = []
        for m in _token_pattern([tok]).finditer(text):
            if m.group("sp"):
                continue
            follow = re.split(r"[\s。]", text[m.end() : m.end() + 60], maxsplit=1)[0]
            if len(follow) >= 6:
                follows.append(follow)
        follows.sort()
        best = ""
        for a, b in zip(follows, follows[2:]):  # a prefix shared by three occurrences
            p = os.path.commonprefix([a, b])
            if len(p) > len(best):
                best = p
        if len(best) >= 6 and _HAN_RX.search(best):
            ads.append(best)
    return ads


def _ad_pattern(ads: list[str]) -> re.Pattern:
    """Adverts, also when a wrap put a space or line break inside them."""
    alts = "|".join(r"\s?".join(map(re.escape, ad)) for ad in sorted(ads, key=len, reverse=True))
    return re.compile(alts)


def _remove_ads(buf: TextBuffer, ads: list[str]) -> int:
    text = buf.text
    spans: list[tuple[int, int]] = [m.span() for m in _ad_pattern(ads).finditer(text)]
    tail = text.rstrip()
    for ad in ads:
        # an excerpt cut inside the advert leaves its beginning at the very end
        for k in range(len(ad) - 1, 3, -1):
            if tail.endswith(ad[:k]):
                spans.append((len(tail) - k, len(tail)))
                break
    return buf.delete_spans(_merge(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# ---------------------------------------------------------------------------------------
# step 4: chrome and metadata lines
# ---------------------------------------------------------------------------------------
_HEADER_ZONE = 800
_NO_SENTENCE = re.compile(r"[。,;!?]")


def _meta_line(line: str, line_no: int) -> tuple[bool, str, str]:
    """Is *line* a page-metadata line? Returns (is_meta, iso_date, source)."""
    r = rules()
    bulleted = line[:1] in _BULLETS
    s = line.lstrip(_BULLETS + " ").strip()
    if not s or len(s) > 120 or "。" in s:
        return False, "", ""
    keys = list(r.key_rx.finditer(s)) if ":" in s else []  # every key is followed by a colon
    if keys:
        prefix = s[: keys[0].start()].strip(" 【[")
        if prefix and not (
            _ISO_TOKEN.fullmatch(prefix)
            or _DATE.fullmatch(prefix)
            or (len(prefix) <= 12 and not _NO_SENTENCE.search(prefix))
        ):
            return False, "", ""
        names = [re.sub(r"\s+", "", k.group("key")) for k in keys]
        strong = any(r.key_strong.get(nm, False) for nm in names)
        has_date = bool(_DATE.search(s))
        if not (strong or len(keys) >= 2 or has_date or bulleted or (line_no < 12 and len(s) <= 40)):
            return False, "", ""
        date = source = ""
        for i, (k, nm) in enumerate(zip(keys, names)):
            end = keys[i + 1].start() if i + 1 < len(keys) else len(s)
            value = s[k.end() : end].strip(" 【】[]")
            if len(value) > 60:
                return False, "", ""
            kind = r.key_kind.get(nm, "other")
            if kind == "date" and not date:
                date = normalise_date(value)
            elif kind == "source" and not source and value and not _DATE.match(value):
                source = value.split()[0]
        return True, date or normalise_date(s), source
    if ":" in s and _TIME.search(s) and _DATE.search(s) and len(s) <= 40 and not _NO_SENTENCE.search(s):
        return True, normalise_date(s), ""
    if _ISO_TOKEN.fullmatch(s) and line_no < 15:
        return True, normalise_date(s), ""
    return False, "", ""


def _chrome_lines(buf: TextBuffer, meta: dict, stats: dict) -> None:
    """Drop chrome and metadata lines; collect published date and source."""
    r = rules()
    text = buf.text
    spans: list[tuple[int, int]] = []
    pos = 0
    for line_no, line in enumerate(text.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        s = line.strip()
        if not s or len(s) > 200:
            continue
        core = s.lstrip(_BULLETS + " ").strip()
        hit = False
        m = r.line_rx.fullmatch(s) or (r.line_rx.fullmatch(core) if core != s else None)
        if m:
            hit = True
            stats["flags"].add(r.line[int(str(m.lastgroup)[1:])].flag)
        if not hit:
            is_meta, date, source = _meta_line(s, line_no)
            if is_meta:
                hit = True
                stats["flags"].add("site_chrome")
                if date and "published_date" not in meta:
                    meta["published_date"] = date
                if source and "source" not in meta:
                    meta["source"] = source
        if hit:
            spans.append((start, min(pos, len(text))))
    buf.delete_spans(spans)
    # bare ISO dates in the page header ('... 会议上 2021-01-05 各位代表')
    spans = []
    for m in _ISO_TOKEN.finditer(buf.text, 0, _HEADER_ZONE):
        spans.append(m.span())
        if "published_date" not in meta:
            meta["published_date"] = normalise_date(m.group(0))
        stats["flags"].add("site_chrome")
    buf.delete_spans(spans)


def _pattern_rules(buf: TextBuffer, meta: dict, stats: dict) -> None:
    """Hidden-text markers (flag ``truncated``, ``meta['hidden_chars']``) and inline chrome."""
    r = rules()
    for rule in r.truncation + r.inline:
        if not rule.applies(buf.text):
            continue
        spans = []
        for m in rule.rx.finditer(buf.text):
            if m.end() == m.start():
                continue
            spans.append(m.span())
            gd = m.groupdict()
            if gd.get("hidden"):
                meta["hidden_chars"] = meta.get("hidden_chars", 0) + int(gd["hidden"])
            elif gd.get("total") and gd.get("shown"):
                meta["hidden_chars"] = meta.get("hidden_chars", 0) + max(0, int(gd["total"]) - int(gd["shown"]))
        if spans:
            buf.delete_spans(spans)
            stats["flags"].add(rule.flag)


# ---------------------------------------------------------------------------------------
# step 5: wraps and spaces
# ---------------------------------------------------------------------------------------
_TITLE_END = re.compile(r"(?:报告|讲话|总结|公报|汇报|通知|决定|意见|纲要|方案|全文|目录|会议上|发言|致辞)\s*$")
_SALUTATION = re.compile(
    r"(?:各位代表|各位委员|各位领导|同志们|主任、副主任、各位委员|主任、副主任、各位代表)[,、]?[^。\n:]{0,10}:"
)
_JOIN_MIN = 20


#: Whitespace after a sentence end, or two or more whitespace characters: ``(?<=[。!?:;])\s+|\s{2,}``
#: written to start with ``\s``, so that the regex engine skips ahead to whitespace quickly.
_LAST_SEGMENT = re.compile(r"\s(?:(?<=[。!?:;]\s)\s*|\s+)")


def _ends_paragraph(line: str) -> bool:
    # in a run-together line only the part after the last sentence end (or double space)
    # will be a paragraph of its own: that part decides
    s = _LAST_SEGMENT.split(line.strip())[-1]
    t = s.rstrip(_CLOSERS)
    if t and t[-1] in _END_PUNCT:
        return True
    s, t = s.replace(" ", ""), t.replace(" ", "")  # spaced titles: 政 府 工 作 报 告
    if is_heading_line(s):
        return True
    return len(t) <= 40 and _TITLE_END.search(t) is not None


_TITLE_NEXT = re.compile(r"(?:报告|讲话|总结|公报|汇报|通知|决定|意见|纲要|方案|全文|目录)\s*$")


_SESSION_HEAD = re.compile(r"\d{4}\s*年.{0,40}(?:人民代表大会|人大|大会|届)\s*$")
_SESSION_TAIL = re.compile(r"(?:人民代表大会|人大)?第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议上?\s*[))]?")


def _is_title(line: str) -> bool:
    """A short stand-alone title line (the next line of a possible wrap)."""
    t = line.strip().rstrip(_CLOSERS)
    return 0 < len(t) <= 40 and _TITLE_NEXT.search(t) is not None and not _NO_SENTENCE.search(t)


def _join_wraps(buf: TextBuffer) -> int:
    """Remove line breaks that a PDF conversion or hard wrap put inside sentences."""
    text = buf.text
    lines = text.split("\n")
    edits: list[tuple[int, int, str]] = []
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i in range(len(lines) - 1):
        cur, nxt = lines[i], lines[i + 1]
        c, n = cur.rstrip(), nxt.lstrip()  # empty unless the line has text
        if c and not n:
            # a session line split by a blank line ('…人民代表大会' / '第二次会议上')
            j = i + 1
            while j < len(lines) and not lines[j].strip() and j - i <= 3:
                j += 1
            if j < len(lines) and _SESSION_TAIL.fullmatch(lines[j].strip()) and _SESSION_HEAD.search(c):
                edits.append((starts[i] + len(c), starts[j] + len(lines[j]) - len(lines[j].lstrip()), ""))
            continue
        if not c or not n:
            continue
        last, first = c[-1], n[0]
        core = c.lstrip()
        if first in _CONT_START:
            join = True
        elif (last.isdigit() or last == ".") and (first.isdigit() or first in ".%") and len(core) >= 10:
            join = True
        elif _ends_paragraph(c):
            join = False
        elif last in ",、" and not (HEADING_START.match(n) or match_marker(n) or first in _BULLETS):
            join = True  # a line ending in a comma continues
        elif HEADING_START.match(n) or match_marker(n) or is_heading_line(n) or first in _BULLETS:
            join = False
        elif _is_title(n):
            join = False
        else:
            join = len(core) >= _JOIN_MIN
        if join:
            s = starts[i] + len(c)
            e = starts[i + 1] + (len(nxt) - len(n))
            edits.append(
                (
                    s,
                    e,
                    " "
                    if (_is_ascii_alnum(last) and _is_ascii_alnum(first) and not (last.isdigit() and first.isdigit()))
                    else "",
                )
            )
    buf.apply_edits(edits)
    return len(edits)


#: A run of spaces (`` +``, written to start with a plain space, which the regex engine finds quickly).
_SPACES = re.compile(r"  *")
_RUN_AFTER = "、):"  # a spaced run starts a line or follows whitespace or one of these
_SPACED_RUN = re.compile(rf"(?<![^\s{_RUN_AFTER}])([{H}](?:[ ]{{1,3}}[{H}](?![{H}]))+)(?P<trail>[ ]+(?=\S))?")


def _collapse_run(text: str, m: re.Match, edits: list[tuple[int, int, str]]) -> None:
    """The edits for one spaced run *m* of :data:`_SPACED_RUN` (appended to *edits*)."""
    s1, e1 = m.span(1)
    chars = len(m.group(1).replace(" ", ""))
    before = text[s1 - 1] if s1 else "\n"
    if chars >= 3 and before == " ":
        # a spaced title inside a run-together line starts a new line
        b = s1
        while b > 0 and text[b - 1] == " ":
            b -= 1
        if b > 0 and text[b - 1] != "\n" and (not edits or edits[-1][1] <= b):
            edits.append((b, s1, "\n"))
    i = s1
    while i < e1:
        if text[i] == " ":
            j = i
            while j < e1 and text[j] == " ":
                j += 1
            edits.append((i, j, ""))
            i = j
        else:
            i += 1
    if m.group("trail") and (chars >= 3 or before in "、)"):
        edits.append((m.start("trail"), m.end("trail"), "\n"))


def _collapse_spaced_runs(buf: TextBuffer) -> None:
    """``政 府 工 作 报 告`` -> ``政府工作报告``; line breaks around a spaced heading."""
    text = buf.text
    edits: list[tuple[int, int, str]] = []
    # a spaced run starts with the character before a run of spaces: the pattern is tried
    # there only (in text order, past the end of the last match, as finditer would)
    end = 0
    for spaces in _SPACES.finditer(text):
        start = spaces.start() - 1
        if start < end or (start and not (text[start - 1].isspace() or text[start - 1] in _RUN_AFTER)):
            continue  # inside the last match, or not where a run can start (quick test)
        m = _SPACED_RUN.match(text, start)
        if m:
            _collapse_run(text, m, edits)
            end = m.end()
    buf.apply_edits(edits)


#: A numbered heading or a salutation (one regex for ``HEADING_START`` or ``_SALUTATION``).
_HEADING_OR_SALUTATION = re.compile(f"(?:{HEADING_START.pattern})|(?:{_SALUTATION.pattern})")


def _local_break(line: str, s: int, e: int, seg: int) -> bool:
    """Does the space ``line[s:e]`` end a paragraph, whatever kind of text this is?"""
    left = line[s - 1]
    if left in _CLOSERS:  # look through closing quotes and brackets
        left = _left_core(line, s)
    if left in "。!?！？":
        return True
    if _HEADING_OR_SALUTATION.match(line, e):
        return True
    if left == ":" and (s - seg <= 14 or _SALUTATION.search(line[seg : s + 1])):
        return True
    return s - seg <= 40 and is_unnumbered_heading(line[seg:s])


def _heading_like(line: str, start: int, end: int) -> bool:
    """Does ``line[start:end]``, a run-together segment (less surrounding whitespace), read as
    a heading, title, session line or name?"""
    if end - start > 40 and not line[start].isspace() and not line[end - 1].isspace():
        return False  # too long (checked before the segment is copied: it may be long)
    segment = line[start:end].strip()
    if not segment or len(segment) > 40 or "。" in segment:
        return False
    if match_marker(segment) or _TITLE_END.search(segment):
        return True
    return len(segment) <= 12 and not _NO_SENTENCE.search(segment) and "、" not in segment


def _fix_spaces(buf: TextBuffer) -> int:
    """Spaces: restore paragraph breaks, drop wrap spaces (spaced titles are already collapsed).

    In a run-together line whose spaces mostly follow sentence ends or headings (a page
    flattened to one line) every space between Chinese text is a line break; in a PDF
    conversion (spaces every 25-40 characters, mostly inside words) only spaces after
    sentence ends, before numbered headings and bullets, and after headings are.
    """
    text = buf.text
    edits: list[tuple[int, int, str]] = []
    wrap_spaces = 0
    pos = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        if " " not in line:
            continue
        n = len(line)
        spans = [m.span() for m in _SPACES.finditer(line)]
        # pass 1: how are this line's spaces used?
        punct_sp = han_sp = wrapish = 0
        seg = 0
        inner = []  # (s, e, seg at s, _local_break, left, right, left Chinese, right Chinese)
        for s, e in spans:
            if s == 0 or e == n:
                continue
            left, right = line[s - 1], line[e]
            left_han, right_han = _is_han(left), _is_han(right)
            brk = _local_break(line, s, e, seg)
            inner.append((s, e, seg, brk, left, right, left_han, right_han))
            if brk:
                punct_sp += _left_core(line, s) in _END_PUNCT
                seg = e
            elif left_han and right_han and not _heading_like(line, seg, s):
                han_sp += 1
                wrapish += 1
            elif (left_han and right.isdigit()) or (left.isdigit() and right_han):
                wrapish += 1
        break_mode = punct_sp >= 2 and (punct_sp >= han_sp or n >= 80 * han_sp)
        pdf_wrapped = not break_mode and wrapish >= 3  # wraps every few dozen characters
        # pass 2: decide (a space at the start or end of the line is dropped)
        if spans[0][0] == 0:
            edits.append((base, base + spans[0][1], ""))
        seg = 0
        for s, e, seg1, brk, left, right, left_han, right_han in inner:
            if seg != seg1:  # pass 2 broke the line elsewhere: the segment differs
                brk = _local_break(line, s, e, seg)
            newline = (
                brk
                or (break_mode and (left_han or left in _CJK_PUNCT + _CLOSERS) and (right_han or right in _OPENERS))
                or (
                    # in a long run-together line a double space stands for an empty line
                    e - s >= 2
                    and n >= 40
                    and not (_is_ascii_alnum(left) and _is_ascii_alnum(right))
                    and not (left.isdigit() and right_han)
                )
            )
            if newline:
                edits.append((base + s, base + e, "\n"))
                seg = e
            elif pdf_wrapped and e - s == 1 and left.isdigit() and right.isdigit():
                edits.append((base + s, base + e, ""))  # a number split by a wrap: '28 274元'
            elif _is_ascii_alnum(left) and _is_ascii_alnum(right):
                if e - s > 1:
                    edits.append((base + s, base + e, " "))
            else:
                edits.append((base + s, base + e, ""))
                if left_han and right_han:
                    wrap_spaces += 1
        if spans[-1][1] == n and spans[-1][0] != 0:
            edits.append((base + spans[-1][0], base + n, ""))
    buf.apply_edits(edits)
    return wrap_spaces


def _left_core(line: str, s: int) -> str:
    """Character before position *s*, looking through closing quotes and brackets."""
    i = s - 1
    while i > 0 and line[i] in _CLOSERS:
        i -= 1
    return line[i]


# ---------------------------------------------------------------------------------------
# step 6 and the entry point
# ---------------------------------------------------------------------------------------
#: Spaces and line breaks around a line break (``[ ]*\n[ \n]*`` less the lone line breaks, written
#: to start with a line break or a space so that the regex engine skips ahead quickly).
_BLANKS = re.compile(r"\n[ \n]+| [ ]*\n[ \n]*")
_MOJIBAKE = re.compile(rf"\?,?[A-Za-z{_TONES}]|\ufffd(?!\s*$)")


def clean_text(raw: str) -> CleanResult:
    """Clean one decoded report text (see the module docstring); deterministic."""
    buf = TextBuffer(raw)
    meta: dict = {}
    stats: dict = {"flags": set()}

    # 1. characters
    if _contains_any(buf.text, _MAY_DELETE):
        buf.sub(_DELETE_CHARS, "")
    buf.sub(_INDENT, _indent_repl, spans=_indent_lines(buf.text))
    if _contains_any(buf.text, _TABLE_CHARS):
        buf.map_chars(lambda t: _TABLE_RX.sub(lambda m: _TABLE[ord(m.group())], t))
    if _to_simplified(buf) >= 3:
        stats["flags"].add("traditional")
    if "(" in buf.text and any(t in buf.text for t in _TONES):
        buf.sub(_PINYIN, _pinyin_repl)
    if _zero_hint(buf.text):
        buf.sub(_ZERO_RUN, _zero_repl)

    # 2. watermarks
    tokens = find_watermark_tokens(buf.text)
    token_ads = find_token_adverts(buf.text, tokens) if tokens else []
    if token_ads:
        _remove_ads(buf, token_ads)
    if tokens:
        buf.sub(_token_pattern(tokens), _token_repl)
    line_ads = find_repeated_suffixes(buf.text)
    if line_ads:
        _remove_ads(buf, line_ads)
    ads = token_ads + [ad for ad in line_ads if ad not in token_ads]
    if tokens or ads:
        stats["flags"].add("watermark")
        meta["watermark_tokens"] = tokens + ads

    # 3-4. hidden-text markers, inline chrome, chrome and metadata lines
    _pattern_rules(buf, meta, stats)
    _chrome_lines(buf, meta, stats)

    # 5. wraps and spaces
    joins = _join_wraps(buf)
    _collapse_spaced_runs(buf)
    wrap_spaces = _fix_spaces(buf)
    if joins + wrap_spaces >= 3:
        stats["flags"].add("pdf_wraps")

    # 6. tidy
    buf.sub(_BLANKS, "\n")
    text = buf.text
    lead = len(text) - len(text.lstrip("\n "))
    body_end = len(text.rstrip("\n \ufffd"))  # a cut final character is a read artefact
    spans = [(0, lead)] if lead else []
    if body_end < len(text) and body_end >= lead:
        spans.append((max(body_end, lead), len(text)))
    buf.delete_spans(spans)
    if ("?" in buf.text or "\ufffd" in buf.text) and _MOJIBAKE.search(buf.text):
        stats["flags"].add("mojibake")
    return CleanResult(buf.text, buf.index, sorted(stats["flags"]), meta)
