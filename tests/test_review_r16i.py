"""Review r16i (session 14) of the rules merged from s14-b21 (blind round h21, tests/test_blind_r16c.py): passages
of my own in other genres and with other meanings of the triggers, probed with the merged code. Each group
says what was probed, what misfired and what was narrowed:

- block sampled_before (抽查, 涉及, 虚增, 应缴, 未纳入 … before a sum of money): it was searched from the subject
  to the figure across clauses, so a work report's or a bulletin's own sum after a clause saying what it covers
  (旅游总收入涉及住宿、餐饮、购物等多个方面,达到52.3亿元; 衔接资金涉及全县12个乡镇132个项目,共计2.1亿元;
  固定资产投资项目涉及工业、交通、水利等领域,完成投资52.3亿元) was lost, and so was a bulletin's income after its
  survey (城乡一体化住户抽样调查结果显示全县农村居民人均可支配收入21563元; 据抽样调查…). Narrowed: the figure's
  own clause only (blocking.blocked), not 抽样调查, not the rule 应缴尽缴 (cues.tsv). Left: 涉及12个乡镇的86个重点
  项目完成投资38.6亿元 stays lost (涉及…的 before a subject is also an audit's part: 涉及5个村的衔接资金…; a
  missing number rather than a wrong one);
- an audit's misused sum named right after it (衔接资金1563.7万元滞留超过60天, 专项资金120万元被挪用) was still read
  as the region's funds: added block misused_after (the words after a sum; sampled_before reads those before);
- block every_year (每年…): no misfire found; 每年一度的油菜花节接待游客52万人次 (a festival's, base read it as the
  county's) is now no fact; 实现了每年新增就业3000人以上的目标 loses a target that is each year's (accepted);
- 全市 after another city's full name (places.whole_of_named): in a prefecture city's own report its county-level
  cities named first (英德市地区生产总值增长5.6%,连州市增长4.9%,全市地区生产总值增长4.8% in 清远市's report)
  took 全市 away from the city. Narrowed: only a place holding the report's region (韶关市 over 乐昌市) owns
  its 全市 (places._above); a county-level city's own sentences after 在韶关市委…领导下, 我市…韶关市…, 据韶关市
  统计局反馈 stay its own;
- a prefecture named …地区 and a goal set with 提出/要求/明确; a village named alone; a part of the year named
  mid-sentence for a goal; 年初确定的…目标 and 完成年初确定计划的38.6%; 重点建设的62个项目; the issuer line above
  the title and 调研报告/debt/asset reports typed 其他: probed, no misfire of these rules found (the cases below);
- 其中,3月当月 read with the sentence before (attribution month_of_part_opening): after a sentence of two
  indicators (…工业增加值增长7.6%,固定资产投资增长8.1%。其中,3月当月增长9.2%) the month's rate went to the last
  one, either could be meant. Narrowed: only after a sentence of one indicator (extract._one_subject).
"""

from __future__ import annotations

import pytest
from passages import check_case, check_meta

#: A county's work report of January 2024 on 2023.
REPORT = {"year": 2023, "report_date": "2024-01-10", "region": "开化县", "level": "county"}
#: A county's statistics bulletin of March 2024 on 2023.
BULLETIN = {"year": 2023, "report_date": "2024-03-20", "region": "开化县", "level": "county"}
#: A county's audit report of August 2024 on 2023.
AUDIT = {"year": 2023, "report_date": "2024-08-27", "region": "开化县", "level": "county"}
#: A county-level city's report of February 2024 on 2023 (its prefecture 韶关市).
LECHANG = {"year": 2023, "report_date": "2024-02-06", "region": "乐昌市", "level": "county"}
#: A prefecture city's report of January 2024 on 2023 (its county-level cities 英德市, 连州市).
QINGYUAN = {"year": 2023, "report_date": "2024-01-10", "region": "清远市", "level": "city"}
#: A county's report of January 2024 (Xinjiang: its prefecture 阿克苏地区).
WENSU = {"year": 2023, "report_date": "2024-01-10", "region": "温宿县", "level": "county"}
#: A county's report of July 2024 on the first half of 2024.
HALF = {"year": 2024, "report_date": "2024-07-20", "region": "泸溪县", "level": "county"}
#: A county's statistics release of April 2024 on the first quarter.
QUARTER = {"year": 2024, "report_date": "2024-04-19", "region": "永丰县", "level": "county"}
#: A county's report of January 2024 on 2023 (Fujian).
PINGNAN = {"year": 2023, "report_date": "2024-01-10", "region": "屏南县", "level": "county"}

