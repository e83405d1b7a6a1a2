"""Document metadata of unseen reports (session 8, probe r9c): constructions that gave WRONG metadata.

Documents of our own (not from a corpus): a title, a speaker or signature line, a date, a first
paragraph. Each construction is written two or three ways, with a near miss that keeps its reading.
"""

from __future__ import annotations

import pytest
from passages import check_meta

from govkit.pipeline.corpus import document_from_text

# --- a speech at a meeting whose name holds another genre's words (一季度经济运行调度会, 工作汇报会,
# 人民代表大会…闭幕会, 考核指标分解会, 环境质量状况通报会, 重点项目推进情况观摩会) is a speech -------------

MEETING_SPEECHES = [
    (
        "speech_at_quarter_dispatch_meeting",
        "在全县2024年一季度经济运行调度会上的讲话\n县长 何军\n(2024年4月12日)\n同志们:\n"
        "一季度,全县地区生产总值增长5.2%。",
        {"report_type": "讲话", "report_date": "2024-04-12", "year": 2024},
    ),
    (
        "speech_at_half_year_situation_meeting",
        "在全市上半年经济形势分析会上的讲话\n市长 周平\n(2023年7月20日)\n同志们:\n上半年,全市地区生产总值增长5.7%。",
        {"report_type": "讲话", "report_date": "2023-07-20", "year": 2023},
    ),
    (
        "speech_at_npc_closing_meeting",
        "在双峰县第十八届人民代表大会第三次会议闭幕会上的讲话\n县人大常委会主任 刘刚\n(2024年1月12日)\n"
        "各位代表、同志们:\n双峰县第十八届人民代表大会第三次会议,圆满完成了各项议程,今天就要闭幕了。",
        {"region": "双峰县", "report_type": "讲话", "report_date": "2024-01-12"},
    ),
    (
        "speech_at_project_observation_meeting",
        "在全县重点项目推进情况观摩会上的讲话\n县委书记 陈亮\n(2024年5月16日)\n同志们:\n"
        "今年以来,全县重点项目完成投资42亿元。",
        {"report_type": "讲话", "report_date": "2024-05-16", "year": 2024},
    ),
    (
        "speech_at_briefing_meeting",
        "在全县脱贫攻坚工作汇报会上的讲话\n县委书记 杨林\n(2020年11月10日)\n同志们:\n今年以来,全县脱贫攻坚取得决定性成效。",
        {"report_type": "讲话", "report_date": "2020-11-10", "year": 2020},
    ),
    (
        "speech_at_index_breakdown_meeting",
        "在全县目标责任考核指标分解会上的讲话\n县长 冯杰\n(2024年3月1日)\n同志们:\n"
        "2023年,全县目标责任考核取得好成绩。今年,考核指标分解到各单位。",
        {"report_type": "讲话", "report_date": "2024-03-01"},
    ),
    (
        "address_at_environment_briefing",
        "在全县环境质量状况通报会上的致辞\n副县长 秦岭\n(2024年1月26日)\n同志们:\n"
        "2023年,全县空气质量优良天数比例达到92.3%。",
        {"report_type": "讲话", "report_date": "2024-01-26", "year": 2023},
    ),
]

# the genres themselves, and a news story of the session, keep their type
MEETING_SPEECH_NEAR_MISSES = [
    (
        "quarter_review_by_statistics_bureau",
        "2024年一季度全县经济运行情况分析\n来源:安仁县统计局 发布时间:2024-04-20\n一季度,全县地区生产总值增长5.2%。",
        {"region": "安仁县", "report_type": "经济运行分析", "year": 2024},
    ),
    (
        "news_of_the_session_opening",
        "县第十八届人民代表大会第三次会议隆重开幕\n本报讯(记者 张文)1月10日上午,双峰县第十八届人民代表大会"
        "第三次会议隆重开幕。县长李明作政府工作报告。",
        {"report_type": "新闻报道"},
    ),
    (
        "project_progress_notice",
        "2024年1-6月全县重点项目推进情况通报\n来源:桂阳县发改局 发布时间:2024-07-10\n1-6月,全县重点项目完成投资38亿元。",
        {"region": "桂阳县", "report_type": "经济运行分析", "year": 2024},
    ),
    (
        "briefing_to_visiting_officials",
        "关于2023年脱贫攻坚成果巩固工作情况的汇报\n(2024年1月18日)\n2023年,全县脱贫人口人均纯收入增长12.1%。",
        {"report_type": "工作汇报", "year": 2023},
    ),
]


