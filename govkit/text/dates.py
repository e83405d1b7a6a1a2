"""Report dates in report texts: where a report's own date stands and which date it is.

Read on text normalised for recognition (half-width punctuation, no CJK spaces, Chinese-numeral
dates already in digits: :func:`~govkit.text.date_forms.arabic_chinese_dates`):

* the delivery date of the NPC session line (``——2020年12月30日在会同县第十七届人民代表大会…``,
  also garbled as ``2019123日``) and the session's place (:func:`session_line`), or its month
  (:func:`session_month`);
* a date standing alone in the title block or as the signature (:func:`signature_date`,
  :func:`closing_month`), and the lines of issuers that sign a report (:func:`is_signer`,
  :func:`title_byline`, :func:`signature_spans`);
* the web publish date near the top (:func:`published_date`), and the session day of a news
  story (:func:`news_date`).

A date's written form, read without its place in the report (a page's metadata date to ISO,
Chinese numerals to digits), is :mod:`govkit.text.date_forms`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from govkit.core.regex_gates import may_match
from govkit.facts.cues import cue, cue_words
from govkit.text.date_forms import DAY_FIRST

# ---------------------------------------------------------------------------------------------
# report dates (on text normalised for recognition: half-width punctuation, no CJK spaces)

_NUM = "一二三四五六七八九十百零〇0123456789"
#: A delivery date; ``md``/``md2`` hold a garbled month-and-day (``2019123日``). A day whose 日 was dropped
#: counts before the 在 of its session line (``——2024年1月10在…人民代表大会``).
_DELIVERY_DATE = (
    r"(?P<y>20\d\d)(?:年(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})(?:日|(?!\d)(?=\s*\)?\s*,?\s*在))|(?P<md>\d{2,4})日(?!\d))"
    r"|(?P<md2>\d{2,4})日)"
)
# The words of dates and sessions are rows of cues.tsv (category date).
#: 人民代表大会 / 人大: the session a report is delivered at.
NPC = cue("date", "npc")
#: The session line: ``2020年12月30日在会同县第十七届人民代表大会…``.
SESSION = re.compile(
    r"(?:" + _DELIVERY_DATE + r")\s*\)?\s*,?\s*在\s*(?P<place>[^\n。;,在]{0,40}?)"
    r"(?:第?[" + _NUM + r"]+届|" + NPC.pattern + "|" + cue("date", "session_other").pattern + ")"
)
#: A session line that says the report was adopted, without 在: ``(2021年1月12日宁陕县第十八届人民代表大会
#: 第五次会议通过)``.
_SESSION_ADOPTED = re.compile(
    r"(?:" + _DELIVERY_DATE + r")\s*,?\s*(?P<place>[^\n。;,在]{1,30}?)第?[" + _NUM + r"]+届(?:" + NPC.pattern + r")"
    r"[^\n。;,]{0,16}?" + cue("date", "adopted").pattern
)
#: A session line that prints only the month: ``——2021年1月在宁陕县第十八届人民代表大会…``.
_SESSION_MONTH = re.compile(
    r"(?P<y>20\d\d)年(?P<m>\d{1,2})月\s*\)?\s*,?\s*在\s*[^\n。;,在]{0,40}?(?:第?[" + _NUM + r"]+届|" + NPC.pattern + ")"
)
_SESSION_PLACE = re.compile(r"在(?P<place>[^\n。;,在]{1,30}?)第?[" + _NUM + r"]+届(?:" + NPC.pattern + ")")
#: 上午 / 下午: the part of a day, after its date.
_PART_OF_DAY = cue("date", "part_of_day").pattern
#: An editor's note after a speech's date in its brackets (根据录音整理, 有删节).
_EDITORIAL_NOTE = cue("date", "editorial_note").pattern
#: A date standing alone as a line, in brackets of any shape ((2024年1月15日), 〔2024年1月15日〕), with or
#: without the part of the day (2024年1月15日上午); inside brackets an editor's note may follow it
#: ((2025年2月13日,根据录音整理)).
_DATE_ONLY_LINE = re.compile(
    r"^[(\[【〔［〈—\-\s]*(?:"
    + _DELIVERY_DATE
    + r")(?:"
    + _PART_OF_DAY
    + r")?(?:\s*[,、;]?\s*(?:"
    + _EDITORIAL_NOTE
    + r")(?=\s*[)\]】〕］〉]))?[)\]】〕］〉\s]*$"
)
#: A speech's title opening on its meeting's day (——在2024年3月1日县委经济工作会议上的讲话, 在2024年3月1日召开的
#: …大会上的讲话): the delivery date.
_SPEECH_TITLE_DATE = re.compile(
    r"^[(\[【〔—\-\s]*在\s*(?:"
    + _DELIVERY_DATE
    + r")(?:"
    + _PART_OF_DAY
    + r")?[^\n。;,:]{0,40}?(?:"
    + cue("date", "speech_at_meeting").pattern
    + r")[)\]】〕\s]*$"
)
#: A speaker's office and name, then the day, on the line under a speech's title (县委书记 王明 2025年2月20日),
#: the address that opens the speech joined to it by cleaning or not (…2024年1月26日同志们:).
_SPEAKER_DATE = re.compile(
    r"^[\u4e00-\u9fff、]{0,20}?(?:"
    + cue("date", "speaker_role").pattern
    + r")\s*[\u4e00-\u9fff·]{2,3}\s*(?:"
    + _DELIVERY_DATE
    + r")\s*(?:(?:"
    + cue("date", "salutation").pattern
    + r")\s*[:!,]?)?\s*$"
)
#: What may open a line before its session date: brackets, dashes, spaces.
_LINE_OPENING = re.compile(r"[(\[【—\-\s]*")
#: A byline (统计局, 人民政府 …) before the date it signs, on one line.
_ISSUER = r"[^\s,。:;()]{2,40}?(?:" + cue("date", "issuer").pattern + r")"
_BYLINE = r"(?:" + _ISSUER + r"\s*)"
_BYLINE_DATE = re.compile(r"^" + _BYLINE + r"(?:" + _DELIVERY_DATE + r")\s*$")
#: A month standing alone as a line of the title block (统计局 / 2023年3月), or after its byline:
#: when it was issued.
_MONTH_ONLY_LINE = re.compile(r"^(?:[(\[【\s]*|" + _BYLINE + r")20\d\d年\d{1,2}月[)\]】\s]*$")
#: A day written with dots signing the report at its end, alone or after its signer (临泉县人民政府 /
#: 2024.1.10, 太和县财政局 2023.12.26); at the top such a date is a page's (published_date).
_DOTTED_SIGNATURE = re.compile(
    r"^(?:[(\[【\s]*|" + _BYLINE + r")(?P<y>20\d\d)\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})[)\]】\s]*$"
)
#: A day written with dashes or slashes (2024-1-15, 2024/01/09) alone or after its signer: the report's
#: signature only under or after its signer (alone at the end it may be a page's footer).
_NUMERIC_SIGNATURE = re.compile(
    r"^(?:[(\[【\s]*|" + _BYLINE + r")(?P<y>20\d\d)(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})[)\]】\s]*$"
)
#: 日期: before the date under a signer (a label of its own, not a page's publish date).
_SIGNED_LABEL = re.compile(r"^(?:" + cue("date", "signed_label").pattern + r")\s*:\s*")
_TITLE_DATE = re.compile(r"\((?:" + _DELIVERY_DATE + r")(?:" + _PART_OF_DAY + r")?\)")
_LOOSE_ISO = re.compile(r"(?<!\d)(20\d\d)\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})日?)?(?!\d)")
_ISO_DAY = re.compile(r"(?<![\d.])20\d\d([-/.])\d{1,2}\1\d{1,2}(?![\d.])")
_PUB_LABELS = cue_words("date", "published_label")
_PUB_LABEL = re.compile(r"(?:" + "|".join(_PUB_LABELS) + r")\s*:\s*")
#: The labels no other label contains (日期, 时间): one of them is in every label (a cheap test).
_PUB_LABEL_CORE = tuple(w for w in _PUB_LABELS if not any(o != w and o in w for o in _PUB_LABELS))


def _has_pub_label_core(line: str) -> bool:
    """Does *line* hold one of :data:`_PUB_LABEL_CORE`? (Substring tests: quicker than a regex.)"""
    for w in _PUB_LABEL_CORE:
        if w in line:
            return True
    return False


_DATELINE_WORDS = cue_words("date", "dateline")
_DATELINE = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:" + "|".join(_DATELINE_WORDS) + ")")
_OPENS = cue("date", "session_opens").pattern
_SESSION_DAY = re.compile(
    r"(?<!\d)(\d{1,2})月(\d{1,2})日(?![" + "".join(_DATELINE_WORDS) + "])(?:" + _PART_OF_DAY + r")?,?[^。\n]{0,30}"
    r"(?:" + NPC.pattern + r")[^。\n]{0,24}(?:" + _OPENS + ")"
)
_YESTERDAY = re.compile(
    r"(?:" + cue("date", "yesterday").pattern + r")(?:" + _PART_OF_DAY + r")?[^。\n]{0,20}(?:" + _OPENS + ")"
)
#: 各位代表: the address that opens a delivered report, after its title block.
ADDRESS = cue("date", "address")


def _valid_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _date_candidates(gd: dict) -> list[date]:
    """Dates a delivery-date match can stand for (``2019123日`` → 2019-01-23 or 2019-12-03)."""
    y = int(gd["y"])
    if gd.get("m"):
        v = _valid_date(y, int(gd["m"]), int(gd["d"]))
        return [v] if v else []
    md = gd.get("md") or gd.get("md2") or ""
    out = []
    for k in (1, 2):
        if 0 < len(md) - k <= 2:
            v = _valid_date(y, int(md[:k]), int(md[k:]))
            if v and not md[k:].startswith("0"):
                out.append(v)
    return out


def _pick_date(cands: list[date], published: date | None) -> date | None:
    """One date out of the readings of a garbled date (not after the publish date), else None."""
    if len(cands) <= 1:
        return cands[0] if cands else None
    if published:
        cands = [c for c in cands if c <= published] or cands
    return cands[0] if len(cands) == 1 else None


def published_date(lines: list[str], hint: str, is_chrome: Callable[[str], bool]) -> tuple[str, date | None]:
    """The web publish date: the *hint* (from the page), else a labelled or chrome date among the
    top *lines* (``发布时间:2019-03-15``, ``2018.06.12 县融媒体中心``; a day-first ``03.11.2016``
    gives its year), else a month standing alone as a line (``2023年3月`` under a bulletin's
    byline). Returns the ISO text (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) and the date,
    if a day."""
    raw = hint.strip()
    cands = []
    if raw:
        cands.append(raw)
    months = []  # month lines of the title block, after any labelled or chrome date
    for line in lines[:20]:
        if _match(_MONTH_ONLY_LINE, line):
            months.append(line)
            continue
        m = _PUB_LABEL.search(line) if _has_pub_label_core(line) else None
        if m:
            mm = _LOOSE_ISO.match(line, m.end())
            if mm:
                cands.append(mm.group(0))
                continue
        if len(line) < 40 or is_chrome(line):
            mm = _ISO_DAY.search(line)
            if mm and not SESSION.search(line):
                cands.append(mm.group(0))
                continue
            dm = DAY_FIRST.match(line.strip())
            if dm and int(dm.group(1)) <= 31 and int(dm.group(3)) <= 31:
                cands.append(dm.group(4))
    for c in cands + months:
        if re.fullmatch(r"(?:19|20)\d\d", c):
            return c, None
        m = _LOOSE_ISO.search(c)
        if not m:
            continue
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            continue
        if d:
            v = _valid_date(y, mo, int(d))
            if v:
                return v.isoformat(), v
        else:
            return f"{y:04d}-{mo:02d}", None
    return "", None


def session_line(norm: str, lines: list[str], published: date | None) -> tuple[date | None, tuple[int, int] | None]:
    """The delivery date and the span of the session place (``会同县`` in ``在会同县第十七届
    人民代表大会``) in *norm*; either may be None.

    The session line stands in the title block: before 各位代表 (after a table of contents),
    else near the top, or as a line of its own at the end. Without one, a date standing alone in the title block (the top *lines*)
    or as the signature at the end is the delivery date.
    """
    session_date: date | None = None
    session_place: tuple[int, int] | None = None
    am = ADDRESS.search(norm, 0, 8000)
    k = am.start() if am else -1
    block_end = k + 40 if k >= 0 else min(len(norm), 1500)
    sm = SESSION.search(norm, 0, block_end)
    if sm is None:
        sm = _SESSION_ADOPTED.search(norm, 0, block_end)
    if sm is None:
        # the session line printed at the end, as a line of its own ((2021年1月20日在…会议上))
        tm = SESSION.search(norm, max(block_end, len(norm) - 300))
        if tm and _LINE_OPENING.fullmatch(norm, norm.rfind("\n", 0, tm.start()) + 1, tm.start()):
            sm = tm
    if sm:
        session_date = _pick_date(_date_candidates(sm.groupdict()), published)
        if NPC.search(sm.group(0)) or "届" in sm.group(0):
            session_place = sm.span("place")
    if session_place is None:
        pm = _SESSION_PLACE.search(norm, 0, block_end)
        if pm:
            session_place = pm.span("place")
    if session_date is None:
        tail = [ln.strip() for ln in norm[-200:].split("\n")][-4:]
        signed = signature_date(tail)
        for ln in lines[:25] + tail:
            m = (
                _DATE_ONLY_LINE.match(ln)
                or _TITLE_DATE.search(ln)
                or _match(_BYLINE_DATE, ln)
                or _SPEECH_TITLE_DATE.match(ln)
                or _SPEAKER_DATE.match(ln)
            )
            if m is None and ln in tail:
                m = _DOTTED_SIGNATURE.match(ln)
            if m is None and ln == tail[-1] and signed:
                m, ln = signed, ""
            if m and not _PUB_LABEL.search(ln):
                session_date = _pick_date(_date_candidates(m.groupdict()), published)
                if session_date:
                    break
    return session_date, session_place


_SIGNER_LINE = re.compile(_ISSUER)
#: The issuers' words (cues.tsv date issuer): a signer (a match of _SIGNER_LINE) ends with one of them.
_ISSUER_WORDS = cue_words("date", "issuer")
#: 全县, 全市 … in a title: the whole of the unit the report speaks of (place whole_of_named_first).
_WHOLE_UNIT = re.compile("(?:" + "|".join(cue_words("place", "whole_of_named_first")) + ")(?P<unit>[县市区旗州盟])")
#: A name ending on a unit character (泸溪县, 吉安市) in an issuer's line.
_NAME_UNIT = re.compile(r"[\u4e00-\u9fff]{2,8}?([县市区旗州盟])")


def _is_signer_part(part: str) -> bool:
    """Is *part* (a line's part between spaces) an issuer (紫阳县人民政府)? (Its last word is tried
    first: the lazy pattern is slow to fail on a long part.)"""
    return part.endswith(_ISSUER_WORDS) and _SIGNER_LINE.fullmatch(part) is not None


_BYLINE_LINE = re.compile(
    r"(?:[^\s,，。:：;；()（）、]{2,40}?(?:" + cue("date", "issuer").pattern + r")\s*)+"
    r"(?P<date>20\d\d年\d{1,2}月(?:\d{1,2}日)?)?"
)
_DATE_LINE = re.compile(r"[(\[【（—\-\s]*20\d\d年\d{1,2}月(?:\d{1,2}日)?[)\]】）\s]*")


def is_byline(line: str) -> bool:
    """A line of issuers (统计局, 人民政府 …) with the date they sign on it, or of several set apart
    by spaces (宁陕县统计局 国家统计局宁陕调查队): it ends its paragraph. One run of text ending on such a
    word is no byline: a wrapped sentence line (…融入新发展格局, …以人民为中心) goes on."""
    s = line.strip()
    m = _BYLINE_LINE.fullmatch(s) if may_match(_BYLINE_LINE, s) else None
    return m is not None and (m.group("date") is not None or " " in s)


def is_date_line(line: str) -> bool:
    """A date or month standing alone as a line (2023年3月, (2022年1月10日)): a paragraph."""
    return _DATE_LINE.fullmatch(line.strip()) is not None


def is_signer(line: str) -> bool:
    """A line of issuers (紫阳县人民政府, 中共宁陕县委 宁陕县人民政府)."""
    return bool(line.strip()) and all(_is_signer_part(part) for part in line.split())


def signature_date(lines: list[str]) -> re.Match | None:
    """The date that signs a report as its last line (of *lines*, the report's last lines), after its
    signer on that line (宁远县财政局 2024-3-2, 临泉县人民政府 2024年1月15日) or under a line of signers:
    a day in any form (2024年1月15日, 2024.1.15, 2024-1-15, 2024/01/09), also after a 日期 label.
    Groups y, m, d. None when the last line is no such signature (a page's date or footer)."""
    if not lines:
        return None
    s = lines[-1].strip()
    m = _match(_BYLINE_DATE, s) or _match(_NUMERIC_SIGNATURE, s) or _match(_DOTTED_SIGNATURE, s)
    if m and m.start("y") > 0 and s[: m.start("y")].strip(" ([【") and is_signer(s[: m.start("y")]):
        return m
    if len(lines) < 2 or not is_signer(lines[-2]):
        return None
    lm = _SIGNED_LABEL.match(s)
    if lm:
        s = s[lm.end() :]
    return _match(_DATE_ONLY_LINE, s) or _match(_NUMERIC_SIGNATURE, s) or _match(_DOTTED_SIGNATURE, s)


def _match(rx: re.Pattern, s: str) -> re.Match | None:
    """``rx.match(s)``, not tried when *s* holds none of the words every match of *rx* needs (a year's
    20: :func:`~govkit.core.regex_gates.may_match`)."""
    return rx.match(s) if may_match(rx, s) else None


def title_byline(lines: list[str], i: int, titles: list[str]) -> bool:
    """Is the top line *i* of *lines* the issuers' line under the title (关于…的汇报 / 江华瑶族自治县人民政府 /
    (2024年1月18日)): a line of issuers in the title block (no line above it a sentence), not the
    first line, right under a title line (*titles*) or above a date line (a day in any form, a month);
    or, right under a title line, a line of issuers with their date on it (郧西县统计局 2023年7月20日)?"""
    if i <= 0 or i + 1 > len(lines) or len(lines[i]) > 40:
        return False
    if any("。" in ln for ln in lines[:i]):
        return False
    if not is_signer(lines[i]):
        # 郧西县统计局  2023年7月20日 right under the title: the issuers and the date they sign on one line
        if lines[i - 1] not in titles:
            return False
        s = lines[i].strip()
        m = _BYLINE_LINE.fullmatch(s) if may_match(_BYLINE_LINE, s) else None
        return m is not None and m.group("date") is not None
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return lines[i - 1] in titles or is_date_line(below) or signature_date([lines[i], below]) is not None


def issuer_above_title(lines: list[str], i: int, titles: list[str]) -> bool:
    """Is the top line *i* of *lines* the issuers' line right above the title, the report's first line
    (泸溪县人大常委会财政经济工作委员会 / 关于2024年上半年…计划执行情况的调研报告): a line of issuers only,
    with no line above it, that the title block does not take in (a long title line)?"""
    if not (
        i == 0
        and len(lines) > 1
        and len(lines[0]) <= 40
        and lines[0] not in titles
        and lines[1] in titles
        and is_signer(lines[0])
    ):
        return False
    # (吉安市统计局 / 关于一季度全县经济运行情况的分析: a city's bureau on a county, 全县, not the issuer's own unit)
    whole = _WHOLE_UNIT.search(lines[1])
    return whole is None or whole.group("unit") in {m.group(1) for m in _NAME_UNIT.finditer(lines[0])}


def signature_spans(norm: str) -> list[tuple[int, int]]:
    """The lines that sign a report at its end: a line of issuers (紫阳县人民政府, 中共宁陕县委 宁陕县
    人民政府) right above a date standing alone as the last line (2022年1月10日, 2024-1-15, 日期:2024年1月15日),
    or the issuers before the date on the last line (宁远县财政局 2024-3-2)."""
    tail0 = max(0, len(norm.rstrip()) - 200)
    lines = norm[tail0:].rstrip().split("\n")
    end = len(norm.rstrip())
    if lines and lines[-1].strip():
        m = signature_date([lines[-1]])
        if m:  # the signer before the date on the last line
            return [(end - len(lines[-1]), end - len(lines[-1]) + m.start("y"))]
    if len(lines) < 2 or not (_DATE_ONLY_LINE.match(lines[-1].strip()) or signature_date(lines[-2:])):
        return []
    out = []
    end = len(norm.rstrip()) - len(lines[-1]) - 1
    for ln in reversed(lines[:-1][-2:]):
        start = end - len(ln)
        if not ln.strip() or not all(_is_signer_part(part) for part in ln.split()):
            break
        out.append((start, end))
        end = start - 1
    return out


def session_month(norm: str) -> date | None:
    """The month of a session line that prints no day (``2021年1月在…人民代表大会``), as its first
    day, in the title block (before 各位代表, else the first 1500 characters)."""
    am = ADDRESS.search(norm, 0, 8000)
    end = am.start() + 40 if am else min(len(norm), 1500)
    m = _SESSION_MONTH.search(norm, 0, end)
    if m is None or not 1 <= int(m.group("m")) <= 12:
        return None
    return date(int(m.group("y")), int(m.group("m")), 1)


def closing_month(norm: str, lines: list[str]) -> date | None:
    """The month a report without a day of its own is signed in, as its first day: a month standing
    alone (or after its signer) as a line of the title block (*lines*: the top lines; (2024年元月)
    under the title), or as the last line under its signer (颍上县人民政府 / 2023年12月; a month
    alone at the end, without one, may be a bulletin's next release)."""
    tail = [ln.strip() for ln in norm.rstrip()[-200:].split("\n")][-2:]
    signed = len(tail) == 2 and bool(tail[0]) and all(_is_signer_part(p) for p in tail[0].split())
    for ln in lines[:12] + (tail[-1:] if signed else []):
        mm = _MONTH_ONLY_LINE.match(ln) and re.search(r"(20\d\d)年(\d{1,2})月", ln)
        if mm and 1 <= int(mm.group(2)) <= 12:
            return date(int(mm.group(1)), int(mm.group(2)), 1)
    return None


def news_date(head: str, published: date | None, year: int | None) -> date | None:
    """The session day of a news story: ``2月27日上午,…人民代表大会…开幕`` or ``1月10日讯 … 昨日上午…开幕``."""
    shift = 0
    m = _SESSION_DAY.search(head)
    if m:
        mo, d = int(m.group(1)), int(m.group(2))
    else:
        dm = _DATELINE.search(head)
        if not dm:
            return None
        mo, d = int(dm.group("m")), int(dm.group("d"))
        shift = 1 if _YESTERDAY.search(head) else 0
    if published:
        y = published.year if (mo, d) <= (published.month, published.day) else published.year - 1
    elif year:
        y = year + 1 if mo <= 8 else year
    else:
        return None
    v = _valid_date(y, mo, d)
    return v - timedelta(days=shift) if v else None
