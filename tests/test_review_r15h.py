"""Review of helper k15's rules (session 13, reviewer r15k1), by class:

A. Another place's clause carried into the later clauses of its ;-segment (other_places.clause_of_other_place)
   was too broad; it removed the county's own figures after:
   - items named after townships, closed by 等 and their count (石堡镇农贸市场、县医院住院楼等12个项目竣工,
     全年完成固定资产投资38亿元: projects at those places, no owner; cue place items_after_places);
   - a list of townships (two names or more) then the whole year's total (交口河镇、石堡镇、白马滩镇分别新建果园…,
     全年新建果园1.2万亩,农民人均可支配收入增长8%; 石堡镇、三岔乡2个乡镇26个村实现整村脱贫,全年减少贫困人口
     3200人: the county's again; cue place whole_year_opening); after one township 全年 stays ambiguous (kept
     blocked: a missing figure costs less than a township's figure given to the county);
   - a verb of reach before the townships (辐射石堡镇、三岔乡等6个乡镇…, 覆盖…: the places reached, not the
     subject; cue place word_before_place);
   - a facility named after a township (石堡镇卫生院新增床位80张, 交口河镇污水处理厂日处理能力…: the facility's
     figure, the next clauses the county's; cue place facility_after_place; not a park, whose figures the next
     clauses continue).
   Kept as k15 reads them: 其中城关镇新增860户,社会消费品零售总额增长7.5% (a part, then a clause that may be
   the part's: blocked, as base reads 其中 topics).
E. 列入/纳入 a higher level's list (cue place listed_on) was too broad: another place before the verb
   (洛川县列入延安市重点项目12个, 全市列入省重点项目120个 in a county's report) gave that place's key-project
   investment to the county; a pool of candidate projects (纳入省重大项目库项目45个,完成投资26亿元) is no list of
   key projects. Now the level after the verb only names the list when no other place or level opens the
   clause before the verb, and 项目库/储备 lists are not key-project lists.
G. 全年市城区 in a county-level city's report (cue place time_before_unit): probed, fine (a county's or a
   district's report keeps 市 as the prefecture).
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county's work report of January 2024 on 2023.
META = {"year": 2023, "report_date": "2024-01-12", "region": "黄龙县", "level": "county"}
CITY = {"region": "延安市", "level": "city"}
COUNTY_CITY = {"region": "韩城市", "level": "county"}
DISTRICT = {"region": "宝塔区", "level": "county"}

CASES: list[dict] = [
    # ---- A. the county's figures after a township's clause that owns nothing, or after a list of them
    {
        "id": "projects_named_after_townships",
        "text": "交口河镇污水处理厂、石堡镇集贸市场等32个项目建成投用,完成投资15亿元,固定资产投资增长9%。",
        "facts": [("fai", "yoy_pct", 9.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "projects_township_and_county_then_whole_year",
        "text": "石堡镇农贸市场、县医院住院楼等12个项目竣工,全年完成固定资产投资38亿元,增长9%。",
        "facts": [
            ("fai", "level", 38.0, 2023, "", "actual", None),
            ("fai", "yoy_pct", 9.0, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "township_list_then_whole_year_total",
        "text": "交口河镇、石堡镇、白马滩镇分别新建果园3000亩、2000亩、1500亩,全年新建果园1.2万亩,农民人均可支配收入增长8%。",
        "facts": [("rural_income", "yoy_pct", 8.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "townships_counted_then_whole_year",
        "text": "石堡镇、三岔乡2个乡镇26个村实现整村脱贫,全年减少贫困人口3200人,贫困发生率降至1.2%。",
        "facts": [
            ("poverty_people_lifted", "level", 3200.0, 2023, "", "actual", None),
            ("poverty_incidence", "level", 1.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "reach_verb_before_townships",
        "text": "辐射石堡镇、三岔乡等6个乡镇,带动农户3200户,农民人均可支配收入增长9%。",
        "facts": [("rural_income", "yoy_pct", 9.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "covering_verb_before_townships",
        "text": "覆盖石堡镇、三岔乡等8个乡镇,受益群众2.3万人,农村居民人均可支配收入增长9%。",
        "facts": [("rural_income", "yoy_pct", 9.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "district_streets_then_whole_year",
        "meta": DISTRICT,
        "text": "南关街道、凤凰山街道分别新建口袋公园3个、2个,全年新增城镇就业2100人,城镇登记失业率3.2%。",
        "facts": [
            ("new_urban_jobs", "level", 2100.0, 2023, "", "actual", None),
            ("unemployment_rate", "level", 3.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "township_clinic_then_county_jobs",
        "text": "石堡镇卫生院新增床位80张,城镇新增就业2100人,城镇登记失业率3.1%。",
        "facts": [
            ("new_urban_jobs", "level", 2100.0, 2023, "", "actual", None),
            ("unemployment_rate", "level", 3.1, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "township_sewage_plant_then_county_rate",
        "text": "交口河镇污水处理厂日处理能力达到5000吨,城市污水处理率达到95%。",
        "facts": [("sewage_treatment_rate", "level", 95.0, 2023, "", "actual", None)],
        "absent": [],
    },
    # near misses: the township's own things listed, places counted, one township then 全年 (ambiguous: blocked)
    {
        "id": "township_crops_listed_then_income",
        "text": "交口河镇苹果、梨等水果收入达到1.2亿元,农民人均可支配收入达到2.3万元。",
        "facts": [],
        "absent": [("rural_income",)],
    },
    {
        "id": "townships_counted_by_deng_then_income",
        "text": "交口河镇、石堡镇等3个乡镇苹果收入达到5亿元,农民人均可支配收入达到2.3万元。",
        "facts": [],
        "absent": [("rural_income",)],
    },
    {
        "id": "one_township_then_whole_year",
        "text": "交口河镇苹果收入达到1.2亿元,全年农民人均可支配收入达到2.3万元。",
        "facts": [],
        "absent": [("rural_income",)],
    },
    {
        "id": "city_report_counties_then_whole_year",
        "meta": CITY,
        "text": "洛川县、富县分别新建果园3万亩、2万亩,全年新建果园12万亩,农村居民人均可支配收入增长8%。",
        "facts": [("rural_income", "yoy_pct", 8.0, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- E. another place's items on a list, a pool of projects
    {
        "id": "other_county_listed_on_city_list",
        "text": "洛川县列入延安市重点项目12个,完成投资36亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "other_county_listed_on_bare_city_list",
        "text": "洛川县列入市重点项目12个,完成投资36亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "city_listed_on_province_list_in_county_report",
        "text": "全市列入省重点项目120个,完成投资860亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "province_listed_on_national_list_in_city_report",
        "meta": CITY,
        "text": "全省列入国家重大项目32个,完成投资560亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "pool_of_province_projects",
        "text": "纳入省重大项目库项目45个,完成投资26亿元。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    {
        "id": "pool_of_national_projects_with_growth",
        "text": "纳入国家重大项目库12个,完成投资18亿元,增长12%。",
        "facts": [],
        "absent": [("key_project_investment",)],
    },
    # near misses: the county's own items on a list
    {
        "id": "listed_on_city_list",
        "text": "列入市重点项目56个,完成投资48.6亿元。",
        "facts": [("key_project_investment", "level", 48.6, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "listed_on_named_city_list",
        "text": "列入延安市重大项目23个,完成投资31亿元。",
        "facts": [("key_project_investment", "level", 31.0, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "own_projects_listed_then_city_own",
        "meta": CITY,
        "text": "全市列入省重点项目120个,完成投资860亿元。",
        "facts": [("key_project_investment", "level", 860.0, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- G. near misses of 全年市城区 (fine)
    {
        "id": "district_report_prefecture_urban_area",
        "meta": DISTRICT,
        "text": "全年市城区空气质量优良天数比例为90.1%。",
        "facts": [],
        "absent": [("good_air_rate",)],
    },
    {
        "id": "county_city_prefecture_named_urban_area",
        "meta": COUNTY_CITY,
        "text": "全年渭南市城区空气质量优良天数比例为80.1%。",
        "facts": [],
        "absent": [("good_air_rate",)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_review(case):
    check_case(case, META)
