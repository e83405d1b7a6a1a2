"""Character and text normalisation: the one home of every way govkit normalises text.

Three operations, for three consumers, each named for what it does:

* :func:`normalise_buffer` — the first cleaning pass, on an offset-keeping
  :class:`~govkit.text.textbuffer.TextBuffer` (every change is a deletion or a one-to-one
  character change, but for HTML a text copy of a web page kept, ``&nbsp;`` ``&ldquo;`` ``<br>``
  ``<sup>1</sup>``, decoded or dropped first): control and zero-width characters dropped; full-width digits, letters and
  ``，：；（）！？％．`` to ASCII (``。、“”《》——`` kept), small and vertical forms to their
  plain forms, Kangxi and supplement radicals that a PDF text layer put for ideographs
  (``增⻓``, ``⼈⺠``: Unicode's NFKC mapping, and ``data/clean/radicals.csv`` for the forms it leaves) to those ideographs; NBSP/ideographic spaces to spaces; a lost paragraph break before a full-width
  indent restored; traditional to simplified (OpenCC ``t2s``); inline pinyin glosses
  ``報(bào)告`` removed; ``二Ο三五`` written with a letter O becomes ``二〇三五``.
  :func:`normalise_char` is what that pass makes of a single character.
* :func:`normalise_for_recognition` — the comparison form recognition reads (no offsets kept):
  half-width punctuation, no parenthesised lower-case words (pinyin), no spaces between
  non-ASCII characters or inside dates, Chinese-numeral dates in digits. On cleaned text most of
  this is already done; it also makes recognition work on text that was not cleaned.
* :func:`close_cjk_gaps` — the text as the attention index segments it: whitespace between two
  CJK characters removed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import opencc

from govkit.core.regex_gates import first_test
from govkit.core.resources import data_path, read_table
from govkit.text.chars import HAN, TONES
from govkit.text.date_forms import arabic_chinese_dates
from govkit.text.t2s_gate import may_change
from govkit.text.textbuffer import TextBuffer


# ---------------------------------------------------------------------------------------------
# the character table: width, spaces, line breaks, small and vertical forms
def _width_table() -> dict[int, str]:
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
    # radicals a PDF text layer gives for the ideograph drawn with the same glyph (增⻓: 增长): the
    # Kangxi radicals and supplement forms by Unicode's NFKC mapping, the other supplement forms by
    # data/clean/radicals.csv
    for code in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6)):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    table.update({ord(r["radical"]): r["char"] for r in read_table(data_path("clean", "radicals.csv"))})
    return table


#: Code point -> its half-width / plain form (one character each).
WIDTH_TABLE = _width_table()
_TABLE_RX = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(WIDTH_TABLE)) + "]")
#: Control and zero-width characters (deleted; so is a carriage return before a line break).
_DELETE = "".join(map(chr, [0xFEFF, *range(0x200B, 0x2010), 0x2060, 0xAD, *range(0x09), *range(0x0E, 0x20), 0x7F]))
_DELETE_CHARS = re.compile(f"[{re.escape(_DELETE)}]|\r(?=\n)")


class _CharSet:
    """A set of characters, as a table over all code points and as a regex character class."""

    def __init__(self, chars: Iterable[str]) -> None:
        codes = sorted({ord(c) for c in chars})
        self.table = np.zeros(0x110000, dtype=bool)
        self.table[codes] = True
        self.rx = re.compile("[" + "".join(re.escape(chr(c)) for c in codes) + "]")


#: Texts shorter than this are searched for a character of a set by the regex, longer ones by the
#: table (a vectorised test, quicker on long texts; on short ones its fixed cost is not repaid).
_VECTOR_MIN = 20000


def _contains_any(text: str, chars: _CharSet) -> bool:
    """Does *text* contain one of the characters of *chars*?"""
    if len(text) < _VECTOR_MIN:
        return chars.rx.search(text) is not None
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return bool(chars.table[codes].any())


_MAY_DELETE = _CharSet(_DELETE + "\r")  # without any of these, nothing to delete
_TABLE_CHARS = _CharSet(map(chr, WIDTH_TABLE))
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
    indented has none); not a row of a table aligned with ideographic spaces (一般公共预算收入　　8.50　　　8.20
    8.36: its gaps part cells, not paragraphs)."""
    out = []
    for s, e in _lines_with(text, "\u3000\u3000"):
        body = text[s:e].lstrip(" \t\u00a0\u3000")
        if "\u3000\u3000" in body and not _aligned_row(body):
            out.append((s, e))
    return out


#: A cell of figures in a row aligned with ideographic spaces (8.50, 102.0, 6.3%, -2.1).
_FIGURE_PIECE = re.compile(r"[-−]?\d[\d.,]*\s*[%％]?")
_ALIGNED_GAP = re.compile(r"[ \t\u00a0]*\u3000+[ \t\u00a0]*")
#: The fewest figure cells that make a line a table's row, not paragraphs run together.
_ALIGNED_ROW_FIGURES = 2


