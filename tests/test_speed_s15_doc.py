"""Speed session 15, helper s2: the document stage does each piece of work once, and only where it can
change something.

* traditional to simplified (:mod:`govkit.text.t2s_gate`): OpenCC's conversion is run only on a text
  holding a character it changes on its own or a phrase that changes a character (回覆 → 回复); the
  gate is exact (a text it lets pass is given back unchanged by the conversion).
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import opencc
import pytest

from govkit.text import normalise, t2s_gate
from govkit.text.clean import clean_text
from govkit.text.t2s_gate import _CHANGES, may_change

_SPEC = importlib.util.spec_from_file_location(
    "t2s_changes", Path(__file__).resolve().parents[1] / "tools" / "t2s_changes.py"
)
assert _SPEC is not None and _SPEC.loader is not None
t2s_changes = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(t2s_changes)


def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def test_the_gate_is_made_for_the_installed_opencc() -> None:
    assert t2s_gate._gate() is not None  # else every text is converted: rerun tools/t2s_changes.py


def test_every_character_the_gate_lets_pass_is_unchanged() -> None:
    cc = _t2s()
    chars = [chr(c) for c in range(0x2E80, 0x30000) if not 0xD800 <= c < 0xE000]
    converted = cc.convert("\n".join(chars)).split("\n")
    assert len(converted) == len(chars)
    missed = [ch for ch, new in zip(chars, converted) if new != ch and not may_change(ch)]
    assert missed == []


def test_every_phrase_of_the_file_is_let_pass_and_changes() -> None:
    cc = _t2s()
    phrases = [
        ln.split("\t")[1] for ln in _CHANGES.read_text(encoding="utf-8").splitlines() if ln.startswith("phrase\t")
    ]
    assert phrases  # 回覆, 深沈 …
    for p in phrases:
        assert may_change(p) and may_change("全县" + p + "。")
        assert cc.convert(p) != p


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("全县森林覆盖率达到62.1%。", False),  # 覆 alone stays
        ("对上级来函及时回覆。", True),  # 回覆 → 回复
        ("县政府工作报告", False),
        ("縣政府工作報告", True),
        ("深沈的思考", True),
        ("沈阳市", False),  # 沈 alone stays
        ("𠮷野家", False),  # beyond the basic plane, nothing to change
        ("", False),
    ],
)
def test_the_gate_and_the_conversion_agree(text: str, changes: bool) -> None:
    assert may_change(text) is changes
    assert (_t2s().convert(text) != text) is changes


def test_texts_the_gate_lets_pass_are_unchanged() -> None:
    rng = random.Random(15)
    pool = "县政府工作报告全年地区生产总值增长覆盖沈阳藉以瞭望么坏土哩甦回答批重反函一二三。,、%" + "".join(
        sorted(set("縣長發業為會導億萬農結個回覆深沈"))
    )
    cc = _t2s()
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 12)))
        if not may_change(text):
            assert cc.convert(text) == text, text


def test_a_simplified_report_is_not_converted(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    class Counting:
        def convert(self, text: str) -> str:
            calls.append(text)
            return str(_t2s().convert(text))

    monkeypatch.setattr(normalise, "_opencc", lambda: Counting())
    assert clean_text("2023年全县地区生产总值增长6.5%,森林覆盖率达到62.1%。").text.endswith("62.1%。")
    assert calls == []
    assert clean_text("2023年全縣地區生產總值增長6.5%。").text == "2023年全县地区生产总值增长6.5%。"
    assert calls


def test_the_file_is_current() -> None:
    tool = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    if not tool.exists():
        pytest.skip("no opencc_dict to read the dictionaries with")
    chars, phrases = t2s_changes.changes()
    lines = _CHANGES.read_text(encoding="utf-8").splitlines()
    assert f"chars\t{chars}\t" in lines
    assert [ln for ln in lines if ln.startswith("phrase\t")] == [f"phrase\t{k}\t{at}" for k, at in phrases]
