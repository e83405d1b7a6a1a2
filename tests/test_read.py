"""Stage 1 (read): formats, encodings and every kind of bad input.

Fixtures are generated at test time (bytes written to tmp_path): Chinese text encoded as
GBK, Big5, UTF-16 ..., a .docx built with python-docx, PDFs written by hand (a CID font
that pdfminer maps to Unicode) and with matplotlib.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from govkit.core.errors import ReadError
from govkit.pipeline.corpus import ingest, load_document
from govkit.text.decode import decode_bytes, plausibility
from govkit.text.hints import TextHints
from govkit.text.read import SUPPORTED_SUFFIXES, read_file

REPORT = (
    "政府工作报告\n"
    "——2021年2月23日在南城县第十七届人民代表大会第六次会议上\n"
    "各位代表:\n"
    "2020年,全县实现生产总值152.97亿元,增长3.9%;财政总收入17.57亿元,增长1.7%。\n"
    "城镇居民人均可支配收入39009元,增长5.9%;农村居民人均可支配收入19646元,增长7.13%。\n"
)
TRADITIONAL = "2023年縉雲縣國民經濟和社會發展統計公報\n全年財政總收入37.70億元，比上年增長18.6%。\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------------------
# encodings
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        (REPORT, "utf-8", "utf-8"),
        (REPORT, "utf-8-sig", "utf-8-sig"),
        (REPORT, "gbk", "gbk"),
        (REPORT, "gb18030", "gbk"),
        (TRADITIONAL, "big5", "big5"),
        (REPORT, "utf-16", "utf-16"),  # with BOM (little-endian on this machine)
        (REPORT, "utf-16-be", "utf-16-be"),  # BOM-less, ASCII gives NUL bytes
        (REPORT, "utf-16-le", "utf-16-le"),
    ],
)
def test_encodings_are_detected(tmp_path, text, codec, label):
    raw = read_file(write(tmp_path, "r.txt", text.encode(codec)))
    assert raw.text == text
    assert raw.encoding == label
    assert raw.fmt == "txt"
    assert raw.flags == []


def test_utf16_with_big_endian_bom(tmp_path):
    raw = read_file(write(tmp_path, "r.txt", codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be")))
    assert raw.text == REPORT and raw.encoding == "utf-16"


def test_gb18030_only_characters(tmp_path):
    text = "㐀县𠀀乡镇生产总值完成46.1亿元。"  # outside GBK: needs the four-byte GB18030 forms
    raw = read_file(write(tmp_path, "r.txt", text.encode("gb18030")))
    assert raw.text == text and raw.encoding == "gb18030"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("县长", "gbk"),
        ("政府工作报告", "gbk"),
        ("各位代表:", "gbk"),
        ("縉雲縣統計公報", "big5"),
        ("政府工作报告", "utf-16-le"),
        ("各位代表:", "utf-16-le"),
        ("报告", "utf-8"),
    ],
)
def test_short_texts_are_not_misdetected(text, codec):
    decoded, _enc, flags = decode_bytes(text.encode(codec))
    assert decoded == text
    assert flags == []


def test_plausibility_separates_right_from_wrong_decodings():
    good = REPORT
    wrong = REPORT.encode("gbk").decode("big5", errors="replace")
    assert plausibility(good) > 0.9
    assert plausibility(wrong) < plausibility(good) - 0.3


@pytest.mark.parametrize(
    ("codec", "label"),
    [("utf-8", "utf-8"), ("gbk", "gbk"), ("big5", "big5"), ("utf-16-le", "utf-16-le"), ("utf-8-sig", "utf-8-sig")],
)
def test_file_cut_mid_character_keeps_its_encoding(tmp_path, codec, label):
    body = TRADITIONAL + "全年實現生產總值" if codec == "big5" else REPORT + "全年实现生产总值"
    data = body.encode(codec)
    cut = data[:-1]  # the last (multi-byte) character is cut
    raw = read_file(write(tmp_path, "cut.txt", cut))
    assert raw.encoding == label
    assert raw.flags == ["broken_tail"]
    assert raw.text.endswith("\ufffd")
    assert raw.text[:-1] == body[:-1]


def test_dev_excerpt_cut_at_2000_bytes_is_utf8(tmp_path, shared_corpus):
    seed = (shared_corpus("seeds") / "huitong_2021_work_report.txt").read_bytes()
    cut = seed[:2000]
    try:
        cut.decode("utf-8")
        pytest.skip("2000 bytes happen to end on a character boundary")
    except UnicodeDecodeError:
        pass
    raw = read_file(write(tmp_path, "excerpt.txt", cut))
    assert raw.encoding == "utf-8"
    assert raw.flags == ["broken_tail"]
    assert raw.text.startswith("购物车")
    # the broken tail does not leak into the cleaned text
    doc = load_document(tmp_path / "excerpt.txt")
    assert "\ufffd" not in doc.text and "broken_tail" in doc.flags


def test_gbk_cut_mid_character_followed_by_line_break(tmp_path):
    data = (REPORT + "全年实现生产总值").encode("gbk")[:-1] + b"\r\n"
    raw = read_file(write(tmp_path, "cut.txt", data))
    assert raw.encoding == "gbk" and "broken_tail" in raw.flags


def test_real_dev_and_seed_files_read_as_utf8(shared_dir):
    files = sorted((shared_dir / "corpus").glob("*/*.txt"))
    assert len(files) >= 40
    for path in files:
        raw = read_file(path)
        assert raw.encoding == "utf-8", path
        assert "decode_errors" not in raw.flags


def test_few_corrupt_bytes_are_replaced_and_flagged(tmp_path):
    data = ("政府工作报告" * 60).encode("gbk") + b"\xff" + ("完成46.1亿元" * 60).encode("gbk")
    raw = read_file(write(tmp_path, "r.txt", data))
    assert raw.encoding == "gb18030"
    assert "decode_errors" in raw.flags and raw.text.count("\ufffd") == 1


def test_crlf_line_breaks_are_normalised(tmp_path):
    raw = read_file(write(tmp_path, "r.txt", REPORT.replace("\n", "\r\n").encode("gbk")))
    assert raw.text == REPORT


# ---------------------------------------------------------------------------------------
# bad input
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b" \n\t \r\n", "only whitespace"),
        ("blank_cjk.txt", "\u3000\u3000\n".encode("utf-8"), "only whitespace"),
        ("bom_only.txt", codecs.BOM_UTF8, "only whitespace"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "binary"),
        ("nul.txt", "政府工作报告".encode() + b"\x00\x01\x02\x00\xff" * 5, "binary"),
        ("garbage.txt", b"\xff\x80" * 300, "cannot decode"),
        ("controls.txt", b"\x01\x02\x03\x04abc\x05\x06\x07" * 30, "binary"),
    ],
)
def test_bad_text_files_raise_read_error(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(ReadError) as info:
        read_file(path)
    assert reason in info.value.reason
    assert info.value.path == str(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("name", ["report.doc", "report.xlsx", "report", "report.TXT.bak"])
def test_unsupported_suffix(tmp_path, name):
    path = write(tmp_path, name, REPORT.encode())
    with pytest.raises(ReadError, match="unsupported file type"):
        read_file(path)
    with pytest.raises(ReadError, match="unsupported file type"):
        load_document(path)


def test_upper_case_suffix_is_supported(tmp_path):
    assert read_file(write(tmp_path, "R.TXT", REPORT.encode())).text == REPORT
    assert ".txt" in SUPPORTED_SUFFIXES


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ReadError, match="directory"):
        read_file(tmp_path / "dir.txt")


# ---------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------
PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>关于东安县2022年计划执行情况的报告</title>
<meta name="PubDate" content="2023-03-09 10:23"><meta name="ContentSource" content="东安县发改局">
<style>.red{{color:red}} p{{margin:0}} .secret::after{{content:"样式里的字"}}</style>
<script>var leak = "脚本里的字"; document.write("<p>写入的字</p>");</script>
</head><body>
<div class="top-nav">首页 | 政务公开 | 互动交流</div>
<div id="breadcrumb">首页 &gt; 政务公开 &gt; 发展规划</div>
<nav><a href="/">导航里的字</a></nav>
<header><div>网站横幅里的字</div></header>
<div class="article"><h1>政府工作报告</h1>
<p>各位代表:</p>
<p>全年实现地区生产总值<b>152.97</b>亿元,增长3.9%。</p><p>一般公共预算收入10.37亿元,<br>增长0.9%。</p>
<table><tr><td>指标</td><td>数值</td></tr><tr><td>财政总收入</td><td>17.57亿元</td></tr></table>
<!-- 注释里的字 --><noscript>开启脚本的提示</noscript>
<iframe src="x"></iframe><form><input value="表单里的字"><button>按钮里的字</button></form>
</div><footer>版权所有 底部的字</footer></body></html>"""

