"""Time per document on text without a full stop (prints figures; asserts nothing).

    python benchmarks/bench_hostile.py [--mb 5] [--only NAME ...]

In one process and on one core (in-process: start-up and the worker pool excluded), times
``process_document`` (read, clean, recognise, extract) on --mb megabytes of UTF-8 text that has
no ``。``: twelve hostile shapes (long runs of figures, with or without a subject before each)
and the seed reports with every ``。`` removed, or turned into ``，`` or a blank, with and without
their line breaks, repeated to the size. The issue's bound is 10 s for 5 MB. Run it with the
compiled build (``govkit accel build``) for the figures the README quotes.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import govkit
from govkit.pipeline.stage import StageConfig, process_document, warm_up

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def _numbers(sep: str, n: int) -> str:
    out, total, i = [], 0, 0
    while total < n:
        s = str(i % 997)
        out.append(s)
        total += len(s) + len(sep)
        i += 1
    return sep.join(out)


def _rep(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


#: name -> text of about n characters
SHAPES: dict[str, Callable[[int], str]] = {
    "gdp_yi": lambda n: _rep("地区生产总值100亿元", n),
    "gdp_growth_comma": lambda n: _rep("地区生产总值增长5%,", n),
    "growth": lambda n: "地区生产总值" + _rep("增长5%", n),
    "pct_run": lambda n: "地区生产总值" + _rep("5.1%", n),
    "commas": lambda n: "地区生产总值" + _numbers(",", n),
    "spaces": lambda n: "地区生产总值" + _numbers(" ", n),
    "dunhao": lambda n: "地区生产总值分别为" + _numbers("、", n),
    "respective": lambda n: _rep("地区生产总值分别为1亿元、2亿元,", n),
    "years": lambda n: _rep("2020年地区生产总值增长5%", n),
    "parens": lambda n: _rep("(地区生产总值增长5%", n),
    "gdp_ascii": lambda n: _rep("GDP100亿元", n),
    "fiscal_mix": lambda n: _rep("一般公共预算收入3.2亿元，同比增长8%；", n),
}


def _of_size(make: Callable[[int], str], size: int) -> bytes:
    """*make*'s text scaled so that its UTF-8 bytes are about *size*."""
    first = make(size).encode()
    return make(int(size * size / len(first))).encode()


def _seed_variants(size: int) -> dict[str, bytes]:
    src = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    out: dict[str, bytes] = {}
    for repl, name in (("", "seeds_no_stop"), ("，", "seeds_comma"), (" ", "seeds_blank")):
        body = src.replace("。", repl)
        for one_line in (False, True):
            text = body.replace("\n", repl) if one_line else body
            data = text.encode()
            data = (data * (size // len(data) + 1))[:size].decode("utf-8", "ignore").encode()
            out[name + ("_one_line" if one_line else "")] = data
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--only", nargs="*", default=None, help="names of the texts to time")
    args = ap.parse_args()
    size = int(args.mb * 1e6)
    print(f"govkit modules: {govkit.ACCEL.reason}")
    config = StageConfig()
    warm_up(config)
    texts = {name: _of_size(make, size) for name, make in SHAPES.items()}
    if SEEDS.is_dir():
        texts |= _seed_variants(size)
    for name, data in texts.items():
        if args.only and name not in args.only:
            continue
        t0 = time.process_time()
        result = process_document(data, "hostile.txt", config)
        seconds = time.process_time() - t0
        print(f"{name:24s} {len(data) / 1e6:5.2f} MB {seconds:7.2f} s CPU  {len(result.facts or [])} facts", flush=True)


if __name__ == "__main__":
    main()
