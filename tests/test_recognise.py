"""Tests for the recognise stage (issue 2): document metadata from a report's cleaned text.

Gold: ../shared/gold/seeds_meta.csv, dev_meta.csv and ../shared/corpus/series/SOURCES.csv.
Run ``pytest -q -s tests/test_recognise.py`` to see the per-field accuracy tables.
"""

from __future__ import annotations

import csv
import dataclasses
import time
from pathlib import Path

import pytest
from passages import META_FIELDS

import govkit
from govkit.core.resources import data_path, read_table
from govkit.text.clean import clean_text
from govkit.text.recognise import recognise
from govkit.text.regions import gazetteer
from govkit.text.report_types import report_types

FIELDS = META_FIELDS
KEYS = {
    "region",
    "level",
    "province",
    "prefecture",
    "adcode",
    "anonymised",
    "report_type",
    "report_date",
    "year",
    "plan_years",
    "title",
}

# --------------------------------------------------------------------------------------------
# gold sets and a scoring helper


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


#: The series SOURCES.csv names finer genres; the data file maps each to the shared vocabulary.
_VOCABULARY_OF_GENRE = {r["genre"]: r["report_type"] for r in read_table(data_path("report_types.csv"))}


def gold_set(shared: Path, name: str) -> list[tuple[Path, dict]]:
    """(file, gold row) for 'seeds', 'dev', 'dev2' or 'series' of *shared* (series rows have no adcode/level column)."""
    if name == "series":
        out = []
        for r in _read(shared / "corpus" / "series" / "SOURCES.csv"):
            out.append(
                (
                    shared / "corpus" / "series" / r["file"],
                    {
                        "doc_id": Path(r["file"]).stem,
                        "region": r["region"],
                        "level": "county",
                        "province": r["province"],
                        "prefecture": r["prefecture"],
                        "report_type": _VOCABULARY_OF_GENRE.get(r["report_type"], r["report_type"]),
                        "report_date": r["report_date"],
                        "year": r["year_reviewed"],
                    },
                )
            )
        return out
    return [(shared / "corpus" / name / f"{r['doc_id']}.txt", r) for r in _read(shared / "gold" / f"{name}_meta.csv")]


def _as_str(v) -> str:
    return "" if v is None else str(v)


def score(pairs: list[tuple[dict, dict]], title: str = "") -> dict[str, tuple[int, int]]:
    """Per-field (right, total) over (predicted meta, gold row) pairs; prints a table and the misses."""
    result: dict[str, tuple[int, int]] = {}
    misses = []
    for f in FIELDS:
        right = total = 0
        for pred, gold in pairs:
            if f not in gold:
                continue
            total += 1
            ok = (
                (int(pred[f]) == int(gold[f]))
                if f == "year" and gold[f] and pred[f] is not None
                else _as_str(pred.get(f)) == _as_str(gold[f])
            )
            right += ok
            if not ok:
                misses.append(f"  {gold['doc_id']}.{f}: got {pred.get(f)!r}, gold {gold[f]!r}")
        if total:
            result[f] = (right, total)
    print(f"\n{title}: " + "  ".join(f"{f} {r}/{t}" for f, (r, t) in result.items()))
    print("\n".join(misses))
    return result


def _minimal_clean(raw: str) -> str:
    import opencc

    fw = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in "，：；（）！？"}
    return opencc.OpenCC("t2s").convert(raw).translate(fw)


def _predict(shared: Path, name: str, via: str = "document") -> list[tuple[dict, dict]]:
    pairs = []
    for path, gold in gold_set(shared, name):
        if via == "document":
            meta = govkit.load_document(path).meta
        elif via == "cleaned":  # directly on the cleaned text, with the cleaning stage's hints
            cleaned = clean_text(path.read_text(encoding="utf-8"))
            meta = recognise(cleaned.text, gold["doc_id"], cleaned.hints)
        else:  # a minimal cleaning (simplified characters, half-width forms), chrome left in, no hints
            meta = recognise(_minimal_clean(path.read_text(encoding="utf-8")), gold["doc_id"])
        pairs.append((dataclasses.asdict(meta), gold))
    return pairs


# --------------------------------------------------------------------------------------------
# targets on the contract sets


@pytest.mark.parametrize("via", ["document", "cleaned", "minimal"])
def test_seeds_every_field(via, shared_dir):
    res = score(_predict(shared_dir, "seeds", via), f"seeds ({via})")
    for f in FIELDS:
        right, total = res[f]
        assert right == total, f"seeds: {f} {right}/{total}"


