"""The quick paths of the document stage agree with the plain definitions they stand for.

Cleaning, segmenting and recognising use pre-checks, rewritten regexes and vectorised scans
for speed. Each test here compares one of them with a straightforward reference (the rule as
first written) on many random texts made of the characters that matter, and on edge cases.
"""

from __future__ import annotations

import heapq
import random
import re

import numpy as np
import pytest

import govkit.text.chrome as chrome
import govkit.text.clean as clean
import govkit.text.date_forms as date_forms
import govkit.text.division_mentions as mentions
import govkit.text.normalise as normalise
import govkit.text.openings as openings
import govkit.text.watermarks as watermarks
import govkit.text.wraps as wraps
import govkit.text.years as years
from govkit.text.regions import gazetteer, read_lines
from govkit.text.segment import is_heading_line, match_marker, split_sentences
from govkit.text.textbuffer import TextBuffer


def _texts(alphabet: list[str], n: int = 20000, longest: int = 14, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(n)]


# ---------------------------------------------------------------------------------------
# text buffer
# ---------------------------------------------------------------------------------------
def _reference_edits(text: str, index: np.ndarray, edits: list) -> tuple[str, list[int]]:
    """Edits applied by counting how often each raw offset repeats (see the module docstring)."""
    counts = np.ones(len(text), dtype=np.int64)
    pieces, pos, tail = [], 0, 0
    for s, e, new in edits:
        if text[s:e] == new:
            continue
        pieces += [text[pos:s], new]
        pos = e
        if len(new) == e - s:
            continue
        if e > s:
            counts[s:e] = 0
            counts[s] = len(new)
        elif s < len(text):
            counts[s] += len(new)
        else:
            tail += len(new)
    pieces.append(text[pos:])
    out = np.repeat(index, counts).tolist() + [int(index[-1]) if len(text) else 0] * tail
    return "".join(pieces), out


def test_apply_edits_matches_the_counting_definition():
    rng = random.Random(5)
    for _ in range(5000):
        n = rng.randint(0, 12)
        text = "".join(rng.choice("ab c\n") for _ in range(n))
        index = np.sort(np.array([rng.randint(0, 30) for _ in range(n)], dtype=np.int64))
        edits, pos = [], 0
        for _ in range(rng.randint(0, 5)):
            if pos > n:
                break
            s = rng.randint(pos, n)
            e = rng.randint(s, min(n, s + 3))
            new = "".join(rng.choice("xy\n ") for _ in range(rng.randint(0, 3)))
            edits.append((s, e, new))
            pos = e
        ref_text, ref_index = _reference_edits(text, index, edits)
        buf = TextBuffer(text, index.copy())
        if len(ref_text) != len(ref_index):  # an insertion, then a length-changing edit there
            with pytest.raises(AssertionError):
                buf.apply_edits(edits)
            continue
        buf.apply_edits(edits)
        assert (buf.text, buf.index.tolist()) == (ref_text, ref_index)


def test_apply_edits_refuses_a_length_change_right_after_an_insertion():
    with pytest.raises(AssertionError):
        TextBuffer("abc").apply_edits([(1, 1, "x"), (1, 2, "")])


def test_sub_within_spans_is_sub_where_the_pattern_can_match():
    text = "一行\n甲 乙　　丙\n　　缩进\n丁"
    whole, parts = TextBuffer(text), TextBuffer(text)
    whole.sub(normalise._INDENT, normalise._indent_repl)
    parts.sub(normalise._INDENT, normalise._indent_repl, spans=normalise._indent_lines(text))
    assert (whole.text, whole.index.tolist()) == (parts.text, parts.index.tolist())


# ---------------------------------------------------------------------------------------
# clean
# ---------------------------------------------------------------------------------------
def test_zero_hint():
    hint = re.compile(r"[一二三四五六七八九][OΟ○о0]|[OΟ○о][一二三四五六七八九]")
    for t in _texts(["一", "二", "九", "O", "Ο", "○", "о", "0", "1", "a", "中", "〇"], longest=8):
        assert normalise._zero_hint(t) == bool(hint.search(t)), t


