"""Document metadata of unseen reports: genres, dates and years of shapes the dev sets lack.

Documents of our own (not from a corpus), whole: a title, a 来源/日期 line or a signature and a
date at the end, a first paragraph. Each construction is written two or three ways.
"""

from __future__ import annotations

import pytest
from passages import check_meta, recognised

from govkit.pipeline.corpus import document_from_text

# --- a work report that says 工作情况的报告 (not 工作总结) is a work summary --------------------------

WORK_SITUATION = [
    (
        "county_government_work_situation",
        "关于2023年工作情况的报告\n临泉县人民政府\n2023年,全县地区生产总值增长5.5%,财政收入稳步增长。\n"
        "临泉县人民政府\n2024年1月15日",
        {"region": "临泉县", "report_type": "工作总结", "report_date": "2024-01-15", "year": 2023},
    ),
    (
        "bureau_half_year_work_situation",
        "太和县农业农村局关于2024年上半年工作开展情况的报告\n来源:太和县人民政府 发布时间:2024-07-12\n"
        "今年以来,我局在县委县政府的坚强领导下,上半年全县粮食播种面积稳定。\n太和县农业农村局\n2024年7月8日",
        {"region": "太和县", "report_type": "工作总结", "report_date": "2024-07-08", "year": 2024},
    ),
    (
        "township_work_situation",
        "城关镇人民政府关于2022年度工作情况的报告\n来源:郧西县人民政府网\n"
        "2022年,在县委县政府的坚强领导下,全镇实现农业总产值5.2亿元。\n城关镇人民政府\n2022年12月26日",
        {"region": "城关镇", "level": "township", "adcode": "420322", "report_type": "工作总结", "year": 2022},
    ),
]


