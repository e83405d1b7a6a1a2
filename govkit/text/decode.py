"""Plain-text decoding: raw bytes to text, the encoding detected, not assumed.

:func:`decode_bytes`: a byte-order mark decides first; NUL bytes on one parity mean UTF-16
without BOM (other NUL bytes: a binary file); then strict UTF-8 (a UTF-8 file is almost never
valid in another sense); otherwise GB18030, Big5 and BOM-less UTF-16 are decoded strictly and the
most *plausible* text wins (:func:`plausibility`: how many of its characters are frequent Chinese
characters, ``data/clean/common_hanzi.txt``), charset-normalizer breaking near ties.
Charset-normalizer alone misjudges short Chinese texts, so it only arbitrates. A file with a few
corrupt bytes is decoded with U+FFFD in their place and flagged ``decode_errors``. A file cut in
the middle of a multi-byte character keeps its encoding: the broken tail becomes U+FFFD, flagged
``broken_tail``. A file glued together from UTF-8 and GBK parts is decoded part by part, flagged
``mixed_encoding``.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from pathlib import Path

from govkit.core.errors import ReadError
from govkit.core.resources import data_path


def has_text(text: str) -> bool:
    """Does *text* hold anything but whitespace, BOMs, zero-width spaces and U+FFFD?"""
    return any(not (ch.isspace() or ch in "\ufeff\u200b\ufffd") for ch in text)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

#: Longest character of each codec in bytes (a cut tail is at most this minus one).
_MAX_CHAR = {
    "utf-8": 4,
    "gb18030": 4,
    "gbk": 2,
    "big5": 2,
    "cp950": 2,
    "big5hkscs": 2,
    "utf-16-le": 4,
    "utf-16-be": 4,
    "utf-32-le": 4,
    "utf-32-be": 4,
}

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


_HANZI_FILE = data_path("clean", "common_hanzi.txt")


@lru_cache(maxsize=1)
def _hanzi_weights() -> dict[str, float]:
    """Weight of a Han character as evidence of a right decoding.

    1.0 for the 3,000 most frequent characters (and their traditional forms, from
    ``data/clean/common_hanzi.txt``), 0.5 for other GB2312 level-1 / Big5 level-1
    characters, absent (0) for rare ones.
    """
    weights: dict[str, float] = {}
    for lead in range(0xB0, 0xD8):  # GB2312 level-1 hanzi, rows 16-55
        for trail in range(0xA1, 0xFF):
            try:
                weights[bytes((lead, trail)).decode("gb2312")] = 0.5
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):  # Big5 常用字 A440-C67E
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                weights[bytes((lead, trail)).decode("big5")] = 0.5
            except UnicodeDecodeError:
                pass
    with open(_HANZI_FILE, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                for ch in line.strip():
                    weights[ch] = 1.0
    for ch in _COMMON_PUNCT:
        weights[ch] = 1.0
    return weights


def plausibility(text: str) -> float:
    """How much the non-ASCII characters of *text* look like decoded Chinese (0..1).

    Text decoded with the wrong CJK codec is full of rare characters, kana, Cyrillic,
    Hangul or private-use code points; text decoded right is mostly frequent characters.
    """
    weights = _hanzi_weights()
    total = 0
    score = 0.0
    for ch in text[:5000]:  # a sample is enough to judge
        if ch < "\x80":
            continue
        total += 1
        score += weights.get(ch, 0.0)
    return score / total if total else 1.0


_COMMON_PUNCT = frozenset("，。、；：？！“”‘’（）《》【】—…·％　〇")


def decode_tail_tolerant(data: bytes, encoding: str) -> tuple[str, bool] | None:
    """Strict decode, except that an incomplete character at the very end becomes U+FFFD.

    Returns ``(text, broken_tail)`` or None when the bytes are not valid in *encoding*.
    """
    try:
        return data.decode(encoding), False
    except UnicodeDecodeError as exc:
        cut = exc.start
    except LookupError:  # pragma: no cover - unknown codec name
        return None
    # the undecodable tail must be shorter than one character (a cut character, possibly
    # followed by a line break added later), and something valid must precede it
    tail = data[cut:].rstrip(b" \t\r\n")
    if cut == 0 or len(tail) >= _MAX_CHAR.get(encoding, 4) or not _is_char_prefix(tail, encoding):
        return None
    try:
        head = data[:cut].decode(encoding)
    except UnicodeDecodeError:
        return None
    return head + "\ufffd", True


def _is_char_prefix(tail: bytes, encoding: str) -> bool:
    """Could *tail* be the first bytes of one character in *encoding* (a cut character)?"""
    if not tail:
        return True
    if encoding == "utf-8":
        need = 2 if 0xC2 <= tail[0] <= 0xDF else 3 if 0xE0 <= tail[0] <= 0xEF else 4 if 0xF0 <= tail[0] <= 0xF4 else 0
        return need > len(tail) and all(0x80 <= b <= 0xBF for b in tail[1:])
    if encoding in ("gb18030", "gbk", "big5", "cp950"):
        if not 0x81 <= tail[0] <= 0xFE:
            return False
        # GB18030 four-byte characters: lead, digit, lead, digit
        return len(tail) == 1 or (
            encoding == "gb18030" and 0x30 <= tail[1] <= 0x39 and (len(tail) == 2 or 0x81 <= tail[2] <= 0xFE)
        )
    return True  # UTF-16/32: any short remainder is a cut code unit


def _nul_pattern(data: bytes) -> str | None:
    """'le'/'be' when NUL bytes sit on one parity (UTF-16 without BOM), else None."""
    sample = data[:8192]
    if b"\x00" not in sample:
        return None
    even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    if odd >= 1 and odd > 4 * even:
        return "le"
    if even >= 1 and even > 4 * odd:
        return "be"
    return None


def _looks_binary(text: str) -> bool:
    """Control characters (other than tab, line and page breaks) mean the bytes are not text."""
    sample = text[:20000].rstrip("\x1a")  # a DOS end-of-file mark is harmless
    bad = len(_CONTROL.findall(sample))
    return bad > len(sample) // 200


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str, list[str]]:
    """Decode raw bytes of a text file: returns ``(text, encoding, flags)``.

    Raises :class:`ReadError` for binary or undecodable input.
    """
    # 1. byte-order marks
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            res = decode_tail_tolerant(body, codec)
            if res is None:
                raise ReadError(path, f"has a {name.upper()} byte-order mark but is not valid {name.upper()}")
            text, broken = res
            if _looks_binary(text):
                raise ReadError(path, "binary file (control characters in the text)")
            return text, name, (["broken_tail"] if broken else [])

    # 2. UTF-16 / UTF-32 without BOM (NUL bytes on one parity)
    pattern = _nul_pattern(data)
    if pattern is not None:
        for codec in (f"utf-16-{pattern}", f"utf-32-{pattern}"):
            res = decode_tail_tolerant(data, codec)
            if res is not None and not _looks_binary(res[0]) and plausibility(res[0]) >= 0.6:
                return res[0], codec, (["broken_tail"] if res[1] else [])
    if b"\x00" in data:
        raise ReadError(path, "binary file (contains NUL bytes; not text in any supported encoding)")

    # 3. strict UTF-8 (a broken final character is tolerated)
    res = decode_tail_tolerant(data, "utf-8")
    if res is not None:
        text, broken = res
        if _looks_binary(text):
            raise ReadError(path, "binary file (control characters in the text)")
        return text, ("ascii" if text.isascii() else "utf-8"), (["broken_tail"] if broken else [])

    # 4. legacy CJK codecs (and UTF-16 without BOM or NUL bytes), chosen by plausibility
    candidates: list[tuple[float, int, str, str, bool, int]] = []  # score, preference, codec ...
    for pref, codec in enumerate(("gb18030", "big5", "cp950", "utf-16-le", "utf-16-be")):
        res = decode_tail_tolerant(data, codec)
        if res is not None and not _looks_binary(res[0]):
            candidates.append((plausibility(res[0]), pref, codec, res[0], res[1], 0))
    best = _pick(candidates, data)
    if best is None:
        # 5. a few bad bytes inside an otherwise good file (corruption): tolerated, flagged
        candidates = []
        for pref, codec in enumerate(("utf-8", "gb18030", "big5")):
            text = data.decode(codec, errors="replace")
            errors = text.count("\ufffd")
            if errors <= max(1, len(text) // 500) and not _looks_binary(text):
                candidates.append((plausibility(text.replace("\ufffd", "")), pref, codec, text, False, errors))
        best = _pick(candidates, data)
    if best is None:
        # 6. a file glued together from UTF-8 and GBK parts (copy-paste from several pages)
        mixed = _decode_mixed_utf8_gb(data)
        if (
            mixed is not None
            and mixed.count("\ufffd") <= len(mixed) // 20
            and not _looks_binary(mixed)
            and plausibility(mixed.replace("\ufffd", "")) >= 0.5
        ):
            return mixed, "utf-8+gb18030", ["decode_errors", "mixed_encoding"]
    if best is not None:
        _score, _pref, codec, text, broken, errors = best
        if codec == "gb18030" and decode_tail_tolerant(data, "gbk") is not None:
            codec = "gbk"
        flags = (["broken_tail"] if broken else []) + (["decode_errors"] if errors else [])
        return text, codec, flags
    raise ReadError(
        path, "cannot decode the text: not valid UTF-8, GB18030/GBK, Big5 or UTF-16 (binary or corrupt file?)"
    )


def _utf8_char_at(data: bytes, i: int) -> int:
    """Length of a valid UTF-8 character (ASCII or CJK-range multi-byte) starting at *i*, else 0."""
    b = data[i]
    if b < 0x80:
        return 1
    n = 3 if 0xE0 <= b <= 0xEF else 2 if 0xC2 <= b <= 0xDF else 4 if 0xF0 <= b <= 0xF4 else 0
    if not n or i + n > len(data):
        return 0
    try:
        data[i : i + n].decode("utf-8")
    except UnicodeDecodeError:
        return 0
    return n


def _decode_mixed_utf8_gb(data: bytes) -> str | None:
    """Decode UTF-8 runs as UTF-8 and the runs between them as GB18030 (replacing what neither fits)."""
    out: list[str] = []
    i, n, gb_runs = 0, len(data), 0
    while i < n:
        try:
            out.append(data[i:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            out.append(data[i : i + exc.start].decode("utf-8"))
            j = k = i + exc.start
            # The legacy run lasts until two consecutive multi-byte UTF-8 characters (or ASCII) resume.
            while k < n:
                a = _utf8_char_at(data, k)
                if a == 1 or (a > 1 and k + a < n and _utf8_char_at(data, k + a) > 1):
                    break
                k += 2 if data[k] >= 0x81 and k + 1 < n else 1
            out.append(data[j:k].decode("gb18030", errors="replace"))
            gb_runs += 1
            i = k
    return "".join(out) if gb_runs else None


def _pick(candidates: list[tuple[float, int, str, str, bool, int]], data: bytes):
    """Most plausible decoding (ties: charset-normalizer, then GB before Big5); None if none fits."""
    if not candidates:
        return None
    candidates = sorted(candidates, key=lambda c: (-round(c[0], 2), c[5], c[1]))
    best = candidates[0]
    close = [c for c in candidates[1:] if c[0] >= best[0] - 0.03 and not _same_family(c[2], best[2])]
    if close and len(data) >= 64:
        guess = _charset_normalizer_guess(data)
        for cand in [best, *close]:
            if guess and _same_family(guess, cand[2]):
                best = cand
                break
    score, text = best[0], best[3]
    if score >= 0.5 or (len(_HAN.findall(text)) < 3 and score >= 0.3):
        return best
    return None


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:  # imported here: only near ties need it, and it is slow to import
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover
        return None
    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else None


def _same_family(a: str, b: str) -> bool:
    fam = {
        "gb2312": "gb",
        "gbk": "gb",
        "gb18030": "gb",
        "big5": "big5",
        "cp950": "big5",
        "big5hkscs": "big5",
        "utf16": "utf-16",
        "utf16le": "utf-16",
        "utf16be": "utf-16",
        "utf-16-le": "utf-16",
        "utf-16-be": "utf-16",
        "utf-16": "utf-16",
    }
    return fam.get(a.replace("_", "").lower(), a) == fam.get(b.replace("_", "").lower(), b)
