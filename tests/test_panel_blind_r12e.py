"""Blind panel test r12e (session 10, helper b5): three report series of our own, written by hand
before govkit read them, for three counties in provinces the shared series do not cover (山东 曹县:
three work reports, a budget execution report with 快报数, the 2023 statistical bulletin and a
调整后 census revision; 山西 平遥县: three work reports and a January speech; 江西 婺源县: three work
reports with ranges, 左右 and bounds, a 过去五年 review). The cells and target/outcome pairs an analyst
reads in them (/work/scratch/h8/EXPECTED.md) are asserted through the real pipeline
(tests/series.py). The first run (FIRST_RUN.md) had 139 of 151 cells and 59 of 67 pairs right; the
differences were the first classes below (预计, parks, …集镇, 今年是…之年, 快报数, goal after the subject);
the others were found probing the same constructions past the series. Each class has passages of our
own (those marked fixed failed before, the guards passed before and after):

* 预计 inside a subject's clause (kinds.kind_in): 全县地区生产总值预计完成211.6亿元,增长5.1%;财政总收入
  22.61亿元,… made every later ;-segment of the sentence an estimate, though its own subject carries no
  预计 (婺源 2023: eleven cells of kind estimate; 曹县 2023: the county's 规上工业增加值 8.4 lost as an
  "estimate" to a park's actual). Fixed: a 预计 that stands after a subject in its clause governs its
  ;-segment only. Guards: 预计全年实现… and 全县预计完成… (opening the sentence's figures) still govern
  all of it, and a 其中 part in the same segment stays expected.
* A park's sentence after a clause without figures (blocking.sentence_of_other_place): 园区承载能力持续增强,
  曹县经济开发区实现地区生产总值132.5亿元,增长9.6%,规模以上工业增加值增长11.2% gave the park's 11.2 to
  the county (the topic rule reads only a sentence opening on the park). Fixed: a sentence whose first
  subject a park (a part of the region) qualifies speaks of the park in its later clauses too, as it
  already did for townships and other places, until the own region is named; the region's own name
  before a zone word (曹县经济开发区) names the park, not the region. Guards: 全县 named later,
  a park's share of the county, a lead clause naming 园区 with the county's own figures.
* Parks listed with towns or other parks before 分别 (places.names_other_places): 曹县经济开发区、庄寨镇
  分别实现一般公共预算收入3.2亿元、0.9亿元 and 高新区、经开区分别完成固定资产投资32亿元、26亿元 gave the first
  figure to the county (a park's name was no place of a list; older than this session). Now a listed
  park's name (a zone word ends it, not the report's own) is a place of the list. Guard: 全县、经开区…
* Parts listed before 分别 and the subject (cue subject parts_listed_before, indicator_choice):
  工业、服务业分别完成固定资产投资32亿元、26亿元 gave the first part's 32 to fai (older than this session).
  Now the figures of such a list are the parts', no fact. Guards: subjects listed (地区生产总值、一般公共
  预算收入分别…), a compound subject (城、乡居民…), the region first (全县、经开区分别…).
* Towns named …集镇 (cue place not_town_before_unit): 普连集镇规模以上工业增加值增长15.3% was the county's,
  集 before 镇 rejecting every such name (韩集镇, 青堌集镇: common in Shandong, Henan, Anhui). Fixed: 集 is
  no longer such a character; the township stop list keeps 集镇, 小集镇, 中心/特色/农村集镇. Guards: 加快集镇建设,
  美丽集镇建设加快 before the county's own figures.
* 今年是…之年 opening a paragraph of a January speech (frames.opening_frame, cue frame
  this_year_is_opening): a plain 今年 opening in January looks back on the year just ended, so the goals
  of 今年是…开局之年。全县上下要锚定目标,地区生产总值力争增长7%,… were dated to the year before and the
  bounded ones (固定资产投资增长15%以上) read as its actuals. Fixed: 今年是…之年 is the year the report is
  delivered in. Guards: 今年, opening a sentence of goals; a December summary's 今年是…; 去年,… in January.
* 快报数 as the base of a growth (cue continuation words): 预算安排31.2亿元,比上年快报数增长5% lost its
  growth target (执行数, 决算数 were read). Fixed: 快报数 continues the subject like them.
* What a report or meeting proposed, in news of a session (cue target sentence_goal, planning):
  报告提出,2025年全县地区生产总值增长5%以上 was an actual of 2025, and 会议提出,今年… an actual of the year
  just ended, beating nothing but printed in the panel as an outcome. Now a sentence opening on
  报告/会议/大会/规划(明确)提出, sets goals: its figures are targets, its 今年 the plan year. Guards:
  报告指出 (a review), 报告提出了…举措 (no figure).
* Revision words 最终核实/经核实/核实为 (cue panel revision): a later report's 2023年全县地区生产总值最终核实为
  445.2亿元 lost to the bulletin's first printing by genre and was a conflict; now it revises it (listed
  revised, no conflict). Guards: a restatement without the words, 经市统计局统一核算 (a first printing).
* A township's report in the county's series (candidates.doc_info): a township carries its county's
  code, and so its region_id, so 单县终兴镇2023年工作总结's figures filled and contested the county's cells
  (a town's 0.98亿元 became 曹县's revenue of 2023 in the first probe). Now a township's report keys its
  own series by its name.
* A goal word after its clause's subject (cue target clause_goal): 地区生产总值力争增长6.5%,固定资产投资
  增长10%以上,接待游客恢复到1300万人次以上 (a speech) made only the first figure a target; the goal now
  carries to the later clauses of the list, as it did when the goal word opened the clause. Guards:
  确保了, 力争上游, a goal word without a figure, funds secured (争取上级资金).

Judged not an error: 城乡居民人均可支配收入增长6.5%以上 gives no fact (aliases.csv: one rate of the
compound may say each member grew so; ambiguous, no guess), so the two pairs I had expected for it
(urban, rural) are not asserted. Left as strict xfail: a speech's goals outside a dated paragraph
(no 今年 in their sentence nor in their paragraph's opening) take the year described, not the year
the speech is delivered in (see XFAIL_CASES).
"""

from __future__ import annotations

import pytest
from passages import check_case
from series import build_all, panel_cell, run_series, wrong_cells, wrong_pairs

#: A work report of January 2024 on 2023, in a county of Shandong.
META = {"year": 2023, "report_date": "2024-01-10", "region": "曹县", "level": "county"}
#: A county head's speech of July 2023 (on the year so far).
MIDYEAR = {"year": 2023, "report_date": "2023-07-20", "region": "平遥县", "level": "county", "report_type": "讲话"}
#: News of a county's people's congress session of January 2025 (the work report on 2024).
NEWS = {"year": 2024, "report_date": "2025-01-09", "region": "婺源县", "level": "county", "report_type": "新闻报道"}
#: A county head's speech at the economic work conference of January 2023 (on 2022, planning 2023).
SPEECH = {"year": 2022, "report_date": "2023-01-30", "region": "平遥县", "level": "county", "report_type": "讲话"}

