"""Cheap necessary tests for cue patterns: they may pass too often, but never miss a match."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govkit
from govkit.core.resources import data_path, read_table
from govkit.facts.cues import (
    cue_table,
    literal_alternatives,
    load_cues,
    probe,
    required_literal,
    top_level_branches,
    vocabulary,
)
from govkit.facts.mentions import default_lexicon


def _all_patterns() -> list[re.Pattern]:
    out = [rx for cat in load_cues().values() for rx in cat.values()]
    out += [rx for rx, _entry, _anchor in default_lexicon().regexes]
    return out


def _real_sentences(shared_corpus) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for d in ("seeds", "dev")
        for p in sorted(shared_corpus(d).glob("*.txt"))
    ]
    return [s for t in texts for s in re.split(r"[。\n]", t) if s.strip()]


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("ab.c", "ab"),
        ("abc?d", "ab"),
        ("ab+c", "abc"),
        ("a(b)c", "a"),
        ("x[(]yz", "yz"),
        (r"a\.bc", "bc"),
        ("ab{2}cd", "cd"),
        ("ab*?cd", "cd"),
        ("上半年|前两个季度", ""),
        (r"(\d{1,2})[-—~至](\d{1,2})月(份)?", "月"),
        (r"((?:19|20)\d{2})年以来", "年以来"),
        ("(十[一二三四五六]五)(期间|时期)?", "十"),
        ("(?:abc)?d", "d"),
        ("(?<!xy)z", "z"),
        ("(?P<n>hello)w", "hello"),
        ("(a|bb)c", "c"),
    ],
)
def test_required_literal(pattern, expected):
    assert required_literal(pattern) == expected


def test_literal_alternatives():
    assert literal_alternatives("全年|年末|年底") == ("全年", "年末", "年底")
    assert literal_alternatives("全年|年(末)") is None
    assert literal_alternatives("a||b") is None


def test_top_level_branches():
    assert top_level_branches(r"a|b(c|d)|[|]x|\|y") == ["a", "b(c|d)", "[|]x", r"\|y"]
    assert top_level_branches("abc") == ["abc"]
    assert top_level_branches(r"a\\|b") == ["a\\\\", "b"]  # an escaped backslash, then a real |


def test_probe_of_alternation():
    assert probe((re.compile(r"(?<![增加])到((?:19|20)\d{2})年(?!的)|((?:19|20)\d{2})年(底|末)?前"),)).pattern in (
        "到|年",
        "年|到",
    )
    assert probe((re.compile(r"a|b?"),)) is None  # a branch that may match the empty string


def test_required_literal_is_in_every_real_match(shared_corpus):
    sentences = _real_sentences(shared_corpus)
    assert len(sentences) > 500
    checked = 0
    for rx in _all_patterns():
        lit = required_literal(rx.pattern)
        p = probe((rx,))
        for s in sentences:
            if rx.search(s):
                checked += 1
                assert lit in s, (rx.pattern, s)
                assert p is None or p.search(s), (rx.pattern, s)
    assert checked > 200


_ALPHABET = "0123456789-—~至到年月份上下半季度前三两个第一全末底十五期间以来本届政府过去的这近来()（）,，:是为目标预计计划增长下降占"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_probe_never_misses(text):
    for rx in _all_patterns():
        if rx.search(text):
            assert required_literal(rx.pattern) in text
            p = probe((rx,))
            assert p is None or p.search(text)


# ---------------------------------------------------------------------------------------------
# Data over code: word lists live in govkit/data (cues.tsv and the other data files), not in modules.

_PACKAGE = Path(govkit.__file__).resolve().parent
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD_ALTERNATION = re.compile(f"[{_CJK}]+(?:\\|[{_CJK}]+)+")  # 词|词|…
#: Modules whose Chinese strings are display text or generator templates, not vocabularies that
#: decide what is read: the presentation layer (labels, captions), the CLI's help text and the
#: synthetic-corpus generator (its phrases are in data/synth; its code assembles them).
_NOT_READERS = ("present/", "devtools/synth/", "cli.py")
#: Chinese word lists that stay in code, each with why (module, a text the finding contains).
#: Grammar (numerals, magnitudes, conjunctions, date and heading notation) and rule constants tied
#: to one unit or one output column. Anything else found is a vocabulary: move it to govkit/data.
_GRAMMAR = {
    ("facts/numbers.py", "'千万': 10000000.0"): "the magnitudes of Chinese numbers (numeral grammar)",
    ("facts/numbers.py", "千万|百万|万|亿"): "the same magnitudes in the number patterns",
    ("facts/clauses.py", "0123456789"): "digits and Chinese numerals (numeral grammar)",
    ("facts/clauses.py", "和|与|及"): "the conjunctions of a list (、 和 与 及): list grammar",
    ("facts/tables.py", "度|末|底"): "a year cell: 2020年度, 2020年末, 2020年底 (date notation)",
    ("facts/table_columns.py", "度|末|底"): "a year header cell: 2020年度, 2020年末, 2020年底 (date notation)",
    ("facts/table_cells.py", "'μg/m3': '微克/立方米'"): "spellings of units in table cells, mapped to the catalog's",
    ("text/segment.py", "部分|章|篇"): "heading numbering: 第一部分, 第二章, 第三篇 (heading notation)",
    ("text/division_mentions.py", "县|区|"): "a masked unit name: 某县, XX区 (mask notation)",
    ("text/division_mentions.py", "'XX县'"): "the masks of a name (mask notation)",
    (
        "text/division_mentions.py",
        "('州', '盟', '地区')",
    ): "the name endings of prefectures that call themselves 全州/全盟 (a rule on names)",
    (
        "facts/indicator_choice.py",
        "('天', '元')",
    ): "catalog units whose figure may be printed without its unit (a rule on two units)",
    ("facts/indicator_choice.py", "('个', '支')"): "count units that count villages or teams (a rule on two units)",
    ("analysis/panel.py", "'第一产业'"): "labels of the sector_zh output column",
    ("analysis/panel.py", "'元/人'"): "unit arithmetic of per-capita output columns",
}


def _cjk_string(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.search(f"[{_CJK}]", node.value) is not None
    )


def _word_lists(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of each literal that holds a list of Chinese words: a tuple, list or set of two or
    more Chinese strings, a dict with two or more, set()/frozenset() of a Chinese string, or a string
    holding an alternation of Chinese words (词|词). Docstrings are not read."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and sum(map(_cjk_string, node.elts)) >= 2:
            out.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Dict) and sum(_cjk_string(e) for e in [*node.keys, *node.values] if e) >= 2:
            out.append((node.lineno, ast.unparse(node)))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("set", "frozenset")
            and node.args
            and _cjk_string(node.args[0])
        ):
            out.append((node.lineno, ast.unparse(node)))
        elif _cjk_string(node) and id(node) not in docstrings:
            assert isinstance(node, ast.Constant)
            out.extend((node.lineno, m.group()) for m in _WORD_ALTERNATION.finditer(node.value))
    return out


def test_no_word_list_is_restated_in_code():
    """A list of Chinese words in a module is a vocabulary with a second home: it belongs in
    govkit/data (cues.tsv: category, name, pattern, note), read with cue()/cue_words()."""
    found, used = [], set()
    for path in sorted(_PACKAGE.rglob("*.py")):
        rel = path.relative_to(_PACKAGE).as_posix()
        if rel.startswith(_NOT_READERS):
            continue
        for line, text in _word_lists(ast.parse(path.read_text(encoding="utf-8"))):
            allowed = [key for key in _GRAMMAR if key[0] == rel and key[1] in text]
            used.update(allowed)
            if not allowed:
                found.append(f"govkit/{rel}:{line}: {text[:100]}")
    assert not found, "word lists in code (move them to govkit/data/extract/cues.tsv):\n" + "\n".join(found)
    assert used == set(_GRAMMAR), f"allowed literals no longer in the code: {set(_GRAMMAR) - used}"


def test_the_detector_finds_word_lists():
    tree = ast.parse(
        '"""文档 a|b"""\n'
        'A = ("今年", "本年")\n'
        'B = re.compile(r"(?:回顾|总结)年")\n'
        'C = frozenset("年月日")\n'
        'D = {"万": 1e4, "亿": 1e8}\n'
        'E = "年"\n'
        'F = r"[、和]"\n'
    )
    assert sorted(line for line, _ in _word_lists(tree)) == [2, 3, 4, 5]


def test_every_cue_the_code_reads_is_a_row():
    """cue(category, name) and cue_words(category, name) with literal arguments, anywhere in the
    package (modules that tests never import included), name rows of cues.tsv."""
    rows = {(cat, name) for cat, names in load_cues().items() for name in names}
    read, missing = 0, []
    for path in sorted(_PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("cue", "cue_words", "any_of")
                and node.args
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            ):
                args = tuple(a.value for a in node.args)
                read += 1
                ok = args[0] in load_cues() if node.func.id == "any_of" else args in rows
                if not ok:
                    missing.append(f"{path.relative_to(_PACKAGE)}:{node.lineno}: {node.func.id}{args}")
    assert read > 150
    assert not missing, "cues read but not in cues.tsv:\n" + "\n".join(missing)


def test_a_cue_defined_twice_is_an_error():
    """Two rows of one cue (as a merge of two branches that each added it leaves) would let the later
    silently replace the earlier: the loader names the cue instead; the shipped file has none (it loads)."""
    rows = [{"category": "block", "name": "x", "pattern": p} for p in ("a", "b")]
    with pytest.raises(ValueError, match="block/x is defined twice"):
        cue_table(rows)
    assert cue_table(rows[:1])["block"]["x"].pattern == "a"
    assert load_cues()


def test_a_word_list_of_its_own_file_is_written_once():
    """The fields of a task or plan (化债, 造林, 投资 …) live in completion_fields.csv, which also maps them to
    their indicators; cues.tsv names them as ``@completion_fields@`` instead of restating them: every field of
    the file reaches the completion cue, and no reference is left unexpanded in any cue."""
    fields = [r["field"].strip() for r in read_table(data_path("extract", "completion_fields.csv"))]
    assert vocabulary("completion_fields") == "(?:" + "|".join(fields) + ")"
    completion = load_cues()["measure"]["completion"]
    assert completion.pattern.count(vocabulary("completion_fields")) == 2
    assert completion.search("完成年度化债计划的") and completion.search("完成市下达年度投资任务的")
    assert not any("@" in rx.pattern for cues in load_cues().values() for rx in cues.values())
    assert cue_table([{"category": "c", "name": "n", "pattern": "完成@completion_fields@任务"}])["c"]["n"].search(
        "完成造林任务"
    )
