"""The CJK font embedded in every HTML report covers the page's characters and leaves it valid HTML."""

from __future__ import annotations

import base64
import io
import re
from html.parser import HTMLParser

from fontTools import ttLib

from govkit.present import report_fonts as rf

SAMPLE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>会同县 2021</title>
<style>body { margin: 0 }</style><script>var x = "脚本里的字不算";</script></head>
<body><h1>地区概况 Region profile</h1>
<p>全县地区生产总值增长8.5%，“十四五”开局良好——规模以上工业增加值1.2亿元。</p>
<table><tr><th>指标</th><th>单位</th></tr><tr><td>森林覆盖率</td><td>％</td></tr></table>
<img alt="图表 chart · 生态" src="data:image/png;base64,AAAA">
</body></html>"""


def _embedded_font(page: str) -> ttLib.TTFont:
    m = re.search(r"url\(data:font/(woff2?);base64,([A-Za-z0-9+/=]+)\)", page)
    assert m, "no embedded font face"
    return ttLib.TTFont(io.BytesIO(base64.b64decode(m.group(2))))


class _Balance(HTMLParser):
    VOID = {"meta", "img", "br", "hr", "link", "input", "col", "area", "base", "source", "wbr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def test_the_embedded_font_covers_every_cjk_character_of_the_text():
    page = rf.embed_font(SAMPLE)
    cmap = _embedded_font(page).getBestCmap()
    cjk = {c for c in re.sub(r"<script>.*?</script>", "", SAMPLE) if "\u3000" <= c <= "\u9fff" or "\uff00" <= c}
    assert "图" in cjk and "（" not in cjk
    missing = sorted(c for c in cjk if ord(c) not in cmap)
    assert not missing
    assert ord("脚") not in cmap  # script text is not page text
    assert len(cmap) < 120  # the subset holds the page's characters, not the 30 000 of the font


def test_the_page_stays_valid_html_with_the_style_in_its_head():
    page = rf.embed_font(SAMPLE)
    head, body = page.split("</head>")
    assert f'<style id="{rf.STYLE_ID}">' in head and rf.STYLE_ID not in body
    assert page.replace(page[page.index(f'<style id="{rf.STYLE_ID}">') : page.index("</head>")], "") == SAMPLE
    p = _Balance()
    p.feed(page)
    assert not p.errors and p.stack == []
    # the face: the reader's system CJK fonts first, the embedded data last; the face leads the stack
    face = head[head.index("@font-face") : head.index("}", head.index("@font-face"))]
    assert face.index('local("Noto Sans CJK SC")') < face.index('local("Microsoft YaHei")') < face.index("url(data:")
    stack = rf.font_stack()
    assert stack.startswith(f'"{rf.FAMILY}", ') and stack.endswith(", sans-serif")
    assert f"font-family: {stack}" in head


def test_a_page_is_embedded_once_and_ascii_pages_are_left_alone():
    once = rf.embed_font(SAMPLE)
    assert rf.embed_font(once) == once
    ascii_page = "<html><head></head><body><p>GDP 8.5%</p></body></html>"
    assert rf.embed_font(ascii_page) == ascii_page


def test_the_characters_come_from_text_and_attributes_not_scripts_or_styles():
    chars = rf.page_chars(SAMPLE)
    assert {"图", "态", "概", "％", "—", "“"} <= chars
    assert not chars & set("脚里字算")  # only in the script
    assert not any(c.isascii() for c in chars)
