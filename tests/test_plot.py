"""Charts: the packaged CJK font, no missing glyphs, units, missing and flagged values."""

from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from govkit.analysis.panel import build_panel, composition, rankings, targets_vs_outcomes  # noqa: E402
from govkit.present import plot as gp  # noqa: E402
from govkit.present import plot_style as ps  # noqa: E402
from govkit.present.heatmap import heatmap  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _render(fig) -> None:
    fig.canvas.draw()  # text is laid out (and glyphs looked up) at draw time


def test_font_comes_from_mplfonts_and_is_registered():
    path = ps.font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf" and "mplfonts" in path.parts
    family = ps.setup_fonts()
    assert family == "Noto Sans CJK SC"
    assert matplotlib.rcParams["font.sans-serif"][0] == family
    assert matplotlib.rcParams["axes.unicode_minus"] is True
    # registered at run time, not copied into matplotlib's own font directory
    assert not (Path(matplotlib.get_data_path()) / "fonts" / "ttf" / path.name).exists()


def test_chinese_labels_and_minus_sign_render_without_missing_glyphs():
    ps.setup_fonts()
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
    ps.setup_fonts()
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
            gp.latest_rankings_chart(ranks),
            heatmap(heat, title="覆盖", cbar_label="个数"),
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
    rings = [ln for ln in ax.get_lines() if ln.get_markeredgecolor() == ps.FLAG_COLOR]
    assert len(rings) == 1 and list(rings[0].get_xdata()) == [2020]
    masks = [ln for ln in ax.get_lines() if ln.get_marker() == "X"]
    assert len(masks) == 1 and list(masks[0].get_xdata()) == [2021]
    assert ax.get_ylabel() == "亿元"  # unit on the value axis
    assert ax.get_title() == "地区生产总值"


def test_heatmap_leaves_missing_cells_blank():
    heat = pd.DataFrame([[1.0, np.nan], [np.nan, 3.0]], index=["甲", "乙"], columns=[2020, 2021])
    fig = heatmap(heat, fmt=".0f")
    texts = sorted(t.get_text() for t in fig.axes[0].texts)
    assert texts == ["1", "3"]  # no "0" and no "nan" for the missing cells


def test_nothing_to_draw_gives_one_line_instead_of_an_empty_chart(fact_frame, document_frame):
    docs = document_frame([{"doc_id": "a_2021", "region": "甲县", "year": 2021}])
    facts = fact_frame([{"doc_id": "a_2021", "indicator": "gdp", "value": 90.0, "year": 2021}])
    panel, _ = build_panel(facts, docs)
    empty_tvo = targets_vs_outcomes(facts, docs).iloc[0:0]
    plt.close("all")
    nothing = [
        gp.small_multiples(panel, ["fai", "forest_coverage"], regions=["甲县"]),
        gp.small_multiples(panel, [], regions=["甲县"]),
        gp.small_multiples(panel, ["gdp"], regions=["甲县"], years=[2010, 2012]),
        gp.latest_rankings_chart(rankings(panel, "gdp")),  # one region: nothing to rank
        heatmap(pd.DataFrame([[np.nan]], index=["甲县"], columns=[2021])),
        gp.composition_chart(composition(panel)),
        gp.targets_chart(empty_tvo),
        gp.terms_chart(pd.DataFrame({"term": [], "z": []})),
        gp.theme_lines(pd.DataFrame({"region": [], "year": [], "theme": [], "per_thousand": []})),
    ]
    assert all(isinstance(n, ps.NoChart) for n in nothing), nothing
    assert plt.get_fignums() == []  # not even an empty figure was made
    assert "固定资产投资" in nothing[0].text and "无数据" in nothing[0].text
    assert all("\n" not in n.text and n.text.startswith("无图") for n in nothing)
    assert nothing[0]._repr_html_().startswith("<p") and "<" not in nothing[0].text
    # some indicators with data: panels only for those, the others named in one line under the chart
    fig = gp.small_multiples(panel, ["gdp", "fai"], regions=["甲县"])
    assert [ax.get_title() for ax in fig.axes if ax.get_visible()] == ["地区生产总值"]
    assert any("无数据 no data: 固定资产投资" in t.get_text() for t in fig.texts)


def _ylim(fig) -> tuple[float, float]:
    return fig.axes[0].get_ylim()


