"""Review of the rules merged in session 9 (0ca6b6f..s9-rev): the same words in other constructions.

Each class holds passages of our own (not from any corpus) that use a rule's words in another
construction; the cases marked "fixed" failed at s9-rev before this review, the guards passed before
and after.

* The year of an undated work report from its plan part (d662e31): a plan line whose plan is
  reviewed is no plan ahead: 2023年主要目标任务全面完成, 2023年国民经济和社会发展计划执行情况总体良好,
  2023年主要预期目标为…,全年实际增长6.1% (its sentence tells the outturn) name the year described, not
  the year ahead; before the review such a report was dated a year early (2022) (fixed: cue year
  plan_line_done). An older year of the review (比2022年增长, 2021年以来,…) no longer dates a report
  with a plan part: the year before the year ahead does (fixed). The plan part of a text without a
  work report's words (政府工作报告, 各位代表: cue year plan_part_report) dates nothing: a web article of
  mid-2024 printing 2024年目标任务 (typed 新闻报道 by its body) was dated 2023 (fixed). A five-year
  plan's goal line (今后五年…2025年主要目标是…: cue year plan_five_years) is not the year ahead. Guards:
  2024年主要目标是实现… stays a plan, news of the session, a five-year line beside the year's plan line.
  Strict xfails: 2024年是…关键之年 with no dated plan line (read as the year described; fixed in r12d), a five-year
  goal line alone in a report on 2020 (dated 2025, as before d662e31), an untitled excerpt typed as a
  工作总结 by its body (2024年工作思路) dated by its plan year.
* 全市 as the own words of a masked report (bdc37f4): only the last masked unit of the title is the
  report's own (XX市XX县, 某市某区, XX市XX镇: 全市 is the prefecture, another place) (fixed:
  division_mentions.own_masked_unit); in a masked town's or township's report (XX县XX镇, 某乡) 全县
  is its county's, not its own (fixed, older than bdc37f4: every unit word counted as own when the
  region is masked); XX市 alone keeps 全市, XX县 全县 (guards).
* 持平 as a growth of zero (b99602b): held; guards for a part of the year (1-6月…同比持平 → M1-M6), a
  level before it (35.6万吨,与上年持平), 基本持平, a share, a rate indicator, a growth rate printed
  before it, a plan's 持平 (a target).
* An undeclared plan then 实际… (c202aaf): 实际收获 is no outturn of the area sown
  (播种面积120万亩,实际收获118万亩: 120 stays the area sown, not a target) (fixed: target
  bound_then_outturn without 收获); 实际利用外资 in a ;-segment keeps its own subject (guard).
* Undated debt sums and 去年以来 (d4ef3fe, f38530d): held; guards (全年累计化解…, 2023年,…化解…, a
  January report on the year ended, a July speech with 今年1-6月). Too narrow: 去年下半年以来 in a July
  speech is still read as 2022 H2 (strict xfail).
* Report types from the body (4ca8452): a title-less work summary that quotes 该县 and 据了解 is a
  工作总结, not a news story (its 存在的问题 / 下步打算 headings veto the news row); 满分100分 with 考核 in
  a news article or a work report excerpt is no self-check's own score (fixed: the self-check body no
  longer takes 满分); an untitled air-quality bulletin (1-5月,…优良天数比例…同比增长…;PM10…同比下降) is no
  经济运行分析 (its words veto that body row; it stays untyped, as before); an article quoting a
  speech's opening (致辞表示:“女士们、先生们,…”) is no 讲话 (the quote vetoes the speech row); guards: a bulletin excerpt, a part-year review with 下一步, a speech with 据了解.
"""

from __future__ import annotations

import pytest
from passages import check_case, recognised

WR = "政府工作报告\n各位代表:\n"

