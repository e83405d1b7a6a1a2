#!/usr/bin/env python
"""Render HTML reports in headless Chromium and check them the way a reader sees them.

    python tools/check_reports.py                    # every reports/**/*.html (what `make report` writes)
    python tools/check_reports.py reports/20_region_comparison --width 1024
    python tools/check_reports.py some.html --screenshots /tmp/shots

Each page is copied with a small script appended that, once the page has loaded, measures in
the browser and writes the result into the DOM as JSON; ``chromium --headless --dump-dom``
prints that DOM. A page fails when

- the page is wider than the window (``document.documentElement.scrollWidth > clientWidth``):
  the reader has to scroll sideways;
- an element scrolls sideways inside the page (a table wider than its output area);
- an image is broken (``naturalWidth == 0``) or drawn wider than the window;
- a Chinese character of the text is drawn as a box (tofu: neither the reader's fonts nor the
  report's embedded font has it). Once the page's fonts have loaded, every distinct CJK character
  is drawn on a canvas in its element's font; one drawn exactly like a private-use code point, or
  exactly like another character, or not at all, is a box.

Exit status 0 when every page passes, 1 when one fails, 2 when Chromium is missing
(Debian: ``apt-get install chromium``). Needs no Python package beyond the standard library.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MARK = "govkit-check-result"

#: Runs in the page after load; writes the measurements into <pre id=MARK>.
PROBE = r"""
<script>
function govkitGlyphs(out) {
  // every distinct CJK character of the text (500 at most per font stack), drawn on a canvas in the
  // font of its element: a character drawn like a private-use code point, or exactly like another
  // character, is a box (no font has it)
  var CJK = /[\u3400-\u9fff\uf900-\ufaff]/g, byFont = {}, n = 0;
  var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    var node = walk.currentNode, el = node.parentElement;
    if (!el || el.closest("script,style,#__MARK__")) continue;
    var chars = node.nodeValue.match(CJK);
    if (!chars) continue;
    var cs = getComputedStyle(el), key = cs.fontWeight + " 32px " + cs.fontFamily;
    var set = byFont[key] || (byFont[key] = {});
    chars.forEach(function (c) { set[c] = 1; });
  }
  var canvas = document.createElement("canvas");
  canvas.width = canvas.height = 48;
  var ctx = canvas.getContext("2d", {willReadFrequently: true});
  function draw(font, c) {
    ctx.clearRect(0, 0, 48, 48);
    ctx.font = font;
    ctx.textBaseline = "top";
    ctx.fillStyle = "#000";
    ctx.fillText(c, 4, 4);
    var d = ctx.getImageData(0, 0, 48, 48).data, h = 0, ink = 0;
    for (var i = 3; i < d.length; i += 4) { h = (h * 31 + d[i]) | 0; ink += d[i] ? 1 : 0; }
    return ink ? String(h) : "blank";
  }
  out.tofu = [];
  Object.keys(byFont).forEach(function (font) {
    var chars = Object.keys(byFont[font]).slice(0, 500), seen = {}, box = {};
    box[draw(font, "\ue000")] = 1;
    box[draw(font, "\ue001")] = 1;
    box.blank = 1;
    chars.forEach(function (c) { var h = draw(font, c); (seen[h] = seen[h] || []).push(c); });
    n += chars.length;
    var bad = [];
    Object.keys(seen).forEach(function (h) { if (box[h] || seen[h].length > 1) bad = bad.concat(seen[h]); });
    if (bad.length) out.tofu.push(bad.length + " of " + chars.length + " in " + font.replace(/^\S+ 32px /, "") + ": " + bad.slice(0, 12).join(""));
  });
  out.cjkChars = n;
}
window.addEventListener("load", function () {
  (document.fonts ? document.fonts.ready : Promise.resolve()).then(function () { govkitProbe(); });
});
function govkitProbe() {
  var de = document.documentElement, out = {};
  out.width = de.clientWidth;
  out.scrollWidth = de.scrollWidth;
  out.images = [];
  out.brokenImages = [];
  out.wideImages = [];
  document.querySelectorAll("img").forEach(function (img, i) {
    var r = img.getBoundingClientRect();
    out.images.push(img.naturalWidth);
    var name = (img.getAttribute("alt") || "") + " #" + i;
    if (!img.complete || img.naturalWidth === 0) out.brokenImages.push(name);
    else if (r.right > de.clientWidth + 1) out.wideImages.push(name + " right edge at " + Math.round(r.right) + "px");
  });
  out.sideScroll = [];
  document.querySelectorAll("body *").forEach(function (el) {
    if (el.scrollWidth > el.clientWidth + 1) {
      var ox = getComputedStyle(el).overflowX;
      if (ox === "auto" || ox === "scroll") {
        var what = el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? "." + String(el.className).split(" ").join(".") : "");
        var t = el.querySelector("table");
        var head = t ? Array.prototype.map.call(t.querySelectorAll("th"), function (th) { return th.textContent; }).slice(0, 6).join("|") : "";
        out.sideScroll.push(what + " " + el.scrollWidth + ">" + el.clientWidth + "px" + (head ? " table " + head : ""));
      }
    }
  });
  out.tables = document.querySelectorAll("table").length;
  govkitGlyphs(out);
  var pre = document.createElement("pre");
  pre.id = "__MARK__";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}
