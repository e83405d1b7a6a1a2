"""An interactive explorer of the panel for JupyterLab: ``govkit.explore()`` (ipywidgets).

Pick regions, an indicator family, indicators, a measure and a span of years; the explorer shows
the chart (:func:`govkit.present.plot.small_multiples`), the table (:func:`views.wide_table`, the
marked values of the notebooks) and, beside it, every number with the sentence and document it
was read from (:func:`views.source_table`). It uses the same views as the notebooks, so a number
reads the same here, in a notebook and in a report; all text is HTML-escaped by :func:`views.show`.

>>> import govkit
>>> govkit.explore("data/processed")        # doctest: +SKIP

The widget's parts are attributes (``regions``, ``family``, ``indicators``, ``measure``,
``years``; ``chart``, ``table``, ``evidence``, ``status``), so code can drive it too:
``ex.regions.value = ("会同县",)`` redraws everything.
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from govkit.core.catalog import FAMILIES, load_catalog
from govkit.core.errors import GovkitError
from govkit.present.display import show
from govkit.present.labels import FAMILY_ZH, LEGEND, no_data_message
from govkit.present.panel_views import headline_indicators, indicators_with_data, source_table, wide_table
from govkit.present.processed import Processed, load, select

try:
    import ipywidgets as widgets
except ImportError as exc:  # pragma: no cover - the lab extra is part of the default set-up
    raise GovkitError("govkit.explore needs ipywidgets: pip install 'govkit[lab]' (make report installs it)") from exc

MEASURES_SHOWN = {
    "level": "水平 level",
    "yoy_pct": "同比增长 growth (%)",
    "cagr_pct": "年均增长 CAGR (%)",
    "pp_change": "百分点变化 change (pp)",
    "completion_pct": "完成进度 completion (%)",
}
#: Most indicators drawn at once (one small chart each); the table and evidence show all.
MAX_CHARTS = 9
ALL = ""


def default_processed_dir() -> Path:
    """``data/processed`` seen from the repository root or from ``notebooks/``."""
    for candidate in (Path("data/processed"), Path("../data/processed")):
        if (candidate / "facts.parquet").exists():
            return candidate
    raise GovkitError("no data/processed/facts.parquet here or in ..: run `govkit run data/raw` first")


class Explorer(widgets.VBox):
    """Selection widgets on top; the chart, then the table beside the evidence of every number."""

    def __init__(
        self,
        data: Processed,
        regions: Sequence[str] | None = None,
        indicators: Sequence[str] | None = None,
        years: Sequence[int] | None = None,
        measure: str = "level",
    ) -> None:
        self.data = data
        panel = data.panel
        self._hold = False
        all_regions = data.regions
        regions = [r for r in (regions or _best_covered(panel)[:1]) if r in all_regions]
        ys = [int(y) for y in panel["year"].dropna()] or [2000]
        lo, hi = min(ys), max(ys)
        span = (max(lo, min(years)), min(hi, max(years))) if years else (lo, hi)
        self.regions = widgets.SelectMultiple(
            options=all_regions, value=tuple(regions), rows=min(10, max(4, len(all_regions))), description="地区"
        )
        self.family = widgets.Dropdown(
            options=[("全部 all", ALL)] + [(FAMILY_ZH[f], f) for f in FAMILIES], value=ALL, description="指标族"
        )
        self.measure = widgets.Dropdown(
            options=[(v, k) for k, v in MEASURES_SHOWN.items()],
            value=measure if measure in MEASURES_SHOWN else "level",
            description="口径",
        )
        self.years = widgets.IntRangeSlider(min=lo, max=hi, value=span, step=1, description="年份")
        self.indicators = widgets.SelectMultiple(options=self._indicator_options(), rows=10, description="指标")
        wanted = list(indicators) if indicators else self._default_indicators(regions)
        known = {v for _, v in self.indicators.options}
        self.indicators.value = tuple(i for i in wanted if i in known)
        self.status = widgets.HTML()
        self.chart = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
        self.table = widgets.HTML(layout=widgets.Layout(flex="1 1 50%", overflow="auto"))
        self.evidence = widgets.HTML(layout=widgets.Layout(flex="1 1 50%", overflow="auto", max_height="480px"))
        controls = widgets.HBox(
            [self.regions, widgets.VBox([self.family, self.measure, self.years]), self.indicators],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        legend = widgets.HTML(f"<p style='font-size:smaller;color:#555'>{html.escape(LEGEND)}</p>")
        body = widgets.HBox([self.table, self.evidence], layout=widgets.Layout(align_items="flex-start"))
        super().__init__([controls, self.status, self.chart, legend, body])
        self.family.observe(self._on_family, names="value")
        for w in (self.regions, self.indicators, self.measure, self.years):
            w.observe(self._on_change, names="value")
        self.refresh()

    # ------------------------------------------------------------------ selection

    @property
    def selection(self) -> dict[str, Any]:
        """The current choice: regions, indicators, years (``[first, last]``), measure."""
        return {
            "regions": list(self.regions.value),
            "indicators": list(self.indicators.value),
            "years": list(self.years.value),
            "measure": self.measure.value,
        }

    def _indicator_options(self) -> list[tuple[str, str]]:
        """``地区生产总值 (亿元)`` -> id for catalog indicators with panel rows in the chosen family."""
        fam = [self.family.value] if self.family.value else None
        have = set(select(self.data.panel, None, None, None, fam)["indicator"])
        cat = load_catalog()
        return [(f"{ind.name_zh} ({ind.unit})" if ind.unit else ind.name_zh, i) for i, ind in cat.items() if i in have]

    def _default_indicators(self, regions: Iterable[str]) -> list[str]:
        """Up to four indicators with yearly values for *regions*: headline ones, else the family's first."""
        regions = list(regions)
        fam = [self.family.value] if self.family.value else None
        if regions and not fam:
            return headline_indicators(self.data.panel, regions[0], per_family=1)[:4]
        have = indicators_with_data(self.data.panel, regions or None, None, fam)
        return (have or [v for _, v in self.indicators.options])[:4]

    def _on_family(self, _change: dict) -> None:
        kept = self.indicators.value
        self._hold = True
        try:
            self.indicators.options = self._indicator_options()
            known = {v for _, v in self.indicators.options}
            kept = tuple(i for i in kept if i in known)
            self.indicators.value = kept or tuple(self._default_indicators(self.regions.value))
        finally:
            self._hold = False
        self.refresh()

    def _on_change(self, _change: dict) -> None:
        if not self._hold:
            self.refresh()

    # ------------------------------------------------------------------ output

    def refresh(self) -> None:
        """Redraw the chart, the table and the evidence for the current selection."""
        sel = self.selection
        regions, indicators, years, measure = sel["regions"], sel["indicators"], sel["years"], sel["measure"]
        if not indicators:
            self.status.value = "<p><i>选择指标 pick one or more indicators</i></p>"
            self.chart.value, self.table.value, self.evidence.value = b"", "", ""
            return
        panel = select(self.data.panel, regions or None, years, indicators)
        panel = panel[panel["measure"] == measure]
        if panel[panel["value"].notna()].empty:
            self.status.value = f"<p>{html.escape(no_data_message(regions, years))}</p>"
        else:
            n = int(panel["value"].notna().sum())
            self.status.value = (
                f"<p>{n} 个数值 values · {html.escape(', '.join(regions) or '全部地区 all regions')}</p>"
            )
        chart = self._chart(indicators[:MAX_CHARTS], measure, regions, years)
        if isinstance(chart, str):  # nothing to draw: say so instead of an empty image
            self.status.value += f"<p>{html.escape(chart)}</p>"
            chart = b""
        self.chart.value = chart
        wide = wide_table(self.data.panel, regions or None, years, indicators, measures=(measure,), by_region=True)
        self.table.value = _html(show(wide, caption="表 table", empty="无数据 no data"))
        sources = source_table(panel)
        sources = sources[sources["value"] != "—"]
        self.evidence.value = _html(show(sources, caption="来源 evidence of every number", empty="无数据 no data"))

    def _chart(self, indicators: list[str], measure: str, regions: list[str], years: list[int]) -> bytes | str:
        """The chart as PNG bytes, or the line saying why there is none."""
        import matplotlib.pyplot as plt

        from govkit.present.plot import small_multiples
        from govkit.present.plot_style import NoChart, quiet

        with quiet():
            fig = small_multiples(self.data.panel, indicators, measure=measure, regions=regions or None, years=years)
        if isinstance(fig, NoChart):
            return fig.text
        buf = io.BytesIO()
        try:
            fig.savefig(buf, format="png", dpi=90)
        finally:
            plt.close(fig)
        return buf.getvalue()


def _best_covered(panel: Any) -> list[str]:
    """Regions by number of panel values, most first (the default selection)."""
    counts = panel[panel["value"].notna()].groupby("region").size()
    return sorted(counts.index, key=lambda r: (-counts[r], r))


def _html(obj: Any) -> str:
    """The HTML string of an IPython display object (what :func:`views.show` returns)."""
    return str(getattr(obj, "data", obj))


def explore(
    processed_dir: str | Path | Processed | None = None,
    regions: Sequence[str] | None = None,
    indicators: Sequence[str] | None = None,
    years: Sequence[int] | None = None,
    measure: str = "level",
) -> Explorer:
    """An :class:`Explorer` of the tables in *processed_dir* (default ``data/processed``, also found
    from ``notebooks/``); *regions*, *indicators* (ids), *years* and *measure* preset the selection."""
    data = processed_dir if isinstance(processed_dir, Processed) else load(processed_dir or default_processed_dir())
    return Explorer(data, regions=regions, indicators=indicators, years=years, measure=measure)
