"""Whether OpenCC's ``t2s`` conversion can change a text: most reports hold nothing it changes.

:func:`may_change` is False only when the conversion would give back the text as it is: the text
holds none of the characters the conversion changes on its own, and none of the phrases that change
a character which stays on its own (回覆 → 回复; 覆 alone, as in 覆盖, stays). Both are read from
``data/clean/t2s_changes.tsv``, which ``tools/t2s_changes.py`` writes from OpenCC's dictionaries;
with another OpenCC version than the one it was made from, every text may change (no gate).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import opencc

from govkit.core.resources import data_path

_CHANGES = data_path("clean", "t2s_changes.tsv")


@dataclass(frozen=True)
class _Gate:
    rx: re.Pattern  # a character changed on its own or by a phrase, or one beyond the basic plane
    alone: frozenset[str]  # the characters changed on their own
    phrases: dict[str, tuple[tuple[str, int], ...]]  # a phrase's changed character -> (phrase, its place)


@lru_cache(maxsize=1)
def _gate() -> _Gate | None:
    alone = ""
    phrases: dict[str, list[tuple[str, int]]] = {}
    version = ""
    for line in _CHANGES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        kind, value, at = line.split("\t")
        if kind == "opencc":
            version = value
        elif kind == "chars":
            alone = value
        elif kind == "phrase":
            for i in at.split(","):
                phrases.setdefault(value[int(i)], []).append((value, int(i)))
    if version != opencc.__version__ or not alone:
        return None
    # the characters of the basic plane in a class (a bitmap), any other plane's by one range: a class
    # listing characters beyond the basic plane is tried character by character, a hundred times slower
    bmp = "".join(ch for ch in alone + "".join(phrases) if ord(ch) <= 0xFFFF)
    rx = re.compile("[" + re.escape(bmp) + "\U00010000-\U0010ffff]")
    return _Gate(rx, frozenset(alone), {ch: tuple(v) for ch, v in phrases.items()})


def may_change(text: str) -> bool:
    """False when the ``t2s`` conversion gives *text* back unchanged (see the module docstring)."""
    gate = _gate()
    if gate is None:
        return True
    for m in gate.rx.finditer(text):
        ch = m.group()
        if ch in gate.alone:
            return True
        pos = m.start()
        for phrase, i in gate.phrases.get(ch, ()):
            if pos >= i and text.startswith(phrase, pos - i):
                return True
    return False
