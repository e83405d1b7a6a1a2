"""Stage 1 — read: raw file bytes to text (format and encoding detected, not assumed).

Formats: ``.txt`` (any of UTF-8 with or without BOM, GB18030/GBK, Big5, UTF-16/32),
``.html``/``.htm`` (parsed with BeautifulSoup + lxml, never executed), ``.pdf`` (the
pdfplumber text layer) and ``.docx`` (python-docx paragraphs and table cells).

Encoding detection (:func:`decode_bytes`): a byte-order mark decides first; NUL bytes on
one parity mean UTF-16 without BOM (other NUL bytes: a binary file); then strict UTF-8 (a
UTF-8 file is almost never valid in another sense); otherwise GB18030, Big5 and BOM-less
UTF-16 are decoded strictly and the most *plausible* text wins (:func:`plausibility`: how
many of its characters are frequent Chinese characters, ``data/clean/common_hanzi.txt``),
charset-normalizer breaking near ties. Charset-normalizer alone misjudges short Chinese
texts, so it only arbitrates. A file with a few corrupt bytes is decoded with U+FFFD in
their place and flagged ``decode_errors``. A file cut in the middle of a multi-byte
character keeps its encoding: the broken tail becomes U+FFFD, flagged ``broken_tail``.

Every failure raises :class:`~govkit.core.errors.ReadError` naming the file and the problem.
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from govkit.core.errors import ReadError
from govkit.core.resources import data_path

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".docx")

#: Text formats by suffix.
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}


@dataclass
class RawText:
    """Decoded text of one raw file, before cleaning."""

    path: str
    text: str
    encoding: str
    fmt: str
    flags: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------
# entry point
# ---------------------------------------------------------------------------------------
def read_file(path: str | Path) -> RawText:
    """Read one report file; raises :class:`ReadError` when it cannot be read as text."""
    path = Path(path)
    check_suffix(path)
    if not path.exists():
        raise ReadError(path, "no such file")
    if path.is_dir():
        raise ReadError(path, "is a directory, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(path, f"cannot read file ({exc.strerror or exc})") from exc
    return read_bytes(data, path)


def check_suffix(path: str | Path) -> None:
    """Raise :class:`ReadError` unless *path* has a supported report suffix."""
    suffix = Path(path).suffix
    if suffix.lower() not in FORMATS:
        raise ReadError(
            path, f"unsupported file type '{suffix or '(none)'}' (supported: {', '.join(SUPPORTED_SUFFIXES)})"
        )


def read_bytes(data: bytes, path: str | Path) -> RawText:
    """Text of the bytes *data* of the report file *path* (its name gives the format; the file
    itself is not opened). Raises :class:`ReadError` when they cannot be read as text."""
    path = Path(path)
    check_suffix(path)
    if not data:
        raise ReadError(path, "file is empty")
    fmt = FORMATS[path.suffix.lower()]
    reader = {"txt": _read_txt, "html": _read_html, "pdf": _read_pdf, "docx": _read_docx}[fmt]
    raw = reader(path, data)
    if not _has_text(raw.text):
        what = "file contains only whitespace" if fmt == "txt" else f"no text in {fmt.upper()} file"
        raise ReadError(path, what)
    return raw


def _has_text(text: str) -> bool:
    return any(not (ch.isspace() or ch in "\ufeff\u200b\ufffd") for ch in text)


# ---------------------------------------------------------------------------------------
# encodings
# ---------------------------------------------------------------------------------------
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


def _decode_tail_tolerant(data: bytes, encoding: str) -> tuple[str, bool] | None:
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
            res = _decode_tail_tolerant(body, codec)
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
            res = _decode_tail_tolerant(data, codec)
            if res is not None and not _looks_binary(res[0]) and plausibility(res[0]) >= 0.6:
                return res[0], codec, (["broken_tail"] if res[1] else [])
    if b"\x00" in data:
        raise ReadError(path, "binary file (contains NUL bytes; not text in any supported encoding)")

    # 3. strict UTF-8 (a broken final character is tolerated)
    res = _decode_tail_tolerant(data, "utf-8")
    if res is not None:
        text, broken = res
        if _looks_binary(text):
            raise ReadError(path, "binary file (control characters in the text)")
        return text, ("ascii" if text.isascii() else "utf-8"), (["broken_tail"] if broken else [])

    # 4. legacy CJK codecs (and UTF-16 without BOM or NUL bytes), chosen by plausibility
    candidates: list[tuple[float, int, str, str, bool, int]] = []  # score, preference, codec ...
    for pref, codec in enumerate(("gb18030", "big5", "cp950", "utf-16-le", "utf-16-be")):
        res = _decode_tail_tolerant(data, codec)
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
        if codec == "gb18030" and _decode_tail_tolerant(data, "gbk") is not None:
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
    try:
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


# ---------------------------------------------------------------------------------------
# formats
# ---------------------------------------------------------------------------------------
def _read_txt(path: Path, data: bytes) -> RawText:
    text, encoding, flags = decode_bytes(data, path)
    return RawText(str(path), _normalise_newlines(text), encoding, "txt", flags)


def _normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# -- HTML ---------------------------------------------------------------------------------
#: Elements whose content is never report text.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "form",
    "nav",
    "footer",
    "aside",
    "head",
    "map",
    "audio",
    "video",
)
#: id/class words of navigation-like containers.
_NAVISH = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|bread|share|bdshare|footer|foot|"
    r"sidebar|side-bar|toolbar|copyright|topbar|top-bar|login|search|position|weizhi|dqwz|"
    r"location|pagenav|pagination|related|comment|advert|ads?)(?:$|[-_\s\d])",
    re.I,
)
_BLOCK_TAGS = frozenset(
    "address article blockquote body center dd details dialog div dl dt fieldset figcaption "
    "figure h1 h2 h3 h4 h5 h6 hr html li main ol p pre section summary table tbody td tfoot th "
    "thead tr ul caption".split()
)
_DATE_META = (
    "pubdate",
    "publishdate",
    "publish_date",
    "publishtime",
    "article:published_time",
    "og:published_time",
    "og:release_date",
    "dc.date",
    "dc.date.created",
    "dc.date.issued",
    "firstpublishedtime",
    "date",
    "created",
    "releasedate",
)
_SOURCE_META = ("contentsource", "source", "dc.publisher", "og:site_name", "sitename")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _read_html(path: Path, data: bytes) -> RawText:
    from bs4 import BeautifulSoup, Comment, Doctype, ProcessingInstruction

    text, encoding, flags = _decode_html(path, data)
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # lxml is lenient; anything raised here is a broken file
        raise ReadError(path, f"cannot parse HTML ({exc})") from exc
    meta: dict = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["title"] = soup.title.get_text(" ", strip=True)
    for tag in soup.find_all("meta"):
        name = str(tag.get("name") or tag.get("property") or tag.get("itemprop") or "").strip().lower()
        content = str(tag.get("content") or "").strip()
        if not name or not content:
            continue
        if name in _DATE_META and "published_date" not in meta:
            from govkit.text.clean import normalise_date

            iso = normalise_date(content)
            if iso:
                meta["published_date"] = iso
        elif name in _SOURCE_META and "source" not in meta:
            meta["source"] = content
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Doctype, ProcessingInstruction))):
        node.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all("header"):  # the page banner, not an article's own header
        if tag.find_parent(["article", "main"]) is None:
            tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        attrs = getattr(tag, "attrs", None)
        if not attrs or tag.name in ("body", "html"):
            continue
        ident = " ".join(
            [attrs.get("id", "") if isinstance(attrs.get("id", ""), str) else ""] + list(attrs.get("class", []) or [])
        )
        if ident and _NAVISH.search(ident):
            tag.decompose()
    root = soup.body or soup
    pieces: list[str] = []
    _html_lines(root, pieces)
    # one line per block (an empty line in the HTML source means nothing); table cells
    # are separated by an empty line, which cleaning never joins across
    lines = [line.strip() for line in "".join(pieces).split("\n")]
    body = "\n".join(line for line in lines if line).replace(_CELL, "")
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return RawText(str(path), body, encoding, "html", flags, meta)


_CELL = "\ue000"  # (private use) marks a table-cell boundary while the HTML text is assembled
_CELL_TAGS = frozenset(("td", "th", "tr", "table", "caption"))


def _html_lines(node, out: list[str]) -> None:
    """Text of *node* with a line break around every block element and at ``<br>``."""
    from bs4 import NavigableString, Tag

    for child in node.children:
        if isinstance(child, Tag):
            if getattr(child, "decomposed", False):
                continue
            name = child.name
            if name == "br":
                out.append("\n")
            elif name in _CELL_TAGS:
                out.append(f"\n{_CELL}\n")
                _html_lines(child, out)
                out.append(f"\n{_CELL}\n")
            elif name in _BLOCK_TAGS:
                out.append("\n")
                _html_lines(child, out)
                out.append("\n")
            else:
                _html_lines(child, out)
        elif isinstance(child, NavigableString):
            out.append(re.sub(r"[ \t\r\n\f]+", " ", str(child)))


def _decode_html(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """HTML bytes to text: BOM / valid UTF-8 first, then the declared charset, then detection."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            pass
        m = _CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "ignore").lower()
            declared = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(declared, declared)
            try:
                res = _decode_tail_tolerant(data, declared)
            except LookupError:
                res = None
            if res is not None:
                if declared == "gb18030" and _decode_tail_tolerant(data, "gbk") is not None:
                    declared = "gbk"
                return res[0], declared, (["broken_tail"] if res[1] else [])
    return decode_bytes(data, path)


