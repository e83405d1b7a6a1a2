"""A province-level unit's own report (a province, an autonomous region, a municipality) is that
unit's: region as printed, level ``province``, the province itself and its six-digit code (it was
taken for an anonymised report, and its own 全省 figures were dropped as another place's). A report
of a unit below it that names its province (湖南省桃源县, 全省排名, a district of 重庆市) stays that
unit's. The passages are written for these tests, not copied from ../shared.
"""

from __future__ import annotations

import dataclasses

import pytest

import govkit


def meta(text: str) -> tuple:
    m = dataclasses.asdict(govkit.document_from_text(text, "t").meta)
    return tuple(m[k] for k in ("region", "level", "province", "prefecture", "adcode"))


def facts(text: str) -> set[tuple]:
    df = govkit.extract_facts(text, "t")
    return set(zip(df["indicator"], df["measure"], df["value"], df["year"]))


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a province's work report: session line, a governor's line, 全省
            "江西省2023年政府工作报告\n——2023年1月12日在江西省第十四届人民代表大会第一次会议上\n"
            "江西省省长 叶建春\n各位代表:\n现在,我代表省人民政府向大会报告工作。\n"
            "过去一年,全省生产总值增长4.7%。\n",
            ("江西省", "province", "江西省", "", "360000"),
        ),
        (  # a province's statistical bulletin, signed by its bureau
            "河南省2019年国民经济和社会发展统计公报\n河南省统计局\n国家统计局河南调查总队\n2020年3月9日\n"
            "初步核算,全年全省生产总值54259.20亿元,比上年增长7.0%。\n",
            ("河南省", "province", "河南省", "", "410000"),
        ),
        (  # an autonomous region: 全区, 自治区人民政府
            "广西壮族自治区2021年政府工作报告\n——2021年1月26日在广西壮族自治区第十三届人民代表大会第四次会议上\n"
            "自治区主席 蓝天立\n各位代表:\n现在,我代表自治区人民政府向大会报告工作。\n"
            "2020年,全区生产总值增长3.7%。\n",
            ("广西壮族自治区", "province", "广西壮族自治区", "", "450000"),
        ),
        (  # a municipality: 全市, 市人民政府
            "重庆市2022年政府工作报告\n——2022年1月18日在重庆市第五届人民代表大会第六次会议上\n"
            "重庆市市长 胡衡华\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n"
            "2021年,全市地区生产总值增长8.3%。\n",
            ("重庆市", "province", "重庆市", "", "500000"),
        ),
    ],
)
def test_a_province_level_units_own_report(text, expected):
    assert meta(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a county report opening on its province and ranking itself in it
            "湖南省桃源县2022年政府工作报告\n——2022年1月10日在桃源县第十八届人民代表大会第一次会议上\n"
            "各位代表:\n2021年,全县地区生产总值增长7.5%,增速居全省第12位;全省县域经济考核中排名前列。\n",
            ("桃源县", "county", "湖南省", "常德市", "430725"),
        ),
        (  # a district of a municipality: county level, no prefecture
            "——2022年1月6日在重庆市渝中区第十八届人民代表大会第一次会议上\n渝中区2022年政府工作报告\n"
            "各位代表:\n2021年,全区地区生产总值增长8.1%,全市排名靠前。\n",
            ("渝中区", "county", "重庆市", "", "500103"),
        ),
        (  # a county of a municipality, its title naming only the municipality's figures as a yardstick
            "2021年政府工作报告\n——2021年1月8日在北京市延庆区第五届人民代表大会第一次会议上\n"
            "各位代表:\n2020年,全区地区生产总值增长2.1%,高于全市1.9个百分点。\n",
            ("延庆区", "county", "北京市", "", "110119"),
        ),
        (  # a district of an autonomous region says 全区 as the region does
            "南宁市青秀区2021年政府工作报告\n——2021年1月12日在青秀区第五届人民代表大会第五次会议上\n"
            "各位代表:\n2020年,全区地区生产总值增长4.0%,高于全自治区平均水平。\n",
            ("青秀区", "county", "广西壮族自治区", "南宁市", "450103"),
        ),
    ],
)
def test_a_report_below_the_province_stays_its_own(text, expected):
    assert meta(text) == expected