LEAKS = [
    "网站横幅里的字",
    "脚本里的字",
    "写入的字",
    "样式里的字",
    "color",
    "导航里的字",
    "政务公开",
    "注释里的字",
    "开启脚本的提示",
    "表单里的字",
    "按钮里的字",
    "底部的字",
    "leak",
    "<",
]


@pytest.mark.parametrize(("charset", "codec"), [("utf-8", "utf-8"), ("gbk", "gbk"), ("gb2312", "gbk")])
def test_html_text_meta_and_no_script(tmp_path, charset, codec):
    path = write(tmp_path, "page.html", PAGE.format(charset=charset).encode(codec))
    raw = read_file(path)
    assert raw.fmt == "html"
    assert raw.encoding == codec
    for leak in LEAKS:
        assert leak not in raw.text, leak
    assert "全年实现地区生产总值152.97亿元,增长3.9%。" in raw.text
    lines = [ln for ln in raw.text.split("\n") if ln]
    assert lines[:2] == ["政府工作报告", "各位代表:"]  # block structure kept as lines
    assert "财政总收入" in lines and "17.57亿元" in lines
    assert "\n\n财政总收入\n\n17.57亿元" in raw.text  # table cells are kept apart by empty lines
    assert raw.hints == TextHints(
        title="关于东安县2022年计划执行情况的报告",
        published_date="2023-03-09",
        source="东安县发改局",
    )
    doc = load_document(path)
    assert "一般公共预算收入10.37亿元,增长0.9%。" in doc.text  # <br> inside a sentence repaired
    assert doc.meta.published_date == "2023-03-09"