# -- PDF ----------------------------------------------------------------------------------
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–_·•]\s*)?\d{1,4}(?:\s*[-—–_·•])?\s*$|^\s*第\s*\d+\s*页(?:\s*[,/共]\s*\d*\s*页?)?\s*$"
)
_CID = re.compile(r"\(cid:\d+\)")


def _read_pdf(path: Path, data: bytes) -> RawText:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError(path, "corrupt or unreadable PDF (no PDF header)")
    try:
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError as exc:  # pragma: no cover
        raise ReadError(path, f"PDF support is not installed ({exc})") from exc
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
    except PDFPasswordIncorrect as exc:
        raise ReadError(path, "encrypted PDF (password required)") from exc
    except Exception as exc:  # pdfminer raises many kinds of errors on broken files
        raise ReadError(path, f"corrupt or unreadable PDF ({_describe(exc)})") from exc
    text = "\n".join(_strip_page_number(p) for p in pages)
    flags: list[str] = []
    if not _has_text(_CID.sub("", text)):
        if _CID.search(text):
            raise ReadError(path, "PDF text layer has no Unicode mapping (only (cid:N) glyph codes)")
        raise ReadError(path, "no text layer (scanned PDF?)")
    if _CID.search(text):
        flags.append("pdf_cid_glyphs")
    return RawText(str(path), text, "pdf", "pdf", flags, {"pages": len(pages)})


