"""Document metadata on report shapes the contract sets do not hold (a probe of session 4): speaker
lines of party secretaries, provinces printed only to place another county, letter-spaced PDF
dates, bylines that sign with a month or on the same line as the date, compound titles
(工作总结和…打算), and a name two units held at different times.

None of these passages is copied from ../shared; each construction has two or three of its own.
"""

from __future__ import annotations

import dataclasses

import pytest

import govkit
from govkit.text.normalise import normalise_for_recognition


def meta(text: str) -> dict:
    return dataclasses.asdict(govkit.document_from_text(text, "t").meta)


def pick(m: dict, *keys: str) -> tuple:
    return tuple(m[k] for k in keys)


# --------------------------------------------------------------------------------------------
# a party secretary's speaker line names the speech's region (cues.tsv subject speaker)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "在全县优化营商环境大会上的讲话\n中共宁陕县委书记 陈建国\n(2022年4月6日)\n同志们:\n"
            "今天召开全县大会,2021年全县新增市场主体1200户。\n",
            ("宁陕县", "county", "610923", "讲话", "2022-04-06", 2021),
        ),
        (
            "在区委经济工作会议上的讲话\n雁塔区委常委、副书记 刘敏\n2020年12月30日\n同志们:\n今年全区生产总值增长4%。\n",
            ("雁塔区", "county", "610113", "讲话", "2020-12-30", 2020),
        ),
        (
            "在全旗干部大会上的讲话\n达拉特旗委书记 王某\n(2021年9月3日)\n同志们:\n今年以来,全旗上下…\n",
            ("达拉特旗", "county", "150621", "讲话", "2021-09-03", 2021),
        ),
    ],
)
def test_a_party_secretary_line_names_the_region(text, expected):
    m = meta(text)
    assert pick(m, "region", "level", "adcode", "report_type", "report_date", "year") == expected


def test_a_short_line_naming_a_visiting_secretary_does_not_take_the_report():
    m = meta("宁陕县2021年工作总结\n安康市委书记郭青来县调研指导\n2021年,全县生产总值增长6%。\n")
    assert pick(m, "region", "adcode") == ("宁陕县", "610923")


# --------------------------------------------------------------------------------------------
# a name two units held at different times: the one in force in the year described


@pytest.mark.parametrize(
    "text, expected",
    [
        # a county-level city since 2011 (the prefecture 巢湖市 was split up); 合肥市 not named
        (
            "在全市农村工作会议上的讲话\n巢湖市委书记 张明\n(2019年2月2日)\n同志们:\n2018年,全市农业增加值增长3.5%。\n",
            ("巢湖市", "county", "安徽省", "合肥市", "340181"),
        ),
        (
            "政府工作报告\n——2016年1月8日在巢湖市第十六届人民代表大会第一次会议上\n各位代表:\n"
            "现在,我代表市人民政府向大会报告工作。2015年,全市生产总值增长9%。\n",
            ("巢湖市", "county", "安徽省", "合肥市", "340181"),
        ),
        # the prefecture, in force until 2011
        (
            "政府工作报告\n——2010年1月8日在巢湖市第十四届人民代表大会第五次会议上\n各位代表:\n"
            "现在,我代表市人民政府向大会报告工作。2009年,全市生产总值增长13%。\n",
            ("巢湖市", "city", "安徽省", "巢湖市", "341400"),
        ),
    ],
)
def test_a_name_held_by_two_units_is_the_one_in_force_then(text, expected):
    assert pick(meta(text), "region", "level", "province", "prefecture", "adcode") == expected


# --------------------------------------------------------------------------------------------
# an anonymised report: a province printed only to place another county is that county's


@pytest.mark.parametrize(
    "body, province",
    [
        ("我们组织干部赴浙江省安吉县学习考察“两山”转化经验。", ""),
        ("全年接待江苏省苏州市昆山市考察团3批次。", ""),
        ("XX县地处甘肃省东部。我们组织干部赴浙江省安吉县学习考察。", "甘肃省"),
        ("我县隶属陕西省汉中市,全年生产总值增长6%。", "陕西省"),
        ("XX县位于湖南省西北部,与湖北省接壤。", "湖南省"),  # the neighbour after 与 is another region
    ],
)
def test_a_province_placing_another_county_is_not_the_reports(body, province):
    m = meta(f"XX县2021年工作总结\n2021年,全县地区生产总值增长8%。{body}\n")
    assert pick(m, "region", "level", "province") == ("", "anonymised", province)


