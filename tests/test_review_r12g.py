"""Review r12g (session 10, reviewer R2): the session's rules of tests/test_blind_r12b.py (set h6),
tests/test_blind_r12c.py (set h7) and tests/test_panel_blind_r12e.py (a panel series) probed with
passages of our own in other meanings and other genres. By class:

* **a key year in a report of the year under way** (frame key_year_opening, frames.inline_frame):
  今年是…关键之年。上半年,全县地区生产总值增长5.8% in a report of July (or 一季度,… in a review of
  April on its own year) opened the plan of that year, so the half year's outturns were targets. The
  year a report of May or later is delivered in (or a report of April on its own year) is under way,
  reviewed so far, not the year ahead: no plan opens. Guards: the same opening in a work report of
  January and a speech of March (the plan of the year ahead), a December summary, an undated summary,
  2023年是极不平凡的一年 (a review) — the three 今年是…之年 rules (key_year_opening,
  this_year_is_opening, year_is_of_plan) agree on these. Also (wrong before the session too):
  明年是…收官之年。 followed by goals in a December summary gave actuals of the year described; the key
  year cue now reads 明年 as the year after the report's.
* **the year before's figure in a plan** (kind actual 上年为, printed_year): a goal list with the year
  before's figure in brackets (地区生产总值增长6%左右(上年为5.5%),一般公共预算收入增长5%) made the later
  goal an outturn (the 上年为 outturn cue was the last kind cue before it) of the year described (the
  relative word dated the later clause). Now 上年为X dates and makes an outturn of its own clause only
  (cue target past_clause, cue time past_figure_after). Guards: the bulletin's 上年为 (r12b), a review's
  figure after the bracket.
* **a goal named as done** (cue target clause_goal, kinds._clause_goal): 地区生产总值力争增长6.5%的目标圆满
  实现,固定资产投资增长10.5%,… (a review) carried the goal to the later clauses, making the outturns
  targets. A goal clause naming its goal as done (…的目标/任务…实现/完成, cue target clause_goal_done)
  carries no goal on. Guard: 地区生产总值力争增长6.5%,固定资产投资增长10%以上.
* **what a report proposed, then a review** (cue target sentence_goal and planning, 报告/会议…提出): in
  news of a session, 报告提出,过去一年全县地区生产总值增长5.8% and 会议提出,2024年全县…增长5.6%,完成了年初
  确定的目标 (on 2024) gave targets. Now 提出 followed by a review's time (过去, 去年, 一年来, 五年来, …以来)
  sets no goal, nor does a year printed after it that is not after the year described (cue target
  proposed_year). Guard: 报告提出,今年…/2025年… (r12e).
* **a PDF's running lines** (govkit.text.pdf_furniture, r12c): a line repeated at a page edge with only
  its digits changed was dropped on every page but the first, so a PDF of monthly bulletins in one
  template (one a page) lost each later page's heading (2023年2月…月报) and its first sentence
  (本月全县优良天数比例为82.1%,…). Now body text (a sentence's end, a decimal, a percent) is never a running
  line, nor a line whose changing number dates it (…年/月/日). Guard: issuing body, document number,
  printing note, page number still dropped.
"""

from __future__ import annotations

import pytest
from passages import check_case

from govkit.text.pdf_furniture import drop_running_lines

#: News of a session of January 2025 on 2024.
NEWS = {"year": 2024, "report_date": "2025-01-09", "report_type": "新闻报道"}
#: A work report of January 2024 on 2023.
JANUARY = {"year": 2023, "report_date": "2024-01-15", "region": "五峰县", "level": "county"}

KEY = "今年是实施“十四五”规划的关键之年。"