def _describe(exc: BaseException) -> str:
    detail = str(exc).strip()
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _strip_page_number(page: str) -> str:
    """Drop a page number printed as the first or last line of a PDF page."""
    lines = page.split("\n")
    if lines and _PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    if lines and _PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


# -- DOCX ---------------------------------------------------------------------------------
def _read_docx(path: Path, data: bytes) -> RawText:
    if not data.startswith(b"PK"):
        raise ReadError(path, "corrupt or unreadable DOCX (not a ZIP package)")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover
        raise ReadError(path, f"DOCX support is not installed ({exc})") from exc
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        body = document.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(Paragraph(child, document).text)
            elif tag == "tbl":
                lines.append("")
                _docx_table_lines(Table(child, document), lines)
    except ReadError:
        raise
    except Exception as exc:  # zipfile.BadZipFile, KeyError, lxml errors ...
        raise ReadError(path, f"corrupt or unreadable DOCX ({_describe(exc)})") from exc
    meta = {}
    try:
        props = document.core_properties
        if props.title:
            meta["title"] = props.title
    except Exception:  # pragma: no cover - properties are optional
        pass
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return RawText(str(path), text, "docx", "docx", [], meta)


def _docx_table_lines(table, lines: list[str]) -> None:
    """One block per distinct non-empty cell, row by row (merged cells appear once); cells
    are separated by an empty line, which cleaning never joins across."""
    for row in table.rows:
        seen: set[int] = set()
        for cell in row.cells:
            key = id(cell._tc)
            if key in seen:
                continue
            seen.add(key)
            text = "\n".join(p.text for p in cell.paragraphs).strip()
            if text:
                lines.extend((text, ""))
            for sub in cell.tables:
                _docx_table_lines(sub, lines)