def test_html_with_hard_wrapped_paragraphs(tmp_path):
    """Some pages put every printed line of a PDF into its own <p>: the wraps are repaired."""
    paras = [
        "政府工作报告",
        "——2024年3月10日在楚雄市第十四届人民代表大会第四次",
        "会议上",
        "各位代表:",
        "全年实现地区生产总值152.97亿元,增长3.9%;一般公共预",
        "算收入10.37亿元,增长0.9%。",
    ]
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"
    path = write(tmp_path, "wrapped.html", page.encode())
    assert read_file(path).text == "\n".join(paras)
    assert load_document(path).text.split("\n") == [
        "政府工作报告",
        "——2024年3月10日在楚雄市第十四届人民代表大会第四次会议上",
        "各位代表:",
        "全年实现地区生产总值152.97亿元,增长3.9%;一般公共预算收入10.37亿元,增长0.9%。",
    ]


def test_html_article_header_is_kept(tmp_path):
    page = (
        "<html><body><header>门户网站横幅</header><article><header><h1>政府工作报告</h1>"
        "<p>发布时间:2021-04-17 来源:县政府办</p></header><p>各位代表:</p></article></body></html>"
    )
    path = write(tmp_path, "a.html", page.encode())
    assert read_file(path).text == "政府工作报告\n发布时间:2021-04-17 来源:县政府办\n各位代表:"
    doc = load_document(path)
    assert doc.text == "政府工作报告\n各位代表:" and doc.meta.published_date == "2021-04-17"


