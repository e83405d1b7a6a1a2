"""Speed work on the extraction stage (session 14, s2): quicker ways to the same results.

* Span cues (:mod:`govkit.facts.timeframe`): the test "one of the span cues occurs" behind a test of
  the characters the cues start with, and the test "one of their words occurs" as one pattern: the
  same answers as the alternation and the word-by-word test, on every prefix of the shared texts'
  sentences.
* 预计(下同) (:func:`govkit.facts.frames.may_mark_estimates`): a paragraph without its words holds no
  sentence that marks the figures below as estimates.
* Full names looked up only where the first two characters of one stand (:func:`govkit.facts.places._name_at`).
* Plausibility rules indexed by measure and scope (:func:`govkit.facts.validate.finalize`): the same flags.
* Clause openings kept per sentence (:class:`govkit.facts.other_places.PlaceMemo`): the place tests of
  a sentence's subjects with one memo for the sentence give what they give with a fresh one per test.
"""

from __future__ import annotations

import pytest

from govkit.core.catalog import load_catalog
from govkit.core.fact import Fact
from govkit.core.regex_gates import may_occur
from govkit.facts import places, timeframe, validate
from govkit.facts.clauses import Sentence, clauses_of, sentence_spans
from govkit.facts.frames import estimates_below, may_mark_estimates
from govkit.facts.mentions import default_lexicon
from govkit.facts.numbers import find_quantities
from govkit.facts.other_places import PlaceMemo, clause_of_other_place, inherits_other_place
from govkit.facts.own_region import own_region_words
from govkit.facts.subperiods import cue_probe
from govkit.pipeline.corpus import document_from_text


def _sentences(shared_corpus) -> list[str]:
    out: list[str] = []
    for d in ("seeds", "dev"):
        for p in sorted(shared_corpus(d).glob("*.txt")):
            for para in p.read_text(encoding="utf-8", errors="replace").split("\n"):
                out += [para[s:e] for s, e in sentence_spans(para)]
    return out


_OWN_SPANS = [
    "“十三五”期间,全县地区生产总值年均增长7.2%",
    "十四五前两年,累计完成投资120亿元",
    "2016-2020年,全县累计脱贫1.2万人",
    "党的十八大以来,城镇居民收入翻了一番",
    "五年来,全县财政收入年均增长8%",
    "今后五年,地区生产总值年均增长6%左右",
    "全年完成地区生产总值156.3亿元,增长6.1%",  # no span: both tests say no
    "建档立卡以来,全县贫困人口其中已脱贫1.1万人",
]


def test_span_probes_answer_as_the_cues(shared_corpus):
    alternation = cue_probe("time", timeframe._SPAN_CUES)
    texts = []
    for sent in _sentences(shared_corpus) + _OWN_SPANS:
        texts += [timeframe._QUOTES.sub("", sent[:k]) for k in range(0, len(sent) + 1, 5)]
    assert timeframe._SPAN_PROBE is not alternation  # (behind its first-character test)
    found = 0
    for t in texts:
        hit = alternation.search(t) is not None
        assert (timeframe._SPAN_PROBE.search(t) is not None) == hit, t
        assert timeframe._ANY_SPAN_PROBE is not None
        words = may_occur(timeframe._ANY_SPAN_WORDS, t)
        assert (timeframe._ANY_SPAN_PROBE.search(t) is not None) == words, t
        assert words or not hit, t  # (the words gate the cues)
        found += hit
    assert found > 10  # the texts hold spans: the test can fail


@pytest.mark.parametrize(
    "para, marked",
    [
        ("全县地区生产总值预计(下同)完成156亿元,增长6%。一般公共预算收入9.1亿元。", True),
        ("全年完成投资85亿元(预计数,下同),增长9%。", True),
        ("预计全年地区生产总值增长6%。", False),  # 预计 alone marks its own figure only
        ("全年完成投资85亿元,增长9%;下同比增长。", False),
    ],
)
def test_estimates_gate_is_necessary(para, marked):
    cuts = [estimates_below(para[s:e]) for s, e in sentence_spans(para)]
    assert any(c is not None for c in cuts) == marked
    if marked:
        assert may_mark_estimates(para)
    if not may_mark_estimates(para):
        assert all(c is None for c in cuts)


def test_estimates_gate_on_the_shared_texts(shared_corpus):
    for sent in _sentences(shared_corpus):
        if estimates_below(sent) is not None:
            assert may_mark_estimates(sent), sent


