"""The document stage's speed work of session 14 changes nothing it finds.

- Patterns that open with a lookbehind and are scanned over whole texts or long lines (the mark of a
  sub-item before a table row's label, a letter-spaced year) sit behind a test of their first
  characters (:func:`govkit.core.regex_gates.first_test`): their matches and replacements must be those
  of the pattern itself, on passages written for each construction (and its near misses) and on the
  corpora.
- Joining wrapped lines takes a line that ends on a sentence end for the end of its paragraph without
  asking :func:`govkit.text.wraps._ends_paragraph`: that function must say so of every such line.
"""

from __future__ import annotations

import re

import pytest

from govkit.core.regex_gates import untested
from govkit.text.chars import CLOSERS, END_PUNCT
from govkit.text.clean import clean_text
from govkit.text.normalise import _SPACED_YEAR, normalise_for_recognition
from govkit.text.table_parts import SUB_ITEM
from govkit.text.wraps import _ends_paragraph

SUB_ITEM_PASSAGES = [
    "其中:第一产业增加值 12.3 亿元",
    "其中：规模以上工业 45.6 8.1",
    "| 其中:第二产业 | 23.4 | 5.6 |",
    "# 规模以上工业增加值 | 12 | 3",
    "＃ 限额以上消费品零售额 8.8",
    "地区生产总值 |其中：第三产业| 8.8",
    # near misses: the word inside a sentence, no colon, a # inside a word
    "全县完成投资12亿元,其中:政府投资3亿元",
    "其中第一产业增加值12.3亿元",
    "编号#3 产值 12.5",
    "第一产业其中: 12",
]

SPACED_YEAR_PASSAGES = [
    "2 0 2 4 年 1 2 月 2 8 日",
    "1 9 9 8 年工作",
    "会议于 2 0 2 3年召开",
    # near misses: a digit or a decimal point before it, no 年 after it, digits written together
    "12 0 2 4 年",
    "3.2 0 2 4 年",
    "1 2 0 2 4年",
    "2 0 2 4 月",
    "2024 年",
]


def _texts(shared_corpus) -> list[str]:
    return [
        p.read_text(encoding="utf-8", errors="replace")
        for d in ("seeds", "dev", "dev2", "series")
        for p in sorted(shared_corpus(d).glob("*.txt"))
    ]


def _found(rx: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("rx", [SUB_ITEM, _SPACED_YEAR], ids=["sub_item", "spaced_year"])
def test_first_character_tests_are_in_place(rx):
    assert untested(rx) is not rx  # (else the tests below compare a pattern with itself)


@pytest.mark.parametrize("text", SUB_ITEM_PASSAGES)
def test_sub_item_finds_what_its_pattern_finds(text):
    base = untested(SUB_ITEM)
    assert _found(SUB_ITEM, text) == _found(base, text)
    assert SUB_ITEM.sub("", text) == base.sub("", text)


def test_sub_item_marks_and_near_misses():
    assert SUB_ITEM.sub("", "其中:第一产业增加值 12.3") == "第一产业增加值 12.3"
    assert SUB_ITEM.sub("", "| 其中:第二产业 | 23.4") == "| 第二产业 | 23.4"
    assert SUB_ITEM.sub("", "全县完成投资12亿元,其中:政府投资3亿元") == "全县完成投资12亿元,其中:政府投资3亿元"
    assert SUB_ITEM.sub("", "编号#3 产值 12.5") == "编号#3 产值 12.5"


@pytest.mark.parametrize("text", SPACED_YEAR_PASSAGES)
def test_spaced_year_finds_what_its_pattern_finds(text):
    assert _found(_SPACED_YEAR, text) == _found(untested(_SPACED_YEAR), text)


def test_spaced_year_is_read_and_near_misses_are_not():
    assert normalise_for_recognition("2 0 2 4 年 1 2 月 2 8 日") == "2024年12月28日"
    assert [m.group() for m in _SPACED_YEAR.finditer("12 0 2 4 年 3.2 0 2 4 年 2 0 2 4 月")] == []


def test_both_patterns_agree_with_their_own_on_the_corpora(shared_corpus):
    for raw in _texts(shared_corpus):
        text = clean_text(raw).text
        for line in raw.split("\n") + text.split("\n"):
            assert SUB_ITEM.sub("", line) == untested(SUB_ITEM).sub("", line)
        for t in (raw, text):
            assert _found(_SPACED_YEAR, t) == _found(untested(_SPACED_YEAR), t)


LINES_ENDING_A_SENTENCE = [
    "全县地区生产总值增长5%。",
    "各位代表:",
    "一、过去一年工作回顾 主要指标完成情况如下:",
    "政 府 工 作 报 告。",
    "第一句。  第二句;",
    "名称\u200b结束!",
    "\u3000\u3000工作总结……",
    "产值12亿元 增长6.1%?",
]


@pytest.mark.parametrize("line", LINES_ENDING_A_SENTENCE)
def test_a_line_ending_on_a_sentence_end_ends_its_paragraph(line):
    assert line.rstrip()[-1] in END_PUNCT
    assert _ends_paragraph(line.rstrip())


def test_sentence_ends_are_no_closers_and_every_corpus_line_agrees(shared_corpus):
    assert not set(END_PUNCT) & set(CLOSERS)  # (a closer after the end is looked through)
    for raw in _texts(shared_corpus):
        for line in raw.split("\n"):
            c = line.rstrip()
            if c and c[-1] in END_PUNCT:
                assert _ends_paragraph(c), c
