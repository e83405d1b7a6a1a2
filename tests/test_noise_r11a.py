"""Web-mirror and PDF noise inside the sentences that carry facts (session 9, helper H1), end to end:
raw text -> clean -> facts.

Method (differential): short clean passages of our own with known facts (GDP and growth, fiscal
revenue, incomes, poverty, forest coverage, investment), and noisy variants of each with the noise
at the hard positions (between the verb and the figure, between a figure and %, inside an indicator
name, between 增长 and the rate); a variant must give exactly the facts of its clean passage.

Constructions, by class:

* **footnote markers** glued after a word, unit or % (``地区生产总值[1]85.6亿元``): removed by cleaning
  (``data/clean/boilerplate.csv`` rule ``footnote_marker``); before, the figure after the marker was
  lost. Near miss: a ``[1]`` opening a line (a list or note) stays.
* **gambling spam** a mirror injects into a sentence (``完成365体育投注12.38亿元``,
  ``九游会俱乐部j9入口官网增长8.2%``): removed (rule ``gambling_spam``); before, the figure or the rate
  after it was lost. Near miss: 体育彩票, 智慧体育平台 stay.
* **semicolon runs** where a mirror lost quotation marks (``;;地区生产总值;;85.6亿元``, ``;;;;``):
  removed (rule ``semicolon_quotes``); before, ``;`` cut the indicator from its figure. Near miss:
  ``8%;;农村…`` (a clause break typed twice) stays.
* **double spaces inside a figure's clause** in a long line (``完成  156.7亿元``, ``增长  7.2%``,
  ``12.4  %``): no longer taken for a paragraph break (``govkit/text/wraps.py``); before, the
  sentence was cut there. Near miss: a heading, then a paragraph opening on a year, still breaks.
* **spaced single digits** in a PDF-wrapped paragraph (``“3 1 1”``: 3+1+1 that lost its plus signs):
  no longer joined into one number (``311``); a number split by one wrap space (``28 274元``) still is.
  An ambiguous space inside a number in an unwrapped line (``达到3 8621元``) stays flagged (no value).
* **a line ending in a figure before a numbered item** (``完成值85.6`` / ``2.固定资产投资…``): no longer
  joined into ``85.62.固定…``; a wrapped decimal (``192.`` / ``45亿元``, ``25`` / ``0.3亿元``) still is.
* **a watermark token glued after a digit** (a hard-wrapped line ending in a figure: ``完成192.45pbY`` /
  ``亿元``, ``增长6.5hd9`` / ``%``): removed (``govkit/text/watermarks.py``); before, ``45pbY`` was read as
  another token and stayed, and the figure was lost. Near miss: 10kV, 5G, MW, PM2.5 beside a watermark.
* **a chrome line inside a wrapped sentence** (``完成192.`` / ``(下转第四版)`` / ``45亿元``; a QR prompt; a
  login bar ``会员登录  新用户注册 退出``): a marker removed inline that fills its line takes its line
  break with it (``govkit/text/chrome.py``), and a login bar is a chrome line (rule ``login_bar``);
  before, the sentence stayed cut and its figure was lost.
* **a page break inside a figure**: a page-number line between blank lines (``- 3 -``, ``第 3 页 共 10
  页``) takes the blank lines with it (action ``page_break``), so the cut sentence is joined again; a
  bare page number (``3`` alone) is no longer joined into the figure (``192.3``), and the figure it cuts
  stays lost (strict xfail: a bare number cannot be told from a table cell).
* **an excerpt that stops on a bare figure** (``…城镇居民人均可支配收入3862``, cut from 38621): the
  figure keeps its printed text, with no value and the flag ``cut_at_text_end`` (``govkit/facts/
  extract.py``); before, 3862 was a level. A figure with its unit (or cut inside it: ``192.45亿``) and
  the last cell of a plain-text table keep their values.
* **a narrow column** (a newspaper page, 12-18 characters a line): the lines are joined when most
  lines share one width and are slices of prose (``govkit/text/wraps.py``); before, no line shorter
  than 20 characters was joined, and every figure cut by a line end was lost. Near miss: a list of
  short items of one width keeps its lines.
* **HTML a text copy kept** (``增长&nbsp;7.2%``, ``11.4&#37;``, ``投资<sup>1</sup>完成``, ``<span>``
  round a figure): references decoded, footnote superscripts and inline tags dropped, paragraph tags
  made line breaks (``govkit/text/normalise.py``); before, the rate or the level was lost. Near
  miss: ``PM2.5<35``, ``R&D`` stay.
* **a letter-spaced line** (a PDF converter spacing every character: ``完 成 1 9 2 . 4 5 亿 元``): its
  single spaces are dropped (``govkit/text/wraps.py``); before, it was cut as spaced titles and its
  figures lost. Near miss: a table row of single digits keeps its cells.
* near misses that must keep their result: a watermark token beside PM2.5, a plain-text table whose
  rows open on a year, a ``(1)`` list marker, traditional text with pinyin glosses, full-width forms.
"""