# --------------------------------------------------------------------------------------------
# a PDF header letter-spaced, dates included (2 0 2 4 年 1 月 8 日)


def test_a_letter_spaced_title_and_session_line():
    m = meta(
        "2 0 2 2 年 凤 县 政 府 工 作 报 告\n"
        "— — 2 0 2 2 年 1 月 1 8 日 在 凤 县 第 十 八 届 人 民 代 表 大 会 第 一 次 会 议 上\n"
        "各位代表:\n现在,我代表县人民政府向大会报告工作。2021年,全县生产总值增长6.1%。\n"
    )
    assert pick(m, "region", "adcode", "title", "report_date", "year") == (
        "凤县",
        "610330",
        "2022年凤县政府工作报告",
        "2022-01-18",
        2021,
    )


def test_a_letter_spaced_session_day_of_two_digits():
    m = meta(
        "政 府 工 作 报 告\n2 0 2 1 年 1 2 月 2 8 日 在 宁 陕 县 第 十 八 届 人 民 代 表 大 会 第 六 次 会 议 上\n"
        "各位代表:\n现在,我代表县人民政府向大会报告工作。今年全县生产总值增长3.8%。\n"
    )
    assert pick(m, "region", "report_date", "year") == ("宁陕县", "2021-12-28", 2021)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2 0 2 3 年 1 2 月", "2023年12月"),
        ("二 〇 二 一 年 一 月 五 日", "2021年1月5日"),
        ("共 1 2 3 4 年", "共 1 2 3 4年"),  # not a year: left as printed
        ("全年增长 1 2 月", "全年增长 1 2月"),  # a month only after 年 or 月
    ],
)
def test_letter_spaced_dates_are_joined_for_recognition(text, expected):
    assert normalise_for_recognition(text) == expected


# --------------------------------------------------------------------------------------------
# a bulletin's byline dates it: a month alone, or the byline and its date on one line


@pytest.mark.parametrize(
    "text, report_date, published",
    [
        (
            "延吉市国民经济和社会发展统计公报\n延吉市统计局\n2023年3月\n2022年,全市生产总值下降0.8%。\n",
            "2023",
            "2023-03",
        ),
        (
            "凤县2019年国民经济和社会发展统计公报\n凤县统计局 2020年3月\n2019年,全县生产总值增长6%。\n",
            "2020",
            "2020-03",
        ),
        (
            "凤县2019年国民经济和社会发展统计公报\n凤县统计局2020年3月18日\n2019年,全县生产总值增长6%。\n",
            "2020-03-18",
            "",
        ),
    ],
)
def test_a_bulletin_dated_by_its_byline(text, report_date, published):
    m = meta(text)
    assert pick(m, "report_type", "report_date", "published_date") == ("统计公报", report_date, published)


def test_a_month_line_outside_the_title_block_does_not_date_a_bulletin():
    body = "".join(f"第{i}段,全县生产总值增长{i}%。\n" for i in range(1, 25))
    m = meta("凤县2019年国民经济和社会发展统计公报\n" + body + "2020年3月\n")
    assert m["report_date"] == ""


# --------------------------------------------------------------------------------------------
# a compound title (工作总结和…工作打算) is a line of its own, and names the genre


@pytest.mark.parametrize(
    "title, region",
    [
        ("某镇2020年上半年工作总结和下半年工作打算", ""),
        ("宁陕县统计局2022年工作总结及2023年工作计划", "宁陕县"),
        ("凤县农业农村局2021年工作总结暨2022年工作思路", "凤县"),
    ],
)
def test_a_compound_summary_title(title, region):
    m = meta(f"{title}\n今年以来,在县委、县政府的正确领导下,我们紧紧围绕年初确定的目标任务,扎实推进各项工作。\n")
    assert pick(m, "report_type", "title", "region") == ("工作总结", title, region)