# ---- the year of an undated work report (d662e31)
YEAR_CASES: list[dict] = [
    {  # fixed
        "id": "plan_of_the_year_reviewed_done",
        "text": WR + "2023年,全县地区生产总值增长6.1%。2023年主要目标任务全面完成。\n"
        "二、2024年主要目标任务\n地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {  # fixed
        "id": "plan_execution_reviewed_in_a_sentence",
        "text": WR + "过去一年,全县地区生产总值增长6.1%。\n"
        "2023年国民经济和社会发展计划执行情况总体良好,主要指标完成年度目标,一般公共预算收入增长5.2%,"
        "规上工业增加值增长7.5%,固定资产投资增长9.1%,社会消费品零售总额增长6.6%。\n"
        "二、2024年主要目标任务\n地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.2, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.1, 2022)],
    },
    {  # fixed
        "id": "plan_of_the_year_with_its_outturn",
        "text": WR + "过去一年,全县经济稳中向好。2023年主要预期目标为地区生产总值增长6%,全年实际增长6.1%。\n"
        "二、2024年主要目标任务\n地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {  # fixed: an older year of the review is not the year described
        "id": "older_year_in_the_review_with_a_plan_part",
        "text": WR + "过去一年,全县地区生产总值达到305亿元,比2022年增长6.1%,城镇居民人均可支配收入较2020年增长18%。\n"
        "二、2024年主要目标任务\n地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [("gdp", "level", 305.0, 2023, "", "actual", None)],
        "absent": [("gdp", "level", 305.0, 2022)],
    },
    {  # fixed: a sentence opening on an older year (2021年以来) is not the year described
        "id": "span_since_an_older_year_with_a_plan_part",
        "text": WR + "过去一年,全县地区生产总值增长6.1%。2021年以来,全县累计新增城镇就业1.2万人。\n"
        "二、2024年主要目标任务\n地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.1, 2021)],
    },
    {  # guard: a five-year goal line beside the year's plan line
        "id": "five_year_goal_line_beside_the_year_plan",
        "text": WR + "过去一年,全县地区生产总值增长2.1%。\n今后五年的奋斗目标是:\n"
        "2025年主要目标是:地区生产总值达到500亿元。\n2021年主要预期目标是:地区生产总值增长6%左右。",
        "year": 2020,
        "facts": [
            ("gdp", "yoy_pct", 2.1, 2020, "", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2021, "", "target", None),
        ],
        "absent": [],
    },
    {  # fixed: a website article (新闻报道, no session words) printing its own year's plan
        "id": "article_with_the_plan_of_its_own_year",
        "text": "民和:项目建设跑出加速度\n今年以来,民和县坚持项目为王,1-6月完成固定资产投资35.2亿元,同比增长12.1%。\n"
        "2024年目标任务:全年完成固定资产投资80亿元。据了解,该县已开工项目98个。",
        "year": 2024,
        "facts": [("fai", "yoy_pct", 12.1, 2024, "M1-M6", "actual", None)],
        "absent": [("fai", "yoy_pct", 12.1, 2023)],
    },
    {  # guard: a past year's plan named in the review (2022年计划实施的项目) beside the review year printed
        "id": "near_past_plan_sentence_with_review_year",
        "text": WR + "2023年,全县地区生产总值增长6.1%。\n2022年计划实施的项目全部完工。\n"
        "二、2024年主要目标任务\n地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {  # fixed at 4ca8452 (比2022年 dated it 2022); guard for 从实际出发 in the plan sentence (no outturn)
        "id": "near_plan_sentence_from_reality",
        "text": WR + "过去一年,全县地区生产总值增长6.1%,比2022年提高0.5个百分点。\n"
        "2024年工作的总体要求是:坚持从实际出发,推动高质量发展。今年地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {  # guard: 实现 opening a plan's goals is no review
        "id": "near_plan_line_opening_on_shixian",
        "text": WR + "过去一年,全县地区生产总值增长6.1%。\n2024年主要目标是实现地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {  # guard: the planned year's 实际利用外资 is the plan's
        "id": "near_plan_line_with_fdi_goal",
        "text": WR + "过去一年,全县地区生产总值增长6.1%。\n"
        "2024年主要预期目标:地区生产总值增长6%左右,实际利用外资增长5%。",
        "year": 2023,
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {  # guard: news of the session
        "id": "near_news_of_the_session",
        "text": "本报讯 县十八届人大三次会议开幕。县长作政府工作报告。报告指出,过去一年,全县地区生产总值增长6.1%。"
        "2024年主要预期目标是:地区生产总值增长6%左右。",
        "year": 2023,
        "facts": [("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", YEAR_CASES, ids=[c["id"] for c in YEAR_CASES])
def test_year_of_an_undated_work_report(case):
    assert recognised(case["text"], case["id"])["year"] == case["year"]
    check_case(case, {})


@pytest.mark.xfail(
    strict=True,
    reason="a five-year plan's goal line (2025年主要目标是…) is the only year printed in an undated report on "
    "2020 (its year plan says 今年): it is no longer taken for the year ahead (cue year plan_five_years), "
    "but the latest year printed still dates the report (2025), as before d662e31; giving no year "
    "instead sends 今年 astray (a target dated 2005 in a probe): not done in time",
)
def test_five_year_goal_line_is_not_the_year_ahead():
    text = (
        WR + "过去一年,全县地区生产总值增长2.1%。\n今后五年的奋斗目标是:\n"
        "2025年主要目标是:地区生产总值达到500亿元。\n今年主要预期目标是:地区生产总值增长6%左右。"
    )
    assert recognised(text, "five_year_goal")["year"] in (2020, None)


@pytest.mark.xfail(
    strict=True,
    reason="an untitled excerpt typed 工作总结 by its body (问题和不足, 2024年工作思路) is dated by its plan "
    "year (2024; before the body types it was untyped and dated 2024 too): the plan part dates only "
    "delivered reports (year_by_genre.csv delivery), extending it to summaries needs its own review",
)
def test_untitled_summary_dated_by_its_plan_part():
    text = (
        "一年来,全县地区生产总值增长6.1%。\n同时,我们也清醒地看到,经济发展中还存在一些问题和不足。\n"
        "2024年工作思路\n今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。"
    )
    assert recognised(text, "summary_plan_part")["year"] == 2023


def test_year_ahead_named_as_a_key_year():
    # (a strict xfail until r12d: the key year right before the plan of 今年 is the year ahead, year key_year_ahead)
    text = (
        WR + "过去一年,全县地区生产总值增长6.1%。\n2024年是实施“十四五”规划的关键之年。"
        "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。"
    )
    assert recognised(text, "key_year")["year"] == 2023


# ---- 全市 in a masked report (bdc37f4)
MASKED_CASES: list[dict] = [
    {  # fixed
        "id": "masked_city_and_county_title",
        "text": "XX市XX县2023年政府工作报告\n2023年,全县地区生产总值增长5.4%;全市地区生产总值增长4.8%。",
        "facts": [("gdp", "yoy_pct", 5.4, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 4.8)],
    },
    {  # fixed
        "id": "masked_city_and_district_title",
        "text": "某市某区2023年政府工作报告\n2023年,全区地区生产总值增长5.4%;全市地区生产总值增长4.8%。",
        "facts": [("gdp", "yoy_pct", 5.4, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 4.8)],
    },
    {  # fixed
        "id": "masked_city_and_town_title",
        "text": "XX市XX镇2023年工作总结\n2023年,全镇农村居民人均可支配收入增长7.4%;全市农村居民人均可支配收入增长6.8%。",
        "facts": [("rural_income", "yoy_pct", 7.4, 2023, "", "actual", None)],
        "absent": [("rural_income", "yoy_pct", 6.8)],
    },
    {  # fixed: a masked town's report quotes its county (全县)
        "id": "masked_county_and_town_title",
        "text": "XX县XX镇2023年工作总结\n2023年,全镇农村居民人均可支配收入增长7.4%;全县农村居民人均可支配收入增长6.8%。",
        "facts": [("rural_income", "yoy_pct", 7.4, 2023, "", "actual", None)],
        "absent": [("rural_income", "yoy_pct", 6.8)],
    },
    {  # fixed
        "id": "masked_township_title",
        "text": "某乡2023年工作总结\n2023年,全乡农村居民人均可支配收入增长7.4%;全县农村居民人均可支配收入增长6.8%。",
        "facts": [("rural_income", "yoy_pct", 7.4, 2023, "", "actual", None)],
        "absent": [("rural_income", "yoy_pct", 6.8)],
    },
    {  # guard: a masked county's 全县
        "id": "near_masked_county_title",
        "text": "XX县2023年政府工作报告\n2023年,全县地区生产总值增长5.4%。",
        "facts": [("gdp", "yoy_pct", 5.4, 2023, "", "actual", None)],
        "absent": [],
    },
    {  # guard: a masked city's report quoting its province
        "id": "near_masked_city_quotes_its_province",
        "text": "XX市2023年政府工作报告\n2023年,全市地区生产总值增长5.4%;全省地区生产总值增长4.8%。",
        "facts": [("gdp", "yoy_pct", 5.4, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 4.8)],
    },
]


@pytest.mark.parametrize("case", MASKED_CASES, ids=[c["id"] for c in MASKED_CASES])
def test_own_words_of_a_masked_report(case):
    check_case(case, {})


# ---- 持平 (b99602b), 实际… (c202aaf), debt sums and 去年以来 (d4ef3fe, f38530d)
T = "某县2023年政府工作报告\n"
REPORT_2023 = {"year": 2023, "report_date": "2024-01-15"}
SPEECH_JULY = {"year": 2023, "report_date": "2023-07-20"}
SP = "在全县项目建设推进会上的讲话\n同志们:\n"
FACT_CASES: list[dict] = [
    {
        "id": "near_flat_in_a_part_of_the_year",
        "text": T + "2023年1-6月,全县规上工业增加值同比持平。",
        "facts": [("industrial_va", "yoy_pct", 0.0, 2023, "M1-M6", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 0.0, 2023, "")],
    },
    {
        "id": "near_flat_after_a_level",
        "text": T + "2023年,全县粮食产量达到35.6万吨,与上年持平。",
        "facts": [
            ("grain_output", "level", 35.6, 2023, "", "actual", None),
            ("grain_output", "yoy_pct", 0.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_flat_roughly_share_rate_and_rate_before",
        "text": T + "2023年,全县粮食产量与上年基本持平,第三产业增加值占比达到45%,同比持平;"
        "城镇登记失业率3.2%,与上年持平;地区生产总值增长6.5%,与上年持平。",
        "facts": [("gdp", "yoy_pct", 6.5, 2023, "", "actual", None)],
        "absent": [("grain_output",), ("unemployment_rate", "yoy_pct"), ("gdp", "yoy_pct", 0.0)],
    },
    {
        "id": "near_flat_as_a_goal",
        "text": "某县2024年政府工作报告\n2024年主要预期目标:粮食产量与上年持平,地区生产总值增长6%。",
        "facts": [("grain_output", "yoy_pct", 0.0, 2024, "", "target", None)],
        "absent": [("grain_output", "yoy_pct", 0.0, 2024, "", "actual")],
    },
    {  # fixed
        "id": "area_harvested_after_area_sown",
        "text": "某县政府工作报告\n过去一年,全县粮食播种面积120万亩,实际收获118万亩。",
        "meta": REPORT_2023,
        "facts": [("grain_area", "level", 1200000.0, 2023, "", "actual", None)],
        "absent": [("grain_area", "level", 1200000.0, 2023, "", "target")],
    },
    {
        "id": "near_area_sown_after_the_plan",
        "text": "某县政府工作报告\n过去一年,全县粮食播种面积120万亩,实际种植125万亩。",
        "meta": REPORT_2023,
        "facts": [
            ("grain_area", "level", 1200000.0, 2023, "", "target", None),
            ("grain_area", "level", 1250000.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_segment_on_fdi_used",
        "text": "某县政府工作报告\n过去一年,全县地区生产总值增长6.5%;实际利用外资1.2亿美元。",
        "meta": REPORT_2023,
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "actual", None),
            ("fdi", "level", 12000.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_debt_resolved_in_the_year",
        "text": "某县政府工作报告\n一年来,我们防范化解风险。全年累计化解隐性债务3.2亿元。\n"
        "2023年,全县化解隐性债务1.1亿元。",
        "meta": REPORT_2023,
        "facts": [("debt_resolved", "level", 3.2, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_since_last_year_in_january",
        "text": "某县政府工作报告\n各位代表:\n去年以来,全县规上工业增加值增长8.5%。",
        "meta": REPORT_2023,
        "facts": [("industrial_va", "yoy_pct", 8.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_since_last_year_then_first_half",
        "text": SP + "去年以来,我们狠抓项目建设,今年1-6月,全县规上工业增加值增长8.5%。",
        "meta": SPEECH_JULY,
        "facts": [("industrial_va", "yoy_pct", 8.5, 2023, "M1-M6", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 8.5, 2023, "")],
    },
    {
        "id": "near_since_2022_in_july",
        "text": SP + "2022年以来,全县规上工业增加值增长8.5%。",
        "meta": SPEECH_JULY,
        "facts": [],
        "absent": [("industrial_va",)],
    },
]


@pytest.mark.xfail(
    strict=True,
    reason="去年下半年以来 in a speech of July 2023 names the start of a span running to now (a year), not the "
    "second half of 2022: its growth and its sum are dated 2022 H2 (as before f38530d, which drops "
    "去年以来 alone); since_into_unended keeps a figure whose sentence names a part of the year, and "
    "telling a part that starts a span (下半年以来) from the part reported on needs its own review",
)
def test_since_last_second_half_is_no_second_half():
    case = {
        "id": "since_last_second_half",
        "text": SP + "去年下半年以来,全县规上工业增加值增长8.5%,累计完成固定资产投资120亿元。",
        "meta": SPEECH_JULY,
        "facts": [],
        "absent": [("industrial_va", "yoy_pct", 8.5, 2022, "H2"), ("fai", "level", 120.0, 2022, "H2")],
    }
    check_case(case, {})


@pytest.mark.parametrize("case", FACT_CASES, ids=[c["id"] for c in FACT_CASES])
def test_same_words_other_construction(case):
    check_case(case, {})


# ---- report types from the body (4ca8452): (id, text, report_type, year)
TYPE_CASES: list[tuple[str, str, str, int | None]] = [
    (  # fixed
        "summary_quoting_a_feedback_is_no_news",
        "今年以来,在县委、县政府的坚强领导下,全县上下攻坚克难,1-10月,全县地区生产总值同比增长6.1%。\n"
        "省委督查组反馈意见指出,该县营商环境持续优化。据了解,全县新增市场主体2300户。\n"
        "二、存在的问题\n一是项目储备不足。\n三、下步打算\n抓好项目建设。\n",
        "工作总结",
        None,
    ),
    (  # fixed
        "news_with_a_full_score_is_no_self_check",
        "民和:营商环境跑出加速度\n近年来,民和县持续优化营商环境,在全省年度目标考核中以满分100分位列第一。\n"
        "据了解,2023年全县新增市场主体2300户,地区生产总值增长6.1%。\n",
        "新闻报道",
        2023,
    ),
    (  # fixed
        "report_excerpt_with_a_score_is_no_self_check",
        "2023年,全县上下团结奋斗,在全市高质量发展考核中获评优秀等次,地区生产总值增长6.1%。\n"
        "同时,我们也清醒看到,考核中满分10分的营商环境指标仅得7.5分。\n",
        "",
        2023,
    ),
    (  # fixed
        "air_bulletin_is_no_economic_review",
        "1-5月,全县空气质量优良天数比例为85.2%,同比增长2.1个百分点;PM10平均浓度为58微克/立方米,同比下降6.5%。\n",
        "",
        None,
    ),
    (  # fixed
        "air_bulletin_with_month_on_month_is_no_economic_review",
        "2023年1-5月,全县空气质量优良天数比例为85.2%,同比增长2.1个百分点,PM10平均浓度为58微克/立方米,"
        "同比下降6.5%,环比下降3%。\n",
        "",
        2023,
    ),
    (  # fixed
        "article_quoting_a_welcome_is_no_speech",
        "民和:第五届文化旅游节开幕\n9月10日,民和县第五届文化旅游节开幕。县长王强在开幕式上致辞表示:"
        "“女士们、先生们,欢迎大家来到民和。”\n据了解,今年以来,全县接待游客320万人次,同比增长15.2%。\n",
        "新闻报道",
        None,
    ),
    (
        "near_bulletin_excerpt",
        "2023年,全县经济运行稳中向好。初步核算,全年地区生产总值285.6亿元,按可比价格计算,比上年增长6.1%。\n"
        "全年一般公共预算收入12.3亿元,比上年增长5.2%。\n",
        "统计公报",
        2023,
    ),
    (
        "near_part_year_review_with_next_step",
        "今年以来,全县经济运行总体平稳。1-10月,全县规上工业增加值同比增长7.2%,增速较1-9月回落0.3个百分点。\n"
        "下一步,我们将坚持稳中求进,狠抓项目建设。\n",
        "经济运行分析",
        None,
    ),
    (
        "near_speech_quoting_news_words",
        "同志们:\n据了解,今年以来,该县规上工业增加值增长8.5%。\n",
        "讲话",
        None,
    ),
    (
        "near_self_check_with_its_scores",
        "根据考核办法,我县对照考核细则逐项开展自查。\n一、经济发展指标(分值30分,自评得分28.5分)\n"
        "2023年,全县地区生产总值增长6.2%。\n",
        "考核自查报告",
        2023,
    ),
]


@pytest.mark.parametrize("case", TYPE_CASES, ids=[c[0] for c in TYPE_CASES])
def test_report_type_of_another_genre_body(case):
    cid, text, rtype, year = case
    got = recognised(text, cid)
    assert (got["report_type"], got["year"]) == (rtype, year), got
