"""Constructions found by probing county and city statistical bulletins (国民经济和社会发展统计公报,
session 5): shares whose denominator is an 增加值, tables whose units stand in the column
headers, and other sentences of the genre.

Each case is a short bulletin passage of its own (not copied from a dev set) written for one
construction: its meta, the facts it must give (indicator, measure, value, year, subperiod, kind,
period_start) and the keys it must not give (a prefix of that tuple).
"""

from __future__ import annotations

import pytest
from passages import check_case

META = {"year": 2023, "report_date": "2024-03-20", "region": "岳西县", "level": "county"}

CASES: list[dict] = [
    # ---- a share whose denominator is an 增加值: 增加 inside 增加值 is no growth word
    {
        "id": "share_of_all_industry_value_added",
        "text": "三、工业和建筑业\n规模以上工业增加值占全部工业增加值的比重为78.2%。",
        "facts": [],
        "absent": [("industrial_va",)],
    },
    {
        "id": "share_after_growth_of_industry_value_added",
        "text": "全年规模以上工业增加值比上年增长7.4%，占全部工业增加值的81.5%。",
        "facts": [("industrial_va", "yoy_pct", 7.4, 2023, "", "actual", None)],
        "absent": [("industrial_va", "yoy_pct", 81.5)],
    },
    {
        "id": "share_of_industry_value_added_then_its_change",
        "text": "全年全县规模以上工业增加值占全部工业增加值比重为80.3%，比上年提高1.5个百分点。",
        "facts": [],
        "absent": [("industrial_va", "yoy_pct"), ("industrial_va", "level")],
    },
    # ---- a table whose level column is 本年完成 / 本年实际 / 当年完成 with its unit in the header
    {
        "id": "table_this_year_done_with_unit_in_header",
        "text": (
            "表1 主要经济指标\n"
            "指标 本年完成(亿元) 比上年增长%\n"
            "地区生产总值 186.4 5.8\n"
            "一般公共预算收入 12.38 7.6\n"
            "社会消费品零售总额 82.35 6.9"
        ),
        "facts": [
            ("gdp", "level", 186.4, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.8, 2023, "", "actual", None),
            ("general_budget_revenue", "level", 12.38, 2023, "", "actual", None),
            ("retail_sales", "yoy_pct", 6.9, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "table_this_year_actual_in_ten_thousands",
        "text": (
            "规模以上工业主要指标\n"
            "指标名称\t本年实际(万元)\t比上年增减(%)\n"
            "规模以上工业总产值\t2863000\t9.2\n"
            "利润总额\t78000\t-4.6"
        ),
        "facts": [
            ("industrial_output", "level", 286.3, 2023, "", "actual", None),
            ("industrial_output", "yoy_pct", 9.2, 2023, "", "actual", None),
        ],
        "absent": [("industrial_output", "level", 2863000.0)],
    },
    {
        "id": "table_this_year_done_row_of_another_unit",
        "text": (
            "表2 2023年主要指标\n"
            "指标\t当年完成(亿元)\t比上年增长(%)\n"
            "地区生产总值\t98.35\t4.6\n"
            "城镇居民人均可支配收入(元)\t35468\t5.3\n"
            "一般公共预算支出\t32.41\t2.1"
        ),
        "facts": [
            ("gdp", "level", 98.35, 2023, "", "actual", None),
            ("urban_income", "yoy_pct", 5.3, 2023, "", "actual", None),
            ("fiscal_expenditure", "level", 32.41, 2023, "", "actual", None),
        ],
        "absent": [("urban_income", "level")],
    },
    # ---- a bulletin's names of the grain area and output (粮食作物播种面积, 粮食种植面积, 粮食作物产量)
    {
        "id": "grain_crop_area_after_all_crops",
        "text": "全年农作物播种面积78.6千公顷，其中粮食作物播种面积56.3千公顷。其中，小麦播种面积30.1千公顷。",
        "facts": [("grain_area", "level", 844500.0, 2023, "", "actual", None)],
        "absent": [("grain_area", "level", 1179000.0), ("grain_area", "level", 451500.0)],
    },
    {
        "id": "grain_planting_area_and_crop_output",
        "text": "全年粮食种植面积62.5万亩，粮食作物产量27.4万吨，增长2.2%。",
        "facts": [
            ("grain_area", "level", 625000.0, 2023, "", "actual", None),
            ("grain_output", "level", 27.4, 2023, "", "actual", None),
            ("grain_output", "yoy_pct", 2.2, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "grain_total_sown_area_and_its_increase",
        "text": "全县粮食总播种面积为58.1万亩，比上年增加0.6万亩。粮食作物总产量21.3万吨，增产0.4万吨。",
        "facts": [
            ("grain_area", "level", 581000.0, 2023, "", "actual", None),
            ("grain_output", "level", 21.3, 2023, "", "actual", None),
        ],
        "absent": [("grain_area", "level", 6000.0), ("grain_output", "level", 0.4)],
    },
    # ---- the scope of a statistic (its threshold) is no figure: 统计起点, 起点标准, 统计范围为, (500万元以上项目)
    {
        "id": "note_threshold_of_investment_statistics",
        "text": "全年固定资产投资比上年增长4.8%。\n注：1.本公报中部分数据为初步统计数。\n2.固定资产投资统计起点为500万元。",
        "facts": [("fai", "yoy_pct", 4.8, 2023, "", "actual", None)],
        "absent": [("fai", "level")],
    },
    {
        "id": "note_threshold_of_industry_and_retail",
        "text": (
            "注：规模以上工业总产值起点标准为年主营业务收入2000万元；"
            "社会消费品零售总额限额以上单位统计起点为年主营业务收入500万元。"
        ),
        "facts": [],
        "absent": [("industrial_output",), ("retail_sales",)],
    },
    {
        "id": "scope_in_brackets_after_investment",
        "text": "全年固定资产投资（500万元以上项目）比上年增长4.8%。",
        "facts": [],
        "absent": [("fai", "level")],
    },
    # ---- a table row naming an indicator's growth (规模以上工业增加值增速(%)): its figures are growth rates
    {
        "id": "table_growth_row_under_year_columns",
        "text": (
            "表5 主要指标\n"
            "指标\t2022年\t2023年\n"
            "规模以上工业增加值增速(%)\t6.5\t8.1\n"
            "地区生产总值增长率(%)\t4.2\t5.8\n"
            "森林覆盖率(%)\t62.1\t62.38"
        ),
        "facts": [
            ("industrial_va", "yoy_pct", 6.5, 2022, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.1, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.8, 2023, "", "actual", None),
            ("forest_coverage", "level", 62.38, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "level"), ("industrial_va", "level")],
    },
    {
        "id": "table_growth_row_with_a_unit_column",
        "text": (
            "表1 主要经济指标\n"
            "指标\t单位\t本年\t比上年增长(%)\n"
            "地区生产总值\t亿元\t186.4\t5.8\n"
            "规模以上工业增加值增速\t%\t8.1\t—\n"
            "社会消费品零售总额增速\t亿元\t61.8\t7.1"
        ),
        "facts": [
            ("gdp", "level", 186.4, 2023, "", "actual", None),
            ("industrial_va", "yoy_pct", 8.1, 2023, "", "actual", None),
        ],
        "absent": [("retail_sales",), ("industrial_va", "level")],
    },
    {
        "id": "table_growth_row_of_a_rate_is_not_read",
        "text": ("表2 就业\n指标\t2022年\t2023年\n城镇登记失业率增幅(%)\t3.0\t2.0\n城镇新增就业增速(%)\t5.1\t4.6"),
        "facts": [("new_urban_jobs", "yoy_pct", 4.6, 2023, "", "actual", None)],
        "absent": [("unemployment_rate",)],
    },
    # ---- more level headers of a year's bulletin: 全年完成, 1-12月, 本年实绩, 2023年完成 (a year and a level word)
    {
        "id": "table_full_year_done",
        "text": (
            "表1 主要经济指标\n"
            "指标\t单位\t全年完成\t比上年增长(%)\n"
            "地区生产总值\t亿元\t186.4\t5.8\n"
            "社会消费品零售总额\t亿元\t82.35\t6.9"
        ),
        "facts": [
            ("gdp", "level", 186.4, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.8, 2023, "", "actual", None),
            ("retail_sales", "level", 82.35, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "table_jan_to_dec_in_ten_thousands",
        "text": (
            "表2 财政收支\n"
            "指标\t单位\t1-12月\t比上年增长(%)\n"
            "一般公共预算收入\t万元\t123800\t7.6\n"
            "一般公共预算支出\t万元\t451600\t-3.2"
        ),
        "facts": [
            ("general_budget_revenue", "level", 12.38, 2023, "", "actual", None),
            ("general_budget_revenue", "yoy_pct", 7.6, 2023, "", "actual", None),
            ("fiscal_expenditure", "yoy_pct", -3.2, 2023, "", "actual", None),
        ],
        "absent": [("general_budget_revenue", "level", 123800.0)],
    },
    {
        "id": "table_year_and_level_word_columns",
        "text": (
            "表3 主要指标\n"
            "指标\t单位\t2022年完成\t2023年完成\t增长(%)\n"
            "地区生产总值\t亿元\t176.2\t186.4\t5.8\n"
            "社会消费品零售总额\t亿元\t77.0\t82.35\t6.9"
        ),
        "facts": [
            ("gdp", "level", 176.2, 2022, "", "actual", None),
            ("gdp", "level", 186.4, 2023, "", "actual", None),
            ("gdp", "yoy_pct", 5.8, 2023, "", "actual", None),
            ("retail_sales", "level", 82.35, 2023, "", "actual", None),
        ],
        "absent": [("gdp", "yoy_pct", 5.8, 2022), ("gdp", "level", 186.4, 2022)],
    },
    {
        "id": "table_this_year_results",
        "text": (
            "表4 居民收入\n"
            "指标\t单位\t本年实绩\t比上年增长(%)\n"
            "城镇居民人均可支配收入\t元\t41235\t5.2\n"
            "农村居民人均可支配收入\t元\t19862\t7.6"
        ),
        "facts": [
            ("urban_income", "level", 41235.0, 2023, "", "actual", None),
            ("rural_income", "yoy_pct", 7.6, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "table_year_done_beside_next_year_target_growth_is_not_read",
        "text": (
            "表5 主要指标\n"
            "指标\t单位\t2023年完成\t2024年目标\t增长(%)\n"
            "地区生产总值\t亿元\t186.4\t200\t7.3\n"
            "一般公共预算收入\t亿元\t12.38\t13.2\t6.6"
        ),
        # each level column prints its year and kind (session 7, table_kinds); the growth is of which?
        "facts": [
            ("gdp", "level", 186.4, 2023, "", "actual", None),
            ("gdp", "level", 200.0, 2024, "", "target", None),
            ("general_budget_revenue", "level", 13.2, 2024, "", "target", None),
        ],
        "absent": [
            ("gdp", "yoy_pct"),
            ("general_budget_revenue", "yoy_pct"),
            ("gdp", "level", 200.0, 2024, "", "actual"),
        ],
    },
    # ---- a row label opened by 年末/全年/金融机构/人民币 (年末金融机构各项贷款余额), a 年末余额 column
    {
        "id": "table_label_opened_by_year_end_and_institutions",
        "text": (
            "表3 金融\n"
            "指标\t单位\t2023年\t比上年增长(%)\n"
            "金融机构人民币各项贷款余额\t亿元\t241.8\t12.4\n"
            "全年粮食总产量\t万吨\t31.8\t1.2\n"
            "年末常住人口\t万人\t36.4\t-0.5"
        ),
        "facts": [
            ("loan_balance", "level", 241.8, 2023, "", "actual", None),
            ("loan_balance", "yoy_pct", 12.4, 2023, "", "actual", None),
            ("grain_output", "level", 31.8, 2023, "", "actual", None),
        ],
        "absent": [],
    },
    {
        "id": "table_year_end_balance_column",
        "text": (
            "表4 金融机构存贷款\n"
            "指标\t单位\t年末余额\t比年初增加\t比上年末增长(%)\n"
            "年末金融机构各项存款余额\t亿元\t326.5\t28.4\t9.5\n"
            "年末金融机构各项贷款余额\t亿元\t241.8\t26.7\t12.4"
        ),
        "facts": [("loan_balance", "level", 241.8, 2023, "", "actual", None)],
        "absent": [("loan_balance", "level", 26.7), ("loan_balance", "yoy_pct", 26.7)],
    },
    {
        "id": "table_label_lead_keeps_other_places_out",
        "meta": {"region": "岳西县", "level": "county"},
        "text": (
            "表5 全市主要指标\n"
            "指标\t单位\t2023年\t比上年增长(%)\n"
            "全年地区生产总值\t亿元\t2186.4\t5.8\n"
            "年末金融机构各项贷款余额\t亿元\t3241.8\t12.4"
        ),
        "facts": [],
        "absent": [("gdp",), ("loan_balance",)],
    },
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case):
    check_case(case, META)