def test_html_without_charset_declaration_is_detected(tmp_path):
    page = PAGE.replace('<meta charset="{charset}">', "").format()
    raw = read_file(write(tmp_path, "page.htm", page.encode("gbk")))
    assert raw.encoding == "gbk" and "各位代表:" in raw.text


def test_truncated_html_is_still_read(tmp_path):
    data = (
        "<html><head><title>报告</title></head><body><div><p>政府工作报告</p><p>全年完成投资54.68亿元，同比增".encode()
    )
    raw = read_file(write(tmp_path, "cut.html", data + b"<spa"))
    assert raw.text.split("\n")[0] == "政府工作报告"
    assert "全年完成投资54.68亿元，同比增" in raw.text


def test_html_without_text_is_an_error(tmp_path):
    path = write(
        tmp_path, "empty.html", b"<html><head><script>var a='\xe6\x96\x87';</script></head><body> </body></html>"
    )
    with pytest.raises(ReadError, match="no text in HTML"):
        read_file(path)


# ---------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------
def minimal_pdf(pages: list[list[str]]) -> bytes:
    """PDF bytes showing *pages* of lines in the non-embedded Adobe CJK font STSong-Light.

    The text is written as UCS-2 codes with the UniGB-UCS2-H CMap, which pdfminer maps
    back to Unicode, so this is a PDF with a real text layer (an empty page list of lines
    gives a PDF without one, like a scan).
    """
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        None,
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>",
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
        "/Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R >>",
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        "/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    kids = []
    for lines in pages:
        content = (
            "BT /F1 12 Tf 50 780 Td 16 TL\n"
            + "".join("<" + "".join(f"{ord(c):04X}" for c in ln) + "> Tj T*\n" for ln in lines)
            + "ET"
        )
        objs.append(f"<< /Length {len(content.encode())} >>\nstream\n{content}\nendstream")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {len(objs)} 0 R >>"
        )
        kids.append(f"{len(objs)} 0 R")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_text_layer_with_wraps_and_page_numbers(tmp_path):
    pages = [["政府工作报告", "全年地区生产总值完成25", "0.3亿元,同比增长4.3%。", "- 1 -"], ["二、2021年工作安排", "2"]]
    path = write(tmp_path, "r.pdf", minimal_pdf(pages))
    raw = read_file(path)
    assert raw.fmt == "pdf" and raw.hints.pages == 2
    assert raw.text == "政府工作报告\n全年地区生产总值完成25\n0.3亿元,同比增长4.3%。\n二、2021年工作安排"
    doc = load_document(path)
    assert doc.text == "政府工作报告\n全年地区生产总值完成250.3亿元,同比增长4.3%。\n二、2021年工作安排"
    assert doc.sections[0].marker == "二、"


def test_pdf_made_with_matplotlib_and_a_cjk_font(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import mplfonts
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.font_manager import FontProperties

    font = FontProperties(fname=str(Path(mplfonts.__file__).parent / "fonts" / "SimHei.ttf"))
    path = tmp_path / "mpl.pdf"
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        fig = plt.figure(figsize=(8.27, 11.69))
        fig.text(0.1, 0.9, "政府工作报告", fontproperties=font)
        fig.text(0.1, 0.85, "全年地区生产总值完成46.1亿元", fontproperties=font)
        pdf.savefig(fig)
        plt.close(fig)
    raw = read_file(path)
    assert raw.text.split("\n") == ["政府工作报告", "全年地区生产总值完成46.1亿元"]


def test_scanned_pdf_without_text_layer(tmp_path):
    path = write(tmp_path, "scan.pdf", minimal_pdf([[], []]))
    with pytest.raises(ReadError, match=r"no text layer \(scanned PDF\?\)"):
        read_file(path)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n1 0 obj garbage\n%%EOF", minimal_pdf([["政府工作报告"]])[:150], b"not a pdf at all", b"%PDF"],
)
def test_corrupt_pdf(tmp_path, data):
    with pytest.raises(ReadError, match="corrupt or unreadable PDF"):
        read_file(write(tmp_path, "bad.pdf", data))