@pytest.mark.parametrize("case", WORK_SITUATION, ids=[c[0] for c in WORK_SITUATION])
def test_a_report_on_the_work_done_is_a_work_summary(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a plan of the year ahead (工作要点, 工作计划) describes the year it plans --------------------------
# Its text may open on the year before (2023年,全县…增长6.1%) and it is often signed in the December
# before: neither is the year it describes. The vocabulary has no plan type: 其他.

PLANS = [
    (
        "plan_opening_on_last_year",
        "临泉县2024年工作计划\n2023年,全县地区生产总值增长6.1%。2024年,全县地区生产总值预期增长7%。\n"
        "临泉县人民政府办公室\n2024年1月5日",
        {"region": "临泉县", "report_type": "其他", "report_date": "2024-01-05", "year": 2024},
    ),
    (
        "key_points_signed_in_december",
        "太和县发展和改革委员会2024年工作要点\n发布时间:2023-12-29\n"
        "2023年,全县经济运行稳中向好。2024年是实施“十四五”规划的关键一年,全县地区生产总值增长7%左右。\n"
        "太和县发展和改革委员会\n2023年12月28日",
        {"region": "太和县", "report_type": "其他", "year": 2024},
    ),
    (
        "township_work_arrangement",
        "南站镇2025年重点工作安排\n来源:汶上县人民政府\n"
        "2024年,全镇实现规模以上工业产值12亿元。2025年,全镇将继续抓好项目建设。\n南站镇人民政府\n2025年1月20日",
        {"region": "南站镇", "level": "township", "report_type": "其他", "year": 2025},
    ),
]

# a summary that also plans (工作总结和2024年工作计划) stays a summary of its own year
SUMMARY_AND_PLAN = (
    "临泉县统计局2023年工作总结和2024年工作计划\n2023年,我局圆满完成各项统计任务,全县地区生产总值增长5.8%。\n"
    "临泉县统计局\n2023年12月20日"
)


@pytest.mark.parametrize("case", PLANS, ids=[c[0] for c in PLANS])
def test_a_plan_of_the_year_ahead_describes_that_year(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


def test_a_summary_that_also_plans_describes_its_own_year():
    check_meta(SUMMARY_AND_PLAN, "summary_and_plan", {"report_type": "工作总结", "year": 2023})


# --- a review of the whole year's economy (not of a part of it) is an economic review -----------------

ANNUAL_REVIEWS = [
    (
        "city_bureau_annual_analysis",
        "阜阳市统计局关于2023年全市经济运行情况的分析\n2023年,全市地区生产总值3400亿元,增长5.5%。\n"
        "阜阳市统计局\n2024年2月1日",
        {"region": "阜阳市", "level": "city", "adcode": "341200", "report_type": "经济运行分析", "year": 2023},
    ),
    (
        "county_year_first_analysis",
        "2023年临泉县经济运行情况分析\n临泉县统计局\n2023年,全县地区生产总值420亿元,增长5.8%。\n"
        "2024年,全县将继续推动经济回升向好。",
        {"region": "临泉县", "report_type": "经济运行分析", "year": 2023},
    ),
    (
        "brief_review_published_next_year",
        "太和县2022年全年经济运行简析\n发布时间:2023-02-10 来源:太和县统计局\n"
        "2022年,全县地区生产总值增长3.9%,规模以上工业增加值增长6.2%。",
        {"region": "太和县", "report_type": "经济运行分析", "report_date": "2023-02-10", "year": 2022},
    ),
]


@pytest.mark.parametrize("case", ANNUAL_REVIEWS, ids=[c[0] for c in ANNUAL_REVIEWS])
def test_a_review_of_the_years_economy_is_an_economic_review(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


def test_a_speech_at_an_economic_review_meeting_stays_a_speech():
    text = (
        "在全县2023年经济运行分析会上的讲话\n临泉县县长 李某\n(2023年7月20日)\n同志们:\n"
        "上半年,全县地区生产总值增长5.6%。下面,我讲三点意见。"
    )
    check_meta(text, "speech_at_review_meeting", {"report_type": "讲话", "year": 2023})


# --- the date a report is signed on, printed at its end or under its title in other shapes -----------
# A day written with dots (2024.1.10) signs the report as 2024年1月10日 does; a month alone (2024年元月,
# 二〇二三年十二月) gives the year only, as the gold metas have a month. (A bare dotted date in a page's
# first 800 characters is the page's date, which cleaning takes: the reports here are of a realistic length.)

BODY = "一、主要工作\n全年完成一般公共预算收入18.6亿元,增长6.2%。\n二、存在的问题\n项目储备不足。\n"

SIGNED = [
    (
        "dotted_day_at_the_end",
        "临泉县2023年工作总结\n2023年,全县地区生产总值增长5.5%。\n" + BODY * 20 + "临泉县人民政府\n2024.1.10",
        {"region": "临泉县", "report_type": "工作总结", "report_date": "2024-01-10", "year": 2023},
    ),
    (
        "dotted_day_after_the_signer",
        "太和县财政局2023年工作总结\n2023年,全县财政收入稳步增长。\n" + BODY * 20 + "太和县财政局 2023.12.26",
        {"region": "太和县", "report_type": "工作总结", "report_date": "2023-12-26", "year": 2023},
    ),
    (
        "first_month_under_the_title",
        "霍邱县人民政府2023年工作总结\n(2024年元月)\n2023年,全县地区生产总值增长5.5%。\n" + BODY,
        {"region": "霍邱县", "report_type": "工作总结", "report_date": "2024", "year": 2023},
    ),
    (
        "chinese_day_at_the_end_of_a_long_report",
        "阜南县2023年工作总结\n2023年,全县地区生产总值增长6.0%。\n" + BODY * 200 + "阜南县人民政府\n二〇二四年一月十日",
        {"region": "阜南县", "report_type": "工作总结", "report_date": "2024-01-10", "year": 2023},
    ),
    (
        "chinese_day_with_a_letter_o_for_zero",
        "界首市2023年工作总结\n2023年,全市地区生产总值增长5.9%。\n" + BODY * 20 + "界首市人民政府\n二O二四年一月十二日",
        {"region": "界首市", "report_type": "工作总结", "report_date": "2024-01-12", "year": 2023},
    ),
    (
        "chinese_day_with_a_digit_zero_under_the_title",
        "在全县经济工作会议上的讲话\n利辛县县长 李某\n(二0二三年十二月二十八日)\n同志们:\n"
        "今年以来,全县经济稳中向好,预计全年地区生产总值增长5.5%。\n" + BODY * 20,
        {"region": "利辛县", "report_type": "讲话", "report_date": "2023-12-28", "year": 2023},
    ),
    (
        "chinese_month_at_the_end",
        "颍上县2023年工作总结\n2023年,全县地区生产总值增长6.1%。\n" + BODY + "颍上县人民政府\n二〇二三年十二月",
        {"region": "颍上县", "report_type": "工作总结", "report_date": "2023", "year": 2023},
    ),
]


@pytest.mark.parametrize("case", SIGNED, ids=[c[0] for c in SIGNED])
def test_the_date_a_report_is_signed_on(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a page of the new year that reviews 过去一年 and names the year ahead in its headline -------------
# (召开2024年全县经济工作会议, 2024年重点项目集中开工): the year the page prints is the one planned, not the
# one its figures describe; the year is left unknown (never the page's year), so that the figures of
# 过去一年 are not taken for targets of the new year.

NEW_YEAR_PAGES = [
    (
        "economic_work_meeting",
        "临泉县召开2024年全县经济工作会议\n发布时间:2024-01-20 来源:临泉县融媒体中心\n"
        "1月19日,临泉县召开全县经济工作会议。会议指出,过去一年,全县地区生产总值增长5.5%,"
        "规模以上工业增加值增长7.1%。会议要求,今年全县地区生产总值增长7%左右。",
        ("gdp", 5.5),
    ),
    (
        "projects_start",
        "临泉县2024年重点项目集中开工\n发布时间:2024-02-18 来源:临泉县融媒体中心\n"
        "2月17日,临泉县举行重点项目集中开工仪式。过去一年,全县固定资产投资增长8.2%。今年,全县计划实施重点项目300个。",
        ("fai", 8.2),
    ),
    (
        "rural_work_meeting",
        "太和县召开2024年全县农村工作会议\n2024-01-26 来源:太和县人民政府\n"
        "1月25日,太和县召开全县农村工作会议。会议总结了过去一年的“三农”工作,一年来,全县粮食总产量达到120万吨,增长1.5%。",
        ("grain_output", 1.5),
    ),
]


@pytest.mark.parametrize("case", NEW_YEAR_PAGES, ids=[c[0] for c in NEW_YEAR_PAGES])
def test_a_new_years_page_reviewing_the_past_year_is_not_of_the_new_year(case):
    from govkit.facts.extract import extract_document

    doc_id, text, (indicator, value) = case
    doc = document_from_text(text, doc_id)
    assert doc.meta.year != int(doc.meta.published_date[:4]), doc.meta
    facts = extract_document(doc)
    got = facts[(facts.indicator == indicator) & (facts.value.astype(float) == value)]
    assert len(got) == 1 and got.iloc[0]["kind"] == "actual" and str(got.iloc[0]["year"]) != "2024", got


# --- a township's party committee and government report together (中共XX镇委员会 XX镇人民政府) ---------
# The township is the subject; its county, named in the text or the 来源 line, gives the code.

TOWN_PARTY_AND_GOVERNMENT = [
    (
        "signed_by_both",
        "中共城关镇委员会 城关镇人民政府\n关于2023年工作总结的报告\n"
        "2023年,在郧西县委县政府的坚强领导下,全镇实现农业总产值5.2亿元。\n"
        "中共城关镇委员会 城关镇人民政府\n2023年12月26日",
        {"region": "城关镇", "level": "township", "adcode": "420322", "report_type": "工作总结", "year": 2023},
    ),
    (
        "one_title_line",
        "中共迎仙镇委员会 迎仙镇人民政府关于2023年工作情况的报告\n发布时间:2024-01-05 来源:平江县人民政府\n"
        "2023年,在县委县政府的坚强领导下,全镇实现财政收入1.2亿元。",
        {"region": "迎仙镇", "level": "township", "adcode": "430626", "year": 2023},
    ),
    (
        "short_committee_name",
        "中共三塘乡委 三塘乡人民政府\n2023年工作总结\n2023年,在汉寿县委县政府的坚强领导下,全乡实现农业总产值3.1亿元。\n"
        "中共三塘乡委员会\n三塘乡人民政府\n2023年12月22日",
        {"region": "三塘乡", "level": "township", "adcode": "430722", "year": 2023},
    ),
]


@pytest.mark.parametrize("case", TOWN_PARTY_AND_GOVERNMENT, ids=[c[0] for c in TOWN_PARTY_AND_GOVERNMENT])
def test_a_townships_party_committee_and_government(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- the progress of key projects is an economic review (the vocabulary's 经济运行分析) ------------------

PROJECT_PROGRESS = [
    (
        "progress_page",
        "临泉县2023年重点项目建设进展情况\n发布时间:2023-11-10 来源:临泉县发展和改革委员会\n"
        "截至10月底,全县152个重点项目完成投资186亿元,占年度计划的88%。",
        {"region": "临泉县", "report_type": "经济运行分析", "report_date": "2023-11-10", "year": 2023},
    ),
    (
        "progress_notice",
        "太和县2024年1-6月重点项目推进情况通报\n太和县重点项目建设指挥部办公室\n2024年7月10日\n"
        "上半年,全县重点项目完成投资96亿元。",
        {"region": "太和县", "report_type": "经济运行分析", "report_date": "2024-07-10", "year": 2024},
    ),
    (
        "progress_report_to_the_standing_committee",
        "关于全县重点项目建设进展情况的报告\n——2023年8月25日在阜南县第十八届人民代表大会常务委员会第十次会议上\n"
        "阜南县发展和改革委员会主任 王某\n主任、副主任、各位委员:\n今年以来,全县重点项目完成投资120亿元。",
        {"region": "阜南县", "report_type": "经济运行分析", "report_date": "2023-08-25", "year": 2023},
    ),
]


@pytest.mark.parametrize("case", PROJECT_PROGRESS, ids=[c[0] for c in PROJECT_PROGRESS])
def test_the_progress_of_key_projects_is_an_economic_review(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


def test_a_briefing_to_officials_on_projects_stays_a_briefing():
    text = (
        "关于临泉县重点项目建设进展情况的汇报\n临泉县人民政府\n(2023年9月12日)\n"
        "尊敬的各位领导:\n今年以来,全县重点项目完成投资120亿元。"
    )
    check_meta(text, "projects_briefing", {"region": "临泉县", "report_type": "工作汇报"})


# --- a title printed in two lines: the issuer above the genre, or broken inside a phrase --------------

TWO_LINE_TITLES = [
    (
        "issuer_above_the_genre",
        "临泉县人民政府\n2023年工作总结\n2023年,全县地区生产总值增长5.5%。\n" + BODY * 3,
        {"region": "临泉县", "report_type": "工作总结", "year": 2023},
        "临泉县人民政府2023年工作总结",
    ),
    (
        "bureau_above_its_report",
        "太和县农业农村局\n关于2023年工作情况的报告\n2023年,全县粮食总产量稳定增长。\n" + BODY * 3,
        {"region": "太和县", "report_type": "工作总结", "year": 2023},
        "太和县农业农村局关于2023年工作情况的报告",
    ),
    (
        "broken_after_guanyu",
        "阜南县人民政府关于\n2023年度工作情况的报告\n2023年,全县地区生产总值增长5.5%。\n"
        + BODY * 3
        + "阜南县人民政府\n2024年1月12日",
        {"region": "阜南县", "report_type": "工作总结", "report_date": "2024-01-12", "year": 2023},
        "阜南县人民政府关于2023年度工作情况的报告",
    ),
    (
        "broken_inside_the_genre_name",
        "临泉县2023年国民经济和社会发展\n统计公报\n临泉县统计局\n2024年4月10日\n"
        "2023年,全县地区生产总值420亿元,比上年增长5.8%。\n" + BODY * 3,
        {"region": "临泉县", "report_type": "统计公报", "report_date": "2024-04-10", "year": 2023},
        "临泉县2023年国民经济和社会发展统计公报",
    ),
]


@pytest.mark.parametrize("case", TWO_LINE_TITLES, ids=[c[0] for c in TWO_LINE_TITLES])
def test_a_title_in_two_lines(case):
    doc_id, text, want, title = case
    check_meta(text, doc_id, want)
    assert document_from_text(text, doc_id).meta.title == title


# --- a masked unit under a named one (临泉县XX镇, 临泉县某乡, 阜阳市XX县, 阜阳市**区): the report is the
# masked unit's (its own unit word, 全镇/全县/全区, is the mask's): anonymised, never the named unit above
# it, whose figures these are not -----------------------------------------------------------------

MASKED_TOWNSHIPS = [
    (
        "letters_after_the_county",
        "临泉县XX镇2023年工作总结\n2023年,在临泉县委县政府的领导下,全镇实现农业总产值5.2亿元。\n"
        "临泉县XX镇人民政府\n2023年12月20日",
    ),
    (
        "mou_township_briefing",
        "临泉县某乡2023年脱贫攻坚工作汇报\n2023年,全乡实现脱贫人口1200人,全乡农民人均可支配收入增长8%。\n"
        "某乡人民政府\n2023年12月20日",
    ),
    (
        "boxes_in_the_session_line",
        "政府工作报告\n——2024年1月8日在临泉县□□镇第十八届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表镇人民政府向大会报告工作。2023年,全镇实现农业总产值5.2亿元。",
    ),
    (
        "masked_county_in_a_named_prefecture",
        "阜阳市XX县2023年工作总结\n2023年,在阜阳市委市政府的领导下,全县地区生产总值增长5.5%。\n"
        "阜阳市XX县人民政府\n2023年12月20日",
    ),
    (
        "masked_district_bulletin",
        "阜阳市**区2023年国民经济和社会发展统计公报\n2023年,全区地区生产总值增长5.5%,全区规模以上工业增加值增长7%。",
    ),
    (
        "masked_county_in_the_session_line",
        "政府工作报告\n——2024年1月10日在阜阳市XX县第十八届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作。2023年,全县地区生产总值增长5.5%。",
    ),
]


@pytest.mark.parametrize("case", MASKED_TOWNSHIPS, ids=[c[0] for c in MASKED_TOWNSHIPS])
def test_a_masked_unit_under_a_named_one_is_anonymised(case):
    doc_id, text = case
    got = recognised(text, doc_id)
    assert (got["region"], got["level"], got["adcode"]) == ("", "anonymised", ""), got


def test_a_county_report_naming_a_masked_township_in_its_text_stays_the_countys():
    text = (
        "临泉县2023年工作总结\n2023年,全县地区生产总值增长5.5%。某镇发生一起安全生产事故,全县开展隐患排查。\n"
        "临泉县人民政府\n2024年1月10日"
    )
    check_meta(text, "county_names_a_masked_town", {"region": "临泉县", "level": "county", "adcode": "341221"})


def test_a_city_report_naming_a_masked_county_in_its_text_stays_the_citys():
    text = (
        "阜阳市2023年工作总结\n2023年,全市地区生产总值增长5.5%。某县发生一起安全生产事故,全市开展隐患排查。\n"
        "阜阳市人民政府\n2024年1月10日"
    )
    check_meta(text, "city_names_a_masked_county", {"region": "阜阳市", "level": "city", "adcode": "341200"})


# --- an open-government page's metadata table: its 成文日期/发文日期 is the day the document was signed ----
# (the report date when the text prints none); its 发布日期 stays the page's publish date.

WRITTEN_DATES = [
    (
        "index_table_of_a_summary",
        "索引号: 11341221003300000D/202401-00012\n发文机关: 临泉县人民政府\n成文日期: 2024-01-10\n"
        "标题: 临泉县人民政府2023年工作总结\n发布日期: 2024-01-15\n临泉县人民政府2023年工作总结\n"
        "2023年,全县地区生产总值增长5.5%。\n" + BODY * 3,
        {"region": "临泉县", "report_type": "工作总结", "report_date": "2024-01-10", "year": 2023},
        "2024-01-15",
    ),
    (
        "issue_date_of_a_plan",
        "发文机关:太和县人民政府办公室 发文日期:2023-12-28\n太和县2024年工作要点\n发布时间:2024-01-03\n"
        "2024年是实施“十四五”规划的关键一年,全县地区生产总值增长7%左右。\n" + BODY * 3,
        {"region": "太和县", "report_type": "其他", "report_date": "2023-12-28", "year": 2024},
        "2024-01-03",
    ),
    (
        "the_signature_comes_first",
        "索引号: 11341225/2024-00003\n成文日期: 2024-01-12\n发布日期: 2024-01-16\n阜南县2023年工作总结\n"
        "2023年,全县地区生产总值增长6.0%。\n" + BODY * 20 + "阜南县人民政府\n2024年1月10日",
        {"region": "阜南县", "report_type": "工作总结", "report_date": "2024-01-10", "year": 2023},
        "2024-01-16",
    ),
]


@pytest.mark.parametrize("case", WRITTEN_DATES, ids=[c[0] for c in WRITTEN_DATES])
def test_the_day_a_page_says_the_document_was_signed(case):
    doc_id, text, want, published = case
    check_meta(text, doc_id, want)
    assert document_from_text(text, doc_id).meta.published_date == published


# --- an undated speech at a meeting named by its year (在2024年全县经济工作会议上的讲话), on a page dated
# at the start of that year (or the December before): the meeting reviews the year before, as a dated
# speech of January does; its 过去一年 figures are that year's, not targets of the meeting's year ---------

UNDATED_SPEECHES = [
    (
        "economic_work_meeting_page_of_january",
        "在2024年全县经济工作会议上的讲话\n发布时间:2024-01-25 来源:临泉县人民政府\n同志们:\n"
        "过去一年,全县地区生产总值增长5.5%。今年,全县地区生产总值预期增长7%左右。",
        2023,
        ("gdp", 5.5, 2023, "actual"),
    ),
    (
        "cadre_meeting_page_of_february",
        "在2024年全县三级干部大会上的讲话\n发布时间:2024-02-20 来源:太和县人民政府\n同志们:\n"
        "一年来,太和县规模以上工业增加值增长8.1%。今年,全县规模以上工业增加值预期增长9%。",
        2023,
        ("industrial_va", 8.1, 2023, "actual"),
    ),
    (
        "rural_work_meeting_page_of_december_before",
        "在2024年全县农村工作会议上的讲话\n发布时间:2023-12-30 来源:阜南县人民政府\n同志们:\n"
        "今年以来,全县粮食总产量达到120万吨,增长1.5%。明年,全县粮食播种面积稳定在200万亩以上。",
        2023,
        ("grain_output", 1.5, 2023, "actual"),
    ),
]


@pytest.mark.parametrize("case", UNDATED_SPEECHES, ids=[c[0] for c in UNDATED_SPEECHES])
def test_an_undated_speech_at_a_meeting_named_by_its_year(case):
    from govkit.facts.extract import extract_document

    doc_id, text, year, (indicator, value, fyear, kind) = case
    doc = document_from_text(text, doc_id)
    assert (doc.meta.report_type, doc.meta.year) == ("讲话", year), doc.meta
    facts = extract_document(doc)
    got = {(r.indicator, float(r.value), int(r.year), r.kind) for r in facts.itertuples() if str(r.year) != "<NA>"}
    assert (indicator, value, fyear, kind) in got, got


def test_an_undated_speech_on_a_part_of_its_year_is_of_that_year():
    text = (
        "在2024年全县上半年经济运行分析会上的讲话\n发布时间:2024-07-25 来源:临泉县人民政府\n同志们:\n"
        "上半年,全县地区生产总值增长5.9%。"
    )
    assert document_from_text(text, "half_year_speech").meta.year == 2024


# --- a website's reading of a report (解读, 一图读懂, 图解) is a news article about it, not the report ---------

READINGS = [
    (
        "one_picture_of_the_work_report",
        "一图读懂2024年临泉县政府工作报告\n发布时间:2024-01-12 来源:临泉县人民政府\n"
        "过去一年,全县地区生产总值增长5.5%。2024年,全县地区生产总值预期增长7%。",
        {"region": "临泉县", "report_type": "新闻报道", "report_date": "2024-01-12"},
    ),
    (
        "reading_of_the_work_report",
        "临泉县2024年政府工作报告解读\n发布时间:2024-01-15 来源:临泉县人民政府办公室\n2023年,全县地区生产总值增长5.5%。",
        {"region": "临泉县", "report_type": "新闻报道", "report_date": "2024-01-15", "year": 2023},
    ),
    (
        "diagram_of_the_bulletin",
        "图解:太和县2023年国民经济和社会发展统计公报\n发布时间:2024-04-15 来源:太和县统计局\n"
        "2023年,全县地区生产总值增长5.8%。",
        {"region": "太和县", "report_type": "新闻报道", "report_date": "2024-04-15", "year": 2023},
    ),
]


@pytest.mark.parametrize("case", READINGS, ids=[c[0] for c in READINGS])
def test_a_reading_of_a_report_is_a_news_article(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


def test_a_page_holding_the_report_and_its_reading_is_the_report():
    text = (
        "临泉县2024年政府工作报告(全文+解读)\n——2024年1月10日在临泉县第十八届人民代表大会第四次会议上\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作。一、2023年工作回顾\n2023年,全县地区生产总值增长5.5%。"
    )
    check_meta(text, "report_and_reading", {"report_type": "政府工作报告", "report_date": "2024-01-10", "year": 2023})
