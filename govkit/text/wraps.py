"""PDF wraps and spaces: one paragraph per line, no line breaks or spaces inside sentences.

PDF conversions and hard-wrapped pages break lines (and put spaces) inside sentences, words and
numbers; flattened pages run paragraphs together on one line. :func:`join_wraps` removes line
breaks inside sentences; :func:`collapse_spaced_runs` closes spaced titles (``政 府 工 作 报 告``);
:func:`fix_spaces` turns spaces that stand for paragraph breaks (after 。/!/?, before numbered
headings and —— bullets, after headings and salutations) into line breaks and drops wrap spaces.
"""

from __future__ import annotations

import re

from govkit.facts.cues import cue
from govkit.text.chars import BULLETS, CLOSERS, END_PUNCT, HAN, NO_SENTENCE, is_ascii_alnum, is_han
from govkit.text.dates import is_byline, is_date_line
from govkit.text.segment import HEADING_START, is_heading_line, is_unnumbered_heading, match_marker
from govkit.text.tables import table_lines
from govkit.text.textbuffer import TextBuffer

_CJK_PUNCT = "。、“”‘’《》〈〉【】「」『』…—·"
_OPENERS = "“‘「『(《【〈"
_CONT_START = set(",、。;:!?%)》”’」』…,;:!?")

# The words of wrapped lines are rows of cues.tsv (category wrap).
_TITLE_END = cue("wrap", "title_end")
_SALUTATION = cue("wrap", "salutation")
_JOIN_MIN = 20
#: A line of one to three digits alone: a page number (or a table cell), never the rest of a wrapped
#: number, whose continuation line is as long as the others.
_PAGE_NUMBER = re.compile(r"\d{1,3}")


#: Whitespace after a sentence end, or two or more whitespace characters: ``(?<=[。!?:;])\s+|\s{2,}``
#: written to start with ``\s``, so that the regex engine skips ahead to whitespace quickly.
_LAST_SEGMENT = re.compile(r"\s(?:(?<=[。!?:;]\s)\s*|\s+)")


def _ends_paragraph(line: str) -> bool:
    # in a run-together line only the part after the last sentence end (or double space)
    # will be a paragraph of its own: that part decides
    s = line.strip()
    if " " in s or not s.isprintable():  # (no space, nothing unprintable: no whitespace to split at)
        s = _LAST_SEGMENT.split(s)[-1]
    t = s.rstrip(CLOSERS)
    if t and t[-1] in END_PUNCT:
        return True
    s, t = s.replace(" ", ""), t.replace(" ", "")  # spaced titles: 政 府 工 作 报 告
    if is_heading_line(s):
        return True
    return len(t) <= 40 and _TITLE_END.search(t) is not None


_TITLE_NEXT = cue("wrap", "title_next")
#: A news story's lead opening (1月10日上午, / 会议听取了…): not the rest of its headline.
_LEAD_START = cue("wrap", "lead_start")
_CONTINUED_END = cue("wrap", "continued_end")
_FIGURE_RUNS_ON = cue("wrap", "figure_runs_on")
_CHANGE_RUNS_ON = cue("wrap", "change_runs_on")
_LEVEL_END = cue("wrap", "level_end")
#: A table's or a figure's caption (表1 …(数据来源:…)): a line of its own, never the start of the paragraph below.
_CAPTION = cue("wrap", "caption")
#: The shortest line a figure's line is joined to (a line of a word or two is a label, not a sentence).
_RUN_ON_MIN = 6
#: The longest headline: a first line this short without sentence marks, before a lead opening.
_HEADLINE_MAX = 40


_SESSION_HEAD = cue("wrap", "session_head")
_SESSION_TAIL = cue("wrap", "session_tail")


def _caption(core: str) -> bool:
    """Whether *core* is a table's or a figure's caption (表1 …(数据来源:…)), not a sentence running on."""
    return _CAPTION.search(core) is not None and _CONTINUED_END.search(core) is None


