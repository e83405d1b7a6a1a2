"""Review r20c (session 18, helper rv2): wrong numbers on passages never seen, in income, poverty and 巩固衔接,
employment, agriculture and ecology (work summaries, self-checks, speeches, ecology bulletins, work reports).
170 passages were written with their readings first (/work/scratch/rv2/cases.py); main (7e7cac1) read 11 wrong
facts in them (3 more disputed: a convention, an ambiguous year, an optional stock) and missed 14. By class, with the rule that fixes it:

1. An increment since a base before the people of a households-people pair (较年初新增152户486人, 比上年减少120户
   412人): read as the level, beside the level itself (conflict); 较年初新增486人 alone was already blocked (block
   change_from_base). Fix: change paired_households lets the words before the households decide the people's
   measure (figures.py), and change absolute takes 比/较 + a base (年初, 上年, 去年同期, a year …) + 新增. Near
   misses: 新增城镇就业4521人 (no base: the level), 其中2023年新识别监测对象152户486人 (a part, read as before).
2. The share of a target printed in brackets after its name (完成市下达年度目标(下降3%)的103%, 为年度计划(8.2亿元)
   的104.9%): the share was read as a target fall of 103% (or a growth of 102.9%). Fix: completion printed_base
   takes 目标/任务/计划/指标 + a bracketed figure + 的. The bracket's own target stays.
3. Growth over the span of a dated change (从2015年的7620元增长到2020年的12380元,增长62.5%; 由2014年的18.6%降至
   0.58%,下降18.02个百分点): read as year-on-year. Fix: spans.multi_year_growth takes the change's start year as
   the base when the figure's clause inherits the subject of the change (fact_record passes where it starts).
   Near misses: a change from last year (由2019年的…增加到…,增长7.7%: yoy), a base of its own (同比增长5.1%),
   another subject in the growth's clause (…,城镇居民人均可支配收入增长5.2%).
4. A task a higher level set, in a part-year clause (2024年1-10月,…2.95万人,完成省下达目标任务2.8万人的105.4%):
   the task was dated to the part (M1-M10), the same key as the outturn. Fix: time annual_target takes
   (省|市|州|自治区|上级)下达的目标任务/任务/指标, unless a part of the year follows in its clause. Near miss:
   完成市下达上半年任务1万亩的120% (the half's).
5. 将实现 with the year printed, in a work report delivered in that year (2020年将实现剩余3250人脱贫 in January
   2020): read as done; 今年将实现…达到90% in a work report of January 2025: read as done in 2024. Fix: kind target
   and target planning take 将实现 (as 要实现), not after 预计 (预计全年将实现…: an estimate).
6. The county's own part of the funds named with its figure (争取中央、省衔接资金2.16亿元,县级财政安排衔接资金0.52亿元,
   增长15%): read as the year's funds (conflict) and its growth as theirs. Fix: a null alias in aliases.csv
   (县级/区级/旗级/本级 + 衔接/扶贫…资金), as totals.named_put_in reads 统筹县级财政衔接资金 (review r19f). The levels
   above stay the funds when no total is printed (the blind gold reads 中央、自治区和市级财政衔接…资金 so: h6_07).
   Near miss: 县级衔接资金项目完成率95%,全县衔接资金投入3.2亿元.

Left (strict xfail below or reported): 全县2019年计划减贫1.2万人、…,到年底贫困发生率降至3%以下 in a plan speech
of February: read as an actual (计划 governs its own clause; a printed year keeps not_yet off); 截至2023年底,累计
建成高标准农田52.3万亩,当年新建4.6万亩: the year's new farmland missed (the stock as a level is optional in the dev
gold); 2016年以来…年均增长23.5% in a self-check of November 2020 is dated 2019 (ambiguous: the years complete);
missing: 实际下降3.5% after 降低目标为3.2%, the second item of 减贫2.5万人、38个贫困村出列, 总产量 after 粮食生产,
预计全年达到15800元 after a part-year clause, 今年要控制在26微克/立方米以内 in a speech. Convention, not wrong:
剔除沙尘影响后为93.4% is kept as the rate (rates.py).
"""

