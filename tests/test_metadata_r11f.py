"""Whose region a news or web article is about (session 9, r11f).

A story (新闻报道) names its county where a report would not: in a headline led by the county's short
or full name and a colon, in its lead sentence, through its officials or its own news outlet. Before,
such an article came out anonymised (its county named once or twice in running text counted for less
than a subject needs). By class:

* place-colon headline (宁陕:…, 乐业县:…): a first line led by a division's full or short name and a
  colon is the story's headline (a title line); not 聚焦:…, 权威发布:… (no place), nor a short name
  that is an ordinary word;
* the lead: the first sentence after a dateline (本报讯(…) / 宁陕讯) or a headline, or the text's first
  sentence, naming one county by its full name opening a clause (近年来,宁陕县…; 1月10日上午,富平县第
  十八届…; 康保县位于…) — not as another region (学习借鉴XX县经验), not one of several (a city's story);
* an official of the county quoted (宁陕县文化和旅游局局长张伟介绍), and the county's own outlet as source
  (来源:紫阳县融媒体中心), each a mention as good as the lead, neither enough alone;
* several counties named as much as each other and no city (宁陕县、石泉县、汉阴县 …): no region,
  where the first of them by code was taken;
* a short name held by counties of two provinces (山阳: 山阳县 in 商洛, 山阳区 in 焦作) is decided only by
  the text (its prefecture named, its own unit word); a text with neither gives no region (as before).

Near misses keep their result: a city's story naming several counties is the city's; an article
quoting another county's experience is not that county's; a report with a genre title is read as
before.

The cleaner (wraps): a headline without end punctuation (…隆重开幕) was joined to the next line when it
opened the story's lead on a date or 会议 (1月10日上午,… / 会议听取…), a removed 来源 line between them
or not; the text's first line, short, without sentence marks and not ending on a word that runs on
(于, 年, 的 …), now keeps its line before such a lead. Near misses: a sentence wrapped before its date
(…定于2024年 / 1月10日上午,…), a wrap later in the text, are joined as before.

Each case is a passage of our own (not from a corpus).
"""

from __future__ import annotations

import pytest
from passages import recognised

from govkit.text.clean import clean_text

