"""Constructions of the texts an analyst meets in a county's folder beside its reports, found by the blind
set h21 (session 14: a statistics bureau's quarterly release, a media centre's news article, an audit report,
a 人大 committee's 调研报告, a 政协 调研报告, a 县委全会 speech, a 决算 report and a debt report), by class:

- 全市 after another city's full name in the same sentence (2023年韶关市实现地区生产总值…;全市规上工业增加值
  增长6.2% in 乐昌市's report, a county-level city whose own word 全市 is too): that city's whole, not the
  report's region (places.whole_of_named); 全县 after a city's name stays the county's own;
- a park's figures with a part of the year between the park and its verb (浦市工业园上半年完成规模工业总产值…),
  and the park's later figures in the sentence (园区…实际到位资金仅2.7亿元): a part's, not the region's;
- a prefecture named …地区 (阿克苏地区) and another place setting its own goal (阿克苏地区提出今年地区生产总值增长
  7.5%左右, 吉安市要求今年…): that place's target, not the region's; 贫困地区 is no name;
- an audit's sample, the sum a finding concerns or a sum misstated or misused (抽查省级下达的衔接资金1.28亿元;
  涉及衔接资金2.3亿元; 少计一般公共预算收入560万元, 虚增财政收入0.86亿元, 将应列入一般公共预算收入的1.2亿元列入…,
  超范围列支衔接资金480万元): not the region's revenue, spending or input;
- a yearly quota with no year (建议…每年新建高标准农田不少于1万亩): no fact;
- a village named alone before a subject (其中龙潭村2023年接待游客32万人次): a part of the region;
- a part of the year named past a sentence's head for a goal (…的目标,倒排工期,确保重点项目下半年完成投资30亿元以上)
  dates that goal only, not the sentences after it (三是…确保完成地方一般公共预算收入4.61亿元的年度预算: the
  year's); a part opening a sentence (一季度全县…) still dates the paragraph; and a figure followed by 的年度预算
  in a part-year report is the year's budget;
- a sentence opening on 其中, N月当月 with no subject of its own (1—3月,…增长7.6%。其中,3月当月增长9.2%): the
  month's figure of the sentence before's subject;
- the year's target restated beside a part-year outturn as 年初确定的…目标 (上半年…增长4.6%,低于年初确定的6.5%
  预期目标1.9个百分点): the whole year's target;
- key projects counted after 重点建设的 (列入全县重点建设的62个项目完成投资19.7亿元);
- metadata: the issuers' line above the title (泸溪县人大常委会财政经济工作委员会 / 关于…的调研报告) names the
  region; 调研报告 and reports on government debt or state assets are 其他 (one on a plan's execution keeps
  计划执行情况报告).

Each case is a short passage of its own (not copied from any corpus); every case but the near misses failed
before.
"""

from __future__ import annotations

import pytest
from passages import check_case, check_meta

#: A county-level city's news article of February 2024 on 2023.
LECHANG = {"year": 2023, "report_date": "2024-02-06", "region": "乐昌市", "level": "county"}
#: A county's research report of August 2024 on the first half of 2024.
HALF = {"year": 2024, "report_date": "2024-08-22", "region": "泸溪县", "level": "county"}
#: A county's statistics release of April 2024 on the first quarter.
QUARTER = {"year": 2024, "report_date": "2024-04-19", "region": "永丰县", "level": "county"}
#: A county party secretary's speech of January 2024 on 2023 and its targets for 2024.
SPEECH = {"year": 2023, "report_date": "2024-01-06", "region": "温宿县", "level": "county"}
#: A county's audit report of August 2024 on 2023.
AUDIT = {"year": 2023, "report_date": "2024-08-27", "region": "开化县", "level": "county"}