# ---------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------
def test_docx_paragraphs_and_table_cells_in_order(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("政府工作报告")
    d.add_paragraph("全年地区生产总值完成46.1亿元,同比增长4.3%。")
    table = d.add_table(rows=2, cols=3)
    for (r, c), value in {(0, 0): "指标", (0, 1): "数值", (1, 0): "财政收入", (1, 1): "5.2亿元"}.items():
        table.cell(r, c).text = value
    table.cell(0, 1).merge(table.cell(0, 2))  # a merged cell appears once
    d.add_paragraph("二、2021年工作安排")
    path = tmp_path / "r.docx"
    d.save(path)
    raw = read_file(path)
    assert raw.fmt == "docx"
    assert raw.text.split("\n") == [
        "政府工作报告",
        "全年地区生产总值完成46.1亿元,同比增长4.3%。",
        "",
        "指标",
        "",
        "数值",
        "",
        "财政收入",
        "",
        "5.2亿元",
        "",
        "二、2021年工作安排",
    ]


def test_table_cells_are_never_joined(tmp_path):
    import docx

    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "1.债务管理(1.5分):加强债务管理,严格控制债务规模(0.3分)"
    table.cell(0, 1).text = "2"
    table.cell(1, 0).text = "完成固定资产投资6000万元,新增规模以上企业2户"
    table.cell(1, 1).text = "4"
    d.save(tmp_path / "t.docx")
    html = "<table><tr><td>完成固定资产投资6000万元,新增规模以上企业2户</td><td>4</td></tr></table>"
    write(tmp_path, "t.html", html.encode())
    assert load_document(tmp_path / "t.docx").text.split("\n") == [
        "1.债务管理(1.5分):加强债务管理,严格控制债务规模(0.3分)",
        "2",
        "完成固定资产投资6000万元,新增规模以上企业2户",
        "4",
    ]
    assert load_document(tmp_path / "t.html").text.split("\n") == ["完成固定资产投资6000万元,新增规模以上企业2户", "4"]


@pytest.mark.parametrize("data", [b"PK\x03\x04" + b"garbage" * 20, b"plain text, not a zip"])
def test_corrupt_docx(tmp_path, data):
    with pytest.raises(ReadError, match="corrupt or unreadable DOCX"):
        read_file(write(tmp_path, "bad.docx", data))


def test_empty_docx(tmp_path):
    import docx

    path = tmp_path / "empty.docx"
    docx.Document().save(path)
    with pytest.raises(ReadError, match="no text in DOCX"):
        read_file(path)


# ---------------------------------------------------------------------------------------
# directory runs: failures are reported and skipped
# ---------------------------------------------------------------------------------------
def test_ingest_reports_and_skips_bad_files(tmp_path):
    write(tmp_path, "good_gbk.txt", REPORT.encode("gbk"))
    write(tmp_path, "good_big5.txt", TRADITIONAL.encode("big5"))
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "binary.txt", b"\x00\x01\x02" * 100)
    write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0")
    write(tmp_path, "scan.pdf", minimal_pdf([[]]))
    write(tmp_path, "bad.docx", b"PK\x03\x04junk")
    result = ingest(tmp_path)
    assert sorted(d.doc_id for d in result.documents) == ["good_big5", "good_gbk"]
    reasons = {Path(f.path).name: f.reason for f in result.failures}
    assert set(reasons) == {"empty.txt", "binary.txt", "old.doc", "scan.pdf", "bad.docx"}
    assert reasons["empty.txt"] == "file is empty"
    assert "binary" in reasons["binary.txt"]
    assert "unsupported file type" in reasons["old.doc"]
    assert "no text layer" in reasons["scan.pdf"]
    assert "DOCX" in reasons["bad.docx"]
    big5 = next(d for d in result.documents if d.doc_id == "good_big5")
    assert big5.encoding == "big5"
    assert "缙云县国民经济和社会发展统计公报" in big5.text and "traditional" in big5.flags