#: Fields right at the figures reached (document and minimal cleaning alike). dev_08 is a township
#: report (木棠镇) that names neither its prefecture nor its province; dev2_10's gold adcode is
#: blank for 横州市 (a city since 2021) where govkit gives 450181; dev2 report dates: the gold
#: leaves some publish dates out; dev2 types: three news pages and a traditional-script excerpt
#: with neither title nor genre words.
REACHED = {
    "dev": dict(region=20, level=20, province=19, prefecture=19, adcode=19, report_type=20, report_date=20, year=20),
    "dev2": dict(region=30, level=30, province=30, prefecture=30, adcode=29, report_type=27, report_date=25, year=29),
    "series": dict(region=20, level=20, province=20, prefecture=20, report_type=20, report_date=20, year=20),
}


@pytest.mark.parametrize(
    ("name", "via"), [("dev", "document"), ("dev", "minimal"), ("dev2", "document"), ("series", "document")]
)
def test_metadata_at_the_figures_reached(name, via, shared_dir):
    res = score(_predict(shared_dir, name, via), f"{name} ({via})")
    low = {f: (res[f][0], n) for f, n in REACHED[name].items() if res[f][0] < n}
    assert not low, f"{name}: fields below the figures reached (right, reached): {low}"


def test_gold_report_types_are_in_the_vocabulary(shared_dir):
    names = {t.name for t in report_types()}
    gold = {g["report_type"] for name in ("seeds", "dev", "dev2", "series") for _, g in gold_set(shared_dir, name)}
    assert gold <= names, gold - names


def test_meta_keys_and_types(shared_dir):
    path, _ = gold_set(shared_dir, "seeds")[0]
    meta = dataclasses.asdict(recognise(clean_text(path.read_text(encoding="utf-8")).text, "x"))
    assert KEYS <= set(meta)
    assert isinstance(meta["anonymised"], bool)
    assert isinstance(meta["plan_years"], list) and all(isinstance(y, int) for y in meta["plan_years"])
    assert meta["year"] is None or isinstance(meta["year"], int)


# --------------------------------------------------------------------------------------------
# behaviour on constructed texts (the genre's variants, not the contract documents)


def rec(text: str, **hints) -> dict:
    return dataclasses.asdict(govkit.document_from_text(text, "t", hints=hints or None).meta)


def test_session_line_names_the_county_and_the_date():
    m = rec(
        "政府工作报告\n——2021年1月20日在宁强县第十八届人民代表大会第六次会议上\n县长 张三\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作。\n一、2020年工作回顾\n2020年,全县地区生产总值增长3%。\n二、2021年工作安排\n"
    )
    assert (m["region"], m["level"], m["province"], m["prefecture"], m["adcode"]) == (
        "宁强县",
        "county",
        "陕西省",
        "汉中市",
        "610726",
    )
    assert (m["report_type"], m["report_date"], m["year"]) == ("政府工作报告", "2021-01-20", 2020)
    assert m["plan_years"] == [2021] and m["title"] == "政府工作报告" and m["anonymised"] is False


def test_traditional_characters_and_chinese_numeral_dates():
    m = rec(
        "舒城縣2019年政府工作報告\n——二〇一九年一月三日在舒城縣第十七屆人民代表大會第三次會議上\n各位代表:\n一、2018年工作回顧\n"
    )
    assert (m["region"], m["adcode"], m["report_date"], m["year"]) == ("舒城县", "341523", "2019-01-03", 2018)


@pytest.mark.parametrize(
    "text,adcode,province,prefecture",
    [
        (
            "政府工作报告\n——2023年1月8日在长春市朝阳区第十七届人民代表大会第二次会议上\n各位代表:\n我代表区人民政府报告工作。全区上下\n",
            "220104",
            "吉林省",
            "长春市",
        ),
        (
            "北京市朝阳区2023年政府工作报告\n各位代表:\n我代表朝阳区人民政府向大会报告工作。全区上下\n",
            "110105",
            "北京市",
            "",
        ),
        ("朝阳区政府工作报告\n各位代表:\n我代表区人民政府向大会报告工作。全区上下\n", "", "", ""),
    ],
)
def test_duplicate_county_names_are_resolved_by_context_or_left_blank(text, adcode, province, prefecture):
    m = rec(text)
    assert (m["region"], m["adcode"], m["province"], m["prefecture"]) == ("朝阳区", adcode, province, prefecture)


