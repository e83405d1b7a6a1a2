"""The fixed cost of a ``govkit extract`` process (session 12 start-up work) changes no pattern and no output.

By class:

- Cue patterns compiled once (:func:`govkit.core.regex_gates.compile_tested`): every cue of
  ``cues.tsv`` and every ``any_of`` category gets the very pattern (text and flags) that compiling
  it and then :func:`~govkit.core.regex_gates.first_tests` gave, and the same record of which pattern
  each first-character test tests (:func:`~govkit.core.regex_gates.untested`); also for made-up
  patterns that take the careful way (inline global flags, a back-reference across alternatives,
  one alternative, a test that does not compile).
- The ``extract`` command loads only what extraction needs: not the panel, attention, notebook or
  evaluation modules.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from govkit.core import regex_gates
from govkit.core.regex_gates import compile_tested, first_tests, untested
from govkit.core.resources import data_path, read_table
from govkit.facts.cues import load_cues, top_level_branches


@contextmanager
def _registry() -> Iterator[dict[tuple[str, int], str]]:
    """The registrations made inside the block (key -> text of the tested pattern); the registry is
    left as it was before the block."""
    saved = dict(regex_gates._TESTED)
    made: dict[tuple[str, int], str] = {}
    try:
        yield made
        for k, v in regex_gates._TESTED.items():
            if k not in saved:
                made[k] = v if isinstance(v, str) else v.pattern
    finally:
        regex_gates._TESTED.clear()
        regex_gates._TESTED.update(saved)


def _both_ways(pattern: str) -> None:
    branches = top_level_branches(pattern)
    with _registry() as before:
        old = first_tests(re.compile(pattern), branches)
    with _registry() as now:
        new = compile_tested(pattern, branches)
        assert untested(new).pattern == untested(old).pattern, pattern
    assert (new.pattern, new.flags) == (old.pattern, old.flags), pattern
    assert now == before, pattern


def _cue_texts() -> list[str]:
    """The text of every cue, and of the two categories the extractor searches as one (:func:`any_of`)."""
    texts = [row["pattern"] for row in read_table(data_path("extract", "cues.tsv"), delimiter="\t")]
    for category in ("kind", "measure"):
        parts = [f"(?P<{name.replace('-', '_')}>{rx.pattern})" for name, rx in load_cues()[category].items()]
        texts.append("|".join(parts))
    return texts


def test_every_cue_and_category_is_the_pattern_first_tests_made():
    texts = _cue_texts()
    assert len(texts) > 400
    for text in texts:
        _both_ways(text)


@pytest.mark.parametrize(
    "pattern",
    [
        "(?<!x)ab|(?P<n>c)d",  # both alternatives tested
        "(?:年初|全年)?(?:计划|目标)(?=\\d)",  # one alternative
        "abc|abd",  # the engine's own skip: left alone
        "(?i)(?<!x)ab|(?<!y)cd",  # inline global flag
        "(?x)(?<!x)ab # c|(?<!y)cd",  # verbose
        "(?P<q>[,，])?a|(?P=q)b",  # an alternative that does not stand alone
        "(?<![前])(?:第?二季度)|上半年",
        "x(",  # no pattern at all
    ],
)
def test_made_up_patterns_take_the_same_way(pattern):
    try:
        re.compile(pattern)
    except re.error:
        with pytest.raises(re.error):
            compile_tested(pattern, top_level_branches(pattern))
        return
    _both_ways(pattern)


def test_a_pattern_tested_already_is_not_tested_again():
    fast = compile_tested("(?<!x)ab|(?<!y)cd", ["(?<!x)ab", "(?<!y)cd"])
    assert fast.pattern.startswith("(?=[a])")
    again = compile_tested(fast.pattern, top_level_branches(fast.pattern))
    assert again.pattern == fast.pattern
    assert untested(fast).pattern == "(?<!x)ab|(?<!y)cd"


def test_extract_command_loads_only_extraction(tmp_path):
    """``govkit extract`` imports the documents stage and not the modules of the stages after it
    (attention, panel), nor the presentation layer or the evaluation (tests/test_cli.py checks the
    notebook stack and the generator)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("会同县2021年政府工作报告\n2021年,全县实现地区生产总值92.45亿元。\n", encoding="utf-8")
    later = ("govkit.analysis.attention", "govkit.analysis.panel", "govkit.analysis.consolidate", "govkit.present")
    later += ("govkit.facts.evaluate", "govkit.pipeline.derived", "govkit.pipeline.runner", "govkit.commands.tables")
    script = (
        "import sys\n"
        "from govkit.cli import main\n"
        f"code = main(['extract', {str(raw)!r}, '--out', {str(tmp_path / 'out')!r}, '--jobs', '1'])\n"
        f"print(code, sorted(m for m in sys.modules if m.startswith({later!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "0 []"