def _is_title(line: str) -> bool:
    """A short stand-alone title line (the next line of a possible wrap)."""
    t = line.strip().rstrip(CLOSERS)
    return 0 < len(t) <= 40 and _TITLE_NEXT.search(t) is not None and not NO_SENTENCE.search(t)


def join_wraps(buf: TextBuffer) -> int:
    """Remove line breaks that a PDF conversion or hard wrap put inside sentences."""
    text = buf.text
    lines = text.split("\n")
    edits: list[tuple[int, int, str]] = []
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    tables = table_lines(text)  # rows of plain-text tables and their headers keep their lines
    first_line = next((i for i, ln in enumerate(lines) if ln.strip()), -1)
    narrow: float | None = None
    narrow_known = False  # _narrow_column(lines), computed when a line first needs it
    for i in range(len(lines) - 1):
        if i in tables or i + 1 in tables:
            continue
        cur, nxt = lines[i], lines[i + 1]
        c, n = cur.rstrip(), nxt.lstrip()  # empty unless the line has text
        if c and not n:
            # a session line split by a blank line ('…人民代表大会' / '第二次会议上')
            j = i + 1
            while j < len(lines) and not lines[j].strip() and j - i <= 3:
                j += 1
            if j < len(lines) and _SESSION_TAIL.fullmatch(lines[j].strip()) and _SESSION_HEAD.search(c):
                edits.append((starts[i] + len(c), starts[j] + len(lines[j]) - len(lines[j].lstrip()), ""))
            continue
        if not c or not n:
            continue
        last, first = c[-1], n[0]
        core = c.lstrip()
        if first in _CONT_START:
            join = True
        elif (
            (last.isdigit() or last == ".")
            and (first.isdigit() or first in ".%")
            and len(core) >= 10
            and not (last.isdigit() and match_marker(n))  # '…完成值85.6' / '2.固定资产投资…': the next item
        ):
            # '…完成192.' / '3' (a page number) / '45亿元…': the page number is not joined into the figure
            join = not _PAGE_NUMBER.fullmatch(n.rstrip())
        elif last in END_PUNCT or _ends_paragraph(c) or is_byline(c) or is_date_line(n) or _caption(core):
            # (a line ending on a sentence end ends its paragraph: _ends_paragraph's first test, its call spared)
            join = False
        elif (
            i == first_line
            and len(core) <= _HEADLINE_MAX
            and not NO_SENTENCE.search(core)
            and not _CONTINUED_END.search(core)
            and _LEAD_START.match(n)
        ):
            join = False  # a headline (…隆重开幕) above its story's lead (1月10日上午,…)
        elif last in ",、" and not (HEADING_START.match(n) or match_marker(n) or first in BULLETS):
            join = True  # a line ending in a comma continues
        elif is_han(last) and len(core) >= _RUN_ON_MIN and _FIGURE_RUNS_ON.match(n):
            join = True  # '…完成12.6亿元,增长' / '6.1%。…': the sentence runs on into its figure
        elif _CHANGE_RUNS_ON.match(n) and _LEVEL_END.search(core):
            join = True  # '…人均可支配收入36482元' / '增长4.9%;…': the level's change runs on
        elif HEADING_START.match(n) or match_marker(n) or is_heading_line(n) or first in BULLETS:
            join = False
        elif _is_title(n):
            join = False
        elif len(core) >= _JOIN_MIN:
            join = True
        else:
            if not narrow_known:
                narrow, narrow_known = _narrow_column(lines), True
            join = narrow is not None and _visual_width(core) >= narrow
        if join:
            s = starts[i] + len(c)
            e = starts[i + 1] + (len(nxt) - len(n))
            edits.append(
                (
                    s,
                    e,
                    " "
                    if (is_ascii_alnum(last) and is_ascii_alnum(first) and not (last.isdigit() and first.isdigit()))
                    else "",
                )
            )
    buf.apply_edits(edits)
    return len(edits)