@pytest.mark.parametrize(
    "text",
    [
        "X县2022年政府工作报告\n各位代表:\n我代表县人民政府向大会报告工作。全县上下,全市排名第二。\n",
        "**县人民政府工作报告\n——2022年1月10日在**县第十八届人民代表大会第一次会议上\n各位代表:\n全县上下\n",
        "某县2022年工作总结\n2022年,全县深入推进示范县建设,获评模范县、示范县。\n",
        "一、2023年工作回顾\n一年来,在省委、地委和县委的坚强领导下,县政府扎实工作,全县经济稳中有进。\n",
    ],
)
def test_anonymised_counties_are_never_guessed(text):
    m = rec(text)
    assert m["anonymised"] is True and m["level"] == "anonymised"
    assert m["region"] == m["adcode"] == m["prefecture"] == ""


def test_anonymised_report_keeps_a_province_named_by_a_set_phrase():
    m = rec(
        "在全县2023年度工作总结大会上的讲话\n同志们:\n2023年,全县上下深入学习贯彻总书记来陕考察重要讲话精神。"
        "下面我讲三点意见。\n"
    )
    assert (m["anonymised"], m["province"], m["report_type"], m["year"]) == (True, "陕西省", "讲话", 2023)
    m = rec("一、2023年工作回顾\n县政府深入贯彻习近平总书记视察龙江重要讲话精神,全县上下…\n")
    assert (m["region"], m["province"]) == ("", "黑龙江省")


def test_townships_take_their_countys_code():
    m = rec(
        "政府工作报告\n2021年10月25日\n在巴中市恩阳区双胜镇第二十届人民代表大会第一次会议上\n各位代表:\n"
        "现在,我代表镇人民政府向大会报告工作。\n一、过去五年工作回顾\n五年来,全镇…\n"
    )
    assert (m["region"], m["level"], m["prefecture"], m["adcode"], m["year"]) == (
        "双胜镇",
        "township",
        "巴中市",
        "511903",
        2021,
    )
    # a township of a prefecture-level city without counties takes the city's code
    m = rec(
        "儋州市木棠镇2019年政府工作报告\n各位代表:\n我代表镇人民政府向大会报告工作。\n一、2018年工作回顾\n全镇上下…\n"
    )
    assert (m["region"], m["level"], m["province"], m["prefecture"], m["adcode"]) == (
        "木棠镇",
        "township",
        "海南省",
        "儋州市",
        "460400",
    )
    # a township whose county is never named: no prefecture, no code
    m = rec(
        "乡镇2020年脱贫攻坚工作汇报\n一、基本情况\n同心镇辖区面积139平方公里,全镇总人口7587户。全镇建档立卡贫困户755户,我镇…\n"
    )
    assert (m["region"], m["level"], m["prefecture"], m["adcode"], m["report_type"]) == (
        "同心镇",
        "township",
        "",
        "",
        "工作汇报",
    )


def test_county_level_city_and_prefecture_level_city():
    m = rec(
        "政府工作报告\n——2017年2月27日在沙河市第八届人民代表大会第一次会议上\n各位代表:\n我代表沙河市人民政府报告工作。全市…\n"
    )
    assert (m["region"], m["level"], m["prefecture"], m["adcode"]) == ("沙河市", "county", "邢台市", "130582")
    m = rec(
        "政府工作报告\n——2024年1月15日在怀化市第六届人民代表大会第四次会议上\n各位代表:\n我代表市人民政府报告工作。"
        "全市生产总值增长5%,鹤城区、会同县分别增长…\n"
    )
    assert (m["region"], m["level"], m["adcode"], m["year"]) == ("怀化市", "city", "431200", 2023)


def test_garbled_session_date_is_resolved_by_the_publish_date():
    text = "政府工作报告\n——2019123日在武汉市武昌区第十五届人民代表大会第四次会议上\n各位代表:\n我代表区人民政府报告工作。\n2018年工作回顾\n"
    assert rec(text, published_date="2019-01-28")["report_date"] == "2019-01-23"
    assert rec(text)["report_date"] == ""  # 2019-01-23 or 2019-12-03: skipped


def test_publish_date_is_the_date_only_where_the_type_has_no_delivery_date():
    body = (
        "2021年,全县上下深入学习贯彻来陕考察重要讲话精神,各项工作稳步推进。印发镇巴县生态经济示范县实施方案,"
        "制定镇巴县城镇生活垃圾分类方案,平安镇巴建设…\n"
    )
    m = rec("2021年度目标责任考核任务完成情况的自查报告\n" + body, published_date="2021-12-27")
    assert (m["report_type"], m["report_date"], m["year"], m["region"]) == (
        "考核自查报告",
        "2021-12-27",
        2021,
        "镇巴县",
    )
    m = rec(
        "政府工作报告\n各位代表:\n我代表县人民政府报告工作。\n一、2020年工作回顾\n会同县…全县\n",
        published_date="2021-02-05",
    )
    assert m["report_date"] == "" and m["year"] == 2020


