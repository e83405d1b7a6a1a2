"""The reports as a reader sees them: every report of the main job rendered in headless Chromium
(tools/check_reports.py) has no horizontal overflow and no broken image."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from govkit.present.report import main_reports, multi_year_regions
from govkit.present.report_fonts import embed_font

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("check_reports", ROOT / "tools" / "check_reports.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["check_reports"] = mod
    spec.loader.exec_module(mod)
    return mod


check = _tool()
BROWSER = check.find_browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="chromium not installed (Debian: apt-get install chromium): the reports cannot be rendered"
)

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="  # 1x1 pixel


def _page(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / f"{name}.html"
    p.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>", "utf-8")
    return p


def test_the_check_finds_overflow_side_scrolling_and_broken_images(tmp_path):
    good = _page(tmp_path, "good", f"<p>地区生产总值</p><img alt='chart' src='data:image/png;base64,{PNG}'>")
    good.write_text(embed_font(good.read_text("utf-8")), "utf-8")
    res = check.check_page(good, BROWSER, width=800)
    assert res.ok, res.problems
    assert res.measured["images"] == [1]
    assert res.measured["cjkChars"] == 6
    broken = _page(tmp_path, "broken", "<img alt='chart' src='data:image/png;base64,AAAA'><img src='missing.png'>")
    assert [p.split(" #")[0] for p in check.check_page(broken, BROWSER, width=800).problems] == [
        "broken image chart",
        "broken image ",
    ]
    wide = _page(tmp_path, "wide", "<div style='width:1500px'>wide</div>")
    [problem] = check.check_page(wide, BROWSER, width=800).problems
    assert problem == "page wider than the window: 1508px > 800px"  # 1500 and the body's margin
    cells = "".join(f"<th>column_{i}</th>" for i in range(40))
    scroll = _page(tmp_path, "scroll", f"<div style='overflow-x:auto'><table><tr>{cells}</tr></table></div>")
    [problem] = check.check_page(scroll, BROWSER, width=800).problems
    assert problem.startswith("scrolls sideways: div") and "table column_0|column_1" in problem


def test_the_check_finds_chinese_text_drawn_as_boxes(tmp_path):
    """A CJK character no font has is drawn as a box (tofu): as the .notdef glyph of a private-use
    code point, or exactly like another such character. A font-family that does not exist stands in
    for a machine without a CJK font (this test machine may have one)."""
    body = "<p style='font-family: govkit-no-such-font'>地区生产总值</p><p>GDP 8.5%</p>"
    page = _page(tmp_path, "boxes", body)
    fonts = check.check_page(page, BROWSER, width=800)
    if fonts.ok:  # a system CJK font draws them: check the embedded font in place of the system ones
        pytest.skip("a CJK system font is installed: the unembedded page shows its characters")
    [problem] = fonts.problems
    assert problem.startswith("CJK characters drawn as boxes (no font has them): 6 of 6 in govkit-no-such-font")
    page.write_text(embed_font(page.read_text("utf-8").replace("govkit-no-such-font", "inherit")), "utf-8")
    assert check.check_page(page, BROWSER, width=800).ok


@pytest.fixture(scope="module")
def main_job_reports(processed_dir, tmp_path_factory) -> list[Path]:
    """The reports `make report` writes (profiles and comparison of the multi-year regions, the
    overview, poverty, ecology and attention), written from data/processed into a temporary folder."""
    out = tmp_path_factory.mktemp("reports")
    assert main_reports(processed_dir, out, multi_year_regions(processed_dir), jobs=2, progress=False) == 0
    return check.report_pages([out])


@pytest.mark.parametrize("width", [1280, 1024])
def test_every_report_of_the_main_job_fits_the_window_and_shows_its_images(main_job_reports, width):
    names = {p.parent.name for p in main_job_reports}
    assert {"00_corpus_overview", "10_region_profile", "20_region_comparison"} <= names
    failed = {}
    n_images = 0
    for page in main_job_reports:
        res = check.check_page(page, BROWSER, width=width)
        if not res.ok:
            failed[f"{page.parent.name}/{page.name}"] = res.problems
        else:
            n_images += len(res.measured["images"])
    assert not failed, failed
    assert n_images >= len(main_job_reports)  # the check saw the charts (every report has one or more)