from __future__ import annotations

import pytest
from passages import check_case, passage_facts

from govkit.text.clean import clean_text

#: A work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "临泉县", "level": "county"}

LEAD = "一年来,我们坚持稳中求进工作总基调,全力以赴抓发展、惠民生、保稳定,经济运行稳中向好。"
TAIL = "主要经济指标增速位居全市前列,发展质量和效益稳步提升。"


def _facts(text: str, case_id: str) -> set[tuple]:
    f = passage_facts({"text": text, "id": case_id}, META)
    return {
        (r.indicator, r.measure, None if r.value != r.value else round(float(r.value), 6), r.year, r.subperiod, r.kind)
        for r in f.itertuples()
    }


# ---- differential: (id, clean sentence, noisy sentence); each is set in LEAD … TAIL
PAIRS: list[tuple[str, str, str]] = [
    # footnote markers
    (
        "footnote_after_gdp_name",
        "实现地区生产总值85.6亿元,同比增长7.2%。",
        "实现地区生产总值[1]85.6亿元,同比增长7.2%。",
    ),
    (
        "footnote_after_revenue_name_before_verb",
        "地方一般公共预算收入完成9.53亿元,比上年增长11.4%。",
        "地方一般公共预算收入[12]完成9.53亿元,比上年增长11.4%。",
    ),
    (
        "footnote_after_investment_name",
        "全社会固定资产投资完成156.7亿元,增长10.3%。",
        "全社会固定资产投资[2]完成156.7亿元[3],增长10.3%[4]。",
    ),
    # gambling spam
    (
        "spam_between_verb_and_figure",
        "一般公共预算收入完成12.38亿元,同比增长8.2%。",
        "一般公共预算收入完成365体育投注12.38亿元,同比增长8.2%。",
    ),
    (
        "spam_between_growth_and_rate",
        "全社会固定资产投资完成156.7亿元,增长10.3%。",
        "全社会固定资产投资完成156.7亿元,增长九游会俱乐部j9入口官网10.3%。",
    ),
    (
        "spam_before_bishangnian",
        "地方一般公共预算收入完成9.53亿元,比上年增长11.4%。",
        "地方一般公共预算收入完成9.53亿元,365体育备用网址比上年增长11.4%。",
    ),
    (
        "spam_after_indicator_name",
        "实现地区生产总值85.6亿元,同比增长7.2%。",
        "实现地区生产总值365体育投注85.6亿元,同比增长7.2%。",
    ),
    # semicolon runs where quotation marks were
    (
        "semicolons_around_gdp_name",
        "实现地区生产总值85.6亿元,同比增长7.2%。",
        "实现;;地区生产总值;;85.6亿元,同比增长7.2%。",
    ),
    (
        "semicolons_around_investment_name",
        "全社会固定资产投资完成156.7亿元,增长10.3%。",
        "全社会;;固定资产投资;;完成156.7亿元,增长10.3%。",
    ),
    (
        "semicolon_run_between_growth_and_rate",
        "地方一般公共预算收入完成9.53亿元,比上年增长11.4%。",
        "地方一般公共预算收入完成9.53亿元,比上年增长;;;;11.4%。",
    ),
    # double spaces inside a figure's clause
    (
        "double_space_between_verb_and_figure",
        "全社会固定资产投资完成156.7亿元,增长10.3%。",
        "全社会固定资产投资完成  156.7亿元,增长10.3%。",
    ),
    (
        "double_space_between_growth_and_rate",
        "实现地区生产总值85.6亿元,同比增长7.2%。",
        "实现地区生产总值85.6亿元,同比增长  7.2%。",
    ),
    (
        "double_space_before_percent",
        "固定资产投资增长12.4%,其中工业投资增长15.1%。",
        "固定资产投资增长12.4  %,其中工业投资增长15.1%。",
    ),
    (
        "double_space_before_income_figure",
        "城镇居民人均可支配收入达到38621元,增长5.8%;农村居民人均可支配收入17453元,增长7.9%。",
        "城镇居民人均可支配收入达到38621元,增长5.8%;农村居民人均可支配收入  17453元,增长7.9%。",
    ),
    # HTML a text copy of a web page kept
    (
        "html_nbsp_between_growth_and_rate",
        "实现地区生产总值85.6亿元,同比增长7.2%。",
        "实现地区生产总值85.6亿元,同比增长&nbsp;7.2%。",
    ),
    (
        "html_percent_reference",
        "地方一般公共预算收入完成9.53亿元,比上年增长11.4%。",
        "地方一般公共预算收入完成9.53亿元,比上年增长11.4&#37;。",
    ),
    (
        "html_footnote_superscript_before_verb",
        "全社会固定资产投资完成156.7亿元,增长10.3%。",
        "全社会固定资产投资<sup>1</sup>完成156.7亿元,增长10.3%。",
    ),
    (
        "html_inline_tags_round_the_figure",
        "实现地区生产总值85.6亿元,同比增长7.2%。",
        '实现地区生产总值<span style="color:red">85.6</span>亿元,同比增长<b>7.2%</b>。',
    ),
    # guards: noise the pipeline already handled (kept so it stays handled)
    (
        "guard_traditional_with_pinyin_glosses",
        "森林覆盖率达到63.87%,比上年提高0.52个百分点。",
        "森林覆(fù)蓋(gài)率達(dá)到63.87%,比上年提高0.52個(gè)百分點(diǎn)。",
    ),
    (
        "guard_full_width_forms",
        "全年减贫1.37万人,退出贫困村12个,贫困发生率下降至1.06%。",
        "全年减贫１．３７万人，退出贫困村１２个，贫困发生率下降至１．０６％。",
    ),
    (
        "guard_wrap_inside_a_decimal",
        "地方一般公共预算收入完成9.53亿元,比上年增长11.4%。",
        "地方一般公共预算收入完成9.\n53亿元,比上年增长11.4%。",
    ),
    (
        "guard_space_between_figure_and_unit",
        "实现地区生产总值85.6亿元,同比增长7.2%。",
        "实现地区生产总值 85.6 亿元,同比增长 7.2 %。",
    ),
]