def test_news_story_of_the_session():
    m = rec(
        "浏阳市十七届人大三次会议开幕\n红网时刻1月10日讯(记者 张三)浏阳市第十七届人民代表大会第三次会议昨日上午开幕。"
        "市长代表市人民政府作《政府工作报告》。报告全面回顾了2017年工作。全市…\n",
        published_date="2018-01-10",
    )
    assert (m["region"], m["report_type"], m["report_date"], m["year"]) == (
        "浏阳市",
        "新闻报道",
        "2018-01-09",
        2017,
    )


@pytest.mark.parametrize(
    "snippet,plans",
    [
        (
            "一、2020年工作回顾\n2020年,全县…\n二、“十四五”时期主要目标\n到2025年,地区生产总值达到140亿元。\n三、2021年工作安排\n",
            [2021, 2022, 2023, 2024, 2025],
        ),
        ("一、2021年工作回顾\n2021年是“十四五”开局之年,全县…\n二、2022年主要任务\n", [2022]),
    ],
)
def test_plan_years(snippet, plans):
    m = rec("政府工作报告\n各位代表:\n我代表县人民政府报告工作。\n" + snippet)
    assert m["plan_years"] == plans


@pytest.mark.parametrize(
    "text,rtype",
    [
        ("2023年缙云县国民经济和社会发展统计公报\n2023年,全县…\n", "统计公报"),
        (
            "关于2023年国民经济和社会发展计划执行情况\n与2024年国民经济和社会发展计划报告\n——2024年1月5日在房县第十九届人民代表大会第三次会议上\n",
            "计划执行情况报告",
        ),
        (
            "今年以来,全县统筹疫情防控和经济社会发展,上半年全县主要经济指标持续向好。2021年上半年,全县生产总值…\n",
            "经济运行分析",
        ),
        ("永顺县2021年一季度经济运行情况分析\n永顺县统计局\n一季度,全县地区生产总值完成32.6亿元。\n", "经济运行分析"),
        ("平江县2023年前三季度经济运行情况\n前三季度,全县实现地区生产总值198.42亿元。\n", "经济运行分析"),
        ("2022年1-8月全县主要经济指标运行情况\n1-8月,全县规模以上工业增加值增长7.4%。\n", "经济运行分析"),
        ("巴中市恩阳区2021年5月环境质量公报\n5月,城区空气质量优良率为100%。\n", "环境质量公报"),
        ("安乐河镇2017年度目标责任考核指标\n类别\n考核指标\n", "考核自查报告"),
        ("市委:\n2022年是本届政府的开局之年。全县…\n专此报告。\n", "工作总结"),
        ("在2021年芷江县脱贫攻坚总结表彰大会上的讲话\n同志们:\n八年来,全县上下尽锐出战。\n", "讲话"),
        ("在全县扶贫工作总结会议上的讲话\n同志们:\n今天召开会议,总结全年扶贫工作。\n", "讲话"),
        ("芷江县2020年脱贫攻坚工作总结\n2020年,全县剩余贫困人口全部脱贫。\n", "工作总结"),
    ],
)
def test_report_types(text, rtype):
    assert rec(text)["report_type"] == rtype


def test_common_words_are_not_taken_for_counties():
    # 示范县 ⊃ 范县, 环县城 ⊃ 环县, 合作社 ⊃ 合作(市), 资源 (资源县), 城区 (a district of 晋城)
    m = rec("一、2022年工作回顾\n全县推进示范县建设,环县城公园、合作社、资源整合、城区改造全面铺开。我县…\n")
    assert m["region"] == "" and m["anonymised"] is True


# --------------------------------------------------------------------------------------------
# the division table and speed


def test_division_codes_come_from_the_division_table():
    from govkit.text.regions import division_table

    table = {r.adcode: r.name for r in division_table() if r.is_current}
    g = gazetteer()
    assert len(g.by_code) > 3000
    assert g.by_code["511903"].name == "恩阳区" == table["511903"]
    assert g.by_code["500242"].short == "酉阳"
    # every unit in force is there; the others are older names of the table
    assert set(table) <= set(g.by_code)
    assert {c for c in g.by_code if c not in table} <= {r.adcode for r in division_table()}


