"""Write ``govkit/data/clean/t2s_changes.tsv``: what OpenCC's ``t2s`` conversion can change.

Cleaning converts traditional characters to simplified ones (:mod:`govkit.text.normalise`); most
reports hold none, and :mod:`govkit.text.t2s_gate` spares them the conversion when the text holds
nothing the conversion changes. That is read from the dictionaries of OpenCC's ``t2s.json``
(exported to text with the ``opencc_dict`` tool the package ships): every entry whose value (its
first, the one OpenCC writes) differs from its key. A single character is listed as it is; a
phrase only when none of the characters it changes changes on its own (回覆 → 回复: 覆 alone stays),
with the positions it changes. The file records the OpenCC version it was made from; the gate is
not used with another one.

    python tools/t2s_changes.py            # rewrite the file
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "govkit" / "data" / "clean" / "t2s_changes.tsv"


def dictionary_files() -> list[Path]:
    """The dictionaries of ``t2s.json`` (its normalisation, then its conversion chain), in order."""
    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    out: list[Path] = []
    for step in config.get("normalization", []) + config["conversion_chain"]:
        d = step["dict"]
        for leaf in d.get("dicts", [d]):
            out.append(share / leaf["file"])
    return out


def entries(ocd2: Path) -> list[tuple[str, str]]:
    """(key, first value) of the OpenCC dictionary *ocd2*, exported with ``opencc_dict``."""
    tool = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    with tempfile.TemporaryDirectory() as tmp:
        txt = Path(tmp) / "dict.txt"
        subprocess.run([str(tool), "-i", str(ocd2), "-o", str(txt), "-f", "ocd2", "-t", "text"], check=True)
        rows = []
        for line in txt.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            rows.append((key, values.split(" ")[0]))
    return rows


def changes() -> tuple[str, list[tuple[str, str]]]:
    """The characters the conversion changes on their own, and the phrases (with the positions of the
    characters they change) whose every changed character stays on its own."""
    chars: set[str] = set()
    phrases: dict[str, set[int]] = {}
    for path in dictionary_files():
        for key, value in entries(path):
            if value == key:
                continue
            if len(key) == 1:
                chars.add(key)
            else:
                at = (
                    {i for i, (a, b) in enumerate(zip(key, value)) if a != b}
                    if len(key) == len(value)
                    else set(range(len(key)))
                )
                phrases.setdefault(key, set()).update(at)
    kept = []
    for key, at in sorted(phrases.items()):
        if not any(key[i] in chars for i in at):
            kept.append((key, ",".join(str(i) for i in sorted(at))))
    return "".join(sorted(chars)), kept


def main() -> int:
    chars, phrases = changes()
    lines = [
        "# What OpenCC's t2s conversion changes (tools/t2s_changes.py; govkit.text.t2s_gate). kind\tvalue\tpositions",
        f"opencc\t{opencc.__version__}\t",
        f"chars\t{chars}\t",
    ]
    lines += [f"phrase\t{key}\t{at}" for key, at in phrases]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(chars)} characters, {len(phrases)} phrases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
