"""Constructions of whole county documents (a work summary with next year's plan, a 巩固衔接 self-check, an
economic work conference speech, a Q1–Q3 economic review) found by the blind set h23 (session 15), by class:

- a table in plain text whose last column says whether each target was met (是否完成 | 是/否), its cells
  apart by tabs or spaces: kept as a table (its rows were joined into one line and two cells glued into
  one number, 10 | 12.7 → 1012.7); its columns of a higher level's target and the report's own outturn
  (自治区下达目标 | 我县完成) read; an appendix line (附件:…对照表) above it ends the section the body closed
  on (四、下一步工作打算 is no plan of that table);
- a threshold crossed year after year (粮食总产量连续四年突破40亿斤): no level of the year, and 去年 after
  it is the year before the report, not the year before that floor;
- a banner named by its conventional short form (科右前旗, recognise/abbreviations.csv) or any name ending
  in 旗 before a subject: another place's figure;
- a holiday's figures (国庆、中秋“双节”假期,…接待游客28.6万人次): no part of the year the catalog names;
- the size of a task a higher level set, printed after whom it was set (完成自治区下达我县1.05万人目标任务的
  106.7%): the target and the share done;
- the year's goal restated after comparisons in points (…增长3.2%,比上半年回落4.5个百分点,低于全市平均水平
  2.1个百分点,距全年增长8%的目标差距较大; 但与全年增长7%的目标仍差…; 高于年初确定的9%的目标0.8个百分点),
  a sentence after it (其中,9月当月增长14.3%) still the outturn's subject and the paragraph's part of the year
  unchanged by the goal's 全年;
- 乡镇 and 乡村 are no township names (新建乡镇商贸中心3个: no township 新建乡 owning the next clause);
- an earlier part's growth in brackets as the base of a change (较上半年(5.9%)回落0.3个百分点): that part's
  growth of the same subject;
- a speech of February whose only sentence opening on a year is the year ahead's plan (2025年全旗经济社会发展的
  主要预期目标是): it describes the year before, as its date says (text/years.py; a speech of July keeps it).

Each case is a short passage of its own (not copied from any corpus); every case but the near misses
failed before.
"""

from __future__ import annotations

import pytest
from passages import check_case, recognised

from govkit.pipeline.corpus import document_from_text

#: A self-check of January 2025 on 2024.
CHECK = {"year": 2024, "report_date": "2025-01-08", "region": "泾源县", "level": "county"}
#: A speech of February 2025 on 2024 and 2025.
SPEECH = {"year": 2024, "report_date": "2025-02-12", "region": "扎赉特旗", "level": "county"}
#: A Q1–Q3 review of October 2025.
REVIEW = {"year": 2025, "report_date": "2025-10-24", "region": "靖远县", "level": "county"}
#: A work summary of December 2024 on 2024, with the plan of 2025.
SUMMARY = {"year": 2024, "report_date": "2024-12-16", "region": "长岭县", "level": "county"}