#: A narrow column (a newspaper page): most lines are as wide as each other, and narrower than
#: :data:`_JOIN_MIN`. How many lines, and what share of the lines, must have that width.
_COLUMN_LINES, _COLUMN_SHARE, _COLUMN_MIN = 8, 0.4, 8
_CLAUSE_INSIDE = re.compile(r"[,、;:。]")


#: The characters printed half-width: ASCII letters, digits and ``.``.
_HALF_WIDTH = re.compile(r"[0-9A-Za-z.]")
#: Lines at least this long are at least :data:`_JOIN_MIN` + 2 wide (a half-width character is
#: half as wide as a full one): no line of a narrow column.
_WIDE_LINE = 2 * _JOIN_MIN + 5


def _visual_width(line: str) -> float:
    """The printed width of *line* in full-width characters: ASCII letters, digits and ``.`` take half."""
    return len(line) - len(_HALF_WIDTH.findall(line)) / 2


def _narrow_column(lines: list[str]) -> float | None:
    """The width from which a line of a narrow-column text is full (a wrapped line), or ``None``
    when the text is not set in a narrow column: at least :data:`_COLUMN_LINES` lines, and
    :data:`_COLUMN_SHARE` of its lines, share one printed width below :data:`_JOIN_MIN`."""
    # the lines a column's width counts are narrow ones (shorter than _WIDE_LINE): too few of them, no
    # column (a quick test before any line is measured)
    n = narrow_lines = 0
    for line in lines:
        core_len = len(line.strip())
        if core_len:
            n += 1
            if core_len < _WIDE_LINE:
                narrow_lines += 1
    if narrow_lines < _COLUMN_LINES or narrow_lines < _COLUMN_SHARE * n:
        return None
    widths: dict[int, int] = {}
    prose: dict[int, int] = {}  # of them, lines with a clause break inside: slices of prose
    wide: list[str] = []  # lines too wide for a narrow column: measured only when they may decide
    n = 0
    for line in lines:
        core = line.strip()
        if core:
            n += 1
            if len(core) >= _WIDE_LINE:
                wide.append(core)
                continue
            w = round(_visual_width(core))
            widths[w] = widths.get(w, 0) + 1
            prose[w] = prose.get(w, 0) + (_CLAUSE_INSIDE.search(core, 0, len(core) - 1) is not None)
    if not n:
        return None
    if wide:
        # a narrow column's width counts narrow lines only: too few of them, no column; else the
        # wide lines are measured too (the most common width must be the column's)
        best = max((widths.get(w, 0) + widths.get(w - 1, 0) for w in widths), default=0)
        if best < _COLUMN_LINES or best < _COLUMN_SHARE * n:
            return None
        for core in wide:
            w = round(_visual_width(core))
            widths[w] = widths.get(w, 0) + 1
    # a line with half-width figures rounds to either side of the column's width: count both
    width, count = max(((w, widths.get(w, 0) + widths.get(w - 1, 0)) for w in widths), key=lambda x: (x[1], x[0]))
    if count < _COLUMN_LINES or count < _COLUMN_SHARE * n or not _COLUMN_MIN <= width < _JOIN_MIN:
        return None
    if 2 * (prose.get(width, 0) + prose.get(width - 1, 0)) < count:
        return None  # a list of short items or headings, each a line of its own
    return width - 1.5


#: A run of spaces (`` +``, written to start with a plain space, which the regex engine finds quickly).
_SPACES = re.compile(r"  *")
_RUN_AFTER = "、):"  # a spaced run starts a line or follows whitespace or one of these
_SPACED_RUN = re.compile(rf"(?<![^\s{_RUN_AFTER}])([{HAN}](?:[ ]{{1,3}}[{HAN}](?![{HAN}]))+)(?P<trail>[ ]+(?=\S))?")


