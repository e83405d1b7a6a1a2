"""Report types told by a report's body when its title is missing or is a headline (session 9, r11e).

A report copied without its title, or a web article under a headline, was left with no report type
when neither its title lines nor the top of its text held its genre's words (政府工作报告, 统计公报,
记者/本报讯 …). Each genre marks itself in its body too; ``report_types.csv`` now lists, per genre,
``body`` cues of which ``body_min`` must be found (or ``head`` cues that must all be), tried after
the title and head patterns:

* news and website articles (新闻报道) with no dateline and no 记者: a place-colon headline (临泽:…),
  a source/author line left in the text, an abstract line (摘要:), 该县, the county named as subject
  (近年来,宁陕县…; XX县位于…), an official quoted (…负责人说), 据了解/据悉 — two of them, and no voice
  of a report speaking for itself (我县, 各位代表, 现将…报告如下);
* a bulletin's body (统计公报): 初步核算, 按可比价格计算, 比上年增长 in series, 一、综合 / 二、农业,
  注: lines, 全年…比上年, 年末…户籍人口 — two of them, and none of a report's or a part-year
  review's words (我县, 过去一年, 同比, 1-10月, 坚持/着力 …);
* a part-year review (经济运行分析): a period opening (1-10月, / 一季度,), 同比 in series, 经济运行,
  a comparison with the months before (较1-9月) — two of them;
* a speech (讲话) without 同志们: 刚才,…同志通报…, 我完全同意, 女士们、先生们, 各位来宾 (a speech
  opening on the last quarter's review is no longer an 经济运行分析);
* a work summary (工作总结): its problems and its next steps (存在的问题 … 下步打算);
* a self-check (考核自查报告) reported 现将…报告如下: 考核/自查 and the scores it gives itself
  (自评得分28.5分), before the summary's 现将…报告如下.

Near misses keep their type: a work report quoting a news phrase, a speech with a bulletin's series,
a news story of the session (typed by its headline or dateline), titled bulletins and summaries with
a source line or a quote, untitled excerpts in a report's own voice (no type, as before).

Each case is a passage of our own (not from a corpus): its expected report_type; the region and year
it is recognised with do not change (the values before the fix), but for the four news stories whose
county tests/test_metadata_r11f.py now finds (宁陕:…, 乐业县:…, 临泽:…, 本报讯(…)…富平县…).
"""

from __future__ import annotations

import pytest
from passages import recognised

