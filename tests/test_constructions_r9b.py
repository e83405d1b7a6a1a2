"""Constructions of the fiscal and finance family outside budget-execution reports (session 8): how
county and city work reports, statistical bulletins, speeches, work summaries and assessment
self-checks say revenue, spending, debt and loans. A kind of loan (涉农贷款余额, 普惠小微贷款余额,
企(事)业单位贷款余额) or one institution's loans (农商银行各项贷款余额, 我行…) is a part, not the loan
balance, while the banks' whole balance (银行业金融机构各项贷款余额) is it; spending for a purpose
(用于民生领域的支出) is a part of the spending; a balance at a month's or a quarter's end (6月末, 二季度末)
is the part of the year up to it; an assessment item's target label (目标任务:, 考核指标:) governs its
segment; money for resolving debt (化债资金) is not the debt resolved; a share or a rate kept on average
over a span (五年来…年均达到80.5%) is no level of the last year; a share over another base (民生支出占
一般公共预算收入的比重) is not the share of spending; an action on another sum (压减一般性支出0.8亿元,
受…影响减少) is no level; a leap between milestones (从5亿元到10亿元的跨越) is narrative.

Each case is a short report of its own (not copied from a dev set) written for one construction: its
meta, the facts it must give (indicator, measure, value, year, subperiod, kind, period_start) and
the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}

CASES: list[dict] = [
    # ---- a kind of loan, or one institution's loans, is a part of the loan balance, not the balance
    {
        "id": "loan_kinds_after_the_balance_in_a_bulletin",
        # a county's statistical bulletin (Jiangxi): the total, then its kinds under 其中
        "meta": {"region": "于都县"},
        "text": "年末全县金融机构人民币各项贷款余额312.6亿元,比年初增加36.2亿元,增长13.1%。其中,涉农贷款余额"
        "142.3亿元,增长15.6%;普惠小微贷款余额58.1亿元,增长24.2%;个人住房贷款余额46.5亿元,下降1.8%。",
        "facts": [
            ("loan_balance", "level", 312.6, 2023, "", "actual", None),
            ("loan_balance", "yoy_pct", 13.1, 2023, "", "actual", None),
        ],
        "absent": [
            ("loan_balance", "level", 142.3),
            ("loan_balance", "level", 58.1),
            ("loan_balance", "level", 46.5),
            ("loan_balance", "level", 36.2),
            ("loan_balance", "yoy_pct", 15.6),
            ("loan_balance", "yoy_pct", 24.2),
            ("loan_balance", "yoy_pct", -1.8),
        ],
    },
    {
        "id": "loans_by_borrower_and_term_in_a_bulletin",
        # a statistical bulletin (Hubei): by borrower (住户, 企(事)业单位) and by term, after the total
        "meta": {"region": "枣阳市"},
        "text": "年末全市金融机构本外币各项贷款余额268亿元,比年初增加30亿元。按贷款对象分,住户贷款余额126亿元,"
        "增长8%;企(事)业单位贷款余额142亿元,增长15%。按期限分,短期贷款余额86亿元,中长期贷款余额182亿元;"
        "境内贷款余额265亿元,外币贷款余额0.6亿元。",
        "facts": [("loan_balance", "level", 268.0, 2023, "", "actual", None)],
        "absent": [
            ("loan_balance", "level", 126.0),
            ("loan_balance", "level", 142.0),
            ("loan_balance", "yoy_pct", 15.0),
            ("loan_balance", "level", 86.0),
            ("loan_balance", "level", 182.0),
            ("loan_balance", "level", 265.0),
            ("loan_balance", "level", 0.6),
        ],
    },
    {
        "id": "loan_kinds_alone_in_a_work_report",
        # a work report (Henan): kinds of loans with no total
        "meta": {"region": "固始县"},
        "text": "金融服务实体经济能力增强,制造业中长期贷款余额突破20亿元,绿色贷款余额32.5亿元,增长41%;"
        "农户贷款余额86.2亿元,创业担保贷款余额3.6亿元。",
        "facts": [],
        "absent": [("loan_balance",)],
    },
    {
        "id": "one_institutions_loans_beside_the_countys",
        # a work summary of a county's finance office (Hunan): banks' own loans, then the county's total
        "meta": {"region": "桃江县"},
        "text": "县农商银行各项贷款余额126.8亿元,增长9.2%;邮储银行贷款余额21.3亿元;农村信用社各项贷款余额"
        "15.2亿元。全县金融机构各项贷款余额286.4亿元,增长11.5%,存贷比达到72.3%。",
        "facts": [
            ("loan_balance", "level", 286.4, 2023, "", "actual", None),
            ("loan_balance", "yoy_pct", 11.5, 2023, "", "actual", None),
        ],
        "absent": [
            ("loan_balance", "level", 126.8),
            ("loan_balance", "yoy_pct", 9.2),
            ("loan_balance", "level", 21.3),
            ("loan_balance", "level", 15.2),
        ],
    },
    {
        "id": "a_banks_own_summary_speaks_of_its_loans",
        # a bank's work summary read in a county set: 我行 is the bank, not the county
        "meta": {"region": "临泉县"},
        "text": "2023年,我行各项贷款余额45.2亿元,较年初增加5.1亿元,增长12.7%。",
        "facts": [],
        "absent": [("loan_balance",)],
    },
    {
        # near miss: the whole balance however its institutions and currencies are named stays the balance
        "id": "the_whole_balance_named_by_its_institutions_stays",
        "meta": {"region": "桐城市"},
        "text": "年末全市银行业金融机构本外币各项贷款余额421.5亿元,增长10.3%。人民币贷款余额达到418.2亿元。",
        "facts": [
            ("loan_balance", "level", 421.5, 2023, "", "actual", None),
            ("loan_balance", "yoy_pct", 10.3, 2023, "", "actual", None),
            ("loan_balance", "level", 418.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- spending for a purpose (用于…的支出, 用于…领域) is a part of the spending, not the spending
    {
        "id": "spending_for_a_purpose_inside_the_spending",
        # a work report (Shaanxi): 一般公共预算支出中用于…的支出
        "meta": {"region": "镇安县"},
        "text": "全年一般公共预算支出中用于教育、医疗、社保等民生领域的支出达到32亿元,增长6.3%。",
        "facts": [],
        "absent": [("fiscal_expenditure",)],
    },
    {
        "id": "spending_for_a_purpose_after_the_spending_verb",
        # a speech (Guizhou): 财政支出用于民生领域X亿元; 财政用于“三农”的支出
        "meta": {"region": "湄潭县"},
        "text": "同志们,去年财政支出用于民生领域32亿元,财政用于“三农”的支出12.6亿元,增长8%。",
        "facts": [],
        "absent": [("fiscal_expenditure",)],
    },
    {
        # near miss: the spending itself, then its part for a purpose
        "id": "spending_then_its_part_for_a_purpose",
        "meta": {"region": "镇安县"},
        "text": "全县一般公共预算支出45.2亿元,增长5%,用于民生支出37.1亿元。",
        "facts": [
            ("fiscal_expenditure", "level", 45.2, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 5.0, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_expenditure", "level", 37.1)],
    },
    # ---- a balance at a month's or a quarter's end (6月末, 二季度末) in a report of part of the year is
    # the balance of that part (as 截至6月末), not the year's
    {
        "id": "month_end_opens_a_mid_year_analysis",
        # a county's half-year economic analysis (Anhui): 6月末, opening the sentence
        "meta": {"year": 2024, "report_date": "2024-07-22", "region": "怀远县"},
        "text": "6月末,全县金融机构各项存款余额412.3亿元,比年初增加31.2亿元;各项贷款余额268.5亿元,同比增长11.2%。",
        "facts": [
            ("loan_balance", "level", 268.5, 2024, "M1-M6", "actual", None),
            ("loan_balance", "yoy_pct", 11.2, 2024, "M1-M6", "actual", None),
        ],
        "absent": [("loan_balance", "level", 268.5, 2024, ""), ("loan_balance", "yoy_pct", 11.2, 2024, "")],
    },
    {
        "id": "month_end_with_its_year_or_after_the_balance",
        # a city's monthly review (Shandong): 2024年9月末 opening; 余额…月末达到 after the subject
        "meta": {"year": 2024, "report_date": "2024-10-25", "region": "菏泽市", "level": "city"},
        "text": "2024年9月末,全市金融机构本外币各项贷款余额5268亿元,增长8.6%。"
        "全市各项贷款余额9月底达到5268亿元,较年初增加412亿元。",
        "facts": [
            ("loan_balance", "level", 5268.0, 2024, "M1-M9", "actual", None),
            ("loan_balance", "yoy_pct", 8.6, 2024, "M1-M9", "actual", None),
        ],
        "absent": [("loan_balance", "level", 5268.0, 2024, ""), ("loan_balance", "level", 412.0)],
    },
    {
        "id": "quarter_end_opens_the_sentence",
        # a county's speech at a mid-year meeting (Hubei): 二季度末, 至三季度末
        "meta": {"year": 2024, "report_date": "2024-10-18", "region": "京山市"},
        "text": "二季度末,全市各项贷款余额286.1亿元。至三季度末,全市各项贷款余额292.4亿元,增长10.5%。",
        "facts": [
            ("loan_balance", "level", 286.1, 2024, "H1", "actual", None),
            ("loan_balance", "level", 292.4, 2024, "Q1-Q3", "actual", None),
            ("loan_balance", "yoy_pct", 10.5, 2024, "Q1-Q3", "actual", None),
        ],
        "absent": [("loan_balance", "level", 286.1, 2024, ""), ("loan_balance", "level", 292.4, 2024, "")],
    },
    {
        # near miss: a month's end as a deadline, a date or a comparison's base keeps the year's figure
        "id": "month_end_as_deadline_date_or_base_keeps_the_year",
        "text": "新厂房于6月底投产,全年一般公共预算收入增长8%。年末各项贷款余额268亿元,比6月末增加12亿元。"
        "力争6月底前化解隐性债务1.2亿元。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 8.0, 2023, "", "actual", None),
            ("loan_balance", "level", 268.0, 2023, "", "actual", None),
            ("debt_resolved", "level", 1.2, 2023, "", "target", None),
        ],
        "absent": [("loan_balance", "level", 12.0)],
    },
    # ---- an assessment item's target label with a colon (目标任务:, 年度目标:, 考核指标:) governs the figures
    # of its segment though the subject stands between: they are targets, the outturn after them actual
    {
        "id": "target_label_then_subject_then_growth",
        # an assessment self-check (Sichuan): the target and the outturn in sentences of their own
        "meta": {"region": "苍溪县"},
        "text": "（三）一般公共预算收入。目标任务:一般公共预算收入增长6%。完成情况:全年完成一般公共预算收入10.8亿元,"
        "增长7.2%,完成目标任务。",
        "facts": [
            ("general_budget_revenue", "yoy_pct", 6.0, 2023, "", "target", None),
            ("general_budget_revenue", "level", 10.8, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.2, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "yoy_pct", 6.0, 2023, "", "actual")],
    },
    {
        "id": "assessment_indicator_label_then_outturn_segment",
        # a debt item of a self-check (Guangxi): 考核指标:…;完成情况:… in one sentence
        "meta": {"region": "灵川县"},
        "text": "考核指标:化解政府隐性债务1.5亿元;完成情况:全年化解隐性债务1.8亿元,完成任务的120%。",
        "facts": [
            ("debt_resolved", "level", 1.5, 2023, "", "target", None),
            ("debt_resolved", "level", 1.8, 2023, "", "actual", None),
            ("debt_resolved", "completion_pct", 120.0, 2023, "", "actual", None),
        ],
        "absent": [
            ("debt_resolved", "level", 1.5, 2023, "", "actual"),
            ("debt_resolved", "level", 1.8, 2023, "", "target"),
        ],
    },
    {
        "id": "annual_target_label_over_two_subjects",
        # a work summary's list of the year's targets (Hebei): 年度目标: two subjects
        "meta": {"region": "威县"},
        "text": "年度目标:财政总收入达到20亿元,民生支出占比80%以上。",
        "facts": [
            ("fiscal_revenue", "level", 20.0, 2023, "", "target", None),
            ("livelihood_spending_share", "level", 80.0, 2023, "", "target", None),
        ],
        "absent": [("fiscal_revenue", "level", 20.0, 2023, "", "actual")],
    },
    {
        # near miss: a label of indicators or of what was done keeps the figures achieved
        "id": "indicator_or_outturn_label_keeps_actuals",
        "meta": {"region": "威县"},
        "text": "主要指标:全县财政总收入21.2亿元,增长7%。目标任务完成情况:一般公共预算收入12.1亿元,增长6.5%。",
        "facts": [
            ("fiscal_revenue", "level", 21.2, 2023, "", "actual", None),
            ("fiscal_revenue", "yoy_pct", 7.0, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 12.1, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 6.5, 2023, "", "actual", None),
        ],
        "absent": [("fiscal_revenue", "level", 21.2, 2023, "", "target")],
    },
    # ---- money for resolving debt (化债资金, 化债专项资金) is not the debt resolved
    {
        "id": "funds_for_debt_then_debt_resolved",
        # a work report (Guizhou): the funds arranged, then the debt resolved
        "meta": {"region": "独山县"},
        "text": "统筹安排化债资金3.2亿元,全年化解隐性债务2.8亿元,完成年度任务的112%。",
        "facts": [
            ("debt_resolved", "level", 2.8, 2023, "", "actual", None),
            ("debt_resolved", "completion_pct", 112.0, 2023, "", "actual", None),
        ],
        "absent": [("debt_resolved", "level", 3.2)],
    },
    {
        "id": "funds_for_debt_alone",
        # a finance bureau's work summary (Yunnan): funds raised and secured
        "meta": {"region": "镇雄县"},
        "text": "全年筹集化债专项资金3亿元;争取上级化债资金1.5亿元,增长20%。",
        "facts": [],
        "absent": [("debt_resolved",)],
    },
    {
        # near miss: 化债 as the verb keeps its figure
        "id": "resolving_as_a_verb_keeps_its_figure",
        "meta": {"region": "镇雄县"},
        "text": "全年化债8.6亿元,完成省下达任务的112%。",
        "facts": [
            ("debt_resolved", "level", 8.6, 2023, "", "actual", None),
            ("debt_resolved", "completion_pct", 112.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a share or a rate kept on average over a span (五年来…年均达到80.5%) is the span's average, not
    # the last year's level
    {
        "id": "share_averaged_over_a_five_year_review",
        # a work report's five-year review (Jiangsu): the share averaged, then a level of the year
        "meta": {"region": "泗洪县"},
        "text": "五年来,民生支出占比年均达到80.5%,森林覆盖率提高到62.3%。",
        "facts": [("forest_coverage", "level", 62.3, 2023, "", "actual", None)],
        "absent": [("livelihood_spending_share",)],
    },
    {
        "id": "share_kept_on_average_under_a_review_heading",
        "meta": {"region": "泗洪县"},
        "text": "一、过去五年工作回顾\n过去五年,民生支出占一般公共预算支出的比重年均保持在80%以上。",
        "facts": [],
        "absent": [("livelihood_spending_share",)],
    },
    {
        "id": "rates_kept_on_average_over_three_years",
        # a speech (Fujian): 三年来, rates held on average
        "meta": {"region": "长汀县"},
        "text": "三年来,城镇登记失业率年均控制在3.5%以内,空气质量优良率年均为92.1%。",
        "facts": [],
        "absent": [("unemployment_rate",), ("good_air_rate",)],
    },
    {
        # near miss: the year's mean of one year (年均浓度, 年均达到 in a year) stays the year's level
        "id": "annual_mean_of_one_year_stays",
        "meta": {"region": "长汀县"},
        "text": "全年PM2.5年均浓度为32微克/立方米,空气优良率年均达到91%。",
        "facts": [
            ("pm25", "level", 32.0, 2023, "", "actual", None),
            ("good_air_rate", "level", 91.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- livelihood spending as a share of something other than spending (收入, 地区生产总值) is not the
    # livelihood share of spending
    {
        "id": "livelihood_spending_over_revenue_is_not_its_share",
        # a county's work summary (Gansu): spending over the own revenue, a ratio of another base
        "meta": {"region": "通渭县"},
        "text": "全县民生支出占一般公共预算收入的比重为75.2%。其中民生支出38.6亿元,相当于地方财政收入的3.2倍。",
        "facts": [],
        "absent": [("livelihood_spending_share",)],
    },
    {
        "id": "livelihood_spending_over_gdp_is_not_its_share",
        "meta": {"region": "通渭县"},
        "text": "民生支出38.6亿元,占全县地区生产总值的比重达到18.5%。",
        "facts": [],
        "absent": [("livelihood_spending_share",), ("gdp",)],
    },
    {
        # near miss: over spending however it is named (一般公共预算支出, 财政支出)
        "id": "livelihood_spending_over_spending_stays_its_share",
        "meta": {"region": "通渭县"},
        "text": "全县一般公共预算支出46.1亿元,其中民生支出38.6亿元,占一般公共预算支出的83.7%;"
        "民生支出占财政支出的比重比上年提高1.1个百分点。",
        "facts": [
            ("fiscal_expenditure", "level", 46.1, 2023, "", "actual", None),
            ("livelihood_spending_share", "level", 83.7, 2023, "", "actual", None),
            ("livelihood_spending_share", "pp_change", 1.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- an action on another sum between the subject and the money (压减一般性支出, 节约资金, 盘活存量资金,
    # 受…影响减少) gives that action's amount, not the subject's level
    {
        "id": "spending_cut_saved_or_pooled",
        # a speech on the budget (Zhejiang): what the spending cut, saved and pooled
        "meta": {"region": "开化县"},
        "text": "坚持过紧日子,一般公共预算支出压减一般性支出0.8亿元;财政支出节约资金2.1亿元,增长3%;"
        "一般公共预算支出统筹盘活存量资金2.6亿元,腾出资金3亿元用于民生。",
        "facts": [("fiscal_expenditure", "yoy_pct", 3.0, 2023, "", "actual", None)],
        "absent": [("fiscal_expenditure", "level")],
    },
    {
        "id": "revenue_lost_to_a_policy_then_its_level",
        # a work summary of a finance bureau (Shandong): 受…影响减少 before the level
        "meta": {"region": "莒县"},
        "text": "全年一般公共预算收入受减税降费影响减少0.9亿元,完成15.2亿元,增长2.1%。",
        "facts": [
            ("general_budget_revenue", "level", 15.2, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 2.1, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 0.9)],
    },
    {
        # near miss: the level reached despite a cut keeps its figure
        "id": "level_reached_despite_a_cut_stays",
        "meta": {"region": "开化县"},
        "text": "一般公共预算支出在压减一般性支出的情况下仍达到56.8亿元,增长3%。",
        "facts": [
            ("fiscal_expenditure", "level", 56.8, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", 3.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- a leap from one milestone to the next (从5亿元到10亿元的跨越, 由X跨越/突破到Y, 由亿元县到十亿元县) is
    # narrative: its start is no level of the year described, its end no exact level
    {
        "id": "leap_from_one_milestone_to_the_next",
        # a speech at a county's economic work meeting (Hunan)
        "meta": {"region": "祁东县"},
        "text": "五年来,一般公共预算收入实现从5亿元到10亿元的跨越,财政收入实现由亿元县到十亿元县的跨越。",
        "facts": [],
        "absent": [("general_budget_revenue",), ("fiscal_revenue",)],
    },
    {
        "id": "leap_verbs_between_start_and_end",
        # a work report (Jiangxi): 从…跨越到, 由…突破到 in the year's review
        "meta": {"region": "南康区"},
        "text": "一般公共预算收入从5亿元跨越到10亿元,财政总收入由15亿元突破到20亿元。",
        "facts": [],
        "absent": [
            ("general_budget_revenue", "level", 5.0),
            ("general_budget_revenue", "level", 10.0),
            ("fiscal_revenue", "level", 15.0),
        ],
    },
    {
        # near miss: a change between printed levels keeps both ends, whatever follows it
        "id": "change_between_levels_then_a_leap_word_stays",
        "meta": {"region": "祁东县"},
        "text": "五年来,财政总收入由15.2亿元增加到20.6亿元,实现了新的跨越。",
        "facts": [
            ("fiscal_revenue", "level", 15.2, 2018, "", "actual", None),
            ("fiscal_revenue", "level", 20.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    # ---- the banks' whole balance (银行业金融机构…贷款余额) is the loan balance, not a sector's figure
    {
        "id": "banking_institutions_balance_is_the_whole",
        # a county's statistical bulletin (Shaanxi) and a work report (Hebei)
        "meta": {"region": "洛川县"},
        "text": "年末全县银行业金融机构各项贷款余额86.4亿元,比年初增加9.2亿元,增长11.9%。"
        "全县银行业贷款余额达到86.4亿元。",
        "facts": [
            ("loan_balance", "level", 86.4, 2023, "", "actual", None),
            ("loan_balance", "yoy_pct", 11.9, 2023, "", "actual", None),
        ],
        "absent": [("loan_balance", "level", 9.2)],
    },
    {
        # near miss: a sector's loans (制造业贷款余额) stay no fact
        "id": "a_sectors_loans_stay_no_fact",
        "meta": {"region": "洛川县"},
        "text": "全县制造业贷款余额12.1亿元,农林牧渔业贷款余额20.3亿元,增长9%。",
        "facts": [],
        "absent": [("loan_balance",)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
