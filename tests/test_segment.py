"""Stage 4 (segment): sections and sentences of cleaned text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govkit.core.document import Section
from govkit.pipeline.corpus import document_from_text, load_document
from govkit.text.clean import clean_text
from govkit.text.segment import is_heading_line, is_unnumbered_heading, split_sections, split_sentences

REPORT = """政府工作报告
各位代表:
一、2020年工作回顾
2020年是极不平凡的一年。全县实现生产总值152.97亿元,增长3.9%。
(一)压紧压实工作责任。制定实施方案,成立工作专班。
1.有特色产业。
(1)全镇贫困户755户;覆盖率99.19%!
(2)合作社应有5个,已有9个?
2.有住房保障。
(二)强化驻村帮扶力量
选派驻村工作队132支。
二、2021年工作安排
今年的主要预期目标是:生产总值增长6.5%左右。"""


def spans(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_numbered_sections_levels_markers_titles_and_ends():
    secs = split_sections(REPORT)
    got = [(s.level, s.marker, s.title) for s in secs]
    assert got == [
        (1, "一、", "2020年工作回顾"),
        (2, "(一)", "压紧压实工作责任"),
        (3, "1.", "有特色产业"),
        (4, "(1)", "全镇贫困户755户"),
        (4, "(2)", "合作社应有5个,已有9个"),
        (3, "2.", "有住房保障"),
        (2, "(二)", "强化驻村帮扶力量"),
        (1, "二、", "2021年工作安排"),
    ]
    by_title = {s.title: s for s in secs}
    one, two = by_title["2020年工作回顾"], by_title["2021年工作安排"]
    assert REPORT[one.start :].startswith("一、2020年工作回顾")
    assert one.end == two.start and two.end == len(REPORT)
    sub1, sub2 = by_title["压紧压实工作责任"], by_title["强化驻村帮扶力量"]
    assert sub1.end == sub2.start and sub2.end == two.start
    item1 = by_title["有特色产业"]
    assert item1.end == by_title["有住房保障"].start
    assert by_title["有住房保障"].end == sub2.start
    # every section lies inside its parent
    for s in secs:
        assert 0 <= s.start < s.end <= len(REPORT)
        assert REPORT[s.start : s.start + len(s.marker)] == s.marker


def test_document_section_path():
    doc = document_from_text(REPORT, "t")
    pos = REPORT.index("覆盖率99.19%")
    assert [s.title for s in doc.section_path(pos)] == [
        "2020年工作回顾",
        "压紧压实工作责任",
        "有特色产业",
        "全镇贫困户755户",
    ]


def test_paren_arabic_first_is_level_3():
    text = "一、工作情况\n(1)第一项工作。\n1.细项。\n(2)第二项工作。"
    assert [(s.level, s.marker) for s in split_sections(text)] == [(1, "一、"), (3, "(1)"), (4, "1."), (3, "(2)")]


def test_unnumbered_headings():
    text = (
        "各位代表:\n2020年工作及“十三五”发展回顾\n2020年是极不平凡的一年。\n“十四五”时期目标任务\n"
        "——经济发展取得新成效。\n2021年工作安排\n今年的主要预期目标是:增长6.5%。"
    )
    secs = split_sections(text)
    assert [(s.level, s.marker, s.title) for s in secs] == [
        (1, "", "2020年工作及“十三五”发展回顾"),
        (1, "", "“十四五”时期目标任务"),
        (1, "", "2021年工作安排"),
    ]
    assert secs[0].end == secs[1].start and secs[2].end == len(text)


def test_unnumbered_heading_above_numbered_sections_is_level_0():
    text = (
        "2025年和“十四五”工作回顾\n刚刚过去的2025年,全县经济稳中有进。\n一、经济运行量质齐升\n"
        "全年完成地区生产总值181.8亿元。\n二、民生保障有力\n城乡居民收入增长5.5%。\n2026年工作安排\n今年预期目标增长6%。"
    )
    secs = split_sections(text)
    assert [(s.level, s.title) for s in secs] == [
        (0, "2025年和“十四五”工作回顾"),
        (1, "经济运行量质齐升"),
        (1, "民生保障有力"),
        (0, "2026年工作安排"),
    ]
    assert secs[0].end == text.index("2026年工作安排")
    doc = document_from_text(text, "t")
    pos = text.index("181.8")
    assert [s.title for s in doc.section_path(pos)] == ["2025年和“十四五”工作回顾", "经济运行量质齐升"]


def test_heading_recognition():
    for line in [
        "过去五年工作回顾",
        "2021年工作安排",
        "今后五年的目标任务",
        "2020年工作及“十三五”发展回顾",
        "“十四五”时期目标任务",
        "2019年和今年以来工作回顾",
    ]:
        assert is_unnumbered_heading(line), line
    for line in [
        "政府工作报告",
        "回顾过去五年,我们深感责任重大。",
        "各位代表:",
        "——经济发展取得新成效",
        "全年实现生产总值152.97亿元",
        "2020年是极不平凡的一年,我们回顾",
    ]:
        assert not is_unnumbered_heading(line), line
    assert is_heading_line("一、2018年工作回顾")
    assert is_heading_line("(一)巩固提升脱贫成果")
    assert not is_heading_line("(一)压紧压实工作责任。制定实施方案。")  # a paragraph with an inline heading
    assert not is_heading_line("1.5万亩高标准农田建成")


def test_not_headings():
    text = (
        "1.5万亩高标准农田建成。\n2018年全县生产总值增长8%。\n一是重精准抓关键。\n(GDP)增长6%。\n——经济发展取得新成效。"
    )
    assert split_sections(text) == []


def test_lost_numeral_heading():
    text = "(二)强化帮扶。选派干部。\n()全面巩固脱贫成果。创新机制。\n(四)加快衔接。"
    assert [(s.level, s.marker, s.title) for s in split_sections(text)] == [
        (2, "(二)", "强化帮扶"),
        (2, "()", "全面巩固脱贫成果"),
        (2, "(四)", "加快衔接"),
    ]


def test_long_title_is_capped():
    text = "1." + "债务管理加强债务管理严格控制债务规模" * 5
    (sec,) = split_sections(text)
    assert len(sec.title) == 60


# ---------------------------------------------------------------------------------------
# sentences
# ---------------------------------------------------------------------------------------
def test_sentences_split_at_terminal_punctuation_and_line_breaks():
    text = "各位代表:\n  全年增长3.9%;财政收入17.57亿元。“十四五”开局良好。”他说!真的吗?\n\n最后一句没有句号  \n"
    assert spans(text) == [
        "各位代表:",
        "全年增长3.9%;",
        "财政收入17.57亿元。",
        "“十四五”开局良好。”",
        "他说!",
        "真的吗?",
        "最后一句没有句号",
    ]


def test_sentences_keep_decimals_and_ellipsis():
    assert spans("增长3.9%,达到1.2万亩……继续推进。") == ["增长3.9%,达到1.2万亩……继续推进。"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("政府年增长 亿元\n\t。!?;,:“”《》0123456789.％！？；\u3000"), max_size=200))
def test_sentence_spans_properties(text):
    result = split_sentences(text)
    prev_end = 0
    covered = set()
    for s, e in result:
        assert prev_end <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip() and piece
        assert "\n" not in piece  # never crosses a paragraph break
        covered.update(range(s, e))
        prev_end = e
    # every visible character belongs to a sentence
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_sections_never_crash_and_nest(text):
    secs = split_sections(text)
    for s in secs:
        assert isinstance(s, Section)
        assert 0 <= s.start < s.end <= len(text)
    starts = [s.start for s in secs]
    assert starts == sorted(starts)


# ---------------------------------------------------------------------------------------
# real documents
# ---------------------------------------------------------------------------------------
def test_zhenba_sections(shared_corpus):
    doc = load_document(shared_corpus("seeds") / "zhenba_2021_self_assessment.txt")
    top = [(s.marker, s.title) for s in doc.sections if s.level == 1]
    assert top[:4] == [
        ("一、", "不断巩固拓展脱贫成效,乡村振兴实现良好开局"),
        ("二、", "攻坚克难砥砺实干,经济发展行稳致远"),
        ("三、", "大力保障和改善民生,人民至上得到彰显"),
        ("四、", "党的建设全面加强,基层治理创新开展"),
    ]
    first = next(s for s in doc.sections if s.marker == "(一)")
    assert first.title == "压紧压实工作责任"
    pos = doc.text.index("8892933人")
    assert [s.marker for s in doc.section_path(pos)] == ["一、", "(一)"]


def test_huitong_sections_from_run_together_pdf_text(shared_corpus):
    doc = load_document(shared_corpus("seeds") / "huitong_2021_work_report.txt")
    titles = [(s.level, s.title) for s in doc.sections]
    assert titles[:2] == [(1, "2020年工作及“十三五”发展回顾"), (1, "“十四五”时期目标任务")]
    pos = doc.text.index("全年完成投资54.68亿元")
    assert [s.title for s in doc.section_path(pos)] == ["2020年工作及“十三五”发展回顾"]
    sentence = doc.text[slice(*doc.sentence_at(doc.text.index("规模工业增加值增长6.5%")))]
    assert sentence == "规模工业增加值增长6.5%;"


def test_dev_sentences_are_clean_spans(shared_corpus):
    for path in sorted(shared_corpus("dev").glob("*.txt")):
        text = clean_text(path.read_text(encoding="utf-8")).text
        result = split_sentences(text)
        assert result, path
        for s, e in result:
            piece = text[s:e]
            assert piece and piece == piece.strip() and "\n" not in piece