# --------------------------------------------------------------------------------------------
# the lines that sign a report at its end name its author (subject_weights.csv signature)


@pytest.mark.parametrize(
    "signature, expected",
    [
        ("紫阳县人民政府", ("紫阳县", "county", "610924")),
        ("中共岚皋县委 岚皋县人民政府", ("岚皋县", "county", "610925")),
        ("柳林镇人民政府", ("柳林镇", "township", "")),
    ],
)
def test_a_signature_above_the_closing_date_names_the_author(signature, expected):
    unit = signature[-5]  # 县 or 镇: the report speaks of its own unit (全县, 全镇)
    m = meta(
        f"2021年工作总结\n2021年,在上级党委政府的坚强领导下,全{unit}目标任务圆满完成。\n一、主要指标\n"
        f"全{unit}生产总值增长6.8%。\n{signature}\n2021年12月25日\n"
    )
    assert pick(m, "region", "level", "adcode") == expected
    assert pick(m, "report_type", "report_date", "year") == ("工作总结", "2021-12-25", 2021)


@pytest.mark.parametrize(
    "tail",
    [
        "抄送:安康市人民政府\n2021年12月1日",  # a copy to the city is no signature
        "安康市人民政府:\n2021年12月1日",  # an addressee
        "紫阳县人民政府\n2021年12月1日\n附件:指标完成情况表",  # not above the last line
    ],
)
def test_what_is_not_a_signature_names_no_author(tail):
    m = meta(f"2021年工作汇报\n2021年,全县生产总值增长6%。特此报告。\n{tail}\n")
    assert pick(m, "region", "level") == ("", "anonymised")


# --------------------------------------------------------------------------------------------
# the session line printed at the end of a work report


@pytest.mark.parametrize(
    "line, date, year",
    [
        ("(2021年1月20日在岚皋县第十八届人民代表大会第五次会议上)", "2021-01-20", 2020),
        ("——2019年12月28日在岚皋县第十八届人民代表大会第四次会议上", "2019-12-28", 2019),
    ],
)
def test_a_session_line_at_the_end(line, date, year):
    m = meta(
        "政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n"
        f"过去一年,全县生产总值增长3.5%。\n今年全县生产总值增长8%左右。\n{line}\n"
    )
    assert pick(m, "region", "adcode", "report_date", "year") == ("岚皋县", "610925", date, year)


def test_a_session_mentioned_in_the_last_sentence_is_no_session_line():
    m = meta(
        "政府工作报告\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n"
        "全县生产总值增长3.5%。县长2020年1月20日在县第十八届人民代表大会第五次会议上作了报告。\n"
    )
    assert m["report_date"] == ""


# --------------------------------------------------------------------------------------------
# a development zone named after a unit (兰州新区, 宝鸡高新区) is not that unit


@pytest.mark.parametrize(
    "title",
    [
        "兰州新区2020年国民经济和社会发展统计公报",
        "宝鸡高新区2021年工作总结",
        "汉中经开区管委会2022年工作总结",
    ],
)
def test_a_zone_named_after_a_unit_is_not_the_unit(title):
    m = meta(f"{title}\n2020年,新区经济实现逆势增长。位于永登县、皋兰县境内。全年生产总值增长18%。\n")
    assert pick(m, "region", "level", "adcode") == ("", "anonymised", "")


def test_the_unit_itself_is_still_named():
    m = meta("兰州市2020年国民经济和社会发展统计公报\n2020年,全市经济稳定恢复。全年生产总值增长6%。\n")
    assert pick(m, "region", "level", "adcode") == ("兰州市", "city", "620100")


def test_a_survey_team_in_the_byline():
    m = meta(
        "北京市海淀区2022年国民经济和社会发展统计公报\n北京市海淀区统计局国家统计局海淀调查队2023年3月\n"
        "2022年,海淀区经济运行总体平稳。\n"
    )
    assert pick(m, "region", "adcode", "report_date", "year") == ("海淀区", "110108", "2023", 2022)