def test_letter_runs_and_watermark_tokens():
    alphabet = [
        "a",
        "Z",
        "9",
        "0",
        "中",
        " ",
        "\n",
        "vfO",
        "js8",
        ".",
        "-",
        "&",
        "@",
        "kV",
        "_",
        "\ud800",
        "\U0001f600",
        "。",
        "`",
        "{",
        "[",
        "Ａ",
    ]
    for t in _texts(alphabet, longest=25):
        assert watermarks._letter_run_starts(t) == [m.start() for m in watermarks._LETTER_RUN.finditer(t)], t
        tokens = {m.group(0) for m in watermarks._TOKEN.finditer(t) if not m.group(0).isdigit()}
        assert set(watermarks.find_watermark_tokens(t)) <= tokens
    text = "".join(f"第{i}段内容vfO\n" for i in range(5)) + "js8在文中js8出现js8三次"
    assert watermarks.find_watermark_tokens(text) == ["js8", "vfO"]


@pytest.mark.parametrize(
    "new, old",
    [
        (clean._BLANKS, re.compile(r"[ ]*\n[ \n]*")),
    ],
)
def test_blank_runs(new, old):
    for t in _texts(["a", " ", "\n", "中", "\t"]):
        a, b = TextBuffer(t), TextBuffer(t)
        a.sub(old, "\n")
        b.sub(new, "\n")
        assert (a.text, a.index.tolist()) == (b.text, b.index.tolist()), t


def test_last_segment_split():
    old = re.compile(r"(?<=[。!?:;])\s+|\s{2,}")
    for t in _texts(["a", "。", ":", " ", "\t", "\u3000", "\n", "!"]):
        assert wraps._LAST_SEGMENT.split(t) == old.split(t), t


def test_spaced_runs_found_from_the_spaces():
    alphabet = ["政", "府", "工", " ", "  ", "   ", "\n", "、", ")", ":", "a", "1", "。"]
    for t in _texts(alphabet, longest=18):
        expected: list = []
        for m in wraps._SPACED_RUN.finditer(t):
            wraps._collapse_run(t, m, expected)
        buf = TextBuffer(t)
        wraps.collapse_spaced_runs(buf)
        ref = TextBuffer(t)
        ref.apply_edits(expected)
        assert (buf.text, buf.index.tolist()) == (ref.text, ref.index.tolist()), t


def test_heading_like_long_segments():
    line = "中" * 50 + " 一、总结 " + "文" * 45
    for start, end in [(0, 50), (0, 56), (51, 55), (50, 56), (56, len(line)), (1, 45)]:
        segment = line[start:end].strip()
        assert wraps._heading_like(line, start, end) == wraps._heading_like(segment, 0, len(segment))


# ---------------------------------------------------------------------------------------
# segment
# ---------------------------------------------------------------------------------------
def _reference_sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        bounds = [0] + [m.end() for m in re.finditer(r"[。!?;！？；]+[”’」』)》]*", line)] + [len(line)]
        for s, e in zip(bounds, bounds[1:]):
            piece = line[s:e]
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip()
            if body:
                out.append((pos + s + lead, pos + s + lead + len(body)))
        pos += len(line) + 1
    return out


def test_sentences_match_the_line_by_line_definition():
    alphabet = [
        "a",
        "中",
        " ",
        "\n",
        "\t",
        "。",
        "!",
        "?",
        ";",
        "！",
        "？",
        "；",
        "”",
        ")",
        "》",
        "\u3000",
        "\x1c",
        "\r",
        "\x85",
        "\u2028",
    ]
    for t in _texts(alphabet, longest=25):
        assert split_sentences(t) == _reference_sentences(t), t


def test_heading_checks_for_long_lines():
    assert not is_heading_line("一、" + "中" * 70)
    assert is_heading_line("一、" + "中" * 20)
    assert match_marker("中国") is None and match_marker("1.中国") is not None


# ---------------------------------------------------------------------------------------
# regions and recognise
# ---------------------------------------------------------------------------------------
def _reference_scan_full(g, text: str) -> list[tuple[int, int, str]]:
    out = []
    for e in range(1, len(text) + 1):
        for k in range(e, 1, -1):
            if text[e - k : e] in g.full_index:
                out.append((e - k, e, text[e - k : e]))
                break
    return out


def _reference_scan_all(g, text: str) -> list[tuple[int, int, str]]:
    names = set(g.full_index) | set(g.short_index)
    out = []
    for s in range(len(text)):
        for e in range(len(text), s + 1, -1):
            if text[s:e] in names:
                out.append((s, e, text[s:e]))
                break
    return out


