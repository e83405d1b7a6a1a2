"""Scraper watermarks and repeated adverts, found statistically and removed.

Copies from document-sharing sites carry junk repeated through the text: short ASCII tokens of
random shape glued to line ends or inside Chinese text (``vfO``, ``js8``:
:func:`find_watermark_tokens`), advert strings glued after such a token
(``kKD公文搜——专业的公文写作素材网站``: :func:`find_token_adverts`) or to the end of many
paragraphs (:func:`find_repeated_suffixes`). :func:`remove_watermarks` deletes them all.
ASCII words never taken for watermarks are listed in ``data/clean/ascii_keep.txt``.

Recognition, which may read text that was never cleaned, finds the advert tail of the title block
with :func:`shared_line_tail`.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from functools import lru_cache

import numpy as np

from govkit.core.resources import data_path
from govkit.text.chars import END_PUNCT, HAN_RX
from govkit.text.textbuffer import TextBuffer

ASCII_KEEP = data_path("clean", "ascii_keep.txt")


@lru_cache(maxsize=1)
def ascii_keep() -> frozenset[str]:
    """ASCII words (lower case) never taken for watermarks, read once."""
    keep = set()
    with open(ASCII_KEEP, encoding="utf-8") as fh:
        for raw in fh:
            raw = raw.split("#", 1)[0].strip()
            if raw:
                keep.add(raw.lower())
    return frozenset(keep)


_TOKEN = re.compile(r"(?<![A-Za-z0-9&+\-_/@.#=%])[A-Za-z0-9]{2,6}(?![A-Za-z0-9&+\-_/@#=%]|\.\d)")
#: From an ASCII letter to the end of its letters-and-digits run (where a token with a letter ends).
_LETTER_RUN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


#: Texts shorter than this are searched by the regex engine (the vectorised test's fixed cost is not
#: repaid on them).
_VECTOR_MIN = 20000


def _letter_run_starts(text: str) -> list[int]:
    """Where the matches of ``_LETTER_RUN.finditer(text)`` start; in a long text the (few) ASCII
    letters of a Chinese text are found with a vectorised test rather than by the regex engine."""
    if len(text) < _VECTOR_MIN:
        return [m.start() for m in _LETTER_RUN.finditer(text)]
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
    keep = ascii_keep()
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
    """Occurrences of the tokens (also split by a line break, or glued to a number before or after
    them: a hard-wrapped line that ends in a figure, ``完成192.45pbY`` / ``亿元``), with any spaces
    after them."""
    alts = "|".join("\n?".join(map(re.escape, t)) for t in sorted(tokens, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{alts})(?![A-Za-z])(?P<sp>[ ]+(?=\S))?")


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
        suffix = suffix.lstrip(" " + END_PUNCT + ",、")
        if len(suffix) < 10 or not HAN_RX.search(suffix) or suffix[-1] in END_PUNCT:
            continue
        before = [ln[: len(ln) - len(suffix)].rstrip() for ln in lines]
        if not any(b and b[-1] in END_PUNCT for b in before):
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
        if len(best) >= 6 and HAN_RX.search(best):
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


def remove_watermarks(buf: TextBuffer) -> list[str]:
    """Remove watermark tokens and adverts from *buf*; returns what was removed (tokens, then adverts)."""
    tokens = find_watermark_tokens(buf.text)
    token_ads = find_token_adverts(buf.text, tokens) if tokens else []
    if token_ads:
        _remove_ads(buf, token_ads)
    if tokens:
        buf.sub(_token_pattern(tokens), _token_repl)
    line_ads = find_repeated_suffixes(buf.text)
    if line_ads:
        _remove_ads(buf, line_ads)
    return tokens + token_ads + [ad for ad in line_ads if ad not in token_ads]


def shared_line_tail(lines: list[str]) -> str:
    """A tail that at least three lines share (an advert injected after every paragraph), else ``""``."""
    counts: dict[str, int] = {}
    for ln in lines:
        if len(ln) >= 12:
            counts[ln[-8:]] = counts.get(ln[-8:], 0) + 1
    if not counts:
        return ""
    tail, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 3:
        return ""
    owners = [ln for ln in lines if ln.endswith(tail)]
    while True:
        k = len(tail) + 1
        longer = {ln[-k:] for ln in owners if len(ln) > k}
        if len(longer) != 1:
            return tail
        nxt = longer.pop()
        if sum(1 for ln in owners if ln.endswith(nxt)) < 3:
            return tail
        owners = [ln for ln in owners if ln.endswith(nxt)]
        tail = nxt
