"""Site chrome: what a web portal or document-sharing site adds around a report.

Cleaning removes it (:func:`remove_chrome`): whole lines matching a ``line`` rule of
``data/clean/boilerplate.csv`` (breadcrumbs, share/print/download prompts, editor preambles),
page-metadata lines made of ``key: value`` pairs (``发布日期:… 来源:…``, keys in
``data/clean/meta_fields.csv``) and bare ISO dates in the page header; their date and source go to
the cleaning hints (:class:`~govkit.text.hints.TextHints`). :func:`remove_markers` deletes ``inline`` and ``truncation`` matches (hidden-text
markers ``---此处隐藏6518字---``, ``(下转第四版)``), counting the hidden characters.

Recognition reads chrome that cleaning left (or text that was never cleaned) with its own, looser
list, ``data/recognise/chrome.txt``: :func:`chrome_check` tells whether a short line near the top
is chrome, so that it is not taken for a title and its 来源 names the publisher.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from govkit.core.regex_gates import words_gate
from govkit.core.resources import data_path
from govkit.text.chars import BULLETS, NO_SENTENCE
from govkit.text.date_forms import DATE, ISO_TOKEN, TIME, normalise_date
from govkit.text.dates import signature_date
from govkit.text.hints import TextHints
from govkit.text.regions import read_lines
from govkit.text.textbuffer import TextBuffer

CLEAN_DIR = data_path("clean")
RECOGNISE_CHROME = data_path("recognise", "chrome.txt")

#: A test whether a line is chrome (see :func:`chrome_check`).
IsChrome = Callable[[str], bool]


# ---------------------------------------------------------------------------------------------
# cleaning rules


@dataclass
class _Rule:
    name: str
    flag: str
    rx: re.Pattern
    requires: tuple[str, ...]  # quick check: one of these substrings must occur
    page_break: bool = False  # a line rule whose line stands where a page broke (action page_break)

    def applies(self, text: str) -> bool:
        if not self.requires:
            return True
        for r in self.requires:  # (a loop: quicker than any() over a generator)
            for ch in r:  # each character first: looking for one is much quicker than for a word
                if ch not in text:
                    break
            else:
                if len(r) == 1 or r in text:
                    return True
        return False


@dataclass
class _Rules:
    line: list[_Rule]
    line_rx: re.Pattern  # all line rules as one alternation, group ``r<i>`` per rule
    line_gate: re.Pattern | None  # a line without a word it finds matches no line rule (core.regex_gates)
    inline: list[_Rule]
    truncation: list[_Rule]
    key_rx: re.Pattern
    key_kind: dict[str, str]
    key_strong: dict[str, bool]


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """Chrome rules read once from ``govkit/data/clean``."""
    line: list[_Rule] = []
    inline: list[_Rule] = []
    trunc: list[_Rule] = []
    with open(CLEAN_DIR / "boilerplate.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            requires = tuple(x for x in (row.get("requires") or "").split("|") if x)
            action = row["action"].strip()
            entry = _Rule(row["rule"], row.get("flag") or "site_chrome", re.compile(row["pattern"]), requires)
            entry.page_break = action == "page_break"
            {"line": line, "page_break": line, "inline": inline, "truncation": trunc}[action].append(entry)
    line_rx = re.compile("|".join(f"(?P<r{i}>{r.rx.pattern})" for i, r in enumerate(line)))
    kind, strong = {}, {}
    with open(CLEAN_DIR / "meta_fields.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            kind[row["key"]] = row["kind"].strip()
            strong[row["key"]] = row["strength"].strip() == "strong"
    alts = "|".join(r"\s*".join(map(re.escape, k)) for k in sorted(kind, key=len, reverse=True))
    key_rx = re.compile(rf"(?<![^\s{re.escape(BULLETS)}|【】\[\]])(?P<key>{alts})\s*[::]")
    return _Rules(line, line_rx, words_gate([r.rx for r in line]), inline, trunc, key_rx, kind, strong)


# ---------------------------------------------------------------------------------------------
# cleaning: markers, chrome and metadata lines

_BULLETS_SPACE = BULLETS + " "

#: Bare ISO dates are page chrome only this near the top.
_HEADER_ZONE = 800


def remove_markers(buf: TextBuffer, hints: TextHints, flags: set[str]) -> None:
    """Hidden-text markers (flag ``truncated``, ``hints.hidden_chars``) and inline chrome."""
    r = rules()
    for rule in r.truncation + r.inline:
        if not rule.applies(buf.text):
            continue
        spans = []
        text = buf.text
        for m in rule.rx.finditer(text):
            if m.end() == m.start():
                continue
            spans.append(_with_its_line(text, m.start(), m.end()))
            gd = m.groupdict()
            if gd.get("hidden"):
                hints.hidden_chars = (hints.hidden_chars or 0) + int(gd["hidden"])
            elif gd.get("total") and gd.get("shown"):
                hints.hidden_chars = (hints.hidden_chars or 0) + max(0, int(gd["total"]) - int(gd["shown"]))
        if spans:
            buf.delete_spans(spans)
            flags.add(rule.flag)


def _with_its_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a marker ``text[start:end]``; one that fills its line (but for spaces) takes the
    line and its line break with it, as a chrome line does, so that a sentence wrapped round it
    (``完成192.`` / ``(下转第四版)`` / ``45亿元``) is joined again."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip(" ") or text[end:line_end].strip(" "):
        return start, end
    return line_start, line_end + 1


def _meta_line(line: str, line_no: int) -> tuple[bool, str, str, str]:
    """Is *line* a page-metadata line? Returns (is_meta, iso_date, source, written): *written* is the
    day a 成文日期 field gives (kind ``written`` of meta_fields.csv), which dates the page too when
    no publish date field does."""
    r = rules()
    bulleted = line[:1] in BULLETS
    s = line.lstrip(_BULLETS_SPACE).strip()
    if not s or len(s) > 120 or "。" in s:
        return False, "", "", ""
    keys = list(r.key_rx.finditer(s)) if ":" in s else []  # every key is followed by a colon
    if keys:
        prefix = s[: keys[0].start()].strip(" 【[")
        if prefix and not (
            ISO_TOKEN.fullmatch(prefix)
            or DATE.fullmatch(prefix)
            or (len(prefix) <= 12 and not NO_SENTENCE.search(prefix))
        ):
            return False, "", "", ""
        names = [re.sub(r"\s+", "", k.group("key")) for k in keys]
        strong = any(r.key_strong.get(nm, False) for nm in names)
        has_date = bool(DATE.search(s))
        if not (strong or len(keys) >= 2 or has_date or bulleted or (line_no < 12 and len(s) <= 40)):
            return False, "", "", ""
        date = source = written = ""
        for i, (k, nm) in enumerate(zip(keys, names)):
            end = keys[i + 1].start() if i + 1 < len(keys) else len(s)
            value = s[k.end() : end].strip(" 【】[]")
            if len(value) > 60:
                return False, "", "", ""
            kind = r.key_kind.get(nm, "other")
            if kind == "date" and not date:
                date = normalise_date(value)
            elif kind == "written" and not written:
                written = normalise_date(value)
            elif kind == "source" and not source and value and not DATE.match(value):
                source = value.split()[0]
        return True, date or ("" if written else normalise_date(s)), source, written
    if ":" in s and TIME.search(s) and DATE.search(s) and len(s) <= 40 and not NO_SENTENCE.search(s):
        return True, normalise_date(s), "", ""
    if ISO_TOKEN.fullmatch(s) and line_no < 15:
        return True, normalise_date(s), "", ""
    return False, "", "", ""


#: A running head is at most this long, and repeats one of the document's first lines (its title).
_HEAD_MAX = 40
_TITLE_LINES = 2


def _title_lines(all_lines: list[str]) -> dict[str, int]:
    """The document's first non-blank lines (its title, maybe wrapped) short enough to be a running
    head, with their line numbers (a running head repeats one further down)."""
    found: dict[str, int] = {}
    seen = 0
    for no, line in enumerate(all_lines):
        s = line.strip()
        if s:
            seen += 1
            if len(s) <= _HEAD_MAX:
                found.setdefault(s, no)
            if seen == _TITLE_LINES:
                break
    return found


def _page_break(
    all_lines: list[str], line_no: int, start: int, end: int, titles: dict[str, int] | None = None
) -> tuple[int, int]:
    """The span of a page-break line (a ``page_break`` rule's: a page number) from *start* to *end*
    (after its line break), widened over the blank lines on both sides when there are some on both
    sides: a page break is no paragraph break (``完成192.`` / ``- 3 -`` / ``45亿元``). A running head
    right after it (the next non-blank line repeats the document's title, one of *titles* above it: ``人均可``
    / ``- 2 -`` / ``东乡族自治县脱贫攻坚工作总结`` / ``支配收入``) goes with it."""
    before = after = line_no
    while before > 0 and not all_lines[before - 1].strip():
        before -= 1
    while after + 1 < len(all_lines) - 1 and not all_lines[after + 1].strip():
        after += 1
    if 0 < before < line_no < after:
        start -= sum(len(all_lines[i]) + 1 for i in range(before, line_no))
        end += sum(len(all_lines[i]) + 1 for i in range(line_no + 1, after + 1))
    else:
        after = line_no
    head = after + 1
    if titles and head < len(all_lines) - 1 and titles.get(all_lines[head].strip(), head) < head:
        end += len(all_lines[head]) + 1
    return start, end


def remove_chrome(buf: TextBuffer, hints: TextHints, flags: set[str]) -> None:
    """Drop chrome and metadata lines, and bare ISO dates in the page header; collect the
    published date and source. The date that signs the report at its end (under or after its
    signer, :func:`~govkit.text.dates.signature_date`) stays, before any chrome that follows it."""
    r = rules()
    text = buf.text
    found: list[tuple[int, int, str, tuple[str, str, str] | None]] = []  # span, flag, meta fields
    lines: list[tuple[int, bool]] = []  # line number and whether it is chrome, of the non-blank lines
    pos = 0
    all_lines = text.split("\n")
    titles = _title_lines(all_lines)
    for line_no, line in enumerate(all_lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        s = line.strip()
        if not s or len(s) > 200:
            if s:
                lines.append((line_no, False))
            continue
        if r.line_gate is not None and r.line_gate.search(s) is None:
            m = None  # (no word a line rule requires: quicker to tell than by the rules)
        else:
            core = s.lstrip(_BULLETS_SPACE).strip()
            m = r.line_rx.fullmatch(s) or (r.line_rx.fullmatch(core) if core != s else None)
        before = len(found)
        if m:
            rule = r.line[int(str(m.lastgroup)[1:])]
            span = _page_break(all_lines, line_no, start, pos, titles) if rule.page_break else (start, pos)
            found.append((span[0], min(span[1], len(text)), rule.flag, None))
        else:
            is_meta, date, source, written = _meta_line(s, line_no)
            if is_meta:
                found.append((start, min(pos, len(text)), "site_chrome", (date, source, written)))
        lines.append((line_no, len(found) > before))
    signed = _signature_line(all_lines, lines)
    spans: list[tuple[int, int]] = []
    for start, end, flag, meta in found:
        if signed is not None and start == signed:
            continue
        if spans and start < spans[-1][1]:  # blank lines a page break took are another's too
            start = spans[-1][1]
        spans.append((start, end))
        flags.add(flag)
        if meta is None:
            continue
        date, source, written = meta
        if date and hints.published_date is None:
            hints.published_date = date
        if source and not hints.source:
            hints.source = source
        if written and hints.written_date is None:
            hints.written_date = written
    buf.delete_spans(spans)
    if hints.published_date is None and hints.written_date:
        hints.published_date = hints.written_date  # a page that prints only the day it was signed
    # bare ISO dates in the page header ('... 会议上 2021-01-05 各位代表'), not the signature's
    keep = len(buf.text)
    last = buf.text.rstrip().rsplit("\n", 2)[-2:]
    if signature_date(last):
        keep = len(buf.text.rstrip()) - len(last[-1])
    spans = []
    for m in ISO_TOKEN.finditer(buf.text, 0, min(_HEADER_ZONE, keep)):
        spans.append(m.span())
        if hints.published_date is None:
            hints.published_date = normalise_date(m.group(0))
        flags.add("site_chrome")
    buf.delete_spans(spans)


def _signature_line(all_lines: list[str], lines: list[tuple[int, bool]]) -> int | None:
    """The start offset of the line that dates the report's signature, when a chrome rule took it
    (2024-1-15, 日期:2024年1月15日 under 新晃侗族自治县人民政府): the last line before the chrome that ends the
    page (发布时间:…, 打印本页), if it is such a date."""
    k = len(lines) - 1
    while k >= 1 and lines[k][1]:
        no, prev = lines[k][0], lines[k - 1][0]
        if signature_date([all_lines[prev], all_lines[no]]):
            return sum(len(x) + 1 for x in all_lines[:no])
        k -= 1
    return None


# ---------------------------------------------------------------------------------------------
# recognition: is a line chrome?


def _chrome_patterns(lines: list[str]) -> tuple[re.Pattern, ...]:
    """The chrome regexes (a line matching one of them is chrome): the lines that start with
    plain text joined into one regex (searched much faster than one by one), the others apart."""
    apart = [p for p in lines if p.startswith(("^", "\\", "(", "["))]
    plain = [p for p in lines if p not in apart]
    return tuple(re.compile(p) for p in (["|".join(plain)] if plain else []) + apart)


@lru_cache(maxsize=1)
def chrome_patterns() -> tuple[re.Pattern, ...]:
    """The patterns of ``data/recognise/chrome.txt``, read once."""
    return _chrome_patterns(read_lines(RECOGNISE_CHROME))


@lru_cache(maxsize=1)
def _chrome_gate() -> re.Pattern | None:
    """A line without a word this finds matches no pattern of :func:`chrome_patterns` (core.regex_gates)."""
    return words_gate(list(chrome_patterns()))


def is_chrome_line(line: str) -> bool:
    """Is *line* (up to 150 characters) web-page chrome by ``data/recognise/chrome.txt``?"""
    if len(line) > 150:
        return False
    gate = _chrome_gate()
    if gate is not None and gate.search(line) is None:
        return False
    return any(p.search(line) for p in chrome_patterns())


def chrome_check() -> IsChrome:
    """:func:`is_chrome_line` for the lines of one document, each distinct line tested once."""
    seen: dict[str, bool] = {}

    def is_chrome(line: str) -> bool:
        hit = seen.get(line)
        if hit is None:
            hit = seen[line] = is_chrome_line(line)
        return hit

    return is_chrome
