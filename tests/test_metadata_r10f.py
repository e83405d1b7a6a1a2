"""Document metadata of unseen reports (session 8, probe r10f): what recognition and cleaning still lost.

Documents of our own (not from a corpus): a title, a speaker or signature line, a date, a first
paragraph. Each construction is written two or three ways, with near misses that keep their reading.
"""

from __future__ import annotations

import pytest
from passages import check_meta

from govkit.text.clean import clean_text

# --- a report's own signature at its end, its day written with dashes or slashes (新晃侗族自治县人民政府 /
# 2024-1-15, 2024/01/09), on its signer's line (宁远县统计局 2024-3-2) or after a 日期 label under its signer:
# cleaning keeps it (it is no page chrome) and recognition reads its day and its signer's region ---------

SIGNATURES = [
    (
        "summary_signed_with_dashes",
        "2023年工作总结\n2023年,全县地区生产总值增长6.1%,城镇新增就业2100人。\n新晃侗族自治县人民政府\n2024-1-15",
        {"region": "新晃侗族自治县", "adcode": "431227", "report_type": "工作总结", "report_date": "2024-01-15"},
    ),
    (
        "self_check_signed_with_slashes",
        "2023年度乡村振兴考核自查报告\n按照考核要求,现将有关情况报告如下。2023年,全县农村居民人均可支配收入增长7.8%。\n"
        "綦江区农业农村委员会\n2024/01/09",
        {"region": "綦江区", "adcode": "500110", "report_date": "2024-01-09"},
    ),
    (
        "budget_report_signed_on_one_line",
        "关于2023年预算执行情况的报告\n2023年,全县一般公共预算收入完成8.2亿元,增长5.3%。\n宁远县财政局 2024-3-2",
        {"region": "宁远县", "adcode": "431126", "report_date": "2024-03-02"},
    ),
    (
        "summary_signed_on_one_line_with_chinese_date",
        "2023年工作总结\n2023年,全县地区生产总值增长6.1%。\n会同县发展和改革局 2024年1月15日",
        {"region": "会同县", "adcode": "431225", "report_date": "2024-01-15"},
    ),
    (
        "summary_signed_after_a_date_label",
        "2023年度安全生产工作总结\n2023年,全县未发生较大以上生产安全事故。\n通道侗族自治县应急管理局\n日期:2024年1月15日",
        {"region": "通道侗族自治县", "adcode": "431230", "report_date": "2024-01-15"},
    ),
    (
        "summary_signed_with_dots_and_its_signer",
        "2023年工作总结\n2023年,全县地区生产总值增长6.1%。\n新晃侗族自治县人民政府\n2024.1.15",
        {"region": "新晃侗族自治县", "report_date": "2024-01-15"},
    ),
]

# page chrome at the end still goes: a publish time, a source, a print prompt; a date label alone at the end
# (no signer above it) is the page's
SIGNATURE_NEAR_MISSES = [
    (
        "publish_time_after_the_signature",
        "2023年工作总结\n2023年,全县地区生产总值增长6.1%。\n新晃侗族自治县人民政府\n2024年1月15日\n"
        "发布时间:2024-01-20 09:30\n来源:新晃侗族自治县政府办\n打印本页",
        {"region": "新晃侗族自治县", "report_date": "2024-01-15"},
    ),
    (
        "date_label_without_a_signer",
        "2023年工作总结\n2023年,全县地区生产总值增长6.1%。\n日期:2024-01-20",
        {"region": "", "report_date": ""},
    ),
]


