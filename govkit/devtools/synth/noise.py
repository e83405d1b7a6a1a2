"""The noise of real downloads, applied to a clean synthetic document.

Web chrome (breadcrumbs, publication meta, footers), PDF-style hard wraps, watermark tokens at
line ends, traditional characters, GB18030 bytes and HTML pages. Which documents are noisy is
fixed by the seed (:func:`noisy_indices`); which noise each gets by its own random stream.
"""

from __future__ import annotations

import html
import random
from functools import lru_cache

import opencc

from govkit.devtools.synth.data import load_chrome

NOISES = ("chrome", "wrap", "watermark", "trad", "gbk", "html")
_NOISE_P = {"chrome": 0.55, "wrap": 0.45, "watermark": 0.3, "trad": 0.12, "gbk": 0.3, "html": 0.15}


def choose_noise(rng: random.Random) -> tuple[str, ...]:
    """The kinds of noise for one noisy document (at least one)."""
    tags = [k for k in NOISES if rng.random() < _NOISE_P[k]]
    return tuple(tags or [rng.choice(NOISES)])


def _chrome_fill(rng: random.Random, s: str, meta: dict) -> str:
    """A chrome line with its fields (dates, region, counters) filled in."""
    y, m, d = meta["report_date"].split("-")
    pub = f"{y}-{m}-{min(28, int(d) + rng.randint(1, 9)):02d}"
    lvl = (meta["region"] or "县")[-1]
    vals = {
        "pubdate": rng.choice((pub, pub.replace("-", "/"))),
        "pubdatetime": f"{pub} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        "region": meta["region"] or "某" + lvl,
        "lvl": lvl,
        "clicks": str(rng.randint(12, 9000)),
        "siteid": str(rng.randint(10**9, 10**10 - 1)),
        "icp": str(rng.randint(10**7, 10**8 - 1)),
        "chars": str(rng.randint(5000, 20000)),
        "shown": str(rng.randint(700, 4000)),
    }
    src = rng.choice(load_chrome()["source"])
    vals["source"] = src.format(**vals)
    return s.format(**vals)


def _wrap(text: str, rng: random.Random) -> str:
    """Hard-wrap lines at a random width, as text copied from a PDF."""
    width = rng.randint(25, 40)
    joiner = "\n" if rng.random() < 0.7 else " "
    out = []
    for line in text.split("\n"):
        while len(line) > width + 3:
            w = width + rng.randint(-3, 3)
            out.append(line[:w])
            line = line[w:]
        out.append(line)
    return joiner.join(out)


def apply_noise(text: str, meta: dict, noise: tuple[str, ...], rng: random.Random) -> tuple[bytes, str, str]:
    """(file bytes, extension, encoding) of *text* with the given noise applied."""
    chrome = load_chrome()
    if "watermark" in noise:
        token = "".join(rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3))
        if rng.random() < 0.3:
            token += rng.choice(chrome["slogan"])
        text = "\n".join(ln + token if ln.strip() and rng.random() < 0.85 else ln for ln in text.split("\n"))
    if "wrap" in noise:
        text = _wrap(text, rng)
    if "chrome" in noise:
        head = [
            rng.choice(chrome["breadcrumb"]),
            "",
            meta["title"],
            _chrome_fill(rng, rng.choice(chrome["meta"]), meta),
        ]
        if rng.random() < 0.5:
            head.append(rng.choice(chrome["tools"]))
        tail = [_chrome_fill(rng, s, meta) for s in rng.sample(chrome["footer"], rng.randint(2, 4))]
        text = "\n".join(head) + "\n\n" + text + "\n" + "\n".join(tail) + "\n"
    if "trad" in noise:
        text = _opencc("s2t").convert(text)
    encoding = "gb18030" if "gbk" in noise else "utf-8"
    ext = ".txt"
    if "html" in noise:
        ext = ".html"
        body = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip())
        hexid = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        text = (
            f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{"gbk" if encoding != "utf-8" else "utf-8"}">\n'
            f"<title>{html.escape(meta['title'])}</title>\n"
            '<style>body{font-family:"宋体";font-size:16px} .nav a{color:#333} #share{display:none}</style>\n'
            f'<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");'
            f'hm.src="https://hm.example.com/hm.js?{hexid}";}})();</script>\n</head>\n<body>\n'
            '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>\n'
            f'<div class="article">\n{body}\n</div>\n'
            '<script>function share(t){document.getElementById("share").style.display=t?"block":"none";}</script>\n'
            "</body>\n</html>\n"
        )
    return text.encode(encoding), ext, encoding


@lru_cache(maxsize=2)
def _opencc(config: str) -> opencc.OpenCC:
    """An OpenCC converter (built once per configuration)."""
    return opencc.OpenCC(config)


def noisy_indices(n_docs: int, seed: int, noisy_share: float) -> set[int]:
    """Exactly round(n_docs * noisy_share) document numbers (1-based), chosen from the seed."""
    k = round(n_docs * noisy_share)
    return set(random.Random(f"govkit-synth-noise:{seed}:{n_docs}").sample(range(1, n_docs + 1), k))