@pytest.mark.parametrize(
    "raw, lines",
    [
        (
            "宁陕县2022年国民经济和社会发展统计公报\n宁陕县统计局 国家统计局宁陕调查队\n2023年3月\n2022年,全县经济运行总体平稳。",
            4,
        ),
        (
            "宁陕县2022年国民经济和社会发展统计公报\n国家统计局宁陕调查队宁陕县统计局2023年4月12日\n2022年,全县经济平稳。",
            3,
        ),
        # a sentence wrapped before its end still joins
        ("2022年,全县实现地区生产总值36.2亿元,全年新增城镇就业岗位\n620个,比上年增长5.1%。", 1),
    ],
)
def test_a_byline_and_its_date_keep_their_lines(raw, lines):
    from govkit.text.clean import clean_text

    assert len(clean_text(raw).text.split("\n")) == lines


# --------------------------------------------------------------------------------------------
# a report that does not name itself is not given a partner region its running text names


@pytest.mark.parametrize(
    "body",
    [
        "我们组织乡镇干部赴浙江省湖州市安吉县考察学习,全县新增就业1200人。",
        "学习借鉴《安吉县美丽乡村建设指南》,全县新增就业1200人。",
        "与安吉县签订劳务协作协议,与安吉县共建白茶产业园。",
        "在安吉县的大力支持下,全年争取安吉县援助资金2850万元,安吉县帮扶项目16个。",
    ],
)
def test_a_partner_region_in_running_text_is_not_the_report(body):
    m = meta(f"2021年东西部协作工作总结\n2021年,全县生产总值增长6%。{body}\n")
    assert pick(m, "region", "level", "adcode") == ("", "anonymised", "")


def test_the_own_region_beside_a_partner_is_still_found():
    m = meta(
        "2021年工作总结\n2021年,宁陕县生产总值增长6%。宁陕县组织干部赴浙江省安吉县考察学习。全县新增就业1200人。\n"
    )
    assert pick(m, "region", "adcode") == ("宁陕县", "610923")


# --------------------------------------------------------------------------------------------
# a higher official's office line at a county's meeting does not make the speech the city's


@pytest.mark.parametrize(
    "title, speaker, expected",
    [
        # the city's deputy mayor at the county's meeting: the county is not named
        ("在全县脱贫攻坚推进会上的讲话", "安康市人民政府副市长 张某", ("", "anonymised", "")),
        ("在全县招商引资大会上的讲话", "汉中市委常委、副市长 李某", ("", "anonymised", "")),
        # a county-level city's own mayor, and a county head named with the city office he also holds
        ("在全市经济工作会议上的讲话", "仁怀市人民政府市长 张某", ("仁怀市", "county", "520382")),
        ("在全县经济工作会议上的讲话", "安康市副市长、宁陕县委书记 张某", ("宁陕县", "county", "610923")),
    ],
)
def test_the_meetings_scope_in_the_title_is_the_speechs_own_unit(title, speaker, expected):
    unit = title[2]
    m = meta(f"{title}\n{speaker}\n(2019年4月2日)\n同志们:\n2018年,全{unit}生产总值增长9%。全{unit}上下要…\n")
    assert pick(m, "region", "level", "adcode") == expected


# --------------------------------------------------------------------------------------------
# a short county name read across two words of a title (搬迁安置 → 迁安) is no evidence


