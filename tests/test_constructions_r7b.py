"""Constructions of the poverty and rural-revitalisation family found by probing work reports,
poverty-alleviation summaries, assessment self-checks and 巩固衔接 reports: a count summed since the
campaign began (累计脱贫…) is not the year's count; its span is known when the text dates it (精准扶贫以来,
建档立卡以来, 自2014年开展精准扶贫以来, 进入过渡期以来) and unknown otherwise (then no fact); villages still
poor (未出列) and the people once lifted (共有脱贫人口…, a population) are not counts lifted.

Each case is a short passage of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and the
keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2019, "report_date": "2020-01-10", "region": "临泉县", "level": "county"}
META_2023 = {"year": 2023, "report_date": "2024-01-16"}

CASES: list[dict] = [
    # ---- 累计 with no span of known start: a sum since the campaign began, not the year's count
    {
        "id": "cumulative_after_the_years_count",
        "text": (
            "一、2019年工作回顾\n"
            "脱贫攻坚取得决定性进展。全年减少贫困人口2.1万人,累计脱贫3.8万户12.6万人,贫困发生率降至0.6%。"
        ),
        "facts": [
            ("poverty_people_lifted", "level", 21000.0, 2019, "", "actual", None),
            ("poverty_incidence", "level", 0.6, 2019, "", "actual", None),
        ],
        "absent": [("poverty_people_lifted", "level", 126000.0), ("poverty_households_lifted", "level", 38000.0)],
    },
    {
        "id": "cumulative_after_a_year_and_a_figure",
        "text": (
            "蒙城县2019年脱贫攻坚工作总结\n"
            "2019年,全县脱贫6215户1.8万人,退出贫困村9个;累计退出贫困村86个,累计投入扶贫资金38.2亿元。"
        ),
        "meta": {"region": "蒙城县"},
        "facts": [
            ("poverty_households_lifted", "level", 6215.0, 2019, "", "actual", None),
            ("poverty_people_lifted", "level", 18000.0, 2019, "", "actual", None),
            ("poverty_villages_exited", "level", 9.0, 2019, "", "actual", None),
        ],
        "absent": [("poverty_villages_exited", "level", 86.0), ("poverty_funds", "level", 38.2)],
    },
    {
        "id": "successively_and_cumulative_in_a_one_year_summary",
        "text": (
            "利辛县2019年脱贫攻坚工作总结\n"
            "近年来,我县先后选派第一书记326名,累计实施易地扶贫搬迁4120户1.5万人。今年选派第一书记45名。"
        ),
        "meta": {"region": "利辛县"},
        "facts": [("first_secretaries", "level", 45.0, 2019, "", "actual", None)],
        "absent": [
            ("first_secretaries", "level", 326.0),
            ("relocation_households", "level", 4120.0),
            ("relocation_people", "level", 15000.0),
        ],
    },
    {
        "id": "cumulative_word_governs_the_segment",
        "meta": {"year": 2020, "report_date": "2021-01-12", "region": "阜南县"},
        "text": (
            "阜南县2020年政府工作报告\n"
            "全县累计退出贫困村64个,贫困人口2.1万户7.3万人,其中我县本级投入扶贫资金9.6亿元;"
            "全年脱贫1826户4210人。监测对象共计685户2310人。"
        ),
        "facts": [
            ("poverty_households_lifted", "level", 1826.0, 2020, "", "actual", None),
            ("poverty_people_lifted", "level", 4210.0, 2020, "", "actual", None),
            ("monitored_people", "level", 2310.0, 2020, "", "actual", None),
        ],
        "absent": [
            ("poverty_villages_exited", "level", 64.0),
            ("poverty_households_lifted", "level", 21000.0),
            ("poverty_people_lifted", "level", 73000.0),
            ("poverty_funds", "level", 9.6),
        ],
    },
    # a paragraph opening on the last year of a five-year review: its 累计 sums over the review's span
    {
        "id": "cumulative_in_a_paragraph_on_the_reviews_last_year",
        "meta": {"year": 2020, "report_date": "2021-01-20", "region": "太和县"},
        "text": (
            "太和县人民政府工作报告\n"
            "一、过去五年工作回顾\n"
            "2020年,全县脱贫攻坚圆满收官,累计投入财政专项扶贫资金12.3亿元,先后选派第一书记86名。\n"
            "二、2021年工作安排\n"
            "今年,全县地区生产总值增长7%。"
        ),
        "facts": [
            ("poverty_funds", "level", 12.3, 2020, "", "actual", 2016),
            ("first_secretaries", "level", 86.0, 2020, "", "actual", 2016),
        ],
        "absent": [("poverty_funds", "level", 12.3, 2020, "", "actual", None)],
    },
    {
        "id": "cumulative_in_a_one_year_review_paragraph",
        "meta": {"year": 2020, "report_date": "2021-01-20", "region": "太和县"},
        "text": (
            "太和县人民政府工作报告\n"
            "一、2020年工作回顾\n"
            "2020年,全县脱贫1826户,累计投入财政专项扶贫资金12.3亿元,先后选派第一书记86名。"
        ),
        "facts": [("poverty_households_lifted", "level", 1826.0, 2020, "", "actual", None)],
        "absent": [("poverty_funds", "level", 12.3), ("first_secretaries", "level", 86.0)],
    },
    {
        "id": "campaign_of_unknown_start",
        "text": "临泉县2019年脱贫攻坚工作总结\n脱贫攻坚战打响以来,全县累计减贫12.6万人,累计改造农村危房1.1万户。",
        "facts": [],
        "absent": [("poverty_people_lifted", "level", 126000.0), ("housing_renovated", "level", 11000.0)],
    },
    # ... while 累计 dated to the year (全年累计, 今年以来累计, 2019年累计 with nothing between) stays the year's
    {
        "id": "cumulative_of_the_year",
        "text": (
            "临泉县2019年脱贫攻坚工作总结\n"
            "全年累计脱贫8562户2.1万人。今年以来,累计投入扶贫资金3.2亿元。2019年,全县累计完成农村危房改造2135户。"
        ),
        "facts": [
            ("poverty_households_lifted", "level", 8562.0, 2019, "", "actual", None),
            ("poverty_people_lifted", "level", 21000.0, 2019, "", "actual", None),
            ("poverty_funds", "level", 3.2, 2019, "", "actual", None),
            ("housing_renovated", "level", 2135.0, 2019, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "cumulative_up_to_a_month_of_the_year",
        "meta": {"year": 2021, "report_date": "2021-12-20", "region": "镇巴县"},
        "text": (
            "镇巴县2021年巩固拓展脱贫攻坚成果考核自查报告\n"
            "截至2021年12月底,全县累计投入衔接资金3.4亿元。\n"
            "截至11月底,全县累计改造农村危房683户。"
        ),
        "facts": [
            ("poverty_funds", "level", 3.4, 2021, "", "actual", None),
            ("housing_renovated", "level", 683.0, 2021, "M1-M11", "actual", None),
        ],
        "absent": [],
    },
    # ---- a span dated by the campaign: from its first year (data/campaigns.csv)
    {
        "id": "since_targeted_poverty_alleviation",
        "text": (
            "临泉县2019年脱贫攻坚工作总结\n"
            "精准扶贫以来,全县累计投入各类扶贫资金45.6亿元,累计实施易地扶贫搬迁5632户2.1万人。"
            "2019年,全县投入扶贫资金8.3亿元。"
        ),
        "facts": [
            ("poverty_funds", "level", 45.6, 2019, "", "actual", 2014),
            ("relocation_households", "level", 5632.0, 2019, "", "actual", 2014),
            ("relocation_people", "level", 21000.0, 2019, "", "actual", 2014),
            ("poverty_funds", "level", 8.3, 2019, "", "actual", None),
        ],
        "absent": [("poverty_funds", "level", 45.6, 2019, "", "actual", None)],
    },
    {
        "id": "since_registration_and_since_the_printed_year",
        "text": (
            "临泉县2019年脱贫攻坚工作总结\n"
            "建档立卡以来,全县累计脱贫3.8万户12.6万人,112个贫困村全部出列。"
            "2014年开展精准扶贫以来,累计改造农村危房1.2万户。自精准扶贫工作开展以来,累计选派第一书记412名。"
        ),
        "facts": [
            ("poverty_households_lifted", "level", 38000.0, 2019, "", "actual", 2014),
            ("poverty_people_lifted", "level", 126000.0, 2019, "", "actual", 2014),
            ("poverty_villages_exited", "level", 112.0, 2019, "", "actual", 2014),
            ("housing_renovated", "level", 12000.0, 2019, "", "actual", 2014),
            ("first_secretaries", "level", 412.0, 2019, "", "actual", 2014),
        ],
        "absent": [
            ("poverty_people_lifted", "level", 126000.0, 2019, "", "actual", None),
            ("housing_renovated", "level", 12000.0, 2014),
        ],
    },
    {
        "id": "since_the_transition_period",
        "meta": META_2023,
        "text": (
            "临泉县2023年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作总结\n"
            "进入过渡期以来,全县累计投入衔接资金12.6亿元,累计纳入防返贫监测对象5632户1.8万人。"
            "2023年,全县投入衔接资金4.1亿元。"
        ),
        "facts": [
            ("poverty_funds", "level", 12.6, 2023, "", "actual", 2021),
            ("monitored_people", "level", 18000.0, 2023, "", "actual", 2021),
            ("poverty_funds", "level", 4.1, 2023, "", "actual", None),
        ],
        "absent": [("poverty_funds", "level", 12.6, 2023, "", "actual", None)],
    },
    # the part of the registered poor already lifted counts since registration (2014)
    {
        "id": "registered_poor_already_lifted",
        "text": (
            "临泉县2019年脱贫攻坚工作汇报\n"
            "全县有建档立卡贫困村89个、贫困户2.2万户8.1万人,其中已脱贫7.9万人,剩余贫困人口612户1830人,"
            "贫困发生率降至0.9%。全县共有建档立卡贫困户1.3万户,目前已累计脱贫1.2万户4.4万人。"
        ),
        "facts": [
            ("poverty_people_lifted", "level", 79000.0, 2019, "", "actual", 2014),
            ("poverty_incidence", "level", 0.9, 2019, "", "actual", None),
            ("poverty_households_lifted", "level", 12000.0, 2019, "", "actual", 2014),
            ("poverty_people_lifted", "level", 44000.0, 2019, "", "actual", 2014),
        ],
        "absent": [
            ("poverty_people_lifted", "level", 79000.0, 2019, "", "actual", None),
            ("poverty_people_lifted", "level", 1830.0),
            ("poverty_people_lifted", "level", 81000.0),
        ],
    },
    {
        "id": "registered_poor_lifted_up_to_a_printed_year",
        "meta": {"year": 2020, "report_date": "2020-11-20", "region": "东乡县"},
        "text": (
            "东乡县脱贫攻坚工作汇报\n"
            "2019年底,全县有建档立卡贫困户1.9万户8.8万人,其中已脱贫8.5万人,62个贫困村全部退出。"
            "2018年,精准扶贫以来累计投入扶贫资金31亿元。"
        ),
        "facts": [
            ("poverty_people_lifted", "level", 85000.0, 2019, "", "actual", 2014),
            ("poverty_villages_exited", "level", 62.0, 2019, "", "actual", 2014),
            ("poverty_funds", "level", 31.0, 2018, "", "actual", 2014),
        ],
        "absent": [("poverty_people_lifted", "level", 85000.0, 2020), ("poverty_funds", "level", 31.0, 2020)],
    },
    # ---- villages still poor (未出列/未退出) are not villages exited
    {
        "id": "villages_not_yet_exited",
        "text": (
            "临泉县2019年脱贫攻坚工作总结\n"
            "全年退出贫困村9个,还有3个贫困村未出列。全县尚有2个深度贫困村未退出,剩余贫困人口836户1925人。"
        ),
        "facts": [("poverty_villages_exited", "level", 9.0, 2019, "", "actual", None)],
        "absent": [
            ("poverty_villages_exited", "level", 3.0),
            ("poverty_villages_exited", "level", 2.0),
            ("poverty_households_lifted", "level", 836.0),
            ("poverty_people_lifted", "level", 1925.0),
        ],
    },
    # ---- the people once lifted, a population in a 巩固衔接 report: not lifted in the year
    {
        "id": "population_of_people_once_lifted",
        "meta": META_2023,
        "text": (
            "临泉县2023年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作总结\n"
            "全县共有脱贫人口3.2万户10.5万人,监测对象2563户8621人。现有建档立卡脱贫户2.9万户,脱贫人口人均纯收入达到15230元。"
        ),
        "facts": [
            ("monitored_people", "level", 8621.0, 2023, "", "actual", None),
            ("poverty_income", "level", 15230.0, 2023, "", "actual", None),
        ],
        "absent": [("poverty_people_lifted",), ("poverty_households_lifted",)],
    },
    {
        "id": "people_once_lifted_after_the_campaign",
        "meta": {"year": 2022, "report_date": "2023-01-15", "region": "颍上县"},
        "text": (
            "颍上县2022年巩固衔接工作总结\n"
            "全县共有脱贫户3.2万户、脱贫人口10.5万人。全县脱贫人口9.8万人,其中有劳动能力的6.1万人。"
            "2020年,全县脱贫人口2.1万人。"
        ),
        "facts": [("poverty_people_lifted", "level", 21000.0, 2020, "", "actual", None)],
        "absent": [("poverty_people_lifted", "level", 105000.0), ("poverty_people_lifted", "level", 98000.0)],
    },
    # ---- the people once lifted in work (务工规模, 务工就业): transfer employment, not people lifted
    {
        "id": "people_once_lifted_in_work",
        "meta": META_2023,
        "text": (
            "临泉县2023年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作总结\n"
            "全县脱贫人口务工规模达到9.1万人,同比增长3.2%。\n"
            "二、2024年工作打算\n"
            "确保脱贫人口人均纯收入增长10%以上,脱贫劳动力务工就业稳定在8.5万人以上。"
        ),
        "facts": [
            ("poverty_labor_transfer", "level", 91000.0, 2023, "", "actual", None),
            ("poverty_labor_transfer", "yoy_pct", 3.2, 2023, "", "actual", None),
            ("poverty_income", "yoy_pct", 10.0, 2024, "", "target", None),
            ("poverty_labor_transfer", "level", 85000.0, 2024, "", "target", None),
        ],
        "absent": [("poverty_people_lifted",)],
    },
    # ---- guards: constructions read right already, kept so by the rules above
    {
        "id": "guards_parts_people_and_funds",
        "text": (
            "临泉县2019年脱贫攻坚工作总结\n"
            "全年投入衔接资金2.3亿元,其中中央资金1.1亿元。选派第一书记136名、驻村工作队员412名,组建驻村工作队136支。"
            "完成易地扶贫搬迁安置1268户4582人,建成集中安置点23个。全年完成农村危房改造2135户,发放危房改造资金4260万元。"
            "全年返贫52户183人,新增致贫人口41人。"
        ),
        "facts": [
            ("poverty_funds", "level", 2.3, 2019, "", "actual", None),
            ("first_secretaries", "level", 136.0, 2019, "", "actual", None),
            ("village_work_teams", "level", 136.0, 2019, "", "actual", None),
            ("relocation_households", "level", 1268.0, 2019, "", "actual", None),
            ("relocation_people", "level", 4582.0, 2019, "", "actual", None),
            ("housing_renovated", "level", 2135.0, 2019, "", "actual", None),
        ],
        "absent": [
            ("poverty_funds", "level", 1.1),
            ("village_work_teams", "level", 412.0),
            ("relocation_households", "level", 23.0),
            ("poverty_people_lifted",),
            ("poverty_households_lifted",),
        ],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