def test_a_masked_county_naming_its_province_stays_anonymised():
    m = meta("湖南省某县2021年政府工作报告\n各位代表:\n2020年,全省经济稳中向好,全县生产总值增长4%。\n")
    assert m[:2] == ("", "anonymised") and m[2] == "湖南省"


def test_a_province_report_that_only_names_the_province_in_running_text_is_not_its():
    # a county's summary (全县 throughout) that quotes the province's figure
    m = meta("2021年工作总结\n今年以来,全县上下……湖南省统计局数据显示,全省生产总值增长7.7%。全县生产总值增长8%。\n")
    assert m[1] != "province"


def test_a_province_reports_own_figures_are_kept():
    got = facts(
        "湖北省2022年政府工作报告\n——2022年1月19日在湖北省第十三届人民代表大会第六次会议上\n"
        "一、2021年工作回顾\n2021年,全省地区生产总值增长12.9%,一般公共预算收入增长29.8%。\n"
    )
    assert ("gdp", "yoy_pct", 12.9, 2021) in got
    assert ("general_budget_revenue", "yoy_pct", 29.8, 2021) in got


def test_a_county_report_still_drops_the_provinces_figure():
    got = facts(
        "通山县2022年政府工作报告\n——2022年1月5日在通山县第十九届人民代表大会第一次会议上\n"
        "2021年,全县地区生产总值增长14.1%,高于全省1.2个百分点;全省地区生产总值增长12.9%。\n"
    )
    assert ("gdp", "yoy_pct", 14.1, 2021) in got
    assert ("gdp", "yoy_pct", 12.9, 2021) not in got


# Why the province's GDP growth was dropped and its revenue growth kept: the other-place test read
# only the words right before a subject (全省地区生产总值) and a figure continuing an earlier clause's
# subject; a new subject in a later clause (一般公共预算收入增长8.5%) started afresh. In a county's
# report that made the province's revenue the county's. A sentence whose first subject another place
# qualifies now speaks of that place throughout, until the report names its own region.
COUNTY_HEAD = "通山县2022年政府工作报告\n——2022年1月5日在通山县第十九届人民代表大会第一次会议上\n各位代表:\n"


@pytest.mark.parametrize(
    "body, dropped",
    [
        ("2021年,全省地区生产总值增长12.9%,一般公共预算收入增长29.8%。", ("general_budget_revenue", 29.8)),
        ("去年,湖北省规模以上工业增加值增长14.8%;固定资产投资增长20.4%。", ("fai", 20.4)),
        ("从数据看,全市社会消费品零售总额增长19.9%,城镇居民人均可支配收入增长9.1%。", ("urban_income", 9.1)),
    ],
)
def test_a_sentence_about_another_place_stays_about_it(body, dropped):
    got = {(i, v) for i, _, v, _ in facts(COUNTY_HEAD + body + "\n全县地区生产总值增长14.1%。\n")}
    assert dropped not in got
    assert ("gdp", 14.1) in got


@pytest.mark.parametrize(
    "body, kept",
    [
        (
            "2021年,全县地区生产总值增长14.1%,高于全省1.2个百分点,一般公共预算收入增长9.8%。",
            ("general_budget_revenue", 9.8),
        ),
        ("2021年,全省地区生产总值增长12.9%,我县一般公共预算收入增长9.8%。", ("general_budget_revenue", 9.8)),
        ("面对全省经济下行压力,地区生产总值增长14.1%,一般公共预算收入增长9.8%。", ("general_budget_revenue", 9.8)),
    ],
)
def test_a_sentence_naming_the_own_region_keeps_its_figures(body, kept):
    got = {(i, v) for i, _, v, _ in facts(COUNTY_HEAD + body + "\n")}
    assert kept in got
