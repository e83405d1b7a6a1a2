"""Constructions found in session 10: a single month opening a sentence (or a paragraph) that dates an
administrative act (2020年9月,经县级验收认定,…; 2019年12月,经省政府批准,…). The figures after it are
the state the act found in that year (贫困发生率由1.33%下降为零, 减少贫困人口1.2万人), not the month's
own figures: before, they were dated to that single month (M9, M12), so the year's final poverty
incidence never reached the whole-year cell of the panel. The month of a statistic (2023年6月,经监测,
…优良率为81.5% in a monthly bulletin; 2020年11月,全县贫困发生率降至0.38% with no act) keeps its month.
The words of an act are the cue ``time event_after_month`` in ``govkit/data/extract/cues.tsv``.

Each case is a short passage of its own (not copied from a dev set): the facts it must give
(indicator, measure, value, year, subperiod, kind, period_start) and the keys it must not give.
"""

from __future__ import annotations

import pytest
from passages import check_case

SUMMARY_2020 = {"year": 2020, "report_date": "2020-12-10"}

CASES: list[dict] = [
    {
        "id": "verified_by_the_county_in_a_month",
        "text": (
            "XX县2020年脱贫攻坚工作总结\n2019年底,全县贫困发生率降至1.33%。2020年9月,经县级验收认定,"
            "剩余贫困人口全部脱贫,贫困发生率由1.33%下降为零。"
        ),
        "facts": [
            ("poverty_incidence", "level", 1.33, 2019, "", "actual", None),
            ("poverty_incidence", "level", 0.0, 2020, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "level", 0.0, 2020, "M9")],
    },
    {
        "id": "approved_by_the_province_in_december_of_the_year_before",
        "text": (
            "XX县2020年脱贫攻坚工作总结\n2019年12月,经省政府批准,全县退出贫困县序列,贫困发生率降至0.46%,"
            "减少贫困人口1.2万人。"
        ),
        "facts": [
            ("poverty_incidence", "level", 0.46, 2019, "", "actual", None),
            ("poverty_people_lifted", "level", 12000.0, 2019, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "level", 0.46, 2019, "M12")],
    },
    {
        "id": "evaluated_by_a_third_party_opening_a_paragraph",
        "text": (
            "XX县2020年脱贫攻坚工作总结\n一、基本情况\n2020年9月,经省级第三方评估验收,我县综合贫困发生率降至0.21%,"
            "群众认可度98.6%。当年全县减少贫困人口3512人。"
        ),
        "facts": [
            ("poverty_incidence", "level", 0.21, 2020, "", "actual", None),
            ("poverty_people_lifted", "level", 3512.0, 2020, "", "actual", None),
        ],
        "absent": [("poverty_people_lifted", "level", 3512.0, 2020, "M9")],
    },
    # ---- near misses: the month of a statistic keeps its month
    {
        "id": "monitored_in_a_month_of_a_bulletin",
        "text": "2023年6月,经监测,全县空气质量优良率为81.5%。",
        "facts": [("good_air_rate", "level", 81.5, 2023, "M6", "actual", None)],
        "absent": [("good_air_rate", "level", 81.5, 2023, "")],
    },
    {
        "id": "a_month_with_no_act",
        "text": "2020年11月,全县贫困发生率降至0.38%。",
        "facts": [("poverty_incidence", "level", 0.38, 2020, "M11", "actual", None)],
        "absent": [("poverty_incidence", "level", 0.38, 2020, "")],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_a_month_that_dates_an_act(case):
    check_case(case, SUMMARY_2020)
