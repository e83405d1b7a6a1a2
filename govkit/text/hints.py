"""TextHints: what reading and cleaning learn about a report besides its text.

The reader finds a page's title, publish date and source in HTML ``<title>``/``<meta>`` tags
(or a DOCX title property, a PDF's page count); cleaning finds the publish date and source in the
page-metadata lines it removes, counts characters a site hid and lists the watermarks it removed.
Recognition reads the title, publish date and source (:func:`govkit.text.recognise.recognise`).

``govkit.document_from_text(..., hints={...})`` takes the same fields as a plain dict
(:meth:`TextHints.from_dict`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class TextHints:
    """Hints from the reader and the cleaner to recognition. A field not found is empty or None."""

    title: str = ""  # the page's own title (HTML <title>, DOCX title property)
    #: ISO ``YYYY-MM-DD`` or ``YYYY-MM``; None when none was found. (Cleaning keeps the first date
    #: of the page header even when it cannot be read as a date: then ``""``.)
    published_date: str | None = None
    source: str = ""  # the publisher (HTML <meta>, a 来源 field)
    #: The day the document was signed, from the page's metadata (成文日期, 发文日期), ISO; None when none.
    written_date: str | None = None
    hidden_chars: int | None = None  # characters the site hid (---此处隐藏6518字---)
    watermark_tokens: list[str] = field(default_factory=list)  # watermark tokens and adverts removed
    pages: int | None = None  # pages of a PDF

    def updated(self, newer: TextHints) -> TextHints:
        """These hints with every field that *newer* found taking the place of ours (cleaning's
        findings over the reader's)."""
        return TextHints(
            title=newer.title or self.title,
            published_date=self.published_date if newer.published_date is None else newer.published_date,
            source=newer.source or self.source,
            written_date=self.written_date if newer.written_date is None else newer.written_date,
            hidden_chars=self.hidden_chars if newer.hidden_chars is None else newer.hidden_chars,
            watermark_tokens=newer.watermark_tokens or self.watermark_tokens,
            pages=self.pages if newer.pages is None else newer.pages,
        )

    @classmethod
    def from_dict(cls, hints: Mapping[str, Any]) -> TextHints:
        """Hints given as a dict (the public API): ``title``, ``published_date``, ``source`` …;
        other keys are ignored, an empty value counts as not given."""
        hidden = hints.get("hidden_chars")
        pages = hints.get("pages")
        return cls(
            title=str(hints.get("title") or ""),
            published_date=str(hints["published_date"]) if hints.get("published_date") else None,
            source=str(hints.get("source") or ""),
            written_date=str(hints["written_date"]) if hints.get("written_date") else None,
            hidden_chars=int(hidden) if hidden is not None else None,
            watermark_tokens=[str(t) for t in hints.get("watermark_tokens") or []],
            pages=int(pages) if pages is not None else None,
        )
