"""The words that name the report's own region (全县, 我县 in a county's report, 全镇 in a township's, the
region's name and its abbreviations, 县域 in a county's): made once per document from its metadata
(:mod:`govkit.facts.extract`) and handed to :mod:`govkit.facts.blocking` and :mod:`govkit.facts.other_places`,
which tell the region's own figures from another place's. The words are the ``place`` cues of ``govkit/data/extract/cues.tsv`` (own_region,
own_province, own_unit_first, own_unit_first_township, other_unit).
"""

from __future__ import annotations

from govkit.core.document import DocumentMeta
from govkit.facts.cues import cue_words
from govkit.facts.places import OWN_AREA_COUNTY
from govkit.text.division_mentions import own_masked_unit
from govkit.text.regions import TOWNSHIP_SUFFIXES, own_abbreviations

_OWN_REGION = cue_words("place", "own_region")
_OWN_PROVINCE = set(cue_words("place", "own_province"))
_OWN_UNIT_FIRST = cue_words("place", "own_unit_first")
_OWN_UNIT_FIRST_TOWNSHIP = cue_words("place", "own_unit_first_township")
_KNOWN_LEVELS = ("province", "city", "county", "township")


def own_region_words(meta: DocumentMeta) -> set[str]:
    """Words that name the report's own region (全县, 我县, the region's name …)."""
    region = meta.region
    own = set(_OWN_REGION)
    if meta.level == "township":
        # a township's report: 全县/我县 are its county's (全镇, 我乡 its own)
        own = {w for w in own if w.endswith(TOWNSHIP_SUFFIXES)}
    if meta.level not in _KNOWN_LEVELS or not region:
        # a masked name in the title shows the unit (XX市2023年政府工作报告: 全市, 我市 are its own); the
        # last one named (XX市XX县…: 全市 is the prefecture's, not the county's)
        masked = own_masked_unit(meta.title)
        if masked in TOWNSHIP_SUFFIXES:
            own = {w for w in own if w.endswith(TOWNSHIP_SUFFIXES)}  # XX县XX镇…: 全县 is its county's
        else:
            own |= set(cue_words("place", "other_unit"))  # no own unit known: none is another's
        own |= {f + masked for f in _OWN_UNIT_FIRST} if masked else set()
    else:
        if meta.level != "township":
            # a county's, city's or province's report: 全镇/我乡 are a township's (place other_township)
            own = {w for w in own if not w.endswith(TOWNSHIP_SUFFIXES)}
        if meta.level != "province":
            unit = next((u for u in TOWNSHIP_SUFFIXES if region.endswith(u)), region[-1])
            own |= {f + unit for f in _OWN_UNIT_FIRST}  # 全州 in a 自治州's report, 我区 in a district's
            if meta.level == "township":
                own |= {f + unit for f in _OWN_UNIT_FIRST_TOWNSHIP}  # 该镇 in a story on the township
    own |= {w for w in (region, meta.prefecture if meta.level == "township" else "") if w}
    own |= own_abbreviations(region)  # 科右前旗 in 科尔沁右翼前旗's report
    if region.endswith("市") and meta.level in ("county", "city"):
        own.add("全市")
    if region.endswith("区"):
        own.add("全区")
    if meta.level == "county" or meta.level not in _KNOWN_LEVELS:
        own |= set(OWN_AREA_COUNTY)  # 县域 in a county's report is the county (in a masked county's too)
    if meta.level == "city":
        own.add("全市")
    if meta.level == "province":  # a province's own report: 全省/我省 (全区 of 自治区 above, 全市 of 北京市)
        own |= _OWN_PROVINCE if region.endswith("省") else {"全市"} if region.endswith("市") else set()
    return own