#: A letter-spaced date (or its start) right before a spaced run: ``2 0 2 4 年 1 月 8 `` + ``日 在 …``.
_SPACED_DATE_BEFORE = re.compile(r"(?<!\S)(?:1 9|2 0) \d \d ?(?:年(?: ?\d(?: \d)?(?: ?月(?: ?\d(?: \d)?)?)?)?)? +$")


def _collapse_run(text: str, m: re.Match, edits: list[tuple[int, int, str]]) -> None:
    """The edits for one spaced run *m* of :data:`_SPACED_RUN` (appended to *edits*)."""
    s1, e1 = m.span(1)
    chars = len(m.group(1).replace(" ", ""))
    before = text[s1 - 1] if s1 else "\n"
    dm = _SPACED_DATE_BEFORE.search(text, max(0, s1 - 40), s1) if before == " " else None
    if dm and (not edits or edits[-1][1] <= dm.start()):
        # a letter-spaced date before the run is part of it (2 0 2 4 年 科 尔 沁 …, 8 日 在 …)
        for sp in _SPACES.finditer(text, dm.start(), s1):
            edits.append((sp.start(), sp.end(), ""))
    elif chars >= 3 and before == " ":
        # a spaced title inside a run-together line starts a new line
        b = s1
        while b > 0 and text[b - 1] == " ":
            b -= 1
        if b > 0 and text[b - 1] != "\n" and (not edits or edits[-1][1] <= b):
            edits.append((b, s1, "\n"))
    i = s1
    while i < e1:
        if text[i] == " ":
            j = i
            while j < e1 and text[j] == " ":
                j += 1
            edits.append((i, j, ""))
            i = j
        else:
            i += 1
    if m.group("trail") and (chars >= 3 or before in "、)"):
        edits.append((m.start("trail"), m.end("trail"), "\n"))


#: A letter-spaced line: at least this many single characters apart, most of them no digits.
_SPACED_LINE_MIN = 8
#: What stands between the spaces of a letter-spaced line: one character, or a number or ASCII word
#: a converter kept whole (``完 成 192.45 亿 元``).
_SPACED_TOKEN = re.compile(r"\S|[\dA-Za-z.,%]+")


def close_letter_spaced_lines(buf: TextBuffer) -> None:
    """A line letter-spaced through (a PDF converter spacing every character of a justified line:
    ``全 县 地 区 生 产 总 值 完 成 1 9 2 . 4 5 亿 元 ,``): its single spaces are dropped, figures
    included, as a spaced title's are (before wraps are joined: a figure cut by a wrap joins then).
    A table row (cells of figures) is no such line. The short last line of a letter-spaced paragraph,
    one character between every space, is closed too however many of them are digits (``1 4 . 3 % 。``
    after ``… 增 长``: a figure the paragraph's wrap cut)."""
    text = buf.text
    edits: list[tuple[int, int, str]] = []
    tables = None
    pos = 0
    closed = False  # whether the line before was closed
    for i, line in enumerate(text.split("\n")):
        base, pos = pos, pos + len(line) + 1
        after, closed = closed, False
        tokens = line.split()
        tail = (
            after
            and len(tokens) >= 2
            and "  " not in line.strip()
            and all(len(t) == 1 for t in tokens)
            and not all(t.isdigit() or t in ".-+/" for t in tokens)  # 3 4 2 5, - 2 -: no sentence's end
        )
        if not tail and (line.count(" ") < _SPACED_LINE_MIN or 3 * line.count(" ") < len(line)):
            continue  # quick test: a letter-spaced line is about half spaces
        if not tail and (
            len(tokens) < _SPACED_LINE_MIN
            or "  " in line.strip()
            or not all(_SPACED_TOKEN.fullmatch(t) for t in tokens)
            or 2 * sum(1 for t in tokens if t[0].isdigit()) >= len(tokens)
        ):
            continue
        if tables is None:
            tables = table_lines(text)
        if i in tables:
            continue
        closed = True
        lead = len(line) - len(line.lstrip(" "))
        edits.extend(
            (base + m.start(), base + m.end(), "") for m in _SPACES.finditer(line, lead, len(line.rstrip(" ")))
        )
    buf.apply_edits(edits)