def _aligned_row(body: str) -> bool:
    """A line of cells parted by ideographic spaces, two or more of them figures (a row of a table typed with
    full-width spaces in a plain-text file)."""
    pieces = [p for p in _ALIGNED_GAP.split(body.rstrip()) if p]
    return len(pieces) >= 3 and sum(1 for p in pieces if _FIGURE_PIECE.fullmatch(p)) >= _ALIGNED_ROW_FIGURES


def _indent_repl(m: re.Match) -> str:
    start = m.string.rfind("\n", 0, m.start()) + 1
    return "\n" if m.start() - start > 4 else m.group(0)


# ---------------------------------------------------------------------------------------------
# simplified forms, pinyin glosses, zeros written as letters

_PINYIN_GLOSS = re.compile(rf"(?<=[{HAN}])\(\s*([a-z{TONES}üê]{{1,7}}(?:\s+[a-z{TONES}üê]{{1,7}}){{0,3}})\s*\)")
_ZERO_RUN = re.compile(r"[〇零一二三四五六七八九OΟ○о0]{3,}")
#: A Chinese numeral next to a zero written as a letter or digit (二O, O二, 二0); see :func:`_zero_hint`.
_ZERO_AFTER_NUMERAL = re.compile(r"[一二三四五六七八九][OΟ○о0]")
_ZERO_BEFORE_NUMERAL = re.compile(r"[OΟ○о][一二三四五六七八九]")
#: 二0: a digit zero after a Chinese numeral, found from the 0 (plain text, quick to find)
_DIGIT_ZERO_AFTER_NUMERAL = re.compile(r"0(?<=[一二三四五六七八九]0)")
_ZERO_LIKE = str.maketrans({"O": "〇", "Ο": "〇", "○": "〇", "о": "〇", "0": "〇"})


@lru_cache(maxsize=1)
def _opencc() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _to_simplified(buf: TextBuffer) -> int:
    """Traditional to simplified in place (length-preserving); returns characters changed."""
    text = buf.text
    if not may_change(text):
        return 0  # nothing the conversion changes (most reports): spared
    cc = _opencc()
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


def _zero_hint(text: str) -> bool:
    """Does a Chinese numeral stand next to a zero written as a letter or digit (二O, O二, 二0)?"""
    if _DIGIT_ZERO_AFTER_NUMERAL.search(text):
        return True
    if not any(z in text for z in "OΟ○о"):  # no zero written as a letter
        return False
    return bool(_ZERO_AFTER_NUMERAL.search(text) or _ZERO_BEFORE_NUMERAL.search(text))


def _pinyin_repl(m: re.Match) -> str:
    return "" if any(ch in TONES for ch in m.group(1)) else m.group(0)


def _zero_repl(m: re.Match) -> str:
    run = m.group(0)
    if sum(ch in "一二三四五六七八九" for ch in run) < 2 or not any(ch in "OΟ○о0" for ch in run):
        return run
    return run.translate(_ZERO_LIKE)


# ---------------------------------------------------------------------------------------------
# HTML left in a text copy of a web page

#: Character references (``&nbsp;``, ``&ldquo;``, ``&#37;``, ``&#x25;``).
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9A-Fa-f]{2,5});")
#: A footnote number in superscript tags (``生产总值<sup>1</sup>``): a marker, dropped with its tags.
_SUP_NOTE = re.compile(r"<sup>\s*\[?\d{1,2}\]?\s*</sup>", re.IGNORECASE)
#: A power of a unit in superscript tags (``μg/m<sup>3</sup>``, ``hm<sup>2</sup>``): the digit is the
#: unit's (``μg/m3``, ``hm2``), kept without its tags.
_SUP_POWER = re.compile(r"(?<=m)<sup>\s*([23])\s*</sup>", re.IGNORECASE)
#: Inline and paragraph tags; the paragraph ones (``<p>``, ``<br>``, ``<div>``) stand for a line break.
_TAG = re.compile(r"</?(?P<name>[A-Za-z]{1,6})\b[^<>\n]{0,200}>")
_INLINE_TAGS = frozenset("span font strong b i em u sup sub a".split())
_BREAK_TAGS = frozenset("p br div".split())


def _entity_repl(m: re.Match) -> str:
    ch = html.unescape(m.group(0))
    return ch if len(ch) == 1 else m.group(0)


def _tag_repl(m: re.Match) -> str:
    name = m.group("name").lower()
    return "\n" if name in _BREAK_TAGS else "" if name in _INLINE_TAGS else m.group(0)


