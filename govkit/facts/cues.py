"""Cue words (``govkit/data/extract/cues.tsv``): measure, kind, time and not-a-fact signals."""

from __future__ import annotations

import re
from functools import lru_cache

from govkit.core.regex_gates import compile_tested, untested
from govkit.core.resources import data_path, read_table


@lru_cache(maxsize=1)
def load_cues() -> dict[str, dict[str, re.Pattern]]:
    """``{category: {name: compiled pattern}}`` in file order.

    A pattern the regex engine would try in full at every position of a text (one opening with a
    lookbehind, an optional word or an alternation of groups) is compiled behind a test of the
    characters its matches start with (:func:`govkit.core.regex_gates.compile_tested`): the same matches,
    groups and names, found faster; its ``pattern`` then reads ``(?=[…])(?:…)``, one such test per
    top-level alternative (so that the text composes into larger patterns as it did)."""
    return cue_table(read_table(data_path("extract", "cues.tsv"), delimiter="\t"))


#: Word lists kept in a file of their own that cue patterns name as ``@name@``: the file under
#: ``govkit/data/extract`` and its column of alternatives (the fields of a task or plan, which
#: :mod:`govkit.facts.measures` also maps to their indicators; the parts of the year opening a plan item's outturn,
#: which two measure_after cues share; the addresses opening a speech, which wrap and date salutation share).
VOCABULARIES = {
    "completion_fields": ("completion_fields.csv", "field"),
    "part_of_year_leads": ("part_of_year_leads.csv", "part"),
    "salutations": ("salutations.csv", "word"),
}
_VOCABULARY_REF = re.compile(r"@(\w+)@")


@lru_cache(maxsize=16)
def vocabulary(name: str) -> str:
    """The alternatives of vocabulary *name* as one group ``(?:a|b|…)``, in file order."""
    file, column = VOCABULARIES[name]
    return "(?:" + "|".join(r[column].strip() for r in read_table(data_path("extract", file))) + ")"


def cue_table(rows: list[dict[str, str]]) -> dict[str, dict[str, re.Pattern]]:
    """The rows of a cue file as ``{category: {name: compiled pattern}}``; a cue named twice is an error;
    ``@name@`` in a pattern stands for the word list :data:`VOCABULARIES` names."""
    out: dict[str, dict[str, re.Pattern]] = {}
    for row in rows:
        category, name = row["category"].strip(), row["name"].strip()
        if name in out.get(category, {}):
            # two rows of one cue: the later would silently replace the earlier (a merge of two branches
            # that each added it); one row per cue, its alternatives joined
            raise ValueError(f"cues.tsv: {category}/{name} is defined twice; join the two rows into one")
        pattern = _VOCABULARY_REF.sub(lambda m: vocabulary(m.group(1)), row["pattern"])
        out.setdefault(category, {})[name] = _tested(pattern)
    return out


def _tested(pattern: str) -> re.Pattern:
    # Each pattern compiled once, the one returned (about 400 cues, compiled in every run's start-up).
    return compile_tested(pattern, top_level_branches(pattern))


def cue(category: str, name: str) -> re.Pattern:
    return load_cues()[category][name]


def cue_words(category: str, name: str) -> tuple[str, ...]:
    """The words of a cue that must be a plain word list (``全县|我县|…``)."""
    words = literal_alternatives(cue(category, name).pattern)
    if words is None:
        raise ValueError(f"cues.tsv: {category}/{name} must be plain words separated by |")
    return words


@lru_cache(maxsize=16)
def any_of(category: str) -> re.Pattern:
    """One pattern matching any cue of *category* (named groups give the cue name)."""
    parts = [f"(?P<{name.replace('-', '_')}>{rx.pattern})" for name, rx in load_cues()[category].items()]
    return _tested("|".join(parts))


_QUANTIFIERS = "?*{"
_META = set("\\.^$|?*+()[]{}")


def literal_alternatives(pattern: str) -> tuple[str, ...] | None:
    """The literals of a pattern that is only ``word|word|…`` (no other syntax), else None."""
    if not pattern or any(ch in _META and ch != "|" for ch in pattern):
        return None
    parts = tuple(pattern.split("|"))
    return parts if all(parts) else None


