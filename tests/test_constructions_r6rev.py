"""Review of session 5's merges (r6rev): passages of our own that showed a rule too broad or a cue
that could not match as used. Each test failed before the fix it names."""

from __future__ import annotations

import pytest

from govkit.pipeline.corpus import document_from_text


@pytest.mark.parametrize(
    "text",
    [
        # a work report of January that prints no year: 今年 is the plan year, the year described is the last
        "平江县人民政府工作报告\n发布时间:2024-01-20\n各位代表:\n过去一年,全县地区生产总值增长6.1%。"
        "今年经济社会发展的主要预期目标是:地区生产总值增长6.5%。",
        # a speech at the year's start reviewing the year before
        "在全县经济工作会议上的讲话\n发布时间:2024-01-20\n同志们:\n过去的一年,全县地区生产总值增长6.1%。"
        "今年,全县地区生产总值预期增长6.5%。",
    ],
    ids=["work_report_of_january", "speech_of_january"],
)
def test_a_page_reviewing_a_past_year_is_not_dated_by_its_page_year(text):
    """今年 in a text that reviews 过去一年 names the year planned, not the year described: the page
    date does not tell it (it stays unknown, flagged, rather than the page's year)."""
    meta = document_from_text(text, "p").meta
    assert meta.year is None, meta.year
    assert "year_uncertain" in meta.flags


def test_a_story_of_this_year_is_still_dated_by_its_page():
    meta = document_from_text(
        "平江县经济运行稳中向好\n发布时间:2023-12-20\n今年以来,全县地区生产总值增长6.1%。", "p"
    ).meta
    assert meta.year == 2023
