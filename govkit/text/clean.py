"""Stage 2 — clean: remove site chrome and junk, repair wraps, normalise forms.

Real copies of reports come from government portals, document-sharing sites and PDF
conversions. :func:`clean_text` turns such a copy into plain prose — one paragraph per
line — and keeps an offset map (``result.index[i]`` is the raw offset of cleaned char
``i``). Every edit is a deletion, a one-to-one character change or a space/line break
turned into a line break, so unchanged characters map to themselves.

The passes, in order (each in a module of its own):

1. characters (:mod:`govkit.text.normalise`): control and zero-width characters dropped,
   half-width forms, traditional to simplified, pinyin glosses removed, zeros written as
   letters (``二Ο三五``) made ``〇``; flag ``traditional``;
2. scraper watermarks and repeated adverts (:mod:`govkit.text.watermarks`); flag ``watermark``;
3. hidden-text markers (``---此处隐藏6518字---``, ``(下转第四版)``) and inline chrome
   (:mod:`govkit.text.chrome`); flag ``truncated``;
4. site chrome and page metadata lines (:mod:`govkit.text.chrome`); their date and source
   go to the result's :class:`~govkit.text.hints.TextHints`; flag ``site_chrome``;
5. PDF wraps and spaces (:mod:`govkit.text.wraps`): letter-spaced lines closed, wraps joined,
   spaced titles closed, spaces fixed; flag ``pdf_wraps``;
6. tidy: no leading/trailing spaces, no blank lines; flag ``mojibake`` for ``?`` or U+FFFD
   in place of characters.

The rules (patterns, word lists) live in ``govkit/data/clean/`` (see its README).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from govkit.text.chars import TONES
from govkit.text.chrome import remove_chrome, remove_markers
from govkit.text.hints import TextHints
from govkit.text.normalise import normalise_buffer
from govkit.text.textbuffer import TextBuffer
from govkit.text.watermarks import remove_watermarks
from govkit.text.wraps import close_letter_spaced_lines, collapse_spaced_runs, fix_spaces, join_wraps


@dataclass
class CleanResult:
    """Cleaned text, its offset map into the raw text, flags and what cleaning learnt on the way."""

    text: str
    index: np.ndarray
    flags: list[str] = field(default_factory=list)
    hints: TextHints = field(default_factory=TextHints)


#: Spaces and line breaks around a line break (``[ ]*\n[ \n]*`` less the lone line breaks, written
#: to start with a line break or a space so that the regex engine skips ahead quickly).
_BLANKS = re.compile(r"\n[ \n]+| [ ]*\n[ \n]*")
_MOJIBAKE = re.compile(rf"\?,?[A-Za-z{TONES}]|\ufffd(?!\s*$)")


def clean_text(raw: str) -> CleanResult:
    """Clean one decoded report text (see the module docstring); deterministic."""
    buf = TextBuffer(raw)
    hints = TextHints()
    flags: set[str] = set()

    # 1. characters
    if normalise_buffer(buf) >= 3:
        flags.add("traditional")

    # 2. watermarks
    found = remove_watermarks(buf)
    if found:
        flags.add("watermark")
        hints.watermark_tokens = found

    # 3-4. hidden-text markers, inline chrome, chrome and metadata lines
    remove_markers(buf, hints, flags)
    remove_chrome(buf, hints, flags)

    # 5. wraps and spaces
    close_letter_spaced_lines(buf)
    joins = join_wraps(buf)
    collapse_spaced_runs(buf)
    wrap_spaces = fix_spaces(buf)
    if joins + wrap_spaces >= 3:
        flags.add("pdf_wraps")

    # 6. tidy
    _tidy(buf)
    if ("?" in buf.text or "\ufffd" in buf.text) and _MOJIBAKE.search(buf.text):
        flags.add("mojibake")
    return CleanResult(buf.text, buf.index, sorted(flags), hints)


def _tidy(buf: TextBuffer) -> None:
    """No blank lines, no spaces around line breaks, nothing before the first or after the last character."""
    text = buf.text
    if "\n\n" in text or "\n " in text or " \n" in text:  # (every match of _BLANKS holds one of them)
        buf.sub(_BLANKS, "\n")
        text = buf.text
    lead = len(text) - len(text.lstrip("\n "))
    body_end = len(text.rstrip("\n \ufffd"))  # a cut final character is a read artefact
    if body_end < lead:  # nothing but line breaks, spaces and cut characters: nothing is left
        buf.delete_spans([(0, len(text))] if text else [])
        return
    spans = [(0, lead)] if lead else []
    if body_end < len(text):
        spans.append((body_end, len(text)))
    buf.delete_spans(spans)
