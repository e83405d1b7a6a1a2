"""HTML and PDF files to text (DOCX files: :mod:`govkit.text.docx_read`).

HTML pages are parsed with BeautifulSoup + lxml (never executed): scripts, styles, forms,
navigation-like containers (by tag, id and class) and page banners are dropped, every block
element becomes a line, table cells are kept apart by an empty line (a table with merged cells is
laid out on its grid, one ``|`` line per row: :mod:`govkit.text.table_grid`); ``<title>`` and the
publish-date and source ``<meta>`` tags become the reader's :class:`~govkit.text.hints.TextHints`. PDF files give their
pdfplumber text layer (a page's two-column bands column by column: :mod:`govkit.text.pdf_columns`;
without page numbers, and without running heads and feet inside the
document: :mod:`govkit.text.pdf_furniture`). The parsing libraries are imported by the functions that use them: they are slow
to import and only files of their format need them.

Each reader returns ``(text, encoding, flags, hints)``; :func:`govkit.text.read.read_file`
makes the :class:`~govkit.text.read.RawText`. Failures raise
:class:`~govkit.core.errors.ReadError`.
"""

from __future__ import annotations

import codecs
import logging
import re
import zlib
from pathlib import Path

from govkit.core.errors import ReadError
from govkit.text.date_forms import normalise_date
from govkit.text.decode import decode_bytes, decode_tail_tolerant, has_text
from govkit.text.hints import TextHints
from govkit.text.limits import limit, over
from govkit.text.pdf_columns import page_text
from govkit.text.pdf_furniture import drop_running_lines
from govkit.text.pdf_tables import wrapped_table_text
from govkit.text.table_grid import grid_lines, html_grid, spans

#: What a format reader returns: text, encoding, flags and what the file says about itself.
Extracted = tuple[str, str, list[str], TextHints]

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


def read_html(path: Path, data: bytes) -> Extracted:
    """The text of an HTML page (one line per block element; scripts, navigation and page banners
    dropped) and its title, publish date and source from ``<title>`` and ``<meta>`` tags."""
    from bs4 import BeautifulSoup, Comment, Doctype, ProcessingInstruction  # a slow import (see above)

    text, encoding, flags = _decode_html(path, data)
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as exc:  # lxml is lenient; anything raised here is a broken file
        raise ReadError(path, f"cannot parse HTML ({exc})") from exc
    hints = TextHints()
    if soup.title and soup.title.get_text(strip=True):
        hints.title = soup.title.get_text(" ", strip=True)
    for tag in soup.find_all("meta"):
        name = str(tag.get("name") or tag.get("property") or tag.get("itemprop") or "").strip().lower()
        content = str(tag.get("content") or "").strip()
        if not name or not content:
            continue
        if name in _DATE_META and hints.published_date is None:
            iso = normalise_date(content)
            if iso:
                hints.published_date = iso
        elif name in _SOURCE_META and not hints.source:
            hints.source = content
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Doctype, ProcessingInstruction))):
        node.extract()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in _banner_headers(soup):  # the page banner, not an article's own header
        tag.decompose()
    for tag in soup.find_all(True):
        if _decomposed(tag):
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
    for table in root.find_all("table"):
        if not _decomposed(table) and table.find("table") is None:
            grid = html_grid(table)
            if spans(grid):  # merged cells: the table on its grid, one | line per row
                block = soup.new_tag("div")
                for line in grid_lines(grid):
                    para = soup.new_tag("p")
                    para.string = line
                    block.append(para)
                table.replace_with(block)
    pieces: list[str] = []
    _html_lines(root, pieces)
    # one line per block (an empty line in the HTML source means nothing); table cells
    # are separated by an empty line, which cleaning never joins across
    lines = [line.strip() for line in "".join(pieces).split("\n")]
    body = "\n".join(line for line in lines if line).replace(_CELL, "")
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return body, encoding, flags, hints


_CELL = "\ue000"  # (private use) marks a table-cell boundary while the HTML text is assembled
_CELL_TAGS = frozenset(("td", "th", "tr", "table", "caption"))


def _decomposed(tag) -> bool:
    """Whether *tag* was removed with an ancestor. Read from the instance, not through
    ``Tag.decomposed``: on a tag never decomposed that property falls through to
    ``Tag.__getattr__``, which searches every descendant (time quadratic in the nesting depth)."""
    return bool(vars(tag).get("_decomposed", False))


def _banner_headers(root) -> list:
    """The outermost ``<header>`` elements with no ``<article>`` or ``<main>`` ancestor, in one
    walk with an explicit stack (no recursion limit; linear in the size of the tree). Removing
    them removes the same elements as removing every such header one by one."""
    from bs4 import Tag  # a slow import (see above)

    found: list = []
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, inside = stack.pop()
        for child in reversed(list(getattr(node, "contents", ()))):
            if not isinstance(child, Tag):
                continue
            if child.name == "header" and not inside:
                found.append(child)
                continue
            stack.append((child, inside or child.name in ("article", "main")))
    return found


