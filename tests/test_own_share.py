"""其中我县 after another place's figure: the own region's part is the report's fact when the other
place is the subject of an earlier clause (全市投入…,其中我县投入…), not when it is one of a list of
funding levels (投入中央、省、市、县财政专项扶贫资金…,其中我县投入…: the county's own contribution)."""

from __future__ import annotations

import pytest

import govkit

META = {"year": 2023, "report_date": "2024-01-10"}


def _levels(text: str) -> dict[str, float]:
    f = govkit.extract_facts(text, doc_id="share", meta=META)
    return {r.indicator: float(r.value) for r in f.itertuples() if r.measure == "level"}


@pytest.mark.parametrize(
    "text,indicator,value",
    [
        ("全市全年累计投入扶贫资金45亿元,其中我县投入6.2亿元。", "poverty_funds", 6.2),  # (an undated 累计: no fact)
        ("2019年全市投入扶贫资金45亿元,其中我县投入6.2亿元。", "poverty_funds", 6.2),  # a time before the place
        ("今年以来，全省共减少贫困人口52万人，其中我县减少1.3万人。", "poverty_people_lifted", 13000.0),
    ],
)
def test_the_own_part_of_the_subject_places_figure(text, indicator, value):
    assert _levels(text) == {indicator: value}


@pytest.mark.parametrize(
    "text",
    [
        "2023年，累计投入中央、省、市、县财政专项扶贫资金5.6亿元，其中我县投入1.2亿元。",
        "全年整合中央和省级财政涉农资金3.8亿元，其中我县统筹投入0.9亿元。",
        "中央、省、市三级投入扶贫资金2.4亿元，其中我县投入0.6亿元。",
    ],
)
def test_not_the_contribution_of_one_funding_level_in_a_list(text):
    assert "poverty_funds" not in _levels(text)