#: (id, text, {field: value}): the fields expected (region, level, province, adcode …).
CASES: list[tuple[str, str, dict]] = [
    # --- place-colon headlines
    (
        "headline_short_name_colon_full_in_body",
        "石泉:千年古镇迎来旅游热\n近年来,依托汉江和秦巴山水,石泉县旅游业快速发展。2023年,全县接待游客560万人次,增长18.2%。\n"
        "“古镇的客流比往年多了三成。”一位商户说。\n",
        {"region": "石泉县", "level": "county", "province": "陕西省", "adcode": "610922"},
    ),
    (
        "headline_full_name_colon_gaixian",
        "平武县:大熊猫家园里的茶香\n该县把茶产业作为群众增收的主导产业,全县茶园面积达到8.6万亩。\n"
        "2022年,该县茶叶综合产值达到12.3亿元。\n",
        {"region": "平武县", "level": "county", "province": "四川省", "adcode": "510727"},
    ),
    (
        "headline_short_name_colon_with_site_crumbs",
        "首页 > 新闻中心 > 县域动态\n岚皋:魔芋产业铺就增收路\n发布时间:2023-09-12\n"
        "据了解,该县魔芋种植面积达到6.2万亩。全县魔芋产业综合产值超过10亿元。\n",
        {"region": "岚皋县", "level": "county", "province": "陕西省"},
    ),
    (
        "headline_prefecture_colon_county_in_body",
        "汉中:西乡茶叶走出国门\n近年来,西乡县茶产业持续壮大,全县茶园面积达到36万亩。\n2022年,全县茶叶出口额增长26.5%。\n",
        {"region": "西乡县", "level": "county", "province": "陕西省", "prefecture": "汉中市", "adcode": "610724"},
    ),
    # --- the lead
    (
        "dateline_baobaoxun_session_news",
        "本报讯(通讯员 李明)1月10日上午,凤县第十八届人民代表大会第三次会议开幕。县长王强作政府工作报告。"
        "报告指出,过去一年,全县地区生产总值增长5.9%。\n",
        {"region": "凤县", "level": "county", "province": "陕西省", "adcode": "610330"},
    ),
    (
        "dateline_place_xun_with_reporter",
        "蒲城讯(记者 张敏)今年以来,蒲城县持续优化营商环境,全县新增市场主体3260户。\n据了解,全县规上工业增加值同比增长8.1%。\n",
        {"region": "蒲城县", "level": "county", "province": "陕西省"},
    ),
    (
        "first_sentence_county_lies_in",
        "会宁县位于甘肃省中部,辖28个乡镇,总人口58万人。\n2021年,全县农村居民人均可支配收入10250元,增长10.6%。\n",
        {"region": "会宁县", "level": "county", "province": "甘肃省", "adcode": "620422"},
    ),
    (
        "headline_then_lead_recent_years",
        "小小食用菌撑起致富伞\n近年来,庆元县把食用菌产业作为富民产业,全县食用菌年产量达到12万吨。\n"
        "“今年的香菇卖了好价钱。”菇农老吴笑着说。\n",
        {"region": "庆元县", "level": "county", "province": "浙江省", "adcode": "331126"},
    ),
    # --- an official quoted, the county's own outlet
    (
        "official_of_the_county_quoted",
        "民宿经济成为乡村振兴新引擎\n今年以来,当地接待游客同比增长15.2%。“民宿成了群众增收的新门路。”"
        "紫阳县文化和旅游局局长张伟介绍,全县新建民宿120家。\n",
        {"region": "紫阳县", "level": "county", "province": "陕西省", "adcode": "610924"},
    ),
    (
        "county_outlet_source_and_body_mention",
        "光伏产业助力乡村振兴\n来源:定边县融媒体中心\n今年以来,该县新增光伏装机容量20万千瓦。据悉,定边县新能源装机总量已超过800万千瓦。\n",
        {"region": "定边县", "level": "county", "province": "陕西省", "adcode": "610825"},
    ),
    # --- short names held by two units
    (
        "shared_short_name_with_its_prefecture",
        "山阳:小木耳撑起大产业\n地处秦岭南麓的商洛市,食用菌产业蓬勃发展。当地种植木耳1200万袋。\n",
        {"region": "山阳县", "level": "county", "province": "陕西省", "adcode": "611024"},
    ),
    (
        "shared_short_name_with_its_province",
        "山阳:小木耳撑起大产业\n在陕西省东南部的秦岭山区,这里的食用菌产业蓬勃发展,全县种植木耳1200万袋。\n",
        {"region": "山阳县", "level": "county", "province": "陕西省", "adcode": "611024"},
    ),
    # --- several counties named as much as each other, no city: whose it is is not clear (no guess)
    (
        "counties_named_alike_no_city",
        "乡村旅游持续火热\n今年以来,宁陕县、石泉县、汉阴县等地乡村旅游持续火热,接待游客同比增长21.3%。\n"
        "据了解,宁陕县新建民宿80家,石泉县新建民宿60家,汉阴县新建民宿50家。\n",
        {"region": "", "level": "anonymised", "adcode": ""},
    ),
    # --- near misses (pass before and after)
    (
        "shared_short_name_without_evidence",
        "山阳:小木耳撑起大产业\n近年来,这里依托资源优势发展食用菌产业,全县种植木耳1200万袋。\n",
        {"region": "山阳", "province": "", "prefecture": "", "adcode": ""},
    ),
    (
        "near_city_story_naming_its_counties",
        "安康市生态旅游持续升温\n今年以来,宁陕县、石泉县、汉阴县等地乡村旅游持续火热。全市接待游客同比增长21.3%。\n",
        {"region": "安康市", "level": "city", "province": "陕西省"},
    ),
    (
        "near_lead_names_several_counties_one_named_more",
        "乡村旅游持续火热\n今年以来,宁陕县、石泉县等地乡村旅游持续火热。\n据了解,宁陕县新建民宿80家。宁陕县文化和旅游局局长张伟说,"
        "全县民宿入住率超过八成。\n",
        {"region": "宁陕县", "level": "county"},
    ),
    (
        "near_learning_from_another_county",
        "本报讯 近日,全县召开乡村振兴工作推进会。会议要求,学习借鉴安吉县经验,加快发展乡村旅游。\n"
        "据了解,全县已建成美丽乡村示范村32个。\n",
        {"region": "", "level": "anonymised"},
    ),
    (
        "near_colon_headline_not_a_place",
        "聚焦:乡村振兴跑出加速度\n今年以来,全县新建高标准农田3.5万亩。\n",
        {"region": "", "level": "anonymised"},
    ),
    (
        "near_colon_headline_official_release",
        "权威发布:前三季度经济运行稳中向好\n前三季度,全县地区生产总值同比增长6.1%。\n",
        {"region": "", "level": "anonymised"},
    ),
    (
        "near_visit_of_a_city_leader",
        "本报讯 近日,市委书记张三带队赴宁陕县调研生态旅游工作。\n他强调,全市要加快发展全域旅游。\n",
        {"region": "", "level": "anonymised"},
    ),
    (
        "near_titled_report_names_another_county_first",
        "2023年政府工作报告\n各位代表:\n2023年,与安吉县签订战略合作协议。全县地区生产总值增长6.5%。\n",
        {"region": "", "level": "anonymised"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_region_of_a_news_article(case):
    cid, text, want = case
    got = recognised(text, cid)
    assert {k: got[k] for k in want} == want, got


#: (id, raw text, cleaned text): a headline without end punctuation above its story's lead.
WRAPS: list[tuple[str, str, str]] = [
    (
        "headline_kept_above_dated_lead_after_source_line",
        "凤县第十八届人民代表大会第三次会议隆重开幕\n来源:凤县融媒体中心\n1月10日上午,凤县第十八届人民代表大会第三次会议开幕。",
        "凤县第十八届人民代表大会第三次会议隆重开幕\n1月10日上午,凤县第十八届人民代表大会第三次会议开幕。",
    ),
    (
        "headline_kept_above_meeting_lead",
        "凤县第十八届人民代表大会第三次会议胜利闭幕\n会议听取并审议通过了县长王强所作的政府工作报告。",
        "凤县第十八届人民代表大会第三次会议胜利闭幕\n会议听取并审议通过了县长王强所作的政府工作报告。",
    ),
    # near misses: a sentence wrapped before a date, a long line wrapped in running text, still joined
    (
        "near_sentence_wrapped_before_its_date",
        "凤县第十八届人民代表大会第三次会议定于2024年\n1月10日上午,在县会议中心开幕。",
        "凤县第十八届人民代表大会第三次会议定于2024年1月10日上午,在县会议中心开幕。",
    ),
    (
        "near_second_line_wrapped_before_a_date",
        "过去一年,全县地区生产总值增长5.9%。\n县第十八届人民代表大会第三次会议听取并审议了\n1月10日上午,县长所作的报告。",
        "过去一年,全县地区生产总值增长5.9%。\n县第十八届人民代表大会第三次会议听取并审议了1月10日上午,县长所作的报告。",
    ),
]


@pytest.mark.parametrize("case", WRAPS, ids=[c[0] for c in WRAPS])
def test_headline_not_joined_to_dated_lead(case):
    _, raw, cleaned = case
    assert clean_text(raw).text == cleaned
