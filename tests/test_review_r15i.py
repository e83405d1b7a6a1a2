"""Review (session 13, reviewer r15k2) of helper k15's rules (tests/test_constructions_r15.py), by class:

B. A stretch goal after a goal (增长6%以上,力争7%: two targets). Too broad: after a part of the year's outturn
   (前三季度…规模以上工业增加值增长7.5%,力争8%) the striving rate was made a target of that part (Q1-Q3 8%, a
   wrong number beside the outturn). Now the figure before must have been read as a goal (a target or an
   estimate), not an actual; a part-year goal's stretch (一季度增长5%以上,力争5.5%) stays.
C. 预计 opening a sentence governs its later ;-segments unless 预计 marks a later segment again. Too broad:
   a later 预计 of a project's date (光伏项目预计明年6月投产) made the segments between outturns; now the later
   预计 counts only with a figure after it in its segment. A segment naming its own part of the year is an
   outturn only when the part ends before December (四季度 in a report of December is estimated with the year).
D. 较去年底/比去年末/比上年底增长 as the year's growth. Too broad: in a report dated within the year described
   (目前,…贷款余额…,较去年底增长8.2% in a speech of July) it made growth since January the year's yoy_pct.
   Now an outturn on last year's end base needs the year's end named in the sentence (年末, 年底, 12月末) or a
   report dated after the year; goals and estimates (aiming at the year's end) keep it.
F. A goal then its outturn (今年…要达到50亿元,实际完成52亿元: 今年 is the year reviewed). Too broad: a plan's
   own goal after 实际完成 (今年要确保固定资产投资实际完成55亿元以上) or 完成情况 without a figure
   (…,各乡镇要按月报送完成情况) turned the plan's 今年 into the year reviewed (a 2024 target read as a 2023
   actual/target). Now the outturn's words need their figure right after them and a figure between the goal
   word and them.

Each case is a short passage of its own; all but the near misses failed before this review's changes.
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county's work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "黄龙县", "level": "county"}
JULY = {"report_date": "2023-07-20"}
DECEMBER = {"report_date": "2023-12-20"}
PLAN = "2024年全县经济社会发展主要预期目标是:"

CASES: list[dict] = [
    # ---- B. a striving rate after an outturn is no stretch of a goal
    {
        "id": "striving_after_three_quarters_outturn",
        "text": "前三季度,全县规模以上工业增加值增长7.5%,力争8%。",
        "facts": [("industrial_va", "yoy_pct", 7.5, 2023, "Q1-Q3", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 8.0)],
    },
    {
        "id": "striving_after_months_outturn_in_a_speech",
        "meta": DECEMBER,
        "text": "1-11月,全县社会消费品零售总额增长6%,争取7%。",
        "facts": [],
        "absent": [("retail_sales", "yoy_pct", 7.0)],
    },
    {
        # near miss: a part-year goal and its stretch (passes before and after)
        "id": "quarter_goal_and_its_stretch",
        "text": PLAN + "地区生产总值增长6%以上,力争7%,其中一季度增长5%以上,力争5.5%。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2024, "", "target", None),
            ("gdp", "yoy_pct", 5.5, 2024, "Q1", "target", None),
        ],
        "absent": [],
    },
    # ---- C. 预计 again without a figure; a part running to the year's end
    {
        "id": "later_estimate_of_a_project_date",
        "meta": DECEMBER,
        "text": "预计全年地区生产总值增长6%;规模以上工业增加值增长8%,固定资产投资增长10%;"
        "年内新开工的光伏项目预计明年6月投产。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.0, 2023, "", "estimate", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "estimate", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 8.0, 2023, "", "actual")],
    },
    {
        "id": "estimate_then_fourth_quarter",
        "meta": DECEMBER,
        "text": "预计全年地区生产总值增长6%;四季度,规模以上工业增加值增长9%。",
        "facts": [("industrial_va", "yoy_pct", 9.0, 2023, "Q4", "estimate", None)],
        "absent": [("industrial_va", "yoy_pct", 9.0, 2023, "Q4", "actual")],
    },
    {
        # near miss: 预计 again before figures (k15's construction, passes before and after)
        "id": "estimate_marked_again_with_figures",
        "meta": DECEMBER,
        "text": "预计全年地区生产总值增长6%;规模以上工业增加值增长8%;城乡居民人均可支配收入预计分别增长5%、7%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.0, 2023, "", "estimate", None),
        ],
        "absent": [],
    },
    # ---- D. growth since last year's end within the year
    {
        "id": "loans_so_far_in_a_july_speech",
        "meta": JULY,
        "text": "目前,全县金融机构各项贷款余额125.6亿元,较去年底增长8.2%。",
        "facts": [],
        "absent": [("loan_balance", "yoy_pct")],
    },
    {
        "id": "loans_so_far_in_a_december_speech",
        "meta": DECEMBER,
        "text": "截至目前,全县金融机构各项贷款余额125.6亿元,比去年末增长8.2%。",
        "facts": [],
        "absent": [("loan_balance", "yoy_pct")],
    },
    {
        # near miss: the year's end named in a report of December (passes before and after)
        "id": "loans_at_named_year_end_in_a_december_report",
        "meta": DECEMBER,
        "text": "截至2023年12月末,全县金融机构各项贷款余额125.6亿元,较去年底增长8.2%。",
        "facts": [("loan_balance", "yoy_pct", 8.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: a report of January on the year before (passes before and after)
        "id": "loans_in_a_january_report",
        "text": "全县金融机构各项贷款余额125.6亿元,较去年底增长8.2%。",
        "facts": [("loan_balance", "yoy_pct", 8.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: a goal aims at the year's end (passes before and after)
        "id": "loans_goal_on_last_year_end",
        "text": PLAN + "金融机构各项贷款余额较去年底增长10%,地区生产总值增长6%。",
        "facts": [("loan_balance", "yoy_pct", 10.0, 2024, "", "target", None)],
        "absent": [],
    },
    # ---- F. 实际完成 or 完成情况 that is no outturn after the goal
    {
        "id": "plan_goal_after_shiji_wancheng",
        "text": "今年要确保全县固定资产投资实际完成55亿元以上。",
        "facts": [("fai", "level", 55.0, 2024, "", "target", None)],
        "absent": [("fai", "level", 55.0, 2023)],
    },
    {
        "id": "plan_goal_then_report_on_progress",
        "text": "今年全县固定资产投资要达到55亿元,各乡镇要按月报送完成情况。",
        "facts": [("fai", "level", 55.0, 2024, "", "target", None)],
        "absent": [("fai", "level", 55.0, 2023)],
    },
    {
        # near miss: k15's goal then outturn (passes before and after)
        "id": "goal_then_outturn_still_reviewed",
        "text": "今年全县粮食总产量目标为12万吨,实际完成12.6万吨。",
        "facts": [
            ("grain_output", "level", 12.0, 2023, "", "target", None),
            ("grain_output", "level", 12.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: 实际到位 after a plan's goal is no outturn (passes before and after)
        "id": "plan_funds_in_place",
        "text": "今年全县招商引资要达到50亿元,实际到位资金30亿元以上。",
        "facts": [("investment_attracted", "level", 50.0, 2024, "", "target", None)],
        "absent": [("investment_attracted", "level", 50.0, 2023)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_review(case):
    check_case(case, META)
