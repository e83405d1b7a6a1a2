"""Adversarial review (session 15, r17f) of the rules of branches s15-b23 and s15-k3 (blind round h23 and
missed facts): each rule's trigger probed in passages of other genres and other meanings of its words.

Probed, and what misfired (narrowed here):

- (3) 旗 as a place suffix (place named_place) and the banners' short forms (recognise/abbreviations.csv):
  words ending in 旗 (红旗渠, 流动红旗, 国旗, 旗帜, 五星红旗, a town 红旗镇, 旗委旗政府) take no figure away;
  but a banner's own report naming itself by its short form (科右前旗 in 科尔沁右翼前旗's report) lost its own
  figures as another place's: the region's abbreviations are now its own words (own_region.own_region_words).
  A short form the file does not list (扎旗) stays another place (a number missing, not a wrong one).
- (4) a holiday's figures (time holiday): a holiday a verb acts on (抓住春节、国庆假期消费旺季,…; 利用春节期间
  返乡高峰开展“春风行动”,…) dropped the year's retail sales and new jobs: the holiday must now open its
  clause (time holiday_lead: nothing before it in the clause but a time or linking word). 其中春节黄金周…,
  “五一”假期…, 国庆、中秋“双节”假期,… are still the holiday's; 十一五期间 is no holiday.
- (11) 涉及全县…的 before the region's subject (block concerned_modifier etc.): an audit's scope (本次审计涉及
  全县14个乡镇的衔接资金投入1.8亿元), a sum not done (…项目未完成投资1.2亿元) and a sum misused (发放涉及…的
  衔接资金违规1200万元) were read as the region's funds: words of an audit or a finding in the figure's clause
  (block concerned_finding) keep 涉及 the audit's concerned sum.
- (12) a table's section rows (table section_row): a section naming another period or place (二、四季度,
  二、十二月份, 二、上期数, 二、全省平均) let its rows be read as the table's year's actuals (flagged
  conflict beside the right ones): table section_qualifies names them, so such a row ends the table.
- (1), (2), (5)–(10), (13): probes that must and must not trigger; no misfire found (a plan notice of March
  dated to the year before is so without rule (7) as well; a level in brackets after 比上半年( is no part
  base and stays flagged conflict, as before (6)).
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county's report of January 2025 on 2024.
CTY = {"year": 2024, "report_date": "2025-01-10", "region": "泾源县", "level": "county"}
#: A banner's report of January 2025 on 2024.
BANNER = {"year": 2024, "report_date": "2025-01-10", "region": "扎赉特旗", "level": "county"}
#: The report of 科尔沁右翼前旗 (科右前旗), January 2025.
KYQ = {"year": 2024, "report_date": "2025-01-10", "region": "科尔沁右翼前旗", "level": "county"}
#: An audit report of August 2024 on 2023.
AUDIT = {"year": 2023, "report_date": "2024-08-20", "region": "泾源县", "level": "county"}
#: A Q1–Q3 review of October 2025.
REVIEW = {"year": 2025, "report_date": "2025-10-24", "region": "靖远县", "level": "county"}

GDP_56 = [("gdp", "level", 56.2, 2024, "", "actual", None), ("gdp", "yoy_pct", 5.1, 2024, "", "actual", None)]
RETAIL = [
    ("retail_sales", "level", 85.3, 2024, "", "actual", None),
    ("retail_sales", "yoy_pct", 6.2, 2024, "", "actual", None),
]
TABLE_HEAD = "2024年主要经济指标\n指标 单位 2024年 增长%\n地区生产总值 亿元 56.2 5.1\n一般公共预算收入 亿元 3.2 6.1\n"
TABLE_FACTS = [
    *GDP_56,
    ("general_budget_revenue", "level", 3.2, 2024, "", "actual", None),
    ("general_budget_revenue", "yoy_pct", 6.1, 2024, "", "actual", None),
]


def _c(cid: str, meta: dict, text: str, facts: list, absent: list) -> dict:
    return {"id": cid, "meta": meta, "text": text, "facts": facts, "absent": absent}


CASES: list[dict] = [
    # ---- (3) 旗: ordinary words ending in 旗 are no place; the banner's own short form is its own
    _c(
        "hongqi_town_then_county",
        CTY,
        "全年,红旗镇农村居民人均可支配收入达到15600元,全县地区生产总值完成56.2亿元,增长5.1%。",
        GDP_56,
        [("rural_income",)],
    ),
    _c("hongqiqu_spirit", CTY, "弘扬红旗渠精神,全县地区生产总值完成56.2亿元,增长5.1%。", GDP_56, []),
    _c(
        "mobile_red_flag",
        CTY,
        "连续三年获全市流动红旗,全县一般公共预算收入完成3.2亿元,增长6.1%。",
        [("general_budget_revenue", "level", 3.2, 2024, "", "actual", None)],
        [],
    ),
    _c(
        "red_flag_collective",
        CTY,
        "我县获评全省“三八红旗”集体,城镇新增就业5230人。",
        [("new_urban_jobs", "level", 5230, 2024, "", "actual", None)],
        [],
    ),
    _c(
        "national_flag",
        CTY,
        "升国旗仪式后,全县粮食总产量达到12.5万吨。",
        [("grain_output", "level", 12.5, 2024, "", "actual", None)],
        [],
    ),
    _c(
        "five_star_flag",
        CTY,
        "五星红旗在全县各村飘扬,农村居民人均可支配收入达到15600元。",
        [("rural_income", "level", 15600, 2024, "", "actual", None)],
        [],
    ),
    _c("banner_flag_word", CTY, "高举旗帜,凝心聚力,全县地区生产总值完成56.2亿元,增长5.1%。", GDP_56, []),
    _c(
        "banner_party",
        BANNER,
        "旗委旗政府高度重视,全年一般公共预算收入完成3.2亿元,增长6.1%。",
        [("general_budget_revenue", "level", 3.2, 2024, "", "actual", None)],
        [],
    ),
    _c(
        "own_banner_full_name",
        BANNER,
        "2024年,扎赉特旗地区生产总值完成126.2亿元,增长6.1%。",
        [("gdp", "level", 126.2, 2024, "", "actual", None)],
        [],
    ),
    # misfired: the banner's own short form was taken for another place
    _c(
        "own_banner_short_form",
        KYQ,
        "2024年,科右前旗地区生产总值完成156.2亿元,增长6.1%。",
        [("gdp", "level", 156.2, 2024, "", "actual", None), ("gdp", "yoy_pct", 6.1, 2024, "", "actual", None)],
        [],
    ),
    # must: a neighbouring banner by its short form is another place
    _c("other_banner_short_form", BANNER, "2024年,科右前旗地区生产总值完成156.2亿元,增长6.1%。", [], [("gdp",)]),
    _c(
        "neighbour_then_own",
        BANNER,
        "科右中旗地区生产总值完成102亿元,我旗地区生产总值完成126.2亿元。",
        [("gdp", "level", 126.2, 2024, "", "actual", None)],
        [("gdp", "level", 102)],
    ),
    _c("other_banner_full", BANNER, "全年正蓝旗地区生产总值完成80亿元。", [], [("gdp",)]),
    # ---- (4) holidays: only a holiday opening its clause dates the figures after it
    _c(
        "holiday_double",
        CTY,
        "国庆、中秋“双节”假期,全县接待游客28.6万人次,实现旅游收入1.52亿元。",
        [],
        [("tourist_visits",), ("tourism_revenue",)],
    ),
    _c("holiday_spring_opening", CTY, "春节期间,全县实现社会消费品零售总额3.2亿元,增长8%。", [], [("retail_sales",)]),
    # misfired: the holiday was what a verb acts on, the figures the year's
    _c(
        "holiday_seized_season",
        CTY,
        "抓住春节、国庆假期消费旺季,组织促消费活动36场,全县社会消费品零售总额完成85.3亿元,增长6.2%。",
        RETAIL,
        [],
    ),
    _c(
        "holiday_used_for_campaign",
        CTY,
        "利用春节期间返乡高峰开展“春风行动”,城镇新增就业5230人,农村劳动力转移就业3.2万人。",
        [
            ("new_urban_jobs", "level", 5230, 2024, "", "actual", None),
            ("labor_transfer", "level", 32000, 2024, "", "actual", None),
        ],
        [],
    ),
    _c(
        "holiday_two_festivals_work",
        CTY,
        "做好两节期间保供稳价工作,全县社会消费品零售总额完成85.3亿元。",
        [("retail_sales", "level", 85.3, 2024, "", "actual", None)],
        [],
    ),
    _c(
        "holiday_festival_name", CTY, "举办中秋国庆文旅消费季,全县社会消费品零售总额完成85.3亿元,增长6.2%。", RETAIL, []
    ),
    _c("holiday_economy", CTY, "大力发展假日经济,全县社会消费品零售总额完成85.3亿元,增长6.2%。", RETAIL, []),
    _c(
        "eleventh_plan_no_holiday",
        CTY,
        "“十一五”期间,全县地区生产总值年均增长12%。2024年,全县地区生产总值完成56.2亿元,增长5.1%。",
        GDP_56,
        [],
    ),
    _c(
        "holiday_then_year",
        CTY,
        "“五一”假期接待游客5.2万人次;全年接待游客320万人次,实现旅游综合收入28.6亿元。",
        [
            ("tourist_visits", "level", 320, 2024, "", "actual", None),
            ("tourism_revenue", "level", 28.6, 2024, "", "actual", None),
        ],
        [("tourist_visits", "level", 5.2)],
    ),
    _c(
        "holiday_part_in_bulletin",
        CTY,
        "全年接待国内外游客320万人次,其中春节黄金周接待游客12万人次。",
        [("tourist_visits", "level", 320, 2024, "", "actual", None)],
        [("tourist_visits", "level", 12)],
    ),
    # ---- (11) 涉及全县…的: the region's own sum, but not in an audit's or a finding's words
    _c(
        "concerned_projects",
        CTY,
        "涉及全县12个乡镇的重点项目完成投资38.6亿元。",
        [("key_project_investment", "level", 38.6, 2024, "", "actual", None)],
        [],
    ),
    _c(
        "concerned_funds_input",
        CTY,
        "全县投入涉及全县所有行政村的衔接资金1.36亿元。",
        [("poverty_funds", "level", 1.36, 2024, "", "actual", None)],
        [],
    ),
    _c(
        "audit_bare_concerned",
        AUDIT,
        "审计发现,3个单位政府采购程序不规范,涉及衔接资金1162.8万元。",
        [],
        [("poverty_funds",)],
    ),
    _c(
        "audit_audited_sum",
        AUDIT,
        "审计了涉及全县14个乡镇的衔接资金1.8亿元,发现问题资金320万元。",
        [],
        [("poverty_funds",)],
    ),
    _c("audit_towards_sum", AUDIT, "对涉及全县14个乡镇的衔接资金1.8亿元进行了专项审计。", [], [("poverty_funds",)]),
    # misfired: the audit's scope, a sum not done, a sum misused
    _c(
        "audit_scope_input",
        AUDIT,
        "本次审计涉及全县14个乡镇的衔接资金投入1.8亿元,抽查项目56个。",
        [],
        [("poverty_funds",)],
    ),
    _c("audit_not_done", AUDIT, "涉及全县12个乡镇的衔接资金项目未完成投资1.2亿元。", [], [("poverty_funds",)]),
    _c("audit_misused", AUDIT, "审计发现,发放涉及全县所有行政村的衔接资金违规1200万元。", [], [("poverty_funds",)]),
    _c(
        "audit_finding_in_spending",
        AUDIT,
        "审计指出,涉及全县所有乡镇的一般公共预算支出中新增违规支出2300万元。",
        [],
        [("fiscal_expenditure",)],
    ),
    _c("concerned_group_part", CTY, "涉及脱贫户的衔接资金投入1.36亿元。", [], [("poverty_funds",)]),
    _c(
        "covering_all_towns",
        CTY,
        "覆盖全县18个乡镇的衔接资金投入3.2亿元,增长8.5%。",
        [("poverty_funds", "level", 3.2, 2024, "", "actual", None)],
        [],
    ),
    # ---- (12) a table's section rows: another period or place ends the table
    _c(
        "section_rows_read",
        CTY,
        "2024年主要经济指标\n指标 单位 2024年 增长%\n一、经济总量\n地区生产总值 亿元 56.2 5.1\n固定资产投资 亿元 22.1 6.1\n二、财政金融\n一般公共预算收入 亿元 3.2 6.1\n",
        [
            *GDP_56,
            ("fai", "level", 22.1, 2024, "", "actual", None),
            ("general_budget_revenue", "level", 3.2, 2024, "", "actual", None),
        ],
        [],
    ),
    _c(
        "section_quarter",
        CTY,
        TABLE_HEAD + "(二)四季度\n地区生产总值 亿元 16.2 4.8\n一般公共预算收入 亿元 0.9 3.1\n",
        TABLE_FACTS,
        [("gdp", "level", 16.2), ("general_budget_revenue", "level", 0.9)],
    ),
    _c(
        "section_month",
        CTY,
        TABLE_HEAD + "二、十二月份\n地区生产总值 亿元 16.2 4.8\n一般公共预算收入 亿元 0.9 3.1\n",
        TABLE_FACTS,
        [("gdp", "level", 16.2), ("general_budget_revenue", "level", 0.9)],
    ),
    _c(
        "section_prior_period",
        CTY,
        TABLE_HEAD + "二、上期数\n地区生产总值 亿元 53.5 4.8\n一般公共预算收入 亿元 3.0 3.1\n",
        TABLE_FACTS,
        [("gdp", "level", 53.5), ("general_budget_revenue", "level", 3.0)],
    ),
    _c(
        "section_province_average",
        CTY,
        TABLE_HEAD + "二、全省平均\n地区生产总值 亿元 1000 5.8\n一般公共预算收入 亿元 100 6.5\n",
        TABLE_FACTS,
        [("gdp", "level", 1000), ("general_budget_revenue", "level", 100)],
    ),
    _c(
        "section_plan",
        CTY,
        TABLE_HEAD + "二、2025年预期目标\n地区生产总值 亿元 60 6\n",
        TABLE_FACTS,
        [("gdp", "level", 60)],
    ),
    _c(
        "section_park",
        CTY,
        TABLE_HEAD + "二、工业园区\n规模以上工业增加值 亿元 12.1 6.8\n一般公共预算收入 亿元 0.9 3.1\n",
        TABLE_FACTS,
        [("industrial_va",), ("general_budget_revenue", "level", 0.9)],
    ),
    # ---- (1) a last column of 是/否
    _c(
        "status_column_yes_no",
        CTY,
        "主要指标完成情况\n指标\t单位\t目标\t完成\t是否完成\n地区生产总值增速\t%\t6\t6.3\t是\n城镇新增就业\t人\t3000\t3120\t否\n",
        [
            ("gdp", "yoy_pct", 6, 2024, "", "target", None),
            ("gdp", "yoy_pct", 6.3, 2024, "", "actual", None),
            ("new_urban_jobs", "level", 3000, 2024, "", "target", None),
            ("new_urban_jobs", "level", 3120, 2024, "", "actual", None),
        ],
        [("gdp", "yoy_pct", 66.3)],
    ),
    # ---- (2) thresholds crossed year after year
    _c(
        "crossed_once_then_level",
        CTY,
        "2024年,全县粮食总产量突破40万吨,达到41.2万吨。",
        [("grain_output", "level", 41.2, 2024, "", "actual", None)],
        [("grain_output", "level", 40)],
    ),
    _c(
        "crossed_for_years_then_level",
        CTY,
        "全县粮食总产量连续四年突破40万吨,去年达到41.2万吨,增长2.1%。",
        [
            ("grain_output", "level", 41.2, 2024, "", "actual", None),
            ("grain_output", "yoy_pct", 2.1, 2024, "", "actual", None),
        ],
        [("grain_output", "level", 40)],
    ),
    _c(
        "rate_threshold_for_years",
        CTY,
        "全县地区生产总值增速连续三年突破7%,2024年增长7.5%。",
        [("gdp", "yoy_pct", 7.5, 2024, "", "actual", None)],
        [("gdp", "yoy_pct", 7)],
    ),
    _c(
        "leap_style_not_a_floor",
        CTY,
        "全县连续3年跨越式发展,地区生产总值达到102.3亿元。",
        [("gdp", "level", 102.3, 2024, "", "actual", None)],
        [],
    ),
    # ---- (5) 乡镇/乡村
    _c(
        "xiangzhen_word",
        CTY,
        "新建乡镇卫生院2个,全县城镇新增就业5230人。",
        [("new_urban_jobs", "level", 5230, 2024, "", "actual", None)],
        [],
    ),
    _c("xiang_village_tourism_ambiguous", CTY, "2024年,东风乡村旅游接待游客12万人次。", [], [("tourist_visits",)]),
    # ---- (6) an earlier part's growth in brackets
    _c(
        "part_base_q1",
        REVIEW,
        "1-5月,全县社会消费品零售总额同比增长6.1%,比一季度(8.2%)回落2.1个百分点。",
        [
            ("retail_sales", "yoy_pct", 6.1, 2025, "M1-M5", "actual", None),
            ("retail_sales", "yoy_pct", 8.2, 2025, "Q1", "actual", None),
        ],
        [],
    ),
    _c(
        "part_base_other_place",
        REVIEW,
        "前三季度,全县规模以上工业增加值增长5.6%,较全市(5.9%)低0.3个百分点。",
        [("industrial_va", "yoy_pct", 5.6, 2025, "Q1-Q3", "actual", None)],
        [("industrial_va", "yoy_pct", 5.9)],
    ),
    _c(
        "part_base_last_year",
        REVIEW,
        "前三季度,全县规模以上工业增加值同比增长5.6%,较上年同期(6.2%)回落0.6个百分点。",
        [("industrial_va", "yoy_pct", 5.6, 2025, "Q1-Q3", "actual", None)],
        [("industrial_va", "yoy_pct", 6.2)],
    ),
    # ---- (8) a task's size after whom it was set
    _c(
        "issued_to_us",
        CTY,
        "全年完成人工造林4.5万亩,完成市下达我县4万亩造林任务的112.5%。",
        [
            ("afforestation", "level", 45000, 2024, "", "actual", None),
            ("afforestation", "level", 40000, 2024, "", "target", None),
        ],
        [("afforestation", "level", 40000, 2024, "", "actual")],
    ),
    _c(
        "issued_villages_no_task",
        CTY,
        "下达我县的38个村集体经济项目全部完成。全年农村劳动力转移就业1.12万人。",
        [("labor_transfer", "level", 11200, 2024, "", "actual", None)],
        [],
    ),
    # ---- (9) the goal restated after comparisons
    _c(
        "goal_after_points",
        REVIEW,
        "前三季度,全县地区生产总值增长3.2%,比上半年回落4.5个百分点,距全年增长8%的目标差距较大。",
        [("gdp", "yoy_pct", 3.2, 2025, "Q1-Q3", "actual", None), ("gdp", "yoy_pct", 8, 2025, "", "target", None)],
        [],
    ),
    _c(
        "other_place_goal_after_points",
        REVIEW,
        "前三季度,全县地区生产总值增长5.2%,高于全市1.1个百分点,距全市全年增长7%的目标仍有差距。",
        [("gdp", "yoy_pct", 5.2, 2025, "Q1-Q3", "actual", None)],
        [("gdp", "yoy_pct", 7)],
    ),
    _c(
        "plan_goal_after_points",
        CTY,
        "全县一般公共预算收入增长3.1%,比上年回落2个百分点,距“十四五”规划增长6%的目标仍有差距。",
        [("general_budget_revenue", "yoy_pct", 3.1, 2024, "", "actual", None)],
        [("general_budget_revenue", "yoy_pct", 6)],
    ),
    _c(
        "province_goal_compared",
        REVIEW,
        "前三季度,全县地区生产总值增长5.2%,高于全省1.1个百分点,高于全省5%的增长目标。",
        [("gdp", "yoy_pct", 5.2, 2025, "Q1-Q3", "actual", None)],
        [("gdp", "yoy_pct", 5)],
    ),
    # ---- (10) numbered items in one paragraph
    _c(
        "two_label_items",
        CTY,
        "指标一:地区生产总值增速。目标值:6%。完成值:6.3%。指标二:城镇新增就业。目标值:3000人。完成值:3120人。",
        [
            ("gdp", "yoy_pct", 6, 2024, "", "target", None),
            ("gdp", "yoy_pct", 6.3, 2024, "", "actual", None),
            ("new_urban_jobs", "level", 3000, 2024, "", "target", None),
            ("new_urban_jobs", "level", 3120, 2024, "", "actual", None),
        ],
        [("gdp", "yoy_pct", 3120), ("new_urban_jobs", "yoy_pct")],
    ),
    _c(
        "numbered_in_prose",
        CTY,
        "全县经济平稳运行。(二)城镇新增就业3120人。目标值:3000人。",
        [("new_urban_jobs", "level", 3120, 2024, "", "actual", None)],
        [],
    ),
    # ---- (13) 按新口径统计为: both flagged (conflict), neither silently chosen
    _c(
        "new_basis_budget",
        CTY,
        "一般公共预算收入完成3.2亿元,按新口径统计为3.5亿元,增长6.1%。",
        [("general_budget_revenue", "yoy_pct", 6.1, 2024, "", "actual", None)],
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, case["meta"])