def _html_lines(node, out: list[str]) -> None:
    """Text of *node* with a line break around every block element and at ``<br>``.

    An explicit stack instead of recursion: any nesting depth, time linear in the tree's size."""
    from bs4 import NavigableString, Tag  # a slow import (see above)

    stack: list[object] = list(reversed(node.contents))
    while stack:
        child = stack.pop()
        if isinstance(child, str) and not isinstance(child, NavigableString):
            out.append(child)  # a closing break pushed below
        elif isinstance(child, Tag):
            if _decomposed(child):
                continue
            name = child.name
            if name == "br":
                out.append("\n")
            elif name in _CELL_TAGS:
                out.append(f"\n{_CELL}\n")
                stack.append(f"\n{_CELL}\n")
                stack.extend(reversed(child.contents))
            elif name in _BLOCK_TAGS:
                out.append("\n")
                stack.append("\n")
                stack.extend(reversed(child.contents))
            else:
                stack.extend(reversed(child.contents))
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
                res = decode_tail_tolerant(data, declared)
            except LookupError:
                res = None
            if res is not None:
                if declared == "gb18030" and decode_tail_tolerant(data, "gbk") is not None:
                    declared = "gbk"
                return res[0], declared, (["broken_tail"] if res[1] else [])
    return decode_bytes(data, path)


# -- PDF ----------------------------------------------------------------------------------
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–_·•]\s*)?\d{1,4}(?:\s*[-—–_·•])?\s*$|^\s*第\s*\d+\s*页(?:\s*[,/共]\s*\d*\s*页?)?\s*$"
)
_CID = re.compile(r"\(cid:\d+\)")


def read_pdf(path: Path, data: bytes) -> Extracted:
    """The text layer of a PDF (page numbers printed as a page's first or last line dropped)."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError(path, "corrupt or unreadable PDF (no PDF header)")
    try:  # imported here (as bs4 and docx are): slow imports that only files of this format need
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError as exc:  # pragma: no cover
        raise ReadError(path, f"PDF support is not installed ({exc})") from exc
    # pdfminer warns about font internals (a Type3 or CID font without FontBBox, as a browser's
    # 'Save as PDF' writes them) once per glyph: hundreds of lines that say nothing of the text
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[str] = []
    try:
        with pdfplumber.open(path) as pdf:
            _check_pdf_limits(path, pdf.doc)
            for page in pdf.pages:
                # (a ruled table whose cells wrap: on its grid, one | line per row)
                pages.append(wrapped_table_text(page, page_text) or page_text(page))
    except ReadError:
        raise
    except PDFPasswordIncorrect as exc:
        raise ReadError(path, "encrypted PDF (password required)") from exc
    except Exception as exc:  # pdfminer raises many kinds of errors on broken files
        raise ReadError(path, f"corrupt or unreadable PDF ({describe(exc)})") from exc
    text = "\n".join(_strip_page_number(p) for p in drop_running_lines(pages))
    flags: list[str] = []
    if not has_text(_CID.sub("", text)):
        if _CID.search(text):
            raise ReadError(path, "PDF text layer has no Unicode mapping (only (cid:N) glyph codes)")
        raise ReadError(path, "no text layer (scanned PDF?)")
    if _CID.search(text):
        flags.append("pdf_cid_glyphs")
    return text, "pdf", flags, TextHints(pages=len(pages))


_INFLATE_PIECE = 1 << 20  # bytes inflated at a time while a stream's decoded size is measured


def _check_pdf_limits(path: Path, doc) -> None:
    """Refuse a PDF whose page count or compressed streams are over the limits, before any
    stream is decoded: each Flate stream (images excepted: text extraction never decodes them)
    is inflated in 1 MiB pieces that are counted and dropped, stopping at the limit. Objects
    that cannot be parsed are left to pdfminer, which reports or skips them as before."""
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1  # a slow import (see above)
    from pdfminer.psparser import LIT

    try:
        pages = resolve1(resolve1(doc.catalog["Pages"])["Count"])
    except Exception:  # noqa: BLE001 - no page tree or no count: pdfminer walks what there is
        pages = None
    if isinstance(pages, int) and pages > limit("pdf_pages"):
        raise ReadError(path, over("pdf_pages", f"PDF declares {pages:,} pages"))
    per_stream, total, seen = limit("pdf_stream_bytes"), 0, set()
    image = LIT("Image")
    for xref in doc.xrefs:
        for objid in xref.get_objids():
            if objid in seen:
                continue
            seen.add(objid)
            try:
                if xref.get_pos(objid)[0] is not None:  # inside an object stream, itself checked
                    continue
                obj = doc.getobj(objid)
                if not isinstance(obj, PDFStream) or obj.rawdata is None or obj.get("Subtype") is image:
                    continue
                filters = obj.get_filters()
                if not filters or filters[0][0] not in LITERALS_FLATE_DECODE:
                    continue
            except Exception:  # noqa: BLE001 - a broken object is pdfminer's to report (or skip)
                continue
            size = _inflated_size(obj.rawdata, per_stream)
            if size > per_stream:
                found = f"PDF object {objid} inflates to more than {per_stream:,} bytes"
                raise ReadError(path, over("pdf_stream_bytes", found))
            total += size
            if total > limit("pdf_decoded_bytes"):
                raise ReadError(path, over("pdf_decoded_bytes", f"PDF streams inflate to more than {total:,} bytes"))


def _inflated_size(data: bytes, cap: int) -> int:
    """The size *data* inflates to, counted piece by piece and stopped just past *cap*
    (0 when it is not a zlib stream: the PDF reader then treats it as it always has)."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        while data:
            size += len(inflater.decompress(data, _INFLATE_PIECE))
            if size > cap or inflater.eof:
                break
            data = inflater.unconsumed_tail
    except zlib.error:
        return 0
    return size


def describe(exc: BaseException) -> str:
    """An exception as the one-line detail of a read error (its type, then its message if any)."""
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
