"""Second review of the rules merged in session 9 (0ca6b6f..s9-rev2: s9-h1, s9-h3, s9-h4, s9-h6,
s9-h7): the same words in other constructions.

Each class holds passages of our own (not from any corpus) that use a rule's words in another
construction; the cases marked "fixed" failed at s9-rev2 before this review, the guards passed
before and after.

* The budget adjusted during the year (930d79b, kind target 调整为): an adjusted budget printed
  after the outturn (…完成16.85亿元,为调整预算的102%,预算调整为16.5亿元; …,年中调整为16.5亿元) was an
  outturn (a second, conflicting level of the year): the target cue's 调整为 required a digit after
  it, but the kind is read on the words before the figure, so it never matched there (fixed: the cue
  ends as the other budget cues, on a digit or the end of the words). Guards: 结构调整为12:35:53,
  比重调整至80% (no budget), the adjustment before the outturn (held).
* A news article's region from its lead (d9d0561, subject lead_subject): a text whose lines each open
  on a county and a colon (宁陕县:…增长8.1%。/石泉县:…; 宁陕县:/…/石泉县:/…, a city's list of its
  counties) took the first line for the lead and the county for its subject, so the second county's
  全县 figures were the first's (fixed: a county named as a label before a colon is no lead's
  subject). Guards: a place-colon headline over a lead naming the county, a city's meeting held in a
  county, a leader's visit.
* A row in % of a sum of money read as growth rates in a plan table (6b75a1e): a part of a whole
  counted in money (第三产业增加值 | % | 45 | 46.2, 民间投资 | % | 60 | 58.2) is printed by its share of the
  whole as often as by its growth; its cells were read as growth rates of 45% and 58.2% (fixed: cue
  table share_row: such a row in % is not read). Guards: 固定资产投资 | % | 10 | 8.1 stays growth,
  服务业增加值增速 | % | 7 | 6.8 stays growth (its label says so).
* Spaced single digits kept apart (386503c, wraps._spaced_digits, for “3 1 1” = 3+1+1): a line
  letter-spaced from its verb on (…生产总值 完 成 2 6 5 . 3 亿 元 , 增 长 5 . 9 % 。, its first words
  whole, so not closed as a letter-spaced line) lost its level (2 6 5.3: ambiguous, no value; was
  265.3 before the session) (fixed: a run of spaced single characters holding a spaced decimal
  point or a word is a figure spaced out, whole). Without a point (完 成 2 6 5 亿 元) it stays
  ambiguous, flagged, no value (the 3 1 1 rule's price; guard).
* HTML kept in a web page's text copy (a942d5e): a unit's power in superscript tags
  (35μg/m<sup>3</sup>, 3200hm<sup>2</sup>) was dropped as a footnote number, so the unit was lost with
  the level (too narrow, no wrong number) (fixed: a superscript 2 or 3 after m is kept as the unit's
  digit: μg/m3, hm2). Guard: 生产总值<sup>1</sup>312.6亿元 still drops the footnote.
* Places counted before an event noun (db29051, 268个村全部派驻工作队): the event counting other
  things no longer takes the figure, but the figure then fell to the clause before's subject
  (全县42个贫困村全部退出,268个村(社区)全部派驻工作队: 268 poverty villages exited, a conflicting level)
  (fixed: such a figure takes no subject). Guard: 87个贫困村全部出列.
* The statistics bureau opening (ca1f01d): held for 全市 (据市统计局统计,全市…: the city's); but a city
  named with a year before the subject (据市统计局统计,阜阳市2022年地区生产总值3233亿元 in the county's
  bulletin; also without the opening, older than the session) was read as the county's: a wrong
  figure (fixed: cue place place_lead_tail lets a year stand between the places and the subject).
  Guards: 临泉县2022年地区生产总值 (the own county), 据市统计局统计,2022年全县….
* Seen while probing the narrow-column joining (held: it joins only lines of the column's width):
  a township's own words in a county's report (天堂镇工业经济量质齐升 / 全镇规上工业产值增长12%,一般公共
  预算收入1.2亿元) give the township's figures to the county (older than the session; 全镇, 我镇 count
  as the own region's words at every level): was a strict xfail; fixed in r12d (place other_township:
  in a county's, city's or province's report they name a township).
* 重大项目 as the key-project list (4b09578): other money of the major projects was their
  investment (争取重大项目资金3.5亿元,增长10%; 重大项目前期工作经费投入0.8亿元, the latter with 重点项目 too,
  older) (fixed: the null alias of the key projects' other money reads 重[点大], and the money spent
  on it, 投入/支出). Guards: 其中重大项目完成投资156.7亿元, 实施市级重大项目86个,完成投资62.3亿元.
* Held (guards): the statistics bureau opening (经市统计局核算,全市…: the city's), a sign turn with a
  new subject, 重大项目…总投资, 市定 targets (超额完成市定4000人的年度任务; 高于省定58%的目标), the base
  figure of the year before (较上年的49微克/立方米; 较上年下降8微克/立方米), 268个村全部派驻工作队
  beside 268个贫困村全部出列.
"""