def test_recognition_is_cheap(shared_dir):
    texts = [clean_text(p.read_text(encoding="utf-8")).text for p, _ in gold_set(shared_dir, "seeds")]
    doc = max(texts, key=len)
    doc = (doc * 2).encode()[:20_000].decode("utf-8", "ignore")  # 20 KB of UTF-8
    recognise(doc)  # loads the tables once
    best = float("inf")
    for _ in range(5):  # CPU time of this process, best of five: other processes' load does not count
        t0 = time.process_time()
        for _ in range(10):
            recognise(doc)
        best = min(best, (time.process_time() - t0) / 10)
    assert best < 0.005, f"{best * 1000:.1f} ms per 20 KB document"


def test_unit_renamed_in_2019_has_its_new_code():
    # 邵东县 (430521) became 邵东市 (430582) in 2019
    m = rec(
        "政府工作报告\n——2021年1月12日在邵东市第十八届人民代表大会第五次会议上\n各位代表:\n我代表市人民政府报告工作。全市…\n"
    )
    assert (m["region"], m["level"], m["province"], m["prefecture"], m["adcode"]) == (
        "邵东市",
        "county",
        "湖南省",
        "邵阳市",
        "430582",
    )


def test_province_in_the_title_of_an_anonymised_report_and_a_prefecture_beside_a_township():
    m = rec("(河南省)2020年某县人民政府工作报告\n各位代表:\n我代表县人民政府报告工作。全县…\n")
    assert (m["anonymised"], m["province"], m["prefecture"]) == (True, "河南省", "")
    m = rec(
        "政府工作报告\n——2021年3月2日在怀化市城关镇第十届人民代表大会第五次会议上\n各位代表:\n我代表镇人民政府报告工作。全镇…\n"
    )
    assert (m["region"], m["level"], m["province"], m["prefecture"], m["adcode"]) == (
        "城关镇",
        "township",
        "湖南省",
        "怀化市",
        "",
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("古丈县2020年脱贫攻坚工作总结\n2014年以来,全县共识别建档立卡贫困户9325户。2020年,剩余159户全部脱贫。\n", 2020),
        ("沅陵县2019年扶贫工作汇报\n2016年以来,全县累计投入扶贫资金12亿元,贫困村全部出列。\n", 2019),
        ("会同县林业局2021年工作总结\n2016年以来,全县累计完成人工造林12万亩,森林覆盖率达77%。\n", 2021),
    ],
)
def test_a_span_opening_does_not_date_a_period_document(text, year):
    """2014年以来,… opening the body of 2020年…工作总结 is the start of a span: the title's year is the year."""
    assert recognise(text).year == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("在2021年辰溪县三级干部大会上的讲话\n2021年2月22日\n同志们:\n过去的一年,我们经受住了考验。\n", 2020),
        ("在2022年全县经济工作会议上的讲话\n(2022年1月18日)\n同志们:\n刚刚过去的一年,全县经济稳中有进。\n", 2021),
        ("在2022年全县脱贫攻坚推进会上的讲话\n(2022年11月25日)\n同志们:\n今年以来,全县上下攻坚克难。\n", 2022),
    ],
)
def test_a_speech_titled_with_its_meetings_year_reviews_the_year_its_date_says(text, year):
    """A meeting of January–April titled with its own year (2021年…三级干部大会) looks back on the year before."""
    assert recognise(text).year == year


def test_a_quarterly_review_is_dated_by_its_title():
    """2021年一季度经济运行情况分析: its figures are of 2021 (without a type, no year was read)."""
    meta = recognise(
        "永顺县2021年一季度经济运行情况分析\n永顺县统计局\n一季度,全县地区生产总值完成32.6亿元,同比增长18.2%。\n"
    )
    assert (meta.report_type, meta.year) == ("经济运行分析", 2021)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("新化县2023年上半年经济运行情况\n上半年,全县地区生产总值完成168.2亿元。\n", "新化县"),
        ("涟源市2022年1-8月主要经济指标\n1-8月,全市规模以上工业增加值增长7.4%。\n", "涟源市"),
        ("泸溪县2021年三季度经济运行简报\n前三季度,全县地区生产总值增长6.1%。\n", "泸溪县"),
    ],
)
def test_a_part_year_review_is_titled(text, region):
    """经济运行情况 / 主要经济指标 / 简报: the top line is a title, which names the region."""
    assert recognise(text).region == region
