"""Numbers as printed: ambiguous separators, ranges of rates, pollutant lists (issues 13 and 15).

Passages written for the rules, not copied from the corpora. An ambiguous number (``92 450万元``,
``123,45``, ``1,2345.6``, ``1,2,3.45``) is a fact with no value, flagged ``ambiguous_number``, its
whole printed text in ``value_text``; enumerations, proper thousands and clause breaks look alike
and stay as they are.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govkit
from govkit.facts.numbers import find_quantities

META = {"year": 2022, "report_date": "2023-01-16"}
FLAG = "ambiguous_number"


def _facts(text: str, meta: dict | None = None) -> pd.DataFrame:
    return govkit.extract_facts(text, doc_id="shapes", meta=meta or META)


def _rows(text: str, meta: dict | None = None) -> list[tuple]:
    f = _facts(text, meta)
    return [
        (r.indicator, r.measure, None if pd.isna(r.value) else round(float(r.value), 6), r.value_text, r.flags)
        for r in f.itertuples()
    ]


# ---------------------------------------------------------------- ambiguous separators
@pytest.mark.parametrize(
    "text,indicator,measure,printed",
    [
        # a blank inside the digits: 92450万元, or 92 and 450万元?
        ("全年完成固定资产投资92 450万元,比上年增长8.1%。", "fai", "level", "92 450万元"),
        ("2022年,全县实现地区生产总值约1 305 600万元。", "gdp", "level", "1 305 600万元"),
        # a comma then two digits: 123.45 (decimal comma) or 12345?
        ("一般公共预算收入完成123,45万元。", "general_budget_revenue", "level", "123,45万元"),
        ("城镇居民人均可支配收入增长7,5%,快于经济增长。", "urban_income", "yoy_pct", "7,5%"),
        # comma groups not of three: 12345.6 or 1 and 2345.6?
        ("社会消费品零售总额达到1,2345.6万元。", "retail_sales", "level", "1,2345.6万元"),
        ("农村居民人均可支配收入为14,06元。", "rural_income", "level", "14,06元"),
        # several commas, none a thousands separator
        ("全年粮食总产量达1,2,3.45万吨。", "grain_output", "level", "1,2,3.45万吨"),
    ],
)
def test_ambiguous_number_is_flagged_with_the_whole_printed_text(text, indicator, measure, printed):
    rows = [r for r in _rows(text) if r[0] == indicator and r[1] == measure]
    assert len(rows) == 1, rows
    _ind, _meas, value, value_text, flags = rows[0]
    assert value is None  # no guessed reading: the printed text is the fact
    assert value_text == printed
    assert FLAG in flags.split(",")


def test_ambiguous_number_keeps_its_neighbours_and_its_approximation():
    rows = _rows("全年完成固定资产投资约92 450万元左右,比上年增长8.1%。")
    assert ("fai", "yoy_pct", 8.1, "8.1%", "") in rows
    (level,) = [r for r in rows if r[1] == "level"]
    assert level[2] is None and level[3] == "92 450万元左右"
    assert set(level[4].split(",")) == {FLAG, "approximate"}


def test_ambiguous_fact_passes_the_schema_and_never_leaves_a_fragment():
    f = _facts("一般公共预算收入完成123,45万元,增长1,2%。")
    assert len(f) == 2
    assert f["value"].isna().all() and not f["masked"].any()
    assert set(f["value_text"]) == {"123,45万元", "1,2%"}
    assert not any(t in ("45万元", "2%", "45", "2") for t in f["value_text"])


@pytest.mark.parametrize(
    "text,expected",
    [
        # proper thousands separators: one number, unflagged
        ("全年完成固定资产投资1,234,567.8万元。", [("fai", "level", 123.45678)]),
        ("全年接待游客12,480人次,旅游收入3,265万元。", []),
        ("城镇居民人均可支配收入达到32,806元。", [("urban_income", "level", 32806.0)]),
        # enumerations after 分别 / 依次: several figures, not one number
        (
            "全年PM2.5、PM10浓度分别为8,21微克/立方米。",
            [("pm25", "level", 8.0), ("pm10", "level", 21.0)],
        ),
        (
            "城区二氧化硫、二氧化氮、PM10、PM2.5年均浓度分别为8,21,49,27微克/立方米。",
            [("pm10", "level", 49.0), ("pm25", "level", 27.0)],
        ),
        (
            "城镇、农村居民人均可支配收入分别为36120,15480元。",
            [("urban_income", "level", 36120.0), ("rural_income", "level", 15480.0)],
        ),
        ("城镇、农村居民人均可支配收入依次为36120,15480元。", []),
        # an enumeration of years or months is a date, not a figure
        ("2021,2022年,地区生产总值分别增长6.1%、5.4%。", []),
    ],
)
def test_look_alikes_are_not_flagged(text, expected):
    rows = _rows(text)
    assert not any(FLAG in r[4] for r in rows), rows
    for ind, meas, value in expected:
        assert any(r[0] == ind and r[1] == meas and r[2] is not None and math.isclose(r[2], value) for r in rows), rows


_GROUP = st.text(alphabet="0123456789", min_size=1, max_size=5)


@settings(max_examples=200, deadline=None)
@given(
    first=st.text(alphabet="123456789", min_size=1, max_size=3),
    rest=st.lists(_GROUP, min_size=1, max_size=3),
    sep=st.sampled_from([",", " "]),
    decimals=st.sampled_from(["", ".5", ".25"]),
)
def test_separated_digits_are_one_number_or_one_ambiguous_quantity(first, rest, sep, decimals):
    run = sep.join([first, *rest]) + decimals
    (q,) = find_quantities(f"实现{run}万元")
    assert q.text == run + "万元" and q.unit == "元"
    if sep == "," and all(len(g) == 3 for g in rest):
        assert not q.ambiguous and q.value == pytest.approx(float(run.replace(",", "")) * 1e4)
    else:
        assert q.ambiguous and q.value is None


def test_enumeration_after_respective_stays_separate_quantities():
    qs = find_quantities("分别为12,15,18")
    assert [(q.value, q.ambiguous) for q in qs] == [(12.0, False), (15.0, False), (18.0, False)]


def test_blank_separated_cells_without_a_unit_are_not_one_number():
    # a row of a plain-text table, and an action name: figures apart, none ambiguous
    for text in ("2021年 8 22 62 35 1.6 139", "开展“3 1 1”冲刺行动"):
        assert not any(q.ambiguous for q in find_quantities(text))


def test_fullwidth_comma_between_digits_is_a_clause_break():
    # 45，3个项目: the printed ，ends a clause; the same shape with an ASCII comma is ambiguous
    text = "全年新开工项目45，3个项目建成投产,完成固定资产投资12.6亿元。"
    rows = _rows(text)
    assert not any(FLAG in r[4] for r in rows)
    assert ("fai", "level", 12.6, "12.6亿元", "") in rows
    qs = find_quantities("新开工项目45,3个项目建成投产")
    assert [q.text for q in qs if q.ambiguous] == ["45,3个"]


# ---------------------------------------------------------------- ranges of rates
@pytest.mark.parametrize(
    "text,indicator,low,high",
    [
        ("2023年主要预期目标:地区生产总值增长6.5-7%。", "gdp", 6.5, 7.0),
        ("今年主要目标:规模以上工业增加值增长8-9%,固定资产投资增长10%。", "industrial_va", 8.0, 9.0),
        ("全县经济社会发展的主要目标:城镇居民人均可支配收入增长7—7.5％。", "urban_income", 7.0, 7.5),
    ],
)
def test_range_with_one_percent_sign_is_one_target(text, indicator, low, high):
    f = _facts(text)
    row = f[(f["indicator"] == indicator) & (f["measure"] == "yoy_pct")]
    assert len(row) == 1, f
    r = row.iloc[0]
    assert (r["value"], r["value_high"], r["kind"], int(r["year"])) == (low, high, "target", 2023)


def test_quantity_range_with_one_percent_sign():
    (q,) = find_quantities("增长5.5-6%")
    assert (q.value, q.high, q.unit, q.text) == (5.5, 6.0, "%", "5.5-6%")
    # a span of months or counts stays as it is
    assert all(q.high is None for q in find_quantities("1-5月,800-1500人"))


# ---------------------------------------------------------------- pollutant lists
@pytest.mark.parametrize(
    "text,expected",
    [
        # the non-catalog member (臭氧, 一氧化碳) last: the figures still go to the members in order
        (
            "2022年,城区PM2.5、PM10、臭氧浓度分别为29微克/立方米、51微克/立方米、136微克/立方米。",
            [("pm25", 29.0), ("pm10", 51.0)],
        ),
        (
            "监测数据显示,PM10、PM2.5、二氧化硫、臭氧年均浓度分别为47、26、8、142微克/立方米。",
            [("pm10", 47.0), ("pm25", 26.0)],
        ),
        # a member qualified after its 、 (城镇生活污水处理率) still owns its position
        (
            "全县森林覆盖率、城镇生活污水处理率分别为62.5%、95.1%。",
            [("forest_coverage", 62.5), ("sewage_treatment_rate", 95.1)],
        ),
    ],
)
def test_listed_members_own_their_positions(text, expected):
    rows = _rows(text)
    levels = {(r[0], r[2]) for r in rows if r[1] == "level"}
    assert levels == set(expected), rows


@pytest.mark.parametrize(
    "text",
    [
        # more members than figures, or a member the lexicon does not know first: no figure to trust
        "全年PM2.5、PM10、臭氧浓度分别为35、62微克/立方米。",
        "氟化物、PM2.5、PM10浓度分别为1,27,49微克/立方米。",
    ],
)
def test_lists_that_cannot_be_matched_give_nothing(text):
    assert not [r for r in _rows(text) if r[0] in ("pm25", "pm10")]


# ---------------------------------------------------------------- a clause that goes on after its figure
@pytest.mark.parametrize(
    "text,expected",
    [
        # the subject stands in an earlier clause; the clause's first figure continues it, and so
        # does the growth joined to that figure with 、
        (
            "全年地区生产总值首次站上新台阶,达到213.5亿元、比上年增长7.6%。",
            {("gdp", "level", 213.5), ("gdp", "yoy_pct", 7.6)},
        ),
        (
            "一般公共预算收入继续保持较快增长,完成12.3亿元、同比增长8.4%,高于全市平均水平。",
            {("general_budget_revenue", "level", 12.3), ("general_budget_revenue", "yoy_pct", 8.4)},
        ),
        # a new noun phrase after the 、 is a subject of its own, not the earlier one's
        (
            "地区生产总值稳步增长,达到85.6亿元、新增市场主体1200户。",
            {("gdp", "level", 85.6)},
        ),
    ],
)
def test_second_figure_of_a_continuing_clause(text, expected):
    got = {(r[0], r[1], r[2]) for r in _rows(text)}
    assert got == expected


# ---------------------------------------------------------------- signed money
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "全年招商引资签约项目32个,签约资金86.5亿元,到位资金41.2亿元。",
            {("investment_contracted", "level", 86.5), ("investment_attracted", "level", 41.2)},
        ),
        ("2022年新签约项目18个,签约金额46.8亿元。", {("investment_contracted", "level", 46.8)}),
        # money of projects planned, stocked or only intended is not a fact
        ("谋划储备项目120个,总投资560亿元。", set()),
        ("试点PPP模式,项目意向签约金额96亿元。", set()),
    ],
)
def test_signing_words_that_name_the_subject_do_not_block_it(text, expected):
    got = {(r[0], r[1], r[2]) for r in _rows(text)}
    assert got == expected


# ---------------------------------------------------------------- a fall to zero
@pytest.mark.parametrize(
    "text,expected",
    [
        # 零 / 0 without a unit: 0 in the unit of the figure it falls from
        ("2022年,全县贫困发生率由1.8%下降为零。", {("poverty_incidence", "level", 0.0)}),
        (
            "2022年,全县贫困发生率由2014年的12.6%降至零。",
            {("poverty_incidence", "level", 12.6), ("poverty_incidence", "level", 0.0)},
        ),
        ("年底,贫困发生率从0.9%减少到0,全面完成脱贫任务。", {("poverty_incidence", "level", 0.0)}),
        # without a figure to fall from, 零 is no number (its unit is not known)
        ("2022年,全县贫困发生率下降为零。", set()),
    ],
)
def test_fall_to_zero_takes_the_unit_of_the_figure_it_falls_from(text, expected):
    got = {(r[0], r[1], r[2]) for r in _rows(text)}
    assert got == expected


def test_zero_quantity():
    qs = find_quantities("由1.33%下降为零")
    assert [(q.text, q.value, q.unit) for q in qs] == [("1.33%", 1.33, "%"), ("零", 0.0, "%")]
    assert [q.value for q in find_quantities("零售额增长5%")] == [5.0]


# ---------------------------------------------------------------- lists with a member the lexicon does not know
@pytest.mark.parametrize(
    "text,expected",
    [
        # an unnamed member first: which figure is whose is not known, so nothing (never the first
        # figure for the named member)
        ("非税入库、财政总收入分别完成3.6亿元、6.1亿元。", set()),
        ("非税入库、财政总收入分别增长3.6%、6.1%。", set()),
        # the named member first owns the first figure
        ("财政总收入、非税入库分别完成6.1亿元、3.6亿元。", {("fiscal_revenue", "level", 6.1)}),
        # 公共预算收入 is the general budget revenue
        (
            "财政总收入、公共预算收入分别完成8.2亿元、4.7亿元。",
            {("fiscal_revenue", "level", 8.2), ("general_budget_revenue", "level", 4.7)},
        ),
    ],
)
def test_list_with_unnamed_member(text, expected):
    got = {(r[0], r[1], r[2]) for r in _rows(text)}
    assert got == expected


# ---------------------------------------------------------------- a unit shared by a list's bare figures
@pytest.mark.parametrize(
    "text,expected",
    [
        # the magnitude of the shared unit applies to the bare figures too (152亿元, not 152元)
        ("全县地区生产总值、财政总收入分别为152、12亿元。", {("gdp", 152.0), ("fiscal_revenue", 12.0)}),
        (
            "全县一般公共预算收入、地区生产总值分别为8200万元、36.5亿元。",
            {("general_budget_revenue", 0.82), ("gdp", 36.5)},
        ),
        ("城镇、农村居民人均可支配收入分别为4.1、1.9万元。", {("urban_income", 41000.0), ("rural_income", 19000.0)}),
        # bare figures take the unit of the NEXT figure that prints one, not of the list's last
        (
            "细颗粒物、可吸入颗粒物、臭氧、一氧化碳浓度分别为35、58、150微克/立方米、1.1毫克/立方米。",
            {("pm25", 35.0), ("pm10", 58.0)},
        ),
    ],
)
def test_bare_list_figures_take_the_next_printed_unit_with_its_magnitude(text, expected):
    got = {(ind, v) for ind, meas, v, _printed, _flags in _rows(text) if meas == "level"}
    assert got == expected


# a bare member with more integer digits than the carrier's magnitude allows (万: one more, 亿: two
# more) may be printed in the plain unit: no value, flagged, kept as printed; the carrier keeps its own
@pytest.mark.parametrize(
    "text,bare,printed,carrier",
    [
        (
            "城镇居民和农村居民人均可支配收入分别达到38560、1.65万元。",
            "urban_income",
            "38560",
            ("rural_income", 16500.0),
        ),
        (
            "全年新增城镇就业、农村劳动力转移就业分别为3200、1.2万人。",
            "new_urban_jobs",
            "3200",
            ("labor_transfer", 12000.0),
        ),
        ("全县地区生产总值、财政总收入分别为1520、8.5亿元。", "gdp", "1520", ("fiscal_revenue", 8.5)),
    ],
)
def test_a_bare_list_figure_far_longer_than_the_carrier_is_ambiguous(text, bare, printed, carrier):
    rows = {ind: (v, p, flags) for ind, meas, v, p, flags in _rows(text) if meas == "level"}
    assert rows[bare][0] is None and rows[bare][1] == printed and FLAG in rows[bare][2]
    assert rows[carrier[0]][0] == carrier[1] and FLAG not in rows[carrier[0]][2]


@pytest.mark.parametrize(
    "text,expected",
    [
        # within the allowance: 亿 two more digits, 万 one more; no magnitude: nothing to doubt
        ("全县地区生产总值、财政总收入分别为152、8.5亿元。", {("gdp", 152.0), ("fiscal_revenue", 8.5)}),
        ("城镇、农村居民人均可支配收入分别为12.6、1.9万元。", {("urban_income", 126000.0), ("rural_income", 19000.0)}),
        ("城镇、农村居民人均可支配收入分别为35680、16520元。", {("urban_income", 35680.0), ("rural_income", 16520.0)}),
    ],
)
def test_bare_list_figures_within_the_allowance_take_the_magnitude(text, expected):
    got = {(ind, v) for ind, meas, v, _printed, flags in _rows(text) if meas == "level" and FLAG not in flags}
    assert got == expected


def test_a_concentration_given_the_milligrams_of_a_later_member_is_flagged():
    """PM2.5、PM10、一氧化碳分别为35、58、1.1毫克/立方米: the last unit belongs to CO alone; 35 000
    微克/立方米 is kept as read but flagged, never passed as a plain figure."""
    rows = _rows("全县PM2.5、PM10、一氧化碳浓度分别为35、58、1.1毫克/立方米。")
    pm = {ind: (v, flags) for ind, meas, v, _p, flags in rows if ind in ("pm25", "pm10")}
    assert pm and all("implausible_level" in flags for _v, flags in pm.values())
