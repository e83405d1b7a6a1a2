"""A monthly or quarterly economic bulletin (2021年11月经济运行简报, 1-11月主要经济指标,
第一季度经济运行情况, 前三季度经济运行分析) is a 经济运行分析 (EXTRACTION.md: part-year reviews) of
the year its title prints, even when it looks ahead to the next year; its facts carry that year
(they had none: no type was recognised and the body prints only months). A speech at a meeting
held in a month (在2021年11月全县经济工作会议上的讲话) and a monthly air bulletin keep their types.
The passages are written for these tests, not copied from ../shared.
"""

from __future__ import annotations

import dataclasses

import pytest

import govkit


def meta(text: str) -> tuple:
    m = dataclasses.asdict(govkit.document_from_text(text, "t").meta)
    return m["region"], m["report_type"], m["year"], m["title"]


def facts(text: str) -> set[tuple]:
    df = govkit.extract_facts(text, "t")
    return set(zip(df["indicator"], df["value"], df["year"], df["subperiod"], df["kind"]))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "石门县2022年5月经济运行简报\n1-5月,全县规模以上工业增加值增长7.4%,固定资产投资增长10.2%。\n",
            ("石门县", "经济运行分析", 2022, "石门县2022年5月经济运行简报"),
        ),
        (
            "石门县2022年3月份全县经济指标完成情况\n一季度,全县规模以上工业增加值增长7.4%。\n",
            ("石门县", "经济运行分析", 2022, "石门县2022年3月份全县经济指标完成情况"),
        ),
        (  # 运行分析 makes the line a title (the report's name in it was lost)
            "石门县2020年前三季度经济运行分析\n前三季度,全县规模以上工业增加值增长3.1%。\n",
            ("石门县", "经济运行分析", 2020, "石门县2020年前三季度经济运行分析"),
        ),
        (  # the county's name between the month and the bulletin's words; a statistics monthly
            "2021年10月石门县经济运行情况\n1-10月,全县规模以上工业增加值增长7.9%。\n",
            ("石门县", "经济运行分析", 2021, "2021年10月石门县经济运行情况"),
        ),
        (
            "石门县2021年11月份统计月报\n1-11月,全县规模以上工业增加值增长7.9%。\n",
            ("石门县", "经济运行分析", 2021, "石门县2021年11月份统计月报"),
        ),
        (  # a whole year's review released in January, looking ahead: the title's year
            "石门县2021年1-12月经济运行情况\n1-12月,全县规模以上工业增加值增长8.6%。2022年,全县将力争工业增长9%。\n",
            ("石门县", "经济运行分析", 2021, "石门县2021年1-12月经济运行情况"),
        ),
    ],
)
def test_a_part_year_bulletin_is_a_review_of_its_titles_year(text, expected):
    assert meta(text) == expected


def test_a_monthly_bulletins_facts_carry_the_titles_year():
    got = facts(
        "石门县2022年5月经济运行简报\n1-5月,全县规模以上工业增加值增长7.4%。5月当月,社会消费品零售总额增长3.3%。\n"
    )
    assert ("industrial_va", 7.4, 2022, "M1-M5", "actual") in got
    assert ("retail_sales", 3.3, 2022, "M5", "actual") in got


@pytest.mark.parametrize(
    "text, rtype",
    [
        ("在2021年11月全县经济工作会议上的讲话\n同志们:\n今年以来,全县经济稳中向好。\n", "讲话"),
        ("在2021年11月召开的全县经济运行调度会上的讲话\n同志们:\n1-11月,全县经济稳中向好。\n", "讲话"),
        ("2021年11月全县经济运行调度会议纪要\n会议研究部署了12月重点工作。\n", ""),
        ("石门县2021年12月环境空气质量月报\n12月,全县空气优良天数比例为90.3%。\n", "环境质量公报"),
        ("石门县2021年12月份工作总结\n12月,我们完成了以下工作。\n", "工作总结"),
    ],
)
def test_a_month_in_other_titles_does_not_make_a_bulletin(text, rtype):
    assert meta(text)[1] == rtype
