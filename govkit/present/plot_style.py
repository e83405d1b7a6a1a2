"""What every chart shares: the CJK font, colours, :class:`NoChart`, figure and axis helpers.

:func:`setup_fonts` registers the Noto Sans CJK SC font shipped in the ``mplfonts`` package
(SIL Open Font License) with matplotlib's font manager at run time — nothing is written into
matplotlib's installation. Every chart helper calls it (through :func:`new_figure`), so
importing a chart module is enough.

A value axis never magnifies a single point or a flat series into a slope
(:func:`honest_value_axis`). A chart with nothing to draw is not drawn: the helper returns a
:class:`NoChart`, one line saying what is missing (shown in place of the chart in a notebook).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns
from matplotlib import font_manager
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

FONT_FILE = "NotoSansCJKsc-Regular.otf"
BASE_FONT_SIZE = 11
FLAG_COLOR = "#d62728"
#: Region colours: ten that stay apart from each other, from the flag red and the mask grey
#: (CIELAB distance >= 37 between any two; tests/test_plot.py) and dark enough to read as a line
#: on white; an eleventh region starts the cycle again.
REGION_COLORS = (
    "#ff7f0e",
    "#2ca02c",
    "#6b6ecf",
    "#e7298a",
    "#843c39",
    "#56b4e9",
    "#bd9e39",
    "#000000",
    "#1b9e77",
    "#cc79a7",
)
MASK_COLOR = "#7f7f7f"


class NoChart:
    """What a chart helper returns when there is nothing to draw: one line saying what is missing.

    In a notebook it is shown where the chart would be (no empty axes, no placeholder figure)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"NoChart({self.text!r})"

    def __str__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return f"<p style='color:#555;font-style:italic'>{html.escape(self.text)}</p>"


_ANNOUNCE = [True]


@contextmanager
def quiet() -> Iterator[None]:
    """Chart helpers called inside return their :class:`NoChart` without displaying it."""
    _ANNOUNCE.append(False)
    try:
        yield
    finally:
        _ANNOUNCE.pop()


def no_chart(text: str) -> NoChart:
    """A :class:`NoChart`, displayed at once when running in a notebook kernel (outside :func:`quiet`)."""
    nc = NoChart(text)
    if not _ANNOUNCE[-1]:
        return nc
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython comes with the notebooks extra
        return nc
    shell = get_ipython()
    if shell is not None and getattr(shell, "kernel", None) is not None:
        display(nc)
    return nc


class FontNotFound(RuntimeError):
    """The packaged CJK font could not be located."""


def font_path() -> Path:
    """Path of the CJK font file inside the installed ``mplfonts`` package."""
    try:
        p = Path(str(resources.files("mplfonts") / "fonts" / FONT_FILE))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover
        raise FontNotFound("the 'mplfonts' package is not installed (pip install mplfonts)") from None
    if not p.exists():  # pragma: no cover
        raise FontNotFound(f"{p}: CJK font missing from the mplfonts package")
    return p


@lru_cache(maxsize=1)
def _register() -> str:
    path = font_path()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def setup_fonts(style: bool = True) -> str:
    """Register the CJK font and make it matplotlib's default sans-serif; returns the family name.

    With *style*, also apply the seaborn theme (``whitegrid``) first — seaborn's theme resets
    fonts, so the font settings are applied after it. Idempotent.
    """
    family = _register()
    if style:
        sns.set_theme(style="whitegrid", context="notebook")
    sans = [family] + [f for f in matplotlib.rcParams["font.sans-serif"] if f != family]
    matplotlib.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": sans,
            "axes.unicode_minus": True,  # Noto Sans CJK has U+2212, so a real minus sign renders
            "font.size": BASE_FONT_SIZE,
            "axes.titlesize": BASE_FONT_SIZE + 1,
            "axes.labelsize": BASE_FONT_SIZE,
            "xtick.labelsize": BASE_FONT_SIZE - 1,
            "ytick.labelsize": BASE_FONT_SIZE - 1,
            "legend.fontsize": BASE_FONT_SIZE - 1,
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "figure.max_open_warning": 0,
        }
    )
    return family


# --------------------------------------------------------------------------- figures and axes


def legend_handles() -> list[Line2D]:
    """The legend entries of the marker conventions (actual, estimate, target, flagged, masked)."""
    return [
        Line2D([], [], marker="o", color="0.3", ls="-", label="实际 actual"),
        Line2D([], [], marker="o", color="0.3", mfc="white", ls="-", label="预计 estimate"),
        Line2D([], [], marker="D", color="0.3", mfc="white", ls="--", label="目标 target"),
        Line2D([], [], marker="o", ms=12, mfc="none", mec=FLAG_COLOR, ls="", label="标记 flagged"),
        Line2D([], [], marker="X", color=MASK_COLOR, ls="", label="遮蔽 masked"),
    ]


def new_figure(nrows: int = 1, ncols: int = 1, width: float = 9.0, height: float = 4.0, **kw):
    """A figure with a grid of axes (always 2-D), fonts set up first."""
    setup_fonts()
    fig, axes = plt.subplots(nrows, ncols, figsize=(width, height), squeeze=False, **kw)
    return fig, axes


#: A series whose values differ by less than this share of their size counts as flat.
FLAT_SHARE = 0.1


def honest_value_axis(ax, values, start_at_zero: bool = True) -> None:
    """Limits of the value axis that do not magnify a single point or a flat series.

    matplotlib pads one point by ±5 % of its value and a flat series by a hair, which draws
    noise as a slope. When the values differ by less than :data:`FLAT_SHARE` of their size, the
    axis starts at 0 for non-negative amounts (*start_at_zero*) or spans ±50 % of the size
    (at least ±1) around them otherwise; no offset ("+1e3") is ever put on the tick labels.
    """
    v = np.asarray([x for x in values if x is not None and np.isfinite(x)], dtype=float)
    ax.ticklabel_format(axis="y", useOffset=False, style="plain")
    if not len(v):
        return
    lo, hi = float(v.min()), float(v.max())
    size = max(abs(lo), abs(hi))
    if hi - lo > FLAT_SHARE * size:
        return
    if start_at_zero and lo >= 0:
        ax.set_ylim(0, hi * 1.2 if hi > 0 else 1)
    else:
        pad = max(size * 0.5, 1.0)
        ax.set_ylim(lo - pad, hi + pad)


def year_axis(ax, years) -> None:
    """Integer year ticks over [min(years), max(years)] (one tick per year when few)."""
    if years:
        lo, hi = int(min(years)), int(max(years))
        ax.set_xlim(lo - 0.5, hi + 0.5)
        if hi - lo <= 10:
            ax.set_xticks(range(lo, hi + 1))
            if hi - lo > 5:
                ax.tick_params(axis="x", rotation=45)
            return
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