def collapse_spaced_runs(buf: TextBuffer) -> None:
    """``政 府 工 作 报 告`` -> ``政府工作报告``; line breaks around a spaced heading."""
    text = buf.text
    edits: list[tuple[int, int, str]] = []
    # a spaced run starts with the character before a run of spaces: the pattern is tried
    # there only (in text order, past the end of the last match, as finditer would)
    end = 0
    for spaces in _SPACES.finditer(text):
        start = spaces.start() - 1
        if start < end or (start and not (text[start - 1].isspace() or text[start - 1] in _RUN_AFTER)):
            continue  # inside the last match, or not where a run can start (quick test)
        m = _SPACED_RUN.match(text, start)
        if m:
            _collapse_run(text, m, edits)
            end = m.end()
    buf.apply_edits(edits)


#: A numbered heading or a salutation (one regex for ``HEADING_START`` or ``_SALUTATION``).
_HEADING_OR_SALUTATION = re.compile(f"(?:{HEADING_START.pattern})|(?:{_SALUTATION.pattern})")


def _local_break(line: str, s: int, e: int, seg: int) -> bool:
    """Does the space ``line[s:e]`` end a paragraph, whatever kind of text this is?"""
    left = line[s - 1]
    if left in CLOSERS:  # look through closing quotes and brackets
        left = _left_core(line, s)
    if left in "。!?！？":
        return True
    if _HEADING_OR_SALUTATION.match(line, e):
        return True
    if left == ":" and (s - seg <= 14 or _SALUTATION.search(line[seg : s + 1])):
        return True
    return s - seg <= 40 and is_unnumbered_heading(line[seg:s])


def _heading_like(line: str, start: int, end: int) -> bool:
    """Does ``line[start:end]``, a run-together segment (less surrounding whitespace), read as
    a heading, title, session line or name?"""
    if end - start > 40 and not line[start].isspace() and not line[end - 1].isspace():
        return False  # too long (checked before the segment is copied: it may be long)
    segment = line[start:end].strip()
    if not segment or len(segment) > 40 or "。" in segment:
        return False
    if match_marker(segment) or _TITLE_END.search(segment):
        return True
    return len(segment) <= 12 and not NO_SENTENCE.search(segment) and "、" not in segment


