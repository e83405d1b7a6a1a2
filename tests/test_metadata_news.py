"""News stories and web pages that print no year: the page's date tells the year described.

Passages of our own (not from a dev set): a story dated by its page's metadata line that speaks of
a part of the year already over (前三季度 in October), of 今年以来, of 去年; and one whose part of
the year cannot have ended by its page date (the year stays unknown, never guessed).
"""

from __future__ import annotations

import pytest

from govkit.facts.extract import extract_document
from govkit.pipeline.corpus import document_from_text

CASES = [
    (
        "part_of_the_year_over",
        "平江县前三季度经济运行稳中向好\n发布时间:2023-10-28 09:12 来源:平江县融媒体中心\n"
        "近日,从平江县统计局获悉,前三季度,全县地区生产总值增长5.6%。",
        2023,
        "2023-10-28",
        ("gdp", "yoy_pct", 5.6, 2023, "Q1-Q3"),
    ),
    (
        "half_year_story",
        "平江县上半年经济运行情况\n发布日期:2024-07-19\n上半年,全县规模以上工业增加值增长8.1%。",
        2024,
        "2024-07-19",
        ("industrial_va", "yoy_pct", 8.1, 2024, "H1"),
    ),
    (
        "last_year_story",
        "平江县经济发展再上新台阶\n发布时间:2024-02-06\n去年,全县地区生产总值增长5.3%。",
        2023,
        "2024-02-06",
        ("gdp", "yoy_pct", 5.3, 2023, ""),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_page_date_dates_a_story_without_a_year(case):
    _, text, year, report_date, fact = case
    doc = document_from_text(text, "story")
    assert doc.meta.region == "平江县"
    assert (doc.meta.year, doc.meta.report_date) == (year, report_date)
    facts = extract_document(doc)
    got = {(r.indicator, r.measure, float(r.value), int(r.year), r.subperiod) for r in facts.itertuples()}
    assert fact in got, got


def test_a_part_of_the_year_not_over_by_the_page_date_leaves_the_year_unknown():
    """前三季度 on a page of January: the story is a later copy of last year's, or a plan; not guessed."""
    doc = document_from_text("平江县经济运行情况\n发布时间:2024-01-12\n前三季度,全县地区生产总值增长5.6%。", "story")
    assert doc.meta.year is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # the paper's city (来源:岳阳日报, 岳阳网讯) is where the story was published; 平江县 is its subject
        (
            "2023-10-28 09:12 来源:岳阳日报\n岳阳网讯(记者 张三 通讯员 李四)近日,从平江县统计局获悉,"
            "前三季度,平江县地区生产总值增长5.6%,全县规模以上工业增加值增长7.2%。",
            "平江县",
        ),
        (
            "来源:湘潭晚报\n湘潭晚报讯(记者 王五)记者从湘潭县统计局了解到,今年以来,湘潭县固定资产投资增长8.1%。",
            "湘潭县",
        ),
        # a story about the paper's own city keeps it: the text names the city itself
        (
            "来源:岳阳日报\n岳阳网讯(记者 张三)从岳阳市统计局获悉,前三季度,岳阳市地区生产总值增长5.9%,全市经济稳中向好。",
            "岳阳市",
        ),
    ],
    ids=["city_paper_on_a_county", "evening_paper_on_a_county", "city_paper_on_its_city"],
)
def test_a_news_outlet_is_not_the_subject_of_its_story(text, region):
    assert document_from_text(text, "story").meta.region == region