FACT_CASES: list[dict] = [
    # ---- 预计 inside a subject's clause governs its ;-segment only (fixed)
    {
        "id": "estimate_of_the_first_subject_only",
        "text": "2023年，全县地区生产总值预计完成186.5亿元，增长5.6%；一般公共预算收入9.32亿元，增长4.1%；固定资产投资增长7.8%。",
        "facts": [
            ("gdp", "level", 186.5, 2023, "", "estimate", None),
            ("gdp", "yoy_pct", 5.6, 2023, "", "estimate", None),
            ("general_budget_revenue", "level", 9.32, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 4.1, 2023, "", "actual", None),
            ("fai", "yoy_pct", 7.8, 2023, "", "actual", None),
        ],
        "absent": [
            ("general_budget_revenue", "level", 9.32, 2023, "", "estimate"),
            ("fai", "yoy_pct", 7.8, 2023, "", "estimate"),
        ],
    },
    {
        "id": "estimate_of_retail_not_of_income",
        "text": "过去一年，社会消费品零售总额预计达到96.3亿元，增长6.2%；城镇居民人均可支配收入38650元，增长5.1%。",
        "facts": [
            ("retail_sales", "level", 96.3, 2023, "", "estimate", None),
            ("urban_income", "level", 38650, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.1, 2023, "", "actual", None),
        ],
        "absent": [("urban_income", "level", 38650, 2023, "", "estimate")],
    },
    {
        "id": "estimate_of_industry_not_of_visitors",
        "text": "规模以上工业增加值预计增长7.5%；接待游客1520万人次，增长18.6%。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.5, 2023, "", "estimate", None),
            ("tourist_visits", "level", 1520, 2023, "", "actual", None),
            ("tourist_visits", "yoy_pct", 18.6, 2023, "", "actual", None),
        ],
        "absent": [("tourist_visits", "level", 1520, 2023, "", "estimate")],
    },
    # guards: 预计 opening the sentence's figures governs all of them; a part in the same segment
    {
        "id": "near_estimate_opening_the_sentence",
        "text": "预计全年实现地区生产总值186.5亿元，增长5.6%；一般公共预算收入9.32亿元，增长4.1%。",
        "facts": [
            ("gdp", "level", 186.5, 2023, "", "estimate", None),
            ("general_budget_revenue", "level", 9.32, 2023, "", "estimate", None),
            ("general_budget_revenue", "yoy_pct", 4.1, 2023, "", "estimate", None),
        ],
        "absent": [("general_budget_revenue", "level", 9.32, 2023, "", "actual")],
    },
    {
        "id": "near_estimate_with_its_part",
        "text": "财政总收入预计完成15.6亿元，其中一般公共预算收入9.35亿元，增长4.3%。",
        "facts": [
            ("fiscal_revenue", "level", 15.6, 2023, "", "estimate", None),
            ("general_budget_revenue", "level", 9.35, 2023, "", "estimate", None),
        ],
        "absent": [("general_budget_revenue", "level", 9.35, 2023, "", "actual")],
    },
    {
        "id": "near_estimate_after_the_region",
        "text": "2023年，全县预计完成固定资产投资120亿元；规模以上工业增加值增长7.2%。",
        "facts": [
            ("fai", "level", 120, 2023, "", "estimate", None),
            ("industrial_va", "yoy_pct", 7.2, 2023, "", "estimate", None),
        ],
        "absent": [],
    },
    # ---- a park's sentence after a clause without figures (fixed)
    {
        "id": "park_after_a_lead_clause",
        "text": "平台建设提档升级，高新区实现规模以上工业总产值86.4亿元，固定资产投资增长14.2%。",
        "facts": [],
        "absent": [("fai", "yoy_pct", 14.2), ("industrial_output", "level", 86.4)],
    },
    {
        "id": "chemical_park_after_a_lead_clause",
        "text": "产业集聚效应凸显，化工园区完成工业投资21.5亿元，规模以上工业增加值增长12.8%。",
        "facts": [],
        "absent": [("industrial_va", "yoy_pct", 12.8), ("industrial_investment", "level", 21.5)],
    },
    {
        "id": "park_named_after_the_county",
        "text": "园区承载能力持续增强，曹县经济开发区实现地区生产总值132.5亿元，增长9.6%，规模以上工业增加值增长11.2%。",
        "facts": [],
        "absent": [("industrial_va", "yoy_pct", 11.2), ("gdp", "level", 132.5)],
    },
    {
        "id": "near_county_named_after_its_park",
        "text": "园区承载能力持续增强，曹县经济开发区实现地区生产总值132.5亿元，占全县的25.9%，曹县规模以上工业增加值增长8.4%。",
        "facts": [("industrial_va", "yoy_pct", 8.4, 2023, "", "actual", None)],
        "absent": [("gdp", "level", 132.5)],
    },
    # guards: the own region named; the park's share of the county; 园区 in a lead before the county's figures
    {
        "id": "near_county_named_after_the_park",
        "text": "工业园区完成固定资产投资52亿元，占全县的41%，全县规模以上工业增加值增长8.1%。",
        "facts": [("industrial_va", "yoy_pct", 8.1, 2023, "", "actual", None)],
        "absent": [("fai", "level", 52)],
    },
    {
        "id": "near_parks_in_a_lead_clause",
        "text": "园区承载能力持续增强，规模以上工业增加值增长8.7%，固定资产投资增长10.9%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.7, 2023, "", "actual", None),
            ("fai", "yoy_pct", 10.9, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_county_after_a_parks_lead",
        "text": "园区承载能力持续增强，全县规模以上工业增加值增长8.4%，固定资产投资增长10.2%。",
        "facts": [
            ("industrial_va", "yoy_pct", 8.4, 2023, "", "actual", None),
            ("fai", "yoy_pct", 10.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- parks listed with towns or parks before 分别 (fixed)
    {
        "id": "park_and_town_listed",
        "text": "开发区建设提速，曹县经济开发区、庄寨镇分别实现一般公共预算收入3.2亿元、0.9亿元。",
        "facts": [],
        "absent": [("general_budget_revenue", "level", 3.2), ("general_budget_revenue", "level", 0.9)],
    },
    {
        "id": "two_parks_listed",
        "text": "高新区、经开区分别完成固定资产投资32亿元、26亿元。",
        "facts": [],
        "absent": [("fai", "level", 32.0), ("fai", "level", 26.0)],
    },
    {
        "id": "town_and_park_listed",
        "text": "庄寨镇、高新区分别完成固定资产投资12亿元、26亿元。",
        "facts": [],
        "absent": [("fai", "level", 12.0), ("fai", "level", 26.0)],
    },
    # guard: the county listed with a park keeps its own figure
    {
        "id": "near_county_and_park_listed",
        "text": "全县、经开区分别完成固定资产投资120亿元、26亿元。",
        "facts": [("fai", "level", 120.0, 2023, "", "actual", None)],
        "absent": [("fai", "level", 26.0)],
    },
    # ---- parts listed before 分别 and the subject (fixed)
    {
        "id": "sectors_listed_before_the_subject",
        "text": "工业、服务业分别完成固定资产投资32亿元、26亿元。",
        "facts": [],
        "absent": [("fai", "level", 32.0), ("fai", "level", 26.0)],
    },
    {
        "id": "urban_rural_listed_before_the_subject",
        "text": "项目建设提速，城镇、农村分别完成固定资产投资80亿元、12亿元。",
        "facts": [],
        "absent": [("fai", "level", 80.0), ("fai", "level", 12.0)],
    },
    {
        "id": "three_industries_listed_before_the_subject",
        "text": "第一、二、三产业分别完成固定资产投资3亿元、52亿元、41亿元。",
        "facts": [],
        "absent": [("fai", "level", 3.0), ("fai", "level", 52.0), ("fai", "level", 41.0)],
    },
    # guards: subjects listed before 分别; a compound subject; the region first (its own figure, above)
    {
        "id": "near_subjects_listed_before_respectively",
        "text": "地区生产总值、一般公共预算收入分别完成512.3亿元、30.02亿元。",
        "facts": [
            ("gdp", "level", 512.3, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 30.02, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_compound_subject_listed",
        "text": "城、乡居民人均可支配收入分别为32946元、18037元。",
        "facts": [
            ("urban_income", "level", 32946, 2023, "", "actual", None),
            ("rural_income", "level", 18037, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- towns named …集镇 (fixed)
    {
        "id": "town_named_ji_zhen",
        "text": "韩集镇规模以上工业增加值增长15.3%。",
        "facts": [],
        "absent": [("industrial_va", "yoy_pct", 15.3)],
    },
    {
        "id": "towns_named_ji_zhen_listed",
        "text": "其中，青堌集镇、王集镇分别实现一般公共预算收入1.2亿元、0.9亿元。",
        "facts": [],
        "absent": [("general_budget_revenue", "level", 1.2), ("general_budget_revenue", "level", 0.9)],
    },
    # guards: 集镇 as a word
    {
        "id": "near_market_towns_built",
        "text": "加快集镇建设，全县一般公共预算收入完成9.3亿元，增长5%。",
        "facts": [
            ("general_budget_revenue", "level", 9.3, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "near_beautiful_market_towns",
        "text": "美丽集镇建设加快，一般公共预算收入完成9.3亿元，增长5%。",
        "facts": [("general_budget_revenue", "level", 9.3, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- 今年是…之年 opening a paragraph of a January speech: the year of delivery (fixed)
    {
        "id": "this_year_is_the_opening_year_in_january",
        "meta": SPEECH,
        "text": "今年是全面贯彻落实党的二十大精神的开局之年，做好今年经济工作意义重大。全县上下要锚定目标、真抓实干，地区生产总值力争增长7.5%，固定资产投资增长16%以上，一般公共预算收入确保增长8%。",
        "facts": [
            ("gdp", "yoy_pct", 7.5, 2023, "", "target", None),
            ("fai", "yoy_pct", 16.0, 2023, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 8.0, 2023, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.5, 2022), ("fai", "yoy_pct", 16.0, 2022)],
    },
    {
        "id": "this_year_is_the_key_year_in_january",
        "meta": SPEECH,
        "text": "今年是“十四五”规划承上启下的关键之年。全县接待游客力争恢复到1300万人次以上，城镇新增就业确保4500人。",
        "facts": [
            ("tourist_visits", "level", 1300, 2023, "", "target", None),
            ("new_urban_jobs", "level", 4500, 2023, "", "target", None),
        ],
        "absent": [("tourist_visits", "level", 1300, 2022), ("new_urban_jobs", "level", 4500, 2022)],
    },
    # guards: 今年, with goals; a December summary; 去年 in January
    {
        "id": "near_this_year_opening_goals",
        "meta": SPEECH,
        "text": "今年，全县上下要锚定目标，地区生产总值力争增长7%，固定资产投资增长15%以上。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 15.0, 2023, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "near_this_year_is_in_december",
        "meta": {"year": 2023, "report_date": "2023-12-20", "report_type": "工作总结"},
        "text": "今年是全面贯彻落实党的二十大精神的开局之年。全县地区生产总值预计增长6.2%，固定资产投资增长9.4%。",
        "facts": [
            ("gdp", "yoy_pct", 6.2, 2023, "", "estimate", None),
            ("fai", "yoy_pct", 9.4, 2023, "", "estimate", None),
        ],
        "absent": [],
    },
    {
        "id": "near_last_year_in_january",
        "meta": SPEECH,
        "text": "去年，面对多重超预期因素冲击，全县地区生产总值增长4.6%，固定资产投资增长12.4%。",
        "facts": [
            ("gdp", "yoy_pct", 4.6, 2022, "", "actual", None),
            ("fai", "yoy_pct", 12.4, 2022, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a goal word after its clause's subject carries the goal to the list (fixed)
    {
        "id": "goal_after_the_subject_carries_to_the_list",
        "meta": MIDYEAR,
        "text": "全县上下要咬定全年目标不放松，地区生产总值力争增长6.5%，固定资产投资增长10%以上，接待游客恢复到1300万人次以上。",
        "facts": [
            ("gdp", "yoy_pct", 6.5, 2023, "", "target", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
            ("tourist_visits", "level", 1300, 2023, "", "target", None),
        ],
        "absent": [("fai", "yoy_pct", 10.0, 2023, "", "actual"), ("tourist_visits", "level", 1300, 2023, "", "actual")],
    },
    {
        "id": "ensured_goal_after_the_subject_carries",
        "meta": MIDYEAR,
        "text": "下半年，各乡镇各部门要狠抓落实，城镇新增就业确保完成4500人，农村劳动力转移就业2.1万人。",
        "facts": [
            ("new_urban_jobs", "level", 4500, 2023, "H2", "target", None),
            ("labor_transfer", "level", 21000, 2023, "H2", "target", None),
        ],
        "absent": [("labor_transfer", "level", 21000, 2023, "H2", "actual")],
    },
    # guards: 确保了 (done), 力争上游 (an idiom of a review), a goal word without a figure, funds secured
    {
        "id": "near_ensured_done_does_not_carry",
        "meta": MIDYEAR,
        "text": "上半年，全县地区生产总值增长5.2%，一般公共预算收入确保了增长8%，固定资产投资增长9.6%。",
        "facts": [
            ("gdp", "yoy_pct", 5.2, 2023, "H1", "actual", None),
            ("fai", "yoy_pct", 9.6, 2023, "H1", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 9.6, 2023, "H1", "target")],
    },
    {
        "id": "near_review_goals_without_figures",
        "text": "我们力争上游，全县地区生产总值增长6.2%，固定资产投资增长9.1%；粮食生产确保稳定，粮食总产量达到52万吨；全县争取上级资金5.6亿元，固定资产投资增长9.1%。",
        "facts": [
            ("gdp", "yoy_pct", 6.2, 2023, "", "actual", None),
            ("fai", "yoy_pct", 9.1, 2023, "", "actual", None),
            ("grain_output", "level", 52, 2023, "", "actual", None),
        ],
        "absent": [("grain_output", "level", 52, 2023, "", "target"), ("fai", "yoy_pct", 9.1, 2023, "", "target")],
    },
    # ---- news of a session: what the report proposed (fixed)
    {
        "id": "news_report_proposed_with_a_year",
        "meta": NEWS,
        "text": "报告提出，2025年全县地区生产总值增长5%以上，一般公共预算收入增长3%。",
        "facts": [
            ("gdp", "yoy_pct", 5.0, 2025, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 3.0, 2025, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.0, 2025, "", "actual")],
    },
    {
        "id": "news_meeting_proposed_this_year",
        "meta": NEWS,
        "text": "会议提出，今年全县地区生产总值增长5%以上，城镇新增就业4000人。",
        "facts": [
            ("gdp", "yoy_pct", 5.0, 2025, "", "target", None),
            ("new_urban_jobs", "level", 4000, 2025, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.0, 2024), ("new_urban_jobs", "level", 4000, 2024)],
    },
    # guards: what the report pointed out (a review); 提出了 measures
    {
        "id": "near_news_report_pointed_out",
        "meta": NEWS,
        "text": "报告指出，2024年，全县地区生产总值完成224.8亿元，增长5.3%。",
        "facts": [("gdp", "level", 224.8, 2024, "", "actual", None), ("gdp", "yoy_pct", 5.3, 2024, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_news_report_proposed_measures",
        "meta": NEWS,
        "text": "报告提出了加快发展的五项举措。过去一年，全县地区生产总值增长5.3%。",
        "facts": [("gdp", "yoy_pct", 5.3, 2024, "", "actual", None)],
        "absent": [],
    },
    # ---- 快报数 as the base of next year's budget growth (fixed)
    {
        "id": "budget_growth_on_the_quick_report",
        "meta": {"year": 2023, "report_type": "预算执行情况报告"},
        "text": "二、2024年预算草案\n2024年全县一般公共预算收入预算安排31.2亿元，比上年快报数增长5%。",
        "facts": [
            ("general_budget_revenue", "level", 31.2, 2024, "", "target", None),
            ("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None),
        ],
        "absent": [],
    },
    {
        "id": "spending_growth_on_the_quick_report",
        "meta": {"year": 2023, "report_type": "预算执行情况报告"},
        "text": "一、2023年预算执行情况\n全县一般公共预算支出完成77.95亿元，较上年快报数增长2.4%。",
        "facts": [
            ("fiscal_expenditure", "level", 77.95, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 2.4, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # guard: a growth on the outturn, as before
    {
        "id": "near_budget_growth_on_the_outturn",
        "meta": {"year": 2023, "report_type": "预算执行情况报告"},
        "text": "二、2024年预算草案\n2024年全县一般公共预算收入预算安排31.2亿元，比上年执行数增长5%。",
        "facts": [("general_budget_revenue", "yoy_pct", 5.0, 2024, "", "target", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", FACT_CASES, ids=[c["id"] for c in FACT_CASES])
def test_construction(case):
    check_case(case, META)


#: Left: a speech's goals outside a dated paragraph (no 今年 in their paragraph's opening nor in
#: their sentence) take the year described (2022 in a speech of March 2023), not the year of delivery:
#: a rule on the year of a goal sentence must tell them from a review's 年初…力争增长7%的目标 (the year
#: described), which the timing stage cannot yet tell apart (the frame does not record whether its
#: year was printed).
XFAIL_CASES: list[dict] = [
    {
        "id": "speech_goals_in_march_take_the_year_of_delivery",
        "meta": {**SPEECH, "report_date": "2023-03-16"},
        "text": "全县上下要咬定目标不放松，地区生产总值力争增长7%，固定资产投资增长15%以上，接待游客恢复到1300万人次以上。",
        "facts": [
            ("gdp", "yoy_pct", 7.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 15.0, 2023, "", "target", None),
            ("tourist_visits", "level", 1300, 2023, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.0, 2022)],
    },
]


@pytest.mark.xfail(strict=True, reason="a speech's goals outside a dated paragraph take the year described")
@pytest.mark.parametrize("case", XFAIL_CASES, ids=[c["id"] for c in XFAIL_CASES])
def test_left_as_is(case):
    check_case(case, META)


# --------------------------------------------------------------------------- revision words: 核实
#: A bulletin's first printing and a later work report restating the figure.
BULLETIN_2023 = """
单县2023年国民经济和社会发展统计公报
单县统计局
2024年3月26日
初步核算，全县地区生产总值438.6亿元，按可比价格计算，比上年增长6.2%。全年一般公共预算收入26.45亿元，增长5.1%。
"""
LATER_WR = """
单县人民政府工作报告
——2025年1月7日在单县第十九届人民代表大会第五次会议上
一、2024年工作回顾
2024年，全县地区生产总值完成462.3亿元，增长5.8%。{restated}
"""


@pytest.mark.parametrize(
    "restated, value, resolution",
    [
        # fixed: 最终核实, 经核实, 核实为 (the statisticians' words for a final figure) revise the bulletin
        ("经最终核实，2023年全县地区生产总值为445.2亿元。", 445.2, "revised"),
        ("2023年全县地区生产总值最终核实为445.2亿元。", 445.2, "revised"),
        ("2023年全县地区生产总值经核实为445.2亿元。", 445.2, "revised"),
        # guards: no revision word, or the regular first printing's 统一核算: the bulletin wins, a conflict
        ("2023年全县地区生产总值为445.2亿元。", 438.6, "more authoritative genre"),
        ("经市统计局统一核算，2023年全县地区生产总值为445.2亿元。", 438.6, "more authoritative genre"),
    ],
    ids=["final_verified", "verified_as", "after_verification", "near_plain_restated", "near_unified_accounting"],
)
def test_verified_figure_revises_the_bulletin(tmp_path, restated, value, resolution):
    panel, conflicts, _ = run_series(
        tmp_path, {"shan_2023_bulletin": BULLETIN_2023, "shan_2024_wr": LATER_WR.format(restated=restated)}
    )
    cell = panel_cell(panel, "gdp", "level", 2023)
    assert cell["value"] == pytest.approx(value)
    lost = conflicts[(conflicts["indicator"] == "gdp") & (conflicts["year"] == 2023)]
    assert len(lost) == 1 and lost.iloc[0]["resolution"].startswith(resolution), lost
    assert ("conflict" in str(cell["flags"])) == (resolution != "revised")


# --------------------------------------------------------------------------- a township's report
SHAN_TOWN = {
    "shan_2023_wr": """
单县人民政府工作报告
——2024年1月9日在单县第十九届人民代表大会第四次会议上
一、2023年工作回顾
2023年，全县地区生产总值完成438.6亿元，增长6.2%；一般公共预算收入26.45亿元，增长5.1%。
""",
    "zhongxing_2023_summary": """
单县终兴镇2023年工作总结
2024年1月6日
2023年，全镇一般公共预算收入完成0.86亿元，增长7.5%；全镇完成固定资产投资9.6亿元，增长12.2%。
""",
}


def test_a_townships_report_is_its_own_series(tmp_path):
    """A township's report carries its county's code (EXTRACTION.md), but its figures are the
    township's: keyed by its name, never filling or contesting the county's cells (before: the
    town's 9.6亿元 of investment was the county's fai level of 2023, its 0.86 a conflict on the
    county's revenue)."""
    panel, conflicts, _ = run_series(tmp_path, SHAN_TOWN)
    county = panel[panel["region"] == "单县"]
    assert set(county["doc_id"]) == {"shan_2023_wr"}
    assert panel_cell(county, "general_budget_revenue", "level", 2023)["value"] == pytest.approx(26.45)
    assert "conflict" not in str(panel_cell(county, "general_budget_revenue", "level", 2023)["flags"])
    town = panel[panel["doc_id"] == "zhongxing_2023_summary"]
    assert set(town["region"]) == {"单县终兴镇"} and (town["region_id"].fillna("") == "").all()
    assert panel_cell(town, "fai", "level", 2023)["value"] == pytest.approx(9.6)
    assert conflicts.empty


# --------------------------------------------------------------------------- the three series
# The reports are my own texts (invented figures, real county names so the metadata stage names them).

CAOXIAN = {
    "caoxian_2022_wr": """
曹县人民政府工作报告
——2023年1月10日在曹县第十九届人民代表大会第三次会议上
县长 王晓东
一、2022年工作回顾
过去一年，我们坚持稳中求进工作总基调，顶住多重压力，全县经济运行保持平稳。全年实现地区生产总值468.3亿元，增长4.8%；一般公共预算收入28.16亿元，增长6.2%；规模以上工业增加值增长7.5%；固定资产投资增长9.1%；社会消费品零售总额196.4亿元，增长1.2%；城镇、农村居民人均可支配收入分别达到31254元、16820元，分别增长4.9%、6.8%。
电商产业持续壮大，淘宝村达到176个，大集镇成为全国最大的演出服产业集群。
这些成绩的取得，是县委坚强领导的结果，是全县人民团结奋斗的结果。我们也清醒看到，经济总量不大、产业层次不高、县域创新能力不强等问题依然存在，政府自身建设还有不少短板，我们将认真加以解决。
二、2023年工作安排
今年全县经济社会发展的主要预期目标是：地区生产总值增长6%—6.5%，一般公共预算收入增长6%以上，规模以上工业增加值增长8%左右，固定资产投资增长10%，社会消费品零售总额增长7%，城乡居民人均可支配收入增长与经济增长同步。
我们将锚定“十四五”目标不放松，到2025年，全县地区生产总值达到600亿元，一般公共预算收入达到35亿元。
""",
    "caoxian_2023_budget": """
关于曹县2023年预算执行情况和2024年预算草案的报告
——2024年1月8日在曹县第十九届人民代表大会第四次会议上
曹县财政局局长 李明
一、2023年预算执行情况
（一）一般公共预算。全县一般公共预算收入完成29.71亿元（快报数，下同），为预算的101.2%，增长5.5%，其中税收收入19.86亿元，占一般公共预算收入的比重为66.8%。全县一般公共预算支出77.95亿元，增长2.4%，民生支出占比达到80.3%。
在收入增长放缓的情况下，我们坚持过紧日子，压减一般性支出，全力保障基本民生、工资发放和机关运转，县级“三保”支出足额落实。同时，积极争取上级转移支付资金，加强预算绩效管理，财政资金使用效益进一步提高。
（二）政府性基金预算。全县政府性基金预算收入完成18.4亿元，下降12.6%。
总体看，2023年全县预算执行情况良好，但财政收支矛盾依然突出，收入增长的基础还不牢固，刚性支出持续增加，部分镇街“三保”压力较大。我们将在今后工作中采取有效措施，认真加以解决。
二、2024年预算草案
根据全县经济发展预期目标，2024年全县一般公共预算收入预算安排31.2亿元，比上年快报数增长5%；一般公共预算支出安排79.3亿元。
""",
    "caoxian_2023_bulletin": """
曹县2023年国民经济和社会发展统计公报
曹县统计局
2024年3月28日
一、综合
初步核算，全县地区生产总值512.3亿元，按现价计算增长9.4%，按可比价格计算增长6.1%。其中，第一产业增加值61.5亿元，增长4.1%；第二产业增加值201.7亿元，增长6.8%；第三产业增加值249.1亿元，增长6.0%。按常住人口计算，人均地区生产总值36645元。
年末全县户籍总人口171.6万人，常住人口139.8万人，城镇化率为51.2%。全年新登记市场主体2.9万户，年末实有市场主体19.7万户。
二、财政
全年一般公共预算收入30.02亿元，比上年增长6.6%，其中税收收入20.35亿元。一般公共预算支出78.6亿元，增长3.2%。
三、固定资产投资
全年固定资产投资比上年增长10.3%。其中，工业投资增长18.5%，民间投资增长7.9%。
四、国内贸易
全年社会消费品零售总额207.1亿元，比上年增长5.4%。
五、人民生活
全年城镇居民人均可支配收入32946元，比上年增长5.4%；农村居民人均可支配收入18037元，增长7.2%。
""",
    "caoxian_2023_wr": """
曹县人民政府工作报告
——2024年1月9日在曹县第十九届人民代表大会第四次会议上
县长 王晓东
一、2023年工作回顾
2023年，全县经济总量迈上500亿元新台阶，地区生产总值预计达到508.6亿元，增长6.3%；一般公共预算收入完成29.71亿元，增长5.5%；规模以上工业增加值增长8.4%；固定资产投资增长10.6%；社会消费品零售总额预计完成208.9亿元，增长6.4%；城镇、农村居民人均可支配收入分别达到32880元、18010元，分别增长5.2%、7.1%。
园区承载能力持续增强，曹县经济开发区实现地区生产总值132.5亿元，增长9.6%，规模以上工业增加值增长11.2%。普连集镇规模以上工业增加值增长15.3%。
过去一年，我们聚力项目建设，新开工亿元以上项目68个，新增市场主体1.3万户；我们坚持民生优先，办好了20件民生实事，新建改扩建中小学校12所，城乡居民基本医疗保险参保率稳定在96%以上。
二、2024年主要预期目标
2024年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%以上，规模以上工业增加值增长8%，固定资产投资增长8%以上，社会消费品零售总额增长7%左右，城镇调查失业率控制在5.5%以内。
""",
    "caoxian_2024_wr": """
曹县人民政府工作报告
——2025年1月8日在曹县第十九届人民代表大会第五次会议上
县长 王晓东
一、2024年工作回顾
2024年，全县地区生产总值完成548.7亿元，增长5.9%；一般公共预算收入31.40亿元，增长4.6%；规模以上工业增加值增长9.1%；固定资产投资增长7.2%；社会消费品零售总额221.6亿元，增长6.9%；城镇调查失业率5.1%。
过去一年，我们坚持项目为王，实施省市县重点项目126个，完成投资263亿元；电商产业加速转型，全县网络零售额增长12.7%，演出服、木制品两大产业集群持续壮大；教育、医疗、养老等民生事业全面进步，办成一批群众急难愁盼的实事。
城乡居民收入稳步增长，城镇、农村居民人均可支配收入分别增长5.1%、6.6%。
经第五次全国经济普查调整后，2023年全县地区生产总值为521.4亿元。
二、2025年主要预期目标
地区生产总值增长5.5%以上，一般公共预算收入增长4%，规模以上工业增加值增长7%左右，固定资产投资增长6%，社会消费品零售总额增长6%左右。
""",
}

PINGYAO = {
    "pingyao_2021_wr": """
平遥县人民政府工作报告
——2022年1月12日在平遥县第十七届人民代表大会第一次会议上
代县长 张建华
一、2021年工作回顾
2021年是“十四五”开局之年。一年来，全县地区生产总值完成172.4亿元，按可比价计算增长8.6%；一般公共预算收入完成9.85亿元，增长12.3%；固定资产投资增长11.5%；社会消费品零售总额82.6亿元，增长13.1%；接待国内外游客1128.6万人次，实现旅游总收入108.3亿元，分别增长28.4%、31.2%；城镇居民人均可支配收入36215元，增长7.9%；农村居民人均可支配收入17864元，增长10.6%。
古城保护利用走深走实，平遥国际摄影大展、平遥国际电影展影响力持续扩大，文旅融合发展步伐加快。
生态环境持续改善，完成营造林3.2万亩，汾河平遥段水质稳定达标。
二、今后五年的奋斗目标
“十四五”时期，全县地区生产总值年均增长7.5%左右，到2025年达到240亿元，全域旅游示范区建设取得决定性进展。
三、2022年主要预期目标
地区生产总值增长7%左右，一般公共预算收入增长8%，固定资产投资增长10%以上，社会消费品零售总额增长9%，城乡居民人均可支配收入分别增长7.5%和9%。
""",
    "pingyao_2022_wr": """
平遥县人民政府工作报告
——2023年1月10日在平遥县第十七届人民代表大会第二次会议上
县长 张建华
一、2022年工作回顾
过去一年，面对疫情反复冲击和旅游市场持续低迷的严峻形势，全县地区生产总值完成181.5亿元，按可比价计算增长4.6%；一般公共预算收入完成10.62亿元，同口径增长9.1%，自然口径增长7.8%；固定资产投资增长12.4%；社会消费品零售总额83.9亿元，增长1.6%；接待游客846.2万人次，下降25.0%；旅游总收入78.5亿元，下降27.5%；城镇、农村居民人均可支配收入分别为37902元、19130元，分别增长4.7%、7.1%。
我们坚持把项目建设作为稳经济的主抓手，全年实施重点工程项目85项，推动牛肉、推光漆器、长山药等特色产业提档升级。
我们也清醒地认识到，经济结构偏重、县域财力薄弱、旅游业抗风险能力不强等问题依然突出。
二、2023年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6.5%以上，一般公共预算收入增长8%左右，固定资产投资增长10%，社会消费品零售总额增长8%，接待游客突破1200万人次，城乡居民人均可支配收入增长6.5%以上。
""",
    "pingyao_2023_speech": """
在全县经济工作会议上的讲话
平遥县人民政府县长 张建华
（2023年1月30日）
同志们：
这次会议的主要任务是，全面贯彻落实中央、省、市经济工作会议精神，总结去年工作，安排部署今年经济工作。
去年，面对多重超预期因素冲击，全县上下迎难而上，地区生产总值增长4.6%，固定资产投资增长12.4%，一般公共预算收入同口径增长9.1%，守住了经济基本盘。
今年是全面贯彻落实党的二十大精神的开局之年，做好今年经济工作意义重大。全县上下要锚定目标、真抓实干，地区生产总值力争增长7%，固定资产投资增长15%以上，一般公共预算收入确保增长8%，接待游客恢复到1300万人次以上。各乡镇、各部门要把目标任务逐项分解，责任落实到人，确保一季度实现“开门红”。
当前，我县发展仍面临不少困难和挑战：需求收缩、供给冲击、预期转弱三重压力仍然较大，项目储备不足，民营企业经营困难。我们必须增强忧患意识，坚持底线思维，扎实做好稳增长、促转型、防风险各项工作。
同志们，目标已经明确，任务已经下达，让我们以时不我待的紧迫感，为建设文化旅游名城、实现高质量转型发展作出新的更大贡献！
""",
    "pingyao_2023_wr": """
平遥县人民政府工作报告
——2024年1月11日在平遥县第十七届人民代表大会第三次会议上
县长 张建华
一、2023年工作回顾
过去一年，全县经济回升向好，地区生产总值跃上200亿元新台阶，达到201.3亿元，按可比价计算增长6.8%；一般公共预算收入11.38亿元，增长7.2%；固定资产投资增长9.2%；社会消费品零售总额91.2亿元，增长8.7%。旅游市场强劲复苏，全年接待游客1362.7万人次，实现旅游总收入139.6亿元，其中平遥古城景区接待游客486.3万人次。城镇、农村居民人均可支配收入分别达到40060元、20570元，增长5.7%、7.5%。古陶镇实现一般公共预算收入1.26亿元。
这一年，我们全力以赴抓项目、促投资，平遥古城旅游配套提升、汾河生态修复等一批重大项目开工建设；我们用心用情办好民生实事，新增城镇就业4216人，城乡低保、特困供养标准稳步提高；我们持之以恒改善生态环境，空气质量优良天数达到268天。
二、2024年主要预期目标
地区生产总值增长6%左右，一般公共预算收入增长6%，固定资产投资增长8%，社会消费品零售总额增长7%，接待游客增长10%以上。
""",
}

WUYUAN = {
    "wuyuan_2022_wr": """
婺源县人民政府工作报告
——2023年1月8日在婺源县第十七届人民代表大会第三次会议上
县长 汪志刚
一、2022年工作回顾
过去一年，全县地区生产总值完成198.7亿元，增长4.5%；财政总收入完成21.36亿元，增长3.1%，其中一般公共预算收入13.82亿元，增长2.6%；规模以上工业增加值增长8.2%；固定资产投资增长8.9%；接待游客2041.5万人次，旅游综合收入188.2亿元；全县居民人均可支配收入29368元，增长6.1%，其中农村居民人均可支配收入22186元，增长7.3%。
生态优势持续巩固，森林覆盖率稳定在82.64%，空气质量优良率达到99.2%，PM2.5年均浓度降至19微克/立方米，“中国最美乡村”品牌更加响亮。
二、2023年主要预期目标
地区生产总值增长6%—7%，财政总收入增长5%，一般公共预算收入增长4%左右，规模以上工业增加值增长9%，固定资产投资增长8%，接待游客增长15%以上，居民人均可支配收入增长6.5%，森林覆盖率保持在82.6%以上，PM2.5年均浓度控制在20微克/立方米以内。
""",
    "wuyuan_2023_wr": """
婺源县人民政府工作报告
——2024年1月10日在婺源县第十七届人民代表大会第四次会议上
县长 汪志刚
一、2023年工作回顾
过去一年，全县地区生产总值预计完成211.6亿元，增长5.1%；财政总收入22.61亿元，增长5.9%；一般公共预算收入14.36亿元，增长3.9%；规模以上工业增加值增长9.4%；固定资产投资下降2.6%；接待游客2515.8万人次，增长23.2%，旅游综合收入增长26.1%；居民人均可支配收入31305元，增长6.6%。森林覆盖率82.64%，空气质量优良率98.6%，比上年下降0.6个百分点，PM2.5年均浓度21微克/立方米。
乡村旅游提质升级，江湾镇接待游客312万人次，旅游收入增长31%。“十四五”以来，全县地区生产总值年均增长6.2%，发展后劲不断增强。
二、2024年主要预期目标
地区生产总值增长5.5%左右，财政总收入增长4%，一般公共预算收入增长3%以上，固定资产投资增长3%，接待游客增长10%，居民人均可支配收入增长6%，空气质量优良率保持在97%以上。力争到2025年，旅游综合收入突破300亿元。
""",
    "wuyuan_2024_wr": """
婺源县人民政府工作报告
——2025年1月9日在婺源县第十八届人民代表大会第一次会议上
县长 汪志刚
一、2024年工作回顾
2024年，全县地区生产总值完成224.8亿元，增长5.3%；财政总收入23.32亿元，增长3.1%；一般公共预算收入14.91亿元，增长3.8%；固定资产投资增长3.5%；接待游客2702.3万人次，增长7.4%；居民人均可支配收入33250元，增长6.2%；空气质量优良率97.5%，PM2.5年均浓度20微克/立方米。
一年来，我们扎实推进“旅游+”融合发展，新增国家4A级旅游景区2家，篁岭景区入选世界最佳旅游乡村；新建高标准农田2.1万亩，茶叶综合产值突破60亿元。
回顾过去五年，全县地区生产总值年均增长5.6%，居民人均可支配收入年均增长7.1%，县域综合实力迈上新台阶，城乡面貌发生深刻变化。
二、2025年主要预期目标
地区生产总值增长5%以上，财政总收入增长3%，一般公共预算收入增长3%左右，固定资产投资增长3%，居民人均可支配收入增长5.5%左右。
""",
}

SERIES = {"caoxian": CAOXIAN, "pingyao": PINGYAO, "wuyuan": WUYUAN}

#: The whole-year cells an analyst reads (EXPECTED.md): winning doc, indicator, measure, year,
#: period_start, value, kind. Why each wins is written there (调整后 over the bulletin, the bulletin
#: over the budget's 快报数 and the work report, 可比价 and 同口径 growth, milestones never values,
#: parks', towns' and scenic spots' figures never the county's).
CELLS = [
    ("caoxian_2022_wr", "gdp", "level", 2022, None, 468.3, "actual"),
    ("caoxian_2022_wr", "gdp", "yoy_pct", 2022, None, 4.8, "actual"),
    ("caoxian_2022_wr", "general_budget_revenue", "level", 2022, None, 28.16, "actual"),
    ("caoxian_2022_wr", "general_budget_revenue", "yoy_pct", 2022, None, 6.2, "actual"),
    ("caoxian_2022_wr", "industrial_va", "yoy_pct", 2022, None, 7.5, "actual"),
    ("caoxian_2022_wr", "fai", "yoy_pct", 2022, None, 9.1, "actual"),
    ("caoxian_2022_wr", "retail_sales", "level", 2022, None, 196.4, "actual"),
    ("caoxian_2022_wr", "retail_sales", "yoy_pct", 2022, None, 1.2, "actual"),
    ("caoxian_2022_wr", "urban_income", "level", 2022, None, 31254.0, "actual"),
    ("caoxian_2022_wr", "rural_income", "level", 2022, None, 16820.0, "actual"),
    ("caoxian_2022_wr", "urban_income", "yoy_pct", 2022, None, 4.9, "actual"),
    ("caoxian_2022_wr", "rural_income", "yoy_pct", 2022, None, 6.8, "actual"),
    ("caoxian_2024_wr", "gdp", "level", 2023, None, 521.4, "actual"),
    ("caoxian_2023_bulletin", "gdp", "yoy_pct", 2023, None, 6.1, "actual"),
    ("caoxian_2023_bulletin", "primary_va", "level", 2023, None, 61.5, "actual"),
    ("caoxian_2023_bulletin", "primary_va", "yoy_pct", 2023, None, 4.1, "actual"),
    ("caoxian_2023_bulletin", "secondary_va", "level", 2023, None, 201.7, "actual"),
    ("caoxian_2023_bulletin", "secondary_va", "yoy_pct", 2023, None, 6.8, "actual"),
    ("caoxian_2023_bulletin", "tertiary_va", "level", 2023, None, 249.1, "actual"),
    ("caoxian_2023_bulletin", "tertiary_va", "yoy_pct", 2023, None, 6.0, "actual"),
    ("caoxian_2023_bulletin", "gdp_per_capita", "level", 2023, None, 36645.0, "actual"),
    ("caoxian_2023_bulletin", "general_budget_revenue", "level", 2023, None, 30.02, "actual"),
    ("caoxian_2023_bulletin", "general_budget_revenue", "yoy_pct", 2023, None, 6.6, "actual"),
    ("caoxian_2023_budget", "general_budget_revenue", "completion_pct", 2023, None, 101.2, "actual"),
    ("caoxian_2023_bulletin", "fiscal_expenditure", "level", 2023, None, 78.6, "actual"),
    ("caoxian_2023_bulletin", "fiscal_expenditure", "yoy_pct", 2023, None, 3.2, "actual"),
    ("caoxian_2023_budget", "livelihood_spending_share", "level", 2023, None, 80.3, "actual"),
    ("caoxian_2023_wr", "industrial_va", "yoy_pct", 2023, None, 8.4, "actual"),
    ("caoxian_2023_bulletin", "fai", "yoy_pct", 2023, None, 10.3, "actual"),
    ("caoxian_2023_bulletin", "industrial_investment", "yoy_pct", 2023, None, 18.5, "actual"),
    ("caoxian_2023_bulletin", "private_investment", "yoy_pct", 2023, None, 7.9, "actual"),
    ("caoxian_2023_bulletin", "retail_sales", "level", 2023, None, 207.1, "actual"),
    ("caoxian_2023_bulletin", "retail_sales", "yoy_pct", 2023, None, 5.4, "actual"),
    ("caoxian_2023_bulletin", "urban_income", "level", 2023, None, 32946.0, "actual"),
    ("caoxian_2023_bulletin", "urban_income", "yoy_pct", 2023, None, 5.4, "actual"),
    ("caoxian_2023_bulletin", "rural_income", "level", 2023, None, 18037.0, "actual"),
    ("caoxian_2023_bulletin", "rural_income", "yoy_pct", 2023, None, 7.2, "actual"),
    ("caoxian_2024_wr", "gdp", "level", 2024, None, 548.7, "actual"),
    ("caoxian_2024_wr", "gdp", "yoy_pct", 2024, None, 5.9, "actual"),
    ("caoxian_2024_wr", "general_budget_revenue", "level", 2024, None, 31.4, "actual"),
    ("caoxian_2024_wr", "general_budget_revenue", "yoy_pct", 2024, None, 4.6, "actual"),
    ("caoxian_2024_wr", "industrial_va", "yoy_pct", 2024, None, 9.1, "actual"),
    ("caoxian_2024_wr", "fai", "yoy_pct", 2024, None, 7.2, "actual"),
    ("caoxian_2024_wr", "retail_sales", "level", 2024, None, 221.6, "actual"),
    ("caoxian_2024_wr", "retail_sales", "yoy_pct", 2024, None, 6.9, "actual"),
    ("caoxian_2024_wr", "surveyed_unemployment_rate", "level", 2024, None, 5.1, "actual"),
    ("caoxian_2024_wr", "urban_income", "yoy_pct", 2024, None, 5.1, "actual"),
    ("caoxian_2024_wr", "rural_income", "yoy_pct", 2024, None, 6.6, "actual"),
    ("caoxian_2024_wr", "key_project_investment", "level", 2024, None, 263.0, "actual"),
    ("caoxian_2022_wr", "gdp", "level", 2025, None, 600.0, "target"),
    ("caoxian_2022_wr", "general_budget_revenue", "level", 2025, None, 35.0, "target"),
    ("pingyao_2021_wr", "gdp", "level", 2021, None, 172.4, "actual"),
    ("pingyao_2021_wr", "gdp", "yoy_pct", 2021, None, 8.6, "actual"),
    ("pingyao_2021_wr", "general_budget_revenue", "level", 2021, None, 9.85, "actual"),
    ("pingyao_2021_wr", "general_budget_revenue", "yoy_pct", 2021, None, 12.3, "actual"),
    ("pingyao_2021_wr", "fai", "yoy_pct", 2021, None, 11.5, "actual"),
    ("pingyao_2021_wr", "retail_sales", "level", 2021, None, 82.6, "actual"),
    ("pingyao_2021_wr", "retail_sales", "yoy_pct", 2021, None, 13.1, "actual"),
    ("pingyao_2021_wr", "tourist_visits", "level", 2021, None, 1128.6, "actual"),
    ("pingyao_2021_wr", "tourist_visits", "yoy_pct", 2021, None, 28.4, "actual"),
    ("pingyao_2021_wr", "tourism_revenue", "level", 2021, None, 108.3, "actual"),
    ("pingyao_2021_wr", "tourism_revenue", "yoy_pct", 2021, None, 31.2, "actual"),
    ("pingyao_2021_wr", "urban_income", "level", 2021, None, 36215.0, "actual"),
    ("pingyao_2021_wr", "urban_income", "yoy_pct", 2021, None, 7.9, "actual"),
    ("pingyao_2021_wr", "rural_income", "level", 2021, None, 17864.0, "actual"),
    ("pingyao_2021_wr", "rural_income", "yoy_pct", 2021, None, 10.6, "actual"),
    ("pingyao_2021_wr", "afforestation", "level", 2021, None, 32000.0, "actual"),
    ("pingyao_2022_wr", "gdp", "level", 2022, None, 181.5, "actual"),
    ("pingyao_2022_wr", "gdp", "yoy_pct", 2022, None, 4.6, "actual"),
    ("pingyao_2022_wr", "general_budget_revenue", "level", 2022, None, 10.62, "actual"),
    ("pingyao_2022_wr", "general_budget_revenue", "yoy_pct", 2022, None, 9.1, "actual"),
    ("pingyao_2022_wr", "fai", "yoy_pct", 2022, None, 12.4, "actual"),
    ("pingyao_2022_wr", "retail_sales", "level", 2022, None, 83.9, "actual"),
    ("pingyao_2022_wr", "retail_sales", "yoy_pct", 2022, None, 1.6, "actual"),
    ("pingyao_2022_wr", "tourist_visits", "level", 2022, None, 846.2, "actual"),
    ("pingyao_2022_wr", "tourist_visits", "yoy_pct", 2022, None, -25.0, "actual"),
    ("pingyao_2022_wr", "tourism_revenue", "level", 2022, None, 78.5, "actual"),
    ("pingyao_2022_wr", "tourism_revenue", "yoy_pct", 2022, None, -27.5, "actual"),
    ("pingyao_2022_wr", "urban_income", "level", 2022, None, 37902.0, "actual"),
    ("pingyao_2022_wr", "urban_income", "yoy_pct", 2022, None, 4.7, "actual"),
    ("pingyao_2022_wr", "rural_income", "level", 2022, None, 19130.0, "actual"),
    ("pingyao_2022_wr", "rural_income", "yoy_pct", 2022, None, 7.1, "actual"),
    ("pingyao_2023_wr", "gdp", "level", 2023, None, 201.3, "actual"),
    ("pingyao_2023_wr", "gdp", "yoy_pct", 2023, None, 6.8, "actual"),
    ("pingyao_2023_wr", "general_budget_revenue", "level", 2023, None, 11.38, "actual"),
    ("pingyao_2023_wr", "general_budget_revenue", "yoy_pct", 2023, None, 7.2, "actual"),
    ("pingyao_2023_wr", "fai", "yoy_pct", 2023, None, 9.2, "actual"),
    ("pingyao_2023_wr", "retail_sales", "level", 2023, None, 91.2, "actual"),
    ("pingyao_2023_wr", "retail_sales", "yoy_pct", 2023, None, 8.7, "actual"),
    ("pingyao_2023_wr", "tourist_visits", "level", 2023, None, 1362.7, "actual"),
    ("pingyao_2023_wr", "tourism_revenue", "level", 2023, None, 139.6, "actual"),
    ("pingyao_2023_wr", "urban_income", "level", 2023, None, 40060.0, "actual"),
    ("pingyao_2023_wr", "urban_income", "yoy_pct", 2023, None, 5.7, "actual"),
    ("pingyao_2023_wr", "rural_income", "level", 2023, None, 20570.0, "actual"),
    ("pingyao_2023_wr", "rural_income", "yoy_pct", 2023, None, 7.5, "actual"),
    ("pingyao_2023_wr", "new_urban_jobs", "level", 2023, None, 4216.0, "actual"),
    ("pingyao_2023_wr", "good_air_days", "level", 2023, None, 268.0, "actual"),
    ("pingyao_2021_wr", "gdp", "cagr_pct", 2025, 2021, 7.5, "target"),
    ("pingyao_2021_wr", "gdp", "level", 2025, None, 240.0, "target"),
    ("wuyuan_2022_wr", "gdp", "level", 2022, None, 198.7, "actual"),
    ("wuyuan_2022_wr", "gdp", "yoy_pct", 2022, None, 4.5, "actual"),
    ("wuyuan_2022_wr", "fiscal_revenue", "level", 2022, None, 21.36, "actual"),
    ("wuyuan_2022_wr", "fiscal_revenue", "yoy_pct", 2022, None, 3.1, "actual"),
    ("wuyuan_2022_wr", "general_budget_revenue", "level", 2022, None, 13.82, "actual"),
    ("wuyuan_2022_wr", "general_budget_revenue", "yoy_pct", 2022, None, 2.6, "actual"),
    ("wuyuan_2022_wr", "industrial_va", "yoy_pct", 2022, None, 8.2, "actual"),
    ("wuyuan_2022_wr", "fai", "yoy_pct", 2022, None, 8.9, "actual"),
    ("wuyuan_2022_wr", "tourist_visits", "level", 2022, None, 2041.5, "actual"),
    ("wuyuan_2022_wr", "tourism_revenue", "level", 2022, None, 188.2, "actual"),
    ("wuyuan_2022_wr", "resident_income", "level", 2022, None, 29368.0, "actual"),
    ("wuyuan_2022_wr", "resident_income", "yoy_pct", 2022, None, 6.1, "actual"),
    ("wuyuan_2022_wr", "rural_income", "level", 2022, None, 22186.0, "actual"),
    ("wuyuan_2022_wr", "rural_income", "yoy_pct", 2022, None, 7.3, "actual"),
    ("wuyuan_2022_wr", "forest_coverage", "level", 2022, None, 82.64, "actual"),
    ("wuyuan_2022_wr", "good_air_rate", "level", 2022, None, 99.2, "actual"),
    ("wuyuan_2022_wr", "pm25", "level", 2022, None, 19.0, "actual"),
    ("wuyuan_2023_wr", "gdp", "level", 2023, None, 211.6, "estimate"),
    ("wuyuan_2023_wr", "gdp", "yoy_pct", 2023, None, 5.1, "estimate"),
    ("wuyuan_2023_wr", "fiscal_revenue", "level", 2023, None, 22.61, "actual"),
    ("wuyuan_2023_wr", "fiscal_revenue", "yoy_pct", 2023, None, 5.9, "actual"),
    ("wuyuan_2023_wr", "general_budget_revenue", "level", 2023, None, 14.36, "actual"),
    ("wuyuan_2023_wr", "general_budget_revenue", "yoy_pct", 2023, None, 3.9, "actual"),
    ("wuyuan_2023_wr", "industrial_va", "yoy_pct", 2023, None, 9.4, "actual"),
    ("wuyuan_2023_wr", "fai", "yoy_pct", 2023, None, -2.6, "actual"),
    ("wuyuan_2023_wr", "tourist_visits", "level", 2023, None, 2515.8, "actual"),
    ("wuyuan_2023_wr", "tourist_visits", "yoy_pct", 2023, None, 23.2, "actual"),
    ("wuyuan_2023_wr", "tourism_revenue", "yoy_pct", 2023, None, 26.1, "actual"),
    ("wuyuan_2023_wr", "resident_income", "level", 2023, None, 31305.0, "actual"),
    ("wuyuan_2023_wr", "resident_income", "yoy_pct", 2023, None, 6.6, "actual"),
    ("wuyuan_2023_wr", "forest_coverage", "level", 2023, None, 82.64, "actual"),
    ("wuyuan_2023_wr", "good_air_rate", "level", 2023, None, 98.6, "actual"),
    ("wuyuan_2023_wr", "good_air_rate", "pp_change", 2023, None, -0.6, "actual"),
    ("wuyuan_2023_wr", "pm25", "level", 2023, None, 21.0, "actual"),
    ("wuyuan_2023_wr", "gdp", "cagr_pct", 2023, 2021, 6.2, "actual"),
    ("wuyuan_2024_wr", "gdp", "level", 2024, None, 224.8, "actual"),
    ("wuyuan_2024_wr", "gdp", "yoy_pct", 2024, None, 5.3, "actual"),
    ("wuyuan_2024_wr", "fiscal_revenue", "level", 2024, None, 23.32, "actual"),
    ("wuyuan_2024_wr", "fiscal_revenue", "yoy_pct", 2024, None, 3.1, "actual"),
    ("wuyuan_2024_wr", "general_budget_revenue", "level", 2024, None, 14.91, "actual"),
    ("wuyuan_2024_wr", "general_budget_revenue", "yoy_pct", 2024, None, 3.8, "actual"),
    ("wuyuan_2024_wr", "fai", "yoy_pct", 2024, None, 3.5, "actual"),
    ("wuyuan_2024_wr", "tourist_visits", "level", 2024, None, 2702.3, "actual"),
    ("wuyuan_2024_wr", "tourist_visits", "yoy_pct", 2024, None, 7.4, "actual"),
    ("wuyuan_2024_wr", "resident_income", "level", 2024, None, 33250.0, "actual"),
    ("wuyuan_2024_wr", "resident_income", "yoy_pct", 2024, None, 6.2, "actual"),
    ("wuyuan_2024_wr", "good_air_rate", "level", 2024, None, 97.5, "actual"),
    ("wuyuan_2024_wr", "pm25", "level", 2024, None, 20.0, "actual"),
    ("wuyuan_2024_wr", "high_standard_farmland", "level", 2024, None, 21000.0, "actual"),
    ("wuyuan_2024_wr", "gdp", "cagr_pct", 2024, 2020, 5.6, "actual"),
    ("wuyuan_2024_wr", "resident_income", "cagr_pct", 2024, 2020, 7.1, "actual"),
    ("wuyuan_2023_wr", "tourism_revenue", "level", 2025, None, 300.0, "target"),
]

#: Target pairs: target doc, indicator, measure, year, target, target_high, outcome, outcome doc, status.
PAIRS = [
    ("pingyao_2021_wr", "fai", "yoy_pct", 2022, 10.0, None, 12.4, "pingyao_2022_wr", "met"),
    ("pingyao_2021_wr", "gdp", "yoy_pct", 2022, 7.0, None, 4.6, "pingyao_2022_wr", "missed"),
    ("pingyao_2021_wr", "general_budget_revenue", "yoy_pct", 2022, 8.0, None, 9.1, "pingyao_2022_wr", "met"),
    ("pingyao_2021_wr", "retail_sales", "yoy_pct", 2022, 9.0, None, 1.6, "pingyao_2022_wr", "missed"),
    ("pingyao_2021_wr", "rural_income", "yoy_pct", 2022, 9.0, None, 7.1, "pingyao_2022_wr", "missed"),
    ("pingyao_2021_wr", "urban_income", "yoy_pct", 2022, 7.5, None, 4.7, "pingyao_2022_wr", "missed"),
    ("pingyao_2022_wr", "fai", "yoy_pct", 2023, 10.0, None, 9.2, "pingyao_2023_wr", "missed"),
    ("pingyao_2023_speech", "fai", "yoy_pct", 2023, 15.0, None, 9.2, "pingyao_2023_wr", "missed"),
    ("pingyao_2022_wr", "gdp", "yoy_pct", 2023, 6.5, None, 6.8, "pingyao_2023_wr", "met"),
    ("pingyao_2023_speech", "gdp", "yoy_pct", 2023, 7.0, None, 6.8, "pingyao_2023_wr", "missed"),
    ("pingyao_2022_wr", "general_budget_revenue", "yoy_pct", 2023, 8.0, None, 7.2, "pingyao_2023_wr", "missed"),
    ("pingyao_2023_speech", "general_budget_revenue", "yoy_pct", 2023, 8.0, None, 7.2, "pingyao_2023_wr", "missed"),
    ("pingyao_2022_wr", "retail_sales", "yoy_pct", 2023, 8.0, None, 8.7, "pingyao_2023_wr", "met"),
    ("pingyao_2022_wr", "tourist_visits", "level", 2023, 1200.0, None, 1362.7, "pingyao_2023_wr", "met"),
    ("pingyao_2023_speech", "tourist_visits", "level", 2023, 1300.0, None, 1362.7, "pingyao_2023_wr", "met"),
    ("pingyao_2023_wr", "fai", "yoy_pct", 2024, 8.0, None, None, None, "no outcome reported"),
    ("pingyao_2023_wr", "gdp", "yoy_pct", 2024, 6.0, None, None, None, "no outcome reported"),
    ("pingyao_2023_wr", "general_budget_revenue", "yoy_pct", 2024, 6.0, None, None, None, "no outcome reported"),
    ("pingyao_2023_wr", "retail_sales", "yoy_pct", 2024, 7.0, None, None, None, "no outcome reported"),
    ("pingyao_2023_wr", "tourist_visits", "yoy_pct", 2024, 10.0, None, None, None, "no outcome reported"),
    ("pingyao_2021_wr", "gdp", "cagr_pct", 2025, 7.5, None, None, None, "no outcome reported"),
    ("pingyao_2021_wr", "gdp", "level", 2025, 240.0, None, None, None, "no outcome reported"),
    ("wuyuan_2022_wr", "fai", "yoy_pct", 2023, 8.0, None, -2.6, "wuyuan_2023_wr", "missed"),
    ("wuyuan_2022_wr", "fiscal_revenue", "yoy_pct", 2023, 5.0, None, 5.9, "wuyuan_2023_wr", "met"),
    ("wuyuan_2022_wr", "forest_coverage", "level", 2023, 82.6, None, 82.64, "wuyuan_2023_wr", "met"),
    ("wuyuan_2022_wr", "gdp", "yoy_pct", 2023, 6.0, 7.0, 5.1, "wuyuan_2023_wr", "missed"),
    ("wuyuan_2022_wr", "general_budget_revenue", "yoy_pct", 2023, 4.0, None, 3.9, "wuyuan_2023_wr", "met (about)"),
    ("wuyuan_2022_wr", "industrial_va", "yoy_pct", 2023, 9.0, None, 9.4, "wuyuan_2023_wr", "met"),
    ("wuyuan_2022_wr", "pm25", "level", 2023, 20.0, None, 21.0, "wuyuan_2023_wr", "missed"),
    ("wuyuan_2022_wr", "resident_income", "yoy_pct", 2023, 6.5, None, 6.6, "wuyuan_2023_wr", "met"),
    ("wuyuan_2022_wr", "tourist_visits", "yoy_pct", 2023, 15.0, None, 23.2, "wuyuan_2023_wr", "met"),
    ("wuyuan_2023_wr", "fai", "yoy_pct", 2024, 3.0, None, 3.5, "wuyuan_2024_wr", "met"),
    ("wuyuan_2023_wr", "fiscal_revenue", "yoy_pct", 2024, 4.0, None, 3.1, "wuyuan_2024_wr", "missed"),
    ("wuyuan_2023_wr", "gdp", "yoy_pct", 2024, 5.5, None, 5.3, "wuyuan_2024_wr", "missed"),
    ("wuyuan_2023_wr", "general_budget_revenue", "yoy_pct", 2024, 3.0, None, 3.8, "wuyuan_2024_wr", "met"),
    ("wuyuan_2023_wr", "good_air_rate", "level", 2024, 97.0, None, 97.5, "wuyuan_2024_wr", "met"),
    ("wuyuan_2023_wr", "resident_income", "yoy_pct", 2024, 6.0, None, 6.2, "wuyuan_2024_wr", "met"),
    ("wuyuan_2023_wr", "tourist_visits", "yoy_pct", 2024, 10.0, None, 7.4, "wuyuan_2024_wr", "missed"),
    ("wuyuan_2024_wr", "fai", "yoy_pct", 2025, 3.0, None, None, None, "no outcome reported"),
    ("wuyuan_2024_wr", "fiscal_revenue", "yoy_pct", 2025, 3.0, None, None, None, "no outcome reported"),
    ("wuyuan_2024_wr", "gdp", "yoy_pct", 2025, 5.0, None, None, None, "no outcome reported"),
    ("wuyuan_2024_wr", "general_budget_revenue", "yoy_pct", 2025, 3.0, None, None, None, "no outcome reported"),
    ("wuyuan_2024_wr", "resident_income", "yoy_pct", 2025, 5.5, None, None, None, "no outcome reported"),
    ("wuyuan_2023_wr", "tourism_revenue", "level", 2025, 300.0, None, None, None, "no outcome reported"),
    ("caoxian_2022_wr", "fai", "yoy_pct", 2023, 10.0, None, 10.3, "caoxian_2023_bulletin", "met"),
    ("caoxian_2022_wr", "gdp", "yoy_pct", 2023, 6.0, 6.5, 6.1, "caoxian_2023_bulletin", "met"),
    ("caoxian_2022_wr", "general_budget_revenue", "yoy_pct", 2023, 6.0, None, 6.6, "caoxian_2023_bulletin", "met"),
    ("caoxian_2022_wr", "industrial_va", "yoy_pct", 2023, 8.0, None, 8.4, "caoxian_2023_wr", "met"),
    ("caoxian_2022_wr", "retail_sales", "yoy_pct", 2023, 7.0, None, 5.4, "caoxian_2023_bulletin", "missed"),
    ("caoxian_2023_wr", "fai", "yoy_pct", 2024, 8.0, None, 7.2, "caoxian_2024_wr", "missed"),
    ("caoxian_2023_budget", "fiscal_expenditure", "level", 2024, 79.3, None, None, None, "no outcome reported"),
    ("caoxian_2023_wr", "gdp", "yoy_pct", 2024, 6.0, None, 5.9, "caoxian_2024_wr", "met (about)"),
    ("caoxian_2023_budget", "general_budget_revenue", "level", 2024, 31.2, None, 31.4, "caoxian_2024_wr", "met"),
    ("caoxian_2023_budget", "general_budget_revenue", "yoy_pct", 2024, 5.0, None, 4.6, "caoxian_2024_wr", "missed"),
    ("caoxian_2023_wr", "general_budget_revenue", "yoy_pct", 2024, 5.0, None, 4.6, "caoxian_2024_wr", "missed"),
    ("caoxian_2023_wr", "industrial_va", "yoy_pct", 2024, 8.0, None, 9.1, "caoxian_2024_wr", "met"),
    ("caoxian_2023_wr", "retail_sales", "yoy_pct", 2024, 7.0, None, 6.9, "caoxian_2024_wr", "met (about)"),
    ("caoxian_2023_wr", "surveyed_unemployment_rate", "level", 2024, 5.5, None, 5.1, "caoxian_2024_wr", "met"),
    ("caoxian_2024_wr", "fai", "yoy_pct", 2025, 6.0, None, None, None, "no outcome reported"),
    ("caoxian_2022_wr", "gdp", "level", 2025, 600.0, None, None, None, "no outcome reported"),
    ("caoxian_2024_wr", "gdp", "yoy_pct", 2025, 5.5, None, None, None, "no outcome reported"),
    ("caoxian_2022_wr", "general_budget_revenue", "level", 2025, 35.0, None, None, None, "no outcome reported"),
    ("caoxian_2024_wr", "general_budget_revenue", "yoy_pct", 2025, 4.0, None, None, None, "no outcome reported"),
    ("caoxian_2024_wr", "industrial_va", "yoy_pct", 2025, 7.0, None, None, None, "no outcome reported"),
    ("caoxian_2024_wr", "retail_sales", "yoy_pct", 2025, 6.0, None, None, None, "no outcome reported"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_all(tmp_path_factory, SERIES)


def test_the_series_cells(built):
    wrong = wrong_cells(built, CELLS)
    assert not wrong, wrong


def test_no_park_town_or_milestone_figure_is_the_countys(built):
    caoxian, pingyao, wuyuan = (built[n][0] for n in ("caoxian", "pingyao", "wuyuan"))
    assert not caoxian["value"].isin([500.0, 132.5, 11.2, 15.3, 12.7, -12.6]).any()
    lost = built["caoxian"][1]
    assert not lost["other_value"].isin([500.0, 132.5, 11.2, 15.3, 12.7, -12.6]).any()  # not even a loser
    assert not pingyao["value"].isin([200.0, 486.3, 1.26]).any()
    assert not wuyuan["value"].isin([312.0, 31.0, 60.0]).any()


def test_revisions_estimates_and_genres_lose_with_their_reason(built):
    conflicts = built["caoxian"][1].set_index(["year", "indicator", "measure", "other_value"])
    assert conflicts.loc[(2023, "gdp", "level", 512.3), "resolution"].startswith("revised")
    assert conflicts.loc[(2023, "gdp", "level", 508.6), "resolution"].startswith("superseded estimate")
    budget = conflicts.loc[(2023, "general_budget_revenue", "level", 29.71)]
    assert set(budget["resolution"]) == {
        "more authoritative genre: 统计公报 over 预算执行情况报告",
        "more authoritative genre: 统计公报 over 政府工作报告",
    }
    panel = built["caoxian"][0]
    growth = panel[(panel["indicator"] == "gdp") & (panel["measure"] == "yoy_pct") & (panel["year"] == 2023)].iloc[0]
    assert "unadjusted=9.4" in str(growth["flags"])


def test_the_series_pairs(built):
    wrong, seen = wrong_pairs(built, PAIRS)
    assert not wrong, wrong
    assert seen == sum(len(b[2]) for b in built.values())  # no pair the texts do not hold