@pytest.mark.parametrize(
    "title",
    [
        "2020年易地扶贫搬迁安置工作总结",  # 迁安(市)
        "2020年全民健康保障工作总结",  # 康保(县)
        "2021年科技创新和产业发展工作总结",  # 新和(县)
        "关于我县顺利通过国家验收的工作汇报",  # 利通(区)
        "关于县委和政府2021年度目标任务完成情况的自查报告",  # 和政(县)
        "2024年消防和安全生产工作总结",  # 和安(县)
    ],
)
def test_a_short_name_read_across_two_words_of_a_title(title):
    m = meta(f"{title}\n2020年,全县生产总值增长6%。全县搬迁安置群众1200户。\n")
    assert pick(m, "region", "level", "adcode") == ("", "anonymised", "")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the full name elsewhere, or the prefecture, or the unit word supports the short name
        ("迁安2021年工作总结\n2021年,迁安市生产总值增长6%。\n", ("迁安市", "130283")),
        ("宁陕2021年上半年经济运行情况分析\n上半年,全县生产总值增长6%,增速居安康市第三位。\n", ("宁陕县", "610923")),
        ("和政县2021年工作总结\n2021年,全县生产总值增长6%。\n", ("和政县", "622925")),
    ],
)
def test_a_supported_short_name_in_a_title_still_counts(text, expected):
    assert pick(meta(text), "region", "adcode") == expected


def test_a_full_name_wins_over_a_short_name_it_overlaps():
    # 和安康市委书记: the full name 安康市, not the short 和安 (和安县)
    m = meta(
        "在全县经济工作会议上的讲话\n(2021年1月5日)\n同志们:\n2020年,全县生产总值增长4%。"
        "在市委、市政府和安康市委书记郭青同志的关心下,安康市给予我县大力支持。\n"
    )
    assert pick(m, "region", "level") == ("", "anonymised")


@pytest.mark.parametrize(
    "body",
    [
        # 康平(县), five times in running text
        "全县经济健康平稳发展,社会健康平稳运行,市场健康平稳有序,金融健康平稳,财政健康平稳。",
        # 新和(县)
        "全县科技创新和产业升级并进,制度创新和管理创新同步,文化创新和服务创新,业态创新和模式创新。",
    ],
)
def test_a_short_name_read_across_two_words_of_running_text(body):
    m = meta(f"2020年工作总结\n2020年,{body}\n")
    assert pick(m, "region", "level") == ("", "anonymised")


# --------------------------------------------------------------------------------------------
# a session line that prints the month only: the month decides the year described


@pytest.mark.parametrize(
    "title, line, body, expected",
    [
        (
            "政府工作报告",
            "——2021年1月在宁陕县第十八届人民代表大会第五次会议上",
            "过去一年,全县生产总值增长3.8%。",
            ("政府工作报告", "2021", 2020),
        ),
        (
            "政府工作报告",
            "(2020年12月在宁陕县第十八届人民代表大会第四次会议上)",
            "今年以来,全县生产总值增长3.8%。",
            ("政府工作报告", "2020", 2020),
        ),
        (
            "关于宁陕县2020年国民经济和社会发展计划执行情况与2021年计划草案的报告",
            "——2021年1月在宁陕县第十八届人民代表大会第五次会议上",
            "过去一年,全县生产总值增长3.8%。",
            ("计划执行情况报告", "2021", 2020),
        ),
    ],
)
def test_a_session_line_with_the_month_only(title, line, body, expected):
    m = meta(f"{title}\n{line}\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n{body}\n")
    assert pick(m, "report_type", "report_date", "year") == expected
    assert pick(m, "region", "flags") == ("宁陕县", [])


# --------------------------------------------------------------------------------------------
# a name several units hold, placed by its prefecture in the session line (阳泉市城区)


@pytest.mark.parametrize(
    "place, expected",
    [
        ("阳泉市城区", ("城区", "阳泉市", "140302")),  # was: 阳泉市, the prefecture
        ("晋城市城区", ("城区", "晋城市", "140502")),
        ("石家庄市长安区", ("长安区", "石家庄市", "130102")),
    ],
)
def test_a_shared_name_placed_by_its_prefecture_in_the_session_line(place, expected):
    m = meta(
        f"政府工作报告\n——2021年1月8日在{place}第十五届人民代表大会第五次会议上\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作,请予审议。\n过去一年,全区生产总值增长3.8%。\n"
    )
    assert pick(m, "region", "prefecture", "adcode") == expected
    assert pick(m, "level", "report_date", "year") == ("county", "2021-01-08", 2020)


# --------------------------------------------------------------------------------------------
# a two-character county name in a title read inside words (全县和县级 → 和县)