CASES: list[dict] = [
    # ---- sampled_before: what a region's sum covers, in a clause before the figure's (misfired: narrowed)
    {
        "id": "tourism_revenue_covers_sectors",
        "meta": REPORT,
        "text": "全年接待游客560万人次，旅游总收入涉及住宿、餐饮、购物等多个方面，达到52.3亿元。",
        "facts": [("tourism_revenue", "level", 52.3, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "linkage_funds_cover_towns",
        "meta": REPORT,
        "text": "衔接推进乡村振兴补助资金涉及全县12个乡镇132个项目，共计2.1亿元。",
        "facts": [("poverty_funds", "level", 2.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "investment_covers_fields",
        "meta": REPORT,
        "text": "全年固定资产投资项目涉及工业、交通、水利等领域，完成投资52.3亿元，增长8.1%。",
        "facts": [("fai", "level", 52.3, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "retail_sales_cover_trades",
        "meta": REPORT,
        "text": "全年社会消费品零售总额涉及批发零售、住宿餐饮等行业，实现56.7亿元，增长6.2%。",
        "facts": [("retail_sales", "level", 56.7, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- sampled_before: a bulletin's survey, the rule 应缴尽缴 (misfired: narrowed)
    {
        "id": "household_survey_shows_income",
        "meta": BULLETIN,
        "text": "城乡一体化住户抽样调查结果显示全县农村居民人均可支配收入21563元，增长7.8%。",
        "facts": [("rural_income", "level", 21563, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "income_by_sample_survey",
        "meta": BULLETIN,
        "text": "据抽样调查全年农村常住居民人均可支配收入21563元，比上年增长7.8%。",
        "facts": [("rural_income", "level", 21563, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "revenue_collected_in_full",
        "meta": REPORT,
        "text": "在应缴尽缴的基础上全年实现一般公共预算收入12.8亿元，增长7.6%。",
        "facts": [("general_budget_revenue", "level", 12.8, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- sampled_before: near misses that stayed (not in the figure's clause, or no money)
    {
        "id": "unrecorded_firms_then_investment",
        "meta": BULLETIN,
        "text": "全县未纳入统计的小微企业较多，全年完成固定资产投资52.3亿元，增长8.1%。",
        "facts": [("fai", "level", 52.3, 2023, "", "actual", None), ("fai", "yoy_pct", 8.1, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "produce_sampled_funds_stay",
        "meta": AUDIT,
        "text": "抽样检测农产品1200批次，全年投入衔接推进乡村振兴补助资金2.1亿元。",
        "facts": [("poverty_funds", "level", 2.1, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- sampled_before: what must still be blocked
    {
        "id": "audit_sample_and_finding_blocked",
        "meta": AUDIT,
        "text": "抽查省级下达的衔接推进乡村振兴补助资金1.28亿元，发现其中1563.7万元滞留在县财政。"
        "县财政一般公共预算收入虚增0.86亿元。衔接推进乡村振兴补助资金滞留1563.7万元。",
        "facts": [],
        "absent": [("poverty_funds",), ("general_budget_revenue",)],
    },
    {
        "id": "audit_survey_of_projects_finding_blocked",
        "meta": AUDIT,
        "text": "审计抽样调查了12个项目，涉及衔接资金2.3亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    # ---- misused_after (added): a sum an audit found misused or held back, the words after it
    {
        "id": "audit_sums_held_back_or_misused",
        "meta": AUDIT,
        "text": "衔接资金1563.7万元滞留超过60天。专项资金120万元被挪用，非税收入3200万元未及时缴库。",
        "facts": [],
        "absent": [("poverty_funds",), ("general_budget_revenue",), ("fiscal_revenue",)],
    },
    {
        # near misses: funds paid out, revenue before a clause on what was corrected
        "id": "funds_paid_out_and_revenue_stay",
        "meta": AUDIT,
        "text": "衔接资金1.36亿元已拨付到项目。全年一般公共预算收入12.8亿元，未及时缴库的非税收入已整改。",
        "facts": [
            ("poverty_funds", "level", 1.36, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 12.8, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "livelihood_part_of_spending_blocked",
        "meta": REPORT,
        "text": "全县涉及民生的一般公共预算支出26.8亿元，增长6.1%。",
        "facts": [],
        "absent": [("fiscal_expenditure", "level")],
    },
    # ---- every_year
    {
        # a festival held each year: its visitors are the festival's (base read them as the county's)
        "id": "yearly_festival_visitors_no_fact",
        "meta": REPORT,
        "text": "2023年，全县每年一度的油菜花节接待游客52万人次，实现旅游收入3.2亿元。",
        "facts": [("tourism_revenue", "level", 3.2, 2023, "", "actual", None)],
        "absent": [("tourist_visits",)],
    },
    {
        # near misses: 每年 in a clause of its own, before a month (a digit), as a comparison
        "id": "every_year_elsewhere_stays",
        "meta": REPORT,
        "text": "全县坚持每年举办招商推介会，2023年完成固定资产投资52.3亿元。每年的4月是油菜花节，全年接待游客520万人次。"
        "全年农村居民人均可支配收入21563元，每年人均增收1200元。",
        "facts": [
            ("fai", "level", 52.3, 2023, "", "actual", None),
            ("tourist_visits", "level", 520, 2023, "", "actual", None),
            ("rural_income", "level", 21563, 2023, "", "actual", None),
        ],
        "absent": [("rural_income", "level", 1200)],
    },
    {
        "id": "own_figure_then_yearly_goal_met",
        "meta": REPORT,
        "text": "2023年全县城镇新增就业3260人，实现了每年新增就业3000人以上的目标。",
        "facts": [("new_urban_jobs", "level", 3260, 2023, "", "actual", None)],
        "absent": [("new_urban_jobs", "level", 3000)],
    },
    # ---- 全市 after another city's name: a prefecture city's own report (misfired: narrowed)
    {
        "id": "prefecture_lists_its_cities_then_itself",
        "meta": QINGYUAN,
        "text": "英德市地区生产总值增长5.6%，连州市增长4.9%，全市地区生产总值增长4.8%。",
        "facts": [("gdp", "yoy_pct", 4.8, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 5.6)],
    },
    {
        "id": "prefecture_names_two_cities_then_itself",
        "meta": QINGYUAN,
        "text": "英德市、连州市两个县级市经济总量突破百亿，全市实现地区生产总值2128.4亿元，增长4.8%。",
        "facts": [
            ("gdp", "level", 2128.4, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 4.8, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- 全市 after the prefecture in a county-level city's own sentences (near misses that stayed)
    {
        "id": "county_city_under_prefecture_leadership",
        "meta": LECHANG,
        "text": "在韶关市委、市政府的坚强领导下，全市实现地区生产总值186.5亿元，增长5.1%。",
        "facts": [
            ("gdp", "level", 186.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "county_city_ranked_by_prefecture",
        "meta": LECHANG,
        "text": "我市在韶关市考核中排名第一，全市地区生产总值增长5.1%。据韶关市统计局反馈，全市一般公共预算收入增长6.3%。",
        "facts": [
            ("gdp", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.3, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # must: the prefecture's own sentence
        "id": "prefecture_sentence_in_county_city",
        "meta": LECHANG,
        "text": "2023年，韶关市地区生产总值增长4.5%，全市固定资产投资增长3.2%。",
        "facts": [],
        "absent": [("gdp",), ("fai",)],
    },
    # ---- a prefecture named …地区, a goal set with 提出
    {
        "id": "prefecture_area_goal_and_own_outturn",
        "meta": WENSU,
        "text": "阿克苏地区提出今年地区生产总值增长7.5%左右。在地区的坚强领导下，全县实现地区生产总值186.5亿元，增长8.2%。",
        "facts": [
            ("gdp", "level", 186.5, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 8.2, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.5)],
    },
    {
        "id": "poor_areas_no_prefecture_and_area_named_first",
        "meta": WENSU,
        "text": "阿克苏地区地区生产总值增长6.1%，全县地区生产总值增长8.2%。",
        "facts": [("gdp", "yoy_pct", 8.2, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 6.1)],
    },
    # ---- a village named alone; villages taken together
    {
        "id": "poverty_villages_income_is_a_part",
        "meta": PINGNAN,
        "text": "脱贫村农村居民人均可支配收入增长9.1%，全县农村居民人均可支配收入22618元。",
        "facts": [("rural_income", "level", 22618, 2023, "", "actual", None)],
        "absent": [("rural_income", "yoy_pct", 9.1)],
    },
    {
        "id": "county_villages_then_county_income",
        "meta": PINGNAN,
        "text": "全县行政村集体经济收入全部达到10万元以上，农村居民人均可支配收入22618元，增长7.6%。"
        "城中村改造完成投资3.2亿元，全县完成固定资产投资52.3亿元。",
        "facts": [
            ("rural_income", "level", 22618, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.6, 2023, "", "actual", None),
            ("fai", "level", 52.3, 2023, "", "actual", None),
        ],
        "absent": [("fai", "level", 3.2)],
    },
    {
        # found merging session 14's branches (h20_05): 驻村 is no village's name, the officials are the county's
        "id": "officials_stationed_in_villages_are_the_countys",
        "meta": PINGNAN,
        "text": "全年在岗驻村第一书记185名、驻村工作队185支。包村干部走访脱贫户1.2万户，全县脱贫人口人均纯收入16500元。",
        "facts": [
            ("first_secretaries", "level", 185, 2023, "", "actual", None),
            ("village_work_teams", "level", 185, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a part of the year named mid-sentence for a goal
    {
        "id": "quarter_goal_after_year_goal_dates_itself",
        "meta": HALF,
        "text": "上半年，全县规上工业增加值增长6.2%。力争全年地区生产总值增长6%，确保三季度固定资产投资增长8%。"
        "全县一般公共预算收入完成2.5亿元。",
        "facts": [
            ("industrial_va", "yoy_pct", 6.2, 2024, "H1", "actual", None),
            ("gdp", "yoy_pct", 6.0, 2024, "", "target", None),
            ("fai", "yoy_pct", 8.0, 2024, "Q3", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 2.5, 2024, "Q3")],
    },
    {
        "id": "quarter_goal_then_half_year_outturn",
        "meta": HALF,
        "text": "今年以来，全县上下奋力拼搏，确保一季度实现开门红，上半年地区生产总值增长5.6%。",
        "facts": [("gdp", "yoy_pct", 5.6, 2024, "H1", "actual", None)],
        "absent": [],
    },
    # ---- 其中,3月当月 read with the sentence before (misfired after two indicators: narrowed)
    {
        "id": "month_after_two_indicators_not_read",
        "meta": QUARTER,
        "text": "1—3月，全县规模以上工业增加值增长7.6%，固定资产投资增长8.1%。其中，3月当月增长9.2%。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.6, 2024, "Q1", "actual", None),
            ("fai", "yoy_pct", 8.1, 2024, "Q1", "actual", None),
        ],
        "absent": [("fai", "yoy_pct", 9.2), ("industrial_va", "yoy_pct", 9.2)],
    },
    {
        "id": "month_after_one_indicator_read",
        "meta": QUARTER,
        "text": "1—3月，全县社会消费品零售总额18.2亿元，增长5.1%。其中，3月当月实现6.5亿元。",
        "facts": [
            ("retail_sales", "level", 18.2, 2024, "Q1", "actual", None),
            ("retail_sales", "level", 6.5, 2024, "M3", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "month_naming_its_own_subject",
        "meta": QUARTER,
        "text": "1—3月，全县规模以上工业增加值增长7.6%。其中，3月当月全县社会消费品零售总额增长9.2%。",
        "facts": [("retail_sales", "yoy_pct", 9.2, 2024, "M3", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 9.2)],
    },
    # ---- 年初确定 and 重点建设的N个项目
    {
        "id": "year_start_targets_beside_half_year",
        "meta": HALF,
        "text": "上半年，全县规上工业增加值增长6.2%，比年初确定的8%目标低1.8个百分点。"
        "年初确定的62个重点项目上半年完成投资19.7亿元。",
        "facts": [
            ("industrial_va", "yoy_pct", 6.2, 2024, "H1", "actual", None),
            ("industrial_va", "yoy_pct", 8.0, 2024, "", "target", None),
            ("key_project_investment", "level", 19.7, 2024, "H1", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "key_projects_counted_and_other_items",
        "meta": HALF,
        "text": "全县重点建设的62个项目总投资320亿元，上半年完成投资19.7亿元。全县重点建设的5个园区完成投资8.2亿元。",
        "facts": [("key_project_investment", "level", 19.7, 2024, "H1", "actual", None)],
        "absent": [("key_project_investment", "level", 320), ("key_project_investment", "level", 8.2)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict) -> None:
    check_case(case, {})


META_CASES = [
    (
        "transmitted_county_report",
        "吉安市人民政府办公室\n转发安福县关于2023年国民经济和社会发展计划执行情况报告的通知\n\n各县（市、区）人民政府：现将安福县"
        "报告转发给你们。2023年，安福县地区生产总值增长5.6%，全县固定资产投资增长8.1%。",
        {"region": "安福县", "report_type": "计划执行情况报告"},
    ),
    (
        "prefecture_bureau_on_a_named_county",
        "湘西土家族苗族自治州统计局\n关于泸溪县2024年一季度经济运行情况的分析\n\n一季度，泸溪县地区生产总值增长5.6%，"
        "全县固定资产投资增长8.1%。",
        {"region": "泸溪县", "report_type": "经济运行分析"},
    ),
    (
        "city_party_letterhead_on_the_city",
        "中共吉安市委\n关于全市2023年经济工作的报告\n\n2023年，全市地区生产总值增长4.5%。安福县增长5.6%。",
        {"region": "吉安市", "level": "city"},
    ),
    (
        "outside_body_research_report",
        "国务院发展研究中心\n关于安福县推进乡村振兴的调研报告\n\n2023年，安福县农村居民人均可支配收入21563元，增长7.8%。",
        {"region": "安福县", "report_type": "其他"},
    ),
    (
        "budget_and_debt_report_stays_budget",
        "关于2023年全县预算执行情况和政府债务管理情况的报告\n安福县财政局\n\n2023年全县一般公共预算收入12.8亿元。",
        {"region": "安福县", "report_type": "预算执行情况报告"},
    ),
]


@pytest.mark.parametrize("doc_id,text,want", META_CASES, ids=[c[0] for c in META_CASES])
def test_meta(doc_id: str, text: str, want: dict) -> None:
    check_meta(text, doc_id, want)
