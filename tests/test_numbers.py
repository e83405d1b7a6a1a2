"""The number and unit parser."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govkit.facts.numbers import convert, find_quantities, parse_chinese_number, parse_number


@pytest.mark.parametrize(
    "text,value",
    [
        ("三十二", 32),
        ("两千", 2000),
        ("一百二十", 120),
        ("十九", 19),
        ("三分之二", 2 / 3),
        ("一千零五", 1005),
    ],
)
def test_chinese_numerals(text, value):
    assert parse_chinese_number(text) == pytest.approx(value)


def test_numerals_below_a_hundred_read_from_the_table_as_cn2an_reads_them():
    """Numerals below a hundred are read without cn2an (its import is slow): every form the table
    reads (a digit, or an optional digit, 十 and an optional digit) has cn2an's value; a form
    outside it (一百零五, 十零, 一二) still goes to cn2an."""
    import cn2an

    digits = "零〇一二两三四五六七八九"
    tens = ["", *digits[2:]]  # none, or 一 二 两 … 九
    ones = ["", *digits[2:].replace("两", "")]  # none, or 一 … 九
    forms = list(digits) + [t + "十" + o for t in tens for o in ones]
    assert len(set(forms)) == 12 + 11 * 10
    parse_chinese_number.cache_clear()
    for text in forms:
        assert parse_chinese_number(text) == float(cn2an.cn2an(text.replace("〇", "零"), "smart")), text
    for text in ("一百零五", "一二", "十零", "两十两"):
        try:
            expected: float | None = float(cn2an.cn2an(text, "smart"))
        except (ValueError, KeyError, IndexError, TypeError):
            expected = None
        assert parse_chinese_number(text) == expected, text


@pytest.mark.parametrize("text,value", [("1,234.5", 1234.5), ("1.6万", 16000), ("3亿", 3e8), ("92.45", 92.45)])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text,target,value",
    [
        ("92.45亿元", "亿元", 92.45),
        ("3969万元", "亿元", 0.3969),
        ("1.6万户", "户", 16000),
        ("8万亩", "亩", 80000),
        ("8884公顷", "亩", 133260),
        ("26.92亿斤", "万吨", 134.6),
        ("243万人次", "万人次", 243),
        ("1350万美元", "万美元", 1350),
        ("两千人", "人", 2000),
        ("132名", "人", 132),
        ("1,234.5万元", "亿元", 0.123450),
        ("30万元", "亿元", 0.003),
        ("百亿元", "亿元", 100),
        ("1.1580亿元", "亿元", 1.158),
    ],
)
def test_units_convert_to_the_catalog_unit(text, target, value):
    (q,) = find_quantities(text)
    assert convert(q, target) == pytest.approx(value, rel=1e-9)


def test_percent_points_ranges_and_masks():
    qs = find_quantities("增长-18.9%,提高2.3个百分点,***亿元,*%,三分之二")
    assert [(q.value, q.unit, q.masked) for q in qs] == [
        (-18.9, "%", False),
        (2.3, "个百分点", False),
        (None, "元", True),
        (None, "%", True),
        (pytest.approx(200 / 3), "%", False),
    ]


def test_years_dates_and_codes_are_not_quantities():
    assert find_quantities("2020年12月30日,十三五期间,十九大,一年来") == []
    qs = find_quantities("PM2.5年均浓度19微克/立方米")
    assert [q.value for q in qs] == [19]


def test_incompatible_units_do_not_convert():
    (q,) = find_quantities("12万吨")
    assert convert(q, "亿元") is None


def test_approximate_words_are_kept():
    (q,) = find_quantities("95%以上")
    assert q.value == 95 and q.approx == "以上"
    (q,) = find_quantities("8000多名")
    assert q.value == 8000 and q.unit == "名"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_never_crashes_and_spans_are_exact(text):
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.value is None or math.isfinite(q.value)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=1000))
def test_pathological_long_numbers(digits):
    qs = find_quantities(digits + "亿元")
    assert qs and qs[-1].text.endswith("亿元")