def test_division_scans_match_their_definitions():
    g = gazetteer()
    names = sorted(set(g.full_index) | set(g.short_index))
    rng = random.Random(1)
    filler = "的和在县区市旗州盟自治族回是全我年\U0001f600"
    texts = ["", "县", "会同县", "\ud800会同县\udfff", "自治县", "巴中市恩阳区双胜镇\U0001f600汉阳"]
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 8)):
            r = rng.random()
            name = rng.choice(names)
            parts.append(
                name
                if r < 0.5
                else name[rng.randint(0, len(name) - 1) :]
                if r < 0.7
                else "".join(rng.choice(filler) for _ in range(rng.randint(0, 3)))
            )
        texts.append("".join(parts))
    for t in texts:
        assert g.scan_full(t) == _reference_scan_full(g, t), t
        assert g.scan_all(t) == _reference_scan_all(g, t), t


def test_openings_lead_year_and_town_description():
    lead = re.compile(
        r"(?:^|[\s,。;:)])(?:刚刚)?(?:过去的)?(20\d\d)年(?:度)?(?:上半年|前三季度|1-\d{1,2}月)?"
        r"(?=是|,|以来|全县|全区|全市|全镇|全乡|全旗|我们|我局|我镇|我县|我区|我市|在)"
    )
    town = re.compile(
        r"(?:^|[。;\n])\s*(?P<t>[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道))"
        r"(?=辖区|下辖|辖|位于|地处|总面积|国土面积|面积|地域|东邻|东与|境内|共有|现有|全镇|全乡)"
    )
    review = re.compile(r"回顾了(20\d\d)年|(20\d\d)年(?:及[^\n]{0,12})?工作回顾")
    alphabet = [
        "2020年",
        "2021年",
        "刚刚",
        "过去的",
        "是",
        ",",
        "。",
        " ",
        "\n",
        "全县",
        "在",
        "度",
        "上半年",
        "回顾了",
        "工作回顾",
        "及其",
        "镇",
        "乡",
        "街道",
        "辖区",
        "位于",
        "双胜",
        "木棠镇",
        ";",
        ")",
    ]
    for t in _texts(alphabet, longest=10):
        assert [m.group(1) for m in openings.finditer_opening(years._LEAD_YEAR, t)] == lead.findall(t), t
        assert [m.group("t") for m in openings.finditer_opening(mentions.TOWN_DESC, t)] == [
            m.group("t") for m in town.finditer(t)
        ], t
        m = review.search(t)
        assert years._review_phrase_year(t) == (int(m.group(1) or m.group(2)) if m else None), t


def test_self_level_words_in_order():
    single = re.compile(
        r"(?P<p>全|我|本)(?P<u>县|区|市|旗|镇|乡)(?!长|委|政府|人大|政协|级|直|属|第|平均|排名|前列|率先)"
    )
    alphabet = ["全", "我", "本", "县", "区", "市", "于", "长", "委", "政府", "镇", "全县", "我县", "a"]
    for t in _texts(alphabet, longest=12):
        merged = heapq.merge(*(rx.finditer(t) for rx in mentions._SELF), key=lambda m: m.start())
        assert [m.span() for m in merged] == [m.span() for m in single.finditer(t)], t


def test_chinese_date_found_from_its_year():
    alphabet = ["二", "〇", "零", "一", "九", "年", "月", "日", "十", "a", "2"]
    rng = random.Random(3)
    for t in _texts(alphabet, longest=14):
        end = rng.randint(0, 15)
        assert bool(date_forms._CN_DATE_AT_YEAR.search(t, 0, end)) == bool(date_forms._CN_DATE.search(t, 0, end)), t


def test_chrome_lines_as_one_union():
    lines = read_lines(chrome.RECOGNISE_CHROME)
    union = re.compile("|".join(f"(?:{p})" for p in lines))
    pieces = [
        "当前位置",
        "首页",
        " ",
        ">",
        "字号",
        "来源",
        ":",
        "日期",
        "时间",
        "名",
        "称",
        "文",
        "号",
        "政策法规",
        "x",
        "中",
        "\t",
        "公文搜",
        "字体",
        "Vip",
        "发布时间",
        "\u3000",
        "›",
        "审核编辑",
    ]
    for t in _texts(pieces, longest=6):
        assert chrome.is_chrome_line(t) == bool(union.search(t)), t
