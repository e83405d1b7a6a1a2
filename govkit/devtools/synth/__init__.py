"""Synthetic corpus with known facts, for benchmarks and tests (``govkit synth``).

Documents are assembled from sentence templates written from the genre's real patterns
(``data/synth/templates.csv``), non-numeric genre sentences (``phrases.csv``), a value model
(``values.csv``: plausible county magnitudes; ``units.csv``: printed forms such as 3969万元
for a 亿元 indicator) and real county-level divisions from cpca's adcode table. Every numeric
slot of a template is a fact whose gold row (EXTRACTION.md conventions) is known exactly;
numbers that are not facts (national context, rankings, thresholds, comparisons, non-catalog
counts) come from distractor slots.

Template syntax (``templates.csv`` column ``text``):

* ``{indicator.measure:mods}`` -- a fact; measure is level | yoy | cagr | pp | completion.
  Mods: ``target``/``estimate``/``actual`` (kind), ``span`` (cumulative over the section's
  span: period_start set), ``year=B|R|Y|PE|PS|prev`` (another year, e.g. a baseline),
  ``unit=名`` / ``bare`` (printed unit), ``num`` (number and %, value positive), ``down``
  (number and %, value negative), ``raw`` (signed number), ``n=2`` (a second, independent
  draw), ``opt`` (gold row optional). Without a form mod yoy/pp print their verb (增长/下降).
* ``{name}`` -- a document symbol (region words, years; see ``Doc.sym``).
* ``{~name}`` -- a distractor number that is not a fact (see ``Doc.dis``).

A ``noisy_share`` of documents (chosen deterministically from the seed) gets the noise of real
downloads: web chrome, PDF-style hard wraps, watermark tokens at line ends, traditional
characters, GB18030 bytes, HTML pages. Gold evidence quotes the clean (un-noised, simplified)
text, which ``generate_document`` returns.

Modules, in the order a document is made: :mod:`.data` (data files, value model, regions),
:mod:`.templates` (template syntax and pools), :mod:`.numerals` (how numbers are written),
:mod:`.render` (one document's values and sentences), :mod:`.genres` (genre layouts,
:func:`generate_document`), :mod:`.noise` (download noise), :mod:`.corpus` (writing the corpus).
"""

from __future__ import annotations

from govkit.devtools.synth.corpus import GOLD_COLUMNS, MANIFEST_COLUMNS, META_COLUMNS, write_synthetic_corpus
from govkit.devtools.synth.data import (
    Region,
    SynthDataError,
    cpca_adcodes_path,
    load_chrome,
    load_regions,
    load_units,
    load_values,
)
from govkit.devtools.synth.genres import GENRES, generate_document
from govkit.devtools.synth.noise import NOISES, apply_noise, choose_noise, noisy_indices
from govkit.devtools.synth.templates import load_phrases, load_templates

__all__ = [
    "GENRES",
    "GOLD_COLUMNS",
    "MANIFEST_COLUMNS",
    "META_COLUMNS",
    "NOISES",
    "Region",
    "SynthDataError",
    "apply_noise",
    "choose_noise",
    "cpca_adcodes_path",
    "generate_document",
    "load_chrome",
    "load_phrases",
    "load_regions",
    "load_templates",
    "load_units",
    "load_values",
    "noisy_indices",
    "write_synthetic_corpus",
]