#: (id, text, report_type, region, year): region and year as recognised before the body cues.
CASES: list[tuple[str, str, str, str, int | None]] = [
    (
        "news_breadcrumb_source_line_named_county",
        "首页 > 新闻中心 > 县域动态\n宁陕:绿水青山变成“金山银山”\n来源:宁陕县融媒体中心  发布时间:2023-06-12\n近年来,宁陕县坚持生态立县,全县森林覆盖率达到96.2%。2022年,全县接待游客420万人次,实现旅游综合收入21.5亿元。\n“我们把生态优势转化为发展优势。”县文旅局负责人说。\n",
        "新闻报道",
        "宁陕县",
        2022,
    ),
    (
        "news_author_editor_lines_gaixian",
        "乐业县:特色产业铺就致富路\n作者:黄丽  编辑:韦明\n该县立足资源禀赋,大力发展猕猴桃、油茶等特色产业。2021年,该县农村居民人均可支配收入达到12860元,同比增长11.2%。\n据该县乡村振兴局介绍,全县已建成特色产业基地56个。\n",
        "新闻报道",
        "乐业县",
        2021,
    ),
    (
        "news_headline_quote_of_an_official",
        "临泽:戈壁滩上种出“致富果”\n近年来,临泽县把设施农业作为富民产业来抓,全县设施农业面积达到3.2万亩。\n“今年大棚蔬菜亩均收入超过3万元。”蓼泉镇党委书记介绍说。\n2022年,全县农村居民人均可支配收入19850元,增长7.1%。\n",
        "新闻报道",
        "临泽县",
        2022,
    ),
    (
        "news_site_page_with_publish_line",
        "当前位置:首页>>工作动态\n遂川县2023年经济社会发展成绩单出炉\n发布时间:2024-03-05 浏览次数:326\n据了解,2023年遂川县实现地区生产总值198.6亿元,增长5.8%。该县规模以上工业增加值增长9.1%。\n",
        "新闻报道",
        "遂川县",
        2023,
    ),
    (
        "bulletin_body_numbered_sections",
        "一、综合\n初步核算,2023年全县地区生产总值185.3亿元,按可比价格计算,比上年增长5.6%。其中,第一产业增加值32.1亿元,增长3.9%。\n二、农业\n全年粮食播种面积52.3万亩,比上年增长0.8%;粮食总产量21.6万吨,比上年增长1.2%。\n",
        "统计公报",
        "",
        2023,
    ),
    (
        "bulletin_body_income_and_note_line",
        "全年全区城镇居民人均可支配收入42350元,比上年增长5.1%;农村居民人均可支配收入21680元,比上年增长7.3%。\n年末全区户籍总人口56.2万人,比上年末减少0.3万人。\n注:本公报中部分数据为初步统计数。\n",
        "统计公报",
        "",
        None,
    ),
    (
        "bulletin_body_environment_excerpt",
        "2022年全县完成造林面积1.2万亩,森林抚育0.8万亩。\n全年城区空气质量优良天数比例为91.5%,比上年提高2.3个百分点;细颗粒物(PM2.5)平均浓度28微克/立方米,比上年下降6.7%。\n",
        "统计公报",
        "",
        2022,
    ),
    (
        "analysis_months_series_against_last_month",
        "1-10月,全县规模以上工业增加值同比增长7.2%,增速较1-9月回落0.3个百分点。\n1-10月,全县固定资产投资同比增长9.8%,比1-9月提高0.6个百分点。\n社会消费品零售总额35.2亿元,同比增长6.1%。\n",
        "经济运行分析",
        "",
        None,
    ),
    (
        "analysis_quarter_running_words",
        "今年以来,全区经济运行总体平稳、稳中有进。\n一季度,全区实现地区生产总值45.6亿元,同比增长5.9%。规模以上工业增加值同比增长8.3%,固定资产投资同比增长10.2%。\n",
        "经济运行分析",
        "",
        None,
    ),
    (
        "speech_just_now_and_today_meeting",
        "刚才,张伟同志通报了全县一季度经济运行情况,我完全同意。\n今天召开这次会议,主要任务是分析形势、部署工作。\n2023年,全县地区生产总值比上年增长6.8%,规模以上工业增加值比上年增长9.2%,全年固定资产投资比上年增长7.5%。\n希望大家鼓足干劲,确保完成全年目标。\n",
        "讲话",
        "",
        2023,
    ),
    (
        "speech_address_to_guests",
        "尊敬的各位领导、各位来宾,女士们、先生们:\n大家上午好!金秋时节,我们相聚在美丽的宾川,共同见证2023中国宾川柑橘节开幕。\n近年来,宾川县柑橘产业蓬勃发展,全县种植面积达到36万亩。\n",
        "讲话",
        "宾川县",
        None,
    ),
    (
        "summary_problems_and_next_steps",
        "2023年,在县委、县政府的坚强领导下,我局紧紧围绕年度目标任务,扎实推进各项工作。\n一、主要工作成效\n全年完成农村公路建设120公里。\n二、存在的问题\n项目资金缺口较大。\n三、下步打算\n加快推进在建项目。\n",
        "工作总结",
        "",
        2023,
    ),
    (
        "selfcheck_scores_without_its_title",
        "根据《2022年度县域经济发展目标责任考核办法》,我县对照考核细则逐项开展自查,现将有关情况报告如下:\n一、经济发展指标(分值30分,自评得分28.5分)\n全年地区生产总值增长6.2%。\n",
        "考核自查报告",
        "",
        2022,
    ),
    (
        "near_work_report_quoting_news",
        "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n过去一年,我县乡村振兴经验被新华社报道,“小切口大变革”成为全省典型。全县地区生产总值比上年增长6.5%。\n",
        "政府工作报告",
        "",
        None,
    ),
    (
        "near_speech_with_bulletin_series",
        "同志们:\n今天召开全县经济工作会议。2023年,全县地区生产总值比上年增长6.8%,规模以上工业增加值比上年增长9.2%,城乡居民人均可支配收入分别比上年增长5.1%和7.3%。\n",
        "讲话",
        "",
        2023,
    ),
    (
        "near_news_of_the_session_work_report",
        "富平县第十八届人民代表大会第三次会议隆重开幕\n\n会议听取了县长王强所作的政府工作报告。报告指出,过去一年,全县地区生产总值增长5.9%。\n",
        "新闻报道",
        "富平县",
        None,
    ),
    (
        "near_titled_bulletin_with_source_line",
        "镇原县2023年国民经济和社会发展统计公报\n来源:镇原县统计局  发布时间:2024-04-10\n初步核算,2023年全县地区生产总值112.5亿元,按可比价格计算,比上年增长6.3%。\n",
        "统计公报",
        "镇原县",
        2023,
    ),
    (
        "near_titled_summary_with_quote",
        "县林业局2023年工作总结\n“绿水青山就是金山银山”。2023年,我局完成营造林2.1万亩。\n存在的问题:管护力量不足。\n",
        "工作总结",
        "",
        2023,
    ),
    (
        "near_news_of_the_session_with_dateline",
        "本报讯(通讯员 李明)1月10日上午,富平县第十八届人民代表大会第三次会议开幕。县长王强作政府工作报告。报告指出,过去一年,全县地区生产总值增长5.9%。\n来源:富平县融媒体中心\n",
        "新闻报道",
        "富平县",
        None,
    ),
    (
        "near_untitled_report_excerpt_with_series",
        "过去一年,我县地区生产总值比上年增长6.5%,一般公共预算收入比上年增长5.2%。\n全年城镇居民人均可支配收入比上年增长5.6%。我们坚持项目为王,扎实推进重点项目建设。\n",
        "",
        "",
        None,
    ),
    (
        "near_untitled_summary_quoting_a_report",
        "今年以来,我局坚持以项目建设为抓手,完成投资3.2亿元。\n“项目建设年”活动被县融媒体中心专题报道。\n",
        "",
        "",
        None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_report_type_from_the_body(case):
    cid, text, rtype, region, year = case
    got = recognised(text, cid)
    assert (got["report_type"], got["region"], got["year"]) == (rtype, region, year), got


def test_news_article_names_its_county():
    """A county named as 宁陕 in a headline (宁陕:…) and 宁陕县 in running text is the story's (r11f)."""
    cid, text = CASES[0][0], CASES[0][1]
    assert recognised(text, cid)["region"] == "宁陕县"
