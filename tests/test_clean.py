"""Stage 2 (clean): every noise kind on small fixtures, the real seeds/dev files, the offset
map (property-based), determinism and speed."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from govkit.text.clean import clean_text
from govkit.text.date_forms import normalise_date
from govkit.text.hints import TextHints
from govkit.text.normalise import normalise_char
from govkit.text.read import read_file
from govkit.text.watermarks import find_repeated_suffixes, find_watermark_tokens

HERE = Path(__file__).resolve().parent


def lines(text: str) -> list[str]:
    return clean_text(text).text.split("\n")


def check_offsets(raw: str, result) -> None:
    """The offset map is monotone, as long as the text, and points at the source characters."""
    text, index = result.text, result.index
    assert len(index) == len(text)
    assert index.dtype.kind == "i"
    if len(index):
        assert np.all(np.diff(index) >= 0)
        assert index[0] >= 0 and index[-1] < len(raw)
    for i, ch in enumerate(text):
        src = raw[index[i]]
        assert src == ch or normalise_char(src) == ch or ch in "\n 〇", (i, ch, src)


# ---------------------------------------------------------------------------------------
# site chrome and page metadata
# ---------------------------------------------------------------------------------------
BODY = "全年实现地区生产总值152.97亿元,增长3.9%。"


@pytest.mark.parametrize(
    "chrome",
    [
        "首页 > 政务公开 > 规划计划及解读 > 发展规划",
        "您现在所在的位置 : 首页 > 政务公开 > 规划计划及解读",
        "当前位置:好范文网 > 工作总结 > 其他工作总结范文 >",
        "您所在的位置:首页 > 政策法规 > 列表",
        "首页 走进宁强 新闻中心 政府信息公开 政务服务 互动交流",
        "分享到:",
        "扫一扫在手机打开当前页",
        "【字体: 大 中 小】",
        "打印",
        "【打印】 【关闭窗口】",
        "关闭窗口",
        "购物车",
        "我的足迹",
        "加入Vip免费下载 立即下载",
        "导航按钮",
        "导航菜单",
        "这里能搜索到更多你想要的范文→",
        "—分享—",
        "- 3 -",
    ],
)
def test_site_chrome_lines_are_removed(chrome):
    result = clean_text(f"{chrome}\n政府工作报告\n{BODY}\n")
    assert result.text == f"政府工作报告\n{BODY}"
    assert result.flags == ["site_chrome"]


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        ("发布日期:2021/12/27   来源:考核办   点击次数:", "2021-12-27", "考核办"),
        ("更新时间:2024-08 来源:网友投稿", "2024-08", "网友投稿"),
        ("2021-04-17 07:02:27 来源:南城县政府网 字体:", "2021-04-17", "南城县政府网"),
        ("发布日期:2021-06-15 14:44 作者:监测站 浏览量: 【字体:  ", "2021-06-15", None),
        ("发布时间:2021-04-01 10:52:09 审核编辑:本站小编下载该Word文档收藏本文", "2021-04-01", None),
        ("公文搜 2021-07-27 17:24:44 政府报告", "2021-07-27", None),
        ("来源:红网 作者:黄康 许雅兰 编辑:唐韵 2018-01-10 14:32:03", "2018-01-10", "红网"),
        ("公开日期: 2018年03月09日 公开方式: 有效", "2018-03-09", None),
        ("发布时间:2019-01-28 18:06    打印     阅读次数:", "2019-01-28", None),
        ("日期:2015-02-18\u00a0\u00a0 来源:\u00a0 长沙县电子政务办公室", "2015-02-18", "长沙县电子政务办公室"),
    ],
)
def test_publish_lines_go_to_hints(line, date, source):
    result = clean_text(f"政府工作报告\n{line}\n{BODY}\n")
    assert result.text == f"政府工作报告\n{BODY}"
    assert result.hints.published_date == date
    assert (result.hints.source or None) == source
    assert "site_chrome" in result.flags


def test_bulleted_publish_block():
    raw = (
        "关于东安县2022年计划执行情况的报告\n  • 2023-03-09 10:23\n  • 来源: 东安县发改局\n"
        "  • 发布机构:东安县人民政府\n  • 【字体:    \n" + BODY
    )
    result = clean_text(raw)
    assert result.text == "关于东安县2022年计划执行情况的报告\n" + BODY
    assert result.hints == TextHints(published_date="2023-03-09", source="东安县发改局")


def test_bare_datetime_in_page_header():
    result = clean_text(
        "会同县2021年政府工作报告\n——2020年12月30日在会同县第十七届人民代表大会第六次会议上 2021-01-05 各位代表: 现在,我代表县人民政府向大会报告工作。"
    )
    assert "2021-01-05" not in result.text
    assert result.hints.published_date == "2021-01-05"
    assert result.text.split("\n")[-2:] == ["各位代表:", "现在,我代表县人民政府向大会报告工作。"]


@pytest.mark.parametrize(
    "body",
    [
        "当前位置偏远的村要加快道路建设,首页报道了相关经验。",
        "各部门要在发布时间之前完成信息公开,来源要注明。",
        "资料来源:县统计局2021年统计年鉴,发布日期为每年3月。",
        "分享经济发展迅速,全年新增共享单车2000辆。",
        "打印机、复印机等办公设备采购金额下降15%。",
        "2021-2025年,全县计划新建学校12所。",
        "首页",
    ],
)
def test_body_lines_that_merely_contain_chrome_words_are_kept(body):
    result = clean_text(f"政府工作报告\n{body}\n")
    assert result.text == f"政府工作报告\n{body}"
    assert "site_chrome" not in result.flags
    assert result.hints.published_date is None


@pytest.mark.parametrize(
    "preamble",
    [
        "下面是小编为大家整理的2023年某县人民政府年度工作总结【完整版】,供大家参考。",
        "以下是小编整理的乡镇脱贫攻坚工作总结范文,欢迎阅读!",
        "本文是本站为您精选的政府工作报告,希望对大家有所帮助。",
    ],
)
def test_editor_preamble(preamble):
    result = clean_text(f"{preamble}\n市委:\n{BODY}")
    assert result.text == "市委:\n" + BODY
    assert "site_chrome" in result.flags


def test_body_sentence_like_a_preamble_is_kept():
    raw = "现将全年工作情况总结如下,供各位参考。\n" + BODY
    assert clean_text(raw).text == raw


@pytest.mark.parametrize(
    ("date", "iso"),
    [
        ("2021/12/27", "2021-12-27"),
        ("2024-08", "2024-08"),
        ("2018年03月09日", "2018-03-09"),
        ("2021.6.5", "2021-06-05"),
        ("2026-01-19 16:01", "2026-01-19"),
        ("2021年", ""),
        ("2021-13-01", ""),
        ("", ""),
    ],
)
def test_normalise_date(date, iso):
    assert normalise_date(date) == iso


# ---------------------------------------------------------------------------------------
# hidden text
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("marker", "hidden"),
    [
        ("---此处隐藏6518字,下载后查看---", 6518),
        ("(未完,全文共8109字,当前显示767字)", 7342),
        ("（未完，全文共8109字，当前显示767字）", 7342),
        ("……(下转第四版)", None),
        ("(上接第一版)", None),
        ("(未完待续)", None),
    ],
)
def test_hidden_text_markers(marker, hidden):
    result = clean_text(f"{BODY}社会消费品零售总额{marker}\n")
    assert result.text == BODY + "社会消费品零售总额"
    assert "truncated" in result.flags
    assert result.hints.hidden_chars == hidden


# ---------------------------------------------------------------------------------------
# watermarks
# ---------------------------------------------------------------------------------------
WATERMARKED = (
    "政 府 工 作 报 告hd9\n"
    "各位代表:hd9\n"
    "现在,我代表县人民政府向大会报告工作,请予审议,并请政协委员和列席会议的\n"
    "同志们提出意见。hd9\n"
    "一、2018年工作回顾hd\n9\n"
    "全年地区生产总值增长5.1%,一般公共预算收入完成3.98亿元。hd9\n"
)


def test_ascii_watermark_tokens_are_found_statistically():
    assert find_watermark_tokens(WATERMARKED) == ["hd9"]
    result = clean_text(WATERMARKED)
    assert "hd" not in result.text and "9\n" not in result.text
    assert result.text.split("\n") == [
        "政府工作报告",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议,并请政协委员和列席会议的同志们提出意见。",
        "一、2018年工作回顾",
        "全年地区生产总值增长5.1%,一般公共预算收入完成3.98亿元。",
    ]
    assert "watermark" in result.flags and result.hints.watermark_tokens == ["hd9"]


@pytest.mark.parametrize("token", ["jMF", "C6m", "PZl", "js8", "vfO"])
def test_watermark_tokens_between_chinese_characters(token):
    raw = f"全县生产总值198亿元{token},增长8.1%;完成一般公共{token}预算收入9.2亿元,增长{token}10.2%。\n规模工业增加值增长6%。{token}\n"
    result = clean_text(raw)
    assert token not in result.text
    assert result.text == "全县生产总值198亿元,增长8.1%;完成一般公共预算收入9.2亿元,增长10.2%。\n规模工业增加值增长6%。"


MEANINGFUL = (
    "PM2.5平均浓度下降5%,PM10平均浓度下降3%,GDP增长6%。\n"
    "GDP总量突破100亿元,PPP项目12个,R&D经费增长10%,5G基站新增200个。\n"
    "人均GDP达到5万元,PPP模式推广,PM2.5浓度达标,5G网络覆盖全县。\n"
    "水质达到II类、III类标准,III类以上水体比例100%,II类水体8个,gdp能耗下降。\n"
    "拉动gdp增长6.5%,ppp模式12个,gdp总量领先,建成110 m3水池,PM10浓度40微克/立方米。\n"
    "2019年、2020年、2021年分别增长5%、6%、7%,AAAA级景区3个,AAAA景区、AAAA级酒店。\n"
    "新建10kV线路12条,改造10kV线路8条,35kV变电站2座,220kV线路建成,10kV台区67个,4K超高清、3D打印。\n"
    "电量达到12亿kWh,年发电3亿kWh,光伏装机5MWp,储能2MWh,新增2MWh,pH值稳定,pH达标,pH合格。\n"
)


def test_meaningful_ascii_is_never_a_watermark():
    assert find_watermark_tokens(MEANINGFUL) == []
    result = clean_text(MEANINGFUL)
    assert result.text == MEANINGFUL.strip()
    assert "watermark" not in result.flags


def test_injected_advert_repeated_after_paragraphs():
    ad = "N6h县情资料网---有深度、有态度、接地气的县域县情站点"
    raw = (
        f"  政府工作报告{ad}\n\n  ——2021年2月23日在南城县第十七届人民代表大会第六次会议上{ad}\n\n"
        f"  各位代表:{ad}\n\n  现在,我代表县人民政府向大会报告工作。{ad}\n\n  {BODY}{ad[:9]}"
    )
    result = clean_text(raw)
    assert result.text == (
        "政府工作报告\n——2021年2月23日在南城县第十七届人民代表大会第六次会议上\n"
        f"各位代表:\n现在,我代表县人民政府向大会报告工作。\n{BODY}"
    )
    assert "watermark" in result.flags
    assert any("县情资料网" in t for t in result.hints.watermark_tokens)


def test_repeated_sentence_endings_are_not_adverts():
    raw = (
        "\n".join(f"第{i}项工作取得新成效。" for i in range(1, 6))
        + "\n"
        + "\n".join(f"{c}镇全面完成年度考核目标任务" for c in "东西南北中")
    )
    assert find_repeated_suffixes(raw) == []
    assert clean_text(raw).text == raw


# ---------------------------------------------------------------------------------------
# PDF wraps and spaces
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("全县地区生产总值完成25\n0.3亿元,同比增长6.5%。", "全县地区生产总值完成250.3亿元,同比增长6.5%。"),
        (
            "预计GDP增长4.0%左右;规模工业增 加值增长6.5%;固定资产投资增长15%。",
            "预计GDP增长4.0%左右;规模工业增加值增长6.5%;固定资产投资增长15%。",
        ),
        (
            "现在,我代表县人民政府向大会报告工作,请予审议 ,并请县政协委员提出意见。",
            "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员提出意见。",
        ),
        (
            "持续防范化解农村牧区民间借贷风险,精准深入推进脱贫,2\n018年投入各类扶贫资金3380万元。",
            "持续防范化解农村牧区民间借贷风险,精准深入推进脱贫,2018年投入各类扶贫资金3380万元。",
        ),
        (
            "经济运行稳中有进。全县生产总值198亿元,完成一般公共预算收入9.2亿\n元,增长10.2%。",
            "经济运行稳中有进。全县生产总值198亿元,完成一般公共预算收入9.2亿元,增长10.2%。",
        ),
        (
            "预计全年完成地区生产总值 1720 亿元、 同比增\n长 14.5%,总量稳居中心城区第一。",
            "预计全年完成地区生产总值1720亿元、同比增长14.5%,总量稳居中心城区第一。",
        ),
        ("第三产业增加值158.86 亿元,分别增长4.6%。", "第三产业增加值158.86亿元,分别增长4.6%。"),
        (
            "——2021 年12 月 14 日在武汉市武昌区第十六届人民代表大会第一次会议上",
            "——2021年12月14日在武汉市武昌区第十六届人民代表大会第一次会议上",
        ),
        ("统筹推进稳增长\n、促改革、调结构、惠民生。", "统筹推进稳增长、促改革、调结构、惠民生。"),
        (
            "——2026年1月14日在中宁县第十八届人民代表大会\n第五次会议上",
            "——2026年1月14日在中宁县第十八届人民代表大会第五次会议上",
        ),
        (
            "——2017年12月27日在武汉市武昌区第十五届人民代表大会\n\n  第二次会议上",
            "——2017年12月27日在武汉市武昌区第十五届人民代表大会第二次会议上",
        ),
        ("年末, GDP达到830亿元", "年末,GDP达到830亿元"),
        # a wrapped line ending on a word like an issuer's (格局, 中心, 县委) is no byline
        (
            "过去一年,\n全县规模以上工业增加值在克服疫情影响积极服务和融入新发展格局\n背景下增长8.2%。",
            "过去一年,全县规模以上工业增加值在克服疫情影响积极服务和融入新发展格局背景下增长8.2%。",
        ),
        (
            "我们坚持以人民为中心的发展思想加快建设区域性商贸物流中心\n社会消费品零售总额增长6.1%。",
            "我们坚持以人民为中心的发展思想加快建设区域性商贸物流中心社会消费品零售总额增长6.1%。",
        ),
    ],
)
def test_pdf_wraps_are_repaired(raw, clean):
    assert clean_text(raw).text == clean


def test_bylines_keep_their_lines():
    """A byline with its date, or several issuers set apart by spaces, ends its paragraph."""
    for raw in (
        "北京市海淀区统计局国家统计局海淀调查队2023年3月\n2022年,全区经济运行总体平稳,地区生产总值增长。",
        "宁陕县统计局 国家统计局宁陕调查队宁陕县统计局\n2022年,全县经济运行总体平稳,地区生产总值增长。",
    ):
        assert clean_text(raw).text.split("\n")[1] == raw.split("\n")[1]  # not joined to the byline


def test_real_paragraph_breaks_survive():
    raw = (
        "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员提出意见\n"
        "一、2020年工作回顾\n2020年是极不平凡的一年,全县上下攻坚克难,全年实现地区生产总值\n"
        "(一)着力稳增长\n全年实现地区生产总值152.97亿元,增长3.9%;财政总收入17.57亿元\n"
        "——发展后劲更足。新开工项目38个\n2021年工作安排\n今年的主要预期目标是:\n"
        "地区生产总值增长6.5%左右!\n县十九届人大一次会议文件\n政府工作报告"
    )
    assert clean_text(raw).text == raw


def test_run_together_text_gets_paragraph_breaks():
    raw = (
        "政 府 工 作 报 告 2016-12-14 2016年12月6日在武汉市汉阳区第十五届人民代表大会第一次会议上 "
        "区人民政府区长 盛继亮 各位代表: 现在,我代表区人民政府向大会报告工作,请予审议。 一、本届政府工作回顾 "
        "本届政府自2011年11月组建以来,抢抓机遇,基本实现了汉阳全面崛起。五年的工作主要体现在以下五个方面: "
        "(一)经济平稳较快发展,综合实力大幅提升 经济规模实现历史性跨越。预计到2016年末, GDP达到830亿元。"
        " 主导产业集聚壮大。服务业加快发展。"
    )
    result = clean_text(raw)
    assert result.text.split("\n") == [
        "政府工作报告",
        "2016年12月6日在武汉市汉阳区第十五届人民代表大会第一次会议上",
        "区人民政府区长",
        "盛继亮",
        "各位代表:",
        "现在,我代表区人民政府向大会报告工作,请予审议。",
        "一、本届政府工作回顾",
        "本届政府自2011年11月组建以来,抢抓机遇,基本实现了汉阳全面崛起。五年的工作主要体现在以下五个方面:",
        "(一)经济平稳较快发展,综合实力大幅提升",
        "经济规模实现历史性跨越。预计到2016年末,GDP达到830亿元。",
        "主导产业集聚壮大。服务业加快发展。",
    ]
    assert result.hints.published_date == "2016-12-14"


def test_pdf_line_wraps_in_a_single_run_together_line():
    # a PDF conversion: every ~25 characters the line wrap became a space
    raw = (
        "现在,我代表县人民政府向大会报告工作,请予审议 ,并请县政协委员和其他列席会议的同志提出意见。 "
        "2020年工作及“十三五”发展回顾 2020年是极不平凡、极其不易的一年。面对严峻复杂 的形势、艰巨繁重的任务,"
        "特别是新冠肺炎疫情的严重冲 击,我们坚持以新时代中国特色社会主义思想为指 导,在市委、市政府和县委的坚强"
        "领导下,在县人大、县 政协的监督和大力支持下,全县上下同心协力,砥砺前行 ,战胜各种风险挑战,圆满完成了"
        "县第十七届人大五次会 议确定的主要目标任务。 “双战双胜”成绩斐然。疫情防控交出满意答卷。面对突 如其来"
        "的新冠肺炎疫情,我们始终坚持把人民群众的生命 安全和身体健康放在第一位。 十四五时期经济社会发展的主要"
        "目标是: ——经济发展取得新成效。保持经济平稳增长,全县 GDP年均增长7%以上,力争到2025年达到140亿元。全县固 "
        "定资产投资年均增长12%以上。"
    )
    assert clean_text(raw).text.split("\n") == [
        "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席会议的同志提出意见。",
        "2020年工作及“十三五”发展回顾",
        "2020年是极不平凡、极其不易的一年。面对严峻复杂的形势、艰巨繁重的任务,特别是新冠肺炎疫情的严重冲击,"
        "我们坚持以新时代中国特色社会主义思想为指导,在市委、市政府和县委的坚强领导下,在县人大、县政协的监督和大力"
        "支持下,全县上下同心协力,砥砺前行,战胜各种风险挑战,圆满完成了县第十七届人大五次会议确定的主要目标任务。",
        "“双战双胜”成绩斐然。疫情防控交出满意答卷。面对突如其来的新冠肺炎疫情,我们始终坚持把人民群众的生命安全和身体健康放在第一位。",
        "十四五时期经济社会发展的主要目标是:",
        "——经济发展取得新成效。保持经济平稳增长,全县GDP年均增长7%以上,力争到2025年达到140亿元。全县固定资产投资年均增长12%以上。",
    ]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("政 府 工 作 报 告", "政府工作报告"),
        ("  政 府 工 作 报 告  ", "政府工作报告"),
        ("留坝县人民政府代县长 魏 巍", "留坝县人民政府代县长魏巍"),
        ("栗 俊 昌", "栗俊昌"),
        ("县 长 周永根", "县长周永根"),
        ("市发展和改革局局长  卢  铓", "市发展和改革局局长卢铓"),
        ("一、綜 合 初步核算,全县生产总值319.73亿元。", "一、综合\n初步核算,全县生产总值319.73亿元。"),
    ],
)
def test_spaced_titles_and_names_collapse(raw, clean):
    assert clean_text(raw).text == clean


def test_indentation_blank_lines_and_trailing_spaces_go():
    raw = "\n\n  各位代表:  \n\n\n\u3000\u3000现在,我代表县人民政府向大会报告工作。\u00a0\u00a0\n \n"
    assert clean_text(raw).text == "各位代表:\n现在,我代表县人民政府向大会报告工作。"


def test_ascii_words_keep_a_single_space():
    assert (
        clean_text("采用 Word  文档和 PM2.5 监测,建成 Wi Fi 网络。").text == "采用Word文档和PM2.5监测,建成Wi Fi网络。"
    )


# ---------------------------------------------------------------------------------------
# character forms
# ---------------------------------------------------------------------------------------
def test_full_width_forms():
    raw = "全县生产总值完成１２３．４５亿元，增长６．５％；ＧＤＰ总量（预计）居全市第一！是否达标？“十四五”《纲要》——目标：　完成。"
    assert clean_text(raw).text == (
        "全县生产总值完成123.45亿元,增长6.5%;GDP总量(预计)居全市第一!是否达标?“十四五”《纲要》——目标:完成。"
    )


def test_traditional_to_simplified_keeps_offsets():
    raw = "2023年縉雲縣國民經濟和社會發展統計公報\n全年財政總收入37.70億元，比上年增長18.6%。"
    result = clean_text(raw)
    assert result.text == "2023年缙云县国民经济和社会发展统计公报\n全年财政总收入37.70亿元,比上年增长18.6%。"
    assert result.flags == ["traditional"]
    check_offsets(raw, result)


def test_simplified_text_is_unchanged_and_not_flagged():
    raw = "著名的乾隆年间建筑得到保护,面积2000平方米,干部群众著力发展后劲。"
    result = clean_text(raw)
    assert result.text == raw and result.flags == []


def test_inline_pinyin_glosses_are_removed():
    raw = "政府工作報(bào)告\n沙河市人民政府市長(zhǎng) 王文玉\n地區生產(chǎn)總值(GDP)235.7億元"
    assert clean_text(raw).text == "政府工作报告\n沙河市人民政府市长王文玉\n地区生产总值(GDP)235.7亿元"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("二Ο三五年远景目标", "二〇三五年远景目标"),
        ("二O二O年", "二〇二〇年"),
        ("二○二一年", "二〇二一年"),
        ("O2O模式和B2B平台", "O2O模式和B2B平台"),
        ("2020年", "2020年"),
    ],
)
def test_letter_o_used_as_zero(raw, clean):
    assert clean_text(raw).text == clean


def test_mojibake_is_flagged_not_corrected():
    raw = "建设共同富?,F代化美好缙云迈出坚实步伐。"
    result = clean_text(raw)
    assert result.text == raw and "mojibake" in result.flags
    assert "mojibake" not in clean_text("大埔如何布局规划?我们坚持创新。").flags


def test_broken_tail_character_is_dropped():
    result = clean_text("全年实现生产总值152.97亿元,增长3.9%;财政总收\ufffd")
    assert result.text == "全年实现生产总值152.97亿元,增长3.9%;财政总收"


# ---------------------------------------------------------------------------------------
# a whole noisy page (committed fixture) and the real corpus files
# ---------------------------------------------------------------------------------------
def test_noisy_portal_page_fixture():
    raw = (HERE / "fixtures" / "clean" / "portal_page.txt").read_text(encoding="utf-8")
    result = clean_text(raw)
    assert result.text.split("\n") == [
        "某县2022年政府工作报告",
        "政府工作报告",
        "——2023年1月5日在某县第十八届人民代表大会第二次会议上",
        "县长张三",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。",
        "一、2022年工作回顾",
        "过去一年,全县地区生产总值完成250.3亿元,同比增长6.5%;规模工业增加值增长8.1%;一般公共预算收入9.2亿元,增长10.2%;全年完成投资54.68亿元。",
        "(一)着力稳增长。PM2.5平均浓度下降5%,PM10下降3%,GDP增速居全市第二,5G基站新建120个,R&D投入增长15%,水质达到II类、III类标准。",
        "——发展后劲更足。新开工项目38个,其中2018年结转项目12个。",
    ]
    assert result.flags == ["pdf_wraps", "site_chrome", "truncated"]
    assert result.hints == TextHints(hidden_chars=6518 + 7342, published_date="2023-01-12", source="县政府办公室")
    check_offsets(raw, result)


def corpus(shared_dir: Path, name: str):
    path = next((shared_dir / "corpus").glob(f"*/{name}.txt"))
    raw = read_file(path).text
    return raw, clean_text(raw)


def test_huitong_pdf_conversion(shared_dir):
    raw, result = corpus(shared_dir, "huitong_2021_work_report")
    for phrase in [
        "规模工业增加值增长6.5%",
        "全年完成投资54.68亿元",
        "城镇、农村居民人均可支配收入分别增长5.0%、10.5%",
        "整合涉农资金2.9亿元",
        "旅游收入达19亿元",
        "新增城镇就业2328人",
        "落实粮食播面30万亩",
        "19089户68986名贫困人口全部脱贫",
        "请予审议,并请县政协委员",
    ]:
        assert phrase in result.text, phrase
    assert "购物车" not in result.text and "立即下载" not in result.text
    assert "2020年工作及“十三五”发展回顾" in result.text.split("\n")
    assert "“十四五”时期目标任务" in result.text.split("\n")
    assert {"pdf_wraps", "site_chrome"} <= set(result.flags)
    check_offsets(raw, result)


@pytest.mark.parametrize(
    ("name", "present", "absent", "flags", "meta"),
    [
        (
            "dev_04",
            [
                "2018年投入各类扶贫资金3380万元",
                "现在,我代表旗人民政府向大会报告工作,请予审议,并请政协委员和列席会议的同志们提出意见。",
            ],
            ["vfO"],
            {"watermark", "pdf_wraps", "site_chrome"},
            {"published_date": "2021-07-27"},
        ),
        (
            "dev_13",
            [
                "社会消费品零售总额108亿元",
                "9.2亿元",
                "贫困人口减至3018户5703人",
                "全县上下高举新时代中国特色社会主义思想",
            ],
            ["js8"],
            {"watermark", "pdf_wraps"},
            {},
        ),
        (
            "dev_14",
            ["政府工作报告", "全县实现生产总值152.97亿元"],
            ["县情资料网", "N6h", "有态"],
            {"watermark", "site_chrome"},
            {"published_date": "2021-04-17", "source": "南城县政府网"},
        ),
        (
            "dev_09",
            ["缙云县", "第三产业增加值158.86亿元", "\n一、综合\n初步核算,"],
            ["縣", " "],
            {"traditional", "mojibake"},
            {},
        ),
        (
            "dev_15",
            ["生产总值完成235.7亿元", "政府工作报告", "过去五年工作回顾"],
            ["(chǎn)", "(bào)", "報"],
            {"traditional", "mojibake"},
            {},
        ),
        ("dev_16", ["全县生产总值27.54亿元"], ["(lǐng)", "縣"], {"traditional"}, {}),
        ("dev_01", ["栗俊昌", "社会"], ["下转", "第四版"], {"truncated"}, {}),
        ("dev_19", ["2.林业项目推进情况"], ["未完", "提示信息"], {"truncated", "site_chrome"}, {"hidden_chars": 7342}),
        (
            "dev_02",
            ["关于东安县2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"],
            ["您现在所在的位置", "分享到", "•", "字体"],
            {"site_chrome"},
            {"published_date": "2023-03-09", "source": "东安县发改局"},
        ),
        ("dabu_2019", ["固定资产投资71.53亿元", "文旅兴县"], ["PZ", "\nl\n"], {"watermark", "pdf_wraps"}, {}),
        (
            "wuchang_2021",
            ["地区生产总值1720亿元、同比增长14.5%", "一年来,在市委", "区人大、区政协"],
            ["一 年"],
            {"pdf_wraps"},
            {},
        ),
        ("changshaxian_2020", ["二〇三五年远景目标"], ["二Ο"], {"site_chrome"}, {"published_date": "2021-02-01"}),
        (
            "zhenba_2021_self_assessment",
            ["2021年度目标责任考核任务完成情况的自查报告"],
            ["发布日期", "点击次数"],
            {"site_chrome"},
            {"published_date": "2021-12-27", "source": "考核办"},
        ),
        (
            "anon_county_2023_assessment_speech",
            ["下面我讲四点意见。"],
            ["此处隐藏", "更新时间"],
            {"truncated", "site_chrome"},
            {"published_date": "2024-08", "source": "网友投稿", "hidden_chars": 6518},
        ),
        ("anon_county_2022_work_summary", ["市委:"], ["小编", "供大家参考"], {"site_chrome"}, {}),
        (
            "shuangsheng_2021_work_report",
            ["政府工作报告", "各位代表:"],
            ["首页", "2021-11-24"],
            {"site_chrome"},
            {"published_date": "2021-11-24"},
        ),
        (
            "hanyang_2016",
            ["(一)经济平稳较快发展,综合实力大幅提升\n经济规模实现历史性跨越。"],
            ["政 府"],
            set(),
            {"published_date": "2016-12-14"},
        ),
    ],
)
def test_real_files(name, present, absent, flags, meta, shared_dir):
    raw, result = corpus(shared_dir, name)
    for phrase in present:
        assert phrase in result.text, phrase
    for junk in absent:
        assert junk not in result.text, junk
    assert flags <= set(result.flags)
    for key, value in meta.items():
        assert getattr(result.hints, key) == value
    check_offsets(raw, result)


def test_all_corpus_files_keep_their_figures(shared_dir):
    """Every number of the raw text survives cleaning (only spacing around it changes)."""
    import re

    for path in sorted((shared_dir / "corpus").glob("*/*.txt")):
        raw = read_file(path).text
        result = clean_text(raw)
        check_offsets(raw, result)
        squeezed = re.sub(r"\s+", "", result.text)
        for m in re.finditer(r"\d+(?:\.\d+)?(?:亿元|万元|%)", raw):
            if "\n" in m.group(0) or m.start() < 300:
                continue  # split numbers are repaired; header dates may be metadata
            assert m.group(0) in squeezed, (path.name, m.group(0))


# ---------------------------------------------------------------------------------------
# properties: never crashes, offset map, determinism, speed
# ---------------------------------------------------------------------------------------
PIECES = [
    "政府工作报告",
    "各位代表:",
    "全年地区生产总值完成",
    "152.97亿元",
    ",增长3.9%。",
    "增长",
    "。",
    ",",
    "、",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\u3000",
    "\u00a0",
    "\t",
    "\r\n",
    "一、",
    "(一)",
    "1.",
    "——",
    "首页 > 政务公开 > ",
    "发布日期:2021/12/27 来源:考核办",
    "hd9",
    "vfO",
    "GDP",
    "PM2.5",
    "R&D",
    "報(bào)告",
    "縉雲縣",
    "二Ο三五",
    "---此处隐藏12字,下载后查看---",
    "(下转第四版)",
    "？",
    "，",
    "（",
    "）",
    "％",
    "１２",
    "．",
    "\ufffd",
    "?,F",
    "政 府 工 作",
    "2\n018年",
    "9.2亿\n元",
    "\ufeff",
    "\u200b",
    "广告网---有深度的站点",
    "【字体: 大 中 小】",
    "O",
    "0",
    "a",
    "Z",
]
texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from("政府年增长亿元万 \n,。、:;!?()%.0123456789abcXYZ-—“”《》〇Ο縣國"), max_size=300),
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("\n\ufffd\n")  # only a cut character between line breaks: nothing is left, not "\ufffd\n"
def test_clean_never_crashes_and_keeps_the_offset_map(raw):
    result = clean_text(raw)
    assert isinstance(result.text, str)
    check_offsets(raw, result)
    assert result.flags == sorted(set(result.flags))
    assert result.text == result.text.strip("\n ")
    assert "\n\n" not in result.text


@settings(max_examples=60, deadline=None)
@given(texts)
def test_clean_is_deterministic_on_random_text(raw):
    once = clean_text(raw).text
    assert clean_text(raw).text == once  # deterministic


def test_deterministic_on_real_files(shared_dir):
    for name in ["huitong_2021_work_report", "dev_14", "dev_09", "dabu_2019"]:
        raw, first = corpus(shared_dir, name)
        second = clean_text(raw)
        assert first.text == second.text and first.flags == second.flags and first.hints == second.hints
        assert np.array_equal(first.index, second.index)


def test_cleaning_is_fast(shared_corpus):
    texts = [read_file(p).text for p in sorted(shared_corpus("seeds").glob("*.txt"))]
    clean_text(texts[0])
    total_bytes = sum(len(t.encode()) for t in texts)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for t in texts:
            clean_text(t)
        best = min(best, time.perf_counter() - start)
    per_20kb = best / total_bytes * 20000
    # budget: 3 ms per 20 KB on an idle machine; allow head-room for a loaded CI box
    assert per_20kb < 0.03, f"{per_20kb * 1000:.1f} ms per 20 KB"


def test_numbers_split_by_a_space_wrap_are_joined():
    raw = (
        "主要经济指标实现稳中有升:城乡居民人均可支配收入44372元、28 274元,同比增长4.2%、11.2%;快于全 市2.1个百分点;"
        "一般公共预算收入完成4.7 亿元;第一产业增加值14.0亿元、第 二产业增加值33.79亿元,分别增长5.37%、1 1.6%。"
    )
    assert clean_text(raw).text == (
        "主要经济指标实现稳中有升:城乡居民人均可支配收入44372元、28274元,同比增长4.2%、11.2%;快于全市2.1个百分点;"
        "一般公共预算收入完成4.7亿元;第一产业增加值14.0亿元、第二产业增加值33.79亿元,分别增长5.37%、11.6%。"
    )
    # without wrap evidence two numbers stay apart (a line of figures is a table row: its cells keep their spaces)
    assert clean_text("年份 2019 2020 2021").text == "年份 2019 2020 2021"


def test_full_width_indent_inside_a_line_starts_a_paragraph():
    raw = "各位代表:  \u3000\u3000现在,我代表县人民政府向大会报告工作。 \u3000\u3000一、2020年工作回顾\u3000\u3000一年来,全县经济稳中有进。"
    assert clean_text(raw).text.split("\n") == [
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作。",
        "一、2020年工作回顾",
        "一年来,全县经济稳中有进。",
    ]
    assert clean_text("区长\u3000王\u3000\u3000明").text == "区长王明"  # alignment padding in a name


def test_advert_glued_after_a_watermark_token_even_when_wrapped():
    ad = "公文搜——专业的公文写作素材网站"
    raw = (
        f"政 府 工 作 报 告kKD{ad}  各位代表:kKD{ad}  \u3000\u3000现在,我代表县人民政府向大会报告工作,请各位代表审议。"
        f"kKD公文搜— —专业的公文写作素材网站  一、过去一年工作回顾kKD公文搜——专 业的公文写作素材网站  \u3000\u3000全年地区生产总值"
        f"增长9.1%。kKD{ad}"
    )
    result = clean_text(raw)
    assert result.text.split("\n") == [
        "政府工作报告",
        "各位代表:",
        "现在,我代表县人民政府向大会报告工作,请各位代表审议。",
        "一、过去一年工作回顾",
        "全年地区生产总值增长9.1%。",
    ]
    assert result.hints.watermark_tokens == ["kKD", ad]


@pytest.mark.parametrize(
    "footer",
    [
        "主办:某县人民政府办公室  承办:某县大数据中心",
        "版权所有:某县人民政府  网站标识码:1234567890  备案号:ICP备12345678号",
        "相关链接: 中国政府网  省政府网站  市政府网站",
        "中国政府网  省政府网站  市政府网站",
        "【我要纠错】 【打印本页】 【关闭窗口】",
        "Copyright © 2021 某县人民政府",
    ],
)
def test_page_footer_lines(footer):
    result = clean_text(f"{BODY}\n{footer}\n")
    assert result.text == BODY and result.flags == ["site_chrome"]


# ---------------------------------------------------------------------------------------
# the offset-keeping text buffer
# ---------------------------------------------------------------------------------------
def test_textbuffer_edits_keep_offsets():
    from govkit.text.textbuffer import TextBuffer

    buf = TextBuffer("ab  cd\nef")
    assert buf.sub(r" +", "") == 1
    assert buf.text == "abcd\nef" and list(buf.index) == [0, 1, 4, 5, 6, 7, 8]
    buf.apply_edits([(4, 5, "")])  # join the lines
    assert buf.text == "abcdef" and buf.raw_span(2, 6) == (4, 9)
    buf.apply_edits([(0, 2, "XYZ"), (6, 6, "!")])  # a longer replacement, an insertion at the end
    assert buf.text == "XYZcdef!" and list(buf.index) == [0, 0, 0, 4, 5, 7, 8, 8]
    buf.translate({ord("c"): "C", ord("d"): None})
    assert buf.text == "XYZCef!" and list(buf.index) == [0, 0, 0, 4, 7, 8, 8]
    buf.map_chars(str.lower)
    assert buf.text == "xyzcef!"
    with pytest.raises(ValueError):
        buf.map_chars(lambda t: t + "x")
    with pytest.raises(ValueError):
        buf.apply_edits([(3, 4, ""), (2, 3, "")])  # out of order
    assert buf.raw_span(7, 7) == (9, 9)


@pytest.mark.parametrize(
    "raw",
    [
        "鹤城区环境空气质量月报(2023年11月)\n11月,城区环境空气质量优良天数27天,优良率90.0%。",
        "桑植县地表水水质监测月报(2023年第9期)\n9月,全县5个断面水质均达到或优于Ⅱ类。",
        "辰溪县2022年第三季度经济运行简报\n前三季度,全县地区生产总值增长4.8%。",
    ],
)
def test_a_bulletin_title_with_its_period_in_brackets_keeps_its_line(raw):
    """月报(2023年11月), 简报: a title line, not a wrap of the sentence after it."""
    assert clean_text(raw).text == raw
