"""Speed session 13, helper s15: cheaper tests that keep every result.

Classes:

* masked years (:func:`govkit.text.years.unmask_years`): tried only where a run of mask characters
  with 年 after it ends; the result is still exactly ``MASKED_YEAR.sub`` (masked figures ``**``
  without 年 after them are not looked at);
* heading frames (:func:`govkit.facts.frames.heading_frame`): a line holding none of the words that
  every frame-setting branch needs returns None before the branches' searches; the words gate is
  necessary, never sufficient (headings that set a frame hold one of its words).
"""

from __future__ import annotations

import random

import pytest

from govkit.facts.frames import _SETS_FRAME, heading_frame
from govkit.facts.timeframe import Dates, Frame
from govkit.text.years import _MASK_YEAR_TEXT, MASKED_YEAR, unmask_years


@pytest.mark.parametrize(
    "text",
    [
        "20XX年全县地区生产总值增长**%",
        "201X年和202×年,XX年",
        "×××××年",  # a long run: the last four characters are the year
        "**亿元,**年",
        "20xx 年",
        "X年,2019XX年",
        "abXX年",  # a letter before: no masked year
        "全县完成**万元",  # masked figures only
        "",
    ],
)
def test_unmask_years_is_the_substitution(text: str) -> None:
    assert unmask_years(text) == MASKED_YEAR.sub(_MASK_YEAR_TEXT, text)


def test_unmask_years_random_texts() -> None:
    rng = random.Random(15)
    alphabet = [*"Xx×*＊年 2019０a一", "20", "19", "  "]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert unmask_years(text) == MASKED_YEAR.sub(_MASK_YEAR_TEXT, text), text


@pytest.mark.parametrize(
    "line",
    [
        "一、2023年工作回顾",
        "二、2024年工作安排",
        "“十四五”时期发展回顾",
        "今后五年的主要目标",
        "下半年工作打算",
        "过去一年的主要工作",
    ],
)
def test_frame_setting_headings_pass_the_gate(line: str) -> None:
    dates = Dates(doc_year=2023, report_year=2024, report_month=1)
    assert _SETS_FRAME is not None and _SETS_FRAME.search(line) is not None
    assert heading_frame(line, Frame(year=2023, kind="actual"), dates) is not None


@pytest.mark.parametrize("line", ["(一)农业农村", "各位代表:", "经济运行稳中有进", "(三)安定镇"])
def test_headings_without_frame_words_set_no_frame(line: str) -> None:
    dates = Dates(doc_year=2023, report_year=2024, report_month=1)
    assert _SETS_FRAME is not None and _SETS_FRAME.search(line) is None
    assert heading_frame(line, Frame(year=2023, kind="actual"), dates) is None
