"""The weights by which recognition decides whose report it is, read from
``govkit/data/recognise/subject_weights.csv`` (one row per kind of evidence, with what it scores).

Used by :mod:`govkit.text.subject` (zones, thresholds, tie-breaks) and
:mod:`govkit.text.division_mentions` (votes for the report's own unit word).
"""

from __future__ import annotations

import csv
import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from govkit.core.resources import data_path

WEIGHTS_CSV = data_path("recognise", "subject_weights.csv")


@dataclass(frozen=True)
class SubjectWeights:
    """One field per row of ``subject_weights.csv`` (the ``what`` column says what each scores)."""

    session_place: float
    title_line: float
    speaker_line: float
    signature: float
    we_represent: float
    publisher: float
    chrome_line: float
    hint_title: float
    hint_source: float
    running_text: float
    short_name: float
    strong_zone: float
    renaming_zone: float
    self_strong: float
    self_we: float
    self_all: float
    town_level_share: float
    other_level_factor: float
    accept_strong: float
    accept_score: float
    town_session_place: float
    town_title_line: float
    town_speaker_line: float
    town_description: float
    town_strong: float
    parent_min_score: float
    prefecture_context_strong: float
    masks_anonymised: float
    same_name_adjacent: float
    same_name_prefecture: float
    same_name_province: float
    province_zone: float
    province_zone_anonymised: float
    after_parent: float
    policy_title: float
    figure_subject: float
    news_lead: float
    official_quoted: float
    closing_call: float
    county_outlet: float
    short_confirmed: float
    retired_grace: float


@lru_cache(maxsize=1)
def subject_weights() -> SubjectWeights:
    """The weights, read once; a missing or unknown row is an error."""
    values: dict[str, float] = {}
    with WEIGHTS_CSV.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            values[r["name"].strip()] = float(r["weight"])
    names = {f.name for f in dataclasses.fields(SubjectWeights)}
    if set(values) != names:
        missing, unknown = sorted(names - set(values)), sorted(set(values) - names)
        raise ValueError(f"{WEIGHTS_CSV}: missing weights {missing}, unknown weights {unknown}")
    return SubjectWeights(**values)