CASES: list[dict] = [
    # ---- a key year in a report of the year under way (fixed)
    {
        "id": "key_year_then_half_year_in_july",
        "meta": {"year": 2024, "report_date": "2024-07-15"},
        "text": KEY + "上半年，全县地区生产总值增长5.8%，固定资产投资增长7.1%。",
        "facts": [
            ("gdp", "yoy_pct", 5.8, 2024, "H1", "actual", None),
            ("fai", "yoy_pct", 7.1, 2024, "H1", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.8, 2024, "H1", "target")],
    },
    {
        "id": "key_year_same_sentence_in_november",
        "meta": {"year": 2024, "report_date": "2024-11-10"},
        "text": "今年是实施“十四五”规划的关键之年，全县地区生产总值增长6.2%，固定资产投资增长7.1%。",
        "facts": [
            ("gdp", "yoy_pct", 6.2, 2024, "", "actual", None),
            ("fai", "yoy_pct", 7.1, 2024, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.2, 2024, "", "target")],
    },
    {
        "id": "key_year_then_first_quarter_in_april",
        "meta": {"year": 2024, "report_date": "2024-04-10"},
        "text": KEY + "一季度，全县地区生产总值增长5.8%，固定资产投资增长7.1%。",
        "facts": [("gdp", "yoy_pct", 5.8, 2024, "Q1", "actual", None)],
        "absent": [("gdp", "yoy_pct", 5.8, 2024, "Q1", "target")],
    },
    # guards: the year ahead in January and March, a December summary, undated, a year that has ended
    {
        "id": "key_year_in_january_work_report_opens_the_plan",
        "text": KEY + "全县地区生产总值增长6%左右，固定资产投资增长8%，城镇新增就业1200人以上。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("fai", "yoy_pct", 8.0, 2024, "", "target", None),
            ("new_urban_jobs", "level", 1200.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2023)],
    },
    {
        "id": "key_year_same_sentence_in_march_speech",
        "meta": {"report_date": "2024-03-20"},
        "text": "今年是实施“十四五”规划的关键之年，全县地区生产总值增长6%左右，固定资产投资增长8%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("fai", "yoy_pct", 8.0, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2023)],
    },
    {
        "id": "key_year_in_december_summary",
        "meta": {"year": 2024, "report_date": "2024-12-15"},
        "text": KEY + "一年来，全县地区生产总值增长6.2%，固定资产投资增长7.1%，城镇新增就业1260人。",
        "facts": [
            ("gdp", "yoy_pct", 6.2, 2024, "", "actual", None),
            ("new_urban_jobs", "level", 1260.0, 2024, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.2, 2024, "", "target")],
    },
    {
        "id": "key_year_in_undated_summary",
        "meta": {"year": 2024, "report_date": ""},
        "text": KEY + "一年来，全县地区生产总值增长6.2%，固定资产投资增长7.1%。",
        "facts": [("gdp", "yoy_pct", 6.2, 2024, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.2, 2024, "", "target")],
    },
    {
        "id": "year_ended_extraordinary_is_a_review",
        "text": "2023年是极不平凡的一年。全县地区生产总值增长6.1%，固定资产投资增长8.2%，城镇新增就业1260人。",
        "facts": [
            ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 1260.0, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.1, 2024)],
    },
    {
        "id": "next_key_year_in_july_opens_its_plan",
        "meta": {"year": 2024, "report_date": "2024-07-15"},
        "text": "2025年是“十四五”规划的收官之年。全县地区生产总值增长6%左右，固定资产投资增长8%。",
        "facts": [("gdp", "yoy_pct", 6.0, 2025, "", "target", None)],
        "absent": [("gdp", "yoy_pct", 6.0, 2024)],
    },
    # ---- a goal clause naming its goal as done (fixed)
    {
        "id": "goal_done_then_outturns",
        "text": "2023年，地区生产总值力争增长6.5%的目标圆满实现，固定资产投资增长10.5%，一般公共预算收入9.2亿元。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
            ("fai", "yoy_pct", 10.5, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 9.2, 2023, "", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 10.5, 2023, "", "target")],
    },
    {
        "id": "task_done_then_outturn",
        "text": "全县规上工业增加值确保增长8%的年度任务全面完成，固定资产投资增长10.5%。",
        "facts": [("fai", "yoy_pct", 10.5, 2023, "", "actual", None)],
        "absent": [("fai", "yoy_pct", 10.5, 2023, "", "target")],
    },
    # guard: the goal going on (r12e)
    {
        "id": "goal_word_after_subject_goes_on",
        "meta": {"report_date": "2024-02-20"},
        "text": "2024年，地区生产总值力争增长6.5%，固定资产投资增长10%以上。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
            ("fai", "yoy_pct", 10.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    # ---- what a report proposed, then a review (fixed)
    {
        "id": "report_proposed_then_past_year",
        "meta": NEWS,
        "text": "县十八届人大四次会议开幕。报告提出，过去一年全县地区生产总值增长5.8%，一般公共预算收入增长3.2%。",
        "facts": [
            ("gdp", "yoy_pct", 5.8, 2024, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 3.2, 2024, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.8, 2024, "", "target")],
    },
    {
        "id": "meeting_proposed_then_year_described",
        "meta": NEWS,
        "text": "会议提出，2024年全县地区生产总值增长5.6%，完成了年初确定的目标。",
        "facts": [("gdp", "yoy_pct", 5.6, 2024, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 5.6, 2024, "", "target")],
    },
    # guard: the goals proposed (r12e)
    {
        "id": "report_proposed_goals_of_this_year_and_next",
        "meta": NEWS,
        "text": "报告提出，今年全县地区生产总值增长5%以上。报告提出，2025年全县一般公共预算收入增长3%。",
        "facts": [
            ("gdp", "yoy_pct", 5.0, 2025, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 3.0, 2025, "", "target", None),
        ],
        "absent": [],
    },
    # ---- 明年是…之年 in a December summary (fixed; wrong before the session too)
    {
        "id": "next_year_is_key_year_in_december",
        "meta": {"year": 2024, "report_date": "2024-12-15"},
        "text": "明年是“十四五”规划收官之年。全县地区生产总值增长6%左右，固定资产投资增长8%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2025, "", "target", None),
            ("fai", "yoy_pct", 8.0, 2025, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.0, 2024)],
    },
    # ---- the year before's figure in a plan (fixed)
    {
        "id": "year_before_in_brackets_then_next_goal",
        "text": "2024年主要预期目标：地区生产总值增长6%左右（上年为5.5%），一般公共预算收入增长5%。",
        "facts": [
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("gdp", "yoy_pct", 5.5, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 5.0, 2023)],
    },
    {
        "id": "year_before_clause_then_next_goal",
        "text": "2024年主要预期目标：地区生产总值增长6%左右，上年为5.5%；一般公共预算收入增长5%。",
        "facts": [("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None)],
        "absent": [("general_budget_revenue", "yoy_pct", 5.0, 2023)],
    },
    # guards: a review's figure after the bracket, a bulletin's clause
    {
        "id": "year_before_in_brackets_in_review",
        "text": "2023年，全县地区生产总值增长5.5%（上年为4.8%），一般公共预算收入增长5%。",
        "facts": [
            ("gdp", "yoy_pct", 5.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 4.8, 2022, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "year_before_clause_in_bulletin",
        "meta": {"year": 2022, "report_date": "2023-06-05"},
        "text": "全县优良天数比例为97.1%，上年为95.2%，细颗粒物平均浓度为21微克/立方米。",
        "facts": [
            ("good_air_rate", "level", 97.1, 2022, "", "actual", None),
            ("good_air_rate", "level", 95.2, 2021, "", "actual", None),
            ("pm25", "level", 21.0, 2022, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, JANUARY)


# ---- running heads and feet of a PDF (govkit.text.pdf_furniture, r12c)
MONTHLY_PAGES = [
    f"2023年{m}月五峰县环境空气质量月报\n本月全县优良天数比例为{r}%，细颗粒物平均浓度为{c}微克/立方米。\n— {m} —"
    for m, r, c in ((1, "87.1", 35), (2, "82.1", 41), (3, "90.3", 30))
]


def test_template_pages_keep_their_headings_and_sentences():
    """A PDF of monthly bulletins, one a page, in one template: a page's heading (its month changes) and
    its sentences (figures, a sentence's end) repeat at the page edges with other numbers; they are the
    pages' own words, not running lines (both were dropped but on the first page). The page number goes."""
    out = drop_running_lines(MONTHLY_PAGES)
    for m, page in zip((1, 2, 3), out, strict=True):
        assert f"2023年{m}月五峰县环境空气质量月报" in page
        assert "本月全县优良天数比例为" in page
    assert "— 1 —" not in out[0] and "— 2 —" not in out[1]


def test_running_head_and_foot_still_dropped():
    """Guard: the issuing body, the document number and the printing note (its date the same on every
    page) stay running lines."""
    pages = [
        "五峰县人民政府办公室文件\n五政办发〔2023〕12号\n全县地区生产总值增长5%，\n— 1 —\n五峰县人民政府办公室 2023年12月18日印发",
        "五峰县人民政府办公室文件\n五政办发〔2023〕12号\n完成目标的104%。\n— 2 —\n五峰县人民政府办公室 2023年12月18日印发",
        "五峰县人民政府办公室文件\n五政办发〔2023〕12号\n全年城镇新增就业1260人。\n— 3 —\n五峰县人民政府办公室 2023年12月18日印发",
    ]
    out = drop_running_lines(pages)
    assert "五政办发" not in out[1] and "印发" not in out[1] and "— 2 —" not in out[1]
    assert "完成目标的104%。" in out[1] and "全年城镇新增就业1260人。" in out[2]
