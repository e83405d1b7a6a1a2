"""Self-contained report text: the packaged CJK font, cut down to the characters a page uses, is
embedded in the page so Chinese text shows on a machine without a CJK font.

The charts draw with the Noto Sans CJK SC font of the ``mplfonts`` package
(:func:`govkit.present.plot_style.font_path`); the page text otherwise relies on the reader's
system fonts, and without a CJK one every Chinese character is a box. :func:`embed_font` collects
the characters of the page's text (attribute values such as an image's ``alt`` included; scripts,
styles and ASCII left out), subsets that font to them with fontTools (WOFF2 when brotli is
installed, else WOFF) and adds a ``<style>`` with an ``@font-face`` for ``"govkit CJK"`` whose
sources are the reader's system CJK fonts first (``local("Noto Sans CJK SC")``, PingFang SC,
Microsoft YaHei, …) and the embedded subset last, and a font-family stack with that face first.
"""

from __future__ import annotations

import base64
import io
import re
from html.parser import HTMLParser
from pathlib import Path

from fontTools import subset, ttLib

FAMILY = "govkit CJK"
#: CJK fonts a reader's system may have (family, full and PostScript names): the sources of the
#: font face before the embedded data, so an installed one is preferred (``local()``).
SYSTEM_CJK = (
    "Noto Sans CJK SC",
    "Noto Sans CJK SC Regular",
    "NotoSansCJKsc-Regular",
    "Source Han Sans SC",
    "Source Han Sans SC Regular",
    "SourceHanSansSC-Regular",
    "PingFang SC",
    "PingFang SC Regular",
    "PingFangSC-Regular",
    "Hiragino Sans GB",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
)
STYLE_ID = "govkit-cjk-font"
_LATIN = "system-ui, -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial"
_CODE = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono'"


def font_stack(generic: str = "sans-serif", latin: str = _LATIN) -> str:
    """The font-family list: the CJK face first (it has no ASCII glyphs, so Latin text falls
    through to the system fonts), then the Latin system fonts and *generic*. A web font first in
    the list makes Chromium wait for it before drawing; later in the list, text laid out before the
    face was decoded (the first heading, the first table cell) stays boxes."""
    return ", ".join([f'"{FAMILY}"', latin, generic])


class _TextChars(HTMLParser):
    """The characters of a page's text and attribute values, without scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chars: set[str] = set()
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        for name, value in attrs:
            if value and name in ("alt", "title", "aria-label", "placeholder", "value"):
                self.chars.update(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chars.update(data)


def page_chars(page: str) -> set[str]:
    """The non-ASCII characters of *page*'s text (what the embedded font has to cover)."""
    parser = _TextChars()
    parser.feed(page)
    parser.close()
    return {c for c in parser.chars if ord(c) > 0x7F and not c.isspace()}


def subset_font(font_file: Path, chars: set[str]) -> tuple[bytes, str]:
    """*font_file* cut down to the glyphs of *chars*; returns (font bytes, format for CSS)."""
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.desubroutinize = True
    try:
        import brotli  # noqa: F401

        opts.flavor, fmt = "woff2", "woff2"
    except ImportError:
        opts.flavor, fmt = "woff", "woff"
    font = ttLib.TTFont(str(font_file), lazy=False)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(ord(c) for c in chars))
    sub.subset(font)
    buf = io.BytesIO()
    font.flavor = opts.flavor
    font.save(buf)
    return buf.getvalue(), fmt


def font_style(data: bytes, fmt: str) -> str:
    """The ``<style>`` element: the font face (system CJK fonts, then the embedded data) and the
    font stacks that use it."""
    b64 = base64.b64encode(data).decode("ascii")
    text, code = font_stack(), font_stack("monospace", _CODE)
    local = ", ".join(f'local("{name}")' for name in SYSTEM_CJK)
    return (
        f'<style id="{STYLE_ID}">\n'
        f'@font-face {{ font-family: "{FAMILY}"; font-style: normal; font-weight: 400; '
        f'src: {local}, url(data:font/{fmt};base64,{b64}) format("{fmt}"); }}\n'
        f":root {{ --jp-ui-font-family: {text}; --jp-content-font-family: {text}; "
        f"--jp-code-font-family: {code}; }}\n"
        f"body, table, th, td, h1, h2, h3, h4, h5, h6, p, li, caption {{ font-family: {text}; }}\n"
        f"pre, code, .jp-OutputArea-output pre {{ font-family: {code}; }}\n"
        "</style>\n"
    )


def embed_font(page: str, font_file: Path | None = None) -> str:
    """*page* with the CJK font subset to its characters embedded before ``</head>``; a page
    without non-ASCII text, or one already carrying the style, is returned unchanged."""
    if f'id="{STYLE_ID}"' in page:
        return page
    chars = page_chars(page)
    if not chars:
        return page
    if font_file is None:
        from govkit.present.plot_style import font_path

        font_file = font_path()
    style = font_style(*subset_font(font_file, chars))
    m = re.search(r"</head\s*>", page, re.I)
    if m is None:
        return style + page
    return page[: m.start()] + style + page[m.start() :]