</script>
""".replace("__MARK__", MARK)


@dataclass
class PageCheck:
    path: Path
    measured: dict = field(default_factory=dict)
    error: str = ""

    @property
    def problems(self) -> list[str]:
        if self.error:
            return [self.error]
        m = self.measured
        out = []
        if m["scrollWidth"] > m["width"] + 1:
            out.append(f"page wider than the window: {m['scrollWidth']}px > {m['width']}px")
        out += [f"broken image {x}" for x in m["brokenImages"]]
        out += [f"image wider than the window: {x}" for x in m["wideImages"]]
        out += [f"scrolls sideways: {x}" for x in m["sideScroll"]]
        out += [f"CJK characters drawn as boxes (no font has them): {x}" for x in m["tofu"]]
        return out

    @property
    def ok(self) -> bool:
        return not self.problems


def find_browser() -> str | None:
    """The Chromium executable (``$CHROMIUM`` first), or None."""
    env = os.environ.get("CHROMIUM")
    if env and shutil.which(env):
        return shutil.which(env)
    return next((p for p in map(shutil.which, BROWSERS) if p), None)


def _with_probe(page: str) -> str:
    i = page.lower().rfind("</body>")
    return page + PROBE if i < 0 else page[:i] + PROBE + page[i:]


def _browser_args(browser: str, width: int, height: int, profile: str) -> list[str]:
    return [
        browser,
        "--headless=new",
        "--no-sandbox",  # root in containers and CI
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--hide-scrollbars",
        "--mute-audio",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        "--run-all-compositor-stages-before-draw",
        "--virtual-time-budget=15000",
    ]


def check_page(
    path: Path,
    browser: str,
    width: int = 1280,
    height: int = 900,
    screenshot: Path | None = None,
    timeout: int = 180,
    attempts: int = 2,
) -> PageCheck:
    """Render *path* in *browser* and measure it; never raises for a page problem. A render that
    times out or does not finish (a busy machine) is tried again, *attempts* times in all."""
    res = PageCheck(Path(path))
    for _ in range(attempts):
        res = _check_once(Path(path), browser, width, height, screenshot, timeout)
        if not res.error:
            break
    return res


def _check_once(path: Path, browser: str, width: int, height: int, screenshot: Path | None, timeout: int) -> PageCheck:
    path = path.resolve()
    with tempfile.TemporaryDirectory(prefix="govkit-check-") as tmp:
        # the probed copy sits beside the original so relative links resolve alike
        probed = path.with_name(f".{path.stem}.check.html")
        try:
            probed.write_text(_with_probe(path.read_text(encoding="utf-8")), encoding="utf-8")
            args = _browser_args(browser, width, height, tmp)
            run = subprocess.run(
                [*args, "--dump-dom", probed.as_uri()], capture_output=True, text=True, timeout=timeout, check=False
            )
            if screenshot is not None:
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run(
                    [*args, f"--screenshot={screenshot}", path.as_uri()],
                    capture_output=True,
                    timeout=timeout,
                    check=False,
                )
        except subprocess.TimeoutExpired:
            return PageCheck(path, error=f"{browser} did not finish rendering within {timeout}s")
        finally:
            probed.unlink(missing_ok=True)
    m = re.search(rf'<pre id="{MARK}">(.*?)</pre>', run.stdout, re.S)
    if not m:
        tail = (run.stderr.strip().splitlines() or ["no output"])[-1]
        return PageCheck(path, error=f"the page did not finish loading in {browser} (exit {run.returncode}: {tail})")
    return PageCheck(path, json.loads(html.unescape(m.group(1))))


def report_pages(targets: list[Path]) -> list[Path]:
    pages: list[Path] = []
    for t in targets:
        if t.is_dir():
            pages += sorted(p for p in t.rglob("*.html") if not p.name.startswith("."))
        elif t.exists():
            pages.append(t)
        else:
            raise SystemExit(f"check_reports: {t}: not found (run `make report` first)")
    return pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=[ROOT / "reports"], help="HTML files or directories")
    ap.add_argument("--width", type=int, default=1280, help="window width in CSS pixels (default 1280)")
    ap.add_argument("--height", type=int, default=900, help="window height (default 900)")
    ap.add_argument("--screenshots", type=Path, default=None, metavar="DIR", help="also save a PNG of each page")
    a = ap.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print("check_reports: no chromium found (Debian: apt-get install chromium; or set $CHROMIUM)", file=sys.stderr)
        return 2
    pages = report_pages(a.paths)
    if not pages:
        print(f"check_reports: no HTML reports under {', '.join(map(str, a.paths))}", file=sys.stderr)
        return 1
    bad = 0
    for page in pages:
        shot = a.screenshots / f"{page.parent.name}__{page.stem}.png" if a.screenshots else None
        res = check_page(page, browser, a.width, a.height, shot)
        if res.ok:
            m = res.measured
            print(
                f"ok    {page} ({len(m['images'])} images, {m['tables']} tables, {m['cjkChars']} CJK characters,"
                f" {m['scrollWidth']}px wide)"
            )
        else:
            bad += 1
            print(f"FAIL  {page}")
            for p in res.problems:
                print(f"        {p}")
    print(f"{len(pages) - bad} of {len(pages)} report(s) pass at {a.width}px")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