def fix_spaces(buf: TextBuffer) -> int:
    """Spaces: restore paragraph breaks, drop wrap spaces (spaced titles are already collapsed).

    In a run-together line whose spaces mostly follow sentence ends or headings (a page
    flattened to one line) every space between Chinese text is a line break; in a PDF
    conversion (spaces every 25-40 characters, mostly inside words) only spaces after
    sentence ends, before numbered headings and bullets, and after headings are.
    """
    text = buf.text
    edits: list[tuple[int, int, str]] = []
    wrap_spaces = 0
    pos = 0
    tables = table_lines(text)  # spaces between the cells of a table row are kept
    for i, line in enumerate(text.split("\n")):
        base = pos
        pos += len(line) + 1
        if " " not in line or i in tables:
            continue
        n = len(line)
        spans = [m.span() for m in _SPACES.finditer(line)]
        # pass 1: how are this line's spaces used?
        punct_sp = han_sp = wrapish = 0
        seg = 0
        inner = []  # (s, e, seg at s, _local_break, left, right, left Chinese, right Chinese)
        for s, e in spans:
            if s == 0 or e == n:
                continue
            left, right = line[s - 1], line[e]
            left_han, right_han = is_han(left), is_han(right)
            brk = _local_break(line, s, e, seg)
            inner.append((s, e, seg, brk, left, right, left_han, right_han))
            if brk:
                punct_sp += _left_core(line, s) in END_PUNCT
                seg = e
            elif left_han and right_han and not _heading_like(line, seg, s):
                han_sp += 1
                wrapish += 1
            elif (left_han and right.isdigit()) or (left.isdigit() and right_han):
                wrapish += 1
        break_mode = punct_sp >= 2 and (punct_sp >= han_sp or n >= 80 * han_sp)
        pdf_wrapped = not break_mode and wrapish >= 3  # wraps every few dozen characters
        # pass 2: decide (a space at the start or end of the line is dropped)
        if spans[0][0] == 0:
            edits.append((base, base + spans[0][1], ""))
        seg = 0
        for s, e, seg1, brk, left, right, left_han, right_han in inner:
            if seg != seg1:  # pass 2 broke the line elsewhere: the segment differs
                brk = _local_break(line, s, e, seg)
            newline = (
                brk
                or (break_mode and (left_han or left in _CJK_PUNCT + CLOSERS) and (right_han or right in _OPENERS))
                or (
                    # in a long run-together line a double space stands for an empty line
                    e - s >= 2
                    and n >= 40
                    and not (is_ascii_alnum(left) and is_ascii_alnum(right))
                    and not (left.isdigit() and right_han)
                    and not _inside_figure(line, s, e, left_han)
                )
            )
            if newline:
                edits.append((base + s, base + e, "\n"))
                seg = e
            elif pdf_wrapped and e - s == 1 and left.isdigit() and right.isdigit() and not _spaced_digits(line, s, e):
                edits.append((base + s, base + e, ""))  # a number split by a wrap: '28 274元'
            elif is_ascii_alnum(left) and is_ascii_alnum(right):
                if e - s > 1:
                    edits.append((base + s, base + e, " "))
            else:
                edits.append((base + s, base + e, ""))
                if left_han and right_han:
                    wrap_spaces += 1
        if spans[-1][1] == n and spans[-1][0] != 0:
            edits.append((base + spans[-1][0], base + n, ""))
    buf.apply_edits(edits)
    return wrap_spaces


#: A figure with what follows it (not a year, month, day, list number or time, which may open a
#: paragraph: ``2023年``, ``1.``, ``3、``).
_FIGURE_AHEAD = re.compile(r"\d+(?:\.\d+)?(?![\d年月日号、.):：\s])")


def _inside_figure(line: str, s: int, e: int, left_han: bool) -> bool:
    """Does the space ``line[s:e]`` stand inside a figure or between a figure and its verb or %
    (``完成  9.53亿元``, ``增长  7.2%``, ``7.2  %``)? A paragraph never opens there."""
    left, right = line[s - 1], line[e]
    if left.isdigit():
        return right in "%."
    if left == ".":
        return right.isdigit()
    return left_han and right.isdigit() and _FIGURE_AHEAD.match(line, e) is not None


def _spaced_digits(line: str, s: int, e: int) -> bool:
    """Is the space ``line[s:e]`` between two digits one of a run of single spaced digits (``3 1 1``:
    ``3+1+1`` that lost its plus signs)? Lines wrap dozens of characters apart, so two spaces one
    digit apart are not both wraps: the digits are kept apart rather than read as one number. Not
    a run with a spaced decimal point or a spaced word (``完 成 2 6 5 . 3 亿 元``, a letter-spaced
    stretch): a figure spaced out as its words are, whole."""
    if not (line[s - 2 : s - 1] == " " or line[e + 1 : e + 2] == " "):
        return False
    a = s - 1  # the run of single characters apart by single spaces around the space
    while a >= 2 and line[a - 1] == " " and line[a - 2] != " " and (a < 3 or line[a - 3] == " "):
        a -= 2
    b = e
    while b + 2 < len(line) and line[b + 1] == " " and line[b + 2] != " " and line[b + 3 : b + 4] in ("", " "):
        b += 2
    return all(ch.isdigit() for ch in line[a : b + 1 : 2])


def _left_core(line: str, s: int) -> str:
    """Character before position *s*, looking through closing quotes and brackets."""
    i = s - 1
    while i > 0 and line[i] in CLOSERS:
        i -= 1
    return line[i]