CASES: list[dict] = [
    # ---- 全市 after another city's full name
    {
        "id": "whole_city_after_the_prefecture_named",
        "meta": LECHANG,
        "text": "据了解，2023年韶关市实现地区生产总值1563.9亿元，增长4.5%；全市规上工业增加值增长6.2%，"
        "社会消费品零售总额增长5.1%。",
        "facts": [],
        "absent": [("gdp",), ("industrial_va",), ("retail_sales",)],
    },
    {
        "id": "whole_city_after_the_prefecture_in_one_segment",
        "meta": LECHANG,
        "text": "2023年，韶关市地区生产总值增长4.5%，全市固定资产投资增长3.2%。",
        "facts": [],
        "absent": [("gdp",), ("fai",)],
    },
    {
        # near miss: the own city's sentence, the prefecture only a comparison's base
        "id": "own_city_then_prefecture_compared_stays",
        "meta": LECHANG,
        "text": "全市地区生产总值186.52亿元，增长5.1%，比韶关市平均水平高0.6个百分点，全市规上工业增加值增长7.8%。",
        "facts": [
            ("gdp", "level", 186.52, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.1, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 7.8, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: 全县 after the prefecture's name in a county's report is the county's
        "id": "whole_county_after_the_city_stays",
        "meta": QUARTER,
        "text": "一季度，吉安市地区生产总值增长4.6%，全县地区生产总值58.63亿元，增长4.9%。",
        "facts": [
            ("gdp", "level", 58.63, 2024, "Q1", "actual", None),
            ("gdp", "yoy_pct", 4.9, 2024, "Q1", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 4.6)],
    },
    {
        # near miss: 我市 is the speaker's own whatever was named before
        "id": "our_city_after_the_prefecture_stays",
        "meta": LECHANG,
        "text": "2023年，韶关市地区生产总值增长4.5%，我市地区生产总值增长5.1%。",
        "facts": [("gdp", "yoy_pct", 5.1, 2023, "", "actual", None)],
        "absent": [("gdp", "yoy_pct", 4.5)],
    },
    # ---- a park's figures with a part of the year before its verb
    {
        "id": "park_half_year_output_and_funds",
        "meta": HALF,
        "text": "浦市工业园上半年完成规模工业总产值18.6亿元，增长5.1%，占全县的63.4%，园区新签约项目投资额虽达12.8亿元，"
        "但实际到位资金仅2.7亿元。",
        "facts": [],
        "absent": [("industrial_output",), ("investment_attracted",), ("investment_contracted",)],
    },
    {
        "id": "development_zone_with_a_year_before_its_verb",
        "meta": LECHANG,
        "text": "经济开发区2023年实现规模以上工业总产值56.2亿元，增长9.6%。",
        "facts": [],
        "absent": [("industrial_output",)],
    },
    {
        # near miss: the park only where investment was drawn; the county's own output
        "id": "county_output_after_a_park_clause_stays",
        "meta": HALF,
        "text": "上半年，全县规模工业总产值29.3亿元，增长6.1%，其中工业园区上半年完成18.6亿元。",
        "facts": [
            ("industrial_output", "level", 29.3, 2024, "H1", "actual", None),
            ("industrial_output", "yoy_pct", 6.1, 2024, "H1", "actual", None),
        ],
        "absent": [("industrial_output", "level", 18.6)],
    },
    # ---- a prefecture named …地区, and another place setting its goal
    {
        "id": "prefecture_named_diqu_sets_its_goal",
        "meta": SPEECH,
        "text": "从地区层面看，阿克苏地区提出今年地区生产总值增长7.5%左右，我们的目标与地区基本衔接。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "prefecture_named_diqu_sets_its_goal_alone",
        "meta": SPEECH,
        "text": "阿克苏地区提出今年地区生产总值增长7.5%左右。",
        "facts": [],
        "absent": [("gdp",)],
    },
    {
        "id": "city_requires_its_growth",
        "meta": QUARTER,
        "text": "吉安市要求今年规模以上工业增加值增长8%。",
        "facts": [],
        "absent": [("industrial_va",)],
    },
    {
        # near miss: poor areas are no place's name
        "id": "poor_areas_are_no_prefecture",
        "meta": SPEECH,
        "text": "贫困地区农村居民人均可支配收入增长9.5%。",
        "facts": [("rural_income", "yoy_pct", 9.5, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        # near miss: the county's own name before the verb
        "id": "own_county_sets_its_goal_stays",
        "meta": QUARTER,
        "text": "永丰县提出今年规模以上工业增加值增长8%。",
        "facts": [],
        "values": [("industrial_va", 8.0)],
        "absent": [],
    },
    # ---- an audit's sample, the sum a finding concerns
    {
        "id": "audit_sample_of_linkage_funds",
        "meta": AUDIT,
        "text": "三是专项资金拨付不及时。抽查省级下达的衔接推进乡村振兴补助资金1.28亿元，发现其中1563.7万元滞留超过60天。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "finding_concerns_linkage_funds",
        "meta": AUDIT,
        "text": "审计抽审了12个项目，涉及衔接资金2.3亿元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "audit_misstated_revenue_and_spending",
        "meta": AUDIT,
        "text": "县财政少计一般公共预算收入560万元，多列一般公共预算支出2300万元；2个单位虚增财政收入0.86亿元。",
        "facts": [],
        "absent": [("general_budget_revenue",), ("fiscal_expenditure",), ("fiscal_revenue",)],
    },
    {
        "id": "audit_revenue_put_in_the_wrong_budget",
        "meta": AUDIT,
        "text": "审计发现，县财政局将应列入一般公共预算收入的1.2亿元列入政府性基金预算。",
        "facts": [],
        "absent": [("general_budget_revenue",)],
    },
    {
        "id": "audit_funds_spent_beyond_their_scope",
        "meta": AUDIT,
        "text": "3个乡镇超范围列支衔接资金480万元，1个部门挪用衔接资金120万元。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        # near miss: the words of a finding after the year's figures
        "id": "no_finding_after_the_years_figures",
        "meta": AUDIT,
        "text": "全年一般公共预算收入26.47亿元，未发现虚增收入问题；衔接资金1.36亿元全部及时拨付。",
        "facts": [
            ("general_budget_revenue", "level", 26.47, 2023, "", "actual", None),
            ("poverty_funds", "level", 1.36, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # near misses: checked after the figure; 涉及 places, not money; a sample of households
        "id": "funds_checked_afterwards_stay",
        "meta": AUDIT,
        "text": "全年统筹衔接资金1.36亿元，经抽查，资金使用规范。",
        "facts": [("poverty_funds", "level", 1.36, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "projects_concern_towns_funds_stay",
        "meta": AUDIT,
        "text": "全年实施衔接资金项目涉及15个乡镇，投入衔接资金1.36亿元。",
        "facts": [("poverty_funds", "level", 1.36, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "households_sampled_income_stays",
        "meta": AUDIT,
        "text": "抽查农户120户，全县农村居民人均可支配收入22618元。",
        "facts": [("rural_income", "level", 22618, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- a yearly quota with no year
    {
        "id": "yearly_quota_of_farmland",
        "meta": {"year": 2023, "report_date": "2024-05-10", "region": "屏南县", "level": "county"},
        "text": "建议围绕高山茶等主导产业，每年新建高标准农田不少于1万亩，推动产业提质增效。",
        "facts": [],
        "absent": [("high_standard_farmland",)],
    },
    {
        "id": "yearly_quota_of_jobs",
        "meta": SPEECH,
        "text": "今后五年，每年新增城镇就业3000人以上。",
        "facts": [],
        "absent": [("new_urban_jobs",)],
    },
    {
        # near misses: the year's own figure; a standard per person and year
        "id": "the_years_farmland_and_a_yearly_standard_stay",
        "meta": {"year": 2023, "report_date": "2024-05-10", "region": "屏南县", "level": "county"},
        "text": "2023年新建高标准农田1.2万亩，城乡低保标准分别提高到每人每年8400元。",
        "facts": [("high_standard_farmland", "level", 12000, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- a village named alone
    {
        "id": "village_named_alone_after_qizhong",
        "meta": {"year": 2023, "report_date": "2024-05-10", "region": "屏南县", "level": "county"},
        "text": "龙潭、厦地等“文创村”名声在外，其中龙潭村2023年接待游客32万人次。全县全年接待游客486.3万人次。",
        "facts": [("tourist_visits", "level", 486.3, 2023, "", "actual", None)],
        "absent": [("tourist_visits", "level", 32)],
    },
    {
        "id": "village_income_before_the_county",
        "meta": {"year": 2023, "report_date": "2024-05-10", "region": "屏南县", "level": "county"},
        "text": "枫树村农村居民人均可支配收入达到2.1万元，全县农村居民人均可支配收入22618元。",
        "facts": [("rural_income", "level", 22618, 2023, "", "actual", None)],
        "absent": [("rural_income", "level", 21000)],
    },
    {
        # near miss: the county's countryside taken together
        "id": "county_countryside_stays",
        "meta": {"year": 2023, "report_date": "2024-05-10", "region": "屏南县", "level": "county"},
        "text": "全县农村卫生厕所普及率达98.6%，新农村建设投入1.2亿元。",
        "facts": [("rural_toilet_rate", "level", 98.6, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- a goal's part of the year named past the sentence's head dates that goal only
    {
        "id": "goals_half_does_not_date_the_next_sentences",
        "meta": HALF,
        "text": "一是全力抓项目扩投资。紧盯全年固定资产投资增长10%的目标，确保重点项目下半年完成投资30亿元以上。"
        "二是做强园区平台。推动工业园提质升级。三是加强收入征管，确保完成地方一般公共预算收入4.61亿元的年度预算。",
        "facts": [
            ("fai", "yoy_pct", 10, 2024, "", "target", None),
            ("general_budget_revenue", "level", 4.61, 2024, "", "target", None),
        ],
        "absent": [("general_budget_revenue", "level", 4.61, 2024, "H2")],
    },
    {
        "id": "goals_half_then_a_plain_goal",
        "text": "要紧盯全年目标，确保重点项目下半年完成投资30亿元。确保城镇新增就业3000人。",
        "meta": {"year": 2024, "report_date": "2024-07-20", "region": "温宿县", "level": "county"},
        "facts": [
            ("key_project_investment", "level", 30, 2024, "H2", "target", None),
            ("new_urban_jobs", "level", 3000, 2024, "", "target", None),
        ],
        "absent": [("new_urban_jobs", "level", 3000, 2024, "H2")],
    },
    {
        # near miss: a part of the year opening a sentence inside an item dates the items after it
        "id": "quarter_opening_a_sentence_dates_the_next_item",
        "meta": QUARTER,
        "text": "一是经济运行稳中有进。一季度全县地区生产总值增长4.9%。二是工业较快增长，规上工业增加值增长7.6%。",
        "facts": [
            ("gdp", "yoy_pct", 4.9, 2024, "Q1", "actual", None),
            ("industrial_va", "yoy_pct", 7.6, 2024, "Q1", "actual", None),
        ],
        "absent": [("industrial_va", "yoy_pct", 7.6, 2024, "")],
    },
    {
        # near miss: the items of a half-year review keep the half named before them
        "id": "items_keep_the_half_before_them",
        "meta": HALF,
        "text": "上半年，全县经济稳中有进。一是工业增长较快，规模以上工业增加值增长7.3%。二是消费回暖，"
        "社会消费品零售总额15.64亿元，增长4.8%。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.3, 2024, "H1", "actual", None),
            ("retail_sales", "level", 15.64, 2024, "H1", "actual", None),
            ("retail_sales", "yoy_pct", 4.8, 2024, "H1", "actual", None),
        ],
        "absent": [],
    },
    # ---- 其中,N月当月 after a part-year figure
    {
        "id": "month_of_the_quarter_in_its_own_sentence",
        "meta": QUARTER,
        "text": "1—3月，全县规模以上工业增加值同比增长7.6%，增速居全市第3位。其中，3月当月增长9.2%，比1—2月加快2.7个百分点。",
        "facts": [
            ("industrial_va", "yoy_pct", 7.6, 2024, "Q1", "actual", None),
            ("industrial_va", "yoy_pct", 9.2, 2024, "M3", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "month_of_the_half_in_its_own_sentence",
        "meta": {"year": 2024, "report_date": "2024-07-19", "region": "永丰县", "level": "county"},
        "text": "1—6月，全县固定资产投资同比增长5.4%。其中6月单月增长8.1%。",
        "facts": [
            ("fai", "yoy_pct", 5.4, 2024, "M1-M6", "actual", None),
            ("fai", "yoy_pct", 8.1, 2024, "M6", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: the month's sentence names its own subject
        "id": "month_sentence_with_its_own_subject",
        "meta": {"year": 2024, "report_date": "2024-07-19", "region": "永丰县", "level": "county"},
        "text": "1—6月，全县社会消费品零售总额45.2亿元，增长6.1%。其中，6月当月出口增长7.9%。",
        "facts": [
            ("retail_sales", "yoy_pct", 6.1, 2024, "M1-M6", "actual", None),
            ("exports", "yoy_pct", 7.9, 2024, "M6", "actual", None),
        ],
        "absent": [("retail_sales", "yoy_pct", 7.9)],
    },
    # ---- the year's target restated beside a part-year outturn
    {
        "id": "target_set_at_the_years_start_beside_a_half",
        "meta": HALF,
        "text": "上半年，全县地区生产总值完成42.18亿元，同比增长4.6%，低于年初确定的6.5%预期目标1.9个百分点。",
        "facts": [
            ("gdp", "level", 42.18, 2024, "H1", "actual", None),
            ("gdp", "yoy_pct", 4.6, 2024, "H1", "actual", None),
            ("gdp", "yoy_pct", 6.5, 2024, "", "target", None),
        ],
        "absent": [("gdp", "yoy_pct", 6.5, 2024, "H1")],
    },
    {
        # a share of the plan set at the year's start: the half's progress (年初确定 before 计划 is read too),
        # not the year's target
        "id": "share_of_the_plan_stays_the_halfs",
        "meta": HALF,
        "text": "上半年，全县重点项目完成投资19.7亿元，完成年初确定计划的38.6%。",
        "facts": [
            ("key_project_investment", "level", 19.7, 2024, "H1", "actual", None),
            ("key_project_investment", "completion_pct", 38.6, 2024, "H1", "actual", None),
        ],
        "absent": [],
    },
    # ---- key projects counted after 重点建设的
    {
        "id": "key_projects_counted_after_zhongdian_jianshe_de",
        "meta": HALF,
        "text": "上半年，列入全县重点建设的62个项目完成投资19.7亿元，仅完成年度计划的38.6%，其中有9个项目至今未开工。",
        "facts": [
            ("key_project_investment", "level", 19.7, 2024, "H1", "actual", None),
            ("key_project_investment", "completion_pct", 38.6, 2024, "H1", "actual", None),
        ],
        "absent": [],
    },
    {
        # near miss: a kind of project the county builds is no key-project list
        "id": "road_projects_are_no_key_projects",
        "meta": HALF,
        "text": "上半年，全县重点建设的道路项目完成投资3.2亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, case["meta"])


RECOGNITION: list[dict] = [
    {
        "id": "issuer_line_above_the_title",
        "text": "泸溪县人大常委会财政经济工作委员会\n关于2024年上半年全县国民经济和社会发展计划执行情况的调研报告\n\n"
        "（2024年8月22日）\n\n今年以来，全县经济运行总体平稳。上半年，全县地区生产总值同比增长4.6%。\n",
        "want": {"region": "泸溪县", "level": "county", "adcode": "433122", "report_type": "计划执行情况报告"},
    },
    {
        "id": "cppcc_research_report_is_other",
        "text": "关于我县推进乡村全面振兴的调研报告\n政协屏南县委员会农业和农村委员会\n2024年5月\n\n"
        "为助推我县乡村全面振兴，县政协组织部分委员开展专题调研。2023年，全县农村居民人均可支配收入22618元。\n",
        "want": {"region": "屏南县", "report_type": "其他"},
    },
    {
        "id": "debt_report_is_other",
        "text": "关于舒城县政府债务管理情况的报告\n——2024年10月29日在县人大常委会会议上\n\n"
        "主任、各位副主任、各位委员：\n受县人民政府委托，现将全县政府债务管理情况报告如下，请予审议。"
        "2023年全县化解隐性债务9.65亿元。\n",
        "want": {"region": "舒城县", "report_type": "其他"},
    },
    {
        "id": "state_assets_report_is_other",
        "text": "关于2023年度国有资产管理情况的综合报告\n舒城县人民政府\n\n"
        "现将我县2023年度国有资产管理情况报告如下。截至2023年底，全县国有企业资产总额612.4亿元。\n",
        "want": {"region": "舒城县", "report_type": "其他"},
    },
]


@pytest.mark.parametrize("case", RECOGNITION, ids=[c["id"] for c in RECOGNITION])
def test_recognition(case):
    check_meta(case["text"], case["id"], case["want"])