@pytest.mark.parametrize("case_id, clean, noisy", PAIRS, ids=[p[0] for p in PAIRS])
def test_noisy_variant_gives_the_clean_facts(case_id, clean, noisy):
    want = _facts(LEAD + clean + TAIL, case_id)
    assert want, "the clean passage gives facts"
    assert _facts(LEAD + noisy + TAIL, case_id) == want


# ---- cases on the cleaned text and the facts
CASES: list[dict] = [
    {
        # a PDF-wrapped paragraph: the spaced digits of 3+1+1 are not one number
        "id": "spaced_digits_in_a_wrapped_paragraph_stay_apart",
        "text": "我们坚决扛起脱贫攻坚政治责任,举全县之力向深度贫困堡 垒发起总攻,抓住用好东西部扶贫协作和"
        "中央单位定点帮扶政 策机遇,扎实开展“3 1 1”冲刺清零行动,全年实现1.37万贫困人口脱贫,退出贫困 村12个,"
        "贫困发生率下降至1.06%。",
        "facts": [
            ("poverty_people_lifted", "level", 13700.0, 2023, "", "actual", None),
            ("poverty_villages_exited", "level", 12.0, 2023, "", "actual", None),
            ("poverty_incidence", "level", 1.06, 2023, "", "actual", None),
        ],
        "absent": [],
        "cleaned": "“3 1 1”冲刺",
    },
    {
        # near miss: one wrap space inside a number in a wrapped paragraph still closes
        "id": "one_wrap_space_inside_a_number_closes",
        "text": "全县上下团结一心,攻坚克难,主要经济指标增速位居全市前 列,发展质量和效益稳步提升。城镇居民人均"
        "可支配收入达到3 8621元,农村居民人均可支 配收入17453元,人民群众获得 感明显增强。",
        "facts": [
            ("urban_income", "level", 38621.0, 2023, "", "actual", None),
            ("rural_income", "level", 17453.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        # an unwrapped line: a space inside a number is ambiguous and stays flagged, never guessed
        "id": "ambiguous_space_inside_a_number_is_not_guessed",
        "text": "城镇居民人均可支配收入达到3 8621元,增长5.8%。",
        "facts": [("urban_income", "yoy_pct", 5.8, 2023, "", "actual", None)],
        "absent": [
            ("urban_income", "level", 3.0),
            ("urban_income", "level", 8621.0),
            ("urban_income", "level", 38621.0),
        ],
    },
    {
        "id": "line_ending_in_a_figure_before_the_next_numbered_item",
        "text": "全县经济运行主要指标完成情况\n1.全县地区生产总值完成85.6亿元,增长7.2\n2.全县固定资产投资增长12.4%。",
        "facts": [
            ("gdp", "level", 85.6, 2023, "", "actual", None),
            ("fai", "yoy_pct", 12.4, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 7.22)],
        "cleaned": "增长7.2\n2.全县",
    },
    {
        "id": "list_of_targets_and_outturns_ending_in_figures",
        "text": "主要指标完成情况如下:\n1.地区生产总值:目标值85亿元,完成值85.6\n2.固定资产投资:目标增长10%,完成增长12.4\n"
        "3.一般公共预算收入:目标值9亿元,完成值9.53",
        "facts": [("gdp", "level", 85.0, 2023, "", "target", None)],
        "absent": [("gdp", "level", 85.62), ("fai", "yoy_pct", 12.43)],
        "cleaned": "完成值85.6\n2.固定",
    },
    {
        # near miss: a wrapped decimal and a number wrapped before its last digits still join
        "id": "wrapped_decimals_still_join",
        "text": "一年来,全县上下团结一心,攻坚克难,全县地区生产总值完成192.\n45亿元,比上年增长6.5%;外贸出口总额\n"
        "达到2\n.5亿元,一般公共预算收入完成25\n0.3亿元。",
        "facts": [
            ("gdp", "level", 192.45, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 250.3, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 192.0)],
    },
    {
        # near miss: a watermark token beside PM2.5 (the token goes, PM2.5 stays)
        "id": "watermark_beside_pm25",
        "text": "过去一年,全县上下团结一心,攻坚克难。pbY\n我们坚持以人民为中心的发展思想。pbY\n全年空气质量优良天数"
        "比例达到86.5%,细颗粒物(PM2.5)平均浓度为32微克/立方米。pbY\n社会大局和谐稳定。pbY",
        "facts": [
            ("good_air_rate", "level", 86.5, 2023, "", "actual", None),
            ("pm25", "level", 32.0, 2023, "", "actual", None),
        ],
        "absent": [("pm25", "level", 2.5)],
        "cleaned": "细颗粒物(PM2.5)平均浓度为32微克/立方米。\n社会",
    },
    {
        # near miss: a plain-text table whose rows open on a year keeps its cells apart
        "id": "table_rows_open_on_a_year",
        "text": "主要经济指标\n年份 地区生产总值(亿元) 增速(%)\n2022 80.1 6.8\n2023 85.6 7.2",
        "facts": [
            ("gdp", "level", 80.1, 2022, "", "actual", None),
            ("gdp", "level", 85.6, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 7.2, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level", 202280.1)],
    },
    {
        # near miss: (1) list markers in run-together text
        "id": "parenthesised_list_markers",
        "text": "一年来主要工作成效显著。(1)地区生产总值85.6亿元,增长7.2%。(2)森林覆盖率达到63.87%。",
        "facts": [
            ("gdp", "level", 85.6, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 7.2, 2023, "", "actual", None),
            ("forest_coverage", "level", 63.87, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
    if "cleaned" in case:
        assert case["cleaned"] in clean_text(case["text"]).text


# ---- near misses on the cleaned text: what looks like noise but is content stays
@pytest.mark.parametrize(
    "raw, kept",
    [
        ("[1]地区生产总值按可比价格计算。", "[1]地区生产总值"),  # a note opening its line
        ("主要任务: [2]加快产业转型。", "[2]加快"),  # after a space: a list marker
        (
            "销售体育彩票1.2亿元,建成智慧体育平台3个,开通4K体育直播平台。",
            "销售体育彩票1.2亿元,建成智慧体育平台3个,开通4K体育直播平台",
        ),
        ("城镇居民人均可支配收入增长8%;;农村居民人均可支配收入增长9%。", "增长8%;;农村"),
        ("细颗粒物浓度PM2.5<35微克/立方米,R&D经费投入增长12%。", "PM2.5<35微克/立方米,R&D经费"),
        (
            "新建10kV线路12条pbY\n建成5G基站120个pbY\n光伏装机12.5MW,细颗粒物(PM2.5)浓度32微克/立方米pbY\n社会稳定pbY",
            "新建10kV线路12条\n建成5G基站120个\n光伏装机12.5MW,细颗粒物(PM2.5)浓度32微克/立方米",
        ),
    ],
    ids=[
        "note_opening_a_line",
        "list_marker_after_a_space",
        "sports_lottery_and_platforms",
        "double_semicolon_after_percent",
        "units_after_digits_beside_a_watermark",
        "less_than_and_ampersand_in_content",
    ],
)
def test_content_that_looks_like_noise_stays(raw, kept):
    assert kept in clean_text(raw).text


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("李克强总理365体育投注,365体育备用网址赣南等地振兴发展。", "李克强总理,赣南等地振兴发展。"),
        (
            "全部安排到;;八大工程二十一项行动;;上。\n;;;;2024年1月12日",
            "全部安排到八大工程二十一项行动上。\n2024年1月12日",
        ),
        (
            "扎实开展冲刺清零行动[1]和专项提升行动[2],两不愁三保障[3]全面实现。",
            "扎实开展冲刺清零行动和专项提升行动,两不愁三保障全面实现。",
        ),
    ],
    ids=["gambling_spam", "semicolon_quotes", "footnote_markers"],
)
def test_noise_is_removed(raw, cleaned):
    assert clean_text(raw).text == cleaned


#: Paragraphs of a mirror page whose watermark token ends every line (the token of its own lines).
_OTHER_LINES = [
    "过去一年,全县上下团结一心,攻坚克难,各项事业取得新进展。",
    "我们坚持以人民为中心的发展思想,持续改善民生福祉。",
]


@pytest.mark.parametrize(
    "token, wrapped, clean",
    [
        (
            "pbY",
            "全县地区生产总值完成192.45{t}\n亿元,比上年增长6.5%。",
            "全县地区生产总值完成192.45亿元,比上年增长6.5%。",
        ),
        (
            "hd9",
            "全县地区生产总值完成1{t}\n92.45亿元,比上年增长6.5{t}\n%。",
            "全县地区生产总值完成192.45亿元,比上年增长6.5%。",
        ),
        ("jZD", "城镇居民人均可支配收入达到38621元,增长5.8{t}\n%,农村居民人均可支配收入1{t}\n7453元。", None),
        ("pbY", "一般公共预算收入完成1{t} 2.38亿元,同比增长8.2%。", "一般公共预算收入完成12.38亿元,同比增长8.2%。"),
        ("jgo", "森林覆盖率达到6{t}3.87%,比上年提高0.52个百分点。", "森林覆盖率达到63.87%,比上年提高0.52个百分点。"),
    ],
    ids=[
        "after_a_decimal_before_its_unit",
        "inside_a_number_and_before_percent",
        "every_line",
        "before_a_space",
        "glued_inside",
    ],
)
def test_watermark_glued_after_a_digit_is_removed(token, wrapped, clean):
    """A hard-wrapped line ending in a figure carries the mirror's token glued to a digit
    (``192.45pbY``): before, the token was read as another token (``45pbY``) and stayed, and the
    figure was lost."""
    lead = "一年来,我们坚持稳中求进工作总基调,全力以赴抓发展、惠民生、保稳定,经济运行稳中向好。"
    body = lead + wrapped.format(t=token)
    noisy = "\n".join(line + token for line in [*_OTHER_LINES, body, *_OTHER_LINES])
    if clean is None:
        clean = wrapped.format(t="").replace("\n", "")
    want = _facts("\n".join([*_OTHER_LINES, lead + clean, *_OTHER_LINES]), "clean")
    assert want and _facts(noisy, "noisy") == want
    assert token not in clean_text(noisy).text


#: A wrapped sentence with a line of page chrome between its halves.
_CHROME_INSIDE = (
    "一年来,我们坚持稳中求进工作总基调,全力以赴抓发展、惠民生、保稳定,全县地区生产总值完成192.\n{chrome}\n"
    "45亿元,比上年增长6.5%,经济运行稳中向好,主要经济指标增速位居全市前列。"
)


@pytest.mark.parametrize(
    "chrome",
    ["(下转第四版)", "扫一扫在手机打开当前页", "会员登录  新用户注册 退出", "首页 > 专题材料 > 政府报告"],
    ids=["page_jump", "qr_prompt", "login_bar", "guard_breadcrumb"],
)
def test_chrome_line_inside_a_wrapped_sentence_goes_with_its_line(chrome):
    """Before, a marker removed inline (page jump, QR prompt) left its line break, and a login bar was
    not chrome at all: the sentence stayed cut and its figure was lost."""
    got = _facts(_CHROME_INSIDE.format(chrome=chrome), "chrome_inside")
    assert ("gdp", "level", 192.45, 2023, "", "actual") in got


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("全县地区生产总值完成192.45亿元(下转第四版)。", "全县地区生产总值完成192.45亿元。"),
        ("全年退出贫困村12个。\n退出\n贫困人口全部脱贫。", "全年退出贫困村12个。\n退出\n贫困人口全部脱贫。"),
        ("县城新建停车位200个。\n登录注册需实名。", "县城新建停车位200个。\n登录注册需实名。"),
    ],
    ids=["marker_inside_a_line_takes_no_line", "word_exit_alone", "login_words_in_a_sentence"],
)
def test_chrome_near_misses(raw, cleaned):
    assert clean_text(raw).text == cleaned


#: A wrapped paragraph cut inside a figure by a page break, its page number on a line of its own.
_PAGE_BREAK = (
    "一年来,我们坚持稳中求进工作总基调,全力以赴抓发展、惠民生、保稳定,全县地区生产总值完成192.{mid}"
    "45亿元,比上年增长6.5%,经济运行稳中向好,主要经济指标增速位居全市前列。"
)


@pytest.mark.parametrize("mid", ["\n3\n", "\n12\n"], ids=["page_3", "page_12"])
def test_a_bare_page_number_is_not_joined_into_the_figure(mid):
    """Before, the page number was joined to the cut decimal (192.3, 192.12): an invented number."""
    text = _PAGE_BREAK.format(mid=mid)
    cleaned = clean_text(text).text
    assert "192.3" not in cleaned and "192.12" not in cleaned
    got = _facts(text, "page_number")
    assert not {f for f in got if f[0] == "gdp" and f[2] not in (None, 192.45, 6.5)}


@pytest.mark.parametrize(
    "mid", ["\n\n- 3 -\n\n", "\n\n\n第 3 页 共 10 页\n\n", "\n\n- 3 -\n\n- 4 -\n\n"], ids=["dashed", "page_of", "two"]
)
def test_a_figure_cut_by_a_page_break_between_blank_lines_is_rejoined(mid):
    """A page-number line between blank lines is a page break, not a paragraph break: the blank lines
    go with it (action page_break of boilerplate.csv). Before, the figure cut by it was lost."""
    got = _facts(_PAGE_BREAK.format(mid=mid), "page_break")
    assert ("gdp", "level", 192.45, 2023, "", "actual") in got


def test_a_page_break_between_paragraphs_stays_a_paragraph_break():
    raw = "经济运行稳中向好。\n\n- 3 -\n\n二、2024年工作安排\n\n第4页\n\n全年目标"
    assert clean_text(raw).text == "经济运行稳中向好。\n二、2024年工作安排\n全年目标"


@pytest.mark.xfail(
    strict=True,
    reason="a bare page number (192. / 3 / 45亿元) cannot be told from a table cell or the last line of "
    "a paragraph: it is not removed, so the figure it cuts is lost (safely: no wrong number).",
)
def test_a_figure_cut_by_a_bare_page_number_is_rejoined():
    got = _facts(_PAGE_BREAK.format(mid="\n3\n"), "page_break")
    assert ("gdp", "level", 192.45, 2023, "", "actual") in got


@pytest.mark.parametrize(
    "end",
    ["城镇居民人均可支配收入3862", "农村居民人均可支配收入达到1745"],
    ids=["income_cut", "income_cut_after_verb"],
)
def test_a_bare_figure_on_which_an_excerpt_stops_has_no_value(end):
    """An excerpt cut mid-number (…人均可支配收入3862 of 38621): before, 3862 was a level; now it is
    kept as printed, flagged, with no value."""
    text = "一年来,我们坚持稳中求进工作总基调,经济运行稳中向好。全县一般公共预算收入完成12.38亿元,增长8.2%。" + end
    f = passage_facts({"text": text, "id": "cut"}, META)
    cut = f[f.indicator.isin(["urban_income", "rural_income"])]
    assert len(cut) == 1 and cut.value.isna().all() and "cut_at_text_end" in cut["flags"].iloc[0]
    assert (f[f.indicator == "general_budget_revenue"].value.dropna() == 12.38).any()


@pytest.mark.parametrize(
    "text, value",
    [
        ("城镇居民人均可支配收入达到38621元", 38621.0),  # a unit after it: complete
        ("全县地区生产总值完成192.45亿", 192.45),  # cut inside the unit: the digits are all there
        ("主要指标完成情况\n地区生产总值(亿元) 512.3 增长7.5%\n森林覆盖率(%) 62.3", 62.3),  # a semi-table line
    ],
    ids=["unit_after_it", "cut_inside_the_unit", "semi_table_line"],
)
def test_a_figure_with_its_unit_at_the_text_end_keeps_its_value(text, value):
    f = passage_facts({"text": text, "id": "end"}, META)
    assert (f.value == value).any()


def _column(text: str, width: float) -> str:
    """*text* set in a column *width* full-width characters wide (ASCII letters, digits, '.' take half)."""
    lines, cur, w = [], "", 0.0
    for ch in text:
        cw = 0.5 if ch.isascii() and (ch.isalnum() or ch == ".") else 1.0
        if w + cw > width and cur:
            lines.append(cur)
            cur, w = "", 0.0
        cur, w = cur + ch, w + cw
    return "\n".join([*lines, cur])


_COLUMN_TEXT = (
    "过去一年,全县上下团结一心,攻坚克难,各项事业取得新进展,人民群众获得感明显增强。"
    "一年来,我们坚持稳中求进工作总基调,全力以赴抓发展、惠民生、保稳定,经济运行稳中向好。"
    "{pad}全县地区生产总值完成192.45亿元,比上年增长6.5%;一般公共预算收入完成12.38亿元,同比增长8.2%;"
    "城镇居民人均可支配收入达到38621元,增长5.8%;森林覆盖率达到63.87%,比上年提高0.52个百分点。"
    "主要经济指标增速位居全市前列,发展质量和效益稳步提升。"
)


@pytest.mark.parametrize("width", [12, 14, 16, 18])
@pytest.mark.parametrize("pad", ["", "今年", "同时,"], ids=["pad0", "pad2", "pad3"])
def test_a_narrow_column_is_joined(width, pad):
    """A newspaper page: a narrow column (12-18 characters a line, below the 20 from which a line
    is taken for a wrapped one). Before, no line was joined and the figures cut by a line end were
    lost; now the column's width is read from the text (most lines share it, and they are slices of
    prose: a clause break inside)."""
    clean = _COLUMN_TEXT.format(pad=pad)
    assert _facts(_column(clean, width), "column") == _facts(clean, "clean")


def test_a_list_of_short_items_is_no_column():
    """Near miss: lines of one width that are items, not slices of prose, keep their lines."""
    items = [
        "坚持稳中求进总基调",
        "全力以赴抓发展保稳",
        "持续改善民生福祉提",
        "推进乡村振兴战略实",
        "加快产业转型升级步",
        "深化重点领域改革攻",
        "扎实推进生态文明建",
        "统筹发展和安全工作",
        "持续优化营商环境",
    ]
    raw = "主要工作\n" + "\n".join(items) + "\n全年地区生产总值增长6.5%。"
    assert clean_text(raw).text == raw


_SPACED_LEAD = "一年来,我们坚持稳中求进工作总基调,经济运行稳中向好。\n"


@pytest.mark.parametrize(
    "spaced",
    [
        "全 县 地 区 生 产 总 值 完 成 1 9 2 . 4 5 亿 元 , 比 上 年 增 长 6 . 5 % 。",
        "全 县 地 区 生 产 总 值 完 成 192.45 亿 元 , 比 上 年 增 长 6.5% 。",
        "全 县 地 区 生 产 总 值 完 成 1 9\n2 . 4 5 亿 元 , 比 上 年 增 长 6 . 5 % 。",
    ],
    ids=["figures_spaced", "figures_whole", "wrapped_inside_the_figure"],
)
def test_a_letter_spaced_line_is_closed(spaced):
    """A PDF converter spacing every character of a line: before, the line was taken for spaced
    titles and cut, and its figures (1 9 2 . 4 5) were lost."""
    got = _facts(_SPACED_LEAD + spaced, "spaced")
    assert got == _facts(_SPACED_LEAD + "全县地区生产总值完成192.45亿元,比上年增长6.5%。", "plain")


def test_a_table_row_of_single_digits_is_no_letter_spaced_line():
    """Near miss: cells of single digits keep their spaces (never one number 123456789)."""
    raw = "各乡镇贫困村退出情况\n乡镇 甲 乙 丙 丁 戊 己 庚 辛 壬\n个数 1 2 3 4 5 6 7 8 9\n1 2 3 4 5 6 7 8 9 0"
    cleaned = clean_text(raw).text
    assert "个数 1 2 3 4 5 6 7 8 9" in cleaned and "1 2 3 4 5 6 7 8 9 0" in cleaned


def test_heading_then_paragraph_on_a_year_still_breaks():
    """Near miss of the double-space rule: a heading and a paragraph opening on a year."""
    raw = "一、2023年工作回顾  2023年,全县地区生产总值完成85.6亿元,增长7.2%,一般公共预算收入完成9.53亿元。"
    assert clean_text(raw).text.startswith("一、2023年工作回顾\n2023年,")
