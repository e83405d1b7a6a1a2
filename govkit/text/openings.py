"""A regex helper: ``(?:^|[delims])body`` written so that the regex engine finds it quickly.

A pattern that starts with an alternation of an anchor and a character class is slow to search:
the engine tries it at every position. Split into *body* matched at the start of the text and
``[delims]body`` (a pattern that starts with a character class, which the engine skips ahead
to), it finds the same matches much faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: *body* at the start of the text, and *body* after one of the delimiters.
Opening = tuple[re.Pattern, re.Pattern]


def opening(delims: str, body: str) -> Opening:
    """``(?:^|[delims])body`` as the two patterns of an :data:`Opening`."""
    return re.compile(body), re.compile(f"[{delims}]{body}")


def finditer_opening(patterns: Opening, text: str) -> Iterator[re.Match]:
    """The matches of ``(?:^|[delims])body`` in *text*, in order (see :func:`opening`)."""
    at_start, after = patterns
    m = at_start.match(text)
    if m:
        yield m
    yield from after.finditer(text, m.end() if m else 0)