@pytest.mark.parametrize(
    "case", SIGNATURES + SIGNATURE_NEAR_MISSES, ids=[c[0] for c in SIGNATURES + SIGNATURE_NEAR_MISSES]
)
def test_a_signature_dated_with_dashes_or_slashes_is_the_reports(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


def test_cleaning_keeps_the_signature_and_drops_the_chrome():
    text = clean_text(
        "2023年工作总结\n2023年,全县地区生产总值增长6.1%。\n新晃侗族自治县人民政府\n2024-1-15\n"
        "发布时间:2024-01-20 09:30\n来源:县政府办\n打印本页"
    ).text
    assert text.endswith("新晃侗族自治县人民政府\n2024-1-15"), text
    one_line = clean_text("2023年工作总结\n全县地区生产总值增长6.1%。\n宁远县财政局 2024/3/2").text
    assert one_line.replace(" ", "").endswith("宁远县财政局2024/3/2"), one_line
    header = clean_text("2024-01-20\n2023年工作总结\n全县地区生产总值增长6.1%。").text
    assert not header.startswith("2024"), header


# --- a session line whose day lost its 日 (——2024年1月10在…人民代表大会…): the day still dates the report ----

SESSION_WITHOUT_RI = [
    (
        "work_report_session_day_without_ri",
        "政府工作报告\n——2024年1月10在芷江侗族自治县第十八届人民代表大会第三次会议上\n县长 李明\n各位代表:\n"
        "2023年,全县地区生产总值增长5%。",
        {"region": "芷江侗族自治县", "report_date": "2024-01-10", "year": 2023},
    ),
    (
        "bracketed_session_day_without_ri",
        "政府工作报告\n(2023年12月28在城步苗族自治县第十八届人民代表大会第二次会议上)\n各位代表:\n"
        "今年以来,全县地区生产总值增长5%。",
        {"region": "城步苗族自治县", "report_date": "2023-12-28"},
    ),
    (
        "plan_report_session_day_without_ri_then_a_space",
        "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
        "——2024年1月9 在麻阳苗族自治县第十八届人民代表大会第三次会议上\n县发展和改革局局长 张华\n各位代表:\n"
        "2023年,全县地区生产总值增长5%。",
        {"region": "麻阳苗族自治县", "report_date": "2024-01-09", "year": 2023},
    ),
]

# a month alone keeps its reading (the year), a day with its 日 is read as before
SESSION_WITHOUT_RI_NEAR_MISSES = [
    (
        "session_month_only",
        "政府工作报告\n——2024年1月在芷江侗族自治县第十八届人民代表大会第三次会议上\n各位代表:\n2023年,全县地区生产总值增长5%。",
        {"report_date": "2024", "year": 2023},
    ),
    (
        "session_day_with_ri",
        "政府工作报告\n——2024年1月10日在昭平县第十七届人民代表大会第四次会议上\n各位代表:\n2023年,全县地区生产总值增长5%。",
        {"region": "昭平县", "report_date": "2024-01-10"},
    ),
]


@pytest.mark.parametrize(
    "case",
    SESSION_WITHOUT_RI + SESSION_WITHOUT_RI_NEAR_MISSES,
    ids=[c[0] for c in SESSION_WITHOUT_RI + SESSION_WITHOUT_RI_NEAR_MISSES],
)
def test_a_session_day_without_its_ri_dates_the_report(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- the issuers' line under the title (关于…的汇报 / 江华瑶族自治县人民政府 / (2024年1月18日)) names the report's
# own unit, as its signature at the end would -------------------------------------------------------------

TITLE_BYLINES = [
    (
        "briefing_issuer_under_its_title",
        "关于2023年脱贫攻坚成果巩固工作情况的汇报\n江华瑶族自治县人民政府\n(2024年1月18日)\n"
        "2023年,全县脱贫人口人均纯收入增长12.1%。",
        {"region": "江华瑶族自治县", "adcode": "431129", "report_type": "工作汇报", "report_date": "2024-01-18"},
    ),
    (
        "report_issuer_under_its_title_without_a_date",
        "关于2023年民生实事完成情况的报告\n江永县人民政府\n2023年,全县十件民生实事全部完成。",
        {"region": "江永县", "adcode": "431125", "year": 2023},
    ),
    (
        "bureau_issuer_under_its_title_above_a_month",
        "2023年度河长制工作总结\n三江侗族自治县水利局\n2024年1月\n2023年,全县河湖水质稳定向好。",
        {"region": "三江侗族自治县", "adcode": "450226", "report_type": "工作总结"},
    ),
]

# the place named in the title stays the report's against a higher level's bureau under it; an office line
# that names no place gives none; a place visited in the title is not the issuer's
TITLE_BYLINE_NEAR_MISSES = [
    (
        "county_bulletin_issued_by_the_city_bureau",
        "2023年临武县国民经济和社会发展统计公报\n郴州市统计局\n2024年3月\n2023年,全县地区生产总值增长5%。",
        {"region": "临武县", "adcode": "431025"},
    ),
    (
        "office_line_naming_no_place",
        "关于2023年民生实事完成情况的报告\n县人民政府办公室\n(2024年1月20日)\n2023年,全县民生实事全部完成。",
        {"region": "", "report_date": "2024-01-20"},
    ),
    (
        "study_trip_report_with_its_issuer_under_the_title",
        "赴浏阳市学习考察情况的报告\n湘潭县发展和改革局\n2024年3月20日\n2024年3月,考察组一行赴浏阳市学习园区建设经验。",
        {"region": "湘潭县", "adcode": "430321"},
    ),
]


@pytest.mark.parametrize(
    "case",
    TITLE_BYLINES + TITLE_BYLINE_NEAR_MISSES,
    ids=[c[0] for c in TITLE_BYLINES + TITLE_BYLINE_NEAR_MISSES],
)
def test_the_issuers_line_under_the_title_names_the_region(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a prefecture's or league's work report titled after its administrative office (地区行政公署工作报告,
# 盟行政公署工作报告, 行署 2024年工作报告) is a 政府工作报告, as 自治州人民政府工作报告 is -------------------------

OFFICE_WORK_REPORTS = [
    (
        "prefecture_office_work_report",
        "和田地区行政公署工作报告\n——2024年1月8日在和田地区第三次各族各界代表大会上\n各位代表:\n2023年,全地区生产总值增长6%。",
        {"region": "和田地区", "report_type": "政府工作报告", "report_date": "2024-01-08", "year": 2023},
    ),
    (
        "league_office_work_report",
        "锡林郭勒盟行政公署工作报告\n——2024年1月15日在锡林郭勒盟第三次各族各界代表大会上\n盟长 张三\n各位代表:\n"
        "2023年,全盟地区生产总值增长6.5%。",
        {"region": "锡林郭勒盟", "report_type": "政府工作报告", "report_date": "2024-01-15"},
    ),
    (
        "prefecture_office_work_report_with_its_year",
        "大兴安岭地区行政公署2024年工作报告\n各位代表:\n2023年,全区地区生产总值增长5%。",
        {"region": "大兴安岭地区", "report_type": "政府工作报告", "year": 2023},
    ),
    (
        "autonomous_prefecture_government_work_report",
        "湘西土家族苗族自治州人民政府工作报告\n——2024年1月9日在湘西土家族苗族自治州第十五届人民代表大会第三次会议上\n"
        "州长 龙晓华\n各位代表:\n2023年,全州地区生产总值增长5%。",
        {"region": "湘西土家族苗族自治州", "report_type": "政府工作报告", "report_date": "2024-01-09"},
    ),
]

# the office's report named as a resolution's or a meeting's topic is not the report
OFFICE_WORK_REPORT_NEAR_MISSES = [
    (
        "resolution_on_the_office_work_report",
        "关于地区行政公署工作报告的决议\n(2024年1月10日喀什地区第三次各族各界代表大会通过)\n"
        "喀什地区第三次各族各界代表大会审议通过了行政公署工作报告。",
        {"report_type": ""},
    ),
    (
        "speech_at_the_drafting_meeting_of_the_office_work_report",
        "在地区行署工作报告征求意见座谈会上的讲话\n专员 王林\n(2023年12月20日)\n同志们:\n今年以来,全地区经济运行稳中有进。",
        {"report_type": "讲话", "report_date": "2023-12-20"},
    ),
]


@pytest.mark.parametrize(
    "case",
    OFFICE_WORK_REPORTS + OFFICE_WORK_REPORT_NEAR_MISSES,
    ids=[c[0] for c in OFFICE_WORK_REPORTS + OFFICE_WORK_REPORT_NEAR_MISSES],
)
def test_an_administrative_offices_work_report_is_a_work_report(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a speech that names its county only in running text, as the subject of its figures (2023年,新田县地区
# 生产总值增长6%) under its own unit word (在全县…会议上, 全县): that county; never one of two, one compared
# with, one of another kind than the unit word, or a masked one ---------------------------------------------

FIGURE_SUBJECTS = [
    (
        "speech_county_named_with_its_gdp",
        "在全县三级干部大会上的讲话\n县委书记 王强\n(2024年2月20日)\n同志们:\n"
        "2023年,新田县地区生产总值增长6%。全县规上工业增加值增长8%。",
        {"region": "新田县", "adcode": "431128", "report_type": "讲话"},
    ),
    (
        "speech_county_named_with_its_investment",
        "在全县经济工作会议上的讲话\n县长 刘军\n(2024年1月5日)\n同志们:\n过去一年,全县上下凝心聚力。"
        "2023年,隆回县完成固定资产投资86亿元,全县一般公共预算收入增长7.2%。",
        {"region": "隆回县", "adcode": "430524"},
    ),
    (
        "speech_district_named_with_its_growth",
        "在全区项目建设推进会上的讲话\n区委书记 陈平\n(2024年3月8日)\n同志们:\n一季度,全区项目建设开局良好。"
        "武陵区实现地区生产总值增长5.8%,全区新开工项目32个。",
        {"region": "武陵区", "adcode": "430702"},
    ),
]

FIGURE_SUBJECT_NEAR_MISSES = [
    (
        "two_counties_compared",
        "在全县三级干部大会上的讲话\n县委书记 王强\n(2024年2月20日)\n同志们:\n"
        "2023年,新田县地区生产总值增长6%,宁远县地区生产总值增长5.5%。全县规上工业增加值增长8%。",
        {"region": "", "adcode": ""},
    ),
    (
        "neighbour_compared_with",
        "在全县三级干部大会上的讲话\n县委书记 王强\n(2024年2月20日)\n同志们:\n"
        "2023年,全县地区生产总值增长6%,比邻近的宁远县高0.5个百分点。",
        {"region": "", "adcode": ""},
    ),
    (
        "city_speech_naming_a_county",
        "在全市三级干部大会上的讲话\n市委书记 王强\n(2024年2月20日)\n同志们:\n"
        "2023年,新田县地区生产总值增长6%。全市规上工业增加值增长8%。",
        {"region": "", "adcode": ""},
    ),
    (
        "masked_county",
        "在全县三级干部大会上的讲话\n县委书记 王强\n(2024年2月20日)\n同志们:\n"
        "2023年,XX县地区生产总值增长6%。全县规上工业增加值增长8%。",
        {"region": "", "adcode": ""},
    ),
]


@pytest.mark.parametrize(
    "case",
    FIGURE_SUBJECTS + FIGURE_SUBJECT_NEAR_MISSES,
    ids=[c[0] for c in FIGURE_SUBJECTS + FIGURE_SUBJECT_NEAR_MISSES],
)
def test_a_speech_names_its_county_as_the_subject_of_its_figures(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)
