"""govkit.explore(): the ipywidgets explorer, driven without a browser by setting its widgets' values."""

from __future__ import annotations

import pytest

pytest.importorskip("ipywidgets")

import ipywidgets as widgets  # noqa: E402

import govkit  # noqa: E402
from govkit.present import explore as gx  # noqa: E402

PNG = b"\x89PNG"


@pytest.fixture
def processed(document_frame, fact_frame, write_processed):
    docs = document_frame(
        [
            {"doc_id": "a_2020", "region": "甲县", "report_date": "2021-01-20", "year": 2020},
            {"doc_id": "a_2021", "region": "甲县", "report_date": "2022-01-18", "year": 2021},
            {"doc_id": "b_2021", "region": "乙县", "report_date": "2022-02-01", "year": 2021},
            {"doc_id": "c_2021", "region": "丙县", "report_date": "2022-02-03", "year": 2021},
        ]
    )
    facts = fact_frame(
        [
            {
                "doc_id": "a_2020",
                "indicator": "gdp",
                "value": 100.5,
                "year": 2020,
                "evidence": "全县地区生产总值100.5亿元",
            },
            {"doc_id": "a_2021", "indicator": "gdp", "value": 120.25, "year": 2021, "kind": "estimate"},
            {"doc_id": "a_2021", "indicator": "gdp", "measure": "yoy_pct", "value": 7.5, "year": 2021},
            {"doc_id": "a_2021", "indicator": "forest_coverage", "value": 70.5, "year": 2021},
            {"doc_id": "b_2021", "indicator": "gdp", "value": 80.0, "year": 2021, "evidence": "乙县GDP达到80亿元<b>"},
            {"doc_id": "b_2021", "indicator": "rural_income", "value": 15000.0, "year": 2021},
        ]
    )
    return write_processed(docs, facts)


def test_explorer_is_a_widget_with_a_default_selection(processed):
    ex = govkit.explore(processed)
    assert isinstance(ex, widgets.Widget) and isinstance(ex, gx.Explorer)
    assert ex.selection["regions"] == ["甲县"]  # the best covered region
    assert "gdp" in ex.selection["indicators"]
    assert bytes(ex.chart.value).startswith(PNG)
    assert "100.5" in ex.table.value and "120.25*" in ex.table.value  # estimate marked as in the notebooks
    assert "全县地区生产总值100.5亿元" in ex.evidence.value and "a_2020" in ex.evidence.value
    assert set(ex.regions.options) == {"甲县", "乙县", "丙县"}
    assert (ex.years.min, ex.years.max) == (2020, 2021)


def test_changing_the_selection_updates_table_evidence_and_chart(processed):
    ex = gx.explore(processed, regions=["甲县"], indicators=["gdp"])
    before = bytes(ex.chart.value)
    ex.regions.value = ("甲县", "乙县")
    assert "乙县" in ex.table.value and "80" in ex.table.value
    assert "乙县GDP达到80亿元&lt;b&gt;" in ex.evidence.value and "<b>" not in ex.evidence.value.split("</b></p>", 1)[1]
    assert bytes(ex.chart.value).startswith(PNG) and bytes(ex.chart.value) != before
    ex.years.value = (2021, 2021)
    assert "100.5" not in ex.table.value and "全县地区生产总值100.5亿元" not in ex.evidence.value
    assert "120.25*" in ex.table.value
    ex.measure.value = "yoy_pct"
    assert "7.5" in ex.table.value and "120.25" not in ex.table.value


def test_family_filters_the_indicators(processed):
    ex = gx.explore(processed, regions=["甲县"], indicators=["gdp"])
    ex.family.value = "ecology"
    assert [v for _, v in ex.indicators.options] == ["forest_coverage"]
    assert ex.selection["indicators"] == ["forest_coverage"]
    assert "70.5" in ex.table.value and "森林覆盖率" in ex.evidence.value
    ex.family.value = gx.ALL
    assert {"gdp", "forest_coverage", "rural_income"} <= {v for _, v in ex.indicators.options}


def test_a_region_without_data_says_so(processed):
    ex = gx.explore(processed, regions=["丙县"], indicators=["gdp"])
    assert "没有数据" in ex.status.value and "丙县" in ex.status.value
    assert "无数据" in ex.table.value
    ex.indicators.value = ()
    assert "选择指标" in ex.status.value and ex.table.value == "" and ex.chart.value == b""


def test_default_directory_is_found_from_root_or_notebooks(processed, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(govkit.GovkitError):
        gx.default_processed_dir()
    (tmp_path / "data").mkdir()
    processed.rename(tmp_path / "data" / "processed")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    ex = govkit.explore()
    assert ex.selection["regions"] == ["甲县"]