def _strip_html(buf: TextBuffer) -> None:
    """HTML a text copy kept (``增长&nbsp;6.5%``, ``&ldquo;三大攻坚战&rdquo;``, ``总值<sup>1</sup>``):
    references decoded, a unit's power kept (``m<sup>3</sup>``: ``m3``), footnote superscripts dropped,
    inline tags dropped, paragraph tags made line
    breaks. Other ``<…>`` (``PM2.5<35``) and unknown references stay."""
    text = buf.text
    if "&" in text:
        buf.sub(_ENTITY, _entity_repl)
    if "<" in buf.text:
        buf.sub(_SUP_POWER, lambda m: m.group(1))
        buf.sub(_SUP_NOTE, "")
        buf.sub(_TAG, _tag_repl)


def normalise_buffer(buf: TextBuffer) -> int:
    """The character pass of cleaning (see the module docstring), in place; returns how many
    characters were traditional (changed to their simplified form)."""
    _strip_html(buf)
    if _contains_any(buf.text, _MAY_DELETE):
        buf.sub(_DELETE_CHARS, "")
    buf.sub(_INDENT, _indent_repl, spans=_indent_lines(buf.text))
    if _contains_any(buf.text, _TABLE_CHARS):
        buf.map_chars(lambda t: _TABLE_RX.sub(lambda m: WIDTH_TABLE[ord(m.group())], t))
    traditional = _to_simplified(buf)
    if "(" in buf.text and any(t in buf.text for t in TONES):
        buf.sub(_PINYIN_GLOSS, _pinyin_repl)
    if _zero_hint(buf.text):
        buf.sub(_ZERO_RUN, _zero_repl)
    return traditional


def normalise_char(ch: str) -> str:
    """What the character pass makes of a single character (half-width form, simplified form)."""
    return str(_opencc().convert(ch.translate(WIDTH_TABLE)))


# ---------------------------------------------------------------------------------------------
# the form recognition reads

#: The characters recognition makes half-width (their forms in :data:`WIDTH_TABLE`), and
#: zeros written as a letter O or a circle.
_RECOGNITION_TABLE = {ord(c): WIDTH_TABLE[ord(c)] for c in "，：；（）！？\u3000\xa0"} | {
    ord("Ο"): "〇",
    ord("○"): "〇",
}
#: A lower-case word (pinyin) in parentheses, wherever it stands.
_PARENTHESISED_LOWERCASE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüɑńň]{1,8}\)")
#: A run of spaces (``[ \t]+``, written to start with a character class so that the regex
#: engine skips ahead to a space quickly).
_SPACES = re.compile(r"[ \t][ \t]*")


def _drop_space(m: re.Match) -> str:
    """Drop a run of spaces between non-ASCII characters, or inside a date (2021 年12 月)."""
    s, e = m.start(), m.end()
    text = m.string
    if s == 0 or e >= len(text):
        return m.group(0)
    a, b = text[s - 1], text[e]
    if (a > "\x7f" and b > "\x7f") or (a.isdigit() and b in "年月日") or (a in "年月" and b.isdigit()):
        return ""
    return m.group(0)


#: A date letter-spaced by a PDF extraction (``2 0 2 4 年 1 2 月 2 8 日``): a year of four digits
#: and a month or day of two, each digit apart, before 年, 月 or 日.
#: (It opens with lookbehinds, tried at every position of the text: behind a test of its first
#: characters, :func:`~govkit.core.regex_gates.first_test`.)
_SPACED_YEAR = first_test(re.compile(r"(?<![\d.])(?<!\d )(?:1 9|2 0) \d \d(?= ?年)"))
_SPACED_MONTH_DAY = re.compile(r"(?<=[年月]) ?\d \d(?= ?[月日])")


#: 元 of 元月 (January) after a year: ``2021年元月12日`` (one character for one).
_FIRST_MONTH = re.compile(r"(?<=年)元(?=月)")


def _join_digits(m: re.Match) -> str:
    return m.group(0).replace(" ", "")


def normalise_for_recognition(text: str) -> str:
    """Half-width punctuation, no pinyin glosses, no spaces between CJK characters, dates in digits
    (a letter-spaced ``2 0 2 4 年`` and 元月 too)."""
    s = text
    for code, plain in _RECOGNITION_TABLE.items():
        c = chr(code)
        if c in s:
            s = s.replace(c, plain)
    if "(" in s:
        s = _PARENTHESISED_LOWERCASE.sub("", s)
    if "元月" in s:
        s = _FIRST_MONTH.sub("1", s)  # 2021年元月12日: January
    if " " in s or "\t" in s:
        if "年" in s:
            s = _SPACED_YEAR.sub(_join_digits, s)
            s = _SPACED_MONTH_DAY.sub(_join_digits, s)
        s = _SPACES.sub(_drop_space, s)
    return arabic_chinese_dates(s)


# ---------------------------------------------------------------------------------------------
# the form the attention index segments

_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_GAP = re.compile(f"(?<=[{_CJK_CLASS}])[ \\t\\u3000\\u00a0]+(?=[{_CJK_CLASS}])")


def close_cjk_gaps(text: str) -> str:
    """Whitespace between two CJK characters removed (how the attention index segments text)."""
    return _CJK_GAP.sub("", text)