CASES: list[dict] = [
    # ---- a plain-text table with a 是否完成 column; its header words; an appendix above it
    {
        "id": "tab_table_with_status_column",
        "meta": CHECK,
        "text": "附件：主要指标完成情况\n\n指标名称\t单位\t自治区下达目标\t我县完成\t是否完成\n"
        "脱贫人口人均纯收入增速\t%\t10\t12.7\t是\n农村危房改造\t户\t90\t96\t是\n农村卫生厕所普及率\t%\t75\t71.3\t否\n",
        "facts": [
            ("poverty_income", "yoy_pct", 10, 2024, "", "target", None),
            ("poverty_income", "yoy_pct", 12.7, 2024, "", "actual", None),
            ("housing_renovated", "level", 90, 2024, "", "target", None),
            ("housing_renovated", "level", 96, 2024, "", "actual", None),
            ("rural_toilet_rate", "level", 75, 2024, "", "target", None),
            ("rural_toilet_rate", "level", 71.3, 2024, "", "actual", None),
        ],
        "absent": [("poverty_income", "level")],
    },
    {
        "id": "space_table_with_status_column_and_issued_header",
        "meta": CHECK,
        "text": "2024年度考核指标对照表\n指标 单位 市下达目标 本县实际完成 完成与否\n"
        "脱贫劳动力转移就业 万人 1.05 1.12 完成\n农村危房改造 户 120 96 未完成\n",
        "facts": [
            ("poverty_labor_transfer", "level", 10500, 2024, "", "target", None),
            ("poverty_labor_transfer", "level", 11200, 2024, "", "actual", None),
            ("housing_renovated", "level", 120, 2024, "", "target", None),
            ("housing_renovated", "level", 96, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "appendix_table_after_a_plan_section",
        "meta": CHECK,
        "text": "四、下一步工作打算\n2025年,确保脱贫人口人均纯收入增长10%以上。\n附件:2024年度主要考核指标完成情况对照表\n"
        "指标名称 单位 自治区下达目标 我县完成 是否完成\n脱贫劳动力转移就业 万人 1.05 1.12 是\n农村危房改造 户 90 96 是\n",
        "facts": [
            ("poverty_income", "yoy_pct", 10, 2025, "", "target", None),
            ("poverty_labor_transfer", "level", 10500, 2024, "", "target", None),
            ("poverty_labor_transfer", "level", 11200, 2024, "", "actual", None),
            ("housing_renovated", "level", 96, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a status word inside a row, not its last cell, leaves the line no table row
        "id": "status_word_mid_line_is_no_table",
        "meta": CHECK,
        "text": "全县危房改造 户 是 96 90\n农村卫生厕所普及率达到71.3%。\n",
        "facts": [("rural_toilet_rate", "level", 71.3, 2024, "", "actual", None)],
        "absent": [("housing_renovated", "level", 9690)],
    },
    # ---- a threshold crossed year after year; 去年 after it
    {
        "id": "threshold_crossed_for_years_then_last_year",
        "meta": SPEECH,
        "text": "二是农业稳。粮食总产量连续四年突破40亿斤,去年达到43.6亿斤,再创历史新高。",
        "facts": [("grain_output", "level", 218, 2024, "", "actual", None)],
        "absent": [("grain_output", "level", 200), ("grain_output", "level", 218, 2023)],
    },
    {
        "id": "floor_held_for_years_then_last_year",
        "meta": SPEECH,
        "text": "全旗粮食总产量连续三年超过25万吨,去年达到26.8万吨。",
        "facts": [("grain_output", "level", 26.8, 2024, "", "actual", None)],
        "absent": [("grain_output", "level", 25), ("grain_output", "level", 26.8, 2023)],
    },
    {
        # near miss: a figure of the year before 去年 still dates 去年 as the year before it
        "id": "year_figure_then_last_year_contrasted",
        "meta": SPEECH,
        "text": "粮食总产量连续四年增长,达到45亿斤,去年为43.6亿斤。",
        "facts": [("grain_output", "level", 225, 2024, "", "actual", None)],
        "absent": [("grain_output", "level", 218, 2024)],
    },
    # ---- a banner by its short name; a name ending in 旗
    {
        "id": "banner_short_name_before_its_figure",
        "meta": SPEECH,
        "text": "再看周边,科右前旗去年招商引资到位资金达到58亿元,我们只有43.5亿元。",
        "facts": [],
        "absent": [("investment_attracted", "level", 58)],
    },
    {
        "id": "another_banner_short_name_with_its_growth",
        "meta": SPEECH,
        "text": "土右旗规模以上工业增加值增长12.3%。全旗规模以上工业增加值增长12.6%。",
        "facts": [("industrial_va", "yoy_pct", 12.6, 2024, "", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 12.3)],
    },
    {
        # near miss: a banner's full name was known before (the short form is what is new)
        "id": "banner_full_name_before_its_figure",
        "meta": SPEECH,
        "text": "阿鲁科尔沁旗地区生产总值增长6.9%。全旗地区生产总值增长6.4%。",
        "facts": [("gdp", "yoy_pct", 6.4, 2024, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.9)],
    },
    {
        # near miss: the report's own banner is its own
        "id": "own_banner_name_is_own",
        "meta": SPEECH,
        "text": "扎赉特旗招商引资到位资金达到43.5亿元。",
        "facts": [("investment_attracted", "level", 43.5, 2024, "", "actual", None)],
        "absent": [],
    },
    # ---- a holiday's figures
    {
        "id": "holiday_visitors_and_revenue",
        "meta": REVIEW,
        "text": "前三季度全县接待游客426.3万人次。国庆、中秋“双节”假期,全县接待游客28.6万人次,实现旅游收入1.52亿元,"
        "分别增长8.7%和10.2%。",
        "facts": [("tourist_visits", "level", 426.3, 2025, "Q1-Q3", "actual", None)],
        "absent": [("tourist_visits", "level", 28.6), ("tourism_revenue",), ("tourist_visits", "yoy_pct")],
    },
    {
        "id": "spring_festival_golden_week",
        "meta": {"year": 2025, "report_date": "2025-04-20", "region": "靖远县", "level": "county"},
        "text": "一季度全县实现社会消费品零售总额16.2亿元。春节黄金周期间,社会消费品零售总额2.3亿元,增长6.1%。",
        "facts": [("retail_sales", "level", 16.2, 2025, "Q1", "actual", None)],
        "absent": [("retail_sales", "level", 2.3), ("retail_sales", "yoy_pct")],
    },
    {
        # near misses: a holiday after the figure, or past (假期过后), leaves the figure the year's
        "id": "holiday_after_or_past",
        "meta": SUMMARY,
        "text": "全年接待游客186万人次,其中“五一”假期接待游客12万人次。“十一”假期过后,全县旅游收入增长12%。",
        "facts": [
            ("tourist_visits", "level", 186, 2024, "", "actual", None),
            ("tourism_revenue", "yoy_pct", 12, 2024, "", "actual", None),
        ],
        "absent": [("tourist_visits", "level", 12)],
    },
    # ---- the size of a task set, printed after whom it was set
    {
        "id": "task_size_after_whom_it_was_set",
        "meta": CHECK,
        "text": "全县脱贫劳动力转移就业1.12万人,完成自治区下达我县1.05万人目标任务的106.7%。",
        "facts": [
            ("poverty_labor_transfer", "level", 11200, 2024, "", "actual", None),
            ("poverty_labor_transfer", "level", 10500, 2024, "", "target", None),
            ("poverty_labor_transfer", "completion_pct", 106.7, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "task_outdone_set_for_the_county",
        "meta": CHECK,
        "text": "全年完成人工造林4.5万亩,超额完成市下达给我县的4万亩造林任务。",
        "facts": [
            ("afforestation", "level", 45000, 2024, "", "actual", None),
            ("afforestation", "level", 40000, 2024, "", "target", None),
        ],
        "absent": [],
    },
    # ---- the year's goal restated after comparisons; a sentence after it
    {
        "id": "goal_after_comparisons_in_points",
        "meta": REVIEW,
        "text": "(三)投资。前三季度,全县固定资产投资同比增长3.2%,比上半年回落4.5个百分点,低于全市平均水平2.1个百分点,"
        "距全年增长8%的目标差距较大。其中,工业投资增长16.7%。",
        "facts": [
            ("fai", "yoy_pct", 3.2, 2025, "Q1-Q3", "actual", None),
            ("fai", "yoy_pct", 8, 2025, "", "target", None),
            ("industrial_investment", "yoy_pct", 16.7, 2025, "Q1-Q3", "actual", None),
        ],
        "absent": [("industrial_investment", "yoy_pct", 16.7, 2025, "")],
    },
    {
        "id": "goal_after_but_with_distance",
        "meta": REVIEW,
        "text": "前三季度,全县社会消费品零售总额同比增长6.1%,比上半年加快0.4个百分点,但与全年增长7%的目标仍差0.9个百分点。",
        "facts": [
            ("retail_sales", "yoy_pct", 6.1, 2025, "Q1-Q3", "actual", None),
            ("retail_sales", "yoy_pct", 7, 2025, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "month_after_a_goal_clause",
        "meta": REVIEW,
        "text": "1—9月,全县规模以上工业增加值同比增长9.8%,比上半年加快1.2个百分点,高于年初确定的9%的目标0.8个百分点。"
        "其中,9月当月增长14.3%,为年内最高。",
        "facts": [
            ("industrial_va", "yoy_pct", 9.8, 2025, "Q1-Q3", "actual", None),
            ("industrial_va", "yoy_pct", 9, 2025, "", "target", None),
            ("industrial_va", "yoy_pct", 14.3, 2025, "M9", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a clause of another subject between stops the walk back (no target of the first)
        "id": "goal_after_another_subject_is_not_the_first",
        "meta": REVIEW,
        "text": "前三季度,全县固定资产投资同比增长3.2%,民间投资占比下降2.4个百分点,距全年增长8%的目标差距较大。",
        "facts": [("fai", "yoy_pct", 3.2, 2025, "Q1-Q3", "actual", None)],
        "absent": [("fai", "yoy_pct", 8)],
    },
    # ---- 乡镇 is no township name
    {
        "id": "township_level_centres_are_no_township",
        "meta": SUMMARY,
        "text": "新建乡镇商贸中心3个,社会消费品零售总额达到41.2亿元。改造乡镇卫生院5个,城镇新增就业3260人。",
        "facts": [
            ("retail_sales", "level", 41.2, 2024, "", "actual", None),
            ("new_urban_jobs", "level", 3260, 2024, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a township named at the clause's start still owns what follows
        "id": "named_township_still_owns_its_clause",
        "meta": SUMMARY,
        "text": "太平川镇新建商贸中心3个,社会消费品零售总额达到4.4亿元。",
        "facts": [],
        "absent": [("retail_sales",)],
    },
    # ---- an earlier part's growth in brackets as the base of a change
    {
        "id": "half_year_growth_in_brackets",
        "meta": REVIEW,
        "text": "前三季度,全县实现地区生产总值168.42亿元,同比增长5.6%,较上半年(5.9%)回落0.3个百分点,"
        "高于全市(5.1%)0.5个百分点。",
        "facts": [
            ("gdp", "yoy_pct", 5.6, 2025, "Q1-Q3", "actual", None),
            ("gdp", "yoy_pct", 5.9, 2025, "H1", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.1)],
    },
    {
        "id": "months_growth_in_brackets",
        "meta": {"year": 2025, "report_date": "2025-07-15", "region": "靖远县", "level": "county"},
        "text": "1—6月,全县固定资产投资增长9.3%,比1—5月(8.2%)加快1.1个百分点。",
        "facts": [
            ("fai", "yoy_pct", 9.3, 2025, "M1-M6", "actual", None),
            ("fai", "yoy_pct", 8.2, 2025, "M1-M5", "actual", None),
        ],
        "absent": [],
    },
    {
        # near misses: last year's same period (its part not named) and another place's rate in brackets
        "id": "last_year_or_other_place_in_brackets",
        "meta": REVIEW,
        "text": "前三季度,全县规模以上工业增加值增长9.8%,较上年同期(6.2%)加快,高于全省(7.1%)。",
        "facts": [("industrial_va", "yoy_pct", 9.8, 2025, "Q1-Q3", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 6.2), ("industrial_va", "yoy_pct", 7.1)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, case["meta"])


def test_status_table_lines_are_not_glued():
    """The rows of a table with a 是否完成 column stay lines of cells (they were joined, 10 and 12.7 glued)."""
    text = "附件：对照表\n指标名称\t单位\t目标\t完成\t是否完成\n脱贫人口人均纯收入增速\t%\t10\t12.7\t是\n农村危房改造\t户\t90\t96\t是\n"
    cleaned = document_from_text(text, "t").text
    assert "脱贫人口人均纯收入增速 % 10 12.7 是\n" in cleaned


@pytest.mark.xfail(strict=True, reason="a past goal restated in a speech's sentence with no subject (h23_03)")
def test_last_years_goal_restated_without_subject():
    case = {
        "id": "last_years_goal_without_subject",
        "text": "全旗地区生产总值增长6.4%,增速位居全盟第二。大家要看到,去年年初我们提出的是力争增长7%,这个目标没有完全实现。",
        "facts": [
            ("gdp", "yoy_pct", 6.4, 2024, "", "actual", None),
            ("gdp", "yoy_pct", 7, 2024, "", "target", None),
        ],
        "absent": [],
    }
    check_case(case, SPEECH)


SPEECH_TEXT = (
    "在全旗经济工作会议上的讲话\n中共扎赉特旗委书记　韩立新\n（2025年2月12日）\n同志们：\n"
    "这次会议的主要任务是总结去年经济工作，部署今年经济工作。过去的一年，全旗地区生产总值增长6.4%。\n"
    "{plan}年全旗经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。\n"
)


def test_speech_year_not_its_plan_sentence():
    """A speech of February whose only sentence opening on a year is the year ahead's plan (2025年全旗经济社会发展
    的主要预期目标是): it describes the year before, as its date says (was read as 2025)."""
    got = recognised(SPEECH_TEXT.format(plan=2025), "s")
    assert got["year"] == 2024, got


def test_speech_year_from_a_reviewed_year_sentence():
    """Near miss: a sentence opening on the reviewed year still decides it (2024年,全旗…)."""
    text = SPEECH_TEXT.format(plan=2025).replace("过去的一年，", "2024年，")
    assert recognised(text, "s")["year"] == 2024


def test_mid_year_speech_keeps_its_year():
    """Near miss: in a speech of July the month does not decide the year: a sentence on this year's goals
    still dates it (2025年…主要预期目标是 in July 2025: 2025)."""
    text = SPEECH_TEXT.format(plan=2025).replace("（2025年2月12日）", "（2025年7月10日）")
    assert recognised(text, "s")["year"] == 2025