@pytest.mark.parametrize(
    "first, expected",
    [
        ("关于2021年全县和县级预算执行情况与2022年全县和县级预算草案的报告", ("", "")),  # was: 和县
        ("关于宁陕县2021年全县和县级预算执行情况与2022年全县和县级预算草案的报告", ("宁陕县", "610923")),
        ("关于房县2021年预算执行情况的报告", ("房县", "420325")),
        ("政府工作报告\n代县长 张某", ("", "")),  # an acting county head, not 代县 (was: 代县)
        ("政府工作报告\n——2021年1月8日在和县第十届人民代表大会第五次会议上", ("和县", "340523")),
    ],
)
def test_a_two_character_name_in_a_title(first, expected):
    m = meta(f"{first}\n2021年,全县一般公共预算收入增长6%。\n")
    assert pick(m, "region", "adcode") == expected


# --------------------------------------------------------------------------------------------
# older or rarer names of the genres, and titles ending on 完成情况


@pytest.mark.parametrize(
    "title, rtype",
    [
        ("宁陕县2021年国民经济和社会发展统计公告", "统计公报"),
        ("宁陕县2021年度目标责任考核自评报告", "考核自查报告"),
        ("宁陕县2021年1-9月主要经济指标完成情况", "经济运行分析"),
    ],
)
def test_genre_names_and_their_titles(title, rtype):
    m = meta(f"{title}\n2021年,全县生产总值增长6%。全县上下…\n")
    assert pick(m, "region", "report_type", "title") == ("宁陕县", rtype, title)


# --------------------------------------------------------------------------------------------
# townships whose names begin with 小 (小寨路街道, 小河镇) are townships; 小城镇 is not one


@pytest.mark.parametrize(
    "title, expected",
    [
        ("雁塔区小寨路街道2021年工作总结", ("小寨路街道", "township", "610113")),  # was: 雁塔区, county
        ("宁陕县小河镇2021年工作总结", ("小河镇", "township", "610923")),
        ("宁陕县2021年小城镇建设工作总结", ("宁陕县", "county", "610923")),
    ],
)
def test_a_township_name_beginning_with_xiao(title, expected):
    m = meta(f"{title}\n2021年,全镇上下团结一心,我镇农业总产值增长5%。\n")
    assert pick(m, "region", "level", "adcode") == expected


# --------------------------------------------------------------------------------------------
# session lines written 元月, or saying the report was adopted (…会议通过)


@pytest.mark.parametrize(
    "line",
    [
        "——2021年元月12日在宁陕县第十八届人民代表大会第五次会议上",  # was: no date, year 2021
        "(2021年1月12日宁陕县第十八届人民代表大会第五次会议通过)",  # was: no region, no date
        "(2021年1月12日宁陕县第十八届人民代表大会第五次会议批准)",
    ],
)
def test_session_lines_written_otherwise(line):
    m = meta(
        f"政府工作报告\n{line}\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
        "过去一年,全县生产总值增长3.8%。\n"
    )
    assert pick(m, "region", "report_date", "year", "flags") == ("宁陕县", "2021-01-12", 2020, [])


def test_first_month_is_read_after_a_year_only():
    assert normalise_for_recognition("2021年元月12日") == "2021年1月12日"
    assert normalise_for_recognition("元月份,全县…") == "元月份,全县…"


# --------------------------------------------------------------------------------------------
# a meeting held before the year its title names (a December meeting on next year's work)


@pytest.mark.parametrize(
    "title, date, year",
    [
        ("在全县2022年工作务虚会上的讲话", "2021年12月20日", 2021),  # was: 2022
        ("在2022年全县经济工作会议上的讲话", "2021年12月28日", 2021),  # was: 2022
        ("在2022年全县经济工作会议上的讲话", "2022年2月8日", 2021),  # held in the year: looks back
    ],
)
def test_a_meeting_before_the_year_its_title_names(title, date, year):
    m = meta(f"{title}\n({date})\n同志们:\n这次会议的主要任务是总结工作,部署任务。\n")
    assert pick(m, "report_type", "year") == ("讲话", year)