from __future__ import annotations

import pytest
from passages import check_case

#: A county's work report of January 2021 on 2020.
META = {"year": 2020, "report_date": "2021-01-12", "region": "安化县", "level": "county"}
#: A self-check of November 2023 on 2023.
CHECK23 = {"year": 2023, "report_date": "2023-11-15", "report_type": "考核自查报告"}
#: A self-check of December 2022.
CHECK22 = {"year": 2022, "report_date": "2022-12-10", "report_type": "考核自查报告"}
#: A self-check of November 2024.
CHECK24 = {"year": 2024, "report_date": "2024-11-10", "report_type": "考核自查报告"}
#: A work report of January 2020 on 2019.
WORK19 = {"year": 2019, "report_date": "2020-01-10", "report_type": "政府工作报告"}

MON = "monitored_people"
JOBS = "new_urban_jobs"
EN = "energy_intensity"
RURAL = "rural_income"
URBAN = "urban_income"
LIFTED = "poverty_people_lifted"

CASES: list[dict] = [
    # ---- 1. an increment since a base
    {
        "id": "increment_since_start_after_households",
        "meta": CHECK23,
        "text": "截至2023年10月底,全县防止返贫监测对象共计986户3125人,较年初新增152户486人。",
        "facts": [(MON, "level", 3125, 2023, "M1-M10", "actual", None)],
        "absent": [(MON, "level", 486)],
    },
    {
        "id": "increment_since_start_plain",
        "meta": CHECK23,
        "text": "全县防止返贫监测对象3125人,较年初新增486人。",
        "facts": [(MON, "level", 3125, 2023, "", "actual", None)],
        "absent": [(MON, "level", 486)],
    },
    {
        "id": "decrease_on_last_year_after_households",
        "meta": CHECK23,
        "text": "全县易地扶贫搬迁1680户6250人,比上年减少120户412人。",
        "facts": [("relocation_people", "level", 6250, 2023, "", "actual", None)],
        "absent": [("relocation_people", "level", 412), ("relocation_households", "level", 120)],
    },
    {
        "id": "near_new_jobs_without_base",
        "meta": CHECK23,
        "text": "全年城镇新增就业4521人,完成目标任务的113%。",
        "facts": [(JOBS, "level", 4521, 2023, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_part_of_a_year_after_households",
        "meta": CHECK23,
        "text": "全县脱贫户2315户8620人,其中2023年新识别监测对象152户486人。",
        "facts": [(MON, "level", 486, 2023, "", "actual", None)],
        "absent": [],
    },
    # ---- 2. the share of a target printed in brackets
    {
        "id": "share_of_bracketed_fall_target",
        "meta": CHECK22,
        "text": "2022年单位GDP能耗下降3.1%,完成市下达年度目标(下降3%)的103%,能源消费总量控制在186万吨标准煤以内。",
        "facts": [(EN, "yoy_pct", -3.1, 2022, "", "actual", None), (EN, "yoy_pct", -3, 2022, "", "target", None)],
        "absent": [(EN, "yoy_pct", -103), (EN, "level")],
    },
    {
        "id": "share_of_bracketed_growth_target",
        "meta": CHECK22,
        "text": "全年农村居民人均可支配收入增长7.2%,完成年度目标(增长7%)的102.9%。",
        "facts": [(RURAL, "yoy_pct", 7.2, 2022, "", "actual", None), (RURAL, "yoy_pct", 7, 2022, "", "target", None)],
        "absent": [(RURAL, "yoy_pct", 102.9)],
    },
    {
        "id": "share_of_bracketed_task_size",
        "meta": CHECK22,
        "text": "全年城镇新增就业5230人,完成省下达目标任务(4000人)的130.8%。",
        "facts": [
            (JOBS, "level", 5230, 2022, "", "actual", None),
            (JOBS, "completion_pct", 130.8, 2022, "", "actual", None),
        ],
        "absent": [(JOBS, "yoy_pct")],
    },
    # ---- 3. growth over a dated change's span
    {
        "id": "growth_over_dated_change",
        "text": "全县农村居民人均可支配收入从2015年的7620元增长到2020年的12380元,增长62.5%,年均增长10.2%。",
        "facts": [
            (RURAL, "level", 7620, 2015, "", "actual", None),
            (RURAL, "level", 12380, 2020, "", "actual", None),
            (RURAL, "cagr_pct", 10.2, 2020, "", "actual", None),
        ],
        "absent": [(RURAL, "yoy_pct")],
    },
    {
        "id": "points_over_dated_change",
        "text": "贫困发生率由2014年的18.6%降至0.58%,下降18.02个百分点。",
        "facts": [
            ("poverty_incidence", "level", 18.6, 2014, "", "actual", None),
            ("poverty_incidence", "level", 0.58, 2020, "", "actual", None),
        ],
        "absent": [("poverty_incidence", "pp_change")],
    },
    {
        "id": "growth_over_dated_change_money",
        "text": "一般公共预算收入由2015年的5.2亿元增加到8.1亿元,增长55.8%,年均增长9.3%。",
        "facts": [("general_budget_revenue", "cagr_pct", 9.3, 2020, "", "actual", None)],
        "absent": [("general_budget_revenue", "yoy_pct")],
    },
    {
        "id": "near_change_from_last_year",
        "text": "城镇居民人均可支配收入由2019年的30120元增加到32450元,增长7.7%。",
        "facts": [(URBAN, "yoy_pct", 7.7, 2020, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_change_then_own_base",
        "text": "城镇居民人均可支配收入由2015年的22120元增加到32450元,同比增长5.1%。",
        "facts": [(URBAN, "yoy_pct", 5.1, 2020, "", "actual", None)],
        "absent": [],
    },
    {
        "id": "near_change_then_other_subject",
        "text": "农村居民人均可支配收入从2015年的7620元增长到12380元,城镇居民人均可支配收入增长5.2%。",
        "facts": [(URBAN, "yoy_pct", 5.2, 2020, "", "actual", None)],
        "absent": [],
    },
    # ---- 4. a higher level's task in a part-year clause
    {
        "id": "issued_task_in_months",
        "meta": CHECK24,
        "text": "2024年1-10月,全县脱贫人口务工就业2.95万人,完成省下达目标任务2.8万人的105.4%。",
        "facts": [
            ("poverty_labor_transfer", "level", 29500, 2024, "M1-M10", "actual", None),
            ("poverty_labor_transfer", "level", 28000, 2024, "", "target", None),
        ],
        "absent": [("poverty_labor_transfer", "level", 28000, 2024, "M1-M10")],
    },
    {
        "id": "issued_task_by_month_end",
        "meta": CHECK24,
        "text": "截至9月底,全县城镇新增就业4120人,完成市下达任务5000人的82.4%。",
        "facts": [(JOBS, "level", 5000, 2024, "", "target", None), (JOBS, "level", 4120, 2024, "M1-M9", "actual", None)],
        "absent": [(JOBS, "level", 5000, 2024, "M1-M9")],
    },
    {
        "id": "near_issued_task_of_the_half",
        "meta": CHECK24,
        "text": "上半年,全县完成造林1.2万亩,完成市下达上半年任务1万亩的120%。",
        "facts": [("afforestation", "level", 10000, 2024, "H1", "target", None)],
        "absent": [("afforestation", "level", 10000, 2024, "")],
    },
    # ---- 5. 将实现 with the year printed
    {
        "id": "will_achieve_printed_year",
        "meta": WORK19,
        "text": "2019年减少贫困人口1.03万人,贫困发生率降至0.82%,下降2.6个百分点;2020年将实现剩余3250人脱贫。",
        "facts": [(LIFTED, "level", 10300, 2019, "", "actual", None), (LIFTED, "level", 3250, 2020, "", "target", None)],
        "absent": [(LIFTED, "level", 3250, 2020, "", "actual")],
    },
    {
        "id": "will_achieve_growth",
        "meta": WORK19,
        "text": "2020年,全县将实现农村居民人均可支配收入增长9%。",
        "facts": [(RURAL, "yoy_pct", 9, 2020, "", "target", None)],
        "absent": [],
    },
    {
        "id": "will_achieve_this_year_in_january",
        "meta": {"year": 2024, "report_date": "2025-01-14", "report_type": "政府工作报告"},
        "text": "今年将实现农村卫生厕所普及率达到90%、生活垃圾无害化处理率达到100%、城镇污水处理率达到95%以上。",
        "facts": [
            ("rural_toilet_rate", "level", 90, 2025, "", "target", None),
            ("garbage_treatment_rate", "level", 100, 2025, "", "target", None),
            ("sewage_treatment_rate", "level", 95, 2025, "", "target", None),
        ],
        "absent": [("rural_toilet_rate", "level", 90, 2024)],
    },
    {
        "id": "near_estimate_will_achieve",
        "meta": WORK19,
        "text": "预计全年将实现地区生产总值105亿元,增长6.5%。",
        "facts": [("gdp", "level", 105, 2019, "", "estimate", None), ("gdp", "yoy_pct", 6.5, 2019, "", "estimate", None)],
        "absent": [],
    },
    # ---- 6. the county's own part of the funds, named with its figure
    {
        "id": "county_part_after_upper_levels",
        "meta": {"year": 2023, "report_date": "2024-01-09", "report_type": "政府工作报告"},
        "text": "全年争取中央、省衔接资金2.16亿元,县级财政安排衔接资金0.52亿元,增长15%。",
        "facts": [("poverty_funds", "level", 2.16, 2023, "", "actual", None)],
        "absent": [("poverty_funds", "level", 0.52), ("poverty_funds", "yoy_pct")],
    },
    {
        "id": "county_own_part_alone",
        "meta": {"year": 2023, "report_date": "2024-01-09", "report_type": "政府工作报告"},
        "text": "县本级投入财政衔接资金0.6亿元,增长20%。",
        "facts": [],
        "absent": [("poverty_funds",)],
    },
    {
        "id": "near_whole_county_funds",
        "meta": {"year": 2023, "report_date": "2024-01-09", "report_type": "政府工作报告"},
        "text": "县级衔接资金项目完成率95%,全县衔接资金投入3.2亿元,增长12%。",
        "facts": [
            ("poverty_funds", "level", 3.2, 2023, "", "actual", None),
            ("poverty_funds", "yoy_pct", 12, 2023, "", "actual", None),
        ],
        "absent": [],
    },
]

LEFT: list[dict] = [
    {
        "id": "left_threshold_by_year_end_in_plan_speech",
        "meta": {"year": 2019, "report_date": "2019-02-20", "report_type": "讲话"},
        "text": "全县2019年计划减贫1.2万人、退出贫困村32个,实现贫困县摘帽,到年底贫困发生率降至3%以下。",
        "facts": [(LIFTED, "level", 12000, 2019, "", "target", None)],
        "absent": [("poverty_incidence", "level", 3, 2019, "", "actual")],
    },
    {
        "id": "left_stock_then_year_new",
        "meta": {"year": 2023, "report_date": "2024-01-09", "report_type": "政府工作报告"},
        "text": "截至2023年底,全县累计建成高标准农田52.3万亩,当年新建4.6万亩。",
        "facts": [("high_standard_farmland", "level", 46000, 2023, "", "actual", None)],
        "absent": [],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_r20c(case):
    check_case(case, META)


@pytest.mark.xfail(strict=True, reason="left by review r20c (see the module docstring)")
@pytest.mark.parametrize("case", LEFT, ids=[c["id"] for c in LEFT])
def test_r20c_left(case):
    check_case(case, META)