_PLACES = [
    ("交口河镇苹果收入达到1.2亿元,农民人均可支配收入达到2.3万元,全县地区生产总值增长6%", "洛川县"),
    ("全市一般公共预算收入增长4.2%,我县完成9.1亿元,增长7.3%,其中税收收入6.2亿元", "平江县"),
    ("全市一般公共预算收入增长6.7%,平江县、湘阴县增速居全市前列,分别增长11.2%、10.5%", "岳阳市"),
    ("石堡镇苹果产业园建成投产,全年固定资产投资增长9%,社会消费品零售总额增长6%", "洛川县"),
    ("交口河镇、石堡镇分别新建果园3000亩、2000亩,全年新建果园1.2万亩,农民人均可支配收入增长7%", "洛川县"),
]


@pytest.mark.parametrize("sent, region", _PLACES)
def test_clause_openings_kept_give_the_same_answers(sent, region):
    doc = document_from_text(f"{region}2023年政府工作报告\n{sent}。", "d")
    own = own_region_words(doc.meta.replace(region=region))
    lex = default_lexicon()
    mentions = lex.mentions(sent)
    qs = find_quantities(sent)
    s = Sentence(sent, 0, clauses_of(sent), qs, mentions, {}, "(" in sent, {})
    kept = PlaceMemo()  # one memo for the sentence, as the figure loop keeps it
    tested = 0
    for m in mentions:
        assert clause_of_other_place(s, m, own, kept) == clause_of_other_place(s, m, own, PlaceMemo())
        for q in qs:
            ci = next((i for i, c in enumerate(s.clauses) if c.start <= q.start <= c.end), len(s.clauses) - 1)
            clause = s.clauses[ci]
            fresh = inherits_other_place(s, clause, m, q, own, True, PlaceMemo())
            assert inherits_other_place(s, clause, m, q, own, True, kept) == fresh
            tested += 1
    assert tested
    assert kept.on_own or kept.places_end  # the memo was used


def _name_at_reference(text: str, pos: int) -> str:
    """:func:`govkit.facts.places._name_at` looking up every length (as before)."""
    g = places.gazetteer()
    for k in range(min(len(text), pos + places._LONGEST_NAME), pos + 1, -1):
        if text[pos:k] in g.full_index:
            return text[pos:k]
    m = places._TOWN_AT.match(text, pos)
    return m.group(0) if m is not None else ""


def test_names_found_where_a_name_can_start(shared_corpus):
    texts = ["湖南省长沙市望城区", "平江县、湘阴县增速居全市前列", "安定镇实现财政收入", "全县完成投资", "长沙县"]
    texts += [s[:30] for s in _sentences(shared_corpus)]
    found = 0
    for t in texts:
        for pos in range(0, min(len(t), 12)):
            name = places._name_at(t, pos)
            assert name == _name_at_reference(t, pos), (t, pos)
            found += bool(name)
    assert found > 5


def _flags_reference(f: Fact, catalog: dict, level: str) -> set[str]:
    """The plausibility flags of *f* read rule by rule (as before the rules were indexed by scope)."""
    unit = catalog[f.indicator].unit if f.indicator in catalog else ""
    out = set()
    for rule in validate._rules_by_measure(level).get(f.measure, ()):
        scope = rule["scope"]
        applies = scope == "*" or (scope.startswith("unit:") and scope[5:] == unit) or scope == f.indicator
        if applies and not (rule["min"] <= f.value <= rule["max"]):
            out.add(rule["flag"])
    return out


@pytest.mark.parametrize("level", ["county", "city", "province"])
def test_plausibility_rules_by_scope_flag_as_rule_by_rule(level):
    catalog = load_catalog()
    rules = validate._rules()
    indicators = sorted({r["scope"] for r in rules if r["scope"] in catalog})
    indicators += sorted({i for i, ind in catalog.items() if f"unit:{ind.unit}" in {r["scope"] for r in rules}})[:6]
    indicators += ["no_such_indicator"]
    values = sorted({v for r in rules for v in (r["min"], r["max"])} | {-1e12, 0.0, 1e12})
    flagged = 0
    for ind in indicators:
        for measure in sorted({r["measure"] for r in rules}):
            for k, v in enumerate(values):
                f = Fact("d", ind, measure, v, "", 2023, None, "", "actual", "", "", "", "", "", 0, 1, k, k + 1)
                expected = _flags_reference(f, catalog, level)
                got = set(validate.finalize([f], catalog, level)[0].flags)
                assert got == expected, (ind, measure, v)
                flagged += bool(expected)
    assert flagged > 10