@pytest.mark.parametrize(
    "case",
    MEETING_SPEECHES + MEETING_SPEECH_NEAR_MISSES,
    ids=[c[0] for c in MEETING_SPEECHES + MEETING_SPEECH_NEAR_MISSES],
)
def test_a_speech_at_a_meeting_named_after_a_genre_is_a_speech(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a title that names the place visited or helped (赴浏阳市学习考察, 关于赴浙江省嘉善县考察学习, 与浏阳市签订…,
# 对口帮扶剑河县…): that place is not the report's; its signature names the report's own -----------------

VISITED_IN_TITLE = [
    (
        "study_trip_to_a_county_level_city",
        "赴浏阳市学习考察情况的报告\n2024年3月,考察组一行赴浏阳市学习考察园区建设经验。"
        "浏阳市2023年地区生产总值增长6.5%。\n湘潭县发展和改革局\n2024年3月20日",
        {"region": "湘潭县", "adcode": "430321", "report_date": "2024-03-20"},
    ),
    (
        "study_trip_placed_by_its_province",
        "关于赴浙江省嘉善县考察学习的报告\n按照县委安排,考察组一行8人赴嘉善县学习县域经济发展经验。\n"
        "宁远县商务局\n2023年11月6日",
        {"region": "宁远县", "adcode": "431126", "report_date": "2023-11-06"},
    ),
    (
        "agreement_with_a_neighbour",
        "与浏阳市签订区域合作框架协议的情况汇报\n2024年4月,我市与浏阳市签订区域合作框架协议,共建产业园区。\n"
        "醴陵市人民政府\n2024年4月22日",
        {"region": "醴陵市", "adcode": "430281", "report_type": "工作汇报"},
    ),
    (
        "pairing_aid_summary",
        "对口帮扶剑河县2023年工作总结\n2023年,全区投入帮扶资金5200万元,实施帮扶项目36个。\n"
        "上海市闵行区对口支援办公室\n2023年12月22日",
        {"region": "闵行区", "adcode": "310112", "report_type": "工作总结", "year": 2023},
    ),
    (
        "visited_only_never_guessed",
        "赴浏阳市学习考察情况的报告\n2024年3月,考察组赴浏阳市学习园区建设经验。\n2024年3月20日",
        {"region": "", "adcode": ""},
    ),
]

# the report's own name opens its title; a place named after it with a relation word is not its own
VISITED_NEAR_MISSES = [
    (
        "own_trips_summary",
        "浏阳市2023年赴外地招商引资情况报告\n2023年,全市赴外地开展招商活动42次。\n浏阳市商务局\n2024年1月9日",
        {"region": "浏阳市", "adcode": "430181"},
    ),
    (
        "own_name_first_partner_second",
        "湘潭县与浏阳市区域合作情况汇报\n2023年,全县与浏阳市合作项目12个。\n湘潭县人民政府\n2024年2月1日",
        {"region": "湘潭县", "adcode": "430321", "report_type": "工作汇报"},
    ),
    (
        "own_pairing_work_title",
        "剑河县2023年东西部协作工作总结\n2023年,全县争取协作资金5200万元。\n剑河县人民政府\n2023年12月25日",
        {"region": "剑河县", "adcode": "522629", "report_type": "工作总结", "year": 2023},
    ),
]


@pytest.mark.parametrize(
    "case", VISITED_IN_TITLE + VISITED_NEAR_MISSES, ids=[c[0] for c in VISITED_IN_TITLE + VISITED_NEAR_MISSES]
)
def test_a_place_visited_or_helped_in_the_title_is_not_the_reports(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


def test_a_place_visited_in_the_pages_title_is_not_the_reports():
    text = "2024年4月,考察组一行赴浙江省嘉善县学习县域经济发展经验。\n宁远县商务局\n2024年4月16日"
    meta = document_from_text(text, "visited_page", hints={"title": "关于赴浙江省嘉善县考察学习的报告"}).meta
    assert (meta.region, meta.adcode) == ("宁远县", "431126"), meta


# --- a short sentence that names an office (县委书记带队赴浏阳市考察。) is running text, not a speaker line:
# the place it names is not weighed as the speaker's unit ---------------------------------------------

OFFICE_SENTENCES = [
    (
        "office_leads_a_visit",
        "学习考察情况报告\n3月12日,县委书记带队赴浏阳市考察园区建设。\n湘潭县发展和改革局\n2024年3月20日",
        {"region": "湘潭县", "adcode": "430321"},
    ),
    (
        "higher_office_inspects_a_neighbour",
        "乡村振兴工作总结\n2023年,市委书记在道县调研时肯定了我县的做法。\n宁远县农业农村局\n2024年1月5日",
        {"region": "宁远县", "adcode": "431126"},
    ),
    (
        "mayor_signs_with_a_partner",
        "区域合作情况汇报\n4月8日,市长与平江县签订文旅合作协议。\n汨罗市文化旅游广电体育局\n2024年4月15日",
        {"region": "汨罗市", "adcode": "430681"},
    ),
]

# speaker lines keep their weight: a name and an office, with or without the county, a comma inside
SPEAKER_LINES = [
    (
        "county_in_the_speaker_line",
        "在全县经济工作会议上的讲话\n沛县县委书记 王海\n(2024年2月20日)\n同志们:\n2023年,全县地区生产总值增长6.3%。",
        {"region": "沛县", "adcode": "320322", "report_type": "讲话"},
    ),
    (
        "speaker_line_with_a_comma",
        "政府工作报告\n——2024年1月10日在县第十八届人民代表大会第三次会议上\n湘阴县人民政府县长,代理 刘洋\n各位代表:\n"
        "2023年,全县地区生产总值增长6%。",
        {"region": "湘阴县", "adcode": "430624"},
    ),
]


@pytest.mark.parametrize("case", OFFICE_SENTENCES + SPEAKER_LINES, ids=[c[0] for c in OFFICE_SENTENCES + SPEAKER_LINES])
def test_a_sentence_naming_an_office_is_not_a_speaker_line(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a two-character county name after a unit word in a title (全县和县本级, 全县和县乡两级, 本县和县外) is
# the conjunction 和 and 县…, not 和县; after its parent (马鞍山市和县) or opening a line it is 和县 --------

TWO_CHAR_AFTER_A_UNIT_WORD = [
    (
        "budget_of_the_county_and_its_own_level",
        "关于2023年全县和县本级预算执行情况与2024年全县和县本级预算草案的报告\n"
        "——2024年1月10日在嘉禾县第十八届人民代表大会第三次会议上\n各位代表:\n受县人民政府委托,现将预算执行情况报告如下。",
        {"region": "嘉禾县", "adcode": "431024", "report_type": "预算执行情况报告", "year": 2023},
    ),
    (
        "county_and_township_finances",
        "关于全县和县乡两级财政运行情况的报告\n2023年,全县一般公共预算收入完成8.6亿元。\n蓝山县财政局\n2024年3月1日",
        {"region": "蓝山县", "adcode": "431127"},
    ),
    (
        "inside_and_outside_the_county",
        "关于本县和县外企业用工情况的调查报告\n2023年,全县规模以上企业用工4.2万人。\n道县人力资源和社会保障局\n2024年2月6日",
        {"region": "道县", "adcode": "431124"},
    ),
]

HE_COUNTY_ITSELF = [
    (
        "he_county_after_its_prefecture",
        "马鞍山市和县2023年国民经济和社会发展统计公报\n2023年,全县实现地区生产总值增长6.4%。\n和县统计局\n2024年3月",
        {"region": "和县", "adcode": "340523", "year": 2023},
    ),
    (
        "he_county_session_line",
        "和县人民政府工作报告\n——2024年1月9日在和县第十八届人民代表大会第三次会议上\n各位代表:\n2023年,全县地区生产总值增长6.4%。",
        {"region": "和县", "adcode": "340523", "report_date": "2024-01-09"},
    ),
    (
        "he_county_budget_with_its_own_level",
        "关于和县2023年预算执行情况和2024年预算草案的报告\n各位代表:\n受县人民政府委托,现将全县和县本级预算执行情况报告如下。",
        {"region": "和县", "adcode": "340523", "report_type": "预算执行情况报告"},
    ),
]


@pytest.mark.parametrize(
    "case",
    TWO_CHAR_AFTER_A_UNIT_WORD + HE_COUNTY_ITSELF,
    ids=[c[0] for c in TWO_CHAR_AFTER_A_UNIT_WORD + HE_COUNTY_ITSELF],
)
def test_a_two_character_name_after_a_unit_word_in_a_title_is_in_words(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a name whose unit had ceased under it years before the year described, read in a phrase of the
# title (平安县创建, 新建县城, 召开县…, 经济发达县): the unit in force that signs the report is the report's;
# a name as printed stays when nothing else names the report (户县 a year after its renaming) ---------

RETIRED_NAMES = [
    (
        "safe_county_campaign",
        "2023年平安县创建工作总结\n2023年,全县扎实推进平安建设,群众安全感达98.5%。\n宁远县委政法委\n2023年12月20日",
        {"region": "宁远县", "adcode": "431126", "year": 2023},
    ),
    (
        "new_county_town_works",
        "关于新建县城污水处理项目推进情况的汇报\n2024年,项目完成投资1.2亿元。\n安仁县住房和城乡建设局\n2024年5月10日",
        {"region": "安仁县", "adcode": "431028"},
    ),
    (
        "convening_the_county_congress",
        "关于召开县十八届人大三次会议筹备情况的汇报\n会议定于2024年1月10日召开。\n沅陵县人大常委会办公室\n2023年12月25日",
        {"region": "沅陵县", "adcode": "431222"},
    ),
    (
        "developed_counties_visited",
        "关于赴经济发达县学习考察的报告\n2024年4月,考察组赴江苏省昆山市学习考察。\n麻阳苗族自治县发展和改革局\n2024年4月28日",
        {"region": "麻阳苗族自治县", "adcode": "431226"},
    ),
]

RETIRED_NAME_NEAR_MISSES = [
    (
        "old_name_a_year_after_renaming",
        "户县2016年国民经济和社会发展统计公报\n户县统计局\n2017年3月\n2016年,全县生产总值增长8.3%。",
        {"region": "户县", "adcode": "610125", "year": 2016},
    ),
    (
        "old_name_in_its_own_time",
        "户县人民政府工作报告\n——2015年1月20日在户县第十七届人民代表大会第五次会议上\n各位代表:\n2014年,全县生产总值增长10.2%。",
        {"region": "户县", "adcode": "610125", "year": 2014, "report_date": "2015-01-20"},
    ),
    (
        "renamed_name_with_the_signer",
        "鄠邑区2023年工作总结\n2023年,全区生产总值增长5.1%。\n西安市鄠邑区人民政府\n2023年12月28日",
        {"region": "鄠邑区", "adcode": "610118", "year": 2023},
    ),
]


@pytest.mark.parametrize(
    "case",
    RETIRED_NAMES + RETIRED_NAME_NEAR_MISSES,
    ids=[c[0] for c in RETIRED_NAMES + RETIRED_NAME_NEAR_MISSES],
)
def test_a_name_out_of_force_for_years_yields_to_the_signer(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a dated document of no known genre dated January–April, whose title names a part of its own year
# or whose text narrates months of that year up to its date, describes that year (not the year before,
# as the delivery month alone would say) -------------------------------------------------------------

OWN_MONTHS_NARRATED = [
    (
        "study_trip_of_april",
        "关于赴外地学习考察的报告\n2024年4月,考察组赴江苏省昆山市学习考察。\n麻阳苗族自治县发展和改革局\n2024年4月28日",
        {"report_date": "2024-04-28", "year": 2024},
    ),
    (
        "first_quarter_inspection_notice",
        "关于2024年一季度安全生产检查情况的通报\n县安委会组织开展安全生产大检查,共排查隐患126处。\n"
        "会同县安全生产委员会办公室\n2024年4月8日",
        {"region": "会同县", "report_date": "2024-04-08", "year": 2024},
    ),
    (
        "spring_planting_report",
        "关于全县春季植树造林工作情况的报告\n2024年3月,全县完成植树造林2.1万亩。\n通道侗族自治县林业局\n2024年4月2日",
        {"report_date": "2024-04-02", "year": 2024},
    ),
]

OWN_MONTHS_NEAR_MISSES = [
    (
        "january_report_on_the_year_before",
        "关于2023年农村公路建设情况的报告\n2023年,全县新改建农村公路120公里。\n靖州苗族侗族自治县交通运输局\n2024年1月16日",
        {"report_date": "2024-01-16", "year": 2023},
    ),
    (
        "winter_inspection_across_the_new_year",
        "关于冬季安全生产大检查情况的报告\n2023年12月至2024年1月,检查组共排查隐患86处。\n洪江市应急管理局\n2024年1月25日",
        {"report_date": "2024-01-25", "year": 2023},
    ),
    (
        "january_report_without_a_year",
        "关于冬季森林防火工作情况的报告\n检查组共排查火灾隐患32处。\n辰溪县林业局\n2024年1月20日",
        {"report_date": "2024-01-20", "year": 2023},
    ),
]


@pytest.mark.parametrize(
    "case",
    OWN_MONTHS_NARRATED + OWN_MONTHS_NEAR_MISSES,
    ids=[c[0] for c in OWN_MONTHS_NARRATED + OWN_MONTHS_NEAR_MISSES],
)
def test_a_dated_document_narrating_its_own_months_describes_its_year(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a plan or budget report whose title puts the draft of the new year first (关于2024年…计划草案及2023年
# 计划执行情况的报告): the year described is the one executed, printed before the genre's words --------

DRAFT_FIRST_TITLES = [
    (
        "plan_draft_before_execution",
        "关于2024年国民经济和社会发展计划草案及2023年计划执行情况的报告\n"
        "——2024年1月11日在溆浦县第十八届人民代表大会第三次会议上\n县发展和改革局局长 舒明\n各位代表:\n"
        "受县人民政府委托,现将有关情况报告如下。",
        {"region": "溆浦县", "report_type": "计划执行情况报告", "report_date": "2024-01-11", "year": 2023},
    ),
    (
        "budget_draft_before_execution",
        "关于2024年预算草案和2023年预算执行情况的报告\n——2024年1月11日在中方县第十届人民代表大会第三次会议上\n"
        "各位代表:\n受县人民政府委托,现将预算情况报告如下。",
        {"region": "中方县", "report_type": "预算执行情况报告", "report_date": "2024-01-11", "year": 2023},
    ),
    (
        "plan_draft_before_execution_of_a_city",
        "关于怀化市2024年国民经济和社会发展计划与2023年计划执行情况的报告\n"
        "——2024年1月8日在怀化市第七届人民代表大会第四次会议上\n各位代表:\n受市人民政府委托,现将有关情况报告如下。",
        {"region": "怀化市", "report_type": "计划执行情况报告", "year": 2023},
    ),
]

DRAFT_FIRST_NEAR_MISSES = [
    (
        "execution_before_draft",
        "关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
        "——2024年1月11日在溆浦县第十八届人民代表大会第三次会议上\n各位代表:\n受县人民政府委托,现将有关情况报告如下。",
        {"report_type": "计划执行情况报告", "year": 2023},
    ),
    (
        "title_broken_before_the_genre",
        "关于2023年国民经济和社会发展\n计划执行情况与2024年计划草案的报告\n"
        "——2024年1月11日在溆浦县第十八届人民代表大会第三次会议上\n各位代表:\n受县人民政府委托,现将有关情况报告如下。",
        {"report_type": "计划执行情况报告", "year": 2023},
    ),
    (
        "half_year_budget",
        "关于桂东县2024年上半年预算执行情况的报告\n——2024年8月28日在桂东县第十八届人民代表大会常务委员会第二十次会议上\n"
        "主任、各位副主任、各位委员:\n2024年上半年,全县一般公共预算收入完成3.2亿元。",
        {"report_type": "预算执行情况报告", "year": 2024},
    ),
]


@pytest.mark.parametrize(
    "case",
    DRAFT_FIRST_TITLES + DRAFT_FIRST_NEAR_MISSES,
    ids=[c[0] for c in DRAFT_FIRST_TITLES + DRAFT_FIRST_NEAR_MISSES],
)
def test_the_year_executed_is_the_one_before_the_genres_words(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a speech's own date under its title, in other brackets (〔2024年1月15日〕, ［…］) or with the part of
# the day ((2024年1月15日上午)): unread, the year of the meeting's name was taken as the year described --

SPEECH_DATES = [
    (
        "date_with_the_morning",
        "在全县2024年经济工作会议上的讲话\n县委书记 杨帆\n(2024年1月15日上午)\n同志们:\n过去一年,全县经济运行稳中向好。",
        {"report_type": "讲话", "report_date": "2024-01-15", "year": 2023},
    ),
    (
        "date_in_tortoise_shell_brackets",
        "在全县2024年经济工作会议上的讲话\n〔2024年1月15日〕\n县长 周涛\n同志们:\n过去一年,全县经济运行稳中向好。",
        {"report_type": "讲话", "report_date": "2024-01-15", "year": 2023},
    ),
    (
        "date_in_full_width_square_brackets_afternoon",
        "在2024年全县农村工作会议上的讲话\n县委副书记 李军\n［2024年2月3日下午］\n同志们:\n一年来,全县粮食生产再获丰收。",
        {"report_type": "讲话", "report_date": "2024-02-03", "year": 2023},
    ),
]

SPEECH_DATE_NEAR_MISSES = [
    (
        "date_in_round_brackets",
        "在全县2024年经济工作会议上的讲话\n县委书记 杨帆\n(2024年1月15日)\n同志们:\n过去一年,全县经济运行稳中向好。",
        {"report_type": "讲话", "report_date": "2024-01-15", "year": 2023},
    ),
    (
        "morning_in_running_text",
        "在全县2024年经济工作会议上的讲话\n县委书记 杨帆\n同志们:\n2024年1月15日上午召开的县委常委会议研究了今年的工作。"
        "过去一年,全县经济运行稳中向好。",
        {"report_type": "讲话", "report_date": ""},
    ),
]


@pytest.mark.parametrize(
    "case", SPEECH_DATES + SPEECH_DATE_NEAR_MISSES, ids=[c[0] for c in SPEECH_DATES + SPEECH_DATE_NEAR_MISSES]
)
def test_a_speechs_own_date_in_other_brackets_or_with_the_part_of_the_day(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a review of a whole year titled with the year of its own date (中方县2024年统计公报 of 2024-03-20,
# 关于2024年预算执行情况的报告 delivered 2024-01-12) whose text opens on the year before describes that year:
# a year is over before it is reviewed ------------------------------------------------------------

TITLED_WITH_THE_ISSUE_YEAR = [
    (
        "bulletin_named_by_its_publication_year",
        "中方县2024年统计公报\n中方县统计局\n2024年3月20日\n2023年,全县地区生产总值增长5.3%。全年粮食总产量12.3万吨。",
        {"region": "中方县", "report_type": "统计公报", "report_date": "2024-03-20", "year": 2023},
    ),
    (
        "budget_report_named_by_its_session_year",
        "关于2024年预算执行情况的报告\n——2024年1月12日在会同县第十八届人民代表大会第三次会议上\n各位代表:\n"
        "2023年,全县一般公共预算收入完成5.1亿元。",
        {"region": "会同县", "report_type": "预算执行情况报告", "year": 2023},
    ),
    (
        "bulletin_year_first_in_the_title",
        "2024年洪江市国民经济和社会发展统计公报\n洪江市统计局\n2024年4月2日\n2023年,全市实现地区生产总值增长5.6%。",
        {"region": "洪江市", "report_type": "统计公报", "year": 2023},
    ),
]

TITLED_WITH_THE_ISSUE_YEAR_NEAR_MISSES = [
    (
        "bulletin_named_by_its_year",
        "中方县2023年统计公报\n中方县统计局\n2024年3月20日\n2023年,全县地区生产总值增长5.3%。",
        {"report_type": "统计公报", "year": 2023},
    ),
    (
        "bulletin_whose_text_opens_on_no_year",
        "中方县2024年统计公报\n中方县统计局\n2024年3月20日\n全年全县地区生产总值增长5.3%。",
        {"report_type": "统计公报", "year": 2024},
    ),
    (
        "half_year_budget_of_august",
        "关于2024年上半年预算执行情况的报告\n——2024年8月28日在会同县第十八届人民代表大会常务委员会第二十次会议上\n"
        "主任、各位副主任、各位委员:\n2024年上半年,全县一般公共预算收入完成3.2亿元。",
        {"report_type": "预算执行情况报告", "year": 2024},
    ),
    (
        "monthly_environment_bulletin",
        "2024年3月中方县环境空气质量月报\n中方县生态环境局\n2024年4月8日\n2024年3月,全县空气质量优良天数比例为93.5%。",
        {"report_type": "环境质量公报", "year": 2024},
    ),
]


@pytest.mark.parametrize(
    "case",
    TITLED_WITH_THE_ISSUE_YEAR + TITLED_WITH_THE_ISSUE_YEAR_NEAR_MISSES,
    ids=[c[0] for c in TITLED_WITH_THE_ISSUE_YEAR + TITLED_WITH_THE_ISSUE_YEAR_NEAR_MISSES],
)
def test_a_whole_year_review_titled_with_its_issue_year_describes_the_year_before(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a unit of the same name in another city, named as a partner (与广州市白云区结对, 与舟山市普陀区合作,
# 对口支援开封市鼓楼区), does not tell which of the same-named units the report is ---------------------

SAME_NAMED_PARTNERS = [
    (
        "paired_with_the_namesake",
        "白云区人民政府工作报告\n——2024年1月10日在白云区第十二届人民代表大会第四次会议上\n各位代表:\n"
        "2023年,在贵阳市委、市政府的坚强领导下,全区地区生产总值增长6.1%。与广州市白云区签订东西部协作结对协议。",
        {"region": "白云区", "adcode": "520113", "prefecture": "贵阳市"},
    ),
    (
        "cooperating_with_the_namesake",
        "普陀区2023年国民经济和社会发展统计公报\n2023年,全区实现地区生产总值增长5.2%。全区与舟山市普陀区开展旅游合作。"
        "在上海市委、市政府的领导下,全区经济平稳运行。\n普陀区统计局",
        {"region": "普陀区", "adcode": "310107", "province": "上海市"},
    ),
    (
        "aiding_the_namesake",
        "鼓楼区2023年工作总结\n2023年,全区地区生产总值增长5.5%,对口支援开封市鼓楼区项目3个。在福州市委的坚强领导下,"
        "全区经济持续向好。\n鼓楼区人民政府\n2023年12月26日",
        {"region": "鼓楼区", "adcode": "350102", "prefecture": "福州市"},
    ),
]

SAME_NAMED_PARTNER_NEAR_MISSES = [
    (
        "only_the_namesake_placed",
        "白云区2023年工作总结\n2023年,全区地区生产总值增长6.1%。与广州市白云区签订东西部协作结对协议。\n白云区人民政府\n2023年12月20日",
        {"region": "白云区", "adcode": ""},
    ),
    (
        "own_city_before_the_name",
        "宁波市江北区2023年工作总结\n2023年,全区地区生产总值增长6%。\n宁波市江北区人民政府\n2023年12月28日",
        {"region": "江北区", "adcode": "330205", "prefecture": "宁波市"},
    ),
]


@pytest.mark.parametrize(
    "case",
    SAME_NAMED_PARTNERS + SAME_NAMED_PARTNER_NEAR_MISSES,
    ids=[c[0] for c in SAME_NAMED_PARTNERS + SAME_NAMED_PARTNER_NEAR_MISSES],
)
def test_a_same_named_partner_does_not_place_the_report(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- a partly masked name (X宁县, *丰县, ×和县, 某义县, XX安县): its tail is a real county's name (宁县, 丰县,
# 和县, 义县, 安县), but the report names none: anonymised, never that county -----------------------------

PARTLY_MASKED = [
    (
        "one_x_before_two_characters",
        "X宁县2023年工作总结\n2023年,全县地区生产总值增长5.6%。\nX宁县人民政府\n2023年12月28日",
        {"region": "", "level": "anonymised", "adcode": "", "year": 2023},
    ),
    (
        "star_in_the_session_line",
        "*丰县人民政府工作报告\n——2024年1月10日在*丰县第十八届人民代表大会第三次会议上\n各位代表:\n2023年,全县地区生产总值增长6%。",
        {"region": "", "level": "anonymised", "adcode": "", "report_date": "2024-01-10"},
    ),
    (
        "cross_before_he_county",
        "×和县2023年国民经济和社会发展统计公报\n2023年,全县实现地区生产总值增长6.4%。\n×和县统计局\n2024年3月",
        {"region": "", "level": "anonymised", "adcode": "", "report_type": "统计公报"},
    ),
    (
        "mou_before_yi_county",
        "某义县2023年度目标责任考核自查报告\n2023年,全县地区生产总值增长5%。",
        {"region": "", "level": "anonymised", "adcode": ""},
    ),
    (
        "placed_by_its_province_and_city",
        "甘肃省庆阳市X宁县2023年工作总结\n2023年,全县地区生产总值增长5.6%。",
        {"region": "", "level": "anonymised", "adcode": "", "province": "甘肃省"},
    ),
]

PARTLY_MASKED_NEAR_MISSES = [
    (
        "ning_county_itself",
        "宁县2023年工作总结\n2023年,全县地区生产总值增长5.6%。\n宁县人民政府\n2023年12月28日",
        {"region": "宁县", "adcode": "621026"},
    ),
    (
        "feng_county_after_its_city",
        "徐州市丰县人民政府工作报告\n——2024年1月10日在丰县第十八届人民代表大会第三次会议上\n各位代表:\n2023年,全县地区生产总值增长6%。",
        {"region": "丰县", "adcode": "320321"},
    ),
]


@pytest.mark.parametrize(
    "case", PARTLY_MASKED + PARTLY_MASKED_NEAR_MISSES, ids=[c[0] for c in PARTLY_MASKED + PARTLY_MASKED_NEAR_MISSES]
)
def test_a_partly_masked_name_is_anonymised(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


def test_a_partly_masked_name_in_the_pages_title_is_anonymised():
    meta = document_from_text(
        "2023年,全县地区生产总值增长5.6%。", "masked_page", hints={"title": "X宁县2023年工作总结"}
    ).meta
    assert (meta.region, meta.level, meta.adcode) == ("", "anonymised", ""), meta


# --- a title that names a genre as what it is about (关于征求2024年《政府工作报告》意见建议的公告, 《政府工作报告》
# 重点工作任务落实情况, 政府工作报告目标任务分解方案, 学习贯彻…重要讲话精神, 预算执行情况…的审计工作报告) is not
# that genre: the genre's words are the head of a report's own title --------------------------------

GENRE_AS_TOPIC = [
    (
        "call_for_comments_on_the_work_report",
        "关于征求2024年《政府工作报告》意见建议的公告\n为做好2024年《政府工作报告》起草工作,现面向社会公开征求意见建议。\n"
        "辰溪县人民政府办公室\n2023年12月5日",
        {"region": "辰溪县", "report_type": ""},
    ),
    (
        "work_report_tasks_carried_out",
        "关于2023年《政府工作报告》重点工作任务落实情况的报告\n2023年,全县《政府工作报告》确定的68项重点任务全部完成。\n"
        "麻阳苗族自治县人民政府办公室\n2023年12月20日",
        {"report_type": "工作总结", "report_date": "2023-12-20", "year": 2023},
    ),
    (
        "work_report_tasks_divided",
        "2024年政府工作报告目标任务分解方案\n为确保2024年《政府工作报告》确定的各项目标任务落到实处,现制定分解方案如下。\n"
        "新晃侗族自治县人民政府办公室\n2024年2月1日",
        {"report_type": "其他", "year": 2024},
    ),
    (
        "studying_an_important_speech",
        "关于学习贯彻习近平总书记重要讲话精神的工作总结\n2023年,全县各级各部门认真学习贯彻重要讲话精神。\n"
        "靖州苗族侗族自治县人民政府\n2023年12月18日",
        {"report_type": "工作总结", "year": 2023},
    ),
    (
        "audit_of_the_budget_execution",
        "关于2023年度本级预算执行情况和其他财政收支情况的审计工作报告\n"
        "——2024年8月27日在会同县第十八届人民代表大会常务委员会第十五次会议上\n县审计局局长 杨勇\n"
        "主任、各位副主任、各位委员:\n2023年度本级预算执行情况总体较好。",
        {"region": "会同县", "report_type": "其他", "year": 2023},
    ),
]

GENRE_AS_HEAD = [
    (
        "work_report_with_its_full_text_mark",
        "2024年会同县政府工作报告(全文)\n——2024年1月10日在会同县第十八届人民代表大会第三次会议上\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作。2023年,全县地区生产总值增长5.5%。",
        {"report_type": "政府工作报告", "report_date": "2024-01-10", "year": 2023},
    ),
    (
        "work_report_quoted_whole",
        "《2024年政府工作报告》\n——2024年1月10日在辰溪县第十八届人民代表大会第三次会议上\n各位代表:\n"
        "2023年,全县地区生产总值增长5.2%。",
        {"region": "辰溪县", "report_type": "政府工作报告", "year": 2023},
    ),
    (
        "speech_of_a_county_official",
        "在全县2024年经济工作会议上的讲话\n县委书记 杨帆\n(2024年1月15日)\n同志们:\n过去一年,全县经济运行稳中向好。",
        {"report_type": "讲话", "year": 2023},
    ),
    (
        "important_speech_at_a_meeting",
        "县委书记张三在全县经济工作会议上的重要讲话\n(2024年2月2日)\n同志们:\n2023年,全县地区生产总值增长6%。",
        {"report_type": "讲话", "report_date": "2024-02-02", "year": 2023},
    ),
    (
        "budget_execution_report",
        "关于2023年预算执行情况和2024年预算草案的报告\n——2024年1月11日在中方县第十届人民代表大会第三次会议上\n"
        "各位代表:\n受县人民政府委托,现将预算情况报告如下。",
        {"report_type": "预算执行情况报告", "year": 2023},
    ),
]


@pytest.mark.parametrize("case", GENRE_AS_TOPIC + GENRE_AS_HEAD, ids=[c[0] for c in GENRE_AS_TOPIC + GENRE_AS_HEAD])
def test_a_genre_named_as_the_topic_of_a_title_is_not_its_genre(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)


# --- the other reports delivered at the session (人大常委会, 法院, 检察院, 政协常委会工作报告: 我代表县人大常委会
# 向大会报告工作) are not the government's work report (the vocabulary's 其他) ---------------------------

OTHER_SESSION_REPORTS = [
    (
        "standing_committee_of_the_congress",
        "辰溪县人民代表大会常务委员会工作报告\n——2024年1月12日在辰溪县第十八届人民代表大会第三次会议上\n"
        "县人大常委会主任 米华\n各位代表:\n现在,我代表县人大常委会向大会报告工作,请予审议。\n一、2023年主要工作",
        {"region": "辰溪县", "report_type": "其他", "report_date": "2024-01-12", "year": 2023},
    ),
    (
        "court",
        "会同县人民法院工作报告\n——2024年1月12日在会同县第十八届人民代表大会第三次会议上\n县人民法院院长 吴刚\n各位代表:\n"
        "现在,我代表县人民法院向大会报告工作,请予审议。\n2023年,全院共受理各类案件6521件。",
        {"region": "会同县", "report_type": "其他", "year": 2023},
    ),
    (
        "procuratorate_without_its_title",
        "——2024年1月11日在麻阳苗族自治县第十八届人民代表大会第三次会议上\n各位代表:\n"
        "现在,我代表县人民检察院向大会报告工作,请予审议。\n一、2023年工作回顾",
        {"region": "麻阳苗族自治县", "report_type": "", "year": 2023},
    ),
    (
        "cppcc_standing_committee",
        "政协溆浦县委员会常务委员会工作报告\n——2024年1月9日在政协溆浦县第十一届委员会第三次会议上\n各位委员:\n"
        "现在,我代表政协溆浦县第十一届委员会常务委员会向大会报告工作,请予审议。",
        {"region": "溆浦县", "report_type": "其他", "report_date": "2024-01-09"},
    ),
]

GOVERNMENT_WORK_REPORTS = [
    (
        "government_work_report",
        "政府工作报告\n——2024年1月10日在会同县第十八届人民代表大会第三次会议上\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作,请予审议。",
        {"report_type": "政府工作报告", "year": 2023},
    ),
    (
        "government_work_report_without_its_title",
        "——2024年1月10日在会同县第十八届人民代表大会第三次会议上\n各位代表:\n"
        "现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。",
        {"report_type": "政府工作报告", "year": 2023},
    ),
]


@pytest.mark.parametrize(
    "case",
    OTHER_SESSION_REPORTS + GOVERNMENT_WORK_REPORTS,
    ids=[c[0] for c in OTHER_SESSION_REPORTS + GOVERNMENT_WORK_REPORTS],
)
def test_the_other_reports_of_the_session_are_not_work_reports(case):
    doc_id, text, want = case
    check_meta(text, doc_id, want)
