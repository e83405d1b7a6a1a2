"""Charts: the packaged CJK font, no missing glyphs, units, missing and flagged values."""

from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from govkit.analysis.panel import build_panel, composition, rankings, targets_vs_outcomes  # noqa: E402
from govkit.present import plot as gp  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _render(fig) -> None:
    fig.canvas.draw()  # text is laid out (and glyphs looked up) at draw time


def test_font_comes_from_mplfonts_and_is_registered():
    path = gp.font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf" and "mplfonts" in path.parts
    family = gp.setup_fonts()
    assert family == "Noto Sans CJK SC"
    assert matplotlib.rcParams["font.sans-serif"][0] == family
    assert matplotlib.rcParams["axes.unicode_minus"] is True
    # registered at run time, not copied into matplotlib's own font directory
    assert not (gp.Path(matplotlib.get_data_path()) / "fonts" / "ttf" / path.name).exists()


def test_chinese_labels_and_minus_sign_render_without_missing_glyphs():
    gp.setup_fonts()
    fig, ax = plt.subplots()
    ax.plot([2019, 2020, 2021], [-3.5, -1.2, 2.0], label="同比增长")
    ax.set_title("地区生产总值 同比增长 (%) −3.5")
    ax.set_xlabel("年份")
    ax.set_ylabel("百分比 (%)")
    ax.legend()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would raise here
        _render(fig)
    assert any(t.get_text().startswith("\N{MINUS SIGN}") for t in ax.get_yticklabels())


def test_missing_glyph_check_can_fail():
    """The check above is real: a glyph absent from the font does raise."""
    gp.setup_fonts()
    fig, ax = plt.subplots()
    ax.set_title("\U0001f600")  # an emoji: in neither Noto Sans CJK nor DejaVu Sans
    with pytest.warns(UserWarning, match="missing from font"):
        _render(fig)


def test_every_chart_helper_renders_cleanly(fact_frame, document_frame):
    docs = document_frame(
        [
            {"doc_id": "a_2019", "region": "甲县", "report_date": "2020-01-10", "year": 2019},
            {"doc_id": "a_2021", "region": "甲县", "report_date": "2022-01-10", "year": 2021},
            {"doc_id": "b_2021", "region": "乙县", "report_date": "2022-01-12", "year": 2021},
        ]
    )
    facts = fact_frame(
        [
            {"doc_id": "a_2019", "indicator": "gdp", "value": 90.0, "year": 2019},
            {"doc_id": "a_2021", "indicator": "gdp", "value": 101.0, "year": 2021, "kind": "estimate"},
            {"doc_id": "a_2021", "indicator": "gdp", "value": 120.0, "year": 2025, "kind": "target"},
            {"doc_id": "b_2021", "indicator": "gdp", "value": None, "year": 2020, "masked": True},
            {"doc_id": "b_2021", "indicator": "gdp", "value": 88.0, "year": 2021, "flags": "implausible_growth"},
            {"doc_id": "a_2021", "indicator": "gdp", "measure": "yoy_pct", "value": -2.5, "year": 2021},
            {
                "doc_id": "a_2019",
                "indicator": "gdp",
                "measure": "yoy_pct",
                "value": 7.0,
                "year": 2022,
                "kind": "target",
            },
            {"doc_id": "a_2021", "indicator": "tertiary_va", "value": 50.0, "year": 2021},
        ]
    )
    panel, _ = build_panel(facts, docs)
    ranks = rankings(panel, "gdp")
    tvo = targets_vs_outcomes(facts, docs)
    tvo.loc[0, ["outcome", "met"]] = [-2.5, False]
    heat = pd.DataFrame([[1.0, np.nan], [np.nan, 3.0]], index=["甲县", "乙县"], columns=[2020, 2021])
    terms = pd.DataFrame({"term": ["生态", "项目"], "z": [2.0, -1.5], "group": ["甲县", "乙县"]})
    att = pd.DataFrame(
        {"region": ["甲县", "甲县"], "year": [2019, 2021], "theme": ["ecology", "ecology"], "per_thousand": [5.0, 7.5]}
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figs = [
            gp.small_multiples(panel, ["gdp", "fai"], regions=["甲县", "乙县"], title="水平 Levels"),
            gp.small_multiples(panel, ["gdp"], measure="yoy_pct", regions=["甲县"]),
            gp.small_multiples(panel, [], regions=["甲县"]),
            gp.latest_rankings_chart(ranks),
            gp.heatmap(heat, title="覆盖", cbar_label="个数"),
            gp.composition_chart(composition(panel)),
            gp.targets_chart(tvo),
            gp.terms_chart(terms),
            gp.theme_lines(att, {"ecology": "生态环境 ecology"}),
        ]
        for fig in figs:
            _render(fig)


def test_series_are_not_interpolated_and_marks_are_drawn(fact_frame, document_frame):
    docs = document_frame([{"doc_id": f"a_{y}", "region": "甲县", "year": y} for y in (2017, 2018, 2020, 2021)])
    facts = fact_frame(
        [
            {"doc_id": "a_2017", "indicator": "gdp", "value": 80.0, "year": 2017},
            {"doc_id": "a_2018", "indicator": "gdp", "value": 85.0, "year": 2018},
            {"doc_id": "a_2020", "indicator": "gdp", "value": 95.0, "year": 2020, "flags": "implausible_growth"},
            {"doc_id": "a_2021", "indicator": "gdp", "value": None, "year": 2021, "masked": True},
        ]
    )
    panel, _ = build_panel(facts, docs)
    fig = gp.small_multiples(panel, ["gdp"], regions=["甲县"])
    ax = fig.axes[0]
    line = next(ln for ln in ax.get_lines() if ln.get_linestyle() == "-" and len(ln.get_xdata()) > 1)
    x, y = np.asarray(line.get_xdata()), np.asarray(line.get_ydata(), dtype=float)
    assert list(x) == [2017, 2018, 2019, 2020]
    assert np.isnan(y[2]) and list(y[[0, 1, 3]]) == [80.0, 85.0, 95.0]  # 2019 is a gap, not a straight line
    rings = [ln for ln in ax.get_lines() if ln.get_markeredgecolor() == gp.FLAG_COLOR]
    assert len(rings) == 1 and list(rings[0].get_xdata()) == [2020]
    masks = [ln for ln in ax.get_lines() if ln.get_marker() == "X"]
    assert len(masks) == 1 and list(masks[0].get_xdata()) == [2021]
    assert ax.get_ylabel() == "亿元"  # unit on the value axis
    assert ax.get_title() == "地区生产总值"


def test_heatmap_leaves_missing_cells_blank():
    heat = pd.DataFrame([[1.0, np.nan], [np.nan, 3.0]], index=["甲", "乙"], columns=[2020, 2021])
    fig = gp.heatmap(heat, fmt=".0f")
    texts = sorted(t.get_text() for t in fig.axes[0].texts)
    assert texts == ["1", "3"]  # no "0" and no "nan" for the missing cells