def top_level_branches(pattern: str) -> list[str]:
    """*pattern* split at its top-level ``|`` (not inside groups or classes)."""
    out, start, i = [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
        elif ch == "[":
            i = _class_end(pattern, i)
        elif ch == "(":
            i = _group_end(pattern, i)
        else:
            if ch == "|":
                out.append(pattern[start:i])
                start = i + 1
            i += 1
    out.append(pattern[start:])
    return out


def _branch_literals(pattern: str) -> list[str] | None:
    """One required literal per top-level branch (looking inside a branch that is a single group)."""
    out: list[str] = []
    for branch in top_level_branches(pattern):
        body = _group_body(branch) if branch.startswith("(") and _group_end(branch, 0) == len(branch) else None
        inner = _branch_literals(body) if body is not None else None
        if inner is not None:
            out.extend(inner)
            continue
        lit = required_literal(branch)
        if not lit:
            return None
        out.append(lit)
    return out


def _group_end(pattern: str, j: int) -> int:
    """Index after the group that opens at *pattern[j]* == "("."""
    depth, n = 0, len(pattern)
    while j < n:
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


def _class_end(pattern: str, j: int) -> int:
    """Index after the character class that opens at *pattern[j]* == "["."""
    n = len(pattern)
    j += 1
    if j < n and pattern[j] == "^":
        j += 1
    if j < n and pattern[j] == "]":
        j += 1
    while j < n and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_body(group: str) -> str | None:
    """The inside of a capturing or ``(?:…)``/``(?P<name>…)`` group; None for lookarounds and flags."""
    if not group.endswith(")"):
        return None
    if group.startswith("(?:"):
        return group[3:-1]
    if group.startswith("(?P<"):
        return group[group.index(">") + 1 : -1]
    if group.startswith("(?"):
        return None
    return group[1:-1]


def required_literal(pattern: str) -> str:
    """The longest run of literal text every match of *pattern* contains ("" if none is known).

    A cheap necessary test: ``required_literal(p) in text`` is false only when *p* cannot match.
    Groups, classes, escapes, ``.`` and optional characters break runs; a top-level ``|``
    means no single literal is required.
    """
    runs, cur, i, n = [], "", 0, len(pattern)

    while i < n:
        ch = pattern[i]
        if ch == "|":
            return ""
        if ch == "(":
            runs.append(cur)
            cur = ""
            end = _group_end(pattern, i)
            body = _group_body(pattern[i:end])
            if body is not None and not (end < n and pattern[end] in _QUANTIFIERS):
                runs.append(required_literal(body))  # a group that must match: its own required text
            i = end
        elif ch in "[\\.^$":
            runs.append(cur)
            cur = ""
            i = _class_end(pattern, i) if ch == "[" else i + (2 if ch == "\\" else 1)
        elif ch in _QUANTIFIERS:
            # The quantified item is optional or repeated: drop it from the run and end the run.
            cur = cur[:-1] if pattern[i - 1] not in ")]" else cur
            runs.append(cur)
            cur = ""
            i = pattern.index("}", i) + 1 if ch == "{" and "}" in pattern[i:] else i + 1
        elif ch == "+":
            i += 1  # one or more: the character is still required
        else:
            cur += ch
            i += 1
        if i < n and pattern[i] == "?" and pattern[i - 1] in "?*+}":
            i += 1  # lazy quantifier
    runs.append(cur)
    return max(runs, key=len)


@lru_cache(maxsize=64)
def probe(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """A fast necessary test for "one of *patterns* matches": a plain word list (which the regex
    engine scans quickly) of each pattern's words or required literal. None when some pattern has
    no literal every match contains (then there is no cheap test).

    (Not the strings of :func:`govkit.core.regex_gates.required_words` where there is no such literal: some
    callers skip more than the pattern's own scan when the probe fails, e.g. timing's kind probe
    gates kinds.kind_in, whose sentence_goal and target label tests are no kind cue.)"""
    kept = probe_words(patterns)
    return None if kept is None else re.compile("|".join(re.escape(w) for w in kept))


def probe_words(patterns: tuple[re.Pattern, ...]) -> tuple[str, ...] | None:
    """The words of :func:`probe` (its pattern searches for any of them), or None when it has none."""
    words: set[str] = set()
    for rx in patterns:
        alts = _branch_literals(untested(rx).pattern)  # (read without a first-character test)
        if alts is None or rx.flags & re.IGNORECASE:
            return None
        words.update(alts)
    # A word containing another word adds nothing to the test.
    kept = [w for w in words if not any(o != w and o in w for o in words)]
    return tuple(sorted(kept, key=lambda w: (-len(w), w)))