def test_value_axis_does_not_magnify_a_single_point_or_a_flat_series(fact_frame, document_frame):
    docs = document_frame([{"doc_id": f"a_{y}", "region": "甲县", "year": y} for y in (2020, 2021, 2022)])
    one = fact_frame([{"doc_id": "a_2021", "indicator": "gdp", "value": 1234.5, "year": 2021}])
    fig = gp.small_multiples(build_panel(one, docs)[0], ["gdp"], regions=["甲县"])
    _render(fig)
    lo, hi = _ylim(fig)
    assert lo == 0 and 1234.5 < hi <= 1234.5 * 1.25  # not 1172.8 .. 1296.2
    assert not fig.axes[0].yaxis.get_offset_text().get_text()  # no "+1.234e3" offset
    flat = fact_frame(
        [
            {"doc_id": f"a_{y}", "indicator": "gdp", "measure": "yoy_pct", "value": v, "year": y}
            for y, v in ((2020, 6.5), (2021, 6.6), (2022, 6.5))
        ]
    )
    fig = gp.small_multiples(build_panel(flat, docs)[0], ["gdp"], measure="yoy_pct", regions=["甲县"])
    lo, hi = _ylim(fig)
    assert lo <= 6.5 - 3 and hi >= 6.6 + 3  # a 0.1-point wiggle is not drawn as a climb
    growth = fact_frame(
        [
            {"doc_id": f"a_{y}", "indicator": "gdp", "value": v, "year": y}
            for y, v in ((2020, 80.0), (2021, 120.0), (2022, 160.0))
        ]
    )
    fig = gp.small_multiples(build_panel(growth, docs)[0], ["gdp"], regions=["甲县"])
    lo, hi = _ylim(fig)
    assert 60 < lo < 80 and 160 < hi < 180  # a real change keeps matplotlib's close-fitting axis


def _lab(color) -> np.ndarray:
    rgb = np.array(matplotlib.colors.to_rgb(color))
    lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = m @ lin / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_ten_regions_get_ten_distinguishable_colours():
    colours = ps.REGION_COLORS[:10]
    assert len(set(colours)) == 10
    others = [ps.FLAG_COLOR, ps.MASK_COLOR]
    gaps = [np.linalg.norm(_lab(a) - _lab(b)) for i, a in enumerate(colours) for b in list(colours[i + 1 :]) + others]
    assert min(gaps) >= 37  # CIELAB distance; tab10's own closest pair is 27 apart
    assert all(_lab(c)[0] <= 70 for c in colours)  # dark enough to see as a line on white


def _overlaps(texts, fig) -> list[tuple[str, str]]:
    r = fig.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(r)) for t in texts if t.get_text() and t.get_visible()]
    return [(a, b) for i, (a, ba) in enumerate(boxes) for b, bb in boxes[i + 1 :] if ba.overlaps(bb)]


@pytest.mark.parametrize(
    "rows, cols, fmt",
    [
        ([f"(匿名)anon_county_{i}_work_summary · 经济" for i in range(10)], list(range(2010, 2026)), ".0f"),
        (
            [f"长沙县 · {2014 + i} · changshaxian_{2014 + i}" for i in range(12)],
            ["乡村振兴", "生态环境保护", "营商环境", "科技创新", "民生"],
            ".1f",
        ),
        (["甲", "乙"], [2020, 2021], ".0f"),
        (
            [
                f"{r}县 · {f}"
                for r in "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
                for f in ("经济", "投资", "财政", "收入", "扶贫", "生态")
            ],
            list(range(1996, 2026)),
            ".0f",
        ),
    ],
)
def test_heatmap_labels_and_values_do_not_overlap(rows, cols, fmt):
    rng = np.random.default_rng(0)
    m = pd.DataFrame(rng.uniform(0, 999.9, (len(rows), len(cols))), index=rows, columns=cols)
    m.iloc[0, 0] = np.nan
    fig = heatmap(m, title="覆盖 coverage", cbar_label="个数", fmt=fmt)
    _render(fig)
    ax = fig.axes[0]
    assert len(ax.get_xticklabels()) == len(cols) and len(ax.get_yticklabels()) == len(rows)  # every label shown
    assert not _overlaps(ax.get_xticklabels(), fig)
    assert not _overlaps(ax.get_yticklabels(), fig)
    assert not _overlaps(ax.texts, fig)
    assert not _overlaps([*ax.get_yticklabels(), ax.yaxis.label], fig)