from __future__ import annotations

import pytest
from passages import check_case, check_meta

#: A work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}

FACT_CASES: list[dict] = [
    # ---- the budget adjusted, printed after the outturn (fixed)
    {
        "id": "adjusted_budget_after_the_outturn",
        "text": "全县一般公共预算收入完成16.85亿元,为调整预算的102%,预算调整为16.5亿元。",
        "facts": [
            ("general_budget_revenue", "level", 16.85, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 16.5, 2023, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 16.5, 2023, "", "actual")],
    },
    {
        "id": "adjusted_mid_year_after_the_outturn",
        "text": "全县一般公共预算收入完成16.85亿元,年中调整为16.5亿元。",
        "facts": [
            ("general_budget_revenue", "level", 16.85, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 16.5, 2023, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 16.5, 2023, "", "actual")],
    },
    # guards: adjusted before the outturn; a structure or a share adjusted is no budget
    {
        "id": "near_adjusted_before_the_outturn",
        "text": "一般公共预算支出年初预算为50亿元,调整为55亿元,实际完成53.2亿元。",
        "facts": [
            ("fiscal_expenditure", "level", 55.0, 2023, "", "target", None),
            ("fiscal_expenditure", "level", 53.2, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 55.0, 2023, "", "actual")],
    },
    {
        "id": "near_structure_adjusted",
        "text": "全县一般公共预算支出完成53.2亿元,增长5%,产业结构调整为12:35:53,民生支出比重调整至80%。",
        "facts": [
            ("fiscal_expenditure", "level", 53.2, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 5.0, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 80.0), ("fiscal_expenditure", "yoy_pct", 80.0)],
    },
    # ---- a figure spaced out in a letter-spaced stretch (fixed)
    {
        "id": "figure_spaced_with_its_point",
        "text": "全年全县地区生产总值 完 成 2 6 5 . 3 亿 元 , 增 长 5 . 9 % 。",
        "facts": [("gdp", "level", 265.3, 2023, "", "actual", None), ("gdp", "yoy_pct", 5.9, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_figure_spaced_without_a_point_stays_unread",
        "text": "全年全县地区生产总值 完 成 2 6 5 亿 元 , 增 长 5 . 9 % 。",
        "facts": [("gdp", "yoy_pct", 5.9, 2023, "", "actual", None)],
        "absent": [("gdp", "level", 2.0), ("gdp", "level", 65.0), ("gdp", "level", 5.0)],
    },
    # ---- a unit's power in superscript tags (fixed)
    {
        "id": "html_unit_power_in_superscript",
        "text": "<p>全县PM2.5平均浓度为35μg/m<sup>3</sup>,同比下降5.4%。</p>",
        "facts": [
            ("pm25", "level", 35.0, 2023, "", "actual", None),
            ("pm25", "yoy_pct", -5.4, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "html_hectares_power_in_superscript",
        "text": "<p>全县完成人工造林3200hm<sup>2</sup>,森林覆盖率达到62.3%。</p>",
        "facts": [("afforestation", "level", 48000.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_html_footnote_superscript_dropped",
        "text": "<p>全县地区生产总值<sup>1</sup>312.6亿元,增长6.1%<sup>2</sup>。</p>",
        "facts": [("gdp", "level", 312.6, 2023, "", "actual", None), ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [("gdp", "level", 1312.6)],
    },
    # ---- places counted before an event counting other things (fixed)
    {
        "id": "villages_counted_after_villages_exited",
        "text": "全县42个贫困村全部退出,268个村(社区)全部派驻工作队。",
        "facts": [("poverty_villages_exited", "level", 42.0, 2023, "", "actual", None)],
        "absent": [("poverty_villages_exited", "level", 268.0), ("village_work_teams", "level", 268.0)],
    },
    # ---- other money of the major projects (fixed)
    {
        "id": "major_project_funds_secured",
        "text": "全县争取重大项目资金3.5亿元,增长10%。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "major_project_preparation_funds_spent",
        "text": "全县重大项目前期工作经费投入0.8亿元,重点项目前期工作经费投入0.5亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "near_major_projects_investment_done",
        "text": "全县实施市级重大项目86个,完成投资62.3亿元。",
        "facts": [("key_project_investment", "level", 62.3, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- held rules (guards)
    {
        "id": "near_city_bureau_opening_city_figures",
        "text": "经市统计局核算,全市地区生产总值2100亿元,增长5.2%。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "near_city_bureau_then_county",
        "text": "据市统计局数据,全市地区生产总值2100亿元,增长5.2%;全县地区生产总值312.6亿元,增长6.1%。",
        "facts": [("gdp", "level", 312.6, 2023, "", "actual", None), ("gdp", "yoy_pct", 6.1, 2023, "", "actual", None)],
        "absent": [("gdp", "level", 2100.0), ("gdp", "yoy_pct", 5.2)],
    },
    {
        "id": "near_sign_turn_new_subjects",
        "text": "全县规上工业增加值由负转正增长2.1%,固定资产投资由降转升增长3.5%。",
        "facts": [
            ("industrial_va", "yoy_pct", 2.1, 2023, "", "actual", None),
            ("fai", "yoy_pct", 3.5, 2023, "", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 3.5)],
    },
    {
        "id": "near_major_projects_total_cost",
        "text": "全县实施重大项目86个,重点项目完成投资62.3亿元,重大项目计划总投资420亿元。",
        "facts": [("key_project_investment", "level", 62.3, 2023, "", "actual", None)],
        "absent": [("key_project_investment", "level", 420.0)],
    },
    {
        "id": "near_exceeding_the_city_task",
        "text": "全县城镇新增就业4523人,超额完成市定4000人的年度任务。",
        "facts": [
            ("new_urban_jobs", "level", 4523.0, 2023, "", "actual", None),
            ("new_urban_jobs", "level", 4000.0, 2023, "", "target", None),
        ],
        "absent": [("new_urban_jobs", "level", 4000.0, 2023, "", "actual")],
    },
    {
        "id": "near_above_the_province_target",
        "text": "全县森林覆盖率达到62.3%,高于省定58%的目标4.3个百分点。",
        "facts": [("forest_coverage", "level", 62.3, 2023, "", "actual", None)],
        "absent": [("forest_coverage", "level", 58.0, 2023, "", "actual")],
    },
    {
        "id": "near_change_by_an_amount_no_base_level",
        "text": "全县PM2.5平均浓度41微克/立方米,较上年下降8微克/立方米。",
        "facts": [("pm25", "level", 41.0, 2023, "", "actual", None)],
        "absent": [("pm25", "level", 8.0)],
    },
    {
        "id": "near_villages_exited_all",
        "text": "全县268个贫困村全部出列,减少贫困人口1.2万人。",
        "facts": [("poverty_villages_exited", "level", 268.0, 2023, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", FACT_CASES, ids=[c["id"] for c in FACT_CASES])
def test_same_words_other_construction(case):
    check_case(case, META)


PLAN_TITLE = "关于岳西县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
TABLE_META = {"year": 2023, "report_date": "2024-01-10", "region": "岳西县", "level": "county"}

TABLE_CASES: list[dict] = [
    {
        "id": "part_of_a_whole_in_percent_is_no_growth",
        "text": PLAN_TITLE + "表1 2023年主要指标完成情况\n| 指标 | 单位 | 2023年计划 | 2023年完成 |\n"
        "| 地区生产总值 | 亿元 | 270 | 265.3 |\n| 第三产业增加值 | % | 45 | 46.2 |\n| 民间投资 | % | 60 | 58.2 |\n"
        "| 固定资产投资 | % | 10 | 8.1 |\n",
        "facts": [
            ("gdp", "level", 265.3, 2023, "", "actual", None),
            ("fai", "yoy_pct", 10.0, 2023, "", "target", None),
            ("fai", "yoy_pct", 8.1, 2023, "", "actual", None),
        ],
        "absent": [("tertiary_va",), ("private_investment",)],
    },
    {
        "id": "near_sector_growth_row_named_so",
        "text": PLAN_TITLE + "表1 2023年主要指标完成情况\n| 指标 | 单位 | 2023年计划 | 2023年完成 |\n"
        "| 地区生产总值 | 亿元 | 270 | 265.3 |\n| 服务业增加值增速 | % | 7 | 6.8 |\n",
        "facts": [
            ("tertiary_va", "yoy_pct", 7.0, 2023, "", "target", None),
            ("tertiary_va", "yoy_pct", 6.8, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", TABLE_CASES, ids=[c["id"] for c in TABLE_CASES])
def test_table_rows(case):
    check_case(case, TABLE_META)


BULLETIN = "临泉县2022年国民经济和社会发展统计公报\n"
BULLETIN_META = {"year": 2022, "report_date": "2023-03-10", "region": "临泉县", "level": "county"}

BULLETIN_CASES: list[dict] = [
    {
        "id": "city_named_with_a_year_after_the_bureau",
        "text": BULLETIN + "据市统计局统计,阜阳市2022年地区生产总值3233亿元,增长3.5%。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "city_named_with_a_year",
        "text": BULLETIN + "阜阳市2022年地区生产总值3233亿元,增长3.5%。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "near_own_county_named_with_a_year",
        "text": BULLETIN + "临泉县2022年地区生产总值312亿元,增长5.1%。",
        "facts": [("gdp", "level", 312.0, 2022, "", "actual", None), ("gdp", "yoy_pct", 5.1, 2022, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_bureau_then_own_county",
        "text": BULLETIN + "据市统计局统计,2022年全县地区生产总值312亿元,增长5.1%。",
        "facts": [("gdp", "level", 312.0, 2022, "", "actual", None), ("gdp", "yoy_pct", 5.1, 2022, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", BULLETIN_CASES, ids=[c["id"] for c in BULLETIN_CASES])
def test_whose_figure_in_a_bulletin(case):
    check_case(case, BULLETIN_META)


META_CASES: list[dict] = [
    # ---- a city's list of its counties, one a line, each a label before a colon (fixed)
    {
        "id": "counties_listed_with_colons",
        "text": "宁陕县:地区生产总值增长8.1%,固定资产投资增长10.2%。\n石泉县:地区生产总值增长7.5%,固定资产投资增长9.1%。\n"
        "汉阴县:地区生产总值增长6.9%。",
        "want": {"region": "", "level": "anonymised"},
    },
    {
        "id": "counties_as_labels_on_lines_of_their_own",
        "text": "宁陕县:\n2023年全县地区生产总值52.3亿元,增长8.1%。\n石泉县:\n2023年全县地区生产总值98.6亿元,增长7.5%。",
        "want": {"region": "", "level": "anonymised"},
    },
    # guards
    {
        "id": "near_place_colon_headline_then_lead",
        "text": "宁陕:全力打造康养胜地\n近年来,宁陕县坚持生态立县。2023年全县接待游客385万人次。",
        "want": {"region": "宁陕县", "level": "county"},
    },
    {
        "id": "near_city_meeting_held_in_a_county",
        "text": "全市工业经济稳中向好\n本报讯 1月10日,全市工业经济工作会议在宁陕县召开。"
        "会议指出,2023年全市规模以上工业增加值增长6.5%。",
        "want": {"region": "", "level": "anonymised"},
    },
]


@pytest.mark.parametrize("case", META_CASES, ids=[c["id"] for c in META_CASES])
def test_region_of_a_text(case):
    check_meta(case["text"], case["id"], case["want"])


def test_township_paragraph_in_a_county_report():
    # (a strict xfail until r12d: 全镇 in a county's report is a township's, place other_township)
    case = {
        "id": "township_paragraph_in_a_county_report",
        "text": "2023年,全县地区生产总值312.6亿元。\n天堂镇工业经济量质齐升\n全镇规上工业产值增长12%,一般公共预算收入1.2亿元。",
        "facts": [("gdp", "level", 312.6, 2023, "", "actual", None)],
        "absent": [("industrial_output", "yoy_pct", 12.0), ("general_budget_revenue", "level", 1.2)],
    }
    check_case(case, META)
